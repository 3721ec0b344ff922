"""``GET /l/<code>`` served as plain WSGI in front of Flask (the hottest path of the service).

Found codes are answered here without the framework's per-request work (sessions,
login, locale); anything else (unknown code, other methods) falls through to the
Flask view of the same URL, which answers the 404/405 pages.
"""
from __future__ import annotations

import atexit
import logging
import os
import re
import threading
import time
from datetime import datetime, timezone

from psycopg import OperationalError
from sqlalchemy import create_engine
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError

from advocacy.tracking.links import (
    CODE_CHARS,
    DailySalt,
    VisitorBudget,
    capture,
    client_address,
    is_countable,
    visitor_hash,
)
from advocacy.extensions import db

CODE = re.compile(rf"^/l/({CODE_CHARS.pattern})/?$")
log = logging.getLogger(__name__)


class _Headers:
    """Read request headers from a WSGI environ by their HTTP name."""

    __slots__ = ("environ",)

    def __init__(self, environ):
        self.environ = environ

    def get(self, name, default=None):
        return self.environ.get("HTTP_" + name.upper().replace("-", "_"), default)


class RedirectMiddleware:
    def __init__(self, wsgi_app, flask_app):
        self.wsgi_app = wsgi_app
        self.flask_app = flask_app
        self.salts = DailySalt()
        self.budget = VisitorBudget()
        self._engines = None
        self._fast = None
        self._fast_for = None

    def _target(self):
        """The app's engine, or the fast click engine built from it (one per process)."""
        if self._engines is None:
            with self.flask_app.app_context():
                db.engines  # noqa: B018 - creates the engines for this app
            self._engines = db._app_engines[self.flask_app]
        target = self._engines[None]
        if not isinstance(target, Engine):
            return target  # a test transaction's connection: the plain path
        if self._fast_for is not target:
            self._fast = FastClicks(target, synchronous=bool(
                self.flask_app.config.get("TRACKING_CLICK_SYNC_COMMIT", True)))
            self._fast_for = target
        return self._fast

    def __call__(self, environ, start_response):
        path = environ.get("PATH_INFO", "")
        if not path.startswith("/l/"):
            return self.wsgi_app(environ, start_response)
        match = CODE.match(path)
        method = environ.get("REQUEST_METHOD", "GET")
        if match is None or method not in ("GET", "HEAD"):
            return self.wsgi_app(environ, start_response)
        headers = _Headers(environ)
        code, address, agent = match.group(1), client_address(environ), headers.get("User-Agent") or ""
        # Past its per-visitor budget a request is still redirected, just not recorded.
        countable = is_countable(method, headers) and self.budget.allow(code, address, agent)
        try:
            target = capture_with(self._target(), code, countable=countable, address=address, agent=agent,
                                  salt_cache=self.salts)
        except Exception:  # noqa: BLE001 - never a stack trace on the public redirect
            log.exception("tracked link %s could not be served", match.group(1))
            start_response("503 Service Unavailable", [("Content-Type", "text/plain; charset=utf-8"),
                                                       ("Retry-After", "5"), ("Cache-Control", "no-store")])
            return ["Service momentanément indisponible / Service temporarily unavailable\n".encode("utf-8")]
        if target is None:
            return self.wsgi_app(environ, start_response)
        start_response("302 Found", [
            ("Location", target),
            ("Cache-Control", "no-store, private"),
            ("Referrer-Policy", "no-referrer"),
            ("X-Robots-Tag", "noindex, nofollow"),
            ("Content-Length", "0"),
        ])
        return [b""]


def capture_with(target, code, **kwargs):
    """``target`` is the fast click path, the app's engine, or (in a test transaction) a connection."""
    if isinstance(target, FastClicks):
        return target.capture(code, **kwargs)
    if isinstance(target, Connection):
        return capture(_SavepointEngine(target), code, **kwargs)
    return capture(target, code, **kwargs)


class _SavepointEngine:
    """Lets the capture run inside an outer test transaction (as a savepoint)."""

    def __init__(self, connection):
        self.connection = connection
        self.dialect = connection.dialect

    def begin(self):
        conn = self.connection

        class _Ctx:
            def __enter__(self_inner):
                self_inner.tx = conn.begin_nested()
                return conn

            def __exit__(self_inner, exc_type, exc, tb):
                if exc_type is None:
                    self_inner.tx.commit()
                else:
                    self_inner.tx.rollback()
                return False

        return _Ctx()


class _Waiter:
    __slots__ = ("event", "error")

    def __init__(self):
        self.event = threading.Event()
        self.error: BaseException | None = None


class GroupCommitter:
    """Group commit across the threads of one process: one transaction for the clicks of all the
    requests waiting at that moment, each request answered only once its row is committed.

    While a commit (one flush of the WAL to disk) is in flight, the clicks of the requests that
    arrive meanwhile gather in the queue; the committer thread then writes them all with one
    statement (``unnest`` of arrays), its own transaction: one round trip and one commit. Under load, many clicks share one disk flush, so the
    durable path costs little more than the asynchronous one, and nothing is acknowledged early:
    a request waits for its own batch's commit and gets a 503 if that commit fails.

    ``THREADS`` committers share the queue, each with its own connection: while one batch's commit
    waits for its disk flush, the next batch is already on its way, and PostgreSQL flushes both
    commits' WAL together when they meet. A request arriving just after a batch left then waits
    about one flush instead of the rest of that flush plus its own.
    """

    WAIT_SECONDS = 10.0
    MAX_BATCH = 500
    THREADS = 2

    def __init__(self, engine, insert_sql: str):
        self.engine = engine
        self.insert_sql = insert_sql
        self.cond = threading.Condition()
        self.queue: list[tuple[dict, _Waiter]] = []
        self.threads: list[threading.Thread] = []
        self.pid = os.getpid()
        self.batches = 0  # transactions committed (for tests and benchmarks)

    def submit(self, params: dict) -> None:
        """Return once ``params``' row is committed; raise if it could not be."""
        waiter = _Waiter()
        with self.cond:
            if self.pid != os.getpid():  # forked: the parent's threads did not come along
                self.pid, self.threads = os.getpid(), []
            self.threads = [t for t in self.threads if t.is_alive()]
            while len(self.threads) < self.THREADS:
                thread = threading.Thread(target=self._run, name="click-group-commit", daemon=True)
                thread.start()
                self.threads.append(thread)
            self.queue.append((params, waiter))
            self.cond.notify()
        if not waiter.event.wait(self.WAIT_SECONDS):
            raise TimeoutError("the click could not be committed in time")
        if waiter.error is not None:
            raise waiter.error

    def _run(self) -> None:
        while True:
            with self.cond:
                while not self.queue:
                    self.cond.wait()
                batch, self.queue = self.queue[:self.MAX_BATCH], self.queue[self.MAX_BATCH:]
            error = None
            try:
                self._write([params for params, _w in batch])
            except Exception as exc:  # noqa: BLE001 - handed to every waiting request (503)
                log.warning("click batch of %d could not be committed: %s", len(batch), exc)
                error = exc
            for _params, waiter in batch:
                waiter.error = error
                waiter.event.set()

    def _write(self, rows: list[dict]) -> None:
        """One statement for the whole batch on an autocommit connection: one round trip, one commit."""
        params = {"links": [r["link"] for r in rows], "ats": [r["at"] for r in rows],
                  "days": [r["day"] for r in rows], "visitors": [r["visitor"] for r in rows]}
        for attempt in (1, 2):
            try:
                with self.engine.connect() as conn:
                    conn.connection.driver_connection.execute(self.insert_sql, params)
                with self.cond:
                    self.batches += 1
                return
            except (OperationalError, DBAPIError) as exc:
                if attempt == 2 or (isinstance(exc, DBAPIError) and not exc.connection_invalidated):
                    raise
                self.engine.dispose()  # the server restarted or the connection dropped: once more


class FastClicks:
    """PostgreSQL hot path: link lookups cached, click rows written by a :class:`GroupCommitter`.

    The click row is committed (flushed to disk) before the 302 is sent: an acknowledged click
    survives a Redis flush and a crash of any process, the database server included. An
    installation may trade that last guarantee for speed with ``TRACKING_CLICK_SYNC_COMMIT =
    False`` in the app config: PostgreSQL's *asynchronous* commit on this path only, where a
    crash of the database server itself loses the clicks of its last WAL-writer delay (200 ms).
    Whether a click counts (the sharer's consent) is decided by the database at insert time.
    """

    LOOKUP = "SELECT id, target_url FROM tracked_links WHERE code = %(code)s"
    #: A batch of clicks in one statement; each counts only if its link still counts clicks (consent).
    INSERT = ("INSERT INTO tracking_clicks (link_id, at, day, visitor_hash) "
              "SELECT l.id, v.at, v.day, v.visitor FROM unnest(%(links)s::int[], %(ats)s::timestamptz[], "
              "%(days)s::date[], %(visitors)s::text[]) AS v(link, at, day, visitor) "
              "JOIN tracked_links l ON l.id = v.link AND l.count_clicks")
    CACHE_SIZE = 20_000
    CACHE_SECONDS = 300.0

    def __init__(self, engine, synchronous: bool = False):
        options = {} if synchronous else {"options": "-c synchronous_commit=off"}
        # No pre-ping (it would double the round trips): a dead connection is retried once below.
        self.engine = create_engine(engine.url, pool_size=2, max_overflow=4, pool_pre_ping=False,
                                    isolation_level="AUTOCOMMIT", connect_args=options)
        self.writer = create_engine(engine.url, pool_size=GroupCommitter.THREADS, max_overflow=0, pool_pre_ping=False,
                                    isolation_level="AUTOCOMMIT", connect_args=options)
        atexit.register(self.engine.dispose)
        atexit.register(self.writer.dispose)
        self.committer = GroupCommitter(self.writer, self.INSERT)
        self.links: dict[str, tuple[int, str, float]] = {}

    def capture(self, code, **kwargs):
        try:
            return self._capture(code, **kwargs)
        except (OperationalError, DBAPIError) as exc:
            if isinstance(exc, DBAPIError) and not exc.connection_invalidated:
                raise
            self.engine.dispose()  # the server restarted or the connection dropped: once more
            return self._capture(code, **kwargs)

    def _capture(self, code, *, countable, address, agent, salt_cache, now=None):
        cached = self.links.get(code)
        clock = time.monotonic()
        now = now or datetime.now(timezone.utc)
        day = now.date()
        salt = salt_cache.peek(day) if countable else None
        if cached is None or cached[2] < clock or (countable and salt is None):
            with self.engine.connect() as conn:  # only on a cache miss or a new day
                raw = conn.connection.driver_connection
                if cached is None or cached[2] < clock:
                    row = raw.execute(self.LOOKUP, {"code": code}).fetchone()
                    if row is None:
                        return None
                    if len(self.links) >= self.CACHE_SIZE:
                        self.links.clear()
                    cached = self.links[code] = (row[0], row[1], clock + self.CACHE_SECONDS)
                if countable and salt is None:
                    salt = salt_cache.get(conn, day)
        if countable:
            self.committer.submit({"at": now, "day": day, "link": cached[0],
                                   "visitor": visitor_hash(salt, code, address, agent)})
        return cached[1]
