"""Backups of a SQLite database: online copies (safe while the app runs), rotation, restore.

A backup is made with SQLite's online backup API, never by copying a live WAL file. Automatic
backups keep the newest copy of each of the last 7 days, 4 weeks and 12 months.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from platformdirs import user_data_dir

from desktop_app import APP_ID
from desktop_app.db import migrate
from desktop_app.db.opening import OUR_TABLES, SQLITE_MAGIC, DatabaseOpenError, backup_sqlite
from desktop_app.services.database import Database
from desktop_app.services.files import replacing

NAME = re.compile(r"^plantrack-(\d{8}-\d{6})\.sqlite$")
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime


def default_backup_dir() -> Path:
    return Path(user_data_dir(APP_ID, appauthor=False)) / "backups"


def _require_file(db: Database) -> Path:
    if db.path is None:
        raise DatabaseOpenError("Sao lưu tệp chỉ dùng cho cơ sở dữ liệu SQLite; máy chủ PostgreSQL được "
                                "sao lưu bằng pg_dump của quản trị viên.", "error")
    return db.path


def backup_to(db: Database, target: Path) -> Path:
    """Write a consistent copy of the open database to ``target`` (never half a file)."""
    source = _require_file(db)
    target = Path(target)
    with replacing(target) as partial:  # a full disk: "Ổ đĩa đã đầy", no .partial left
        backup_sqlite(source, partial)
    return target


def list_backups(folder: Path) -> list[BackupFile]:
    found = []
    for path in folder.glob("plantrack-*.sqlite") if folder.exists() else []:
        match = NAME.match(path.name)
        if match:
            found.append(BackupFile(path, datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def to_keep(backups: list[BackupFile]) -> set[Path]:
    """The newest backup of each of the last 7 days, 4 ISO weeks and 12 months."""
    keep: set[Path] = set()
    for key, count in ((lambda d: d.date(), KEEP_DAILY),
                       (lambda d: tuple(d.isocalendar())[:2], KEEP_WEEKLY),
                       (lambda d: (d.year, d.month), KEEP_MONTHLY)):
        seen: list[object] = []
        for backup in backups:  # newest first
            bucket = key(backup.taken_at)
            if bucket not in seen:
                seen.append(bucket)
                if len(seen) > count:
                    break
                keep.add(backup.path)
    return keep


def auto_backup(db: Database, folder: Path | None = None, now: datetime | None = None,
                force: bool = False) -> Path | None:
    """Back up once a day (or now when ``force``, e.g. on closing), then prune old copies."""
    folder = folder or default_backup_dir()
    now = now or datetime.now()
    folder.mkdir(parents=True, exist_ok=True)
    existing = list_backups(folder)
    made = None
    if force or not existing or existing[0].taken_at.date() != now.date():
        made = backup_to(db, folder / f"plantrack-{now:%Y%m%d-%H%M%S}.sqlite")
        existing = list_backups(folder)
    keep = to_keep(existing)
    for backup in existing:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
    return made


def check_backup_file(path: Path) -> str:
    """The schema revision of a backup file, or DatabaseOpenError saying why it cannot be used."""
    if not path.is_file():
        raise DatabaseOpenError(f"Không tìm thấy tệp sao lưu '{path}'.", "error")
    with path.open("rb") as handle:
        if handle.read(16) != SQLITE_MAGIC:
            raise DatabaseOpenError(f"'{path.name}' không phải tệp sao lưu của chương trình.", "not_a_database")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not tables >= OUR_TABLES or "alembic_version" not in tables:
                raise DatabaseOpenError(f"'{path.name}' không phải cơ sở dữ liệu của chương trình.", "foreign")
            revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
            if con.execute("PRAGMA integrity_check").fetchone() != ("ok",):
                raise DatabaseOpenError(f"Tệp sao lưu '{path.name}' bị hỏng.", "corrupt")
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseOpenError(f"Tệp sao lưu '{path.name}' bị hỏng ({exc}).", "corrupt") from exc
    if not revision or revision[0] not in migrate.known_revisions():
        raise DatabaseOpenError(f"'{path.name}' do phiên bản mới hơn của chương trình tạo ra.", "newer")
    return str(revision[0])


def restore(db_file: Path, backup_file: Path) -> Path | None:
    """Replace ``db_file`` by a checked backup, keeping the current file aside; returns where.

    The caller must have closed every connection to ``db_file``. The restored database is
    migrated to the current schema the next time it is opened.
    """
    check_backup_file(backup_file)
    kept = None
    if db_file.exists() and db_file.stat().st_size:
        kept = db_file.with_name(f"{db_file.stem}.truoc-khoi-phuc-{datetime.now():%Y%m%d-%H%M%S}.sqlite")
        backup_sqlite(db_file, kept)
    partial = db_file.with_name(db_file.name + ".partial")
    shutil.copyfile(backup_file, partial)
    for suffix in ("-wal", "-shm"):
        Path(str(db_file) + suffix).unlink(missing_ok=True)
    partial.replace(db_file)
    return kept


def newest_usable(backups: list[BackupFile]) -> BackupFile | None:
    """The newest backup that passes :func:`check_backup_file` (a damaged one is skipped)."""
    for backup in backups:  # newest first
        try:
            check_backup_file(backup.path)
        except DatabaseOpenError:
            continue
        return backup
    return None


def restore_as_copy(db_file: Path, backup_file: Path, now: datetime | None = None) -> Path:
    """Copy a checked backup to a NEW file next to ``db_file`` and return it; ``db_file`` is untouched.

    For a database that cannot be opened: the broken file stays as it was (for a technician or a
    later repair) and work goes on in ``<name>.khoi-phuc-<yyyymmdd-hhmmss>.sqlite``.
    """
    check_backup_file(backup_file)
    now = now or datetime.now()
    target = db_file.with_name(f"{db_file.stem}.khoi-phuc-{now:%Y%m%d-%H%M%S}.sqlite")
    number = 1
    while target.exists():
        number += 1
        target = db_file.with_name(f"{db_file.stem}.khoi-phuc-{now:%Y%m%d-%H%M%S}-{number}.sqlite")
    partial = target.with_name(target.name + ".partial")
    shutil.copyfile(backup_file, partial)
    partial.replace(target)
    return target
