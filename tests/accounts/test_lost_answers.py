"""A retry after a lost answer never makes a second post. Each fake serves the first request (the post
is made) then closes the connection unanswered (``drop_answer``), as after a network cut:

- Mastodon: the retry sends the same ``Idempotency-Key``; the server answers with the status the lost
  request made (docs.joinmastodon.org, methods/statuses: keys are kept up to an hour). Later than
  that, nothing is sent again: the person is asked to check;
- Bluesky: the retry asks for the same record key (a TID of the share); the create collides and
  ``com.atproto.repo.getRecord`` shows the post;
- LinkedIn (no idempotency key): the retry first reads the member's posts (Posts API, find posts by
  author); a post with our commentary counts as published, none means sending again; when LinkedIn
  cannot tell (the finder needs ``r_member_social``), the share waits for the person's check.
"""
from datetime import timedelta

import pytest
from sqlalchemy import select

from advocacy.accounts.models import LinkedAccount
from advocacy.campaigns import publishing
from advocacy.campaigns.models import Notification, Share
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db
from tests.accounts.conftest import PERSONAL


def _publish(client, api_headers, person, variant, extra=""):
    response = client.post("/api/v1/shares", headers=api_headers(person), json={
        "kit_variant_id": variant.id, "network": variant.network, "text": variant.text + PERSONAL + extra,
        "publish": True})
    assert response.status_code == 202, response.get_json()
    return response.get_json()["id"]


def _retry(frozen, share_id):
    """The job's backoff passes; the dispatcher finds the share due and runs it again."""
    share = db.session.get(Share, share_id)
    frozen(share.publish_at + timedelta(seconds=1))
    assert share_id in publishing.due_ids()
    return publishing.run(share_id)


def _account(person, network):
    return db.session.scalar(select(LinkedAccount).where(LinkedAccount.person_id == person.id,
                                                         LinkedAccount.network == network))


def test_mastodon_retry_sends_the_same_idempotency_key_and_gets_the_same_status(
        app, client, frozen, member, browser, link_mastodon, make_live_kit, api_headers, fake_mastodon):
    person = member()
    link_mastodon(browser(person), "lostmasto")
    variant = make_live_kit(networks=("mastodon",)).variants[0]
    share_id = _publish(client, api_headers, person, variant)
    fake_mastodon.drop_answer("/api/v1/statuses")
    assert publishing.run(share_id) == "scheduled"
    share = db.session.get(Share, share_id)
    assert share.publish_sent_at is not None and share.publish_error.startswith("unavailable")
    assert _retry(frozen, share_id) == "published"
    mine = [s for s in fake_mastodon.received if s["username"] == "lostmasto"]
    assert len(mine) == 1 and mine[0]["key"] == f"porte-voix-share-{share_id}"
    statuses = [s for s in fake_mastodon.statuses.values() if s["account"]["username"] == "lostmasto"]
    assert len(statuses) == 1 and share.post_id == statuses[0]["id"] and share.publish_sent_at is None


def test_mastodon_retry_after_the_key_expired_asks_the_person_instead(
        app, client, frozen, member, browser, link_mastodon, make_live_kit, api_headers, fake_mastodon):
    person = member()
    page = browser(person)
    link_mastodon(page, "latemasto")
    variant = make_live_kit(networks=("mastodon",)).variants[0]
    share_id = _publish(client, api_headers, person, variant)
    fake_mastodon.drop_answer("/api/v1/statuses")
    assert publishing.run(share_id) == "scheduled"
    frozen(utcnow() + timedelta(hours=2))
    fake_mastodon.clock = lambda: utcnow() + timedelta(days=1)  # the server forgot the key too
    assert publishing.run(share_id) == "needs_check"
    assert len([s for s in fake_mastodon.received if s["username"] == "latemasto"]) == 1
    got = client.get(f"/api/v1/shares/{share_id}", headers=api_headers(person)).get_json()
    assert got["status"] == "needs_check" and got["error"].startswith("unconfirmed")
    body = page.get(f"/shares/{share_id}").get_data(as_text=True)
    assert 'id="publish-check"' in body and "register its address" in body


@pytest.mark.parametrize("conflict", [
    (500, "InternalServerError", "Internal Server Error"),  # what bsky.social answers today (atproto #3718)
    (400, "InvalidRequest", "Record already exists"),
])
def test_bluesky_retry_collides_on_the_record_key_and_reads_the_post(
        app, client, frozen, member, browser, link_bluesky, make_live_kit, api_headers, fake_bluesky, conflict):
    from advocacy.accounts.providers.bluesky import TID

    person = member()
    link_bluesky(browser(person), f"lost{conflict[0]}.bsky.social")
    did = _account(person, "bluesky").account_id
    variant = make_live_kit(networks=("bluesky",)).variants[0]
    fake_bluesky.conflict = conflict
    share_id = _publish(client, api_headers, person, variant)
    rkey = publishing.record_key(db.session.get(Share, share_id))
    assert TID.match(rkey) and rkey == publishing.record_key(db.session.get(Share, share_id))
    fake_bluesky.drop_answer("/xrpc/com.atproto.repo.createRecord")
    fake_bluesky.script("com.atproto.repo.getRecord", 502, "UpstreamFailure")  # and the record cannot be read yet
    assert publishing.run(share_id) == "scheduled"
    assert len(fake_bluesky.posts_of(did)) == 1  # the lost request made the post
    assert _retry(frozen, share_id) == "published"
    [post] = fake_bluesky.posts_of(did)
    share = db.session.get(Share, share_id)
    assert post["uri"] == f"at://{did}/app.bsky.feed.post/{rkey}" == share.at_uri == share.post_id
    assert share.url.endswith(f"/post/{rkey}")


def test_bluesky_lost_answer_reads_the_record_at_once(app, client, frozen, member, browser, link_bluesky,
                                                      make_live_kit, api_headers, fake_bluesky):
    person = member()
    link_bluesky(browser(person), "lostnow.bsky.social")
    did = _account(person, "bluesky").account_id
    variant = make_live_kit(networks=("bluesky",)).variants[0]
    share_id = _publish(client, api_headers, person, variant)
    fake_bluesky.drop_answer("/xrpc/com.atproto.repo.createRecord")
    assert publishing.run(share_id) == "published"  # getRecord on our key shows the post the lost request made
    [post] = fake_bluesky.posts_of(did)
    assert db.session.get(Share, share_id).at_uri == post["uri"]


def _linkedin_share(app, client, monkeypatch, member, browser, link_linkedin, make_live_kit, api_headers,
                    fake_linkedin, username, scopes="openid profile w_member_social r_member_social"):
    monkeypatch.setitem(app.config, "LINKEDIN_SCOPES", scopes)
    fake_linkedin.clock = lambda: utcnow().timestamp()
    person = member()
    page = browser(person)
    link_linkedin(page, username)
    variant = make_live_kit(networks=("linkedin",)).variants[0]
    return person, page, _publish(client, api_headers, person, variant)


def test_linkedin_retry_finds_the_post_the_lost_request_made(
        app, client, frozen, monkeypatch, member, browser, link_linkedin, make_live_kit, api_headers, fake_linkedin):
    person, _page, share_id = _linkedin_share(app, client, monkeypatch, member, browser, link_linkedin,
                                              make_live_kit, api_headers, fake_linkedin, "lena.found")
    author = _account(person, "linkedin").account_id
    fake_linkedin.drop_answer("/rest/posts")
    assert publishing.run(share_id) == "scheduled"
    assert db.session.get(Share, share_id).publish_sent_at is not None  # recorded before sending
    assert _retry(frozen, share_id) == "published"
    [post] = fake_linkedin.posts_by(author)
    share = db.session.get(Share, share_id)
    assert share.post_id == post["urn"] and share.url.endswith(f"/{post['urn']}/")
    assert ("GET", "/rest/posts") in fake_linkedin.requests


def test_linkedin_retry_sends_again_when_the_post_was_not_made(
        app, client, frozen, monkeypatch, member, browser, link_linkedin, make_live_kit, api_headers, fake_linkedin):
    person, _page, share_id = _linkedin_share(app, client, monkeypatch, member, browser, link_linkedin,
                                              make_live_kit, api_headers, fake_linkedin, "leo.notmade")
    fake_linkedin.script("/rest/posts", 502)  # a gateway answered: did LinkedIn make it? The finder says no
    assert publishing.run(share_id) == "scheduled"
    assert db.session.get(Share, share_id).publish_sent_at is not None
    assert _retry(frozen, share_id) == "published"
    assert len(fake_linkedin.posts_by(_account(person, "linkedin").account_id)) == 1


def test_linkedin_that_cannot_tell_leaves_the_post_to_the_persons_check(
        app, client, frozen, monkeypatch, member, browser, link_linkedin, make_live_kit, api_headers, fake_linkedin):
    person, page, share_id = _linkedin_share(app, client, monkeypatch, member, browser, link_linkedin,
                                             make_live_kit, api_headers, fake_linkedin, "lou.unknown",
                                             scopes="openid profile w_member_social")
    author = _account(person, "linkedin").account_id
    fake_linkedin.drop_answer("/rest/posts")
    assert publishing.run(share_id) == "scheduled"
    assert _retry(frozen, share_id) == "needs_check"  # the finder answered 403: no r_member_social
    assert len(fake_linkedin.posts_by(author)) == 1
    assert publishing.run(share_id) == "needs_check" and share_id not in publishing.due_ids()
    [note] = db.session.scalars(select(Notification).where(Notification.person_id == person.id,
                                                           Notification.kind == "share_publish_check")).all()
    assert note.title == "Check whether your LinkedIn post was published" and note.url == f"/shares/{share_id}"
    body = page.get(f"/shares/{share_id}").get_data(as_text=True)
    assert 'id="publish-check"' in body and 'id="publish-form"' in body  # publish again only if it is not there
    # The post is on their profile: they register it, and the share is theirs as any registered post.
    [post] = fake_linkedin.posts_by(author)
    assert len(fake_linkedin.posts_by(author)) == 1
    assert post["urn"].startswith("urn:li:share:")


def test_a_503_made_nothing_so_the_retry_sends_without_looking(
        app, client, frozen, monkeypatch, member, browser, link_linkedin, make_live_kit, api_headers, fake_linkedin):
    person, _page, share_id = _linkedin_share(app, client, monkeypatch, member, browser, link_linkedin,
                                              make_live_kit, api_headers, fake_linkedin, "lia.busy",
                                              scopes="openid profile w_member_social")
    fake_linkedin.script("/rest/posts", 503)
    assert publishing.run(share_id) == "scheduled"
    assert db.session.get(Share, share_id).publish_sent_at is None
    assert _retry(frozen, share_id) == "published"
    assert len(fake_linkedin.posts_by(_account(person, "linkedin").account_id)) == 1
