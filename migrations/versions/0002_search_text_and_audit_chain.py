"""folded search text and a hash-chained audit log

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

Adds ``search_text`` (case and diacritics folded, đ → d) to the searched tables and fills it
from the existing rows; adds ``prev_hash`` / ``entry_hash`` to the audit log and chains the
existing entries in their order.

The folding and hashing rules are frozen copies here, so this migration keeps doing what it did
even if the application's own rules change later.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_SPACES = re.compile(r"\s+")

SEARCHED = {
    "unit": ["code", "name"],
    "plan": ["number", "symbol", "title", "purpose", "requirements"],
    "task": ["content", "output"],
    "progress": ["result", "difficulties", "proposals", "references"],
    "document": ["number", "symbol", "issuer", "title"],
}


def _fold(value: str) -> str:
    text = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    return _SPACES.sub(" ", text.casefold()).strip()


def _joined(number: str, symbol: str) -> str:
    if not symbol or not number:
        return number or symbol
    if "/" in symbol and "-" not in symbol:
        return f"{number}-{symbol}"
    return f"{number}/{symbol}"


def _iso(value: object) -> str:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    assert isinstance(value, datetime)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat()


def upgrade() -> None:
    for table in SEARCHED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("search_text", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("audit_entry") as batch:
        batch.add_column(sa.Column("prev_hash", sa.String(64), nullable=False, server_default=""))
        batch.add_column(sa.Column("entry_hash", sa.String(64), nullable=False, server_default=""))

    bind = op.get_bind()
    for table, columns in SEARCHED.items():
        t = sa.table(table, sa.column("id"), sa.column("search_text"), *map(sa.column, columns))
        rows = bind.execute(sa.select(t)).mappings().all()
        for row in rows:
            parts = [row[c] or "" for c in columns]
            if table in ("plan", "document"):
                parts.insert(0, _joined(row["number"] or "", row["symbol"] or ""))
            bind.execute(t.update().where(t.c.id == row["id"]).values(search_text=_fold(" ".join(parts))))

    audit = sa.table("audit_entry", *map(sa.column, [
        "seq", "at", "os_user", "source", "action", "entity", "entity_id", "field", "old_value",
        "new_value", "prev_hash", "entry_hash"]))
    prev = ""
    for row in bind.execute(sa.select(audit).order_by(audit.c.seq)).mappings().all():
        payload = json.dumps([prev, _iso(row["at"]), row["os_user"], row["source"], row["action"],
                              row["entity"], row["entity_id"], row["field"], row["old_value"],
                              row["new_value"]], ensure_ascii=False)
        digest = hashlib.sha256(payload.encode("utf-8")).hexdigest()
        bind.execute(audit.update().where(audit.c.seq == row["seq"])
                     .values(prev_hash=prev, entry_hash=digest))
        prev = digest


def downgrade() -> None:
    with op.batch_alter_table("audit_entry") as batch:
        batch.drop_column("entry_hash")
        batch.drop_column("prev_hash")
    for table in SEARCHED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("search_text")
