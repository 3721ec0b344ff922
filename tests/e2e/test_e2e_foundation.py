"""Foundation journeys in French and in English: log in per role, navigate, switch language, log out."""
from __future__ import annotations

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

T = {
    "fr": {"login": "Se connecter", "hello": "Bonjour", "please": "Connectez-vous pour voir cette page.",
           "bad": "Adresse inconnue ou mot de passe erroné.", "bye": "Vous êtes déconnecté·e.",
           "people": "Personnes", "audit": "Journal d’audit", "tokens": "Jetons d’API",
           "create_token": "Créer un jeton", "logout": "Se déconnecter"},
    "en": {"login": "Log in", "hello": "Hello", "please": "Please log in to see this page.",
           "bad": "Unknown e-mail or wrong password.", "bye": "You are logged out.",
           "people": "People", "audit": "Audit trail", "tokens": "API tokens",
           "create_token": "Create a token", "logout": "Log out"},
}

ACCOUNTS = {
    # account → (display name, foundation nav keys it must see, keys it must not see)
    "admin@demo.test": ("Alice Admin", {"people", "audit", "tokens"}, set()),
    "hr@demo.test": ("Hélène RH", {"tokens"}, {"people", "audit"}),
    "cse1@demo.test": ("Camille Élue CSE", {"tokens"}, {"people", "audit"}),
    "marketer@demo.test": ("Marc Marketing", {"tokens"}, {"people", "audit"}),
    "compliance@demo.test": ("Claire Conformité", {"tokens"}, {"people", "audit"}),
    "employee1@demo.test": ("Employé·e 1", {"tokens"}, {"people", "audit"}),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("email", list(ACCOUNTS))
def test_login_navigate_and_logout_per_role(journey, lang, email):
    name, must_see, must_not_see = ACCOUNTS[email]
    t = T[lang]
    j = journey()
    page = j.page
    j.goto("/")
    assert "/login" in page.url  # anonymous → login page
    assert t["please"] in page.content() or lang == "en"  # the flash was shown in French before the switch
    j.login(email, lang)
    j.shot("home")
    assert j.lang() == lang
    assert page.locator("h1").inner_text().startswith(f"{t['hello']} {name}")

    labels = [a.inner_text() for a in page.locator("header nav a").all()]
    for key in must_see:
        assert t[key] in labels, (key, labels)
    for key in must_not_see:
        assert t[key] not in labels, (key, labels)

    hrefs = [a.get_attribute("href") for a in page.locator("header nav a").all()]
    for href in hrefs:
        j.goto(href)
        assert j.lang() == lang
        assert page.locator("h1").count() >= 1
        assert "403" not in page.title() and "500" not in page.title()
        j.shot(href.strip("/").replace("/", "_") or "home")

    j.logout()
    assert "/login" in page.url
    assert t["bye"] in page.locator(".flashes").inner_text()
    j.shot("logged-out")
    j.goto("/")
    assert "/login" in page.url  # the session is really gone


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_wrong_password_is_shown_inline(journey, lang):
    t = T[lang]
    j = journey()
    j.goto("/login")
    j.login("employee2@demo.test", lang, password="not-the-password")
    assert "/login" in j.page.url
    assert t["bad"] in j.page.locator(".field.has-error .errors").inner_text()
    assert j.page.locator("#password").get_attribute("aria-invalid") == "true"
    j.shot("wrong-password")


def test_language_switch_in_the_layout_follows_the_person(journey):
    j = journey()
    j.goto("/login")
    j.login("employee12@demo.test", "fr")
    assert j.page.locator("h1").inner_text().startswith("Bonjour")
    j.shot("fr")
    j.switch_language("en")
    assert j.page.locator("h1").inner_text().startswith("Hello")
    j.shot("en")
    j.goto("/me/tokens")
    assert j.page.locator("h1").inner_text() == T["en"]["tokens"]
    j.switch_language("fr")
    assert j.page.url.endswith("/me/tokens")  # the switch returns to the page it was used on
    assert j.page.locator("h1").inner_text() == T["fr"]["tokens"]
    j.shot("back-to-fr")
    j.logout()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_token_label_with_markup_is_shown_as_text(journey, lang):
    """A free-text field carrying script comes back as text: no dialog opens, nothing is injected."""
    payload = f'<img src=x onerror="alert(1)"><script>alert("{lang}")</script>'
    j = journey()
    j.goto("/login")
    j.login("employee3@demo.test", lang)
    j.goto("/me/tokens")
    j.page.locator("#label").fill(payload)
    with j.page.expect_navigation():
        j.page.get_by_role("button", name=T[lang]["create_token"]).click()
    j.shot("token-created")
    assert j.page.locator("code.token").inner_text().startswith("pv_")
    assert payload in j.page.locator("table").inner_text()
    assert j.page.locator("table img").count() == 0 and j.page.locator("table script").count() == 0
    assert j.dialogs == []
