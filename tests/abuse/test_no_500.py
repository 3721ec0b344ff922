"""Issue 14, item 7: every input an attacker sent that gave a 500 now gets the right 4xx (or 503).

Each case is the request of the report, replayed as-is; none of them may reach the generic
"unexpected error" path.
"""
from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

import pytest

KPI_PAGES = ("/api/v1/kpis?kpi=shares&to=0001-01-01", "/kpi/program?to=0001-01-01",
             "/kpi/export.csv?to=0001-01-01", "/kpi/me?to=0001-01-01",
             "/api/v1/kpis?kpi=shares&from=0001-01-01&to=0001-01-02",
             "/kpi/program?from=9999-12-31", "/kpi/program?to=9999-12-31")


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


@pytest.mark.parametrize("path", ["/api/v1/shares", "/api/v1/disclosure/check", "/api/v1/nope"])
def test_deeply_nested_json_is_a_400_before_authentication(client, path):
    body = '{"a": ' + _nested(1000) + "}"
    response = client.post(path, data=body, content_type="application/json")
    assert response.status_code == 400, response.get_data(as_text=True)[:300]
    assert response.json["error"]["code"] == "bad_request"


def test_reasonably_nested_json_still_reaches_the_route(client):
    response = client.post("/api/v1/shares", data='{"a": ' + _nested(20) + "}", content_type="application/json")
    assert response.status_code == 401  # parsed, then refused for want of a token


@pytest.mark.parametrize("path", ["/l/%00", "/l/ab%00cd", "/l/abcdef%00gh", "/l/%00%00%00%00%00%00"])
def test_nul_in_a_tracked_link_code_is_a_404(client, path):
    response = client.get(path, headers={"User-Agent": "Mozilla/5.0 (X11) Firefox/126"})
    assert response.status_code == 404


@pytest.mark.parametrize("path", KPI_PAGES)
def test_extreme_kpi_dates_are_refused_not_crashed(client, make_person, login, make_charter_in_force,
                                                   api_headers, path):
    make_charter_in_force()
    person = make_person(roles=("hr", "employee"))
    if path.startswith("/api/"):
        response = client.get(path, headers=api_headers(person))
        assert response.status_code == 422, response.get_data(as_text=True)[:300]
        assert response.json["error"]["field"] in ("from", "to")
        return
    login(client, person)
    response = client.get(path)
    assert response.status_code in (200, 302, 422), response.status_code
    if response.status_code == 200:
        assert "YYYY" in response.get_data(as_text=True) or "période" in response.get_data(as_text=True)


def test_export_redirect_does_not_feed_unknown_arguments_to_url_for(client, make_person, login,
                                                                    make_charter_in_force):
    make_charter_in_force()
    login(client, make_person(roles=("hr",)))
    response = client.get("/kpi/export.csv?endpoint=x&from=zz&_external=1&_scheme=javascript")
    assert response.status_code == 302
    location = response.headers["Location"]
    assert location.startswith("/kpi/program") and "endpoint" not in location and "javascript" not in location


@pytest.mark.parametrize("page", ["99999999999999999999", "9223372036854775807", "-5", "abc"])
def test_audit_page_out_of_range_is_not_a_500(client, make_person, login, page):
    login(client, make_person(roles=("admin",)))
    response = client.get(f"/audit/?page={page}")
    assert response.status_code in (200, 404)


@pytest.mark.parametrize("target", ["/\t/evil.example", "/\n/evil.example", "/%09/evil.example",
                                    "\t//evil.example", "/ok\r\nSet-Cookie: x=1", "/\x0b/evil.example",
                                    "/\\evil.example", "https://evil.example/"])
def test_control_characters_in_next_never_leave_the_site(client, make_person, target):
    person = make_person()
    response = client.post("/login", query_string={"next": target},
                           data={"email": person.email, "password": "secret-password"})
    if response.status_code == 400:  # other control characters are refused outright
        assert "\x0b" in target
        return
    assert response.status_code == 302
    location = response.headers["Location"]
    # Resolve it as a browser does (WHATWG URL: tabs and newlines removed, backslash read as slash).
    as_browser = re.sub(r"[\t\n\r]", "", location).replace("\\", "/")
    assert urlsplit(urljoin("http://localhost/login", as_browser)).hostname == "localhost", location


def test_lone_surrogate_in_share_text_is_a_422(client, make_member, make_share, api_headers):
    person = make_member()
    share = make_share(person=person)
    body = ('{"kit_variant_id": %d, "network": "mastodon", "url": "https://mastodon.example/@x/1", '
            '"text": "Bonjour \\ud800 monde"}' % share.kit_variant_id)
    response = client.post("/api/v1/shares", data=body, content_type="application/json",
                           headers=api_headers(person))
    assert response.status_code in (400, 422), response.get_data(as_text=True)[:300]
    assert response.json["error"]["field"] == "text"


def test_logged_in_pages_during_a_database_outage_are_503(client, make_person, login, app_factory):
    person = make_person(roles=("admin", "employee"))
    login(client, person)
    cookie = client.get_cookie("session")
    down = app_factory(ENVIRON={"ADVOCACY_DATABASE_URL": "postgresql://postgres@127.0.0.1:1/none"})
    down_client = down.test_client()
    down_client.set_cookie("session", cookie.value)
    for path in ("/", "/campaigns/", "/kpi/me", "/audit/"):
        response = down_client.get(path)
        assert response.status_code == 503, (path, response.status_code)
        body = response.get_data(as_text=True)
        assert "Traceback" not in body
