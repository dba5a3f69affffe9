"""Copy a whole database to another (SQLite file → shared PostgreSQL server), ids and audit log
and all, then prove the copy: row counts and a SHA-256 checksum per table on both sides."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine, Table, func, insert, select, text

from desktop_app.db.models import Base
from desktop_app.db.opening import open_engine
from desktop_app.services.database import Database
from desktop_app.services.errors import ValidationError

BATCH = 2000


@dataclass(frozen=True)
class TableCopy:
    table: str
    rows: int
    checksum: str


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return value


def _rows(engine: Engine, table: Table) -> list[dict[str, Any]]:
    order = list(table.primary_key.columns)
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(select(table).order_by(*order))]
    if table.name == "unit":  # parents before children, for the self-referencing foreign key
        by_id = {r["id"]: r for r in rows}
        ordered: list[dict[str, Any]] = []
        placed: set[str] = set()

        def place(row: dict[str, Any]) -> None:
            if row["id"] in placed:
                return
            parent = by_id.get(row["parent_id"])
            if parent is not None:
                place(parent)
            placed.add(row["id"])
            ordered.append(row)

        for row in rows:
            place(row)
        rows = ordered
    return rows


def checksum(engine: Engine, table: Table) -> TableCopy:
    rows = _rows(engine, table)
    rows.sort(key=lambda r: json.dumps([_plain(r[c.name]) for c in table.primary_key.columns]))
    digest = hashlib.sha256()
    for row in rows:
        digest.update(json.dumps({k: _plain(v) for k, v in sorted(row.items())}, ensure_ascii=False,
                                 sort_keys=True).encode("utf-8"))
    return TableCopy(table.name, len(rows), digest.hexdigest())


def migrate_to(source: Database, target_url: str,
               progress: Callable[[str, int, int], None] | None = None) -> list[TableCopy]:
    """Copy every table into an empty database at ``target_url`` (created/migrated to head first).

    Refuses a target that already holds data. Runs in one transaction on the target: a failure
    leaves it empty. Returns the verified per-table counts and checksums.
    """
    target = open_engine(target_url)
    try:
        tables = Base.metadata.sorted_tables
        with target.connect() as conn:
            busy = [t.name for t in tables if conn.execute(select(func.count()).select_from(t)).scalar()]
        if busy:
            raise ValidationError.one("target", "Cơ sở dữ liệu đích đã có dữ liệu (bảng " + ", ".join(busy)
                                      + "); chỉ chuyển sang một cơ sở dữ liệu trống.")
        with target.begin() as conn:
            for index, table in enumerate(tables, start=1):
                rows = _rows(source.engine, table)
                for start in range(0, len(rows), BATCH):
                    conn.execute(insert(table), rows[start:start + BATCH])
                if progress:
                    progress(table.name, index, len(tables))
            if target.dialect.name == "postgresql":  # the audit log keeps its numbers
                conn.execute(text("SELECT setval(pg_get_serial_sequence('audit_entry', 'seq'), "
                                  "COALESCE((SELECT max(seq) FROM audit_entry), 0) + 1, false)"))
        copies = []
        for table in tables:
            before, after = checksum(source.engine, table), checksum(target, table)
            if before != after:
                raise ValidationError.one(table.name, f"Bản sao khác bản gốc: {before.rows} → {after.rows} dòng")
            copies.append(after)
        return copies
    finally:
        target.dispose()
