"""Export of a grid and of a period's appendix; formula-like text never becomes a formula."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import openpyxl

from desktop_app.exchange.excel.export import export_period, export_rows
from desktop_app.services.database import Database
from tests.excel.excel_support import PERIOD, header_map, make_filled

NASTY = ["=1+1", "=HYPERLINK(\"http://x.invalid\",\"bấm\")", "+84 912 345 678", "-2", "@SUM(A1)", "\t=1",
         "=cmd|' /C calc'!A0", "#N/A", "bình thường"]


def test_export_rows_keeps_every_value_as_typed(tmp_path: Path) -> None:
    rows = [[text, index, date(2024, 6, 30), None, True] for index, text in enumerate(NASTY)]
    path = export_rows(tmp_path / "luoi.xlsx", "Danh sách nhiệm vụ", ["Nội dung", "Số", "Ngày", "Trống", "Có?"],
                       rows, sheet_name="Nhiệm vụ")
    for data_only in (False, True):
        ws = openpyxl.load_workbook(path, data_only=data_only)["Nhiệm vụ"]
        header = 3
        assert ws.cell(1, 1).value == "Danh sách nhiệm vụ"
        assert [ws.cell(header, c).value for c in range(1, 6)] == ["Nội dung", "Số", "Ngày", "Trống", "Có?"]
        assert ws.freeze_panes == "A4"
        for offset, text in enumerate(NASTY, start=1):
            cell = ws.cell(header + offset, 1)
            assert (cell.value, cell.data_type) == (text, "s")
            assert cell.quotePrefix == text.startswith(("=", "+", "-", "@", "\t"))
            assert ws.cell(header + offset, 2).value == offset - 1
            assert ws.cell(header + offset, 3).value.date() == date(2024, 6, 30)
            assert ws.cell(header + offset, 3).number_format == "DD/MM/YYYY"
            assert ws.cell(header + offset, 5).value == "Có"
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in sheet and "<f " not in sheet  # no formula anywhere in the file


def test_export_period_appendix_and_summary(db: Database, tmp_path: Path) -> None:
    filled = make_filled(db)
    path = export_period(db, filled.sample.plan_id, PERIOD, tmp_path / "phu-luc.xlsx", as_of=date(2024, 6, 14))
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Phụ lục", "Tổng hợp"]
    ws = wb["Phụ lục"]
    header, names = header_map(ws)
    assert list(names) == ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn",
                           "Tình trạng", "Kết quả thực hiện"]
    assert ws.freeze_panes == f"A{header + 1}"
    assert "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ QUÝ II/2024" in [ws.cell(r, 1).value for r in range(1, header)]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=header + 1, max_row=ws.max_row)]
    assert rows[0][:2] == ["1", "Nâng cao nhận thức về vị trí, vai trò của đội ngũ trí thức"]
    assert rows[1] == ["1.1", "Đẩy mạnh tuyên truyền", "Phòng Nội vụ", "Phòng Giáo dục và Đào tạo", "30/06/2024",
                       "Hoàn thành đúng hạn",
                       "Đã đăng 12 tin bài\n=SUM(A1:A3)\nPhòng Giáo dục và Đào tạo: Đang phối hợp"]
    assert ws.cell(header + 2, 7).data_type == "s"
    assert rows[2][5] == "Chưa thực hiện"  # yearly 10/12: not yet due on 14/06
    assert rows[4][:6] == ["2.1", "Rà soát đội ngũ trí thức", "Phòng Giáo dục và Đào tạo",
                           "Phòng Nội vụ; UBND quận Ba Đình", "Thường xuyên", "Tạm dừng"]
    summary = wb["Tổng hợp"]
    table = [[c.value for c in row] for row in summary.iter_rows() if any(c.value is not None for c in row)]
    heads = [r for r in table if r[0] == "Nhóm / đơn vị"]
    assert len(heads) == 2
    labels = heads[0][2:]
    by_name = {r[0]: dict(zip(["Tổng số", *labels], r[1:], strict=True)) for r in table
               if isinstance(r[1], int)}
    assert by_name["Nâng cao nhận thức về vị trí, vai trò của đội ngũ trí thức"]["Tổng số"] == 2
    assert by_name["Phòng Nội vụ"]["Hoàn thành đúng hạn"] == 1
    assert by_name["Phòng Giáo dục và Đào tạo"]["Tạm dừng"] == 1
    assert by_name["Tổng cộng"]["Tổng số"] == 3
