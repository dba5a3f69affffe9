"""Opening a database safely: refuse what is not ours or is newer, back up, migrate to head.

Nothing here writes to a file it has not first recognised as a database of this application
(or as empty), and a database is copied aside before any migration changes it.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, inspect
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import StaticPool

from desktop_app.db import migrate
from desktop_app.db.engine import enable_wal, is_sqlite, make_engine, sqlite_path, to_url
from desktop_app.db.holders import exclusive

SQLITE_MAGIC = b"SQLite format 3\x00"
APPLICATION_ID = 0x504C544B  # "PLTK" in the SQLite header (PRAGMA application_id), set by revision 0007
OUR_TABLES = {"plan", "task", "unit", "progress"}


class DatabaseOpenError(Exception):
    """A database that cannot be opened, with a sentence a clerk can act on."""

    def __init__(self, message: str, reason: str = "error") -> None:
        super().__init__(message)
        self.reason = reason  # not_a_database | empty | foreign | newer | corrupt | locked | read_only | error


def _check_sqlite_file(path: Path, create: bool = False) -> None:
    """Refuse, untouched, what is not a database of ours: not SQLite, another program's, or empty.

    Ours: the header carries :data:`APPLICATION_ID`, or (before revision 0007 set it) the file has
    our revision table and tables. A file without tables is new; a 0-byte one only when the clerk
    chose to create a new database (``create``), since an empty file is also what a failed copy or
    a full disk leaves.
    """
    if not path.exists():
        if not path.parent.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
        return
    if path.is_dir():
        raise DatabaseOpenError(f"'{path}' là một thư mục, không phải tệp cơ sở dữ liệu.", "not_a_database")
    if path.stat().st_size == 0:
        if create:
            return
        raise DatabaseOpenError(
            f"Tệp '{path.name}' trống (0 byte), không phải cơ sở dữ liệu; nó có thể là một bản chép bị hỏng. "
            "Nếu muốn tạo cơ sở dữ liệu mới trong tệp này, hãy chọn «Tạo cơ sở dữ liệu mới» "
            "(dòng lệnh: plantrack --new-database).", "empty")
    with path.open("rb") as handle:
        header = handle.read(100)
    if header[:16] != SQLITE_MAGIC:
        raise DatabaseOpenError(
            f"Tệp '{path.name}' không phải là cơ sở dữ liệu của chương trình (không phải tệp SQLite).",
            "not_a_database",
        )
    mark, tables, revision = _peek(path, header)
    if mark == APPLICATION_ID or not tables:
        return
    if mark == 0 and "alembic_version" in tables and tables >= OUR_TABLES and revision:
        return  # ours from before the mark (revision 0007 sets it)
    raise DatabaseOpenError(
        f"Tệp '{path.name}' là cơ sở dữ liệu của một chương trình khác, không phải của Theo dõi Kế hoạch; "
        "chương trình không mở và không thay đổi tệp này.", "foreign")


def _peek(path: Path, header: bytes) -> tuple[int, set[str], str | None]:
    """The mark, the table names and the revision, read without writing anything to the file."""
    mark = int.from_bytes(header[68:72], "big")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            mark = con.execute("PRAGMA application_id").fetchone()[0]  # also a mark still in the WAL
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if "alembic_version" in tables:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise _explain(exc, path) from exc
    return mark, tables, revision


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


def open_engine(target: str | Path, migrate_to_head: bool = True, create: bool = False) -> Engine:
    """An engine on a database at the migration head; raises DatabaseOpenError with a reason.

    ``create``: the clerk chose to make a new database, so an empty (0-byte) file is taken.
    """
    url = to_url(target)
    path = sqlite_path(url)
    if path is not None:
        _check_sqlite_file(path, create)
    engine = make_engine(url)
    try:
        tables = set(inspect(engine).get_table_names())
        revision = migrate.current_revision(engine) if "alembic_version" in tables else None
    except SADatabaseError as exc:
        engine.dispose()
        raise _explain(exc, path) from exc
    if tables and revision is None:
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
            if path is not None:
                engine.dispose()
                _migrate_file(path, revision)
            else:
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


def _migrate_file(path: Path, revision: str | None) -> None:
    """Upgrade a SQLite file to head holding it alone (refused, naming who, while another has it open).

    The file is copied aside first (an existing database), then migrated and switched to WAL on
    the one exclusive connection; the lock ends when it closes.
    """
    with exclusive(path, "nâng cấp cơ sở dữ liệu") as connection:
        if revision is not None:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            kept = path.with_name(f"{path.stem}.truoc-nang-cap-{revision}-{stamp}.sqlite")
            copy = sqlite3.connect(kept)
            try:
                connection.backup(copy)
            finally:
                copy.close()
        connection.execute("PRAGMA foreign_keys=ON")
        engine = create_engine("sqlite://", creator=lambda: connection, poolclass=StaticPool)
        try:
            migrate.upgrade(engine)
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA journal_mode=WAL")
        finally:
            engine.dispose()


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
