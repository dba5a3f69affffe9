"""Attack 7: changes made behind the program's back must not pass ``check``.

Before: a direct UPDATE of a task or progress row, a DELETE of a progress row, deleting the last 50
(or all) audit entries, or editing an entry and recomputing the plain SHA-256 chain all passed.
Now ``check`` replays the log against the rows (naming table, row, field and values) and compares
the chain with the heads kept apart from it (remembered on this computer, in issued reports, in
the backups, exports and packages given with ``--against``).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from desktop_app.db.engine import make_engine, to_url
from desktop_app.db.hooks import entry_hash
from desktop_app.db.models import AuditEntry
from desktop_app.exchange import package
from desktop_app.exchange.export import write_file
from desktop_app.services import progress, tasks
from desktop_app.services.audit import chain_head
from desktop_app.services.database import Database
from desktop_app.services.maintenance import check
from tests.attacks.writers import PERIOD
from tests.cli.helpers import run_cli
from tests.sample_data import Sample


def saved_progress(db: Database, sample: Sample, percent: int = 40) -> str:
    return progress.record_progress(db, sample.task_ids[0], sample.pnv, PERIOD, status="in_progress",
                                    percent=percent, result="Đã tổ chức 3 hội nghị")


def test_a_clean_database_checks_clean(db: Database, sample: Sample) -> None:
    saved_progress(db, sample)
    tasks.update_task(db, sample.task_ids[1], content="Tổ chức hội nghị quán triệt Nghị quyết")
    assert check(db).problems == []


def test_a_direct_update_of_a_task_is_named(db: Database, sample: Sample, tamper) -> None:  # type: ignore[no-untyped-def]
    tamper("UPDATE task SET content = 'Nội dung bị sửa' WHERE id = :id", id=sample.task_ids[0])
    problems = check(db).problems
    assert len(problems) == 1
    assert f"Bảng task, dòng {sample.task_ids[0]}, trường content" in problems[0]
    assert "«Đẩy mạnh tuyên truyền»" in problems[0] and "«Nội dung bị sửa»" in problems[0]


def test_a_direct_update_of_a_progress_row_is_named(db: Database, sample: Sample, tamper) -> None:  # type: ignore[no-untyped-def]
    row = saved_progress(db, sample)
    tamper("UPDATE progress SET percent = 100 WHERE id = :id", id=row)
    problems = check(db).problems
    assert problems == [f"Bảng progress, dòng {row}, trường percent: nhật ký ghi «40», cơ sở dữ liệu có «100» "
                        "(sửa ngoài chương trình)"]


def test_a_deleted_progress_row_is_named(db: Database, sample: Sample, tamper) -> None:  # type: ignore[no-untyped-def]
    row = saved_progress(db, sample)
    tamper("DELETE FROM progress WHERE id = :id", id=row)
    assert check(db).problems == [f"Bảng progress, dòng {row}: nhật ký ghi đang có nhưng dòng đã mất "
                                  "(xóa ngoài chương trình)"]


def test_a_row_inserted_behind_the_programs_back_is_named(db: Database, sample: Sample, tamper) -> None:  # type: ignore[no-untyped-def]
    tamper("INSERT INTO progress (id, task_id, unit_id, period, status, percent, result, difficulties, proposals, "
           "\"references\", updated_by, search_text, review_state, review_reason, reviewed_by, updated_at, version) "
           "SELECT '00000000-0000-4000-8000-000000000001', :task, :unit, '2025-Q4', 'done', 100, 'Giả', '', '', '', "
           "'', '', 'accepted', '', '', updated_at, 1 FROM task WHERE id = :same_task", task=sample.task_ids[0],
           same_task=sample.task_ids[0], unit=sample.pgd)
    problems = check(db).problems
    assert any("dòng 00000000-0000-4000-8000-000000000001: có trong cơ sở dữ liệu nhưng nhật ký không ghi" in p
               for p in problems)


@pytest.mark.parametrize("cut", [50, "all"])
def test_cutting_the_logs_tail_is_found(db: Database, sample: Sample, tamper, cut: int | str) -> None:  # type: ignore[no-untyped-def]
    for percent in range(10, 100, 10):
        saved_progress(db, sample, percent)
    total = chain_head(db).count
    count = total if cut == "all" else cut
    tamper("DELETE FROM audit_entry WHERE seq IN (SELECT seq FROM audit_entry ORDER BY seq DESC LIMIT :n)", n=count)
    problems = check(db).problems
    assert problems  # rows whose creation or last change is no longer in the log
    assert any("nhật ký không ghi việc tạo" in p or "nhật ký ghi «" in p for p in problems)


def rewrite_chain(db: Database, seq: int, value: str) -> None:
    """What an attacker with a database tool does: edit one entry, recompute every hash after it."""
    engine = create_engine(db.engine.url)
    with Session(engine) as session:
        prev = ""
        for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)):
            if entry.seq == seq:
                entry.new_value = value
            entry.prev_hash = prev
            entry.entry_hash = prev = entry_hash(prev, entry)
        session.commit()
    engine.dispose()


def edit_percent_everywhere(db: Database, row: str, tamper) -> None:  # type: ignore[no-untyped-def]
    """Change a progress row and the log entry that set it, so that the replay agrees."""
    tamper("UPDATE progress SET percent = 100 WHERE id = :id", id=row)
    engine = create_engine(db.engine.url)
    with engine.connect() as conn:
        seq, snapshot = conn.execute(select(AuditEntry.seq, AuditEntry.new_value)
                                     .where(AuditEntry.entity_id == row, AuditEntry.action == "create")).one()
    engine.dispose()
    data = json.loads(snapshot)
    data["percent"] = "100"
    rewrite_chain(db, seq, json.dumps(data, ensure_ascii=False, sort_keys=True))


def test_a_log_rewritten_whole_is_caught_against_the_head_remembered_at_export(
        db: Database, sample: Sample, tamper, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    row = saved_progress(db, sample)
    write_file(db, tmp_path / "xuat.json")  # remembers the head on this computer, and carries it
    edit_percent_everywhere(db, row, tamper)
    problems = check(db).problems
    assert len(problems) == 1 and "không khớp với tệp xuất 'xuat.json'" in problems[0]
    assert "viết lại ngoài chương trình" in problems[0]


def test_a_cut_tail_is_caught_against_a_package_sent(db: Database, sample: Sample, tamper, tmp_path: Path,
                                                     db_target: str) -> None:  # type: ignore[no-untyped-def]
    saved_progress(db, sample)
    sent = tmp_path / "goi.zip"
    package.export_unit_progress(db, sample.pnv, PERIOD, sent)
    head = chain_head(db)
    saved_progress(db, sample, 60)
    # the last entries cut and the row put back as it was: the replay alone cannot tell
    tamper("DELETE FROM audit_entry WHERE seq > (SELECT seq FROM audit_entry ORDER BY seq LIMIT 1 OFFSET :n)",
           n=head.count - 2)
    tamper("UPDATE progress SET percent = 40")
    problems = check(db, [sent]).problems
    assert any(f"nhưng tệp 'goi.zip' ghi {head.count} mục" in p for p in problems)
    assert any("(ghi nhớ trên máy này)" in p and "mục cuối đã bị xóa" in p for p in problems)


@pytest.mark.sqlite_only("a read-only database file")
def test_check_on_a_read_only_file_reports_no_false_index_errors(db: Database, sample: Sample) -> None:
    saved_progress(db, sample)
    assert db.path is not None
    db.close()
    read_only = Database(make_engine(to_url(db.path), read_only=True))
    try:
        assert check(read_only).problems == []
    finally:
        read_only.close()


@pytest.mark.sqlite_only("the command line on a database file")
def test_the_command_line_names_the_change(db: Database, sample: Sample, tamper, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tamper("UPDATE task SET content = 'Nội dung bị sửa' WHERE id = :id", id=sample.task_ids[0])
    assert db.path is not None
    result = run_cli("--db", str(db.path), "check", home=tmp_path)
    assert result.returncode != 0
    assert f"Bảng task, dòng {sample.task_ids[0]}, trường content" in result.stdout


def test_a_cut_tail_is_caught_against_an_issued_reports_record(db: Database, sample: Sample, tamper) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.reports.issue import issue_report
    from desktop_app.services import heads

    saved_progress(db, sample)
    saved_progress(db, sample, 60)
    issue_report(db, sample.plan_id, PERIOD, "12", date(2025, 12, 20), invariant=True)
    count = chain_head(db).count
    assert heads.remembered(db) is None  # on another PC: nothing remembered here, only the report's record
    tamper("DELETE FROM audit_entry WHERE seq = (SELECT max(seq) FROM audit_entry)")
    tamper("UPDATE progress SET percent = 40")  # the row put back as the remaining log says
    assert check(db).problems == [f"Nhật ký chỉ còn {count - 1} mục nhưng báo cáo đã ban hành số 12/BC-UBND ghi "
                                  f"{count} mục: 1 mục cuối đã bị xóa ngoài chương trình"]


@pytest.mark.sqlite_only("a backup file given to the command line")
def test_the_command_line_compares_with_a_backup(db: Database, sample: Sample, tamper, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.services.backup import backup_to

    saved_progress(db, sample)
    copy = backup_to(db, tmp_path / "sao-luu.sqlite")
    count = chain_head(db).count
    tamper("DELETE FROM audit_entry WHERE seq = (SELECT max(seq) FROM audit_entry)")
    assert db.path is not None
    result = run_cli("--db", str(db.path), "check", "--against", str(copy), home=tmp_path / "other-pc")
    assert result.returncode != 0
    assert f"nhưng tệp 'sao-luu.sqlite' ghi {count} mục" in result.stdout


def test_an_older_versions_log_raises_no_false_alarm(db: Database, sample: Sample, tamper) -> None:  # type: ignore[no-untyped-def]
    """Before revision 0007 a new row's snapshot was taken before relationships filled its keys
    (a target's plan_id logged as empty); entries up to the upgrade are replayed knowing that."""
    from desktop_app.services import targets

    target = targets.add_target(db, sample.plan_id, "Tỷ lệ hồ sơ trực tuyến", measure="%").id
    engine = create_engine(db.engine.url)
    with engine.connect() as conn:
        seq, snapshot = conn.execute(select(AuditEntry.seq, AuditEntry.new_value)
                                     .where(AuditEntry.entity_id == target, AuditEntry.action == "create")).one()
    engine.dispose()
    as_older = json.loads(snapshot) | {"plan_id": None}
    rewrite_chain(db, seq, json.dumps(as_older, ensure_ascii=False, sort_keys=True))
    # what revision 0007 records in a database with entries: the last one an older version wrote
    tamper("INSERT INTO setting (key, value) SELECT 'audit_exact_from', CAST(max(seq) AS TEXT) FROM audit_entry")
    assert check(db).problems == []
    tamper("UPDATE setting SET value = '0' WHERE key = 'audit_exact_from'")  # as if written by this version
    assert [p for p in check(db).problems if f"dòng {target}, trường plan_id" in p]
