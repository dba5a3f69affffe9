"""The audit log: an item's history, a check that the hash chain is unbroken, and its head.

The chain proves that the entries between its start and a known head were not edited, removed or
inserted. A plain hash chain rewritten whole (every hash recomputed) or cut at its end is only
caught against a head kept somewhere else: backups, exported files and packages, issued reports'
records and the heads this computer remembers (``services.heads``) each carry one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

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


@dataclass(frozen=True)
class ChainHead:
    """Where the audit chain ends: how many entries, and the last one's hash."""

    count: int
    hash: str

    def text(self) -> str:
        return f"{self.count}:{self.hash}"

    def as_json(self) -> dict[str, object]:
        return {"count": self.count, "hash": self.hash}

    @classmethod
    def parse(cls, value: object) -> ChainHead | None:
        """From "N:hash" or {"count": N, "hash": h}; None for anything else (an old file has none)."""
        if isinstance(value, str) and ":" in value:
            number, _, text = value.partition(":")
            value = {"count": number, "hash": text}
        if not isinstance(value, dict):
            return None
        try:
            count = int(value.get("count"))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return None
        digest = value.get("hash")
        return cls(count, digest) if isinstance(digest, str) and count >= 0 else None


def head_in(session: Session) -> ChainHead:
    count = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
    last = session.scalar(select(AuditEntry.entry_hash).order_by(AuditEntry.seq.desc()).limit(1)) or ""
    return ChainHead(count, last)


def chain_head(db: Database) -> ChainHead:
    """The chain's head now: written into backups, exported files, packages and issued reports."""
    with db.read() as session:
        return head_in(session)


def verify_head(db: Database, head: ChainHead, where: str) -> list[str]:
    """Problems when the chain no longer reaches ``head`` (recorded in ``where``): a cut or rewritten log."""
    with db.read() as session:
        count = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
        if count < head.count:
            return [f"Nhật ký chỉ còn {count} mục nhưng {where} ghi {head.count} mục: "
                    f"{head.count - count} mục cuối đã bị xóa ngoài chương trình"]
        if head.count == 0:
            return []
        reached = session.scalar(select(AuditEntry.entry_hash).order_by(AuditEntry.seq)
                                 .offset(head.count - 1).limit(1))
    if reached != head.hash:
        return [f"Mục thứ {head.count} của nhật ký không khớp với {where}: nhật ký đã bị viết lại "
                "ngoài chương trình"]
    return []
