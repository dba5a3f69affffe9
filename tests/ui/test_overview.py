"""The Tổng quan screen: counts and lists from plan_overview, charts, and where each click goes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from desktop_app.domain.status import ReportStatus
from desktop_app.services import progress
from desktop_app.services.database import Database
from tests.sample_data import record_sent
from tests.ui.conftest import Sample

AS_OF = date(2024, 11, 25)  # 2024-Q4 (15/9–14/12): the 20/11 task is overdue, the 15/12 one due soon


def _overview(make_window, db: Database, sample: Sample):  # type: ignore[no-untyped-def]
    t3 = sample.task_ids[2]  # quarterly: its 14/6 and 14/9 occurrences were done and sent
    record_sent(db, t3, sample.unit_ids["NV"], "2024-Q2", status="done", completed_on=date(2024, 6, 10))
    record_sent(db, t3, sample.unit_ids["NV"], "2024-Q3", status="done", completed_on=date(2024, 9, 10))
    record_sent(db, t3, sample.unit_ids["NV"], "2024-Q4", status="in_progress", result="Đang rà soát")
    window = make_window("tasks")
    view = window.view("overview")
    view.today = AS_OF
    window.show_view("overview")
    QApplication.processEvents()
    return window, view


def _rows(db: Database, sample: Sample) -> list[progress.ProgressRow]:
    return progress.period_rows(db, sample.plan_id, "2024-Q4", as_of=AS_OF)


def _click(chart, payload) -> None:  # type: ignore[no-untyped-def]
    spot = chart.spot_for(payload)
    assert spot is not None, payload
    from pytestqt.qtbot import QtBot

    QtBot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=spot.rect.center().toPoint())
    QApplication.processEvents()


def test_counts_lists_and_charts_match_the_period(make_window, db: Database, sample: Sample) -> None:
    _window, view = _overview(make_window, db, sample)
    rows = _rows(db, sample)
    overdue = [r.task_id for r in rows if r.report_status == ReportStatus.OVERDUE]
    assert overdue == [sample.task_ids[1]]
    assert view.cards["overdue"].value == str(len(overdue))
    listed = [view.lists["overdue"].topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
              for i in range(view.lists["overdue"].topLevelItemCount())]
    assert listed == overdue
    due_30 = [r.task_id for r in rows if r.due and 0 <= (r.due - AS_OF).days <= 30
              and r.report_status not in (ReportStatus.OVERDUE, ReportStatus.DONE_ON_TIME, ReportStatus.DONE_LATE)]
    assert view.cards["due_30"].value == str(len(due_30))
    # units with lead tasks and no update for the period
    silent = {r.unit_id for r in rows if r.is_lead} - {r.unit_id for r in rows if r.progress_id}
    shown = {view.lists["not_reported"].topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
             for i in range(view.lists["not_reported"].topLevelItemCount())}
    assert shown == silent == {sample.unit_ids["VH"]}
    assert "17/12/2024" in view.heading.text()  # Q4 cut-off 14/12 (Saturday) → deadline Tuesday 17/12
    # one bar per group, its segments counting that group's rows by status
    bars = {bar.label: bar for bar in view.by_group.chart.bars}
    assert len(bars) == 2
    for bar in bars.values():
        assert bar.total == sum(s.count for s in bar.segments)
    assert sum(b.total for b in bars.values()) == len(rows)
    assert view.by_group.spot_for(("segment", next(iter(bars)), ReportStatus.OVERDUE)) is not None
    assert view.trend.chart.points[-1].code == "2024-Q4"
    image = view.grab().toImage()
    spot = view.by_group.spot_for(("segment", next(iter(bars)), ReportStatus.OVERDUE))
    corner = view.by_group.mapTo(view, spot.rect.topLeft().toPoint() + QPoint(2, 2))  # beside the number
    assert image.pixelColor(corner).name() == "#c62828"  # drawn in the overdue colour


def test_a_segment_opens_the_task_grid_with_just_those_tasks(make_window, db: Database, sample: Sample) -> None:
    window, view = _overview(make_window, db, sample)
    group = next(iter(view.by_group.chart.bars))
    _click(view.by_group, ("segment", group.key, ReportStatus.OVERDUE))
    tasks = window.view("tasks")
    assert window.pages.currentWidget() is tasks
    assert tasks.task_filter.isVisible()
    assert tasks.task_filter.visible_task_ids() == [sample.task_ids[1]]
    assert tasks.model.task_at(tasks.grid.currentIndex().row()).id == sample.task_ids[1]
    tasks.task_filter.clear_button.click()
    assert tasks.task_filter.visible_task_ids() == sample.task_ids
    assert not tasks.task_filter.isVisible()


def test_counts_rows_and_units_lead_to_their_tasks_and_progress(make_window, db: Database,
                                                                sample: Sample) -> None:
    window, view = _overview(make_window, db, sample)
    view.cards["due_30"].click()
    tasks = window.view("tasks")
    expected = [t.task_id for t in view.data.overview.due_30]
    assert expected and sorted(tasks.task_filter.visible_task_ids()) == sorted(expected)

    window.show_view("overview")
    tree = view.lists["not_reported"]
    tree.itemActivated.emit(tree.topLevelItem(0), 0)
    progress_view = window.view("progress")
    assert window.pages.currentWidget() is progress_view
    assert progress_view.unit_filter.currentData() == sample.unit_ids["VH"]
    assert progress_view.period_code() == "2024-Q4"
    shown = {progress_view.model.rows[progress_view.proxy.mapToSource(progress_view.proxy.index(i, 0)).row()].unit_id
             for i in range(progress_view.proxy.rowCount())}
    assert shown == {sample.unit_ids["VH"]}

    window.show_view("overview")
    name = "Phòng Nội vụ"
    _click(view.by_unit, ("bar", name))
    assert progress_view.unit_filter.currentData() == sample.unit_ids["NV"]


def test_keyboard_reaches_every_segment(make_window, db: Database, sample: Sample, qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, view = _overview(make_window, db, sample)
    chart = view.by_unit
    chart.setFocus()
    seen = []
    chart.activated.connect(seen.append)
    for _ in range(len(chart.hotspots())):
        qtbot.keyClick(chart, Qt.Key.Key_Right)
        qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert {p for p in seen} == {s.payload for s in chart.hotspots()}
    assert any(p[0] == "segment" for p in seen) and any(p[0] == "status" for p in seen)
