"""Issue 14, item 6: the checker and share registration cannot be used to exhaust the service.

Replayed: the batch of 150 × 100,000 characters (here its first items: anything over 200,000
characters is refused), bodies beyond the declared size refused before they are read, a batch that
runs past its CPU budget, and per-person rate limits (Flask-Limiter on the test Redis).
"""
from __future__ import annotations

import pytest

from advocacy.extensions import limiter_storage_uri

TEXT = "Je travaille chez Exemple et je partage notre nouvelle offre. #ad " * 1500  # ~100,000 characters


@pytest.fixture
def fresh_limits(redis_client):
    """Rate-limit counters live in the test Redis: start each test with none."""
    return redis_client


def test_a_batch_over_200000_characters_is_413(client, make_person, api_headers, fresh_limits):
    headers = api_headers(make_person())
    items = [{"text": TEXT[:100_000], "network": "linkedin"} for _ in range(3)]
    response = client.post("/api/v1/disclosure/check-batch", headers=headers, json={"items": items})
    assert response.status_code == 413, response.status_code
    error = response.json["error"]
    assert error["code"] == "too_large" and error["max_characters"] == 200_000


def test_a_body_declared_too_large_is_refused_before_it_is_read(client, make_person, api_headers, fresh_limits):
    headers = api_headers(make_person())
    body = b'{"items": [' + b",".join([b'{"text": "' + b"x" * 100_000 + b'", "network": "x"}'] * 30) + b"]}"
    response = client.post("/api/v1/disclosure/check-batch", headers=headers, data=body,
                           content_type="application/json")
    assert response.status_code == 413 and response.json["error"]["code"] == "too_large"
    # Any JSON body on any API path has a ceiling too, before authentication.
    anonymous = client.post("/api/v1/shares", data=b'{"a": "' + b"y" * (3 * 1024 * 1024) + b'"}',
                            content_type="application/json")
    assert anonymous.status_code == 413


def test_a_batch_stops_at_its_cpu_budget(client, app, make_person, api_headers, monkeypatch, fresh_limits):
    monkeypatch.setitem(app.config, "CHECK_BATCH_CPU_SECONDS", 0.0)
    headers = api_headers(make_person())
    items = [{"text": "Super offre chez Exemple #ad", "network": "x"} for _ in range(5)]
    response = client.post("/api/v1/disclosure/check-batch", headers=headers, json={"items": items})
    assert response.status_code == 200
    results = response.json["results"]
    assert [r["index"] for r in results] == [0, 1, 2, 3, 4]
    assert results[-1]["error"]["code"] == "over_budget"
    assert response.json["counts"]["error"] >= 4


def test_the_checker_is_rate_limited_per_person(client, app, make_person, api_headers, monkeypatch, fresh_limits):
    monkeypatch.setitem(app.config, "CHECK_BATCH_RATE_LIMIT", "2 per minute")
    person = make_person()
    body = {"items": [{"text": "Bonjour #ad", "network": "x"}]}
    first, second = (client.post("/api/v1/disclosure/check-batch", headers=api_headers(person), json=body)
                     for _ in range(2))
    assert first.status_code == second.status_code == 200
    # A fresh token does not reset the count: the limit is the person's.
    third = client.post("/api/v1/disclosure/check-batch", headers=api_headers(person), json=body)
    assert third.status_code == 429 and third.json["error"]["code"] == "too_many_requests"
    assert int(third.headers["Retry-After"]) > 0
    other = client.post("/api/v1/disclosure/check-batch", headers=api_headers(make_person()), json=body)
    assert other.status_code == 200


def test_share_registration_is_rate_limited_per_person(client, app, make_member, make_share, api_headers,
                                                       monkeypatch, fresh_limits):
    monkeypatch.setitem(app.config, "SHARE_RATE_LIMIT", "3 per minute")
    person = make_member()
    share = make_share(person=person)
    statuses = []
    for n in range(5):
        response = client.post("/api/v1/shares", headers=api_headers(person), json={
            "kit_variant_id": share.kit_variant_id, "network": "mastodon",
            "url": f"https://mastodon.example/@someone/{1000 + n}", "text": share.text})
        statuses.append(response.status_code)
    assert statuses[3:] == [429, 429], statuses
    assert 429 not in statuses[:3]


@pytest.mark.parametrize(("redis_url", "expected"), [
    ("redis://127.0.0.1:6379/6", "redis://127.0.0.1:6379/6"),
    ("unix:///srv/pv/instance/redis.sock", "redis+unix:///srv/pv/instance/redis.sock"),
    ("unix:///srv/pv/instance/redis.sock?db=2", "redis+unix:///srv/pv/instance/redis.sock?db=2"),
])
def test_limiter_storage_follows_the_configured_redis(redis_url, expected):
    assert limiter_storage_uri(redis_url) == expected


def test_limiter_counts_in_the_configured_redis(client, app, make_person, api_headers, monkeypatch, fresh_limits):
    monkeypatch.setitem(app.config, "CHECK_RATE_LIMIT", "5 per minute")
    client.post("/api/v1/disclosure/check", headers=api_headers(make_person()), json={"text": "x", "network": "x"})
    assert any(b"disclosure-check" in key for key in fresh_limits.keys("*"))
