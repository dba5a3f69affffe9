"""The task grid driven with the keyboard, checked against the database."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt

from desktop_app.services import tasks as task_service
from desktop_app.ui.models.roles import ERROR_ROLE
from desktop_app.ui.models.tasks import CONTENT
from tests.ui.helpers import focused, key, type_text


def _grid(window):  # type: ignore[no-untyped-def]
    return window.view("tasks").grid


def test_type_a_new_task_with_the_keyboard(window, db, sample, qtbot) -> None:  # type: ignore[no-untyped-def]
    grid = _grid(window)
    model = grid.model()
    last = model.rowCount() - 1
    assert model.kind_at(last) == "draft"
    grid.setFocus()
    grid.setCurrentIndex(model.index(last, CONTENT))
    type_text(grid, "Xây dựng cơ sở dữ liệu trí thức của quận")
    key(focused(), Qt.Key.Key_Return)
    contents = [t.content for t in task_service.list_tasks(db, sample.plan_id)]
    assert contents[-1] == "Xây dựng cơ sở dữ liệu trí thức của quận"
    new_row = model.row_of(task_service.list_tasks(db, sample.plan_id)[-1].id)
    assert model.index(new_row, 0).data() == "2.2"
    # Enter left the focus in the grid on the "new task" row: the next task is typed at once
    assert focused() is grid and model.kind_at(grid.currentIndex().row()) == "draft"
    type_text(grid, "Tổng kết, đánh giá")
    key(focused(), Qt.Key.Key_Return)
    assert task_service.list_tasks(db, sample.plan_id)[-1].number == "2.3"
    first_id = task_service.list_tasks(db, sample.plan_id)[-2].id
    new_row = model.row_of(first_id)
    # the lead unit by type-ahead on a name typed without diacritics, then a date
    grid.setCurrentIndex(model.index(new_row, 2))
    type_text(grid, "noi vu")
    key(focused(), Qt.Key.Key_Tab)
    grid.setCurrentIndex(model.index(new_row, 4))
    type_text(grid, "31-12-24")
    key(focused(), Qt.Key.Key_Return)
    saved = task_service.get_task(db, first_id)
    assert saved.lead_unit_name == "Phòng Nội vụ"
    assert saved.schedule.due == date(2024, 12, 31)
    assert model.index(new_row, 4).data() == "31/12/2024"


def test_invalid_date_stays_red_with_reason_and_db_unchanged(window, db, sample) -> None:  # type: ignore[no-untyped-def]
    grid = _grid(window)
    model = grid.model()
    row = model.row_of(sample.task_ids[0])
    before = task_service.get_task(db, sample.task_ids[0])
    grid.setFocus()
    grid.setCurrentIndex(model.index(row, 6))
    type_text(grid, "31/02/2024")
    key(focused(), Qt.Key.Key_Return)
    index = model.index(row, 6)
    assert index.data() == "31/02/2024"
    assert "Ngày không hợp lệ: 31/02/2024" in index.data(ERROR_ROLE)
    assert index.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#ffcdd2"
    assert task_service.get_task(db, sample.task_ids[0]) == before
    grid.setCurrentIndex(index)
    label = window.view("tasks").problem
    assert label.isVisible() and "31/02/2024" in label.text()


def _numbers(db, plan_id):  # type: ignore[no-untyped-def]
    return [(t.number, t.content[:20]) for t in task_service.list_tasks(db, plan_id)]


def test_undo_a_delete_brings_the_task_back(window, db, sample) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.services import progress as progress_service

    progress_service.record_progress(db, sample.task_ids[0], sample.unit_ids["VH"], "2024-H2",
                                     status="in_progress", percent=45, result="Đã tổ chức 3 hội nghị")
    view = window.view("tasks")
    grid, model = view.grid, view.model
    before = [replace(t, version=0) for t in task_service.list_tasks(db, sample.plan_id)]
    grid.setFocus()
    grid.setCurrentIndex(model.index(model.row_of(sample.task_ids[0]), CONTENT))
    key(grid, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    after = task_service.list_tasks(db, sample.plan_id)
    assert [t.id for t in after] == [sample.task_ids[1], sample.task_ids[2]]
    assert after[0].number == "1.1"  # renumbered
    key(grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = [replace(t, version=0) for t in task_service.list_tasks(db, sample.plan_id)]
    assert restored == before
    kept = {r.task_id: r for r in progress_service.period_rows(db, sample.plan_id, "2024-H2")}
    assert (kept[sample.task_ids[0]].percent, kept[sample.task_ids[0]].result) == (45, "Đã tổ chức 3 hội nghị")
    assert model.index(model.row_of(sample.task_ids[0]), 0).data() == "1.1"
    key(grid, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert len(task_service.list_tasks(db, sample.plan_id)) == 2


def test_undo_and_redo_a_cell_edit(window, db, sample) -> None:  # type: ignore[no-untyped-def]
    view = window.view("tasks")
    grid, model = view.grid, view.model
    row = model.row_of(sample.task_ids[1])
    grid.setFocus()
    grid.setCurrentIndex(model.index(row, 5))
    type_text(grid, "Báo cáo kết quả")
    key(focused(), Qt.Key.Key_Return)
    assert task_service.get_task(db, sample.task_ids[1]).output == "Báo cáo kết quả"
    window.stack.undo()
    assert task_service.get_task(db, sample.task_ids[1]).output == ""
    assert model.index(row, 5).data() == ""
    window.stack.redo()
    assert model.index(row, 5).data() == "Báo cáo kết quả"


def test_move_indent_and_outdent_with_the_keyboard(window, db, sample) -> None:  # type: ignore[no-untyped-def]
    view = window.view("tasks")
    grid, model = view.grid, view.model
    original = _numbers(db, sample.plan_id)
    grid.setFocus()
    grid.setCurrentIndex(model.index(model.row_of(sample.task_ids[1]), CONTENT))
    key(grid, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [t.id for t in task_service.list_tasks(db, sample.plan_id)][:2] == [sample.task_ids[1], sample.task_ids[0]]
    window.stack.undo()
    assert _numbers(db, sample.plan_id) == original
    # outdent task 1.1: it becomes group 2 and takes 1.2 with it
    grid.setCurrentIndex(model.index(model.row_of(sample.task_ids[0]), CONTENT))
    key(grid, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    groups = task_service.list_groups(db, sample.plan_id)
    assert [g.title[:10] for g in groups] == ["Nâng cao n", "Tuyên truy", "Tăng cường"]
    assert _numbers(db, sample.plan_id)[0][0] == "2.1"
    # indent it back: the group becomes the last task of group 1
    grid.setCurrentIndex(model.index(model.row_of(groups[1].id), CONTENT))
    key(grid, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert [c for _n, c in _numbers(db, sample.plan_id)] == [c for _n, c in original]
    window.stack.undo()
    window.stack.undo()
    assert _numbers(db, sample.plan_id) == original
    assert [g.id for g in task_service.list_groups(db, sample.plan_id)] == sample.group_ids


def test_insert_key_adds_a_task_under_the_current_one(window, db, sample) -> None:  # type: ignore[no-untyped-def]
    view = window.view("tasks")
    grid, model = view.grid, view.model
    grid.setFocus()
    grid.setCurrentIndex(model.index(model.row_of(sample.task_ids[0]), CONTENT))
    key(grid, Qt.Key.Key_Insert)
    type_text(focused(), "Khảo sát đội ngũ trí thức")
    key(focused(), Qt.Key.Key_Return)
    assert _numbers(db, sample.plan_id)[1] == ("1.2", "Khảo sát đội ngũ trí")
    assert _numbers(db, sample.plan_id)[2][0] == "1.3"


def test_coordinating_units_and_schedule_typed(window, db, sample) -> None:  # type: ignore[no-untyped-def]
    view = window.view("tasks")
    grid, model = view.grid, view.model
    row = model.row_of(sample.task_ids[2])
    grid.setFocus()
    grid.setCurrentIndex(model.index(row, 3))
    type_text(grid, "tu phap; GD")
    key(focused(), Qt.Key.Key_Tab)
    saved = task_service.get_task(db, sample.task_ids[2])
    assert set(saved.coordinating_unit_names) == {"Phòng Tư pháp", "Phòng Giáo dục và Đào tạo"}
    grid.setCurrentIndex(model.index(row, 4))
    type_text(grid, "hằng năm 15/12")
    key(focused(), Qt.Key.Key_Return)
    assert task_service.get_task(db, sample.task_ids[2]).schedule.label == "Hằng năm, ngày 15/12"
    grid.setCurrentIndex(model.index(row, 4))
    type_text(grid, "thuong xuyen")
    key(focused(), Qt.Key.Key_Return)
    assert task_service.get_task(db, sample.task_ids[2]).schedule.kind == "continuous"
    grid.setCurrentIndex(model.index(row, 2))
    type_text(grid, "Phòng Không Có")
    key(focused(), Qt.Key.Key_Return)
    assert "Không có đơn vị: Phòng Không Có" in model.index(row, 2).data(ERROR_ROLE)
    assert task_service.get_task(db, sample.task_ids[2]).lead_unit_name == "Phòng Nội vụ"
