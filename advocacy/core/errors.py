"""One error family and one handler: ``{"error": {"code", "message", "field"}}`` under ``/api/``,
the error page inside the layout elsewhere. A page whose form must be shown again with the
error under its field runs the service call in :func:`form_action` (one way for every domain).

Every domain error derives from ``DomainError``: a stable ``code``, a ``message`` for people
(raised with ``gettext``, so in the request's language), the ``field`` at fault if any, and the
HTTP ``status`` an uncaught one answers. No ``api.py`` maps errors by hand.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from contextlib import contextmanager
from functools import wraps
from types import MappingProxyType
from urllib.parse import urlsplit

from flask import current_app, flash, g, jsonify, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from advocacy.core.health import is_infrastructure_error
from advocacy.core.urls import safe_next
from advocacy.extensions import db, login_manager

CODES = {
    400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
    405: "method_not_allowed", 409: "conflict", 413: "too_large", 415: "unsupported_media_type",
    422: "validation_error", 429: "too_many_requests", 500: "internal_error", 503: "unavailable",
}


class DomainError(Exception):
    """Base of every domain error. Subclasses may keep their own constructor and call this one."""

    status = 409
    code = "conflict"
    message = ""
    field: str | None = None
    extra: dict = MappingProxyType({})

    def __init__(self, code: str | None = None, message: str = "", field: str | None = None, *,
                 status: int | None = None, **extra):
        super().__init__(str(message))
        self.code = code or type(self).code
        self.message = str(message)
        self.field = field
        if status is not None:
            self.status = status
        self.extra = extra

    def to_dict(self) -> dict:
        body = {"code": self.code, "message": self.message, "field": self.field}
        body.update(self.extra)
        return {"error": body}

    def field_messages(self) -> dict[str | None, str]:
        """Each field at fault and its message (``None``: the error is not about one field)."""
        return {self.field: self.message}


class ApiError(DomainError):
    """An error of the HTTP layer itself (authentication, body limits, unknown rows)."""

    def __init__(self, status: int, code: str, message: str, field: str | None = None, **extra):
        super().__init__(code, message, field, status=status, **extra)


def wants_json() -> bool:
    return request.path.startswith("/api/") or request.path == "/healthz"


def first_error(messages, prefix=""):
    """Flatten webargs/marshmallow messages → (dotted field path or None, first message).

    A nested schema's own error (``_schema``: not an object, cross-field rule) belongs to the
    field that holds it."""
    if isinstance(messages, dict):
        for key, value in messages.items():
            if key in ("json", "query", "form", "headers", "files", "view_args") and not prefix:
                return first_error(value, "")
            if key == "_schema":
                path = prefix
            else:
                path = f"{prefix}.{key}" if prefix else str(key)
            return first_error(value, path)
    if isinstance(messages, list) and messages:
        if isinstance(messages[0], (dict, list)):
            return first_error(messages[0], prefix)
        return prefix or None, str(messages[0])
    return prefix or None, str(messages)


def api_error_response(exc: ApiError):
    response = jsonify(exc.to_dict())
    response.status_code = exc.status
    if exc.status == 401:
        response.headers["WWW-Authenticate"] = 'Bearer realm="porte-voix"'
    return response


def handle_http_exception(exc: HTTPException):
    if exc.response is not None:  # the answer is ready (e.g. a rate limit's on_breach page)
        return exc.response
    status = exc.code or 500
    if wants_json():
        data = getattr(exc, "data", None) or {}
        messages = data.get("messages")
        if messages:
            field, message = first_error(messages)
            error = ApiError(422 if status == 422 else status, CODES.get(status, "error"), message, field,
                             details=messages)
        else:
            message = data.get("message") or exc.description or exc.name
            error = ApiError(status, CODES.get(status, "error"), str(message))
        response = api_error_response(error)
        if status == 405 and exc.get_response().headers.get("Allow"):
            response.headers["Allow"] = exc.get_response().headers["Allow"]
        return response
    if status in (400, 401, 403, 404, 405, 409, 410, 413, 422, 429, 503):
        # werkzeug's stock descriptions (and Flask-WTF's CSRF ones) are English prose: the page says
        # it in the interface language instead; a description a view gave (translated) is kept.
        description = exc.description if exc.description != type(exc).description else None
        if isinstance(exc, CSRFError):
            description = None
        return render_template("core/error.html", status=status, description=description,
                               csrf_failed=isinstance(exc, CSRFError)), status
    return exc


def _back() -> str | None:
    """The page of this site the person posted from (its form), if the browser said so."""
    parts = urlsplit(request.referrer or "")
    if not parts.path or parts.netloc != request.host:
        return None
    return safe_next(parts.path + (f"?{parts.query}" if parts.query else ""), "") or None


#: Where the request's view said a failed action goes back to (kept in the request, not in ``g``:
#: the test client shares one application context between requests).
BACK = "advocacy.error_back"


def back_to(endpoint: str, *arguments: str):
    """View decorator: a :class:`DomainError` this action raises goes back to ``endpoint`` (built
    with these of the view's arguments), the page its form is on, with the message flashed; the
    view then needs no ``try``/``except`` of its own around the service call."""

    def decorate(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            request.environ[BACK] = url_for(endpoint, **{name: kwargs[name] for name in arguments})
            return view(*args, **kwargs)

        return wrapper

    return decorate


#: A service's field name → the form's: a mapping (names it lacks are kept) or a function.
Rename = Mapping[str, str | None] | Callable[[str], str | None]


def show_on_form(form, exc: DomainError, *, rename: Rename | None = None, fallback: str | None = None) -> None:
    """Put each message of ``exc`` under its field of ``form``. ``rename`` maps a service's field
    name to the form's (to ``None``: the page shows that message itself); a message whose field
    the form lacks goes under ``fallback`` if given, else is flashed (always on the re-rendered page)."""
    for key, message in exc.field_messages().items():
        name = key
        if key is not None and isinstance(rename, Mapping):
            name = rename.get(key, key)
        elif key is not None and rename is not None:
            name = rename(key)
        if key is not None and name is None:
            continue
        target = _field(form, name) or _field(form, fallback)
        if target is None:
            flash(message, "error")
        else:
            target.errors = [*target.errors, message]


def _field(form, name: str | None):
    field = getattr(form, name, None) if (form is not None and name) else None
    return field if field is not None and hasattr(field, "errors") else None


class Failure:
    """What :func:`form_action` yields: false while the action runs and when it succeeds; true, with
    the ``error``, when it raised a :class:`DomainError`."""

    error: DomainError | None = None

    def __bool__(self) -> bool:
        return self.error is not None

    @property
    def status(self) -> int:
        return self.error.status if self.error is not None else 200


@contextmanager
def form_action(form, *, rename: Rename | None = None, fallback: str | None = None):
    """Run a page's service call for ``form`` in a savepoint::

        with form_action(form) as failed:
            ideas.propose(current_user, form.title.data, form.body.data)
        if failed:
            return render_page(form, failed.status)  # the form again, the message under its field
        db.session.commit()

    A :class:`DomainError` raised in the block undoes what the block wrote, its messages go under
    the form's fields (:func:`show_on_form`) and ``failed`` becomes true: the view re-renders the
    form instead of answering an error page. Any other exception passes through."""
    failed = Failure()
    try:
        with db.session.begin_nested():
            yield failed
    except DomainError as exc:
        failed.error = exc
        show_on_form(form, exc, rename=rename, fallback=fallback)


def handle_domain_error(exc: DomainError):
    """JSON under ``/api/``; on a page, an action that fails (a POST) goes back to the page its view
    names (:func:`back_to`), else to the page it was sent from, with the message flashed (what the
    action wrote is rolled back); otherwise the error page says it, with the error's status."""
    if wants_json():
        return api_error_response(exc)
    back = (request.environ.get(BACK) or _back()) if request.method == "POST" else None
    if back is not None:
        db.session.rollback()
        flash(exc.message, "error")
        return redirect(back, 303)
    return render_template("core/error.html", status=exc.status, description=exc.message), exc.status


def handle_unexpected(exc: Exception):
    current_app.logger.exception("unhandled error on %s %s", request.method, request.path)

    status = 503 if is_infrastructure_error(exc) else 500
    if status == 503:
        # The page must not need the database it could not reach: render it for an anonymous
        # visitor instead of loading the signed-in person again (which would fail, as a 500).


        g._login_user = login_manager.anonymous_user()
        try:
            db.session.rollback()
        except Exception:  # noqa: BLE001 - the connection is gone; nothing to roll back
            pass
    if wants_json():
        return api_error_response(ApiError(status, CODES[status],
                                           _("The service is temporarily unavailable.") if status == 503
                                           else _("An unexpected error occurred.")))
    return render_template("core/error.html", status=status, description=None), status


def init_app(app) -> None:
    app.register_error_handler(HTTPException, handle_http_exception)
    app.register_error_handler(DomainError, handle_domain_error)
    app.register_error_handler(Exception, handle_unexpected)
