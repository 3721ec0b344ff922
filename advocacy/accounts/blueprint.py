"""The accounts blueprint. The routes are in ``views/``, imported at the bottom so that they
register on ``bp``; nothing imports this module back but the views and the app factory."""
from flask import Blueprint

bp = Blueprint("accounts", __name__)

from . import views  # noqa: E402,F401  (routes register on bp)
