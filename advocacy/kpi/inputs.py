"""Marketers' inputs: attributed conversions and their value, program costs, EMV multipliers.

These are the only figures of the KPI pages that people type in; each is shown beside the
formula that uses it, and every change is audited.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from advocacy.core.audit import record
from advocacy.extensions import db
from advocacy.kpi.models import Conversion, EmvRates, ProgramCost


@dataclass(frozen=True)
class Rates:
    cpm: Decimal
    cpc: Decimal
    cpe: Decimal
    currency: str = "EUR"
    source: str = ""
    is_default: bool = False


#: Used until a marketer enters the organisation's own multipliers (shown as defaults).
DEFAULT_RATES = Rates(Decimal("5.00"), Decimal("0.50"), Decimal("0.20"), "EUR",
                      "default placeholder multipliers", True)


def current_emv_rates() -> Rates:
    row = db.session.scalars(select(EmvRates).order_by(EmvRates.id.desc()).limit(1)).first()
    if row is None:
        return DEFAULT_RATES
    return Rates(row.cpm, row.cpc, row.cpe, row.currency, row.source)


def set_emv_rates(actor, *, cpm, cpc, cpe, currency="EUR", source="") -> EmvRates:
    row = EmvRates(cpm=Decimal(cpm), cpc=Decimal(cpc), cpe=Decimal(cpe), currency=currency, source=source,
                   entered_by_id=getattr(actor, "id", None))
    db.session.add(row)
    db.session.flush()
    record("kpi.emv_rates", actor=actor, object_type="kpi_emv_rates", object_id=row.id,
           details={"cpm": str(row.cpm), "cpc": str(row.cpc), "cpe": str(row.cpe), "currency": currency})
    return row


def add_conversion(actor, *, day: date, conversions: int, unit_value, campaign_id=None, note="") -> Conversion:
    row = Conversion(day=day, conversions=int(conversions), unit_value=Decimal(unit_value), campaign_id=campaign_id,
                     note=note, entered_by_id=getattr(actor, "id", None))
    db.session.add(row)
    db.session.flush()
    record("kpi.conversion", actor=actor, object_type="kpi_conversion", object_id=row.id,
           details={"day": day.isoformat(), "conversions": row.conversions, "unit_value": str(row.unit_value),
                    "campaign_id": campaign_id})
    return row


def add_cost(actor, *, day: date, amount, label: str, campaign_id=None) -> ProgramCost:
    row = ProgramCost(day=day, amount=Decimal(amount), label=label, campaign_id=campaign_id,
                      entered_by_id=getattr(actor, "id", None))
    db.session.add(row)
    db.session.flush()
    record("kpi.cost", actor=actor, object_type="kpi_program_cost", object_id=row.id,
           details={"day": day.isoformat(), "amount": str(row.amount), "label": label, "campaign_id": campaign_id})
    return row


def delete_input(actor, kind: str, row_id: int) -> bool:
    model = {"conversion": Conversion, "cost": ProgramCost}[kind]
    row = db.session.get(model, row_id)
    if row is None:
        return False
    db.session.delete(row)
    record(f"kpi.{kind}_deleted", actor=actor, object_type=model.__tablename__, object_id=row_id)
    db.session.flush()
    return True


def value_and_cost_by_day(start: date, end: date, campaign_id: int | None = None) -> dict[date, tuple[float, float]]:
    out: dict[date, list[float]] = defaultdict(lambda: [0.0, 0.0])
    conv = select(Conversion.day, func.sum(Conversion.conversions * Conversion.unit_value)).where(
        Conversion.day >= start, Conversion.day <= end).group_by(Conversion.day)
    cost = select(ProgramCost.day, func.sum(ProgramCost.amount)).where(
        ProgramCost.day >= start, ProgramCost.day <= end).group_by(ProgramCost.day)
    if campaign_id is not None:
        conv = conv.where(Conversion.campaign_id == campaign_id)
        cost = cost.where(ProgramCost.campaign_id == campaign_id)
    for day, value in db.session.execute(conv):
        out[day][0] += float(value or 0)
    for day, value in db.session.execute(cost):
        out[day][1] += float(value or 0)
    return {day: (v[0], v[1]) for day, v in out.items()}


def recent(limit: int = 50):
    conversions = db.session.scalars(select(Conversion).order_by(Conversion.day.desc(), Conversion.id.desc())
                                     .limit(limit)).all()
    costs = db.session.scalars(select(ProgramCost).order_by(ProgramCost.day.desc(), ProgramCost.id.desc())
                               .limit(limit)).all()
    return conversions, costs
