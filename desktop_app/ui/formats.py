"""How the UI writes and reads dates (dd/mm/yyyy), numbers (comma decimals) and schedules.

Parsing is forgiving (31/12/2024, 31/12, 31-12-24, 31.12.2024, 2024-12-31) and refusal is
explicit: a ``ValueError`` whose message is the sentence shown next to the red cell.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.schedule import SCHEDULE_LABELS, Schedule, ScheduleKind
from desktop_app.domain.text import fold
from desktop_app.ui.labels import label

translate = QCoreApplication.translate

_DMY = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*(\d{2}|\d{4}))?\s*$")
_YMD = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")



def format_date(value: date | None) -> str:
    return f"{value.day:02d}/{value.month:02d}/{value.year}" if value else ""


def parse_date(text: str, today: date | None = None) -> date | None:
    """A date as clerks type it; empty text is no date. Two-digit years are 20xx."""
    if not text.strip():
        return None
    found = _DMY.match(text)
    if found:
        day, month, year_text = int(found.group(1)), int(found.group(2)), found.group(3)
        year = (today or date.today()).year if year_text is None else int(year_text)
        if year_text is not None and len(year_text) == 2:
            year += 2000
    else:
        iso = _YMD.match(text)
        if not iso:
            raise ValueError(translate("formats", "Ngày không hợp lệ: {0} (nhập dạng 31/12/2024)").format(text.strip()))
        year, month, day = int(iso.group(1)), int(iso.group(2)), int(iso.group(3))
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(translate("formats", "Ngày không hợp lệ: {0}").format(text.strip())) from None


def format_number(value: float | int | None, decimals: int = 2) -> str:
    """8.5 → "8,5"; 1234567 → "1.234.567" (Vietnamese grouping)."""
    if value is None:
        return ""
    text = f"{value:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.translate({ord(","): ".", ord("."): ","})


def parse_number(text: str) -> float | None:
    """"8,5" or "8.5" → 8.5; "1.234,5" → 1234.5; empty → None."""
    raw = text.strip().replace(" ", "").replace("%", "")
    if not raw:
        return None
    if "," in raw:
        raw = raw.replace(".", "").replace(",", ".")
    elif raw.count(".") > 1:
        raw = raw.replace(".", "")
    try:
        return float(raw)
    except ValueError:
        raise ValueError(translate("formats", "Không phải là số: {0}").format(text.strip())) from None


def parse_percent(text: str) -> int | None:
    value = parse_number(text)
    if value is None:
        return None
    if not 0 <= value <= 100 or value != int(value):
        raise ValueError(translate("formats", "Tỷ lệ phải là số nguyên từ 0 đến 100: {0}").format(text.strip()))
    return int(value)


def schedule_labels() -> list[str]:
    return [label(SCHEDULE_LABELS[k]) for k in ScheduleKind]


def format_schedule(schedule: Schedule) -> str:
    if schedule.kind == ScheduleKind.ONCE:
        return format_date(schedule.due)
    if schedule.kind == ScheduleKind.YEARLY:
        return translate("formats", "Hằng năm {0:02d}/{1:02d}").format(schedule.day, schedule.month)
    return label(SCHEDULE_LABELS[schedule.kind])


_KIND_WORDS = {
    ScheduleKind.CONTINUOUS: ("thuong xuyen", "tx", "lien tuc", "continuous"),
    ScheduleKind.QUARTERLY: ("hang quy", "quy", "quarterly"),
    ScheduleKind.MONTHLY: ("hang thang", "thang", "monthly"),
    ScheduleKind.YEARLY: ("hang nam", "nam", "yearly"),
    ScheduleKind.ONCE: ("mot lan", "once"),
}


def parse_schedule(text: str, today: date | None = None) -> Schedule:
    """"31/12/2024" → once; "hằng năm 15/12" → yearly; "hằng quý", "thường xuyên" …"""
    folded = fold(text)
    if not folded:
        return Schedule.continuous()
    date_part = re.search(r"\d{1,4}\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{2,4})?", text)
    words = re.sub(r"[\d/.\-]+", " ", folded).strip()
    kind = next((k for k, names in _KIND_WORDS.items() if words in names), None)
    if words and kind is None:
        raise ValueError(translate("formats", "Lịch thực hiện không hiểu được: {0} (ví dụ: 31/12/2024, hằng năm 15/12, "
                            "hằng quý, hằng tháng, thường xuyên)").format(text.strip()))
    if kind in (None, ScheduleKind.ONCE, ScheduleKind.YEARLY):
        if date_part is None:
            raise ValueError(translate("formats", "Lịch thực hiện cần ngày: {0}").format(text.strip()))
        due = parse_date(date_part.group(0), today)
        assert due is not None
        if kind == ScheduleKind.YEARLY:
            return Schedule.yearly(due.month, due.day)
        return Schedule.once(due)
    return Schedule(kind)
