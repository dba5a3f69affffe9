"""Every editor takes Vietnamese as Unikey / EVKey send it (issue 15, "Vietnamese input methods").

The events are what the methods send in "backspace" mode, computed with the ``bogo`` engine
(tests/ui/ime.py): a letter, then backspaces and the replacement for each hat or tone. They are
posted to the window all at once, the way they arrive while a cell editor is still opening, and
Qt hands each to whatever has the focus when its turn comes. 1,000 words in Telex and in VNI;
every field must then hold exactly the intended NFC text."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.services import plans as plan_service
from desktop_app.services import tasks as task_service
from desktop_app.ui.models.tasks import CONTENT
from tests.ui.helpers import focused, press
from tests.ui.ime import events_for, words

METHODS = ("telex", "vni")
NO_MOD = Qt.KeyboardModifier.NoModifier
OUTPUT = 5  # the task grid's "Sản phẩm" column: free text


def _key_of(ch: str) -> Qt.Key:
    return Qt.Key(ord(ch.upper())) if (ch.isascii() and ch.isalnum()) or ch == " " else Qt.Key.Key_unknown


def post(window: QWidget, word: str, method: str, nfd: bool = False) -> None:
    """Post what the method sends for ``word`` to the window, then let Qt deliver it."""
    handle = window.windowHandle()
    for kind, ch in events_for(word, method, nfd):
        key, text = (Qt.Key.Key_Backspace, "\b") if kind == "backspace" else (_key_of(ch or ""), ch or "")
        for event_type in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.postEvent(handle, QKeyEvent(event_type, key, NO_MOD, text))
    QApplication.processEvents()
    QApplication.processEvents()


def _nfc(word: str) -> str:
    return unicodedata.normalize("NFC", word)


def test_the_replay_is_what_the_methods_send() -> None:
    assert len(words()) == 1000
    assert sum(1 for w in words() if w[0] in "đĐ") >= 20
    assert sum(1 for w in words() if w[0] in "ưƯơƠ") >= 10
    sent = list(events_for("đường", "telex"))
    assert sent[:3] == [("char", "d"), ("backspace", None), ("char", "đ")]
    assert list(events_for("ở", "vni")) == [("char", "o"), ("backspace", None), ("char", "ơ"),
                                            ("backspace", None), ("char", "ở")]


@pytest.mark.slow
@pytest.mark.parametrize("method", METHODS)
def test_grid_cells_hold_every_word(window, db, sample, method) -> None:  # type: ignore[no-untyped-def]
    view = window.view("tasks")
    grid, model = view.grid, view.model
    row = model.row_of(sample.task_ids[1])
    grid.setFocus()
    wrong = []
    for word in words():
        grid.setCurrentIndex(model.index(row, OUTPUT))  # an empty cell: the first key opens the editor
        post(window, word, method)
        editor = focused()
        if editor is grid or editor.text() != _nfc(word):  # type: ignore[attr-defined]
            wrong.append((word, getattr(editor, "text", lambda: "<no editor>")()))
        press(Qt.Key.Key_Escape)
    assert wrong == []
    # and saved: a word sent decomposed (NFD) reaches the database as NFC
    grid.setCurrentIndex(model.index(row, OUTPUT))
    post(window, "Báo cáo đánh giá ưu điểm", method, nfd=True)
    press(Qt.Key.Key_Return)
    assert task_service.get_task(db, sample.task_ids[1]).output == "Báo cáo đánh giá ưu điểm"


@pytest.mark.parametrize("method", METHODS)
def test_new_tasks_starting_with_d_u_o_in_the_empty_row(window, db, sample, method) -> None:  # type: ignore[no-untyped-def]
    view = window.view("tasks")
    grid, model = view.grid, view.model
    grid.setFocus()
    typed = [w for w in words() if w[0] in "đĐưƯơƠ"][:25]
    for word in typed:
        grid.setCurrentIndex(model.index(model.rowCount() - 1, CONTENT))  # "+ Gõ để thêm nhiệm vụ mới…"
        post(window, word, method)
        press(Qt.Key.Key_Return)
    contents = [t.content for t in task_service.list_tasks(db, sample.plan_id)][3:]
    assert contents == [_nfc(w) for w in typed]


@pytest.mark.parametrize("method", METHODS)
def test_unit_cells_by_input_method(window, db, sample, method) -> None:  # type: ignore[no-untyped-def]
    view = window.view("tasks")
    grid, model = view.grid, view.model
    grid.setFocus()
    for task_id, name in zip(sample.task_ids, ("Phòng Tư pháp", "Phòng Y tế", "Phòng Giáo dục và Đào tạo"),
                             strict=True):
        grid.setCurrentIndex(model.index(model.row_of(task_id), CONTENT + 1))
        post(window, name, method)
        press(Qt.Key.Key_Tab)
        assert task_service.get_task(db, task_id).lead_unit_name == name


@pytest.mark.slow
@pytest.mark.parametrize("method", METHODS)
def test_plan_form_search_box_and_merge_dialog_hold_every_word(make_window, db, sample, method,
                                                               qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.dialogs.merge import MergeDialog, MergeField

    window = make_window("plans")
    form = window.view("plans").form
    title, symbol = form.fields["title"], form.fields["symbol"]
    search = window.search
    field = MergeField("output", "Sản phẩm", "a", "b", "a", "b", True)
    merge = MergeDialog("Nhiệm vụ 1.1", [field], "Lan", datetime.now(UTC), lambda _f, t: t, window)
    merge.show()
    result = merge.rows["output"].result
    wrong = []
    for widget in (title, symbol, search, result):
        widget.window().activateWindow()
        for word in words():
            widget.clear()
            widget.setFocus()
            post(widget.window(), word, method)
            if widget.text() != _nfc(word):
                wrong.append((widget.objectName(), word, widget.text()))
    merge.reject()
    assert wrong == []
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    title.clear()
    title.setFocus()
    post(window, "Đẩy mạnh ứng dụng công nghệ thông tin", method, nfd=True)
    press(Qt.Key.Key_Tab)
    assert plan_service.get_plan(db, sample.plan_id).title == "Đẩy mạnh ứng dụng công nghệ thông tin"


def test_no_single_key_shortcut_a_telex_or_vni_key_could_fire(window) -> None:  # type: ignore[no-untyped-def]
    """Letters and digits are typing under Telex (s f r x j w …) and VNI (1–9): no shortcut may be
    one of them alone or with Shift."""
    bad = []
    for obj in [*window.findChildren(QAction), *window.findChildren(QShortcut)]:
        keys = obj.shortcuts() if isinstance(obj, QAction) else [obj.key()]
        for sequence in keys:
            if sequence.count() != 1:
                continue
            combo = sequence[0]
            mods = combo.keyboardModifiers() & ~Qt.KeyboardModifier.ShiftModifier & ~Qt.KeyboardModifier.KeypadModifier
            key = combo.key()
            if mods == NO_MOD and (Qt.Key.Key_0 <= key <= Qt.Key.Key_9 or Qt.Key.Key_A <= key <= Qt.Key.Key_Z
                                   or key == Qt.Key.Key_BracketLeft or key == Qt.Key.Key_BracketRight):
                bad.append((obj.text() if isinstance(obj, QAction) else obj.objectName(),
                            sequence.toString(QKeySequence.SequenceFormat.PortableText)))
    assert bad == []


@pytest.mark.slow
@pytest.mark.parametrize("method", METHODS)
def test_the_paste_dialog_holds_every_word(window, method) -> None:  # type: ignore[no-untyped-def]
    """The pasted-text box and the line's full-text box of the paste preview (a clerk types into
    them to mend a plan before accepting it)."""
    from desktop_app.ui.dialogs.paste import PasteDialog

    dialog = PasteDialog("III. NHIỆM VỤ, GIẢI PHÁP\n1. Nhóm một\n1.1. Tổ chức việc một", window, directory=[])
    dialog.show()
    wrong = []
    try:
        for widget in (dialog.source, dialog.detail):
            dialog.activateWindow()
            for word in words():
                widget.setFocus()  # leaving the pasted text re-reads it and fills the line's box
                widget.clear()
                post(dialog, word, method)
                if unicodedata.normalize("NFC", widget.toPlainText()) != _nfc(word):
                    wrong.append((widget.objectName(), word, widget.toPlainText()))
    finally:
        dialog.reject()
    assert wrong == []
