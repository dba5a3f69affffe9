"""A document a plan implements ("Thực hiện Chương trình hành động số 30-CTr/TU …"): pick one
already recorded, or record a new one with the document it itself implements (the chain)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.kinds import DOC_TYPE_LABELS, DocType
from desktop_app.domain.symbols import parse_number_symbol
from desktop_app.services.documents import DocumentInfo
from desktop_app.ui.formats import parse_date
from desktop_app.ui.labels import label
from desktop_app.ui.widgets.field_edit import mark_error
from desktop_app.ui.widgets.problem_label import ProblemLabel
from desktop_app.ui.widgets.vn_line_edit import VnLineEdit


class DocumentDialog(QDialog):
    def __init__(self, documents: list[DocumentInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("document_dialog")
        self.setWindowTitle(self.tr("Văn bản được thực hiện"))
        self.existing = QComboBox(self)
        self.existing.addItem(self.tr("— Văn bản mới (nhập bên dưới) —"), None)
        for doc in documents:
            self.existing.addItem(doc.citation, doc.id)
        self.doc_type = QComboBox(self)
        for kind in DocType:
            self.doc_type.addItem(label(DOC_TYPE_LABELS[kind]), kind.value)
        self.reference = VnLineEdit(self)
        self.reference.setPlaceholderText(self.tr("Ví dụ: 30-CTr/TU hoặc 137/KH-UBND"))
        self.issued = VnLineEdit(self)
        self.issued.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.issuer = VnLineEdit(self)
        self.issuer.setPlaceholderText(self.tr("Ví dụ: Ban Thường vụ Thành ủy Hà Nội"))
        self.title = VnLineEdit(self)
        self.parent_doc = QComboBox(self)
        self.parent_doc.addItem(self.tr("(không)"), None)
        for doc in documents:
            self.parent_doc.addItem(doc.citation, doc.id)
        self.problem = ProblemLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("Văn bản đã có:"), self.existing)
        form.addRow(self.tr("Loại:"), self.doc_type)
        form.addRow(self.tr("Số, ký hiệu:"), self.reference)
        form.addRow(self.tr("Ngày ban hành:"), self.issued)
        form.addRow(self.tr("Cơ quan ban hành:"), self.issuer)
        form.addRow(self.tr("Trích yếu:"), self.title)
        form.addRow(self.tr("Thực hiện văn bản:"), self.parent_doc)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(640, 320)

    def values(self) -> dict[str, object]:
        """The new document's fields, or ValueError naming what is wrong."""
        parsed = parse_number_symbol(self.reference.text())
        if parsed is None:
            mark_error(self.reference, self.tr("Số, ký hiệu không hợp lệ"))
            raise ValueError(self.tr("Số, ký hiệu không hợp lệ: {0} (ví dụ 30-CTr/TU)").format(self.reference.text()))
        mark_error(self.reference, None)
        try:
            issued = parse_date(self.issued.text())
        except ValueError:
            mark_error(self.issued, "x")
            raise
        mark_error(self.issued, None)
        parent = self.parent_doc.currentData()
        return {"doc_type": self.doc_type.currentData(), "number": parsed.number, "symbol": parsed.symbol,
                "issued_on": issued, "issuer": self.issuer.text().strip(), "title": self.title.text().strip(),
                "implements": [parent] if parent else []}

    def accept(self) -> None:
        if self.existing.currentData() is None:
            try:
                self.values()
            except ValueError as exc:
                self.problem.show_problem(str(exc))
                return
        super().accept()
