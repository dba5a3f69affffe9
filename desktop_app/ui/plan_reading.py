"""Plans read from text or files into the database: a pasted plan's groups and tasks added to the
open plan, or a plan file (.docx, .txt, .html) opened as a complete new plan — each one service
call in one transaction, each one step on the undo stack."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app.reading import Reading, read_file
from desktop_app.services import plan_drafts
from desktop_app.services.plan_drafts import DraftPlan
from desktop_app.ui.ops import error_text

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

translate = QCoreApplication.translate
STRUCTURE = frozenset({"tasks"})
PLANS = frozenset({"plans", "tasks"})


class AddReading(QUndoCommand):
    """The mended reading's groups and tasks (with their units) added after the plan's groups."""

    def __init__(self, ctx: Any, plan_id: str, reading: Reading) -> None:
        super().__init__(translate("PasteDialog", "Dán {0} nhiệm vụ").format(len(reading.tasks)))
        self.ctx, self.plan_id, self.reading = ctx, plan_id, reading
        self.made: DraftPlan | None = None

    def _done(self, made: DraftPlan) -> None:
        self.made = made
        self.ctx.structure_changed(made.group_ids[0] if made.group_ids else None)

    def redo(self) -> None:
        self.ctx.runner.run(plan_drafts.add_reading_to_plan, self.plan_id, self.reading, changes=STRUCTURE,
                            on_done=self._done)

    def undo(self) -> None:
        if self.made is not None:
            self.ctx.runner.run(plan_drafts.remove_added, self.made, changes=STRUCTURE,
                                on_done=lambda _r: self.ctx.structure_changed(None))


class CreatePlanFromReading(QUndoCommand):
    """A whole plan read from a file: header, implemented documents, targets, groups, tasks, units."""

    def __init__(self, window: MainWindow, reading: Reading) -> None:
        super().__init__(translate("PasteDialog", "Tạo kế hoạch từ tệp"))
        self.window, self.reading = window, reading
        self.made: DraftPlan | None = None

    def _done(self, made: DraftPlan) -> None:
        self.made = made
        plans = self.window.view("plans")
        plans.reload(made.plan_id)  # type: ignore[attr-defined]
        self.window.show_message(translate("PasteDialog", "Đã tạo kế hoạch “{0}” với {1} nhiệm vụ. Nhấn Ctrl+Z để hoàn "
                                                          "tác.").format(self.reading.plan.title or "",
                                                                         len(self.reading.tasks)))

    def _failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self.window, translate("PasteDialog", "Mở kế hoạch từ tệp"), error_text(exc))

    def redo(self) -> None:
        self.window.runner.run(plan_drafts.create_plan_from_reading, self.reading, changes=PLANS,
                               on_done=self._done, on_error=self._failed)

    def undo(self) -> None:
        if self.made is not None:
            made = self.made
            self.window.runner.run(plan_drafts.remove_draft_plan, made, changes=PLANS,
                                   on_done=lambda _r: self.window.view("plans").reload())  # type: ignore[attr-defined]


PLAN_FILES = str(QCoreApplication.translate("PasteDialog", "Kế hoạch (*.docx *.txt *.html *.htm);;Mọi tệp (*)"))


def open_plan_file(window: MainWindow, path: str | None = None) -> None:
    """Mở kế hoạch từ tệp…: read the file, show the mending preview, write the plan on accept."""
    from desktop_app.ui.dialogs.paste import PLAN, PasteDialog

    if path is None:
        path, _ = QFileDialog.getOpenFileName(window, translate("PasteDialog", "Mở kế hoạch từ tệp"), "",
                                              translate("PasteDialog", PLAN_FILES))
    if not path:
        return
    try:
        reading = read_file(Path(path))
    except (OSError, ValueError, KeyError) as exc:
        QMessageBox.warning(window, translate("PasteDialog", "Mở kế hoạch từ tệp"),
                            translate("PasteDialog", "Không đọc được tệp {0}: {1}").format(path, exc))
        return
    dialog = PasteDialog(parent=window, reading=reading, mode=PLAN, directory=[u.name for u in window.units.units])
    window.plan_file_dialog = dialog  # type: ignore[attr-defined]
    dialog.accepted.connect(lambda: window.stack.push(CreatePlanFromReading(window, dialog.result_reading())))
    dialog.open()
