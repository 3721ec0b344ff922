"""People: passwords, logins, API tokens, CSV import."""
from __future__ import annotations

import csv
import hashlib
import io
import re
import secrets
from dataclasses import dataclass, field
from datetime import timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import current_app
from sqlalchemy import select

from advocacy.auth import throttle
from advocacy.auth.models import ApiToken, Person, Team
from advocacy.core.audit import record
from advocacy.core.i18n import lazy_text as _l
from advocacy.auth.roles import ALL_ROLES
from advocacy.core.timeutil import utcnow, default_timezone
from advocacy.extensions import db
from advocacy.core.settings import LANGUAGES
import unicodedata

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

_HASHERS = {
    # RFC 9106's second recommended option, slightly lighter memory for small servers.
    "standard": PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=2),
    # Tests only: same algorithm, cheap parameters.
    "fast": PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1),
}


def _hasher() -> PasswordHasher:
    return _HASHERS[current_app.config.get("PASSWORD_HASH_PROFILE", "standard")]


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def check_password(person: Person, password: str) -> bool:
    if not person.password_hash:
        return False
    try:
        _hasher().verify(person.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
    if _hasher().check_needs_rehash(person.password_hash):
        person.password_hash = hash_password(password)
    return True


def normalise_email(email: str) -> str:
    return (email or "").strip().lower()


def find_person(email: str) -> Person | None:
    return db.session.scalar(select(Person).where(Person.email == normalise_email(email)))


# -- login ---------------------------------------------------------------------------------

_DUMMY_HASHES: dict[str, str] = {}


def _dummy_hash() -> str:
    """A hash of nothing anyone knows, made with today's parameters: verifying a password against
    it takes as long as against a real one, so an unknown e-mail answers as slowly as a known one."""
    profile = current_app.config.get("PASSWORD_HASH_PROFILE", "standard")
    if profile not in _DUMMY_HASHES:
        _DUMMY_HASHES[profile] = _hasher().hash(secrets.token_urlsafe(16))
    return _DUMMY_HASHES[profile]


def authenticate(email: str, password: str) -> Person | None:
    """The active person with these credentials, or ``None``. Throttling is the route's business
    (``advocacy.auth.throttle``); this only slows down an account under attack and never locks it."""
    email = normalise_email(email)
    throttle.slow_down(email)
    person = find_person(email)
    if person is None or not person.password_hash:
        try:
            _hasher().verify(_dummy_hash(), password)
        except (VerificationError, InvalidHashError):
            pass
        ok = False
    else:
        ok = check_password(person, password) and person.is_active
    if not ok:
        throttle.note_account_failure(email)
        return None
    db.session.flush()  # a rehashed password is saved with the session
    return person


# -- API tokens ---------------------------------------------------------------------------

TOKEN_PREFIX = "pv_"


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_token(person: Person, label: str = "", *, issued_by: str = "page") -> str:
    """Create a token; only its SHA-256 is stored. Returns the clear token once.

    ``issued_by="operator"`` for ``flask people token``: the audit trail records it, and the token
    stands for the operator's own authority on the server (see ``guards.require_two_step``)."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    db.session.add(ApiToken(person=person, token_hash=_token_hash(token), prefix=token[:10], label=label,
                            issued_by=issued_by))
    record("auth.token_issued", actor=person, object_type="person", object_id=person.id,
           details={"prefix": token[:10], "label": label, "issued_by": issued_by})
    return token


def token_from_bearer(token: str) -> ApiToken | None:
    """The live token row for a clear bearer token of an active person (its last use recorded)."""
    row = db.session.scalar(
        select(ApiToken).where(ApiToken.token_hash == _token_hash(token), ApiToken.revoked_at.is_(None)))
    if row is None or not row.person.is_active:
        return None
    now = utcnow()
    if row.last_used_at is None or now - row.last_used_at > timedelta(minutes=5):
        row.last_used_at = now
        db.session.commit()
    return row


def person_from_bearer(token: str) -> Person | None:
    row = token_from_bearer(token)
    return row.person if row is not None else None


# -- people and teams ---------------------------------------------------------------------

def slugify(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "team"


def get_or_create_team(name: str) -> Team:
    name = name.strip()
    team = db.session.scalar(select(Team).where(Team.name == name))
    if team is None:
        team = Team(name=name, slug=slugify(name))
        db.session.add(team)
        db.session.flush()
    return team


IMPORT_COLUMNS = ("email", "display_name", "team", "roles", "language", "timezone")


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    #: (line, message) for every problem of every row; messages are lazy, shown in the reader's language.
    errors: list[tuple[int, object]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def _parse_row(row: dict, seen: set[str]) -> tuple[dict, list]:
    """The row's values and every problem found in it (not only the first)."""
    problems = []
    email = normalise_email(row.get("email", ""))
    if not EMAIL_RE.match(email):
        problems.append(_l("invalid email %(value)s", value=repr(row.get("email", ""))))
    elif email in seen:
        problems.append(_l("duplicate email %(email)s in the file", email=email))
    name = (row.get("display_name") or "").strip()
    if not name:
        problems.append(_l("display_name is empty"))
    elif len(name) > 120:
        problems.append(_l("display_name is longer than 120 characters"))
    roles = [r.strip() for r in re.split(r"[;|,\s]+", row.get("roles") or "employee") if r.strip()]
    unknown = [r for r in roles if r not in ALL_ROLES]
    if unknown:
        problems.append(_l("unknown role(s) %(roles)s (allowed: %(allowed)s)", roles=", ".join(unknown),
                           allowed=", ".join(ALL_ROLES)))
    language = (row.get("language") or "fr").strip() or "fr"
    if language not in LANGUAGES:
        problems.append(_l("language must be one of %(allowed)s, got %(value)s", allowed=", ".join(LANGUAGES),
                           value=repr(language)))
    tz = (row.get("timezone") or "").strip() or default_timezone()
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        problems.append(_l("unknown time zone %(value)s", value=repr(tz)))
    team = (row.get("team") or "").strip()
    if len(team) > 120:
        problems.append(_l("team name is longer than 120 characters"))
    return {"email": email, "display_name": name, "roles": roles, "language": language,
            "timezone": tz, "team": team}, problems


def import_people(text: str, *, actor: Person | None = None) -> ImportReport:
    """Import people from CSV text. All or nothing: any bad row → nothing is written, and every
    problem of every row is reported."""
    report = ImportReport()
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in ("email", "display_name") if c not in header]
    if missing:
        report.errors.append((1, _l("missing column(s): %(missing)s; expected %(expected)s",
                                    missing=", ".join(missing), expected=", ".join(IMPORT_COLUMNS))))
        return report
    reader.fieldnames = header
    parsed, seen = [], set()
    for row in reader:
        if None in row:
            report.errors.append((reader.line_num, _l("too many fields on this row")))
            continue
        values, problems = _parse_row(row, seen)
        report.errors.extend((reader.line_num, problem) for problem in problems)
        if not problems:
            seen.add(values["email"])
            parsed.append(values)
    if report.errors:
        return report
    for values in parsed:
        person = find_person(values["email"])
        team = get_or_create_team(values["team"]) if values["team"] else None
        if person is None:
            person = Person(email=values["email"])
            db.session.add(person)
            report.created += 1
        else:
            report.updated += 1
        person.display_name = values["display_name"]
        person.language = values["language"]
        person.timezone = values["timezone"]
        person.team = team
        person.set_roles(values["roles"])
    db.session.flush()
    record("people.import", actor=actor, object_type="people",
           details={"created": report.created, "updated": report.updated})
    return report
