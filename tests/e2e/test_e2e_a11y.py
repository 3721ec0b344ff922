"""Accessibility and fit, page by page: as each demo role (and anonymous), every page reachable from
the URL map (``tests/site_walk.py``) in French and in English, at a phone width (390 px) and a
laptop width (1280 px):

- axe-core (axe-playwright-python) reports no *serious* or *critical* violation, in both languages at
  both widths;
- at 360 and 390 px nothing scrolls sideways (``scrollingElement.scrollWidth <= innerWidth``);
- a screenshot of the page at both widths is saved under
  ``test-artifacts/e2e/pages/<role>/<lang>/`` (gitignored) for a reviewer to look at.

One browser and one context per role: the walk loads each page once per language and resizes it
(the layout is CSS media queries plus a ``matchMedia`` listener for the menu, so no reload is
needed). Each route is walked once per role (``PER_ROUTE``) to keep the run in minutes.
"""
from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Error as PlaywrightError

from advocacy.auth.roles import ALL_ROLES
from tests.conftest import make_app
from tests.e2e.conftest import ARTIFACTS
from tests.site_walk import Walk, may_see

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

#: account → its roles (the demo's, see README); None: not signed in.
ACCOUNTS = {
    None: set(),
    "employee1@demo.test": {"employee"},
    "cse1@demo.test": {"staff_rep", "employee"},
    "marketer@demo.test": {"marketer"},
    "compliance@demo.test": {"compliance"},
    "hr@demo.test": {"hr"},
    "admin@demo.test": {"admin"},
}
assert set().union(*ACCOUNTS.values()) == set(ALL_ROLES)
PER_ROUTE = 1
SERIOUS = ("serious", "critical")
NO_SIDEWAYS = "[document.scrollingElement.scrollWidth, window.innerWidth]"
PAGES = ARTIFACTS / "pages"
_axe = Axe()


@pytest.fixture(scope="module")
def url_map_app():
    """The application object, only for its URL map (nothing is served or stored through it)."""
    return make_app()


def _violations(page) -> list[str]:
    results = _axe.run(page).response
    found = []
    for violation in results["violations"]:
        if violation.get("impact") in SERIOUS:
            targets = [" ".join(node["target"]) if isinstance(node["target"], list) else str(node["target"])
                       for node in violation["nodes"][:3]]
            found.append(f"{violation['id']} ({violation['impact']}): {violation['help']} → {targets}")
    return found


def _check_here(j, label: str, shots, problems: list[str], widths=(1280, 390, 360)) -> None:
    """axe and sideways scrolling at 1280 then 390 (and scrolling at 360); a screenshot at each width."""
    page = j.page
    for width in widths:
        page.set_viewport_size({"width": width, "height": 900})
        if width != 360:
            problems.extend(f"{label} @{width}px: {v}" for v in _violations(page))
            page.screenshot(path=str(shots / f"{width}.png"), full_page=True)
        if width <= 390:
            scroll, inner = page.evaluate(NO_SIDEWAYS)
            if scroll > inner:
                problems.append(f"{label} @{width}px: scrolls sideways ({scroll} px in {inner} px)")
    page.set_viewport_size({"width": 1280, "height": 900})


def _slug(url: str) -> str:
    return re.sub(r"[^\w.-]+", "_", url.strip("/")) or "home"


@pytest.mark.parametrize("email", list(ACCOUNTS), ids=[e or "anonymous" for e in ACCOUNTS])
def test_every_page_is_accessible_and_fits_a_phone(journey, url_map_app, email):
    j = journey()
    page = j.page
    role = (email or "anonymous").split("@")[0]
    if email:
        j.login(email, "fr")
    else:
        j.goto("/login")
        j.switch_language("fr")
    problems: list[str] = []
    urls: list[str] = []

    def check(lang: str, url: str) -> None:
        shots = PAGES / role / lang / _slug(url)
        shots.mkdir(parents=True, exist_ok=True)
        _check_here(j, f"{lang} {url} ({role})", shots, problems)

    def fetch(url: str):
        try:
            response = page.goto(url)
        except PlaywrightError as exc:  # a download (a receipt, an export) is not a page
            if "Download is starting" in str(exc):
                return 200, "application/octet-stream", "", url
            raise
        status = response.status if response else 0
        content_type = (response.headers.get("content-type", "") if response else "")
        if "text/html" in content_type:
            assert j.lang() == "fr", f"{url}: not in French"
            urls.append(url)
            check("fr", url)
        return status, content_type, page.content(), page.url

    walk = Walk(url_map_app, fetch, may_see(ACCOUNTS[email]), per_endpoint=PER_ROUTE)
    for url, _endpoint, status, _html in walk.pages():
        assert status < 500, f"{url} as {role}: {status}"
    assert urls, f"no page walked as {role}"
    j.goto(urls[0])
    j.switch_language("en")
    for url in urls:
        page.goto(url)
        assert j.lang() == "en", f"{url}: not in English"
        check("en", url)
    j.switch_language("fr")  # the demo person's language is left as it was
    assert not problems, f"{len(problems)} problem(s) as {role}:\n" + "\n".join(problems)
