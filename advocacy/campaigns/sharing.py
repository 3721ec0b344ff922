"""The employee side: who sees kits, the feed, personal voice, share links and "I published it"."""
from __future__ import annotations

from datetime import datetime

from flask import current_app
from flask_babel import gettext as _
from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import contains_eager, selectinload

from advocacy.core.routing import MAX_ID
from advocacy.core.audit import record
from advocacy.campaigns import instances, networks, voice
from advocacy.campaigns.errors import Invalid, NotAllowed
from advocacy.campaigns.membership import is_member, require_member
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
from advocacy.campaigns.review import awaiting_recheck
from advocacy.charter.services import version_in_force
from advocacy.core import signals
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db
from advocacy.campaigns.authoring import allowed_networks
from advocacy.campaigns.authoring import plain
from advocacy.campaigns.ownership import url_author
from advocacy.accounts.services import handles_of
from urllib.parse import urlsplit

#: Share registrations per person (API and page together); ``SHARE_RATE_LIMIT`` in the app config overrides.
SHARE_RATE_LIMIT = "10 per minute;60 per day"


def share_rate_limit() -> str:
    return current_app.config.get("SHARE_RATE_LIMIT", SHARE_RATE_LIMIT)


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

        instance = urlsplit(url).netloc.lower()
    profile(person, create=True).mastodon_instance = instance
    db.session.flush()
    return instance


def usable_networks() -> dict[str, str]:
    """code → label of the networks people may use: those the product supports and the charter
    in force allows (a network removed from the charter disappears from every page)."""
    allowed = set(allowed_networks())
    return {code: label for code, label in networks.LABELS.items() if code in allowed}


def my_networks(person) -> tuple[set[str], bool]:
    """(the networks the person said they use that the charter still allows, whether some of the
    ones they chose were removed from the charter)."""
    own = profile(person)
    chosen = set(own.networks or ()) if own is not None else set()
    usable = chosen & set(usable_networks())
    return usable, bool(chosen - usable)


def set_my_networks(person, chosen) -> list[str]:
    """The networks this person uses (the feed shows only these; none chosen = all), among those
    the charter in force allows."""
    allowed = usable_networks()
    wanted = [n for n in allowed if n in set(chosen or ())]
    profile(person, create=True).networks = wanted
    db.session.flush()
    return wanted


def add_my_network(person, network: str, **_extra) -> None:
    """The person linked an account on ``network``: it becomes one of the networks they use (when they
    chose some and the charter allows it), so that its kit variants show and can be published."""
    own = profile(person)
    if own is None or not own.networks or network in own.networks or network not in usable_networks():
        return
    own.networks = [*own.networks, network]
    db.session.flush()


def network_still_allowed(network: str) -> bool:
    return network in usable_networks()


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


def paused_kits_for(person, at: datetime | None = None) -> list[Kit]:
    """Kits of the person's running campaigns that a rule change paused (re-check pending, or back
    in review after it): shown as paused, never as a failure the employee would have to fix."""
    if person.team_id is None or not is_member(person, at):
        return []
    at = at or utcnow()
    current = version_in_force(at)
    stmt = (select(Kit).join(Campaign, Kit.campaign_id == Campaign.id)
            .join(CampaignTeam, CampaignTeam.campaign_id == Campaign.id)
            .where(CampaignTeam.team_id == person.team_id, Campaign.archived_at.is_(None),
                   Campaign.starts_at <= at, Campaign.ends_at > at,
                   or_(Kit.status == KIT_APPROVED, Kit.paused_at.is_not(None)))
            .options(contains_eager(Kit.campaign)).order_by(Campaign.ends_at, Kit.id))
    return [kit for kit in db.session.scalars(stmt).unique() if is_paused(kit, current.id if current else None)]


def is_paused(kit: Kit, version_id: int | None) -> bool:
    """Waiting for a re-check under the charter in force, or sent back to review by one."""
    return awaiting_recheck(kit, version_id) or (kit.paused_at is not None and kit.status != KIT_APPROVED)


def feed(person, at: datetime | None = None) -> list[tuple[Kit, list[KitVariant]]]:
    """``[(kit, variants)]``: variants on the campaign's (charter-allowed) networks, the person's language
    first; kits waiting for a re-check after a charter change are left out (``paused_kits_for``)."""
    kits = live_kits_for(person, at)
    if not kits:
        return []
    current = version_in_force(at)
    kits = [kit for kit in kits if not awaiting_recheck(kit, current.id if current else None)]
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
    variant = db.session.get(KitVariant, variant_id) if 0 < variant_id <= MAX_ID else None
    if variant is None:
        raise NotAllowed("not_found", _("This kit variant does not exist."), field="kit_variant_id")
    for kit, variants in feed(person, at):
        if variant in variants:
            return variant
    if variant.kit in paused_kits_for(person, at):
        raise NotAllowed("kit_paused", _("This kit is paused while it is reviewed again after a change of the "
                                         "rules. Nothing to do on your side: it comes back once reviewed."))
    # Not live for this person: as if it did not exist (404), without saying whether it does.
    raise NotAllowed("not_found", _("This kit is not live for you."), field="kit_variant_id")


def starting_text(variant: KitVariant) -> str:
    """The variant with the kit's hashtags (those not already in it): where the employee starts."""
    missing = [tag for tag in variant.kit.hashtags or () if tag.casefold() not in variant.text.casefold()]
    return f"{variant.text}\n\n{' '.join(missing)}" if missing else variant.text


def post_limit(person, network: str) -> int:
    """The person's post limit on ``network``: on Mastodon their server's own, else the network's."""
    if network == "mastodon":
        own = profile(person) if person is not None else None
        return instances.post_limit(own.mastodon_instance if own else None)
    return networks.LIMITS[network]


def check_share_text(variant: KitVariant, text: str, person=None) -> voice.CheckOutcome:
    """The checker's verdict on the text the person will share (their Mastodon server's limit)."""
    context = voice.context_for(variant.kit.campaign, employee=True, images=variant.kit.images)
    limit = post_limit(person, variant.network) if variant.network == "mastodon" else None
    return voice.check_text(text, variant.network, variant.lang, context, link=variant.kit.link, limit=limit)


def tracked_link(share: Share) -> str | None:
    """The share's tracked link (the tracking domain answers ``share_link_wanted``), else the kit's link."""
    return signals.first_answer(signals.share_link_wanted, share, default=share.variant.kit.link)


def prepare_share(person, variant: KitVariant, text: str) -> Share:
    """Store the employee's final text (checked) as a ``prepared`` share with its tracked link."""
    require_member(person)
    text = plain(text, 10000)
    if not text:
        raise Invalid({"text": _("Write your post.")}, code="text_missing")
    outcome = check_share_text(variant, text, person)
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


def _instance_for(person, network: str, linked: set[str]) -> str | None:
    """The Mastodon server a pasted address must be on: none to compare when accounts are linked
    (the address must then name one of them), else the server the person declared."""
    if network != "mastodon" or linked:
        return None
    own = profile(person)
    return own.mastodon_instance if own else None


def _require_linked_author(network: str, clean_url: str, linked: set[str]) -> None:
    """On a network where the person linked accounts, a registered address must be one of theirs."""
    if not linked:
        return
    author = url_author(network, clean_url)
    if author is not None and author not in linked:
        raise Invalid({"url": _("This post is not from your linked account (%(accounts)s).",
                                accounts=", ".join("@" + h for h in sorted(linked)))}, code="not_your_account")


def register_post(person, share: Share, url: str) -> Share:
    """"I published it": validate the post URL for the share's network, then wait for tracking."""
    if share.person_id != person.id:
        raise NotAllowed("not_found", _("This share does not exist."))
    if share.status != SHARE_PREPARED:
        raise Invalid({"url": _("This post is already registered.")}, code="already_registered")
    if not network_still_allowed(share.network):
        raise NotAllowed("network_not_allowed", _("%(network)s is no longer allowed by the charter in force: this "
                                                  "post cannot be registered for the program.",
                                                  network=networks.LABELS.get(share.network, share.network)))
    linked = handles_of(person.id, share.network)
    instance = _instance_for(person, share.network, linked)
    try:
        clean = networks.validate_post_url(share.network, url, instance)
    except networks.InvalidUrl as exc:
        raise Invalid({"url": str(exc)}, code=exc.code) from None
    _require_linked_author(share.network, clean, linked)
    key = networks.post_key(share.network, clean)
    taken = db.session.scalar(select(Share.id).where(Share.post_key == key, Share.id != share.id))
    if taken:
        raise Invalid({"url": _("This post is already registered.")}, code="duplicate_url")
    if share.network == "mastodon" and instance is None:
        host = clean.split("/")[2]
        profile(person, create=True).mastodon_instance = host
        share.instance = host
    share.url = clean
    share.post_key = key
    share.status = SHARE_PENDING
    share.registered_at = utcnow()
    try:
        with db.session.begin_nested():
            db.session.flush()
    except IntegrityError:  # registered by someone else at the same moment
        raise Invalid({"url": _("This post is already registered.")}, code="duplicate_url") from None
    record("campaigns.share_registered", actor=person, object_type="share", object_id=share.id,
           details={"network": share.network})
    signals.share_registered.send(share)  # tracking schedules the polls, gamification awards points
    return share


def register_share(person, variant: KitVariant, network: str, url: str, text: str) -> Share:
    """Prepare and register in one step (the API's ``POST /shares``); all or nothing."""
    if network != variant.network:
        raise Invalid({"network": _("This variant is for %(network)s.",
                                    network=networks.LABELS.get(variant.network, variant.network))},
                      code="wrong_network")
    linked = handles_of(person.id, network)
    try:
        clean = networks.validate_post_url(network, url, _instance_for(person, network, linked))
    except networks.InvalidUrl as exc:
        raise Invalid({"url": str(exc)}, code=exc.code) from None
    _require_linked_author(network, clean, linked)
    with db.session.begin_nested():
        share = prepare_share(person, variant, text)
        register_post(person, share, url)
    return share
