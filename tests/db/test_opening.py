"""Opening refuses what is not ours, is newer, or is broken, and never writes to it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from desktop_app.db.opening import DatabaseOpenError
from desktop_app.services.database import Database


@pytest.mark.sqlite_only("the file is not a database at all")
def test_a_text_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"Ke hoach 2024\n" * 100)
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError) as err:
        Database.open(path)
    assert err.value.reason == "not_a_database"
    assert path.read_bytes() == before


@pytest.mark.sqlite_only("another program's SQLite file")
def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    con.commit()
    con.close()
    with pytest.raises(DatabaseOpenError) as err:
        Database.open(path)
    assert err.value.reason == "foreign"
    con = sqlite3.connect(path)
    assert [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")] == ["customers"]
    con.close()


def test_a_database_from_a_newer_version_is_refused(db_target: str) -> None:
    Database.open(db_target).close()
    engine = create_engine(db_target if "://" in db_target else f"sqlite:///{db_target}")
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(DatabaseOpenError, match="phiên bản mới hơn") as err:
        Database.open(db_target)
    assert err.value.reason == "newer"
    with engine.connect() as conn:  # and nothing was done to it
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999"
    engine.dispose()


@pytest.mark.sqlite_only("a damaged SQLite file")
def test_a_corrupt_file_is_reported_as_such(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    with pytest.raises(DatabaseOpenError) as err:
        Database.open(path)
    assert err.value.reason in {"corrupt", "not_a_database"}


@pytest.mark.sqlite_only("folders for a new database file")
def test_missing_folders_are_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "new.sqlite"
    Database.open(path).close()
    assert path.exists()
