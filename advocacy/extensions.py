"""Flask extensions, created unbound and attached in ``create_app``."""
from flask import g, request
from flask_babel import Babel
from flask_limiter import Limiter
from flask_login import LoginManager
from flask_migrate import Migrate
from apispec import BasePlugin
from flask_smorest import Api
from flask_sqlalchemy import SQLAlchemy
from flask_wtf import CSRFProtect
from marshmallow import Schema, fields
from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase
from flask_login import current_user

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


db = SQLAlchemy(model_class=Base)
migrate = Migrate()
login_manager = LoginManager()
csrf = CSRFProtect()
babel = Babel()


def rate_limit_key() -> str:
    """Who a rate limit counts: the signed-in person (whatever token or session they use), else the address."""
    person = g.get("person")
    if person is None:
        person = current_user if current_user and current_user.is_authenticated else None
    if person is not None:
        return f"person:{person.id}"
    return f"addr:{request.remote_addr or '-'}"


def limiter_storage_uri(redis_url: str) -> str:
    """The ``limits`` URI of our Redis: ``unix://`` (the embedded server's socket) is ``redis+unix://`` there."""
    if redis_url.startswith("unix://"):
        return "redis+unix://" + redis_url[len("unix://"):]
    return redis_url


#: Flask-Limiter on the configured Redis (``RATELIMIT_STORAGE_URI`` is set from it in ``create_app``);
#: routes opt in with ``@limiter.limit(...)`` placed *under* their auth decorator so that the key is
#: the person. If Redis is unreachable, limits are kept in process memory meanwhile.
limiter = Limiter(key_func=rate_limit_key, headers_enabled=True, in_memory_fallback_enabled=True,
                  strategy="moving-window", key_prefix="porte-voix")


class ErrorBodySchema(Schema):
    code = fields.Str(required=True, metadata={"description": "Stable machine-readable code"})
    message = fields.Str(required=True, metadata={"description": "Human-readable explanation"})
    field = fields.Str(allow_none=True, metadata={"description": "The input field at fault, if any"})

    class Meta:
        unknown = "include"  # some errors add context (findings, required_roles, details…)


class ErrorEnvelopeSchema(Schema):
    error = fields.Nested(ErrorBodySchema, required=True)


BEARER_SCHEME = "bearerAuth"


class BearerSecurityPlugin(BasePlugin):
    """Declares the bearer scheme in ``components.securitySchemes`` and puts it, with its 401 and
    403 answers, on every operation whose view is guarded by ``auth.guards.api_roles`` (the guard
    marks the view with ``required_roles``; flask-smorest's decorators keep the mark)."""

    def __init__(self, app):
        self.app = app

    def init_spec(self, spec):
        super().init_spec(spec)
        spec.components.security_scheme(BEARER_SCHEME, {
            "type": "http", "scheme": "bearer",
            "description": "A personal API token (`flask people token EMAIL`; listed on Your sessions), sent as "
                           "`Authorization: Bearer <token>`. A signed-in browser session is accepted too.",
        })

    def operation_helper(self, path=None, operations=None, **kwargs):
        rule = kwargs.get("rule")
        view = self.app.view_functions.get(rule.endpoint) if rule is not None else None
        roles = getattr(view, "required_roles", None)
        if roles is None or not operations:
            return
        for operation in operations.values():
            operation.setdefault("security", [{BEARER_SCHEME: []}])
            responses = operation.setdefault("responses", {})
            responses.setdefault("401", "UNAUTHORIZED")
            if roles:
                responses.setdefault("403", "FORBIDDEN")


class AdvocacyApi(Api):
    """flask-smorest's Api without its app-wide error handler, with the bearer scheme documented.

    Our own handler (``advocacy.core.errors``) answers JSON below ``/api/`` and
    HTML pages elsewhere; the documented default error is that envelope.
    """

    ERROR_SCHEMA = ErrorEnvelopeSchema

    def init_app(self, app, *, spec_kwargs=None):
        spec_kwargs = dict(spec_kwargs or {})
        spec_kwargs["extra_plugins"] = [*spec_kwargs.get("extra_plugins", ()), BearerSecurityPlugin(app)]
        super().init_app(app, spec_kwargs=spec_kwargs)

    def _register_error_handlers(self):
        return None

