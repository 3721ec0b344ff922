"""linked network accounts (tokens encrypted), our OAuth clients per server, shares published by the service

Revision ID: a6c8e0b2d4f6
Revises: f6a8b0c2d4e7
Create Date: 2026-11-29 06:30:00

"""
import sqlalchemy as sa
from alembic import op

revision = 'a6c8e0b2d4f6'
down_revision = 'f6a8b0c2d4e7'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "accounts_oauth_apps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("network", sa.String(length=20), nullable=False),
        sa.Column("server", sa.String(length=300), nullable=False),
        sa.Column("redirect_uri", sa.String(length=500), nullable=False),
        sa.Column("scopes", sa.String(length=200), nullable=False),
        sa.Column("client_id", sa.String(length=200), nullable=False),
        sa.Column("client_secret_ciphertext", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("network", "server", "redirect_uri"),
    )
    op.create_table(
        "accounts_linked",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("network", sa.String(length=20), nullable=False),
        sa.Column("server", sa.String(length=300), nullable=False),
        sa.Column("account_id", sa.String(length=300), nullable=False),
        sa.Column("handle", sa.String(length=320), nullable=False),
        sa.Column("profile_url", sa.String(length=500), nullable=True),
        sa.Column("app_id", sa.Integer(), nullable=True),
        sa.Column("scopes", sa.String(length=300), nullable=False),
        sa.Column("token_ciphertext", sa.Text(), nullable=False),
        sa.Column("refresh_ciphertext", sa.Text(), nullable=True),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("refused_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["app_id"], ["accounts_oauth_apps.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("network", "server", "account_id"),
    )
    op.create_index(op.f("ix_accounts_linked_person_id"), "accounts_linked", ["person_id"], unique=False)
    op.add_column("shares", sa.Column("publish_state", sa.String(length=12), nullable=True))
    op.add_column("shares", sa.Column("publish_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("shares", sa.Column("publish_error", sa.String(length=300), nullable=True))
    op.add_column("shares", sa.Column("publish_attempts", sa.Integer(), server_default="0", nullable=False))
    op.add_column("shares", sa.Column("linked_account_id", sa.Integer(), nullable=True))
    op.add_column("shares", sa.Column("post_id", sa.String(length=300), nullable=True))
    op.create_foreign_key("shares_linked_account_id_fkey", "shares", "accounts_linked", ["linked_account_id"], ["id"],
                          ondelete="SET NULL")


def downgrade():
    op.drop_constraint("shares_linked_account_id_fkey", "shares", type_="foreignkey")
    for column in ("post_id", "linked_account_id", "publish_attempts", "publish_error", "publish_at", "publish_state"):
        op.drop_column("shares", column)
    op.drop_index(op.f("ix_accounts_linked_person_id"), table_name="accounts_linked")
    op.drop_table("accounts_linked")
    op.drop_table("accounts_oauth_apps")
