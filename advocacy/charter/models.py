"""Charter versions, clauses, signatures, refusals, comments, amendments, acceptances, solicitations.

A version's content (title, clauses, policy) is hashed into its canonical form; signatures
bind that hash. On PostgreSQL, triggers (``advocacy.charter.immutability``) forbid changing the
content of a version that holds live signatures or is adopted.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column, relationship

from advocacy.charter import immutability
from advocacy.core.models import UTCDateTime
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db

JSONType = JSON().with_variant(JSONB(), "postgresql")

DRAFT, REVIEW, AWAITING, ADOPTED = "draft", "review", "awaiting_signatures", "adopted"
STATUSES = (DRAFT, REVIEW, AWAITING, ADOPTED)
OPEN_STATUSES = (DRAFT, REVIEW, AWAITING)


class CharterVersion(db.Model):
    __tablename__ = "charter_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    title: Mapped[str] = mapped_column(String(200))
    title_en: Mapped[str] = mapped_column(String(200), default="")
    policy: Mapped[dict] = mapped_column(JSONType)
    status: Mapped[str] = mapped_column(String(24), default=DRAFT, index=True)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    change_summary: Mapped[str] = mapped_column(Text, default="")
    based_on_id: Mapped[int | None] = mapped_column(ForeignKey("charter_versions.id"))
    planned_effective_from: Mapped[datetime | None] = mapped_column(UTCDateTime)
    effective_from: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    adopted_sha256: Mapped[str | None] = mapped_column(String(64))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    adopted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    #: When the ``charter_in_force`` signal went out for this version (what depends on the rules is
    #: then re-checked); set once, by ``services.announce_in_force``.
    announced_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    clauses: Mapped[list["CharterClause"]] = relationship(
        back_populates="version", order_by="CharterClause.position", cascade="all, delete-orphan")
    signatures: Mapped[list["CharterSignature"]] = relationship(
        back_populates="version", order_by="CharterSignature.signed_at")
    refusals: Mapped[list["CharterRefusal"]] = relationship(order_by="CharterRefusal.created_at")
    created_by = relationship("Person", foreign_keys=[created_by_id])
    based_on = relationship("CharterVersion", remote_side=[id])

    @property
    def live_signatures(self) -> list["CharterSignature"]:
        return [s for s in self.signatures if s.voided_at is None]

    def __repr__(self) -> str:
        return f"<CharterVersion {self.number} {self.status}>"


class CharterClause(db.Model):
    __tablename__ = "charter_clauses"
    __table_args__ = (UniqueConstraint("version_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("charter_versions.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(40))  # stable across versions, for diffs and threads
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    title_en: Mapped[str] = mapped_column(String(200), default="")
    body_en: Mapped[str] = mapped_column(Text, default="")
    #: Revision of the French (source) text: +1 at every change of its title or body.
    source_revision: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    #: The source revision the English translation translates (meaningful only when there is one).
    translated_revision: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    version: Mapped[CharterVersion] = relationship(back_populates="clauses")

    @property
    def has_translation(self) -> bool:
        return bool((self.body_en or "").strip())

    @property
    def translation_outdated(self) -> bool:
        """The English text translates an older French text (an amendment or edit since)."""
        return self.has_translation and self.translated_revision < self.source_revision


class CharterSignature(db.Model):
    __tablename__ = "charter_signatures"
    __table_args__ = (Index("uq_charter_signatures_live", "version_id", "signer_id", unique=True,
                            postgresql_where=text("voided_at IS NULL")),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("charter_versions.id"), index=True)
    signer_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    signer_label: Mapped[str] = mapped_column(String(254))  # e-mail at signing time (kept if erased)
    signer_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20))
    revision: Mapped[int] = mapped_column(Integer)
    content_sha256: Mapped[str] = mapped_column(String(64))
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: When the signer confirmed a fresh second-factor code for this signature (step-up).
    mfa_verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    void_reason: Mapped[str] = mapped_column(Text, default="")

    version: Mapped[CharterVersion] = relationship(back_populates="signatures")
    signer = relationship("Person")


class CharterRefusal(db.Model):
    __tablename__ = "charter_refusals"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("charter_versions.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    person_label: Mapped[str] = mapped_column(String(254))
    role: Mapped[str] = mapped_column(String(20))
    revision: Mapped[int] = mapped_column(Integer)
    content_sha256: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    person = relationship("Person")


class CharterComment(db.Model):
    """A comment in a thread about one clause (``clause_key``) or the policy (``"policy"``)."""

    __tablename__ = "charter_comments"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("charter_versions.id", ondelete="CASCADE"), index=True)
    clause_key: Mapped[str] = mapped_column(String(40))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("charter_comments.id", ondelete="CASCADE"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    author_role: Mapped[str] = mapped_column(String(20))
    revision: Mapped[int] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    author = relationship("Person")
    replies: Mapped[list["CharterComment"]] = relationship(order_by="CharterComment.created_at")


class CharterAmendment(db.Model):
    """A staff representative's proposed text for a clause; HR accepts it or answers it."""

    __tablename__ = "charter_amendments"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("charter_versions.id", ondelete="CASCADE"), index=True)
    clause_key: Mapped[str] = mapped_column(String(40))
    proposed_by_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    base_revision: Mapped[int] = mapped_column(Integer)
    proposed_title: Mapped[str] = mapped_column(String(200))
    proposed_body: Mapped[str] = mapped_column(Text)
    rationale: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="open")  # open / accepted / declined
    answer: Mapped[str] = mapped_column(Text, default="")
    answered_by_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    proposed_by = relationship("Person", foreign_keys=[proposed_by_id])
    answered_by = relationship("Person", foreign_keys=[answered_by_id])


class CharterAcceptance(db.Model):
    __tablename__ = "charter_acceptances"
    __table_args__ = (UniqueConstraint("version_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("charter_versions.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    content_sha256: Mapped[str] = mapped_column(String(64))
    accepted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    method: Mapped[str] = mapped_column(String(20), default="web")


class Solicitation(db.Model):
    """Every time the program solicits an employee (notification, reminder, kit push…)."""

    __tablename__ = "charter_solicitations"
    __table_args__ = (Index("ix_charter_solicitations_person_at", "person_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    kind: Mapped[str] = mapped_column(String(40))
    quiet: Mapped[bool] = mapped_column(Boolean, default=False)


immutability.attach(CharterVersion.__table__, CharterClause.__table__, CharterSignature.__table__)  # PostgreSQL triggers
