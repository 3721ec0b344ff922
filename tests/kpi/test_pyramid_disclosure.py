"""The engagement pyramid: each level is a group of people; its percentage is shown from k people only."""
from __future__ import annotations

from sqlalchemy import insert

from advocacy.kpi.models import ALL, GroupDay
from advocacy.kpi.sources import local_date


def _levels(day, ambassadors, contributors, passive):
    size = ambassadors + contributors + passive
    return [{"day": day, "metric": metric, "team_id": ALL, "campaign_id": ALL, "num": float(n), "den": float(size),
             "people": size}
            for metric, n in (("engagement_pyramid", ambassadors), ("engagement_pyramid.contributors", contributors),
                              ("engagement_pyramid.passive", passive))]


def test_a_small_level_is_hidden_with_its_complement(client, make_charter_in_force, make_person, login, api_headers,
                                                     db_session):
    from advocacy.core.timeutil import utcnow

    make_charter_in_force(kpi_annex={"kpis": ["engagement_pyramid"], "min_group_size": 5})
    today = local_date(utcnow())
    db_session.execute(insert(GroupDay), _levels(today, ambassadors=6, contributors=7, passive=3))
    staff_rep = make_person(roles=("staff_rep", "employee"))
    login(client, staff_rep)
    html = client.get("/kpi/program").get_data(as_text=True)
    # 3 passive members of 16 (18,8 %) are hidden; so are the ambassadors (37,5 %), else 100 % minus
    # the two shown levels would give the passive ones back; the contributors (43,8 %) are shown
    assert "43,8" in html
    assert "18,8" not in html and "37,5" not in html and "81,3" not in html
    body = client.get("/api/v1/kpis?kpi=engagement_pyramid", headers=api_headers(staff_rep)).get_json()
    today_point = body["kpis"][0]["series"][-1]
    assert today_point["suppressed"] is True and today_point["reason"] == "complementary"


def test_the_issue_case_nine_people_three_passive(client, make_charter_in_force, make_person, login, db_session):
    from advocacy.core.timeutil import utcnow

    make_charter_in_force(kpi_annex={"kpis": ["engagement_pyramid"], "min_group_size": 6})
    today = local_date(utcnow())
    db_session.execute(insert(GroupDay), _levels(today, ambassadors=2, contributors=4, passive=3))
    login(client, make_person(roles=("hr",)))
    html = client.get("/kpi/program").get_data(as_text=True)
    assert "33,3" not in html and "44,4" not in html and "22,2" not in html


def test_moves_do_not_give_back_a_hidden_level(client, make_charter_in_force, make_person, login, db_session):
    from advocacy.core.timeutil import utcnow

    make_charter_in_force(kpi_annex={"kpis": ["engagement_pyramid"], "min_group_size": 5})
    today = local_date(utcnow())
    rows = _levels(today, ambassadors=6, contributors=7, passive=3)
    # everyone joined in the last 30 days: the "passive before" row's cells sum to each level
    for level, n in (("ambassadors", 6), ("contributors", 7), ("passive", 3)):
        rows.append({"day": today, "metric": f"engagement_pyramid.move.passive.{level}", "team_id": ALL,
                     "campaign_id": ALL, "num": float(n), "den": None, "people": n})
    db_session.execute(insert(GroupDay), rows)
    login(client, make_person(roles=("hr",)))
    from advocacy.kpi import dashboard
    from advocacy.kpi.report import build_request

    with client.application.test_request_context():
        moves = dashboard.pyramid_moves(build_request(start=None, end=None))
    assert moves["cells"][("passive", "contributors")] == 7
    assert moves["cells"][("passive", "ambassadors")] is None and moves["cells"][("passive", "passive")] is None
