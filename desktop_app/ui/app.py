"""Starting the desktop application: ``run(db_target)`` is the entry point the CLI calls."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop_app import APP_ID, APP_NAME, __version__
from desktop_app.locations import default_database_path
from desktop_app.ui import i18n, settings
from desktop_app.ui.fonts import ensure_vietnamese_font
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.ops import OpRunner

if TYPE_CHECKING:  # SQLAlchemy stays out of start-up: the database opens on the worker thread
    from desktop_app.db.opening import DatabaseOpenError
    from desktop_app.services.database import Database

translate = QCoreApplication.translate


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    icon = Path(__file__).resolve().parents[2] / "resources" / "icons" / "plantrack.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    ensure_vietnamese_font(app)
    i18n.install(app, settings.language())
    return app


BACKUP, OTHER, RETRY, QUIT, SERVER = "backup", "other", "retry", "quit", "server"
OFFERS_BACKUP = {"corrupt", "not_a_database", "empty", "foreign", "error"}  # the file itself is damaged or replaced


def recovery_choices(reason: str, has_backup: bool, server: bool = False) -> list[str]:
    """What the clerk may do when a database cannot be opened (``DatabaseOpenError.reason``).

    A damaged file offers its newest backup (opened as a new copy); a locked one, trying again; a
    file made by a newer version offers no backup, which would silently lose the newer work. A
    server that refused offers trying again and correcting the connection.
    """
    if server:
        return [RETRY, SERVER, OTHER, QUIT]
    choices = [RETRY] if reason == "locked" else []
    if has_backup and reason in OFFERS_BACKUP:
        choices.append(BACKUP)
    return [*choices, OTHER, QUIT]


def choice_labels() -> dict[str, str]:
    return {BACKUP: translate("app", "Mở bản sao lưu gần nhất"), RETRY: translate("app", "Thử lại"),
            OTHER: translate("app", "Chọn tệp khác…"), QUIT: translate("app", "Thoát"),
            SERVER: translate("app", "Sửa kết nối máy chủ…")}


def ask_recovery(message: str, choices: list[str]) -> str:
    """Show why the database did not open, with one button per choice; Esc means quit."""
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, message)
    labels = choice_labels()
    buttons = {}
    for choice in choices:
        role = {BACKUP: QMessageBox.ButtonRole.AcceptRole,
                QUIT: QMessageBox.ButtonRole.RejectRole}.get(choice, QMessageBox.ButtonRole.ActionRole)
        buttons[choice] = box.addButton(labels[choice], role)
    box.setDefaultButton(buttons[choices[0]])
    box.setEscapeButton(buttons[QUIT])
    box.exec()
    clicked = box.clickedButton()
    return next((choice for choice, button in buttons.items() if button is clicked), QUIT)


def _file_of(target: str) -> Path | None:
    from desktop_app.db.engine import sqlite_path, to_url

    try:
        return sqlite_path(to_url(target))
    except Exception:  # not a database address at all
        return None


def recover(exc: DatabaseOpenError, current: str, notes: list[str] | None = None) -> str | None:
    """Ask the clerk the way out of a database that did not open: the next target to try, or None to quit.

    Never writes to a file that failed to open: its newest backup is copied to a new file beside
    it and that copy is tried next. ``notes`` receives what the clerk should be told in the window.
    """
    from desktop_app.services import backup as backup_service
    from desktop_app.ui import server_login
    from desktop_app.ui.dialogs.connect import ask_password, ask_server, explain

    server = server_login.is_server(current)
    if server and server_login.asks_for_password(exc) and ask_password(current):
        return current  # the password typed is kept for this session (or in the system's store)
    path = _file_of(current)
    usable = None
    if path is not None and exc.reason in OFFERS_BACKUP:
        usable = backup_service.newest_usable(backup_service.list_backups(settings.backup_dir_for(path)))
    if server:
        from sqlalchemy.engine import make_url

        message = explain(exc, make_url(current))
    else:
        message = str(exc)
    choice = ask_recovery(message, recovery_choices(exc.reason, usable is not None, server))
    if choice == QUIT:
        return None
    if choice == RETRY:
        return current
    if choice == SERVER:
        return ask_server(current) or current
    if choice == BACKUP and path is not None and usable is not None:
        from desktop_app.db.opening import DatabaseOpenError

        try:
            restored = backup_service.restore_as_copy(path, usable.path)
        except (OSError, DatabaseOpenError) as problem:
            QMessageBox.warning(None, APP_NAME, translate("app", "Không khôi phục được: {0}").format(problem))
            return current
        if notes is not None:
            notes.append(translate("app", "Đã mở bản khôi phục từ bản sao lưu lúc {0}; tệp lỗi '{1}' "
                                   "được giữ nguyên.").format(usable.taken_at.strftime("%d/%m/%Y %H:%M"),
                                                             path.name))
        return str(restored)
    title = translate("app", "Mở cơ sở dữ liệu")
    folder = str(path.parent) if path is not None else ""
    chosen, _ = QFileDialog.getOpenFileName(None, title, folder)
    return chosen or None


def open_database(target: str | None, notes: list[str] | None = None) -> Database | None:
    """Open (creating if new) a database here and now; on failure say why and offer a way out."""
    from desktop_app.db.opening import DatabaseOpenError
    from desktop_app.services.database import Database
    from desktop_app.ui import server_login

    current: str | None = target or str(default_database_path())
    while current:
        try:
            return Database.open(server_login.with_password(current), source="ui")
        except DatabaseOpenError as exc:
            current = recover(exc, current, notes)
    return None


def open_for_ui(target: str) -> Database:
    """The worker thread's first call: open ``target``; any failure is a DatabaseOpenError."""
    from desktop_app.db.opening import DatabaseOpenError
    from desktop_app.services.database import Database
    from desktop_app.ui import server_login

    try:
        return Database.open(server_login.with_password(target), source="ui")
    except DatabaseOpenError:
        raise
    except Exception as exc:  # still a database the clerk needs a way out of
        raise DatabaseOpenError(translate("app", "Không mở được '{0}': {1}").format(target, exc)) from exc


def create_window(db: Database, synchronous: bool = False, first_run: bool = True) -> MainWindow:
    runner = OpRunner(db, synchronous=synchronous)
    choice = ""
    if first_run:
        from desktop_app.ui.dialogs.first_run import offer_first_run

        choice = offer_first_run(db, runner)
    window = MainWindow(db, runner)
    runner.setParent(window)
    if choice == SERVER:
        join_server_later(window)
    settings.remember_database(window.target)
    return window


def join_server_later(window: MainWindow) -> None:
    """The first-run choice of a district clerk who joins the shared server instead of a file."""
    from desktop_app.ui.dialogs.connect import connect_to_server

    QTimer.singleShot(0, lambda: connect_to_server(window))


class Session:
    """The open database and its window; switching database replaces both.

    At start the window shows first and the database opens on its worker thread; a database that
    does not open is then explained over the window, and the clerk's choice opens a new window.
    """

    def __init__(self) -> None:
        self.window: MainWindow | None = None
        self.db: Database | None = None
        self.exit_code = 0

    def start(self, target: str | None) -> bool:
        if self.window is None:
            self._open_in_window(target or str(default_database_path()), [])
            return True
        notes: list[str] = []  # switching: the current window stays until the other database is open
        db = open_database(target, notes)
        if db is None:
            return False
        self._retire(self.window)
        self.db = db
        self.window = create_window(db)
        remember_server(self.window.target)
        self.window.open_database.connect(self.start)
        self._can_reopen(self.window)
        self.window.show()
        for note in notes:
            self.window.show_message(note)
        return True

    def _open_in_window(self, target: str, notes: list[str]) -> None:
        from functools import partial

        runner = OpRunner(None, opener=partial(open_for_ui, target))
        window = MainWindow(target, runner)
        runner.setParent(window)
        window.open_database.connect(self.start)
        self._can_reopen(window)
        runner.opened.connect(lambda db: self._opened(window, db, notes))
        runner.open_failed.connect(lambda exc: self._failed(window, target, exc, notes))
        self.window = window
        window.show()

    def _opened(self, window: MainWindow, db: Database, notes: list[str]) -> None:
        self.db = db
        settings.remember_database(window.target)
        remember_server(window.target)
        for note in notes:
            window.show_message(note)
        from desktop_app.ui.dialogs.first_run import offer_first_run

        if offer_first_run(db, window.runner) == SERVER:
            join_server_later(window)

    def _failed(self, window: MainWindow, target: str, exc: DatabaseOpenError, notes: list[str]) -> None:
        following = recover(exc, target, notes)
        if following is not None:
            self._open_in_window(following, notes)  # the new window shows before the old one closes
        else:
            self.window = None
            self.exit_code = 1
        self._retire(window)
        if following is None:
            QCoreApplication.exit(1)

    def _can_reopen(self, window: MainWindow) -> None:
        window.reopen = lambda: self._reopen(window)  # type: ignore[attr-defined]

    def _reopen(self, window: MainWindow) -> bool:
        """Open a window on a file again at once (a new language); a server would ask for its
        password again, so its window keeps the language until the next start (False)."""
        from desktop_app.ui import server_login

        return not server_login.is_server(window.target) and self.start(window.target)

    @staticmethod
    def _retire(window: MainWindow) -> None:
        window.close()
        window.runner.shutdown()
        if window.db is not None:
            window.db.close()
        window.deleteLater()


def remember_server(target: str) -> None:
    """The server last opened is opened at the next start; opening a file goes back to files."""
    from desktop_app.ui import server_login

    settings.set_server_target(target if server_login.is_server(target) else "")


def run(db_target: str | None = None) -> int:
    """Open the window on a database (path, URL, or None for the default one or the chosen server);
    return the exit code."""
    app = make_app()
    session = Session()
    session.start(db_target or settings.server_target() or None)
    code = app.exec()
    if session.window is not None:
        session.window.runner.shutdown()
    if session.db is not None:
        session.db.close()
    return session.exit_code or code


def main() -> int:
    """Console/GUI script entry: ``plantrack-gui [database]``."""
    return run(sys.argv[1] if len(sys.argv) > 1 else None)
