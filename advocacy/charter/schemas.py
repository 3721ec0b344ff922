"""Marshmallow schemas of the charter API. The policy's is ``policy.CharterPolicySchema``, its only parser."""
from marshmallow import Schema, fields, validate

from advocacy.charter.policy import CharterPolicySchema


class CharterSignatureSchema(Schema):
    id = fields.Int()
    signer = fields.Str(metadata={"description": "e-mail of the signatory at signing time"})
    signer_name = fields.Str()
    role = fields.Str(metadata={"description": "hr or staff_rep"})
    signed_at = fields.DateTime()
    revision = fields.Int()
    content_sha256 = fields.Str()
    verified = fields.Bool(metadata={"description": "recomputed from the stored text"})
    voided_at = fields.DateTime(allow_none=True)


class CharterRefusalSchema(Schema):
    person = fields.Str()
    role = fields.Str()
    revision = fields.Int()
    reason = fields.Str()
    at = fields.DateTime()


class CharterClauseSchema(Schema):
    key = fields.Str()
    position = fields.Int()
    title = fields.Str()
    body = fields.Str(metadata={"description": "Markdown, French (authoritative)"})
    title_en = fields.Str()
    body_en = fields.Str(metadata={"description": "Markdown, English translation"})
    source_revision = fields.Int(metadata={"description": "revision of the French text (+1 at each change)"})
    translated_revision = fields.Int(metadata={
        "description": "the French revision the English translation translates (0: none)"})
    translation_outdated = fields.Bool(metadata={
        "description": "the English translation predates the French text: only the French applies"})


class CharterVersionSummarySchema(Schema):
    id = fields.Int()
    number = fields.Int()
    title = fields.Str()
    title_en = fields.Str()
    status = fields.Str()
    state = fields.Str(metadata={"description": "draft, review, awaiting_signatures, scheduled, in_force, superseded"})
    revision = fields.Int()
    effective_from = fields.DateTime(allow_none=True)
    content_sha256 = fields.Str()


class CharterVersionSchema(CharterVersionSummarySchema):
    verified = fields.Bool()
    adopted_sha256 = fields.Str(allow_none=True)
    change_summary = fields.Str()
    clauses = fields.List(fields.Nested(CharterClauseSchema))
    policy = fields.Nested(CharterPolicySchema)
    signatures = fields.List(fields.Nested(CharterSignatureSchema))
    refusals = fields.List(fields.Nested(CharterRefusalSchema))
    accepted = fields.Bool(metadata={"description": "whether the caller accepted this version"})


class CharterClauseInputSchema(Schema):
    title = fields.Str(required=True, validate=validate.Length(min=1, max=200))
    body = fields.Str(required=True, validate=validate.Length(min=1, max=20000))
    title_en = fields.Str(load_default="", validate=validate.Length(max=200))
    body_en = fields.Str(load_default="", validate=validate.Length(max=20000))


class CharterVersionCreateSchema(Schema):
    title = fields.Str(validate=validate.Length(min=1, max=200))
    title_en = fields.Str(validate=validate.Length(max=200))
    change_summary = fields.Str(validate=validate.Length(max=5000))
    policy = fields.Nested(CharterPolicySchema)
    clauses = fields.List(fields.Nested(CharterClauseInputSchema))


class CharterAcceptanceSchema(Schema):
    version_id = fields.Int()
    number = fields.Int()
    accepted_at = fields.DateTime()
    content_sha256 = fields.Str()


class CharterSignInputSchema(Schema):
    role = fields.Str(validate=validate.OneOf(("hr", "staff_rep")))
    code = fields.Str(validate=validate.Length(max=20), metadata={
        "description": "The current code of the signer's authenticator app (or a recovery code): signing "
                       "requires two-step verification"})


class CharterDiffOpSchema(Schema):
    op = fields.Str()
    text = fields.Str()


class CharterClauseDiffSchema(Schema):
    key = fields.Str()
    status = fields.Str(metadata={"description": "added, removed, changed or unchanged"})
    moved = fields.Bool()
    old = fields.Nested(CharterClauseSchema, allow_none=True)
    new = fields.Nested(CharterClauseSchema, allow_none=True)
    title_diff = fields.List(fields.Nested(CharterDiffOpSchema))
    body_diff = fields.List(fields.Nested(CharterDiffOpSchema))


class CharterFieldDiffSchema(Schema):
    field = fields.Str()
    label = fields.Str()
    old = fields.Str()
    new = fields.Str()
    changed = fields.Bool()
    added = fields.List(fields.Str())
    removed = fields.List(fields.Str())


class CharterVersionRefSchema(Schema):
    id = fields.Int()
    number = fields.Int()


class CharterDiffSchema(Schema):
    from_ = fields.Nested(CharterVersionRefSchema, attribute="from", data_key="from")
    to = fields.Nested(CharterVersionRefSchema)
    title_diff = fields.List(fields.Nested(CharterDiffOpSchema))
    summary = fields.Dict(keys=fields.Str(), values=fields.Int())
    clauses = fields.List(fields.Nested(CharterClauseDiffSchema))
    policy = fields.List(fields.Nested(CharterFieldDiffSchema))
