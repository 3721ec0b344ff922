"""Schemathesis against ``/api/v1/openapi.json`` on the in-process WSGI app: no 5xx, and every
response conforms to the documented schema and content type. Bounded: a few examples per operation
(positive and negative data), derandomized so a failure reproduces."""
from __future__ import annotations

import pytest
import schemathesis
from flask import g
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import content_type_conformance, not_a_server_error, response_schema_conformance

from advocacy.auth.roles import ALL_ROLES

pytestmark = pytest.mark.slow

CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance]
SETTINGS = dict(deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck))


@pytest.fixture
def fuzz_headers(make_person, api_headers, request):
    """A person holding every role who joined the program for every purpose (deepest paths)."""
    try:
        make_member = request.getfixturevalue("make_member")
        from advocacy.consent.services import PURPOSES

        person = make_member(purposes=tuple(PURPOSES), roles=ALL_ROLES)
    except Exception:  # noqa: BLE001 - before consent/charter exist: a plain person
        person = make_person(roles=ALL_ROLES)
    return api_headers(person)


def _operations(app):
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert operations, "the OpenAPI document lists no operation"
    return operations


def _fuzz(operation, mode, examples, call):
    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=examples, **SETTINGS)
    def run(case):
        g.pop("_login_user", None)  # the test's app context outlives each request
        call(case)

    run()


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_api_operations_never_fail_and_conform(app, fuzz_headers, mode):
    failures = []
    for operation in _operations(app):
        try:
            _fuzz(operation, mode, 6, lambda case: case.call_and_validate(headers=fuzz_headers, checks=CHECKS))
        except Exception as exc:  # noqa: BLE001 - collect every operation's failure
            failures.append(f"{operation.method.upper()} {operation.path}: {str(exc)[:1500]}")
    assert not failures, "\n\n".join(failures)


def test_api_operations_without_credentials_answer_401_json(app):
    def call(case):
        response = case.call()
        assert response.status_code < 500, response.text[:500]
        assert response.status_code in (401, 404, 405, 422), response.status_code
        if response.status_code == 401:
            assert response.json()["error"]["code"] == "unauthorized"

    failures = []
    for operation in _operations(app):
        if not operation.path.startswith("/api/v1/") or operation.path.endswith("openapi.json"):
            continue
        try:
            _fuzz(operation, GenerationMode.POSITIVE, 3, call)
        except Exception as exc:  # noqa: BLE001
            failures.append(f"{operation.method.upper()} {operation.path}: {str(exc)[:800]}")
    assert not failures, "\n\n".join(failures)
