"""My accounts: linking Mastodon (dynamic registration, PKCE S256, state bound to the session),
tokens encrypted at rest, unlinking and consent withdrawal revoking at the server."""
import re
from urllib.parse import urlsplit

from sqlalchemy import func, select, text

from advocacy.core import crypto
from advocacy.accounts.models import LinkedAccount, OAuthApp
from advocacy.extensions import db
from tests.accounts.conftest import authorize_url


def accounts(person):
    return db.session.scalars(select(LinkedAccount).where(LinkedAccount.person_id == person.id)).all()


def test_link_through_the_web_flow_stores_the_handle_and_an_encrypted_token(app, member, browser, fake_mastodon,
                                                                             link_mastodon):
    person = member()
    page = browser(person)
    assert "Link my Mastodon account" in page.get("/me/accounts").get_data(as_text=True)
    back, query = link_mastodon(page, "alice")
    assert back.status_code == 302 and urlsplit(back.headers["Location"]).path == "/me/accounts"
    assert query["code_challenge_method"] == "S256" and len(query["code_challenge"]) == 43
    assert query["scope"] == "read:accounts read:statuses write:statuses"
    assert query["redirect_uri"] == "http://localhost/me/accounts/mastodon/callback"
    [row] = accounts(person)
    assert row.handle == f"alice@{fake_mastodon.hostport}" and row.server == fake_mastodon.base
    clear = crypto.decrypt(row.token_ciphertext)
    assert clear in fake_mastodon.tokens
    stored = db.session.execute(text("SELECT token_ciphertext FROM accounts_linked WHERE id = :id"),
                                {"id": row.id}).scalar()
    assert clear not in stored and stored == row.token_ciphertext
    secret = db.session.execute(text("SELECT client_secret_ciphertext FROM accounts_oauth_apps")).scalar()
    assert secret not in {a["client_secret"] for a in fake_mastodon.apps.values()}
    listing = page.get("/me/accounts").get_data(as_text=True)
    assert f"@alice@{fake_mastodon.hostport}" in listing and clear not in listing


def test_app_registered_once_per_server_and_several_accounts_allowed(app, member, browser, fake_mastodon,
                                                                     link_mastodon):
    person = member()
    page = browser(person)
    before = len(fake_mastodon.apps)
    link_mastodon(page, "bob")
    link_mastodon(page, "bob-pro")
    link_mastodon(browser(member()), "carol")
    assert len(fake_mastodon.apps) == before + 1 or db.session.scalar(select(func.count(OAuthApp.id))) == 1
    assert db.session.scalar(select(func.count(OAuthApp.id))) == 1
    assert sorted(a.handle.split("@")[0] for a in accounts(person)) == ["bob", "bob-pro"]


def test_state_is_bound_to_the_session_that_started_the_link(app, member, browser, fake_mastodon):
    import requests
    from urllib.parse import parse_qs

    person = member()
    starter, other = browser(person), browser(member())
    started = authorize_url(starter.post("/me/accounts/mastodon", data={"server": fake_mastodon.hostport}))
    query = {k: v[0] for k, v in parse_qs(urlsplit(started).query).items()}
    answer = requests.post(f"{fake_mastodon.base}/oauth/authorize", data={**query, "username": "mallory"},
                           allow_redirects=False, timeout=5)
    back = urlsplit(answer.headers["Location"])
    stolen = other.get(f"{back.path}?{back.query}")  # another person's browser brings the code back
    assert stolen.status_code == 302 and db.session.scalar(select(func.count(LinkedAccount.id))) == 0
    forged = starter.get(f"{back.path}?code=x&state=not-the-state")
    assert forged.status_code == 302 and db.session.scalar(select(func.count(LinkedAccount.id))) == 0
    assert starter.get(f"{back.path}?{back.query}").status_code == 302
    assert [a.handle.split("@")[0] for a in accounts(person)] == ["mallory"]


def test_linking_needs_the_account_token_consent_and_a_reachable_server(app, member, browser, fake_mastodon):
    page = browser(member(purposes=("program",)))
    body = page.get("/me/accounts").get_data(as_text=True)
    assert 'id="consent-needed"' in body
    refused = page.post("/me/accounts/mastodon", data={"server": fake_mastodon.hostport})
    assert refused.status_code == 422
    page = browser(member())
    for bad in ("127.0.0.1:1", "localhost", "http://example.com", "mastodon.social/path"):
        assert page.post("/me/accounts/mastodon", data={"server": bad}).status_code == 422, bad


def test_unlink_revokes_at_the_server_and_deletes_the_token(app, member, browser, fake_mastodon, link_mastodon):
    person = member()
    page = browser(person)
    link_mastodon(page, "dave")
    [row] = accounts(person)
    clear = crypto.decrypt(row.token_ciphertext)
    assert browser(member()).post(f"/me/accounts/{row.id}/unlink").status_code == 404  # not theirs
    response = page.post(f"/me/accounts/{row.id}/unlink")
    assert response.status_code == 302
    assert clear in fake_mastodon.revoked and clear not in fake_mastodon.tokens
    assert accounts(person) == []


def test_withdrawing_account_token_revokes_and_deletes_every_account(app, member, browser, fake_mastodon,
                                                                    link_mastodon):
    from advocacy.consent.services import withdraw

    person = member()
    page = browser(person)
    link_mastodon(page, "erin")
    link_mastodon(page, "erin2")
    tokens = [crypto.decrypt(a.token_ciphertext) for a in accounts(person)]
    withdraw(person, "account_token")
    assert accounts(person) == []
    assert set(tokens) <= set(fake_mastodon.revoked)


def test_rotate_keys_re_encrypts_with_the_first_key(app, runner, member, browser, fake_mastodon, link_mastodon,
                                                   monkeypatch):
    from cryptography.fernet import Fernet

    person = member()
    link_mastodon(browser(person), "frank")
    [row] = accounts(person)
    clear = crypto.decrypt(row.token_ciphertext)
    old = tuple(app.config["ENCRYPTION_KEYS"])
    new = Fernet.generate_key().decode()
    monkeypatch.setitem(app.config, "ENCRYPTION_KEYS", (new, *old))
    result = runner.invoke(args=["accounts", "rotate-keys"])
    assert result.exit_code == 0 and "re-encrypted=" in result.output
    db.session.refresh(row)
    monkeypatch.setitem(app.config, "ENCRYPTION_KEYS", (new,))
    assert crypto.decrypt(row.token_ciphertext) == clear


def test_my_accounts_page_in_french_says_x_stays_on_share_intents(app, member, browser):
    page = browser(member(language="fr"))
    body = page.get("/me/accounts").get_data(as_text=True)
    assert "Mes comptes" in body and "Lier mon compte Mastodon" in body
    assert "son API d’écriture est payante" in body


def test_the_link_leaves_our_site_by_a_page_not_by_redirecting_the_form(app, member, browser, fake_mastodon):
    """Our CSP says ``form-action 'self'``: browsers block a form whose answer redirects to another
    site (Chromium: "Sending form data … violates … form-action"). So the form's answer is a page of
    ours that goes on to the server's authorisation page by itself (meta refresh) or by a link."""
    from html import unescape

    page = browser(member())
    started = page.post("/me/accounts/mastodon", data={"server": fake_mastodon.hostport})
    assert started.status_code == 200
    assert "form-action 'self'" in started.headers["Content-Security-Policy"]
    html = started.get_data(as_text=True)
    link = unescape(re.search(r'<a id="continue-link" href="([^"]+)"', html).group(1))
    assert link.startswith(fake_mastodon.base + "/oauth/authorize?")
    assert f'http-equiv="refresh" content="0; url={link}"' in unescape(html)
