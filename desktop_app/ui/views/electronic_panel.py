"""The "Bản điện tử để ký số" box of the Reports screen: the electronic copy's choices, saving it
(PDF/A and its metadata JSON), "Sao chép thông tin văn bản", and for an issued report attaching a
signed copy and showing who signed it, when, and whether it still verifies.

Every call runs on the database worker; ``desktop_app.reports`` is imported only inside them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from desktop_app.services.database import Database
from desktop_app.ui.ops import OpRunner, error_text

# ---- worker-side calls (no Qt widgets) ---------------------------------------------------------


def _build(db: Database, request: Any, choice: Any, out: Path | None = None) -> Any:
    from desktop_app.reports.electronic.api import generate_electronic

    return generate_electronic(db, request.plan_id, request.period, request.kind, request.unit_id, choice=choice,
                               out=out, number=request.number, report_date=request.report_date,
                               narrative=request.narrative, mark_unaccepted=request.mark_unaccepted)


def _save(db: Database, request: Any, choice: Any, out: Path) -> list[Path]:
    from desktop_app.reports.electronic.api import write_files

    return write_files(_build(db, request, choice), out)


def _clipboard(db: Database, request: Any, choice: Any) -> str:
    from desktop_app.reports.electronic.metadata import clipboard_text

    return clipboard_text(_build(db, request, choice).main.metadata)


def _issued_clipboard(db: Database, report_id: str) -> str:
    import json

    from desktop_app.reports.electronic.issued import file_content
    from desktop_app.reports.electronic.metadata import clipboard_text, metadata_from_json

    return clipboard_text(metadata_from_json(json.loads(file_content(db, report_id, "electronic_metadata"))))


def _save_issued_electronic(db: Database, report_id: str, out: Path) -> list[Path]:
    from desktop_app.reports.electronic.api import file_names
    from desktop_app.reports.electronic.issued import file_content, kept_files

    pdf, meta, annex, annex_meta = file_names(out)
    targets = {"electronic": pdf, "electronic_metadata": meta, "annex": annex, "annex_metadata": annex_meta}
    written = []
    for kept in kept_files(db, report_id):
        if kept.role in targets:
            targets[kept.role].write_bytes(file_content(db, report_id, kept.role))
            written.append(targets[kept.role])
    return written


def _attach(db: Database, report_id: str, path: Path) -> Any:
    from desktop_app.reports.electronic.issued import attach_signed

    return attach_signed(db, report_id, Path(path).read_bytes(), Path(path).name)


def _signatures(db: Database, report_id: str) -> Any:
    from desktop_app.reports.electronic.issued import signed_copies

    return signed_copies(db, report_id)


class ElectronicPanel(QGroupBox):
    """Choices and actions for the electronic copy; the screen gives it the draft request and the
    selected issued report."""

    message = Signal(str)

    def __init__(self, runner: OpRunner, request: Callable[[], Any], selected_issued: Callable[[], str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Bản điện tử để ký số"), parent)
        self.setObjectName("electronic_panel")
        self.runner = runner
        self._request = request
        self._selected_issued = selected_issued
        self.enabled = QCheckBox(self.tr("Ban hành kèm bản điện tử (PDF/A) để ký số"), self)
        self.enabled.setObjectName("electronic_enabled")
        self.enabled.setToolTip(self.tr("Bản in giấy vẫn là PDF thường; bản điện tử có ô chữ ký số của người ký "
                                        "và của cơ quan theo Nghị định 30/2020"))
        self.annex = QComboBox(self)
        self.annex.setObjectName("electronic_annex")
        for value, text in (("none", self.tr("Không kèm phụ lục")), ("same", self.tr("Phụ lục cùng tệp")),
                            ("separate", self.tr("Phụ lục tệp riêng"))):
            self.annex.addItem(text, value)
        self.blank_number = QCheckBox(self.tr("Để trống số, ngày cho hệ thống quản lý văn bản"), self)
        self.blank_number.setObjectName("electronic_blank_number")
        self.blank_number.setChecked(True)
        self.priority = QComboBox(self)
        self.priority.setObjectName("electronic_priority")
        for value, text in (("Thường", self.tr("Thường")), ("Khẩn", self.tr("Khẩn")),
                            ("Thượng khẩn", self.tr("Thượng khẩn")), ("Hỏa tốc", self.tr("Hỏa tốc"))):
            self.priority.addItem(text, value)
        self.save_button = QPushButton(self.tr("Lưu bản điện tử…"), self)
        self.save_button.setObjectName("electronic_save")
        self.copy_button = QPushButton(self.tr("Sao chép thông tin văn bản"), self)
        self.copy_button.setObjectName("electronic_copy")
        self.copy_button.setToolTip(self.tr("Đưa các trường thông tin (Phụ lục VI) vào bộ nhớ tạm theo thứ tự "
                                            "của màn hình văn bản đi trong hệ thống quản lý văn bản"))
        self.save_issued_button = QPushButton(self.tr("Lưu bản điện tử đã ban hành…"), self)
        self.attach_button = QPushButton(self.tr("Đính kèm bản đã ký…"), self)
        self.attach_button.setObjectName("electronic_attach")
        self.signatures_button = QPushButton(self.tr("Kiểm tra chữ ký số"), self)
        self.signatures_button.setObjectName("electronic_signatures")
        self.status = QLabel("", self)
        self.status.setObjectName("electronic_status")
        self.status.setWordWrap(True)
        self.last_clipboard = ""

        grid = QGridLayout(self)
        grid.addWidget(self.enabled, 0, 0, 1, 2)
        grid.addWidget(self.blank_number, 0, 2, 1, 2)
        grid.addWidget(QLabel(self.tr("Phụ lục:"), self), 1, 0)
        grid.addWidget(self.annex, 1, 1)
        grid.addWidget(QLabel(self.tr("Độ khẩn:"), self), 1, 2)
        grid.addWidget(self.priority, 1, 3)
        draft_row = QHBoxLayout()
        draft_row.addWidget(self.save_button)
        draft_row.addWidget(self.copy_button)
        draft_row.addStretch(1)
        grid.addLayout(draft_row, 2, 0, 1, 4)
        issued_row = QHBoxLayout()
        issued_row.addWidget(self.save_issued_button)
        issued_row.addWidget(self.attach_button)
        issued_row.addWidget(self.signatures_button)
        issued_row.addStretch(1)
        grid.addLayout(issued_row, 3, 0, 1, 4)
        grid.addWidget(self.status, 4, 0, 1, 4)

        self.save_button.clicked.connect(self._ask_save)
        self.copy_button.clicked.connect(self.copy_metadata)
        self.save_issued_button.clicked.connect(self._ask_save_issued)
        self.attach_button.clicked.connect(self._ask_attach)
        self.signatures_button.clicked.connect(self.show_signatures)

    def choice(self) -> Any:
        from desktop_app.reports.electronic.api import ElectronicChoice

        return ElectronicChoice(annex=str(self.annex.currentData()), number_by_eoffice=self.blank_number.isChecked(),
                                priority=str(self.priority.currentData()))

    def issue_choice(self) -> Any:
        """The electronic copy to freeze with an issued report, or None (plain PDF only)."""
        return self.choice() if self.enabled.isChecked() else None

    def update_state(self, has_plan: bool, busy: bool, issued_selected: bool) -> None:
        for button in (self.save_button, self.copy_button):
            button.setEnabled(has_plan and not busy)
        for button in (self.save_issued_button, self.attach_button, self.signatures_button):
            button.setEnabled(issued_selected and not busy)

    def _error(self, exc: BaseException) -> None:
        self._say(error_text(exc))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.message.emit(text)

    # ---- the draft's electronic copy ----------------------------------------------------------

    def _ask_save(self) -> None:
        request = self._request()
        if request is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu bản điện tử"),
                                              f"bao-cao-{request.kind}-{request.period}.pdf",
                                              self.tr("Tệp PDF/A (*.pdf)"))
        if path:
            self.save(Path(path))

    def save(self, path: Path) -> None:
        request = self._request()
        if request is None:
            return
        self.runner.read(_save, request, self.choice(), Path(path), on_error=self._error,
                         on_done=lambda paths: self._say(self.tr("Đã lưu: {0}").format(
                             ", ".join(p.name for p in paths))))

    def copy_metadata(self) -> None:
        """The selected issued report's frozen fields, else the draft's (page count of the real file)."""
        report_id = self._selected_issued()
        if report_id is not None:
            self.runner.read(_issued_clipboard, report_id, on_done=self._copied, on_error=self._draft_copy)
            return
        self._draft_copy(None)

    def _draft_copy(self, _exc: BaseException | None) -> None:
        request = self._request()
        if request is None:
            return
        self.runner.read(_clipboard, request, self.choice(), on_done=self._copied, on_error=self._error)

    def _copied(self, text: str) -> None:
        self.last_clipboard = text
        QGuiApplication.clipboard().setText(text)
        self._say(self.tr("Đã sao chép thông tin văn bản ({0} trường).").format(len(text.splitlines())))

    # ---- issued reports ------------------------------------------------------------------------

    def _ask_save_issued(self) -> None:
        report_id = self._selected_issued()
        if report_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu bản điện tử đã ban hành"), "bao-cao-dien-tu.pdf",
                                              self.tr("Tệp PDF/A (*.pdf)"))
        if path:
            self.runner.read(_save_issued_electronic, report_id, Path(path), on_error=self._error,
                             on_done=lambda paths: self._say(
                                 self.tr("Đã lưu: {0}").format(", ".join(p.name for p in paths)) if paths else
                                 self.tr("Báo cáo này được ban hành không kèm bản điện tử.")))

    def _ask_attach(self) -> None:
        report_id = self._selected_issued()
        if report_id is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn bản đã ký số"), "", self.tr("Tệp PDF (*.pdf)"))
        if path:
            self.attach(report_id, Path(path))

    def attach(self, report_id: str, path: Path) -> None:
        self.runner.run(_attach, report_id, Path(path), changes={"reports"}, on_error=self._error,
                        on_done=lambda copy: self._show([copy], self.tr("Đã đính kèm bản đã ký.")))

    def show_signatures(self) -> None:
        report_id = self._selected_issued()
        if report_id is not None:
            self.runner.read(_signatures, report_id, on_error=self._error, on_done=self._show)

    def _show(self, copies: list[Any], heading: str = "") -> None:
        if not copies:
            self._say(self.tr("Chưa có bản đã ký số nào được đính kèm."))
            return
        lines = [heading] if heading else []
        for copy in copies:
            state = self.tr("còn nguyên vẹn") if copy.verifies else self.tr("KHÔNG CÒN HỢP LỆ")
            part = self.tr("phụ lục") if copy.signed_role == "annex" else self.tr("báo cáo")
            lines.append(self.tr("{0} (bản {1}): {2}").format(copy.file.name, part, state))
            for check in copy.signatures:
                when = check.signed_at.astimezone().strftime("%d/%m/%Y %H:%M:%S %z") if check.signed_at else "?"
                verdict = self.tr("hợp lệ") if check.verifies else self.tr("không hợp lệ")
                trust = self.tr("chứng thư tin cậy") if check.trusted else self.tr("chưa kiểm tra chuỗi chứng thư")
                lines.append(self.tr("  {0} ký lúc {1}: {2}; {3}").format(check.signer, when, verdict, trust))
        self._say("\n".join(lines))
