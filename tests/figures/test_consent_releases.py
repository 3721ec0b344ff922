"""Consent statistics are not live: read, watch one person act, read again — nothing moves.

The attack (issue 14, "live counts leak when one person acts"): a staff representative or HR reads
``/consent/aggregates``, asks someone to give (or withdraw) a consent, and reads again; the cell
that moved by one is that person's choice. The statistics are the state at the end of the last
complete week, frozen when first read, and a cell moves from one week to the next only once ``k``
people on one side changed it (``advocacy.consent.reports``).
"""
from __future__ import annotations

import re
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone

import pytest

K = 3


@contextmanager
def next_week(weeks: int = 1):
    """The clock ``weeks`` weeks ahead: what was done until now is in the last complete week."""
    from advocacy.core.timeutil import clock

    with clock(datetime.now(timezone.utc) + timedelta(days=7 * weeks)):
        yield


@pytest.fixture
def teams(app, client, make_charter_in_force, make_person, make_team, make_member, login, api_headers):
    """Teams of 11 and 10: 4 gave the leaderboard consent; a staff representative reads.

    (Équipe B is hidden with the charter signers who have no team: the smaller complement.)
    """
    make_charter_in_force(kpi_annex={"min_group_size": K})
    out = {}
    for name, size in (("Équipe A", 11), ("Équipe B", 10)):
        team = make_team(name)
        out[name] = [make_member(purposes=("program", "leaderboard") if i < 4 else ("program",), team=team)
                     for i in range(size)]
    rep = make_person(roles=("staff_rep",))
    login(client, rep)
    return out, api_headers(rep)


def _reads(client, headers) -> dict:
    """What a reader sees of the leaderboard column: page and API (they must agree)."""
    from advocacy.consent.purposes import PURPOSES

    html = client.get("/consent/aggregates").get_data(as_text=True)
    page = {}
    for team, cells in re.findall(r'<tr><th scope="row">([^<]+)</th>(.*?)</tr>', html, re.S):
        page[team.strip()] = [c for c in re.findall(r"<td>(.*?)</td>", cells, re.S)]
    body = client.get("/api/v1/consents/aggregates", headers=headers).get_json()
    column = PURPOSES.index("leaderboard")
    api = {row["team"]: row["cells"]["leaderboard"]["given"] for row in body["rows"]}
    api["total"] = body["total"]["leaderboard"]["given"]
    return {"page_a": page["Équipe A"][column], "page_total": page.get("Tout le monde", page.get("Everyone"))[column],
            "api": api, "as_of": body["as_of"]}


def _give(person, purpose="leaderboard"):
    from advocacy.consent.services import give
    from advocacy.extensions import db

    give(person, purpose, method="web")
    db.session.flush()


def test_one_persons_consent_does_not_move_the_statistics(client, teams):
    members, headers = teams
    with next_week():
        before = _reads(client, headers)
        assert before["api"]["Équipe A"] == 4 and before["page_a"] == "4 / 11"
        _give(members["Équipe A"][5])  # watched: one person gives the consent
        after = _reads(client, headers)
    assert after == before


def test_comparing_two_weeks_does_not_isolate_one_change(client, teams):
    members, headers = teams
    with next_week():
        first = _reads(client, headers)
        _give(members["Équipe A"][5])  # the only change of the week
    with next_week(2):
        second = _reads(client, headers)
    assert second["as_of"] > first["as_of"]
    assert second["api"] == first["api"]  # one change on each side is fewer than k: the release stays
    with next_week(2):
        for person in members["Équipe A"][6:8]:  # three people in all now gave it
            _give(person)
    with next_week(3):
        third = _reads(client, headers)
    assert third["api"]["Équipe A"] == 7 and third["page_a"] == "7 / 11"
    assert third["api"]["total"] == 11 and third["page_total"].startswith("11 / ")


def test_a_release_is_made_once_per_week(client, teams):
    from sqlalchemy import func, select

    from advocacy.consent.models import AggregateRelease
    from advocacy.extensions import db

    _members, headers = teams
    with next_week():
        _reads(client, headers)
        _reads(client, headers)
    assert db.session.scalar(select(func.count()).select_from(AggregateRelease)) == 1


def test_people_recorded_after_their_consents_still_count(client, teams):
    """The demo (and an import of an older ledger) records people after their first consents."""
    from advocacy.extensions import db

    members, headers = teams
    for person in members["Équipe A"]:
        person.created_at = datetime.now(timezone.utc) + timedelta(days=8)
    db.session.flush()
    with next_week():
        assert _reads(client, headers)["page_a"] == "4 / 11"
