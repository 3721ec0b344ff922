"""Webhook endpoints, Slack / Teams channels, their deliveries and every attempt.

A delivery is one event for one endpoint or one channel (exactly one of the two): its body is
fixed when it is created, so every retry sends the same bytes under the same ``message_id``
(the ``webhook-id`` header); only the timestamp and signatures are made at each attempt.
Secrets and channel URLs (a Slack or Teams webhook URL is itself a credential) are stored
encrypted (``advocacy.integrations.crypto``, the core's MultiFernet) and never logged.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from advocacy.core.models import UTCDateTime
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db

PENDING, SUCCEEDED, FAILED = "pending", "succeeded", "failed"
SLACK, TEAMS = "slack", "teams"
CHANNEL_KINDS = (SLACK, TEAMS)


class WebhookEndpoint(db.Model):
    __tablename__ = "webhook_endpoints"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(String(200), default="")
    events: Mapped[list] = mapped_column(JSON, default=list)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    #: ``whsec_…`` encrypted; the previous one keeps signing until ``previous_secret_expires_at``.
    secret_encrypted: Mapped[str] = mapped_column(Text)
    previous_secret_encrypted: Mapped[str | None] = mapped_column(Text)
    previous_secret_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    disabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    disabled_reason: Mapped[str] = mapped_column(String(200), default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Channel(db.Model):
    """A Slack incoming webhook or a Microsoft Teams Workflows webhook, posting in one language."""

    __tablename__ = "integration_channels"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(120), default="")
    url_encrypted: Mapped[str] = mapped_column(Text)
    #: What the pages show of the URL (host and last characters), never the whole.
    url_hint: Mapped[str] = mapped_column(String(120), default="")
    language: Mapped[str] = mapped_column(String(5), default="fr")
    events: Mapped[list] = mapped_column(JSON, default=list)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    disabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    disabled_reason: Mapped[str] = mapped_column(String(200), default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Delivery(db.Model):
    __tablename__ = "webhook_deliveries"
    __table_args__ = (
        CheckConstraint("(endpoint_id IS NULL) <> (channel_id IS NULL)", name="one_target"),
        Index("ix_webhook_deliveries_due", "status", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    endpoint_id: Mapped[int | None] = mapped_column(ForeignKey("webhook_endpoints.id", ondelete="CASCADE"),
                                                    index=True)
    channel_id: Mapped[int | None] = mapped_column(ForeignKey("integration_channels.id", ondelete="CASCADE"),
                                                   index=True)
    #: The ``webhook-id``: the same on every attempt (receivers deduplicate on it).
    message_id: Mapped[str] = mapped_column(String(40), unique=True)
    event_type: Mapped[str] = mapped_column(String(60))
    #: The exact JSON bytes sent (as text), fixed at creation.
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(12), default=PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    #: When the next attempt is due (a channel's first one waits for the charter's allowed hours).
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    #: A worker holds the delivery until then (another job for it does nothing meanwhile).
    leased_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    held: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    endpoint: Mapped[WebhookEndpoint | None] = relationship()
    channel: Mapped[Channel | None] = relationship()


class Attempt(db.Model):
    """One try of a delivery: HTTP status (None when no answer), duration, error (no body kept)."""

    __tablename__ = "webhook_attempts"

    id: Mapped[int] = mapped_column(primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("webhook_deliveries.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    status_code: Mapped[int | None] = mapped_column(Integer)
    duration_ms: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str] = mapped_column(String(200), default="")
    succeeded: Mapped[bool] = mapped_column(Boolean, default=False)


class Announcement(db.Model):
    """Events noticed by several paths (a date passing, a job re-run) go out once per key."""

    __tablename__ = "integration_announcements"
    __table_args__ = (UniqueConstraint("key", name="uq_integration_announcements_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(200))
    event_type: Mapped[str] = mapped_column(String(60))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
