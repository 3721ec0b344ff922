"""Issue 14, item 4: points and the shares KPIs come from the sharer's own posts only.

Replayed: the same public post registered again under other addresses (case, slash, query, another
user name in an X URL) or by a colleague; someone else's Mastodon / Bluesky post registered as
one's own (the tracker reads its author from the fake servers, built from the Mastodon
``/api/v1/statuses/:id`` and Bluesky ``app.bsky.feed.getPosts`` documentation); and 20 X posts
registered in seconds for 320 points — now pending until the tracker has seen them.
"""
from __future__ import annotations

import pytest
from sqlalchemy import select

from advocacy.campaigns import gamification
from advocacy.campaigns.models import Share
from advocacy.tracking.polling import run_due

TEXT = "Je travaille chez Exemple : notre atelier répare vos appareils. #partenariat"


@pytest.fixture
def member_and_variant(make_member, make_live_kit, fake_providers, app, monkeypatch, redis_client):
    fake_providers.configure(app, monkeypatch)
    kits = {}

    def factory(network):
        person = make_member(purposes=("program", "post_metrics", "link_clicks"), team="Équipe test")
        if network not in kits:
            kits[network] = make_live_kit(networks=(network,))
        return person, kits[network].variants[0]

    return factory


def _register(client, api_headers, person, variant, url):
    return client.post("/api/v1/shares", headers=api_headers(person), json={
        "kit_variant_id": variant.id, "network": variant.network, "url": url, "text": TEXT})


@pytest.mark.parametrize("again", [
    "https://X.com/jack/status/1860000000000000001/",
    "https://x.com/jack/status/1860000000000000001?s=20&t=abc",
    "https://twitter.com/someone_else/status/1860000000000000001",
    "https://www.x.com/jack/status/1860000000000000001#m",
])
def test_a_post_already_registered_by_anyone_is_refused(client, api_headers, member_and_variant, again):
    first, variant = member_and_variant("x")
    second, _ = member_and_variant("x")
    assert _register(client, api_headers, first, variant, "https://x.com/jack/status/1860000000000000001").status_code == 201
    for who in (first, second):
        response = _register(client, api_headers, who, variant, again)
        assert response.status_code == 422, response.get_json()
        assert response.get_json()["error"]["code"] == "duplicate_url"


def test_linkedin_addresses_of_one_activity_are_one_post(client, api_headers, member_and_variant):
    person, variant = member_and_variant("linkedin")
    other, _ = member_and_variant("linkedin")
    ok = _register(client, api_headers, person, variant,
                   "https://www.linkedin.com/feed/update/urn:li:activity:7200000000000000042/")
    assert ok.status_code == 201
    again = _register(client, api_headers, other, variant,
                      "https://www.linkedin.com/posts/someone_activity-7200000000000000042-AbCd")
    assert again.status_code == 422 and again.get_json()["error"]["code"] == "duplicate_url"


def _entries(client, api_headers, person) -> list[dict]:
    return client.get("/api/v1/me/points", headers=api_headers(person)).get_json()["entries"]


def test_twenty_x_posts_earn_nothing_until_the_tracker_has_seen_them(client, api_headers, member_and_variant,
                                                                     fake_providers, app, monkeypatch, db_session):
    monkeypatch.setitem(app.config, "SHARE_RATE_LIMIT", "100 per minute")
    person, variant = member_and_variant("x")
    real = fake_providers.add_tweet(likes=3, text=TEXT, user="alice")
    assert _register(client, api_headers, person, variant, real).status_code == 201
    for n in range(19):  # posts nobody can find: the farming of the report
        url = f"https://x.com/jack/status/{1870000000000000000 + n}"
        assert _register(client, api_headers, person, variant, url).status_code == 201
    entries = _entries(client, api_headers, person)
    assert len(entries) >= 20 and all(e["pending"] for e in entries)
    assert gamification.summary(person)["total"] == 0 and gamification.earned(person.id) == 0
    run_due()
    entries = _entries(client, api_headers, person)
    seen = {e["ref"] for e in entries if not e["pending"]}
    real_share = db_session.scalar(select(Share.id).where(Share.person_id == person.id, Share.url == real))
    assert seen == {f"share:{real_share}"}  # only the post the tracker saw
    assert len([e for e in entries if e["pending"]]) >= 19


def test_someone_elses_mastodon_post_is_not_yours_and_loses_its_points(client, api_headers, member_and_variant,
                                                                       fake_providers, db_session):
    alice, variant = member_and_variant("mastodon")
    mallory, _ = member_and_variant("mastodon")
    own = fake_providers.add_status(content=f"<p>{TEXT}</p>", user="alice")
    assert _register(client, api_headers, alice, variant, own).status_code == 201
    run_due()  # alice's first post: her account becomes alice@<server>
    stolen = fake_providers.add_status(content=f"<p>{TEXT}</p>", user="alice")
    response = _register(client, api_headers, mallory, variant, stolen)
    assert response.status_code == 201
    ref = f"share:{response.get_json()['id']}"
    assert [e for e in _entries(client, api_headers, mallory) if e["ref"] == ref]  # given at registration …
    run_due()
    share = db_session.get(Share, response.get_json()["id"])
    db_session.refresh(share)
    assert share.status == "not_yours"
    assert not [e for e in _entries(client, api_headers, mallory) if e["ref"] == ref]  # … and taken back
    assert db_session.get(Share, share.id).status == "not_yours"
    own_share = db_session.scalar(select(Share).where(Share.person_id == alice.id))
    db_session.refresh(own_share)
    assert own_share.status == "tracked" and _entries(client, api_headers, alice)


def test_a_bluesky_post_under_another_account_than_the_declared_one(client, api_headers, member_and_variant,
                                                                    fake_providers, db_session):
    person, variant = member_and_variant("bluesky")
    first = fake_providers.add_bsky_post(text=TEXT, handle="camille.bsky.social")
    assert _register(client, api_headers, person, variant, first).status_code == 201
    run_due()
    other = fake_providers.add_bsky_post(text=TEXT, handle="jack.bsky.social")
    response = _register(client, api_headers, person, variant, other)
    assert response.status_code == 201
    run_due()
    share = db_session.get(Share, response.get_json()["id"])
    db_session.refresh(share)
    assert share.status == "not_yours"
    points = client.get("/api/v1/me/points", headers=api_headers(person)).get_json()
    assert all(e["ref"] != f"share:{share.id}" for e in points["entries"])
