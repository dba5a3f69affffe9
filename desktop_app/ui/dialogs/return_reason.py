"""Asks the reason for returning progress updates to their units (the units see it). The reason is
one paragraph: Enter returns the updates (as in every other box), never a new line the reason
would lose anyway."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget


class ReturnReasonDialog(QDialog):
    def __init__(self, count: int, units: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("return_reason_dialog")
        self.setWindowTitle(self.tr("Trả lại bản cập nhật"))
        self.resize(520, 260)
        shown = ", ".join(units[:3]) + (self.tr(" và {0} đơn vị khác").format(len(units) - 3) if len(units) > 3 else "")
        heading = QLabel(self.tr("Trả lại {0} bản cập nhật của {1}. Lý do trả lại (đơn vị sẽ thấy để sửa):")
                         .format(count, shown), self)
        heading.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("return_reason")
        self.reason.setPlaceholderText(self.tr("Ví dụ: Thiếu số liệu kết quả; đề nghị bổ sung văn bản minh chứng"))
        self.reason.setTabChangesFocus(True)
        self.reason.installEventFilter(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Trả lại"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.reason, 1)
        layout.addWidget(self.buttons)
        self._check()
        self.reason.setFocus()

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.text()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.reason and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            if self.text():
                self.accept()
            return True
        return super().eventFilter(watched, event)

    def text(self) -> str:
        return " ".join(unicodedata.normalize("NFC", self.reason.toPlainText()).split())
