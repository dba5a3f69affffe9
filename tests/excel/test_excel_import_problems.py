"""Refused files: every problem listed by sheet, row and column, and nothing written."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from desktop_app.db.models import Plan
from desktop_app.exchange.excel.importer import import_progress, import_tasks
from desktop_app.exchange.excel.templates import progress_template, task_template
from desktop_app.services import tasks
from desktop_app.services.database import Database
from desktop_app.services.errors import ValidationError
from desktop_app.services.progress import period_rows
from tests.excel.excel_support import PERIOD, counts, edit, find_row, header_map, make_filled


@pytest.fixture
def filled_db(db: Database) -> Database:
    make_filled(db)
    return db


def _plan(db: Database) -> str:
    from desktop_app.services.plans import list_plans

    return list_plans(db)[0].id


def _refused(db: Database, call: object) -> ValidationError:
    before = counts(db)
    with pytest.raises(ValidationError) as caught:
        call()  # type: ignore[operator]
    assert counts(db) == before
    return caught.value


def test_a_mistyped_unit_is_named_with_a_suggestion(filled_db: Database, tmp_path: Path) -> None:
    plan = _plan(filled_db)
    path = task_template(filled_db, plan, tmp_path / "nv.xlsx")
    edit(path, {("1.1", "Đơn vị chủ trì"): "Phòng Nọi vụ"})
    row = find_row(path, "1.1")
    error = _refused(filled_db, lambda: import_tasks(filled_db, path, plan))
    assert [(p.where, p.message) for p in error.problems] == [
        (f"Trang 'Nhiệm vụ', dòng {row}, cột Đơn vị chủ trì",
         "không có đơn vị 'Phòng Nọi vụ' — ý bạn là 'Phòng Nội vụ'?")]
    assert str(error.problems[0]) == (f"Trang 'Nhiệm vụ', dòng {row}, cột Đơn vị chủ trì: không có đơn vị "
                                      "'Phòng Nọi vụ' — ý bạn là 'Phòng Nội vụ'?")


def test_three_bad_rows_are_all_listed_and_nothing_changes(filled_db: Database, tmp_path: Path) -> None:
    plan = _plan(filled_db)
    path = task_template(filled_db, plan, tmp_path / "nv.xlsx")
    header, _ = header_map(openpyxl.load_workbook(path).worksheets[0])
    new_row = find_row(path, "2.1") + 1
    edit(path, {("1.1", "Thời hạn"): "31/02/2024",  # bad date
                ("1.2", "Đơn vị phối hợp"): "Phòng Nội vụ; Phòng Y tế",  # unknown coordinator
                ("1.2", "Nội dung nhiệm vụ"): "Tổ chức hội nghị quán triệt (sửa)",  # a good change in a bad row
                (f"row:{new_row}", "STT"): "2.2", (f"row:{new_row}", "Nội dung nhiệm vụ"): "Nhiệm vụ mới",
                (f"row:{new_row}", "Thời hạn"): "sớm nhất có thể"})  # a new task with a bad deadline
    error = _refused(filled_db, lambda: import_tasks(filled_db, path, plan))
    assert [p.where for p in error.problems] == [
        f"Trang 'Nhiệm vụ', dòng {header + 2}, cột Thời hạn",
        f"Trang 'Nhiệm vụ', dòng {header + 3}, cột Đơn vị phối hợp",
        f"Trang 'Nhiệm vụ', dòng {new_row}, cột Thời hạn"]
    assert error.problems[0].message == "Ngày không hợp lệ: 31/02/2024"
    assert error.problems[1].message.startswith("không có đơn vị 'Phòng Y tế'")
    assert error.problems[2].message.startswith("Thời hạn không hiểu được: 'sớm nhất có thể'")
    assert tasks.get_task(filled_db, tasks.list_tasks(filled_db, plan)[1].id).content == "Tổ chức hội nghị quán triệt"


def test_progress_problems_are_all_listed(filled_db: Database, tmp_path: Path) -> None:
    plan = _plan(filled_db)
    path = progress_template(filled_db, plan, PERIOD, tmp_path / "td.xlsx")
    r1 = find_row(path, "1.2", "Phòng Nội vụ")
    r2 = find_row(path, "2.1", "Phòng Nội vụ")
    r3 = find_row(path, "1.1", "Phòng Giáo dục và Đào tạo")
    edit(path, {(f"row:{r1}", "Tình trạng"): "Hoàn thành",  # done without a date
                (f"row:{r2}", "% hoàn thành"): 150, (f"row:{r2}", "Tình trạng"): "xong rồi",
                (f"row:{r3}", "Ngày hoàn thành"): "31/02/24"})
    error = _refused(filled_db, lambda: import_progress(filled_db, path, plan, PERIOD))
    messages = [str(p) for p in error.problems]
    assert messages == [
        f"Trang 'Tiến độ', dòng {r3}, cột Ngày hoàn thành: Ngày không hợp lệ: 31/02/2024",
        f"Trang 'Tiến độ', dòng {r1}, cột Ngày hoàn thành: nhiệm vụ đã hoàn thành cần ngày hoàn thành "
        "(dạng 31/12/2024)",
        f"Trang 'Tiến độ', dòng {r2}, cột Tình trạng: Tình trạng không hợp lệ: 'xong rồi' (chọn một trong: "
        "Chưa thực hiện, Đang thực hiện, Hoàn thành, Tạm dừng)",
        f"Trang 'Tiến độ', dòng {r2}, cột % hoàn thành: % hoàn thành phải là số nguyên từ 0 đến 100, không phải '150'"]


def test_dates_in_every_accepted_form(filled_db: Database, tmp_path: Path) -> None:
    plan = _plan(filled_db)
    path = progress_template(filled_db, plan, PERIOD, tmp_path / "td.xlsx")
    rows = {key: find_row(path, *key) for key in
            [("1.2", "Phòng Nội vụ"), ("2.1", "Phòng Nội vụ"), ("2.1", "Phòng Giáo dục và Đào tạo"),
             ("1.1", "Phòng Giáo dục và Đào tạo")]}
    forms: list[object] = [datetime(2024, 6, 3), "03/06/24", "03-06-2024", "2024-06-03"]
    changes: dict[tuple[str, str], object] = {}
    for row, form in zip(rows.values(), forms, strict=True):
        changes[(f"row:{row}", "Tình trạng")] = "Hoàn thành"
        changes[(f"row:{row}", "Ngày hoàn thành")] = form
        changes[(f"row:{row}", "% hoàn thành")] = None
    edit(path, changes)
    summary = import_progress(filled_db, path, plan, PERIOD)
    assert (summary.added, summary.updated) == (2, 2)
    done = [r for r in period_rows(filled_db, plan, PERIOD, include_coordinators=True) if r.status == "done"]
    assert len(done) == 5
    assert {r.completed_on for r in done} == {date(2024, 6, 3), date(2024, 6, 1)}
    assert all(r.percent == 100 for r in done)


def test_excel_percent_and_number_forms(filled_db: Database, tmp_path: Path) -> None:
    plan = _plan(filled_db)
    path = progress_template(filled_db, plan, PERIOD, tmp_path / "td.xlsx")
    r1 = find_row(path, "1.2", "Phòng Nội vụ")
    r2 = find_row(path, "2.1", "Phòng Nội vụ")
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    _, names = header_map(ws)
    ws.cell(r1, names["Tình trạng"]).value = "đang thực hiện"
    ws.cell(r1, names["% hoàn thành"]).value = 0.25
    ws.cell(r1, names["% hoàn thành"]).number_format = "0%"
    ws.cell(r2, names["Tình trạng"]).value = "Đang triển khai"
    ws.cell(r2, names["% hoàn thành"]).value = "60%"
    wb.save(path)
    import_progress(filled_db, path, plan, PERIOD)
    found = {(r.task_number, r.unit_name): r.percent for r in period_rows(filled_db, plan, PERIOD,
                                                                          include_coordinators=True)}
    assert found[("1.2", "Phòng Nội vụ")] == 25 and found[("2.1", "Phòng Nội vụ")] == 60


def test_nfd_text_is_stored_nfc_and_legacy_text_is_a_warning(filled_db: Database, tmp_path: Path) -> None:
    plan = _plan(filled_db)
    path = task_template(filled_db, plan, tmp_path / "nv.xlsx")
    nfd = unicodedata.normalize("NFD", "Tổ chức hội nghị quán triệt Nghị quyết 🎉")
    edit(path, {("1.2", "Nội dung nhiệm vụ"): nfd, ("1.2", "Sản phẩm"): "B¸o c¸o kÕt qu¶",
                ("1.2", "Đơn vị chủ trì"): unicodedata.normalize("NFD", "phòng nội vụ")})
    summary = import_tasks(filled_db, path, plan)
    assert summary.updated == 1
    task = tasks.list_tasks(filled_db, plan)[1]
    assert task.content == unicodedata.normalize("NFC", nfd) and task.lead_unit_name == "Phòng Nội vụ"
    assert [w.where.rsplit(", cột ", 1)[1] for w in summary.warnings] == ["Sản phẩm"]
    assert "bảng mã cũ" in summary.warnings[0].message


def test_new_rows_merged_cells_and_roman_groups(filled_db: Database, tmp_path: Path) -> None:
    """A workbook typed by hand: Roman groups, Arabic tasks, a lead unit merged over two rows."""
    plan = _plan(filled_db)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["DANH MỤC NHIỆM VỤ"])
    ws.merge_cells("A1:E1")
    ws.append([])
    ws.append(["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"])
    ws.append(["I", "Nhóm mới về chuyển đổi số"])
    ws.append([1, "Số hóa hồ sơ", "Phòng Nội vụ", "Phòng Giáo dục và Đào tạo; UBND quận Ba Đình", "Hằng quý"])
    ws.append([2, "Tập huấn kỹ năng số", None, None, "Trước ngày 15/12/2025"])
    ws.merge_cells("C5:C6")
    ws.append(["II", "Nhóm thứ hai"])
    ws.append([1, "Báo cáo sơ kết", "phòng giáo dục và đào tạo", None, "hàng năm, ngày 15/12"])
    path = tmp_path / "tu-go.xlsx"
    wb.save(path)
    before = len(tasks.list_tasks(filled_db, plan))
    summary = import_tasks(filled_db, path, plan)
    assert (summary.added, summary.groups_added, summary.kept) == (3, 2, 3)
    listed = tasks.list_tasks(filled_db, plan)
    assert len(listed) == before + 3
    new = {t.content: t for t in listed}
    assert new["Số hóa hồ sơ"].number == "1.1" and new["Số hóa hồ sơ"].schedule.kind == "quarterly"
    assert new["Số hóa hồ sơ"].coordinating_unit_names == ("Phòng Giáo dục và Đào tạo", "UBND quận Ba Đình")
    assert new["Tập huấn kỹ năng số"].lead_unit_name == "Phòng Nội vụ"  # from the merged cell
    assert new["Tập huấn kỹ năng số"].schedule.due == date(2025, 12, 15)
    assert new["Báo cáo sơ kết"].number == "2.1" and new["Báo cáo sơ kết"].schedule.label == "Hằng năm, ngày 15/12"
    assert new["Đẩy mạnh tuyên truyền"].number == "3.1"  # groups the file does not list come after


def test_reordering_rows_moves_tasks(filled_db: Database, tmp_path: Path) -> None:
    plan = _plan(filled_db)
    path = task_template(filled_db, plan, tmp_path / "nv.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    header, _ = header_map(ws)
    rows = [[c.value for c in ws[header + i]] for i in range(1, 6)]
    order = [rows[3], rows[4], rows[2], rows[0], rows[1]]  # group 2 first; task 1.2 moves into it
    for i, values in enumerate(order, start=1):
        for c, value in enumerate(values, start=1):
            ws.cell(header + i, c).value = value
    wb.save(path)
    summary = import_tasks(filled_db, path, plan)
    assert summary.added == 0 and summary.groups_updated == 2
    assert [(t.number, t.content) for t in tasks.list_tasks(filled_db, plan)] == [
        ("1.1", "Rà soát đội ngũ trí thức"), ("1.2", "Tổ chức hội nghị quán triệt"), ("2.1", "Đẩy mạnh tuyên truyền")]


def test_wrong_files_are_refused_with_one_sentence(filled_db: Database, tmp_path: Path) -> None:
    plan = _plan(filled_db)
    tasks_file = task_template(filled_db, plan, tmp_path / "nv.xlsx")
    progress_file = progress_template(filled_db, plan, PERIOD, tmp_path / "td.xlsx")
    text_file = tmp_path / "khong-phai.xlsx"
    text_file.write_text("xin chào", encoding="utf-8")
    empty = tmp_path / "trong.xlsx"
    openpyxl.Workbook().save(empty)
    cases = [
        (lambda: import_tasks(filled_db, progress_file, plan), "Tệp là mẫu tiến độ, không phải mẫu nhiệm vụ"),
        (lambda: import_progress(filled_db, tasks_file, plan, PERIOD), "Tệp là mẫu nhiệm vụ, không phải mẫu tiến độ"),
        (lambda: import_progress(filled_db, progress_file, plan, "2024-Q3"),
         "Tệp là mẫu tiến độ kỳ 2024-Q2, không phải kỳ 2024-Q3"),
        (lambda: import_tasks(filled_db, text_file, plan), "Không đọc được tệp Excel"),
        (lambda: import_tasks(filled_db, empty, plan), "Tệp không có dữ liệu"),
        (lambda: import_tasks(filled_db, tmp_path / "cu.xls", plan), "Chỉ đọc được tệp .xlsx"),
    ]
    for call, fragment in cases:
        error = _refused(filled_db, call)
        assert len(error.problems) == 1 and fragment in str(error), (fragment, str(error))


def test_a_locked_plan_refuses_tasks_but_takes_progress(filled_db: Database, tmp_path: Path) -> None:
    plan = _plan(filled_db)
    tasks_file = task_template(filled_db, plan, tmp_path / "nv.xlsx")
    progress_file = progress_template(filled_db, plan, PERIOD, tmp_path / "td.xlsx")
    with filled_db.write() as session:
        row = session.get(Plan, plan)
        assert row is not None
        row.locked = True
    error = _refused(filled_db, lambda: import_tasks(filled_db, tasks_file, plan))
    assert "cấp trên" in str(error)
    edit(progress_file, {(f"row:{find_row(progress_file, '1.2', 'Phòng Nội vụ')}", "Tình trạng"): "Đang thực hiện"})
    assert import_progress(filled_db, progress_file, plan, PERIOD).added == 1


def test_dry_run_writes_nothing(filled_db: Database, tmp_path: Path) -> None:
    plan = _plan(filled_db)
    path = task_template(filled_db, plan, tmp_path / "nv.xlsx")
    edit(path, {("1.1", "Nội dung nhiệm vụ"): "Đẩy mạnh tuyên truyền sâu rộng"})
    before = counts(filled_db)
    summary = import_tasks(filled_db, path, plan, dry_run=True)
    assert summary.updated == 1 and summary.dry_run and counts(filled_db) == before
    assert summary.lines()[0].startswith("Thử nhập (chưa ghi gì)")


def test_copied_row_ids_and_foreign_ids(filled_db: Database, tmp_path: Path) -> None:
    plan = _plan(filled_db)
    path = task_template(filled_db, plan, tmp_path / "nv.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    _, names = header_map(ws)
    source = find_row(path, "1.1")
    spare = find_row(path, "2.1") + 1
    for c in range(1, len(names) + 1):
        ws.cell(spare, c).value = ws.cell(source, c).value
    ws.cell(spare + 1, names["Nội dung nhiệm vụ"]).value = "Có mã lạ"
    ws.cell(spare + 1, names["Mã (không sửa)"]).value = "không-phải-mã"
    wb.save(path)
    error = _refused(filled_db, lambda: import_tasks(filled_db, path, plan))
    assert [p.message.split(";")[0] for p in error.problems] == [
        f"mã trùng với dòng {source} (dòng được sao chép?)", "mã 'không-phải-mã' không hợp lệ"]


def test_a_formula_nobody_computed_is_a_problem_not_an_empty_cell(filled_db: Database, tmp_path: Path) -> None:
    plan = _plan(filled_db)
    path = progress_template(filled_db, plan, PERIOD, tmp_path / "td.xlsx")
    row = find_row(path, "1.2", "Phòng Nội vụ")
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    _, names = header_map(ws)
    ws.cell(row, names["Tình trạng"]).value = "Đang thực hiện"
    ws.cell(row, names["Kết quả"]).value = '=CONCAT("Đã ", "làm")'  # a formula, saved without its value
    ws.cell(row, names["% hoàn thành"]).value = "#DIV/0!"  # an error value
    wb.save(path)
    error = _refused(filled_db, lambda: import_progress(filled_db, path, plan, PERIOD))
    assert [str(p) for p in error.problems] == [
        f"Trang 'Tiến độ', dòng {row}, cột % hoàn thành: ô có lỗi công thức (#DIV/0!); hãy ghi giá trị thay cho "
        "công thức",
        f"Trang 'Tiến độ', dòng {row}, cột Kết quả: ô chứa công thức chưa được tính (tệp không được lưu bằng Excel); "
        "hãy ghi giá trị thay cho công thức"]
