"""Linked accounts and the OAuth client registrations we made on each Mastodon server.

``token_ciphertext``/``refresh_ciphertext``/``client_secret_ciphertext`` hold Fernet tokens
(:mod:`advocacy.core.crypto`), never a credential in clear.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from advocacy.core.models import UTCDateTime
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db

#: Networks whose accounts can be linked (X stays on share intents: its write API is paid).
LINKABLE = ("mastodon", "linkedin", "bluesky")


class OAuthApp(db.Model):
    """Our client registration on one Mastodon server (``POST /api/v1/apps``), reused for everyone."""

    __tablename__ = "accounts_oauth_apps"
    __table_args__ = (UniqueConstraint("network", "server", "redirect_uri"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    network: Mapped[str] = mapped_column(String(20))
    #: The server's base URL (``https://social.example``; plain http only for an allow-listed host).
    server: Mapped[str] = mapped_column(String(300))
    redirect_uri: Mapped[str] = mapped_column(String(500))
    scopes: Mapped[str] = mapped_column(String(200))
    client_id: Mapped[str] = mapped_column(String(200))
    client_secret_ciphertext: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class LinkedAccount(db.Model):
    """One person's account on one network (several Mastodon servers allowed)."""

    __tablename__ = "accounts_linked"
    __table_args__ = (UniqueConstraint("network", "server", "account_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    network: Mapped[str] = mapped_column(String(20))
    server: Mapped[str] = mapped_column(String(300))
    #: The provider's own id of the account (Mastodon account id, Bluesky DID, LinkedIn person URN).
    account_id: Mapped[str] = mapped_column(String(300))
    #: As the tracker compares authors: ``user@host`` for Mastodon.
    handle: Mapped[str] = mapped_column(String(320))
    profile_url: Mapped[str | None] = mapped_column(String(500))
    app_id: Mapped[int | None] = mapped_column(ForeignKey("accounts_oauth_apps.id", ondelete="SET NULL"))
    scopes: Mapped[str] = mapped_column(String(300), default="")
    token_ciphertext: Mapped[str] = mapped_column(Text)
    refresh_ciphertext: Mapped[str | None] = mapped_column(Text)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    #: When the refresh token itself ends (LinkedIn: 365 days from the first link, never renewed).
    refresh_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    #: Set when the provider refused the token (expired or revoked there): the person links again.
    refused_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    @property
    def label(self) -> str:
        """How the page names the account: ``@user@host`` or ``@handle``; a LinkedIn member by name."""
        return self.handle if self.network == "linkedin" else "@" + self.handle

    @property
    def relink_by(self) -> datetime | None:
        """When the person must link the account again (None: no known end): the refresh token's end
        when there is one, else the access token's."""
        if self.refresh_ciphertext:
            return self.refresh_expires_at
        return self.expires_at
