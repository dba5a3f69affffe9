"""Revision 0011 (files kept with issued reports) on a database at 0006 that already has an issued
report: the report keeps its bytes, gets no files, and can be issued again with an electronic copy."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import create_engine, text

from desktop_app.db import migrate
from desktop_app.reports.electronic.issued import kept_files
from desktop_app.services.database import Database


def test_0006_database_with_an_issued_report_upgrades(db_target: str) -> None:
    url = db_target if "://" in db_target else f"sqlite:///{db_target}"
    engine = create_engine(url)
    migrate.upgrade(engine, "0006")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO issued_report (id, plan_id, period, kind, unit_id, number, symbol, issued_on, data_json, "
            "pdf, docx, created_at) VALUES ('r-1', 'p-1', '2024-H1', 'progress', NULL, '45', 'BC-UBND', :day, "
            "'{}', :pdf, NULL, :now)"),
            {"day": date(2024, 6, 20), "pdf": b"%PDF-1.4 old", "now": datetime(2024, 6, 20, tzinfo=UTC)})
    engine.dispose()
    db = Database.open(db_target, source="test")
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT pdf FROM issued_report WHERE id = 'r-1'")).scalar() == b"%PDF-1.4 old"
        assert kept_files(db, "r-1") == []
    finally:
        db.close()
