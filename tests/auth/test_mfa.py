"""Two-step verification (TOTP + recovery codes): enrolment, sign-in, the guard on sensitive actions
and the step-up that a charter signature records."""
from __future__ import annotations

import re
from datetime import timedelta

import pyotp
import pytest
from cryptography.fernet import Fernet, InvalidToken
from flask import g
from sqlalchemy import select

from advocacy.auth import mfa
from advocacy.auth.models import AuthSession, RecoveryCode
from advocacy.charter import workflow
from advocacy.charter.models import CharterSignature
from advocacy.core import crypto
from advocacy.core.timeutil import utcnow
from tests.conftest import MFA_ROLES, TEST_TOTP_SECRET, totp_code
from tests.fixtures.charter import open_for_signatures

CLAUSES = [{"title": "Volontariat", "body": "Participer est libre."}]


def _fresh(client):
    g.pop("_login_user", None)
    return client


def test_the_tests_know_the_roles_that_need_it():
    assert set(MFA_ROLES) == set(mfa.MFA_ROLES)


def test_enrolment_with_a_server_drawn_qr_code_then_recovery_codes(client, make_person, login, db_session):
    hr = make_person(roles=("hr",), mfa=False)
    login(client, hr)
    page = _fresh(client).get("/me/mfa")
    body = page.get_data(as_text=True)
    assert page.status_code == 200 and 'src="data:image/svg+xml' in body and "<script" not in body.replace(
        '<script src="/static/js/app.js" defer></script>', "")  # the layout's enhancement file only
    secret = re.search(r'id="totp-secret" translate="no">([A-Z2-7 ]+)<', body).group(1).replace(" ", "")
    wrong = _fresh(client).post("/me/mfa", data={"code": "000000"})
    assert wrong.status_code == 422 and not mfa.enrolled(hr)
    done = _fresh(client).post("/me/mfa", data={"code": pyotp.TOTP(secret).at(utcnow())})
    assert done.status_code == 200 and mfa.enrolled(hr)
    codes = re.findall(r"<code>([0-9a-f]{5}-[0-9a-f]{5})</code>", done.get_data(as_text=True))
    assert len(codes) == mfa.RECOVERY_CODES
    assert secret not in hr.totp_secret  # stored encrypted
    stored = {row.code_hash for row in db_session.scalars(select(RecoveryCode).where(RecoveryCode.person_id == hr.id))}
    assert not stored & set(codes)  # stored hashed
    # This session has just checked a code: it may act at once.
    row = db_session.scalar(select(AuthSession).where(AuthSession.person_id == hr.id))
    assert row.mfa_at is not None


def test_sensitive_actions_send_unenrolled_people_to_enrolment(client, make_person, login):
    hr = make_person(roles=("hr",), mfa=False)
    login(client, hr)
    response = _fresh(client).post("/charter/versions/new", headers={"Referer": "http://localhost/charter/versions"})
    assert response.status_code == 302 and response.headers["Location"].startswith("/me/mfa?next=/charter/versions")
    # Reading is never blocked, and people without those roles are not asked.
    assert _fresh(client).get("/charter/versions").status_code == 200


def test_sign_in_asks_for_the_code_and_a_code_works_once(app, client, make_person, db_session):
    hr = make_person(roles=("hr",))
    first = client.post("/login", data={"email": hr.email, "password": "secret-password"})
    assert first.status_code == 302 and first.headers["Location"] == "/login/verify"
    assert _fresh(client).get("/").status_code == 302  # not signed in yet
    code = totp_code(hr)
    assert _fresh(client).post("/login/verify", data={"code": code}).status_code == 302
    assert _fresh(client).get("/").status_code == 200
    # The same code again, from another browser, is refused.
    other = _fresh(app.test_client())
    other.post("/login", data={"email": hr.email, "password": "secret-password"})
    assert _fresh(other).post("/login/verify", data={"code": code}).status_code == 422
    assert _fresh(other).get("/").status_code == 302


def test_a_recovery_code_signs_in_once(app, client, make_person, login, db_session):
    hr = make_person(roles=("hr",))
    login(client, hr)
    codes = mfa.regenerate_recovery_codes(hr)
    for expected in (302, 422):
        browser = _fresh(app.test_client())
        browser.post("/login", data={"email": hr.email, "password": "secret-password"})
        assert _fresh(browser).post("/login/verify", data={"code": codes[0].upper()}).status_code == expected
    assert mfa.remaining_recovery_codes(hr) == mfa.RECOVERY_CODES - 1


def test_wrong_codes_are_rate_limited(client, make_person):
    hr = make_person(roles=("hr",))
    client.post("/login", data={"email": hr.email, "password": "secret-password"})
    for _ in range(5):
        assert _fresh(client).post("/login/verify", data={"code": "123456"}).status_code == 422
    assert _fresh(client).post("/login/verify", data={"code": totp_code(hr)}).status_code == 429


@pytest.fixture
def awaiting(make_person):
    hr = make_person(roles=("hr",))
    rep = make_person(roles=("staff_rep", "employee"))
    version = workflow.create_version(hr, title="Charte", clauses=CLAUSES)
    workflow.submit_for_review(version, hr)
    open_for_signatures(version)
    workflow.request_signatures(version, hr)
    return version, hr, rep


def test_signing_asks_for_a_fresh_code_and_the_signature_records_it(client, login, awaiting, db_session):
    version, _hr, rep = awaiting
    login(client, rep)
    # The code checked at sign-in is more than five minutes old.
    row = db_session.scalar(select(AuthSession).where(AuthSession.person_id == rep.id))
    row.mfa_at -= mfa.STEP_UP + timedelta(seconds=1)
    db_session.flush()
    url = f"/charter/versions/{version.id}/sign"
    page = _fresh(client).get(f"/charter/versions/{version.id}").get_data(as_text=True)
    assert 'name="code"' in page
    refused = _fresh(client).post(url, data={"confirm": "y"})
    assert refused.status_code == 422 and not version.live_signatures
    assert _fresh(client).post(url, data={"confirm": "y", "code": "999999"}).status_code == 422
    signed = _fresh(client).post(url, data={"confirm": "y", "code": totp_code(rep)})
    assert signed.status_code == 302
    signature = db_session.scalar(select(CharterSignature).where(CharterSignature.signer_id == rep.id))
    assert signature.mfa_verified_at is not None


def test_a_recent_code_is_enough_to_sign(client, login, awaiting, db_session):
    version, hr, _rep = awaiting
    login(client, hr)  # the sign-in's code was checked just now
    assert _fresh(client).post(f"/charter/versions/{version.id}/sign", data={"confirm": "y"}).status_code == 302
    signature = db_session.scalar(select(CharterSignature).where(CharterSignature.signer_id == hr.id))
    assert signature.mfa_verified_at is not None


def test_admin_resets_a_lost_second_factor(app, client, make_person, login, db_session):
    admin = make_person(roles=("admin",))
    hr = make_person(roles=("hr",))
    login(client, admin)
    assert _fresh(client).post(f"/people/{hr.id}/mfa-reset").status_code == 302
    assert not mfa.enrolled(hr)


def test_secret_is_unreadable_once_its_key_is_gone(app, make_person, monkeypatch):
    hr = make_person(roles=("hr",))
    assert mfa._secret(hr) == TEST_TOTP_SECRET
    monkeypatch.setitem(app.config, "ENCRYPTION_KEYS", (Fernet.generate_key().decode(),))
    assert mfa._secret(hr) is None and not mfa.verify(hr, totp_code(hr))  # the person enrols again


def test_a_new_secret_is_in_the_current_form(client, make_person, login):
    hr = make_person(roles=("hr",), mfa=False)
    login(client, hr)
    secret = mfa.new_secret()
    assert mfa.confirm_enrolment(hr, secret, pyotp.TOTP(secret).at(utcnow()))
    assert crypto.decrypt(hr.totp_secret) == secret
    with pytest.raises(InvalidToken):
        crypto.legacy_fernet(mfa.LEGACY_LABEL).decrypt(hr.totp_secret.encode())


def test_a_secret_in_the_former_form_still_works_and_is_written_again_at_first_use(app, make_person, db_session):
    hr = make_person(roles=("hr",))
    hr.totp_secret = crypto.legacy_fernet(mfa.LEGACY_LABEL).encrypt(TEST_TOTP_SECRET.encode()).decode()
    db_session.flush()
    former = hr.totp_secret
    assert mfa._secret(hr) == TEST_TOTP_SECRET and hr.totp_secret == former  # reading alone writes nothing
    assert mfa.verify(hr, totp_code(hr)) == "totp"
    db_session.refresh(hr)
    assert hr.totp_secret != former and crypto.decrypt(hr.totp_secret) == TEST_TOTP_SECRET


def test_keys_rotate_re_encrypts_the_secrets_current_and_former(app, runner, make_person, db_session, monkeypatch):
    current = make_person(roles=("hr",))
    former = make_person(roles=("compliance",))
    former.totp_secret = crypto.legacy_fernet(mfa.LEGACY_LABEL).encrypt(b"KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU").decode()
    unenrolled = make_person(roles=("employee",))
    db_session.commit()
    new = Fernet.generate_key().decode()
    monkeypatch.setitem(app.config, "ENCRYPTION_KEYS", (new, *app.config["ENCRYPTION_KEYS"]))
    result = runner.invoke(args=["keys", "rotate"])
    assert result.exit_code == 0, result.output
    monkeypatch.setitem(app.config, "ENCRYPTION_KEYS", (new,))  # the old key is gone, and so is SECRET_KEY's
    monkeypatch.setitem(app.config, "SECRET_KEY", "another-secret-key-0123456789-0123456789")
    for person in (current, former, unenrolled):
        db_session.refresh(person)
    assert mfa._secret(current) == TEST_TOTP_SECRET and mfa.verify(current, totp_code(current)) == "totp"
    assert mfa._secret(former) == "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU"
    assert unenrolled.totp_secret is None


def test_api_actions_need_two_step_verification(client, make_person, api_headers):
    hr = make_person(roles=("hr",), mfa=False)
    response = client.post("/api/v1/charter/versions", headers=api_headers(hr), json={})
    assert response.status_code == 403 and response.json["error"]["code"] == "mfa_required"
