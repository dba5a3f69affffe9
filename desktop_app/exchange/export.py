"""Export the database, or one plan, as a plantrack-exchange document.

The output is deterministic: lists are sorted in a stable order (units as a tree, documents and
plans by date and number, groups and tasks by position, progress by task then period), so
export → import into an empty database → export gives the same document except ``exported_at``.
"""

from __future__ import annotations

import base64
import json
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app import __version__
from desktop_app.db.models import (
    AdhocPeriod,
    Attachment,
    AttachmentBlob,
    Document,
    Plan,
    Progress,
    Target,
    TargetValue,
    Task,
    TaskGroup,
    TaskRevision,
    Unit,
    document_link,
    plan_amendment,
    plan_document,
    task_coordinator,
)
from desktop_app.db.types import utcnow
from desktop_app.domain.periods import is_period_code
from desktop_app.domain.text import sort_key
from desktop_app.exchange import FORMAT, VERSION
from desktop_app.services import heads
from desktop_app.services.database import Database
from desktop_app.services.files import write_bytes
from desktop_app.services.plans import get_plan_row
from desktop_app.services.tasks import schedule_of

CHUNK = 900


def iso_date(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def iso_datetime(value: datetime | None) -> str | None:
    """UTC, millisecond precision, "Z": 2024-06-18T02:00:00.000Z."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _chunks(ids: Iterable[str]) -> Iterable[list[str]]:
    items = sorted(set(ids))
    for start in range(0, len(items), CHUNK):
        yield items[start:start + CHUNK]


def _rows_by_ids(session: Session, model: Any, column: Any, ids: Iterable[str]) -> list[Any]:
    found: list[Any] = []
    for chunk in _chunks(ids):
        found += session.scalars(select(model).where(column.in_(chunk))).all()
    return found


def _pairs(session: Session, table: Any, left: str, right: str, ids: Iterable[str] | None) -> dict[str, list[str]]:
    """Association rows as {left id: [right ids]} (all of them, or those of the given left ids)."""
    result: dict[str, list[str]] = defaultdict(list)
    query = select(table.c[left], table.c[right])
    if ids is None:
        rows: list[Any] = list(session.execute(query))
    else:
        rows = []
        for chunk in _chunks(ids):
            rows += session.execute(query.where(table.c[left].in_(chunk))).all()
    for a, b in rows:
        result[a].append(b)
    return result


# ---- one object each ------------------------------------------------------------------------


def unit_json(u: Unit) -> dict[str, Any]:
    data = {"id": u.id, "code": u.code, "name": u.name, "kind": u.kind, "parent_id": u.parent_id,
            "active": bool(u.active), "updated_at": iso_datetime(u.updated_at)}
    if u.official_code:  # optional (QĐ 19/2025/QĐ-TTg); absent for offices and older files
        data["official_code"] = u.official_code
    return data


def document_json(d: Document, implements: list[str]) -> dict[str, Any]:
    return {"id": d.id, "doc_type": d.doc_type, "number": d.number, "symbol": d.symbol,
            "issued_on": iso_date(d.issued_on), "issuer": d.issuer, "title": d.title,
            "implements": implements, "updated_at": iso_datetime(d.updated_at)}


def adhoc_json(a: AdhocPeriod) -> dict[str, Any]:
    return {"id": a.id, "code": a.code, "title": a.title, "start_on": iso_date(a.start_on),
            "end_on": iso_date(a.end_on), "deadline": iso_date(a.deadline),
            "updated_at": iso_datetime(a.updated_at)}


def target_json(t: Target) -> dict[str, Any]:
    return {"id": t.id, "position": t.position, "name": t.name, "measure": t.measure,
            "baseline": t.baseline, "baseline_year": t.baseline_year, "target_low": t.target_low,
            "target_high": t.target_high, "target_year": t.target_year, "direction": t.direction,
            "updated_at": iso_datetime(t.updated_at)}


def task_json(t: Task, coordinators: list[str]) -> dict[str, Any]:
    return {"id": t.id, "position": t.position, "content": t.content, "lead_unit_id": t.lead_unit_id,
            "coordinating_unit_ids": coordinators, "schedule": schedule_of(t).to_json(),
            "output": t.output, "start_on": iso_date(t.start_on), "updated_at": iso_datetime(t.updated_at)}


def progress_json(p: Progress) -> dict[str, Any]:
    data = {"id": p.id, "task_id": p.task_id, "unit_id": p.unit_id, "period": p.period,
            "status": p.status, "percent": p.percent, "completed_on": iso_date(p.completed_on),
            "result": p.result, "difficulties": p.difficulties, "proposals": p.proposals,
            "references": p.references, "updated_by": p.updated_by, "updated_at": iso_datetime(p.updated_at)}
    review = {"review_state": p.review_state or "draft", "review_reason": p.review_reason or "",
              "reviewed_by": p.reviewed_by or "", "reviewed_at": iso_datetime(p.reviewed_at),
              "submitted_at": iso_datetime(p.submitted_at)}
    if review != REVIEW_DEFAULTS:  # only rows that went through review carry the review keys
        data.update(review)
    return data


def task_revision_json(r: TaskRevision) -> dict[str, Any]:
    schedule = {"kind": r.schedule_kind}
    if r.schedule_kind == "once" and r.due_on is not None:
        schedule["due"] = r.due_on.isoformat()
    elif r.schedule_kind == "yearly" and r.due_month and r.due_day:
        schedule.update(month=r.due_month, day=r.due_day)  # type: ignore[call-overload]
    elif r.schedule_kind in ("once", "yearly"):
        schedule = {"kind": "continuous"}
    return {"id": r.id, "task_id": r.task_id, "effective_from": iso_date(r.effective_from),
            "document_id": r.document_id, "content": r.content, "lead_unit_id": r.lead_unit_id,
            "coordinating_unit_ids": json.loads(r.coordinating_unit_ids or "[]"), "schedule": schedule,
            "output": r.output, "dropped": bool(r.dropped), "updated_at": iso_datetime(r.updated_at)}


REVIEW_DEFAULTS = {"review_state": "draft", "review_reason": "", "reviewed_by": "", "reviewed_at": None,
                   "submitted_at": None}


def attachment_json(a: Attachment, data: bytes | None = None) -> dict[str, Any]:
    result = {"id": a.id, "owner_kind": a.owner_kind, "owner_id": a.owner_id, "number": a.number,
              "symbol": a.symbol, "issued_on": iso_date(a.issued_on), "issuer": a.issuer, "title": a.title,
              "file_name": a.file_name, "mime": a.mime, "size": a.size, "sha256": a.sha256,
              "updated_at": iso_datetime(a.updated_at)}
    if data is not None:
        result["data_base64"] = base64.b64encode(data).decode("ascii")
    return result


def target_value_json(v: TargetValue) -> dict[str, Any]:
    return {"id": v.id, "target_id": v.target_id, "period": v.period, "value": v.value, "note": v.note,
            "updated_at": iso_datetime(v.updated_at)}


# ---- ordering -------------------------------------------------------------------------------


def _unit_tree_order(units: list[Unit]) -> list[Unit]:
    """Parents before children; siblings in Vietnamese alphabetical order, then id."""
    by_id = {u.id: u for u in units}
    children: dict[str | None, list[Unit]] = defaultdict(list)
    for u in units:
        children[u.parent_id if u.parent_id in by_id else None].append(u)
    ordered: list[Unit] = []
    seen: set[str] = set()

    def key(u: Unit) -> tuple[Any, ...]:
        return (sort_key(u.name), u.code, u.id)

    stack = sorted(children[None], key=key, reverse=True)
    while stack:
        unit = stack.pop()
        if unit.id in seen:
            continue
        seen.add(unit.id)
        ordered.append(unit)
        stack.extend(sorted(children[unit.id], key=key, reverse=True))
    # anything left is in a cycle (cannot happen through the services); keep it anyway
    ordered += sorted((u for u in units if u.id not in seen), key=key)
    return ordered


def _doc_key(d: Document | Plan) -> tuple[str, str, str, str]:
    return (iso_date(d.issued_on) or "", d.number.zfill(10), d.symbol, d.id)


# ---- the document ---------------------------------------------------------------------------


def export_data(db: Database, plan_ref: str | None = None, include_files: bool = False) -> dict[str, Any]:
    """The whole database, or one plan (by id or number/symbol such as "137/KH-UBND") with the
    units it refers to (and their ancestors), the documents it implements (and their chain),
    its progress and target values, and the ad-hoc periods those use.

    Attachments of the plans, tasks and progress exported travel as references with their
    SHA-256 and size; ``include_files`` also carries each file's bytes (base64)."""
    with db.read() as session:
        plans = [get_plan_row(session, plan_ref)] if plan_ref else list(session.scalars(select(Plan)))
        plan_ids = [p.id for p in plans]
        targets = _rows_by_ids(session, Target, Target.plan_id, plan_ids) if plan_ref else \
            list(session.scalars(select(Target)))
        groups = _rows_by_ids(session, TaskGroup, TaskGroup.plan_id, plan_ids) if plan_ref else \
            list(session.scalars(select(TaskGroup)))
        tasks = _rows_by_ids(session, Task, Task.group_id, [g.id for g in groups]) if plan_ref else \
            list(session.scalars(select(Task)))
        task_ids = [t.id for t in tasks]
        coordinators = _pairs(session, task_coordinator, "task_id", "unit_id", task_ids if plan_ref else None)
        plan_docs = _pairs(session, plan_document, "plan_id", "document_id", plan_ids if plan_ref else None)
        amendments = _pairs(session, plan_amendment, "plan_id", "document_id", plan_ids if plan_ref else None)
        revisions = _rows_by_ids(session, TaskRevision, TaskRevision.task_id, task_ids) if plan_ref else \
            list(session.scalars(select(TaskRevision)))
        if plan_ref is None:
            progress = list(session.scalars(select(Progress)))
            values = list(session.scalars(select(TargetValue)))
            units = list(session.scalars(select(Unit)))
            documents = list(session.scalars(select(Document)))
            doc_links = _pairs(session, document_link, "document_id", "implements_id", None)
            adhoc = list(session.scalars(select(AdhocPeriod)))
        else:
            progress = _rows_by_ids(session, Progress, Progress.task_id, task_ids)
            values = _rows_by_ids(session, TargetValue, TargetValue.target_id, [t.id for t in targets])
            units = _referenced_units(session, plans, tasks, coordinators, progress, revisions)
            documents, doc_links = _referenced_documents(session, {
                "implements": [d for ids in plan_docs.values() for d in ids],
                "amendments": [d for ids in amendments.values() for d in ids]
                + [r.document_id for r in revisions if r.document_id]})
            codes = {r.period for r in progress} | {v.period for v in values}
            codes = {c for c in codes if not is_period_code(c)}
            adhoc = _rows_by_ids(session, AdhocPeriod, AdhocPeriod.code, codes)
        data = _assemble(units, documents, doc_links, adhoc, plans, plan_docs, targets, groups, tasks,
                         coordinators, progress, values)
        found = _attachments(session, None if plan_ref is None else {
            "plan": plan_ids, "task": task_ids, "progress": [p.id for p in progress]}, include_files)
        if found:
            data["attachments"] = found
        if revisions:  # plan amendments: each task's history (services/revisions.py)
            data["task_revisions"] = [task_revision_json(r) for r in sorted(
                revisions, key=lambda r: (r.task_id, iso_date(r.effective_from) or "", r.id))]
            for plan in data["plans"]:
                if amendments.get(plan["id"]):
                    plan["amendments"] = sorted(amendments[plan["id"]])
        return data


def _attachments(session: Session, owners: dict[str, list[str]] | None, include_files: bool) -> list[dict[str, Any]]:
    if owners is None:
        rows = list(session.scalars(select(Attachment)))
    else:
        rows = []
        for kind, ids in owners.items():
            rows += [a for a in _rows_by_ids(session, Attachment, Attachment.owner_id, ids) if a.owner_kind == kind]
    blobs: dict[str, bytes] = {}
    if include_files:
        for blob in _rows_by_ids(session, AttachmentBlob, AttachmentBlob.sha256, [a.sha256 for a in rows if a.sha256]):
            blobs[blob.sha256] = bytes(blob.data)
    rows.sort(key=lambda a: (a.owner_kind, a.owner_id, iso_date(a.issued_on) or "", a.number, a.id))
    return [attachment_json(a, blobs.get(a.sha256 or "")) for a in rows]


def _referenced_units(session: Session, plans: list[Plan], tasks: list[Task],
                      coordinators: dict[str, list[str]], progress: list[Progress],
                      revisions: Iterable[TaskRevision] = ()) -> list[Unit]:
    wanted: set[str] = {p.issuer_unit_id for p in plans if p.issuer_unit_id}
    wanted |= {r.lead_unit_id for r in revisions if r.lead_unit_id}
    wanted |= {u for r in revisions for u in json.loads(r.coordinating_unit_ids or "[]")}
    wanted |= {t.lead_unit_id for t in tasks if t.lead_unit_id}
    wanted |= {u for ids in coordinators.values() for u in ids}
    wanted |= {p.unit_id for p in progress}
    found: dict[str, Unit] = {}
    while wanted:
        rows = _rows_by_ids(session, Unit, Unit.id, wanted)
        found.update((u.id, u) for u in rows)
        wanted = {u.parent_id for u in rows if u.parent_id and u.parent_id not in found}
    return list(found.values())


def _referenced_documents(session: Session, plan_docs: dict[str, list[str]]
                          ) -> tuple[list[Document], dict[str, list[str]]]:
    wanted = {d for ids in plan_docs.values() for d in ids}
    found: dict[str, Document] = {}
    links: dict[str, list[str]] = {}
    while wanted:
        rows = _rows_by_ids(session, Document, Document.id, wanted)
        found.update((d.id, d) for d in rows)
        new_links = _pairs(session, document_link, "document_id", "implements_id", [d.id for d in rows])
        links.update(new_links)
        wanted = {i for ids in new_links.values() for i in ids if i not in found}
    return list(found.values()), links


def _assemble(units: list[Unit], documents: list[Document], doc_links: dict[str, list[str]],
              adhoc: list[AdhocPeriod], plans: list[Plan], plan_docs: dict[str, list[str]],
              targets: list[Target], groups: list[TaskGroup], tasks: list[Task],
              coordinators: dict[str, list[str]], progress: list[Progress],
              values: list[TargetValue]) -> dict[str, Any]:
    ordered_units = _unit_tree_order(units)
    unit_rank = {u.id: i for i, u in enumerate(ordered_units)}
    unit_names = {u.id: u.name for u in units}
    doc_order = sorted(documents, key=_doc_key)
    doc_rank = {d.id: i for i, d in enumerate(doc_order)}

    def doc_ids(ids: list[str]) -> list[str]:
        return sorted(set(ids), key=lambda i: (doc_rank.get(i, len(doc_rank)), i))

    def unit_ids(ids: list[str]) -> list[str]:
        return sorted(set(ids), key=lambda i: (sort_key(unit_names.get(i, "")), i))

    targets_of: dict[str, list[Target]] = defaultdict(list)
    for t in targets:
        targets_of[t.plan_id].append(t)
    groups_of: dict[str, list[TaskGroup]] = defaultdict(list)
    for g in groups:
        groups_of[g.plan_id].append(g)
    tasks_of: dict[str, list[Task]] = defaultdict(list)
    for task in tasks:
        tasks_of[task.group_id].append(task)

    plan_list: list[dict[str, Any]] = []
    task_rank: dict[str, int] = {}
    target_rank: dict[str, int] = {}
    for plan in sorted(plans, key=_doc_key):
        plan_targets = []
        for target in sorted(targets_of[plan.id], key=lambda t: (t.position, t.id)):
            target_rank[target.id] = len(target_rank)
            plan_targets.append(target_json(target))
        plan_groups = []
        for group in sorted(groups_of[plan.id], key=lambda g: (g.position, g.id)):
            group_tasks = []
            for task in sorted(tasks_of[group.id], key=lambda t: (t.position, t.id)):
                task_rank[task.id] = len(task_rank)
                group_tasks.append(task_json(task, unit_ids(coordinators.get(task.id, []))))
            plan_groups.append({"id": group.id, "position": group.position, "title": group.title,
                                "updated_at": iso_datetime(group.updated_at), "tasks": group_tasks})
        plan_list.append({
            "id": plan.id, "number": plan.number, "symbol": plan.symbol,
            "issued_on": iso_date(plan.issued_on), "issuer_unit_id": plan.issuer_unit_id,
            "title": plan.title, "implements": doc_ids(plan_docs.get(plan.id, [])),
            "start_year": plan.start_year, "end_year": plan.end_year, "vision_year": plan.vision_year,
            "purpose": plan.purpose, "requirements": plan.requirements,
            "deadline_offset_days": plan.deadline_offset_days, "updated_at": iso_datetime(plan.updated_at),
            "targets": plan_targets, "groups": plan_groups,
        })

    progress_sorted = sorted(progress, key=lambda p: (task_rank.get(p.task_id, len(task_rank)), p.period,
                                                      unit_rank.get(p.unit_id, len(unit_rank)), p.id))
    values_sorted = sorted(values, key=lambda v: (target_rank.get(v.target_id, len(target_rank)),
                                                  v.period, v.id))
    return {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "exported_at": iso_datetime(utcnow()),
        "units": [unit_json(u) for u in ordered_units],
        "documents": [document_json(d, doc_ids(doc_links.get(d.id, []))) for d in doc_order],
        "adhoc_periods": [adhoc_json(a) for a in sorted(adhoc, key=lambda a: (a.start_on, a.code, a.id))],
        "plans": plan_list,
        "progress": [progress_json(p) for p in progress_sorted],
        "target_values": [target_value_json(v) for v in values_sorted],
    }


def dumps(data: dict[str, Any]) -> str:
    """The document as the file holds it: UTF-8 text, indented, non-ASCII kept readable."""
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def write_file(db: Database, path: str | Path, plan_ref: str | None = None,
               include_files: bool = False) -> dict[str, Any]:
    """Export to a file, atomically: a temp file beside it, then os.replace (never half a file)."""
    data = export_data(db, plan_ref, include_files)
    data["x-chain-head"] = heads.stamp(db, f"tệp xuất '{Path(path).name}'")
    write_json(Path(path), data)
    return data


def write_json(path: Path, data: dict[str, Any]) -> None:
    write_bytes(Path(path), dumps(data).encode("utf-8"), ".tmp")
