"""Session cookie flags, security headers (CSP) on every page, login rate limit."""
from __future__ import annotations

from tests.security.authz_matrix import sample_values


def _set_cookies(response) -> dict[str, str]:
    cookies = {}
    for header in response.headers.getlist("Set-Cookie"):
        cookies[header.split("=", 1)[0]] = header
    return cookies


def _flags(header: str) -> set[str]:
    return {part.strip().split("=")[0].lower() for part in header.split(";")[1:]} | \
        {part.strip().lower() for part in header.split(";")[1:]}


def test_session_cookie_is_httponly_and_samesite(client, make_person):
    person = make_person()
    response = client.post("/login", data={"email": person.email, "password": "secret-password", "remember": "y"})
    assert response.status_code == 302
    cookies = _set_cookies(response)
    assert "session" in cookies
    for name in ("session", "remember_token"):
        if name in cookies:
            flags = _flags(cookies[name])
            assert "httponly" in flags, cookies[name]
    assert "samesite=lax" in _flags(cookies["session"])


def _https_login(app_factory, committed):
    from advocacy.auth.models import Person
    from advocacy.auth.services import hash_password

    https = app_factory(ENVIRON={"ADVOCACY_PUBLIC_BASE_URL": "https://advocacy.example"})
    with https.app_context():
        from advocacy.extensions import db

        person = Person(email="secure@example.test", display_name="S", password_hash=hash_password("pw-123456"))
        person.set_roles(["employee"])
        db.session.add(person)
        db.session.commit()
        client = https.test_client()
        response = client.post("/login", data={"email": "secure@example.test", "password": "pw-123456",
                                               "remember": "y"}, base_url="https://advocacy.example")
        db.session.remove()
    assert response.status_code == 302
    return _set_cookies(response)


def test_session_cookie_is_secure_when_served_over_https(app_factory, committed):
    cookies = _https_login(app_factory, committed)
    assert "secure" in _flags(cookies["session"]), cookies["session"]


def test_remember_cookie_is_secure_when_served_over_https(app_factory, committed):
    cookies = _https_login(app_factory, committed)
    assert "secure" in _flags(cookies["remember_token"]), cookies["remember_token"]


def _check_headers(response, where: str) -> list[str]:
    problems = []
    csp = response.headers.get("Content-Security-Policy", "")
    directives = {d.strip().split(" ")[0]: d.strip() for d in csp.split(";") if d.strip()}
    if "default-src" not in directives:
        problems.append(f"{where}: no Content-Security-Policy default-src ({csp!r})")
    script = directives.get("script-src", directives.get("default-src", ""))
    if "'unsafe-inline'" in script or "'unsafe-eval'" in script or "*" in script.split():
        problems.append(f"{where}: script-src allows inline/eval/any ({script!r})")
    if "frame-ancestors 'none'" not in csp and response.headers.get("X-Frame-Options") != "DENY":
        problems.append(f"{where}: can be framed")
    if "object-src 'none'" not in csp:
        problems.append(f"{where}: object-src is not 'none'")
    if response.headers.get("X-Content-Type-Options") != "nosniff":
        problems.append(f"{where}: X-Content-Type-Options is not nosniff")
    if not response.headers.get("Referrer-Policy"):
        problems.append(f"{where}: no Referrer-Policy")
    return problems


def test_security_headers_on_every_get_route_for_anonymous_and_admin(app, client, make_person, login):
    admin = make_person(roles=("admin", "hr", "staff_rep", "marketer", "compliance", "employee"))
    problems = []
    for logged_in in (False, True):
        if logged_in:
            login(client, admin)
        for rule in app.url_map.iter_rules():
            if "GET" not in rule.methods:
                continue
            url = rule.build(sample_values(rule), append_unknown=False)[1]
            response = client.get(url)
            response.close()  # static files are streamed from an open file
            problems += _check_headers(response, f"GET {url} ({'admin' if logged_in else 'anonymous'})")
            if logged_in and response.status_code == 200 and "Cache-Control" not in response.headers \
                    and rule.endpoint != "static":
                problems.append(f"GET {url}: personal page without Cache-Control")
    problems += _check_headers(client.get("/no-such-page"), "404 page")
    assert not problems, "\n".join(problems)


def test_login_rate_limit_per_account_then_per_address(client, make_person, app):
    limit = app.config["LOGIN_MAX_FAILURES"]
    victim = make_person(password="right-password")
    for _ in range(limit):
        assert client.post("/login", data={"email": victim.email, "password": "wrong"}).status_code == 401
    blocked = client.post("/login", data={"email": victim.email, "password": "right-password"})
    assert blocked.status_code == 429  # even the right password waits: no oracle for guessing
    assert "form" in blocked.get_data(as_text=True)

    # Spraying many accounts from one address is throttled too.
    bystander = make_person(password="bystander-pw")
    environ = {"REMOTE_ADDR": "198.51.100.7"}
    sprayed = 0
    for n in range(limit * 4):
        response = client.post("/login", data={"email": f"spray{n}@example.test", "password": "x"},
                               environ_base=environ)
        sprayed += response.status_code == 401
    assert sprayed == limit * 4
    response = client.post("/login", data={"email": bystander.email, "password": "bystander-pw"},
                           environ_base=environ)
    assert response.status_code == 429
    # …while the same account from another address still logs in.
    ok = client.post("/login", data={"email": bystander.email, "password": "bystander-pw"},
                     environ_base={"REMOTE_ADDR": "203.0.113.9"})
    assert ok.status_code == 302
