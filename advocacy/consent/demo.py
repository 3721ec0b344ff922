"""Demo consents, given on the day each person accepted the charter (``charter.demo.ACCEPTS_V1``):
employees 1–8 and both staff representatives join with different choices; employee 9 accepted
the charter but never joined; employee 11 joined, then left (every consent withdrawn, tracked data
purged at once); employee 7 later withdrew link-click counting.

:class:`Timeline` reads the ledger back so that the higher domains' demo history (shares, metrics,
clicks) only exists while the matching consent held. Idempotent: people who already have ledger
events are left alone.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from datetime import datetime

from sqlalchemy import select

from advocacy.charter import services as charter
from advocacy.charter.demo import ACCEPTS_V1, ACCEPTS_V2
from advocacy.consent import services
from advocacy.consent.models import GIVEN, ConsentEvent
from advocacy.consent.purge import run_purge
from advocacy.core.democlock import anchored, working_moment
from advocacy.core.timeutil import clock
from advocacy.extensions import db

TRACKED = ("program", "post_metrics", "link_clicks")
CHOICES = {
    "employee1@demo.test": TRACKED + ("notifications", "leaderboard"),
    "employee2@demo.test": TRACKED + ("notifications",),
    "employee3@demo.test": TRACKED + ("notifications", "leaderboard"),
    "employee4@demo.test": TRACKED,
    "employee5@demo.test": TRACKED + ("notifications",),
    "employee6@demo.test": TRACKED + ("notifications", "leaderboard"),
    "employee7@demo.test": TRACKED,
    "employee8@demo.test": TRACKED,
    "cse1@demo.test": ("program", "post_metrics", "link_clicks", "leaderboard"),
    "cse2@demo.test": ("program", "post_metrics", "notifications"),
    "employee11@demo.test": TRACKED,
}
LEAVER, LEFT_DAYS_AGO = "employee11@demo.test", 33
#: Who asked for rewards once version 2 (which provides them) was in force.
REWARDS = ("employee1@demo.test", "employee2@demo.test", "employee3@demo.test", "employee6@demo.test")
#: (email, purpose, days ago): a single consent withdrawn later on.
WITHDRAWALS = (("employee7@demo.test", "link_clicks", 20),)


@anchored()  # "today" stays put while the clock is set to past moments
def seed(ctx) -> None:
    if charter.version_in_force() is None:
        ctx.log.append("consent: no charter in force, no demo consent")
        return
    steps = []  # (when, what): run in time order so that the ledger reads chronologically
    for email, purposes in CHOICES.items():
        person = ctx.people.get(email)
        if person is None or email not in ACCEPTS_V1 or services.events_of(person):
            continue
        steps.append((working_moment(ACCEPTS_V1[email], 9, 30, later=True), "join", person, purposes))
        if email in REWARDS and email in ACCEPTS_V2:
            steps.append((working_moment(ACCEPTS_V2[email], 9, 35, later=True), "give", person, "rewards"))
    if not steps:
        return
    for email, purpose, days_ago in WITHDRAWALS:
        if email in ctx.people:
            steps.append((working_moment(days_ago, 17, 40), "withdraw", ctx.people[email], purpose))
    if LEAVER in ctx.people:
        steps.append((working_moment(LEFT_DAYS_AGO, 12, 15), "leave", ctx.people[LEAVER], None))
    for when, what, person, arg in sorted(steps, key=lambda step: step[0]):
        with clock(when):
            if what == "join":
                services.join_program(person, arg, method="demo")
            elif what == "give":
                services.give(person, arg, method="demo")
            elif what == "withdraw":
                services.withdraw(person, arg, method="demo", reason="demo: changed their mind")
                run_purge(person.id)
            else:
                services.withdraw_all(person, method="demo", reason="demo: left the program")
                run_purge(person.id)
        ctx.log.append(f"consent: {person.email} {what} {arg or ''}".rstrip())


class Timeline:
    """Whether a person's consent to a purpose held at a moment, read once from the ledger."""

    def __init__(self, purposes=None):
        self._at: dict[tuple[int, str], list[datetime]] = defaultdict(list)
        self._given: dict[tuple[int, str], list[bool]] = defaultdict(list)
        stmt = select(ConsentEvent.person_id, ConsentEvent.purpose, ConsentEvent.event, ConsentEvent.at)
        if purposes:
            stmt = stmt.where(ConsentEvent.purpose.in_(list(purposes)))
        for person_id, purpose, event, at in db.session.execute(stmt.order_by(ConsentEvent.at, ConsentEvent.id)):
            self._at[(person_id, purpose)].append(at)
            self._given[(person_id, purpose)].append(event == GIVEN)

    def given(self, person_id: int, purpose: str, at: datetime) -> bool:
        key = (person_id, purpose)
        index = bisect_right(self._at.get(key, []), at)
        return index > 0 and self._given[key][index - 1]

    def since(self, person_id: int, purpose: str) -> datetime | None:
        """When the consent was first given (None if never)."""
        key = (person_id, purpose)
        return next((at for at, given in zip(self._at.get(key, []), self._given.get(key, [])) if given), None)

    def given_now(self, person_id: int, purpose: str) -> bool:
        key = (person_id, purpose)
        return bool(self._given.get(key)) and self._given[key][-1]
