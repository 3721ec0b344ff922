"""consent statistics released per calendar week (frozen; no live figures)

Revision ID: b8d0f2a4c6e8
Revises: b7d9f1a3c5e8
Create Date: 2026-11-29 10:00:00

"""
import sqlalchemy as sa
from alembic import op

revision = 'b8d0f2a4c6e8'
down_revision = 'b7d9f1a3c5e8'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "consent_aggregate_releases",
        sa.Column("week", sa.Date(), nullable=False),
        sa.Column("cells", sa.JSON(), nullable=False),
        sa.Column("k", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("week"),
    )


def downgrade():
    op.drop_table("consent_aggregate_releases")
