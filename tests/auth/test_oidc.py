"""OIDC single sign-on against a real OpenID provider: the ``oidc-provider-mock`` package (an
Authlib-based provider with discovery, JWKS, authorization code + PKCE and ID tokens) run as its
own process on a loopback port, exactly as the README tells a person to run it.
"""
from __future__ import annotations

import socket
import subprocess
import sys
import time
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from sqlalchemy import select

from advocacy.auth import oidc
from advocacy.auth.models import ExternalIdentity, Person
from advocacy.core.settings import SettingsError, load

CLIENT_ID, CLIENT_SECRET = "porte-voix-test", "a-client-secret"


class Provider:
    """``python -m oidc_provider_mock`` in its own process on a free loopback port."""

    def __init__(self, *args: str):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.issuer = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "oidc_provider_mock", "--host", "127.0.0.1", "--port", str(self.port), *args],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 20
        while True:
            try:
                if requests.get(self.issuer + "/.well-known/openid-configuration", timeout=1).ok:
                    break
            except requests.ConnectionError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("oidc-provider-mock did not start")
            time.sleep(0.1)

    def set_user(self, sub: str, **claims):
        response = requests.put(f"{self.issuer}/users/{sub}", json=claims, timeout=5)
        assert response.status_code == 204, response.text

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)


@pytest.fixture(scope="module")
def provider():
    running = Provider("--require-nonce", "true")
    yield running
    running.stop()


@pytest.fixture(scope="module")
def expired_provider():
    """Issues ID tokens that expired an hour before they were issued."""
    running = Provider("--token-max-age", "-3600")
    yield running
    running.stop()


def configure(monkeypatch, app, provider, **extra):
    oidc.forget_provider_cache()
    monkeypatch.setitem(app.config, "OIDC_ISSUER", provider.issuer)
    monkeypatch.setitem(app.config, "OIDC_CLIENT_ID", CLIENT_ID)
    monkeypatch.setitem(app.config, "OIDC_CLIENT_SECRET", CLIENT_SECRET)
    monkeypatch.setitem(app.config, "OUTBOUND_ALLOW", f"127.0.0.1:{provider.port}")
    for key in ("OIDC_ROLE_CLAIM", "OIDC_TEAM_CLAIM", "OIDC_CREATE_PEOPLE"):
        monkeypatch.setitem(app.config, key, extra.get(key.lower()[5:]))


def start(client, next_url=None):
    """Our login redirect → the provider's authorization URL (checked)."""
    response = client.get("/auth/oidc/login", query_string={"next": next_url} if next_url else None)
    assert response.status_code == 302
    return response.headers["Location"]


def consent_at_provider(authorize_url: str, sub: str) -> str:
    """What a browser does at the provider: submit the form choosing ``sub``. Returns our callback URL."""
    response = requests.post(authorize_url, data={"sub": sub}, allow_redirects=False, timeout=5)
    assert response.status_code == 302, response.text[:300]
    return response.headers["Location"]


def callback(client, url: str):
    parts = urlsplit(url)
    assert parts.path == "/auth/oidc/callback"
    return client.get(parts.path, query_string=parts.query)


def test_authorization_request_uses_pkce_state_and_nonce(app, client, monkeypatch, provider):
    configure(monkeypatch, app, provider)
    url = start(client)
    assert url.startswith(provider.issuer + "/oauth2/authorize?")
    query = parse_qs(urlsplit(url).query)
    assert query["response_type"] == ["code"] and query["client_id"] == [CLIENT_ID]
    assert query["code_challenge_method"] == ["S256"] and len(query["code_challenge"][0]) == 43
    assert len(query["state"][0]) >= 32 and len(query["nonce"][0]) >= 32
    assert query["redirect_uri"] == ["http://localhost/auth/oidc/callback"]
    assert "openid" in query["scope"][0].split()


def in_language(client, lang):
    with client.session_transaction() as session:
        session["lang"] = lang
    return client


def test_login_page_offers_sso_only_when_configured(app, client, monkeypatch, provider):
    page = in_language(client, "en").get("/login").get_data(as_text=True)
    assert "Sign in with SSO" not in page
    assert client.get("/auth/oidc/login").status_code == 404
    configure(monkeypatch, app, provider)
    assert "Sign in with SSO" in client.get("/login").get_data(as_text=True)
    french = in_language(client, "fr").get("/login").get_data(as_text=True)
    assert "Se connecter avec l'authentification unique" in french


def test_matching_email_signs_in_and_links_the_subject(app, client, monkeypatch, provider, make_person, db_session):
    configure(monkeypatch, app, provider)
    person = make_person(email="ada@example.test")
    provider.set_user("sub-ada", email="Ada@Example.test", email_verified=True)
    back = consent_at_provider(start(client, next_url="/me/tokens"), "sub-ada")
    response = callback(client, back)
    assert response.status_code == 302 and response.headers["Location"] == "/me/tokens"
    assert client.get("/me/tokens").status_code == 200  # signed in
    link = db_session.scalar(select(ExternalIdentity).where(ExternalIdentity.subject == "sub-ada"))
    assert link.person_id == person.id and link.issuer == provider.issuer and link.protocol == "oidc"

    # The provider changes the address: the stored subject still finds the same person.
    provider.set_user("sub-ada", email="ada.lovelace@elsewhere.test", email_verified=True)
    other = app.test_client()
    assert callback(other, consent_at_provider(start(other), "sub-ada")).status_code == 302
    assert other.get("/me/tokens").status_code == 200


def test_unverified_email_does_not_match(app, client, monkeypatch, provider, make_person):
    configure(monkeypatch, app, provider)
    make_person(email="grace@example.test")
    provider.set_user("sub-grace", email="grace@example.test", email_verified=False)
    response = callback(client, consent_at_provider(start(client), "sub-grace"))
    assert response.status_code == 403
    assert client.get("/me/tokens").status_code == 302  # not signed in


def test_unknown_person_refused_unless_creation_is_on(app, client, monkeypatch, provider, db_session):
    configure(monkeypatch, app, provider)
    provider.set_user("sub-new", email="new.hire@example.test", name="New Hire")
    response = callback(client, consent_at_provider(start(client), "sub-new"))
    assert response.status_code == 403
    assert "invite" in response.get_data(as_text=True).lower() or "invit" in response.get_data(as_text=True)
    assert db_session.scalar(select(Person).where(Person.email == "new.hire@example.test")) is None


def test_creation_takes_roles_and_team_from_claims(app, client, monkeypatch, provider, db_session):
    configure(monkeypatch, app, provider, role_claim="groups", team_claim="department", create_people="1")
    provider.set_user("sub-mk", email="marketer@example.test", name="Maud Keting",
                      groups=["marketer", "not-a-role"], department="Ventes")
    response = callback(client, consent_at_provider(start(client), "sub-mk"))
    assert response.status_code == 302
    person = db_session.scalar(select(Person).where(Person.email == "marketer@example.test"))
    assert person.display_name == "Maud Keting" and person.roles == {"marketer"}
    assert person.team.name == "Ventes"


def test_created_people_are_employees_without_role_claim(app, client, monkeypatch, provider, db_session):
    configure(monkeypatch, app, provider, create_people="1")
    provider.set_user("sub-emp", email="emp@example.test", groups=["admin"])
    assert callback(client, consent_at_provider(start(client), "sub-emp")).status_code == 302
    person = db_session.scalar(select(Person).where(Person.email == "emp@example.test"))
    assert person.roles == {"employee"}  # the claim is not configured: never trusted


def test_inactive_person_is_refused(app, client, monkeypatch, provider, make_person):
    configure(monkeypatch, app, provider)
    make_person(email="leaver@example.test", active=False)
    provider.set_user("sub-leaver", email="leaver@example.test")
    assert callback(client, consent_at_provider(start(client), "sub-leaver")).status_code == 403
    assert client.get("/me/tokens").status_code == 302


def test_wrong_state_is_refused_and_the_flow_is_used_once(app, client, monkeypatch, provider, make_person):
    configure(monkeypatch, app, provider)
    make_person(email="state@example.test")
    provider.set_user("sub-state", email="state@example.test")
    back = consent_at_provider(start(client), "sub-state")
    forged = back.replace("state=", "state=x")
    assert callback(client, forged).status_code == 400
    # The flow was consumed by the failed attempt: the genuine answer no longer works either.
    assert callback(client, back).status_code == 400
    assert client.get("/me/tokens").status_code == 302


def test_wrong_nonce_is_refused(app, client, monkeypatch, provider, make_person, caplog):
    configure(monkeypatch, app, provider)
    make_person(email="nonce@example.test")
    provider.set_user("sub-nonce", email="nonce@example.test")
    back = consent_at_provider(start(client), "sub-nonce")
    with client.session_transaction() as session:
        flow = dict(session["oidc_flow"])
        flow["nonce"] = "a-nonce-that-the-provider-never-saw"
        session["oidc_flow"] = flow
    assert callback(client, back).status_code == 400
    assert "Invalid claim: 'nonce'" in caplog.text
    assert client.get("/me/tokens").status_code == 302


def _real_id_token(app, provider, sub):
    """An ID token issued by the provider through the whole flow (code redeemed by hand)."""
    client = app.test_client()
    authorize = start(client)
    back = consent_at_provider(authorize, sub)
    code = parse_qs(urlsplit(back).query)["code"][0]
    with client.session_transaction() as session:
        flow = session["oidc_flow"]
    with app.test_request_context():
        token = oidc._redeem(code, flow)
    return token, flow


def test_tampered_id_token_is_refused(app, monkeypatch, provider):
    configure(monkeypatch, app, provider)
    provider.set_user("sub-tamper", email="tamper@example.test")
    token, flow = _real_id_token(app, provider, "sub-tamper")
    with app.test_request_context():
        claims = oidc.verify_id_token(token["id_token"], nonce=flow["nonce"], access_token=token["access_token"])
        assert claims["sub"] == "sub-tamper"
        header, payload, signature = token["id_token"].split(".")
        import base64
        import json

        body = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        body["sub"] = "someone-else"
        forged_payload = base64.urlsafe_b64encode(json.dumps(body).encode()).rstrip(b"=").decode()
        with pytest.raises(oidc.SsoError) as caught:
            oidc.verify_id_token(f"{header}.{forged_payload}.{signature}", nonce=flow["nonce"])
        assert caught.value.code == "bad_token"
        # alg "none" is never accepted
        none_header = base64.urlsafe_b64encode(b'{"alg":"none","typ":"JWT"}').rstrip(b"=").decode()
        with pytest.raises(oidc.SsoError):
            oidc.verify_id_token(f"{none_header}.{payload}.", nonce=flow["nonce"])
        # a token for another client (audience) is refused
        monkeypatch.setitem(app.config, "OIDC_CLIENT_ID", "another-client")
        with pytest.raises(oidc.SsoError):
            oidc.verify_id_token(token["id_token"], nonce=flow["nonce"])


def test_expired_id_token_is_refused(app, client, monkeypatch, expired_provider, make_person, caplog):
    configure(monkeypatch, app, expired_provider)
    make_person(email="late@example.test")
    expired_provider.set_user("sub-late", email="late@example.test")
    response = callback(client, consent_at_provider(start(client), "sub-late"))
    assert response.status_code == 400
    assert "expired_token" in caplog.text
    assert client.get("/me/tokens").status_code == 302


def test_provider_outside_the_allow_list_is_never_contacted(app, client, monkeypatch, provider):
    configure(monkeypatch, app, provider)
    monkeypatch.setitem(app.config, "OUTBOUND_ALLOW", "")
    response = in_language(client, "en").get("/auth/oidc/login")
    assert response.status_code == 302 and response.headers["Location"] == "/login"
    page = client.get("/login").get_data(as_text=True)
    assert "cannot be reached" in page


def test_settings_fail_fast(tmp_path):
    base = {"ADVOCACY_DATABASE_URL": "postgresql://x@127.0.0.1/y", "ADVOCACY_SECRET_KEY": "s" * 40,
            "ADVOCACY_ENCRYPTION_KEYS": "dGVzdC1lbmNyeXB0aW9uLWtleS0wMTIzNDU2Nzg5YWI=",
            "ADVOCACY_VAPID_PRIVATE_KEY": "VfkGiw6xIb0W5I4LaRNiCCr8hL-qCcftdENxGmgz3aw",
            "ADVOCACY_CONTROLLER_NAME": "Demo SA", "ADVOCACY_CONTROLLER_ADDRESS": "1 rue de la Paix, Paris",
            "ADVOCACY_CONTROLLER_DPO_EMAIL": "dpo@demo.test"}
    with pytest.raises(SettingsError, match="ADVOCACY_OIDC_CLIENT_ID"):
        load({**base, "ADVOCACY_OIDC_ISSUER": "https://id.example.com"}, tmp_path)
    with pytest.raises(SettingsError, match="ADVOCACY_OIDC_ISSUER is required"):
        load({**base, "ADVOCACY_OIDC_CLIENT_ID": "x"}, tmp_path)
    with pytest.raises(SettingsError, match="ADVOCACY_OUTBOUND_ALLOW"):
        load({**base, "ADVOCACY_OIDC_ISSUER": "http://127.0.0.1:8768", "ADVOCACY_OIDC_CLIENT_ID": "a",
              "ADVOCACY_OIDC_CLIENT_SECRET": "b"}, tmp_path)
    with pytest.raises(SettingsError, match="ADVOCACY_OIDC_CREATE_PEOPLE"):
        load({**base, "ADVOCACY_OIDC_ISSUER": "https://id.example.com", "ADVOCACY_OIDC_CLIENT_ID": "a",
              "ADVOCACY_OIDC_CLIENT_SECRET": "b", "ADVOCACY_OIDC_CREATE_PEOPLE": "maybe"}, tmp_path)
    ok = load({**base, "ADVOCACY_OIDC_ISSUER": "http://127.0.0.1:8768", "ADVOCACY_OIDC_CLIENT_ID": "a",
               "ADVOCACY_OIDC_CLIENT_SECRET": "b", "ADVOCACY_OUTBOUND_ALLOW": "127.0.0.1:8768",
               "ADVOCACY_OIDC_CREATE_PEOPLE": "true", "ADVOCACY_OIDC_ROLE_CLAIM": "groups"}, tmp_path)
    assert ok.oidc_issuer == "http://127.0.0.1:8768" and ok.oidc_create_people and ok.oidc_role_claim == "groups"
