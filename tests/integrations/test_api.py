"""``/api/v1/webhooks`` and ``/api/v1/channels``: admins manage endpoints; the secret is shown once."""
from __future__ import annotations

import jsonschema
from sqlalchemy import select

from advocacy.core.events import CATALOGUE
from advocacy.extensions import db
from advocacy.integrations.models import Channel, WebhookEndpoint


def test_an_admin_creates_lists_changes_and_deletes_an_endpoint(client, admin, api_headers, receiver):
    headers = api_headers(admin)
    server = receiver()
    created = client.post("/api/v1/webhooks", headers=headers,
                          json={"url": server.url, "events": ["kit.approved"], "description": "CRM"})
    assert created.status_code == 201, created.json
    body = created.json
    assert body["secret"].startswith("whsec_") and body["events"] == ["kit.approved"] and body["enabled"]
    endpoint_id = body["id"]
    row = db.session.get(WebhookEndpoint, endpoint_id)
    assert body["secret"] not in row.secret_encrypted  # stored encrypted

    listed = client.get("/api/v1/webhooks", headers=headers).json
    assert [e["id"] for e in listed] == [endpoint_id] and "secret" not in listed[0]
    one = client.get(f"/api/v1/webhooks/{endpoint_id}", headers=headers).json
    assert "secret" not in one and one["url"] == server.url

    changed = client.patch(f"/api/v1/webhooks/{endpoint_id}", headers=headers,
                           json={"events": ["kit.approved", "kit.returned"], "enabled": False})
    assert changed.status_code == 200 and changed.json["events"] == ["kit.approved", "kit.returned"]
    assert changed.json["enabled"] is False

    assert client.delete(f"/api/v1/webhooks/{endpoint_id}", headers=headers).status_code == 204
    assert client.get(f"/api/v1/webhooks/{endpoint_id}", headers=headers).status_code == 404


def test_unreachable_addresses_and_unknown_events_are_refused(client, admin, api_headers):
    headers = api_headers(admin)
    for url in ("http://example.com/hook", "https://10.0.0.8/hook", "https://localhost/hook",
                "https://example.com:8443/hook", "ftp://example.com/x"):
        answer = client.post("/api/v1/webhooks", headers=headers, json={"url": url, "events": ["kit.approved"]})
        assert answer.status_code == 422, url
        assert answer.json["error"]["field"] == "url", (url, answer.json)
    answer = client.post("/api/v1/webhooks", headers=headers,
                         json={"url": "https://hooks.example.com/x", "events": ["kit.exploded"]})
    assert answer.status_code == 422
    assert db.session.scalar(select(db.func.count(WebhookEndpoint.id))) == 0


def test_people_other_than_admins_are_refused(client, make_person, api_headers):
    marketer = make_person(roles=("marketer", "compliance", "hr"))
    answer = client.post("/api/v1/webhooks", headers=api_headers(marketer),
                         json={"url": "https://hooks.example.com/x", "events": ["kit.approved"]})
    assert answer.status_code == 403
    assert client.get("/api/v1/webhooks").status_code == 401


def test_the_catalogue_lists_every_event_with_a_json_schema(client, admin, api_headers):
    listed = client.get("/api/v1/webhooks/events", headers=api_headers(admin)).json
    names = [e["type"] for e in listed]
    assert set(CATALOGUE) <= set(names)
    for entry in listed:
        jsonschema.Draft202012Validator.check_schema(entry["schema"])
    spec = client.get("/api/v1/openapi.json").json
    components = spec["components"]["schemas"]
    assert {f"WebhookEvent.{name}" for name in CATALOGUE} <= set(components)
    assert "kit.approved" in components["WebhookEvent.kit.approved"]["properties"]["type"]["enum"]


def test_a_channel_keeps_its_url_secret(client, admin, api_headers, slack):
    headers = api_headers(admin)
    created = client.post("/api/v1/channels", headers=headers,
                          json={"kind": "slack", "url": slack.url + "/T000/B000/XXXXsecretXXXX",
                                "events": ["kit.approved"], "language": "en", "name": "#marketing"})
    assert created.status_code == 201, created.json
    assert "secret" not in created.get_data(as_text=True)
    row = db.session.get(Channel, created.json["id"])
    assert "XXXXsecret" not in row.url_encrypted and created.json["url_hint"].startswith("127.0.0.1/…")
    changed = client.patch(f"/api/v1/channels/{row.id}", headers=headers, json={"language": "fr"})
    assert changed.json["language"] == "fr"
    assert client.delete(f"/api/v1/channels/{row.id}", headers=headers).status_code == 204
    assert db.session.scalar(select(db.func.count(Channel.id))) == 0
