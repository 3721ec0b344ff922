"""Mastodon servers' own post limits, read from ``GET /api/v2/instance`` and cached per server.

docs.joinmastodon.org, "View server information" (``/api/v2/instance``, Mastodon 4.0+):
``configuration.statuses.max_characters`` is the server's post limit (500 on a stock server,
often raised) and ``configuration.statuses.characters_reserved_per_url`` what a link counts (23).
The share editor and the checker use :func:`post_limit` for a Mastodon share. Reading it never
waits on the server: a server not yet known counts as 500 while a job (:func:`refresh_server`)
asks it; the answer is kept a day in Redis (a failure is retried after an hour, counting 500).
"""
from __future__ import annotations

import json
import logging

from flask import current_app
from redis.exceptions import RedisError

from advocacy.core.outbound import Client, OutboundError, is_allow_listed
from advocacy.jobs import job
from advocacy.queue import enqueue, get_redis

log = logging.getLogger(__name__)

DEFAULT_LIMIT = 500
#: How long a server's answer is kept, and how long a failure waits before the server is asked again.
FRESH_SECONDS = 24 * 3600
RETRY_SECONDS = 3600
#: Limits outside this range are not believed (a typo in a server's settings, or not a Mastodon).
PLAUSIBLE = range(1, 1_000_001)
_KEY = "mastodon:server:{host}"
_ASKED = "mastodon:server-asked:{host}"


def post_limit(host: str | None) -> int:
    """The post limit of the Mastodon server ``host`` (``social.example``, or ``host:port`` on
    premises); 500 until the server has told us, a refresh being queued when nothing is known."""
    if not host:
        return DEFAULT_LIMIT
    try:
        raw = get_redis().get(_KEY.format(host=host))
    except RedisError:
        return DEFAULT_LIMIT
    if raw is None:
        _ask_later(host)
        return DEFAULT_LIMIT
    try:
        value = int(json.loads(raw)["max_characters"])
    except (ValueError, TypeError, KeyError):
        return DEFAULT_LIMIT
    return value if value in PLAUSIBLE else DEFAULT_LIMIT


def _ask_later(host: str) -> None:
    try:
        if get_redis().set(_ASKED.format(host=host), 1, nx=True, ex=RETRY_SECONDS):
            enqueue(refresh_server, host, job_timeout=60, result_ttl=600, failure_ttl=86400)
    except RedisError:  # the limit stays 500 until Redis is back
        log.warning("mastodon server %s: limit not asked (Redis unavailable)", host)


def _base_url(host: str) -> str:
    # An on-premises server named in ADVOCACY_OUTBOUND_ALLOW may speak plain http (as its post URLs do).
    return f"http://{host}" if is_allow_listed(f"http://{host}") else f"https://{host}"


def fetch_limit(host: str, client: Client | None = None) -> int | None:
    """Ask the server its post limit (None when it does not answer with a plausible one)."""
    own = client is None
    client = client or Client(current_app.config.get("OUTBOUND_ALLOW", ""), pool_size=1, total_timeout=10.0)
    try:
        response = client.fetch(f"{_base_url(host)}/api/v2/instance", headers={"Accept": "application/json"})
        data = response.json() if response.status == 200 else None
    except (OutboundError, ValueError):
        data = None
    finally:
        if own:
            client.close()
    statuses = ((data or {}).get("configuration") or {}).get("statuses") if isinstance(data, dict) else None
    value = statuses.get("max_characters") if isinstance(statuses, dict) else None
    if isinstance(value, bool) or not isinstance(value, int) or value not in PLAUSIBLE:
        return None
    return value


@job
def refresh_server(host: str) -> int:
    """Job: ask ``host`` its post limit and keep it (see :func:`remember`)."""
    return remember(host)


def remember(host: str, client: Client | None = None) -> int:
    """Ask ``host`` its post limit and keep it a day; a failure keeps 500 for an hour."""
    value = fetch_limit(host, client)
    redis = get_redis()
    if value is None:
        redis.set(_KEY.format(host=host), json.dumps({"max_characters": DEFAULT_LIMIT, "known": False}),
                  ex=RETRY_SECONDS)
        return DEFAULT_LIMIT
    redis.set(_KEY.format(host=host), json.dumps({"max_characters": value, "known": True}), ex=FRESH_SECONDS)
    return value
