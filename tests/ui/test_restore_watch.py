"""Attack 1, the window's side: a restore by another command reopens the window on the restored data."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.services import backup, units
from desktop_app.services.database import Database

pytestmark = pytest.mark.sqlite_only("restoring a database file from a backup")


def test_a_window_reopens_when_its_database_is_restored(qtbot, make_window, db: Database,  # type: ignore[no-untyped-def]
                                                        tmp_path: Path) -> None:
    units.create_unit(db, "Phòng Nội vụ", "PNV", "office")
    saved = backup.backup_to(db, tmp_path / "sao-luu.sqlite")
    window = make_window("units")
    qtbot.waitUntil(lambda: window.restore_watch is not None and window.restore_watch.seen is not None,
                    timeout=5000)
    with qtbot.assertNotEmitted(window.open_database):
        window.restore_watch.look()  # nothing restored yet: the window stays
    assert db.path is not None
    backup.restore(db.path, saved)  # as `plantrack restore` in another process would, the window open
    with qtbot.waitSignal(window.open_database, timeout=5000) as reopened:
        window.restore_watch.look()
    assert reopened.args == [window.target]
