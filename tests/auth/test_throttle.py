"""Login throttling (Flask-Limiter on the test Redis) and the client address behind a reverse proxy."""
from __future__ import annotations

import pytest
from flask import g

from advocacy.auth import throttle


def _post(client, email, password, address=None, forwarded=None):
    g.pop("_login_user", None)
    kwargs = {}
    if address:
        kwargs["environ_base"] = {"REMOTE_ADDR": address}
    if forwarded:
        kwargs["headers"] = {"X-Forwarded-For": forwarded}
    return client.post("/login", data={"email": email, "password": password}, **kwargs)


@pytest.fixture
def proxied(app_factory, committed):
    """An app behind one trusted reverse proxy (ADVOCACY_TRUSTED_PROXIES=1), with hr in the database."""
    from advocacy.auth.models import Person
    from advocacy.auth.services import hash_password

    app = app_factory(ENVIRON={"ADVOCACY_TRUSTED_PROXIES": "1"})
    with app.app_context():
        from advocacy.extensions import db

        hr = Person(email="hr@demo.test", display_name="HR", password_hash=hash_password("hr-password-1"))
        hr.set_roles(["hr"])
        db.session.add(hr)
        db.session.commit()
        yield app
        db.session.remove()


def test_twenty_failures_from_one_forwarded_address_do_not_stop_hr_elsewhere(proxied):
    client = proxied.test_client()
    # Every request comes from the proxy (127.0.0.1); the client is in X-Forwarded-For.
    for n in range(20):  # 20 failures: 5 on hr (as many as one address may try on one account), 15 sprayed
        email = "hr@demo.test" if n < 5 else f"nobody{n}@demo.test"
        assert _post(client, email, "guess", forwarded="198.51.100.7").status_code == 401
    assert _post(client, "someone@demo.test", "guess", forwarded="198.51.100.7").status_code == 429
    # hr, from another address behind the same proxy, signs in at once.
    ok = _post(client, "hr@demo.test", "hr-password-1", forwarded="203.0.113.20")
    assert ok.status_code == 302, ok.get_data(as_text=True)[:300]
    # The attacker's address still waits, even with the right password.
    g.pop("_login_user", None)
    assert _post(proxied.test_client(), "hr@demo.test", "hr-password-1", forwarded="198.51.100.7").status_code == 429


def test_forwarded_header_is_ignored_without_trusted_proxies(client, make_person, app):
    """Without ADVOCACY_TRUSTED_PROXIES a client cannot pick its address by sending the header."""
    limit = app.config["LOGIN_CLIENT_MAX_FAILURES"]
    for n in range(limit):
        assert _post(client, f"x{n}@example.test", "guess", forwarded=f"192.0.2.{n + 1}").status_code == 401
    person = make_person()
    assert _post(client, person.email, "secret-password", forwarded="192.0.2.250").status_code == 429


def test_account_failures_from_many_addresses_slow_down_but_never_lock(client, make_person, app):
    person = make_person(password="right-password")
    for n in range(throttle.ACCOUNT_FREE_FAILURES + 3):
        assert _post(client, person.email, "wrong", address=f"198.51.100.{n + 1}").status_code == 401
    with app.test_request_context():
        failures = throttle.account_failures(person.email)
    assert failures == throttle.ACCOUNT_FREE_FAILURES + 3
    assert 0 < throttle.slowdown_for(failures) <= throttle.SLOWDOWN_MAX
    # The right password from another address still gets in (after the short slowdown).
    assert _post(client, person.email, "right-password", address="203.0.113.5").status_code == 302


def test_throttled_answer_is_the_form_with_retry_after(client, make_person, app):
    person = make_person()
    for _ in range(app.config["LOGIN_MAX_FAILURES"]):
        assert _post(client, person.email, "wrong").status_code == 401
    blocked = _post(client, person.email, "secret-password")
    assert blocked.status_code == 429
    assert int(blocked.headers["Retry-After"]) > 0
    body = blocked.get_data(as_text=True)
    assert 'name="password"' in body and "Too many failed attempts" in body or "Trop de tentatives" in body
    # GET is never limited.
    assert client.get("/login").status_code == 200


def test_unknown_email_is_checked_against_a_dummy_hash(app):
    """An unknown address costs one argon2 verification like a known one (timing: bench/login_timing.py)."""
    from argon2 import PasswordHasher

    from advocacy.auth.services import _dummy_hash, authenticate

    with app.test_request_context():
        dummy = _dummy_hash()
        assert dummy.startswith("$argon2id$")
        assert not PasswordHasher().check_needs_rehash(dummy) or app.config["PASSWORD_HASH_PROFILE"] == "fast"
        assert authenticate("nobody@example.test", "whatever") is None


def test_limiter_storage_uri_for_the_embedded_socket():
    from advocacy.extensions import limiter_storage_uri

    assert limiter_storage_uri("unix:///srv/instance/redis.sock") == "redis+unix:///srv/instance/redis.sock"
    assert limiter_storage_uri("redis://127.0.0.1:6379/3") == "redis://127.0.0.1:6379/3"


def test_public_base_url_follows_port_and_host(tmp_path):
    from advocacy.core.settings import WEB_URL_FILE, load

    def url(**env):
        return load({"ADVOCACY_SECRET_KEY": "x" * 40, **env}, tmp_path).public_base_url

    assert url() == "http://127.0.0.1:5000"
    assert url(PORT="5601") == "http://127.0.0.1:5601"
    assert url(PORT="5100", WEB_PORT="5601") == "http://127.0.0.1:5601"  # honcho's PORT vs make's WEB_PORT
    assert url(PORT="5601", HOST="0.0.0.0") == "http://127.0.0.1:5601"
    assert url(PORT="5601", HOST="localhost") == "http://localhost:5601"
    assert url(PORT="5601", HOST="::1") == "http://[::1]:5601"
    assert url(PORT="5601", ADVOCACY_PUBLIC_BASE_URL="https://a.example") == "https://a.example"
    (tmp_path / WEB_URL_FILE).write_text("http://127.0.0.1:5601\n")
    assert url() == "http://127.0.0.1:5601"  # a command beside `make run` uses the web's address


def test_trusted_proxies_setting_is_checked():
    from advocacy.core.settings import SettingsError, load

    with pytest.raises(SettingsError, match="ADVOCACY_TRUSTED_PROXIES"):
        load({"ADVOCACY_TRUSTED_PROXIES": "many"}, "/tmp")


def test_proxy_fix_is_the_outermost_layer(app_factory):
    """The tracked-link fast path (a WSGI middleware reading REMOTE_ADDR for its visitor hash) sits
    inside ProxyFix, so it hashes the real client, not the proxy."""
    from werkzeug.middleware.proxy_fix import ProxyFix

    from advocacy.tracking.redirect import RedirectMiddleware

    proxied = app_factory(ENVIRON={"ADVOCACY_TRUSTED_PROXIES": "2"})
    assert isinstance(proxied.wsgi_app, ProxyFix) and proxied.wsgi_app.x_for == 2
    assert isinstance(proxied.wsgi_app.app, RedirectMiddleware)
    seen = {}
    proxied.wsgi_app.app = lambda environ, start_response: seen.update(addr=environ["REMOTE_ADDR"]) or []
    proxied.wsgi_app({"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "198.51.100.4, 10.0.0.2",
                      "PATH_INFO": "/l/x", "REQUEST_METHOD": "GET", "wsgi.url_scheme": "http",
                      "SERVER_NAME": "localhost", "SERVER_PORT": "80"}, lambda *a: None)
    assert seen["addr"] == "198.51.100.4"
