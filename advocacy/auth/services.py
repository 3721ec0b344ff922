"""People: passwords, logins with rate limiting, API tokens, CSV import."""
from __future__ import annotations

import csv
import hashlib
import hmac
import io
import re
import secrets
from dataclasses import dataclass, field
from datetime import timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import current_app
from sqlalchemy import delete, func, select

from advocacy.audit.services import record
from advocacy.auth.models import ApiToken, LoginAttempt, Person, Team
from advocacy.auth.roles import ALL_ROLES
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db
from advocacy.settings import LANGUAGES

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


# -- login with rate limiting -------------------------------------------------------------

def _key(value: str) -> str:
    secret = current_app.config["SECRET_KEY"].encode()
    return hmac.new(secret, value.encode(), hashlib.sha256).hexdigest()


class LoginThrottled(Exception):
    def __init__(self, retry_after: int):
        super().__init__(retry_after)
        self.retry_after = retry_after


def authenticate(email: str, password: str, ip: str) -> Person | None:
    """Check credentials; raise ``LoginThrottled`` after too many recent failures."""
    now = utcnow()
    window = timedelta(seconds=current_app.config["LOGIN_WINDOW_SECONDS"])
    limit = current_app.config["LOGIN_MAX_FAILURES"]
    email_key, ip_key = _key("email:" + normalise_email(email)), _key("ip:" + (ip or "?"))
    since = now - window
    db.session.execute(delete(LoginAttempt).where(LoginAttempt.at < since))
    failures_email = db.session.scalar(
        select(func.count()).where(LoginAttempt.email_key == email_key, LoginAttempt.at >= since,
                                   LoginAttempt.success.is_(False)))
    failures_ip = db.session.scalar(
        select(func.count()).where(LoginAttempt.ip_key == ip_key, LoginAttempt.at >= since,
                                   LoginAttempt.success.is_(False)))
    if failures_email >= limit or failures_ip >= limit * 4:
        db.session.commit()
        raise LoginThrottled(int(window.total_seconds()))
    person = find_person(email)
    ok = person is not None and person.is_active and check_password(person, password)
    db.session.add(LoginAttempt(email_key=email_key, ip_key=ip_key, success=ok, at=now))
    if ok:
        record("auth.login", actor=person, object_type="person", object_id=person.id)
    db.session.commit()
    return person if ok else None


# -- API tokens ---------------------------------------------------------------------------

TOKEN_PREFIX = "pv_"


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_token(person: Person, label: str = "") -> str:
    """Create a token; only its SHA-256 is stored. Returns the clear token once."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    db.session.add(ApiToken(person=person, token_hash=_token_hash(token), prefix=token[:10], label=label))
    record("auth.token_issued", actor=person, object_type="person", object_id=person.id,
           details={"prefix": token[:10], "label": label})
    return token


def person_from_bearer(token: str) -> Person | None:
    row = db.session.scalar(
        select(ApiToken).where(ApiToken.token_hash == _token_hash(token), ApiToken.revoked_at.is_(None)))
    if row is None or not row.person.is_active:
        return None
    now = utcnow()
    if row.last_used_at is None or now - row.last_used_at > timedelta(minutes=5):
        row.last_used_at = now
        db.session.commit()
    return row.person


# -- people and teams ---------------------------------------------------------------------

def slugify(name: str) -> str:
    import unicodedata

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
    errors: list[tuple[int, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def _parse_row(line: int, row: dict, seen: set[str]) -> tuple[dict | None, str | None]:
    email = normalise_email(row.get("email", ""))
    if not EMAIL_RE.match(email):
        return None, f"invalid email {row.get('email', '')!r}"
    if email in seen:
        return None, f"duplicate email {email} in the file"
    name = (row.get("display_name") or "").strip()
    if not name:
        return None, "display_name is empty"
    if len(name) > 120:
        return None, "display_name is longer than 120 characters"
    roles = [r.strip() for r in re.split(r"[;|,\s]+", row.get("roles") or "employee") if r.strip()]
    unknown = [r for r in roles if r not in ALL_ROLES]
    if unknown:
        return None, f"unknown role(s) {', '.join(unknown)} (allowed: {', '.join(ALL_ROLES)})"
    language = (row.get("language") or "fr").strip() or "fr"
    if language not in LANGUAGES:
        return None, f"language must be one of {', '.join(LANGUAGES)}, got {language!r}"
    tz = (row.get("timezone") or "Europe/Paris").strip() or "Europe/Paris"
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        return None, f"unknown time zone {tz!r}"
    team = (row.get("team") or "").strip()
    if len(team) > 120:
        return None, "team name is longer than 120 characters"
    return {"email": email, "display_name": name, "roles": roles, "language": language,
            "timezone": tz, "team": team}, None


def import_people(text: str, *, actor: Person | None = None) -> ImportReport:
    """Import people from CSV text. All or nothing: any bad row → nothing is written."""
    report = ImportReport()
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in ("email", "display_name") if c not in header]
    if missing:
        report.errors.append((1, f"missing column(s): {', '.join(missing)}; expected {', '.join(IMPORT_COLUMNS)}"))
        return report
    reader.fieldnames = header
    parsed, seen = [], set()
    for index, row in enumerate(reader, start=2):
        if None in row:
            report.errors.append((reader.line_num, "too many fields on this row"))
            continue
        values, error = _parse_row(reader.line_num, row, seen)
        if error:
            report.errors.append((reader.line_num, error))
        else:
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
