"""What every workbook the program writes shares: fonts, header style, widths, frozen header,
A4 page set-up, the hidden "Danh mục" sheet, an atomic save, and a cell writer that never lets
a string become a formula.

Formula injection (cells beginning with ``=``, ``+``, ``-``, ``@``, tab or CR)
------------------------------------------------------------------------------
Every ``str`` value is written as a *string cell* (``data_type = "s"``; openpyxl saves it as an
inline string, ``t="inlineStr"``). Excel and LibreOffice read a string cell as text and never
evaluate it, whatever it begins with — unlike CSV, an .xlsx cell carries its own type. A string
beginning with one of the trigger characters also gets the cell style flag ``quotePrefix``: the
invisible apostrophe Excel itself sets when one types ``'=1+1``. Nothing visible is added to the
value (the text reads back exactly as stored, so round trips stay lossless), and if a clerk opens
such a cell with F2 and presses Enter, Excel and LibreOffice keep it as text instead of turning it
into a formula. The alternative — prefixing a visible apostrophe or a space — changes the data.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from enum import Enum
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app.services.files import write_bytes

FONT_NAME = "Times New Roman"  # Nghị định 30/2020: Times New Roman, Unicode
BODY_SIZE = 12
TITLE_FONT = Font(name=FONT_NAME, size=14, bold=True)
SUBTITLE_FONT = Font(name=FONT_NAME, size=13, bold=True)
NOTE_FONT = Font(name=FONT_NAME, size=BODY_SIZE, italic=True)
HEADER_FONT = Font(name=FONT_NAME, size=BODY_SIZE, bold=True)
BODY_FONT = Font(name=FONT_NAME, size=BODY_SIZE)
GROUP_FONT = Font(name=FONT_NAME, size=BODY_SIZE, bold=True)
HEADER_FILL = PatternFill("solid", fgColor="D9E2F3")
GROUP_FILL = PatternFill("solid", fgColor="F2F2F2")
_THIN = Side(style="thin", color="808080")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)

DATE_FORMAT = "DD/MM/YYYY"
TEXT_FORMAT = "@"
EXCEL_MAX_CHARS = 32767  # Excel's limit for one cell
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # not allowed in the XML of a sheet

CATALOG_SHEET = "Danh mục"
META_KEYS = {"kind": "Loại mẫu", "plan_id": "Mã kế hoạch", "plan_ref": "Số, ký hiệu kế hoạch", "period": "Mã kỳ",
             "unit_id": "Mã đơn vị", "format": "Phiên bản mẫu"}
META_COLUMN = 5  # E: keys, F: values (columns A and C hold the drop-down lists)
FORMAT_VERSION = "1"


def cell_text(text: str) -> str:
    """A string as a cell can hold it: no XML-illegal control characters, at most 32,767 characters."""
    text = _ILLEGAL.sub("", text)
    if len(text) > EXCEL_MAX_CHARS:
        text = text[: EXCEL_MAX_CHARS - 1] + "…"
    return text


def write(ws: Worksheet, row: int, column: int, value: object, *, font: Font = BODY_FONT,
          alignment: Alignment = WRAP, number_format: str | None = None, border: bool = True) -> Cell:
    """Write one value safely: text as a string cell (never a formula), dates as dates."""
    cell: Cell = ws.cell(row=row, column=column)
    if isinstance(value, Enum):
        value = value.value
    if value is None:
        cell.value = None
    elif isinstance(value, str):
        text = cell_text(value)
        cell.value = text
        cell.data_type = "s"  # openpyxl would make "=…" a formula and "#N/A" an error value
        if text.startswith(FORMULA_TRIGGERS):
            cell.quotePrefix = True
    elif isinstance(value, bool):
        cell.value = "Có" if value else "Không"
        cell.data_type = "s"
    elif isinstance(value, datetime):
        cell.value = value.replace(tzinfo=None)
        cell.number_format = DATE_FORMAT + " HH:MM"
    elif isinstance(value, date):
        cell.value = value
        cell.number_format = DATE_FORMAT
    elif isinstance(value, (int, float)):
        cell.value = value
    elif isinstance(value, time):
        cell.value = value.isoformat()
        cell.data_type = "s"
    else:
        return write(ws, row, column, str(value), font=font, alignment=alignment, number_format=number_format,
                     border=border)
    if number_format is not None:
        cell.number_format = number_format
    cell.font = font
    cell.alignment = alignment
    if border:
        cell.border = BORDER
    return cell


def new_workbook(first_sheet: str) -> tuple[Workbook, Worksheet]:
    """A workbook stamped with the program and its version (File → Info in Excel shows them)."""
    from openpyxl.packaging.custom import StringProperty

    from desktop_app import APP_NAME, __version__

    wb = Workbook()
    wb.properties.creator = wb.properties.lastModifiedBy = f"{APP_NAME} {__version__}"
    wb.properties.version = __version__
    wb.custom_doc_props.append(StringProperty(name=APP_VERSION_PROPERTY, value=__version__))
    ws = wb.active
    assert ws is not None
    ws.title = first_sheet
    return wb, ws


APP_VERSION_PROPERTY = "plantrack_version"


def title_rows(ws: Worksheet, lines: Sequence[tuple[str, Font]], width: int, first_row: int = 1) -> int:
    """Lines of text across the first ``width`` columns; returns the next free row."""
    row = first_row
    for text, font in lines:
        write(ws, row, 1, text, font=font, alignment=Alignment(horizontal="center", vertical="center",
                                                                  wrap_text=True), border=False)
        if width > 1:
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
        ws.row_dimensions[row].height = 20 if len(text) < 110 else 36
        row += 1
    return row


def header_row(ws: Worksheet, row: int, headers: Sequence[str], *, freeze: bool = True) -> None:
    """Bold, shaded, bordered header; the panes frozen under it; repeated on every printed page."""
    for column, text in enumerate(headers, start=1):
        cell = write(ws, row, column, text, font=HEADER_FONT, alignment=CENTRE)
        cell.fill = HEADER_FILL
    ws.row_dimensions[row].height = 32
    if freeze:
        ws.freeze_panes = f"A{row + 1}"
    ws.print_title_rows = f"{row}:{row}"


def set_widths(ws: Worksheet, widths: Iterable[float], hidden: Iterable[int] = ()) -> None:
    for column, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(column)].width = width
    for column in hidden:
        ws.column_dimensions[get_column_letter(column)].hidden = True


def fitted_widths(headers: Sequence[str], rows: Iterable[Sequence[object]], low: float = 6,
                  high: float = 60) -> list[float]:
    """Widths from the longest line in each column, within [low, high] characters."""
    longest = [max((len(w) for w in str(h).split()), default=0) + 2 for h in headers]
    for row in rows:
        for index, value in enumerate(row[: len(longest)]):
            if value is None:
                continue
            text = value.strftime("%d/%m/%Y") if isinstance(value, date) else str(value)
            size = max((len(line) for line in text.splitlines()), default=0) + 2
            longest[index] = max(longest[index], size)
    return [min(high, max(low, float(n))) for n in longest]


def a4_landscape(ws: Worksheet) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left, ws.page_margins.right = 0.79, 0.59  # ≈ 20 mm / 15 mm
    ws.page_margins.top = ws.page_margins.bottom = 0.79


def catalog_sheet(wb: Workbook, lists: dict[str, Sequence[str]], meta: dict[str, str]) -> dict[str, str]:
    """The hidden sheet holding the drop-down lists (one column each: A, C, …) and what the
    template is for (kind, plan id, period, as key/value pairs in E:F).

    Returns, per list name, the absolute range a list data validation can refer to.
    """
    ws = wb.create_sheet(CATALOG_SHEET)
    ranges: dict[str, str] = {}
    for index, (name, values) in enumerate(lists.items()):
        column = 1 + 2 * index
        write(ws, 1, column, name, font=HEADER_FONT, border=False)
        for row, value in enumerate(values, start=2):
            write(ws, row, column, value, border=False)
        letter = get_column_letter(column)
        ranges[name] = f"'{CATALOG_SHEET}'!${letter}$2:${letter}${max(2, len(values) + 1)}"
        ws.column_dimensions[letter].width = 45
    write(ws, 1, META_COLUMN, "Thông tin mẫu (không sửa)", font=HEADER_FONT, border=False)
    for row, (key, value) in enumerate(meta.items(), start=2):
        write(ws, row, META_COLUMN, META_KEYS.get(key, key), border=False)
        write(ws, row, META_COLUMN + 1, value, border=False)
    write(ws, len(meta) + 2, META_COLUMN, META_KEYS["format"], border=False)
    write(ws, len(meta) + 2, META_COLUMN + 1, FORMAT_VERSION, border=False)
    ws.sheet_state = "hidden"
    return ranges


def read_meta(wb: Workbook) -> dict[str, str]:
    """The key/value pairs :func:`catalog_sheet` wrote (empty for a workbook made elsewhere)."""
    if CATALOG_SHEET not in wb.sheetnames:
        return {}
    ws = wb[CATALOG_SHEET]
    labels = {label: key for key, label in META_KEYS.items()}
    found: dict[str, str] = {}
    for row in range(2, 12):
        label = ws.cell(row=row, column=META_COLUMN).value
        value = ws.cell(row=row, column=META_COLUMN + 1).value
        if isinstance(label, str) and label in labels and isinstance(value, str):
            found[labels[label]] = value.strip()
    return found


def save(wb: Workbook, path: str | Path) -> Path:
    """Write the workbook to a temporary file next to ``path``, then rename: never a half file."""
    target = Path(path)
    packed = io.BytesIO()
    wb.save(packed)
    return write_bytes(target, packed.getvalue())  # a full disk: "Ổ đĩa đã đầy", nothing left behind
