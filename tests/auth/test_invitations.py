"""Invitations and password resets: single-use e-mailed links that lead to choosing a password."""
from __future__ import annotations

import re
from datetime import timedelta

from flask import g
from sqlalchemy import select

from advocacy.auth import passwords
from advocacy.auth.models import AuthSession, LinkToken, Person
from advocacy.campaigns.models import OutboxMail
from advocacy.core.timeutil import freeze, utcnow

GOOD = "correct horse battery staple"


def _path(link: str) -> str:
    assert link.startswith("http://localhost/password/"), link
    return link[len("http://localhost"):]


def _choose(client, path, password=GOOD, confirm=None):
    g.pop("_login_user", None)
    return client.post(path, data={"password": password, "confirm": confirm or password})


def _sign_in(login, client, person):
    g.pop("_login_user", None)  # the test's app context outlives requests: forget the cached person
    login(client, person)


def _login(client, email, password=GOOD):
    g.pop("_login_user", None)
    return client.post("/login", data={"email": email, "password": password})


def test_invite_from_the_cli_then_set_password_then_sign_in_then_link_refused(app, client, runner, db_session):
    result = runner.invoke(args=["people", "invite", "new.person@demo.test", "--role", "employee",
                                 "--role", "marketer"])
    assert result.exit_code == 0, result.output
    link = result.output.strip().splitlines()[-1]
    person = db_session.scalar(select(Person).where(Person.email == "new.person@demo.test"))
    assert person.roles == {"employee", "marketer"} and person.password_hash is None
    # The e-mail is in the outbox, with the same link, and only a hash of the token is stored.
    mail = db_session.scalar(select(OutboxMail).where(OutboxMail.person_id == person.id))
    assert mail.kind == "auth_invitation" and link in mail.body and mail.to_address == person.email
    token = link.rsplit("/", 1)[1]
    assert token not in {row.token_hash for row in db_session.scalars(select(LinkToken))}

    page = client.get(_path(link))
    assert page.status_code == 200 and "new.person@demo.test" in page.get_data(as_text=True)
    assert _choose(client, _path(link)).status_code == 302
    assert _login(client, "new.person@demo.test").status_code == 302

    g.pop("_login_user", None)
    again = app.test_client().get(_path(link))
    assert again.status_code == 410
    assert "already been used" in again.get_data(as_text=True) or "déjà été utilisé" in again.get_data(as_text=True)
    assert _choose(app.test_client(), _path(link), "another long passphrase 42").status_code == 410


def test_invitation_expires_after_seven_days(app, client, make_person):
    person = make_person(password="x" * 12)
    person.password_hash = None
    link = passwords.invite(person)
    try:
        freeze(utcnow() + timedelta(days=7, seconds=1))
        response = client.get(_path(link))
    finally:
        freeze(None)
    assert response.status_code == 410
    body = response.get_data(as_text=True)
    assert "7" in body and ("expired" in body or "expiré" in body)


def test_reset_link_lasts_one_hour(app, client, make_person):
    person = make_person()
    token = passwords.issue_link(person, passwords.RESET)
    row = passwords.find_link(token)[0]
    assert row.expires_at - row.created_at == timedelta(hours=1)
    try:
        freeze(utcnow() + timedelta(minutes=61))
        assert passwords.find_link(token)[1] == "expired"
    finally:
        freeze(None)


def _reset_jobs(redis_client):
    from rq import Queue

    jobs = Queue("mail", connection=redis_client).jobs
    assert {j.func_name for j in jobs} == {"advocacy.auth.tasks.send_reset_link"}
    return jobs


def _run_reset_jobs(redis_client):
    for queued in _reset_jobs(redis_client):  # what the worker runs, here in the test's transaction
        passwords.reset_requested(*queued.args)


def test_forgot_password_answers_the_same_for_an_unknown_address(client, make_person, db_session, redis_client):
    person = make_person()
    known = client.post("/password/forgot", data={"email": person.email.upper()})
    unknown = client.post("/password/forgot", data={"email": "nobody-here@example.test"})
    assert known.status_code == unknown.status_code == 200
    # The same work in the request either way (a look-up, one queued job): no link made, no mail
    # written there, so the time taken does not tell whether the address is known.
    assert len(_reset_jobs(redis_client)) == 2
    assert db_session.scalars(select(LinkToken)).all() == []
    _run_reset_jobs(redis_client)

    def text(response):  # the page without the CSRF token or anything else that varies
        return re.sub(r"\s+", " ", response.get_data(as_text=True))

    assert text(known) == text(unknown)
    mails = db_session.scalars(select(OutboxMail).where(OutboxMail.kind == "auth_reset")).all()
    assert [m.to_address for m in mails] == [person.email]
    assert "pendant 1 heure." in mails[0].body or "for 1 hour." in mails[0].body  # not "1 heure(s)"


def test_reset_sets_a_new_password_and_signs_out_other_sessions(app, client, make_person, login, db_session,
                                                                redis_client):
    person = make_person()
    other = app.test_client()
    _sign_in(login, other, person)
    client.post("/password/forgot", data={"email": person.email})
    _run_reset_jobs(redis_client)
    mail = db_session.scalar(select(OutboxMail).where(OutboxMail.person_id == person.id))
    link = re.search(r"http://localhost/password/\S+", mail.body).group(0)
    assert _choose(client, _path(link)).status_code == 302
    assert _login(client, person.email, "secret-password").status_code == 401
    assert _login(client, person.email).status_code == 302
    ended = db_session.scalars(select(AuthSession).where(AuthSession.person_id == person.id,
                                                         AuthSession.end_reason == "password_reset")).all()
    assert len(ended) == 1


def test_a_newer_link_replaces_the_older_one(client, make_person):
    person = make_person()
    first = passwords.issue_link(person, passwords.RESET)
    passwords.issue_link(person, passwords.RESET)
    assert client.get(f"/password/{first}").status_code == 404


def test_common_short_and_personal_passwords_are_refused(client, make_person):
    person = make_person(email="marie.curie@example.test", display_name="Marie Curie")
    token = passwords.issue_link(person, passwords.RESET)
    for bad in ("short", "password1234", "Password1234!", "qwertyuiop12", "marie.curie-2026", "aaaaaaaaaaaaaaa"):
        response = _choose(client, f"/password/{token}", bad)
        assert response.status_code == 422, bad
    assert _choose(client, f"/password/{token}", GOOD, confirm=GOOD + "x").status_code == 422
    assert _choose(client, f"/password/{token}", GOOD).status_code == 302


def test_common_password_list_is_shipped_and_loaded():
    common = passwords.common_passwords()
    assert len(common) >= 10_000 and "123456" in common and "password" in common
    assert passwords.password_problem(GOOD) is None


def test_unknown_link_and_inactive_person(client, make_person, db_session):
    assert client.get("/password/not-a-token").status_code == 404
    person = make_person()
    token = passwords.issue_link(person, passwords.RESET)
    person.active = False
    db_session.flush()
    assert client.get(f"/password/{token}").status_code == 404


def test_cli_refuses_a_person_who_has_a_password(runner, make_person):
    person = make_person()
    result = runner.invoke(args=["people", "invite", person.email])
    assert result.exit_code == 1
    assert "Forgot" in result.output or "oublié" in result.output


def test_admin_invites_one_person_and_everyone_without_access(app, client, make_person, login, db_session):
    admin = make_person(roles=("admin",))
    waiting = [make_person(email=f"imported{n}@example.test") for n in range(2)]
    for person in waiting:
        person.password_hash = None
    db_session.flush()
    _sign_in(login, client, admin)
    g.pop("_login_user", None)
    response = client.get("/people")
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "imported0@example.test" in page, page[page.find("<main"):][:2000]
    g.pop("_login_user", None)
    response = client.post("/people/invite", data={"email": "Someone.New@Example.test", "display_name": "New",
                                                   "roles": ["employee", "hr"]})
    assert response.status_code == 302
    new = db_session.scalar(select(Person).where(Person.email == "someone.new@example.test"))
    assert new.roles == {"employee", "hr"}
    g.pop("_login_user", None)
    assert client.post("/people/invite", data={"email": admin.email}).status_code == 422  # has a password
    g.pop("_login_user", None)
    assert client.post("/people/invite-all").status_code == 302
    invited = {m.to_address for m in db_session.scalars(select(OutboxMail).where(OutboxMail.kind == "auth_invitation"))}
    assert {p.email for p in waiting} | {"someone.new@example.test"} <= invited
    assert admin.email not in invited


def test_invitation_mail_is_sent_without_notification_consent(app, make_person, db_session):
    """An invitation is transactional: the outbox sender does not wait for the notifications consent."""
    from advocacy.campaigns.notify import TRANSACTIONAL_KINDS

    assert {"auth_invitation", "auth_reset"} <= TRANSACTIONAL_KINDS


def test_admin_signs_a_person_out_everywhere(app, client, make_person, login, db_session):
    admin = make_person(roles=("admin",))
    person = make_person()
    victim_browser = app.test_client()
    _sign_in(login, victim_browser, person)
    _sign_in(login, client, admin)
    g.pop("_login_user", None)
    assert client.post(f"/people/{person.id}/sign-out").status_code == 302
    g.pop("_login_user", None)
    assert victim_browser.get("/").status_code == 302


def test_your_sessions_page_lists_and_ends_sessions(app, client, make_person, login, api_headers, db_session):
    person = make_person()
    api_headers(person)
    other = app.test_client()
    _sign_in(login, other, person)
    _sign_in(login, client, person)
    g.pop("_login_user", None)
    page = client.get("/me/sessions")
    assert page.status_code == 200
    body = page.get_data(as_text=True)
    assert body.count("/end") == 2 and "pv_" in body
    other_row = db_session.scalars(select(AuthSession).where(AuthSession.person_id == person.id)
                                   .order_by(AuthSession.id)).first()
    g.pop("_login_user", None)
    assert client.post(f"/me/sessions/{other_row.id}/end").status_code == 302
    g.pop("_login_user", None)
    assert other.get("/").status_code == 302  # that browser is signed out
    g.pop("_login_user", None)
    assert client.get("/").status_code == 200  # this one is not
    intruder = make_person()
    g.pop("_login_user", None)
    _sign_in(login, client, intruder)
    g.pop("_login_user", None)
    assert client.post(f"/me/sessions/{other_row.id}/end").status_code == 404


def test_demo_seed_leaves_a_new_hire_to_invite(app, runner, db_session):
    from advocacy.demo import NEW_HIRE, seed

    seed()
    new_hire = db_session.scalar(select(Person).where(Person.email == NEW_HIRE[0]))
    assert new_hire.password_hash is None and new_hire.is_active
    assert new_hire.id in {p.id for p in db_session.scalars(passwords.without_access())}
    result = runner.invoke(args=["people", "invite", NEW_HIRE[0]])
    assert result.exit_code == 0, result.output
    assert result.output.strip().splitlines()[-1].startswith("http://localhost/password/")
