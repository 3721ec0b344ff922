"""Template filters that write numbers, percentages, amounts and dates in the interface language
(Babel through flask_babel): ``{{ n|number }}``, ``{{ 0.715|percent }}``, ``{{ 120|money }}``,
``{{ moment|day }}``. A missing value prints a dash, never "None". Dates and moments may also come as
ISO 8601 strings (a service's JSON-ready dict): people never read them as such."""
from datetime import date, datetime

from flask_babel import format_currency, format_date, format_datetime, format_decimal, format_percent

from advocacy.core.i18n import percent_pattern
from advocacy.nav import ROLE_LABELS

from ..blueprint import bp

DASH = "—"


@bp.app_template_filter("number")
def number(value, digits: int = 0):
    if value is None:
        return DASH
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return format_decimal(value, format=pattern)


@bp.app_template_filter("percent")
def percent(value, digits: int = 0):
    """``value`` is a ratio (0.715 → 72 % in French, 72% in English)."""
    if value is None:
        return DASH
    return format_percent(value, format=percent_pattern(digits))


@bp.app_template_filter("money")
def money(value, currency: str = "EUR"):
    if value is None:
        return DASH
    return format_currency(value, currency)


def _parsed(value):
    """A ``date``/``datetime`` from an ISO 8601 string (an aware moment stays aware); else ``value``."""
    if isinstance(value, str):
        text = value.strip().replace("Z", "+00:00")
        return datetime.fromisoformat(text) if "T" in text or " " in text else date.fromisoformat(text)
    return value


@bp.app_template_filter("day")
def day(value, style: str = "medium"):
    """The date in the reader's language (a moment: its date in the reader's time zone)."""
    if value is None or value == "":
        return DASH
    return format_date(_parsed(value), style)


@bp.app_template_filter("moment")
def moment(value, style: str = "short"):
    if value is None or value == "":
        return DASH
    return format_datetime(_parsed(value), style)


@bp.app_template_filter("role_label")
def role_label(role: str):
    return str(ROLE_LABELS.get(role, role))
