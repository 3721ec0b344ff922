"""The admin page: create an endpoint (secret shown once), rotate, test, add a channel — in FR and EN."""
from __future__ import annotations

import re

from sqlalchemy import select

from advocacy.extensions import db
from advocacy.integrations.models import Channel, Delivery, WebhookEndpoint


def test_an_admin_creates_an_endpoint_and_sees_its_secret_once(client, login, admin, receiver):
    server = receiver()
    login(client, admin)
    page = client.get("/admin/integrations/")
    assert page.status_code == 200 and "Webhooks et messageries" in page.get_data(as_text=True)
    answer = client.post("/admin/integrations/endpoints", data={
        "endpoint-url": server.url, "endpoint-description": "Intranet", "endpoint-events": ["kit.approved", "kit.live"]})
    text = answer.get_data(as_text=True)
    assert answer.status_code == 200, text[:2000]
    secret = re.search(r"whsec_[A-Za-z0-9+/=]+", text).group(0)
    endpoint = db.session.scalar(select(WebhookEndpoint))
    assert endpoint.events == ["kit.approved", "kit.live"]
    detail = client.get(f"/admin/integrations/endpoints/{endpoint.id}").get_data(as_text=True)
    assert secret not in detail and server.url in detail

    rotated = client.post(f"/admin/integrations/endpoints/{endpoint.id}/rotate").get_data(as_text=True)
    new_secret = re.search(r"whsec_[A-Za-z0-9+/=]+", rotated).group(0)
    assert new_secret != secret and "24" in rotated
    client.post(f"/admin/integrations/endpoints/{endpoint.id}/test")
    assert db.session.scalar(select(Delivery).where(Delivery.endpoint_id == endpoint.id)).event_type == "webhook.test"


def test_a_refused_address_re_renders_the_form_with_the_reason(client, login, make_person):
    admin = make_person(roles=("admin",), language="en")
    login(client, admin)
    answer = client.post("/admin/integrations/endpoints", data={
        "endpoint-url": "http://intranet.local/hook", "endpoint-events": ["kit.approved"]},
        headers={"Accept-Language": "en"})
    text = answer.get_data(as_text=True)
    assert answer.status_code == 422 and "cannot be reached" in text
    assert db.session.scalar(select(WebhookEndpoint)) is None


def test_an_admin_adds_a_slack_channel(client, login, admin, slack):
    login(client, admin)
    answer = client.post("/admin/integrations/channels", data={
        "channel-kind": "slack", "channel-name": "#marketing", "channel-url": slack.url + "/T0/B0/secretpart",
        "channel-language": "en", "channel-events": ["kit.approved"]})
    assert answer.status_code == 302, answer.get_data(as_text=True)[:2000]
    channel = db.session.scalar(select(Channel))
    page = client.get(f"/admin/integrations/channels/{channel.id}").get_data(as_text=True)
    assert "#marketing" in page and "secretpart" not in page
