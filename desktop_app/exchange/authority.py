"""What a unit's progress package may carry: its own updates, nothing the receiving office decides.

A ward's package is the ward's word on its progress for one period, never more:
- every row must be the manifest's unit and period (a package whose header names one ward and
  2099-Q1 while its rows are another unit's 2025-Q4 is refused whole, naming the first such row);
- review is the receiving office's job: ``review_state`` "accepted" / "returned", ``reviewed_by``,
  ``reviewed_at`` and ``review_reason`` from the sender are ignored; the sender can only say it
  *submitted* the update (then it waits for review here) or not. Only where this database cannot
  review — the plan was received from the level above and is locked here, so accepting and
  returning are refused here (services/review.py) — are the sender's decisions taken: that sender is
  the office above, returning or accepting the ward's update;
- no time may lie in the future: ``updated_at`` or ``submitted_at`` later than this computer's
  clock plus one day refuses the package (a row dated 9999 would win every later exchange).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from desktop_app.domain.review import ReviewState
from desktop_app.exchange.importer import review_values
from desktop_app.exchange.validate import CLOCK_TOLERANCE, future_message, json_path, parse_date, parse_datetime, show
from desktop_app.services.errors import Problem

CONTENT = ("status", "percent", "completed_on", "result", "difficulties", "proposals", "references")
TIMES = ("updated_at", "submitted_at", "reviewed_at")


def moment(value: Any) -> datetime | None:
    """An exchange timestamp as a UTC datetime (None when absent or not one)."""
    parsed = parse_datetime(value) if isinstance(value, str) else None
    return parsed.astimezone(UTC) if parsed else None


def scope_problem(manifest: dict[str, Any] | None, rows: Sequence[dict[str, Any]]) -> Problem | None:
    """The first row that is not the package's unit and period (a bare .json: the first row's)."""
    if manifest is not None:
        unit, period = manifest.get("unit_id"), manifest.get("period")
        if not isinstance(unit, str) or not isinstance(period, str):
            return Problem("manifest.json", "gói tiến độ không ghi rõ đơn vị (unit_id) và kỳ (period)")
        claim = f"gói ghi đơn vị {show(unit)}, kỳ {period}"
    elif rows:
        unit, period = rows[0].get("unit_id"), rows[0].get("period")
        claim = f"dòng đầu tiên là đơn vị {show(unit)}, kỳ {show(period)}; một gói chỉ mang tiến độ của một đơn vị"
    else:
        return None
    for index, raw in enumerate(rows):
        if raw.get("unit_id") != unit or raw.get("period") != period:
            return Problem(json_path(("progress", index)),
                           f"dòng tiến độ của đơn vị {show(raw.get('unit_id'))}, kỳ {show(raw.get('period'))} "
                           f"không khớp với gói ({claim}); tệp bị từ chối, không ghi gì")
    return None


def clock_problem(rows: Sequence[dict[str, Any]], now: datetime) -> Problem | None:
    """The first time later than ``now`` plus one day."""
    latest = now + CLOCK_TOLERANCE
    for index, raw in enumerate(rows):
        for key in TIMES:
            value = moment(raw.get(key))
            if value is not None and value > latest:
                return Problem(json_path(("progress", index, key)),
                               future_message(raw.get(key)) + "; tệp bị từ chối, không ghi gì")
    return None


def submitted(raw: dict[str, Any]) -> bool:
    """Whether the sender says it submitted the update (any review state beyond draft)."""
    state = raw.get("review_state", ReviewState.DRAFT)
    return state in (ReviewState.SUBMITTED, ReviewState.ACCEPTED, ReviewState.RETURNED)


def sender_values(raw: dict[str, Any], reviews_here: bool = True) -> dict[str, Any]:
    """The columns a package may set: the update's content and whether (and when) it was submitted;
    the review decision too when this database does not review the plan (``reviews_here`` False)."""
    completed = raw.get("completed_on")
    content = {"status": raw.get("status", "not_started"), "percent": raw.get("percent"),
            "completed_on": parse_date(completed) if isinstance(completed, str) else None,
            "result": raw.get("result", ""), "difficulties": raw.get("difficulties", ""),
            "proposals": raw.get("proposals", ""), "references": raw.get("references", "")}
    if not reviews_here:
        return content | review_values(raw)
    return content | {"review_state": ReviewState.SUBMITTED if submitted(raw) else ReviewState.DRAFT,
                      "submitted_at": moment(raw.get("submitted_at")) if submitted(raw) else None}
