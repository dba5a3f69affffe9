"""the database's mark, and the audit chain's head in each issued report's record

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06

- SQLite: ``PRAGMA application_id`` is set to the program's mark (``db.opening.APPLICATION_ID``),
  so a file is known as ours by its header; a file without the mark that has any table and no
  revision table of ours is refused untouched. Earlier databases of ours get the mark here.
- ``setting`` "audit_exact_from": the last audit entry written before this upgrade. Older versions
  logged a new row before the keys filled from relationships were known (a target's plan_id as
  empty) and did not log rows removed from a collection; ``check`` replays entries up to this one
  with that in mind (see ``services.replay``).
- ``issued_report.chain_head``: the audit chain's head (entry count and last hash, "N:hash") when
  the report was issued, one of the heads kept apart from the log that ``check`` compares with.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

APPLICATION_ID = 0x504C544B  # "PLTK"; the same constant as desktop_app.db.opening.APPLICATION_ID


def upgrade() -> None:
    with op.batch_alter_table("issued_report") as batch:
        batch.add_column(sa.Column("chain_head", sa.String(length=80), nullable=False, server_default=""))
    bind = op.get_bind()
    last = bind.execute(sa.text("SELECT max(seq) FROM audit_entry")).scalar() or 0
    setting = sa.table("setting", sa.column("key", sa.String), sa.column("value", sa.Text))
    if last:  # a new database has no older entries (and stays empty, e.g. for migrate-to)
        bind.execute(setting.delete().where(setting.c.key == "audit_exact_from"))
        bind.execute(setting.insert().values(key="audit_exact_from", value=str(last)))
    if bind.dialect.name == "sqlite":
        op.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def downgrade() -> None:
    setting = sa.table("setting", sa.column("key", sa.String))
    op.get_bind().execute(setting.delete().where(setting.c.key == "audit_exact_from"))
    if op.get_bind().dialect.name == "sqlite":
        op.execute("PRAGMA application_id = 0")
    with op.batch_alter_table("issued_report") as batch:
        batch.drop_column("chain_head")
