"""Integration jobs (``advocacy/cron.py``): the sweep that queues due deliveries (retries after a
lost Redis, messages held for the quiet hours) and the announcements of dates that pass
(campaigns starting and ending, kits going live with their campaign, survey rounds closing).
Both are idempotent: the database says what is due, announcements are claimed once per key."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import or_, select

from advocacy.campaigns import events as campaign_events
from advocacy.campaigns.models import KIT_APPROVED, Campaign, Kit
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db
from advocacy.integrations.delivery import QUEUE, deliver
from advocacy.integrations.models import PENDING, Delivery
from advocacy.jobs import job, job_logger
from advocacy.kpi import pulse
from advocacy.kpi.models import PulseRound
from advocacy.queue import enqueue

#: Dates that passed this long ago are still announced (a cron down for a while catches up);
#: older ones are history, not news.
LOOKBACK = timedelta(days=1)
SWEEP_BATCH = 200


@job
def sweep() -> int:
    """Queue every pending delivery that is due and not leased (each job re-checks before sending)."""
    now = utcnow()
    ids = db.session.scalars(
        select(Delivery.id).where(Delivery.status == PENDING, Delivery.next_attempt_at <= now,
                                  or_(Delivery.leased_until.is_(None), Delivery.leased_until < now))
        .order_by(Delivery.next_attempt_at).limit(SWEEP_BATCH)).all()
    for delivery_id in ids:
        enqueue(deliver, delivery_id, queue=QUEUE, job_id=f"webhook-delivery-{delivery_id}-{now:%Y%m%d%H%M}")
    return len(ids)


@job
def announce_due() -> dict:
    """Announce what a date made happen: ``campaign.started`` / ``campaign.ended``, ``kit.live``
    for approved kits of a campaign that started, ``survey.round.closed`` for rounds whose last day
    passed (each once: ``advocacy.integrations.services.first_time``)."""
    now = utcnow()
    since = now - LOOKBACK
    counts = {"campaign.started": 0, "campaign.ended": 0, "kit.live": 0, "survey.round.closed": 0}
    started = db.session.scalars(select(Campaign).where(Campaign.archived_at.is_(None), Campaign.starts_at > since,
                                                        Campaign.starts_at <= now)).all()
    for campaign in started:
        campaign_events.emit_campaign(campaign, "campaign.started")
        counts["campaign.started"] += 1
    ended = db.session.scalars(select(Campaign).where(Campaign.archived_at.is_(None), Campaign.ends_at > since,
                                                      Campaign.ends_at <= now)).all()
    for campaign in ended:
        campaign_events.emit_campaign(campaign, "campaign.ended")
        counts["campaign.ended"] += 1
    kits = db.session.scalars(
        select(Kit).join(Campaign, Campaign.id == Kit.campaign_id)
        .where(Kit.status == KIT_APPROVED, or_(Campaign.starts_at > since, Kit.reviewed_at > since))).all()
    for kit in kits:
        counts["kit.live"] += campaign_events.emit_live_if_running(kit, now)
    today = pulse.today()
    rounds = db.session.scalars(select(PulseRound).where(PulseRound.closes_on < today,
                                                         PulseRound.closes_on >= today - timedelta(days=2))).all()
    for row in rounds:
        counts["survey.round.closed"] += pulse.emit_closed(row)
    db.session.commit()
    if any(counts.values()):
        job_logger("announce_due").info("announced %s", counts)
    return counts
