"""A plan read from a file or pasted text written as one draft plan — header, the documents it
implements, targets, groups, tasks and their units — in ONE transaction, and taken back in one."""

from __future__ import annotations

import difflib
import uuid
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import Document, Plan, Target, Task, TaskGroup, Unit
from desktop_app.domain.kinds import DocType, UnitKind
from desktop_app.domain.schedule import Schedule, ScheduleKind
from desktop_app.domain.symbols import parse_number_symbol
from desktop_app.domain.text import fold
from desktop_app.reading.model import DocumentRef, Reading, TaskDraft
from desktop_app.services.database import Database
from desktop_app.services.errors import ValidationError

_DOC_TYPES = {"ke hoach": DocType.KE_HOACH, "nghi quyet": DocType.NGHI_QUYET, "chi thi": DocType.CHI_THI,
              "chuong trinh": DocType.CHUONG_TRINH, "chuong trinh hanh dong": DocType.CHUONG_TRINH,
              "quyet dinh": DocType.QUYET_DINH, "thong bao": DocType.THONG_BAO,
              "thong bao ket luan": DocType.THONG_BAO, "huong dan": DocType.HUONG_DAN, "de an": DocType.DE_AN,
              "cong van": DocType.CONG_VAN, "van ban": DocType.CONG_VAN}
_KIND_WORDS = [("phong", UnitKind.OFFICE), ("van phong", UnitKind.OFFICE), ("dang uy", UnitKind.PARTY_COMMITTEE),
               ("uy ban nhan dan", UnitKind.PEOPLES_COMMITTEE), ("ubnd", UnitKind.PEOPLES_COMMITTEE),
               ("truong", UnitKind.SCHOOL), ("tram y te", UnitKind.HEALTH_STATION)]


@dataclass
class DraftPlan:
    """What a draft wrote, so that one undo can take all of it back."""

    plan_id: str
    group_ids: list[str] = field(default_factory=list)  # groups added to a plan that already existed
    unit_ids: list[str] = field(default_factory=list)  # units the draft created
    document_ids: list[str] = field(default_factory=list)  # documents the draft created
    skipped_documents: list[str] = field(default_factory=list)  # kinds the document register has no type for


def schedule_for(task: TaskDraft) -> Schedule:
    """The task's schedule from what the text states; nothing stated (or a recurrence the schedule
    has no kind for, such as every six months) is continuous — the preview says so on the line."""
    if task.recurrence == "once" and task.deadline:
        return Schedule.once(task.deadline)
    if task.recurrence == "yearly" and task.deadline:
        return Schedule.yearly(task.deadline.month, task.deadline.day)
    if task.recurrence == "quarterly":
        return Schedule(ScheduleKind.QUARTERLY)
    if task.recurrence == "monthly":
        return Schedule(ScheduleKind.MONTHLY)
    if task.deadline and task.recurrence is None:
        return Schedule.once(task.deadline)
    return Schedule.continuous()


def unit_suggestions(names: list[str], directory: list[str], limit: int = 3) -> list[str]:
    """Near misses in the unit directory for a name as the plan writes it."""
    folded = {fold(n): n for n in directory}
    found: list[str] = []
    for name in names:
        found += [folded[m] for m in difflib.get_close_matches(fold(name), list(folded), n=limit, cutoff=0.85)]
    return list(dict.fromkeys(found))[:limit]


def _kind_of(name: str) -> str:
    folded = fold(name)
    for word, kind in _KIND_WORDS:
        if folded.startswith(word):
            return kind.value
    return UnitKind.OTHER.value


def _unit(session: Session, name: str, made: DraftPlan, cache: dict[str, Unit]) -> Unit:
    key = fold(name)
    if key not in cache:
        unit = Unit(id=str(uuid.uuid4()), name=name.strip(), kind=_kind_of(name))
        session.add(unit)
        made.unit_ids.append(unit.id)
        cache[key] = unit
    return cache[key]


def _document(session: Session, ref: DocumentRef, made: DraftPlan) -> Document | None:
    doc_type = _DOC_TYPES.get(fold(ref.doc_type))
    parsed = parse_number_symbol(ref.number_symbol or "")
    if doc_type is None or parsed is None:
        made.skipped_documents.append(f"{ref.doc_type} {ref.number_symbol or ''}".strip())
        return None
    found = session.scalars(select(Document).where(Document.doc_type == doc_type.value,
                                                   Document.number == parsed.number,
                                                   Document.symbol == parsed.symbol)).first()
    if found is not None:
        return found
    doc = Document(id=str(uuid.uuid4()), doc_type=doc_type.value, number=parsed.number, symbol=parsed.symbol,
                   issued_on=ref.date, issuer=ref.issuer or "", title=ref.title or "")
    session.add(doc)
    made.document_ids.append(doc.id)
    return doc


def create_plan_from_reading(db: Database, reading: Reading, title: str | None = None,
                             plan_id: str | None = None) -> DraftPlan:
    """Write the reading as a new plan in one transaction; refused whole when it holds no task."""
    if not reading.tasks:
        raise ValidationError.one("nhiệm vụ", "Không đọc được nhiệm vụ nào: không có gì để thêm")
    header = reading.plan
    parsed = parse_number_symbol(header.number_symbol or "")
    made = DraftPlan(plan_id or str(uuid.uuid4()))
    units: dict[str, Unit] = {}
    with db.write() as session, session.no_autoflush:
        for unit in session.scalars(select(Unit)):  # the directory, matched by folded name
            units.setdefault(fold(unit.name), unit)
        plan = Plan(id=made.plan_id, title=(title or header.title or "Kế hoạch").strip(),
                    number=parsed.number if parsed else "", symbol=parsed.symbol if parsed else "",
                    issued_on=header.date, start_year=header.date.year if header.date else None)
        if header.issuer:
            plan.issuer_unit = _unit(session, header.issuer, made, units)
        docs = {ref.number_symbol: _document(session, ref, made) for ref in reading.documents}
        for ref in reading.documents:  # "Kế hoạch 137/KH-UBND … về thực hiện Chương trình 30-CTr/TU …"
            doc, parent = docs.get(ref.number_symbol), docs.get(ref.implements)
            if doc is not None and parent is not None and parent not in doc.implements:
                doc.implements.append(parent)
        below = {ref.implements for ref in reading.documents if ref.implements}
        plan.implements = list(dict.fromkeys(doc for key, doc in docs.items() if doc is not None and key not in below))
        session.add(plan)
        for position, target in enumerate(reading.targets, start=1):
            session.add(Target(plan=plan, position=position, name=target.text, measure=target.unit_of_measure or "",
                               baseline=target.baseline, target_low=target.goal, target_year=target.year))
        _write_groups(session, plan, reading, made, units, start=1)
    return made


def _write_groups(session: Session, plan: Plan, reading: Reading, made: DraftPlan, units: dict[str, Unit],
                  start: int) -> None:
    for g_position, group in enumerate(reading.groups, start=start):
        row = TaskGroup(id=str(uuid.uuid4()), plan=plan, position=g_position,
                        title=group.title or "Nhiệm vụ, giải pháp")
        session.add(row)
        made.group_ids.append(row.id)
        for t_position, draft in enumerate(group.tasks, start=1):
            schedule = schedule_for(draft)
            task = Task(group=row, position=t_position, content=draft.full_text, output=draft.output or "",
                        schedule_kind=schedule.kind.value, due_on=schedule.due, due_month=schedule.month,
                        due_day=schedule.day)
            if draft.lead_unit:
                task.lead_unit = _unit(session, draft.lead_unit, made, units)
            task.coordinating_units = list(dict.fromkeys(
                _unit(session, n, made, units) for n in draft.coordinating_units if n != draft.lead_unit))
            session.add(task)


def add_reading_to_plan(db: Database, plan_id: str, reading: Reading) -> DraftPlan:
    """The reading's groups and tasks (with their units) added after a plan's groups, in one
    transaction (paste into a plan that exists)."""
    from desktop_app.services.plans import ensure_unlocked, get_plan_row

    if not reading.tasks:
        raise ValidationError.one("nhiệm vụ", "Không đọc được nhiệm vụ nào: không có gì để thêm")
    made = DraftPlan(plan_id)
    units: dict[str, Unit] = {}
    with db.write() as session, session.no_autoflush:
        plan = get_plan_row(session, plan_id)
        ensure_unlocked(plan)
        for unit in session.scalars(select(Unit)):
            units.setdefault(fold(unit.name), unit)
        _write_groups(session, plan, reading, made, units, start=len(plan.groups) + 1)
    return made


def remove_added(db: Database, made: DraftPlan) -> None:
    """Undo of :func:`add_reading_to_plan`: the groups it added and the units it created."""
    with db.write() as session:
        for group_id in made.group_ids:
            group = session.get(TaskGroup, group_id)
            if group is not None:
                session.delete(group)
        session.flush()
        _delete_created(session, made)


def _delete_created(session: Session, made: DraftPlan) -> None:
    for doc_id in made.document_ids:
        doc = session.get(Document, doc_id)
        if doc is not None:
            session.delete(doc)
    for unit_id in made.unit_ids:
        unit = session.get(Unit, unit_id)
        if unit is not None:
            session.delete(unit)


def remove_draft_plan(db: Database, made: DraftPlan) -> None:
    """Undo of :func:`create_plan_from_reading`: the plan and what it created, in one transaction."""
    with db.write() as session:
        plan = session.get(Plan, made.plan_id)
        if plan is not None:
            session.delete(plan)
            session.flush()
        _delete_created(session, made)

