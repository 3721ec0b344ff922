"""Shared steps of the integrations tests."""
from __future__ import annotations

from sqlalchemy import select, update

from advocacy.core.timeutil import utcnow
from advocacy.extensions import db
from advocacy.integrations import delivery
from advocacy.integrations.models import Delivery


def deliveries(**where) -> list[Delivery]:
    query = select(Delivery).order_by(Delivery.id)
    for name, value in where.items():
        query = query.where(getattr(Delivery, name) == value)
    return list(db.session.scalars(query))


def run(row: Delivery) -> str:
    """One attempt now, as the job would (the retry's wait is skipped: no timed test)."""
    db.session.execute(update(Delivery).where(Delivery.id == row.id).values(next_attempt_at=utcnow()))
    db.session.flush()
    outcome = delivery.attempt(row.id)
    db.session.refresh(row)
    return outcome


def approved_kit(make_live_kit, make_person):
    """A kit submitted by a marketer, then approved by compliance through the review service."""
    from advocacy.campaigns import review
    from advocacy.campaigns.models import KIT_SUBMITTED

    marketer = make_person(roles=("marketer",))
    compliance = make_person(roles=("compliance",), display_name="Camille Conformité")
    kit = make_live_kit()
    kit.status, kit.submitted_by_id, kit.reviewed_at = KIT_SUBMITTED, marketer.id, None
    db.session.flush()
    review.decide(kit, "approve", reviewer=compliance)
    return kit, compliance
