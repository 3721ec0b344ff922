"""``flask keys …``: the encryption keys of every secret stored at rest (:mod:`advocacy.core.crypto`)."""
from __future__ import annotations

import click
from flask.cli import AppGroup

from advocacy.core import crypto
from advocacy.extensions import db

cli = AppGroup("keys", help="Encryption keys of the secrets stored at rest.")


@cli.command("rotate")
def rotate_command():
    """Re-encrypt every stored secret (linked-account tokens, webhook secrets, chat URLs, TOTP secrets,
    Web Push subscriptions) with the first key of ADVOCACY_ENCRYPTION_KEYS (then the old keys may be
    removed from the list)."""
    count = crypto.rotate_all()
    db.session.commit()
    click.echo(f"re-encrypted={count}")
