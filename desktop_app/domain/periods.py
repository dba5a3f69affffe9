"""Reporting periods of Nghị định 09/2019/NĐ-CP with their data cut-off windows and deadlines.

A period code is text: ``2024-M03`` (month), ``2024-Q2`` (quarter), ``2024-H1`` (half-year),
``2024-9M`` (nine months, used by some provinces), ``2024-Y`` (year). Ad-hoc periods carry
explicit dates and are stored in the database; they are built with :func:`adhoc_period`.

Cut-off windows (thời gian chốt số liệu): a month runs from the 15th of the previous month to the
14th of the month; a quarter, half-year, nine months or year from the 15th of the month before it
starts to the 14th of its last month (Q1 2024 = 15/12/2023 – 14/03/2024).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

CUTOFF_DAY = 14
DEFAULT_DEADLINE_OFFSET_DAYS = 3  # commune → district 17/12 for a 14/12 cut-off (domain.md)
ROMAN = ("I", "II", "III", "IV")

_CODE = re.compile(r"^(\d{4})-(M(0[1-9]|1[0-2])|Q([1-4])|H([12])|9M|Y)$")


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    NINE_MONTHS = "nine_months"
    YEAR = "year"
    ADHOC = "adhoc"


class PeriodError(ValueError):
    """A period code or date range that is not valid."""


@dataclass(frozen=True, order=True)
class Period:
    start: date
    end: date
    code: str
    kind: PeriodKind
    year: int
    index: int = 0  # month 1–12, quarter 1–4, half 1–2; 0 otherwise
    deadline: date | None = None  # explicit (ad hoc) deadline; otherwise computed by rule
    title: str = ""  # explicit (ad hoc) title

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def deadline_on(self, offset_days: int = DEFAULT_DEADLINE_OFFSET_DAYS) -> date:
        """The submission deadline: explicit for an ad-hoc period, else by rule from the cut-off."""
        if self.deadline is not None:
            return self.deadline
        return deadline_after(self.end, offset_days)

    @property
    def label(self) -> str:
        """How a report names the period: "quý II/2024", "6 tháng đầu năm 2024", "năm 2024"."""
        if self.title:
            return self.title
        match self.kind:
            case PeriodKind.MONTH:
                return f"tháng {self.index}/{self.year}"
            case PeriodKind.QUARTER:
                return f"quý {ROMAN[self.index - 1]}/{self.year}"
            case PeriodKind.HALF_YEAR:
                half = "đầu" if self.index == 1 else "cuối"
                return f"6 tháng {half} năm {self.year}"
            case PeriodKind.NINE_MONTHS:
                return f"9 tháng năm {self.year}"
            case PeriodKind.YEAR:
                return f"năm {self.year}"
        return self.code

    def previous(self) -> Period:
        """The period of the same kind just before this one."""
        match self.kind:
            case PeriodKind.MONTH:
                y, m = (self.year, self.index - 1) if self.index > 1 else (self.year - 1, 12)
                return month(y, m)
            case PeriodKind.QUARTER:
                return quarter(self.year, self.index - 1) if self.index > 1 else quarter(self.year - 1, 4)
            case PeriodKind.HALF_YEAR:
                return half_year(self.year, 1) if self.index == 2 else half_year(self.year - 1, 2)
            case PeriodKind.NINE_MONTHS:
                return nine_months(self.year - 1)
            case PeriodKind.YEAR:
                return year_period(self.year - 1)
        length = self.end - self.start
        return adhoc_period(self.code + "-prev", self.start - length - timedelta(days=1),
                            self.start - timedelta(days=1))


def _window(year: int, first_month: int, last_month: int) -> tuple[date, date]:
    start = date(year - 1, 12, 15) if first_month == 1 else date(year, first_month - 1, 15)
    return start, date(year, last_month, CUTOFF_DAY)


def month(year: int, m: int) -> Period:
    start, end = _window(year, m, m)
    return Period(start, end, f"{year}-M{m:02d}", PeriodKind.MONTH, year, m)


def quarter(year: int, q: int) -> Period:
    start, end = _window(year, 3 * q - 2, 3 * q)
    return Period(start, end, f"{year}-Q{q}", PeriodKind.QUARTER, year, q)


def half_year(year: int, h: int) -> Period:
    start, end = _window(year, 6 * h - 5, 6 * h)
    return Period(start, end, f"{year}-H{h}", PeriodKind.HALF_YEAR, year, h)


def nine_months(year: int) -> Period:
    start, end = _window(year, 1, 9)
    return Period(start, end, f"{year}-9M", PeriodKind.NINE_MONTHS, year)


def year_period(year: int) -> Period:
    start, end = _window(year, 1, 12)
    return Period(start, end, f"{year}-Y", PeriodKind.YEAR, year)


def adhoc_period(code: str, start: date, end: date, deadline: date | None = None,
                 title: str = "") -> Period:
    if end < start:
        raise PeriodError(f"Kỳ {code}: ngày kết thúc {end:%d/%m/%Y} trước ngày bắt đầu {start:%d/%m/%Y}")
    return Period(start, end, code, PeriodKind.ADHOC, end.year, 0, deadline, title)


def parse_period(code: str) -> Period:
    """Parse a standard period code; raise PeriodError naming the code when it is not one."""
    found = _CODE.match(code.strip()) if isinstance(code, str) else None
    if not found:
        raise PeriodError(
            f"Mã kỳ báo cáo không hợp lệ: '{code}' (dạng đúng: 2024-M03, 2024-Q2, 2024-H1, 2024-9M, 2024-Y)"
        )
    year = int(found.group(1))
    if found.group(3):
        return month(year, int(found.group(3)))
    if found.group(4):
        return quarter(year, int(found.group(4)))
    if found.group(5):
        return half_year(year, int(found.group(5)))
    if found.group(2) == "9M":
        return nine_months(year)
    return year_period(year)


def is_period_code(code: str) -> bool:
    return bool(_CODE.match(code))


def periods_of_year(year: int, include_nine_months: bool = False) -> list[Period]:
    """Every standard period of a year: 12 months, 4 quarters, 2 halves, (9 months,) the year."""
    result = [month(year, m) for m in range(1, 13)]
    result += [quarter(year, q) for q in range(1, 5)]
    result += [half_year(year, 1), half_year(year, 2)]
    if include_nine_months:
        result.append(nine_months(year))
    result.append(year_period(year))
    return result


def period_containing(day: date, kind: PeriodKind) -> Period:
    """The period of a kind whose cut-off window contains the day (20/12/2024 is in 2025-Q1)."""
    year = day.year + 1 if (day.month, day.day) >= (12, 15) else day.year
    if kind == PeriodKind.MONTH:
        m = day.month if day.day <= CUTOFF_DAY else day.month + 1
        return month(year, 1 if m == 13 else m)
    candidates = {
        PeriodKind.QUARTER: [quarter(year, q) for q in range(1, 5)],
        PeriodKind.HALF_YEAR: [half_year(year, 1), half_year(year, 2)],
        PeriodKind.NINE_MONTHS: [nine_months(year)],
        PeriodKind.YEAR: [year_period(year)],
    }[kind]
    for period in candidates:
        if period.contains(day):
            return period
    raise PeriodError(f"Ngày {day:%d/%m/%Y} không thuộc kỳ {kind} nào")  # only 15/9–14/12 for 9M


def is_working_day(day: date) -> bool:
    return day.weekday() < 5


def deadline_after(cutoff: date, offset_days: int = DEFAULT_DEADLINE_OFFSET_DAYS) -> date:
    """Deadline = cut-off + offset, at least one working day after the cut-off, never a weekend."""
    deadline = cutoff + timedelta(days=max(offset_days, 1))
    while not any(is_working_day(cutoff + timedelta(days=i)) for i in range(1, (deadline - cutoff).days)):
        deadline += timedelta(days=1)
    while not is_working_day(deadline):
        deadline += timedelta(days=1)
    return deadline


_CADENCE = (PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.HALF_YEAR, PeriodKind.NINE_MONTHS,
            PeriodKind.YEAR)


def usual_kind(codes: Iterable[str], default: PeriodKind = PeriodKind.QUARTER) -> PeriodKind:
    """The kind of period a plan is reported by, judged from the periods it has updates for.

    The kind with the most distinct periods wins; a tie goes to the more frequent cadence (a plan
    reported "6 tháng" and "năm" has one H1 and one Y a year: it is half-yearly). Ad-hoc periods
    and unknown codes are not a cadence and are ignored; no updates at all gives ``default``.
    """
    counts = {kind: 0 for kind in _CADENCE}
    for code in set(codes):
        if is_period_code(code):
            counts[parse_period(code).kind] += 1
    best = max(_CADENCE, key=lambda kind: (counts[kind], -_CADENCE.index(kind)))
    return best if counts[best] else default
