"""full-text search index over the folded search text (SQLite only)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

On SQLite, each searched table gets an FTS5 index of its ``search_text`` (external content,
kept in step by triggers), so search-as-you-type stays fast with 100,000 tasks. PostgreSQL
needs nothing: it searches ``search_text`` with LIKE, no extension required.
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

SEARCHED = ("unit", "plan", "task", "progress", "document")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in SEARCHED:
        fts = f"{table}_fts"
        op.execute(f"CREATE VIRTUAL TABLE {fts} USING fts5(search_text, content='{table}', "
                   f"content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')")
        op.execute(f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
                   f"INSERT INTO {fts}(rowid, search_text) VALUES (new.rowid, new.search_text); END")
        op.execute(f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
                   f"INSERT INTO {fts}({fts}, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); END")
        op.execute(f"CREATE TRIGGER {fts}_au AFTER UPDATE OF search_text ON {table} BEGIN "
                   f"INSERT INTO {fts}({fts}, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); "
                   f"INSERT INTO {fts}(rowid, search_text) VALUES (new.rowid, new.search_text); END")
        op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in SEARCHED:
        fts = f"{table}_fts"
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {fts}")
