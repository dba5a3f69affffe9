"""What a clerk must see first in the morning: what is late, what is due, who has not reported,
how each group, unit and target stands — computed from the same rows the reports use."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop_app.domain.periods import Period, PeriodKind, period_containing
from desktop_app.domain.status import STILL_RUNNING, ReportStatus
from desktop_app.services import progress, targets
from desktop_app.services.database import Database
from desktop_app.services.periods import cadence_note, reporting_kind
from desktop_app.services.plans import get_plan
from desktop_app.services.standing import task_standings
from desktop_app.services.tasks import list_groups

NO_LEAD = "Chưa giao đơn vị chủ trì"


@dataclass(frozen=True)
class DueTask:
    task_id: str
    number: str
    content: str
    unit_name: str
    due: date
    days: int  # negative: days late


@dataclass(frozen=True)
class TargetStanding:
    target_id: str
    name: str
    measure: str
    baseline: float | None
    current: float | None
    current_period: str | None
    low: float | None
    high: float | None
    target_year: int | None
    direction: str = "increase"


@dataclass
class PlanOverview:
    plan_id: str
    period: Period
    deadline: date
    as_of: date
    overdue: list[DueTask] = field(default_factory=list)
    due_7: list[DueTask] = field(default_factory=list)
    due_30: list[DueTask] = field(default_factory=list)
    not_reported: list[tuple[str, str]] = field(default_factory=list)  # (unit id, unit name)
    by_group: dict[str, Counter[ReportStatus]] = field(default_factory=dict)  # group title → counts
    by_unit: dict[str, Counter[ReportStatus]] = field(default_factory=dict)  # unit name → counts
    targets: list[TargetStanding] = field(default_factory=list)
    trend: list[tuple[str, int, int]] = field(default_factory=list)  # (period code, done, tasks)
    group_ids: dict[str, str] = field(default_factory=dict)  # group title → group id
    unit_ids: dict[str, str] = field(default_factory=dict)  # unit name → unit id
    # every counted row, so a click on a count finds its tasks: (task id, group title, unit name, status)
    cells: list[tuple[str, str, str, ReportStatus]] = field(default_factory=list)
    cadence_note: str = ""  # the plan is not reported by this kind of period (no unit named)

    def task_ids(self, status: ReportStatus | None = None, group: str | None = None,
                 unit: str | None = None) -> list[str]:
        """The tasks behind a count: of a status, in a group (title), of a lead unit (name)."""
        found = [task for task, g, u, s in self.cells
                 if (status is None or s == status) and (group is None or g == group)
                 and (unit is None or u == unit)]
        return list(dict.fromkeys(found))

    @property
    def totals(self) -> Counter[ReportStatus]:
        total: Counter[ReportStatus] = Counter()
        for counts in self.by_group.values():
            total.update(counts)
        return total


def plan_overview(db: Database, plan_ref: str, as_of: date | None = None,
                  kind: PeriodKind | None = None, trend_periods: int = 8,
                  count_drafts: bool = False) -> PlanOverview:
    """The plan's standing in its current period — of ``kind``, or of the kind it is reported by
    (services.periods.reporting_kind: a half-yearly plan is not judged on an unreported quarter)."""
    as_of = as_of or date.today()
    plan = get_plan(db, plan_ref)
    period = period_containing(as_of, kind or reporting_kind(db, plan.id))
    rows = progress.period_rows(db, plan.id, period.code, as_of=as_of, count_drafts=count_drafts)
    view = PlanOverview(plan.id, period, period.deadline_on(plan.deadline_offset_days), as_of)
    titles = {g.id: f"{g.position}. {g.title}" for g in list_groups(db, plan.id)}
    view.group_ids = {title: gid for gid, title in titles.items()}
    # one count per task, its lead unit's standing (services/standing.py): each bar sums to the
    # plan's task count and "by lead unit" lists lead units only
    for line in task_standings(db, plan.id, period.code, as_of, rows=rows):
        task, main = line.task, line.main
        lead = task.lead_unit_name or NO_LEAD
        view.by_group.setdefault(titles[task.group_id], Counter())[line.status] += 1
        view.by_unit.setdefault(lead, Counter())[line.status] += 1
        if task.lead_unit_id:
            view.unit_ids[lead] = task.lead_unit_id
        view.cells.append((task.id, titles[task.group_id], lead, line.status))
        if line.due is None:
            continue
        who = main.unit_name if main is not None else lead
        due = DueTask(task.id, task.number, task.content, who, line.due, (line.due - as_of).days)
        if line.status == ReportStatus.OVERDUE:
            view.overdue.append(due)
        elif line.status in STILL_RUNNING:
            if line.due_soon:  # the reports' rule (domain/status.is_due_soon): within 7 days
                view.due_7.append(due)
            if 0 <= due.days <= 30:
                view.due_30.append(due)
    # units that have sent nothing for the period (drafts are not sent); none is named when the
    # plan is not reported by this kind of period (services/periods.cadence_note)
    expected = {r.unit_id: r.unit_name for r in rows if r.is_lead}
    reported = {r.unit_id for r in rows if r.counted}
    view.cadence_note = cadence_note(db, plan.id, period)
    if view.cadence_note:
        expected = {}
    view.not_reported = sorted(((uid, name) for uid, name in expected.items() if uid not in reported),
                               key=lambda pair: pair[1])
    view.overdue.sort(key=lambda d: d.due)
    view.due_7.sort(key=lambda d: d.due)
    view.due_30.sort(key=lambda d: d.due)
    for target in targets.list_targets(db, plan.id):
        latest = target.values[-1] if target.values else None
        view.targets.append(TargetStanding(target.id, target.name, target.measure, target.baseline,
                                           latest[1] if latest else None, latest[0] if latest else None,
                                           target.target_low, target.target_high, target.target_year,
                                           target.direction))
    trend_period = period
    for _ in range(trend_periods):
        trend = task_standings(db, plan.id, trend_period.code, min(trend_period.end, as_of),
                               count_drafts=count_drafts)
        view.trend.append((trend_period.code, sum(line.is_done for line in trend), len(trend)))
        trend_period = trend_period.previous()
    view.trend.reverse()
    return view


def reports_due(as_of: date, offset_days: int, kinds: tuple[PeriodKind, ...] = (
        PeriodKind.QUARTER, PeriodKind.HALF_YEAR, PeriodKind.YEAR)) -> list[tuple[Period, date]]:
    """Reports still to send (Nghị định 09/2019): periods of each kind whose deadline is today or
    later — the one under way and, in the days between a cut-off and its deadline, the one just
    closed — with their deadlines, nearest first."""
    found: dict[str, tuple[Period, date]] = {}
    for kind in kinds:
        current = period_containing(as_of, kind)
        for period in (current.previous(), current):
            deadline = period.deadline_on(offset_days)
            if deadline >= as_of:
                found[period.code] = (period, deadline)
    return sorted(found.values(), key=lambda pair: (pair[1], pair[0].end - pair[0].start))


@dataclass(frozen=True)
class Reminders:
    """What the clerk is told when the program opens."""

    as_of: date
    since: date | None
    new_overdue: list[tuple[str, str, DueTask]]  # (plan id, plan reference, task) overdue since ``since``
    overdue_total: int
    next_deadline: tuple[str, str, Period, date] | None  # (plan id, plan reference, period, deadline)

    @property
    def plan_ids(self) -> list[str]:
        return list(dict.fromkeys(plan_id for plan_id, _, _ in self.new_overdue))


def _within(plan: Any, period: Period) -> bool:
    """The period is one of the plan's years (a plan with no years set: any period)."""
    return ((plan.end_year is None or period.year <= plan.end_year)
            and (plan.start_year is None or period.year >= plan.start_year))


def reminders(db: Database, since: date | None, as_of: date | None = None) -> Reminders:
    """Tasks that became overdue after ``since`` (the day the program was last opened: a task due
    that day or later was not yet overdue then; ``None``: every overdue task) and the nearest
    report deadline of any plan."""
    from desktop_app.services.plans import list_plans

    as_of = as_of or date.today()
    new: list[tuple[str, str, DueTask]] = []
    total = 0
    nearest: tuple[str, str, Period, date] | None = None
    for plan in list_plans(db):
        view = plan_overview(db, plan.id, as_of, trend_periods=0)
        total += len(view.overdue)
        new += [(plan.id, plan.reference, d) for d in view.overdue if since is None or d.due >= since]
        due = [(period, deadline) for period, deadline in reports_due(as_of, plan.deadline_offset_days)
               if _within(plan, period)]  # never a report for a period after the plan ended
        if due and (nearest is None or due[0][1] < nearest[3]):
            nearest = (plan.id, plan.reference, due[0][0], due[0][1])
    new.sort(key=lambda item: (item[2].due, item[1], item[2].number))
    return Reminders(as_of, since, new, total, nearest)
