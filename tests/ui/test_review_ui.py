"""Review in the period view: states per row, per-unit summary, accept / return many rows from
the keyboard, received plans refused with the service's reason, filter by review state."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from desktop_app.domain.review import ReviewState
from desktop_app.services import progress as progress_service
from desktop_app.services import review as review_service
from desktop_app.ui.models.progress import FIELD_COLUMN, RETURNED_BG
from tests.ui.helpers import key, type_text

PERIOD = "2024-Y"
TODAY = date(2024, 12, 10)
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _rows(db, sample):  # type: ignore[no-untyped-def]
    return progress_service.period_rows(db, sample.plan_id, PERIOD, as_of=TODAY)


def _report_all(db, sample) -> list[str]:  # type: ignore[no-untyped-def]
    """Progress for the three lead rows of the sample (VH on 1.1, NV on 1.2 and 2.1)."""
    u, t = sample.unit_ids, sample.task_ids
    return [progress_service.record_progress(db, task, unit, PERIOD, status="in_progress", percent=50)
            for task, unit in ((t[0], u["VH"]), (t[1], u["NV"]), (t[2], u["NV"]))]


def _view(window):  # type: ignore[no-untyped-def]
    view = window.view("progress")
    view.today = TODAY
    view.period.setCurrentIndex(view.period.findData(PERIOD))
    view.reload()
    return view


def _review_cells(view) -> list[str]:  # type: ignore[no-untyped-def]
    return [view.proxy.index(r, FIELD_COLUMN["review_state"]).data() for r in range(view.proxy.rowCount())]


def test_rows_show_review_states_and_returned_rows_are_marked(make_window, db, sample) -> None:  # type: ignore[no-untyped-def]
    ids = _report_all(db, sample)
    review_service.submit(db, ids[1:])
    review_service.accept(db, [ids[1]])
    review_service.return_(db, [ids[2]], "Thiếu số liệu tuyển dụng quý IV")
    window = make_window("progress")
    view = _view(window)
    assert _review_cells(view) == ["Chưa gửi", "Đã duyệt", "Bị trả lại"]
    returned = view.proxy.index(2, FIELD_COLUMN["task_content"])
    assert returned.data(Qt.ItemDataRole.BackgroundRole).color() == RETURNED_BG
    assert view.proxy.index(0, 1).data(Qt.ItemDataRole.BackgroundRole).color() != RETURNED_BG
    assert "Thiếu số liệu tuyển dụng quý IV" in returned.data(Qt.ItemDataRole.ToolTipRole)
    tip = view.proxy.index(2, FIELD_COLUMN["review_state"]).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Bị trả lại: Thiếu số liệu") and "Duyệt bởi" in tip
    assert "bị trả lại 1" in view.summary.text()


def test_per_unit_summary_under_the_grid(make_window, db, sample) -> None:  # type: ignore[no-untyped-def]
    ids = _report_all(db, sample)
    review_service.submit(db, [ids[1]], now=datetime(2024, 12, 1, 9, tzinfo=UTC))  # before the deadline
    review_service.submit(db, [ids[2]])  # today: after 2024's deadline
    review_service.accept(db, [ids[2]])
    window = make_window("progress")
    view = _view(window)
    table = view.review_summary
    nv, vh = table.row_of("Phòng Nội vụ"), table.row_of("Phòng Văn hóa và Thông tin")
    assert nv >= 0 and vh >= 0 and table.rowCount() == 3
    # NV leads 2 tasks: both received, one on time, one accepted (the other waiting)
    assert [table.cell(nv, c) for c in range(1, 9)] == ["2", "2 (100%)", "1 (50%)", "1 (50%)", "0", "0", "1", "0"]
    # VH's update is a draft: nothing received
    assert [table.cell(vh, c) for c in range(1, 9)] == ["1", "0 (0%)", "0 (0%)", "0 (0%)", "0", "1", "0", "0"]
    assert table.cell(2, 0) == "Tổng cộng" and table.cell(2, 1) == "3"
    table.setFocus()
    table.setCurrentCell(vh, 0)
    key(table, Qt.Key.Key_Return)
    assert view.proxy.rowCount() == 1 and view.unit_filter.currentData() == sample.unit_ids["VH"]


def test_accept_many_rows_from_the_keyboard(make_window, db, sample) -> None:  # type: ignore[no-untyped-def]
    ids = _report_all(db, sample)
    review_service.submit(db, ids)
    window = make_window("progress")
    view = _view(window)
    grid = view.grid
    grid.setFocus()
    grid.setCurrentIndex(view.proxy.index(0, FIELD_COLUMN["task_content"]))
    key(grid, Qt.Key.Key_Down, SHIFT)
    assert [r.task_number for r in view.selected_rows()] == ["1.1", "1.2"]
    key(grid, Qt.Key.Key_Return, CTRL)
    states = [r.review_state for r in _rows(db, sample)]
    assert states == [ReviewState.ACCEPTED, ReviewState.ACCEPTED, ReviewState.SUBMITTED]
    assert _review_cells(view) == ["Đã duyệt", "Đã duyệt", "Đã gửi, chờ duyệt"]
    assert "Đã duyệt 2 bản cập nhật" in window.statusBar().currentMessage()
    nv = view.review_summary.row_of("Phòng Nội vụ")
    assert view.review_summary.cell(nv, 4) == "1 (50%)"  # the summary is refreshed too


def test_return_all_rows_with_a_reason(make_window, db, sample) -> None:  # type: ignore[no-untyped-def]
    ids = _report_all(db, sample)
    review_service.submit(db, ids[:2])  # 2.1 stays a draft: the compiling office may still return it
    window = make_window("progress")
    view = _view(window)
    grid = view.grid
    grid.setFocus()
    grid.setCurrentIndex(view.proxy.index(0, 1))
    key(grid, Qt.Key.Key_A, CTRL)
    assert len(view.selected_rows()) == 3
    key(grid, Qt.Key.Key_Return, CTRL | SHIFT)
    dialog = view.return_dialog
    assert dialog.isVisible()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # a return needs a reason
    dialog.reason.setFocus()
    type_text(dialog.reason, "Đề nghị bổ sung số liệu")
    assert ok.isEnabled()
    ok.click()
    rows = _rows(db, sample)
    assert [r.review_state for r in rows] == [ReviewState.RETURNED] * 3
    assert {r.review_reason for r in rows} == {"Đề nghị bổ sung số liệu"}
    assert _review_cells(view) == ["Bị trả lại"] * 3


def test_unreported_rows_are_skipped_and_said_so(make_window, db, sample) -> None:  # type: ignore[no-untyped-def]
    u, t = sample.unit_ids, sample.task_ids
    only = progress_service.record_progress(db, t[1], u["NV"], PERIOD, status="done", completed_on=date(2024, 11, 1))
    window = make_window("progress")
    view = _view(window)
    view.grid.setFocus()
    view.grid.setCurrentIndex(view.proxy.index(0, 1))
    view.accept_action.trigger()  # the current row only: not reported
    assert "chưa có bản cập nhật" in view.problem.text()
    view.grid.selectAll()
    view.accept_action.trigger()
    assert review_service.completeness(db, sample.plan_id, PERIOD).total.accepted == 1
    assert [r.review_state for r in _rows(db, sample) if r.progress_id == only] == [ReviewState.ACCEPTED]
    assert "Bỏ qua 2 dòng chưa báo cáo" in window.statusBar().currentMessage()


def test_received_plan_refused_with_the_services_reason(make_window, db, sample) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.db.models import Plan

    ids = _report_all(db, sample)
    review_service.submit(db, ids)
    with db.write() as session:
        plan = session.get(Plan, sample.plan_id)
        assert plan is not None
        plan.locked = True
    window = make_window("progress")
    view = _view(window)
    view.grid.selectAll()
    view.accept_action.trigger()
    assert "cấp trên" in view.problem.text()
    assert [r.review_state for r in _rows(db, sample)] == [ReviewState.SUBMITTED] * 3


def test_row_changed_since_shown_is_refused(make_window, db, sample) -> None:  # type: ignore[no-untyped-def]
    ids = _report_all(db, sample)
    review_service.submit(db, ids)
    window = make_window("progress")
    view = _view(window)
    progress_service.record_progress(db, sample.task_ids[0], sample.unit_ids["VH"], PERIOD, percent=80)
    view.grid.setCurrentIndex(view.proxy.index(0, 1))
    view.accept_action.trigger()
    assert "vừa được sửa" in view.problem.text()
    assert _rows(db, sample)[0].review_state != ReviewState.ACCEPTED


def test_filter_by_review_state(make_window, db, sample) -> None:  # type: ignore[no-untyped-def]
    ids = _report_all(db, sample)
    review_service.return_(db, [ids[0]], "Sai tỷ lệ")
    window = make_window("progress")
    view = _view(window)
    view.review_filter.setCurrentIndex(view.review_filter.findData(ReviewState.RETURNED))
    assert view.proxy.rowCount() == 1 and view.proxy.index(0, 0).data() == "1.1"
    view.review_filter.setCurrentIndex(view.review_filter.findData(ReviewState.DRAFT))
    assert [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())] == ["1.2", "2.1"]


def test_shortcuts_are_in_tooltips_and_context_menu(make_window, sample) -> None:  # type: ignore[no-untyped-def]
    window = make_window("progress")
    view = _view(window)
    assert "Ctrl+Return" in view.accept_action.toolTip() or "Ctrl+Enter" in view.accept_action.toolTip()
    assert "Ctrl+Shift" in view.return_action.toolTip()
    view.grid.selectionModel().select(view.proxy.index(0, 0), QItemSelectionModel.SelectionFlag.Select)
    view._context_menu(view.grid.visualRect(view.proxy.index(0, 1)).center())
    QApplication.processEvents()
    texts = [a.text() for a in view.context_menu.actions()]
    view.context_menu.close()
    assert "Duyệt" in texts and "Trả lại…" in texts and "Tài liệu kèm theo…" in texts
