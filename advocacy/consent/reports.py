"""Aggregates for HR and staff representatives: consents per purpose and team, small groups hidden.

A cell is suppressed when fewer than ``k`` people gave the consent, or when fewer than ``k`` people
of the group did not (``6 of 6`` would tell who consented). ``k`` is the charter's minimum group
size (KPI annex), 5 without a charter.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from advocacy.consent.models import ConsentState
from advocacy.consent.purposes import CATALOGUE, PURPOSES
from advocacy.extensions import db

DEFAULT_K = 5


def min_group_size() -> int:
    from advocacy.charter import services as charter

    annex = charter.kpi_annex()
    return annex.min_group_size if annex is not None else DEFAULT_K


@dataclass(frozen=True)
class Cell:
    given: int | None  # None = suppressed
    population: int | None

    @property
    def suppressed(self) -> bool:
        return self.given is None


def _cell(given: int, population: int, k: int) -> Cell:
    refused = population - given
    if population < k or given < k or 0 < refused < k:
        return Cell(None, population if population >= k else None)
    return Cell(given, population)


def aggregates() -> dict:
    """``{"k", "purposes", "rows": [{"team", "cells": {purpose: Cell}}], "total": {purpose: Cell}}``."""
    from advocacy.auth.models import Person, PersonRole, Team

    k = min_group_size()
    population_by_team = dict(db.session.execute(
        select(Person.team_id, func.count(func.distinct(Person.id)))
        .join(PersonRole, PersonRole.person_id == Person.id)
        .where(PersonRole.role == "employee", Person.erased_at.is_(None), Person.active.is_(True))
        .group_by(Person.team_id)).all())
    given_rows = db.session.execute(
        select(Person.team_id, ConsentState.purpose, func.count(func.distinct(Person.id)))
        .join(Person, Person.id == ConsentState.person_id)
        .join(PersonRole, PersonRole.person_id == Person.id)
        .where(ConsentState.given.is_(True), PersonRole.role == "employee", Person.erased_at.is_(None),
               Person.active.is_(True))
        .group_by(Person.team_id, ConsentState.purpose)).all()
    given: dict[tuple, int] = {(team_id, purpose): count for team_id, purpose, count in given_rows}
    teams = {team.id: team.name for team in db.session.scalars(select(Team)).all()}
    rows = []
    for team_id in sorted(population_by_team, key=lambda t: (t is None, teams.get(t, ""))):
        population = population_by_team[team_id]
        rows.append({
            "team": teams.get(team_id) if team_id is not None else None,
            "cells": {p: _cell(given.get((team_id, p), 0), population, k) for p in PURPOSES},
        })
    everyone = sum(population_by_team.values())
    total = {p: _cell(sum(c for (t, q), c in given.items() if q == p), everyone, k) for p in PURPOSES}
    return {"k": k, "purposes": [CATALOGUE[p] for p in PURPOSES], "rows": rows, "total": total}
