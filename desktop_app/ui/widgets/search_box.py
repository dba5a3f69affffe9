"""The global search box: finds plans, tasks, units and progress text as you type, ignoring
case and diacritics ("nang cao" finds "Nâng cao"); matching words are highlighted; Enter opens."""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from desktop_app.domain.text import fold, search_terms
from desktop_app.ui.labels import label
from desktop_app.ui.ops import OpRunner
from desktop_app.ui.widgets.vn_line_edit import VnLineEdit

if TYPE_CHECKING:
    from desktop_app.services.search import SearchHit

KIND_LABELS = {"plan": "Kế hoạch", "task": "Nhiệm vụ", "unit": "Đơn vị", "progress": "Tiến độ",
               "document": "Văn bản"}


def highlight(text: str, query: str) -> str:
    """HTML of the text with each word of the query in bold yellow, found ignoring diacritics."""
    terms = search_terms(query)
    folded = fold_keep_length(text)
    marks = [False] * len(text)
    for term in terms:
        for found in re.finditer(re.escape(term), folded):
            for i in range(found.start(), found.end()):
                marks[i] = True
    out, inside = [], False
    for ch, mark in zip(text, marks, strict=True):
        if mark != inside:
            out.append('<b style="background-color:#fff176">' if mark else "</b>")
            inside = mark
        out.append(html.escape(ch))
    if inside:
        out.append("</b>")
    return "".join(out)


def fold_keep_length(text: str) -> str:
    """Fold each character alone so positions in the folded text match the original."""
    return "".join((fold(ch) or " ")[:1] if not ch.isspace() else " " for ch in text)


class SearchBox(VnLineEdit):
    open_hit = Signal(object)  # SearchHit

    def __init__(self, runner: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_box")
        self.runner = runner
        self.setPlaceholderText(self.tr("Tìm kế hoạch, nhiệm vụ, đơn vị, tiến độ… (Ctrl+F)"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(360)
        self.hits: list[SearchHit] = []
        self.popup = QListWidget()
        self.popup.setObjectName("search_results")
        self.popup.setWindowFlags(Qt.WindowType.ToolTip)
        self.popup.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.popup.itemClicked.connect(lambda item: self._open(self.popup.row(item)))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.run_search)
        self.textEdited.connect(lambda _t: self.timer.start())
        self.installEventFilter(self)
        self._query = ""

    def run_search(self) -> None:
        query = self.text()
        self._query = query
        if not search_terms(query):
            self._show([])
            return
        def show(hits: list[SearchHit], asked: str = query) -> None:
            if asked == self._query:  # a newer query is on its way: drop stale results
                self._show(hits)

        from desktop_app.services import search as search_service

        self.runner.read(search_service.search, query, limit=40, on_done=show)

    def _show(self, hits: list[SearchHit]) -> None:
        from PySide6.QtWidgets import QLabel

        self.hits = hits
        self.popup.clear()
        for hit in hits:
            item = QListWidgetItem(self.popup)
            kind = label(KIND_LABELS.get(hit.kind, hit.kind))
            widget = QLabel(f'<span style="color:#555">{html.escape(kind)}:</span> '
                           f"{highlight(hit.title, self._query)} — {highlight(hit.detail[:160], self._query)}")
            widget.setTextFormat(Qt.TextFormat.RichText)
            widget.setContentsMargins(4, 2, 4, 2)
            item.setSizeHint(widget.sizeHint())
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            item.setToolTip(hit.detail)
            self.popup.setItemWidget(item, widget)
        if not hits:
            self.popup.hide()
            return
        self.popup.setCurrentRow(0)
        width = max(self.width(), 640)
        height = min(420, sum(self.popup.sizeHintForRow(i) for i in range(len(hits))) + 6)
        self.popup.setFixedSize(width, height)
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.timer.isActive():
                    self.timer.stop()
                    self.run_search()
                self._open(max(self.popup.currentRow(), 0))
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.popup.isVisible():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.popup.count() - 1, self.popup.currentRow() + step))
                self.popup.setCurrentRow(row)
                return True
            if key == Qt.Key.Key_Escape:
                self.popup.hide()
                return True
        if watched is self and event.type() == QEvent.Type.FocusOut:
            QTimer.singleShot(200, self.popup.hide)
        return super().eventFilter(watched, event)

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.hits):
            self.popup.hide()
            self.open_hit.emit(self.hits[row])
