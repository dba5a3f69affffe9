"""Optimistic locking on progress: a save names the version of the record it was typed on (0: no
record yet); a record saved or created meanwhile by another connection is refused with a Conflict
that carries the stored values, never overwritten and never a unique-constraint crash."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event

from desktop_app.services import progress
from desktop_app.services.database import Database
from desktop_app.services.errors import Conflict
from tests.sample_data import Sample

PERIOD = "2024-H2"


def test_a_stale_progress_save_is_refused_with_the_stored_values(db: Database, db_target: str,
                                                                   sample: Sample) -> None:
    task = sample.task_ids[0]
    other = Database.open(db_target, source="ui")
    try:
        progress.record_progress(db, task, sample.pnv, PERIOD, expected_version=0, percent=30)
        seen = progress.stored_progress(db, task, sample.pnv, PERIOD)
        assert seen is not None and seen.values["percent"] == 30
        progress.record_progress(other, task, sample.pnv, PERIOD, expected_version=seen.version, percent=60)
        with pytest.raises(Conflict) as refused:
            progress.record_progress(db, task, sample.pnv, PERIOD, expected_version=seen.version, percent=40)
        assert refused.value.current["percent"] == 60 and refused.value.by == other.actor
        stored = progress.stored_progress(db, task, sample.pnv, PERIOD)
        assert stored is not None and stored.values["percent"] == 60
        assert refused.value.version == stored.version
        progress.record_progress(db, task, sample.pnv, PERIOD, expected_version=refused.value.version, percent=50)
        assert progress.stored_progress(other, task, sample.pnv, PERIOD).values["percent"] == 50  # type: ignore[union-attr]
    finally:
        other.close()


def test_a_first_save_after_another_window_created_the_record_is_a_conflict(db: Database, db_target: str,
                                                                              sample: Sample) -> None:
    task = sample.task_ids[0]
    other = Database.open(db_target, source="ui")
    try:
        progress.record_progress(other, task, sample.pnv, PERIOD, expected_version=0, result="Bản của người kia")
        with pytest.raises(Conflict) as refused:
            progress.record_progress(db, task, sample.pnv, PERIOD, expected_version=0, result="Bản của tôi")
        assert refused.value.current["result"] == "Bản của người kia"
    finally:
        other.close()


def test_a_record_created_between_the_read_and_the_insert_is_a_conflict_not_a_crash(
        db: Database, db_target: str, sample: Sample) -> None:
    """The other connection inserts after this save looked for the record and before it inserts."""
    task = sample.task_ids[0]
    other = Database.open(db_target, source="ui")
    raced: list[bool] = []

    def before_flush(session: Any, _context: Any, _instances: Any) -> None:
        if not raced:
            raced.append(True)
            progress.record_progress(other, task, sample.pnv, PERIOD, expected_version=0, percent=70)

    # first of the listeners: before the audit hook takes the write lock, as another process would
    event.listen(db._sessions, "before_flush", before_flush, insert=True)
    try:
        with pytest.raises(Conflict) as refused:
            progress.record_progress(db, task, sample.pnv, PERIOD, expected_version=0, percent=20)
        assert raced and refused.value.current["percent"] == 70
        stored = progress.stored_progress(db, task, sample.pnv, PERIOD)
        assert stored is not None and stored.values["percent"] == 70
    finally:
        event.remove(db._sessions, "before_flush", before_flush)
        other.close()


def test_deleting_a_record_saved_since_is_refused(db: Database, db_target: str, sample: Sample) -> None:
    task = sample.task_ids[0]
    created = progress.record_progress(db, task, sample.pnv, PERIOD, expected_version=0, percent=10)
    mine = progress.stored_progress(db, task, sample.pnv, PERIOD)
    assert mine is not None
    progress.record_progress(db, task, sample.pnv, PERIOD, expected_version=mine.version, percent=90)
    with pytest.raises(Conflict):
        progress.delete_progress(db, created, expected_version=mine.version)
    assert progress.stored_progress(db, task, sample.pnv, PERIOD) is not None
