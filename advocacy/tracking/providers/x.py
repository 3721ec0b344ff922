"""X: API v2 tweet lookup with ``tweet.fields=public_metrics`` (app bearer token)."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from advocacy.tracking.providers.base import BadResponse, Gone, Private, Snapshot, count, get_json

_PATH = re.compile(r"^/[A-Za-z0-9_]{1,15}/status(?:es)?/(\d{1,25})/?$|^/i/web/status/(\d{1,25})/?$")


def tweet_id(url: str) -> str:
    match = _PATH.match(urlsplit(url).path)
    if not match:
        raise BadResponse("not an X post URL", permanent=True)
    return match.group(1) or match.group(2)


def key(url: str, ctx) -> str:
    return "x"


def fetch(url: str, ctx, person_id=None) -> Snapshot:
    ident = tweet_id(url)
    if not ctx.x_bearer_token:
        raise Private("ADVOCACY_X_BEARER_TOKEN is not set")
    data = get_json(ctx, f"{ctx.x_api_url.rstrip('/')}/2/tweets/{ident}",
                    params={"tweet.fields": "public_metrics,text,author_id", "expansions": "author_id",
                            "user.fields": "public_metrics"},
                    headers={"Authorization": f"Bearer {ctx.x_bearer_token}"})
    if not isinstance(data, dict):
        raise BadResponse("unexpected tweet JSON")
    tweet = data.get("data")
    if not isinstance(tweet, dict):
        errors = data.get("errors") if isinstance(data.get("errors"), list) else []
        types = " ".join(str(e.get("type", "")) + " " + str(e.get("title", "")) for e in errors if isinstance(e, dict))
        if "not-authorized" in types or "Authorization Error" in types:
            raise Private("protected post")
        if "resource-not-found" in types or "Not Found" in types:
            raise Gone("post deleted")
        raise BadResponse("tweet lookup without data")
    metrics = tweet.get("public_metrics")
    if not isinstance(metrics, dict):
        raise BadResponse("tweet without public_metrics")
    followers = None
    users = (data.get("includes") or {}).get("users") if isinstance(data.get("includes"), dict) else None
    for user in users or []:
        if isinstance(user, dict) and user.get("id") == tweet.get("author_id"):
            followers = count((user.get("public_metrics") or {}).get("followers_count"))
    return Snapshot(likes=count(metrics.get("like_count")), reposts=count(metrics.get("retweet_count")),
                    replies=count(metrics.get("reply_count")), quotes=count(metrics.get("quote_count")),
                    impressions=count(metrics.get("impression_count")),
                    text=tweet.get("text") if isinstance(tweet.get("text"), str) else None, followers=followers)
