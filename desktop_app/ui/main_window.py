"""The main window: navigation pane, global search, one screen per area, status bar, menus."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer, Signal
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
from desktop_app.ui import settings
from desktop_app.ui.models.unit_lookup import UnitLookup
from desktop_app.ui.ops import OpRunner
from desktop_app.ui.plan_source import PlanSource
from desktop_app.ui.widgets.job_indicator import JobIndicator

if TYPE_CHECKING:
    from desktop_app.services.database import Database
    from desktop_app.services.units import UnitInfo


OPEN_AT_THE_LATEST_MS = 300


def shown_name(target: str) -> str:
    """A database as the title bar names it before it is open: a file's name, a server's host."""
    if "://" in target:
        rest = target.split("://", 1)[1]
        return rest.rsplit("@", 1)[-1]  # never the user and password
    return Path(target).name


def safe_target(db: Database | str) -> str:
    """How settings and the recent list name a database: a path, or a server address without its
    password (SQLAlchemy is imported only for a server address: start-up on a file stays light)."""
    if isinstance(db, str):
        if "://" not in db:
            return db
        from desktop_app.ui.server_login import without_password

        return without_password(db)
    if db.path:
        return str(db.path)
    from desktop_app.ui.server_login import without_password

    return without_password(db.engine.url)


class MainWindow(QMainWindow):
    """``db`` is the open database, or the target (path or URL) the runner's worker thread is opening.

    Opening on the worker lets the window paint at once: the frame, navigation, search box and
    status bar need no database; the screen it opens on is built when the database is open
    (``ready``), the others the first time they are shown.
    """

    open_database = Signal(str)  # the app reopens the window on another database
    ready = Signal()  # the database is open and the first screen built

    def __init__(self, db: Database | str, runner: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.db: Database | None = None
        self.runner = runner
        self.target = safe_target(db)  # never a password
        self.stack = QUndoStack(self)
        self._stack_at = (0, 0)  # (index, count): an undo or redo replaces the words of the step undone
        self.stack.indexChanged.connect(self._undo_said)
        self.recent_menu: QMenu
        self.undo_action: QAction
        self.redo_action: QAction
        self.units = UnitLookup()
        self.plan_source = PlanSource(runner, self, load=False)
        self.setWindowTitle(f"{APP_NAME} — {shown_name(self.target)}")

        self._build_views()
        self._build_status_bar()
        self._build_toolbar()
        from desktop_app.ui.menus import build_menus

        build_menus(self)

        runner.changed.connect(self._changed)
        runner.saved.connect(self._saved)
        runner.failed.connect(self._failed)
        self._restore_state()
        self._closing_backup_done = False
        self.restore_watch: QObject | None = None
        if isinstance(db, str):
            runner.opened.connect(self._opened)
            self.nav.viewport().installEventFilter(self)  # the opening starts after the first paint
            QTimer.singleShot(OPEN_AT_THE_LATEST_MS, runner.start)  # even if nothing paints (hidden)
        else:
            self._opened(db)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self.nav.viewport():
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.runner.start)  # once this paint is on screen
        return super().eventFilter(watched, event)

    def _opened(self, db: Database) -> None:
        """The database is open: fill the status bar, build the current screen, start the reads."""
        self.db = db
        self.target = safe_target(db)
        self.setWindowTitle(f"{APP_NAME} — {shown_name(self.target)}")
        self.db_label.setText(self.tr("CSDL: {0}").format(self.target))
        self.backup_label.setText(self.tr("Sao lưu: {0}").format(settings.last_backup(self.target)
                                                                 or self.tr("chưa có")))
        self.plan_source.refresh()
        self._show_page(self.nav.currentRow())  # the screen's own reads go to the worker first
        self.refresh_units()
        self._when_idle(self._after_first_reads)
        self.ready.emit()

    def _after_first_reads(self) -> None:
        from desktop_app.ui.reminders import install as install_reminders
        from desktop_app.ui.restore_watch import install as watch_restores

        install_reminders(self)  # overdue since last time, next deadline: computed on the worker thread
        watch_restores(self)  # a restore by another window or command reopens this one
        self.backup_now(force=False)  # at most once a day, on the worker thread

    def _when_idle(self, fn: Callable[[], None]) -> None:
        """Call ``fn`` once the worker has run every read queued so far, and the reads those queued."""
        if not self.runner.pending:
            fn()
            return

        def idle(busy: bool) -> None:
            if not busy:
                self.runner.busy_changed.disconnect(idle)
                fn()

        self.runner.busy_changed.connect(idle)

    # ---- building -----------------------------------------------------------------------------

    def _build_views(self) -> None:
        from desktop_app.ui.views.registry import SCREENS, screen_titles

        self.nav = QListWidget(self)
        self.nav.setObjectName("nav")
        self.nav.setStyleSheet("QListWidget#nav::item { padding: 7px 6px; }")
        self.nav.setWordWrap(True)  # long labels (English, long-string mode) wrap instead of clipping
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = QStackedWidget(self)
        self.titles = screen_titles()
        self.views: dict[str, tuple[str, QWidget]] = {}  # the screens built so far
        self.picked_plan: str | None = None  # the plan last picked on the plans screen
        self.screens = SCREENS
        for key in SCREENS:
            item = QListWidgetItem(self.titles[key], self.nav)
            item.setData(Qt.ItemDataRole.UserRole, key)
            opening = QLabel(self.tr("Đang mở…"), self)  # stands in until the screen is built
            opening.setObjectName("opening")
            opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.pages.addWidget(opening)
        self.nav.currentRowChanged.connect(self._show_page)
        for number in range(1, len(SCREENS) + 1):  # Ctrl+1 … Ctrl+6 switch screens
            go = QAction(self)
            go.setShortcut(QKeySequence(f"Ctrl+{number}"))
            go.triggered.connect(lambda _c=False, row=number - 1: self.go_to(row))
            self.addAction(go)
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

    def go_to(self, row: int) -> None:
        """Ctrl+1 … Ctrl+6: show a screen and put the keyboard in it (its grid or list), so the next
        key acts there (Insert adds a plan, typing edits a cell)."""
        self.nav.setCurrentRow(row)
        page = self.pages.currentWidget()
        if page is None:
            return
        target = next((w for w in (getattr(page, name, None) for name in ("grid", "table", "tree", "form"))
                       if isinstance(w, QWidget) and w.isVisibleTo(page)), page)
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
            current = getattr(target, "currentIndex", None)
            model = getattr(target, "model", lambda: None)()
            if callable(current) and model is not None and not current().isValid() and model.rowCount():
                target.setCurrentIndex(model.index(0, min(1, model.columnCount() - 1)))  # type: ignore[attr-defined]

    def _build_view(self, key: str) -> QWidget:
        """Build a screen the first time it is asked for and put it in its place in the stack."""
        from desktop_app.ui.views.registry import build_view

        view = build_view(self, key)
        self.views[key] = (self.titles[key], view)
        row = self.screens.index(key)
        stand_in = self.pages.widget(row)
        current = self.pages.currentIndex()
        self.pages.insertWidget(row, view)
        if stand_in is not None:
            self.pages.removeWidget(stand_in)
            stand_in.deleteLater()
        self.pages.setCurrentIndex(current)
        if hasattr(view, "message"):
            view.message.connect(self.show_message)
        if key == "plans" and hasattr(view, "plan_selected"):  # the plan picked there is shown everywhere
            view.plan_selected.connect(self._plan_picked)
        picker = getattr(view, "picker", None)
        if picker is not None:
            if self.picked_plan is not None:
                picker.select(self.picked_plan)  # a screen built after a plan was picked shows that plan
            picker.plan_changed.connect(self._plan_picked)  # and a plan picked there is shown everywhere
        return view

    def _plan_picked(self, plan_id: str | None) -> None:
        """One current plan for every screen: picked on any of them, shown on all."""
        if plan_id is None or plan_id == self.picked_plan:
            return
        self.picked_plan = plan_id
        for key, (_title, view) in list(self.views.items()):
            picker = getattr(view, "picker", None)
            if picker is not None and picker.plan_id() != plan_id:
                picker.select(plan_id)
            elif key == "plans" and hasattr(view, "open_plan"):
                form = getattr(view, "form", None)
                if form is None or form.plan is None or form.plan.id != plan_id:
                    view.open_plan(plan_id)

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
        """The screen ``key``, built now if it has not been shown yet."""
        built = self.views.get(key)
        return built[1] if built is not None else self._build_view(key)

    def show_view(self, key: str) -> QWidget:
        self.nav.setCurrentRow(self.screens.index(key))
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
        if self.db is None or not 0 <= row < len(self.screens):
            return  # still opening: "Đang mở…" until the database is open
        page = self.view(self.screens[row])
        if hasattr(page, "activated"):
            page.activated()

    def refresh_units(self) -> None:
        from desktop_app.services import units as unit_service

        self.runner.read(unit_service.list_units, on_done=self._units_loaded)

    def _units_loaded(self, units: list[UnitInfo]) -> None:
        self.units.set_units(units)

    def _changed(self, changes: frozenset[str]) -> None:
        if "units" in changes or "all" in changes:
            self.refresh_units()

    def _saved(self, when: datetime) -> None:
        self.saved_label.setText(self.tr("Đã lưu lúc {0}").format(when.strftime("%H:%M:%S")))

    def _failed(self, message: str) -> None:
        self.show_message(message.splitlines()[0] if message else "")

    def _undo_said(self, index: int) -> None:
        """"Đã thêm 2 nhóm…" must not stay once that paste is undone: say what was undone / redone."""
        before, count = self._stack_at
        self._stack_at = (index, self.stack.count())
        if self.stack.count() != count:
            return  # a new step: its screen says what it did
        if index < before:
            self.show_message(self.tr("Đã hoàn tác: {0}").format(self.stack.text(index)))
        elif index > before:
            self.show_message(self.tr("Đã làm lại: {0}").format(self.stack.text(index - 1)))

    def show_message(self, text: str) -> None:
        """A message for 8 s; an empty one clears what is shown (a problem put right)."""
        if text:
            self.statusBar().showMessage(text, 8000)
        else:
            self.statusBar().clearMessage()

    def set_backup_time(self, when: str) -> None:
        settings.set_last_backup(self.target, when)
        self.backup_label.setText(self.tr("Sao lưu: {0}").format(when))

    # ---- automatic backups (SQLite files only; a server is backed up by its administrator) ----

    def backup_dir(self) -> Path | None:
        if self.db is None or self.db.path is None:
            return None
        return settings.backup_dir_for(self.db.path)

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
        if folder is None or self.db is None:
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

