""""Tài liệu kèm theo": the evidence documents of a plan, a task or a progress update — list,
add (a file, or only the document's reference), delete, and open a file with the system's
default program (a checked copy in a temp folder; the program itself never runs a file)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.symbols import parse_number_symbol
from desktop_app.services import attachments as attachment_service
from desktop_app.services.attachments import MIME_BY_EXTENSION, AttachmentInfo, extension
from desktop_app.ui.formats import format_date, parse_date
from desktop_app.ui.ops import OpRunner, error_text
from desktop_app.ui.widgets.problem_label import ProblemLabel
from desktop_app.ui.widgets.read_only_table import ReadOnlyTable
from desktop_app.ui.widgets.vn_line_edit import VnLineEdit

ATTACHMENTS = frozenset({"attachments"})
KINDS = {"pdf": "PDF", "docx": "Word", "doc": "Word", "xlsx": "Excel", "xls": "Excel"}


def size_text(size: int | None) -> str:
    if size is None:
        return ""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB".replace(".", ",")


class AttachmentsDialog(QDialog):
    def __init__(self, runner: OpRunner, owner_kind: str, owner_id: str, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachments_dialog")
        self.setWindowTitle(self.tr("Tài liệu kèm theo"))
        self.resize(900, 460)
        self.runner, self.owner_kind, self.owner_id = runner, owner_kind, owner_id
        self.items: list[AttachmentInfo] = []
        self.heading = QLabel(title, self)
        self.heading.setWordWrap(True)
        self.table = ReadOnlyTable("attachment_table", [
            self.tr("Số, ký hiệu"), self.tr("Ngày"), self.tr("Cơ quan ban hành"), self.tr("Trích yếu"),
            self.tr("Tên tệp"), self.tr("Dung lượng"), self.tr("Loại")], (110, 82, 150, 170, 170, 78), self)
        self.table.activated.connect(lambda _index: self.open_current())
        self.reference = VnLineEdit(self)
        self.reference.setPlaceholderText(self.tr("Ví dụ: 25/BC-PNV"))
        self.issued_on = VnLineEdit(self)
        self.issued_on.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.issuer = VnLineEdit(self)
        self.doc_title = VnLineEdit(self)
        for name, edit in (("reference", self.reference), ("issued_on", self.issued_on), ("issuer", self.issuer),
                           ("title", self.doc_title)):
            edit.setObjectName(f"attachment_{name}")
        form = QGridLayout()
        form.addWidget(QLabel(self.tr("Số, ký hiệu:"), self), 0, 0)
        form.addWidget(self.reference, 0, 1)
        form.addWidget(QLabel(self.tr("Ngày ban hành:"), self), 0, 2)
        form.addWidget(self.issued_on, 0, 3)
        form.addWidget(QLabel(self.tr("Cơ quan ban hành:"), self), 1, 0)
        form.addWidget(self.issuer, 1, 1)
        form.addWidget(QLabel(self.tr("Trích yếu:"), self), 1, 2)
        form.addWidget(self.doc_title, 1, 3)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 2)
        self.add_file_button = QPushButton(self.tr("Thêm tệp…"), self)
        self.add_file_button.setToolTip(self.tr("Chọn tệp PDF, Word, Excel hoặc ảnh; số, ký hiệu, ngày, cơ quan "
                                                "nhập ở trên được ghi kèm (Insert)"))
        self.add_reference_button = QPushButton(self.tr("Chỉ ghi số hiệu văn bản"), self)
        self.add_reference_button.setToolTip(self.tr("Ghi văn bản không kèm tệp (số, ký hiệu, ngày, cơ quan)"))
        self.open_button = QPushButton(self.tr("Mở tệp"), self)
        self.open_button.setToolTip(self.tr("Mở bằng chương trình mặc định của máy (Enter)"))
        self.delete_button = QPushButton(self.tr("Xóa"), self)
        self.delete_button.setToolTip(self.tr("Xóa văn bản đang chọn (Delete)"))
        self.add_file_button.clicked.connect(self.add_file)
        self.add_reference_button.clicked.connect(lambda: self.add(None))
        self.open_button.clicked.connect(self.open_current)
        self.delete_button.clicked.connect(self.delete_current)
        insert = QAction(self)
        insert.setShortcut(QKeySequence("Ins"))
        insert.triggered.connect(self.add_file)
        self.addAction(insert)
        delete = QAction(self.table)
        delete.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_current)
        self.table.addAction(delete)
        self.problem = ProblemLabel(self)
        self.status = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.add_file_button, self.add_reference_button):
            row.addWidget(button)
        row.addStretch(1)
        for button in (self.open_button, self.delete_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.load()

    # ---- list ---------------------------------------------------------------------------------

    def load(self) -> None:
        self.runner.read(attachment_service.list_attachments, self.owner_kind, self.owner_id,
                         on_done=self.show_items, on_error=lambda exc: self.problem.show_problem(error_text(exc)))

    def show_items(self, items: list[AttachmentInfo]) -> None:
        self.items = items
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            kind = extension(item.file_name)
            values = [item.reference, format_date(item.issued_on), item.issuer, item.title,
                      item.file_name if item.has_file or not item.file_name
                      else self.tr("{0} (chưa có tệp trên máy này)").format(item.file_name),
                      size_text(item.size), KINDS.get(kind, kind.upper()) if kind in MIME_BY_EXTENSION else ""]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                self.table.setItem(row, column, cell)
        if items and self.table.currentRow() < 0:
            self.table.setCurrentCell(0, 0)
        self.status.setText(self.tr("{0} văn bản").format(len(items)) if items
                            else self.tr("Chưa có văn bản nào. Nhập số hiệu rồi nhấn «Thêm tệp…»."))

    def current(self) -> AttachmentInfo | None:
        row = self.table.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def cell(self, row: int, column: int) -> str:
        return self.table.cell(row, column)

    # ---- adding -------------------------------------------------------------------------------

    def choose_file(self) -> str:
        filter_text = self.tr("Văn bản, ảnh ({0});;Mọi tệp (*)").format(
            " ".join(f"*.{e}" for e in MIME_BY_EXTENSION))
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp đính kèm"), "", filter_text)
        return path

    def add_file(self) -> None:
        path = self.choose_file()
        if path:
            self.add(Path(path))

    def add(self, path: Path | None) -> None:
        """Attach the file (or only the reference typed above); a refusal leaves nothing behind."""
        try:
            issued_on = parse_date(self.issued_on.text())
        except ValueError as exc:
            self.problem.show_problem(str(exc))
            self.issued_on.setFocus()
            return
        text = self.reference.text().strip()
        found = parse_number_symbol(text) if text else None
        number, symbol = (found.number, found.symbol) if found else ("", text)
        self.runner.run(attachment_service.attach, self.owner_kind, self.owner_id, path, number=number,
                        symbol=symbol, issued_on=issued_on, issuer=self.issuer.text().strip(),
                        title=self.doc_title.text().strip(), changes=ATTACHMENTS, on_done=self._added,
                        on_error=lambda exc: self.problem.show_problem(error_text(exc)))

    def _added(self, info: AttachmentInfo) -> None:
        for edit in (self.reference, self.issued_on, self.issuer, self.doc_title):
            edit.clear()
        self.problem.show_problem("")
        self.status.setText(self.tr("Đã đính kèm {0}.").format(info.file_name or info.reference or info.title))
        self.load()

    # ---- opening, deleting ----------------------------------------------------------------------

    def open_current(self) -> None:
        item = self.current()
        if item is None:
            return
        if not item.has_file:
            self.problem.show_problem(self.tr("Văn bản này chỉ có số hiệu, không kèm tệp trên máy này."))
            return
        self.runner.read(attachment_service.open_copy, item.id, on_done=self._open,
                         on_error=lambda exc: self.problem.show_problem(error_text(exc)))

    def _open(self, path: Path) -> None:
        """The system's default program opens the copy; nothing is executed by this program."""
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.problem.show_problem(self.tr("Máy chưa có chương trình mở được tệp này: {0}").format(path))

    def confirm_delete(self, item: AttachmentInfo) -> bool:
        what = item.file_name or item.reference or item.title
        answer = QMessageBox.question(self, self.tr("Xóa tài liệu"), self.tr("Xóa «{0}» khỏi danh sách tài liệu kèm "
                                                                         "theo?").format(what))
        return answer == QMessageBox.StandardButton.Yes

    def delete_current(self) -> None:
        item = self.current()
        if item is None or not self.confirm_delete(item):
            return
        self.runner.run(attachment_service.delete_attachment, item.id, changes=ATTACHMENTS,
                        on_done=lambda _r: self.load(),
                        on_error=lambda exc: self.problem.show_problem(error_text(exc)))
