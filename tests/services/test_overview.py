"""Overview counts, checked against queries written here independently of the services."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from desktop_app.domain.status import ReportStatus
from desktop_app.services import overview, targets
from desktop_app.services.database import Database
from tests.sample_data import Sample, record_sent


def _independent_overdue_once_tasks(db: Database, plan_id: str, period: str, as_of: date) -> set[str]:
    """One-off tasks past their date whose lead unit has not reported them done in the period."""
    sql = text("""
        SELECT t.id FROM task t JOIN task_group g ON g.id = t.group_id
        WHERE g.plan_id = :plan AND t.schedule_kind = 'once' AND t.due_on < :as_of
          AND NOT EXISTS (SELECT 1 FROM progress p WHERE p.task_id = t.id AND p.unit_id = t.lead_unit_id
                          AND p.period = :period AND p.status IN ('done', 'suspended'))""")
    with db.engine.connect() as conn:
        return {r[0] for r in conn.execute(sql, {"plan": plan_id, "as_of": as_of, "period": period})}


def _independent_not_reported(db: Database, plan_id: str, period: str) -> set[str]:
    sql = text("""
        SELECT DISTINCT t.lead_unit_id FROM task t JOIN task_group g ON g.id = t.group_id
        WHERE g.plan_id = :plan AND t.lead_unit_id IS NOT NULL AND t.lead_unit_id NOT IN (
            SELECT p.unit_id FROM progress p JOIN task t2 ON t2.id = p.task_id
            JOIN task_group g2 ON g2.id = t2.group_id WHERE g2.plan_id = :plan AND p.period = :period)""")
    with db.engine.connect() as conn:
        return {r[0] for r in conn.execute(sql, {"plan": plan_id, "period": period})}


def test_overview_before_and_after_a_deadline(db: Database, sample: Sample) -> None:
    t1, _, t3 = sample.task_ids
    before = overview.plan_overview(db, sample.plan_id, as_of=date(2024, 6, 20))
    assert before.period.code == "2024-Q3"  # 20/6 is past the 14/6 cut-off of Q2
    assert [d.task_id for d in before.due_30] == [t1] and before.due_7 == []
    assert before.overdue == []
    assert {uid for uid, _ in before.not_reported} == _independent_not_reported(db, sample.plan_id, "2024-Q3")
    assert {uid for uid, _ in before.not_reported} == {sample.pnv, sample.pgd}

    record_sent(db, t3, sample.pgd, "2024-Q3", status="in_progress", result="Đang rà soát")
    after = overview.plan_overview(db, sample.plan_id, as_of=date(2024, 7, 5))
    assert {d.task_id for d in after.overdue} == _independent_overdue_once_tasks(db, sample.plan_id, "2024-Q3",
                                                                                 date(2024, 7, 5)) == {t1}
    assert after.overdue[0].days == -5
    assert [uid for uid, _ in after.not_reported] == [sample.pnv]
    assert after.totals[ReportStatus.OVERDUE] == 1
    assert after.totals[ReportStatus.IN_PROGRESS] == 1
    assert sum(after.totals.values()) == 3  # one row per task (lead unit)
    group_one = next(counts for title, counts in after.by_group.items() if title.startswith("1."))
    assert group_one[ReportStatus.OVERDUE] == 1 and group_one[ReportStatus.NOT_STARTED] == 1


def test_trend_and_targets(db: Database, sample: Sample) -> None:
    t1, _, _ = sample.task_ids
    record_sent(db, t1, sample.pnv, "2024-Q2", status="done", completed_on=date(2024, 5, 30))
    target = targets.add_target(db, sample.plan_id, "Tỷ lệ thạc sỹ", measure="%", baseline=8, baseline_year=2024,
                                target_low=10, target_year=2030)
    targets.set_target_value(db, target.id, "2024-Y", 8.6)
    targets.set_target_value(db, target.id, "2025-Y", 9.1)
    view = overview.plan_overview(db, sample.plan_id, as_of=date(2024, 9, 1), trend_periods=3)
    assert [code for code, _, _ in view.trend] == ["2024-Q1", "2024-Q2", "2024-Q3"]
    assert dict((c, d) for c, d, _ in view.trend) == {"2024-Q1": 0, "2024-Q2": 1, "2024-Q3": 1}  # done stays done
    standing = view.targets[0]
    assert (standing.baseline, standing.current, standing.current_period, standing.low) == (8, 9.1, "2025-Y", 10)
