"""Campaigns domain services: the public names other domains call, and personal-data export/erasure.

Business logic lives in the concern modules re-exported here: ``authoring`` (campaigns, kits,
images), ``review`` (compliance approval), ``sharing`` (feed, personal voice, share links, post
registration), ``notify`` (notifications, mail outbox), ``ideas`` (co-creation) and
``gamification`` (points, badges, leaderboard, rewards).
"""
from __future__ import annotations

from sqlalchemy import delete, select

from advocacy.campaigns.authoring import add_image, allowed_networks, save_campaign, save_kit  # noqa: F401
from advocacy.campaigns.errors import Invalid, NotAllowed  # noqa: F401
from advocacy.campaigns import push
from advocacy.campaigns.gamification import summary as points_summary  # noqa: F401
from advocacy.campaigns.gamification_models import (
    IDEA_ADOPTED,
    Badge,
    Idea,
    IdeaVote,
    PointEntry,
    Redemption,
)
from advocacy.campaigns.models import (
    SHARE_ERASED,
    Notification,
    OutboxMail,
    Share,
    ShareProfile,
)
from advocacy.campaigns.review import decide, submit, withdraw  # noqa: F401
from advocacy.campaigns.membership import is_member  # noqa: F401
from advocacy.campaigns.sharing import (  # noqa: F401
    feed,
    prepare_share,
    register_post,
    register_share,
    share_url,
)
from advocacy.extensions import db
from advocacy.core.audit import record


def _iso(value):
    return value.isoformat() if value else None


def export_person_data(person) -> dict:
    """Everything this domain holds about ``person`` (JSON-serialisable)."""
    pid = person.id
    shares = db.session.scalars(select(Share).where(Share.person_id == pid).order_by(Share.id)).all()
    ideas = db.session.scalars(select(Idea).where(Idea.author_id == pid).order_by(Idea.id)).all()
    votes = db.session.scalars(select(IdeaVote).where(IdeaVote.person_id == pid).order_by(IdeaVote.id)).all()
    points = db.session.scalars(select(PointEntry).where(PointEntry.person_id == pid).order_by(PointEntry.id)).all()
    badges = db.session.scalars(select(Badge).where(Badge.person_id == pid).order_by(Badge.id)).all()
    redemptions = db.session.scalars(select(Redemption).where(Redemption.person_id == pid).order_by(Redemption.id)).all()
    notes = db.session.scalars(select(Notification).where(Notification.person_id == pid).order_by(Notification.id)).all()
    mails = db.session.scalars(select(OutboxMail).where(OutboxMail.person_id == pid).order_by(OutboxMail.id)).all()
    profile = db.session.get(ShareProfile, pid)
    return {
        "shares": [{"id": s.id, "kit_variant_id": s.kit_variant_id, "network": s.network, "url": s.url,
                    "text": s.text, "status": s.status, "authenticity": s.authenticity,
                    "check_verdict": s.check_verdict, "created_at": _iso(s.created_at),
                    "registered_at": _iso(s.registered_at)} for s in shares],
        "share_profile": {"mastodon_instance": profile.mastodon_instance} if profile else None,
        "ideas": [{"id": i.id, "title": i.title, "body": i.body, "status": i.status,
                   "created_at": _iso(i.created_at)} for i in ideas],
        "idea_votes": [{"idea_id": v.idea_id, "at": _iso(v.created_at)} for v in votes],
        "points": [{"rule": p.rule, "ref": p.ref, "points": p.points, "at": _iso(p.created_at),
                    "charter_version_id": p.charter_version_id, "redeemable": p.redeemable} for p in points],
        "badges": [{"code": b.code, "awarded_at": _iso(b.awarded_at)} for b in badges],
        "redemptions": [{"id": r.id, "reward_id": r.reward_id, "points": r.points, "status": r.status,
                         "at": _iso(r.created_at), "decided_at": _iso(r.decided_at)} for r in redemptions],
        "notifications": [{"kind": n.kind, "title": n.title, "at": _iso(n.created_at), "read_at": _iso(n.read_at)}
                          for n in notes],
        "mail": [{"subject": m.subject, "status": m.status, "at": _iso(m.created_at), "sent_at": _iso(m.sent_at)}
                 for m in mails],
        "push_devices": push.export(person),
    }


def erase_person_data(person) -> None:
    """Erase what identifies ``person`` here. Shares stay only as anonymous counts (status ``erased``,
    no author, text or URL); adopted ideas keep their content without the author's name."""
    pid = person.id
    for share in db.session.scalars(select(Share).where(Share.person_id == pid)):
        share.person_id, share.text, share.url, share.instance = None, "", None, None
        share.status, share.authenticity = SHARE_ERASED, 0.0
    for idea in db.session.scalars(select(Idea).where(Idea.author_id == pid)):
        if idea.status == IDEA_ADOPTED:
            idea.author_id, idea.credit_name = None, ""
        else:
            db.session.delete(idea)
    for model in (IdeaVote, PointEntry, Badge, Redemption, Notification, OutboxMail):
        db.session.execute(delete(model).where(model.person_id == pid))
    db.session.execute(delete(ShareProfile).where(ShareProfile.person_id == pid))
    push.forget(pid)
    db.session.flush()

    record("campaigns.person_data_erased", object_type="person", object_id=pid)
