"""Where a task stands at a report's cut-off: the one rule every figure uses (docs/standing.md).

Pure: it is given the task's schedule, the unit's updates (each with the window of the period it
was made for) and the report's period, and says the status a report prints, the due date it is
judged against and the completion day it counts.

- Cumulative: every update of a period that ended by the report's cut-off is read, not only the
  report period's own. An update of a longer period still under way at the cut-off (a half-year
  update read by a quarterly report) is read "as of its dates": only a completion on or before the
  cut-off counts from it.
- Only updates a unit has sent count (the caller passes ``counted=False`` for drafts unless the
  clerk asks to count them); a returned update counts as not done.
- Occurrences: a one-off task has one (its date); a recurring task one per due date. An update
  reports on the occurrences due inside its own period's window, or, when none falls inside, on
  the next one after it. A report judges the occurrences due in its reporting year (15/12 of the
  year before – its cut-off); when none is due there, the next one (not yet due). No occurrence
  before the task began (its start, else the plan's date) counts.
- An occurrence is done when an update reporting on it says done (its completion day decides on
  time or late: after the last occurrence that update reports on is late); once done it stays
  done. An occurrence not done is overdue once the day the report is judged at is after its date.
  A continuous task has no due date and is never overdue; its status is the latest update's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from desktop_app.domain.schedule import Schedule, ScheduleKind
from desktop_app.domain.status import ProgressStatus, ReportStatus


@dataclass(frozen=True)
class Update:
    """One unit's update on a task, as the rule needs it."""

    start: date  # the window of the period the update was made for
    end: date
    status: ProgressStatus  # as counted (a returned "done" is already "in progress")
    completed_on: date | None
    counted: bool = True  # False: a draft the report does not count
    own: bool = False  # made for the report's own period (wins a tie of end dates)
    order: tuple[object, ...] = ()  # last tie-break (e.g. when it was saved)


@dataclass(frozen=True)
class Standing:
    status: ReportStatus
    due: date | None  # the occurrence judged (the first overdue one, else the last judged)
    completed_on: date | None  # the completion counted (done statuses only)


def reporting_year_start(day: date) -> date:
    """15/12 of the year before the ND 09 reporting year containing ``day`` (a 15/12 deadline is
    the first day of the next reporting year)."""
    year = day.year + 1 if (day.month, day.day) >= (12, 15) else day.year
    return date(year - 1, 12, 15)


def _occurrences(schedule: Schedule, start: date, end: date, since: date | None) -> list[date]:
    if schedule.kind == ScheduleKind.ONCE:
        assert schedule.due is not None
        return [schedule.due]
    return schedule.occurrences(max(start, since or start), end)


def _next_after(schedule: Schedule, day: date, since: date | None) -> date | None:
    if schedule.kind == ScheduleKind.ONCE:
        return schedule.due
    first = max(day + timedelta(days=1), since or day)
    found = schedule.occurrences(first, date(first.year + 1, 12, 31))
    return found[0] if found else None


def _inside_or_next(schedule: Schedule, start: date, end: date, since: date | None) -> list[date]:
    if schedule.kind == ScheduleKind.CONTINUOUS:
        return []
    inside = _occurrences(schedule, start, end, since)
    if inside:
        return inside
    following = _next_after(schedule, end, since)
    return [following] if following is not None else []


def reported_occurrences(schedule: Schedule, start: date, end: date, since: date | None = None) -> list[date]:
    """The occurrences an update of the period [start, end] reports on (none before ``since``,
    the day the task began)."""
    return _inside_or_next(schedule, start, end, since)


def judged_occurrences(schedule: Schedule, period_end: date, since: date | None = None) -> list[date]:
    """The occurrences a report whose cut-off is ``period_end`` judges (none before ``since``)."""
    return _inside_or_next(schedule, reporting_year_start(period_end), period_end, since)


def in_view(updates: Sequence[Update], period_end: date) -> list[Update]:
    """The counted updates a report with this cut-off reads, oldest first."""
    seen = []
    for update in updates:
        if not update.counted:
            continue
        if update.end <= period_end:
            seen.append(update)
        elif update.start <= period_end and update.status == ProgressStatus.DONE \
                and update.completed_on is not None and update.completed_on <= period_end:
            seen.append(update)  # a longer period under way: read as of its dates
    return sorted(seen, key=lambda u: (min(u.end, period_end), u.own, u.order))


def standing(schedule: Schedule, updates: Sequence[Update], period_end: date, as_of: date,
             since: date | None = None) -> Standing:
    """The status a report with cut-off ``period_end``, judged at ``as_of``, gives the task;
    ``since``: the day the task began (its own start, else the plan's date): no recurring
    occurrence before it counts."""
    seen = in_view(updates, period_end)
    latest = seen[-1] if seen else None
    if schedule.kind == ScheduleKind.CONTINUOUS:
        status = latest.status if latest else ProgressStatus.NOT_STARTED
        done = latest.completed_on if latest and status == ProgressStatus.DONE else None
        return Standing(_plain(status), None, done)
    done_on: dict[date, date] = {}
    late: dict[date, bool] = {}
    state: dict[date, ProgressStatus] = {}
    for update in seen:
        covered = reported_occurrences(schedule, update.start, update.end, since)
        for occurrence in covered:
            if update.status == ProgressStatus.DONE:
                # an update covering several occurrences is late only after the last of them
                done_on[occurrence] = update.completed_on or occurrence
                late[occurrence] = done_on[occurrence] > covered[-1]
            else:
                state[occurrence] = update.status
    judged = judged_occurrences(schedule, period_end, since)
    if latest is not None and latest.status == ProgressStatus.SUSPENDED \
            and not all(o in done_on for o in judged):
        return Standing(ReportStatus.SUSPENDED, None, None)
    if not judged:
        return Standing(ReportStatus.NOT_STARTED, None, None)
    open_past = [o for o in judged if o not in done_on and as_of > o]
    if open_past:
        return Standing(ReportStatus.OVERDUE, open_past[0], None)
    pending = [o for o in judged if o not in done_on]
    if not pending:
        last = max(done_on[o] for o in judged)
        return Standing(ReportStatus.DONE_LATE if any(late[o] for o in judged) else ReportStatus.DONE_ON_TIME,
                        judged[-1], last)
    due = pending[0]
    return Standing(_plain(state.get(due, ProgressStatus.NOT_STARTED)), due, None)


def _plain(status: ProgressStatus) -> ReportStatus:
    return {ProgressStatus.DONE: ReportStatus.DONE_ON_TIME, ProgressStatus.IN_PROGRESS: ReportStatus.IN_PROGRESS,
            ProgressStatus.SUSPENDED: ReportStatus.SUSPENDED}.get(status, ReportStatus.NOT_STARTED)
