"""Charter policy API used by the other domains (see docs/CONTRACTS.md).

- ``version_in_force(at=None)`` — the adopted version whose effective date is the latest
  one not after ``at`` (the previous ones are superseded);
- ``policy_in_force(at=None) -> Policy | None`` and ``kpi_annex(at=None) -> KpiAnnex | None``;
- ``has_accepted_current(person)`` — participation is paused until the person accepts the
  version in force; ``accept(person, version=None)``;
- ``is_quiet_time(person, when)``, ``may_solicit(person, when)`` (quiet hours and the rolling
  7-day cap), ``record_solicitation(person, when, kind)``.

The drafting/review/signature workflow lives in ``advocacy.charter.workflow``.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from flask import current_app, has_app_context
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from advocacy.charter.canonical import content_sha256
from advocacy.charter.models import ADOPTED, CharterAcceptance, CharterVersion, Solicitation
from advocacy.charter.policy import KpiAnnex, Policy, PolicyError, parse_policy
from advocacy.core.timeutil import as_utc, utcnow
from advocacy.extensions import db

__all__ = [
    "version_in_force", "policy_in_force", "has_accepted_current", "is_quiet_time", "may_solicit",
    "record_solicitation", "kpi_annex", "accept", "CharterError", "Policy", "KpiAnnex",
    "export_person_data", "erase_person_data", "solicitations_in_week",
]

SOLICITATION_WINDOW = timedelta(days=7)


class CharterError(Exception):
    """A workflow rule refused the action; ``message`` is shown to people, ``field`` names the input."""

    def __init__(self, message: str, *, code: str = "charter_rule", field: str | None = None, status: int = 409):
        super().__init__(str(message))
        self.message, self.code, self.field, self.status = str(message), code, field, status


def _when(at: datetime | None) -> datetime:
    if at is None:
        return utcnow()
    if at.tzinfo is None:
        raise ValueError("naive datetime given to the charter services")
    return as_utc(at)


def version_in_force(at: datetime | None = None) -> CharterVersion | None:
    at = _when(at)
    return db.session.scalar(
        select(CharterVersion)
        .where(CharterVersion.status == ADOPTED, CharterVersion.effective_from <= at)
        .order_by(CharterVersion.effective_from.desc(), CharterVersion.number.desc())
        .limit(1)
    )


def policy_of(version: CharterVersion | None) -> Policy | None:
    if version is None:
        return None
    try:
        return parse_policy(version.policy)
    except PolicyError:  # an adopted policy is validated before signing; never trust blindly
        current_app.logger.error("charter version %s holds an invalid policy", version.id)
        return None


def policy_in_force(at: datetime | None = None) -> Policy | None:
    return policy_of(version_in_force(at))


def kpi_annex(at: datetime | None = None) -> KpiAnnex | None:
    policy = policy_in_force(at)
    return policy.kpi_annex if policy is not None else None


def _person_id(person) -> int:
    return person if isinstance(person, int) else person.id


def has_accepted_current(person) -> bool:
    """True when the person accepted the version in force (False when none is in force)."""
    version = version_in_force()
    if version is None or person is None:
        return False
    return db.session.scalar(
        select(func.count(CharterAcceptance.id)).where(
            CharterAcceptance.version_id == version.id, CharterAcceptance.person_id == _person_id(person))
    ) > 0


def acceptance_of(person, version: CharterVersion) -> CharterAcceptance | None:
    return db.session.scalar(select(CharterAcceptance).where(
        CharterAcceptance.version_id == version.id, CharterAcceptance.person_id == _person_id(person)))


def accept(person, version: CharterVersion | None = None, *, method: str = "web") -> CharterAcceptance:
    """Record that ``person`` accepts ``version`` (default: the one in force); idempotent, audited."""
    from flask_babel import gettext as _

    from advocacy.audit.services import record

    version = version or version_in_force()
    if version is None:
        raise CharterError(_("No charter is in force yet."), code="no_charter", status=409)
    if version.status != ADOPTED:
        raise CharterError(_("Only an adopted charter can be accepted."), code="not_adopted", status=409)
    existing = acceptance_of(person, version)
    if existing is not None:
        return existing
    row = CharterAcceptance(version_id=version.id, person_id=person.id, content_sha256=version.adopted_sha256
                            or content_sha256(version), accepted_at=utcnow(), method=method)
    try:
        with db.session.begin_nested():
            db.session.add(row)
            db.session.flush()
    except IntegrityError:  # accepted at the same moment in another request
        return acceptance_of(person, version)
    record("charter.accepted", actor=person, object_type="charter_version", object_id=version.id,
           details={"number": version.number, "content_sha256": row.content_sha256, "method": method})
    return row


def _zone(person) -> ZoneInfo:
    name = getattr(person, "timezone", None) or (current_app.config.get("TIMEZONE") if has_app_context() else None)
    try:
        return ZoneInfo(name or "Europe/Paris")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("Europe/Paris")


def is_quiet_time(person, when: datetime) -> bool:
    """Is ``when`` inside the quiet hours (or weekend) of the policy in force, in the person's zone?"""
    when = _when(when)
    policy = policy_in_force(when)
    if policy is None:
        return False
    return policy.quiet_hours.covers(when.astimezone(_zone(person)))


def solicitations_in_week(person, when: datetime) -> int:
    when = _when(when)
    return db.session.scalar(
        select(func.count(Solicitation.id)).where(
            Solicitation.person_id == _person_id(person),
            Solicitation.at > when - SOLICITATION_WINDOW, Solicitation.at <= when)
    ) or 0


def may_solicit(person, when: datetime) -> bool:
    """May the program solicit ``person`` at ``when``? No charter in force → never; quiet
    time → no; already ``max_solicitations_per_week`` in the 7 days before → no."""
    when = _when(when)
    policy = policy_in_force(when)
    if policy is None:
        return False
    if policy.quiet_hours.covers(when.astimezone(_zone(person))):
        return False
    return solicitations_in_week(person, when) < policy.max_solicitations_per_week


def record_solicitation(person, when: datetime | None, kind: str) -> Solicitation:
    """Log one solicitation (the caller checked ``may_solicit``); in the current transaction."""
    when = _when(when)
    row = Solicitation(person_id=_person_id(person), at=when, kind=str(kind)[:40],
                       quiet=is_quiet_time(person, when) if not isinstance(person, int) else False)
    db.session.add(row)
    db.session.flush()
    return row


# -- personal data (GDPR export / erasure, called by the consent domain) ----------------------

def export_person_data(person) -> dict:
    from advocacy.charter.models import CharterAmendment, CharterComment, CharterRefusal, CharterSignature

    def iso(value):
        return value.isoformat() if value else None

    acceptances = db.session.scalars(select(CharterAcceptance).where(CharterAcceptance.person_id == person.id))
    solicitations = db.session.scalars(select(Solicitation).where(Solicitation.person_id == person.id)
                                       .order_by(Solicitation.at))
    signatures = db.session.scalars(select(CharterSignature).where(CharterSignature.signer_id == person.id))
    refusals = db.session.scalars(select(CharterRefusal).where(CharterRefusal.person_id == person.id))
    comments = db.session.scalars(select(CharterComment).where(CharterComment.author_id == person.id))
    amendments = db.session.scalars(select(CharterAmendment).where(CharterAmendment.proposed_by_id == person.id))
    return {
        "acceptances": [{"version_id": a.version_id, "accepted_at": iso(a.accepted_at),
                         "content_sha256": a.content_sha256, "method": a.method} for a in acceptances],
        "solicitations": [{"at": iso(s.at), "kind": s.kind} for s in solicitations],
        "signatures": [{"version_id": s.version_id, "role": s.role, "signed_at": iso(s.signed_at),
                        "content_sha256": s.content_sha256, "voided_at": iso(s.voided_at)} for s in signatures],
        "refusals": [{"version_id": r.version_id, "reason": r.reason, "at": iso(r.created_at)} for r in refusals],
        "comments": [{"version_id": c.version_id, "clause": c.clause_key, "body": c.body,
                      "at": iso(c.created_at)} for c in comments],
        "amendments": [{"version_id": a.version_id, "clause": a.clause_key, "title": a.proposed_title,
                        "body": a.proposed_body, "status": a.status, "at": iso(a.created_at)} for a in amendments],
    }


def erase_person_data(person) -> None:
    """Drop what concerns only the person; signatures stay (a signed charter is the company's
    legal record, signed in a representative capacity) but are no longer linked to the account."""
    from sqlalchemy import delete

    db.session.execute(delete(Solicitation).where(Solicitation.person_id == person.id))
    db.session.execute(delete(CharterAcceptance).where(CharterAcceptance.person_id == person.id))
    db.session.flush()
