"""Screenshots of every screen on the demo database (offscreen), into docs/screenshots/demo-*.png.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.services.database import Database  # noqa: E402
from desktop_app.services.demo import create_demo  # noqa: E402
from desktop_app.ui.app import create_window, make_app  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def main() -> int:
    folder = Path(tempfile.mkdtemp())
    db = Database.open(folder / "demo.sqlite", source="ui")
    create_demo(db, today=date.today())
    make_app()
    window = create_window(db, synchronous=True, first_run=False)
    window.resize(1360, 820)
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)
    for page in ("overview", "plans", "tasks", "progress", "units"):
        window.show_view(page)
        for _ in range(5):
            QApplication.processEvents()
        path = OUT / f"demo-{page}.png"
        window.grab().save(str(path))
        print(path)
    window.runner.shutdown()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
