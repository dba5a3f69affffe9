"""Health checks of an open database: schema at head, integrity, foreign keys, the audit log.

The audit log is checked three ways: its hash chain is unbroken, every audited row holds what the
log says it became (``services.replay``), and the chain still reaches every head known apart from
it (remembered on this computer, in issued reports' records, in files named with ``against``).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError

from desktop_app.db import migrate
from desktop_app.db.models import IssuedReport
from desktop_app.services import heads
from desktop_app.services.audit import ChainHead, verify_chain, verify_head
from desktop_app.services.database import Database
from desktop_app.services.errors import ValidationError
from desktop_app.services.replay import verify_values


@dataclass
class CheckReport:
    revision: str | None
    head: str
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check(db: Database, against: list[Path] | None = None) -> CheckReport:
    """Check ``db``; ``against``: backups, exported files or packages whose chain head is compared too."""
    report = CheckReport(migrate.current_revision(db.engine), migrate.head_revision())
    if report.revision != report.head:
        report.problems.append(f"Lược đồ ở phiên bản {report.revision}, chưa phải {report.head}")
    if db.engine.dialect.name == "sqlite":
        with db.engine.connect() as conn:
            integrity = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
            if integrity != ["ok"]:
                report.problems += [f"integrity_check: {line}" for line in integrity[:20]]
            for row in conn.execute(text("PRAGMA foreign_key_check")).fetchall()[:20]:
                report.problems.append(f"Khóa ngoại hỏng: bảng {row[0]} dòng {row[1]} → {row[2]}")
        report.problems += _search_index_problems(db)
    report.problems += verify_chain(db)
    report.problems += verify_values(db)
    for head, where in known_heads(db, against or []):
        report.problems += verify_head(db, head, where)
    return report


def known_heads(db: Database, against: list[Path]) -> list[tuple[ChainHead, str]]:
    """The chain heads kept apart from the log: remembered here, in issued reports, in the files given."""
    found: list[tuple[ChainHead, str]] = []
    kept = heads.remembered(db)
    if kept is not None:
        found.append((kept[0], f"{kept[1] or 'bản ghi trên máy này'} (ghi nhớ trên máy này)"))
    with db.read() as session:
        issued = session.execute(select(IssuedReport.chain_head, IssuedReport.number, IssuedReport.symbol)
                                 .where(IssuedReport.chain_head != "")).all()
    parsed = [(ChainHead.parse(value), number, symbol) for value, number, symbol in issued]
    newest = max(((h, n, s) for h, n, s in parsed if h is not None), key=lambda item: item[0].count, default=None)
    if newest is not None:
        found.append((newest[0], f"báo cáo đã ban hành số {newest[1]}/{newest[2]}"))
    for path in against:
        head = heads.file_head(path)
        if head is None:
            raise ValidationError.one(str(path), f"Tệp '{path.name}' không mang dấu nhật ký để đối chiếu.")
        found.append((head, f"tệp '{path.name}'"))
    return found


def _search_index_problems(db: Database) -> list[str]:
    """SQLite's full-text indexes against their tables (FTS5 'integrity-check').

    The check is written as an INSERT, so on a file opened read-only it runs on a copy in memory
    instead: a read-only file is not an index error.
    """
    problems: list[str] = []
    with db.engine.connect() as conn:
        for table in SEARCH_INDEXED:
            try:
                conn.execute(text(f"INSERT INTO {table}_fts({table}_fts, rank) VALUES ('integrity-check', 1)"))
            except DatabaseError as exc:
                if "readonly" in str(exc).lower():
                    return _search_index_problems_of_copy(conn.connection.dbapi_connection)
                problems.append(f"Chỉ mục tìm kiếm của bảng {table} lệch dữ liệu "
                                "(sửa bằng: plantrack check --repair)")
    return problems


def _search_index_problems_of_copy(source: Any) -> list[str]:
    copy = sqlite3.connect(":memory:")
    try:
        source.backup(copy)
        problems = []
        for table in SEARCH_INDEXED:
            try:
                copy.execute(f"INSERT INTO {table}_fts({table}_fts, rank) VALUES ('integrity-check', 1)")
            except sqlite3.DatabaseError:
                problems.append(f"Chỉ mục tìm kiếm của bảng {table} lệch dữ liệu "
                                "(sửa bằng: plantrack check --repair)")
        return problems
    finally:
        copy.close()


SEARCH_INDEXED = ("unit", "plan", "task", "progress", "document")


def rebuild_search_index(db: Database) -> None:
    """Rebuild SQLite's full-text indexes from the folded text (after a VACUUM by another tool)."""
    if db.engine.dialect.name != "sqlite":
        return
    with db.engine.begin() as conn:
        for table in SEARCH_INDEXED:
            conn.execute(text(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')"))
