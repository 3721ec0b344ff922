"""Bad policies are refused with a clear message: inline on the form, 422 on the API."""
import pytest

from advocacy.charter import workflow
from advocacy.charter.policy import PolicyError, default_policy_dict, parse_policy


@pytest.mark.parametrize(("overrides", "field", "words"), [
    ({"kpi_annex": {"min_group_size": 2}}, "kpi_annex.min_group_size", "inférieure à 3"),
    ({"quorum": {"staff_rep": 0}}, "quorum.staff_rep", "représentant·e du personnel"),
    ({"quorum": {"hr": 0}}, "quorum.hr", "RH"),
    ({"kpi_annex": {"kpis": ["shares", "individual_ranking"]}}, "kpi_annex.kpis", "individual_ranking"),
    ({"quiet_hours": {"start": "25:00"}}, "quiet_hours.start", "HH:MM"),
    ({"quiet_hours": {"start": "08:00", "end": "08:00"}}, "quiet_hours.end", "minuit"),
    ({"allowed_networks": []}, "allowed_networks", "au moins un"),
    ({"allowed_networks": ["myspace"]}, "allowed_networks", "myspace"),
    ({"retention_days": 0}, "retention_days", "entre 1 et 1825"),
    ({"max_solicitations_per_week": -1}, "max_solicitations_per_week", "entre 0 et 21"),
    ({"kpi_annex": {"granularity": "person"}}, "kpi_annex.granularity", "team"),
])
def test_policy_rules(app, overrides, field, words):
    """Messages are French by default (the people's language); ids are English."""
    with pytest.raises(PolicyError) as err:
        parse_policy(default_policy_dict(**overrides))
    assert err.value.field == field
    assert words in err.value.message


def test_quiet_hours_across_midnight_are_valid(app):
    policy = parse_policy(default_policy_dict(quiet_hours={"start": "22:00", "end": "06:30", "weekends": False}))
    assert policy.quiet_hours.to_dict() == {"start": "22:00", "end": "06:30", "weekends": False}


@pytest.fixture
def draft(make_person):
    hr = make_person(roles=("hr",))
    version = workflow.create_version(hr, title="Charte", clauses=[{"title": "A", "body": "B"}])
    return hr, version


@pytest.mark.parametrize(("overrides", "field"), [  # the path in the body, which is the policy
    ({"kpi_annex": {"min_group_size": 2}}, "kpi_annex.min_group_size"),
    ({"quorum": {"staff_rep": 0}}, "quorum.staff_rep"),
    ({"kpi_annex": {"kpis": ["nope"]}}, "kpi_annex.kpis"),
])
def test_api_refuses_bad_policy_with_422(client, api_headers, draft, overrides, field):
    hr, version = draft
    response = client.put(f"/api/v1/charter/versions/{version.id}/policy", headers=api_headers(hr),
                          json=default_policy_dict(**overrides))
    assert response.status_code == 422, response.json
    assert response.json["error"]["field"] == field
    assert response.json["error"]["message"]


def test_api_type_errors_are_422(client, api_headers, draft):
    hr, version = draft
    bad = default_policy_dict(retention_days="lots")
    response = client.put(f"/api/v1/charter/versions/{version.id}/policy", headers=api_headers(hr), json=bad)
    assert response.status_code == 422 and response.json["error"]["field"] == "retention_days"


def test_api_accepts_a_good_policy_and_staff_rep_cannot(client, api_headers, draft, make_person):
    hr, version = draft
    good = default_policy_dict(quiet_hours={"start": "20:00", "end": "07:00", "weekends": True})
    response = client.put(f"/api/v1/charter/versions/{version.id}/policy", headers=api_headers(hr), json=good)
    assert response.status_code == 200
    assert response.json["policy"]["quiet_hours"]["start"] == "20:00"
    rep = make_person(roles=("staff_rep",))
    assert client.put(f"/api/v1/charter/versions/{version.id}/policy", headers=api_headers(rep),
                      json=good).status_code == 403


def _form(policy_overrides=None, **fields):
    data = {"title": "Charte", "quiet_start": "19:00", "quiet_end": "08:00", "quiet_weekends": "y",
            "max_solicitations_per_week": "3", "allowed_networks": ["linkedin", "mastodon"], "retention_days": "365",
            "quorum_hr": "1", "quorum_staff_rep": "2", "kpis": ["shares", "clicks"], "granularity": "team",
            "min_group_size": "5"}
    data.update(fields)
    return data


@pytest.mark.parametrize(("fields", "message"), [
    ({"min_group_size": "2"}, "ne peut pas être inférieure à 3"),
    ({"quorum_staff_rep": "0"}, "Au moins un·e représentant·e du personnel doit signer"),
    ({"quiet_start": "7pm"}, "HH:MM"),
])
def test_form_shows_inline_errors_and_saves_nothing(client, login, draft, fields, message):
    hr, version = draft
    login(client, hr)
    before = dict(version.policy)
    response = client.post(f"/charter/versions/{version.id}/edit", data=_form(**fields))
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert message in page and 'class="errors"' in page
    assert version.policy == before


def test_form_rejects_unknown_kpi_choice(client, login, draft):
    hr, version = draft
    login(client, hr)
    response = client.post(f"/charter/versions/{version.id}/edit", data=_form(kpis=["shares", "ghost_kpi"]))
    assert response.status_code == 422


def test_form_saves_a_policy_across_midnight(client, login, draft):
    hr, version = draft
    login(client, hr)
    response = client.post(f"/charter/versions/{version.id}/edit",
                           data=_form(quiet_start="21:30", quiet_end="07:15", min_group_size="4"))
    assert response.status_code == 302
    assert version.policy["quiet_hours"] == {"start": "21:30", "end": "07:15", "weekends": True}
    assert version.policy["kpi_annex"]["min_group_size"] == 4
    assert version.policy["allowed_networks"] == ["linkedin", "mastodon"]


def test_pulse_questions_in_the_annex_are_validated_and_reach_the_trust_survey(app, make_charter_in_force):
    from advocacy.kpi.pulse import annex_questions

    with pytest.raises(PolicyError) as refused:
        parse_policy(default_policy_dict(kpi_annex={"pulse_questions": ["x" * 301]}))
    assert refused.value.args[0].startswith("kpi_annex.pulse_questions")
    with pytest.raises(PolicyError):
        parse_policy(default_policy_dict(kpi_annex={"pulse_questions": [f"q{i}" for i in range(11)]}))
    make_charter_in_force(kpi_annex={"kpis": ["trust_score"], "granularity": "team", "min_group_size": 5,
                                     "pulse_questions": [{"key": "Mine!", "fr": "Confiance ?", "en": "Trust?"}]})
    assert annex_questions() == [{"key": "mine", "fr": "Confiance ?", "en": "Trust?"}]
