"""``/api/v1/disclosure/check`` and ``/api/v1/disclosure/check-batch``."""
from __future__ import annotations

from flask_smorest import Blueprint
from marshmallow import (
    EXCLUDE,
    Schema,
    ValidationError,
    fields,
    validate,
    validates_schema,
)

from advocacy.api.errors import ApiError
from advocacy.auth.roles import api_roles
from advocacy.disclosure import JURISDICTIONS, check
from advocacy.disclosure.networks import ALIASES, NETWORKS
from advocacy.disclosure.services import MAX_TEXT, ItemError, parse_item, result_dict

blp = Blueprint("disclosure_api", __name__, description="Disclosure checker: is a post lawful to publish?")

MAX_BATCH = 1000
NETWORK_NAMES = sorted(set(NETWORKS) | set(ALIASES))


class ContextSchema(Schema):
    class Meta:
        unknown = EXCLUDE  # callers may carry their own keys (kit id…): ignored

    rewarded = fields.Bool(allow_none=True, metadata={"description": "The author receives any consideration."})
    employee = fields.Bool(allow_none=True, metadata={"description": "The author works for the brand."})
    brand = fields.Str(allow_none=True, validate=validate.Length(max=200))
    image_retouched = fields.Bool(allow_none=True)
    image_virtual = fields.Bool(allow_none=True)
    sector = fields.Str(allow_none=True, validate=validate.Length(max=60))
    jurisdiction = fields.Str(allow_none=True, validate=validate.OneOf(JURISDICTIONS))
    content_warning = fields.Str(allow_none=True, validate=validate.Length(max=1000))
    max_length = fields.Int(allow_none=True, validate=validate.Range(min=1, max=1_000_000))


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
@blp.arguments(CheckInSchema)
@blp.response(200, ResultSchema)
def check_one(data):
    """Check one post: verdict, findings with spans and legal references, suggested text."""
    result = check(data["text"], data["network"], data.get("lang"), data.get("context") or {})
    return result.to_dict(data.get("locale"))


@blp.route("/disclosure/check-batch", methods=["POST"])
@api_roles()
@blp.arguments(BatchInSchema)
@blp.response(200, BatchOutSchema)
def check_batch(data):
    """Check up to 1,000 posts; a malformed item gets ``{"index", "error"}`` and the rest go on."""
    results = []
    counts = {"pass": 0, "warn": 0, "fail": 0, "error": 0}
    for index, obj in enumerate(data["items"]):
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
        raise ApiError(422, "validation_error", "No items.", "items")
    return {"results": results, "counts": counts}
