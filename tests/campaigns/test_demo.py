"""The demo seed (item 10): a live campaign, an approved kit in four networks and two languages, a
kit waiting for review and one returned, employees 1–8 joined with months of shares and points
(earned only under the charter version that provides rewards), 9–12 without kits; idempotent."""
from sqlalchemy import func, select

from advocacy.campaigns import gamification, sharing
from advocacy.campaigns.demo import NAME
from advocacy.campaigns.gamification_models import PointEntry
from advocacy.campaigns.models import KIT_APPROVED, KIT_RETURNED, KIT_SUBMITTED, Campaign, Share
from advocacy.extensions import db


def test_demo_seed(app, browser):
    from advocacy.auth.models import Person
    from advocacy.consent.services import has_consent
    from advocacy import demo

    ctx = demo.seed()
    campaign = db.session.scalar(select(Campaign).where(Campaign.name == NAME))
    live = [k for k in campaign.kits if k.status == KIT_APPROVED]
    assert len(live) == 1 and any(k.status == KIT_SUBMITTED for k in campaign.kits)
    assert any(k.status == KIT_RETURNED and k.review_comment for k in campaign.kits)
    assert {(v.network, v.lang) for v in live[0].variants} == {
        (n, lang) for n in ("linkedin", "x", "bluesky", "mastodon") for lang in ("fr", "en")}
    for number in range(1, 9):
        person = ctx.person(f"employee{number}@demo.test")
        assert all(has_consent(person, p) for p in ("program", "post_metrics"))
        assert has_consent(person, "link_clicks") is (number != 7)  # employee 7 withdrew it
        assert sharing.feed(person), number
    for number in (11, 12):
        assert sharing.feed(ctx.person(f"employee{number}@demo.test")) == []
    e1 = ctx.person("employee1@demo.test")
    mine = gamification.summary(e1)  # points only for posts registered under version 2 (rewards)
    assert len(mine["entries"]) >= 2 and mine["total"] > 0 and mine["badges"]
    assert any(e.points == 0 for e in db.session.scalars(select(PointEntry).where(PointEntry.person_id == e1.id)))
    shares = db.session.scalar(select(func.count(Share.id)))
    assert shares >= 30
    assert "L'atelier ouvre ses portes" in browser(e1).get("/feed").get_data(as_text=True).replace("&#39;", "'")
    assert "Nos conseils" in browser(ctx.person("compliance@demo.test")).get("/review").get_data(as_text=True)
    assert NAME in browser(ctx.person("marketer@demo.test")).get("/campaigns").get_data(as_text=True).replace("&#39;", "'")
    before = db.session.scalar(select(func.count(Person.id)))
    demo.seed()  # idempotent
    assert db.session.scalar(select(func.count(Share.id))) == shares
    assert db.session.scalar(select(func.count(Campaign.id)).where(Campaign.name == NAME)) == 1
    assert db.session.scalar(select(func.count(Person.id))) == before


def test_a_reseed_keeps_one_kit_waiting_for_review(app, make_person):
    from advocacy import demo
    from advocacy.campaigns import review

    ctx = demo.seed()
    campaign = db.session.scalar(select(Campaign).where(Campaign.name == NAME))
    [waiting] = [k for k in campaign.kits if k.status == KIT_SUBMITTED]
    review.decide(waiting, "approve", reviewer=ctx.person("compliance@demo.test"))
    db.session.flush()
    demo.seed()
    db.session.expire_all()
    submitted = [k for k in campaign.kits if k.status == KIT_SUBMITTED]
    assert len(submitted) == 1 and submitted[0].id != waiting.id
    demo.seed()  # one is waiting: nothing more
    db.session.expire_all()
    assert len([k for k in campaign.kits if k.status == KIT_SUBMITTED]) == 1
