"""A line edit with type-ahead: units by name or code (one, or several separated by ";"),
schedule kinds. Matching ignores case and diacritics ("noi vu" offers "Phòng Nội vụ")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit, QWidget

Candidates = Callable[[str], list[str]]


class CompletingLineEdit(QLineEdit):
    committed = Signal()  # Enter pressed while the completion popup was open

    def __init__(self, candidates: Candidates, multi: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.candidates = candidates
        self.multi = multi
        self._model = QStringListModel(self)
        self.completer_ = QCompleter(self._model, self)
        self.completer_.setWidget(self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.activated.connect(self._insert)
        self.textEdited.connect(self._offer)
        self.returnPressed.connect(self.committed)

    def _popup(self) -> QAbstractItemView:
        popup = self.completer_.popup()
        assert popup is not None
        return popup

    def token(self) -> str:
        text = self.text()
        return text.rsplit(";", 1)[-1].strip() if self.multi else text.strip()

    def _offer(self, _text: str = "") -> None:
        found = self.candidates(self.token())
        self._model.setStringList(found)
        if found and self.token():
            self.completer_.complete()
        else:
            self._popup().hide()

    def show_all(self) -> None:
        self._model.setStringList(self.candidates(""))
        self.completer_.complete()

    def _insert(self, choice: str) -> None:
        if self.multi and ";" in self.text():
            head = self.text().rsplit(";", 1)[0]
            self.setText(f"{head}; {choice}")
        else:
            self.setText(choice)

    def keyPressEvent(self, event):
        if event.key() == Qt.Key.Key_Down and not self._popup().isVisible():
            self.show_all()
            return
        super().keyPressEvent(event)
