"""The demo database: both seed plans, the chain of documents, and every derived status."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop_app.domain.status import ReportStatus
from desktop_app.services import audit, demo, documents, maintenance, plans, progress, targets, tasks, units
from desktop_app.services.database import Database
from desktop_app.services.errors import ValidationError

TODAY = date(2025, 12, 31)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One demo database shared by the read-only tests of this module."""
    db = Database.open(tmp_path_factory.mktemp("demo") / "demo.sqlite", source="test")
    demo.create_demo(db, today=TODAY)
    yield db
    db.close()


def test_counts_and_plans(db: Database) -> None:
    cpu = time.process_time()
    summary = demo.create_demo(db, today=TODAY)
    # about 1.5 s on an idle machine; CPU time is what stays stable on a busy test runner
    assert time.process_time() - cpu < 3
    assert summary.plans == ("215/KH-UBND", "202-KH/QU")
    assert summary.units == len(units.list_units(db)) >= 30
    assert 25 <= summary.tasks <= 40
    assert summary.progress > 150
    assert any("215/KH-UBND" in line for line in summary.lines())
    found = {p.reference: p for p in plans.list_plans(db)}
    assert set(found) == {"215/KH-UBND", "202-KH/QU"}
    ba_dinh, thanh_xuan = found["215/KH-UBND"], found["202-KH/QU"]
    assert ba_dinh.issuer_name == "UBND quận Ba Đình"
    assert thanh_xuan.issuer_name == "Quận ủy Thanh Xuân"
    assert thanh_xuan.issued_on == date(2024, 6, 18)
    for plan in (ba_dinh, thanh_xuan):
        assert (plan.start_year, plan.end_year, plan.vision_year) == (2024, 2030, 2045)
        assert plan.purpose and plan.requirements
    assert len(tasks.list_groups(db, ba_dinh.id)) == 4
    assert tasks.list_groups(db, ba_dinh.id)[0].title.startswith("Tiếp tục nâng cao nhận thức")
    assert sum(p.task_count for p in found.values()) == summary.tasks


def test_document_chain(demo_db: Database) -> None:
    ba_dinh = plans.get_plan(demo_db, "215/KH-UBND")
    assert [d.reference for d in ba_dinh.implements] == ["137/KH-UBND"]
    chain = documents.chain(demo_db, ba_dinh.implements[0].id)
    assert [d.reference for d in chain] == ["137/KH-UBND", "30-CTr/TU", "45-NQ/TW"]
    assert chain[2].issued_on == date(2023, 11, 24)
    assert chain[1].issued_on == date(2024, 3, 8)
    assert chain[0].issued_on == date(2024, 5, 4)
    thanh_xuan = plans.get_plan(demo_db, "202-KH/QU")
    assert [d.reference for d in thanh_xuan.implements] == ["30-CTr/TU"]


def test_every_task_is_assigned(demo_db: Database) -> None:
    for plan in plans.list_plans(demo_db):
        for task in tasks.list_tasks(demo_db, plan.id):
            assert task.lead_unit_id, task.number
            assert task.output, task.number
    kinds = {t.schedule.kind for p in plans.list_plans(demo_db) for t in tasks.list_tasks(demo_db, p.id)}
    assert {k.value for k in kinds} == {"once", "yearly", "quarterly", "continuous"}


def test_every_derived_status_occurs(demo_db: Database) -> None:
    seen: set[ReportStatus] = set()
    for plan, kind in (("215/KH-UBND", "Q"), ("202-KH/QU", "H")):
        codes = [f"{y}-{kind}{i}" for y in (2024, 2025) for i in ((1, 2, 3, 4) if kind == "Q" else (1, 2))]
        for code in codes:
            rows = progress.period_rows(demo_db, plan, code)
            seen |= {r.report_status for r in rows}
    assert seen == set(ReportStatus)


def test_targets_and_values(demo_db: Database) -> None:
    found = targets.list_targets(demo_db, "215/KH-UBND")
    master = found[0]
    assert "thạc sỹ" in master.name
    assert (master.baseline, master.target_low, master.target_year, master.direction) == (8.0, 10.0, 2030, "increase")
    assert master.value_for("2025-Y") is not None
    assert any(t.direction == "keep" and t.target_low == 100 for t in found)


def test_deterministic(tmp_path: Path) -> None:
    def snapshot(name: str) -> list[tuple[object, ...]]:
        db = Database.open(tmp_path / name)
        try:
            demo.create_demo(db, today=TODAY, seed=7)
            return [(r.task_number, r.unit_name, r.status, r.percent, r.completed_on, r.result, r.difficulties)
                    for r in progress.period_rows(db, "215/KH-UBND", "2025-Q2")]
        finally:
            db.close()

    assert snapshot("a.sqlite") == snapshot("b.sqlite")


def test_only_periods_up_to_today(db: Database) -> None:
    summary = demo.create_demo(db, today=date(2024, 10, 1))
    assert summary.periods == ("2024-Q2", "2024-Q3", "2024-Q4", "2024-H2")
    rows = progress.period_rows(db, "215/KH-UBND", "2025-Q1")
    assert all(r.progress_id is None for r in rows)


def test_refuses_database_with_plans(demo_db: Database) -> None:
    with pytest.raises(ValidationError):
        demo.create_demo(demo_db, today=TODAY)


def test_demo_passes_the_health_check(demo_db: Database) -> None:
    assert maintenance.check(demo_db).ok
    assert audit.verify_chain(demo_db) == []


def test_each_demo_plan_is_reported_at_its_own_cadence(demo_db: Database, db: Database) -> None:
    """215/KH-UBND is reported by quarter, 202-KH/QU (Party) by half-year: the progress screen
    opens each one on its own kind of period."""
    from desktop_app.domain.periods import PeriodKind
    from desktop_app.services.periods import reporting_kind

    found = {p.reference: p.id for p in plans.list_plans(demo_db)}
    assert reporting_kind(demo_db, found["215/KH-UBND"]) == PeriodKind.QUARTER
    assert reporting_kind(demo_db, found["202-KH/QU"]) == PeriodKind.HALF_YEAR
    empty = plans.create_plan(db, number="1", symbol="KH-TEST", title="Kế hoạch chưa có báo cáo")
    assert reporting_kind(db, empty.id) == PeriodKind.QUARTER


def test_overview_judges_each_plan_on_its_own_period(demo_db: Database) -> None:
    """Tổng quan of the half-yearly 202-KH/QU counts the half-year's reports, not a quarter's that
    its units never send (which would list every unit as not reported)."""
    from desktop_app.domain.periods import PeriodKind
    from desktop_app.services import overview

    found = {p.reference: p.id for p in plans.list_plans(demo_db)}
    day = date(2025, 12, 10)  # inside 2025-H2 (and 2025-Q4), which the demo has filled in
    party = overview.plan_overview(demo_db, found["202-KH/QU"], as_of=day)
    assert party.period.code == "2025-H2"
    quarterly = overview.plan_overview(demo_db, found["202-KH/QU"], as_of=day, kind=PeriodKind.QUARTER)
    # the quarter of a half-yearly plan names no unit: it says plainly the plan is not reported by quarters
    assert quarterly.not_reported == [] and "không báo cáo theo quý" in quarterly.cadence_note
    assert party.cadence_note == ""
    assert overview.plan_overview(demo_db, found["215/KH-UBND"], as_of=day).period.code == "2025-Q4"


def test_the_demo_shows_the_review_as_it_stands(db: Database) -> None:
    """Periods whose deadline has passed are received before it and accepted; the open period has
    some units' updates waiting for review and others still drafting."""
    from sqlalchemy import select

    from desktop_app.db.models import Progress
    from desktop_app.domain.periods import parse_period
    from desktop_app.services.review import VIETNAM

    today = date(2025, 12, 16)  # Q4 and H2 2025 closed on 14/12, their reports are due on 17/12
    demo.create_demo(db, today=today)
    with db.read() as session:
        rows = session.execute(select(Progress.period, Progress.review_state, Progress.submitted_at,
                                      Progress.unit_id)).all()
    closed = [r for r in rows if parse_period(r.period).deadline_on() < today]
    still_open = [r for r in rows if parse_period(r.period).deadline_on() >= today]
    assert closed and {r.review_state for r in closed} == {"accepted"}
    assert all(r.submitted_at.astimezone(VIETNAM).date() < parse_period(r.period).deadline_on() for r in closed)
    assert still_open, "the demo has updates in the period under way"
    assert {r.review_state for r in still_open} == {"submitted", "draft"}
    waiting = {r.unit_id for r in still_open if r.review_state == "submitted"}
    drafting = {r.unit_id for r in still_open if r.review_state == "draft"}
    assert waiting and drafting and not waiting & drafting  # a unit sends all its updates at once
