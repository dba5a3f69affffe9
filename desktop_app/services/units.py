"""Units (đơn vị): the hierarchy city → district → offices and wards, as data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop_app.db.models import Plan, Progress, Task, Unit, task_coordinator
from desktop_app.domain.kinds import UnitKind
from desktop_app.domain.text import fold, normalize_text, sort_key
from desktop_app.services.database import Database
from desktop_app.services.errors import InUse, NotFound, Problem, ValidationError, check_version


@dataclass(frozen=True)
class UnitInfo:
    id: str
    code: str
    name: str
    kind: str
    parent_id: str | None
    active: bool
    version: int
    official_code: str | None = None
    dissolved_on: date | None = None

    @property
    def label(self) -> str:
        return self.name


def _info(unit: Unit) -> UnitInfo:
    return UnitInfo(unit.id, unit.code, unit.name, unit.kind, unit.parent_id, unit.active, unit.version,
                    unit.official_code, unit.dissolved_on)


def _validate(session: Session, name: str | None, kind: str | None, parent_id: str | None,
              unit_id: str | None = None) -> None:
    problems = []
    if name is not None and not normalize_text(name):
        problems.append(Problem("name", "Tên đơn vị không được để trống"))
    if kind is not None and kind not in {k.value for k in UnitKind}:
        problems.append(Problem("kind", f"Loại đơn vị không hợp lệ: '{kind}'"))
    if parent_id is not None:
        parent = session.get(Unit, parent_id)
        if parent is None:
            problems.append(Problem("parent_id", f"Không có đơn vị cấp trên có mã '{parent_id}'"))
        else:
            ancestor: Unit | None = parent
            while ancestor is not None:
                if unit_id is not None and ancestor.id == unit_id:
                    problems.append(Problem("parent_id", "Không thể đặt đơn vị làm cấp dưới của chính nó"))
                    break
                ancestor = ancestor.parent
    if problems:
        raise ValidationError(problems)


def create_unit(db: Database, name: str, code: str = "", kind: str = UnitKind.OTHER,
                parent_id: str | None = None, active: bool = True, unit_id: str | None = None) -> UnitInfo:
    with db.write() as session:
        _validate(session, name, kind, parent_id)
        unit = Unit(name=name, code=code or "", kind=str(kind), parent_id=parent_id, active=active)
        if unit_id:
            unit.id = unit_id
        session.add(unit)
        session.flush()
        return _info(unit)


def update_unit(db: Database, unit_id: str, *, expected_version: int | None = None,
                **changes: object) -> UnitInfo:
    allowed = {"name", "code", "kind", "parent_id", "active"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError.one(", ".join(sorted(unknown)), "Trường không sửa được")
    with db.write() as session:
        unit = session.get(Unit, unit_id)
        if unit is None:
            raise NotFound(f"Không có đơn vị '{unit_id}'")
        check_version(unit, expected_version)
        _validate(session, changes.get("name"), changes.get("kind"), changes.get("parent_id"),  # type: ignore[arg-type]
                  unit_id)
        for key, value in changes.items():
            setattr(unit, key, value)
        session.flush()
        return _info(unit)


def usage_count(session: Session, unit_id: str) -> int:
    counts = [
        session.scalar(select(func.count()).select_from(Task).where(Task.lead_unit_id == unit_id)),
        session.scalar(select(func.count()).select_from(task_coordinator)
                       .where(task_coordinator.c.unit_id == unit_id)),
        session.scalar(select(func.count()).select_from(Progress).where(Progress.unit_id == unit_id)),
        session.scalar(select(func.count()).select_from(Plan).where(Plan.issuer_unit_id == unit_id)),
        session.scalar(select(func.count()).select_from(Unit).where(Unit.parent_id == unit_id)),
    ]
    return sum(c or 0 for c in counts)


def delete_unit(db: Database, unit_id: str) -> None:
    """Delete a unit nobody refers to; a unit in use can only be deactivated."""
    with db.write() as session:
        unit = session.get(Unit, unit_id)
        if unit is None:
            raise NotFound(f"Không có đơn vị '{unit_id}'")
        used = usage_count(session, unit_id)
        if used:
            raise InUse(f"Đơn vị '{unit.name}' đang được dùng ở {used} chỗ (nhiệm vụ, tiến độ, kế hoạch "
                        "hoặc đơn vị cấp dưới); không xóa được, chỉ có thể ngừng hoạt động.")
        session.delete(unit)


def list_units(db: Database, include_inactive: bool = True) -> list[UnitInfo]:
    with db.read() as session:
        query = select(Unit)
        if not include_inactive:
            query = query.where(Unit.active.is_(True))
        units = [_info(u) for u in session.scalars(query)]
    return sorted(units, key=lambda u: sort_key(u.name))


def get_unit(db: Database, unit_id: str) -> UnitInfo:
    with db.read() as session:
        unit = session.get(Unit, unit_id)
        if unit is None:
            raise NotFound(f"Không có đơn vị '{unit_id}'")
        return _info(unit)


def resolve_unit(session: Session, ref: str) -> Unit:
    """A unit by id, by code (any case) or by name (ignoring case and diacritics)."""
    unit = session.get(Unit, ref)
    if unit is not None:
        return unit
    folded = fold(ref)
    found = list(session.scalars(select(Unit).where(or_(func.lower(Unit.code) == ref.strip().lower(),
                                                        Unit.search_text.like(f"%{folded}%")))))
    exact = [u for u in found if u.code.lower() == ref.strip().lower() or fold(u.name) == folded]
    if len(exact) == 1:
        return exact[0]
    if len(found) == 1:
        return found[0]
    if not found:
        raise NotFound(f"Không có đơn vị '{ref}'")
    raise NotFound(f"'{ref}' khớp với nhiều đơn vị: " + ", ".join(u.name for u in found[:5]))
