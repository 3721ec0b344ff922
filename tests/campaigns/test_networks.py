"""Per-network rules: limits, share links, post-URL validation, UTM links without personal identifiers."""
from urllib.parse import parse_qs, urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advocacy.campaigns import networks
from advocacy.campaigns.networks import InvalidUrl


def test_x_counts_links_as_23_and_wide_characters_as_two(app):
    with app.test_request_context():
        assert networks.text_length("x", "abc https://example.com/a/very/long/path/indeed") == 3 + 1 + 23
        assert networks.text_length("x", "日本") == 4
        assert networks.text_length("x", "hi", link="https://l.example/x") == 2 + 24


def test_bluesky_counts_graphemes_including_the_link(app):
    family = "👨‍👩‍👧"  # one grapheme, several code points
    assert networks.text_length("bluesky", family * 300) == 300
    # the prefilled text is the post, a blank line (2) and the link (19)
    assert networks.over_limit("bluesky", family * 300, link="https://l.example/x") == 21


def test_share_links_per_network(app):
    link = "https://pv.example/l/abc123"
    linkedin = urlsplit(networks.share_link("linkedin", "ignored", link))
    assert linkedin.netloc == "www.linkedin.com" and linkedin.path == "/sharing/share-offsite/"
    assert parse_qs(linkedin.query) == {"url": [link]}
    x = urlsplit(networks.share_link("x", "Je travaille chez Exemple & fier", link))
    assert x.netloc == "x.com" and x.path == "/intent/tweet"  # the documented Web Intent (X developer docs)
    assert parse_qs(x.query) == {"text": ["Je travaille chez Exemple & fier"], "url": [link]}
    bsky = urlsplit(networks.share_link("bluesky", "Bonjour", link))
    assert bsky.netloc == "bsky.app" and parse_qs(bsky.query)["text"] == [f"Bonjour\n\n{link}"]
    masto = urlsplit(networks.share_link("mastodon", "Salut #tag", link, instance="social.example"))
    assert masto.netloc == "social.example" and masto.path == "/share"
    assert parse_qs(masto.query)["text"] == [f"Salut #tag\n\n{link}"]
    with pytest.raises(InvalidUrl) as exc:
        networks.share_link("mastodon", "Salut", link)
    assert exc.value.code == "instance_missing"


@pytest.mark.parametrize("raw,expected", [
    ("mastodon.social", "mastodon.social"), ("@me@Piaille.FR", "piaille.fr"),
    ("https://social.example/@me", "social.example"), (" social.example/ ", "social.example"),
])
def test_mastodon_instance_is_normalised(app, raw, expected):
    with app.test_request_context():
        assert networks.normalise_instance(raw) == expected


@pytest.mark.parametrize("raw", ["", "localhost", "http://social.example", "not a host", "a..b", "x.internal"])
def test_mastodon_instance_refuses_non_servers(app, raw):
    with app.test_request_context(), pytest.raises(InvalidUrl):
        networks.normalise_instance(raw)


@pytest.mark.parametrize("network,url", [
    ("linkedin", "https://www.linkedin.com/posts/jeanne-d_activity-7123456789012345678-abcd"),
    ("linkedin", "https://www.linkedin.com/feed/update/urn:li:activity:7123456789012345678/"),
    ("linkedin", "https://www.linkedin.com/posts/jeanne-d_slug-share-7123456789012345678-AbCd/"),
    ("linkedin", "https://www.linkedin.com/posts/jeanne-d_un-titre-ugcPost-7123456789012345678-xY_z"),
    ("linkedin", "https://www.linkedin.com/feed/update/urn:li:share:7123456789012345678"),
    ("linkedin", "https://www.linkedin.com/feed/update/urn:li:ugcPost:7123456789012345678/"),
    ("x", "https://x.com/alice/statuses/1234567890123"),
    ("x", "https://x.com/i/web/status/1234567890123"),
    ("x", "https://twitter.com/i/web/status/1234567890123/"),
    ("x", "https://x.com/jeanne/status/1790000000000000000"),
    ("x", "https://twitter.com/jeanne/status/1790000000000000000?s=20"),
    ("bluesky", "https://bsky.app/profile/jeanne.bsky.social/post/3kabcde2xyz"),
    ("mastodon", "https://social.example/@jeanne/112233445566778899"),
])
def test_valid_post_urls(app, network, url):
    with app.test_request_context():
        clean = networks.validate_post_url(network, url, "social.example" if network == "mastodon" else None)
    assert clean.startswith("https://") and "?" not in clean


@pytest.mark.parametrize("network,url,code", [
    ("linkedin", "https://x.com/jeanne/status/1790000000000000000", "url_other_network"),
    ("x", "https://bsky.app/profile/jeanne.bsky.social/post/3kabcde2xyz", "url_other_network"),
    ("x", "https://evil.example/jeanne/status/1", "url_other_host"),
    ("x", "http://x.com/jeanne/status/1", "url_scheme"),
    ("x", "https://x.com/jeanne", "url_not_a_post"),
    ("bluesky", "https://bsky.app/profile/jeanne.bsky.social", "url_not_a_post"),
    ("mastodon", "https://other.example/@jeanne/1122", "url_other_host"),
    ("mastodon", "https://www.linkedin.com/posts/x_activity-1-a", "url_other_network"),
    ("linkedin", "https://user:pw@www.linkedin.com/posts/a_b", "url_invalid"),
    ("linkedin", "", "url_missing"),
    ("linkedin", "https://www.linkedin.com/posts/jeanne-d_un-titre-sans-numero/", "url_not_a_post"),
    ("linkedin", "https://www.linkedin.com/posts/", "url_not_a_post"),
    ("x", "https://x.com/i/web/status/", "url_not_a_post"),
])
def test_invalid_post_urls(app, network, url, code):
    with app.test_request_context(), pytest.raises(InvalidUrl) as exc:
        networks.validate_post_url(network, url, "social.example" if network == "mastodon" else None)
    assert exc.value.code == code
    assert str(exc.value)


def test_campaign_link_adds_utm_and_replaces_existing(app):
    with app.test_request_context():
        url = networks.campaign_link("https://www.example.com/offre?lang=fr&utm_source=old", "Lancement Été")
    query = parse_qs(urlsplit(url).query)
    assert query == {"lang": ["fr"], "utm_source": ["porte-voix"], "utm_medium": ["employee-advocacy"],
                     "utm_campaign": ["lancement-ete"]}


@pytest.mark.parametrize("url", [
    "https://www.example.com/?email=jeanne@example.com",
    "https://www.example.com/?uid=42",
    "https://www.example.com/?user_id=42",
    "https://www.example.com/jeanne@example.com",
    "https://www.example.com/?gclid=abc",
    "javascript:alert(1)",
])
def test_campaign_link_refuses_personal_identifiers(app, url):
    with app.test_request_context(), pytest.raises(InvalidUrl):
        networks.campaign_link(url, "c")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(campaign=st.text(max_size=60), keys=st.lists(st.from_regex(r"[a-z]{1,8}", fullmatch=True), max_size=4))
def test_campaign_link_never_carries_more_than_the_campaign(app, campaign, keys):
    with app.test_request_context():
        try:
            url = networks.campaign_link("https://www.example.com/p?" + "&".join(f"{k}=v" for k in keys), campaign)
        except InvalidUrl:
            return
    query = parse_qs(urlsplit(url).query)
    for key in query:
        assert not networks.PERSONAL_KEYS.match(key)
    assert query["utm_campaign"] == [networks.slugify(campaign)]
    assert "@" not in url


def test_refusal_says_what_to_copy(app):
    with app.test_request_context(), pytest.raises(InvalidUrl) as exc:
        networks.validate_post_url("linkedin", "https://www.linkedin.com/posts/jeanne-d_un-titre/")
    assert "Copier le lien vers le post" in str(exc.value)  # French by default; the English id says the same


def test_length_counts_exactly_the_text_sent():
    """Bluesky and Mastodon get text, a blank line and the link in one prefilled text: all of it counts."""
    from urllib.parse import parse_qs, urlsplit

    text, link = "Bonjour", "https://exemple.fr/a"
    sent = parse_qs(urlsplit(networks.share_link("bluesky", text, link)).query)["text"][0]
    assert networks.text_length("bluesky", text, link) == len(sent) == len(text) + 2 + len(link)
    sent = parse_qs(urlsplit(networks.share_link("mastodon", text, link, "social.example")).query)["text"][0]
    assert networks.text_length("mastodon", text, link) == len(text) + 2 + networks.URL_WEIGHT
    assert sent == f"{text}\n\n{link}"


def test_linkedin_activity_address_is_explained(app):
    with app.test_request_context():
        assert "urn:li:share:" in networks.metrics_hint(
            "linkedin", "https://www.linkedin.com/feed/update/urn:li:activity:7123456789012345678/")
        assert networks.metrics_hint("linkedin", "https://www.linkedin.com/posts/a_b-share-7123456789012345678-x") is None
        assert networks.metrics_hint("x", "https://x.com/a/status/1") is None


def test_linkedin_embed_address_is_the_posts_feed_address(app):
    """The activity-link warning tells people to copy "Embed this post": that address is accepted."""
    with app.test_request_context():
        clean = networks.validate_post_url(
            "linkedin", "https://www.linkedin.com/embed/feed/update/urn:li:share:7123456789012345678")
        assert clean == "https://www.linkedin.com/feed/update/urn:li:share:7123456789012345678"
        assert networks.metrics_hint("linkedin", clean) is None
        assert networks.post_key("linkedin", clean) == "linkedin:7123456789012345678"
