"""Opening a database safely: refuse what is not ours or is newer, back up, migrate to head.

Nothing here writes to a file it has not first recognised as a database of this application
(or as empty), and a database is copied aside before any migration changes it.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, inspect
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError

from desktop_app.db import migrate
from desktop_app.db.engine import enable_wal, is_sqlite, make_engine, sqlite_path, to_url

SQLITE_MAGIC = b"SQLite format 3\x00"
OUR_TABLES = {"plan", "task", "unit", "progress"}


class DatabaseOpenError(Exception):
    """A database that cannot be opened, with a sentence a clerk can act on."""

    def __init__(self, message: str, reason: str = "error") -> None:
        super().__init__(message)
        self.reason = reason  # not_a_database | foreign | newer | corrupt | locked | read_only | error


def _check_sqlite_file(path: Path) -> None:
    if not path.exists():
        if not path.parent.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
        return
    if path.is_dir():
        raise DatabaseOpenError(f"'{path}' là một thư mục, không phải tệp cơ sở dữ liệu.", "not_a_database")
    if path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(16)
    if header != SQLITE_MAGIC:
        raise DatabaseOpenError(
            f"Tệp '{path.name}' không phải là cơ sở dữ liệu của chương trình (không phải tệp SQLite).",
            "not_a_database",
        )


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy a live SQLite database with the online backup API (safe while WAL is in use)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def open_engine(target: str | Path, migrate_to_head: bool = True) -> Engine:
    """An engine on a database at the migration head; raises DatabaseOpenError with a reason."""
    url = to_url(target)
    path = sqlite_path(url)
    if path is not None:
        _check_sqlite_file(path)
    engine = make_engine(url)
    try:
        tables = set(inspect(engine).get_table_names())
        revision = migrate.current_revision(engine) if "alembic_version" in tables else None
    except SADatabaseError as exc:
        engine.dispose()
        raise _explain(exc, path) from exc
    if tables and revision is None and tables & OUR_TABLES != OUR_TABLES:
        engine.dispose()
        raise DatabaseOpenError("Cơ sở dữ liệu này không phải của chương trình Theo dõi Kế hoạch.", "foreign")
    if revision is not None and revision not in migrate.known_revisions():
        engine.dispose()
        raise DatabaseOpenError(
            "Cơ sở dữ liệu được tạo bởi phiên bản mới hơn của chương trình; hãy cập nhật chương trình "
            "trước khi mở.", "newer")
    head = migrate.head_revision()
    if migrate_to_head and revision != head:
        try:
            if path is not None and revision is not None:
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                backup_sqlite(path, path.with_name(f"{path.stem}.truoc-nang-cap-{revision}-{stamp}.sqlite"))
            if path is not None:
                enable_wal(engine)
            migrate.upgrade(engine)
        except (SADatabaseError, sqlite3.DatabaseError) as exc:
            engine.dispose()
            raise _explain(exc, path) from exc
    elif path is not None and is_sqlite(url):
        try:
            enable_wal(engine)
        except OperationalError as exc:
            engine.dispose()
            raise _explain(exc, path) from exc
    return engine


def _explain(exc: Exception, path: Path | None) -> DatabaseOpenError:
    text = str(exc).lower()
    name = path.name if path else "cơ sở dữ liệu"
    if "locked" in text or "busy" in text:
        return DatabaseOpenError(f"'{name}' đang được một chương trình khác dùng (bị khóa).", "locked")
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return DatabaseOpenError(f"Không ghi được vào '{name}' (thư mục chỉ đọc?).", "read_only")
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return DatabaseOpenError(f"Tệp '{name}' bị hỏng; hãy mở bản sao lưu gần nhất.", "corrupt")
    return DatabaseOpenError(f"Không mở được '{name}': {exc}", "error")
