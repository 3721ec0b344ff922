"""People who gave ``account_token`` under the notice that said "only to read the metrics" (version
2026-11-1) are asked to confirm the current one, which says the token also publishes. Until they do,
the service reads their posts' metrics as before but publishes nothing for them. The ledger's own
binding of each event to its notice version says who must confirm; the confirmation is a new
``given`` event under the current notice."""
import pytest
from sqlalchemy import select

from advocacy.accounts.models import LinkedAccount
from advocacy.campaigns import publishing, sharing
from advocacy.campaigns.models import Share
from advocacy.consent import purposes, services
from advocacy.consent.models import ConsentEvent
from advocacy.core import crypto
from advocacy.extensions import db
from tests.accounts.conftest import PERSONAL

OLD = "2026-11-1"


@pytest.fixture
def old_notice_member(member, monkeypatch):
    """A member whose ``account_token`` consent was recorded under the old notice (as it was then)."""

    def factory(**kw):
        person = member(purposes=("program",), **kw)
        with monkeypatch.context() as old:
            old.setattr(services, "NOTICE_VERSION", OLD)
            old.setattr(purposes, "NOTICE_VERSION", OLD)
            services.give(person, "account_token", method="web")
        db.session.flush()
        return person

    return factory


def _link(person, fake_mastodon, username):
    token = fake_mastodon.issue_token(username)
    row = LinkedAccount(person_id=person.id, network="mastodon", server=fake_mastodon.base, account_id=username,
                        handle=f"{username}@{fake_mastodon.hostport}", token_ciphertext=crypto.encrypt(token))
    db.session.add(row)
    db.session.flush()
    return row, token


def test_the_ledger_says_who_must_confirm(app, old_notice_member, member):
    person = old_notice_member()
    [event] = [e for e in services.events_of(person) if e.purpose == "account_token"]
    assert event.notice_version == OLD and purposes.NOTICE_VERSIONS.index(OLD) == 0
    assert services.has_consent(person, "account_token")  # it holds for what that notice said
    assert services.to_confirm(person) == ["account_token"]
    assert services.to_confirm(member(purposes=("program", "account_token"))) == []
    assert purposes.notice_outdated("account_token", "unknown") and not purposes.notice_outdated("program", OLD)


@pytest.mark.parametrize("language, words", [
    ("en", ("Please confirm the new notice of “Connect one of my social accounts”",
            "can now also publish, when you ask", "I confirm")),
    ("fr", ("Merci de confirmer la nouvelle notice de « Connecter un de mes comptes sociaux »",
            "peut désormais aussi publier, quand vous le demandez", "Je confirme")),
])
def test_home_and_my_accounts_ask_to_confirm_in_the_persons_language(app, old_notice_member, browser, language,
                                                                     words):
    page = browser(old_notice_member(language=language))
    for url in ("/", "/me/accounts"):
        body = page.get(url).get_data(as_text=True)
        assert 'id="confirm-account_token"' in body, url
        assert all(w in body for w in words), (url, [w for w in words if w not in body])


def test_no_banner_for_a_consent_given_under_the_current_notice(app, member, browser):
    page = browser(member())
    assert 'id="confirm-' not in page.get("/").get_data(as_text=True)
    assert 'id="confirm-' not in page.get("/me/accounts").get_data(as_text=True)


def test_until_confirmed_publishing_is_refused_and_metrics_are_read_as_before(
        app, client, frozen, old_notice_member, browser, make_live_kit, api_headers, fake_mastodon):
    from advocacy.accounts.services import tracking_tokens

    person = old_notice_member()
    row, token = _link(person, fake_mastodon, "olga.old")
    variant = make_live_kit(networks=("mastodon",)).variants[0]
    received = len(fake_mastodon.received)
    refused = client.post("/api/v1/shares", headers=api_headers(person), json={
        "kit_variant_id": variant.id, "network": "mastodon", "text": variant.text + PERSONAL, "publish": True})
    assert refused.status_code == 422, refused.get_json()
    error = refused.get_json()["error"]
    assert error["code"] == "consent_to_confirm" and "Confirm it on My accounts" in error["message"]
    # A publication scheduled before the notice changed does not go out either.
    share = sharing.prepare_share(person, variant, variant.text + PERSONAL)
    share.linked_account_id, share.publish_state, share.publish_at = row.id, "publishing", frozen()
    db.session.flush()
    assert publishing.run(share.id) == "failed"
    assert db.session.get(Share, share.id).publish_error.startswith("consent_to_confirm")
    assert len(fake_mastodon.received) == received
    # Reading metrics through the token goes on, as the old notice said.
    assert tracking_tokens([person.id], "mastodon") == {(person.id, "mastodon"): token}
    # Linking another account waits for the confirmation too (its token would publish).
    page = browser(person)
    linking = page.post("/me/accounts/mastodon", data={"server": fake_mastodon.hostport})
    body = linking.get_data(as_text=True)
    assert linking.status_code == 422 and "changed: confirm it first" in body
    assert 'name="next" value="/me/accounts"' in body  # the confirmation comes back to a page, not to the form


def test_confirming_records_a_new_event_and_publishing_works(
        app, client, frozen, old_notice_member, browser, make_live_kit, api_headers, fake_mastodon):
    person = old_notice_member()
    _link(person, fake_mastodon, "paul.confirms")
    page = browser(person)
    answer = page.post("/consent/account_token", data={"action": "give", "next": "/me/accounts"})
    assert answer.status_code == 302 and answer.headers["Location"].endswith("/me/accounts")
    body = page.get("/me/accounts").get_data(as_text=True)
    assert "you confirmed the current notice" in body and 'id="confirm-account_token"' not in body
    events = db.session.scalars(select(ConsentEvent).where(ConsentEvent.person_id == person.id,
                                                           ConsentEvent.purpose == "account_token")
                                .order_by(ConsentEvent.id)).all()
    assert [(e.event, e.notice_version) for e in events] == [("given", OLD), ("given", purposes.NOTICE_VERSION)]
    assert events[-1].details["confirms"] == OLD and events[-1].notice_hash == purposes.notice_hash(
        "account_token", "en")
    assert services.to_confirm(person) == [] and services.verify()[1] is None
    # Confirming again records nothing more.
    assert not services.give(person, "account_token").changed
    variant = make_live_kit(networks=("mastodon",)).variants[0]
    response = client.post("/api/v1/shares", headers=api_headers(person), json={
        "kit_variant_id": variant.id, "network": "mastodon", "text": variant.text + PERSONAL, "publish": True})
    assert response.status_code == 202, response.get_json()
    assert publishing.run(response.get_json()["id"]) == "published"


def test_the_api_tells_and_confirms(app, client, old_notice_member, api_headers):
    person = old_notice_member()
    rows = {r["purpose"]: r for r in client.get("/api/v1/me/consents", headers=api_headers(person))
            .get_json()["purposes"]}
    assert rows["account_token"]["to_confirm"] is True and rows["account_token"]["notice_version"] == OLD
    assert rows["program"]["to_confirm"] is False
    answer = client.post("/api/v1/me/consents", headers=api_headers(person),
                         json={"purpose": "account_token", "given": True})
    assert answer.status_code in (200, 201) and answer.get_json()["changed"] is True
    rows = {r["purpose"]: r for r in client.get("/api/v1/me/consents", headers=api_headers(person))
            .get_json()["purposes"]}
    assert rows["account_token"]["to_confirm"] is False
    assert rows["account_token"]["notice_version"] == purposes.NOTICE_VERSION


def test_the_consent_page_marks_it_to_confirm(app, old_notice_member, browser):
    body = browser(old_notice_member()).get("/consent/").get_data(as_text=True)
    assert 'id="purpose-account_token-confirm"' in body and "I confirm the current notice" in body
