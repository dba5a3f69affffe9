"""Search that ignores case and diacritics ("nang cao" finds "NÂNG CAO", "d" finds "đ").

SQLite's lower()/LIKE fold ASCII only, so every searched row keeps a ``search_text`` column
already folded by the program (see ``db.hooks``); the query is folded the same way and every
word must occur, as a word prefix ("nang ca" finds "Nâng cao"). On SQLite an FTS5 index over
``search_text`` (migration 0003) answers in milliseconds; on PostgreSQL a LIKE over the same
column needs no extension (whole words: its word-boundary expressions).

Best matches first: the words as one phrase, then every word whole, then every word as a word's
start (each tier one query per kind, stopped once the list is full); within a tier the hit the query
covers most ("UBND quận Ba Đình" before a long sentence naming Ba Đình). The same progress text
written for a task by one unit in several periods is one hit naming the periods.

Search runs on every keystroke, so each statement is built and compiled once per back end and
number of words (``_compiled``), selects only the columns a hit shows, and is driven from the index
so that LIMIT stops it early. The compiled SQL runs on the connection's own driver cursor and the
hits are made from plain tuples: SQLAlchemy's per-execution work (result metadata, a Row object
per row, fetching row by row) cost as much as the query itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import and_, bindparam, func, literal_column, or_, select, table, text

from desktop_app.db.models import Document, Plan, Progress, Task, TaskGroup, Unit
from desktop_app.domain.symbols import format_number_symbol
from desktop_app.domain.text import fold, search_terms
from desktop_app.services.database import Database

KINDS = ("plan", "task", "unit", "progress", "document")

# How well a row matches, best first: the words as a phrase, every word whole, every word as the
# start of a word. Within a tier, a hit whose text the query covers more ("UBND quận Ba Đình" for
# "ba dinh") comes before one where it is a small part of a long sentence.
PHRASE, WORDS, PREFIXES = 0, 1, 2


@dataclass(frozen=True)
class SearchHit:
    kind: str  # plan | task | unit | progress | document
    id: str
    title: str
    detail: str
    plan_id: str | None
    count: int = 1  # progress updates of one task and unit with the same text, folded into one hit


def _columns(kind: str) -> tuple[Any, Any]:
    """What a hit of each kind shows, and the folded column it is found by (its length is the last
    column of every row)."""
    if kind == "plan":
        query: Any = select(Plan.id, Plan.number, Plan.symbol, Plan.title)
        column: Any = Plan.search_text
    elif kind == "task":
        query = (select(Task.id, Task.position, Task.content, TaskGroup.position.label("group_position"),
                        TaskGroup.plan_id).join(TaskGroup, Task.group_id == TaskGroup.id))
        column = Task.search_text
    elif kind == "unit":
        query, column = select(Unit.id, Unit.name, Unit.code), Unit.search_text
    elif kind == "progress":
        query = (select(Progress.id, Progress.period, Progress.result, Progress.difficulties, Progress.proposals,
                        Unit.name, TaskGroup.plan_id, Progress.task_id)
                 .join(Unit, Progress.unit_id == Unit.id).join(Task, Progress.task_id == Task.id)
                 .join(TaskGroup, Task.group_id == TaskGroup.id))
        column = Progress.search_text
    else:
        query, column = select(Document.id, Document.number, Document.symbol, Document.title), Document.search_text
    return query.add_columns(func.length(column)), column


@lru_cache(maxsize=128)
def _statement(kind: str, fts: bool, words: int, tier: int) -> Any:
    query, column = _columns(kind)
    if fts:
        name = column.table.name
        on = literal_column(f"{name}_fts.rowid") == literal_column(f"{name}.rowid")
        query = query.join(table(f"{name}_fts"), on).where(text(f"{name}_fts MATCH :fts_query"))
    elif tier == PREFIXES:
        query = query.where(and_(*[or_(column.like(bindparam(f"start{i}"), escape="\\"),
                                       column.like(bindparam(f"inside{i}"), escape="\\")) for i in range(words)]))
    else:  # whole words (PostgreSQL's \m \M word boundaries), or the whole phrase
        count = 1 if tier == PHRASE else words
        query = query.where(and_(*[column.regexp_match(bindparam(f"word{i}")) for i in range(count)]))
    return query.limit(bindparam("max_hits"))


@lru_cache(maxsize=128)
def _compiled(kind: str, dialect: Any, words: int, tier: int) -> tuple[str, tuple[str, ...] | None, dict[str, Any]]:
    """The statement's SQL for the driver, its parameters' order (positional drivers), their defaults."""
    compiled = _statement(kind, dialect.name == "sqlite", words, tier).compile(dialect=dialect)
    order = tuple(compiled.positiontup) if compiled.positional and compiled.positiontup else None
    return compiled.string, order, {name: bind.value for name, bind in compiled.binds.items()}


def _escape(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _tier_params(terms: list[str], tier: int, fts: bool) -> dict[str, Any]:
    if fts:
        if tier == PHRASE:
            return {"fts_query": _fts_phrase(" ".join(terms))}
        star = "*" if tier == PREFIXES else ""
        return {"fts_query": " ".join(_fts_phrase(t) + star for t in terms)}
    if tier == PREFIXES:
        params = {}
        for i, term in enumerate(terms):
            params[f"start{i}"] = f"{_escape(term)}%"
            params[f"inside{i}"] = f"% {_escape(term)}%"
        return params
    words = [" ".join(terms)] if tier == PHRASE else terms
    return {f"word{i}": rf"\m{re.escape(word)}\M" for i, word in enumerate(words)}


# a row's columns, in the order ``_columns`` selects them
HIT: dict[str, Callable[[Any], SearchHit]] = {
    "plan": lambda r: SearchHit("plan", r[0], f"Kế hoạch {format_number_symbol(r[1], r[2])}", r[3], r[0]),
    "task": lambda r: SearchHit("task", r[0], f"Nhiệm vụ {r[3]}.{r[1]}", r[2], r[4]),
    "unit": lambda r: SearchHit("unit", r[0], r[1], r[2], None),
    "progress": lambda r: SearchHit("progress", r[0], f"Tiến độ {r[1]} — {r[5]}", r[2] or r[3] or r[4], r[6]),
    "document": lambda r: SearchHit("document", r[0], format_number_symbol(r[1], r[2]), r[3], None),
}


def search(db: Database, query: str, limit: int = 50, kinds: tuple[str, ...] = KINDS) -> list[SearchHit]:
    """Hits for every word of ``query`` (case and diacritics ignored), the best matches first:
    phrase, then whole words, then word starts; within each, the hit the query covers most."""
    terms = [t for t in search_terms(query) if any(ch.isalnum() for ch in t)]
    if not terms:
        return []
    fts = db.engine.dialect.name == "sqlite"
    typed = len(" ".join(terms))
    tiers = (PHRASE, WORDS, PREFIXES) if len(terms) > 1 else (WORDS, PREFIXES)
    found: dict[tuple[str, str], tuple[SearchHit, Any]] = {}
    ranked: list[tuple[str, str]] = []
    with db.engine.connect() as conn:
        cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            for tier in tiers:
                params: dict[str, Any] = {"max_hits": limit, **_tier_params(terms, tier, fts)}
                rows: list[tuple[float, int, str, Any]] = []
                for order, kind in enumerate(KINDS):
                    if kind not in kinds:
                        continue
                    sql, names, defaults = _compiled(kind, conn.dialect, len(terms), tier)
                    values = {**defaults, **params}
                    cursor.execute(sql, tuple(values[name] for name in names) if names else values)
                    rows += [(typed / max(row[-1] or 1, typed), order, kind, row) for row in cursor.fetchall()]
                rows.sort(key=lambda item: (-item[0], item[1]))
                for _cover, _order, kind, row in rows:
                    if (kind, row[0]) not in found:
                        found[(kind, row[0])] = (HIT[kind](row), row)
                        ranked.append((kind, row[0]))
                if len(ranked) >= limit:
                    break
        finally:
            cursor.close()
    return _fold_repeated_progress([found[key] for key in ranked])[:limit]


def _fold_repeated_progress(hits: list[tuple[SearchHit, Any]]) -> list[SearchHit]:
    """One hit for the same progress text of one task and unit written in several periods, in the
    place of its best match, naming the periods (newest first) and counting them."""
    same: dict[tuple[str, str, str], list[Any]] = {}
    for hit, row in hits:
        if hit.kind == "progress":
            same.setdefault((row[7], row[5], fold(hit.detail)), []).append(row)
    folded: list[SearchHit] = []
    for hit, row in hits:
        if hit.kind != "progress":
            folded.append(hit)
            continue
        rows = same.pop((row[7], row[5], fold(hit.detail)), None)
        if rows is None:  # already shown with an earlier row of the same text
            continue
        if len(rows) == 1:
            folded.append(hit)
            continue
        rows.sort(key=lambda r: r[1], reverse=True)
        periods = ", ".join(r[1] for r in rows)
        folded.append(SearchHit("progress", rows[0][0], f"Tiến độ {periods} — {row[5]} ({len(rows)} kỳ)",
                                hit.detail, hit.plan_id, count=len(rows)))
    return folded
