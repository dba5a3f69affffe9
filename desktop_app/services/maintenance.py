"""Health checks of an open database: schema at head, integrity, foreign keys, audit chain."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from desktop_app.db import migrate
from desktop_app.services.audit import verify_chain
from desktop_app.services.database import Database


@dataclass
class CheckReport:
    revision: str | None
    head: str
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check(db: Database) -> CheckReport:
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
            for table in SEARCH_INDEXED:
                try:
                    conn.execute(text(f"INSERT INTO {table}_fts({table}_fts, rank) VALUES ('integrity-check', 1)"))
                except DatabaseError:
                    report.problems.append(f"Chỉ mục tìm kiếm của bảng {table} lệch dữ liệu "
                                           "(sửa bằng: plantrack check --repair)")
    report.problems += verify_chain(db)
    return report


SEARCH_INDEXED = ("unit", "plan", "task", "progress", "document")


def rebuild_search_index(db: Database) -> None:
    """Rebuild SQLite's full-text indexes from the folded text (after a VACUUM by another tool)."""
    if db.engine.dialect.name != "sqlite":
        return
    with db.engine.begin() as conn:
        for table in SEARCH_INDEXED:
            conn.execute(text(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')"))
