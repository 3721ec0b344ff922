"""The review queue for warned shares: a post the disclosure checker could only ``warn`` about
(salary alone, a restricted sector, a disguised mention…) waits for compliance, who decides
``pass`` or ``fail`` with a reason. The decision is recorded (audit trail), notified to the author
and shown on their post and on My posts.

A ``fail`` on a post already published is a post that must not stay as it is: the author is told
to edit it (with the checker's suggested text) or delete it, and says which (``fix``). An edited
text is checked again: a ``fail`` is refused as at sharing time, a ``pass`` closes the matter, a
``warn`` puts the post back in the queue for a new decision. A ``fail`` on a post not published yet
tells the author not to publish it and to write a new version from the kit.

Invariant: one current decision per share (a re-review after an edit updates it; the audit trail
keeps every decision), only on a share whose stored verdict is ``warn``, never by its author;
services flush, views commit.
"""
from __future__ import annotations

from flask import current_app
from flask_babel import force_locale
from flask_babel import gettext as _
from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import joinedload

from advocacy.auth.models import Person
from advocacy.campaigns import push, voice
from advocacy.campaigns.errors import Invalid, NotAllowed
from advocacy.campaigns.models import (
    MAIL_QUEUED,
    SHARE_DECISIONS,
    KitVariant,
    Notification,
    OutboxMail,
    Share,
    ShareReview,
)
from advocacy.campaigns.networks import LABELS
from advocacy.campaigns.sharing import check_share_text, starting_text
from advocacy.core.audit import record
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db
from advocacy.campaigns.authoring import plain

REVIEWER_ROLES = ("compliance", "hr")
MAX_REASON = 2000
#: What the author did about a ``fail``: edited the post (new text checked) or deleted it.
EDITED, DELETED = "edited", "deleted"
RESOLUTIONS = (EDITED, DELETED)
#: Notification / outbox kind: about the author's own post, not a solicitation (``notify.WORK_KINDS``).
KIND_SHARE_REVIEWED = "share_reviewed"

# What the author reads about a post's review (``follow_up``).
AWAITING = "awaiting"          # warned, waiting for compliance (first time or after an edit)
PASSED = "passed"
FIX_NEEDED = "fix_needed"      # fail on a published post: edit or delete it
DO_NOT_PUBLISH = "do_not_publish"  # fail on a post not published: write a new version
FIXED = "fixed"                # edited into a text the checker passes
REMOVED = "removed"            # the author deleted it


def _waiting():
    """Shares waiting for a decision: warned and never decided, or edited after a ``fail`` into a
    text the checker still warns about."""
    return (select(Share).outerjoin(ShareReview, ShareReview.share_id == Share.id)
            .where(Share.check_verdict == "warn",
                   or_(ShareReview.id.is_(None), and_(ShareReview.decision == "fail",
                                                      ShareReview.resolution == EDITED))))


def pending(limit: int = 200) -> list[Share]:
    """Shares waiting for a decision, oldest first."""
    return list(db.session.scalars(
        _waiting().options(joinedload(Share.variant).joinedload(KitVariant.kit))
        .order_by(Share.created_at, Share.id).limit(limit)).unique())


def pending_count() -> int:
    return db.session.scalar(select(func.count()).select_from(_waiting().subquery())) or 0


def decisions_for(share_ids) -> dict[int, ShareReview]:
    ids = list(share_ids)
    if not ids:
        return {}
    return {row.share_id: row for row in db.session.scalars(select(ShareReview).where(ShareReview.share_id.in_(ids)))}


def follow_up(share: Share, row: ShareReview | None) -> str | None:
    """Where the review of ``share`` stands for its author (None: the checker did not warn)."""
    if row is None:
        return AWAITING if share.check_verdict == "warn" else None
    if row.decision == "pass":
        return PASSED
    if row.resolution == DELETED:
        return REMOVED
    if row.resolution == EDITED:
        return AWAITING if share.check_verdict == "warn" else FIXED
    return FIX_NEEDED if share.registered_at is not None else DO_NOT_PUBLISH


def to_fix_count(person_id: int) -> int:
    """The person's published posts compliance failed and they have not edited or deleted yet."""
    return db.session.scalar(
        select(func.count(ShareReview.id)).join(Share, Share.id == ShareReview.share_id)
        .where(Share.person_id == person_id, ShareReview.decision == "fail", ShareReview.resolution == "",
               Share.registered_at.is_not(None))) or 0


def recent(limit: int = 50) -> list[ShareReview]:
    """The latest decisions, newest first."""
    return list(db.session.scalars(select(ShareReview).options(joinedload(ShareReview.share))
                                   .order_by(ShareReview.decided_at.desc(), ShareReview.id.desc()).limit(limit)))


def decision_for(share: Share) -> ShareReview | None:
    return db.session.scalar(select(ShareReview).where(ShareReview.share_id == share.id))


def warnings(share: Share) -> list:
    """The checker's findings on the share's text today (what the reviewer weighs)."""
    return check_share_text(share.variant, share.text).findings


def decide(share: Share, decision: str, reason: str, *, reviewer) -> ShareReview:
    """Record compliance's ``pass`` or ``fail`` on a warned share, with the reason the author reads;
    the author is notified (and e-mailed on a ``fail``, which asks them to act)."""
    if not reviewer.has_role(*REVIEWER_ROLES):
        raise NotAllowed("forbidden", _("Only compliance or HR reviews posts."))
    if share.person_id == reviewer.id:
        raise NotAllowed("own_share", _("You cannot review your own post."))
    if share.check_verdict != "warn":
        raise Invalid({"decision": _("Only posts the checker warned about wait for a review.")}, code="not_warned")
    existing = decision_for(share)
    if existing is not None and not (existing.decision == "fail" and existing.resolution == EDITED):
        raise Invalid({"decision": _("This post has already been reviewed.")}, code="already_reviewed")
    errors = {}
    if decision not in SHARE_DECISIONS:
        errors["decision"] = _("Choose pass or fail.")
    reason = plain(reason or "", MAX_REASON)
    if not reason:
        errors["reason"] = _("Give the reason: the author reads it.")
    if errors:
        raise Invalid(errors)
    rules = ",".join(sorted({f["rule"] for f in warnings(share)}))[:400]
    row = existing or ShareReview(share_id=share.id)
    row.reviewer_id, row.decision, row.reason, row.rules = reviewer.id, decision, reason, rules
    row.decided_at, row.resolution, row.resolved_at = utcnow(), "", None
    db.session.add(row)
    db.session.flush()
    record("campaigns.share_reviewed", actor=reviewer, object_type="share", object_id=share.id,
           details={"decision": decision, "rules": rules, "reason": reason, "again": existing is not None})
    _tell_author(share, row)
    return row


def _tell_author(share: Share, row: ShareReview) -> None:
    """In-app notification, in the author's language; a ``fail`` is also e-mailed (it asks for an
    action). Both are about the author's own post, not a solicitation; the outbox still holds the
    mail through the author's quiet hours."""
    person = db.session.get(Person, share.person_id) if share.person_id else None
    if person is None or not person.is_active:
        return
    step = follow_up(share, row)
    network = LABELS.get(share.network, share.network)
    with force_locale(person.language or "fr"):
        if step == PASSED:
            title = _("Your %(network)s post passed compliance review", network=network)
        else:
            title = _("Compliance asks you to change your %(network)s post", network=network)
        body = _("Reason: %(reason)s", reason=row.reason)
        if step == FIX_NEEDED:
            body += " " + _("Edit your post so that it meets the rules, or delete it, then tell us which on the "
                            "post's page.")
        elif step == DO_NOT_PUBLISH:
            body += " " + _("Do not publish this text as it is: write a new version from the kit.")
    url = f"/shares/{share.id}" if step != PASSED else "/me/posts"
    note = Notification(person_id=person.id, kind=KIND_SHARE_REVIEWED, kit_id=share.variant.kit_id,
                        title=title[:200], body=body, url=url, created_at=utcnow())
    db.session.add(note)
    push.queue(note)
    if step != PASSED:
        base = current_app.config.get("PUBLIC_BASE_URL", "").rstrip("/")
        db.session.add(OutboxMail(person_id=person.id, to_address=person.email, subject=title[:200],
                                  body=f"{body}\n\n{base}{url}\n", kind=KIND_SHARE_REVIEWED,
                                  kit_id=share.variant.kit_id, status=MAIL_QUEUED, created_at=utcnow()))
    db.session.flush()


def fix(share: Share, how: str, text: str = "", *, author) -> ShareReview:
    """The author of a published post compliance failed says what they did: ``deleted`` it, or
    ``edited`` it into ``text`` (checked: a failing text is refused with the findings, as when
    sharing; a text the checker still warns about goes back to compliance)."""
    if share.person_id != author.id:
        raise NotAllowed("not_found", _("No such post."))
    row = decision_for(share)
    if row is None or row.decision != "fail" or row.resolution:
        raise Invalid({"how": _("This post has nothing to fix.")}, code="nothing_to_fix")
    if share.registered_at is None:
        raise Invalid({"how": _("This post is not published: write a new version from the kit instead.")},
                      code="not_published")
    if how not in RESOLUTIONS:
        raise Invalid({"how": _("Say whether you edited or deleted your post.")})
    details = {"how": how}
    if how == EDITED:
        text = plain(text, 10000)
        if not text:
            raise Invalid({"text": _("Paste the text of your post as it is now.")}, code="text_missing")
        outcome = check_share_text(share.variant, text)
        if outcome.blocks:
            raise Invalid({"text": _("Your text fails the disclosure check: see the findings.")},
                          code="check_failed", findings=outcome.findings, suggested_text=outcome.suggested_text,
                          verdict=outcome.verdict)
        share.text, share.check_verdict = text, outcome.verdict
        share.authenticity = voice.authenticity(text, starting_text(share.variant))
        details["verdict"] = outcome.verdict
    row.resolution, row.resolved_at = how, utcnow()
    db.session.flush()
    record("campaigns.share_fix_reported", actor=author, object_type="share", object_id=share.id, details=details)
    return row


def suggestion(share: Share) -> str | None:
    """The checker's suggested text for the share's text (what the author may paste after a ``fail``)."""
    return check_share_text(share.variant, share.text).suggested_text
