"""The feed as kit cards (network picker, preview with counter and fold) and the home page's
"what needs you now" for employees and reviewers."""
from __future__ import annotations

import re

from advocacy.campaigns import networks
from advocacy.campaigns.models import KIT_SUBMITTED


def _english(client):
    client.post("/lang", data={"lang": "en"})


def test_picker_offers_only_the_networks_i_use_and_previews_the_chosen_one(app, member, make_live_kit, client, login):
    person = member()
    long = {"fr": "Je travaille chez Exemple. " + "mot " * 80, "en": "I work at Example. " + "word " * 80}
    kit = make_live_kit(langs=("fr", "en"), texts=long)
    login(client, person)
    _english(client)
    client.post("/feed/networks", data={"networks": ["x", "linkedin"]})
    page = client.get("/feed").get_data(as_text=True)
    picker = re.search(r'<nav class="picker".*?</nav>', page, re.S).group(0)
    assert ">LinkedIn<" in picker and ">X<" in picker
    assert "Mastodon" not in picker and "Bluesky" not in picker
    assert "Write my post for LinkedIn" in page  # the first of my networks is picked
    assert "the feed folds the post here" in page  # a long LinkedIn text shows LinkedIn's fold

    page = client.get(f"/feed?kit={kit.id}&network=x").get_data(as_text=True)
    assert "Write my post for X" in page
    x_variant = next(v for v in kit.variants if v.network == "x" and v.lang == "en")  # my language first
    assert f"/feed/variants/{x_variant.id}" in page
    assert f"/ {networks.LIMITS['x']} characters" in page
    assert "past the length limit" in page  # the long text runs past X's 280

    # a network I do not use cannot be forced through the query string
    page = client.get(f"/feed?kit={kit.id}&network=mastodon").get_data(as_text=True)
    assert "Write my post for LinkedIn" in page and "Write my post for Mastodon" not in page


def test_not_joined_employee_gets_a_link_to_join(app, make_member, client, login):
    person = make_member(purposes=())
    login(client, person)
    _english(client)
    home = client.get("/").get_data(as_text=True)
    assert re.search(r'<a href="/consent/"[^>]*>Join the programme</a>', home)
    feed = client.get("/feed").get_data(as_text=True)
    assert re.search(r'<a class="button primary" href="/consent/">Join the programme</a>', feed)


def test_home_counts_new_kits_until_the_feed_is_opened(app, member, make_live_kit, client, login):
    person = member()
    make_live_kit()
    make_live_kit()
    login(client, person)
    _english(client)
    assert "2 new kits since your last visit" in client.get("/").get_data(as_text=True)
    client.get("/feed")
    assert "0 new kits since your last visit" in client.get("/").get_data(as_text=True)


def test_reviewer_home_counts_the_kits_to_approve(app, make_live_kit, make_person, client, login, db_session):
    kit = make_live_kit()
    kit.status = KIT_SUBMITTED
    db_session.flush()
    login(client, make_person(roles=("compliance",)))
    _english(client)
    page = client.get("/").get_data(as_text=True)
    assert "1 kit to approve" in page and 'href="/review"' in page
    assert "Compliance" in page and "Your roles: compliance" not in page  # role names are words, not codes
