"""Choosing a password: the rules, and the single-use e-mailed links that lead to it.

Rules: at least ``MIN_LENGTH`` characters, at most ``MAX_LENGTH``, not one of the common passwords
shipped in ``data/common-passwords.txt.gz`` (30,000 passwords most found in public breach corpora,
lower-cased, as published with the MIT-licensed zxcvbn password-strength estimator), nor such a
password with a short run of digits or symbols added, nor the person's e-mail address or name.

Links (invitation: 7 days, password reset: 1 hour) are random tokens of which only the SHA-256 is
stored. Using a link consumes it; issuing a new link of the same purpose voids the older ones.
Services flush; views and commands commit.
"""
from __future__ import annotations

import gzip
import hashlib
import re
import secrets
from datetime import timedelta
from functools import lru_cache
from pathlib import Path

from flask import current_app, render_template
from flask_babel import force_locale
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import delete, exists, select

from advocacy.auth.models import ExternalIdentity, LinkToken, Person
from advocacy.auth.roles import ALL_ROLES, EMPLOYEE
from advocacy.auth.services import EMAIL_RE, find_person, hash_password, normalise_email
from advocacy.auth.sessions import end_all_sessions
from advocacy.core.audit import record
from advocacy.core.errors import DomainError
from advocacy.core.signals import mail_requested
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db

MIN_LENGTH = 12
MAX_LENGTH = 1024
INVITATION, RESET = "invitation", "reset"
LIFETIME = {INVITATION: timedelta(days=7), RESET: timedelta(hours=1)}
DATA = Path(__file__).resolve().parent / "data" / "common-passwords.txt.gz"
_SUFFIX = re.compile(r"[\d\W_]{1,4}$")


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    with gzip.open(DATA, "rt", encoding="utf-8") as handle:
        return frozenset(line.strip() for line in handle if line.strip())


def password_problem(password: str, person: Person | None = None) -> str | None:
    """Why ``password`` is refused (a translated sentence), or ``None`` if it is acceptable."""
    if len(password) < MIN_LENGTH:
        return _("Use at least %(n)d characters.", n=MIN_LENGTH)
    if len(password) > MAX_LENGTH:
        return _("Use at most %(n)d characters.", n=MAX_LENGTH)
    lowered = password.lower()
    common = common_passwords()
    if lowered in common or _SUFFIX.sub("", lowered) in common or len(set(lowered)) < 4:
        return _("This password is among the most common ones: choose another.")
    if person is not None:
        local = person.email.split("@", 1)[0].lower()
        names = {local, person.email.lower(), (person.display_name or "").lower().replace(" ", "")}
        if any(name and len(name) >= 4 and name in lowered.replace(" ", "") for name in names):
            return _("Do not use your name or e-mail address in your password.")
    return None


# -- links ----------------------------------------------------------------------------------

def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


#: The path of ``auth.choose_password`` (built by hand: commands have no request to build URLs from).
LINK_PATH = "/password/"


def link_url(token: str) -> str:
    return current_app.config["SETTINGS"].public_base_url.rstrip("/") + LINK_PATH + token


def issue_link(person: Person, purpose: str, *, actor: Person | None = None) -> str:
    """A new single-use link for ``person``; voids the older unused ones of the same purpose."""
    now = utcnow()
    db.session.execute(delete(LinkToken).where(LinkToken.person_id == person.id, LinkToken.purpose == purpose,
                                               LinkToken.used_at.is_(None)))
    token = secrets.token_urlsafe(32)
    db.session.add(LinkToken(person_id=person.id, purpose=purpose, token_hash=_hash(token), created_at=now,
                             expires_at=now + LIFETIME[purpose], created_by_id=getattr(actor, "id", None)))
    record(f"auth.{purpose}_issued", actor=actor, object_type="person", object_id=person.id)
    db.session.flush()
    return token


def find_link(token: str) -> tuple[LinkToken | None, str]:
    """(row, state) with state ``valid``, ``used``, ``expired`` or ``unknown``."""
    if not token or len(token) > 100:
        return None, "unknown"
    row = db.session.scalar(select(LinkToken).where(LinkToken.token_hash == _hash(token)))
    if row is None or not row.person.is_active:
        return None, "unknown"
    if row.used_at is not None:
        return row, "used"
    if row.expires_at <= utcnow():
        return row, "expired"
    return row, "valid"


def use_link(row: LinkToken, password: str) -> Person:
    """Set the password through a valid link and consume it (locked: a link works once)."""
    locked = db.session.scalar(select(LinkToken).where(LinkToken.id == row.id).with_for_update())
    if locked is None or locked.used_at is not None or locked.expires_at <= utcnow():
        raise LinkUsed()
    person = locked.person
    locked.used_at = utcnow()
    person.password_hash = hash_password(password)
    # A reset may follow a stolen password: whoever was signed in is signed out (API tokens stay).
    end_all_sessions(person.id, actor=person, reason=f"password_{locked.purpose}", revoke_tokens=False)
    record("auth.password_set", actor=person, object_type="person", object_id=person.id,
           details={"through": locked.purpose})
    db.session.flush()
    return person


class LinkUsed(Exception):
    """The link was used (or expired) between the page being shown and the form being sent."""


# -- the e-mails ----------------------------------------------------------------------------

SUBJECTS = {INVITATION: _l("Your Porte-voix account: choose your password"),
            RESET: _l("Porte-voix: reset your password")}


def send_link(person: Person, purpose: str, token: str) -> bool:
    """Queue the e-mail through the outbox (the campaigns domain listens). False if nobody listens."""
    with force_locale(person.language or current_app.config.get("BABEL_DEFAULT_LOCALE", "fr")):
        subject = str(SUBJECTS[purpose])
        body = render_template(f"auth/mail/{purpose}.txt", person=person, url=link_url(token),
                               hours=int(LIFETIME[purpose].total_seconds() // 3600),
                               days=LIFETIME[purpose].days)
    answers = mail_requested.send(person, kind=f"auth_{purpose}", subject=subject, body=body)
    return bool(answers)


def invite(person: Person, *, actor: Person | None = None) -> str:
    """Issue an invitation link and queue its e-mail; returns the link (the CLI prints it)."""
    token = issue_link(person, INVITATION, actor=actor)
    send_link(person, INVITATION, token)
    return link_url(token)


class InviteError(DomainError, ValueError):
    """An invitation that cannot be sent; ``message`` is translated, ``code`` is stable. 409 for a
    person who cannot be invited (``has_password``, ``inactive``), else 422 on the field at fault."""

    def __init__(self, code: str, message: str):
        super().__init__(code, message, "roles" if code == "unknown_role" else "email",
                         status=409 if code in ("has_password", "inactive") else 422)


def invite_address(email: str, *, roles=(), display_name: str | None = None,
                   actor: Person | None = None) -> tuple[Person, str, bool]:
    """Invite ``email``, adding the person (with ``roles``, default employee) if unknown, or adding
    ``roles`` to the known person. Returns (person, link, created)."""
    email = normalise_email(email)
    if not EMAIL_RE.match(email) or len(email) > 254:
        raise InviteError("invalid_email", _("Enter a valid e-mail address."))
    unknown = sorted(set(roles) - set(ALL_ROLES))
    if unknown:
        raise InviteError("unknown_role", _("Unknown role(s): %(roles)s (allowed: %(allowed)s).",
                                            roles=", ".join(unknown), allowed=", ".join(ALL_ROLES)))
    person, created = find_person(email), False
    if person is None:
        settings = current_app.config["SETTINGS"]
        name = (display_name or "").strip()[:120] or email.split("@", 1)[0]
        person = Person(email=email, display_name=name, language=settings.default_language,
                        timezone=settings.timezone)
        person.set_roles(roles or [EMPLOYEE])
        db.session.add(person)
        db.session.flush()
        record("people.added", actor=actor, object_type="person", object_id=person.id,
               details={"roles": sorted(person.roles), "through": "invitation"})
        created = True
    elif not person.is_active:
        raise InviteError("inactive", _("%(email)s has left or was deactivated: reactivate them first.", email=email))
    elif roles:
        person.set_roles(person.roles | set(roles))
    if person.password_hash:
        raise InviteError("has_password", _("%(email)s already has a password: they can use “Forgot your "
                                             "password?” on the sign-in page.", email=email))
    return person, invite(person, actor=actor), created


def reset_target(email: str) -> int:
    """The id of the active person ``email`` belongs to, else 0 (the page queues the job either way)."""
    person = find_person(email)
    return person.id if person is not None and person.is_active else 0


def reset_requested(person_id: int) -> bool:
    """Issue and queue a reset link for ``person_id`` if it is an active person (0: nobody). Flushes."""
    person = db.session.get(Person, person_id) if person_id else None
    if person is None or not person.is_active:
        return False
    send_link(person, RESET, issue_link(person, RESET))
    return True


def without_access():
    """Active people with no password and no single sign-on identity: they have no way in."""
    return select(Person).where(
        Person.active.is_(True), Person.erased_at.is_(None), Person.password_hash.is_(None),
        ~exists().where(ExternalIdentity.person_id == Person.id),
    ).order_by(Person.email)
