"""Web Push: a device subscribes from the Notifications page; notifications go to a loopback push
service built from RFC 8030 / 8291 / 8292 (``tests/fixtures/push_service.py``), which checks the
VAPID token and decrypts each message as the browser would. Held in quiet hours and holidays,
dropped without consent, a 404/410 deletes the subscription; the clock is frozen."""
from datetime import datetime, timezone

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import select

from advocacy.campaigns import notify, push
from advocacy.campaigns.models import (PUSH_FAILED, PUSH_QUEUED, PUSH_SENT, Notification, PushDelivery,
                                       PushSubscription)
from advocacy.core import crypto
from advocacy.extensions import db
from tests.fixtures.push_service import PushService

UTC = timezone.utc


@pytest.fixture(scope="session")
def _push_service():
    service = PushService().start()
    yield service
    service.close()


@pytest.fixture
def push_service(_push_service, app, monkeypatch):
    """The fake push service, its host named in the app's outbound allow-list."""
    monkeypatch.setitem(app.config, "OUTBOUND_ALLOW", _push_service.hostport)
    before = len(_push_service.received), len(_push_service.refused)
    _push_service.script.clear()
    yield _push_service
    del _push_service.received[before[0]:]
    del _push_service.refused[before[1]:]
    _push_service.script.clear()


@pytest.fixture
def subscriber(member):
    return lambda **kw: member(purposes=("program", "notifications"), **kw)


@pytest.fixture
def device(app, browser, push_service):
    """``device(person)`` → the subscription a browser sent from the Notifications page."""

    def subscribe(person, key=None):
        page = browser(person)
        sub = push_service.subscribe(key or app.config["SETTINGS"].vapid_public_key)
        answer = page.post("/notifications/push", json=sub, headers={"User-Agent": "Mozilla/5.0 (Android 15) "
                                                                            "Firefox/140.0"})
        assert answer.status_code == 201, answer.get_data(as_text=True)
        return sub

    return subscribe


def deliveries(person):
    return db.session.scalars(select(PushDelivery).where(PushDelivery.person_id == person.id)).all()


def note_for(person, title="Votre publication est en ligne", url="/me/posts", kind="share_published"):
    note = Notification(person_id=person.id, kind=kind, title=title, body="Ses chiffres arrivent.", url=url)
    db.session.add(note)
    push.queue(note)
    return note


def test_a_new_kit_reaches_the_device_encrypted_and_signed(app, frozen, subscriber, device, push_service,
                                                           make_live_kit):
    person = subscriber()
    device(person)
    [row] = push.subscriptions_of(person)
    assert row.label == "Firefox · Android"
    make_live_kit(title="Portes ouvertes")
    assert notify.dispatch()["notified"] == 1
    [delivery] = deliveries(person)
    assert delivery.status == PUSH_QUEUED
    assert push.send_due()["sent"] == 1
    [message] = push_service.received
    assert message["data"]["title"] == "Nouveau kit : Portes ouvertes" and message["data"]["url"] == "/feed"
    assert message["ttl"] == push.TTL and message["urgency"] == "normal"
    assert push_service.refused == []
    db.session.refresh(delivery)
    assert delivery.status == PUSH_SENT and row.last_sent_at is not None
    assert push.send_due()["sent"] == 0  # sent once


def test_held_in_quiet_hours_and_on_holidays_then_sent(app, frozen, make_charter_in_force, subscriber, device,
                                                       push_service):
    make_charter_in_force(quiet_hours={"start": "19:00", "end": "08:00", "weekends": True, "holidays": "FR"})
    person = subscriber()
    device(person)
    frozen(datetime(2026, 12, 24, 19, 30, tzinfo=UTC))  # Thursday 20:30 in Paris
    note_for(person)
    assert push.send_due() == {"sent": 0, "held": 1, "cancelled": 0, "gone": 0, "retry": 0, "failed": 0}
    frozen(datetime(2026, 12, 25, 9, 0, tzinfo=UTC))  # Friday 25 December, 10:00: a public holiday
    assert push.send_due()["held"] == 1 and push_service.received == []
    frozen(datetime(2026, 12, 28, 6, 59, tzinfo=UTC))  # Monday 07:59 in Paris (after the weekend)
    assert push.send_due()["held"] == 1 and push_service.received == []
    frozen(datetime(2026, 12, 28, 7, 0, tzinfo=UTC))  # Monday 08:00 in Paris
    assert push.send_due()["sent"] == 1 and len(push_service.received) == 1


def test_without_consent_nothing_is_sent_and_withdrawing_forgets_the_devices(app, frozen, subscriber, member,
                                                                             device, push_service, browser):
    from advocacy.consent.services import withdraw

    silent = member()
    answer = browser(silent).post("/notifications/push", json=push_service.subscribe("x"))
    assert answer.status_code == 422 and answer.get_json()["error"]["code"] == "no_consent"
    person = subscriber()
    device(person)
    note_for(person)
    withdraw(person, "notifications")
    assert push.subscriptions_of(person) == [] and deliveries(person) == []
    assert push.send_due()["sent"] == 0 and push_service.received == []


def test_gone_subscription_is_deleted(app, frozen, subscriber, device, push_service):
    person = subscriber()
    sub = device(person)
    push_service.gone(sub["endpoint"])
    note_for(person)
    assert push.send_due()["gone"] == 1
    assert push.subscriptions_of(person) == [] and deliveries(person) == []


def test_rate_limited_then_retried_later(app, frozen, subscriber, device, push_service):
    person = subscriber()
    device(person)
    note_for(person)
    push_service.script.append(429)
    assert push.send_due()["retry"] == 1
    [delivery] = deliveries(person)
    assert delivery.status == PUSH_QUEUED and delivery.last_error == "http_429"
    assert push.send_due()["sent"] == 0  # Retry-After: 120 s
    frozen(datetime(2026, 11, 24, 9, 3, tzinfo=UTC))
    assert push.send_due()["sent"] == 1


def test_a_token_signed_with_another_key_is_refused(app, frozen, subscriber, device, push_service):
    """The fake really checks VAPID: a subscription made for another application server key fails."""
    from advocacy.core.settings import generate_vapid_private_key, vapid_public_key

    person = subscriber()
    device(person, key=vapid_public_key(generate_vapid_private_key()))
    note_for(person)
    assert push.send_due()["failed"] == 1
    assert push_service.refused == ["403:key"]
    assert deliveries(person)[0].status == PUSH_FAILED


def test_vapid_token_is_what_rfc_8292_asks(app):
    from tests.fixtures.push_service import check_vapid

    with app.app_context():
        headers = push.vapid_headers("https://push.example.net/send/abc")
        key = app.config["SETTINGS"].vapid_public_key
        assert check_vapid(headers["Authorization"], "https://push.example.net", key) is None
        assert check_vapid(headers["Authorization"], "https://other.example.net", key) == "401:aud"
        forged = headers["Authorization"].replace("t=", "t=x", 1)
        assert check_vapid(forged, "https://push.example.net", key).startswith("401")


@pytest.mark.parametrize("endpoint", ["https://10.0.0.8/push/abc", "http://127.0.0.1:9/push/abc",
                                      "https://169.254.169.254/latest", "file:///etc/passwd", "https://localhost/x"])
def test_private_or_odd_endpoints_are_refused(app, subscriber, browser, endpoint):
    person = subscriber()
    sub = {"endpoint": endpoint, "keys": {"p256dh": "B" + "A" * 86, "auth": "A" * 22}}
    answer = browser(person).post("/notifications/push", json=sub)
    assert answer.status_code == 422 and answer.get_json()["error"]["field"] == "endpoint"
    assert push.subscriptions_of(person) == []


def test_malformed_subscription_is_a_clear_422(app, subscriber, browser, push_service):
    page = browser(subscriber())
    for body in (None, [], {"endpoint": push_service.subscribe("x")["endpoint"], "keys": {"p256dh": "short"}}):
        answer = page.post("/notifications/push", json=body)
        assert answer.status_code == 422
        assert set(answer.get_json()["error"]) >= {"code", "message", "field"}


def test_page_offers_the_control_and_devices_can_be_removed(app, subscriber, device, browser, push_service):
    person = subscriber(language="fr")
    device(person)
    page = browser(person)
    html = page.get("/notifications").get_data(as_text=True)
    assert 'id="push-on"' in html and app.config["SETTINGS"].vapid_public_key in html
    assert "js/push.js" in html and "Firefox · Android" in html
    assert "Activer les notifications sur cet appareil" in html
    [row] = push.subscriptions_of(person)
    answer = page.post("/notifications/push/remove", data={"device": row.id})
    assert answer.status_code == 302 and push.subscriptions_of(person) == []
    english = browser(subscriber(language="en")).get("/notifications").get_data(as_text=True)
    assert "Turn on notifications on this device" in english


def test_the_script_turns_a_device_off_by_its_endpoint(app, subscriber, device, browser):
    person = subscriber()
    sub = device(person)
    answer = browser(person).post("/notifications/push/remove", json={"endpoint": sub["endpoint"]})
    assert answer.get_json() == {"removed": 1} and push.subscriptions_of(person) == []


def test_export_erasure_and_leaving(app, subscriber, device):
    from advocacy.auth.leavers import mark_left
    from advocacy.campaigns.services import erase_person_data, export_person_data

    person = subscriber()
    sub = device(person)
    exported = export_person_data(person)["push_devices"]
    assert [d["endpoint"] for d in exported] == [sub["endpoint"]]
    erase_person_data(person)
    assert push.subscriptions_of(person) == []
    other = subscriber()
    device(other)
    mark_left(other, source="test")
    assert push.subscriptions_of(other) == []


def test_service_worker_shows_pushes(app):
    body = app.test_client().get("/sw.js").get_data(as_text=True)
    assert 'addEventListener("push"' in body and "showNotification" in body and "notificationclick" in body


def test_one_endpoint_one_person(app, subscriber, browser, push_service):
    first, second = subscriber(), subscriber()
    sub = push_service.subscribe(app.config["SETTINGS"].vapid_public_key)
    assert browser(first).post("/notifications/push", json=sub).status_code == 201
    assert browser(second).post("/notifications/push", json=sub).status_code == 201
    assert push.subscriptions_of(first) == [] and len(push.subscriptions_of(second)) == 1
    assert db.session.scalar(select(PushSubscription.id).where(
        PushSubscription.endpoint_hash == crypto.lookup_hash(sub["endpoint"])))


def test_endpoint_and_keys_are_stored_encrypted(app, subscriber, device):
    person = subscriber()
    sub = device(person)
    [row] = push.subscriptions_of(person)
    stored = db.session.execute(select(PushSubscription.endpoint_encrypted, PushSubscription.p256dh_encrypted,
                                       PushSubscription.auth_encrypted, PushSubscription.endpoint_hash)
                                .where(PushSubscription.id == row.id)).one()
    clear = (sub["endpoint"], sub["keys"]["p256dh"].rstrip("="), sub["keys"]["auth"].rstrip("="))
    assert not any(value in " ".join(stored) for value in clear)
    assert (row.endpoint, row.p256dh, row.auth) == clear
    assert [crypto.decrypt(value) for value in stored[:3]] == list(clear)


def test_keys_rotate_re_encrypts_the_devices_and_their_lookup(app, runner, frozen, subscriber, device, browser,
                                                              push_service, monkeypatch):
    person = subscriber()
    sub = device(person)
    [row] = push.subscriptions_of(person)
    before = row.endpoint_encrypted, row.endpoint_hash
    db.session.commit()
    new = Fernet.generate_key().decode()
    monkeypatch.setitem(app.config, "ENCRYPTION_KEYS", (new, *app.config["ENCRYPTION_KEYS"]))
    # Before the rotation, the endpoint is still found by its hash under the older key.
    again = browser(person).post("/notifications/push", json=sub)
    assert again.status_code == 201 and len(push.subscriptions_of(person)) == 1
    assert runner.invoke(args=["keys", "rotate"]).exit_code == 0
    monkeypatch.setitem(app.config, "ENCRYPTION_KEYS", (new,))  # the old key is gone
    db.session.refresh(row)
    assert (row.endpoint_encrypted, row.endpoint_hash) != before and row.endpoint == sub["endpoint"]
    note_for(person)
    assert push.send_due()["sent"] == 1 and push_service.refused == []
    answer = browser(person).post("/notifications/push/remove", json={"endpoint": sub["endpoint"]})
    assert answer.get_json() == {"removed": 1}


def test_a_device_no_key_opens_is_forgotten_not_retried(app, frozen, subscriber, device, push_service, monkeypatch):
    person = subscriber()
    device(person)
    note_for(person)
    monkeypatch.setitem(app.config, "ENCRYPTION_KEYS", (Fernet.generate_key().decode(),))
    assert push.send_due()["gone"] == 1 and push_service.received == []
    assert push.subscriptions_of(person) == []
