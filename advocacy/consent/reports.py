"""Aggregates for HR and staff representatives: consents per purpose and team, small groups hidden.

Every cell is a split of a team into people who gave the consent and people who did not; it is
shown only when both sides have at least ``k`` people (``6 of 6`` or ``0 of 6`` would tell each
person's choice), and the "everyone" row is the margin of each column, so the hidden cells of a
column are completed until what the margin minus the shown cells gives is itself a split that
could be shown (``core.disclosure_control.suppress_splits``) — else the margin is hidden too.
``k`` is the charter's minimum group size (``charter.services.min_group_size``).

No live figures. Reading the table, watching one person give or withdraw a consent, and reading it
again would tell that person's choice, so:

* the table is the state **at the end of the last complete calendar week** (Monday 00:00 in the
  organisation's time zone), taken from the ledger, and frozen the first time it is read
  (``AggregateRelease``): nothing a person does during the week moves it;
* from one week to the next a cell (and a column's "everyone") moves only once at least ``k``
  people on one side changed it since its last release — ``|Δ given| ≥ k`` or ``|Δ not given| ≥ k``;
  a smaller change keeps the previous release, so comparing two weeks does not isolate one person's
  change either (``release``).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from flask import current_app
from sqlalchemy import and_, func, or_, select
from sqlalchemy.dialects.postgresql import insert

from advocacy.charter import services as charter
from advocacy.consent.models import GIVEN, AggregateRelease, ConsentEvent
from advocacy.consent.purposes import CATALOGUE, PURPOSES
from advocacy.core.disclosure_control import is_small, suppress_splits
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db
from advocacy.auth.models import Person
from advocacy.auth.models import PersonRole
from advocacy.auth.models import Team

EVERYONE = "*"


def min_group_size() -> int:
    return charter.min_group_size()


@dataclass(frozen=True)
class Cell:
    given: int | None  # None = suppressed
    population: int | None

    @property
    def suppressed(self) -> bool:
        return self.given is None


def week_of(now: datetime | None = None) -> tuple[date, datetime]:
    """(Monday of the current week, that Monday 00:00 in the organisation's zone as UTC)."""
    zone = ZoneInfo(current_app.config["SETTINGS"].timezone)
    today = (now or utcnow()).astimezone(zone).date()
    monday = today - timedelta(days=today.weekday())
    return monday, datetime.combine(monday, time(0), tzinfo=zone).astimezone(UTC)


def _team_key(team_id: int | None) -> str:
    return "-" if team_id is None else str(team_id)


def _true_cells(boundary: datetime) -> dict[str, list[int]]:
    """``"<team>:<purpose>"`` → [given, population] at ``boundary``, from the ledger.

    The population is the employees who had not left then (nor been erased since) — someone added
    since counts as not having given anything yet; a consent counts when the person's last event for
    the purpose before ``boundary`` gave it.
    """
    people = db.session.execute(
        select(Person.id, Person.team_id).join(PersonRole, PersonRole.person_id == Person.id)
        .where(PersonRole.role == "employee", Person.erased_at.is_(None),
               or_(and_(Person.active.is_(True), Person.left_at.is_(None)), Person.left_at >= boundary))
        .distinct()).all()
    team_of = {pid: team for pid, team in people}
    ranked = (select(ConsentEvent.person_id, ConsentEvent.purpose, ConsentEvent.event,
                     func.row_number().over(partition_by=(ConsentEvent.person_id, ConsentEvent.purpose),
                                            order_by=(ConsentEvent.at.desc(), ConsentEvent.id.desc())).label("rn"))
              .where(ConsentEvent.at < boundary).subquery())
    gave = db.session.execute(select(ranked.c.person_id, ranked.c.purpose)
                              .where(ranked.c.rn == 1, ranked.c.event == GIVEN)).all()
    cells: dict[str, list[int]] = {}
    for team in set(team_of.values()):
        for purpose in PURPOSES:
            cells[f"{_team_key(team)}:{purpose}"] = [0, 0]
    for purpose in PURPOSES:
        cells[f"{EVERYONE}:{purpose}"] = [0, len(team_of)]
    for team in team_of.values():
        for purpose in PURPOSES:
            cells[f"{_team_key(team)}:{purpose}"][1] += 1
    for pid, purpose in gave:
        if pid in team_of and purpose in PURPOSES:
            cells[f"{_team_key(team_of[pid])}:{purpose}"][0] += 1
            cells[f"{EVERYONE}:{purpose}"][0] += 1
    return cells


def moved_by_fewer_than_k(previous: list[int], current: list[int], k: int) -> bool:
    """Whether a cell changed, but by fewer than ``k`` people on each side (given / not given).

    One person giving a consent moves "given" by one and "not given" by one: released, that
    difference would be their choice. A change is released once one side moved by ``k`` or more.
    """
    d_given = current[0] - previous[0]
    d_not = (current[1] - current[0]) - (previous[1] - previous[0])
    return (d_given, d_not) != (0, 0) and abs(d_given) < k and abs(d_not) < k


def release(week: date, boundary: datetime, k: int) -> dict[str, list[int]]:
    """The week's released cells (before suppression): made once, then read back unchanged."""
    stored = db.session.get(AggregateRelease, week)
    if stored is not None:
        return stored.cells
    previous = db.session.scalars(select(AggregateRelease).where(AggregateRelease.week < week)
                                  .order_by(AggregateRelease.week.desc()).limit(1)).first()
    cells = _true_cells(boundary)
    if previous is not None:
        for key, value in cells.items():
            before = previous.cells.get(key)
            if before is not None and moved_by_fewer_than_k(before, value, k):
                cells[key] = list(before)
    # two first readers of the week at once: the first insert wins, both read it back
    db.session.execute(insert(AggregateRelease).values(week=week, cells=cells, k=k, created_at=utcnow())
                       .on_conflict_do_nothing(index_elements=["week"]))
    return db.session.get(AggregateRelease, week).cells


def aggregates(now: datetime | None = None) -> dict:
    """``{"k", "as_of", "purposes", "rows": [{"team", "cells": {purpose: Cell}}], "total": {purpose: Cell}}``.

    ``as_of``: the last day (Sunday) the figures describe. Flushes the week's release the first time
    (the view commits).
    """
    k = min_group_size()
    week, boundary = week_of(now)
    released = release(week, boundary, k)
    by_team: dict[int | None, dict[str, tuple[int, int]]] = {}
    for key, (yes, population) in released.items():
        team, purpose = key.split(":", 1)
        if team == EVERYONE or purpose not in PURPOSES or not population:
            continue
        by_team.setdefault(None if team == "-" else int(team), {})[purpose] = (int(yes), int(population))
    teams = {team.id: team.name for team in db.session.scalars(select(Team)).all()}
    order = sorted(by_team, key=lambda t: (t is None, teams.get(t, "")))
    cells: dict[tuple, Cell] = {}
    total: dict[str, Cell] = {}
    for purpose in PURPOSES:
        column = {team: by_team[team].get(purpose, (0, 0)) for team in order}
        yes, everyone = released.get(f"{EVERYONE}:{purpose}", [0, 0])
        margin = (int(yes), int(everyone))
        hidden, margin_hidden = suppress_splits(column, k, margin=margin)
        for team, (given, population) in column.items():
            shown_population = None if is_small(population, k) else population
            cells[(team, purpose)] = Cell(None if team in hidden else given, shown_population)
        total[purpose] = Cell(None if margin_hidden else margin[0], None if is_small(margin[1], k) else margin[1])
    rows = [{"team": teams.get(team) if team is not None else None,
             "cells": {p: cells[(team, p)] for p in PURPOSES}} for team in order]
    return {"k": k, "as_of": week - timedelta(days=1), "purposes": [CATALOGUE[p] for p in PURPOSES],
            "rows": rows, "total": total}
