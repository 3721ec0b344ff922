"""Charter policy API used by the other domains (see docs/CONTRACTS.md).

- ``version_in_force(at=None)`` — the adopted version whose effective date is the latest
  one not after ``at`` (the previous ones are superseded);
- ``policy_in_force(at=None) -> Policy | None`` and ``kpi_annex(at=None) -> KpiAnnex | None``;
- ``has_accepted_current(person)`` — participation is paused until the person accepts the
  version in force; ``accept(person, version=None)``;
- ``announce_in_force()`` — once per version, after its effective date: sends the
  ``charter_in_force`` signal (higher domains re-check what depends on the rules);
- ``is_quiet_time(person, when)``, ``may_solicit(person, when)`` (quiet hours and the rolling
  7-day cap), ``record_solicitation(person, when, kind)``.

The drafting/review/signature workflow lives in ``advocacy.charter.workflow``.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from flask import current_app
from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from advocacy.core.errors import DomainError
from advocacy.charter.canonical import content_sha256
from advocacy.charter.models import ADOPTED, CharterAcceptance, CharterVersion, Solicitation
from advocacy.charter.policy import DEFAULT_MIN_GROUP_SIZE, KpiAnnex, Policy, PolicyError, parse_policy
from advocacy.core.timeutil import as_utc, utcnow, default_timezone
from advocacy.extensions import db
from advocacy.core.signals import charter_in_force
from advocacy.core.events import emit
from flask_babel import gettext as _
from sqlalchemy import delete
from advocacy.core.audit import record
from advocacy.charter.models import CharterAmendment
from advocacy.charter.models import CharterComment
from advocacy.charter.models import CharterRefusal
from advocacy.charter.models import CharterSignature

__all__ = [
    "version_in_force", "policy_in_force", "has_accepted_current", "is_quiet_time", "may_solicit",
    "record_solicitation", "kpi_annex", "accept", "CharterError", "Policy", "KpiAnnex",
    "export_person_data", "erase_person_data", "solicitations_in_week", "announce_in_force",
]

SOLICITATION_WINDOW = timedelta(days=7)


class CharterError(DomainError):
    """A workflow rule refused the action; ``message`` is shown to people, ``field`` names the input."""

    def __init__(self, message: str, *, code: str = "charter_rule", field: str | None = None, status: int = 409):
        super().__init__(code, message, field, status=status)


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


_LOOK_UP = object()


def version_state(version: CharterVersion, at: datetime | None = None, in_force=_LOOK_UP) -> str:
    """draft / review / awaiting_signatures / scheduled / in_force / superseded. ``in_force``: the
    version in force at ``at`` when the caller already has it (a list of versions asks once)."""
    if version.status != ADOPTED:
        return version.status
    at = _when(at)
    if version.effective_from and version.effective_from > at:
        return "scheduled"
    current = version_in_force(at) if in_force is _LOOK_UP else in_force
    return "in_force" if current is not None and current.id == version.id else "superseded"


def announce_in_force(at: datetime | None = None) -> CharterVersion | None:
    """Send ``advocacy.core.signals.charter_in_force`` once for the version in force, if not done yet.

    Called after a version is brought into force (once committed) and every minute by cron (a
    version scheduled for later comes into force on its own); idempotent. The caller commits."""
    version = version_in_force(at)
    if version is None or version.announced_at is not None:
        return None
    claimed = db.session.execute(
        update(CharterVersion).where(CharterVersion.id == version.id, CharterVersion.announced_at.is_(None))
        .values(announced_at=utcnow())).rowcount
    if not claimed:  # another process announced it first
        return None
    db.session.refresh(version)
    charter_in_force.send(version)
    emit_version(version, "charter.version.in_force", key=f"charter:{version.id}:in_force")
    return version


def emit_version(version: CharterVersion, event_type: str, key: str | None = None) -> None:
    """An organisational event about a charter version (``advocacy.core.events``): its number, title,
    state and effective date — never who drafted, reviewed or signed it."""
    emit(event_type, {"version": {
        "id": version.id, "number": version.number, "title": version.title, "status": version_state(version),
        "effective_from": version.effective_from.isoformat() if version.effective_from else None,
    }}, path=f"/charter/versions/{version.id}", key=key)


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


def min_group_size(at: datetime | None = None) -> int:
    """The ``k`` every figure is suppressed under: the KPI annex's minimum group size.

    Without a charter in force, the policy's default (what an annex says unless changed) —
    never a number of one's own: this is the only source of ``k``.
    """
    annex = kpi_annex(at)
    return int(annex.min_group_size) if annex is not None else DEFAULT_MIN_GROUP_SIZE


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


def person_zone(person) -> ZoneInfo:
    """The person's time zone (their profile, else the installation's)."""
    return _zone(person)


def _zone(person) -> ZoneInfo:
    try:
        return ZoneInfo(getattr(person, "timezone", None) or default_timezone())
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(default_timezone())


def is_quiet_time(person, when: datetime, policy=_LOOK_UP) -> bool:
    """Is ``when`` inside the quiet hours (or weekend) of the policy in force, in the person's zone?
    ``policy``: the policy in force at ``when`` when the caller already has it (a batch asks once)."""
    when = _when(when)
    if policy is _LOOK_UP:
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


def record_solicitation(person, when: datetime | None, kind: str, policy=_LOOK_UP) -> Solicitation:
    """Log one solicitation (the caller checked ``may_solicit``); in the current transaction.
    ``policy``: the policy in force at ``when`` when the caller already has it."""
    when = _when(when)
    row = Solicitation(person_id=_person_id(person), at=when, kind=str(kind)[:40],
                       quiet=is_quiet_time(person, when, policy) if not isinstance(person, int) else False)
    db.session.add(row)
    db.session.flush()
    return row


# -- personal data (GDPR export / erasure, called by the consent domain) ----------------------

def export_person_data(person) -> dict:
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
    db.session.execute(delete(Solicitation).where(Solicitation.person_id == person.id))
    db.session.execute(delete(CharterAcceptance).where(CharterAcceptance.person_id == person.id))
    db.session.flush()
