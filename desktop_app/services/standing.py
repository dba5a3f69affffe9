"""Where each task of a plan stands at a period's cut-off: one line per task, the lead unit's
standing (domain/standing.py), with the other units' rows beside it — what the reports, the
Excel appendix and the overview count, so no task counts twice."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop_app.domain.standing import standing
from desktop_app.domain.status import ReportStatus, deadline_state, is_due_soon
from desktop_app.services.database import Database
from desktop_app.services.periods import get_period
from desktop_app.services.plans import get_plan
from desktop_app.services.progress import ProgressRow, period_rows
from desktop_app.services.revisions import period_task_infos, report_day
from desktop_app.services.tasks import TaskInfo


@dataclass(frozen=True)
class TaskStanding:
    task: TaskInfo
    main: ProgressRow | None  # the lead unit's row (None: no lead unit and nobody reported)
    others: tuple[ProgressRow, ...]  # coordinating (or other) units' rows, shown with it
    status: ReportStatus
    due: date | None
    due_soon: bool

    @property
    def is_done(self) -> bool:
        return self.status in (ReportStatus.DONE_ON_TIME, ReportStatus.DONE_LATE)


def moment_of(period_end: date, as_of: date | None, today: date | None = None) -> date:
    """The day statuses are judged at: the cut-off, or today while the period is under way."""
    return as_of or min(period_end, today or date.today())


def task_standings(db: Database, plan_ref: str, period_code: str, as_of: date | None = None, *,
                   count_drafts: bool = False, rows: list[ProgressRow] | None = None) -> list[TaskStanding]:
    """Every task of the plan as it stood in the period, in plan order, with its standing."""
    plan = get_plan(db, plan_ref)
    period = get_period(db, period_code)
    moment = moment_of(period.end, as_of)
    tasks = period_task_infos(db, plan.id, period.start, report_day(period.start, period.end, moment))
    if rows is None:
        rows = period_rows(db, plan.id, period.code, as_of=moment, count_drafts=count_drafts)
    by_task: dict[str, list[ProgressRow]] = {}
    for row in rows:
        by_task.setdefault(row.task_id, []).append(row)
    found = []
    for task in tasks:
        task_rows = by_task.get(task.id, [])
        main = next((r for r in task_rows if r.is_lead), task_rows[0] if task_rows else None)
        others = tuple(r for r in task_rows if r is not main)
        if main is not None:
            status, due, state = main.report_status, main.due, main.deadline_state
        else:
            where = standing(task.schedule, [], period.end, moment, task.start_on or plan.issued_on)
            status, due = where.status, where.due
            state = deadline_state(due, moment)
        found.append(TaskStanding(task, main, others, status, due, is_due_soon(state, status)))
    return found
