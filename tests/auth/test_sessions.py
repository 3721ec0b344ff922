"""Server-side sessions: logging out, ending a session or signing out everywhere works on every copy
of the cookies, because the cookies only hold a per-session token checked against the database."""
from __future__ import annotations

from datetime import timedelta

from flask import g
from sqlalchemy import select

from advocacy.auth.models import ApiToken, AuthSession
from advocacy.auth.services import person_from_bearer


def _cookie(client, name):
    cookie = client.get_cookie(name)
    return cookie.value if cookie else None


def _fresh_client(app, **cookies):
    g.pop("_login_user", None)
    client = app.test_client()
    for name, value in cookies.items():
        client.set_cookie(name, value)
    return client


def _is_signed_in(client) -> bool:
    g.pop("_login_user", None)
    return client.get("/").status_code == 200


def test_each_login_gets_its_own_remember_token(app, client, make_person):
    person = make_person()
    tokens = []
    for _ in range(2):
        g.pop("_login_user", None)
        fresh = app.test_client()
        response = fresh.post("/login", data={"email": person.email, "password": "secret-password", "remember": "y"})
        assert response.status_code == 302
        tokens.append(_cookie(fresh, "remember_token"))
    assert tokens[0] and tokens[1] and tokens[0] != tokens[1]
    assert tokens[0].split("|")[0] != str(person.id) and len(tokens[0].split("|")[0]) >= 40


def test_remember_cookie_replayed_after_logout_is_refused(app, client, make_person, db_session):
    person = make_person()
    client.post("/login", data={"email": person.email, "password": "secret-password", "remember": "y"})
    remember = _cookie(client, "remember_token")
    session_cookie = _cookie(client, "session")
    assert remember and session_cookie
    # The remember cookie alone signs a new browser in while the session is live…
    assert _is_signed_in(_fresh_client(app, remember_token=remember))
    g.pop("_login_user", None)
    assert client.post("/logout").status_code == 302
    # …and neither that cookie nor the old session cookie works after logging out.
    assert not _is_signed_in(_fresh_client(app, remember_token=remember))
    assert not _is_signed_in(_fresh_client(app, session=session_cookie))
    row = db_session.scalar(select(AuthSession).where(AuthSession.person_id == person.id))
    assert row.ended_at is not None and row.end_reason == "logout"


def test_end_all_sessions_signs_out_everywhere_and_revokes_tokens(app, make_person, api_headers, db_session):
    from advocacy.auth.sessions import end_all_sessions

    person = make_person()
    browsers = []
    for _ in range(2):
        g.pop("_login_user", None)
        browser = app.test_client()
        browser.post("/login", data={"email": person.email, "password": "secret-password", "remember": "y"})
        browsers.append(browser)
    token = api_headers(person)["Authorization"].split()[1]
    assert person_from_bearer(token) is not None
    ended = end_all_sessions(person.id, reason="test")
    assert ended == {"sessions": 2, "tokens": 1}
    for browser in browsers:
        assert not _is_signed_in(browser)
    assert person_from_bearer(token) is None
    assert db_session.scalar(select(ApiToken).where(ApiToken.person_id == person.id)).revoked_at is not None


def test_idle_session_expires_but_remembered_one_does_not(app, make_person, db_session):
    from advocacy.auth.sessions import IDLE_LIFETIME, start_session

    person = make_person()
    short, long = start_session(person), start_session(person, remember=True)
    for row in db_session.scalars(select(AuthSession).where(AuthSession.person_id == person.id)):
        row.last_seen_at -= IDLE_LIFETIME + timedelta(minutes=1)
    db_session.flush()
    for token, expected in ((short, False), (long, True)):
        client = _fresh_client(app)
        with client.session_transaction() as session:
            session["_user_id"] = token
        assert _is_signed_in(client) is expected


def test_deactivated_person_is_signed_out(app, client, make_person, login, db_session):
    person = make_person()
    login(client, person)
    assert _is_signed_in(client)
    person.active = False
    db_session.flush()
    assert not _is_signed_in(client)
