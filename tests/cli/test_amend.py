"""``plantrack amend record | change | drop | add | list | compare`` (in process, on a real file)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.cli import main
from desktop_app.domain.schedule import Schedule
from desktop_app.services import revisions
from desktop_app.services.database import Database
from desktop_app.services.tasks import list_tasks
from tests.sample_data import Sample, make_sample

PLAN = ("--plan", "215/KH-UBND")


@pytest.fixture
def sample(db_target: str) -> Sample:
    db = Database.open(db_target)
    try:
        return make_sample(db)
    finally:
        db.close()


def _run(db_target: str, capsys, *args: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(["--db", db_target, "amend", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def _record(db_target: str, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = _run(db_target, capsys, "record", *PLAN, "--type", "KH", "--number", "150", "--symbol",
                          "KH-UBND", "--date", "20/06/2025", "--issuer", "UBND quận Ba Đình",
                          "--title", "Sửa đổi, bổ sung Kế hoạch 215/KH-UBND")
    assert code == 0, err
    assert "Kế hoạch số 150/KH-UBND ngày 20/06/2025" in out


def test_amend_a_plan_from_the_command_line(db_target: str, sample: Sample, capsys) -> None:  # type: ignore[no-untyped-def]
    _record(db_target, capsys)
    code, out, err = _run(db_target, capsys, "change", *PLAN, "--task", "1.2", "--from", "01/07/2025",
                          "--doc", "150/KH-UBND", "--deadline", "31/12/2025", "--lead", "PGDĐT",
                          "--coordinators", "PNV")
    assert code == 0 and "Đã sửa đổi nhiệm vụ 1.2 từ ngày 01/07/2025" in out, err
    code, out, err = _run(db_target, capsys, "drop", *PLAN, "--task", "2.1", "--from", "2025-07-01",
                          "--doc", "150/KH-UBND")
    assert code == 0 and "Đã bãi bỏ nhiệm vụ 2.1" in out, err
    code, out, err = _run(db_target, capsys, "add", *PLAN, "--group", "1", "--from", "01/07/2025", "--doc",
                          "150/kh-ubnd", "--content", "Xây dựng cơ sở dữ liệu trí thức", "--lead", "PNV",
                          "--deadline", "hằng quý")
    assert code == 0 and "Đã bổ sung nhiệm vụ 1.3" in out, err

    db = Database.open(db_target)
    try:
        before, after = date(2025, 6, 30), date(2025, 7, 1)
        t2 = sample.task_ids[1]
        old, new = revisions.task_as_of(db, t2, before), revisions.task_as_of(db, t2, after)
        assert old is not None and new is not None
        assert (old.schedule, old.lead_unit_id) == (Schedule.yearly(12, 10), sample.pnv)
        assert (new.schedule, new.lead_unit_id, new.coordinating_unit_ids) == (
            Schedule.once(date(2025, 12, 31)), sample.pgd, (sample.pnv,))
        assert revisions.task_as_of(db, sample.task_ids[2], after) is None
        assert revisions.task_as_of(db, sample.task_ids[2], before) is not None
        added = [t for t in list_tasks(db, sample.plan_id) if t.number == "1.3"]
        assert added and revisions.task_as_of(db, added[0].id, before) is None
    finally:
        db.close()

    code, out, _ = _run(db_target, capsys, "list", *PLAN)
    assert code == 0 and "150/KH-UBND" in out and "20/06/2025" in out and "Tổng: 1 văn bản" in out
    code, out, _ = _run(db_target, capsys, "compare", *PLAN, "--from", "30/06/2025", "--to", "01/07/2025")
    assert code == 0, out
    assert "1.2    Sửa đổi" in out and f"Thời hạn: {Schedule.yearly(12, 10).label} → 31/12/2025" in out
    assert "Đơn vị chủ trì: Phòng Nội vụ → Phòng Giáo dục và Đào tạo" in out
    assert "1.3    Bổ sung" in out and "2.1    Bãi bỏ" in out and "(theo 150/KH-UBND)" in out
    assert "Tổng: bổ sung 1, sửa đổi 1, bãi bỏ 1 nhiệm vụ" in out
    code, out, _ = _run(db_target, capsys, "compare", *PLAN, "--from", "01/07/2025")
    assert code == 0 and "Không có thay đổi." in out


@pytest.mark.parametrize(("args", "fragment"), [
    (("change", *PLAN, "--task", "1.2", "--from", "01/07/2025", "--doc", "99/KH-UBND", "--content", "x"),
     "không có văn bản sửa đổi '99/KH-UBND'"),
    (("change", *PLAN, "--task", "9.9", "--from", "01/07/2025", "--doc", "150/KH-UBND", "--content", "x"),
     "không có nhiệm vụ số 9.9"),
    (("change", *PLAN, "--task", "1.2", "--from", "01/07/2025", "--doc", "150/KH-UBND"),
     "Cần ít nhất một thay đổi"),
    (("change", *PLAN, "--task", "1.2", "--from", "01/07/2025", "--doc", "150/KH-UBND", "--deadline", "sớm"),
     "--deadline"),
    (("change", *PLAN, "--task", "1.2", "--from", "01/07/2025", "--doc", "150/KH-UBND", "--lead", "Phòng Ma"),
     "Không có đơn vị 'Phòng Ma'"),
    (("change", *PLAN, "--task", "1.2", "--from", "31/02/2025", "--doc", "150/KH-UBND", "--content", "x"),
     "ngày không hợp lệ"),
    (("add", *PLAN, "--group", "7", "--from", "01/07/2025", "--doc", "150/KH-UBND", "--content", "x"),
     "không có nhóm nhiệm vụ số 7"),
    (("add", *PLAN, "--group", "1", "--from", "01/07/2025", "--doc", "150/KH-UBND"), "--content"),
    (("record", *PLAN, "--type", "NQ", "--number", "1", "--symbol", "NQ/TW"), "--type"),
    (("compare", "--plan", "999/KH-XX", "--from", "01/01/2025"), "999/KH-XX"),
    (("rename", *PLAN), "không có lựa chọn 'rename'"),
])
def test_refusals_are_one_vietnamese_sentence(db_target: str, sample: Sample, capsys, args, fragment) -> None:  # type: ignore[no-untyped-def]
    _record(db_target, capsys)
    code, out, err = _run(db_target, capsys, *args)
    assert code == 2, (out, err)
    assert "Traceback" not in err and err.strip().startswith(("Lỗi:", "cách dùng:"))
    assert fragment in err, err


def test_amendments_go_in_date_order(db_target: str, sample: Sample, capsys) -> None:  # type: ignore[no-untyped-def]
    _record(db_target, capsys)
    base = ("change", *PLAN, "--task", "1.1", "--doc", "150/KH-UBND")
    assert _run(db_target, capsys, *base, "--from", "01/07/2025", "--content", "Tuyên truyền rộng rãi")[0] == 0
    code, _, err = _run(db_target, capsys, *base, "--from", "01/03/2025", "--content", "Tuyên truyền")
    assert code == 2 and "01/07/2025" in err
