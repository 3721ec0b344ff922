"""Notifications of new kits: in-app and e-mail, never in quiet hours, never beyond the cap,
only with the ``notifications`` purpose. The clock is frozen; e-mail goes to a loopback SMTP sink."""
import dataclasses
from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from advocacy.campaigns import notify
from advocacy.campaigns.models import MAIL_CANCELLED, MAIL_QUEUED, MAIL_SENT, Notification, OutboxMail
from advocacy.extensions import db
from tests.campaigns.smtp_sink import SmtpSink

UTC = timezone.utc


def notes(person):
    return db.session.scalars(select(Notification).where(Notification.person_id == person.id)).all()


def mails(person):
    return db.session.scalars(select(OutboxMail).where(OutboxMail.person_id == person.id)).all()


@pytest.fixture
def subscriber(member):
    return lambda **kw: member(purposes=("program", "notifications"), **kw)


def test_new_kit_notifies_in_app_and_by_mail_once(app, frozen, subscriber, member, make_live_kit):
    person, silent = subscriber(), member()
    kit = make_live_kit(title="Nouveau service")
    stats = notify.dispatch()
    assert stats["notified"] == 1 and stats["no_consent"] == 1
    [note] = notes(person)
    assert note.kit_id == kit.id and "Nouveau service" in note.title
    [mail] = mails(person)
    assert mail.status == MAIL_QUEUED and mail.to_address == person.email
    assert "http://localhost/feed" in mail.body
    assert notes(silent) == [] and mails(silent) == []
    assert notify.dispatch()["notified"] == 0  # idempotent
    assert len(notes(person)) == 1


def test_nothing_in_quiet_hours_then_sent_when_they_end(app, frozen, subscriber, make_live_kit):
    frozen(datetime(2026, 11, 24, 19, 30, tzinfo=UTC))  # Tuesday 20:30 in Paris
    person = subscriber()
    make_live_kit()
    assert notify.dispatch()["quiet"] == 1
    assert notes(person) == [] and mails(person) == []
    frozen(datetime(2026, 11, 25, 6, 59, tzinfo=UTC))  # Wednesday 07:59 in Paris: still quiet
    assert notify.dispatch()["notified"] == 0
    frozen(datetime(2026, 11, 25, 7, 0, tzinfo=UTC))  # 08:00 in Paris
    assert notify.dispatch()["notified"] == 1
    assert len(notes(person)) == 1


def test_nothing_at_the_weekend(app, frozen, subscriber, make_live_kit):
    frozen(datetime(2026, 11, 28, 10, 0, tzinfo=UTC))  # Saturday
    person = subscriber()
    make_live_kit()
    assert notify.dispatch()["quiet"] == 1 and notes(person) == []


def test_quiet_hours_follow_the_person_time_zone(app, frozen, subscriber, make_live_kit):
    frozen(datetime(2026, 11, 24, 9, 0, tzinfo=UTC))  # 10:00 in Paris, 04:00 in Montreal
    montreal, paris = subscriber(timezone="America/Montreal"), subscriber()
    make_live_kit()
    notify.dispatch()
    assert notes(montreal) == [] and len(notes(paris)) == 1


def test_never_beyond_the_weekly_cap(app, frozen, make_charter_in_force, subscriber, make_live_kit):
    make_charter_in_force(max_solicitations_per_week=2)
    person = subscriber()
    for n in range(3):
        make_live_kit(title=f"Kit {n}")
    stats = notify.dispatch()
    assert stats["notified"] == 2 and stats["capped"] == 1
    frozen(datetime(2026, 11, 26, 9, 0, tzinfo=UTC))  # two days later: same 7-day window
    assert notify.dispatch()["notified"] == 0
    assert len(notes(person)) == 2 and len(mails(person)) == 2
    frozen(datetime(2026, 12, 1, 9, 30, tzinfo=UTC))  # a week after the first two
    assert notify.dispatch()["notified"] == 1
    assert len(notes(person)) == 3


def smtp_settings(app, sink):
    return dataclasses.replace(app.config["SETTINGS"], smtp_host="127.0.0.1", smtp_port=sink.port,
                               smtp_starttls=False, smtp_from="porte-voix@example.test")


def test_outbox_sends_through_smtp_outside_quiet_hours_only(app, frozen, subscriber, make_live_kit, monkeypatch):
    person = subscriber(email="jeanne@example.test")
    make_live_kit(title="Kit du mardi")
    notify.dispatch()
    with SmtpSink() as sink:
        monkeypatch.setitem(app.config, "SETTINGS", smtp_settings(app, sink))
        frozen(datetime(2026, 11, 24, 21, 0, tzinfo=UTC))  # 22:00 in Paris: the mail waits
        assert notify.send_outbox()["deferred"] == 1
        assert sink.messages == []
        frozen(datetime(2026, 11, 25, 8, 0, tzinfo=UTC))
        assert notify.send_outbox()["sent"] == 1
        assert notify.send_outbox()["sent"] == 0  # never twice
    [received] = sink.messages
    assert received["to"] == ["jeanne@example.test"]
    assert received["message"]["Subject"].startswith("Nouveau kit") or "Kit du mardi" in received["message"]["Subject"]
    assert "Kit du mardi" in received["message"]["Subject"]
    [mail] = mails(person)
    assert mail.status == MAIL_SENT and mail.sent_at is not None


def test_outbox_cancels_mail_after_consent_withdrawal(app, frozen, subscriber, make_live_kit, monkeypatch):
    from advocacy.consent.services import withdraw

    person = subscriber()
    make_live_kit()
    notify.dispatch()
    withdraw(person, "notifications", method="web")
    with SmtpSink() as sink:
        monkeypatch.setitem(app.config, "SETTINGS", smtp_settings(app, sink))
        assert notify.send_outbox()["cancelled"] == 1
    assert sink.messages == []
    assert mails(person)[0].status == MAIL_CANCELLED


def test_without_smtp_host_mail_stays_in_the_outbox(app, frozen, subscriber, make_live_kit, monkeypatch):
    person = subscriber()
    make_live_kit()
    notify.dispatch()
    monkeypatch.setitem(app.config, "SETTINGS", dataclasses.replace(app.config["SETTINGS"], smtp_host=None))
    assert notify.send_outbox() == {"sent": 0, "deferred": 0, "cancelled": 0, "failed": 0}
    assert mails(person)[0].status == MAIL_QUEUED


def test_smtp_failure_is_retried_later(app, frozen, subscriber, make_live_kit, monkeypatch):
    from tests.campaigns.smtp_sink import port_is_closed

    person = subscriber()
    make_live_kit()
    notify.dispatch()
    with SmtpSink() as sink:
        port = sink.port
    assert port_is_closed(port)
    monkeypatch.setitem(app.config, "SETTINGS", dataclasses.replace(
        app.config["SETTINGS"], smtp_host="127.0.0.1", smtp_port=port, smtp_starttls=False))
    assert notify.send_outbox()["failed"] == 1
    [mail] = mails(person)
    assert mail.status == MAIL_QUEUED and mail.attempts == 1 and "Error" in mail.last_error


def test_in_app_notifications_page_and_mark_read(app, frozen, subscriber, make_live_kit, browser):
    person = subscriber()
    make_live_kit(title="Kit <b>gras</b>")
    notify.dispatch()
    page = browser(person).get("/notifications").get_data(as_text=True)
    assert "Kit &lt;b&gt;gras&lt;/b&gt;" in page
    assert browser(person).post("/notifications").status_code == 302
    assert notify.unread(person) == []


def test_outbox_sends_each_mail_once_over_one_connection(app, frozen, subscriber, make_live_kit, monkeypatch):
    people = [subscriber(email=f"abonne{n}@example.test") for n in range(3)]
    make_live_kit()
    notify.dispatch()
    with SmtpSink() as sink:
        monkeypatch.setitem(app.config, "SETTINGS", smtp_settings(app, sink))
        assert notify.send_outbox(batch=2)["sent"] == 2
        assert notify.send_outbox()["sent"] == 1
        assert notify.send_outbox()["sent"] == 0
    assert sorted(m["to"][0] for m in sink.messages) == sorted(p.email for p in people)
