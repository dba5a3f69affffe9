"""Plans (kế hoạch): create, change, list, and find by id or by number/symbol."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from desktop_app.db.models import Document, Plan, Task, TaskGroup
from desktop_app.domain.symbols import format_number_symbol, parse_number_symbol
from desktop_app.domain.text import fold, normalize_text
from desktop_app.services.database import Database
from desktop_app.services.documents import DocumentInfo
from desktop_app.services.documents import info as document_info
from desktop_app.services.errors import NotFound, Problem, ValidationError, check_version

PLAN_FIELDS = ("number", "symbol", "issued_on", "issuer_unit_id", "title", "start_year", "end_year",
               "vision_year", "purpose", "requirements", "deadline_offset_days")


@dataclass(frozen=True)
class PlanInfo:
    id: str
    number: str
    symbol: str
    issued_on: date | None
    issuer_unit_id: str | None
    issuer_name: str
    title: str
    start_year: int | None
    end_year: int | None
    vision_year: int | None
    purpose: str
    requirements: str
    deadline_offset_days: int
    version: int
    implements: tuple[DocumentInfo, ...] = field(default=())
    task_count: int = 0

    @property
    def reference(self) -> str:
        return format_number_symbol(self.number, self.symbol)

    @property
    def label(self) -> str:
        text = f"Kế hoạch số {self.reference}"
        if self.issued_on:
            text += f" ngày {self.issued_on.day:02d}/{self.issued_on.month:02d}/{self.issued_on.year}"
        return text


def _info(plan: Plan, task_count: int = 0) -> PlanInfo:
    return PlanInfo(plan.id, plan.number, plan.symbol, plan.issued_on, plan.issuer_unit_id,
                    plan.issuer_unit.name if plan.issuer_unit else "", plan.title, plan.start_year,
                    plan.end_year, plan.vision_year, plan.purpose, plan.requirements,
                    plan.deadline_offset_days, plan.version,
                    tuple(document_info(d) for d in plan.implements), task_count)


def validate_plan_fields(values: dict[str, object]) -> list[Problem]:
    problems = []
    if "title" in values and not normalize_text(str(values["title"] or "")):
        problems.append(Problem("title", "Tên (trích yếu) kế hoạch không được để trống"))
    start, end = values.get("start_year"), values.get("end_year")
    for key in ("start_year", "end_year", "vision_year"):
        year = values.get(key)
        if year is not None and (not isinstance(year, int) or not 1945 <= year <= 2200):
            problems.append(Problem(key, f"Năm không hợp lệ: {year}"))
    if isinstance(start, int) and isinstance(end, int) and end < start:
        problems.append(Problem("end_year", f"Năm kết thúc {end} trước năm bắt đầu {start}"))
    offset = values.get("deadline_offset_days")
    if offset is not None and (not isinstance(offset, int) or not 1 <= offset <= 60):
        problems.append(Problem("deadline_offset_days", "Hạn gửi báo cáo phải sau ngày chốt số liệu 1–60 ngày"))
    return problems


def create_plan(db: Database, title: str, number: str = "", symbol: str = "",
                implements: list[str] | None = None, plan_id: str | None = None,
                **values: object) -> PlanInfo:
    unknown = set(values) - set(PLAN_FIELDS)
    if unknown:
        raise ValidationError.one(", ".join(sorted(unknown)), "Trường không có trong kế hoạch")
    values.update(title=title, number=number, symbol=symbol)
    problems = validate_plan_fields(values)
    if problems:
        raise ValidationError(problems)
    with db.write() as session:
        plan = Plan(**values)
        if plan_id:
            plan.id = plan_id
        plan.implements = [_document(session, d) for d in implements or []]
        session.add(plan)
        session.flush()
        return _info(plan)


def update_plan(db: Database, plan_id: str, *, expected_version: int | None = None,
                implements: list[str] | None = None, **changes: object) -> PlanInfo:
    unknown = set(changes) - set(PLAN_FIELDS)
    if unknown:
        raise ValidationError.one(", ".join(sorted(unknown)), "Trường không có trong kế hoạch")
    problems = validate_plan_fields(changes)
    if problems:
        raise ValidationError(problems)
    with db.write() as session:
        plan = get_plan_row(session, plan_id)
        check_version(plan, expected_version)
        ensure_unlocked(plan)
        for key, value in changes.items():
            setattr(plan, key, value)
        if implements is not None:
            plan.implements = [_document(session, d) for d in implements]
        session.flush()
        return _info(plan)


def delete_plan(db: Database, plan_id: str) -> None:
    with db.write() as session:
        plan = get_plan_row(session, plan_id)
        ensure_unlocked(plan)
        session.delete(plan)


def _document(session: Session, doc_id: str) -> Document:
    doc = session.get(Document, doc_id)
    if doc is None:
        raise NotFound(f"Không có văn bản '{doc_id}'")
    return doc


def get_plan_row(session: Session, ref: str) -> Plan:
    """A plan by id, or by its number/symbol in any case ("137/KH-UBND", "137/kh-ubnd",
    "202-KH/QU"), or by its number alone when only one plan has that number ("215")."""
    plan = session.get(Plan, ref)
    if plan is not None:
        return plan
    plans = [(row.id, row.number, row.symbol) for row in session.execute(select(Plan.id, Plan.number, Plan.symbol))]
    chosen = choose_plan(ref, plans)
    found = session.get(Plan, chosen)
    if found is None:  # deleted between the two reads
        raise NotFound(f"Không có kế hoạch '{ref}'.")
    return found


def choose_plan(ref: str, plans: list[tuple[str, str | None, str | None]]) -> str:
    """The id among ``plans`` (id, number, symbol) that ``ref`` names, else NotFound with the
    plans it could have meant."""
    wanted = " ".join((ref or "").split())
    parsed = parse_number_symbol(wanted)
    if parsed is not None:
        for plan_id, number, symbol in plans:
            if (symbol or "").casefold() == parsed.symbol.casefold() and _bare(number) == parsed.number:
                return plan_id
    bare = wanted.removeprefix("Số").strip(" :").lstrip("0") or "0"
    if bare.isdigit():
        same_number = [p for p in plans if _bare(p[1]) == bare]
        if len(same_number) == 1:
            return same_number[0][0]
        if same_number:
            names = ", ".join(sorted(format_number_symbol(n, s) for _, n, s in same_number))
            raise NotFound(f"Có {len(same_number)} kế hoạch số {bare}: {names}. Ghi đủ số và ký hiệu.")
    raise NotFound(f"Không có kế hoạch '{wanted}'." + _nearest(wanted, plans))


def _bare(number: str | None) -> str:
    return (number or "").strip().lstrip("0") or "0"


def _nearest(ref: str, plans: list[tuple[str, str | None, str | None]]) -> str:
    if not plans:
        return " Cơ sở dữ liệu chưa có kế hoạch nào."
    names = sorted(format_number_symbol(n, s) for _, n, s in plans)
    key = fold(ref)
    score = {name: difflib.SequenceMatcher(None, key, fold(name)).ratio() for name in names}
    ranked = sorted(names, key=lambda name: -score[name])
    words = "Các kế hoạch gần giống" if score[ranked[0]] >= 0.5 else "Các kế hoạch đang có"
    return f" {words}: " + ", ".join(ranked[:3]) + "."


def _task_counts(session: Session, plan_id: str | None = None) -> dict[str, int]:
    """How many tasks each plan holds, counted by the database (not by loading the tasks): per
    group over the task(group_id) index alone, then added up by plan."""
    groups = select(TaskGroup.id, TaskGroup.plan_id)
    if plan_id is not None:
        groups = groups.where(TaskGroup.plan_id == plan_id)
    plan_of = {group_id: plan for group_id, plan in session.execute(groups)}
    counts: dict[str, int] = {}
    stmt = select(Task.group_id, func.count()).group_by(Task.group_id)
    if plan_id is not None:
        stmt = stmt.where(Task.group_id.in_(list(plan_of)))
    for group_id, count in session.execute(stmt):
        if group_id in plan_of:
            counts[plan_of[group_id]] = counts.get(plan_of[group_id], 0) + count
    return counts


def get_plan(db: Database, ref: str) -> PlanInfo:
    with db.read() as session:
        plan = get_plan_row(session, ref)
        return _info(plan, _task_counts(session, plan.id).get(plan.id, 0))


def list_plans(db: Database) -> list[PlanInfo]:
    with db.read() as session:
        plans = session.scalars(select(Plan).options(selectinload(Plan.implements), selectinload(Plan.issuer_unit))
                                .order_by(Plan.issued_on.desc(), Plan.number))
        counts = _task_counts(session)
        return [_info(p, counts.get(p.id, 0)) for p in plans]


def ensure_unlocked(plan: Plan) -> None:
    """Refuse a change to the structure of a plan received from the level above."""
    if plan.locked:
        raise ValidationError.one("plan", f"Kế hoạch {format_number_symbol(plan.number, plan.symbol)} do cấp trên "
                                          "gửi xuống chỉ để cập nhật tiến độ; không sửa được nội dung, nhiệm vụ.")
