"""The "Kỳ báo cáo / Tiến độ" screen: a plan, a period (the current one by default, with its
cut-off window and deadline), and the grid of task × unit progress, filterable."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.periods import Period, PeriodKind, periods_of_year
from desktop_app.services import periods as period_service
from desktop_app.services import progress as progress_service
from desktop_app.services import tasks as task_service
from desktop_app.services.periods import current_period
from desktop_app.services.progress import ProgressRow
from desktop_app.ui.formats import format_date
from desktop_app.ui.models.progress import COLUMNS, ProgressFilter, ProgressModel
from desktop_app.ui.models.unit_lookup import UnitLookup
from desktop_app.ui.ops import OpRunner, error_text
from desktop_app.ui.progress_commands import EditProgress
from desktop_app.ui.widgets.delegate import GridDelegate
from desktop_app.ui.widgets.grid_view import GridView
from desktop_app.ui.widgets.plan_picker import PlanPicker
from desktop_app.ui.widgets.problem_label import ProblemLabel


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
        self.proxy = ProgressFilter(self)
        self.proxy.setSourceModel(self.model)
        self.picker = PlanPicker(runner, self, getattr(parent, "plan_source", None))
        self.period = QComboBox(self)
        self.period.setObjectName("period_combo")
        current = current_period(PeriodKind.QUARTER, self.today)
        for period in period_choices(self.today):
            self.period.addItem(f"{period.label} ({period.code})", period.code)
        self.period.setCurrentIndex(max(0, self.period.findData(current.code)))
        self.window_label = QLabel(self)
        self.window_label.setObjectName("period_window")
        self.unit_filter = QComboBox(self)
        self.group_filter = QComboBox(self)
        self.state_filter = QComboBox(self)
        for value, text in (("all", self.tr("Tất cả")), ("attention", self.tr("Quá hạn và sắp đến hạn")),
                            ("overdue", self.tr("Quá hạn")), ("due_soon", self.tr("Sắp đến hạn"))):
            self.state_filter.addItem(text, value)
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
        for i, column in enumerate(COLUMNS):
            self.grid.setColumnWidth(i, column[3])
        self.problem = ProblemLabel(self)
        self.summary = QLabel(self)
        self._layout()

        self.picker.plan_changed.connect(lambda _p: self.reload())
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.coordinators.toggled.connect(lambda _c: self.reload())
        for combo in (self.unit_filter, self.group_filter, self.state_filter):
            combo.currentIndexChanged.connect(lambda _i: self._filter())
        self.copy_button.clicked.connect(self.copy_previous)
        self.model.edit_requested.connect(self._edit)
        self.model.problem.connect(self.message)
        self.grid.cell_problem.connect(self.problem.show_problem)
        runner.changed.connect(self._changed)
        self._dirty = True
        runner.read(period_service.list_adhoc_periods, on_done=self._add_adhoc)

    def _add_adhoc(self, periods: list[Period]) -> None:
        """Ad-hoc (đột xuất) periods recorded in the database, after the standard ones."""
        for period in periods:
            if self.period.findData(period.code) < 0:
                self.period.addItem(self.tr("{0} (đột xuất)").format(period.label), period.code)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Kế hoạch:"), self))
        top.addWidget(self.picker, 3)
        top.addWidget(QLabel(self.tr("Kỳ:"), self))
        top.addWidget(self.period, 1)
        filters = QHBoxLayout()
        for text, widget in ((self.tr("Đơn vị:"), self.unit_filter), (self.tr("Nhóm:"), self.group_filter),
                             (self.tr("Hạn:"), self.state_filter)):
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
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.problem)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addLayout(excel)
        layout.addLayout(bottom)

    # ---- loading ------------------------------------------------------------------------------

    def period_code(self) -> str:
        return str(self.period.currentData())

    def reload(self) -> None:
        if not self.isVisible():  # loaded when the screen is shown
            self._dirty = True
            return
        self._dirty = False
        plan_id = self.picker.plan_id()
        if plan_id is None:
            self.model.set_rows([])
            return
        code = self.period_code()
        self.runner.read(_load, plan_id, code, self.today, self.coordinators.isChecked(),
                         on_done=self._loaded, on_error=lambda exc: self.message.emit(error_text(exc)))

    def _loaded(self, result: tuple[str, str, Any, list[ProgressRow], list[Any], int]) -> None:
        plan_id, code, period, rows, groups, offset = result
        if plan_id != self.picker.plan_id() or code != self.period_code():
            return
        current = self.grid.currentIndex()
        where = (current.row(), current.column()) if current.isValid() else None
        self.model.set_rows(rows)
        self.window_label.setText(self.tr("Chốt số liệu từ {0} đến {1} · Hạn gửi báo cáo: {2}").format(
            format_date(period.start), format_date(period.end), format_date(period.deadline_on(offset))))
        self._fill_filters(rows, groups)
        self._filter()
        if where and where[0] < self.proxy.rowCount():
            self.grid.setCurrentIndex(self.proxy.index(*where))

    def _fill_filters(self, rows: list[ProgressRow], groups: list[Any]) -> None:
        def refill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Tất cả"), None)
            for value, text in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(keep)))
            combo.blockSignals(False)

        units = sorted({(r.unit_id, r.unit_name) for r in rows}, key=lambda u: u[1])
        refill(self.unit_filter, units)
        refill(self.group_filter, [(g.id, f"{g.position}. {g.title}") for g in groups])

    def _filter(self) -> None:
        self.proxy.set_filter(self.unit_filter.currentData(), self.group_filter.currentData(),
                              self.state_filter.currentData() or "all")
        rows = [self.model.rows[self.proxy.mapToSource(self.proxy.index(i, 0)).row()]
                for i in range(self.proxy.rowCount())]
        overdue = sum(1 for r in rows if r.report_status == "overdue")
        done = sum(1 for r in rows if r.status == "done")
        self.summary.setText(self.tr("{0} dòng · hoàn thành {1} · quá hạn {2}").format(len(rows), done, overdue))

    def _changed(self, changes: frozenset[str]) -> None:
        if changes & {"tasks", "task_fields", "units", "all"} and self.isVisible():
            self.reload()

    def activated(self) -> None:
        self.reload()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._dirty:
            self.reload()

    # ---- editing ------------------------------------------------------------------------------

    def _edit(self, request: tuple[ProgressRow, str, Any, Any]) -> None:
        row, field, old, new = request
        self.stack.push(EditProgress(self.runner, row, self.period_code(), field, old, new,
                                     self.tr("Sửa tiến độ {0}").format(row.task_number), self.reload,
                                     self._failed))

    def _failed(self, key: str, field: str, value: Any, exc: BaseException) -> None:
        text = format_date(value) if isinstance(value, date) else ("" if value is None else str(value))
        self.model.set_error(key, field, text, error_text(exc))

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

    def open_progress(self, plan_id: str | None, _progress_id: str, title: str) -> None:
        if plan_id:
            self.picker.select(plan_id)
        code = title.split(" ")[1] if title.count(" ") >= 1 else ""
        index = self.period.findData(code)
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
        if plan_id is not None:
            self.picker.select(plan_id)

    def commit_open_editor(self) -> None:
        self.grid.commit_open_editor()


def _load(db: Any, plan_id: str, code: str, today: date, coordinators: bool) -> tuple[Any, ...]:
    from desktop_app.services import plans as plan_service
    from desktop_app.services.periods import get_period

    period = get_period(db, code)
    rows = progress_service.period_rows(db, plan_id, code, as_of=min(period.end, today),
                                        include_coordinators=coordinators)
    plan = plan_service.get_plan(db, plan_id)
    return plan_id, code, period, rows, task_service.list_groups(db, plan_id), plan.deadline_offset_days
