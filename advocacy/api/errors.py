"""API errors as ``{"error": {"code", "message", "field"}}``; HTML error pages elsewhere."""
from __future__ import annotations

from flask import jsonify, render_template, request
from werkzeug.exceptions import HTTPException

CODES = {
    400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
    405: "method_not_allowed", 409: "conflict", 413: "too_large", 415: "unsupported_media_type",
    422: "validation_error", 429: "too_many_requests", 500: "internal_error", 503: "unavailable",
}


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, field: str | None = None, **extra):
        super().__init__(message)
        self.status, self.code, self.message, self.field, self.extra = status, code, message, field, extra

    def to_dict(self) -> dict:
        body = {"code": self.code, "message": self.message, "field": self.field}
        body.update(self.extra)
        return {"error": body}


def wants_json() -> bool:
    return request.path.startswith("/api/") or request.path == "/healthz"


def _first_field(messages, prefix=""):
    """Flatten webargs/marshmallow messages → (field path, message)."""
    if isinstance(messages, dict):
        for key, value in messages.items():
            if key in ("json", "query", "form", "headers", "files", "view_args") and not prefix:
                return _first_field(value, "")
            path = f"{prefix}.{key}" if prefix else str(key)
            return _first_field(value, path)
    if isinstance(messages, list) and messages:
        if isinstance(messages[0], (dict, list)):
            return _first_field(messages[0], prefix)
        return prefix or None, str(messages[0])
    return prefix or None, str(messages)


def api_error_response(exc: ApiError):
    response = jsonify(exc.to_dict())
    response.status_code = exc.status
    if exc.status == 401:
        response.headers["WWW-Authenticate"] = 'Bearer realm="porte-voix"'
    return response


def handle_http_exception(exc: HTTPException):
    status = exc.code or 500
    if wants_json():
        data = getattr(exc, "data", None) or {}
        messages = data.get("messages")
        if messages:
            field, message = _first_field(messages)
            error = ApiError(422 if status == 422 else status, CODES.get(status, "error"), message, field,
                             details=messages)
        else:
            message = data.get("message") or exc.description or exc.name
            error = ApiError(status, CODES.get(status, "error"), str(message))
        response = api_error_response(error)
        if status == 405 and exc.get_response().headers.get("Allow"):
            response.headers["Allow"] = exc.get_response().headers["Allow"]
        return response
    if status in (401, 403, 404, 405, 413, 429, 503, 400):
        return render_template("core/error.html", status=status, description=exc.description), status
    return exc


def handle_api_error(exc: ApiError):
    if wants_json():
        return api_error_response(exc)
    return render_template("core/error.html", status=exc.status, description=exc.message), exc.status


def handle_unexpected(exc: Exception):
    from flask import current_app

    current_app.logger.exception("unhandled error on %s %s", request.method, request.path)
    from advocacy.core.health import is_infrastructure_error

    status = 503 if is_infrastructure_error(exc) else 500
    if wants_json():
        return api_error_response(ApiError(status, CODES[status],
                                           "The service is temporarily unavailable." if status == 503
                                           else "An unexpected error occurred."))
    return render_template("core/error.html", status=status, description=None), status


def init_app(app) -> None:
    app.register_error_handler(HTTPException, handle_http_exception)
    app.register_error_handler(ApiError, handle_api_error)
    app.register_error_handler(Exception, handle_unexpected)
