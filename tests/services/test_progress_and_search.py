"""Period grid with derived status; search that ignores case and diacritics."""

from __future__ import annotations

from datetime import date

from desktop_app.domain.status import ReportStatus
from desktop_app.services import plans, progress, search
from desktop_app.services.database import Database
from tests.sample_data import Sample, record_sent


def test_period_rows_derive_status(db: Database, sample: Sample) -> None:
    t1, t2, t3 = sample.task_ids
    record_sent(db, t1, sample.pnv, "2024-H2", status="done", completed_on=date(2024, 7, 5),
                             result="Đã tổ chức 12 buổi tuyên truyền")
    record_sent(db, t2, sample.pnv, "2024-H2", status="in_progress", percent=50)
    rows = {r.task_id: r for r in progress.period_rows(db, "215/KH-UBND", "2024-H2")}
    assert rows[t1].report_status == ReportStatus.DONE_LATE  # due 30/6, done 5/7
    assert rows[t1].percent == 100
    assert rows[t2].report_status == ReportStatus.OVERDUE  # yearly 10/12 inside 15/6–14/12, not done
    assert rows[t3].report_status == ReportStatus.NOT_STARTED  # continuous: never overdue
    early = {r.task_id: r for r in progress.period_rows(db, sample.plan_id, "2024-H2", as_of=date(2024, 9, 1))}
    assert early[t2].report_status == ReportStatus.IN_PROGRESS
    coordinators = progress.period_rows(db, sample.plan_id, "2024-H2", include_coordinators=True)
    lead_first = [(r.unit_id, r.is_lead) for r in coordinators if r.task_id == t1]
    assert lead_first == [(sample.pnv, True), (sample.pgd, False)]


def test_copy_from_previous_period_fills_only_missing_rows(db: Database, sample: Sample) -> None:
    t1, t2, _ = sample.task_ids
    record_sent(db, t1, sample.pnv, "2024-Q1", status="in_progress", percent=30, result="Quý I")
    record_sent(db, t2, sample.pnv, "2024-Q1", status="in_progress", percent=10, result="Cũ")
    record_sent(db, t2, sample.pnv, "2024-Q2", status="in_progress", percent=60, result="Mới")
    assert progress.copy_from_previous(db, sample.plan_id, "2024-Q2") == 1
    rows = {r.task_id: r for r in progress.period_rows(db, sample.plan_id, "2024-Q2")}
    assert (rows[t1].percent, rows[t1].result) == (30, "Quý I")
    assert (rows[t2].percent, rows[t2].result) == (60, "Mới")
    assert progress.copy_from_previous(db, sample.plan_id, "2024-Q2") == 0


def test_search_ignores_case_and_diacritics(db: Database, sample: Sample) -> None:
    record_sent(db, sample.task_ids[0], sample.pnv, "2024-H1", status="in_progress",
                             result="Đã NÂNG CAO chất lượng tuyên truyền")
    for query in ("nang cao", "NÂNG CAO", "Nâng Cao", "nâng cao"):
        hits = search.search(db, query)
        assert [(h.kind, h.id) for h in hits if h.kind == "progress"], query
    assert [h.id for h in search.search(db, "day manh")] == [sample.task_ids[0]]
    assert [h.id for h in search.search(db, "ĐẨY MẠNH tuyên")] == [sample.task_ids[0]]
    assert {h.kind for h in search.search(db, "noi vu")} == {"unit"}
    assert [h.kind for h in search.search(db, "215/KH-UBND")] == ["plan"]
    assert search.search(db, "tuyen 100%_") == []  # LIKE wildcards are matched literally
    assert search.search(db, "   ") == []


def test_plan_found_by_number_symbol(db: Database, sample: Sample) -> None:
    assert plans.get_plan(db, "215/KH-UBND").id == sample.plan_id
    assert plans.get_plan(db, sample.plan_id).reference == "215/KH-UBND"
    assert plans.get_plan(db, sample.plan_id).label == "Kế hoạch số 215/KH-UBND ngày 18/06/2024"


def test_search_matches_word_prefixes_as_you_type(db: Database, sample: Sample) -> None:
    typed = "doi ngu tri thuc"
    for end in range(1, len(typed) + 1):
        hits = {(h.kind, h.id) for h in search.search(db, typed[:end])}
        assert ("plan", sample.plan_id) in hits, typed[:end]
        assert ("task", sample.task_ids[2]) in hits, typed[:end]
    assert search.search(db, "uyen truyen") == []  # the middle of a word is not the start of one


def test_search_index_follows_edits_and_deletes(db: Database, sample: Sample) -> None:
    from desktop_app.services import tasks

    tasks.update_task(db, sample.task_ids[0], content="Bồi dưỡng kỹ năng số")
    assert search.search(db, "day manh") == []
    assert [h.id for h in search.search(db, "boi duong ky nang")] == [sample.task_ids[0]]
    tasks.delete_task(db, sample.task_ids[0])
    assert search.search(db, "boi duong") == []


def test_a_half_year_shows_the_latest_quarterly_update_inside_it(db: Database, sample: Sample) -> None:
    t1, t2, _ = sample.task_ids
    record_sent(db, t1, sample.pnv, "2024-Q1", status="in_progress", percent=20, result="Quý I")
    record_sent(db, t1, sample.pnv, "2024-Q2", status="done", completed_on=date(2024, 6, 1),
                             result="Quý II: xong")
    record_sent(db, t2, sample.pnv, "2024-M02", status="in_progress", percent=5, result="Tháng 2")
    record_sent(db, t2, sample.pnv, "2024-Q3", status="done", completed_on=date(2024, 8, 1),
                             result="Ngoài kỳ")
    rows = {r.task_id: r for r in progress.period_rows(db, sample.plan_id, "2024-H1")}
    assert (rows[t1].result, rows[t1].source_period, rows[t1].report_status) == (
        "Quý II: xong", "2024-Q2", ReportStatus.DONE_ON_TIME)
    assert (rows[t2].result, rows[t2].source_period) == ("Tháng 2", "2024-M02")  # Q3 lies outside H1
    record_sent(db, t1, sample.pnv, "2024-H1", status="done", completed_on=date(2024, 6, 2),
                             result="Báo cáo 6 tháng")
    rows = {r.task_id: r for r in progress.period_rows(db, sample.plan_id, "2024-H1")}
    assert (rows[t1].result, rows[t1].source_period) == ("Báo cáo 6 tháng", None)  # its own update wins
