"""Marking a form field red with the reason, without losing what was typed."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

ERROR_STYLE = "background-color: #ffcdd2; border: 1px solid #c62828;"


def mark_error(widget: QWidget, message: str | None) -> None:
    widget.setStyleSheet(ERROR_STYLE if message else "")
    widget.setToolTip(message or "")
    widget.setProperty("error", message or "")
