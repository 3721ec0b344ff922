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

from flask_babel import gettext as _
from sqlalchemy import func, select

from advocacy.audit.services import record
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
from advocacy.charter.policy import PolicyError, default_policy_dict, parse_policy
from advocacy.charter.services import CharterError, version_in_force
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db

SIGNING_ROLES = (HR, STAFF_REP)
TITLE_MAX, BODY_MAX, COMMENT_MAX = 200, 20000, 5000


def new_key() -> str:
    return "c-" + secrets.token_hex(5)


def _require_role(actor, *roles):
    if actor is None or not actor.has_role(*roles):
        raise CharterError(_("Your roles do not allow this action."), code="forbidden", status=403)


def _lock(version) -> None:
    """Serialise state changes of one version (row lock on PostgreSQL; SQLite writes are serial)."""
    if version.id is not None:
        db.session.flush()
        db.session.refresh(version, with_for_update=True)


def _require_status(version, *statuses):
    if version.status not in statuses:
        raise CharterError(_("This action is not possible while the version is %(state)s.",
                             state=state_label(version.status)), code="wrong_state")


def state_label(state: str) -> str:
    from advocacy.charter.labels import STATE_LABELS

    return str(STATE_LABELS.get(state, state))


def _audit(action, actor, version, **details):
    record(f"charter.{action}", actor=actor, object_type="charter_version", object_id=version.id,
           details={"number": version.number, "revision": version.revision, **details})


def _text(value, field, maximum, required=True, minimum=1) -> str:
    value = (value or "").strip()
    if required and len(value) < minimum:
        raise CharterError(_("This field is required.") if minimum == 1 else
                           _("Write at least %(n)d characters.", n=minimum), code="validation_error",
                           field=field, status=422)
    if len(value) > maximum:
        raise CharterError(_("At most %(n)d characters.", n=maximum), code="validation_error", field=field,
                           status=422)
    return value


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
    _require_role(actor, HR)
    if open_version() is not None:
        raise CharterError(_("A version is already being prepared: finish or adopt it first."), code="open_version")
    based_on = based_on if based_on is not None else latest_version()
    number = (db.session.scalar(select(func.max(CharterVersion.number))) or 0) + 1
    version = CharterVersion(
        number=number,
        title=_text(title if title is not None else (based_on.title if based_on else _("Expression charter")),
                    "title", TITLE_MAX),
        title_en=_text(title_en if title_en is not None else (based_on.title_en if based_on else ""),
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
                title=_text(item["title"], "title", TITLE_MAX), body=_text(item["body"], "body", BODY_MAX),
                title_en=item.get("title_en", ""), body_en=item.get("body_en", "")))
    elif based_on is not None:
        for clause in based_on.clauses:
            version.clauses.append(CharterClause(key=clause.key, position=clause.position, title=clause.title,
                                                 body=clause.body, title_en=clause.title_en, body_en=clause.body_en))
    db.session.flush()
    _audit("version_created", actor, version, based_on=based_on.number if based_on else None)
    return version


def _before_change(version, actor, what: str) -> None:
    """HR changes text or policy: allowed until adoption; voids live signatures; new revision."""
    _require_role(actor, HR)
    _lock(version)
    _require_status(version, *OPEN_STATUSES)
    live = version.live_signatures
    if live:
        now = utcnow()
        for signature in live:
            signature.voided_at = now
            signature.void_reason = what
        _audit("signatures_voided", actor, version, count=len(live), reason=what)
        db.session.flush()  # the database refuses changes to a version holding live signatures
    if version.status != DRAFT:
        version.revision += 1
        if version.status == AWAITING:
            version.status = REVIEW
    version.updated_at = utcnow()


def update_version(version, actor, *, title, title_en="", policy, change_summary=None) -> CharterVersion:
    title = _text(title, "title", TITLE_MAX)
    title_en = _text(title_en, "title_en", TITLE_MAX, required=False)
    policy = validated_policy(policy)
    summary = version.change_summary if change_summary is None else _text(change_summary, "change_summary",
                                                                           BODY_MAX, required=False)
    if (title, title_en, policy, summary) == (version.title, version.title_en, version.policy,
                                              version.change_summary):
        return version
    before = dict(version.policy)
    _before_change(version, actor, "title or policy changed")
    version.title, version.title_en, version.policy, version.change_summary = title, title_en, policy, summary
    db.session.flush()
    _audit("version_updated", actor, version, policy_changed=before != policy)
    return version


def add_clause(version, actor, *, title, body, title_en="", body_en="") -> CharterClause:
    title, body = _text(title, "title", TITLE_MAX), _text(body, "body", BODY_MAX)
    title_en = _text(title_en, "title_en", TITLE_MAX, required=False)
    body_en = _text(body_en, "body_en", BODY_MAX, required=False)
    _before_change(version, actor, "clause added")
    position = max((c.position for c in version.clauses), default=0) + 1
    clause = CharterClause(key=new_key(), position=position, title=title, body=body, title_en=title_en,
                           body_en=body_en)
    version.clauses.append(clause)
    db.session.flush()
    _audit("clause_added", actor, version, clause=clause.key)
    return clause


def update_clause(clause, actor, *, title, body, title_en="", body_en="") -> CharterClause:
    values = (_text(title, "title", TITLE_MAX), _text(body, "body", BODY_MAX),
              _text(title_en, "title_en", TITLE_MAX, required=False), _text(body_en, "body_en", BODY_MAX,
                                                                             required=False))
    if values == (clause.title, clause.body, clause.title_en, clause.body_en):
        return clause
    _before_change(clause.version, actor, "clause changed")
    clause.title, clause.body, clause.title_en, clause.body_en = values
    db.session.flush()
    _audit("clause_updated", actor, clause.version, clause=clause.key)
    return clause


def delete_clause(clause, actor) -> None:
    version = clause.version
    _before_change(version, actor, "clause removed")
    version.clauses.remove(clause)
    db.session.flush()
    for position, other in enumerate(version.clauses, start=1):
        other.position = position
    db.session.flush()
    _audit("clause_removed", actor, version, clause=clause.key)


def move_clause(clause, actor, direction: int) -> None:
    version = clause.version
    ordered = list(version.clauses)
    index = ordered.index(clause)
    target = index + (1 if direction > 0 else -1)
    if not 0 <= target < len(ordered):
        return
    _before_change(version, actor, "clauses reordered")
    ordered[index], ordered[target] = ordered[target], ordered[index]
    for position, other in enumerate(ordered, start=1):
        other.position = position
    db.session.flush()
    _audit("clause_moved", actor, version, clause=clause.key)


def submit_for_review(version, actor) -> None:
    _require_role(actor, HR)
    _lock(version)
    _require_status(version, DRAFT)
    if not version.clauses:
        raise CharterError(_("Add at least one clause before the review."), code="no_clauses")
    version.status, version.submitted_at, version.updated_at = REVIEW, utcnow(), utcnow()
    db.session.flush()
    _audit("review_opened", actor, version)


def request_signatures(version, actor, planned_effective_from: datetime | None = None) -> None:
    _require_role(actor, HR)
    _lock(version)
    _require_status(version, REVIEW)
    if open_amendments(version):
        raise CharterError(_("Accept or answer every proposed amendment before asking for signatures."),
                           code="open_amendments")
    validated_policy(version.policy)
    version.status, version.planned_effective_from, version.updated_at = AWAITING, planned_effective_from, utcnow()
    db.session.flush()
    _audit("signatures_requested", actor, version, content_sha256=content_sha256(version))


def _signing_role(actor, role):
    held = [r for r in SIGNING_ROLES if actor.has_role(r)]
    if not held:
        raise CharterError(_("Only HR and staff representatives sign the charter."), code="forbidden", status=403)
    if role is None:
        return held[0]
    if role not in held:
        raise CharterError(_("You do not hold this role."), code="forbidden", field="role", status=403)
    return role


def sign(version, actor, role: str | None = None) -> CharterSignature:
    role = _signing_role(actor, role)
    _lock(version)
    _require_status(version, AWAITING)
    if any(s.signer_id == actor.id for s in version.live_signatures):
        raise CharterError(_("You have already signed this version."), code="already_signed")
    signature = CharterSignature(version=version, signer_id=actor.id, signer_label=actor.email,
                                 signer_name=actor.display_name, role=role, revision=version.revision,
                                 content_sha256=content_sha256(version), signed_at=utcnow())
    db.session.add(signature)
    db.session.flush()
    _audit("signed", actor, version, role=role, content_sha256=signature.content_sha256)
    return signature


def refuse(version, actor, reason: str, role: str | None = None) -> CharterRefusal:
    role = _signing_role(actor, role)
    _lock(version)
    _require_status(version, AWAITING)
    reason = _text(reason, "reason", COMMENT_MAX, minimum=10)
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
    _audit("signature_refused", actor, version, role=role, reason=reason)
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


def bring_into_force(version, actor, effective_from: datetime | None = None) -> CharterVersion:
    """HR puts a fully co-signed version in force (now or from a later date)."""
    _require_role(actor, HR)
    _lock(version)
    _require_status(version, AWAITING)
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
    _audit("brought_into_force", actor, version, effective_from=effective_from.isoformat(),
           content_sha256=check.sha256, signatures=[s.id for s in version.live_signatures])
    return version


def open_amendments(version) -> list[CharterAmendment]:
    return db.session.scalars(select(CharterAmendment).where(
        CharterAmendment.version_id == version.id, CharterAmendment.status == "open")).all()


from advocacy.charter.review import (  # noqa: E402,F401  (one import path for the whole workflow)
    GENERAL_THREAD,
    POLICY_THREAD,
    accept_amendment,
    add_comment,
    amendments,
    answer_amendment,
    propose_amendment,
    threads,
)

