"""Every route × every role and anonymous answers as ``tests/security/authz_matrix.py`` says.

Pages: anonymous → 302 to the login page; a wrong role → 403. API: anonymous → 401 JSON; a
wrong role → 403 JSON. Allowed → neither (and no 5xx, even on an empty form or body).
A route missing from the matrix, or guarded differently from its row, fails.
"""
from __future__ import annotations

from flask import g, url_for

from advocacy.auth.roles import ALL_ROLES
from advocacy.auth.sessions import start_session
from tests.security.authz_matrix import ANY, MATRIX, PUBLIC, SCIM_TOKEN, sample_values

SKIP_METHODS = {"HEAD", "OPTIONS"}
UNGUARDED = object()


def rules(app):
    return sorted(app.url_map.iter_rules(), key=lambda r: (r.endpoint, r.rule))


def access_for(endpoint: str, method: str):
    row = MATRIX[endpoint]
    if isinstance(row, dict):
        return row[method]
    return row


def declared_roles(app, endpoint: str, method: str):
    """The roles the route's guard declares (``required_roles``), or UNGUARDED."""
    view = app.view_functions[endpoint]
    view_class = getattr(view, "view_class", None)
    if view_class is not None:  # flask-smorest / MethodView: one guard per method
        handler = getattr(view_class, method.lower(), None)
        return getattr(handler, "required_roles", UNGUARDED)
    return getattr(view, "required_roles", UNGUARDED)


def build_url(app, rule) -> str:
    values = sample_values(rule)
    with app.test_request_context():
        return url_for(rule.endpoint, **values)


def test_every_endpoint_has_a_row(app):
    missing = sorted({r.endpoint for r in app.url_map.iter_rules()} - set(MATRIX))
    assert not missing, (
        f"add these endpoints to tests/security/authz_matrix.py (one line each): {missing}")


def test_no_stale_rows(app):
    stale = sorted(set(MATRIX) - {r.endpoint for r in app.url_map.iter_rules()})
    assert not stale, f"rows for endpoints that no longer exist: {stale}"


def test_rows_agree_with_the_route_guards(app):
    problems = []
    for rule in rules(app):
        if rule.endpoint not in MATRIX:
            continue
        for method in sorted(rule.methods - SKIP_METHODS):
            access = access_for(rule.endpoint, method)
            declared = declared_roles(app, rule.endpoint, method)
            if access is SCIM_TOKEN:
                if not getattr(app.view_functions[rule.endpoint], "scim_token_required", False):
                    problems.append(f"{method} {rule.rule}: row says SCIM_TOKEN, route is not scim_token_required")
            elif access is PUBLIC:
                if declared is not UNGUARDED:
                    problems.append(f"{method} {rule.rule}: row says PUBLIC, route requires {declared or 'login'}")
            elif declared is UNGUARDED:
                problems.append(f"{method} {rule.rule} ({rule.endpoint}): no roles_required/api_roles guard")
            elif access is ANY and tuple(declared) != ():
                problems.append(f"{method} {rule.rule}: row says ANY, route requires {sorted(declared)}")
            elif access is not ANY and set(declared) != set(access):
                problems.append(f"{method} {rule.rule}: row says {sorted(access)}, route requires "
                                f"{sorted(declared) or 'any login'}")
    assert not problems, "\n".join(problems)


def _expected(access, role, is_api):
    if access is PUBLIC:
        return "allowed"
    if role is None:
        return 401 if is_api else "login"
    if access is ANY or role in access:
        return "allowed"
    return 403


def _verdict(response, is_api) -> str | int:
    location = response.headers.get("Location", "")
    if response.status_code in (301, 302, 303) and "/login?next=" in location and not is_api:
        return "login"
    if response.status_code in (401, 403):
        return response.status_code
    if response.status_code >= 500:
        return f"server error {response.status_code}"
    return "allowed"


def _as(client, person):
    # The test's app context outlives each request: forget the person Flask-Login cached in g.
    g.pop("_login_user", None)
    with client.session_transaction() as session:
        session.clear()
        if person is not None:
            session["_user_id"] = start_session(person, mfa=True)
            session["_fresh"] = True


def test_every_route_answers_every_role_as_the_matrix_says(app, make_person, api_headers):
    """Each endpoint gets fresh people (a POST may change its caller: leave, erase…)."""
    problems = []
    for rule in rules(app):
        if rule.endpoint not in MATRIX or rule.endpoint == "static":
            continue
        is_api = rule.rule.startswith("/api/")
        url = build_url(app, rule)
        people = {role: make_person(roles=(role,)) for role in ALL_ROLES}
        headers = {role: api_headers(p) for role, p in people.items()} if is_api else {}
        for method in sorted(rule.methods - SKIP_METHODS):
            access = access_for(rule.endpoint, method)
            for role in (None, *ALL_ROLES):
                client = app.test_client()
                g.pop("_login_user", None)
                kwargs = {}
                if is_api:
                    kwargs["headers"] = headers.get(role, {})
                    if method in ("POST", "PUT", "PATCH"):
                        kwargs["json"] = {}
                else:
                    _as(client, people.get(role))
                try:
                    response = client.open(url, method=method, **kwargs)
                except Exception as exc:  # noqa: BLE001 - report every failing cell at once
                    problems.append(f"{method} {url} as {role or 'anonymous'}: raised {exc!r}")
                    continue
                if access is SCIM_TOKEN:
                    if response.status_code not in (401, 405) or "scim+json" not in response.content_type:
                        problems.append(f"{method} {url} as {role or 'anonymous'}: expected a SCIM 401, got "
                                        f"{response.status_code} {response.content_type}")
                    continue
                got, want = _verdict(response, is_api), _expected(access, role, is_api)
                if got != want:
                    problems.append(f"{method} {url} as {role or 'anonymous'}: expected {want}, got {got} "
                                    f"({response.status_code})")
                elif is_api and got in (401, 403):
                    body = response.get_json(silent=True) or {}
                    if body.get("error", {}).get("code") not in ("unauthorized", "forbidden"):
                        problems.append(f"{method} {url} as {role or 'anonymous'}: {got} without a JSON error")
                elif not is_api and got == 403 and "text/html" not in response.content_type:
                    problems.append(f"{method} {url} as {role}: 403 is not an HTML page")
    assert not problems, f"{len(problems)} cell(s) wrong:\n" + "\n".join(problems)
