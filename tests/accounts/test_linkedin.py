"""LinkedIn: linking through the OAuth web flow (member URN from /v2/userinfo), the token encrypted
and refreshed or re-linked at its end, publishing through the Posts API, the poller reading with the
linked token, unlinking revoking it."""
from datetime import timedelta

from sqlalchemy import select

from advocacy.core import crypto
from advocacy.accounts.models import LinkedAccount
from advocacy.accounts.providers.linkedin import escape_little
from advocacy.campaigns import publishing
from advocacy.campaigns.models import Share
from advocacy.extensions import db
from tests.accounts.conftest import PERSONAL


def _account(person):
    return db.session.scalar(select(LinkedAccount).where(LinkedAccount.person_id == person.id,
                                                         LinkedAccount.network == "linkedin"))


def test_linking_stores_the_member_urn_and_an_encrypted_60_day_token(app, frozen, member, browser, fake_linkedin,
                                                                     link_linkedin):
    person = member()
    page = browser(person)
    response, query = link_linkedin(page, "jane.doe")
    assert response.status_code == 302 and response.headers["Location"].endswith("/me/accounts")
    assert set(query["scope"].split()) == {"openid", "profile", "w_member_social"} and "code_challenge" not in query
    row = _account(person)
    sub = fake_linkedin.members["jane.doe"]["sub"]
    assert (row.account_id, row.handle, row.label) == (f"urn:li:person:{sub}", "Jane Doe", "Jane Doe")
    clear = crypto.decrypt(row.token_ciphertext)
    assert clear in fake_linkedin.tokens and clear not in row.token_ciphertext
    assert row.expires_at - frozen() == timedelta(days=60) and row.refresh_ciphertext is None
    body = page.get("/me/accounts").get_data(as_text=True)
    assert "Jane Doe" in body and f'id="relink-{row.id}"' in body and "Link again" in body
    # Linking again (before the end) replaces the token on the same row.
    link_linkedin(page, "jane.doe")
    assert [a.id for a in db.session.scalars(select(LinkedAccount).where(LinkedAccount.person_id == person.id))] \
        == [row.id]
    # Someone else cannot take the same member.
    other = browser(member())
    link_linkedin(other, "jane.doe")
    assert "already linked by someone else" in other.get("/me/accounts").get_data(as_text=True)


def test_cancelled_or_forged_answers_link_nothing(app, member, browser, fake_linkedin, link_linkedin):
    person = member()
    page = browser(person)
    response, _query = link_linkedin(page, cancel=True)
    assert response.status_code == 302 and _account(person) is None
    forged = page.get("/me/accounts/linkedin/callback?code=abc&state=not-mine")
    assert forged.status_code == 302 and _account(person) is None
    assert "does not match a link you started" in page.get("/me/accounts").get_data(as_text=True)


def test_linkedin_needs_consent_and_an_operator_app(app, member, browser, fake_linkedin, monkeypatch):
    assert browser(member(purposes=("program",))).post("/me/accounts/linkedin").status_code == 422
    monkeypatch.setitem(app.config, "LINKEDIN_CLIENT_ID", None)
    page = browser(member())
    body = page.get("/me/accounts").get_data(as_text=True)
    assert 'id="linkedin-not-configured"' in body and "Link my LinkedIn account" in body
    assert page.post("/me/accounts/linkedin").status_code == 422


def test_publish_goes_through_the_posts_api_and_is_tracked_by_its_urn(
        app, client, frozen, member, browser, link_linkedin, make_live_kit, api_headers, fake_linkedin):
    from advocacy.tracking.models import PollSchedule

    person = member()
    link_linkedin(browser(person), "paul.martin")
    variant = make_live_kit(networks=("linkedin",)).variants[0]
    text = variant.text + PERSONAL + " (fierté) #Réparation"
    response = client.post("/api/v1/shares", headers=api_headers(person), json={
        "kit_variant_id": variant.id, "network": "linkedin", "text": text, "publish": True})
    assert response.status_code == 202, response.get_json()
    share_id = response.get_json()["id"]
    assert publishing.run(share_id) == "published"
    sent = fake_linkedin.received[-1]
    assert sent["author"] == _account(person).account_id and sent["visibility"] == "PUBLIC"
    assert sent["version"] == app.config["LINKEDIN_VERSION"] and sent["lifecycleState"] == "PUBLISHED"
    assert r"\(fierté\) #Réparation" in sent["commentary"]
    share = db.session.get(Share, share_id)
    assert share.post_id == sent["urn"] and share.url == f"https://www.linkedin.com/feed/update/{sent['urn']}/"
    assert share.post_key == f"linkedin:{sent['urn'].rsplit(':', 1)[1]}"
    schedule = db.session.scalar(select(PollSchedule).where(PollSchedule.share_id == share_id))
    assert schedule.post_url == share.url


def test_refused_token_fails_the_post_and_asks_to_link_again(app, client, frozen, member, browser, link_linkedin,
                                                             make_live_kit, api_headers, fake_linkedin):
    person = member()
    page = browser(person)
    link_linkedin(page, "rita")
    variant = make_live_kit(networks=("linkedin",)).variants[0]
    share_id = client.post("/api/v1/shares", headers=api_headers(person), json={
        "kit_variant_id": variant.id, "network": "linkedin", "text": variant.text + PERSONAL,
        "publish": True}).get_json()["id"]
    fake_linkedin.expire(crypto.decrypt(_account(person).token_ciphertext))
    assert publishing.run(share_id) == "failed"
    assert db.session.get(Share, share_id).publish_error.startswith("token_expired")
    assert _account(person).refused_at is not None
    assert "link it again" in page.get("/me/accounts").get_data(as_text=True)


def test_token_near_its_end_is_refreshed_when_linkedin_gave_a_refresh_token(app, frozen, member, browser,
                                                                            link_linkedin, fake_linkedin):
    from advocacy.accounts.services import tracking_tokens

    fake_linkedin.refresh_tokens = True
    person = member()
    page = browser(person)
    link_linkedin(page, "sam")
    row = _account(person)
    first = crypto.decrypt(row.token_ciphertext)
    assert row.refresh_expires_at - frozen() == timedelta(days=365)
    assert f'id="relink-{row.id}"' in page.get("/me/accounts").get_data(as_text=True)
    assert tracking_tokens([person.id]) == {(person.id, "linkedin"): first}  # not due yet
    moment = frozen(row.expires_at - timedelta(hours=3))
    [token] = tracking_tokens([person.id]).values()
    assert token != first and token in fake_linkedin.tokens
    db.session.refresh(row)
    assert crypto.decrypt(row.token_ciphertext) == token and row.expires_at - moment == timedelta(days=60)


def test_without_a_refresh_token_the_ended_token_is_not_used(app, frozen, member, browser, link_linkedin,
                                                             fake_linkedin):
    from advocacy.accounts.services import tracking_tokens

    person = member()
    page = browser(person)
    link_linkedin(page, "tom")
    row = _account(person)
    frozen(row.expires_at + timedelta(minutes=1))
    assert tracking_tokens([person.id]) == {}
    db.session.refresh(row)
    assert row.refused_at is not None
    assert "link it again" in browser(person).get("/me/accounts").get_data(as_text=True)  # a new session


def test_unlinking_revokes_at_linkedin(app, member, browser, link_linkedin, fake_linkedin):
    person = member()
    page = browser(person)
    link_linkedin(page, "ugo")
    row = _account(person)
    clear = crypto.decrypt(row.token_ciphertext)
    assert page.post(f"/me/accounts/{row.id}/unlink").status_code == 302
    assert clear in fake_linkedin.revoked and _account(person) is None


def test_little_text_escapes_markup_but_keeps_links_and_hashtags():
    assert escape_little("(a) [b] {c} <d> @e *f* _g_ ~h~ |i| \\j") == \
        r"\(a\) \[b\] \{c\} \<d\> \@e \*f\* \_g\_ \~h\~ \|i\| \\j"
    assert escape_little("voir https://ex.test/l/a_b(c) #Fierté") == "voir https://ex.test/l/a_b(c) #Fierté"
    assert escape_little("n°#1 et C#") == r"n°#1 et C\#"
