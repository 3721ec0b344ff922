"""Campaign and kit authoring (marketers): validation, all or nothing, audited."""
from __future__ import annotations

import regex
from flask_babel import gettext as _
from sqlalchemy import select

from advocacy.core.audit import record
from advocacy.auth.models import Team
from advocacy.campaigns import images as image_store
from advocacy.campaigns import networks
from advocacy.campaigns.errors import Invalid
from advocacy.campaigns.models import KIT_DRAFT, LANGS, SHARE_NETWORKS, Campaign, Kit, KitImage, KitVariant
from advocacy.extensions import db
from advocacy.charter.services import policy_in_force

_HASHTAG = regex.compile(r"^#[\p{L}\p{N}_]{1,100}$")
_CONTROL = regex.compile(r"[\p{Cc}--[\n\t]]", regex.V1)
MAX_HASHTAGS = 10
MAX_LINKS = 5


def plain(text: str | None, limit: int | None = None) -> str:
    """Plain text as typed: control characters removed, line ends normalised (escaped at display)."""
    value = _CONTROL.sub("", (text or "").replace("\r\n", "\n").replace("\r", "\n")).strip()
    return value[:limit] if limit else value


def allowed_networks() -> tuple[str, ...]:
    """Networks a campaign may use: ours, within the charter in force's allowed networks."""
    policy = policy_in_force()
    if policy is None:
        return SHARE_NETWORKS
    return tuple(n for n in SHARE_NETWORKS if n in set(policy.allowed_networks))


def rewards_in_charter() -> bool:
    policy = policy_in_force()
    return bool(policy and policy.rewards)


def save_campaign(data: dict, *, actor, campaign: Campaign | None = None) -> Campaign:
    """Create or update a campaign from ``data`` (name, goal, brand, starts_at, ends_at, team_ids,
    networks, landing_urls, consideration). Raises ``Invalid`` listing every problem."""
    errors: dict[str, str] = {}
    name = plain(data.get("name"), 160)
    if not name:
        errors["name"] = _("Give the campaign a name.")
    starts_at, ends_at = data.get("starts_at"), data.get("ends_at")
    if starts_at is None:
        errors["starts_at"] = _("Give a start date.")
    if ends_at is None:
        errors["ends_at"] = _("Give an end date.")
    elif starts_at is not None and ends_at <= starts_at:
        errors["ends_at"] = _("The end must come after the start.")
    team_ids = sorted({int(t) for t in data.get("team_ids") or ()})
    if not team_ids:
        errors["team_ids"] = _("Target at least one team.")
    elif len(db.session.scalars(select(Team.id).where(Team.id.in_(team_ids))).all()) != len(team_ids):
        errors["team_ids"] = _("Unknown team.")
    wanted = list(dict.fromkeys(data.get("networks") or ()))
    allowed = allowed_networks()
    if not wanted:
        errors["networks"] = _("Choose at least one network.")
    elif any(n not in allowed for n in wanted):
        errors["networks"] = _("The charter in force allows only: %(networks)s.",
                               networks=", ".join(networks.LABELS[n] for n in allowed) or "—")
    utm = networks.slugify(data.get("utm_campaign") or name)
    links = []
    for raw in [u for u in (data.get("landing_urls") or ()) if u and u.strip()][:MAX_LINKS]:
        try:
            links.append(networks.campaign_link(raw, utm))
        except networks.InvalidUrl as exc:
            errors["landing_urls"] = f"{raw.strip()[:80]}: {exc}"
            break
    if not links and "landing_urls" not in errors:
        errors["landing_urls"] = _("Give at least one landing URL.")
    if errors:
        raise Invalid(errors)
    creating = campaign is None
    if creating:
        campaign = Campaign(created_by_id=getattr(actor, "id", None))
        db.session.add(campaign)
    campaign.name = name
    campaign.goal = plain(data.get("goal"), 4000)
    campaign.brand = plain(data.get("brand"), 120)
    campaign.starts_at, campaign.ends_at = starts_at, ends_at
    campaign.networks = wanted
    campaign.landing_urls = links
    campaign.utm_campaign = utm
    campaign.consideration = bool(data.get("consideration")) or rewards_in_charter()
    db.session.flush()
    campaign.set_teams(team_ids)
    db.session.flush()
    record("campaigns.campaign_created" if creating else "campaigns.campaign_updated", actor=actor,
           object_type="campaign", object_id=campaign.id,
           details={"name": name, "teams": team_ids, "networks": wanted, "consideration": campaign.consideration,
                    "starts_at": starts_at.isoformat(), "ends_at": ends_at.isoformat()})
    return campaign


def parse_hashtags(raw) -> list[str]:
    items = raw.replace(",", " ").split() if isinstance(raw, str) else list(raw or ())
    tags = []
    for item in items:
        tag = item if item.startswith("#") else f"#{item}"
        if not _HASHTAG.match(tag):
            raise Invalid({"hashtags": _("“%(tag)s” is not a hashtag (letters, digits and _ only).", tag=item[:40])})
        if tag not in tags:
            tags.append(tag)
    if len(tags) > MAX_HASHTAGS:
        raise Invalid({"hashtags": _("At most %(n)d hashtags.", n=MAX_HASHTAGS)})
    return tags


def save_kit(campaign: Campaign, data: dict, *, actor, kit: Kit | None = None) -> Kit:
    """Create or update a draft kit: title, personalisation_prompt, hashtags, links, variants
    (``{(network, lang): text}``; an empty text removes the variant)."""
    if kit is not None and not kit.editable:
        raise Invalid({"status": _("Only a draft or returned kit can be edited.")}, code="not_editable")
    errors: dict[str, str] = {}
    title = plain(data.get("title"), 160)
    if not title:
        errors["title"] = _("Give the kit a title.")
    try:
        hashtags = parse_hashtags(data.get("hashtags") or "")
    except Invalid as exc:
        errors.update(exc.errors)
        hashtags = []
    links = []
    raw_links = [u for u in (data.get("links") or ()) if u and u.strip()] or list(campaign.landing_urls[:1])
    for raw in raw_links[:MAX_LINKS]:
        try:
            links.append(networks.campaign_link(raw, campaign.utm_campaign))
        except networks.InvalidUrl as exc:
            errors["links"] = f"{raw.strip()[:80]}: {exc}"
            break
    variants = {}
    for (network, lang), text in (data.get("variants") or {}).items():
        text = plain(text, 10000)
        if not text:
            continue
        key = f"variant-{network}-{lang}"
        if network not in campaign.networks:
            errors[key] = _("This campaign does not use %(network)s.", network=networks.LABELS.get(network, network))
        elif lang not in LANGS:
            errors[key] = _("Unknown language.")
        elif networks.over_limit(network, text, links[0] if links else None):
            errors[key] = _("%(excess)d characters over the %(network)s limit of %(limit)d (the link counts).",
                            excess=networks.over_limit(network, text, links[0] if links else None),
                            network=networks.LABELS[network], limit=networks.LIMITS[network])
        variants[(network, lang)] = text
    if not variants and not errors:
        errors["variants"] = _("Write at least one post variant.")
    if errors:
        raise Invalid(errors)
    creating = kit is None
    if creating:
        kit = Kit(campaign=campaign, status=KIT_DRAFT, created_by_id=getattr(actor, "id", None),
                  idea_id=data.get("idea_id"))
        db.session.add(kit)
    kit.title = title
    kit.personalisation_prompt = plain(data.get("personalisation_prompt"), 1000)
    kit.hashtags = hashtags
    kit.links = links
    existing = {(v.network, v.lang): v for v in kit.variants}
    for key, variant in existing.items():
        if key not in variants:
            kit.variants.remove(variant)
    for (network, lang), text in variants.items():
        variant = existing.get((network, lang))
        if variant is None:
            kit.variants.append(KitVariant(network=network, lang=lang, text=text))
        elif variant.text != text:
            variant.text, variant.check_verdict = text, ""
    db.session.flush()
    record("campaigns.kit_created" if creating else "campaigns.kit_updated", actor=actor, object_type="kit",
           object_id=kit.id, details={"campaign": campaign.id, "variants": sorted(f"{n}/{l}" for n, l in variants)})
    return kit


def add_image(kit: Kit, data: bytes, *, filename: str, alt_text: str, retouched: bool, virtual: bool,
              actor) -> KitImage:
    if not kit.editable:
        raise Invalid({"image": _("Only a draft or returned kit can be edited.")}, code="not_editable")
    errors = {}
    alt = plain(alt_text, 1000)
    if not alt:
        errors["alt_text"] = _("Describe the image for people who cannot see it (alternative text).")
    try:
        found = image_store.check(data)
    except image_store.ImageError as exc:
        errors["image"] = str(exc)
    if errors:
        raise Invalid(errors)
    stored, digest = image_store.store(found)
    try:
        image = KitImage(kit=kit, stored_name=stored, original_name=plain(filename, 255),
                         content_type=found.content_type, size=len(found.data), width=found.width,
                         height=found.height, sha256=digest, alt_text=alt, retouched=bool(retouched),
                         virtual=bool(virtual))
        db.session.add(image)
        db.session.flush()
        record("campaigns.kit_image_added", actor=actor, object_type="kit", object_id=kit.id,
               details={"image": image.id, "type": found.content_type, "size": len(found.data),
                        "retouched": image.retouched, "virtual": image.virtual})
    except Exception:
        image_store.remove(stored)
        raise
    return image


def remove_image(image: KitImage, *, actor) -> None:
    if not image.kit.editable:
        raise Invalid({"image": _("Only a draft or returned kit can be edited.")}, code="not_editable")
    record("campaigns.kit_image_removed", actor=actor, object_type="kit", object_id=image.kit_id,
           details={"image": image.id})
    stored = image.stored_name
    db.session.delete(image)
    db.session.flush()
    image_store.remove(stored)
