"""The period grid: editing progress, refusing bad input, colours, filters, copy from previous."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desktop_app.domain.status import ProgressStatus
from desktop_app.services import progress as progress_service
from desktop_app.ui.models.progress import FIELD_COLUMN
from desktop_app.ui.models.roles import ERROR_ROLE
from tests.ui.helpers import focused, key, type_text


def _view(window, period: str = "2024-Y", today: date = date(2024, 12, 10)):  # type: ignore[no-untyped-def]
    view = window.view("progress")
    view.today = today
    view.period.setCurrentIndex(view.period.findData(period))
    view.reload()
    return view


def test_current_period_is_selected_with_window_and_deadline(make_window, sample) -> None:  # type: ignore[no-untyped-def]
    window = make_window("progress")
    view = window.view("progress")
    assert view.period_code().endswith(("Q1", "Q2", "Q3", "Q4"))
    view.today = date(2024, 5, 1)
    view.period.setCurrentIndex(view.period.findData("2024-Q2"))
    assert "15/03/2024" in view.window_label.text() and "14/06/2024" in view.window_label.text()
    assert "Hạn gửi báo cáo" in view.window_label.text()


def test_type_progress_and_find_it_in_the_database(make_window, db, sample) -> None:  # type: ignore[no-untyped-def]
    window = make_window("progress")
    view = _view(window)
    grid, proxy = view.grid, view.proxy
    assert proxy.rowCount() == 3
    grid.setFocus()
    grid.setCurrentIndex(proxy.index(0, FIELD_COLUMN["percent"]))
    type_text(grid, "60")
    key(focused(), Qt.Key.Key_Tab)
    grid.setCurrentIndex(proxy.index(0, FIELD_COLUMN["result"]))
    type_text(grid, "Đã tổ chức 3 hội nghị quán triệt")
    key(focused(), Qt.Key.Key_Return)
    rows = progress_service.period_rows(db, sample.plan_id, "2024-Y", as_of=date(2024, 12, 10))
    assert rows[0].percent == 60 and rows[0].result == "Đã tổ chức 3 hội nghị quán triệt"
    # status through the choice editor's model value
    view.model.setData(view.model.index(0, FIELD_COLUMN["status"]), ProgressStatus.DONE.value)
    rows = progress_service.period_rows(db, sample.plan_id, "2024-Y", as_of=date(2024, 12, 10))
    assert rows[0].status == ProgressStatus.DONE
    window.stack.undo()
    window.stack.undo()
    window.stack.undo()
    rows = progress_service.period_rows(db, sample.plan_id, "2024-Y", as_of=date(2024, 12, 10))
    assert rows[0].progress_id is None


def test_bad_percent_and_date_stay_red(make_window, db, sample) -> None:  # type: ignore[no-untyped-def]
    window = make_window("progress")
    view = _view(window)
    grid, proxy = view.grid, view.proxy
    grid.setFocus()
    grid.setCurrentIndex(proxy.index(1, FIELD_COLUMN["completed_on"]))
    type_text(grid, "31/02/2024")
    key(focused(), Qt.Key.Key_Return)
    index = proxy.index(1, FIELD_COLUMN["completed_on"])
    assert index.data() == "31/02/2024"
    assert index.data(ERROR_ROLE) == "Ngày không hợp lệ: 31/02/2024"
    grid.setCurrentIndex(proxy.index(1, FIELD_COLUMN["percent"]))
    type_text(grid, "150")
    key(focused(), Qt.Key.Key_Return)
    assert "0 đến 100" in proxy.index(1, FIELD_COLUMN["percent"]).data(ERROR_ROLE)
    assert all(r.progress_id is None for r in progress_service.period_rows(db, sample.plan_id, "2024-Y"))


def test_overdue_rows_are_coloured_and_filterable(make_window, sample) -> None:  # type: ignore[no-untyped-def]
    window = make_window("progress")
    view = _view(window)
    colours = [view.proxy.index(i, 0).data(Qt.ItemDataRole.BackgroundRole).color().name()
               for i in range(view.proxy.rowCount())]
    # on 10/12/2024: the yearly 15/12 task of a plan of 04/5/2024 is first due on 15/12/2024 (due
    # soon; 15/12/2023 was before the plan); the one-off 20/11/2024 and the quarterly task, whose 14/6
    # and 14/9 occurrences nobody reported done, are overdue (docs/standing.md)
    assert colours == ["#fff8e1", "#ffebee", "#ffebee"]
    view.state_filter.setCurrentIndex(view.state_filter.findData("overdue"))
    assert view.proxy.rowCount() == 2
    assert view.proxy.index(0, FIELD_COLUMN["report_status"]).data() == "Quá hạn"
    view.state_filter.setCurrentIndex(view.state_filter.findData("due_soon"))
    assert view.proxy.rowCount() == 1
    view.state_filter.setCurrentIndex(0)
    view.unit_filter.setCurrentIndex(view.unit_filter.findData(sample.unit_ids["VH"]))
    assert view.proxy.rowCount() == 1


def test_copy_from_previous_period(make_window, db, sample) -> None:  # type: ignore[no-untyped-def]
    progress_service.record_progress(db, sample.task_ids[0], sample.unit_ids["VH"], "2024-Q3",
                                     status="in_progress", percent=40, result="Đang triển khai")
    window = make_window("progress")
    view = _view(window, "2024-Q4")
    view.copy_button.click()
    rows = progress_service.period_rows(db, sample.plan_id, "2024-Q4")
    assert rows[0].percent == 40 and rows[0].result == "Đang triển khai"
    assert view.proxy.index(0, FIELD_COLUMN["percent"]).data() == "40"


def test_status_chosen_with_the_keyboard(make_window, db, sample) -> None:  # type: ignore[no-untyped-def]
    window = make_window("progress")
    view = _view(window)
    grid, proxy = view.grid, view.proxy
    grid.setFocus()
    grid.setCurrentIndex(proxy.index(2, FIELD_COLUMN["status"]))
    key(grid, Qt.Key.Key_F2)
    combo = focused()
    assert combo.objectName() == "editor_choice" and combo.currentText() == "Chưa thực hiện"
    key(combo, Qt.Key.Key_Down)
    key(combo, Qt.Key.Key_Return)
    rows = progress_service.period_rows(db, sample.plan_id, "2024-Y")
    assert rows[2].status == ProgressStatus.IN_PROGRESS
    assert proxy.index(2, FIELD_COLUMN["status"]).data() == "Đang thực hiện"


def test_adhoc_periods_are_offered(make_window, db, sample) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.services.periods import create_adhoc_period

    create_adhoc_period(db, "DX-TRITHUC", "Báo cáo chuyên đề trí thức", date(2024, 6, 1), date(2024, 8, 31),
                        date(2024, 9, 5))
    window = make_window("progress")
    view = window.view("progress")
    index = view.period.findData("DX-TRITHUC")
    assert index >= 0 and "đột xuất" in view.period.itemText(index)
    view.period.setCurrentIndex(index)
    assert "05/09/2024" in view.window_label.text()


def test_each_plan_opens_on_its_own_kind_of_period(make_window, db) -> None:  # type: ignore[no-untyped-def]
    """The demo's Party plan 202-KH/QU is reported by half-year: picking it shows the current
    half-year (not an empty quarter); the district's 215/KH-UBND shows the current quarter. A
    period asked for by the clerk (or by a click in the overview) is kept."""
    from desktop_app.domain.periods import PeriodKind, period_containing
    from desktop_app.services import demo, plans

    demo.create_demo(db)
    found = {p.reference: p.id for p in plans.list_plans(db)}
    window = make_window("progress")
    view = window.view("progress")
    half = period_containing(view.today, PeriodKind.HALF_YEAR).code
    quarter = period_containing(view.today, PeriodKind.QUARTER).code
    view.picker.select(found["202-KH/QU"])
    assert view.period_code() == half
    assert view.proxy.rowCount() > 0
    view.picker.select(found["215/KH-UBND"])
    assert view.period_code() == quarter
    view.apply_filter(found["202-KH/QU"], quarter)  # asked for: kept even though it is a quarter
    assert (view.picker.plan_id(), view.period_code()) == (found["202-KH/QU"], quarter)
