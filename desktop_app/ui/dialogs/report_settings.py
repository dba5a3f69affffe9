""""Thiết lập báo cáo": the header lines, place, symbol, signer and recipients of an issuing unit."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.report_settings import ReportSettings, with_changes


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class ReportSettingsDialog(QDialog):
    def __init__(self, settings: ReportSettings, unit_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("report_settings_dialog")
        self.setWindowTitle(self.tr("Thiết lập báo cáo — {0}").format(unit_name) if unit_name
                            else self.tr("Thiết lập báo cáo"))
        self.original = settings
        self.layout_combo = QComboBox(self)
        self.layout_combo.addItem(self.tr("Nhà nước (Nghị định 30/2020)"), "state")
        self.layout_combo.addItem(self.tr("Đảng (Hướng dẫn 36-HD/VPTW)"), "party")
        self.layout_combo.setCurrentIndex(max(0, self.layout_combo.findData(settings.layout)))
        self.governing_body = QLineEdit(settings.governing_body, self)
        self.issuing_body = QLineEdit(settings.issuing_body, self)
        self.issuer_name = QLineEdit(settings.issuer_name, self)
        self.place = QLineEdit(settings.place, self)
        self.symbol = QLineEdit(settings.symbol, self)
        self.signer_authority = QPlainTextEdit("\n".join(settings.signer_authority), self)
        self.signer_authority.setMaximumHeight(60)
        self.signer_title = QLineEdit(settings.signer_title, self)
        self.signer_name = QLineEdit(settings.signer_name, self)
        self.recipients = QPlainTextEdit("\n".join(settings.recipients), self)
        self.recipients.setMaximumHeight(90)
        self.archive = QLineEdit(settings.archive, self)
        form = QFormLayout()
        for label, widget in ((self.tr("Kiểu trình bày:"), self.layout_combo),
                              (self.tr("Cơ quan chủ quản:"), self.governing_body),
                              (self.tr("Cơ quan ban hành:"), self.issuing_body),
                              (self.tr("Tên trong văn bản:"), self.issuer_name),
                              (self.tr("Địa danh:"), self.place),
                              (self.tr("Ký hiệu báo cáo:"), self.symbol),
                              (self.tr("Thẩm quyền ký (mỗi dòng một):"), self.signer_authority),
                              (self.tr("Chức vụ người ký:"), self.signer_title),
                              (self.tr("Họ và tên người ký:"), self.signer_name),
                              (self.tr("Nơi nhận (mỗi dòng một):"), self.recipients),
                              (self.tr("Lưu:"), self.archive)):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def result_settings(self) -> ReportSettings:
        return with_changes(
            self.original, layout=str(self.layout_combo.currentData()),
            governing_body=self.governing_body.text(), issuing_body=self.issuing_body.text(),
            issuer_name=self.issuer_name.text(), place=self.place.text(), symbol=self.symbol.text(),
            signer_authority=_lines(self.signer_authority.toPlainText()), signer_title=self.signer_title.text(),
            signer_name=self.signer_name.text(), recipients=_lines(self.recipients.toPlainText()),
            archive=self.archive.text())
