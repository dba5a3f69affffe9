"""UI fixtures: a main window over a fresh database, its runner synchronous (deterministic)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest

from desktop_app.domain.kinds import UnitKind
from desktop_app.domain.schedule import Schedule
from desktop_app.services import plans, tasks, units
from desktop_app.services.database import Database


@dataclass
class Sample:
    plan_id: str
    group_ids: list[str]
    task_ids: list[str]
    unit_ids: dict[str, str]


@pytest.fixture
def sample(db: Database) -> Sample:
    quan = units.create_unit(db, "UBND quận Ba Đình", code="BD", kind=UnitKind.PEOPLES_COMMITTEE)
    ids = {"quan": quan.id}
    for code, name in [("NV", "Phòng Nội vụ"), ("GD", "Phòng Giáo dục và Đào tạo"),
                       ("VH", "Phòng Văn hóa và Thông tin"), ("TP", "Phòng Tư pháp"),
                       ("YT", "Phòng Y tế")]:
        ids[code] = units.create_unit(db, name, code=code, kind=UnitKind.OFFICE, parent_id=quan.id).id
    plan = plans.create_plan(db, "Thực hiện Chương trình hành động số 30-CTr/TU về xây dựng và phát huy vai "
                             "trò của đội ngũ trí thức", number="137", symbol="KH-UBND",
                             issued_on=date(2024, 5, 4), issuer_unit_id=quan.id, start_year=2024, end_year=2030)
    g1 = tasks.add_group(db, plan.id, "Nâng cao nhận thức về vị trí, vai trò của đội ngũ trí thức")
    g2 = tasks.add_group(db, plan.id, "Tăng cường quản lý nhà nước; đổi mới công tác đào tạo, bồi dưỡng")
    t1 = tasks.add_task(db, g1.id, "Tuyên truyền, phổ biến Nghị quyết 45-NQ/TW đến cán bộ, đảng viên",
                        lead_unit_id=ids["VH"], coordinating_unit_ids=[ids["NV"]], schedule=Schedule.yearly(12, 15))
    t2 = tasks.add_task(db, g1.id, "Tổ chức hội nghị tôn vinh trí thức tiêu biểu", lead_unit_id=ids["NV"],
                        schedule=Schedule.once(date(2024, 11, 20)))
    t3 = tasks.add_task(db, g2.id, "Rà soát, tuyển dụng sinh viên tốt nghiệp loại giỏi", lead_unit_id=ids["NV"],
                        schedule=Schedule(tasks.ScheduleKind.QUARTERLY))
    return Sample(plan.id, [g1.id, g2.id], [t1.id, t2.id, t3.id], ids)


@pytest.fixture
def make_window(qtbot, db: Database):  # type: ignore[no-untyped-def]
    from desktop_app.ui import settings
    from desktop_app.ui.app import create_window, make_app

    make_app()
    settings.settings().clear()
    windows = []

    def factory(page: str = "tasks", threaded: bool = False):  # type: ignore[no-untyped-def]
        """threaded: calls run on a real DB worker thread (edits queue up behind each other)."""
        window = create_window(db, synchronous=not threaded, first_run=False)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        window.show_view(page)
        windows.append(window)
        return window

    yield factory
    for window in windows:
        window.runner.shutdown()


@pytest.fixture
def window(make_window, sample: Sample) -> Iterator[object]:  # type: ignore[no-untyped-def]
    yield make_window("tasks")


@pytest.fixture
def two_windows_on(qtbot, make_window, db_target, sample: Sample):  # type: ignore[no-untyped-def]
    """A factory: window A on the test's connection and window B on a second connection to the same
    database (another clerk, or another window on one SQLite file), both showing ``page``."""
    from desktop_app.ui.app import create_window

    opened = []

    def factory(page: str):  # type: ignore[no-untyped-def]
        first = make_window(page)
        other = Database.open(db_target, source="ui")
        second = create_window(other, synchronous=True, first_run=False)
        qtbot.addWidget(second)
        second.show()
        second.show_view(page)
        opened.append((second, other))
        return first, second

    yield factory
    for second, other in opened:
        second.runner.shutdown()
        other.close()



@pytest.fixture
def reports(window, sample, db):  # type: ignore[no-untyped-def]
    """The Reports screen on the sample plan, with one progress update this quarter."""
    from PySide6.QtWidgets import QApplication

    from desktop_app.domain.periods import PeriodKind
    from desktop_app.services import progress
    from desktop_app.services.periods import current_period

    period = current_period(PeriodKind.QUARTER)
    progress.record_progress(db, sample.task_ids[0], sample.unit_ids["VH"], period.code, status="in_progress",
                             percent=60, result="Đã tổ chức 3 hội nghị quán triệt")
    view = window.show_view("reports")
    view.picker.select(sample.plan_id)
    QApplication.processEvents()
    return view
