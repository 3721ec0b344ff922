"""The employee side: who sees kits, the feed, personal voice, share links and "I published it"."""
from __future__ import annotations

from datetime import datetime

from flask_babel import gettext as _
from sqlalchemy import select
from sqlalchemy.orm import contains_eager, selectinload

from advocacy.audit.services import record
from advocacy.campaigns import networks, voice
from advocacy.campaigns.errors import Invalid, NotAllowed
from advocacy.campaigns.models import (
    KIT_APPROVED,
    SHARE_PENDING,
    SHARE_PREPARED,
    Campaign,
    CampaignTeam,
    Kit,
    KitVariant,
    Share,
    ShareProfile,
)
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db

MIN_OWN_WORDS_FOR_POINTS = 0.3


def is_member(person, at: datetime | None = None) -> bool:
    """Joined the program (``program`` purpose) and accepted the charter in force."""
    from advocacy.charter.services import has_accepted_current
    from advocacy.consent.services import has_consent

    return bool(person is not None and person.is_active and has_consent(person, "program", at)
                and has_accepted_current(person))


def membership_problem(person) -> str | None:
    """Why this person gets no kit (a message id for the page), or None."""
    from advocacy.charter.services import has_accepted_current, policy_in_force
    from advocacy.consent.services import has_consent

    if policy_in_force() is None:
        return "no_charter"
    if not has_accepted_current(person):
        return "charter_not_accepted"
    if not has_consent(person, "program"):
        return "not_joined"
    return None


def require_member(person) -> None:
    problem = membership_problem(person)
    if problem == "no_charter":
        raise NotAllowed("no_charter", _("No charter is in force: the program is paused."))
    if problem == "charter_not_accepted":
        raise NotAllowed("charter_not_accepted", _("Read and accept the charter in force to take part."))
    if problem == "not_joined":
        raise NotAllowed("not_joined", _("Join the program to see kits and share them."))


def profile(person, create: bool = False) -> ShareProfile | None:
    row = db.session.get(ShareProfile, person.id)
    if row is None and create:
        row = ShareProfile(person_id=person.id)
        db.session.add(row)
    return row


def set_mastodon_instance(person, raw: str) -> str:
    try:
        instance = networks.normalise_instance(raw)
    except networks.InvalidUrl as exc:
        # An on-premises server named in ADVOCACY_OUTBOUND_ALLOW (host:port) is accepted as is.
        candidate = (raw or "").strip().rstrip("/")
        url = candidate if "://" in candidate else f"http://{candidate}"
        if not candidate or " " in candidate or not networks._allow_listed(url):
            raise Invalid({"instance": str(exc)}, code=exc.code) from None
        from urllib.parse import urlsplit

        instance = urlsplit(url).netloc.lower()
    profile(person, create=True).mastodon_instance = instance
    db.session.flush()
    return instance


def set_my_networks(person, chosen) -> list[str]:
    """The networks this person uses (the feed shows only these; none chosen = all)."""
    from advocacy.campaigns.models import NETWORKS

    wanted = [n for n in NETWORKS if n in set(chosen or ())]
    profile(person, create=True).networks = wanted
    db.session.flush()
    return wanted


def live_kits_for(person, at: datetime | None = None) -> list[Kit]:
    """Live kits of the person's team (none unless they are a member)."""
    if person.team_id is None or not is_member(person, at):  # at=None: the request's cached consents
        return []
    at = at or utcnow()
    stmt = (select(Kit).join(Campaign, Kit.campaign_id == Campaign.id)
            .join(CampaignTeam, CampaignTeam.campaign_id == Campaign.id)
            .where(Kit.status == KIT_APPROVED, CampaignTeam.team_id == person.team_id,
                   Campaign.archived_at.is_(None), Campaign.starts_at <= at, Campaign.ends_at > at)
            .options(contains_eager(Kit.campaign), selectinload(Kit.variants), selectinload(Kit.images))
            .order_by(Campaign.ends_at, Kit.id))
    return list(db.session.scalars(stmt).unique())


def feed(person, at: datetime | None = None) -> list[tuple[Kit, list[KitVariant]]]:
    """``[(kit, variants)]``: variants on the campaign's (charter-allowed) networks, the person's language first."""
    from advocacy.campaigns.authoring import allowed_networks

    kits = live_kits_for(person, at)
    if not kits:
        return []
    rows = []
    allowed = set(allowed_networks())  # the charter in force: once, not per kit
    own = profile(person)
    mine = set(own.networks or ()) if own is not None else set()
    for kit in kits:
        usable = allowed.intersection(kit.campaign.networks)
        if mine:
            usable &= mine
        variants = [v for v in kit.variants if v.network in usable]
        variants.sort(key=lambda v: (v.network, v.lang != person.language, v.lang))
        if variants:
            rows.append((kit, variants))
    return rows


def variant_for(person, variant_id: int, at: datetime | None = None) -> KitVariant:
    """The variant if it is live and meant for this person; ``NotAllowed`` otherwise."""
    require_member(person)
    variant = db.session.get(KitVariant, variant_id) if 0 < variant_id < 2**31 else None
    if variant is None:
        raise NotAllowed("not_found", _("This kit variant does not exist."))
    for kit, variants in feed(person, at):
        if variant in variants:
            return variant
    raise NotAllowed("not_for_you", _("This kit is not live for you."))


def starting_text(variant: KitVariant) -> str:
    """The variant with the kit's hashtags (those not already in it): where the employee starts."""
    missing = [tag for tag in variant.kit.hashtags or () if tag.casefold() not in variant.text.casefold()]
    return f"{variant.text}\n\n{' '.join(missing)}" if missing else variant.text


def check_share_text(variant: KitVariant, text: str) -> voice.CheckOutcome:
    context = voice.context_for(variant.kit.campaign, employee=True, images=variant.kit.images)
    return voice.check_text(text, variant.network, variant.lang, context, link=variant.kit.link)


def tracked_link(share: Share) -> str | None:
    """The share's tracked link (tracking domain), else the kit's campaign link."""
    try:
        from advocacy.tracking.services import ensure_tracked_link
    except ImportError:
        return share.variant.kit.link
    return ensure_tracked_link(share)


def prepare_share(person, variant: KitVariant, text: str) -> Share:
    """Store the employee's final text (checked) as a ``prepared`` share with its tracked link."""
    from advocacy.campaigns.authoring import plain

    require_member(person)
    text = plain(text, 10000)
    if not text:
        raise Invalid({"text": _("Write your post.")}, code="text_missing")
    outcome = check_share_text(variant, text)
    if outcome.blocks:
        raise Invalid({"text": _("Your text fails the disclosure check: see the findings.")},
                      code="check_failed", findings=outcome.findings, suggested_text=outcome.suggested_text,
                      verdict=outcome.verdict)
    share = Share(person_id=person.id, kit_variant_id=variant.id, network=variant.network, text=text,
                  status=SHARE_PREPARED, check_verdict=outcome.verdict,
                  authenticity=voice.authenticity(text, starting_text(variant)), created_at=utcnow())
    if variant.network == "mastodon":
        own = profile(person)
        share.instance = own.mastodon_instance if own else None
    db.session.add(share)
    db.session.flush()
    share.variant = variant
    tracked_link(share)
    record("campaigns.share_prepared", actor=person, object_type="share", object_id=share.id,
           details={"variant": variant.id, "network": variant.network, "verdict": outcome.verdict,
                    "authenticity": share.authenticity})
    return share


def share_url(share: Share) -> str:
    """The link that opens the network's composer (raises ``InvalidUrl`` for Mastodon without instance)."""
    instance = share.instance
    if share.network == "mastodon" and not instance:
        own = db.session.get(ShareProfile, share.person_id)
        instance = own.mastodon_instance if own else None
    return networks.share_link(share.network, share.text, tracked_link(share), instance)


def register_post(person, share: Share, url: str) -> Share:
    """"I published it": validate the post URL for the share's network, then wait for tracking."""
    if share.person_id != person.id:
        raise NotAllowed("not_found", _("This share does not exist."))
    if share.status != SHARE_PREPARED:
        raise Invalid({"url": _("This post is already registered.")}, code="already_registered")
    instance = None
    if share.network == "mastodon":
        own = profile(person)
        instance = own.mastodon_instance if own else None
    try:
        clean = networks.validate_post_url(share.network, url, instance)
    except networks.InvalidUrl as exc:
        raise Invalid({"url": str(exc)}, code=exc.code) from None
    taken = db.session.scalar(select(Share.id).where(Share.url == clean, Share.id != share.id))
    if taken:
        raise Invalid({"url": _("This post is already registered.")}, code="duplicate_url")
    if share.network == "mastodon" and instance is None:
        host = clean.split("/")[2]
        profile(person, create=True).mastodon_instance = host
        share.instance = host
    share.url = clean
    share.status = SHARE_PENDING
    share.registered_at = utcnow()
    db.session.flush()
    record("campaigns.share_registered", actor=person, object_type="share", object_id=share.id,
           details={"network": share.network})
    from advocacy.campaigns.gamification import award_for_share

    award_for_share(share)
    try:
        from advocacy.tracking.services import schedule_polls
    except ImportError:
        schedule_polls = None
    if schedule_polls is not None:
        schedule_polls(share)
    return share


def register_share(person, variant: KitVariant, network: str, url: str, text: str) -> Share:
    """Prepare and register in one step (the API's ``POST /shares``); all or nothing."""
    if network != variant.network:
        raise Invalid({"network": _("This variant is for %(network)s.",
                                    network=networks.LABELS.get(variant.network, variant.network))},
                      code="wrong_network")
    instance = None
    if network == "mastodon":
        own = profile(person)
        instance = own.mastodon_instance if own else None
    try:
        networks.validate_post_url(network, url, instance)
    except networks.InvalidUrl as exc:
        raise Invalid({"url": str(exc)}, code=exc.code) from None
    with db.session.begin_nested():
        share = prepare_share(person, variant, text)
        register_post(person, share, url)
    return share
