"""``GET /l/<code>`` served as plain WSGI in front of Flask (the hottest path of the service).

Found codes are answered here without the framework's per-request work (sessions,
login, locale); anything else (unknown code, other methods) falls through to the
Flask view of the same URL, which answers the 404/405 pages.
"""
from __future__ import annotations

import logging
import re

from advocacy.tracking.links import DailySalt, capture, client_address, is_countable

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

    def _target(self):
        if self._engines is None:
            from advocacy.extensions import db

            with self.flask_app.app_context():
                db.engines  # noqa: B018 - creates the engines for this app
            self._engines = db._app_engines[self.flask_app]
        return self._engines[None]

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
            return [b"Service temporarily unavailable / Service momentanement indisponible\n"]
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
    """``target`` is the app's engine (or, inside a test transaction, a connection)."""
    from sqlalchemy.engine import Connection

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
