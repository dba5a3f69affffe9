"""The lines of a plan as the reader classified them, mended by the clerk: each row shows what
the line became (group, task, detail, skipped …), why, and for a task its units, deadline and
recurrence — all editable. Groups and tasks are rebuilt from the rows after every change."""

from __future__ import annotations

import copy
import re
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from desktop_app.domain.text import fold
from desktop_app.reading.draft import assemble
from desktop_app.reading.model import DETAIL, GROUP, SKIPPED, TASK, Reading, ReadLine, TaskDraft
from desktop_app.services.plan_drafts import unit_suggestions

Index = QModelIndex | QPersistentModelIndex
LINE, KIND, REASON, LEAD, WITH, DEADLINE, RECURRENCE = range(7)
LEVELS = (GROUP, TASK, DETAIL)


translate = QCoreApplication.translate


def kind_labels() -> dict[str, str]:
    return {
        "group": translate("ReadingLinesModel", "Nhóm"),
        "task": translate("ReadingLinesModel", "Nhiệm vụ"),
        "detail": translate("ReadingLinesModel", "Chi tiết"),
        "skipped": translate("ReadingLinesModel", "Bỏ qua"),
        "header": translate("ReadingLinesModel", "Phần đầu"),
        "target": translate("ReadingLinesModel", "Chỉ tiêu"),
        "document": translate("ReadingLinesModel", "Căn cứ"),
        "heading": translate("ReadingLinesModel", "Tiêu đề mục"),
    }


def recurrence_labels() -> dict[str | None, str]:
    return {
        None: "",
        "once": translate("ReadingLinesModel", "Một lần"),
        "yearly": translate("ReadingLinesModel", "Hằng năm"),
        "half_yearly": translate("ReadingLinesModel", "6 tháng"),
        "quarterly": translate("ReadingLinesModel", "Hằng quý"),
        "monthly": translate("ReadingLinesModel", "Hằng tháng"),
        "continuous": translate("ReadingLinesModel", "Thường xuyên"),
    }


def parse_day(text: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


class ReadingLinesModel(QAbstractTableModel):
    refused = Signal(str)  # an edit that could not be taken, said in a sentence
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.reading = Reading()
        self.lines: list[ReadLine] = []
        self.ticked: list[bool] = []
        self.tasks: dict[int, TaskDraft] = {}
        self.default_year: int | None = None
        self.headers = [
            translate("ReadingLinesModel", "Dòng (đã đọc)"),
            translate("ReadingLinesModel", "Thành"),
            translate("ReadingLinesModel", "Vì sao"),
            translate("ReadingLinesModel", "Chủ trì"),
            translate("ReadingLinesModel", "Phối hợp"),
            translate("ReadingLinesModel", "Hạn"),
            translate("ReadingLinesModel", "Lặp lại"),
        ]
        self.directory: dict[str, str] = {}  # folded name → the unit directory's name
        self._suggested: dict[str, str | None] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    # ---- the unit directory --------------------------------------------------------------------

    def set_directory(self, names: list[str]) -> None:
        self.directory = {fold(n): n for n in names}
        self._suggested = {}

    def suggestion(self, name: str) -> str | None:
        """The directory's name for a unit written slightly differently, or None (remembered: the
        preview asks for every visible cell at every paint)."""
        if not self.directory or fold(name) in self.directory:
            return None
        if name not in self._suggested:
            found = unit_suggestions([name], list(self.directory.values()), 1)
            self._suggested[name] = found[0] if found else None
        return self._suggested[name]

    def _unit_shown(self, name: str) -> str:
        if not self.directory or fold(name) in self.directory:
            return name
        hint = self.suggestion(name)
        return (f"{name} ≈ {hint}?" if hint
                else name + " " + translate("ReadingLinesModel", "(đơn vị mới)"))

    def use_suggestions(self, row: int) -> bool:
        """The current task's units replaced by the directory's names the preview suggests."""
        task = self.tasks.get(row)
        if task is None:
            return False
        lead = task.lead_unit and (self.suggestion(task.lead_unit) or task.lead_unit)
        others = [self.suggestion(n) or n for n in task.coordinating_units]
        if lead == task.lead_unit and others == task.coordinating_units:
            return False
        fields = self.lines[row].fields
        fields.setdefault("deadline", task.deadline)
        fields.setdefault("recurrence", task.recurrence)
        fields["lead_unit"], fields["coordinating_units"] = lead, others
        self._changed(row, row)
        return True

    # ---- loading and rebuilding ----------------------------------------------------------------

    def set_reading(self, reading: Reading) -> None:
        self.beginResetModel()
        self.reading = reading
        self.lines = [copy.deepcopy(line) for line in reading.lines]
        self.ticked = [True] * len(self.lines)
        self.default_year = reading.plan.date.year if reading.plan.date else None
        self._rebuild()
        self.endResetModel()

    def _rebuild(self) -> None:
        chosen = [
            ln if ok else ReadLine(ln.text, SKIPPED, ln.reason) for ln, ok in zip(self.lines, self.ticked, strict=True)
        ]
        groups = assemble(chosen, self.default_year, translate("ReadingLinesModel", "Nhiệm vụ, giải pháp"))
        drafts = iter([t for g in groups for t in g.tasks])
        self.tasks = {i: next(drafts) for i, ln in enumerate(chosen) if ln.kind == TASK}
        self.groups = groups

    def _changed(self, first: int = 0, last: int | None = None) -> None:
        self._rebuild()
        last = self.rowCount() - 1 if last is None else last
        if self.rowCount():
            self.dataChanged.emit(self.index(max(0, first), 0), self.index(max(0, last), self.columnCount() - 1))

    def result(self) -> Reading:
        """The reading as mended: header, chain and targets as read, groups and tasks from the rows."""
        mended = copy.copy(self.reading)
        mended.groups = self.groups
        mended.lines = [ln for ln, ok in zip(self.lines, self.ticked, strict=True) if ok]
        return mended

    # ---- Qt model ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == LINE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
        elif index.column() >= LEAD and self.lines[index.row()].kind == TASK:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _value(self, row: int, column: int) -> str:
        line = self.lines[row]
        if column == LINE:
            indent = {GROUP: "", TASK: "    ", DETAIL: "        "}.get(line.kind, "")
            return indent + line.shown
        if column == KIND:
            return (
                kind_labels().get(line.kind, line.kind)
                if self.ticked[row]
                else translate("ReadingLinesModel", "Bỏ qua (bỏ chọn)")
            )
        if column == REASON:
            return line.reason
        task = self.tasks.get(row)
        if task is None:
            return ""
        if column == LEAD:
            return self._unit_shown(task.lead_unit) if task.lead_unit else ""
        if column == WITH:
            return "; ".join(self._unit_shown(n) for n in task.coordinating_units)
        if column == DEADLINE:
            return task.deadline.strftime("%d/%m/%Y") if task.deadline else ""
        return recurrence_labels().get(task.recurrence, task.recurrence or "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._value(row, column)
        if role == Qt.ItemDataRole.EditRole:
            task = self.tasks.get(row)
            if column == LEAD and task is not None:
                return task.lead_unit or ""
            if column == WITH and task is not None:
                return "; ".join(task.coordinating_units)
            return self.lines[row].text if column == LINE else self._value(row, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == LINE:
            return Qt.CheckState.Checked if self.ticked[row] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and self.lines[row].kind == GROUP and column <= KIND:
            return self._bold
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == LINE:
            self.ticked[row] = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif column == LINE:
            text = str(value).strip()
            if not text:
                return False
            self.lines[row].text = text
        else:
            line, task = self.lines[row], self.tasks.get(row)
            if task is None:
                return False
            fields = line.fields
            fields.setdefault("lead_unit", task.lead_unit)
            fields.setdefault("coordinating_units", list(task.coordinating_units))
            fields.setdefault("deadline", task.deadline)
            fields.setdefault("recurrence", task.recurrence)
            text = str(value).strip()
            if column == LEAD:
                fields["lead_unit"] = text or None
            elif column == WITH:
                fields["coordinating_units"] = [n.strip() for n in re.split(r"[;\n]", text) if n.strip()]
            elif column == DEADLINE:
                try:
                    fields["deadline"] = parse_day(text)
                except ValueError:
                    self.refused.emit(translate("ReadingLinesModel", "Hạn “{0}” không phải một ngày (dạng đúng: "
                                                "31/12/2025); giữ nguyên hạn cũ.").format(text))
                    return False
            else:
                found = [k for k, label in recurrence_labels().items() if label.casefold() == text.casefold()]
                if not found:
                    self.refused.emit(translate("ReadingLinesModel", "Lặp lại “{0}” không có trong danh sách; giữ "
                                                "nguyên.").format(text))
                    return False
                fields["recurrence"] = found[0]
            if fields["deadline"] is not None and fields["recurrence"] is None:
                fields["recurrence"] = "once"
        self._changed(row, row)
        return True

    # ---- mending -------------------------------------------------------------------------------

    def set_kind(self, row: int, kind: str, reason: str) -> None:
        line = self.lines[row]
        if line.kind == kind:
            return
        line.kind, line.reason = kind, reason
        self.ticked[row] = True
        self._changed(row)

    def shift(self, row: int, step: int, reason: str) -> None:
        """Indent (+1) or outdent (-1): group ↔ task ↔ detail; another line becomes a task."""
        kind = self.lines[row].kind
        if kind not in LEVELS:
            self.set_kind(row, TASK, reason)
            return
        level = max(0, min(len(LEVELS) - 1, LEVELS.index(kind) + step))
        self.set_kind(row, LEVELS[level], reason)

    def merge_up(self, row: int, reason: str) -> bool:
        if row <= 0:
            return False
        above, line = self.lines[row - 1], self.lines[row]
        above.text = f"{above.text} {line.shown if line.kind == DETAIL else line.text}".strip()
        above.reason = reason
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.lines[row]
        del self.ticked[row]
        self.endRemoveRows()
        self._changed(row - 1)
        return True

    def split(self, row: int, at: int | None, reason: str) -> bool:
        """Split a line at ``at`` (a character position), or else after its first "; " or ". "."""
        line = self.lines[row]
        text = line.text
        if at is None or not 0 < at < len(text):
            found = re.search(r"[;.]\s+", text)
            if found is None or found.end() >= len(text):
                return False
            at = found.end()
        first, second = text[:at].strip(), text[at:].strip()
        if not first or not second:
            return False
        line.text = first
        new = ReadLine(second, line.kind if line.kind in LEVELS else TASK, reason)
        self.beginInsertRows(QModelIndex(), row + 1, row + 1)
        self.lines.insert(row + 1, new)
        self.ticked.insert(row + 1, True)
        self.endInsertRows()
        self._changed(row)
        return True

    def task_count(self) -> int:
        return len(self.tasks)
