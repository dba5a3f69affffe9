"""Words that follow the units: whom a plan goes down to, whom a report goes up to.

Since 01/07/2025 a province's plan goes down to its xã, phường and a commune reports up to the
UBND of the province or one of its Sở; before, a district sent to its wards. The texts say which,
from the units themselves ("gửi kế hoạch xuống 126 xã, phường", "gửi báo cáo lên Sở Khoa học và
Công nghệ (UBND thành phố Hà Nội)"), never from a fixed "phường ↔ quận".
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from desktop_app.db.models import Plan, Task, TaskGroup, Unit, task_coordinator
from desktop_app.domain.kinds import UnitKind
from desktop_app.services.database import Database
from desktop_app.services.plans import get_plan_row

_KIND_WORDS = {UnitKind.WARD: "phường", UnitKind.COMMUNE: "xã", UnitKind.SPECIAL_ZONE: "đặc khu"}


def _commune_words(kinds: set[str]) -> str:
    words = [w for k, w in (("commune", "xã"), ("ward", "phường"), ("special_zone", "đặc khu")) if k in kinds]
    return ", ".join(words)


def receivers_phrase(db: Database, plan_ref: str) -> str:
    """Whom the plan goes down to: "126 xã, phường", "các phường Ba Đình, Ngọc Hà", "Phòng Nội vụ, …"."""
    with db.read() as session:
        plan = get_plan_row(session, plan_ref)
        task_ids = select(Task.id).join(TaskGroup).where(TaskGroup.plan_id == plan.id)
        ids = set(session.scalars(select(Task.lead_unit_id).where(Task.id.in_(task_ids)))) | set(session.scalars(
            select(task_coordinator.c.unit_id).where(task_coordinator.c.task_id.in_(task_ids))))
        ids.discard(None)
        ids.discard(plan.issuer_unit_id)
        units = list(session.scalars(select(Unit).where(Unit.id.in_(ids))))
        communes: dict[str, tuple[str, str]] = {}  # id → (kind, name)
        others: list[str] = []
        for unit in units:
            place = unit if unit.kind in _KIND_WORDS else unit.parent
            if place is not None and place.kind in _KIND_WORDS:
                communes[place.id] = (place.kind, place.name)
            else:
                others.append(unit.name)
    parts = []
    if communes:
        words = _commune_words({kind for kind, _ in communes.values()})
        if len(communes) > 3:
            parts.append(f"{len(communes)} {words}")
        else:
            parts.append(", ".join(sorted(name[:1].lower() + name[1:] for _, name in communes.values())))
    if others:
        parts.append(", ".join(sorted(others)[:3]) + (" …" if len(others) > 3 else ""))
    return " và ".join(parts) or "các đơn vị thực hiện"


def superiors_phrase(db: Database, plan_ids: Iterable[str]) -> str:
    """Whom a unit's progress goes up to: the issuer of each plan, with the body above it
    ("Sở Khoa học và Công nghệ (UBND thành phố Hà Nội)", "UBND thành phố Hà Nội")."""
    names: list[str] = []
    with db.read() as session:
        for plan in session.scalars(select(Plan).where(Plan.id.in_(list(plan_ids)))):
            issuer = plan.issuer_unit
            if issuer is None:
                continue
            above = issuer.parent
            name = issuer.name
            if issuer.kind in (UnitKind.DEPARTMENT, UnitKind.OFFICE, UnitKind.BOARD) and above is not None:
                name += f" ({above.name})"
            if name not in names:
                names.append(name)
    return "; ".join(names) or "cơ quan tổng hợp"
