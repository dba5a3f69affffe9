"""review of progress updates, plan revisions, evidence documents

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24

- ``progress``: review by the compiling office — ``review_state`` (draft | submitted | accepted |
  returned; existing rows become "draft", which counts as before), ``review_reason``,
  ``reviewed_by``, ``reviewed_at``, ``submitted_at``.
- ``plan_amendment``: the documents that amend a plan (Kế hoạch sửa đổi, bổ sung; QĐ; CV).
- ``task_revision``: each task as an amendment set it, from a date on (full snapshots).
- ``attachment`` / ``attachment_blob``: reference documents of a plan, task or progress update,
  the files kept inside the database by SHA-256 (so backups and PostgreSQL include them).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _stamped() -> list[sa.Column]:  # type: ignore[type-arg]
    return [sa.Column("id", sa.String(length=36), nullable=False),
            sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("version", sa.Integer(), nullable=False)]


def upgrade() -> None:
    with op.batch_alter_table("progress") as batch:
        batch.add_column(sa.Column("review_state", sa.String(length=12), nullable=False,
                                   server_default="draft"))
        batch.add_column(sa.Column("review_reason", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("reviewed_by", sa.String(length=100), nullable=False, server_default=""))
        batch.add_column(sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=True))

    op.create_table(
        "plan_amendment",
        sa.Column("plan_id", sa.String(length=36), nullable=False),
        sa.Column("document_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["document.id"], name=op.f("fk_plan_amendment_document_id_document"),
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], name=op.f("fk_plan_amendment_plan_id_plan"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("plan_id", "document_id", name=op.f("pk_plan_amendment")),
    )
    op.create_table(
        "task_revision",
        sa.Column("task_id", sa.String(length=36), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=True),
        sa.Column("document_id", sa.String(length=36), nullable=True),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("lead_unit_id", sa.String(length=36), nullable=True),
        sa.Column("coordinating_unit_ids", sa.Text(), nullable=False),
        sa.Column("output", sa.Text(), nullable=False),
        sa.Column("schedule_kind", sa.String(length=12), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("due_month", sa.Integer(), nullable=True),
        sa.Column("due_day", sa.Integer(), nullable=True),
        sa.Column("dropped", sa.Boolean(), nullable=False),
        *_stamped(),
        sa.ForeignKeyConstraint(["document_id"], ["document.id"], name=op.f("fk_task_revision_document_id_document"),
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["lead_unit_id"], ["unit.id"], name=op.f("fk_task_revision_lead_unit_id_unit")),
        sa.ForeignKeyConstraint(["task_id"], ["task.id"], name=op.f("fk_task_revision_task_id_task"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task_revision")),
        sa.UniqueConstraint("task_id", "effective_from", name=op.f("uq_task_revision_task_id")),
    )
    with op.batch_alter_table("task_revision") as batch:
        batch.create_index(batch.f("ix_task_revision_task_id"), ["task_id"], unique=False)
        batch.create_index(batch.f("ix_task_revision_document_id"), ["document_id"], unique=False)
        batch.create_index(batch.f("ix_task_revision_lead_unit_id"), ["lead_unit_id"], unique=False)

    op.create_table(
        "attachment",
        sa.Column("owner_kind", sa.String(length=10), nullable=False),
        sa.Column("owner_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("symbol", sa.String(length=60), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("issuer", sa.String(length=300), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("mime", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        *_stamped(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment") as batch:
        batch.create_index(batch.f("ix_attachment_owner_id"), ["owner_id"], unique=False)
        batch.create_index(batch.f("ix_attachment_sha256"), ["sha256"], unique=False)

    op.create_table(
        "attachment_blob",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachment_blob")),
    )


def downgrade() -> None:
    op.drop_table("attachment_blob")
    with op.batch_alter_table("attachment") as batch:
        batch.drop_index(batch.f("ix_attachment_sha256"))
        batch.drop_index(batch.f("ix_attachment_owner_id"))
    op.drop_table("attachment")
    with op.batch_alter_table("task_revision") as batch:
        batch.drop_index(batch.f("ix_task_revision_lead_unit_id"))
        batch.drop_index(batch.f("ix_task_revision_document_id"))
        batch.drop_index(batch.f("ix_task_revision_task_id"))
    op.drop_table("task_revision")
    op.drop_table("plan_amendment")
    with op.batch_alter_table("progress") as batch:
        batch.drop_column("submitted_at")
        batch.drop_column("reviewed_at")
        batch.drop_column("reviewed_by")
        batch.drop_column("review_reason")
        batch.drop_column("review_state")
