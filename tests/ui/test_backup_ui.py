"""Safety nets: automatic backups, a way out when a database cannot be opened, an item's history."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from desktop_app.services.backup import list_backups

pytestmark = pytest.mark.sqlite_only("backs up the database file")


def _backups(db) -> list[Path]:  # type: ignore[no-untyped-def]
    from desktop_app.ui import settings

    return [b.path for b in list_backups(settings.backup_dir_for(db.path))]


def test_automatic_backups(qtbot, db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui import settings
    from desktop_app.ui.app import create_window, make_app

    make_app()
    settings.settings().clear()
    settings.set_backup_folder(tmp_path / "sao-luu")

    window = create_window(db, synchronous=True, first_run=False)
    qtbot.addWidget(window)
    opened = _backups(db)
    assert len(opened) == 1  # opening the window made one backup
    assert opened[0].parent.parent == tmp_path / "sao-luu"
    assert "chưa có" not in window.backup_label.text()

    # pretend that backup was taken earlier today, so the one made on closing has another name
    earlier = opened[0].with_name(f"plantrack-{datetime.now():%Y%m%d}-000000.sqlite")
    opened[0].rename(earlier)
    window.close()
    closed = _backups(db)
    assert len(closed) == 1 and closed[0] != earlier  # a new backup; the older one of the day pruned

    again = create_window(db, synchronous=True, first_run=False)
    qtbot.addWidget(again)
    assert _backups(db) == closed  # a second opening on the same day makes none
    again._closing_backup_done = True
    again.runner.shutdown()
