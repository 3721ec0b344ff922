"""The program policy carried by a charter version, as data.

``parse_policy(raw) -> Policy`` validates a JSON-like dict (from a form, the API or the
database) and raises ``PolicyError(field, message)`` naming the first wrong field with a
dotted path (``quiet_hours.start``, ``kpi_annex.min_group_size``…). ``Policy.to_dict()``
gives the stored/serialised form, the one hashed into the canonical text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import time

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

NETWORKS = ("linkedin", "x", "bluesky", "mastodon", "facebook", "instagram")
NETWORK_LABELS = {"linkedin": "LinkedIn", "x": "X", "bluesky": "Bluesky", "mastodon": "Mastodon",
                  "facebook": "Facebook", "instagram": "Instagram"}
GRANULARITIES = ("organisation", "team")
GRANULARITY_LABELS = {"organisation": _l("Whole organisation only"),
                      "team": _l("Organisation and teams")}
MIN_GROUP_SIZE_FLOOR = 3
DEFAULT_MIN_GROUP_SIZE = 5
MAX_SOLICITATIONS_CAP = 21
RETENTION_RANGE = (1, 1825)

#: Fallback until ``advocacy.kpi.catalogue.KPIS`` exists (the KPI domain owns the catalogue).
KNOWN_KPI_IDS = (
    "participation_rate", "active_engagement_rate", "retention", "contribution", "authenticity_index",
    "shares", "clicks", "click_rate", "reactions_per_share", "comments", "measured_reach",
    "potential_reach", "reward_redemption_rate", "roi", "trust_score", "engagement_pyramid",
    "wellbeing_quiet_hours_share", "wellbeing_solicitations", "earned_media_value",
)

_HHMM = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


def catalogue_kpi_ids() -> tuple[str, ...]:
    """KPI ids of the catalogue (the KPI domain's, or the fallback list)."""
    try:
        from advocacy.kpi.catalogue import KPIS
    except ImportError:
        return KNOWN_KPI_IDS
    ids = tuple(KPIS)
    return ids or KNOWN_KPI_IDS


def kpi_label(kpi_id: str) -> str:
    try:
        from advocacy.kpi.catalogue import KPIS
    except ImportError:
        return kpi_id.replace("_", " ")
    kpi = KPIS.get(kpi_id)
    name = getattr(kpi, "name", None)
    if callable(name):  # the catalogue names KPIs in French and English
        try:
            from flask_babel import get_locale

            return str(name(str(get_locale() or "fr")))
        except (TypeError, RuntimeError):
            return str(name())
    return str(name) if name else kpi_id.replace("_", " ")


class PolicyError(ValueError):
    def __init__(self, field_name: str, message: str):
        super().__init__(f"{field_name}: {message}")
        self.field = field_name
        self.message = message


@dataclass(frozen=True)
class QuietHours:
    start: time
    end: time
    weekends: bool = True

    def covers(self, local_dt) -> bool:
        """Is this local (aware, in the person's zone) moment quiet?"""
        if self.weekends and local_dt.weekday() >= 5:
            return True
        moment = local_dt.time().replace(tzinfo=None)
        if self.start < self.end:  # e.g. 12:00–14:00
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end  # across midnight, e.g. 19:00–08:00

    def to_dict(self) -> dict:
        return {"start": self.start.strftime("%H:%M"), "end": self.end.strftime("%H:%M"),
                "weekends": self.weekends}


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
        data = {"kpis": list(self.kpis), "granularity": self.granularity, "min_group_size": self.min_group_size}
        if self.pulse_questions:  # only when set: the canonical form of older versions is unchanged
            data["pulse_questions"] = [dict(q) for q in self.pulse_questions]
        return data


@dataclass(frozen=True)
class Policy:
    quiet_hours: QuietHours
    max_solicitations_per_week: int
    rewards: bool
    allowed_networks: tuple[str, ...]
    retention_days: int
    quorum: dict = field(default_factory=lambda: {"hr": 1, "staff_rep": 2})
    kpi_annex: KpiAnnex = field(default_factory=lambda: KpiAnnex(kpis=catalogue_kpi_ids()))

    def to_dict(self) -> dict:
        return {
            "quiet_hours": self.quiet_hours.to_dict(),
            "max_solicitations_per_week": self.max_solicitations_per_week,
            "rewards": self.rewards,
            "allowed_networks": list(self.allowed_networks),
            "retention_days": self.retention_days,
            "quorum": {"hr": self.quorum["hr"], "staff_rep": self.quorum["staff_rep"]},
            "kpi_annex": self.kpi_annex.to_dict(),
        }

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


# -- validation ---------------------------------------------------------------------------

def _require(mapping, key, prefix=""):
    if not isinstance(mapping, dict) or key not in mapping or mapping[key] is None:
        raise PolicyError(prefix + key, _("This field is required."))
    return mapping[key]


def _int(value, name, low, high) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, str) and value.strip().lstrip("-").isdigit():
            value = int(value.strip())
        else:
            raise PolicyError(name, _("Enter a whole number."))
    if not low <= value <= high:
        raise PolicyError(name, _("Enter a number between %(low)d and %(high)d.", low=low, high=high))
    return value


def _bool(value, name) -> bool:
    if isinstance(value, bool):
        return value
    raise PolicyError(name, _("Enter true or false."))


def _time(value, name) -> time:
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    if not isinstance(value, str) or not _HHMM.match(value.strip()):
        raise PolicyError(name, _("Enter a time as HH:MM (24-hour clock), e.g. 19:00."))
    hours, minutes = value.strip().split(":")
    return time(int(hours), int(minutes))


def parse_quiet_hours(raw) -> QuietHours:
    if not isinstance(raw, dict):
        raise PolicyError("quiet_hours", _("Give the start and end of the quiet hours."))
    start = _time(_require(raw, "start", "quiet_hours."), "quiet_hours.start")
    end = _time(_require(raw, "end", "quiet_hours."), "quiet_hours.end")
    if start == end:
        raise PolicyError("quiet_hours.end", _(
            "The quiet hours must end at another time than they start (19:00 to 08:00 runs across midnight)."))
    weekends = _bool(raw.get("weekends", True), "quiet_hours.weekends")
    return QuietHours(start=start, end=end, weekends=weekends)


def parse_kpi_annex(raw) -> KpiAnnex:
    if not isinstance(raw, dict):
        raise PolicyError("kpi_annex", _("Give the KPI annex: KPIs, granularity and minimum group size."))
    kpis = _require(raw, "kpis", "kpi_annex.")
    if not isinstance(kpis, (list, tuple)) or not all(isinstance(k, str) for k in kpis):
        raise PolicyError("kpi_annex.kpis", _("Give a list of KPI identifiers."))
    known = catalogue_kpi_ids()
    unknown = [k for k in kpis if k not in known]
    if unknown:
        raise PolicyError("kpi_annex.kpis", _("Unknown KPI: %(names)s. Choose KPIs from the catalogue.",
                                              names=", ".join(sorted(set(unknown)))))
    ordered = tuple(k for k in known if k in set(kpis))  # catalogue order, no duplicates
    granularity = raw.get("granularity", "team")
    if granularity not in GRANULARITIES:
        raise PolicyError("kpi_annex.granularity", _("Choose 'organisation' or 'team'."))
    size = raw.get("min_group_size", DEFAULT_MIN_GROUP_SIZE)
    if isinstance(size, bool) or not isinstance(size, int):
        raise PolicyError("kpi_annex.min_group_size", _("Enter a whole number."))
    if size < MIN_GROUP_SIZE_FLOOR:
        raise PolicyError("kpi_annex.min_group_size", _(
            "The minimum group size cannot be below %(floor)d: smaller groups would reveal individuals.",
            floor=MIN_GROUP_SIZE_FLOOR))
    if size > 1000:
        raise PolicyError("kpi_annex.min_group_size", _("Enter a number between %(low)d and %(high)d.",
                                                        low=MIN_GROUP_SIZE_FLOOR, high=1000))
    return KpiAnnex(kpis=ordered, granularity=granularity, min_group_size=size,
                    pulse_questions=parse_pulse_questions(raw.get("pulse_questions")))


MAX_PULSE_QUESTIONS = 10


def parse_pulse_questions(raw) -> tuple:
    """Trust-survey questions: a list of texts or of ``{"key", "fr", "en"}``; at most ten."""
    if raw in (None, "", []):
        return ()
    if not isinstance(raw, (list, tuple)):
        raise PolicyError("kpi_annex.pulse_questions", _("Give a list of questions."))
    if len(raw) > MAX_PULSE_QUESTIONS:
        raise PolicyError("kpi_annex.pulse_questions", _("At most %(n)d questions.", n=MAX_PULSE_QUESTIONS))
    questions = []
    for index, item in enumerate(raw, start=1):
        if isinstance(item, str):
            item = {"fr": item, "en": item}
        if not isinstance(item, dict):
            raise PolicyError("kpi_annex.pulse_questions", _("Give a list of questions."))
        fr = str(item.get("fr") or item.get("en") or "").strip()
        en = str(item.get("en") or item.get("fr") or "").strip()
        if not fr or len(fr) > 300 or len(en) > 300:
            raise PolicyError("kpi_annex.pulse_questions",
                              _("Question %(n)d must have a text of at most 300 characters.", n=index))
        key = re.sub(r"[^a-z0-9_]", "", str(item.get("key") or f"q{index}").lower())[:40] or f"q{index}"
        questions.append({"key": key, "fr": fr, "en": en})
    return tuple(questions)


def parse_quorum(raw) -> dict:
    if not isinstance(raw, dict):
        raise PolicyError("quorum", _("Give how many HR and staff representative signatures are needed."))
    hr = raw.get("hr")
    reps = raw.get("staff_rep")
    if hr is None:
        raise PolicyError("quorum.hr", _("This field is required."))
    if reps is None:
        raise PolicyError("quorum.staff_rep", _("This field is required."))
    hr = _int(hr, "quorum.hr", 0, 20)
    reps = _int(reps, "quorum.staff_rep", 0, 50)
    if hr < 1:
        raise PolicyError("quorum.hr", _("At least one HR signature is required."))
    if reps < 1:
        raise PolicyError("quorum.staff_rep", _(
            "At least one staff representative must sign: the charter cannot come into force without them."))
    return {"hr": hr, "staff_rep": reps}


def parse_policy(raw) -> Policy:
    """Validate ``raw`` (a dict) into a ``Policy``; raise ``PolicyError`` on the first problem."""
    if isinstance(raw, Policy):
        return raw
    if not isinstance(raw, dict):
        raise PolicyError("policy", _("The policy must be an object."))
    unknown = sorted(set(raw) - {"quiet_hours", "max_solicitations_per_week", "rewards", "allowed_networks",
                                 "retention_days", "quorum", "kpi_annex"})
    if unknown:
        raise PolicyError(unknown[0], _("Unknown field."))
    quiet = parse_quiet_hours(_require(raw, "quiet_hours"))
    per_week = _int(_require(raw, "max_solicitations_per_week"), "max_solicitations_per_week",
                    0, MAX_SOLICITATIONS_CAP)
    rewards = _bool(_require(raw, "rewards"), "rewards")
    networks = _require(raw, "allowed_networks")
    if not isinstance(networks, (list, tuple)) or not all(isinstance(n, str) for n in networks):
        raise PolicyError("allowed_networks", _("Give a list of networks."))
    wrong = sorted(set(networks) - set(NETWORKS))
    if wrong:
        raise PolicyError("allowed_networks", _("Unknown network: %(names)s.", names=", ".join(wrong)))
    if not networks:
        raise PolicyError("allowed_networks", _("Allow at least one network."))
    retention = _int(_require(raw, "retention_days"), "retention_days", *RETENTION_RANGE)
    quorum = parse_quorum(_require(raw, "quorum"))
    annex = parse_kpi_annex(_require(raw, "kpi_annex"))
    return Policy(
        quiet_hours=quiet, max_solicitations_per_week=per_week, rewards=rewards,
        allowed_networks=tuple(n for n in NETWORKS if n in set(networks)), retention_days=retention,
        quorum=quorum, kpi_annex=annex,
    )
