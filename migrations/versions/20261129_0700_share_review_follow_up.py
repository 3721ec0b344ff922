"""share reviews record what the author did after a fail (edited or deleted the post, and when)

Revision ID: e5f7a9b1c3d6
Revises: b5d7f9a1c3e6
Create Date: 2026-11-29 07:00:00

"""
import sqlalchemy as sa
from alembic import op

revision = 'e5f7a9b1c3d6'
down_revision = 'b5d7f9a1c3e6'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("share_reviews", sa.Column("resolution", sa.String(length=10), server_default="", nullable=False))
    op.add_column("share_reviews", sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True))


def downgrade():
    op.drop_column("share_reviews", "resolved_at")
    op.drop_column("share_reviews", "resolution")
