"""Undoable progress edits: one save per redo / undo through the runner. Each save names the version
of the record the window saw (0: the unit had not reported yet), so a record saved or created
meanwhile in another window is refused and merged by the clerk (ui/progress_merge.py), never
overwritten."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from desktop_app.services.database import Database
from desktop_app.services.errors import Conflict
from desktop_app.services.progress import ProgressRow
from desktop_app.ui.ops import OpRunner

PROGRESS = frozenset({"progress"})


class ProgressContext(Protocol):
    runner: OpRunner

    def seen_version(self, row: ProgressRow, period: str) -> int: ...
    def save_progress(self, db: Database, row: ProgressRow, period: str, seen: int, base: dict[str, Any],
                      changes: dict[str, Any]) -> str | None: ...
    def delete_created(self, db: Database, row: ProgressRow, period: str, progress_id: str, seen: int) -> None: ...
    def saved(self) -> None: ...
    def edit_failed(self, key: str, field: str, value: Any, exc: BaseException) -> None: ...
    def undo_refused(self, exc: BaseException) -> None: ...
    def progress_conflict(self, command: EditProgress, changes: dict[str, Any], exc: Conflict) -> None: ...


class EditProgress(QUndoCommand):
    """Fields of one unit's progress on a task in a period set from ``old`` to ``new``. The first
    save of a row not yet reported creates the record; its undo deletes it (unless saved since)."""

    def __init__(self, ctx: ProgressContext, row: ProgressRow, period: str, old: dict[str, Any],
                 new: dict[str, Any], text: str) -> None:
        super().__init__(text)
        self.ctx, self.row, self.period, self.old, self.new = ctx, row, period, old, new
        self.created_id: str | None = None

    @property
    def key(self) -> str:
        return f"{self.row.task_id}:{self.row.unit_id}"

    def _save(self, changes: dict[str, Any], base: dict[str, Any]) -> None:
        def done(created: str | None) -> None:
            if created is not None:
                self.created_id = created
            self.ctx.saved()

        self.ctx.runner.run(self.ctx.save_progress, self.row, self.period,
                            self.ctx.seen_version(self.row, self.period), base, changes, changes=PROGRESS,
                            on_done=done, on_error=lambda exc: self._failed(changes, exc))

    def _failed(self, changes: dict[str, Any], exc: BaseException) -> None:
        if isinstance(exc, Conflict):
            self.ctx.progress_conflict(self, changes, exc)
            return
        for field, value in changes.items():
            self.ctx.edit_failed(self.key, field, value, exc)

    def redo(self) -> None:
        self._save(self.new, self.old)

    def undo(self) -> None:
        if self.created_id is None:
            self._save(self.old, self.new)
            return
        created, self.created_id = self.created_id, None
        self.ctx.runner.run(self.ctx.delete_created, self.row, self.period, created,
                            self.ctx.seen_version(self.row, self.period), changes=PROGRESS,
                            on_done=lambda _r: self.ctx.saved(), on_error=self.ctx.undo_refused)
