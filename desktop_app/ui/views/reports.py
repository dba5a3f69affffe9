"""The "Báo cáo" screen: report generation lives in desktop_app.reports (another module);
this screen offers it when that module is installed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.ui.ops import OpRunner


class ReportsView(QWidget):
    def __init__(self, runner: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        try:
            import desktop_app.reports.pdf  # type: ignore[import-not-found]  # noqa: F401

            text = self.tr("Chọn kế hoạch và kỳ báo cáo ở màn hình Tiến độ, rồi xuất báo cáo.")
        except ImportError:
            text = self.tr("Phần xuất báo cáo (PDF, DOCX theo Nghị định 30) chưa được cài trong bản này.")
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
