"""Undoable progress edits: one record_progress call per redo / undo through the runner."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from desktop_app.services import progress as progress_service
from desktop_app.services.progress import ProgressRow
from desktop_app.ui.ops import OpRunner

PROGRESS = frozenset({"progress"})


class EditProgress(QUndoCommand):
    def __init__(self, runner: OpRunner, row: ProgressRow, period: str, field: str, old: Any, new: Any,
                 text: str, saved: Callable[[], None], failed: Callable[[str, str, Any, BaseException], None]) -> None:
        super().__init__(text)
        self.runner, self.row, self.period, self.field = runner, row, period, field
        self.old, self.new, self.saved, self.failed = old, new, saved, failed
        self.created_id: str | None = None

    def _record(self, value: Any) -> None:
        def done(progress_id: str) -> None:
            if self.row.progress_id is None and self.created_id is None:
                self.created_id = progress_id
            self.saved()

        key = f"{self.row.task_id}:{self.row.unit_id}"
        self.runner.run(progress_service.record_progress, self.row.task_id, self.row.unit_id, self.period,
                        **{self.field: value}, changes=PROGRESS, on_done=done,
                        on_error=lambda exc: self.failed(key, self.field, value, exc))

    def redo(self) -> None:
        self._record(self.new)

    def undo(self) -> None:
        if self.created_id is not None:
            created, self.created_id = self.created_id, None
            self.runner.run(progress_service.delete_progress, created, changes=PROGRESS,
                            on_done=lambda _r: self.saved())
        else:
            self._record(self.old)
