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


def test_results_only_once_closed_and_from_the_minimum_group_size(app, make_charter_in_force, make_person):
    make_charter_in_force(kpi_annex={"min_group_size": 5})
    hr = make_person(roles=("hr",))
    small, pulse_round = _round(make_person), _round(make_person)
    key = pulse_round.questions[0]["key"]
    for value in (5, 4, 4, 3):
        pulse.submit(make_person(), pulse_round, {key: value})
        pulse.submit(make_person(), small, {key: value})
    pulse.submit(make_person(), pulse_round, {key: 4})
    assert pulse.results(pulse_round, 5) == (None, None)  # open: not even how many answered
    assert pulse.close_round(hr, pulse_round) and pulse.close_round(hr, small)
    assert not pulse.close_round(hr, small)
    with pytest.raises(pulse.PulseError):
        pulse.submit(make_person(), pulse_round, {key: 1})
    respondents, results = pulse.results(pulse_round, 5)
    assert respondents == 5 and results[0].mean == 4.0 and results[0].score == 75.0
    assert results[1].mean is None  # nobody answered the second question: hidden, not zero
    assert pulse.results(small, 5) == (4, None)
    from advocacy.core.models import AuditEntry

    closed = pulse.db.session.scalars(select(AuditEntry).where(AuditEntry.action == "kpi.pulse_closed")).all()
    assert {e.object_id for e in closed} == {str(pulse_round.id), str(small.id)}


def test_trust_score_counts_closed_rounds_only_and_is_suppressed_below_k(client, app, make_charter_in_force,
                                                                        make_person, api_headers):
    make_charter_in_force(kpi_annex={"min_group_size": 5})
    hr = make_person(roles=("hr",))
    few, enough = _round(make_person), _round(make_person)
    key = enough.questions[0]["key"]
    for value in (5, 5, 3):
        pulse.submit(make_person(), few, {key: value})
    for value in (5, 5, 3, 4, 1):
        pulse.submit(make_person(), enough, {key: value})
    today = pulse.today()
    headers = api_headers(make_person(roles=("staff_rep",)))
    query = f"/api/v1/kpis?kpi=trust_score&from={today - timedelta(days=6)}&to={today}"
    rollup_day(today)
    total = client.get(query, headers=headers).get_json()["kpis"][0]["total"]
    assert total["value"] is None  # both rounds open: no live mean
    pulse.close_round(hr, few)
    rollup_day(today)
    total = client.get(query, headers=headers).get_json()["kpis"][0]["total"]
    assert total["value"] is None  # 3 respondents: the round never counts (its results page hides it too)
    pulse.close_round(hr, enough)
    rollup_day(today)
    total = client.get(query, headers=headers).get_json()["kpis"][0]["total"]
    assert total == {"value": 65.0, "suppressed": False}  # the closed round of 5 only: mean 3.6 → 65/100


def test_reading_before_and_after_one_answer_tells_nothing(client, app, make_charter_in_force, make_person, login):
    make_charter_in_force(kpi_annex={"min_group_size": 3})
    pulse_round = _round(make_person)
    key = pulse_round.questions[0]["key"]
    for value in (2, 4, 5):
        pulse.submit(make_person(), pulse_round, {key: value})
    hr = make_person(roles=("hr",))
    login(client, hr)
    pages = ("/kpi/pulse/rounds", "/kpi/program")

    def read():
        return [client.get(path).get_data(as_text=True) for path in pages]

    before = read()
    pulse.submit(make_person(), pulse_round, {key: 1})
    after = read()
    for path, first, second in zip(pages, before, after):
        strip = __import__("re").compile(r'name="csrf_token" value="[^"]*"')
        assert strip.sub("", first) == strip.sub("", second), path
    response = client.post(f"/kpi/pulse/rounds/{pulse_round.id}/close")
    assert response.status_code == 302
    page = client.get("/kpi/pulse/rounds").get_data(as_text=True)
    assert "<td>3,00</td>" in page  # mean of 2, 4, 5, 1 once closed (French number format)


def test_only_hr_closes_a_round(client, app, make_charter_in_force, make_person, login):
    make_charter_in_force()
    pulse_round = _round(make_person)
    login(client, make_person(roles=("staff_rep", "employee")))
    assert client.post(f"/kpi/pulse/rounds/{pulse_round.id}/close").status_code == 403
    assert not pulse.is_closed(pulse_round)


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
