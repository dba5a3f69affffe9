"""Review of progress updates: submit, accept, return; returned rows count as not done."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from desktop_app.reports.data import build_report_data
from desktop_app.services import audit, plans, progress, review
from desktop_app.services.database import Database
from desktop_app.services.errors import ValidationError
from tests.sample_data import Sample


def _done(db: Database, sample: Sample, task: int, period: str = "2024-H1") -> str:
    return progress.record_progress(db, sample.task_ids[task], sample.pnv if task < 2 else sample.pgd, period,
                                    status="done", completed_on=date(2024, 6, 1), result="Đã xong")


def _report_done(db: Database, sample: Sample, period: str = "2024-H1") -> int:
    return build_report_data(db, sample.plan_id, period, invariant=True).counts.done


def test_returned_row_counts_as_not_done_until_accepted(db: Database, sample: Sample) -> None:
    ids = [_done(db, sample, i) for i in range(3)]
    assert _report_done(db, sample) == 0  # drafts are not sent: not counted (docs/standing.md)
    assert build_report_data(db, sample.plan_id, "2024-H1", invariant=True, count_drafts=True).counts.done == 3
    review.submit(db, ids)
    assert _report_done(db, sample) == 3  # submitted rows count as they report
    review.return_(db, [ids[0]], "Chưa có số liệu kèm theo")
    data = build_report_data(db, sample.plan_id, "2024-H1", invariant=True)
    assert data.counts.done == 2 and data.counts.not_done == 1
    line = next(t for t in data.tasks if t.task_id == sample.task_ids[0])
    assert not line.is_done and line.status_label == "Đang thực hiện (bị trả lại)"
    row = next(r for r in progress.period_rows(db, sample.plan_id, "2024-H1") if r.progress_id == ids[0])
    assert row.returned and row.status == "done" and row.review_reason == "Chưa có số liệu kèm theo"
    # the unit corrects it (back to draft, the reason kept), submits, the office accepts
    progress.record_progress(db, sample.task_ids[0], sample.pnv, "2024-H1", result="Đã xong, kèm số liệu")
    row = next(r for r in progress.period_rows(db, sample.plan_id, "2024-H1") if r.progress_id == ids[0])
    assert row.review_state == "draft" and row.review_reason == "Chưa có số liệu kèm theo"
    assert _report_done(db, sample) == 2  # corrected but not sent again: not counted yet
    review.submit(db, [ids[0]])
    review.accept(db, ids)
    assert _report_done(db, sample) == 3
    assert {r.review_state for r in progress.period_rows(db, sample.plan_id, "2024-H1")} == {"accepted"}


def test_returned_done_task_past_its_deadline_is_overdue(db: Database, sample: Sample) -> None:
    pid = _done(db, sample, 0, "2024-Y")  # once, due 30/06/2024
    review.return_(db, [pid], "Sai ngày hoàn thành")
    data = build_report_data(db, sample.plan_id, "2024-Y", invariant=True)
    line = next(t for t in data.tasks if t.task_id == sample.task_ids[0])
    assert line.status == "overdue"


def test_return_needs_a_reason_and_writes_nothing(db: Database, sample: Sample) -> None:
    pid = _done(db, sample, 0)
    before = len(audit.history(db, pid))
    with pytest.raises(ValidationError, match="lý do"):
        review.return_(db, [pid], "   ")
    row = progress.period_rows(db, sample.plan_id, "2024-H1")[0]
    assert row.review_state == "draft"
    assert len(audit.history(db, pid)) == before


def test_one_bad_id_refuses_the_whole_batch(db: Database, sample: Sample) -> None:
    ids = [_done(db, sample, i) for i in range(2)]
    with pytest.raises(ValidationError, match="Không có bản cập nhật"):
        review.accept(db, [ids[0], "khong-co"])
    assert {r.review_state for r in progress.period_rows(db, sample.plan_id, "2024-H1")} == {"draft"}
    with pytest.raises(ValidationError, match="Chưa chọn"):
        review.accept(db, [])


def test_returned_row_cannot_be_resubmitted_unchanged(db: Database, sample: Sample) -> None:
    pid = _done(db, sample, 0)
    review.return_(db, [pid], "Thiếu minh chứng")
    with pytest.raises(ValidationError, match="hãy sửa"):
        review.submit(db, [pid])


def test_stale_version_is_refused(db: Database, sample: Sample) -> None:
    pid = _done(db, sample, 0)
    version = progress.period_rows(db, sample.plan_id, "2024-H1")[0].version
    assert version is not None
    progress.record_progress(db, sample.task_ids[0], sample.pnv, "2024-H1", result="Sửa lại")
    with pytest.raises(ValidationError, match="vừa được sửa"):
        review.accept(db, [pid], expected_versions={pid: version})


def test_who_and_when_are_kept_and_audited(db: Database, sample: Sample) -> None:
    pid = _done(db, sample, 0)
    at = datetime(2024, 6, 16, 2, 0, tzinfo=UTC)
    review.submit(db, [pid], now=at)
    outcome = review.return_(db, [pid], "Thiếu số liệu", now=datetime(2024, 6, 17, 2, 0, tzinfo=UTC))
    assert outcome.changed == (pid,) and "trả lại 1" in outcome.line("trả lại")
    row = progress.period_rows(db, sample.plan_id, "2024-H1")[0]
    assert row.submitted_at == at and row.reviewed_by == db.actor
    assert row.reviewed_at == datetime(2024, 6, 17, 2, 0, tzinfo=UTC)
    assert review.accept(db, [pid]).changed == (pid,)
    assert review.accept(db, [pid]).unchanged == (pid,)
    with db.read() as session:
        from sqlalchemy import select

        from desktop_app.db.models import AuditEntry
        states = [e.new_value for e in session.scalars(
            select(AuditEntry).where(AuditEntry.entity_id == pid, AuditEntry.field == "review_state")
            .order_by(AuditEntry.seq))]
    assert states == ["submitted", "returned", "accepted"]
    assert audit.verify_chain(db) == []


def test_completeness_per_unit(db: Database, sample: Sample) -> None:
    # 2024-H1: PNV leads tasks 1 and 2, PGDĐT leads task 3; deadline a few days after 14/06/2024
    a = _done(db, sample, 0)
    b = _done(db, sample, 1)
    _done(db, sample, 2)  # PGDĐT's stays a draft: not received
    review.submit(db, [a], now=datetime(2024, 6, 10, 3, 0, tzinfo=UTC))  # on time
    review.submit(db, [b], now=datetime(2024, 7, 20, 3, 0, tzinfo=UTC))  # late
    review.accept(db, [a])
    result = review.completeness(db, sample.plan_id, "2024-H1")
    by_name = {u.unit_name: u for u in result.units}
    pnv = by_name["Phòng Nội vụ"]
    assert (pnv.expected, pnv.received, pnv.on_time, pnv.accepted) == (2, 2, 1, 1)
    assert pnv.received_share == 1.0 and pnv.on_time_share == 0.5 and pnv.accepted_share == 0.5
    assert pnv.count("accepted") == 1 and pnv.count("submitted") == 1
    pgd = by_name["Phòng Giáo dục và Đào tạo"]
    assert (pgd.expected, pgd.received, pgd.on_time, pgd.accepted) == (1, 0, 0, 0)
    assert pgd.count("draft") == 1
    assert (result.total.expected, result.total.received, result.total.on_time, result.total.accepted) == (3, 2, 1, 1)
    assert result.deadline > date(2024, 6, 14)
    empty = review.completeness(db, sample.plan_id, "2024-Q3")
    assert empty.total.count("not_reported") == 3 and empty.total.received_share == 0.0


def test_received_plan_is_reviewed_above_not_here(db: Database, sample: Sample) -> None:
    pid = _done(db, sample, 0)
    with db.write() as session:
        from desktop_app.db.models import Plan
        plan = session.get(Plan, sample.plan_id)
        assert plan is not None
        plan.locked = True
    review.submit(db, [pid])
    with pytest.raises(ValidationError, match="cấp trên"):
        review.accept(db, [pid])
    assert plans.get_plan(db, sample.plan_id).id == sample.plan_id


def test_report_can_mark_updates_not_yet_accepted(db: Database, sample: Sample) -> None:
    a = _done(db, sample, 0)
    review.submit(db, [_done(db, sample, 1)])
    review.accept(db, [a])
    data = build_report_data(db, sample.plan_id, "2024-H1", invariant=True, mark_unaccepted=True)
    labels = {t.task_id: t.status_label for t in data.tasks}
    assert labels[sample.task_ids[0]] == "Hoàn thành đúng hạn"
    assert labels[sample.task_ids[1]] == "Hoàn thành đúng hạn (chưa duyệt)"
    assert labels[sample.task_ids[2]] == "Chưa thực hiện"  # nothing reported: nothing to mark
    plain = build_report_data(db, sample.plan_id, "2024-H1", invariant=True)
    assert "chưa duyệt" not in " ".join(t.status_label for t in plain.tasks)
