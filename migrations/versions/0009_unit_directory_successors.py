"""the national unit directory and successor units

Revision ID: 0009
Revises: 0006
Create Date: 2026-12-06

- ``unit.official_code``: the code of Quyết định 19/2025/QĐ-TTg for a province ("01") or a
  commune-level unit ("00004"); NULL for offices and for units entered by hand. Unique: the code,
  not the name, tells Phường Ba Đình (Hà Nội) from Xã Ba Đình (Thanh Hóa).
- ``unit.dissolved_on``: the day a unit ceased to exist (e.g. 01/07/2025 for the districts);
  existing rows get NULL (still existing).
- ``unit_successor``: which unit(s) took over a dissolved unit's work (many-to-many).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("unit") as batch:
        batch.add_column(sa.Column("official_code", sa.String(length=10), nullable=True))
        batch.add_column(sa.Column("dissolved_on", sa.Date(), nullable=True))
        batch.create_index(batch.f("ix_unit_official_code"), ["official_code"], unique=True)
    op.create_table(
        "unit_successor",
        sa.Column("unit_id", sa.String(length=36), nullable=False),
        sa.Column("successor_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_unit_successor_unit_id_unit"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["successor_id"], ["unit.id"], name=op.f("fk_unit_successor_successor_id_unit"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("unit_id", "successor_id", name=op.f("pk_unit_successor")),
    )
    with op.batch_alter_table("unit_successor") as batch:
        batch.create_index(batch.f("ix_unit_successor_successor_id"), ["successor_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("unit_successor") as batch:
        batch.drop_index(batch.f("ix_unit_successor_successor_id"))
    op.drop_table("unit_successor")
    with op.batch_alter_table("unit") as batch:
        batch.drop_index(batch.f("ix_unit_official_code"))
        batch.drop_column("dissolved_on")
        batch.drop_column("official_code")
