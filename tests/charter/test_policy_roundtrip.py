"""Every field of a full policy survives the API (PUT then GET) and the editing form (the page's
own values posted back): both go through the one parser, ``policy.CharterPolicySchema``."""
from html.parser import HTMLParser

import pytest

from advocacy.charter import workflow
from advocacy.charter.policy import CharterPolicySchema, parse_policy
from advocacy.extensions import db

#: Every field set, none at its default (networks and KPIs in the order the parser keeps).
FULL = {
    "quiet_hours": {"start": "21:30", "end": "07:15", "weekends": False, "holidays": "FR-57",
                    "quiet_days": ["2026-05-15", "2026-12-24"]},
    "max_solicitations_per_week": 5,
    "rewards": True,
    "allowed_networks": ["linkedin", "bluesky", "mastodon"],
    "retention_days": 200,
    "quorum": {"hr": 2, "staff_rep": 3},
    "kpi_annex": {"kpis": ["shares", "clicks", "trust_score"], "granularity": "organisation", "min_group_size": 7,
                  "pulse_questions": [{"key": "trust", "fr": "Avez-vous confiance ?", "en": "Do you trust it?"},
                                      {"key": "q2", "fr": "Le rythme convient-il ?", "en": "Is the pace right?"}]},
    "review_days": 20,
}


@pytest.fixture
def draft(make_person):
    hr = make_person(roles=("hr",))
    version = workflow.create_version(hr, title="Charte", clauses=[{"title": "A", "body": "B"}])
    return hr, version


def test_the_full_policy_is_its_own_canonical_form(app):
    assert parse_policy(FULL).to_dict() == FULL
    assert CharterPolicySchema().dump(CharterPolicySchema().load(FULL)) == FULL


def test_every_field_survives_api_put_and_get(client, api_headers, draft):
    hr, version = draft
    headers = api_headers(hr)
    response = client.put(f"/api/v1/charter/versions/{version.id}/policy", headers=headers, json=FULL)
    assert response.status_code == 200, response.json
    assert response.json["policy"] == FULL
    db.session.refresh(version)
    assert version.policy == FULL
    again = client.get(f"/api/v1/charter/versions/{version.id}", headers=headers)
    assert again.status_code == 200 and again.json["policy"] == FULL
    # what GET gives can be PUT back unchanged
    assert client.put(f"/api/v1/charter/versions/{version.id}/policy", headers=headers,
                      json=again.json["policy"]).json["policy"] == FULL


def test_the_api_refuses_an_unknown_field_by_its_path(client, api_headers, draft):
    hr, version = draft
    body = {**FULL, "quiet_hours": {**FULL["quiet_hours"], "lunch": True}}
    response = client.put(f"/api/v1/charter/versions/{version.id}/policy", headers=api_headers(hr), json=body)
    assert response.status_code == 422
    assert response.json["error"]["field"] == "quiet_hours.lunch"


class _FormValues(HTMLParser):
    """The values a browser would post for the page's form (checked boxes, selected radios, text)."""

    def __init__(self):
        super().__init__()
        self.values: list[tuple[str, str]] = []
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in ("checkbox", "radio"):
                if "checked" in attrs:
                    self.values.append((name, attrs.get("value", "on")))
            elif kind != "submit":
                self.values.append((name, attrs.get("value") or ""))
        elif tag == "textarea" and name:
            self._textarea = [name, ""]

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "textarea" and self._textarea is not None:
            self.values.append((self._textarea[0], self._textarea[1].lstrip("\n")))
            self._textarea = None


def test_every_field_survives_the_form(client, login, draft):
    hr, version = draft
    workflow.update_version(version, hr, title=version.title, policy=FULL)
    db.session.commit()
    assert version.policy == FULL
    login(client, hr)
    page = client.get(f"/charter/versions/{version.id}/edit")
    assert page.status_code == 200
    parser = _FormValues()
    parser.feed(page.get_data(as_text=True))
    posted = {}
    for name, value in parser.values:
        posted.setdefault(name, []).append(value)
    assert posted["quiet_holidays"] == ["FR-57"] and posted["review_days"] == ["20"]
    response = client.post(f"/charter/versions/{version.id}/edit", data=posted)
    assert response.status_code == 302, response.get_data(as_text=True)[-2000:]
    db.session.refresh(version)
    assert version.policy == FULL  # pulse questions, which the form does not show, are kept
