"""Bluesky: resolve the handle, then ``app.bsky.feed.getPosts`` on the public AppView."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from advocacy.tracking.providers.base import BadResponse, Gone, Snapshot, count, get_json

_PATH = re.compile(r"^/profile/([^/]+)/post/([A-Za-z0-9]+)/?$")


def parse(url: str) -> tuple[str, str]:
    match = _PATH.match(urlsplit(url).path)
    if not match:
        raise BadResponse("not a Bluesky post URL", permanent=True)
    return match.group(1), match.group(2)


def key(url: str, ctx) -> str:
    return "bluesky:" + urlsplit(ctx.bluesky_appview_url).netloc.lower()


def fetch(url: str, ctx, person_id=None) -> Snapshot:
    actor, rkey = parse(url)
    base = ctx.bluesky_appview_url.rstrip("/")
    if actor.startswith("did:"):
        did = actor
    else:
        try:
            data = get_json(ctx, f"{base}/xrpc/com.atproto.identity.resolveHandle", params={"handle": actor})
        except BadResponse as exc:
            if "HTTP 400" in exc.detail:  # "Unable to resolve handle": the account is gone or renamed
                raise Gone("handle no longer resolves") from None
            raise
        did = data.get("did") if isinstance(data, dict) else None
        if not isinstance(did, str) or not did.startswith("did:"):
            raise BadResponse("resolveHandle without a DID")
    data = get_json(ctx, f"{base}/xrpc/app.bsky.feed.getPosts",
                    params={"uris": f"at://{did}/app.bsky.feed.post/{rkey}"})
    posts = data.get("posts") if isinstance(data, dict) else None
    if not isinstance(posts, list):
        raise BadResponse("getPosts without posts")
    if not posts:
        raise Gone("post deleted")
    post = posts[0]
    if not isinstance(post, dict):
        raise BadResponse("getPosts post is not an object")
    record = post.get("record") if isinstance(post.get("record"), dict) else {}
    return Snapshot(likes=count(post.get("likeCount", 0)), reposts=count(post.get("repostCount", 0)),
                    replies=count(post.get("replyCount", 0)), quotes=count(post.get("quoteCount", 0)),
                    impressions=None, text=record.get("text") if isinstance(record.get("text"), str) else None)
