"""kits record the charter version and rules they passed under; versions record their announcement

Revision ID: 5e2b9d0a4c61
Revises: f8fe16ecfe1b
Create Date: 2026-11-29 03:45:00

Approved kits are taken as checked under the version in force now; adopted versions already in
force are taken as announced (only later versions send ``charter_in_force``).
"""
from alembic import op
import sqlalchemy as sa
import advocacy.core.models


revision = '5e2b9d0a4c61'
down_revision = 'f8fe16ecfe1b'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('charter_versions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('announced_at', advocacy.core.models.UTCDateTime(timezone=True), nullable=True))
    with op.batch_alter_table('kits', schema=None) as batch_op:
        batch_op.add_column(sa.Column('checked_charter_version_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('checked_rules', sa.String(length=16), server_default='', nullable=False))
        batch_op.add_column(sa.Column('paused_at', advocacy.core.models.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('paused_reason', sa.String(length=20), server_default='', nullable=False))
        batch_op.create_foreign_key(batch_op.f('fk_kits_checked_charter_version_id_charter_versions'),
                                    'charter_versions', ['checked_charter_version_id'], ['id'], ondelete='SET NULL')
    op.execute("""
        UPDATE charter_versions SET announced_at = COALESCE(adopted_at, effective_from)
        WHERE status = 'adopted' AND effective_from <= now()
    """)
    op.execute("""
        UPDATE kits SET checked_charter_version_id = (
            SELECT v.id FROM charter_versions AS v WHERE v.status = 'adopted' AND v.effective_from <= now()
            ORDER BY v.effective_from DESC, v.number DESC LIMIT 1)
        WHERE status = 'approved'
    """)


def downgrade():
    with op.batch_alter_table('kits', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_kits_checked_charter_version_id_charter_versions'), type_='foreignkey')
        batch_op.drop_column('paused_reason')
        batch_op.drop_column('paused_at')
        batch_op.drop_column('checked_rules')
        batch_op.drop_column('checked_charter_version_id')
    with op.batch_alter_table('charter_versions', schema=None) as batch_op:
        batch_op.drop_column('announced_at')
