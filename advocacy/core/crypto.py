"""Secrets at rest (linked-account tokens, OAuth client secrets, webhook secrets, chat webhook URLs):
``MultiFernet`` over ``ADVOCACY_ENCRYPTION_KEYS`` — the first key encrypts, every key decrypts.

Rotation: put a new key first, run ``flask keys rotate`` (or ``flask accounts rotate-keys``), then
drop the old keys. The command sends :data:`keys_rotating`; each domain that stores ciphertexts
connects a receiver (``advocacy.core.signals``, in its ``setup.init_app``) that re-encrypts them with :func:`rotate` and
returns how many rows it rewrote.

Values written before this module existed by the integrations domain used a single Fernet key
derived from ``SECRET_KEY``: :func:`legacy_fernet` still opens them (see
``advocacy.integrations.crypto``) so they are read once and written again in the current form.

Nothing here logs or returns a secret anywhere but to its caller.
"""
from __future__ import annotations

import base64
import hashlib

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from flask import current_app

from advocacy.core.signals import keys_rotating

__all__ = ["encrypt", "decrypt", "rotate", "rotate_all", "legacy_fernet", "keys_rotating", "InvalidToken"]

def _multi() -> MultiFernet:
    keys = current_app.config["ENCRYPTION_KEYS"]
    return MultiFernet([Fernet(key.encode("ascii")) for key in keys])


def encrypt(value: str) -> str:
    return _multi().encrypt(value.encode("utf-8")).decode("ascii")


def decrypt(ciphertext: str) -> str:
    """The clear value (``InvalidToken`` when no configured key opens it)."""
    return _multi().decrypt(ciphertext.encode("ascii")).decode("utf-8")


def rotate(ciphertext: str) -> str:
    """The same value encrypted with the first (newest) key."""
    return _multi().rotate(ciphertext.encode("ascii")).decode("ascii")


def rotate_all() -> int:
    """Every domain's ciphertexts re-encrypted with the first key; the rows rewritten (the caller commits)."""
    return sum(count or 0 for _receiver, count in keys_rotating.send(None))


def legacy_fernet(label: bytes) -> Fernet:
    """The former per-domain key, ``sha256(label + SECRET_KEY)``: only to read what it encrypted."""
    digest = hashlib.sha256(label + current_app.config["SECRET_KEY"].encode()).digest()
    return Fernet(base64.urlsafe_b64encode(digest))
