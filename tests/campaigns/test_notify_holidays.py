"""Public holidays and company quiet days hold notifications (charter ``quiet_hours.holidays`` /
``quiet_days``), with the clock frozen as in ``test_notify``."""
import dataclasses
from datetime import datetime, timezone

from sqlalchemy import select

from advocacy.campaigns import notify
from advocacy.campaigns.models import MAIL_SENT, Notification, OutboxMail
from advocacy.extensions import db
from tests.campaigns.smtp_sink import SmtpSink

UTC = timezone.utc
CHRISTMAS_10H_PARIS = datetime(2026, 12, 25, 9, 0, tzinfo=UTC)  # a Friday
NEXT_MONDAY_8H_PARIS = datetime(2026, 12, 28, 7, 0, tzinfo=UTC)


def notes(person):
    return db.session.scalars(select(Notification).where(Notification.person_id == person.id)).all()


def test_demo_charter_names_french_public_holidays():
    from advocacy.charter import demo_text
    from advocacy.charter.policy import parse_policy

    assert parse_policy(demo_text.POLICY).quiet_hours.holidays == "FR"


def test_notification_due_on_christmas_is_held_until_the_next_allowed_time(
        app, frozen, make_charter_in_force, member, make_live_kit):
    frozen(CHRISTMAS_10H_PARIS)
    make_charter_in_force(quiet_hours={"holidays": "FR"})
    person = member(purposes=("program", "notifications"))
    make_live_kit()
    assert notify.dispatch()["quiet"] == 1
    assert notes(person) == []
    frozen(datetime(2026, 12, 26, 9, 0, tzinfo=UTC))  # Saturday: weekend
    assert notify.dispatch()["notified"] == 0
    frozen(NEXT_MONDAY_8H_PARIS)
    assert notify.dispatch()["notified"] == 1
    assert len(notes(person)) == 1


def test_without_holidays_in_the_policy_christmas_is_an_ordinary_day(
        app, frozen, make_charter_in_force, member, make_live_kit):
    frozen(CHRISTMAS_10H_PARIS)
    make_charter_in_force()
    person = member(purposes=("program", "notifications"))
    make_live_kit()
    assert notify.dispatch()["notified"] == 1 and len(notes(person)) == 1


def test_moselle_holds_saint_stephen_the_rest_of_france_does_not(
        app, frozen, make_charter_in_force, member, make_live_kit):
    frozen(datetime(2025, 12, 26, 9, 0, tzinfo=UTC))  # Friday 26 December 2025, 10:00 in Paris
    make_charter_in_force(quiet_hours={"holidays": "FR-57"})
    person = member(purposes=("program", "notifications"))
    make_live_kit()
    assert notify.dispatch()["quiet"] == 1 and notes(person) == []


def test_company_quiet_day_holds_notifications(app, frozen, make_charter_in_force, member, make_live_kit):
    frozen(datetime(2026, 5, 15, 9, 0, tzinfo=UTC))  # the Friday bridge after Ascension
    make_charter_in_force(quiet_hours={"holidays": "FR", "quiet_days": ["2026-05-15"]})
    person = member(purposes=("program", "notifications"))
    make_live_kit()
    assert notify.dispatch()["quiet"] == 1 and notes(person) == []


def test_queued_mail_waits_through_the_holiday(app, frozen, make_charter_in_force, member, make_live_kit,
                                               monkeypatch):
    frozen(datetime(2026, 12, 24, 9, 0, tzinfo=UTC))
    make_charter_in_force(quiet_hours={"holidays": "FR"})
    person = member(purposes=("program", "notifications"), email="noel@example.test")
    make_live_kit()
    assert notify.dispatch()["notified"] == 1
    with SmtpSink() as sink:
        monkeypatch.setitem(app.config, "SETTINGS", dataclasses.replace(
            app.config["SETTINGS"], smtp_host="127.0.0.1", smtp_port=sink.port, smtp_starttls=False))
        frozen(CHRISTMAS_10H_PARIS)
        assert notify.send_outbox()["deferred"] == 1 and sink.messages == []
        frozen(NEXT_MONDAY_8H_PARIS)
        assert notify.send_outbox()["sent"] == 1
    [mail] = db.session.scalars(select(OutboxMail).where(OutboxMail.person_id == person.id)).all()
    assert mail.status == MAIL_SENT
