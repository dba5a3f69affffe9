"""A small plan built through the services, shared by tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop_app.domain.schedule import Schedule
from desktop_app.services import documents, plans, tasks, units
from desktop_app.services.database import Database


@dataclass
class Sample:
    plan_id: str
    group_ids: list[str]
    task_ids: list[str]
    pnv: str
    pgd: str
    ubnd: str


def make_sample(db: Database) -> Sample:
    ubnd = units.create_unit(db, "UBND quận Ba Đình", "UBND", "peoples_committee").id
    pnv = units.create_unit(db, "Phòng Nội vụ", "PNV", "office", parent_id=ubnd).id
    pgd = units.create_unit(db, "Phòng Giáo dục và Đào tạo", "PGDĐT", "office", parent_id=ubnd).id
    nq = documents.create_document(db, "NQ", "45", "NQ/TW", date(2023, 11, 24), "Ban Chấp hành Trung ương")
    plan = plans.create_plan(db, "Thực hiện Nghị quyết về đội ngũ trí thức", "215", "KH-UBND",
                             implements=[nq.id], issued_on=date(2024, 6, 18), issuer_unit_id=ubnd,
                             start_year=2024, end_year=2030, vision_year=2045)
    g1 = tasks.add_group(db, plan.id, "Nâng cao nhận thức về vị trí, vai trò của đội ngũ trí thức").id
    g2 = tasks.add_group(db, plan.id, "Tăng cường quản lý nhà nước").id
    t1 = tasks.add_task(db, g1, "Đẩy mạnh tuyên truyền", pnv, [pgd], Schedule.once(date(2024, 6, 30))).id
    t2 = tasks.add_task(db, g1, "Tổ chức hội nghị quán triệt", pnv, schedule=Schedule.yearly(12, 10)).id
    t3 = tasks.add_task(db, g2, "Rà soát đội ngũ trí thức", pgd, schedule=Schedule.continuous()).id
    return Sample(plan.id, [g1, g2], [t1, t2, t3], pnv, pgd, ubnd)


def record_sent(db: Database, task_id: str, unit_id: str, period: str, **values: object) -> str:
    """A unit's update as it stands once sent to the compiling office (only sent updates count)."""
    from desktop_app.services import progress, review

    progress_id = progress.record_progress(db, task_id, unit_id, period, **values)
    review.submit(db, [progress_id])
    return progress_id
