"""An operator invites the demo's new hire from the command line; the new hire opens the link,
chooses a password, signs in; the link then says it was used — in French and English."""
from __future__ import annotations

import subprocess

import pytest

from tests.e2e.server import BIN, ROOT

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

T = {"fr": {"used": "déjà été utilisé", "common": "plus courants"},
     "en": {"used": "already been used", "common": "most common"}}


def invite(live_server, email: str) -> str:
    result = subprocess.run([str(BIN / "flask"), "--app", "app", "people", "invite", email], env=live_server.env,
                            cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout.strip().splitlines()[-1]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_new_hire_accepts_the_invitation_and_signs_in(journey, live_server, lang):
    email = "new.hire@demo.test" if lang == "fr" else "invited.en@demo.test"
    link = invite(live_server, email)
    assert link.startswith(live_server.url + "/password/")
    j = journey()
    j.goto("/login")
    j.switch_language(lang)
    j.goto(link)
    j.shot("choose-password")
    j.page.locator("#password").fill("password1234")
    j.page.locator("#confirm").fill("password1234")
    with j.page.expect_navigation():
        j.page.locator("main form button[type=submit]").click()
    assert T[lang]["common"] in j.page.locator("main").inner_text()
    passphrase = "vélo orange pluie 2026 matin"
    j.page.locator("#password").fill(passphrase)
    j.page.locator("#confirm").fill(passphrase)
    with j.page.expect_navigation():
        j.page.locator("main form button[type=submit]").click()
    assert "/login" in j.page.url
    j.login(email, lang, password=passphrase)
    assert "/login" not in j.page.url
    j.shot("signed-in")
    response = j.page.goto(link)
    assert response.status == 410 and T[lang]["used"] in j.page.locator("main").inner_text()
    j.shot("link-used")
