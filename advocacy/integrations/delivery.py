"""Sending one delivery: Standard Webhooks signatures, the guarded client, retries, giving up.

- Every attempt of a delivery sends the same body under the same ``webhook-id``; the timestamp
  and the signatures are made at each attempt (receivers refuse old timestamps).
- During the 24 h after a secret rotation both secrets sign: ``webhook-signature`` carries the two
  signatures separated by a space, as the specification allows.
- 2xx is success; anything else (an error status, no answer before the deadline, an answer larger
  than the cap, a refused address) is an attempt that failed, recorded with its duration and
  error, and retried after ``RETRY_SCHEDULE``. When the schedule is exhausted (about a day) the
  delivery fails and its endpoint or channel is disabled; the admins are told (outbox + audit).
- A delivery is leased while one worker sends it: a second job for it (the cron sweep, a retry
  queued twice) does nothing. Jobs are idempotent.
"""
from __future__ import annotations

import base64
import json
import os
import secrets
import time
import uuid
from datetime import datetime, timedelta

from flask import current_app
from flask_babel import force_locale
from flask_babel import gettext as _
from redis.exceptions import RedisError
from sqlalchemy import or_, select, update
from standardwebhooks import Webhook

from advocacy.auth.models import Person, PersonRole
from advocacy.auth.roles import ADMIN
from advocacy.core import signals
from advocacy.core.audit import record
from advocacy.core.outbound import Client, OutboundError, configured_allow
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db
from advocacy.integrations import crypto
from advocacy.jobs import job
from advocacy.queue import enqueue_after_commit, get_queue
from advocacy.integrations.models import FAILED, PENDING, SUCCEEDED, Attempt, Delivery, WebhookEndpoint

#: Waits before each retry: first attempt, then 10 s, 1 min, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h —
#: nine attempts over about 27 hours (the Standard Webhooks recommendation, started faster).
RETRY_SCHEDULE = (timedelta(seconds=10), timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=30),
                  timedelta(hours=2), timedelta(hours=5), timedelta(hours=10), timedelta(hours=10))
LEASE = timedelta(minutes=2)
#: A receiver has this long to answer in all; its answer is read up to this size (then cut off).
CONNECT_TIMEOUT, READ_TIMEOUT, TOTAL_TIMEOUT = 3.05, 10.0, 15.0
MAX_ANSWER_BYTES = 64 * 1024
SECRET_PREFIX = "whsec_"
QUEUE = "default"
ROTATION_OVERLAP = timedelta(hours=24)


def new_secret() -> str:
    """``whsec_`` + base64 of 32 random bytes (what ``standardwebhooks.Webhook`` reads)."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(32)).decode()


def new_message_id() -> str:
    return f"msg_{uuid.uuid4().hex}"


def signing_secrets(endpoint: WebhookEndpoint, now: datetime) -> list[str]:
    """The current secret, then the previous one while its 24 h overlap lasts."""
    found = [crypto.decrypt(endpoint.secret_encrypted)]
    if endpoint.previous_secret_encrypted and endpoint.previous_secret_expires_at \
            and endpoint.previous_secret_expires_at > now:
        found.append(crypto.decrypt(endpoint.previous_secret_encrypted))
    return [s for s in found if s]


def signed_headers(message_id: str, body: str, secret_values: list[str], when: datetime) -> dict:
    signatures = [Webhook(value).sign(message_id, when, body) for value in secret_values]
    return {"webhook-id": message_id, "webhook-timestamp": str(int(when.timestamp())),
            "webhook-signature": " ".join(signatures), "Content-Type": "application/json"}


_clients: dict = {}


def client() -> Client:
    """The deliveries' guarded client: short deadlines, small answers (per process and allow-list)."""
    config = current_app.config
    key = (configured_allow(), os.getpid(), config.get("WEBHOOK_TOTAL_TIMEOUT", TOTAL_TIMEOUT),
           config.get("WEBHOOK_MAX_ANSWER_BYTES", MAX_ANSWER_BYTES))
    found = _clients.get(key)
    if found is None:
        found = _clients[key] = Client(key[0], pool_size=4, user_agent="Porte-voix-Webhooks/1",
                                       connect_timeout=CONNECT_TIMEOUT, read_timeout=min(READ_TIMEOUT, key[2]),
                                       total_timeout=key[2], max_bytes=key[3])
    return found


def claim(delivery_id: int, now: datetime) -> bool:
    """Lease a pending, due delivery for this worker (committed, so other workers see it)."""
    claimed = db.session.execute(
        update(Delivery).where(
            Delivery.id == delivery_id, Delivery.status == PENDING,
            or_(Delivery.leased_until.is_(None), Delivery.leased_until < now),
            or_(Delivery.next_attempt_at.is_(None), Delivery.next_attempt_at <= now + timedelta(seconds=1)))
        .values(leased_until=now + LEASE)).rowcount
    db.session.commit()
    return bool(claimed)


def _target(delivery: Delivery):
    """(url, extra headers) or None when the endpoint or channel is gone, disabled or unreadable."""
    now = utcnow()
    if delivery.endpoint_id is not None:
        endpoint = delivery.endpoint
        if endpoint is None or not endpoint.enabled:
            return None
        crypto.upgrade(endpoint)  # a secret still in the pre-#18 form is written in the current one
        values = signing_secrets(endpoint, now)
        if not values:
            return None
        return endpoint.url, signed_headers(delivery.message_id, delivery.body, values, now)
    channel = delivery.channel
    if channel is None or not channel.enabled:
        return None
    crypto.upgrade(channel)
    url = crypto.decrypt(channel.url_encrypted)
    return (url, {"Content-Type": "application/json"}) if url else None


def attempt(delivery_id: int) -> str:
    """Send the delivery once if it is due and not leased; the caller is a job (this commits).
    Returns what happened: ``skipped``, ``succeeded``, ``retry``, ``failed`` or ``dropped``."""
    now = utcnow()
    if not claim(delivery_id, now):
        return "skipped"
    delivery = db.session.get(Delivery, delivery_id)
    target = _target(delivery)
    if target is None:  # disabled or deleted meanwhile: nothing is sent
        delivery.status, delivery.completed_at, delivery.leased_until = FAILED, now, None
        db.session.commit()
        return "dropped"
    url, headers = target
    started = time.perf_counter()
    status_code, error = None, ""
    try:
        response = client().fetch(url, method="POST", content=delivery.body.encode(), headers=headers,
                                  max_redirects=0)
        status_code = response.status
        if not response.ok:
            error = f"HTTP {response.status}"
    except OutboundError as exc:  # its message names the host, never the URL's path (a Slack secret)
        error = f"{exc.code}: {exc}"[:200]
    duration = int((time.perf_counter() - started) * 1000)
    ok = not error
    delivery.attempts += 1
    db.session.add(Attempt(delivery_id=delivery.id, number=delivery.attempts, at=now, status_code=status_code,
                           duration_ms=duration, error=error[:200], succeeded=ok))
    delivery.leased_until = None
    delivery.held = False
    if ok:
        delivery.status, delivery.completed_at, delivery.next_attempt_at = SUCCEEDED, utcnow(), None
        db.session.commit()
        return "succeeded"
    if delivery.attempts > len(RETRY_SCHEDULE):
        delivery.status, delivery.completed_at, delivery.next_attempt_at = FAILED, utcnow(), None
        give_up(delivery)
        db.session.commit()
        return "failed"
    wait = RETRY_SCHEDULE[delivery.attempts - 1]
    delivery.next_attempt_at = utcnow() + wait
    db.session.commit()
    schedule(delivery.id, wait)
    return "retry"


def schedule(delivery_id: int, wait: timedelta) -> None:
    """Queue the next attempt after ``wait`` (the worker's scheduler); the cron sweep is the safety net."""
    try:
        get_queue(QUEUE).enqueue_in(wait, deliver, delivery_id)
    except (RedisError, OSError) as exc:
        current_app.logger.warning("could not schedule delivery %s (%s); the sweep will", delivery_id, exc)


def give_up(delivery: Delivery) -> None:
    """The retries are exhausted: disable the endpoint or channel and tell its admins."""
    target = delivery.endpoint if delivery.endpoint_id is not None else delivery.channel
    if target is None or not target.enabled:
        return
    now = utcnow()
    target.enabled, target.disabled_at = False, now
    target.disabled_reason = "failing for a day"
    kind = "endpoint" if isinstance(target, WebhookEndpoint) else "channel"
    record(f"integrations.{kind}_disabled", object_type=f"webhook_{kind}", object_id=target.id,
           details={"delivery": delivery.message_id, "attempts": delivery.attempts})
    tell_admins(target, kind)


def admins_to_tell(target) -> list[Person]:
    creator = db.session.get(Person, target.created_by_id) if target.created_by_id else None
    if creator is not None and creator.is_active and creator.has_role(ADMIN):
        return [creator]
    return list(db.session.scalars(select(Person).join(PersonRole, PersonRole.person_id == Person.id)
                                   .where(PersonRole.role == ADMIN, Person.active.is_(True),
                                          Person.erased_at.is_(None)).order_by(Person.id)))


def tell_admins(target, kind: str) -> None:
    link = current_app.config["SETTINGS"].public_base_url.rstrip("/") + "/admin/integrations"
    where = target.url if isinstance(target, WebhookEndpoint) else (target.name or target.url_hint)
    for person in admins_to_tell(target):
        with force_locale(person.language or "fr"):
            if kind == "endpoint":
                subject = _("Webhook endpoint disabled: %(where)s", where=where)
            else:
                subject = _("Chat channel disabled: %(where)s", where=where)
            body = _("It has refused or not answered our deliveries for about a day, so we stopped sending to it. "
                     "Check the receiver, then enable it again: %(link)s", link=link)
        signals.mail_requested.send(person, kind="integration_disabled", subject=subject[:200], body=body)


def body_of(event_type: str, data: dict, at: datetime) -> str:
    """The JSON body: ``{"type", "timestamp", "data"}`` (compact, keys in a stable order)."""
    return json.dumps({"type": event_type, "timestamp": at.isoformat().replace("+00:00", "Z"), "data": data},
                      separators=(",", ":"), ensure_ascii=False)


@job
def deliver(delivery_id: int) -> str:
    """The RQ job of one attempt (idempotent: a delivery not due, leased or done is skipped)."""
    return attempt(delivery_id)


def queue_now(delivery: Delivery) -> None:
    """Send ``delivery`` once the current transaction commits."""
    enqueue_after_commit(deliver, delivery.id, queue=QUEUE)
