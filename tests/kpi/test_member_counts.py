"""Rates over "the members" divide by a member count published per week, moved only by k or more."""
from __future__ import annotations

from datetime import timedelta

import pytest

from advocacy.kpi.rollup import next_published, rollup_day
from advocacy.kpi.sources import local_date


@pytest.mark.parametrize(("previous", "true", "k", "published"), [
    (None, 7, 5, 7),    # nothing published yet: the true count
    (10, 9, 5, 10),     # one leaver: the published count stays
    (10, 14, 5, 10),    # four joiners, fewer than k
    (10, 15, 5, 15),    # k joiners: it moves, by k
    (10, 5, 5, 5),      # k leavers
    (3, 6, 5, 6),       # a count under k was never shown: the next one is the true count
])
def test_next_published_moves_only_by_k_or_more(previous, true, k, published):
    assert next_published(previous, true, k) == published


def _participation(client, headers):
    body = client.get("/api/v1/kpis?kpi=participation_rate", headers=headers).get_json()
    return body["kpis"][0]["total"]["value"], body["members"]


def test_one_joiner_moves_neither_the_rate_nor_the_count_until_k_have(client, kpi_org, make_person, make_member,
                                                                       api_headers):
    from advocacy.core.timeutil import clock

    org = kpi_org()  # k = 5; 14 members (6, 6 and 2), 8 of whom shared today
    today = local_date(org["now"])
    rollup_day(today)
    headers = api_headers(make_person(roles=("hr",)))
    alpha = org["teams"]["Alpha"]
    rate, members = _participation(client, headers)
    monday = today - timedelta(days=today.weekday())
    assert rate == 57.1
    assert members == {"count": 14, "week": monday.isoformat(), "as_of": today.isoformat(), "moves_by_at_least": 5}

    make_member(team=alpha, purposes=("program",))  # one joiner, watched
    rollup_day(today)
    assert _participation(client, headers) == (rate, members)

    for _ in range(3):  # four joiners in all: still fewer than k
        make_member(team=alpha, purposes=("program",))
    later = org["now"] + timedelta(days=7)
    with clock(later):
        rollup_day(local_date(later))
        assert _participation(client, headers)[1]["count"] == 14
        make_member(team=alpha, purposes=("program",))  # the fifth
    with clock(later + timedelta(days=7)):
        rollup_day(local_date(later + timedelta(days=7)))
        assert _participation(client, headers)[1]["count"] == 19


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Les taux par membre sont calculés sur 14 membres : ceux de la semaine du"),
    ("en", "Rates per member divide by 14 members: the members of the week of"),
])
def test_pages_and_csv_say_which_weeks_count_the_rates_divide_by(client, kpi_org, make_person, login, language,
                                                                  text):
    org = kpi_org()
    rollup_day(local_date(org["now"]))
    login(client, make_person(roles=("staff_rep",), language=language))
    page = client.get("/kpi/program").get_data(as_text=True)
    assert text in page
    export = client.get("/kpi/export.csv?view=program").get_data(as_text=True)
    header, first = export.lstrip("\ufeff").splitlines()[:2]
    assert header.endswith(",members,members_week") and ",14," in first


def test_a_hidden_teams_member_count_is_hidden_and_so_is_its_complement(client, kpi_org, make_person, api_headers):
    org = kpi_org()  # Gamma (2) is under k: its count, and the smaller of Alpha and Beta, are hidden
    rollup_day(local_date(org["now"]))
    headers = api_headers(make_person(roles=("hr",)))
    counts = {name: client.get(f"/api/v1/kpis?kpi=shares&team={team.id}", headers=headers).get_json()["members"]["count"]
              for name, team in org["teams"].items()}
    assert counts["Gamma"] is None and sorted(counts.values(), key=str) == [6, None, None]


def test_a_leaver_decays_through_the_pyramid_like_someone_who_stopped(kpi_org, db_session):
    from sqlalchemy import select

    from advocacy.auth.leavers import mark_left
    from advocacy.core.timeutil import clock
    from advocacy.kpi.models import GroupDay

    org = kpi_org()  # 14 members; 8 shared today: contributors
    rollup_day(local_date(org["now"]))
    mark_left(org["members"]["Alpha"][0], source="test")  # one of those who shared leaves
    later = org["now"] + timedelta(days=7)
    with clock(later):
        rollup_day(local_date(later))
    rows = dict(db_session.execute(select(GroupDay.metric, GroupDay.num).where(
        GroupDay.day == local_date(later), GroupDay.team_id == 0, GroupDay.metric.like("engagement_pyramid%"))).all())
    # still a contributor within the 30-day window, as anyone who stopped sharing would be; the rest
    # of the published 14 is passive, and no "joined" or "left" move tells who went
    assert rows["engagement_pyramid.contributors"] == 8 and rows["engagement_pyramid.passive"] == 6
    assert not [m for m in rows if ".new." in m or m.endswith(".left")]
