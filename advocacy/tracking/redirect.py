"""``GET /l/<code>`` served as plain WSGI in front of Flask (the hottest path of the service).

Found codes are answered here without the framework's per-request work (sessions,
login, locale); anything else (unknown code, other methods) falls through to the
Flask view of the same URL, which answers the 404/405 pages.
"""
from __future__ import annotations

import atexit
import logging
import re
import time
from datetime import datetime, timezone

from psycopg import OperationalError
from sqlalchemy import create_engine
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError

from advocacy.tracking.links import DailySalt, capture, client_address, is_countable, visitor_hash

CODE = re.compile(r"^/l/([A-Za-z0-9_-]{6,24})/?$")
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
        self._engines = None
        self._fast = None
        self._fast_for = None

    def _target(self):
        """The app's engine, or the fast click engine built from it (one per process)."""
        if self._engines is None:
            from advocacy.extensions import db

            with self.flask_app.app_context():
                db.engines  # noqa: B018 - creates the engines for this app
            self._engines = db._app_engines[self.flask_app]
        target = self._engines[None]
        if not isinstance(target, Engine) or target.dialect.name != "postgresql":
            return target  # a test transaction's connection, or SQLite: the plain path
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
        try:
            target = capture_with(self._target(), match.group(1),
                                  countable=is_countable(method, headers),
                                  address=client_address(environ), agent=headers.get("User-Agent") or "",
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


class FastClicks:
    """PostgreSQL hot path: one autocommit statement per counted click, link lookups cached.

    The click row is committed (flushed to disk) before the 302 is sent: an acknowledged click
    survives a Redis flush and a crash of any process, the database server included. An
    installation may trade that last guarantee for speed with ``TRACKING_CLICK_SYNC_COMMIT =
    False`` in the app config: PostgreSQL's *asynchronous* commit on this path only, where a
    crash of the database server itself loses the clicks of its last WAL-writer delay (200 ms).
    Whether a click counts (the sharer's consent) is decided by the database at insert time.
    """

    LOOKUP = "SELECT id, target_url FROM tracked_links WHERE code = %(code)s"
    INSERT = ("INSERT INTO tracking_clicks (link_id, at, day, visitor_hash) "
              "SELECT id, %(at)s, %(day)s, %(visitor)s FROM tracked_links WHERE id = %(link)s AND count_clicks")
    CACHE_SIZE = 20_000
    CACHE_SECONDS = 300.0

    def __init__(self, engine, synchronous: bool = False):
        options = {} if synchronous else {"options": "-c synchronous_commit=off"}
        # No pre-ping (it would double the round trips): a dead connection is retried once below.
        self.engine = create_engine(engine.url, pool_size=2, max_overflow=4, pool_pre_ping=False,
                                    isolation_level="AUTOCOMMIT", connect_args=options)
        atexit.register(self.engine.dispose)
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
        with self.engine.connect() as conn:
            raw = conn.connection.driver_connection
            if cached is None or cached[2] < clock:
                row = raw.execute(self.LOOKUP, {"code": code}).fetchone()
                if row is None:
                    return None
                if len(self.links) >= self.CACHE_SIZE:
                    self.links.clear()
                cached = self.links[code] = (row[0], row[1], clock + self.CACHE_SECONDS)
            if countable:
                now = now or datetime.now(timezone.utc)
                day = now.date()
                salt = salt_cache.get(conn, day)
                raw.execute(self.INSERT, {"at": now, "day": day, "link": cached[0],
                                          "visitor": visitor_hash(salt, code, address, agent)})
        return cached[1]
