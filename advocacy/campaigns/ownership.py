"""Is a registered post really the sharer's? Only then does it earn points and count in the shares KPIs.

- One post is registered once, by anyone: ``Share.post_key`` (``networks.post_key``) is unique.
- Mastodon and Bluesky show who wrote a post. When the tracker reads it, its author must be the
  sharer's own account on that network (``ShareProfile.mastodon_account`` — ``user@host`` — or
  ``bluesky_account`` — the DID). Until accounts are linked by signing in to the network, the first
  author seen on one of a person's posts becomes their declared account, provided nobody else
  holds it (an account belongs to one person). A post by anyone else is marked ``not_yours``:
  its points are taken back and it is no longer counted or polled.
- LinkedIn and X do not tell a public reader that much: a post's points stay *pending* until the
  tracker has seen the post, and become earned on its first successful poll.

:func:`account_is_owners` is the one ownership rule. A person who linked accounts on the network
(``advocacy.accounts``) owns exactly those: no first-seen declaration happens, a post by any other
account is not theirs, and a post the service published through a linked account is theirs by
construction (its points are earned at once, even on LinkedIn and X).
"""
from __future__ import annotations

from urllib.parse import urlsplit

from sqlalchemy import delete, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.exc import IntegrityError

from advocacy.accounts.services import handles_of
from advocacy.core.audit import record
from advocacy.campaigns.gamification import update_badges
from advocacy.campaigns.gamification_models import PointEntry
from advocacy.campaigns.models import SHARE_NOT_YOURS, Share, ShareProfile
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db

#: Networks whose tracker reads the post's author.
AUTHOR_CHECKED = ("mastodon", "bluesky")
#: Networks whose points wait for the tracker to see the post.
POINTS_WAIT_FOR_TRACKER = ("linkedin", "x")
_COLUMNS = {"mastodon": "mastodon_account", "bluesky": "bluesky_account"}
SHARE_RULES = ("share_registered", "personalised")


def author_account(network: str, author: str | None, post_url: str) -> str | None:
    """The account id as stored: ``user@host`` for Mastodon (a local ``acct`` gets the post's host),
    the DID for Bluesky; None when the network did not say."""
    if not author or not isinstance(author, str):
        return None
    author = author.strip().lower().lstrip("@")
    if network == "mastodon" and "@" not in author:
        author = f"{author}@{(urlsplit(post_url).netloc or '').lower()}"
    return author[:320] or None


def account_is_owners(person_id: int, network: str, account: str) -> bool:
    """True when ``account`` is the person's own account on ``network`` (flushes a first declaration).

    Safe when several workers poll one person's posts at once: the profile row is created with
    ``ON CONFLICT DO NOTHING`` and locked before it is read, and a first declaration only claims an
    account nobody holds (the unique index decides between two people claiming it together)."""
    linked = handles_of(person_id, network)
    if linked:
        return account in linked
    column_name = _COLUMNS[network]
    column = getattr(ShareProfile, column_name)
    db.session.execute(pg_insert(ShareProfile.__table__).values(person_id=person_id, networks=[],
                                                                updated_at=utcnow())
                       .on_conflict_do_nothing(index_elements=["person_id"]))
    declared = db.session.scalar(select(column).where(ShareProfile.person_id == person_id)
                                 .with_for_update().execution_options(populate_existing=True))
    if declared:
        return declared == account
    holder = db.session.scalar(select(ShareProfile.person_id).where(column == account,
                                                                    ShareProfile.person_id != person_id))
    if holder is not None:
        return False
    try:
        with db.session.begin_nested():
            db.session.execute(update(ShareProfile).where(ShareProfile.person_id == person_id)
                               .values({column_name: account}).execution_options(synchronize_session=False))
    except IntegrityError:  # another person claimed the same account at the same moment
        return False
    profile = db.session.get(ShareProfile, person_id)
    if profile is not None:
        db.session.refresh(profile)
    record("campaigns.account_declared", actor=None, object_type="person", object_id=person_id,
           details={"network": network, "how": "first post seen by the tracker"})
    return True


def points_pending_at_registration(network: str, published_by_service: bool = False) -> bool:
    return network in POINTS_WAIT_FOR_TRACKER and not published_by_service


def url_author(network: str, clean_url: str) -> str | None:
    """Who a post address names as its author, as linked accounts are stored (``user@host`` for
    Mastodon); None when the address does not say (LinkedIn, X, Bluesky by DID)."""
    if network != "mastodon":
        return None
    parts = urlsplit(clean_url)
    segments = [s for s in parts.path.split("/") if s]
    if segments and segments[0].startswith("@"):
        user = segments[0][1:]
    elif len(segments) >= 2 and segments[0] == "users":
        user = segments[1]
    else:
        return None
    return author_account(network, user, clean_url)


def _refs(share_ids) -> list[str]:
    return [f"share:{i}" for i in share_ids]


def confirm_seen(share_ids: list[int]) -> None:
    """The tracker saw these posts: their pending points are earned (badges follow)."""
    if not share_ids:
        return
    people = db.session.scalars(select(PointEntry.person_id).where(
        PointEntry.ref.in_(_refs(share_ids)), PointEntry.pending.is_(True)).distinct()).all()
    if not people:
        return
    db.session.execute(update(PointEntry).where(PointEntry.ref.in_(_refs(share_ids)), PointEntry.pending.is_(True))
                       .values(pending=False), execution_options={"synchronize_session": False})
    for person_id in people:
        update_badges(person_id)


def mark_not_yours(share_ids: list[int]) -> None:
    """These posts are someone else's: status ``not_yours``, their points taken back (audited)."""
    if not share_ids:
        return
    db.session.execute(update(Share).where(Share.id.in_(share_ids)).values(status=SHARE_NOT_YOURS,
                                                                          updated_at=utcnow()),
                       execution_options={"synchronize_session": False})
    db.session.execute(delete(PointEntry).where(PointEntry.ref.in_(_refs(share_ids)),
                                                PointEntry.rule.in_(SHARE_RULES)),
                       execution_options={"synchronize_session": False})
    for share_id in share_ids:
        record("campaigns.share_not_yours", actor=None, object_type="share", object_id=share_id,
               details={"points": "removed"})
