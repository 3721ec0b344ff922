"""Deliveries follow the Standard Webhooks specification: receivers verify them with the
``standardwebhooks`` package; retries keep the webhook-id; slow or huge answers are cut off;
rotation signs with both secrets for 24 h; a day of failures disables the endpoint."""
from __future__ import annotations

import json
from datetime import timedelta

import jsonschema
import pytest
from sqlalchemy import select
from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError

from advocacy.campaigns.models import OutboxMail
from advocacy.core.events import json_schema
from advocacy.core.models import AuditEntry
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db
from advocacy.integrations import delivery, services
from advocacy.integrations.models import FAILED, PENDING, SUCCEEDED, Attempt, WebhookEndpoint
from tests.integrations.helpers import approved_kit, deliveries, run


@pytest.fixture
def endpoint(admin):
    def factory(server, events=("kit.approved",)):
        row, secret = services.create_endpoint(admin, url=server.url, events=list(events))
        return row, secret

    return factory


def verified(secret: str, request: dict) -> dict:
    return Webhook(secret).verify(request["body"], request["headers"])


def test_an_approved_kit_reaches_the_receiver_signed(app, receiver, endpoint, make_live_kit, make_person):
    server = receiver()
    row, secret = endpoint(server)
    kit, compliance = approved_kit(make_live_kit, make_person)
    [pending] = deliveries(endpoint_id=row.id)
    assert pending.event_type == "kit.approved"
    assert run(pending) == "succeeded"
    [request] = server.requests
    payload = verified(secret, request)
    jsonschema.validate(payload, json_schema("kit.approved"))
    assert payload["type"] == "kit.approved" and payload["data"]["kit"]["id"] == kit.id
    assert payload["data"]["kit"]["status"] == "approved"
    assert payload["data"]["url"] == f"http://localhost/kits/{kit.id}"
    assert request["headers"]["webhook-id"] == pending.message_id
    raw = request["body"].decode()
    assert compliance.email not in raw and compliance.display_name not in raw and "reviewer" not in raw
    with pytest.raises(WebhookVerificationError):  # another secret does not verify
        Webhook(delivery.new_secret()).verify(request["body"], request["headers"])
    assert pending.status == SUCCEEDED


def test_500_twice_then_200_sends_the_same_webhook_id_three_times(app, receiver, endpoint, make_live_kit,
                                                                    make_person):
    server = receiver([500, 500, 200])
    row, secret = endpoint(server)
    approved_kit(make_live_kit, make_person)
    [pending] = deliveries(endpoint_id=row.id)
    assert run(pending) == "retry"
    assert pending.status == PENDING and pending.next_attempt_at > utcnow()
    assert run(pending) == "retry"
    assert run(pending) == "succeeded"
    assert [r["headers"]["webhook-id"] for r in server.requests] == [pending.message_id] * 3
    bodies = {r["body"] for r in server.requests}
    assert len(bodies) == 1  # the same bytes each time
    for request in server.requests:
        verified(secret, request)
    attempts = db.session.scalars(select(Attempt).where(Attempt.delivery_id == pending.id)
                                  .order_by(Attempt.number)).all()
    assert [(a.number, a.status_code, a.succeeded) for a in attempts] == [(1, 500, False), (2, 500, False),
                                                                         (3, 200, True)]
    assert attempts[0].error == "HTTP 500" and attempts[2].error == ""


def test_a_slow_receiver_is_cut_off_and_retried(app, monkeypatch, receiver, endpoint, make_live_kit, make_person):
    monkeypatch.setitem(app.config, "WEBHOOK_TOTAL_TIMEOUT", 1.0)
    server = receiver([("slow", 30), 200])
    row, secret = endpoint(server)
    approved_kit(make_live_kit, make_person)
    [pending] = deliveries(endpoint_id=row.id)
    assert run(pending) == "retry"
    [first] = db.session.scalars(select(Attempt).where(Attempt.delivery_id == pending.id)).all()
    assert first.status_code is None and first.error.startswith("timeout")
    assert run(pending) == "succeeded"
    assert server.requests[0]["headers"]["webhook-id"] == server.requests[1]["headers"]["webhook-id"]


def test_a_huge_answer_is_cut_off(app, receiver, endpoint, make_live_kit, make_person):
    server = receiver([("huge", 50 * 1024 * 1024)])
    row, _secret = endpoint(server)
    approved_kit(make_live_kit, make_person)
    [pending] = deliveries(endpoint_id=row.id)
    assert run(pending) == "retry"
    [first] = db.session.scalars(select(Attempt).where(Attempt.delivery_id == pending.id)).all()
    assert first.error.startswith("too_large")


def test_after_a_rotation_both_secrets_sign_for_24_hours(app, admin, receiver, endpoint):
    server = receiver()
    row, old = endpoint(server)
    new = services.rotate_secret(row, admin)
    assert new != old and new.startswith("whsec_")
    sent = services.send_test(row, admin)
    assert run(sent) == "succeeded"
    request = server.requests[-1]
    assert len(request["headers"]["webhook-signature"].split(" ")) == 2
    assert verified(new, request)["type"] == "webhook.test"
    assert verified(old, request)["type"] == "webhook.test"

    row.previous_secret_expires_at = utcnow() - timedelta(seconds=1)  # the overlap is over
    again = services.send_test(row, admin)
    assert run(again) == "succeeded"
    request = server.requests[-1]
    assert len(request["headers"]["webhook-signature"].split(" ")) == 1
    verified(new, request)
    with pytest.raises(WebhookVerificationError):
        verified(old, request)


def test_a_day_of_failures_disables_the_endpoint_and_tells_its_admin(app, admin, receiver, endpoint, make_live_kit,
                                                                     make_person):
    server = receiver([503] * 20)
    row, _secret = endpoint(server)
    approved_kit(make_live_kit, make_person)
    [pending] = deliveries(endpoint_id=row.id)
    outcomes = [run(pending) for _ in range(len(delivery.RETRY_SCHEDULE) + 1)]
    assert outcomes == ["retry"] * len(delivery.RETRY_SCHEDULE) + ["failed"]
    assert sum(delivery.RETRY_SCHEDULE, timedelta()) > timedelta(hours=20)  # about a day of retries
    assert pending.status == FAILED
    endpoint_row = db.session.get(WebhookEndpoint, row.id)
    assert endpoint_row.enabled is False and endpoint_row.disabled_reason
    mail = db.session.scalar(select(OutboxMail).where(OutboxMail.person_id == admin.id,
                                                      OutboxMail.kind == "integration_disabled"))
    assert mail is not None and server.url in mail.subject
    assert db.session.scalar(select(AuditEntry).where(AuditEntry.action == "integrations.endpoint_disabled",
                                                      AuditEntry.object_id == str(row.id))) is not None
    assert len(server.requests) == len(delivery.RETRY_SCHEDULE) + 1


def test_a_disabled_endpoint_gets_no_delivery(app, admin, receiver, endpoint, make_live_kit, make_person):
    server = receiver()
    row, _secret = endpoint(server)
    services.update_endpoint(row, admin, enabled=False)
    approved_kit(make_live_kit, make_person)
    assert deliveries(endpoint_id=row.id) == []


def test_the_delivery_body_is_the_documented_envelope(app, receiver, endpoint, make_live_kit, make_person):
    server = receiver()
    row, secret = endpoint(server, events=("kit.approved", "kit.live"))
    approved_kit(make_live_kit, make_person)
    rows = deliveries(endpoint_id=row.id)
    assert sorted(d.event_type for d in rows) == ["kit.approved", "kit.live"]  # its campaign is running
    for pending in rows:
        run(pending)
    for request in server.requests:
        payload = json.loads(request["body"])
        assert set(payload) == {"type", "timestamp", "data"}
        jsonschema.validate(verified(secret, request), json_schema(payload["type"]))
