"""Every write is one transaction, text is stored clean, and every change is in the audit log."""

from __future__ import annotations

import json
import unicodedata

import pytest
from sqlalchemy import func, select, text

from desktop_app.db.models import AuditEntry, Task
from desktop_app.services import audit, progress, tasks, units
from desktop_app.services.database import Database
from desktop_app.services.errors import Conflict, InUse, ValidationError
from tests.sample_data import Sample


def _count(db: Database, model: type) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_nfd_text_is_stored_nfc(db: Database, sample: Sample) -> None:
    nfd = unicodedata.normalize("NFD", "  Bồi dưỡng   cán bộ trẻ ")
    info = tasks.add_task(db, sample.group_ids[1], nfd, sample.pgd)
    with db.engine.connect() as conn:
        stored = conn.execute(text("SELECT content FROM task WHERE id = :id"), {"id": info.id}).scalar()
    assert stored == "Bồi dưỡng cán bộ trẻ" == unicodedata.normalize("NFC", stored)


def test_a_failing_write_leaves_nothing_behind(db: Database, sample: Sample) -> None:
    before = (_count(db, Task), _count(db, AuditEntry))
    with pytest.raises(ValidationError, match="coordinating_unit_ids"):
        tasks.add_task(db, sample.group_ids[0], "Nhiệm vụ mới", sample.pnv, ["khong-co-don-vi"])
    with pytest.raises(RuntimeError), db.write() as session:
        session.add(Task(group_id=sample.group_ids[0], content="Nửa chừng", position=9))
        session.flush()
        raise RuntimeError("mất điện giữa chừng")
    assert (_count(db, Task), _count(db, AuditEntry)) == before


def test_validation_names_the_field(db: Database, sample: Sample) -> None:
    with pytest.raises(ValidationError) as err:
        progress.record_progress(db, sample.task_ids[0], sample.pnv, "2024-H1", status="xong", percent=140)
    fields = {p.where for p in err.value.problems}
    assert fields == {"status", "percent"}
    with pytest.raises(ValidationError, match="period"):
        progress.record_progress(db, sample.task_ids[0], sample.pnv, "2024-H3", status="done")


def test_audit_log_has_who_where_field_old_and_new(db: Database, sample: Sample) -> None:
    tasks.update_task(db, sample.task_ids[0], content="Đẩy mạnh tuyên truyền, phổ biến")
    entries = audit.history(db, sample.task_ids[0])
    assert entries[0].action == "create"
    assert json.loads(entries[0].new_value or "{}")["content"] == "Đẩy mạnh tuyên truyền"
    change = [e for e in entries if e.action == "update"]
    assert [(e.field, e.old_value, e.new_value, e.source) for e in change] == [
        ("content", "Đẩy mạnh tuyên truyền", "Đẩy mạnh tuyên truyền, phổ biến", "test")]
    assert change[0].os_user == db.actor
    tasks.update_task(db, sample.task_ids[0], coordinating_unit_ids=[sample.ubnd, sample.pgd])
    coord = [e for e in audit.history(db, sample.task_ids[0]) if e.field == "coordinating_units"]
    assert json.loads(coord[0].old_value or "") == [sample.pgd]
    assert sorted(json.loads(coord[0].new_value or "")) == sorted([sample.ubnd, sample.pgd])
    tasks.delete_task(db, sample.task_ids[0])
    assert audit.history(db, sample.task_ids[0])[-1].action == "delete"
    assert audit.verify_chain(db) == []


def test_editing_or_removing_an_audit_row_outside_the_app_is_detected(db: Database, sample: Sample) -> None:
    assert audit.verify_chain(db) == []
    with db.engine.begin() as conn:  # a raw connection: what a user with a DB browser could do
        conn.execute(text("UPDATE audit_entry SET new_value = 'sửa lén' WHERE seq = 3"))
    assert any("#3" in p for p in audit.verify_chain(db))
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_entry WHERE seq = 5"))
    assert any("#6" in p and "không nối tiếp" in p for p in audit.verify_chain(db))


def test_a_unit_in_use_can_only_be_deactivated(db: Database, sample: Sample) -> None:
    with pytest.raises(InUse, match="Phòng Nội vụ"):
        units.delete_unit(db, sample.pnv)
    units.update_unit(db, sample.pnv, active=False)
    assert sample.pnv not in {u.id for u in units.list_units(db, include_inactive=False)}
    spare = units.create_unit(db, "Phòng Tư pháp", "PTP", "office")
    units.delete_unit(db, spare.id)
    assert spare.id not in {u.id for u in units.list_units(db)}


def test_a_unit_cannot_become_its_own_ancestor(db: Database, sample: Sample) -> None:
    with pytest.raises(ValidationError, match="parent_id"):
        units.update_unit(db, sample.ubnd, parent_id=sample.pnv)


def test_a_stale_edit_is_refused(db: Database, sample: Sample) -> None:
    seen = tasks.get_task(db, sample.task_ids[0])
    tasks.update_task(db, seen.id, expected_version=seen.version, output="Kế hoạch tuyên truyền")
    with pytest.raises(Conflict):
        tasks.update_task(db, seen.id, expected_version=seen.version, output="Bản sửa cũ")
    assert tasks.get_task(db, seen.id).output == "Kế hoạch tuyên truyền"


def test_tasks_are_numbered_and_renumbered(db: Database, sample: Sample) -> None:
    assert [t.number for t in tasks.list_tasks(db, sample.plan_id)] == ["1.1", "1.2", "2.1"]
    tasks.add_task(db, sample.group_ids[0], "Chèn lên đầu", sample.pnv, position=1)
    assert [t.content for t in tasks.list_tasks(db, sample.plan_id)][:2] == ["Chèn lên đầu", "Đẩy mạnh tuyên truyền"]
    tasks.move_task(db, sample.task_ids[2], 1, group_id=sample.group_ids[0])
    listed = tasks.list_tasks(db, sample.plan_id)
    assert next((t.number, t.content) for t in listed) == ("1.1", "Rà soát đội ngũ trí thức")
    assert [t.number for t in listed] == ["1.1", "1.2", "1.3", "1.4"]
    tasks.delete_task(db, listed[1].id)
    assert [t.number for t in tasks.list_tasks(db, sample.plan_id)] == ["1.1", "1.2", "1.3"]
    tasks.move_group(db, sample.group_ids[1], 1)
    assert [g.position for g in tasks.list_groups(db, sample.plan_id)] == [1, 2]
    assert tasks.list_groups(db, sample.plan_id)[0].id == sample.group_ids[1]


def test_two_windows_on_one_file_the_second_save_sees_the_first(db: Database, db_target: str,
                                                                sample: Sample) -> None:
    """Two Database objects on the same database stand for two windows or two clerks."""
    other = Database.open(db_target, source="ui")
    try:
        mine = tasks.get_task(db, sample.task_ids[0])
        theirs = tasks.get_task(other, sample.task_ids[0])
        tasks.update_task(other, theirs.id, expected_version=theirs.version, output="Bản của người kia")
        with pytest.raises(Conflict) as refused:
            tasks.update_task(db, mine.id, expected_version=mine.version, output="Bản của tôi")
        assert refused.value.current["output"] == "Bản của người kia"
        assert refused.value.by == other.actor
        assert "Bản ghi đã được sửa bởi" in str(refused.value)
        # merging: the clerk saves again on top of the version they have now seen
        tasks.update_task(db, mine.id, expected_version=refused.value.version, output="Bản gộp của hai người")
        assert tasks.get_task(other, mine.id).output == "Bản gộp của hai người"
    finally:
        other.close()


def test_a_received_plan_keeps_its_structure_but_takes_progress(db: Database, sample: Sample) -> None:
    from datetime import date

    from desktop_app.db.models import Plan
    from desktop_app.services import plans, progress

    with db.write() as session:
        plan = session.get(Plan, sample.plan_id)
        assert plan is not None
        plan.locked = True
    for change in (lambda: tasks.update_task(db, sample.task_ids[0], content="Sửa"),
                   lambda: tasks.add_task(db, sample.group_ids[0], "Thêm"),
                   lambda: tasks.delete_task(db, sample.task_ids[0]),
                   lambda: tasks.move_task(db, sample.task_ids[0], 2),
                   lambda: tasks.add_group(db, sample.plan_id, "Nhóm mới"),
                   lambda: plans.update_plan(db, sample.plan_id, title="Đổi tên")):
        with pytest.raises(ValidationError, match="do cấp trên gửi xuống"):
            change()
    assert tasks.get_task(db, sample.task_ids[0]).content == "Đẩy mạnh tuyên truyền"
    progress.record_progress(db, sample.task_ids[0], sample.pnv, "2024-H1", status="done",
                             completed_on=date(2024, 6, 1))


def test_deleting_a_task_can_be_undone_with_its_progress(db: Database, sample: Sample) -> None:
    from datetime import date

    from desktop_app.services import progress

    t1 = sample.task_ids[0]
    row = progress.record_progress(db, t1, sample.pnv, "2024-H1", status="done", completed_on=date(2024, 6, 1),
                                   result="Đã tổ chức 12 buổi")
    def state() -> dict[str, object]:
        rows = progress.period_rows(db, sample.plan_id, "2024-H1")
        return {r.task_id: (r.result, r.status, r.progress_id) for r in rows}

    before = state()
    deleted = tasks.delete_task(db, t1)
    assert [t.id for t in tasks.list_tasks(db, sample.plan_id)] == sample.task_ids[1:]
    assert [e.action for e in audit.history(db, row)][-1] == "delete"  # the progress row's removal is audited
    tasks.restore_task(db, deleted)
    assert [t.id for t in tasks.list_tasks(db, sample.plan_id)] == sample.task_ids
    assert state() == before
    assert tasks.get_task(db, t1).coordinating_unit_ids == (sample.pgd,)


def test_deleting_a_group_can_be_undone_with_its_tasks_and_progress(db: Database, sample: Sample) -> None:
    from desktop_app.services import progress

    progress.record_progress(db, sample.task_ids[1], sample.pnv, "2024-Y", status="in_progress", percent=60,
                             result="Đang tổ chức")
    deleted = tasks.delete_group(db, sample.group_ids[0])
    assert [t.id for t in tasks.list_tasks(db, sample.plan_id)] == [sample.task_ids[2]]
    tasks.restore_group(db, deleted)
    assert [t.id for t in tasks.list_tasks(db, sample.plan_id)] == sample.task_ids
    assert [g.id for g in tasks.list_groups(db, sample.plan_id)] == sample.group_ids
    rows = {r.task_id: r for r in progress.period_rows(db, sample.plan_id, "2024-Y")}
    assert (rows[sample.task_ids[1]].percent, rows[sample.task_ids[1]].result) == (60, "Đang tổ chức")


def test_every_database_object_writes_the_audit_log(db_target: str) -> None:
    """Opening and closing databases many times never leaves one without its audit hooks."""
    import gc

    for round_ in range(30):
        database = Database.open(db_target, source=f"round-{round_}")
        unit = units.create_unit(database, f"Đơn vị thử {round_}")
        assert [e.source for e in audit.history(database, unit.id)] == [f"round-{round_}"]
        database.close()
        del database
        gc.collect()
