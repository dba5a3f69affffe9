"""``plantrack review / submit / accept / return / attach / attachments`` end to end."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop_app.services import progress
from desktop_app.services.database import Database
from tests.cli.helpers import assert_refused, run_cli
from tests.sample_data import make_sample


def test_review_accept_return_from_the_command_line(db_target: str, tmp_path: Path) -> None:
    db = Database.open(db_target)
    try:
        sample = make_sample(db)
        for task in sample.task_ids[:2]:
            progress.record_progress(db, task, sample.pnv, "2024-H1", status="done", completed_on=date(2024, 6, 1))
    finally:
        db.close()
    home = tmp_path / "home"
    base = ("--db", db_target)
    period = ("--plan", "215/KH-UBND", "--period", "2024-H1")
    result = run_cli(*base, "submit", *period, "--unit", "PNV", home=home)
    assert result.returncode == 0, result.stderr
    assert "Đã gửi 2 bản cập nhật" in result.stdout
    assert_refused(run_cli(*base, "return", *period, "--unit", "PNV", "--task", "1.1", "--reason", " ", home=home),
                   "lý do")
    result = run_cli(*base, "return", *period, "--unit", "PNV", "--task", "1.1", "--reason", "Thiếu số liệu",
                     home=home)
    assert result.returncode == 0 and "Đã trả lại 1" in result.stdout, result.stderr
    result = run_cli(*base, "accept", *period, "--unit", "PNV", "--task", "1.2", home=home)
    assert result.returncode == 0 and "Đã duyệt 1" in result.stdout, result.stderr
    result = run_cli(*base, "review", *period, "--unit", "PNV", home=home)
    assert result.returncode == 0, result.stderr
    assert "Phòng Nội vụ" in result.stdout and "Bị trả lại" in result.stdout and "Thiếu số liệu" in result.stdout
    result = run_cli(*base, "review", *period, home=home)
    assert result.returncode == 0 and "Tổng cộng" in result.stdout, result.stderr
    assert_refused(run_cli(*base, "accept", *period, "--unit", "PGDĐT", home=home), "chưa có bản cập nhật")

    pdf = tmp_path / "minh-chung.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    result = run_cli(*base, "attach", str(pdf), "--plan", "215/KH-UBND", "--number", "12", "--symbol", "BC-PNV",
                     "--date", "20/06/2024", home=home)
    assert result.returncode == 0 and "SHA-256" in result.stdout, result.stderr
    result = run_cli(*base, "attachments", "--plan", "215/KH-UBND", home=home)
    assert "12/BC-PNV" in result.stdout and "minh-chung.pdf" in result.stdout
    exe = tmp_path / "cai-dat.exe"
    exe.write_bytes(b"MZ" + b"\x00" * 64)
    assert_refused(run_cli(*base, "attach", str(exe), "--plan", "215/KH-UBND", home=home), "chương trình")
