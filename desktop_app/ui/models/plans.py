"""Plans list and a plan's targets (baseline, target value or range, year, actual per period)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from desktop_app.domain.kinds import TARGET_VERDICT_LABELS
from desktop_app.services.plans import PlanInfo
from desktop_app.services.targets import TargetInfo
from desktop_app.ui.formats import format_date, format_number, parse_number
from desktop_app.ui.labels import label
from desktop_app.ui.models.base import TitledTableModel
from desktop_app.ui.models.roles import ERROR_ROLE, ID_ROLE

Index = QModelIndex | QPersistentModelIndex


class PlanListModel(TitledTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.plans: list[PlanInfo] = []
        self.titles = [self.tr("Số, ký hiệu"), self.tr("Ngày"), self.tr("Nhiệm vụ"), self.tr("Trích yếu")]

    def set_plans(self, plans: list[PlanInfo]) -> None:
        self.beginResetModel()
        self.plans = plans
        self.endResetModel()

    def row_total(self) -> int:
        return len(self.plans)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        plan = self.plans[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (plan.reference, format_date(plan.issued_on), str(plan.task_count), plan.title)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plan.title
        if role == ID_ROLE:
            return plan.id
        return None

    def row_of(self, plan_id: str) -> int:
        return next((i for i, p in enumerate(self.plans) if p.id == plan_id), -1)


class TargetModel(TitledTableModel):
    """Targets of a plan; the last column is the actual value for the chosen period (editable)."""

    value_requested = Signal(object)  # (TargetInfo, period, old, new)
    problem = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.targets: list[TargetInfo] = []
        self.period = ""
        self.errors: dict[str, tuple[str, str]] = {}
        self.titles = [self.tr("Chỉ tiêu"), self.tr("Đơn vị tính"), self.tr("Cơ sở"), self.tr("Mục tiêu"),
                       self.tr("Năm đạt"), self.tr("Thực hiện"), self.tr("Đánh giá")]

    def set_targets(self, targets: list[TargetInfo], period: str) -> None:
        self.beginResetModel()
        self.targets, self.period = targets, period
        self.errors.clear()
        self.endResetModel()

    def row_total(self) -> int:
        return len(self.targets)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == 5 else base

    @staticmethod
    def target_text(t: TargetInfo) -> str:
        low, high = format_number(t.target_low), format_number(t.target_high)
        return f"{low} – {high}" if low and high and low != high else (low or high)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        t = self.targets[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == 5 and t.id in self.errors:
                return self.errors[t.id][0]
            verdict = t.verdict(self.period)
            baseline = format_number(t.baseline) + (f" ({t.baseline_year})" if t.baseline_year else "")
            return (t.name, t.measure, baseline, self.target_text(t), str(t.target_year or ""),
                    format_number(t.value_for(self.period)),
                    label(TARGET_VERDICT_LABELS[verdict]) if verdict else "")[col]
        if role == ERROR_ROLE and col == 5:
            return self.errors.get(t.id, (None, None))[1]
        if role == Qt.ItemDataRole.BackgroundRole and col == 5 and t.id in self.errors:
            return QBrush(QColor("#ffcdd2"))
        if role == ID_ROLE:
            return t.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.column() != 5 or role != Qt.ItemDataRole.EditRole:
            return False
        t = self.targets[index.row()]
        try:
            number = parse_number(str(value))
            if number is None:
                raise ValueError(self.tr("Cần nhập một số"))
        except ValueError as exc:
            self.errors[t.id] = (str(value), str(exc))
            self.dataChanged.emit(index, index)
            self.problem.emit(str(exc))
            return True
        self.errors.pop(t.id, None)
        if number != t.value_for(self.period):
            self.value_requested.emit((t, self.period, t.value_for(self.period), number))
        self.dataChanged.emit(index, index)
        return True
