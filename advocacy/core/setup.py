"""App-wide hooks: error handlers, CSRF, security headers, template globals."""
from __future__ import annotations

import re
import uuid

from flask import current_app, g, request
from flask_babel import gettext, refresh
from flask_login import current_user

from advocacy.core import errors, jsonbody
from advocacy.core.errors import ApiError
from advocacy.core.i18n import page_language
from advocacy.extensions import csrf
from advocacy.nav import ROLE_LABELS, groups_for

CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'"
)


_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _field_with_control_character() -> str | None:
    """Name of the first query, form or JSON field holding a control character, if any."""
    if request.method not in ("GET", "HEAD", "OPTIONS") and request.mimetype == "application/json":
        found = _find_in_json(request.get_json(silent=True), "")
        if found is not None:
            return found
    sources = [request.args]
    if request.method not in ("GET", "HEAD", "OPTIONS"):
        sources.append(request.form)
    for source in sources:
        for key, values in source.lists():
            if _CONTROL.search(key) or any(_CONTROL.search(value) for value in values):
                return _CONTROL.sub("", key) or "?"
    return None


def _find_in_json(value, path: str) -> str | None:
    if isinstance(value, str):
        return (path or "body") if _CONTROL.search(value) else None
    if isinstance(value, dict):
        for key, item in value.items():
            sub = f"{path}.{key}" if path else str(key)
            if isinstance(key, str) and _CONTROL.search(key):
                return _CONTROL.sub("", sub)
            found = _find_in_json(item, sub)
            if found is not None:
                return found
    if isinstance(value, list):
        for index, item in enumerate(value):
            found = _find_in_json(item, f"{path}[{index}]")
            if found is not None:
                return found
    return None


#: Where a domain leaves what a long-lived process should do once before it serves or forks (compile the
#: checker's patterns, say): the web worker and the RQ worker call ``warm(app)``; core imports no domain.
WARM_KEY = "advocacy.warm"


def on_warm(app, func) -> None:
    app.extensions.setdefault(WARM_KEY, []).append(func)


def warm(app) -> None:
    """Run what the app's domains asked to do before the first request or job (see ``on_warm``)."""
    for func in getattr(app, "extensions", {}).get(WARM_KEY, ()):
        func()


def init_app(app) -> None:
    errors.init_app(app)
    app.config["WTF_CSRF_CHECK_DEFAULT"] = False

    @app.before_request
    def request_id():
        """Every request gets an id for the logs: the proxy's ``X-Request-ID`` if it is sane, else a new one."""
        given = request.headers.get("X-Request-ID", "")
        g.request_id = given if _REQUEST_ID.fullmatch(given) else uuid.uuid4().hex

    @app.before_request
    def refuse_unsafe_bodies():
        """Before authentication and before anything reads the body: 413 for a body larger than its
        view accepts (a declared ``Content-Length`` is refused unread; a streamed one stops at the
        limit), then 400 for JSON nested too deeply and 422 for a lone surrogate in a JSON string."""
        if request.method in ("GET", "HEAD", "OPTIONS"):
            return None
        view = current_app.view_functions.get(request.endpoint or "")
        limit = jsonbody.body_limit_for(view, request.is_json)
        if limit is not None:
            if request.content_length is not None and request.content_length > limit:
                raise ApiError(413, "too_large", gettext("The request body may not exceed %(limit)s bytes.",
                                                         limit=limit))
            request.max_content_length = limit
        if not request.is_json:
            return None
        try:
            jsonbody.check(request.get_data(cache=True))
        except jsonbody.BodyRejected as exc:
            raise ApiError(exc.status, exc.code, exc.message, field=exc.field) from None
        return None

    @app.before_request
    def csrf_protect():
        """CSRF on every state-changing request, except API calls authenticated by a bearer token
        (no ambient credential to abuse). API calls riding the session cookie send X-CSRFToken."""
        if not current_app.config.get("WTF_CSRF_ENABLED", True):
            return None
        if request.method in ("GET", "HEAD", "OPTIONS", "TRACE"):
            return None
        if request.path.startswith("/api/") and request.headers.get("Authorization", "").lower().startswith("bearer "):
            return None
        if request.endpoint and current_app.view_functions.get(request.endpoint) is not None and \
                getattr(current_app.view_functions[request.endpoint], "csrf_exempt", False):
            return None
        csrf.protect()
        return None

    @app.before_request
    def fresh_locale():
        # The locale is cached on the app context; tests (and CLI-driven requests) may
        # share one app context across requests, so recompute it for every request.
        refresh()

    @app.before_request
    def refuse_control_characters():
        """NUL and other C0 control characters (but tab and newlines) have no place in any field;
        PostgreSQL refuses NUL outright. Refuse them up front with a clear message."""
        field = _field_with_control_character()
        if field is None:
            return None
        raise ApiError(422 if request.path.startswith("/api/") else 400, "invalid_characters",
                       gettext("The field “%(field)s” contains control characters; remove them and try again.",
                               field=field), field=field)

    @app.after_request
    def security_headers(response):
        if g.get("request_id"):
            response.headers.setdefault("X-Request-ID", g.request_id)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        if request.path.startswith("/api/") or (current_user and getattr(current_user, "is_authenticated", False)):
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    @app.context_processor
    def layout_globals():
        groups = groups_for(current_user, current_app.extensions.get("advocacy_nav", []))
        return {"nav_groups": groups, "nav_items": [item for group in groups for item in group.items],
                "role_labels": ROLE_LABELS,
                "current_locale": page_language()}

    @app.teardown_appcontext
    def close_redis(_exc):
        client = g.pop("advocacy_redis", None)
        if client is not None:
            client.close()
