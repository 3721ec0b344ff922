"""Flask extensions, created unbound and attached in ``create_app``."""
from flask_babel import Babel
from flask_login import LoginManager
from flask_migrate import Migrate
from flask_smorest import Api
from flask_sqlalchemy import SQLAlchemy
from flask_wtf import CSRFProtect
from marshmallow import Schema, fields
from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

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


class ErrorBodySchema(Schema):
    code = fields.Str(required=True, metadata={"description": "Stable machine-readable code"})
    message = fields.Str(required=True, metadata={"description": "Human-readable explanation"})
    field = fields.Str(allow_none=True, metadata={"description": "The input field at fault, if any"})

    class Meta:
        unknown = "include"  # some errors add context (findings, required_roles, details…)


class ErrorEnvelopeSchema(Schema):
    error = fields.Nested(ErrorBodySchema, required=True)


class AdvocacyApi(Api):
    """flask-smorest's Api without its app-wide error handler.

    Our own handler (``advocacy.api.errors``) answers JSON below ``/api/`` and
    HTML pages elsewhere; the documented default error is that envelope.
    """

    ERROR_SCHEMA = ErrorEnvelopeSchema

    def _register_error_handlers(self):
        return None

