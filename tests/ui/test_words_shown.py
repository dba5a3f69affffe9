"""Words on screen are current and whole (issue 15, item 8): English counts agree with their
number, grid titles and review states are not cut, problems and reminders do not go stale."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop_app.domain.schedule import Schedule
from desktop_app.services import progress as progress_service
from desktop_app.services import review as review_service
from desktop_app.services import tasks as task_service
from desktop_app.ui.models.progress import FIELD_COLUMN
from tests.ui.helpers import focused, press, type_text


@pytest.fixture
def language(qapp):  # type: ignore[no-untyped-def]
    from desktop_app.ui import i18n

    app = qapp  # pytest-qt's application, also when this is the worker's first Qt test
    yield lambda code: i18n.install(app, code)
    i18n.install(app, "vi")


def _progress(window, period: str = "2024-Y"):  # type: ignore[no-untyped-def]
    view = window.view("progress")
    view.today = date(2024, 12, 10)
    view.period.setCurrentIndex(view.period.findData(period))
    view.reload()
    return view


def test_english_counts_agree_with_their_number(language, make_window, db, sample) -> None:  # type: ignore[no-untyped-def]
    language("en")
    for task_id in sample.task_ids[1:]:
        task_service.delete_task(db, task_id)
    window = make_window("progress")
    view = _progress(window)
    assert view.proxy.rowCount() == 1
    assert view.summary.text().startswith("1 row ·"), view.summary.text()
    task_service.add_task(db, sample.group_ids[0], "Một việc nữa", lead_unit_id=sample.unit_ids["NV"])
    view.reload()
    assert view.summary.text().startswith("2 rows ·"), view.summary.text()
    overview = window.view("overview")
    card = overview.cards["overdue"]
    card.set_value("1")
    assert card.text().endswith("1\noverdue task") or card.text().split("\n")[1] == "overdue task", card.text()
    card.set_value("3")
    assert card.text().split("\n")[1] == "overdue tasks"


@pytest.mark.parametrize("language_code", ["vi", "en"])
def test_titles_and_review_states_are_whole(language, make_window, db, sample,
                                            language_code) -> None:  # type: ignore[no-untyped-def]
    language(language_code)
    ids = [progress_service.record_progress(db, t, u, "2024-Y", status="in_progress", percent=10)
           for t, u in ((sample.task_ids[0], sample.unit_ids["VH"]), (sample.task_ids[1], sample.unit_ids["NV"]))]
    review_service.submit(db, [getattr(i, "id", i) for i in ids])
    window = make_window("progress")
    view = _progress(window)
    grid = view.grid
    header = grid.horizontalHeader()
    for col in range(view.proxy.columnCount() - 1):
        assert header.sectionSize(col) >= header.sectionSizeFromContents(col).width(), \
            view.proxy.headerData(col, Qt.Orientation.Horizontal)
    state = FIELD_COLUMN["review_state"]
    assert view.proxy.rowCount() == 3
    assert grid.columnWidth(state) >= grid.sizeHintForColumn(state), view.proxy.index(0, state).data()  # not elided


def test_a_problem_goes_from_the_status_bar_once_put_right(window, db, sample) -> None:  # type: ignore[no-untyped-def]
    view = window.view("tasks")
    grid, model = view.grid, view.model
    row = model.row_of(sample.task_ids[0])
    grid.setFocus()
    grid.setCurrentIndex(model.index(row, 2))
    type_text(grid, "Phòng")
    from PySide6.QtWidgets import QApplication as App

    if App.activePopupWidget() is not None:
        press(Qt.Key.Key_Escape)
    press(Qt.Key.Key_Return)
    assert "khớp nhiều đơn vị" in window.statusBar().currentMessage()
    grid.setCurrentIndex(model.index(row, 2))
    type_text(grid, "tu phap")
    press(Qt.Key.Key_Return)
    assert task_service.get_task(db, sample.task_ids[0]).lead_unit_name == "Phòng Tư pháp"
    assert "khớp nhiều đơn vị" not in window.statusBar().currentMessage()
    assert focused() is grid


def test_the_reminder_is_refreshed_when_a_task_becomes_overdue(make_window, db, sample) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui import reminders

    window = make_window("tasks")
    reminders.set_last_seen(window.target, date(2024, 11, 1))
    bar = reminders.install(window, today=date(2024, 11, 25))
    assert "1 nhiệm vụ mới quá hạn" in bar.text.text(), bar.text.text()  # 1.2, due 20/11/2024
    task_service.update_task(db, sample.task_ids[2], schedule=Schedule.once(date(2024, 11, 15)))
    window.runner.changed.emit(frozenset({"tasks"}))  # what a save through the window announces
    bar._again.timeout.emit()  # the pause after a change is over
    assert "2 nhiệm vụ mới quá hạn" in bar.text.text(), bar.text.text()
    assert bar.result.since == date(2024, 11, 1)  # still since the last opening, not since the refresh


@pytest.mark.sqlite_only("the window is opened again on its database file")
def test_the_language_changes_without_a_restart(qtbot, db_path, sample, language) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui import menus, settings
    from desktop_app.ui.app import Session, make_app

    make_app()
    settings.settings().clear()
    session = Session()
    session.start(str(db_path))
    first = session.window
    qtbot.waitUntil(lambda: first.db is not None, timeout=10000)
    assert first.nav.item(0).text() == "Kế hoạch"
    try:
        menus._language(first, "en")
        second = session.window
        assert second is not first and second.isVisible() and not first.isVisible()
        assert [second.nav.item(i).text() for i in range(2)] == ["Plans", "Tasks"]
        assert second.view("tasks").model.headerData(1, Qt.Orientation.Horizontal) == "Task"
        menus._language(second, "vi")
        assert session.window.nav.item(0).text() == "Kế hoạch"
    finally:
        settings.set_language("vi")
        session.window.runner.shutdown()
        if session.db is not None:
            session.db.close()


def test_an_undone_paste_is_not_still_announced(window, db, sample) -> None:  # type: ignore[no-untyped-def]
    view = window.view("tasks")
    from desktop_app.ui.dialogs.paste import PasteDialog

    dialog = PasteDialog("III. NHIỆM VỤ, GIẢI PHÁP\n1. Nhóm dán\n1.1. Tổ chức việc A\n1.2. Tổ chức việc B", view,
                         directory=[])
    view._add_pasted(dialog)
    assert "Đã thêm 1 nhóm, 2 nhiệm vụ" in window.statusBar().currentMessage()
    assert len(task_service.list_tasks(db, sample.plan_id)) == 5
    view.grid.setFocus()
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(task_service.list_tasks(db, sample.plan_id)) == 3
    assert window.statusBar().currentMessage().startswith("Đã hoàn tác: Dán 2 nhiệm vụ")
    press(Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage().startswith("Đã làm lại: Dán 2 nhiệm vụ")
