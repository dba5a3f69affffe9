"""A whole amendment recorded at once (the dialog's OK): the document and every change in one
transaction; a refused change leaves nothing written and the error names the row and the field."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop_app.db.models import Document, Task, TaskRevision, plan_amendment
from desktop_app.domain.schedule import Schedule
from desktop_app.services import plans, revisions, tasks, units
from desktop_app.services.database import Database
from desktop_app.services.errors import ValidationError
from desktop_app.services.revisions import AmendmentItem

FROM = date(2025, 7, 1)
DOC = ("KH", "150", "KH-UBND", date(2025, 6, 20), "UBND quận Ba Đình", "Sửa đổi, bổ sung Kế hoạch 88/KH-UBND")


@pytest.fixture
def plan(db: Database) -> dict[str, str]:
    ubnd = units.create_unit(db, "UBND quận Ba Đình", "UBND", "peoples_committee").id
    pnv = units.create_unit(db, "Phòng Nội vụ", "PNV", "office", parent_id=ubnd).id
    plan = plans.create_plan(db, "Phát huy vai trò đội ngũ trí thức", "88", "KH-UBND", issued_on=date(2024, 3, 1),
                             issuer_unit_id=ubnd, start_year=2024, end_year=2026).id
    g1 = tasks.add_group(db, plan, "Tuyên truyền").id
    g2 = tasks.add_group(db, plan, "Quản lý").id
    a = tasks.add_task(db, g1, "Tổ chức hội thảo", pnv, schedule=Schedule.once(date(2025, 6, 30))).id
    b = tasks.add_task(db, g1, "Khảo sát đội ngũ", pnv).id
    c = tasks.add_task(db, g2, "Sơ kết hằng năm", pnv, schedule=Schedule.yearly(12, 10)).id
    return {"plan": plan, "g1": g1, "g2": g2, "a": a, "b": b, "c": c, "pnv": pnv}


def _counts(db: Database) -> tuple[int, int, int, int]:
    with db.read() as s:
        return tuple(s.scalar(select(func.count()).select_from(t)) or 0  # type: ignore[return-value]
                     for t in (Document, TaskRevision, Task, plan_amendment))


def test_document_and_changes_in_one_call(db: Database, plan: dict[str, str]) -> None:
    items = [AmendmentItem("change", plan["a"], {"schedule": Schedule.once(date(2025, 12, 31))}, "Nhiệm vụ 1.1"),
             AmendmentItem("drop", plan["b"], where="Nhiệm vụ 1.2"),
             AmendmentItem("add", plan["g2"], {"content": "Xây dựng cơ sở dữ liệu", "lead_unit_id": plan["pnv"]},
                           "Nhiệm vụ mới 1")]
    doc = revisions.apply_amendment(db, plan["plan"], *DOC, FROM, items)
    assert [d.id for d in revisions.list_amendments(db, plan["plan"])] == [doc.id]
    before = revisions.plan_as_of(db, plan["plan"], date(2025, 6, 30))
    after = revisions.plan_as_of(db, plan["plan"], FROM)
    assert [(v.number, v.content, v.schedule.due) for v in before] == [
        ("1.1", "Tổ chức hội thảo", date(2025, 6, 30)), ("1.2", "Khảo sát đội ngũ", None),
        ("2.1", "Sơ kết hằng năm", None)]
    assert [(v.number, v.content, v.schedule.due, v.document_id) for v in after] == [
        ("1.1", "Tổ chức hội thảo", date(2025, 12, 31), doc.id), ("2.1", "Sơ kết hằng năm", None, None),
        ("2.2", "Xây dựng cơ sở dữ liệu", None, doc.id)]


def test_unknown_unit_saves_nothing_and_names_the_row(db: Database, plan: dict[str, str]) -> None:
    before = _counts(db)
    items = [AmendmentItem("change", plan["a"], {"content": "Tổ chức hội thảo khoa học"}, "Nhiệm vụ 1.1"),
             AmendmentItem("drop", plan["b"], where="Nhiệm vụ 1.2"),
             AmendmentItem("add", plan["g2"], {"content": "Việc mới", "lead_unit_id": "không-có"}, "Nhiệm vụ mới 1")]
    with pytest.raises(ValidationError) as caught:
        revisions.apply_amendment(db, plan["plan"], *DOC, FROM, items)
    assert caught.value.problems[0].where == "Nhiệm vụ mới 1, Đơn vị chủ trì"
    assert "không-có" in caught.value.problems[0].message
    assert _counts(db) == before
    assert tasks.get_task(db, plan["a"]).content == "Tổ chức hội thảo"  # the first, valid change is gone too
    assert revisions.task_history(db, plan["b"])[-1].dropped is False
    assert revisions.list_amendments(db, plan["plan"]) == []


def test_dates_before_the_plan_are_refused(db: Database, plan: dict[str, str]) -> None:
    before = _counts(db)
    with pytest.raises(ValidationError) as caught:
        revisions.apply_amendment(db, plan["plan"], *DOC, date(2024, 2, 1),
                                  [AmendmentItem("drop", plan["b"], where="Nhiệm vụ 1.2")])
    assert caught.value.problems[0].where == "effective_from" and "01/03/2024" in caught.value.problems[0].message
    items = [AmendmentItem("change", plan["a"], {"schedule": Schedule.once(date(2023, 12, 31))}, "Nhiệm vụ 1.1"),
             AmendmentItem("add", plan["g1"], {"content": "  "}, "Nhiệm vụ mới 1")]
    with pytest.raises(ValidationError) as caught:
        revisions.apply_amendment(db, plan["plan"], *DOC, FROM, items)
    assert [p.where for p in caught.value.problems] == ["Nhiệm vụ 1.1, Thời hạn", "Nhiệm vụ mới 1, Nội dung"]
    assert "31/12/2023" in caught.value.problems[0].message
    assert _counts(db) == before


def test_a_task_of_another_plan_is_refused(db: Database, plan: dict[str, str]) -> None:
    other = plans.create_plan(db, "Kế hoạch khác", "9", "KH-UBND", issued_on=date(2024, 1, 1)).id
    before = _counts(db)
    with pytest.raises(ValidationError) as caught:
        revisions.apply_amendment(db, other, *DOC, FROM, [AmendmentItem("drop", plan["b"], where="Nhiệm vụ 1.2")])
    assert caught.value.problems[0].where == "Nhiệm vụ 1.2" and "không thuộc" in caught.value.problems[0].message
    assert _counts(db) == before
