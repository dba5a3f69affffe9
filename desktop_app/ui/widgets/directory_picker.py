"""A unit of the national directory picked as you type: a search line (no diacritics needed, code
or name or province) over a short list of matches, the first one selected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop_app.services import directory


class DirectoryPicker(QWidget):
    def __init__(self, parent: QWidget | None = None, limit: int = 30) -> None:
        super().__init__(parent)
        self.limit = limit
        self.search = QLineEdit(self)
        self.search.setObjectName("commune_search")
        self.search.setPlaceholderText(self.tr("Gõ tên hoặc mã, ví dụ: ba dinh ha noi, 00004"))
        self.results = QListWidget(self)
        self.results.setObjectName("commune_list")
        self.results.setMaximumHeight(160)
        self.search.textChanged.connect(self.show_matches)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results)

    def show_matches(self, text: str) -> None:
        self.results.clear()
        for found in directory.search(text, limit=self.limit):
            province = "" if found.is_province else f" — {directory.entry(found.province_code or '').name}"
            item = QListWidgetItem(f"{found.code}  {found.name}{province}")
            item.setData(Qt.ItemDataRole.UserRole, found.code)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def code(self) -> str | None:
        item = self.results.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
