"""Deadlines and recurrences stated in a task's text: "trước ngày 30/9/2025", "quý III/2025",
"tháng 10/2025", "năm 2025", "hằng quý", "định kỳ 6 tháng", "02 lần/năm", "thường xuyên"."""

from __future__ import annotations

import calendar
import re
from datetime import date

from desktop_app.domain.text import fold

_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# the words that make a date a deadline (folded text)
_DAY = re.compile(
    r"(?:truoc|cham nhat(?: la)?(?: ngay)?|han chot|thoi han|hoan thanh(?: truoc)?|xong truoc"
    r"|den ngay|trong ngay|vao ngay|thoi gian[^:;.]{0,25}:)\s*:?\s*(?:ngay\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})"
    r"(?:\s*[/.-]\s*(\d{4}))?"
)
_DAY_WORDS = re.compile(
    r"(?:truoc|cham nhat(?: la)?|hoan thanh|xong|han)\s*ngay (\d{1,2}) thang (\d{1,2})(?: nam (\d{4}))?"
)
_QUARTER = re.compile(r"quy\s*(iv|iii|ii|i|[1-4])\s*(?:/|nam|-)\s*(\d{4})")
_MONTH = re.compile(r"thang\s*(\d{1,2})\s*(?:/|nam|-)\s*(\d{4})")
# "Quý II", "Tháng 11" in a plan's table: the plan's own year
_QUARTER_NO_YEAR = re.compile(r"\bquy\s*(iv|iii|ii|i|[1-4])\b(?!\s*(?:/|nam|-)\s*\d)")
_MONTH_NO_YEAR = re.compile(r"\bthang\s*(\d{1,2})\b(?!\s*(?:/|nam|-)\s*\d)(?!\s*(?:mot|1|01) lan)")
_MONTH_RANGE_END = re.compile(r"den thang\s*(\d{1,2})\s*(?:/|nam|-)\s*(\d{4})")
_HALF = re.compile(r"(6 thang|sau thang) (dau|cuoi) nam\s*(\d{4})")
_YEAR = re.compile(
    r"(?:trong|hoan thanh|xong|thoi gian(?: thuc hien| hoan thanh)?\s*:?|thoi han\s*:?|den het"
    r"|truoc)\s*(?:nam|cuoi nam)\s*(\d{4})|^\s*(?:nam|cuoi nam)\s*(\d{4})\s*[.;]?\s*$"
)
_SPAN_END = re.compile(r"(?:giai doan|tu nam)\s*\d{4}\s*[-–—]\s*(\d{4})|(?:nam)\s*\d{4}\s*[-–—]\s*(\d{4})\s*$")

_RECURRENCES = [
    ("monthly", re.compile(r"hang thang|hang thang|moi thang|dinh ky thang|01 lan/thang|1 lan/thang")),
    ("quarterly", re.compile(r"hang quy|moi quy|dinh ky (?:hang )?quy|theo quy|01 lan/quy|1 lan/quy")),
    (
        "half_yearly",
        re.compile(
            r"(?:dinh ky|moi|hang) (?:06|6|sau) thang|(?:06|6|sau) thang (?:mot|1) lan"
            r"|(?:02|2|hai) lan\s*/\s*nam|(?:02|2|hai) lan (?:trong |moi |mot )?nam"
            r"|so ket 6 thang|bao cao 6 thang"
        ),
    ),
    (
        "yearly",
        re.compile(
            r"hang nam|hang nam|moi nam|dinh ky (?:hang )?nam|(?:01|1|mot) lan\s*/\s*nam"
            r"|(?:01|1|mot) lan moi nam|tong ket nam"
        ),
    ),
    ("continuous", re.compile(r"thuong xuyen|lien tuc|hang ngay|moi ngay")),
]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_end(year: int, month: int) -> date | None:
    if not 1 <= month <= 12:
        return None
    return date(year, month, calendar.monthrange(year, month)[1])


def find_deadline(text: str, default_year: int | None = None, yearless: bool = False) -> date | None:
    """The date by which the text says the work is due, or None. The last stated date wins when
    a sentence names a start and an end ("từ tháng 3 đến tháng 6/2025")."""
    folded = fold(text)
    found = _DAY.search(folded) or _DAY_WORDS.search(folded)
    if found:
        year = int(found.group(3)) if found.group(3) else default_year
        if year:
            day = _safe_date(year, int(found.group(2)), int(found.group(1)))
            if day:
                return day
    found = _MONTH_RANGE_END.search(folded)
    if found:
        return _month_end(int(found.group(2)), int(found.group(1)))
    candidates: list[tuple[int, date]] = []
    for match in _QUARTER.finditer(folded):
        quarter = _QUARTERS[match.group(1)]
        end = _month_end(int(match.group(2)), quarter * 3)
        if end:
            candidates.append((match.start(), end))
    for match in _MONTH.finditer(folded):
        end = _month_end(int(match.group(2)), int(match.group(1)))
        if end:
            candidates.append((match.start(), end))
    for match in _HALF.finditer(folded):
        year = int(match.group(3))
        candidates.append((match.start(), date(year, 6, 30) if match.group(2) == "dau" else date(year, 12, 31)))
    if not candidates and default_year and yearless:  # a table's time column: "Quý II" is this year's
        for match in _QUARTER_NO_YEAR.finditer(folded):
            end = _month_end(default_year, _QUARTERS[match.group(1)] * 3)
            if end:
                candidates.append((match.start(), end))
        for match in _MONTH_NO_YEAR.finditer(folded):
            end = _month_end(default_year, int(match.group(1)))
            if end:
                candidates.append((match.start(), end))
    if candidates:
        return max(candidates)[1]
    found = _YEAR.search(folded)
    if found:
        return date(int(found.group(1) or found.group(2)), 12, 31)
    return None


def find_recurrence(text: str) -> str | None:
    """How often the work recurs, as the text says: "quarterly", "half_yearly" …, or None."""
    folded = fold(text)
    for name, pattern in _RECURRENCES:
        if pattern.search(folded):
            return name
    return None


def timing(text: str, default_year: int | None = None, yearless: bool = False) -> tuple[date | None, str | None]:
    """(deadline, recurrence): a one-off deadline is "once"; nothing stated gives (None, None).
    ``yearless``: the text is a time column of the plan's table, where "Quý II" or "Tháng 11"
    without a year mean the plan's year."""
    recurrence = find_recurrence(text)
    deadline = find_deadline(text, default_year, yearless and recurrence is None)
    if deadline is not None and recurrence is None:
        recurrence = "once"
    return deadline, recurrence
