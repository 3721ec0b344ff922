"""A charter version coming into force re-checks every approved kit in a real RQ worker: kits
that now fail go back to compliance review with the reason, their marketer is told (in-app and
outbox), employees see them paused; kits that still pass stay live under the new version."""
import pytest
from redis import Redis
from rq import Queue
from sqlalchemy import select

from advocacy.campaigns import recheck, review, sharing
from advocacy.campaigns.errors import NotAllowed
from advocacy.campaigns.models import KIT_APPROVED, KIT_SUBMITTED, Kit, KitReview, Notification, OutboxMail
from advocacy.charter import services as charter
from tests.fixtures.members import TEAM
from tests.conftest import TEST_REDIS_URL
from tests.core.test_worker import run_worker_burst
from tests.fixtures.charter import build_charter_in_force

# True while the charter gives no reward (the checker warns, an employee denying a sponsorship), false
# once rewards are in force (denial_while_rewarded): stating the employment up front is the commercial
# intent in context (loi 2023-451 art. 5 as amended), so a plain employee text no longer changes verdict.
PLAIN = ("Je travaille chez Exemple. Personne ne me paie pour ce post : je suis juste fier·e de notre "
         "nouveau service, venez le découvrir !")
MENTIONED = ("Collaboration commerciale avec Exemple. Je travaille chez Exemple et je suis fier·e de notre "
             "nouveau service : venez le découvrir !")


def approved_kit(make_campaign, marketer, reviewer, title, text):
    from advocacy.campaigns.models import KitVariant

    campaign = make_campaign(networks=["linkedin"], teams=[TEAM])
    campaign.created_by_id = marketer.id
    kit = Kit(campaign=campaign, title=title, links=campaign.landing_urls[:1], hashtags=[], created_by_id=marketer.id)
    kit.variants.append(KitVariant(network="linkedin", lang="fr", text=text))
    from advocacy.extensions import db

    db.session.add(kit)
    db.session.flush()
    review.submit(kit, actor=marketer)
    review.decide(kit, "approve", reviewer=reviewer)
    return kit


def bring_rewards_into_force(make_person):
    """Version 2 turns rewards on; in force now, after version 1."""
    return build_charter_in_force(make_person, rewards=True)


@pytest.mark.slow
def test_bringing_rewards_into_force_sends_failing_kits_back_to_review(
        committed, redis_client, make_charter_in_force, make_member, make_person, make_campaign, marketer, reviewer):
    v1 = make_charter_in_force(rewards=False)
    employee = make_member(purposes=("program",), team=TEAM)
    failing = approved_kit(make_campaign, marketer, reviewer, "Sans mention", PLAIN)
    passing = approved_kit(make_campaign, marketer, reviewer, "Avec mention", MENTIONED)
    assert failing.checked_charter_version_id == v1.id
    assert {kit.title for kit, _v in sharing.feed(employee)} == {"Sans mention", "Avec mention"}
    committed.commit()

    v2 = bring_rewards_into_force(make_person)
    charter.accept(employee, v2)
    committed.commit()
    # Until the re-check has run, the kits checked under v1 are paused, never failing for employees.
    assert sharing.feed(employee) == []
    assert {k.title for k in sharing.paused_kits_for(employee)} == {"Sans mention", "Avec mention"}
    with pytest.raises(NotAllowed) as caught:
        sharing.variant_for(employee, failing.variants[0].id)
    assert caught.value.code == "kit_paused"

    assert charter.announce_in_force() == v2  # the signal: campaigns queues the re-check
    assert charter.announce_in_force() is None  # once
    committed.commit()
    redis = Redis.from_url(TEST_REDIS_URL)
    [queued] = Queue("default", connection=redis).jobs
    assert queued.func_name == "advocacy.campaigns.tasks.recheck_live_kits"
    result = run_worker_burst(("default",))
    assert result.returncode == 0, result.stderr[-2000:]
    assert queued.get_status(refresh=True) == "finished", result.stderr[-3000:]
    assert queued.return_value() == {"checked": 2, "passed": 1, "paused": 1, "skipped": 0}
    redis.close()

    committed.expire_all()
    failing, passing = committed.get(Kit, failing.id), committed.get(Kit, passing.id)
    assert failing.status == KIT_SUBMITTED and failing.paused_reason == recheck.REASON_CHARTER
    assert "version 2" in failing.review_comment and failing.variants[0].review_comment
    assert committed.scalar(select(KitReview.decision).where(KitReview.kit_id == failing.id)
                            .order_by(KitReview.id.desc()).limit(1)) == "paused"
    assert passing.status == KIT_APPROVED and passing.checked_charter_version_id == v2.id
    [note] = committed.scalars(select(Notification).where(Notification.person_id == marketer.id)).all()
    assert note.kit_id == failing.id and "Sans mention" in note.title
    [mail] = committed.scalars(select(OutboxMail).where(OutboxMail.person_id == marketer.id)).all()
    assert mail.kind == "kit_paused" and f"/kits/{failing.id}" in mail.body
    # Employees: the passing kit is live again, the failing one shows as paused.
    assert [kit.title for kit, _v in sharing.feed(employee)] == ["Avec mention"]
    assert [k.title for k in sharing.paused_kits_for(employee)] == ["Sans mention"]


def test_a_rerun_skips_kits_already_checked_and_approval_records_the_version(
        app, make_charter_in_force, make_member, make_campaign, marketer, reviewer):
    version = make_charter_in_force(rewards=False)
    kit = approved_kit(make_campaign, marketer, reviewer, "Kit", PLAIN)
    assert (kit.checked_charter_version_id, kit.checked_rules) == (version.id, review.rules_fingerprint())
    assert recheck.recheck_live_kits() == {"checked": 0, "passed": 0, "paused": 0, "skipped": 1}
    kit.checked_rules = "older-rules"  # the checker's rule packs changed with a deployment
    stats = recheck.recheck_live_kits()
    assert stats["checked"] == 1 and stats["passed"] == 1 and kit.checked_rules == review.rules_fingerprint()


def test_paused_kit_page_and_feed_say_so(app, make_charter_in_force, make_member, make_person, make_campaign,
                                         marketer, reviewer, browser):
    make_charter_in_force(rewards=False)
    employee = make_member(purposes=("program",), team=TEAM, language="fr")
    kit = approved_kit(make_campaign, marketer, reviewer, "Kit suspendu", PLAIN)
    v2 = bring_rewards_into_force(make_person)
    charter.accept(employee, v2)
    recheck.recheck_live_kits()
    assert kit.status == KIT_SUBMITTED
    feed = browser(employee).get("/feed").get_data(as_text=True)
    assert "Kit suspendu" in feed and "Suspendu" in feed and "Rien à faire de votre côté" in feed
    paused_card = feed.lower().split("kit suspendu")[1][:600]
    assert "commercial" not in paused_card and "échoue" not in paused_card  # no failure for the employee
    page = browser(marketer).get(f"/kits/{kit.id}").get_data(as_text=True)
    assert "Renvoyé en relecture après un changement de règles" in page
    assert "La version 2 de la charte est entrée en vigueur" in page
