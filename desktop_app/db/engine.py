"""Engines for any SQLAlchemy URL; SQLite gets foreign keys, WAL and full fsync."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import StaticPool

SQLITE_BUSY_TIMEOUT_MS = 5000


def to_url(target: str | Path) -> str:
    """A path becomes a sqlite URL; a URL (anything with "://") is kept as it is."""
    text = str(target)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _sqlite_pragmas(dbapi_connection: Any, connection_record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=FULL")  # a power cut never loses a committed edit
    cursor.close()


def make_engine(url: str, read_only: bool = False) -> Engine:
    if is_sqlite(url):
        path = sqlite_path(url)
        if read_only and path is not None:
            engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
        elif path is None:  # in-memory: one connection, or every session would see a new empty DB
            engine = create_engine(url, poolclass=StaticPool)
        else:  # a file: pooled connections, closed by Database.close() (engine.dispose())
            engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def enable_wal(engine: Engine) -> None:
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA journal_mode=WAL")
