"""The period grid's saves (optimistic locking) and the merge when another window saved first.

Each save names the version of the record this window knows: the one shown in the grid, or a newer
one it saved itself (quick edits queue up behind each other). A newer version that left the edited
fields as they were (another field changed) is no conflict: the edit is saved on it. Otherwise the
clerk merges field by field (ui/dialogs/merge.py) and the result is saved against the new version;
keeping the other person's record copies what was typed to the clipboard."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.domain.status import PROGRESS_LABELS, ProgressStatus
from desktop_app.services import progress as progress_service
from desktop_app.services.database import Database
from desktop_app.services.errors import Conflict
from desktop_app.services.progress import ProgressRow, StoredProgress
from desktop_app.ui.formats import format_date
from desktop_app.ui.labels import label
from desktop_app.ui.models.progress import COLUMNS, FIELD_COLUMN, ProgressModel, row_key
from desktop_app.ui.ops import OpRunner, error_text
from desktop_app.ui.progress_commands import EditProgress

EDITABLE = tuple(c[0] for c in COLUMNS if c[2] != "none")  # the fields the grid edits


class ProgressConflict(Conflict):
    """A refused save, with the record as stored now (read on the DB thread)."""

    def __init__(self, exc: Conflict, theirs: StoredProgress) -> None:
        super().__init__(str(exc), exc.current, exc.by, exc.at, theirs.version)
        self.theirs = theirs


def own_version(row: ProgressRow) -> int:
    """The version of the unit's own record for the row's period; 0 when it has none yet (a row
    carried from a shorter period shows that period's record, not one of its own)."""
    return (row.version or 0) if row.progress_id is not None and row.source_period is None else 0


class ProgressEditor(QObject):
    """Pushes the grid's edits as undo commands and answers them (``ProgressContext``)."""

    problem = Signal(str)

    def __init__(self, runner: OpRunner, stack: QUndoStack, model: ProgressModel, period: Callable[[], str],
                 reload: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.stack, self.model, self.period, self.reload = runner, stack, model, period, reload
        self._saved_versions: dict[tuple[str, str, str], int] = {}  # (task, unit, period) → version saved (DB thread)
        self.merge_dialog: QDialog | None = None  # the last merge shown (tests drive it)

    def edit(self, row: ProgressRow, field: str, old: Any, new: Any) -> None:
        self.stack.push(EditProgress(self, row, self.period(), {field: old}, {field: new},
                                     self.tr("Sửa tiến độ {0}").format(row.task_number)))

    # ---- ProgressContext ----------------------------------------------------------------------

    def seen_version(self, row: ProgressRow, period: str) -> int:
        """The version of the record as the grid shows it now (when it shows that period)."""
        shown = self.model.rows[i] if period == self.period() and (i := self.model.row_of(row_key(row))) >= 0 else row
        return max(own_version(shown), own_version(row))

    def save_progress(self, db: Database, row: ProgressRow, period: str, seen: int, base: dict[str, Any],
                      changes: dict[str, Any]) -> str | None:
        """On the DB thread: save ``changes`` typed over ``base``; returns the id of the record when
        this save created it (its undo deletes it), else None."""
        where = (row.task_id, row.unit_id, period)
        expected = max(seen, self._saved_versions.get(where, 0))
        created = progress_service.stored_progress(db, *where) is None
        try:
            progress_service.record_progress(db, *where, expected_version=expected, **changes)
        except Conflict as exc:
            created = False
            stored = progress_service.stored_progress(db, *where)
            if stored is None:
                raise
            if all(stored.values[f] == v for f, v in changes.items()):
                pass  # the other side saved the same value: nothing to merge
            elif all(stored.values[f] == base.get(f) for f in changes):
                progress_service.record_progress(db, *where, expected_version=stored.version, **changes)
            else:
                raise ProgressConflict(exc, stored) from exc
        now = progress_service.stored_progress(db, *where)
        assert now is not None
        self._saved_versions[where] = now.version
        return now.id if created else None

    def delete_created(self, db: Database, row: ProgressRow, period: str, progress_id: str, seen: int) -> None:
        where = (row.task_id, row.unit_id, period)
        expected = max(seen, self._saved_versions.get(where, 0))
        progress_service.delete_progress(db, progress_id, expected_version=expected)
        self._saved_versions.pop(where, None)

    def saved(self) -> None:
        self.reload()

    def edit_failed(self, key: str, field: str, value: Any, exc: BaseException) -> None:
        text = format_date(value) if isinstance(value, date) else ("" if value is None else str(value))
        self.model.set_error(key, field, text, error_text(exc))

    def undo_refused(self, exc: BaseException) -> None:
        self.problem.emit(self.tr("Không hoàn tác được: {0}").format(error_text(exc)))
        self.reload()

    # ---- the merge ----------------------------------------------------------------------------

    def progress_conflict(self, command: EditProgress, changes: dict[str, Any], exc: Conflict) -> None:
        command.setObsolete(True)  # its undo would act on a record it no longer describes
        if isinstance(exc, ProgressConflict):
            self._merge(command, changes, exc)
            return
        # refused at commit time: read what is stored now, then merge
        where = (command.row.task_id, command.row.unit_id, command.period)

        def read(stored: StoredProgress | None) -> None:
            if stored is None:
                self.problem.emit(error_text(exc))
                self.reload()
            else:
                self._merge(command, changes, ProgressConflict(exc, stored))

        self.runner.read(progress_service.stored_progress, *where, on_done=read)

    def text_of(self, field: str, value: Any) -> str:
        """A progress field's value as the grid shows it."""
        if field == "status":
            return label(PROGRESS_LABELS[ProgressStatus(value)])
        if field == "completed_on":
            return format_date(value)
        return "" if value is None else str(value)

    def parse(self, field: str, text: str) -> Any:
        """A merged value typed in the dialog (the status by its label or its code)."""
        if field == "status":
            for status in ProgressStatus:
                if text.strip().lower() in (status.value, label(PROGRESS_LABELS[status]).lower()):
                    return status
            raise ValueError(self.tr("Tình trạng không hợp lệ: '{0}'").format(text))
        return self.model.parse(field, text)

    def _merge(self, command: EditProgress, changes: dict[str, Any], conflict: ProgressConflict) -> None:
        from desktop_app.ui.dialogs.merge import MergeDialog, MergeField

        row, theirs = command.row, conflict.theirs.values
        fields = []
        for field in EDITABLE:
            mine = changes.get(field, getattr(row, field))
            if mine == theirs[field]:
                continue
            fields.append(MergeField(field, self.model.titles[FIELD_COLUMN[field]], mine, theirs[field],
                                     self.text_of(field, mine), self.text_of(field, theirs[field]), field in changes))
        parent = self.parent()
        dialog = MergeDialog(self.tr("Tiến độ nhiệm vụ {0} của {1}").format(row.task_number, row.unit_name), fields,
                             conflict.by, conflict.at, self.parse, parent if isinstance(parent, QWidget) else None)
        self.merge_dialog = dialog
        self.reload()  # the grid shows what is stored; the dialog shows what was typed
        stored = replace(row, progress_id=conflict.theirs.id, version=conflict.theirs.version, source_period=None)

        def merged(values: dict[str, Any]) -> None:
            new = {f: v for f, v in values.items() if v != theirs[f]}
            if new:
                self.stack.push(EditProgress(self, stored, command.period, {f: theirs[f] for f in new}, new,
                                             self.tr("Gộp thay đổi tiến độ {0}").format(row.task_number)))

        dialog.open_for(merged, self.problem.emit)
