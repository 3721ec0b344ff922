"""The consent ledger (append-only, hash-chained), its current-state table, and GDPR requests."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from advocacy.core.models import UTCDateTime
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db

GIVEN, WITHDRAWN, EXPIRED = "given", "withdrawn", "expired"
EVENT_TYPES = (GIVEN, WITHDRAWN, EXPIRED)
METHODS = ("web", "api", "demo", "system", "admin")


class ConsentEvent(db.Model):
    """One consent event. Never updated or deleted; ``flask consent verify`` checks the chain.

    ``person_id`` has no foreign key: erasure pseudonymises the person, and the event keeps
    proving that a consent existed without naming anyone.
    """

    __tablename__ = "consent_events"
    __table_args__ = (Index("ix_consent_events_person_purpose_at", "person_id", "purpose", "at"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    receipt_id: Mapped[str] = mapped_column(String(36), unique=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    person_id: Mapped[int] = mapped_column(Integer)
    purpose: Mapped[str] = mapped_column(String(40))
    event: Mapped[str] = mapped_column(String(12))
    method: Mapped[str] = mapped_column(String(12))
    recorded_by_id: Mapped[int | None] = mapped_column(Integer)
    charter_version_id: Mapped[int | None] = mapped_column(Integer)
    charter_version_label: Mapped[str | None] = mapped_column(String(40))
    notice_language: Mapped[str] = mapped_column(String(5))
    notice_version: Mapped[str] = mapped_column(String(20))
    notice_hash: Mapped[str] = mapped_column(String(64))
    details: Mapped[dict] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)

    def payload(self) -> dict:
        return {
            "receipt_id": self.receipt_id,
            "at": self.at.isoformat(timespec="microseconds"),
            "person_id": self.person_id,
            "purpose": self.purpose,
            "event": self.event,
            "method": self.method,
            "recorded_by_id": self.recorded_by_id,
            "charter_version_id": self.charter_version_id,
            "charter_version_label": self.charter_version_label,
            "notice_language": self.notice_language,
            "notice_version": self.notice_version,
            "notice_hash": self.notice_hash,
            "details": self.details or {},
        }

    @property
    def given(self) -> bool:
        return self.event == GIVEN


class ConsentState(db.Model):
    """Current state per person × purpose, maintained with the ledger (``has_consent`` reads it).

    Derived data: ``flask consent verify`` checks that it matches the last event of the ledger.
    """

    __tablename__ = "consent_states"
    __table_args__ = (UniqueConstraint("person_id", "purpose", name="uq_consent_states_person_purpose"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(Integer)
    purpose: Mapped[str] = mapped_column(String(40))
    given: Mapped[bool] = mapped_column(Boolean, default=False)
    since: Mapped[datetime] = mapped_column(UTCDateTime)
    event_id: Mapped[int] = mapped_column(BigInteger)
    charter_version_id: Mapped[int | None] = mapped_column(Integer)
    #: set on withdrawal of a purged purpose, cleared by the purge job (reconciled from the database)
    purge_pending: Mapped[bool] = mapped_column(Boolean, default=False)


class DataRequest(db.Model):
    """A GDPR request run as an RQ job: ``export`` (zip download) or ``erase``."""

    __tablename__ = "consent_data_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[str] = mapped_column(String(43), unique=True)
    person_id: Mapped[int] = mapped_column(Integer, index=True)
    kind: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(10), default="queued")  # queued running done failed expired
    progress: Mapped[int] = mapped_column(Integer, default=0)
    step: Mapped[str] = mapped_column(String(80), default="")
    error: Mapped[str | None] = mapped_column(String(500))
    file_name: Mapped[str | None] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class AggregateRelease(db.Model):
    """The consent statistics released for one calendar week (``week``: its Monday), frozen once made.

    The statistics page and API never read live states: they show the figures as of the end of the
    last complete week, computed from the ledger the first time someone asks during the following
    week and kept here, so that reading before and after one person changes a consent shows the same
    table. ``cells`` holds, per ``"<team id or ->:<purpose>"`` (``"*"`` for everyone), the released
    ``[given, population]`` *before* small-group suppression: a cell keeps its previous release while
    fewer than ``k`` people's choices moved it (``reports.release``).
    """

    __tablename__ = "consent_aggregate_releases"

    week: Mapped[date] = mapped_column(Date, primary_key=True)
    cells: Mapped[dict] = mapped_column(JSON)
    k: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
