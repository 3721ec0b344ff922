"""``/api/v1/webhooks`` and ``/api/v1/channels`` — admins manage signed webhook endpoints and Slack /
Teams channels; ``/api/v1/webhooks/events`` is the event catalogue with each body's JSON Schema
(also in this document's components, ``WebhookEvent.<type>``)."""
from __future__ import annotations

from flask import g
from flask_babel import gettext as _
from flask_smorest import Blueprint

from advocacy.auth.guards import api_roles, require_two_step
from advocacy.auth.roles import ADMIN
from advocacy.core.errors import ApiError
from advocacy.core.events import CATALOGUE, TEST_EVENT, json_schema
from advocacy.core.routing import MAX_ID
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db, limiter
from advocacy.integrations import services
from advocacy.integrations.models import Channel, WebhookEndpoint
from advocacy.integrations.schemas import (
    ChannelCreateSchema,
    ChannelSchema,
    ChannelUpdateSchema,
    DeliveryQuerySchema,
    DeliverySchema,
    EndpointCreateSchema,
    EndpointSchema,
    EndpointUpdateSchema,
    EndpointWithSecretSchema,
    EventTypeSchema,
)

blp = Blueprint("integrations_api", __name__, description=(
    "Signed outbound webhooks (Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature; "
    "body {type, timestamp, data}) and Slack / Microsoft Teams channels. Events are organisational: "
    "they never describe a person. Admins only."))

COSTLY = "30 per minute"


def endpoint_body(endpoint: WebhookEndpoint, secret: str | None = None) -> dict:
    body = {"id": endpoint.id, "url": endpoint.url, "description": endpoint.description,
            "events": list(endpoint.events or ()), "enabled": endpoint.enabled,
            "disabled_reason": endpoint.disabled_reason or None, "created_at": endpoint.created_at,
            "previous_secret_valid_until": (endpoint.previous_secret_expires_at
                                            if endpoint.previous_secret_expires_at
                                            and endpoint.previous_secret_expires_at > utcnow() else None)}
    if secret is not None:
        body["secret"] = secret
    return body


def channel_body(channel: Channel) -> dict:
    return {"id": channel.id, "kind": channel.kind, "name": channel.name, "url_hint": channel.url_hint,
            "language": channel.language, "events": list(channel.events or ()), "enabled": channel.enabled,
            "disabled_reason": channel.disabled_reason or None, "created_at": channel.created_at}


def delivery_body(row) -> dict:
    return {"id": row.id, "message_id": row.message_id, "event_type": row.event_type, "status": row.status,
            "held_until": row.next_attempt_at if row.held and row.attempts == 0 else None,
            "next_attempt_at": row.next_attempt_at, "created_at": row.created_at,
            "attempts": [{"number": a.number, "at": a.at, "status_code": a.status_code, "duration_ms": a.duration_ms,
                          "error": a.error, "succeeded": a.succeeded} for a in services.attempts_of(row.id)]}


def _found(model, row_id: int, message: str):
    row = db.session.get(model, row_id) if 0 < row_id <= MAX_ID else None
    if row is None:
        raise ApiError(404, "not_found", message)
    return row


def _endpoint(endpoint_id: int) -> WebhookEndpoint:
    return _found(WebhookEndpoint, endpoint_id, _("No such webhook endpoint."))


def _channel(channel_id: int) -> Channel:
    return _found(Channel, channel_id, _("No such channel."))


def _deleted(find, row_id: int) -> None:
    require_two_step(g.person)
    services.delete(find(row_id), g.person)
    db.session.commit()


def _tested(find, row_id: int) -> dict:
    require_two_step(g.person)
    row = services.send_test(find(row_id), g.person)
    db.session.commit()
    return delivery_body(row)


def _deliveries(query, **target_id) -> list[dict]:
    return [delivery_body(d) for d in services.deliveries_of(limit=query["limit"], **target_id)]


@blp.route("/webhooks/events")
@blp.response(200, EventTypeSchema(many=True))
@api_roles(ADMIN)
def event_types():
    """The event catalogue: each type, what it means and the JSON Schema of its delivery body."""
    return [{"type": name, "description": entry["description"], "schema": json_schema(name)}
            for name, entry in CATALOGUE.items()] + [
        {"type": TEST_EVENT, "description": "Sent by POST /webhooks/{id}/test.", "schema": json_schema(TEST_EVENT)}]


@blp.route("/webhooks")
@blp.response(200, EndpointSchema(many=True))
@api_roles(ADMIN)
def list_endpoints():
    """Every webhook endpoint (secrets are never shown again)."""
    return [endpoint_body(e) for e in db.session.scalars(db.select(WebhookEndpoint).order_by(WebhookEndpoint.id))]


@blp.route("/webhooks", methods=["POST"])
@api_roles(ADMIN)
@limiter.limit(COSTLY, scope="integrations-write")
@blp.arguments(EndpointCreateSchema)
@blp.response(201, EndpointWithSecretSchema)
def create_endpoint(data):
    """A new endpoint for the chosen events; the answer holds its ``whsec_…`` secret, shown once."""
    require_two_step(g.person)
    endpoint, secret = services.create_endpoint(g.person, url=data["url"], events=data["events"],
                                                description=data.get("description", ""))
    db.session.commit()
    return endpoint_body(endpoint, secret)


@blp.route("/webhooks/<int:endpoint_id>")
@blp.response(200, EndpointSchema)
@api_roles(ADMIN)
def get_endpoint(endpoint_id: int):
    return endpoint_body(_endpoint(endpoint_id))


@blp.route("/webhooks/<int:endpoint_id>", methods=["PATCH"])
@api_roles(ADMIN)
@blp.arguments(EndpointUpdateSchema)
@blp.response(200, EndpointSchema)
def update_endpoint(data, endpoint_id: int):
    """Change the events, the description, or enable / disable the endpoint."""
    require_two_step(g.person)
    endpoint = services.update_endpoint(_endpoint(endpoint_id), g.person, events=data.get("events"),
                                        enabled=data.get("enabled"), description=data.get("description"))
    db.session.commit()
    return endpoint_body(endpoint)


@blp.route("/webhooks/<int:endpoint_id>", methods=["DELETE"])
@api_roles(ADMIN)
@blp.response(204)
def delete_endpoint(endpoint_id: int):
    _deleted(_endpoint, endpoint_id)


@blp.route("/webhooks/<int:endpoint_id>/rotate-secret", methods=["POST"])
@api_roles(ADMIN)
@limiter.limit(COSTLY, scope="integrations-write")
@blp.response(200, EndpointWithSecretSchema)
def rotate_secret(endpoint_id: int):
    """A new secret (shown once); the old one still signs, beside it, for 24 hours."""
    require_two_step(g.person)
    endpoint = _endpoint(endpoint_id)
    secret = services.rotate_secret(endpoint, g.person)
    db.session.commit()
    return endpoint_body(endpoint, secret)


@blp.route("/webhooks/<int:endpoint_id>/test", methods=["POST"])
@api_roles(ADMIN)
@limiter.limit(COSTLY, scope="integrations-test")
@blp.response(202, DeliverySchema)
def test_endpoint(endpoint_id: int):
    """Send a ``webhook.test`` delivery now; follow it in ``GET /webhooks/{id}/deliveries``."""
    return _tested(_endpoint, endpoint_id)


@blp.route("/webhooks/<int:endpoint_id>/deliveries")
@api_roles(ADMIN)
@blp.arguments(DeliveryQuerySchema, location="query")
@blp.response(200, DeliverySchema(many=True))
def endpoint_deliveries(query, endpoint_id: int):
    """The latest deliveries to this endpoint, each with every attempt (status, duration, error)."""
    return _deliveries(query, endpoint_id=_endpoint(endpoint_id).id)


@blp.route("/channels")
@blp.response(200, ChannelSchema(many=True))
@api_roles(ADMIN)
def list_channels():
    return [channel_body(c) for c in db.session.scalars(db.select(Channel).order_by(Channel.id))]


@blp.route("/channels", methods=["POST"])
@api_roles(ADMIN)
@limiter.limit(COSTLY, scope="integrations-write")
@blp.arguments(ChannelCreateSchema)
@blp.response(201, ChannelSchema)
def create_channel(data):
    """A Slack incoming-webhook URL or a Teams Workflows webhook URL, the events it shows and in which
    language. Messages wait for the charter's allowed hours and never name an employee."""
    require_two_step(g.person)
    channel = services.create_channel(g.person, kind=data["kind"], url=data["url"], events=data["events"],
                                      language=data.get("language", "fr"), name=data.get("name", ""))
    db.session.commit()
    return channel_body(channel)


@blp.route("/channels/<int:channel_id>")
@blp.response(200, ChannelSchema)
@api_roles(ADMIN)
def get_channel(channel_id: int):
    return channel_body(_channel(channel_id))


@blp.route("/channels/<int:channel_id>", methods=["PATCH"])
@api_roles(ADMIN)
@blp.arguments(ChannelUpdateSchema)
@blp.response(200, ChannelSchema)
def update_channel(data, channel_id: int):
    require_two_step(g.person)
    channel = services.update_channel(_channel(channel_id), g.person, events=data.get("events"),
                                      enabled=data.get("enabled"), language=data.get("language"),
                                      name=data.get("name"))
    db.session.commit()
    return channel_body(channel)


@blp.route("/channels/<int:channel_id>", methods=["DELETE"])
@api_roles(ADMIN)
@blp.response(204)
def delete_channel(channel_id: int):
    _deleted(_channel, channel_id)


@blp.route("/channels/<int:channel_id>/test", methods=["POST"])
@api_roles(ADMIN)
@limiter.limit(COSTLY, scope="integrations-test")
@blp.response(202, DeliverySchema)
def test_channel(channel_id: int):
    """Post a test message now (an admin's explicit test is not held by the quiet hours)."""
    return _tested(_channel, channel_id)


@blp.route("/channels/<int:channel_id>/deliveries")
@api_roles(ADMIN)
@blp.arguments(DeliveryQuerySchema, location="query")
@blp.response(200, DeliverySchema(many=True))
def channel_deliveries(query, channel_id: int):
    return _deliveries(query, channel_id=_channel(channel_id).id)
