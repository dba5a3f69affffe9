"""Plan revisions: amendments (Kế hoạch sửa đổi, bổ sung; quyết định; công văn) that add, change
or drop tasks from a date, and each task's history — what it said, who led it, when it was due
at any date.

Model. An amendment is a :class:`Document` linked to the plan (``plan_amendment``). A task's
history is a list of ``task_revision`` rows, each a full snapshot in force from its
``effective_from`` (NULL: from the plan's start) until the next one; ``dropped`` marks a task
removed from that date. A task never amended has no revision: the ``task`` row is its only
version. The ``task`` row always holds the latest version (so screens, exports and search show
the plan as amended); when a task is first amended, its original wording is kept as the NULL
revision. Corrections made with ``tasks.update_task`` (typos) change the latest version.

Rules for a reporting period [start, end] judged at day R = the report's day (``as_of``, at most
the period's end):
- the task list and each task's wording, lead unit and schedule are the version in force on R;
  a task dropped during the period (after ``start``) still appears, as it stood before being
  dropped; a task dropped on or before ``start``, or added after R, does not appear;
- "a deadline moved by an amendment is judged against the new deadline only from the
  amendment's date": a task not done is judged against the deadline in force on R, and a
  completion is judged against the deadline in force on the completion day.
Amendments are entered in date order: one dated before the task's latest revision is refused.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, selectinload

from desktop_app.db.models import Document, Plan, Task, TaskGroup, TaskRevision, Unit, plan_amendment
from desktop_app.db.types import new_id
from desktop_app.domain.schedule import Schedule
from desktop_app.domain.text import normalize_text
from desktop_app.services.database import Database
from desktop_app.services.documents import DocumentInfo, validate_document_fields
from desktop_app.services.documents import info as document_info
from desktop_app.services.errors import NotFound, Problem, ValidationError
from desktop_app.services.plans import ensure_unlocked, get_plan_row
from desktop_app.services.tasks import (
    TaskInfo,
    _apply_schedule,
    _group,
    _renumber,
    _units,
    apply_task_changes,
    get_task_row,
    schedule_from,
    schedule_of,
)

AMENDABLE = ("content", "lead_unit_id", "coordinating_unit_ids", "schedule", "output")
FIELD_LABELS = {
    "content": "Nội dung",
    "lead_unit_id": "Đơn vị chủ trì",
    "coordinating_unit_ids": "Đơn vị phối hợp",
    "schedule": "Thời hạn",
    "output": "Sản phẩm",
}
AMENDMENT_TYPES = ("KH", "QĐ", "CV", "TB", "HD")


@dataclass(frozen=True)
class TaskVersion:
    """A task as it stood from ``effective_from`` on (None: from the start)."""

    task_id: str
    group_id: str
    group_position: int
    position: int
    content: str
    lead_unit_id: str | None
    coordinating_unit_ids: tuple[str, ...]
    schedule: Schedule
    output: str
    effective_from: date | None
    document_id: str | None
    dropped: bool = False

    @property
    def number(self) -> str:
        return f"{self.group_position}.{self.position}"


def _from_task(task: Task, effective_from: date | None, document_id: str | None) -> TaskVersion:
    return TaskVersion(task.id, task.group_id, task.group.position, task.position, task.content,
                       task.lead_unit_id, tuple(sorted(u.id for u in task.coordinating_units)),
                       schedule_of(task), task.output, effective_from, document_id)


def _from_revision(task: Task, rev: TaskRevision) -> TaskVersion:
    return TaskVersion(task.id, task.group_id, task.group.position, task.position, rev.content,
                       rev.lead_unit_id, tuple(json.loads(rev.coordinating_unit_ids or "[]")),
                       schedule_from(rev.schedule_kind, rev.due_on, rev.due_month, rev.due_day), rev.output,
                       rev.effective_from, rev.document_id, bool(rev.dropped))


def _order(rev: TaskRevision) -> date:
    return rev.effective_from or date.min


def timeline(task: Task, revisions: Sequence[TaskRevision]) -> list[TaskVersion]:
    """A task's versions in date order; the latest live one is read from the task row itself."""
    revs = sorted(revisions, key=_order)
    if not revs:
        return [_from_task(task, None, None)]
    versions = [_from_revision(task, r) for r in revs]
    if not revs[-1].dropped:
        versions[-1] = _from_task(task, revs[-1].effective_from, revs[-1].document_id)
    return versions


def version_at(versions: Sequence[TaskVersion], day: date) -> TaskVersion | None:
    """The version in force on ``day``; None before the task was added or once it is dropped."""
    found = None
    for version in versions:
        if version.effective_from is None or version.effective_from <= day:
            found = version
    return None if found is None or found.dropped else found


def version_for_period(versions: Sequence[TaskVersion], start: date, day: date) -> TaskVersion | None:
    """The version a report of a period starting ``start`` uses on ``day`` (see the module rules)."""
    found = None
    for version in versions:
        if version.effective_from is None or version.effective_from <= day:
            found = version
    if found is None or not found.dropped:
        return found
    assert found.effective_from is not None
    if found.effective_from <= start:
        return None
    return version_at(versions, found.effective_from - timedelta(days=1))


def began_on(versions: Sequence[TaskVersion], began: date | None) -> date | None:
    """The day a task began, before which nothing of it is due: ``began`` (its start, else the
    plan's date), or the day an amendment added it when later (its first version has a date)."""
    added = versions[0].effective_from if versions else None
    if added is None:
        return began
    return max(added, began) if began is not None else added


def report_day(start: date, end: date, as_of: date) -> date:
    return max(start, min(end, as_of))


def revisions_of(session: Session, task_ids: Iterable[str]) -> dict[str, list[TaskRevision]]:
    ids = sorted(set(task_ids))
    found: dict[str, list[TaskRevision]] = defaultdict(list)
    for offset in range(0, len(ids), 900):
        for rev in session.scalars(select(TaskRevision).where(TaskRevision.task_id.in_(ids[offset:offset + 900]))):
            found[rev.task_id].append(rev)
    return found


def timelines(session: Session, tasks: Sequence[Task]) -> dict[str, list[TaskVersion]]:
    revs = revisions_of(session, [t.id for t in tasks])
    return {t.id: timeline(t, revs.get(t.id, [])) for t in tasks}


def _plan_tasks(session: Session, plan: Plan) -> list[Task]:
    return list(session.scalars(
        select(Task).join(TaskGroup, Task.group_id == TaskGroup.id).where(TaskGroup.plan_id == plan.id)
        .order_by(TaskGroup.position, Task.position)
        .options(selectinload(Task.group), selectinload(Task.lead_unit), selectinload(Task.coordinating_units))))


def _names(session: Session, ids: Iterable[str | None]) -> dict[str, str]:
    wanted = sorted({i for i in ids if i})
    return {u.id: u.name for u in session.scalars(select(Unit).where(Unit.id.in_(wanted)))} if wanted else {}


def as_task_info(version: TaskVersion, names: dict[str, str], task_version: int = 1,
                 start_on: date | None = None) -> TaskInfo:
    coordinators = sorted(version.coordinating_unit_ids, key=lambda u: names.get(u, ""))
    return TaskInfo(version.task_id, version.group_id, version.group_position, version.position,
                    version.content, version.lead_unit_id, names.get(version.lead_unit_id or "", ""),
                    tuple(coordinators), tuple(names.get(u, "") for u in coordinators), version.schedule,
                    version.output, start_on, task_version)


def period_task_infos(db: Database, plan_ref: str, start: date, day: date) -> list[TaskInfo]:
    """The plan's tasks as a report of a period [start, …] judged on ``day`` shows them."""
    with db.read() as session:
        plan = get_plan_row(session, plan_ref)
        tasks = _plan_tasks(session, plan)
        lines = timelines(session, tasks)
        chosen = [(t, version_for_period(lines[t.id], start, day)) for t in tasks]
        kept = [(t, v) for t, v in chosen if v is not None]
        names = _names(session, [u for _, v in kept for u in (v.lead_unit_id, *v.coordinating_unit_ids)])
        # a task an amendment added began that day (nothing of it is due before: docs/standing.md)
        return [as_task_info(v, names, t.version, began_on(lines[t.id], t.start_on)) for t, v in kept]


# ---- reading ----------------------------------------------------------------------------------


def task_history(db: Database, task_id: str) -> list[TaskVersion]:
    """Every version of a task, oldest first."""
    with db.read() as session:
        task = get_task_row(session, task_id)
        return timeline(task, revisions_of(session, [task.id]).get(task.id, []))


def task_as_of(db: Database, task_id: str, day: date) -> TaskVersion | None:
    """The task as it stood on ``day``: None if it was not yet added, or was dropped, by then."""
    return version_at(task_history(db, task_id), day)


def plan_as_of(db: Database, plan_ref: str, day: date) -> list[TaskVersion]:
    """The plan's tasks in force on ``day``, in order."""
    with db.read() as session:
        plan = get_plan_row(session, plan_ref)
        tasks = _plan_tasks(session, plan)
        lines = timelines(session, tasks)
        return [v for t in tasks if (v := version_at(lines[t.id], day)) is not None]


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    before: str
    after: str


@dataclass(frozen=True)
class PlanChange:
    """One task that differs between two dates: added, dropped or changed (with its fields)."""

    task_id: str
    number: str
    kind: str  # added | dropped | changed
    content: str
    fields: tuple[FieldChange, ...] = ()
    document_id: str | None = None  # the amendment that made the later version

    @property
    def label(self) -> str:
        return {"added": "Bổ sung", "dropped": "Bãi bỏ", "changed": "Sửa đổi"}[self.kind]


def _field_text(field: str, version: TaskVersion, names: dict[str, str]) -> str:
    if field == "lead_unit_id":
        return names.get(version.lead_unit_id or "", "")
    if field == "coordinating_unit_ids":
        return ", ".join(sorted(names.get(u, u) for u in version.coordinating_unit_ids))
    if field == "schedule":
        return version.schedule.label
    return str(getattr(version, field))


def compare_plan(db: Database, plan_ref: str, day_a: date, day_b: date) -> list[PlanChange]:
    """What changed in the plan between its version on ``day_a`` and on ``day_b``."""
    with db.read() as session:
        plan = get_plan_row(session, plan_ref)
        tasks = _plan_tasks(session, plan)
        lines = timelines(session, tasks)
        pairs = [(version_at(lines[t.id], day_a), version_at(lines[t.id], day_b), t.id) for t in tasks]
        names = _names(session, [u for a, b, _ in pairs for v in (a, b) if v is not None
                                 for u in (v.lead_unit_id, *v.coordinating_unit_ids)])
    changes = []
    for a, b, task_id in pairs:
        if a is None and b is None:
            continue
        if a is None:
            assert b is not None
            changes.append(PlanChange(task_id, b.number, "added", b.content, document_id=b.document_id))
        elif b is None:
            later = [v for v in lines[task_id] if v.dropped and v.effective_from is not None
                     and min(day_a, day_b) < v.effective_from <= max(day_a, day_b)]
            changes.append(PlanChange(task_id, a.number, "dropped", a.content,
                                      document_id=later[0].document_id if later else None))
        else:
            fields = tuple(FieldChange(f, FIELD_LABELS[f], _field_text(f, a, names), _field_text(f, b, names))
                           for f in AMENDABLE if getattr(a, f) != getattr(b, f))
            if fields:
                changes.append(PlanChange(task_id, b.number, "changed", b.content, fields, b.document_id))
    return changes


def list_amendments(db: Database, plan_ref: str) -> list[DocumentInfo]:
    with db.read() as session:
        plan = get_plan_row(session, plan_ref)
        docs = session.scalars(select(Document).join(plan_amendment, plan_amendment.c.document_id == Document.id)
                               .where(plan_amendment.c.plan_id == plan.id)
                               .order_by(Document.issued_on, Document.number))
        return [document_info(d) for d in docs]


# ---- writing ----------------------------------------------------------------------------------


def _check_document(doc_type: str, number: str, symbol: str) -> None:
    problems = validate_document_fields(doc_type, number, symbol)
    if doc_type not in AMENDMENT_TYPES and not problems:
        problems.append(Problem("doc_type", f"Văn bản sửa đổi kế hoạch thường là {', '.join(AMENDMENT_TYPES)}, "
                                            f"không phải '{doc_type}'"))
    if problems:
        raise ValidationError(problems)


def _record(session: Session, plan: Plan, doc_type: str, number: str, symbol: str, issued_on: date | None,
            issuer: str, title: str) -> Document:
    ensure_unlocked(plan)
    doc = Document(doc_type=doc_type, number=number, symbol=symbol, issued_on=issued_on, issuer=issuer,
                   title=title)
    session.add(doc)
    session.flush()
    session.execute(insert(plan_amendment).values(plan_id=plan.id, document_id=doc.id))
    return doc


def record_amendment(db: Database, plan_ref: str, doc_type: str, number: str, symbol: str,
                     issued_on: date | None, issuer: str = "", title: str = "") -> DocumentInfo:
    """Record an amending document (its own document) and link it to the plan."""
    _check_document(doc_type, number, symbol)
    with db.write() as session:
        plan = get_plan_row(session, plan_ref)
        return document_info(_record(session, plan, doc_type, number, symbol, issued_on, issuer, title))


def _amendment(session: Session, plan: Plan, document_id: str | None) -> str | None:
    if document_id is None:
        return None
    doc = session.get(Document, document_id)
    if doc is None:
        raise NotFound(f"Không có văn bản sửa đổi '{document_id}'")
    linked = session.execute(select(plan_amendment.c.plan_id).where(
        plan_amendment.c.plan_id == plan.id, plan_amendment.c.document_id == doc.id)).first()
    if linked is None:
        session.execute(insert(plan_amendment).values(plan_id=plan.id, document_id=doc.id))
    return doc.id


def _snapshot(task: Task) -> dict[str, Any]:
    return {"content": task.content, "lead_unit_id": task.lead_unit_id,
            "coordinating_unit_ids": json.dumps(sorted(u.id for u in task.coordinating_units)),
            "output": task.output, "schedule_kind": task.schedule_kind, "due_on": task.due_on,
            "due_month": task.due_month, "due_day": task.due_day}


def _validate_changes(changes: dict[str, object]) -> None:
    unknown = set(changes) - set(AMENDABLE)
    if unknown:
        raise ValidationError.one(", ".join(sorted(unknown)), "Trường không sửa được bằng văn bản sửa đổi")
    if "content" in changes and not normalize_text(str(changes["content"] or "")):
        raise ValidationError.one("content", "Nội dung nhiệm vụ không được để trống")
    if "schedule" in changes and not isinstance(changes["schedule"], Schedule):
        raise ValidationError.one("schedule", "Lịch thực hiện không hợp lệ")


def _prepare(session: Session, task: Task, effective_from: date) -> TaskRevision:
    """The revision to write the version from ``effective_from`` into (existing or new)."""
    if not isinstance(effective_from, date):
        raise ValidationError.one("effective_from", "Cần ngày có hiệu lực của văn bản sửa đổi")
    revs = sorted(session.scalars(select(TaskRevision).where(TaskRevision.task_id == task.id)), key=_order)
    if revs:
        latest = revs[-1]
        if latest.effective_from is not None and effective_from < latest.effective_from:
            raise ValidationError.one("effective_from", f"Nhiệm vụ đã được sửa đổi từ ngày "
                                      f"{latest.effective_from:%d/%m/%Y}; văn bản sửa đổi phải có hiệu lực từ ngày đó "
                                      "trở về sau")
        if latest.dropped:
            assert latest.effective_from is not None
            raise ValidationError.one("effective_from", f"Nhiệm vụ đã bị bãi bỏ từ ngày "
                                      f"{latest.effective_from:%d/%m/%Y}")
        for key, value in _snapshot(task).items():  # keep corrections made since the last amendment
            setattr(latest, key, value)
        if latest.effective_from == effective_from:
            return latest
    else:
        session.add(TaskRevision(task_id=task.id, effective_from=None, document_id=None, **_snapshot(task)))
    revision = TaskRevision(task_id=task.id, effective_from=effective_from, **_snapshot(task))
    session.add(revision)
    return revision


def _amend(session: Session, task: Task, effective_from: date, document_id: str | None,
           changes: dict[str, object]) -> TaskVersion:
    doc_id = _amendment(session, task.group.plan, document_id)
    revision = _prepare(session, task, effective_from)
    revision.document_id = doc_id
    apply_task_changes(session, task, changes)
    session.flush()
    for key, value in _snapshot(task).items():
        setattr(revision, key, value)
    session.flush()
    return _from_task(task, effective_from, doc_id)


def amend_task(db: Database, task_id: str, effective_from: date, document_id: str | None,
               **changes: object) -> TaskVersion:
    """Change a task (content, lead unit, coordinators, schedule, output) from a date, by an amendment."""
    _validate_changes(changes)
    if not changes:
        raise ValidationError.one("changes", "Văn bản sửa đổi không thay đổi gì ở nhiệm vụ này")
    with db.write() as session:
        return _amend(session, get_task_row(session, task_id, for_change=True), effective_from, document_id, changes)


def _drop(session: Session, task: Task, effective_from: date, document_id: str | None) -> None:
    doc_id = _amendment(session, task.group.plan, document_id)
    revision = _prepare(session, task, effective_from)
    revision.document_id = doc_id
    revision.dropped = True


def drop_task(db: Database, task_id: str, effective_from: date, document_id: str | None) -> None:
    """Drop a task from a date (bãi bỏ); earlier periods still show it."""
    with db.write() as session:
        _drop(session, get_task_row(session, task_id, for_change=True), effective_from, document_id)


def _add(session: Session, group: TaskGroup, effective_from: date, document_id: str | None, content: str,
         lead_unit_id: str | None = None, coordinating_unit_ids: list[str] | None = None,
         schedule: Schedule | None = None, output: str = "", task_id: str | None = None) -> TaskVersion:
    if not normalize_text(content):
        raise ValidationError.one("content", "Nội dung nhiệm vụ không được để trống")
    if not isinstance(effective_from, date):
        raise ValidationError.one("effective_from", "Cần ngày có hiệu lực của văn bản sửa đổi")
    doc_id = _amendment(session, group.plan, document_id)
    lead = _units(session, [lead_unit_id], "lead_unit_id")[0] if lead_unit_id else None
    coordinators = _units(session, coordinating_unit_ids or [], "coordinating_unit_ids")
    tasks: list[Task] = list(group.tasks)
    task = Task(id=task_id or new_id(), group=group, content=content, output=output, lead_unit=lead,
                coordinating_units=coordinators, position=len(tasks) + 1)
    _apply_schedule(task, schedule or Schedule.continuous())
    session.add(task)
    tasks.append(task)
    _renumber(tasks)
    session.flush()
    session.add(TaskRevision(task_id=task.id, effective_from=effective_from, document_id=doc_id,
                             **_snapshot(task)))
    session.flush()
    return _from_task(task, effective_from, doc_id)


def add_task_by_amendment(db: Database, group_id: str, effective_from: date, document_id: str | None,
                          content: str, lead_unit_id: str | None = None,
                          coordinating_unit_ids: list[str] | None = None, schedule: Schedule | None = None,
                          output: str = "", task_id: str | None = None) -> TaskVersion:
    """Add a task from a date (bổ sung); periods before that date do not show it."""
    with db.write() as session:
        return _add(session, _group(session, group_id), effective_from, document_id, content, lead_unit_id,
                    coordinating_unit_ids, schedule, output, task_id)


# ---- a whole amendment at once ----------------------------------------------------------------


@dataclass(frozen=True)
class AmendmentItem:
    """One change an amendment makes: ``change`` a task's fields, ``drop`` a task, or ``add`` a task
    to a group (``target_id`` is the task, or the group for ``add``). ``where`` names the row for
    the clerk ("Nhiệm vụ 1.2", "Nhiệm vụ mới thứ 1 của nhóm 2")."""

    kind: str  # change | drop | add
    target_id: str
    changes: dict[str, Any] = field(default_factory=dict)
    where: str = ""


ITEM_LABELS = {**FIELD_LABELS, "effective_from": "Ngày có hiệu lực", "changes": "Thay đổi"}


def _item_problems(item: AmendmentItem, plan: Plan) -> list[Problem]:
    """What is wrong with an item before anything is written (all of them, not just the first)."""
    problems: list[Problem] = []
    if item.kind not in ("change", "drop", "add"):
        return [Problem("changes", f"Không rõ loại thay đổi '{item.kind}'")]
    if item.kind != "drop":
        try:
            _validate_changes(item.changes)
        except ValidationError as exc:
            problems.extend(exc.problems)
        if item.kind == "add" and "content" not in item.changes:
            problems.append(Problem("content", "Nhiệm vụ bổ sung cần nội dung"))
        if item.kind == "change" and not item.changes:
            problems.append(Problem("changes", "Văn bản sửa đổi không thay đổi gì ở nhiệm vụ này"))
    schedule = item.changes.get("schedule")
    if isinstance(schedule, Schedule) and schedule.due and plan.issued_on and schedule.due < plan.issued_on:
        problems.append(Problem("schedule", f"Thời hạn {schedule.due:%d/%m/%Y} trước ngày ban hành kế hoạch "
                                            f"({plan.issued_on:%d/%m/%Y})"))
    return problems


def _named(item: AmendmentItem, problems: list[Problem]) -> list[Problem]:
    where = item.where or item.target_id
    return [Problem(f"{where}, {ITEM_LABELS.get(p.where, p.where)}" if p.where else where, p.message)
            for p in problems]


def _apply_item(session: Session, plan: Plan, item: AmendmentItem, effective_from: date, doc_id: str) -> None:
    if item.kind == "add":
        group = _group(session, item.target_id)
        if group.plan_id != plan.id:
            raise NotFound(f"Nhóm nhiệm vụ '{item.target_id}' không thuộc kế hoạch này")
        _add(session, group, effective_from, doc_id, **item.changes)
        return
    task = get_task_row(session, item.target_id, for_change=True)
    if task.group.plan_id != plan.id:
        raise NotFound(f"Nhiệm vụ '{item.target_id}' không thuộc kế hoạch này")
    if item.kind == "drop":
        _drop(session, task, effective_from, doc_id)
    else:
        _amend(session, task, effective_from, doc_id, dict(item.changes))


def apply_amendment(db: Database, plan_ref: str, doc_type: str, number: str, symbol: str, issued_on: date | None,
                    issuer: str, title: str, effective_from: date,
                    items: Sequence[AmendmentItem],
                    also: Callable[[Session, Plan, Document], None] | None = None) -> DocumentInfo:
    """Record an amending document and every change it makes, in ONE transaction: a refused change
    (an unknown unit, a deadline before the plan …) leaves nothing written, and the error names the
    row and the field."""
    _check_document(doc_type, number, symbol)
    if not isinstance(effective_from, date):
        raise ValidationError.one("effective_from", "Cần ngày có hiệu lực của văn bản sửa đổi")
    with db.write() as session:
        plan = get_plan_row(session, plan_ref)
        if plan.issued_on is not None and effective_from < plan.issued_on:
            raise ValidationError.one("effective_from", f"Ngày có hiệu lực {effective_from:%d/%m/%Y} trước ngày ban "
                                                        f"hành kế hoạch ({plan.issued_on:%d/%m/%Y})")
        problems = [p for item in items for p in _named(item, _item_problems(item, plan))]
        if problems:
            raise ValidationError(problems)
        doc = _record(session, plan, doc_type, number, symbol, issued_on, issuer, title)
        for item in items:
            try:
                _apply_item(session, plan, item, effective_from, doc.id)
            except ValidationError as exc:
                raise ValidationError(_named(item, exc.problems)) from exc
            except NotFound as exc:
                raise ValidationError(_named(item, [Problem("", str(exc))])) from exc
        if also is not None:  # what the caller records with the amendment, in the same transaction
            also(session, plan, doc)
        return document_info(doc)
