"""files kept with an issued report: electronic copy, its metadata and annex, signed copies

Revision ID: 0011
Revises: 0006
Create Date: 2026-12-06

``issued_report_file``: the electronic copy to be signed (PDF/A), its Phụ lục VI metadata (JSON),
the annex in its own file, and signed copies returned by a signing tool; each kept by SHA-256 and
never updated. Existing issued reports keep their printed PDF / DOCX as before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "issued_report_file",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("report_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=30), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["report_id"], ["issued_report.id"],
                                name=op.f("fk_issued_report_file_report_id_issued_report"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issued_report_file")),
        sa.UniqueConstraint("report_id", "sha256", name=op.f("uq_issued_report_file_report_id")),
    )
    with op.batch_alter_table("issued_report_file") as batch:
        batch.create_index(batch.f("ix_issued_report_file_report_id"), ["report_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("issued_report_file") as batch:
        batch.drop_index(batch.f("ix_issued_report_file_report_id"))
    op.drop_table("issued_report_file")
