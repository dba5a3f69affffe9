"""What the task grid's keys and buttons do: each change is an undoable command on the session's
undo stack, run through the operation runner; the grid reloads after structural changes."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import QDialog

from desktop_app.domain.schedule import Schedule
from desktop_app.services import tasks as task_service
from desktop_app.services.errors import Conflict
from desktop_app.services.tasks import GroupInfo, TaskInfo
from desktop_app.ui import commands as cmd
from desktop_app.ui.formats import format_date, format_schedule
from desktop_app.ui.models.tasks import COLUMNS, CONTENT, TaskGridModel
from desktop_app.ui.ops import OpRunner, error_text


class TaskConflict(Conflict):
    """A refused save, with the task as stored now (read on the DB thread)."""

    def __init__(self, exc: Conflict, theirs: TaskInfo) -> None:
        super().__init__(str(exc), exc.current, exc.by, exc.at, theirs.version)
        self.theirs = theirs


def same_value(a: Any, b: Any) -> bool:
    if isinstance(a, (list, tuple)) or isinstance(b, (list, tuple)):
        return set(a or ()) == set(b or ())
    return bool(a == b)


def new_task(group_id: str, position: int, content: str, **values: Any) -> TaskInfo:
    return TaskInfo(str(uuid.uuid4()), group_id, 0, position, content, values.get("lead_unit_id"), "",
                    tuple(values.get("coordinating_unit_ids", ())), (),
                    values.get("schedule") or Schedule.continuous(), values.get("output", ""),
                    values.get("start_on"), 1)


class TaskController(QObject):
    reloaded = Signal(object)  # the key to select after a reload, or None

    def __init__(self, runner: OpRunner, stack: QUndoStack, model: TaskGridModel,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner, self.stack, self.model = runner, stack, model
        self.plan_id: str | None = None
        self._select: str | None = None
        self._reload_queued = False
        self._batch = 0
        self._dirty = False
        self.is_editing: Callable[[], bool] = lambda: False  # the view says when a cell editor is open
        self._deferred: tuple[str, list[GroupInfo], task_service.TaskPage, dict[str, int]] | None = None
        model.fetch_page = self._fetch_page
        self._saved_versions: dict[str, int] = {}  # task id → version this window saved (DB thread only)
        self.merge_dialog: QDialog | None = None  # the last merge shown (tests drive it)
        model.edit_requested.connect(self._edit)
        model.create_requested.connect(self._create)
        model.group_title_requested.connect(self._title)

    # ---- loading ------------------------------------------------------------------------------

    def load(self, plan_id: str | None, select_key: str | None = None) -> None:
        self.plan_id = plan_id
        self._select = select_key
        if plan_id is None:
            self.model.set_data(None, [], [])
            return
        self._read_first_page()

    def _read_first_page(self) -> None:
        """The groups and the first page of tasks — as many as are shown, so the grid keeps its place."""
        self._reload_queued = True
        limit = max(task_service.PAGE, self.model.task_count() if self.model.plan_id == self.plan_id else 0)
        self.runner.read(_load_grid, self.plan_id, limit, on_done=self._loaded)

    def _loaded(self, result: tuple[str, list[GroupInfo], task_service.TaskPage, dict[str, int]]) -> None:
        self._reload_queued = False
        if self.is_editing():  # never reset the grid under an open editor: apply when it closes
            self._deferred = result
            return
        plan_id, groups, page, sizes = result
        if plan_id != self.plan_id:
            return
        self.model.set_data(plan_id, groups, page.tasks, page.more, page.after, sizes)
        select, self._select = self._select, None
        if select is None:
            self.reloaded.emit(None)
        else:  # the row to select may be on a later page
            key = select.split(":", 1)[1] if select.startswith(("after:", "into:")) else select
            self.model.reveal_key(key, lambda: self.reloaded.emit(select))

    def _fetch_page(self, generation: int, after: task_service.Cursor | None) -> None:
        if self.plan_id is not None:
            self.runner.read(task_service.task_page, self.plan_id, after, task_service.PAGE,
                             on_done=lambda page: self.model.add_page(generation, page.tasks, page.more, page.after))

    def apply_deferred(self) -> None:
        if self._deferred is not None and not self.is_editing():
            result, self._deferred = self._deferred, None
            self._loaded(result)

    # ---- TaskContext: called back by the commands --------------------------------------------

    def saved_task(self, task: TaskInfo) -> None:
        self.model.apply_task(task)

    def saved_group(self, group: GroupInfo) -> None:
        self.model.apply_group(group)

    def edit_failed(self, key: str, field: str, value: Any, exc: BaseException) -> None:
        col = next((i for i, c in enumerate(COLUMNS) if c.field == field), CONTENT)
        self.model.set_error(key, col, self.text_of(field, value), error_text(exc))

    def text_of(self, field: str, value: Any) -> str:
        """A task field's value as the grid shows it."""
        if isinstance(value, Schedule):
            return format_schedule(value)
        if field == "start_on":
            return format_date(value)
        if field == "lead_unit_id":
            return self.model.units.label(value) if value else ""
        if field == "coordinating_unit_ids":
            return "; ".join(self.model.units.label(v) for v in value or [])
        return str(value or "")

    # ---- optimistic locking: the version this window saw, and a merge when someone saved first ----

    def seen_version(self, task_id: str) -> int:
        task = next((r.task for r in self.model.rows if r.task and r.task.id == task_id), None)
        return task.version if task is not None else 0

    def save_task(self, db: Any, task_id: str, seen: int, base: dict[str, Any], changes: dict[str, Any]) -> TaskInfo:
        """On the DB thread: save ``changes`` made on the version this window knows (the one shown,
        or a newer one it saved itself). A newer version that left the edited fields as they were
        (another field changed, a renumbering) is no conflict: the edit is saved on it."""
        expected = max(seen, self._saved_versions.get(task_id, 0))
        try:
            task = task_service.update_task(db, task_id, expected_version=expected, **changes)
        except Conflict as exc:
            stored = task_service.get_task(db, task_id)
            if all(same_value(TaskGridModel._value(stored, f), v) for f, v in changes.items()):
                task = stored  # the same value was saved by the other side: nothing to merge
            elif all(same_value(TaskGridModel._value(stored, f), base.get(f)) for f in changes):
                task = task_service.update_task(db, task_id, expected_version=stored.version, **changes)
            else:
                raise TaskConflict(exc, stored) from exc
        self._saved_versions[task_id] = task.version
        return task

    def task_conflict(self, command: cmd.EditTask, changes: dict[str, Any], exc: Conflict) -> None:
        """The save was refused: the clerk merges field by field (never a silent overwrite)."""
        task_id = command.task_id
        command.setObsolete(True)  # its undo would act on a record it no longer describes
        if isinstance(exc, TaskConflict):
            self._merge(task_id, changes, exc)
        else:  # refused at commit time: read what is stored now, then merge
            self.runner.read(task_service.get_task, task_id,
                             on_done=lambda stored: self._merge(task_id, changes, TaskConflict(exc, stored)))

    def _merge(self, task_id: str, changes: dict[str, Any], conflict: TaskConflict) -> None:
        from PySide6.QtWidgets import QWidget

        from desktop_app.ui.dialogs.merge import MergeDialog, MergeField

        theirs = conflict.theirs
        seen = next((r.task for r in self.model.rows if r.task and r.task.id == task_id), theirs)
        fields = []
        for col, column in enumerate(COLUMNS):
            if column.editor == "none":
                continue
            mine_value = changes.get(column.field, TaskGridModel._value(seen, column.field))
            their_value = TaskGridModel._value(theirs, column.field)
            if same_value(mine_value, their_value):
                continue
            fields.append(MergeField(column.field, self.model.titles[col], mine_value, their_value,
                                     self.text_of(column.field, mine_value), self.text_of(column.field, their_value),
                                     column.field in changes))
        parent = self.parent()
        dialog = MergeDialog(self.tr("Nhiệm vụ {0}").format(theirs.number), fields, conflict.by, conflict.at,
                             self.model.parse, parent if isinstance(parent, QWidget) else None)
        self.merge_dialog = dialog
        self.model.apply_task(theirs)  # the grid shows what is stored; the dialog shows what was typed

        def merged() -> None:
            values = dialog.values()
            new = {f: v for f, v in values.items() if not same_value(v, TaskGridModel._value(theirs, f))}
            if new:
                old = {f: TaskGridModel._value(theirs, f) for f in new}
                self.stack.push(cmd.EditTask(self, task_id, old, new,
                                             self.tr("Gộp thay đổi nhiệm vụ {0}").format(theirs.number)))

        def kept() -> None:
            typed = dialog.mine_texts()
            if typed:
                QGuiApplication.clipboard().setText(typed)
                self.model.problem.emit(self.tr("Đã giữ bản của người khác; giá trị bạn đã gõ được chép vào bộ "
                                                "nhớ tạm (Ctrl+V để dán lại): {0}").format(typed.replace("\n", "; ")))

        dialog.accepted.connect(merged)
        dialog.rejected.connect(kept)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def begin_batch(self) -> None:
        self._batch += 1

    def end_batch(self) -> None:
        self._batch -= 1
        if self._batch == 0 and self._dirty:
            self._dirty = False
            self.structure_changed()

    def structure_changed(self, select_key: str | None = None) -> None:
        if select_key is not None:
            self._select = select_key
        if self._batch:
            self._dirty = True
            return
        if self.plan_id is not None and not self._reload_queued:
            self._read_first_page()

    # ---- edits from the grid -----------------------------------------------------------------

    def _edit(self, request: tuple[str, str, Any, Any]) -> None:
        task_id, field, old, new = request
        task = next((r.task for r in self.model.rows if r.task and r.task.id == task_id), None)
        number = task.number if task else ""
        self.stack.push(cmd.EditTaskField(self, task_id, field, old, new,
                                          self.tr("Sửa nhiệm vụ {0}").format(number)))

    def _title(self, request: tuple[str, str, str]) -> None:
        group_id, old, new = request
        self.stack.push(cmd.EditGroupTitle(self, group_id, old, new, self.tr("Sửa tên nhóm")))

    def _create(self, request: tuple[str | None, int, str]) -> None:
        group_id, position, content = request
        if group_id is None:  # the plan's first group: Enter goes on into it
            self.add_group(content, 1, select="into:")
            return
        task = new_task(group_id, position, content)
        self.stack.push(cmd.AddTask(self, task, self.tr("Thêm nhiệm vụ")))
        self._select = f"after:{task.id}"  # Enter went on to the next row: stay there

    # ---- structure ----------------------------------------------------------------------------

    def add_group(self, title: str, position: int, select: str = "") -> str | None:
        """A new group; ``select`` ("into:") prefixes the group's id as the place to select after it."""
        if self.plan_id is None:
            return None
        group = GroupInfo(str(uuid.uuid4()), self.plan_id, position, title)
        command = cmd.AddGroup(self, group, [], self.tr("Thêm nhóm nhiệm vụ"))
        command.select = select + group.id
        self.stack.push(command)
        return group.id

    def delete_row(self, row: int) -> None:
        kind = self.model.kind_at(row)
        neighbour = self._neighbour_key(row)
        self._select = neighbour
        if kind == "task":
            task = self.model.task_at(row)
            assert task is not None
            self.stack.push(cmd.DeleteTask(self, task, self.tr("Xóa nhiệm vụ {0}").format(task.number)))
        elif kind == "group":
            group = self.model.group_at(row)
            assert group is not None
            tasks = self.model.tasks_of(group.id)
            self.stack.push(cmd.DeleteGroup(self, group, tasks, self.tr("Xóa nhóm {0}").format(group.position)))

    def _neighbour_key(self, row: int) -> str | None:
        rows = self.model.rows
        for i in (row + 1, row - 1):
            if 0 <= i < len(rows) and rows[i].kind != "draft":
                return rows[i].key
        return None

    def move(self, row: int, delta: int) -> None:
        kind = self.model.kind_at(row)
        if kind == "task":
            task = self.model.task_at(row)
            assert task is not None
            target = task.position + delta
            if 1 <= target <= self.model.group_size(task.group_id):
                self.stack.push(cmd.MoveTask(self, task.id, (task.group_id, task.position),
                                             (task.group_id, target), self.tr("Chuyển nhiệm vụ")))
            else:
                self._move_across(task, delta)
        elif kind == "group":
            group = self.model.group_at(row)
            assert group is not None
            target = group.position + delta
            if 1 <= target <= len(self.model.groups()):
                self.stack.push(cmd.MoveGroup(self, group.id, group.position, target, self.tr("Chuyển nhóm")))

    def _move_across(self, task: TaskInfo, delta: int) -> None:
        """Moving past the first / last task of a group carries it into the neighbouring group."""
        groups = self.model.groups()
        index = next(i for i, g in enumerate(groups) if g.id == task.group_id)
        if not 0 <= index + delta < len(groups):
            return
        other = groups[index + delta]
        position = self.model.group_size(other.id) + 1 if delta < 0 else 1
        self.stack.push(cmd.MoveTask(self, task.id, (task.group_id, task.position), (other.id, position),
                                     self.tr("Chuyển nhiệm vụ sang nhóm khác")))

    def indent(self, row: int) -> None:
        """A group becomes the last task of the group above; its tasks follow it."""
        group = self.model.group_at(row) if self.model.kind_at(row) == "group" else None
        if group is not None and group.position > 1:
            self.model.reveal_group(group.id, lambda: self._indent(group))

    def _indent(self, group: GroupInfo) -> None:
        above = self.model.groups()[group.position - 2]
        count = self.model.group_size(above.id)
        macro = cmd.Macro(self.tr("Thụt vào: nhóm thành nhiệm vụ"), self)
        as_task = new_task(above.id, count + 1, group.title)
        macro.add(cmd.AddTask(self, as_task, ""))
        for task in reversed(self.model.tasks_of(group.id)):
            macro.add(cmd.MoveTask(self, task.id, (group.id, task.position), (above.id, count + 2), ""))
        macro.add(cmd.DeleteGroup(self, group, [], ""))
        self._select = as_task.id
        self.stack.push(macro)

    def outdent(self, row: int) -> None:
        """A task becomes a new group right after its group; the tasks below it go with it."""
        task = self.model.task_at(row) if self.model.kind_at(row) == "task" else None
        if task is not None and self.plan_id is not None:
            self.model.reveal_group(task.group_id, lambda: self._outdent(task))

    def _outdent(self, task: TaskInfo) -> None:
        assert self.plan_id is not None
        after = [t for t in self.model.tasks_of(task.group_id) if t.position > task.position]
        group = GroupInfo(str(uuid.uuid4()), self.plan_id, task.group_position + 1, task.content)
        macro = cmd.Macro(self.tr("Thụt ra: nhiệm vụ thành nhóm"), self)
        macro.add(cmd.AddGroup(self, group, [], ""))
        for moved in reversed(after):
            macro.add(cmd.MoveTask(self, moved.id, (task.group_id, moved.position), (group.id, 1), ""))
        macro.add(cmd.DeleteTask(self, task, ""))
        self._select = group.id
        self.stack.push(macro)


def _load_grid(db: Any, plan_id: str, limit: int) -> tuple[str, list[GroupInfo], task_service.TaskPage, dict[str, int]]:
    return (plan_id, task_service.list_groups(db, plan_id), task_service.task_page(db, plan_id, limit=limit),
            task_service.group_sizes(db, plan_id))
