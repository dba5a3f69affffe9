"""The four wrong figures of issue 12, tried as a clerk would on the demo database (as it stands on
06/12/2026, 2026-Q4 under way): each must now follow docs/standing.md."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from desktop_app.domain.status import ReportStatus
from desktop_app.reports.data import build_report_data
from desktop_app.services import demo, overview, review
from desktop_app.services.database import Database
from desktop_app.services.standing import task_standings

TODAY = date(2026, 12, 6)
YEARLY_DONE_IN_Q1 = ("2.6", "3.2", "3.6", "4.5")  # yearly on 15/12, done in 2025-Q1 for 15/12/2024


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = Database.open(tmp_path_factory.mktemp("truth") / "demo.sqlite", source="test")
    demo.create_demo(db, today=TODAY)
    yield db
    db.close()


def _statuses(db: Database, plan: str, period: str, **kw: object) -> dict[str, ReportStatus]:
    data = build_report_data(db, plan, period, invariant=True, today=TODAY, **kw)  # type: ignore[arg-type]
    return {t.number: t.status for t in data.tasks}


def test_half_year_keeps_what_the_first_quarter_reported_done(demo_db: Database) -> None:
    """215/KH-UBND: 2025-H1 said 7/23 done and 6 overdue while 2025-Q1 said 11/23; tasks 2.6, 3.2,
    3.6, 4.5 (yearly, 15/12) done in Q1 for the 15/12/2024 occurrence were "Quá hạn" in H1."""
    q1 = build_report_data(demo_db, "215/KH-UBND", "2025-Q1", invariant=True, today=TODAY)
    h1 = build_report_data(demo_db, "215/KH-UBND", "2025-H1", invariant=True, today=TODAY)
    assert q1.counts.total == h1.counts.total == 23
    assert h1.counts.done >= q1.counts.done == 11
    half = {t.number: t for t in h1.tasks}
    for number in YEARLY_DONE_IN_Q1:
        assert half[number].is_done, number
        assert half[number].due == date(2024, 12, 15)
    notice = build_report_data(demo_db, "215/KH-UBND", "2025-H1", "overdue", invariant=True, today=TODAY)
    assert not {t.number for t in notice.tasks} & set(YEARLY_DONE_IN_Q1)


def test_quarter_of_a_half_yearly_plan_is_never_zeros(demo_db: Database) -> None:
    """202-KH/QU (reported by half-years), 2025-Q1: was "0/14, quá hạn 4", task 1.1 done on
    16/07/2024 listed "Quá hạn 226 ngày", every unit named as not reported."""
    data = build_report_data(demo_db, "202-KH/QU", "2025-Q1", invariant=True, today=TODAY)
    first = next(t for t in data.tasks if t.number == "1.1")
    assert first.is_done and first.completed_on == date(2024, 7, 16)
    assert data.counts.done > 0
    assert data.not_reported == ()
    assert "không báo cáo theo quý" in data.cadence_note
    notice = build_report_data(demo_db, "202-KH/QU", "2025-Q1", "overdue", invariant=True, today=TODAY)
    assert "1.1" not in {t.number for t in notice.tasks}
    # and the half-year after it never counts fewer one-off tasks done
    half = build_report_data(demo_db, "202-KH/QU", "2025-H1", invariant=True, today=TODAY)
    assert half.tasks[0].is_done


def test_period_under_way_counts_sent_updates_and_names_units_not_sent(demo_db: Database) -> None:
    """2026-Q4 under way: unsent drafts made 1.2, 4.2, 4.3 "done" and the three units that
    ``plantrack review`` lists as not sent were not named."""
    units = review.completeness(demo_db, "215/KH-UBND", "2026-Q4", as_of=TODAY).units
    not_sent = {u.unit_name for u in units if u.expected and not u.received}
    assert not_sent == {"Phòng Văn hóa và Thông tin", "Phòng Y tế", "Văn phòng HĐND và UBND"}
    data = build_report_data(demo_db, "215/KH-UBND", "2026-Q4", today=TODAY)
    assert set(data.not_reported) == not_sent
    sent = {t.number: t for t in data.tasks}
    assert sent["1.2"].status != ReportStatus.DONE_ON_TIME and sent["4.2"].status == ReportStatus.OVERDUE
    assert sent["1.2"].status_label.endswith("(chưa gửi)")  # shown as a draft
    asked = build_report_data(demo_db, "215/KH-UBND", "2026-Q4", today=TODAY, count_drafts=True)
    assert asked.counts.done == data.counts.done + 2  # 1.2 and 4.2 (4.3 was done in an earlier period)
    assert asked.drafts_counted and not data.drafts_counted


def test_overview_bars_count_tasks_and_lead_units_only(demo_db: Database) -> None:
    """Tổng quan: the bars of the 23-task plan added up to 25 (a task with two reporting units
    counted twice) and coordinating wards were listed under "đơn vị chủ trì"."""
    view = overview.plan_overview(demo_db, "215/KH-UBND", as_of=TODAY)
    assert sum(view.totals.values()) == 23
    assert sum(sum(c.values()) for c in view.by_unit.values()) == 23
    lines = task_standings(demo_db, "215/KH-UBND", view.period.code, TODAY)
    per_group: dict[str, int] = {}
    for line in lines:
        per_group[line.task.group_id] = per_group.get(line.task.group_id, 0) + 1
    assert sorted(sum(c.values()) for c in view.by_group.values()) == sorted(per_group.values())
    leads = {line.task.lead_unit_name for line in lines}
    assert set(view.by_unit) == leads
    assert not [name for name in view.by_unit if name.startswith("Phường")]


def test_cli_excel_and_reminders_say_the_same(demo_db: Database, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    """The command line counts tasks (not rows) and says plainly when a plan is not reported by
    quarters; the Excel appendix and the reminders use the same standing."""
    from desktop_app.cli import main
    from desktop_app.exchange.excel.export import appendix_lines
    from desktop_app.services.overview import reminders

    url = demo_db.engine.url.render_as_string(hide_password=False)
    assert main(["--db", url, "progress", "--plan", "215/KH-UBND", "--period", "2025-H1"]) == 0
    out = capsys.readouterr().out
    assert "Tổng: 23 nhiệm vụ (25 nội dung); hoàn thành đúng hạn 8, hoàn thành quá hạn 3" in out
    assert main(["--db", url, "progress", "--plan", "202-KH/QU", "--period", "2025-Q1"]) == 0
    assert "không báo cáo theo quý" in capsys.readouterr().out
    for plan, period in (("215/KH-UBND", "2025-H1"), ("202-KH/QU", "2025-Q1"), ("215/KH-UBND", "2026-Q4")):
        data = build_report_data(demo_db, plan, period, "appendix", today=TODAY)
        lines = [line for line in appendix_lines(demo_db, plan, period, as_of=data.as_of) if line.status]
        assert [line.status for line in lines] == [t.status for t in data.tasks]
    told = reminders(demo_db, None, as_of=TODAY)
    expected = sum(len(overview.plan_overview(demo_db, p, as_of=TODAY, trend_periods=0).overdue)
                   for p in ("215/KH-UBND", "202-KH/QU"))
    assert told.overdue_total == expected == len(told.new_overdue)


def test_a_task_added_by_an_amendment_is_not_due_before_it_was_added(db: Database) -> None:
    """A monthly task added by an amendment from 15/03/2025 was "Quá hạn (14/01/2025)" in the
    2025-Q2 report and Tổng quan: its months before the amendment counted as missed. It begins on
    the day it was added (docs/standing.md)."""
    from desktop_app.domain.schedule import Schedule
    from desktop_app.services import plans, progress, revisions, tasks, units

    unit = units.create_unit(db, "Phòng Nội vụ").id
    plan = plans.create_plan(db, "Kế hoạch thử", number="1", symbol="KH-UBND", issued_on=date(2024, 1, 10),
                             start_year=2024, end_year=2025)
    group = tasks.add_group(db, plan.id, "Nhóm 1").id
    tasks.add_task(db, group, "Nhiệm vụ gốc", lead_unit_id=unit, schedule=Schedule.from_json(
        {"kind": "once", "due": "2025-12-31"}))
    revisions.apply_amendment(db, plan.id, "KH", "9", "KH-UBND", date(2025, 3, 15), "UBND", "Bổ sung",
                              date(2025, 3, 15), [revisions.AmendmentItem("add", group, {
                                  "content": "Báo cáo hằng tháng", "lead_unit_id": unit,
                                  "schedule": Schedule.from_json({"kind": "monthly"})})])
    added = next(t for t in tasks.list_tasks(db, plan.id) if t.content == "Báo cáo hằng tháng")
    rows = {r.task_id: r for r in progress.period_rows(db, plan.id, "2025-Q2", as_of=date(2025, 5, 25))}
    assert rows[added.id].report_status == ReportStatus.OVERDUE
    assert rows[added.id].due == date(2025, 4, 14)  # the first month after it was added, not 14/01
    view = overview.plan_overview(db, plan.id, as_of=date(2025, 5, 25), trend_periods=0)
    assert [(d.task_id, d.due) for d in view.overdue] == [(added.id, date(2025, 4, 14))]
    # a yearly one added from 01/02/2024 is not judged on 16/12/2023
    revisions.apply_amendment(db, plan.id, "KH", "10", "KH-UBND", date(2024, 2, 1), "UBND", "Bổ sung",
                              date(2024, 2, 1), [revisions.AmendmentItem("add", group, {
                                  "content": "Tổng kết năm", "lead_unit_id": unit,
                                  "schedule": Schedule.from_json({"kind": "yearly", "month": 12, "day": 16})})])
    yearly = next(t for t in tasks.list_tasks(db, plan.id) if t.content == "Tổng kết năm")
    data = build_report_data(db, plan.id, "2024-Q1", invariant=True)
    assert {t.task_id: t.status for t in data.tasks}[yearly.id] == ReportStatus.NOT_STARTED
    # nor one with no lead unit and no update yet
    revisions.apply_amendment(db, plan.id, "KH", "11", "KH-UBND", date(2025, 3, 15), "UBND", "Bổ sung",
                              date(2025, 3, 15), [revisions.AmendmentItem("add", group, {
                                  "content": "Chưa giao", "schedule": Schedule.from_json({"kind": "monthly"})})])
    unled = next(t for t in tasks.list_tasks(db, plan.id) if t.content == "Chưa giao")
    data = build_report_data(db, plan.id, "2025-Q2", invariant=True)
    assert {t.task_id: t.due for t in data.tasks}[unled.id] == date(2025, 4, 14)


def test_a_suspended_task_is_never_due_soon_in_the_report_or_the_overview(db: Database) -> None:
    """One rule for "sắp đến hạn" (domain/status.is_due_soon): the report flagged a suspended
    (tạm dừng) task due soon while Tổng quan did not."""
    from desktop_app.domain.status import DeadlineState, is_due_soon
    from tests.sample_data import make_sample, record_sent

    sample = make_sample(db)
    t1 = sample.task_ids[0]  # once, due 30/06/2024 (Phòng Nội vụ)
    record_sent(db, t1, sample.pnv, "2024-Q2", status="suspended", result="Tạm dừng chờ kinh phí")
    as_of = date(2024, 6, 26)  # four days before its deadline
    report = build_report_data(db, sample.plan_id, "2024-Q2", as_of=as_of, invariant=True)
    line = next(t for g in report.groups for t in g.tasks if t.task_id == t1)
    assert line.status == ReportStatus.SUSPENDED and not line.due_soon
    view = overview.plan_overview(db, sample.plan_id, as_of=as_of)
    assert t1 not in {d.task_id for d in view.due_7}
    assert not next(s for s in task_standings(db, sample.plan_id, "2024-Q2", as_of) if s.task.id == t1).due_soon
    # the same task in progress is due soon everywhere
    record_sent(db, t1, sample.pnv, "2024-Q2", status="in_progress", result="Đang làm")
    report = build_report_data(db, sample.plan_id, "2024-Q2", as_of=as_of, invariant=True)
    assert next(t for g in report.groups for t in g.tasks if t.task_id == t1).due_soon
    assert t1 in {d.task_id for d in overview.plan_overview(db, sample.plan_id, as_of=as_of).due_7}
    assert [is_due_soon(DeadlineState.DUE_SOON, s) for s in ReportStatus] == [
        s in (ReportStatus.IN_PROGRESS, ReportStatus.NOT_STARTED) for s in ReportStatus]
