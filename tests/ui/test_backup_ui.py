"""Safety nets: automatic backups, a way out when a database cannot be opened, an item's history."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from desktop_app.services.backup import list_backups

SQLITE_ONLY = pytest.mark.sqlite_only("backs up the database file")


def _backups(db) -> list[Path]:  # type: ignore[no-untyped-def]
    from desktop_app.ui import settings

    return [b.path for b in list_backups(settings.backup_dir_for(db.path))]


@SQLITE_ONLY
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


def test_recovery_choices_depend_on_the_reason() -> None:
    from desktop_app.ui.app import BACKUP, OTHER, QUIT, RETRY, recovery_choices

    assert recovery_choices("corrupt", True) == [BACKUP, OTHER, QUIT]
    assert recovery_choices("corrupt", False) == [OTHER, QUIT]
    assert recovery_choices("not_a_database", True) == [BACKUP, OTHER, QUIT]
    assert recovery_choices("locked", True) == [RETRY, OTHER, QUIT]
    assert recovery_choices("newer", True) == [OTHER, QUIT]  # an older backup would hide the newer work
    assert recovery_choices("read_only", True) == [OTHER, QUIT]


def _corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page, header kept: "malformed"
    path.write_bytes(bytes(data))


@SQLITE_ONLY
def test_a_corrupt_database_opens_its_newest_backup_as_a_new_file(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.db.opening import DatabaseOpenError
    from desktop_app.services import backup as backup_service
    from desktop_app.services import units
    from desktop_app.services.database import Database
    from desktop_app.ui import app, settings

    app.make_app()
    settings.settings().clear()
    settings.set_backup_folder(tmp_path / "sao-luu")
    broken = tmp_path / "phuong.sqlite"
    db = Database.open(broken, source="test")
    units.create_unit(db, "UBND phường Điện Biên")
    backup_service.auto_backup(db, settings.backup_dir_for(broken))
    units.create_unit(db, "Công an phường")  # after the backup: lost with the broken file
    db.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{broken}{suffix}").unlink(missing_ok=True)
    _corrupt(broken)
    with pytest.raises(DatabaseOpenError) as failure:
        Database.open(broken, source="test")
    assert failure.value.reason == "corrupt"
    before = broken.read_bytes()

    shown: list[list[str]] = []

    def pick_backup(box: QMessageBox) -> int:
        shown.append([b.text() for b in box.buttons()])
        next(b for b in box.buttons() if b.text() == "Mở bản sao lưu gần nhất").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", pick_backup)
    session = app.Session()
    assert session.start(str(broken))  # the window shows at once; the database opens on its worker thread
    first = session.window
    try:
        # the failure is found after the window appeared: the way-out dialog, then a new window on the copy
        qtbot.waitUntil(lambda: session.db is not None, timeout=10000)
        window = session.window
        assert window is not None and window is not first and window.db is not None
        assert window.db.path is not None
        qtbot.addWidget(window)
        assert window.db.path.parent == broken.parent
        assert ".khoi-phuc-" in window.db.path.name and window.db.path != broken
        assert sorted(shown[0]) == sorted(["Mở bản sao lưu gần nhất", "Chọn tệp khác…", "Thoát"])
        assert [u.name for u in units.list_units(window.db)] == ["UBND phường Điện Biên"]
    finally:
        if session.window is not None:
            session.window.close()
            session.window.runner.shutdown()
        if session.db is not None:
            session.db.close()
    assert broken.read_bytes() == before  # the broken file was never written to


def test_history_dialog_shows_old_and_new_values(window, sample) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.models.tasks import CONTENT

    view = window.view("tasks")
    model = view.model
    row = model.row_of(sample.task_ids[1])
    old = "Tổ chức hội nghị tôn vinh trí thức tiêu biểu"
    new = "Tổ chức hội nghị tôn vinh trí thức tiêu biểu năm 2024"
    model.setData(model.index(row, CONTENT), new)
    view.grid.setCurrentIndex(model.index(row, CONTENT))
    view.history_action.trigger()
    dialog = view.history_dialog
    table = dialog.table
    rows = [[dialog.cell(r, c) for c in range(table.columnCount())] for r in range(table.rowCount())]
    assert any(r[5] == old and r[6] == new and r[3] == "Sửa" and r[4] == "Nội dung" for r in rows), rows
    assert all(len(r[0]) == len("20/11/2024 08:30") for r in rows)
    dialog.close()
