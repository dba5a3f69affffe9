"""A table view that behaves like a spreadsheet: typing starts editing, F2 edits, Enter commits
and moves down, Tab commits and moves right, Esc cancels. The current cell's problem (a refused
value) is announced through ``cell_problem`` so the window can say why the cell is red."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop_app.ui.models.roles import ERROR_ROLE

Hint = QAbstractItemDelegate.EndEditHint


class GridView(QTableView):
    cell_problem = Signal(str)  # the message of the current cell ("" when it is fine)
    editor_closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def currentChanged(self, current: QModelIndex | QPersistentModelIndex,
                       previous: QModelIndex | QPersistentModelIndex) -> None:
        super().currentChanged(current, previous)
        self.cell_problem.emit(str(current.data(ERROR_ROLE) or "") if current.isValid() else "")

    def _step(self, rows: int, cols: int) -> None:
        model = self.model()
        index = self.currentIndex()
        if model is None or not index.isValid():
            return
        row, col = index.row() + rows, index.column() + cols
        if col >= model.columnCount():
            row, col = row + 1, 1 if model.columnCount() > 1 else 0
        if col < 0:
            row, col = row - 1, model.columnCount() - 1
        while row >= model.rowCount() and model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        row = max(0, min(row, model.rowCount() - 1))
        self.setCurrentIndex(model.index(row, col))

    def closeEditor(self, editor: QWidget, hint: Hint) -> None:
        super().closeEditor(editor, Hint.NoHint)
        self.editor_closed.emit()
        current = self.currentIndex()
        if current.isValid():
            self.cell_problem.emit(str(current.data(ERROR_ROLE) or ""))
        if hint == Hint.EditNextItem:
            self._step(0, 1)
        elif hint == Hint.EditPreviousItem:
            self._step(0, -1)
        elif hint == Hint.SubmitModelCache:
            self._step(1, 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain and self.state() != self.State.EditingState:
            self._step(1, 0)
            return
        if key == Qt.Key.Key_Tab and plain and self.state() != self.State.EditingState:
            self._step(0, 1)
            return
        if key == Qt.Key.Key_Backtab and self.state() != self.State.EditingState:
            self._step(0, -1)
            return
        super().keyPressEvent(event)

    def commit_open_editor(self) -> None:
        """Save what is typed in an open cell editor (closing the window, switching screens)."""
        if self.state() == self.State.EditingState:
            editor = self.indexWidget(self.currentIndex()) or self.focusWidget()
            if editor is not None and editor is not self:
                self.commitData(editor)
                super().closeEditor(editor, Hint.NoHint)
