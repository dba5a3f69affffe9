"""The history of one item (a task or a group): every change in the audit log, oldest first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import audit
from desktop_app.ui.ops import OpRunner, error_text


class HistoryDialog(QDialog):
    def __init__(self, runner: OpRunner, entity_id: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_dialog")
        self.setWindowTitle(self.tr("Lịch sử thay đổi"))
        self.resize(900, 420)
        self.heading = QLabel(title, self)
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("history_table")
        self.table.setHorizontalHeaderLabels([
            self.tr("Thời gian"), self.tr("Người sửa"), self.tr("Nguồn"), self.tr("Thao tác"),
            self.tr("Trường"), self.tr("Giá trị cũ"), self.tr("Giá trị mới")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((120, 110, 80, 80, 130, 180)):
            self.table.setColumnWidth(column, width)
        self.status = QLabel(self.tr("Đang tải…"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        runner.read(audit.history, entity_id, on_done=self.show_entries, on_error=self._failed)

    def _labels(self) -> dict[str, str]:
        return {"create": self.tr("Tạo"), "update": self.tr("Sửa"), "delete": self.tr("Xóa"),
                "ui": self.tr("Giao diện"), "cli": self.tr("Dòng lệnh"), "import": self.tr("Nhập tệp"),
                "content": self.tr("Nội dung"), "output": self.tr("Sản phẩm"), "position": self.tr("Thứ tự"),
                "lead_unit_id": self.tr("Đơn vị chủ trì"), "group_id": self.tr("Nhóm"),
                "note": self.tr("Ghi chú"), "title": self.tr("Tên")}

    def show_entries(self, entries: list[audit.AuditInfo]) -> None:
        labels = self._labels()
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            values = [entry.at.astimezone().strftime("%d/%m/%Y %H:%M"), entry.os_user,
                      labels.get(entry.source, entry.source), labels.get(entry.action, entry.action),
                      labels.get(entry.field, entry.field), entry.old_value or "", entry.new_value or ""]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.status.setText(self.tr("{0} thay đổi").format(len(entries)) if entries
                            else self.tr("Chưa có thay đổi nào được ghi lại."))

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("Không đọc được lịch sử: {0}").format(error_text(exc)))

    def cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""
