"""The table of cases of docs/standing.md, one by one, on the pure rule."""

from __future__ import annotations

from datetime import date

from desktop_app.domain.periods import half_year, parse_period, quarter, year_period
from desktop_app.domain.schedule import Schedule, ScheduleKind
from desktop_app.domain.standing import Update, reporting_year_start, standing
from desktop_app.domain.status import ProgressStatus, ReportStatus

DONE, DOING, SUSPENDED = ProgressStatus.DONE, ProgressStatus.IN_PROGRESS, ProgressStatus.SUSPENDED
ONCE = Schedule.once(date(2024, 6, 30))
DEC15 = Schedule.yearly(12, 15)
QUARTERLY = Schedule(ScheduleKind.QUARTERLY)
PLAN_DATE = date(2024, 1, 10)  # no occurrence before the plan counts (15/12/2023 does not)


def up(code: str, status: ProgressStatus, done: date | None = None, counted: bool = True) -> Update:
    p = parse_period(code)
    return Update(p.start, p.end, status, done, counted)


def at(schedule: Schedule, updates: list[Update], code: str) -> ReportStatus:
    end = parse_period(code).end
    return standing(schedule, updates, end, end, since=PLAN_DATE).status


def test_one_off_task() -> None:
    assert at(ONCE, [], "2024-Q2") == ReportStatus.NOT_STARTED
    assert at(ONCE, [], "2024-Q3") == ReportStatus.OVERDUE
    assert at(ONCE, [up("2024-Q2", DOING)], "2024-Q2") == ReportStatus.IN_PROGRESS
    assert at(ONCE, [up("2024-Q2", DOING)], "2024-Q3") == ReportStatus.OVERDUE
    done = [up("2024-Q2", DONE, date(2024, 6, 1))]
    for code in ("2024-Q2", "2024-Q3", "2024-H2", "2024-Y", "2025-Q1", "2025-Y"):
        assert at(ONCE, done, code) == ReportStatus.DONE_ON_TIME, code  # stays done, no new row needed
    late = [up("2024-Q3", DONE, date(2024, 7, 5))]
    assert at(ONCE, late, "2025-Q2") == ReportStatus.DONE_LATE
    reopened = [*done, up("2024-Q3", DOING)]
    assert at(ONCE, reopened, "2024-Q3") == ReportStatus.DONE_ON_TIME  # done never falls
    assert at(ONCE, [up("2024-Q2", SUSPENDED)], "2024-Q3") == ReportStatus.SUSPENDED


def test_drafts_count_only_when_asked() -> None:
    draft = [up("2024-Q2", DONE, date(2024, 6, 1), counted=False)]
    assert at(ONCE, draft, "2024-Q2") == ReportStatus.NOT_STARTED
    assert at(ONCE, draft, "2024-Q3") == ReportStatus.OVERDUE


def test_continuous_task_follows_its_latest_update_and_is_never_overdue() -> None:
    forever = Schedule.continuous()
    assert at(forever, [], "2030-Y") == ReportStatus.NOT_STARTED
    assert at(forever, [up("2024-Q1", DONE, date(2024, 3, 1)), up("2024-Q2", DOING)], "2024-Q2") \
        == ReportStatus.IN_PROGRESS


def test_a_15_12_deadline_opens_the_next_reporting_year() -> None:
    assert reporting_year_start(date(2024, 12, 15)) == date(2024, 12, 15)
    assert reporting_year_start(date(2024, 12, 14)) == date(2023, 12, 15)
    end = year_period(2024).end
    assert standing(DEC15, [], end, end, since=date(2024, 5, 20)).due == date(2024, 12, 15)  # not yet due
    assert at(DEC15, [], "2024-Y") == ReportStatus.NOT_STARTED
    q1_done = [up("2025-Q1", DONE, date(2024, 12, 21)), up("2025-Q2", DOING)]  # Q2: about 15/12/2025
    for code in ("2025-Q1", "2025-Q2", "2025-H1", "2025-Q3", "2025-9M", "2025-Y"):
        assert at(DEC15, q1_done, code) == ReportStatus.DONE_LATE, code
    on_time = [up("2025-Q1", DONE, date(2024, 12, 5)), up("2025-Q2", DOING)]
    assert at(DEC15, on_time, "2025-H1") == ReportStatus.DONE_ON_TIME
    assert at(DEC15, [up("2025-Q1", DOING)], "2025-H1") == ReportStatus.OVERDUE
    # the next year judges its own occurrence, 15/12/2025
    assert standing(DEC15, q1_done, quarter(2026, 1).end, quarter(2026, 1).end).due == date(2025, 12, 15)
    # without a start date the 2024 year report judges 15/12/2023, the first day of its window
    assert standing(DEC15, [], end, end).status == ReportStatus.OVERDUE
    assert at(DEC15, q1_done, "2026-Q1") == ReportStatus.OVERDUE


def test_quarterly_task_per_occurrence() -> None:
    both = [up("2024-Q1", DONE, date(2024, 3, 10)), up("2024-Q2", DONE, date(2024, 6, 10))]
    assert at(QUARTERLY, both, "2024-H1") == ReportStatus.DONE_ON_TIME
    doing = [up("2024-Q1", DONE, date(2024, 3, 10)), up("2024-Q2", DOING)]
    assert at(QUARTERLY, doing, "2024-H1") == ReportStatus.IN_PROGRESS  # 14/6 is due that day
    assert at(QUARTERLY, [up("2024-Q1", DOING)], "2024-H1") == ReportStatus.OVERDUE
    one_h1 = [up("2024-H1", DONE, date(2024, 6, 12))]
    assert at(QUARTERLY, one_h1, "2024-H1") == ReportStatus.DONE_ON_TIME  # late only after 14/6
    assert at(QUARTERLY, both, "2024-Q2") == at(QUARTERLY, both, "2024-H1")


def test_quarter_of_a_half_yearly_plan_reads_half_years_as_of_their_dates() -> None:
    h2 = [up("2024-H2", DONE, date(2024, 7, 16))]
    one_off = Schedule.once(date(2024, 7, 31))
    assert at(one_off, h2, "2025-Q1") == ReportStatus.DONE_ON_TIME
    early = [up("2025-H1", DONE, date(2025, 3, 10))]
    later = [up("2025-H1", DONE, date(2025, 5, 10))]
    due = Schedule.once(date(2025, 6, 30))
    assert at(due, early, "2025-Q1") == ReportStatus.DONE_ON_TIME
    assert at(due, later, "2025-Q1") == ReportStatus.NOT_STARTED
    assert at(due, [up("2025-H1", DOING)], "2025-Q1") == ReportStatus.NOT_STARTED
    assert standing(due, later, half_year(2025, 1).end, half_year(2025, 1).end).status == ReportStatus.DONE_ON_TIME
