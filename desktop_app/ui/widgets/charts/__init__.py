"""Small charts drawn with QPainter (QtCharts is not in PySide6-Essentials) over the geometry of
desktop_app/domain/charts.py, which the PDF report draws too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.status import ReportStatus

translate = QCoreApplication.translate


def status_text(status: ReportStatus | str) -> str:
    """The status in the UI language (the literal texts are what lupdate collects)."""
    texts = {
        ReportStatus.DONE_ON_TIME: translate("charts", "Hoàn thành đúng hạn"),
        ReportStatus.DONE_LATE: translate("charts", "Hoàn thành quá hạn"),
        ReportStatus.IN_PROGRESS: translate("charts", "Đang thực hiện"),
        ReportStatus.OVERDUE: translate("charts", "Quá hạn"),
        ReportStatus.NOT_STARTED: translate("charts", "Chưa thực hiện"),
        ReportStatus.SUSPENDED: translate("charts", "Tạm dừng"),
    }
    return texts[ReportStatus(status)]
