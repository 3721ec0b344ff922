"""Demo: a live campaign with an approved kit (LinkedIn, X, Bluesky, Mastodon × French, English),
employees 1–8 joined with registered shares and points for some, ideas, a kit waiting for review.

Idempotent: nothing is done when the demo campaign exists. Never enqueues jobs.
"""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from advocacy.campaigns import authoring, ideas, review, sharing
from advocacy.campaigns.models import KIT_APPROVED, Campaign, KitReview
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db

NAME = "Portes ouvertes de l'atelier"
BRAND = "Oréade"
JOINED = tuple(range(1, 9))
PURPOSES = ("program", "post_metrics", "link_clicks")

TEXT = {
    "fr": "Je travaille chez Oréade : notre atelier de réparation ouvre ses portes le samedi 5 décembre. "
          "Venez voir comment nous redonnons vie aux appareils !",
    "en": "I work at Oréade: our repair workshop opens its doors on Saturday 5 December. "
          "Come and see how we bring devices back to life!",
}
LONG = {
    "fr": TEXT["fr"] + "\n\nAu programme : démonstrations, conseils pour faire durer vos appareils et café offert.",
    "en": TEXT["en"] + "\n\nOn the programme: demonstrations, tips to make your devices last, and free coffee.",
}

#: (employee number, network, lang, own words added, post URL)
SHARES = (
    (1, "linkedin", "fr", "J'y montrerai l'atelier où je répare des cartes électroniques depuis six ans : "
     "passez me voir, c'est ma fierté.", "https://www.linkedin.com/posts/employe1-demo_activity-7270000000000000001-ab1c"),
    (2, "mastodon", "fr", "Je serai au stand soudure, venez avec vos questions.",
     "https://mastodon.social/@employe2demo/113500000000000002"),
    (3, "bluesky", "fr", "", "https://bsky.app/profile/employe3demo.bsky.social/post/3lbdemo3aa"),
    (4, "x", "en", "I will be at the soldering bench!", "https://x.com/employee4demo/status/1860000000000000004"),
    (5, "linkedin", "fr", "", "https://www.linkedin.com/posts/employe5-demo_activity-7270000000000000005-ab5c"),
)


def seed(ctx) -> None:
    from advocacy.charter.services import policy_in_force
    from advocacy.consent.services import has_consent, join_program

    if db.session.scalar(select(Campaign.id).where(Campaign.name == NAME)) is not None:
        return
    if policy_in_force() is None:
        ctx.log.append("campaigns: no charter in force, no demo campaign")
        return
    marketer, compliance = ctx.person("marketer@demo.test"), ctx.person("compliance@demo.test")
    now = utcnow()
    networks = list(authoring.allowed_networks())
    campaign = authoring.save_campaign({
        "name": NAME, "goal": "Faire connaître l'atelier de réparation et la journée portes ouvertes.",
        "brand": BRAND, "starts_at": now - timedelta(days=7), "ends_at": now + timedelta(days=60),
        "team_ids": [team.id for team in ctx.teams.values()], "networks": networks,
        "landing_urls": ["https://www.example.com/atelier/portes-ouvertes"], "utm_campaign": "portes-ouvertes",
    }, actor=marketer)
    variants = {}
    for network in networks:
        for lang in ("fr", "en"):
            variants[(network, lang)] = LONG[lang] if network in ("linkedin", "mastodon") else TEXT[lang]
    kit = authoring.save_kit(campaign, {
        "title": "L'atelier ouvre ses portes", "hashtags": "#Réparation #Oréade",
        "personalisation_prompt": "Qu'est-ce que cet atelier représente pour vous ? Une anecdote, un geste, un souvenir ?",
        "variants": variants}, actor=marketer)
    review.submit(kit, actor=marketer)
    review.decide(kit, "approve", reviewer=compliance, comment="Mentions conformes, merci.")
    assert kit.status == KIT_APPROVED

    for number in JOINED:
        person = ctx.people.get(f"employee{number}@demo.test")
        if person is not None and not has_consent(person, "program"):
            join_program(person, PURPOSES, method="demo")
    db.session.flush()

    for number, network, lang, own, url in SHARES:
        person = ctx.person(f"employee{number}@demo.test")
        variant = next(v for v in kit.variants if v.network == network and v.lang == lang)
        if network == "mastodon":
            sharing.set_mastodon_instance(person, "mastodon.social")
        text = sharing.starting_text(variant) + (f"\n\n{own}" if own else "")
        share = sharing.prepare_share(person, variant, text)
        sharing.register_post(person, share, url)

    # Co-creation: an open idea with votes, and an adopted one turned into a draft kit.
    idea = ideas.propose(ctx.person("employee2@demo.test"), "Un direct depuis l'atelier",
                         "Filmer dix minutes de réparation en direct, avec les questions des abonnés.")
    for number in (1, 3, 6):
        ideas.vote(ctx.person(f"employee{number}@demo.test"), idea)
    adopted = ideas.propose(ctx.person("employee6@demo.test"), "Avant / après",
                            "Je travaille chez Oréade : montrer un appareil avant et après réparation, en photos.")
    ideas.adopt(adopted, campaign, actor=marketer)

    # A second kit waiting for compliance, for the review queue.
    waiting = authoring.save_kit(campaign, {
        "title": "Nos conseils pour faire durer vos appareils",
        "personalisation_prompt": "Quel est votre conseil préféré ?",
        "hashtags": "#Réparation", "variants": {
            ("linkedin", "fr"): "Je travaille chez Oréade : trois gestes simples font durer un ordinateur portable "
                                "des années. Lequel appliquez-vous déjà ?",
            ("linkedin", "en"): "I work at Oréade: three simple habits keep a laptop going for years. "
                                "Which one do you already follow?"}}, actor=marketer)
    review.submit(waiting, actor=marketer)
    db.session.flush()
    assert db.session.scalar(select(KitReview.id).where(KitReview.kit_id == kit.id)) is not None
    ctx.log.append(f"campaigns: live campaign with an approved kit, {len(SHARES)} registered shares")
