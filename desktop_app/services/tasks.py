"""Task groups and tasks: ordered, numbered (1.1, 1.2 …), each with its lead unit and schedule."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Row, func, literal, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from desktop_app.db.models import (
    Attachment,
    Plan,
    Progress,
    Task,
    TaskGroup,
    TaskRevision,
    Unit,
    task_coordinator,
)
from desktop_app.db.types import new_id
from desktop_app.domain.schedule import Schedule, ScheduleError, ScheduleKind
from desktop_app.domain.text import normalize_text
from desktop_app.services.database import Database
from desktop_app.services.errors import NotFound, Problem, ValidationError, check_version
from desktop_app.services.plans import ensure_unlocked, get_plan_row


@dataclass(frozen=True)
class GroupInfo:
    id: str
    plan_id: str
    position: int
    title: str

    @property
    def number(self) -> str:
        return str(self.position)


@dataclass(frozen=True)
class TaskInfo:
    id: str
    group_id: str
    group_position: int
    position: int
    content: str
    lead_unit_id: str | None
    lead_unit_name: str
    coordinating_unit_ids: tuple[str, ...]
    coordinating_unit_names: tuple[str, ...]
    schedule: Schedule
    output: str
    start_on: date | None
    version: int

    @property
    def number(self) -> str:
        return f"{self.group_position}.{self.position}"

    @property
    def incomplete(self) -> bool:
        """"5 rõ": a task with no lead unit is not fully assigned."""
        return self.lead_unit_id is None


def schedule_of(task: Task) -> Schedule:
    return schedule_from(task.schedule_kind, task.due_on, task.due_month, task.due_day)


def _apply_schedule(task: Task, schedule: Schedule) -> None:
    task.schedule_kind = schedule.kind.value
    task.due_on = schedule.due
    task.due_month = schedule.month
    task.due_day = schedule.day


def task_info(task: Task) -> TaskInfo:
    coordinators = sorted(task.coordinating_units, key=lambda u: u.name)
    return TaskInfo(task.id, task.group_id, task.group.position, task.position, task.content,
                    task.lead_unit_id, task.lead_unit.name if task.lead_unit else "",
                    tuple(u.id for u in coordinators), tuple(u.name for u in coordinators),
                    schedule_of(task), task.output, task.start_on, task.version)


def _group_info(group: TaskGroup) -> GroupInfo:
    return GroupInfo(group.id, group.plan_id, group.position, group.title)


def _renumber(items: Sequence[TaskGroup | Task]) -> None:
    for index, item in enumerate(items, start=1):
        if item.position != index:
            item.position = index


def _units(session: Session, ids: list[str], field: str) -> list[Unit]:
    units = []
    for unit_id in ids:
        unit = session.get(Unit, unit_id)
        if unit is None:
            raise ValidationError.one(field, f"Không có đơn vị '{unit_id}'")
        units.append(unit)
    return units


# ---- groups ---------------------------------------------------------------------------------


def add_group(db: Database, plan_id: str, title: str, position: int | None = None,
              group_id: str | None = None) -> GroupInfo:
    if not normalize_text(title):
        raise ValidationError.one("title", "Tên nhóm nhiệm vụ không được để trống")
    with db.write() as session:
        plan = get_plan_row(session, plan_id)
        ensure_unlocked(plan)
        groups: list[TaskGroup] = list(plan.groups)
        index = len(groups) if position is None else max(0, min(position - 1, len(groups)))
        group = TaskGroup(id=group_id or new_id(), plan=plan, title=title, position=index + 1)
        session.add(group)
        groups.insert(index, group)
        _renumber(groups)
        session.flush()
        return _group_info(group)


def update_group(db: Database, group_id: str, title: str) -> GroupInfo:
    if not normalize_text(title):
        raise ValidationError.one("title", "Tên nhóm nhiệm vụ không được để trống")
    with db.write() as session:
        group = _group(session, group_id)
        group.title = title
        session.flush()
        return _group_info(group)


@dataclass(frozen=True)
class DeletedGroup:
    group: GroupInfo
    tasks: tuple[DeletedTask, ...]


def delete_group(db: Database, group_id: str) -> DeletedGroup:
    """Delete a group with its tasks; the returned snapshot lets undo restore all of it."""
    with db.write() as session:
        group = _group(session, group_id)
        plan = group.plan
        info = _group_info(group)
        tasks = tuple(_delete_task_rows(session, t) for t in list(group.tasks))
        session.flush()
        session.expire(group, ["tasks"])
        session.delete(group)
        session.flush()
        _renumber([g for g in plan.groups if g is not group])
        return DeletedGroup(info, tasks)


def restore_group(db: Database, deleted: DeletedGroup) -> GroupInfo:
    with db.write() as session:
        g = deleted.group
        plan = get_plan_row(session, g.plan_id)
        ensure_unlocked(plan)
        groups: list[TaskGroup] = list(plan.groups)
        index = max(0, min(g.position - 1, len(groups)))
        group = TaskGroup(id=g.id, plan=plan, title=g.title, position=index + 1)
        session.add(group)
        groups.insert(index, group)
        _renumber(groups)
        session.flush()
        for task in deleted.tasks:
            _restore_task_rows(session, task)
        return _group_info(group)


def move_group(db: Database, group_id: str, position: int) -> None:
    with db.write() as session:
        group = _group(session, group_id)
        groups = [g for g in group.plan.groups if g is not group]
        groups.insert(max(0, min(position - 1, len(groups))), group)
        _renumber(groups)


def _group(session: Session, group_id: str, for_change: bool = True) -> TaskGroup:
    group = session.get(TaskGroup, group_id)
    if group is None:
        raise NotFound(f"Không có nhóm nhiệm vụ '{group_id}'")
    if for_change:
        ensure_unlocked(group.plan)
    return group


def list_groups(db: Database, plan_id: str) -> list[GroupInfo]:
    with db.read() as session:
        return [_group_info(g) for g in get_plan_row(session, plan_id).groups]


# ---- tasks ----------------------------------------------------------------------------------


def add_task(db: Database, group_id: str, content: str, lead_unit_id: str | None = None,
             coordinating_unit_ids: list[str] | None = None, schedule: Schedule | None = None,
             output: str = "", start_on: date | None = None, position: int | None = None,
             task_id: str | None = None) -> TaskInfo:
    if not normalize_text(content):
        raise ValidationError.one("content", "Nội dung nhiệm vụ không được để trống")
    with db.write() as session:
        return task_info(_add_task(session, group_id, content, lead_unit_id, coordinating_unit_ids, schedule,
                                   output, start_on, position, task_id))


def _add_task(session: Session, group_id: str, content: str, lead_unit_id: str | None,
              coordinating_unit_ids: list[str] | None, schedule: Schedule | None, output: str,
              start_on: date | None, position: int | None, task_id: str | None) -> Task:
    group = _group(session, group_id)
    lead = _units(session, [lead_unit_id], "lead_unit_id")[0] if lead_unit_id else None
    coordinators = _units(session, coordinating_unit_ids or [], "coordinating_unit_ids")
    tasks: list[Task] = list(group.tasks)
    index = len(tasks) if position is None else max(0, min(position - 1, len(tasks)))
    task = Task(id=task_id or new_id(), group=group, content=content, output=output,
                start_on=start_on, lead_unit=lead, coordinating_units=coordinators,
                position=index + 1)
    _apply_schedule(task, schedule or Schedule.continuous())
    session.add(task)
    tasks.insert(index, task)
    _renumber(tasks)
    session.flush()
    return task


# ---- deleting with a way back ---------------------------------------------------------------


@dataclass(frozen=True)
class DeletedTask:
    """What deleting a task removed: the task and every row that hung on it (progress, task
    revisions, attachments), so that undo puts all of it back with the same ids."""

    task: TaskInfo
    rows: tuple[tuple[str, dict[str, Any]], ...]  # (table, column values), children last


DEPENDENT_MODELS: dict[str, Any] = {"progress": Progress, "task_revision": TaskRevision, "attachment": Attachment}


def _columns(row: Any) -> dict[str, Any]:
    return {c.key: getattr(row, c.key) for c in sa_inspect(row).mapper.column_attrs
            if c.key not in ("search_text", "version")}


def _delete_task_rows(session: Session, task: Task) -> DeletedTask:
    info = task_info(task)
    progress_rows = list(session.scalars(select(Progress).where(Progress.task_id == task.id)))
    owners = [("task", task.id)] + [("progress", p.id) for p in progress_rows]
    attachments = [a for kind, owner in owners for a in session.scalars(
        select(Attachment).where(Attachment.owner_kind == kind, Attachment.owner_id == owner))]
    revisions = list(session.scalars(select(TaskRevision).where(TaskRevision.task_id == task.id)))
    saved = [(r.__tablename__, _columns(r)) for r in [*progress_rows, *revisions, *attachments]]
    for row in [*attachments, *revisions, *progress_rows]:  # through the ORM: each delete is audited
        session.delete(row)
    session.delete(task)
    return DeletedTask(info, tuple(saved))


def _restore_task_rows(session: Session, deleted: DeletedTask, position: int | None = None) -> Task:
    t = deleted.task
    task = _add_task(session, t.group_id, t.content, t.lead_unit_id, list(t.coordinating_unit_ids), t.schedule,
                     t.output, t.start_on, position or t.position, t.id)
    session.info["keep_updated_at"] = True  # the restored rows keep their own times
    try:
        for table, values in deleted.rows:
            session.add(DEPENDENT_MODELS[table](**values))
        session.flush()
    finally:
        session.info["keep_updated_at"] = False
    return task


def restore_task(db: Database, deleted: DeletedTask) -> TaskInfo:
    """Undo of a delete: the task, its progress, revisions and attachments, as they were."""
    with db.write() as session:
        return task_info(_restore_task_rows(session, deleted))


TASK_FIELDS = {"content", "lead_unit_id", "coordinating_unit_ids", "schedule", "output", "start_on"}


def update_task(db: Database, task_id: str, *, expected_version: int | None = None,
                **changes: object) -> TaskInfo:
    unknown = set(changes) - TASK_FIELDS
    if unknown:
        raise ValidationError.one(", ".join(sorted(unknown)), "Trường không có trong nhiệm vụ")
    problems = []
    if "content" in changes and not normalize_text(str(changes["content"] or "")):
        problems.append(Problem("content", "Nội dung nhiệm vụ không được để trống"))
    if "schedule" in changes and not isinstance(changes["schedule"], Schedule):
        problems.append(Problem("schedule", "Lịch thực hiện không hợp lệ"))
    if problems:
        raise ValidationError(problems)
    with db.write() as session:
        task = get_task_row(session, task_id, for_change=True)
        check_version(task, expected_version)
        apply_task_changes(session, task, changes)
        session.flush()
        return task_info(task)


def apply_task_changes(session: Session, task: Task, changes: dict[str, object]) -> None:
    """Set a task's fields from checked changes (units by id, a Schedule for the schedule)."""
    for key, value in changes.items():
        if key == "lead_unit_id":
            task.lead_unit = _units(session, [str(value)], key)[0] if value else None
        elif key == "coordinating_unit_ids":
            task.coordinating_units = _units(session, list(value or []), key)  # type: ignore[call-overload]
        elif key == "schedule":
            _apply_schedule(task, value)  # type: ignore[arg-type]
        else:
            setattr(task, key, value)


def delete_task(db: Database, task_id: str) -> DeletedTask:
    """Delete a task and what hangs on it; the returned snapshot lets undo restore all of it."""
    with db.write() as session:
        task = get_task_row(session, task_id, for_change=True)
        group = task.group
        deleted = _delete_task_rows(session, task)
        session.flush()
        _renumber([t for t in group.tasks if t is not task])
        return deleted


def move_task(db: Database, task_id: str, position: int, group_id: str | None = None) -> TaskInfo:
    """Move a task to a position (1-based) in its group or in another group of the same plan."""
    with db.write() as session:
        task = get_task_row(session, task_id, for_change=True)
        old_group = task.group
        new_group = _group(session, group_id) if group_id else old_group
        if new_group.plan_id != old_group.plan_id:
            raise ValidationError.one("group_id", "Chỉ chuyển được nhiệm vụ trong cùng một kế hoạch")
        if new_group is not old_group:
            old_group.tasks.remove(task)
            _renumber(list(old_group.tasks))
            task.group = new_group
        tasks = [t for t in new_group.tasks if t is not task]
        tasks.insert(max(0, min(position - 1, len(tasks))), task)
        _renumber(tasks)
        session.flush()
        return task_info(task)


def get_task_row(session: Session, task_id: str, for_change: bool = False) -> Task:
    task = session.get(Task, task_id)
    if task is None:
        raise NotFound(f"Không có nhiệm vụ '{task_id}'")
    if for_change:
        ensure_unlocked(task.group.plan)
    return task


def get_task(db: Database, task_id: str) -> TaskInfo:
    with db.read() as session:
        return task_info(get_task_row(session, task_id))


def list_tasks(db: Database, plan_id: str) -> list[TaskInfo]:
    """Every task of a plan in order (group by group), numbered."""
    with db.read() as session:
        plan_id = get_plan_row(session, plan_id).id  # a plan's code or number/symbol: its id
    return task_page(db, plan_id, limit=None).tasks


# ---- the task grid, page by page -------------------------------------------------------------
# A plan may hold 100,000 tasks: the grid reads them in keyed pages of plain rows (SQLAlchemy
# Core, only the shown columns, no ORM objects or identity map), group by group in order.

PAGE = 500
Cursor = tuple[int, int]  # (group position, task position) of the last task read


@dataclass(frozen=True)
class TaskPage:
    tasks: list[TaskInfo]
    more: bool  # tasks follow the last one

    @property
    def after(self) -> Cursor | None:
        return (self.tasks[-1].group_position, self.tasks[-1].position) if self.tasks else None


def schedule_from(kind: str, due_on: date | None, month: int | None, day: int | None) -> Schedule:
    if kind == ScheduleKind.ONCE and due_on is not None:
        return Schedule.once(due_on)
    if kind == ScheduleKind.YEARLY and month and day:
        return Schedule.yearly(month, day)
    if kind in (ScheduleKind.ONCE, ScheduleKind.YEARLY):
        return Schedule.continuous()
    return Schedule(ScheduleKind(kind))


def plan_task_rows(session: Session, plan_id: str, after: Cursor | None, limit: int | None,
                   where: Any = None) -> tuple[list[Row[Any]], bool]:
    """The plan's task rows after ``after`` in grid order (at most ``limit``; None: all), and
    whether more follow. Read group by group, each by the task(group_id) index."""
    t, g, u = Task.__table__, TaskGroup.__table__, Unit.__table__
    groups = session.execute(select(g.c.id, g.c.position).where(g.c.plan_id == plan_id)
                             .order_by(g.c.position)).all()
    columns = select(t.c.id, t.c.group_id, t.c.position, t.c.content, t.c.lead_unit_id,
                     u.c.name.label("lead_unit_name"), t.c.schedule_kind, t.c.due_on, t.c.due_month,
                     t.c.due_day, t.c.output, t.c.start_on, t.c.version)
    found: list[Row[Any]] = []
    for group_id, group_position in groups:
        if after is not None and group_position < after[0]:
            continue
        wanted = None if limit is None else limit + 1 - len(found)
        stmt = (columns.add_columns(literal(group_position).label("group_position"))
                .select_from(t.outerjoin(u, u.c.id == t.c.lead_unit_id))
                .where(t.c.group_id == group_id).order_by(t.c.position).limit(wanted))
        if after is not None and group_position == after[0]:
            stmt = stmt.where(t.c.position > after[1])
        if where is not None:
            stmt = stmt.where(where)
        found += session.execute(stmt).all()
        if limit is not None and len(found) > limit:
            return found[:limit], True
    return found, False


def coordinators_of(session: Session, task_ids: list[str]) -> dict[str, list[tuple[str, str]]]:
    """(unit id, name) of each task's coordinating units, by name."""
    c, u = task_coordinator, Unit.__table__
    found: dict[str, list[tuple[str, str]]] = {}
    for offset in range(0, len(task_ids), 900):
        for task_id, unit_id, name in session.execute(
                select(c.c.task_id, c.c.unit_id, u.c.name).join(u, u.c.id == c.c.unit_id)
                .where(c.c.task_id.in_(task_ids[offset:offset + 900])).order_by(u.c.name)):
            found.setdefault(task_id, []).append((unit_id, name))
    return found


def task_page(db: Database, plan_id: str, after: Cursor | None = None, limit: int | None = PAGE) -> TaskPage:
    """The plan's tasks after ``after`` (a :attr:`TaskPage.after`), at most ``limit`` of them."""
    with db.read() as session:
        rows, more = plan_task_rows(session, plan_id, after, limit)
        helpers = coordinators_of(session, [r.id for r in rows])
        tasks = []
        for r in rows:
            coordinators = helpers.get(r.id, [])
            tasks.append(TaskInfo(r.id, r.group_id, r.group_position, r.position, r.content, r.lead_unit_id,
                                  r.lead_unit_name or "", tuple(i for i, _ in coordinators),
                                  tuple(n for _, n in coordinators),
                                  schedule_from(r.schedule_kind, r.due_on, r.due_month, r.due_day),
                                  r.output, r.start_on, r.version))
        return TaskPage(tasks, more)


def group_sizes(db: Database, plan_id: str) -> dict[str, int]:
    """How many tasks each group of the plan holds."""
    t, g = Task.__table__, TaskGroup.__table__
    with db.read() as session:
        return {group_id: count for group_id, count in session.execute(
            select(t.c.group_id, func.count()).join(g, g.c.id == t.c.group_id)
            .where(g.c.plan_id == plan_id).group_by(t.c.group_id))}


def parse_schedule(data: dict[str, object]) -> Schedule:
    try:
        return Schedule.from_json(data)  # type: ignore[arg-type]
    except (KeyError, ValueError, TypeError, ScheduleError) as exc:
        raise ValidationError.one("schedule", f"Lịch thực hiện không hợp lệ: {exc}") from exc


def plan_of_task(session: Session, task: Task) -> Plan:
    return task.group.plan
