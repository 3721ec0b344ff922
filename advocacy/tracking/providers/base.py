"""What an adapter returns: a :class:`Snapshot`, or a typed :class:`ProviderError` (the family of
:mod:`advocacy.core.providers`: ``Gone``, ``RateLimited`` and ``Transient`` are the core's own)."""
from __future__ import annotations

import html
import re
import threading
from dataclasses import dataclass, field

from advocacy.core.outbound import Client, OutboundError
from advocacy.core.outbound import Client as OutboundClient
from advocacy.core.providers import (Gone, ProviderFailure, RateLimited, Transient, Unauthorized, bounded,
                                     reset_seconds, retry_after)


@dataclass(frozen=True)
class Snapshot:
    likes: int | None
    reposts: int | None
    replies: int | None
    quotes: int | None
    impressions: int | None = None
    text: str | None = None
    followers: int | None = None
    #: Who wrote the post, as the network names them (Mastodon ``acct``, Bluesky DID), when it says.
    author: str | None = None
    #: The network's own lasting identifier of the post when it has one (Bluesky: the DID-based
    #: ``at://`` URI), kept on the share so later polls need no handle resolution.
    uri: str | None = None

    def as_dict(self) -> dict:
        return {"likes": self.likes, "reposts": self.reposts, "replies": self.replies, "quotes": self.quotes,
                "impressions": self.impressions, "text": self.text, "followers": self.followers}


#: The tracking domain's name for the family's base (:mod:`advocacy.core.providers`).
ProviderError = ProviderFailure


class Private(Unauthorized):
    """401/403 on a post: it is not public (or not readable with the member's token)."""

    kind = "private"


class ConfigError(ProviderFailure):
    """The provider refused *our* configuration (token, permission, API version): no post is at
    fault, so the slot is kept and the provider paused until an admin fixes ``setting``."""

    kind = "config"
    #: Seconds before the paused provider is tried again (the admin may have fixed the setting).
    retry_after = 15 * 60.0

    def __init__(self, setting: str, detail: str = ""):
        super().__init__(detail or f"{setting} refused by the provider")
        self.setting = setting


class BadResponse(ProviderFailure):
    kind = "bad_response"

    def __init__(self, detail: str = "", permanent: bool = False, http_status: int | None = None,
                 error_name: str | None = None):
        super().__init__(detail)
        self.permanent = permanent
        #: The provider's HTTP status and its error's name (XRPC ``error``, e.g. ``InvalidRequest``).
        self.http_status, self.error_name = http_status, error_name


_local = threading.local()


def exhausted_for(headers) -> float | None:
    """Seconds until the provider's published quota resets when this answer used its last request
    (Mastodon ``X-RateLimit-Remaining/Reset`` with an ISO date, X ``x-rate-limit-*`` with an epoch)."""
    remaining = (headers.get("x-ratelimit-remaining") or headers.get("x-rate-limit-remaining")
                 or headers.get("ratelimit-remaining"))
    if remaining is None or remaining.strip() != "0":
        return None
    return bounded(reset_seconds(headers.get("x-ratelimit-reset") or headers.get("x-rate-limit-reset")
                                 or headers.get("ratelimit-reset")))


def peek_exhaustion() -> float | None:
    """The quota exhaustion seen by this thread's last request, kept for :func:`take_exhaustion`
    (an adapter reading several posts one after the other stops asking once it is set)."""
    return getattr(_local, "exhausted", None)


def take_exhaustion() -> float | None:
    """The quota exhaustion seen by this thread's last poll (then forgotten)."""
    value = getattr(_local, "exhausted", None)
    _local.exhausted = None
    return value


def _problem(response) -> str:
    """The provider's own words for an error answer (``detail``/``title``/``message``/``code``)."""
    try:
        data = response.json()
    except ValueError:
        return ""
    if not isinstance(data, dict):
        return ""
    parts = [str(data[k]) for k in ("code", "title", "detail", "message", "reason") if isinstance(data.get(k), str)]
    return " — ".join(parts)[:150]


def check_status(response, config_setting: str | None = None) -> None:
    """Map HTTP statuses to typed errors (2xx passes). With ``config_setting``, a 401/403 means the
    provider refused our credentials: a :class:`ConfigError` naming that setting, not a private post."""
    status = response.status
    if 200 <= status < 300:
        return
    if config_setting and status in (401, 403):
        raise ConfigError(config_setting, f"HTTP {status} {_problem(response)}".strip())
    if status == 429:
        raise RateLimited(retry_after(response.headers), f"HTTP 429 from {response.url}")
    if status in (404, 410):
        raise Gone(f"HTTP {status}")
    if status in (401, 403):
        raise Private(f"HTTP {status}")
    if status >= 500 or status in (408, 425):
        raise Transient(f"HTTP {status}")
    raise BadResponse(f"HTTP {status}", http_status=status, error_name=_error_name(response))


def _error_name(response) -> str | None:
    """The error's name in an XRPC error body ``{"error": "InvalidRequest", "message": ...}``."""
    try:
        data = response.json()
    except ValueError:
        return None
    name = data.get("error") if isinstance(data, dict) else None
    return name[:60] if isinstance(name, str) else None


def get_json(ctx: "PollContext", url: str, config_setting: str | None = None, **kwargs):
    """Fetch ``url`` through the outbound client and return its JSON (typed errors otherwise;
    ``config_setting``: see :func:`check_status`)."""
    try:
        response = ctx.client.fetch(url, **kwargs)
    except OutboundError as exc:
        if exc.code in ("timeout", "connection"):
            raise Transient(exc.message) from None
        raise BadResponse(f"{exc.code}: {exc.message}", permanent=exc.code in ("blocked", "invalid_url")) from None
    if 200 <= response.status < 300:
        _local.exhausted = exhausted_for(response.headers)
    check_status(response, config_setting)
    try:
        return response.json()
    except ValueError:
        raise BadResponse("malformed JSON") from None


def count(value) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise BadResponse(f"not a count: {value!r}")
    return int(value)


_BREAKS = re.compile(r"<br\s*/?>|</p>\s*<p[^>]*>", re.IGNORECASE)
_TAGS = re.compile(r"<[^>]*>")


def html_to_text(markup: str | None) -> str:
    if not markup:
        return ""
    text = _BREAKS.sub("\n", markup)
    return html.unescape(_TAGS.sub("", text)).strip()


@dataclass
class PollContext:
    """What adapters need; safe to share between the threads of a batch (read-only)."""

    client: Client
    bluesky_appview_url: str = "https://public.api.bsky.app"
    x_api_url: str = "https://api.x.com"
    x_bearer_token: str | None = None
    linkedin_api_url: str = "https://api.linkedin.com"
    linkedin_version: str = "202603"
    #: {(person_id, network): token} loaded before the batch (``account_token`` consent checked).
    tokens: dict = field(default_factory=dict)
    #: What adapters learnt about servers during this poller's life (Mastodon: base URL → version).
    servers: dict = field(default_factory=dict)

    @classmethod
    def from_app(cls, app, client: Client | None = None, tokens: dict | None = None) -> "PollContext":
        config = app.config
        return cls(client=client or OutboundClient(config.get("OUTBOUND_ALLOW", ""), pool_size=32),
                   bluesky_appview_url=config.get("BLUESKY_APPVIEW_URL") or cls.bluesky_appview_url,
                   x_api_url=config.get("X_API_URL") or cls.x_api_url,
                   x_bearer_token=config.get("X_BEARER_TOKEN"),
                   linkedin_api_url=config.get("LINKEDIN_API_URL") or cls.linkedin_api_url,
                   linkedin_version=config.get("LINKEDIN_VERSION") or cls.linkedin_version,
                   tokens=tokens or {})
