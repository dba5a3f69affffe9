"""Paste from Word: a seed's task paragraphs previewed, edited and added as one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop_app.services import tasks as task_service
from tests.seeds import BA_DINH, _seed
from tests.ui.helpers import key

NUMBERED = """III. NHIỆM VỤ, GIẢI PHÁP
1. Tiếp tục nâng cao nhận thức về vị trí, vai trò của đội ngũ trí thức
- Đổi mới nội dung, phương thức tuyên truyền, vận động trí thức;
- Kịp thời lắng nghe, giải quyết tâm tư, nguyện vọng của trí thức.
2. Tăng cường nguồn lực xây dựng đội ngũ trí thức
a) Khuyến khích các trường học, bệnh viện liên kết, hợp tác quốc tế;
b) Huy động nguồn xã hội hóa để phát triển giáo dục và đào tạo.
"""


def test_paste_seed_paragraphs_shows_preview_and_adds_tasks(window, db, sample, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = window.view("tasks")
    QGuiApplication.clipboard().setText(_seed(BA_DINH, "Trong đó, quận Ba Đình đổi mới tư duy", "Quỳnh Chi"))
    view.grid.setFocus()
    key(view.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = view.paste_dialog
    assert dialog.isVisible()
    groups = dialog.result_groups()
    assert len(groups) == 1 and len(groups[0][1]) == 7
    assert "Bỏ qua 2 dòng" in dialog.summary.text()
    # edit the group title in the preview, untick the last task
    group = dialog.model.item(0)
    group.setText("Phát huy vai trò của đội ngũ trí thức")
    group.child(6).setCheckState(Qt.CheckState.Unchecked)
    dialog.accept()
    titles = [g.title for g in task_service.list_groups(db, sample.plan_id)]
    assert titles[-1] == "Phát huy vai trò của đội ngũ trí thức"
    added = [t for t in task_service.list_tasks(db, sample.plan_id) if t.number.startswith("3.")]
    assert len(added) == 6 and added[0].content.startswith("Trong đó, quận Ba Đình")
    window.stack.undo()
    assert len(task_service.list_groups(db, sample.plan_id)) == 2


def test_paste_numbered_section_detects_groups_and_promote(window, db, sample) -> None:  # type: ignore[no-untyped-def]
    view = window.view("tasks")
    QGuiApplication.clipboard().setText(NUMBERED)
    view.paste_text()
    dialog = view.paste_dialog
    assert [(title[:20], len(tasks)) for title, tasks in dialog.result_groups()] == [
        ("Tiếp tục nâng cao nh", 2), ("Tăng cường nguồn lực", 2)]
    # make the second task of group 2 a group of its own
    dialog.preview.setCurrentIndex(dialog.model.item(1).child(1).index())
    dialog.promote()
    assert [len(t) for _, t in dialog.result_groups()] == [2, 1, 0]
    dialog.demote()
    assert [len(t) for _, t in dialog.result_groups()] == [2, 2]
    dialog.accept()
    numbers = [t.number for t in task_service.list_tasks(db, sample.plan_id)]
    assert numbers[-4:] == ["3.1", "3.2", "4.1", "4.2"]
