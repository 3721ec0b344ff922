"""LinkedIn: post statistics need the member's own token (``account_token`` purpose).

``GET /rest/socialActions/{urn}`` (Community Management API) → ``likesSummary.totalLikes``
and ``commentsSummary.aggregatedTotalComments``. Reposts and impressions are not public.
"""
from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

from advocacy.tracking.providers.base import BadResponse, Private, Snapshot, count, get_json

API_VERSION = "202405"
_URN = re.compile(r"urn:li:(activity|share|ugcPost):(\d+)")
_POSTS = re.compile(r"-(activity|share|ugcPost)-(\d{10,25})-")


def urn_of(url: str) -> str:
    parts = urlsplit(url)
    match = _URN.search(parts.path) or _URN.search(parts.query)
    if match:
        return f"urn:li:{match.group(1)}:{match.group(2)}"
    match = _POSTS.search(parts.path + "-")
    if match:
        return f"urn:li:{match.group(1)}:{match.group(2)}"
    raise BadResponse("not a LinkedIn post URL", permanent=True)


def key(url: str, ctx) -> str:
    return "linkedin"


def fetch(url: str, ctx, person_id=None) -> Snapshot:
    urn = urn_of(url)
    token = ctx.tokens.get((person_id, "linkedin"))
    if not token:
        raise Private("no LinkedIn member token (account_token purpose)")
    data = get_json(ctx, f"{ctx.linkedin_api_url.rstrip('/')}/rest/socialActions/{quote(urn, safe='')}",
                    headers={"Authorization": f"Bearer {token}", "LinkedIn-Version": API_VERSION,
                             "X-Restli-Protocol-Version": "2.0.0"})
    if not isinstance(data, dict) or not isinstance(data.get("likesSummary"), dict):
        raise BadResponse("unexpected socialActions JSON")
    comments = data.get("commentsSummary") if isinstance(data.get("commentsSummary"), dict) else {}
    replies = comments.get("aggregatedTotalComments", comments.get("totalFirstLevelComments"))
    return Snapshot(likes=count(data["likesSummary"].get("totalLikes", 0)), reposts=None,
                    replies=count(replies), quotes=None, impressions=None, text=None)
