""""Tiếp tục kế hoạch sau sắp xếp đơn vị…": a plan whose units were dissolved is carried on by one
amending document. The dialog suggests, for each dissolved unit, its successor(s) (editable: names
separated by ";") and shows what each open task becomes; OK records the amendment in ONE
operation (services/succession.carry_on_plan); a refused name is named and nothing is written."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.symbols import parse_number_symbol
from desktop_app.services import succession
from desktop_app.services.database import Database
from desktop_app.services.errors import ValidationError
from desktop_app.services.revisions import AMENDMENT_TYPES
from desktop_app.services.units import get_unit
from desktop_app.ui.formats import parse_date
from desktop_app.ui.ops import OpRunner, error_text

DEFAULT_DAY = date(2025, 7, 1)


def _carry_on(db: Database, plan_id: str, on: date, names: dict[str, list[str]], doc_type: str, number: str,
              symbol: str, issued_on: date | None, issuer: str, new_issuer: str) -> succession.CarryOn:
    mapping = succession.mapping_from_names(db, names)
    _, done = succession.carry_on_plan(db, plan_id, on, number=number, symbol=symbol, issued_on=issued_on,
                                       issuer=issuer, doc_type=doc_type, mapping=mapping,
                                       new_issuer=new_issuer or None)
    return done


def _suggest(db: Database, plan_id: str, on: date) -> tuple[succession.CarryOn, str | None]:
    """The suggestion, and the successor suggested to report on the plan when its issuer was
    dissolved ("" when it has no successor yet; None while the issuer exists)."""
    suggestion = succession.suggest_carry_on(db, plan_id, on)
    try:
        reporting = succession.issuer_successors(db, plan_id, on, suggestion.mapping)
    except ValidationError:
        return suggestion, ""
    if not reporting:
        return suggestion, None
    return suggestion, suggestion.names.get(reporting[0]) or get_unit(db, reporting[0]).name


class CarryOnDialog(QDialog):
    def __init__(self, runner: OpRunner, plan_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("carry_on")
        self.setWindowTitle(self.tr("Tiếp tục kế hoạch sau sắp xếp đơn vị"))
        self.resize(900, 560)
        self.runner = runner
        self.plan_id = plan_id
        self.suggestion: succession.CarryOn | None = None
        self.day = QLineEdit(DEFAULT_DAY.strftime("%d/%m/%Y"), self)
        self.day.setObjectName("carry_on_day")
        self.doc_type = QComboBox(self)
        for code in AMENDMENT_TYPES:
            self.doc_type.addItem(code, code)
        self.doc_type.setCurrentIndex(AMENDMENT_TYPES.index("CV"))
        self.reference = QLineEdit(self)
        self.reference.setObjectName("carry_on_reference")
        self.reference.setPlaceholderText(self.tr("Ví dụ: 2150/UBND-NC"))
        self.issued = QLineEdit(self)
        self.issuer = QLineEdit(self)
        self.issuer.setPlaceholderText(self.tr("Ví dụ: UBND thành phố Hà Nội"))
        form = QFormLayout()
        form.addRow(self.tr("Có hiệu lực từ ngày:"), self.day)
        form.addRow(self.tr("Loại văn bản:"), self.doc_type)
        form.addRow(self.tr("Số, ký hiệu:"), self.reference)
        form.addRow(self.tr("Ngày ban hành:"), self.issued)
        form.addRow(self.tr("Cơ quan ban hành:"), self.issuer)
        self.new_issuer = QLineEdit(self)
        self.new_issuer.setObjectName("carry_on_new_issuer")
        self.new_issuer.setPlaceholderText(self.tr("Đơn vị ban hành kế hoạch còn hoạt động"))
        self.new_issuer.setToolTip(self.tr("Đơn vị ban hành kế hoạch đã giải thể: đơn vị kế thừa đứng tên báo cáo "
                                           "các kỳ từ ngày có hiệu lực"))
        form.addRow(self.tr("Đơn vị báo cáo kế hoạch từ ngày này:"), self.new_issuer)
        suggest = QPushButton(self.tr("Gợi ý đơn vị kế thừa"), self)
        suggest.clicked.connect(self.load)
        self.mapping = QTableWidget(0, 2, self)
        self.mapping.setObjectName("carry_on_mapping")
        self.mapping.setHorizontalHeaderLabels([self.tr("Đơn vị đã giải thể"),
                                                self.tr("Đơn vị kế thừa (cách nhau dấu ;)")])
        self.mapping.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tasks = QTableWidget(0, 4, self)
        self.tasks.setObjectName("carry_on_tasks")
        self.tasks.setHorizontalHeaderLabels([self.tr("STT"), self.tr("Nhiệm vụ"), self.tr("Chủ trì (mới)"),
                                              self.tr("Phối hợp (mới)")])
        self.tasks.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.problem = QLabel(self)
        self.problem.setObjectName("carry_on_problem")
        self.problem.setStyleSheet("color: #b3261e")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.record)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(suggest)
        layout.addWidget(self.mapping)
        self.notes = QLabel(self)
        self.notes.setObjectName("carry_on_notes")
        self.notes.setWordWrap(True)
        layout.addWidget(self.notes)
        layout.addWidget(QLabel(self.tr("Các nhiệm vụ chưa hoàn thành được giao lại:"), self))
        layout.addWidget(self.tasks)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _day(self) -> date | None:
        day = parse_date(self.day.text())
        if day is None:
            self.problem.setText(self.tr("Ngày có hiệu lực không hợp lệ: {0}").format(self.day.text()))
        return day

    def load(self) -> None:
        day = self._day()
        if day is None:
            return
        self.runner.read(_suggest, self.plan_id, day, on_done=self._show,
                        on_error=lambda exc: self.problem.setText(error_text(exc)))

    def _show(self, found: tuple[succession.CarryOn, str | None]) -> None:
        suggestion, reporting = found
        self.suggestion = suggestion
        self.problem.clear()
        self.new_issuer.setText(reporting or "")
        self.new_issuer.setEnabled(reporting is not None)
        self.notes.setText("\n".join(self.tr("Gợi ý theo bảng sắp xếp đơn vị năm 2025: {0}").format(note)
                                      for note in suggestion.notes.values()))
        self.mapping.setRowCount(len(suggestion.mapping))
        for row, (old, new) in enumerate(suggestion.mapping.items()):
            name = QTableWidgetItem(suggestion.names.get(old, old))
            name.setFlags(name.flags() & ~name.flags().ItemIsEditable)
            self.mapping.setItem(row, 0, name)
            self.mapping.setItem(row, 1, QTableWidgetItem("; ".join(suggestion.names.get(i, i) for i in new)))
        self.tasks.setRowCount(len(suggestion.tasks))
        for row, task in enumerate(suggestion.tasks):
            cells = [task.number, task.content, succession.names_of(suggestion, [task.lead_after]),
                     succession.names_of(suggestion, task.coordinators_after)]
            for column, text in enumerate(cells):
                self.tasks.setItem(row, column, QTableWidgetItem(text))
        if not suggestion.tasks:
            self.problem.setText(self.tr("Kế hoạch không còn nhiệm vụ nào của đơn vị đã giải thể cần giao lại."))

    def typed_mapping(self) -> dict[str, list[str]]:
        assert self.suggestion is not None
        olds = list(self.suggestion.mapping)
        typed: dict[str, list[str]] = {}
        for row in range(self.mapping.rowCount()):
            cell = self.mapping.item(row, 1)
            typed[olds[row]] = [n.strip() for n in (cell.text() if cell is not None else "").split(";") if n.strip()]
        return typed

    def record(self) -> None:
        day = self._day()
        reference = parse_number_symbol(self.reference.text())
        if day is None:
            return
        if self.suggestion is None:
            self.load()
            return
        if reference is None:
            self.problem.setText(self.tr("Cần số, ký hiệu của văn bản, ví dụ 2150/UBND-NC"))
            return
        issued = parse_date(self.issued.text()) if self.issued.text().strip() else None
        self.runner.run(_carry_on, self.plan_id, day, self.typed_mapping(), self.doc_type.currentData(),
                        reference.number, reference.symbol, issued, self.issuer.text().strip(),
                        self.new_issuer.text().strip() if self.new_issuer.isEnabled() else "",
                        changes={"tasks", "plans", "all"}, on_done=lambda _done: self.accept(),
                        on_error=self._refused)

    def _refused(self, exc: BaseException) -> None:
        self.problem.setText(exc.summary() if isinstance(exc, ValidationError) else error_text(exc))
