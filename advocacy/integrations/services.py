"""Endpoints and channels (created by admins), and the receiver that turns organisational events
into deliveries. Services flush; views, API routes and jobs commit.

Endpoint URLs go through the SSRF guard's checks when they are saved (https on 443 to a public
name or address, unless ``ADVOCACY_OUTBOUND_ALLOW`` names the host:port) and again at each
connection. A secret is returned once, when it is made (creation, rotation); only its encrypted
form is stored.
"""
from __future__ import annotations

import json
from datetime import datetime
from urllib.parse import urlsplit

from flask_babel import gettext as _
from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert

from advocacy.core.audit import record
from advocacy.core.errors import DomainError
from advocacy.core.events import CATALOGUE, TEST_EVENT, absolute
from advocacy.core.outbound import configured_allow
from advocacy.core.ssrf import OutboundError, check_url, parse_allow
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db
from advocacy.integrations import channels as channel_messages
from advocacy.integrations import crypto, delivery
from advocacy.integrations.models import (
    CHANNEL_KINDS,
    PENDING,
    Announcement,
    Attempt,
    Channel,
    Delivery,
    WebhookEndpoint,
)

LANGUAGES = ("fr", "en")
MAX_ENDPOINTS = 50
MAX_CHANNELS = 50


class IntegrationError(DomainError):
    status = 422

    def __init__(self, code: str, message: str, field: str | None = None, *, status: int = 422):
        super().__init__(code, message, field, status=status)


def check_events(events) -> list[str]:
    events = list(dict.fromkeys(events or ()))
    unknown = [e for e in events if e not in CATALOGUE]
    if unknown:
        raise IntegrationError("unknown_event", _("Unknown event: %(name)s.", name=", ".join(unknown)), "events")
    if not events:
        raise IntegrationError("no_event", _("Choose at least one event."), "events")
    return events


def check_receiver_url(url: str) -> str:
    """A URL the guarded client may post to (https to a public host, or an allow-listed one)."""
    url = (url or "").strip()
    if not url or len(url) > 500:
        raise IntegrationError("invalid_url", _("Give the receiver's address (at most 500 characters)."), "url")
    try:
        check_url(url, parse_allow(configured_allow()))
    except (OutboundError, ValueError):
        raise IntegrationError("invalid_url", _("This address cannot be reached from the service: use https:// "
                                                "on a public host (port 443)."), "url") from None
    return url


# -- what endpoints and channels share ----------------------------------------------------------

def _what(target) -> str:
    """``endpoint`` or ``channel``: the word of the audit actions and object types."""
    return "endpoint" if isinstance(target, WebhookEndpoint) else "channel"


def _audit(target, actor, action: str, details: dict | None = None) -> None:
    what = _what(target)
    record(f"integrations.{what}_{action}", actor=actor, object_type=f"webhook_{what}", object_id=target.id,
           details=details)


def _room_for(model, maximum: int, message: str) -> None:
    if db.session.scalar(select(db.func.count(model.id))) >= maximum:
        raise IntegrationError("too_many", message, status=409)


def _added(target, actor, details: dict):
    db.session.add(target)
    db.session.flush()
    _audit(target, actor, "created", details)
    return target


def _updated(target, actor, *, events, enabled, own=None):
    """The events, then the target's own fields (``own(changes)``), then enabling or disabling it."""
    changes = {}
    if events is not None:
        target.events = changes["events"] = check_events(events)
    if own is not None:
        own(changes)
    if enabled is not None and bool(enabled) != target.enabled:
        target.enabled = changes["enabled"] = bool(enabled)
        target.disabled_at = None if enabled else utcnow()
        target.disabled_reason = "" if enabled else "disabled by an admin"
    target.updated_at = utcnow()
    db.session.flush()
    _audit(target, actor, "updated", changes)
    return target


def delete(target, actor) -> None:
    """Delete an endpoint or a channel (its deliveries go with it)."""
    _audit(target, actor, "deleted")
    db.session.delete(target)
    db.session.flush()


def send_test(target, actor) -> Delivery:
    """A ``webhook.test`` delivery to an endpoint or a channel, whatever it chose, now (an admin's
    explicit test is not held by the quiet hours; sent after the commit)."""
    message = "Test delivery from Porte-voix" if isinstance(target, WebhookEndpoint) else ""
    data = {"endpoint_id": target.id, "message": message, "url": absolute("/admin/integrations")}
    row = _delivery(TEST_EVENT, data, utcnow(), target)
    _audit(target, actor, "tested")
    return row


# -- webhook endpoints --------------------------------------------------------------------------

def create_endpoint(actor, *, url: str, events, description: str = "") -> tuple[WebhookEndpoint, str]:
    """(endpoint, its secret in clear — shown once)."""
    url, events = check_receiver_url(url), check_events(events)
    _room_for(WebhookEndpoint, MAX_ENDPOINTS, _("At most %(n)s endpoints.", n=MAX_ENDPOINTS))
    secret = delivery.new_secret()
    endpoint = WebhookEndpoint(url=url, events=events, description=(description or "").strip()[:200],
                               secret_encrypted=crypto.encrypt(secret), enabled=True,
                               created_by_id=getattr(actor, "id", None), created_at=utcnow())
    return _added(endpoint, actor, {"host": urlsplit(url).hostname, "events": events}), secret


def update_endpoint(endpoint: WebhookEndpoint, actor, *, events=None, enabled=None, description=None,
                    url=None) -> WebhookEndpoint:
    def own(changes):
        if url is not None:
            endpoint.url = check_receiver_url(url)
            changes["host"] = urlsplit(endpoint.url).hostname
        if description is not None:
            endpoint.description = description.strip()[:200]

    return _updated(endpoint, actor, events=events, enabled=enabled, own=own)


def rotate_secret(endpoint: WebhookEndpoint, actor) -> str:
    """A new secret; the current one keeps signing (beside it) for 24 h. Returns the new one."""
    secret = delivery.new_secret()
    endpoint.previous_secret_encrypted = endpoint.secret_encrypted
    endpoint.previous_secret_expires_at = utcnow() + delivery.ROTATION_OVERLAP
    endpoint.secret_encrypted = crypto.encrypt(secret)
    endpoint.updated_at = utcnow()
    db.session.flush()
    _audit(endpoint, actor, "secret_rotated",
           {"previous_valid_until": endpoint.previous_secret_expires_at.isoformat()})
    return secret


# -- Slack / Teams channels -----------------------------------------------------------------------

def url_hint(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.hostname or ''}/…{url[-4:]}"


def _check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise IntegrationError("invalid_language", _("Choose French or English."), "language")
    return language


def create_channel(actor, *, kind: str, url: str, events, language: str = "fr", name: str = "") -> Channel:
    if kind not in CHANNEL_KINDS:
        raise IntegrationError("invalid_kind", _("Choose Slack or Microsoft Teams."), "kind")
    _check_language(language)
    url, events = check_receiver_url(url), check_events(events)
    _room_for(Channel, MAX_CHANNELS, _("At most %(n)s channels.", n=MAX_CHANNELS))
    channel = Channel(kind=kind, name=(name or "").strip()[:120], url_encrypted=crypto.encrypt(url),
                      url_hint=url_hint(url), language=language, events=events, enabled=True,
                      created_by_id=getattr(actor, "id", None), created_at=utcnow())
    return _added(channel, actor, {"kind": kind, "host": urlsplit(url).hostname, "events": events,
                                   "language": language})


def update_channel(channel: Channel, actor, *, events=None, enabled=None, language=None, name=None) -> Channel:
    def own(changes):
        if language is not None:
            channel.language = changes["language"] = _check_language(language)
        if name is not None:
            channel.name = name.strip()[:120]

    return _updated(channel, actor, events=events, enabled=enabled, own=own)


# -- events → deliveries ------------------------------------------------------------------------------

def _delivery(event_type: str, data: dict, now: datetime, target, not_before: datetime | None = None) -> Delivery:
    """One delivery of the event to an endpoint (Standard Webhooks body) or a channel (its message)."""
    endpoint = target if isinstance(target, WebhookEndpoint) else None
    channel = target if isinstance(target, Channel) else None
    if channel is not None:
        body = channel_messages.message_for(channel.kind, event_type, data, channel.language)
        text = json.dumps(body, separators=(",", ":"), ensure_ascii=False)
    else:
        text = delivery.body_of(event_type, data, now)
    due = not_before or now
    row = Delivery(endpoint_id=getattr(endpoint, "id", None), channel_id=getattr(channel, "id", None),
                   message_id=delivery.new_message_id(), event_type=event_type, body=text, status=PENDING,
                   attempts=0, next_attempt_at=due, held=due > now, created_at=now)
    db.session.add(row)
    db.session.flush()
    if due <= now:
        delivery.queue_now(row)
    return row


def first_time(key: str, event_type: str) -> bool:
    """Claim ``key`` (an event several paths may notice); False when it was announced before."""
    inserted = db.session.execute(insert(Announcement).values(key=key[:200], event_type=event_type, at=utcnow())
                                  .on_conflict_do_nothing(constraint="uq_integration_announcements_key")
                                  .returning(Announcement.id)).scalar()
    return inserted is not None


def on_org_event(event_type: str, data: dict | None = None, key: str | None = None, **_extra) -> list[Delivery]:
    """Receiver of ``signals.org_event``: one delivery per enabled endpoint and channel that chose
    the event; channels wait for the charter's allowed hours. In the sender's transaction."""
    if key is not None and not first_time(key, event_type):
        return []
    now = utcnow()
    made = []
    endpoints = db.session.scalars(select(WebhookEndpoint).where(WebhookEndpoint.enabled.is_(True))
                                   .order_by(WebhookEndpoint.id)).all()
    for endpoint in endpoints:
        if event_type in (endpoint.events or ()):
            made.append(_delivery(event_type, data, now, endpoint))
    chosen = [c for c in db.session.scalars(select(Channel).where(Channel.enabled.is_(True)).order_by(Channel.id))
              if event_type in (c.events or ())]
    if chosen:
        allowed = channel_messages.next_allowed(now)
        for channel in chosen:
            made.append(_delivery(event_type, data, now, channel, not_before=allowed))
    return made


def deliveries_of(*, endpoint_id: int | None = None, channel_id: int | None = None, limit: int = 50) -> list[Delivery]:
    query = select(Delivery).order_by(Delivery.id.desc()).limit(limit)
    if endpoint_id is not None:
        query = query.where(Delivery.endpoint_id == endpoint_id)
    if channel_id is not None:
        query = query.where(Delivery.channel_id == channel_id)
    return list(db.session.scalars(query))


def attempts_of(delivery_id: int) -> list[Attempt]:
    return list(db.session.scalars(select(Attempt).where(Attempt.delivery_id == delivery_id).order_by(Attempt.number)))
