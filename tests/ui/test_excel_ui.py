"""Excel from the task and progress screens: template, dry run shown in a dialog, import, export."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtWidgets import QApplication

from desktop_app.domain.periods import PeriodKind
from desktop_app.services import progress, tasks
from desktop_app.services.periods import current_period
from desktop_app.ui.models.tasks import CONTENT
from tests.excel.excel_support import counts, edit, find_row


def _grid_texts(view) -> list[str]:  # type: ignore[no-untyped-def]
    model = view.model
    return [str(model.data(model.index(r, CONTENT)) or "") for r in range(model.rowCount())]


def test_task_template_round_trip_through_the_screen(window, sample, db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = window.show_view("tasks")
    view.picker.select(sample.plan_id)
    path = tmp_path / "mau.xlsx"
    view.excel.save_template(path)
    window.runner.wait_idle()
    assert path.exists()
    edit(path, {("1.2", "Nội dung nhiệm vụ"): "Tổ chức hội nghị tôn vinh trí thức tiêu biểu năm 2025",
                (f"row:{find_row(path, '2.1') + 1}", "STT"): "2.2",
                (f"row:{find_row(path, '2.1') + 1}", "Nội dung nhiệm vụ"): "Xây dựng cơ sở dữ liệu trí thức",
                (f"row:{find_row(path, '2.1') + 1}", "Đơn vị chủ trì"): "Phòng Nội vụ"})
    before = counts(db)
    view.excel.check(path)
    window.runner.wait_idle()
    dialog = view.excel.dialog
    assert dialog is not None and dialog.import_button is not None
    assert "thêm 1, cập nhật 1" in dialog.text()
    assert counts(db) == before  # the dry run wrote nothing
    dialog.accept()
    window.runner.wait_idle()
    QApplication.processEvents()
    contents = [t.content for t in tasks.list_tasks(db, sample.plan_id)]
    assert "Xây dựng cơ sở dữ liệu trí thức" in contents
    assert "Tổ chức hội nghị tôn vinh trí thức tiêu biểu năm 2025" in contents
    texts = _grid_texts(view)
    assert "Xây dựng cơ sở dữ liệu trí thức" in texts  # the grid reloaded
    assert "Tổ chức hội nghị tôn vinh trí thức tiêu biểu năm 2025" in texts


def test_a_typo_in_a_unit_is_shown_and_nothing_changes(window, sample, db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = window.show_view("tasks")
    view.picker.select(sample.plan_id)
    path = tmp_path / "mau.xlsx"
    view.excel.save_template(path)
    window.runner.wait_idle()
    edit(path, {("1.1", "Đơn vị chủ trì"): "Phòng Nọi vụ", ("1.2", "Nội dung nhiệm vụ"): "Sửa nhưng không ghi"})
    before = counts(db)
    view.excel.check(path)
    window.runner.wait_idle()
    dialog = view.excel.dialog
    assert dialog is not None
    assert dialog.import_button is None
    assert "không có đơn vị 'Phòng Nọi vụ' — ý bạn là 'Phòng Nội vụ'?" in dialog.text()
    assert "cột Đơn vị chủ trì" in dialog.text()
    dialog.reject()
    assert counts(db) == before
    assert "Sửa nhưng không ghi" not in [t.content for t in tasks.list_tasks(db, sample.plan_id)]


def test_progress_template_import_and_export(window, sample, db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = window.show_view("progress")
    view.picker.select(sample.plan_id)
    code = current_period(PeriodKind.QUARTER).code
    assert view.period_code() == code
    path = tmp_path / "tien-do.xlsx"
    view.excel.save_template(path)
    window.runner.wait_idle()
    row = find_row(path, "1.1", "Phòng Văn hóa và Thông tin")
    edit(path, {(f"row:{row}", "Tình trạng"): "Đang thực hiện", (f"row:{row}", "% hoàn thành"): 40,
                (f"row:{row}", "Kết quả"): "Đã tổ chức 2 hội nghị quán triệt ở phường Điện Biên"})
    view.excel.check(path)
    window.runner.wait_idle()
    dialog = view.excel.dialog
    assert dialog is not None and dialog.import_button is not None, dialog.text() if dialog else ""
    dialog.accept()
    window.runner.wait_idle()
    rows = progress.period_rows(db, sample.plan_id, code)
    mine = next(r for r in rows if r.task_id == sample.task_ids[0] and r.unit_id == sample.unit_ids["VH"])
    assert mine.percent == 40
    assert mine.result == "Đã tổ chức 2 hội nghị quán triệt ở phường Điện Biên"
    assert any(r.result == mine.result for r in view.model.rows)  # the grid reloaded

    out = tmp_path / "phu-luc.xlsx"
    view.excel.export(out)
    window.runner.wait_idle()
    sheet = openpyxl.load_workbook(out).worksheets[0]
    values = [str(c.value) for row_cells in sheet.iter_rows() for c in row_cells if c.value is not None]
    assert "PHỤ LỤC" in values
    assert any("phường Điện Biên" in v for v in values)


def test_a_workbook_with_150_bad_rows_lists_100_and_counts_the_rest(window, sample, db,  # type: ignore[no-untyped-def]
                                                                     tmp_path: Path) -> None:
    view = window.show_view("tasks")
    view.picker.select(sample.plan_id)
    path = tmp_path / "mau.xlsx"
    view.excel.save_template(path)
    window.runner.wait_idle()
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    first = ws.max_row + 1
    for n in range(150):  # each: a deadline nobody can read
        ws.cell(first + n, 1).value = f"1.{50 + n}"
        ws.cell(first + n, 2).value = f"Nhiệm vụ thêm {n}"
        ws.cell(first + n, 3).value = "Phòng Nội vụ"
        ws.cell(first + n, 5).value = "sáng mai"
    wb.save(path)
    view.excel.check(path)
    window.runner.wait_idle()
    dialog = view.excel.dialog
    assert dialog is not None and dialog.import_button is None
    assert "có 150 lỗi" in dialog.text()
    assert "… và 50 lỗi khác (chỉ liệt kê 100 lỗi đầu)." in dialog.text()
    dialog.reject()
