"""person team history: the team a person was in until each move (KPI re-rolls credit a day to the team of its week)

Revision ID: a3c5e7f9b1d2
Revises: f2b4d6e8a0c1
Create Date: 2026-11-29 14:45:00

"""
import sqlalchemy as sa
from alembic import op

revision = 'a3c5e7f9b1d2'
down_revision = 'f2b4d6e8a0c1'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "person_team_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("until", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_person_team_history_person_until", "person_team_history", ["person_id", "until"])
    # every path that moves a person (pages, SSO, SCIM, bulk updates) leaves the same trace
    op.execute("""
        CREATE FUNCTION person_team_moved() RETURNS trigger AS $$
        BEGIN
            INSERT INTO person_team_history (person_id, team_id, until) VALUES (OLD.id, OLD.team_id, now());
            RETURN NEW;
        END $$ LANGUAGE plpgsql""")
    op.execute("""
        CREATE TRIGGER persons_team_moved AFTER UPDATE OF team_id ON persons FOR EACH ROW
        WHEN (OLD.team_id IS DISTINCT FROM NEW.team_id) EXECUTE FUNCTION person_team_moved()""")


def downgrade():
    op.execute("DROP TRIGGER persons_team_moved ON persons")
    op.execute("DROP FUNCTION person_team_moved()")
    op.drop_index("ix_person_team_history_person_until", table_name="person_team_history")
    op.drop_table("person_team_history")
