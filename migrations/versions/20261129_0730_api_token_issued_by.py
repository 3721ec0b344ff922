"""api tokens record who issued them (page or operator on the server)

Revision ID: c8e1f3a5b7d9
Revises: 5b9ce7bfc2d0
Create Date: 2026-11-29 07:30:00

"""
import sqlalchemy as sa
from alembic import op

revision = 'c8e1f3a5b7d9'
down_revision = '5b9ce7bfc2d0'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("api_tokens", sa.Column("issued_by", sa.String(length=10), server_default="page", nullable=False))


def downgrade():
    op.drop_column("api_tokens", "issued_by")
