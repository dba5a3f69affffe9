"""Review of progress updates: submit, accept, return with a reason; completeness per unit.

The flow (domain/review.py): a unit's update is a *draft* until the unit submits it; the office
that compiles the report *accepts* it or *returns* it with a reason; a returned update counts as
not done in every count until it is corrected (any change of content puts it back to draft) and
submitted again. Who did each step and when is in the row (``reviewed_by``, ``reviewed_at``,
``submitted_at``) and, step by step, in the audit log.

Decisions:
- The compiling office may accept a draft directly (rows it entered itself, or a ward's update it
  received on paper); accepting also stamps ``submitted_at`` if the row was never submitted.
- Accepting a returned row is allowed (a return made by mistake is undone by accepting).
- Accept and return are refused on a plan received from the level above (``plan.locked``): there
  the level above reviews; the ward only submits.
- Each call is one transaction: all rows change, or none (a problem with one row refuses all).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from sqlalchemy.orm import Session

from desktop_app.db.models import Progress
from desktop_app.db.types import utcnow
from desktop_app.domain.review import (
    RECEIVED_STATES,
    ReviewState,
)
from desktop_app.domain.symbols import format_number_symbol
from desktop_app.domain.text import normalize_text, sort_key
from desktop_app.services.database import Database
from desktop_app.services.errors import Problem, ValidationError
from desktop_app.services.periods import get_period
from desktop_app.services.plans import get_plan
from desktop_app.services.progress import ProgressRow, period_rows, review_state_of

# Vietnam keeps UTC+7 all year (no daylight saving): "received by the deadline" is judged on
# the calendar day there, whatever the PC's own clock zone
VIETNAM = timezone(timedelta(hours=7), "ICT")


@dataclass(frozen=True)
class ReviewOutcome:
    """What a bulk submit / accept / return did."""

    changed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()  # already in that state

    def line(self, verb: str) -> str:
        text = f"Đã {verb} {len(self.changed)} bản cập nhật"
        if self.unchanged:
            text += f"; {len(self.unchanged)} bản đã ở trạng thái này từ trước"
        return text + "."


def _rows(session: Session, ids: Iterable[str], expected_versions: Mapping[str, int] | None) -> list[Progress]:
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        raise ValidationError.one("progress", "Chưa chọn bản cập nhật tiến độ nào.")
    problems = []
    rows = []
    for progress_id in wanted:
        row = session.get(Progress, progress_id)
        if row is None:
            problems.append(Problem(progress_id, "Không có bản cập nhật tiến độ này (đơn vị chưa báo cáo?)"))
            continue
        if expected_versions and progress_id in expected_versions and expected_versions[progress_id] != row.version:
            problems.append(Problem(progress_id, f"Bản cập nhật của {row.unit.name} vừa được sửa; hãy tải lại "
                                                 "rồi duyệt lại"))
            continue
        rows.append(row)
    if problems:
        raise ValidationError(problems)
    return rows


def _refuse_on_received_plans(rows: list[Progress], what: str) -> None:
    problems = []
    for row in rows:
        plan = row.task.group.plan
        if plan.locked:
            problems.append(Problem(row.id, f"Kế hoạch {format_number_symbol(plan.number, plan.symbol)} do cấp trên "
                                            f"gửi xuống: việc {what} do cơ quan tổng hợp ở cấp trên thực hiện"))
    if problems:
        raise ValidationError(problems[:1] + ([Problem("", f"và {len(problems) - 1} bản khác")]
                                               if len(problems) > 1 else []))


def submit(db: Database, progress_ids: Iterable[str], *, now: datetime | None = None,
           expected_versions: Mapping[str, int] | None = None) -> ReviewOutcome:
    """A unit sends its updates to the compiling office (draft → submitted)."""
    moment = now or utcnow()
    with db.write() as session:
        rows = _rows(session, progress_ids, expected_versions)
        problems = [Problem(r.id, f"Bản cập nhật của {r.unit.name} đã bị trả lại ({r.review_reason}); hãy sửa "
                                  "nội dung trước khi gửi lại")
                    for r in rows if r.review_state == ReviewState.RETURNED]
        if problems:
            raise ValidationError(problems)
        changed, same = [], []
        for row in rows:
            if row.review_state in (ReviewState.SUBMITTED, ReviewState.ACCEPTED):
                same.append(row.id)
                continue
            row.review_state = ReviewState.SUBMITTED
            row.submitted_at = moment
            changed.append(row.id)
        return ReviewOutcome(tuple(changed), tuple(same))


def _decide(db: Database, progress_ids: Iterable[str], state: ReviewState, reason: str, verb: str,
            now: datetime | None, expected_versions: Mapping[str, int] | None) -> ReviewOutcome:
    """The compiling office's decision on updates, in one transaction: who, when, and why."""
    moment = now or utcnow()
    with db.write() as session:
        rows = _rows(session, progress_ids, expected_versions)
        _refuse_on_received_plans(rows, verb)
        changed, same = [], []
        for row in rows:
            if row.review_state == state and row.review_reason == reason:
                same.append(row.id)
                continue
            row.review_state = state
            row.review_reason = reason
            row.reviewed_by = db.actor
            row.reviewed_at = moment
            if row.submitted_at is None:
                row.submitted_at = moment
            changed.append(row.id)
        return ReviewOutcome(tuple(changed), tuple(same))


def accept(db: Database, progress_ids: Iterable[str], *, now: datetime | None = None,
           expected_versions: Mapping[str, int] | None = None) -> ReviewOutcome:
    """The compiling office accepts updates (submitted, draft or returned → accepted)."""
    return _decide(db, progress_ids, ReviewState.ACCEPTED, "", "duyệt", now, expected_versions)


def return_(db: Database, progress_ids: Iterable[str], reason: str, *, now: datetime | None = None,
            expected_versions: Mapping[str, int] | None = None) -> ReviewOutcome:
    """The compiling office returns updates with a reason; they count as not done until corrected."""
    text = normalize_text(reason or "")
    if not text:
        raise ValidationError.one("reason", "Trả lại bản cập nhật cần ghi rõ lý do để đơn vị biết cần sửa gì.")
    return _decide(db, progress_ids, ReviewState.RETURNED, text, "trả lại", now, expected_versions)


# ---- the period view --------------------------------------------------------------------------


row_state = review_state_of


def received_on(row: ProgressRow) -> date | None:
    """The calendar day (Vietnam time) the compiling office received the update, if it has."""
    if row.progress_id is None or row.review_state not in RECEIVED_STATES or row.submitted_at is None:
        return None
    return row.submitted_at.astimezone(VIETNAM).date()


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass(frozen=True)
class UnitReview:
    """One unit's updates in a period: completeness figures and review states.

    ``expected``: tasks the unit leads in the period (the plan as it stood then);
    ``received``: of those, updates submitted (submitted, accepted or returned);
    ``on_time``: received on or before the period's submission deadline;
    ``accepted``: accepted. ``states`` counts every row the unit has in the period view
    (also tasks it only coordinates but reported on) by not_reported / draft / submitted /
    accepted / returned.
    """

    unit_id: str
    unit_name: str
    expected: int = 0
    received: int = 0
    on_time: int = 0
    accepted: int = 0
    states: Mapping[str, int] = field(default_factory=dict)

    @property
    def received_share(self) -> float | None:
        return _share(self.received, self.expected)

    @property
    def on_time_share(self) -> float | None:
        return _share(self.on_time, self.expected)

    @property
    def accepted_share(self) -> float | None:
        return _share(self.accepted, self.expected)

    def count(self, state: str) -> int:
        return self.states.get(state, 0)


@dataclass(frozen=True)
class Completeness:
    plan_id: str
    period_code: str
    deadline: date
    units: tuple[UnitReview, ...]
    total: UnitReview
    rows: tuple[ProgressRow, ...]


def completeness(db: Database, plan_ref: str, period_code: str, unit_id: str | None = None,
                 as_of: date | None = None) -> Completeness:
    """Per unit and in total: expected updates, received, received on time, accepted; and the
    review state of each row (the period view's per-unit summary)."""
    plan = get_plan(db, plan_ref)
    period = get_period(db, period_code)
    deadline = period.deadline_on(plan.deadline_offset_days)
    rows = period_rows(db, plan.id, period.code, as_of=as_of, unit_id=unit_id)
    names: dict[str, str] = {}
    figures: dict[str, dict[str, int]] = {}
    states: dict[str, dict[str, int]] = {}
    for row in rows:
        names[row.unit_id] = row.unit_name
        mine = figures.setdefault(row.unit_id, dict.fromkeys(("expected", "received", "on_time", "accepted"), 0))
        state = row_state(row)
        counts = states.setdefault(row.unit_id, {})
        counts[state] = counts.get(state, 0) + 1
        if not row.is_lead:
            continue
        mine["expected"] += 1
        day = received_on(row)
        if day is not None:
            mine["received"] += 1
            mine["on_time"] += day <= deadline
        mine["accepted"] += row.review_state == ReviewState.ACCEPTED and row.progress_id is not None
    units = tuple(UnitReview(u, names[u], **figures[u], states=states[u])
                  for u in sorted(names, key=lambda u: (sort_key(names[u]), u)))
    total_states: dict[str, int] = {}
    for unit in units:
        for key, value in unit.states.items():
            total_states[key] = total_states.get(key, 0) + value
    total = UnitReview("", "Tổng cộng", sum(u.expected for u in units), sum(u.received for u in units),
                       sum(u.on_time for u in units), sum(u.accepted for u in units), total_states)
    return Completeness(plan.id, period.code, deadline, units, total, tuple(rows))


def unit_row_ids(db: Database, plan_ref: str, period_code: str, unit_id: str,
                 states: Iterable[str] | None = None) -> list[str]:
    """The update ids of one unit in a period's view (optionally only in some review states)."""
    wanted = set(states) if states is not None else None
    return [r.progress_id for r in period_rows(db, plan_ref, period_code, unit_id=unit_id,
                                               include_coordinators=True)
            if r.progress_id is not None and (wanted is None or r.review_state in wanted)]
