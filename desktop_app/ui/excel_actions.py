"""Excel in the task and progress screens: download a template, import a filled one (a dry run
first, whose summary or problems the clerk reads before anything is written), export a period.

Every call runs on the database worker through the OpRunner; openpyxl is imported only there.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.database import Database
from desktop_app.services.errors import ValidationError
from desktop_app.ui.ops import OpRunner, error_text

XLSX_FILTER = "Excel (*.xlsx)"


class ImportPreviewDialog(QDialog):
    """What an import would do (then "Nhập" writes it), or every problem found (nothing to write)."""

    def __init__(self, title: str, heading: str, lines: list[str], can_import: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_preview")
        self.setWindowTitle(title)
        self.heading = QLabel(heading, self)
        self.heading.setWordWrap(True)
        self.details = QPlainTextEdit("\n".join(lines), self)
        self.details.setObjectName("import_details")
        self.details.setReadOnly(True)
        self.buttons = QDialogButtonBox(self)
        self.import_button: QPushButton | None = None
        if can_import:
            self.import_button = self.buttons.addButton(self.tr("Nhập"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        else:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.resize(680, 360)

    def text(self) -> str:
        return f"{self.heading.text()}\n{self.details.toPlainText()}"


def _task_template(db: Database, plan_id: str, path: Path) -> Path:
    from desktop_app.exchange.excel.templates import task_template

    return task_template(db, plan_id, path)


def _progress_template(db: Database, plan_id: str, period: str, path: Path) -> Path:
    from desktop_app.exchange.excel.templates import progress_template

    return progress_template(db, plan_id, period, path)


def _import(db: Database, kind: str, path: Path, plan_id: str, period: str, dry_run: bool) -> Any:
    from desktop_app.exchange.excel.importer import import_progress, import_tasks

    if kind == "tasks":
        return import_tasks(db, path, plan_id, dry_run=dry_run)
    return import_progress(db, path, plan_id, period, dry_run=dry_run)


def _export_period(db: Database, plan_id: str, period: str, path: Path) -> Path:
    from desktop_app.exchange.excel.export import export_period

    return export_period(db, plan_id, period, path)


class ExcelActions(QObject):
    """Excel for one screen: ``kind`` "tasks" or "progress"; ``period`` gives the chosen period code."""

    message = Signal(str)

    def __init__(self, runner: OpRunner, parent: QWidget, kind: str, plan_id: Callable[[], str | None],
                 period: Callable[[], str] | None = None, imported: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.widget = parent
        self.kind = kind
        self.plan_id = plan_id
        self.period = period or (lambda: "")
        self.imported = imported
        self.dialog: ImportPreviewDialog | None = None

    # ---- templates ----------------------------------------------------------------------------

    def ask_template(self) -> None:
        if self.plan_id() is None:
            return
        name = "mau-nhiem-vu.xlsx" if self.kind == "tasks" else f"mau-tien-do-{self.period()}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self.widget, self.tr("Tải mẫu Excel"), name, XLSX_FILTER)
        if path:
            self.save_template(Path(path))

    def save_template(self, path: Path) -> None:
        plan_id = self.plan_id()
        if plan_id is None:
            return
        done = self._saved(self.tr("Đã lưu mẫu Excel: {0}"))
        if self.kind == "tasks":
            self.runner.read(_task_template, plan_id, Path(path), on_done=done, on_error=self._failed)
        else:
            self.runner.read(_progress_template, plan_id, self.period(), Path(path), on_done=done,
                             on_error=self._failed)

    def ask_export(self) -> None:
        if self.plan_id() is None:
            return
        path, _ = QFileDialog.getSaveFileName(self.widget, self.tr("Xuất Excel"), f"phu-luc-{self.period()}.xlsx",
                                              XLSX_FILTER)
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> None:
        plan_id = self.plan_id()
        if plan_id is None:
            return
        self.runner.read(_export_period, plan_id, self.period(), Path(path),
                         on_done=self._saved(self.tr("Đã xuất Excel: {0}")), on_error=self._failed)

    def _saved(self, text: str) -> Callable[[Any], None]:
        return lambda path: self.message.emit(text.format(path))

    def _failed(self, exc: BaseException) -> None:
        self.message.emit(error_text(exc))

    # ---- import -------------------------------------------------------------------------------

    def ask_import(self) -> None:
        if self.plan_id() is None:
            return
        path, _ = QFileDialog.getOpenFileName(self.widget, self.tr("Nhập từ Excel"), "", XLSX_FILTER)
        if path:
            self.check(Path(path))

    def check(self, path: Path) -> None:
        """The dry run: the dialog shows what would change, or every problem (nothing is written)."""
        plan_id = self.plan_id()
        if plan_id is None:
            return
        period = self.period()
        self.runner.read(_import, self.kind, Path(path), plan_id, period, True,
                         on_done=lambda summary: self._checked(path, plan_id, period, summary),
                         on_error=lambda exc: self._problems(path, exc))

    def _title(self) -> str:
        return self.tr("Nhập nhiệm vụ từ Excel") if self.kind == "tasks" else self.tr("Nhập tiến độ từ Excel")

    def _checked(self, path: Path, plan_id: str, period: str, summary: Any) -> None:
        changed = bool(summary.changed)
        heading = (self.tr("Kiểm tra xong, chưa ghi gì. Nhấn «Nhập» để ghi vào cơ sở dữ liệu.") if changed
                   else self.tr("Tệp không có gì thay đổi so với dữ liệu hiện có."))
        self.dialog = ImportPreviewDialog(self._title(), heading, summary.lines(), changed, self.widget)
        self.dialog.accepted.connect(lambda: self.apply(path, plan_id, period))
        self.dialog.open()

    def _problems(self, path: Path, exc: BaseException) -> None:
        lines = ([str(p) for p in exc.problems] if isinstance(exc, ValidationError) else []) or [error_text(exc)]
        total = exc.total if isinstance(exc, ValidationError) else len(lines)
        if isinstance(exc, ValidationError) and exc.more():
            lines.append(exc.more())  # the first 100 listed, the rest counted
        heading = self.tr("Tệp '{0}' có {1} lỗi; không nhập gì. Sửa tệp rồi nhập lại.").format(
            Path(path).name, total)
        self.dialog = ImportPreviewDialog(self._title(), heading, lines, False, self.widget)
        self.dialog.open()

    def apply(self, path: Path, plan_id: str, period: str) -> None:
        changes = {"tasks"} if self.kind == "tasks" else {"progress"}
        self.runner.run(_import, self.kind, Path(path), plan_id, period, False, changes=changes,
                        on_done=self._applied, on_error=lambda exc: self._problems(path, exc))

    def _applied(self, summary: Any) -> None:
        self.message.emit(" ".join(summary.lines()))
        if self.imported is not None:
            self.imported()
