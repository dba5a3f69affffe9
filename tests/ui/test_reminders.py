"""Start-up reminders: a bar (not a dialog) with what became overdue since this user last opened
this database and the next report deadline; per-user setting to turn it off; a link to the list."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog

from desktop_app.domain.periods import PeriodKind, period_containing
from desktop_app.services import plans
from desktop_app.services.database import Database
from desktop_app.ui import reminders
from tests.ui.conftest import Sample

# the sample's "Tổ chức hội nghị tôn vinh trí thức tiêu biểu" is due once, on 20/11/2024


def _target(db: Database) -> str:
    return str(db.path or db.url)


def test_new_overdue_since_last_visit_and_next_deadline(make_window, db: Database, sample: Sample) -> None:
    reminders.set_last_seen(_target(db), date(2024, 11, 1))
    window = make_window("tasks")
    bar = window.reminder_bar
    assert bar.isVisible()
    assert not any(isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
    text = bar.text.text()
    new = [item[2].task_id for item in bar.result.new_overdue]
    assert sample.task_ids[1] in new  # due 20/11/2024, after the last visit
    assert "từ lần mở trước (01/11/2024)" in text
    today = date.today()
    offset = plans.get_plan(db, sample.plan_id).deadline_offset_days
    quarter = period_containing(today, PeriodKind.QUARTER)
    candidates = [p.deadline_on(offset) for kind in (PeriodKind.QUARTER, PeriodKind.HALF_YEAR, PeriodKind.YEAR)
                  for p in (period_containing(today, kind).previous(), period_containing(today, kind))
                  if p.deadline_on(offset) >= today]
    assert bar.result.next_deadline[3] == min(candidates) <= quarter.deadline_on(offset)
    assert min(candidates).strftime("%d/%m/%Y") in text
    assert reminders.last_seen(_target(db)) == today  # next time, only what is new after today


def test_nothing_new_since_today_only_the_deadline(make_window, db: Database, sample: Sample) -> None:
    reminders.set_last_seen(_target(db), date.today() + timedelta(days=1))
    window = make_window("tasks")
    bar = window.reminder_bar
    assert bar.result.new_overdue == [] and bar.result.overdue_total >= 1
    assert "quá hạn" not in bar.text.text() and "Hạn gửi báo cáo" in bar.text.text()


def test_the_link_opens_the_overdue_list(make_window, db: Database, sample: Sample) -> None:
    window = make_window("tasks")
    window.reminder_bar.text.linkActivated.emit("overdue")
    view = window.view("overview")
    assert window.pages.currentWidget() is view
    assert view.tabs.currentWidget() is view.lists["overdue"]
    assert view.picker.plan_id() == sample.plan_id


def test_turned_off_in_the_menu(make_window, db: Database, sample: Sample) -> None:
    window = make_window("tasks")
    action = window.findChild(QAction, "reminders_off")
    assert window.reminder_bar.isVisible() and not action.isChecked()
    action.trigger()
    assert not window.reminder_bar.isVisible() and not reminders.enabled()
    reminders.set_last_seen(_target(db), date(2024, 1, 1))
    second = make_window("tasks")
    assert second.reminder_bar.result is None and not second.reminder_bar.isVisible()
    assert reminders.last_seen(_target(db)) == date(2024, 1, 1)  # not read, not moved on
    second.findChild(QAction, "reminders_off").trigger()
    assert reminders.enabled()
