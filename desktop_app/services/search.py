"""Search that ignores case and diacritics ("nang cao" finds "NÂNG CAO", "d" finds "đ").

SQLite's lower()/LIKE fold ASCII only, so every searched row keeps a ``search_text`` column
already folded by the program (see ``db.hooks``); the query is folded the same way and every
word must occur, as a word prefix ("nang ca" finds "Nâng cao"). On SQLite an FTS5 index over
``search_text`` (migration 0003) answers in milliseconds; on PostgreSQL a LIKE over the same
column needs no extension.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, or_, select, text
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


class _Matcher:
    """Builds the WHERE clause for one back end: FTS5 on SQLite, word-prefix LIKE elsewhere."""

    def __init__(self, dialect: str, terms: list[str]) -> None:
        self.fts = dialect == "sqlite"
        self.terms = terms
        self.query = " ".join('"' + t.replace('"', '""') + '"*' for t in terms)

    def __call__(self, column: Any) -> Any:
        if self.fts:
            table = column.table.name
            return text(f"{table}.rowid IN (SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH :fts_query)"
                        ).bindparams(fts_query=self.query)
        return and_(*[or_(column.like(f"{_escape(t)}%", escape="\\"),
                          column.like(f"% {_escape(t)}%", escape="\\")) for t in self.terms])


def search(db: Database, query: str, limit: int = 50, kinds: tuple[str, ...] = KINDS) -> list[SearchHit]:
    terms = [t for t in search_terms(query) if any(ch.isalnum() for ch in t)]
    if not terms:
        return []
    _where = _Matcher(db.engine.dialect.name, terms)
    hits: list[SearchHit] = []
    with db.read() as session:
        if "plan" in kinds:
            for plan in session.scalars(select(Plan).where(_where(Plan.search_text)).limit(limit)):
                hits.append(SearchHit("plan", plan.id, f"Kế hoạch {format_number_symbol(plan.number, plan.symbol)}",
                                      plan.title, plan.id))
        if "task" in kinds:
            for task in session.scalars(select(Task).where(_where(Task.search_text))
                                        .options(selectinload(Task.group)).limit(limit)):
                hits.append(SearchHit("task", task.id, f"Nhiệm vụ {task.group.position}.{task.position}",
                                      task.content, task.group.plan_id))
        if "unit" in kinds:
            for unit in session.scalars(select(Unit).where(_where(Unit.search_text)).limit(limit)):
                hits.append(SearchHit("unit", unit.id, unit.name, unit.code, None))
        if "progress" in kinds:
            progress_query = (select(Progress, TaskGroup.plan_id).join(Task, Progress.task_id == Task.id)
                              .join(TaskGroup, Task.group_id == TaskGroup.id)
                              .where(_where(Progress.search_text))
                              .options(selectinload(Progress.unit)).limit(limit))
            for row, plan_id in session.execute(progress_query):
                hits.append(SearchHit("progress", row.id, f"Tiến độ {row.period} — {row.unit.name}",
                                      row.result or row.difficulties or row.proposals, plan_id))
        if "document" in kinds:
            for doc in session.scalars(select(Document).where(_where(Document.search_text))
                                       .limit(limit)):
                hits.append(SearchHit("document", doc.id, format_number_symbol(doc.number, doc.symbol),
                                      doc.title, None))
    return hits[:limit]
