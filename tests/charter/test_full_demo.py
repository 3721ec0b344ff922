"""The whole demo seed (every domain), then the issue's checks through HTTP."""
import pytest

from advocacy.charter.models import CharterVersion
from advocacy.extensions import db


@pytest.fixture
def full_demo(app):
    from advocacy.demo import seed

    return seed()


def test_done_when_on_the_full_demo(client, full_demo, api_headers, login):
    body = client.get("/api/v1/charter", headers=api_headers(full_demo.person("employee1@demo.test"))).json
    assert body["state"] == "in_force"
    assert sum(s["verified"] for s in body["signatures"] if s["role"] == "hr") >= 1
    assert sum(s["verified"] for s in body["signatures"] if s["role"] == "staff_rep") >= 2
    assert {"quiet_hours", "max_solicitations_per_week", "rewards", "allowed_networks", "retention_days", "quorum",
            "kpi_annex"} <= set(body["policy"])
    first, *_, last = db.session.query(CharterVersion).order_by(CharterVersion.number).all()
    login(client, full_demo.person("cse1@demo.test"), password="porte-voix-demo")
    page = client.get(f"/charter/versions/{first.id}/diff/{last.id}")
    assert page.status_code == 200 and "diff-ins" in page.get_data(as_text=True)
