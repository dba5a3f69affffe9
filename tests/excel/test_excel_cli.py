"""``plantrack template`` / ``import-excel`` / ``export-excel`` in a subprocess."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.cli.helpers import assert_refused, run_cli
from tests.excel.excel_support import edit, find_row


def test_task_template_then_import(cli_demo_db: Path, cli_home: Path, tmp_path: Path) -> None:
    path = tmp_path / "nhiem-vu.xlsx"
    made = run_cli("--db", str(cli_demo_db), "template", "--plan", "215/KH-UBND", str(path), home=cli_home)
    assert made.returncode == 0, made.stderr
    assert "Đã ghi mẫu nhiệm vụ" in made.stdout
    assert openpyxl.load_workbook(path).sheetnames == ["Nhiệm vụ", "Danh mục"]

    same = run_cli("--db", str(cli_demo_db), "import-excel", "--plan", "215/KH-UBND", str(path), home=cli_home)
    assert same.returncode == 0, same.stderr
    assert "thêm 0, cập nhật 0, không đổi 23" in same.stdout

    edit(path, {("1.1", "Đơn vị chủ trì"): "Phòng Nọi vụ", ("1.2", "Thời hạn"): "31/02/2025"})
    refused = run_cli("--db", str(cli_demo_db), "import-excel", "--plan", "215/KH-UBND", str(path), home=cli_home)
    assert_refused(refused, "có 2 lỗi; không nhập gì",
                   f"- Trang 'Nhiệm vụ', dòng {find_row(path, '1.1')}, cột Đơn vị chủ trì: không có đơn vị "
                   "'Phòng Nọi vụ' — ý bạn là 'Phòng Nội vụ'?",
                   f"- Trang 'Nhiệm vụ', dòng {find_row(path, '1.2')}, cột Thời hạn: Ngày không hợp lệ: 31/02/2025")


def test_progress_template_import_and_export(cli_demo_db: Path, cli_home: Path, tmp_path: Path) -> None:
    path = tmp_path / "tien-do.xlsx"
    made = run_cli("--db", str(cli_demo_db), "template", "--plan", "215/KH-UBND", "--period", "2025-Q4",
                   "--unit", "Phòng Nội vụ", str(path), home=cli_home)
    assert made.returncode == 0, made.stderr
    ws = openpyxl.load_workbook(path)["Tiến độ"]
    assert any("mã kỳ 2025-Q4" in str(c.value) for row in ws.iter_rows(max_row=8) for c in row)
    row = find_row(path, "1.1", "Phòng Nội vụ")
    edit(path, {(f"row:{row}", "Tình trạng"): "Đang thực hiện", (f"row:{row}", "% hoàn thành"): 30,
                (f"row:{row}", "Kết quả"): "=Đã triển khai"})
    # the period is read from the file when --period is not given
    imported = run_cli("--db", str(cli_demo_db), "import-excel", "--plan", "215/KH-UBND", str(path), home=cli_home)
    assert imported.returncode == 0, imported.stderr
    assert "tiến độ kỳ 2025-Q4" in imported.stdout
    assert "thêm 1, cập nhật 0" in imported.stdout or "thêm 0, cập nhật 1" in imported.stdout

    out = tmp_path / "phu-luc.xlsx"
    exported = run_cli("--db", str(cli_demo_db), "export-excel", "--plan", "215/KH-UBND", "--period", "2025-Q4",
                       str(out), home=cli_home)
    assert exported.returncode == 0, exported.stderr
    sheet = openpyxl.load_workbook(out)["Phụ lục"]
    cells = [c for r in sheet.iter_rows() for c in r if isinstance(c.value, str) and "=Đã triển khai" in c.value]
    assert cells and all(c.data_type == "s" for c in cells)


def test_refusals(cli_demo_db: Path, cli_home: Path, tmp_path: Path) -> None:
    assert_refused(run_cli("--db", str(cli_demo_db), "template", "--plan", "215/KH-UBND", str(tmp_path / "x.csv"),
                           home=cli_home), ".xlsx")
    assert_refused(run_cli("--db", str(cli_demo_db), "template", "--plan", "999/KH-ABC", str(tmp_path / "x.xlsx"),
                           home=cli_home), "999/KH-ABC")
    assert not (tmp_path / "x.xlsx").exists()
    assert_refused(run_cli("--db", str(cli_demo_db), "import-excel", "--plan", "215/KH-UBND",
                           str(tmp_path / "khong-co.xlsx"), home=cli_home), "Không tìm thấy tệp")
    junk = tmp_path / "hong.xlsx"
    junk.write_bytes(b"PK\x03\x04 not really a zip")
    assert_refused(run_cli("--db", str(cli_demo_db), "import-excel", "--plan", "215/KH-UBND", str(junk), home=cli_home),
                   "Không đọc được tệp Excel")
