"""The "Tổng quan" screen: for the current period, each plan's tasks by report status, and the
tasks that are not fully assigned ("5 rõ": no lead unit)."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QVBoxLayout, QWidget

from desktop_app.domain.periods import PeriodKind
from desktop_app.domain.status import REPORT_COLOURS, DeadlineState, ReportStatus
from desktop_app.services import plans as plan_service
from desktop_app.services import progress as progress_service
from desktop_app.services import tasks as task_service
from desktop_app.services.periods import current_period
from desktop_app.ui.models.base import TitledTableModel
from desktop_app.ui.ops import OpRunner

Index = QModelIndex | QPersistentModelIndex
COUNTED = (ReportStatus.DONE_ON_TIME, ReportStatus.DONE_LATE, ReportStatus.IN_PROGRESS, ReportStatus.OVERDUE,
           ReportStatus.NOT_STARTED)


class OverviewModel(TitledTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[Any, Counter[str], int, int]] = []
        self.titles = [self.tr("Kế hoạch"), self.tr("Số dòng"), self.tr("Hoàn thành\nđúng hạn"),
                       self.tr("Hoàn thành\nquá hạn"), self.tr("Đang\nthực hiện"), self.tr("Quá hạn"),
                       self.tr("Chưa\nthực hiện"), self.tr("Sắp\nđến hạn"), self.tr("Chưa giao\nchủ trì")]

    def set_rows(self, rows: list[tuple[Any, Counter[str], int, int]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_total(self) -> int:
        return len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        plan, counts, soon, unassigned = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return f"{plan.reference} — {plan.title}"
            if col == 1:
                return str(sum(counts.values()))
            if 2 <= col <= 6:
                return str(counts.get(COUNTED[col - 2], 0))
            return str(soon if col == 7 else unassigned)
        if role == Qt.ItemDataRole.ForegroundRole and 2 <= col <= 6:
            return QBrush(QColor(REPORT_COLOURS[COUNTED[col - 2]]))
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return plan.title
        return None


class OverviewView(QWidget):
    def __init__(self, runner: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overview_view")
        self.runner = runner
        self.heading = QLabel(self)
        self.model = OverviewModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("overview_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setColumnWidth(0, 440)
        for col in range(1, self.model.columnCount()):
            self.table.setColumnWidth(col, 96)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        runner.changed.connect(lambda _c: self.reload() if self.isVisible() else None)

    def reload(self, today: date | None = None) -> None:
        self.runner.read(_overview, today or date.today(), on_done=self._loaded)

    def _loaded(self, result: tuple[Any, list[tuple[Any, Counter[str], int, int]]]) -> None:
        period, rows = result
        self.heading.setText(self.tr("<b>Tình hình thực hiện {0}</b> (chốt số liệu {1:%d/%m/%Y} – {2:%d/%m/%Y}). "
                                     "Nhấp đúp để mở tiến độ.").format(period.label, period.start, period.end))
        self.model.set_rows(rows)

    def activated(self) -> None:
        self.reload()

    def _open(self, index: QModelIndex) -> None:
        window = self.window()
        if hasattr(window, "show_view"):
            view = window.show_view("progress")
            view.picker.select(self.model.rows[index.row()][0].id)


def _overview(db: Any, today: date) -> tuple[Any, list[tuple[Any, Counter[str], int, int]]]:
    period = current_period(PeriodKind.QUARTER, today)
    rows = []
    for plan in plan_service.list_plans(db):
        progress = progress_service.period_rows(db, plan.id, period.code, as_of=min(period.end, today))
        counts: Counter[str] = Counter(r.report_status for r in progress)
        soon = sum(1 for r in progress if r.deadline_state == DeadlineState.DUE_SOON)
        unassigned = sum(1 for t in task_service.list_tasks(db, plan.id) if t.incomplete)
        rows.append((plan, counts, soon, unassigned))
    return period, rows
