"""Progress per task × reporting unit × period, and the status a report derives from it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop_app.db.models import Progress, Task, TaskGroup, Unit
from desktop_app.domain.periods import Period, periods_of_year
from desktop_app.domain.review import ReviewState, counted_status
from desktop_app.domain.status import (
    DeadlineState,
    ProgressStatus,
    ReportStatus,
    deadline_state,
    report_status,
)
from desktop_app.domain.text import normalize_text
from desktop_app.services.database import Database
from desktop_app.services.errors import NotFound, Problem, ValidationError, check_version
from desktop_app.services.periods import resolve_period
from desktop_app.services.plans import get_plan_row
from desktop_app.services.revisions import TaskVersion, report_day, timelines, version_at, version_for_period
from desktop_app.services.tasks import get_task_row

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


def record_progress(db: Database, task_id: str, unit_id: str, period: str, *,
                    expected_version: int | None = None, **values: object) -> str:
    """Create or update one unit's progress on a task for a period; returns the progress id."""
    unknown = set(values) - set(PROGRESS_FIELDS)
    if unknown:
        raise ValidationError.one(", ".join(sorted(unknown)), "Trường không có trong tiến độ")
    problems = validate_progress_fields(values)
    if problems:
        raise ValidationError(problems)
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


def delete_progress(db: Database, progress_id: str) -> None:
    with db.write() as session:
        row = session.get(Progress, progress_id)
        if row is None:
            raise NotFound(f"Không có bản ghi tiến độ '{progress_id}'")
        session.delete(row)


def period_rows(db: Database, plan_ref: str, period_code: str, as_of: date | None = None,
                unit_id: str | None = None, include_coordinators: bool = False) -> list[ProgressRow]:
    """The period grid: one row per task × reporting unit (the lead unit; coordinators too
    when asked, and any unit that has reported), with the derived report status at ``as_of``
    (default: the period's cut-off day, or today if earlier)."""
    with db.read() as session:
        plan = get_plan_row(session, plan_ref)
        period = resolve_period(session, period_code)
        moment = as_of or min(period.end, date.today())
        tasks = list(session.scalars(
            select(Task).join(TaskGroup, Task.group_id == TaskGroup.id).where(TaskGroup.plan_id == plan.id)
            .order_by(TaskGroup.position, Task.position)
            .options(selectinload(Task.group), selectinload(Task.lead_unit),
                     selectinload(Task.coordinating_units))))
        # a unit's update for this period, else its latest update for a shorter period inside it
        # (a half-year report of a plan whose units report quarterly shows their Q2 update)
        rank = {code: i for i, code in enumerate(sub_period_codes(period))}
        reported: dict[tuple[str, str], Progress] = {}
        for p in session.scalars(
                select(Progress).join(Task, Progress.task_id == Task.id)
                .join(TaskGroup, Task.group_id == TaskGroup.id)
                .where(TaskGroup.plan_id == plan.id, Progress.period.in_(list(rank)))
                .options(selectinload(Progress.unit))):
            key = (p.task_id, p.unit_id)
            held = reported.get(key)
            if held is None or (rank[p.period], p.updated_at) < (rank[held.period], held.updated_at):
                reported[key] = p
        reporters: dict[str, list[Unit]] = {}
        for (task_id, _), p in reported.items():
            reporters.setdefault(task_id, []).append(p.unit)
        # the plan as it stood in the period (services/revisions.py: added, changed, dropped tasks)
        day = report_day(period.start, period.end, moment)
        lines = timelines(session, tasks)
        rows = []
        for task in tasks:
            version = version_for_period(lines[task.id], period.start, day)
            if version is None:
                continue
            lead = session.get(Unit, version.lead_unit_id) if version.lead_unit_id else None
            units: list[Unit] = [lead] if lead is not None else []
            if include_coordinators:
                helpers = [u for i in version.coordinating_unit_ids if (u := session.get(Unit, i)) is not None]
                units += [u for u in sorted(helpers, key=lambda u: u.name) if u not in units]
            units += [u for u in reporters.get(task.id, ()) if u not in units]
            for unit in units:
                if unit_id is not None and unit.id != unit_id:
                    continue
                rows.append(_row(version, lines[task.id], unit, reported.get((task.id, unit.id)), period,
                                 moment))
        return rows


def sub_period_codes(period: Period) -> list[str]:
    """This period's code, then the standard periods inside its window, latest ending first."""
    inside = [p for year in range(period.start.year, period.end.year + 1) for p in periods_of_year(year, True)
              if period.start <= p.start and p.end <= period.end and p.code != period.code]
    inside.sort(key=lambda p: (p.end, p.end - p.start), reverse=True)
    return [period.code] + [p.code for p in inside]


def _row(task: TaskVersion, history: list[TaskVersion], unit: Unit, progress: Progress | None, period: Period,
         as_of: date) -> ProgressRow:
    status = ProgressStatus(progress.status) if progress else ProgressStatus.NOT_STARTED
    completed = progress.completed_on if progress else None
    review = (progress.review_state or ReviewState.DRAFT) if progress else ReviewState.DRAFT
    counted = counted_status(status, review)
    counted_completed = completed if counted == ProgressStatus.DONE else None
    # a completion is judged against the deadline in force on the day it was completed
    then = version_at(history, counted_completed) if counted_completed is not None else None
    due = (then or task).schedule.due_for(period)
    return ProgressRow(
        task.task_id, task.number, task.content, task.group_id, unit.id,
        unit.name, unit.id == task.lead_unit_id, progress.id if progress else None, status,
        progress.percent if progress else None, completed, progress.result if progress else "",
        progress.difficulties if progress else "", progress.proposals if progress else "",
        progress.references if progress else "", due, report_status(counted, counted_completed, due, as_of),
        deadline_state(due, as_of) if counted != ProgressStatus.DONE else DeadlineState.NO_DEADLINE,
        progress.version if progress else None,
        progress.period if progress is not None and progress.period != period.code else None,
        review, progress.review_reason if progress else "", progress.reviewed_by if progress else "",
        progress.reviewed_at if progress else None, progress.submitted_at if progress else None)


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
