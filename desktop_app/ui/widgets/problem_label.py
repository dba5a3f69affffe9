"""The line under a grid that says why the current cell is red."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class ProblemLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problem_label")
        self.setWordWrap(True)
        self.setStyleSheet("QLabel { color: #b71c1c; font-weight: bold; }")
        self.hide()

    def show_problem(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))
