"""Demo KPI data: EMV multipliers, conversions and costs spread over the history, three trust pulse
rounds (two closed with more respondents than the minimum group size, one open now), then the daily
rollups of the whole history (``core.democlock.HISTORY_DAYS``) computed synchronously, never enqueued.

Idempotent: inputs and rounds are added once; a day is rolled up only if it never was (the nightly
job recomputes the recent days as usual).
"""
from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from sqlalchemy import select

from advocacy.campaigns.models import Campaign
from advocacy.core.democlock import HISTORY_DAYS, anchored, moment, working_moment
from advocacy.core.timeutil import clock
from advocacy.extensions import db
from advocacy.kpi import inputs, pulse
from advocacy.kpi.models import Conversion, EmvRates, ProgramCost, PulseRound, RollupRun
from advocacy.kpi.rollup import current_annex, rollup_days
from advocacy.kpi.sources import local_date

#: (title, opens days ago, closes days ago, answers per respondent): trust grows as the program settles.
ROUNDS = (
    ("Baromètre de confiance — lancement", 100, 90,
     {"employee1": (4, 4, 3), "employee2": (3, 4, 3), "employee3": (3, 5, 2), "employee4": (4, 3, 3),
      "employee5": (2, 4, 3), "employee6": (3, 3, 4), "cse1": (3, 4, 2), "cse2": (2, 3, 3)}),
    ("Baromètre de confiance — trimestre 1", 40, 30,
     {"employee1": (5, 4, 4), "employee2": (4, 5, 4), "employee3": (4, 5, 3), "employee4": (4, 4, 4),
      "employee5": (3, 5, 4), "employee6": (4, 4, 5), "employee7": (4, 4, 3), "cse1": (4, 4, 3),
      "cse2": (3, 4, 4)}),
    ("Baromètre de confiance — trimestre 2", 6, -7,
     {"employee1": (5, 5, 4), "employee2": (4, 5, 5), "employee3": (5, 4, 4), "employee5": (4, 5, 4),
      "employee6": (4, 4, 5)}),
)
#: (days ago, conversions, campaign name or None)
CONVERSIONS = ((104, 2, "Semaine de la réparabilité"), (96, 4, "Semaine de la réparabilité"),
               (78, 3, "Nous recrutons des techniciennes et techniciens"),
               (61, 5, "Nous recrutons des techniciennes et techniciens"),
               (35, 4, "Bilan de l'atelier : 12 000 appareils sauvés"),
               (20, 6, "Bilan de l'atelier : 12 000 appareils sauvés"), (4, 2, "Portes ouvertes de l'atelier"))
COSTS = ((118, "1500.00", "Mise en place du programme et de la charte"),
         (110, "900.00", "Formation des ambassadeurs (une demi-journée)"),
         (70, "300.00", "Hébergement et maintenance du service"),
         (40, "600.00", "Formation à la mention « Collaboration commerciale »"),
         (10, "300.00", "Hébergement et maintenance du service"))


def _answer_moment(pulse_round, days_ago: int, minute: int):
    """11:xx on a working day ``days_ago`` days back, inside the round: the weekday before, else the one after
    (a round opening on a Saturday took no answer on the Friday before: the seed failed whenever today's weekday
    put an answer's day on a weekend at the round's edge)."""
    for later in (False, True):
        at = working_moment(days_ago, 11, minute, later=later)
        if pulse_round.opens_on <= local_date(at) <= pulse_round.closes_on:
            return at
    return moment(days_ago, 11, minute)  # a round holding no working day: answered on its own day


@anchored()  # "today" stays put while the clock is set to past moments
def seed(ctx) -> None:
    annex, _policy, _version = current_annex()
    if annex is None:
        ctx.log.append("kpi: no charter in force, no KPI computed")
        return
    today = pulse.today()
    marketer = ctx.people.get("marketer@demo.test")
    hr = ctx.people.get("hr@demo.test")
    if db.session.scalar(select(EmvRates.id).limit(1)) is None:
        with clock(working_moment(115, 11)):
            inputs.set_emv_rates(marketer, cpm=Decimal("6.50"), cpc=Decimal("0.80"), cpe=Decimal("0.25"),
                                 source="Tarifs moyens de nos campagnes payantes 2025")
        ctx.log.append("kpi: EMV multipliers")
    if db.session.scalar(select(Conversion.id).limit(1)) is None:
        campaigns = dict(db.session.execute(select(Campaign.name, Campaign.id)).all())
        for days_ago, count, name in CONVERSIONS:
            with clock(working_moment(days_ago - 1, 17)):
                inputs.add_conversion(marketer, day=today - timedelta(days=days_ago), conversions=count,
                                      unit_value=Decimal("120.00"), campaign_id=campaigns.get(name),
                                      note="Demandes de devis venues des liens suivis (CRM)")
    if db.session.scalar(select(ProgramCost.id).limit(1)) is None:
        for days_ago, amount, label in COSTS:
            with clock(working_moment(days_ago, 16)):
                inputs.add_cost(marketer, day=today - timedelta(days=days_ago), amount=Decimal(amount), label=label)
        ctx.log.append("kpi: conversions and costs")
    if "trust_score" in annex.kpis and db.session.scalar(select(PulseRound.id).limit(1)) is None:
        for title, opens, closes, answers in ROUNDS:
            with clock(working_moment(opens, 9)):
                pulse_round = pulse.open_round(hr, title=title, opens_on=today - timedelta(days=opens),
                                               closes_on=today - timedelta(days=closes))
            keys = [q["key"] for q in pulse_round.questions]
            for number, (name, values) in enumerate(answers.items()):
                person = ctx.people.get(f"{name}@demo.test")
                if person is not None:
                    with clock(_answer_moment(pulse_round, max(opens - 1 - number % 4, closes, 0), 5 * number)):
                        pulse.submit(person, pulse_round, dict(zip(keys, values)))
        ctx.log.append("kpi: three trust pulse rounds with anonymous answers")
    done = set(db.session.scalars(select(RollupRun.day).where(RollupRun.day > today - timedelta(days=HISTORY_DAYS))))
    missing = [today - timedelta(days=n) for n in range(HISTORY_DAYS - 1, -1, -1)
               if today - timedelta(days=n) not in done]
    rollup_days(missing, current_annex())  # set-based: every source read once for all the days
    if missing:
        ctx.log.append(f"kpi: rollups of {len(missing)} days")
