"""Two windows (two connections) on one database edit the same unit's progress in a period: the
second save is refused and merged by the clerk, never a silent overwrite, also when the unit had not
reported yet and the other window created the record first. Runs on a SQLite file, and on the
PostgreSQL server in the PostgreSQL pass (the ``db_target`` fixture)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from desktop_app.services import audit
from desktop_app.services import progress as progress_service
from desktop_app.ui.models.progress import FIELD_COLUMN
from tests.ui.helpers import key, type_text

PERIOD = "2024-Y"
TODAY = date(2024, 12, 10)
FIRST = "Đã tổ chức hội nghị tôn vinh 45 trí thức tiêu biểu"
SECOND = "Đã lập danh sách trí thức được khen thưởng"


def _show_period(window) -> None:  # type: ignore[no-untyped-def]
    view = window.view("progress")
    view.today = TODAY
    view.period.setCurrentIndex(view.period.findData(PERIOD))
    view.reload()


@pytest.fixture
def two_windows(two_windows_on) -> tuple[object, object]:  # type: ignore[no-untyped-def]
    """Window A on the test's connection, window B on a second one; both show the same period."""
    first, second = two_windows_on("progress")
    _show_period(first)
    _show_period(second)
    return first, second


def _key(sample) -> str:  # type: ignore[no-untyped-def]
    return f"{sample.task_ids[1]}:{sample.unit_ids['NV']}"


def _set(window, sample, field: str, text: str) -> None:  # type: ignore[no-untyped-def]
    model = window.view("progress").model
    model.setData(model.index(model.row_of(_key(sample)), FIELD_COLUMN[field]), text)


def _shown(window, sample, field: str) -> str:  # type: ignore[no-untyped-def]
    model = window.view("progress").model
    return str(model.index(model.row_of(_key(sample)), FIELD_COLUMN[field]).data())


def _type_into(window, sample, field: str, text: str) -> None:  # type: ignore[no-untyped-def]
    view = window.view("progress")
    window.activateWindow()
    view.grid.setFocus()
    view.grid.setCurrentIndex(view.proxy.index(view.model.row_of(_key(sample)), FIELD_COLUMN[field]))
    key(view.grid, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(editor, text)
    key(editor, Qt.Key.Key_Return)


def _stored(db, sample) -> progress_service.StoredProgress:  # type: ignore[no-untyped-def]
    stored = progress_service.stored_progress(db, sample.task_ids[1], sample.unit_ids["NV"], PERIOD)
    assert stored is not None
    return stored


def test_a_first_report_typed_after_another_window_created_it_is_merged(two_windows, db, sample) -> None:  # type: ignore[no-untyped-def]
    first, second = two_windows
    assert _shown(second, sample, "result") == ""  # neither window has a record for the row yet
    _set(first, sample, "result", FIRST)
    assert _stored(db, sample).values["result"] == FIRST

    _type_into(second, sample, "result", SECOND)  # B still shows the row as not reported
    dialog = second.view("progress").editor.merge_dialog
    assert dialog is not None and dialog.isVisible()
    assert list(dialog.rows) == ["result"]
    row = dialog.rows["result"]
    assert row.theirs_text.text() == FIRST and row.mine_text.text() == SECOND and row.mine.isChecked()
    assert first.db.actor in dialog.findChild(QLabel, "intro").text()  # who saved first
    assert _stored(db, sample).values["result"] == FIRST  # refused: nothing overwritten
    assert _shown(second, sample, "result") == FIRST  # the grid shows what is stored

    merged = f"{FIRST}; {SECOND}"
    row.result.setText(merged)
    dialog.save_button.click()
    assert not dialog.isVisible()
    stored = _stored(db, sample)
    assert stored.values["result"] == merged
    assert _shown(second, sample, "result") == merged

    history = audit.history(db, stored.id)
    assert [(e.action, e.source) for e in history] == [("create", "test"), ("update", "ui")]
    assert FIRST in (history[0].new_value or "")  # both saves are in the audit log
    assert (history[1].field, history[1].old_value, history[1].new_value) == ("result", FIRST, merged)

    second.stack.undo()  # the merge is one undo step, back to the value the other window saved
    assert _stored(db, sample).values["result"] == FIRST
    second.stack.redo()
    assert _stored(db, sample).values["result"] == merged


def test_keeping_theirs_leaves_what_was_typed_on_the_clipboard(two_windows, db, sample) -> None:  # type: ignore[no-untyped-def]
    first, second = two_windows
    _set(first, sample, "percent", "40")
    for window in (first, second):  # both show the record now
        window.view("progress").reload()
    _set(first, sample, "percent", "60")
    _set(second, sample, "percent", "75")

    dialog = second.view("progress").editor.merge_dialog
    assert dialog.rows["percent"].theirs_text.text() == "60" and dialog.rows["percent"].mine_text.text() == "75"
    dialog.keep_button.click()
    assert _stored(db, sample).values["percent"] == 60
    assert _shown(second, sample, "percent") == "60"
    assert "75" in QApplication.clipboard().text()  # nothing typed is lost
    second.stack.undo()  # the refused edit left nothing to undo on the other window's record
    assert _stored(db, sample).values["percent"] == 60


def test_edits_of_different_fields_in_two_windows_are_both_kept(two_windows, db, sample) -> None:  # type: ignore[no-untyped-def]
    first, second = two_windows
    _set(first, sample, "percent", "40")  # creates the record
    _set(second, sample, "result", SECOND)  # B saw no record: saved on the one A created
    assert second.view("progress").editor.merge_dialog is None  # no conflict to ask about
    stored = _stored(db, sample)
    assert (stored.values["percent"], stored.values["result"]) == (40, SECOND)
    _set(first, sample, "difficulties", "Thiếu kinh phí")  # A still shows its own version
    assert first.view("progress").editor.merge_dialog is None
    stored = _stored(db, sample)
    assert (stored.values["percent"], stored.values["result"], stored.values["difficulties"]) == (
        40, SECOND, "Thiếu kinh phí")


def test_undoing_a_first_report_edited_since_in_another_window_is_refused(two_windows, db, sample) -> None:  # type: ignore[no-untyped-def]
    first, second = two_windows
    _set(first, sample, "percent", "40")  # creates the record; its undo would delete it
    _set(second, sample, "result", SECOND)
    first.stack.undo()
    assert _stored(db, sample).values["result"] == SECOND  # the other window's work is not deleted


def test_quick_edits_queued_in_one_window_are_no_conflict_with_itself(qtbot, db, sample, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window("progress", threaded=True)  # a real DB thread: edits queue up behind each other
    view = window.view("progress")
    window.runner.wait_idle()  # the plan's own kind of period is chosen on opening: before ours
    QApplication.processEvents()
    _show_period(window)
    qtbot.waitUntil(lambda: view.model.row_of(_key(sample)) >= 0, timeout=5000)
    _set(window, sample, "result", FIRST)  # creates the record
    _set(window, sample, "result", SECOND)  # typed before the first save came back
    window.runner.wait_idle()
    QApplication.processEvents()
    assert view.period_code() == PERIOD and view.editor.merge_dialog is None
    assert _stored(db, sample).values["result"] == SECOND
