"""kpi_group_days.metric up to 64 characters: 'engagement_pyramid.move.contributors.contributors' is 49

Revision ID: f6a8b0c2d4e7
Revises: c8e1f3a5b7d9
Create Date: 2026-11-29 07:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = 'f6a8b0c2d4e7'
down_revision = 'c8e1f3a5b7d9'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('kpi_group_days', schema=None) as batch_op:
        batch_op.alter_column('metric', existing_type=sa.String(length=48), type_=sa.String(length=64),
                              existing_nullable=False)


def downgrade():
    with op.batch_alter_table('kpi_group_days', schema=None) as batch_op:
        batch_op.alter_column('metric', existing_type=sa.String(length=64), type_=sa.String(length=48),
                              existing_nullable=False)
