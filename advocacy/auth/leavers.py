"""A person leaves the organisation (SCIM deactivation or deletion, or an admin): the one place
that says what that means.

Invariant: after ``mark_left`` (and the caller's commit) the person cannot sign in (inactive),
has no live session, remember-me cookie or API token, and every domain that keeps data about
them has been told through ``advocacy.core.signals.person_left`` (the consent domain withdraws every
consent with the reason "left the organisation" and erases the person once the charter's
retention has passed). Auth never imports those domains.
"""
from __future__ import annotations

from advocacy.core.audit import record
from advocacy.auth.models import Person
from advocacy.auth.sessions import end_all_sessions
from advocacy.core.timeutil import utcnow
from advocacy.core.signals import person_left

LEFT_REASON = "left the organisation"


def mark_left(person: Person, *, source: str, actor: Person | None = None) -> None:
    """Make ``person`` a leaver. Idempotent; flushes, the caller commits."""
    newly = bool(person.active) or person.left_at is None
    person.active = False
    person.left_at = person.left_at or utcnow()
    ended = end_all_sessions(person.id, actor=actor, reason="left", revoke_tokens=True)
    if newly:
        record("auth.person_left", actor=actor, object_type="person", object_id=person.id,
               details={"source": source, **{k: v for k, v in ended.items() if isinstance(v, int)}})
        person_left.send(person, reason=LEFT_REASON, source=source)


def mark_returned(person: Person, *, source: str, actor: Person | None = None) -> None:
    """Re-activate a leaver who was not erased (e.g. deactivated by mistake at the provider)."""
    if person.erased_at is not None or (person.active and person.left_at is None):
        return
    person.active = True
    person.left_at = None
    record("auth.person_returned", actor=actor, object_type="person", object_id=person.id,
           details={"source": source})
