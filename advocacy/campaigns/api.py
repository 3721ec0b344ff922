"""``/api/v1`` — campaigns and kits for me, shares, my points, the rewards catalogue."""
from __future__ import annotations

from flask import g
from flask_smorest import Blueprint
from marshmallow import Schema, fields, validate

from advocacy.api.errors import ApiError
from advocacy.auth.roles import COMPLIANCE, EMPLOYEE, HR, MARKETER, api_roles
from advocacy.campaigns import gamification, sharing
from advocacy.campaigns.errors import Invalid, NotAllowed
from advocacy.campaigns.models import NETWORKS, Campaign, Kit, Share
from advocacy.extensions import db

blp = Blueprint("campaigns_api", __name__, description="Campaigns, kits, shares, points and rewards.")


class KitVariantSchema(Schema):
    id = fields.Int(required=True)
    network = fields.Str(required=True)
    lang = fields.Str(required=True)
    text = fields.Str(required=True)
    hashtags = fields.List(fields.Str())
    link = fields.Str(allow_none=True)


class CampaignKitSchema(Schema):
    id = fields.Int(required=True)
    title = fields.Str()
    status = fields.Str()
    personalisation_prompt = fields.Str()
    hashtags = fields.List(fields.Str())
    link = fields.Str(allow_none=True)
    variants = fields.List(fields.Nested(KitVariantSchema))


class CampaignSchema(Schema):
    id = fields.Int(required=True)
    name = fields.Str()
    goal = fields.Str()
    starts_at = fields.DateTime()
    ends_at = fields.DateTime()
    networks = fields.List(fields.Str())
    consideration = fields.Bool()
    kits = fields.List(fields.Nested(CampaignKitSchema))


class ShareRegistrationSchema(Schema):
    kit_variant_id = fields.Int(required=True, strict=True, validate=validate.Range(min=1, max=2**31 - 1))
    network = fields.Str(required=True, validate=validate.OneOf(NETWORKS))
    url = fields.Str(required=True, validate=validate.Length(min=1, max=500))
    text = fields.Str(required=True, validate=validate.Length(min=1, max=10000))


class CampaignShareSchema(Schema):
    id = fields.Int(required=True)
    kit_variant_id = fields.Int()
    network = fields.Str()
    url = fields.Str(allow_none=True)
    text = fields.Str()
    status = fields.Str(required=True)
    authenticity = fields.Float()
    tracked_link = fields.Str(allow_none=True)
    created_at = fields.DateTime()
    registered_at = fields.DateTime(allow_none=True)
    metrics = fields.Dict(allow_none=True)


class PointsSummarySchema(Schema):
    total = fields.Int()
    available = fields.Int()
    entries = fields.List(fields.Dict())
    badges = fields.List(fields.Dict())
    rules = fields.List(fields.Dict())


class RewardItemSchema(Schema):
    id = fields.Int()
    name = fields.Str()
    description = fields.Str()
    cost = fields.Int()
    stock = fields.Int(allow_none=True)


class RewardCatalogueSchema(Schema):
    open = fields.Bool()
    rewards = fields.List(fields.Nested(RewardItemSchema))


def _variant(v) -> dict:
    return {"id": v.id, "network": v.network, "lang": v.lang, "text": v.text, "hashtags": v.hashtags, "link": v.link}


def _kit(kit, variants) -> dict:
    return {"id": kit.id, "title": kit.title, "status": kit.status, "personalisation_prompt": kit.personalisation_prompt,
            "hashtags": list(kit.hashtags), "link": kit.link, "variants": [_variant(v) for v in variants]}


def _campaign(c, kits) -> dict:
    return {"id": c.id, "name": c.name, "goal": c.goal, "starts_at": c.starts_at, "ends_at": c.ends_at,
            "networks": list(c.networks), "consideration": c.consideration, "kits": kits}


@blp.route("/campaigns")
@blp.response(200, CampaignSchema(many=True))
@api_roles(EMPLOYEE, MARKETER, COMPLIANCE, HR)
def list_campaigns():
    """Employees: the campaigns with live kits meant for them (none unless they joined and accepted
    the charter in force). Marketers, compliance and HR: every campaign with all its kits."""
    person = g.person
    if person.has_role(MARKETER, COMPLIANCE, HR):
        from sqlalchemy import select
        from sqlalchemy.orm import selectinload

        rows = db.session.scalars(select(Campaign).order_by(Campaign.starts_at.desc())
                                  .options(selectinload(Campaign.kits).selectinload(Kit.variants))).all()
        return [_campaign(c, [_kit(k, k.variants) for k in c.kits]) for c in rows]
    grouped: dict[int, list] = {}
    campaigns = {}
    for kit, variants in sharing.feed(person):
        campaigns[kit.campaign_id] = kit.campaign
        grouped.setdefault(kit.campaign_id, []).append(_kit(kit, variants))
    return [_campaign(campaigns[cid], kits) for cid, kits in grouped.items()]


def _share(share) -> dict:
    metrics = None
    try:
        from advocacy.tracking.services import latest_metrics
    except ImportError:
        latest_metrics = None
    if latest_metrics is not None:
        metrics = latest_metrics(share)
    return {"id": share.id, "kit_variant_id": share.kit_variant_id, "network": share.network, "url": share.url,
            "text": share.text, "status": share.status, "authenticity": share.authenticity,
            "tracked_link": sharing.tracked_link(share), "created_at": share.created_at,
            "registered_at": share.registered_at, "metrics": metrics}


@blp.route("/shares", methods=["POST"])
@api_roles(EMPLOYEE)
@blp.arguments(ShareRegistrationSchema)
@blp.response(201, CampaignShareSchema)
def create_share(data):
    """Register a published post: its final text is checked (422 with the checker's findings when it
    fails) and its URL validated for the network; answers the share waiting for tracking."""
    person = g.person
    try:  # register_share works in a savepoint: nothing is kept when it fails
        variant = sharing.variant_for(person, data["kit_variant_id"])
        share = sharing.register_share(person, variant, data["network"], data["url"], data["text"])
    except NotAllowed as exc:
        if exc.code in ("not_found", "not_for_you"):
            raise ApiError(404, "not_found", exc.message, field="kit_variant_id") from None
        raise ApiError(403, exc.code, exc.message) from None
    except Invalid as exc:
        extra = {k: v for k, v in exc.extra.items() if k in ("findings", "suggested_text", "verdict")}
        raise ApiError(422, exc.code, exc.message, field=exc.field, **extra) from None
    db.session.commit()
    return _share(share)


@blp.route("/shares/<int:share_id>")
@blp.response(200, CampaignShareSchema)
@api_roles(EMPLOYEE)
def get_share(share_id: int):
    """One of my shares, with its tracked link and latest public figures."""
    share = db.session.get(Share, share_id) if 0 < share_id < 2**31 else None
    if share is None or share.person_id != g.person.id:
        raise ApiError(404, "not_found", "No such share.")
    body = _share(share)
    db.session.commit()
    return body


@blp.route("/me/points")
@blp.response(200, PointsSummarySchema)
@api_roles(EMPLOYEE)
def my_points():
    """My points, badges and the published rules."""
    return gamification.summary(g.person)


@blp.route("/rewards")
@blp.response(200, RewardCatalogueSchema)
@api_roles(EMPLOYEE, MARKETER)
def rewards():
    """The rewards catalogue (empty and closed when the charter in force provides no rewards)."""
    is_open = gamification.rewards_open()
    rows = gamification.catalogue() if is_open else []
    return {"open": is_open, "rewards": [{"id": r.id, "name": r.name, "description": r.description, "cost": r.cost,
                                          "stock": r.stock} for r in rows]}
