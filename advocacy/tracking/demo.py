"""Demo tracking history for every registered share of the demo: its tracked link, its poll schedule,
the metric snapshots taken at each poll slot already past, and the clicks on its link.

Consistent with the consent ledger (``consent.demo.Timeline``): a snapshot exists only while its
author consented to ``post_metrics``, a click only while they consented to ``link_clicks``; a
withdrawal purges what was measured before it, so a person who withdrew has none (their shares read
"tracking stopped"). Numbers grow along a saturating curve per post; personalised posts do better.
Written in bulk; idempotent (only shares without a tracked link are handled). Never enqueues jobs.
"""
from __future__ import annotations

import hashlib
import math
import random
import secrets
from datetime import timedelta

from sqlalchemy import insert, select
from sqlalchemy.orm import selectinload

from advocacy.campaigns.models import SHARE_UNCOUNTED, Kit, KitVariant, Share
from advocacy.consent.demo import Timeline
from advocacy.core.democlock import anchored
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db
from advocacy.tracking.links import destination_for
from advocacy.tracking.models import ACTIVE, DONE, OK, STOPPED, Click, MetricSnapshot, PollSchedule, TrackedLink
from advocacy.tracking.schedule import SLOTS
from advocacy.tracking.services import CODE_BYTES, key_for

#: Typical final figures per network: (likes, reposts, replies, impressions or None, followers or None).
SCALE = {
    "linkedin": (38, 4, 6, 2400, None),
    "x": (14, 4, 2, 1800, 420),
    "bluesky": (22, 5, 3, None, 310),
    "mastodon": (16, 6, 3, None, 260),
}
HALF_LIFE_HOURS = 14.0


def _curve(hours: float) -> float:
    return 1.0 - math.exp(-max(hours, 0.0) * math.log(2) / HALF_LIFE_HOURS)


@anchored()  # "today" stays put while the clock is set to past moments
def seed(ctx) -> None:
    shares = db.session.scalars(
        select(Share).where(Share.url.is_not(None), Share.status.notin_(SHARE_UNCOUNTED),
                            ~select(TrackedLink.id).where(TrackedLink.share_id == Share.id).exists())
        .options(selectinload(Share.variant).selectinload(KitVariant.kit).selectinload(Kit.campaign))
        .order_by(Share.registered_at, Share.id)).all()
    if not shares:
        return
    rng = random.Random(8030)
    consents = Timeline(("post_metrics", "link_clicks"))
    now = utcnow()
    links, schedules, snapshots, click_plan = [], [], [], []
    for share in shares:
        person, registered = share.person_id, share.registered_at
        counting = consents.given_now(person, "link_clicks")
        links.append({"share_id": share.id, "person_id": person, "code": secrets.token_urlsafe(CODE_BYTES),
                      "target_url": destination_for(share), "count_clicks": counting, "created_at": share.created_at})
        measured = consents.given_now(person, "post_metrics")
        done = [slot for slot, offset in enumerate(SLOTS) if registered + offset <= now]
        upcoming = len(done)
        if not measured:
            state, stop, due = STOPPED, "consent_withdrawn", None
        elif upcoming >= len(SLOTS):
            state, stop, due = DONE, None, None
        else:
            state, stop, due = ACTIVE, None, registered + SLOTS[upcoming]
        schedules.append({"share_id": share.id, "person_id": person, "network": share.network,
                          "post_url": share.url, "provider_key": key_for(share.network, share.url),
                          "registered_at": registered, "next_slot": min(upcoming, len(SLOTS)), "due_at": due,
                          "state": state, "stop_reason": stop, "attempts": 0,
                          "last_polled_at": registered + SLOTS[done[-1]] if done and measured else None})
        likes, reposts, replies, impressions, followers = SCALE[share.network]
        boost = (0.6 + 1.2 * share.authenticity) * rng.lognormvariate(0, 0.45)
        final = {"likes": likes * boost, "reposts": reposts * boost, "replies": replies * boost,
                 "quotes": (reposts * boost / 3) if share.network in ("x", "bluesky") else None,
                 "impressions": impressions * boost if impressions else None}
        audience = int(followers * rng.uniform(0.5, 2.5)) if followers else None
        if measured:
            for slot in done:
                taken = registered + SLOTS[slot] + timedelta(seconds=rng.randint(5, 90))
                if taken > now or not consents.given(person, "post_metrics", taken):
                    continue
                part = _curve((taken - registered).total_seconds() / 3600)
                snapshots.append({"share_id": share.id, "person_id": person, "slot": slot, "taken_at": taken,
                                  "status": OK, **{k: None if v is None else int(v * part) for k, v in final.items()},
                                  "followers": audience})
        if counting:
            visitors = (final["impressions"] or final["likes"] * 25) * rng.uniform(0.006, 0.014)
            for _ in range(int(visitors)):
                at = registered + timedelta(hours=rng.expovariate(1 / 20.0))
                if at < now and consents.given(person, "link_clicks", at):
                    click_plan.append((share.id, at))
    ids = dict(zip((row["share_id"] for row in links),
                   db.session.scalars(insert(TrackedLink).returning(TrackedLink.id), links).all()))
    db.session.execute(insert(PollSchedule), schedules)
    if snapshots:
        db.session.execute(insert(MetricSnapshot), snapshots)
    clicks = []
    for share_id, at in click_plan:
        visitor = hashlib.sha256(rng.randbytes(16)).hexdigest()
        repeats = 2 if rng.random() < 0.1 else 1  # a visitor coming back the same day counts once
        clicks.extend({"link_id": ids[share_id], "at": at + timedelta(minutes=3 * n), "day": at.date(),
                       "visitor_hash": visitor} for n in range(repeats))
    if clicks:
        db.session.execute(insert(Click), clicks)
    db.session.flush()
    ctx.log.append(f"tracking: {len(links)} tracked links, {len(snapshots)} metric snapshots, {len(clicks)} clicks")
