"""Who reports on a plan whose issuer was dissolved: the successor the clerk chose as the plan's new
issuer when carrying it on (services/succession.carry_on_plan), from the day of the carry-on.

The plan itself is never rewritten (its issuer stays the unit that issued it, as its citation says);
the choice is kept with the data (a setting per plan: a list of {"from", "unit_id", "document_id"})
and read when a report of a period is headed: a period that ends before the issuer's dissolution is
headed by the old issuer, a later one by the successor with its own report settings."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.db.models import Plan, Setting, Unit

KEY_PREFIX = "plan_issuer_after:"


def _rows(session: Session, plan_id: str) -> list[dict[str, Any]]:
    row = session.get(Setting, KEY_PREFIX + plan_id)
    return list(json.loads(row.value)) if row is not None and row.value else []


def record_successor_issuer(session: Session, plan_id: str, on: date, unit_id: str, document_id: str) -> None:
    """From ``on`` the plan is reported on by ``unit_id`` (in the caller's transaction)."""
    rows = [r for r in _rows(session, plan_id) if r["from"] != on.isoformat()]
    rows.append({"from": on.isoformat(), "unit_id": unit_id, "document_id": document_id})
    rows.sort(key=lambda r: str(r["from"]))
    value = json.dumps(rows, ensure_ascii=False, sort_keys=True)
    row = session.get(Setting, KEY_PREFIX + plan_id)
    if row is None:
        session.add(Setting(key=KEY_PREFIX + plan_id, value=value))
    else:
        row.value = value


def reporting_issuer(session: Session, plan: Plan, period_end: date) -> Unit | None:
    """The unit that heads the plan's report of a period ending ``period_end``: the plan's issuer,
    or — when the issuer was dissolved on or before that day and the plan was carried on — the
    successor chosen then."""
    issuer = plan.issuer_unit
    if issuer is None or issuer.dissolved_on is None or issuer.dissolved_on > period_end:
        return issuer
    chosen = [r for r in _rows(session, plan.id) if date.fromisoformat(r["from"]) <= period_end]
    successor = session.get(Unit, chosen[-1]["unit_id"]) if chosen else None
    return successor if successor is not None else issuer
