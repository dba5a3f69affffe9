"""A multi-line text field that reports ``editingFinished`` when it loses focus, as QLineEdit does.

It is at least ``lines`` lines high and grows with its text (up to ``most`` lines), always by whole
lines: a line is never cut in half. ``text()`` is NFC whatever the input method sent."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent, QResizeEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class TextArea(QPlainTextEdit):
    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None, lines: int = 3, most: int = 8) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.lines, self.most = lines, max(lines, most)
        self.document().contentsChanged.connect(self._fit)
        self._fit()

    def _fit(self) -> None:
        shown = max(self.lines, min(self.most, int(self.document().size().height() + 0.5)))
        margins = self.contentsMargins()
        height = (self.fontMetrics().lineSpacing() * shown + 2 * int(self.document().documentMargin())
                  + margins.top() + margins.bottom() + 2)
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()  # a narrower box wraps into more lines

    def text(self) -> str:
        return unicodedata.normalize("NFC", self.toPlainText())

    def setText(self, text: str) -> None:
        self.setPlainText(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()
