"""The anonymous trust pulse: unlinkable answers, one answer per person, results only from k."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select

from advocacy.kpi import pulse
from advocacy.kpi.models import PulseAnswer, PulseParticipation
from advocacy.kpi.rollup import rollup_day


def _round(make_person):
    hr = make_person(roles=("hr",))
    today = pulse.today()
    return pulse.open_round(hr, title="Baromètre", opens_on=today, closes_on=today + timedelta(days=7))


def test_answers_carry_no_person_and_only_the_week(app, make_charter_in_force, make_person):
    make_charter_in_force()
    columns = {c.name for c in sa_inspect(PulseAnswer).columns}
    assert columns == {"id", "round_id", "question_key", "value", "week"}
    assert {c.name for c in sa_inspect(PulseParticipation).columns} == {"round_id", "person_id"}
    pulse_round = _round(make_person)
    person = make_person()
    keys = [q["key"] for q in pulse_round.questions]
    assert pulse.submit(person, pulse_round, {keys[0]: "4", keys[1]: ""}) == 1
    answer = pulse.db.session.scalars(select(PulseAnswer)).one()
    assert answer.week.weekday() == 0 and len(answer.id) == 32 and not answer.id.isdigit()
    with pytest.raises(pulse.PulseError) as exc:
        pulse.submit(person, pulse_round, {keys[0]: "5"})
    assert exc.value.code == "already_answered"
    with pytest.raises(pulse.PulseError):
        pulse.submit(make_person(), pulse_round, {keys[0]: "9"})


def test_results_only_from_the_minimum_group_size(app, make_charter_in_force, make_person):
    make_charter_in_force(kpi_annex={"min_group_size": 5})
    pulse_round = _round(make_person)
    key = pulse_round.questions[0]["key"]
    for value in (5, 4, 4, 3):
        pulse.submit(make_person(), pulse_round, {key: value})
    respondents, results = pulse.results(pulse_round, 5)
    assert respondents == 4 and results is None
    pulse.submit(make_person(), pulse_round, {key: 4})
    respondents, results = pulse.results(pulse_round, 5)
    assert respondents == 5 and results[0].mean == 4.0 and results[0].score == 75.0
    assert results[1].mean is None  # nobody answered the second question: hidden, not zero


def test_trust_score_rolls_up_by_week_and_is_suppressed_below_k(client, app, make_charter_in_force, make_person,
                                                                 api_headers):
    make_charter_in_force(kpi_annex={"min_group_size": 5})
    pulse_round = _round(make_person)
    key = pulse_round.questions[0]["key"]
    for value in (5, 5, 3):
        pulse.submit(make_person(), pulse_round, {key: value})
    week = pulse.monday(pulse.today())
    rollup_day(week)
    headers = api_headers(make_person(roles=("staff_rep",)))
    query = f"/api/v1/kpis?kpi=trust_score&from={week}&to={pulse.today()}"
    total = client.get(query, headers=headers).get_json()["kpis"][0]["total"]
    assert total["suppressed"] is True
    for value in (4, 1):
        pulse.submit(make_person(), pulse_round, {key: value})
    rollup_day(week)
    total = client.get(query, headers=headers).get_json()["kpis"][0]["total"]
    assert total == {"value": 65.0, "suppressed": False}  # mean 3.6 on 1..5 → 65/100


def test_employee_answers_through_the_page(client, app, make_charter_in_force, make_person, login):
    make_charter_in_force()
    pulse_round = _round(make_person)
    person = make_person()
    login(client, person)
    page = client.get("/kpi/pulse").get_data(as_text=True)
    assert pulse_round.questions[1]["fr"] in page
    data = {"round_id": pulse_round.id, **{f"q_{q['key']}": "4" for q in pulse_round.questions}}
    data[f"q_{pulse_round.questions[0]['key']}"] = "12"
    response = client.post("/kpi/pulse", data=data)
    assert response.status_code == 422 and "de 1 à 5" in response.get_data(as_text=True)
    data[f"q_{pulse_round.questions[0]['key']}"] = "2"
    assert client.post("/kpi/pulse", data=data).status_code == 302
    assert pulse.has_answered(person, pulse_round)
    assert len(pulse.db.session.scalars(select(PulseAnswer)).all()) == len(pulse_round.questions)


def test_staff_rep_opens_a_round_with_the_annex_questions(client, app, make_charter_in_force, make_person, login):
    make_charter_in_force()
    login(client, make_person(roles=("staff_rep",)))
    today = pulse.today()
    bad = client.post("/kpi/pulse/rounds", data={"title": "T", "opens_on": today.isoformat(),
                                                 "closes_on": (today - timedelta(days=2)).isoformat()})
    assert bad.status_code == 422
    ok = client.post("/kpi/pulse/rounds", data={"title": "T", "opens_on": today.isoformat(),
                                                "closes_on": (today + timedelta(days=2)).isoformat()})
    assert ok.status_code == 302
    assert [q["key"] for q in pulse.rounds()[0].questions] == [q["key"] for q in pulse.DEFAULT_QUESTIONS]
