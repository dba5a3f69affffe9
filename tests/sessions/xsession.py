"""The clerk session in a real X server: ``python -m tests.sessions.xsession DB SHOTS`` (DISPLAY
set, QT_QPA_PLATFORM=xcb). Keys come from xdotool; a screenshot of the screen after each step."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def main(db_path: str, shots: str) -> int:
    from desktop_app.services.database import Database
    from desktop_app.ui import settings
    from desktop_app.ui.app import create_window, make_app
    from tests.sessions.clerk import Session, XdoKeys, check_seeded, seed, settle

    db = Database.open(Path(db_path), source="ui")
    seed(db)
    check_seeded(db)
    make_app()
    settings.settings().clear()
    window = create_window(db, synchronous=True, first_run=False)
    window.resize(1360, 860)
    window.move(0, 0)
    window.show()
    settle(300)
    wid = str(int(window.winId()))
    subprocess.run(["xdotool", "windowfocus", "--sync", wid], check=False)
    window.activateWindow()
    settle(300)
    session = Session(window, db, XdoKeys(Path(shots), window))
    try:
        session.run()
    except BaseException:
        session.keys.shot("failed")
        raise
    print(f"session done: {len(session.steps)} steps")
    window.runner.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
