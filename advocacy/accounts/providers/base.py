"""What a provider call raises: one :class:`ProviderFailure` per way a network refuses us (the family
of :mod:`advocacy.core.providers`; ``RateLimited`` and ``Refused`` are the core's own).

``retryable`` tells the publish job whether trying again later may help (429, 5xx, timeouts); the
message is the provider's own words, cut short, and never carries a token.
"""
from __future__ import annotations

from advocacy.core import providers as core
from advocacy.core.outbound import OutboundError, Response, default_client
from advocacy.core.providers import ProviderFailure, RateLimited, Refused, Unauthorized, retry_after

__all__ = ["ProviderFailure", "Expired", "TooLong", "RateLimited", "Transient", "Unavailable", "Refused", "problem", "retry_after",
           "check", "call", "json_of"]


class Expired(Unauthorized):
    """401: the token expired or was revoked at the provider; the person links the account again."""
    kind = "token_expired"


class TooLong(ProviderFailure):
    """422: the network refused the text (too long for this server, or otherwise invalid)."""
    kind = "rejected"


class Transient(core.Transient):
    """No answer, a 5xx: publishing tries again later (``unavailable`` is the word publishing stores)."""
    kind = "unavailable"


class Unavailable(Transient):
    """503: the server says it could not handle the request now, so it made nothing (RFC 9110 §15.6.4);
    unlike a lost answer or another 5xx, trying again cannot make a second post."""


def problem(response: Response) -> str:
    """The provider's own error words (``error``, ``error_description``, ``message``…), cut short."""
    try:
        data = response.json()
    except ValueError:
        return f"HTTP {response.status}"
    if not isinstance(data, dict):
        return f"HTTP {response.status}"
    words = [str(data[k]) for k in ("error", "error_description", "message", "detail") if isinstance(data.get(k), str)]
    return (f"HTTP {response.status} " + " — ".join(words))[:200].strip()


def check(response: Response) -> Response:
    """2xx passes; otherwise the typed failure."""
    status = response.status
    if 200 <= status < 300:
        return response
    if status == 401:
        raise Expired(problem(response))
    if status == 422:
        raise TooLong(problem(response))
    if status == 429:
        raise RateLimited(retry_after(response.headers), problem(response))
    if status == 503:
        raise Unavailable(problem(response))
    if status >= 500 or status in (408, 425):
        raise Transient(problem(response))
    raise Refused(problem(response))


def call(url: str, **kwargs) -> Response:
    """One request through the guarded client; network trouble becomes :class:`Transient`."""
    try:
        return check(default_client().fetch(url, **kwargs))
    except OutboundError as exc:
        if exc.code in ("timeout", "connection"):
            raise Transient(exc.message) from None
        raise Refused(f"{exc.code}: {exc.message}") from None


def json_of(response: Response) -> dict:
    try:
        data = response.json()
    except ValueError:
        raise Transient("malformed JSON") from None
    if not isinstance(data, dict):
        raise Transient("unexpected JSON")
    return data
