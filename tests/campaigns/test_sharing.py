"""Personal voice, share links and "I published it"."""
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlalchemy import func, select

from advocacy.campaigns import sharing, voice
from advocacy.campaigns.errors import Invalid, NotAllowed
from advocacy.campaigns.models import SHARE_PENDING, SHARE_PREPARED, Share
from advocacy.extensions import db

FAILING = "Découvrez notre nouveau service, je l'adore !"


def test_authenticity_measures_own_words():
    variant = "Je travaille chez Exemple et je suis fier de notre nouveau service."
    assert voice.authenticity(variant, variant) == 0.0
    assert voice.authenticity("", variant) == 0.0
    mixed = voice.authenticity(variant + " Pour mon équipe, cela change nos journées.", variant)
    assert 0.3 < mixed < 0.6
    assert voice.authenticity("Tout autre chose, écrit par moi.", variant) == 1.0


def test_failing_text_is_refused_with_findings_and_the_suggestion_passes(app, member, make_live_kit):
    person = member()
    kit = make_live_kit(networks=("mastodon",))
    variant = sharing.variant_for(person, kit.variants[0].id)
    with pytest.raises(Invalid) as exc:
        sharing.prepare_share(person, variant, FAILING)
    assert exc.value.code == "check_failed"
    assert "relationship_missing" in [f["rule"] for f in exc.value.extra["findings"]]
    suggestion = exc.value.extra["suggested_text"]
    assert suggestion and "Exemple" in suggestion
    assert db.session.scalar(select(func.count(Share.id)).where(Share.person_id == person.id)) == 0
    share = sharing.prepare_share(person, variant, suggestion)
    assert share.status == SHARE_PREPARED and share.text == suggestion
    assert share.check_verdict in ("pass", "warn")
    assert 0 <= share.authenticity <= 1


def test_share_links_carry_the_tracked_link(app, member, make_live_kit):
    person = member()
    kit = make_live_kit(networks=("linkedin", "x", "bluesky", "mastodon"))
    by_net = {v.network: v for v in sharing.variant_for(person, kit.variants[0].id).kit.variants}
    links = {}
    for network, variant in by_net.items():
        share = sharing.prepare_share(person, variant, sharing.starting_text(variant))
        tracked = sharing.tracked_link(share)
        assert tracked.startswith("http://localhost/l/")
        if network == "mastodon":
            from advocacy.campaigns.networks import InvalidUrl

            with pytest.raises(InvalidUrl):
                sharing.share_url(share)
            sharing.set_mastodon_instance(person, "@moi@Piaille.fr")
        links[network] = (urlsplit(sharing.share_url(share)), tracked, share)
    li, tracked, _ = links["linkedin"]
    assert li.netloc == "www.linkedin.com" and parse_qs(li.query) == {"url": [tracked]}
    x, tracked, share = links["x"]
    assert parse_qs(x.query) == {"text": [share.text], "url": [tracked]}
    bs, tracked, share = links["bluesky"]
    assert parse_qs(bs.query)["text"] == [f"{share.text}\n\n{tracked}"]
    ma, tracked, share = links["mastodon"]
    assert ma.netloc == "piaille.fr" and ma.path == "/share"
    assert parse_qs(ma.query)["text"] == [f"{share.text}\n\n{tracked}"]


def test_register_post_validates_the_url_and_waits_for_tracking(app, member, make_live_kit):
    from advocacy.tracking.models import PollSchedule

    person = member(purposes=("program", "post_metrics"))
    kit = make_live_kit(networks=("bluesky",))
    share = sharing.prepare_share(person, kit.variants[0], kit.variants[0].text + " Mon avis : génial.")
    for bad in ("https://x.com/moi/status/123", "https://bsky.app/profile/moi.bsky.social",
                "https://evil.example/profile/a/post/3kabc"):
        with pytest.raises(Invalid):
            sharing.register_post(person, share, bad)
    assert share.status == SHARE_PREPARED and share.url is None
    sharing.register_post(person, share, "https://bsky.app/profile/moi.bsky.social/post/3kabcdef")
    assert share.status == SHARE_PENDING and share.registered_at is not None
    assert db.session.scalar(select(PollSchedule).where(PollSchedule.share_id == share.id)) is not None
    with pytest.raises(Invalid):
        sharing.register_post(person, share, "https://bsky.app/profile/moi.bsky.social/post/3kzzz")
    other = sharing.prepare_share(person, kit.variants[0], kit.variants[0].text)
    with pytest.raises(Invalid) as exc:
        sharing.register_post(person, other, "https://bsky.app/profile/moi.bsky.social/post/3kabcdef")
    assert exc.value.code == "duplicate_url"


def test_mastodon_post_must_be_on_the_instance(app, member, make_live_kit):
    person = member()
    kit = make_live_kit(networks=("mastodon",))
    sharing.set_mastodon_instance(person, "social.example")
    share = sharing.prepare_share(person, kit.variants[0], kit.variants[0].text)
    with pytest.raises(Invalid) as exc:
        sharing.register_post(person, share, "https://other.example/@moi/1234")
    assert exc.value.code == "url_other_host"
    sharing.register_post(person, share, "https://social.example/@moi/1234")
    assert share.status == SHARE_PENDING


def test_text_over_the_network_limit_is_refused(app, member, make_live_kit):
    person = member()
    kit = make_live_kit(networks=("x",))
    with pytest.raises(Invalid) as exc:
        sharing.prepare_share(person, kit.variants[0], kit.variants[0].text + " " + "très " * 60)
    assert exc.value.code == "check_failed"


def test_non_members_cannot_reach_variants(app, make_person, make_charter_in_force, make_live_kit, member):
    make_charter_in_force()
    kit = make_live_kit()
    with pytest.raises(NotAllowed) as exc:
        sharing.variant_for(make_person(team="Équipe test"), kit.variants[0].id)
    assert exc.value.code == "charter_not_accepted"
    with pytest.raises(NotAllowed) as exc:
        sharing.variant_for(member(team="Autre"), kit.variants[0].id)
    assert exc.value.code == "not_found" and exc.value.status == 404  # not live for them: as if absent


def test_no_javascript_apply_puts_the_suggestion_in_the_editor(app, member, make_live_kit, browser):
    person = member()
    variant = make_live_kit(networks=("mastodon",)).variants[0]
    response = browser(person).post(f"/feed/variants/{variant.id}",
                                    data={"text": FAILING, "disclosure_apply": "1"})
    assert response.status_code == 200
    assert "je travaille chez exemple" in response.get_data(as_text=True).lower()
    assert db.session.scalar(select(func.count(Share.id)).where(Share.person_id == person.id)) == 0


def test_on_premises_mastodon_named_in_the_allow_list(app, member, make_live_kit, monkeypatch):
    monkeypatch.setitem(app.config, "OUTBOUND_ALLOW", "127.0.0.1:8765")
    person = member()
    kit = make_live_kit(networks=("mastodon",))
    share = sharing.prepare_share(person, kit.variants[0], kit.variants[0].text)
    with pytest.raises(Invalid):  # not allow-listed: refused
        sharing.register_post(person, share, "http://127.0.0.1:9999/@moi/42")
    sharing.register_post(person, share, "http://127.0.0.1:8765/@moi/42")
    assert share.url == "http://127.0.0.1:8765/@moi/42" and share.instance == "127.0.0.1:8765"
    assert sharing.set_mastodon_instance(person, "127.0.0.1:8765") == "127.0.0.1:8765"
    with pytest.raises(Invalid):
        sharing.set_mastodon_instance(person, "127.0.0.1:9999")
