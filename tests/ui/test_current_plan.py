"""One current plan for every screen, and a plan that has ended opens on its own periods
(issue 15, item 7)."""

from __future__ import annotations

from datetime import date

from desktop_app.domain.periods import PeriodKind
from desktop_app.services import overview
from desktop_app.services import plans as plan_service


def test_a_plan_picked_on_one_screen_is_current_on_all(make_window, db, sample) -> None:  # type: ignore[no-untyped-def]
    other = plan_service.create_plan(db, "Chuyển đổi số năm 2025", number="45", symbol="KH-UBND",
                                      start_year=2025, end_year=2025)
    window = make_window("tasks")
    for key in ("plans", "progress", "reports"):
        window.view(key)
    tasks = window.view("tasks")
    tasks.picker.select(other.id)
    assert window.view("progress").picker.plan_id() == other.id
    assert window.view("reports").picker.plan_id() == other.id
    assert window.show_view("plans").form.plan.id == other.id  # the plan list opens on it
    window.view("reports").picker.select(sample.plan_id)  # back, from another screen
    assert tasks.picker.plan_id() == sample.plan_id
    assert window.view("progress").picker.plan_id() == sample.plan_id
    assert window.view("plans").form.plan.id == sample.plan_id  # shown: follows at once


def test_an_ended_plan_opens_on_its_own_last_period(make_window, db, sample) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.views.progress import plan_period

    ended = plan_service.create_plan(db, "Chuyển đổi số năm 2025", number="45", symbol="KH-UBND",
                                      start_year=2025, end_year=2025)
    window = make_window("progress")
    view = window.view("progress")
    view.today = date(2026, 11, 20)
    view.picker.select(ended.id)
    assert view.period_code() == "2025-Q4"
    assert plan_period(ended, PeriodKind.HALF_YEAR, date(2026, 11, 20)).code == "2025-H2"
    assert plan_period(ended, PeriodKind.QUARTER, date(2025, 3, 1)).code == "2025-Q1"
    assert plan_period(ended, PeriodKind.QUARTER, date(2024, 6, 1)).code == "2025-Q1"  # not begun yet


def test_the_reminder_never_asks_for_a_period_after_the_plan_ended(db, sample) -> None:  # type: ignore[no-untyped-def]
    plan_service.update_plan(db, sample.plan_id, end_year=2025)
    told = overview.reminders(db, None, as_of=date(2026, 12, 10))
    assert told.next_deadline is None or told.next_deadline[2].year <= 2025
    plan_service.update_plan(db, sample.plan_id, end_year=2030)
    told = overview.reminders(db, None, as_of=date(2026, 12, 10))
    assert told.next_deadline is not None and told.next_deadline[2].code.startswith("2026")
