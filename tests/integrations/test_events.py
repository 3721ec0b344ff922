"""Every catalogue event is emitted where it happens, matches its JSON Schema, describes no
person, and an event noticed by several paths goes out once."""
from __future__ import annotations

import json
from datetime import timedelta

import jsonschema
import pytest

from advocacy.campaigns import review
from advocacy.campaigns.models import KIT_SUBMITTED
from advocacy.charter.services import announce_in_force, min_group_size
from advocacy.core.events import CATALOGUE, emit, json_schema
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db
from advocacy.integrations import services, tasks
from advocacy.kpi import pulse
from advocacy.kpi.tasks import emit_completed
from tests.integrations.helpers import deliveries


@pytest.fixture
def everything(admin):
    """An endpoint subscribed to the whole catalogue (nothing is sent: rows are inspected)."""
    row, _secret = services.create_endpoint(admin, url="https://hooks.example.com/porte-voix", events=list(CATALOGUE))
    return row


def bodies(endpoint, event_type=None) -> list[dict]:
    found = [json.loads(d.body) for d in deliveries(endpoint_id=endpoint.id)]
    return [b for b in found if event_type is None or b["type"] == event_type]


def check(body: dict) -> dict:
    jsonschema.validate(body, json_schema(body["type"]))
    return body["data"]


def test_the_charter_workflow_announces_review_signatures_and_in_force(everything, make_charter_in_force):
    version = make_charter_in_force()
    announce_in_force()
    announce_in_force()  # the cron's next tick: announced once
    types = [b["type"] for b in bodies(everything)]
    assert types == ["charter.version.review_opened", "charter.version.signature_opened",
                     "charter.version.in_force"]
    for body in bodies(everything):
        data = check(body)
        assert data["version"]["id"] == version.id
        assert data["url"] == f"http://localhost/charter/versions/{version.id}"
    raw = " ".join(d.body for d in deliveries(endpoint_id=everything.id))
    for signer in version.test_signatories["hr"] + version.test_signatories["staff_rep"]:
        assert signer.display_name not in raw and signer.email not in raw


def test_kits_announce_submission_and_return(everything, make_live_kit, make_person):
    marketer = make_person(roles=("marketer",))
    compliance = make_person(roles=("compliance",))
    kit = make_live_kit()
    kit.status, kit.reviewed_at = "draft", None
    db.session.flush()
    review.submit(kit, actor=marketer)
    assert kit.status == KIT_SUBMITTED
    review.decide(kit, "return", reviewer=compliance, comment="Ajoutez la mention.")
    submitted, returned = bodies(everything)
    assert (submitted["type"], returned["type"]) == ("kit.submitted", "kit.returned")
    assert check(submitted)["kit"]["status"] == "submitted" and check(returned)["kit"]["status"] == "returned"
    assert "Ajoutez la mention" not in json.dumps(returned)  # reviewers' words stay inside


def test_dates_passing_are_announced_once(everything, make_campaign, make_live_kit):
    now = utcnow()
    starting = make_campaign(starts_at=now - timedelta(minutes=5), ends_at=now + timedelta(days=3))
    make_campaign(starts_at=now - timedelta(days=10), ends_at=now - timedelta(minutes=1), name="Finie")
    make_campaign(starts_at=now - timedelta(days=30), ends_at=now + timedelta(days=3), name="Ancienne")
    kit = make_live_kit(campaign=starting)
    first = tasks.announce_due.__wrapped__()
    second = tasks.announce_due.__wrapped__()
    assert first == second  # both ticks look at the same dates…
    types = sorted(b["type"] for b in bodies(everything))
    assert types == ["campaign.ended", "campaign.started", "kit.live"]  # …but each is sent once
    [live] = bodies(everything, "kit.live")
    assert check(live)["kit"]["id"] == kit.id
    assert check(bodies(everything, "campaign.started")[0])["campaign"]["id"] == starting.id
    assert check(bodies(everything, "campaign.ended")[0])["campaign"]["name"] == "Finie"


def test_a_survey_round_below_the_minimum_group_size_shows_no_result(everything, make_person):
    hr = make_person(roles=("hr",))
    today = pulse.today()
    row = pulse.open_round(hr, title="Baromètre", opens_on=today - timedelta(days=3), closes_on=today + timedelta(days=3))
    assert pulse.close_round(hr, row)
    tasks.announce_due.__wrapped__()  # the date-based path notices the same closed round: no second event
    [body] = bodies(everything, "survey.round.closed")
    data = check(body)
    assert data["results"] is None and data["respondents"] is None and data["min_group_size"] >= 2


def test_a_survey_round_from_the_minimum_group_size_gives_its_results(everything, make_person):
    hr = make_person(roles=("hr",))
    today = pulse.today()
    row = pulse.open_round(hr, title="Baromètre", opens_on=today - timedelta(days=3), closes_on=today + timedelta(days=3))
    k = min_group_size()
    for _ in range(k):
        person = make_person()
        pulse.submit(person, row, {q["key"]: 4 for q in row.questions})
    pulse.close_round(hr, row)
    data = check(bodies(everything, "survey.round.closed")[0])
    assert data["min_group_size"] == k
    assert data["respondents"] == k and data["results"][0]["mean"] == 4.0


def test_the_rollup_announces_its_days(everything):
    emit_completed(["2026-11-27", "2026-11-28"])
    data = check(bodies(everything, "kpi.rollup.completed")[0])
    assert data["days"] == ["2026-11-27", "2026-11-28"] and data["url"] == "http://localhost/kpi/program"


def test_an_event_outside_the_catalogue_is_refused(app):
    with pytest.raises(ValueError):
        emit("kit.exploded", {}, path="/")
