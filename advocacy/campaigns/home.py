"""Home-page tasks of the campaigns domain: new kits for employees (or how to join) and posts to
fix after a compliance ``fail``, kits and warned posts to review for reviewers, kits sent back or
waiting for marketers."""
from __future__ import annotations

from datetime import datetime

from flask import session, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from sqlalchemy import func, select

from advocacy.auth.roles import COMPLIANCE, EMPLOYEE, HR, MARKETER
from advocacy.campaigns import membership, share_review, sharing
from advocacy.campaigns.models import KIT_RETURNED, KIT_SUBMITTED, Kit
from advocacy.extensions import db
from advocacy.nav import HomeTask

#: session key: when this browser last opened the feed (ISO time, UTC)
FEED_SEEN = "feed_seen_at"


def feed_seen_at() -> datetime | None:
    raw = session.get(FEED_SEEN)
    try:
        return datetime.fromisoformat(raw) if raw else None
    except (TypeError, ValueError):
        return None


def mark_feed_seen(at: datetime) -> None:
    session[FEED_SEEN] = at.isoformat()


def _employee(person) -> list[HomeTask]:
    problem = membership.membership_problem(person)
    if problem == "not_joined":
        return [HomeTask("join", _("Join the programme"), url_for("consent.index"), _("Join the programme"),
                         text=_("Taking part is voluntary. Join to see the kits of your team."), order=5)]
    if problem is not None:
        return []  # the charter banner says what to do
    kits = sharing.live_kits_for(person)
    seen = feed_seen_at()
    new = [kit for kit in kits if seen is None or (kit.reviewed_at or kit.created_at) > seen]
    found = [HomeTask("kits", ngettext("%(num)d new kit since your last visit",
                                       "%(num)d new kits since your last visit", len(new)),
                      url_for("campaigns.feed"), _("See the kits"), count=len(new),
                      text=ngettext("%(num)d kit is on offer in all.", "%(num)d kits are on offer in all.", len(kits)),
                      order=10)]
    to_fix = share_review.to_fix_count(person.id)
    if to_fix:
        found.append(HomeTask("posts_to_fix", ngettext("%(num)d post to edit or delete after compliance review",
                                                       "%(num)d posts to edit or delete after compliance review",
                                                       to_fix),
                              url_for("tracking.my_posts"), _("See my posts"), count=to_fix, order=4))
    return found


def _reviewer(person) -> list[HomeTask]:
    waiting = db.session.scalar(select(func.count(Kit.id)).where(Kit.status == KIT_SUBMITTED)) or 0
    posts = share_review.pending_count()
    return [HomeTask("review", ngettext("%(num)d kit to approve", "%(num)d kits to approve", waiting),
                     url_for("campaigns.review_queue"), _("Open the review queue"), count=waiting, order=10),
            HomeTask("review_posts", ngettext("%(num)d post to review (the checker warned)",
                                              "%(num)d posts to review (the checker warned)", posts),
                     url_for("campaigns.share_review_queue"), _("Open the posts to review"), count=posts, order=11)]


def _marketer(person) -> list[HomeTask]:
    returned = db.session.scalar(select(func.count(Kit.id)).where(Kit.status == KIT_RETURNED)) or 0
    waiting = db.session.scalar(select(func.count(Kit.id)).where(Kit.status == KIT_SUBMITTED)) or 0
    return [
        HomeTask("returned", ngettext("%(num)d kit sent back for changes", "%(num)d kits sent back for changes", returned),
                 url_for("campaigns.index"), _("Open the campaigns"), count=returned, order=10),
        HomeTask("in_review", ngettext("%(num)d kit waiting for review", "%(num)d kits waiting for review", waiting),
                 url_for("campaigns.index"), _("See the review status"), count=waiting, order=11),
    ]


def tasks(person) -> list[HomeTask]:
    found: list[HomeTask] = []
    if person.has_role(EMPLOYEE):
        found += _employee(person)
    if person.has_role(COMPLIANCE, HR):
        found += _reviewer(person)
    if person.has_role(MARKETER):
        found += _marketer(person)
    return found
