"""Consents recorded under a replaced charter expire after the grace period unless the new one is accepted."""
from datetime import timedelta

from advocacy.consent import services
from advocacy.consent.expiry import GRACE_DAYS, expire_stale
from advocacy.core.timeutil import freeze, utcnow


def test_consents_expire_when_the_new_charter_is_not_accepted(make_charter_in_force, make_member):
    from advocacy.charter import services as charter

    start = utcnow()
    try:
        freeze(start - timedelta(days=60))
        make_charter_in_force()
        stays, goes = make_member(purposes=("program", "post_metrics")), make_member(purposes=("program",))
        freeze(start - timedelta(days=40))
        newer = make_charter_in_force()
        assert charter.version_in_force().id == newer.id
        charter.accept(stays)
        freeze(start - timedelta(days=40) + timedelta(days=GRACE_DAYS - 1))
        assert expire_stale() == 0  # still within the grace period
        freeze(start)
        assert expire_stale() == 1
        assert expire_stale() == 0  # idempotent
    finally:
        freeze(None)
    assert services.has_consent(stays, "post_metrics")
    assert not services.has_consent(goes, "program")
    last = services.events_of(goes)[-1]
    assert last.event == "expired" and last.method == "system" and "not accepted" in last.details["reason"]
    assert services.verify()[1] is None
