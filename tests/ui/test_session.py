"""Nothing confirmed is lost; the worker thread keeps the window live; first run; 100,000 rows."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.services import tasks as task_service
from desktop_app.services import units as unit_service
from desktop_app.services.database import Database
from desktop_app.services.errors import ValidationError
from desktop_app.ui.models.tasks import CONTENT
from desktop_app.ui.ops import OpRunner
from tests.ui.helpers import type_text


def test_closing_the_window_saves_the_cell_being_typed(make_window, db, sample) -> None:  # type: ignore[no-untyped-def]
    window = make_window("tasks")
    grid, model = window.view("tasks").grid, window.view("tasks").model
    grid.setFocus()
    grid.setCurrentIndex(model.index(model.row_of(sample.task_ids[2]), 5))
    type_text(grid, "Danh sách tuyển dụng")  # typed, editor still open, no Enter
    window.close()
    assert task_service.get_task(db, sample.task_ids[2]).output == "Danh sách tuyển dụng"


def test_each_confirmed_edit_is_committed_at_once(make_window, db_target, sample) -> None:  # type: ignore[no-untyped-def]
    window = make_window("tasks")
    model = window.view("tasks").model
    model.setData(model.index(model.row_of(sample.task_ids[0]), 5), "Kế hoạch tuyên truyền")
    # another connection (as after a crash and restart) already sees it
    other = Database.open(db_target, source="test")
    try:
        assert task_service.get_task(other, sample.task_ids[0]).output == "Kế hoạch tuyên truyền"
    finally:
        other.close()


def test_worker_thread_delivers_results_and_errors_on_the_ui_thread(db, qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = OpRunner(db)  # a real DB thread
    results: list[object] = []
    try:
        def slow(database: Database) -> str:
            time.sleep(0.3)
            return unit_service.create_unit(database, "Phòng Kinh tế").name

        started = time.monotonic()
        with qtbot.waitSignal(runner.changed, timeout=5000):
            runner.run(slow, changes={"units"}, on_done=results.append)
            assert time.monotonic() - started < 0.1  # the UI thread did not wait
        assert results == ["Phòng Kinh tế"]
        runner.run(unit_service.create_unit, "", changes={"units"}, on_error=results.append)
        qtbot.waitUntil(lambda: len(results) == 2, timeout=5000)
        assert isinstance(results[-1], ValidationError)
    finally:
        runner.shutdown()


def test_long_job_reports_progress_and_can_be_cancelled(db, qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = OpRunner(db)
    outcome: list[object] = []
    try:
        def job_fn(database: Database, job) -> int:  # type: ignore[no-untyped-def]
            for i in range(200):
                job.step(i, 200)
                time.sleep(0.01)
            return 200

        with qtbot.waitSignal(runner.progress, timeout=5000):
            job = runner.run_job(job_fn, label="Thử", on_done=outcome.append, on_error=outcome.append)
        job.cancel()
        qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
        assert type(outcome[0]).__name__ == "Cancelled"
    finally:
        runner.shutdown()


def test_first_run_offers_own_unit(db, qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.dialogs.first_run import FirstRunDialog, demo_creator, offer_first_run

    runner = OpRunner(db, synchronous=True)
    dialog = FirstRunDialog(has_demo=demo_creator() is not None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.demo.isVisible() == (demo_creator() is not None)
    dialog.own.setChecked(True)
    dialog.name.setText("UBND phường Ba Đình")
    assert offer_first_run(db, runner, dialog) == "own"
    assert [u.name for u in unit_service.list_units(db)] == ["UBND phường Ba Đình"]
    assert offer_first_run(db, runner, dialog) == "not_empty"


@pytest.mark.sqlite_only("opens the window on a database file given by its path")
def test_run_opens_the_window_on_a_database(db_path, sample, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """app.run in its own process (as `python -m desktop_app.ui` would), closed once it shows the tasks."""
    import os
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from desktop_app.ui import app, settings\n"
        "def close():\n"
        "    for w in QApplication.topLevelWidgets():\n"
        "        if w.objectName() == 'main_window' and w.isVisible() and w.view('tasks').model.rowCount():\n"
        "            print('TITLE', w.windowTitle(), w.view('tasks').model.rowCount())\n"
        "            w.close()\n"
        "            return\n"
        "    QTimer.singleShot(100, close)  # the first reads are not done yet (a busy machine)\n"
        "app.make_app()\n"
        "QTimer.singleShot(300, close)\n"
        "code = app.run(sys.argv[1])\n"
        "print('RECENT', settings.recent_databases()[0])\n"
        "sys.exit(code)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script, str(db_path)], capture_output=True, text=True,
                          timeout=30, env=env, cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    assert "TITLE Theo dõi Kế hoạch — test.sqlite 6" in done.stdout
    assert f"RECENT {db_path}" in done.stdout


@pytest.mark.sqlite_only("saves a copy of the database file")
def test_save_a_copy_and_state_remembered(make_window, db, tmp_path, sample) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui import settings
    from desktop_app.ui.menus import save_copy

    window = make_window("units")
    target = tmp_path / "ban-sao.sqlite"
    save_copy(window, str(target))
    copy = Database.open(target, source="test")
    try:
        assert len(task_service.list_tasks(copy, sample.plan_id)) == 3
    finally:
        copy.close()
    assert "Sao lưu:" in window.backup_label.text() and "chưa có" not in window.backup_label.text()
    window.close()
    assert settings.settings().value("window/page") == 2
    again = make_window("tasks")
    assert again.backup_label.text() == window.backup_label.text()


def test_grid_edit_through_the_real_worker_thread(db, sample, qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.main_window import MainWindow

    runner = OpRunner(db)  # asynchronous, as in the application
    window = MainWindow(db, runner)
    qtbot.addWidget(window)
    try:
        window.show()
        window.show_view("tasks")
        view = window.view("tasks")
        qtbot.waitUntil(lambda: view.model.rowCount() > 3, timeout=5000)
        index = view.model.index(view.model.row_of(sample.task_ids[0]), 5)
        view.model.setData(index, "Báo cáo chuyên đề")
        assert index.data() == "Báo cáo chuyên đề"  # shown at once, saved in the background
        qtbot.waitUntil(lambda: task_service.get_task(db, sample.task_ids[0]).output == "Báo cáo chuyên đề",
                        timeout=5000)
        window.stack.undo()
        qtbot.waitUntil(lambda: task_service.get_task(db, sample.task_ids[0]).output == "", timeout=5000)
        qtbot.waitUntil(lambda: index.data() == "", timeout=5000)
    finally:
        window.close()
        runner.shutdown()


def test_fast_typing_of_two_tasks_with_the_real_worker_thread(db, sample, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The reload after the first task must not swallow what is being typed for the second."""
    from desktop_app.ui.main_window import MainWindow
    from tests.ui.helpers import focused, key

    runner = OpRunner(db)
    window = MainWindow(db, runner)
    qtbot.addWidget(window)
    try:
        window.show()
        window.activateWindow()
        window.show_view("tasks")
        view = window.view("tasks")
        qtbot.waitUntil(lambda: view.model.rowCount() > 3, timeout=5000)
        grid = view.grid
        grid.setFocus()
        grid.setCurrentIndex(view.model.index(view.model.rowCount() - 1, CONTENT))
        type_text(grid, "Nhiệm vụ thứ nhất")
        key(focused(), Qt.Key.Key_Return)
        type_text(focused(), "Nhiệm vụ thứ hai")
        qtbot.wait(300)  # the first task's reload arrives while the second is being typed
        key(focused(), Qt.Key.Key_Return)

        def contents() -> list[str]:
            return [t.content for t in task_service.list_tasks(db, sample.plan_id)]

        qtbot.waitUntil(lambda: contents()[-2:] == ["Nhiệm vụ thứ nhất", "Nhiệm vụ thứ hai"], timeout=5000)
        qtbot.waitUntil(lambda: view.model.rows[-2].task is not None
                        and view.model.rows[-2].task.content == "Nhiệm vụ thứ hai", timeout=5000)
    finally:
        window.close()
        runner.shutdown()


def test_ctrl_number_switches_screens_and_shortcuts_are_listed(make_window, sample) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.menus import shortcuts_text
    from tests.ui.helpers import key

    window = make_window("tasks")
    window.view("tasks").grid.setFocus()
    key(window.view("tasks").grid, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.view("units")
    assert "Ctrl+Shift+V" in shortcuts_text() and "Hoàn tác" in shortcuts_text()
