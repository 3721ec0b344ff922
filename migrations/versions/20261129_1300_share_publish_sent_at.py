"""shares: publish_sent_at, the publication request whose answer was never received

Revision ID: e4a6c8f0b2d3
Revises: d3f5a7c9e1b2
Create Date: 2026-11-29 13:00:00

"""
import sqlalchemy as sa
from alembic import op

revision = 'e4a6c8f0b2d3'
down_revision = 'd3f5a7c9e1b2'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shares", sa.Column("publish_sent_at", sa.DateTime(timezone=True), nullable=True))


def downgrade():
    op.drop_column("shares", "publish_sent_at")
