"""The KPI dashboards send as many SQL statements for a larger organisation as for a small one."""
from advocacy.extensions import db
from advocacy.kpi.rollup import rollup_day
from advocacy.kpi.sources import local_date


def _count(count_queries, client, url):
    client.get(url)
    with count_queries() as statements:
        response = client.get(url)
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    return len(statements)


def test_dashboards_queries_do_not_grow_with_people_teams_and_campaigns(
        kpi_org, make_person, make_member, make_team, make_campaign, make_live_kit, make_share, client, login,
        count_queries):
    org = kpi_org()
    day = local_date(org["now"])
    rollup_day(day)
    db.session.commit()
    login(client, make_person(roles=("hr", "marketer")))
    pages = ("/kpi/program", "/kpi/campaigns", f"/kpi/campaigns?campaign={org['campaign'].id}")
    few = {url: _count(count_queries, client, url) for url in pages}

    for name in ("Delta", "Epsilon"):
        team = make_team(name)
        members = [make_member(team=team, purposes=("program", "link_clicks")) for _ in range(6)]
        kit = make_live_kit(campaign=make_campaign(teams=[team]), networks=("mastodon",))
        for person in members[:4]:
            make_share(person=person, kit=kit, authenticity=0.4)
    rollup_day(day)
    db.session.commit()
    many = {url: _count(count_queries, client, url) for url in pages}
    assert min(few.values()) > 0 and many == few, f"statements per page, small organisation {few}, larger {many}"
