"""clause translations record the source revision they translate

Revision ID: 9d4c7b1e2a05
Revises: 5e2b9d0a4c61
Create Date: 2026-11-29 04:00:00

Existing clauses start at source revision 1, and an existing English text is taken as translating
it (server defaults: no UPDATE, which the immutability triggers refuse on signed versions).
"""
from alembic import op
import sqlalchemy as sa


revision = '9d4c7b1e2a05'
down_revision = '5e2b9d0a4c61'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('charter_clauses', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source_revision', sa.Integer(), server_default='1', nullable=False))
        batch_op.add_column(sa.Column('translated_revision', sa.Integer(), server_default='1', nullable=False))


def downgrade():
    with op.batch_alter_table('charter_clauses', schema=None) as batch_op:
        batch_op.drop_column('translated_revision')
        batch_op.drop_column('source_revision')
