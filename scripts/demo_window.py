"""The main window on a fresh demo database, offscreen, for the screenshot scripts."""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from desktop_app.services.database import Database
from desktop_app.services.demo import create_demo
from desktop_app.ui.app import create_window, make_app

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def demo_window(today: date | None = None, size: tuple[int, int] = (1360, 860)) -> tuple[Database, Any]:
    """(the demo database, its window shown at ``size``), every call run inline."""
    db = Database.open(Path(tempfile.mkdtemp()) / "demo.sqlite", source="ui")
    create_demo(db, today=today or date.today())
    make_app()
    window = create_window(db, synchronous=True, first_run=False)
    window.resize(*size)
    window.show()
    return db, window
