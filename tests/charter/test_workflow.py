"""Drafting → review → signatures → in force; amendments; refusals; quorum; roles."""
from datetime import timedelta

import pytest

from advocacy.charter import services, workflow
from advocacy.charter.canonical import content_sha256, verify_version
from advocacy.charter.models import ADOPTED, AWAITING, DRAFT, REVIEW
from advocacy.charter.services import CharterError
from advocacy.core.timeutil import utcnow
from tests.fixtures.charter import open_for_signatures

CLAUSES = [{"title": "Volontariat", "body": "Participer est libre."},
           {"title": "Vie privée", "body": "Pas de sollicitation le soir."}]


@pytest.fixture
def people(make_person):
    return {
        "hr": make_person(roles=("hr",)),
        "rep1": make_person(roles=("staff_rep", "employee")),
        "rep2": make_person(roles=("staff_rep", "employee")),
        "employee": make_person(roles=("employee",)),
    }


@pytest.fixture
def in_review(people):
    version = workflow.create_version(people["hr"], title="Charte", clauses=CLAUSES)
    workflow.submit_for_review(version, people["hr"])
    open_for_signatures(version)
    return version


def test_full_workflow(people, in_review):
    hr, rep1, rep2 = people["hr"], people["rep1"], people["rep2"]
    version = in_review
    assert version.status == REVIEW
    clause = version.clauses[0]
    workflow.add_comment(version, rep1, clause.key, "Préciser « sans conséquence » ?")
    amendment = workflow.propose_amendment(version, rep2, clause.key, title="Volontariat",
                                           body="Participer est libre et sans aucune conséquence.",
                                           rationale="Plus clair")
    with pytest.raises(CharterError):  # open amendments block the signature phase
        workflow.request_signatures(version, hr)
    workflow.accept_amendment(amendment, hr)
    assert version.revision == 2 and clause.body.endswith("sans aucune conséquence.")
    workflow.request_signatures(version, hr)
    assert version.status == AWAITING
    workflow.sign(version, hr)
    workflow.sign(version, rep1)
    with pytest.raises(CharterError) as err:  # quorum: 1 hr + 2 staff reps
        workflow.bring_into_force(version, hr)
    assert err.value.code == "quorum_not_met"
    workflow.sign(version, rep2)
    workflow.bring_into_force(version, hr)
    assert version.status == ADOPTED
    assert services.version_in_force().id == version.id
    assert verify_version(version).ok
    assert version.adopted_sha256 == content_sha256(version)


def test_staff_rep_can_comment_and_sign_but_not_edit(people, in_review):
    rep = people["rep1"]
    clause = in_review.clauses[0]
    for attempt in (
        lambda: workflow.update_clause(clause, rep, title="x", body="y"),
        lambda: workflow.add_clause(in_review, rep, title="x", body="y"),
        lambda: workflow.update_version(in_review, rep, title="x", policy=in_review.policy),
        lambda: workflow.request_signatures(in_review, rep),
        lambda: workflow.delete_clause(clause, rep),
    ):
        with pytest.raises(CharterError) as err:
            attempt()
        assert err.value.status == 403
    workflow.add_comment(in_review, rep, clause.key, "D'accord.")
    workflow.request_signatures(in_review, people["hr"])
    signature = workflow.sign(in_review, rep)
    assert signature.role == "staff_rep"


def test_employee_cannot_comment_or_sign(people, in_review):
    employee = people["employee"]
    with pytest.raises(CharterError):
        workflow.add_comment(in_review, employee, in_review.clauses[0].key, "Bonjour")
    workflow.request_signatures(in_review, people["hr"])
    with pytest.raises(CharterError):
        workflow.sign(in_review, employee)


def test_change_after_first_signature_voids_signatures_and_returns_to_review(people, in_review):
    hr, rep1 = people["hr"], people["rep1"]
    workflow.request_signatures(in_review, hr)
    first = workflow.sign(in_review, rep1)
    revision = in_review.revision
    workflow.update_clause(in_review.clauses[1], hr, title="Vie privée", body="Jamais le soir ni le week-end.")
    assert first.voided_at is not None and "clause" in first.void_reason
    assert in_review.status == REVIEW and in_review.revision == revision + 1
    assert in_review.live_signatures == []
    check = verify_version(in_review)
    assert not check.verified(first)  # the old signature is bound to the old text


def test_refusal_is_recorded_with_its_reason(people, in_review):
    workflow.request_signatures(in_review, people["hr"])
    with pytest.raises(CharterError) as err:
        workflow.refuse(in_review, people["rep1"], "non")
    assert err.value.field == "reason"
    refusal = workflow.refuse(in_review, people["rep1"], "Le seuil de 3 personnes est trop bas pour notre site.")
    assert refusal.role == "staff_rep" and refusal.content_sha256 == content_sha256(in_review)
    assert in_review.refusals == [refusal]
    with pytest.raises(CharterError):
        workflow.refuse(in_review, people["rep1"], "Toujours pas d'accord sur ce point.")


def test_declined_amendment_keeps_text_and_records_answer(people, in_review):
    clause = in_review.clauses[0]
    amendment = workflow.propose_amendment(in_review, people["rep1"], clause.key, title="T", body="Autre texte")
    with pytest.raises(CharterError):
        workflow.answer_amendment(amendment, people["hr"], "court")
    workflow.answer_amendment(amendment, people["hr"], "Le texte actuel couvre déjà ce cas.")
    assert amendment.status == "declined" and clause.body == "Participer est libre."
    assert in_review.revision == 1


def test_one_open_version_at_a_time(people, in_review):
    with pytest.raises(CharterError):
        workflow.create_version(people["hr"])


def test_new_version_copies_clauses_with_stable_keys(make_charter_in_force, people):
    first = make_charter_in_force()
    draft = workflow.create_version(people["hr"])
    assert draft.status == DRAFT and draft.number == first.number + 1
    assert [c.key for c in draft.clauses] == [c.key for c in first.clauses]
    assert draft.policy == first.policy


def test_signer_with_hr_and_staff_rep_roles_chooses(make_person, people, in_review):
    both = make_person(roles=("hr", "staff_rep"))
    workflow.request_signatures(in_review, people["hr"])
    signature = workflow.sign(in_review, both, role="staff_rep")
    assert signature.role == "staff_rep"
    with pytest.raises(CharterError):
        workflow.sign(in_review, both, role="hr")  # one signature per person


def test_scheduled_effective_date(people, in_review):
    hr = people["hr"]
    workflow.request_signatures(in_review, hr)
    for person in (hr, people["rep1"], people["rep2"]):
        workflow.sign(in_review, person)
    later = utcnow() + timedelta(days=15)
    workflow.bring_into_force(in_review, hr, effective_from=later)
    assert services.version_in_force() is None
    assert services.version_state(in_review) == "scheduled"


def test_signatures_wait_for_the_minimum_review_period(people, frozen_clock):
    """``review_days`` (default 15, the CSE's usual consultation delay) runs from the review's opening."""
    hr = people["hr"]
    version = workflow.create_version(hr, title="Charte", clauses=CLAUSES)
    workflow.submit_for_review(version, hr)
    assert workflow.signatures_open_at(version) == version.submitted_at + timedelta(days=15)
    with pytest.raises(CharterError) as caught:
        workflow.request_signatures(version, hr)
    assert caught.value.code == "review_period"
    frozen_clock(version.submitted_at + timedelta(days=15))
    workflow.request_signatures(version, hr)
    assert version.status == AWAITING


def test_the_policy_in_force_sets_the_review_period_not_the_draft(people, make_charter_in_force, frozen_clock):
    make_charter_in_force(review_days=30)
    hr = people["hr"]
    draft = workflow.create_version(hr, policy=None)
    workflow.update_version(draft, hr, title=draft.title, policy={**draft.policy, "review_days": 0})
    workflow.submit_for_review(draft, hr)
    assert workflow.required_review_days(draft) == 30  # a draft cannot shorten its own review
    frozen_clock(draft.submitted_at + timedelta(days=29))
    with pytest.raises(CharterError):
        workflow.request_signatures(draft, hr)
    frozen_clock(draft.submitted_at + timedelta(days=30))
    workflow.request_signatures(draft, hr)


@pytest.fixture
def frozen_clock():
    from advocacy.core.timeutil import freeze

    yield freeze
    freeze(None)
