"""What a clerk must see first in the morning: what is late, what is due, who has not reported,
how each group, unit and target stands — computed from the same rows the reports use."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from desktop_app.domain.periods import Period, PeriodKind, period_containing
from desktop_app.domain.status import ProgressStatus, ReportStatus
from desktop_app.services import progress, targets
from desktop_app.services.database import Database
from desktop_app.services.plans import get_plan
from desktop_app.services.progress import ProgressRow
from desktop_app.services.tasks import list_groups


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

    @property
    def totals(self) -> Counter[ReportStatus]:
        total: Counter[ReportStatus] = Counter()
        for counts in self.by_group.values():
            total.update(counts)
        return total


def _due(row: ProgressRow, as_of: date) -> DueTask:
    assert row.due is not None
    return DueTask(row.task_id, row.task_number, row.task_content, row.unit_name, row.due, (row.due - as_of).days)


def plan_overview(db: Database, plan_ref: str, as_of: date | None = None,
                  kind: PeriodKind = PeriodKind.QUARTER, trend_periods: int = 8) -> PlanOverview:
    as_of = as_of or date.today()
    plan = get_plan(db, plan_ref)
    period = period_containing(as_of, kind)
    rows = progress.period_rows(db, plan.id, period.code, as_of=as_of)
    view = PlanOverview(plan.id, period, period.deadline_on(plan.deadline_offset_days), as_of)
    titles = {g.id: f"{g.position}. {g.title}" for g in list_groups(db, plan.id)}
    reported: set[str] = set()
    expected: dict[str, str] = {}
    for row in rows:
        if row.is_lead:
            expected[row.unit_id] = row.unit_name
        if row.progress_id is not None:
            reported.add(row.unit_id)
        view.by_group.setdefault(titles[row.group_id], Counter())[row.report_status] += 1
        view.by_unit.setdefault(row.unit_name, Counter())[row.report_status] += 1
        if row.report_status == ReportStatus.OVERDUE:
            view.overdue.append(_due(row, as_of))
        elif row.due is not None and row.status not in (ProgressStatus.DONE, ProgressStatus.SUSPENDED):
            days = (row.due - as_of).days
            if 0 <= days <= 7:
                view.due_7.append(_due(row, as_of))
            if 0 <= days <= 30:
                view.due_30.append(_due(row, as_of))
    view.not_reported = sorted(((uid, name) for uid, name in expected.items() if uid not in reported),
                               key=lambda pair: pair[1])
    view.overdue.sort(key=lambda d: d.due)
    view.due_7.sort(key=lambda d: d.due)
    view.due_30.sort(key=lambda d: d.due)
    for target in targets.list_targets(db, plan.id):
        latest = target.values[-1] if target.values else None
        view.targets.append(TargetStanding(target.id, target.name, target.measure, target.baseline,
                                           latest[1] if latest else None, latest[0] if latest else None,
                                           target.target_low, target.target_high, target.target_year))
    trend_period = period
    for _ in range(trend_periods):
        trend_rows = progress.period_rows(db, plan.id, trend_period.code, as_of=trend_period.end)
        done = sum(r.report_status in (ReportStatus.DONE_ON_TIME, ReportStatus.DONE_LATE) for r in trend_rows)
        view.trend.append((trend_period.code, done, len(trend_rows)))
        trend_period = trend_period.previous()
    view.trend.reverse()
    return view
