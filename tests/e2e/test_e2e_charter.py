"""HR and two staff representatives comment on, amend and co-sign a charter — in French, then in
English (each run takes the next version from review to in force)."""
from __future__ import annotations

import re

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

T = {
    "fr": {"versions": "Versions de la charte", "sign": "Signer", "post": "Publier le commentaire", "propose": "Proposer",
           "adopt": "Faire entrer en vigueur", "amended_by": "Amendement proposé par Samir Élu CSE"},
    "en": {"versions": "Charter versions", "sign": "Sign", "post": "Post the comment", "propose": "Propose",
           "adopt": "Bring into force", "amended_by": "Amendment proposed by Samir Élu CSE"},
}


def open_all_details(page) -> None:
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")


def submit(j, form) -> None:
    with j.page.expect_navigation():
        form.locator("button[type=submit]").first.click()


def open_version_url(j) -> str:
    """HR: the version in preparation (a new one is started if every version is adopted)."""
    j.goto("/charter/versions")
    start = j.page.locator("form[action$='/charter/versions/new']")
    if start.count():
        submit(j, start)
        j.goto("/charter/versions")
    links = j.page.locator("table a[href*='/charter/versions/']")
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    return max(hrefs, key=lambda h: int(re.search(r"/versions/(\d+)", h).group(1)))


def sign(j, version_url: str) -> None:
    j.goto(version_url)
    form = j.page.locator("form#sign")
    form.locator("input[type=checkbox]").check()
    j.fill_code_if_asked(form)
    submit(j, form)
    assert j.page.locator("form#sign").count() == 0  # signed: the form is gone


def past_the_review_period(database_url: str) -> None:
    """The journey cannot wait ``review_days`` (15 days): the open review started weeks ago."""
    import psycopg

    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute("UPDATE charter_versions SET submitted_at = submitted_at - interval '40 days' "
                     "WHERE status = 'review'")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_hr_and_two_staff_reps_comment_amend_and_cosign(journey, live_server, lang):
    t = T[lang]
    marker = f"[{lang}] e2e"
    hr, cse1, cse2 = journey("hr"), journey("cse1"), journey("cse2")
    for j, email in ((hr, "hr@demo.test"), (cse1, "cse1@demo.test"), (cse2, "cse2@demo.test")):
        j.goto("/login")
        j.login(email, lang)
        j.enrol_mfa()  # their actions carry legal weight: two-step verification first

    # HR opens the version for review.
    version_url = open_version_url(hr)
    hr.goto("/charter/versions")
    assert hr.page.locator("h1").inner_text() == t["versions"]
    hr.goto(version_url)
    opening = hr.page.locator("form[action$='/submit']")
    if opening.count():
        submit(hr, opening)
    past_the_review_period(live_server.env["ADVOCACY_DATABASE_URL"])
    hr.shot("review-open")

    # A staff representative comments on the first clause.
    cse1.goto(version_url)
    open_all_details(cse1.page)
    comment = cse1.page.locator("form[action$='/comments']").filter(
        has=cse1.page.locator("textarea[id^='comment-']")).first
    comment_text = f"{marker}: qui peut consulter ces données ? / who can see this data?"
    comment.locator("textarea").fill(comment_text)
    submit(cse1, comment)
    open_all_details(cse1.page)
    assert comment_text in cse1.page.locator("main").inner_text()
    cse1.shot("commented")

    # The other proposes an amendment to the second clause.
    cse2.goto(version_url)
    open_all_details(cse2.page)
    amend = cse2.page.locator("form[action$='/amendments']").nth(1)
    body = amend.locator("textarea[name=body]")
    body.fill(body.input_value() + f"\n\n{marker}: la participation reste facultative.")
    amend.locator("textarea[name=rationale]").fill(f"{marker}: rappeler le volontariat")
    submit(cse2, amend)
    cse2.shot("amendment-proposed")

    # HR takes the amendment into a new revision, answers any other open one, freezes the text.
    hr.goto(version_url)
    open_all_details(hr.page)
    panel = hr.page.locator(".amendment").filter(has_text=f"{marker}: rappeler le volontariat")
    assert t["amended_by"] in panel.inner_text()
    panel.locator("textarea[name=answer]").fill(f"{marker}: accepté / accepted")
    with hr.page.expect_navigation():
        panel.locator("button[formaction*='/accept']").click()
    hr.goto(version_url)
    while hr.page.locator(".amendment form").count():
        form = hr.page.locator(".amendment form").first
        form.locator("textarea[name=answer]").fill(f"{marker}: pris en compte ailleurs")
        with hr.page.expect_navigation():
            form.locator("button:not([formaction])").click()
        hr.goto(version_url)
    # The French amendment left the English translation out of date (signatures wait): HR updates it.
    while hr.page.locator("section.clause .badge.warn").count():
        clause = hr.page.locator("section.clause").filter(has=hr.page.locator(".badge.warn")).first
        with hr.page.expect_navigation():
            clause.locator("a[href$='/edit']").first.click()
        body_en = hr.page.locator("textarea[name=body_en]")
        body_en.fill(body_en.input_value() + f"\n\n{marker}: taking part stays optional.")
        submit(hr, hr.page.locator("form.form"))
        hr.goto(version_url)
    # This journey keeps the program without rewards: turning them on rightly sends every approved
    # kit back to review (tests/campaigns/test_recheck.py), which the employee journey does not expect.
    hr.goto(version_url.rstrip("/") + "/edit")
    rewards = hr.page.locator("input[name=rewards]")
    if rewards.is_checked():
        rewards.uncheck()
        submit(hr, hr.page.locator("form.form"))
    hr.goto(version_url)
    open_all_details(hr.page)  # the French text (authoritative) is folded on English pages
    assert f"{marker}: la participation reste facultative." in hr.page.locator("article.charter").inner_text()
    submit(hr, hr.page.locator("form[action$='/request-signatures']"))
    hr.shot("awaiting-signatures")

    # HR and both staff representatives sign the frozen text; HR brings it into force.
    for j in (hr, cse1, cse2):
        sign(j, version_url)
        j.shot("signed")
    hr.goto(version_url)
    adopt = hr.page.locator("form#adopt")
    assert t["adopt"] in adopt.inner_text()
    submit(hr, adopt)
    hr.shot("in-force")
    cse1.goto("/charter/")
    open_all_details(cse1.page)
    assert f"{marker}: la participation reste facultative." in cse1.page.locator("main").inner_text()
    assert cse1.lang() == lang
    cse1.shot("charter-in-force")
