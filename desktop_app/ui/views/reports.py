"""The "Báo cáo" screen: report generation lives in desktop_app.reports (another module);
this screen offers it when that module is installed."""

from __future__ import annotations

import importlib.util

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.ui.ops import OpRunner


class ReportsView(QWidget):
    def __init__(self, runner: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        if importlib.util.find_spec("desktop_app.reports.pdf") is not None:  # no import: reportlab is slow to load
            text = self.tr("Chọn kế hoạch và kỳ báo cáo ở màn hình Tiến độ, rồi xuất báo cáo.")
        else:
            text = self.tr("Phần xuất báo cáo (PDF, DOCX theo Nghị định 30) chưa được cài trong bản này.")
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
