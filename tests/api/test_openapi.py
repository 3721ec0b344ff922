def test_openapi_document_lists_the_api_routes(client, app):
    spec = client.get("/api/v1/openapi.json").json
    assert spec["openapi"].startswith("3.")
    documented = set(spec["paths"])
    routes = {rule.rule.replace("<", "{").split(":")[-1] if False else rule.rule for rule in app.url_map.iter_rules()
              if rule.rule.startswith("/api/v1/") and not rule.rule.endswith("openapi.json")}
    import re

    normalised = {re.sub(r"<(?:[^:>]+:)?([^>]+)>", r"{\1}", r) for r in routes}
    assert normalised <= documented, normalised - documented


def test_validation_errors_are_422_json_with_a_field(client):
    response = client.post("/api/v1/me")
    assert response.status_code in (401, 405)
    assert "error" in response.json
