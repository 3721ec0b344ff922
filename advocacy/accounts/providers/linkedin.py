"""LinkedIn: a member links their account with OAuth 2.0 (authorization code), we publish through the
Posts API and the tracker reads the member's post statistics with the same token.

From Microsoft Learn:
- "Sign In with LinkedIn using OpenID Connect" and "Authorization Code Flow": ``GET
  {auth}/oauth/v2/authorization`` (response_type=code, client_id, redirect_uri, state, scope), ``POST
  {auth}/oauth/v2/accessToken`` (form: grant_type=authorization_code, code, client_id, client_secret,
  redirect_uri) → ``{access_token, expires_in, scope, id_token}`` (60-day access tokens), ``GET
  {api}/v2/userinfo`` → ``{sub, name, given_name, family_name, picture, locale}``: ``sub`` is the
  member's id, ``urn:li:person:{sub}`` the author of their posts;
- "Programmatic Refresh Tokens": approved apps also get ``refresh_token`` and
  ``refresh_token_expires_in`` (365 days, not renewed by a refresh); ``grant_type=refresh_token``
  gives a new 60-day access token. Without one the member links again before the access token ends;
- "Posts API": ``POST {api}/rest/posts`` with ``LinkedIn-Version: YYYYMM`` and
  ``X-Restli-Protocol-Version: 2.0.0``, JSON ``{author, commentary, visibility, distribution,
  lifecycleState}`` → 201, the post's URN in the ``x-restli-id`` header; ``commentary`` is in the
  "little" text format, whose reserved characters are escaped with a backslash;
- "Posts API", Find Posts by Authors: ``GET {api}/rest/posts?author={URN}&q=author&count=…&sortBy=
  LAST_MODIFIED`` → ``{elements: [Post]}`` (``id``, ``commentary``, ``createdAt`` in epoch ms); a
  member's own posts need the restricted ``r_member_social`` permission. ``POST /rest/posts`` takes no
  idempotency key: after a lost answer, :func:`find_post` tells whether the post was made;
- token revocation: ``POST {auth}/oauth/v2/revoke`` (client_id, client_secret, token; RFC 7009).

Everything goes through the guarded outbound client; no token is ever logged.
"""
from __future__ import annotations

import json
import re
from datetime import datetime, timedelta
from urllib.parse import urlencode

from advocacy.accounts.providers.base import Refused, Transient, call, json_of
from advocacy.core.timeutil import utcnow

#: Access tokens last 60 days unless the answer says otherwise.
DEFAULT_LIFETIME = 60 * 24 * 3600
#: "little" text format: characters LinkedIn reads as markup unless escaped.
_RESERVED = re.compile(r"([\\|{}@\[\]()<>#*_~])")
#: Left as they are: web addresses (so they stay links) and #hashtags (so they stay hashtags).
_KEEP = re.compile(r"https?://\S+|(?<![\w#])#\w+")


def escape_little(text: str) -> str:
    """``text`` as plain "little" text: every reserved character escaped, but addresses and hashtags."""
    out, last = [], 0
    for match in _KEEP.finditer(text):
        out.append(_RESERVED.sub(r"\\\1", text[last:match.start()]))
        out.append(match.group(0))
        last = match.end()
    out.append(_RESERVED.sub(r"\\\1", text[last:]))
    return "".join(out)


def authorize_url(auth: str, client_id: str, redirect_uri: str, state: str, scopes: str) -> str:
    return f"{auth}/oauth/v2/authorization?" + urlencode({
        "response_type": "code", "client_id": client_id, "redirect_uri": redirect_uri, "state": state,
        "scope": scopes})


def _grant(data: dict) -> dict:
    """The token answer → {access_token, scope, expires_at, refresh_token, refresh_expires_at}."""
    token = data.get("access_token")
    if not isinstance(token, str) or not token:
        raise Refused("no access token in the answer")
    now = utcnow()
    lifetime = data.get("expires_in")
    lifetime = int(lifetime) if isinstance(lifetime, (int, float)) and lifetime > 0 else DEFAULT_LIFETIME
    refresh = data.get("refresh_token") if isinstance(data.get("refresh_token"), str) else None
    refresh_life = data.get("refresh_token_expires_in")
    return {"access_token": token, "scope": str(data.get("scope") or ""),
            "expires_at": now + timedelta(seconds=lifetime), "refresh_token": refresh or None,
            "refresh_expires_at": (now + timedelta(seconds=int(refresh_life)))
            if refresh and isinstance(refresh_life, (int, float)) and refresh_life > 0 else None}


def exchange_code(auth: str, client_id: str, secret: str, redirect_uri: str, code: str) -> dict:
    """``POST /oauth/v2/accessToken`` (authorization_code)."""
    return _grant(json_of(call(f"{auth}/oauth/v2/accessToken", method="POST", data={
        "grant_type": "authorization_code", "code": code, "client_id": client_id, "client_secret": secret,
        "redirect_uri": redirect_uri})))


def refresh(auth: str, client_id: str, secret: str, refresh_token: str) -> dict:
    """``POST /oauth/v2/accessToken`` (refresh_token): a new 60-day access token."""
    return _grant(json_of(call(f"{auth}/oauth/v2/accessToken", method="POST", data={
        "grant_type": "refresh_token", "refresh_token": refresh_token, "client_id": client_id,
        "client_secret": secret})))


def userinfo(api: str, token: str) -> dict:
    """``GET /v2/userinfo`` → {account_id (urn:li:person:…), handle (the member's name)}."""
    data = json_of(call(f"{api}/v2/userinfo", headers={"Authorization": f"Bearer {token}",
                                                      "Accept": "application/json"}))
    sub = data.get("sub")
    if not isinstance(sub, str) or not re.fullmatch(r"[A-Za-z0-9_-]{1,100}", sub):
        raise Transient("userinfo without a member id (sub)")
    name = data.get("name") if isinstance(data.get("name"), str) else None
    if not name:
        name = " ".join(str(data[k]) for k in ("given_name", "family_name") if isinstance(data.get(k), str))
    return {"account_id": f"urn:li:person:{sub}", "handle": (name or sub)[:320]}


def post_url(urn: str) -> str:
    return f"https://www.linkedin.com/feed/update/{urn}/"


def publish(api: str, version: str, token: str, author: str, text: str) -> dict:
    """``POST /rest/posts`` (a public text post on the member's feed) → {post_id (the URN), url}."""
    body = {"author": author, "commentary": escape_little(text), "visibility": "PUBLIC",
            "distribution": {"feedDistribution": "MAIN_FEED", "targetEntities": [],
                             "thirdPartyDistributionChannels": []},
            "lifecycleState": "PUBLISHED", "isReshareDisabledByAuthor": False}
    response = call(f"{api}/rest/posts", method="POST", content=json.dumps(body).encode("utf-8"), headers={
        "Authorization": f"Bearer {token}", "Content-Type": "application/json", "LinkedIn-Version": version,
        "X-Restli-Protocol-Version": "2.0.0"})
    urn = (response.headers.get("x-restli-id") or "").strip()
    if not re.fullmatch(r"urn:li:(share|ugcPost):\d{1,25}", urn):
        raise Transient("the post answer has no x-restli-id")
    return {"post_id": urn, "url": post_url(urn)}


#: How many of the member's latest posts :func:`find_post` reads.
FIND_COUNT = 20


def find_post(api: str, version: str, token: str, author: str, text: str, since: datetime) -> dict | None:
    """The member's post whose commentary is ``text`` (as :func:`publish` sends it) made at ``since`` or
    later → {post_id, url}; None when their latest posts have none. A refusal (``r_member_social`` not
    granted, 5xx, no answer) raises: whether the post exists is then unknown."""
    data = json_of(call(f"{api}/rest/posts", params={"author": author, "q": "author", "count": str(FIND_COUNT),
                                                     "sortBy": "LAST_MODIFIED"}, headers={
        "Authorization": f"Bearer {token}", "LinkedIn-Version": version, "X-Restli-Protocol-Version": "2.0.0",
        "X-RestLi-Method": "FINDER", "Accept": "application/json"}))
    elements = data.get("elements")
    if not isinstance(elements, list):
        raise Transient("the posts finder answered without elements")
    commentary = escape_little(text)
    floor = int(since.timestamp() * 1000)
    for post in elements:
        if not isinstance(post, dict) or post.get("author") != author or post.get("commentary") != commentary:
            continue
        created = post.get("createdAt")
        urn = str(post.get("id") or "")
        if isinstance(created, int) and created >= floor and re.fullmatch(r"urn:li:(share|ugcPost):\d{1,25}", urn):
            return {"post_id": urn, "url": post_url(urn)}
    return None


def revoke(auth: str, client_id: str, secret: str, token: str) -> None:
    call(f"{auth}/oauth/v2/revoke", method="POST", data={"client_id": client_id, "client_secret": secret,
                                                         "token": token})
