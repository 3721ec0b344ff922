"""Pages for HR, staff representatives and employees."""
import re

from advocacy.charter import services, workflow
from advocacy.charter.models import ADOPTED, AWAITING, REVIEW, CharterAmendment, CharterVersion
from advocacy.extensions import db


def _version(number):
    return db.session.query(CharterVersion).filter_by(number=number).one()


def test_employee_reads_and_accepts_the_charter_in_force(client, login, demo):
    employee = demo.person("employee12@demo.test")
    login(client, employee)
    page = client.get("/charter/").get_data(as_text=True)
    assert "Participation volontaire, sans sanction" in page
    assert "vérifié" in page  # the manifest's verified mark (French by default)
    assert 'name="confirm"' in page
    response = client.post("/charter/accept", data={})
    assert response.status_code == 422 and "Cochez la case" in response.get_data(as_text=True)
    assert not services.has_accepted_current(employee)
    response = client.post("/charter/accept?next=/feed", data={"confirm": "y"})
    assert response.status_code == 302 and response.headers["Location"] == "/feed"
    assert services.has_accepted_current(employee)
    for outside in ("//evil.example/", "/\\evil.example/", "https://evil.example/"):  # no open redirect
        response = client.post(f"/charter/accept?next={outside}", data={"confirm": "y"})
        assert response.status_code == 302 and response.headers["Location"] == "/charter/"
    assert 'name="confirm"' not in client.get("/charter/").get_data(as_text=True)


def test_english_translation_is_shown_in_english(client, login, demo):
    login(client, demo.person("employee4@demo.test"))
    client.post("/lang", data={"lang": "en", "next": "/charter/"})
    page = client.get("/charter/").get_data(as_text=True)
    assert "Voluntary participation, no sanction" in page and "authoritative" in page


def test_employee_cannot_see_drafts(client, login, demo):
    login(client, demo.person("employee1@demo.test"))
    assert client.get(f"/charter/versions/{_version(3).id}").status_code == 404
    assert client.get(f"/charter/versions/{_version(1).id}").status_code == 200
    assert client.get(f"/charter/versions/{_version(3).id}/edit").status_code == 403


def test_diff_page_of_the_demo_versions_is_readable(client, login, demo):
    login(client, demo.person("cse1@demo.test"))
    response = client.get(f"/charter/versions/{_version(1).id}/diff/{_version(3).id}")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "Formation" in page and "nouvelle clause" in page
    assert '<ins class="diff-ins">' in page and "les jours fériés compris" in page
    assert "**personnels**" not in page and "restent personnels" in page  # read as text, not Markdown source
    assert "Heures calmes" in page and "18:30–08:30" in page and "19:00–08:00" in page
    assert "Taille minimale" in page
    assert "{" not in re.sub(r"<style.*?</style>", "", page, flags=re.S)  # no raw JSON anywhere
    # the picker on the versions page leads there
    picker = client.get(f"/charter/diff?a={_version(1).id}&b={_version(3).id}")
    assert picker.headers["Location"].endswith(f"/charter/versions/{_version(1).id}/diff/{_version(3).id}")


def test_print_view_carries_the_manifest(client, login, demo):
    login(client, demo.person("employee1@demo.test"))
    page = client.get(f"/charter/versions/{_version(1).id}/print").get_data(as_text=True)
    assert "Manifeste des signatures" in page
    for email in ("hr@demo.test", "cse1@demo.test", "cse2@demo.test"):
        assert email in page
    assert _version(1).adopted_sha256 in page and "✔" in page


def test_staff_rep_comments_proposes_and_signs_but_cannot_edit(client, login, demo):
    rep = demo.person("cse1@demo.test")
    login(client, rep)
    draft = _version(3)
    clause = draft.clauses[0]
    page = client.get(f"/charter/versions/{draft.id}").get_data(as_text=True)
    assert "Proposer un amendement" in page and f"/charter/versions/{draft.id}/edit" not in page
    assert client.get(f"/charter/versions/{draft.id}/edit").status_code == 403
    assert client.post(f"/charter/versions/{draft.id}/clauses/{clause.id}/edit",
                       data={"title": "X", "body": "Y"}).status_code == 403
    assert client.post(f"/charter/versions/{draft.id}/request-signatures").status_code == 403
    assert client.post(f"/charter/versions/{draft.id}/bring-into-force").status_code == 403
    response = client.post(f"/charter/versions/{draft.id}/comments", data={"clause_key": clause.key, "body": ""})
    assert response.status_code == 422 and "errors" in response.get_data(as_text=True)
    response = client.post(f"/charter/versions/{draft.id}/comments",
                           data={"clause_key": clause.key, "body": "Ajouter la date du bilan annuel ?"})
    assert response.status_code == 302
    assert "Ajouter la date du bilan annuel ?" in client.get(f"/charter/versions/{draft.id}").get_data(as_text=True)
    response = client.post(f"/charter/versions/{draft.id}/amendments",
                           data={"clause_key": clause.key, "title": clause.title, "body": clause.body + " Précision."})
    assert response.status_code == 302
    assert db.session.query(CharterAmendment).filter_by(version_id=draft.id, proposed_by_id=rep.id).count() == 1
    assert draft.revision == 1  # proposing changes nothing until HR accepts


def test_hr_runs_the_workflow_and_cannot_adopt_without_quorum(client, login, demo):
    hr, cse1, cse2 = (demo.person(e) for e in ("hr@demo.test", "cse1@demo.test", "cse2@demo.test"))
    draft = _version(3)
    login(client, hr)
    # the open amendment blocks the signature phase until HR handles it
    response = client.post(f"/charter/versions/{draft.id}/request-signatures", data={})
    assert response.status_code == 303 and draft.status == REVIEW  # back to the version, message flashed
    assert response.headers["Location"].endswith(f"/charter/versions/{draft.id}")
    amendment = db.session.query(CharterAmendment).filter_by(version_id=draft.id, status="open").one()
    response = client.post(f"/charter/amendments/{amendment.id}/answer", data={"answer": "court"})
    assert response.status_code == 422
    response = client.post(f"/charter/amendments/{amendment.id}/accept", data={"answer": "Bonne précision."})
    assert response.status_code == 302 and amendment.status == "accepted" and draft.revision == 2
    # the French amendment left the English translation out of date: that blocks the signatures too
    assert client.post(f"/charter/versions/{draft.id}/request-signatures", data={}).status_code == 303
    assert draft.status == REVIEW
    clause = next(c for c in draft.clauses if c.key == amendment.clause_key)
    response = client.post(f"/charter/versions/{draft.id}/clauses/{clause.id}/edit", data={
        "title": clause.title, "body": clause.body, "title_en": clause.title_en,
        "body_en": clause.body_en + "\n\nNone of these data is passed on to a third party, nor used for a decision "
                                    "about anyone's career."})
    assert response.status_code == 302 and not clause.translation_outdated
    assert client.post(f"/charter/versions/{draft.id}/request-signatures", data={}).status_code == 302
    assert draft.status == AWAITING
    assert client.post(f"/charter/versions/{draft.id}/sign", data={"confirm": "y"}).status_code == 302
    response = client.post(f"/charter/versions/{draft.id}/bring-into-force", data={})
    assert response.status_code == 409
    assert "quorum" in response.get_data(as_text=True)
    assert draft.status == AWAITING

    client.post("/logout")
    login(client, cse1)
    assert client.post(f"/charter/versions/{draft.id}/sign", data={}).status_code == 422  # confirm box
    assert client.post(f"/charter/versions/{draft.id}/sign", data={"confirm": "y"}).status_code == 302
    client.post("/logout")
    login(client, cse2)
    response = client.post(f"/charter/versions/{draft.id}/refuse", data={"reason": "Le seuil de 6 reste trop "
                                                                                   "bas pour l'équipe Ventes."})
    assert response.status_code == 302
    client.post("/logout")
    login(client, hr)
    page = client.get(f"/charter/versions/{draft.id}").get_data(as_text=True)
    assert "trop bas pour l&#39;équipe Ventes" in page  # the refusal is visible to HR
    assert client.post(f"/charter/versions/{draft.id}/bring-into-force", data={}).status_code == 409

    # HR changes the text after signatures: they are voided and the version returns to review
    clause = draft.clauses[0]
    client.post(f"/charter/versions/{draft.id}/clauses/{clause.id}/edit",
                data={"title": clause.title, "body": clause.body + " Révisé.", "title_en": "", "body_en": ""})
    assert draft.status == REVIEW and draft.live_signatures == []
    client.post(f"/charter/versions/{draft.id}/request-signatures", data={})
    for person in (hr, cse1, cse2):
        workflow.sign(draft, person)
    response = client.post(f"/charter/versions/{draft.id}/bring-into-force", data={})
    assert response.status_code == 302 and draft.status == ADOPTED
    assert services.version_in_force().id == draft.id
    assert not services.has_accepted_current(demo.person("employee1@demo.test"))  # paused


def test_hr_creates_and_edits_a_version_through_pages(client, login, make_person):
    hr = make_person(roles=("hr",))
    login(client, hr)
    response = client.post("/charter/versions/new", data={})
    assert response.status_code == 302
    version = db.session.query(CharterVersion).one()
    response = client.post(f"/charter/versions/{version.id}/clauses/new", data={"title": "", "body": "x"})
    assert response.status_code == 422
    response = client.post(f"/charter/versions/{version.id}/clauses/new",
                           data={"title": "Volontariat", "body": "Libre. <script>alert(1)</script>"})
    assert response.status_code == 302
    page = client.get(f"/charter/versions/{version.id}").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page
    client.post(f"/charter/versions/{version.id}/clauses/new", data={"title": "Vie privée", "body": "Le soir."})
    first, second = version.clauses
    client.post(f"/charter/versions/{version.id}/clauses/{second.id}/move/up")
    assert [c.title for c in version.clauses] == ["Vie privée", "Volontariat"]
    client.post(f"/charter/versions/{version.id}/clauses/{first.id}/delete")
    assert [c.title for c in version.clauses] == ["Vie privée"]
    assert client.post(f"/charter/versions/{version.id}/submit").status_code == 302
    assert version.status == REVIEW


def test_versions_page_lists_and_offers_a_comparison(client, login, demo):
    login(client, demo.person("hr@demo.test"))
    page = client.get("/charter/versions").get_data(as_text=True)
    assert "Version 1" in page and "Version 2" in page and "Comparer" in page
    assert "Commencer une nouvelle version" not in page  # one open version at a time


def test_home_banner_asks_to_accept_and_says_when_participation_is_paused(client, login, make_charter_in_force,
                                                                           make_person):
    from datetime import timedelta

    from advocacy.core.timeutil import freeze

    make_charter_in_force()
    employee = make_person()
    login(client, employee)
    assert "Lisez la charte avant de participer" in client.get("/").get_data(as_text=True)
    services.accept(employee)
    assert 'id="charter-banner"' not in client.get("/").get_data(as_text=True)
    freeze(utcnow_plus(timedelta(minutes=1)))
    try:
        make_charter_in_force(retention_days=200)
        page = client.get("/").get_data(as_text=True)
        assert "Une nouvelle version de la charte est en vigueur" in page and "suspendue" in page
    finally:
        freeze(None)


def utcnow_plus(delta):
    from advocacy.core.timeutil import utcnow

    return utcnow() + delta


def test_home_banner_points_reps_to_the_version_in_review(client, login, demo):
    login(client, demo.person("cse2@demo.test"))
    page = client.get("/").get_data(as_text=True)
    assert "La version 3 de la charte est « en relecture »" in page


def test_adopted_versions_are_read_only_inside_the_layout(client, login, demo):
    """No "saving voids the signatures" notice on an adopted version: its edit pages answer 409 in the layout."""
    login(client, demo.person("hr@demo.test"))
    adopted = _version(1)
    clause = adopted.clauses[0]
    for url in (f"/charter/versions/{adopted.id}/edit", f"/charter/versions/{adopted.id}/clauses/new",
                f"/charter/versions/{adopted.id}/clauses/{clause.id}/edit"):
        response = client.get(url)
        page = response.get_data(as_text=True)
        assert response.status_code == 409, url
        assert "<nav" in page and "</footer>" in page  # the whole layout, not a bare error page
        assert "lecture seule" in page and "annulera" not in page and "annule les signatures" not in page


def test_bring_into_force_appears_only_at_quorum(client, login, demo):
    hr, cse1, cse2 = (demo.person(e) for e in ("hr@demo.test", "cse1@demo.test", "cse2@demo.test"))
    draft = _version(3)
    for amendment in workflow.amendments(draft):
        workflow.answer_amendment(amendment, hr, "Nous y reviendrons au bilan annuel.")
    workflow.request_signatures(draft, hr)
    login(client, hr)
    workflow.sign(draft, hr)
    page = client.get(f"/charter/versions/{draft.id}").get_data(as_text=True)
    assert 'id="adopt"' not in page and 'id="adopt-waits"' in page
    workflow.sign(draft, cse1)
    workflow.sign(draft, cse2)
    page = client.get(f"/charter/versions/{draft.id}").get_data(as_text=True)
    assert 'id="adopt"' in page and 'id="adopt-waits"' not in page


def test_review_page_says_when_signatures_can_be_requested(client, login, make_person):
    hr = make_person(roles=("hr",))
    version = workflow.create_version(hr, title="Charte", clauses=[{"title": "A", "body": "B"}])
    workflow.submit_for_review(version, hr)
    login(client, hr)
    page = client.get(f"/charter/versions/{version.id}").get_data(as_text=True)
    assert 'id="review-period"' in page and "15 jours" in page
    assert "request-signatures" not in page
    response = client.post(f"/charter/versions/{version.id}/request-signatures", data={})
    assert response.status_code == 303 and version.status == REVIEW
    assert response.headers["Location"].endswith(f"/charter/versions/{version.id}")
