"""The "Kỳ báo cáo / Tiến độ" screen: a plan, a period (the current one by default, with its
cut-off window and deadline), and the grid of task × unit progress, filterable; the review of the
units' updates (accept / return many rows at once: Shift+arrows or Ctrl+A, then Ctrl+Enter or
Ctrl+Shift+Enter) with a per-unit summary under the grid."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QIdentityProxyModel, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.periods import Period, PeriodKind, periods_of_year
from desktop_app.services import periods as period_service
from desktop_app.services import progress as progress_service
from desktop_app.services import review as review_service
from desktop_app.services import tasks as task_service
from desktop_app.services.periods import current_period
from desktop_app.services.progress import ProgressRow
from desktop_app.ui.formats import format_date
from desktop_app.ui.labels import period_label
from desktop_app.ui.models.progress import COLUMNS, FIELD_COLUMN, REVIEW_STATES, ProgressModel, review_label
from desktop_app.ui.models.unit_lookup import UnitLookup
from desktop_app.ui.ops import OpRunner, error_text
from desktop_app.ui.progress_merge import ProgressEditor
from desktop_app.ui.widgets.delegate import GridDelegate
from desktop_app.ui.widgets.grid_view import GridView
from desktop_app.ui.widgets.plan_picker import PlanPicker
from desktop_app.ui.widgets.problem_label import ProblemLabel
from desktop_app.ui.widgets.review_summary import ReviewSummary

PROGRESS = frozenset({"progress"})


# above this many tasks the per-unit review summary is computed when the clerk asks (Enter on it):
# it reads every row of the period, seconds on a plan of 100,000 tasks, and would hold the worker
SUMMARY_AUTO_TASKS = 5000


def plan_period(plan: Any, kind: PeriodKind, today: date) -> Period:
    """The period a plan opens on: the current one, or the last of a plan that has ended (a plan of
    2025 opens on its own last period, never on one after it), or the first of one not begun."""
    end, start = getattr(plan, "end_year", None), getattr(plan, "start_year", None)
    period = current_period(kind, today)
    if end is not None and period.year > end:
        period = current_period(kind, date(end, 12, 31))
        while period.year > end:
            period = period.previous()
    elif start is not None and period.year < start:
        period = current_period(kind, date(start, 1, 1))
    return period


def period_choices(today: date) -> list[Period]:
    """Quarters, halves, year and months of next year back to five years ago, newest first."""
    order = {PeriodKind.QUARTER: 0, PeriodKind.HALF_YEAR: 1, PeriodKind.YEAR: 2, PeriodKind.MONTH: 3}
    result: list[Period] = []
    for year in range(today.year + 1, today.year - 6, -1):
        result += sorted((p for p in periods_of_year(year) if p.kind in order),
                         key=lambda p: (order[p.kind], p.start))
    return result


class ProgressView(QWidget):
    message = Signal(str)

    def __init__(self, runner: OpRunner, units: UnitLookup, parent: QWidget | None = None,
                 stack: QUndoStack | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progress_view")
        self.runner = runner
        self.units = units
        self.stack = stack if stack is not None else getattr(parent, "stack", None) or QUndoStack(self)
        self.today = today or date.today()
        self.model = ProgressModel(self)
        self.model.fetch_page = self._fetch_page
        self.proxy = QIdentityProxyModel(self)  # rows arrive filtered (the filters are query parameters)
        self.proxy.setSourceModel(self.model)
        self._query: tuple[Any, ...] | None = None  # what the rows shown were read for
        self._pinned_plan: str | None = None  # a plan opened on a period asked for (kept as asked)
        self.picker = PlanPicker(runner, self, getattr(parent, "plan_source", None))
        self.period = QComboBox(self)
        self.period.setObjectName("period_combo")
        current = current_period(PeriodKind.QUARTER, self.today)
        for period in period_choices(self.today):
            self.period.addItem(f"{period_label(period)} ({period.code})", period.code)
        self.period.setCurrentIndex(max(0, self.period.findData(current.code)))
        self.window_label = QLabel(self)
        self.window_label.setObjectName("period_window")
        self.unit_filter = QComboBox(self)
        self.group_filter = QComboBox(self)
        self.state_filter = QComboBox(self)
        for value, text in (("all", self.tr("Tất cả")), ("attention", self.tr("Quá hạn và sắp đến hạn")),
                            ("overdue", self.tr("Quá hạn")), ("due_soon", self.tr("Sắp đến hạn"))):
            self.state_filter.addItem(text, value)
        self.review_filter = QComboBox(self)
        self.review_filter.setObjectName("review_filter")
        self.review_filter.addItem(self.tr("Tất cả"), None)
        for state in REVIEW_STATES:
            self.review_filter.addItem(review_label(state), state)
        self.coordinators = QCheckBox(self.tr("Cả đơn vị phối hợp"), self)
        self.copy_button = QPushButton(self.tr("Sao chép từ kỳ trước"), self)
        from desktop_app.ui.excel_actions import ExcelActions

        self.excel = ExcelActions(runner, self, "progress", self.picker.plan_id, self.period_code,
                                  imported=self.reload)
        self.excel.message.connect(self.message)
        self.template_button = QPushButton(self.tr("Tải mẫu Excel…"), self)
        self.import_button = QPushButton(self.tr("Nhập từ Excel…"), self)
        self.export_button = QPushButton(self.tr("Xuất Excel…"), self)
        self.template_button.clicked.connect(self.excel.ask_template)
        self.import_button.clicked.connect(self.excel.ask_import)
        self.export_button.clicked.connect(self.excel.ask_export)
        self.grid = GridView(self)
        self.grid.setObjectName("progress_grid")
        self.grid.setModel(self.proxy)
        self.grid.setItemDelegate(GridDelegate(units, self.grid))
        # many rows are reviewed at once: Shift+arrows, Ctrl+A, Ctrl+click select them
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for i, column in enumerate(COLUMNS):
            self.grid.setColumnWidth(i, column[3])
        self.problem = ProblemLabel(self)
        self.summary = QLabel(self)
        self.review_summary = ReviewSummary(self)
        self.review_summary.unit_chosen.connect(self.show_unit)
        self.toolbar = QToolBar(self)
        self._actions()
        self._layout()

        self.picker.plan_changed.connect(self._plan_changed)
        self._apply_cadence(self.picker.plan_id())  # the plan the picker opened with
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.coordinators.toggled.connect(lambda _c: self.reload())
        for combo in (self.unit_filter, self.group_filter, self.state_filter, self.review_filter):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.copy_button.clicked.connect(self.copy_previous)
        # saves name the version each row was read at; a save refused is merged (ui/progress_merge.py)
        self.editor = ProgressEditor(runner, self.stack, self.model, self.period_code, self.reload, self)
        self.editor.problem.connect(self.message)
        self.model.edit_requested.connect(self._edit)
        self.model.problem.connect(self.message)
        self.grid.cell_problem.connect(self.problem.show_problem)
        runner.changed.connect(self._changed)
        self._dirty = True
        self._just_shown = False
        runner.read(period_service.list_adhoc_periods, on_done=self._add_adhoc)

    def _add_adhoc(self, periods: list[Period]) -> None:
        """Ad-hoc (đột xuất) periods recorded in the database, after the standard ones."""
        for period in periods:
            if self.period.findData(period.code) < 0:
                self.period.addItem(self.tr("{0} (đột xuất)").format(period_label(period)), period.code)

    def _actions(self) -> None:
        def act(text: str, keys: list[str], slot: Any, tip: str) -> QAction:
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            if keys:
                native = QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)
                tip = f"{tip} ({native})"
            action.setToolTip(tip)
            action.setStatusTip(tip)
            action.triggered.connect(slot)
            self.addAction(action)
            self.toolbar.addAction(action)
            return action

        self.accept_action = act(self.tr("Duyệt"), ["Ctrl+Return", "Ctrl+Enter"], self.accept_rows,
                                 self.tr("Duyệt các dòng đang chọn (chọn nhiều dòng: Shift+mũi tên, Ctrl+A)"))
        self.return_action = act(self.tr("Trả lại…"), ["Ctrl+Shift+Return", "Ctrl+Shift+Enter"], self.return_rows,
                                 self.tr("Trả lại các dòng đang chọn cho đơn vị, kèm lý do; dòng bị trả lại tính là "
                                         "chưa hoàn thành cho đến khi được sửa và duyệt"))
        self.submit_action = act(self.tr("Gửi duyệt"), [], self.submit_rows,
                                 self.tr("Đơn vị gửi các dòng đang chọn lên cơ quan tổng hợp"))
        self.toolbar.addSeparator()
        self.attach_action = act(self.tr("Tài liệu kèm theo…"), ["Ctrl+Shift+D"], self.show_attachments,
                                 self.tr("Văn bản, minh chứng của bản cập nhật đang chọn"))
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.grid.customContextMenuRequested.connect(self._context_menu)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.grid.indexAt(pos)
        if index.isValid() and not self.grid.selectionModel().isSelected(index):
            self.grid.setCurrentIndex(index)
        menu = QMenu(self)
        for action in (self.accept_action, self.return_action, self.submit_action, None, self.attach_action):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        self.context_menu = menu
        menu.popup(self.grid.viewport().mapToGlobal(pos))

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Kế hoạch:"), self))
        top.addWidget(self.picker, 3)
        top.addWidget(QLabel(self.tr("Kỳ:"), self))
        top.addWidget(self.period, 1)
        filters = QHBoxLayout()
        for text, widget in ((self.tr("Đơn vị:"), self.unit_filter), (self.tr("Nhóm:"), self.group_filter),
                             (self.tr("Hạn:"), self.state_filter), (self.tr("Duyệt:"), self.review_filter)):
            filters.addWidget(QLabel(text, self))
            filters.addWidget(widget, 1)
        filters.addWidget(self.coordinators)
        filters.addWidget(self.copy_button)
        excel = QHBoxLayout()
        excel.addStretch(1)
        for button in (self.template_button, self.import_button, self.export_button):
            excel.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.window_label)
        layout.addLayout(filters)
        layout.addWidget(self.toolbar)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.grid)
        split.addWidget(self.review_summary)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([480, 150])
        layout.addWidget(split, 1)
        layout.addWidget(self.problem)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addLayout(excel)
        layout.addLayout(bottom)

    # ---- loading ------------------------------------------------------------------------------

    def period_code(self) -> str:
        return str(self.period.currentData())

    def query(self) -> tuple[Any, ...]:
        """What the grid shows: plan, period, as-of day, coordinators, unit, group, deadline state,
        review state."""
        return (self.picker.plan_id(), self.period_code(), self.today, self.coordinators.isChecked(),
                self.unit_filter.currentData(), self.group_filter.currentData(),
                self.state_filter.currentData() or "all", self.review_filter.currentData())

    def reload(self) -> None:
        """Read the first page again (as many rows as are shown, so the grid keeps its place)."""
        if not self.isVisible():  # loaded when the screen is shown
            self._dirty = True
            return
        self._dirty = False
        query = self.query()
        if query[0] is None:
            self._query = None
            self.model.set_rows([])
            self._summarise()
            self.review_summary.setRowCount(0)
            return
        self._query = query
        limit = max(progress_service.PAGE, len(self.model.rows))
        self.runner.read(_load, *query, limit, on_done=self._loaded,
                         on_error=lambda exc: self.message.emit(error_text(exc)))
        self.runner.read(progress_service.period_units, query[0], query[1], query[3], on_done=self._units_read)

    def _read_review(self) -> None:
        """The per-unit review summary (reads every row of the period, after the first page)."""
        query = self._query
        if query is None:
            return
        self.runner.read(_load_review, query[0], query[1], self.today, on_done=self._review_loaded,
                         on_error=lambda exc: self.message.emit(error_text(exc)))

    def _plan_changed(self, plan_id: str | None) -> None:
        """Open a plan on its own kind of period: the current half-year for a plan reported
        half-yearly, not an empty quarter (unless a period was asked for, or chosen meanwhile)."""
        self.reload()
        self._apply_cadence(plan_id)

    def _apply_cadence(self, plan_id: str | None) -> None:
        if plan_id is None or plan_id == self._pinned_plan:
            return
        shown = self.period_code()

        def use(kind: PeriodKind) -> None:
            if self.picker.plan_id() != plan_id or self.period_code() != shown or plan_id == self._pinned_plan:
                return
            index = self.period.findData(plan_period(self.picker.plan(), kind, self.today).code)
            if index >= 0 and index != self.period.currentIndex():
                self.period.setCurrentIndex(index)

        self.runner.read(period_service.reporting_kind, plan_id, on_done=use)

    def _review_loaded(self, data: review_service.Completeness) -> None:
        if data.plan_id == self.picker.plan_id() and data.period_code == self.period_code():
            self.review_summary.show_completeness(data)

    def _loaded(self, result: tuple[tuple[Any, ...], Any, progress_service.ProgressPage, list[Any], int, int, str]
                ) -> None:
        query, period, page, groups, offset, task_count, cadence = result
        if query != self._query:
            return
        if task_count <= SUMMARY_AUTO_TASKS:
            self._read_review()
        else:  # a very large plan: the summary reads the whole period, so only when asked
            self.review_summary.offer(task_count, self._read_review)
        current = self.grid.currentIndex()
        where = (current.row(), current.column()) if current.isValid() else None
        self.model.set_rows(page.rows, page.more, page.after)
        self.grid.fit_columns((FIELD_COLUMN["review_state"], FIELD_COLUMN["status"]))  # titles, short labels whole
        self.window_label.setText(self.tr("Chốt số liệu từ {0} đến {1} · Hạn gửi báo cáo: {2}").format(
            format_date(period.start), format_date(period.end), format_date(period.deadline_on(offset)))
            + (f" · {cadence}" if cadence else ""))  # said plainly: the plan is not reported by this period
        self._refill(self.group_filter, [(g.id, f"{g.position}. {g.title}") for g in groups])
        self._summarise()
        if where and where[0] < self.proxy.rowCount():
            self.grid.setCurrentIndex(self.proxy.index(*where))

    def _fetch_page(self, after: Any) -> None:
        query = self._query
        if query is None:
            return

        def arrived(page: progress_service.ProgressPage) -> None:
            if query == self._query:
                self.model.add_page(page.rows, page.more, page.after)
                self._summarise()

        self.runner.read(_page, *query, after, progress_service.PAGE, on_done=arrived,
                         on_error=lambda exc: self.message.emit(error_text(exc)))

    def _units_read(self, units: list[tuple[str, str]]) -> None:
        self._refill(self.unit_filter, units)

    def show_unit(self, unit_id: str | None) -> None:
        """Only one unit's rows (the summary's Enter / double-click); the total row shows all."""
        self.unit_filter.setCurrentIndex(max(0, self.unit_filter.findData(unit_id)))
        self.grid.setFocus()

    def _refill(self, combo: QComboBox, items: list[tuple[str, str]]) -> None:
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Tất cả"), None)
        for value, text in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(keep)))
        combo.blockSignals(False)

    def _summarise(self) -> None:
        """Counts of the rows read; while pages remain the clerk is told the count is so far."""
        rows = self.model.rows
        overdue = sum(1 for r in rows if r.report_status == "overdue")
        done = sum(1 for r in rows if r.status == "done")
        returned = sum(1 for r in rows if r.returned)
        text = self.tr("{0} dòng · hoàn thành {1} · quá hạn {2} · bị trả lại {3}", "", len(rows)).format(
            len(rows), done, overdue, returned)  # n: "1 row" / "2 rows" in English
        if self.model.more:
            text = self.tr("{0} dòng đầu (cuộn xuống để đọc tiếp)").format(text)
        self.summary.setText(text)

    def _changed(self, changes: frozenset[str]) -> None:
        if changes & {"tasks", "task_fields", "units", "all"} and self.isVisible():
            self.reload()

    def activated(self) -> None:
        if self._just_shown:  # showing the screen has just read it
            self._just_shown = False
            return
        self.reload()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._dirty:
            self.reload()
            self._just_shown = True

    def hideEvent(self, event: Any) -> None:
        super().hideEvent(event)
        self._just_shown = False

    # ---- editing ------------------------------------------------------------------------------

    def _edit(self, request: tuple[ProgressRow, str, Any, Any]) -> None:
        self.editor.edit(*request)

    def copy_previous(self) -> None:
        plan_id = self.picker.plan_id()
        if plan_id is None:
            return
        self.runner.run(progress_service.copy_from_previous, plan_id, self.period_code(),
                        changes={"progress"},
                        on_done=self._copied)

    def _copied(self, count: int) -> None:
        self.message.emit(self.tr("Đã sao chép {0} dòng từ kỳ trước.").format(count))
        self.reload()

    # ---- review -------------------------------------------------------------------------------

    def selected_rows(self) -> list[ProgressRow]:
        """The rows selected in the grid (the current row when nothing is selected), in order."""
        proxy_rows = {index.row() for index in self.grid.selectionModel().selectedIndexes()}
        if not proxy_rows and self.grid.currentIndex().isValid():
            proxy_rows = {self.grid.currentIndex().row()}
        rows = sorted(self.proxy.mapToSource(self.proxy.index(r, 0)).row() for r in proxy_rows)
        return [self.model.rows[r] for r in rows if 0 <= r < len(self.model.rows)]

    def _reported(self, verb: str) -> tuple[list[ProgressRow], int]:
        """The selected rows that have an update, and how many selected rows have none."""
        self.grid.commit_open_editor()
        rows = self.selected_rows()
        reported = [r for r in rows if r.progress_id is not None]
        if not reported:
            text = (self.tr("Các dòng đang chọn chưa có bản cập nhật tiến độ nào để {0}.").format(verb) if rows
                    else self.tr("Hãy chọn các dòng cần {0} (Shift+mũi tên, Ctrl+A).").format(verb))
            self.problem.show_problem(text)
            self.message.emit(text)
        return reported, len(rows) - len(reported)

    def _review(self, fn: Any, rows: list[ProgressRow], skipped: int, done_text: str, *args: Any) -> None:
        versions = {r.progress_id: r.version for r in rows if r.progress_id is not None and r.version is not None}

        def done(outcome: review_service.ReviewOutcome) -> None:
            text = done_text.format(len(outcome.changed))
            if outcome.unchanged:
                text += " " + self.tr("{0} bản đã ở trạng thái này từ trước.").format(len(outcome.unchanged))
            if skipped:
                text += " " + self.tr("Bỏ qua {0} dòng chưa báo cáo.").format(skipped)
            self.problem.show_problem("")
            self.message.emit(text)
            self.reload()

        def failed(exc: BaseException) -> None:
            self.problem.show_problem(error_text(exc))
            self.message.emit(error_text(exc))

        self.runner.run(fn, [r.progress_id for r in rows], *args, expected_versions=versions, changes=PROGRESS,
                        on_done=done, on_error=failed)

    def accept_rows(self) -> None:
        """Accept the selected updates: one transaction; refused as a whole with the service's reason."""
        rows, skipped = self._reported(self.tr("duyệt"))
        if rows:
            self._review(review_service.accept, rows, skipped, self.tr("Đã duyệt {0} bản cập nhật."))

    def return_rows(self) -> None:
        """Ask the reason, then return the selected updates (one transaction)."""
        from desktop_app.ui.dialogs.return_reason import ReturnReasonDialog

        rows, skipped = self._reported(self.tr("trả lại"))
        if not rows:
            return
        units = list(dict.fromkeys(r.unit_name for r in rows))
        dialog = ReturnReasonDialog(len(rows), units, self)
        dialog.accepted.connect(lambda: self._review(review_service.return_, rows, skipped,
                                                     self.tr("Đã trả lại {0} bản cập nhật."), dialog.text()))
        self.return_dialog = dialog
        self.return_dialog.open()

    def submit_rows(self) -> None:
        rows, skipped = self._reported(self.tr("gửi"))
        if rows:
            self._review(review_service.submit, rows, skipped, self.tr("Đã gửi {0} bản cập nhật."))

    def show_attachments(self) -> None:
        from desktop_app.ui.dialogs.attachments import AttachmentsDialog

        index = self.grid.currentIndex()
        if not index.isValid():
            return
        row = self.model.rows[self.proxy.mapToSource(index).row()]
        if row.progress_id is None:
            self.message.emit(self.tr("{0} chưa có bản cập nhật tiến độ trong kỳ này; hãy nhập tiến độ trước khi "
                                      "đính kèm văn bản.").format(row.unit_name))
            return
        title = self.tr("Nhiệm vụ {0} — {1}, kỳ {2}").format(row.task_number, row.unit_name, self.period_code())
        self.attachments_dialog = AttachmentsDialog(self.runner, "progress", row.progress_id, title, self)
        self.attachments_dialog.open()

    def open_progress(self, plan_id: str | None, _progress_id: str, title: str) -> None:
        code = title.split(" ")[1] if title.count(" ") >= 1 else ""
        index = self.period.findData(code)
        if index >= 0:
            self._pinned_plan = plan_id
        if plan_id:
            self.picker.select(plan_id)
        if index >= 0:
            self.period.setCurrentIndex(index)

    def apply_filter(self, plan_id: str | None, period_code: str | None = None, unit_id: str | None = None,
                     group_id: str | None = None, state: str = "all") -> None:
        """Show a plan's period with only the rows of a unit / a group / a deadline state."""
        for combo, value in ((self.unit_filter, unit_id), (self.group_filter, group_id)):
            if value is not None and combo.findData(value) < 0:
                combo.addItem(self.tr("(đang tải…)"), value)  # named when the rows come
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.state_filter.setCurrentIndex(max(0, self.state_filter.findData(state)))
        index = self.period.findData(period_code) if period_code else -1
        if index >= 0:
            self.period.setCurrentIndex(index)
            self._pinned_plan = plan_id
        if plan_id is not None:
            self.picker.select(plan_id)

    def commit_open_editor(self) -> None:
        self.grid.commit_open_editor()


def _page(db: Any, *query_after_limit: Any) -> progress_service.ProgressPage:
    """The rows of the grid's query (see ``ProgressView.query``) after a cursor."""
    from desktop_app.services.periods import get_period

    plan_id, code, today, coordinators, unit_id, group_id, state, review, after, limit = query_after_limit
    period = get_period(db, code)
    return progress_service.period_page(db, plan_id, code, as_of=min(period.end, today), unit_id=unit_id,
                                        include_coordinators=coordinators, group_id=group_id, state=state,
                                        review=review, after=after, limit=limit)


def _load(db: Any, *query_and_limit: Any) -> tuple[Any, ...]:
    """The first page of the grid, with the period, the plan's groups and its report deadline."""
    from desktop_app.services import plans as plan_service
    from desktop_app.services.periods import cadence_note, get_period

    *query, limit = query_and_limit
    plan_id, code = query[0], query[1]
    page = _page(db, *query, None, limit)
    plan = plan_service.get_plan(db, plan_id)
    period = get_period(db, code)
    return (tuple(query), period, page, task_service.list_groups(db, plan_id),
            plan.deadline_offset_days, plan.task_count, cadence_note(db, plan_id, period))


def _load_review(db: Any, plan_id: str, code: str, today: date) -> review_service.Completeness:
    from desktop_app.services.periods import get_period

    period = get_period(db, code)
    return review_service.completeness(db, plan_id, code, as_of=min(period.end, today))
