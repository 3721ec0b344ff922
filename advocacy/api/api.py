"""``/api/v1`` — who am I, and the API's own description."""
from flask import g
from flask_smorest import Blueprint
from marshmallow import Schema, fields

from advocacy.auth.roles import api_roles

blp = Blueprint("api_core", __name__, description="The API itself and the current person.")


class TeamSchema(Schema):
    id = fields.Int()
    name = fields.Str()


class MeSchema(Schema):
    id = fields.Int(required=True)
    email = fields.Str(required=True)
    display_name = fields.Str(required=True)
    language = fields.Str()
    timezone = fields.Str()
    roles = fields.List(fields.Str())
    team = fields.Nested(TeamSchema, allow_none=True)


@blp.route("/me")
@blp.response(200, MeSchema)
@api_roles()
def me():
    """The person behind the token."""
    person = g.person
    return {
        "id": person.id, "email": person.email, "display_name": person.display_name,
        "language": person.language, "timezone": person.timezone, "roles": sorted(person.roles),
        "team": {"id": person.team.id, "name": person.team.name} if person.team else None,
    }
