"""Webhook secrets and channel URLs at rest: the core's ``MultiFernet`` (:mod:`advocacy.core.crypto`,
``ADVOCACY_ENCRYPTION_KEYS``, rotated by ``flask keys rotate``).

Before #18 they were encrypted with one Fernet key derived from ``SECRET_KEY``. Such a value is
still read (:func:`decrypt`), and written again in the current form the first time it is used
(:func:`upgrade`, called by the delivery that reads it) or when the keys are rotated
(:func:`rotate_keys`), whichever comes first. A value no key opens reads as None: the admin sets
the secret or URL again.
"""
from __future__ import annotations

from sqlalchemy import select

from advocacy.core import crypto
from advocacy.core.crypto import encrypt
from advocacy.extensions import db
from advocacy.integrations.models import Channel, WebhookEndpoint

__all__ = ["encrypt", "decrypt", "upgrade", "rotate_keys"]

#: The label of the former key, ``sha256(label + SECRET_KEY)`` (read-only now).
LEGACY_LABEL = b"porte-voix integrations secret|"
#: The encrypted columns of each model.
COLUMNS = ((WebhookEndpoint, ("secret_encrypted", "previous_secret_encrypted")), (Channel, ("url_encrypted",)))


def decrypt(value: str | None) -> str | None:
    """The clear value (current or former form), or None when there is none or no key opens it."""
    return crypto.open_value(value, LEGACY_LABEL)


def upgrade(row) -> None:
    """Write the row's values that are still in the former form in the current one (flush is the
    caller's; a value no key opens is left as it is)."""
    for attr in dict(COLUMNS)[type(row)]:
        current = crypto.upgraded(getattr(row, attr), LEGACY_LABEL)
        if current is not None:
            setattr(row, attr, current)


def rotate_keys(_sender=None) -> int:
    """Receiver of ``signals.keys_rotating``: every endpoint secret and channel URL re-encrypted with
    the first key (the former form too); the rows rewritten."""
    count = 0
    for model, attrs in COLUMNS:
        for row in db.session.scalars(select(model).order_by(model.id)):
            for attr in attrs:
                if getattr(row, attr):
                    setattr(row, attr, crypto.rotate_value(getattr(row, attr), LEGACY_LABEL))
            count += 1
    db.session.flush()
    return count
