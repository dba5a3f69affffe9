"""The templates as a clerk opens them: drop-down lists, frozen header, widths, plan and period."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app.exchange.excel.templates import progress_template, task_template
from desktop_app.services.database import Database
from tests.excel.excel_support import PERIOD, header_map, make_filled


def _validations(ws: Worksheet) -> dict[str, tuple[str, str]]:
    """Header of the validated column → (type, formula1)."""
    header, names = header_map(ws)
    by_letter = {openpyxl.utils.get_column_letter(c): name for name, c in names.items()}
    found = {}
    for dv in ws.data_validations.dataValidation:
        for cell_range in dv.sqref.ranges:
            assert cell_range.min_row == header + 1  # from the first data row down
            found[by_letter[openpyxl.utils.get_column_letter(cell_range.min_col)]] = (dv.type, dv.formula1)
    return found


def _text(ws: Worksheet) -> str:
    return "\n".join(str(c.value) for row in ws.iter_rows(max_row=8) for c in row if c.value is not None)


def test_task_template(db: Database, tmp_path: Path) -> None:
    filled = make_filled(db)
    path = task_template(db, filled.sample.plan_id, tmp_path / "nv.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Nhiệm vụ", "Danh mục"]
    ws = wb["Nhiệm vụ"]
    header, names = header_map(ws)
    assert list(names) == ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Sản phẩm",
                           "Ngày bắt đầu", "Mã (không sửa)"]
    assert ws.freeze_panes == f"A{header + 1}"
    assert "Kế hoạch số 215/KH-UBND ngày 18/06/2024" in _text(ws)
    assert "Thực hiện Nghị quyết về đội ngũ trí thức" in _text(ws)
    validations = _validations(ws)
    assert validations["Đơn vị chủ trì"] == ("list", "'Danh mục'!$A$2:$A$4")
    catalog = wb["Danh mục"]
    assert catalog.sheet_state == "hidden"
    assert [catalog.cell(r, 1).value for r in range(2, 5)] == ["Phòng Giáo dục và Đào tạo", "Phòng Nội vụ",
                                                               "UBND quận Ba Đình"]
    assert ws.column_dimensions["B"].width == 60 and ws.column_dimensions["C"].width == 28
    assert ws.column_dimensions["H"].hidden  # the id column
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=header + 1, max_row=header + 5)]
    assert rows[0][:2] == ["1", "Nâng cao nhận thức về vị trí, vai trò của đội ngũ trí thức"]
    assert ws.cell(header + 1, 2).font.b  # group rows are bold
    assert rows[1][:7] == ["1.1", "Đẩy mạnh tuyên truyền", "Phòng Nội vụ", "Phòng Giáo dục và Đào tạo", "30/06/2024",
                           "Các bài viết, tin tuyên truyền", "20/06/2024"]
    assert rows[2][4] == "Hằng năm 10/12"
    assert rows[4][3] == "Phòng Nội vụ; UBND quận Ba Đình" and rows[4][4] == "Thường xuyên"
    assert ws.cell(header + 2, 1).font.name == "Times New Roman"


def test_progress_template(db: Database, tmp_path: Path) -> None:
    filled = make_filled(db)
    path = progress_template(db, filled.sample.plan_id, PERIOD, tmp_path / "td.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["Tiến độ"]
    header, names = header_map(ws)
    assert ws.freeze_panes == f"A{header + 1}"
    assert "Kỳ báo cáo: quý II/2024 (số liệu từ 15/03/2024 đến 14/06/2024; mã kỳ 2024-Q2)" in _text(ws)
    validations = _validations(ws)
    assert validations["Đơn vị báo cáo"] == ("list", "'Danh mục'!$A$2:$A$4")
    assert validations["Tình trạng"] == ("list", "'Danh mục'!$C$2:$C$5")
    assert validations["% hoàn thành"][0] == "whole"
    percent = next(dv for dv in ws.data_validations.dataValidation if dv.type == "whole")
    assert (percent.operator, percent.formula1, percent.formula2) == ("between", "0", "100")
    assert [wb["Danh mục"].cell(r, 3).value for r in range(2, 6)] == ["Chưa thực hiện", "Đang thực hiện",
                                                                      "Hoàn thành", "Tạm dừng"]
    for hidden in ("Mã nhiệm vụ (không sửa)", "Mã đơn vị (không sửa)"):
        assert ws.column_dimensions[openpyxl.utils.get_column_letter(names[hidden])].hidden
    assert ws.column_dimensions["H"].width == 45
    body = [[c.value for c in row][:8] for row in ws.iter_rows(min_row=header + 1, max_row=header + 7)]
    assert body[1] == ["1.1", "Đẩy mạnh tuyên truyền", "Phòng Nội vụ", "30/06/2024", "Hoàn thành", 100,
                       "01/06/2024", "Đã đăng 12 tin bài\n=SUM(A1:A3)"]
    assert body[2][2:6] == ["Phòng Giáo dục và Đào tạo", "30/06/2024", "Đang thực hiện", 40]
    assert body[3][2:5] == ["Phòng Nội vụ", "Hằng năm 10/12", "Chưa thực hiện"]
    units_of_task_3 = [row[2] for row in body[5:]]
    assert units_of_task_3 == ["Phòng Giáo dục và Đào tạo", "Phòng Nội vụ"]


def test_progress_template_for_one_unit(db: Database, tmp_path: Path) -> None:
    filled = make_filled(db)
    path = progress_template(db, filled.sample.plan_id, PERIOD, tmp_path / "td.xlsx", unit_ref="PNV")
    ws = openpyxl.load_workbook(path)["Tiến độ"]
    header, names = header_map(ws)
    assert "Đơn vị báo cáo: Phòng Nội vụ" in _text(ws)
    units = {ws.cell(r, names["Đơn vị báo cáo"]).value for r in range(header + 1, ws.max_row + 1)}
    assert units == {None, "Phòng Nội vụ"}  # None: group headings and spare rows


def test_formula_like_text_is_written_as_plain_text(db: Database, tmp_path: Path) -> None:
    filled = make_filled(db)
    path = progress_template(db, filled.sample.plan_id, PERIOD, tmp_path / "td.xlsx")
    for data_only in (False, True):
        ws = openpyxl.load_workbook(path, data_only=data_only)["Tiến độ"]
        header, names = header_map(ws)
        row = header + 2
        for name, value in (("Khó khăn", "-"), ("Kiến nghị", "@ban chỉ đạo"), ("Tài liệu kèm theo", "+84 24 3823")):
            cell = ws.cell(row, names[name])
            assert (cell.value, cell.data_type, cell.quotePrefix) == (value, "s", True)
        result = ws.cell(row, names["Kết quả"])
        assert result.data_type == "s" and result.value.startswith("Đã đăng")
