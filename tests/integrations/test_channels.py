"""Slack and Microsoft Teams channels: the message a channel gets for an event (in its language,
linking back, naming nobody), held until the charter's next allowed moment."""
from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from advocacy.core.timeutil import freeze, utcnow
from advocacy.extensions import db
from advocacy.integrations import services, tasks
from advocacy.integrations.channels import next_allowed
from tests.integrations.helpers import approved_kit, deliveries, run

#: Tuesday 24 November 2026, 10:00 in Paris: a working moment under the default quiet hours (19:00–08:00).
TUESDAY = datetime(2026, 11, 24, 9, 0, tzinfo=timezone.utc)
#: Saturday 28 November 2026, 12:00 in Paris: a weekend, quiet all day.
SATURDAY = datetime(2026, 11, 28, 11, 0, tzinfo=timezone.utc)
#: Monday 30 November 2026, 08:00 in Paris.
MONDAY_8 = datetime(2026, 11, 30, 7, 0, tzinfo=timezone.utc)


@pytest.fixture
def clock():
    def set_clock(at):
        freeze(at)
        return at

    set_clock(TUESDAY)
    yield set_clock
    freeze(None)


@pytest.fixture
def charter(app, clock, make_charter_in_force):
    return make_charter_in_force(quiet_hours={"start": "19:00", "end": "08:00", "weekends": True, "holidays": "FR"})


def test_the_next_allowed_moment_follows_the_charter(charter):
    assert next_allowed(TUESDAY) == TUESDAY
    assert next_allowed(SATURDAY) == MONDAY_8
    evening = datetime(2026, 11, 24, 20, 30, tzinfo=timezone.utc)  # 21:30 in Paris
    assert next_allowed(evening) == datetime(2026, 11, 25, 7, 0, tzinfo=timezone.utc)
    christmas_eve = datetime(2026, 12, 24, 19, 0, tzinfo=timezone.utc)  # Thursday 20:00; Friday 25 is a holiday
    assert next_allowed(christmas_eve) == datetime(2026, 12, 28, 7, 0, tzinfo=timezone.utc)


def test_without_a_charter_nothing_is_held(app, clock):
    assert next_allowed(SATURDAY) == SATURDAY


def test_a_slack_channel_gets_a_message_for_an_approved_kit(charter, admin, slack, make_live_kit, make_person):
    channel = services.create_channel(admin, kind="slack", url=slack.url, events=["kit.approved"], language="en")
    kit, compliance = approved_kit(make_live_kit, make_person)
    [pending] = deliveries(channel_id=channel.id)
    assert not pending.held
    assert run(pending) == "succeeded"
    [request] = slack.requests
    message = json.loads(request["body"])
    assert message["text"].startswith(f"Kit approved: {kit.title}")
    assert [b["type"] for b in message["blocks"]] == ["header", "section", "actions"]
    assert message["blocks"][2]["elements"][0]["url"] == f"http://localhost/kits/{kit.id}"
    assert "webhook-signature" not in {k.lower() for k in request["headers"]}
    raw = request["body"].decode()
    for person in (compliance,):
        assert person.display_name not in raw and person.email not in raw


def test_a_message_on_a_weekend_waits_for_monday_morning(charter, clock, admin, slack, make_live_kit, make_person):
    channel = services.create_channel(admin, kind="slack", url=slack.url, events=["kit.approved"], language="fr")
    clock(SATURDAY)
    approved_kit(make_live_kit, make_person)
    [pending] = deliveries(channel_id=channel.id)
    assert pending.held and pending.next_attempt_at == MONDAY_8
    db.session.commit()
    assert tasks.sweep.__wrapped__() == 0  # not due: nothing is queued
    assert slack.requests == []
    clock(MONDAY_8)
    assert run(pending) == "succeeded"
    assert json.loads(slack.requests[0]["body"])["text"].startswith("Kit approuvé")


def test_a_teams_channel_gets_an_adaptive_card(charter, admin, teams, make_live_kit, make_person):
    channel = services.create_channel(admin, kind="teams", url=teams.url, events=["kit.approved", "kit.live"],
                                      language="fr")
    kit, _compliance = approved_kit(make_live_kit, make_person)
    rows = deliveries(channel_id=channel.id)
    assert sorted(d.event_type for d in rows) == ["kit.approved", "kit.live"]
    for row in rows:
        assert run(row) == "succeeded"
    assert len(teams.requests) == 2
    cards = [json.loads(r["body"])["attachments"][0]["content"] for r in teams.requests]
    titles = {card["body"][0]["text"] for card in cards}
    assert titles == {f"Kit approuvé : {kit.title}", f"Nouveau kit à partager : {kit.title}"}
    assert all(card["actions"][0]["url"] == f"http://localhost/kits/{kit.id}" for card in cards)


def test_a_channel_refusing_the_message_is_retried(charter, admin, teams, monkeypatch):
    channel = services.create_channel(admin, kind="teams", url=teams.url, events=["kit.approved"])
    monkeypatch.setattr(teams, "LIMIT", 10)  # the flow refuses this size: 413
    row = services.send_test(channel, admin)
    assert run(row) == "retry"
    assert row.next_attempt_at > utcnow()
