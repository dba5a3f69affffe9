"""Helpers for the Excel tests: a sample plan with progress, table counts, and cell editing by header."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import text

from desktop_app.services import units
from desktop_app.services.database import Database
from tests.sample_data import Sample, make_sample, record_sent

TABLES = ("task_group", "task", "task_coordinator", "progress", "audit_entry")
PERIOD = "2024-Q2"


@dataclass
class Filled:
    sample: Sample
    period: str = PERIOD


def make_filled(db: Database) -> Filled:
    """The shared sample plan, plus a start date, an output and Q2 progress from two units."""
    sample = make_sample(db)
    from desktop_app.services import tasks

    tasks.update_task(db, sample.task_ids[0], output="Các bài viết, tin tuyên truyền", start_on=date(2024, 6, 20))
    tasks.update_task(db, sample.task_ids[2], coordinating_unit_ids=[sample.pnv, sample.ubnd])
    record_sent(db, sample.task_ids[0], sample.pnv, PERIOD, status="done", percent=100,
                             completed_on=date(2024, 6, 1), result="Đã đăng 12 tin bài\n=SUM(A1:A3)",
                             difficulties="-", proposals="@ban chỉ đạo", references="+84 24 3823")
    record_sent(db, sample.task_ids[0], sample.pgd, PERIOD, status="in_progress", percent=40,
                             result="Đang phối hợp")
    record_sent(db, sample.task_ids[2], sample.pgd, PERIOD, status="suspended",
                             difficulties="Thiếu kinh phí")
    return Filled(sample)


def counts(db: Database) -> dict[str, int]:
    with db.read() as session:
        return {t: int(session.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar_one()) for t in TABLES}


def same_units(source: Database, target: Database) -> None:
    """The units of ``source`` created again in ``target`` (new ids, same names and tree)."""
    made: dict[str, str] = {}
    pending = units.list_units(source)
    while pending:
        rest = []
        for u in pending:
            if u.parent_id is not None and u.parent_id not in made:
                rest.append(u)
                continue
            made[u.id] = units.create_unit(target, u.name, u.code, u.kind,
                                           parent_id=made.get(u.parent_id or ""), active=u.active).id
        pending = rest


def header_map(ws: Worksheet) -> tuple[int, dict[str, int]]:
    for row in ws.iter_rows(min_row=1, max_row=30):
        names = {str(c.value): c.column for c in row if isinstance(c.value, str)}
        if "STT" in names:
            return row[0].row, names
    raise AssertionError("no header row")


def rows_by_number(ws: Worksheet) -> dict[str, int]:
    header, names = header_map(ws)
    column = names["STT"]
    return {str(ws.cell(r, column).value): r for r in range(header + 1, ws.max_row + 1)
            if ws.cell(r, column).value is not None}


def edit(path: Path, changes: dict[tuple[str, str], object], sheet: str | None = None,
         target: Path | None = None) -> Path:
    """Set cells found by (STT or "row:N", header) and save (to ``target`` or in place); text is
    written as text, as a clerk types it."""
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet] if sheet else wb.worksheets[0]
    _, names = header_map(ws)
    numbers = rows_by_number(ws)
    for (where, header), value in changes.items():
        row = int(where.removeprefix("row:")) if where.startswith("row:") else numbers[where]
        cell = ws.cell(row, names[header])
        cell.value = value
        if isinstance(value, str):
            cell.data_type = "s"  # typed text, even "=…" (openpyxl would make it a formula)
    out = target or path
    wb.save(out)
    return out


def find_row(path: Path, number: str, unit: str | None = None) -> int:
    """The row of a task (by STT) and, in a progress template, of one unit."""
    ws = openpyxl.load_workbook(path).worksheets[0]
    header, names = header_map(ws)
    for r in range(header + 1, ws.max_row + 1):
        if ws.cell(r, names["STT"]).value == number and (
                unit is None or ws.cell(r, names["Đơn vị báo cáo"]).value == unit):
            return r
    raise AssertionError(f"no row {number} {unit}")
