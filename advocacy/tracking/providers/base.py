"""What an adapter returns: a :class:`Snapshot`, or a typed :class:`ProviderError`."""
from __future__ import annotations

import html
import re
import threading
import time
from datetime import datetime
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime

from advocacy.tracking.outbound import Client, OutboundError


@dataclass(frozen=True)
class Snapshot:
    likes: int | None
    reposts: int | None
    replies: int | None
    quotes: int | None
    impressions: int | None = None
    text: str | None = None
    followers: int | None = None

    def as_dict(self) -> dict:
        return {"likes": self.likes, "reposts": self.reposts, "replies": self.replies, "quotes": self.quotes,
                "impressions": self.impressions, "text": self.text, "followers": self.followers}


class ProviderError(Exception):
    """``kind`` is one of ``gone``, ``private``, ``rate_limited``, ``transient``, ``bad_response``."""

    kind = "bad_response"
    permanent = False

    def __init__(self, detail: str = ""):
        super().__init__(detail or self.kind)
        self.detail = detail or self.kind


class Gone(ProviderError):
    kind = "gone"


class Private(ProviderError):
    kind = "private"


class RateLimited(ProviderError):
    kind = "rate_limited"

    def __init__(self, retry_after: float, detail: str = ""):
        super().__init__(detail or f"retry after {retry_after:.0f}s")
        self.retry_after = float(retry_after)


class Transient(ProviderError):
    kind = "transient"


class BadResponse(ProviderError):
    kind = "bad_response"

    def __init__(self, detail: str = "", permanent: bool = False):
        super().__init__(detail)
        self.permanent = permanent


DEFAULT_RETRY_AFTER = 60.0
MAX_RETRY_AFTER = 6 * 3600.0


def retry_after_seconds(headers) -> float:
    """Seconds to wait from ``Retry-After`` (seconds or HTTP date) or ``x-rate-limit-reset`` (epoch)."""
    value = (headers.get("Retry-After") or "").strip()
    seconds = None
    if value:
        if value.isdigit():
            seconds = float(value)
        else:
            try:
                seconds = parsedate_to_datetime(value).timestamp() - time.time()
            except (TypeError, ValueError, IndexError):
                seconds = None
    if seconds is None:
        reset = (headers.get("x-rate-limit-reset") or headers.get("ratelimit-reset") or "").strip()
        if reset.isdigit():
            number = float(reset)
            seconds = number - time.time() if number > 1_000_000_000 else number
    if seconds is None:
        seconds = DEFAULT_RETRY_AFTER
    return min(max(seconds, 1.0), MAX_RETRY_AFTER)


_local = threading.local()


def exhausted_for(headers) -> float | None:
    """Seconds until the provider's published quota resets when this answer used its last request
    (Mastodon ``X-RateLimit-Remaining/Reset`` with an ISO date, X ``x-rate-limit-*`` with an epoch)."""
    remaining = headers.get("x-ratelimit-remaining") or headers.get("x-rate-limit-remaining")
    if remaining is None or remaining.strip() != "0":
        return None
    reset = (headers.get("x-ratelimit-reset") or headers.get("x-rate-limit-reset") or "").strip()
    seconds = None
    if reset.isdigit():
        number = float(reset)
        seconds = number - time.time() if number > 1_000_000_000 else number
    elif reset:
        try:
            seconds = datetime.fromisoformat(reset.replace("Z", "+00:00")).timestamp() - time.time()
        except ValueError:
            seconds = None
    if seconds is None:
        seconds = DEFAULT_RETRY_AFTER
    return min(max(seconds, 1.0), MAX_RETRY_AFTER)


def take_exhaustion() -> float | None:
    """The quota exhaustion seen by this thread's last poll (then forgotten)."""
    value = getattr(_local, "exhausted", None)
    _local.exhausted = None
    return value


def check_status(response) -> None:
    """Map HTTP statuses to typed errors (2xx passes)."""
    status = response.status
    if 200 <= status < 300:
        return
    if status == 429:
        raise RateLimited(retry_after_seconds(response.headers), f"HTTP 429 from {response.url}")
    if status in (404, 410):
        raise Gone(f"HTTP {status}")
    if status in (401, 403):
        raise Private(f"HTTP {status}")
    if status >= 500 or status in (408, 425):
        raise Transient(f"HTTP {status}")
    raise BadResponse(f"HTTP {status}")


def get_json(ctx: "PollContext", url: str, **kwargs):
    """Fetch ``url`` through the outbound client and return its JSON (typed errors otherwise)."""
    try:
        response = ctx.client.fetch(url, **kwargs)
    except OutboundError as exc:
        if exc.code in ("timeout", "connection"):
            raise Transient(exc.message) from None
        raise BadResponse(f"{exc.code}: {exc.message}", permanent=exc.code in ("blocked", "invalid_url")) from None
    if 200 <= response.status < 300:
        _local.exhausted = exhausted_for(response.headers)
    check_status(response)
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
    #: {(person_id, network): token} loaded before the batch (``account_token`` consent checked).
    tokens: dict = field(default_factory=dict)

    @classmethod
    def from_app(cls, app, client: Client | None = None, tokens: dict | None = None) -> "PollContext":
        from advocacy.tracking.outbound import Client as OutboundClient

        config = app.config
        return cls(client=client or OutboundClient(config.get("OUTBOUND_ALLOW", ""), pool_size=32),
                   bluesky_appview_url=config.get("BLUESKY_APPVIEW_URL") or cls.bluesky_appview_url,
                   x_api_url=config.get("X_API_URL") or cls.x_api_url,
                   x_bearer_token=config.get("X_BEARER_TOKEN"),
                   linkedin_api_url=config.get("LINKEDIN_API_URL") or cls.linkedin_api_url,
                   tokens=tokens or {})
