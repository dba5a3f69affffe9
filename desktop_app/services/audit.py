"""The audit log: an item's history, and a check that the hash chain is unbroken."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from desktop_app.db.hooks import entry_hash
from desktop_app.db.models import AuditEntry
from desktop_app.services.database import Database


@dataclass(frozen=True)
class AuditInfo:
    seq: int
    at: datetime
    os_user: str
    source: str
    action: str
    entity: str
    entity_id: str
    field: str
    old_value: str | None
    new_value: str | None


def _info(e: AuditEntry) -> AuditInfo:
    return AuditInfo(e.seq, e.at, e.os_user, e.source, e.action, e.entity, e.entity_id, e.field,
                     e.old_value, e.new_value)


def history(db: Database, entity_id: str) -> list[AuditInfo]:
    with db.read() as session:
        rows = session.scalars(select(AuditEntry).where(AuditEntry.entity_id == entity_id)
                               .order_by(AuditEntry.seq))
        return [_info(e) for e in rows]


def verify_chain(db: Database) -> list[str]:
    """Problems found in the audit chain: an entry edited, removed or inserted outside the app."""
    problems: list[str] = []
    prev = ""
    with db.read() as session:
        for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).yield_per(2000):
            if entry.prev_hash != prev:
                problems.append(f"Nhật ký #{entry.seq}: không nối tiếp mục trước (mục bị xóa hoặc chèn)")
            if entry_hash(entry.prev_hash, entry) != entry.entry_hash:
                problems.append(f"Nhật ký #{entry.seq}: nội dung bị sửa ngoài chương trình")
            prev = entry.entry_hash
            if len(problems) >= 50:
                break
    return problems
