"""Translations tied to the signed text: each clause's English translation records the French
revision it translates; a merged amendment makes it out of date, which blocks the signatures
until the translation is updated (or confirmed); readers in English are told."""
import pytest

from advocacy.charter import workflow
from advocacy.charter.models import AWAITING
from advocacy.charter.services import CharterError
from tests.fixtures.charter import open_for_signatures

CLAUSES = [{"title": "Volontariat", "body": "Participer est libre.", "title_en": "Voluntary",
            "body_en": "Taking part is free."},
           {"title": "Vie privée", "body": "Pas de sollicitation le soir.", "title_en": "Private life",
            "body_en": "No solicitation in the evening."}]


@pytest.fixture
def people(make_person):
    return {"hr": make_person(roles=("hr",)),
            "rep": make_person(roles=("staff_rep", "employee"), language="en"),
            "rep2": make_person(roles=("staff_rep", "employee"))}


@pytest.fixture
def amended(people):
    """A version in review whose first clause took a staff representative's French amendment."""
    version = workflow.create_version(people["hr"], title="Charte", title_en="Charter", clauses=CLAUSES)
    workflow.submit_for_review(version, people["hr"])
    open_for_signatures(version)
    clause = version.clauses[0]
    assert (clause.source_revision, clause.translated_revision, clause.translation_outdated) == (1, 1, False)
    amendment = workflow.propose_amendment(version, people["rep"], clause.key, title="Volontariat",
                                           body="Participer est libre et sans aucune conséquence.")
    workflow.accept_amendment(amendment, people["hr"])
    return version


def test_merged_amendment_marks_the_translation_out_of_date_and_blocks_signature(people, amended):
    clause, other = amended.clauses
    assert clause.source_revision == 2 and clause.translated_revision == 1 and clause.translation_outdated
    assert not other.translation_outdated
    assert workflow.outdated_translations(amended) == [clause]
    with pytest.raises(CharterError) as caught:
        workflow.request_signatures(amended, people["hr"])
    assert caught.value.code == "translation_outdated" and "Volontariat" in caught.value.message
    # Translating the amended text lifts the block.
    workflow.update_clause(clause, people["hr"], title=clause.title, body=clause.body, title_en="Voluntary",
                           body_en="Taking part is free and has no consequence at all.")
    assert clause.translated_revision == clause.source_revision == 2 and not clause.translation_outdated
    workflow.request_signatures(amended, people["hr"])
    assert amended.status == AWAITING


def test_hr_may_confirm_that_a_translation_still_matches(people, amended):
    clause = amended.clauses[0]
    workflow.update_clause(clause, people["hr"], title=clause.title, body=clause.body, title_en=clause.title_en,
                           body_en=clause.body_en, translation_current=True)
    assert not clause.translation_outdated
    workflow.request_signatures(amended, people["hr"])


def test_a_french_edit_without_the_english_one_outdates_it(people):
    version = workflow.create_version(people["hr"], title="Charte", clauses=CLAUSES)
    clause = version.clauses[1]
    workflow.update_clause(clause, people["hr"], title=clause.title, body="Aucune sollicitation le soir.",
                           title_en=clause.title_en, body_en=clause.body_en)
    assert clause.translation_outdated
    workflow.submit_for_review(version, people["hr"])
    assert version.clauses[1].translation_outdated  # still, after the review opens


def test_readers_in_english_see_the_notice(client, login, people, amended):
    login(client, people["rep"])
    page = client.get(f"/charter/versions/{amended.id}").get_data(as_text=True)
    assert "The English translation of this clause is out of date" in page
    assert "Participer est libre et sans aucune conséquence." in page  # the French text applies
    assert "Translation, may differ: the French text is the one that was signed." in page  # the other clause
    assert "No solicitation in the evening." in page


def test_the_api_says_which_translation_is_out_of_date(client, api_headers, people, amended):
    body = client.get(f"/api/v1/charter/versions/{amended.id}", headers=api_headers(people["hr"])).get_json()
    assert [c["translation_outdated"] for c in body["clauses"]] == [True, False]
    assert body["clauses"][0]["source_revision"] == 2 and body["clauses"][0]["translated_revision"] == 1


def test_edit_page_offers_to_confirm_the_translation(client, login, people, amended):
    login(client, people["hr"])
    clause = amended.clauses[0]
    page = client.get(f"/charter/versions/{amended.id}/clauses/{clause.id}/edit").get_data(as_text=True)
    assert 'name="translation_current"' in page
    response = client.post(f"/charter/versions/{amended.id}/clauses/{clause.id}/edit", data={
        "title": clause.title, "body": clause.body, "title_en": clause.title_en, "body_en": clause.body_en,
        "translation_current": "y"})
    assert response.status_code == 302
    assert not clause.translation_outdated
