"""Whole clerk sessions by keyboard only (issue 15): offscreen in this process, and in a real X
server (Xvfb) with keys sent by xdotool and a screenshot per step kept as an artefact."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.sessions.clerk import QtKeys, Session, check_seeded, seed

ROOT = Path(__file__).resolve().parents[2]


def test_clerk_session_offscreen(qtbot, db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui import settings
    from desktop_app.ui.app import create_window, make_app

    make_app()
    settings.settings().clear()
    seed(db)
    check_seeded(db)
    window = create_window(db, synchronous=True, first_run=False)
    qtbot.addWidget(window)
    window.resize(1360, 860)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    try:
        session = Session(window, db, QtKeys(tmp_path, window))
        session.run()
        assert len(session.steps) == 10
    finally:
        window.runner.shutdown()


def _free_display() -> int:
    for number in range(90, 140):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            return number
    raise RuntimeError("no free X display number")


@pytest.mark.slow
@pytest.mark.sqlite_only("the session runs in its own process on a database file")
def test_clerk_session_in_a_real_x_server_with_xdotool(tmp_path) -> None:  # type: ignore[no-untyped-def]
    for tool in ("Xvfb", "xdotool", "import"):
        assert shutil.which(tool), f"{tool} is missing: scripts/setup.sh installs xvfb, xdotool, imagemagick"
    shots = Path(tempfile.mkdtemp(prefix="plantrack-session-shots-"))
    print(f"screenshots of each step: {shots}")
    display = _free_display()
    server = subprocess.Popen(["Xvfb", f":{display}", "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        env = {**os.environ, "DISPLAY": f":{display}", "QT_QPA_PLATFORM": "xcb"}
        for _ in range(100):
            if subprocess.run(["xdotool", "getmouselocation"], env=env, capture_output=True).returncode == 0:
                break
            server.poll()
            assert server.returncode is None, "Xvfb did not start"
            __import__("time").sleep(0.05)
        done = subprocess.run([sys.executable, "-m", "tests.sessions.xsession", str(tmp_path / "session.sqlite"),
                               str(shots)], env=env, cwd=ROOT, capture_output=True, text=True, timeout=600)
        print(done.stdout)
        assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
        assert "session done: 10 steps" in done.stdout
        assert len(list(shots.glob("*.png"))) >= 10
    finally:
        server.terminate()
        server.wait(timeout=10)
