"""Progress per task × reporting unit × period, and the status a report derives from it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from desktop_app.db.models import AdhocPeriod, Progress, Task, TaskGroup, TaskRevision, Unit, task_coordinator
from desktop_app.domain.periods import Period, adhoc_period, is_period_code, parse_period, periods_of_year
from desktop_app.domain.review import NOT_REPORTED, ReviewState, counted_status
from desktop_app.domain.schedule import ScheduleKind
from desktop_app.domain.standing import Update, standing
from desktop_app.domain.status import (
    DeadlineState,
    ProgressStatus,
    ReportStatus,
    deadline_state,
)
from desktop_app.domain.text import normalize_text
from desktop_app.services.database import Database
from desktop_app.services.errors import NotFound, Problem, ValidationError, check_version
from desktop_app.services.periods import resolve_period
from desktop_app.services.plans import get_plan_row
from desktop_app.services.revisions import (
    TaskVersion,
    began_on,
    report_day,
    revisions_of,
    timelines,
    version_at,
    version_for_period,
)
from desktop_app.services.tasks import Cursor, coordinators_of, get_task_row, plan_task_rows, schedule_from

PROGRESS_FIELDS = ("status", "percent", "completed_on", "result", "difficulties", "proposals",
                   "references")


@dataclass(frozen=True)
class ProgressRow:
    """One row of the period grid: a task and a reporting unit, with what was reported."""

    task_id: str
    task_number: str
    task_content: str
    group_id: str
    unit_id: str
    unit_name: str
    is_lead: bool
    progress_id: str | None
    status: ProgressStatus
    percent: int | None
    completed_on: date | None
    result: str
    difficulties: str
    proposals: str
    references: str
    due: date | None
    report_status: ReportStatus
    deadline_state: DeadlineState
    version: int | None
    source_period: str | None = None  # the shorter period the update was carried from, if any
    review_state: str = ReviewState.DRAFT  # draft | submitted | accepted | returned (domain/review.py)
    review_reason: str = ""
    reviewed_by: str = ""
    reviewed_at: datetime | None = None
    submitted_at: datetime | None = None
    # the completion the status counts (domain/standing.py): may come from an earlier period's update
    counted_completed_on: date | None = None

    @property
    def counted(self) -> bool:
        """Whether the row's own update is one the report counts (sent, or a draft counted on request)."""
        return self.progress_id is not None and self.review_state != ReviewState.DRAFT

    @property
    def returned(self) -> bool:
        """Returned by the compiling office: counted as not done until corrected and accepted."""
        return self.review_state == ReviewState.RETURNED

    @property
    def accepted(self) -> bool:
        return self.review_state == ReviewState.ACCEPTED


def validate_progress_fields(values: dict[str, object]) -> list[Problem]:
    problems = []
    status = values.get("status")
    if "status" in values and status not in {s.value for s in ProgressStatus}:
        problems.append(Problem("status", f"Tình trạng không hợp lệ: '{status}' (not_started, "
                                          "in_progress, done, suspended)"))
    percent = values.get("percent")
    if percent is not None and (not isinstance(percent, int) or isinstance(percent, bool)
                                or not 0 <= percent <= 100):
        problems.append(Problem("percent", f"Tỷ lệ hoàn thành phải từ 0 đến 100, không phải '{percent}'"))
    completed = values.get("completed_on")
    if completed is not None and not isinstance(completed, date):
        problems.append(Problem("completed_on", f"Ngày hoàn thành không hợp lệ: '{completed}'"))
    if status == ProgressStatus.DONE and "completed_on" in values and completed is None:
        problems.append(Problem("completed_on", "Nhiệm vụ đã hoàn thành cần ngày hoàn thành"))
    return problems


@dataclass(frozen=True)
class StoredProgress:
    """One progress record as stored: its id, version and the values a clerk edits."""

    id: str
    version: int
    values: dict[str, Any]


def stored_progress(db: Database, task_id: str, unit_id: str, period: str) -> StoredProgress | None:
    """The unit's own record for the period (not one carried from a shorter period), or None."""
    with db.read() as session:
        row = session.scalar(select(Progress).where(Progress.task_id == task_id, Progress.unit_id == unit_id,
                                                    Progress.period == period))
        if row is None:
            return None
        return StoredProgress(row.id, row.version, {f: getattr(row, f) for f in PROGRESS_FIELDS})


def record_progress(db: Database, task_id: str, unit_id: str, period: str, *,
                    expected_version: int | None = None, **values: object) -> str:
    """Create or update one unit's progress on a task for a period; returns the progress id.

    ``expected_version`` is the version of the record the caller saw (0: it saw none); a record saved
    meanwhile by someone else is refused with :class:`Conflict` carrying the stored values, also when
    the other side created the record first. None saves without the check (imports, demo data)."""
    unknown = set(values) - set(PROGRESS_FIELDS)
    if unknown:
        raise ValidationError.one(", ".join(sorted(unknown)), "Trường không có trong tiến độ")
    problems = validate_progress_fields(values)
    if problems:
        raise ValidationError(problems)
    try:
        return _record(db, task_id, unit_id, period, expected_version, values)
    except IntegrityError:
        # another connection created the same (task, unit, period) between our read and our insert:
        # once more against the record it created (a Conflict when the caller saw no record)
        return _record(db, task_id, unit_id, period, expected_version, values)


def _record(db: Database, task_id: str, unit_id: str, period: str, expected_version: int | None,
            values: dict[str, object]) -> str:
    with db.write() as session:
        resolve_period(session, period)
        get_task_row(session, task_id)
        if session.get(Unit, unit_id) is None:
            raise ValidationError.one("unit_id", f"Không có đơn vị '{unit_id}'")
        row = session.scalar(select(Progress).where(Progress.task_id == task_id,
                                                    Progress.unit_id == unit_id,
                                                    Progress.period == period))
        if row is None:
            row = Progress(task_id=task_id, unit_id=unit_id, period=period)
            session.add(row)
        else:
            check_version(row, expected_version)
        changed = any(getattr(row, key) != (normalize_text(value) if isinstance(value, str) else value)
                      for key, value in values.items())
        for key, value in values.items():
            setattr(row, key, value)
        if changed and row.review_state not in (None, ReviewState.DRAFT):
            # a reviewed (or submitted) update whose content changes must be submitted again;
            # a returned one keeps its reason so the unit sees what it corrected
            row.review_state = ReviewState.DRAFT
        if row.status == ProgressStatus.DONE and row.percent is None:
            row.percent = 100
        row.updated_by = db.actor
        session.flush()
        return row.id


def delete_progress(db: Database, progress_id: str, expected_version: int | None = None) -> None:
    """Delete a progress record (undoing its creation); with ``expected_version``, refused with
    :class:`Conflict` when someone saved it since."""
    with db.write() as session:
        row = session.get(Progress, progress_id)
        if row is None:
            raise NotFound(f"Không có bản ghi tiến độ '{progress_id}'")
        check_version(row, expected_version)
        session.delete(row)


PAGE = 500
STATES = ("all", "overdue", "due_soon", "attention")  # the grid's "Hạn" filter


@dataclass(frozen=True)
class ProgressPage:
    """Rows of the period grid from some task on; ``after`` continues after them."""

    rows: list[ProgressRow]
    after: Cursor | None
    more: bool


def period_rows(db: Database, plan_ref: str, period_code: str, as_of: date | None = None,
                unit_id: str | None = None, include_coordinators: bool = False,
                count_drafts: bool = False) -> list[ProgressRow]:
    """The period grid: one row per task × reporting unit (the lead unit; coordinators too
    when asked, and any unit that has reported), with the derived report status at ``as_of``
    (default: the period's cut-off day, or today if earlier) by the one rule of
    domain/standing.py; drafts count only with ``count_drafts``."""
    return period_page(db, plan_ref, period_code, as_of=as_of, unit_id=unit_id,
                       include_coordinators=include_coordinators, limit=None, count_drafts=count_drafts).rows


def period_page(db: Database, plan_ref: str, period_code: str, *, as_of: date | None = None,
                unit_id: str | None = None, include_coordinators: bool = False, group_id: str | None = None,
                state: str = "all", review: str | None = None, after: Cursor | None = None,
                limit: int | None = PAGE, count_drafts: bool = False) -> ProgressPage:
    """The period grid's rows for the tasks after ``after``, read ``limit`` tasks at a time until at
    least ``limit`` rows pass the filters (one unit, one group, a deadline ``state``, a ``review``
    state as :func:`review_state_of` names it) or the plan ends; ``limit=None`` reads every task.
    Plain rows (SQLAlchemy Core), no ORM objects."""
    with db.read() as session:
        plan = get_plan_row(session, plan_ref)
        period = resolve_period(session, period_code)
        moment = as_of or min(period.end, date.today())
        # a unit's update for this period, else its latest update for a shorter period inside it
        # (a half-year report of a plan whose units report quarterly shows their Q2 update)
        codes = sub_period_codes(period)
        where = _narrowed(codes, unit_id, group_id, include_coordinators)
        rows: list[ProgressRow] = []
        while True:
            tasks, more = plan_task_rows(session, plan.id, after, limit, where)
            if tasks:
                after = (tasks[-1].group_position, tasks[-1].position)
            rows += [r for r in _task_rows(session, tasks, period, codes, moment, include_coordinators,
                                           count_drafts, plan.issued_on)
                     if (unit_id is None or r.unit_id == unit_id) and row_in_state(r, state)
                     and (review is None or review_state_of(r) == review)]
            if not more or (limit is not None and len(rows) >= limit):
                return ProgressPage(rows, after, more)


def review_state_of(row: ProgressRow) -> str:
    """not_reported (no update) | draft | submitted | accepted | returned."""
    return NOT_REPORTED if row.progress_id is None else row.review_state


def row_in_state(row: ProgressRow, state: str) -> bool:
    """Whether a row passes the grid's deadline filter (see :data:`STATES`)."""
    overdue = row.report_status == ReportStatus.OVERDUE
    soon = row.deadline_state == DeadlineState.DUE_SOON
    return {"overdue": overdue, "due_soon": soon, "attention": overdue or soon}.get(state, True)


def _narrowed(codes: list[str], unit_id: str | None, group_id: str | None, coordinators: bool) -> Any:
    """A condition on task rows keeping every task that may give a row for the filters."""
    t, p = Task.__table__, Progress.__table__
    conditions = []
    if group_id is not None:
        conditions.append(t.c.group_id == group_id)
    if unit_id is not None:
        maybe = [t.c.lead_unit_id == unit_id,
                 t.c.id.in_(select(p.c.task_id).where(p.c.unit_id == unit_id, p.c.period.in_(codes))),
                 t.c.id.in_(select(TaskRevision.__table__.c.task_id))]  # led by it in an older version
        if coordinators:
            c = task_coordinator
            maybe.append(t.c.id.in_(select(c.c.task_id).where(c.c.unit_id == unit_id)))
        conditions.append(or_(*maybe))
    return and_(*conditions) if conditions else None


def _task_rows(session: Session, tasks: list[Any], period: Period, codes: list[str], moment: date,
               include_coordinators: bool, count_drafts: bool = False, plan_began: date | None = None
               ) -> list[ProgressRow]:
    """The grid rows of some task rows (from :func:`plan_task_rows`), in order."""
    ids = [t.id for t in tasks]
    history = _history(session, ids, period, count_drafts)
    reported = _shown(history, codes)
    # the plan as it stood in the period (services/revisions.py: added, changed, dropped tasks);
    # a task never amended is its own only version, read from the row itself
    revisions = revisions_of(session, ids)
    lines = timelines(session, list(session.scalars(
        select(Task).where(Task.id.in_(list(revisions)))
        .options(selectinload(Task.group), selectinload(Task.coordinating_units))))) if revisions else {}
    helpers = coordinators_of(session, ids) if include_coordinators else {}
    for t in tasks:
        if t.id not in lines:
            lines[t.id] = [TaskVersion(t.id, t.group_id, t.group_position, t.position, t.content, t.lead_unit_id,
                                       tuple(sorted(i for i, _ in helpers.get(t.id, []))),
                                       schedule_from(t.schedule_kind, t.due_on, t.due_month, t.due_day),
                                       t.output, None, None)]
    day = report_day(period.start, period.end, moment)
    began = {t.id: began_on(lines[t.id], t.start_on or plan_began) for t in tasks}
    chosen = [(t.id, v) for t in tasks if (v := version_for_period(lines[t.id], period.start, day)) is not None]
    names = _unit_names(session, {u for _, v in chosen for u in (v.lead_unit_id, *v.coordinating_unit_ids) if u})
    rows = []
    for task_id, version in chosen:
        units = [(version.lead_unit_id, names[version.lead_unit_id])] if version.lead_unit_id in names else []
        if include_coordinators:
            helping = sorted(((i, names[i]) for i in version.coordinating_unit_ids if i in names), key=lambda u: u[1])
            units += [u for u in helping if u not in units]
        units += [(p.unit_id, p.unit_name) for p in reported.get(task_id, {}).values()
                  if (p.unit_id, p.unit_name) not in units]
        rows += [_row(version, lines[task_id], unit, name, reported.get(task_id, {}).get(unit), period, moment,
                      history.get(task_id, {}).get(unit, []), began[task_id])
                 for unit, name in units if unit is not None]
    return rows


@dataclass(frozen=True)
class _Held:
    """A stored update with the window of its period and whether the report counts it."""

    row: Any
    update: Update


def _history(session: Session, task_ids: list[str], period: Period, count_drafts: bool
             ) -> dict[str, dict[str, list[_Held]]]:
    """Every update of these tasks a report of ``period`` may read, by task and unit: those of
    periods that began by its cut-off (domain/standing.py decides which of them count)."""
    p, u = Progress.__table__, Unit.__table__
    windows = _windows(session)
    found: dict[str, dict[str, list[_Held]]] = {}
    for offset in range(0, len(task_ids), 900):
        for row in session.execute(
                select(p.c.id, p.c.task_id, p.c.unit_id, u.c.name.label("unit_name"), p.c.period, p.c.status,
                       p.c.percent, p.c.completed_on, p.c.result, p.c.difficulties, p.c.proposals,
                       p.c["references"], p.c.version, p.c.updated_at, p.c.review_state, p.c.review_reason,
                       p.c.reviewed_by, p.c.reviewed_at, p.c.submitted_at)
                .join(u, u.c.id == p.c.unit_id)
                .where(p.c.task_id.in_(task_ids[offset:offset + 900]))
                .order_by(u.c.name)):
            window = windows(row.period)
            if window is None or window.start > period.end:
                continue
            review = row.review_state or ReviewState.DRAFT
            update = Update(window.start, window.end, counted_status(ProgressStatus(row.status), review),
                            row.completed_on, count_drafts or review != ReviewState.DRAFT,
                            row.period == period.code, (row.updated_at or datetime.min,))
            found.setdefault(row.task_id, {}).setdefault(row.unit_id, []).append(_Held(row, update))
    return found


def _windows(session: Session) -> Callable[[str], Period | None]:
    """A period code's window: standard codes by rule, ad-hoc ones from the database."""
    adhoc = {r.code: adhoc_period(r.code, r.start_on, r.end_on, r.deadline, r.title)
             for r in session.scalars(select(AdhocPeriod))}

    def window(code: str) -> Period | None:
        return parse_period(code) if is_period_code(code) else adhoc.get(code)
    return window


def _shown(history: dict[str, dict[str, list[_Held]]], codes: list[str]) -> dict[str, dict[str, Any]]:
    """The update each row shows and edits: the period's own, else the latest of a shorter period
    inside it (drafts included: they are shown as drafts)."""
    rank = {code: i for i, code in enumerate(codes)}
    found: dict[str, dict[str, Any]] = {}
    for task_id, units in history.items():
        for unit_id, held in units.items():
            mine = [h.row for h in held if h.row.period in rank]
            if mine:
                found.setdefault(task_id, {})[unit_id] = min(mine, key=lambda r: rank[r.period])
    return found


def _unit_names(session: Session, ids: set[str]) -> dict[str, str]:
    u = Unit.__table__
    wanted = sorted(ids)
    return {i: n for offset in range(0, len(wanted), 900)
            for i, n in session.execute(select(u.c.id, u.c.name).where(u.c.id.in_(wanted[offset:offset + 900])))}


def period_units(db: Database, plan_ref: str, period_code: str, include_coordinators: bool = False
                 ) -> list[tuple[str, str]]:
    """(id, name) of every unit that can have a row in the period grid, by name (the unit filter)."""
    t, g, p, u, r = (Task.__table__, TaskGroup.__table__, Progress.__table__, Unit.__table__,
                     TaskRevision.__table__)
    with db.read() as session:
        plan = get_plan_row(session, plan_ref)
        codes = sub_period_codes(resolve_period(session, period_code))
        groups = select(g.c.id).where(g.c.plan_id == plan.id)
        tasks = select(t.c.id).where(t.c.group_id.in_(groups))
        # one probe per unit by its own index, stopping at the first row found
        has_rows = [select(t.c.id).where(t.c.lead_unit_id == u.c.id, t.c.group_id.in_(groups)).exists(),
                    select(p.c.id).where(p.c.unit_id == u.c.id, p.c.period.in_(codes), p.c.task_id.in_(tasks)).exists(),
                    select(r.c.id).where(r.c.lead_unit_id == u.c.id, r.c.task_id.in_(tasks)).exists()]
        if include_coordinators:
            c = task_coordinator
            has_rows.append(select(c.c.task_id).where(c.c.unit_id == u.c.id, c.c.task_id.in_(tasks)).exists())
        return [(i, n) for i, n in session.execute(select(u.c.id, u.c.name).where(or_(*has_rows)).order_by(u.c.name))]


def sub_period_codes(period: Period) -> list[str]:
    """This period's code, then the standard periods inside its window, latest ending first."""
    inside = [p for year in range(period.start.year, period.end.year + 1) for p in periods_of_year(year, True)
              if period.start <= p.start and p.end <= period.end and p.code != period.code]
    inside.sort(key=lambda p: (p.end, p.end - p.start), reverse=True)
    return [period.code] + [p.code for p in inside]


def _row(task: TaskVersion, history: list[TaskVersion], unit_id: str, unit_name: str, progress: Any,
         period: Period, as_of: date, updates: list[_Held], began: date | None = None) -> ProgressRow:
    """One grid row; ``progress`` is the update it shows (any object with its columns) or None;
    its status is the unit's standing at the cut-off over all its ``updates`` (domain/standing.py)."""
    status = ProgressStatus(progress.status) if progress else ProgressStatus.NOT_STARTED
    completed = progress.completed_on if progress else None
    review = (progress.review_state or ReviewState.DRAFT) if progress else ReviewState.DRAFT
    held = [h.update for h in updates]
    where = standing(task.schedule, held, period.end, as_of, began)
    if where.completed_on is not None and task.schedule.kind == ScheduleKind.ONCE:
        # a completion is judged against the deadline in force on the day it was completed
        then = version_at(history, where.completed_on)
        if then is not None and then.schedule != task.schedule:
            where = standing(then.schedule, held, period.end, as_of, began)
    done = where.status in (ReportStatus.DONE_ON_TIME, ReportStatus.DONE_LATE)
    return ProgressRow(
        task.task_id, task.number, task.content, task.group_id, unit_id,
        unit_name, unit_id == task.lead_unit_id, progress.id if progress else None, status,
        progress.percent if progress else None, completed, progress.result if progress else "",
        progress.difficulties if progress else "", progress.proposals if progress else "",
        progress.references if progress else "", where.due, where.status,
        deadline_state(where.due, as_of) if not done and where.status != ReportStatus.SUSPENDED
        else DeadlineState.NO_DEADLINE,
        progress.version if progress else None,
        progress.period if progress is not None and progress.period != period.code else None,
        review, progress.review_reason if progress else "", progress.reviewed_by if progress else "",
        progress.reviewed_at if progress else None, progress.submitted_at if progress else None,
        where.completed_on)


def copy_from_previous(db: Database, plan_ref: str, period_code: str) -> int:
    """Fill this period's missing rows from the previous period of the same kind; returns how many."""
    with db.write() as session:
        plan = get_plan_row(session, plan_ref)
        period = resolve_period(session, period_code)
        previous = period.previous().code
        existing = {(p.task_id, p.unit_id) for p in _plan_progress(session, plan.id, period.code)}
        copied = 0
        for old in _plan_progress(session, plan.id, previous):
            if (old.task_id, old.unit_id) in existing:
                continue
            session.add(Progress(task_id=old.task_id, unit_id=old.unit_id, period=period.code,
                                 status=old.status, percent=old.percent, completed_on=old.completed_on,
                                 result=old.result, difficulties=old.difficulties,
                                 proposals=old.proposals, references=old.references,
                                 updated_by=db.actor))
            copied += 1
        return copied


def _plan_progress(session: Session, plan_id: str, period: str) -> list[Progress]:
    return list(session.scalars(select(Progress).join(Task, Progress.task_id == Task.id)
                                .join(TaskGroup, Task.group_id == TaskGroup.id)
                                .where(TaskGroup.plan_id == plan_id, Progress.period == period)))
