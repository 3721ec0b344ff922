"""Co-creation: employees propose content ideas and vote; a marketer turns one into a kit."""
from __future__ import annotations

from flask_babel import gettext as _
from sqlalchemy import func, select

from advocacy.core.audit import record
from advocacy.campaigns.errors import Invalid
from advocacy.campaigns.gamification_models import IDEA_ADOPTED, IDEA_DECLINED, IDEA_OPEN, Idea, IdeaVote
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db
from advocacy.campaigns.authoring import plain
from advocacy.campaigns.membership import require_member
from advocacy.campaigns.authoring import save_kit
from advocacy.campaigns.gamification import award_for_idea
from advocacy.auth.models import Person


def propose(person, title: str, body: str, campaign_id: int | None = None) -> Idea:
    require_member(person)
    errors = {}
    title, body = plain(title, 160), plain(body, 4000)
    if not title:
        errors["title"] = _("Give your idea a title.")
    if len(body) < 10:
        errors["body"] = _("Say a little more about your idea (at least 10 characters).")
    if errors:
        raise Invalid(errors)
    idea = Idea(author_id=person.id, title=title, body=body, campaign_id=campaign_id, status=IDEA_OPEN,
                credit_name=person.display_name, created_at=utcnow())
    db.session.add(idea)
    db.session.flush()
    record("campaigns.idea_proposed", actor=person, object_type="idea", object_id=idea.id)
    return idea


def vote(person, idea: Idea, on: bool = True) -> None:
    require_member(person)
    if idea.status != IDEA_OPEN:
        raise Invalid({"idea": _("Votes are closed on this idea.")})
    existing = db.session.scalar(select(IdeaVote).where(IdeaVote.idea_id == idea.id, IdeaVote.person_id == person.id))
    if on and existing is None:
        db.session.add(IdeaVote(idea_id=idea.id, person_id=person.id, created_at=utcnow()))
    elif not on and existing is not None:
        db.session.delete(existing)
    db.session.flush()
    db.session.expire(idea, ["votes"])


def open_ideas() -> list[tuple[Idea, int]]:
    counts = (select(IdeaVote.idea_id, func.count().label("n")).group_by(IdeaVote.idea_id).subquery())
    rows = db.session.execute(
        select(Idea, func.coalesce(counts.c.n, 0)).outerjoin(counts, counts.c.idea_id == Idea.id)
        .where(Idea.status != IDEA_DECLINED)
        .order_by(Idea.status != IDEA_OPEN, func.coalesce(counts.c.n, 0).desc(), Idea.created_at.desc())).all()
    return [(idea, int(n)) for idea, n in rows]


def adopt(idea: Idea, campaign, *, actor, variants: dict | None = None):
    """Create a draft kit in ``campaign`` from the idea; the author is credited and earns points."""
    if idea.status != IDEA_OPEN:
        raise Invalid({"idea": _("This idea was already handled.")})
    lang = "fr"
    if idea.author_id:
        author = db.session.get(Person, idea.author_id)
        lang = author.language if author and author.language in ("fr", "en") else "fr"
    network = "linkedin" if "linkedin" in campaign.networks else campaign.networks[0]
    limit = {"linkedin": 2500, "mastodon": 400, "bluesky": 200, "x": 200}[network]
    kit = save_kit(campaign, {
        "title": idea.title, "personalisation_prompt": idea.body[:1000],
        "variants": variants or {(network, lang): idea.body[:limit]}, "idea_id": idea.id,
    }, actor=actor)
    idea.status, idea.adopted_at, idea.campaign_id = IDEA_ADOPTED, utcnow(), campaign.id
    db.session.flush()
    award_for_idea(idea)
    record("campaigns.idea_adopted", actor=actor, object_type="idea", object_id=idea.id, details={"kit": kit.id})
    return kit


def decline(idea: Idea, *, actor) -> Idea:
    if idea.status != IDEA_OPEN:
        raise Invalid({"idea": _("This idea was already handled.")})
    idea.status = IDEA_DECLINED
    db.session.flush()
    record("campaigns.idea_declined", actor=actor, object_type="idea", object_id=idea.id)
    return idea
