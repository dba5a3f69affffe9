"""Import a plantrack-exchange document: all or nothing, matched by id, newer ``updated_at`` wins.

The whole document is checked first — header, JSON Schema, then against the database (ids that
exist in the file or the database, period codes, cycles, unique keys) — and every problem is
listed with its JSON path. Only a document without problems is written, in ONE transaction
through ORM sessions (so the audit log records each change with source ``import:<file>``), and
the file's ``updated_at`` values are kept.

Each object of the file is, against the database:
- added (its id is new),
- unchanged (same content; nothing written, whatever the times say),
- updated (different content and a newer ``updated_at`` in the file), or
- skipped as older (different content, but the file's ``updated_at`` is not newer, or missing).

Progress rows are also matched by (task, unit, period), target values by (target, period) and
ad-hoc periods by code, so the same report entered in two copies of the database meets itself.
Import never deletes anything.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, selectinload

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
    plan_amendment,
)
from desktop_app.db.types import utcnow
from desktop_app.domain.periods import PeriodError, adhoc_period, is_period_code
from desktop_app.domain.schedule import Schedule, ScheduleError
from desktop_app.domain.text import normalize_text
from desktop_app.exchange.bounded import read_limited
from desktop_app.exchange.validate import (
    CLOCK_TOLERANCE,
    check_document,
    future_message,
    is_uuid,
    json_path,
    parse_bytes,
    parse_date,
    parse_datetime,
    path_parts,
    problem_order,
    show,
)
from desktop_app.services.attachments import (
    EXECUTABLE_EXTENSIONS,
    MIME_BY_EXTENSION,
    OWNER_LABELS,
    SUPPORTED,
    check_file,
    extension,
    max_bytes_in,
    safe_name,
)
from desktop_app.services.database import Database
from desktop_app.services.documents import validate_document_fields
from desktop_app.services.errors import Problem, ProblemList, ValidationError
from desktop_app.services.plans import validate_plan_fields
from desktop_app.services.targets import validate_target_fields

KINDS = ("units", "documents", "adhoc_periods", "plans", "targets", "groups", "tasks", "task_revisions",
         "progress", "target_values", "attachments")
KIND_LABELS = {
    "units": "Đơn vị",
    "documents": "Văn bản",
    "adhoc_periods": "Kỳ báo cáo đột xuất",
    "plans": "Kế hoạch",
    "targets": "Chỉ tiêu",
    "groups": "Nhóm nhiệm vụ",
    "tasks": "Nhiệm vụ",
    "task_revisions": "Lịch sử sửa đổi nhiệm vụ",
    "progress": "Tiến độ",
    "target_values": "Giá trị chỉ tiêu",
    "attachments": "Văn bản đính kèm",
}
MODELS: dict[str, Any] = {
    "units": Unit, "documents": Document, "adhoc_periods": AdhocPeriod, "plans": Plan, "targets": Target,
    "groups": TaskGroup, "tasks": Task, "progress": Progress, "target_values": TargetValue,
    "attachments": Attachment, "task_revisions": TaskRevision,
}
CHILD_KEYS = {"targets", "groups", "tasks"}
CHUNK = 900
PERIOD_HINT = ("dạng đúng: 2024-M03, 2024-Q2, 2024-H1, 2024-9M, 2024-Y, hoặc mã của một kỳ đột xuất "
               "có trong tệp hay trong cơ sở dữ liệu")

Path_ = tuple[str | int, ...]


# ---- summary --------------------------------------------------------------------------------


def _zeros() -> dict[str, int]:
    return dict.fromkeys(KINDS, 0)


@dataclass
class ImportSummary:
    """What an import did, per kind of object (units, documents, …, target_values)."""

    source: str = "import"
    added: dict[str, int] = field(default_factory=_zeros)
    updated: dict[str, int] = field(default_factory=_zeros)
    unchanged: dict[str, int] = field(default_factory=_zeros)
    older_skipped: dict[str, int] = field(default_factory=_zeros)
    dry_run: bool = False

    def count(self, kind: str, outcome: str) -> None:
        getattr(self, outcome)[kind] += 1

    @property
    def total_added(self) -> int:
        return sum(self.added.values())

    @property
    def total_updated(self) -> int:
        return sum(self.updated.values())

    @property
    def total_unchanged(self) -> int:
        return sum(self.unchanged.values())

    @property
    def total_older_skipped(self) -> int:
        return sum(self.older_skipped.values())

    @property
    def changed(self) -> bool:
        """Whether the import wrote anything."""
        return bool(self.total_added or self.total_updated)

    def lines(self) -> list[str]:
        """A human summary in Vietnamese: one line overall, then one per kind that appeared."""
        head = "Thử nhập (chưa ghi gì)" if self.dry_run else "Đã nhập"
        lines = [f"{head} từ {self.source}: thêm {self.total_added}, cập nhật {self.total_updated}, "
                 f"không đổi {self.total_unchanged}, bỏ qua vì cũ hơn {self.total_older_skipped}."]
        if not any((self.total_added, self.total_updated, self.total_unchanged, self.total_older_skipped)):
            lines.append("Tệp không có dữ liệu nào.")
        for kind in KINDS:
            parts = [(self.added[kind], "thêm"), (self.updated[kind], "cập nhật"),
                     (self.unchanged[kind], "không đổi"), (self.older_skipped[kind], "bỏ qua vì cũ hơn")]
            if any(n for n, _ in parts):
                lines.append(f"- {KIND_LABELS[kind]}: " + ", ".join(f"{label} {n}" for n, label in parts if n))
        return lines


# ---- records of the file --------------------------------------------------------------------


@dataclass
class Rec:
    """One object of the file, with its column values as they would be stored."""

    kind: str
    path: Path_
    raw: dict[str, Any]
    id: str
    values: dict[str, Any] = field(default_factory=dict)
    links: frozenset[str] | None = None  # implements / coordinating units
    updated_at: datetime | None = None
    row: Any = None  # the matching database row, if any
    outcome: str = ""

    def at(self, *parts: str | int) -> str:
        return json_path((*self.path, *parts))


class _DryRun(Exception):
    pass


def _text(raw: dict[str, Any], key: str) -> str:
    value = raw.get(key)
    return normalize_text(value) or "" if isinstance(value, str) else ""


def _float(value: Any) -> float | None:
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return None
    try:
        return float(value)
    except OverflowError:  # refused by validate.value_problems
        return None


def _moment(value: Any) -> datetime | None:
    moment = parse_datetime(value) if isinstance(value, str) else None
    if moment is None:
        return None
    moment = moment.astimezone(UTC)
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)


def _schedule_columns(data: Any) -> dict[str, Any]:
    if not isinstance(data, dict):
        return {"schedule_kind": "continuous", "due_on": None, "due_month": None, "due_day": None}
    kind = data.get("kind", "continuous")
    return {"schedule_kind": kind,
            "due_on": parse_date(data["due"]) if kind == "once" else None,
            "due_month": data.get("month") if kind == "yearly" else None,
            "due_day": data.get("day") if kind == "yearly" else None}


def review_values(raw: dict[str, Any]) -> dict[str, Any]:
    """A progress object's review columns; absent keys mean a row not yet reviewed (draft)."""
    return {"review_state": raw.get("review_state", "draft"), "review_reason": _text(raw, "review_reason"),
            "reviewed_by": _text(raw, "reviewed_by"), "reviewed_at": _moment(raw.get("reviewed_at")),
            "submitted_at": _moment(raw.get("submitted_at"))}


Converted = tuple[dict[str, Any], frozenset[str] | None]


def _convert(kind: str, raw: dict[str, Any], parent_id: str | None, index: int) -> Converted:
    """File object → column values (text NFC-trimmed, dates parsed, defaults filled)."""
    def date_of(key: str) -> Any:
        return parse_date(raw[key]) if isinstance(raw.get(key), str) else None

    if kind == "units":
        values = {"code": _text(raw, "code"), "name": _text(raw, "name"), "kind": raw.get("kind", "other"),
                  "parent_id": raw.get("parent_id"), "active": raw.get("active", True)}
        if raw.get("official_code"):  # an older file (or an office) has none: what is here stays
            values["official_code"] = raw["official_code"]
        return values, None
    if kind == "documents":
        return {"doc_type": raw["doc_type"], "number": _text(raw, "number"), "symbol": _text(raw, "symbol"),
                "issued_on": date_of("issued_on"), "issuer": _text(raw, "issuer"),
                "title": _text(raw, "title")}, frozenset(raw.get("implements", []))
    if kind == "adhoc_periods":
        return {"code": _text(raw, "code"), "title": _text(raw, "title"), "start_on": date_of("start_on"),
                "end_on": date_of("end_on"), "deadline": date_of("deadline")}, None
    if kind == "plans":
        return {"number": _text(raw, "number"), "symbol": _text(raw, "symbol"), "issued_on": date_of("issued_on"),
                "issuer_unit_id": raw.get("issuer_unit_id"), "title": _text(raw, "title"),
                "start_year": raw.get("start_year"), "end_year": raw.get("end_year"),
                "vision_year": raw.get("vision_year"), "purpose": _text(raw, "purpose"),
                "requirements": _text(raw, "requirements"),
                "deadline_offset_days": raw.get("deadline_offset_days", 3)}, frozenset(raw.get("implements", []))
    if kind == "targets":
        return {"plan_id": parent_id, "position": raw.get("position", index + 1), "name": _text(raw, "name"),
                "measure": _text(raw, "measure"), "baseline": _float(raw.get("baseline")),
                "baseline_year": raw.get("baseline_year"), "target_low": _float(raw.get("target_low")),
                "target_high": _float(raw.get("target_high")), "target_year": raw.get("target_year"),
                "direction": raw.get("direction", "increase")}, None
    if kind == "groups":
        return {"plan_id": parent_id, "position": raw.get("position", index + 1), "title": _text(raw, "title")}, None
    if kind == "tasks":
        return {"group_id": parent_id, "position": raw.get("position", index + 1), "content": _text(raw, "content"),
                "lead_unit_id": raw.get("lead_unit_id"), **_schedule_columns(raw.get("schedule")),
                "output": _text(raw, "output"), "start_on": date_of("start_on")}, \
            frozenset(raw.get("coordinating_unit_ids", []))
    if kind == "progress":
        # review keys absent = a row that has not been through review (draft)
        return {"task_id": raw["task_id"], "unit_id": raw["unit_id"], "period": raw["period"],
                "status": raw.get("status", "not_started"), "percent": raw.get("percent"),
                "completed_on": date_of("completed_on"), "result": _text(raw, "result"),
                "difficulties": _text(raw, "difficulties"), "proposals": _text(raw, "proposals"),
                "references": _text(raw, "references"), "updated_by": _text(raw, "updated_by"),
                **review_values(raw)}, None
    if kind == "task_revisions":
        return {"task_id": raw["task_id"], "effective_from": date_of("effective_from"),
                "document_id": raw.get("document_id"), "content": _text(raw, "content"),
                "lead_unit_id": raw.get("lead_unit_id"),
                "coordinating_unit_ids": json.dumps(sorted(set(raw.get("coordinating_unit_ids", [])))),
                "output": _text(raw, "output"), **_schedule_columns(raw.get("schedule")),
                "dropped": bool(raw.get("dropped", False))}, None
    if kind == "attachments":
        return {"owner_kind": raw["owner_kind"], "owner_id": raw["owner_id"], "number": _text(raw, "number"),
                "symbol": _text(raw, "symbol"), "issued_on": date_of("issued_on"), "issuer": _text(raw, "issuer"),
                "title": _text(raw, "title"), "file_name": _text(raw, "file_name"),
                "mime": raw.get("mime", "") or "", "size": raw.get("size"), "sha256": raw.get("sha256")}, None
    # target_values
    return {"target_id": raw["target_id"], "period": raw["period"], "value": _float(raw["value"]),
            "note": _text(raw, "note")}, None


_parts = path_parts


def _owner(parts: Path_) -> Path_:
    """The path of the object whose own field a problem is about ((plans, 0, groups, 1) …)."""
    owner: Path_ = ()
    for n in range(2, len(parts) + 1, 2):
        prefix = parts[:n]
        keys = prefix[0::2]
        if not isinstance(prefix[-1], int):
            break
        if keys in {("units",), ("documents",), ("adhoc_periods",), ("plans",), ("progress",),
                    ("target_values",), ("attachments",), ("task_revisions",), ("plans", "targets"),
                    ("plans", "groups"), ("plans", "groups", "tasks")}:
            owner = prefix
        else:
            break
    return owner


def _items(container: Any, key: str) -> Iterator[tuple[int, dict[str, Any]]]:
    items = container.get(key) if isinstance(container, dict) else None
    if isinstance(items, list):
        for index, item in enumerate(items):
            if isinstance(item, dict):
                yield index, item


class _Reader:
    """Walks the document, collecting records (first of each id) and duplicate-id problems."""

    def __init__(self, data: dict[str, Any], bad: set[Path_]) -> None:
        self.bad = bad
        self.records: dict[str, list[Rec]] = {k: [] for k in KINDS}
        self.id_paths: dict[str, str] = {}
        self.problems: list[Problem] = []
        self.broken_ids: dict[str, set[str]] = defaultdict(set)  # ids of objects with invalid fields
        for top in ("units", "documents", "adhoc_periods", "plans", "progress", "target_values", "attachments",
                    "task_revisions"):
            for index, raw in _items(data, top):
                self._add(top, (top, index), raw, None, index)
                if top != "plans":
                    continue
                plan_id = raw["id"] if is_uuid(raw.get("id")) else None
                for t_index, t_raw in _items(raw, "targets"):
                    self._add("targets", (top, index, "targets", t_index), t_raw, plan_id, t_index)
                for g_index, g_raw in _items(raw, "groups"):
                    g_path: Path_ = (top, index, "groups", g_index)
                    self._add("groups", g_path, g_raw, plan_id, g_index)
                    group_id = g_raw["id"] if is_uuid(g_raw.get("id")) else None
                    for k_index, k_raw in _items(g_raw, "tasks"):
                        self._add("tasks", (*g_path, "tasks", k_index), k_raw, group_id, k_index)

    def _add(self, kind: str, path: Path_, raw: dict[str, Any], parent_id: str | None, index: int) -> None:
        rec_id = raw.get("id")
        if not is_uuid(rec_id):
            return
        assert isinstance(rec_id, str)
        where = json_path((*path, "id"))
        if rec_id in self.id_paths:
            self.problems.append(Problem(where, f"mã '{rec_id}' trùng với {self.id_paths[rec_id]}"))
            return
        self.id_paths[rec_id] = where
        if path in self.bad or (kind in ("targets", "groups", "tasks") and parent_id is None):
            self.broken_ids[kind].add(rec_id)
            return
        values, links = _convert(kind, raw, parent_id, index)
        self.records[kind].append(Rec(kind, path, raw, rec_id, values, links, _moment(raw.get("updated_at"))))


# ---- the database side ----------------------------------------------------------------------


def _chunks(ids: Iterable[str]) -> Iterator[list[str]]:
    items = sorted(set(ids))
    for start in range(0, len(items), CHUNK):
        yield items[start:start + CHUNK]


def _load(session: Session, model: Any, column: Any, ids: Iterable[str], *options: Any) -> list[Any]:
    rows: list[Any] = []
    for chunk in _chunks(ids):
        rows += session.scalars(select(model).where(column.in_(chunk)).options(*options)).all()
    return rows


class _Importer:
    def __init__(self, session: Session, reader: _Reader) -> None:
        self.session = session
        self.recs = reader.records
        self.broken = reader.broken_ids
        self.problems: list[Problem] = []
        self._preload()

    # -- loading --

    def _preload(self) -> None:
        s = self.session
        recs = self.recs
        self.units: dict[str, Unit] = {u.id: u for u in s.scalars(select(Unit))}
        self.documents: dict[str, Document] = {
            d.id: d for d in s.scalars(select(Document).options(selectinload(Document.implements)))}
        self.adhoc: dict[str, AdhocPeriod] = {a.id: a for a in s.scalars(select(AdhocPeriod))}
        self.plans: dict[str, Plan] = {p.id: p for p in _load(
            s, Plan, Plan.id, [r.id for r in recs["plans"]], selectinload(Plan.implements))}
        target_ids = [r.id for r in recs["targets"]] + [r.values["target_id"] for r in recs["target_values"]]
        self.targets: dict[str, Target] = {t.id: t for t in _load(s, Target, Target.id, target_ids)}
        self.groups: dict[str, TaskGroup] = {g.id: g for g in _load(s, TaskGroup, TaskGroup.id,
                                                                    [r.id for r in recs["groups"]])}
        file_tasks = [r.id for r in recs["tasks"]]
        self.tasks: dict[str, Task] = {t.id: t for t in _load(s, Task, Task.id, file_tasks,
                                                               selectinload(Task.coordinating_units))}
        other_tasks = ({r.values["task_id"] for r in recs["progress"]}
                       | {r.values["task_id"] for r in recs["task_revisions"]}
                       | {r.values["owner_id"] for r in recs["attachments"] if r.values["owner_kind"] == "task"}
                       ) - set(self.tasks)
        self.tasks.update((t.id, t) for t in _load(s, Task, Task.id, other_tasks))
        self.progress: dict[str, Progress] = {p.id: p for p in _load(s, Progress, Progress.id,
                                                                     [r.id for r in recs["progress"]])}
        self.progress.update((p.id, p) for p in _load(s, Progress, Progress.task_id,
                                                      {r.values["task_id"] for r in recs["progress"]}))
        self.values: dict[str, TargetValue] = {v.id: v for v in _load(s, TargetValue, TargetValue.id,
                                                                      [r.id for r in recs["target_values"]])}
        self.values.update((v.id, v) for v in _load(s, TargetValue, TargetValue.target_id,
                                                    {r.values["target_id"] for r in recs["target_values"]}))
        self.attachments: dict[str, Attachment] = {a.id: a for a in _load(s, Attachment, Attachment.id,
                                                                          [r.id for r in recs["attachments"]])}
        self.plan_ids: set[str] = set(self.plans) | {p for p in s.scalars(select(Plan.id).where(Plan.id.in_(
            [r.values["owner_id"] for r in recs["attachments"] if r.values["owner_kind"] == "plan"] or [""])))}
        self.blobs: dict[str, bytes] = {}  # files carried by the document, by SHA-256
        revision_tasks = {r.values["task_id"] for r in recs["task_revisions"]}
        self.revisions: dict[str, TaskRevision] = {r.id: r for r in _load(
            s, TaskRevision, TaskRevision.id, [r.id for r in recs["task_revisions"]])}
        self.revisions.update((r.id, r) for r in _load(s, TaskRevision, TaskRevision.task_id, revision_tasks))

    def _ids(self, kind: str, db_rows: dict[str, Any]) -> set[str]:
        return {r.id for r in self.recs[kind]} | self.broken[kind] | set(db_rows)

    # -- checking --

    def check(self) -> None:
        unit_ids = self._ids("units", self.units)
        doc_ids = self._ids("documents", self.documents)
        task_ids = self._ids("tasks", self.tasks)
        target_ids = self._ids("targets", self.targets)
        add = self.problems.append
        latest = utcnow() + CLOCK_TOLERANCE  # a time in the future would win every later exchange
        for kind in KINDS:
            for rec in self.recs[kind]:
                for key in ("updated_at", "reviewed_at", "submitted_at"):
                    moment = rec.updated_at if key == "updated_at" else rec.values.get(key)
                    if moment is not None and moment > latest:
                        add(Problem(rec.at(key), future_message(rec.raw.get(key))))

        def need(rec: Rec, key: str | int | tuple[str | int, ...], value: Any, known: set[str], what: str) -> None:
            if value is not None and value not in known:
                parts = key if isinstance(key, tuple) else (key,)
                add(Problem(rec.at(*parts), f"không có {what} '{value}'"))

        held = {u.official_code: u for u in self.units.values() if u.official_code}
        in_file: dict[str, Rec] = {}
        for rec in self.recs["units"]:
            v = rec.values
            if not v["name"]:
                add(Problem(rec.at("name"), "tên đơn vị không được để trống"))
            code = v.get("official_code")
            if code:
                holder = held.get(code)
                if holder is not None and holder.id != rec.id:
                    add(Problem(rec.at("official_code"), f"mã hành chính {code} đã thuộc đơn vị "
                                                         f"'{holder.name}' ở máy này (mã {holder.id})"))
                elif code in in_file:
                    add(Problem(rec.at("official_code"), f"mã hành chính {code} trùng với {in_file[code].at()}"))
                in_file[code] = rec
            if v["parent_id"] == rec.id:
                add(Problem(rec.at("parent_id"), "đơn vị không thể là cấp trên của chính nó"))
            else:
                need(rec, "parent_id", v["parent_id"], unit_ids, "đơn vị cấp trên")
        for rec in self.recs["documents"]:
            v = rec.values
            self._service_problems(rec, validate_document_fields(v["doc_type"], v["number"], v["symbol"]))
            for i, ref in enumerate(rec.raw.get("implements", [])):
                if ref == rec.id:
                    add(Problem(rec.at("implements", i), "văn bản không thể thực hiện chính nó"))
                else:
                    need(rec, ("implements", i), ref, doc_ids, "văn bản")
        adhoc_codes = self._check_adhoc()
        for rec in self.recs["plans"]:
            self._service_problems(rec, validate_plan_fields(rec.values))
            need(rec, "issuer_unit_id", rec.values["issuer_unit_id"], unit_ids, "đơn vị")
            for i, ref in enumerate(rec.raw.get("implements", [])):
                need(rec, ("implements", i), ref, doc_ids, "văn bản")
        for rec in self.recs["targets"]:
            self._service_problems(rec, validate_target_fields(rec.values))
        for rec in self.recs["groups"]:
            if not rec.values["title"]:
                add(Problem(rec.at("title"), "tên nhóm nhiệm vụ không được để trống"))
        for rec in self.recs["tasks"]:
            v = rec.values
            if not v["content"]:
                add(Problem(rec.at("content"), "nội dung nhiệm vụ không được để trống"))
            need(rec, "lead_unit_id", v["lead_unit_id"], unit_ids, "đơn vị")
            for i, ref in enumerate(rec.raw.get("coordinating_unit_ids", [])):
                need(rec, ("coordinating_unit_ids", i), ref, unit_ids, "đơn vị")
            if v["schedule_kind"] == "yearly":
                try:
                    Schedule.yearly(v["due_month"], v["due_day"])
                except ScheduleError as exc:
                    add(Problem(rec.at("schedule", "day"), str(exc)))
        for kind, parent_key, parents, what in (("progress", "task_id", task_ids, "nhiệm vụ"),
                                                ("target_values", "target_id", target_ids, "chỉ tiêu")):
            for rec in self.recs[kind]:
                need(rec, parent_key, rec.values[parent_key], parents, what)
                if kind == "progress":
                    need(rec, "unit_id", rec.values["unit_id"], unit_ids, "đơn vị")
                period = rec.values["period"]
                if not is_period_code(period) and period not in adhoc_codes:
                    add(Problem(rec.at("period"), f"mã kỳ báo cáo không hợp lệ: '{period}' ({PERIOD_HINT})"))
        self._check_attachments(task_ids)
        for rec in self.recs["task_revisions"]:
            v = rec.values
            need(rec, "task_id", v["task_id"], task_ids, "nhiệm vụ")
            need(rec, "document_id", v["document_id"], doc_ids, "văn bản")
            need(rec, "lead_unit_id", v["lead_unit_id"], unit_ids, "đơn vị")
            for i, ref in enumerate(rec.raw.get("coordinating_unit_ids", [])):
                need(rec, ("coordinating_unit_ids", i), ref, unit_ids, "đơn vị")
        for rec in self.recs["plans"]:
            for i, ref in enumerate(rec.raw.get("amendments", [])):
                need(rec, ("amendments", i), ref, doc_ids, "văn bản")
        self._check_natural_duplicates()

    def _check_attachments(self, task_ids: set[str]) -> None:
        owners = {"plan": self._ids("plans", {}) | self.plan_ids, "task": task_ids,
                  "progress": self._ids("progress", self.progress)}
        limit = max_bytes_in(self.session)
        for rec in self.recs["attachments"]:
            v = rec.values
            kind = v["owner_kind"]
            if v["owner_id"] not in owners.get(kind, set()):
                self.problems.append(Problem(rec.at("owner_id"), f"không có {OWNER_LABELS.get(kind, kind)} "
                                                                 f"'{v['owner_id']}'"))
            self._check_file_fields(rec)
            encoded = rec.raw.get("data_base64")
            if not isinstance(encoded, str):
                continue
            try:
                data = base64.b64decode(encoded, validate=True)
            except (binascii.Error, ValueError):
                self.problems.append(Problem(rec.at("data_base64"), "nội dung tệp không phải base64 hợp lệ"))
                continue
            digest = hashlib.sha256(data).hexdigest()
            if v["sha256"] != digest:
                self.problems.append(Problem(rec.at("sha256"), "mã băm SHA-256 không khớp nội dung tệp (tệp hỏng?)"))
                continue
            if v["size"] is not None and v["size"] != len(data):
                self.problems.append(Problem(rec.at("size"), f"dung lượng ghi {v['size']} byte, tệp có {len(data)}"))
                continue
            try:
                check_file(v["file_name"], data, limit)
            except ValidationError as exc:
                self.problems += [Problem(rec.at("data_base64"), p.message) for p in exc.problems]
                continue
            self.blobs[digest] = data

    def _check_file_fields(self, rec: Rec) -> None:
        """The file's name as a plain name (no folders, no characters Windows forbids), a type the
        program takes, and the MIME type its extension gives (never the file's own claim)."""
        v = rec.values
        claimed = v["file_name"]
        name = safe_name(claimed, "") if claimed else ""
        if claimed and (not name or extension(name) in EXECUTABLE_EXTENSIONS):
            self.problems.append(Problem(rec.at("file_name"), f"tên tệp {show(claimed)} không nhận được (tệp chương "
                                                              f"trình, hoặc không phải tên tệp); chỉ nhận {SUPPORTED}"))
        expected = MIME_BY_EXTENSION.get(extension(name), "")
        if v["mime"] and v["mime"] != expected:
            self.problems.append(Problem(rec.at("mime"), f"kiểu tệp {show(v['mime'])} không khớp tên tệp "
                                                         f"{show(name)} (cần {show(expected)})"))
        v["file_name"], v["mime"] = name, expected

    def _service_problems(self, rec: Rec, problems: list[Problem]) -> None:
        for problem in problems:
            keys = [k.strip() for k in problem.where.split(",")] if problem.where else []
            self.problems.append(Problem(rec.at(*keys) if keys else rec.at(), problem.message))

    def _check_adhoc(self) -> set[str]:
        codes: dict[str, str] = {}
        for rec in self.recs["adhoc_periods"]:
            v = rec.values
            code = v["code"]
            if not code:
                self.problems.append(Problem(rec.at("code"), "mã kỳ đột xuất không được để trống"))
            elif is_period_code(code):
                self.problems.append(Problem(rec.at("code"), f"'{code}' là mã kỳ định kỳ; kỳ đột xuất cần mã khác"))
            elif code in codes:
                self.problems.append(Problem(rec.at("code"), f"mã kỳ '{code}' trùng với {codes[code]}"))
            else:
                codes[code] = rec.at("code")
            if v["start_on"] and v["end_on"]:
                try:
                    adhoc_period(code, v["start_on"], v["end_on"])
                except PeriodError as exc:
                    self.problems.append(Problem(rec.at("end_on"), str(exc)))
        return set(codes) | {a.code for a in self.adhoc.values()}

    def _check_natural_duplicates(self) -> None:
        for kind, key in (("progress", ("task_id", "unit_id", "period")), ("target_values", ("target_id", "period"))):
            seen: dict[tuple[Any, ...], str] = {}
            for rec in self.recs[kind]:
                natural = tuple(rec.values[k] for k in key)
                if natural in seen:
                    what = "nhiệm vụ, đơn vị và kỳ" if kind == "progress" else "chỉ tiêu và kỳ"
                    self.problems.append(Problem(rec.at(), f"trùng {what} với {seen[natural]}"))
                else:
                    seen[natural] = rec.at()

    # -- deciding --

    def decide(self) -> None:
        by_key: dict[str, dict[tuple[Any, ...], Any]] = {
            "progress": {(p.task_id, p.unit_id, p.period): p for p in self.progress.values()},
            "task_revisions": {(r.task_id, r.effective_from): r for r in self.revisions.values()},
            "target_values": {(v.target_id, v.period): v for v in self.values.values()},
            "adhoc_periods": {(a.code,): a for a in self.adhoc.values()},
        }
        natural_keys = {"progress": ("task_id", "unit_id", "period"), "target_values": ("target_id", "period"),
                        "task_revisions": ("task_id", "effective_from"),
                        "adhoc_periods": ("code",)}
        rows: dict[str, dict[str, Any]] = {
                "units": self.units, "documents": self.documents, "adhoc_periods": self.adhoc,
                "plans": self.plans, "targets": self.targets, "groups": self.groups, "tasks": self.tasks,
                "progress": self.progress, "target_values": self.values, "attachments": self.attachments,
                "task_revisions": self.revisions}
        for kind in KINDS:
            claimed: dict[str, Rec] = {}
            if kind == "attachments":
                # an update matched to a row under another id here: its attachments follow it
                same_row = {r.id: r.row.id for r in self.recs["progress"] if r.row is not None}
                for rec in self.recs[kind]:
                    if rec.values["owner_kind"] == "progress":
                        rec.values["owner_id"] = same_row.get(rec.values["owner_id"], rec.values["owner_id"])
            for rec in self.recs[kind]:
                row = rows[kind].get(rec.id)
                natural = tuple(rec.values[k] for k in natural_keys.get(kind, ()))
                holder = by_key[kind].get(natural) if kind in by_key else None
                if row is None and holder is not None:
                    row = holder  # the same record, entered in another copy under another id
                rec.row = row
                rec.outcome = self._outcome(kind, rec)
                if row is not None:
                    if row.id in claimed:
                        self.problems.append(Problem(rec.at(), f"trùng với {claimed[row.id].at()} "
                                                               "(cùng một bản ghi trong cơ sở dữ liệu)"))
                    claimed[row.id] = rec
                if rec.outcome in ("added", "updated") and holder is not None and holder is not row:
                    self.problems.append(Problem(rec.at(), "trùng khóa với một bản ghi khác đã có trong cơ sở "
                                                           f"dữ liệu (mã {holder.id})"))
        self._check_unit_cycles()
        self._check_document_cycles()

    def _outcome(self, kind: str, rec: Rec) -> str:
        row = rec.row
        if row is None:
            return "added"
        same = all(_same(getattr(row, key), value) for key, value in rec.values.items())
        if same and rec.links is not None:
            same = rec.links == self._links_of(kind, row)
        if same:
            return "unchanged"
        if rec.updated_at is not None and row.updated_at is not None and rec.updated_at > row.updated_at:
            return "updated"
        return "older_skipped"

    @staticmethod
    def _links_of(kind: str, row: Any) -> frozenset[str]:
        if kind == "tasks":
            return frozenset(u.id for u in row.coordinating_units)
        return frozenset(d.id for d in row.implements)

    def _check_unit_cycles(self) -> None:
        parent = {u.id: u.parent_id for u in self.units.values()}
        for rec in self.recs["units"]:
            if rec.outcome in ("added", "updated"):
                parent[rec.id] = rec.values["parent_id"]
        for rec in self.recs["units"]:
            if rec.outcome not in ("added", "updated"):
                continue
            seen = {rec.id}
            current = parent.get(rec.id)
            while current is not None:
                if current in seen:
                    if current == rec.id:
                        self.problems.append(Problem(rec.at("parent_id"), "đơn vị cấp trên tạo vòng lặp "
                                                                          "(đơn vị thành cấp dưới của chính nó)"))
                    break
                seen.add(current)
                current = parent.get(current)

    def _check_document_cycles(self) -> None:
        implements = {d.id: {i.id for i in d.implements} for d in self.documents.values()}
        for rec in self.recs["documents"]:
            if rec.outcome in ("added", "updated") and rec.links is not None:
                implements[rec.id] = set(rec.links)
        for rec in self.recs["documents"]:
            if rec.outcome not in ("added", "updated"):
                continue
            stack = list(implements.get(rec.id, ()))
            seen: set[str] = set()
            while stack:
                current = stack.pop()
                if current == rec.id:
                    self.problems.append(Problem(rec.at("implements"), "chuỗi văn bản tạo vòng lặp "
                                                                       "(văn bản gián tiếp thực hiện chính nó)"))
                    break
                if current not in seen:
                    seen.add(current)
                    stack.extend(implements.get(current, ()))

    # -- writing --

    def apply(self, summary: ImportSummary) -> None:
        s = self.session
        for kind in KINDS:
            for rec in self.recs[kind]:
                summary.count(kind, rec.outcome)
        # units: new ones parents first, flushed before any existing unit may point at them
        new_units = [r for r in self.recs["units"] if r.outcome == "added"]
        pending = {r.id for r in new_units}
        while new_units:
            ready = [r for r in new_units if r.values["parent_id"] not in pending]
            if not ready:  # cannot happen: cycles were refused
                ready = new_units[:1]
            for rec in ready:
                unit = Unit(id=rec.id, updated_at=rec.updated_at, **rec.values)
                s.add(unit)
                self.units[rec.id] = unit
                pending.discard(rec.id)
            s.flush()  # one level of the tree at a time: a parent row exists before its children
            new_units = [r for r in new_units if r.id in pending]
        self._update("units")
        s.flush()
        for rec in self.recs["documents"]:
            if rec.outcome == "added":
                self.documents[rec.id] = Document(id=rec.id, updated_at=rec.updated_at, **rec.values)
        for rec in self.recs["documents"]:
            if rec.outcome == "added":
                doc = self.documents[rec.id]
                doc.implements = [self.documents[i] for i in sorted(rec.links or ())]
                s.add(doc)
        self._update("documents", lambda row, rec: setattr(
            row, "implements", [self.documents[i] for i in sorted(rec.links or ())]))
        self._simple("adhoc_periods", AdhocPeriod)
        for rec in self.recs["plans"]:
            if rec.outcome == "added":
                plan = Plan(id=rec.id, updated_at=rec.updated_at, **rec.values)
                plan.implements = [self.documents[i] for i in sorted(rec.links or ())]
                s.add(plan)
        self._update("plans", lambda row, rec: setattr(
            row, "implements", [self.documents[i] for i in sorted(rec.links or ())]))
        self._simple("targets", Target)
        self._simple("groups", TaskGroup)
        for rec in self.recs["tasks"]:
            if rec.outcome == "added":
                task = Task(id=rec.id, updated_at=rec.updated_at, **rec.values)
                task.coordinating_units = [self.units[i] for i in sorted(rec.links or ())]
                s.add(task)
        self._update("tasks", lambda row, rec: setattr(
            row, "coordinating_units", [self.units[i] for i in sorted(rec.links or ())]))
        s.flush()
        self._simple("task_revisions", TaskRevision)
        self._link_amendments()
        self._simple("progress", Progress)
        self._simple("target_values", TargetValue)
        self._simple("attachments", Attachment)
        for digest, data in self.blobs.items():  # files carried by the document, kept once by hash
            if s.get(AttachmentBlob, digest) is None:
                s.add(AttachmentBlob(sha256=digest, size=len(data), data=data))
        s.flush()

    def _link_amendments(self) -> None:
        """Amendment documents linked to their plans: named by the plan, or by its tasks' revisions."""
        s = self.session
        wanted: set[tuple[str, str]] = set()
        for rec in self.recs["plans"]:
            wanted |= {(rec.id, d) for d in rec.raw.get("amendments", [])}
        for rec in self.recs["task_revisions"]:
            task = s.get(Task, rec.values["task_id"])
            if rec.values["document_id"] and task is not None:
                wanted.add((task.group.plan_id, rec.values["document_id"]))
        plans = sorted({p for p, _ in wanted})
        have = {(p, d) for p, d in s.execute(select(plan_amendment.c.plan_id, plan_amendment.c.document_id)
                                             .where(plan_amendment.c.plan_id.in_(plans or [""])))}
        for plan_id, doc_id in sorted(wanted - have):
            s.execute(plan_amendment.insert().values(plan_id=plan_id, document_id=doc_id))

    def _simple(self, kind: str, model: Any) -> None:
        for rec in self.recs[kind]:
            if rec.outcome == "added":
                self.session.add(model(id=rec.id, updated_at=rec.updated_at, **rec.values))
        self._update(kind)

    def _update(self, kind: str, links: Callable[[Any, Rec], None] | None = None) -> None:
        for rec in self.recs[kind]:
            if rec.outcome != "updated":
                continue
            row = rec.row
            for key, value in rec.values.items():
                if not _same(getattr(row, key), value):
                    setattr(row, key, value)
            if links is not None and rec.links != self._links_of(kind, row):
                links(row, rec)
            row.updated_at = rec.updated_at


def _same(stored: Any, value: Any) -> bool:
    if isinstance(stored, float) or isinstance(value, float):
        return stored is not None and value is not None and float(stored) == float(value)
    return bool(stored == value)


# ---- entry points ---------------------------------------------------------------------------


def import_data(db: Database, data: dict[str, Any], source: str = "import", *,
                dry_run: bool = False, lock_plans: bool = False) -> ImportSummary:
    """Import a parsed document into the database: everything or, on any problem, nothing.

    Raises ValidationError listing every problem (each with its JSON path) and writes nothing
    when the document is not valid. With ``dry_run`` the summary is computed and nothing is kept.
    """
    problems = ProblemList(problem_order, lambda p: _owner(_parts(p.where)))
    check_document(data, problems)
    if problems.full:  # rows not checked yet cannot be read safely below
        raise problems.error()
    bad: set[Any] = set(problems.owners)
    reader = _Reader(data, bad)
    problems += reader.problems
    summary = ImportSummary(source=source, dry_run=dry_run)
    try:
        with db.write(source=source) as session:
            session.info["keep_updated_at"] = True
            importer = _Importer(session, reader)
            importer.check()
            importer.decide()
            problems += importer.problems
            if problems:
                raise problems.error()
            importer.apply(summary)
            if lock_plans:  # a plan received from the level above: structure read-only here
                for rec in importer.recs["plans"]:
                    plan = session.get(Plan, rec.id)
                    if plan is not None:
                        plan.locked = True
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    except SQLAlchemyError as exc:  # a constraint the checks above missed: nothing was kept
        raise ValidationError.one("$", f"Cơ sở dữ liệu từ chối dữ liệu nhập, không ghi gì: {exc.__class__.__name__}: "
                                       f"{str(exc).splitlines()[0][:200]}") from exc
    return summary


def read_file(path: str | Path) -> Any:
    """The JSON value of a file; ValidationError with one sentence if it cannot be one."""
    file = Path(path)
    try:
        raw = read_limited(file)
    except OSError as exc:
        raise ValidationError.one("$", f"Không đọc được tệp '{file.name}': {exc.strerror or exc}.") from exc
    return parse_bytes(raw)


def import_file(db: Database, path: str | Path, *, dry_run: bool = False) -> ImportSummary:
    """Import a .json exchange file; the audit log records the source as ``import:<file name>``."""
    data = read_file(path)
    return import_data(db, data, source=f"import:{Path(path).name}", dry_run=dry_run)
