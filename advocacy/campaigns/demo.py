"""Demo campaigns with history: three past campaigns (two kits each) over the last 120 days and the
live one (an approved kit in LinkedIn, X, Bluesky, Mastodon × French, English; a kit waiting for
review; a kit returned with comments), shares by the employees who joined, points and badges,
ideas, rewards and redemptions, new-kit notifications.

Written with the clock set to each moment (``core.democlock``): kits under version 1 of the charter
carry the employee mention, kits under version 2 (rewards) the commercial one too. A share exists
only while its author had joined the program and accepted the charter in force, on a working day
outside the quiet hours of the charter in force; notifications only with the ``notifications``
consent, outside quiet hours and within the weekly cap. Shares, points and notifications are written
in bulk. Idempotent: when the live campaign exists, the only thing done is to submit the waiting kit again if
no kit waits for review any more (someone approved it, e.g. through the API). Never enqueues jobs.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import insert, select, update

from advocacy.auth.models import Person
from advocacy.campaigns import authoring, gamification, ideas, notify, review, sharing, voice
from advocacy.campaigns.gamification import MIN_OWN_WORDS_FOR_POINTS, RULES
from advocacy.campaigns.gamification_models import Badge, PointEntry
from advocacy.campaigns.models import (KIT_APPROVED, KIT_SUBMITTED, SHARE_PENDING, SHARE_STOPPED, SHARE_TRACKED,
                                       Campaign, Kit, OutboxMail, Share)
from advocacy.campaigns.networks import post_key, validate_post_url
from advocacy.charter.models import ADOPTED, CharterAcceptance, CharterVersion
from advocacy.charter.services import policy_in_force, policy_of
from advocacy.consent.demo import Timeline
from advocacy.core.democlock import anchored, moment, working_moment, zone
from advocacy.core.timeutil import clock, utcnow
from advocacy.extensions import db

NAME = "Portes ouvertes de l'atelier"
BRAND = "Oréade"
LINK = "https://www.example.com/atelier/portes-ouvertes"
MENTION = {"fr": "Collaboration commerciale — ", "en": "Paid partnership with Oréade — "}

TEXT = {
    "fr": "Je travaille chez Oréade : notre atelier de réparation ouvre ses portes le samedi 5 décembre. "
          "Venez voir comment nous redonnons vie aux appareils !",
    "en": "I work at Oréade: our repair workshop opens its doors on Saturday 5 December. "
          "Come and see how we bring devices back to life!",
}
SHORT = {
    "fr": "Je travaille chez Oréade : notre atelier de réparation ouvre ses portes le samedi 5 décembre. "
          "Venez nous voir !",
    "en": "I work at Oréade: our repair workshop opens its doors on Saturday 5 December. Come and see us!",
}
LONG = {
    "fr": "\n\nAu programme : démonstrations, conseils pour faire durer vos appareils et café offert.",
    "en": "\n\nOn the programme: demonstrations, tips to make your devices last, and free coffee.",
}


@dataclass(frozen=True)
class PastKit:
    launch: int  # days ago (approved that morning)
    title: str
    prompt: str
    hashtags: str
    fr: str
    en: str


@dataclass(frozen=True)
class PastCampaign:
    name: str
    goal: str
    start: int  # days ago
    end: int
    utm: str
    landing: str
    kits: tuple[PastKit, ...]


HISTORY = (
    PastCampaign(
        "Semaine de la réparabilité", "Faire connaître le service de réparation auprès des particuliers.",
        117, 87, "semaine-reparabilite", "https://www.example.com/reparation",
        (PastKit(116, "Dix ans de réparations", "Quel appareil vous a le plus marqué à l'atelier ?", "#Réparation",
                 "Je travaille chez Oréade : en dix ans, notre atelier a réparé plus de 40 000 appareils. "
                 "Réparer plutôt que jeter, c'est notre métier.",
                 "I work at Oréade: in ten years our workshop has repaired more than 40,000 devices. "
                 "Repairing rather than throwing away is what we do."),
         PastKit(103, "Le diagnostic gratuit", "Un conseil que vous donnez souvent aux clients ?", "#Réparabilité",
                 "Je travaille chez Oréade : cette semaine, le diagnostic de vos appareils est gratuit à l'atelier. "
                 "Passez nous voir !",
                 "I work at Oréade: this week, the diagnosis of your devices is free at the workshop. "
                 "Come and see us!"))),
    PastCampaign(
        "Nous recrutons des techniciennes et techniciens", "Trouver huit personnes pour l'atelier de Lyon.",
        86, 47, "recrutement-lyon", "https://www.example.com/carrieres",
        (PastKit(85, "Rejoignez l'atelier de Lyon", "Qu'aimez-vous dans votre travail ?", "#Recrutement",
                 "Je travaille chez Oréade : notre atelier de Lyon recrute huit techniciennes et techniciens. "
                 "Formation assurée, passion bienvenue.",
                 "I work at Oréade: our Lyon workshop is hiring eight technicians. "
                 "Training provided, passion welcome."),
         PastKit(68, "Une journée à l'atelier", "Racontez un moment de votre journée.", "#Métiers",
                 "Je travaille chez Oréade : une journée à l'atelier, c'est un diagnostic, une pièce retrouvée "
                 "et un appareil qui repart. On recrute !",
                 "I work at Oréade: a day at the workshop is a diagnosis, a part found and a device back in "
                 "use. We are hiring!"))),
    PastCampaign(
        "Bilan de l'atelier : 12 000 appareils sauvés", "Partager le bilan annuel de l'atelier.",
        43, 10, "bilan-atelier", "https://www.example.com/bilan",
        (PastKit(42, "12 000 appareils sauvés", "Quel chiffre du bilan vous rend fier ou fière ?", "#Bilan",
                 "Je travaille chez Oréade : cette année, l'atelier a sauvé 12 000 appareils de la benne.",
                 "I work at Oréade: this year the workshop saved 12,000 devices from the bin."),
         PastKit(29, "Moins de déchets, plus d'emplois", "Qu'est-ce qui a changé pour vous cette année ?",
                 "#ÉconomieCirculaire",
                 "Je travaille chez Oréade : réparer localement a créé onze emplois à l'atelier cette année.",
                 "I work at Oréade: repairing locally created eleven jobs at the workshop this year."))),
)

#: Who shares (probability of sharing a given kit, their networks in order of preference).
SHARERS = {
    "employee1@demo.test": (0.9, ("linkedin", "bluesky")),
    "employee2@demo.test": (0.85, ("mastodon", "linkedin")),
    "employee3@demo.test": (0.8, ("bluesky", "linkedin")),
    "employee4@demo.test": (0.65, ("x", "linkedin")),
    "employee5@demo.test": (0.6, ("linkedin",)),
    "employee6@demo.test": (0.55, ("linkedin", "x")),
    "employee7@demo.test": (0.45, ("mastodon",)),
    "employee8@demo.test": (0.4, ("linkedin",)),
    "employee11@demo.test": (0.7, ("linkedin",)),
    "cse1@demo.test": (0.35, ("linkedin",)),
    "cse2@demo.test": (0.3, ("mastodon",)),
}
OWN_WORDS = {
    "fr": ("J'y montre chaque jour ce que réparer veut dire : passez me voir, c'est ma fierté.",
           "Je suis au poste soudure, venez avec vos questions.",
           "Fier de faire partie de cette équipe.", "Mon anecdote préférée : un grille-pain de 1978 reparti pour 20 ans.",
           "C'est ce qui me fait lever le matin.", "Une belle aventure collective, merci à toute l'équipe !"),
    "en": ("Proud to be part of this team.", "Come and say hello at the soldering bench!",
           "This is why I love my job."),
}
HOURS = (9, 9, 10, 10, 11, 12, 12, 13, 13, 14, 15, 16, 17)


#: The kit the demo keeps waiting for compliance (review page, ``POST /api/v1/kits/<id>/approve``).
WAITING_KIT = {
    "title": "Nos conseils pour faire durer vos appareils",
    "personalisation_prompt": "Quel est votre conseil préféré ?",
    "hashtags": "#Réparation", "variants": {
        ("linkedin", "fr"): MENTION["fr"] + "Je travaille chez Oréade : trois gestes simples font durer un ordinateur "
                            "portable des années. Lequel appliquez-vous déjà ?",
        ("linkedin", "en"): MENTION["en"] + "I work at Oréade: three simple habits keep a laptop going for years. "
                            "Which one do you already follow?"}}


def keep_one_waiting(campaign: Campaign, marketer) -> bool:
    """Submit a fresh copy of the waiting kit when none of the campaign's kits waits for review (a
    re-seed after someone approved or returned it). Returns whether one was added."""
    if any(kit.status == KIT_SUBMITTED for kit in campaign.kits):
        return False
    kit = authoring.save_kit(campaign, WAITING_KIT, actor=marketer)
    review.submit(kit, actor=marketer)
    db.session.flush()
    return True


def _texts(fr: str, en: str, rewarded: bool, networks) -> dict:
    variants = {}
    for network in networks:
        for lang, base in (("fr", fr), ("en", en)):
            variants[(network, lang)] = (MENTION[lang] if rewarded else "") + base
    return variants


def _approved_kit(campaign, title, prompt, hashtags, variants, *, marketer, compliance, launch: datetime) -> Kit:
    with clock(launch - timedelta(days=1, hours=2)):
        kit = authoring.save_kit(campaign, {"title": title, "personalisation_prompt": prompt, "hashtags": hashtags,
                                            "variants": variants}, actor=marketer)
        review.submit(kit, actor=marketer)
    with clock(launch):
        review.decide(kit, "approve", reviewer=compliance, comment="Mentions conformes, merci.")
    assert kit.status == KIT_APPROVED
    return kit


def _past_campaigns(ctx, marketer, compliance, networks) -> list[tuple[Kit, datetime, datetime]]:
    kits = []
    for story in HISTORY:
        with clock(working_moment(story.start + 3, 14)):
            campaign = authoring.save_campaign({
                "name": story.name, "goal": story.goal, "brand": BRAND, "starts_at": moment(story.start, 8),
                "ends_at": moment(story.end, 20), "team_ids": [team.id for team in ctx.teams.values()],
                "networks": networks, "landing_urls": [story.landing], "utm_campaign": story.utm,
            }, actor=marketer)
        for past in story.kits:
            launch = working_moment(past.launch, 9)
            with clock(launch):
                rewarded = bool(policy_in_force().rewards)
            kit = _approved_kit(campaign, past.title, past.prompt, past.hashtags,
                                _texts(past.fr, past.en, rewarded, networks), marketer=marketer,
                                compliance=compliance, launch=launch)
            kits.append((kit, launch, campaign.ends_at))
    return kits


@anchored()  # "today" stays put while the clock is set to past moments
def seed(ctx) -> None:
    existing = db.session.scalar(select(Campaign).where(Campaign.name == NAME))
    if existing is not None:
        if existing.archived_at is None and keep_one_waiting(existing, ctx.person("marketer@demo.test")):
            ctx.log.append("campaigns: a kit waits for review again")
        return
    if policy_in_force() is None:
        ctx.log.append("campaigns: no charter in force, no demo campaign")
        return
    marketer, compliance = ctx.person("marketer@demo.test"), ctx.person("compliance@demo.test")
    networks = list(authoring.allowed_networks())
    _profiles(ctx)
    kits = _past_campaigns(ctx, marketer, compliance, networks)

    with clock(working_moment(9, 15)):
        campaign = authoring.save_campaign({
            "name": NAME, "goal": "Faire connaître l'atelier de réparation et la journée portes ouvertes.",
            "brand": BRAND, "starts_at": moment(7, 8), "ends_at": moment(-60, 20),
            "team_ids": [team.id for team in ctx.teams.values()], "networks": networks,
            "landing_urls": [LINK], "utm_campaign": "portes-ouvertes",
        }, actor=marketer)
    variants = {}
    for network in networks:
        for lang in ("fr", "en"):
            variants[(network, lang)] = MENTION[lang] + (TEXT[lang] + LONG[lang] if network in ("linkedin", "mastodon")
                                                         else SHORT[lang])
    live = _approved_kit(campaign, "L'atelier ouvre ses portes", "Qu'est-ce que cet atelier représente pour vous ? "
                         "Une anecdote, un geste, un souvenir ?", "#Réparation #Oréade", variants,
                         marketer=marketer, compliance=compliance, launch=working_moment(7, 9))
    kits.append((live, working_moment(7, 9), campaign.ends_at))

    _ideas(ctx, kits, campaign, marketer)
    shares = _shares(ctx, kits)
    _points(shares)
    _rewards(ctx, marketer)
    _notifications(ctx, kits)

    # A kit returned by compliance with comments, and one waiting for review (approved through the API).
    with clock(working_moment(5, 11)):
        returned = authoring.save_kit(campaign, {
            "title": "Gagnez un diagnostic offert", "personalisation_prompt": "Pourquoi faire réparer ?",
            "hashtags": "#Réparation", "variants": {
                ("linkedin", "fr"): MENTION["fr"] + "Je travaille chez Oréade : le meilleur atelier de France "
                                    "répare tout, garanti à vie ! Partagez pour gagner un diagnostic offert.",
                ("x", "fr"): MENTION["fr"] + "Je travaille chez Oréade : partagez ce message pour gagner un "
                             "diagnostic offert !"}}, actor=marketer)
        review.submit(returned, actor=marketer)
    with clock(working_moment(4, 10)):
        by_network = {v.network: v.id for v in returned.variants}
        review.decide(returned, "return", reviewer=compliance,
                      comment="Deux points à revoir avant publication : pas de superlatif invérifiable, et pas de "
                              "jeu-concours via les comptes personnels des salariés.",
                      variant_comments={by_network["linkedin"]: "« Le meilleur atelier de France » et « garanti à "
                                        "vie » sont des allégations à prouver : retirez-les ou citez la source.",
                                        by_network["x"]: "Un jeu-concours lié au partage est interdit par la charte "
                                        "(article Sollicitations) : proposez plutôt le diagnostic à tous."})
    with clock(working_moment(1, 16)):
        keep_one_waiting(campaign, marketer)
    db.session.flush()
    ctx.log.append(f"campaigns: {len(HISTORY) + 1} campaigns, {len(kits)} approved kits, {len(shares)} shares")


def _profiles(ctx) -> None:
    for email, (_p, chosen) in SHARERS.items():
        person = ctx.people.get(email)
        if person is None:
            continue
        profile = sharing.profile(person, create=True)
        profile.networks = list(chosen)
        handle = email.split("@")[0].replace(".", "")
        if "mastodon" in chosen:
            profile.mastodon_instance = "mastodon.social"
            profile.mastodon_account = f"{handle}demo@mastodon.social"
        if "bluesky" in chosen:
            profile.bluesky_account = f"did:plc:{handle}demo"
    db.session.flush()


def _ideas(ctx, kits, campaign, marketer) -> None:
    person = ctx.person
    past = kits[2][0].campaign  # the hiring campaign
    with clock(working_moment(95, 11)):
        video = ideas.propose(person("employee2@demo.test"), "Une réparation en 60 secondes",
                              "Une vidéo courte, filmée à l'atelier, d'une réparation du début à la fin.")
    with clock(working_moment(94, 12)):
        for number in (1, 3, 5):
            ideas.vote(person(f"employee{number}@demo.test"), video)
    with clock(working_moment(88, 10)):
        ideas.adopt(video, past, actor=marketer)
    with clock(working_moment(58, 14)):
        portraits = ideas.propose(person("employee6@demo.test"), "Portraits de techniciennes",
                                  "Montrer les femmes de l'atelier, leur parcours et leur spécialité.")
    with clock(working_moment(57, 10)):
        for number in (2, 5, 7):
            ideas.vote(person(f"employee{number}@demo.test"), portraits)
    with clock(working_moment(5, 11)):
        live = ideas.propose(person("employee2@demo.test"), "Un direct depuis l'atelier",
                             "Filmer dix minutes de réparation en direct, avec les questions des abonnés.")
    with clock(working_moment(4, 15)):
        for number in (1, 3, 6):
            ideas.vote(person(f"employee{number}@demo.test"), live)
    with clock(working_moment(3, 10)):
        adopted = ideas.propose(person("employee6@demo.test"), "Avant / après",
                                "Je travaille chez Oréade : montrer un appareil avant et après réparation, en photos.")
    with clock(working_moment(2, 11)):
        ideas.adopt(adopted, campaign, actor=marketer)


def _post_url(network: str, handle: str, serial: int) -> str:
    if network == "linkedin":
        return f"https://www.linkedin.com/feed/update/urn:li:share:72700000000{serial:08d}/"
    if network == "x":
        return f"https://x.com/{handle}demo/status/18600000000{serial:08d}"
    if network == "bluesky":
        return f"https://bsky.app/profile/{handle}demo.bsky.social/post/3lbdemo{serial:06d}"
    return f"https://mastodon.social/@{handle}demo/1135000000{serial:08d}"


class _Charter:
    """Versions in force, their policies and who accepted them when (read once)."""

    def __init__(self):
        self.versions = db.session.scalars(select(CharterVersion).where(CharterVersion.status == ADOPTED)
                                           .order_by(CharterVersion.effective_from)).all()
        self.policies = {v.id: policy_of(v) for v in self.versions}
        self.accepted = {(a.person_id, a.version_id): a.accepted_at
                         for a in db.session.scalars(select(CharterAcceptance))}

    def version_at(self, at: datetime):
        current = None
        for version in self.versions:
            if version.effective_from <= at:
                current = version
        return current

    def policy_at(self, at: datetime):
        version = self.version_at(at)
        return self.policies.get(version.id) if version is not None else None

    def quiet(self, at: datetime) -> bool:
        policy = self.policy_at(at)
        return policy is None or policy.quiet_hours.covers(at.astimezone(zone()))

    def may_take_part(self, person_id: int, at: datetime) -> bool:
        version = self.version_at(at)
        accepted = self.accepted.get((person_id, version.id)) if version is not None else None
        return accepted is not None and accepted <= at


def _shares(ctx, kits) -> list[Share]:
    """Each sharer's posts for each kit, on working days after its launch (bulk insert)."""
    rng = random.Random(20261129)
    rules = _Charter()
    consents = Timeline(("program", "post_metrics"))
    now = utcnow()
    rows, serial = [], 0
    for kit, launch, ends_at in kits:
        variants = {(v.network, v.lang): v for v in kit.variants}
        with clock(launch):  # the disclosure rules of the charter in force then (rewards or not)
            context = voice.context_for(kit.campaign)
        for email, (propensity, preferred) in SHARERS.items():
            person = ctx.people.get(email)
            if person is None or rng.random() > propensity:
                continue
            at = launch + timedelta(days=min(int(rng.expovariate(0.3)), 12))
            at = datetime.combine(at.astimezone(zone()).date(), datetime.min.time(), tzinfo=zone()).replace(
                hour=rng.choice(HOURS), minute=rng.randrange(60))
            tries = 0
            while rules.quiet(at) and tries < 10:  # weekends, holidays, evenings: the next working day
                at, tries = at + timedelta(days=1), tries + 1
            at = at.astimezone(now.tzinfo)
            if rules.quiet(at) or at >= ends_at or at >= now - timedelta(hours=2) \
                    or not consents.given(person.id, "program", at) or not rules.may_take_part(person.id, at):
                continue
            chosen = preferred[:2] if len(preferred) > 1 and rng.random() < 0.35 else preferred[:1]
            for offset, network in enumerate(chosen):
                variant = variants.get((network, person.language)) or variants.get((network, "fr"))
                if variant is None:
                    continue
                when = at + timedelta(minutes=17 * offset)
                lang = variant.lang
                own = rng.choice(OWN_WORDS[lang]) if rng.random() < 0.55 else ""
                start = sharing.starting_text(variant)
                text = start + (f"\n\n{own}" if own else "")
                outcome = voice.check_text(text, network, lang, context)
                if outcome.blocks:
                    continue
                serial += 1
                handle = email.split("@")[0].replace(".", "")
                url = validate_post_url(network, _post_url(network, handle, serial),
                                        "mastodon.social" if network == "mastodon" else None)
                measured_now = consents.given_now(person.id, "post_metrics")
                rows.append({
                    "person_id": person.id, "kit_variant_id": variant.id, "network": network, "url": url,
                    "post_key": post_key(network, url), "text": text,
                    "status": SHARE_TRACKED if measured_now and consents.given(person.id, "post_metrics", when)
                    else SHARE_STOPPED if not measured_now else SHARE_PENDING,
                    "authenticity": voice.authenticity(text, start), "check_verdict": outcome.verdict,
                    "instance": "mastodon.social" if network == "mastodon" else None,
                    "created_at": when - timedelta(minutes=4), "registered_at": when, "updated_at": when})
    if not rows:
        return []
    ids = db.session.scalars(insert(Share).returning(Share.id), rows).all()
    return db.session.scalars(select(Share).where(Share.id.in_(ids)).order_by(Share.registered_at)).all()


def _points(shares) -> None:
    """Points under the version in force when each post was registered (none under version 1), then
    the progression badges on the day they were reached."""
    rules = _Charter()
    rows, counts, badges, awarded = [], {}, [], set()
    for share in shares:
        version = rules.version_at(share.registered_at)
        rewarded = bool(rules.policies[version.id].rewards)
        applied = ["share_registered"] + (["personalised"] if share.authenticity >= MIN_OWN_WORDS_FOR_POINTS else [])
        for rule in applied:
            rows.append({"person_id": share.person_id, "rule": rule, "ref": f"share:{share.id}",
                         "points": RULES[rule].points if rewarded else 0, "charter_version_id": version.id,
                         "redeemable": rewarded, "pending": False, "created_at": share.registered_at})
        mine = counts.setdefault(share.person_id, {"shares": 0, "personalised": 0, "ideas": 0})
        mine["shares"] += 1
        mine["personalised"] += len(applied) - 1
        for badge in gamification.BADGES:
            if mine[badge.rule] >= badge.threshold and (share.person_id, badge.code) not in awarded:
                awarded.add((share.person_id, badge.code))
                badges.append({"person_id": share.person_id, "code": badge.code, "awarded_at": share.registered_at})
    if rows:
        db.session.execute(insert(PointEntry), rows)
    have = set(db.session.execute(select(Badge.person_id, Badge.code)).all())
    fresh = [b for b in badges if (b["person_id"], b["code"]) not in have]
    if fresh:
        db.session.execute(insert(Badge), fresh)
    db.session.flush()


def _rewards(ctx, marketer) -> None:
    with clock(working_moment(43, 14)):
        if not gamification.rewards_open():
            return
        donation = gamification.save_reward({"name": "Don de 20 € à une association de réemploi", "cost": 30,
                                             "description": "Versé au nom du programme, chaque trimestre."},
                                            actor=marketer)
        book = gamification.save_reward({"name": "Livre « Réparer le monde »", "cost": 40, "stock": 10,
                                         "description": "Un exemplaire dédicacé par l'atelier."}, actor=marketer)
        gamification.save_reward({"name": "Une demi-journée de bénévolat sur le temps de travail", "cost": 80,
                                  "description": "Dans une association partenaire, au choix."}, actor=marketer)
    for email, reward, asked, decided in (("employee1@demo.test", donation, 16, 15),
                                          ("employee3@demo.test", book, 9, 8),
                                          ("employee2@demo.test", donation, 3, None)):
        person = ctx.people.get(email)
        if person is None:
            continue
        with clock(working_moment(asked, 12, 30)):
            if gamification.earned(person.id) - gamification.held(person.id) < reward.cost:
                continue
            redemption = gamification.request_redemption(person, reward)
        if decided is not None:
            with clock(working_moment(decided, 10)):
                gamification.decide_redemption(redemption, True, actor=marketer, note="Merci pour votre engagement !")


def _notifications(ctx, kits) -> None:
    """New-kit notifications at each launch, as ``notify.dispatch`` would have sent them then."""
    rules = _Charter()
    consents = Timeline(("notifications",))
    people = db.session.scalars(select(Person).where(Person.team_id.is_not(None)).order_by(Person.id)).all()
    sent: dict[int, list[datetime]] = {}
    for kit, launch, _ends in kits:
        policy = rules.policy_at(launch)
        for person in people:
            if not consents.given(person.id, "notifications", launch) or rules.quiet(launch):
                continue
            recent = [at for at in sent.get(person.id, []) if launch - at < timedelta(days=7)]
            if len(recent) >= policy.max_solicitations_per_week:
                continue
            with clock(launch):
                note = notify.notify_new_kit(person, kit, launch)
                notify.record_solicitation(person, launch, notify.KIND_NEW_KIT, policy)
            if utcnow() - launch > timedelta(days=3):
                note.read_at = launch + timedelta(hours=3)
            sent.setdefault(person.id, []).append(launch)
        kit.notified_at = launch
    db.session.flush()
    # The history's e-mails went out at the time (the outbox keeps only what is still to send).
    db.session.execute(update(OutboxMail).where(OutboxMail.status == "queued").values(status="sent",
                                                                                     sent_at=OutboxMail.created_at))
    db.session.flush()
