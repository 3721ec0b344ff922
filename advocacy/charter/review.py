"""Review of a charter version: comment threads per clause, amendments proposed by staff reps."""
from __future__ import annotations

from flask_babel import gettext as _
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from advocacy.auth.roles import HR, STAFF_REP
from advocacy.charter.models import AWAITING, REVIEW, CharterAmendment, CharterClause, CharterComment, CharterVersion
from advocacy.charter.services import CharterError
from advocacy.charter.steps import (
    BODY_MAX,
    COMMENT_MAX,
    TITLE_MAX,
    audit,
    before_change,
    require_role,
    require_status,
    text,
)
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db

POLICY_THREAD = "policy"
GENERAL_THREAD = "general"


def _thread_key(version, clause_key: str) -> str:
    if clause_key in (POLICY_THREAD, GENERAL_THREAD) or any(c.key == clause_key for c in version.clauses):
        return clause_key
    raise CharterError(_("Unknown clause."), code="validation_error", field="clause_key", status=422)


def add_comment(version, actor, clause_key: str, body: str, parent: CharterComment | None = None) -> CharterComment:
    require_role(actor, HR, STAFF_REP)
    require_status(version, REVIEW, AWAITING)
    body = text(body, "body", COMMENT_MAX)
    if parent is not None:
        if parent.version_id != version.id:
            raise CharterError(_("Unknown thread."), code="validation_error", field="parent_id", status=422)
        parent = db.session.get(CharterComment, parent.parent_id) if parent.parent_id else parent
        clause_key = parent.clause_key
    else:
        clause_key = _thread_key(version, clause_key)
    comment = CharterComment(version_id=version.id, clause_key=clause_key, parent_id=parent.id if parent else None,
                             author_id=actor.id, author_role=HR if actor.has_role(HR) else STAFF_REP,
                             revision=version.revision, body=body, created_at=utcnow())
    db.session.add(comment)
    db.session.flush()
    audit("commented", actor, version, clause=clause_key, comment=comment.id)
    return comment


def threads(version) -> dict[str, list[CharterComment]]:
    """clause key → root comments (each with ``replies``), oldest first."""
    roots = db.session.scalars(select(CharterComment).where(
        CharterComment.version_id == version.id, CharterComment.parent_id.is_(None))
        .options(selectinload(CharterComment.author),
                 selectinload(CharterComment.replies).selectinload(CharterComment.author))
        .order_by(CharterComment.created_at, CharterComment.id)).all()
    grouped: dict[str, list[CharterComment]] = {}
    for root in roots:
        grouped.setdefault(root.clause_key, []).append(root)
    return grouped


def propose_amendment(version, actor, clause_key: str, *, title: str, body: str,
                      rationale: str = "") -> CharterAmendment:
    require_role(actor, STAFF_REP)
    require_status(version, REVIEW, AWAITING)
    clause = next((c for c in version.clauses if c.key == clause_key), None)
    if clause is None:
        raise CharterError(_("Unknown clause."), code="validation_error", field="clause_key", status=422)
    amendment = CharterAmendment(version_id=version.id, clause_key=clause.key, proposed_by_id=actor.id,
                                 base_revision=version.revision, proposed_title=text(title, "title", TITLE_MAX),
                                 proposed_body=text(body, "body", BODY_MAX),
                                 rationale=text(rationale, "rationale", COMMENT_MAX, required=False),
                                 status="open", created_at=utcnow())
    if (amendment.proposed_title, amendment.proposed_body) == (clause.title, clause.body):
        raise CharterError(_("The proposed text is identical to the clause."), code="validation_error",
                           field="body", status=422)
    db.session.add(amendment)
    db.session.flush()
    audit("amendment_proposed", actor, version, clause=clause.key, amendment=amendment.id)
    return amendment


def accept_amendment(amendment, actor, answer: str = "") -> CharterClause:
    """HR takes the proposed text into the clause (a new revision; signatures void)."""
    version = db.session.get(CharterVersion, amendment.version_id)
    require_role(actor, HR)
    if amendment.status != "open":
        raise CharterError(_("This amendment has already been handled."), code="handled")
    clause = next((c for c in version.clauses if c.key == amendment.clause_key), None)
    if clause is None:
        raise CharterError(_("The clause no longer exists."), code="validation_error")
    before_change(version, actor, "amendment accepted")
    clause.title, clause.body = amendment.proposed_title, amendment.proposed_body
    clause.source_revision += 1  # the English translation, if any, is now out of date
    amendment.status, amendment.answered_by_id, amendment.answered_at = "accepted", actor.id, utcnow()
    amendment.answer = text(answer, "answer", COMMENT_MAX, required=False)
    db.session.flush()
    audit("amendment_accepted", actor, version, clause=clause.key, amendment=amendment.id)
    return clause


def answer_amendment(amendment, actor, answer: str) -> CharterAmendment:
    """HR declines the amendment with a written answer (visible to both sides)."""
    version = db.session.get(CharterVersion, amendment.version_id)
    require_role(actor, HR)
    if amendment.status != "open":
        raise CharterError(_("This amendment has already been handled."), code="handled")
    amendment.answer = text(answer, "answer", COMMENT_MAX, minimum=10)
    amendment.status, amendment.answered_by_id, amendment.answered_at = "declined", actor.id, utcnow()
    db.session.flush()
    audit("amendment_answered", actor, version, clause=amendment.clause_key, amendment=amendment.id)
    return amendment


def amendments(version) -> list[CharterAmendment]:
    return db.session.scalars(select(CharterAmendment).where(CharterAmendment.version_id == version.id)
                              .options(selectinload(CharterAmendment.proposed_by))
                              .order_by(CharterAmendment.created_at, CharterAmendment.id)).all()
