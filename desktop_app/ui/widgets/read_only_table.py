"""A read-only table of whole rows (dialog lists: attachments, plan changes, review summary)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QWidget


class ReadOnlyTable(QTableWidget):
    def __init__(self, name: str, headers: Sequence[str], widths: Sequence[int] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setObjectName(name)
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate(widths):
            self.setColumnWidth(column, width)

    def cell(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""
