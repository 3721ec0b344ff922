"""LinkedIn: a member's own post statistics with the member's token (``account_token`` purpose).

Follows Microsoft Learn, "Member Post Statistics" (Community Management API,
``GET /rest/memberCreatorPostAnalytics?q=entity``): ``entity`` is the post's share or ugcPost URN,
``queryType`` one of IMPRESSION, MEMBERS_REACHED, RESHARE, REACTION, COMMENT, ``aggregation=TOTAL``;
the token needs ``r_member_postAnalytics``. Every call carries ``LinkedIn-Version: YYYYMM``
(``ADVOCACY_LINKEDIN_VERSION``): LinkedIn answers 426 ``NONEXISTENT_VERSION`` for a sunset version.
A 426, or a 403 for a missing permission, is our configuration's fault: the LinkedIn provider is
paused (:class:`ConfigError`), no post is recorded as private. An activity URN is not a share id
(a different number) and cannot be asked for: such a post is refused with what to copy instead.
"""
from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

from advocacy.tracking.providers.base import (BadResponse, ConfigError, Private, Snapshot, count, get_json)

_URN = re.compile(r"urn:li:(activity|share|ugcPost):(\d{10,25})")
_POSTS = re.compile(r"[_-](activity|share|ugcPost)-(\d{10,25})(?:-|/|$)")
METRICS = ("IMPRESSION", "MEMBERS_REACHED", "RESHARE", "REACTION", "COMMENT")
VERSION_SETTING = "ADVOCACY_LINKEDIN_VERSION"
SCOPE = "r_member_postAnalytics"


def urn_of(url: str) -> str:
    parts = urlsplit(url)
    match = _URN.search(parts.path) or _URN.search(parts.query) or _POSTS.search(parts.path)
    if not match:
        raise BadResponse("not a LinkedIn post URL", permanent=True)
    return f"urn:li:{match.group(1)}:{match.group(2)}"


def key(url: str, ctx) -> str:
    return "linkedin"


def _entity(urn: str) -> str:
    kind = "share" if urn.startswith("urn:li:share:") else "ugc"
    return f"({kind}:{quote(urn, safe='')})"


def fetch(url: str, ctx, person_id=None) -> Snapshot:
    urn = urn_of(url)
    if urn.startswith("urn:li:activity:"):
        raise BadResponse("activity link: LinkedIn reads statistics by share or ugcPost id; copy the post's "
                          "link from its “…” menu (Embed this post) instead", permanent=True)
    token = ctx.tokens.get((person_id, "linkedin"))
    if not token:
        raise Private("no LinkedIn member token (account_token purpose)")
    base = ctx.linkedin_api_url.rstrip("/")
    values = {}
    for metric in METRICS:
        # Rest.li encodes the entity itself: the URL is built by hand so the parentheses stay as they are.
        data = _get(ctx, f"{base}/rest/memberCreatorPostAnalytics?q=entity&entity={_entity(urn)}"
                         f"&queryType={metric}&aggregation=TOTAL", token)
        elements = data.get("elements") if isinstance(data, dict) else None
        if not isinstance(elements, list):
            raise BadResponse("memberCreatorPostAnalytics without elements")
        total = sum(count(e.get("count")) or 0 for e in elements if isinstance(e, dict))
        values[metric] = total
    return Snapshot(likes=values["REACTION"], reposts=values["RESHARE"], replies=values["COMMENT"], quotes=None,
                    impressions=values["IMPRESSION"], text=None)


def _get(ctx, url: str, token: str):
    headers = {"Authorization": f"Bearer {token}", "LinkedIn-Version": ctx.linkedin_version,
               "X-Restli-Protocol-Version": "2.0.0"}
    try:
        return get_json(ctx, url, config_setting="LinkedIn app permission " + SCOPE, headers=headers)
    except ConfigError as exc:
        if exc.detail.startswith("HTTP 401"):  # this member's token expired or was revoked: theirs, not ours
            raise Private("the member's LinkedIn token was refused (expired or revoked)") from None
        raise
    except BadResponse as exc:
        if exc.detail.startswith("HTTP 426"):
            raise ConfigError(VERSION_SETTING, f"HTTP 426 LinkedIn-Version {ctx.linkedin_version} is not served "
                              "(NONEXISTENT_VERSION)") from None
        raise
