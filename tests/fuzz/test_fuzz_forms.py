"""Hypothesis on the people CSV import (service and ``flask people import``) and on form parsing:
never a crash, all or nothing, and what was accepted is stored exactly."""
from __future__ import annotations

import csv
import io
import string

import pytest
from flask import g
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from advocacy.auth.models import Person
from advocacy.extensions import db

pytestmark = pytest.mark.slow

SETTINGS = settings(max_examples=40, deadline=None, derandomize=True, database=None,
                    suppress_health_check=list(HealthCheck))
NASTY = st.sampled_from(["=1+2", "+cmd|' /C calc'!A0", "-2", "@SUM(A1)", "\t=x", '"', ",", "\n", "\r\n", "\x00",
                         "é", "‮", "\u200b", "<b>", "'", ";", "|", " "])
TEXT = st.lists(st.one_of(st.text(max_size=12), NASTY), max_size=4).map("".join)
LOCAL = st.text(alphabet=string.ascii_lowercase + string.digits + "._-", min_size=1, max_size=12)
EMAIL = st.one_of(LOCAL.map(lambda s: f"{s}@fuzz.test"), TEXT)
ROLES = st.one_of(st.sampled_from(["employee", "hr;staff_rep", "admin", "marketer|compliance", ""]), TEXT)
ROW = st.tuples(EMAIL, TEXT, TEXT, ROLES, st.sampled_from(["fr", "en", "", "de"]),
                st.sampled_from(["Europe/Paris", "", "UTC", "Mars/Olympus"]))


def _csv(rows, header=("email", "display_name", "team", "roles", "language", "timezone")) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def _snapshot():
    db.session.expire_all()
    return sorted(db.session.execute(select(Person.email, Person.display_name, Person.language)).all())


@SETTINGS
@given(rows=st.lists(ROW, max_size=6))
def _import_property(rows, runner, tmp_path):
    from advocacy.auth.services import import_people

    text = _csv(rows)
    before = _snapshot()
    savepoint = db.session.begin_nested()
    report = import_people(text)  # must not raise
    expected_ok = report.ok
    savepoint.rollback()
    assert _snapshot() == before

    path = tmp_path / "people.csv"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(args=["people", "import", str(path)])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert (result.exit_code == 0) == expected_ok, (result.exit_code, result.output, text)
    after = _snapshot()
    if not expected_ok:
        assert after == before, "a refused file changed people"
        assert "Nothing imported" in result.output
    else:
        for email, name, *_ in rows:
            person = db.session.scalar(select(Person).where(Person.email == email.strip().lower()))
            assert person is not None and person.display_name == name.strip()


def test_people_csv_import_is_all_or_nothing_and_never_crashes(app, runner, tmp_path):
    _import_property(runner=runner, tmp_path=tmp_path)


def test_people_csv_import_rejects_ragged_and_headerless_files(app):
    from advocacy.auth.services import import_people

    count = db.session.scalar(select(func.count()).select_from(Person))
    for text in ("", "\n\n", "email\n", "name,team\nA,B\n", "email,display_name\na@b.test,A,extra\n",
                 "email,display_name\n\"unterminated,A\n", "\ufeffemail,display_name\n\x00@x.test,\x00\n"):
        report = import_people(text)
        assert not report.ok or text.startswith("\ufeff") or text.strip() in ("", "email")
    assert db.session.scalar(select(func.count()).select_from(Person)) == count


@SETTINGS
@given(email=st.one_of(EMAIL, st.text(max_size=300)), password=st.one_of(TEXT, st.text(max_size=2000)),
       remember=st.sampled_from(["", "y", "on", "nonsense"]))
def _login_property(client, email, password, remember):
    g.pop("_login_user", None)
    response = client.post("/login", data={"email": email, "password": password, "remember": remember},
                           environ_base={"REMOTE_ADDR": "192.0.2.55"})
    # 400 malformed form, 401 wrong credentials, 429 throttled; never a crash, never a login.
    assert response.status_code in (400, 401, 429), response.status_code
    assert "text/html" in response.content_type


def test_login_form_parsing_never_crashes(app, client):
    _login_property(client=client)


NO_NUL = st.text(alphabet=st.characters(blacklist_characters="\x00"), max_size=200)


@SETTINGS
@given(label=st.one_of(TEXT.filter(lambda s: "\x00" not in s), NO_NUL))
def _token_label_property(client, label):
    g.pop("_login_user", None)
    response = client.post("/me/tokens", data={"label": label})
    assert response.status_code in (200, 400)  # 400: control characters are refused up front
    if response.status_code == 400:
        from advocacy.core.setup import _CONTROL

        assert _CONTROL.search(label), repr(label)  # refused only for a control character
        return
    html = response.get_data(as_text=True)
    if len(label) <= 120 and "pv_" in html and "<" in label:
        assert label not in html or "<" not in label


def test_token_form_parsing_never_crashes(app, client, make_person, login):
    login(client, make_person())
    _token_label_property(client=client)


def test_nul_byte_in_token_label_is_refused_not_a_crash(app, client, make_person, login):
    login(client, make_person())
    response = client.post("/me/tokens", data={"label": "a\x00b"})
    assert response.status_code in (200, 400, 422)


def test_huge_integer_ids_in_urls_are_not_server_errors(app, client, make_person, login):
    from werkzeug.routing.converters import IntegerConverter

    from tests.security.authz_matrix import sample_values

    login(client, make_person(roles=("admin", "hr", "staff_rep", "marketer", "compliance", "employee")))
    errors = []
    for rule in app.url_map.iter_rules():
        ints = [n for n in rule.arguments if isinstance(rule._converters.get(n), IntegerConverter)]
        if not ints or "GET" not in rule.methods:
            continue
        values = dict(sample_values(rule), **{n: 10**12 for n in ints})
        url = rule.build(values, append_unknown=False)[1]
        g.pop("_login_user", None)
        try:
            status = client.get(url).status_code
        except Exception as exc:  # noqa: BLE001
            status = repr(exc)
        finally:
            db.session.remove()
        if status == 500 or isinstance(status, str):
            errors.append(f"GET {url}: {status}")
    assert not errors, "\n".join(errors)
