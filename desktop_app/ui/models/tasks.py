"""The task grid of one plan: group rows, their task rows, and a "new task" row at the end.

Edits never write here: ``setData`` parses what was typed and either keeps it red with the reason
(invalid input never reaches the database and never disappears) or hands an undoable command to
the undo stack, whose service call comes back through :meth:`apply_task` or :meth:`set_error`.
Rows are read page by page (``services.tasks.task_page``): the controller reads the groups and the
first page, and ``fetchMore`` asks it for the next one as the grid scrolls, so a plan of 100,000
tasks opens at once. Code that needs rows not read yet (a far task, a whole group) calls
:meth:`reveal`, which reads on until they are there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from desktop_app.domain.schedule import Schedule
from desktop_app.services.tasks import Cursor, GroupInfo, TaskInfo
from desktop_app.ui.formats import format_date, format_schedule, parse_date, parse_schedule
from desktop_app.ui.models.base import TitledTableModel
from desktop_app.ui.models.roles import EDITOR_ROLE, ERROR_ROLE, ID_ROLE, KIND_ROLE, VALUE_ROLE
from desktop_app.ui.models.unit_lookup import UnitLookup

Index = QModelIndex | QPersistentModelIndex
ERROR_BG = QColor("#ffcdd2")
PENDING_FG = QColor("#5d4037")
UNASSIGNED_BG = QColor("#fff3e0")


@dataclass
class GridRow:
    kind: str  # "group" | "task" | "draft"
    group: GroupInfo | None
    task: TaskInfo | None = None
    position: int = 0  # draft rows: the 1-based position the new task takes in its group (0: at the end)

    @property
    def key(self) -> str:
        if self.kind == "task" and self.task:
            return self.task.id
        if self.kind == "group" and self.group:
            return self.group.id
        return f"draft:{self.group.id if self.group else ''}:{self.position}"


@dataclass(frozen=True)
class Column:
    field: str
    title: str
    editor: str
    width: int


COLUMNS = (
    Column("number", "STT", "none", 56),
    Column("content", "Nội dung nhiệm vụ", "text", 420),
    Column("lead_unit_id", "Đơn vị chủ trì", "unit", 180),
    Column("coordinating_unit_ids", "Đơn vị phối hợp", "units", 200),
    Column("schedule", "Thời hạn", "schedule", 125),
    Column("output", "Sản phẩm", "text", 160),
    Column("start_on", "Ngày bắt đầu", "date", 105),
)
CONTENT = 1


class TaskGridModel(TitledTableModel):
    problem = Signal(str)  # a refused value: the status bar shows why
    edit_requested = Signal(object)  # (row, field, old_value, new_value, typed_text)
    create_requested = Signal(object)  # (group_id, position, content)
    group_title_requested = Signal(object)  # (group_id, old_title, new_title)
    reloaded = Signal()

    def __init__(self, units: UnitLookup, parent: Any = None) -> None:
        super().__init__(parent)
        self.units = units
        self.plan_id: str | None = None
        self.rows: list[GridRow] = []  # the rows read so far, page by page
        self.all_groups: list[GroupInfo] = []  # every group of the plan (a few: read at once)
        self.sizes: dict[str, int] = {}  # tasks per group, read or not
        self._next_group = 0  # all_groups[:_next_group] have their row in rows
        self.more = False  # pages follow the last row
        self.after: Cursor | None = None  # where the next page starts
        self.fetching = False
        self.generation = 0  # set_data counts up: a page read for an older load is dropped
        self.fetch_page: Callable[[int, Cursor | None], None] | None = None  # set by the controller
        self._waiting: tuple[Callable[[], bool], Callable[[], None]] | None = None
        self.errors: dict[tuple[str, int], tuple[str, str]] = {}  # (key, col) → (typed, message)
        self.pending: dict[tuple[str, int], str] = {}  # typed text shown until the save comes back
        self.read_only = False  # a plan received from the level above: progress only
        self._titles()

    def _titles(self) -> None:
        self.titles = [self.tr("STT"), self.tr("Nội dung nhiệm vụ"), self.tr("Đơn vị chủ trì"),
                          self.tr("Đơn vị phối hợp"), self.tr("Thời hạn"), self.tr("Sản phẩm"),
                          self.tr("Ngày bắt đầu")]

    # ---- loading ------------------------------------------------------------------------------

    def set_data(self, plan_id: str | None, groups: list[GroupInfo], tasks: list[TaskInfo], more: bool = False,
                 after: Cursor | None = None, sizes: dict[str, int] | None = None) -> None:
        """The plan's groups and its first page of tasks (``more``: pages follow, read after ``after``).
        When the rows start with the rows shown, those are updated in place (an open editor survives)
        and the rest appended."""
        old = [r.key for r in self.rows] if plan_id == self.plan_id else []
        self.generation += 1
        self.all_groups, self.sizes = list(groups), dict(sizes or {})
        self.more, self.after, self.fetching, self._waiting = more, after, False, None
        self._next_group = 0
        rows = self._rows_of(plan_id, tasks)
        if old and [r.key for r in rows[:len(old)]] == old:
            self.rows[:] = rows[:len(old)]
            self._updated_in_place()
            self._append(rows[len(old):])
            return
        self.beginResetModel()
        self.rows = rows
        live = {r.key for r in rows}
        self.errors = {k: v for k, v in self.errors.items() if k[0] in live}
        self.pending.clear()
        self.plan_id = plan_id
        self.endResetModel()
        self.reloaded.emit()

    def add_page(self, generation: int, tasks: list[TaskInfo], more: bool, after: Cursor | None) -> None:
        """The next page came back from the database thread (ignored if the grid was reloaded since)."""
        if generation != self.generation:
            return
        self.more, self.after, self.fetching = more, after, False
        self._append(self._rows_of(self.plan_id, tasks))
        if self._waiting is not None:
            found, then = self._waiting
            self._waiting = None
            self.reveal(found, then)

    def _rows_of(self, plan_id: str | None, tasks: list[TaskInfo]) -> list[GridRow]:
        """Rows for tasks following those shown: each group's row before its first task, and once
        the last page is in, the groups left (empty ones) and the "new task" row."""
        rows: list[GridRow] = []
        current = self.all_groups[self._next_group - 1] if self._next_group else None
        known = {g.id for g in self.all_groups[self._next_group:]}
        for task in tasks:
            if current is None or task.group_id != current.id:
                if task.group_id not in known:  # changed meanwhile: the reload that follows shows it
                    continue
                while current is None or current.id != task.group_id:
                    current = self.all_groups[self._next_group]
                    self._next_group += 1
                    known.discard(current.id)
                    rows.append(GridRow("group", current))
            rows.append(GridRow("task", current, task))
        if not self.more:
            rows += [GridRow("group", g) for g in self.all_groups[self._next_group:]]
            self._next_group = len(self.all_groups)
            if plan_id is not None:
                last = self.all_groups[-1] if self.all_groups else None
                rows.append(GridRow("draft", last, None, 0))  # position 0: appended after the last task
        return rows

    def _append(self, rows: list[GridRow]) -> None:
        if rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows += rows
            self.endInsertRows()

    def _updated_in_place(self) -> None:
        self.pending = {k: v for k, v in self.pending.items() if k[0].startswith("draft:")}
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))
        self.reloaded.emit()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.more and not self.fetching and self.fetch_page is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """Ask for the page after the last task (on the database thread; :meth:`add_page` takes it)."""
        if self.canFetchMore(parent):
            assert self.fetch_page is not None
            self.fetching = True
            self.fetch_page(self.generation, self.after)

    def reveal(self, found: Callable[[], bool], then: Callable[[], None]) -> None:
        """Read pages until ``found()`` (or the plan's end), then call ``then`` — at once if the rows
        are already there. A later call replaces a waiting one."""
        if found() or not self.more or self.fetch_page is None:
            then()
            return
        self._waiting = (found, then)
        self.fetchMore()

    def reveal_key(self, key: str, then: Callable[[], None]) -> None:
        self.reveal(lambda: self.row_of(key) >= 0, then)

    def reveal_group(self, group_id: str, then: Callable[[], None]) -> None:
        """Every task of a group read (a move or an indent needs them all)."""
        def complete() -> bool:
            index = next((i for i, g in enumerate(self.all_groups) if g.id == group_id), -1)
            return index < self._next_group - 1  # a later group's row is shown
        self.reveal(complete, then)

    def group_size(self, group_id: str) -> int:
        """How many tasks a group holds, read or not."""
        return max(self.sizes.get(group_id, 0), len(self.tasks_of(group_id)))

    def task_count(self) -> int:
        """Tasks read so far."""
        return sum(1 for r in self.rows if r.kind == "task")

    def row_of(self, key: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.key == key), -1)

    # ---- shape --------------------------------------------------------------------------------

    def row_total(self) -> int:
        return len(self.rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        row = self.rows[index.row()]
        if self.read_only:
            return base
        editable = (index.column() == CONTENT if row.kind != "task" else COLUMNS[index.column()].editor != "none")
        if row.kind == "draft" and row.group is None:
            editable = index.column() == CONTENT
        return base | Qt.ItemFlag.ItemIsEditable if editable else base

    # ---- reading ------------------------------------------------------------------------------

    def _text(self, row: GridRow, col: int) -> str:
        field = COLUMNS[col].field
        if row.kind == "group":
            assert row.group is not None
            return {0: str(row.group.position), CONTENT: row.group.title}.get(col, "")
        if row.kind == "draft":
            return ""
        task = row.task
        assert task is not None
        if field == "number":
            return task.number
        if field == "lead_unit_id":
            return task.lead_unit_name
        if field == "coordinating_unit_ids":
            return "; ".join(task.coordinating_unit_names)
        if field == "schedule":
            return format_schedule(task.schedule)
        if field == "start_on":
            return format_date(task.start_on)
        return str(getattr(task, field) or "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        key = (row.key, col)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if key in self.errors:
                return self.errors[key][0]
            if key in self.pending:
                return self.pending[key]
            if row.kind == "draft" and col == CONTENT and role == Qt.ItemDataRole.DisplayRole:
                if row.group:
                    return self.tr("+ Gõ để thêm nhiệm vụ mới…")
                return self.tr("+ Gõ để thêm nhóm nhiệm vụ đầu tiên…")
            return self._text(row, col)
        if role == ERROR_ROLE:
            return self.errors.get(key, (None, None))[1]
        unassigned = row.kind == "task" and col == 2 and row.task is not None and row.task.incomplete
        if role == Qt.ItemDataRole.ToolTipRole:
            if key in self.errors:
                return self.errors[key][1]
            if unassigned:
                return self.tr("Chưa giao đơn vị chủ trì (nhiệm vụ chưa đủ “5 rõ”)")
            return self._text(row, col) if col in (CONTENT, 3) else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if key in self.errors:
                return QBrush(ERROR_BG)
            if row.kind == "group":
                return QBrush(QColor("#e8eef7"))
            if unassigned:
                return QBrush(UNASSIGNED_BG)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.kind == "draft":
                return QBrush(QColor("#808080"))
            if key in self.pending:
                return QBrush(PENDING_FG)
            return None
        if role == Qt.ItemDataRole.FontRole and row.kind == "group":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return row.task.id if row.task else (row.group.id if row.group and row.kind == "group" else None)
        if role == KIND_ROLE:
            return row.kind
        if role == EDITOR_ROLE:
            return "text" if row.kind != "task" else COLUMNS[col].editor
        if role == VALUE_ROLE and row.task:
            return self._value(row.task, COLUMNS[col].field)
        return None

    @staticmethod
    def _value(task: TaskInfo, field: str) -> Any:
        if field == "coordinating_unit_ids":
            return list(task.coordinating_unit_ids)
        return getattr(task, field, None)

    # ---- editing ------------------------------------------------------------------------------

    def parse(self, field: str, text: str) -> Any:
        """What the typed text means for a field, or ValueError with the reason."""
        if field == "content":
            if not text.strip():
                raise ValueError(self.tr("Nội dung nhiệm vụ không được để trống"))
            return text.strip()
        if field == "lead_unit_id":
            unit = self.units.find(text)
            return unit.id if unit else None
        if field == "coordinating_unit_ids":
            return [u.id for u in self.units.find_many(text)]
        if field == "schedule":
            return parse_schedule(text)
        if field == "start_on":
            return parse_date(text)
        return text.strip()

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self.rows[index.row()]
        col = index.column()
        text = value if isinstance(value, str) else str(value or "")
        key = (row.key, col)
        if row.kind != "task":
            return self._set_header_text(index, row, text)
        assert row.task is not None
        field = COLUMNS[col].field
        try:
            new = self.parse(field, text)
        except ValueError as exc:
            self.set_error(row.key, col, text, str(exc))
            return True
        old = self._value(row.task, field)
        if self.errors.pop(key, None) is not None:
            self.problem.emit("")  # put right: the status bar no longer says what was wrong
        if new == old or (isinstance(new, list) and set(new) == set(old or [])):
            self._changed(index.row(), col)
            return True
        self.pending[key] = self._format(field, new, text)
        self._changed(index.row(), col)
        self.edit_requested.emit((row.task.id, field, old, new))
        return True

    def _format(self, field: str, value: Any, typed: str) -> str:
        if field == "lead_unit_id":
            return self.units.label(value)
        if field == "coordinating_unit_ids":
            return "; ".join(self.units.label(v) for v in value)
        if field == "schedule" and isinstance(value, Schedule):
            return format_schedule(value)
        if field == "start_on":
            return format_date(value)
        return typed.strip()

    def _set_header_text(self, index: Index, row: GridRow, text: str) -> bool:
        key = (row.key, index.column())
        if not text.strip():
            if row.kind == "draft":
                self.errors.pop(key, None)
                return False
            self.set_error(row.key, index.column(), text, self.tr("Tên nhóm nhiệm vụ không được để trống"))
            return True
        self.errors.pop(key, None)
        if row.kind == "group":
            assert row.group is not None
            if text.strip() != row.group.title:
                self.pending[key] = text.strip()
                self._changed(index.row(), index.column())
                self.group_title_requested.emit((row.group.id, row.group.title, text.strip()))
            return True
        self.pending[key] = text.strip()
        self._changed(index.row(), index.column())
        self.create_requested.emit((row.group.id if row.group else None, row.position, text.strip()))
        return True

    def set_error(self, key: str, col: int, text: str, message: str) -> None:
        self.errors[(key, col)] = (text, message)
        self.pending.pop((key, col), None)
        row = self.row_of(key)
        if row >= 0:
            self._changed(row, col)
        self.problem.emit(message)

    def drop_error(self, index: Index) -> None:
        """Forget a refused text: the cell shows the stored value again."""
        if index.isValid() and self.errors.pop((self.rows[index.row()].key, index.column()), ("", "")) != ("", ""):
            self._changed(index.row(), index.column())
            self.problem.emit("")

    def apply_task(self, task: TaskInfo) -> None:
        """A saved task came back from the service: show it as stored."""
        row = self.row_of(task.id)
        if row < 0:
            return
        old = self.rows[row]
        self.rows[row] = GridRow("task", old.group, task)
        for col in range(len(COLUMNS)):
            self.pending.pop((task.id, col), None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def apply_group(self, group: GroupInfo) -> None:
        for i, row in enumerate(self.rows):
            if row.group and row.group.id == group.id:
                self.rows[i] = GridRow(row.kind, group, row.task, row.position)
                self.pending.pop((group.id, CONTENT), None)
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))

    def _changed(self, row: int, col: int) -> None:
        idx = self.index(row, col)
        self.dataChanged.emit(idx, idx)

    def insert_draft(self, after_row: int) -> int:
        """An empty row under ``after_row`` where a new task is typed; returns its row."""
        anchor = self.rows[after_row]
        if anchor.group is None:
            return after_row
        if anchor.kind == "task" and anchor.task:
            position = anchor.task.position + 1
        elif anchor.kind == "group":
            position = 1
        else:
            return after_row
        self.discard_drafts()
        row = after_row + 1
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.insert(row, GridRow("draft", anchor.group, None, position))
        self.endInsertRows()
        return row

    def discard_drafts(self) -> None:
        """Remove inserted drafts that were left empty (the trailing one, position 0, stays)."""
        for i in range(len(self.rows) - 1, -1, -1):
            row = self.rows[i]
            if row.kind == "draft" and row.position and (row.key, CONTENT) not in self.pending:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self.rows[i]
                self.endRemoveRows()

    def task_at(self, row: int) -> TaskInfo | None:
        return self.rows[row].task if 0 <= row < len(self.rows) else None

    def group_at(self, row: int) -> GroupInfo | None:
        return self.rows[row].group if 0 <= row < len(self.rows) else None

    def kind_at(self, row: int) -> str:
        return self.rows[row].kind if 0 <= row < len(self.rows) else ""

    def tasks_of(self, group_id: str) -> list[TaskInfo]:
        return [r.task for r in self.rows if r.kind == "task" and r.task and r.task.group_id == group_id]

    def groups(self) -> list[GroupInfo]:
        return [r.group for r in self.rows if r.kind == "group" and r.group]

    def each_row(self, fn: Callable[[int, GridRow], None]) -> None:
        for i, r in enumerate(self.rows):
            fn(i, r)
