"""Tracking services other domains call (names fixed in docs/CONTRACTS.md).

- ``ensure_tracked_link(share) -> str``: the share's absolute tracked URL (created if missing);
- ``schedule_polls(share)``: start polling a registered post URL;
- ``latest_metrics(share) -> dict | None``: what ``GET /api/v1/shares/<id>`` shows;
- ``purge_person(person_id, purposes)``: consent withdrawal purge;
- ``export_person_data(person)`` / ``erase_person_data(person)``: GDPR.
"""
from __future__ import annotations

import logging
import secrets

from flask import current_app
from sqlalchemy import delete, func, select, update

from advocacy.core.timeutil import utcnow
from advocacy.extensions import db
from advocacy.tracking.models import (ACTIVE, DONE, OK, STOPPED, Click, LiveFinding,
                                      MetricSnapshot, PollSchedule, TrackedLink)
from advocacy.tracking.schedule import SLOTS, slot_due
from types import SimpleNamespace
from advocacy.consent.services import has_consent
from advocacy.tracking.links import destination_for as compute
from advocacy.tracking.providers import PollContext, ProviderError, adapter_for, identify, provider_key
from advocacy.core.outbound import Client
from advocacy.campaigns.models import Share

log = logging.getLogger(__name__)

CODE_BYTES = 9  # 72 random bits → 12 URL-safe characters


def _has_consent(person_id, purpose: str) -> bool:
    if person_id is None:
        return False

    return bool(has_consent(person_id, purpose))


def public_link(code: str) -> str:
    return f"{current_app.config['PUBLIC_BASE_URL'].rstrip('/')}/l/{code}"


def destination_for(share) -> str:
    """The kit link with the campaign's UTM parameters (never a personal identifier)."""
    return compute(share)


def ensure_tracked_link(share) -> str:
    """Create (if missing) the share's tracked link; return ``PUBLIC_BASE_URL/l/<code>``."""
    link = db.session.scalar(select(TrackedLink).where(TrackedLink.share_id == share.id))
    if link is None:
        link = TrackedLink(share_id=share.id, person_id=share.person_id, code=secrets.token_urlsafe(CODE_BYTES),
                           target_url=destination_for(share),
                           count_clicks=_has_consent(share.person_id, "link_clicks"))
        db.session.add(link)
        db.session.flush()
    return public_link(link.code)


def tracked_link_of(share) -> TrackedLink | None:
    return db.session.scalar(select(TrackedLink).where(TrackedLink.share_id == share.id))


def schedule_polls(share) -> PollSchedule | None:
    """Start (or restart) polling a share whose post URL was registered. Idempotent."""
    if not share.url or share.person_id is None:
        return None
    now = utcnow()
    registered = share.registered_at or now
    row = db.session.scalar(select(PollSchedule).where(PollSchedule.share_id == share.id))
    consented = _has_consent(share.person_id, "post_metrics")
    if row is None:
        row = PollSchedule(share_id=share.id, person_id=share.person_id, network=share.network,
                           post_url=share.url, provider_key=key_for(share.network, share.url),
                           registered_at=registered, next_slot=0, due_at=slot_due(registered, 0), attempts=0)
        db.session.add(row)
    elif row.post_url != share.url:
        row.post_url, row.network = share.url, share.network
        row.provider_key = key_for(share.network, share.url)
        row.attempts, row.last_error = 0, None
    if consented:
        if row.state != DONE:
            row.state, row.stop_reason = ACTIVE, None
            if row.due_at is None:
                row.due_at = slot_due(row.registered_at, row.next_slot) or now
    else:
        row.state, row.stop_reason = STOPPED, "no_consent"
    db.session.flush()
    return row


#: Registration waits at most this long for the network to resolve a post's author (else the poller does).
IDENTIFY_TIMEOUT = 4.0


def identify_post(share, **_extra) -> None:
    """At registration: resolve once what identifies the post for good (Bluesky: the handle's DID
    and the post's ``at://`` URI) and keep it on the share. A failure is not an error here: the
    poller resolves shares that have no URI yet, and retries later when the handle does not resolve."""
    if not share.url or share.at_uri or not hasattr(adapter_for(share.network), "identify"):
        return
    config = current_app.config
    with Client(config.get("OUTBOUND_ALLOW", ""), pool_size=1, connect_timeout=2.0, read_timeout=3.0,
                total_timeout=IDENTIFY_TIMEOUT) as client:
        try:
            found = identify(share.network, share.url, PollContext.from_app(current_app, client=client))
        except ProviderError as exc:
            log.info("share %s: post not identified at registration (%s); the poller will", share.id, exc.detail)
            return
    if found:
        share.author_did, share.at_uri = found
        db.session.flush()


def key_for(network: str, url: str) -> str:
    ctx = SimpleNamespace(bluesky_appview_url=current_app.config.get("BLUESKY_APPVIEW_URL") or "")
    return provider_key(network, url, ctx)[:255]


def latest_metrics(share) -> dict | None:
    """Latest public metrics of a share (+ its link clicks), or None before anything is known."""
    snap = db.session.scalar(select(MetricSnapshot).where(
        MetricSnapshot.share_id == share.id).order_by(MetricSnapshot.slot.desc()).limit(1))
    ok_snap = snap if snap is not None and snap.status == OK else db.session.scalar(
        select(MetricSnapshot).where(MetricSnapshot.share_id == share.id, MetricSnapshot.status == OK)
        .order_by(MetricSnapshot.slot.desc()).limit(1))
    raw = unique = 0
    link = tracked_link_of(share)
    if link is not None:
        raw, unique = click_counts(link.id)
    clicks = unique  # figures count unique visitors per link per day; raw requests are for operators
    schedule = db.session.scalar(select(PollSchedule).where(PollSchedule.share_id == share.id))
    if snap is None and not raw and schedule is None:
        return None
    return {
        "status": snap.status if snap is not None else None,
        "polled_at": snap.taken_at.isoformat() if snap is not None else None,
        "slot": snap.slot if snap is not None else None,
        "likes": ok_snap.likes if ok_snap else None,
        "reposts": ok_snap.reposts if ok_snap else None,
        "replies": ok_snap.replies if ok_snap else None,
        "quotes": ok_snap.quotes if ok_snap else None,
        "impressions": ok_snap.impressions if ok_snap else None,
        "followers": ok_snap.followers if ok_snap else None,
        "clicks": clicks,
        "unique_visitors": unique,
        "tracking": schedule.state if schedule is not None else None,
        "next_poll_at": schedule.due_at.isoformat() if schedule is not None and schedule.due_at and schedule.state == ACTIVE else None,
        "polls_planned": len(SLOTS),
    }


def click_counts(link_id: int) -> tuple[int, int]:
    """(clicks, unique visitors summed per day) of one link."""
    total = db.session.scalar(select(func.count()).select_from(Click).where(Click.link_id == link_id)) or 0
    per_day = select(Click.day, func.count(func.distinct(Click.visitor_hash)).label("n")).where(
        Click.link_id == link_id).group_by(Click.day).subquery()
    unique = db.session.scalar(select(func.coalesce(func.sum(per_day.c.n), 0))) or 0
    return int(total), int(unique)


def _share_ids_of(person_id: int) -> list[int]:
    ids = set(db.session.scalars(select(Share.id).where(Share.person_id == person_id)))
    ids |= set(db.session.scalars(select(PollSchedule.share_id).where(PollSchedule.person_id == person_id)))
    ids |= set(db.session.scalars(select(TrackedLink.share_id).where(TrackedLink.person_id == person_id)))
    return sorted(ids)


def stop_polling(person_id: int, reason: str) -> int:
    result = db.session.execute(update(PollSchedule).where(
        PollSchedule.person_id == person_id, PollSchedule.state == ACTIVE).values(
        state=STOPPED, stop_reason=reason, lease_token=None, leased_until=None))
    return result.rowcount or 0


def purge_person(person_id: int, purposes) -> dict:
    """Delete what tracking holds for ``purposes`` of one person (caller commits)."""
    purposes = set(purposes)
    share_ids = _share_ids_of(person_id)
    done = {}
    if "post_metrics" in purposes:
        stop_polling(person_id, "consent_withdrawn")
        done["snapshots"] = db.session.execute(delete(MetricSnapshot).where(
            (MetricSnapshot.person_id == person_id) | MetricSnapshot.share_id.in_(share_ids))).rowcount or 0
        done["findings"] = db.session.execute(delete(LiveFinding).where(
            (LiveFinding.person_id == person_id) | LiveFinding.share_id.in_(share_ids))).rowcount or 0
        _set_share_status(share_ids, "stopped", only_from=("pending", "tracked"))
    if "link_clicks" in purposes:
        link_ids = select(TrackedLink.id).where(
            (TrackedLink.person_id == person_id) | TrackedLink.share_id.in_(share_ids))
        done["clicks"] = db.session.execute(delete(Click).where(Click.link_id.in_(link_ids))).rowcount or 0
        db.session.execute(update(TrackedLink).where(TrackedLink.id.in_(link_ids)).values(count_clicks=False))
    db.session.flush()
    return done


def _set_share_status(share_ids, status: str, only_from=None) -> None:
    if not share_ids:
        return

    stmt = update(Share).where(Share.id.in_(list(share_ids)))
    if only_from:
        stmt = stmt.where(Share.status.in_(only_from))
    db.session.execute(stmt.values(status=status, updated_at=utcnow()))


def on_consent_changed(person, purpose: str, given: bool) -> None:
    """Signal handler: keep the click flag and the polling state in line with consent."""
    person_id = getattr(person, "id", person)
    if purpose == "link_clicks":
        db.session.execute(update(TrackedLink).where(TrackedLink.person_id == person_id).values(count_clicks=bool(given)))
    elif purpose == "post_metrics":
        if given:
            resume_polling(person_id)
        else:
            stop_polling(person_id, "consent_withdrawn")
    db.session.flush()


def resume_polling(person_id: int) -> int:
    now = utcnow()
    rows = db.session.scalars(select(PollSchedule).where(
        PollSchedule.person_id == person_id, PollSchedule.state == STOPPED,
        PollSchedule.stop_reason.in_(("no_consent", "consent_withdrawn")))).all()
    for row in rows:
        row.state, row.stop_reason, row.attempts = ACTIVE, None, 0
        row.due_at = max(slot_due(row.registered_at, row.next_slot) or now, now)
    return len(rows)


def export_person_data(person) -> dict:
    person_id = person.id
    share_ids = _share_ids_of(person_id)
    links = db.session.scalars(select(TrackedLink).where(TrackedLink.share_id.in_(share_ids))).all()
    snaps = db.session.scalars(select(MetricSnapshot).where(MetricSnapshot.share_id.in_(share_ids))
                               .order_by(MetricSnapshot.share_id, MetricSnapshot.slot)).all()
    findings = db.session.scalars(select(LiveFinding).where(LiveFinding.share_id.in_(share_ids))).all()
    schedules = db.session.scalars(select(PollSchedule).where(PollSchedule.share_id.in_(share_ids))).all()
    out_links = []
    for link in links:
        clicks, unique = click_counts(link.id)
        out_links.append({"share_id": link.share_id, "url": public_link(link.code), "destination": link.target_url,
                          "clicks_counted": link.count_clicks, "clicks": clicks, "unique_visitors": unique,
                          "created_at": link.created_at.isoformat()})
    return {
        "tracked_links": out_links,
        "polls": [{"share_id": s.share_id, "post_url": s.post_url, "state": s.state, "next_slot": s.next_slot,
                   "next_poll_at": s.due_at.isoformat() if s.due_at else None} for s in schedules],
        "metric_snapshots": [{"share_id": s.share_id, "slot": s.slot, "taken_at": s.taken_at.isoformat(),
                              "status": s.status, "likes": s.likes, "reposts": s.reposts, "replies": s.replies,
                              "quotes": s.quotes, "impressions": s.impressions, "followers": s.followers}
                             for s in snaps],
        "live_findings": [{"share_id": f.share_id, "verdict": f.verdict, "findings": f.findings,
                           "detected_at": f.detected_at.isoformat()} for f in findings],
    }


def erase_person_data(person) -> None:
    """Erase everything tracking holds about a person; links keep redirecting (no one is named)."""
    purge_person(person.id, ("post_metrics", "link_clicks", "account_token"))
    share_ids = _share_ids_of(person.id)
    db.session.execute(delete(PollSchedule).where(
        (PollSchedule.person_id == person.id) | PollSchedule.share_id.in_(share_ids)))
    db.session.execute(update(TrackedLink).where(TrackedLink.person_id == person.id).values(person_id=None))
    db.session.flush()
