"""DB → Excel template → DB, for tasks and for progress: nothing lost, nothing duplicated."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop_app.db.models import AuditEntry
from desktop_app.exchange.excel.importer import import_progress, import_tasks
from desktop_app.exchange.excel.templates import progress_template, task_template
from desktop_app.services import plans, tasks
from desktop_app.services.database import Database
from desktop_app.services.progress import ProgressRow, period_rows
from tests.excel.excel_support import PERIOD, counts, make_filled, same_units


def _task_view(db: Database, plan_id: str) -> list[tuple[object, ...]]:
    groups = {g.id: (g.position, g.title) for g in tasks.list_groups(db, plan_id)}
    return [(t.id, groups[t.group_id], t.number, t.content, t.lead_unit_name, t.coordinating_unit_names,
             t.schedule, t.output, t.start_on) for t in tasks.list_tasks(db, plan_id)]


def _progress_view(rows: list[ProgressRow]) -> list[tuple[object, ...]]:
    return [(r.task_id, r.unit_name, r.progress_id is not None, r.status, r.percent, r.completed_on, r.result,
             r.difficulties, r.proposals, r.references) for r in rows]


def _fresh(tmp_path: Path, source: Database) -> tuple[Database, str]:
    target = Database.open(tmp_path / "fresh.sqlite", source="test")
    same_units(source, target)
    plan = plans.get_plan(source, plans.list_plans(source)[0].id)
    fresh_plan = plans.create_plan(target, plan.title, plan.number, plan.symbol, issued_on=plan.issued_on)
    return target, fresh_plan.id


def test_tasks_and_progress_into_a_fresh_database(db: Database, tmp_path: Path) -> None:
    filled = make_filled(db)
    plan_id = filled.sample.plan_id
    task_file = task_template(db, plan_id, tmp_path / "nhiem-vu.xlsx")
    progress_file = progress_template(db, plan_id, PERIOD, tmp_path / "tien-do.xlsx")

    fresh, fresh_plan = _fresh(tmp_path, db)
    try:
        summary = import_tasks(fresh, task_file, "215/KH-UBND")
        assert (summary.added, summary.groups_added, summary.updated) == (3, 2, 0)
        assert _task_view(fresh, fresh_plan) == _task_view(db, plan_id)
        result = import_progress(fresh, progress_file, fresh_plan, PERIOD)
        assert (result.added, result.updated) == (3, 0)
        assert _progress_view(period_rows(fresh, fresh_plan, PERIOD, include_coordinators=True)) == \
            _progress_view(period_rows(db, plan_id, PERIOD, include_coordinators=True))
        with fresh.read() as session:
            sources = set(session.scalars(select(AuditEntry.source).where(AuditEntry.entity.in_(
                ("task", "task_group", "progress")))))
        assert sources == {"import:nhiem-vu.xlsx", "import:tien-do.xlsx"}
    finally:
        fresh.close()


def test_reimporting_an_untouched_template_changes_nothing(db: Database, tmp_path: Path) -> None:
    filled = make_filled(db)
    plan_id = filled.sample.plan_id
    task_file = task_template(db, plan_id, tmp_path / "nhiem-vu.xlsx")
    progress_file = progress_template(db, plan_id, PERIOD, tmp_path / "tien-do.xlsx")
    before = counts(db)
    summary = import_tasks(db, task_file, plan_id)
    assert (summary.added, summary.updated, summary.unchanged, summary.groups_added) == (0, 0, 3, 0)
    result = import_progress(db, progress_file, plan_id, PERIOD)
    assert (result.added, result.updated, result.unchanged) == (0, 0, 3)
    assert counts(db) == before  # not even an audit entry


def test_a_template_for_one_unit_round_trips(db: Database, tmp_path: Path) -> None:
    filled = make_filled(db)
    plan_id = filled.sample.plan_id
    path = progress_template(db, plan_id, PERIOD, tmp_path / "pgd.xlsx", unit_ref="PGDĐT")
    before = counts(db)
    result = import_progress(db, path, plan_id, PERIOD)
    assert (result.added, result.updated, result.unchanged) == (0, 0, 2)
    assert counts(db) == before
