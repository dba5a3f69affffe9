"""Each target (chỉ tiêu) of a plan: baseline → current value → goal as a progress bar, the target
range marked in green (services.overview.TargetStanding rows). ``activated`` payload:
``("target", target id)``."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from desktop_app.domain.charts import FILL_COLOUR, RANGE_COLOUR, TRACK_COLOUR, TargetBar, target_bar
from desktop_app.services.overview import TargetStanding
from desktop_app.ui.widgets.charts.base import ChartWidget, Hotspot

BAR = 12
TEXT = QColor("#212121")
REACHED = QColor("#2e7d32")


def geometry(row: TargetStanding) -> TargetBar:
    return target_bar(row.baseline, row.current, row.low, row.high, row.direction)


def number(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:,.2f}".rstrip("0").rstrip(".").replace(",", " ").replace(".", ",")


class TargetBarsChart(ChartWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("target_bars")
        self.rows: list[TargetStanding] = []

    def set_rows(self, rows: list[TargetStanding]) -> None:
        self.rows = rows
        self.setMinimumHeight(self._height())
        self.changed()

    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() + BAR + 14

    def _height(self) -> int:
        return max(1, len(self.rows)) * self._row_height() + 4

    def sizeHint(self) -> QSize:
        return QSize(480, self._height())

    def goal_text(self, row: TargetStanding) -> str:
        if row.low is not None and row.high is not None and row.low != row.high:
            goal = f"{number(row.low)}–{number(row.high)}"
        else:
            value = row.low if row.low is not None else row.high
            sign = {"increase": "≥ ", "decrease": "≤ "}.get(row.direction, "")
            goal = sign + number(value) if value is not None else "—"
        return f"{goal} ({row.target_year})" if row.target_year else goal

    def draw(self, painter: QPainter) -> list[Hotspot]:
        spots: list[Hotspot] = []
        fm = painter.fontMetrics()
        width = self.width()
        if not self.rows:
            painter.setPen(QColor("#757575"))
            painter.drawText(QRectF(0, 0, width, 24), Qt.AlignmentFlag.AlignCenter,
                             self.tr("Kế hoạch chưa có chỉ tiêu"))
            return spots
        for index, row in enumerate(self.rows):
            y = index * self._row_height() + 2
            values = self.tr("{0} → {1} → mục tiêu {2}").format(number(row.baseline), number(row.current),
                                                               self.goal_text(row))
            values_w = fm.horizontalAdvance(values)
            name = f"{row.name} ({row.measure})" if row.measure else row.name
            painter.setPen(TEXT)
            painter.drawText(QRectF(0, y, width - values_w - 12, fm.height()), Qt.AlignmentFlag.AlignLeft,
                             fm.elidedText(name, Qt.TextElideMode.ElideRight, int(width - values_w - 12)))
            painter.drawText(QRectF(width - values_w - 2, y, values_w + 2, fm.height()), Qt.AlignmentFlag.AlignRight,
                             values)
            track = QRectF(0, y + fm.height() + 3, width - 2, BAR)
            bar = geometry(row)
            self._bar(painter, track, bar)
            tip = self.tr("{0}\nNăm gốc: {1} · Kết quả {2}: {3} · Mục tiêu: {4}").format(
                name, number(row.baseline), row.current_period or "", number(row.current), self.goal_text(row))
            if bar.progress is not None:
                tip += self.tr("\nĐã đi được {0:.0f}% chặng đường từ năm gốc đến mục tiêu").format(bar.progress * 100)
            spots.append(Hotspot(QRectF(0, y, width, self._row_height() - 4), ("target", row.target_id), tip))
        return spots

    @staticmethod
    def _bar(painter: QPainter, track: QRectF, g: TargetBar) -> None:
        def x(share: float) -> float:
            return track.left() + share * track.width()

        painter.fillRect(track, QColor(TRACK_COLOUR))
        if g.range_start is not None and g.range_end is not None:
            painter.fillRect(QRectF(x(g.range_start), track.top(), x(g.range_end) - x(g.range_start), BAR),
                             QColor(RANGE_COLOUR))
        fill = g.fill
        if fill is not None:
            band = QRectF(x(fill[0]), track.top() + 3, max(2.0, x(fill[1]) - x(fill[0])), BAR - 6)
            painter.fillRect(band, REACHED if g.reached else QColor(FILL_COLOUR))
        if g.goal is not None:
            painter.setPen(QPen(REACHED, 2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x(g.goal), track.top() - 2), QPointF(x(g.goal), track.bottom() + 2))
        if g.baseline is not None:
            painter.setPen(QPen(QColor("#616161"), 2))
            painter.drawLine(QPointF(x(g.baseline), track.top() - 2), QPointF(x(g.baseline), track.bottom() + 2))
        if g.current is not None:
            cx, cy = x(g.current), track.center().y()
            painter.setPen(QPen(QColor("#212121"), 1))
            painter.setBrush(REACHED if g.reached else QColor(FILL_COLOUR))
            painter.drawPolygon(QPolygonF([QPointF(cx, cy - 7), QPointF(cx + 5, cy), QPointF(cx, cy + 7),
                                           QPointF(cx - 5, cy)]))
            painter.setBrush(Qt.BrushStyle.NoBrush)
