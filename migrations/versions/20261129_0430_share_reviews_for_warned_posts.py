"""share reviews: compliance decides on shares the disclosure checker warned about

Revision ID: c3d5e7f9a1b2
Revises: 417b0acf9921
Create Date: 2026-11-29 04:30:00

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = 'c3d5e7f9a1b2'
down_revision = '417b0acf9921'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "share_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("share_id", sa.Integer(), nullable=False),
        sa.Column("reviewer_id", sa.Integer(), nullable=True),
        sa.Column("decision", sa.String(length=8), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("rules", sa.String(length=400), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["share_id"], ["shares.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["reviewer_id"], ["persons.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("share_id"),
    )
    op.create_index(op.f("ix_share_reviews_reviewer_id"), "share_reviews", ["reviewer_id"], unique=False)


def downgrade():
    op.drop_index(op.f("ix_share_reviews_reviewer_id"), table_name="share_reviews")
    op.drop_table("share_reviews")
