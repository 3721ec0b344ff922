"""Scheduling and polling in-process: slots, idempotent snapshots, errors, rate limits, consent."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from advocacy.core.timeutil import freeze, utcnow
from advocacy.tracking.models import ACTIVE, DONE, STOPPED, MetricSnapshot, PollSchedule, ProviderThrottle
from advocacy.tracking.polling import Summary, claim, count_due, record, run_due
from advocacy.tracking.providers import Snapshot
from advocacy.tracking.schedule import SLOTS, next_slot_after
from advocacy.tracking.services import latest_metrics


def _schedule(db_session, share):
    return db_session.scalar(select(PollSchedule).where(PollSchedule.share_id == share.id))


def _snapshots(db_session, share):
    return db_session.scalars(select(MetricSnapshot).where(MetricSnapshot.share_id == share.id)
                              .order_by(MetricSnapshot.slot)).all()


def test_first_poll_is_immediate_and_metrics_are_served(db_session, tracked_share):
    share = tracked_share("mastodon", likes=12, reblogs=3, replies=2)
    summary = run_due()
    assert (summary.claimed, summary.ok) == (1, 1)
    metrics = latest_metrics(share)
    assert (metrics["likes"], metrics["reposts"], metrics["replies"]) == (12, 3, 2)
    assert metrics["status"] == "ok" and metrics["slot"] == 0 and metrics["followers"] == 120
    assert share.status == "tracked"
    row = _schedule(db_session, share)
    assert row.next_slot == 1 and row.due_at == share.registered_at + SLOTS[1] and row.lease_token is None


def test_every_network_is_polled(db_session, tracked_share, fake_providers, linked_linkedin):
    shares = [tracked_share("bluesky", likes=1, reposts=2), tracked_share("x", likes=3, impressions=99)]
    member = shares[0].person_id
    linkedin = tracked_share("linkedin", purposes=("program", "post_metrics", "account_token"), likes=5, comments=1)
    linked_linkedin(linkedin.person_id)
    db_session.flush()
    summary = run_due()
    assert summary.ok == 3, summary
    assert latest_metrics(shares[0])["reposts"] == 2
    assert latest_metrics(shares[1])["impressions"] == 99
    assert latest_metrics(linkedin)["likes"] == 5
    assert member


def test_decaying_slots_then_stop(db_session, tracked_share):
    share = tracked_share("mastodon", likes=1)
    start = share.registered_at
    try:
        for slot, offset in enumerate(SLOTS):
            freeze(start + offset + timedelta(seconds=1))
            assert run_due().ok == 1, slot
            assert run_due().claimed == 0  # nothing more is due until the next slot
        freeze(start + SLOTS[-1] + timedelta(days=100))
        assert run_due().claimed == 0
    finally:
        freeze(None)
    assert [s.slot for s in _snapshots(db_session, share)] == list(range(len(SLOTS)))
    row = _schedule(db_session, share)
    assert row.state == DONE and row.due_at is None


def test_missed_slots_are_not_replayed(app):
    start = utcnow()
    assert next_slot_after(start, 0, start + timedelta(days=4)) == 4  # skips 1h, 6h, 24h
    assert next_slot_after(start, 0, start + timedelta(minutes=5)) == 1
    assert next_slot_after(start, len(SLOTS) - 1, start + timedelta(days=400)) is None


def test_snapshot_is_idempotent_per_slot(db_session, tracked_share):
    share = tracked_share("mastodon", likes=1)
    items = claim(10, "token-a")
    assert len(items) == 1
    item = items[0]
    record(item, Snapshot(1, 0, 0, None), "token-a", Summary())
    db_session.flush()
    # A second recording of the same slot (a worker that lost its lease) adds nothing.
    record(item, Snapshot(50, 0, 0, None), "token-a", Summary())
    db_session.flush()
    snaps = _snapshots(db_session, share)
    assert [(s.slot, s.likes) for s in snaps] == [(0, 1)]


def test_leased_rows_are_not_claimed_twice(db_session, tracked_share):
    tracked_share("mastodon")
    tracked_share("mastodon")
    first = claim(1, "a")
    second = claim(10, "b")
    assert len(first) == 1 and len(second) == 1 and first[0].id != second[0].id
    assert claim(10, "c") == []
    # An expired lease (killed worker) makes the row claimable again.
    try:
        freeze(utcnow() + timedelta(minutes=6))
        assert {i.id for i in claim(10, "d")} == {first[0].id, second[0].id}
    finally:
        freeze(None)


def test_transient_errors_back_off_then_close_the_slot(db_session, tracked_share, fake_providers):
    share = tracked_share("mastodon", likes=4)
    fake_providers.mastodon.always = ("status", 503)
    start = utcnow()
    try:
        for attempt in range(1, 5):
            summary = run_due()
            assert summary.transient == 1, (attempt, summary)
            row = _schedule(db_session, share)
            assert row.attempts == attempt and row.due_at > utcnow() and row.next_slot == 0
            freeze(row.due_at + timedelta(seconds=1))
        summary = run_due()
        assert summary.failed == 1
    finally:
        freeze(None)
    assert [(s.slot, s.status) for s in _snapshots(db_session, share)] == [(0, "failed")]
    row = _schedule(db_session, share)
    # The slot is closed (no gap: one "failed" row) and polling goes on with the next one.
    assert row.next_slot == 1 and row.state == ACTIVE
    assert start


def test_malformed_json_is_retried(db_session, tracked_share, fake_providers):
    share = tracked_share("bluesky", likes=3)
    fake_providers.bluesky.script(("garbage",))
    assert run_due().transient == 1
    row = _schedule(db_session, share)
    try:
        freeze(row.due_at + timedelta(seconds=1))
        assert run_due().ok == 1
    finally:
        freeze(None)
    assert latest_metrics(share)["likes"] == 3


def test_rate_limit_honours_retry_after_for_the_whole_provider(db_session, tracked_share, fake_providers):
    shares = [tracked_share("mastodon", likes=i) for i in range(3)]
    other = tracked_share("bluesky", likes=9)
    fake_providers.mastodon.script(("status", 429, {"Retry-After": "120"}))
    summary = run_due(concurrency=1, per_provider=1)
    assert summary.rate_limited == 3 and summary.ok == 1, summary
    assert sum(v for k, v in fake_providers.mastodon.hits.items() if k.startswith("/api/")) == 1
    throttle = db_session.scalar(select(ProviderThrottle))
    assert throttle.key.startswith("mastodon:") and throttle.blocked_until > utcnow() + timedelta(seconds=100)
    assert run_due().claimed == 0  # still blocked: nothing fetched
    try:
        freeze(utcnow() + timedelta(seconds=121))
        assert run_due().ok == 3
    finally:
        freeze(None)
    assert all(latest_metrics(s)["status"] == "ok" for s in shares + [other])
    assert [len(_snapshots(db_session, s)) for s in shares] == [1, 1, 1]


def test_deleted_post_stops_tracking(db_session, tracked_share, fake_providers):
    share = tracked_share("x", likes=2)
    assert run_due().ok == 1
    fake_providers.delete(share.url)
    try:
        freeze(share.registered_at + SLOTS[1] + timedelta(seconds=5))
        assert run_due().gone == 1
    finally:
        freeze(None)
    row = _schedule(db_session, share)
    assert row.state == DONE and row.stop_reason == "gone"
    assert share.status == "gone"
    metrics = latest_metrics(share)
    assert metrics["status"] == "gone" and metrics["likes"] == 2  # last known figures stay visible


def test_private_url_without_allow_list_is_never_fetched(db_session, tracked_share, fake_providers, app, monkeypatch):
    share = tracked_share("mastodon", likes=7)
    monkeypatch.setitem(app.config, "OUTBOUND_ALLOW", "")
    summary = run_due()
    assert summary.refused == 1
    assert sum(fake_providers.mastodon.hits.values()) == 0
    row = _schedule(db_session, share)
    assert row.state == STOPPED and row.stop_reason == "refused" and "blocked" in row.last_error or "only https" in row.last_error
    assert latest_metrics(share)["likes"] is None


def test_redirect_to_metadata_address_is_refused(db_session, tracked_share, fake_providers):
    share = tracked_share("mastodon", likes=7)
    status_id = share.url.rsplit("/", 1)[1]
    fake_providers.mastodon.redirect(f"/api/v1/statuses/{status_id}", "http://169.254.169.254/latest/meta-data/")
    assert run_due().refused == 1
    assert _schedule(db_session, share).stop_reason == "refused"


def test_no_consent_no_fetch(db_session, tracked_share, fake_providers):
    share = tracked_share("mastodon", purposes=("program",), likes=1)
    row = _schedule(db_session, share)
    assert row.state == STOPPED and row.stop_reason == "no_consent"
    assert run_due().claimed == 0
    assert sum(fake_providers.mastodon.hits.values()) == 0


def test_withdrawal_stops_polling_and_purges(db_session, tracked_share, fake_providers):
    from advocacy.auth.models import Person
    from advocacy.consent.services import give, withdraw

    share = tracked_share("mastodon", likes=1)
    assert run_due().ok == 1
    person = db_session.get(Person, share.person_id)
    withdraw(person, "post_metrics")
    db_session.flush()
    row = _schedule(db_session, share)
    assert row.state == STOPPED and row.stop_reason == "consent_withdrawn"
    from advocacy.tracking.services import purge_person

    purge_person(person.id, ["post_metrics"])
    assert _snapshots(db_session, share) == []
    assert share.status == "stopped"
    give(person, "post_metrics")
    db_session.flush()
    assert _schedule(db_session, share).state == ACTIVE


def test_count_due_excludes_leased_and_throttled(db_session, tracked_share):
    tracked_share("mastodon")
    tracked_share("bluesky")
    assert count_due() == 2
    claim(1, "x")
    assert count_due() == 1
    assert db_session.scalar(select(func.count()).select_from(PollSchedule)) == 2


def test_published_quota_is_respected_before_any_429(db_session, tracked_share, fake_providers):
    """Mastodon says `X-RateLimit-Remaining: 0` (ISO reset, no Retry-After): the other posts of that
    instance wait for the reset, nothing is refused. (X posts go in one batched request, see test_x_batch.)"""
    from datetime import datetime, timezone

    shares = [tracked_share("mastodon", likes=i) for i in range(3)]
    reset = (datetime.now(timezone.utc) + timedelta(seconds=600)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    original = fake_providers.mastodon.routes

    def last_request(handler, path, query):  # the first status read uses the server's last request
        status, headers, body = original(handler, path, query)
        if not path.startswith("/api/v1/statuses/"):
            return status, headers, body
        return status, dict(headers, **{"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset}), body

    fake_providers.mastodon.routes = last_request
    try:
        summary = run_due(concurrency=1, per_provider=1)
    finally:
        fake_providers.mastodon.routes = original
    assert summary.ok == 1 and summary.rate_limited == 2, summary
    assert sum(v for k, v in fake_providers.mastodon.hits.items() if k.startswith("/api/v1/statuses/")) == 1
    key = _schedule(db_session, shares[0]).provider_key
    throttle = db_session.scalar(select(ProviderThrottle).where(ProviderThrottle.key == key))
    assert throttle.blocked_until > utcnow() + timedelta(seconds=500)
    assert sum(1 for s in shares if latest_metrics(s)["status"] == "ok") == 1
