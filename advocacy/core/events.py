"""The catalogue of organisational events that leave the service (signed webhooks, Slack / Teams).

A lower domain calls :func:`emit` where the thing happens (in its transaction); the integrations
domain (the top layer) listens to ``signals.org_event`` and queues deliveries that go out once the
transaction commits.

Invariant: an event's ``data`` describes the organisation — a kit, a campaign, a charter version,
a survey round, a rollup — and never a person: no name, no e-mail, no person id (submitter,
reviewer, signer, respondent). Each type below carries the JSON schema of its ``data``, published
in the API reference; ``additionalProperties: false`` keeps a careless emitter from adding a field
(the tests validate every emitted event against it).
"""
from __future__ import annotations

from flask import current_app

from advocacy.core import signals

_STR = {"type": "string"}
_INT = {"type": "integer"}
_DATETIME = {"type": "string", "format": "date-time"}
_DATE = {"type": "string", "format": "date"}
_URL = {"type": "string", "format": "uri", "description": "where to see it in the service (PUBLIC_BASE_URL)"}


def _object(properties: dict, required=None) -> dict:
    return {"type": "object", "additionalProperties": False, "properties": properties,
            "required": list(required if required is not None else properties)}


CAMPAIGN = _object({"id": _INT, "name": _STR, "starts_at": _DATETIME, "ends_at": _DATETIME})
KIT = _object({
    "id": _INT, "title": _STR,
    "status": {"type": "string", "enum": ["draft", "submitted", "approved", "returned", "withdrawn"]},
    "networks": {"type": "array", "items": _STR}, "languages": {"type": "array", "items": _STR},
    "campaign": CAMPAIGN,
})
CHARTER_VERSION = _object({
    "id": _INT, "number": _INT, "title": _STR, "status": _STR,
    "effective_from": {**_DATETIME, "nullable": True},
})
SURVEY_ROUND = _object({"id": _INT, "title": _STR, "opens_on": _DATE, "closes_on": _DATE})
QUESTION_RESULT = _object({
    "key": _STR, "question_fr": _STR, "question_en": _STR, "answers": _INT,
    "mean": {"type": "number", "nullable": True}, "score": {"type": "number", "nullable": True},
})


def _kit_event(description: str) -> dict:
    return {"description": description, "schema": _object({"kit": KIT, "url": _URL})}


def _charter_event(description: str) -> dict:
    return {"description": description, "schema": _object({"version": CHARTER_VERSION, "url": _URL})}


def _campaign_event(description: str) -> dict:
    return {"description": description, "schema": _object({"campaign": CAMPAIGN, "url": _URL})}


#: type → {"description", "schema"} (the JSON schema of ``data``).
CATALOGUE: dict[str, dict] = {
    "charter.version.review_opened": _charter_event(
        "HR opened the staff representatives' review of a charter version."),
    "charter.version.signature_opened": _charter_event(
        "HR asked for the signatures of a charter version (review closed)."),
    "charter.version.in_force": _charter_event(
        "A charter version came into force (sent once per version)."),
    "kit.submitted": _kit_event("A marketer submitted a kit for review."),
    "kit.approved": _kit_event("Compliance (or HR) approved a kit."),
    "kit.returned": _kit_event("Compliance (or HR) returned a kit with comments for the marketer."),
    "kit.live": _kit_event("An approved kit is live: its campaign is running (sent once per approval)."),
    "campaign.started": _campaign_event("A campaign's start date passed (sent once)."),
    "campaign.ended": _campaign_event("A campaign's end date passed (sent once)."),
    "survey.round.closed": {
        "description": "A trust pulse round closed. Its results are given only when at least the charter's "
                       "minimum group size answered; otherwise respondents and results are null.",
        "schema": _object({
            "round": SURVEY_ROUND, "min_group_size": _INT,
            "respondents": {"type": "integer", "nullable": True},
            "results": {"type": "array", "nullable": True, "items": QUESTION_RESULT},
            "url": _URL,
        }),
    },
    "kpi.rollup.completed": {
        "description": "The KPI rollup recomputed these days (organisation and team figures are up to date).",
        "schema": _object({"days": {"type": "array", "items": _DATE},
                           "charter_version": {"type": "integer", "nullable": True}, "url": _URL}),
    },
}

#: The event an endpoint's "test" button sends (whatever it subscribed to).
TEST_EVENT = "webhook.test"
TEST_SCHEMA = _object({"endpoint_id": _INT, "message": _STR, "url": _URL})


def absolute(path: str) -> str:
    """``path`` on the service's public address (``ADVOCACY_PUBLIC_BASE_URL``)."""
    base = current_app.config["SETTINGS"].public_base_url.rstrip("/")
    return f"{base}/{path.lstrip('/')}"


def emit(event_type: str, data: dict, *, path: str, key: str | None = None) -> None:
    """Announce ``event_type`` with organisational ``data``; ``path`` (on the service) becomes
    ``data["url"]``. ``key``: an event that several paths may notice (a date passing, a job
    re-run) is delivered once per key. In the caller's transaction."""
    if event_type not in CATALOGUE:
        raise ValueError(f"unknown event type {event_type!r}")
    signals.org_event.send(event_type, data={**data, "url": absolute(path)}, key=key)


def body_schema(event_type: str) -> dict:
    """The schema of a whole delivery body (``type``, ``timestamp``, ``data``) of this type, in the
    OpenAPI 3.0 dialect (``nullable``) of the API reference."""
    data = TEST_SCHEMA if event_type == TEST_EVENT else CATALOGUE[event_type]["schema"]
    return {"type": "object", "additionalProperties": False, "required": ["type", "timestamp", "data"],
            "properties": {"type": {"type": "string", "enum": [event_type]}, "timestamp": _DATETIME, "data": data}}


def json_schema(event_type: str) -> dict:
    """:func:`body_schema` as plain JSON Schema (``nullable`` → a ``null`` type), for receivers."""
    return _plain(body_schema(event_type))


def _plain(node):
    if isinstance(node, dict):
        out = {k: _plain(v) for k, v in node.items() if k != "nullable"}
        if node.get("nullable"):
            out["type"] = [node["type"], "null"]
        return out
    if isinstance(node, list):
        return [_plain(v) for v in node]
    return node
