"""Issue #20 item 5: people for admins through the API — list, invite (the People page's
invitation service, mail in the outbox, no link in the answer), deactivate (a leaver)."""
from __future__ import annotations

import json

from sqlalchemy import select

from advocacy.auth.models import ApiToken, LinkToken, Person
from advocacy.campaigns.models import OutboxMail
from advocacy.core.models import AuditEntry
from advocacy.extensions import db


def test_admin_lists_people_with_filters_and_pages(app, client, make_person, api_headers):
    admin = make_person(roles=("admin",))
    headers = api_headers(admin)
    marketers = [make_person(roles=("marketer",), email=f"api-marketer-{n}@example.test") for n in range(3)]
    gone = make_person(email="api-gone@example.test")
    gone.active = False
    db.session.commit()
    rows = client.get("/api/v1/people?role=marketer&page_size=2", headers=headers)
    assert rows.status_code == 200, rows.get_json()
    assert [p["email"] for p in rows.get_json()] == [m.email for m in marketers[:2]]
    assert json.loads(rows.headers["X-Pagination"])["total"] == 3
    second = client.get("/api/v1/people?role=marketer&page_size=2&page=2", headers=headers).get_json()
    assert [p["email"] for p in second] == [marketers[2].email]
    [row] = client.get("/api/v1/people?q=api-gone", headers=headers).get_json()
    assert row["active"] is False and row["has_access"] is True and row["roles"] == ["employee"]
    assert "api-gone@example.test" not in [p["email"] for p in client.get(
        "/api/v1/people?active=true&page_size=500", headers=headers).get_json()]
    assert client.get("/api/v1/people?q=%25", headers=headers).status_code == 200  # a wildcard is a character
    assert client.get("/api/v1/people?page=99999999999999999999", headers=headers).status_code in (200, 422)
    assert client.get("/api/v1/people", headers=api_headers(make_person(roles=("hr",)))).status_code == 403


def test_admin_invites_someone_new_and_the_mail_carries_the_link(app, client, make_person, api_headers):
    admin = make_person(roles=("admin",))
    headers = api_headers(admin)
    response = client.post("/api/v1/people/invitations", headers=headers,
                           json={"email": "New.Person@Example.test", "roles": ["marketer"], "display_name": "Nouvelle"})
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    assert body["created"] is True and body["person"]["email"] == "new.person@example.test"
    assert body["person"]["roles"] == ["marketer"] and body["person"]["has_access"] is False
    assert "/password/" not in json.dumps(body)  # the link is the recipient's secret
    person = db.session.get(Person, body["person"]["id"])
    mail = db.session.scalar(select(OutboxMail).where(OutboxMail.person_id == person.id))
    assert mail is not None and "/password/" in mail.body
    assert db.session.scalar(select(LinkToken.id).where(LinkToken.person_id == person.id)) is not None
    assert db.session.scalar(select(AuditEntry.id).where(AuditEntry.action == "people.added",
                                                         AuditEntry.object_id == str(person.id))) is not None
    # someone with a password already: 409, told what they can do
    known = make_person(email="has-password@example.test")
    refused = client.post("/api/v1/people/invitations", headers=headers, json={"email": known.email})
    assert refused.status_code == 409 and refused.get_json()["error"]["code"] == "has_password"
    bad = client.post("/api/v1/people/invitations", headers=headers, json={"email": "not an address"})
    assert bad.status_code == 422 and bad.get_json()["error"]["field"] == "email"
    role = client.post("/api/v1/people/invitations", headers=headers, json={"email": "x@example.test",
                                                                            "roles": ["king"]})
    assert role.status_code == 422 and role.get_json()["error"]["field"].startswith("roles")


def test_inviting_and_deactivating_need_the_second_factor(app, client, make_person, api_headers):
    bare = make_person(roles=("admin",), mfa=False)
    headers = api_headers(bare)
    target = make_person()
    for method, url, body in (("post", "/api/v1/people/invitations", {"email": "y@example.test"}),
                              ("post", f"/api/v1/people/{target.id}/deactivate", None)):
        response = getattr(client, method)(url, headers=headers, json=body)
        assert response.status_code == 403 and response.get_json()["error"]["code"] == "mfa_required", url
    db.session.expire_all()
    assert target.active and db.session.scalar(select(Person.id).where(Person.email == "y@example.test")) is None
    assert client.get("/api/v1/people", headers=headers).status_code == 200  # reading is never blocked


def test_admin_deactivates_a_leaver(app, client, make_person, api_headers):
    admin = make_person(roles=("admin",))
    headers = api_headers(admin)
    leaver = make_person()
    their_headers = api_headers(leaver)
    db.session.commit()
    assert client.get("/api/v1/me", headers=their_headers).status_code == 200
    response = client.post(f"/api/v1/people/{leaver.id}/deactivate", headers=headers)
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["active"] is False and response.get_json()["left_at"]
    db.session.expire_all()
    assert not leaver.is_active
    assert db.session.scalar(select(ApiToken.revoked_at).where(ApiToken.person_id == leaver.id)) is not None
    assert client.get("/api/v1/me", headers=their_headers).status_code == 401
    entries = db.session.scalars(select(AuditEntry).where(AuditEntry.action == "auth.person_left",
                                                          AuditEntry.object_id == str(leaver.id))).all()
    assert len(entries) == 1 and entries[0].actor_id == admin.id and entries[0].details["source"] == "api"
    # idempotent: a second call changes nothing and records nothing more
    assert client.post(f"/api/v1/people/{leaver.id}/deactivate", headers=headers).status_code == 200
    assert len(db.session.scalars(select(AuditEntry).where(AuditEntry.action == "auth.person_left",
                                                           AuditEntry.object_id == str(leaver.id))).all()) == 1
    own = client.post(f"/api/v1/people/{admin.id}/deactivate", headers=headers)
    assert own.status_code == 409 and own.get_json()["error"]["code"] == "self"
    assert client.post("/api/v1/people/2147483647/deactivate", headers=headers).status_code == 404
