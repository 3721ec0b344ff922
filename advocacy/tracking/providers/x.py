"""X: API v2 post lookup, batched (``GET /2/tweets?ids=`` takes up to 100 ids) with the app's
bearer token.

Per the X API reference ("Posts lookup", GET /2/tweets): the answer carries ``data`` for the
posts it can show and a typed ``errors[]`` entry for each other id — ``…/problems/resource-not-found``
(deleted) or ``…/problems/not-authorized-for-resource`` (protected account: the post exists but is not
public). A 401 or 403 (``client-forbidden``, ``unsupported-authentication``) is about our token or
plan, never about a post: a :class:`ConfigError` on ``ADVOCACY_X_BEARER_TOKEN``.
``public_metrics.retweet_count`` is being renamed ``repost_count``: both are read.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from advocacy.tracking.providers.base import (BadResponse, ConfigError, Gone, Private, ProviderError, Snapshot,
                                              count, get_json)

#: ``x.com``/``twitter.com`` post URLs: ``/{user}/status/{id}``, ``/{user}/statuses/{id}``,
#: ``/i/web/status/{id}`` (and ``/i/status/{id}``).
_PATH = re.compile(r"^/[A-Za-z0-9_]{1,15}/status(?:es)?/(\d{1,25})(?:/(?:photo|video)/\d)?/?$"
                   r"|^/i/(?:web/)?status/(\d{1,25})/?$")
BATCH = 100
SETTING = "ADVOCACY_X_BEARER_TOKEN"


def tweet_id(url: str) -> str:
    match = _PATH.match(urlsplit(url).path)
    if not match:
        raise BadResponse("not an X post URL", permanent=True)
    return match.group(1) or match.group(2)


def key(url: str, ctx) -> str:
    return "x"


def fetch(url: str, ctx, person_id=None) -> Snapshot:
    result = fetch_many([(url, person_id, True)], ctx)[0]
    if isinstance(result, ProviderError):
        raise result
    return result


def _error_for(error: dict) -> ProviderError:
    kind = str(error.get("type", ""))
    detail = str(error.get("detail") or error.get("title") or kind)[:150]
    if kind.endswith("/resource-not-found"):
        return Gone(detail)
    if kind.endswith("/not-authorized-for-resource"):
        return Private(detail)
    return BadResponse(detail)


def fetch_many(items, ctx) -> list:
    """``items``: ``(url, person_id, first_poll)``; one snapshot or error per item, in order. The
    author expansion (a billed user read) is asked for only when a post is polled for the first time."""
    results: list = [None] * len(items)
    ids: dict[str, list[int]] = {}
    for index, (url, _person, _first) in enumerate(items):
        try:
            ids.setdefault(tweet_id(url), []).append(index)
        except ProviderError as exc:
            results[index] = exc
    if ids and not ctx.x_bearer_token:
        raise ConfigError(SETTING, f"{SETTING} is not set")
    wanted = list(ids)
    for start in range(0, len(wanted), BATCH):
        chunk = wanted[start:start + BATCH]
        first = any(items[i][2] for ident in chunk for i in ids[ident])
        params = {"ids": ",".join(chunk), "tweet.fields": "public_metrics,text,author_id"}
        if first:
            params.update({"expansions": "author_id", "user.fields": "public_metrics"})
        data = get_json(ctx, f"{ctx.x_api_url.rstrip('/')}/2/tweets", config_setting=SETTING, params=params,
                        headers={"Authorization": f"Bearer {ctx.x_bearer_token}"})
        if not isinstance(data, dict):
            raise BadResponse("unexpected posts lookup JSON")
        followers = {}
        includes = data.get("includes") if isinstance(data.get("includes"), dict) else {}
        for user in includes.get("users") or []:
            if isinstance(user, dict) and isinstance(user.get("public_metrics"), dict):
                followers[user.get("id")] = user["public_metrics"].get("followers_count")
        found: dict[str, object] = {}
        for error in data.get("errors") or []:
            if isinstance(error, dict):
                ident = str(error.get("resource_id") or error.get("value") or "")
                if ident in ids:
                    found[ident] = _error_for(error)
        for tweet in data.get("data") or []:
            if isinstance(tweet, dict) and str(tweet.get("id")) in ids:
                found[str(tweet["id"])] = _snapshot(tweet, followers)
        for ident in chunk:
            result = found.get(ident) or BadResponse("posts lookup said nothing of this post")
            for index in ids[ident]:
                results[index] = result
    return results


def _snapshot(tweet: dict, followers: dict):
    metrics = tweet.get("public_metrics")
    if not isinstance(metrics, dict):
        return BadResponse("post without public_metrics")
    try:
        reposts = metrics.get("repost_count", metrics.get("retweet_count"))
        return Snapshot(likes=count(metrics.get("like_count")), reposts=count(reposts),
                        replies=count(metrics.get("reply_count")), quotes=count(metrics.get("quote_count")),
                        impressions=count(metrics.get("impression_count")),
                        text=tweet.get("text") if isinstance(tweet.get("text"), str) else None,
                        followers=count(followers.get(tweet.get("author_id"))))
    except ProviderError as exc:
        return exc
