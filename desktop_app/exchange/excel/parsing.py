"""Reading one cell: text, dates, deadlines, statuses, percentages — each either a value or a
``CellError`` whose message a clerk can act on."""

from __future__ import annotations

import calendar
import math
import re
from datetime import date, datetime, time, timedelta

from desktop_app.domain.schedule import Schedule, ScheduleError, ScheduleKind
from desktop_app.domain.status import PROGRESS_LABELS, ProgressStatus
from desktop_app.domain.text import fold, looks_like_legacy_encoding, normalize_text, unsafe_character
from desktop_app.exchange.excel.catalog import shown

MAX_TEXT = 32767
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_DAY = re.compile(r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DAY_MONTH = re.compile(r"(\d{1,2})\s*(?:[/.-]|\s+thang\s+)\s*(\d{1,2})")
DATE_HINT = "ghi ngày dạng 31/12/2024"
DEADLINE_HINT = "ghi dạng 31/12/2024, Hằng năm 15/12, Hằng quý, Hằng tháng hoặc Thường xuyên"


# every letter NFC Vietnamese text uses beyond ASCII; TCVN3/VNI text shown as Latin-1 has others (¹ Ö ï ñ …)
_VIETNAMESE = set(
    "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
    "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ")


def looks_legacy(text: str) -> bool:
    """Text that looks typed in TCVN3/VNI: the domain's markers, *and* a Latin-1/Latin Extended
    character no Vietnamese word uses (so "Phường Phúc Xá" or "Ý kiến" do not count)."""
    return looks_like_legacy_encoding(text) and any(
        0x80 <= ord(ch) < 0x250 and ch not in _VIETNAMESE for ch in text)


class CellError(ValueError):
    """A cell whose value cannot be used; the message says why."""


def text_of(value: object) -> str:
    """Any cell value as NFC text, trimmed (numbers without a useless ".0", dates as 31/12/2024)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        day = f"{value.day:02d}/{value.month:02d}/{value.year}"
        return day if value.time() == time() else f"{day} {value:%H:%M}"
    if isinstance(value, date):
        return f"{value.day:02d}/{value.month:02d}/{value.year}"
    text = _CONTROL.sub("", str(value))
    character = unsafe_character(text)
    if character:
        raise CellError(f"ô chứa ký tự điều khiển {character}, không được phép; hãy xóa ký tự này")
    if len(text) > MAX_TEXT:
        raise CellError(f"ô dài {len(text)} ký tự, quá giới hạn {MAX_TEXT} ký tự của Excel")
    return normalize_text(text) or ""


def _make_day(day: int, month: int, year: int) -> date:
    if year < 100:
        year += 2000
    if not (1 <= month <= 12 and 1 <= day <= calendar.monthrange(year if 1 <= year <= 9999 else 2000, month)[1]
            and 1900 <= year <= 2200):
        raise CellError(f"Ngày không hợp lệ: {day:02d}/{month:02d}/{year}")
    return date(year, month, day)


def parse_day(value: object) -> date | None:
    """A date from an Excel date, "31/12/2024", "31/12/24", "31-12-2024", "31.12.2024" or "2024-12-31";
    ``None`` for an empty cell."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        if value.time() != time():
            raise CellError(f"Ngày không hợp lệ: '{text_of(value)}' (chỉ ghi ngày, không ghi giờ)")
        return _make_day(value.day, value.month, value.year)
    if isinstance(value, date):
        return _make_day(value.day, value.month, value.year)
    if isinstance(value, str):
        text = normalize_text(value) or ""
        found = _DAY.fullmatch(text)
        if found:
            return _make_day(int(found.group(1)), int(found.group(2)), int(found.group(3)))
        found = _ISO.fullmatch(text)
        if found:
            return _make_day(int(found.group(3)), int(found.group(2)), int(found.group(1)))
    if isinstance(value, (time, timedelta)):
        raise CellError(f"Ngày không hợp lệ: '{value}' là giờ, không phải ngày ({DATE_HINT})")
    raise CellError(f"Ngày không hợp lệ: '{shown(text_of_safe(value))}' ({DATE_HINT})")


def text_of_safe(value: object) -> str:
    try:
        return text_of(value)
    except CellError:
        return str(value)[:80]


_PREFIXES = ("truoc ngay", "truoc", "han", "ngay", "mot lan", "hoan thanh truoc ngay", "hoan thanh truoc")


def parse_deadline(value: object) -> Schedule | None:
    """A task's schedule from the "Thời hạn" cell; ``None`` for an empty cell."""
    if isinstance(value, (datetime, date)):
        due = parse_day(value)
        assert due is not None
        return Schedule.once(due)
    text = text_of(value)
    if not text:
        return None
    folded = fold(text).strip(" .;")
    for prefix in sorted(_PREFIXES, key=len, reverse=True):
        if folded.startswith(prefix + " "):
            rest = folded[len(prefix):].strip(" :,")
            if _DAY.fullmatch(rest) or _ISO.fullmatch(rest):
                folded = rest
            break
    if _DAY.fullmatch(folded) or _ISO.fullmatch(folded):
        due = parse_day(folded)
        assert due is not None
        return Schedule.once(due)
    if folded in ("thuong xuyen", "lien tuc", "hang ngay"):
        return Schedule.continuous()
    if folded in ("hang quy", "moi quy", "quy", "dinh ky hang quy"):
        return Schedule(ScheduleKind.QUARTERLY)
    if folded in ("hang thang", "moi thang", "thang", "dinh ky hang thang"):
        return Schedule(ScheduleKind.MONTHLY)
    yearly = re.fullmatch(r"(?:hang|moi|dinh ky hang) nam[ ,:]*(?:ngay|truoc ngay|vao ngay)?\s*(.*)", folded)
    if yearly:
        rest = yearly.group(1).strip(" .,")
        found = _DAY_MONTH.fullmatch(rest)
        if not found:
            raise CellError(f"Thời hạn '{shown(text)}': hằng năm cần ngày và tháng, ví dụ 'Hằng năm 15/12'")
        day, month = int(found.group(1)), int(found.group(2))
        try:
            return Schedule.yearly(month, day)
        except ScheduleError as exc:
            raise CellError(f"Ngày không hợp lệ: {day:02d}/{month:02d} ({exc})") from exc
    raise CellError(f"Thời hạn không hiểu được: '{shown(text)}' ({DEADLINE_HINT})")


_STATUS_WORDS = {
    ProgressStatus.NOT_STARTED: ("chua thuc hien", "chua trien khai", "chua bat dau", "chua", "not_started"),
    ProgressStatus.IN_PROGRESS: ("dang thuc hien", "dang trien khai", "dang lam", "in_progress"),
    ProgressStatus.DONE: ("hoan thanh", "da hoan thanh", "xong", "done"),
    ProgressStatus.SUSPENDED: ("tam dung", "tam ngung", "dung", "suspended"),
}
_STATUS = {word: status for status, words in _STATUS_WORDS.items() for word in words}


def parse_status(value: object) -> ProgressStatus | None:
    text = text_of(value)
    if not text:
        return None
    found = _STATUS.get(fold(text).strip(" ."))
    if found is None:
        labels = ", ".join(PROGRESS_LABELS.values())
        raise CellError(f"Tình trạng không hợp lệ: '{shown(text)}' (chọn một trong: {labels})")
    return found


def parse_percent(value: object, percent_format: bool = False) -> int | None:
    """A whole number 0–100 from 75, 75.0, "75", "75%", or 0.75 in a cell formatted as a percentage."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    number: float | None = None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, (int, float)):
        number = float(value) * (100 if percent_format else 1)
    elif isinstance(value, str):
        text = value.strip().removesuffix("%").strip().replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            number = None
    if number is not None and math.isfinite(number):
        rounded = round(number, 6)
        if rounded.is_integer() and 0 <= rounded <= 100:
            return int(rounded)
    raise CellError(f"% hoàn thành phải là số nguyên từ 0 đến 100, không phải '{shown(text_of_safe(value))}'")
