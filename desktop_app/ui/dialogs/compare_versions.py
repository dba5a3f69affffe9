""""So sánh với phiên bản ngày …": what changed in a plan between two dates — tasks added,
dropped, or changed (content, lead unit, coordinators, deadline, output: before → after) and the
amending document that made each change."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import revisions
from desktop_app.services.documents import DocumentInfo
from desktop_app.services.revisions import PlanChange
from desktop_app.ui.formats import format_date, parse_date
from desktop_app.ui.ops import OpRunner, error_text
from desktop_app.ui.widgets.problem_label import ProblemLabel
from desktop_app.ui.widgets.read_only_table import ReadOnlyTable
from desktop_app.ui.widgets.vn_line_edit import VnLineEdit

KIND_COLOURS = {"added": "#2e7d32", "dropped": "#c62828", "changed": "#1565c0"}


def default_start(issued_on: date | None, amendments: list[DocumentInfo], today: date) -> date:
    """The plan as first issued: its own date, or the day before its first amendment."""
    days = [d.issued_on - timedelta(days=1) for d in amendments if d.issued_on is not None]
    if issued_on is not None:
        days.append(issued_on)
    return min(days) if days else today


def _field_line(label: str, before: str, after: str) -> str:
    """"Thời hạn: 30/06/2025 → 31/12/2025"; long texts before and after on lines of their own."""
    before, after = before or "—", after or "—"
    if len(before) + len(after) <= 80:
        return f"{label}: {before} → {after}"
    return f"{label}: {before}\n→ {after}"


class CompareVersionsDialog(QDialog):
    def __init__(self, runner: OpRunner, plan_id: str, plan_label: str, issued_on: date | None,
                 amendments: list[DocumentInfo], parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compare_versions_dialog")
        self.setWindowTitle(self.tr("So sánh phiên bản kế hoạch"))
        self.resize(1000, 520)
        self.runner, self.plan_id = runner, plan_id
        self.documents = {d.id: d for d in amendments}
        self.changes: list[PlanChange] = []
        today = today or date.today()
        heading = QLabel(f"<b>{plan_label}</b>", self)
        heading.setWordWrap(True)
        self.day_a = VnLineEdit(format_date(default_start(issued_on, amendments, today)), self)
        self.day_a.setObjectName("compare_day_a")
        self.day_b = VnLineEdit(format_date(today), self)
        self.day_b.setObjectName("compare_day_b")
        for edit in (self.day_a, self.day_b):
            edit.setFixedWidth(110)
            edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
            edit.returnPressed.connect(self.compare)
        self.marks = QComboBox(self)
        self.marks.setObjectName("compare_marks")
        self.marks.addItem(self.tr("— Chọn mốc —"), None)
        if issued_on is not None:
            self.marks.addItem(self.tr("Ngày ban hành kế hoạch ({0})").format(format_date(issued_on)), issued_on)
        for doc in amendments:
            if doc.issued_on is not None:
                self.marks.addItem(self.tr("Trước văn bản {0} ({1})").format(
                    doc.reference, format_date(doc.issued_on - timedelta(days=1))), doc.issued_on - timedelta(days=1))
                self.marks.addItem(self.tr("Theo văn bản {0} ({1})").format(
                    doc.reference, format_date(doc.issued_on)), doc.issued_on)
        self.marks.activated.connect(self._mark_chosen)
        self.compare_button = QPushButton(self.tr("So sánh"), self)
        self.compare_button.clicked.connect(self.compare)
        self.table = ReadOnlyTable("compare_table", [
            self.tr("STT"), self.tr("Thay đổi"), self.tr("Nhiệm vụ"), self.tr("Nội dung thay đổi (trước → sau)"),
            self.tr("Văn bản")], (50, 80, 280, 360), self)
        self.table.horizontalHeader().sectionResized.connect(lambda *_a: self.table.resizeRowsToContents())
        self.problem = ProblemLabel(self)
        self.status = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        dates = QHBoxLayout()
        dates.addWidget(QLabel(self.tr("Phiên bản ngày:"), self))
        dates.addWidget(self.day_a)
        dates.addWidget(self.marks)
        dates.addWidget(QLabel(self.tr("so với ngày:"), self))
        dates.addWidget(self.day_b)
        dates.addWidget(self.compare_button)
        dates.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(dates)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.compare()

    def _mark_chosen(self, index: int) -> None:
        day = self.marks.itemData(index)
        if isinstance(day, date):
            self.day_a.setText(format_date(day))
            self.compare()

    def _field_labels(self) -> dict[str, str]:
        return {"content": self.tr("Nội dung"), "lead_unit_id": self.tr("Đơn vị chủ trì"),
                "coordinating_unit_ids": self.tr("Đơn vị phối hợp"), "schedule": self.tr("Thời hạn"),
                "output": self.tr("Sản phẩm")}

    def compare(self) -> None:
        try:
            day_a, day_b = parse_date(self.day_a.text()), parse_date(self.day_b.text())
        except ValueError as exc:
            self.problem.show_problem(str(exc))
            return
        if day_a is None or day_b is None:
            self.problem.show_problem(self.tr("Cần cả hai ngày để so sánh (dd/mm/yyyy)."))
            return
        self.problem.show_problem("")
        self.runner.read(revisions.compare_plan, self.plan_id, day_a, day_b,
                         on_done=lambda changes: self.show_changes(changes, day_a, day_b),
                         on_error=lambda exc: self.problem.show_problem(error_text(exc)))

    def show_changes(self, changes: list[PlanChange], day_a: date, day_b: date) -> None:
        self.changes = changes
        kinds = {"added": self.tr("Bổ sung"), "dropped": self.tr("Bãi bỏ"), "changed": self.tr("Sửa đổi")}
        labels = self._field_labels()
        self.table.setRowCount(len(changes))
        for row, change in enumerate(changes):
            detail = "\n".join(_field_line(labels.get(f.field, f.label), f.before, f.after) for f in change.fields)
            doc = self.documents.get(change.document_id or "")
            values = [change.number, kinds[change.kind], change.content, detail, doc.citation if doc else ""]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if column == 1:
                    item.setForeground(QColor(KIND_COLOURS[change.kind]))
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        counts = {kind: sum(1 for c in changes if c.kind == kind) for kind in kinds}
        self.status.setText(
            self.tr("Từ {0} đến {1}: bổ sung {2}, bãi bỏ {3}, sửa đổi {4} nhiệm vụ.").format(
                format_date(day_a), format_date(day_b), counts["added"], counts["dropped"], counts["changed"])
            if changes else self.tr("Kế hoạch ngày {0} và ngày {1} giống nhau.").format(format_date(day_a),
                                                                                      format_date(day_b)))

    def cell(self, row: int, column: int) -> str:
        return self.table.cell(row, column)
