"""Packages between the levels: a plan sent down to the units that carry it out (since 07/2025 the
xã, phường of a province; before, a district's wards), and a unit's progress for a period sent up to
the body that issued the plan (UBND tỉnh, thành phố or its Sở; before, the district).

A package is a zip holding ``manifest.json`` (what it is, for which unit, period and plans, the
SHA-256 and size of the data) and ``data.json`` (an ordinary exchange document). A bare ``.json``
exchange document is accepted too, without the checksum.

Receiving progress never overwrites a local edit silently. For each row, with ``u`` the sender's
change time and the local row ``L`` (``L.synced_at`` = the sender's time of the version last
received):
- no local row → added;
- same content → unchanged;
- ``u <= L.synced_at`` → unchanged (that version was already received);
- ``L`` was edited here after the sender's version (``L.updated_at > u`` and after the last
  receipt) → **conflict**: both versions are returned for the clerk to choose, nothing written;
- ``u > L.updated_at`` → updated;
- otherwise the file's version is older → unchanged.
Each file is checked whole and applied in one transaction: a bad file changes nothing.
The package carries only its unit's word (exchange/authority.py): rows of its own unit and period,
no review decision (the receiving office reviews), no time in the future.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app import __version__
from desktop_app.db.models import Plan, Progress, Task, TaskGroup, Unit
from desktop_app.db.types import utcnow
from desktop_app.exchange import FORMAT, VERSION
from desktop_app.exchange.authority import CONTENT, clock_problem, moment, scope_problem, sender_values
from desktop_app.exchange.bounded import (
    MAX_DOCUMENT_BYTES,
    MAX_MANIFEST_BYTES,
    check_entries,
    read_limited,
    read_member,
)
from desktop_app.exchange.export import dumps, export_data, iso_datetime, progress_json, unit_json
from desktop_app.exchange.importer import import_data
from desktop_app.exchange.validate import check_document, parse_bytes, problem_order
from desktop_app.services import heads
from desktop_app.services.database import Database
from desktop_app.services.errors import NotFound, ProblemList, ValidationError
from desktop_app.services.files import write_bytes
from desktop_app.services.periods import resolve_period
from desktop_app.services.units import resolve_unit

PACKAGE_FORMAT = "plantrack-package"
PACKAGE_VERSION = 1
FIELDS = (*CONTENT, "review_state", "review_reason", "reviewed_by", "reviewed_at", "submitted_at")
FIELD_LABELS = {"status": "Tình trạng", "percent": "%", "completed_on": "Ngày hoàn thành", "result": "Kết quả",
                "difficulties": "Khó khăn", "proposals": "Kiến nghị", "references": "Văn bản kèm theo",
                "review_state": "Duyệt", "review_reason": "Lý do trả lại", "reviewed_by": "Người duyệt",
                "reviewed_at": "Thời điểm duyệt", "submitted_at": "Thời điểm gửi"}


class PackageError(ValidationError):
    """A package refused whole (wrong plan, damaged, checksum, newer version)."""


def _refuse(name: str, message: str) -> PackageError:
    return PackageError.one(name, message)  # type: ignore[return-value]


# ---- writing ----------------------------------------------------------------------------------


def _write(path: Path, manifest: dict[str, Any], data: dict[str, Any]) -> None:
    body = dumps(data).encode("utf-8")
    manifest["files"] = {"data.json": {"sha256": hashlib.sha256(body).hexdigest(), "size": len(body)}}
    if path.suffix.lower() == ".json":
        write_bytes(path, body)
        return
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
        archive.writestr("data.json", body)
    write_bytes(path, packed.getvalue())  # a full disk: "Ổ đĩa đã đầy", no .partial left


def _manifest(kind: str, **extra: Any) -> dict[str, Any]:
    return {"format": PACKAGE_FORMAT, "version": PACKAGE_VERSION, "kind": kind, "app_version": __version__,
            "created_at": iso_datetime(utcnow()), **extra}


@dataclass(frozen=True)
class PackageInfo:
    path: Path
    kind: str
    rows: int
    plan_ids: tuple[str, ...]


def export_unit_progress(db: Database, unit_ref: str, period_code: str, path: str | Path) -> PackageInfo:
    """A unit's progress for a period, on every plan it reports on (zip, or .json without manifest)."""
    target = Path(path)
    with db.read() as session:
        unit = resolve_unit(session, unit_ref)
        period = resolve_period(session, period_code)
        rows = list(session.scalars(select(Progress).where(Progress.unit_id == unit.id,
                                                           Progress.period == period.code)
                                    .order_by(Progress.task_id)))
        plan_ids = sorted(set(session.scalars(
            select(TaskGroup.plan_id).join(Task, Task.group_id == TaskGroup.id)
            .where(Task.id.in_([r.task_id for r in rows] or [""])))))
        data = {"format": FORMAT, "version": VERSION, "app_version": __version__, "exported_at": iso_datetime(utcnow()),
                "units": [unit_json(unit) | {"parent_id": None}], "documents": [], "plans": [],
                "progress": [progress_json(r) for r in rows], "target_values": []}
        manifest = _manifest("unit-progress", unit_id=unit.id, unit_name=unit.name, period=period.code,
                             plan_ids=plan_ids, chain_head=heads.stamp(db, f"gói '{target.name}'"))
    _write(target, manifest, data)
    return PackageInfo(target, "unit-progress", len(rows), tuple(plan_ids))


def export_plan_package(db: Database, plan_ref: str, path: str | Path) -> PackageInfo:
    """A plan with its units and documents, to send down to the communes or offices that carry it out
    (received read-only there)."""
    target = Path(path)
    data = export_data(db, plan_ref)
    data["progress"], data["target_values"] = [], []  # the structure only: the receivers report their own
    plan_ids = [p["id"] for p in data["plans"]]
    _write(target, _manifest("plan", plan_ids=plan_ids, chain_head=heads.stamp(db, f"gói '{target.name}'")), data)
    return PackageInfo(target, "plan", sum(len(g["tasks"]) for p in data["plans"] for g in p["groups"]),
                       tuple(plan_ids))


# ---- reading ----------------------------------------------------------------------------------


def read_package(path: str | Path) -> tuple[dict[str, Any] | None, dict[str, Any]]:
    """(manifest or None for a bare .json, exchange document); PackageError says why not.

    Read within the limits of exchange/bounded.py: no member is expanded past its limit."""
    file = Path(path)
    name = file.name
    try:
        raw = read_limited(file)
    except OSError as exc:
        raise _refuse(name, f"Không đọc được tệp: {exc.strerror or exc}.") from exc
    except ValidationError as exc:
        raise _refuse(name, exc.problems[0].message) from exc
    if not raw.startswith(b"PK"):
        try:
            return None, parse_bytes(raw)
        except ValidationError as exc:
            raise _refuse(name, exc.summary()) from exc
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            check_entries(archive, name)
            manifest_bytes = read_member(archive, "manifest.json", name, MAX_MANIFEST_BYTES)
            body = read_member(archive, "data.json", name, MAX_DOCUMENT_BYTES)
    except ValidationError as exc:
        raise _refuse(name, exc.problems[0].message) from exc
    except (zipfile.BadZipFile, KeyError, EOFError, ValueError, OSError, RuntimeError, NotImplementedError,
            zlib.error) as exc:
        raise _refuse(name, "Tệp gói bị hỏng hoặc bị cắt cụt (không đọc được manifest.json và data.json).") from exc
    del raw
    try:
        manifest = parse_bytes(manifest_bytes)
    except ValidationError as exc:
        raise _refuse(name, "manifest.json: " + exc.problems[0].message) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != PACKAGE_FORMAT:
        raise _refuse(name, "Không phải gói dữ liệu của chương trình Theo dõi Kế hoạch.")
    version = manifest.get("version")
    if not isinstance(version, int) or version > PACKAGE_VERSION:
        raise _refuse(name, f"Gói do phiên bản mới hơn của chương trình tạo ra (phiên bản gói {version}); "
                            "hãy cập nhật chương trình.")
    files = manifest.get("files")
    expected = files.get("data.json") if isinstance(files, dict) else None
    if not isinstance(expected, dict) or hashlib.sha256(body).hexdigest() != expected.get("sha256") \
            or len(body) != expected.get("size"):
        raise _refuse(name, "Mã kiểm tra SHA-256 không khớp: tệp đã bị thay đổi hoặc hỏng trên đường chuyển.")
    try:
        return manifest, parse_bytes(body)
    except ValidationError as exc:
        raise _refuse(name, exc.summary()) from exc


# ---- receiving progress -----------------------------------------------------------------------


@dataclass(frozen=True)
class ProgressConflict:
    """The same row edited here after the sender's version: both sides, for the clerk to choose."""

    file: str
    task_id: str
    task_number: str
    task_content: str
    unit_id: str
    unit_name: str
    period: str
    mine: dict[str, Any]
    theirs: dict[str, Any]  # the file's progress object, as written
    reviews_here: bool = True  # this database reviews the plan: the file's review decisions do not count

    @property
    def differences(self) -> list[tuple[str, Any, Any]]:
        theirs = _values(self.theirs, self.reviews_here)
        return [(FIELD_LABELS[f], self.mine.get(f), theirs.get(f)) for f in theirs
                if self.mine.get(f) != theirs.get(f)]


@dataclass
class PackageResult:
    file: str
    kind: str = ""
    unit_name: str = ""
    period: str = ""
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: list[ProgressConflict] = field(default_factory=list)
    rejected: str = ""  # why the whole file was refused

    def line(self) -> str:
        if self.rejected:
            return f"{self.file}: TỪ CHỐI — {self.rejected}"
        who = f" ({self.unit_name}, {self.period})" if self.unit_name else ""
        return (f"{self.file}{who}: thêm {self.added}, cập nhật {self.updated}, không đổi {self.unchanged}, "
                f"xung đột {len(self.conflicts)}")


def _values(raw: dict[str, Any], reviews_here: bool) -> dict[str, Any]:
    return sender_values(raw, reviews_here)


def _stored(row: Progress) -> dict[str, Any]:
    return {f: getattr(row, f) for f in FIELDS}


def _locked_tasks(session: Session, task_ids: Iterable[str]) -> set[str]:
    """Tasks of plans received from the level above (locked here: that level reviews them)."""
    found: set[str] = set()
    ids = sorted(set(task_ids))
    for start in range(0, len(ids), 900):
        found.update(session.scalars(select(Task.id).join(TaskGroup, Task.group_id == TaskGroup.id)
                                     .join(Plan, TaskGroup.plan_id == Plan.id)
                                     .where(Task.id.in_(ids[start:start + 900]), Plan.locked.is_(True))))
    return found


def _moment(raw: dict[str, Any]) -> datetime | None:
    return moment(raw.get("updated_at"))


def _check_known(session: Session, name: str, manifest: dict[str, Any] | None, data: dict[str, Any]) -> None:
    rows = data.get("progress") or []
    task_ids = {r["task_id"] for r in rows}
    unit_ids = {r["unit_id"] for r in rows}
    plans = set((manifest or {}).get("plan_ids") or [])
    known_plans = set(session.scalars(select(Plan.id).where(Plan.id.in_(plans or [""]))))
    if plans - known_plans:
        raise _refuse(name, "Tệp là tiến độ của kế hoạch khác, không có trong cơ sở dữ liệu này.")
    known_tasks = set(session.scalars(select(Task.id).where(Task.id.in_(task_ids or [""]))))
    if task_ids - known_tasks:
        raise _refuse(name, f"Tệp có {len(task_ids - known_tasks)} nhiệm vụ không có trong cơ sở dữ liệu này "
                            "(tiến độ của kế hoạch khác?).")
    known_units = set(session.scalars(select(Unit.id).where(Unit.id.in_(unit_ids or [""]))))
    if unit_ids - known_units:
        raise _refuse(name, "Tệp có đơn vị không có trong cơ sở dữ liệu này.")
    for r in rows:
        resolve_period(session, r["period"])


def receive_progress(db: Database, path: str | Path, now: datetime | None = None) -> PackageResult:
    """Receive one unit's progress package; conflicts come back, nothing is overwritten silently.

    The result line says what was written here (the unit's name in this database, the rows'
    period), never what the manifest claims."""
    file = Path(path)
    result = PackageResult(file.name)
    try:
        manifest, data = read_package(file)
        problems = ProblemList(problem_order)
        check_document(data, problems)
        if problems:
            raise _refuse(file.name, "Dữ liệu trong tệp không hợp lệ: " + problems.error().summary())
        result.kind = (manifest or {}).get("kind", "json")
        rows = data.get("progress") or []
        if manifest is not None and manifest.get("kind") != "unit-progress":
            raise _refuse(file.name, "Đây là gói kế hoạch, không phải gói tiến độ của đơn vị; hãy dùng chức năng "
                                     "nhận kế hoạch.")
        wrong = scope_problem(manifest, rows) or clock_problem(rows, now or utcnow())
        if wrong is not None:
            raise _refuse(file.name, str(wrong))
        with db.write(source=f"import:{file.name}") as session:
            session.info["keep_updated_at"] = True
            _check_known(session, file.name, manifest, data)
            _apply(session, file.name, data, result)
            if rows:
                unit = session.get(Unit, rows[0]["unit_id"])
                result.unit_name, result.period = (unit.name if unit else ""), rows[0]["period"]
    except PackageError as exc:
        result.rejected = exc.summary().split(": ", 1)[-1]
    return result


def receive_many(db: Database, paths: Iterable[str | Path]) -> list[PackageResult]:
    return [receive_progress(db, p) for p in paths]


def _local_rows(session: Session, rows: list[dict[str, Any]]) -> dict[tuple[str, str, str], Progress]:
    """The stored rows for the file's (task, unit, period) keys, read in a few queries."""
    task_ids = sorted({r["task_id"] for r in rows})
    periods = sorted({r["period"] for r in rows})
    found: dict[tuple[str, str, str], Progress] = {}
    for start in range(0, len(task_ids), 900):
        for row in session.scalars(select(Progress).where(Progress.task_id.in_(task_ids[start:start + 900]),
                                                          Progress.period.in_(periods))):
            found[(row.task_id, row.unit_id, row.period)] = row
    return found


def _apply(session: Session, name: str, data: dict[str, Any], result: PackageResult) -> None:
    incoming = data.get("progress") or []
    stored = _local_rows(session, incoming)
    from_above = _locked_tasks(session, [r["task_id"] for r in incoming])
    for raw in incoming:
        theirs_at = _moment(raw)
        reviews_here = raw["task_id"] not in from_above
        theirs = _values(raw, reviews_here)
        local = stored.get((raw["task_id"], raw["unit_id"], raw["period"]))
        if local is None:
            session.add(Progress(id=raw["id"], task_id=raw["task_id"], unit_id=raw["unit_id"], period=raw["period"],
                                 updated_by=raw.get("updated_by", ""), updated_at=theirs_at or utcnow(),
                                 synced_at=theirs_at, **theirs))
            result.added += 1
            continue
        synced = local.synced_at
        compared = {f: theirs[f] for f in CONTENT} if reviews_here else theirs
        same = all(getattr(local, f) == value for f, value in compared.items())
        if same or theirs_at is None or (synced is not None and theirs_at <= synced):
            if theirs_at is not None and (synced is None or theirs_at > synced) and same:
                local.synced_at = theirs_at
            if same and reviews_here and local.review_state == "draft" and theirs["review_state"] == "submitted":
                local.review_state, local.submitted_at = theirs["review_state"], theirs["submitted_at"]
                result.updated += 1  # the unit submitted the update it had sent as a draft
            else:
                result.unchanged += 1  # the office's review of it stands
            continue
        edited_here = synced is None or local.updated_at > synced
        if edited_here and local.updated_at > theirs_at:
            task = session.get(Task, local.task_id)
            assert task is not None
            result.conflicts.append(ProgressConflict(
                name, local.task_id, f"{task.group.position}.{task.position}", task.content, local.unit_id,
                local.unit.name, local.period, _stored(local), raw, reviews_here))
            continue
        if theirs_at > local.updated_at:
            for key, value in theirs.items():  # new content: any earlier review no longer applies
                setattr(local, key, value)
            local.updated_by = raw.get("updated_by", local.updated_by)
            local.updated_at = theirs_at
            local.synced_at = theirs_at
            result.updated += 1
        else:
            result.unchanged += 1


def resolve_conflict(db: Database, conflict: ProgressConflict, take_theirs: bool) -> None:
    """The clerk's choice: take the file's version, or keep this one (and never be asked again
    about that version of the file)."""
    theirs_at = _moment(conflict.theirs)
    with db.write(source=f"import:{conflict.file}") as session:
        session.info["keep_updated_at"] = True
        local = session.scalar(select(Progress).where(Progress.task_id == conflict.task_id,
                                                      Progress.unit_id == conflict.unit_id,
                                                      Progress.period == conflict.period))
        if local is None:
            raise NotFound("Bản ghi tiến độ không còn nữa")
        if take_theirs:
            for key, value in _values(conflict.theirs, conflict.reviews_here).items():
                setattr(local, key, value)
            local.updated_by = conflict.theirs.get("updated_by", local.updated_by)
        local.updated_at = utcnow() if not take_theirs else (theirs_at or utcnow())
        local.synced_at = theirs_at


# ---- receiving a plan (ward side) -------------------------------------------------------------


def receive_plan(db: Database, path: str | Path) -> list[str]:
    """Import a plan package from the level above; its plans become read-only here."""
    file = Path(path)
    manifest, data = read_package(file)
    if manifest is not None and manifest.get("kind") != "plan":
        raise _refuse(file.name, "Đây không phải gói kế hoạch.")
    import_data(db, data, source=f"import:{file.name}", lock_plans=True)
    return [p["id"] for p in data.get("plans") or []]
