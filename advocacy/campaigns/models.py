"""Campaigns, content kits, shares, notifications and the mail outbox.

Co-creation and gamification tables live in ``gamification_models`` (imported at the end
so every table joins ``db.metadata`` when the factory imports this module).
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from advocacy.core.models import UTCDateTime
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db

#: Networks the product can prepare a share for (share link + post URL validation).
NETWORKS = ("linkedin", "x", "bluesky", "mastodon")
LANGS = ("fr", "en")

# Kit review workflow.
KIT_DRAFT, KIT_SUBMITTED, KIT_APPROVED, KIT_RETURNED, KIT_WITHDRAWN = (
    "draft", "submitted", "approved", "returned", "withdrawn")
KIT_STATUSES = (KIT_DRAFT, KIT_SUBMITTED, KIT_APPROVED, KIT_RETURNED, KIT_WITHDRAWN)

# Share life cycle: prepared (text + tracked link) → pending (post URL registered, waiting for
# tracking) → tracked (tracking reads its metrics) → gone (post deleted) / stopped (consent
# withdrawn) / erased (personal data erased).
SHARE_PREPARED, SHARE_PENDING, SHARE_TRACKED, SHARE_GONE, SHARE_STOPPED, SHARE_ERASED = (
    "prepared", "pending", "tracked", "gone", "stopped", "erased")
SHARE_STATUSES = (SHARE_PREPARED, SHARE_PENDING, SHARE_TRACKED, SHARE_GONE, SHARE_STOPPED, SHARE_ERASED)


class CampaignTeam(db.Model):
    """A team a campaign targets."""

    __tablename__ = "campaign_teams"
    __table_args__ = (UniqueConstraint("campaign_id", "team_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"), index=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)


class Campaign(db.Model):
    __tablename__ = "campaigns"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(160))
    goal: Mapped[str] = mapped_column(Text, default="")
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    networks: Mapped[list] = mapped_column(JSON, default=list)
    #: Landing URLs with the campaign's UTM parameters (never a personal identifier).
    landing_urls: Mapped[list] = mapped_column(JSON, default=list)
    utm_campaign: Mapped[str] = mapped_column(String(80), default="")
    #: Authors receive a consideration (points redeemable for rewards, gifts…): the disclosure
    #: checker then requires a commercial mention. Forced on when the charter has rewards.
    consideration: Mapped[bool] = mapped_column(Boolean, default=False)
    brand: Mapped[str] = mapped_column(String(120), default="")
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    team_rows: Mapped[list[CampaignTeam]] = relationship(cascade="all, delete-orphan", lazy="selectin")
    kits: Mapped[list["Kit"]] = relationship(back_populates="campaign", cascade="all, delete-orphan",
                                             order_by="Kit.id")

    @property
    def team_ids(self) -> set[int]:
        return {row.team_id for row in self.team_rows}

    def set_teams(self, team_ids) -> None:
        wanted = {int(t) for t in team_ids}
        self.team_rows = [row for row in self.team_rows if row.team_id in wanted]
        for team_id in sorted(wanted - self.team_ids):
            self.team_rows.append(CampaignTeam(team_id=team_id))

    def is_running(self, at: datetime) -> bool:
        return self.archived_at is None and self.starts_at <= at < self.ends_at

    def __repr__(self) -> str:
        return f"<Campaign {self.id} {self.name!r}>"


class Kit(db.Model):
    __tablename__ = "kits"
    __table_args__ = (Index("ix_kits_campaign_status", "campaign_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(160))
    #: "What does this mean for you?" — invites the employee's own voice.
    personalisation_prompt: Mapped[str] = mapped_column(Text, default="")
    hashtags: Mapped[list] = mapped_column(JSON, default=list)
    #: Links with the campaign UTM parameters; the first is the one shares carry.
    links: Mapped[list] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(12), default=KIT_DRAFT)
    review_comment: Mapped[str] = mapped_column(Text, default="")
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    submitted_by_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    #: Kit made from an employee's idea (co-creation): the author is credited.
    idea_id: Mapped[int | None] = mapped_column(ForeignKey("ideas.id", ondelete="SET NULL"), index=True)
    notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    campaign: Mapped[Campaign] = relationship(back_populates="kits")
    variants: Mapped[list["KitVariant"]] = relationship(back_populates="kit", cascade="all, delete-orphan",
                                                        order_by="(KitVariant.network, KitVariant.lang)")
    images: Mapped[list["KitImage"]] = relationship(back_populates="kit", cascade="all, delete-orphan",
                                                    order_by="KitImage.id")

    @property
    def link(self) -> str | None:
        return self.links[0] if self.links else None

    @property
    def editable(self) -> bool:
        return self.status in (KIT_DRAFT, KIT_RETURNED)

    def is_live(self, at: datetime) -> bool:
        return self.status == KIT_APPROVED and self.campaign.is_running(at)

    def __repr__(self) -> str:
        return f"<Kit {self.id} {self.status}>"


class KitVariant(db.Model):
    __tablename__ = "kit_variants"
    __table_args__ = (UniqueConstraint("kit_id", "network", "lang"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kit_id: Mapped[int] = mapped_column(ForeignKey("kits.id", ondelete="CASCADE"), index=True)
    network: Mapped[str] = mapped_column(String(20))
    lang: Mapped[str] = mapped_column(String(5))
    text: Mapped[str] = mapped_column(Text)
    #: Last disclosure verdict for the campaign context (pass / warn / fail).
    check_verdict: Mapped[str] = mapped_column(String(8), default="")
    #: The reviewer's comment on this variant when the kit is returned.
    review_comment: Mapped[str] = mapped_column(Text, default="")

    kit: Mapped[Kit] = relationship(back_populates="variants")

    @property
    def hashtags(self) -> list:
        return list(self.kit.hashtags or [])

    @property
    def link(self) -> str | None:
        return self.kit.link


class KitImage(db.Model):
    """An image stored under the instance path (never under the web root)."""

    __tablename__ = "kit_images"

    id: Mapped[int] = mapped_column(primary_key=True)
    kit_id: Mapped[int] = mapped_column(ForeignKey("kits.id", ondelete="CASCADE"), index=True)
    stored_name: Mapped[str] = mapped_column(String(80), unique=True)
    original_name: Mapped[str] = mapped_column(String(255), default="")
    content_type: Mapped[str] = mapped_column(String(40))
    size: Mapped[int] = mapped_column(Integer)
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    alt_text: Mapped[str] = mapped_column(Text)
    retouched: Mapped[bool] = mapped_column(Boolean, default=False)
    virtual: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    kit: Mapped[Kit] = relationship(back_populates="images")


class KitReview(db.Model):
    """One review decision on a kit (approve / return), with comments per variant in ``comments``."""

    __tablename__ = "kit_reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    kit_id: Mapped[int] = mapped_column(ForeignKey("kits.id", ondelete="CASCADE"), index=True)
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    decision: Mapped[str] = mapped_column(String(12))
    comment: Mapped[str] = mapped_column(Text, default="")
    #: {variant_id (str): comment}
    comments: Mapped[dict] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Share(db.Model):
    """An employee's share of a kit variant, in their own words, on their own account."""

    __tablename__ = "shares"
    __table_args__ = (Index("ix_shares_status_registered", "status", "registered_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"), index=True)
    kit_variant_id: Mapped[int] = mapped_column(ForeignKey("kit_variants.id"), index=True)
    network: Mapped[str] = mapped_column(String(20))
    #: The published post's URL (set when the employee registers it).
    url: Mapped[str | None] = mapped_column(String(500))
    text: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default=SHARE_PREPARED, index=True)
    #: 0..1: how much of the final text is the employee's own (1 - token similarity to the variant).
    authenticity: Mapped[float] = mapped_column(Float, default=0.0)
    check_verdict: Mapped[str] = mapped_column(String(8), default="")
    #: Mastodon instance host the share link was built for.
    instance: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    registered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    variant: Mapped[KitVariant] = relationship()

    @property
    def kit(self) -> Kit:
        return self.variant.kit

    @property
    def campaign_id(self) -> int:
        return self.variant.kit.campaign_id

    def __repr__(self) -> str:
        return f"<Share {self.id} {self.network} {self.status}>"


class ShareProfile(db.Model):
    """Per-person sharing preferences: the Mastodon instance (asked once) and the networks they use."""

    __tablename__ = "share_profiles"

    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True)
    mastodon_instance: Mapped[str | None] = mapped_column(String(255))
    #: Networks the person uses; the feed shows only these (empty = every network).
    networks: Mapped[list] = mapped_column(JSON, default=list)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Notification(db.Model):
    """In-app notification (the bell); only ever created inside the charter's limits."""

    __tablename__ = "notifications"
    __table_args__ = (Index("ix_notifications_person_read", "person_id", "read_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(30))
    kit_id: Mapped[int | None] = mapped_column(ForeignKey("kits.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


MAIL_QUEUED, MAIL_SENT, MAIL_FAILED, MAIL_CANCELLED = "queued", "sent", "failed", "cancelled"


class OutboxMail(db.Model):
    """The mail outbox: rows are written in the business transaction, a worker sends them."""

    __tablename__ = "mail_outbox"
    __table_args__ = (Index("ix_mail_outbox_status", "status", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"), index=True)
    to_address: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(30))
    kit_id: Mapped[int | None] = mapped_column(ForeignKey("kits.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(12), default=MAIL_QUEUED)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


from advocacy.campaigns.gamification_models import (  # noqa: F401  (tables join the metadata)
    Badge,
    Idea,
    IdeaVote,
    PointEntry,
    Redemption,
    Reward,
)
