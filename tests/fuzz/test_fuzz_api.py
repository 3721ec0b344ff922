"""Schemathesis against ``/api/v1/openapi.json`` on the in-process WSGI app: no 5xx, and every
response conforms to the documented schema and content type. Bounded: a few examples per operation
(positive and negative data), derandomized so a failure reproduces."""
from __future__ import annotations

import pytest
import schemathesis
from flask import g
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
)

from advocacy.auth.roles import ALL_ROLES
from advocacy.extensions import db

pytestmark = pytest.mark.slow

CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance]
# No shrinking: a failure is reported as found (with its curl line), which keeps the run bounded.
SETTINGS = dict(deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck),
                phases=[Phase.explicit, Phase.generate])


@pytest.fixture
def fuzz_headers(make_person, api_headers, request):
    """A person holding every role who joined the program for every purpose (deepest paths)."""
    try:
        make_member = request.getfixturevalue("make_member")
        from advocacy.consent.services import PURPOSES

        person = make_member(purposes=tuple(PURPOSES), roles=ALL_ROLES)
    except Exception:  # noqa: BLE001 - before consent/charter exist: a plain person
        person = make_person(roles=ALL_ROLES)
    headers = api_headers(person)
    db.session.commit()  # into the test's outer transaction: survives each example's rollback
    return headers


#: What every API error body looks like (``advocacy.core.errors.ApiError``).
ERROR_ENVELOPE = {
    "type": "object", "required": ["error"],
    "properties": {"error": {"type": "object", "required": ["code", "message"],
                             "properties": {"code": {"type": "string"}, "message": {"type": "string"}}}},
}


def _documented(app) -> dict[tuple[str, str], set[str]]:
    spec = app.test_client().get("/api/v1/openapi.json").get_json()
    return {(method.upper(), path): set(op.get("responses", {}))
            for path, ops in spec["paths"].items() for method, op in ops.items() if isinstance(op, dict)}


def _call_and_check(case, headers, documented):
    """No 5xx; a success conforms to its documented schema; every error carries the API's error
    envelope (which the document's error schemas describe: see the test at the end)."""
    import jsonschema

    response = case.call(headers=headers)
    assert response.status_code < 500, (response.status_code, response.text[:500])
    if response.status_code >= 400:
        jsonschema.validate(response.json(), ERROR_ENVELOPE)
        return
    case.validate_response(response, checks=CHECKS)


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
        try:
            call(case)
        finally:
            db.session.remove()  # what the request's own app context teardown does in production

    run()


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_api_operations_never_fail_and_conform(app, fuzz_headers, mode):
    failures = []
    documented = _documented(app)
    for operation in _operations(app):
        try:
            _fuzz(operation, mode, 6, lambda case: _call_and_check(case, fuzz_headers, documented))
        except Unsatisfiable:
            continue  # nothing to make invalid (no parameters, no body): negative mode has no case
        except Exception as exc:  # noqa: BLE001 - collect every operation's failure
            failures.append(f"{operation.method.upper()} {operation.path}: {str(exc)[:1500]}")
            if len(failures) >= 5:
                break
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


def test_documented_default_error_matches_the_error_envelope(app):
    spec = app.test_client().get("/api/v1/openapi.json").get_json()
    schemas = spec.get("components", {}).get("schemas", {})
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            default = op.get("responses", {}).get("default") if isinstance(op, dict) else None
            if default is None:
                continue
            if "$ref" in default:
                default = spec["components"]["responses"][default["$ref"].rsplit("/", 1)[-1]]
            schema = default["content"]["application/json"]["schema"]
            if "$ref" in schema:
                schema = schemas[schema["$ref"].rsplit("/", 1)[-1]]
            assert "error" in schema.get("properties", {}), (method, path, schema)
