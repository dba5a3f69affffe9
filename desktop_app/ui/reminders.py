"""Start-up reminders: a bar at the top of the main window (never a dialog) saying which tasks
became overdue since this clerk last opened this database, and the next report deadline.

Computed on the DB worker thread after the window is shown. "Last seen" is per user and per
database (QSettings keyed by the database's path or URL): on a shared database each clerk is
told what is new *to them*, which a value stored in the database could not do. "Tắt nhắc việc"
(Xem menu) turns the bar off for this user.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QToolButton, QVBoxLayout, QWidget

from desktop_app.ui import settings
from desktop_app.ui.formats import format_date
from desktop_app.ui.labels import period_label

if TYPE_CHECKING:
    from desktop_app.services.overview import Reminders
    from desktop_app.ui.main_window import MainWindow

OFF_KEY = "reminders/off"


def enabled() -> bool:
    return str(settings.settings().value(OFF_KEY, "false")).lower() not in ("true", "1")


def set_enabled(on: bool) -> None:
    settings.settings().setValue(OFF_KEY, not on)


def last_seen(target: str) -> date | None:
    value = str(settings.settings().value(f"reminders/last_seen/{target}", ""))
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def set_last_seen(target: str, day: date) -> None:
    settings.settings().setValue(f"reminders/last_seen/{target}", day.isoformat())


class ReminderBar(QFrame):
    """The notice: what is new since last time, the next deadline, a link to the list, ×."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("reminder_bar")
        self.window_ = window
        self.result: Reminders | None = None
        self.setStyleSheet("QFrame#reminder_bar { background: #fff8e1; border-bottom: 1px solid #ffcc80; }")
        self.text = QLabel(self)
        self.text.setObjectName("reminder_text")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.text.linkActivated.connect(self.open)
        close = QToolButton(self)
        close.setObjectName("reminder_close")
        close.setText("×")
        close.setToolTip(self.tr("Ẩn thông báo"))
        close.setAutoRaise(True)
        close.clicked.connect(self.dismiss)
        self.dismissed = False
        self.today: date | None = None  # a fixed day (tests); None: the real date
        self._again = QTimer(self)  # a change to the data, or a new day: the words are read again
        self._again.setSingleShot(True)
        self._again.setInterval(1500)
        self._again.timeout.connect(self.refresh_now)
        self._day = QTimer(self)
        self._day.setInterval(10 * 60 * 1000)
        self._day.timeout.connect(self._new_day)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(close)
        self.hide()

    def show_reminders(self, result: Reminders) -> None:
        self.result = result
        parts = []
        count = len(result.new_overdue)
        if count:
            if result.since is None:
                parts.append(self.tr("<b>{0} nhiệm vụ đang quá hạn</b>").format(count))
            else:
                parts.append(self.tr("<b>{0} nhiệm vụ mới quá hạn</b> từ lần mở trước ({1}); tổng cộng {2} nhiệm vụ "
                                     "quá hạn").format(count, format_date(result.since), result.overdue_total))
            first = result.new_overdue[0]
            parts[-1] += self.tr(", sớm nhất: {0} {1} (hạn {2})").format(
                first[1], first[2].number, format_date(first[2].due))
            parts[-1] += " — <a href='overdue'>" + self.tr("Xem danh sách") + "</a>"
        if result.next_deadline is not None:
            _plan_id, reference, period, deadline = result.next_deadline
            days = (deadline - result.as_of).days
            when = self.tr("hôm nay") if days == 0 else self.tr("còn {0} ngày").format(days)
            parts.append(self.tr("Hạn gửi báo cáo {0} kế hoạch {1}: <b>{2}</b> ({3})").format(
                period_label(period), reference, format_date(deadline), when))
        if not parts:
            self.hide()
            return
        self.text.setText(self.tr("Nhắc việc: ") + ". ".join(parts) + ".")
        self.show()

    def dismiss(self) -> None:
        self.dismissed = True
        self.hide()

    def watch(self) -> None:
        """Keep the words current: "3 nhiệm vụ quá hạn" becomes 4 when a fourth falls due."""
        self.window_.runner.changed.connect(lambda _changes: self._again.start())
        self._day.start()

    def _new_day(self) -> None:
        if self.result is not None and (self.today or date.today()) != self.result.as_of:
            self.refresh_now()

    def refresh_now(self) -> None:
        """Read the reminders again for the same "since" (the last opening), unless hidden by ×."""
        from desktop_app.services.overview import reminders

        if self.result is None or self.dismissed or getattr(self.window_, "db", None) is None:
            return
        self.window_.runner.read(reminders, self.result.since, self.today or date.today(),
                                 on_done=self.show_reminders)

    def open(self, _link: str = "") -> None:
        """The overdue list of the (first) plan concerned, on the Tổng quan screen."""
        if self.result is None:
            return
        plan_ids = self.result.plan_ids
        view = self.window_.show_view("overview")
        if hasattr(view, "show_list"):
            view.show_list(plan_ids[0] if plan_ids else None, "overdue")


def install(window: MainWindow, today: date | None = None) -> ReminderBar:
    """Put the bar above the window's central widget and ask the worker for the reminders."""
    central = window.takeCentralWidget()
    assert central is not None
    holder = QWidget(window)
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    bar = ReminderBar(window)
    layout.addWidget(bar)
    layout.addWidget(central, 1)
    window.setCentralWidget(holder)
    window.reminder_bar = bar  # type: ignore[attr-defined]
    bar.today = today
    bar.watch()
    if enabled():  # the window installs the bar once the first screen's reads are done
        check(window, bar, today)
    return bar


def check(window: MainWindow, bar: ReminderBar, today: date | None = None) -> None:
    from desktop_app.services.overview import reminders

    day = today or date.today()
    since = last_seen(window.target)

    def done(result: Reminders) -> None:
        set_last_seen(window.target, day)
        bar.show_reminders(result)

    window.runner.read(reminders, since, day, on_done=done,
                       on_error=lambda exc: window.show_message(str(exc)))


def add_menu_toggle(window: MainWindow, menu: QMenu) -> QAction:
    """Xem → "Tắt nhắc việc" (checked: no reminders when the program opens)."""
    action = QAction(window.tr("Tắt &nhắc việc khi mở chương trình"), window)
    action.setObjectName("reminders_off")
    action.setCheckable(True)
    action.setChecked(not enabled())

    def toggled(off: bool) -> None:
        set_enabled(not off)
        bar = getattr(window, "reminder_bar", None)
        if off and bar is not None:
            bar.hide()

    action.toggled.connect(toggled)
    menu.addAction(action)
    return action
