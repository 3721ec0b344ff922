"""Consents bound to a charter that was replaced expire unless the person accepts the new one.

When a new charter version comes into force, what is tracked may have changed: each person gets
``GRACE_DAYS`` to read and accept it; after that, consents recorded under an older version are
closed with ``expired`` events (processing stops; the person can consent again at any time).
"""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from advocacy.consent.models import ConsentState
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db
from advocacy.auth.models import Person
from advocacy.charter import services as charter
from advocacy.consent.services import expire

GRACE_DAYS = 30


def expire_stale(now=None, grace_days: int = GRACE_DAYS) -> int:
    """Expire consents bound to a replaced charter after the grace period; returns the people touched."""
    now = now or utcnow()
    version = charter.version_in_force(now)
    if version is None:
        return 0
    if version.effective_from is not None and now - version.effective_from < timedelta(days=grace_days):
        return 0
    people = db.session.scalars(select(Person).where(Person.id.in_(
        select(ConsentState.person_id).where(
            ConsentState.given.is_(True), ConsentState.charter_version_id.is_not(None),
            ConsentState.charter_version_id != version.id))).order_by(Person.id)).all()
    touched = 0
    for person in people:
        if charter.acceptance_of(person, version) is not None:
            continue
        changes = expire(person, reason=f"charter version {version.number} in force and not accepted")
        touched += any(change.changed for change in changes)
    return touched
