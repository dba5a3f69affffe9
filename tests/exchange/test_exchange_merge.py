"""Importing into a database that already holds data: by id, newer updated_at wins, never twice."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from exchange_support import counts, load_example, snapshot, uid
from sqlalchemy import select

from desktop_app.db.models import AuditEntry, Progress, Task, Unit
from desktop_app.db.types import utcnow
from desktop_app.exchange.export import export_data, iso_datetime
from desktop_app.exchange.importer import KINDS, import_data, import_file
from desktop_app.services import audit, maintenance, tasks, units
from desktop_app.services.database import Database


def _example_file(tmp_path: Path, data: dict | None = None) -> Path:
    path = tmp_path / "ba-dinh.json"
    path.write_text(json.dumps(data or load_example(), ensure_ascii=False), encoding="utf-8")
    return path


def test_importing_the_same_file_twice_changes_nothing_the_second_time(db: Database, tmp_path: Path) -> None:
    path = _example_file(tmp_path)
    first = import_file(db, path)
    assert first.total_added == 32 and first.changed
    before = snapshot(db)
    second = import_file(db, path)
    assert snapshot(db) == before  # not even an audit entry
    assert not second.changed
    assert second.total_unchanged == first.total_added
    assert second.unchanged["tasks"] == 10 and second.unchanged["units"] == 7
    assert second.lines()[0].startswith("Đã nhập từ import:ba-dinh.json: thêm 0, cập nhật 0, không đổi 32")
    assert "- Nhiệm vụ: không đổi 10" in second.lines()


def test_import_keeps_the_file_times_and_writes_an_audit_trail(db: Database, tmp_path: Path) -> None:
    import_file(db, _example_file(tmp_path))
    with db.read() as session:
        unit = session.get(Unit, uid("noivu"))
        assert unit is not None
        assert unit.updated_at == datetime(2024, 5, 4, 2, 0, tzinfo=UTC)
        sources = set(session.scalars(select(AuditEntry.source)))
    assert sources == {"import:ba-dinh.json"}
    assert [h.action for h in audit.history(db, uid("t1.1"))] == ["create"]
    assert maintenance.check(db).ok


def test_newer_updated_at_wins_and_older_is_skipped(db: Database) -> None:
    import_data(db, load_example())
    data = load_example()
    units_by_key = {u["id"]: u for u in data["units"]}
    newer = units_by_key[uid("noivu")]
    newer.update(name="Phòng Nội vụ quận Ba Đình", updated_at="2025-01-02T03:04:05.678Z")
    older = units_by_key[uid("yte")]
    older.update(name="Phòng Y tế (cũ)", updated_at="2024-01-01T00:00:00.000Z")
    same_time = data["plans"][0]["groups"][0]["tasks"][0]
    same_time["content"] = "Nội dung sửa tay mà không đổi thời điểm"
    moved = data["plans"][0]["groups"][1]["tasks"][0]
    moved.update(coordinating_unit_ids=[uid("vhtt"), uid("yte")], updated_at="2025-02-01T00:00:00+07:00")
    summary = import_data(db, data, source="test-merge")
    assert summary.updated == {**dict.fromkeys(KINDS, 0), "units": 1, "tasks": 1}
    assert summary.older_skipped == {**dict.fromkeys(KINDS, 0), "units": 1, "tasks": 1}
    assert summary.unchanged["units"] == 5
    assert units.get_unit(db, uid("noivu")).name == "Phòng Nội vụ quận Ba Đình"
    assert units.get_unit(db, uid("yte")).name == "Phòng Y tế"
    assert tasks.get_task(db, uid("t1.1")).content.startswith("Đổi mới tư duy")
    assert set(tasks.get_task(db, uid("t2.1")).coordinating_unit_ids) == {uid("vhtt"), uid("yte")}
    with db.read() as session:
        unit = session.get(Unit, uid("noivu"))
        task = session.get(Task, uid("t2.1"))
        assert unit is not None and task is not None
        assert unit.updated_at == datetime(2025, 1, 2, 3, 4, 5, 678000, tzinfo=UTC)
        assert task.updated_at == datetime(2025, 1, 31, 17, 0, tzinfo=UTC)
    changes = [(h.field, h.source) for h in audit.history(db, uid("noivu")) if h.action == "update"]
    assert changes == [("name", "test-merge")]
    exported = export_data(db)
    assert next(u for u in exported["units"] if u["id"] == uid("noivu"))["updated_at"] == "2025-01-02T03:04:05.678Z"


def test_local_edit_newer_than_the_file_is_kept(db: Database) -> None:
    import_data(db, load_example())
    units.update_unit(db, uid("gddt"), name="Phòng Giáo dục và Đào tạo quận")  # now: newer than the file
    summary = import_data(db, load_example())
    assert summary.older_skipped["units"] == 1
    assert units.get_unit(db, uid("gddt")).name == "Phòng Giáo dục và Đào tạo quận"


def test_an_object_without_updated_at_never_overwrites(db: Database) -> None:
    import_data(db, load_example())
    data = load_example()
    del data["units"][0]["updated_at"]
    data["units"][0]["name"] = "Tên khác"
    summary = import_data(db, data)
    assert summary.older_skipped["units"] == 1
    assert units.get_unit(db, data["units"][0]["id"]).name == "UBND Thành phố Hà Nội"


def test_text_is_stored_nfc_and_a_nfd_copy_counts_as_unchanged(db: Database) -> None:
    import unicodedata

    data = load_example()
    import_data(db, data)
    nfd = copy.deepcopy(data)
    nfd["units"][0]["name"] = unicodedata.normalize("NFD", nfd["units"][0]["name"]) + "  "
    nfd["units"][0]["updated_at"] = iso_datetime(utcnow() + timedelta(hours=1))
    summary = import_data(db, nfd)
    assert not summary.changed


def test_same_progress_entered_under_another_id_is_matched_by_task_unit_and_period(db: Database) -> None:
    import_data(db, load_example())
    data = load_example()
    row = next(p for p in data["progress"] if p["id"] == uid("p1"))
    row.update(id=uid("p1-other-copy"), percent=90, updated_at="2025-01-05T00:00:00.000Z")
    data["target_values"][0].update(id=uid("tv-other"), value=8.6, updated_at="2025-01-05T00:00:00.000Z")
    summary = import_data(db, data)
    assert summary.updated["progress"] == 1 and summary.added["progress"] == 0
    assert summary.updated["target_values"] == 1
    with db.read() as session:
        rows = [(r.id, r.percent) for r in session.scalars(select(Progress).where(Progress.task_id == uid("t1.1")))]
    assert rows == [(uid("p1"), 90)]


def test_new_objects_may_refer_to_units_that_exist_only_in_the_database(db: Database) -> None:
    import_data(db, load_example())
    ward = units.create_unit(db, "Phường Giảng Võ", kind="ward")
    data = load_example()
    data["units"] = []
    task = data["plans"][0]["groups"][3]["tasks"][0]
    task.update(lead_unit_id=ward.id, updated_at="2025-03-01T00:00:00.000Z")
    data["plans"][0]["groups"][3]["tasks"].append(
        {"id": uid("t4.3"), "content": "Việc mới của phường", "lead_unit_id": ward.id,
         "coordinating_unit_ids": [uid("noivu")], "schedule": {"kind": "once", "due": "2025-12-31"}})
    summary = import_data(db, data)
    assert summary.added["tasks"] == 1 and summary.updated["tasks"] == 1
    new = tasks.get_task(db, uid("t4.3"))
    assert (new.lead_unit_id, new.number, new.schedule.label) == (ward.id, "4.3", "31/12/2025")


def test_groups_and_units_can_move(db: Database) -> None:
    import_data(db, load_example())
    data = load_example()
    later = "2025-04-01T00:00:00.000Z"
    badinh = next(u for u in data["units"] if u["id"] == uid("badinh"))
    badinh.update(parent_id=None, active=False, updated_at=later)
    hanoi = next(u for u in data["units"] if u["id"] == uid("hanoi"))
    hanoi.update(parent_id=uid("new-root"), updated_at=later)
    data["units"].append({"id": uid("new-root"), "name": "Thành phố Hà Nội (mới)", "kind": "other"})
    summary = import_data(db, data)
    assert summary.added["units"] == 1 and summary.updated["units"] == 2
    assert units.get_unit(db, uid("hanoi")).parent_id == uid("new-root")
    assert units.get_unit(db, uid("badinh")).active is False
    assert maintenance.check(db).ok


def test_dry_run_reports_without_writing(db: Database) -> None:
    before = counts(db)
    summary = import_data(db, load_example(), dry_run=True)
    assert summary.total_added == 32 and summary.dry_run
    assert summary.lines()[0].startswith("Thử nhập")
    assert counts(db) == before


def test_empty_document_imports_nothing(db: Database) -> None:
    summary = import_data(db, {"format": "plantrack-exchange", "version": 1})
    assert not summary.changed
    assert summary.lines() == ["Đã nhập từ import: thêm 0, cập nhật 0, không đổi 0, bỏ qua vì cũ hơn 0.",
                               "Tệp không có dữ liệu nào."]
