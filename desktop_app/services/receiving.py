"""Who has reported a period, for an office that receives ~100 communes' progress at once.

Since 01/07/2025 a province's UBND or Sở receives the progress of about a hundred xã, phường
directly. For a plan and a period, each unit expected to report (the lead units, and the
commune-level bodies among the coordinating units: "UBND các xã, phường phối hợp") gets one row:
sent (and when), sent late, returned (an update sent back for correction), not sent yet, or late
(not sent and the deadline has passed).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import Unit
from desktop_app.domain.review import ReviewState
from desktop_app.domain.text import sort_key
from desktop_app.services.database import Database
from desktop_app.services.periods import get_period
from desktop_app.services.plans import get_plan
from desktop_app.services.progress import ProgressRow, period_rows
from desktop_app.services.review import received_on
from desktop_app.services.tasks import TaskInfo


class SendState(StrEnum):
    SENT = "sent"
    SENT_LATE = "sent_late"
    RETURNED = "returned"
    WAITING = "waiting"  # not sent, the deadline not passed
    LATE = "late"  # not sent, the deadline passed


SEND_STATE_LABELS = {
    SendState.SENT: "Đã gửi",
    SendState.SENT_LATE: "Gửi muộn",
    SendState.RETURNED: "Bị trả lại",
    SendState.WAITING: "Chưa gửi",
    SendState.LATE: "Quá hạn, chưa gửi",
}


@dataclass(frozen=True)
class UnitSending:
    unit_id: str
    unit_name: str
    official_code: str  # the commune's code, "" for an office
    state: SendState
    expected: int  # rows (tasks) the unit reports on
    sent: int  # rows with an update
    returned: int
    sent_on: date | None  # the day the latest update was received (Vietnam time)

    @property
    def label(self) -> str:
        return SEND_STATE_LABELS[self.state]


@dataclass(frozen=True)
class SendingTable:
    plan_id: str
    period: str
    deadline: date
    units: tuple[UnitSending, ...]

    def count(self, state: SendState) -> int:
        return sum(1 for u in self.units if u.state == state)

    @property
    def not_reported(self) -> tuple[str, ...]:
        return tuple(u.unit_name for u in self.units if u.state in (SendState.WAITING, SendState.LATE))


def commune_level(session: Session, unit_ids: set[str]) -> dict[str, str]:
    """Of these units, those that are a commune or a body of one (its UBND, Đảng ủy), with the
    commune's official code: they report straight to the province and are expected to."""
    if not unit_ids:
        return {}
    found: dict[str, str] = {}
    units = {u.id: u for u in session.scalars(select(Unit).where(Unit.id.in_(unit_ids)))}
    for unit in units.values():
        code = unit.official_code or (unit.parent.official_code if unit.parent is not None else None)
        if code and len(code) == 5:
            found[unit.id] = code
    return found


def expected_communes(db: Database, tasks: Sequence[TaskInfo]) -> set[str]:
    """Names of the commune-level coordinating units of these tasks (expected to report)."""
    helpers = {uid: name for t in tasks for uid, name in zip(t.coordinating_unit_ids, t.coordinating_unit_names,
                                                              strict=False)}
    if not helpers:
        return set()
    with db.read() as session:
        return {helpers[uid] for uid in commune_level(session, set(helpers))}


def sending_table(db: Database, plan_ref: str, period_code: str, today: date | None = None) -> SendingTable:
    plan = get_plan(db, plan_ref)
    period = get_period(db, period_code)
    deadline = period.deadline_on(plan.deadline_offset_days)
    today = today or date.today()
    rows = period_rows(db, plan.id, period.code, as_of=min(period.end, today), include_coordinators=True)
    with db.read() as session:
        communes = commune_level(session, {r.unit_id for r in rows})
        codes = {unit_id: code for unit_id, code in session.execute(
            select(Unit.id, Unit.official_code).where(Unit.id.in_({r.unit_id for r in rows})))}
    by_unit: dict[str, list[ProgressRow]] = {}
    for row in rows:
        if row.unit_id == plan.issuer_unit_id:
            continue  # the receiving office itself: it writes its own part, nobody sends it
        if row.is_lead or row.unit_id in communes or row.progress_id is not None:
            by_unit.setdefault(row.unit_id, []).append(row)
    table = []
    for unit_id, unit_rows in by_unit.items():
        sent_rows = [r for r in unit_rows if r.progress_id is not None]
        returned = sum(1 for r in sent_rows if r.review_state == ReviewState.RETURNED)
        days = [day for r in sent_rows if (day := received_on(r)) is not None]
        sent_on = max(days) if days else None
        if returned:
            state = SendState.RETURNED
        elif sent_rows:
            state = SendState.SENT_LATE if sent_on is not None and sent_on > deadline else SendState.SENT
        else:
            state = SendState.LATE if today > deadline else SendState.WAITING
        table.append(UnitSending(unit_id, unit_rows[0].unit_name, communes.get(unit_id) or codes.get(unit_id) or "",
                                 state, len(unit_rows), len(sent_rows), returned, sent_on))
    table.sort(key=lambda u: (u.official_code or "~", sort_key(u.unit_name)))
    return SendingTable(plan.id, period.code, deadline, tuple(table))
