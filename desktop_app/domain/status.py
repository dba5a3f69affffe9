"""Derived status: what a report says of a task, computed from schedule, period and completion.

Two layers are kept apart, as trackers do: completion (as reported by the unit) and the deadline
layer (computed at a date). "Overdue" and "done late" are never typed by anyone.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum


class ProgressStatus(StrEnum):
    """What a unit reports."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    SUSPENDED = "suspended"


PROGRESS_LABELS = {
    ProgressStatus.NOT_STARTED: "Chưa thực hiện",
    ProgressStatus.IN_PROGRESS: "Đang thực hiện",
    ProgressStatus.DONE: "Hoàn thành",
    ProgressStatus.SUSPENDED: "Tạm dừng",
}


class DeadlineState(StrEnum):
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    NOT_YET_DUE = "not_yet_due"
    NO_DEADLINE = "no_deadline"


class ReportStatus(StrEnum):
    """What a report says of a task in a period."""

    DONE_ON_TIME = "done_on_time"
    DONE_LATE = "done_late"
    IN_PROGRESS = "in_progress"
    OVERDUE = "overdue"
    NOT_STARTED = "not_started"
    SUSPENDED = "suspended"


REPORT_LABELS = {
    ReportStatus.DONE_ON_TIME: "Hoàn thành đúng hạn",
    ReportStatus.DONE_LATE: "Hoàn thành quá hạn",
    ReportStatus.IN_PROGRESS: "Đang thực hiện",
    ReportStatus.OVERDUE: "Quá hạn",
    ReportStatus.NOT_STARTED: "Chưa thực hiện",
    ReportStatus.SUSPENDED: "Tạm dừng",
}

# colours clerks know from task-tracking systems
REPORT_COLOURS = {
    ReportStatus.DONE_ON_TIME: "#2e7d32",
    ReportStatus.DONE_LATE: "#ef6c00",
    ReportStatus.IN_PROGRESS: "#1565c0",
    ReportStatus.OVERDUE: "#c62828",
    ReportStatus.NOT_STARTED: "#757575",
    ReportStatus.SUSPENDED: "#6d4c41",
}

DUE_SOON_DAYS = 7


def deadline_state(due: date | None, as_of: date, soon_days: int = DUE_SOON_DAYS) -> DeadlineState:
    if due is None:
        return DeadlineState.NO_DEADLINE
    if as_of > due:
        return DeadlineState.OVERDUE
    if due - as_of <= timedelta(days=soon_days):
        return DeadlineState.DUE_SOON
    return DeadlineState.NOT_YET_DUE


# work that still runs: the only tasks a "due in 7 / 30 days" list names
STILL_RUNNING = (ReportStatus.IN_PROGRESS, ReportStatus.NOT_STARTED)


def is_due_soon(state: DeadlineState, status: ReportStatus) -> bool:
    """Listed as "sắp đến hạn": work that still runs (in progress or not started) with its deadline
    within DUE_SOON_DAYS. Done, overdue and suspended (tạm dừng) tasks never are. The one rule the
    reports, Tổng quan and the Excel export share."""
    return state == DeadlineState.DUE_SOON and status in STILL_RUNNING


def report_status(status: ProgressStatus | None, completed_on: date | None, due: date | None,
                  as_of: date) -> ReportStatus:
    """Combine the reported completion with the deadline at ``as_of``.

    A done task is late when its completion date is after its due date. A task not done is overdue
    once ``as_of`` is past its due date. A task with no due date (continuous) is never overdue.
    """
    status = status or ProgressStatus.NOT_STARTED
    if status == ProgressStatus.SUSPENDED:
        return ReportStatus.SUSPENDED
    if status == ProgressStatus.DONE:
        if due is not None and completed_on is not None and completed_on > due:
            return ReportStatus.DONE_LATE
        return ReportStatus.DONE_ON_TIME
    if due is not None and as_of > due:
        return ReportStatus.OVERDUE
    if status == ProgressStatus.IN_PROGRESS:
        return ReportStatus.IN_PROGRESS
    return ReportStatus.NOT_STARTED
