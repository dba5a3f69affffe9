"""received plans are read-only; progress remembers the version last received

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23

``plan.locked``: a plan received from the level above (district → ward) keeps its structure
read-only; only progress is filled. ``progress.synced_at``: the sender's change time of the
version last imported, so that an import can tell a local edit from an older copy and report
a conflict instead of overwriting.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("plan") as batch:
        batch.add_column(sa.Column("locked", sa.Boolean(), nullable=False, server_default="0"))
    with op.batch_alter_table("progress") as batch:
        batch.add_column(sa.Column("synced_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("progress") as batch:
        batch.drop_column("synced_at")
    with op.batch_alter_table("plan") as batch:
        batch.drop_column("locked")
