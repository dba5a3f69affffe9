"""The reading as data, with the key names docs/reading.md promises (a contract)."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop_app.reading.model import Reading


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def reading_to_dict(reading: Reading) -> dict[str, Any]:
    plan = reading.plan
    return {
        "plan": {
            "issuer": plan.issuer,
            "number_symbol": plan.number_symbol,
            "place": plan.place,
            "date": _day(plan.date),
            "title": plan.title,
        },
        "documents": [
            {
                "doc_type": d.doc_type,
                "number_symbol": d.number_symbol,
                "date": _day(d.date),
                "issuer": d.issuer,
                "title": d.title,
            }
            for d in reading.documents
        ],
        "targets": [
            {
                "text": t.text,
                "baseline": t.baseline,
                "goal": t.goal,
                "year": t.year,
                "unit_of_measure": t.unit_of_measure,
            }
            for t in reading.targets
        ],
        "groups": [
            {
                "marker": g.marker or None,
                "title": g.title,
                "tasks": [
                    {
                        "marker": t.marker or None,
                        "content": t.content,
                        "details": list(t.details),
                        "lead_unit": t.lead_unit,
                        "coordinating_units": list(t.coordinating_units),
                        "deadline": _day(t.deadline),
                        "recurrence": t.recurrence,
                        "output": t.output,
                    }
                    for t in g.tasks
                ],
            }
            for g in reading.groups
        ],
        "skipped": [{"line": s.line, "reason": s.reason} for s in reading.skipped],
    }
