"""Bluesky: a member links their account with their handle and an app password (kept for one request,
never stored): we keep the session's access and refresh JWTs, encrypted, and publish a post record.

From docs.bsky.app: "Creating a post" and the advanced guide "Posts" (``POST
/xrpc/com.atproto.server.createSession`` ``{identifier, password}`` → ``{accessJwt, refreshJwt, handle,
did, didDoc}``; ``POST /xrpc/com.atproto.repo.createRecord`` with ``Authorization: Bearer accessJwt``,
``{repo: did, collection: "app.bsky.feed.post", record: {$type, text, createdAt, langs, facets}}`` →
``{uri, cid}``), "Links, mentions, and rich text" (facets index UTF-8 *byte* ranges, start inclusive,
end exclusive, feature ``app.bsky.richtext.facet#link`` with ``uri``), and the HTTP reference of
``com.atproto.server.refreshSession`` / ``deleteSession`` (``Authorization: Bearer refreshJwt``; an
ended token answers 400 ``ExpiredToken``). Everything goes through the guarded outbound client.

Never two posts for one share: ``createRecord`` names the record's key (``rkey``), a TID derived from
the share (atproto.com/specs/record-key and /specs/tid: ``app.bsky.feed.post`` keys are TIDs, 13
characters of base32-sortable), so a retry after a lost answer asks for the same key and cannot make
a second post. The key then exists: the PDS refuses the create (the lexicon names no error for it;
bsky.social answers 500 today), and ``com.atproto.repo.getRecord`` on that key shows the post, which
counts as published.
"""
from __future__ import annotations

import base64
import json
import re
from datetime import datetime, timezone
from urllib.parse import urlsplit

from advocacy.accounts.providers.base import (Expired, ProviderFailure, RateLimited, Refused, TooLong, Transient,
                                              call, json_of)
from advocacy.core.timeutil import utcnow

HANDLE = re.compile(r"^(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?$")
_DID = re.compile(r"^did:(plc|web):[A-Za-z0-9._:%-]{1,200}$")
_LINK = re.compile(r"https?://[^\s<>\"]+")
_TRAILING = ".,;:!?)»”’'\""
#: base32-sortable, the TID alphabet (atproto.com/specs/tid).
_S32 = "234567abcdefghijklmnopqrstuvwxyz"
TID = re.compile(r"^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$")
POST = "app.bsky.feed.post"


class AccessExpired(Expired):
    """400 ``ExpiredToken`` on a call made with the access JWT: refresh the session and try again."""


def normalise_handle(raw: str) -> str | None:
    value = (raw or "").strip().lstrip("@").lower()
    return value if HANDLE.match(value) else None


def jwt_expiry(token: str) -> datetime | None:
    """The ``exp`` claim of a JWT, read without checking it (only to know when to refresh)."""
    try:
        payload = token.split(".")[1]
        data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        return datetime.fromtimestamp(int(data["exp"]), timezone.utc)
    except (IndexError, ValueError, KeyError, TypeError):
        return None


def _xrpc(base: str, method: str, *, token: str | None = None, body: dict | None = None) -> dict:
    headers = {"Accept": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if body is None:
        return json_of(call(f"{base}/xrpc/{method}", method="POST", content=b"", headers=headers))
    headers["Content-Type"] = "application/json"
    try:
        return json_of(call(f"{base}/xrpc/{method}", method="POST", content=json.dumps(body).encode("utf-8"),
                            headers=headers))
    except Refused as exc:
        if "ExpiredToken" in exc.detail:
            raise AccessExpired(exc.detail) from None
        if "InvalidRequest" in exc.detail and method == "com.atproto.repo.createRecord":
            raise TooLong(exc.detail) from None
        raise


def _session(data: dict) -> dict:
    access, refresh = data.get("accessJwt"), data.get("refreshJwt")
    did, handle = data.get("did"), data.get("handle")
    if not all(isinstance(v, str) and v for v in (access, refresh, did, handle)) or not _DID.match(did):
        raise Transient("the session answer lacks its tokens, DID or handle")
    return {"access": access, "refresh": refresh, "did": did, "handle": handle.lower(),
            "expires_at": jwt_expiry(access), "refresh_expires_at": jwt_expiry(refresh), "pds": _pds(data)}


def _pds(data: dict) -> str | None:
    """The account's PDS from the session's DID document (``#atproto_pds`` service), when it gives one."""
    doc = data.get("didDoc")
    services = doc.get("service") if isinstance(doc, dict) else None
    for service in services if isinstance(services, list) else ():
        if isinstance(service, dict) and str(service.get("id", "")).endswith("#atproto_pds"):
            endpoint = service.get("serviceEndpoint")
            if isinstance(endpoint, str) and urlsplit(endpoint).scheme in ("https", "http"):
                return endpoint.rstrip("/")
    return None


def create_session(base: str, identifier: str, app_password: str) -> dict:
    """``com.atproto.server.createSession`` → {access, refresh, did, handle, expires_at, refresh_expires_at, pds}.
    The app password is sent once and forgotten."""
    try:
        return _session(_xrpc(base, "com.atproto.server.createSession",
                              body={"identifier": identifier, "password": app_password}))
    except (AccessExpired, Refused) as exc:
        raise Expired(exc.detail) from None  # 400/401: wrong handle or app password


def refresh_session(base: str, refresh_jwt: str) -> dict:
    """``com.atproto.server.refreshSession`` (Bearer refreshJwt) → a new session; ``Expired`` when it ended."""
    try:
        return _session(_xrpc(base, "com.atproto.server.refreshSession", token=refresh_jwt))
    except Refused as exc:
        raise Expired(exc.detail) from None


def delete_session(base: str, refresh_jwt: str) -> None:
    _xrpc(base, "com.atproto.server.deleteSession", token=refresh_jwt)


def link_facets(text: str) -> list[dict]:
    """A ``#link`` facet for every web address in ``text``, over its UTF-8 byte range."""
    facets = []
    for match in _LINK.finditer(text):
        uri = match.group(0).rstrip(_TRAILING)
        start = len(text[:match.start()].encode("utf-8"))
        facets.append({"index": {"byteStart": start, "byteEnd": start + len(uri.encode("utf-8"))},
                       "features": [{"$type": "app.bsky.richtext.facet#link", "uri": uri}]})
    return facets


def record_key(moment: datetime, serial: int) -> str:
    """A TID for one share: 64 bits (top bit 0), the microseconds since the epoch of ``moment`` then a
    10-bit clock id (``serial`` modulo 1024), written as 13 base32-sortable characters. The same share
    always gives the same key."""
    micros = int(moment.timestamp()) * 1_000_000 + moment.microsecond
    value = ((micros & ((1 << 53) - 1)) << 10) | (serial % 1024)
    return "".join(_S32[(value >> (5 * (12 - i))) & 31] for i in range(13))


def get_record(base: str, did: str, rkey: str) -> dict | None:
    """``com.atproto.repo.getRecord`` → {uri, cid, value}, None when no record has that key."""
    try:
        data = json_of(call(f"{base}/xrpc/com.atproto.repo.getRecord", params={
            "repo": did, "collection": POST, "rkey": rkey}, headers={"Accept": "application/json"}))
    except Refused as exc:
        if "RecordNotFound" in exc.detail:
            return None
        raise
    return data if isinstance(data.get("uri"), str) else None


def post_url(handle: str, at_uri: str) -> str:
    return f"https://bsky.app/profile/{handle}/post/{at_uri.rsplit('/', 1)[1]}"


def publish(base: str, token: str, did: str, handle: str, text: str, language: str | None = None,
            rkey: str | None = None) -> dict:
    """``com.atproto.repo.createRecord`` (app.bsky.feed.post) → {post_id (the at:// URI), url, at_uri}.

    With ``rkey`` (:func:`record_key`), a create refused because the key exists — the answer to an
    earlier try was lost — reads the record instead: that post is ours, and published."""
    record = {"$type": "app.bsky.feed.post", "text": text,
              "createdAt": utcnow().isoformat(timespec="milliseconds").replace("+00:00", "Z")}
    if language:
        record["langs"] = [language]
    facets = link_facets(text)
    if facets:
        record["facets"] = facets
    body = {"repo": did, "collection": POST, "record": record}
    if rkey is not None:
        if not TID.match(rkey):
            raise ValueError(f"not a TID: {rkey!r}")
        body["rkey"] = rkey
    try:
        data = _xrpc(base, "com.atproto.repo.createRecord", token=token, body=body)
    except (Expired, RateLimited):
        raise
    except ProviderFailure:
        existing = _existing(base, did, rkey) if rkey is not None else None
        if existing is None:
            raise
        data = existing
    uri = data.get("uri")
    if not isinstance(uri, str) or not uri.startswith(f"at://{did}/app.bsky.feed.post/"):
        raise Transient("the createRecord answer has no at:// URI of the post")
    return {"post_id": uri, "url": post_url(handle, uri), "at_uri": uri}


def _existing(base: str, did: str, rkey: str) -> dict | None:
    """The record a refused create collided with, if it exists (None when it cannot be read now)."""
    try:
        return get_record(base, did, rkey)
    except ProviderFailure:
        return None

