"""Paste from Word and open a plan file: the preview shows what every line became and why, the
clerk mends lines from the keyboard, Enter accepts, and the plan, tasks, units and deadlines are
in the database — added, and taken back, in one step."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop_app.domain.schedule import ScheduleKind
from desktop_app.services import plans as plan_service
from desktop_app.services import tasks as task_service
from desktop_app.ui.models.reading_lines import DEADLINE, KIND, LEAD, LINE
from tests.seeds import BA_DINH, _seed
from tests.ui.helpers import key, type_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
WARD = (FIXTURES / "reading" / "ward_digital_transformation.txt").read_text(encoding="utf-8")
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def _row(dialog, start: str) -> int:  # type: ignore[no-untyped-def]
    return next(i for i, line in enumerate(dialog.model.lines) if line.shown.startswith(start))


def test_paste_a_plan_mend_two_lines_by_keyboard_accept_with_enter(window, db, sample, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = window.view("tasks")
    QGuiApplication.clipboard().setText(WARD)
    view.grid.setFocus()
    key(view.grid, Qt.Key.Key_V, CTRL | Qt.KeyboardModifier.ShiftModifier)
    dialog = view.paste_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert QApplication.focusWidget() is dialog.preview  # not the text box: Enter must not add a newline
    assert "Đọc được 4 nhóm, 10 nhiệm vụ." in dialog.summary.text()
    # every line says what it became and why
    row = _row(dialog, "IV. TỔ CHỨC THỰC HIỆN")
    assert dialog.model.index(row, KIND).data() == "Tiêu đề mục"
    assert "tổ chức thực hiện" in dialog.model.lines[row + 1].reason
    # mend 1: "b) Hồ sơ chứng thực …" becomes a task of its own (Ctrl+2)
    dialog.preview.setCurrentIndex(dialog.model.index(_row(dialog, "b) Hồ sơ chứng thực"), LINE))
    key(dialog.preview, Qt.Key.Key_2, CTRL)
    assert "4 nhóm, 11 nhiệm vụ" in dialog.summary.text()
    # mend 2: "1.2. Phối hợp với Đoàn Thanh niên …" gets its lead unit typed in place (F2)
    task_row = _row(dialog, "1.2.")
    dialog.preview.setCurrentIndex(dialog.model.index(task_row, LEAD))
    key(dialog.preview, Qt.Key.Key_F2)
    type_text(QApplication.focusWidget(), "Công chức Văn hóa - Xã hội")
    key(QApplication.focusWidget(), Qt.Key.Key_Return)  # commits the cell, does not accept yet
    assert dialog.isVisible()
    assert dialog.model.index(task_row, LEAD).data() == "Công chức Văn hóa - Xã hội (đơn vị mới)"
    # and a deadline for 1.1 typed the same way
    dialog.preview.setCurrentIndex(dialog.model.index(_row(dialog, "1.1."), DEADLINE))
    key(dialog.preview, Qt.Key.Key_F2)
    type_text(QApplication.focusWidget(), "15/11/2025")
    key(QApplication.focusWidget(), Qt.Key.Key_Return)
    # Enter (not editing) accepts from the preview
    key(dialog.preview, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    tasks = {t.number: t for t in task_service.list_tasks(db, sample.plan_id)}
    groups = task_service.list_groups(db, sample.plan_id)
    assert [g.title for g in groups][-4:] == ["Nâng cao nhận thức về chuyển đổi số", "Phát triển hạ tầng và dữ liệu số",
                                              "Đẩy mạnh cung cấp dịch vụ công trực tuyến", "Bảo đảm an toàn thông tin"]
    first = len(groups) - 3  # number of the first pasted group
    assert tasks[f"{first}.1"].schedule.due == date(2025, 11, 15)
    assert tasks[f"{first}.2"].lead_unit_name == "Công chức Văn hóa - Xã hội"
    assert tasks[f"{first + 1}.1"].schedule == task_service.Schedule.once(date(2025, 9, 30))
    assert tasks[f"{first + 1}.3"].content.startswith("Hồ sơ chứng thực")
    assert tasks[f"{first + 3}.1"].schedule.kind == ScheduleKind.QUARTERLY
    assert tasks[f"{first + 2}.2"].lead_unit_name == "Văn phòng HĐND - UBND phường"
    assert tasks[f"{first + 2}.2"].coordinating_unit_names == ("Công an phường",)
    assert not any("theo dõi, đôn đốc" in t.content for t in tasks.values())
    window.stack.undo()  # one step takes all of it back
    assert len(task_service.list_groups(db, sample.plan_id)) == first - 1


def test_enter_in_the_text_box_adds_a_line_and_keys_mend_the_structure(window, sample, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = window.view("tasks")
    QGuiApplication.clipboard().setText(_seed(BA_DINH, "Trong đó, quận Ba Đình đổi mới tư duy", "Quỳnh Chi"))
    view.paste_text()
    dialog = view.paste_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert "1 nhóm, 7 nhiệm vụ" in dialog.summary.text()
    assert "Bỏ qua 2 dòng" in dialog.summary.text()
    dialog.source.setFocus()
    before = dialog.source.toPlainText().count("\n")
    key(dialog.source, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.source.toPlainText().count("\n") == before + 1
    dialog.reparse()
    dialog.preview.setFocus()
    dialog.preview.setCurrentIndex(dialog.model.index(_row(dialog, "Quận Ba Đình xác định"), LINE))
    key(dialog.preview, Qt.Key.Key_Left, ALT)  # outdent: task → group
    assert [len(t) for _, t in dialog.result_groups()] == [1, 5]  # the line is now the group title
    key(dialog.preview, Qt.Key.Key_Right, ALT)  # indent back: group → task
    key(dialog.preview, Qt.Key.Key_M, CTRL)  # merge with the line above
    assert [len(t) for _, t in dialog.result_groups()] == [6]
    key(dialog.preview, Qt.Key.Key_K, CTRL)  # split again after its first sentence
    assert [len(t) for _, t in dialog.result_groups()] == [7]
    key(dialog.preview, Qt.Key.Key_Space)  # untick
    assert [len(t) for _, t in dialog.result_groups()] == [6]
    key(dialog.preview, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_open_a_docx_plan_as_a_complete_draft_plan_accepted_in_one_step(window, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.plan_reading import open_plan_file

    before = len(plan_service.list_plans(db))
    open_plan_file(window, str(FIXTURES / "plans" / "10_docx_bullets_header_table.docx"))
    dialog = window.plan_file_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert "Kế hoạch: Triển khai Đề án 06" in dialog.summary.text()
    key(dialog.preview, Qt.Key.Key_Return)
    plans = plan_service.list_plans(db)
    assert len(plans) == before + 1
    plan = next(p for p in plans if p.title == "Triển khai Đề án 06 trên địa bàn phường năm 2025")
    assert (plan.number, plan.symbol) == ("87", "KH-UBND")
    tasks = task_service.list_tasks(db, plan.id)
    assert len(tasks) == 4 and tasks[0].lead_unit_name == "Công an phường"
    assert tasks[0].schedule.due == date(2025, 8, 31)
    window.stack.undo()
    assert len(plan_service.list_plans(db)) == before


def test_a_unit_written_differently_is_matched_to_the_directory_on_request(window, db, sample, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = window.view("tasks")
    QGuiApplication.clipboard().setText(
        "II. NHIỆM VỤ\n1. Tuyên truyền về chuyển đổi số\n"
        "- Giao Phòng Văn hoá - Thông tin chủ trì, phối hợp với Phòng Tư pháp tổ chức hội nghị; quý II/2025.\n"
        "- Giao Phòng Kinh tế chủ trì rà soát hồ sơ.\n")
    view.paste_text()
    dialog = view.paste_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.preview)
    row = _row(dialog, "- Giao Phòng Văn hoá")
    assert dialog.model.index(row, LEAD).data() == "Phòng Văn hoá - Thông tin ≈ Phòng Văn hóa và Thông tin?"
    assert dialog.model.index(row + 1, LEAD).data() == "Phòng Kinh tế (đơn vị mới)"
    assert "Ctrl+G" in dialog.summary.text()
    dialog.preview.setCurrentIndex(dialog.model.index(row, LINE))
    key(dialog.preview, Qt.Key.Key_G, CTRL)
    assert dialog.model.index(row, LEAD).data() == "Phòng Văn hóa và Thông tin"
    key(dialog.preview, Qt.Key.Key_Return)
    added = task_service.list_tasks(db, sample.plan_id)[-2:]
    assert added[0].lead_unit_id == sample.unit_ids["VH"] and added[0].coordinating_unit_names == ("Phòng Tư pháp",)
    assert added[0].schedule.due == date(2025, 6, 30)
    assert added[1].lead_unit_name == "Phòng Kinh tế"  # created in the directory with the plan's words


def test_tcvn3_text_is_read_converted_and_the_conversion_offered(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.reading.encodings import to_tcvn3

    view = window.view("tasks")
    QGuiApplication.clipboard().setText(to_tcvn3(WARD))
    view.paste_text()
    dialog = view.paste_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert "TCVN3" in dialog.encoding_note.text() and dialog.convert_button.isVisible()
    assert "4 nhóm, 10 nhiệm vụ" in dialog.summary.text()
    assert dialog.model.lines[2].text.startswith("Tổ chức tuyên truyền về chuyển đổi số")
    dialog.convert_button.click()
    assert dialog.source.toPlainText().startswith("III. NHIệM Vụ")  # upper case with a tone: .VnTimeH
    assert "phát triển hạ tầng và dữ liệu số" in dialog.source.toPlainText().lower()
    assert not dialog.convert_button.isVisible()
    key(dialog.preview, Qt.Key.Key_Escape)


def test_a_wrong_deadline_is_refused_with_a_sentence_and_the_recurrence_is_chosen(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QComboBox

    from desktop_app.ui.models.reading_lines import RECURRENCE

    view = window.view("tasks")
    QGuiApplication.clipboard().setText(WARD)
    view.paste_text()
    dialog = view.paste_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.preview)
    row = _row(dialog, "2.1.")
    dialog.preview.setCurrentIndex(dialog.model.index(row, DEADLINE))
    key(dialog.preview, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(editor, "31/13/2025")
    key(editor, Qt.Key.Key_Return)
    assert "không phải một ngày" in dialog.summary.text() and dialog.isVisible()
    assert dialog.model.index(row, DEADLINE).data() == "30/09/2025"  # kept
    dialog.preview.setCurrentIndex(dialog.model.index(row, RECURRENCE))
    key(dialog.preview, Qt.Key.Key_F2)
    box = QApplication.focusWidget()
    assert isinstance(box, QComboBox)
    box.setCurrentIndex(box.findText("Hằng quý"))
    key(box, Qt.Key.Key_Return)
    assert dialog.model.tasks[row].recurrence == "quarterly"
    key(dialog.preview, Qt.Key.Key_Escape)


def test_tab_leaves_the_preview_for_the_full_text_and_comes_back(window, sample, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Found by the clerk session (issue 15): Tab walked the preview's 60-odd cells and Ctrl+Tab did
    nothing, so the full-text box under it (a line's text edited, Ctrl+K split at the cursor) and
    the text on the left were out of the keyboard's reach. Arrow keys move between cells; Tab goes
    preview → full text → buttons → the pasted text, and Shift+Tab comes back."""
    view = window.view("tasks")
    QGuiApplication.clipboard().setText(WARD)
    view.paste_text()
    dialog = view.paste_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    dialog.preview.setFocus()
    row = _row(dialog, "1.1.")
    dialog.preview.setCurrentIndex(dialog.model.index(row, LINE))
    key(dialog.preview, Qt.Key.Key_Right)  # arrows still move between cells
    assert dialog.preview.currentIndex().column() == KIND
    key(dialog.preview, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.detail
    cursor = dialog.detail.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    dialog.detail.setTextCursor(cursor)
    type_text(dialog.detail, " Xong")
    key(dialog.detail, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)  # back: the edit is kept
    assert QApplication.focusWidget() is dialog.preview
    assert dialog.model.lines[row].text.endswith(" Xong")
    focused = []
    for _ in range(4):
        key(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused.append(QApplication.focusWidget())
    assert focused[:3] == [dialog.detail, dialog.ok, dialog.buttons.button(dialog.buttons.StandardButton.Cancel)]
    assert focused[3] is dialog.source
    key(dialog.source, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)  # a Tab here is a tab; Shift+Tab leaves
    assert QApplication.focusWidget() is focused[2]
    key(focused[2], Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_what_is_typed_in_the_full_text_right_after_the_pasted_text_is_kept(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The pasted text is re-read a moment after it changes; a clerk who has already moved on to a
    line's full text and types there must not see it replaced by that late re-reading."""
    from desktop_app.ui.dialogs.paste import PasteDialog

    dialog = PasteDialog("III. NHIỆM VỤ, GIẢI PHÁP\n1. Nhóm một\n1.1. Tổ chức việc một", window, directory=[])
    dialog.show()
    dialog.source.setFocus()
    dialog.source.moveCursor(dialog.source.textCursor().MoveOperation.End)
    type_text(dialog.source, "\n1.2. Tổ chức việc hai")
    dialog.detail.setFocus()  # at once, as a fast typist does
    type_text(dialog.detail, " ngay")
    typed = dialog.detail.toPlainText()
    assert " ngay" in typed
    qtbot.wait(600)  # past the re-reading's delay
    assert dialog.detail.toPlainText() == typed
    dialog.reject()
