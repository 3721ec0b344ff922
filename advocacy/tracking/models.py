"""Tracked links, clicks, poll schedules, metric snapshots and live-check findings.

Personal data kept here is minimal: no raw IP address or user agent is ever
stored (clicks carry a salted hash whose salt is deleted after its day), and the
live text of a post is not kept (only the findings of its re-check).
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (JSON, BigInteger, Boolean, Date, ForeignKey, Index, Integer, String, Text,
                        UniqueConstraint)
from sqlalchemy.orm import Mapped, mapped_column

from advocacy.core.models import UTCDateTime
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db

# Poll schedule states.
ACTIVE, DONE, STOPPED = "active", "done", "stopped"
# Snapshot statuses (a slot always ends with exactly one row).
OK, GONE, PRIVATE, FAILED = "ok", "gone", "private", "failed"


class TrackedLink(db.Model):
    """The short link a share carries: ``PUBLIC_BASE_URL/l/<code>``."""

    __tablename__ = "tracked_links"

    id: Mapped[int] = mapped_column(primary_key=True)
    share_id: Mapped[int] = mapped_column(ForeignKey("shares.id", ondelete="CASCADE"), unique=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"), index=True)
    code: Mapped[str] = mapped_column(String(24), unique=True)
    #: Kit link with the campaign's UTM parameters (no personal identifier).
    target_url: Mapped[str] = mapped_column(Text)
    #: Mirror of the sharer's ``link_clicks`` consent, kept in sync by signal and reconcile
    #: so that the redirect needs a single lookup.
    count_clicks: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Click(db.Model):
    """One counted click (humans only, sharer consented). No IP, no user agent."""

    __tablename__ = "tracking_clicks"
    __table_args__ = (Index("ix_tracking_clicks_link_day", "link_id", "day"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    link_id: Mapped[int] = mapped_column(ForeignKey("tracked_links.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    day: Mapped[date] = mapped_column(Date)
    #: sha256(daily random salt ‖ link ‖ address ‖ agent); the salt is deleted after its day.
    visitor_hash: Mapped[str] = mapped_column(String(64))


class ClickSalt(db.Model):
    """The random salt of one day for unique-visitor hashes (deleted once the day is over)."""

    __tablename__ = "tracking_click_salts"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    salt: Mapped[str] = mapped_column(String(64))


class PollSchedule(db.Model):
    """What to poll next for one share; the database is the truth, Redis only carries jobs."""

    __tablename__ = "tracking_poll_schedules"
    __table_args__ = (Index("ix_tracking_poll_schedules_due", "state", "due_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    share_id: Mapped[int] = mapped_column(ForeignKey("shares.id", ondelete="CASCADE"), unique=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    network: Mapped[str] = mapped_column(String(20))
    post_url: Mapped[str] = mapped_column(Text)
    #: Rate-limit bucket: ``mastodon:<host>``, ``bluesky:<appview>``, ``x``, ``linkedin``, ``web:<host>``.
    provider_key: Mapped[str] = mapped_column(String(255), default="")
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime)
    next_slot: Mapped[int] = mapped_column(Integer, default=0)
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    state: Mapped[str] = mapped_column(String(12), default=ACTIVE)
    stop_reason: Mapped[str | None] = mapped_column(String(40))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(String(200))
    last_polled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    #: sha256 of the live text last re-checked (the checker only runs when the text changed).
    checked_digest: Mapped[str | None] = mapped_column(String(64))
    #: A worker's claim: rows leased to a live batch are skipped by others; a killed
    #: worker's lease simply expires and the row is picked up again.
    lease_token: Mapped[str | None] = mapped_column(String(32))
    leased_until: Mapped[datetime | None] = mapped_column(UTCDateTime)


class MetricSnapshot(db.Model):
    """Append-only public metrics of one share at one poll slot (one row per slot, ever)."""

    __tablename__ = "tracking_metric_snapshots"
    __table_args__ = (UniqueConstraint("share_id", "slot", name="uq_tracking_metric_snapshots_share_slot"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    share_id: Mapped[int] = mapped_column(ForeignKey("shares.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"), index=True)
    slot: Mapped[int] = mapped_column(Integer)
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    status: Mapped[str] = mapped_column(String(12), default=OK)
    likes: Mapped[int | None] = mapped_column(Integer)
    reposts: Mapped[int | None] = mapped_column(Integer)
    replies: Mapped[int | None] = mapped_column(Integer)
    quotes: Mapped[int | None] = mapped_column(Integer)
    impressions: Mapped[int | None] = mapped_column(BigInteger)
    #: The author's follower count when the network shows it with the post (potential reach).
    followers: Mapped[int | None] = mapped_column(Integer)


class LiveFinding(db.Model):
    """The live post failed its disclosure re-check (shown to its author; counted anonymously)."""

    __tablename__ = "tracking_live_findings"
    __table_args__ = (UniqueConstraint("share_id", "signature", name="uq_tracking_live_findings_share_signature"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    share_id: Mapped[int] = mapped_column(ForeignKey("shares.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"), index=True)
    network: Mapped[str] = mapped_column(String(20))
    verdict: Mapped[str] = mapped_column(String(8))
    #: [{"rule", "message", "reference"}] from the checker.
    findings: Mapped[list] = mapped_column(JSON, default=list)
    signature: Mapped[str] = mapped_column(String(64))
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ProviderThrottle(db.Model):
    """A provider (or instance host) told us to wait (429 + Retry-After)."""

    __tablename__ = "tracking_provider_throttles"

    key: Mapped[str] = mapped_column(String(255), primary_key=True)
    blocked_until: Mapped[datetime] = mapped_column(UTCDateTime)
    #: Set when the provider refused our credentials or API version (a configuration error the
    #: admins must fix): the setting to look at and what the provider said. Cleared by a good poll.
    config_setting: Mapped[str | None] = mapped_column(String(60))
    config_detail: Mapped[str | None] = mapped_column(String(200))
    config_since: Mapped[datetime | None] = mapped_column(UTCDateTime)
