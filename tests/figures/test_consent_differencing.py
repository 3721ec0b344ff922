"""The attacker against the consent statistics (API and page) and the compliance counts.

Consent: hypothesis builds teams of random sizes below and above ``k`` whose members give random
purposes, reads ``/api/v1/consents/aggregates`` and ``/consent/aggregates`` as a staff
representative (the state at the end of the last complete week, which the generated consents are
in), turns every shown number into an equation and tries to solve for the count of a
team and purpose whose split (gave / did not) has a side under ``k`` — a small team, everyone,
nobody, a few. Totals minus the shown teams, both reads together.
"""
from __future__ import annotations

import random
import re

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.figures.attacker import Knowledge
from tests.figures.test_consent_releases import next_week

K = 3
PICKABLE = ("leaderboard", "rewards", "notifications")


def _truth():
    from sqlalchemy import func, select

    from advocacy.auth.models import Person, PersonRole, Team
    from advocacy.consent.models import ConsentState
    from advocacy.extensions import db

    names = {t.id: t.name for t in db.session.scalars(select(Team))}
    population = {names.get(team): n for team, n in db.session.execute(
        select(Person.team_id, func.count(func.distinct(Person.id)))
        .join(PersonRole, PersonRole.person_id == Person.id)
        .where(PersonRole.role == "employee", Person.erased_at.is_(None), Person.active.is_(True))
        .group_by(Person.team_id))}
    gave = {(names.get(team), purpose): n for team, purpose, n in db.session.execute(
        select(Person.team_id, ConsentState.purpose, func.count(func.distinct(Person.id)))
        .join(Person, Person.id == ConsentState.person_id).join(PersonRole, PersonRole.person_id == Person.id)
        .where(ConsentState.given.is_(True), PersonRole.role == "employee", Person.erased_at.is_(None),
               Person.active.is_(True)).group_by(Person.team_id, ConsentState.purpose))}
    return population, gave


@settings(max_examples=int(__import__("os").environ.get("ATTACK_EXAMPLES", "8")), deadline=None,
          suppress_health_check=list(HealthCheck), phases=(Phase.explicit, Phase.reuse, Phase.generate))
@given(sizes=st.lists(st.integers(1, 3 * K), min_size=2, max_size=4), seed=st.integers(0, 2**32))
def test_no_hidden_consent_count_can_be_solved_for(consent_attack_setup, sizes, seed):
    from sqlalchemy import delete, update

    from advocacy.auth.models import Person
    from advocacy.consent.models import AggregateRelease
    from advocacy.consent.purposes import PURPOSES
    from advocacy.extensions import db

    client, headers, make_team, make_member = consent_attack_setup
    rng = random.Random(seed)
    db.session.execute(update(Person).where(Person.team_id.is_not(None)).values(active=False))
    teams = []
    for size in sizes:
        team = make_team(f"Consent {seed}-{len(teams)}")
        teams.append(team.name)
        bias = rng.random()
        for _ in range(size):
            chosen = tuple(p for p in PICKABLE if rng.random() < bias)
            make_member(purposes=("program", *chosen) if rng.random() < 0.9 else (), team=team)
    population, gave = _truth()
    knowledge = Knowledge()
    db.session.execute(delete(AggregateRelease))  # each organisation is released afresh
    with next_week():  # the statistics are the state at the end of the last complete week
        body = client.get("/api/v1/consents/aggregates", headers=headers).get_json()
        html = client.get("/consent/aggregates").get_data(as_text=True)
    for row in body["rows"]:
        for purpose, cell in row["cells"].items():
            if cell["given"] is not None:
                knowledge.add([(row["team"], purpose)], cell["given"])
    for purpose, cell in body["total"].items():
        if cell["given"] is not None:
            knowledge.add([(team, purpose) for team in population], cell["given"])
    shown_pairs = re.findall(r"<td>(\d+) / (\d+)</td>", html)
    api_pairs = [(c["given"], c["population"]) for r in body["rows"] for c in r["cells"].values()
                 if c["given"] is not None] + [(c["given"], c["population"]) for c in body["total"].values()
                                               if c["given"] is not None]
    assert sorted((int(a), int(b)) for a, b in shown_pairs) == sorted(api_pairs)  # the page shows no more
    leaks = []
    for team in population:
        for purpose in PURPOSES:
            yes, size = gave.get((team, purpose), 0), population[team]
            if size >= K and yes >= K and size - yes >= K:
                continue
            value = knowledge.solve([(team, purpose)])
            if value is not None:
                assert value == yes, "the attacker's model is wrong"
                leaks.append(f"{team} / {purpose}: {yes} of {size}")
    assert not leaks, leaks
