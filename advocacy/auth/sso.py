"""What single sign-on (OIDC or SAML) has in common: the error, and who a verified identity is.

Invariant: a provider identity (issuer, subject) signs in one person only; an e-mail is used for
matching only when the provider does not say it is unverified (``email_verified: false``); the
stored (issuer, subject) wins over the e-mail; unknown people are created (as employees) only
when the deployment says so.
"""
from __future__ import annotations

from flask import current_app
from sqlalchemy import select

from advocacy.core import outbound
from advocacy.core.audit import record
from advocacy.auth.models import ExternalIdentity, Person
from advocacy.auth.roles import ALL_ROLES, EMPLOYEE
from advocacy.auth.services import EMAIL_RE, find_person, get_or_create_team, normalise_email
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db


class SsoError(Exception):
    """A sign-in through the provider that cannot complete. ``code`` is stable; ``message`` is
    for the log (the person sees a translated sentence chosen by the view from ``code``)."""

    def __init__(self, code: str, message: str):
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message


def fetch_document(url: str, what: str, accept: str):
    """A provider's published document (OIDC discovery, JWKS, SAML metadata) through the guarded
    outbound client; an unreachable provider or an answer other than 200 is an :class:`SsoError`."""
    try:
        response = outbound.fetch(url, headers={"Accept": accept})
    except outbound.OutboundError as exc:
        raise SsoError("provider_unreachable", f"{what} at {url}: {exc}") from None
    if response.status != 200:
        raise SsoError("provider_error", f"{what} at {url} answered HTTP {response.status}")
    return response


# -- who is this? ---------------------------------------------------------------------------

def _claim_list(claims: dict, name: str | None) -> list[str]:
    if not name:
        return []
    value = claims
    for part in name.split("."):  # "realm_access.roles" style paths
        value = value.get(part) if isinstance(value, dict) else None
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def sign_in_person(claims: dict, *, issuer: str, protocol: str = "oidc", create: bool | None = None) -> Person:
    """The person these verified claims sign in; created when ``create`` (by default
    ``ADVOCACY_OIDC_CREATE_PEOPLE``), with roles and team from the configured claims.

    Matching: a stored (issuer, subject) first; else the e-mail claim unless the provider says it
    is unverified; the link (issuer, subject) is then stored so that a later e-mail change at the
    provider still finds the same person. Flushes; the caller commits.
    """
    subject = claims["sub"]
    link = db.session.scalar(select(ExternalIdentity).where(ExternalIdentity.issuer == issuer,
                                                            ExternalIdentity.subject == subject))
    person = link.person if link is not None else None
    email = normalise_email(claims.get("email") if isinstance(claims.get("email"), str) else "")
    email_usable = bool(EMAIL_RE.match(email)) and claims.get("email_verified", True) not in (False, "false")
    if person is None and email_usable:
        person = find_person(email)
    created = False
    if person is None:
        if create is None:
            create = bool(current_app.config.get("OIDC_CREATE_PEOPLE"))
        if not (email_usable and create):
            raise SsoError("unknown_person", f"no person matches subject {subject!r} or e-mail {email!r}")
        person = _create_person(claims, email)
        created = True
    if not person.is_active:
        raise SsoError("inactive", f"person {person.id} is inactive")
    now = utcnow()
    if link is None:
        link = ExternalIdentity(person=person, protocol=protocol, issuer=issuer, subject=subject)
        db.session.add(link)
    link.last_login_at = now
    db.session.flush()
    record("auth.sso_matched", actor=person, object_type="person", object_id=person.id,
           details={"method": protocol, "issuer": issuer, "created": created})
    return person


def _create_person(claims: dict, email: str) -> Person:
    name = claims.get("name") if isinstance(claims.get("name"), str) else ""
    if not name.strip():
        name = " ".join(str(claims.get(k) or "") for k in ("given_name", "family_name")).strip() or email
    language = claims.get("locale") if claims.get("locale") in ("fr", "en") else "fr"
    person = Person(email=email, display_name=name.strip()[:120], language=language)
    roles = [r for r in _claim_list(claims, current_app.config.get("OIDC_ROLE_CLAIM")) if r in ALL_ROLES]
    person.set_roles(roles or [EMPLOYEE])
    teams = _claim_list(claims, current_app.config.get("OIDC_TEAM_CLAIM"))
    if teams and teams[0].strip():
        person.team = get_or_create_team(teams[0].strip()[:120])
    db.session.add(person)
    db.session.flush()
    return person
