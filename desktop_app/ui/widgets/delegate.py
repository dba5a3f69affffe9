"""One delegate for every grid: it opens the editor the model asks for (EDITOR_ROLE) — text,
date, unit with type-ahead, several units, schedule, a choice — and hands back the typed text.

Parsing and refusing happen in the model, so what was typed is never thrown away here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QAbstractItemDelegate, QComboBox, QLineEdit, QStyledItemDelegate, QWidget

from desktop_app.domain.schedule import SCHEDULE_LABELS, ScheduleKind
from desktop_app.ui.models.roles import EDITOR_ROLE, ERROR_ROLE, VALUE_ROLE
from desktop_app.ui.models.unit_lookup import UnitLookup
from desktop_app.ui.widgets.completing_edit import CompletingLineEdit
from desktop_app.ui.widgets.vn_line_edit import VnLineEdit

Index = QModelIndex | QPersistentModelIndex
NEXT = QAbstractItemDelegate.EndEditHint.EditNextItem
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 20  # [(value, label)] for a "choice" editor


class GridDelegate(QStyledItemDelegate):
    def __init__(self, units: UnitLookup | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.units = units or UnitLookup()

    def paint(self, painter: Any, option: Any, index: Index) -> None:
        super().paint(painter, option, index)
        if index.data(ERROR_ROLE):  # a refused value stays visible even when selected
            painter.save()
            painter.setPen(QPen(QColor("#c62828"), 2))
            painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
            painter.restore()

    def _unit_names(self, text: str) -> list[str]:
        return [u.name for u in self.units.matches(text)]

    @staticmethod
    def _schedule_names(text: str) -> list[str]:
        from desktop_app.domain.text import fold

        labels = [SCHEDULE_LABELS[k] for k in (ScheduleKind.CONTINUOUS, ScheduleKind.QUARTERLY,
                                               ScheduleKind.MONTHLY, ScheduleKind.YEARLY)]
        labels[3] += " 31/12"
        return [label for label in labels if fold(text) in fold(label)] if text else labels

    def createEditor(self, parent: QWidget, option: Any, index: Index) -> QWidget:
        kind = index.data(EDITOR_ROLE) or "text"
        editor: QWidget
        if kind in ("unit", "units"):
            editor = CompletingLineEdit(self._unit_names, multi=kind == "units", parent=parent)
            editor.in_cell = True
            editor.committed.connect(lambda: self._commit_close(editor))
            editor.committed_next.connect(lambda: self._commit_close(editor, NEXT))
        elif kind == "schedule":
            editor = CompletingLineEdit(self._schedule_names, parent=parent)
            editor.in_cell = True
            editor.setPlaceholderText(self.tr("31/12/2024, hằng quý, thường xuyên…"))
            editor.committed.connect(lambda: self._commit_close(editor))
            editor.committed_next.connect(lambda: self._commit_close(editor, NEXT))
        elif kind == "choice":
            combo = QComboBox(parent)
            for value, label in index.data(CHOICES_ROLE) or []:
                combo.addItem(label, value)
            editor = combo
        else:
            line = VnLineEdit(parent)
            if kind == "date":
                line.setPlaceholderText(self.tr("dd/mm/yyyy"))
            editor = line
        editor.setObjectName(f"editor_{kind}")
        return editor

    def _commit_close(self, editor: QWidget,
                      hint: QAbstractItemDelegate.EndEditHint = QAbstractItemDelegate.EndEditHint.SubmitModelCache,
                      ) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, hint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            position = editor.findData(index.data(VALUE_ROLE))
            editor.setCurrentIndex(max(position, 0))
        elif isinstance(editor, QLineEdit) and not editor.isModified():  # never undo what is being typed
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit) and (
                editor.text() != str(index.data(Qt.ItemDataRole.EditRole) or "") or index.data(ERROR_ROLE)):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
