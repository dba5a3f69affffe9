"""The task grid driven with the keyboard, checked against the database."""

from __future__ import annotations

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
    # the lead unit by type-ahead on a name typed without diacritics, then a date
    grid.setCurrentIndex(model.index(new_row, 2))
    type_text(grid, "noi vu")
    key(focused(), Qt.Key.Key_Tab)
    grid.setCurrentIndex(model.index(new_row, 4))
    type_text(grid, "31-12-24")
    key(focused(), Qt.Key.Key_Return)
    saved = task_service.list_tasks(db, sample.plan_id)[-1]
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
