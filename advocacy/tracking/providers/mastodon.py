"""Mastodon: public statuses on the post's own server, several per request where the server can.

Follows docs.joinmastodon.org: "View a single status" (``GET /api/v1/statuses/:id``; 404 "Status
does not exist or is private", hence "deleted or not public"), "View multiple statuses" (``GET
/api/v1/statuses?id[]=…``, added in 4.3.0; statuses that do not exist or cannot be seen are simply
missing from the array; the server refuses more than ``DEFAULT_STATUSES_LIMIT`` = 20 ids with 422,
``Api::V1::StatusesController#check_statuses_limit``) and "View server information" (``GET
/api/v2/instance``: ``version``, ``configuration.statuses.max_characters``). Several posts of one
server are read 20 per request when its version is 4.3 or later (asked once per poller, and only
when a batch has more than one post of that server); older servers and other software speaking the
API (``"2.7.2 (compatible; Pleroma …)"``) are read one status at a time.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from advocacy.tracking.providers.base import (BadResponse, Gone, ProviderError, RateLimited, Snapshot, count,
                                              get_json, html_to_text, peek_exhaustion)

_PATHS = (re.compile(r"^/@[^/]+/(\d+)/?$"), re.compile(r"^/users/[^/]+/statuses/(\d+)/?$"),
          re.compile(r"^/web/statuses/(\d+)/?$"), re.compile(r"^/web/@[^/]+/(\d+)/?$"))
_VERSION = re.compile(r"^\s*(\d+)\.(\d+)")
BATCH = 20
#: The first Mastodon version with ``GET /api/v1/statuses?id[]=``.
BATCH_SINCE = (4, 3)
_JSON = {"Accept": "application/json"}


def status_id(url: str) -> str:
    path = urlsplit(url).path
    for pattern in _PATHS:
        match = pattern.match(path)
        if match:
            return match.group(1)
    raise BadResponse("not a Mastodon status URL", permanent=True)


def _base(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def api_url(url: str) -> str:
    return f"{_base(url)}/api/v1/statuses/{status_id(url)}"


def key(url: str, ctx) -> str:
    return "mastodon:" + urlsplit(url).netloc.lower()


def version_of(text) -> tuple[int, int] | None:
    """``(major, minor)`` of an instance's ``version`` (``"4.3.2+glitch"`` → (4, 3)), None if unreadable."""
    match = _VERSION.match(text) if isinstance(text, str) else None
    return (int(match.group(1)), int(match.group(2))) if match else None


def server_version(ctx, base: str) -> tuple[int, int] | None:
    """The server's version from ``/api/v2/instance``, asked once per poll context (None: unknown)."""
    cache = ctx.servers
    if base not in cache:
        try:
            data = get_json(ctx, f"{base}/api/v2/instance", headers=_JSON)
        except RateLimited:
            raise
        except ProviderError:
            data = None
        cache[base] = version_of(data.get("version")) if isinstance(data, dict) else None
    return cache[base]


def fetch(url: str, ctx, person_id=None) -> Snapshot:
    try:
        data = get_json(ctx, api_url(url), headers=_JSON)
    except Gone as exc:  # Mastodon answers 404 alike for a deleted status and one no longer public
        raise Gone(f"{exc.detail}: deleted or not public") from None
    if not isinstance(data, dict) or "favourites_count" not in data:
        if isinstance(data, dict) and data.get("error"):
            raise Gone(str(data["error"])[:100])
        raise BadResponse("unexpected status JSON")
    result = _snapshot(data)
    if isinstance(result, ProviderError):
        raise result
    return result


def fetch_many(items, ctx) -> list:
    """``items``: ``(url, person_id, first_poll)``; one snapshot or error per item, in order."""
    results: list = [None] * len(items)
    servers: dict[str, list[tuple[int, str]]] = {}
    for index, (url, _person, _first) in enumerate(items):
        try:
            servers.setdefault(_base(url), []).append((index, status_id(url)))
        except ProviderError as exc:
            results[index] = exc
    for base, wanted in servers.items():
        batched = False
        if len(wanted) > 1:
            try:
                version = server_version(ctx, base)
            except RateLimited as exc:
                for index, _id in wanted:
                    results[index] = exc
                continue
            if version is not None and version >= BATCH_SINCE:
                batched = _read_batches(ctx, base, wanted, results)
        if not batched:
            for index, _id in wanted:
                results[index] = _quota_used() or _fetch_one(items[index][0], ctx)
    return results


def _quota_used() -> RateLimited | None:
    """The server said (``X-RateLimit-Remaining: 0``) that its quota is used up: ask nothing more."""
    wait = peek_exhaustion()
    return RateLimited(wait, "the server's published quota is used up") if wait else None


def _fetch_one(url: str, ctx):
    try:
        return fetch(url, ctx)
    except ProviderError as exc:
        return exc


def _read_batches(ctx, base: str, wanted, results) -> bool:
    """Read ``wanted`` 20 ids per request; False if the server turned out not to have the method."""
    for start in range(0, len(wanted), BATCH):
        chunk = wanted[start:start + BATCH]
        used = _quota_used()
        if used is not None:
            for index, _id in chunk:
                results[index] = used
            continue
        try:
            data = get_json(ctx, f"{base}/api/v1/statuses", headers=_JSON,
                            params={"id[]": [status for _index, status in chunk]})
        except (Gone, BadResponse):
            if start == 0:
                return False  # no such method after all (a 404 or 422 on the first call): one by one
            data = None
        except ProviderError as exc:
            for index, _id in chunk:
                results[index] = exc
            continue
        if not isinstance(data, list):
            error = BadResponse("unexpected statuses JSON")
            for index, _id in chunk:
                results[index] = error
            continue
        found = {str(s.get("id")): s for s in data if isinstance(s, dict) and "favourites_count" in s}
        for index, status in chunk:
            results[index] = _snapshot(found[status]) if status in found else \
                Gone("not returned by the server: deleted or not public")
    return True


def _snapshot(data: dict):
    account = data.get("account") if isinstance(data.get("account"), dict) else {}
    try:
        return Snapshot(likes=count(data.get("favourites_count")), reposts=count(data.get("reblogs_count")),
                        replies=count(data.get("replies_count")), quotes=count(data.get("quotes_count")),
                        impressions=None, text=html_to_text(data.get("content")),
                        followers=count(account.get("followers_count")),
                        author=account.get("acct") if isinstance(account.get("acct"), str) else None)
    except ProviderError as exc:
        return exc
