"""Retention purge and reconcile: what cron runs so that the database stays the truth."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete, select, update

from advocacy.core.timeutil import utcnow
from advocacy.extensions import db
from advocacy.tracking.models import (ACTIVE, DONE, STOPPED, Click, ClickSalt, LiveFinding, MetricSnapshot,
                                      PollSchedule, ProviderThrottle, TrackedLink)
from advocacy.charter.services import policy_in_force
from advocacy.campaigns.models import Share
from advocacy.tracking.polling import _consented
from advocacy.tracking.services import schedule_polls

#: Used when no charter is in force (the charter fixture's default is 365 days too).
DEFAULT_RETENTION_DAYS = 365


def retention_days() -> int:
    policy = policy_in_force()
    days = getattr(policy, "retention_days", None) if policy is not None else None
    return int(days) if days else DEFAULT_RETENTION_DAYS


def purge_expired(now=None) -> dict:
    """Delete tracking data older than the charter's retention (caller commits)."""
    now = now or utcnow()
    cutoff = now - timedelta(days=retention_days())
    done = {
        "snapshots": db.session.execute(delete(MetricSnapshot).where(MetricSnapshot.taken_at < cutoff)).rowcount or 0,
        "clicks": db.session.execute(delete(Click).where(Click.at < cutoff)).rowcount or 0,
        "findings": db.session.execute(delete(LiveFinding).where(LiveFinding.detected_at < cutoff)).rowcount or 0,
        "schedules": db.session.execute(delete(PollSchedule).where(
            PollSchedule.state.in_((DONE, STOPPED)), PollSchedule.registered_at < cutoff)).rowcount or 0,
        # A day's salt is useless (and a re-identification risk) once the day is over.
        "salts": db.session.execute(delete(ClickSalt).where(ClickSalt.day < (now - timedelta(days=1)).date())).rowcount or 0,
        "throttles": db.session.execute(delete(ProviderThrottle).where(ProviderThrottle.blocked_until < now)).rowcount or 0,
    }
    db.session.flush()
    return done


def reconcile(now=None) -> dict:
    """Rebuild work from the database: schedules for registered shares, consent mirrors."""
    now = now or utcnow()
    missing = db.session.scalars(select(Share).where(
        Share.status.in_(("pending", "tracked")), Share.url.is_not(None), Share.person_id.is_not(None),
        Share.id.not_in(select(PollSchedule.share_id))).limit(5000)).all()
    for share in missing:
        schedule_polls(share)
    # Keep the redirect's consent mirror right (a missed signal is fixed here).
    fixed = 0
    person_ids = set(db.session.scalars(select(TrackedLink.person_id).where(TrackedLink.person_id.is_not(None)).distinct()))
    counting = _consented(person_ids, "link_clicks") if person_ids else set()
    fixed += db.session.execute(update(TrackedLink).where(
        TrackedLink.person_id.in_(counting), TrackedLink.count_clicks.is_(False)).values(count_clicks=True)).rowcount or 0
    fixed += db.session.execute(update(TrackedLink).where(
        TrackedLink.person_id.not_in(counting) | TrackedLink.person_id.is_(None),
        TrackedLink.count_clicks.is_(True)).values(count_clicks=False)).rowcount or 0
    # Withdrawn post_metrics consent stops polling even if the signal was missed.
    polled = set(db.session.scalars(select(PollSchedule.person_id).where(PollSchedule.state == ACTIVE).distinct()))
    allowed = _consented(polled, "post_metrics") if polled else set()
    stopped = db.session.execute(update(PollSchedule).where(
        PollSchedule.state == ACTIVE, PollSchedule.person_id.not_in(allowed)).values(
        state=STOPPED, stop_reason="no_consent", lease_token=None, leased_until=None)).rowcount or 0 if polled else 0
    db.session.flush()
    return {"scheduled": len(missing), "links_fixed": fixed, "stopped": stopped}
