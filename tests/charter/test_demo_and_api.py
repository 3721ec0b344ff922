"""The demo charter through the API: the issue's "Done when" checks."""
from sqlalchemy import func, select

from advocacy.charter import services
from advocacy.charter.models import CharterComment, CharterVersion

POLICY_KEYS = {"quiet_hours", "max_solicitations_per_week", "rewards", "allowed_networks", "retention_days",
               "quorum", "kpi_annex"}


def demo_version_policy() -> dict:
    return services.version_in_force().policy


def test_demo_charter_in_force_with_verified_signatures(client, demo, api_headers):
    response = client.get("/api/v1/charter", headers=api_headers(demo.person("employee1@demo.test")))
    assert response.status_code == 200
    body = response.json
    assert body["state"] == "in_force" and body["verified"] is True
    assert set(body["policy"]) == POLICY_KEYS
    # the demo annex asks the trust survey's questions: the API shows them (it used to drop them)
    assert set(body["policy"]["kpi_annex"]) == {"kpis", "granularity", "min_group_size", "pulse_questions"}
    assert body["policy"] == demo_version_policy()
    signatures = body["signatures"]
    assert {s["signer"] for s in signatures} == {"hr@demo.test", "cse1@demo.test", "cse2@demo.test"}
    assert sum(1 for s in signatures if s["role"] == "hr" and s["verified"]) >= 1
    assert sum(1 for s in signatures if s["role"] == "staff_rep" and s["verified"]) >= 2
    assert all(set(s) >= {"signer", "role", "signed_at", "content_sha256", "verified"} for s in signatures)
    assert all(s["content_sha256"] == body["content_sha256"] for s in signatures)
    assert body["accepted"] is True
    assert body["clauses"][0]["title_en"]


def test_demo_has_a_later_draft_in_review_with_comments(demo, db_session):
    versions = db_session.scalars(select(CharterVersion).order_by(CharterVersion.number)).all()
    assert [v.status for v in versions] == ["adopted", "adopted", "review"]
    assert db_session.scalar(select(func.count(CharterComment.id)).where(
        CharterComment.version_id == versions[-1].id)) >= 3
    assert not services.has_accepted_current(demo.person("employee12@demo.test"))
    assert services.has_accepted_current(demo.person("employee1@demo.test"))


def test_versions_list_and_detail_respect_roles(client, demo, api_headers):
    employee = api_headers(demo.person("employee1@demo.test"))
    rep = api_headers(demo.person("cse1@demo.test"))
    assert [v["status"] for v in client.get("/api/v1/charter/versions", headers=employee).json] == ["adopted"] * 2
    listed = client.get("/api/v1/charter/versions", headers=rep).json
    assert [v["number"] for v in listed] == [3, 2, 1]
    draft_id = listed[0]["id"]
    assert client.get(f"/api/v1/charter/versions/{draft_id}", headers=employee).status_code == 404
    detail = client.get(f"/api/v1/charter/versions/{draft_id}", headers=rep).json
    assert detail["state"] == "review" and detail["signatures"] == []


def test_api_diff_of_the_demo_versions(client, demo, api_headers):
    headers = api_headers(demo.person("cse2@demo.test"))
    ids = sorted(v["id"] for v in client.get("/api/v1/charter/versions", headers=headers).json)
    body = client.get(f"/api/v1/charter/versions/{ids[0]}/diff/{ids[-1]}", headers=headers).json
    assert body["from"]["number"] == 1 and body["to"]["number"] == 3
    statuses = {c["key"]: c["status"] for c in body["clauses"]}
    assert statuses["vie-privee"] == "changed" and statuses["objet"] == "unchanged"
    assert list(statuses.values()).count("added") == 1
    changed = {f["field"] for f in body["policy"] if f["changed"]}
    assert changed == {"quiet_hours", "max_solicitations_per_week", "rewards", "retention_days",
                       "kpi_annex.min_group_size"}
    ops = {op["op"] for op in next(c for c in body["clauses"] if c["key"] == "vie-privee")["body_diff"]}
    assert ops == {"equal", "insert"}


def test_no_charter_is_404_json(client, make_person, api_headers):
    response = client.get("/api/v1/charter", headers=api_headers(make_person()))
    assert response.status_code == 404 and response.json["error"]["code"] == "no_charter"


def test_anonymous_is_401(client):
    assert client.get("/api/v1/charter").status_code == 401


def test_accept_through_the_api(client, make_charter_in_force, make_person, api_headers):
    make_charter_in_force()
    person = make_person()
    headers = api_headers(person)
    assert client.get("/api/v1/charter", headers=headers).json["accepted"] is False
    response = client.post("/api/v1/charter/acceptance", headers=headers)
    assert response.status_code == 201
    assert services.has_accepted_current(person)
    assert client.get("/api/v1/charter", headers=headers).json["accepted"] is True
