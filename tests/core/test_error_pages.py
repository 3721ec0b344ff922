"""HTML error pages speak the interface language: werkzeug's stock English descriptions never show."""


def test_404_page_is_french_without_werkzeug_prose(client):
    response = client.get("/no-such-page")
    page = response.get_data(as_text=True)
    assert response.status_code == 404
    assert "Page introuvable" in page
    assert "The requested URL was not found" not in page


def test_404_page_in_english_on_request(client):
    client.post("/lang", data={"lang": "en", "next": "/login"})
    page = client.get("/no-such-page").get_data(as_text=True)
    assert "Page not found" in page and "requested URL" not in page


def test_405_page_explains_in_french(client):
    response = client.delete("/login")
    page = response.get_data(as_text=True)
    assert response.status_code == 405
    assert "n’accepte pas ce type de requête" in page and "not allowed" not in page


def test_csrf_failure_page_explains_in_french(app):
    app.config["WTF_CSRF_ENABLED"] = True
    try:
        response = app.test_client().post("/login", data={"email": "a@b.test", "password": "x"})
    finally:
        app.config["WTF_CSRF_ENABLED"] = False
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Ce formulaire a expiré" in page and "CSRF token" not in page


def test_json_errors_keep_their_message(client):
    response = client.get("/api/v1/no-such-endpoint")
    assert response.status_code == 404
    assert response.get_json()["error"]["code"] == "not_found"
