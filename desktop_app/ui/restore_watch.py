"""A window notices that its database was restored from a backup (by another window or command) and reopens.

Every few seconds the worker reads the restore mark (``services.backup.restore_generation``);
when it differs from the one seen at opening, the window asks to be reopened on the same database,
so no screen goes on showing, or saving over, data the restore replaced.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from desktop_app.services.backup import restore_generation

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

INTERVAL_MS = 3000


class RestoreWatch(QObject):
    def __init__(self, window: MainWindow, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(window)
        self.window = window
        self.seen: str | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.look)
        window.runner.read(restore_generation, on_done=self._first)

    def _first(self, generation: str) -> None:
        self.seen = generation
        self.timer.start()

    def look(self) -> None:
        if self.window.db is not None:
            self.window.runner.read(restore_generation, on_done=self._compare, on_error=lambda _exc: None)

    def _compare(self, generation: str) -> None:
        if self.seen is not None and generation != self.seen:
            self.timer.stop()
            self.seen = generation
            self.window.show_message(self.tr("Cơ sở dữ liệu vừa được khôi phục từ bản sao lưu; đang mở lại."))
            self.window.open_database.emit(self.window.target)


def install(window: MainWindow) -> RestoreWatch | None:
    """Watch a database file (a restore is for files only)."""
    if window.db is None or window.db.path is None:
        return None
    watch = RestoreWatch(window)
    window.restore_watch = watch
    return watch
