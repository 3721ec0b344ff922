"""Demo KPI data: EMV multipliers, a few conversions and costs, a trust pulse round with
anonymous answers, then the rollups of the last 60 days computed synchronously (never enqueued).
"""
from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from sqlalchemy import select

from advocacy.extensions import db
from advocacy.kpi import inputs, pulse
from advocacy.kpi.models import Conversion, EmvRates, ProgramCost, PulseRound
from advocacy.kpi.rollup import current_annex, rollup_range

RESPONDENTS = [f"employee{n}@demo.test" for n in (1, 2, 3, 4, 5, 6, 7)]
ANSWERS = ((4, 5, 3, 4), (5, 4, 4, 5), (3, 4, 2, 4), (4, 4, 4, 3), (2, 5, 3, 4), (4, 3, 4, 5), (5, 5, 4, 4))


def seed(ctx) -> None:
    annex, _policy, _version = current_annex()
    if annex is None:
        ctx.log.append("kpi: no charter in force, no KPI computed")
        return
    today = pulse.today()
    marketer = ctx.people.get("marketer@demo.test")
    hr = ctx.people.get("hr@demo.test")
    if db.session.scalar(select(EmvRates.id).limit(1)) is None:
        inputs.set_emv_rates(marketer, cpm=Decimal("6.50"), cpc=Decimal("0.80"), cpe=Decimal("0.25"),
                             source="Tarifs moyens de nos campagnes payantes 2025")
        ctx.log.append("kpi: EMV multipliers")
    if db.session.scalar(select(Conversion.id).limit(1)) is None:
        from advocacy.campaigns.models import Campaign

        campaign_id = db.session.scalar(select(Campaign.id).order_by(Campaign.id).limit(1))
        for days_ago, count in ((20, 3), (12, 5), (4, 2)):
            inputs.add_conversion(marketer, day=today - timedelta(days=days_ago), conversions=count,
                                  unit_value=Decimal("120.00"), campaign_id=campaign_id,
                                  note="Demandes de démo venues des liens suivis (CRM)")
    if db.session.scalar(select(ProgramCost.id).limit(1)) is None:
        inputs.add_cost(marketer, day=today - timedelta(days=25), amount=Decimal("900.00"),
                        label="Formation des ambassadeurs (une demi-journée)")
        inputs.add_cost(marketer, day=today - timedelta(days=10), amount=Decimal("300.00"),
                        label="Hébergement et maintenance du service")
        ctx.log.append("kpi: conversions and costs")
    if "trust_score" in annex.kpis and db.session.scalar(select(PulseRound.id).limit(1)) is None:
        pulse_round = pulse.open_round(hr, title="Baromètre de confiance — trimestre 1",
                                       opens_on=today - timedelta(days=6), closes_on=today + timedelta(days=7))
        keys = [q["key"] for q in pulse_round.questions]
        for email, values in zip(RESPONDENTS, ANSWERS):
            person = ctx.people.get(email)
            if person is not None:
                pulse.submit(person, pulse_round, dict(zip(keys, values)))
        ctx.log.append("kpi: trust pulse round with anonymous answers")
    rollup_range(today - timedelta(days=59), today)  # this period and the previous one
    ctx.log.append("kpi: rollups of the last 60 days")
