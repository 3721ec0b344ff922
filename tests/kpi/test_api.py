"""GET /api/v1/kpis: exactly the annex's KPIs, suppression, 403/422 answers."""
from __future__ import annotations

from datetime import timedelta

from advocacy.kpi.rollup import rollup_day
from advocacy.kpi.sources import local_date


def _rolled(kpi_org, **policy):
    org = kpi_org(**policy)
    rollup_day(local_date(org["now"]))
    return org


def test_hr_gets_exactly_the_annex_kpis(client, kpi_org, make_person, api_headers):
    annex = ["shares", "clicks", "participation_rate", "trust_score"]
    org = _rolled(kpi_org, kpi_annex={"kpis": annex})
    hr = make_person(roles=("hr",))
    response = client.get("/api/v1/kpis", headers=api_headers(hr))
    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    assert sorted(k["id"] for k in body["kpis"]) == sorted(annex)
    assert body["annex"] == {"version": org["charter"].number, "min_group_size": 5, "granularity": "team"}
    shares = next(k for k in body["kpis"] if k["id"] == "shares")
    assert shares["kind"] == "measured" and shares["unit"] == "count"
    assert shares["total"] == {"value": 8, "suppressed": False}  # 3 + 3 + 2 (Gamma has 2)
    assert len(shares["series"]) == 30 and shares["series"][-1]["value"] == 8
    participation = next(k for k in body["kpis"] if k["id"] == "participation_rate")
    assert participation["total"]["value"] == round(8 / 14 * 100, 1)  # 8 of 14 members acted


def test_a_small_team_is_suppressed_and_so_is_its_complement(client, kpi_org, make_person, api_headers):
    org = _rolled(kpi_org)
    hr = make_person(roles=("hr",))
    headers = api_headers(hr)
    gamma = org["teams"]["Gamma"].id
    body = client.get(f"/api/v1/kpis?team={gamma}&kpi=shares", headers=headers).get_json()
    total = body["kpis"][0]["total"]
    assert total["suppressed"] is True and total["value"] is None and total["reason"] == "min_group_size"
    assert all(p["value"] is None for p in body["kpis"][0]["series"])
    assert body["kpis"][0]["series"][-1]["suppressed"] is True  # the week with figures
    assert body["period"]["unit"] == "week"  # the scope touches a hidden figure: whole weeks only
    # organisation minus Alpha minus Beta would give Gamma: one of them must be hidden too
    shown = []
    for name in ("Alpha", "Beta"):
        team_body = client.get(f"/api/v1/kpis?team={org['teams'][name].id}&kpi=shares", headers=headers).get_json()
        shown.append(not team_body["kpis"][0]["total"]["suppressed"])
    assert shown.count(True) == 1
    hidden_reason = [client.get(f"/api/v1/kpis?team={org['teams'][n].id}&kpi=shares", headers=headers)
                     .get_json()["kpis"][0]["total"].get("reason") for n in ("Alpha", "Beta")]
    assert "complementary" in hidden_reason


def test_kpi_outside_the_annex_is_403_naming_it_and_unknown_is_422(client, kpi_org, make_person, api_headers):
    org = _rolled(kpi_org, kpi_annex={"kpis": ["shares"]})
    headers = api_headers(make_person(roles=("staff_rep",)))
    response = client.get("/api/v1/kpis?kpi=clicks", headers=headers)
    assert response.status_code == 403
    error = response.get_json()["error"]
    # in the staff representative's language (French here)
    assert error["code"] == "not_in_annex" and f"version {org['charter'].number} de la charte" in error["message"]
    assert error["annex"]["kpis"] == ["shares"]
    response = client.get("/api/v1/kpis?kpi=likes_per_minute", headers=headers)
    assert response.status_code == 422 and response.get_json()["error"]["field"] == "kpi"


def test_bad_periods_and_unknown_scopes_are_422(client, kpi_org, make_person, api_headers):
    org = _rolled(kpi_org, retention_days=90)
    headers = api_headers(make_person(roles=("hr",)))
    today = local_date(org["now"])
    cases = {
        f"from={today}&to={today - timedelta(days=3)}": "from",
        f"from={today - timedelta(days=200)}&to={today}": "from",
        "team=999999": "team",
        "team=99999999999999": "team",
        "campaign=-1": "campaign",
        "campaign=999999": "campaign",
        "from=yesterday": "from",
    }
    for query, field in cases.items():
        response = client.get(f"/api/v1/kpis?{query}", headers=headers)
        assert response.status_code == 422, (query, response.get_json())
        assert response.get_json()["error"]["field"] == field, query


def test_organisation_granularity_refuses_team_breakdowns(client, kpi_org, make_person, api_headers):
    org = _rolled(kpi_org, kpi_annex={"granularity": "organisation"})
    headers = api_headers(make_person(roles=("hr",)))
    response = client.get(f"/api/v1/kpis?team={org['teams']['Alpha'].id}", headers=headers)
    assert response.status_code == 403 and "annex" in response.get_json()["error"]["message"]


def test_employees_cannot_read_group_kpis(client, kpi_org, make_person, api_headers):
    _rolled(kpi_org)
    response = client.get("/api/v1/kpis", headers=api_headers(make_person(roles=("employee",))))
    assert response.status_code == 403


def test_without_a_charter_in_force_nothing_is_computed(client, make_person, api_headers):
    headers = api_headers(make_person(roles=("hr",)))
    body = client.get("/api/v1/kpis", headers=headers).get_json()
    assert body["kpis"] == [] and body["annex"] is None
    response = client.get("/api/v1/kpis?kpi=shares", headers=headers)
    assert response.status_code == 403 and response.get_json()["error"]["code"] == "no_annex"


def test_marketer_reads_one_campaign(client, kpi_org, make_person, api_headers, make_campaign):
    org = _rolled(kpi_org)
    headers = api_headers(make_person(roles=("marketer",)))
    body = client.get(f"/api/v1/kpis?campaign={org['campaign'].id}&kpi=shares&kpi=participation_rate",
                      headers=headers).get_json()
    figures = {k["id"]: k for k in body["kpis"]}
    assert figures["shares"]["total"]["value"] == 8 and body["campaign"] == org["campaign"].id
    # participation is not broken down by campaign: marked, not computed
    assert figures["participation_rate"]["total"] == {"value": None, "suppressed": True, "reason": "granularity"}
    other = make_campaign()
    body = client.get(f"/api/v1/kpis?campaign={other.id}&kpi=shares", headers=headers).get_json()
    assert body["kpis"][0]["total"]["value"] == 0
    assert [k["id"] for k in client.get("/api/v1/kpis?kpi=potential_reach", headers=headers).get_json()["kpis"]] \
        == ["potential_reach"]


def test_a_scope_with_a_hidden_figure_is_answered_on_whole_weeks_only(client, kpi_org, make_person, api_headers):
    from advocacy.core.disclosure_control import snap_to_weeks

    org = _rolled(kpi_org)
    headers = api_headers(make_person(roles=("hr",)))
    alpha = org["teams"]["Alpha"].id
    today = local_date(org["now"])
    start = today - timedelta(days=9)
    if start.weekday() == 0:
        start -= timedelta(days=1)
    response = client.get(f"/api/v1/kpis?team={alpha}&kpi=shares&from={start}&to={today}", headers=headers)
    assert response.status_code == 422, response.get_json()
    error = response.get_json()["error"]
    first, last = snap_to_weeks(start, today, today)
    assert error["code"] == "reporting_period" and error["allowed"] == {"from": first.isoformat(),
                                                                          "to": last.isoformat()}
    assert "Monday" in error["message"]
    body = client.get(f"/api/v1/kpis?team={alpha}&kpi=shares&from={first}&to={last}", headers=headers).get_json()
    assert body["period"] == {"from": first.isoformat(), "to": last.isoformat(), "unit": "week"}
    series = body["kpis"][0]["series"]
    assert [p["date"] for p in series] == [(first + timedelta(days=7 * i)).isoformat() for i in range(len(series))]
    # the organisation has no small day: any period, day by day
    body = client.get(f"/api/v1/kpis?kpi=shares&from={start}&to={today}", headers=headers).get_json()
    assert body["period"]["unit"] == "day" and len(body["kpis"][0]["series"]) == (today - start).days + 1
