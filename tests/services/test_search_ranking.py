"""Search ranks the best matches first (the phrase, then whole words, then word starts; the hit the
query covers most first) and folds the same progress text written in several periods into one hit.
Runs on SQLite (FTS5) and PostgreSQL (word-boundary expressions) alike."""

from __future__ import annotations

from desktop_app.services import progress, search, tasks, units
from desktop_app.services.database import Database
from tests.sample_data import Sample


def _titles(db: Database, query: str) -> list[str]:
    return [hit.title for hit in search.search(db, query)]


def test_ba_dinh_puts_the_unit_first(db: Database, sample: Sample) -> None:
    # words that merely start with "ba" / "dinh" come first in rowid order and must not outrank
    for content in ("Ban hành quy định về bạch thư, báo cáo định kỳ", "Bảo đảm định mức đầu tư cho bản làng",
                    "Bàn giao hồ sơ định danh", "Tổng hợp báo cáo định kỳ gửi Ban Thường vụ"):
        tasks.add_task(db, sample.group_ids[0], content, sample.pnv)
    units.create_unit(db, "Trung tâm Y tế quận Ba Đình", "TTYT", "office", parent_id=sample.ubnd)
    task = tasks.add_task(db, sample.group_ids[1], "Khảo sát trí thức trên địa bàn quận Ba Đình", sample.pnv)
    titles = _titles(db, "ba dinh")
    assert titles[0] == "UBND quận Ba Đình"
    assert titles[1] == "Trung tâm Y tế quận Ba Đình"
    phrase = [hit.id for hit in search.search(db, "ba dinh")][:4]
    assert task.id in phrase  # the phrase in a task's text before any word-start match
    starts = [t for t in titles if t.startswith("Nhiệm vụ 1.")]
    assert starts and titles.index(starts[0]) > titles.index("UBND quận Ba Đình")


def test_whole_words_before_word_starts(db: Database, sample: Sample) -> None:
    starts = tasks.add_task(db, sample.group_ids[0], "Thiết kế", sample.pnv)  # older and shorter
    whole = tasks.add_task(db, sample.group_ids[0], "Tổ chức cuộc thi tay nghề cho đoàn viên thanh niên", sample.pnv)
    ids = [hit.id for hit in search.search(db, "thi")]
    assert ids.index(whole.id) < ids.index(starts.id)
    assert [hit.id for hit in search.search(db, "thi", limit=1)] == [whole.id]


def test_the_same_progress_text_in_many_periods_is_one_hit(db: Database, sample: Sample) -> None:
    t1, t2, _ = sample.task_ids
    for period in ("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"):
        progress.record_progress(db, t1, sample.pnv, period, status="in_progress", percent=50,
                                 result="Đang rà soát danh sách trí thức tiêu biểu")
    progress.record_progress(db, t2, sample.pnv, "2024-Q2", status="in_progress", percent=20,
                             result="Đang rà soát danh sách hội nghị")
    hits = [hit for hit in search.search(db, "dang ra soat") if hit.kind == "progress"]
    assert len(hits) == 2
    folded = next(hit for hit in hits if hit.count > 1)
    assert folded.count == 4
    assert folded.title == "Tiến độ 2024-Q4, 2024-Q3, 2024-Q2, 2024-Q1 — Phòng Nội vụ (4 kỳ)"
    assert folded.detail == "Đang rà soát danh sách trí thức tiêu biểu"
    newest = progress.period_rows(db, sample.plan_id, "2024-Q4")
    assert folded.id in {row.progress_id for row in newest if row.task_id == t1}
    single = next(hit for hit in hits if hit.count == 1)
    assert single.title == "Tiến độ 2024-Q2 — Phòng Nội vụ"


def test_limit_counts_hits_after_folding(db: Database, sample: Sample) -> None:
    for index in range(8):
        tasks.add_task(db, sample.group_ids[0], f"Khảo sát khu dân cư số {index}", sample.pnv)
    assert len(search.search(db, "khao sat", limit=5)) == 5
    assert len(search.search(db, "khao sat", limit=50)) == 8
