"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-23

The first schema: units, documents, plans with targets, task groups and tasks, progress,
ad-hoc periods, settings and the audit log.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('adhoc_period',
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('start_on', sa.Date(), nullable=False),
    sa.Column('end_on', sa.Date(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_adhoc_period')),
    sa.UniqueConstraint('code', name=op.f('uq_adhoc_period_code'))
    )
    op.create_table('audit_entry',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('os_user', sa.String(length=100), nullable=False),
    sa.Column('source', sa.String(length=300), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('entity', sa.String(length=30), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_entry'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entry_entity_id'), ['entity_id'], unique=False)

    op.create_table('document',
    sa.Column('doc_type', sa.String(length=10), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('symbol', sa.String(length=60), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('issuer', sa.String(length=300), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('unit',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('parent_id', sa.String(length=36), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['unit.id'], name=op.f('fk_unit_parent_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_unit'))
    )
    with op.batch_alter_table('unit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_unit_parent_id'), ['parent_id'], unique=False)

    op.create_table('document_link',
    sa.Column('document_id', sa.String(length=36), nullable=False),
    sa.Column('implements_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_document_link_document_id_document'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['implements_id'], ['document.id'], name=op.f('fk_document_link_implements_id_document'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('document_id', 'implements_id', name=op.f('pk_document_link'))
    )
    op.create_table('plan',
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('symbol', sa.String(length=60), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('issuer_unit_id', sa.String(length=36), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('start_year', sa.Integer(), nullable=True),
    sa.Column('end_year', sa.Integer(), nullable=True),
    sa.Column('vision_year', sa.Integer(), nullable=True),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('requirements', sa.Text(), nullable=False),
    sa.Column('deadline_offset_days', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['issuer_unit_id'], ['unit.id'], name=op.f('fk_plan_issuer_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan'))
    )
    with op.batch_alter_table('plan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_issuer_unit_id'), ['issuer_unit_id'], unique=False)

    op.create_table('plan_document',
    sa.Column('plan_id', sa.String(length=36), nullable=False),
    sa.Column('document_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_plan_document_document_id_document'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_plan_document_plan_id_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('plan_id', 'document_id', name=op.f('pk_plan_document'))
    )
    op.create_table('target',
    sa.Column('plan_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('measure', sa.String(length=40), nullable=False),
    sa.Column('baseline', sa.Float(), nullable=True),
    sa.Column('baseline_year', sa.Integer(), nullable=True),
    sa.Column('target_low', sa.Float(), nullable=True),
    sa.Column('target_high', sa.Float(), nullable=True),
    sa.Column('target_year', sa.Integer(), nullable=True),
    sa.Column('direction', sa.String(length=10), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_target_plan_id_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_target'))
    )
    with op.batch_alter_table('target', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_target_plan_id'), ['plan_id'], unique=False)

    op.create_table('task_group',
    sa.Column('plan_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_task_group_plan_id_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_task_group'))
    )
    with op.batch_alter_table('task_group', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_task_group_plan_id'), ['plan_id'], unique=False)

    op.create_table('target_value',
    sa.Column('target_id', sa.String(length=36), nullable=False),
    sa.Column('period', sa.String(length=30), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['target_id'], ['target.id'], name=op.f('fk_target_value_target_id_target'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_target_value')),
    sa.UniqueConstraint('target_id', 'period', name=op.f('uq_target_value_target_id'))
    )
    with op.batch_alter_table('target_value', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_target_value_target_id'), ['target_id'], unique=False)

    op.create_table('task',
    sa.Column('group_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('lead_unit_id', sa.String(length=36), nullable=True),
    sa.Column('output', sa.Text(), nullable=False),
    sa.Column('schedule_kind', sa.String(length=12), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('due_month', sa.Integer(), nullable=True),
    sa.Column('due_day', sa.Integer(), nullable=True),
    sa.Column('start_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['task_group.id'], name=op.f('fk_task_group_id_task_group'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['lead_unit_id'], ['unit.id'], name=op.f('fk_task_lead_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_task'))
    )
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_task_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_task_lead_unit_id'), ['lead_unit_id'], unique=False)

    op.create_table('progress',
    sa.Column('task_id', sa.String(length=36), nullable=False),
    sa.Column('unit_id', sa.String(length=36), nullable=False),
    sa.Column('period', sa.String(length=30), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('percent', sa.Integer(), nullable=True),
    sa.Column('completed_on', sa.Date(), nullable=True),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('difficulties', sa.Text(), nullable=False),
    sa.Column('proposals', sa.Text(), nullable=False),
    sa.Column('references', sa.Text(), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['task_id'], ['task.id'], name=op.f('fk_progress_task_id_task'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_progress_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_progress')),
    sa.UniqueConstraint('task_id', 'unit_id', 'period', name=op.f('uq_progress_task_id'))
    )
    with op.batch_alter_table('progress', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_progress_period'), ['period'], unique=False)
        batch_op.create_index(batch_op.f('ix_progress_task_id'), ['task_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_progress_unit_id'), ['unit_id'], unique=False)

    op.create_table('task_coordinator',
    sa.Column('task_id', sa.String(length=36), nullable=False),
    sa.Column('unit_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['task_id'], ['task.id'], name=op.f('fk_task_coordinator_task_id_task'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_task_coordinator_unit_id_unit'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('task_id', 'unit_id', name=op.f('pk_task_coordinator'))
    )
    with op.batch_alter_table('task_coordinator', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_task_coordinator_unit_id'), ['unit_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('task_coordinator', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_task_coordinator_unit_id'))

    op.drop_table('task_coordinator')
    with op.batch_alter_table('progress', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_progress_unit_id'))
        batch_op.drop_index(batch_op.f('ix_progress_task_id'))
        batch_op.drop_index(batch_op.f('ix_progress_period'))

    op.drop_table('progress')
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_task_lead_unit_id'))
        batch_op.drop_index(batch_op.f('ix_task_group_id'))

    op.drop_table('task')
    with op.batch_alter_table('target_value', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_target_value_target_id'))

    op.drop_table('target_value')
    with op.batch_alter_table('task_group', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_task_group_plan_id'))

    op.drop_table('task_group')
    with op.batch_alter_table('target', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_target_plan_id'))

    op.drop_table('target')
    op.drop_table('plan_document')
    with op.batch_alter_table('plan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_issuer_unit_id'))

    op.drop_table('plan')
    op.drop_table('document_link')
    with op.batch_alter_table('unit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_unit_parent_id'))

    op.drop_table('unit')
    op.drop_table('setting')
    op.drop_table('document')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_entry_entity_id'))

    op.drop_table('audit_entry')
    op.drop_table('adhoc_period')
