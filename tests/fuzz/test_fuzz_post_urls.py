"""Hypothesis on post URL registration: whatever an employee pastes, the URL is either refused with a
message or stored clean (https, the network's own host, no query, no credentials) — never a crash,
never half-registered."""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.slow

SETTINGS = settings(max_examples=150, deadline=None, derandomize=True, database=None,
                    suppress_health_check=list(HealthCheck))
HOSTS = st.sampled_from(["x.com", "twitter.com", "www.linkedin.com", "linkedin.com", "bsky.app", "mastodon.social",
                         "127.0.0.1", "[::1]", "169.254.169.254", "localhost", "x.com.evil.example", "xn--x-com",
                         "exa mple.org", "", "x.com:8443", "user:pw@x.com", "X.COM", "bsky.app."])
PATHS = st.sampled_from(["/e2e/status/1860000000000000001", "/profile/a.bsky.social/post/3kabcxyz",
                         "/feed/update/urn:li:activity:7860000000000000001/", "/@alice/113456789012345678",
                         "/", "", "/status/", "/../../etc/passwd", "/%00", "/\u202e/status/1", "/@alice"])
URLS = st.one_of(
    st.builds(lambda scheme, host, path, tail: f"{scheme}{host}{path}{tail}",
              st.sampled_from(["https://", "http://", "javascript:", "file://", "HTTPS://", " https://", "//", ""]),
              HOSTS, PATHS, st.sampled_from(["", "?utm_source=x", "#frag", "?token=secret", " ", "\n"])),
    st.text(max_size=80),
)
NETWORKS = st.sampled_from(["x", "linkedin", "bluesky", "mastodon"])


@SETTINGS
@given(network=NETWORKS, url=URLS)
def test_validate_post_url_returns_a_clean_url_or_refuses(app, network, url):
    from advocacy.campaigns import networks

    try:
        clean = networks.validate_post_url(network, url)
    except networks.InvalidUrl as exc:
        assert str(exc)  # a message for the person
        return
    parts = urlsplit(clean)
    assert parts.scheme == "https" and not parts.query and not parts.fragment
    assert parts.username is None and parts.password is None and parts.port in (None, 443)
    assert parts.hostname and parts.hostname == parts.hostname.lower()
    if network != "mastodon":
        assert networks.network_of_host(parts.hostname) == network
    assert networks.validate_post_url(network, clean) == clean  # idempotent


@SETTINGS
@given(url=URLS)
def _register_property(share, person, seen, url):
    from advocacy.campaigns import sharing
    from advocacy.campaigns.errors import Invalid
    from advocacy.campaigns.models import SHARE_PENDING, SHARE_PREPARED
    from advocacy.extensions import db

    savepoint = db.session.begin_nested()
    try:
        try:
            sharing.register_post(person, share, url)
        except Invalid:
            db.session.flush()
            assert share.status == SHARE_PREPARED and share.url is None, "refused but changed"
            seen["refused"] += 1
        else:
            assert share.status == SHARE_PENDING and share.url.startswith("https://")
            seen["registered"] += 1
    finally:
        savepoint.rollback()
        db.session.expire_all()


def test_registering_any_pasted_url_is_all_or_nothing(app, make_member, make_share):
    from advocacy.campaigns.models import SHARE_PREPARED
    from advocacy.extensions import db

    person = make_member(purposes=("program", "post_metrics", "link_clicks"))
    share = make_share(person=person, network="x", status=SHARE_PREPARED)
    share.url, share.registered_at = None, None
    db.session.flush()
    seen = {"refused": 0, "registered": 0}
    _register_property(share=share, person=person, seen=seen)
    assert seen["refused"] and seen["registered"], seen  # both paths were exercised
