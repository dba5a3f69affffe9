"""The task grid and the period grid over a large plan: the first paint reads only the first page,
scrolling reads the rest page by page, and a row read late is edited like any other."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import event, insert

from desktop_app.db.models import Task
from desktop_app.services import progress as progress_service
from desktop_app.services import tasks as task_service
from desktop_app.ui.models.progress import FIELD_COLUMN
from desktop_app.ui.models.tasks import CONTENT
from tests.ui.helpers import focused, key, type_text

MANY = 20_000


def _add_tasks(db: Any, sample: Any, count: int) -> Any:
    """``count`` more tasks in the sample plan's second group, led by Phòng Nội vụ but the last one,
    led by Phòng Y tế (a unit found only on the last page)."""
    with db.write() as session:
        session.execute(insert(Task), [
            {"group_id": sample.group_ids[1], "position": i + 2, "content": f"Nhiệm vụ thử số {i}",
             "search_text": "", "schedule_kind": "quarterly",
             "lead_unit_id": sample.unit_ids["YT" if i == count - 1 else "NV"]} for i in range(count)])
    return sample


@pytest.fixture
def large_plan(db, sample) -> Any:  # type: ignore[no-untyped-def]
    return _add_tasks(db, sample, MANY)


@pytest.fixture(autouse=True)
def no_reminders(make_window) -> None:  # type: ignore[no-untyped-def]
    """The start-up reminders read every plan's overview (all its tasks) on the worker: a reminder
    feature with its own tests, not the grid's reads counted here."""
    from desktop_app.ui import reminders

    reminders.set_enabled(False)


@pytest.fixture
def statements(db) -> Iterator[list[tuple[str, Any]]]:  # type: ignore[no-untyped-def]
    """Every SQL statement run from now on, with its parameters."""
    seen: list[tuple[str, Any]] = []

    def record(_conn, _cursor, sql, params, _context, _many) -> None:  # type: ignore[no-untyped-def]
        seen.append((sql, params))

    event.listen(db.engine, "before_cursor_execute", record)
    yield seen
    event.remove(db.engine, "before_cursor_execute", record)


def _task_reads(seen: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    return [(sql, params) for sql, params in seen if "task.content" in sql]


def _limit(sql: str, params: Any) -> int:
    """The LIMIT a statement was run with (SQLite: positional, last; PostgreSQL: named)."""
    if isinstance(params, dict):
        name = re.search(r"LIMIT %\((\w+)\)s", sql)
        assert name is not None, sql
        return int(params[name.group(1)])
    return int(params[-1])


def _values(params: Any) -> list[Any]:
    return list(params.values()) if isinstance(params, dict) else list(params)


def _scroll_to_the_end(view: Any) -> int:
    """Scroll down as a clerk would until nothing more is read; returns how many scrolls it took."""
    scrolls = 0
    while view.model.canFetchMore():
        view.grid.scrollToBottom()
        QApplication.processEvents()
        scrolls += 1
        assert scrolls < 500
    return scrolls


def test_task_grid_paints_the_first_page_and_reads_the_rest_as_it_scrolls(  # type: ignore[no-untyped-def]
        make_window, db, large_plan, statements) -> None:
    window = make_window("tasks")
    view = window.view("tasks")
    model = view.model
    window.grab()  # first paint
    page = task_service.PAGE
    reads = _task_reads(statements)
    assert reads, "the grid read its tasks"
    # every read of task rows is a keyed page: LIMIT page + 1 (to know that more follow), never all
    assert all("LIMIT" in sql and _limit(sql, params) <= page + 1 for sql, params in reads)
    assert model.rowCount() <= page + 2 and model.more
    assert model.index(0, CONTENT).data() == "Nâng cao nhận thức về vị trí, vai trò của đội ngũ trí thức"
    assert model.index(4, 0).data() == "2.1"
    scrolls = _scroll_to_the_end(view)
    assert scrolls >= MANY // page
    assert model.rowCount() == 2 + 3 + MANY + 1  # groups, tasks, the "new task" row
    assert model.kind_at(model.rowCount() - 1) == "draft"
    assert model.index(model.rowCount() - 2, 0).data() == f"2.{MANY + 1}"


def test_a_task_on_the_third_page_is_edited_and_saved(make_window, db, large_plan) -> None:  # type: ignore[no-untyped-def]
    window = make_window("tasks")
    view = window.view("tasks")
    model, grid = view.model, view.grid
    target = task_service.task_page(db, large_plan.plan_id, after=(2, 2 * task_service.PAGE + 10), limit=1).tasks[0]
    assert model.row_of(target.id) < 0  # not read yet
    view.select_key(target.id)  # opening a far task (a search hit) reads the pages up to it
    row = model.row_of(target.id)
    assert row > 2 * task_service.PAGE and grid.currentIndex().row() == row
    grid.setFocus()
    type_text(grid, "X")
    focused().setText("Nhiệm vụ ở trang ba đã sửa")
    key(focused(), Qt.Key.Key_Return)
    assert task_service.get_task(db, target.id).content == "Nhiệm vụ ở trang ba đã sửa"
    window.stack.undo()
    assert task_service.get_task(db, target.id).content == target.content
    assert model.index(row, CONTENT).data() == target.content


def test_the_last_task_read_moves_down_inside_its_group_not_read_to_its_end(  # type: ignore[no-untyped-def]
        make_window, db, sample) -> None:
    _add_tasks(db, sample, task_service.PAGE + 200)
    window = make_window("tasks")
    view = window.view("tasks")
    last_read = view.model.rowCount() - 1
    task = view.model.task_at(last_read)
    assert task is not None and view.model.more
    view.grid.setCurrentIndex(view.model.index(last_read, CONTENT))
    view.move_row(1)  # the group goes on past the page: a move inside it, not into another group
    moved = task_service.get_task(db, task.id)
    assert (moved.group_id, moved.position) == (task.group_id, task.position + 1)


def _period(code: str) -> Any:
    from desktop_app.domain.periods import parse_period

    return parse_period(code)


def _progress_view(window: Any) -> Any:
    view = window.view("progress")
    view.today = date(2024, 12, 10)
    view.period.setCurrentIndex(view.period.findData("2024-Y"))
    view.reload()
    return view


def test_period_grid_reads_pages_and_filters_in_the_query(  # type: ignore[no-untyped-def]
        make_window, db, large_plan, statements) -> None:
    window = make_window("progress")
    statements.clear()
    view = _progress_view(window)
    window.grab()
    page = progress_service.PAGE
    reads = _task_reads(statements)
    assert reads and all("LIMIT" in sql and _limit(sql, params) <= page + 1 for sql, params in reads)
    codes = {"", *progress_service.sub_period_codes(_period("2024-Y"))}
    progress_reads = [[p for p in _values(params) if p not in codes] for sql, params in statements
                      if "progress.result" in sql]
    assert progress_reads and all(len(ids) <= page for ids in progress_reads)  # a page of task ids
    assert page <= view.proxy.rowCount() <= page + 3
    assert "cuộn xuống" in view.summary.text()
    # the unit filter is a parameter of the read: Phòng Y tế's only row is on the last page
    view.unit_filter.setCurrentIndex(view.unit_filter.findData(large_plan.unit_ids["YT"]))
    assert view.proxy.rowCount() == 1
    assert view.proxy.index(0, FIELD_COLUMN["task_number"]).data() == f"2.{MANY + 1}"
    assert view.summary.text().startswith("1 dòng")
    view.unit_filter.setCurrentIndex(0)
    _scroll_to_the_end(view)
    assert view.proxy.rowCount() == 3 + MANY
    assert "cuộn xuống" not in view.summary.text()


def test_a_progress_row_on_the_third_page_is_edited_and_saved(make_window, db, large_plan) -> None:  # type: ignore[no-untyped-def]
    window = make_window("progress")
    view = _progress_view(window)
    while view.proxy.rowCount() <= 2 * progress_service.PAGE + 10:
        view.grid.scrollToBottom()
        QApplication.processEvents()
    row = 2 * progress_service.PAGE + 5
    task_id, number = view.model.rows[row].task_id, view.model.rows[row].task_number
    view.grid.setFocus()
    view.grid.setCurrentIndex(view.proxy.index(row, FIELD_COLUMN["percent"]))
    type_text(view.grid, "45")
    key(focused(), Qt.Key.Key_Return)
    saved = progress_service.period_page(db, large_plan.plan_id, "2024-Y", as_of=date(2024, 12, 10),
                                         after=(2, int(number.split(".")[1]) - 1), limit=1).rows[0]
    assert (saved.task_id, saved.percent) == (task_id, 45)
    assert view.proxy.index(row, FIELD_COLUMN["percent"]).data() == "45"



def test_a_very_large_plan_summarises_its_units_when_asked(  # type: ignore[no-untyped-def]
        make_window, db, large_plan, statements) -> None:
    """The per-unit review summary reads the whole period: on a plan above SUMMARY_AUTO_TASKS it
    waits for Enter instead of holding the worker at every reload."""
    from desktop_app.services import review as review_service
    from desktop_app.ui.views.progress import SUMMARY_AUTO_TASKS

    assert MANY > SUMMARY_AUTO_TASKS
    window = make_window("progress")
    view = _progress_view(window)
    summary = view.review_summary
    assert summary.completeness is None and summary.rowCount() == 1
    assert "Enter" in summary.item(0, 0).text()
    summary.setFocus()
    summary.setCurrentCell(0, 0)
    key(summary, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert summary.completeness is not None
    expected = review_service.completeness(db, large_plan.plan_id, "2024-Y", as_of=date(2024, 12, 10))
    assert summary.completeness.total.expected == expected.total.expected > MANY
    assert summary.rowCount() == len(expected.units) + 1
