"""Two windows (two connections) on one database edit the same task: the second save is refused and
merged by the clerk, never a silent overwrite. Runs on a SQLite file, and on the PostgreSQL server in
the PostgreSQL pass (the ``db_target`` fixture)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from desktop_app.services import audit
from desktop_app.services import tasks as task_service
from desktop_app.ui.models.tasks import CONTENT
from tests.ui.helpers import key, type_text

OUTPUT = 5
ORIGINAL = "Tổ chức hội nghị tôn vinh trí thức tiêu biểu"
FIRST = "Tổ chức hội nghị tôn vinh trí thức tiêu biểu cấp quận năm 2024"
SECOND = "Tổ chức hội nghị tôn vinh trí thức tiêu biểu, trao bằng khen"


@pytest.fixture
def two_windows(two_windows_on) -> tuple[object, object]:  # type: ignore[no-untyped-def]
    """Window A on the test's connection, window B on a second one to the same database."""
    return two_windows_on("tasks")  # type: ignore[no-any-return]


def _row(window, task_id: str) -> int:  # type: ignore[no-untyped-def]
    return int(window.view("tasks").model.row_of(task_id))


def _type_into(window, row: int, col: int, text: str) -> None:  # type: ignore[no-untyped-def]
    grid = window.view("tasks").grid
    window.activateWindow()
    grid.setFocus()
    grid.setCurrentIndex(grid.model().index(row, col))
    key(grid, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(editor, text)
    key(editor, Qt.Key.Key_Return)


def test_the_second_save_shows_the_first_value_and_the_merge_is_saved(two_windows, db, sample) -> None:  # type: ignore[no-untyped-def]
    first, second = two_windows
    task_id = sample.task_ids[1]
    model_a = first.view("tasks").model
    model_a.setData(model_a.index(_row(first, task_id), CONTENT), FIRST)
    assert task_service.get_task(db, task_id).content == FIRST

    _type_into(second, _row(second, task_id), CONTENT, SECOND)  # B still shows the original text
    controller = second.view("tasks").controller
    dialog = controller.merge_dialog
    assert dialog is not None and dialog.isVisible()
    assert list(dialog.rows) == ["content"]
    row = dialog.rows["content"]
    assert row.theirs_text.text() == FIRST and row.mine_text.text() == SECOND and row.mine.isChecked()
    assert row.theirs.text() == "Người khác đã lưu:" and row.result.text() == SECOND
    assert first.db.actor in dialog.findChild(QLabel, "intro").text()  # who saved first
    assert task_service.get_task(db, task_id).content == FIRST  # refused: nothing overwritten
    assert second.view("tasks").model.index(_row(second, task_id), CONTENT).data() == FIRST

    merged = f"{FIRST}, trao bằng khen"
    row.result.setText(merged)
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert task_service.get_task(db, task_id).content == merged
    assert second.view("tasks").model.index(_row(second, task_id), CONTENT).data() == merged

    edits = [(e.old_value, e.new_value) for e in audit.history(db, task_id) if e.field == "content"]
    assert edits[-2:] == [(ORIGINAL, FIRST), (FIRST, merged)]  # both saves are in the audit log

    second.stack.undo()  # the merge is one undo step, back to the value the other window saved
    assert task_service.get_task(db, task_id).content == FIRST


def test_keeping_theirs_leaves_what_was_typed_on_the_clipboard(two_windows, db, sample) -> None:  # type: ignore[no-untyped-def]
    first, second = two_windows
    task_id = sample.task_ids[1]
    model_a = first.view("tasks").model
    model_a.setData(model_a.index(_row(first, task_id), CONTENT), FIRST)
    model_b = second.view("tasks").model
    model_b.setData(model_b.index(_row(second, task_id), CONTENT), SECOND)

    dialog = second.view("tasks").controller.merge_dialog
    dialog.keep_button.click()
    assert task_service.get_task(db, task_id).content == FIRST
    assert model_b.index(_row(second, task_id), CONTENT).data() == FIRST
    assert SECOND in QApplication.clipboard().text()  # nothing typed is lost


def test_edits_of_different_fields_in_two_windows_are_both_kept(two_windows, db, sample) -> None:  # type: ignore[no-untyped-def]
    first, second = two_windows
    task_id = sample.task_ids[1]
    model_a = first.view("tasks").model
    model_a.setData(model_a.index(_row(first, task_id), OUTPUT), "Danh sách trí thức tiêu biểu")
    model_b = second.view("tasks").model
    model_b.setData(model_b.index(_row(second, task_id), CONTENT), SECOND)
    assert second.view("tasks").controller.merge_dialog is None  # no conflict to ask about
    stored = task_service.get_task(db, task_id)
    assert (stored.content, stored.output) == (SECOND, "Danh sách trí thức tiêu biểu")


def test_quick_edits_queued_in_one_window_are_no_conflict_with_itself(qtbot, db, sample, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window("tasks", threaded=True)  # a real DB thread: edits queue up behind each other
    view = window.view("tasks")
    qtbot.waitUntil(lambda: _row(window, sample.task_ids[1]) >= 0, timeout=5000)
    row = _row(window, sample.task_ids[1])
    view.model.setData(view.model.index(row, CONTENT), FIRST)
    view.model.setData(view.model.index(row, CONTENT), SECOND)  # typed before the first save came back
    window.runner.wait_idle()
    QApplication.processEvents()
    assert view.controller.merge_dialog is None
    assert task_service.get_task(db, sample.task_ids[1]).content == SECOND
