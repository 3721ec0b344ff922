"""What a call to a network's API raises: one :class:`ProviderFailure` family for every domain
that talks to providers (tracking reads posts, accounts links and publishes).

- ``kind`` names the way the provider refused us; the error's ``code`` is ``provider_<kind>``.
  A domain may give a subclass its own ``kind`` when that word is already stored or shown (e.g.
  ``token_expired``), but it derives from these classes, so ``except ProviderFailure`` catches all.
- ``retryable``: trying again later may help (429, 5xx, timeouts); ``permanent``: never again.
- ``detail`` is the provider's own words or our short description, cut short; never a token.
- :func:`retry_after` is the one reading of ``Retry-After`` and the rate-limit reset headers.
"""
from __future__ import annotations

import time
from datetime import datetime
from email.utils import parsedate_to_datetime

from advocacy.core.errors import DomainError

__all__ = ["ProviderFailure", "RateLimited", "Transient", "Gone", "Unauthorized", "Refused",
           "retry_after", "reset_seconds", "DEFAULT_RETRY_AFTER", "MAX_RETRY_AFTER"]

DEFAULT_RETRY_AFTER = 60.0
MAX_RETRY_AFTER = 6 * 3600.0


class ProviderFailure(DomainError):
    """Base of every provider error."""

    status = 502
    kind = "refused"
    retryable = False
    permanent = False

    def __init__(self, detail: str = ""):
        super().__init__(f"provider_{self.kind}", detail or self.kind)
        self.detail = detail or self.kind


class RateLimited(ProviderFailure):
    """429 (or a quota used up): wait ``retry_after`` seconds."""

    kind = "rate_limited"
    retryable = True

    def __init__(self, retry_after: float, detail: str = ""):
        super().__init__(detail or f"retry after {retry_after:.0f}s")
        self.retry_after = float(retry_after)


class Transient(ProviderFailure):
    """No answer, a timeout, a 5xx: the provider may answer later."""

    kind = "transient"
    retryable = True


class Gone(ProviderFailure):
    """404/410: what we asked about no longer exists."""

    kind = "gone"


class Unauthorized(ProviderFailure):
    """401/403: the provider refused the credentials or the reader."""

    kind = "unauthorized"


class Refused(ProviderFailure):
    """Any other refusal (a 4xx the provider explains, an address we may not reach)."""

    kind = "refused"


def reset_seconds(reset) -> float | None:
    """Seconds until a published reset: epoch seconds (X), delta seconds (Bluesky ``RateLimit-Reset``)
    or an ISO 8601 time (Mastodon ``X-RateLimit-Reset``, sent without ``Retry-After`` on a 429)."""
    reset = (reset or "").strip()
    if not reset:
        return None
    if reset.isdigit():
        number = float(reset)
        return number - time.time() if number > 1_000_000_000 else number
    try:
        return datetime.fromisoformat(reset.replace("Z", "+00:00")).timestamp() - time.time()
    except ValueError:
        return None


def bounded(seconds: float | None) -> float:
    """A wait the callers accept: the default when unknown, at least 1 s, at most 6 h."""
    if seconds is None:
        seconds = DEFAULT_RETRY_AFTER
    return min(max(seconds, 1.0), MAX_RETRY_AFTER)


def retry_after(headers) -> float:
    """Seconds to wait: ``Retry-After`` (seconds or HTTP date), else the published reset
    (``x-rate-limit-reset``, ``ratelimit-reset`` or ``x-ratelimit-reset``); headers are read
    case-insensitively (``requests``' ``CaseInsensitiveDict``)."""
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
        seconds = reset_seconds(headers.get("x-rate-limit-reset") or headers.get("ratelimit-reset")
                                or headers.get("x-ratelimit-reset"))
    return bounded(seconds)
