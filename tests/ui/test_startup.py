"""Start-up: the window paints before SQLAlchemy is imported; the database opens on the worker thread."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.services.database import Database
from tests.sample_data import make_sample

SLOW_LIBRARIES = ("sqlalchemy", "alembic", "reportlab", "openpyxl", "docx", "jsonschema", "pypdfium2", "pypdf")

STARTUP = """
import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'
from PySide6.QtCore import QTimer
from desktop_app.ui import app, settings
qt = app.make_app(); settings.settings().clear()
import threading; go = threading.Event(); real_open = app.open_for_ui
app.open_for_ui = lambda target: (go.wait(10), real_open(target))[1]  # opens once the window has painted
session = app.Session(); session.start(sys.argv[1])
window = session.window
def loaded(prefixes): return sorted({m.split('.')[0] for m in sys.modules if m.split('.')[0] in prefixes})
SLOW = set(sys.argv[2].split(','))
def painted():
    print('painted', loaded(SLOW), window.pages.currentWidget().objectName() == 'opening', flush=True)
    go.set()
    window.ready.connect(opened)
    if window.db is not None: opened()
def opened():
    print('opened', sorted(window.views), loaded(SLOW), window.view('tasks').model.rowCount() >= 0, flush=True)
    window.runner.wait_idle(); window.close(); window.runner.shutdown(); qt.quit()
QTimer.singleShot(0, painted)
qt.exec()
sys.exit(0)
"""


@pytest.mark.sqlite_only("opens a database file in a child process")
def test_the_window_paints_before_the_database_libraries_load(tmp_path: Path) -> None:
    path = tmp_path / "phuong.sqlite"
    db = Database.open(path, source="test")
    make_sample(db)
    db.close()
    env = {**__import__("os").environ, "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-c", STARTUP, str(path), ",".join(SLOW_LIBRARIES)],
                          capture_output=True, text=True, timeout=60, cwd=Path(__file__).resolve().parents[2], env=env)
    assert done.returncode == 0, done.stderr
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith(("painted", "opened"))]
    assert lines[0] == "painted [] True", lines  # first paint: no database library, "Đang mở…" shown
    # once open: only the screen the window opens on was built, and no report/Excel/PDF library loaded
    assert lines[1] == "opened ['tasks'] ['sqlalchemy'] True", lines


def test_a_database_that_fails_after_the_window_shows_offers_the_way_out(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.ui import app, settings

    app.make_app()
    settings.settings().clear()
    not_ours = tmp_path / "ghi-chu.sqlite"
    not_ours.write_bytes(b"khong phai SQLite" * 100)
    shown: list[str] = []

    def quit_(box: QMessageBox) -> int:
        shown.append(box.text())
        next(b for b in box.buttons() if b.text() == "Thoát").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", quit_)
    exits: list[int] = []
    monkeypatch.setattr(app.QCoreApplication, "exit", lambda code=0: exits.append(code))
    session = app.Session()
    assert session.start(str(not_ours))
    window = session.window
    assert window is not None and window.db is None  # the session closes and deletes it (not qtbot)
    window.runner.start()  # as after the first paint
    qtbot.waitUntil(lambda: bool(exits), timeout=10000)
    assert exits == [1] and session.exit_code == 1 and session.window is None
    assert "không phải" in shown[0]
    import shiboken6

    assert not shiboken6.isValid(window) or not window.isVisible()  # closed, then deleted
    assert not_ours.read_bytes() == b"khong phai SQLite" * 100  # never written to
