"""Done tasks per reporting period: a column per period (grey: the tasks of the period, green:
those done). ``activated`` payload: ``("period", code)``."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from desktop_app.domain.charts import TREND_TOTAL_COLOUR, Trend, short_period, trend
from desktop_app.domain.status import REPORT_COLOURS, ReportStatus
from desktop_app.ui.widgets.charts.base import ChartWidget, Hotspot

HEIGHT = 170


class TrendChart(ChartWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trend")
        self.chart: Trend = trend([])
        self.setMinimumHeight(HEIGHT)

    def set_points(self, points: list[tuple[str, int, int]]) -> None:
        """(period code, done, tasks) oldest first."""
        self.chart = trend(points)
        self.changed()

    def sizeHint(self) -> QSize:
        return QSize(480, HEIGHT)

    def draw(self, painter: QPainter) -> list[Hotspot]:
        spots: list[Hotspot] = []
        fm = painter.fontMetrics()
        points = self.chart.points
        axis_w = fm.horizontalAdvance("0000") + 4
        top, bottom = fm.height() + 4, self.height() - fm.height() - 6
        plot = QRectF(axis_w, top, max(40, self.width() - axis_w - 4), max(20, bottom - top))
        painter.setPen(QPen(QColor("#e0e0e0"), 1))
        for value in self.chart.ticks:
            y = plot.bottom() - value / self.chart.scale * plot.height()
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.setPen(QColor("#616161"))
            painter.drawText(QRectF(0, y - fm.height() / 2, axis_w - 4, fm.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{value:g}")
            painter.setPen(QPen(QColor("#e0e0e0"), 1))
        if not points:
            return spots
        slot = plot.width() / len(points)
        column = min(36.0, slot * 0.6)
        for index, point in enumerate(points):
            cx = plot.left() + slot * (index + 0.5)
            total = QRectF(cx - column / 2, plot.bottom() - point.total_height * plot.height(), column,
                           point.total_height * plot.height())
            done = QRectF(cx - column / 2, plot.bottom() - point.done_height * plot.height(), column,
                          point.done_height * plot.height())
            painter.fillRect(total, QColor(TREND_TOTAL_COLOUR))
            painter.fillRect(done, QColor(REPORT_COLOURS[ReportStatus.DONE_ON_TIME]))
            painter.setPen(QColor("#212121"))
            painter.drawText(QRectF(cx - slot / 2, done.top() - fm.height() - 1, slot, fm.height()),
                             Qt.AlignmentFlag.AlignCenter, str(point.done))
            painter.drawText(QRectF(cx - slot / 2, plot.bottom() + 3, slot, fm.height()),
                             Qt.AlignmentFlag.AlignCenter, short_period(point.code))
            spots.append(Hotspot(QRectF(cx - slot / 2, plot.top(), slot, plot.height() + fm.height() + 3),
                                 ("period", point.code),
                                 self.tr("Kỳ {0}: hoàn thành {1}/{2} nhiệm vụ").format(point.code, point.done,
                                                                                      point.total)))
        return spots
