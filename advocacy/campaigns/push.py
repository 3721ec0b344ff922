"""Web Push: the person's own notifications on the devices where they turned it on.

A channel beside the in-app bell and e-mail, never a new kind of message: every push is an in-app
:class:`Notification` that already passed its own rules (a new kit: the ``notifications`` purpose,
quiet hours, the weekly cap; a review result or a publication: the person's own post). ``queue``
writes one :class:`PushDelivery` per device in the caller's transaction and asks for the sender
job once committed; ``send_due`` (the job, also on the cron) sends what is due.

Rules a reader must not break:
- nothing is pushed without the ``notifications`` purpose at sending time (a push reaches a device,
  not an inbox the person opens when they choose), nor during the quiet hours, weekends and
  holidays of the charter in force (``charter.services.is_quiet_time``: held, sent when they end),
  nor after ``MAX_AGE`` (old news is dropped, not delivered late);
- every request goes through the SSRF-guarded outbound client (``core.outbound``): an endpoint is a
  URL the browser gave us, so it is checked like any user-supplied URL;
- a 404 or 410 from the push service means the subscription is gone (RFC 8030 §7.3, §8.3): it is
  deleted; 429 and 5xx are retried later; other answers fail the delivery;
- the VAPID private key (``ADVOCACY_VAPID_PRIVATE_KEY``) is never logged, stored or exported;
- a subscription's endpoint and keys are stored encrypted (``core.crypto``; found by the endpoint's
  keyed hash, re-encrypted by ``flask keys rotate``); one that no configured key opens any more is
  deleted when a delivery needs it (the browser subscribes again).

Encryption is RFC 8291 (aes128gcm, RFC 8188) by pywebpush; the VAPID JWT (RFC 8292) by py_vapid.
"""
from __future__ import annotations

import json
import re
import time
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from flask import current_app
from flask_babel import gettext as _
from py_vapid import Vapid02
from pywebpush import WebPusher, WebPushException
from sqlalchemy import delete, select

from advocacy.auth.models import Person
from advocacy.campaigns.errors import Invalid
from advocacy.campaigns.models import (PUSH_CANCELLED, PUSH_FAILED, PUSH_QUEUED, PUSH_SENT, Notification,
                                       PushDelivery, PushSubscription)
from advocacy.charter.services import is_quiet_time
from advocacy.consent.services import has_consent
from advocacy.core import crypto, outbound
from advocacy.core.audit import record
from advocacy.core.ssrf import check_url
from advocacy.core.settings import parse_allow
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db
from advocacy.jobs import job, job_logger
from advocacy.queue import enqueue_after_commit

#: A push older than this is dropped rather than sent (held through a long weekend, at most).
MAX_AGE = timedelta(days=4)
#: How long the push service keeps a message for a device that is offline (RFC 8030 §5.2).
TTL = 24 * 3600
MAX_ATTEMPTS = 5
BACKOFF = (60, 300, 1800, 7200)
#: The subscriptions one person may keep (phones, laptops…).
MAX_DEVICES = 10
#: RFC 8291: the user agent's P-256 public key (65 bytes) and 16-byte authentication secret.
_B64URL = re.compile(r"^[A-Za-z0-9_-]+={0,2}$")


def _b64len(value: str) -> int:
    value = value.rstrip("=")
    return len(value) * 3 // 4


def _label(user_agent: str) -> str:
    agent = user_agent or ""
    browser = next((name for token, name in (("Edg/", "Edge"), ("Firefox/", "Firefox"), ("Chrome/", "Chrome"),
                                              ("Safari/", "Safari")) if token in agent), "")
    system = next((name for token, name in (("Android", "Android"), ("iPhone", "iPhone"), ("iPad", "iPad"),
                                             ("Windows", "Windows"), ("Mac OS X", "macOS"), ("Linux", "Linux"))
                   if token in agent), "")
    return " · ".join(x for x in (browser, system) if x)[:100]


def _check_endpoint(endpoint: str) -> str:
    if not isinstance(endpoint, str) or not endpoint or len(endpoint) > 1000:
        raise Invalid({"endpoint": _("This browser gave no usable push address.")}, code="invalid_subscription")
    try:
        check_url(endpoint, parse_allow(outbound.configured_allow()))
    except outbound.OutboundError:
        raise Invalid({"endpoint": _("This browser gave no usable push address.")},
                      code="invalid_subscription") from None
    return endpoint


def subscribe(person: Person, data, user_agent: str = "") -> PushSubscription:
    """Record the browser's ``PushSubscription`` (its JSON) for ``person``; flushes.

    Needs the ``notifications`` purpose. The same endpoint again updates its keys (the browser
    renewed them); an endpoint another person registered moves to this person (the device changed
    hands: the browser now belongs to whoever is signed in)."""
    if not has_consent(person, "notifications"):
        raise Invalid({"consent": _("Agree to notifications on your consent page first.")}, code="no_consent")
    if not isinstance(data, dict):
        raise Invalid({"subscription": _("This browser gave no usable push address.")},
                      code="invalid_subscription")
    endpoint = _check_endpoint(data.get("endpoint"))
    keys = data.get("keys") if isinstance(data.get("keys"), dict) else {}
    p256dh, auth = keys.get("p256dh"), keys.get("auth")
    if not (isinstance(p256dh, str) and _B64URL.match(p256dh) and _b64len(p256dh) == 65
            and isinstance(auth, str) and _B64URL.match(auth) and _b64len(auth) == 16):
        raise Invalid({"keys": _("This browser gave no usable encryption keys.")}, code="invalid_subscription")
    row = db.session.scalar(select(PushSubscription).where(
        PushSubscription.endpoint_hash.in_(crypto.lookup_hashes(endpoint))))
    if row is None:
        count = len(subscriptions_of(person))
        if count >= MAX_DEVICES:
            raise Invalid({"subscription": _("You already receive notifications on %(count)d devices: remove one "
                                             "first.", count=MAX_DEVICES)}, code="too_many_devices")
        row = PushSubscription(created_at=utcnow())
        db.session.add(row)
    elif row.person_id != person.id:
        db.session.execute(delete(PushDelivery).where(PushDelivery.subscription_id == row.id))
    row.person_id = person.id
    row.store(endpoint, p256dh.rstrip("="), auth.rstrip("="))
    row.label = _label(user_agent)
    db.session.flush()
    record("campaigns.push_subscribed", actor=person, object_type="push_subscription", object_id=row.id,
           details={"service": urlsplit(endpoint).hostname})
    return row


def subscriptions_of(person) -> list[PushSubscription]:
    return _subscriptions(person.id)


def _subscriptions(person_id: int) -> list[PushSubscription]:
    return list(db.session.scalars(select(PushSubscription).where(PushSubscription.person_id == person_id)
                                   .order_by(PushSubscription.id)))


def unsubscribe(person, *, subscription_id: int | None = None, endpoint: str | None = None) -> int:
    """Withdraw one device (by id, or by the endpoint the browser still knows); flushes."""
    stmt = delete(PushSubscription).where(PushSubscription.person_id == person.id)
    if subscription_id is not None:
        stmt = stmt.where(PushSubscription.id == subscription_id)
    elif endpoint:
        stmt = stmt.where(PushSubscription.endpoint_hash.in_(crypto.lookup_hashes(endpoint)))
    else:
        return 0
    removed = db.session.execute(stmt).rowcount or 0
    if removed:
        record("campaigns.push_unsubscribed", actor=person, object_type="person", object_id=person.id)
    db.session.flush()
    return removed


def forget(person_id: int) -> int:
    """Delete every device of a person (leaving, erasure, ``notifications`` withdrawn); flushes."""
    removed = db.session.execute(delete(PushSubscription).where(PushSubscription.person_id == person_id)).rowcount
    db.session.flush()
    return removed or 0


def rotate_keys(_sender=None) -> int:
    """Receiver of ``signals.keys_rotating``: every subscription's endpoint and keys re-encrypted with the first key, and the endpoint's
    hash recomputed under it; the rows rewritten (flushes)."""
    rows = db.session.scalars(select(PushSubscription).order_by(PushSubscription.id)).all()
    for row in rows:
        for attr in PushSubscription.ENCRYPTED:
            setattr(row, attr, crypto.rotate_value(getattr(row, attr)))
        endpoint = row.endpoint
        if endpoint is not None:
            row.endpoint_hash = crypto.lookup_hash(endpoint)
    db.session.flush()
    return len(rows)


def export(person) -> list[dict]:
    return [{"device": s.label, "endpoint": s.endpoint, "created_at": s.created_at.isoformat(),
             "last_sent_at": s.last_sent_at.isoformat() if s.last_sent_at else None}
            for s in subscriptions_of(person)]


def queue(note: Notification) -> int:
    """One delivery per device of the notification's person; the sender runs once committed."""
    db.session.flush()  # the notification's id
    subs = _subscriptions(note.person_id) if note.person_id else []
    for sub in subs:
        db.session.add(PushDelivery(notification_id=note.id, subscription_id=sub.id, person_id=note.person_id,
                                    status=PUSH_QUEUED, created_at=note.created_at or utcnow(),
                                    next_at=note.created_at or utcnow()))
    if subs:
        db.session.flush()
        enqueue_after_commit(send_push, queue="mail")
    return len(subs)


def payload(note: Notification) -> bytes:
    """What the service worker shows (already in the person's language); well under 4 KB."""
    body = {"title": note.title[:200], "body": (note.body or "")[:600], "url": note.url or "/notifications",
            "tag": f"{note.kind}-{note.id}"}
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


def vapid_headers(endpoint: str, now: float | None = None) -> dict:
    """``Authorization: vapid t=<JWT>, k=<public key>`` for the endpoint's origin (RFC 8292 §2-3)."""
    settings = current_app.config["SETTINGS"]
    parts = urlsplit(endpoint)
    claims = {"aud": f"{parts.scheme}://{parts.netloc}", "exp": int((now or time.time()) + 12 * 3600),
              "sub": settings.vapid_subject}
    return Vapid02.from_raw(settings.vapid_private_key.encode("ascii")).sign(claims)


def request_for(sub: PushSubscription, note: Notification) -> tuple[dict, bytes]:
    """The headers and encrypted body of one push message (RFC 8030 §5, RFC 8291 aes128gcm)."""
    info = {"endpoint": sub.endpoint, "keys": {"p256dh": sub.p256dh, "auth": sub.auth}}
    body = WebPusher(info).encode(payload(note), "aes128gcm")["body"]
    headers = {"TTL": str(TTL), "Urgency": "normal", "Content-Encoding": "aes128gcm",
               "Content-Type": "application/octet-stream", **vapid_headers(sub.endpoint)}
    return headers, body


def _due(now: datetime, skipped: list[int]):
    stmt = (select(PushDelivery).where(PushDelivery.status == PUSH_QUEUED, PushDelivery.next_at <= now)
            .order_by(PushDelivery.id).limit(1))
    if skipped:
        stmt = stmt.where(PushDelivery.id.not_in(skipped))
    return db.session.scalar(stmt.with_for_update(skip_locked=True))


def send_due(at: datetime | None = None, batch: int = 100) -> dict:
    """Send due deliveries, one commit each (a crash never sends one twice on purpose). Returns counts."""
    stats = {"sent": 0, "held": 0, "cancelled": 0, "gone": 0, "retry": 0, "failed": 0}
    skipped: list[int] = []
    for _i in range(batch):
        now = at or utcnow()
        delivery = _due(now, skipped)
        if delivery is None:
            break
        outcome = _send_one(delivery, now)
        stats[outcome] += 1
        if outcome in ("held", "retry"):
            skipped.append(delivery.id)
        db.session.commit()
    db.session.commit()
    return stats


def _send_one(delivery: PushDelivery, now: datetime) -> str:
    person = db.session.get(Person, delivery.person_id)
    note = db.session.get(Notification, delivery.notification_id)
    sub = db.session.get(PushSubscription, delivery.subscription_id)
    if (person is None or not person.is_active or note is None or sub is None or sub.person_id != person.id
            or not has_consent(person, "notifications", now)):
        delivery.status, delivery.last_error = PUSH_CANCELLED, "no_consent"
        return "cancelled"
    if sub.endpoint is None or sub.p256dh is None or sub.auth is None:  # its key was dropped
        db.session.delete(sub)
        db.session.flush()
        return "gone"
    if now - delivery.created_at > MAX_AGE:
        delivery.status, delivery.last_error = PUSH_CANCELLED, "expired"
        return "cancelled"
    if is_quiet_time(person, now):
        return "held"  # stays queued: the next tick after the quiet hours sends it
    delivery.attempts += 1
    try:
        headers, body = request_for(sub, note)
        response = outbound.fetch(sub.endpoint, method="POST", content=body, headers=headers,
                                  max_bytes=64 * 1024)
    except (outbound.OutboundError, WebPushException, ValueError) as exc:
        return _retry(delivery, now, f"{getattr(exc, 'code', type(exc).__name__)}")
    if response.status in (200, 201, 202):
        delivery.status, delivery.sent_at, delivery.last_error = PUSH_SENT, now, ""
        sub.last_sent_at = now
        return "sent"
    if response.status in (404, 410):
        db.session.delete(sub)  # its deliveries go with it (ON DELETE CASCADE)
        db.session.flush()
        record("campaigns.push_subscription_gone", object_type="person", object_id=person.id,
               details={"status": response.status, "service": urlsplit(sub.endpoint).hostname})
        return "gone"
    if response.status == 429 or response.status >= 500:
        return _retry(delivery, now, f"http_{response.status}", response.headers.get("Retry-After"))
    delivery.status, delivery.last_error = PUSH_FAILED, f"http_{response.status}"
    return "failed"


def _retry(delivery: PushDelivery, now: datetime, error: str, retry_after: str | None = None) -> str:
    delivery.last_error = error[:300]
    if delivery.attempts >= MAX_ATTEMPTS:
        delivery.status = PUSH_FAILED
        return "failed"
    wait = BACKOFF[min(delivery.attempts, len(BACKOFF)) - 1]
    if retry_after and retry_after.isdigit():
        wait = max(wait, min(int(retry_after), 86400))
    delivery.next_at = now + timedelta(seconds=wait)
    return "retry"


@job
def send_push() -> dict:
    """Job: send due Web Push deliveries (held through quiet hours; the database says what is due)."""
    stats = send_due()
    job_logger("send_push").info("%s", stats)
    return stats
