"""Language and time-zone selection (French by default, English available)."""
from flask import current_app, request, session
from flask_login import current_user

from advocacy.settings import LANGUAGES


def select_locale() -> str:
    chosen = session.get("lang") if request else None
    if chosen in LANGUAGES:
        return chosen
    if getattr(current_user, "is_authenticated", False) and current_user.language in LANGUAGES:
        return current_user.language
    return current_app.config["DEFAULT_LANGUAGE"]


def select_timezone() -> str:
    if getattr(current_user, "is_authenticated", False) and current_user.timezone:
        return current_user.timezone
    return current_app.config["TIMEZONE"]
