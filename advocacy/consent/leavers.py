"""People who left the organisation (``advocacy.core.signals.person_left``, sent by auth on a SCIM
deactivation or deletion): every consent is withdrawn at once with the reason given, and the
person is erased once the retention period of the charter in force has passed since they left.
"""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from advocacy.auth.models import Person
from advocacy.charter.policy import default_policy_dict
from advocacy.charter.services import policy_in_force
from advocacy.consent.gdpr import erase
from advocacy.consent.services import withdraw_all
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db


def on_person_left(person, *, reason: str, source: str = "", **_ignored) -> None:
    """Receiver of ``person_left``: withdraw everything now (flushes; the sender's caller commits)."""
    withdraw_all(person, method="system", reason=reason)


def retention_days() -> int:
    policy = policy_in_force()
    return int(getattr(policy, "retention_days", 0) or default_policy_dict()["retention_days"])


def erase_due_leavers(now=None, limit: int = 500) -> int:
    """Erase the leavers whose retention period is over; returns how many (the caller commits)."""
    cutoff = (now or utcnow()) - timedelta(days=retention_days())
    due = db.session.scalars(select(Person).where(
        Person.active.is_(False), Person.left_at.is_not(None), Person.left_at < cutoff,
        Person.erased_at.is_(None)).order_by(Person.id).limit(limit)).all()
    for person in due:
        erase(person)
    return len(due)
