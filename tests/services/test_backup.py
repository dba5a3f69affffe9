"""Backups: online copies of a live database, 7/4/12 rotation, checked restore."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.db import migrate
from desktop_app.db.opening import DatabaseOpenError
from desktop_app.services import backup, plans, tasks
from desktop_app.services.database import Database
from tests.sample_data import make_sample

pytestmark = pytest.mark.sqlite_only("file backups use SQLite's online backup API")


def test_backup_of_a_live_database_holds_every_committed_row(db: Database, tmp_path: Path) -> None:
    sample = make_sample(db)
    with db.engine.connect() as reader:  # another connection holds the WAL open meanwhile
        reader.exec_driver_sql("SELECT count(*) FROM task").scalar()
        target = backup.backup_to(db, tmp_path / "copy.sqlite")
    assert backup.check_backup_file(target) == migrate.head_revision()
    copy = Database.open(target)
    assert [t.id for t in tasks.list_tasks(copy, sample.plan_id)] == sample.task_ids
    copy.close()


def test_rotation_keeps_7_daily_4_weekly_12_monthly(tmp_path: Path) -> None:
    start = datetime(2024, 1, 1, 17, 0)
    for day in range(400):  # two backups a day for 400 days
        for hour in (9, 17):
            moment = start + timedelta(days=day) + timedelta(hours=hour - 17)
            (tmp_path / f"plantrack-{moment:%Y%m%d-%H%M%S}.sqlite").write_bytes(b"")
    existing = backup.list_backups(tmp_path)
    kept = sorted((b.taken_at for b in existing if b.path in backup.to_keep(existing)), reverse=True)
    newest = existing[0].taken_at
    assert kept[0] == newest
    days = {k.date() for k in kept if (newest - k).days < 7}
    assert len(days) == 7
    assert len({(k.year, k.month) for k in kept}) == 12
    assert len(kept) <= 7 + 4 + 12
    assert all(k.hour == 17 for k in kept)  # the newest copy of each day, week or month


def test_auto_backup_once_a_day_then_prunes(db: Database, tmp_path: Path) -> None:
    make_sample(db)
    folder = tmp_path / "backups"
    first = backup.auto_backup(db, folder, datetime(2024, 6, 3, 8, 0))
    assert first is not None and first.exists()
    assert backup.auto_backup(db, folder, datetime(2024, 6, 3, 16, 0)) is None
    assert backup.auto_backup(db, folder, datetime(2024, 6, 3, 17, 0), force=True) is not None
    for day in range(4, 40):
        backup.auto_backup(db, folder, datetime(2024, 6, 1, 8, 0) + timedelta(days=day))
    assert len(backup.list_backups(folder)) <= 7 + 4 + 12
    assert not list(folder.glob("*.partial"))


def test_restore_checks_the_file_and_keeps_the_current_one_aside(db: Database, db_path: Path,
                                                                  tmp_path: Path) -> None:
    sample = make_sample(db)
    saved = backup.backup_to(db, tmp_path / "saved.sqlite")
    plans.update_plan(db, sample.plan_id, title="Sửa sau khi sao lưu")
    db.close()
    kept = backup.restore(db_path, saved)
    assert kept is not None and kept.exists()
    restored = Database.open(db_path)
    assert plans.get_plan(restored, sample.plan_id).title == "Thực hiện Nghị quyết về đội ngũ trí thức"
    restored.close()
    aside = Database.open(kept)
    assert plans.get_plan(aside, sample.plan_id).title == "Sửa sau khi sao lưu"
    aside.close()


def test_restore_refuses_files_that_are_not_our_backups(tmp_path: Path, db_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_text("không phải cơ sở dữ liệu")
    with pytest.raises(DatabaseOpenError, match="không phải"):
        backup.restore(db_path, junk)
    assert not db_path.exists()
