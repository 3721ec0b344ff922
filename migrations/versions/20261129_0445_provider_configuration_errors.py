"""provider throttles remember a configuration error (setting, detail, since) for admins

Revision ID: d4e6f8a0b2c4
Revises: c3d5e7f9a1b2
Create Date: 2026-11-29 04:45:00

"""
import sqlalchemy as sa
from alembic import op

revision = 'd4e6f8a0b2c4'
down_revision = 'c3d5e7f9a1b2'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("tracking_provider_throttles", sa.Column("config_setting", sa.String(length=60), nullable=True))
    op.add_column("tracking_provider_throttles", sa.Column("config_detail", sa.String(length=200), nullable=True))
    op.add_column("tracking_provider_throttles",
                  sa.Column("config_since", sa.DateTime(timezone=True), nullable=True))


def downgrade():
    op.drop_column("tracking_provider_throttles", "config_since")
    op.drop_column("tracking_provider_throttles", "config_detail")
    op.drop_column("tracking_provider_throttles", "config_setting")
