"""A network removed from the charter disappears everywhere (the "networks I use" filter, share
intents, the profile); campaign dates show in the reader's time zone, end dates inclusive."""
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from advocacy.campaigns import sharing
from advocacy.campaigns.errors import NotAllowed
from advocacy.charter import services as charter
from tests.fixtures.members import TEAM
from tests.fixtures.charter import build_charter_in_force

ALL = ["linkedin", "x", "bluesky", "mastodon"]
TEXT = "Je travaille chez Exemple et je suis fier·e de notre nouveau service : venez le découvrir !"


@pytest.fixture
def x_removed(app, make_charter_in_force, make_person, member, make_live_kit):
    """Version 1 allows X; an X post is prepared; version 2 (in force now) no longer allows X."""
    make_charter_in_force(allowed_networks=ALL)
    person = member(purposes=("program",), team=TEAM, language="fr")
    sharing.set_my_networks(person, ["x", "linkedin"])
    kit = make_live_kit(networks=("x", "linkedin"))
    x_variant = next(v for v in kit.variants if v.network == "x")
    share = sharing.prepare_share(person, sharing.variant_for(person, x_variant.id), TEXT)
    v2 = build_charter_in_force(make_person, allowed_networks=["linkedin", "bluesky", "mastodon"])
    charter.accept(person, v2)
    return person, share, x_variant


def test_the_networks_i_use_filter_offers_only_allowed_networks(x_removed, browser):
    person, _share, _variant = x_removed
    assert set(sharing.usable_networks()) == {"linkedin", "bluesky", "mastodon"}
    assert sharing.my_networks(person) == ({"linkedin"}, True)
    assert sharing.set_my_networks(person, ["x", "bluesky"]) == ["bluesky"]
    page = browser(person).get("/feed").get_data(as_text=True)
    assert 'value="x"' not in page and 'value="bluesky"' in page


def test_a_removed_network_has_no_share_intent_and_cannot_be_registered(x_removed, browser):
    person, share, x_variant = x_removed
    with pytest.raises(NotAllowed):
        sharing.variant_for(person, x_variant.id)
    page = browser(person).get(f"/shares/{share.id}").get_data(as_text=True)
    assert 'id="network-removed"' in page and 'id="share-link"' not in page
    assert "twitter.com/intent" not in page and "x.com/intent" not in page
    with pytest.raises(NotAllowed) as caught:
        sharing.register_post(person, share, "https://x.com/someone/status/1234567890123456789")
    assert caught.value.code == "network_not_allowed"


def test_end_dates_are_inclusive_in_the_readers_zone(app, make_charter_in_force, member, make_campaign,
                                                     make_live_kit, browser, frozen):
    paris = ZoneInfo("Europe/Paris")
    frozen(datetime(2026, 12, 1, 10, 0, tzinfo=paris))
    make_charter_in_force()
    person = member(purposes=("program",), team=TEAM, language="fr")
    campaign = make_campaign(starts_at=datetime(2026, 11, 1, tzinfo=paris), ends_at=datetime(2027, 1, 1, tzinfo=paris))
    make_live_kit(campaign=campaign)
    page = browser(person).get("/feed").get_data(as_text=True)
    assert "31/12/2026" in page and "01/01/2027" not in page and "00:00" not in page
