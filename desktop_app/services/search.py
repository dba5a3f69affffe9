"""Search that ignores case and diacritics ("nang cao" finds "NÂNG CAO", "d" finds "đ").

SQLite's lower()/LIKE fold ASCII only, so every searched row keeps a ``search_text`` column
already folded by the program (see ``db.hooks``); the query is folded the same way and every
word must occur. Plain LIKE works the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import selectinload

from desktop_app.db.models import Document, Plan, Progress, Task, TaskGroup, Unit
from desktop_app.domain.symbols import format_number_symbol
from desktop_app.domain.text import search_terms
from desktop_app.services.database import Database

KINDS = ("plan", "task", "unit", "progress", "document")


@dataclass(frozen=True)
class SearchHit:
    kind: str  # plan | task | unit | progress | document
    id: str
    title: str
    detail: str
    plan_id: str | None


def _escape(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _where(column: Any, terms: list[str]) -> Any:
    return and_(*[column.like(f"%{_escape(t)}%", escape="\\") for t in terms])


def search(db: Database, text: str, limit: int = 50, kinds: tuple[str, ...] = KINDS) -> list[SearchHit]:
    terms = search_terms(text)
    if not terms:
        return []
    hits: list[SearchHit] = []
    with db.read() as session:
        if "plan" in kinds:
            for plan in session.scalars(select(Plan).where(_where(Plan.search_text, terms)).limit(limit)):
                hits.append(SearchHit("plan", plan.id, f"Kế hoạch {format_number_symbol(plan.number, plan.symbol)}",
                                      plan.title, plan.id))
        if "task" in kinds:
            for task in session.scalars(select(Task).where(_where(Task.search_text, terms))
                                        .options(selectinload(Task.group)).limit(limit)):
                hits.append(SearchHit("task", task.id, f"Nhiệm vụ {task.group.position}.{task.position}",
                                      task.content, task.group.plan_id))
        if "unit" in kinds:
            for unit in session.scalars(select(Unit).where(_where(Unit.search_text, terms)).limit(limit)):
                hits.append(SearchHit("unit", unit.id, unit.name, unit.code, None))
        if "progress" in kinds:
            query = (select(Progress, TaskGroup.plan_id).join(Task, Progress.task_id == Task.id)
                     .join(TaskGroup, Task.group_id == TaskGroup.id)
                     .where(_where(Progress.search_text, terms))
                     .options(selectinload(Progress.unit)).limit(limit))
            for row, plan_id in session.execute(query):
                hits.append(SearchHit("progress", row.id, f"Tiến độ {row.period} — {row.unit.name}",
                                      row.result or row.difficulties or row.proposals, plan_id))
        if "document" in kinds:
            for doc in session.scalars(select(Document).where(_where(Document.search_text, terms))
                                       .limit(limit)):
                hits.append(SearchHit("document", doc.id, format_number_symbol(doc.number, doc.symbol),
                                      doc.title, None))
    return hits[:limit]
