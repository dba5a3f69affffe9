"""The report tables as plain text grids (columns, rows, which rows are bold), so the PDF and the
DOCX print the same cells in the same column widths.

Tables: every task (appendix, task list), one unit's overdue tasks, counts (by group / lead unit),
targets.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.reports.data import CountRow, GroupBlock, ReportData, TargetLine, TaskLine
from desktop_app.reports.texts import number_text, percent, short_date


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # share of the table width
    centre: bool = False


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]
    kind: str = "item"  # item | group (a group's title row, kept with its first task) | total

    @property
    def bold(self) -> bool:
        return self.kind != "item"


@dataclass(frozen=True)
class Grid:
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]  # the header row (column titles) is not among them

    def shares(self) -> list[float]:
        return [c.width for c in self.columns]


APPENDIX_COLUMNS = (
    Column("STT", 0.05, True), Column("Nội dung nhiệm vụ", 0.29), Column("Đơn vị chủ trì", 0.12, True),
    Column("Đơn vị phối hợp", 0.13, True), Column("Thời hạn", 0.09, True), Column("Tình trạng", 0.10, True),
    Column("Kết quả thực hiện", 0.22))
TASK_LIST_COLUMNS = (
    Column("STT", 0.05, True), Column("Nội dung nhiệm vụ", 0.36), Column("Cơ quan chủ trì", 0.14, True),
    Column("Cơ quan phối hợp", 0.17, True), Column("Thời gian hoàn thành", 0.11, True),
    Column("Sản phẩm", 0.17))
OVERDUE_COLUMNS = (
    Column("STT", 0.07, True), Column("Nội dung nhiệm vụ", 0.40), Column("Thời hạn", 0.14, True),
    Column("Tình trạng", 0.15, True), Column("Kết quả đã báo cáo", 0.24))
COUNT_TITLES = ("Tổng số", "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Đang thực hiện", "Quá hạn",
                "Chưa thực hiện", "Tạm dừng", "Tỷ lệ hoàn thành")
TARGET_COLUMNS = (
    Column("STT", 0.07, True), Column("Chỉ tiêu", 0.33), Column("Đơn vị tính", 0.10, True),
    Column("Năm gốc", 0.12, True), Column("Mục tiêu", 0.12, True), Column("Kết quả kỳ này", 0.13, True),
    Column("Đánh giá", 0.13, True))


def task_grid(groups: Sequence[GroupBlock], kind: str = "appendix") -> Grid:
    """Every task, group by group: a group row (number, bold title) then its tasks."""
    columns = TASK_LIST_COLUMNS if kind == "task_list" else APPENDIX_COLUMNS
    blank = ("",) * (len(columns) - 2)
    rows: list[Row] = []
    for group in groups:
        rows.append(Row((group.number, group.title, *blank), "group"))
        for t in group.tasks:
            cells: tuple[str, ...]
            if kind == "task_list":
                cells = (t.number, t.content, t.lead_unit, t.coordinators_text, t.deadline, t.output)
            else:
                cells = (t.number, t.content, t.lead_unit, t.coordinators_text, t.deadline, t.status_label,
                         t.result)
            rows.append(Row(cells))
    return Grid(columns, tuple(rows))


def overdue_state(t: TaskLine, data: ReportData) -> str:
    """"Quá hạn 12 ngày", "Sắp đến hạn (còn 3 ngày)", "Đến hạn hôm nay"."""
    if t.due is None:
        return t.status_label
    days = (data.as_of - t.due).days
    if days > 0:
        return f"Quá hạn {days} ngày"
    if days == 0:
        return "Đến hạn hôm nay"
    return f"Sắp đến hạn (còn {-days} ngày)"


def overdue_grid(lines: Sequence[TaskLine], data: ReportData) -> Grid:
    rows = [Row((t.number, t.content, short_date(t.due) or t.deadline, overdue_state(t, data), t.result))
            for t in lines]
    return Grid(OVERDUE_COLUMNS, tuple(rows))


def counts_grid(title: str, rows_in: Sequence[CountRow]) -> Grid:
    columns = (Column("STT", 0.05, True), Column(title, 0.31, False),
               *(Column(t, 0.08, True) for t in COUNT_TITLES))
    rows: list[Row] = []
    totals = [0] * 7
    for index, row in enumerate(rows_in, start=1):
        c = row.counts
        values = [c.total, c.done_on_time, c.done_late, c.in_progress, c.overdue, c.not_started, c.suspended]
        totals = [a + b for a, b in zip(totals, values, strict=True)]
        rows.append(Row((str(index), row.label, *(str(v) for v in values), c.percent_done)))
    rows.append(Row(("", "Tổng cộng", *(str(v) for v in totals), percent(totals[1] + totals[2], totals[0])),
                    "total"))
    return Grid(columns, tuple(rows))


def target_grid(targets: Sequence[TargetLine]) -> Grid:
    rows = [Row((str(t.number), t.name, t.measure, t.baseline_text, t.target_text, number_text(t.value),
                 t.verdict_label)) for t in targets]
    return Grid(TARGET_COLUMNS, tuple(rows))
