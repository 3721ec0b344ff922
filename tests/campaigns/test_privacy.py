"""Personal data: export everything this domain holds; erasure leaves only anonymous counts."""
import json

from sqlalchemy import func, select

from advocacy.campaigns import gamification, ideas, notify
from advocacy.campaigns.models import SHARE_ERASED, Notification, Share
from advocacy.campaigns.services import erase_person_data, export_person_data
from advocacy.extensions import db


def test_export_then_erase(app, frozen, make_charter_in_force, member, marketer, make_share, make_campaign,
                           make_live_kit):
    make_charter_in_force(rewards=True)
    person = member(purposes=("program", "notifications"))
    share = make_share(person=person, text="Je travaille chez Exemple, et voici mon avis.", authenticity=0.7)
    gamification.award_for_share(share)
    adopted = ideas.propose(person, "Idée adoptée", "Une idée qui deviendra un kit.")
    ideas.propose(person, "Idée en cours", "Une idée encore ouverte au vote.")
    ideas.adopt(adopted, make_campaign(networks=["linkedin"]), actor=marketer)
    make_live_kit()
    notify.dispatch()
    data = export_person_data(person)
    json.dumps(data)  # serialisable
    assert data["shares"][0]["text"] == "Je travaille chez Exemple, et voici mon avis."
    assert data["shares"][0]["url"] == share.url
    assert {i["title"] for i in data["ideas"]} == {"Idée adoptée", "Idée en cours"}
    assert sum(p["points"] for p in data["points"]) == 10 + 5 + 20
    assert all(p["redeemable"] and p["charter_version_id"] for p in data["points"])
    assert data["notifications"] and data["mail"]

    erase_person_data(person)
    db.session.expire_all()
    share = db.session.get(Share, share.id)
    assert (share.person_id, share.text, share.url, share.status) == (None, "", None, SHARE_ERASED)
    assert adopted.author_id is None and adopted.credit_name == ""
    assert db.session.scalar(select(func.count(Notification.id)).where(Notification.person_id == person.id)) == 0
    after = export_person_data(person)
    assert all(not v for v in after.values())
    assert gamification.summary(person)["total"] == 0


def test_gdpr_export_and_erasure_through_the_consent_domain(app, member, make_share):
    from advocacy.consent import gdpr

    person = member(purposes=("program", "post_metrics", "link_clicks"))
    share = make_share(person=person, network="bluesky", authenticity=0.5)
    gamification.award_for_share(share)
    gdpr.erase(person)
    db.session.expire_all()
    share = db.session.get(Share, share.id)
    assert share.person_id is None and share.status == SHARE_ERASED and share.url is None
    assert gamification.summary(person)["total"] == 0
