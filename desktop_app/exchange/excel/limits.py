"""A workbook is checked before openpyxl loads it whole: a 2 MB .xlsx can hold millions of cells.

First its zip parts (declared sizes, compression ratio, duplicate names: exchange/bounded.py),
then its cells are counted in openpyxl's read-only (streaming) mode, stopping at ``MAX_CELLS``.
"""

from __future__ import annotations

import warnings
import zipfile
from pathlib import Path

from openpyxl import load_workbook

from desktop_app.exchange.bounded import check_sizes
from desktop_app.services.errors import ValidationError

MAX_CELLS = 500_000  # 20,000 rows of 25 columns; the templates have 12


def check_workbook(file: Path, where: str) -> None:
    """Refuse a workbook too big to load whole (ValidationError naming ``where``)."""
    try:
        with zipfile.ZipFile(file) as archive:
            check_sizes(archive, where)
    except (zipfile.BadZipFile, OSError, EOFError):
        return  # not a zip: openpyxl says so in its own words
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        book = load_workbook(file, read_only=True, data_only=True)
    try:
        cells = 0
        for ws in book.worksheets:
            for row in ws.iter_rows(values_only=True):
                cells += len(row)
                if cells > MAX_CELLS:
                    limit = f"{MAX_CELLS:,}".replace(",", ".")
                    raise ValidationError.one(where, f"Tệp có hơn {limit} ô (trang '{ws.title}'); chương trình chỉ "
                                                     "đọc tệp đến chừng ấy ô, hãy chia thành nhiều tệp")
    finally:
        book.close()
