"""Undoable edits (QUndoCommand): each redo / undo is one service call through the runner.

Creations carry the id they create, so a redo after an undo brings back the very same task or
group; deletions carry a snapshot so an undo restores it where it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from desktop_app.services import tasks as task_service
from desktop_app.services.database import Database
from desktop_app.services.errors import Conflict
from desktop_app.services.tasks import GroupInfo, TaskInfo
from desktop_app.ui.ops import OpRunner


class TaskContext(Protocol):
    runner: OpRunner

    def saved_task(self, task: TaskInfo) -> None: ...
    def saved_group(self, group: GroupInfo) -> None: ...
    def edit_failed(self, key: str, field: str, value: Any, exc: BaseException) -> None: ...
    def structure_changed(self, select_key: str | None = None) -> None: ...
    def begin_batch(self) -> None: ...
    def end_batch(self) -> None: ...
    def seen_version(self, task_id: str) -> int: ...
    def save_task(self, db: Database, task_id: str, seen: int, base: dict[str, Any],
                  changes: dict[str, Any]) -> TaskInfo: ...
    def task_conflict(self, command: EditTask, changes: dict[str, Any], exc: Conflict) -> None: ...


STRUCTURE = frozenset({"tasks"})
FIELDS = frozenset({"task_fields"})
DEPENDENTS = frozenset({"progress"})  # a task's progress rows go and come back with it


class EditTask(QUndoCommand):
    """Fields of one task set from ``old`` to ``new``; the save names the version the window saw,
    so an edit made meanwhile elsewhere is refused (and merged by the clerk), never overwritten."""

    def __init__(self, ctx: TaskContext, task_id: str, old: dict[str, Any], new: dict[str, Any], text: str) -> None:
        super().__init__(text)
        self.ctx, self.task_id, self.old, self.new = ctx, task_id, old, new

    def _apply(self, changes: dict[str, Any], base: dict[str, Any]) -> None:
        self.ctx.runner.run(self.ctx.save_task, self.task_id, self.ctx.seen_version(self.task_id), base, changes,
                            changes=FIELDS, on_done=self.ctx.saved_task,
                            on_error=lambda exc: self._failed(changes, exc))

    def _failed(self, changes: dict[str, Any], exc: BaseException) -> None:
        if isinstance(exc, Conflict):
            self.ctx.task_conflict(self, changes, exc)
            return
        for field, value in changes.items():
            self.ctx.edit_failed(self.task_id, field, value, exc)

    def redo(self) -> None:
        self._apply(self.new, self.old)

    def undo(self) -> None:
        self._apply(self.old, self.new)


class EditTaskField(EditTask):
    def __init__(self, ctx: TaskContext, task_id: str, field: str, old: Any, new: Any, text: str) -> None:
        super().__init__(ctx, task_id, {field: old}, {field: new}, text)


class EditGroupTitle(QUndoCommand):
    def __init__(self, ctx: TaskContext, group_id: str, old: str, new: str, text: str) -> None:
        super().__init__(text)
        self.ctx, self.group_id, self.old, self.new = ctx, group_id, old, new

    def _apply(self, value: str) -> None:
        self.ctx.runner.run(task_service.update_group, self.group_id, value, changes=FIELDS,
                            on_done=self.ctx.saved_group,
                            on_error=lambda exc: self.ctx.edit_failed(self.group_id, "title", value, exc))

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)


def _restore_task(ctx: TaskContext, task: TaskInfo, position: int | None = None) -> None:
    ctx.runner.run(task_service.add_task, task.group_id, task.content, lead_unit_id=task.lead_unit_id,
                   coordinating_unit_ids=list(task.coordinating_unit_ids), schedule=task.schedule,
                   output=task.output, start_on=task.start_on, position=(position or task.position) or None,
                   task_id=task.id, changes=STRUCTURE,
                   on_done=lambda _r: ctx.structure_changed(None))


class AddTask(QUndoCommand):
    def __init__(self, ctx: TaskContext, task: TaskInfo, text: str, parent: QUndoCommand | None = None) -> None:
        super().__init__(text, parent)
        self.ctx, self.task = ctx, task

    def redo(self) -> None:
        _restore_task(self.ctx, self.task)

    def undo(self) -> None:
        self.ctx.runner.run(task_service.delete_task, self.task.id, changes=STRUCTURE,
                            on_done=lambda _r: self.ctx.structure_changed(None))


class _SnapshotDelete(QUndoCommand):
    """A delete that keeps the service's snapshot (rows with their progress, revisions and
    attachments); undo restores all of it with the same ids at the same place. Both run on the
    DB thread, one after the other, so the snapshot is there when the undo runs."""

    def __init__(self, ctx: TaskContext, key: str, delete: Callable[[Database, str], Any],
                 restore: Callable[[Database, Any], Any], text: str, parent: QUndoCommand | None = None) -> None:
        super().__init__(text, parent)
        self.ctx, self.key, self._deleter, self._restorer = ctx, key, delete, restore
        self.deleted: Any = None

    def _delete(self, db: Database) -> None:
        self.deleted = self._deleter(db, self.key)

    def _restore(self, db: Database) -> None:
        if self.deleted is not None:  # None: the delete itself failed, nothing to bring back
            self._restorer(db, self.deleted)
            self.deleted = None

    def redo(self) -> None:
        self.ctx.runner.run(self._delete, changes=STRUCTURE | DEPENDENTS,
                            on_done=lambda _r: self.ctx.structure_changed(None))

    def undo(self) -> None:
        self.ctx.runner.run(self._restore, changes=STRUCTURE | DEPENDENTS,
                            on_done=lambda _r: self.ctx.structure_changed(self.key))


class DeleteTask(_SnapshotDelete):
    def __init__(self, ctx: TaskContext, task: TaskInfo, text: str, parent: QUndoCommand | None = None) -> None:
        super().__init__(ctx, task.id, task_service.delete_task, task_service.restore_task, text, parent)
        self.task = task


class AddGroup(QUndoCommand):
    def __init__(self, ctx: TaskContext, group: GroupInfo, tasks: list[TaskInfo], text: str,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(text, parent)
        self.ctx, self.group, self.tasks = ctx, group, tasks
        self.select = group.id  # what the grid selects once the group is there

    def redo(self) -> None:
        g = self.group
        self.ctx.runner.run(task_service.add_group, g.plan_id, g.title, position=g.position, group_id=g.id,
                            changes=STRUCTURE, on_done=lambda _r: self.ctx.structure_changed(self.select))
        for task in self.tasks:
            _restore_task(self.ctx, task)

    def undo(self) -> None:
        self.ctx.runner.run(task_service.delete_group, self.group.id, changes=STRUCTURE,
                            on_done=lambda _r: self.ctx.structure_changed(None))


class DeleteGroup(_SnapshotDelete):
    def __init__(self, ctx: TaskContext, group: GroupInfo, tasks: list[TaskInfo], text: str,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(ctx, group.id, task_service.delete_group, task_service.restore_group, text, parent)
        self.group = group


class MoveTask(QUndoCommand):
    def __init__(self, ctx: TaskContext, task_id: str, source: tuple[str, int], target: tuple[str, int],
                 text: str, parent: QUndoCommand | None = None) -> None:
        super().__init__(text, parent)
        self.ctx, self.task_id, self.source, self.target = ctx, task_id, source, target

    def _move(self, where: tuple[str, int]) -> None:
        self.ctx.runner.run(task_service.move_task, self.task_id, where[1], group_id=where[0],
                            changes=STRUCTURE, on_done=lambda _r: self.ctx.structure_changed(self.task_id))

    def redo(self) -> None:
        self._move(self.target)

    def undo(self) -> None:
        self._move(self.source)


class MoveGroup(QUndoCommand):
    def __init__(self, ctx: TaskContext, group_id: str, source: int, target: int, text: str) -> None:
        super().__init__(text)
        self.ctx, self.group_id, self.source, self.target = ctx, group_id, source, target

    def _move(self, position: int) -> None:
        self.ctx.runner.run(task_service.move_group, self.group_id, position, changes=STRUCTURE,
                            on_done=lambda _r: self.ctx.structure_changed(self.group_id))

    def redo(self) -> None:
        self._move(self.target)

    def undo(self) -> None:
        self._move(self.source)


class Macro(QUndoCommand):
    """Several commands as one undo step (indent, outdent, paste); children run in order."""

    def __init__(self, text: str, ctx: TaskContext | None = None) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.keep: list[QUndoCommand] = []

    def add(self, command: QUndoCommand) -> None:
        self.keep.append(command)

    def _batch(self, commands: list[QUndoCommand], undo: bool) -> None:
        if self.ctx is not None:
            self.ctx.begin_batch()
        try:
            for command in commands:
                command.undo() if undo else command.redo()
        finally:
            if self.ctx is not None:
                self.ctx.end_batch()

    def redo(self) -> None:
        self._batch(self.keep, undo=False)

    def undo(self) -> None:
        self._batch(list(reversed(self.keep)), undo=True)
