"""A table view that behaves like a spreadsheet: typing starts editing, F2 edits, Enter commits
and moves down, Tab commits and moves right, Esc cancels. The current cell's problem (a refused
value) is announced through ``cell_problem`` so the window can say why the cell is red."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QTableView,
    QWidget,
)

from desktop_app.ui.models.roles import ERROR_ROLE

Hint = QAbstractItemDelegate.EndEditHint


class GridView(QTableView):
    cell_problem = Signal(str)  # the message of the current cell ("" when it is fine)
    editor_closed = Signal()
    # Enter committed a cell: the screen may move somewhere else than the row below (return True)
    enter_moves: Callable[[QModelIndex], bool] | None = None

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
        self.last_hint = Hint.NoHint  # how the last cell editor was left (Tab, Enter…)

    def fit_columns(self, columns: tuple[int, ...] = ()) -> None:
        """Widen columns whose title (any column) or short texts (``columns``) would be cut, in the
        language shown: "Ngày hoàn thành", "Submitted, waiting" are read whole."""
        header = self.horizontalHeader()
        model = self.model()
        if model is None:
            return
        for col in range(model.columnCount()):
            wanted = header.sectionSizeFromContents(col).width()
            if col in columns:
                wanted = max(wanted, self.sizeHintForColumn(col))
            stretched = header.stretchLastSection() and col == model.columnCount() - 1
            if header.sectionSize(col) < wanted and not stretched:
                header.resizeSection(col, wanted)

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

    def commitData(self, editor: QWidget) -> None:
        """A commit queued by the delegate for an editor already closed (Enter that also picked a
        suggestion) is dropped: the value was saved once, and the grid keeps the keyboard."""
        if editor.isVisible() and self.state() == self.State.EditingState:
            super().commitData(editor)

    def closeEditor(self, editor: QWidget, hint: Hint) -> None:
        if not editor.isVisible() and self.state() != self.State.EditingState:
            return  # closed already
        focus = QApplication.focusWidget()
        popup = focus is not None and focus.windowType() == Qt.WindowType.Popup  # a completion list
        had_focus = focus is None or focus is editor or editor.isAncestorOf(focus) or popup
        super().closeEditor(editor, Hint.NoHint)
        if had_focus and self.isVisible():  # a completer popup may have held the focus: the grid takes it
            self.setFocus()
        self.last_hint = hint
        self.editor_closed.emit()
        current = self.currentIndex()
        if current.isValid():
            self.cell_problem.emit(str(current.data(ERROR_ROLE) or ""))
        if hint == Hint.EditNextItem:
            self._step(0, 1)
        elif hint == Hint.EditPreviousItem:
            self._step(0, -1)
        elif hint == Hint.SubmitModelCache and not (self.enter_moves and self.enter_moves(current)):
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
        if key == Qt.Key.Key_Delete and plain and self.state() != self.State.EditingState:
            self.clear_current()
            return
        super().keyPressEvent(event)

    def clear_current(self) -> None:
        """Delete: empty the current cell. A cell that cannot be empty (a task's content) keeps its
        stored value; a red cell always loses the refused text, never stays red."""
        index, model = self.currentIndex(), self.model()
        if model is None or not index.isValid() or not index.flags() & Qt.ItemFlag.ItemIsEditable:
            return
        if index.data(Qt.ItemDataRole.EditRole) or index.data(ERROR_ROLE):
            model.setData(index, "", Qt.ItemDataRole.EditRole)
        if index.data(ERROR_ROLE) and hasattr(model, "drop_error"):
            model.drop_error(index)
        self.cell_problem.emit(str(index.data(ERROR_ROLE) or ""))

    def commit_open_editor(self) -> None:
        """Save what is typed in an open cell editor (closing the window, switching screens)."""
        self.last_hint = Hint.NoHint
        if self.state() == self.State.EditingState:
            editor = self.indexWidget(self.currentIndex()) or self.focusWidget()
            if editor is not None and editor is not self:
                self.commitData(editor)
                super().closeEditor(editor, Hint.NoHint)

