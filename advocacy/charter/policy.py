"""The program policy carried by a charter version, as data.

``CharterPolicySchema`` (marshmallow) is its only parser. ``parse_policy(raw) -> Policy`` loads a
JSON-like dict (from the form, the API or the database) through it and raises
``PolicyError(field, message)`` naming the first wrong field with a dotted path
(``quiet_hours.start``, ``kpi_annex.min_group_size``…). ``Policy.to_dict()`` is its dump: the
stored form, the one hashed into the canonical text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time
from functools import lru_cache

import holidays as holidays_lib

from marshmallow import Schema, ValidationError, fields, post_dump, post_load, validate, validates_schema
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from advocacy.core.errors import DomainError, first_error
from advocacy.charter.kpi_catalogue import KPIS
from advocacy.disclosure import NETWORKS
from advocacy.disclosure.networks import network_for
from advocacy.core.i18n import page_language

GRANULARITIES = ("organisation", "team")
GRANULARITY_LABELS = {"organisation": _l("Whole organisation only"),
                      "team": _l("Organisation and teams")}
MIN_GROUP_SIZE_FLOOR = 3
DEFAULT_MIN_GROUP_SIZE = 5
MAX_SOLICITATIONS_CAP = 21
RETENTION_RANGE = (1, 1825)
#: Minimum time between opening the review and asking for signatures (the CSE's usual consultation delay).
DEFAULT_REVIEW_DAYS = 15
REVIEW_DAYS_RANGE = (0, 90)
MAX_QUIET_DAYS = 366
_HOLIDAYS_CODE = re.compile(r"^([A-Z]{2})(?:-([A-Z0-9]{1,3}))?$")

_HHMM = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


def catalogue_kpi_ids() -> tuple[str, ...]:
    """KPI ids of the catalogue, the only ones an annex may list."""
    return tuple(KPIS)


def network_label(name: str) -> str:
    """How people write the network's name (LinkedIn, X…)."""
    spec = network_for(name)
    return spec.label if spec is not None else name


def kpi_label(kpi_id: str) -> str:
    kpi = KPIS.get(kpi_id)
    if kpi is None:
        return kpi_id.replace("_", " ")
    return str(kpi.name(page_language()))


class PolicyError(DomainError, ValueError):
    status = 422

    def __init__(self, field_name: str, message: str):
        super().__init__("invalid_policy", message, field_name)
        self.args = (f"{field_name}: {message}",)


@lru_cache(maxsize=64)
def holiday_calendar(code: str, language: str | None = None):
    """The public holidays of ``code`` (``FR`` or ``FR-57``), from the ``holidays`` package.

    The calendar fills the years it is asked about on demand; it is cached per code and language
    (``language`` only changes the names)."""
    match = _HOLIDAYS_CODE.match(code)
    country, subdivision = match.group(1), match.group(2)
    calendar = holidays_lib.country_holidays(country, subdiv=subdivision)
    if language:
        wanted = {"en": "en_US"}.get(language, language)
        if wanted in (calendar.supported_languages or ()):
            calendar = holidays_lib.country_holidays(country, subdiv=subdivision, language=wanted)
    return calendar


def holidays_between(code: str | None, first: date, last: date,
                     language: str | None = None) -> list[tuple[date, str]]:
    """(day, name) of the public holidays of ``code`` from ``first`` to ``last`` included."""
    if not code:
        return []
    calendar = holiday_calendar(code, language)
    calendar.get(first), calendar.get(last)  # fill both years before slicing
    return sorted((day, str(name)) for day, name in calendar.items() if first <= day <= last)


@dataclass(frozen=True)
class QuietHours:
    start: time
    end: time
    weekends: bool = True
    #: Public holidays that are quiet all day: a country (``FR``) or country-subdivision (``FR-57``).
    holidays: str | None = None
    #: Company-specific quiet days (bridges, closures).
    quiet_days: tuple[date, ...] = ()

    def quiet_day(self, day: date) -> bool:
        """Is the whole (local) day quiet: weekend, public holiday or company quiet day?"""
        if self.weekends and day.weekday() >= 5:
            return True
        if day in self.quiet_days:
            return True
        return bool(self.holidays) and day in holiday_calendar(self.holidays)

    def days_off(self, first: date, last: date, language: str | None = None) -> list[tuple[date, str]]:
        """(day, name) of the public holidays and company quiet days from ``first`` to ``last``."""
        days = dict(holidays_between(self.holidays, first, last, language))
        for day in self.quiet_days:
            if first <= day <= last:
                days[day] = days.get(day) or str(_("Company quiet day"))
        return sorted(days.items())

    def covers(self, local_dt) -> bool:
        """Is this local (aware, in the person's zone) moment quiet?"""
        if self.quiet_day(local_dt.date()):
            return True
        moment = local_dt.time().replace(tzinfo=None)
        if self.start < self.end:  # e.g. 12:00–14:00
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end  # across midnight, e.g. 19:00–08:00

    def to_dict(self) -> dict:
        return CharterQuietHoursSchema().dump(self)


@dataclass(frozen=True)
class KpiAnnex:
    kpis: tuple[str, ...]
    granularity: str = "team"
    min_group_size: int = DEFAULT_MIN_GROUP_SIZE
    #: Questions of the anonymous trust pulse survey, each ``{"key", "fr", "en"}``.
    pulse_questions: tuple = ()

    def allows(self, kpi_id: str, granularity: str = "organisation") -> bool:
        if kpi_id not in self.kpis:
            return False
        return granularity == "organisation" or (granularity == "team" and self.granularity == "team")

    def to_dict(self) -> dict:
        return CharterKpiAnnexSchema().dump(self)


@dataclass(frozen=True)
class Policy:
    quiet_hours: QuietHours
    max_solicitations_per_week: int
    rewards: bool
    allowed_networks: tuple[str, ...]
    retention_days: int
    quorum: dict = field(default_factory=lambda: {"hr": 1, "staff_rep": 2})
    kpi_annex: KpiAnnex = field(default_factory=lambda: KpiAnnex(kpis=catalogue_kpi_ids()))
    #: Days between opening the review and asking for signatures.
    review_days: int = DEFAULT_REVIEW_DAYS

    def to_dict(self) -> dict:
        """The stored, canonical form (``CharterPolicySchema``)."""
        return dump_policy(self)

    def allows_network(self, network: str) -> bool:
        return network in self.allowed_networks


def default_policy_dict(**overrides) -> dict:
    data = {
        "quiet_hours": {"start": "19:00", "end": "08:00", "weekends": True},
        "max_solicitations_per_week": 3,
        "rewards": False,
        "allowed_networks": list(NETWORKS),
        "retention_days": 365,
        "quorum": {"hr": 1, "staff_rep": 2},
        "kpi_annex": {"kpis": list(catalogue_kpi_ids()), "granularity": "team",
                      "min_group_size": DEFAULT_MIN_GROUP_SIZE},
    }
    for key, value in overrides.items():
        if isinstance(value, dict) and isinstance(data.get(key), dict):
            data[key] = {**data[key], **value}
        else:
            data[key] = value
    return data


# -- the one parser: a marshmallow schema ----------------------------------------------------
#
# ``CharterPolicySchema`` is the only reader and writer of a policy: the API's request and response
# bodies (and so the OpenAPI document), the editing form (``forms.VersionForm.policy_dict``) and
# the JSON stored on a version all go through it. ``load`` validates and gives a ``Policy``;
# ``dump`` gives the stored form, the one hashed into the canonical text: keys that older
# versions did not have (holidays, quiet days, pulse questions, a review period other than the
# default) appear only when set, so the signatures of those versions stay valid.

_REQUIRED = {"required": _l("This field is required."), "null": _l("This field is required.")}


def _required(**kw) -> dict:
    return {"required": True, "error_messages": dict(_REQUIRED), **kw}


class _Part(Schema):
    """A policy object: unknown keys are refused, each by its own dotted path."""

    error_messages = {"unknown": _l("Unknown field.")}


class Whole(fields.Int):
    """A whole number in ``[low, high]`` (a form's digit string is read too; a boolean is not)."""

    def __init__(self, low: int, high: int, *, too_low=None, **kw):
        kw["error_messages"] = {"null": _l("Enter a whole number."), **kw.get("error_messages", {})}
        super().__init__(strict=True, **kw)
        self.low, self.high, self.too_low = low, high, too_low

    def _deserialize(self, value, attr, data, **kwargs) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            if isinstance(value, str) and value.strip().lstrip("-").isdigit():
                value = int(value.strip())
            else:
                raise ValidationError(_("Enter a whole number."))
        if value < self.low and self.too_low is not None:
            raise ValidationError(self.too_low())
        if not self.low <= value <= self.high:
            raise ValidationError(_("Enter a number between %(low)d and %(high)d.", low=self.low, high=self.high))
        return value


class Flag(fields.Bool):
    """``true`` or ``false`` only (no "yes", 1…)."""

    def __init__(self, **kw):
        kw["error_messages"] = {"null": _l("Enter true or false."), **kw.get("error_messages", {})}
        super().__init__(**kw)

    def _deserialize(self, value, attr, data, **kwargs) -> bool:
        if isinstance(value, bool):
            return value
        raise ValidationError(_("Enter true or false."))


class ClockTime(fields.Str):
    """``HH:MM`` on the 24-hour clock."""

    def _serialize(self, value, attr, obj, **kwargs):
        return value.strftime("%H:%M") if isinstance(value, time) else value

    def _deserialize(self, value, attr, data, **kwargs) -> time:
        if isinstance(value, time):
            return value.replace(second=0, microsecond=0, tzinfo=None)
        if not isinstance(value, str) or not _HHMM.match(value.strip()):
            raise ValidationError(_("Enter a time as HH:MM (24-hour clock), e.g. 19:00."))
        hours, minutes = value.strip().split(":")
        return time(int(hours), int(minutes))


@lru_cache(maxsize=1)
def supported_holiday_countries() -> dict:
    """The ``holidays`` package's countries and their subdivisions (it imports every country's module
    to answer: read once per process)."""
    return holidays_lib.list_supported_countries()


class HolidayCode(fields.Str):
    """``FR``, ``FR-57``… (ISO 3166 country, optional subdivision) → normalised code, or None."""

    def _deserialize(self, value, attr, data, **kwargs) -> str | None:
        if value == "":
            return None
        if not isinstance(value, str):
            raise ValidationError(_("Give a country code such as FR, or FR-57 for Moselle."))
        code = value.strip().upper().replace("_", "-")
        match = _HOLIDAYS_CODE.match(code)
        supported = supported_holiday_countries()
        if match is None or match.group(1) not in supported:
            raise ValidationError(_("Unknown country: give an ISO country code such as FR, or FR-57 for Moselle."))
        if match.group(2) and match.group(2) not in supported[match.group(1)]:
            raise ValidationError(_(
                "Unknown subdivision for %(country)s: known ones are %(names)s.", country=match.group(1),
                names=", ".join(s for s in supported[match.group(1)] if re.fullmatch(r"[A-Z0-9]{1,3}", s)) or "—"))
        return code


class QuietDays(fields.List):
    """Company quiet days: ISO dates (``2026-05-15``); sorted, without duplicates."""

    def __init__(self, **kw):
        super().__init__(fields.Date(), **kw)

    def _deserialize(self, value, attr, data, **kwargs) -> tuple[date, ...]:
        if value in ("", []):
            return ()
        if not isinstance(value, (list, tuple)):
            raise ValidationError(_("Give a list of dates as YYYY-MM-DD."))
        if len(value) > MAX_QUIET_DAYS:
            raise ValidationError(_("At most %(n)d quiet days.", n=MAX_QUIET_DAYS))
        days = set()
        for item in value:
            if isinstance(item, date):
                days.add(item)
                continue
            try:
                days.add(date.fromisoformat(str(item).strip()))
            except ValueError:
                raise ValidationError(_("“%(value)s” is not a date: write it as YYYY-MM-DD, e.g. 2026-05-15.",
                                        value=str(item)[:20])) from None
        return tuple(sorted(days))


class Networks(fields.List):
    """Allowed networks, a non-empty subset of ``NETWORKS``, kept in that order."""

    def __init__(self, **kw):
        super().__init__(fields.Str(validate=validate.OneOf(NETWORKS)), **kw)

    def _deserialize(self, value, attr, data, **kwargs) -> tuple[str, ...]:
        if not isinstance(value, (list, tuple)) or not all(isinstance(n, str) for n in value):
            raise ValidationError(_("Give a list of networks."))
        wrong = sorted(set(value) - set(NETWORKS))
        if wrong:
            raise ValidationError(_("Unknown network: %(names)s.", names=", ".join(wrong)))
        if not value:
            raise ValidationError(_("Allow at least one network."))
        return tuple(n for n in NETWORKS if n in set(value))


class KpiIds(fields.List):
    """KPI ids of the catalogue, in catalogue order, without duplicates."""

    def __init__(self, **kw):
        super().__init__(fields.Str(), **kw)

    def _deserialize(self, value, attr, data, **kwargs) -> tuple[str, ...]:
        if not isinstance(value, (list, tuple)) or not all(isinstance(k, str) for k in value):
            raise ValidationError(_("Give a list of KPI identifiers."))
        known = catalogue_kpi_ids()
        unknown = [k for k in value if k not in known]
        if unknown:
            raise ValidationError(_("Unknown KPI: %(names)s. Choose KPIs from the catalogue.",
                                    names=", ".join(sorted(set(unknown)))))
        return tuple(k for k in known if k in set(value))


MAX_PULSE_QUESTIONS = 10


class CharterPulseQuestionSchema(Schema):
    key = fields.Str(metadata={"description": "stable identifier (a-z, 0-9, _), q1, q2… when not given"})
    fr = fields.Str(metadata={"description": "the question in French (at most 300 characters)"})
    en = fields.Str(metadata={"description": "the question in English (the French one when not given)"})


class PulseQuestions(fields.List):
    """Trust-survey questions: texts or ``{"key", "fr", "en"}``; at most ten."""

    def __init__(self, **kw):
        super().__init__(fields.Nested(CharterPulseQuestionSchema), **kw)

    def _deserialize(self, value, attr, data, **kwargs) -> tuple:
        if value in ("", []):
            return ()
        if not isinstance(value, (list, tuple)):
            raise ValidationError(_("Give a list of questions."))
        if len(value) > MAX_PULSE_QUESTIONS:
            raise ValidationError(_("At most %(n)d questions.", n=MAX_PULSE_QUESTIONS))
        questions = []
        for index, item in enumerate(value, start=1):
            if isinstance(item, str):
                item = {"fr": item, "en": item}
            if not isinstance(item, dict):
                raise ValidationError(_("Give a list of questions."))
            fr = str(item.get("fr") or item.get("en") or "").strip()
            en = str(item.get("en") or item.get("fr") or "").strip()
            if not fr or len(fr) > 300 or len(en) > 300:
                raise ValidationError(_("Question %(n)d must have a text of at most 300 characters.", n=index))
            key = re.sub(r"[^a-z0-9_]", "", str(item.get("key") or f"q{index}").lower())[:40] or f"q{index}"
            questions.append({"key": key, "fr": fr, "en": en})
        return tuple(questions)


def _without(data: dict, *keys) -> dict:
    """Drop the optional keys that are not set (the canonical form of older versions)."""
    for key in keys:
        if data.get(key) in (None, [], ()):
            data.pop(key, None)
    return data


class CharterQuietHoursSchema(_Part):
    error_messages = {**_Part.error_messages, "type": _l("Give the start and end of the quiet hours.")}

    start = ClockTime(**_required(metadata={"example": "19:00"}))
    end = ClockTime(**_required(metadata={"example": "08:00"}))
    weekends = Flag(load_default=True)
    holidays = HolidayCode(allow_none=True, load_default=None, metadata={
        "example": "FR", "description": "public holidays that are quiet all day: ISO country code, optionally "
        "with a subdivision (FR-57 for Moselle), computed with the holidays package"})
    quiet_days = QuietDays(allow_none=True, load_default=(), metadata={
        "description": "company quiet days (bridges, closures), ISO dates"})

    @validates_schema
    def _not_empty(self, data, **kwargs):
        if data["start"] == data["end"]:
            raise ValidationError(_("The quiet hours must end at another time than they start "
                                    "(19:00 to 08:00 runs across midnight)."), "end")

    @post_load
    def _make(self, data, **kwargs) -> QuietHours:
        return QuietHours(**{**data, "quiet_days": data["quiet_days"] or ()})

    @post_dump
    def _canonical(self, data, **kwargs) -> dict:
        return _without(data, "holidays", "quiet_days")


def _at_least_one(message):
    def check(value):
        if value < 1:
            raise ValidationError(message())
    return check


class CharterQuorumSchema(_Part):
    error_messages = {**_Part.error_messages,
                      "type": _l("Give how many HR and staff representative signatures are needed.")}

    hr = Whole(0, 20, **_required(validate=_at_least_one(lambda: _("At least one HR signature is required."))))
    staff_rep = Whole(0, 50, **_required(validate=_at_least_one(lambda: _(
        "At least one staff representative must sign: the charter cannot come into force without them."))))

    @post_load
    def _make(self, data, **kwargs) -> dict:
        return {"hr": data["hr"], "staff_rep": data["staff_rep"]}


class CharterKpiAnnexSchema(_Part):
    error_messages = {**_Part.error_messages,
                      "type": _l("Give the KPI annex: KPIs, granularity and minimum group size.")}

    kpis = KpiIds(**_required())
    granularity = fields.Str(load_default="team", validate=validate.OneOf(
        GRANULARITIES, error=_l("Choose 'organisation' or 'team'.")), error_messages={
        "invalid": _l("Choose 'organisation' or 'team'."), "null": _l("Choose 'organisation' or 'team'.")})
    min_group_size = Whole(MIN_GROUP_SIZE_FLOOR, 1000, load_default=DEFAULT_MIN_GROUP_SIZE, too_low=lambda: _(
        "The minimum group size cannot be below %(floor)d: smaller groups would reveal individuals.",
        floor=MIN_GROUP_SIZE_FLOOR))
    pulse_questions = PulseQuestions(allow_none=True, load_default=(), metadata={
        "description": "questions of the anonymous trust pulse survey (at most 10)"})

    @post_load
    def _make(self, data, **kwargs) -> KpiAnnex:
        return KpiAnnex(**{**data, "pulse_questions": data["pulse_questions"] or ()})

    @post_dump
    def _canonical(self, data, **kwargs) -> dict:
        return _without(data, "pulse_questions")


class CharterPolicySchema(_Part):
    """The program policy of a charter version (the one parser: API, form, stored JSON)."""

    error_messages = {**_Part.error_messages, "type": _l("The policy must be an object.")}

    quiet_hours = fields.Nested(CharterQuietHoursSchema, **_required())
    max_solicitations_per_week = Whole(0, MAX_SOLICITATIONS_CAP, **_required())
    rewards = Flag(**_required())
    allowed_networks = Networks(**_required())
    retention_days = Whole(*RETENTION_RANGE, **_required())
    quorum = fields.Nested(CharterQuorumSchema, **_required())
    kpi_annex = fields.Nested(CharterKpiAnnexSchema, **_required())
    review_days = Whole(*REVIEW_DAYS_RANGE, allow_none=True, load_default=DEFAULT_REVIEW_DAYS, metadata={
        "description": "minimum days between opening the review and asking for signatures"})

    @post_load
    def _make(self, data, **kwargs) -> Policy:
        if data["review_days"] is None:
            data["review_days"] = DEFAULT_REVIEW_DAYS
        return Policy(**data)

    @post_dump
    def _canonical(self, data, **kwargs) -> dict:
        if data.get("review_days") == DEFAULT_REVIEW_DAYS:
            data.pop("review_days")
        return data


_SCHEMA = CharterPolicySchema()


def parse_policy(raw) -> Policy:
    """Validate ``raw`` (a dict) into a ``Policy``; raise ``PolicyError`` on the first problem."""
    if isinstance(raw, Policy):
        return raw
    try:
        return _SCHEMA.load(raw)
    except ValidationError as exc:
        field_name, message = first_error(exc.messages)
        raise PolicyError(field_name or "policy", message) from None


def dump_policy(policy: Policy) -> dict:
    """The stored (and canonical) form of ``policy``."""
    return _SCHEMA.dump(policy)
