""""Ghi văn bản sửa đổi, bổ sung…" on the plan screen, driven from the keyboard on a real SQLite
file: the amending document and its changes (a deadline moved, a task dropped, one added) are
recorded as one operation; a refused amendment leaves the database as it was."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from desktop_app.db.models import Document, TaskRevision
from desktop_app.services import revisions
from desktop_app.services.database import Database
from desktop_app.ui.dialogs.amendment import CONTENT, DEADLINE, LEAD
from desktop_app.ui.models.roles import ERROR_ROLE
from tests.ui.helpers import focused, key, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _open(qtbot, window):  # type: ignore[no-untyped-def]
    view = window.view("plans")
    view.table.setFocus()
    key(view.table, Qt.Key.Key_A, CTRL | SHIFT)
    dialog = view.amendment_dialog
    assert dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return view, dialog


def _document(dialog, effective: str) -> None:  # type: ignore[no-untyped-def]
    """Number, dates, issuer, summary: typed field after field, Tab between them."""
    assert focused() is dialog.reference
    for text in ("150/KH-UBND", "20/06/2025", effective, "UBND quận Ba Đình",
                 "Sửa đổi, bổ sung Kế hoạch số 137/KH-UBND"):
        type_text(focused(), text)
        key(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.table


def _go(dialog, number: str, column: int) -> None:  # type: ignore[no-untyped-def]
    """Arrow keys to a task's cell, as a clerk would."""
    table = dialog.table
    table.setFocus()
    target = dialog.row_of(number)
    while table.currentIndex().row() != target:
        key(table, Qt.Key.Key_Down if table.currentIndex().row() < target else Qt.Key.Key_Up)
    while table.currentIndex().column() != column:
        key(table, Qt.Key.Key_Right if table.currentIndex().column() < column else Qt.Key.Key_Left)


def _type_cell(dialog, text: str) -> None:  # type: ignore[no-untyped-def]
    type_text(dialog.table, text)  # typing opens the editor on the current cell
    key(focused(), Qt.Key.Key_Return)
    QApplication.processEvents()


def _counts(db: Database) -> tuple[int, int]:
    with db.read() as s:
        return (s.scalar(select(func.count()).select_from(Document)) or 0,
                s.scalar(select(func.count()).select_from(TaskRevision)) or 0)


def test_record_an_amendment_from_the_keyboard(qtbot, make_window, db, sample) -> None:  # type: ignore[no-untyped-def]
    window = make_window("plans")
    tasks_view = window.view("tasks")
    assert tasks_view.model.task_count() == 3
    view, dialog = _open(qtbot, window)
    _document(dialog, "01/07/2025")
    _go(dialog, "1.2", DEADLINE)
    _type_cell(dialog, "31/12/2025")
    assert dialog.cell(dialog.row_of("1.2"), DEADLINE) == "31/12/2025"
    assert dialog.model.item(dialog.row_of("1.2"), DEADLINE).background().color().name() == "#fff3c4"
    assert dialog.model.item(dialog.row_of("1.2"), CONTENT).background().style() == Qt.BrushStyle.NoBrush
    _go(dialog, "2.1", CONTENT)
    key(dialog.table, Qt.Key.Key_Delete, CTRL)
    assert dialog.model.item(dialog.row_of("2.1"), CONTENT).font().strikeOut()
    _go(dialog, "1.1", CONTENT)
    key(dialog.table, Qt.Key.Key_Insert)  # a new task at the end of group 1, its content being typed
    row = dialog.row_of("1.3")
    assert dialog.table.currentIndex().row() == row
    type_text(focused(), "Xây dựng cơ sở dữ liệu trí thức")
    key(focused(), Qt.Key.Key_Return)
    _go(dialog, "1.3", LEAD)
    _type_cell(dialog, "Phòng Nội vụ")
    assert dialog.cell(row, CONTENT) == "Xây dựng cơ sở dữ liệu trí thức"
    assert "bổ sung 1, bãi bỏ 1, sửa đổi 1" in dialog.summary.text()
    key(dialog.table, Qt.Key.Key_Return, CTRL)

    assert not dialog.isVisible(), dialog.problem.text()
    assert "Kế hoạch số 150/KH-UBND ngày 20/06/2025" in view.amendments.text()
    assert tasks_view.model.task_count() == 4  # the task grid re-read the plan
    before = revisions.plan_as_of(db, sample.plan_id, date(2025, 6, 30))
    after = revisions.plan_as_of(db, sample.plan_id, date(2025, 7, 1))
    assert [(v.number, v.schedule.due) for v in before] == [("1.1", None), ("1.2", date(2024, 11, 20)),
                                                            ("2.1", None)]
    assert [(v.number, v.content, v.schedule.due) for v in after] == [
        ("1.1", "Tuyên truyền, phổ biến Nghị quyết 45-NQ/TW đến cán bộ, đảng viên", None),
        ("1.2", "Tổ chức hội nghị tôn vinh trí thức tiêu biểu", date(2025, 12, 31)),
        ("1.3", "Xây dựng cơ sở dữ liệu trí thức", None)]
    assert after[2].lead_unit_id == sample.unit_ids["NV"]
    assert {v.document_id for v in after[1:]} == {dialog.recorded.id}

    view.compare_button.click()
    compare = view.compare_dialog
    rows = {compare.cell(r, 0): (compare.cell(r, 1), compare.cell(r, 3)) for r in range(compare.table.rowCount())}
    assert rows == {"1.2": ("Sửa đổi", "Thời hạn: 20/11/2024 → 31/12/2025"), "1.3": ("Bổ sung", ""),
                    "2.1": ("Bãi bỏ", "")}


def test_a_refused_amendment_writes_nothing(qtbot, make_window, db, sample) -> None:  # type: ignore[no-untyped-def]
    window = make_window("plans")
    view, dialog = _open(qtbot, window)
    before = _counts(db)
    _document(dialog, "01/01/2024")  # before the plan was issued (04/05/2024)
    _go(dialog, "2.1", CONTENT)
    key(dialog.table, Qt.Key.Key_Delete, CTRL)
    _go(dialog, "1.1", DEADLINE)
    _type_cell(dialog, "31/12/2025")
    key(dialog.table, Qt.Key.Key_Return, CTRL)
    assert dialog.isVisible()
    assert "Có hiệu lực từ ngày" in dialog.problem.text() and "04/05/2024" in dialog.problem.text()
    assert _counts(db) == before
    assert "Chưa có văn bản sửa đổi" in view.amendments.text()

    # an unknown unit in an added task: the row and the column are named, still nothing written
    dialog.effective.setFocus()
    dialog.effective.selectAll()
    type_text(dialog.effective, "01/07/2025")
    dialog.table.setFocus()
    _go(dialog, "1.2", CONTENT)
    key(dialog.table, Qt.Key.Key_Insert)
    type_text(focused(), "Việc mới")
    key(focused(), Qt.Key.Key_Return)
    _go(dialog, "1.3", LEAD)
    _type_cell(dialog, "Phòng Không Có")
    key(dialog.table, Qt.Key.Key_Return, CTRL)
    assert dialog.isVisible()
    assert "Nhiệm vụ bổ sung 1.3, Đơn vị chủ trì" in dialog.problem.text()
    assert _counts(db) == before

    # Ctrl+Delete on the added row takes it back out; the amendment then goes through
    _go(dialog, "1.3", CONTENT)
    key(dialog.table, Qt.Key.Key_Delete, CTRL)
    assert "bổ sung 0, bãi bỏ 1, sửa đổi 1" in dialog.summary.text()
    key(dialog.table, Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible(), dialog.problem.text()
    assert _counts(db) == (before[0] + 1, before[1] + 4)  # document; original + amended of 1.1 and 2.1


def test_typed_units_and_deadlines_are_written_as_the_plan_writes_them(qtbot, make_window, sample) -> None:  # type: ignore[no-untyped-def]
    window = make_window("plans")
    _view, dialog = _open(qtbot, window)
    row = dialog.row_of("1.2")
    _go(dialog, "1.2", LEAD)
    _type_cell(dialog, "noi vu")  # the unit it already has: not a change
    assert dialog.cell(row, LEAD) == "Phòng Nội vụ"
    assert "sửa đổi 0" in dialog.summary.text()
    _go(dialog, "1.2", DEADLINE)
    _type_cell(dialog, "hang quy")
    assert dialog.cell(row, DEADLINE) == "Hằng quý"
    assert "bổ sung 0, bãi bỏ 0, sửa đổi 1" in dialog.summary.text()
    _go(dialog, "1.2", DEADLINE)
    _type_cell(dialog, "ngày mai")
    assert "Nhiệm vụ 1.2, Thời hạn" in dialog.problem.text()
    assert dialog.model.item(row, DEADLINE).data(ERROR_ROLE)
