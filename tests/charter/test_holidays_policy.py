"""The policy's public holidays (``quiet_hours.holidays``), company quiet days and review period."""
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from advocacy.charter.policy import PolicyError, default_policy_dict, holidays_between, parse_policy

PARIS = ZoneInfo("Europe/Paris")


def policy(**quiet):
    return parse_policy(default_policy_dict(quiet_hours=quiet))


def test_holiday_is_quiet_all_day_in_the_person_zone():
    quiet = policy(holidays="FR").quiet_hours
    assert quiet.covers(datetime(2026, 7, 14, 11, 0, tzinfo=PARIS))
    assert not quiet.covers(datetime(2026, 7, 15, 11, 0, tzinfo=PARIS))
    assert not policy().quiet_hours.covers(datetime(2026, 7, 14, 11, 0, tzinfo=PARIS))


def test_moselle_has_its_own_holidays():
    good_friday = datetime(2026, 4, 3, 11, 0, tzinfo=PARIS)
    assert policy(holidays="FR-57").quiet_hours.covers(good_friday)
    assert not policy(holidays="FR").quiet_hours.covers(good_friday)


def test_codes_are_normalised_and_wrong_ones_named():
    assert policy(holidays="fr-57").quiet_hours.holidays == "FR-57"
    for wrong in ("France", "ZZ", "FR-99", 33):
        with pytest.raises(PolicyError) as caught:
            policy(holidays=wrong)
        assert caught.value.field == "quiet_hours.holidays"


def test_quiet_days_are_dates_sorted_once():
    quiet = policy(quiet_days=["2026-05-15", "2026-05-15", "2026-01-02"]).quiet_hours
    assert quiet.quiet_days == (date(2026, 1, 2), date(2026, 5, 15))
    assert quiet.covers(datetime(2026, 1, 2, 10, 0, tzinfo=PARIS))
    with pytest.raises(PolicyError) as caught:
        policy(quiet_days=["15/05/2026"])
    assert caught.value.field == "quiet_hours.quiet_days"


def test_older_policies_keep_their_canonical_form():
    stored = default_policy_dict()
    assert parse_policy(stored).to_dict() == stored  # no holidays, quiet days nor review_days added
    assert parse_policy(stored).review_days == 15
    with_keys = default_policy_dict(quiet_hours={"holidays": "FR", "quiet_days": ["2026-05-15"]}, review_days=30)
    assert parse_policy(with_keys).to_dict() == with_keys


def test_review_days_bounds():
    with pytest.raises(PolicyError) as caught:
        parse_policy(default_policy_dict(review_days=-1))
    assert caught.value.field == "review_days"


def test_holiday_names_follow_the_language():
    assert holidays_between("FR", date(2026, 12, 24), date(2026, 12, 26), "fr") == [(date(2026, 12, 25), "Noël")]
    assert holidays_between("FR", date(2026, 12, 24), date(2026, 12, 26), "en") == [
        (date(2026, 12, 25), "Christmas Day")]


def test_policy_page_lists_the_coming_days_off(client, login, make_charter_in_force, make_person):
    from datetime import timezone

    from advocacy.core.timeutil import freeze

    freeze(datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc))
    try:
        make_charter_in_force(quiet_hours={"holidays": "FR", "quiet_days": ["2026-12-24"]})
        login(client, make_person(language="fr"))
        page = client.get("/charter/").get_data(as_text=True)
    finally:
        freeze(None)
    assert "jours fériés (FR) compris" in page
    assert 'id="days-off"' in page and "Noël" in page and "Jour calme de l&#39;entreprise" in page
    assert page.index("24 décembre 2026") < page.index("25 décembre 2026")
