"""When a task is due: once, yearly on a day, quarterly, monthly, or continuously."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from desktop_app.domain.periods import CUTOFF_DAY, Period


class ScheduleKind(StrEnum):
    ONCE = "once"
    YEARLY = "yearly"
    QUARTERLY = "quarterly"
    MONTHLY = "monthly"
    CONTINUOUS = "continuous"


SCHEDULE_LABELS = {
    ScheduleKind.ONCE: "Một lần",
    ScheduleKind.YEARLY: "Hằng năm",
    ScheduleKind.QUARTERLY: "Hằng quý",
    ScheduleKind.MONTHLY: "Hằng tháng",
    ScheduleKind.CONTINUOUS: "Thường xuyên",
}


class ScheduleError(ValueError):
    """A schedule that cannot be used."""


@dataclass(frozen=True)
class Schedule:
    """A task's schedule. Quarterly and monthly tasks fall due on each cut-off day (the 14th)."""

    kind: ScheduleKind
    due: date | None = None  # once
    month: int | None = None  # yearly
    day: int | None = None  # yearly

    def __post_init__(self) -> None:
        if self.kind == ScheduleKind.ONCE and self.due is None:
            raise ScheduleError("Lịch 'một lần' cần ngày hoàn thành")
        if self.kind == ScheduleKind.YEARLY:
            if self.month is None or self.day is None or not 1 <= self.month <= 12:
                raise ScheduleError("Lịch 'hằng năm' cần ngày và tháng")
            if not 1 <= self.day <= calendar.monthrange(2024, self.month)[1]:
                raise ScheduleError(f"Ngày {self.day}/{self.month} không có trong năm")

    @classmethod
    def once(cls, due: date) -> Schedule:
        return cls(ScheduleKind.ONCE, due=due)

    @classmethod
    def yearly(cls, month: int, day: int) -> Schedule:
        return cls(ScheduleKind.YEARLY, month=month, day=day)

    @classmethod
    def continuous(cls) -> Schedule:
        return cls(ScheduleKind.CONTINUOUS)

    def to_json(self) -> dict[str, Any]:
        match self.kind:
            case ScheduleKind.ONCE:
                assert self.due is not None
                return {"kind": "once", "due": self.due.isoformat()}
            case ScheduleKind.YEARLY:
                return {"kind": "yearly", "month": self.month, "day": self.day}
        return {"kind": self.kind.value}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Schedule:
        kind = ScheduleKind(data["kind"])
        if kind == ScheduleKind.ONCE:
            return cls.once(date.fromisoformat(data["due"]))
        if kind == ScheduleKind.YEARLY:
            return cls.yearly(int(data["month"]), int(data["day"]))
        return cls(kind)

    @property
    def label(self) -> str:
        match self.kind:
            case ScheduleKind.ONCE:
                assert self.due is not None
                return self.due.strftime("%d/%m/%Y")
            case ScheduleKind.YEARLY:
                return f"Hằng năm, ngày {self.day:02d}/{self.month:02d}"
        return SCHEDULE_LABELS[self.kind]

    def _occurrence(self, year: int, month_: int) -> date:
        if self.kind == ScheduleKind.YEARLY:
            assert self.month is not None and self.day is not None
            last = calendar.monthrange(year, self.month)[1]
            return date(year, self.month, min(self.day, last))  # 29/2 in a common year → 28/2
        return date(year, month_, CUTOFF_DAY)

    def occurrences(self, start: date, end: date) -> list[date]:
        """Due dates falling within [start, end]; a continuous task has none."""
        if self.kind == ScheduleKind.CONTINUOUS:
            return []
        if self.kind == ScheduleKind.ONCE:
            assert self.due is not None
            return [self.due] if start <= self.due <= end else []
        found: list[date] = []
        for year in range(start.year, end.year + 1):
            months = {
                ScheduleKind.YEARLY: [self.month or 1],
                ScheduleKind.QUARTERLY: [3, 6, 9, 12],
                ScheduleKind.MONTHLY: list(range(1, 13)),
            }[self.kind]
            found += [d for m in months if start <= (d := self._occurrence(year, m)) <= end]
        return found

    def due_for(self, period: Period) -> date | None:
        """The due date a period's report judges the task against.

        A one-off task is always judged against its own date. A recurring task is judged against
        its last occurrence inside the period's window, or, when none falls inside, the next one
        after the window (so it is not yet due). A continuous task has no due date.
        """
        if self.kind == ScheduleKind.CONTINUOUS:
            return None
        if self.kind == ScheduleKind.ONCE:
            return self.due
        inside = self.occurrences(period.start, period.end)
        if inside:
            return inside[-1]
        after = self.occurrences(period.end, date(period.end.year + 1, period.end.month, 28))
        return after[0] if after else None
