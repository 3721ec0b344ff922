"""Second factor: TOTP (RFC 6238, pyotp) with one-time recovery codes, and the guard that requires
it of the people whose actions carry legal weight.

Invariants:
- the TOTP secret is stored encrypted (:mod:`advocacy.core.crypto`, ``ADVOCACY_ENCRYPTION_KEYS``,
  re-encrypted by ``flask keys rotate``); a secret from before, encrypted with a key derived from
  ``SECRET_KEY``, is still read and written again in the current form at its first use; recovery
  codes are stored as SHA-256 only and each works once;
- a TOTP code is accepted once: its time step must be later than the last accepted one;
- ``mfa_required`` lets admin, hr, staff_rep and compliance act only once enrolled and only in a
  session whose second factor was checked (at sign-in, at enrolment or by a step-up);
- ``fresh_mfa(seconds)`` says whether this session checked a code recently (signing asks for one).

Charter and other higher layers import this module; it imports nothing above ``auth``.
"""
from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta
from functools import wraps
from urllib.parse import urlsplit

import pyotp
import segno
from flask import flash, redirect, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import delete, select

from advocacy.auth import sessions
from advocacy.auth.models import Person, RecoveryCode
from advocacy.auth.roles import ADMIN, COMPLIANCE, HR, STAFF_REP
from advocacy.core import crypto
from advocacy.core.audit import record
from advocacy.core.timeutil import utcnow
from advocacy.core.urls import safe_next
from advocacy.extensions import db

#: Roles that must use a second factor before signing, amending, approving or changing settings.
MFA_ROLES = (ADMIN, HR, STAFF_REP, COMPLIANCE)
ISSUER = "Porte-voix"
RECOVERY_CODES = 10
#: How recent a code must be for a signature (step-up).
STEP_UP = timedelta(minutes=5)
INTERVAL = 30
#: Flask session key of a sign-in waiting for its second step.
LOGIN_PENDING = "mfa_login"


def needs_mfa(person) -> bool:
    return person.has_role(*MFA_ROLES)


def enrolled(person) -> bool:
    return person.totp_enabled_at is not None and bool(person.totp_secret)


# -- the secret -----------------------------------------------------------------------------

#: The label of the former key, ``sha256(label + SECRET_KEY)`` (read-only now).
LEGACY_LABEL = b"porte-voix totp secret|"


def _secret(person) -> str | None:
    """The clear secret; None when there is none or no key opens it (the person enrols again)."""
    return crypto.open_value(person.totp_secret, LEGACY_LABEL)


def rotate_keys(_sender=None) -> int:
    """Receiver of ``signals.keys_rotating``: every TOTP secret re-encrypted with the first key (the
    former form too); the rows rewritten."""
    people = db.session.scalars(select(Person).where(Person.totp_secret.is_not(None)).order_by(Person.id)).all()
    for person in people:
        person.totp_secret = crypto.rotate_value(person.totp_secret, LEGACY_LABEL)
    db.session.flush()
    return len(people)


def new_secret() -> str:
    return pyotp.random_base32()


def provisioning_uri(person, secret: str) -> str:
    return pyotp.TOTP(secret, interval=INTERVAL).provisioning_uri(name=person.email, issuer_name=ISSUER)


def qr_svg_data_uri(uri: str) -> str:
    """The QR code as an SVG data URI, drawn on the server (no script: the CSP forbids it)."""
    return segno.make(uri, error="m").svg_data_uri(scale=5, border=2, dark="#111", light="#fff")


def _check_totp(secret: str, code: str, last_step: int | None) -> int | None:
    """The time step ``code`` belongs to (now, or one step either side), if later than ``last_step``."""
    code = "".join(code.split())
    if not code.isdigit() or len(code) != 6:
        return None
    totp = pyotp.TOTP(secret, interval=INTERVAL)
    now = utcnow()
    current = int(now.timestamp()) // INTERVAL
    for step in (current, current - 1, current + 1):
        if secrets.compare_digest(totp.at(step * INTERVAL), code) and (last_step is None or step > last_step):
            return step
    return None


def _hash_code(code: str) -> str:
    return hashlib.sha256("".join(code.lower().split()).replace("-", "").encode()).hexdigest()


def _new_recovery_codes(person) -> list[str]:
    db.session.execute(delete(RecoveryCode).where(RecoveryCode.person_id == person.id))
    codes = []
    for _i in range(RECOVERY_CODES):
        raw = secrets.token_hex(5)  # 40 bits, shown as xxxxx-xxxxx
        codes.append(f"{raw[:5]}-{raw[5:]}")
        db.session.add(RecoveryCode(person_id=person.id, code_hash=_hash_code(raw), created_at=utcnow()))
    return codes


# -- operations (flush; the caller commits) -------------------------------------------------

def confirm_enrolment(person, secret: str, code: str) -> list[str] | None:
    """Turn TOTP on if ``code`` matches ``secret``; returns the new recovery codes (shown once)."""
    step = _check_totp(secret, code, None)
    if step is None:
        return None
    person.totp_secret = crypto.encrypt(secret)
    person.totp_enabled_at = utcnow()
    person.totp_last_step = step
    codes = _new_recovery_codes(person)
    mark_session_verified()
    record("auth.mfa_enabled", actor=person, object_type="person", object_id=person.id)
    db.session.flush()
    return codes


def verify(person, code: str) -> str | None:
    """Check a TOTP code or a recovery code; returns ``"totp"``/``"recovery"`` or ``None``."""
    secret = _secret(person)
    if secret is None or not code:
        return None
    # The row is locked so that two requests cannot both accept the same code.
    locked = db.session.scalar(select(Person).where(Person.id == person.id).with_for_update())
    current = crypto.upgraded(locked.totp_secret, LEGACY_LABEL)
    if current is not None:  # first use since the move to ADVOCACY_ENCRYPTION_KEYS
        locked.totp_secret = current
    step = _check_totp(secret, code, locked.totp_last_step)
    if step is not None:
        locked.totp_last_step = step
        db.session.flush()
        return "totp"
    row = db.session.scalar(select(RecoveryCode).where(
        RecoveryCode.person_id == person.id, RecoveryCode.code_hash == _hash_code(code),
        RecoveryCode.used_at.is_(None)).with_for_update())
    if row is not None:
        row.used_at = utcnow()
        record("auth.recovery_code_used", actor=person, object_type="person", object_id=person.id)
        db.session.flush()
        return "recovery"
    return None


def remaining_recovery_codes(person) -> int:
    return len(db.session.scalars(select(RecoveryCode.id).where(
        RecoveryCode.person_id == person.id, RecoveryCode.used_at.is_(None))).all())


def regenerate_recovery_codes(person) -> list[str]:
    codes = _new_recovery_codes(person)
    record("auth.recovery_codes_renewed", actor=person, object_type="person", object_id=person.id)
    db.session.flush()
    return codes


def disable(person, *, actor=None) -> None:
    person.totp_secret = None
    person.totp_enabled_at = None
    person.totp_last_step = None
    db.session.execute(delete(RecoveryCode).where(RecoveryCode.person_id == person.id))
    record("auth.mfa_disabled", actor=actor or person, object_type="person", object_id=person.id)
    db.session.flush()


# -- this session ---------------------------------------------------------------------------

def mark_session_verified() -> None:
    row = sessions.current_session()
    if row is not None:
        row.mfa_at = utcnow()


def session_verified() -> bool:
    row = sessions.current_session()
    return row is not None and row.mfa_at is not None


def fresh_mfa(within: timedelta = STEP_UP):
    """When this session last checked a second factor, if within ``within``; else ``None``."""
    row = sessions.current_session()
    if row is None or row.mfa_at is None or utcnow() - row.mfa_at > within:
        return None
    return row.mfa_at


def step_up(person, code: str):
    """Check a fresh code for a sensitive action; returns the time it was checked, or ``None``."""
    if verify(person, code or "") is None:
        return None
    mark_session_verified()
    return sessions.current_session().mfa_at if sessions.current_session() else utcnow()


# -- the guard ------------------------------------------------------------------------------

def _back_to() -> str | None:
    """Where to return after enrolling or verifying: this page (GET) or the page the form was on."""
    if request.method == "GET":
        return safe_next(request.full_path.rstrip("?"), "") or None
    referrer = urlsplit(request.referrer or "")
    if referrer.netloc != request.host:
        return None
    return safe_next(referrer.path + (f"?{referrer.query}" if referrer.query else ""), "") or None


def mfa_required(view):
    """Pages: before an action (any method but GET/HEAD), a person with an MFA role must be enrolled
    (→ enrolment page) and this session must have checked the second factor (→ verification page).
    Reading is never blocked; others pass. Put it under the role guard."""

    @wraps(view)
    def wrapper(*args, **kwargs):
        if request.method not in ("GET", "HEAD") and current_user.is_authenticated and needs_mfa(current_user):
            back = _back_to()
            if not enrolled(current_user):
                flash(_("Your role requires two-step verification: set it up first (it takes a minute)."), "info")
                return redirect(url_for("auth.mfa_setup", next=back))
            if not session_verified():
                return redirect(url_for("auth.mfa_verify", next=back))
        return view(*args, **kwargs)

    wrapper.mfa_required = True
    for attribute in ("required_roles",):
        if hasattr(view, attribute):
            setattr(wrapper, attribute, getattr(view, attribute))
    return wrapper
