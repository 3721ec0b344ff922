"""``/api/v1`` — who am I, and the API's own description."""
from flask import g
from flask_smorest import Blueprint
from marshmallow import Schema, fields

from advocacy.auth.guards import api_roles

blp = Blueprint("api_core", __name__, description="The API itself and the current person.")


class TeamSchema(Schema):
    id = fields.Int()
    name = fields.Str()


class MeSchema(Schema):
    """Dumped from the ``Person`` itself."""

    id = fields.Int(required=True)
    email = fields.Str(required=True)
    display_name = fields.Str(required=True)
    language = fields.Str()
    timezone = fields.Str()
    roles = fields.Method("sorted_roles", metadata={"type": "array", "items": {"type": "string"}})
    team = fields.Nested(TeamSchema, allow_none=True)

    def sorted_roles(self, person) -> list[str]:
        return sorted(person.roles)


@blp.route("/me")
@blp.response(200, MeSchema)
@api_roles()
def me():
    """The person behind the token."""
    return g.person
