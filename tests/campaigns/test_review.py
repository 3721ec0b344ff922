"""Review: a marketer submits, compliance or HR approves or returns with comments per variant."""
import pytest

from advocacy.campaigns import authoring, review
from advocacy.campaigns.errors import Invalid, NotAllowed
from advocacy.campaigns.models import KIT_APPROVED, KIT_DRAFT, KIT_RETURNED, KIT_SUBMITTED
from advocacy.core.timeutil import utcnow

GOOD = "Je travaille chez Exemple et je suis fier·e de notre nouveau service : venez le découvrir !"
BAD = "Découvrez notre nouveau service !"


def draft(make_campaign, marketer, **texts):
    campaign = make_campaign(networks=["linkedin", "x"])
    variants = {("linkedin", "fr"): texts.get("linkedin", GOOD), ("x", "fr"): texts.get("x", GOOD)}
    return authoring.save_kit(campaign, {"title": "Kit", "variants": variants}, actor=marketer)


def test_a_variant_failing_the_checker_cannot_be_submitted(app, make_charter_in_force, make_campaign, marketer):
    make_charter_in_force()
    kit = draft(make_campaign, marketer, x=BAD)
    with pytest.raises(Invalid) as exc:
        review.submit(kit, actor=marketer)
    assert exc.value.code == "check_failed" and list(exc.value.errors) == ["variant-x-fr"]
    [(_variant_id, outcome)] = exc.value.extra["findings"].items()
    assert "relationship_missing" in [f["rule"] for f in outcome["findings"]]
    assert outcome["suggested_text"]
    assert kit.status == KIT_DRAFT
    # linkedin: the employee states the link and gets nothing but a salary (nothing left to review)
    assert {v.network: v.check_verdict for v in kit.variants} == {"linkedin": "pass", "x": "fail"}


def test_consideration_requires_the_commercial_intent_to_be_stated(app, make_charter_in_force, make_campaign, marketer):
    make_charter_in_force()
    campaign = make_campaign(networks=["linkedin"], consideration=True)
    kit = authoring.save_kit(campaign, {"title": "Kit", "variants": {("linkedin", "fr"): BAD}}, actor=marketer)
    with pytest.raises(Invalid):
        review.submit(kit, actor=marketer)
    # in France the employment stated up front is not enough once posts are rewarded: points per post
    # are a consideration the reader must be told of (loi 2023-451 art. 1 et 5)
    campaign = make_campaign(networks=["linkedin"], consideration=True)
    kit = authoring.save_kit(campaign, {"title": "Kit", "variants": {("linkedin", "fr"): GOOD}}, actor=marketer)
    with pytest.raises(Invalid):
        review.submit(kit, actor=marketer)
    kit.variants[0].text = "Collaboration commerciale avec Exemple — " + BAD
    review.submit(kit, actor=marketer)
    assert kit.status == KIT_SUBMITTED


def test_compliance_approves_and_the_kit_goes_live(app, make_charter_in_force, make_campaign, marketer, reviewer):
    make_charter_in_force()
    kit = draft(make_campaign, marketer)
    review.submit(kit, actor=marketer)
    with pytest.raises(NotAllowed):
        review.decide(kit, "approve", reviewer=marketer)
    review.decide(kit, "approve", reviewer=reviewer)
    assert kit.status == KIT_APPROVED and kit.is_live(utcnow())


def test_hr_may_review_but_not_their_own_kit(app, make_charter_in_force, make_campaign, make_person):
    make_charter_in_force()
    both = make_person(roles=("marketer", "hr"))
    kit = draft(make_campaign, both)
    review.submit(kit, actor=both)
    with pytest.raises(NotAllowed) as exc:
        review.decide(kit, "approve", reviewer=both)
    assert exc.value.code == "own_kit"
    review.decide(kit, "approve", reviewer=make_person(roles=("hr",)))
    assert kit.status == KIT_APPROVED


def test_return_with_comments_per_variant(app, make_charter_in_force, make_campaign, marketer, reviewer):
    make_charter_in_force()
    kit = draft(make_campaign, marketer)
    review.submit(kit, actor=marketer)
    with pytest.raises(Invalid) as exc:
        review.decide(kit, "return", reviewer=reviewer)
    assert "comment" in exc.value.errors
    x = next(v for v in kit.variants if v.network == "x")
    review.decide(kit, "return", reviewer=reviewer, variant_comments={x.id: "Trop promotionnel."})
    assert kit.status == KIT_RETURNED and x.review_comment == "Trop promotionnel."
    assert all(v.review_comment == "" for v in kit.variants if v is not x)
    authoring.save_kit(kit.campaign, {"title": "Kit v2", "variants": {("x", "fr"): GOOD + " Mon avis."}},
                       actor=marketer, kit=kit)
    review.submit(kit, actor=marketer)
    assert kit.status == KIT_SUBMITTED and [v.network for v in kit.variants] == ["x"]


def test_approved_kit_is_frozen_and_can_be_withdrawn(app, make_charter_in_force, make_campaign, marketer, reviewer):
    make_charter_in_force()
    kit = draft(make_campaign, marketer)
    review.submit(kit, actor=marketer)
    review.decide(kit, "approve", reviewer=reviewer)
    with pytest.raises(Invalid):
        authoring.save_kit(kit.campaign, {"title": "Changé", "variants": {("x", "fr"): GOOD}}, actor=marketer, kit=kit)
    review.withdraw(kit, actor=marketer)
    assert not kit.is_live(utcnow())


def test_review_pages(app, make_charter_in_force, make_campaign, marketer, reviewer, browser):
    make_charter_in_force()
    kit = draft(make_campaign, marketer, x=BAD)
    mk = browser(marketer)
    response = mk.post(f"/kits/{kit.id}/submit")
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "Collaboration commerciale avec Exemple" in page or "travaille chez Exemple" in page  # the suggestion
    kit.variants[1].text = GOOD
    assert mk.post(f"/kits/{kit.id}/submit").status_code == 302
    rv = browser(reviewer)
    assert "Kit" in rv.get("/review").get_data(as_text=True)
    variant = kit.variants[0]
    assert rv.post(f"/review/{kit.id}", data={"decision": "return", "comment": ""}).status_code == 422
    response = rv.post(f"/review/{kit.id}", data={"decision": "return", f"comment-{variant.id}": "Ajoutez votre avis."})
    assert response.status_code == 302 and kit.status == KIT_RETURNED
    assert "Ajoutez votre avis." in mk.get(f"/kits/{kit.id}").get_data(as_text=True)
