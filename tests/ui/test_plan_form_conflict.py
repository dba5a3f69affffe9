"""Two windows (two connections) on one database edit the same plan in the plan form: the second
save is refused and merged by the clerk, never a silent overwrite; different fields are both kept.
Runs on a SQLite file, and on the PostgreSQL server in the PostgreSQL pass (``db_target``)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from desktop_app.services import audit
from desktop_app.services import plans as plan_service
from tests.ui.helpers import key, type_text

ORIGINAL = "KH-UBND"


@pytest.fixture
def two_forms(two_windows_on) -> tuple[object, object]:  # type: ignore[no-untyped-def]
    """The plan form of window A (the test's connection) and of window B (a second connection)."""
    return two_windows_on("plans")  # type: ignore[no-any-return]


def _type(window, field: str, text: str) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    QTest.qWaitForWindowActive(window, 2000)  # keys go to the window the clerk switched to
    widget = window.view("plans").form.fields[field]
    widget.setFocus()
    widget.selectAll()
    type_text(widget, text)
    key(widget, Qt.Key.Key_Return)


def test_the_second_save_shows_the_first_value_and_the_merge_is_saved(two_forms, db, sample) -> None:  # type: ignore[no-untyped-def]
    first, second = two_forms
    _type(first, "symbol", "KH-UBND-1")
    assert plan_service.get_plan(db, sample.plan_id).symbol == "KH-UBND-1"

    _type(second, "symbol", "KH-UBND-2")  # B still shows the original symbol
    form = second.view("plans").form
    dialog = form.merge_dialog
    assert dialog is not None and dialog.isVisible()
    assert list(dialog.rows) == ["symbol"]
    row = dialog.rows["symbol"]
    assert (row.theirs_text.text(), row.mine_text.text()) == ("KH-UBND-1", "KH-UBND-2") and row.mine.isChecked()
    assert first.db.actor in dialog.findChild(QLabel, "intro").text()
    assert plan_service.get_plan(db, sample.plan_id).symbol == "KH-UBND-1"  # refused: nothing overwritten
    assert form.fields["symbol"].text() == "KH-UBND-1"  # the form shows what is stored

    row.result.setText("KH-UBND-3")
    dialog.save_button.click()
    assert plan_service.get_plan(db, sample.plan_id).symbol == "KH-UBND-3"
    assert form.fields["symbol"].text() == "KH-UBND-3"
    edits = [(e.old_value, e.new_value) for e in audit.history(db, sample.plan_id) if e.field == "symbol"]
    assert edits[-2:] == [(ORIGINAL, "KH-UBND-1"), ("KH-UBND-1", "KH-UBND-3")]  # both saves are logged

    second.stack.undo()  # the merge is one undo step, back to the value the other window saved
    assert plan_service.get_plan(db, sample.plan_id).symbol == "KH-UBND-1"
    assert form.fields["symbol"].text() == "KH-UBND-1"


def test_keeping_theirs_leaves_what_was_typed_on_the_clipboard(two_forms, db, sample) -> None:  # type: ignore[no-untyped-def]
    first, second = two_forms
    _type(first, "end_year", "2035")
    _type(second, "end_year", "2040")
    dialog = second.view("plans").form.merge_dialog
    dialog.keep_button.click()
    assert plan_service.get_plan(db, sample.plan_id).end_year == 2035
    assert second.view("plans").form.fields["end_year"].text() == "2035"
    assert "2040" in QApplication.clipboard().text()


def test_edits_of_different_fields_in_two_windows_are_both_kept(two_forms, db, sample) -> None:  # type: ignore[no-untyped-def]
    first, second = two_forms
    _type(first, "symbol", "KH-UBND-1")
    _type(second, "number", "138")
    assert second.view("plans").form.merge_dialog is None
    stored = plan_service.get_plan(db, sample.plan_id)
    assert (stored.number, stored.symbol) == ("138", "KH-UBND-1")
