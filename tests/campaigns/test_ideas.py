"""Co-creation: members propose ideas and vote; a marketer turns one into a kit, crediting the author."""
import pytest
from sqlalchemy import select

from advocacy.campaigns import gamification, ideas
from advocacy.campaigns.errors import Invalid, NotAllowed
from advocacy.campaigns.gamification_models import IDEA_ADOPTED, Idea
from advocacy.campaigns.models import KIT_DRAFT
from advocacy.extensions import db


def test_propose_vote_adopt_and_credit(app, member, marketer, make_campaign, browser):
    author, fan = member(display_name="Inès Idée"), member()
    idea = ideas.propose(author, "Nos coulisses", "Montrer l'atelier de réparation en vidéo.")
    ideas.vote(fan, idea)
    ideas.vote(fan, idea)  # once per person
    ideas.vote(author, idea)
    assert idea.vote_count == 2
    ideas.vote(author, idea, on=False)
    assert idea.vote_count == 1
    campaign = make_campaign(networks=["linkedin"])
    kit = ideas.adopt(idea, campaign, actor=marketer)
    assert kit.status == KIT_DRAFT and kit.idea_id == idea.id and idea.status == IDEA_ADOPTED
    assert gamification.summary(author)["total"] == 0  # the charter in force provides no rewards
    assert [e["rule"] for e in gamification.summary(author)["entries"]] == ["idea_adopted"]
    assert "co_creator" in {b["code"] for b in gamification.summary(author)["badges"]}
    page = browser(marketer).get(f"/kits/{kit.id}").get_data(as_text=True)
    assert "Inès Idée" in page
    with pytest.raises(Invalid):
        ideas.vote(fan, idea)  # closed once adopted


def test_only_members_propose_and_empty_ideas_are_refused(app, make_person, member, make_charter_in_force):
    make_charter_in_force()
    with pytest.raises(NotAllowed):
        ideas.propose(make_person(), "Titre", "Une idée assez longue")
    with pytest.raises(Invalid) as exc:
        ideas.propose(member(), "", "court")
    assert set(exc.value.errors) == {"title", "body"}


def test_ideas_pages(app, member, marketer, make_campaign, browser):
    person = member()
    emp = browser(person)
    assert emp.post("/ideas", data={"title": "", "body": ""}).status_code == 422
    assert emp.post("/ideas", data={"title": "<i>Atelier</i>", "body": "Filmer l'atelier un mardi."}).status_code == 302
    idea = db.session.scalar(select(Idea).where(Idea.author_id == person.id))
    assert emp.post(f"/ideas/{idea.id}/vote", data={"on": "1"}).status_code == 302
    page = browser(marketer).get("/ideas").get_data(as_text=True)
    assert "&lt;i&gt;Atelier&lt;/i&gt;" in page
    campaign = make_campaign()
    response = browser(marketer).post(f"/ideas/{idea.id}/adopt", data={"campaign_id": str(campaign.id)})
    assert response.status_code == 302 and "/kits/" in response.headers["Location"]
