"""The employee feed: members only, live kits of their team and networks."""
from datetime import timedelta

import pytest

from advocacy.campaigns import membership, sharing
from advocacy.campaigns.models import KIT_RETURNED
from advocacy.core.timeutil import utcnow
from tests.fixtures.members import TEAM


def test_member_sees_live_kits_of_their_team(app, member, make_live_kit):
    person = member()
    kit = make_live_kit(langs=("fr", "en"))
    rows = sharing.feed(person)
    assert [k for k, _ in rows] == [kit]
    variants = rows[0][1]
    assert len(variants) == 8
    assert variants[0].lang == "fr"  # the person's language first


def test_no_kit_without_the_charter_in_force_accepted(app, make_person, make_charter_in_force, make_live_kit):
    from advocacy.consent.services import ConsentError, give

    make_charter_in_force()
    person = make_person(team=TEAM)
    make_live_kit()
    assert membership.membership_problem(person) == "charter_not_accepted"
    assert sharing.feed(person) == []
    with pytest.raises(ConsentError), app.test_request_context():  # cannot join before accepting the charter
        give(person, "program", method="web")
    assert sharing.feed(person) == []


def test_no_kit_after_a_new_charter_version_until_accepted(app, member, make_charter_in_force, make_live_kit):
    person = member()
    make_live_kit()
    assert sharing.feed(person)
    make_charter_in_force()  # a newer version comes into force
    assert sharing.feed(person) == []


def test_no_kit_without_the_program_purpose(app, make_member, make_live_kit):
    person = make_member(purposes=(), team=TEAM)
    make_live_kit()
    assert membership.membership_problem(person) == "not_joined"
    assert sharing.feed(person) == []


def test_other_teams_drafts_returned_and_ended_kits_are_not_shown(app, member, make_campaign, make_live_kit):
    person = member()
    make_live_kit(campaign=make_campaign(teams=["Autre équipe"]))
    returned = make_live_kit()
    returned.status = KIT_RETURNED
    now = utcnow()
    make_live_kit(campaign=make_campaign(starts_at=now - timedelta(days=10), ends_at=now - timedelta(days=1)))
    make_live_kit(campaign=make_campaign(starts_at=now + timedelta(days=1), ends_at=now + timedelta(days=5)))
    assert sharing.feed(person) == []


def test_networks_outside_the_charter_are_hidden(app, make_charter_in_force, member, make_live_kit):
    make_charter_in_force(allowed_networks=["linkedin", "mastodon"])
    person = member()
    make_live_kit(networks=("linkedin", "x", "mastodon"))
    [(_, variants)] = sharing.feed(person)
    assert sorted(v.network for v in variants) == ["linkedin", "mastodon"]


def test_feed_page_says_why_there_is_no_kit(app, browser, make_person, make_charter_in_force, make_live_kit):
    make_charter_in_force()
    make_live_kit(title="Kit secret")
    page = browser(make_person(team=TEAM)).get("/feed").get_data(as_text=True)
    assert "Kit secret" not in page
    assert "Lisez et acceptez la charte en vigueur" in page or "Read and accept the charter in force" in page


def test_api_lists_live_kits_for_the_member_only(app, client, member, make_person, make_live_kit, api_headers,
                                                  make_charter_in_force):
    kit = make_live_kit(networks=("x",))
    person = member()
    body = client.get("/api/v1/campaigns", headers=api_headers(person)).get_json()
    assert [c["id"] for c in body] == [kit.campaign_id]
    [variant] = body[0]["kits"][0]["variants"]
    assert set(variant) == {"id", "network", "lang", "text", "hashtags", "link"}
    assert variant["network"] == "x" and variant["hashtags"] == ["#Exemple"]
    assert "utm_campaign=" in variant["link"]
    outsider = make_person(team=TEAM)
    assert client.get("/api/v1/campaigns", headers=api_headers(outsider)).get_json() == []


def test_feed_shows_only_the_networks_the_person_uses(app, member, make_live_kit, browser):
    person = member()
    make_live_kit(networks=("linkedin", "x", "mastodon"))
    assert browser(person).post("/feed/networks", data={"networks": ["mastodon", "x", "myspace"]}).status_code == 302
    [(_, variants)] = sharing.feed(person)
    assert sorted(v.network for v in variants) == ["mastodon", "x"]
    browser(person).post("/feed/networks", data={})
    [(_, variants)] = sharing.feed(person)
    assert len(variants) == 3
