"""``plantrack template`` / ``import-excel`` / ``export-excel`` in a subprocess."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.cli.helpers import assert_refused, run_cli
from tests.excel.excel_support import edit, find_row


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("home")


@pytest.fixture(scope="module")
def demo_db(home: Path) -> Path:
    path = home / "demo.sqlite"
    assert run_cli("--db", str(path), "demo", "--today", "31/12/2025", home=home).returncode == 0
    return path


def test_task_template_then_import(demo_db: Path, home: Path, tmp_path: Path) -> None:
    path = tmp_path / "nhiem-vu.xlsx"
    made = run_cli("--db", str(demo_db), "template", "--plan", "215/KH-UBND", str(path), home=home)
    assert made.returncode == 0, made.stderr
    assert "Đã ghi mẫu nhiệm vụ" in made.stdout
    assert openpyxl.load_workbook(path).sheetnames == ["Nhiệm vụ", "Danh mục"]

    same = run_cli("--db", str(demo_db), "import-excel", "--plan", "215/KH-UBND", str(path), home=home)
    assert same.returncode == 0, same.stderr
    assert "thêm 0, cập nhật 0, không đổi 23" in same.stdout

    edit(path, {("1.1", "Đơn vị chủ trì"): "Phòng Nọi vụ", ("1.2", "Thời hạn"): "31/02/2025"})
    refused = run_cli("--db", str(demo_db), "import-excel", "--plan", "215/KH-UBND", str(path), home=home)
    assert_refused(refused, "có 2 lỗi; không nhập gì",
                   f"- Trang 'Nhiệm vụ', dòng {find_row(path, '1.1')}, cột Đơn vị chủ trì: không có đơn vị "
                   "'Phòng Nọi vụ' — ý bạn là 'Phòng Nội vụ'?",
                   f"- Trang 'Nhiệm vụ', dòng {find_row(path, '1.2')}, cột Thời hạn: Ngày không hợp lệ: 31/02/2025")


def test_progress_template_import_and_export(demo_db: Path, home: Path, tmp_path: Path) -> None:
    path = tmp_path / "tien-do.xlsx"
    made = run_cli("--db", str(demo_db), "template", "--plan", "215/KH-UBND", "--period", "2025-Q4",
                   "--unit", "Phòng Nội vụ", str(path), home=home)
    assert made.returncode == 0, made.stderr
    ws = openpyxl.load_workbook(path)["Tiến độ"]
    assert any("mã kỳ 2025-Q4" in str(c.value) for row in ws.iter_rows(max_row=8) for c in row)
    row = find_row(path, "1.1", "Phòng Nội vụ")
    edit(path, {(f"row:{row}", "Tình trạng"): "Đang thực hiện", (f"row:{row}", "% hoàn thành"): 30,
                (f"row:{row}", "Kết quả"): "=Đã triển khai"})
    # the period is read from the file when --period is not given
    imported = run_cli("--db", str(demo_db), "import-excel", "--plan", "215/KH-UBND", str(path), home=home)
    assert imported.returncode == 0, imported.stderr
    assert "tiến độ kỳ 2025-Q4" in imported.stdout
    assert "thêm 1, cập nhật 0" in imported.stdout or "thêm 0, cập nhật 1" in imported.stdout

    out = tmp_path / "phu-luc.xlsx"
    exported = run_cli("--db", str(demo_db), "export-excel", "--plan", "215/KH-UBND", "--period", "2025-Q4",
                       str(out), home=home)
    assert exported.returncode == 0, exported.stderr
    sheet = openpyxl.load_workbook(out)["Phụ lục"]
    cells = [c for r in sheet.iter_rows() for c in r if isinstance(c.value, str) and "=Đã triển khai" in c.value]
    assert cells and all(c.data_type == "s" for c in cells)


def test_refusals(demo_db: Path, home: Path, tmp_path: Path) -> None:
    assert_refused(run_cli("--db", str(demo_db), "template", "--plan", "215/KH-UBND", str(tmp_path / "x.csv"),
                           home=home), ".xlsx")
    assert_refused(run_cli("--db", str(demo_db), "template", "--plan", "999/KH-ABC", str(tmp_path / "x.xlsx"),
                           home=home), "999/KH-ABC")
    assert not (tmp_path / "x.xlsx").exists()
    assert_refused(run_cli("--db", str(demo_db), "import-excel", "--plan", "215/KH-UBND",
                           str(tmp_path / "khong-co.xlsx"), home=home), "Không tìm thấy tệp")
    junk = tmp_path / "hong.xlsx"
    junk.write_bytes(b"PK\x03\x04 not really a zip")
    assert_refused(run_cli("--db", str(demo_db), "import-excel", "--plan", "215/KH-UBND", str(junk), home=home),
                   "Không đọc được tệp Excel")
