"""Bluesky: ``app.bsky.feed.getPosts`` on the public AppView, 25 posts per request, by DID.

Follows the Bluesky lexicons and docs: ``com.atproto.identity.resolveHandle`` (``handle`` → ``did``;
a handle that does not resolve answers 400 ``InvalidRequest``, newer servers name it
``HandleNotFound``), ``app.bsky.feed.getPosts`` (``uris``: up to 25 at:// URIs; posts that no longer
exist or are not visible are simply left out of ``posts``) and the "Resolving Identities" advice:
a handle can change and its resolution can fail for a while, so the DID is what to store and a
failed resolution is retried after a few minutes (:class:`Transient`), never taken as deletion.

A share keeps the post's DID-based ``at://`` URI once known (:func:`identify` at registration,
else the first poll that resolves it stores ``Snapshot.uri``); the poller then passes that URI
instead of the ``bsky.app`` address, so a renamed handle keeps being tracked. Each handle still
unresolved is resolved once per batch. ``RateLimit-Remaining``/``RateLimit-Reset`` (Bluesky
"Rate Limits", the IETF draft headers) are read by ``base.exhausted_for``.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from advocacy.tracking.providers.base import (BadResponse, Gone, ProviderError, Snapshot, Transient, count,
                                              get_json)

_PATH = re.compile(r"^/profile/([^/]+)/post/([A-Za-z0-9]+)/?$")
_AT_URI = re.compile(r"^at://(did:[a-z]+:[A-Za-z0-9._:%-]+)/app\.bsky\.feed\.post/([A-Za-z0-9]+)$")
COLLECTION = "app.bsky.feed.post"
BATCH = 25
#: resolveHandle error names meaning "this handle does not resolve (now)": retried later.
_UNRESOLVED = ("InvalidRequest", "HandleNotFound")


def parse(url: str) -> tuple[str, str]:
    """``(actor, rkey)`` of a ``bsky.app`` post address or of a post's ``at://`` URI."""
    match = _AT_URI.match(url or "")
    if match:
        return match.group(1), match.group(2)
    match = _PATH.match(urlsplit(url).path)
    if not match:
        raise BadResponse("not a Bluesky post URL", permanent=True)
    return match.group(1), match.group(2)


def at_uri(did: str, rkey: str) -> str:
    return f"at://{did}/{COLLECTION}/{rkey}"


def key(url: str, ctx) -> str:
    return "bluesky:" + urlsplit(ctx.bluesky_appview_url).netloc.lower()


def fetch(url: str, ctx, person_id=None) -> Snapshot:
    result = fetch_many([(url, person_id, True)], ctx)[0]
    if isinstance(result, ProviderError):
        raise result
    return result


def identify(url: str, ctx) -> tuple[str, str]:
    """``(did, at_uri)`` of a post address (one resolveHandle call unless the address names a DID);
    raises a typed ``ProviderError`` (:class:`Transient` when the handle does not resolve now)."""
    actor, rkey = parse(url)
    did = actor if actor.startswith("did:") else resolve(ctx, actor)
    return did, at_uri(did, rkey)


def resolve(ctx, handle: str) -> str:
    """The DID of ``handle`` (``com.atproto.identity.resolveHandle``)."""
    base = ctx.bluesky_appview_url.rstrip("/")
    try:
        data = get_json(ctx, f"{base}/xrpc/com.atproto.identity.resolveHandle", params={"handle": handle})
    except BadResponse as exc:
        if exc.http_status == 400 and exc.error_name in _UNRESOLVED:  # renamed, or a passing fault
            raise Transient("handle did not resolve; tried again later") from None
        raise
    did = data.get("did") if isinstance(data, dict) else None
    if not isinstance(did, str) or not did.startswith("did:"):
        raise BadResponse("resolveHandle without a DID")
    return did


def fetch_many(items, ctx) -> list:
    """``items``: ``(url or at:// URI, person_id, first_poll)``; one snapshot or error per item, in order."""
    results: list = [None] * len(items)
    dids: dict[str, object] = {}
    uris: dict[str, list[int]] = {}
    for index, (url, _person, _first) in enumerate(items):
        try:
            actor, rkey = parse(url)
            if not actor.startswith("did:"):
                if actor not in dids:
                    try:
                        dids[actor] = resolve(ctx, actor)
                    except ProviderError as exc:
                        dids[actor] = exc
                if isinstance(dids[actor], ProviderError):
                    raise dids[actor]
                actor = dids[actor]
        except ProviderError as exc:
            results[index] = exc
            continue
        uris.setdefault(at_uri(actor, rkey), []).append(index)
    wanted = list(uris)
    base = ctx.bluesky_appview_url.rstrip("/")
    for start in range(0, len(wanted), BATCH):
        chunk = wanted[start:start + BATCH]
        data = get_json(ctx, f"{base}/xrpc/app.bsky.feed.getPosts", params={"uris": chunk})
        posts = data.get("posts") if isinstance(data, dict) else None
        if not isinstance(posts, list):
            raise BadResponse("getPosts without posts")
        found = {post.get("uri"): post for post in posts if isinstance(post, dict)}
        for uri in chunk:
            post = found.get(uri)
            result = _snapshot(uri, post) if post is not None else Gone("post deleted")
            for index in uris[uri]:
                results[index] = result
    return results


def _snapshot(uri: str, post: dict):
    record = post.get("record") if isinstance(post.get("record"), dict) else {}
    author = post.get("author") if isinstance(post.get("author"), dict) else {}
    try:
        return Snapshot(author=author.get("did") if isinstance(author.get("did"), str) else None, uri=uri,
                        likes=count(post.get("likeCount", 0)), reposts=count(post.get("repostCount", 0)),
                        replies=count(post.get("replyCount", 0)), quotes=count(post.get("quoteCount", 0)),
                        impressions=None,
                        text=record.get("text") if isinstance(record.get("text"), str) else None)
    except ProviderError as exc:
        return exc
