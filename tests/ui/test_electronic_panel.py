"""The "Bản điện tử để ký số" box on the Reports screen (real widgets, real SQLite, real PDFs)."""

from __future__ import annotations

import sys
from pathlib import Path

import pikepdf
import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reports"))
from signing import make_signer, sign


def test_save_and_copy_the_draft_electronic_copy(reports, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.reports.electronic.check import pdfa_problems

    panel = reports.electronic
    assert panel.save_button.isEnabled() and not panel.attach_button.isEnabled()
    panel.annex.setCurrentIndex(panel.annex.findData("separate"))
    out = tmp_path / "out"
    panel.save(out / "bc.pdf")
    reports.runner.wait_idle()
    assert sorted(p.name for p in out.iterdir()) == ["bc-phu-luc.json", "bc-phu-luc.pdf", "bc.json", "bc.pdf"]
    assert pdfa_problems((out / "bc.pdf").read_bytes()) == []
    panel.priority.setCurrentIndex(panel.priority.findData("Khẩn"))
    panel.copy_button.click()
    reports.runner.wait_idle()
    text = QGuiApplication.clipboard().text()
    assert text == panel.last_clipboard and text.splitlines()[0] == "Loại văn bản\tBáo cáo"
    with pikepdf.open(out / "bc.pdf") as pdf:
        assert f"Số trang\t{len(pdf.pages)}" in text.splitlines()
    assert "Độ khẩn\tKhẩn" in text.splitlines()


@pytest.mark.slow
def test_issue_with_electronic_copy_attach_signed_and_show(reports, db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.reports.electronic.fields import signature_fields
    from desktop_app.reports.electronic.issued import file_content, kept_files

    view, panel = reports, reports.electronic
    panel.enabled.setChecked(True)
    view.number.setText("46")
    view.issue_button.click()
    view.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    view.runner.wait_idle()
    report_id = view.shown_issued
    assert report_id is not None and {f.role for f in kept_files(db, report_id)} >= {"electronic"}
    view.issued_list.setCurrentRow(0)
    assert panel.attach_button.isEnabled()
    frozen = file_content(db, report_id, "electronic")
    import io

    with pikepdf.open(io.BytesIO(frozen)) as pdf:
        field = next(name for name, _, _ in signature_fields(pdf) if name.startswith("NguoiKy"))
    signed = tmp_path / "da-ky.pdf"
    signed.write_bytes(sign(frozen, field, make_signer(tmp_path / "k", "Người Ký Thử")))
    panel.attach(report_id, signed)
    view.runner.wait_idle()
    assert "Đã đính kèm bản đã ký." in panel.status.text() and "còn nguyên vẹn" in panel.status.text()
    panel.status.clear()
    view.issued_list.setCurrentRow(0)  # the list was reloaded after the change
    panel.signatures_button.click()
    view.runner.wait_idle()
    assert "Người Ký Thử" in panel.status.text() and "hợp lệ" in panel.status.text()
    panel.attach(report_id, tmp_path / "k" / "cert.pem")  # not a signed copy of this report
    view.runner.wait_idle()
    assert "không phải bản điện tử của báo cáo này" in panel.status.text()
