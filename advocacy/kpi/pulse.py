"""The anonymous trust pulse survey.

Answers are stored without any person id, with a random id (no insertion order) and the
week only; a separate table records just "this person has answered this round" so that
nobody answers twice.

No live results: a round's results (respondents, means, distributions) exist only once the round
is closed — its last day is over, or HR closed it — and only from the annex's minimum group size
of respondents. While a round is open every read gives the same answer, so reading before and
after one person answers tells nothing about that person.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from flask_babel import gettext as _
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from advocacy.core.errors import DomainError
from advocacy.core.audit import record
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db
from advocacy.kpi.models import PulseAnswer, PulseParticipation, PulseRound
import random
from advocacy.kpi.sources import local_date
from advocacy.charter.services import kpi_annex
from advocacy.charter.services import version_in_force
from advocacy.charter.services import min_group_size
from advocacy.core.events import emit

SCALE = (1, 2, 3, 4, 5)

DEFAULT_QUESTIONS = (
    {"key": "data_use", "fr": "J'ai confiance dans l'usage qui est fait des données du programme.",
     "en": "I trust the way the program's data is used."},
    {"key": "free_choice", "fr": "Je me sens libre de participer ou non, sans aucune conséquence.",
     "en": "I feel free to take part or not, with no consequence at all."},
    {"key": "private_life", "fr": "Le programme respecte mon temps et ma vie privée.",
     "en": "The program respects my time and my private life."},
    {"key": "own_voice", "fr": "Je peux m'exprimer avec mes propres mots.",
     "en": "I can speak in my own words."},
)


class PulseError(DomainError):
    def __init__(self, code: str, message: str, field: str | None = None):
        super().__init__(code, message, field)


def today() -> date:
    return local_date(utcnow())


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def annex_questions() -> list[dict]:
    """Questions set in the charter's KPI annex (``pulse_questions``), else the defaults."""
    annex = kpi_annex()
    questions = getattr(annex, "pulse_questions", None)
    if not questions:
        version = version_in_force()
        raw = (getattr(version, "policy", None) or {}).get("kpi_annex", {}) if version is not None else {}
        questions = raw.get("pulse_questions") if isinstance(raw, dict) else None
    cleaned = []
    for i, item in enumerate(questions or ()):
        if isinstance(item, str):
            item = {"fr": item, "en": item}
        if isinstance(item, dict) and (item.get("fr") or item.get("en")):
            cleaned.append({"key": str(item.get("key") or f"q{i + 1}")[:40],
                            "fr": str(item.get("fr") or item.get("en")), "en": str(item.get("en") or item.get("fr"))})
    return cleaned or [dict(q) for q in DEFAULT_QUESTIONS]


def open_round(actor, *, title: str, opens_on: date, closes_on: date) -> PulseRound:
    if closes_on < opens_on:
        raise PulseError("validation_error", _("The round closes before it opens."), "closes_on")
    if (closes_on - opens_on).days > 62:
        raise PulseError("validation_error", _("A round lasts at most two months."), "closes_on")

    version = version_in_force()
    pulse = PulseRound(title=title.strip()[:160] or "Baromètre de confiance", questions=annex_questions(),
                       opens_on=opens_on, closes_on=closes_on, charter_version=getattr(version, "number", None),
                       created_by_id=getattr(actor, "id", None))
    db.session.add(pulse)
    db.session.flush()
    record("kpi.pulse_opened", actor=actor, object_type="kpi_pulse_round", object_id=pulse.id,
           details={"opens_on": opens_on.isoformat(), "closes_on": closes_on.isoformat()})
    return pulse


def is_closed(pulse: PulseRound, on: date | None = None) -> bool:
    return pulse.closes_on < (on or today())


def close_round(actor, pulse: PulseRound) -> bool:
    """Close an open round now (HR): nobody can answer any more and its results may be read.

    The round's last day becomes yesterday (a round opened today keeps no open day). Audited.
    ``False`` when it was already closed.
    """
    on = today()
    if is_closed(pulse, on):
        return False
    pulse.closes_on = on - timedelta(days=1)
    if pulse.opens_on > pulse.closes_on:
        pulse.opens_on = pulse.closes_on
    db.session.flush()
    record("kpi.pulse_closed", actor=actor, object_type="kpi_pulse_round", object_id=pulse.id,
           details={"closes_on": pulse.closes_on.isoformat()})
    emit_closed(pulse)
    return True


def emit_closed(pulse: PulseRound) -> bool:
    """``survey.round.closed`` once per round (HR closing it, or its last day passing: the
    integrations' cron): the results only from the charter's minimum group size of respondents —
    below it, not even how many answered. ``False`` while the round is open."""
    if not is_closed(pulse):
        return False
    k = min_group_size()
    respondents, questions = results(pulse, k)
    shown = questions is not None
    emit("survey.round.closed", {
        "round": {"id": pulse.id, "title": pulse.title, "opens_on": pulse.opens_on.isoformat(),
                  "closes_on": pulse.closes_on.isoformat()},
        "min_group_size": k,
        "respondents": respondents if shown else None,
        "results": [{"key": q.key, "question_fr": q.text_fr, "question_en": q.text_en, "answers": q.answers,
                     "mean": q.mean, "score": q.score} for q in questions] if shown else None,
    }, path="/kpi/program", key=f"survey:{pulse.id}:closed")
    return True


def open_rounds(on: date | None = None) -> list[PulseRound]:
    on = on or today()
    return db.session.scalars(select(PulseRound).where(PulseRound.opens_on <= on, PulseRound.closes_on >= on)
                              .order_by(PulseRound.id)).all()


def has_answered(person, pulse: PulseRound) -> bool:
    return db.session.get(PulseParticipation, (pulse.id, person.id)) is not None


def round_to_answer(person) -> PulseRound | None:
    for pulse in open_rounds():
        if not has_answered(person, pulse):
            return pulse
    return None


def submit(person, pulse: PulseRound, answers: dict[str, object]) -> int:
    """Store the answers anonymously; return how many were stored. Skipped questions store nothing."""
    on = today()
    if not pulse.opens_on <= on <= pulse.closes_on:
        raise PulseError("closed", _("This round is not open."))
    keys = {q["key"] for q in pulse.questions}
    values = {}
    for key, raw in answers.items():
        if key not in keys:
            raise PulseError("validation_error", _("Unknown question."), key)
        if raw in (None, ""):
            continue
        try:
            value = int(raw)
        except (TypeError, ValueError):
            raise PulseError("validation_error", _("Choose an answer from 1 to 5."), key) from None
        if value not in SCALE:
            raise PulseError("validation_error", _("Choose an answer from 1 to 5."), key)
        values[key] = value
    if has_answered(person, pulse):
        raise PulseError("already_answered", _("You have already answered this round."))
    try:
        with db.session.begin_nested():
            db.session.add(PulseParticipation(round_id=pulse.id, person_id=person.id))
            db.session.flush()
    except IntegrityError:
        raise PulseError("already_answered", _("You have already answered this round.")) from None
    week = monday(on)
    # shuffled, random ids, week only: nothing ties a row to the participation above

    items = list(values.items())
    random.SystemRandom().shuffle(items)
    for key, value in items:
        db.session.add(PulseAnswer(round_id=pulse.id, question_key=key, value=value, week=week))
    db.session.flush()
    return len(values)


@dataclass
class QuestionResult:
    key: str
    text_fr: str
    text_en: str
    answers: int
    mean: float | None
    score: float | None  # 0..100
    distribution: dict[int, int] | None


def results(pulse: PulseRound, k: int) -> tuple[int | None, list[QuestionResult] | None]:
    """(respondents, per-question results) of a closed round — results ``None`` below ``k`` respondents.

    ``(None, None)`` while the round is open: not even how many answered.
    """
    if not is_closed(pulse):
        return None, None
    respondents = db.session.scalar(select(func.count()).select_from(PulseParticipation)
                                    .where(PulseParticipation.round_id == pulse.id)) or 0
    if respondents < k:
        return respondents, None
    rows = db.session.execute(select(PulseAnswer.question_key, PulseAnswer.value, func.count())
                              .where(PulseAnswer.round_id == pulse.id)
                              .group_by(PulseAnswer.question_key, PulseAnswer.value)).all()
    out = []
    for q in pulse.questions:
        dist = {v: 0 for v in SCALE}
        for key, value, count in rows:
            if key == q["key"] and value in dist:
                dist[value] = int(count)
        n = sum(dist.values())
        mean = round(sum(v * c for v, c in dist.items()) / n, 2) if n else None
        shown = n >= k
        out.append(QuestionResult(q["key"], q["fr"], q["en"], n if shown else 0, mean if shown else None,
                                  round((mean - 1) / 4 * 100, 1) if shown and mean is not None else None,
                                  dist if shown else None))
    return respondents, out


def rounds(limit: int = 20) -> list[PulseRound]:
    return db.session.scalars(select(PulseRound).order_by(PulseRound.opens_on.desc()).limit(limit)).all()
