"""X against a fake that follows the X API reference (see tests/fixtures/tracking.py, ``_x``):
batched lookup, typed partial errors, token refused as a configuration error, renamed counters."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from advocacy.tracking.models import ACTIVE, MetricSnapshot, PollSchedule
from advocacy.tracking.polling import configuration_errors, run_due
from advocacy.tracking.providers import ConfigError, Gone, Private, Snapshot, poll
from advocacy.tracking.providers.x import tweet_id
from advocacy.tracking.services import latest_metrics


def _row(db_session, share):
    return db_session.scalar(select(PollSchedule).where(PollSchedule.share_id == share.id))


def test_live_deleted_and_protected_posts_in_one_request(db_session, tracked_share, fake_providers):
    live = tracked_share("x", likes=9, retweets=8, replies=7, quotes=6, impressions=1234)
    deleted = tracked_share("x")
    protected = tracked_share("x", protected=True)
    fake_providers.delete(deleted.url)
    summary = run_due()
    assert fake_providers.x.hits["/2/tweets"] == 1 and not any(
        k.startswith("/2/tweets/") for k in fake_providers.x.hits), fake_providers.x.requests
    assert (summary.ok, summary.gone, summary.private) == (1, 1, 1), summary
    metrics = latest_metrics(live)
    assert (metrics["likes"], metrics["reposts"], metrics["replies"], metrics["quotes"],
            metrics["impressions"]) == (9, 8, 7, 6, 1234)
    assert metrics["followers"] == 300
    assert deleted.status == "gone" and _row(db_session, deleted).stop_reason == "gone"
    assert latest_metrics(protected)["status"] == "private" and protected.status != "gone"
    assert _row(db_session, protected).state == ACTIVE  # not public is not deleted: polled again later


def test_author_expansion_only_on_the_first_poll(db_session, tracked_share, fake_providers):
    from advocacy.core.timeutil import freeze
    from advocacy.tracking.schedule import SLOTS

    share = tracked_share("x", likes=1)
    run_due()
    assert fake_providers.x_user_reads == 1
    freeze(share.registered_at + SLOTS[1] + timedelta(seconds=1))
    try:
        assert run_due().ok == 1
    finally:
        freeze(None)
    assert fake_providers.x_user_reads == 1
    assert "expansions" not in fake_providers.x.requests[-1]
    assert len(db_session.scalars(select(MetricSnapshot).where(MetricSnapshot.share_id == share.id)).all()) == 2


def test_wrong_bearer_token_is_a_configuration_error_not_private(db_session, tracked_share, fake_providers, app,
                                                                  monkeypatch):
    shares = [tracked_share("x", likes=i) for i in range(3)]
    monkeypatch.setitem(app.config, "X_BEARER_TOKEN", "revoked-token")
    summary = run_due()
    assert summary.private == 0 and summary.config == 3, summary
    assert db_session.scalar(select(MetricSnapshot.id)) is None  # nothing recorded, nothing lost
    for share in shares:
        row = _row(db_session, share)
        assert row.state == ACTIVE and row.next_slot == 0 and row.last_error.startswith("ADVOCACY_X_BEARER_TOKEN")
    [error] = configuration_errors()
    assert error.key == "x" and error.config_setting == "ADVOCACY_X_BEARER_TOKEN" and "401" in error.config_detail
    # Fixed token: once the pause is over the slots are polled and the error disappears.
    monkeypatch.setitem(app.config, "X_BEARER_TOKEN", fake_providers.env["ADVOCACY_X_BEARER_TOKEN"])
    db_session.execute(select(1))
    from advocacy.tracking.models import ProviderThrottle

    db_session.get(ProviderThrottle, "x").blocked_until = error.config_since
    db_session.commit()
    assert run_due().ok == 3
    assert configuration_errors() == []


def test_unenrolled_app_and_missing_token(fake_providers):
    from tests.fixtures.tracking import X_UNENROLLED

    url = fake_providers.add_tweet()
    context = fake_providers.context()
    try:
        context.x_bearer_token = X_UNENROLLED
        result = poll("x", url, context)
        assert isinstance(result, ConfigError) and "403" in result.detail and "Client Forbidden" in result.detail
        context.x_bearer_token = None
        result = poll("x", url, context)
        assert isinstance(result, ConfigError) and result.setting == "ADVOCACY_X_BEARER_TOKEN"
    finally:
        context.client.close()


def test_repost_count_is_read_with_retweet_count_as_fallback(fake_providers):
    url = fake_providers.add_tweet(likes=1, retweets=5)
    context = fake_providers.context()
    try:
        assert poll("x", url, context).reposts == 5
        fake_providers.x_repost_count = True
        assert poll("x", url, context) == Snapshot(1, 5, 0, 0, 0, "I work at Example. #ad", followers=300)
    finally:
        context.client.close()


def test_single_lookup_protected_and_deleted(fake_providers):
    context = fake_providers.context()
    try:
        assert isinstance(poll("x", fake_providers.add_tweet(protected=True), context), Private)
        gone = fake_providers.add_tweet()
        fake_providers.delete(gone)
        assert isinstance(poll("x", gone, context), Gone)
    finally:
        context.client.close()


def test_every_documented_post_url():
    for url in ("https://x.com/alice/status/1234567890", "https://twitter.com/alice/statuses/1234567890/",
                "https://x.com/i/web/status/1234567890", "https://x.com/alice/status/1234567890?s=20"):
        assert tweet_id(url) == "1234567890", url


def test_admins_and_authors_see_the_pause(db_session, tracked_share, fake_providers, app, monkeypatch, client, login,
                                          make_person):
    from advocacy.auth.models import Person
    from advocacy.tracking.myposts import PAUSED, posts_of

    share = tracked_share("x", likes=1)
    monkeypatch.setitem(app.config, "X_BEARER_TOKEN", "revoked-token")
    run_due()
    [row] = [r for r in posts_of(share.person_id) if r.share.id == share.id]
    assert (row.status, row.reason) == (PAUSED, "ADVOCACY_X_BEARER_TOKEN")
    login(client, db_session.get(Person, share.person_id))
    client.post("/lang", data={"lang": "en"})
    page = client.get("/me/posts").get_data(as_text=True)
    assert "Paused" in page and "ADVOCACY_X_BEARER_TOKEN" in page and "Not public" not in page
    client.post("/logout")
    login(client, make_person(roles=("admin",)))
    client.post("/lang", data={"lang": "fr"})
    page = client.get("/tracking/providers").get_data(as_text=True)
    assert "Connexions aux réseaux" in page and "ADVOCACY_X_BEARER_TOKEN" in page and "401" in page


def test_the_admin_home_page_says_a_network_is_paused(db_session, tracked_share, fake_providers, app, monkeypatch,
                                                      client, login, make_person):
    """A refused bearer token is what an admin must fix now: their home page ("what needs me now")
    says so and links to Network connections, not only a page they would have to think of opening."""
    tracked_share("x", likes=1)
    login(client, make_person(roles=("admin",)))
    client.post("/lang", data={"lang": "en"})
    assert "paused by a configuration error" not in client.get("/").get_data(as_text=True)
    monkeypatch.setitem(app.config, "X_BEARER_TOKEN", "revoked-token")
    run_due()
    page = client.get("/").get_data(as_text=True)
    assert "1 network paused by a configuration error" in page and 'href="/tracking/providers"' in page
