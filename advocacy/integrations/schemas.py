"""API schemas of webhook endpoints, chat channels, their deliveries and the event catalogue."""
from __future__ import annotations

from marshmallow import Schema, fields, validate

from advocacy.core.events import CATALOGUE
from advocacy.integrations.models import CHANNEL_KINDS

EVENT_NAMES = sorted(CATALOGUE)
_events = fields.List(fields.Str(validate=validate.OneOf(EVENT_NAMES)), validate=validate.Length(min=1, max=20),
                      metadata={"description": "event types (see GET /webhooks/events)"})


class EndpointCreateSchema(Schema):
    url = fields.Str(required=True, validate=validate.Length(min=1, max=500),
                     metadata={"description": "https:// on a public host (or a host:port of ADVOCACY_OUTBOUND_ALLOW)"})
    events = fields.List(fields.Str(validate=validate.OneOf(EVENT_NAMES)), required=True,
                         validate=validate.Length(min=1, max=20))
    description = fields.Str(load_default="", validate=validate.Length(max=200))


class EndpointUpdateSchema(Schema):
    events = _events
    enabled = fields.Bool()
    description = fields.Str(validate=validate.Length(max=200))


class EndpointSchema(Schema):
    id = fields.Int(required=True)
    url = fields.Str(required=True)
    description = fields.Str()
    events = fields.List(fields.Str())
    enabled = fields.Bool()
    disabled_reason = fields.Str(allow_none=True)
    previous_secret_valid_until = fields.DateTime(allow_none=True, metadata={
        "description": "after a rotation, the old secret still signs (beside the new one) until then"})
    created_at = fields.DateTime()


class EndpointWithSecretSchema(EndpointSchema):
    secret = fields.Str(required=True, metadata={"description": "whsec_…: shown this once; verify deliveries "
                                                                "with it (Standard Webhooks)"})


class AttemptSchema(Schema):
    number = fields.Int()
    at = fields.DateTime()
    status_code = fields.Int(allow_none=True)
    duration_ms = fields.Int()
    error = fields.Str()
    succeeded = fields.Bool()


class DeliverySchema(Schema):
    id = fields.Int(required=True)
    message_id = fields.Str(required=True, metadata={"description": "the webhook-id header, the same on every try"})
    event_type = fields.Str()
    status = fields.Str(metadata={"description": "pending, succeeded or failed"})
    held_until = fields.DateTime(allow_none=True, metadata={
        "description": "a chat message waiting for the charter's allowed hours"})
    next_attempt_at = fields.DateTime(allow_none=True)
    created_at = fields.DateTime()
    attempts = fields.List(fields.Nested(AttemptSchema))


class DeliveryQuerySchema(Schema):
    limit = fields.Int(load_default=50, validate=validate.Range(min=1, max=200))


class ChannelCreateSchema(Schema):
    kind = fields.Str(required=True, validate=validate.OneOf(CHANNEL_KINDS),
                      metadata={"description": "slack (incoming webhook) or teams (Workflows webhook)"})
    url = fields.Str(required=True, validate=validate.Length(min=1, max=500))
    events = fields.List(fields.Str(validate=validate.OneOf(EVENT_NAMES)), required=True,
                         validate=validate.Length(min=1, max=20))
    language = fields.Str(load_default="fr", validate=validate.OneOf(("fr", "en")))
    name = fields.Str(load_default="", validate=validate.Length(max=120))


class ChannelUpdateSchema(Schema):
    events = _events
    enabled = fields.Bool()
    language = fields.Str(validate=validate.OneOf(("fr", "en")))
    name = fields.Str(validate=validate.Length(max=120))


class ChannelSchema(Schema):
    id = fields.Int(required=True)
    kind = fields.Str(required=True)
    name = fields.Str()
    url_hint = fields.Str(metadata={"description": "the host and last characters (the URL is a secret)"})
    language = fields.Str()
    events = fields.List(fields.Str())
    enabled = fields.Bool()
    disabled_reason = fields.Str(allow_none=True)
    created_at = fields.DateTime()


class EventTypeSchema(Schema):
    type = fields.Str(required=True)
    description = fields.Str()
    schema = fields.Dict(metadata={"description": "JSON Schema of the whole delivery body"})
