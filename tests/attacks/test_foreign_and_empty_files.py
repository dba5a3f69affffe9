"""Attacks 5 and 8: another program's SQLite file, an empty file, and a migration under another process.

Before: a file with tables named plan/task/unit/progress was taken as ours at no revision (switched
to WAL, 5 tables created, no copy kept, raw SQL in the message); a 0-byte file silently became a
new database. Our files now carry a mark (PRAGMA application_id, set by revision 0007).
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from desktop_app.db import migrate
from desktop_app.db.opening import APPLICATION_ID, DatabaseOpenError
from desktop_app.services import units
from desktop_app.services.database import Database
from tests.cli.helpers import run_cli

pytestmark = pytest.mark.sqlite_only("database files, their header and locks")


def file_state(path: Path) -> tuple[bytes, list[str]]:
    return path.read_bytes(), sorted(p.name for p in path.parent.iterdir())


def make_foreign(path: Path, mark: int = 0, with_revision: bool = False) -> None:
    con = sqlite3.connect(path)
    for table in ("plan", "task", "unit", "progress"):
        con.execute(f"CREATE TABLE {table} (id TEXT PRIMARY KEY, name TEXT)")
    if with_revision:
        con.execute("CREATE TABLE alembic_version (version_num TEXT)")
        con.execute("INSERT INTO alembic_version VALUES ('0006')")
    con.execute(f"PRAGMA application_id = {mark}")
    con.commit()
    con.close()


@pytest.mark.parametrize(("mark", "with_revision"), [(0, False), (0x12345678, True)])
def test_another_programs_file_with_our_table_names_is_refused_untouched(tmp_path: Path, mark: int,
                                                                         with_revision: bool) -> None:
    path = tmp_path / "other.sqlite"
    make_foreign(path, mark, with_revision)
    before = file_state(path)
    with pytest.raises(DatabaseOpenError) as err:
        Database.open(path)
    assert err.value.reason == "foreign"
    message = str(err.value)
    assert "chương trình khác" in message
    for sql in ("SELECT", "CREATE", "PRAGMA", "sqlite_master", "alembic"):
        assert sql not in message
    assert file_state(path) == before  # no WAL switch, no table, no copy beside it


def test_an_empty_file_is_refused_unless_a_new_database_was_chosen(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.write_bytes(b"")
    with pytest.raises(DatabaseOpenError, match="trống") as err:
        Database.open(path)
    assert err.value.reason == "empty"
    assert file_state(path) == (b"", ["empty.sqlite"])
    db = Database.open(path, create=True)
    try:
        units.create_unit(db, "Phòng Nội vụ", "PNV", "office")
    finally:
        db.close()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
    con.close()


def test_the_command_line_refuses_an_empty_file_without_new_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.write_bytes(b"")
    refused = run_cli("--db", str(path), "units", home=tmp_path)
    assert refused.returncode != 0 and "trống (0 byte)" in refused.stderr and "Traceback" not in refused.stderr
    assert path.stat().st_size == 0
    made = run_cli("--db", str(path), "--new-database", "units", home=tmp_path)
    assert made.returncode == 0, made.stderr
    assert path.stat().st_size > 0


def test_a_database_of_ours_from_before_the_mark_gets_it_on_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, "0006")
    engine.dispose()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA application_id").fetchone() == (0,)
    con.close()
    Database.open(path).close()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
    con.close()


def test_a_migration_is_refused_while_another_process_holds_the_file(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, "0006")
    engine.dispose()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
         "c.execute('PRAGMA journal_mode=WAL'); c.execute('SELECT 1 FROM plan').fetchall(); "
         "print('ready', flush=True); "
         "sys.stdin.read()", str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(DatabaseOpenError) as err:
            Database.open(path)
        assert err.value.reason == "locked"
        assert f"tiến trình {holder.pid}" in str(err.value) or sys.platform != "linux"
        con = sqlite3.connect(path)
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0006",)
        con.close()
    finally:
        holder.communicate("", timeout=10)
    Database.open(path).close()  # once it is closed the upgrade goes ahead
    assert list(tmp_path.glob("old.truoc-nang-cap-0006-*.sqlite"))
