"""Revision 0009 on a database with units: they keep everything, get no official code and are not
dissolved; the directory then loads beside them."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from desktop_app.db import migrate
from desktop_app.services import directory, units
from desktop_app.services.database import Database


@pytest.mark.sqlite_only("builds an old SQLite file by hand")
def test_0006_database_with_units_upgrades_through_0009(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, "0006")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO unit (id, updated_at, version, code, name, kind, active, search_text) "
                          "VALUES ('u1', '2024-01-01 00:00:00', 1, 'UBND', 'UBND quận Ba Đình', "
                          "'peoples_committee', 1, 'ubnd quan ba dinh')"))
    engine.dispose()
    db = Database.open(path)
    try:
        assert migrate.current_revision(db.engine) == migrate.REVISIONS[-1]  # 0009 and every later one
        old = units.get_unit(db, "u1")
        assert (old.name, old.code, old.official_code, old.dissolved_on) == ("UBND quận Ba Đình", "UBND", None, None)
        assert directory.load_directory(db, "01").added == 127
    finally:
        db.close()
