"""Participation requires accepting the version in force: no kit otherwise (campaigns' feed)."""
from datetime import timedelta

import pytest

from advocacy.charter import services
from advocacy.core.timeutil import freeze, utcnow


@pytest.fixture
def sharing():
    return pytest.importorskip("advocacy.campaigns.sharing")


def test_employee_who_has_not_accepted_sees_no_kit(sharing, make_member, make_person, make_live_kit, make_team,
                                                    client, login, app):
    from advocacy.consent.services import ConsentError, give

    team = make_team("Équipe test")
    member = make_member(team=team)
    kit = make_live_kit()
    assert [k.id for k, _ in sharing.feed(member)] == [kit.id]

    newcomer = make_person(team=team)
    with pytest.raises(ConsentError), app.test_request_context():  # cannot join before accepting the charter
        give(newcomer, "program", method="web")
    assert sharing.feed(newcomer) == []
    login(client, newcomer)
    page = client.get("/feed").get_data(as_text=True)
    assert kit.title not in page

    services.accept(newcomer)
    with app.test_request_context():
        give(newcomer, "program", method="web")
    assert [k.id for k, _ in sharing.feed(newcomer)] == [kit.id]


def test_new_version_in_force_pauses_participation_until_accepted(sharing, make_member, make_live_kit,
                                                                  make_charter_in_force, make_team):
    team = make_team("Équipe test")
    member = make_member(team=team)
    kit = make_live_kit()
    assert sharing.feed(member)
    now = utcnow()
    freeze(now + timedelta(minutes=1))
    try:
        make_charter_in_force(max_solicitations_per_week=2)
        assert sharing.feed(member) == []
        services.accept(member)
        assert [k.id for k, _ in sharing.feed(member)] == [kit.id]
    finally:
        freeze(None)


def test_acceptance_required_guard_redirects_until_accepted(app, make_charter_in_force, make_person):
    from advocacy.auth.sessions import log_in
    from advocacy.charter.guards import acceptance_required

    make_charter_in_force()
    person = make_person()
    view = acceptance_required(lambda: "kits")
    with app.test_request_context("/feed?x=1"):
        log_in(person)
        response = view()
        assert response.status_code == 302
        assert response.headers["Location"].startswith("/charter/?next=")
        services.accept(person)
        assert view() == "kits"
