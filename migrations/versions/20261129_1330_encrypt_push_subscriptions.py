"""web push subscriptions encrypted: endpoint, p256dh and auth under ADVOCACY_ENCRYPTION_KEYS, the
endpoint found by its keyed hash

Existing rows are encrypted here with the application's keys (``advocacy.core.crypto``: the
migration runs inside the app, as ``flask db upgrade`` does).

Revision ID: 7c1e9a3b5d2f
Revises: e4a6c8f0b2d3
Create Date: 2026-11-29 13:30:00

"""
import sqlalchemy as sa
from alembic import op

from advocacy.core import crypto

revision = '7c1e9a3b5d2f'
down_revision = 'e4a6c8f0b2d3'
branch_labels = None
depends_on = None

CLEAR = ("endpoint", "p256dh", "auth")


def upgrade():
    with op.batch_alter_table("push_subscriptions") as batch:
        batch.add_column(sa.Column("endpoint_encrypted", sa.Text(), nullable=True))
        batch.add_column(sa.Column("endpoint_hash", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("p256dh_encrypted", sa.Text(), nullable=True))
        batch.add_column(sa.Column("auth_encrypted", sa.Text(), nullable=True))
    conn = op.get_bind()
    table = sa.table("push_subscriptions", sa.column("id"), *(sa.column(c) for c in CLEAR),
                     sa.column("endpoint_encrypted"), sa.column("endpoint_hash"), sa.column("p256dh_encrypted"),
                     sa.column("auth_encrypted"))
    for row in conn.execute(sa.select(table.c.id, table.c.endpoint, table.c.p256dh, table.c.auth)).all():
        conn.execute(table.update().where(table.c.id == row.id).values(
            endpoint_encrypted=crypto.encrypt(row.endpoint), endpoint_hash=crypto.lookup_hash(row.endpoint),
            p256dh_encrypted=crypto.encrypt(row.p256dh), auth_encrypted=crypto.encrypt(row.auth)))
    with op.batch_alter_table("push_subscriptions") as batch:
        for name in ("endpoint_encrypted", "endpoint_hash", "p256dh_encrypted", "auth_encrypted"):
            batch.alter_column(name, nullable=False)
        batch.drop_constraint("uq_push_subscriptions_endpoint", type_="unique")
        for name in CLEAR:
            batch.drop_column(name)
        batch.create_unique_constraint("uq_push_subscriptions_endpoint_hash", ["endpoint_hash"])


def downgrade():
    with op.batch_alter_table("push_subscriptions") as batch:
        batch.add_column(sa.Column("endpoint", sa.String(length=1000), nullable=True))
        batch.add_column(sa.Column("p256dh", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("auth", sa.String(length=100), nullable=True))
    conn = op.get_bind()
    table = sa.table("push_subscriptions", sa.column("id"), *(sa.column(c) for c in CLEAR),
                     sa.column("endpoint_encrypted"), sa.column("p256dh_encrypted"), sa.column("auth_encrypted"))
    for row in conn.execute(sa.select(table.c.id, table.c.endpoint_encrypted, table.c.p256dh_encrypted,
                                      table.c.auth_encrypted)).all():
        values = [crypto.open_value(v) for v in (row.endpoint_encrypted, row.p256dh_encrypted, row.auth_encrypted)]
        if None in values:  # no configured key opens it: the device subscribes again
            conn.execute(table.delete().where(table.c.id == row.id))
            continue
        conn.execute(table.update().where(table.c.id == row.id).values(dict(zip(CLEAR, values))))
    with op.batch_alter_table("push_subscriptions") as batch:
        for name in CLEAR:
            batch.alter_column(name, nullable=False)
        batch.drop_constraint("uq_push_subscriptions_endpoint_hash", type_="unique")
        for name in ("endpoint_encrypted", "endpoint_hash", "p256dh_encrypted", "auth_encrypted"):
            batch.drop_column(name)
        batch.create_unique_constraint("uq_push_subscriptions_endpoint", ["endpoint"])
