"""Server-side sessions: every sign-in is a row, and ending the row signs the browser out.

Invariant: the session cookie and the remember-me cookie hold only a random per-session token
(Flask-Login's "alternative id"); the database keeps its SHA-256. A cookie is honoured only while
its row is live (not ended, not expired, owner active), so logging out, "end this session" and
``end_all_sessions`` work server-side, whatever copies of the cookies exist.
"""
from __future__ import annotations

import hashlib
import ipaddress
import secrets
from datetime import datetime, timedelta

from flask import g, request, session
from flask_login import login_user, logout_user
from sqlalchemy import select, update

from advocacy.auth.models import ApiToken, AuthSession, Person
from advocacy.core.audit import record
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db

#: A session without "keep me logged in" ends after this long without a request.
IDLE_LIFETIME = timedelta(hours=12)
#: A remembered session ends this long after sign-in, used or not (also the cookie's lifetime).
REMEMBER_LIFETIME = timedelta(days=30)
#: ``last_seen_at`` is written at most this often.
TOUCH_EVERY = timedelta(minutes=5)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _network(address: str | None) -> str:
    try:
        ip = ipaddress.ip_address(address or "")
    except ValueError:
        return ""
    prefix = 24 if ip.version == 4 else 48
    return str(ipaddress.ip_network(f"{ip}/{prefix}", strict=False))


def _create(person: Person, remember: bool, user_agent: str, address: str, mfa: bool) -> tuple[str, AuthSession]:
    token = secrets.token_urlsafe(32)
    now = utcnow()
    row = AuthSession(
        person_id=person.id, token_hash=_hash(token), remember=remember, created_at=now, last_seen_at=now,
        expires_at=now + (REMEMBER_LIFETIME if remember else IDLE_LIFETIME),
        user_agent=(user_agent or "")[:200], network=_network(address), mfa_at=now if mfa else None)
    db.session.add(row)
    db.session.flush()
    return token, row


def start_session(person: Person, *, remember: bool = False, user_agent: str = "", address: str = "",
                  mfa: bool = False) -> str:
    """Create a session row and return its clear token (what the cookies carry; tests use it too)."""
    return _create(person, remember, user_agent, address, mfa)[0]


def log_in(person: Person, *, remember: bool = False, mfa: bool = False) -> AuthSession:
    """Sign ``person`` in on this browser: a new session row, its token in the cookies."""
    language = session.get("lang")
    session.clear()  # no session fixation: nothing from before the sign-in survives it but the language
    if language:
        session["lang"] = language
    token, row = _create(person, remember, request.user_agent.string, request.remote_addr or "", mfa)
    person.session_token = token
    login_user(person, remember=remember, duration=REMEMBER_LIFETIME)
    g.auth_session = row
    record("auth.login", actor=person, object_type="person", object_id=person.id,
           details={"session": row.id, "remember": remember})
    return row


def load(token: str) -> Person | None:
    """Flask-Login's user loader: the person of a live session, or ``None``."""
    if not token or len(token) > 100:
        return None
    row = db.session.scalar(select(AuthSession).where(AuthSession.token_hash == _hash(token)))
    now = utcnow()
    if row is None or row.ended_at is not None or row.expires_at <= now:
        return None
    person = row.person
    if not person.is_active:
        return None
    if not row.remember and row.last_seen_at + IDLE_LIFETIME <= now:
        return None
    if now - row.last_seen_at > TOUCH_EVERY:
        g.auth_session_touch = row.id
    person.session_token = token
    g.auth_session = row
    return person


def touch_after_request(response):
    """Record the session's last use, without committing anything a view left pending."""
    session_id = g.pop("auth_session_touch", None)
    if session_id is None or response.status_code >= 500:
        return response
    if db.session.new or db.session.dirty or db.session.deleted:
        return response
    now = utcnow()
    row = db.session.get(AuthSession, session_id)
    if row is not None:
        row.last_seen_at = now
        if not row.remember:
            row.expires_at = now + IDLE_LIFETIME
        db.session.commit()
    return response


def current_session() -> AuthSession | None:
    return g.get("auth_session")


def _end(rows, reason: str, now: datetime) -> int:
    count = 0
    for row in rows:
        if row.ended_at is None:
            row.ended_at, row.end_reason = now, reason
            count += 1
    return count


def log_out() -> None:
    """End this browser's session server-side, then forget the cookies."""
    row = current_session()
    if row is not None:
        _end([row], "logout", utcnow())
        record("auth.logout", actor=row.person, object_type="session", object_id=row.id)
    logout_user()


def log_out_locally() -> None:
    """Forget this browser's cookies (its session row was already ended)."""
    logout_user()


def live_sessions(person_id: int) -> list[AuthSession]:
    now = utcnow()
    rows = db.session.scalars(select(AuthSession).where(
        AuthSession.person_id == person_id, AuthSession.ended_at.is_(None), AuthSession.expires_at > now,
    ).order_by(AuthSession.last_seen_at.desc())).all()
    return [row for row in rows if row.remember or row.last_seen_at + IDLE_LIFETIME > now]


def end_session(person_id: int, session_id: int, *, actor: Person | None = None) -> bool:
    """End one session of ``person_id`` (``False`` if there is no such live session)."""
    row = db.session.get(AuthSession, session_id)
    if row is None or row.person_id != person_id or row.ended_at is not None:
        return False
    _end([row], "ended_by_owner" if actor is None or actor.id == person_id else "ended_by_admin", utcnow())
    record("auth.session_ended", actor=actor, object_type="session", object_id=row.id,
           details={"person": person_id})
    db.session.flush()
    return True


def end_all_sessions(person_id: int, *, actor: Person | None = None, reason: str = "ended_everywhere",
                     revoke_tokens: bool = True) -> dict:
    """Sign a person out everywhere: end every session and remember-me cookie and (by default)
    revoke every API token. Flushes; the caller commits. Returns what was ended.

    Stable entry point for other modules (SCIM deactivation, leavers, admins).
    """
    now = utcnow()
    sessions = db.session.execute(
        update(AuthSession).where(AuthSession.person_id == person_id, AuthSession.ended_at.is_(None))
        .values(ended_at=now, end_reason=reason[:30]).execution_options(synchronize_session="fetch")).rowcount
    tokens = 0
    if revoke_tokens:
        tokens = db.session.execute(
            update(ApiToken).where(ApiToken.person_id == person_id, ApiToken.revoked_at.is_(None))
            .values(revoked_at=now).execution_options(synchronize_session="fetch")).rowcount
    record("auth.signed_out_everywhere", actor=actor, object_type="person", object_id=person_id,
           details={"sessions": sessions, "tokens": tokens, "reason": reason})
    db.session.flush()
    return {"sessions": sessions or 0, "tokens": tokens or 0}
