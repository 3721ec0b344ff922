"""``/api/v1/people`` — people administration for admins: the list, invitations, deactivation.

The same services as the People page (``passwords.invite_address``, ``leavers.mark_left``) with the
same rules: admin only, a second factor behind the credential for anything that changes someone
(``guards.require_two_step``), every change audited by the service. The invitation link is a
secret for its recipient: it goes by e-mail, never into the API's answer."""
from __future__ import annotations

from flask import g
from flask_babel import gettext as _
from flask_smorest import Blueprint
from marshmallow import Schema, fields, validate
from sqlalchemy import exists, func, select

from advocacy.auth import leavers, passwords
from advocacy.auth.guards import api_roles, require_two_step
from advocacy.auth.models import ExternalIdentity, Person, PersonRole
from advocacy.auth.roles import ADMIN, ALL_ROLES
from advocacy.core.errors import ApiError
from advocacy.core.routing import MAX_ID
from advocacy.extensions import db, limiter

blp = Blueprint("auth_api", __name__, description="People administration (admins): list, invite, deactivate.")

#: Invitations send e-mail: per admin.
INVITE_RATE_LIMIT = "60 per hour"
MAX_PAGE_SIZE = 500


class PeopleQuerySchema(Schema):
    role = fields.Str(load_default=None, validate=validate.OneOf(ALL_ROLES))
    active = fields.Bool(load_default=None, metadata={"description": "true: active people only; false: leavers"})
    q = fields.Str(load_default=None, validate=validate.Length(min=1, max=254),
                   metadata={"description": "part of the e-mail address or the name"})


class PersonTeamSchema(Schema):
    id = fields.Int()
    name = fields.Str()


class PersonOutSchema(Schema):
    id = fields.Int(required=True)
    email = fields.Str(required=True)
    display_name = fields.Str(required=True)
    roles = fields.List(fields.Str())
    team = fields.Nested(PersonTeamSchema, allow_none=True)
    language = fields.Str()
    active = fields.Bool(required=True)
    left_at = fields.DateTime(allow_none=True)
    has_access = fields.Bool(metadata={"description": "has a password or a single sign-on identity"})
    two_step = fields.Bool(metadata={"description": "two-step verification is set up"})
    created_at = fields.DateTime()


class InvitationInSchema(Schema):
    email = fields.Str(required=True, validate=validate.Length(min=3, max=254))
    roles = fields.List(fields.Str(validate=validate.OneOf(ALL_ROLES)), load_default=list,
                        validate=validate.Length(max=len(ALL_ROLES)),
                        metadata={"description": "for someone new (default employee); added to a known person's"})
    display_name = fields.Str(load_default=None, validate=validate.Length(max=120))


class InvitationOutSchema(Schema):
    person = fields.Nested(PersonOutSchema, required=True)
    created = fields.Bool(required=True, metadata={"description": "the address was unknown: the person was added"})


def _person_out(person: Person, has_access: bool) -> dict:
    return {"id": person.id, "email": person.email, "display_name": person.display_name,
            "roles": sorted(person.roles), "team": {"id": person.team.id, "name": person.team.name}
            if person.team else None, "language": person.language, "active": person.is_active,
            "left_at": person.left_at, "has_access": has_access, "two_step": person.totp_enabled_at is not None,
            "created_at": person.created_at}


def _with_access(ids) -> set[int]:
    identities = exists().where(ExternalIdentity.person_id == Person.id)
    return set(db.session.scalars(select(Person.id).where(
        Person.id.in_(list(ids)), (Person.password_hash.is_not(None)) | identities)))


def _one(person: Person) -> dict:
    return _person_out(person, person.id in _with_access([person.id]))


@blp.route("/people")
@api_roles(ADMIN)
@blp.arguments(PeopleQuerySchema, location="query")
@blp.response(200, PersonOutSchema(many=True))
@blp.paginate(page_size=100, max_page_size=MAX_PAGE_SIZE)
def list_people(query, pagination_parameters):
    """Everyone, by e-mail address; filter by ``role``, ``active`` and ``q`` (part of the address
    or name). Paged: ``page``, ``page_size`` (at most 500); the ``X-Pagination`` header gives the total."""
    stmt = select(Person)
    if query["role"] is not None:
        stmt = stmt.where(exists().where(PersonRole.person_id == Person.id, PersonRole.role == query["role"]))
    if query["active"] is True:
        stmt = stmt.where(Person.active.is_(True), Person.erased_at.is_(None))
    elif query["active"] is False:
        stmt = stmt.where((Person.active.is_(False)) | Person.erased_at.is_not(None))
    if query["q"]:
        pattern = "%" + query["q"].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        stmt = stmt.where(Person.email.ilike(pattern, escape="\\") | Person.display_name.ilike(pattern, escape="\\"))
    pagination_parameters.item_count = db.session.scalar(select(func.count()).select_from(stmt.subquery()))
    if pagination_parameters.first_item > MAX_ID:  # beyond any row: no database round trip to overflow
        return []
    rows = db.session.scalars(stmt.order_by(Person.email).offset(pagination_parameters.first_item)
                              .limit(pagination_parameters.page_size)).all()
    access = _with_access(p.id for p in rows)
    return [_person_out(p, p.id in access) for p in rows]


@blp.route("/people/invitations", methods=["POST"])
@api_roles(ADMIN)
@limiter.limit(INVITE_RATE_LIMIT, scope="people-invitations")
@blp.arguments(InvitationInSchema)
@blp.response(201, InvitationOutSchema)
def invite(data):
    """Invite someone by e-mail (the People page's invitation): an unknown address is added with
    ``roles`` (default employee), a known one without a password gets ``roles`` added. The e-mail
    carries a single-use link valid 7 days. 409 ``has_password`` / ``inactive``; 422 ``invalid_email``."""
    require_two_step(g.person)
    with db.session.begin_nested():  # a passwords.InviteError answers with its own status and field
        person, _link, created = passwords.invite_address(data["email"], roles=data["roles"],
                                                          display_name=data["display_name"], actor=g.person)
    db.session.commit()
    return {"person": _one(person), "created": created}


@blp.route("/people/<int:person_id>/deactivate", methods=["POST"])
@api_roles(ADMIN)
@blp.response(200, PersonOutSchema)
def deactivate(person_id: int):
    """The person leaves: signed out everywhere, API tokens revoked, consents withdrawn with the
    reason "left the organisation" (erased after the charter's retention). Idempotent; refused on
    oneself (409 ``self``)."""
    require_two_step(g.person)
    person = db.session.get(Person, person_id) if 0 < person_id <= MAX_ID else None
    if person is None:
        raise ApiError(404, "not_found", _("No such person."))
    if person.id == g.person.id:
        raise ApiError(409, "self", _("You cannot deactivate yourself: ask another admin."))
    with db.session.begin_nested():
        leavers.mark_left(person, source="api", actor=g.person)
    db.session.commit()
    return _one(person)
