"""What our SCIM service publishes (RFC 7643): only the attributes we keep, so that a client never
writes a value that we would silently drop.

User: ``userName`` (the e-mail, unique), ``name`` (formatted, givenName, familyName),
``displayName``, ``emails`` (the one address, = ``userName``), ``preferredLanguage`` (fr/en),
``timezone``, ``active``, ``externalId``; the enterprise extension's ``department`` is the team.
Group: ``displayName`` and ``members`` (users); a group named like a role gives that role.
"""
from __future__ import annotations

from typing import Annotated, Any, ClassVar

from pydantic import Field

from scim2_models import (URN, AnyExtension, AuthenticationScheme, Bulk, ChangePassword, ComplexAttribute, ETag, ResourceType,
                          Extension, External, Filter, Mutability, Patch, Reference, Required, Resource,
                          ScimProvider, ServiceProviderConfig, Sort, Uniqueness)

MAX_RESULTS = 200


class Name(ComplexAttribute):
    formatted: str | None = None
    """The full name."""
    family_name: str | None = None
    """The family name."""
    given_name: str | None = None
    """The given name."""


class Email(ComplexAttribute):
    value: Annotated[str | None, Required.true] = None
    """The person's e-mail address."""
    type: str | None = None
    """A label such as work. A person has one address, so there is no primary flag (one sent by a
    provider picks the address: see ``blueprint.tolerate_primary``)."""


class EnterpriseUser(Extension):
    __schema__ = URN("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User")

    department: str | None = None
    """The department: the person's team."""


class User(Resource[AnyExtension]):
    __schema__ = URN("urn:ietf:params:scim:schemas:core:2.0:User")

    user_name: Annotated[str | None, Uniqueness.server, Required.true] = None
    """Unique; often the e-mail address (a UPN is fine: the primary of emails is the address)."""
    name: Name | None = None
    """The components of the person's name."""
    display_name: str | None = None
    """The name shown in the service."""
    active: bool | None = None
    """False: the person has left (signed out everywhere, consents withdrawn)."""
    emails: Annotated[list[Email] | None, Required.true] = None
    """The person's e-mail address (the primary one is used to sign in)."""

    Emails: ClassVar[type[ComplexAttribute]] = Email


class GroupMember(ComplexAttribute):
    value: Annotated[str | None, Mutability.immutable] = None
    """The id of a member User."""
    ref: Annotated[Reference["User"] | None, Mutability.immutable] = Field(
        None, serialization_alias="$ref", validation_alias="$ref")
    """The URI of the member User."""


class Group(Resource[Any]):
    __schema__ = URN("urn:ietf:params:scim:schemas:core:2.0:Group")

    display_name: Annotated[str | None, Required.true, Uniqueness.server] = None
    """The group's name; a role name (admin, hr, staff_rep, compliance, marketer, employee) gives that role."""
    members: list[GroupMember] | None = None
    """The group's members (Users only)."""

    Members: ClassVar[type[ComplexAttribute]] = GroupMember


BEARER = AuthenticationScheme(
    type=AuthenticationScheme.Type.oauthbearertoken,
    name="Bearer token",
    description="A token printed by `flask scim token` (sent as Authorization: Bearer …).",
    spec_uri=Reference[External]("https://datatracker.ietf.org/doc/html/rfc6750"),
    primary=True,
)


def build_provider() -> ScimProvider:
    config = ServiceProviderConfig(
        patch=Patch(supported=True),
        bulk=Bulk(supported=False, max_operations=0, max_payload_size=0),
        filter=Filter(supported=True, max_results=MAX_RESULTS),
        change_password=ChangePassword(supported=False),
        sort=Sort(supported=False),
        etag=ETag(supported=False),
        authentication_schemes=[BEARER],
    )
    resource_types = [ResourceType.from_resource(User[EnterpriseUser]), ResourceType.from_resource(Group)]
    return ScimProvider([User, EnterpriseUser, Group], resource_types, config=config)
