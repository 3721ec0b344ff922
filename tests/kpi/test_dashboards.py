"""Dashboards render with SVG charts and accessible tables; CSV export is formula-safe."""
from __future__ import annotations

import csv
import io

from advocacy.kpi.rollup import rollup_day
from advocacy.kpi.sources import local_date


def _setup(kpi_org, **policy):
    org = kpi_org(**policy)
    rollup_day(local_date(org["now"]))
    return org


def test_staff_rep_dashboard_renders_program_health_with_charts(client, kpi_org, make_person, login):
    _setup(kpi_org)
    rep = make_person(roles=("staff_rep",))
    login(client, rep)
    response = client.get("/kpi/program")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert page.count("<svg") >= 5 and 'role="img"' in page
    assert "<table" in page and "<caption>" in page
    for kpi_name in ("Taux de participation", "Partages en heures de repos", "Score de confiance"):
        assert kpi_name in page
    # the charts need no script: the only one is the layout's progressive enhancement file
    assert "<script" not in page.replace('<script src="/static/js/app.js" defer></script>', "")


def test_marketer_dashboard_renders_campaign_figures_and_estimates_apart(client, kpi_org, make_person, login):
    org = _setup(kpi_org)
    marketer = make_person(roles=("marketer",))
    login(client, marketer)
    response = client.get(f"/kpi/campaigns?campaign={org['campaign'].id}")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert page.count("<svg") >= 3
    measured, estimated = page.split("Estimations, tenues à part des chiffres mesurés")
    assert "Partages" in measured and "Valeur média acquise" in estimated and "CPM" in estimated
    assert "Portée potentielle" in estimated and "Portée potentielle" not in measured
    # a marketer has no access to program health
    assert client.get("/kpi/program").status_code == 403


def test_bad_period_re_renders_with_inline_message(client, kpi_org, make_person, login):
    _setup(kpi_org)
    login(client, make_person(roles=("hr",)))
    page = client.get("/kpi/program?from=2020-13-01&to=nope").get_data(as_text=True)
    assert 'aria-invalid="true"' in page and "AAAA-MM-JJ" in page or "YYYY-MM-DD" in page


def test_only_annex_kpis_are_shown(client, kpi_org, make_person, login):
    _setup(kpi_org, kpi_annex={"kpis": ["participation_rate"]})
    login(client, make_person(roles=("hr",)))
    page = client.get("/kpi/program").get_data(as_text=True)
    assert "Taux de participation" in page and "Score de confiance" not in page


def test_csv_export_neutralises_formulas(client, kpi_org, make_person, login, make_team):
    org = _setup(kpi_org)
    login(client, make_person(roles=("hr",)))
    response = client.get(f"/kpi/export.csv?view=program&team={org['teams']['Alpha'].id}")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert rows[0][:3] == ["kpi", "name", "unit"] and len(rows) > 10
    # the cells themselves: tests/security/test_csv_injection.py


def test_employee_sees_own_figures_and_median_only_when_opted_in(client, kpi_org, login):
    org = _setup(kpi_org)
    person = org["members"]["Alpha"][0]
    login(client, person)
    page = client.get("/kpi/me").get_data(as_text=True)
    assert "Médiane de l'équipe" not in page and "Partages" in page
    client.post("/kpi/me", data={"compare": "1"})
    page = client.get("/kpi/me").get_data(as_text=True)
    assert "Médiane de l'équipe" in page
    small = org["members"]["Gamma"][0]
    client.post("/logout")
    login(client, small)
    client.post("/kpi/me", data={"compare": "1"})
    page = client.get("/kpi/me").get_data(as_text=True)
    assert "aucune médiane" in page.lower() or "no median" in page.lower()


def test_marketer_inputs_save_conversions_and_costs_and_refuse_an_unknown_campaign(client, make_campaign,
                                                                                    make_person, login):
    from advocacy.extensions import db
    from advocacy.kpi.models import Conversion, ProgramCost

    campaign = make_campaign()
    marketer = make_person(roles=("marketer",))
    login(client, marketer)
    saved = client.post("/kpi/inputs", data={"which": "conversion", "conv-day": "2026-01-05",
                                              "conv-campaign": str(campaign.id), "conv-conversions": "3",
                                              "conv-unit_value": "12.50", "conv-note": "CRM"})
    assert saved.status_code == 302
    cost = client.post("/kpi/inputs", data={"which": "cost", "cost-day": "2026-01-05", "cost-campaign": "",
                                            "cost-amount": "99", "cost-label": "Licences"})
    assert cost.status_code == 302
    refused = client.post("/kpi/inputs", data={"which": "cost", "cost-day": "2026-01-05",
                                               "cost-campaign": "999999", "cost-amount": "5", "cost-label": "X"})
    assert refused.status_code == 422
    rows = db.session.query(Conversion).all()
    assert [(r.conversions, r.campaign_id, r.note) for r in rows] == [(3, campaign.id, "CRM")]
    assert [(c.label, c.campaign_id) for c in db.session.query(ProgramCost).all()] == [("Licences", None)]
