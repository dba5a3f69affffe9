"""Migrations: run on an empty database, upgrade old databases with data, never drift from models."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from desktop_app.db import migrate
from desktop_app.db.migrate import include_name
from desktop_app.db.models import Base
from desktop_app.services import audit, plans, progress, search, targets, tasks
from desktop_app.services.database import Database

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_empty_database_is_migrated_to_head(db: Database) -> None:
    assert migrate.current_revision(db.engine) == migrate.head_revision()


@pytest.mark.sqlite_only("WAL and foreign-key pragmas are SQLite settings")
def test_sqlite_runs_with_wal_and_foreign_keys(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_models_and_migration_head_never_drift(db: Database) -> None:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "include_name": include_name})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_every_revision_upgrades_and_downgrades(db_target: str) -> None:
    engine = create_engine(db_target if "://" in db_target else f"sqlite:///{db_target}")
    revisions = list(reversed([r.revision for r in migrate.script().walk_revisions()]))
    for revision in revisions:
        migrate.upgrade(engine, revision)
        assert migrate.current_revision(engine) == revision
    from alembic import command

    with engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "base")
    assert migrate.current_revision(engine) is None
    engine.dispose()


@pytest.mark.sqlite_only("the checked-in old database is a SQLite file")
def test_checked_in_revision_0001_database_upgrades_with_its_data(tmp_path: Path) -> None:
    """A real database made at revision 0001 (tests/fixtures/db_0001.sqlite) opens at head."""
    copy = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "db_0001.sqlite", copy)
    db = Database.open(copy)
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        plan = plans.get_plan(db, "215/KH-UBND")
        assert plan.title == "Thực hiện Nghị quyết 45-NQ/TW về đội ngũ trí thức"
        assert [d.reference for d in plan.implements] == ["45-NQ/TW"]
        task = tasks.list_tasks(db, plan.id)[0]
        assert (task.number, task.lead_unit_name, task.coordinating_unit_names) == (
            "1.1", "Phòng Nội vụ", ("UBND quận Ba Đình",))
        assert targets.list_targets(db, plan.id)[0].value_for("2024-Y") == 8.4
        rows = progress.period_rows(db, plan.id, "2024-H1")
        assert rows[0].percent == 40 and rows[0].result.startswith("Đã tổ chức")
        # 0002 filled the folded search text from the old rows …
        assert {h.kind for h in search.search(db, "nang cao nhan thuc")} == {"progress"}
        assert [h.id for h in search.search(db, "day manh tuyen truyen")] == ["k-1"]
        # … and chained the old audit entries so the check passes, then new edits extend the chain
        assert audit.verify_chain(db) == []
        tasks.update_task(db, "k-1", content="Đẩy mạnh tuyên truyền, phổ biến Nghị quyết")
        assert audit.verify_chain(db) == []
        # the old file was copied aside before it was changed
        kept = list(tmp_path.glob("old.truoc-nang-cap-0001-*.sqlite"))
        assert len(kept) == 1
        con = sqlite3.connect(kept[0])
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        con.close()
    finally:
        db.close()


def test_the_revision_list_matches_the_migration_scripts() -> None:
    """Opening a database checks its revision against migrate.REVISIONS without loading alembic."""
    chain = [r.revision for r in migrate.script().walk_revisions()]
    assert tuple(reversed(chain)) == migrate.REVISIONS
    assert migrate.script().get_current_head() == migrate.head_revision()


@pytest.mark.sqlite_only("the checked-in old database is a SQLite file")
def test_the_old_database_survives_every_step(tmp_path: Path) -> None:
    """From revision 0001 with data, one revision at a time: the data is there after every step."""
    copy = tmp_path / "steps.sqlite"
    shutil.copy(FIXTURES / "db_0001.sqlite", copy)
    engine = create_engine(f"sqlite:///{copy}")
    for revision in migrate.REVISIONS[1:]:
        migrate.upgrade(engine, revision)
        con = sqlite3.connect(copy)
        try:
            assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)
            assert con.execute("SELECT title FROM plan").fetchall() == [
                ("Thực hiện Nghị quyết 45-NQ/TW về đội ngũ trí thức",)]
            assert con.execute("SELECT count(*) FROM task").fetchone() == (1,)
            assert con.execute("SELECT percent, result FROM progress").fetchone()[0] == 40
            assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        finally:
            con.close()
    engine.dispose()
