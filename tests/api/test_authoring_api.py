"""Issue #20 item 5: marketers author campaigns and kits through the API with the pages' rules
(``campaigns.authoring``): create, edit, edit variants, submit; every refusal a 4xx JSON error."""
from __future__ import annotations

from sqlalchemy import select

from advocacy.campaigns.models import KIT_DRAFT, KIT_SUBMITTED, Campaign, Kit
from advocacy.core.models import AuditEntry
from advocacy.extensions import db

GOOD = "Je travaille chez Exemple et je suis fier·e de notre nouveau service : venez le découvrir !"
GOOD_EN = "I work at Example and I am proud of our new service: come and see it!"
BAD = "Découvrez notre nouveau service !"


def campaign_body(team, **kw):
    body = {"name": "Lancement API", "goal": "Faire connaître le service", "brand": "Exemple",
            "starts_at": "2026-12-01T00:00:00+01:00", "ends_at": "2027-01-01T00:00:00+01:00",
            "team_ids": [team.id], "networks": ["linkedin", "mastodon"],
            "landing_urls": ["https://www.example.com/service"]}
    body.update(kw)
    return body


def test_a_marketer_creates_a_campaign_and_a_kit_then_submits(app, client, make_charter_in_force, make_person,
                                                              make_team, api_headers):
    make_charter_in_force()
    marketer = make_person(roles=("marketer",))
    headers = api_headers(marketer)
    team = make_team("Équipe API")
    created = client.post("/api/v1/campaigns", headers=headers, json=campaign_body(team))
    assert created.status_code == 201, created.get_json()
    campaign = created.get_json()
    assert campaign["team_ids"] == [team.id] and campaign["kits"] == []
    assert "utm_campaign=lancement-api" in campaign["landing_urls"][0]
    assert campaign["starts_at"].startswith("2026-11-30T23:00:00")  # stored in UTC

    kit = client.post(f"/api/v1/campaigns/{campaign['id']}/kits", headers=headers, json={
        "title": "Le service est là", "hashtags": ["Exemple"], "variants": [
            {"network": "linkedin", "lang": "fr", "text": GOOD},
            {"network": "mastodon", "lang": "fr", "text": BAD}]})
    assert kit.status_code == 201, kit.get_json()
    kit = kit.get_json()
    assert kit["status"] == "draft" and kit["hashtags"] == ["#Exemple"] and len(kit["variants"]) == 2
    assert kit["link"].startswith("https://www.example.com/service?")

    # the Mastodon variant fails the disclosure check: not submitted, findings per variant id
    refused = client.post(f"/api/v1/kits/{kit['id']}/submit", headers=headers)
    assert refused.status_code == 422
    error = refused.get_json()["error"]
    mastodon = next(v for v in kit["variants"] if v["network"] == "mastodon")
    assert error["code"] == "check_failed" and list(error["findings"]) == [str(mastodon["id"])]
    assert db.session.get(Kit, kit["id"]).status == KIT_DRAFT

    # edit the variants: fix Mastodon, add English on LinkedIn; the French LinkedIn one stays
    edited = client.patch(f"/api/v1/kits/{kit['id']}", headers=headers, json={"variants": [
        {"network": "mastodon", "lang": "fr", "text": GOOD}, {"network": "linkedin", "lang": "en", "text": GOOD_EN}]})
    assert edited.status_code == 200, edited.get_json()
    body = edited.get_json()
    assert sorted((v["network"], v["lang"]) for v in body["variants"]) == [
        ("linkedin", "en"), ("linkedin", "fr"), ("mastodon", "fr")]
    assert body["title"] == "Le service est là"
    # an empty text removes a variant
    removed = client.patch(f"/api/v1/kits/{kit['id']}", headers=headers, json={"variants": [
        {"network": "linkedin", "lang": "en", "text": ""}]}).get_json()
    assert len(removed["variants"]) == 2

    submitted = client.post(f"/api/v1/kits/{kit['id']}/submit", headers=headers)
    assert submitted.status_code == 200, submitted.get_json()
    assert submitted.get_json()["status"] == "submitted" and submitted.get_json()["submitted_at"]
    assert db.session.get(Kit, kit["id"]).status == KIT_SUBMITTED
    # a submitted kit is no longer editable, nor submitted twice
    frozen = client.patch(f"/api/v1/kits/{kit['id']}", headers=headers, json={"title": "Autre"})
    assert frozen.status_code == 409 and frozen.get_json()["error"]["code"] == "not_editable"
    assert client.post(f"/api/v1/kits/{kit['id']}/submit", headers=headers).status_code == 409
    actions = set(db.session.scalars(select(AuditEntry.action).where(AuditEntry.actor_id == marketer.id)))
    assert {"campaigns.campaign_created", "campaigns.kit_created", "campaigns.kit_updated",
            "campaigns.kit_submitted"} <= actions
    # compliance finds it in the queue
    queue = client.get("/api/v1/kits?status=submitted",
                       headers=api_headers(make_person(roles=("compliance",)))).get_json()
    assert kit["id"] in [k["id"] for k in queue]


def test_campaign_edits_keep_what_is_not_sent_and_refuse_what_the_page_refuses(
        app, client, make_charter_in_force, make_person, make_team, api_headers):
    make_charter_in_force()
    headers = api_headers(make_person(roles=("marketer",)))
    team = make_team("Équipe API 2")
    campaign = client.post("/api/v1/campaigns", headers=headers, json=campaign_body(team)).get_json()
    patched = client.patch(f"/api/v1/campaigns/{campaign['id']}", headers=headers, json={"goal": "Nouveau but"})
    assert patched.status_code == 200, patched.get_json()
    assert patched.get_json()["goal"] == "Nouveau but" and patched.get_json()["name"] == "Lancement API"
    assert patched.get_json()["landing_urls"] == campaign["landing_urls"]
    cases = [
        ({"ends_at": "2026-11-01T00:00:00Z"}, "ends_at"),
        ({"team_ids": []}, "team_ids"),
        ({"team_ids": [2147483647]}, "team_ids"),
        ({"networks": ["myspace"]}, "networks.0"),
        ({"landing_urls": ["javascript:alert(1)"]}, "landing_urls"),
        ({"starts_at": "1999-12-31T00:00:00Z"}, "starts_at"),
        ({"name": ""}, "name"),
    ]
    for change, field in cases:
        response = client.patch(f"/api/v1/campaigns/{campaign['id']}", headers=headers, json=change)
        assert response.status_code == 422, (change, response.get_json())
        assert response.get_json()["error"]["field"] == field, (change, response.get_json())
    assert db.session.get(Campaign, campaign["id"]).goal == "Nouveau but"
    missing = client.post("/api/v1/campaigns", headers=headers, json={"name": "Sans dates"})
    assert missing.status_code == 422 and set(missing.get_json()["error"]["errors"]) >= {"starts_at", "ends_at"}
    assert client.patch("/api/v1/campaigns/2147483647", headers=headers, json={}).status_code == 404
    got = client.get(f"/api/v1/campaigns/{campaign['id']}", headers=api_headers(make_person(roles=("compliance",))))
    assert got.status_code == 200 and got.get_json()["id"] == campaign["id"]


def test_kit_variants_are_checked_against_the_campaign(app, client, make_charter_in_force, make_person, make_team,
                                                       api_headers):
    make_charter_in_force()
    headers = api_headers(make_person(roles=("marketer",)))
    campaign = client.post("/api/v1/campaigns", headers=headers,
                           json=campaign_body(make_team("Équipe API 3"))).get_json()
    url = f"/api/v1/campaigns/{campaign['id']}/kits"
    bluesky = client.post(url, headers=headers, json={"title": "K", "variants": [
        {"network": "bluesky", "lang": "fr", "text": GOOD}]})
    assert bluesky.status_code == 422 and bluesky.get_json()["error"]["field"] == "variants"
    assert "variant-bluesky-fr" in bluesky.get_json()["error"]["errors"]
    empty = client.post(url, headers=headers, json={"title": "K", "variants": []})
    assert empty.status_code == 422 and empty.get_json()["error"]["field"] == "variants"
    tag = client.post(url, headers=headers, json={"title": "K", "hashtags": ["pas un tag"], "variants": [
        {"network": "linkedin", "lang": "fr", "text": GOOD}]})
    assert tag.status_code == 422 and tag.get_json()["error"]["field"] == "hashtags"
    assert db.session.scalar(select(Kit.id).where(Kit.campaign_id == campaign["id"])) is None
