"""Starting the desktop application: ``run(db_target)`` is the entry point the CLI calls."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

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


def open_database(target: str | None) -> Database | None:
    """Open (creating if new) a database; on failure say why and offer another file."""
    from desktop_app.db.opening import DatabaseOpenError

    current: str | None = target or str(default_database_path())
    while current:
        try:
            return Database.open(current, source="ui")
        except DatabaseOpenError as exc:
            answer = QMessageBox.critical(None, APP_NAME, translate("app", "{0}\n\nChọn tệp khác?").format(exc),
                                          QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Open:
                return None
            title = translate("app", "Mở cơ sở dữ liệu")
            current, _ = QFileDialog.getOpenFileName(None, title, str(Path(current).parent))
    return None


def create_window(db: Database, synchronous: bool = False, first_run: bool = True) -> MainWindow:
    runner = OpRunner(db, synchronous=synchronous)
    if first_run:
        from desktop_app.ui.dialogs.first_run import offer_first_run

        offer_first_run(db, runner)
    window = MainWindow(db, runner)
    runner.setParent(window)
    settings.remember_database(window.target)
    return window


class Session:
    """The open database and its window; switching database replaces both."""

    def __init__(self) -> None:
        self.window: MainWindow | None = None
        self.db: Database | None = None

    def start(self, target: str | None) -> bool:
        db = open_database(target)
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
        self.window.open_database.connect(self.start)
        self.window.show()
        return True


def run(db_target: str | None = None) -> int:
    """Open the window on a database (path, URL, or None for the default one); return the exit code."""
    app = make_app()
    session = Session()
    if not session.start(db_target):
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
