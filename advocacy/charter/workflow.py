"""Drafting, review, amendments, co-signature and adoption of charter versions.

draft (HR edits) → review (HR and staff reps comment per clause; staff reps propose
amendments; HR accepts them into a new revision or answers them) → awaiting_signatures →
adopted (in force from its effective date; superseded by the next adopted version).
Any change once signing started voids the live signatures and returns to review.
Every function takes the acting person, checks their role, audits, and flushes; the caller commits.
"""
from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from flask_babel import format_datetime
from flask_babel import gettext as _
from sqlalchemy import func, select

from advocacy.auth.roles import HR, STAFF_REP
from advocacy.charter.canonical import content_sha256, verify_version
from advocacy.charter.models import (
    ADOPTED,
    AWAITING,
    DRAFT,
    OPEN_STATUSES,
    REVIEW,
    CharterAmendment,
    CharterClause,
    CharterRefusal,
    CharterSignature,
    CharterVersion,
)
from advocacy.charter.policy import DEFAULT_REVIEW_DAYS, PolicyError, default_policy_dict, parse_policy
from advocacy.charter.review import (  # noqa: F401  (one import path for the whole workflow)
    GENERAL_THREAD,
    POLICY_THREAD,
    accept_amendment,
    add_comment,
    amendments,
    answer_amendment,
    propose_amendment,
    threads,
)
from advocacy.charter.services import CharterError, emit_version, policy_in_force, version_in_force
from advocacy.charter.steps import (
    BODY_MAX,
    COMMENT_MAX,
    TITLE_MAX,
    audit,
    before_change,
    lock,
    require_role,
    require_status,
    state_label,
    text,
)
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db

SIGNING_ROLES = (HR, STAFF_REP)


def new_key() -> str:
    return "c-" + secrets.token_hex(5)


def open_version() -> CharterVersion | None:
    return db.session.scalar(select(CharterVersion).where(CharterVersion.status.in_(OPEN_STATUSES))
                             .order_by(CharterVersion.number.desc()).limit(1))


def latest_version() -> CharterVersion | None:
    return db.session.scalar(select(CharterVersion).order_by(CharterVersion.number.desc()).limit(1))


def validated_policy(raw) -> dict:
    try:
        return parse_policy(raw).to_dict()
    except PolicyError as exc:
        raise CharterError(exc.message, code="validation_error", field=f"policy.{exc.field}", status=422) from exc


def create_version(actor, *, title=None, title_en=None, policy=None, based_on=None, clauses=None,
                   change_summary="") -> CharterVersion:
    """A new draft, copying the clauses and policy of ``based_on`` (default: the latest version)."""
    require_role(actor, HR)
    if open_version() is not None:
        raise CharterError(_("A version is already being prepared: finish or adopt it first."), code="open_version")
    based_on = based_on if based_on is not None else latest_version()
    number = (db.session.scalar(select(func.max(CharterVersion.number))) or 0) + 1
    version = CharterVersion(
        number=number,
        title=text(title if title is not None else (based_on.title if based_on else _("Expression charter")),
                    "title", TITLE_MAX),
        title_en=text(title_en if title_en is not None else (based_on.title_en if based_on else ""),
                       "title_en", TITLE_MAX, required=False),
        policy=validated_policy(policy if policy is not None else
                                (based_on.policy if based_on else default_policy_dict())),
        status=DRAFT, revision=1, change_summary=change_summary or "", based_on=based_on,
        created_by_id=actor.id, created_at=utcnow(), updated_at=utcnow(),
    )
    db.session.add(version)
    if clauses is not None:
        for position, item in enumerate(clauses, start=1):
            version.clauses.append(CharterClause(
                key=item.get("key") or new_key(), position=position,
                title=text(item["title"], "title", TITLE_MAX), body=text(item["body"], "body", BODY_MAX),
                title_en=item.get("title_en", ""), body_en=item.get("body_en", ""), source_revision=1,
                translated_revision=1 if (item.get("body_en") or "").strip() else 0))
    elif based_on is not None:
        for clause in based_on.clauses:
            version.clauses.append(CharterClause(key=clause.key, position=clause.position, title=clause.title,
                                                 body=clause.body, title_en=clause.title_en, body_en=clause.body_en,
                                                 source_revision=clause.source_revision,
                                                 translated_revision=clause.translated_revision))
    db.session.flush()
    audit("version_created", actor, version, based_on=based_on.number if based_on else None)
    return version


def update_version(version, actor, *, title, title_en="", policy, change_summary=None) -> CharterVersion:
    title = text(title, "title", TITLE_MAX)
    title_en = text(title_en, "title_en", TITLE_MAX, required=False)
    policy = validated_policy(policy)
    summary = version.change_summary if change_summary is None else text(change_summary, "change_summary",
                                                                           BODY_MAX, required=False)
    if (title, title_en, policy, summary) == (version.title, version.title_en, version.policy,
                                              version.change_summary):
        return version
    before = dict(version.policy)
    before_change(version, actor, "title or policy changed")
    version.title, version.title_en, version.policy, version.change_summary = title, title_en, policy, summary
    db.session.flush()
    audit("version_updated", actor, version, policy_changed=before != policy)
    return version


def add_clause(version, actor, *, title, body, title_en="", body_en="") -> CharterClause:
    title, body = text(title, "title", TITLE_MAX), text(body, "body", BODY_MAX)
    title_en = text(title_en, "title_en", TITLE_MAX, required=False)
    body_en = text(body_en, "body_en", BODY_MAX, required=False)
    before_change(version, actor, "clause added")
    position = max((c.position for c in version.clauses), default=0) + 1
    clause = CharterClause(key=new_key(), position=position, title=title, body=body, title_en=title_en,
                           body_en=body_en, source_revision=1, translated_revision=1 if body_en else 0)
    version.clauses.append(clause)
    db.session.flush()
    audit("clause_added", actor, version, clause=clause.key)
    return clause


def update_clause(clause, actor, *, title, body, title_en="", body_en="",
                  translation_current: bool = False) -> CharterClause:
    """Change a clause. A change of the French text makes the English translation out of date
    unless the translation changes too, or HR states that it still matches (``translation_current``)."""
    values = (text(title, "title", TITLE_MAX), text(body, "body", BODY_MAX),
              text(title_en, "title_en", TITLE_MAX, required=False), text(body_en, "body_en", BODY_MAX,
                                                                             required=False))
    french_changed = values[:2] != (clause.title, clause.body)
    english_changed = values[2:] != (clause.title_en, clause.body_en)
    if not french_changed and not english_changed:
        if translation_current and clause.translation_outdated:
            require_role(actor, HR)
            require_status(clause.version, *OPEN_STATUSES)
            clause.translated_revision = clause.source_revision
            db.session.flush()
            audit("translation_confirmed", actor, clause.version, clause=clause.key,
                   source_revision=clause.source_revision)
        return clause
    before_change(clause.version, actor, "clause changed")
    clause.title, clause.body, clause.title_en, clause.body_en = values
    if french_changed:
        clause.source_revision += 1
    if (english_changed or translation_current) and clause.has_translation:
        clause.translated_revision = clause.source_revision
    db.session.flush()
    audit("clause_updated", actor, clause.version, clause=clause.key, source_revision=clause.source_revision,
           translation_outdated=clause.translation_outdated)
    return clause


def outdated_translations(version) -> list[CharterClause]:
    """Clauses whose English translation predates their current French text."""
    return [c for c in version.clauses if c.translation_outdated]


def delete_clause(clause, actor) -> None:
    version = clause.version
    before_change(version, actor, "clause removed")
    version.clauses.remove(clause)
    db.session.flush()
    for position, other in enumerate(version.clauses, start=1):
        other.position = position
    db.session.flush()
    audit("clause_removed", actor, version, clause=clause.key)


def move_clause(clause, actor, direction: int) -> None:
    version = clause.version
    ordered = list(version.clauses)
    index = ordered.index(clause)
    target = index + (1 if direction > 0 else -1)
    if not 0 <= target < len(ordered):
        return
    before_change(version, actor, "clauses reordered")
    ordered[index], ordered[target] = ordered[target], ordered[index]
    for position, other in enumerate(ordered, start=1):
        other.position = position
    db.session.flush()
    audit("clause_moved", actor, version, clause=clause.key)


def submit_for_review(version, actor) -> None:
    require_role(actor, HR)
    lock(version)
    require_status(version, DRAFT)
    if not version.clauses:
        raise CharterError(_("Add at least one clause before the review."), code="no_clauses")
    version.status, version.submitted_at, version.updated_at = REVIEW, utcnow(), utcnow()
    db.session.flush()
    audit("review_opened", actor, version)
    emit_version(version, "charter.version.review_opened")


def required_review_days(version) -> int:
    """The minimum review period: the policy in force sets it (a draft cannot shorten its own
    review); before any version is in force, the draft's own policy does."""
    current = policy_in_force()
    if current is not None:
        return current.review_days
    try:
        return parse_policy(version.policy).review_days
    except PolicyError:
        return DEFAULT_REVIEW_DAYS


def signatures_open_at(version) -> datetime | None:
    """When HR may ask for signatures (the review opened ``review_days`` before), None if not in review."""
    if version.status != REVIEW or version.submitted_at is None:
        return None
    return version.submitted_at + timedelta(days=required_review_days(version))


def request_signatures(version, actor, planned_effective_from: datetime | None = None) -> None:
    require_role(actor, HR)
    lock(version)
    require_status(version, REVIEW)
    opens = signatures_open_at(version)
    if opens is not None and utcnow() < opens:
        raise CharterError(_("The review lasts at least %(n)d days (program policy), so that the staff "
                             "representatives can consult: signatures can be requested from %(date)s.",
                             n=required_review_days(version), date=format_datetime(opens, "medium")),
                           code="review_period")
    if open_amendments(version):
        raise CharterError(_("Accept or answer every proposed amendment before asking for signatures."),
                           code="open_amendments")
    stale = outdated_translations(version)
    if stale:
        raise CharterError(_("The English translation of %(clauses)s is out of date: the French text changed "
                             "since it was translated. Update the translation (or confirm it still matches) "
                             "before asking for signatures.",
                             clauses=", ".join(f"« {c.title} »" for c in stale)), code="translation_outdated")
    validated_policy(version.policy)
    version.status, version.planned_effective_from, version.updated_at = AWAITING, planned_effective_from, utcnow()
    db.session.flush()
    audit("signatures_requested", actor, version, content_sha256=content_sha256(version))
    emit_version(version, "charter.version.signature_opened")


def _signing_role(actor, role):
    held = [r for r in SIGNING_ROLES if actor.has_role(r)]
    if not held:
        raise CharterError(_("Only HR and staff representatives sign the charter."), code="forbidden", status=403)
    if role is None:
        return held[0]
    if role not in held:
        raise CharterError(_("You do not hold this role."), code="forbidden", field="role", status=403)
    return role


def sign(version, actor, role: str | None = None, *, mfa_verified_at=None) -> CharterSignature:
    """Co-sign ``version``; ``mfa_verified_at`` is when the signer confirmed a fresh second-factor
    code for it (the pages and the API require one of the roles that must use it)."""
    role = _signing_role(actor, role)
    lock(version)
    require_status(version, AWAITING)
    if any(s.signer_id == actor.id for s in version.live_signatures):
        raise CharterError(_("You have already signed this version."), code="already_signed")
    signature = CharterSignature(version=version, signer_id=actor.id, signer_label=actor.email,
                                 signer_name=actor.display_name, role=role, revision=version.revision,
                                 content_sha256=content_sha256(version), signed_at=utcnow(),
                                 mfa_verified_at=mfa_verified_at)
    db.session.add(signature)
    db.session.flush()
    audit("signed", actor, version, role=role, content_sha256=signature.content_sha256,
           second_factor=mfa_verified_at is not None)
    return signature


def refuse(version, actor, reason: str, role: str | None = None) -> CharterRefusal:
    role = _signing_role(actor, role)
    lock(version)
    require_status(version, AWAITING)
    reason = text(reason, "reason", COMMENT_MAX, minimum=10)
    if any(s.signer_id == actor.id for s in version.live_signatures):
        raise CharterError(_("You have already signed this version."), code="already_signed")
    if any(r.person_id == actor.id and r.revision == version.revision for r in version.refusals):
        raise CharterError(_("You have already refused this revision."), code="already_refused")
    refusal = CharterRefusal(version_id=version.id, person_id=actor.id, person_label=actor.email, role=role,
                             revision=version.revision, content_sha256=content_sha256(version), reason=reason,
                             created_at=utcnow())
    db.session.add(refusal)
    version.refusals.append(refusal)
    db.session.flush()
    audit("signature_refused", actor, version, role=role, reason=reason)
    return refusal


def quorum_status(version) -> dict[str, tuple[int, int]]:
    """role → (valid live signatures, required)."""
    required = parse_policy(version.policy).quorum
    digest = content_sha256(version)
    have = {role: 0 for role in SIGNING_ROLES}
    for signature in version.live_signatures:
        if signature.content_sha256 == digest:
            have[signature.role] = have.get(signature.role, 0) + 1
    return {role: (have[role], required[role]) for role in SIGNING_ROLES}


def quorum_met(version) -> bool:
    return all(have >= need for have, need in quorum_status(version).values())


def bring_into_force(version, actor, effective_from: datetime | None = None) -> CharterVersion:
    """HR puts a fully co-signed version in force (now or from a later date)."""
    require_role(actor, HR)
    lock(version)
    require_status(version, AWAITING)
    status = quorum_status(version)
    if any(have < need for have, need in status.values()):
        missing = ", ".join(f"{state_label(role)} {have}/{need}" for role, (have, need) in status.items()
                            if have < need)
        raise CharterError(_("The signatory quorum is not reached (%(missing)s).", missing=missing),
                           code="quorum_not_met")
    check = verify_version(version)
    if not check.ok:
        raise CharterError(_("A signature does not match the text: the version cannot come into force."),
                           code="verification_failed")
    now = utcnow()
    effective_from = effective_from or version.planned_effective_from or now
    if effective_from < now - timedelta(minutes=5):
        effective_from = now
    current = version_in_force(now)
    if current is not None and current.effective_from and effective_from < current.effective_from:
        effective_from = now
    version.status, version.effective_from, version.adopted_at = ADOPTED, effective_from, now
    version.adopted_sha256 = check.sha256
    version.updated_at = now
    db.session.flush()
    audit("brought_into_force", actor, version, effective_from=effective_from.isoformat(),
           content_sha256=check.sha256, signatures=[s.id for s in version.live_signatures])
    return version


def open_amendments(version) -> list[CharterAmendment]:
    return db.session.scalars(select(CharterAmendment).where(
        CharterAmendment.version_id == version.id, CharterAmendment.status == "open")).all()
