"""Targets (chỉ tiêu) of a plan and their actual value per reporting period."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desktop_app.db.models import Target, TargetValue
from desktop_app.domain.kinds import Direction, TargetVerdict, judge_target
from desktop_app.domain.text import normalize_text
from desktop_app.services.database import Database
from desktop_app.services.errors import NotFound, Problem, ValidationError
from desktop_app.services.periods import resolve_period
from desktop_app.services.plans import ensure_unlocked, get_plan_row

TARGET_FIELDS = ("name", "measure", "baseline", "baseline_year", "target_low", "target_high",
                 "target_year", "direction")


@dataclass(frozen=True)
class TargetInfo:
    id: str
    plan_id: str
    position: int
    name: str
    measure: str
    baseline: float | None
    baseline_year: int | None
    target_low: float | None
    target_high: float | None
    target_year: int | None
    direction: str
    values: tuple[tuple[str, float, str], ...]  # (period, value, note)

    def value_for(self, period: str) -> float | None:
        return next((v for p, v, _ in self.values if p == period), None)

    def verdict(self, period: str) -> TargetVerdict | None:
        value = self.value_for(period)
        if value is None:
            return None
        return judge_target(value, self.target_low, self.target_high, Direction(self.direction))


def _info(t: Target) -> TargetInfo:
    values = tuple(sorted((v.period, v.value, v.note) for v in t.values))
    return TargetInfo(t.id, t.plan_id, t.position, t.name, t.measure, t.baseline, t.baseline_year,
                      t.target_low, t.target_high, t.target_year, t.direction, values)


def validate_target_fields(values: dict[str, object]) -> list[Problem]:
    problems = []
    if "name" in values and not normalize_text(str(values["name"] or "")):
        problems.append(Problem("name", "Tên chỉ tiêu không được để trống"))
    if "direction" in values and values["direction"] not in {d.value for d in Direction}:
        problems.append(Problem("direction", f"Chiều chỉ tiêu không hợp lệ: '{values['direction']}'"))
    low, high = values.get("target_low"), values.get("target_high")
    for key in ("baseline", "target_low", "target_high"):
        value = values.get(key)
        if value is not None and not isinstance(value, (int, float)):
            problems.append(Problem(key, f"Giá trị phải là số, không phải '{value}'"))
    if isinstance(low, (int, float)) and isinstance(high, (int, float)) and high < low:
        problems.append(Problem("target_high", f"Cận trên {high} nhỏ hơn cận dưới {low}"))
    return problems


def add_target(db: Database, plan_id: str, name: str, target_id: str | None = None,
               **values: object) -> TargetInfo:
    unknown = set(values) - set(TARGET_FIELDS)
    if unknown:
        raise ValidationError.one(", ".join(sorted(unknown)), "Trường không có trong chỉ tiêu")
    values["name"] = name
    problems = validate_target_fields(values)
    if problems:
        raise ValidationError(problems)
    with db.write() as session:
        plan = get_plan_row(session, plan_id)
        ensure_unlocked(plan)
        target = Target(plan=plan, position=len(plan.targets) + 1, **values)
        if target_id:
            target.id = target_id
        session.add(target)
        session.flush()
        return _info(target)


def set_target_value(db: Database, target_id: str, period: str, value: float, note: str = "") -> None:
    if not isinstance(value, (int, float)):
        raise ValidationError.one("value", f"Giá trị phải là số, không phải '{value}'")
    with db.write() as session:
        target = session.get(Target, target_id)
        if target is None:
            raise NotFound(f"Không có chỉ tiêu '{target_id}'")
        resolve_period(session, period)
        row = session.scalar(select(TargetValue).where(TargetValue.target_id == target_id,
                                                       TargetValue.period == period))
        if row is None:
            session.add(TargetValue(target=target, period=period, value=float(value), note=note))
        else:
            row.value = float(value)
            row.note = note


def list_targets(db: Database, plan_id: str) -> list[TargetInfo]:
    with db.read() as session:
        return [_info(t) for t in get_plan_row(session, plan_id).targets]
