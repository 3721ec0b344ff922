"""Campaigns, content kits, shares, notifications and the mail outbox.

Co-creation and gamification tables live in ``gamification_models`` (imported above
so every table joins ``db.metadata`` when the factory imports this module).
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from advocacy.core import crypto
from advocacy.core.models import UTCDateTime
from advocacy.core.timeutil import utcnow
from advocacy.disclosure import NETWORKS
from advocacy.extensions import db
from advocacy.campaigns.gamification_models import (  # noqa: F401  (tables join the metadata)
    Badge,
    Idea,
    IdeaVote,
    PointEntry,
    Redemption,
    Reward,
)

from advocacy.accounts import models as _accounts_models  # noqa: E402,F401  (shares refer to linked accounts)

#: A share the service publishes through a linked account (``Share.publish_state``).
PUBLISH_SCHEDULED, PUBLISH_PUBLISHING, PUBLISH_PUBLISHED, PUBLISH_FAILED = (
    "scheduled", "publishing", "published", "failed")
#: The answer to a publication was lost and the network cannot tell whether the post exists: the
#: person checks their profile (never posted twice on a guess).
PUBLISH_NEEDS_CHECK = "needs_check"

#: The networks (of ``advocacy.disclosure.NETWORKS``) the product can prepare a share for: a share
#: link and post-URL validation exist for these; Facebook and Instagram are checked, not shared.
SHARE_NETWORKS = tuple(n for n in NETWORKS if n in ("linkedin", "x", "bluesky", "mastodon"))
LANGS = ("fr", "en")

# Kit review workflow.
KIT_DRAFT, KIT_SUBMITTED, KIT_APPROVED, KIT_RETURNED, KIT_WITHDRAWN = (
    "draft", "submitted", "approved", "returned", "withdrawn")
KIT_STATUSES = (KIT_DRAFT, KIT_SUBMITTED, KIT_APPROVED, KIT_RETURNED, KIT_WITHDRAWN)

# Share life cycle: prepared (text + tracked link) → pending (post URL registered, waiting for
# tracking) → tracked (tracking reads its metrics) → gone (post deleted) / stopped (consent
# withdrawn) / erased (personal data erased) / not_yours (the tracker saw the post under another
# account than the sharer's: no points, not counted).
SHARE_PREPARED, SHARE_PENDING, SHARE_TRACKED, SHARE_GONE, SHARE_STOPPED, SHARE_ERASED = (
    "prepared", "pending", "tracked", "gone", "stopped", "erased")
SHARE_NOT_YOURS = "not_yours"
SHARE_STATUSES = (SHARE_PREPARED, SHARE_PENDING, SHARE_TRACKED, SHARE_GONE, SHARE_STOPPED, SHARE_ERASED,
                  SHARE_NOT_YOURS)
#: Statuses of shares that are not (or no longer) the sharer's registered post: never counted.
SHARE_UNCOUNTED = (SHARE_PREPARED, SHARE_ERASED, SHARE_NOT_YOURS)


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
    #: The charter version and checker rules the approved variants passed under; a kit checked
    #: under another version than the one in force is paused for employees until re-checked.
    checked_charter_version_id: Mapped[int | None] = mapped_column(
        ForeignKey("charter_versions.id", ondelete="SET NULL"))
    checked_rules: Mapped[str] = mapped_column(String(16), default="", server_default="")
    #: Set when a re-check after a rule change sent the kit back to review (``reason`` code).
    paused_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    paused_reason: Mapped[str] = mapped_column(String(20), default="", server_default="")
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
    #: ``networks.post_key`` of the URL: one post is registered once, by anyone, whatever its address.
    post_key: Mapped[str | None] = mapped_column(String(600), unique=True)
    text: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default=SHARE_PREPARED, index=True)
    #: 0..1: how much of the final text is the employee's own (1 - token similarity to the variant).
    authenticity: Mapped[float] = mapped_column(Float, default=0.0)
    check_verdict: Mapped[str] = mapped_column(String(8), default="")
    #: Mastodon instance host the share link was built for.
    instance: Mapped[str | None] = mapped_column(String(255))
    #: Bluesky: the author's DID and the post's ``at://<did>/app.bsky.feed.post/<rkey>`` URI, resolved
    #: from the handle once (at registration, else by the first poll that manages it). A handle can
    #: change; the DID does not, so tracking reads the post by this URI once it is known.
    author_did: Mapped[str | None] = mapped_column(String(300))
    at_uri: Mapped[str | None] = mapped_column(String(1000))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    registered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    #: Published by the service through a linked account (``campaigns.publishing``): ``scheduled``,
    #: ``publishing``, ``published`` or ``failed`` (``publish_error`` says why); None for a post the
    #: employee published and registered by URL.
    publish_state: Mapped[str | None] = mapped_column(String(12))
    publish_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    publish_error: Mapped[str | None] = mapped_column(String(300))
    publish_attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    #: When the first request whose answer we never got was sent (an attempt in flight, or lost):
    #: set before calling the network, cleared by its answer. Set at the next try, the post may exist.
    publish_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    linked_account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts_linked.id", ondelete="SET NULL"))
    #: The provider's own id of the published post (Mastodon status id).
    post_id: Mapped[str | None] = mapped_column(String(300))

    variant: Mapped[KitVariant] = relationship()

    @property
    def kit(self) -> Kit:
        return self.variant.kit

    @property
    def campaign_id(self) -> int:
        return self.variant.kit.campaign_id

    def __repr__(self) -> str:
        return f"<Share {self.id} {self.network} {self.status}>"


SHARE_DECISIONS = ("pass", "fail")


class ShareReview(db.Model):
    """Compliance's decision on a share the disclosure checker could only ``warn`` about: pass or
    fail, with the reason, shown to the author. One current decision per share (a re-review after
    the author edited a failed post updates it); the audit trail keeps every decision and who."""

    __tablename__ = "share_reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    share_id: Mapped[int] = mapped_column(ForeignKey("shares.id", ondelete="CASCADE"), unique=True)
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"), index=True)
    decision: Mapped[str] = mapped_column(String(8))
    reason: Mapped[str] = mapped_column(Text, default="")
    #: the checker's warnings the reviewer saw (rule ids, comma-separated)
    rules: Mapped[str] = mapped_column(String(400), default="")
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: After a ``fail`` on a published post, what its author did: "" (nothing yet), edited, deleted.
    resolution: Mapped[str] = mapped_column(String(10), default="", server_default="")
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    share: Mapped[Share] = relationship()


class ShareProfile(db.Model):
    """Per-person sharing preferences: the Mastodon instance (asked once) and the networks they use."""

    __tablename__ = "share_profiles"

    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True)
    mastodon_instance: Mapped[str | None] = mapped_column(String(255))
    #: The person's own accounts (``user@host`` on Mastodon, the DID on Bluesky): the author every
    #: registered post must have (``campaigns.ownership``). One account belongs to one person.
    mastodon_account: Mapped[str | None] = mapped_column(String(320), unique=True)
    bluesky_account: Mapped[str | None] = mapped_column(String(255), unique=True)
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


class PushSubscription(db.Model):
    """One device on which a person turned Web Push on (the browser's ``PushSubscription``).

    The endpoint is the push service's capability URL for that browser; ``p256dh`` and ``auth`` let
    us encrypt to it (RFC 8291). None of them lets anyone *send*: the push service accepts only
    messages signed with our VAPID private key (RFC 8292), which lives in the settings, never here.
    All three are personal data and stored encrypted (:mod:`advocacy.core.crypto`, re-encrypted by
    ``flask keys rotate``); the endpoint is found by its keyed hash (``endpoint_hash``). Read them
    through the properties (None when no configured key opens them).
    Withdrawn by the person (or deleted when the push service answers 404/410, when they leave, are
    erased or withdraw the ``notifications`` purpose)."""

    __tablename__ = "push_subscriptions"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    endpoint_encrypted: Mapped[str] = mapped_column(Text)
    #: ``crypto.lookup_hash(endpoint)``: one device, one row.
    endpoint_hash: Mapped[str] = mapped_column(String(64), unique=True)
    p256dh_encrypted: Mapped[str] = mapped_column(Text)
    auth_encrypted: Mapped[str] = mapped_column(Text)
    #: What the person may recognise the device by (browser and system, from the User-Agent).
    label: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    ENCRYPTED = ("endpoint_encrypted", "p256dh_encrypted", "auth_encrypted")

    def store(self, endpoint: str, p256dh: str, auth: str) -> None:
        self.endpoint_encrypted = crypto.encrypt(endpoint)
        self.endpoint_hash = crypto.lookup_hash(endpoint)
        self.p256dh_encrypted, self.auth_encrypted = crypto.encrypt(p256dh), crypto.encrypt(auth)

    @property
    def endpoint(self) -> str | None:
        return crypto.open_value(self.endpoint_encrypted)

    @property
    def p256dh(self) -> str | None:
        return crypto.open_value(self.p256dh_encrypted)

    @property
    def auth(self) -> str | None:
        return crypto.open_value(self.auth_encrypted)


PUSH_QUEUED, PUSH_SENT, PUSH_FAILED, PUSH_CANCELLED = "queued", "sent", "failed", "cancelled"


class PushDelivery(db.Model):
    """The push outbox: one row per notification and device, written in the business transaction;
    a job sends it (held through the person's quiet hours, re-checking consent when sending)."""

    __tablename__ = "push_deliveries"
    __table_args__ = (UniqueConstraint("notification_id", "subscription_id"),
                      Index("ix_push_deliveries_status", "status", "next_at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    notification_id: Mapped[int] = mapped_column(ForeignKey("notifications.id", ondelete="CASCADE"))
    subscription_id: Mapped[int] = mapped_column(ForeignKey("push_subscriptions.id", ondelete="CASCADE"),
                                                 index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(12), default=PUSH_QUEUED)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    next_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
