"""The columns of the two templates, shared by the writer and the importer.

The importer finds columns by their header text (ignoring case, diacritics and a trailing
"(không sửa)"), not by position, so a clerk may move columns or paste the table into a workbook
of their own. A column missing from the sheet leaves that field as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from desktop_app.domain.schedule import SCHEDULE_LABELS, Schedule, ScheduleKind
from desktop_app.domain.text import fold

TASK_SHEET = "Nhiệm vụ"
PROGRESS_SHEET = "Tiến độ"
KEEP = " (không sửa)"


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    width: float
    aliases: tuple[str, ...] = ()
    hidden: bool = False
    text: bool = True  # cells formatted as text ("@") so Excel does not turn 1.10 or 12/06 into numbers

    @property
    def label(self) -> str:
        """How a problem names the column."""
        return self.header.removesuffix(KEEP)

    def matches(self, header: object) -> bool:
        if not isinstance(header, str):
            return False
        names = {fold(self.label), *(fold(a) for a in self.aliases)}
        return fold(header) in names or fold(re.sub(r"\(.*?\)\s*$", "", header)) in names


TASK_COLUMNS = (
    Column("number", "STT", 7, ("số tt", "số thứ tự", "tt")),
    Column("content", "Nội dung nhiệm vụ", 60, ("nội dung", "nhiệm vụ", "tên nhiệm vụ", "nội dung công việc")),
    Column("lead", "Đơn vị chủ trì", 28, ("cơ quan chủ trì", "chủ trì", "đơn vị thực hiện")),
    Column("coordinators", "Đơn vị phối hợp", 30, ("cơ quan phối hợp", "phối hợp")),
    Column("deadline", "Thời hạn", 16, ("thời gian hoàn thành", "thời gian thực hiện", "thời hạn hoàn thành",
                                        "hạn hoàn thành")),
    Column("output", "Sản phẩm", 28, ("sản phẩm đầu ra", "kết quả đầu ra", "sản phẩm dự kiến")),
    Column("start", "Ngày bắt đầu", 13, ("bắt đầu", "thời gian bắt đầu")),
    Column("id", "Mã" + KEEP, 38, ("mã",), hidden=True),
)

PROGRESS_COLUMNS = (
    Column("number", "STT", 7, ("số tt", "số thứ tự", "tt")),
    Column("content", "Nội dung nhiệm vụ", 45, ("nội dung", "nhiệm vụ")),
    Column("unit", "Đơn vị báo cáo", 26, ("đơn vị", "đơn vị thực hiện", "đơn vị chủ trì")),
    Column("deadline", "Thời hạn", 14, ("thời gian hoàn thành",)),
    Column("status", "Tình trạng", 17, ("trạng thái", "tình hình thực hiện")),
    Column("percent", "% hoàn thành", 11, ("tỷ lệ hoàn thành", "tỉ lệ hoàn thành", "%", "tiến độ (%)"),
           text=False),
    Column("completed", "Ngày hoàn thành", 14, ("thời gian hoàn thành thực tế",)),
    Column("result", "Kết quả", 45, ("kết quả thực hiện",)),
    Column("difficulties", "Khó khăn", 30, ("khó khăn, vướng mắc", "vướng mắc")),
    Column("proposals", "Kiến nghị", 30, ("kiến nghị, đề xuất", "đề xuất")),
    Column("references", "Tài liệu kèm theo", 22, ("tài liệu", "văn bản kèm theo", "minh chứng")),
    Column("task_id", "Mã nhiệm vụ" + KEEP, 38, hidden=True),
    Column("unit_id", "Mã đơn vị" + KEEP, 38, hidden=True),
)

# columns whose values are only shown, never imported
PROGRESS_INFO = {"number", "content", "deadline"}


def column_index(columns: tuple[Column, ...], key: str) -> int:
    """1-based position of a column in a template."""
    return next(i for i, c in enumerate(columns, start=1) if c.key == key)


def deadline_text(schedule: Schedule) -> str:
    """"30/06/2024", "Hằng năm 15/12", "Hằng quý", "Hằng tháng", "Thường xuyên" (read back by the importer)."""
    match schedule.kind:
        case ScheduleKind.ONCE:
            assert schedule.due is not None
            return day_text(schedule.due)
        case ScheduleKind.YEARLY:
            return f"Hằng năm {schedule.day:02d}/{schedule.month:02d}"
    return SCHEDULE_LABELS[schedule.kind]


def day_text(day: object) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}" if isinstance(day, date) else ""


def roman(number: int) -> str:
    values = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
              (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, letters in values:
        while number >= value:
            out += letters
            number -= value
    return out
