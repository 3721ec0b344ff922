"""KPI services other domains call: personal data export/erasure, preferences, rollups."""
from __future__ import annotations

import secrets
from datetime import timedelta

from sqlalchemy import delete, select, update

from advocacy.extensions import db
from advocacy.charter.kpi_catalogue import FACTS
from advocacy.kpi.models import ERASED_BELOW, PersonDay, Preference, PulseParticipation, PulseRound
from advocacy.kpi.rollup import rollup_day, rollup_range  # noqa: F401  (public entry points)
from advocacy.core.audit import record
from advocacy.kpi.models import ActiveSet, ErasedCohort
from advocacy.kpi.sources import local_date, week_start
from advocacy.consent.models import GIVEN, ConsentEvent
from advocacy.core.timeutil import utcnow


def compares_with_team(person) -> bool:
    pref = db.session.get(Preference, person.id)
    return bool(pref and pref.compare_with_team)


def set_compare_with_team(person, wanted: bool) -> None:
    pref = db.session.get(Preference, person.id) or Preference(person_id=person.id)
    pref.compare_with_team = bool(wanted)
    db.session.add(pref)
    record("kpi.compare_with_team", actor=person, object_type="person", object_id=person.id,
           details={"compare_with_team": bool(wanted)})
    db.session.flush()


def export_person_data(person) -> dict:
    """The person's own daily figures, display choice and which pulse rounds they answered
    (their answers themselves are anonymous: nothing links them to the person)."""
    days = db.session.scalars(select(PersonDay).where(PersonDay.person_id == person.id)
                              .order_by(PersonDay.day, PersonDay.campaign_id)).all()
    answered = db.session.execute(select(PulseRound.id, PulseRound.title).join(
        PulseParticipation, PulseParticipation.round_id == PulseRound.id)
        .where(PulseParticipation.person_id == person.id)).all()
    return {
        "daily_figures": [{"day": row.day.isoformat(), "campaign_id": row.campaign_id or None,
                           **{f: getattr(row, f) for f in FACTS if getattr(row, f) is not None}} for row in days],
        "compare_with_team_median": compares_with_team(person),
        "pulse_rounds_answered": [{"round_id": rid, "title": title} for rid, title in answered],
    }


def _anonymous_token() -> int:
    """A random negative number no other row uses, kept nowhere with the person it replaces."""
    while True:
        token = ERASED_BELOW - secrets.randbelow(2**31 + ERASED_BELOW - 1)
        if db.session.scalar(select(PersonDay.person_id).where(PersonDay.person_id == token).limit(1)) is None:
            return token


def _keep_cohort(person, token: int) -> None:
    """Retention's cohort of the token: the days the person's program memberships started, and the
    last day they count as a member (``ErasedCohort``) — so that re-rolled days still count their
    activity as a cohort member's, and erasure cannot move retention."""
    joined = sorted({local_date(at) for at in db.session.scalars(select(ConsentEvent.at).where(
        ConsentEvent.person_id == person.id, ConsentEvent.purpose == "program", ConsentEvent.event == GIVEN))})
    if joined:
        db.session.add(ErasedCohort(token=token, joined=joined, until=week_start(local_date(utcnow())) + timedelta(days=6)))


def erase_person_data(person) -> None:
    """Unlink the person's daily rows and drop their choices.

    The daily rows are not deleted but handed to a random negative token that nothing ties to the
    person (not stored, not derivable): the group figures of the days they were a member must not
    change when those days are re-rolled — the difference would be exactly this person's activity —
    and a period's distinct count of active members must not lose them either (``kpi_active_sets``).
    """
    token = _anonymous_token()
    _keep_cohort(person, token)
    db.session.execute(update(PersonDay).where(PersonDay.person_id == person.id).values(person_id=token))
    for row in db.session.scalars(select(ActiveSet)):
        if person.id in (row.person_ids or ()):
            row.person_ids = sorted(token if pid == person.id else pid for pid in row.person_ids)
    db.session.execute(delete(Preference).where(Preference.person_id == person.id))
    db.session.execute(delete(PulseParticipation).where(PulseParticipation.person_id == person.id))
    db.session.flush()
