"""Tables of the PDF, drawn from the neutral grids of reports/grids.py.

One table per list with its header row repeated at the top of each page. Rows split between rows:
a row that does not fit moves whole to the next page (with the header repeated above it there);
only a row taller than a whole page is split inside. A group's title row is kept with its first
task, and a heading before a table is kept with the table's first rows (``keep_with_table``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table, TableStyle

from desktop_app.reports.grids import Grid
from desktop_app.reports.pdf.styles import Styles, markup

GRID = colors.black
HEAD_BG = colors.HexColor("#f2f2f2")
PADDING = (3.0, 3.0, 2.0, 3.0)  # left, right, top, bottom (pt): the DOCX uses the same


class PagedTable(Table):
    """A Table that never splits a row that would fit on a page of its own.

    reportlab's in-row split (``splitInRow``) also runs on the remainder of a table on the page
    where the first part ended, which put a repeated header row in the middle of a page above the
    top half of a split row. Here a row moves whole to the next page unless it (with the header) is
    taller than the frame, the only case where splitting inside it is needed.
    """

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        self._calc(availWidth, availHeight)
        parts: list[Any] = self._splitRows(availHeight, doInRowSplit=0)
        if len(parts) == 2 and isinstance(parts[0]._cellvalues[-1][0], GroupNumber):
            # a group's title row does not end a page: it goes over with its first task
            kept = len(parts[0]._cellvalues) - 1
            parts = ([] if kept <= self._repeat()
                     else self._splitRows(sum(self._rowHeights[:kept]) + 0.01, doInRowSplit=0))
        if parts:
            return parts
        frame = getattr(self, "_frame", None)
        if frame is None:
            return []
        page = frame._y2 - frame._y1 - frame._topPadding - frame._bottomPadding
        heights = self._rowHeights
        row = min(self._repeat(), len(heights) - 1)  # the first row after the header did not fit
        last = min(row + 1, len(heights) - 1) if isinstance(self._cellvalues[row][0], GroupNumber) else row
        if sum(heights[:self._repeat()]) + sum(heights[row:last + 1]) <= page:
            return []  # the row fits on the next page: move it there whole
        return list(self._splitRows(availHeight, doInRowSplit=1))

    def _repeat(self) -> int:
        return self.repeatRows if isinstance(self.repeatRows, int) else 0


class GroupNumber(str):
    """The STT cell of a group's title row (how a table part knows where groups begin)."""


def _style(extra: Sequence[tuple[object, ...]] = ()) -> TableStyle:
    left, right, top, bottom = PADDING
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("LEFTPADDING", (0, 0), (-1, -1), left),
        ("RIGHTPADDING", (0, 0), (-1, -1), right),
        ("TOPPADDING", (0, 0), (-1, -1), top),
        ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
    ]
    commands += extra
    return TableStyle(commands)


def _cell(text: str, style: ParagraphStyle) -> Paragraph:
    # line breaks inside a cell become <br/>
    return Paragraph(markup(text).replace("\n", "<br/>"), style)


def grid_table(grid: Grid, styles: Styles, width: float) -> PagedTable:
    """The grid as a PDF table: bold header, bold group and total rows.

    No spanned cells: spans make reportlab recompute span ranges on every page split, which
    doubles the time of a 2,000-row appendix. STT is a plain string (no wrapping needed).
    """
    head: list[object] = [Paragraph(markup(c.title), styles.cell_head) for c in grid.columns]
    rows: list[list[object]] = [head]
    cell, group = styles.cell, styles.cell_group
    extra: list[tuple[object, ...]] = [("FONT", (0, 1), (0, -1), cell.fontName, cell.fontSize, cell.leading),
                                       ("ALIGN", (0, 1), (0, -1), "CENTER")]
    for row in grid.rows:
        index = len(rows)
        out: list[object] = [GroupNumber(row.cells[0]) if row.kind == "group" else row.cells[0]]
        for column, text in zip(grid.columns[1:], row.cells[1:], strict=True):
            if row.bold:
                style = styles.cell_head if column.centre else group
            else:
                style = styles.cell_centre if column.centre else cell
            out.append(_cell(text, style))
        rows.append(out)
        if row.bold:
            extra.append(("FONT", (0, index), (0, index), group.fontName, cell.fontSize, cell.leading))
    table = PagedTable(rows, colWidths=[c.width * width for c in grid.columns], repeatRows=1, splitByRow=1,
                       splitInRow=1, hAlign="CENTER")
    table.setStyle(_style(extra))
    return table


def keep_with_table(flowables: Sequence[Flowable], table: PagedTable, grid: Grid, width: float) -> list[Flowable]:
    """A heading (or title) followed by its table: a page break first unless the heading, the
    table's header row and its first rows (a group row and its first task) fit on this page."""
    need = 0.0
    for flowable in flowables:
        need += flowable.wrap(width, 10_000)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    values = table._cellvalues  # the header row, then rows
    first = 3 if len(grid.rows) > 1 and grid.rows[0].kind == "group" else 2
    probe = Table(values[:first], colWidths=table._argW)
    probe.setStyle(_style())
    need += probe.wrap(width, 10_000)[1]
    return [CondPageBreak(need), *flowables, table]

