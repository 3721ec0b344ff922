"""People, teams, roles, API tokens and login attempts."""
from __future__ import annotations

from datetime import datetime

from flask_login import UserMixin
from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from advocacy.core.models import UTCDateTime
from advocacy.core.timeutil import utcnow, default_timezone
from advocacy.extensions import db


class Team(db.Model):
    __tablename__ = "teams"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    members: Mapped[list["Person"]] = relationship(back_populates="team")

    def __repr__(self) -> str:
        return f"<Team {self.slug}>"


class PersonRole(db.Model):
    __tablename__ = "person_roles"
    __table_args__ = (UniqueConstraint("person_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20))


class Person(UserMixin, db.Model):
    __tablename__ = "persons"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    language: Mapped[str] = mapped_column(String(5), default="fr")
    timezone: Mapped[str] = mapped_column(String(64), default=default_timezone)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"), index=True)
    password_hash: Mapped[str | None] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    left_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Second factor (TOTP, RFC 6238): the shared secret is stored encrypted (advocacy.auth.mfa).
    totp_secret: Mapped[str | None] = mapped_column(String(255))
    totp_enabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    #: The last accepted TOTP time step: a code is never accepted twice.
    totp_last_step: Mapped[int | None] = mapped_column(BigInteger)

    team: Mapped[Team | None] = relationship(back_populates="members")
    role_rows: Mapped[list[PersonRole]] = relationship(cascade="all, delete-orphan", lazy="selectin")

    @property
    def roles(self) -> set[str]:
        return {row.role for row in self.role_rows}

    def has_role(self, *roles: str) -> bool:
        mine = self.roles
        return any(role in mine for role in roles)

    def set_roles(self, roles) -> None:
        wanted = set(roles)
        self.role_rows = [row for row in self.role_rows if row.role in wanted]
        for role in sorted(wanted - self.roles):
            self.role_rows.append(PersonRole(role=role))

    @property
    def is_active(self) -> bool:  # Flask-Login
        return bool(self.active) and self.erased_at is None

    #: The clear token of the server-side session this object was loaded for (never stored).
    session_token = None  # type: str | None

    def get_id(self) -> str:  # Flask-Login: the per-session token, never the person's id
        if not self.session_token:
            raise RuntimeError("log people in with advocacy.auth.sessions.log_in(), not login_user()")
        return self.session_token

    def __repr__(self) -> str:
        return f"<Person {self.id}>"


class ApiToken(db.Model):
    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(12))
    label: Mapped[str] = mapped_column(String(120), default="")
    #: ``page`` (the person's own /me/tokens, after signing in) or ``operator`` (``flask people token``
    #: on the server: whoever can run it can already change the database, so a second factor
    #: behind the token would protect nothing).
    issued_by: Mapped[str] = mapped_column(String(10), default="page", server_default="page")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    person: Mapped[Person] = relationship()


class AuthSession(db.Model):
    """One signed-in browser. The session cookie and the remember-me cookie carry a random token
    whose SHA-256 is ``token_hash``; ending the row (``ended_at``) makes both cookies worthless."""

    __tablename__ = "auth_sessions"
    __table_args__ = (Index("ix_auth_sessions_person_live", "person_id", "ended_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    remember: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    end_reason: Mapped[str] = mapped_column(String(30), default="")
    user_agent: Mapped[str] = mapped_column(String(200), default="")
    #: The client's network (IPv4 /24, IPv6 /48), enough to recognise a session, not a person.
    network: Mapped[str] = mapped_column(String(64), default="")
    #: When a second factor was last checked in this session (step-up for signatures).
    mfa_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    person: Mapped[Person] = relationship()


class LinkToken(db.Model):
    """Single-use e-mailed links (invitation, password reset); only the token's SHA-256 is kept."""

    __tablename__ = "auth_link_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[str] = mapped_column(String(20))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))

    person: Mapped[Person] = relationship(foreign_keys=[person_id])


class RecoveryCode(db.Model):
    """One-time MFA recovery codes, stored hashed."""

    __tablename__ = "auth_recovery_codes"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    code_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ExternalIdentity(db.Model):
    """A person's account at a single sign-on provider: (issuer, subject) → person.

    ``issuer`` is the OIDC issuer URL or the SAML IdP entity id; ``subject`` the ``sub`` claim or
    the SAML NameID. The pair is unique: one provider account signs in one person only.
    """

    __tablename__ = "external_identities"
    __table_args__ = (UniqueConstraint("issuer", "subject"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    protocol: Mapped[str] = mapped_column(String(8))  # "oidc" or "saml"
    issuer: Mapped[str] = mapped_column(String(512))
    subject: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    person: Mapped[Person] = relationship()


# -- SCIM provisioning --------------------------------------------------------------------

class ScimToken(db.Model):
    """A bearer token of the identity provider's SCIM client (``flask scim token``); SHA-256 only."""

    __tablename__ = "scim_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(12))
    label: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ScimUser(db.Model):
    """What SCIM knows of a person beyond ``persons``: the client's externalId, a version that
    changes with every SCIM write, and ``deleted_at`` (a deleted user is a leaver: the person row
    stays, inactive, until the charter's retention erases it; SCIM answers 404 for it)."""

    __tablename__ = "scim_users"

    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True)
    #: The client's userName when it is not the person's e-mail (e.g. a UPN); else NULL.
    user_name: Mapped[str | None] = mapped_column(String(255), unique=True)
    external_id: Mapped[str | None] = mapped_column(String(255))
    display_name: Mapped[str | None] = mapped_column(String(255))
    email_type: Mapped[str | None] = mapped_column(String(40))
    #: ``active`` as the client last wrote it (NULL: never written, or removed).
    active: Mapped[bool | None] = mapped_column(Boolean)
    given_name: Mapped[str | None] = mapped_column(String(120))
    family_name: Mapped[str | None] = mapped_column(String(120))
    formatted_name: Mapped[str | None] = mapped_column(String(255))
    version: Mapped[int] = mapped_column(default=1)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    person: Mapped[Person] = relationship()


class ScimGroup(db.Model):
    """A group pushed by the identity provider. A group whose display name is a role name
    (``admin``, ``hr``, ``marketer``…, case-insensitive) gives that role to its members."""

    __tablename__ = "scim_groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    display_name: Mapped[str] = mapped_column(String(255), unique=True)
    external_id: Mapped[str | None] = mapped_column(String(255))
    version: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    member_rows: Mapped[list["ScimGroupMember"]] = relationship(cascade="all, delete-orphan", lazy="selectin")


class ScimGroupMember(db.Model):
    __tablename__ = "scim_group_members"

    group_id: Mapped[int] = mapped_column(ForeignKey("scim_groups.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True, index=True)


class SamlAssertionId(db.Model):
    """Ids of SAML assertions already accepted, kept until they expire: a replay is refused."""

    __tablename__ = "saml_assertion_ids"

    assertion_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class PersonTeamHistory(db.Model):
    """The team a person was in until they moved (``team_id`` None: no team), written by a database
    trigger on ``persons.team_id`` whatever path moves them (pages, SSO, SCIM, bulk updates).

    KPI re-rolls read it so that a past day stays credited to the team the person was in then
    (``kpi.sources.members_on``), not to their current one."""

    __tablename__ = "person_team_history"
    __table_args__ = (Index("ix_person_team_history_person_until", "person_id", "until"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column()
    team_id: Mapped[int | None] = mapped_column()
    until: Mapped[datetime] = mapped_column(UTCDateTime)
