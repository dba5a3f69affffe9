"""Ward ↔ district: review states and evidence documents travel in the exchange file.

The "done when" scenario: the district returns a ward's update with a reason, the ward sees it
after the next exchange, the corrected row is accepted and the report counts change.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop_app.db.models import Plan
from desktop_app.domain.schedule import Schedule
from desktop_app.exchange.export import export_data
from desktop_app.exchange.importer import import_data
from desktop_app.exchange.validate import schema_problems
from desktop_app.reports.data import build_report_data
from desktop_app.services import attachments, plans, progress, review, tasks, units
from desktop_app.services.database import Database
from desktop_app.services.errors import ValidationError

PDF = b"%PDF-1.7\n" + bytes(range(256)) * 8 + b"\n%%EOF\n"


@pytest.fixture
def ward(tmp_path: Path, db_target: str) -> Iterator[Database]:
    """A second database (the ward's PC): a SQLite file, whatever the main test database is."""
    other = Database.open(tmp_path / "ward.sqlite", source="test")
    yield other
    other.close()


def _district(db: Database) -> tuple[str, str, list[str]]:
    quan = units.create_unit(db, "UBND quận Ba Đình", "UBND", "peoples_committee").id
    phuong = units.create_unit(db, "UBND phường Ngọc Hà", "NH", "ward", parent_id=quan).id
    plan = plans.create_plan(db, "Phát huy vai trò trí thức", "30", "KH-UBND", issued_on=date(2024, 3, 1),
                             issuer_unit_id=quan, start_year=2024, end_year=2025).id
    group = tasks.add_group(db, plan, "Tuyên truyền").id
    ids = [tasks.add_task(db, group, "Tổ chức hội nghị", phuong, schedule=Schedule.once(date(2024, 6, 30))).id,
           tasks.add_task(db, group, "Khảo sát", phuong, schedule=Schedule.continuous()).id]
    return plan, phuong, ids


def _send(source: Database, target: Database, plan: str, include_files: bool = False) -> None:
    time.sleep(0.01)  # "newer wins" compares change times to the millisecond
    data = export_data(source, plan, include_files=include_files)
    assert schema_problems(data) == []
    import_data(target, data, source="import:test.json")
    time.sleep(0.01)


def _done_count(db: Database, plan: str) -> int:
    return build_report_data(db, plan, "2024-H1", invariant=True).counts.done


def _row(db: Database, plan: str, task: str) -> progress.ProgressRow:
    return next(r for r in progress.period_rows(db, plan, "2024-H1") if r.task_id == task)


def test_return_travels_to_the_ward_and_the_corrected_row_is_accepted(db: Database, ward: Database) -> None:
    district = db
    plan, phuong, (t1, t2) = _district(district)
    _send(district, ward, plan)
    with ward.write() as session:  # the ward received the plan from above: read-only there
        received = session.get(Plan, plan)
        assert received is not None
        received.locked = True
    # the ward reports both tasks done and submits
    ids = [progress.record_progress(ward, t, phuong, "2024-H1", status="done", completed_on=date(2024, 6, 1),
                                    result="Đã thực hiện") for t in (t1, t2)]
    review.submit(ward, ids)
    _send(ward, district, plan)
    assert {_row(district, plan, t).review_state for t in (t1, t2)} == {"submitted"}
    assert review.completeness(district, plan, "2024-H1").total.received == 2
    assert _done_count(district, plan) == 2
    # the district returns one with a reason: it now counts as not done there
    review.return_(district, [_row(district, plan, t1).progress_id or ""], "Thiếu số liệu người tham dự")
    review.accept(district, [_row(district, plan, t2).progress_id or ""])
    assert _done_count(district, plan) == 1
    # … and the ward sees which row was returned and why, after the next exchange
    _send(district, ward, plan)
    back = _row(ward, plan, t1)
    assert (back.review_state, back.review_reason, back.reviewed_by) == (
        "returned", "Thiếu số liệu người tham dự", district.actor)
    assert back.reviewed_at is not None and _row(ward, plan, t2).review_state == "accepted"
    assert _done_count(ward, plan) == 1
    with pytest.raises(ValidationError, match="cấp trên"):  # the ward cannot accept it itself
        review.accept(ward, [back.progress_id or ""])
    # the ward corrects and submits again; the district accepts; the counts go back up
    progress.record_progress(ward, t1, phuong, "2024-H1", result="Đã thực hiện, 120 người tham dự")
    review.submit(ward, [back.progress_id or ""])
    _send(ward, district, plan)
    corrected = _row(district, plan, t1)
    assert corrected.review_state == "submitted" and "120 người" in corrected.result
    review.accept(district, [corrected.progress_id or ""])
    assert _done_count(district, plan) == 2
    figures = review.completeness(district, plan, "2024-H1").total
    assert (figures.expected, figures.received, figures.accepted) == (2, 2, 2)
    _send(district, ward, plan)
    assert {_row(ward, plan, t).review_state for t in (t1, t2)} == {"accepted"}


def test_review_keys_are_optional_and_only_written_after_review(db: Database) -> None:
    plan, phuong, (t1, t2) = _district(db)
    a = progress.record_progress(db, t1, phuong, "2024-H1", status="in_progress")
    progress.record_progress(db, t2, phuong, "2024-H1", status="in_progress")
    review.return_(db, [a], "Thiếu")
    rows = {p["task_id"]: p for p in export_data(db, plan)["progress"]}
    assert rows[t1]["review_state"] == "returned" and rows[t1]["review_reason"] == "Thiếu"
    assert "review_state" not in rows[t2]


def test_bad_review_state_is_refused(db: Database, ward: Database) -> None:
    plan, phuong, (t1, _) = _district(db)
    progress.record_progress(db, t1, phuong, "2024-H1", status="done", completed_on=date(2024, 6, 1))
    data = export_data(db, plan)
    data["progress"][0]["review_state"] = "approved"
    with pytest.raises(ValidationError, match=r"\$\.progress\[0\]\.review_state"):
        import_data(ward, data)


def test_attachments_travel_byte_for_byte_or_as_references(db: Database, ward: Database) -> None:
    plan, phuong, (t1, _) = _district(db)
    pid = progress.record_progress(db, t1, phuong, "2024-H1", status="done", completed_on=date(2024, 6, 1))
    on_progress = attachments.attach(db, "progress", pid, PDF, file_name="minh-chung.pdf", number="12",
                                     symbol="BC-UBND", issued_on=date(2024, 6, 5), issuer="UBND phường Ngọc Hà")
    on_plan = attachments.attach(db, "plan", plan, None, number="45", symbol="QĐ-UBND", title="Quyết định")
    # references and hashes only
    refs = export_data(db, plan)
    assert {a["id"] for a in refs["attachments"]} == {on_progress.id, on_plan.id}
    assert all("data_base64" not in a for a in refs["attachments"])
    import_data(ward, refs)
    there = attachments.list_attachments(ward, "progress", pid)
    assert [(a.sha256, a.size, a.has_file) for a in there] == [(on_progress.sha256, len(PDF), False)]
    # then with the files: the bytes arrive, equal by hash
    full = export_data(db, plan, include_files=True)
    import_data(ward, full)
    data = attachments.attachment_bytes(ward, on_progress.id)
    assert hashlib.sha256(data).hexdigest() == on_progress.sha256 and data == PDF


def test_damaged_or_dangerous_files_in_the_exchange_are_refused(db: Database, ward: Database) -> None:
    plan, phuong, (t1, _) = _district(db)
    pid = progress.record_progress(db, t1, phuong, "2024-H1", status="in_progress")
    attachments.attach(db, "progress", pid, PDF, file_name="a.pdf")
    good = export_data(db, plan, include_files=True)
    damaged = copy.deepcopy(good)
    damaged["attachments"][0]["data_base64"] = base64.b64encode(PDF[:-1] + b"!").decode()
    with pytest.raises(ValidationError, match="SHA-256"):
        import_data(ward, damaged)
    evil = copy.deepcopy(good)
    exe = b"MZ" + b"\x00" * 100
    evil["attachments"][0].update(file_name="a.pdf", data_base64=base64.b64encode(exe).decode(),
                                  sha256=hashlib.sha256(exe).hexdigest(), size=len(exe))
    with pytest.raises(ValidationError, match="chương trình"):
        import_data(ward, evil)
    orphan = copy.deepcopy(good)
    orphan["attachments"][0]["owner_id"] = "00000000-0000-4000-8000-000000000000"
    with pytest.raises(ValidationError, match="owner_id"):
        import_data(ward, orphan)
    with ward.read() as session:
        assert session.get(Plan, plan) is None  # nothing was written


def test_an_amended_plan_travels_with_its_history(db: Database, ward: Database) -> None:
    from tests.services.test_revisions import amended_by_services

    x = amended_by_services(db)
    data = export_data(db, x.plan)
    assert schema_problems(data) == [] and len(data["task_revisions"]) == 5
    assert data["plans"][0]["amendments"] == [x.doc]
    import_data(ward, data, lock_plans=True)
    for period in ("2024-Y", "2025-H1", "2025-Y", "2026-H1"):
        here = build_report_data(db, x.plan, period, invariant=True)
        there = build_report_data(ward, x.plan, period, invariant=True)
        assert [(t.number, t.content, t.lead_unit, t.due) for t in there.tasks] == \
            [(t.number, t.content, t.lead_unit, t.due) for t in here.tasks], period
    from desktop_app.services import revisions
    assert [d.id for d in revisions.list_amendments(ward, x.plan)] == [x.doc]
    again = export_data(ward, x.plan)
    assert again["task_revisions"] == data["task_revisions"]
    assert import_data(ward, data).changed is False  # the same file again changes nothing
