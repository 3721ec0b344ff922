from advocacy.core.catalogs import extracted_ids, translated_ids


def test_every_ui_string_has_a_french_translation():
    missing = {key: where[0] for key, where in extracted_ids().items() if key not in translated_ids()}
    assert not missing, "untranslated (run `python -m advocacy.core.catalogs update <domain>`): " + repr(missing)


def test_french_by_default_english_on_request(client, make_person, login):
    page = client.get("/login").get_data(as_text=True)
    assert "Se connecter" in page and 'lang="fr"' in page
    client.post("/lang", data={"lang": "en", "next": "/login"})
    page = client.get("/login").get_data(as_text=True)
    assert "Log in" in page and 'lang="en"' in page


def test_unsafe_next_is_ignored(client):
    response = client.post("/lang", data={"lang": "fr", "next": "//evil.example/"})
    assert response.headers["Location"] == "/"
