"""``/api/v1`` — campaigns and kits for me, shares, my points, the rewards catalogue; kits by status
and their review (approve, return) for compliance."""
from __future__ import annotations

from flask import current_app, g
from flask_babel import gettext as _
from flask_smorest import Blueprint
from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from advocacy.core.routing import MAX_ID
from advocacy.core import signals
from advocacy.core.errors import ApiError
from advocacy.auth.roles import COMPLIANCE, EMPLOYEE, HR, MARKETER
from advocacy.auth.guards import api_roles, require_two_step
from advocacy.campaigns import authoring, gamification, publishing, review, sharing, tasks
from advocacy.campaigns.errors import Invalid
from advocacy.campaigns.models import KIT_APPROVED, KIT_SUBMITTED, SHARE_NETWORKS, PUBLISH_PUBLISHING, Campaign, Kit, Share
from advocacy.campaigns.schemas import (
    CampaignInSchema,
    CampaignOutSchema,
    CampaignPatchSchema,
    KitApproveSchema,
    KitInSchema,
    KitPatchSchema,
    KitOutSchema,
    KitQuerySchema,
    KitReturnSchema,
)
from advocacy.charter.services import version_in_force
from advocacy.core.timeutil import utcnow
from advocacy.accounts.models import LinkedAccount
from advocacy.queue import enqueue_after_commit
from advocacy.extensions import db, limiter
from advocacy.queue import enqueue
from sqlalchemy import select
from sqlalchemy.orm import contains_eager, selectinload

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
    kit_variant_id = fields.Int(required=True, strict=True, validate=validate.Range(min=1, max=MAX_ID))
    network = fields.Str(required=True, validate=validate.OneOf(SHARE_NETWORKS))
    url = fields.Str(validate=validate.Length(min=1, max=500), metadata={
        "description": "the address of the post you published yourself (or `publish` instead)"})
    text = fields.Str(required=True, validate=validate.Length(min=1, max=10000))
    publish = fields.Bool(metadata={"description": "publish the text through your linked account now (the next "
                                                   "moment outside the charter's quiet hours): answers 202"})
    publish_at = fields.AwareDateTime(metadata={"description": "publish at this moment (ISO 8601 with its offset); "
                                                               "refused inside quiet hours, weekends and holidays"})
    account_id = fields.Int(strict=True, validate=validate.Range(min=1, max=MAX_ID), metadata={
        "description": "which linked account (default: your first one on the network)"})

    @validates_schema
    def one_way(self, data, **_kwargs):
        publish = bool(data.get("publish")) or data.get("publish_at") is not None
        if publish and data.get("url"):
            raise ValidationError("Give either url (a post you published) or publish, not both.", "url")
        if not publish and not data.get("url"):
            raise ValidationError("Missing data for required field (url, or publish: true).", "url")


class CampaignShareSchema(Schema):
    id = fields.Int(required=True)
    kit_variant_id = fields.Int()
    network = fields.Str()
    url = fields.Str(allow_none=True)
    text = fields.Str()
    status = fields.Str(required=True, metadata={
        "description": "for a post the service publishes: scheduled, publishing, published or failed (see "
                       "`error`); otherwise the tracking status (pending, tracked, gone…)"})
    share_status = fields.Str(metadata={"description": "the share's own status (prepared, pending, tracked…)"})
    publish_at = fields.DateTime(allow_none=True)
    error = fields.Str(allow_none=True, metadata={"description": "why publishing failed"})
    post_id = fields.Str(allow_none=True, metadata={"description": "the network's own id of the published post"})
    account = fields.Str(allow_none=True, metadata={"description": "the linked account it is published through"})
    authenticity = fields.Float()
    tracked_link = fields.Str(allow_none=True)
    created_at = fields.DateTime()
    registered_at = fields.DateTime(allow_none=True)
    metrics = fields.Dict(allow_none=True)


class PointsSummarySchema(Schema):
    total = fields.Int()
    available = fields.Int(metadata={"description": "redeemable points not held by a request"})
    pending = fields.Int(metadata={"description": "points waiting for the tracker to see the post (LinkedIn, X)"})
    not_redeemable = fields.Int(metadata={
        "description": "points recorded under a charter version without rewards: never redeemable"})
    entries = fields.List(fields.Dict(), metadata={
        "description": "rule, points, ref, at, charter_version (number in force), redeemable"})
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
    metrics = signals.first_answer(signals.share_metrics_wanted, share)
    account = db.session.get(LinkedAccount, share.linked_account_id) if share.linked_account_id else None
    return {"id": share.id, "kit_variant_id": share.kit_variant_id, "network": share.network, "url": share.url,
            "text": share.text, "status": share.publish_state or share.status, "share_status": share.status,
            "publish_at": share.publish_at, "error": share.publish_error, "post_id": share.post_id,
            "account": account.handle if account is not None else None, "authenticity": share.authenticity,
            "tracked_link": sharing.tracked_link(share), "created_at": share.created_at,
            "registered_at": share.registered_at, "metrics": metrics}


@blp.route("/shares", methods=["POST"])
@api_roles(EMPLOYEE)
@limiter.limit(sharing.share_rate_limit, scope="share-registration")
@blp.arguments(ShareRegistrationSchema)
@blp.response(201, CampaignShareSchema)
@blp.alt_response(202, schema=CampaignShareSchema, description="Publishing through the linked account is queued "
                  "(status publishing) or scheduled (status scheduled)")
def create_share(data):
    """Register a published post: its final text is checked (422 with the checker's findings when it
    fails) and its URL validated for the network; answers the share waiting for tracking.

    With ``"publish": true`` (or ``"publish_at"``) instead of ``url``, the checked text is published
    through your linked account by a job (202); ``GET /shares/<id>`` then shows its progress."""
    # Errors answer through the one DomainError handler: a variant that is not live for the person
    # is 404 on kit_variant_id, a failed check 422 with its findings. register_share and
    # publishing.request work in a savepoint: nothing is kept when they fail.
    publish = bool(data.get("publish")) or data.get("publish_at") is not None
    variant = sharing.variant_for(g.person, data["kit_variant_id"])
    if publish:
        if data["network"] != variant.network:
            raise Invalid({"network": "This variant is for another network."}, code="wrong_network")
        share = publishing.request(g.person, variant, data["text"], data.get("publish_at"), data.get("account_id"))
        if share.publish_state == PUBLISH_PUBLISHING:
            enqueue_after_commit(tasks.publish_share, share.id)
    else:
        share = sharing.register_share(g.person, variant, data["network"], data["url"], data["text"])
    db.session.commit()
    if publish:
        return _share(share), 202
    return _share(share)


@blp.route("/shares/<int:share_id>")
@blp.response(200, CampaignShareSchema)
@api_roles(EMPLOYEE)
def get_share(share_id: int):
    """One of my shares, with its tracked link and latest public figures."""
    share = db.session.get(Share, share_id) if 0 < share_id <= MAX_ID else None
    if share is None or share.person_id != g.person.id:
        raise ApiError(404, "not_found", _("No such share."))
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


# -- kits and their review (marketers, compliance, HR; employees see the live kits meant for them) --

STAFF = (MARKETER, COMPLIANCE, HR)


def _kit_out(kit, variants=None, *, staff: bool = True, now=None, version_id=None) -> dict:
    """A kit as ``KitOutSchema`` dumps it; review fields only for the people who author or review."""
    live = kit.is_live(now or utcnow()) and not review.awaiting_recheck(kit, version_id)
    body = {"id": kit.id, "campaign_id": kit.campaign_id, "campaign_name": kit.campaign.name, "title": kit.title,
            "status": kit.status, "live": live, "paused": sharing.is_paused(kit, version_id),
            "personalisation_prompt": kit.personalisation_prompt, "hashtags": list(kit.hashtags or ()),
            "links": list(kit.links or ()), "link": kit.link, "created_at": kit.created_at,
            "updated_at": kit.updated_at,
            "variants": [{"id": v.id, "network": v.network, "lang": v.lang, "text": v.text}
                         for v in (kit.variants if variants is None else variants)]}
    if staff:
        body.update(submitted_at=kit.submitted_at, reviewed_at=kit.reviewed_at, review_comment=kit.review_comment)
        for out, variant in zip(body["variants"], kit.variants if variants is None else variants):
            out.update(check_verdict=variant.check_verdict, review_comment=variant.review_comment)
    return body


def _version_id() -> int | None:
    current = version_in_force()
    return current.id if current is not None else None


def _staff_kit(kit_id: int) -> Kit:
    kit = db.session.get(Kit, kit_id) if 0 < kit_id <= MAX_ID else None
    if kit is None:
        raise ApiError(404, "not_found", _("No such kit."))
    return kit


@blp.route("/kits")
@api_roles(EMPLOYEE, *STAFF)
@blp.arguments(KitQuerySchema, location="query")
@blp.response(200, KitOutSchema(many=True))
def list_kits(query):
    """Kits by status. Marketers, compliance and HR: every kit (``?status=submitted`` is the review
    queue, oldest submission first). Employees: the live kits meant for them, with the variants of
    the networks they use (another ``status`` gives an empty list)."""
    person, now, version_id = g.person, utcnow(), _version_id()
    status, campaign_id = query["status"], query["campaign_id"]
    if not person.has_role(*STAFF):
        if status not in (None, "live", KIT_APPROVED):
            return []
        return [_kit_out(kit, variants, staff=False, now=now, version_id=version_id)
                for kit, variants in sharing.feed(person, now) if campaign_id in (None, kit.campaign_id)]
    stmt = (select(Kit).join(Campaign, Kit.campaign_id == Campaign.id)
            .options(contains_eager(Kit.campaign), selectinload(Kit.variants)))
    if status == "live":
        stmt = stmt.where(Kit.status == KIT_APPROVED, Campaign.archived_at.is_(None), Campaign.starts_at <= now,
                          Campaign.ends_at > now)
    elif status is not None:
        stmt = stmt.where(Kit.status == status)
    if campaign_id is not None:
        stmt = stmt.where(Kit.campaign_id == campaign_id)
    stmt = stmt.order_by(Kit.submitted_at, Kit.id) if status == KIT_SUBMITTED else stmt.order_by(Kit.id)
    kits = [_kit_out(kit, now=now, version_id=version_id) for kit in db.session.scalars(stmt).unique()]
    return [k for k in kits if k["live"]] if status == "live" else kits


@blp.route("/kits/<int:kit_id>")
@api_roles(EMPLOYEE, *STAFF)
@blp.response(200, KitOutSchema)
def get_kit(kit_id: int):
    """One kit with its variants (employees: only a live kit meant for them)."""
    person = g.person
    if not person.has_role(*STAFF):
        for kit, variants in sharing.feed(person):
            if kit.id == kit_id:
                return _kit_out(kit, variants, staff=False, version_id=_version_id())
        raise ApiError(404, "not_found", _("No such kit."))
    return _kit_out(_staff_kit(kit_id), version_id=_version_id())


def _decide(kit_id: int, decision: str, comment: str, variant_comments: dict) -> dict:
    """The review page's decision, by the same service and rules: compliance or HR, not one's own
    submission, a second factor behind the credential, every variant re-checked before approval."""
    require_two_step(g.person)
    kit = _staff_kit(kit_id)
    known = {v.id for v in kit.variants}
    for key in variant_comments:
        if int(key) not in known:
            raise ApiError(422, "unknown_variant", _("This kit has no such variant."), field=f"variant_comments.{key}")
    if kit.status != KIT_SUBMITTED:
        raise ApiError(409, "not_submitted", _("This kit is not waiting for review."), field="status",
                       status_now=kit.status)
    try:
        with db.session.begin_nested():
            review.decide(kit, decision, reviewer=g.person, comment=comment, variant_comments=variant_comments)
    except Invalid as exc:
        if exc.code == "check_failed":  # what the page shows beside the refusal
            raise Invalid(exc.errors, code=exc.code, findings=_failing_findings(kit)) from None
        raise
    db.session.commit()
    if decision == "approve":
        try:
            enqueue(tasks.dispatch_notifications)
        except Exception:  # noqa: BLE001 - the cron tick dispatches anyway
            current_app.logger.warning("could not enqueue notification dispatch; cron will")
    return _kit_out(kit, version_id=_version_id())


def _failing_findings(kit) -> dict:
    """The checker's findings on the variants that fail today (not kept: display only)."""
    nested = db.session.begin_nested()
    try:
        return {str(vid): o.to_dict() for vid, o in review.check_variants(kit).items() if o.blocks}
    finally:
        nested.rollback()


@blp.route("/kits/<int:kit_id>/approve", methods=["POST"])
@api_roles(COMPLIANCE, HR)
@blp.arguments(KitApproveSchema)
@blp.response(200, KitOutSchema)
def approve_kit(data, kit_id: int):
    """Approve a submitted kit: it goes live between the campaign's dates. The variants are
    re-checked first (422 ``check_failed`` with the findings: return it instead). Needs two-step
    verification set up before the token was issued (403 ``mfa_required``); 409 ``not_submitted``
    when the kit is not waiting for review; 403 ``own_kit`` on a kit one submitted oneself."""
    return _decide(kit_id, "approve", data["comment"], {})


@blp.route("/kits/<int:kit_id>/return", methods=["POST"])
@api_roles(COMPLIANCE, HR)
@blp.arguments(KitReturnSchema)
@blp.response(200, KitOutSchema)
def return_kit(data, kit_id: int):
    """Return a submitted kit to its author with what to change: a general ``comment`` and/or
    ``variant_comments`` by variant id (at least one, else 422). Same rules as approving."""
    return _decide(kit_id, "return", data["comment"], data["variant_comments"])


# -- authoring (marketers): campaigns, kits, variants, submission -----------------------------------


def _campaign_out(campaign, now=None, version_id=None) -> dict:
    return {"id": campaign.id, "name": campaign.name, "goal": campaign.goal, "brand": campaign.brand,
            "starts_at": campaign.starts_at, "ends_at": campaign.ends_at, "team_ids": sorted(campaign.team_ids),
            "networks": list(campaign.networks), "landing_urls": list(campaign.landing_urls),
            "consideration": campaign.consideration, "archived": campaign.archived_at is not None,
            "kits": [_kit_out(kit, now=now, version_id=version_id) for kit in campaign.kits]}


def _campaign_row(campaign_id: int) -> Campaign:
    campaign = db.session.get(Campaign, campaign_id) if 0 < campaign_id <= MAX_ID else None
    if campaign is None:
        raise ApiError(404, "not_found", _("No such campaign."))
    return campaign


def _editable_campaign(campaign_id: int) -> Campaign:
    campaign = _campaign_row(campaign_id)
    if campaign.archived_at is not None:
        raise ApiError(409, "archived", _("This campaign is archived."))
    return campaign


@blp.route("/campaigns", methods=["POST"])
@api_roles(MARKETER)
@blp.arguments(CampaignInSchema)
@blp.response(201, CampaignOutSchema)
def create_campaign(data):
    """Create a campaign (the page's rules: dates in order, at least one team, networks the charter
    in force allows, landing URLs given the campaign's UTM parameters). 422 names the field."""
    campaign = _save_campaign(data)
    db.session.commit()
    return _campaign_out(campaign, version_id=_version_id())


@blp.route("/campaigns/<int:campaign_id>")
@api_roles(MARKETER, COMPLIANCE, HR)
@blp.response(200, CampaignOutSchema)
def get_campaign(campaign_id: int):
    """One campaign with its kits."""
    return _campaign_out(_campaign_row(campaign_id), version_id=_version_id())


@blp.route("/campaigns/<int:campaign_id>", methods=["PATCH"])
@api_roles(MARKETER)
@blp.arguments(CampaignPatchSchema)
@blp.response(200, CampaignOutSchema)
def edit_campaign(data, campaign_id: int):
    """Change some of a campaign's fields; the others keep their values."""
    campaign = _editable_campaign(campaign_id)
    merged = {"name": campaign.name, "goal": campaign.goal, "brand": campaign.brand,
              "starts_at": campaign.starts_at, "ends_at": campaign.ends_at, "team_ids": sorted(campaign.team_ids),
              "networks": list(campaign.networks), "landing_urls": list(campaign.landing_urls),
              "utm_campaign": campaign.utm_campaign, "consideration": campaign.consideration}
    merged.update(data)
    _save_campaign(merged, campaign)
    db.session.commit()
    return _campaign_out(campaign, version_id=_version_id())


def _variants(rows) -> dict:
    variants = {}
    for row in rows:
        variants[(row["network"], row["lang"])] = row["text"]
    return variants


def _invalid(exc: Invalid, kit=None) -> ApiError:
    """The authoring service's ``Invalid`` as the API says it: the pages' ``variant-linkedin-fr``
    fields are ``variants`` here, every problem listed in ``errors``; a kit no longer editable is a
    409 conflict."""
    if exc.code == "not_editable":
        return ApiError(409, exc.code, exc.message, field="status", status_now=getattr(kit, "status", None))
    first = exc.field or ""
    return ApiError(422, exc.code, exc.message, field="variants" if first.startswith("variant-") else exc.field,
                    errors=exc.errors)


def _save_kit(campaign, data: dict, kit=None):
    try:
        with db.session.begin_nested():
            return authoring.save_kit(campaign, data, actor=g.person, kit=kit)
    except Invalid as exc:
        raise _invalid(exc, kit) from None


def _save_campaign(data: dict, campaign=None):
    try:
        with db.session.begin_nested():
            return authoring.save_campaign(data, actor=g.person, campaign=campaign)
    except Invalid as exc:
        raise _invalid(exc) from None


@blp.route("/campaigns/<int:campaign_id>/kits", methods=["POST"])
@api_roles(MARKETER)
@blp.arguments(KitInSchema)
@blp.response(201, KitOutSchema)
def create_kit(data, campaign_id: int):
    """Create a draft kit in a campaign, with its variants (one per network and language the
    campaign uses; each within the network's length, the link counted)."""
    campaign = _editable_campaign(campaign_id)
    kit = _save_kit(campaign, dict(data, variants=_variants(data["variants"])))
    db.session.commit()
    return _kit_out(kit, version_id=_version_id())


@blp.route("/kits/<int:kit_id>", methods=["PATCH"])
@api_roles(MARKETER)
@blp.arguments(KitPatchSchema)
@blp.response(200, KitOutSchema)
def edit_kit(data, kit_id: int):
    """Edit a draft or returned kit (409 ``not_editable`` otherwise). Fields left out keep their
    values; ``variants`` are merged by network and language, an empty text removes one."""
    kit = _staff_kit(kit_id)
    variants = {(v.network, v.lang): v.text for v in kit.variants}
    variants.update(_variants(data.get("variants", ())))
    merged = {"title": kit.title, "personalisation_prompt": kit.personalisation_prompt, "hashtags": list(kit.hashtags),
              "links": list(kit.links), "idea_id": kit.idea_id}
    merged.update({k: v for k, v in data.items() if k != "variants"})
    merged["variants"] = variants
    _save_kit(kit.campaign, merged, kit)
    db.session.commit()
    return _kit_out(kit, version_id=_version_id())


@blp.route("/kits/<int:kit_id>/submit", methods=["POST"])
@api_roles(MARKETER)
@blp.response(200, KitOutSchema)
def submit_kit(kit_id: int):
    """Send a draft or returned kit for review. Every variant is checked first: 422 ``check_failed``
    with the findings and a suggested text per failing variant id; 409 ``not_editable`` when the
    kit is neither draft nor returned."""
    kit = _staff_kit(kit_id)
    if not kit.editable:
        raise ApiError(409, "not_editable", _("Only a draft or returned kit can be submitted."), field="status",
                       status_now=kit.status)
    try:
        with db.session.begin_nested():
            review.submit(kit, actor=g.person)
    except Invalid as exc:
        if exc.code == "check_failed":
            findings = {str(k): v for k, v in exc.extra.get("findings", {}).items()}
            raise ApiError(422, exc.code, exc.message, field="variants", findings=findings,
                           variants=list(exc.errors)) from None
        raise
    db.session.commit()
    return _kit_out(kit, version_id=_version_id())
