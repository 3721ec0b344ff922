"""Who takes part in the program: joined it (``program`` consent) and accepted the charter in force.

Below ``sharing``, ``gamification`` and ``ideas``, which all check it."""
from __future__ import annotations

from datetime import datetime

from flask_babel import gettext as _

from advocacy.campaigns.errors import NotAllowed
from advocacy.charter.services import has_accepted_current, policy_in_force
from advocacy.consent.services import has_consent


def is_member(person, at: datetime | None = None) -> bool:
    """Joined the program (``program`` purpose) and accepted the charter in force."""
    return bool(person is not None and person.is_active and has_consent(person, "program", at)
                and has_accepted_current(person))


def membership_problem(person) -> str | None:
    """Why this person gets no kit (a message id for the page), or None."""
    if policy_in_force() is None:
        return "no_charter"
    if not has_accepted_current(person):
        return "charter_not_accepted"
    if not has_consent(person, "program"):
        return "not_joined"
    return None


def require_member(person) -> None:
    problem = membership_problem(person)
    if problem == "no_charter":
        raise NotAllowed("no_charter", _("No charter is in force: the program is paused."))
    if problem == "charter_not_accepted":
        raise NotAllowed("charter_not_accepted", _("Read and accept the charter in force to take part."))
    if problem == "not_joined":
        raise NotAllowed("not_joined", _("Join the program to see kits and share them."))
