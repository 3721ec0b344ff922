"""LinkedIn linked accounts: when a refresh token ends; the plain-text member tokens of tracking dropped

The tokens ``flask tracking token`` stored in ``tracking_account_tokens`` were kept in clear and
carry no member id (the author of posts), so they cannot become linked accounts: they are deleted
with their table. Members link LinkedIn on *My accounts*; the poller reads with that token.

Revision ID: b7d9f1a3c5e8
Revises: a6c8e0b2d4f6
Create Date: 2026-11-29 09:00:00

"""
import sqlalchemy as sa
from alembic import op

revision = 'b7d9f1a3c5e8'
down_revision = 'a6c8e0b2d4f6'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("accounts_linked", sa.Column("refresh_expires_at", sa.DateTime(timezone=True), nullable=True))
    op.drop_index("ix_tracking_account_tokens_person_id", table_name="tracking_account_tokens")
    op.drop_table("tracking_account_tokens")


def downgrade():
    op.create_table(
        "tracking_account_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("network", sa.String(length=20), nullable=False),
        sa.Column("token", sa.Text(), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], name="fk_tracking_account_tokens_person_id_persons",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_tracking_account_tokens"),
        sa.UniqueConstraint("person_id", "network", name="uq_tracking_account_tokens_person_id"),
    )
    op.create_index("ix_tracking_account_tokens_person_id", "tracking_account_tokens", ["person_id"], unique=False)
    op.drop_column("accounts_linked", "refresh_expires_at")
