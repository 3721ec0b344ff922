"""Every page of the header menu, per role, at a phone width and a laptop width: nothing scrolls
sideways, the menu opens on the phone, and the installable-app files are served. Screenshots of
each page go to ``test-artifacts/e2e/<test>/`` for a reviewer to look at."""
from __future__ import annotations

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

ROLES = ["employee1@demo.test", "marketer@demo.test", "compliance@demo.test", "hr@demo.test",
         "cse1@demo.test", "admin@demo.test"]
NO_SIDEWAYS = "document.documentElement.scrollWidth <= window.innerWidth"


def _no_sideways(page, where: str) -> None:
    widths = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], f"{where}: the page scrolls sideways ({widths[0]} px in {widths[1]} px)"


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("email", ROLES)
def test_every_menu_page_fits_the_screen(journey, email, width):
    lang = "fr" if width == 390 else "en"
    j = journey()
    page = j.page
    page.set_viewport_size({"width": width, "height": 860})
    j.login(email, lang)
    assert page.locator("#now").count() == 1, "the home page says what needs the person now"
    _no_sideways(page, "home")
    j.shot("home")
    menu = page.locator("details#menu")
    if width == 390:
        assert menu.get_attribute("open") is None, "the menu starts closed on a phone"
        menu.locator("summary").click()
        assert page.locator("header nav a").first.is_visible()
        _no_sideways(page, "home, menu open")
        j.shot("menu")
    else:
        assert page.locator("header nav a").first.is_visible(), "the menu is shown on a laptop"
    hrefs = list(dict.fromkeys(a.get_attribute("href") for a in page.locator("header nav a").all()))
    for href in hrefs:
        j.goto(href)
        assert j.lang() == lang
        _no_sideways(page, href)
        j.shot(href.strip("/").replace("/", "_") or "home")


def test_installable_app_files_are_served(journey):
    j = journey()
    page = j.page
    favicon = page.request.get("/favicon.ico")
    assert favicon.status == 200 and favicon.headers["content-type"].startswith("image/")
    manifest = page.request.get("/manifest.webmanifest")
    assert manifest.status == 200 and "manifest+json" in manifest.headers["content-type"]
    body = manifest.json()
    assert body["display"] == "standalone" and body["start_url"] == "/"
    for icon in body["icons"]:
        assert page.request.get(icon["src"]).status == 200, icon
    worker = page.request.get("/sw.js")
    assert worker.status == 200 and "javascript" in worker.headers["content-type"]
    assert worker.headers.get("service-worker-allowed") == "/"
    assert "/offline" in worker.text()
    j.goto("/offline")
    assert page.locator("h1").count() == 1
    j.goto("/login")
    assert page.locator("link[rel=manifest]").count() == 1
