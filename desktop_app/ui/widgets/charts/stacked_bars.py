"""Stacked bars of tasks by report status (one bar per group or per lead unit), with a legend.

``activated`` payloads: ``("segment", key, status)`` for a coloured part of a bar, ``("bar", key)``
for its label, ``("status", status)`` for a legend entry.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QWidget

from desktop_app.domain.charts import StackedBars, colour, stacked_bars
from desktop_app.domain.status import ReportStatus
from desktop_app.ui.widgets.charts import status_text
from desktop_app.ui.widgets.charts.base import ChartWidget, Hotspot

ROW = 24
BAR = 16
GAP = 4
SWATCH = 11
AXIS = 20
TEXT = QColor("#212121")
GRID = QColor("#e0e0e0")


class StackedBarsChart(ChartWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stacked_bars")
        self.chart: StackedBars = stacked_bars([])
        self.empty_text = self.tr("Chưa có nhiệm vụ")

    def set_rows(self, rows: list[tuple[str, str, dict]]) -> None:  # type: ignore[type-arg]
        """(label, key, counts by status) per bar, top to bottom."""
        self.chart = stacked_bars(rows)
        self.setMinimumHeight(self._height(max(self.width(), 400)))
        self.changed()

    def _legend(self, fm: QFontMetrics, width: int) -> list[tuple[QRectF, ReportStatus]]:
        x, y = 0.0, 2.0
        placed: list[tuple[QRectF, ReportStatus]] = []
        for status in self.chart.legend:
            w = SWATCH + 4 + fm.horizontalAdvance(status_text(status)) + 12
            if x > 0 and x + w > width:
                x, y = 0.0, y + fm.height() + 4
            placed.append((QRectF(x, y, w - 8, fm.height()), status))
            x += w
        return placed

    def _height(self, width: int) -> int:
        fm = QFontMetrics(self.font())
        legend = self._legend(fm, width)
        top = (legend[-1][0].bottom() if legend else 0) + 8
        return int(top + max(1, len(self.chart.bars)) * ROW + AXIS + 4)

    def sizeHint(self) -> QSize:
        return QSize(480, self._height(max(self.width(), 400)))

    def draw(self, painter: QPainter) -> list[Hotspot]:
        spots: list[Hotspot] = []
        fm = painter.fontMetrics()
        width = self.width()
        legend = self._legend(fm, width)
        for rect, status in legend:
            painter.fillRect(QRectF(rect.left(), rect.center().y() - SWATCH / 2, SWATCH, SWATCH),
                             QColor(colour(status)))
            painter.setPen(TEXT)
            painter.drawText(rect.adjusted(SWATCH + 4, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, status_text(status))
            total = sum(s.count for b in self.chart.bars for s in b.segments if s.status == status)
            spots.append(Hotspot(rect, ("status", status), self.tr("{0}: {1} nhiệm vụ").format(
                status_text(status), total)))
        top = (legend[-1][0].bottom() if legend else 0) + 8
        if not self.chart.bars:
            painter.setPen(QColor("#757575"))
            painter.drawText(QRectF(0, top, width, ROW), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return spots
        label_w = min(width * 0.4, max(fm.horizontalAdvance(b.label) for b in self.chart.bars) + 8)
        total_w = fm.horizontalAdvance("0000") + 8
        left = label_w + 6
        plot_w = max(40.0, width - left - total_w)
        bottom = top + len(self.chart.bars) * ROW
        painter.setPen(QPen(GRID, 1))
        for share, value in self.chart.tick_shares():
            x = left + share * plot_w
            painter.drawLine(int(x), int(top), int(x), int(bottom + 3))
            painter.setPen(QColor("#616161"))
            painter.drawText(QRectF(x - 20, bottom + 3, 40, AXIS - 3), Qt.AlignmentFlag.AlignCenter, f"{value:g}")
            painter.setPen(QPen(GRID, 1))
        for index, bar in enumerate(self.chart.bars):
            y = top + index * ROW
            label_rect = QRectF(0, y, label_w, ROW)
            painter.setPen(TEXT)
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label_w)))
            spots.append(Hotspot(label_rect, ("bar", bar.key), self.tr("{0}: hoàn thành {1}/{2} nhiệm vụ").format(
                bar.label, bar.done, bar.total)))
            bar_top = y + (ROW - BAR) / 2
            for segment in bar.segments:
                rect = QRectF(left + segment.start * plot_w, bar_top, segment.width * plot_w, BAR)
                painter.fillRect(rect, QColor(segment.colour))
                text = str(segment.count)
                if fm.horizontalAdvance(text) + 4 <= rect.width():
                    painter.setPen(QColor("#ffffff"))
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
                share = segment.count * 100 / bar.total
                spots.append(Hotspot(rect, ("segment", bar.key, segment.status),
                                     self.tr("{0} — {1}: {2} nhiệm vụ ({3:.0f}%)").format(
                                         bar.label, status_text(segment.status), segment.count, share)))
            end = left + sum(s.width for s in bar.segments) * plot_w
            painter.setPen(TEXT)
            painter.drawText(QRectF(end + 4, y, total_w, ROW), Qt.AlignmentFlag.AlignVCenter, str(bar.total))
        return spots

