"""shares remember a Bluesky post's author DID and at:// URI (resolved from the handle once)

Revision ID: b5d7f9a1c3e6
Revises: d4e6f8a0b2c4
Create Date: 2026-11-29 06:00:00

"""
import sqlalchemy as sa
from alembic import op

revision = 'b5d7f9a1c3e6'
down_revision = 'd4e6f8a0b2c4'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shares", sa.Column("author_did", sa.String(length=300), nullable=True))
    op.add_column("shares", sa.Column("at_uri", sa.String(length=1000), nullable=True))


def downgrade():
    op.drop_column("shares", "at_uri")
    op.drop_column("shares", "author_did")
