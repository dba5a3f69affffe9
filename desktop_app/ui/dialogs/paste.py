"""Paste from Word: the pasted "Nhiệm vụ, giải pháp" text on the left, the groups and tasks
detected on the right — editable, uncheckable, promotable — before anything is added."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.reading import Reading, read_text
from desktop_app.ui.widgets.text_area import TextArea

GROUP = "group"
TASK = "task"
KIND = Qt.ItemDataRole.UserRole + 1


class PasteDialog(QDialog):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paste_dialog")
        self.setWindowTitle(self.tr("Dán nhiệm vụ từ văn bản"))
        self.resize(1100, 640)
        self.source = QPlainTextEdit(self)
        self.source.setObjectName("paste_source")
        self.source.setPlaceholderText(self.tr("Dán (Ctrl+V) mục “Nhiệm vụ, giải pháp” của kế hoạch vào đây…"))
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr("Nhóm / nhiệm vụ phát hiện được (sửa được, bỏ chọn để bỏ qua)")])
        self.preview = QTreeView(self)
        self.preview.setObjectName("paste_preview")
        self.preview.setModel(self.model)
        self.preview.setWordWrap(True)
        self.preview.setUniformRowHeights(False)
        self.preview.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.preview.setAlternatingRowColors(True)
        self.preview.header().setStretchLastSection(True)
        self.detail = TextArea(self, 4)
        self.detail.setObjectName("paste_detail")
        self.detail.setPlaceholderText(self.tr("Chọn một dòng để xem và sửa toàn văn"))
        self.detail.editingFinished.connect(self._detail_edited)
        self.preview.selectionModel().currentChanged.connect(lambda cur, _prev: self._show_detail(cur))
        self.summary = QLabel(self)
        self.summary.setObjectName("paste_summary")
        self.summary.setWordWrap(True)
        self.reading = Reading()

        promote = QPushButton(self.tr("Thành nhóm (Alt+←)"), self)
        demote = QPushButton(self.tr("Thành nhiệm vụ (Alt+→)"), self)
        promote.clicked.connect(self.promote)
        demote.clicked.connect(self.demote)
        for keys, slot in (("Alt+Left", self.promote), ("Alt+Right", self.demote)):
            shortcut = QShortcut(QKeySequence(keys), self.preview)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Thêm vào kế hoạch"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.detail)
        row = QHBoxLayout()
        row.addWidget(promote)
        row.addWidget(demote)
        row.addStretch(1)
        right_layout.addLayout(row)
        splitter = QSplitter(self)
        splitter.addWidget(self.source)
        splitter.addWidget(right)
        splitter.setSizes([450, 650])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.reparse)
        self.source.textChanged.connect(self.timer.start)
        self.source.setPlainText(text)
        self.reparse()

    # ---- preview ------------------------------------------------------------------------------

    def reparse(self) -> None:
        self.timer.stop()
        self.reading = read_text(self.source.toPlainText())
        self.model.removeRows(0, self.model.rowCount())
        for group in self.reading.groups:
            parent = self._item(group.title or self.tr("Nhiệm vụ, giải pháp"), GROUP)
            self.model.appendRow(parent)
            for task in group.tasks:
                parent.appendRow(self._item(task.full_text, TASK))
        self.preview.expandAll()
        self._summarise()

    def _show_detail(self, index: QModelIndex) -> None:
        item = self.model.itemFromIndex(index) if index.isValid() else None
        self.detail.setPlainText(item.text() if item else "")

    def _detail_edited(self) -> None:
        index = self.preview.currentIndex()
        item = self.model.itemFromIndex(index) if index.isValid() else None
        if item is not None and self.detail.toPlainText().strip() and item.text() != self.detail.toPlainText():
            item.setText(self.detail.toPlainText().strip())
            item.setToolTip(item.text())

    def _item(self, text: str, kind: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setCheckable(True)
        item.setCheckState(Qt.CheckState.Checked)
        item.setEditable(True)
        item.setData(kind, KIND)
        item.setToolTip(text)
        if kind == GROUP:
            font = QFont()
            font.setBold(True)
            item.setFont(font)
        return item

    def _summarise(self) -> None:
        groups = self.result_groups()
        text = self.tr("Phát hiện {0} nhóm, {1} nhiệm vụ.").format(len(groups), sum(len(t) for _, t in groups))
        notes = [s.line for s in self.reading.skipped]
        if notes:
            skipped = "; ".join(n[:60] for n in notes[:4])
            text += " " + self.tr("Bỏ qua {0} dòng không phải nhiệm vụ: {1}").format(len(notes), skipped)
        self.summary.setText(text)

    def promote(self) -> None:
        """The selected task becomes a group; the tasks after it in its group go with it."""
        index = self.preview.currentIndex()
        item = self.model.itemFromIndex(index) if index.isValid() else None
        if item is None or item.data(KIND) != TASK or item.parent() is None:
            return
        parent = item.parent()
        row = item.row()
        taken = [parent.takeRow(row)[0] for _ in range(parent.rowCount() - row)]
        group = self._item(taken[0].text(), GROUP)
        for child in taken[1:]:
            group.appendRow(child)
        self.model.insertRow(parent.row() + 1, group)
        self.preview.expandAll()
        self.preview.setCurrentIndex(group.index())
        self._summarise()

    def demote(self) -> None:
        """The selected group becomes the last task of the group above; its tasks follow it."""
        index = self.preview.currentIndex()
        item = self.model.itemFromIndex(index) if index.isValid() else None
        if item is None or item.data(KIND) != GROUP or item.row() == 0:
            return
        above = self.model.item(item.row() - 1)
        children = [item.takeRow(0)[0] for _ in range(item.rowCount())]
        as_task = self._item(item.text(), TASK)
        self.model.removeRow(item.row())
        above.appendRow(as_task)
        for child in children:
            above.appendRow(child)
        self.preview.expandAll()
        self.preview.setCurrentIndex(as_task.index())
        self._summarise()

    def result_groups(self) -> list[tuple[str, list[str]]]:
        """The checked groups with their checked tasks, as edited."""
        result = []
        for row in range(self.model.rowCount()):
            group = self.model.item(row)
            if group.checkState() != Qt.CheckState.Checked:
                continue
            tasks = [group.child(i).text().strip() for i in range(group.rowCount())
                     if group.child(i).checkState() == Qt.CheckState.Checked and group.child(i).text().strip()]
            result.append((group.text().strip(), tasks))
        return result
