"""The main window: navigation pane, global search, one screen per area, status bar, menus."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.services import units as unit_service
from desktop_app.services.database import Database
from desktop_app.ui import settings
from desktop_app.ui.models.unit_lookup import UnitLookup
from desktop_app.ui.ops import OpRunner
from desktop_app.ui.server_login import without_password
from desktop_app.ui.widgets.job_indicator import JobIndicator


class MainWindow(QMainWindow):
    open_database = Signal(str)  # the app reopens the window on another database

    def __init__(self, db: Database, runner: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.db = db
        self.runner = runner
        self.target = str(db.path) if db.path else without_password(db.engine.url)  # never a password
        self.stack = QUndoStack(self)
        self.recent_menu: QMenu
        self.undo_action: QAction
        self.redo_action: QAction
        self.units = UnitLookup()
        from desktop_app.ui.plan_source import PlanSource

        self.plan_source = PlanSource(runner, self)
        self.setWindowTitle(f"{APP_NAME} — {db.path.name if db.path else db.url}")

        self._build_views()
        self._build_status_bar()
        self._build_toolbar()
        from desktop_app.ui.menus import build_menus

        build_menus(self)

        runner.changed.connect(self._changed)
        runner.saved.connect(self._saved)
        runner.failed.connect(self._failed)
        self.refresh_units()
        self._restore_state()
        self._closing_backup_done = False
        self.backup_now(force=False)  # at most once a day, on the worker thread
        from desktop_app.ui.reminders import install as install_reminders

        install_reminders(self)  # overdue since last time, next deadline: computed on the worker thread

    # ---- building -----------------------------------------------------------------------------

    def _build_views(self) -> None:
        from desktop_app.ui.views.registry import build_views

        self.nav = QListWidget(self)
        self.nav.setObjectName("nav")
        self.nav.setStyleSheet("QListWidget#nav::item { padding: 7px 6px; }")
        self.nav.setWordWrap(True)  # long labels (English, long-string mode) wrap instead of clipping
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = QStackedWidget(self)
        self.views = build_views(self)
        for key, (title, view) in self.views.items():
            item = QListWidgetItem(title, self.nav)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.pages.addWidget(view)
            if hasattr(view, "message"):
                view.message.connect(self.show_message)
        self.nav.currentRowChanged.connect(self._show_page)
        for number in range(1, len(self.views) + 1):  # Ctrl+1 … Ctrl+6 switch screens
            go = QAction(self)
            go.setShortcut(QKeySequence(f"Ctrl+{number}"))
            go.triggered.connect(lambda _c=False, row=number - 1: self.nav.setCurrentRow(row))
            self.addAction(go)
        plans = self.views["plans"][1]
        if hasattr(plans, "plan_selected"):  # the plan picked there is the one shown everywhere
            for key in ("tasks", "progress"):
                picker = getattr(self.views[key][1], "picker", None)
                if picker is not None:
                    plans.plan_selected.connect(picker.select)
        self.nav.setMinimumWidth(150)
        self.nav.setMaximumWidth(260)
        splitter = QSplitter(self)
        splitter.setObjectName("splitter")
        splitter.addWidget(self.nav)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([190, 1000])
        self.splitter = splitter
        self.setCentralWidget(splitter)

    def _build_toolbar(self) -> None:
        from desktop_app.ui.widgets.search_box import SearchBox

        bar = QToolBar(self.tr("Tìm kiếm"), self)
        bar.setObjectName("search_toolbar")
        bar.setMovable(False)
        self.search = SearchBox(self.runner, self)
        self.search.open_hit.connect(self.open_hit)
        bar.addWidget(QLabel(self.tr("Tìm: "), self))
        bar.addWidget(self.search)
        self.addToolBar(bar)
        focus = QAction(self.tr("Tìm kiếm"), self)
        focus.setShortcuts([QKeySequence("Ctrl+F"), QKeySequence("Ctrl+K")])
        focus.triggered.connect(self.focus_search)
        self.addAction(focus)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.db_label = QLabel(self.tr("CSDL: {0}").format(self.target), self)
        self.db_label.setObjectName("db_label")
        self.saved_label = QLabel(self.tr("Chưa có thay đổi"), self)
        self.saved_label.setObjectName("saved_label")
        backup = settings.last_backup(self.target)
        self.backup_label = QLabel(self.tr("Sao lưu: {0}").format(backup or self.tr("chưa có")), self)
        self.jobs = JobIndicator(self.runner, self)
        bar.addPermanentWidget(self.jobs)
        bar.addPermanentWidget(self.saved_label)
        bar.addPermanentWidget(self.backup_label)
        bar.addPermanentWidget(self.db_label)

    def _restore_state(self) -> None:
        store = settings.settings()
        geometry = store.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = store.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = store.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        page = store.value("window/page", 1)
        self.nav.setCurrentRow(int(page) if isinstance(page, (int, str)) and str(page).isdigit() else 1)

    # ---- behaviour ----------------------------------------------------------------------------

    def view(self, key: str) -> QWidget:
        return self.views[key][1]

    def show_view(self, key: str) -> QWidget:
        row = list(self.views).index(key)
        self.nav.setCurrentRow(row)
        return self.view(key)

    def show_tasks(self, plan_id: str | None, task_ids: list[str] | None = None, caption: str = "",
                   select: str | None = None) -> QWidget:
        """The task grid of a plan showing only ``task_ids`` (``None``: every task)."""
        view = self.show_view("tasks")
        if hasattr(view, "apply_filter"):
            view.apply_filter(plan_id, task_ids, caption, select)
        return view

    def show_progress(self, plan_id: str | None, period: str | None = None, unit_id: str | None = None,
                      group_id: str | None = None, state: str = "all") -> QWidget:
        """The progress grid of a plan and period, only a unit's / a group's rows when given."""
        view = self.show_view("progress")
        if hasattr(view, "apply_filter"):
            view.apply_filter(plan_id, period, unit_id, group_id, state)
        return view

    def _show_page(self, row: int) -> None:
        current = self.pages.currentWidget()
        if current is not None and hasattr(current, "commit_open_editor"):
            current.commit_open_editor()
        self.pages.setCurrentIndex(row)
        page = self.pages.currentWidget()
        if page is not None and hasattr(page, "activated"):
            page.activated()

    def refresh_units(self) -> None:
        self.runner.read(unit_service.list_units, on_done=self._units_loaded)

    def _units_loaded(self, units: list[unit_service.UnitInfo]) -> None:
        self.units.set_units(units)

    def _changed(self, changes: frozenset[str]) -> None:
        if "units" in changes or "all" in changes:
            self.refresh_units()

    def _saved(self, when: datetime) -> None:
        self.saved_label.setText(self.tr("Đã lưu lúc {0}").format(when.strftime("%H:%M:%S")))

    def _failed(self, message: str) -> None:
        self.show_message(message.splitlines()[0] if message else "")

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def set_backup_time(self, when: str) -> None:
        settings.set_last_backup(self.target, when)
        self.backup_label.setText(self.tr("Sao lưu: {0}").format(when))

    # ---- automatic backups (SQLite files only; a server is backed up by its administrator) ----

    def backup_dir(self) -> Path | None:
        return settings.backup_dir_for(self.db.path) if self.db.path is not None else None

    def backup_now(self, force: bool = True, announce: bool = False) -> bool:
        """Queue ``auto_backup`` on the runner; False when the database is not a file."""
        from desktop_app.services.backup import auto_backup

        folder = self.backup_dir()
        if folder is None:
            return False

        def done(made: Path | None) -> None:
            if made is not None:
                self.set_backup_time(datetime.now().strftime("%d/%m/%Y %H:%M"))
                if announce:
                    self.show_message(self.tr("Đã sao lưu: {0}").format(made))

        def failed(exc: BaseException) -> None:
            self.show_message(self.tr("Không sao lưu được: {0}").format(exc))

        self.runner.read(auto_backup, folder, force=force, on_done=done, on_error=failed)
        return True

    def backup_on_closing(self) -> None:
        """The worker is idle now (every write is done): back up here, before the window goes."""
        from desktop_app.services.backup import auto_backup

        folder = self.backup_dir()
        if folder is None:
            return
        try:
            made = auto_backup(self.db, folder, force=True)
        except Exception as exc:  # a failed backup must never stop the window from closing
            self.show_message(self.tr("Không sao lưu được: {0}").format(exc))
            return
        if made is not None:
            self.set_backup_time(datetime.now().strftime("%d/%m/%Y %H:%M"))

    def open_hit(self, hit: Any) -> None:
        from desktop_app.ui.views.registry import open_hit

        open_hit(self, hit)

    def commit_edits(self) -> None:
        for _title, view in self.views.values():
            if hasattr(view, "commit_open_editor"):
                view.commit_open_editor()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Nothing typed is lost: commit the open cell, wait for every queued write."""
        self.commit_edits()
        self.runner.wait_idle()
        if not self._closing_backup_done:  # after every pending write, a copy of the day's work
            self._closing_backup_done = True
            self.backup_on_closing()
        store = settings.settings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/state", self.saveState())
        store.setValue("window/splitter", self.splitter.saveState())
        store.setValue("window/page", self.nav.currentRow())
        event.accept()

