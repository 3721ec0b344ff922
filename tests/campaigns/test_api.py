"""API of item 9: /campaigns, /shares, /me/points, /rewards."""
from sqlalchemy import func, select

from advocacy.campaigns.models import Share
from advocacy.extensions import db

BSKY = "https://bsky.app/profile/moi.bsky.social/post/3kapi{n}"


def count_shares(person):
    return db.session.scalar(select(func.count(Share.id)).where(Share.person_id == person.id))


def test_post_share_with_failing_text_answers_422_with_findings(app, client, member, make_live_kit, api_headers):
    person = member()
    variant = make_live_kit(networks=("bluesky",)).variants[0]
    response = client.post("/api/v1/shares", headers=api_headers(person), json={
        "kit_variant_id": variant.id, "network": "bluesky", "url": BSKY.format(n=1),
        "text": "Découvrez notre nouveau service !"})
    assert response.status_code == 422
    error = response.get_json()["error"]
    assert error["code"] == "check_failed" and error["field"] == "text"
    assert "relationship_missing" in [f["rule"] for f in error["findings"]]
    assert all({"rule", "severity", "message", "fix", "reference"} <= set(f) for f in error["findings"])
    assert error["suggested_text"]
    assert count_shares(person) == 0


def test_post_share_registers_and_answers_201(app, client, member, make_live_kit, api_headers):
    person = member(purposes=("program", "post_metrics", "link_clicks"))
    variant = make_live_kit(networks=("bluesky",)).variants[0]
    response = client.post("/api/v1/shares", headers=api_headers(person), json={
        "kit_variant_id": variant.id, "network": "bluesky", "url": BSKY.format(n=2),
        "text": variant.text + " Pour moi qui répare ces machines depuis dix ans, c'est une vraie fierté partagée."})
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    assert body["status"] == "pending" and body["tracked_link"].startswith("http://localhost/l/")
    got = client.get(f"/api/v1/shares/{body['id']}", headers=api_headers(person))
    assert got.status_code == 200 and got.get_json()["url"] == BSKY.format(n=2)
    assert got.get_json()["authenticity"] > 0
    points = client.get("/api/v1/me/points", headers=api_headers(person)).get_json()
    # the charter in force provides no rewards: the contribution is recorded, with no points
    assert points["total"] == 0 and sorted(e["rule"] for e in points["entries"]) == ["personalised", "share_registered"]
    assert {e["redeemable"] for e in points["entries"]} == {False}
    stranger = member()
    assert client.get(f"/api/v1/shares/{body['id']}", headers=api_headers(stranger)).status_code == 404


def test_post_share_bad_input(app, client, member, make_person, make_live_kit, api_headers):
    person = member()
    variant = make_live_kit(networks=("bluesky",)).variants[0]
    headers = api_headers(person)
    base = {"kit_variant_id": variant.id, "network": "bluesky", "url": BSKY.format(n=3), "text": variant.text}
    cases = [
        ({"url": "https://x.com/moi/status/1"}, 422, "url"),
        ({"network": "x"}, 422, "network"),
        ({"network": "myspace"}, 422, "network"),
        ({"text": variant.text + " très" * 80}, 422, "text"),
        ({"kit_variant_id": 999999}, 404, "kit_variant_id"),
        ({"kit_variant_id": "abc"}, 422, "kit_variant_id"),
    ]
    for change, status, field in cases:
        response = client.post("/api/v1/shares", headers=headers, json=dict(base, **change))
        assert response.status_code == status, (change, response.get_json())
        assert response.get_json()["error"]["field"] == field, (change, response.get_json())
    assert count_shares(person) == 0
    outsider = make_person(team="Équipe test")
    response = client.post("/api/v1/shares", headers=api_headers(outsider), json=base)
    assert response.status_code == 403 and response.get_json()["error"]["code"] == "charter_not_accepted"


def test_marketer_sees_every_campaign(app, client, make_person, make_live_kit, api_headers):
    kit = make_live_kit()
    body = client.get("/api/v1/campaigns", headers=api_headers(make_person(roles=("marketer",)))).get_json()
    assert kit.campaign_id in [c["id"] for c in body]


def test_out_of_range_ids_answer_404_or_422_not_500(app, client, member, api_headers, browser, marketer):
    person = member()
    headers = api_headers(person)
    assert client.get(f"/api/v1/shares/{2**40}", headers=headers).status_code == 404
    response = client.post("/api/v1/shares", headers=headers, json={
        "kit_variant_id": 2**40, "network": "x", "url": "https://x.com/a/status/1", "text": "t"})
    assert response.status_code == 422
    assert browser(person).get(f"/feed/variants/{2**40}").status_code == 404
    assert browser(marketer).get(f"/kits/{2**40}").status_code == 404
    assert browser(marketer).post("/ideas/1/adopt", data={"campaign_id": "abc"}).status_code == 404
