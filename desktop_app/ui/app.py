"""Starting the desktop application: ``run(db_target)`` is the entry point the CLI calls."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from sqlalchemy.engine import make_url

from desktop_app import APP_ID, APP_NAME, __version__
from desktop_app.services.database import Database, default_database_path
from desktop_app.ui import i18n, settings
from desktop_app.ui.fonts import ensure_vietnamese_font
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.ops import OpRunner

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
OFFERS_BACKUP = {"corrupt", "not_a_database", "foreign", "error"}  # the file itself is damaged or replaced


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


def open_database(target: str | None, notes: list[str] | None = None) -> Database | None:
    """Open (creating if new) a database; on failure say why and offer a way out.

    Never writes to a file that failed to open: its newest backup is copied to a new file beside
    it and that copy is opened. ``notes`` receives what the clerk should be told in the window.
    """
    from desktop_app.db.opening import DatabaseOpenError
    from desktop_app.services import backup as backup_service
    from desktop_app.ui import server_login
    from desktop_app.ui.dialogs.connect import ask_password, ask_server, explain

    current: str | None = target or str(default_database_path())
    while current:
        try:
            return Database.open(server_login.with_password(current), source="ui")
        except DatabaseOpenError as exc:
            server = server_login.is_server(current)
            if server and server_login.asks_for_password(exc) and ask_password(current):
                continue
            path = _file_of(current)
            usable = None
            if path is not None and exc.reason in OFFERS_BACKUP:
                usable = backup_service.newest_usable(
                    backup_service.list_backups(settings.backup_dir_for(path)))
            message = explain(exc, make_url(current)) if server else str(exc)
            choice = ask_recovery(message, recovery_choices(exc.reason, usable is not None, server))
            if choice == QUIT:
                return None
            if choice == RETRY:
                continue
            if choice == SERVER:
                current = ask_server(current) or current
                continue
            if choice == BACKUP and path is not None and usable is not None:
                try:
                    restored = backup_service.restore_as_copy(path, usable.path)
                except (OSError, DatabaseOpenError) as problem:
                    QMessageBox.warning(None, APP_NAME, translate("app", "Không khôi phục được: {0}").format(problem))
                    continue
                if notes is not None:
                    notes.append(translate("app", "Đã mở bản khôi phục từ bản sao lưu lúc {0}; tệp lỗi '{1}' "
                                           "được giữ nguyên.").format(usable.taken_at.strftime("%d/%m/%Y %H:%M"),
                                                                     path.name))
                current = str(restored)
                continue
            title = translate("app", "Mở cơ sở dữ liệu")
            folder = str(path.parent) if path is not None else ""
            current, _ = QFileDialog.getOpenFileName(None, title, folder)
    return None


def create_window(db: Database, synchronous: bool = False, first_run: bool = True) -> MainWindow:
    runner = OpRunner(db, synchronous=synchronous)
    choice = ""
    if first_run:
        from desktop_app.ui.dialogs.first_run import offer_first_run

        choice = offer_first_run(db, runner)
    window = MainWindow(db, runner)
    runner.setParent(window)
    if choice == "server":  # a district clerk joins the shared server instead of a file of their own
        from desktop_app.ui.dialogs.connect import connect_to_server

        QTimer.singleShot(0, lambda: connect_to_server(window))
    settings.remember_database(window.target)
    return window


class Session:
    """The open database and its window; switching database replaces both."""

    def __init__(self) -> None:
        self.window: MainWindow | None = None
        self.db: Database | None = None

    def start(self, target: str | None) -> bool:
        notes: list[str] = []
        db = open_database(target, notes)
        if db is None:
            return False
        old = self.window
        if old is not None:
            old.close()
            old.runner.shutdown()
            old.db.close()
            old.deleteLater()
        self.db = db
        self.window = create_window(db)
        remember_server(self.window.target)
        self.window.open_database.connect(self.start)
        self.window.show()
        for note in notes:
            self.window.show_message(note)
        return True


def remember_server(target: str) -> None:
    """The server last opened is opened at the next start; opening a file goes back to files."""
    from desktop_app.ui import server_login

    settings.set_server_target(target if server_login.is_server(target) else "")


def run(db_target: str | None = None) -> int:
    """Open the window on a database (path, URL, or None for the default one or the chosen server);
    return the exit code."""
    app = make_app()
    session = Session()
    if not session.start(db_target or settings.server_target() or None):
        return 1
    code = app.exec()
    if session.window is not None:
        session.window.runner.shutdown()
    if session.db is not None:
        session.db.close()
    return code


def main() -> int:
    """Console/GUI script entry: ``plantrack-gui [database]``."""
    return run(sys.argv[1] if len(sys.argv) > 1 else None)
