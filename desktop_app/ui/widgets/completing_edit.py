"""A line edit with type-ahead: units by name or code (one, or several separated by ";"),
schedule kinds. Matching ignores case and diacritics ("noi vu" offers "Phòng Nội vụ").

Enter or Tab on a highlighted suggestion takes that suggestion (never only the typed prefix) and
then commits: ``committed`` (Enter) or ``committed_next`` (Tab). The list is as wide as its longest
name, so two long names that start alike can be told apart."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QWidget

from desktop_app.ui.widgets.vn_line_edit import VnLineEdit

Candidates = Callable[[str], list[str]]
MAX_POPUP_WIDTH = 720


class CompletingLineEdit(VnLineEdit):
    committed = Signal()  # Enter pressed on the open list (a cell's own Enter is the delegate's)
    committed_next = Signal()  # Tab pressed while the completion popup was open
    new_requested = Signal(str)  # the "add a new one" entry was chosen for this typed name

    def __init__(self, candidates: Candidates, multi: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.candidates = candidates
        self.multi = multi
        self.in_cell = False  # a grid cell's editor: Tab on the list commits and moves on (the delegate)
        self.new_label: Callable[[str], str] | None = None  # offers "add «name»" when no name matches exactly
        self._offered_new = ""
        self._model = QStringListModel(self)
        self.completer_ = QCompleter(self._model, self)
        self.completer_.setWidget(self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.activated.connect(self._insert)
        self.textEdited.connect(self._offer)

    def _popup(self) -> QAbstractItemView:
        popup = self.completer_.popup()
        assert popup is not None
        return popup

    def token(self) -> str:
        text = self.text()
        return text.rsplit(";", 1)[-1].strip() if self.multi else text.strip()

    def _offer(self, _text: str = "") -> None:
        found = self.candidates(self.token())
        self._offered_new = ""
        if self.new_label is not None and self.token():
            from desktop_app.domain.text import fold

            if not any(fold(name) == fold(self.token()) for name in found):
                self._offered_new = self.new_label(self.token())
                found = [*found, self._offered_new]
        self._model.setStringList(found)
        if found and self.token():
            self._show(found)
        else:
            self._popup().hide()

    def _show(self, names: list[str]) -> None:
        """Open the list wide enough for its longest name (within reason), under the field."""
        metrics = self._popup().fontMetrics()
        widest = max((metrics.horizontalAdvance(n) for n in names), default=0) + 48
        self.completer_.complete(QRect(0, 0, max(self.width(), min(widest, MAX_POPUP_WIDTH)), self.height()))

    def show_all(self) -> None:
        names = self.candidates("")
        self._model.setStringList(names)
        self._show(names)

    def _insert(self, choice: str) -> None:
        if self.new_label is not None and choice == self.new_label(self.token()):
            if self._offered_new:  # once: the list's own activation and Enter both land here
                self._offered_new = ""
                self.new_requested.emit(self.token())
            return
        if self.multi and ";" in self.text():
            head = self.text().rsplit(";", 1)[0]
            self.setText(f"{head}; {choice}")
        else:
            self.setText(choice)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self._popup()
        if event.key() == Qt.Key.Key_Down and not popup.isVisible():
            self.show_all()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab) and popup.isVisible():
            chosen = popup.currentIndex()
            if chosen.isValid() and popup.selectionModel().isSelected(chosen):
                self._insert(str(chosen.data()))
            popup.hide()  # the focus comes back here before the cell closes
            event.accept()
            if event.key() != Qt.Key.Key_Tab:
                super().keyPressEvent(event)  # editingFinished: a form field saves the chosen name
                self.committed.emit()
            elif self.in_cell:
                self.committed_next.emit()
            else:
                self.focusNextChild()
            return
        super().keyPressEvent(event)
