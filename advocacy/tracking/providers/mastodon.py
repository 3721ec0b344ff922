"""Mastodon: ``GET /api/v1/statuses/:id`` on the post's own instance (public statuses)."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from advocacy.tracking.providers.base import BadResponse, Gone, Snapshot, count, get_json, html_to_text

_PATHS = (re.compile(r"^/@[^/]+/(\d+)/?$"), re.compile(r"^/users/[^/]+/statuses/(\d+)/?$"),
          re.compile(r"^/web/statuses/(\d+)/?$"), re.compile(r"^/web/@[^/]+/(\d+)/?$"))


def status_id(url: str) -> str:
    path = urlsplit(url).path
    for pattern in _PATHS:
        match = pattern.match(path)
        if match:
            return match.group(1)
    raise BadResponse("not a Mastodon status URL", permanent=True)


def api_url(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/api/v1/statuses/{status_id(url)}"


def key(url: str, ctx) -> str:
    return "mastodon:" + urlsplit(url).netloc.lower()


def fetch(url: str, ctx, person_id=None) -> Snapshot:
    data = get_json(ctx, api_url(url), headers={"Accept": "application/json"})
    if not isinstance(data, dict) or "favourites_count" not in data:
        if isinstance(data, dict) and data.get("error"):
            raise Gone(str(data["error"])[:100])
        raise BadResponse("unexpected status JSON")
    account = data.get("account") if isinstance(data.get("account"), dict) else {}
    return Snapshot(likes=count(data.get("favourites_count")), reposts=count(data.get("reblogs_count")),
                    replies=count(data.get("replies_count")), quotes=count(data.get("quotes_count")),
                    impressions=None, text=html_to_text(data.get("content")),
                    followers=count(account.get("followers_count")))
