"""Co-creation (ideas, votes) and ethical gamification (points ledger, badges, rewards)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from advocacy.core.models import UTCDateTime
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db

IDEA_OPEN, IDEA_ADOPTED, IDEA_DECLINED = "open", "adopted", "declined"


class Idea(db.Model):
    """A content idea proposed by an employee; a marketer may turn it into a kit (author credited)."""

    __tablename__ = "ideas"

    id: Mapped[int] = mapped_column(primary_key=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"), index=True)
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaigns.id", ondelete="SET NULL"), index=True)
    title: Mapped[str] = mapped_column(String(160))
    body: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default=IDEA_OPEN)
    credit_name: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    adopted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    votes: Mapped[list["IdeaVote"]] = relationship(cascade="all, delete-orphan", lazy="selectin")

    @property
    def vote_count(self) -> int:
        return len(self.votes)


class IdeaVote(db.Model):
    __tablename__ = "idea_votes"
    __table_args__ = (UniqueConstraint("idea_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    idea_id: Mapped[int] = mapped_column(ForeignKey("ideas.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class PointEntry(db.Model):
    """The points ledger: one row per earned rule application (never negative, never expires).

    ``ref`` names what earned it (``share:12``, ``idea:3``) so a rule applies once per thing.
    ``charter_version_id`` is the charter version in force when it was earned; points count only
    while that version provides rewards (``redeemable``). Under a version without rewards the row
    still records the contribution (badges count it) with 0 points; rows from before this rule
    that were earned under such a version keep their points but are never redeemable.
    """

    __tablename__ = "point_entries"
    __table_args__ = (UniqueConstraint("person_id", "rule", "ref"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    rule: Mapped[str] = mapped_column(String(30))
    ref: Mapped[str] = mapped_column(String(40))
    points: Mapped[int] = mapped_column(Integer)
    charter_version_id: Mapped[int | None] = mapped_column(
        ForeignKey("charter_versions.id", ondelete="SET NULL"), index=True)
    redeemable: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    #: Not yet earned: a LinkedIn or X post's points wait until the tracker has seen the post.
    pending: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Badge(db.Model):
    """A badge earned by progression (definitions are published in ``gamification.BADGES``)."""

    __tablename__ = "person_badges"
    __table_args__ = (UniqueConstraint("person_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(30))
    awarded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Reward(db.Model):
    __tablename__ = "rewards"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(160))
    description: Mapped[str] = mapped_column(Text, default="")
    cost: Mapped[int] = mapped_column(Integer)
    stock: Mapped[int | None] = mapped_column(Integer)  # None = unlimited
    active: Mapped[bool] = mapped_column(default=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


RED_REQUESTED, RED_APPROVED, RED_REFUSED, RED_CANCELLED = "requested", "approved", "refused", "cancelled"


class Redemption(db.Model):
    """A request to redeem points for a reward; a marketer approves or refuses it.

    Points are held while requested and spent once approved; refused/cancelled gives them back.
    """

    __tablename__ = "redemptions"
    __table_args__ = (Index("ix_redemptions_status", "status", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    reward_id: Mapped[int] = mapped_column(ForeignKey("rewards.id", ondelete="CASCADE"), index=True)
    points: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(10), default=RED_REQUESTED)
    note: Mapped[str] = mapped_column(Text, default="")
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    reward: Mapped[Reward] = relationship()
