"""migrate-to: a whole SQLite database copied to an empty server (or file), verified per table."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from desktop_app.db.models import Base
from desktop_app.services import audit, progress, tasks, transfer, units
from desktop_app.services.database import Database
from desktop_app.services.errors import ValidationError
from tests.sample_data import make_sample


def _source(tmp_path: Path) -> tuple[Database, str]:
    source = Database.open(tmp_path / "ward.sqlite")
    sample = make_sample(source)
    progress.record_progress(source, sample.task_ids[0], sample.pnv, "2024-H1", status="done",
                             completed_on=date(2024, 5, 2), result="Xong")
    units.create_unit(source, "Phường Trúc Bạch", "PTB", "ward", parent_id=sample.ubnd)
    return source, sample.plan_id


def test_copy_keeps_ids_audit_log_and_checksums(tmp_path: Path, db_target: str) -> None:
    source, plan_id = _source(tmp_path)
    copies = transfer.migrate_to(source, db_target)
    assert {c.table for c in copies} == {t.name for t in Base.metadata.sorted_tables}
    assert {c.table: c.rows for c in copies}["task"] == 3
    copy = Database.open(db_target)
    assert [t.id for t in tasks.list_tasks(copy, plan_id)] == [t.id for t in tasks.list_tasks(source, plan_id)]
    assert audit.verify_chain(copy) == []
    # the copy goes on: new audit entries continue the chain and numbering
    tasks.update_task(copy, tasks.list_tasks(copy, plan_id)[0].id, output="Sau khi chuyển")
    assert audit.verify_chain(copy) == []
    copy.close()
    source.close()


def test_a_target_with_data_is_refused(tmp_path: Path, db_target: str) -> None:
    source, _ = _source(tmp_path)
    transfer.migrate_to(source, db_target)
    url = db_target if "://" in db_target else f"sqlite:///{db_target}"
    engine = create_engine(url)
    with engine.connect() as conn:
        before = conn.execute(text("SELECT count(*) FROM audit_entry")).scalar()
    with pytest.raises(ValidationError, match="đã có dữ liệu"):
        transfer.migrate_to(source, db_target)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_entry")).scalar() == before
    engine.dispose()
    source.close()
