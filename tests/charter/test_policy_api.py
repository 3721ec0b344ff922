"""The policy API the other domains call: version/policy in force, quiet hours, solicitations, acceptance."""
from datetime import datetime, timedelta, timezone

import pytest

from advocacy.charter import services
from advocacy.charter.policy import KpiAnnex, Policy, catalogue_kpi_ids
from advocacy.core.timeutil import freeze

PARIS_WEDNESDAY_NOON = datetime(2026, 11, 18, 11, 0, tzinfo=timezone.utc)  # 12:00 in Paris


@pytest.fixture
def frozen():
    freeze(PARIS_WEDNESDAY_NOON)
    yield PARIS_WEDNESDAY_NOON
    freeze(None)


def test_nothing_in_force_means_no_policy_and_no_solicitation(app, make_person, frozen):
    person = make_person()
    assert services.version_in_force() is None
    assert services.policy_in_force() is None
    assert services.kpi_annex() is None
    assert services.has_accepted_current(person) is False
    assert services.may_solicit(person, frozen) is False


def test_fixture_defaults(make_charter_in_force, frozen):
    version = make_charter_in_force()
    assert services.version_in_force().id == version.id
    policy = services.policy_in_force()
    assert isinstance(policy, Policy)
    assert policy.quiet_hours.to_dict() == {"start": "19:00", "end": "08:00", "weekends": True}
    assert policy.max_solicitations_per_week == 3
    assert policy.rewards is False
    assert policy.retention_days == 365
    assert policy.quorum == {"hr": 1, "staff_rep": 2}
    annex = services.kpi_annex()
    assert isinstance(annex, KpiAnnex)
    assert set(annex.kpis) == set(catalogue_kpi_ids()) and annex.kpis
    assert (annex.granularity, annex.min_group_size) == ("team", 5)
    assert len(version.live_signatures) == 3


def test_overrides_are_merged(make_charter_in_force, frozen):
    make_charter_in_force(kpi_annex={"min_group_size": 8}, rewards=True, quorum={"hr": 2, "staff_rep": 3})
    policy = services.policy_in_force()
    assert policy.kpi_annex.min_group_size == 8 and policy.kpi_annex.granularity == "team"
    assert policy.rewards is True
    assert policy.quorum == {"hr": 2, "staff_rep": 3}


@pytest.mark.parametrize(("local", "quiet"), [
    ("2026-11-18T12:00", False),  # Wednesday noon
    ("2026-11-18T18:59", False),
    ("2026-11-18T19:00", True),   # quiet from 19:00
    ("2026-11-18T23:30", True),
    ("2026-11-19T03:00", True),   # across midnight
    ("2026-11-19T07:59", True),
    ("2026-11-19T08:00", False),  # until 08:00
    ("2026-11-21T12:00", True),   # Saturday
    ("2026-11-22T10:00", True),   # Sunday
])
def test_quiet_hours_across_midnight_in_the_persons_zone(make_charter_in_force, make_person, frozen, local, quiet):
    from zoneinfo import ZoneInfo

    make_charter_in_force()
    paris = make_person(timezone="Europe/Paris")
    when = datetime.fromisoformat(local).replace(tzinfo=ZoneInfo("Europe/Paris"))
    assert services.is_quiet_time(paris, when) is quiet


def test_time_zone_is_the_persons(make_charter_in_force, make_person, frozen):
    make_charter_in_force()
    montreal = make_person(timezone="America/Montreal")
    paris = make_person(timezone="Europe/Paris")
    when = datetime(2026, 11, 18, 19, 30, tzinfo=timezone.utc)  # 20:30 Paris, 14:30 Montreal
    assert services.is_quiet_time(paris, when) is True
    assert services.is_quiet_time(montreal, when) is False


def test_daytime_window_without_weekends(make_charter_in_force, make_person, frozen):
    make_charter_in_force(quiet_hours={"start": "12:00", "end": "14:00", "weekends": False})
    person = make_person(timezone="UTC")
    assert services.is_quiet_time(person, datetime(2026, 11, 18, 13, 0, tzinfo=timezone.utc))
    assert not services.is_quiet_time(person, datetime(2026, 11, 18, 14, 0, tzinfo=timezone.utc))
    assert not services.is_quiet_time(person, datetime(2026, 11, 21, 10, 0, tzinfo=timezone.utc))


def test_may_solicit_counts_a_rolling_week(make_charter_in_force, make_person, frozen):
    monday = datetime(2026, 11, 16, 9, 0, tzinfo=timezone.utc)
    freeze(monday - timedelta(days=1))
    make_charter_in_force(max_solicitations_per_week=2)
    person = make_person(timezone="Europe/Paris")
    other = make_person(timezone="Europe/Paris")
    assert services.may_solicit(person, monday)
    services.record_solicitation(person, monday, "kit")
    services.record_solicitation(person, monday + timedelta(days=1), "reminder")
    assert not services.may_solicit(person, monday + timedelta(days=2))
    assert services.may_solicit(other, monday + timedelta(days=2))  # per person
    assert services.solicitations_in_week(person, monday + timedelta(days=2)) == 2
    # seven days after the first one it drops out of the window
    assert services.may_solicit(person, monday + timedelta(days=7, minutes=1))
    # never during quiet hours, whatever the count
    assert not services.may_solicit(other, datetime(2026, 11, 18, 20, 0, tzinfo=timezone.utc))


def test_zero_solicitations_means_never(make_charter_in_force, make_person, frozen):
    make_charter_in_force(max_solicitations_per_week=0)
    assert not services.may_solicit(make_person(), frozen)


def test_acceptance_pauses_participation_when_a_new_version_comes_into_force(
        make_charter_in_force, make_person, frozen):
    from advocacy.core.models import AuditEntry
    from advocacy.extensions import db

    first = make_charter_in_force()
    employee = make_person()
    assert not services.has_accepted_current(employee)
    services.accept(employee)
    services.accept(employee)  # idempotent
    assert services.has_accepted_current(employee)
    entry = db.session.query(AuditEntry).filter_by(action="charter.accepted", actor_id=employee.id).one()
    assert entry.object_id == str(first.id)

    freeze(frozen + timedelta(days=30))
    second = make_charter_in_force(max_solicitations_per_week=2)
    assert services.version_in_force().id == second.id
    assert services.version_state(first) == "superseded" and services.version_state(second) == "in_force"
    assert not services.has_accepted_current(employee)  # paused until they accept the new one
    services.accept(employee, second)
    assert services.has_accepted_current(employee)


def test_scheduled_version_comes_into_force_at_its_date(make_charter_in_force, make_person, frozen):
    first = make_charter_in_force()
    later = frozen + timedelta(days=10)
    second = make_charter_in_force(effective_from=later, retention_days=90)
    assert services.version_in_force().id == first.id
    assert services.version_state(second) == "scheduled"
    assert services.version_in_force(later).id == second.id
    assert services.policy_in_force(later).retention_days == 90
    assert services.policy_in_force(later - timedelta(seconds=1)).retention_days == 365


def test_accept_without_charter_is_refused(app, make_person, frozen):
    with pytest.raises(services.CharterError):
        services.accept(make_person())


def test_personal_data_export_and_erasure(make_charter_in_force, make_person, frozen):
    make_charter_in_force()
    person = make_person()
    services.accept(person)
    services.record_solicitation(person, frozen, "kit")
    data = services.export_person_data(person)
    import json

    json.dumps(data)
    assert len(data["acceptances"]) == 1 and data["solicitations"][0]["kind"] == "kit"
    services.erase_person_data(person)
    assert services.export_person_data(person)["solicitations"] == []
    assert not services.has_accepted_current(person)
