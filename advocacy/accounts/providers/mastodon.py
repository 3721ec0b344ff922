"""Mastodon, any server: dynamic client registration, OAuth 2.0 authorization code with PKCE (S256),
``verify_credentials``, publishing a status, revoking the token.

From the Mastodon documentation (docs.joinmastodon.org): methods/apps (``POST /api/v1/apps``),
spec/oauth and methods/oauth (``GET /oauth/authorize``, ``POST /oauth/token``, ``POST
/oauth/revoke``), methods/accounts (``GET /api/v1/accounts/verify_credentials``) and
methods/statuses (``POST /api/v1/statuses`` with an ``Idempotency-Key``).
"""
from __future__ import annotations

import re
from urllib.parse import urlencode, urlsplit

from advocacy.accounts.providers.base import Refused, Transient, call, json_of
from advocacy.core.outbound import is_allow_listed

#: What we ask for: read the account (its handle), read and write statuses.
SCOPES = "read:accounts read:statuses write:statuses"
CLIENT_NAME = "Porte-voix"
_HOST = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


class BadServer(ValueError):
    """Not a Mastodon server address we may reach."""


def server_base(raw: str) -> str:
    """``@me@social.example`` / ``https://social.example/`` / ``social.example`` → ``https://social.example``;
    a ``host:port`` named in ``ADVOCACY_OUTBOUND_ALLOW`` (on premises, a test server) may use http."""
    value = (raw or "").strip()
    if "@" in value and "://" not in value:
        value = value.rsplit("@", 1)[1]
    candidate = value if "://" in value else f"https://{value}"
    parts = urlsplit(candidate.rstrip("/"))
    if parts.path not in ("", "/") or parts.query or parts.username or not parts.hostname:
        raise BadServer(raw)
    if "://" not in value and parts.port not in (None, 443):
        url = f"http://{parts.netloc.lower()}"  # an allow-listed host:port without scheme: plain http
        if is_allow_listed(url):
            return url
    if is_allow_listed(f"{parts.scheme}://{parts.netloc.lower()}"):
        return f"{parts.scheme}://{parts.netloc.lower()}"
    if parts.scheme != "https" or parts.port not in (None, 443):
        raise BadServer(raw)
    try:
        host = parts.hostname.encode("idna").decode("ascii").lower()
    except UnicodeError:
        raise BadServer(raw) from None
    if not _HOST.match(host) or host.endswith((".local", ".internal", ".localhost")):
        raise BadServer(raw)
    return f"https://{host}"


def host_of(base: str) -> str:
    return urlsplit(base).netloc.lower()


def register_app(base: str, redirect_uri: str, website: str) -> tuple[str, str]:
    """``POST /api/v1/apps`` → (client_id, client_secret)."""
    data = json_of(call(f"{base}/api/v1/apps", method="POST", data={
        "client_name": CLIENT_NAME, "redirect_uris": redirect_uri, "scopes": SCOPES, "website": website}))
    client_id, secret = data.get("client_id"), data.get("client_secret")
    if not isinstance(client_id, str) or not isinstance(secret, str) or not client_id or not secret:
        raise Transient("the server registered no client")
    return client_id, secret


def authorize_url(base: str, client_id: str, redirect_uri: str, state: str, challenge: str) -> str:
    return f"{base}/oauth/authorize?" + urlencode({
        "response_type": "code", "client_id": client_id, "redirect_uri": redirect_uri, "scope": SCOPES,
        "state": state, "code_challenge": challenge, "code_challenge_method": "S256"})


def exchange_code(base: str, client_id: str, secret: str, redirect_uri: str, code: str, verifier: str) -> dict:
    """``POST /oauth/token`` (authorization_code + code_verifier) → {access_token, scope}."""
    data = json_of(call(f"{base}/oauth/token", method="POST", data={
        "grant_type": "authorization_code", "code": code, "client_id": client_id, "client_secret": secret,
        "redirect_uri": redirect_uri, "code_verifier": verifier, "scope": SCOPES}))
    if not isinstance(data.get("access_token"), str) or not data["access_token"]:
        raise Refused("no access token in the answer")
    return {"access_token": data["access_token"], "scope": str(data.get("scope") or SCOPES)}


def verify_credentials(base: str, token: str) -> dict:
    """``GET /api/v1/accounts/verify_credentials`` → {account_id, handle (user@host), profile_url}."""
    data = json_of(call(f"{base}/api/v1/accounts/verify_credentials",
                        headers={"Authorization": f"Bearer {token}", "Accept": "application/json"}))
    account_id, username = data.get("id"), data.get("username") or data.get("acct")
    if not isinstance(account_id, (str, int)) or not isinstance(username, str) or not username:
        raise Transient("verify_credentials without id or username")
    handle = f"{username.lstrip('@').split('@')[0].lower()}@{host_of(base)}"
    url = data.get("url") if isinstance(data.get("url"), str) else None
    return {"account_id": str(account_id), "handle": handle, "profile_url": url}


def publish(base: str, token: str, text: str, idempotency_key: str, language: str | None = None) -> dict:
    """``POST /api/v1/statuses`` (public) → {post_id, url}. The same ``Idempotency-Key`` within an
    hour never makes a second status (a retry after a lost answer is safe)."""
    form = {"status": text, "visibility": "public"}
    if language:
        form["language"] = language
    data = json_of(call(f"{base}/api/v1/statuses", method="POST", data=form,
                        headers={"Authorization": f"Bearer {token}", "Idempotency-Key": idempotency_key,
                                 "Accept": "application/json"}))
    post_id, url = data.get("id"), data.get("url") or data.get("uri")
    if not isinstance(post_id, (str, int)) or not isinstance(url, str) or not url.startswith(("https://", "http://")):
        raise Transient("the status answer has no id or url")
    return {"post_id": str(post_id), "url": url}


def revoke(base: str, client_id: str, secret: str, token: str) -> None:
    """``POST /oauth/revoke`` (RFC 7009)."""
    call(f"{base}/oauth/revoke", method="POST", data={"client_id": client_id, "client_secret": secret, "token": token})
