"""CSRF is required on every state-changing form; free text comes back escaped."""
from __future__ import annotations

import io
import re

from tests.security.authz_matrix import sample_values

STATE_CHANGING = {"POST", "PUT", "PATCH", "DELETE"}
#: Endpoints that may take a state-changing request without a CSRF token, with the reason.
CSRF_EXEMPT: dict[str, str] = {
    "auth.saml_acs": "the IdP's cross-site POST; a signed assertion answering our request, used once, is the proof "
                     "(tests/auth/test_saml.py)",
    "scim.endpoint": "SCIM is opened by a bearer token only, never by the session cookie "
                     "(tests/auth/test_scim.py: no token → 401 whatever the session)",
}

XSS_PAYLOADS = (
    '<script>alert("x")</script>',
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)//<svg/onload=alert(1)>",
)


def _url(app, rule):
    return rule.build(sample_values(rule), append_unknown=False)[1]


def _csrf_token(html: str) -> str:
    match = re.search(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"', html) or \
        re.search(r'<meta name="csrf-token" content="([^"]+)"', html)
    assert match, "no CSRF token on the page"
    return match.group(1)


def test_every_state_changing_route_refuses_a_request_without_csrf_token(app_factory):
    strict = app_factory(WTF_CSRF_ENABLED=True)
    client = strict.test_client()
    checked, problems = 0, []
    for rule in strict.url_map.iter_rules():
        if rule.endpoint in CSRF_EXEMPT:
            continue
        for method in sorted(rule.methods & STATE_CHANGING):
            url = _url(strict, rule)
            response = client.open(url, method=method, data={"x": "1"})
            checked += 1
            if not _is_csrf_refusal(response):
                problems.append(f"{method} {url} ({rule.endpoint}) → {response.status_code} without a CSRF token")
    assert checked >= 5
    assert not problems, "\n".join(problems)


def test_a_valid_csrf_token_is_accepted_and_a_forged_one_refused(app_factory):
    strict = app_factory(WTF_CSRF_ENABLED=True)
    client = strict.test_client()
    token = _csrf_token(client.get("/login").get_data(as_text=True))
    ok = client.post("/login", data={"email": "nobody@example.test", "password": "x", "csrf_token": token})
    assert ok.status_code == 401  # reached the credential check: the token was accepted
    forged = client.post("/login", data={"email": "nobody@example.test", "password": "x",
                                         "csrf_token": token[:-4] + "AAAA"})
    assert forged.status_code == 400
    other = strict.test_client()  # a token from another session does not work either
    stolen = other.post("/login", data={"email": "nobody@example.test", "password": "x", "csrf_token": token})
    assert stolen.status_code == 400


def test_bearer_api_calls_need_no_csrf_token_but_cookie_api_calls_do(app_factory):
    strict = app_factory(WTF_CSRF_ENABLED=True)
    client = strict.test_client()
    for rule in strict.url_map.iter_rules():
        if not rule.rule.startswith("/api/") or not rule.methods & STATE_CHANGING:
            continue
        url = _url(strict, rule)
        method = sorted(rule.methods & STATE_CHANGING)[0]
        bearer = client.open(url, method=method, json={}, headers={"Authorization": "Bearer pv_unknown"})
        assert not _is_csrf_refusal(bearer), url  # went past the CSRF check
        cookie = client.open(url, method=method, json={})
        assert _is_csrf_refusal(cookie), (url, cookie.status_code)


def _is_csrf_refusal(response) -> bool:
    return response.status_code == 400 and "CSRF" in response.get_data(as_text=True).upper()


def _assert_escaped(html: str, payload: str) -> None:
    assert payload not in html, f"raw payload in page: {payload}"
    escaped = payload.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    assert escaped.replace('"', "&#34;") in html or escaped.replace('"', "&quot;") in html or \
        escaped in html, f"payload not shown escaped: {payload}"


def test_token_label_is_escaped(client, make_person, login):
    person = make_person()
    login(client, person)
    for payload in XSS_PAYLOADS:
        client.post("/me/tokens", data={"label": payload})
        _assert_escaped(client.get("/me/tokens").get_data(as_text=True), payload)


def test_imported_display_name_and_team_are_escaped(client, make_person, login):
    admin = make_person(roles=("admin",))
    login(client, admin)
    rows = ["email,display_name,team,roles"]
    for n, payload in enumerate(XSS_PAYLOADS):
        quoted = '"' + payload.replace('"', '""') + '"'
        rows.append(f"xss{n}@example.test,{quoted},{quoted},employee")
    data = {"file": (io.BytesIO("\n".join(rows).encode()), "people.csv")}
    response = client.post("/people/import", data=data, content_type="multipart/form-data")
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    html = client.get("/people").get_data(as_text=True)
    for payload in XSS_PAYLOADS:
        _assert_escaped(html, payload)


def test_import_error_report_escapes_the_offending_value(client, make_person, login):
    admin = make_person(roles=("admin",))
    login(client, admin)
    payload = XSS_PAYLOADS[0]
    csv_text = f"email,display_name\n\"{payload.replace(chr(34), chr(34) * 2)}\",Name\n"
    response = client.post("/people/import", data={"file": (io.BytesIO(csv_text.encode()), "p.csv")},
                           content_type="multipart/form-data")
    assert response.status_code == 422
    assert "<script>" not in response.get_data(as_text=True)
