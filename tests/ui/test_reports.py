"""The Reports screen: draft, edit, preview, save, issue, reopen, settings (real widgets, real SQLite)."""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.domain.periods import PeriodKind
from desktop_app.services import progress, tasks
from desktop_app.services.periods import current_period
from tests.ui.helpers import type_text

TON_TAI = "Còn chậm trễ ở phường Điện Biên do thiếu kinh phí"


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _edit_ton_tai(view) -> None:  # type: ignore[no-untyped-def]
    edit = view.sections["ton_tai"]
    edit.clear()
    edit.setFocus()
    type_text(edit, TON_TAI)
    assert edit.toPlainText() == TON_TAI


def test_draft_preview_and_save(reports, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = reports
    assert view.period.currentData() == current_period(PeriodKind.QUARTER).code
    assert view.sections["mo_dau"].toPlainText()  # drafted
    assert "137/KH-UBND" in view.sections["trich_yeu"].toPlainText()
    _edit_ton_tai(view)
    view.preview_button.click()
    view.runner.wait_idle()
    assert view.page_count() > 0
    assert view.pdf.startswith(b"%PDF")
    QApplication.processEvents()
    assert view.preview_scroll.verticalScrollBar().maximum() > 0  # pages stacked, scrolled, not squeezed
    assert view.pages_widget.height() >= sum(label.height() for label in view.page_labels)
    assert TON_TAI in _flat(_pdf_text(view.pdf))
    out = tmp_path / "bao-cao.pdf"
    view.save_file(out, "pdf")
    view.runner.wait_idle()
    assert TON_TAI in _flat(_pdf_text(out.read_bytes()))

    assert view.docx_button.isEnabled()
    docx_path = tmp_path / "bao-cao.docx"
    view.save_file(docx_path, "docx")
    view.runner.wait_idle()
    from docx import Document

    text = "\n".join(p.text for p in Document(str(docx_path)).paragraphs)
    assert TON_TAI in text
    view.select_kind("appendix")
    assert view.docx_button.isEnabled()  # every kind can be saved as Word
    appendix_path = tmp_path / "phu-luc.docx"
    view.save_file(appendix_path, "docx")
    view.runner.wait_idle()
    cells = [c.text for t in Document(str(appendix_path)).tables for row in t.rows for c in row.cells]
    assert "Nội dung nhiệm vụ" in cells
    view.select_kind("task_list")
    view.preview_button.click()
    view.runner.wait_idle()
    assert view.page_count() > 0


def test_issue_then_reopen_gives_the_frozen_bytes(reports, sample, db) -> None:  # type: ignore[no-untyped-def]
    view = reports
    _edit_ton_tai(view)
    view.number.setText("45")
    view.issue_button.click()
    assert view.shown_issued is None  # asked first
    view.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    view.runner.wait_idle()
    assert view.shown_issued is not None
    issued_pdf = view.pdf
    assert TON_TAI in _flat(_pdf_text(issued_pdf))
    assert view.issued_list.count() == 1
    assert "45/" in view.issued_list.item(0).text()
    tasks.update_task(db, sample.task_ids[0], content="Nội dung đã sửa sau khi ban hành")
    view.issued_list.setCurrentRow(0)
    view.reopen_button.click()
    view.runner.wait_idle()
    assert view.pdf == issued_pdf
    assert view.page_count() > 0
    view.preview_button.click()  # a new draft shows the edit; the issued report does not
    view.runner.wait_idle()
    assert "Nội dung đã sửa sau khi ban hành" in _flat(_pdf_text(view.pdf))
    assert "Nội dung đã sửa sau khi ban hành" not in _flat(_pdf_text(issued_pdf))
    view.number.setText("45")  # the same number again this year is refused, shown to the clerk
    view.issue()
    view.runner.wait_idle()
    assert "đã được dùng" in view.preview_label.text()


def test_settings_dialog_changes_the_next_pdf(reports, qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.dialogs.report_settings import ReportSettingsDialog

    view = reports
    view.settings_button.click()
    view.runner.wait_idle()
    dialog = view.settings_dialog
    assert isinstance(dialog, ReportSettingsDialog)
    assert dialog.issuing_body.text() == "UBND QUẬN BA ĐÌNH"
    dialog.signer_name.clear()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    dialog.signer_name.setFocus()
    qtbot.waitUntil(dialog.signer_name.hasFocus, timeout=2000)
    type_text(dialog.signer_name, "Nguyễn Thị Hương")
    dialog.recipients.setPlainText("Thường trực Quận ủy\nUBND thành phố Hà Nội")
    dialog.accept()
    view.runner.wait_idle()
    view.preview_button.click()
    view.runner.wait_idle()
    text = _flat(_pdf_text(view.pdf))
    assert "Nguyễn Thị Hương" in text
    assert "Thường trực Quận ủy" in text


def test_unit_report_needs_a_unit(reports, sample) -> None:  # type: ignore[no-untyped-def]
    view = reports
    view.select_kind("unit")
    assert view.unit.isEnabled()
    view.select_unit(sample.unit_ids["VH"])
    view.runner.wait_idle()
    assert view.sections["mo_dau"].toPlainText()
    # the unit has no saved report settings: the clerk is asked once, with the draft, then the preview
    view.preview_button.click()
    view.runner.wait_idle()
    dialog = view.settings_dialog
    assert dialog is not None and dialog.isVisible() and not view.pdf
    assert dialog.issuing_body.text().startswith("PHÒNG VĂN HÓA")
    dialog.signer_name.setText("Trần Thị Lan")
    dialog.accept()
    view.runner.wait_idle()
    text = _flat(_pdf_text(view.pdf))
    assert "Phòng Văn hóa" in text and "Trần Thị Lan" in text
    view.settings_dialog = None
    view.pdf = b""
    view.preview_button.click()  # saved now: not asked again
    view.runner.wait_idle()
    assert view.settings_dialog is None and view.pdf


def test_print_pages_to_a_pdf_file(reports, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.print_check import pdf_printer

    view = reports
    view.preview_button.click()
    view.runner.wait_idle()
    out = tmp_path / "in.pdf"
    assert view.print_to(pdf_printer(out)) == view.page_count()
    from pypdf import PdfReader

    assert len(PdfReader(str(out)).pages) == view.page_count()


def test_building_the_window_loads_no_report_excel_or_schema_library(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from desktop_app.services.database import Database\n"
        "from desktop_app.ui.app import create_window, make_app\n"
        "app = make_app(); from desktop_app.ui import settings; settings.settings().clear()\n"
        f"db = Database.open({str(tmp_path / 'start.sqlite')!r})\n"
        "window = create_window(db, synchronous=True, first_run=False)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('reportlab', 'openpyxl', 'pypdfium2', 'docx',"
        " 'jsonschema', 'pypdf')"
        " or m.startswith('desktop_app.reports') or m.startswith('desktop_app.exchange.excel')]\n"
        "print(sorted(bad))\n"
        "window.runner.shutdown()\n")
    env = {**__import__("os").environ, "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          cwd=Path(__file__).resolve().parents[2], env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_mark_unaccepted_from_the_reports_screen(reports, sample, db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The clerk ticks "Ghi «chưa duyệt»": the appendix marks the submitted, not yet accepted update."""
    from desktop_app.services import review

    period = current_period(PeriodKind.QUARTER)
    row = next(r for r in progress.period_rows(db, sample.plan_id, period.code) if r.progress_id)
    review.submit(db, [row.progress_id])
    view = reports
    view.select_kind("appendix")
    out = tmp_path / "phu-luc.pdf"
    view.save_file(out, "pdf")
    view.runner.wait_idle()
    assert "chưa duyệt" not in _flat(_pdf_text(out.read_bytes()))
    view.mark_unaccepted.setChecked(True)
    view.save_file(out, "pdf")
    view.runner.wait_idle()
    assert "(chưa duyệt)" in _flat(_pdf_text(out.read_bytes()))


def test_count_drafts_from_the_reports_screen(reports, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A draft is shown marked "(chưa gửi)" and not counted; "Tính cả bản chưa gửi" counts it and the
    report says so (docs/standing.md)."""
    view = reports
    view.select_kind("progress")
    out = tmp_path / "bao-cao.pdf"
    view.save_file(out, "pdf")
    view.runner.wait_idle()
    plain = _flat(_pdf_text(out.read_bytes()))
    assert "(chưa gửi)" in plain and "tính cả các bản cập nhật đơn vị chưa gửi" not in plain
    view.count_drafts.setChecked(True)
    view.save_file(out, "pdf")
    view.runner.wait_idle()
    assert "tính cả các bản cập nhật đơn vị chưa gửi" in _flat(_pdf_text(out.read_bytes()))
