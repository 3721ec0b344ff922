"""Each adapter against the loopback fake providers: snapshots and typed errors."""
from __future__ import annotations

import pytest

from advocacy.tracking.providers import (BadResponse, Gone, Private, RateLimited, Snapshot, Transient,
                                         adapter_for, poll)


@pytest.fixture
def ctx(fake_providers):
    context = fake_providers.context(tokens={(7, "linkedin"): "member-token"})
    yield context
    context.client.close()


def test_mastodon_snapshot(fake_providers, ctx):
    url = fake_providers.add_status(likes=5, reblogs=2, replies=1, content="<p>Je travaille chez <b>Exemple</b> &amp; co<br>#Exemple</p>")
    snap = poll("mastodon", url, ctx)
    assert snap == Snapshot(likes=5, reposts=2, replies=1, quotes=None, impressions=None,
                            text="Je travaille chez Exemple & co\n#Exemple", followers=120)


def test_bluesky_resolves_handle_then_reads_post(fake_providers, ctx):
    url = fake_providers.add_bsky_post(likes=4, reposts=3, replies=2, quotes=1, text="Partenariat avec Exemple")
    snap = poll("bluesky", url, ctx)
    assert snap == Snapshot(4, 3, 2, 1, None, "Partenariat avec Exemple")
    assert fake_providers.bluesky.hits["/xrpc/com.atproto.identity.resolveHandle"] == 1
    assert fake_providers.bluesky.hits["/xrpc/app.bsky.feed.getPosts"] == 1


def test_x_public_metrics_with_impressions(fake_providers, ctx):
    url = fake_providers.add_tweet(likes=9, retweets=8, replies=7, quotes=6, impressions=1234)
    assert poll("x", url, ctx) == Snapshot(9, 8, 7, 6, 1234, "I work at Example. #ad", followers=300)


def test_linkedin_needs_the_member_token(fake_providers, ctx):
    url = fake_providers.add_linkedin_post(likes=11, comments=3)
    assert poll("linkedin", url, ctx, person_id=7) == Snapshot(11, None, 3, None, None, None)
    assert isinstance(poll("linkedin", url, ctx, person_id=8), Private)


def test_generic_only_confirms_the_page(fake_providers, ctx):
    url = fake_providers.add_status()
    assert poll("facebook", url, ctx) == Snapshot(None, None, None, None)
    assert isinstance(poll("facebook", fake_providers.mastodon.base + "/nothing", ctx), Gone)


@pytest.mark.parametrize("network", ["mastodon", "bluesky", "x"])
def test_deleted_posts_are_gone(network, fake_providers, ctx):
    url = {"mastodon": fake_providers.add_status, "bluesky": fake_providers.add_bsky_post,
           "x": fake_providers.add_tweet}[network]()
    fake_providers.delete(url)
    assert isinstance(poll(network, url, ctx), Gone)


def test_unknown_bluesky_handle_is_gone(ctx):
    assert isinstance(poll("bluesky", "https://bsky.app/profile/nobody.example/post/3kabc", ctx), Gone)


def test_protected_x_post_is_private(fake_providers, ctx):
    assert isinstance(poll("x", fake_providers.add_tweet(protected=True), ctx), Private)


def test_rate_limit_carries_retry_after(fake_providers, ctx):
    url = fake_providers.add_status()
    fake_providers.mastodon.script(("status", 429, {"Retry-After": "42"}))
    result = poll("mastodon", url, ctx)
    assert isinstance(result, RateLimited) and result.retry_after == 42


def test_x_rate_limit_reset_header(fake_providers, ctx):
    import time

    url = fake_providers.add_tweet()
    fake_providers.x.script(("status", 429, {"x-rate-limit-reset": str(int(time.time()) + 120)}))
    result = poll("x", url, ctx)
    assert isinstance(result, RateLimited) and 100 <= result.retry_after <= 121


@pytest.mark.parametrize("behaviour,expected", [
    (("status", 503), Transient), (("status", 500), Transient), (("garbage",), BadResponse),
    (("status", 418), BadResponse),
])
def test_failures_are_typed(behaviour, expected, fake_providers, ctx):
    url = fake_providers.add_status()
    fake_providers.mastodon.script(behaviour)
    result = poll("mastodon", url, ctx)
    assert type(result) is expected and not result.permanent


def test_timeout_is_transient(fake_providers, fake_ctx_short_timeout):
    url = fake_providers.add_bsky_post()
    fake_providers.bluesky.script(("sleep", 1.2))
    assert isinstance(poll("bluesky", url, fake_ctx_short_timeout), Transient)


@pytest.fixture
def fake_ctx_short_timeout(fake_providers):
    from advocacy.tracking.outbound import Client

    context = fake_providers.context()
    context.client = Client(fake_providers.allow, read_timeout=0.3)
    yield context
    context.client.close()


def test_private_address_without_allow_list_is_refused_permanently(fake_providers):
    from advocacy.tracking.outbound import Client
    from advocacy.tracking.providers import PollContext

    url = fake_providers.add_status(likes=1)
    context = PollContext(client=Client(""))
    result = poll("mastodon", url, context)
    assert isinstance(result, BadResponse) and result.permanent
    assert sum(fake_providers.mastodon.hits.values()) == 0


def test_urls_that_are_not_posts(ctx):
    for network, url in (("mastodon", "https://mastodon.example/about"), ("x", "https://x.com/home"),
                         ("bluesky", "https://bsky.app/"), ("linkedin", "https://www.linkedin.com/in/alice")):
        result = poll(network, url, ctx, person_id=7)
        assert isinstance(result, BadResponse) and result.permanent, network
    assert adapter_for("mastodon").status_id("https://m.example/users/al/statuses/12") == "12"


def test_quota_headers_of_mastodon_and_x():
    import time
    from datetime import datetime, timedelta, timezone

    from advocacy.tracking.providers.base import exhausted_for

    later = (datetime.now(timezone.utc) + timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    assert 250 < exhausted_for({"x-ratelimit-remaining": "0", "x-ratelimit-reset": later}) <= 300
    epoch_reset = str(int(time.time()) + 60)  # X sends the reset as a Unix time, a minute from now
    assert 50 < exhausted_for({"x-rate-limit-remaining": "0", "x-rate-limit-reset": epoch_reset}) <= 60
    assert exhausted_for({"x-ratelimit-remaining": "12", "x-ratelimit-reset": later}) is None
    assert exhausted_for({}) is None
