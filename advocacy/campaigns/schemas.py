"""Schemas of the organisational API (``campaigns.api``): campaigns and kits as marketers author
them, and kit review as compliance decides it. Inputs validate what the services cannot be given
(types, bounds, enumerations); the services keep every business rule (``authoring``, ``review``)."""
from __future__ import annotations

from datetime import datetime, timezone

from marshmallow import Schema, fields, validate

from advocacy.campaigns.authoring import MAX_HASHTAGS, MAX_LINKS
from advocacy.campaigns.models import KIT_STATUSES, LANGS, SHARE_NETWORKS
from advocacy.core.routing import MAX_ID

#: ``GET /kits?status=``: the stored statuses, and ``live`` (approved, campaign running, not paused).
KIT_FILTERS = (*KIT_STATUSES, "live")
#: Campaign dates an API caller may give (the pages offer a calendar; these only keep dates sane).
EARLIEST = datetime(2000, 1, 1, tzinfo=timezone.utc)
LATEST = datetime(2100, 1, 1, tzinfo=timezone.utc)

_ID = validate.Range(min=1, max=MAX_ID)


def _when(description: str):
    return fields.AwareDateTime(default_timezone=timezone.utc, validate=validate.Range(min=EARLIEST, max=LATEST),
                                metadata={"description": description})


class KitQuerySchema(Schema):
    status = fields.Str(load_default=None, validate=validate.OneOf(KIT_FILTERS), metadata={
        "description": "draft, submitted, approved, returned, withdrawn, or live (approved, campaign running and "
                       "not paused for a re-check). Employees only ever see the live kits meant for them."})
    campaign_id = fields.Int(load_default=None, validate=_ID)


class KitVariantOutSchema(Schema):
    id = fields.Int(required=True)
    network = fields.Str(required=True)
    lang = fields.Str(required=True)
    text = fields.Str(required=True)
    check_verdict = fields.Str(metadata={"description": "the disclosure checker's last verdict: pass, warn, fail "
                                                        "or empty (not checked since the last edit)"})
    review_comment = fields.Str(metadata={"description": "the reviewer's comment on this variant (returned kits)"})


class KitOutSchema(Schema):
    id = fields.Int(required=True)
    campaign_id = fields.Int(required=True)
    campaign_name = fields.Str()
    title = fields.Str(required=True)
    status = fields.Str(required=True, metadata={"description": "draft, submitted, approved, returned or withdrawn"})
    live = fields.Bool(metadata={"description": "approved, campaign running, not paused: on the employees' feeds"})
    paused = fields.Bool(metadata={"description": "approved but waiting for a re-check under the charter in force"})
    personalisation_prompt = fields.Str()
    hashtags = fields.List(fields.Str())
    links = fields.List(fields.Str())
    link = fields.Str(allow_none=True, metadata={"description": "the link shares carry (the first one)"})
    submitted_at = fields.DateTime(allow_none=True)
    reviewed_at = fields.DateTime(allow_none=True)
    review_comment = fields.Str()
    created_at = fields.DateTime()
    updated_at = fields.DateTime()
    variants = fields.List(fields.Nested(KitVariantOutSchema))


class KitApproveSchema(Schema):
    comment = fields.Str(load_default="", validate=validate.Length(max=4000),
                         metadata={"description": "an optional note kept with the decision"})


class KitReturnSchema(Schema):
    comment = fields.Str(load_default="", validate=validate.Length(max=4000),
                         metadata={"description": "what to change, for the whole kit"})
    variant_comments = fields.Dict(
        keys=fields.Str(validate=validate.Regexp(r"^[1-9][0-9]{0,9}$")),
        values=fields.Str(validate=validate.Length(max=2000)), load_default=dict,
        metadata={"description": "{variant id: what to change in it}; a comment here or in 'comment' is required"})


class VariantInSchema(Schema):
    network = fields.Str(required=True, validate=validate.OneOf(SHARE_NETWORKS))
    lang = fields.Str(required=True, validate=validate.OneOf(LANGS))
    text = fields.Str(required=True, validate=validate.Length(max=10000),
                      metadata={"description": "the post as employees start from; an empty text removes the variant"})


class KitInSchema(Schema):
    """A new kit's content."""

    title = fields.Str(required=True, validate=validate.Length(min=1, max=160))
    personalisation_prompt = fields.Str(validate=validate.Length(max=1000))
    hashtags = fields.List(fields.Str(validate=validate.Length(max=101)), validate=validate.Length(max=MAX_HASHTAGS))
    links = fields.List(fields.Str(validate=validate.Length(max=2000)), validate=validate.Length(max=MAX_LINKS),
                        metadata={"description": "default: the campaign's first landing URL; UTM parameters added"})
    variants = fields.List(fields.Nested(VariantInSchema), required=True,
                           validate=validate.Length(max=len(SHARE_NETWORKS) * len(LANGS)))


class KitPatchSchema(KitInSchema):
    """Fields to change on a kit; those left out keep their values. ``variants`` are merged by
    network and language: an empty text removes one, the others stay."""

    title = fields.Str(validate=validate.Length(min=1, max=160))
    variants = fields.List(fields.Nested(VariantInSchema), validate=validate.Length(max=len(SHARE_NETWORKS) * len(LANGS)))


class CampaignInSchema(Schema):
    """A new campaign."""

    name = fields.Str(required=True, validate=validate.Length(min=1, max=160))
    goal = fields.Str(validate=validate.Length(max=4000))
    brand = fields.Str(validate=validate.Length(max=120), metadata={
        "description": "the brand employees speak about (the disclosure checker looks for it)"})
    starts_at = _when("when the kits go live (UTC if no offset is given)")
    ends_at = _when("when the kits leave the feeds (exclusive)")
    team_ids = fields.List(fields.Int(strict=True, validate=_ID), validate=validate.Length(max=1000))
    networks = fields.List(fields.Str(validate=validate.OneOf(SHARE_NETWORKS)), validate=validate.Length(max=len(SHARE_NETWORKS)),
                           metadata={"description": "within the networks the charter in force allows"})
    landing_urls = fields.List(fields.Str(validate=validate.Length(max=2000)), validate=validate.Length(max=MAX_LINKS))
    consideration = fields.Bool(metadata={
        "description": "authors receive something for sharing (forced on when the charter has rewards)"})


class CampaignPatchSchema(CampaignInSchema):
    """Fields to change on a campaign; those left out keep their values."""

    name = fields.Str(validate=validate.Length(min=1, max=160))


class CampaignOutSchema(Schema):
    id = fields.Int(required=True)
    name = fields.Str(required=True)
    goal = fields.Str()
    brand = fields.Str()
    starts_at = fields.DateTime()
    ends_at = fields.DateTime()
    team_ids = fields.List(fields.Int())
    networks = fields.List(fields.Str())
    landing_urls = fields.List(fields.Str())
    consideration = fields.Bool()
    archived = fields.Bool()
    kits = fields.List(fields.Nested(KitOutSchema))
