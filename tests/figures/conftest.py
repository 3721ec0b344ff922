"""Fixtures of the attacker tests: a charter whose annex sets k, an HR reader, fresh scopes."""
from __future__ import annotations

import itertools

import pytest


@pytest.fixture
def kpi_attack_setup(app, client, make_charter_in_force, make_person, make_team, make_campaign, login,
                     api_headers):
    from advocacy.core.timeutil import utcnow
    from advocacy.kpi.sources import local_date
    from tests.figures.test_kpi_differencing import K

    make_charter_in_force(kpi_annex={"kpis": ["shares", "clicks"], "min_group_size": K, "granularity": "team"})
    hr = make_person(roles=("hr",))
    login(client, hr)
    counter = itertools.count()

    def make_scope(n_teams):
        n = next(counter)
        teams = [make_team(f"Attack {n}-{i}") for i in range(n_teams)]
        campaigns = [make_campaign(teams=teams) for _ in range(2)]
        return [t.id for t in teams], [c.id for c in campaigns]

    return client, api_headers(hr), make_scope, local_date(utcnow())


@pytest.fixture
def consent_attack_setup(app, client, make_charter_in_force, make_person, make_team, make_member, login, api_headers):
    from tests.figures.test_consent_differencing import K

    make_charter_in_force(kpi_annex={"min_group_size": K})
    rep = make_person(roles=("staff_rep",))
    login(client, rep)
    return client, api_headers(rep), make_team, make_member


@pytest.fixture
def compliance_attack_setup(app, client, make_charter_in_force, make_person, make_share, make_live_kit, login):
    from tests.figures.test_compliance_differencing import K

    make_charter_in_force(kpi_annex={"min_group_size": K})
    login(client, make_person(roles=("compliance",)))
    return client, make_person, make_share, make_live_kit()


@pytest.fixture
def kpi_member_attack_setup(app, client, make_charter_in_force, make_person, make_team, make_member, make_share,
                            make_live_kit, make_campaign, login, api_headers):
    from advocacy.kpi.sources import org_zone
    from tests.figures.test_kpi_membership_differencing import K, KPIS

    make_charter_in_force(kpi_annex={"kpis": list(KPIS), "min_group_size": K, "granularity": "team"})
    hr = make_person(roles=("hr",))
    login(client, hr)
    return (client, api_headers(hr), make_team, make_member, make_share, make_live_kit, make_campaign,
            org_zone())
