"""The task grid as a clerk types fast (issue 15, items 1–4): every key lands where the clerk
expects, checked against the database and the screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.domain.kinds import UnitKind
from desktop_app.services import tasks as task_service
from desktop_app.services import units as unit_service
from desktop_app.ui.models.roles import ERROR_ROLE
from desktop_app.ui.models.tasks import CONTENT
from tests.ui.helpers import focused, key, press, type_text

LEAD = CONTENT + 1


def _tasks(db, plan_id):  # type: ignore[no-untyped-def]
    return [(t.number, t.content, t.lead_unit_name) for t in task_service.list_tasks(db, plan_id)]


def test_tab_after_a_new_task_goes_to_its_lead_unit(window, db, sample) -> None:  # type: ignore[no-untyped-def]
    view = window.view("tasks")
    grid, model = view.grid, view.model
    grid.setFocus()
    grid.setCurrentIndex(model.index(model.row_of(sample.task_ids[0]), CONTENT))
    key(grid, Qt.Key.Key_Insert)
    type_text(focused(), "Khảo sát đội ngũ trí thức")
    press(Qt.Key.Key_Tab)
    new = task_service.list_tasks(db, sample.plan_id)[1]
    assert (new.number, new.content) == ("1.2", "Khảo sát đội ngũ trí thức")
    current = grid.currentIndex()
    assert (current.row(), current.column()) == (model.row_of(new.id), LEAD)
    type_text(grid, "Phòng Nội vụ")
    press(Qt.Key.Key_Tab)
    assert task_service.get_task(db, new.id).lead_unit_name == "Phòng Nội vụ"
    assert len(task_service.list_tasks(db, sample.plan_id)) == 4  # no junk task "Phòng Nội vụ"
    # the same at the "new task" row at the end of the plan
    grid.setCurrentIndex(model.index(model.rowCount() - 1, CONTENT))
    type_text(grid, "Tổng kết")
    press(Qt.Key.Key_Tab)
    last = task_service.list_tasks(db, sample.plan_id)[-1]
    assert last.content == "Tổng kết"
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (model.row_of(last.id), LEAD)
    assert focused() is grid


def test_enter_after_a_new_group_name_goes_into_the_group(window, db, sample) -> None:  # type: ignore[no-untyped-def]
    view = window.view("tasks")
    grid, model = view.grid, view.model
    grid.setFocus()
    grid.setCurrentIndex(model.index(model.row_of(sample.group_ids[0]), CONTENT))
    key(grid, Qt.Key.Key_Insert, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    type_text(grid, "Đẩy mạnh chuyển đổi số")
    press(Qt.Key.Key_Return)
    type_text(grid, "Số hóa hồ sơ")
    press(Qt.Key.Key_Return)
    groups = [g.title for g in task_service.list_groups(db, sample.plan_id)]
    assert groups == ["Nâng cao nhận thức về vị trí, vai trò của đội ngũ trí thức", "Đẩy mạnh chuyển đổi số",
                      "Tăng cường quản lý nhà nước; đổi mới công tác đào tạo, bồi dưỡng"]
    assert ("2.1", "Số hóa hồ sơ", "") in _tasks(db, sample.plan_id)


def test_the_first_group_of_an_empty_plan_then_its_first_task(make_window, db, sample) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.services import plans as plan_service

    empty = plan_service.create_plan(db, "Kế hoạch trống", number="9", symbol="KH-UBND")
    window = make_window("tasks")
    view = window.view("tasks")
    view.picker.select(empty.id)
    grid, model = view.grid, view.model
    grid.setFocus()
    grid.setCurrentIndex(model.index(model.rowCount() - 1, CONTENT))
    type_text(grid, "Nhóm một")
    press(Qt.Key.Key_Return)
    type_text(grid, "Việc một")
    press(Qt.Key.Key_Return)
    assert [g.title for g in task_service.list_groups(db, empty.id)] == ["Nhóm một"]
    assert _tasks(db, empty.id) == [("1.1", "Việc một", "")]


def _two_offices(db, sample):  # type: ignore[no-untyped-def]
    names = ["Văn phòng HĐND và UBND quận Ba Đình", "Văn phòng HĐND và UBND phường Trúc Bạch"]
    for name in names:
        unit_service.create_unit(db, name, kind=UnitKind.OFFICE, parent_id=sample.unit_ids["quan"])
    return names


def test_unit_picker_down_enter_saves_the_suggestion_and_keeps_the_keyboard(make_window, db, sample,
                                                                            qtlog) -> None:  # type: ignore[no-untyped-def]
    names = _two_offices(db, sample)
    window = make_window("tasks")
    view = window.view("tasks")
    grid, model = view.grid, view.model
    row = model.row_of(sample.task_ids[1])
    grid.setFocus()
    grid.setCurrentIndex(model.index(row, LEAD))
    type_text(grid, "Văn phòng HĐND")
    popup = QApplication.activePopupWidget()
    assert popup is not None
    offered = [popup.model().index(i, 0).data() for i in range(popup.model().rowCount())]
    assert sorted(offered) == sorted(names)
    metrics = popup.fontMetrics()
    assert popup.width() > max(metrics.horizontalAdvance(n) for n in names)  # told apart on screen
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Down)
    chosen = popup.currentIndex().data()
    press(Qt.Key.Key_Return)
    assert task_service.get_task(db, sample.task_ids[1]).lead_unit_name == chosen
    assert not model.index(row, LEAD).data(ERROR_ROLE)
    assert not [r for r in qtlog.records if "commitData" in r.message]
    # the keyboard still works: Tab moves, F2 edits, typing edits
    assert focused() is grid
    grid.setCurrentIndex(model.index(row, LEAD))
    press(Qt.Key.Key_Tab)
    assert grid.currentIndex().column() == LEAD + 1
    press(Qt.Key.Key_F2)
    assert grid.state() == grid.State.EditingState
    press(Qt.Key.Key_Escape)
    grid.setCurrentIndex(model.index(row, 5))
    type_text(grid, "Báo cáo")
    press(Qt.Key.Key_Tab)
    assert task_service.get_task(db, sample.task_ids[1]).output == "Báo cáo"


def test_tab_on_a_highlighted_suggestion_takes_it(make_window, db, sample) -> None:  # type: ignore[no-untyped-def]
    names = _two_offices(db, sample)
    window = make_window("tasks")
    view = window.view("tasks")
    grid, model = view.grid, view.model
    grid.setFocus()
    grid.setCurrentIndex(model.index(model.row_of(sample.task_ids[2]), LEAD))
    type_text(grid, "truc bach")
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Tab)
    assert task_service.get_task(db, sample.task_ids[2]).lead_unit_name == names[1]
    assert grid.currentIndex().column() == LEAD + 1 and focused() is grid


def test_delete_clears_a_red_cell(window, db, sample) -> None:  # type: ignore[no-untyped-def]
    view = window.view("tasks")
    grid, model = view.grid, view.model
    row = model.row_of(sample.task_ids[0])
    grid.setFocus()
    for col, typed in ((6, "31/02/2024"), (LEAD, "Phòng"), (CONTENT, " ")):
        grid.setCurrentIndex(model.index(row, col))
        type_text(grid, typed)
        press(Qt.Key.Key_Return)
        assert model.index(row, col).data(ERROR_ROLE), col
        grid.setCurrentIndex(model.index(row, col))
        press(Qt.Key.Key_Delete)
        assert not model.index(row, col).data(ERROR_ROLE), col
        assert not view.problem.isVisible()
    saved = task_service.get_task(db, sample.task_ids[0])
    assert saved.start_on is None and saved.lead_unit_id is None  # emptied
    assert saved.content.startswith("Tuyên truyền")  # a task's content cannot be empty: kept
    assert model.index(row, CONTENT).data() == saved.content


def test_delete_in_an_open_cell_deletes_a_character(window, db, sample) -> None:  # type: ignore[no-untyped-def]
    view = window.view("tasks")
    grid, model = view.grid, view.model
    row = model.row_of(sample.task_ids[1])
    grid.setFocus()
    grid.setCurrentIndex(model.index(row, 5))
    type_text(grid, "Báo cáoX")
    press(Qt.Key.Key_Left)
    press(Qt.Key.Key_Delete)
    press(Qt.Key.Key_Return)
    assert task_service.get_task(db, sample.task_ids[1]).output == "Báo cáo"


def test_a_current_cell_after_every_save(window, db, sample) -> None:  # type: ignore[no-untyped-def]
    view = window.view("tasks")
    grid, model = view.grid, view.model
    grid.setFocus()
    grid.setCurrentIndex(model.index(model.row_of(sample.task_ids[0]), CONTENT))
    key(grid, Qt.Key.Key_Insert)
    type_text(focused(), "Mới")
    press(Qt.Key.Key_Return)
    assert grid.currentIndex().isValid()
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the new task: the grid reloads
    assert len(task_service.list_tasks(db, sample.plan_id)) == 3
    assert grid.currentIndex().isValid() and focused() is grid
    press(Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert len(task_service.list_tasks(db, sample.plan_id)) == 2 or grid.currentIndex().isValid()
    assert grid.currentIndex().isValid()
