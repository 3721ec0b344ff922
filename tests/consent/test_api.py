"""``/api/v1/me/consents``: state, give/withdraw, errors, receipts, export and erasure requests."""
from sqlalchemy import select

from advocacy.consent import services
from advocacy.consent.models import ConsentEvent, DataRequest
from advocacy.extensions import db


def test_a_new_member_sees_every_purpose_not_given(client, make_member, api_headers):
    person = make_member(purposes=())
    response = client.get("/api/v1/me/consents", headers=api_headers(person))
    assert response.status_code == 200
    rows = response.get_json()["purposes"]
    assert [r["purpose"] for r in rows] == list(services.PURPOSES)
    assert all(r["given"] is False and r["since"] is None for r in rows)


def test_give_is_idempotent_and_reports_the_charter_version(client, make_member, api_headers):
    person = make_member(purposes=("program",))
    headers = api_headers(person)
    first = client.post("/api/v1/me/consents", json={"purpose": "post_metrics", "given": True}, headers=headers)
    assert first.status_code == 201 and first.get_json()["changed"] is True
    assert first.get_json()["receipt_url"].endswith(f"/api/v1/me/consents/{first.get_json()['event_id']}/receipt")
    again = client.post("/api/v1/me/consents", json={"purpose": "post_metrics", "given": True}, headers=headers)
    assert again.status_code == 200 and again.get_json()["changed"] is False
    assert "already" in again.get_json()["message"]
    rows = {r["purpose"]: r for r in client.get("/api/v1/me/consents", headers=headers).get_json()["purposes"]}
    assert rows["post_metrics"]["given"] is True and rows["post_metrics"]["since"]
    assert rows["post_metrics"]["charter_version"]
    assert db.session.scalar(select(ConsentEvent).where(ConsentEvent.person_id == person.id,
                                                        ConsentEvent.purpose == "post_metrics")).method == "api"


def test_withdrawing_what_was_never_given_is_a_noop_that_says_so(client, make_member, api_headers):
    person = make_member(purposes=("program",))
    response = client.post("/api/v1/me/consents", json={"purpose": "rewards", "given": False},
                           headers=api_headers(person))
    assert response.status_code == 200
    body = response.get_json()
    assert body["changed"] is False and "no consent to withdraw" in body["message"]
    assert services.events_of(person)[-1].purpose == "program"


def test_unknown_purpose_is_422(client, make_member, api_headers):
    person = make_member()
    response = client.post("/api/v1/me/consents", json={"purpose": "spying", "given": True},
                           headers=api_headers(person))
    assert response.status_code == 422
    assert response.get_json()["error"]["field"] == "purpose"
    missing = client.post("/api/v1/me/consents", json={"purpose": "program"}, headers=api_headers(person))
    assert missing.status_code == 422 and missing.get_json()["error"]["field"] == "given"


def test_consenting_before_accepting_the_charter_is_409_with_a_link(client, make_charter_in_force, make_person,
                                                                     api_headers):
    make_charter_in_force()
    person = make_person()
    response = client.post("/api/v1/me/consents", json={"purpose": "program", "given": True},
                           headers=api_headers(person))
    assert response.status_code == 409
    error = response.get_json()["error"]
    assert error["code"] == "charter_not_accepted" and error["charter_url"].startswith("/")
    assert services.events_of(person) == []


def test_withdraw_all_in_one_call(client, make_member, api_headers):
    person = make_member(purposes=("program", "post_metrics", "leaderboard"))
    headers = api_headers(person)
    response = client.post("/api/v1/me/consents/withdraw-all", headers=headers)
    assert response.status_code == 200
    assert set(response.get_json()["withdrawn"]) == {"program", "post_metrics", "leaderboard"}
    assert not any(services.consents_of(person).values())
    again = client.post("/api/v1/me/consents/withdraw-all", headers=headers).get_json()
    assert again["changed"] is False and again["withdrawn"] == []


def test_receipt_of_my_event_and_not_of_someone_elses(client, make_member, api_headers):
    me, other = make_member(), make_member()
    mine, theirs = services.events_of(me)[0], services.events_of(other)[0]
    response = client.get(f"/api/v1/me/consents/{mine.id}/receipt", headers=api_headers(me))
    assert response.status_code == 200 and response.get_json()["consentReceiptID"] == mine.receipt_id
    assert client.get(f"/api/v1/me/consents/{theirs.id}/receipt", headers=api_headers(me)).status_code == 404


def test_export_returns_a_job_to_poll(client, make_member, api_headers):
    person = make_member()
    headers = api_headers(person)
    response = client.post("/api/v1/me/export", headers=headers)
    assert response.status_code == 202
    body = response.get_json()
    assert body["status"] == "queued" and body["job_id"] == f"consent-data-request-{body['request_id']}"
    status = client.get(body["status_url"], headers=headers)
    assert status.status_code == 200 and status.get_json()["download_url"] is None
    # a second click while it runs returns the same request
    assert client.post("/api/v1/me/export", headers=headers).get_json()["request_id"] == body["request_id"]
    other = make_member()
    assert client.get(body["status_url"], headers=api_headers(other)).status_code == 404


def test_erase_needs_an_explicit_confirmation(client, make_member, api_headers):
    person = make_member()
    headers = api_headers(person)
    refused = client.post("/api/v1/me/erase", json={}, headers=headers)
    assert refused.status_code == 422 and refused.get_json()["error"]["field"] == "confirm"
    accepted = client.post("/api/v1/me/erase", json={"confirm": True}, headers=headers)
    assert accepted.status_code == 202 and accepted.get_json()["kind"] == "erase"
    assert db.session.get(DataRequest, accepted.get_json()["request_id"]).person_id == person.id


def test_the_api_needs_a_token(client):
    assert client.get("/api/v1/me/consents").status_code == 401
    assert client.post("/api/v1/me/consents", json={"purpose": "program", "given": True}).status_code == 401
