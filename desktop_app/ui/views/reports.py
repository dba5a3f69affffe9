"""The "Báo cáo" screen: choose plan, period, kind (and unit), edit the drafted narrative, preview
the pages, save PDF / Word, print, issue (freeze) and reopen issued reports.

Every report call runs on the database worker through the OpRunner; ``desktop_app.reports`` (and so
reportlab) is imported only inside those calls, never when the screen is built.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QImage, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.periods import Period, PeriodKind, periods_of_year
from desktop_app.services import periods as period_service
from desktop_app.services import units as unit_service
from desktop_app.services.database import Database
from desktop_app.services.periods import current_period
from desktop_app.ui.formats import format_date
from desktop_app.ui.labels import period_label
from desktop_app.ui.ops import Job, OpRunner, error_text
from desktop_app.ui.report_pages import images_of, pdf_page_pngs, print_pdf
from desktop_app.ui.views.electronic_panel import ElectronicPanel
from desktop_app.ui.widgets.plan_picker import PlanPicker
from desktop_app.ui.widgets.vn_line_edit import VnLineEdit

SECTION_KEYS = ("trich_yeu", "mo_dau", "chi_dao", "ket_qua", "ton_tai", "phuong_huong", "de_xuat")
UNIT_KINDS = ("unit", "overdue")


@dataclass(frozen=True)
class ReportRequest:
    """What the screen asks the report module for."""

    plan_id: str
    period: str
    kind: str
    unit_id: str | None
    narrative: dict[str, str]
    number: str
    report_date: date
    mark_unaccepted: bool = False  # "(chưa duyệt)" after updates not accepted yet
    count_drafts: bool = False  # count updates units have not sent (docs/standing.md)
    electronic: Any = None  # issuing: the electronic copy to freeze too (ElectronicChoice), None for none


def period_list(today: date, start_year: int | None, end_year: int | None) -> list[Period]:
    """Quarters, halves, year, months of the plan's years (up to next year), newest year first."""
    order = {PeriodKind.QUARTER: 0, PeriodKind.HALF_YEAR: 1, PeriodKind.YEAR: 2, PeriodKind.MONTH: 3}
    last = min(end_year or today.year + 1, today.year + 1)
    first = start_year or today.year - 5
    if first > last:
        first = last
    result: list[Period] = []
    for year in range(last, first - 1, -1):
        result += sorted((p for p in periods_of_year(year) if p.kind in order),
                         key=lambda p: (order[p.kind], p.start))
    return result


# ---- worker-side calls (no Qt widgets) ---------------------------------------------------------


def _draft(db: Database, request: ReportRequest) -> tuple[ReportRequest, dict[str, str]]:
    from desktop_app.reports.api import draft

    data = draft(db, request.plan_id, request.period, request.kind, request.unit_id,
                 number=request.number, report_date=request.report_date)
    return request, data.sections


def _generate(db: Database, request: ReportRequest, fmt: str = "pdf", out: Path | None = None) -> bytes:
    from desktop_app.reports.api import generate

    return generate(db, request.plan_id, request.period, request.kind, request.unit_id, out=out,
                    fmt=fmt, narrative=request.narrative, number=request.number,  # type: ignore[arg-type]
                    report_date=request.report_date, mark_unaccepted=request.mark_unaccepted,
                    count_drafts=request.count_drafts)


def _preview(db: Database, job: Job, request: ReportRequest) -> tuple[bytes, list[bytes]]:
    job.step(0, 1)
    pdf = _generate(db, request)
    return pdf, pdf_page_pngs(pdf, on_page=lambda done, total: job.step(done, total))


def _issue(db: Database, request: ReportRequest) -> tuple[Any, bytes, list[bytes]]:
    from desktop_app.reports.issue import issue_report, reopen

    info = issue_report(db, request.plan_id, request.period, request.number, request.report_date,
                        kind=request.kind, unit_ref=request.unit_id, narrative=request.narrative,
                        mark_unaccepted=request.mark_unaccepted, count_drafts=request.count_drafts,
                        electronic=request.electronic)
    pdf = reopen(db, info.id)
    return info, pdf, pdf_page_pngs(pdf)


def _reopen(db: Database, report_id: str) -> tuple[bytes, list[bytes]]:
    from desktop_app.reports.issue import reopen

    pdf = reopen(db, report_id)
    return pdf, pdf_page_pngs(pdf)


def _save_issued(db: Database, report_id: str, fmt: str, path: Path) -> Path:
    from desktop_app.reports.issue import reopen
    from desktop_app.services.files import write_bytes

    # whole or not at all: a full disk says "Ổ đĩa đã đầy" and leaves no .tmp
    return write_bytes(path, reopen(db, report_id, fmt), ".tmp")  # type: ignore[arg-type]


def _list_issued(db: Database, plan_id: str) -> tuple[str, list[Any]]:
    from desktop_app.reports.issue import list_issued

    return plan_id, list_issued(db, plan_id)


class ReportsView(QWidget):
    message = Signal(str)

    def __init__(self, runner: OpRunner, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reports_view")
        self.runner = runner
        self.today = today or date.today()
        self.pdf: bytes = b""  # the PDF shown in the preview
        self.images: list[QImage] = []
        self.print_dialog: Any = None  # the print dialog while it is open
        self.shown_issued: str | None = None  # id of the issued report shown, None for a draft
        self.issued: list[Any] = []
        self._dirty = True
        self._busy = False

        self.picker = PlanPicker(runner, self, getattr(parent, "plan_source", None))
        self.period = QComboBox(self)
        self.period.setObjectName("report_period")
        self.kind = QComboBox(self)
        self.kind.setObjectName("report_kind")
        for value, text in (("progress", self.tr("Báo cáo kết quả")), ("appendix", self.tr("Phụ lục")),
                            ("task_list", self.tr("Danh mục nhiệm vụ")),
                            ("overdue", self.tr("Nhiệm vụ quá hạn / sắp đến hạn")),
                            ("unit", self.tr("Báo cáo của đơn vị"))):
            self.kind.addItem(text, value)
        self.unit = QComboBox(self)
        self.unit.setObjectName("report_unit")
        self.unit.setMinimumContentsLength(18)
        self.number = VnLineEdit(self)
        self.number.setObjectName("report_number")
        self.number.setPlaceholderText(self.tr("số"))
        self.number.setMaximumWidth(70)
        self.date = QDateEdit(self)
        self.date.setObjectName("report_date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setDate(QDate(self.today.year, self.today.month, self.today.day))
        self.mark_unaccepted = QCheckBox(self.tr("Ghi «chưa duyệt»"), self)
        self.mark_unaccepted.setObjectName("mark_unaccepted")
        self.mark_unaccepted.setToolTip(self.tr("Ghi «(chưa duyệt)» sau các bản cập nhật văn phòng chưa duyệt; bản "
                                                "bị trả lại luôn được ghi chú và tính là chưa hoàn thành"))
        self.count_drafts = QCheckBox(self.tr("Tính cả bản chưa gửi"), self)
        self.count_drafts.setObjectName("count_drafts")
        self.count_drafts.setToolTip(self.tr("Tính cả các bản cập nhật đơn vị chưa gửi (mặc định chỉ tính bản đã "
                                             "gửi); báo cáo ghi rõ điều này"))

        self.sections: dict[str, QPlainTextEdit] = {}
        titles = {"trich_yeu": self.tr("Trích yếu"), "mo_dau": self.tr("Mở đầu"),
                  "chi_dao": self.tr("I. Công tác chỉ đạo, triển khai"),
                  "ket_qua": self.tr("II. Kết quả thực hiện"),
                  "ton_tai": self.tr("III. Tồn tại, hạn chế và nguyên nhân"),
                  "phuong_huong": self.tr("IV. Phương hướng, nhiệm vụ kỳ tới"),
                  "de_xuat": self.tr("V. Đề xuất, kiến nghị")}
        self.section_titles = titles
        for key in SECTION_KEYS:
            edit = QPlainTextEdit(self)
            edit.setObjectName(f"section_{key}")
            edit.setMinimumHeight(48 if key == "trich_yeu" else 90)
            self.sections[key] = edit
        self.sections["ket_qua"].setPlaceholderText(self.tr("Để trống: kết quả lấy từ số liệu tiến độ (bảng, phụ lục); "
                                                            "nội dung viết ở đây được in thêm."))

        self.redraft_button = QPushButton(self.tr("Soạn lại"), self)
        self.redraft_button.setToolTip(self.tr("Soạn lại nội dung từ số liệu (bỏ các sửa đổi)"))
        self.preview_button = QPushButton(self.tr("Xem trước"), self)
        self.preview_button.setObjectName("preview_button")
        self.pdf_button = QPushButton(self.tr("Lưu PDF…"), self)
        self.docx_button = QPushButton(self.tr("Lưu Word (.docx)…"), self)
        self.print_button = QPushButton(self.tr("In…"), self)
        self.issue_button = QPushButton(self.tr("Ban hành"), self)
        self.issue_button.setToolTip(self.tr("Cấp số, ngày và lưu cố định báo cáo; không sửa được nữa"))
        self.settings_button = QPushButton(self.tr("Thiết lập báo cáo…"), self)

        self.issued_list = QListWidget(self)
        self.issued_list.setObjectName("issued_list")
        self.reopen_button = QPushButton(self.tr("Mở lại"), self)
        self.save_issued_button = QPushButton(self.tr("Lưu bản đã ban hành…"), self)
        self.electronic = ElectronicPanel(runner, self.request, self.selected_issued, self)
        self.electronic.message.connect(self.message)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("report_progress")
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.preview_label = QLabel(self.tr("Chưa xem trước. Nhấn «Xem trước» để dựng các trang."), self)
        self.preview_label.setObjectName("preview_label")
        self.preview_label.setWordWrap(True)
        self.pages_widget = QWidget(self)
        self.pages_widget.setObjectName("preview_pages")
        self.pages_widget.setStyleSheet("QWidget#preview_pages { background: #808080; }")
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.pages_layout.setSpacing(12)
        self.pages_layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # scroll, never overlap
        self.page_labels: list[QLabel] = []
        self.preview_scroll = QScrollArea(self)
        self.preview_scroll.setObjectName("preview_scroll")
        self.preview_scroll.setWidgetResizable(True)
        self.preview_scroll.setWidget(self.pages_widget)
        self._layout()

        self.picker.plan_changed.connect(self._plan_changed)
        self.period.currentIndexChanged.connect(lambda _i: self._selection_changed())
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.unit.currentIndexChanged.connect(lambda _i: self._selection_changed())
        self.redraft_button.clicked.connect(self.redraft)
        self.preview_button.clicked.connect(self.preview)
        self.pdf_button.clicked.connect(lambda: self._ask_save("pdf"))
        self.docx_button.clicked.connect(lambda: self._ask_save("docx"))
        for keys, slot, button in (("F5", self.preview, self.preview_button),
                                   ("Ctrl+S", lambda: self._ask_save("pdf"), self.pdf_button)):
            action = QAction(self)  # the keyboard way to the buttons clerks use most
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            button.setToolTip(f"{button.toolTip()} ({keys})".strip())
        self.print_button.clicked.connect(self.print_report)
        self.issue_button.clicked.connect(self.ask_issue)
        self.settings_button.clicked.connect(self.edit_settings)
        self.reopen_button.clicked.connect(self.reopen_selected)
        self.save_issued_button.clicked.connect(self._ask_save_issued)
        self.issued_list.itemDoubleClicked.connect(lambda _item: self.reopen_selected())
        self.issued_list.currentRowChanged.connect(lambda _r: self._update_buttons())
        runner.changed.connect(self._changed)
        runner.progress.connect(self._progress)
        self.adhoc: list[Period] = []
        runner.read(period_service.list_adhoc_periods, on_done=self._adhoc_loaded)
        runner.read(unit_service.list_units, on_done=self._units_loaded)
        self._fill_periods()
        self._kind_changed(redraft=False)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Kế hoạch:"), self))
        top.addWidget(self.picker, 3)
        top.addWidget(QLabel(self.tr("Kỳ:"), self))
        top.addWidget(self.period, 1)
        second = QHBoxLayout()
        second.addWidget(QLabel(self.tr("Loại:"), self))
        second.addWidget(self.kind, 2)
        second.addWidget(QLabel(self.tr("Đơn vị:"), self))
        second.addWidget(self.unit, 2)
        second.addWidget(QLabel(self.tr("Số:"), self))
        second.addWidget(self.number)
        second.addWidget(QLabel(self.tr("Ngày:"), self))
        second.addWidget(self.date)
        second.addWidget(self.mark_unaccepted)
        second.addWidget(self.count_drafts)
        buttons = QHBoxLayout()
        for button in (self.redraft_button, self.preview_button, self.pdf_button, self.docx_button,
                       self.print_button, self.issue_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.settings_button)

        form_widget = QWidget(self)
        form = QFormLayout(form_widget)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for key in SECTION_KEYS:
            form.addRow(self.section_titles[key], self.sections[key])
        form_scroll = QScrollArea(self)
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(form_widget)
        compose = QGroupBox(self.tr("Soạn nội dung"), self)
        compose_layout = QVBoxLayout(compose)
        compose_layout.addWidget(form_scroll)

        issued = QGroupBox(self.tr("Báo cáo đã ban hành của kế hoạch"), self)
        issued_layout = QVBoxLayout(issued)
        issued_layout.addWidget(self.issued_list)
        issued_buttons = QHBoxLayout()
        issued_buttons.addWidget(self.reopen_button)
        issued_buttons.addWidget(self.save_issued_button)
        issued_buttons.addStretch(1)
        issued_layout.addLayout(issued_buttons)
        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(compose)
        left.addWidget(issued)
        left.addWidget(self.electronic)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 1)

        preview = QGroupBox(self.tr("Xem trước"), self)
        preview_layout = QVBoxLayout(preview)
        preview_layout.addWidget(self.preview_label)
        preview_layout.addWidget(self.progress)
        preview_layout.addWidget(self.preview_scroll, 1)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(preview)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([480, 560])
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

    # ---- choices -------------------------------------------------------------------------------

    def request(self) -> ReportRequest | None:
        plan_id = self.picker.plan_id()
        code = self.period.currentData()
        if plan_id is None or code is None:
            return None
        qdate = self.date.date()
        kind = str(self.kind.currentData())
        return ReportRequest(plan_id, str(code), kind,
                             self.unit.currentData() if kind in UNIT_KINDS else None,
                             {key: edit.toPlainText() for key, edit in self.sections.items()},
                             self.number.text().strip(), date(qdate.year(), qdate.month(), qdate.day()),
                             self.mark_unaccepted.isChecked(), self.count_drafts.isChecked())

    def _fill_periods(self) -> None:
        plan = self.picker.plan()
        keep = self.period.currentData() or current_period(PeriodKind.QUARTER, self.today).code
        self.period.blockSignals(True)
        self.period.clear()
        for period in period_list(self.today, getattr(plan, "start_year", None), getattr(plan, "end_year", None)):
            self.period.addItem(f"{period_label(period)} ({period.code})", period.code)
        for period in self.adhoc:
            self.period.addItem(self.tr("{0} (đột xuất)").format(period_label(period)), period.code)
        index = self.period.findData(keep)
        if index < 0:  # the plan's own period: its last one once it has ended (as the period view)
            from desktop_app.ui.views.progress import plan_period

            index = self.period.findData(plan_period(plan, PeriodKind.QUARTER, self.today).code)
        self.period.setCurrentIndex(max(0, index))
        self.period.blockSignals(False)

    def _adhoc_loaded(self, periods: list[Period]) -> None:
        self.adhoc = periods
        self._fill_periods()

    def _units_loaded(self, units: list[Any]) -> None:
        from desktop_app.domain.text import sort_key

        keep = self.unit.currentData()
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItem(self.tr("(tất cả đơn vị)"), None)
        for unit in sorted((u for u in units if u.active), key=lambda u: sort_key(u.name)):
            self.unit.addItem(unit.name, unit.id)
        self.unit.setCurrentIndex(max(0, self.unit.findData(keep)))
        self.unit.blockSignals(False)

    def select_unit(self, unit_id: str) -> None:
        index = self.unit.findData(unit_id)
        if index >= 0:
            self.unit.setCurrentIndex(index)

    def select_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))

    def select_period(self, code: str) -> None:
        index = self.period.findData(code)
        if index >= 0:
            self.period.setCurrentIndex(index)

    def _plan_changed(self, _plan_id: str | None) -> None:
        self._fill_periods()
        self._load_issued()
        self._selection_changed()

    def _kind_changed(self, redraft: bool = True) -> None:
        kind = self.kind.currentData()
        self.unit.setEnabled(kind in UNIT_KINDS)
        self._update_buttons()
        if redraft:
            self._selection_changed()

    def _update_buttons(self) -> None:
        has_plan = self.picker.plan_id() is not None
        for button in (self.redraft_button, self.preview_button, self.pdf_button, self.print_button,
                       self.issue_button, self.settings_button):
            button.setEnabled(has_plan and not self._busy)
        self.docx_button.setEnabled(has_plan and not self._busy)
        selected = self.issued_list.currentRow() >= 0
        self.reopen_button.setEnabled(selected)
        self.save_issued_button.setEnabled(selected)
        self.electronic.update_state(has_plan, self._busy, selected)

    def _selection_changed(self) -> None:
        if not self.isVisible():
            self._dirty = True
            return
        self.redraft()

    def _changed(self, changes: frozenset[str]) -> None:
        if changes & {"units", "all"}:
            self.runner.read(unit_service.list_units, on_done=self._units_loaded)
        if changes & {"periods", "all"}:
            self.runner.read(period_service.list_adhoc_periods, on_done=self._adhoc_loaded)
        if changes & {"reports", "all"}:
            self._load_issued()

    def activated(self) -> None:
        if self._dirty:
            self.redraft()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._dirty:
            self._load_issued()
            self.redraft()

    # ---- drafting -----------------------------------------------------------------------------

    def redraft(self) -> None:
        """Fill the narrative sections with the draft built from the data of the chosen report."""
        self._dirty = False
        self._update_buttons()
        request = self.request()
        if request is None:
            for edit in self.sections.values():
                edit.setPlainText("")
            return
        if request.kind == "unit" and request.unit_id is None:
            self._show_problem(self.tr("Báo cáo của đơn vị: hãy chọn đơn vị."))
            return
        self.runner.read(_draft, request, on_done=self._drafted, on_error=self._error)

    def _drafted(self, result: tuple[ReportRequest, dict[str, str]]) -> None:
        request, sections = result
        current = self.request()
        if current is None or (current.plan_id, current.period, current.kind, current.unit_id) != (
                request.plan_id, request.period, request.kind, request.unit_id):
            return  # the choice changed meanwhile
        for key, edit in self.sections.items():
            edit.setPlainText(sections.get(key, ""))
        self.preview_label.setText(self.tr("Đã soạn nội dung. Sửa nếu cần rồi nhấn «Xem trước»."))

    # ---- preview ------------------------------------------------------------------------------

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        if text:
            self.preview_label.setText(text)
        self._update_buttons()

    def _progress(self, done: int, total: int) -> None:
        if self._busy and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def with_own_settings(self, proceed: Callable[[], None]) -> None:
        """A unit's own report: when the unit has no saved report settings, the settings dialog
        opens (with the draft) once; ``proceed`` runs after they are saved (or at once)."""
        request = self.request()
        if request is None:
            return
        if request.kind != "unit":
            proceed()
            return
        from desktop_app.services.report_settings import signing_unit

        def checked(unit: Any) -> None:
            if unit.saved:
                proceed()
                return
            self.message.emit(self.tr("Đơn vị «{0}» chưa có thiết lập báo cáo: kiểm tra và lưu một lần.")
                              .format(unit.name))
            self._open_settings(unit, then=proceed)

        self.runner.read(signing_unit, request.plan_id, request.kind, request.unit_id, on_done=checked,
                         on_error=self._error)

    def preview(self) -> None:
        self.with_own_settings(self._preview_now)

    def _preview_now(self) -> None:
        request = self.request()
        if request is None:
            return
        self._set_busy(True, self.tr("Đang dựng báo cáo…"))
        self.runner.run_job(_preview, request, label=self.tr("Dựng báo cáo"), on_done=self._previewed,
                            on_error=self._error)

    def _previewed(self, result: tuple[bytes, list[bytes]]) -> None:
        pdf, pngs = result
        self._set_busy(False)
        self.shown_issued = None
        self.show_pages(pdf, pngs, self.tr("Bản nháp: {0} trang").format(len(pngs)))

    def show_pages(self, pdf: bytes, pngs: list[bytes], caption: str) -> None:
        self.pdf = pdf
        self.images = images_of(pngs)
        for label in self.page_labels:
            self.pages_layout.removeWidget(label)
            label.deleteLater()
        self.page_labels = []
        for index in range(1, len(self.images) + 1):
            label = QLabel(self.pages_widget)
            label.setObjectName(f"page_{index}")
            label.setStyleSheet("QLabel { background: white; }")
            self.pages_layout.addWidget(label)
            self.page_labels.append(label)
        self._scale_pages()
        self.preview_label.setText(caption)
        self.preview_scroll.verticalScrollBar().setValue(0)

    def _page_width(self) -> int:
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return max(300, self.preview_scroll.width() - bar - 32)

    def _scale_pages(self) -> None:
        """Each page picture fits the preview's width (a vertical scroll bar included)."""
        width = self._page_width()
        self._scaled_width = width
        for label, image in zip(self.page_labels, self.images, strict=True):
            pixmap = QPixmap.fromImage(image)
            if pixmap.width() > width:
                pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            label.setPixmap(pixmap)
            label.setFixedSize(pixmap.size())  # a page is never squeezed by the layout

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.page_labels and abs(self._page_width() - getattr(self, "_scaled_width", 0)) > 16:
            self._scale_pages()

    def page_count(self) -> int:
        return len(self.page_labels)

    def _error(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._show_problem(error_text(exc))

    def _show_problem(self, text: str) -> None:
        self.preview_label.setText(text)
        self.message.emit(text)

    # ---- saving and printing ------------------------------------------------------------------

    def _ask_save(self, fmt: str) -> None:
        request = self.request()
        if request is None:
            return
        suffix = "docx" if fmt == "docx" else "pdf"
        name = f"bao-cao-{request.kind}-{request.period}.{suffix}"
        filters = self.tr("Tài liệu Word (*.docx)") if fmt == "docx" else self.tr("Tệp PDF (*.pdf)")
        dialog = QFileDialog(self, self.tr("Lưu báo cáo"), name, filters)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suffix)
        dialog.selectFile(name)
        dialog.fileSelected.connect(
            lambda path: self.with_own_settings(lambda: self.save_file(Path(path), fmt)) if path else None)
        self.save_dialog = dialog  # opened, not run: the window (and a test's keys) keeps going
        dialog.open()

    def save_file(self, path: Path, fmt: str) -> None:
        """Write the draft with the edited narrative to ``path`` (PDF or DOCX), on the worker."""
        request = self.request()
        if request is None:
            return
        self.runner.read(_generate, request, fmt, Path(path), on_error=self._error,
                         on_done=lambda _b: self.message.emit(self.tr("Đã lưu: {0}").format(path)))

    def print_report(self) -> None:
        """Print the previewed PDF true size (see ``print_pdf``) with the dialog's page range,
        copies and duplex; the dialog is kept in ``print_dialog``."""
        if not self.pdf:
            self._show_problem(self.tr("Hãy nhấn «Xem trước» trước khi in."))
            return
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.page_count()))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCollateCopies, True)
        self.print_dialog = dialog
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def print_to(self, printer: Any) -> int:
        """Send the previewed PDF to a set-up printer; the pages sent."""
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            sent = print_pdf(printer, self.pdf)
        finally:
            self.unsetCursor()
        self.message.emit(self.tr("Đã gửi {0} trang đến máy in.").format(sent))
        return sent

    # ---- issuing ------------------------------------------------------------------------------

    def _issuable(self) -> ReportRequest | None:
        request = self.request()
        if request is not None and not request.number:
            self._show_problem(self.tr("Nhập số báo cáo trước khi ban hành."))
            self.number.setFocus()
            return None
        return request

    def ask_issue(self) -> None:
        """Issuing cannot be undone: ask first (the box is kept in ``confirm_box``)."""
        request = self._issuable()
        if request is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Ban hành báo cáo"), self.tr(
            "Ban hành báo cáo số {0} ngày {1}? Báo cáo được lưu cố định, không sửa được nữa; "
            "các sửa đổi sau này chỉ có trong bản nháp mới.").format(
            request.number, format_date(request.report_date)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.accepted.connect(lambda: self.with_own_settings(self.issue))
        self.confirm_box = box
        box.open()

    def issue(self) -> None:
        request = self._issuable()
        if request is None:
            return
        request = replace(request, electronic=self.electronic.issue_choice())
        self._set_busy(True, self.tr("Đang ban hành…"))
        self.runner.run(_issue, request, changes={"reports"}, on_done=self._issued, on_error=self._error)

    def _issued(self, result: tuple[Any, bytes, list[bytes]]) -> None:
        info, pdf, pngs = result
        self._set_busy(False)
        self.shown_issued = info.id
        self.show_pages(pdf, pngs, self.tr("Đã ban hành báo cáo số {0} ngày {1}").format(
            info.reference, format_date(info.issued_on)))
        self.message.emit(self.tr("Đã ban hành báo cáo số {0}").format(info.reference))

    def _load_issued(self) -> None:
        plan_id = self.picker.plan_id()
        if plan_id is None:
            self.issued = []
            self.issued_list.clear()
            return
        self.runner.read(_list_issued, plan_id, on_done=self._issued_loaded, on_error=self._error)

    def _issued_loaded(self, result: tuple[str, list[Any]]) -> None:
        plan_id, issued = result
        if plan_id != self.picker.plan_id():
            return
        kinds = {self.kind.itemData(i): self.kind.itemText(i) for i in range(self.kind.count())}
        self.issued = issued
        self.issued_list.clear()
        for info in issued:
            text = self.tr("{0} ngày {1} — {2}, kỳ {3}").format(info.reference, format_date(info.issued_on),
                                                                kinds.get(info.kind, info.kind), info.period)
            item = QListWidgetItem(text, self.issued_list)
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            item.setToolTip(info.summary)
        self._update_buttons()

    def selected_issued(self) -> str | None:
        item = self.issued_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def reopen_selected(self) -> None:
        report_id = self.selected_issued()
        if report_id is not None:
            self.reopen(report_id)

    def reopen(self, report_id: str) -> None:
        """Show an issued report exactly as it was issued (its frozen PDF)."""
        info = next((i for i in self.issued if i.id == report_id), None)
        caption = (self.tr("Bản đã ban hành: số {0} ngày {1}").format(info.reference, format_date(info.issued_on))
                   if info is not None else self.tr("Bản đã ban hành"))

        def done(result: tuple[bytes, list[bytes]]) -> None:
            self._set_busy(False)
            self.shown_issued = report_id
            self.show_pages(result[0], result[1], caption)

        self._set_busy(True, self.tr("Đang mở báo cáo đã ban hành…"))
        self.runner.read(_reopen, report_id, on_done=done, on_error=self._error)

    def _ask_save_issued(self) -> None:
        report_id = self.selected_issued()
        info = next((i for i in self.issued if i.id == report_id), None)
        if info is None:
            return
        filters = self.tr("Tệp PDF (*.pdf)") + ";;" + self.tr("Tài liệu Word (*.docx)")
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Lưu bản đã ban hành"),
                                                   f"bao-cao-{info.number}-{info.period}.pdf", filters)
        if path:
            fmt = "docx" if path.lower().endswith(".docx") or "docx" in chosen else "pdf"
            self.runner.read(_save_issued, info.id, fmt, Path(path), on_error=self._error,
                             on_done=lambda p: self.message.emit(self.tr("Đã lưu: {0}").format(p)))

    # ---- settings -----------------------------------------------------------------------------

    def edit_settings(self) -> None:
        request = self.request()
        if request is None:
            return
        from desktop_app.services.report_settings import signing_unit

        self.runner.read(signing_unit, request.plan_id, request.kind, request.unit_id, request.period,
                         on_done=self._open_settings, on_error=self._error)

    def _open_settings(self, unit: Any, then: Callable[[], None] | None = None) -> None:
        from desktop_app.ui.dialogs.report_settings import ReportSettingsDialog

        self.settings_dialog = ReportSettingsDialog(unit.settings, unit.name, self)
        self.settings_dialog.accepted.connect(lambda: self.save_settings(unit.unit_id, self.settings_dialog, then))
        self.settings_dialog.open()

    def save_settings(self, unit_id: str, dialog: Any, then: Callable[[], None] | None = None) -> None:
        from desktop_app.services.report_settings import save_settings

        def saved(_settings: Any) -> None:
            self.message.emit(self.tr("Đã lưu thiết lập báo cáo."))
            if then is not None:
                then()

        self.runner.run(save_settings, unit_id, dialog.result_settings(), changes={"report_settings"},
                        on_error=self._error, on_done=saved)
