"""Derived status: overdue and done-late are computed, never typed."""

from datetime import date

from desktop_app.domain.kinds import Direction, TargetVerdict, judge_target
from desktop_app.domain.periods import parse_period
from desktop_app.domain.schedule import Schedule, ScheduleKind
from desktop_app.domain.status import (
    DeadlineState,
    ProgressStatus,
    ReportStatus,
    deadline_state,
    report_status,
)

DUE = date(2024, 6, 30)


def test_done_on_time_and_late() -> None:
    assert report_status(ProgressStatus.DONE, date(2024, 6, 30), DUE, date(2024, 12, 1)) == ReportStatus.DONE_ON_TIME
    assert report_status(ProgressStatus.DONE, date(2024, 7, 1), DUE, date(2024, 12, 1)) == ReportStatus.DONE_LATE


def test_overdue_only_after_the_due_day() -> None:
    assert report_status(ProgressStatus.IN_PROGRESS, None, DUE, date(2024, 6, 30)) == ReportStatus.IN_PROGRESS
    assert report_status(ProgressStatus.IN_PROGRESS, None, DUE, date(2024, 7, 1)) == ReportStatus.OVERDUE
    assert report_status(None, None, DUE, date(2024, 7, 1)) == ReportStatus.OVERDUE
    assert report_status(ProgressStatus.NOT_STARTED, None, DUE, date(2024, 1, 1)) == ReportStatus.NOT_STARTED


def test_continuous_tasks_are_never_overdue() -> None:
    continuous = Schedule.continuous()
    assert continuous.due_for(parse_period("2024-Y")) is None
    assert report_status(ProgressStatus.NOT_STARTED, None, None, date(2030, 1, 1)) == ReportStatus.NOT_STARTED
    assert deadline_state(None, date(2030, 1, 1)) == DeadlineState.NO_DEADLINE


def test_suspended_stays_suspended() -> None:
    assert report_status(ProgressStatus.SUSPENDED, None, DUE, date(2025, 1, 1)) == ReportStatus.SUSPENDED


def test_deadline_layer() -> None:
    assert deadline_state(DUE, date(2024, 6, 25)) == DeadlineState.DUE_SOON
    assert deadline_state(DUE, date(2024, 6, 1)) == DeadlineState.NOT_YET_DUE
    assert deadline_state(DUE, date(2024, 7, 1)) == DeadlineState.OVERDUE


def test_yearly_task_is_due_each_year_on_its_day() -> None:
    yearly = Schedule.yearly(12, 10)
    assert yearly.due_for(parse_period("2024-Y")) == date(2024, 12, 10)
    assert yearly.due_for(parse_period("2025-Y")) == date(2025, 12, 10)
    # the H1 window holds no 10/12: judged against the next occurrence, so not yet due
    assert yearly.due_for(parse_period("2024-H1")) == date(2024, 12, 10)
    # 15/12 falls after the 14/12 cut-off of 2024-Y: it belongs to 2025-Y's window
    assert Schedule.yearly(12, 15).due_for(parse_period("2025-Y")) == date(2024, 12, 15)


def test_quarterly_and_monthly_fall_due_on_cutoff_days() -> None:
    assert Schedule(ScheduleKind.QUARTERLY).due_for(parse_period("2024-Q2")) == date(2024, 6, 14)
    assert Schedule(ScheduleKind.QUARTERLY).due_for(parse_period("2024-H1")) == date(2024, 6, 14)
    assert Schedule(ScheduleKind.MONTHLY).due_for(parse_period("2024-M03")) == date(2024, 3, 14)


def test_schedule_json_round_trip() -> None:
    for schedule in [Schedule.once(DUE), Schedule.yearly(12, 15), Schedule(ScheduleKind.QUARTERLY),
                     Schedule(ScheduleKind.MONTHLY), Schedule.continuous()]:
        assert Schedule.from_json(schedule.to_json()) == schedule
    assert Schedule.once(DUE).to_json() == {"kind": "once", "due": "2024-06-30"}


def test_targets_judged_against_value_or_range() -> None:
    assert judge_target(9.0, 8, 10, Direction.INCREASE) == TargetVerdict.MET
    assert judge_target(7.5, 8, 10, Direction.INCREASE) == TargetVerdict.NOT_MET
    assert judge_target(10.5, 8, 10, Direction.INCREASE) == TargetVerdict.EXCEEDED
    assert judge_target(10, 10, None, Direction.INCREASE) == TargetVerdict.MET
    assert judge_target(3, 5, None, Direction.DECREASE) == TargetVerdict.EXCEEDED
    assert judge_target(6, 5, None, Direction.DECREASE) == TargetVerdict.NOT_MET
    assert judge_target(100, 100, None, Direction.KEEP) == TargetVerdict.MET
    assert judge_target(99, 100, None, Direction.KEEP) == TargetVerdict.NOT_MET
