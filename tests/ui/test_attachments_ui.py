"""The "Tài liệu kèm theo" dialog from the task grid, the progress grid and the plan screen: add a
file (chosen in a file dialog), refuse executables leaving nothing, open a copy with the system's
default program (the URL is captured here), delete."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app.db.models import Attachment, AttachmentBlob
from desktop_app.services import attachments as attachment_service
from desktop_app.services import progress as progress_service
from desktop_app.ui.dialogs import attachments as dialog_module
from desktop_app.ui.models.tasks import CONTENT
from tests.ui.helpers import key, type_text

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"


@pytest.fixture
def chosen(monkeypatch):  # type: ignore[no-untyped-def]
    """The file the next QFileDialog.getOpenFileName returns."""
    box: dict[str, str] = {"path": ""}
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (box["path"], "")))
    return box


@pytest.fixture
def opened(monkeypatch):  # type: ignore[no-untyped-def]
    urls: list[QUrl] = []

    def capture(url: QUrl) -> bool:
        urls.append(url)
        return True

    monkeypatch.setattr(dialog_module.QDesktopServices, "openUrl", staticmethod(capture))
    return urls


def _counts(db) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    from sqlalchemy import func, select

    with db.read() as session:
        return (session.scalar(select(func.count()).select_from(Attachment)) or 0,
                session.scalar(select(func.count()).select_from(AttachmentBlob)) or 0)


def test_task_attachment_added_opened_and_deleted(make_window, db, sample, tmp_path: Path, chosen, opened,
                                                  monkeypatch) -> None:  # type: ignore[no-untyped-def]
    original = tmp_path / "Báo cáo kết quả 2024.pdf"
    original.write_bytes(PDF)
    window = make_window("tasks")
    view = window.view("tasks")
    row = view.model.row_of(sample.task_ids[1])
    view.grid.setFocus()
    view.grid.setCurrentIndex(view.model.index(row, CONTENT))
    key(view.grid, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = view.attachments_dialog
    assert dialog.isVisible() and "Tổ chức hội nghị tôn vinh" in dialog.heading.text()
    dialog.reference.setFocus()
    type_text(dialog.reference, "25/BC-PNV")
    dialog.issued_on.setText("20/11/2024")
    dialog.issuer.setFocus()
    type_text(dialog.issuer, "Phòng Nội vụ")
    chosen["path"] = str(original)
    dialog.add_file_button.click()
    [info] = attachment_service.list_attachments(db, "task", sample.task_ids[1])
    assert (info.number, info.symbol, info.issued_on, info.issuer) == ("25", "BC-PNV", date(2024, 11, 20),
                                                                        "Phòng Nội vụ")
    assert [dialog.cell(0, c) for c in (0, 1, 2, 4, 6)] == ["25/BC-PNV", "20/11/2024", "Phòng Nội vụ",
                                                             "Báo cáo kết quả 2024.pdf", "PDF"]
    assert dialog.cell(0, 5) == f"{len(PDF)} B"
    assert dialog.reference.text() == ""  # ready for the next one

    dialog.table.setFocus()
    dialog.table.setCurrentCell(0, 0)
    dialog.open_button.click()
    [url] = opened
    copy = Path(url.toLocalFile())
    assert copy.read_bytes() == original.read_bytes() and copy != original
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == info.sha256 and copy.suffix == ".pdf"

    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    key(dialog.table, Qt.Key.Key_Delete)
    assert attachment_service.list_attachments(db, "task", sample.task_ids[1]) == []
    assert dialog.table.rowCount() == 0 and _counts(db) == (0, 0)


def test_refused_file_shows_the_reason_and_leaves_nothing(make_window, db, sample, tmp_path: Path,
                                                          chosen) -> None:  # type: ignore[no-untyped-def]
    exe = tmp_path / "bao-cao.pdf.exe"
    exe.write_bytes(b"MZ" + b"\x00" * 200)
    fake = tmp_path / "bao-cao.pdf"
    fake.write_bytes(b"MZ\x90\x00 not a pdf")
    window = make_window("plans")
    view = window.view("plans")
    view.attach_button.click()
    dialog = view.attachments_dialog
    for path in (exe, fake):
        chosen["path"] = str(path)
        dialog.add_file_button.click()
        assert "chương trình" in dialog.problem.text()
    assert _counts(db) == (0, 0) and dialog.table.rowCount() == 0
    chosen["path"] = ""  # the file dialog cancelled: nothing happens
    dialog.add_file_button.click()
    assert _counts(db) == (0, 0)


def test_reference_only_and_a_bad_date(make_window, db, sample, opened) -> None:  # type: ignore[no-untyped-def]
    window = make_window("plans")
    view = window.view("plans")
    view.attach_button.click()
    dialog = view.attachments_dialog
    dialog.reference.setText("12/QĐ-UBND")
    dialog.issued_on.setText("31/02/2024")
    dialog.add_reference_button.click()
    assert "31/02/2024" in dialog.problem.text() and _counts(db) == (0, 0)
    dialog.issued_on.setText("")
    dialog.add_reference_button.click()
    [info] = attachment_service.list_attachments(db, "plan", sample.plan_id)
    assert (info.number, info.symbol, info.has_file) == ("12", "QĐ-UBND", False)
    dialog.open_current()
    assert opened == [] and "không kèm tệp" in dialog.problem.text()


def test_progress_row_attachments(make_window, db, sample, tmp_path: Path, chosen) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_review_ui import PERIOD, _view

    progress_id = progress_service.record_progress(db, sample.task_ids[1], sample.unit_ids["NV"], PERIOD,
                                                   status="done", completed_on=date(2024, 11, 20))
    image = tmp_path / "anh-hoi-nghi.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 32)
    window = make_window("progress")
    view = _view(window)
    view.grid.setCurrentIndex(view.proxy.index(0, 1))  # 1.1: Phòng Văn hóa has not reported
    view.attach_action.trigger()
    assert "chưa có bản cập nhật" in window.statusBar().currentMessage()
    view.grid.setCurrentIndex(view.proxy.index(1, 1))
    view.attach_action.trigger()
    dialog = view.attachments_dialog
    chosen["path"] = str(image)
    dialog.add_file_button.click()
    [info] = attachment_service.list_attachments(db, "progress", progress_id)
    assert info.file_name == "anh-hoi-nghi.png" and dialog.cell(0, 6) == "PNG"
