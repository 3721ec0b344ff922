"""A loopback fake Mastodon server for the tests and the offline demo (standard library only).

Built from the Mastodon documentation (docs.joinmastodon.org), not from our adapter:
- methods/apps — ``POST /api/v1/apps`` (client_name, redirect_uris, scopes, website) → Application
  with ``client_id``/``client_secret``; 422 without a valid redirect URI;
- spec/oauth and methods/oauth — ``GET /oauth/authorize`` (response_type=code, client_id,
  redirect_uri, scope, state, code_challenge, code_challenge_method=S256) shows the authorisation
  page, whose form posts back and redirects to ``redirect_uri?code=…&state=…``; ``POST /oauth/token``
  (grant_type=authorization_code with code_verifier, checked against the S256 challenge) → Token
  ``{access_token, token_type: "Bearer", scope, created_at}``, errors ``{error, error_description}``;
  ``POST /oauth/revoke`` (client_id, client_secret, token) → ``{}``, 403 for another client;
- methods/accounts — ``GET /api/v1/accounts/verify_credentials`` → CredentialAccount, 401
  ``{"error": "The access token is invalid"}``;
- methods/statuses — ``POST /api/v1/statuses`` (status, visibility, language; ``Idempotency-Key``
  header: "Idempotency keys are stored for up to 1 hour": the same key within the hour returns the same
  status) → Status, 422 ``Validation failed: Text character
  limit of 500 exceeded``; ``GET /api/v1/statuses/:id`` (public statuses);
- api/rate-limits — ``X-RateLimit-Limit``/``-Remaining``/``-Reset`` (ISO 8601) on answers, 429 when spent.

``python -m advocacy.accounts.fake_mastodon --port 8766 [--token TOKEN=username ...]`` serves it;
``FakeMastodon().start()`` in tests (``script(path, status, headers)`` queues failures).
"""
from __future__ import annotations

import argparse
import base64
import hashlib
import html
import itertools
import json
import secrets
import threading
from datetime import datetime, timedelta, timezone
from urllib.parse import parse_qs, urlencode, urlsplit

from advocacy.accounts.loopback import LoopbackFake

CHARACTER_LIMIT = 500
#: methods/statuses: "Idempotency keys are stored for up to 1 hour".
IDEMPOTENCY_KEPT = timedelta(hours=1)


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


class FakeMastodon(LoopbackFake):
    name = "fake-mastodon"

    def __init__(self, host: str = "127.0.0.1", port: int = 0, character_limit: int = CHARACTER_LIMIT):
        self.lock = threading.Lock()
        self.ids = itertools.count(110_000_000_000_000_001)
        self.character_limit = character_limit
        self.apps: dict[str, dict] = {}          # client_id → app
        self.codes: dict[str, dict] = {}         # code → grant
        self.tokens: dict[str, dict] = {}        # access token → {username, scope, client_id}
        self.accounts: dict[str, dict] = {}      # username → account
        self.statuses: dict[str, dict] = {}      # id → status
        self.idempotency: dict[tuple, tuple] = {}  # (token, key) → (status id, stored at)
        self.clock = _now
        self.revoked: list[str] = []
        self.received: list[dict] = []           # every status posted: {text, username, key}
        self.requests: list[tuple[str, str]] = []
        self._script: dict[str, list] = {}
        self.default_user = "alice"
        self._serve(host, port)

    # -- control --------------------------------------------------------------------------
    def script(self, path: str, status: int, headers: dict | None = None, error: str | None = None) -> None:
        """The next request to ``path`` answers ``status`` with ``{"error": error}``."""
        with self.lock:
            self._script.setdefault(path, []).append((status, headers or {}, error or f"HTTP {status}"))

    def account(self, username: str) -> dict:
        with self.lock:
            return self._account(username)

    def _account(self, username: str) -> dict:
        if username not in self.accounts:
            self.accounts[username] = {
                "id": str(next(self.ids)), "username": username, "acct": username, "display_name": username.title(),
                "locked": False, "bot": False, "created_at": _iso(_now()), "note": "", "url": f"{self.base}/@{username}",
                "avatar": f"{self.base}/avatars/original/missing.png", "followers_count": 42,
                "following_count": 7, "statuses_count": 0, "source": {"privacy": "public", "sensitive": False,
                                                                     "language": "", "note": "", "fields": []}}
        return self.accounts[username]

    def add_client(self, client_id: str, secret: str, name: str = "Porte-voix (demo)") -> None:
        """An application the server already knows (as if registered with ``POST /api/v1/apps``)."""
        with self.lock:
            self.apps[client_id] = {"id": client_id, "name": name, "website": None,
                                    "scopes": ["read:accounts", "read:statuses", "write:statuses"],
                                    "redirect_uri": "", "redirect_uris": [], "client_id": client_id,
                                    "client_secret": secret, "client_secret_expires_at": 0}

    def issue_token(self, username: str, token: str | None = None, scope: str = "read:accounts read:statuses "
                    "write:statuses", client_id: str | None = None) -> str:
        """A token for ``username`` as if they had authorised an app (the demo seeds one)."""
        token = token or secrets.token_urlsafe(32)
        with self.lock:
            self._account(username)
            self.tokens[token] = {"username": username, "scope": scope, "client_id": client_id}
        return token

    # -- HTTP ---------------------------------------------------------------------------
    def _dispatch(self, handler, method: str) -> None:
        parts = urlsplit(handler.path)
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length) if length else b""
        form = {}
        if raw:
            if (handler.headers.get("Content-Type") or "").startswith("application/json"):
                try:
                    form = {k: v for k, v in json.loads(raw).items()}
                except (ValueError, AttributeError):
                    form = {}
            else:
                form = {k: v[-1] for k, v in parse_qs(raw.decode("utf-8"), keep_blank_values=True).items()}
        query = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        with self.lock:
            self.requests.append((method, parts.path))
            scripted = self._script.get(parts.path)
            failure = scripted.pop(0) if scripted else None
        if failure is not None:
            status, headers, error = failure
            return self._send(handler, status, {"error": error}, headers)
        route = {
            ("POST", "/api/v1/apps"): self._apps,
            ("GET", "/oauth/authorize"): self._authorize_page,
            ("POST", "/oauth/authorize"): self._authorize,
            ("POST", "/oauth/token"): self._token,
            ("POST", "/oauth/revoke"): self._revoke,
            ("GET", "/api/v1/accounts/verify_credentials"): self._verify,
            ("POST", "/api/v1/statuses"): self._post_status,
        }.get((method, parts.path))
        if route is None and method == "GET" and parts.path.startswith("/api/v1/statuses/"):
            route = self._get_status
        if route is None:
            return self._send(handler, 404, {"error": "Record not found"})
        status, body, headers = route(handler, parts.path, query, form)
        if self._drop(handler, parts.path):
            return
        self._send(handler, status, body, headers)

    def _send(self, handler, status: int, body, headers: dict | None = None) -> None:
        headers = dict(headers or {})
        if isinstance(body, (dict, list)):
            payload = json.dumps(body).encode()
            headers.setdefault("Content-Type", "application/json; charset=utf-8")
        else:
            payload = body if isinstance(body, bytes) else str(body).encode()
            headers.setdefault("Content-Type", "text/html; charset=utf-8")
        headers.setdefault("X-RateLimit-Limit", "300")
        headers.setdefault("X-RateLimit-Remaining", "299")
        headers.setdefault("X-RateLimit-Reset", _iso(_now() + timedelta(minutes=5)))
        self._write(handler, status, payload, headers)

    def _bearer(self, handler) -> dict | None:
        value = handler.headers.get("Authorization") or ""
        if not value.startswith("Bearer "):
            return None
        with self.lock:
            return self.tokens.get(value[7:].strip())

    # methods/apps
    def _apps(self, handler, path, query, form):
        redirect = form.get("redirect_uris")
        redirects = redirect if isinstance(redirect, list) else [r for r in str(redirect or "").split() if r]
        if not form.get("client_name"):
            return 422, {"error": "Validation failed: Application name can't be blank"}, {}
        if not redirects or not all("://" in r for r in redirects):
            return 422, {"error": "Validation failed: Redirect URI must be an absolute URI."}, {}
        scopes = str(form.get("scopes") or "read").split()
        app = {"id": str(next(self.ids)), "name": form["client_name"], "website": form.get("website"),
               "scopes": scopes, "redirect_uri": "\n".join(redirects), "redirect_uris": redirects,
               "vapid_key": "BCk-QqERU0q-CfYZjcuB6lnyyOYfJ2AifKqfeGIm7Z-HiTU5T9eTG5GxVA0_OH5mMlI4UkkDTpaZwozy0TzdZ2M=",
               "client_id": secrets.token_urlsafe(32), "client_secret": secrets.token_urlsafe(32),
               "client_secret_expires_at": 0}
        with self.lock:
            self.apps[app["client_id"]] = app
        return 200, app, {}

    def _check_authorize(self, params):
        app = self.apps.get(params.get("client_id", ""))
        if app is None:
            return None, "invalid_client"
        if params.get("redirect_uri") not in app["redirect_uris"]:
            return None, "invalid_redirect_uri"
        if params.get("response_type") != "code":
            return None, "unsupported_response_type"
        if not set((params.get("scope") or "read").split()) <= set(app["scopes"]):
            return None, "invalid_scope"
        if params.get("code_challenge") and params.get("code_challenge_method") != "S256":
            return None, "invalid_request"
        return app, None

    def _authorize_page(self, handler, path, query, form):
        app, error = self._check_authorize(query)
        if error:
            return 400, f"<h1>{html.escape(error)}</h1>", {}
        hidden = "".join(f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(v)}">'
                         for k, v in query.items())
        page = (f"<!doctype html><title>Authorisation required</title><h1>{html.escape(app['name'])} would like "
                f"to access your account</h1><p>Scopes: {html.escape(query.get('scope') or 'read')}</p>"
                f'<form method="post" action="/oauth/authorize">{hidden}<label>Username '
                f'<input name="username" value="{html.escape(self.default_user)}"></label> '
                f'<button type="submit">Authorise</button></form>')
        return 200, page, {}

    def _authorize(self, handler, path, query, form):
        app, error = self._check_authorize(form)
        if error:
            return 400, f"<h1>{html.escape(error)}</h1>", {}
        code = secrets.token_urlsafe(24)
        with self.lock:
            self._account(form.get("username") or self.default_user)
            self.codes[code] = {"client_id": app["client_id"], "redirect_uri": form["redirect_uri"],
                                "scope": form.get("scope") or "read", "username": form.get("username") or self.default_user,
                                "challenge": form.get("code_challenge")}
        target = form["redirect_uri"] + ("&" if "?" in form["redirect_uri"] else "?") + urlencode(
            {"code": code, **({"state": form["state"]} if form.get("state") else {})})
        return 302, b"", {"Location": target}

    # methods/oauth: token and revoke
    def _token(self, handler, path, query, form):
        app = self.apps.get(form.get("client_id", ""))
        if app is None or form.get("client_secret") != app["client_secret"]:
            return 401, {"error": "invalid_client", "error_description": "Client authentication failed due to "
                                                                        "unknown client, no client authentication "
                                                                        "included, or unsupported authentication method."}, {}
        if form.get("grant_type") != "authorization_code":
            return 400, {"error": "unsupported_grant_type"}, {}
        with self.lock:
            grant = self.codes.pop(form.get("code", ""), None)
        invalid = {"error": "invalid_grant", "error_description": "The provided authorization grant is invalid, "
                                                                  "expired, revoked, does not match the redirection URI "
                                                                  "used in the authorization request, or was issued to "
                                                                  "another client."}
        if grant is None or grant["client_id"] != app["client_id"] or grant["redirect_uri"] != form.get("redirect_uri"):
            return 400, invalid, {}
        if grant["challenge"]:
            verifier = form.get("code_verifier") or ""
            digest = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
            if digest != grant["challenge"]:
                return 400, invalid, {}
        token = self.issue_token(grant["username"], scope=grant["scope"], client_id=app["client_id"])
        return 200, {"access_token": token, "token_type": "Bearer", "scope": grant["scope"],
                     "created_at": int(_now().timestamp())}, {}

    def _revoke(self, handler, path, query, form):
        app = self.apps.get(form.get("client_id", ""))
        with self.lock:
            grant = self.tokens.get(form.get("token", ""))
            if app is None or form.get("client_secret") != app["client_secret"] or (
                    grant is not None and grant["client_id"] not in (None, app["client_id"])):
                return 403, {"error": "unauthorized_client", "error_description": "You are not authorized to revoke "
                                                                                   "this token"}, {}
            self.tokens.pop(form.get("token", ""), None)
            self.revoked.append(form.get("token", ""))
        return 200, {}, {}

    # methods/accounts
    def _verify(self, handler, path, query, form):
        grant = self._bearer(handler)
        if grant is None:
            return 401, {"error": "The access token is invalid"}, {}
        if not {"read", "read:accounts", "profile"} & set(grant["scope"].split()):
            return 403, {"error": "This action is outside the authorized scopes"}, {}
        with self.lock:
            return 200, dict(self._account(grant["username"])), {}

    # methods/statuses
    def _post_status(self, handler, path, query, form):
        grant = self._bearer(handler)
        if grant is None:
            return 401, {"error": "The access token is invalid"}, {}
        if not {"write", "write:statuses"} & set(grant["scope"].split()):
            return 403, {"error": "This action is outside the authorized scopes"}, {}
        text = str(form.get("status") or "")
        if not text.strip():
            return 422, {"error": "Validation failed: Text can't be blank"}, {}
        if len(text) > self.character_limit:
            return 422, {"error": f"Validation failed: Text character limit of {self.character_limit} exceeded"}, {}
        key = handler.headers.get("Idempotency-Key")
        token = (handler.headers.get("Authorization") or "")[7:].strip()
        with self.lock:
            kept = self.idempotency.get((token, key)) if key else None
            if kept is not None and self.clock() - kept[1] < IDEMPOTENCY_KEPT:
                return 200, self.statuses[kept[0]], {}
            account = self._account(grant["username"])
            status_id = str(next(self.ids))
            status = {"id": status_id, "created_at": _iso(_now()), "in_reply_to_id": None, "sensitive": False,
                      "spoiler_text": "", "visibility": form.get("visibility") or "public",
                      "language": form.get("language") or None,
                      "uri": f"{self.base}/users/{account['username']}/statuses/{status_id}",
                      "url": f"{self.base}/@{account['username']}/{status_id}",
                      "replies_count": 0, "reblogs_count": 0, "favourites_count": 0,
                      "content": "<p>" + html.escape(text).replace("\n", "<br />") + "</p>",
                      "account": dict(account), "media_attachments": [], "mentions": [], "tags": [], "emojis": []}
            self.statuses[status_id] = status
            if key:
                self.idempotency[(token, key)] = (status_id, self.clock())
            account["statuses_count"] += 1
            self.received.append({"text": text, "username": account["username"], "key": key})
        return 200, status, {}

    def _get_status(self, handler, path, query, form):
        with self.lock:
            status = self.statuses.get(path.rsplit("/", 1)[-1])
        if status is None or status["visibility"] not in ("public", "unlisted"):
            return 404, {"error": "Record not found"}, {}
        return 200, status, {}


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description="A fake Mastodon server on loopback (demo and tests only).")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8766)
    parser.add_argument("--token", action="append", default=[], metavar="TOKEN=USERNAME",
                        help="a token the server already knows (the demo's linked account)")
    parser.add_argument("--client", action="append", default=[], metavar="CLIENT_ID=SECRET",
                        help="an application the server already knows (the demo's, so unlinking revokes)")
    args = parser.parse_args(argv)
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        parser.error("the fake server listens on loopback only")
    server = FakeMastodon(args.host, args.port)
    clients = [item.partition("=") for item in args.client]
    for client_id, _, secret in clients:
        server.add_client(client_id, secret)
    for item in args.token:
        token, _, username = item.partition("=")
        server.issue_token(username or "demo", token, client_id=clients[0][0] if clients else None)
    print(f"fake Mastodon on {server.base}", flush=True)
    try:
        server.httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.httpd.server_close()


if __name__ == "__main__":
    main()
