"""Attack 8, the window's side: an empty file becomes a database only when the clerk chose a new one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop_app.db.opening import DatabaseOpenError
from desktop_app.services.database import Database
from desktop_app.ui import menus
from desktop_app.ui.app import OFFERS_BACKUP

pytestmark = pytest.mark.sqlite_only("database files")


def test_new_database_may_use_an_empty_file_and_opening_one_is_refused(qtbot, make_window,  # type: ignore[no-untyped-def]
                                                                       monkeypatch, tmp_path: Path) -> None:
    empty = tmp_path / "trong.sqlite"
    empty.write_bytes(b"")
    with pytest.raises(DatabaseOpenError) as refused:  # *Mở…* on it (or at start): refused, a backup offered
        Database.open(empty)
    assert refused.value.reason == "empty" and "empty" in OFFERS_BACKUP
    window = make_window("tasks")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(empty), ""))
    with qtbot.waitSignal(window.open_database, timeout=2000) as chosen:
        menus._new(window)  # *Tạo cơ sở dữ liệu mới…* on it: the clerk's choice
    assert chosen.args == [str(empty)] and not empty.exists()
    Database.open(chosen.args[0]).close()
    assert empty.stat().st_size > 0
