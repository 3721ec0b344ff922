"""Bluesky: linking with a handle and an app password (never stored), the session's JWTs encrypted and
refreshed, posting an app.bsky.feed.post record with link facets over UTF-8 byte offsets and langs,
the at:// URI and the bsky.app address recorded, unlinking deleting the session."""
import time

from sqlalchemy import select

from advocacy.core import crypto
from advocacy.accounts.models import LinkedAccount
from advocacy.accounts.providers.bluesky import link_facets
from advocacy.campaigns import publishing
from advocacy.campaigns.models import Share
from advocacy.extensions import db
from tests.accounts.conftest import PERSONAL


def _account(person):
    return db.session.scalar(select(LinkedAccount).where(LinkedAccount.person_id == person.id,
                                                         LinkedAccount.network == "bluesky"))


def _share(client, api_headers, person, variant, extra=""):
    response = client.post("/api/v1/shares", headers=api_headers(person), json={
        "kit_variant_id": variant.id, "network": "bluesky", "text": variant.text + extra, "publish": True})
    assert response.status_code == 202, response.get_json()
    return response.get_json()["id"]


def test_linking_keeps_the_session_encrypted_and_never_the_app_password(app, member, browser, fake_bluesky,
                                                                        link_bluesky):
    person = member()
    page = browser(person)
    wrong = page.post("/me/accounts/bluesky", data={"bluesky-handle": "nobody.bsky.social",
                                                    "bluesky-app_password": "xxxx-xxxx-xxxx-xxxx",
                                                    "bluesky-server": fake_bluesky.hostport})
    assert wrong.status_code == 422 and "refused this handle and app password" in wrong.get_data(as_text=True)
    assert "xxxx-xxxx-xxxx-xxxx" not in wrong.get_data(as_text=True)  # the password field is not echoed
    response = link_bluesky(page, "alice.bsky.social", "abcd-efgh-ijkl-mnop")
    assert response.status_code == 302, response.get_data(as_text=True)[:500]
    row = _account(person)
    did = fake_bluesky.accounts["alice.bsky.social"]["did"]
    assert (row.account_id, row.handle, row.server) == (did, "alice.bsky.social", fake_bluesky.base)
    assert crypto.decrypt(row.token_ciphertext) in fake_bluesky.access
    assert crypto.decrypt(row.refresh_ciphertext) in fake_bluesky.refresh
    stored = db.session.execute(select(LinkedAccount.__table__)).all()
    assert "abcd-efgh-ijkl-mnop" not in repr(stored) and row.expires_at and row.refresh_expires_at
    assert "@alice.bsky.social" in page.get("/me/accounts").get_data(as_text=True)
    assert browser(member(purposes=("program",))).post("/me/accounts/bluesky", data={
        "bluesky-handle": "alice.bsky.social", "bluesky-app_password": "abcd-efgh-ijkl-mnop",
        "bluesky-server": fake_bluesky.hostport}).status_code == 422  # no account_token consent


def test_publish_posts_a_record_with_link_facets_and_langs(app, client, frozen, member, browser, link_bluesky,
                                                           make_live_kit, api_headers, fake_bluesky):
    person = member()
    link_bluesky(browser(person), "bea.bsky.social")
    variant = make_live_kit(networks=("bluesky",)).variants[0]
    share_id = _share(client, api_headers, person, variant, " Fierté ☕")
    assert publishing.run(share_id) == "published"
    sent = fake_bluesky.received[-1]
    record, share = sent["record"], db.session.get(Share, share_id)
    assert sent["repo"] == _account(person).account_id and record["langs"] == [variant.lang]
    assert record["text"].startswith(variant.text + " Fierté ☕")
    link = record["text"].split()[-1]
    [facet] = [f for f in record["facets"] if f["features"][0]["uri"] == link]
    assert facet["index"]["byteStart"] == len(record["text"].encode()) - len(link.encode())  # bytes, not characters
    assert share.post_id == share.at_uri == sent["uri"]
    assert share.url == f"https://bsky.app/profile/bea.bsky.social/post/{sent['uri'].rsplit('/', 1)[1]}"
    assert share.author_did == _account(person).account_id


def test_an_ended_access_token_is_refreshed_once_then_a_revoked_session_asks_to_link_again(
        app, client, frozen, member, browser, link_bluesky, make_live_kit, api_headers, fake_bluesky):
    person = member()
    page = browser(person)
    link_bluesky(page, "carl.bsky.social")
    variant = make_live_kit(networks=("bluesky",)).variants[0]
    first = crypto.decrypt(_account(person).token_ciphertext)
    fake_bluesky.clock = lambda: time.time() + 3 * 3600  # the access JWT (2 h) has ended at the PDS
    share_id = _share(client, api_headers, person, variant, PERSONAL[:60])
    assert publishing.run(share_id) == "published"
    row = _account(person)
    assert crypto.decrypt(row.token_ciphertext) != first and row.refused_at is None
    fake_bluesky.refresh.clear()  # the session was revoked (app password deleted in Bluesky)
    fake_bluesky.access.clear()
    share_id = _share(client, api_headers, person, variant, PERSONAL[60:120])
    assert publishing.run(share_id) == "failed"
    assert db.session.get(Share, share_id).publish_error.startswith("token_expired")
    assert "link it again" in page.get("/me/accounts").get_data(as_text=True)


def test_unlinking_deletes_the_session_at_the_server(app, member, browser, link_bluesky, fake_bluesky):
    person = member()
    page = browser(person)
    link_bluesky(page, "dora.bsky.social")
    row = _account(person)
    refresh = crypto.decrypt(row.refresh_ciphertext)
    assert page.post(f"/me/accounts/{row.id}/unlink").status_code == 302
    assert refresh in fake_bluesky.deleted and _account(person) is None


def test_link_facets_count_utf8_bytes_and_leave_trailing_punctuation_out():
    text = "café ☕ https://ex.test/l/a_b. Et https://ex.test/é)"
    first, second = link_facets(text)
    assert first["index"] == {"byteStart": len("café ☕ ".encode()), "byteEnd": len("café ☕ https://ex.test/l/a_b".encode())}
    assert first["features"] == [{"$type": "app.bsky.richtext.facet#link", "uri": "https://ex.test/l/a_b"}]
    data = text.encode()
    assert data[second["index"]["byteStart"]:second["index"]["byteEnd"]].decode() == "https://ex.test/é"
