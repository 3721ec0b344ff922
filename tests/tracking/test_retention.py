"""Retention purge, reconcile, GDPR export and erasure."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from advocacy.core.timeutil import freeze, utcnow
from advocacy.tracking.models import Click, ClickSalt, MetricSnapshot, PollSchedule, TrackedLink
from advocacy.tracking.polling import run_due
from advocacy.tracking.retention import purge_expired, reconcile, retention_days

BROWSER = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 Safari/605.1.15"


def _count(session, model):
    return session.scalar(select(func.count()).select_from(model))


def test_purge_follows_the_charters_retention(db_session, tracked_share, client, make_charter_in_force):
    make_charter_in_force(retention_days=30)
    assert retention_days() == 30
    share = tracked_share("mastodon", likes=3)
    run_due()
    code = db_session.scalar(select(TrackedLink.code).where(TrackedLink.share_id == share.id))
    client.get(f"/l/{code}", headers={"User-Agent": BROWSER})
    assert _count(db_session, MetricSnapshot) == 1 and _count(db_session, Click) == 1
    assert purge_expired()["snapshots"] == 0
    db_session.add(ClickSalt(day=(utcnow() - timedelta(days=2)).date(), salt="0" * 64))
    db_session.flush()
    try:
        freeze(utcnow() + timedelta(days=31))
        done = purge_expired()
    finally:
        freeze(None)
    assert done["snapshots"] == 1 and done["clicks"] == 1 and done["salts"] >= 1  # old salts never survive
    assert _count(db_session, MetricSnapshot) == 0 and _count(db_session, Click) == 0
    assert _count(db_session, ClickSalt) == 0


def test_purge_job_records_an_audit_entry(db_session, tracked_share):
    from advocacy.core.models import AuditEntry
    from advocacy.tracking.tasks import purge_expired as job

    tracked_share("mastodon")
    run_due()
    try:
        freeze(utcnow() + timedelta(days=400))
        result = job()
    finally:
        freeze(None)
    assert result["snapshots"] == 1
    assert db_session.scalar(select(AuditEntry).where(AuditEntry.action == "tracking.retention_purge")) is not None


def test_reconcile_rebuilds_missing_schedules_and_consent_mirrors(db_session, make_member, make_share, fake_providers,
                                                                  app, monkeypatch):
    fake_providers.configure(app, monkeypatch)
    person = make_member(purposes=("program", "post_metrics", "link_clicks"))
    share = make_share(person=person, network="mastodon", url=fake_providers.add_status(likes=1))
    assert db_session.scalar(select(PollSchedule).where(PollSchedule.share_id == share.id)) is None
    link = db_session.scalar(select(TrackedLink).where(TrackedLink.share_id == share.id))
    link.count_clicks = False  # as if a consent signal had been missed
    db_session.flush()
    result = reconcile()
    assert result["scheduled"] == 1 and result["links_fixed"] == 1
    assert link.count_clicks is True
    assert run_due().ok == 1


def test_export_and_erase(db_session, tracked_share, client):
    from advocacy.auth.models import Person
    from advocacy.tracking.services import erase_person_data, export_person_data

    share = tracked_share("mastodon", likes=6)
    run_due()
    code = db_session.scalar(select(TrackedLink.code).where(TrackedLink.share_id == share.id))
    client.get(f"/l/{code}", headers={"User-Agent": BROWSER})
    person = db_session.get(Person, share.person_id)
    data = export_person_data(person)
    assert data["metric_snapshots"][0]["likes"] == 6
    assert data["tracked_links"][0]["clicks"] == 1
    assert data["polls"][0]["post_url"] == share.url
    import json

    json.dumps(data)  # serialisable
    erase_person_data(person)
    assert _count(db_session, MetricSnapshot) == 0 and _count(db_session, Click) == 0
    assert _count(db_session, PollSchedule) == 0
    link = db_session.scalar(select(TrackedLink).where(TrackedLink.share_id == share.id))
    assert link.person_id is None and link.count_clicks is False
    assert client.get(f"/l/{code}", headers={"User-Agent": BROWSER}).status_code == 302  # links keep working
    assert _count(db_session, Click) == 0


def test_consent_purge_entry_point_deletes_clicks(db_session, tracked_share, client):
    from advocacy.tracking.services import purge_person

    share = tracked_share("mastodon")
    code = db_session.scalar(select(TrackedLink.code).where(TrackedLink.share_id == share.id))
    client.get(f"/l/{code}", headers={"User-Agent": BROWSER})
    assert purge_person(share.person_id, ["link_clicks"])["clicks"] == 1
    assert _count(db_session, Click) == 0
