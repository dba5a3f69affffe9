"""Search that ignores case and diacritics ("nang cao" finds "NÂNG CAO", "d" finds "đ").

SQLite's lower()/LIKE fold ASCII only, so every searched row keeps a ``search_text`` column
already folded by the program (see ``db.hooks``); the query is folded the same way and every
word must occur, as a word prefix ("nang ca" finds "Nâng cao"). On SQLite an FTS5 index over
``search_text`` (migration 0003) answers in milliseconds; on PostgreSQL a LIKE over the same
column needs no extension.

Search runs on every keystroke, so each statement is built and compiled once per back end and
number of words (``_compiled``), selects only the columns a hit shows, and is driven from the index
so that LIMIT stops it early. The compiled SQL runs on the connection's own driver cursor and the
hits are made from plain tuples: SQLAlchemy's per-execution work (result metadata, a Row object
per row, fetching row by row) cost as much as the query itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import and_, bindparam, literal_column, or_, select, table, text

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


def _columns(kind: str) -> tuple[Any, Any]:
    """What a hit of each kind shows, and the folded column it is found by."""
    if kind == "plan":
        return select(Plan.id, Plan.number, Plan.symbol, Plan.title), Plan.search_text
    if kind == "task":
        return (select(Task.id, Task.position, Task.content, TaskGroup.position.label("group_position"),
                       TaskGroup.plan_id).join(TaskGroup, Task.group_id == TaskGroup.id), Task.search_text)
    if kind == "unit":
        return select(Unit.id, Unit.name, Unit.code), Unit.search_text
    if kind == "progress":
        return (select(Progress.id, Progress.period, Progress.result, Progress.difficulties, Progress.proposals,
                       Unit.name, TaskGroup.plan_id)
                .join(Unit, Progress.unit_id == Unit.id).join(Task, Progress.task_id == Task.id)
                .join(TaskGroup, Task.group_id == TaskGroup.id), Progress.search_text)
    return select(Document.id, Document.number, Document.symbol, Document.title), Document.search_text


@lru_cache(maxsize=64)
def _statement(kind: str, fts: bool, words: int) -> Any:
    query, column = _columns(kind)
    if fts:
        name = column.table.name
        on = literal_column(f"{name}_fts.rowid") == literal_column(f"{name}.rowid")
        query = query.join(table(f"{name}_fts"), on).where(text(f"{name}_fts MATCH :fts_query"))
    else:
        query = query.where(and_(*[or_(column.like(bindparam(f"start{i}"), escape="\\"),
                                       column.like(bindparam(f"inside{i}"), escape="\\")) for i in range(words)]))
    return query.limit(bindparam("max_hits"))


@lru_cache(maxsize=64)
def _compiled(kind: str, dialect: Any, words: int) -> tuple[str, tuple[str, ...] | None, dict[str, Any]]:
    """The statement's SQL for the driver, its parameters' order (positional drivers), their defaults."""
    compiled = _statement(kind, dialect.name == "sqlite", words).compile(dialect=dialect)
    order = tuple(compiled.positiontup) if compiled.positional and compiled.positiontup else None
    return compiled.string, order, {name: bind.value for name, bind in compiled.binds.items()}


def _escape(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# a row's columns, in the order ``_columns`` selects them
HIT: dict[str, Callable[[Any], SearchHit]] = {
    "plan": lambda r: SearchHit("plan", r[0], f"Kế hoạch {format_number_symbol(r[1], r[2])}", r[3], r[0]),
    "task": lambda r: SearchHit("task", r[0], f"Nhiệm vụ {r[3]}.{r[1]}", r[2], r[4]),
    "unit": lambda r: SearchHit("unit", r[0], r[1], r[2], None),
    "progress": lambda r: SearchHit("progress", r[0], f"Tiến độ {r[1]} — {r[5]}", r[2] or r[3] or r[4], r[6]),
    "document": lambda r: SearchHit("document", r[0], format_number_symbol(r[1], r[2]), r[3], None),
}


def search(db: Database, query: str, limit: int = 50, kinds: tuple[str, ...] = KINDS) -> list[SearchHit]:
    terms = [t for t in search_terms(query) if any(ch.isalnum() for ch in t)]
    if not terms:
        return []
    fts = db.engine.dialect.name == "sqlite"
    params: dict[str, Any] = {"max_hits": limit}
    if fts:
        params["fts_query"] = " ".join('"' + t.replace('"', '""') + '"*' for t in terms)
    else:
        for i, term in enumerate(terms):
            params[f"start{i}"] = f"{_escape(term)}%"
            params[f"inside{i}"] = f"% {_escape(term)}%"
    hits: list[SearchHit] = []
    with db.engine.connect() as conn:
        cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            for kind in KINDS:
                if kind in kinds and len(hits) < limit:
                    sql, order, defaults = _compiled(kind, conn.dialect, len(terms))
                    values = {**defaults, **params}
                    cursor.execute(sql, tuple(values[name] for name in order) if order else values)
                    hits += map(HIT[kind], cursor.fetchall())
        finally:
            cursor.close()
    return hits[:limit]
