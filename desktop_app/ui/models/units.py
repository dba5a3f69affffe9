"""The unit hierarchy as a tree model (city → district → ward → offices), edited in place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from desktop_app.domain.kinds import UNIT_KIND_LABELS, UnitKind
from desktop_app.domain.text import sort_key
from desktop_app.services.units import UnitInfo
from desktop_app.ui.labels import label
from desktop_app.ui.models.roles import EDITOR_ROLE, ERROR_ROLE, ID_ROLE, VALUE_ROLE
from desktop_app.ui.widgets.delegate import CHOICES_ROLE

Index = QModelIndex | QPersistentModelIndex
FIELDS = ("name", "code", "kind", "active")
ROOT = -1


class UnitTreeModel(QAbstractItemModel):
    edit_requested = Signal(object)  # (UnitInfo, field, old, new)
    problem = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.units: list[UnitInfo] = []
        self.position: dict[str, int] = {}
        self.kids: dict[int, list[int]] = {ROOT: []}
        self.parent_of: dict[int, int] = {}
        self.errors: dict[tuple[str, int], tuple[str, str]] = {}
        self.titles = [self.tr("Tên đơn vị"), self.tr("Mã"), self.tr("Loại"), self.tr("Trạng thái")]
        self.kind_choices = [(k.value, label(UNIT_KIND_LABELS[k])) for k in UnitKind]

    def set_units(self, units: list[UnitInfo]) -> None:
        self.beginResetModel()
        self.units = units
        self.position = {u.id: i for i, u in enumerate(units)}
        self.kids = {ROOT: []}
        self.parent_of = {}
        for i, unit in enumerate(units):
            parent = self.position.get(unit.parent_id or "", ROOT)
            self.kids.setdefault(parent, []).append(i)
            self.parent_of[i] = parent
        for kids in self.kids.values():
            kids.sort(key=lambda i: (not self.units[i].active, sort_key(self.units[i].name)))
        self.errors.clear()
        self.endResetModel()

    # ---- tree shape ---------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        kids = self.kids.get(parent.internalId() if parent.isValid() else ROOT, [])
        if 0 <= row < len(kids) and 0 <= column < len(FIELDS):
            return self.createIndex(row, column, kids[row])
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = self.parent_of.get(index.internalId(), ROOT)
        if parent == ROOT:
            return QModelIndex()
        grand = self.parent_of.get(parent, ROOT)
        return self.createIndex(self.kids[grand].index(parent), 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.kids.get(parent.internalId() if parent.isValid() else ROOT, []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(FIELDS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() and index.column() < 3 else base

    def unit(self, index: Index) -> UnitInfo | None:
        return self.units[index.internalId()] if index.isValid() else None

    def index_of(self, unit_id: str, column: int = 0) -> QModelIndex:
        pos = self.position.get(unit_id)
        if pos is None:
            return QModelIndex()
        parent = self.parent_of.get(pos, ROOT)
        return self.createIndex(self.kids[parent].index(pos), column, pos)

    # ---- data ---------------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        unit = self.unit(index)
        if unit is None:
            return None
        field = FIELDS[index.column()]
        key = (unit.id, index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if key in self.errors:
                return self.errors[key][0]
            if field == "kind":
                kind = UnitKind(unit.kind) if unit.kind in {k.value for k in UnitKind} else UnitKind.OTHER
                return label(UNIT_KIND_LABELS[kind])
            if field == "active":
                return self.tr("Đang hoạt động") if unit.active else self.tr("Ngừng hoạt động")
            return getattr(unit, field)
        if role == ERROR_ROLE:
            return self.errors.get(key, (None, None))[1]
        if role == Qt.ItemDataRole.BackgroundRole and key in self.errors:
            return QBrush(QColor("#ffcdd2"))
        if role == Qt.ItemDataRole.ForegroundRole and not unit.active:
            return QBrush(QColor("#9e9e9e"))
        if role == Qt.ItemDataRole.FontRole and not unit.active:
            font = QFont()
            font.setItalic(True)
            return font
        if role == EDITOR_ROLE:
            return "choice" if field == "kind" else "text"
        if role == CHOICES_ROLE:
            return self.kind_choices
        if role == VALUE_ROLE:
            return getattr(unit, field)
        if role == ID_ROLE:
            return unit.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        unit = self.unit(index)
        if unit is None or role != Qt.ItemDataRole.EditRole:
            return False
        field = FIELDS[index.column()]
        key = (unit.id, index.column())
        new = str(value or "").strip()
        if field == "name" and not new:
            message = self.tr("Tên đơn vị không được để trống")
            self.errors[key] = (str(value or ""), message)
            self.dataChanged.emit(index, index)
            self.problem.emit(message)
            return True
        self.errors.pop(key, None)
        if new != getattr(unit, field):
            self.edit_requested.emit((unit, field, getattr(unit, field), new))
        return True

    def set_error(self, unit_id: str, column: int, text: str, message: str) -> None:
        self.errors[(unit_id, column)] = (text, message)
        index = self.index_of(unit_id, column)
        self.dataChanged.emit(index, index)
        self.problem.emit(message)
