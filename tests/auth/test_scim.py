"""SCIM 2.0 provisioning at /scim/v2 (RFC 7643/7644).

The compliance test runs scim2-tester's whole check suite (the library behind ``scim2 … test``)
against the app served by a real HTTP server on loopback; the others drive the routes and look
at what a leaver loses: sessions, API tokens, consents.
"""
from __future__ import annotations

import json
import threading

import pytest
import werkzeug.serving
from flask import g
from sqlalchemy import select

from advocacy.auth.models import ApiToken, Person, ScimToken
from advocacy.auth.scim import tokens

SCIM = "application/scim+json"
USER = "urn:ietf:params:scim:schemas:core:2.0:User"
ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group"
PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp"


@pytest.fixture
def scim(app, client, db_session):
    token = tokens.issue("test")

    def call(method, path, body=None, token_value=token):
        headers = {"Authorization": f"Bearer {token_value}"} if token_value else {}
        data = json.dumps(body) if body is not None else None
        if data is not None:
            headers["Content-Type"] = SCIM
        g.pop("_login_user", None)
        return client.open("/scim/v2" + path, method=method, data=data, headers=headers)

    return call


def new_user(scim, email="ada@example.test", **extra):
    body = {"schemas": [USER, ENTERPRISE], "userName": email, "emails": [{"value": email, "type": "work"}],
            "name": {"givenName": "Ada", "familyName": "Lovelace"}, "active": True,
            ENTERPRISE: {"department": "Ventes"}, **extra}
    response = scim("POST", "/Users", body)
    assert response.status_code == 201, response.get_data(as_text=True)
    return response.get_json()


def test_users_as_okta_and_entra_send_them_are_created(scim, db_session):
    """Both providers mark the address ``primary`` (RFC 7643 §4.1.2 defines the sub-attribute);
    bodies shaped as in Okta's "SCIM 2.0 protocol reference" (create user) and Microsoft Entra's
    "Tutorial: develop a SCIM endpoint" (create user request)."""
    okta = scim("POST", "/Users", {
        "schemas": [USER], "userName": "test.user@okta.example", "name": {"givenName": "Test", "familyName": "User"},
        "emails": [{"primary": True, "value": "test.user@okta.example", "type": "work"}],
        "displayName": "Test User", "externalId": "00ujl29u0le5T6Aj10h7", "active": True})
    assert okta.status_code == 201, okta.get_data(as_text=True)
    entra = scim("POST", "/Users", {
        "schemas": [USER, ENTERPRISE], "externalId": "0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef",
        "userName": "Test_User_ab6490ee@contoso.example", "active": True, "displayName": "Test User",
        "emails": [{"primary": False, "type": "home", "value": "home@example.test"},
                   {"primary": True, "type": "work", "value": "test.user@contoso.example"}],
        "meta": {"resourceType": "User"}, "name": {"formatted": "givenName familyName", "familyName": "familyName",
                                                    "givenName": "givenName"},
        ENTERPRISE: {"department": "Atelier"}})
    assert entra.status_code == 201, entra.get_data(as_text=True)
    person = db_session.get(Person, int(entra.get_json()["id"]))
    assert person.email == "test.user@contoso.example" and person.team.name == "Atelier"  # the primary address
    assert "primary" not in json.dumps(entra.get_json())  # it picks the address; there is nothing to return
    # Entra's PATCH that makes an address primary changes nothing; other operations still apply.
    patched = scim("PATCH", f"/Users/{person.id}", {"schemas": [PATCH], "Operations": [
        {"op": "replace", "path": 'emails[type eq "work"].primary', "value": True},
        {"op": "replace", "path": "displayName", "value": "Renamed"}]})
    assert patched.status_code in (200, 204), patched.get_data(as_text=True)
    db_session.expire_all()
    assert person.display_name == "Renamed" and person.email == "test.user@contoso.example"


def test_token_is_required_and_errors_are_scim(scim, db_session):
    for token_value in (None, "scim_not-a-token"):
        response = scim("GET", "/Users", token_value=token_value)
        assert response.status_code == 401
        assert response.mimetype == SCIM
        body = response.get_json()
        assert body["schemas"] == ["urn:ietf:params:scim:api:messages:2.0:Error"] and body["status"] == "401"
    # The service provider configuration is public (RFC 7643 §5) and says how to authenticate.
    config = scim("GET", "/ServiceProviderConfig", token_value=None)
    assert config.status_code == 200 and config.mimetype == SCIM
    assert config.get_json()["authenticationSchemes"][0]["type"] == "oauthbearertoken"
    # A revoked token stops working.
    tokens.revoke_all()
    assert scim("GET", "/Users").status_code == 401


def test_cli_prints_the_token_last_and_stores_its_hash(app, db_session):
    result = app.test_cli_runner().invoke(args=["scim", "token"])
    assert result.exit_code == 0, result.output
    token = result.output.strip().splitlines()[-1]
    assert token.startswith("scim_")
    stored = db_session.scalars(select(ScimToken.token_hash)).all()
    assert token not in stored and tokens.check(f"Bearer {token}") is not None


def test_create_read_filter_and_paginate(scim, db_session):
    created = new_user(scim)
    assert created["userName"] == "ada@example.test" and created[ENTERPRISE]["department"] == "Ventes"
    assert created["meta"]["location"].endswith(f"/scim/v2/Users/{created['id']}")
    person = db_session.get(Person, int(created["id"]))
    assert person.email == "ada@example.test" and person.team.name == "Ventes" and person.roles == {"employee"}
    assert person.password_hash is None  # provisioning never sets a password

    for n in range(3):
        new_user(scim, f"p{n}@example.test")
    found = scim("GET", '/Users?filter=userName eq "ADA@example.test"').get_json()
    assert found["totalResults"] == 1 and found["Resources"][0]["id"] == created["id"]
    assert scim("GET", '/Users?filter=userName eq "nobody@example.test"').get_json()["totalResults"] == 0
    page = scim("GET", "/Users?startIndex=2&count=2").get_json()
    assert page["startIndex"] == 2 and page["itemsPerPage"] == 2 and len(page["Resources"]) == 2
    assert page["totalResults"] >= 4

    duplicate = scim("POST", "/Users", {"schemas": [USER], "userName": "ada@example.test",
                                        "emails": [{"value": "ada@example.test"}]})
    assert duplicate.status_code == 409 and duplicate.get_json()["scimType"] == "uniqueness"
    missing = scim("GET", "/Users/999999")
    assert missing.status_code == 404 and missing.mimetype == SCIM
    bad = scim("POST", "/Users", {"schemas": [USER], "userName": "x", "emails": [{"value": "not an address"}]})
    assert bad.status_code == 400 and bad.get_json()["scimType"] == "invalidValue"


def test_deactivation_signs_the_leaver_out_everywhere(app, scim, make_member, login, db_session):
    person = make_member(purposes=("program", "link_clicks"))
    browser = app.test_client()
    login(browser, person)
    from advocacy.auth.services import issue_token

    api_token = issue_token(person, "phone")
    g.pop("_login_user", None)
    assert browser.get("/me/tokens").status_code == 200

    found = scim("GET", f'/Users?filter=userName eq "{person.email}"').get_json()["Resources"][0]
    response = scim("PATCH", f"/Users/{found['id']}", {"schemas": [PATCH], "Operations": [
        {"op": "replace", "path": "active", "value": False}]})
    assert response.status_code in (200, 204)  # RFC 7644 §3.5.2: either, 204 without "attributes"
    assert scim("GET", f"/Users/{found['id']}").get_json()["active"] is False

    g.pop("_login_user", None)
    assert browser.get("/me/tokens").status_code == 302  # the session is over
    assert app.test_client().get("/api/v1/me", headers={"Authorization": f"Bearer {api_token}"}).status_code == 401
    assert db_session.scalar(select(ApiToken.revoked_at).where(ApiToken.person_id == person.id)) is not None
    fresh = app.test_client()
    g.pop("_login_user", None)
    assert fresh.post("/login", data={"email": person.email, "password": "secret-password"}).status_code != 302

    from advocacy.consent.models import ConsentEvent, ConsentState

    states = db_session.scalars(select(ConsentState).where(ConsentState.person_id == person.id)).all()
    assert states and not any(state.given for state in states)
    last = db_session.scalars(select(ConsentEvent).where(ConsentEvent.person_id == person.id)
                              .order_by(ConsentEvent.id.desc())).first()
    assert "left the organisation" in json.dumps(last.details or {})
    refreshed = db_session.get(Person, person.id)
    assert refreshed.left_at is not None and not refreshed.is_active

    # Re-activating brings the account back (not the consents: they are the person's to give).
    back = scim("PATCH", f"/Users/{found['id']}", {"schemas": [PATCH], "Operations": [
        {"op": "replace", "path": "active", "value": True}]})
    assert back.status_code in (200, 204) and db_session.get(Person, person.id).is_active


def test_delete_is_a_leaver_then_404_and_erasure_after_retention(scim, make_member, db_session):
    from datetime import timedelta

    from advocacy.consent.leavers import erase_due_leavers, retention_days
    from advocacy.core.timeutil import utcnow

    person = make_member()
    found = scim("GET", f'/Users?filter=userName eq "{person.email}"').get_json()["Resources"][0]
    assert scim("DELETE", f"/Users/{found['id']}").status_code == 204
    assert scim("GET", f"/Users/{found['id']}").status_code == 404
    assert scim("GET", f'/Users?filter=userName eq "{person.email}"').get_json()["totalResults"] == 0
    person = db_session.get(Person, person.id)
    assert not person.is_active and person.erased_at is None
    assert erase_due_leavers(now=utcnow() + timedelta(days=retention_days() - 1)) == 0
    assert erase_due_leavers(now=utcnow() + timedelta(days=retention_days() + 1)) == 1
    assert db_session.get(Person, person.id).erased_at is not None


def test_groups_named_like_roles_give_roles(scim, db_session):
    ada, bob = new_user(scim, "ada@example.test"), new_user(scim, "bob@example.test")
    group = scim("POST", "/Groups", {"schemas": [GROUP], "displayName": "Marketer",
                                     "members": [{"value": ada["id"]}]})
    assert group.status_code == 201, group.get_data(as_text=True)
    group = group.get_json()
    assert db_session.get(Person, int(ada["id"])).roles == {"employee", "marketer"}
    assert group["id"] != ada["id"] and scim("GET", f"/Groups/{ada['id']}").status_code == 404
    scim("PATCH", f"/Groups/{group['id']}", {"schemas": [PATCH], "Operations": [
        {"op": "add", "path": "members", "value": [{"value": bob["id"]}]}]})
    assert "marketer" in db_session.get(Person, int(bob["id"])).roles
    scim("PATCH", f"/Groups/{group['id']}", {"schemas": [PATCH], "Operations": [
        {"op": "remove", "path": f'members[value eq "{ada["id"]}"]'}]})
    assert db_session.get(Person, int(ada["id"])).roles == {"employee"}
    assert scim("DELETE", f"/Groups/{group['id']}").status_code == 204
    assert db_session.get(Person, int(bob["id"])).roles == {"employee"}
    unknown = scim("POST", "/Groups", {"schemas": [GROUP], "displayName": "x", "members": [{"value": "424242"}]})
    assert unknown.status_code == 400


@pytest.fixture
def live_server(_app, committed):
    server = werkzeug.serving.make_server("127.0.0.1", 0, _app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()
    thread.join(5)


def test_scim2_tester_compliance_suite_passes(live_server, committed, make_person):
    """scim2-tester's checks (what ``scim2 --url … test`` runs): discovery, CRUD, PATCH, errors.
    People who exist already (an imported company) are Users too: ids stay unique across types."""
    from httpx2 import Client
    from scim2_client.engines.httpx2 import SyncSCIMClient
    from scim2_tester import Status, check_server

    for _ in range(25):
        make_person()
    token = tokens.issue("compliance")
    committed.commit()
    with Client(base_url=live_server + "/scim/v2", headers={"Authorization": f"Bearer {token}"}) as http:
        results = check_server(SyncSCIMClient(http))
    failures = [f"{r.title}: {r.reason}" for r in results if r.status != Status.SUCCESS]
    assert len(results) > 50
    assert not failures, "\n".join(failures)


def test_a_signed_in_browser_session_does_not_open_scim(app, make_person, login):
    """Why /scim needs no CSRF token: an admin's session cookie gives no access at all."""
    admin = make_person(roles=("admin",))
    browser = app.test_client()
    login(browser, admin)
    g.pop("_login_user", None)
    response = browser.post("/scim/v2/Users", data=json.dumps({"schemas": [USER], "userName": "evil@example.test",
                                                              "emails": [{"value": "evil@example.test"}]}),
                            headers={"Content-Type": SCIM})
    assert response.status_code == 401
