"""A read plan written as one draft plan in one transaction, and taken back in one step."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.db.models import Document, Plan, Task, Unit
from desktop_app.domain.schedule import ScheduleKind
from desktop_app.reading import read_file, read_text
from desktop_app.services import plans as plan_service
from desktop_app.services import targets as target_service
from desktop_app.services import tasks as task_service
from desktop_app.services import units as unit_service
from desktop_app.services.errors import ValidationError
from desktop_app.services.plan_drafts import create_plan_from_reading, remove_draft_plan, unit_suggestions

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _count(db, model) -> int:  # type: ignore[no-untyped-def]
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_docx_plan_becomes_a_complete_draft_plan_and_one_undo_takes_it_back(db) -> None:  # type: ignore[no-untyped-def]
    unit_service.create_unit(db, "Công an phường")  # already in the directory: reused, not duplicated
    before = {m: _count(db, m) for m in (Plan, Task, Unit, Document)}
    reading = read_file(FIXTURES / "plans" / "10_docx_bullets_header_table.docx")
    made = create_plan_from_reading(db, reading)
    plan = plan_service.get_plan(db, made.plan_id)
    assert plan.title == "Triển khai Đề án 06 trên địa bàn phường năm 2025"
    assert (plan.number, plan.symbol, plan.issued_on) == ("87", "KH-UBND", date(2025, 6, 10))
    assert target_service.list_targets(db, made.plan_id)[0].name.startswith("Đến hết năm 2025, 95%")
    groups = task_service.list_groups(db, made.plan_id)
    assert [g.title for g in groups] == ["Làm sạch dữ liệu dân cư", "Cấp tài khoản định danh điện tử"]
    tasks = task_service.list_tasks(db, made.plan_id)
    assert len(tasks) == 4
    assert tasks[0].lead_unit_name == "Công an phường" and tasks[0].coordinating_unit_names == ("các tổ dân phố",)
    assert tasks[0].schedule.kind == ScheduleKind.ONCE and tasks[0].schedule.due == date(2025, 8, 31)
    assert tasks[1].schedule.kind == ScheduleKind.MONTHLY
    assert tasks[3].schedule.kind == ScheduleKind.CONTINUOUS and tasks[3].lead_unit_name == "Đoàn Thanh niên phường"
    with db.read() as session:
        row = session.get(Plan, made.plan_id)
        assert [(d.doc_type, d.number, d.symbol) for d in row.implements] == [("KH", "112", "KH-UBND")]
        assert row.issuer_unit.name == "ỦY BAN NHÂN DÂN PHƯỜNG THỦY PHƯƠNG"
    assert _count(db, Unit) == before[Unit] + 3  # issuer, the tổ dân phố, Đoàn Thanh niên; not Công an
    remove_draft_plan(db, made)
    assert {m: _count(db, m) for m in (Plan, Task, Unit, Document)} == before


def test_a_reading_without_tasks_is_refused_and_nothing_is_written(db) -> None:  # type: ignore[no-untyped-def]
    before = _count(db, Plan)
    with pytest.raises(ValidationError, match="nhiệm vụ"):
        create_plan_from_reading(db, read_text("I. MỤC ĐÍCH, YÊU CẦU\nNâng cao nhận thức."))
    assert _count(db, Plan) == before


def test_unit_suggestions_are_near_misses_in_the_directory() -> None:
    directory = ["Văn phòng HĐND và UBND phường", "Công an phường", "Trạm Y tế phường"]
    assert unit_suggestions(["Văn phòng HĐND - UBND phường"], directory)[0] == "Văn phòng HĐND và UBND phường"
    assert unit_suggestions(["Cong an phuong"], directory) == ["Công an phường"]


def test_pasted_reading_added_to_an_existing_plan_and_taken_back(db) -> None:  # type: ignore[no-untyped-def]
    plan = plan_service.create_plan(db, "Kế hoạch có sẵn")
    task_service.add_group(db, plan.id, "Nhóm có sẵn")
    reading = read_text((FIXTURES / "reading" / "ward_digital_transformation.txt").read_text(encoding="utf-8"))
    from desktop_app.services.plan_drafts import add_reading_to_plan, remove_added

    units_before = _count(db, Unit)
    made = add_reading_to_plan(db, plan.id, reading)
    groups = task_service.list_groups(db, plan.id)
    assert [g.position for g in groups] == [1, 2, 3, 4, 5] and groups[1].title == "Nâng cao nhận thức về chuyển đổi số"
    tasks = {t.number: t for t in task_service.list_tasks(db, plan.id)}
    assert tasks["3.1"].schedule.due == date(2025, 9, 30)
    assert tasks["5.1"].schedule.kind == ScheduleKind.QUARTERLY
    assert tasks["4.2"].lead_unit_name == "Văn phòng HĐND - UBND phường"
    assert tasks["2.1"].content.startswith("Tổ chức tuyên truyền")
    assert "a) Hồ sơ hộ tịch" in tasks["3.2"].content  # details kept inside their task
    remove_added(db, made)
    assert [g.title for g in task_service.list_groups(db, plan.id)] == ["Nhóm có sẵn"]
    assert _count(db, Unit) == units_before


def test_no_suggestion_for_a_different_office_with_a_similar_shape() -> None:
    assert unit_suggestions(["Phòng Kinh tế"], ["Phòng Y tế", "Phòng Tư pháp"]) == []


def test_the_documents_of_a_thuc_hien_sentence_are_linked_into_a_chain(db) -> None:  # type: ignore[no-untyped-def]
    from tests.seeds import BA_DINH, seed_text

    reading = read_text(seed_text(BA_DINH))
    made = create_plan_from_reading(db, reading, title="Kế hoạch phát huy vai trò đội ngũ trí thức")
    with db.read() as session:
        plan = session.get(Plan, made.plan_id)
        assert [f"{d.number}/{d.symbol}" for d in plan.implements] == ["137/KH-UBND"]
        chain = plan.implements[0]
        assert [(d.doc_type, d.number, d.symbol) for d in chain.implements] == [("CTr", "30", "CTr/TU")]
        assert [(d.doc_type, d.number, d.symbol) for d in chain.implements[0].implements] == [("NQ", "45", "NQ/TW")]
    remove_draft_plan(db, made)
    assert _count(db, Document) == 0
