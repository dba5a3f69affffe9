"""``plantrack`` end to end: a real SQLite file, the command run as a separate process."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from desktop_app import __version__
from tests.cli.helpers import assert_refused, run_cli


def test_version(cli_home: Path) -> None:
    result = run_cli("--version", home=cli_home)
    assert result.returncode == 0
    assert result.stdout.strip() == f"plantrack {__version__}"


def test_plans_lists_both(cli_demo_db: Path, cli_home: Path) -> None:
    result = run_cli("plans", "--db", str(cli_demo_db), home=cli_home)  # --db after the command works too
    assert result.returncode == 0, result.stderr
    assert "215/KH-UBND" in result.stdout and "202-KH/QU" in result.stdout
    assert "UBND quận Ba Đình" in result.stdout and "Quận ủy Thanh Xuân" in result.stdout


def test_tasks_are_numbered(cli_demo_db: Path, cli_home: Path) -> None:
    result = run_cli("--db", str(cli_demo_db), "tasks", "--plan", "215/KH-UBND", home=cli_home)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any(line.startswith("1. Tiếp tục nâng cao nhận thức") for line in lines)
    numbers = [m.group(1) for line in lines if (m := re.match(r"\s+(\d+\.\d+)\. ", line))]
    assert numbers[:2] == ["1.1", "1.2"] and "4.1" in numbers
    assert result.stdout.count("Chủ trì:") == len(numbers)
    assert "Thời hạn: Hằng năm, ngày 15/12" in result.stdout


def test_units_tree(cli_demo_db: Path, cli_home: Path) -> None:
    result = run_cli("--db", str(cli_demo_db), "units", home=cli_home)
    assert result.returncode == 0, result.stderr
    assert "[UBND-HN] UBND Thành phố Hà Nội" in result.stdout
    assert "    [PNV] Phòng Nội vụ" in result.stdout  # under UBND quận Ba Đình, under the city
    assert "Phường Phúc Xá" in result.stdout


@pytest.mark.parametrize("text", ["nang cao", "nâng cao", "NANG CAO", "NÂNG CAO", "Nâng Cao"])
def test_search_ignores_case_and_diacritics(cli_demo_db: Path, cli_home: Path, text: str) -> None:
    result = run_cli("--db", str(cli_demo_db), "search", text, home=cli_home)
    assert result.returncode == 0, result.stderr
    assert "Nhiệm vụ 3.4: Nâng cao trình độ chuyên môn" in result.stdout


def test_search_json(cli_demo_db: Path, cli_home: Path) -> None:
    result = run_cli("--db", str(cli_demo_db), "search", "nang cao", "--json", home=cli_home)
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert isinstance(hits, list) and hits
    assert {"kind", "id", "title", "detail", "plan_id"} <= set(hits[0])
    assert any(h["kind"] == "task" and h["detail"].startswith("Nâng cao") for h in hits)
    none = run_cli("--db", str(cli_demo_db), "search", "khong co tu nay", "--json", home=cli_home)
    assert json.loads(none.stdout) == []


def test_progress_grid(cli_demo_db: Path, cli_home: Path) -> None:
    result = run_cli("--db", str(cli_demo_db), "progress", "--plan", "215/KH-UBND", "--period", "2025-Q3",
                     home=cli_home)
    assert result.returncode == 0, result.stderr
    assert "quý III/2025 (15/06/2025 – 14/09/2025)" in result.stdout
    for label in ("Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Quá hạn", "Tạm dừng", "Đang thực hiện"):
        assert label in result.stdout
    assert re.search(r"Tổng: \d+ nhiệm vụ \(\d+ nội dung\); ", result.stdout)


def test_periods_of_a_year(cli_home: Path) -> None:
    result = run_cli("periods", "2024", home=cli_home)
    assert result.returncode == 0, result.stderr
    rows = {line.split()[0]: line for line in result.stdout.splitlines() if line.startswith("2024-")}
    assert "15/12/2023 – 14/03/2024" in rows["2024-Q1"] and "quý I/2024" in rows["2024-Q1"]
    assert "15/06/2024 – 14/12/2024" in rows["2024-H2"]
    assert "15/12/2023 – 14/12/2024" in rows["2024-Y"]
    assert rows["2024-Q1"].rstrip().endswith("18/03/2024")  # 14/3 + 3 days is a Sunday → Monday
    assert len(rows) == 19
    later = run_cli("periods", "2024", "--offset", "10", home=cli_home)
    assert next(line for line in later.stdout.splitlines() if line.startswith("2024-Q1")).endswith("25/03/2024")


def test_check_passes_then_catches_tampering(cli_demo_db: Path, cli_home: Path, tmp_path: Path) -> None:
    result = run_cli("--db", str(cli_demo_db), "check", home=cli_home)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Không phát hiện lỗi" in result.stdout
    copy = tmp_path / "tampered.sqlite"
    source, target = sqlite3.connect(cli_demo_db), sqlite3.connect(copy)
    source.backup(target)
    source.close()
    target.execute("UPDATE audit_entry SET new_value = '\"sửa lén\"' WHERE seq = 10")
    target.commit()
    target.close()
    tampered = run_cli("--db", str(copy), "check", home=cli_home)
    assert tampered.returncode == 1, tampered.stdout + tampered.stderr
    assert "Nhật ký #10: nội dung bị sửa ngoài chương trình" in tampered.stdout
    assert "Traceback" not in tampered.stderr


def test_bad_input_is_refused_in_vietnamese(cli_demo_db: Path, cli_home: Path) -> None:
    db = ["--db", str(cli_demo_db)]
    assert_refused(run_cli(*db, "progress", "--plan", "215/KH-UBND", "--period", "2024-Q5", home=cli_home),
                   "2024-Q5", "Mã kỳ báo cáo không hợp lệ")
    assert_refused(run_cli(*db, "tasks", "--plan", "999/KH-XYZ", home=cli_home), "999/KH-XYZ")
    assert_refused(run_cli(*db, "progress", "--period", "2024-Q1", home=cli_home), "thiếu tham số bắt buộc", "--plan")
    assert_refused(run_cli(*db, "periods", "hai nghìn", home=cli_home), "NĂM", "cần một số nguyên")
    assert_refused(run_cli("periods", "2024", "--offset", "0", home=cli_home), "--offset")
    assert_refused(run_cli(*db, "khong-co-lenh", home=cli_home), "khong-co-lenh")
    assert_refused(run_cli(*db, "progress", "--plan", "215/KH-UBND", "--period", "2024-Q1", "--as-of", "32/13/2024",
                           home=cli_home), "32/13/2024")
    assert_refused(run_cli(*db, "import", str(cli_home / "khong-co.json"), home=cli_home), "khong-co.json")


def test_demo_refuses_a_database_with_plans(cli_demo_db: Path, cli_home: Path) -> None:
    assert_refused(run_cli("--db", str(cli_demo_db), "demo", home=cli_home), "Đã có kế hoạch")


def test_non_database_file_is_refused_and_left_alone(cli_home: Path, tmp_path: Path) -> None:
    notes = tmp_path / "ghi-chu.txt"
    content = "Danh sách việc cần làm — không phải cơ sở dữ liệu\n".encode() * 50
    notes.write_bytes(content)
    result = run_cli("--db", str(notes), "plans", home=cli_home)
    assert_refused(result, "ghi-chu.txt")
    assert notes.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ghi-chu.txt"]  # no -wal / -shm / backup beside it


def test_output_is_utf8_whatever_the_console_says(cli_demo_db: Path, cli_home: Path) -> None:
    result = run_cli("--db", str(cli_demo_db), "plans", home=cli_home, env={"PYTHONIOENCODING": "cp1252"})
    assert result.returncode == 0, result.stderr
    assert "UBND quận Ba Đình" in result.stdout


def test_database_from_environment(cli_demo_db: Path, cli_home: Path) -> None:
    result = run_cli("plans", home=cli_home, env={"PLANTRACK_DB": str(cli_demo_db)})
    assert result.returncode == 0, result.stderr
    assert "215/KH-UBND" in result.stdout


def test_default_database_is_created_on_first_use(tmp_path: Path) -> None:
    result = run_cli("plans", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Chưa có kế hoạch nào" in result.stdout
    assert (tmp_path / "data" / "plantrack" / "plantrack.sqlite").is_file()
