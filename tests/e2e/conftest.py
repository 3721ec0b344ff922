"""Browser journeys: Playwright for Python driving a headless Chromium against a live gunicorn
(``tests/e2e/server.py``) on a database seeded with ``flask demo seed``.

Chromium is found, in order: ``ADVOCACY_CHROMIUM`` (a path), the browser Playwright downloaded
(``python -m playwright install chromium``, no root needed), the system's (``chromium``,
``chromium-browser``, ``google-chrome`` on the PATH). Without one the journeys are skipped with a
message saying how to get it; nothing is installed behind your back (CI installs Debian's chromium
in ``.ci/run`` with ``make ci-chromium``).

Screenshots of every step go to ``test-artifacts/e2e/<test>/`` (gitignored; CI keeps them).
"""
from __future__ import annotations

import os
import re
import shutil
import time
from pathlib import Path

import pyotp
import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import sync_playwright

from tests.conftest import TEST_DATABASE_URL
from tests.e2e.server import ROOT, LiveServer, derived_database_url, ensure_database
from tests.faults.harness import PrivateRedis, RqWorker

SYSTEM_CHROMIUMS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
HOW_TO_GET_CHROMIUM = (
    "no Chromium for the browser journeys: install Playwright's (no root needed) with "
    "`.venv/bin/python -m playwright install chromium`, or your system's (Debian/Ubuntu: "
    "`sudo apt-get install chromium`), or point ADVOCACY_CHROMIUM at a Chrome/Chromium binary")


def find_chromium(playwright) -> str | None:
    """A Chromium executable: the override, Playwright's download, or the system's; None if none."""
    override = os.environ.get("ADVOCACY_CHROMIUM") or os.environ.get("ADVOCACY_E2E_CHROMIUM")
    if override:
        if not os.access(override, os.X_OK):
            pytest.fail(f"ADVOCACY_CHROMIUM={override} is not an executable file")
        return override
    try:
        bundled = playwright.chromium.executable_path
    except PlaywrightError:
        bundled = None
    if bundled and os.access(bundled, os.X_OK):
        return bundled
    for name in SYSTEM_CHROMIUMS:
        found = shutil.which(name)
        if found:
            return found
    return None


_found: dict[str, str | None] = {}


def chromium_executable() -> str | None:
    if "path" not in _found:
        with sync_playwright() as playwright:
            _found["path"] = find_chromium(playwright)
    return _found["path"]


def pytest_collection_modifyitems(config, items):
    """Skip the browser journeys up front (before the live server is seeded) when there is no Chromium."""
    needing = [item for item in items if "browser" in getattr(item, "fixturenames", ())]
    if needing and chromium_executable() is None:
        for item in needing:
            item.add_marker(pytest.mark.skip(reason=HOW_TO_GET_CHROMIUM))

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = ROOT / "test-artifacts" / "e2e"
DEMO_PASSWORD = "porte-voix-demo"
# Chromium asks for /favicon.ico on its own; that 404 is not the page's doing.
IGNORED_CONSOLE = re.compile(r"favicon\.ico")


@pytest.fixture(scope="session")
def live_server(tmp_path_factory):
    """The real app under gunicorn, on ``<test database>_live`` with the demo company seeded, and a
    real ``rq worker`` — both on a private Redis, so no other test's queue is touched."""
    database_url = derived_database_url(TEST_DATABASE_URL, "live")
    ensure_database(database_url)
    redis = PrivateRedis().start()
    server = LiveServer(database_url, redis.url(0), instance_path=str(tmp_path_factory.mktemp("live")))
    worker = None
    try:
        server.prepare(seed=True)
        server.start()
        worker = RqWorker(server.env, redis.url(0), queues=("default", "tracking", "kpi", "mail"), name="e2e").start()
        server.worker = worker
        yield server
    finally:
        if worker is not None:
            worker.stop()
        server.stop()
        redis.close()


@pytest.fixture(scope="session")
def browser():
    executable = chromium_executable()
    if executable is None:
        pytest.skip(HOW_TO_GET_CHROMIUM)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


#: TOTP secrets of the demo people enrolled during this run (the live server lives for the session).
TOTP_SECRETS: dict[str, str] = {}
_LAST_STEP: dict[str, int] = {}


def fresh_totp(email: str) -> str:
    """The current code of ``email``'s authenticator, waiting for the next 30-second step if this
    one was already used (the server accepts each code once)."""
    totp = pyotp.TOTP(TOTP_SECRETS[email])
    while int(time.time()) // totp.interval <= _LAST_STEP.get(email, -1):
        time.sleep(0.5)
    _LAST_STEP[email] = int(time.time()) // totp.interval
    return totp.now()


class Journey:
    """One browser context (its own cookies) with screenshots numbered by step."""

    def __init__(self, browser, base_url: str, name: str):
        self.base_url = base_url
        self.email: str | None = None
        self.context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=base_url)
        self.context.set_default_timeout(15_000)
        # Nothing leaves the machine: any request to another host gets a local stub page.
        self.external: list[str] = []
        self.context.route(re.compile(r"^(?!https?://(127\.0\.0\.1|localhost)[:/]).*"), self._stub)
        self.page = self.context.new_page()
        self.dir = ARTIFACTS / re.sub(r"[^\w.-]+", "_", name)
        self.dir.mkdir(parents=True, exist_ok=True)
        for old in self.dir.glob("*.png"):
            old.unlink()
        self.step = 0
        self.console_errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", self._console)
        self.page.on("dialog", self._dialog)

    def _console(self, message):
        if message.type != "error" or IGNORED_CONSOLE.search(message.text + str(message.location)):
            return
        if message.text.startswith("Failed to load resource") and \
                (message.location or {}).get("url") == self.page.url:
            return  # the document itself answered 4xx on purpose (wrong password → 401, …)
        self.console_errors.append(f"{self.page.url}: {message.text}")

    def _stub(self, route):
        self.external.append(route.request.url)
        route.fulfill(status=200, content_type="text/html",
                      body="<!doctype html><title>external</title><p>external site (stubbed by the test)</p>")

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def shot(self, label: str) -> Path:
        self.step += 1
        safe = re.sub(r"[^\w.-]+", "_", label)
        path = self.dir / f"{self.step:02d}-{safe}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path

    def goto(self, path: str):
        response = self.page.goto(path)
        assert response is not None and response.status < 400, f"GET {path} → {response and response.status}"
        return response

    def switch_language(self, lang: str) -> None:
        """Use the switch in the layout until the page is in ``lang``."""
        if self.lang() != lang:
            label = "English" if lang == "en" else "Français"
            with self.page.expect_navigation():
                self.page.get_by_role("button", name=label).click()
        assert self.lang() == lang

    def lang(self) -> str:
        return self.page.locator("html").get_attribute("lang")

    def login(self, email: str, lang: str, password: str = DEMO_PASSWORD) -> None:
        if "/login" not in self.page.url:
            self.goto("/login")
        self.switch_language(lang)
        self.page.locator("#email").fill(email)
        self.page.locator("#password").fill(password)
        with self.page.expect_navigation():
            self.page.locator("main form button[type=submit]").click()
        if "/login/verify" in self.page.url:  # enrolled in an earlier journey: the second step
            self.enter_code(email)
        self.email = email

    # -- two-step verification (admin, hr, staff_rep and compliance need it to act) ---------------

    def enrol_mfa(self) -> None:
        """Set up TOTP through the page, as a person would with a phone (once per live server)."""
        self.goto("/me/mfa")
        secret = self.page.locator("#totp-secret")
        if secret.count():
            TOTP_SECRETS[self.email] = secret.inner_text().replace(" ", "")
            self.enter_code(self.email)
            assert self.page.locator(".recovery-codes li").count() == 10

    def enter_code(self, email: str) -> None:
        code = fresh_totp(email)  # may wait up to 30 s for an unused step: not inside expect_navigation
        self.page.locator("#code").fill(code)
        with self.page.expect_navigation():
            self.page.locator("main form button[type=submit]").first.click()

    def fill_code_if_asked(self, form) -> None:
        """Signing asks for a fresh code when the last one is older than five minutes."""
        field = form.locator("input[name=code]")
        if field.count():
            field.fill(fresh_totp(self.email))

    def logout(self) -> None:
        with self.page.expect_navigation():
            self.page.locator("header form[action$='/logout'] button").click()

    def close(self, failed: bool) -> None:
        if failed:
            try:
                self.shot("FAILED")
            except Exception:  # noqa: BLE001 - the browser may be gone
                pass
        self.context.close()


@pytest.fixture
def journey(browser, live_server, request):
    """``journey(name=None)`` → a fresh browser context; several per test are allowed (HR + reps)."""
    opened: list[Journey] = []

    def open_journey(name: str | None = None) -> Journey:
        label = request.node.name + (f"-{name}" if name else "")
        j = Journey(browser, live_server.url, label)
        opened.append(j)
        return j

    yield open_journey
    failed = bool(getattr(request.node, "rep_call", None) and request.node.rep_call.failed)
    problems = []
    for j in opened:
        if j.console_errors:
            problems.append(f"console errors: {j.console_errors}")
        if j.dialogs:
            problems.append(f"unexpected dialogs (script ran?): {j.dialogs}")
        j.close(failed)
    assert not problems or failed, "; ".join(problems)
