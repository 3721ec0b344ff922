"""Issue #20 item 5: kits by status and their review through the API, by the page's service and
rules (compliance or HR, never one's own kit, second factor behind the token, re-check, audit)."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from advocacy.auth.services import issue_token
from advocacy.campaigns import authoring, review
from advocacy.campaigns.models import KIT_APPROVED, KIT_RETURNED, KIT_SUBMITTED, KitReview
from advocacy.core.models import AuditEntry
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db

GOOD = "Je travaille chez Exemple et je suis fier·e de notre nouveau service : venez le découvrir !"
BAD = "Découvrez notre nouveau service !"


def submitted(make_campaign, marketer, **kw):
    campaign = make_campaign(networks=["linkedin", "x"])
    kit = authoring.save_kit(campaign, {"title": "Kit API", "variants": {
        ("linkedin", "fr"): GOOD, ("x", "fr"): GOOD}}, actor=marketer)
    review.submit(kit, actor=marketer)
    db.session.commit()
    return kit


def audit(action, kit):
    return db.session.scalars(select(AuditEntry).where(AuditEntry.action == action,
                                                       AuditEntry.object_id == str(kit.id))).all()


def test_compliance_lists_the_queue_and_approves(app, client, make_charter_in_force, make_campaign, make_person,
                                                 api_headers):
    make_charter_in_force()
    marketer = make_person(roles=("marketer",))
    kit = submitted(make_campaign, marketer)
    reviewer = make_person(roles=("compliance",))
    headers = api_headers(reviewer)
    queue = client.get("/api/v1/kits?status=submitted", headers=headers)
    assert queue.status_code == 200
    [row] = [k for k in queue.get_json() if k["id"] == kit.id]
    assert row["status"] == "submitted" and row["live"] is False and row["submitted_at"]
    assert sorted(v["network"] for v in row["variants"]) == ["linkedin", "x"]
    assert {v["check_verdict"] for v in row["variants"]} <= {"pass", "warn"}
    assert kit.id not in [k["id"] for k in client.get("/api/v1/kits?status=approved", headers=headers).get_json()]

    response = client.post(f"/api/v1/kits/{kit.id}/approve", headers=headers, json={"comment": "Conforme."})
    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    assert body["status"] == "approved" and body["live"] is True and body["review_comment"] == "Conforme."
    db.session.expire_all()
    assert kit.status == KIT_APPROVED and kit.reviewed_by_id == reviewer.id
    assert len(audit("campaigns.kit_approved", kit)) == 1
    assert db.session.scalar(select(KitReview.decision).where(KitReview.kit_id == kit.id)) == "approve"
    assert kit.id in [k["id"] for k in client.get("/api/v1/kits?status=live", headers=headers).get_json()]
    assert kit.id not in [k["id"] for k in client.get("/api/v1/kits?status=submitted", headers=headers).get_json()]
    # deciding twice: the kit no longer waits (409), nothing more is recorded
    again = client.post(f"/api/v1/kits/{kit.id}/approve", headers=headers, json={})
    assert again.status_code == 409 and again.get_json()["error"]["code"] == "not_submitted"
    assert len(audit("campaigns.kit_approved", kit)) == 1


def test_return_needs_a_comment_and_keeps_comments_per_variant(app, client, make_charter_in_force, make_campaign,
                                                               make_person, api_headers):
    make_charter_in_force()
    kit = submitted(make_campaign, make_person(roles=("marketer",)))
    headers = api_headers(make_person(roles=("hr",)))
    empty = client.post(f"/api/v1/kits/{kit.id}/return", headers=headers, json={"comment": "  "})
    assert empty.status_code == 422 and empty.get_json()["error"]["field"] == "comment"
    x = next(v for v in kit.variants if v.network == "x")
    stranger = client.post(f"/api/v1/kits/{kit.id}/return", headers=headers,
                           json={"variant_comments": {"999999": "Plus court."}})
    assert stranger.status_code == 422 and stranger.get_json()["error"]["field"] == "variant_comments.999999"
    db.session.expire_all()
    assert kit.status == KIT_SUBMITTED and not audit("campaigns.kit_returned", kit)
    response = client.post(f"/api/v1/kits/{kit.id}/return", headers=headers,
                           json={"variant_comments": {str(x.id): "Plus court pour X."}})
    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    assert body["status"] == "returned"
    assert {v["network"]: v["review_comment"] for v in body["variants"]} == {"linkedin": "", "x": "Plus court pour X."}
    db.session.expire_all()
    assert kit.status == KIT_RETURNED and len(audit("campaigns.kit_returned", kit)) == 1
    returned = client.get("/api/v1/kits?status=returned", headers=headers).get_json()
    assert kit.id in [k["id"] for k in returned]


def test_the_same_rules_as_the_page(app, client, make_charter_in_force, make_campaign, make_person, api_headers):
    make_charter_in_force()
    both = make_person(roles=("marketer", "compliance"))
    kit = submitted(make_campaign, both)
    own = client.post(f"/api/v1/kits/{kit.id}/approve", headers=api_headers(both), json={})
    assert own.status_code == 403 and own.get_json()["error"]["code"] == "own_kit"
    # a compliance officer without two-step verification: refused, told what to do
    bare = make_person(roles=("compliance",), mfa=False)
    refused = client.post(f"/api/v1/kits/{kit.id}/approve", headers=api_headers(bare), json={})
    assert refused.status_code == 403 and refused.get_json()["error"]["code"] == "mfa_required"
    assert "/me/mfa" in refused.get_json()["error"]["message"]
    # a token issued before enrolment does not carry the second factor
    late = make_person(roles=("compliance",), mfa=False)
    old_headers = api_headers(late)
    db.session.flush()
    from tests.conftest import enrol_totp

    enrol_totp(late)
    late.totp_enabled_at = utcnow() + timedelta(seconds=1)
    db.session.commit()
    stale = client.post(f"/api/v1/kits/{kit.id}/approve", headers=old_headers, json={})
    # in the token owner's language (French here)
    assert stale.status_code == 403 and "créez-en un nouveau sur /me/tokens" in stale.get_json()["error"]["message"]
    # marketers and employees cannot decide
    assert client.post(f"/api/v1/kits/{kit.id}/approve", headers=api_headers(make_person(roles=("marketer",))),
                       json={}).status_code == 403
    db.session.expire_all()
    assert kit.status == KIT_SUBMITTED and not audit("campaigns.kit_approved", kit)
    assert client.post("/api/v1/kits/2147483647/approve", headers=api_headers(make_person(roles=("compliance",))),
                       json={}).status_code == 404


def test_approval_rechecks_the_variants(app, client, make_charter_in_force, make_campaign, make_person, api_headers):
    make_charter_in_force()
    kit = submitted(make_campaign, make_person(roles=("marketer",)))
    x = next(v for v in kit.variants if v.network == "x")
    x.text = BAD  # changed behind the form's back (or the rules changed since the submission)
    db.session.commit()
    response = client.post(f"/api/v1/kits/{kit.id}/approve", headers=api_headers(make_person(roles=("compliance",))),
                           json={})
    assert response.status_code == 422
    error = response.get_json()["error"]
    assert error["code"] == "check_failed"
    assert "relationship_missing" in [f["rule"] for f in error["findings"][str(x.id)]["findings"]]
    db.session.expire_all()
    assert kit.status == KIT_SUBMITTED


def test_employees_see_only_live_kits_meant_for_them(app, client, make_member, make_live_kit, make_campaign,
                                                    make_person, api_headers):
    person = make_member(purposes=("program",), team="Équipe test")
    live = make_live_kit(networks=("bluesky",))
    elsewhere = make_live_kit(campaign=make_campaign(teams=["Autre équipe"]), networks=("bluesky",))
    waiting = submitted(make_campaign, make_person(roles=("marketer",)))
    headers = api_headers(person)
    ids = [k["id"] for k in client.get("/api/v1/kits", headers=headers).get_json()]
    assert live.id in ids and elsewhere.id not in ids and waiting.id not in ids
    assert client.get("/api/v1/kits?status=submitted", headers=headers).get_json() == []
    one = client.get(f"/api/v1/kits/{live.id}", headers=headers).get_json()
    assert one["live"] is True and "review_comment" not in one and "check_verdict" not in one["variants"][0]
    assert client.get(f"/api/v1/kits/{waiting.id}", headers=headers).status_code == 404
    assert client.get(f"/api/v1/kits/{elsewhere.id}", headers=headers).status_code == 404
    # a marketer sees every kit, by campaign
    staff = api_headers(make_person(roles=("marketer",)))
    rows = client.get(f"/api/v1/kits?campaign_id={waiting.campaign_id}", headers=staff).get_json()
    assert [k["id"] for k in rows] == [waiting.id]
    assert client.get("/api/v1/kits?status=nonsense", headers=staff).status_code == 422


def test_a_token_issued_by_the_operator_on_the_server_stands_for_the_second_factor(
        app, client, runner, make_charter_in_force, make_campaign, make_person):
    """``flask people token`` runs on the server: whoever can run it can change the database, so the
    second factor the page demands would protect nothing behind that token (the README's demo path)."""
    make_charter_in_force()
    kit = submitted(make_campaign, make_person(roles=("marketer",)))
    officer = make_person(roles=("compliance",), mfa=False)
    db.session.commit()
    result = runner.invoke(args=["people", "token", officer.email])
    assert result.exit_code == 0, result.output
    token = result.output.strip().splitlines()[-1]
    response = client.post(f"/api/v1/kits/{kit.id}/approve", headers={"Authorization": f"Bearer {token}"}, json={})
    assert response.status_code == 200, response.get_json()
    db.session.expire_all()
    assert kit.status == KIT_APPROVED
    issued = db.session.scalars(select(AuditEntry).where(AuditEntry.action == "auth.token_issued",
                                                         AuditEntry.object_id == str(officer.id))).all()
    assert [e.details.get("issued_by") for e in issued] == ["operator"]
    # the same person's own token from a password-only sign-in is still refused
    page_token = issue_token(officer, "page")
    db.session.commit()
    kit2 = submitted(make_campaign, make_person(roles=("marketer",)))
    refused = client.post(f"/api/v1/kits/{kit2.id}/approve", headers={"Authorization": f"Bearer {page_token}"},
                          json={})
    assert refused.status_code == 403 and refused.get_json()["error"]["code"] == "mfa_required"
