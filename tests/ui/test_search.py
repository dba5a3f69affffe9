"""The global search box: diacritics-insensitive, as you type, highlighted, Enter opens."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.ui.models.roles import ID_ROLE
from desktop_app.ui.widgets.search_box import highlight
from tests.ui.helpers import focused, key, type_text


def test_nang_cao_finds_nang_cao_as_you_type_highlighted(window, db, sample, qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.services import tasks as task_service

    task = task_service.add_task(db, sample.group_ids[1], "NÂNG CAO năng lực, trình độ của đội ngũ trí thức")
    window.show_view("units")
    box = window.search
    box.setFocus()
    type_text(box, "nang cao")
    qtbot.waitUntil(lambda: box.popup.isVisible(), timeout=2000)  # as you type, after a short pause
    hit = next(h for h in box.hits if h.id == task.id)
    assert hit.kind == "task" and hit.title == "Nhiệm vụ 2.2"
    row = box.hits.index(hit)
    label = box.popup.itemWidget(box.popup.item(row))
    mark = '<b style="background-color:#fff176">'
    assert f"{mark}NÂNG</b> {mark}CAO</b>" in label.text()
    box.popup.setCurrentRow(row)
    key(box, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.view("tasks")
    assert window.view("tasks").grid.currentIndex().data(ID_ROLE) == task.id


def test_search_finds_task_text_without_diacritics_and_opens_it(window, sample) -> None:  # type: ignore[no-untyped-def]
    box = window.search
    box.setFocus()
    type_text(box, "ton vinh tri thuc")
    key(focused(), Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.view("tasks")
    grid = window.view("tasks").grid
    assert grid.currentIndex().data(ID_ROLE) == sample.task_ids[1]


def test_highlight_marks_the_words_with_diacritics() -> None:
    mark = '<b style="background-color:#fff176">'
    expected = f"{mark}Nâng</b> {mark}cao</b> nhận thức về vai trò"
    assert highlight("Nâng cao nhận thức về vai trò", "nang cao") == expected
    assert highlight("Đẩy mạnh", "day") == f"{mark}Đẩy</b> mạnh"
    assert highlight("a < b", "b") == f"a &lt; {mark}b</b>"


def test_a_unit_hit_selects_the_unit_on_a_screen_not_yet_opened(make_window, sample, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window("tasks", threaded=True)  # reads arrive later, as in the real window
    box = window.search
    box.setFocus()
    type_text(box, "giao duc dao tao")
    qtbot.waitUntil(lambda: any(h.kind == "unit" for h in box.hits), timeout=3000)
    box.popup.setCurrentRow(next(i for i, h in enumerate(box.hits) if h.kind == "unit"))
    key(box, Qt.Key.Key_Return)
    view = window.view("units")
    assert window.pages.currentWidget() is view
    qtbot.waitUntil(lambda: view.current() is not None and view.current().id == sample.unit_ids["GD"], timeout=3000)
    assert view.tree.currentIndex().isValid()
