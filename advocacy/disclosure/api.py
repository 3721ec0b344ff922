"""``/api/v1/disclosure/check`` and ``/api/v1/disclosure/check-batch``."""
from __future__ import annotations

import time

from flask import current_app
from flask_babel import gettext as _
from flask_smorest import Blueprint
from marshmallow import (
    EXCLUDE,
    Schema,
    ValidationError,
    fields,
    validate,
    validates_schema,
)

from advocacy.core.errors import ApiError
from advocacy.auth.guards import api_roles
from advocacy.core.jsonbody import max_body
from advocacy.disclosure import JURISDICTIONS, check, sectors
from advocacy.disclosure.networks import CHECKED_NAMES
from advocacy.disclosure.services import MAX_TEXT, ItemError, parse_item, result_dict
from advocacy.extensions import limiter

blp = Blueprint("disclosure_api", __name__, description="Disclosure checker: is a post lawful to publish?")

MAX_BATCH = 1000
#: TikTok and Threads included: a post written for them is judged, though nothing is shared there from here.
NETWORK_NAMES = list(CHECKED_NAMES)
#: Characters of post text one batch may hold in total (a batch is for a kit's variants, not a corpus).
MAX_BATCH_CHARS = 200_000
#: Bytes of request body before anything is parsed: room for MAX_BATCH_CHARS written as JSON escapes.
MAX_BATCH_BYTES = 2 * 1024 * 1024
MAX_CHECK_BYTES = 1024 * 1024
#: CPU seconds (this thread's) one batch may spend; later items are answered ``over_budget``.
BATCH_CPU_SECONDS = 10.0
#: Per person; ``CHECK_RATE_LIMIT`` / ``CHECK_BATCH_RATE_LIMIT`` in the app config override.
CHECK_RATE_LIMIT = "120 per minute"
CHECK_BATCH_RATE_LIMIT = "10 per minute;100 per hour"


def _config(name: str, default):
    return lambda: current_app.config.get(name, default)


def _known_sector(value):
    try:
        sectors.normalize(value)
    except sectors.UnknownSector:
        raise ValidationError(f"Unknown sector {value!r}. Known values: {', '.join(sectors.SECTORS)} "
                              "(or one of their aliases, GET /api/v1/disclosure/sectors).") from None


class ContextSchema(Schema):
    class Meta:
        unknown = EXCLUDE  # callers may carry their own keys (kit id…): ignored

    rewarded = fields.Bool(allow_none=True, metadata={"description": "The author receives any consideration."})
    employee = fields.Bool(allow_none=True, metadata={"description": "The author works for the brand."})
    brand = fields.Str(allow_none=True, validate=validate.Length(max=200))
    image_retouched = fields.Bool(allow_none=True)
    image_virtual = fields.Bool(allow_none=True)
    sector = fields.Str(allow_none=True, validate=[validate.Length(max=60), _known_sector],
                        metadata={"description": "A value of GET /api/v1/disclosure/sectors (or an alias); the text "
                                                 "is read for sectors whatever this says."})
    jurisdiction = fields.Str(allow_none=True, validate=validate.OneOf(JURISDICTIONS))
    content_warning = fields.Str(allow_none=True, validate=validate.Length(max=1000))
    max_length = fields.Int(allow_none=True, validate=validate.Range(min=1, max=1_000_000))
    link = fields.Str(allow_none=True, validate=validate.Length(max=2000),
                      metadata={"description": "The link the post will carry: counted in its length as the network "
                                               "adds it (X after a space, Bluesky and Mastodon after a blank line; "
                                               "LinkedIn keeps it apart)."})


class CheckInSchema(Schema):
    text = fields.Str(required=True, validate=validate.Length(max=MAX_TEXT))
    network = fields.Str(required=True, validate=validate.OneOf(NETWORK_NAMES))
    lang = fields.Str(allow_none=True, validate=validate.Length(max=20))
    context = fields.Nested(ContextSchema, load_default=dict)
    locale = fields.Str(allow_none=True, validate=validate.OneOf(("fr", "en")),
                        metadata={"description": "Language of the messages (default: the post's)."})


class FindingSchema(Schema):
    rule = fields.Str()
    severity = fields.Str()
    message = fields.Str()
    messages = fields.Dict(keys=fields.Str(), values=fields.Str())
    fix = fields.Str()
    fixes = fields.Dict(keys=fields.Str(), values=fields.Str())
    span = fields.List(fields.Int(), allow_none=True)
    reference = fields.Str()


class ResultSchema(Schema):
    verdict = fields.Str(metadata={"description": "pass, warn (a human should review) or fail (would breach a rule)"})
    findings = fields.List(fields.Nested(FindingSchema))
    suggested_text = fields.Str()
    network = fields.Str()
    lang = fields.Str()
    jurisdiction = fields.Str()
    length = fields.Int()
    limit = fields.Int(allow_none=True)
    owed = fields.Bool(metadata={"description": "Is a disclosure owed at all (a commercial communication with a "
                                                "consideration or an employment link)?"})
    owed_reason = fields.Str(allow_none=True, metadata={"description": "Why nothing is owed: recruiting, leaving, career, "
                                                                      "thanks, news, public_interest, profit_sharing, free_release, "
                                                                      "not_promoting, personal, no_promotion, no_consideration, own_offer."})
    owed_reason_text = fields.Str(allow_none=True)
    sectors = fields.List(fields.Str(), metadata={"description": "Sectors the text shows or the context names."})
    suggestion_fits = fields.Bool(metadata={"description": "False when no text stating what is owed fits the "
                                                          "network's limit (suggested_text is then the post)."})


class BatchInSchema(Schema):
    items = fields.List(fields.Dict(), required=True)
    locale = fields.Str(allow_none=True, validate=validate.OneOf(("fr", "en")))

    @validates_schema
    def _size(self, data, **kwargs):
        items = data.get("items") or []
        if not items:
            raise ValidationError("Give at least one item.", "items")
        if len(items) > MAX_BATCH:
            raise ValidationError(f"At most {MAX_BATCH} items per request.", "items")


class BatchItemSchema(ResultSchema):
    index = fields.Int()
    error = fields.Dict()


class BatchOutSchema(Schema):
    results = fields.List(fields.Nested(BatchItemSchema))
    counts = fields.Dict(keys=fields.Str(), values=fields.Int())


@blp.route("/disclosure/check", methods=["POST"])
@api_roles()  # outside the body parsing: anonymous callers get 401 before any 422
@limiter.limit(_config("CHECK_RATE_LIMIT", CHECK_RATE_LIMIT), scope="disclosure-check")
@max_body(MAX_CHECK_BYTES)
@blp.arguments(CheckInSchema)
@blp.response(200, ResultSchema)
def check_one(data):
    """Check one post: verdict, findings with spans and legal references, suggested text."""
    result = check(data["text"], data["network"], data.get("lang"), data.get("context") or {})
    return result.to_dict(data.get("locale"))


@blp.route("/disclosure/check-batch", methods=["POST"])
@api_roles()
@limiter.limit(_config("CHECK_BATCH_RATE_LIMIT", CHECK_BATCH_RATE_LIMIT), scope="disclosure-check-batch")
@max_body(MAX_BATCH_BYTES)
@blp.arguments(BatchInSchema)
@blp.response(200, BatchOutSchema)
def check_batch(data):
    """Check up to 1,000 posts holding at most 200,000 characters in all (413 beyond); a malformed item
    gets ``{"index", "error"}`` and the rest go on. Items left when the batch's CPU budget is spent get
    ``{"index", "error": {"code": "over_budget"}}``: send them again in a later request."""
    total = sum(len(obj.get("text") or "") for obj in data["items"] if isinstance(obj.get("text"), str))
    limit = current_app.config.get("CHECK_BATCH_MAX_CHARS", MAX_BATCH_CHARS)
    if total > limit:
        raise ApiError(413, "too_large", _("A batch may hold at most %(limit)s characters of text; this one holds "
                                           "%(total)s. Split it.", limit=limit, total=total),
                       field="items", max_characters=limit)
    budget = time.thread_time() + current_app.config.get("CHECK_BATCH_CPU_SECONDS", BATCH_CPU_SECONDS)
    results = []
    counts = {"pass": 0, "warn": 0, "fail": 0, "error": 0}
    for index, obj in enumerate(data["items"]):
        if time.thread_time() > budget:
            results.append({"index": index, "error": {
                "code": "over_budget", "message": "This batch used its computing budget; check this item again."}})
            counts["error"] += 1
            continue
        try:
            item = parse_item(obj)
        except ItemError as exc:
            results.append({"index": index, "error": {"code": "invalid_item", "message": str(exc)}})
            counts["error"] += 1
            continue
        out = result_dict(item, data.get("locale"))
        out.pop("expected", None)
        out.pop("agrees", None)
        out.pop("id", None)
        results.append({"index": index, **out})
        counts[out["verdict"]] += 1
    if not results:  # pragma: no cover - guarded by the schema
        raise ApiError(422, "validation_error", _("No items."), "items")
    return {"results": results, "counts": counts}


class SectorJurisdictionSchema(Schema):
    status = fields.Str(metadata={"description": "banned, restricted or allowed"})
    condition = fields.Str(allow_none=True, metadata={"description": "What the text must show (age, health, "
                                                                    "fda_warning, risk_warning)"})
    reference = fields.Str()


class SectorSchema(Schema):
    value = fields.Str()
    name = fields.Str()
    names = fields.Dict(keys=fields.Str(), values=fields.Str())
    aliases = fields.List(fields.Str())
    jurisdictions = fields.Dict(keys=fields.Str(), values=fields.Nested(SectorJurisdictionSchema))


class SectorsQuerySchema(Schema):
    locale = fields.Str(load_default="en", validate=validate.OneOf(("fr", "en")))


class SectorsOutSchema(Schema):
    sectors = fields.List(fields.Nested(SectorSchema))


@blp.route("/disclosure/sectors", methods=["GET"])
@api_roles()
@blp.arguments(SectorsQuerySchema, location="query")
@blp.response(200, SectorsOutSchema)
def list_sectors(query):
    """The sector values ``context.sector`` accepts, with each jurisdiction's status and reference."""
    return {"sectors": sectors.catalogue(query["locale"])}
