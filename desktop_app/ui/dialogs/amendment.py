""""Ghi văn bản sửa đổi, bổ sung…": the amending document (type, number/symbol, dates, issuer)
and, in a table of the plan's tasks as they stand, what it changes — a task's content, lead unit
or deadline (changed cells turn yellow), a task dropped (Ctrl+Delete, struck out), a task added to
a group (Insert, green). OK (Ctrl+Enter) records everything as ONE operation; a refused row is
named and nothing is written."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.kinds import DOC_TYPE_LABELS, DocType
from desktop_app.domain.symbols import parse_number_symbol
from desktop_app.services import revisions
from desktop_app.services.database import Database
from desktop_app.services.documents import DocumentInfo
from desktop_app.services.errors import ValidationError
from desktop_app.services.revisions import AMENDMENT_TYPES, AmendmentItem
from desktop_app.services.tasks import GroupInfo, TaskInfo, list_groups, list_tasks
from desktop_app.ui.formats import format_schedule, parse_date, parse_schedule
from desktop_app.ui.labels import label
from desktop_app.ui.models.roles import EDITOR_ROLE, ERROR_ROLE
from desktop_app.ui.models.unit_lookup import UnitLookup
from desktop_app.ui.ops import OpRunner, error_text
from desktop_app.ui.widgets.completing_edit import CompletingLineEdit
from desktop_app.ui.widgets.delegate import GridDelegate
from desktop_app.ui.widgets.field_edit import mark_error
from desktop_app.ui.widgets.grid_view import GridView
from desktop_app.ui.widgets.problem_label import ProblemLabel
from desktop_app.ui.widgets.vn_line_edit import VnLineEdit

NUMBER, CONTENT, LEAD, DEADLINE, CHANGE = range(5)
FIELDS = {CONTENT: "content", LEAD: "lead_unit_id", DEADLINE: "schedule"}
EDITORS = {CONTENT: "text", LEAD: "unit", DEADLINE: "schedule"}
ORIGINAL_ROLE = Qt.ItemDataRole.UserRole + 30  # the cell's text as the plan stands
CHANGES = frozenset({"tasks", "plans", "all"})  # "all": the task grid and reports re-read the plan
COLOURS = {"changed": "#fff3c4", "added": "#e3f4e1", "dropped": "#eeeeee", "group": "#e8eef6"}


@dataclass(frozen=True)
class PlanTasks:
    """What the dialog shows: the plan's groups, its tasks in force (not dropped), and how many
    task rows each group already has (a new task is numbered after them)."""

    plan_id: str
    groups: list[GroupInfo]
    tasks: list[TaskInfo]
    group_sizes: dict[str, int]


def plan_tasks(db: Database, plan_id: str) -> PlanTasks:
    every = list_tasks(db, plan_id)
    live = {v.task_id for v in revisions.plan_as_of(db, plan_id, date.max)}
    sizes: dict[str, int] = {}
    for task in every:
        sizes[task.group_id] = sizes.get(task.group_id, 0) + 1
    return PlanTasks(plan_id, list_groups(db, plan_id), [t for t in every if t.id in live], sizes)


@dataclass
class Line:
    """One table row: a group heading, a task of the plan, or a task the amendment adds."""

    kind: str  # group | task | new
    group: GroupInfo
    task: TaskInfo | None = None
    dropped: bool = False
    number: str = ""


class AmendmentDialog(QDialog):
    def __init__(self, runner: OpRunner, data: PlanTasks, plan_label: str, units: UnitLookup,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("amendment_dialog")
        self.setWindowTitle(self.tr("Ghi văn bản sửa đổi, bổ sung kế hoạch"))
        self.runner, self.data, self.units = runner, data, units
        self.recorded: DocumentInfo | None = None
        self.lines: list[Line] = []
        self._loading = False
        heading = QLabel(f"<b>{plan_label}</b>", self)
        heading.setWordWrap(True)
        self.doc_type = QComboBox(self)
        self.doc_type.setObjectName("amendment_type")
        for code in AMENDMENT_TYPES:
            text = self.tr("Kế hoạch sửa đổi, bổ sung") if code == DocType.KE_HOACH else label(
                DOC_TYPE_LABELS[DocType(code)])
            self.doc_type.addItem(text, code)
        self.reference = self._line("amendment_reference", self.tr("Ví dụ: 150/KH-UBND"))
        self.issued = self._line("amendment_issued", self.tr("dd/mm/yyyy"), 110)
        self.effective = self._line("amendment_effective", self.tr("mặc định: ngày ban hành"), 160)
        self.issuer = CompletingLineEdit(lambda t: [u.name for u in units.matches(t)], parent=self)
        self.issuer.setObjectName("amendment_issuer")
        self.issuer.setPlaceholderText(self.tr("Ví dụ: UBND phường Ba Đình"))
        self.title = self._line("amendment_title", self.tr("Ví dụ: Sửa đổi, bổ sung Kế hoạch số 137/KH-UBND"))
        dates = QHBoxLayout()
        dates.addWidget(self.issued)
        dates.addWidget(QLabel(self.tr("Có hiệu lực từ ngày:"), self))
        dates.addWidget(self.effective)
        dates.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Loại văn bản:"), self.doc_type)
        form.addRow(self.tr("Số, ký hiệu:"), self.reference)
        form.addRow(self.tr("Ngày ban hành:"), dates)
        form.addRow(self.tr("Cơ quan ban hành:"), self.issuer)
        form.addRow(self.tr("Trích yếu:"), self.title)
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels([self.tr("STT"), self.tr("Nội dung nhiệm vụ"), self.tr("Đơn vị chủ trì"),
                                              self.tr("Thời hạn"), self.tr("Thay đổi")])
        self.table = GridView(self)  # spreadsheet keys: type or F2 to edit, Enter down, Tab right
        self.table.setObjectName("amendment_table")
        self.table.setModel(self.model)
        self.table.setItemDelegate(GridDelegate(units, self.table))
        self.table.setAlternatingRowColors(False)
        header = self.table.horizontalHeader()
        for column, width in ((NUMBER, 50), (LEAD, 210), (DEADLINE, 130), (CHANGE, 80)):
            self.table.setColumnWidth(column, width)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(CONTENT, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_a: self._fit_rows())
        self.model.itemChanged.connect(self._item_changed)
        self._shortcut(self.tr("Bổ sung nhiệm vụ vào nhóm"), "Ins", self.add_task)
        self._shortcut(self.tr("Bãi bỏ / khôi phục nhiệm vụ"), "Ctrl+Del", self.toggle_drop)
        self.summary = QLabel(self)
        self.summary.setObjectName("amendment_summary")
        keys = QLabel(self.tr("F2 hoặc gõ chữ: sửa ô · Insert: bổ sung nhiệm vụ vào nhóm · Ctrl+Delete: bãi bỏ / "
                              "khôi phục · Ctrl+Enter: ghi"), self)
        keys.setStyleSheet("QLabel { color: #555; }")
        keys.setWordWrap(True)
        self.problem = ProblemLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Ghi văn bản sửa đổi"))
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)  # Enter commits a cell; only Ctrl+Enter records
                button.setDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        save = QAction(self)
        save.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        save.triggered.connect(self.accept)
        self.addAction(save)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("<b>Nhiệm vụ của kế hoạch và thay đổi theo văn bản này</b>"), self))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(keys)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._fill()
        self.resize(1060, 680)
        self.reference.setFocus()

    def _line(self, name: str, placeholder: str, width: int = 0) -> QLineEdit:
        edit = VnLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        if width:
            edit.setFixedWidth(width)
        return edit

    def _shortcut(self, text: str, keys: str, slot: Any) -> None:
        action = QAction(text, self.table)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.table.addAction(action)

    # ---- the table ----------------------------------------------------------------------------

    def _fill(self) -> None:
        by_group: dict[str, list[TaskInfo]] = {}
        for task in self.data.tasks:
            by_group.setdefault(task.group_id, []).append(task)
        self._loading = True
        for group in self.data.groups:
            self._insert(len(self.lines), Line("group", group, number=group.number))
            for task in by_group.get(group.id, []):
                self._insert(len(self.lines), Line("task", group, task, number=task.number))
        self._loading = False
        self._update_summary()
        first = next((r for r, line in enumerate(self.lines) if line.kind == "task"), 0)
        self._go(first, CONTENT)

    def _insert(self, row: int, line: Line) -> None:
        self.lines.insert(row, line)
        task = line.task
        texts = {NUMBER: line.number, CHANGE: ""}
        if line.kind == "group":
            texts[CONTENT] = line.group.title
        elif task is not None:
            texts.update({CONTENT: task.content, LEAD: task.lead_unit_name, DEADLINE: format_schedule(task.schedule)})
        items = []
        for column in range(5):
            item = QStandardItem(texts.get(column, ""))
            item.setData(texts.get(column, ""), ORIGINAL_ROLE)
            editable = line.kind != "group" and column in FIELDS
            if editable:
                item.setData(EDITORS[column], EDITOR_ROLE)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            item.setFlags(flags | Qt.ItemFlag.ItemIsEditable if editable else flags)
            items.append(item)
        self.model.insertRow(row, items)
        if line.kind == "group":
            self.table.setSpan(row, CONTENT, 1, 4)
            font = self.model.item(row, CONTENT).font()
            font.setBold(True)
            for column in (NUMBER, CONTENT):
                self.model.item(row, column).setFont(font)
        self._paint(row)

    def _fit_rows(self) -> None:
        """Long contents wrap rather than being cut off; a group heading spans the row on one line."""
        self.table.resizeRowsToContents()
        line_height = self.table.fontMetrics().height() + 10
        for row, line in enumerate(self.lines):
            if line.kind == "group":
                self.table.setRowHeight(row, line_height)

    def _go(self, row: int, column: int) -> None:
        self.table.setCurrentIndex(self.model.index(row, column))

    def _changed_columns(self, row: int) -> list[int]:
        if self.lines[row].kind != "task":
            return []
        return [c for c in FIELDS if self.model.item(row, c).text().strip()
                != str(self.model.item(row, c).data(ORIGINAL_ROLE)).strip()]

    def _state(self, row: int) -> str:
        line = self.lines[row]
        if line.kind == "group":
            return "group"
        if line.kind == "new":
            return "added"
        if line.dropped:
            return "dropped"
        return "changed" if self._changed_columns(row) else ""

    def _paint(self, row: int) -> None:
        self._loading, was = True, self._loading
        state, changed = self._state(row), self._changed_columns(row)
        kinds = {"added": self.tr("Bổ sung"), "dropped": self.tr("Bãi bỏ"), "changed": self.tr("Sửa đổi")}
        self.model.item(row, CHANGE).setText(kinds.get(state, ""))
        for column in range(5):
            item = self.model.item(row, column)
            colour = COLOURS.get(state) if state != "changed" or column in changed else None
            item.setBackground(QBrush(QColor(colour)) if colour else QBrush())
            item.setToolTip(item.text())
            if self.lines[row].kind == "task":
                font = QFont(item.font())
                font.setStrikeOut(state == "dropped" and column != CHANGE)
                item.setFont(font)
                item.setForeground(QBrush(QColor("#777777")) if state == "dropped" else QBrush())
                flags = item.flags()
                editable = column in FIELDS and state != "dropped"
                item.setFlags(flags | Qt.ItemFlag.ItemIsEditable if editable else flags & ~Qt.ItemFlag.ItemIsEditable)
        self._loading = was

    def _item_changed(self, item: QStandardItem) -> None:
        if self._loading:
            return
        self._loading = True
        item.setData(None, ERROR_ROLE)
        if item.column() in (LEAD, DEADLINE) and item.text().strip():
            try:  # what was typed, written the way the plan writes it ("nội vụ" → "Phòng Nội vụ")
                value = self._parse(item.column(), item.text())
                item.setText(self.units.label(value) if item.column() == LEAD else format_schedule(value))
                self.problem.show_problem("")
            except ValueError as exc:
                item.setData(str(exc), ERROR_ROLE)
                self.problem.show_problem(f"{self._where(item.row())}, {self._column_name(item.column())}: {exc}")
        self._loading = False
        self._paint(item.row())
        self.table.resizeRowToContents(item.row())
        self._update_summary()

    def counts(self) -> dict[str, int]:
        states = [self._state(row) for row in range(len(self.lines))]
        return {kind: states.count(kind) for kind in ("added", "dropped", "changed")}

    def _update_summary(self) -> None:
        counts = self.counts()
        self.summary.setText(self.tr("Thay đổi theo văn bản này: bổ sung {0}, bãi bỏ {1}, sửa đổi {2} nhiệm vụ.")
                             .format(counts["added"], counts["dropped"], counts["changed"]))

    def add_task(self) -> None:
        """Insert: a new task at the end of the current row's group; type its content."""
        row = max(self.table.currentIndex().row(), 0)
        if not self.lines:
            return
        group = self.lines[row].group
        end = row + 1
        while end < len(self.lines) and self.lines[end].kind != "group":
            end += 1
        added = sum(1 for line in self.lines if line.kind == "new" and line.group.id == group.id)
        number = f"{group.number}.{self.data.group_sizes.get(group.id, 0) + added + 1}"
        self._insert(end, Line("new", group, number=number))
        self._update_summary()
        self._go(end, CONTENT)
        self.table.setFocus()
        self.table.edit(self.model.index(end, CONTENT))

    def toggle_drop(self) -> None:
        """Ctrl+Delete: drop the current task (again: keep it); a task added here is removed."""
        row = self.table.currentIndex().row()
        if not 0 <= row < len(self.lines):
            return
        line = self.lines[row]
        if line.kind == "new":
            del self.lines[row]
            self.model.removeRow(row)
            self._renumber_new(line.group)
        elif line.kind == "task":
            line.dropped = not line.dropped
            self._paint(row)
        self._update_summary()

    def _renumber_new(self, group: GroupInfo) -> None:
        rows = [r for r, line in enumerate(self.lines) if line.kind == "new" and line.group.id == group.id]
        for n, row in enumerate(rows, start=1):
            self.lines[row].number = f"{group.number}.{self.data.group_sizes.get(group.id, 0) + n}"
            self._loading = True
            self.model.item(row, NUMBER).setText(self.lines[row].number)
            self._loading = False

    # ---- recording ----------------------------------------------------------------------------

    def _where(self, row: int) -> str:
        line = self.lines[row]
        if line.kind == "new":
            return self.tr("Nhiệm vụ bổ sung {0}").format(line.number)
        return self.tr("Nhiệm vụ {0}").format(line.number)

    def _column_name(self, column: int) -> str:
        return str(self.model.headerData(column, Qt.Orientation.Horizontal))

    def _parse(self, column: int, text: str) -> Any:
        if column == CONTENT:
            if not text.strip():
                raise ValueError(self.tr("Nội dung nhiệm vụ không được để trống"))
            return text.strip()
        if column == LEAD:
            unit = self.units.find(text)
            return unit.id if unit else None
        return parse_schedule(text)

    def _row_item(self, row: int, problems: list[str]) -> AmendmentItem | None:
        line = self.lines[row]
        if line.kind == "task" and line.dropped:
            assert line.task is not None
            return AmendmentItem("drop", line.task.id, where=self._where(row))
        columns = list(FIELDS) if line.kind == "new" else self._changed_columns(row)
        values: dict[str, Any] = {}
        for column in columns:
            item = self.model.item(row, column)
            if line.kind == "new" and column != CONTENT and not item.text().strip():
                continue
            try:
                values[FIELDS[column]] = self._parse(column, item.text())
            except ValueError as exc:
                self._loading = True
                item.setData(str(exc), ERROR_ROLE)
                self._loading = False
                problems.append(f"{self._where(row)}, {self._column_name(column)}: {exc}")
        if line.kind == "new":
            return AmendmentItem("add", line.group.id, values, self._where(row))
        assert line.task is not None
        task = line.task
        same = {"content": task.content, "lead_unit_id": task.lead_unit_id, "schedule": task.schedule}
        values = {k: v for k, v in values.items() if v != same[k]}
        return AmendmentItem("change", task.id, values, self._where(row)) if values else None

    def items(self) -> tuple[list[AmendmentItem], list[str]]:
        """The changes the table holds, and what is wrong with them (row, column: reason)."""
        problems: list[str] = []
        found = [self._row_item(row, problems) for row in range(len(self.lines)) if self._state(row)
                 in ("added", "dropped", "changed")]
        return [item for item in found if item is not None], problems

    def document(self) -> dict[str, Any]:
        """The amending document's fields, or ValueError naming the field."""
        for edit in (self.reference, self.issued, self.effective):
            mark_error(edit, None)
        parsed = parse_number_symbol(self.reference.text())
        if parsed is None:
            mark_error(self.reference, "x")
            raise ValueError(self.tr("Số, ký hiệu: không hợp lệ: {0} (ví dụ 150/KH-UBND)").format(
                self.reference.text().strip()))
        dates: dict[str, date | None] = {}
        for name, edit, caption in (("issued_on", self.issued, self.tr("Ngày ban hành")),
                                    ("effective_from", self.effective, self.tr("Có hiệu lực từ ngày"))):
            try:
                dates[name] = parse_date(edit.text())
            except ValueError as exc:
                mark_error(edit, str(exc))
                raise ValueError(f"{caption}: {exc}") from None
        effective = dates["effective_from"] or dates["issued_on"]
        if effective is None:
            mark_error(self.effective, "x")
            raise ValueError(self.tr("Có hiệu lực từ ngày: cần ngày có hiệu lực (hoặc ngày ban hành)"))
        return {"doc_type": self.doc_type.currentData(), "number": parsed.number, "symbol": parsed.symbol,
                "issued_on": dates["issued_on"], "issuer": self.issuer.text().strip(),
                "title": self.title.text().strip(), "effective_from": effective}

    def accept(self) -> None:
        self.table.commit_open_editor()
        try:
            doc = self.document()
        except ValueError as exc:
            self.problem.show_problem(str(exc))
            return
        items, problems = self.items()
        if problems:
            self.problem.show_problem("\n".join(problems[:5]))
            return
        self.problem.show_problem("")
        self.runner.run(revisions.apply_amendment, self.data.plan_id, doc["doc_type"], doc["number"], doc["symbol"],
                        doc["issued_on"], doc["issuer"], doc["title"], doc["effective_from"], items,
                        changes=CHANGES, on_done=self._recorded, on_error=self._refused)

    def _recorded(self, doc: DocumentInfo) -> None:
        self.recorded = doc
        super().accept()

    def _refused(self, exc: BaseException) -> None:
        if not isinstance(exc, ValidationError):
            self.problem.show_problem(error_text(exc))
            return
        names = {"effective_from": self.tr("Có hiệu lực từ ngày"), "doc_type": self.tr("Loại văn bản"),
                 "number": self.tr("Số, ký hiệu")}
        self.problem.show_problem("\n".join(f"{names.get(p.where, p.where)}: {p.message}" if p.where else p.message
                                            for p in exc.problems[:5]))
        if any(p.where == "effective_from" for p in exc.problems):
            mark_error(self.effective, "x")
        wheres = {self._where(row): row for row in range(len(self.lines))}
        for problem in exc.problems:
            row = wheres.get(problem.where.split(",")[0])
            if row is not None:
                self._go(row, CONTENT)
                break

    def cell(self, row: int, column: int) -> str:
        return str(self.model.item(row, column).text())

    def row_of(self, number: str) -> int:
        return next(r for r, line in enumerate(self.lines) if line.number == number and line.kind != "group")
