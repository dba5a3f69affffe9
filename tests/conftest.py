"""Shared fixtures: every test gets a fresh database file in its own temp folder.

Set PLANTRACK_TEST_DB_URL to a PostgreSQL URL to run the suite against a server instead; each
test then gets an empty schema there (see ``tests/pg.py``).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_app.services.database import Database

SEEDS = Path(__file__).resolve().parent / "fixtures" / "seeds"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test ever touches the real user data folder or settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("HOME", str(home))


SERVER_URL = os.environ.get("PLANTRACK_TEST_DB_URL", "")
ON_SERVER = bool(SERVER_URL)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not ON_SERVER:
        return
    for item in items:
        marker = item.get_closest_marker("sqlite_only")
        if marker is not None:
            why = marker.args[0] if marker.args else "works on the database file itself"
            item.add_marker(pytest.mark.skip(reason=f"SQLite-only: {why}"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite"


@pytest.fixture
def db_target(db_path: Path) -> Iterator[str]:
    """Where the test's database lives: a new SQLite file, or a new schema on the test server."""
    if not ON_SERVER:
        yield str(db_path)
        return
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(SERVER_URL)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    separator = "&" if "?" in SERVER_URL else "?"
    yield f"{SERVER_URL}{separator}options=-csearch_path%3D{schema}"
    with admin.begin() as conn:
        conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()


@pytest.fixture
def db(db_target: str) -> Iterator[Database]:
    database = Database.open(db_target, source="test")
    yield database
    database.close()



@pytest.fixture(scope="module")
def cli_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The user folder of the command-line tests of one module (never the real one)."""
    return tmp_path_factory.mktemp("home")


@pytest.fixture(scope="module")
def cli_demo_db(cli_home: Path) -> Path:
    """A demo database made by ``plantrack demo`` as of 31/12/2025, shared by one module's tests."""
    from tests.cli.helpers import run_cli

    path = cli_home / "demo.sqlite"
    result = run_cli("--db", str(path), "demo", "--today", "31/12/2025", home=cli_home)
    assert result.returncode == 0, result.stderr
    return path
