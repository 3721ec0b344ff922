"""share ownership: post keys, declared accounts, pending points

Revision ID: a14b0c5e7d21
Revises: a109cdc6c799
Create Date: 2026-11-29 03:45:00

"""
import re
from urllib.parse import urlsplit

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = 'a14b0c5e7d21'
down_revision = 'a109cdc6c799'
branch_labels = None
depends_on = None

_LINKEDIN_ID = re.compile(r"(?:activity|share|ugcPost)[:-](\d{10,25})")


def _post_key(network, url):
    # A frozen copy of advocacy.campaigns.networks.post_key at this revision (migrations never import the app).
    parts = urlsplit(url)
    host = (parts.hostname or "").lower() + (f":{parts.port}" if parts.port else "")
    path = parts.path.rstrip("/")
    segments = [s for s in path.split("/") if s]
    if network == "x" and len(segments) >= 3:
        return f"x:{segments[-1]}"
    if network == "linkedin":
        match = _LINKEDIN_ID.search(path)
        if match:
            return f"linkedin:{match.group(1)}"
    if network == "mastodon" and segments:
        return f"mastodon:{host}:{segments[-1]}"
    if network == "bluesky" and len(segments) >= 4:
        return f"bluesky:{segments[1].lower()}:{segments[3]}"
    return f"{network}:{host}{path.lower()}"


def upgrade():
    with op.batch_alter_table('shares', schema=None) as batch_op:
        batch_op.add_column(sa.Column('post_key', sa.String(length=600), nullable=True))
    with op.batch_alter_table('share_profiles', schema=None) as batch_op:
        batch_op.add_column(sa.Column('mastodon_account', sa.String(length=320), nullable=True))
        batch_op.add_column(sa.Column('bluesky_account', sa.String(length=255), nullable=True))
        batch_op.create_unique_constraint(batch_op.f('uq_share_profiles_mastodon_account'), ['mastodon_account'])
        batch_op.create_unique_constraint(batch_op.f('uq_share_profiles_bluesky_account'), ['bluesky_account'])
    with op.batch_alter_table('point_entries', schema=None) as batch_op:
        batch_op.add_column(sa.Column('pending', sa.Boolean(), server_default=sa.false(), nullable=False))

    # Existing registrations get their key; a post registered twice keeps it on the first share only.
    conn = op.get_bind()
    seen = set()
    rows = conn.execute(sa.text("SELECT id, network, url FROM shares WHERE url IS NOT NULL ORDER BY id")).all()
    for share_id, network, url in rows:
        key = _post_key(network, url)[:600]
        if key in seen:
            continue
        seen.add(key)
        conn.execute(sa.text("UPDATE shares SET post_key = :k WHERE id = :i"), {"k": key, "i": share_id})
    with op.batch_alter_table('shares', schema=None) as batch_op:
        batch_op.create_unique_constraint(batch_op.f('uq_shares_post_key'), ['post_key'])


def downgrade():
    with op.batch_alter_table('point_entries', schema=None) as batch_op:
        batch_op.drop_column('pending')
    with op.batch_alter_table('share_profiles', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_share_profiles_bluesky_account'), type_='unique')
        batch_op.drop_constraint(batch_op.f('uq_share_profiles_mastodon_account'), type_='unique')
        batch_op.drop_column('bluesky_account')
        batch_op.drop_column('mastodon_account')
    with op.batch_alter_table('shares', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_shares_post_key'), type_='unique')
        batch_op.drop_column('post_key')
