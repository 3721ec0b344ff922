"""kpi erased cohorts: an erased member's retention cohort kept under their anonymous token (erasure cannot move retention)

Revision ID: f2b4d6e8a0c1
Revises: e4a6c8f0b2d4
Create Date: 2026-11-29 14:30:00

"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = 'f2b4d6e8a0c1'
down_revision = 'e4a6c8f0b2d4'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "kpi_erased_cohorts",
        sa.Column("token", sa.Integer(), nullable=False),
        sa.Column("joined", postgresql.ARRAY(sa.Date()), nullable=False),
        sa.Column("until", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("token"),
    )


def downgrade():
    op.drop_table("kpi_erased_cohorts")
