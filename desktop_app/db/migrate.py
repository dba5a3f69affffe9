"""Alembic wiring: find the migrations, tell a database's revision, upgrade it to head.

Opening a database that is already at head needs no alembic at all (it costs a tenth of a second
to import): the revision is read with one query and compared with ``REVISIONS``, the chain of
revision ids in ``migrations/versions`` (a test keeps the two equal).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

import desktop_app

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

# oldest first; the last one is the head. Add each new revision here.
REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0009", "0011")


def migrations_dir() -> Path:
    """``migrations/`` beside the package (source tree) or inside a bundle."""
    here = Path(desktop_app.__file__).resolve().parent
    for candidate in (here.parent / "migrations", here / "migrations"):
        if (candidate / "env.py").exists():
            return candidate
    raise FileNotFoundError("migrations/ folder not found next to desktop_app")


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    return REVISIONS[-1]


def known_revisions() -> set[str]:
    return set(REVISIONS)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


MIGRATION_LOCK = 0x504C544D  # PostgreSQL advisory lock: one PC upgrades a shared server at a time


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Upgrade to ``revision``. On a server, PCs started at once upgrade one after the other: the
    second waits for the first and then finds the schema already upgraded (SQLite files are
    upgraded holding the file alone, see ``opening``)."""
    from alembic import command

    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
        command.upgrade(alembic_config(conn), revision)


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Schema comparisons leave out SQLite's full-text index tables (revision 0003)."""
    return not (type_ == "table" and name is not None and "_fts" in name)
