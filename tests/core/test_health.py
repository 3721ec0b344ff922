def test_healthz_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json == {"status": "ok", "database": "ok", "queue": "ok"}


def test_healthz_names_redis_when_it_is_down(app_factory):
    app = app_factory(ENVIRON={"ADVOCACY_REDIS_URL": "redis://127.0.0.1:1/0"})
    response = app.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.json == {"status": "unavailable", "database": "ok", "queue": "unavailable"}


def test_database_down_gives_503_json_and_a_friendly_page(app_factory):
    app = app_factory(ENVIRON={"ADVOCACY_DATABASE_URL": "postgresql://postgres@127.0.0.1:1/none"})
    client = app.test_client()
    health = client.get("/healthz")
    assert health.status_code == 503 and health.json["database"] == "unavailable"
    page = client.post("/login", data={"email": "a@b.test", "password": "x"})
    assert page.status_code == 503
    body = page.get_data(as_text=True)
    assert "Traceback" not in body and "indisponible" in body
    api = client.get("/api/v1/me", headers={"Authorization": "Bearer pv_x"})
    assert api.status_code == 503 and api.json["error"]["code"] == "unavailable"
