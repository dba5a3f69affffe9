"""Plan revisions: a plan amended in mid-2025 gives the right task list and deadlines in the
reports before and after the amendment.

The amended plan is built twice: through the services under test, and by writing the rows
directly (``task_revision`` snapshots as the model documents them), so the expectations do not
depend on the code that writes revisions. Expected values are written out by hand.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

import pytest

from desktop_app.db.models import Task, TaskRevision, plan_amendment
from desktop_app.domain.schedule import Schedule
from desktop_app.reports.data import build_report_data
from desktop_app.services import plans, progress, revisions, tasks, units
from desktop_app.services.database import Database
from desktop_app.services.errors import ValidationError
from tests.sample_data import record_sent

AMENDED_ON = date(2025, 7, 15)


@dataclass
class Amended:
    plan: str
    a: str  # changed: content, lead unit, deadline 30/06/2025 → 31/12/2025
    b: str  # dropped from 15/07/2025
    c: str  # added from 15/07/2025, due 30/11/2025
    d: str  # unchanged, yearly on 10/12
    pnv: str
    pgd: str
    doc: str


def _base(db: Database) -> Amended:
    ubnd = units.create_unit(db, "UBND quận Ba Đình", "UBND", "peoples_committee").id
    pnv = units.create_unit(db, "Phòng Nội vụ", "PNV", "office", parent_id=ubnd).id
    pgd = units.create_unit(db, "Phòng Giáo dục và Đào tạo", "PGD", "office", parent_id=ubnd).id
    plan = plans.create_plan(db, "Phát huy vai trò đội ngũ trí thức", "88", "KH-UBND", issued_on=date(2024, 3, 1),
                             issuer_unit_id=ubnd, start_year=2024, end_year=2026).id
    g1 = tasks.add_group(db, plan, "Tuyên truyền").id
    g2 = tasks.add_group(db, plan, "Quản lý").id
    a = tasks.add_task(db, g1, "Tổ chức hội thảo về trí thức", pnv, schedule=Schedule.once(date(2025, 6, 30))).id
    b = tasks.add_task(db, g1, "Khảo sát đội ngũ trí thức", pnv, schedule=Schedule.continuous()).id
    d = tasks.add_task(db, g2, "Sơ kết hằng năm", pgd, schedule=Schedule.yearly(12, 10)).id
    return Amended(plan, a, b, "", d, pnv, pgd, "")


def amended_by_services(db: Database) -> Amended:
    x = _base(db)
    doc = revisions.record_amendment(db, x.plan, "KH", "120", "KH-UBND", date(2025, 7, 10), "UBND quận Ba Đình",
                                     "Sửa đổi, bổ sung Kế hoạch số 88/KH-UBND")
    x.doc = doc.id
    revisions.amend_task(db, x.a, AMENDED_ON, doc.id, content="Tổ chức hội thảo khoa học về trí thức",
                         lead_unit_id=x.pgd, schedule=Schedule.once(date(2025, 12, 31)))
    revisions.drop_task(db, x.b, AMENDED_ON, doc.id)
    group = tasks.list_groups(db, x.plan)[1].id
    x.c = revisions.add_task_by_amendment(db, group, AMENDED_ON, doc.id, "Xây dựng cơ sở dữ liệu trí thức",
                                          x.pgd, schedule=Schedule.once(date(2025, 11, 30))).task_id
    return x


def amended_by_rows(db: Database) -> Amended:
    """The same amendment written as rows, without the revisions service."""
    x = _base(db)
    from desktop_app.services import documents
    doc = documents.create_document(db, "KH", "120", "KH-UBND", date(2025, 7, 10), "UBND quận Ba Đình",
                                    "Sửa đổi, bổ sung Kế hoạch số 88/KH-UBND")
    x.doc = doc.id
    group = tasks.list_groups(db, x.plan)[1].id
    with db.write() as session:
        session.execute(plan_amendment.insert().values(plan_id=x.plan, document_id=doc.id))
        a = session.get(Task, x.a)
        assert a is not None
        old = {"content": "Tổ chức hội thảo về trí thức", "lead_unit_id": x.pnv, "coordinating_unit_ids": "[]",
               "output": "", "schedule_kind": "once", "due_on": date(2025, 6, 30)}
        session.add(TaskRevision(task_id=x.a, effective_from=None, **old))
        session.add(TaskRevision(task_id=x.a, effective_from=AMENDED_ON, document_id=doc.id,
                                 **{**old, "content": "Tổ chức hội thảo khoa học về trí thức",
                                    "lead_unit_id": x.pgd, "due_on": date(2025, 12, 31)}))
        a.content, a.lead_unit_id, a.due_on = "Tổ chức hội thảo khoa học về trí thức", x.pgd, date(2025, 12, 31)
        b_old = {"content": "Khảo sát đội ngũ trí thức", "lead_unit_id": x.pnv, "coordinating_unit_ids": "[]",
                 "output": "", "schedule_kind": "continuous"}
        session.add(TaskRevision(task_id=x.b, effective_from=None, **b_old))
        session.add(TaskRevision(task_id=x.b, effective_from=AMENDED_ON, document_id=doc.id, dropped=True, **b_old))
        c = Task(group_id=group, position=2, content="Xây dựng cơ sở dữ liệu trí thức", lead_unit_id=x.pgd,
                 schedule_kind="once", due_on=date(2025, 11, 30))
        session.add(c)
        session.flush()
        session.add(TaskRevision(task_id=c.id, effective_from=AMENDED_ON, document_id=doc.id,
                                 content=c.content, lead_unit_id=x.pgd, coordinating_unit_ids=json.dumps([]),
                                 output="", schedule_kind="once", due_on=date(2025, 11, 30)))
        x.c = c.id
    return x


@pytest.fixture(params=["services", "rows"])
def amended(request: pytest.FixtureRequest, db: Database) -> Amended:
    return amended_by_services(db) if request.param == "services" else amended_by_rows(db)


def _lines(db: Database, x: Amended, period: str) -> list[tuple[str, str, str, date | None]]:
    data = build_report_data(db, x.plan, period, invariant=True)
    return [(t.number, t.content, t.lead_unit, t.due) for t in data.tasks]


def test_2024_report_shows_the_plan_as_issued(db: Database, amended: Amended) -> None:
    assert _lines(db, amended, "2024-Y") == [
        ("1.1", "Tổ chức hội thảo về trí thức", "Phòng Nội vụ", date(2025, 6, 30)),
        ("1.2", "Khảo sát đội ngũ trí thức", "Phòng Nội vụ", None),
        ("2.1", "Sơ kết hằng năm", "Phòng Giáo dục và Đào tạo", date(2024, 12, 10)),
    ]


def test_2025_report_shows_the_amended_plan(db: Database, amended: Amended) -> None:
    # the dropped task was in force for part of 2025 (until 14/07): it still shows, as it stood
    assert _lines(db, amended, "2025-Y") == [
        ("1.1", "Tổ chức hội thảo khoa học về trí thức", "Phòng Giáo dục và Đào tạo", date(2025, 12, 31)),
        ("1.2", "Khảo sát đội ngũ trí thức", "Phòng Nội vụ", None),
        ("2.1", "Sơ kết hằng năm", "Phòng Giáo dục và Đào tạo", date(2025, 12, 10)),
        ("2.2", "Xây dựng cơ sở dữ liệu trí thức", "Phòng Giáo dục và Đào tạo", date(2025, 11, 30)),
    ]
    assert _lines(db, amended, "2025-H1") == [
        ("1.1", "Tổ chức hội thảo về trí thức", "Phòng Nội vụ", date(2025, 6, 30)),
        ("1.2", "Khảo sát đội ngũ trí thức", "Phòng Nội vụ", None),
        ("2.1", "Sơ kết hằng năm", "Phòng Giáo dục và Đào tạo", date(2025, 12, 10)),
    ]
    assert [n for n, *_ in _lines(db, amended, "2026-H1")] == ["1.1", "2.1", "2.2"]


def test_moved_deadline_counts_only_from_the_amendment(db: Database, amended: Amended) -> None:
    x = amended
    # July 2025 (15/06–14/07): still the old deadline 30/06 → overdue
    m07 = build_report_data(db, x.plan, "2025-M07", invariant=True)
    assert next(t for t in m07.tasks if t.task_id == x.a).status == "overdue"
    # 9 months (to 14/09): the new deadline 31/12 → in progress, not overdue
    nine = build_report_data(db, x.plan, "2025-9M", invariant=True)
    assert next(t for t in nine.tasks if t.task_id == x.a).status == "not_started"
    # a completion before the amendment's date is judged against the old deadline …
    record_sent(db, x.a, x.pgd, "2025-9M", status="done", completed_on=date(2025, 7, 1))
    assert next(r for r in progress.period_rows(db, x.plan, "2025-9M") if r.task_id == x.a).report_status \
        == "done_late"
    # … one after it against the new one
    record_sent(db, x.a, x.pgd, "2025-9M", completed_on=date(2025, 8, 20))
    row = next(r for r in progress.period_rows(db, x.plan, "2025-9M") if r.task_id == x.a)
    assert (row.report_status, row.due) == ("done_on_time", date(2025, 12, 31))


def test_history_as_of_and_compare(db: Database, amended: Amended) -> None:
    x = amended
    before = revisions.task_as_of(db, x.a, date(2025, 7, 14))
    after = revisions.task_as_of(db, x.a, AMENDED_ON)
    assert before is not None and after is not None
    assert (before.content, before.lead_unit_id, before.schedule) == (
        "Tổ chức hội thảo về trí thức", x.pnv, Schedule.once(date(2025, 6, 30)))
    assert (after.lead_unit_id, after.schedule, after.document_id) == (x.pgd, Schedule.once(date(2025, 12, 31)), x.doc)
    assert revisions.task_as_of(db, x.b, AMENDED_ON) is None
    assert revisions.task_as_of(db, x.c, date(2025, 7, 14)) is None
    assert [v.task_id for v in revisions.plan_as_of(db, x.plan, date(2024, 12, 31))] == [x.a, x.b, x.d]
    assert [v.task_id for v in revisions.plan_as_of(db, x.plan, date(2025, 8, 1))] == [x.a, x.d, x.c]
    changes = {c.task_id: c for c in revisions.compare_plan(db, x.plan, date(2025, 1, 1), date(2025, 8, 1))}
    assert set(changes) == {x.a, x.b, x.c}
    assert (changes[x.b].kind, changes[x.c].kind, changes[x.a].kind) == ("dropped", "added", "changed")
    assert {(f.field, f.before, f.after) for f in changes[x.a].fields} == {
        ("content", "Tổ chức hội thảo về trí thức", "Tổ chức hội thảo khoa học về trí thức"),
        ("lead_unit_id", "Phòng Nội vụ", "Phòng Giáo dục và Đào tạo"),
        ("schedule", "30/06/2025", "31/12/2025")}
    assert changes[x.b].document_id == x.doc
    assert [d.id for d in revisions.list_amendments(db, x.plan)] == [x.doc]


def test_amendments_in_date_order_and_corrections_kept(db: Database) -> None:
    x = amended_by_services(db)
    with pytest.raises(ValidationError, match="từ ngày 15/07/2025"):
        revisions.amend_task(db, x.a, date(2025, 1, 1), x.doc, output="Kỷ yếu")
    with pytest.raises(ValidationError, match="bãi bỏ"):
        revisions.amend_task(db, x.b, date(2025, 9, 1), x.doc, output="Báo cáo")
    # a typo corrected in the current version, then a later amendment: both versions kept right
    tasks.update_task(db, x.a, output="Kỷ yếu hội thảo")
    revisions.amend_task(db, x.a, date(2025, 10, 1), None, schedule=Schedule.once(date(2026, 3, 31)))
    history = revisions.task_history(db, x.a)
    assert [(v.effective_from, v.schedule.due, v.output) for v in history] == [
        (None, date(2025, 6, 30), ""), (AMENDED_ON, date(2025, 12, 31), "Kỷ yếu hội thảo"),
        (date(2025, 10, 1), date(2026, 3, 31), "Kỷ yếu hội thảo")]
    with pytest.raises(ValidationError, match="không thay đổi"):
        revisions.amend_task(db, x.a, date(2025, 11, 1), None)
