"""A loopback fake LinkedIn for the tests (standard library only): sign-in, member info and posting.

Built from Microsoft Learn, not from our adapter:
- "Sign In with LinkedIn using OpenID Connect" (and the "Authorization Code Flow" it points to):
  ``GET /oauth/v2/authorization`` (response_type=code, client_id, redirect_uri, state, scope: space
  separated) shows the member's consent page, which redirects to ``redirect_uri?code=…&state=…``
  (or ``?error=user_cancelled_authorize&state=…``); ``POST /oauth/v2/accessToken``
  (application/x-www-form-urlencoded: grant_type=authorization_code, code, client_id, client_secret,
  redirect_uri) → ``{access_token, expires_in: 5184000, scope, token_type: "Bearer", id_token}``,
  errors ``{error, error_description}``; ``GET /v2/userinfo`` (Bearer) → ``{sub, email_verified,
  name, locale: {country, language}, given_name, family_name, email, picture}`` with the ``openid``
  and ``profile`` scopes;
- "Programmatic Refresh Tokens": an app allowed them also gets ``refresh_token`` and
  ``refresh_token_expires_in`` (365 days); ``grant_type=refresh_token`` returns a new access token
  while the refresh token's own end does not move;
- "Posts API" (Community Management): ``POST /rest/posts`` needs ``LinkedIn-Version: YYYYMM`` (an
  inactive version answers 426 NONEXISTENT_VERSION) and ``X-Restli-Protocol-Version: 2.0.0``, a
  token with ``w_member_social`` whose member is the ``author`` (``urn:li:person:{sub}``); the body
  ``{author, commentary, visibility, distribution: {feedDistribution}, lifecycleState}``; answers
  201 with an empty body and the post's URN in ``x-restli-id``; errors ``{status, code, message}``
  (401 INVALID_ACCESS_TOKEN, 403 ACCESS_DENIED, 422 for a commentary over 3,000 characters, 429);
- "Posts API", Find Posts by Authors: ``GET /rest/posts?author={URN}&q=author&count=10&sortBy=LAST_MODIFIED``
  (same version headers, ``X-RestLi-Method: FINDER``) → ``{paging: {start, count, total, links},
  elements: [Post]}``, newest first, each post with ``id``, ``author``, ``commentary``, ``createdAt``
  and ``lastModifiedAt`` (epoch milliseconds), ``lifecycleState``…; a member's posts need the
  restricted ``r_member_social`` permission, 403 ACCESS_DENIED without it. ``POST /rest/posts`` takes
  no idempotency key: the same body sent twice makes two posts;
- token revocation ``POST /oauth/v2/revoke`` (client_id, client_secret, token; RFC 7009).

``FakeLinkedIn(client_id, client_secret).start()``; ``script(path, status, headers)`` queues failures;
``received`` lists every post (``commentary`` as sent, still in the "little" format).
"""
from __future__ import annotations

import html
import itertools
import json
import secrets
import threading
import time
from urllib.parse import parse_qs, urlencode, urlsplit

from advocacy.accounts.loopback import LoopbackFake

ACTIVE_VERSIONS = ("202603", "202604", "202605", "202606", "202607", "202608", "202609", "202610", "202611")
ACCESS_LIFETIME = 60 * 24 * 3600
REFRESH_LIFETIME = 365 * 24 * 3600
COMMENTARY_LIMIT = 3000


class FakeLinkedIn(LoopbackFake):
    name = "fake-linkedin"

    def __init__(self, client_id: str = "li-client", client_secret: str = "li-secret", host: str = "127.0.0.1",
                 refresh_tokens: bool = False, port: int = 0):
        self.client_id, self.client_secret = client_id, client_secret
        self.refresh_tokens = refresh_tokens
        self.lock = threading.Lock()
        self.ids = itertools.count(7_150_000_000_000_000_001)
        self.codes: dict[str, dict] = {}
        self.tokens: dict[str, dict] = {}          # access token → {sub, scope}
        self.refresh: dict[str, dict] = {}         # refresh token → {sub, scope}
        self.members: dict[str, dict] = {}         # username → {sub, name}
        self.revoked: list[str] = []
        self.received: list[dict] = []             # {author, commentary, visibility, version, urn}
        self.requests: list[tuple[str, str]] = []
        self._script: dict[str, list] = {}
        self.clock = time.time
        self._serve(host, port)

    def reset(self) -> None:
        with self.lock:
            self._script.clear()
            self.refresh_tokens = False
        self.clear_drops()
        self.clock = time.time

    def posts_by(self, author: str) -> list[dict]:
        """The posts on ``author``'s feed (what the member would see on their profile)."""
        with self.lock:
            return [p for p in self.received if p["author"] == author]

    def script(self, path: str, status: int, headers: dict | None = None, message: str | None = None) -> None:
        with self.lock:
            self._script.setdefault(path, []).append((status, headers or {}, message or f"HTTP {status}"))

    def member(self, username: str) -> dict:
        with self.lock:
            if username not in self.members:
                self.members[username] = {"sub": secrets.token_urlsafe(7).replace("-", "x").replace("_", "y"),
                                          "name": username.replace(".", " ").title()}
            return self.members[username]

    def expire(self, token: str) -> None:
        """The access token ends now (LinkedIn then answers 401)."""
        with self.lock:
            self.tokens.pop(token, None)

    # -- HTTP ---------------------------------------------------------------------------------
    def _dispatch(self, handler, method: str) -> None:
        parts = urlsplit(handler.path)
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length) if length else b""
        query = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        with self.lock:
            self.requests.append((method, parts.path))
            scripted = self._script.get(parts.path)
            failure = scripted.pop(0) if scripted else None
        if failure is not None:
            status, headers, message = failure
            return self._send(handler, status, {"status": status, "message": message}, headers)
        route = {("GET", "/oauth/v2/authorization"): self._authorize_page,
                 ("POST", "/oauth/v2/authorization"): self._authorize,
                 ("POST", "/oauth/v2/accessToken"): self._access_token,
                 ("POST", "/oauth/v2/revoke"): self._revoke,
                 ("GET", "/v2/userinfo"): self._userinfo,
                 ("POST", "/rest/posts"): self._posts,
                 ("GET", "/rest/posts"): self._find_posts}.get((method, parts.path))
        if route is None:
            return self._send(handler, 404, {"status": 404, "code": "NOT_FOUND", "message": "Not Found"})
        status, body, headers = route(handler, query, raw)
        if self._drop(handler, parts.path):
            return
        self._send(handler, status, body, headers)

    def _send(self, handler, status: int, body, headers: dict | None = None) -> None:
        headers = dict(headers or {})
        if isinstance(body, (dict, list)):
            payload = json.dumps(body).encode()
            headers.setdefault("Content-Type", "application/json")
        else:
            payload = body if isinstance(body, bytes) else str(body).encode()
            if payload:
                headers.setdefault("Content-Type", "text/html; charset=utf-8")
        self._write(handler, status, payload, headers)

    @staticmethod
    def _form(raw: bytes) -> dict:
        return {k: v[-1] for k, v in parse_qs(raw.decode("utf-8"), keep_blank_values=True).items()}

    def _bearer(self, handler) -> dict | None:
        value = handler.headers.get("Authorization") or ""
        with self.lock:
            return self.tokens.get(value[7:].strip()) if value.startswith("Bearer ") else None

    def _authorize_error(self, params: dict) -> str | None:
        if params.get("client_id") != self.client_id:
            return "invalid_client_id"
        if params.get("response_type") != "code" or not params.get("redirect_uri"):
            return "invalid_request"
        if not (params.get("scope") or "").split():
            return "invalid_scope"
        return None

    def _authorize_page(self, handler, query, raw):
        error = self._authorize_error(query)
        if error:
            return 400, f"<h1>{html.escape(error)}</h1>", {}
        hidden = "".join(f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(v)}">'
                         for k, v in query.items())
        return 200, (f"<!doctype html><title>LinkedIn</title><h1>Allow access</h1><p>Scopes: "
                     f"{html.escape(query.get('scope', ''))}</p><form method=post action=/oauth/v2/authorization>"
                     f"{hidden}<input name=username value=jane.doe><button name=allow value=1>Allow</button>"
                     f"<button name=cancel value=1>Cancel</button></form>"), {}

    def _authorize(self, handler, query, raw):
        form = self._form(raw)
        error = self._authorize_error(form)
        if error:
            return 400, f"<h1>{html.escape(error)}</h1>", {}
        back = {"state": form["state"]} if form.get("state") else {}
        if form.get("cancel"):
            back.update(error="user_cancelled_authorize", error_description="The user cancelled the authorization")
        else:
            code = secrets.token_urlsafe(24)
            member = self.member(form.get("username") or "jane.doe")
            with self.lock:
                self.codes[code] = {"redirect_uri": form["redirect_uri"], "scope": form["scope"], "sub": member["sub"]}
            back["code"] = code
        return 302, b"", {"Location": form["redirect_uri"] + ("&" if "?" in form["redirect_uri"] else "?")
                          + urlencode(back)}

    def _issue(self, grant: dict, refresh_token: str | None = None) -> dict:
        token = secrets.token_urlsafe(40)
        with self.lock:
            self.tokens[token] = {"sub": grant["sub"], "scope": grant["scope"]}
        answer = {"access_token": token, "expires_in": ACCESS_LIFETIME, "scope": grant["scope"].replace(" ", ","),
                  "token_type": "Bearer"}
        if "openid" in grant["scope"].split():
            answer["id_token"] = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.e30.c2ln"  # not checked by the client
        if self.refresh_tokens:
            if refresh_token is None:
                refresh_token = secrets.token_urlsafe(40)
                with self.lock:
                    self.refresh[refresh_token] = {**grant, "left": REFRESH_LIFETIME}
            answer["refresh_token"] = refresh_token
            answer["refresh_token_expires_in"] = self.refresh[refresh_token]["left"]
        return answer

    def _access_token(self, handler, query, raw):
        form = self._form(raw)
        if form.get("client_id") != self.client_id or form.get("client_secret") != self.client_secret:
            return 401, {"error": "invalid_client", "error_description": "Client authentication failed"}, {}
        if form.get("grant_type") == "refresh_token":
            with self.lock:
                grant = self.refresh.get(form.get("refresh_token", ""))
            if grant is None:
                return 400, {"error": "invalid_request", "error_description": "Invalid refresh token"}, {}
            return 200, self._issue(grant, form["refresh_token"]), {}
        if form.get("grant_type") != "authorization_code":
            return 400, {"error": "unsupported_grant_type", "error_description": "Invalid grant type"}, {}
        with self.lock:
            grant = self.codes.pop(form.get("code", ""), None)
        if grant is None or grant["redirect_uri"] != form.get("redirect_uri"):
            return 400, {"error": "invalid_request", "error_description": "Unable to retrieve access token: "
                                                                          "appid/redirect uri/code verifier does not "
                                                                          "match authorization code"}, {}
        return 200, self._issue(grant), {}

    def _revoke(self, handler, query, raw):
        form = self._form(raw)
        if form.get("client_id") != self.client_id or form.get("client_secret") != self.client_secret:
            return 401, {"error": "invalid_client"}, {}
        with self.lock:
            self.revoked.append(form.get("token", ""))
            self.tokens.pop(form.get("token", ""), None)
        return 200, b"", {}

    def _userinfo(self, handler, query, raw):
        grant = self._bearer(handler)
        if grant is None:
            return 401, {"status": 401, "serviceErrorCode": 65600, "code": "INVALID_ACCESS_TOKEN",
                         "message": "Invalid access token"}, {}
        if not {"openid", "profile"} <= set(grant["scope"].split()):
            return 403, {"status": 403, "serviceErrorCode": 100, "code": "ACCESS_DENIED",
                         "message": "Not enough permissions to access: userinfo.GET.NO_VERSION"}, {}
        member = next(m for m in self.members.values() if m["sub"] == grant["sub"])
        given, _, family = member["name"].partition(" ")
        return 200, {"sub": member["sub"], "email_verified": True, "name": member["name"],
                     "locale": {"country": "FR", "language": "fr"}, "given_name": given, "family_name": family,
                     "email": f"{given.lower()}@example.org", "picture": "https://media.licdn.com/dms/image/x"}, {}

    def _versioned(self, handler):
        """The checks every versioned REST call meets first: (grant, version, None) or (None, None, error)."""
        version = handler.headers.get("LinkedIn-Version")
        if not version:
            return None, None, (400, {"status": 400, "code": "VERSION_MISSING", "message": "A version must be present."}, {})
        if version not in ACTIVE_VERSIONS:
            return None, None, (426, {"status": 426, "code": "NONEXISTENT_VERSION",
                                      "message": f"Requested version {version} is not active"}, {})
        grant = self._bearer(handler)
        if grant is None:
            return None, None, (401, {"status": 401, "serviceErrorCode": 65600, "code": "INVALID_ACCESS_TOKEN",
                                      "message": "Invalid access token"}, {})
        return grant, version, None

    def _posts(self, handler, query, raw):
        grant, version, error = self._versioned(handler)
        if error:
            return error
        if handler.headers.get("X-Restli-Protocol-Version") != "2.0.0":
            return 400, {"status": 400, "code": "ILLEGAL_ARGUMENT", "message": "Restli protocol 2.0.0 expected"}, {}
        try:
            body = json.loads(raw)
        except ValueError:
            return 400, {"status": 400, "code": "ILLEGAL_ARGUMENT",
                         "message": "Request body could not be converted to data map"}, {}
        missing = [f for f in ("author", "commentary", "visibility", "distribution", "lifecycleState")
                   if f not in body]
        if missing:
            return 422, {"status": 422, "message": "".join(
                f"ERROR :: /{f} :: field is required but not found and has no default value\n" for f in missing)}, {}
        if "w_member_social" not in grant["scope"].split() or body["author"] != f"urn:li:person:{grant['sub']}":
            return 403, {"status": 403, "serviceErrorCode": 100, "code": "ACCESS_DENIED",
                         "message": "Unpermitted fields present in REQUEST_BODY: Data Processing Exception while "
                                    "processing fields [/author]"}, {}
        if len(body["commentary"]) > COMMENTARY_LIMIT:
            return 422, {"status": 422, "message": "ERROR :: /commentary :: length of commentary exceeds 3000"}, {}
        urn = f"urn:li:share:{next(self.ids)}"
        with self.lock:
            self.received.append({"author": body["author"], "commentary": body["commentary"],
                                  "visibility": body["visibility"], "version": version, "urn": urn,
                                  "lifecycleState": body["lifecycleState"], "createdAt": int(self.clock() * 1000)})
        return 201, b"", {"x-restli-id": urn, "x-linkedin-id": urn}

    def _find_posts(self, handler, query, raw):
        grant, _version, error = self._versioned(handler)
        if error:
            return error
        if query.get("q") != "author" or not query.get("author"):
            return 400, {"status": 400, "code": "ILLEGAL_ARGUMENT", "message": "Invalid finder"}, {}
        if "r_member_social" not in grant["scope"].split() or query["author"] != f"urn:li:person:{grant['sub']}":
            return 403, {"status": 403, "serviceErrorCode": 100, "code": "ACCESS_DENIED",
                         "message": "Not enough permissions to access: partnerApiPostsExternal.FINDER-author"}, {}
        count = min(int(query.get("count") or 10), 100)
        start = int(query.get("start") or 0)
        with self.lock:
            mine = [p for p in reversed(self.received) if p["author"] == query["author"]]
        page = [{"id": p["urn"], "author": p["author"], "commentary": p["commentary"], "visibility": p["visibility"],
                 "distribution": {"feedDistribution": "MAIN_FEED", "targetEntities": [],
                                  "thirdPartyDistributionChannels": []},
                 "lifecycleState": p["lifecycleState"], "isReshareDisabledByAuthor": False,
                 "createdAt": p["createdAt"], "lastModifiedAt": p["createdAt"], "publishedAt": p["createdAt"],
                 "lifecycleStateInfo": {"isEditedByAuthor": False}} for p in mine[start:start + count]]
        return 200, {"paging": {"start": start, "count": count, "links": [], "total": len(mine)},
                     "elements": page}, {}
