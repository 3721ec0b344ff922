"""CLI verification, audit entries of the workflow, HR drafting and signing through the API."""
import json

from sqlalchemy import text

from advocacy.core.models import AuditEntry
from advocacy.charter import workflow
from advocacy.charter.canonical import content_sha256
from advocacy.charter.policy import default_policy_dict
from advocacy.extensions import db
from tests.fixtures.charter import open_for_signatures
from tests.conftest import totp_code


def test_cli_verify_and_show(runner, make_charter_in_force):
    version = make_charter_in_force()
    result = runner.invoke(args=["charter", "verify"])
    assert result.exit_code == 0 and "OK" in result.output and "3/3" in result.output
    shown = runner.invoke(args=["charter", "show", str(version.number)])
    assert json.loads(shown.output)["policy"]["quorum"] == {"hr": 1, "staff_rep": 2}
    db.session.execute(text("ALTER TABLE charter_clauses DISABLE TRIGGER charter_clauses_guard"))
    db.session.execute(text("UPDATE charter_clauses SET title = 'Altéré' WHERE version_id = :id"), {"id": version.id})
    db.session.execute(text("ALTER TABLE charter_clauses ENABLE TRIGGER charter_clauses_guard"))
    result = runner.invoke(args=["charter", "verify"])
    assert result.exit_code == 1 and "ALTERED" in result.output


def test_workflow_steps_are_audited(make_charter_in_force):
    version = make_charter_in_force()
    actions = {row.action for row in db.session.query(AuditEntry).filter_by(object_id=str(version.id))}
    assert {"charter.version_created", "charter.review_opened", "charter.signatures_requested", "charter.signed",
            "charter.brought_into_force"} <= actions
    adoption = db.session.query(AuditEntry).filter_by(action="charter.brought_into_force").one()
    assert adoption.details["content_sha256"] == version.adopted_sha256


def test_hr_drafts_and_reps_sign_through_the_api(client, make_person, api_headers):
    hr, rep = make_person(roles=("hr",)), make_person(roles=("staff_rep",))
    response = client.post("/api/v1/charter/versions", headers=api_headers(hr), json={
        "title": "Charte", "policy": default_policy_dict(quorum={"hr": 1, "staff_rep": 1}),
        "clauses": [{"title": "Volontariat", "body": "Libre."}]})
    assert response.status_code == 201, response.json
    version_id = response.json["id"]
    assert response.json["status"] == "draft" and response.json["clauses"][0]["key"]
    assert client.post("/api/v1/charter/versions", headers=api_headers(rep), json={}).status_code == 403
    conflict = client.post("/api/v1/charter/versions", headers=api_headers(hr), json={})
    assert conflict.status_code == 409 and conflict.json["error"]["code"] == "open_version"
    bad = client.post("/api/v1/charter/versions", headers=api_headers(hr), json={"clauses": [{"title": "x"}]})
    assert bad.status_code == 422
    # signing is only possible once HR asked for signatures
    early = client.post(f"/api/v1/charter/versions/{version_id}/signatures", headers=api_headers(rep),
                        json={"code": totp_code(rep)})
    assert early.status_code == 409 and early.json["error"]["code"] == "wrong_state"
    from advocacy.charter.models import CharterSignature, CharterVersion

    version = db.session.get(CharterVersion, version_id)
    workflow.submit_for_review(version, hr)
    open_for_signatures(version)
    workflow.request_signatures(version, hr)
    # Signing asks for a fresh second-factor code (step-up), and the signature records it.
    no_code = client.post(f"/api/v1/charter/versions/{version_id}/signatures", headers=api_headers(rep), json={})
    assert no_code.status_code == 422 and no_code.json["error"]["code"] == "mfa_code_required"
    signed = client.post(f"/api/v1/charter/versions/{version_id}/signatures", headers=api_headers(rep),
                         json={"code": totp_code(rep)})
    assert signed.status_code == 201
    assert db.session.get(CharterSignature, signed.json["id"]).mfa_verified_at is not None
    assert signed.json["role"] == "staff_rep" and signed.json["content_sha256"] == content_sha256(version)
    detail = client.get(f"/api/v1/charter/versions/{version_id}", headers=api_headers(rep)).json
    assert [s["verified"] for s in detail["signatures"]] == [True]
