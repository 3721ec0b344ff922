"""Personal data export/erasure, marketer inputs in the estimates, the rollup CLI, the catalogue."""
from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from sqlalchemy import func, select

from advocacy.kpi import inputs, services
from advocacy.charter.kpi_catalogue import KPIS, effective_granularity
from advocacy.kpi.models import PersonDay
from advocacy.kpi.report import build_request, kpi_series
from advocacy.kpi.rollup import rollup_day
from advocacy.kpi.sources import local_date


def test_catalogue_entries_are_complete():
    for kpi in KPIS.values():
        assert kpi.name_fr and kpi.name_en and kpi.definition_fr and kpi.definition_en and kpi.formula
        assert kpi.kind in ("measured", "estimated") and kpi.unit and kpi.inputs
    assert KPIS["potential_reach"].kind == "estimated" and KPIS["measured_reach"].kind == "measured"
    assert KPIS["earned_media_value"].kind == "estimated" and "CPM" in KPIS["earned_media_value"].formula
    assert effective_granularity(KPIS["trust_score"], "team") == "organisation"
    assert effective_granularity(KPIS["shares"], "organisation") == "organisation"


def test_export_and_erase_a_persons_kpi_data(kpi_org, db_session):
    org = kpi_org()
    rollup_day(local_date(org["now"]))
    person = org["members"]["Alpha"][0]
    services.set_compare_with_team(person, True)
    exported = services.export_person_data(person)
    assert exported["daily_figures"][0]["shares"] == 1 and exported["compare_with_team_median"] is True
    from advocacy.kpi.models import ActiveSet

    assert any(person.id in row.person_ids for row in db_session.scalars(select(ActiveSet)))
    services.erase_person_data(person)
    assert not any(person.id in row.person_ids for row in db_session.scalars(select(ActiveSet)))
    assert db_session.scalar(select(func.count()).select_from(PersonDay).where(PersonDay.person_id == person.id)) == 0
    assert services.compares_with_team(person) is False


def test_roi_and_emv_use_marketers_inputs(kpi_org, make_person, db_session):
    from advocacy.kpi.models import GroupDay

    org = kpi_org()
    day = local_date(org["now"])
    rollup_day(day)
    marketer = make_person(roles=("marketer",))
    inputs.add_conversion(marketer, day=day, conversions=3, unit_value=Decimal(100), campaign_id=org["campaign"].id)
    inputs.add_cost(marketer, day=day, amount=Decimal(200), label="Formation")
    req = build_request(start=day, end=day)
    assert kpi_series(req, "roi").total.value == 50.0  # (300 - 200) / 200
    inputs.set_emv_rates(marketer, cpm=Decimal(10), cpc=Decimal(2), cpe=Decimal(1))
    db_session.execute(GroupDay.__table__.update().where(GroupDay.metric == "earned_media_value")
                       .values(num=2000))
    req = build_request(start=day, end=day)
    clicks = db_session.scalar(select(GroupDay.num).where(GroupDay.metric == "earned_media_value.clicks",
                                                          GroupDay.team_id == 0, GroupDay.campaign_id == 0))
    assert kpi_series(req, "earned_media_value").total.value == 2000 / 1000 * 10 + clicks * 2


def test_rollup_cli_recomputes_a_range(kpi_org, app):
    org = kpi_org()
    today = local_date(org["now"])
    runner = app.test_cli_runner()
    result = runner.invoke(args=["kpi", "rollup", "--from", (today - timedelta(days=1)).isoformat(),
                                 "--to", today.isoformat()])
    assert result.exit_code == 0, result.output
    assert result.output.count("group rows") == 2
    bad = runner.invoke(args=["kpi", "rollup", "--from", today.isoformat(), "--to", "2000-01-01"])
    assert bad.exit_code != 0


def test_withdrawing_link_clicks_blanks_the_persons_own_click_figures(kpi_org, db_session):
    from advocacy.consent.services import withdraw

    org = kpi_org()
    rollup_day(local_date(org["now"]))
    person = org["members"]["Alpha"][0]
    row = db_session.scalars(select(PersonDay).where(PersonDay.person_id == person.id)).one()
    assert row.clicks is not None
    withdraw(person, "link_clicks")
    db_session.expire_all()
    row = db_session.scalars(select(PersonDay).where(PersonDay.person_id == person.id)).one()
    assert row.clicks is None and row.shares == 1
