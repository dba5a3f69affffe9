"""Paste from Word, or open a plan file: the text on the left, every line on the right with what
it became (group, task, detail, skipped …) and why. The clerk mends any line from the keyboard —
Ctrl+1 group, Ctrl+2 task, Ctrl+3 detail, Ctrl+0 skip, Alt+←/→ outdent/indent, Ctrl+M merge with
the line above, Ctrl+K split, Space untick — edits the lead unit, units, deadline or recurrence in
place (F2), and accepts with Enter from anywhere except inside the multi-line text fields. Arrows
move between the preview's cells; Tab goes on to the full text, the buttons and the pasted text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.reading import Reading, read_text
from desktop_app.reading.encodings import to_unicode
from desktop_app.reading.model import DETAIL, GROUP, SKIPPED, TASK
from desktop_app.ui.models.reading_lines import LEAD, LINE, ReadingLinesModel
from desktop_app.ui.widgets.reading_delegate import ReadingDelegate
from desktop_app.ui.widgets.text_area import TextArea

PASTE = "paste"  # groups and tasks added to the plan open in the tasks view
PLAN = "plan"  # a whole new plan (Mở kế hoạch từ tệp…)


class PasteDialog(QDialog):
    def __init__(self, text: str = "", parent: QWidget | None = None, reading: Reading | None = None,
                 mode: str = PASTE, directory: list[str] | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self.directory = directory or []
        self.setObjectName("paste_dialog")
        self.setWindowTitle(self.tr("Dán nhiệm vụ từ văn bản") if mode == PASTE else self.tr("Mở kế hoạch từ tệp"))
        self.resize(1280, 680)
        self.source = QPlainTextEdit(self)
        self.source.setObjectName("paste_source")
        self.source.setPlaceholderText(self.tr("Dán (Ctrl+V) kế hoạch hoặc mục “Nhiệm vụ, giải pháp” vào đây…"))
        self.model = ReadingLinesModel(self)
        self.model.set_directory(self.directory)
        self.preview = QTableView(self)
        self.preview.setObjectName("paste_preview")
        self.preview.setModel(self.model)
        self.preview.setItemDelegate(ReadingDelegate(self.directory, self.preview))
        self.preview.setWordWrap(False)  # one line a row; the full text is in the box below
        self.preview.setAlternatingRowColors(True)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                     | QAbstractItemView.EditTrigger.DoubleClicked)
        self.preview.verticalHeader().setVisible(False)
        # arrows move between cells; Tab leaves for the full text, the buttons and the pasted text
        # (walking every cell, it kept them out of the keyboard's reach)
        self.preview.setTabKeyNavigation(False)
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(LINE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 75), (2, 170), (3, 130), (4, 130), (5, 80), (6, 85)):
            header.resizeSection(column, width)
        self.detail = TextArea(self, 3)
        self.detail.setObjectName("paste_detail")
        self.detail.setPlaceholderText(self.tr("Chọn một dòng để xem và sửa toàn văn; Ctrl+K tách dòng tại con trỏ"))
        self.detail.editingFinished.connect(self._detail_edited)
        self.preview.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show_detail(cur))
        self.summary = QLabel(self)
        self.summary.setObjectName("paste_summary")
        self.summary.setWordWrap(True)
        self.encoding_note = QLabel(self)
        self.encoding_note.setObjectName("paste_encoding")
        self.encoding_note.setWordWrap(True)
        self.encoding_note.hide()
        self.convert_button = QPushButton(self.tr("Thay văn bản bên trái bằng văn bản đã chuyển"), self)
        self.convert_button.setObjectName("paste_convert")
        self.convert_button.setAutoDefault(False)
        self.convert_button.clicked.connect(self.show_converted)
        self.convert_button.hide()

        actions = [
            (self.tr("Nhóm (Ctrl+1)"), "Ctrl+1", lambda: self.make(GROUP)),
            (self.tr("Nhiệm vụ (Ctrl+2)"), "Ctrl+2", lambda: self.make(TASK)),
            (self.tr("Chi tiết (Ctrl+3)"), "Ctrl+3", lambda: self.make(DETAIL)),
            (self.tr("Bỏ qua (Ctrl+0)"), "Ctrl+0", lambda: self.make(SKIPPED)),
            (self.tr("Gộp lên trên (Ctrl+M)"), "Ctrl+M", self.merge_up),
            (self.tr("Tách (Ctrl+K)"), "Ctrl+K", self.split),
            (self.tr("Thụt ra (Alt+←)"), "Alt+Left", lambda: self.shift(-1)),
            (self.tr("Thụt vào (Alt+→)"), "Alt+Right", lambda: self.shift(1)),
            (self.tr("Dùng đơn vị gợi ý (Ctrl+G)"), "Ctrl+G", self.use_suggestions),
        ]
        row = QHBoxLayout()
        for label, keys, slot in actions:
            button = QPushButton(label, self)
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            row.addWidget(button)
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
        row.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Thêm vào kế hoạch (Enter)") if mode == PASTE else self.tr("Tạo kế hoạch (Enter)"))
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.encoding_note)
        right_layout.addWidget(self.convert_button)
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.detail)
        right_layout.addLayout(row)
        splitter = QSplitter(self)
        splitter.addWidget(self.source)
        splitter.addWidget(right)
        splitter.setSizes([300, 980])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.reparse)
        self.model.dataChanged.connect(lambda *_: self._summarise())
        self.model.refused.connect(self._refused)
        self.model.rowsRemoved.connect(lambda *_: self._summarise())
        self.model.rowsInserted.connect(lambda *_: self._summarise())
        if reading is not None:  # a file: its lines (and tables) as read; the text shown, not re-read
            self.source.setPlainText("\n".join(line.shown for line in reading.lines))
            self.source.setReadOnly(True)
            self._load(reading)
        else:
            self.source.setPlainText(text)
            self.source.textChanged.connect(self.timer.start)
            self.source.installEventFilter(self)
            self.reparse()

    # ---- reading -------------------------------------------------------------------------------

    def reparse(self) -> None:
        self.timer.stop()
        self._load(read_text(self.source.toPlainText()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # leaving the pasted text reads it now: a re-reading due later would replace the line's
        # full text while the clerk already types in it
        if watched is self.source and event.type() == QEvent.Type.FocusOut and self.timer.isActive():
            self.reparse()
        return super().eventFilter(watched, event)

    def _load(self, reading: Reading) -> None:
        self.model.set_reading(reading)
        if reading.encoding:
            self.encoding_note.setText(self.tr(
                "Văn bản gõ bằng bảng mã {0} (phông chữ cũ) đã được chuyển sang Unicode trước khi đọc; các dòng bên "
                "dưới là văn bản đã chuyển.").format(reading.encoding.upper()))
        self.encoding_note.setVisible(bool(reading.encoding))
        self.convert_button.setVisible(bool(reading.encoding) and not self.source.isReadOnly())
        first_task = next((i for i, line in enumerate(self.model.lines) if line.kind in (GROUP, TASK)), 0)
        if self.model.rowCount():
            self.preview.setCurrentIndex(self.model.index(first_task, LINE))
        self._summarise()

    def show_converted(self) -> None:
        """The legacy-encoded text on the left replaced by its Unicode conversion (one undo in the box)."""
        text, encoding = to_unicode(self.source.toPlainText())
        if encoding:
            self.source.selectAll()
            self.source.insertPlainText(text)
            self.reparse()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.preview.setFocus()  # Enter accepts; the text box only takes Enter once the clerk goes there

    def _refused(self, message: str) -> None:
        self.summary.setText(f"<span style='color:#b00020'>{message}</span>")

    def _summarise(self) -> None:
        groups = self.model.groups
        tasks = sum(len(g.tasks) for g in groups)
        skipped = [ln for ln, ok in zip(self.model.lines, self.model.ticked, strict=True)
                   if not ok or ln.kind in (SKIPPED, "heading")]
        text = self.tr("Đọc được {0} nhóm, {1} nhiệm vụ.").format(len(groups), tasks)
        if skipped:
            text += " " + self.tr("Bỏ qua {0} dòng không phải nhiệm vụ (xem cột “Vì sao”).").format(len(skipped))
        plan = self.model.reading.plan
        if self.mode == PLAN and plan.title:
            text = self.tr("Kế hoạch: {0}.").format(plan.title) + " " + text
        suggested = sum(1 for t in self.model.tasks.values()
                        if any(self.model.suggestion(n) for n in [*filter(None, [t.lead_unit]), *t.coordinating_units]))
        if suggested:
            text += " " + self.tr("{0} nhiệm vụ có đơn vị viết gần giống một đơn vị trong danh mục (≈; Ctrl+G để dùng "
                                  "tên trong danh mục).").format(suggested)
        missing = sum(1 for t in self.model.tasks.values() if not t.lead_unit)
        if missing:
            text += " " + self.tr("{0} nhiệm vụ chưa có đơn vị chủ trì (F2 ở cột “Chủ trì” để nhập).").format(missing)
        self.summary.setText(text)
        self.ok.setEnabled(tasks > 0)

    # ---- mending -------------------------------------------------------------------------------

    def _row(self) -> int:
        index = self.preview.currentIndex()
        return index.row() if index.isValid() else -1

    def _keep(self, row: int) -> None:
        row = max(0, min(row, self.model.rowCount() - 1))
        if self.model.rowCount():
            self.preview.setCurrentIndex(self.model.index(row, LINE))

    def make(self, kind: str) -> None:
        row = self._row()
        if row >= 0:
            self.model.set_kind(row, kind, self.tr("sửa tay"))
            self._keep(row)

    def shift(self, step: int) -> None:
        row = self._row()
        if row >= 0:
            self.model.shift(row, step, self.tr("sửa tay (thụt dòng)"))
            self._keep(row)

    def merge_up(self) -> None:
        row = self._row()
        if row > 0 and self.model.merge_up(row, self.tr("sửa tay (gộp với dòng dưới)")):
            self._keep(row - 1)

    def split(self) -> None:
        row = self._row()
        if row < 0:
            return
        at = self.detail.textCursor().position() if self.detail.hasFocus() else None
        if self.model.split(row, at, self.tr("sửa tay (tách dòng)")):
            self._keep(row + 1)

    def use_suggestions(self) -> None:
        row = self._row()
        if row >= 0:
            self.model.use_suggestions(row)

    def _show_detail(self, index: QModelIndex) -> None:
        self.detail.setPlainText(self.model.lines[index.row()].text if index.isValid() else "")

    def _detail_edited(self) -> None:
        row = self._row()
        text = self.detail.toPlainText().strip()
        if row >= 0 and text and text != self.model.lines[row].text:
            self.model.setData(self.model.index(row, LINE), text)

    def edit_unit(self) -> None:
        """F2 on the lead-unit cell of the current task."""
        row = self._row()
        if row >= 0:
            self.preview.setCurrentIndex(self.model.index(row, LEAD))
            self.preview.edit(self.model.index(row, LEAD))

    def result_reading(self) -> Reading:
        return self.model.result()

    def result_groups(self) -> list[tuple[str, list[str]]]:
        """The groups with their tasks' full text, as mended."""
        return [(g.title, [t.full_text for t in g.tasks]) for g in self.model.groups]
