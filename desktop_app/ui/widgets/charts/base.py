"""What every chart shares: hotspots (a rectangle, what it stands for, a tooltip) found by
drawing once into a QPicture, so that hovering shows the tooltip, a click or Enter on one emits
``activated(payload)``, and the arrow keys move a focus frame between them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen, QPicture
from PySide6.QtWidgets import QToolTip, QWidget


@dataclass(frozen=True)
class Hotspot:
    rect: QRectF
    payload: tuple[Any, ...]
    tip: str = ""


class ChartWidget(QWidget):
    activated = Signal(object)  # the payload of the clicked / entered hotspot

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self._spots: list[Hotspot] | None = None
        self.current = -1  # the hotspot the keyboard is on

    # ---- for subclasses ---------------------------------------------------------------------

    def draw(self, painter: QPainter) -> list[Hotspot]:  # pragma: no cover - abstract
        raise NotImplementedError

    def changed(self) -> None:
        """The data changed: lay out again, resize, repaint."""
        self._spots = None
        self.current = -1
        self.updateGeometry()
        self.update()

    # ---- hotspots ---------------------------------------------------------------------------

    def hotspots(self) -> list[Hotspot]:
        if self._spots is None:
            picture = QPicture()
            painter = QPainter(picture)
            painter.setFont(self.font())
            self._spots = self.draw(painter)
            painter.end()
        return self._spots

    def spot_at(self, point: QPointF) -> Hotspot | None:
        return next((s for s in self.hotspots() if s.rect.contains(point)), None)

    def spot_for(self, payload: tuple[Any, ...]) -> Hotspot | None:
        return next((s for s in self.hotspots() if s.payload == payload), None)

    def resizeEvent(self, event: Any) -> None:
        self._spots = None
        super().resizeEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font())
        self._spots = self.draw(painter)
        if self.hasFocus() and 0 <= self.current < len(self._spots):
            painter.setPen(QPen(QColor("#000000"), 2, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._spots[self.current].rect.adjusted(-2, -2, 2, 2))
        painter.end()

    # ---- mouse and keyboard -----------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            spot = self.spot_at(QPointF(event.pos()))  # type: ignore[attr-defined]
            if spot is not None and spot.tip:
                QToolTip.showText(event.globalPos(), spot.tip, self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        spot = self.spot_at(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if spot else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        spot = self.spot_at(event.position())
        if spot is not None and event.button() == Qt.MouseButton.LeftButton:
            self.current = self.hotspots().index(spot)
            self.update()
            self.activated.emit(spot.payload)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        spots = self.hotspots()
        key = event.key()
        if spots and key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Up):
            step = 1 if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) else -1
            self.current = (self.current + step) % len(spots) if self.current >= 0 else 0
            spot = spots[self.current]
            QToolTip.showText(self.mapToGlobal(spot.rect.bottomLeft().toPoint()), spot.tip, self)
            self.update()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and 0 <= self.current < len(spots):
            self.activated.emit(spots[self.current].payload)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: Any) -> None:
        self.update()
        super().focusOutEvent(event)
