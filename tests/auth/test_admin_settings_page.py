"""Admin "Settings" (read-only effective settings, never a secret) and marketer "Review status"."""


def test_admin_sees_settings_without_secrets(app, client, login, make_person):
    login(client, make_person(roles=("admin",)))
    page = client.get("/admin/settings")
    text = page.get_data(as_text=True)
    assert page.status_code == 200 and "Paramètres" in text
    settings = app.config["SETTINGS"]
    assert settings.controller_name in text.replace("&#39;", "'") and settings.timezone in text
    assert "ADVOCACY_OUTBOUND_ALLOW" in text and "ADVOCACY_SMTP_HOST" in text
    assert settings.secret_key not in text
    assert 'href="/admin/settings"' in client.get("/").get_data(as_text=True)  # in the admin's menu


def test_marketer_review_status_page(client, login, make_person):
    login(client, make_person(roles=("marketer",)))
    page = client.get("/campaigns/review-status")
    assert page.status_code == 200 and "Suivi des validations" in page.get_data(as_text=True)
    assert 'href="/campaigns/review-status"' in client.get("/").get_data(as_text=True)
