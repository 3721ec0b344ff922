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
                            text="Je travaille chez Exemple & co\n#Exemple", followers=120, author="alice")


def test_bluesky_resolves_handle_then_reads_post(fake_providers, ctx):
    url = fake_providers.add_bsky_post(likes=4, reposts=3, replies=2, quotes=1, text="Partenariat avec Exemple")
    snap = poll("bluesky", url, ctx)
    did = fake_providers.handles["alice.bsky.social"]
    assert snap == Snapshot(4, 3, 2, 1, None, "Partenariat avec Exemple", author=did,
                            uri=f"at://{did}/app.bsky.feed.post/{url.rsplit('/', 1)[1]}")
    assert fake_providers.bluesky.hits["/xrpc/com.atproto.identity.resolveHandle"] == 1
    assert fake_providers.bluesky.hits["/xrpc/app.bsky.feed.getPosts"] == 1


def test_bluesky_post_is_read_by_its_at_uri_without_resolution(fake_providers, ctx):
    url = fake_providers.add_bsky_post(likes=6, handle="carol.bsky.social")
    did = fake_providers.handles["carol.bsky.social"]
    fake_providers.rename_bsky_handle("carol.bsky.social", "carol.example.org")
    assert isinstance(poll("bluesky", url, ctx), Transient)  # the old handle no longer resolves
    snap = poll("bluesky", f"at://{did}/app.bsky.feed.post/{url.rsplit('/', 1)[1]}", ctx)
    assert snap.likes == 6 and snap.author == did
    assert fake_providers.bluesky.hits["/xrpc/com.atproto.identity.resolveHandle"] == 1  # only the failed one


def test_bluesky_identify_gives_did_and_at_uri(fake_providers, ctx):
    from advocacy.tracking.providers import identify

    url = fake_providers.add_bsky_post(handle="dave.bsky.social", rkey="3kzzz")
    did = fake_providers.handles["dave.bsky.social"]
    assert identify("bluesky", url, ctx) == (did, f"at://{did}/app.bsky.feed.post/3kzzz")
    by_did = f"https://bsky.app/profile/{did}/post/3kzzz"
    hits = fake_providers.bluesky.hits["/xrpc/com.atproto.identity.resolveHandle"]
    assert identify("bluesky", by_did, ctx) == (did, f"at://{did}/app.bsky.feed.post/3kzzz")
    assert fake_providers.bluesky.hits["/xrpc/com.atproto.identity.resolveHandle"] == hits
    with pytest.raises(Transient):
        identify("bluesky", "https://bsky.app/profile/nobody.example/post/3kabc", ctx)
    assert identify("mastodon", fake_providers.add_status(), ctx) is None


def test_x_public_metrics_with_impressions(fake_providers, ctx):
    url = fake_providers.add_tweet(likes=9, retweets=8, replies=7, quotes=6, impressions=1234)
    assert poll("x", url, ctx) == Snapshot(9, 8, 7, 6, 1234, "I work at Example. #ad", followers=300)


def test_linkedin_needs_the_member_token(fake_providers, ctx):
    url = fake_providers.add_linkedin_post(likes=11, comments=3, reshares=2, impressions=400, reached=250)
    assert poll("linkedin", url, ctx, person_id=7) == Snapshot(11, 2, 3, None, 400, None)
    assert isinstance(poll("linkedin", url, ctx, person_id=8), Private)
    ugc = fake_providers.add_linkedin_post(likes=1, kind="ugcPost")
    assert poll("linkedin", ugc, ctx, person_id=7).likes == 1


def test_linkedin_sunset_version_and_missing_scope_are_configuration_errors(fake_providers, ctx):
    from advocacy.tracking.providers import ConfigError

    url = fake_providers.add_linkedin_post(likes=1)
    ctx.linkedin_version = "202405"
    result = poll("linkedin", url, ctx, person_id=7)
    assert isinstance(result, ConfigError) and result.setting == "ADVOCACY_LINKEDIN_VERSION"
    ctx.linkedin_version = "202603"
    fake_providers.add_linkedin_post(token="member-token", scopes=("r_member_social",))
    result = poll("linkedin", url, ctx, person_id=7)
    assert isinstance(result, ConfigError) and "r_member_postAnalytics" in result.setting


def test_linkedin_activity_link_is_refused_with_what_to_copy(ctx):
    result = poll("linkedin", "https://www.linkedin.com/feed/update/urn:li:activity:7123456789012345678/", ctx,
                  person_id=7)
    assert isinstance(result, BadResponse) and result.permanent and "Embed this post" in result.detail


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


def test_unresolved_bluesky_handle_is_retried_not_gone(ctx):
    # resolveHandle answers 400 InvalidRequest (lexicon); the docs advise retrying later, not giving up
    assert isinstance(poll("bluesky", "https://bsky.app/profile/nobody.example/post/3kabc", ctx), Transient)


def test_bluesky_posts_are_read_25_per_request_with_one_resolution_per_handle(fake_providers, ctx):
    from advocacy.tracking.providers import poll_many

    urls = [fake_providers.add_bsky_post(likes=i) for i in range(30)]
    fake_providers.delete(urls[3])
    results = poll_many("bluesky", [(u, 1, False) for u in urls], ctx)
    assert [r.likes for i, r in enumerate(results) if i != 3] == [i for i in range(30) if i != 3]
    assert isinstance(results[3], Gone)
    assert fake_providers.bluesky.hits["/xrpc/app.bsky.feed.getPosts"] == 2
    assert fake_providers.bluesky.hits["/xrpc/com.atproto.identity.resolveHandle"] == 1


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
    from advocacy.core.outbound import Client

    context = fake_providers.context()
    context.client = Client(fake_providers.allow, read_timeout=0.3)
    yield context
    context.client.close()


def test_private_address_without_allow_list_is_refused_permanently(fake_providers):
    from advocacy.core.outbound import Client
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


def test_mastodon_429_with_iso_reset_and_no_retry_after(fake_providers, ctx):
    """Mastodon docs, "Rate limits": a 429 carries X-RateLimit-Limit/-Remaining/-Reset (ISO 8601), no Retry-After."""
    from datetime import datetime, timedelta, timezone

    url = fake_providers.add_status()
    reset = (datetime.now(timezone.utc) + timedelta(minutes=4)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    fake_providers.mastodon.script(("status", 429, {"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "0",
                                                    "X-RateLimit-Reset": reset}))
    result = poll("mastodon", url, ctx)
    assert isinstance(result, RateLimited) and 200 < result.retry_after <= 240


def test_mastodon_4_3_reads_20_statuses_per_request(fake_providers, ctx):
    from advocacy.tracking.providers import poll_many

    fake_providers.mastodon_version = "4.3.2"
    urls = [fake_providers.add_status(likes=i) for i in range(25)]
    fake_providers.delete(urls[4])
    results = poll_many("mastodon", [(u, 1, False) for u in urls], ctx)
    assert [r.likes for i, r in enumerate(results) if i != 4] == [i for i in range(25) if i != 4]
    assert isinstance(results[4], Gone) and "not public" in results[4].detail
    hits = fake_providers.mastodon.hits
    assert (hits["/api/v2/instance"], hits["/api/v1/statuses"]) == (1, 2)
    assert not any(path.startswith("/api/v1/statuses/") for path in hits)
    poll_many("mastodon", [(u, 1, False) for u in urls[:2]], ctx)
    assert hits["/api/v2/instance"] == 1  # the version is asked once per poller


@pytest.mark.parametrize("version", ["4.2.10", "2.7.2 (compatible; Pleroma 2.5.0)", "not a version"])
def test_older_or_other_servers_are_read_one_status_at_a_time(fake_providers, ctx, version):
    from advocacy.tracking.providers import poll_many

    fake_providers.mastodon_version = version
    urls = [fake_providers.add_status(likes=i) for i in range(3)]
    results = poll_many("mastodon", [(u, 1, False) for u in urls], ctx)
    assert [r.likes for r in results] == [0, 1, 2]
    hits = fake_providers.mastodon.hits
    assert hits["/api/v1/statuses"] == 0
    assert sum(n for path, n in hits.items() if path.startswith("/api/v1/statuses/")) == 3


def test_single_mastodon_post_needs_no_server_information(fake_providers, ctx):
    from advocacy.tracking.providers import poll_many

    fake_providers.mastodon_version = "4.3.0"
    results = poll_many("mastodon", [(fake_providers.add_status(likes=9), 1, False)], ctx)
    assert results[0].likes == 9
    assert fake_providers.mastodon.hits["/api/v2/instance"] == 0
