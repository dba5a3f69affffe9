"""issued reports

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

A report, once issued, is kept frozen: its number and date, the data it showed (JSON) and the
PDF / DOCX bytes, so it can be reopened exactly as issued whatever happens to the tasks later.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('issued_report',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('plan_id', sa.String(length=36), nullable=False),
    sa.Column('period', sa.String(length=30), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('unit_id', sa.String(length=36), nullable=True),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('symbol', sa.String(length=60), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('data_json', sa.Text(), nullable=False),
    sa.Column('pdf', sa.LargeBinary(), nullable=False),
    sa.Column('docx', sa.LargeBinary(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_issued_report'))
    )
    with op.batch_alter_table('issued_report', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_issued_report_plan_id'), ['plan_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('issued_report', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_issued_report_plan_id'))

    op.drop_table('issued_report')
