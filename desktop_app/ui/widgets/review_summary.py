"""The per-unit review summary under the period grid: expected updates, received, on time and
accepted (with shares), and how many rows are not reported, draft, waiting, accepted, returned.
Enter or a double-click on a unit shows only that unit's rows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from desktop_app.domain.review import NOT_REPORTED, ReviewState
from desktop_app.services.review import Completeness, UnitReview
from desktop_app.ui.widgets.read_only_table import ReadOnlyTable


def _share(count: int, share: float | None) -> str:
    return f"{count}" if share is None else f"{count} ({round(share * 100)}%)"


class ReviewSummary(ReadOnlyTable):
    unit_chosen = Signal(object)  # a unit id, or None for the total row

    STATES = (NOT_REPORTED, ReviewState.DRAFT, ReviewState.SUBMITTED, ReviewState.RETURNED)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("review_summary", [
            self.tr("Đơn vị"), self.tr("Phải báo cáo"), self.tr("Đã nhận"), self.tr("Đúng hạn"), self.tr("Đã duyệt"),
            self.tr("Chưa báo cáo"), self.tr("Chưa gửi"), self.tr("Chờ duyệt"), self.tr("Bị trả lại")], (), parent)
        self.setToolTip(self.tr("Phải báo cáo: nhiệm vụ đơn vị chủ trì trong kỳ; đã nhận, đúng hạn (trước hạn gửi "
                                "báo cáo), đã duyệt: số và tỷ lệ. Enter hoặc nhấn đúp: chỉ xem các dòng của đơn vị."))
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)  # the unit's name takes the room
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 9):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.unit_ids: list[str] = []
        self.activated.connect(self._activated)
        self.completeness: Completeness | None = None
        self.pending: Callable[[], None] | None = None  # computes the summary when asked

    def _activated(self, index: QModelIndex) -> None:
        if self.pending is not None:
            compute, self.pending = self.pending, None
            self.setItem(0, 0, QTableWidgetItem(self.tr("Đang tính…")))
            compute()
        elif 0 <= index.row() < len(self.unit_ids):
            self.unit_chosen.emit(self.unit_ids[index.row()] or None)

    def offer(self, task_count: int, compute: Callable[[], None]) -> None:
        """A plan too large to summarise at every reload: one row that computes it on Enter."""
        self.completeness, self.unit_ids, self.pending = None, [], compute
        self.setRowCount(1)
        self.setItem(0, 0, QTableWidgetItem(self.tr(
            "Kế hoạch có {0} nhiệm vụ: nhấn Enter (hoặc nhấn đúp) vào đây để tính tổng hợp theo đơn vị")
            .format(f"{task_count:,}".replace(",", "."))))
        for column in range(1, self.columnCount()):
            self.setItem(0, column, QTableWidgetItem(""))

    def show_completeness(self, data: Completeness) -> None:
        self.completeness, self.pending = data, None
        units = [*data.units, data.total]
        self.unit_ids = [u.unit_id for u in units]
        self.setRowCount(len(units))
        bold = QFont(self.font())
        bold.setBold(True)
        for row, unit in enumerate(units):
            for column, text in enumerate(self._cells(unit)):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not unit.unit_id:
                    item.setFont(bold)
                self.setItem(row, column, item)

    def _cells(self, unit: UnitReview) -> list[str]:
        name = unit.unit_name if unit.unit_id else self.tr("Tổng cộng")
        return [name, str(unit.expected), _share(unit.received, unit.received_share),
                _share(unit.on_time, unit.on_time_share), _share(unit.accepted, unit.accepted_share),
                *(str(unit.count(state)) for state in self.STATES)]

    def row_of(self, unit_name: str) -> int:
        return next((r for r in range(self.rowCount()) if self.cell(r, 0) == unit_name), -1)
