"""A loopback fake Bluesky PDS for the tests (standard library only): sessions and post records.

Built from docs.bsky.app, not from our adapter:
- "Creating a post" / advanced guide "Posts": ``POST /xrpc/com.atproto.server.createSession``
  (JSON ``{identifier, password}``: a handle and an app password) → ``{did, didDoc, handle, email,
  accessJwt, refreshJwt, active}``, 401 ``{"error": "AuthenticationRequired", "message": "Invalid
  identifier or password"}``; ``POST /xrpc/com.atproto.repo.createRecord`` (Bearer accessJwt; ``{repo,
  collection: "app.bsky.feed.post", record: {$type, text, createdAt, langs?, facets?}}``) → ``{uri:
  "at://<did>/app.bsky.feed.post/<rkey>", cid, commit, validationStatus: "valid"}``; a text over 300
  graphemes is refused with 400 ``InvalidRequest``;
- "Links, mentions, and rich text": facet ``index.byteStart``/``byteEnd`` are UTF-8 byte offsets
  (start inclusive, end exclusive); the fake checks that each ``#link`` facet covers exactly its ``uri``;
- "Record Key" and "TID" specs (atproto.com/specs/record-key, /specs/tid): ``createRecord`` may name the
  record's ``rkey``; ``app.bsky.feed.post`` keys are TIDs, 13 characters of base32-sortable
  (``234567abcdefghijklmnopqrstuvwxyz``, the first one of ``234567abcdefghij``); a key already used in
  the collection is refused (the lexicon lists no error for it: bsky.social answers 500
  ``InternalServerError``, atproto issue #3718; ``conflict`` sets the answer); ``GET
  /xrpc/com.atproto.repo.getRecord?repo&collection&rkey`` → ``{uri, cid, value}``, 400 ``RecordNotFound``;
- HTTP reference ``com.atproto.server.refreshSession`` / ``deleteSession`` (Bearer refreshJwt): a new
  pair of JWTs, the old refresh JWT revoked; an ended or revoked token answers 400 ``ExpiredToken``
  ("Token has expired") or 401 ``InvalidToken``; rate limits answer 429 with ``ratelimit-reset``.

JWTs carry ``exp`` (access: 2 hours, refresh: 90 days) but are not signed (the client only reads ``exp``).
``FakeBluesky().start()``; ``add_account(handle, app_password)``; ``received`` lists every record.
"""
from __future__ import annotations

import base64
import itertools
import json
import re
import secrets
import threading
import time
from urllib.parse import parse_qs, urlsplit

from advocacy.accounts.loopback import LoopbackFake

ACCESS_SECONDS = 2 * 3600
REFRESH_SECONDS = 90 * 24 * 3600
MAX_GRAPHEMES = 300
TID = re.compile(r"^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$")


def _b64(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


class FakeBluesky(LoopbackFake):
    name = "fake-bluesky"

    def __init__(self, host: str = "127.0.0.1", port: int = 0):
        self.lock = threading.Lock()
        self.rkeys = itertools.count(1)
        self.accounts: dict[str, dict] = {}     # handle → {did, password}
        self.access: dict[str, dict] = {}       # access JWT → {did, exp}
        self.refresh: dict[str, dict] = {}      # refresh JWT → {did, exp}
        self.deleted: list[str] = []            # refresh JWTs whose session was deleted
        self.received: list[dict] = []          # {repo, record, uri}
        self.records: dict[tuple, dict] = {}    # (did, collection, rkey) → {uri, cid, value}
        #: What a createRecord on a key already used answers (status, error, message).
        self.conflict = (500, "InternalServerError", "Internal Server Error")
        self.passwords_seen: list[str] = []
        self._script: dict[str, list] = {}
        self.clock = time.time
        self._serve(host, port)

    def reset(self) -> None:
        with self.lock:
            self._script.clear()
            self.conflict = (500, "InternalServerError", "Internal Server Error")
        self.clear_drops()
        self.clock = time.time

    def posts_of(self, did: str) -> list[dict]:
        """The post records in ``did``'s repository (what a reader of the profile would see)."""
        with self.lock:
            return [r for (repo, collection, _k), r in self.records.items()
                    if repo == did and collection == "app.bsky.feed.post"]

    def script(self, method: str, status: int, error: str, message: str = "", headers: dict | None = None) -> None:
        with self.lock:
            self._script.setdefault(method, []).append((status, error, message or error, headers or {}))

    def add_account(self, handle: str, app_password: str = "abcd-efgh-ijkl-mnop") -> dict:
        with self.lock:
            account = self.accounts.setdefault(handle, {"did": "did:plc:" + secrets.token_hex(12)[:24],
                                                        "password": app_password})
            account["password"] = app_password
            return account

    def _jwt(self, did: str, seconds: int, scope: str) -> str:
        return ".".join((_b64({"typ": "at+jwt", "alg": "ES256K"}),
                         _b64({"scope": scope, "sub": did, "iat": int(self.clock()), "exp": int(self.clock()) + seconds,
                               "jti": secrets.token_hex(8)}), "c2lnbmF0dXJl"))

    def _session(self, handle: str, did: str) -> dict:
        access = self._jwt(did, ACCESS_SECONDS, "com.atproto.appPass")
        refresh = self._jwt(did, REFRESH_SECONDS, "com.atproto.refresh")
        with self.lock:
            self.access[access] = {"did": did, "exp": self.clock() + ACCESS_SECONDS}
            self.refresh[refresh] = {"did": did, "exp": self.clock() + REFRESH_SECONDS, "handle": handle}
        return {"did": did, "handle": handle, "email": f"{handle.split('.')[0]}@example.org", "emailConfirmed": True,
                "accessJwt": access, "refreshJwt": refresh, "active": True,
                "didDoc": {"@context": ["https://www.w3.org/ns/did/v1"], "id": did, "alsoKnownAs": [f"at://{handle}"],
                           "service": [{"id": "#atproto_pds", "type": "AtprotoPersonalDataServer",
                                        "serviceEndpoint": self.base}]}}

    # -- HTTP ---------------------------------------------------------------------------------
    def _dispatch(self, handler, method: str) -> None:
        parts = urlsplit(handler.path)
        path = parts.path
        if method == "GET" and path == "/xrpc/com.atproto.repo.getRecord":
            with self.lock:
                scripted = self._script.get("com.atproto.repo.getRecord")
                failure = scripted.pop(0) if scripted else None
            if failure is not None:
                status, error, message, headers = failure
                return self._send(handler, status, {"error": error, "message": message}, headers)
            return self._get_record(handler, {k: v[-1] for k, v in parse_qs(parts.query).items()})
        if method != "POST":  # the other methods this fake serves are XRPC procedures (POST)
            handler.send_error(501)
            return
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length) if length else b""
        method = path.removeprefix("/xrpc/")
        with self.lock:
            scripted = self._script.get(method)
            failure = scripted.pop(0) if scripted else None
        if failure is not None:
            status, error, message, headers = failure
            return self._send(handler, status, {"error": error, "message": message}, headers)
        route = {"com.atproto.server.createSession": self._create_session,
                 "com.atproto.server.refreshSession": self._refresh_session,
                 "com.atproto.server.deleteSession": self._delete_session,
                 "com.atproto.repo.createRecord": self._create_record}.get(method)
        if route is None:
            return self._send(handler, 501, {"error": "MethodNotImplemented", "message": "Method Not Implemented"})
        try:
            body = json.loads(raw) if raw else {}
        except ValueError:
            return self._send(handler, 400, {"error": "InvalidRequest", "message": "Invalid JSON"})
        status, answer = route(handler, body)
        if self._drop(handler, path):
            return
        self._send(handler, status, answer)

    def _send(self, handler, status: int, body, headers: dict | None = None) -> None:
        payload = json.dumps(body).encode() if body is not None else b""
        self._write(handler, status, payload, {"Content-Type": "application/json; charset=utf-8",
                                               "ratelimit-limit": "5000", "ratelimit-remaining": "4999",
                                               **(headers or {})})

    def _token(self, handler, table: dict):
        value = handler.headers.get("Authorization") or ""
        if not value.startswith("Bearer "):
            return None, (401, {"error": "AuthenticationRequired", "message": "Authentication Required"})
        with self.lock:
            grant = table.get(value[7:].strip())
        if grant is None:
            return None, (401, {"error": "InvalidToken", "message": "Token could not be verified"})
        if grant["exp"] <= self.clock():
            return None, (400, {"error": "ExpiredToken", "message": "Token has expired"})
        return value[7:].strip(), grant

    def _create_session(self, handler, body):
        identifier, password = str(body.get("identifier", "")).lower(), str(body.get("password", ""))
        with self.lock:
            self.passwords_seen.append(password)
            account = self.accounts.get(identifier)
        if account is None or account["password"] != password:
            return 401, {"error": "AuthenticationRequired", "message": "Invalid identifier or password"}
        return 200, self._session(identifier, account["did"])

    def _refresh_session(self, handler, body):
        token, grant = self._token(handler, self.refresh)
        if token is None:
            return grant
        with self.lock:
            self.refresh.pop(token, None)
        return 200, {k: v for k, v in self._session(grant["handle"], grant["did"]).items()
                     if k in ("did", "handle", "accessJwt", "refreshJwt", "didDoc", "active")}

    def _delete_session(self, handler, body):
        token, grant = self._token(handler, self.refresh)
        if token is None:
            return grant
        with self.lock:
            self.refresh.pop(token, None)
            self.deleted.append(token)
        return 200, None

    def _create_record(self, handler, body):
        token, grant = self._token(handler, self.access)
        if token is None:
            return grant
        record = body.get("record") if isinstance(body.get("record"), dict) else {}
        if body.get("repo") != grant["did"]:
            return 400, {"error": "InvalidRequest", "message": "Input/repo must be the authenticated DID"}
        if body.get("collection") != "app.bsky.feed.post" or record.get("$type") != "app.bsky.feed.post" \
                or not isinstance(record.get("text"), str) or not isinstance(record.get("createdAt"), str):
            return 400, {"error": "InvalidRequest", "message": "Invalid app.bsky.feed.post record"}
        text = record["text"]
        if len(text) > MAX_GRAPHEMES:
            return 400, {"error": "InvalidRequest", "message": "Invalid app.bsky.feed.post record: Record/text must "
                                                               "not be longer than 300 graphemes"}
        data = text.encode("utf-8")
        for facet in record.get("facets") or []:
            index = facet.get("index") or {}
            start, end = index.get("byteStart"), index.get("byteEnd")
            uris = [f.get("uri") for f in facet.get("features") or [] if f.get("$type") == "app.bsky.richtext.facet#link"]
            if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(data) \
                    or any(data[start:end].decode("utf-8", "replace") != uri for uri in uris):
                return 400, {"error": "InvalidRequest", "message": "Invalid app.bsky.richtext.facet: byte range"}
        rkey = body.get("rkey")
        if rkey is not None and (not isinstance(rkey, str) or not TID.match(rkey)):
            return 400, {"error": "InvalidRequest", "message": "Input/rkey must be a valid TID"}
        with self.lock:
            rkey = rkey or f"3l{next(self.rkeys):011d}"
            key = (grant["did"], "app.bsky.feed.post", rkey)
            if key in self.records:
                status, error, message = self.conflict
                return status, {"error": error, "message": message}
            uri = f"at://{grant['did']}/app.bsky.feed.post/{rkey}"
            cid = "bafyrei" + secrets.token_hex(26)
            self.records[key] = {"uri": uri, "cid": cid, "value": record}
            self.received.append({"repo": body["repo"], "record": record, "uri": uri})
        return 200, {"uri": uri, "cid": cid, "validationStatus": "valid",
                     "commit": {"cid": "bafyrei" + secrets.token_hex(26), "rev": "3l" + secrets.token_hex(6)}}

    def _get_record(self, handler, query):
        with self.lock:
            found = self.records.get((query.get("repo"), query.get("collection"), query.get("rkey")))
        if found is None:
            return self._send(handler, 400, {"error": "RecordNotFound", "message": "Could not locate record: "
                                             f"at://{query.get('repo')}/{query.get('collection')}/{query.get('rkey')}"})
        self._send(handler, 200, found)
