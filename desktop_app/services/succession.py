"""Successor units: a unit dissolved on a date (a district and its offices on 01/07/2025) and the
unit(s) that took its work (many-to-many), and carrying a plan on past the date.

History is never rewritten: the dissolved unit keeps its name, its tasks and its progress. A plan
whose lead or coordinating units were dissolved is carried on by an amendment
(``services.revisions.apply_amendment``) that reassigns its open tasks from the date, in one
step, from a suggested mapping the clerk may change. Reports of periods before the date show the
old units; periods after it the new ones (a report takes the task as in force in its period).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import Document, Plan, Progress, Task, TaskGroup, Unit
from desktop_app.domain.schedule import ScheduleKind
from desktop_app.domain.status import ProgressStatus
from desktop_app.services.database import Database
from desktop_app.services.documents import DocumentInfo
from desktop_app.services.errors import NotFound, Problem, ValidationError
from desktop_app.services.plan_issuers import record_successor_issuer
from desktop_app.services.plans import get_plan_row
from desktop_app.services.revisions import AmendmentItem, TaskVersion, apply_amendment, timelines, version_at
from desktop_app.services.successor_suggestion import suggestion_for
from desktop_app.services.units import resolve_unit


@dataclass(frozen=True)
class Dissolution:
    unit_id: str
    on: date
    successor_ids: tuple[str, ...]


def dissolve_units(db: Database, on: date, successors: Mapping[str, Sequence[str]]) -> list[Dissolution]:
    """Mark each unit (key) dissolved on ``on`` with its successor(s), in ONE transaction.

    A unit with no successor of its own (an office of a district) may be given none; the mapping
    then takes its nearest dissolved parent's successors. A successor must exist, not be the unit
    itself and not be dissolved on or before the date."""
    if not isinstance(on, date):
        raise ValidationError.one("dissolved_on", "Cần ngày giải thể")
    done: list[Dissolution] = []
    with db.write(source="succession") as session:
        problems: list[Problem] = []
        for ref, successor_refs in successors.items():
            unit = _unit(session, ref, "unit", problems)
            new = [_unit(session, s, "successors", problems) for s in successor_refs]
            if unit is None:
                continue
            if unit.dissolved_on is not None and unit.dissolved_on != on:
                problems.append(Problem("unit", f"Đơn vị '{unit.name}' đã giải thể từ {unit.dissolved_on:%d/%m/%Y}"))
            for successor in new:
                if successor is None:
                    continue
                if successor.id == unit.id:
                    problems.append(Problem("successors", f"Đơn vị '{unit.name}' không thể kế thừa chính nó"))
                elif successor.dissolved_on is not None and successor.dissolved_on <= on \
                        and successor.id not in successors:
                    problems.append(Problem("successors", f"Đơn vị kế thừa '{successor.name}' đã giải thể từ "
                                                          f"{successor.dissolved_on:%d/%m/%Y}"))
            if problems:
                continue
            unit.dissolved_on = on
            unit.active = False
            unit.successors = sorted({s.id: s for s in new if s is not None}.values(), key=lambda s: s.name)
            done.append(Dissolution(unit.id, on, tuple(s.id for s in unit.successors)))
        if problems:
            raise ValidationError(problems)
    return done


def _unit(session: Session, ref: str, where: str, problems: list[Problem]) -> Unit | None:
    try:
        return resolve_unit(session, ref)
    except NotFound as exc:
        problems.append(Problem(where, str(exc)))
        return None


def successors_of(unit: Unit) -> list[Unit]:
    """The units that carry on a dissolved unit's work: its own successors, or its nearest dissolved
    parent's (an office of a district goes where the district went); successors dissolved in turn
    are followed to the units that exist now."""
    seen: set[str] = set()
    found: dict[str, Unit] = {}

    def follow(current: Unit) -> None:
        if current.id in seen:
            return
        seen.add(current.id)
        direct = current.successors
        holder: Unit | None = current
        while not direct and holder is not None:
            holder = holder.parent
            if holder is not None and holder.dissolved_on is not None:
                direct = holder.successors
            elif holder is not None:
                break
        for successor in direct:
            if successor.dissolved_on is not None:
                follow(successor)
            else:
                found[successor.id] = successor

    follow(unit)
    return sorted(found.values(), key=lambda u: u.name)


@dataclass(frozen=True)
class Reassignment:
    """One open task of a plan whose units were dissolved, and where its work goes."""

    task_id: str
    number: str  # "1.2"
    content: str
    lead_before: str | None
    lead_after: str | None
    coordinators_before: tuple[str, ...]
    coordinators_after: tuple[str, ...]


@dataclass(frozen=True)
class CarryOn:
    """A suggestion: the dissolved units the plan's open tasks use, each with its successors, and
    what each open task becomes."""

    plan_id: str
    on: date
    mapping: dict[str, tuple[str, ...]]  # dissolved unit id → successor ids
    names: dict[str, str]
    tasks: tuple[Reassignment, ...]
    # dissolved old xã/phường → what the old → new commune mapping suggests (its sentence)
    notes: dict[str, str] = field(default_factory=dict)


def _is_open(session: Session, version: TaskVersion, on: date) -> bool:
    if version.dropped:
        return False
    if version.schedule.kind != ScheduleKind.ONCE:
        return True  # continuous and recurring tasks go on
    done = session.scalar(select(Progress.id).where(
        Progress.task_id == version.task_id, Progress.status == ProgressStatus.DONE,
        Progress.completed_on.is_not(None), Progress.completed_on < on).limit(1))
    return done is None


def _open_versions(session: Session, plan_id: str, on: date) -> list[TaskVersion]:
    tasks = list(session.scalars(select(Task).join(TaskGroup).where(TaskGroup.plan_id == plan_id)
                                 .order_by(TaskGroup.position, Task.position)))
    histories = timelines(session, tasks)
    versions = [version_at(histories[t.id], on) for t in tasks]
    return [v for v in versions if v is not None and _is_open(session, v, on)]


def _apply(mapping: Mapping[str, Sequence[str]], version: TaskVersion) -> tuple[str | None, tuple[str, ...]]:
    lead = version.lead_unit_id
    extra: list[str] = []
    if lead is not None and lead in mapping and mapping[lead]:
        lead, *extra = mapping[lead]
    coordinators: list[str] = []
    for unit_id in [*version.coordinating_unit_ids, *extra]:
        for new in (mapping.get(unit_id) or [unit_id]) if unit_id in mapping else [unit_id]:
            if new != lead and new not in coordinators:
                coordinators.append(new)
    return lead, tuple(coordinators)


def suggest_carry_on(db: Database, plan_ref: str, on: date,
                     mapping: Mapping[str, Sequence[str]] | None = None) -> CarryOn:
    """What carrying the plan on from ``on`` would do: the dissolved units among the open tasks'
    lead and coordinating units, with their successors (or the clerk's ``mapping``)."""
    with db.read() as session:
        plan = get_plan_row(session, plan_ref)
        versions = _open_versions(session, plan.id, on)
        used = {u for v in versions for u in (v.lead_unit_id, *v.coordinating_unit_ids) if u}
        units = {u.id: u for u in session.scalars(select(Unit).where(Unit.id.in_(used)))}
        gone = {uid: u for uid, u in units.items() if u.dissolved_on is not None and u.dissolved_on <= on}
        chosen: dict[str, tuple[str, ...]] = {}
        notes: dict[str, str] = {}
        for uid, u in gone.items():
            chosen[uid], note = _suggested(session, u, mapping)
            if note:
                notes[uid] = note
        names = {uid: u.name for uid, u in units.items()}
        for ids in chosen.values():
            for successor in session.scalars(select(Unit).where(Unit.id.in_(ids))):
                names[successor.id] = successor.name
        numbers = _numbers(session, plan.id)
        tasks = []
        for version in versions:
            if not ({version.lead_unit_id, *version.coordinating_unit_ids} & set(gone)):
                continue
            lead, coordinators = _apply(chosen, version)
            tasks.append(Reassignment(version.task_id, numbers.get(version.task_id, ""), version.content,
                                      version.lead_unit_id, lead, version.coordinating_unit_ids, coordinators))
        return CarryOn(plan.id, on, chosen, names, tuple(tasks), notes)


def _suggested(session: Session, unit: Unit, mapping: Mapping[str, Sequence[str]] | None
               ) -> tuple[tuple[str, ...], str]:
    """The clerk's choice; else the unit's own successors; else, for an old xã/phường the old → new
    commune mapping knows, the new communes of this database that took it; else where its
    dissolved parent went. With the mapping's sentence when it knows the unit."""
    legacy = suggestion_for(session, unit)
    note = legacy.sentence() if legacy is not None else ""
    if mapping is not None and unit.id in mapping:
        return tuple(mapping[unit.id]), note
    if not unit.successors and legacy is not None and legacy.present:
        return legacy.successor_ids, note
    return tuple(s.id for s in successors_of(unit)), note


def _numbers(session: Session, plan_id: str) -> dict[str, str]:
    rows = session.execute(select(Task.id, TaskGroup.position, Task.position).join(TaskGroup)
                           .where(TaskGroup.plan_id == plan_id))
    return {task_id: f"{group}.{position}" for task_id, group, position in rows}


def carry_on_plan(db: Database, plan_ref: str, on: date, *, number: str, symbol: str, issued_on: date | None,
                  issuer: str, title: str = "", doc_type: str = "KH",
                  mapping: Mapping[str, Sequence[str]] | None = None,
                  new_issuer: str | None = None) -> tuple[DocumentInfo, CarryOn]:
    """Record the amendment that reassigns, from ``on``, every open task of the plan that used a
    dissolved unit, in ONE transaction; a dissolved unit left without a successor is refused.

    When the plan's issuer itself was dissolved, the successor that reports on the plan from ``on``
    (``new_issuer``, a name, code or id; by default the first of the issuer's successors) is
    recorded with it (services/plan_issuers.py): reports of later periods are headed by it."""
    plan = suggest_carry_on(db, plan_ref, on, mapping)
    missing = [plan.names.get(uid, uid) for uid, new in plan.mapping.items() if not new]
    if missing:
        raise ValidationError.one("mapping", "Chưa chọn đơn vị kế thừa cho: " + ", ".join(sorted(missing)))
    if not plan.tasks:
        raise ValidationError.one("plan", "Kế hoạch không còn nhiệm vụ nào của đơn vị đã giải thể cần giao lại")
    successor_issuer = issuer_successors(db, plan.plan_id, on, plan.mapping, new_issuer)
    items = [AmendmentItem("change", t.task_id, {"lead_unit_id": t.lead_after,
                                                  "coordinating_unit_ids": list(t.coordinators_after)},
                           where=f"Nhiệm vụ {t.number}") for t in plan.tasks]
    title = title or "Giao lại nhiệm vụ của các đơn vị đã giải thể cho đơn vị kế thừa"


    def record_issuer(session: Session, _plan: Plan, doc: Document) -> None:
        if successor_issuer:
            record_successor_issuer(session, plan.plan_id, on, successor_issuer[0], doc.id)

    document = apply_amendment(db, plan.plan_id, doc_type, number, symbol, issued_on, issuer, title, on, items,
                               also=record_issuer)
    return document, plan


def issuer_successors(db: Database, plan_ref: str, on: date, mapping: Mapping[str, Sequence[str]] | None = None,
                      chosen: str | None = None) -> tuple[str, ...]:
    """The units that may report on the plan from ``on`` when its issuer was dissolved by then, the
    clerk's ``chosen`` one first (else the issuer's successors in the carry-on ``mapping``, else its
    own); () while the issuer exists. A chosen unit that does not exist or was dissolved is refused."""
    with db.read() as session:
        plan = get_plan_row(session, plan_ref)
        issuer = plan.issuer_unit
        if issuer is None or issuer.dissolved_on is None or issuer.dissolved_on > on:
            if chosen:
                raise ValidationError.one("new_issuer", "Đơn vị ban hành kế hoạch chưa giải thể: không cần chọn "
                                                        "đơn vị ban hành mới")
            return ()
        ids = list(mapping[issuer.id]) if mapping and mapping.get(issuer.id) else \
            [s.id for s in successors_of(issuer)]
        if chosen:
            try:
                unit = resolve_unit(session, chosen)
            except NotFound as exc:
                raise ValidationError.one("new_issuer", str(exc)) from exc
            if unit.dissolved_on is not None and unit.dissolved_on <= on:
                raise ValidationError.one("new_issuer", f"Đơn vị '{unit.name}' đã giải thể từ "
                                                        f"{unit.dissolved_on:%d/%m/%Y}")
            ids = [unit.id, *(i for i in ids if i != unit.id)]
        if not ids:
            raise ValidationError.one("new_issuer", f"Chưa có đơn vị kế thừa '{issuer.name}' (đơn vị ban hành kế "
                                                    "hoạch): chọn đơn vị ban hành mới")
        return tuple(ids)


def names_of(carry: CarryOn, ids: Iterable[str | None]) -> str:
    return ", ".join(carry.names.get(i, i) for i in ids if i)


def mapping_from_names(db: Database, names: Mapping[str, Sequence[str]]) -> dict[str, list[str]]:
    """The clerk's mapping typed as names (or codes) of successor units, resolved to ids; every
    unknown name is listed, naming the dissolved unit it was typed for."""
    found: dict[str, list[str]] = {}
    problems: list[Problem] = []
    with db.read() as session:
        for old_id, typed in names.items():
            old = session.get(Unit, old_id)
            where = old.name if old is not None else old_id
            found[old_id] = []
            for ref in typed:
                try:
                    found[old_id].append(resolve_unit(session, ref).id)
                except NotFound as exc:
                    problems.append(Problem(where, str(exc)))
    if problems:
        raise ValidationError(problems)
    return found
