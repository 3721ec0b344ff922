"""Bluesky posts are tracked by DID: the handle is resolved once (at registration, else by the
first poll that manages it), the at:// URI is kept on the share, a renamed handle keeps being
tracked, and a handle that does not resolve is retried later instead of marking the post gone."""
from __future__ import annotations

from sqlalchemy import select

from advocacy.campaigns import sharing
from advocacy.tracking.models import ACTIVE, MetricSnapshot, PollSchedule
from advocacy.tracking.polling import run_due
from advocacy.tracking.services import latest_metrics

RESOLVE = "/xrpc/com.atproto.identity.resolveHandle"
GET_POSTS = "/xrpc/app.bsky.feed.getPosts"


def _rkey(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[1]


def test_registration_stores_the_did_and_polls_survive_a_handle_change(app, db_session, make_member, make_live_kit,
                                                                       fake_providers, monkeypatch):
    fake_providers.configure(app, monkeypatch)
    person = make_member(purposes=("program", "post_metrics"))
    url = fake_providers.add_bsky_post(likes=7, handle=f"member{person.id}.bsky.social")
    did = fake_providers.handles[f"member{person.id}.bsky.social"]
    kit = make_live_kit(networks=("bluesky",))
    share = sharing.prepare_share(person, kit.variants[0], kit.variants[0].text + " Mon avis.")
    sharing.register_post(person, share, url)
    assert (share.author_did, share.at_uri) == (did, f"at://{did}/app.bsky.feed.post/{_rkey(url)}")
    assert fake_providers.bluesky.hits[RESOLVE] == 1

    fake_providers.rename_bsky_handle(f"member{person.id}.bsky.social", "someone-else.example.org")
    summary = run_due()
    assert summary.ok == 1, summary
    assert latest_metrics(share)["likes"] == 7
    assert fake_providers.bluesky.hits[RESOLVE] == 1  # polled by the stored at:// URI
    assert fake_providers.bluesky.requests[-1].count("at%3A%2F%2F" + did.replace(":", "%3A")) == 1


def test_registration_without_resolution_leaves_it_to_the_poller(app, db_session, make_member, make_live_kit,
                                                                  fake_providers, monkeypatch):
    fake_providers.configure(app, monkeypatch)
    person = make_member(purposes=("program", "post_metrics"))
    handle = f"member{person.id}.bsky.social"
    url = fake_providers.add_bsky_post(likes=2, handle=handle)
    did = fake_providers.handles.pop(handle)  # the handle does not resolve at registration time
    kit = make_live_kit(networks=("bluesky",))
    share = sharing.prepare_share(person, kit.variants[0], kit.variants[0].text + " Mon avis.")
    sharing.register_post(person, share, url)
    assert share.status == "pending" and share.at_uri is None and share.author_did is None

    summary = run_due()  # still unresolved: retried later, not gone
    assert (summary.ok, summary.gone, summary.transient) == (0, 0, 1), summary
    row = db_session.scalar(select(PollSchedule).where(PollSchedule.share_id == share.id))
    assert row.state == ACTIVE and row.attempts == 1 and row.due_at is not None
    assert db_session.scalar(select(MetricSnapshot).where(MetricSnapshot.share_id == share.id)) is None

    fake_providers.handles[handle] = did  # resolves again; the retry is due after the backoff
    row.due_at = row.registered_at
    db_session.flush()
    assert run_due().ok == 1
    db_session.refresh(share)
    assert (share.author_did, share.at_uri) == (did, f"at://{did}/app.bsky.feed.post/{_rkey(url)}")
    assert share.status == "tracked"


def test_existing_share_without_did_is_resolved_once_by_the_poller(db_session, tracked_share, fake_providers):
    share = tracked_share("bluesky", likes=3)  # scheduled directly, as shares registered before DIDs were kept
    assert share.at_uri is None
    assert run_due().ok == 1
    db_session.refresh(share)
    did = share.author_did
    assert did and share.at_uri == f"at://{did}/app.bsky.feed.post/{_rkey(share.url)}"
    assert fake_providers.bluesky.hits[RESOLVE] == 1

    handle = next(h for h, d in fake_providers.handles.items() if d == did)
    fake_providers.rename_bsky_handle(handle, f"renamed-{share.id}.example.org")
    row = db_session.scalar(select(PollSchedule).where(PollSchedule.share_id == share.id))
    row.due_at = row.registered_at
    db_session.flush()
    assert run_due().ok == 1
    assert fake_providers.bluesky.hits[RESOLVE] == 1


def test_deleted_post_known_by_uri_is_gone(db_session, tracked_share, fake_providers):
    share = tracked_share("bluesky")
    assert run_due().ok == 1
    db_session.refresh(share)
    assert share.at_uri
    fake_providers.delete(share.url)
    row = db_session.scalar(select(PollSchedule).where(PollSchedule.share_id == share.id))
    row.due_at = row.registered_at
    db_session.flush()
    assert run_due().gone == 1
