"""Tables: every task (appendix, task list, overdue list), counts, targets.

One Table per list with ``repeatRows=1`` (the header row on every page), split by row and, for a
cell taller than a page, inside the row; cells are Paragraphs so long text wraps.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

from desktop_app.reports.data import CountRow, GroupBlock, ReportData, TargetLine, TaskLine
from desktop_app.reports.pdf.styles import Styles, markup
from desktop_app.reports.texts import number_text, short_date


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # share of the table width
    centre: bool = False


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

GRID = colors.black
HEAD_BG = colors.HexColor("#f2f2f2")


def _style(header_rows: int = 1, extra: Sequence[tuple[object, ...]] = ()) -> TableStyle:
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_BG),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    commands += extra
    return TableStyle(commands)


def _table(rows: list[list[object]], columns: Sequence[Column], width: float,
           extra: Sequence[tuple[object, ...]] = ()) -> Table:
    table = Table(rows, colWidths=[c.width * width for c in columns], repeatRows=1, splitByRow=1,
                  splitInRow=1, hAlign="CENTER")
    table.setStyle(_style(1, extra))
    return table


def _head(columns: Sequence[Column], styles: Styles) -> list[object]:
    return [Paragraph(markup(c.title), styles.cell_head) for c in columns]


def _cell(text: str, style: ParagraphStyle) -> Paragraph:
    # line breaks inside a cell become <br/>
    return Paragraph(markup(text).replace("\n", "<br/>"), style)


def task_table(groups: Sequence[GroupBlock], styles: Styles, width: float, kind: str = "appendix") -> Table:
    """Every task, group by group: a group row (number, bold title) then its tasks.

    No spanned cells: spans make reportlab recompute span ranges on every page split, which
    doubles the time of a 2,000-row appendix. STT is a plain string (no wrapping needed).
    """
    columns = TASK_LIST_COLUMNS if kind == "task_list" else APPENDIX_COLUMNS
    rows: list[list[object]] = [_head(columns, styles)]
    extra: list[tuple[object, ...]] = [("FONT", (0, 1), (0, -1), styles.cell.fontName, styles.cell.fontSize,
                                        styles.cell.leading), ("ALIGN", (0, 1), (0, -1), "CENTER")]
    cell, centre = styles.cell, styles.cell_centre
    blank = [""] * (len(columns) - 2)
    for group in groups:
        rows.append([group.number, _cell(group.title, styles.cell_group), *blank])
        extra.append(("FONT", (0, len(rows) - 1), (0, len(rows) - 1), styles.cell_group.fontName,
                      styles.cell.fontSize, styles.cell.leading))
        for t in group.tasks:
            if kind == "task_list":
                rows.append([t.number, _cell(t.content, cell), _cell(t.lead_unit, centre),
                             _cell(t.coordinators_text, centre), _cell(t.deadline, centre), _cell(t.output, cell)])
            else:
                rows.append([t.number, _cell(t.content, cell), _cell(t.lead_unit, centre),
                             _cell(t.coordinators_text, centre), _cell(t.deadline, centre),
                             _cell(t.status_label, centre), _cell(t.result, cell)])
    return _table(rows, columns, width, extra)


def overdue_table(lines: Sequence[TaskLine], data: ReportData, styles: Styles, width: float) -> Table:
    rows: list[list[object]] = [_head(OVERDUE_COLUMNS, styles)]
    for t in lines:
        rows.append([_cell(t.number, styles.cell_centre), _cell(t.content, styles.cell),
                     _cell(short_date(t.due) or t.deadline, styles.cell_centre),
                     _cell(overdue_state(t, data), styles.cell_centre), _cell(t.result, styles.cell)])
    return _table(rows, OVERDUE_COLUMNS, width)


def overdue_state(t: TaskLine, data: ReportData) -> str:
    if t.due is None:
        return t.status_label
    days = (data.as_of - t.due).days
    if days > 0:
        return f"Quá hạn {days} ngày"
    return f"Sắp đến hạn (còn {-days} ngày)"


def counts_table(title: str, rows_in: Sequence[CountRow], styles: Styles, width: float) -> Table:
    columns = [Column("STT", 0.05, True), Column(title, 0.31)] + [
        Column(t, 0.08, True) for t in COUNT_TITLES]
    rows: list[list[object]] = [_head(columns, styles)]
    centre = styles.cell_centre
    totals = [0] * 7
    for index, row in enumerate(rows_in, start=1):
        c = row.counts
        values = [c.total, c.done_on_time, c.done_late, c.in_progress, c.overdue, c.not_started, c.suspended]
        totals = [a + b for a, b in zip(totals, values, strict=True)]
        rows.append([_cell(str(index), centre), _cell(row.label, styles.cell)]
                    + [_cell(str(v), centre) for v in values] + [_cell(c.percent_done, centre)])
    from desktop_app.reports.texts import percent

    rows.append([_cell("", centre), _cell("Tổng cộng", styles.cell_group)]
                + [_cell(str(v), styles.cell_head) for v in totals]
                + [_cell(percent(totals[1] + totals[2], totals[0]), styles.cell_head)])
    return _table(rows, columns, width)


def target_table(targets: Sequence[TargetLine], styles: Styles, width: float) -> Table:
    rows: list[list[object]] = [_head(TARGET_COLUMNS, styles)]
    centre = styles.cell_centre
    for t in targets:
        rows.append([_cell(str(t.number), centre), _cell(t.name, styles.cell), _cell(t.measure, centre),
                     _cell(t.baseline_text, centre), _cell(t.target_text, centre),
                     _cell(number_text(t.value), centre), _cell(t.verdict_label, centre)])
    return _table(rows, TARGET_COLUMNS, width)
