"""SCIM bearer tokens: printed once by ``flask scim token``, stored as SHA-256 only."""
from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import timedelta

from sqlalchemy import select

from advocacy.core.audit import record
from advocacy.auth.models import ScimToken
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db

PREFIX = "scim_"


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue(label: str = "") -> str:
    """Create a token; returns the clear token (shown once). Flushes; the caller commits."""
    token = PREFIX + secrets.token_urlsafe(32)
    db.session.add(ScimToken(token_hash=_hash(token), prefix=token[:12], label=label[:120]))
    record("scim.token_issued", object_type="scim_token", details={"prefix": token[:12], "label": label[:120]})
    db.session.flush()
    return token


def check(header: str | None) -> ScimToken | None:
    """The live token of an ``Authorization: Bearer …`` header, or ``None``."""
    scheme, _, token = (header or "").partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token or len(token) > 200:
        return None
    row = db.session.scalar(select(ScimToken).where(ScimToken.token_hash == _hash(token),
                                                    ScimToken.revoked_at.is_(None)))
    if row is None or not hmac.compare_digest(row.token_hash, _hash(token)):
        return None
    now = utcnow()
    if row.last_used_at is None or now - row.last_used_at > timedelta(minutes=5):
        row.last_used_at = now
    return row


def revoke_all() -> int:
    now = utcnow()
    rows = db.session.scalars(select(ScimToken).where(ScimToken.revoked_at.is_(None))).all()
    for row in rows:
        row.revoked_at = now
    record("scim.tokens_revoked", object_type="scim_token", details={"count": len(rows)})
    return len(rows)
