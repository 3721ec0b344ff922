"""kpi member counts published per calendar week (a denominator moves only once k people joined or left)

Revision ID: e4a6c8f0b2d4
Revises: 7c1e9a3b5d2f
Create Date: 2026-11-29 14:00:00

"""
import sqlalchemy as sa
from alembic import op

revision = 'e4a6c8f0b2d4'
down_revision = '7c1e9a3b5d2f'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "kpi_member_releases",
        sa.Column("week", sa.Date(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("population", sa.String(length=16), nullable=False),
        sa.Column("members", sa.Integer(), nullable=False),
        sa.Column("true_count", sa.Integer(), nullable=False),
        sa.Column("k", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("week", "team_id", "population"),
    )


def downgrade():
    op.drop_table("kpi_member_releases")
