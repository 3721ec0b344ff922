"""One-click publishing through a linked Mastodon account: the API's ``publish``/``publish_at``, the
job's answers to the server's failures (401, 422, 429, 5xx), quiet hours, the disclosure re-check,
tracking from the server's own answer, and ownership of URL-registered posts."""
from datetime import datetime, timedelta, timezone

from sqlalchemy import select

from advocacy.accounts.models import LinkedAccount
from advocacy.campaigns import publishing
from advocacy.campaigns.models import Share
from advocacy.extensions import db
from tests.accounts.conftest import PERSONAL

#: Saturday 28 November 2026, 11:00 in Paris: a weekend, quiet in the demo charter.
SATURDAY = datetime(2026, 11, 28, 10, 0, tzinfo=timezone.utc)


def _notes(person):
    from advocacy.campaigns.models import Notification

    return db.session.scalars(select(Notification).where(Notification.person_id == person.id)).all()


def _setup(member, browser, link_mastodon, make_live_kit, username):
    person = member()
    page = browser(person)
    link_mastodon(page, username)
    variant = make_live_kit(networks=("mastodon",)).variants[0]
    return person, page, variant


def _publish(client, api_headers, person, variant, **extra):
    body = {"kit_variant_id": variant.id, "network": "mastodon", "text": variant.text + PERSONAL, **extra}
    if "publish_at" not in extra:
        body.setdefault("publish", True)
    return client.post("/api/v1/shares", headers=api_headers(person), json=body)


def test_publish_true_posts_the_checked_text_and_tracking_starts_from_the_answer(
        app, client, frozen, member, browser, link_mastodon, make_live_kit, api_headers, fake_mastodon):
    from advocacy.tracking.models import PollSchedule
    from advocacy.tracking.polling import run_due

    person, _page, variant = _setup(member, browser, link_mastodon, make_live_kit, "gina")
    response = _publish(client, api_headers, person, variant)
    assert response.status_code == 202, response.get_json()
    body = response.get_json()
    assert body["status"] == "publishing" and body["url"] is None and body["account"].startswith("gina@")
    received = len(fake_mastodon.received)
    assert publishing.run(body["id"]) == "published"
    sent = fake_mastodon.received[received]
    assert sent["username"] == "gina" and sent["text"].startswith(variant.text + PERSONAL)
    assert sent["text"].endswith(body["tracked_link"]) and sent["key"] == f"porte-voix-share-{body['id']}"
    got = client.get(f"/api/v1/shares/{body['id']}", headers=api_headers(person)).get_json()
    status = fake_mastodon.statuses[got["post_id"]]
    assert got["status"] == "published" and got["url"] == status["url"] and got["share_status"] == "pending"
    schedule = db.session.scalar(select(PollSchedule).where(PollSchedule.share_id == body["id"]))
    assert schedule.post_url == status["url"]
    status["favourites_count"], status["reblogs_count"] = 7, 2
    run_due()
    metrics = client.get(f"/api/v1/shares/{body['id']}", headers=api_headers(person)).get_json()["metrics"]
    assert (metrics["likes"], metrics["reposts"]) == (7, 2)
    assert db.session.get(Share, body["id"]).status == "tracked"  # owned: the author is the linked account
    assert publishing.run(body["id"]) == "published" and len(fake_mastodon.received) == received + 1  # idempotent
    [note] = _notes(person)  # told once, in the person's language (English here)
    assert note.kind == "share_published" and note.title == "Your Mastodon post is published"


def test_expired_token_fails_and_asks_to_link_again(app, client, frozen, member, browser, link_mastodon,
                                                    make_live_kit, api_headers, fake_mastodon):
    person, page, variant = _setup(member, browser, link_mastodon, make_live_kit, "hugo")
    share_id = _publish(client, api_headers, person, variant).get_json()["id"]
    fake_mastodon.script("/api/v1/statuses", 401, error="The access token is invalid")
    assert publishing.run(share_id) == "failed"
    got = client.get(f"/api/v1/shares/{share_id}", headers=api_headers(person)).get_json()
    assert got["status"] == "failed" and got["error"].startswith("token_expired") and got["url"] is None
    account = db.session.scalar(select(LinkedAccount).where(LinkedAccount.person_id == person.id))
    assert account.refused_at is not None
    assert "link it again" in page.get("/me/accounts").get_data(as_text=True)
    [note] = _notes(person)
    assert note.kind == "share_publish_failed" and note.url == f"/shares/{share_id}"
    assert "token_expired" in note.body


def test_text_refused_by_the_server_fails_with_its_reason(app, client, frozen, member, browser, link_mastodon,
                                                         make_live_kit, api_headers, fake_mastodon):
    person, _page, variant = _setup(member, browser, link_mastodon, make_live_kit, "ines")
    share_id = _publish(client, api_headers, person, variant).get_json()["id"]
    fake_mastodon.script("/api/v1/statuses", 422, error="Validation failed: Text character limit of 500 exceeded")
    assert publishing.run(share_id) == "failed"
    share = db.session.get(Share, share_id)
    assert share.publish_state == "failed" and "character limit of 500" in share.publish_error
    assert share.status == "prepared" and share.url is None


def test_rate_limit_waits_for_the_reset_then_publishes_once(app, client, frozen, member, browser, link_mastodon,
                                                           make_live_kit, api_headers, fake_mastodon):
    person, _page, variant = _setup(member, browser, link_mastodon, make_live_kit, "jules")
    share_id = _publish(client, api_headers, person, variant).get_json()["id"]
    received = len(fake_mastodon.received)
    reset = (datetime.now(timezone.utc) + timedelta(minutes=40)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    fake_mastodon.script("/api/v1/statuses", 429, {"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "0",
                                                   "X-RateLimit-Reset": reset}, error="Too many requests")
    assert publishing.run(share_id) == "scheduled"
    share = db.session.get(Share, share_id)
    assert share.publish_attempts == 1 and share.publish_error.startswith("rate_limited")
    from advocacy.core.timeutil import utcnow

    assert timedelta(minutes=30) < share.publish_at - utcnow() < timedelta(minutes=55)
    assert share_id not in publishing.due_ids()
    frozen(share.publish_at + timedelta(seconds=1))
    assert share_id in publishing.due_ids()
    assert publishing.run(share_id) == "published"
    assert len(fake_mastodon.received) == received + 1


def test_server_errors_retry_then_give_up(app, client, frozen, member, browser, link_mastodon, make_live_kit,
                                          api_headers, fake_mastodon):
    person, _page, variant = _setup(member, browser, link_mastodon, make_live_kit, "karl")
    share_id = _publish(client, api_headers, person, variant).get_json()["id"]
    states = []
    for _ in range(publishing.MAX_ATTEMPTS):
        fake_mastodon.script("/api/v1/statuses", 503)
        states.append(publishing.run(share_id))
        share = db.session.get(Share, share_id)
        if share.publish_at:
            frozen(share.publish_at + timedelta(seconds=1))
    assert states == ["scheduled"] * (publishing.MAX_ATTEMPTS - 1) + ["failed"]
    assert db.session.get(Share, share_id).publish_error.startswith("gave_up")


def test_quiet_hours_refuse_publish_at_and_delay_publish_now(app, client, frozen, member, browser, link_mastodon,
                                                            make_live_kit, api_headers, fake_mastodon):
    from advocacy.charter.services import is_quiet_time

    person, _page, variant = _setup(member, browser, link_mastodon, make_live_kit, "lea")
    refused = _publish(client, api_headers, person, variant, publish_at=SATURDAY.isoformat())
    assert refused.status_code == 422 and refused.get_json()["error"]["code"] == "quiet_time"
    later = _publish(client, api_headers, person, variant, publish_at="2026-11-25T10:30:00+01:00")
    assert later.status_code == 202 and later.get_json()["status"] == "scheduled"
    frozen(SATURDAY)
    response = _publish(client, api_headers, person, variant)
    assert response.status_code == 202
    share = db.session.get(Share, response.get_json()["id"])
    assert share.publish_state == "scheduled" and share.publish_at > SATURDAY
    assert not is_quiet_time(person, share.publish_at) and is_quiet_time(person, share.publish_at - timedelta(minutes=15))
    assert publishing.run(share.id) == "scheduled"  # not due: nothing sent on a weekend


def test_disclosure_check_runs_again_just_before_publishing(app, client, frozen, member, browser, link_mastodon,
                                                           make_live_kit, api_headers, fake_mastodon):
    person, _page, variant = _setup(member, browser, link_mastodon, make_live_kit, "marc")
    share_id = _publish(client, api_headers, person, variant).get_json()["id"]
    received = len(fake_mastodon.received)
    share = db.session.get(Share, share_id)
    share.text = "Découvrez notre nouveau service !"  # what the checker refuses (no disclosure)
    db.session.flush()
    assert publishing.run(share_id) == "failed"
    assert db.session.get(Share, share_id).publish_error.startswith("check_failed")
    assert len(fake_mastodon.received) == received


def test_publish_without_a_linked_account_or_on_x_is_refused(app, client, frozen, member, make_live_kit,
                                                             api_headers, fake_mastodon):
    person = member()
    variant = make_live_kit(networks=("mastodon",)).variants[0]
    response = _publish(client, api_headers, person, variant)
    assert response.status_code == 422 and response.get_json()["error"]["code"] == "no_linked_account"
    x = make_live_kit(networks=("x",)).variants[0]
    response = client.post("/api/v1/shares", headers=api_headers(person), json={
        "kit_variant_id": x.id, "network": "x", "text": x.text + PERSONAL, "publish": True})
    assert response.status_code == 422 and response.get_json()["error"]["code"] == "not_publishable"
    both = client.post("/api/v1/shares", headers=api_headers(person), json={
        "kit_variant_id": x.id, "network": "x", "text": x.text, "publish": True, "url": "https://x.com/a/status/1"})
    assert both.status_code == 422
    assert db.session.scalar(select(Share.id).where(Share.person_id == person.id)) is None


def test_registered_url_must_be_from_the_linked_account(app, client, frozen, member, browser, link_mastodon,
                                                        make_live_kit, api_headers, fake_mastodon):
    person, _page, variant = _setup(member, browser, link_mastodon, make_live_kit, "nina")
    base = fake_mastodon.base

    def register(url):
        return client.post("/api/v1/shares", headers=api_headers(person), json={
            "kit_variant_id": variant.id, "network": "mastodon", "url": url, "text": variant.text + PERSONAL})

    theirs = register(f"{base}/@someoneelse/111111111111")
    assert theirs.status_code == 422 and theirs.get_json()["error"]["code"] == "not_your_account"
    assert register(f"{base}/@nina/111111111112").status_code == 201


def test_share_page_publishes_now(app, frozen, member, browser, link_mastodon, make_live_kit, fake_mastodon):
    from advocacy.campaigns import sharing

    person, page, variant = _setup(member, browser, link_mastodon, make_live_kit, "olga")
    share = sharing.prepare_share(person, variant, variant.text + PERSONAL)
    db.session.flush()
    body = page.get(f"/shares/{share.id}").get_data(as_text=True)
    assert 'id="publish-form"' in body and "@olga@" in body
    account = db.session.scalar(select(LinkedAccount).where(LinkedAccount.person_id == person.id))
    quiet = page.post(f"/shares/{share.id}/publish", data={"account_id": account.id, "later": "1",
                                                           "publish_at": "2026-11-28T11:00"})
    assert quiet.status_code == 422 and "quiet hours" in quiet.get_data(as_text=True)
    now = page.post(f"/shares/{share.id}/publish", data={"account_id": account.id, "now": "1"})
    assert now.status_code == 302
    assert db.session.get(Share, share.id).publish_state == "publishing"
    assert publishing.run(share.id) == "published"
    assert "Published by the service" in page.get(f"/shares/{share.id}").get_data(as_text=True)


def test_linking_mastodon_adds_it_to_the_networks_i_use_so_its_variants_can_be_published(
        app, client, frozen, member, browser, link_mastodon, make_live_kit, api_headers, fake_mastodon):
    """Someone who chose only other networks links a Mastodon account: Mastodon becomes one of the
    networks they use (else the feed and ``POST /api/v1/shares`` hide the kit's Mastodon variant: 404)."""
    from advocacy.campaigns import sharing

    person = member()
    sharing.set_my_networks(person, ["bluesky", "linkedin"])
    db.session.commit()
    variant = make_live_kit(networks=("mastodon", "linkedin")).variants[0]
    variant = next(v for v in variant.kit.variants if v.network == "mastodon")
    link_mastodon(browser(person), "pia")
    assert "mastodon" in sharing.profile(person).networks
    response = _publish(client, api_headers, person, variant)
    assert response.status_code == 202, response.get_json()
