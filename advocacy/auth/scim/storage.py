"""SCIM Users and Groups read from and written to our tables (scim2-server's storage contract).

scim2-server parses requests, applies PATCH operations, checks mutability, pages, and renders
errors; this module only maps resources to rows. Invariants:
- a User is a person (id = person id), a Group's id is "g<n>" (ids unique across types); a deleted User is a leaver (inactive, ``scim_users.deleted_at``)
  and answers 404 from then on; an erased person is never listed;
- deactivating (``active: false``) or deleting a User calls ``auth.leavers.mark_left``;
- a Group named like a role gives that role to its members: membership changes add and remove the
  role (a role another such group still gives is kept);
- everything flushes; the view commits once per request (rolls back on an error answer).
"""
from __future__ import annotations

import re
from contextlib import contextmanager
from typing import Any

from scim2_models import (InvalidFilterException, InvalidValueException, Meta, NotFoundException, Resource,
                          ResourceType, ScimFilter, SearchRequest, UniquenessException)
from scim2_server.storage import ScimStorage, SearchPage
from scim2_server.utils import parametrize
from sqlalchemy import and_, func, or_, select

from advocacy.auth.leavers import mark_left, mark_returned
from advocacy.auth.models import Person, ScimGroup, ScimGroupMember, ScimUser
from advocacy.auth.roles import ALL_ROLES, EMPLOYEE
from advocacy.auth.scim.schema import EnterpriseUser, GroupMember, Name
from advocacy.auth.services import EMAIL_RE, get_or_create_team, normalise_email
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db

_USERNAME_EQ = re.compile(r'^\s*username\s+eq\s+"((?:[^"\\]|\\.)*)"\s*$', re.IGNORECASE)
SOURCE = "scim"
#: RFC 7643 §3.1: an id is unique across all resources; Users are "<person id>", Groups "g<n>".
GROUP_ID_PREFIX = "g"


def _role_of(display_name: str | None) -> str | None:
    name = (display_name or "").strip().lower()
    return name if name in ALL_ROLES else None


def _version(number: int) -> str:
    return f'W/"{number}"'


class PeopleStorage(ScimStorage):
    def __init__(self, provider):
        self.user_model = provider.model_for("User")
        self.group_model = provider.model_for("Group")

    # -- reading ------------------------------------------------------------------------

    def _person(self, resource_id: str) -> tuple[Person, ScimUser | None]:
        if not resource_id.isdigit() or len(resource_id) > 12:
            raise NotFoundException(detail=f"User {resource_id} not found")
        person = db.session.get(Person, int(resource_id))
        link = db.session.get(ScimUser, person.id) if person is not None else None
        if person is None or person.erased_at is not None or (link is not None and link.deleted_at is not None):
            raise NotFoundException(detail=f"User {resource_id} not found")
        return person, link

    def _group(self, resource_id: str) -> ScimGroup:
        number = resource_id[len(GROUP_ID_PREFIX):] if resource_id.startswith(GROUP_ID_PREFIX) else ""
        group = db.session.get(ScimGroup, int(number)) if number.isdigit() and len(number) <= 12 else None
        if group is None:
            raise NotFoundException(detail=f"Group {resource_id} not found")
        return group

    def _user_resource(self, person: Person, link: ScimUser | None) -> Resource[Any]:
        user = self.user_model(
            id=str(person.id),
            external_id=link.external_id if link else None,
            user_name=(link.user_name if link else None) or person.email,
            display_name=link.display_name if link else person.display_name,
            active=(link.active if link else True) if person.is_active else False,
            emails=[self.user_model.Emails(value=person.email, type=(link.email_type if link else None) or "work")],
        )
        if link is not None and (link.given_name or link.family_name or link.formatted_name):
            user.name = Name(formatted=link.formatted_name, given_name=link.given_name, family_name=link.family_name)
        if person.team is not None:
            user[EnterpriseUser] = EnterpriseUser(department=person.team.name)
        user.meta = Meta(resource_type="User", created=person.created_at,
                         last_modified=link.updated_at if link else person.created_at,
                         version=_version(link.version if link else 1))
        return user

    def _location(self, ref) -> str | None:
        return str(ref).rstrip("/").rsplit("/", 1)[-1] if ref else None

    def _group_resource(self, group: ScimGroup) -> Resource[Any]:
        members = [GroupMember(value=str(m.person_id), ref=f"Users/{m.person_id}")
                   for m in sorted(group.member_rows, key=lambda m: m.person_id)]
        resource = self.group_model(id=f"{GROUP_ID_PREFIX}{group.id}", external_id=group.external_id, display_name=group.display_name,
                                    members=members or None)
        resource.meta = Meta(resource_type="Group", created=group.created_at, last_modified=group.updated_at,
                             version=_version(group.version))
        return resource

    def get(self, resource_type: ResourceType, resource_id: str, *, response_parameters=None) -> Resource[Any]:
        if resource_type.name == "User":
            return self._user_resource(*self._person(resource_id))
        return self._group_resource(self._group(resource_id))

    @staticmethod
    def _users_query():
        return (select(Person, ScimUser).outerjoin(ScimUser, ScimUser.person_id == Person.id)
                .where(Person.erased_at.is_(None), ScimUser.deleted_at.is_(None)))

    def _user_page(self, search_request: SearchRequest) -> SearchPage:
        """Listing Users without a filter (a provider paging through everyone): paged in SQL."""
        base = self._users_query()
        total = db.session.scalar(select(func.count()).select_from(base.subquery()))
        query = base.order_by(Person.id).offset(search_request.start_index_0 or 0)
        if search_request.count is not None:
            query = query.limit(search_request.count)
        return SearchPage(total=total, resources=[self._user_resource(p, link) for p, link in db.session.execute(query)])

    def _all_users(self, search_request: SearchRequest) -> list[Resource[Any]]:
        query = self._users_query().order_by(Person.id)
        wanted = _USERNAME_EQ.match(str(search_request.filter)) if search_request.filter is not None else None
        if wanted:  # the filter every provisioning client sends first: one indexed lookup
            value = wanted.group(1).replace('\\"', '"')
            query = query.where(or_(func.lower(ScimUser.user_name) == value.lower(),
                                    and_(ScimUser.user_name.is_(None), Person.email == normalise_email(value))))
        return [self._user_resource(person, link) for person, link in db.session.execute(query)]

    def search(self, resource_types: list[ResourceType], search_request: SearchRequest, *, position=None) -> SearchPage:
        if search_request.filter is None and [rt.name for rt in resource_types] == ["User"]:
            return self._user_page(search_request)
        resources: list[Resource[Any]] = []
        for resource_type in resource_types:
            if resource_type.name == "User":
                resources += self._all_users(search_request)
            else:
                resources += [self._group_resource(g) for g in db.session.scalars(select(ScimGroup).order_by(ScimGroup.id))]
        scim_filter = search_request.filter
        if scim_filter is not None:
            if not scim_filter.models and resources:
                models = tuple(dict.fromkeys(type(r) for r in resources))
                try:
                    scim_filter = parametrize(ScimFilter, models[0] if len(models) == 1 else models[0] | models[1])(
                        str(scim_filter))
                except ValueError as exc:
                    raise InvalidFilterException(detail=str(exc)) from None
            resources = [r for r in resources if scim_filter.match(r)]
        start = search_request.start_index_0 or 0
        stop = None if search_request.count is None else start + search_request.count
        return SearchPage(total=len(resources), resources=resources[start:stop])

    # -- writing ------------------------------------------------------------------------

    def _apply_user(self, person: Person, link: ScimUser, resource: Resource[Any]) -> None:
        user_name = (resource.user_name or "").strip()
        if not user_name or len(user_name) > 254:
            raise InvalidValueException(detail="userName is required (at most 254 characters)")
        # Clients that know only RFC 7643's User may still send primary: prefer that address.
        primary = next((e for e in resource.emails or [] if getattr(e, "primary", None)), None) \
            or next(iter(resource.emails or []), None)
        candidates = [normalise_email(primary.value or "") if primary else "", normalise_email(user_name)]
        email = next((c for c in candidates if EMAIL_RE.match(c) and len(c) <= 254), None)
        if email is None:
            raise InvalidValueException(detail="an e-mail address is required: in emails, or as the userName")
        taken = db.session.scalar(select(ScimUser.person_id).where(
            func.lower(ScimUser.user_name) == user_name.lower(), ScimUser.person_id != (person.id or 0)))
        if taken is None:
            taken = db.session.scalar(select(Person.id).where(Person.email == email, Person.id != (person.id or 0)))
        if taken is None and normalise_email(user_name) != email:
            taken = db.session.scalar(select(Person.id).where(Person.email == normalise_email(user_name),
                                                              Person.id != (person.id or 0)))
        if taken is not None:
            raise UniquenessException(detail=f"userName {user_name} or e-mail {email} is already taken")
        person.email = email
        link.user_name = None if normalise_email(user_name) == email else user_name
        link.email_type = ((primary.type or "")[:40] or None) if primary else None
        name = resource.name
        link.given_name = ((name.given_name or "")[:120] or None) if name else None
        link.family_name = ((name.family_name or "")[:120] or None) if name else None
        link.formatted_name = ((name.formatted or "")[:255] or None) if name else None
        link.display_name = (resource.display_name or "")[:255] or None
        shown = (link.display_name or link.formatted_name
                 or " ".join(p for p in (link.given_name, link.family_name) if p) or email)
        person.display_name = shown.strip()[:120] or email
        link.external_id = resource.external_id
        link.active = resource.active
        extension = resource[EnterpriseUser]
        department = (extension.department or "").strip() if extension is not None else ""
        person.team = get_or_create_team(department[:120]) if department else None
        link.version = (link.version or 0) + 1
        link.updated_at = utcnow()

    def create(self, resource_type: ResourceType, resource: Resource[Any]) -> Resource[Any]:
        if resource_type.name == "Group":
            return self._create_group(resource)
        person = Person(email="", display_name="", active=True)
        person.set_roles([EMPLOYEE])
        link = ScimUser(person=person, version=0)
        with db.session.no_autoflush:
            self._apply_user(person, link, resource)
        db.session.add_all([person, link])
        db.session.flush()
        if resource.active is False:
            mark_left(person, source=SOURCE)
        return self._user_resource(person, link)

    def _link(self, person: Person, link: ScimUser | None) -> ScimUser:
        if link is None:
            link = ScimUser(person=person, version=1)
            db.session.add(link)
        return link

    def update(self, resource_type: ResourceType, resource: Resource[Any], *, expected_version=None) -> Resource[Any]:
        if resource_type.name == "Group":
            return self._update_group(self._group(resource.id or ""), resource)
        person, link = self._person(resource.id or "")
        link = self._link(person, link)
        self._apply_user(person, link, resource)
        if resource.active is False and person.active:
            mark_left(person, source=SOURCE)
        elif resource.active is not False and not person.active:  # true, or unassigned (our default: active)
            mark_returned(person, source=SOURCE)
        db.session.flush()
        return self._user_resource(person, link)

    def delete(self, resource_type: ResourceType, resource_id: str, *, expected_version=None) -> None:
        if resource_type.name == "Group":
            group = self._group(resource_id)
            self._sync_roles(group, before=self._pairs(group), after=set())
            db.session.delete(group)
            db.session.flush()
            return
        person, link = self._person(resource_id)
        link = self._link(person, link)
        link.deleted_at = utcnow()
        for membership in db.session.scalars(select(ScimGroupMember).where(ScimGroupMember.person_id == person.id)):
            group = db.session.get(ScimGroup, membership.group_id)
            before = self._pairs(group)
            group.member_rows = [m for m in group.member_rows if m.person_id != person.id]
            self._sync_roles(group, before=before, after=self._pairs(group))
        mark_left(person, source=SOURCE)
        db.session.flush()

    # -- groups -------------------------------------------------------------------------

    @staticmethod
    def _pairs(group: ScimGroup) -> set[tuple[int, str]]:
        role = _role_of(group.display_name)
        return {(m.person_id, role) for m in group.member_rows} if role else set()

    def _member_ids(self, resource: Resource[Any]) -> list[int]:
        ids = []
        for member in resource.members or []:
            value = (member.value or self._location(member.ref) or "").strip()
            try:
                self._person(value)
            except NotFoundException:
                raise InvalidValueException(detail=f"member {value!r} is not a User of this service") from None
            if int(value) not in ids:
                ids.append(int(value))
        return ids

    def _check_name(self, display_name: str | None, group_id: int | None) -> str:
        name = (display_name or "").strip()
        if not name or len(name) > 255:
            raise InvalidValueException(detail="displayName is required (at most 255 characters)")
        clash = db.session.scalar(select(ScimGroup.id).where(func.lower(ScimGroup.display_name) == name.lower(),
                                                             ScimGroup.id != (group_id or 0)))
        if clash is not None:
            raise UniquenessException(detail=f"a group named {name!r} exists")
        return name

    def _create_group(self, resource: Resource[Any]) -> Resource[Any]:
        group = ScimGroup(display_name=self._check_name(resource.display_name, None), external_id=resource.external_id,
                          version=1)
        group.member_rows = [ScimGroupMember(person_id=pid) for pid in self._member_ids(resource)]
        db.session.add(group)
        db.session.flush()
        self._sync_roles(group, before=set(), after=self._pairs(group))
        return self._group_resource(group)

    def _update_group(self, group: ScimGroup, resource: Resource[Any]) -> Resource[Any]:
        before = self._pairs(group)
        group.display_name = self._check_name(resource.display_name, group.id)
        group.external_id = resource.external_id
        wanted = self._member_ids(resource)
        keep = [m for m in group.member_rows if m.person_id in wanted]
        have = {m.person_id for m in keep}
        group.member_rows = keep + [ScimGroupMember(person_id=pid) for pid in wanted if pid not in have]
        group.version += 1
        group.updated_at = utcnow()
        db.session.flush()
        self._sync_roles(group, before=before, after=self._pairs(group))
        return self._group_resource(group)

    def _sync_roles(self, group: ScimGroup, *, before: set, after: set) -> None:
        for person_id, role in after - before:
            person = db.session.get(Person, person_id)
            person.set_roles(person.roles | {role})
        for person_id, role in before - after:
            still = db.session.scalar(
                select(func.count()).select_from(ScimGroupMember).join(ScimGroup, ScimGroup.id == ScimGroupMember.group_id)
                .where(ScimGroupMember.person_id == person_id, ScimGroup.id != group.id,
                       func.lower(ScimGroup.display_name) == role))
            if not still:
                person = db.session.get(Person, person_id)
                person.set_roles(person.roles - {role})
        db.session.flush()

    @contextmanager
    def operation(self):
        yield
