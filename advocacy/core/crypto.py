"""Secrets at rest (linked-account tokens, OAuth client secrets, webhook secrets, chat webhook URLs,
TOTP secrets, Web Push subscriptions):
``MultiFernet`` over ``ADVOCACY_ENCRYPTION_KEYS`` — the first key encrypts, every key decrypts.

Rotation: put a new key first, run ``flask keys rotate`` (or ``flask accounts rotate-keys``), then
drop the old keys. The command sends :data:`keys_rotating`; each domain that stores ciphertexts
connects a receiver (``advocacy.core.signals``, in its ``setup.init_app``) that re-encrypts them with :func:`rotate` and
returns how many rows it rewrote.

Values written before this module existed (integrations' secrets, the TOTP secrets) used a single
Fernet key derived from ``SECRET_KEY`` and a per-domain label: :func:`open_value` still opens them,
:func:`upgraded` gives their current form (written back at first use) and :func:`rotate_value`
re-encrypts either form with the first key.

A value that must be found by equality (a Web Push endpoint) is stored encrypted beside a keyed
hash (:func:`lookup_hash`, HMAC-SHA256 under a key derived from the first encryption key); a lookup
matches any of :func:`lookup_hashes` (one per configured key), so it still finds rows whose hash
was written under an older key until ``flask keys rotate`` rewrites them.

Nothing here logs or returns a secret anywhere but to its caller.
"""
from __future__ import annotations

import base64
import hashlib
import hmac

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from flask import current_app

from advocacy.core.signals import keys_rotating

__all__ = ["encrypt", "decrypt", "rotate", "rotate_all", "legacy_fernet", "open_value", "upgraded", "rotate_value",
           "lookup_hash", "lookup_hashes", "keys_rotating", "InvalidToken"]


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


def _legacy(value: str, label: bytes | None) -> str | None:
    if label is None:
        return None
    try:
        return legacy_fernet(label).decrypt(value.encode("ascii")).decode("utf-8")
    except InvalidToken:
        return None


def open_value(value: str | None, legacy_label: bytes | None = None) -> str | None:
    """The clear value, whether encrypted with a configured key or (``legacy_label``) the former
    ``SECRET_KEY``-derived one; None when there is none or no key opens it."""
    if not value:
        return None
    try:
        return decrypt(value)
    except InvalidToken:
        return _legacy(value, legacy_label)


def upgraded(value: str | None, legacy_label: bytes) -> str | None:
    """``value`` encrypted in the current form if it is still in the former one; None when it is
    already current, empty or unreadable (then there is nothing to rewrite)."""
    if not value:
        return None
    try:
        decrypt(value)
    except InvalidToken:
        clear = _legacy(value, legacy_label)
        return None if clear is None else encrypt(clear)
    return None


def rotate_value(value: str, legacy_label: bytes | None = None) -> str:
    """:func:`rotate`, also for a value in the former form; a value no key opens is left as it is."""
    try:
        return rotate(value)
    except InvalidToken:
        clear = _legacy(value, legacy_label)
        return value if clear is None else encrypt(clear)


def _hash_with(key: str, value: str) -> str:
    secret = hashlib.sha256(b"porte-voix lookup|" + key.encode("ascii")).digest()
    return hmac.new(secret, value.encode("utf-8"), hashlib.sha256).hexdigest()


def lookup_hash(value: str) -> str:
    """The keyed hash to store beside an encrypted value that is looked up by equality (first key)."""
    return _hash_with(current_app.config["ENCRYPTION_KEYS"][0], value)


def lookup_hashes(value: str) -> list[str]:
    """The hashes ``value`` may be stored under (one per configured key, newest first)."""
    return [_hash_with(key, value) for key in current_app.config["ENCRYPTION_KEYS"]]
