"""Editors of the plan preview's cells: the unit columns complete from the unit directory, the
recurrence is chosen from its names, the deadline is typed dd/mm/yyyy."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop_app.ui.models.reading_lines import DEADLINE, LEAD, RECURRENCE, WITH, recurrence_labels

Index = QModelIndex | QPersistentModelIndex


class ReadingDelegate(QStyledItemDelegate):
    def __init__(self, directory: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.directory = directory

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = index.column()
        if column == RECURRENCE:
            box = QComboBox(parent)
            box.addItems(list(recurrence_labels().values()))
            return box
        editor = QLineEdit(parent)
        if column in (LEAD, WITH) and self.directory:
            completer = QCompleter(self.directory, editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            editor.setCompleter(completer)
        if column == DEADLINE:
            editor.setPlaceholderText("dd/mm/yyyy")
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findText(value)))
        elif isinstance(editor, QLineEdit):
            editor.setText(value)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())
