"""point entries record the charter version and whether they are redeemable

Revision ID: c7a1e0f2b317
Revises: 239fdd1ccc9b
Create Date: 2026-11-29 03:30:00

Existing rows get the version in force when they were earned; they are redeemable only if that
version provided rewards (points earned while rewards were off never become redeemable).
"""
from alembic import op
import sqlalchemy as sa


revision = 'c7a1e0f2b317'
down_revision = '239fdd1ccc9b'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('point_entries', schema=None) as batch_op:
        batch_op.add_column(sa.Column('charter_version_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('redeemable', sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.create_index(batch_op.f('ix_point_entries_charter_version_id'), ['charter_version_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_point_entries_charter_version_id_charter_versions'),
                                    'charter_versions', ['charter_version_id'], ['id'], ondelete='SET NULL')
    op.execute("""
        UPDATE point_entries AS p SET charter_version_id = (
            SELECT v.id FROM charter_versions AS v
            WHERE v.status = 'adopted' AND v.effective_from <= p.created_at
            ORDER BY v.effective_from DESC, v.number DESC LIMIT 1)
    """)
    op.execute("""
        UPDATE point_entries AS p SET redeemable = COALESCE((
            SELECT (v.policy ->> 'rewards') = 'true' FROM charter_versions AS v
            WHERE v.id = p.charter_version_id), false)
    """)


def downgrade():
    with op.batch_alter_table('point_entries', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_point_entries_charter_version_id_charter_versions'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_point_entries_charter_version_id'))
        batch_op.drop_column('redeemable')
        batch_op.drop_column('charter_version_id')
