"""The one outbound HTTP client of the service (every domain fetches through it).

``fetch(url, ...)`` → :class:`Response` or :class:`OutboundError`. Guarantees:
connect/read timeouts and an overall deadline that holds even against a server dripping its
headers or body a byte at a time (a watchdog shuts the fetch's socket down when the deadline
passes), a response size cap (counted after decompression), redirects followed by hand with every hop re-checked, no
proxies from the environment, no cookies, and the SSRF guard of
:mod:`advocacy.core.ssrf` applied when each connection is made.
``ADVOCACY_OUTBOUND_ALLOW=host:port,...`` names hosts that may be reached anyway
(also over plain http).
"""
from __future__ import annotations

import heapq
import itertools
import json as jsonlib
import os
import socket
import threading
import time
from dataclasses import dataclass, field
from http.cookiejar import DefaultCookiePolicy
from urllib.parse import urljoin

import requests
from requests.adapters import HTTPAdapter
from requests.structures import CaseInsensitiveDict

from advocacy.core.ssrf import (BlockedAddress, OutboundError, check_url, guarded_pool_classes, host_key,
                                parse_allow, watched_sockets)
from flask import current_app
from flask import has_app_context
from urllib.parse import urlsplit

__all__ = ["fetch", "Client", "Response", "OutboundError", "BlockedAddress", "default_client", "is_allow_listed"]

CONNECT_TIMEOUT = 3.05
READ_TIMEOUT = 10.0
TOTAL_TIMEOUT = 20.0
MAX_BYTES = 2 * 1024 * 1024
MAX_REDIRECTS = 5
USER_AGENT = "Porte-voix/0.1 (employee advocacy metrics; +https://github.com/porte-voix)"
_REDIRECTS = (301, 302, 303, 307, 308)


@dataclass
class Response:
    status: int
    url: str
    headers: CaseInsensitiveDict
    content: bytes
    history: list = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", errors="replace")

    def json(self):
        """Parsed JSON; ``ValueError`` on malformed bodies."""
        return jsonlib.loads(self.content)

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300


class Deadline:
    """One fetch's deadline: the sockets it uses are shut down if it is still running when it passes.

    A socket read timeout only bounds the wait for *one* byte, so a server sending a byte per second
    would otherwise hold the fetch (and the worker thread) for as long as it likes.
    """

    def __init__(self, at: float):
        self.at = at
        self.sockets: list[socket.socket] = []
        self.lock = threading.Lock()
        self.done = False
        self.fired = False

    def add(self, sock) -> None:
        with self.lock:
            if self.fired:
                _shutdown(sock)
            elif sock not in self.sockets:
                self.sockets.append(sock)

    def fire(self) -> None:
        with self.lock:
            if self.done:
                return
            self.fired = True
            for sock in self.sockets:
                _shutdown(sock)

    def finish(self) -> None:
        with self.lock:
            self.done = True
            self.sockets.clear()


def _shutdown(sock) -> None:
    try:
        socket.socket.shutdown(sock, socket.SHUT_RDWR)  # the plain socket's, also under TLS
    except OSError:
        pass


class _Watchdog:
    """One daemon thread firing the deadlines of running fetches (a heap, no thread per fetch)."""

    def __init__(self):
        self.heap: list = []
        self.counter = itertools.count()
        self.cond = threading.Condition()
        self.thread = None

    def watch(self, deadline: Deadline) -> None:
        with self.cond:
            heapq.heappush(self.heap, (deadline.at, next(self.counter), deadline))
            if self.thread is None or not self.thread.is_alive():
                self.thread = threading.Thread(target=self._run, name="outbound-deadlines", daemon=True)
                self.thread.start()
            self.cond.notify()

    def _run(self) -> None:
        while True:
            with self.cond:
                while True:
                    while self.heap and self.heap[0][2].done:
                        heapq.heappop(self.heap)
                    if not self.heap:
                        self.cond.wait(60.0)
                        if not self.heap:
                            self.thread = None  # idle: a later watch() starts a new thread
                            return
                        continue
                    wait = self.heap[0][0] - time.monotonic()
                    if wait <= 0:
                        deadline = heapq.heappop(self.heap)[2]
                        break
                    self.cond.wait(wait)
            deadline.fire()


watchdog = _Watchdog()


class _GuardedAdapter(HTTPAdapter):
    def __init__(self, allow: frozenset, pool_size: int):
        self._allow = allow
        super().__init__(pool_connections=pool_size, pool_maxsize=pool_size, max_retries=0)

    def init_poolmanager(self, *args, **kwargs):
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = guarded_pool_classes(self._allow)

    def __getstate__(self):  # pragma: no cover - not pickled in practice
        raise TypeError("the outbound adapter is not picklable")


class Client:
    """A pooled, guarded client. Thread-safe for concurrent ``fetch`` calls."""

    def __init__(self, allow=None, *, pool_size: int = 10, user_agent: str = USER_AGENT,
                 connect_timeout: float = CONNECT_TIMEOUT, read_timeout: float = READ_TIMEOUT,
                 total_timeout: float = TOTAL_TIMEOUT, max_bytes: int = MAX_BYTES):
        self.allow = parse_allow(allow)
        self.connect_timeout, self.read_timeout = connect_timeout, read_timeout
        self.total_timeout, self.max_bytes = total_timeout, max_bytes
        session = requests.Session()
        session.trust_env = False  # never route through an environment proxy (bypasses the guard)
        session.cookies.set_policy(DefaultCookiePolicy(allowed_domains=[]))
        session.headers.update({"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate"})
        adapter = _GuardedAdapter(self.allow, pool_size)
        session.mount("http://", adapter)
        session.mount("https://", adapter)
        self.session = session

    def close(self) -> None:
        self.session.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def fetch(self, url: str, *, method: str = "GET", headers: dict | None = None,
              params: dict | None = None, timeout: tuple[float, float] | None = None,
              max_bytes: int | None = None, max_redirects: int = MAX_REDIRECTS,
              total_timeout: float | None = None, data: dict | None = None,
              content: bytes | None = None) -> Response:
        """GET or HEAD; or POST of a form (``data``), e.g. an OAuth token request, or of a body
        (``content``: bytes sent as they are, e.g. a signed webhook). A POST is never redirected:
        its 3xx answer is returned as it is."""
        method = method.upper()
        has_body = data is not None or content is not None
        if method not in ("GET", "HEAD", "POST") or (method == "POST") != has_body \
                or (data is not None and content is not None):
            raise OutboundError("invalid_url", f"method {method} is not allowed"
                                + (" without a form or a body" if method == "POST" else ""))
        if content is not None:
            data = content
        timeout = timeout or (self.connect_timeout, self.read_timeout)
        cap = max_bytes or self.max_bytes
        deadline = time.monotonic() + (total_timeout or self.total_timeout)
        watch = Deadline(deadline)
        previous = getattr(watched_sockets, "deadline", None)
        watched_sockets.deadline = watch
        watchdog.watch(watch)
        try:
            return self._fetch(url, method, headers, params, data, timeout, cap, deadline, max_redirects, watch)
        except OutboundError:
            raise
        except Exception:
            if watch.fired:
                raise OutboundError("timeout", "the server took too long to answer") from None
            raise
        finally:
            watch.finish()
            watched_sockets.deadline = previous

    def _fetch(self, url, method, headers, params, data, timeout, cap, deadline, max_redirects, watch) -> Response:
        history: list[str] = []
        first_host = None
        current = url
        while True:
            if time.monotonic() > deadline:
                raise OutboundError("timeout", "the server took too long to answer")
            _scheme, host, port = check_url(current, self.allow)
            if first_host is None:
                first_host = (host, port)
            send_headers = dict(headers or {})
            if (host, port) != first_host:  # never hand credentials to another host
                for name in list(send_headers):
                    if name.lower() in ("authorization", "cookie"):
                        del send_headers[name]
            try:
                raw = self.session.request(method, current, headers=send_headers, params=params, data=data,
                                           timeout=timeout, allow_redirects=False, stream=True)
            except BlockedAddress:
                raise
            except requests.exceptions.Timeout as exc:
                raise OutboundError("timeout", f"{host}: {exc.__class__.__name__}") from None
            except requests.exceptions.InvalidURL as exc:
                raise OutboundError("invalid_url", str(exc)) from None
            except requests.exceptions.RequestException as exc:
                blocked = _find_blocked(exc)
                if blocked is not None:
                    raise blocked from None
                if watch.fired:
                    raise OutboundError("timeout", f"{host} took too long to answer") from None
                raise OutboundError("connection", f"{host}: {exc.__class__.__name__}") from None
            try:
                if raw.status_code in _REDIRECTS and raw.headers.get("Location") and method != "POST":
                    history.append(current)
                    if len(history) > max_redirects:
                        raise OutboundError("too_many_redirects", f"more than {max_redirects} redirects")
                    current = urljoin(current, raw.headers["Location"])
                    params = None
                    if raw.status_code == 303:
                        method = "GET"
                    continue
                body = b"" if method == "HEAD" else _read_capped(raw, cap, deadline, host, watch)
                return Response(raw.status_code, raw.url or current, raw.headers, body, history)
            finally:
                raw.close()


def _read_capped(raw, cap: int, deadline: float, host: str, watch: Deadline | None = None) -> bytes:
    declared = raw.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > cap:
        raise OutboundError("too_large", f"{host} announced {declared} bytes (cap {cap})")
    chunks, size = [], 0
    try:
        for chunk in raw.iter_content(64 * 1024):
            size += len(chunk)
            if size > cap:
                raise OutboundError("too_large", f"{host} sent more than {cap} bytes")
            if time.monotonic() > deadline:
                raise OutboundError("timeout", f"{host} took too long to answer")
            chunks.append(chunk)
    except requests.exceptions.RequestException as exc:
        if watch is not None and watch.fired:
            raise OutboundError("timeout", f"{host} took too long to answer") from None
        kind = "timeout" if "timed out" in str(exc).lower() or isinstance(exc, requests.exceptions.Timeout) else "connection"
        raise OutboundError(kind, f"{host}: {exc.__class__.__name__}") from None
    return b"".join(chunks)


def _find_blocked(exc):
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, BlockedAddress):
            return exc
        for arg in getattr(exc, "args", ()):
            if isinstance(arg, BlockedAddress):
                return arg
            reason = getattr(arg, "reason", None)
            if isinstance(reason, BlockedAddress):
                return reason
        exc = exc.__cause__ or exc.__context__
    return None


def configured_allow() -> str:
    """The allow-list of the running app (or of the environment outside one)."""
    if has_app_context():
        return current_app.config.get("OUTBOUND_ALLOW", "") or ""
    return os.environ.get("ADVOCACY_OUTBOUND_ALLOW", "")


def is_allow_listed(url: str) -> bool:
    """True when ``url``'s host:port is in ``ADVOCACY_OUTBOUND_ALLOW`` (then plain http and any
    port are fine: e.g. an on-premises Mastodon, or the tests' loopback fake providers)."""
    try:
        parts = urlsplit(url or "")
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    try:
        allow = parse_allow(configured_allow())
    except ValueError:
        return False
    return (host_key(parts.hostname), port) in allow


def default_client() -> Client:
    """A shared client for the current app (created once per process and allow-list)."""
    allow = configured_allow()
    pid = os.getpid()
    key = (allow, pid)
    client = _clients.get(key)
    if client is None:
        client = _clients[key] = Client(allow)
    return client


_clients: dict = {}


def fetch(url: str, **kwargs) -> Response:
    """Fetch ``url`` through the guarded client (see :meth:`Client.fetch`)."""
    client = kwargs.pop("client", None) or default_client()
    return client.fetch(url, **kwargs)
