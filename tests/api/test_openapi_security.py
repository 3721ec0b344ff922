"""openapi.json declares the bearer scheme and puts it on exactly the operations the guard protects."""
import re

from advocacy.extensions import BEARER_SCHEME


def _operations(spec):
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method in ("get", "post", "put", "patch", "delete"):
                yield path, method, operation


def test_the_bearer_scheme_is_declared(client):
    spec = client.get("/api/v1/openapi.json").json
    scheme = spec["components"]["securitySchemes"][BEARER_SCHEME]
    assert scheme["type"] == "http" and scheme["scheme"] == "bearer"


def test_every_guarded_operation_requires_the_bearer_token_and_documents_401(client, app):
    spec = client.get("/api/v1/openapi.json").json
    guarded = {}  # (OpenAPI path, method) → roles, from the URL map
    for rule in app.url_map.iter_rules():
        view = app.view_functions[rule.endpoint]
        if rule.rule.startswith("/api/v1/") and hasattr(view, "required_roles"):
            path = re.sub(r"<(?:[^:>]+:)?([^>]+)>", r"{\1}", rule.rule)
            for method in rule.methods - {"HEAD", "OPTIONS"}:
                guarded[(path, method.lower())] = view.required_roles
    assert len(guarded) > 20, "the API's guarded routes are found"
    documented = set()
    for path, method, operation in _operations(spec):
        roles = guarded.get((path, method))
        if roles is None:
            assert "security" not in operation, (method, path)
            continue
        assert operation["security"] == [{BEARER_SCHEME: []}], (method, path)
        assert operation["responses"]["401"] == {"$ref": "#/components/responses/UNAUTHORIZED"}, (method, path)
        if roles:  # a role is required: 403 for the others
            assert operation["responses"]["403"] == {"$ref": "#/components/responses/FORBIDDEN"}, (method, path)
        documented.add((path, method))
    assert documented == set(guarded), set(guarded) - documented
    assert {"UNAUTHORIZED", "FORBIDDEN"} <= set(spec["components"]["responses"])


def test_the_token_in_the_documented_scheme_is_what_the_api_accepts(client, make_person, api_headers):
    """The scheme is not decoration: without the header the guarded /me answers 401, with it 200."""
    assert client.get("/api/v1/me").status_code == 401
    headers = api_headers(make_person())
    assert headers["Authorization"].startswith("Bearer ")
    assert client.get("/api/v1/me", headers=headers).status_code == 200


def test_api_errors_speak_the_requests_language(client, make_person, api_headers):
    """Accept-Language before a person is known; the token owner's language once they are."""
    french = client.get("/api/v1/me", headers={"Accept-Language": "fr-FR,fr;q=0.9"}).json["error"]
    english = client.get("/api/v1/me", headers={"Accept-Language": "en-GB,en;q=0.9"}).json["error"]
    assert french["code"] == english["code"] == "unauthorized"
    assert english["message"] == "Authentication required: send a bearer token."
    assert french["message"].startswith("Authentification requise")
    employee = make_person(language="en")
    hr_only = client.post("/api/v1/charter/versions", json={}, headers={**api_headers(employee),
                                                                       "Accept-Language": "fr"})
    assert hr_only.status_code == 403
    assert hr_only.json["error"]["message"] == "Your roles do not allow this action."  # the owner's language
