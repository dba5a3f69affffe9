"""Backups of a SQLite database: online copies (safe while the app runs), rotation, restore.

A backup is made with SQLite's online backup API, never by copying a live WAL file. Automatic
backups keep the newest copy of each of the last 7 days, 4 weeks and 12 months.
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from platformdirs import user_data_dir

from desktop_app import APP_ID
from desktop_app.db import migrate
from desktop_app.db.engine import make_engine, to_url
from desktop_app.db.holders import held_message
from desktop_app.db.hooks import append_event
from desktop_app.db.models import Setting
from desktop_app.db.opening import APPLICATION_ID, OUR_TABLES, SQLITE_MAGIC, DatabaseOpenError, backup_sqlite
from desktop_app.services import heads
from desktop_app.services.audit import chain_head
from desktop_app.services.database import Database
from desktop_app.services.files import DiskFull, is_disk_full, replacing

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
    head = heads.file_head(target)
    if head is not None:  # the copy's own log ends at this head: remembered apart from the database
        heads.remember(db, head, f"bản sao lưu '{target.name}'")
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
            mark = con.execute("PRAGMA application_id").fetchone()[0]
            if not tables >= OUR_TABLES or "alembic_version" not in tables or mark not in (0, APPLICATION_ID):
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


RESTORED_KEY = "restore_generation"  # setting changed by each restore: an open window reopens on it


def restore(db_file: Path, backup_file: Path) -> Path | None:
    """Restore ``db_file`` from a checked backup, in place; returns where the current data was kept.

    Safe while other programs have the database open (a window, another command): the file is
    never replaced under them. The backup is first brought to the current schema in a file of its
    own, with an audit entry saying what was restored over which log head; SQLite's backup API
    then writes it into the live database in one transaction. Whoever had it open reads the
    restored data from their next transaction on, and their later saves go into it (a save based
    on a record that the restore changed is refused as a conflict, never lost). A window notices
    the new ``RESTORED_KEY`` and reopens. Refused, naming who holds it, when a writer keeps the
    database busy for more than a few seconds.
    """
    check_backup_file(backup_file)
    kept = None
    replaced = None
    if db_file.exists() and db_file.stat().st_size:
        kept = db_file.with_name(f"{db_file.stem}.truoc-khoi-phuc-{datetime.now():%Y%m%d-%H%M%S}.sqlite")
        with replacing(kept) as partial:  # a full disk: "Ổ đĩa đã đầy", no half copy left
            backup_sqlite(db_file, partial)
        replaced = heads.file_head(kept)
    staging = db_file.with_name(db_file.name + ".khoi-phuc.partial")
    try:
        _remove_database_file(staging)
        try:
            shutil.copyfile(backup_file, staging)
        except OSError as exc:
            if is_disk_full(exc, db_file):
                raise DiskFull.at(db_file) from exc
            raise
        restored = Database.open(staging, source=f"restore:{backup_file.name}")
        try:
            with restored.write() as session:
                generation = str(uuid.uuid4())
                session.merge(Setting(key=RESTORED_KEY, value=generation))
                append_event(session, "restore", "database", generation,
                             json.dumps(replaced.as_json() if replaced else None),
                             json.dumps({"backup": backup_file.name}, ensure_ascii=False))
            head = chain_head(restored)
        finally:
            restored.close()
        _write_into(staging, db_file)
    finally:
        _remove_database_file(staging)
    live = Database(make_engine(to_url(db_file)))
    try:
        heads.remember(live, head, f"khôi phục từ '{backup_file.name}'", replace=True)
    finally:
        live.close()
    return kept


def _remove_database_file(path: Path) -> None:
    for name in (str(path), f"{path}-wal", f"{path}-shm", f"{path}-journal"):
        Path(name).unlink(missing_ok=True)


BUSY_STEPS = 20  # × 250 ms between tries (CPython's backup): refused after about 5 s of a busy writer


def _write_into(source: Path, target: Path) -> None:
    """Copy ``source`` over the open database ``target`` with SQLite's backup API (one transaction)."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target, timeout=5)
    busy = [0]

    def progress(status: int, remaining: int, total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            busy[0] += 1
            if busy[0] > BUSY_STEPS:
                raise DatabaseOpenError(held_message(target, "khôi phục"), "locked")

    try:
        src.backup(dst, progress=progress)
    finally:
        dst.close()
        src.close()


def restore_generation(db: Database) -> str:
    """Changes with each restore: a window that saw another value reopens the database."""
    with db.read() as session:
        row = session.get(Setting, RESTORED_KEY)
        return row.value if row is not None else ""


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
    with replacing(target) as partial:  # a full disk: "Ổ đĩa đã đầy", no .partial left
        shutil.copyfile(backup_file, partial)
    return target
