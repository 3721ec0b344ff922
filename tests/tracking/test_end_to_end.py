"""The issue's check: register through the API, `flask tracking poll --now`, read the figures."""
from __future__ import annotations

import pytest

TEXT = "Je travaille chez Exemple et je suis fier·e de notre nouveau service : venez le découvrir !"


@pytest.fixture
def member_and_variant(make_member, make_live_kit, fake_providers, app, monkeypatch):
    fake_providers.configure(app, monkeypatch)

    def factory(network):
        person = make_member(purposes=("program", "post_metrics", "link_clicks"), team="Équipe test")
        kit = make_live_kit(networks=(network,))
        return person, kit.variants[0]

    return factory


def _register_and_poll(client, runner, headers, variant, network, url):
    response = client.post("/api/v1/shares", headers=headers,
                           json={"kit_variant_id": variant.id, "network": network, "url": url, "text": TEXT})
    assert response.status_code == 201, response.get_json()
    share = response.get_json()
    assert share["status"] == "pending" and share["tracked_link"].split("/l/")[1]
    result = runner.invoke(args=["tracking", "poll", "--now"])
    assert result.exit_code == 0, result.output
    assert "ok=1" in result.output and "claimed=1" in result.output
    body = client.get(f"/api/v1/shares/{share['id']}", headers=headers).get_json()
    return body, result.output


def test_bluesky_share_shows_the_servers_counts(client, runner, api_headers, member_and_variant, fake_providers):
    person, variant = member_and_variant("bluesky")
    url = fake_providers.add_bsky_post(likes=17, reposts=5, replies=3, quotes=1, text=TEXT)
    body, _out = _register_and_poll(client, runner, api_headers(person), variant, "bluesky", url)
    assert body["status"] == "tracked"
    metrics = body["metrics"]
    assert (metrics["likes"], metrics["reposts"], metrics["replies"], metrics["quotes"]) == (17, 5, 3, 1)


def test_mastodon_share_on_an_allow_listed_loopback_instance(client, runner, api_headers, member_and_variant,
                                                            fake_providers):
    """`http://127.0.0.1:PORT/@alice/123` is a valid post URL only because the host is allow-listed."""
    person, variant = member_and_variant("mastodon")
    url = fake_providers.add_status(likes=8, reblogs=4, replies=2, content=f"<p>{TEXT}</p>")
    body, _out = _register_and_poll(client, runner, api_headers(person), variant, "mastodon", url)
    metrics = body["metrics"]
    assert (metrics["likes"], metrics["reposts"], metrics["replies"]) == (8, 4, 2)


def test_poll_without_now_queues_batches(runner, tracked_share, redis_client):
    tracked_share("mastodon")
    result = runner.invoke(args=["tracking", "poll"])
    assert result.exit_code == 0 and "due=1 queued_batches=1" in result.output
    from rq import Queue

    assert Queue("tracking", connection=redis_client).count == 1
    again = runner.invoke(args=["tracking", "poll"])
    assert "queued_batches=0" in again.output  # a batch is already waiting: nothing doubled
