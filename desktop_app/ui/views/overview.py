"""The "Tổng quan" screen of one plan, from services/overview.plan_overview (read on the DB thread):
counts (overdue, due within 7 / 30 days, units that have not reported, reports to send) with their
lists, and charts — completion by group and by lead unit, targets, done tasks per period.

Everything leads somewhere: a count, a bar segment, a legend entry or a list row opens the task
grid showing just those tasks; a unit (bar label, "not reported" row) opens the progress grid of
that unit for the period; a trend column opens the progress grid of its period.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.periods import Period
from desktop_app.domain.status import REPORT_COLOURS, ReportStatus
from desktop_app.services.overview import DueTask, PlanOverview
from desktop_app.ui.formats import format_date
from desktop_app.ui.labels import period_label
from desktop_app.ui.ops import OpRunner, error_text
from desktop_app.ui.widgets.charts import status_text
from desktop_app.ui.widgets.charts.stacked_bars import StackedBarsChart
from desktop_app.ui.widgets.charts.target_bar import TargetBarsChart
from desktop_app.ui.widgets.charts.trend import TrendChart
from desktop_app.ui.widgets.plan_picker import PlanPicker

translate = QCoreApplication.translate
LISTS = ("overdue", "due_7", "due_30", "not_reported", "reports")
CARD_COLOURS = {"overdue": REPORT_COLOURS[ReportStatus.OVERDUE], "due_7": "#ef6c00", "due_30": "#f9a825",
                "not_reported": "#6a1b9a", "reports": "#1565c0"}


@dataclass(frozen=True)
class DueReport:
    period: Period
    deadline: date
    issued: bool


@dataclass(frozen=True)
class OverviewData:
    plan_id: str
    overview: PlanOverview
    reports: list[DueReport]


def load_overview(db: Any, plan_id: str, today: date) -> OverviewData:
    """Runs on the DB thread: the plan's overview, and the reports it still has to send."""
    from desktop_app.reports.issue import list_issued
    from desktop_app.services.overview import plan_overview, reports_due
    from desktop_app.services.plans import get_plan

    plan = get_plan(db, plan_id)
    issued = {(r.period, r.kind) for r in list_issued(db, plan.id)}
    reports = [DueReport(period, deadline, (period.code, "progress") in issued)
               for period, deadline in reports_due(today, plan.deadline_offset_days)]
    return OverviewData(plan.id, plan_overview(db, plan.id, as_of=today), reports)


class CountCard(QPushButton):
    """A big number over its caption; a click opens what it counts."""

    def __init__(self, key: str, caption: str | Callable[[int], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"card_{key}")
        self.key = key
        self.caption_for = caption if callable(caption) else (lambda _n, c=caption: c)  # by count: "1 task"
        self.caption = self.caption_for(0)
        self.setMinimumHeight(64)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        colour = CARD_COLOURS[key]
        self.setStyleSheet(f"QPushButton {{ border: 1px solid #c9c9c9; border-left: 6px solid {colour}; "
                           f"border-radius: 3px; background: #ffffff; padding: 4px 8px; text-align: left; }}"
                           f"QPushButton:hover {{ background: #f5f5f5; }}"
                           f"QPushButton:focus {{ border: 2px solid {colour}; border-left: 6px solid {colour}; }}")
        self.set_value("–")

    def set_value(self, value: str, detail: str = "") -> None:
        self.value = value
        self.caption = self.caption_for(int(value) if value.isdigit() else 0)
        self.setText(f"{value}\n{self.caption}" + (f" {detail}" if detail else ""))
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), 9.0) + 1)
        font.setBold(True)
        self.setFont(font)


def _section(title: str, widget: QWidget, parent: QWidget) -> QWidget:
    box = QFrame(parent)
    box.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(8, 6, 8, 8)
    heading = QLabel(f"<b>{title}</b>", box)
    layout.addWidget(heading)
    layout.addWidget(widget)
    return box


class OverviewView(QWidget):
    message = Signal(str)

    def __init__(self, runner: OpRunner, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overview_view")
        self.runner = runner
        self.today = today
        self.data: OverviewData | None = None
        self.picker = PlanPicker(runner, self, getattr(parent, "plan_source", None))
        self.picker.setObjectName("overview_plan")
        self.heading = QLabel(self)
        self.heading.setObjectName("overview_heading")
        self.heading.setWordWrap(True)
        captions: dict[str, str | Callable[[int], str]] = {
            "overdue": lambda n: self.tr("nhiệm vụ quá hạn", "", n),
            "due_7": lambda n: self.tr("đến hạn trong 7 ngày", "", n),
            "due_30": lambda n: self.tr("đến hạn trong 30 ngày", "", n),
            "not_reported": lambda n: self.tr("đơn vị chưa báo cáo", "", n),
            "reports": self.tr("hạn gửi báo cáo")}
        self.cards = {key: CountCard(key, captions[key], self) for key in LISTS}
        for key, card in self.cards.items():
            card.clicked.connect(lambda _c=False, k=key: self.open_count(k))
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("overview_lists")
        self.lists: dict[str, QTreeWidget] = {}
        heads = {
            "overdue": [self.tr("STT"), self.tr("Nhiệm vụ"), self.tr("Đơn vị chủ trì"), self.tr("Thời hạn"),
                        self.tr("Quá hạn")],
            "due_7": [self.tr("STT"), self.tr("Nhiệm vụ"), self.tr("Đơn vị chủ trì"), self.tr("Thời hạn"),
                      self.tr("Còn")],
            "not_reported": [self.tr("Đơn vị"), self.tr("Hạn gửi báo cáo")],
            "reports": [self.tr("Kỳ báo cáo"), self.tr("Chốt số liệu"), self.tr("Hạn gửi"), self.tr("Tình trạng")],
        }
        heads["due_30"] = heads["due_7"]
        for key in LISTS:
            tree = QTreeWidget(self)
            tree.setObjectName(f"list_{key}")
            tree.setRootIsDecorated(False)
            tree.setAlternatingRowColors(True)
            tree.setUniformRowHeights(True)
            tree.setHeaderLabels(heads[key])
            tree.itemActivated.connect(lambda item, _col, k=key: self.open_row(k, item))
            header = tree.header()
            header.setStretchLastSection(False)
            stretch = 1 if key in ("overdue", "due_7", "due_30") else 0
            for column in range(len(heads[key])):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == stretch
                                            else QHeaderView.ResizeMode.ResizeToContents)
            if stretch:  # a unit's long name must not squeeze the task's content
                header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
                tree.setColumnWidth(2, 140)
            self.lists[key] = tree
            self.tabs.addTab(tree, "")
        self.by_group = StackedBarsChart(self)
        self.by_group.setObjectName("chart_by_group")
        self.by_unit = StackedBarsChart(self)
        self.by_unit.setObjectName("chart_by_unit")
        self.targets = TargetBarsChart(self)
        self.trend = TrendChart(self)
        self.by_group.activated.connect(lambda p: self.open_chart("group", p))
        self.by_unit.activated.connect(lambda p: self.open_chart("unit", p))
        self.trend.activated.connect(lambda p: self.open_chart("trend", p))
        self._layout()
        self.picker.plan_changed.connect(lambda _p: self.reload())
        runner.changed.connect(lambda _c: self.reload() if self.isVisible() else None)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Kế hoạch:"), self))
        top.addWidget(self.picker, 1)
        cards = QHBoxLayout()
        for card in self.cards.values():
            cards.addWidget(card)
        charts = QWidget(self)
        grid = QGridLayout(charts)
        grid.setContentsMargins(0, 0, 4, 0)
        grid.addWidget(_section(self.tr("Kết quả theo nhóm nhiệm vụ"), self.by_group, charts), 0, 0)
        grid.addWidget(_section(self.tr("Kết quả theo đơn vị chủ trì"), self.by_unit, charts), 1, 0)
        grid.addWidget(_section(self.tr("Chỉ tiêu: năm gốc → hiện tại → mục tiêu"), self.targets, charts), 2, 0)
        grid.addWidget(_section(self.tr("Nhiệm vụ hoàn thành theo kỳ"), self.trend, charts), 3, 0)
        grid.setRowStretch(4, 1)
        scroll = QScrollArea(self)
        scroll.setObjectName("overview_charts")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(charts)
        split = QSplitter(self)
        split.addWidget(self.tabs)
        split.addWidget(scroll)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 5)
        split.setSizes([480, 620])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.heading)
        layout.addLayout(cards)
        layout.addWidget(split, 1)

    # ---- loading ------------------------------------------------------------------------------

    def day(self) -> date:
        return self.today or date.today()

    def reload(self) -> None:
        plan_id = self.picker.plan_id()
        if plan_id is None:
            self.heading.setText(self.tr("Chưa có kế hoạch nào."))
            return
        self.runner.read(load_overview, plan_id, self.day(), on_done=self._loaded,
                         on_error=lambda exc: self.message.emit(error_text(exc)))

    def activated(self) -> None:
        self.reload()

    def _loaded(self, data: OverviewData) -> None:
        if data.plan_id != self.picker.plan_id():
            return
        self.data = data
        view = data.overview
        period = view.period
        self.heading.setText(self.tr("<b>Tình hình thực hiện {0}</b> · chốt số liệu {1} – {2} · hạn gửi báo cáo "
                                     "{3} (Nghị định 09/2019/NĐ-CP) · tính đến ngày {4}").format(
            period_label(period), format_date(period.start), format_date(period.end), format_date(view.deadline),
            format_date(view.as_of)))
        self._fill_lists(data)
        self.by_group.set_rows([(title, title, counts) for title, counts in view.by_group.items()])
        self.by_unit.set_rows([(name, name, counts) for name, counts in sorted(view.by_unit.items())])
        self.targets.set_rows(view.targets)
        self.trend.set_points(view.trend)

    def _fill_lists(self, data: OverviewData) -> None:
        view = data.overview
        due: dict[str, list[DueTask]] = {"overdue": view.overdue, "due_7": view.due_7, "due_30": view.due_30}
        titles = {"overdue": self.tr("Quá hạn ({0})"), "due_7": self.tr("7 ngày ({0})"),
                  "due_30": self.tr("30 ngày ({0})"), "not_reported": self.tr("Chưa báo cáo ({0})"),
                  "reports": self.tr("Báo cáo ({0})")}
        for key, tasks in due.items():
            tree = self.lists[key]
            tree.clear()
            for task in tasks:
                late = key == "overdue"
                days = self.tr("{0} ngày").format(-task.days if late else task.days)
                item = QTreeWidgetItem([task.number, task.content, task.unit_name, format_date(task.due), days])
                item.setData(0, Qt.ItemDataRole.UserRole, task.task_id)
                item.setToolTip(1, task.content)
                if late:
                    item.setForeground(4, QColor(REPORT_COLOURS[ReportStatus.OVERDUE]))
                tree.addTopLevelItem(item)
            self.cards[key].set_value(str(len(tasks)))
        tree = self.lists["not_reported"]
        tree.clear()
        for unit_id, name in view.not_reported:
            item = QTreeWidgetItem([name, format_date(view.deadline)])
            item.setData(0, Qt.ItemDataRole.UserRole, unit_id)
            tree.addTopLevelItem(item)
        self.cards["not_reported"].set_value(str(len(view.not_reported)))
        tree = self.lists["reports"]
        tree.clear()
        for report in data.reports:
            state = self.tr("Đã ban hành") if report.issued else self.tr("Chưa ban hành")
            item = QTreeWidgetItem([period_label(report.period), f"{format_date(report.period.start)} – "
                                    f"{format_date(report.period.end)}", format_date(report.deadline), state])
            item.setData(0, Qt.ItemDataRole.UserRole, report.period.code)
            tree.addTopLevelItem(item)
        waiting = [r for r in data.reports if not r.issued]
        self.cards["reports"].set_value(format_date(waiting[0].deadline) if waiting else "–",
                                        period_label(waiting[0].period) if waiting else "")
        counts = {key: self.lists[key].topLevelItemCount() for key in LISTS}
        for index, key in enumerate(LISTS):
            self.tabs.setTabText(index, titles[key].format(counts[key]))

    def show_list(self, plan_id: str | None, key: str) -> None:
        """One plan's list (``overdue``, ``due_7`` …) in front, with the keyboard on it."""
        if plan_id is not None:
            self.picker.select(plan_id)
        self.tabs.setCurrentIndex(LISTS.index(key))
        self.lists[key].setFocus()

    # ---- going where a click points -----------------------------------------------------------

    def _navigate(self, name: str) -> Callable[..., Any] | None:
        return getattr(self.window(), name, None)

    def show_tasks(self, task_ids: list[str], label: str, select: str | None = None) -> None:
        go = self._navigate("show_tasks")
        if go is not None and self.data is not None:
            go(self.data.plan_id, task_ids, label, select)

    def show_progress(self, period: str | None, unit_id: str | None = None) -> None:
        go = self._navigate("show_progress")
        if go is not None and self.data is not None:
            go(self.data.plan_id, period or self.data.overview.period.code, unit_id)

    def open_count(self, key: str) -> None:
        """A count card: the tasks it counts in the task grid; units and reports: their list."""
        if self.data is None:
            return
        view = self.data.overview
        if key in ("overdue", "due_7", "due_30"):
            tasks: list[DueTask] = getattr(view, key)
            self.show_tasks([t.task_id for t in tasks], self.cards[key].caption)
        else:
            self.tabs.setCurrentIndex(LISTS.index(key))
            self.lists[key].setFocus()

    def open_row(self, key: str, item: QTreeWidgetItem) -> None:
        if self.data is None:
            return
        value = item.data(0, Qt.ItemDataRole.UserRole)
        if key == "not_reported":
            self.show_progress(None, value)
        elif key == "reports":
            go = self._navigate("show_view")
            if go is not None:
                go("reports")
        else:
            tasks: list[DueTask] = getattr(self.data.overview, key)
            self.show_tasks([t.task_id for t in tasks], self.cards[key].caption, select=value)

    def open_chart(self, chart: str, payload: tuple[Any, ...]) -> None:
        if self.data is None:
            return
        view = self.data.overview
        kind = payload[0]
        if chart == "trend":
            self.show_progress(payload[1])
            return
        if kind == "status":
            status = ReportStatus(payload[1])
            self.show_tasks(view.task_ids(status=status), status_text(status))
            return
        key = payload[1]
        if chart == "unit" and kind == "bar":
            self.show_progress(None, view.unit_ids.get(key))
            return
        part = ReportStatus(payload[2]) if kind == "segment" else None
        where = {"group": key} if chart == "group" else {"unit": key}
        label = f"{key} — {status_text(part)}" if part else key
        self.show_tasks(view.task_ids(status=part, **where), label)
