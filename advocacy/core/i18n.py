"""Language and time-zone selection (French by default, English available)."""
from flask import current_app, has_app_context, request, session
from flask_babel import get_locale, gettext
from flask_babel.speaklater import LazyString
from flask_login import current_user
from markupsafe import Markup, escape

from advocacy.core.settings import LANGUAGES


#: Where the API guard leaves the token owner's language for this request only (``g`` can outlive a
#: request when an app context is held, and the person with it would be read detached).
API_LANGUAGE_KEY = "advocacy.api_language"


class LazyText(LazyString):
    """A lazily translated message that is text, not HTML: Flask-Babel's ``LazyString`` declares
    itself safe markup (``__html__`` returns it unescaped), so a value interpolated into it — an
    imported CSV cell, say — would reach the page as HTML."""

    def __html__(self) -> Markup:
        return escape(str(self))


def lazy_text(string: str, **variables) -> LazyText:
    """``lazy_gettext`` for messages that carry values from outside: escaped wherever rendered."""
    return LazyText(gettext, string, **variables)


def select_locale() -> str:
    chosen = session.get("lang") if request else None
    if chosen in LANGUAGES:
        return chosen
    if getattr(current_user, "is_authenticated", False) and current_user.language in LANGUAGES:
        return current_user.language
    if request and request.path.startswith("/api/"):
        # The API's messages: the token owner's language once the guard has identified them,
        # else what the client asks for (Accept-Language).
        language = request.environ.get(API_LANGUAGE_KEY)
        if language in LANGUAGES:
            return language
        asked = request.accept_languages.best_match(LANGUAGES)
        if asked:
            return asked
    return current_app.config["DEFAULT_LANGUAGE"]


def page_language() -> str:
    """The language of the page or answer being made: ``fr`` or ``en`` (the app's default language
    outside a request, French outside an app)."""
    locale = get_locale() if has_app_context() else None
    if locale is None:
        return current_app.config["DEFAULT_LANGUAGE"][:2] if has_app_context() else "fr"
    return str(locale)[:2]


def is_english() -> bool:
    return page_language() == "en"


def select_timezone() -> str:
    if getattr(current_user, "is_authenticated", False) and current_user.timezone:
        return current_user.timezone
    return current_app.config["TIMEZONE"]


def percent_pattern(digits: int = 0) -> str:
    """The interface language's percent pattern ("#,##0 %" in French, "#,##0%" in English) with
    ``digits`` decimals."""
    locale = get_locale()
    pattern = locale.percent_formats[None].pattern if locale is not None else "#,##0 %"
    return _with_decimals(pattern.split(";")[0], digits)


def _with_decimals(pattern: str, digits: int) -> str:
    if not digits:
        return pattern
    last = pattern.rfind("0")
    return pattern[:last + 1] + "." + "0" * digits + pattern[last + 1:]
