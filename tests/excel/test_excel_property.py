"""Malformed workbooks (hypothesis): every one ends in a summary or a ValidationError naming the
problem — never another exception, never a partial write."""

from __future__ import annotations

import contextlib
import os
import unicodedata
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop_app.db.models import AuditEntry, TaskGroup
from desktop_app.exchange.excel.importer import ExcelImportSummary, import_progress, import_tasks
from desktop_app.exchange.excel.templates import progress_template, task_template
from desktop_app.services.database import Database
from desktop_app.services.errors import ValidationError
from tests.excel.excel_support import PERIOD, counts, make_filled

SPECIAL = [
    "31/02/2024", "29/02/2023", "00/00/0000", "31/12/24", "31-12-2024", "2024-02-30", "15/13/2024",
    "Phòng Nọi vụ", "Phòng Nội vụ", "phong noi vu", "PNV", "Phòng Nội vụ; Phòng Y tế", ";;;",
    "Hoàn thành", "Đang thực hiện", "Tạm dừng", "xong", "Hằng năm 31/02", "Hằng năm 15/12", "Hằng quý",
    "Thường xuyên", "1", "1.1", "I", "II", "2.3", "99.99", "150", "-5", "75%", "0,5", "",
    "   ", "=1+1", "=SUM(A1:A2)", "+84 912", "@x", "#N/A", "#REF!", "😀" * 50, "A" * 10_000,
    "Đ" * 10_000, unicodedata.normalize("NFD", "Tổ chức hội nghị quán triệt Nghị quyết"),
    unicodedata.normalize("NFD", "Phòng Nội vụ"), "KÕ ho¹ch thùc hiÖn", "Keá hoaïch thöïc hieän",
    "not-a-uuid", "00000000-0000-0000-0000-000000000000", "Nội dung nhiệm vụ", "Tình trạng", "STT",
    "Mã (không sửa)", "Mã nhiệm vụ (không sửa)", "Đơn vị báo cáo",
]
EXAMPLES = int(os.environ.get("EXCEL_PROPERTY_EXAMPLES", "80"))  # ran with 1,500 once
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40)
VALUES = st.one_of(
    st.none(), st.sampled_from(SPECIAL), TEXT,
    st.integers(-10**6, 10**6), st.floats(allow_nan=False, allow_infinity=False, width=32), st.booleans(),
    st.dates(min_value=date(1900, 3, 1), max_value=date(2200, 12, 31)),
    st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(2200, 12, 31)),
    st.times(), st.just(time(12, 0)),
)


@st.composite
def edits(draw: st.DrawFn) -> dict[str, Any]:
    return {
        "cells": draw(st.lists(st.tuples(st.integers(1, 20), st.integers(1, 14), VALUES), max_size=12)),
        "merges": draw(st.lists(st.tuples(st.integers(1, 20), st.integers(1, 13), st.integers(0, 3),
                                          st.integers(0, 2)), max_size=3)),
        "drop_sheet": draw(st.booleans()) and draw(st.booleans()),
        "clear": draw(st.integers(0, 9)) == 0,
        "extra_empty_sheet": draw(st.booleans()),
        "hidden_sheet_gone": draw(st.integers(0, 4)) == 0,
    }


@st.composite
def scratch(draw: st.DrawFn) -> list[list[list[Any]]]:
    """Workbooks typed from scratch: sheets of random rows, sometimes with a known header."""
    sheets = []
    for _ in range(draw(st.integers(0, 3))):
        rows = draw(st.lists(st.lists(VALUES, max_size=9), max_size=8))
        if draw(st.booleans()):
            header = draw(st.sampled_from([
                ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Sản phẩm"],
                ["TT", "Nội dung", "Đơn vị", "Tình trạng", "% hoàn thành", "Ngày hoàn thành", "Kết quả"],
                ["Tình trạng"], ["Nội dung nhiệm vụ", "Nội dung nhiệm vụ", "Mã (không sửa)"]]))
            rows.insert(draw(st.integers(0, len(rows))), header)
        sheets.append(rows)
    return sheets


def _mutated(base: Path, target: Path, change: dict[str, Any]) -> Path:
    wb = openpyxl.load_workbook(base)
    ws = wb.worksheets[0]
    top = 5
    if change["clear"]:
        for row in ws.iter_rows():
            for cell in row:
                if not isinstance(cell, openpyxl.cell.cell.MergedCell):
                    cell.value = None
    for r, c, value in change["cells"]:
        cell = ws.cell(top + r, c)
        if not isinstance(cell, openpyxl.cell.cell.MergedCell):
            cell.value = value
    for r, c, down, across in change["merges"]:
        with contextlib.suppress(ValueError):  # overlapping ranges
            ws.merge_cells(start_row=top + r, start_column=c, end_row=top + r + down, end_column=c + across)
    if change["extra_empty_sheet"]:
        wb.create_sheet("Trống", 0)
    if change["hidden_sheet_gone"] and "Danh mục" in wb.sheetnames:
        del wb["Danh mục"]
    if change["drop_sheet"] and len(wb.sheetnames) > 1:
        del wb[wb.sheetnames[-1] if change["extra_empty_sheet"] else wb.sheetnames[0]]
    if all(sheet.sheet_state != "visible" for sheet in wb.worksheets):
        wb.worksheets[0].sheet_state = "visible"  # a workbook needs one visible sheet
    wb.save(target)
    return target


def _typed(sheets: list[list[list[Any]]], target: Path) -> Path:
    wb = openpyxl.Workbook()
    if sheets:
        wb.remove(wb.active)
    for index, rows in enumerate(sheets):
        ws = wb.create_sheet(f"Trang {index + 1}")
        for row in rows:
            ws.append(row)
    wb.save(target)
    return target


def _check(db: Database, call: Any, name: str) -> None:
    before = counts(db)
    with db.read() as session:
        last = session.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).limit(1)) or 0
    try:
        summary = call()
    except ValidationError as exc:
        event("refused: " + ("row problems" if "dòng" in exc.problems[0].where else exc.problems[0].message[:30]))
        assert exc.problems and all(p.message.strip() for p in exc.problems)
        assert counts(db) == before, "a refused file must leave the database untouched"
        return
    assert isinstance(summary, ExcelImportSummary)
    event(f"imported: {'changed' if summary.changed else 'no change'}")
    with db.read() as session:
        sources = set(session.scalars(select(AuditEntry.source).where(AuditEntry.seq > last)))
        assert sources <= {f"import:{name}"}
        for group in session.scalars(select(TaskGroup)):
            assert [t.position for t in group.tasks] == list(range(1, len(group.tasks) + 1))
        positions = sorted(g.position for g in session.scalars(select(TaskGroup)))
        assert positions == list(range(1, len(positions) + 1))


@pytest.mark.sqlite_only("many examples against one database file")
@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(change=st.one_of(edits().map(lambda e: ("edit", e)), scratch().map(lambda s: ("scratch", s))),
       which=st.sampled_from(["tasks", "progress"]))
def test_malformed_workbooks_never_crash_nor_half_write(db: Database, tmp_path: Path, change: tuple[str, Any],
                                                        which: str) -> None:
    if not counts(db)["task"]:
        make_filled(db)
    plan = "215/KH-UBND"
    base = tmp_path / f"base-{which}.xlsx"
    if not base.exists():
        if which == "tasks":
            task_template(db, plan, base)
        else:
            progress_template(db, plan, PERIOD, base)
    target = tmp_path / "thu.xlsx"
    kind, payload = change
    path = _mutated(base, target, payload) if kind == "edit" else _typed(payload, target)
    if which == "tasks":
        _check(db, lambda: import_tasks(db, path, plan), path.name)
    else:
        _check(db, lambda: import_progress(db, path, plan, PERIOD), path.name)
