"""The demo seed (item 10): a live campaign, an approved kit in four networks and two languages,
employees 1–8 joined, some with registered shares and points, 9–12 without kits; idempotent."""
from sqlalchemy import func, select

from advocacy.campaigns import gamification, sharing
from advocacy.campaigns.demo import NAME
from advocacy.campaigns.models import KIT_APPROVED, KIT_SUBMITTED, Campaign, Share
from advocacy.extensions import db


def test_demo_seed(app, browser):
    from advocacy.auth.models import Person
    from advocacy.consent.services import has_consent
    from advocacy.core import demo

    ctx = demo.seed()
    campaign = db.session.scalar(select(Campaign).where(Campaign.name == NAME))
    live = [k for k in campaign.kits if k.status == KIT_APPROVED]
    assert len(live) == 1 and any(k.status == KIT_SUBMITTED for k in campaign.kits)
    assert {(v.network, v.lang) for v in live[0].variants} == {
        (n, lang) for n in ("linkedin", "x", "bluesky", "mastodon") for lang in ("fr", "en")}
    for number in range(1, 9):
        person = ctx.person(f"employee{number}@demo.test")
        assert all(has_consent(person, p) for p in ("program", "post_metrics", "link_clicks"))
        assert sharing.feed(person), number
    for number in (11, 12):
        assert sharing.feed(ctx.person(f"employee{number}@demo.test")) == []
    e1 = ctx.person("employee1@demo.test")
    assert gamification.summary(e1)["total"] >= 15
    assert db.session.scalar(select(func.count(Share.id))) == 5
    assert "L'atelier ouvre ses portes" in browser(e1).get("/feed").get_data(as_text=True).replace("&#39;", "'")
    assert "Nos conseils" in browser(ctx.person("compliance@demo.test")).get("/review").get_data(as_text=True)
    assert NAME in browser(ctx.person("marketer@demo.test")).get("/campaigns").get_data(as_text=True).replace("&#39;", "'")
    before = db.session.scalar(select(func.count(Person.id)))
    demo.seed()  # idempotent
    assert db.session.scalar(select(func.count(Share.id))) == 5
    assert db.session.scalar(select(func.count(Campaign.id)).where(Campaign.name == NAME)) == 1
    assert db.session.scalar(select(func.count(Person.id))) == before
