"""A marketer creates a kit and sends it for review; compliance approves it — in French and English."""
from __future__ import annotations

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

TEXT = {
    "fr": "Collaboration commerciale avec Oréade — je travaille chez Oréade.\n"
          "Notre atelier ouvre ses portes samedi : venez voir comment nous réparons vos appareils.",
    "en": "Paid partnership with Oréade — I work at Oréade.\n"
          "Our workshop opens its doors on Saturday: come and see how we repair your devices.",
}


def submit(j, form, button="button") -> None:
    with j.page.expect_navigation():
        form.locator(button).first.click()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_marketer_creates_a_kit_and_compliance_approves_it(journey, lang):
    title = f"Kit e2e ({lang})"
    marketer, compliance = journey("marketer"), journey("compliance")
    marketer.goto("/login")
    marketer.login("marketer@demo.test", lang)
    compliance.goto("/login")
    compliance.login("compliance@demo.test", lang)
    compliance.enrol_mfa()  # approving carries legal weight: two-step verification first

    page = marketer.page
    marketer.goto("/campaigns")
    marketer.shot("campaigns")
    with page.expect_navigation():
        page.locator("table a[href*='/campaigns/']").first.click()
    with page.expect_navigation():
        page.locator("a[href$='/kits/new']").click()
    page.locator("#title").fill(title)
    variants = page.locator("textarea[name^='variant-']")
    assert variants.count() > 0, "no variant field offered"
    wanted = page.locator(f"textarea[name$='-{lang}']")
    (wanted.first if wanted.count() else variants.first).fill(TEXT[lang])
    marketer.shot("kit-form")
    submit(marketer, page.locator("main form.form").first, "button[type=submit].primary")
    assert page.locator(".errors-box").count() == 0, page.locator("main").inner_text()[:800]
    assert "/kits/" in page.url
    kit_url = page.url
    submit(marketer, page.locator("form[action$='/submit']"))
    marketer.shot("sent-for-review")

    cpage = compliance.page
    compliance.goto("/review")
    compliance.shot("review-queue")
    with cpage.expect_navigation():
        cpage.get_by_role("link", name=title).click()
    review = cpage.locator("main form.form")
    comment = review.locator("textarea[name=comment]")
    if comment.count():
        comment.fill("OK — mention en tête / disclosure up front.")
    compliance.shot("reviewing")
    submit(compliance, review, "button[value=approve]")
    assert cpage.locator(".errors-box").count() == 0, cpage.locator("main").inner_text()[:800]
    compliance.shot("approved")
    compliance.goto("/review")
    assert cpage.get_by_role("link", name=title).count() == 0  # left the queue

    marketer.goto(kit_url)
    assert page.locator("form[action$='/submit']").count() == 0
    assert marketer.lang() == lang
    marketer.shot("kit-approved")
