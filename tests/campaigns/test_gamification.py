"""Ethical gamification: published rules, points that never go away, badges, opt-in leaderboard, rewards."""
import pytest
from sqlalchemy import select

from advocacy.campaigns import gamification
from advocacy.campaigns.errors import Invalid, NotAllowed
from advocacy.campaigns.gamification_models import RED_APPROVED, RED_REFUSED, Badge, Reward
from advocacy.extensions import db


def test_points_follow_the_published_rules_once_per_share(app, rewards_charter, member, make_share):
    person = member()
    copied = make_share(person=person, authenticity=0.1)
    own = make_share(person=person, authenticity=0.6)
    gamification.award_for_share(copied)
    gamification.award_for_share(own)
    gamification.award_for_share(own)  # idempotent
    summary = gamification.summary(person)
    assert summary["total"] == 10 + 10 + 5
    assert sorted(e["rule"] for e in summary["entries"]) == ["personalised", "share_registered", "share_registered"]
    assert [b["code"] for b in summary["badges"]] == ["first_voice"]
    assert {r["code"]: r["points"] for r in summary["rules"]} == {"share_registered": 10, "personalised": 5,
                                                                  "idea_adopted": 20}


def test_badges_are_progression_and_are_never_taken_away(app, member, make_share):
    person = member()
    for _ in range(3):
        gamification.award_for_share(make_share(person=person, authenticity=0.9))
    codes = set(db.session.scalars(select(Badge.code).where(Badge.person_id == person.id)))
    assert codes == {"first_voice", "own_words"}
    gamification.update_badges(person.id)
    assert len(db.session.scalars(select(Badge).where(Badge.person_id == person.id)).all()) == 2


def test_rules_page_is_published_to_everyone(app, browser, make_person):
    page = browser(make_person(roles=("hr",))).get("/points").get_data(as_text=True)
    for rule in gamification.RULES.values():
        assert str(rule.points) in page
    assert "streak" in page.lower() or "série" in page.lower()


def test_leaderboard_shows_only_people_who_opted_in(app, member, make_share, browser):
    shy, proud = member(display_name="Discrète"), member(purposes=("program", "leaderboard"), display_name="Fière")
    gamification.award_for_share(make_share(person=shy, authenticity=0.9))
    gamification.award_for_share(make_share(person=proud))
    board = gamification.leaderboard()
    assert [row["name"] for row in board] == ["Fière"] and board[0]["rank"] == 1
    page = browser(member(display_name="Témoin")).get("/leaderboard").get_data(as_text=True)
    assert "Fière" in page and "Discrète" not in page


@pytest.fixture
def rewards_charter(make_charter_in_force):
    return make_charter_in_force(rewards=True)


def test_rewards_need_the_charter_the_purpose_and_enough_points(app, rewards_charter, member, marketer, make_share):
    reward = gamification.save_reward({"name": "Mug", "cost": 15, "stock": 1}, actor=marketer)
    without = member()
    gamification.award_for_share(make_share(person=without, authenticity=0.9))
    with pytest.raises(NotAllowed) as exc:
        gamification.request_redemption(without, reward)
    assert exc.value.code == "no_rewards_consent"
    person = member(purposes=("program", "rewards"))
    gamification.award_for_share(make_share(person=person))
    with pytest.raises(Invalid) as exc:
        gamification.request_redemption(person, reward)  # 10 < 15
    assert exc.value.code == "not_enough_points"
    gamification.award_for_share(make_share(person=person, authenticity=0.5))  # 25 points
    redemption = gamification.request_redemption(person, reward)
    assert gamification.summary(person)["available"] == 10
    with pytest.raises(NotAllowed):
        gamification.decide_redemption(redemption, True, actor=person)  # only a marketer
    gamification.decide_redemption(redemption, True, actor=marketer)
    assert redemption.status == RED_APPROVED and reward.stock == 0
    assert gamification.summary(person)["total"] == 25  # earned points are never taken away


def test_refused_redemption_gives_the_points_back(app, rewards_charter, member, marketer, make_share):
    reward = gamification.save_reward({"name": "Livre", "cost": 10, "stock": None}, actor=marketer)
    person = member(purposes=("program", "rewards"))
    gamification.award_for_share(make_share(person=person))
    redemption = gamification.request_redemption(person, reward)
    assert gamification.summary(person)["available"] == 0
    gamification.decide_redemption(redemption, False, actor=marketer)
    assert redemption.status == RED_REFUSED and gamification.summary(person)["available"] == 10


def test_no_rewards_when_the_charter_has_none(app, make_charter_in_force, marketer, client, member, api_headers):
    make_charter_in_force(rewards=False)
    with pytest.raises(NotAllowed):
        gamification.save_reward({"name": "Mug", "cost": 5}, actor=marketer)
    db.session.add(Reward(name="Ancien", cost=1, active=True))
    db.session.flush()
    body = client.get("/api/v1/rewards", headers=api_headers(member())).get_json()
    assert body == {"open": False, "rewards": []}


def test_rewards_api_and_points_api(app, rewards_charter, marketer, member, make_share, client, api_headers):
    gamification.save_reward({"name": "Mug", "cost": 15, "stock": 3}, actor=marketer)
    person = member()
    gamification.award_for_share(make_share(person=person, authenticity=0.5))
    body = client.get("/api/v1/rewards", headers=api_headers(person)).get_json()
    assert body["open"] is True and [r["name"] for r in body["rewards"]] == ["Mug"]
    points = client.get("/api/v1/me/points", headers=api_headers(person)).get_json()
    assert points["total"] == 15 and points["available"] == 15
    assert [b["code"] for b in points["badges"]] == ["first_voice"]


def test_reward_pages(app, rewards_charter, marketer, member, make_share, browser):
    mk = browser(marketer)
    assert mk.post("/rewards", data={"name": "", "cost": "0"}).status_code == 422
    assert mk.post("/rewards", data={"name": "Mug", "cost": "10", "active": "y"}).status_code == 302
    reward = db.session.scalar(select(Reward).where(Reward.name == "Mug"))
    person = member(purposes=("program", "rewards"))
    gamification.award_for_share(make_share(person=person))
    emp = browser(person)
    assert emp.post(f"/rewards/{reward.id}/request").status_code == 302
    page = mk.get("/rewards").get_data(as_text=True)
    assert "Mug" in page and person.display_name in page
    assert gamification.held(person.id) == 10
    [redemption] = db.session.scalars(
        select(gamification.Redemption).where(gamification.Redemption.person_id == person.id)).all()
    assert mk.post(f"/redemptions/{redemption.id}/approve").status_code == 302
    assert redemption.status == RED_APPROVED


def _bring_into_force(make_person, **policy):
    """A new charter version, co-signed and in force now (the previous one is superseded)."""
    from tests.fixtures.charter import build_charter_in_force

    return build_charter_in_force(make_person, **policy)


def test_points_earned_under_a_version_without_rewards_are_never_redeemable(
        app, frozen, make_charter_in_force, make_person, member, marketer, make_share):
    from datetime import timedelta

    from advocacy.campaigns.gamification_models import PointEntry
    from advocacy.core.timeutil import utcnow

    v1 = make_charter_in_force(rewards=False)
    person = member(purposes=("program",))
    gamification.award_for_share(make_share(person=person, authenticity=0.9))  # under v1: no points
    [*under_v1] = db.session.scalars(select(PointEntry).where(PointEntry.person_id == person.id)).all()
    assert {(e.charter_version_id, e.points, e.redeemable) for e in under_v1} == {(v1.id, 0, False)}
    # A ledger row written before reward periods existed, under v1, still carrying points:
    db.session.add(PointEntry(person_id=person.id, rule="idea_adopted", ref="idea:legacy", points=20,
                              charter_version_id=v1.id, redeemable=False, created_at=utcnow()))
    db.session.flush()

    frozen(utcnow() + timedelta(minutes=10))
    v2 = _bring_into_force(make_person, rewards=True)
    from advocacy.charter.services import accept
    from advocacy.consent.services import join_program

    accept(person, v2)
    join_program(person, ("program", "rewards"), method="web")
    reward = gamification.save_reward({"name": "Mug", "cost": 15, "stock": 5}, actor=marketer)
    with pytest.raises(Invalid) as exc:
        gamification.request_redemption(person, reward)  # 20 points earned under v1 buy nothing
    assert exc.value.code == "not_enough_points"
    summary = gamification.summary(person)
    assert summary["available"] == 0 and summary["not_redeemable"] == 20

    gamification.award_for_share(make_share(person=person, authenticity=0.9))  # under v2: 15 points
    summary = gamification.summary(person)
    assert summary["available"] == 15 and summary["total"] == 35
    assert {(e["charter_version"], e["redeemable"]) for e in summary["entries"] if e["points"] == 10} == {
        (v2.number, True)}
    assert gamification.request_redemption(person, reward).points == 15


def test_rewards_page_explains_reward_periods(app, rewards_charter, member, browser):
    person = member(purposes=("program", "rewards"), language="fr")
    page = browser(person).get("/rewards").get_data(as_text=True)
    assert "seuls les points gagnés pendant qu" in page.replace("&#39;", "'")


def test_my_points_are_dated_in_my_language(app, member, make_share, browser, frozen):
    """The points table shows "24 nov. 2026" / "Nov 24, 2026", never the ISO date the API returns."""
    french, english = member(language="fr"), member(language="en")
    for person in (french, english):
        gamification.award_for_share(make_share(person=person, authenticity=0.1))
    assert gamification.summary(french)["entries"][0]["at"].startswith("2026-11-24T")  # the API keeps ISO 8601
    page = browser(french).get("/points").get_data(as_text=True)
    assert ">24 nov. 2026</time>" in page and ">2026-11-24<" not in page
    assert ">Nov 24, 2026</time>" in browser(english).get("/points").get_data(as_text=True)
