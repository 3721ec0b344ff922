"""Every charter page renders in both languages, for each role, at each workflow stage."""
import pytest

from advocacy.charter import workflow
from advocacy.charter.models import CharterVersion
from advocacy.extensions import db


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_pages_render_at_every_stage(client, login, demo, make_person, lang):
    hr, rep = demo.person("hr@demo.test"), demo.person("cse1@demo.test")
    both = make_person(roles=("hr", "staff_rep"))
    *_, first, second = db.session.query(CharterVersion).order_by(CharterVersion.number).all()  # in force, in review
    urls = ["/charter/", "/charter/versions", f"/charter/versions/{first.id}", f"/charter/versions/{second.id}",
            f"/charter/versions/{first.id}/print", f"/charter/versions/{second.id}/print",
            f"/charter/versions/{first.id}/diff/{second.id}", f"/charter/versions/{second.id}/diff/{first.id}", "/"]
    hr_urls = [f"/charter/versions/{second.id}/edit", f"/charter/versions/{second.id}/clauses/new",
               f"/charter/versions/{second.id}/clauses/{second.clauses[0].id}/edit"]

    def check(person, extra=(), only=None):
        client.post("/logout")
        login(client, person, password="secret-password")
        client.post("/lang", data={"lang": lang, "next": "/"})
        for url in (*(only or urls), *extra):
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)

    for amendment in workflow.amendments(second):
        workflow.answer_amendment(amendment, hr, "Nous y reviendrons au bilan annuel.")
    check(hr, hr_urls)
    check(rep)
    workflow.request_signatures(second, hr)
    workflow.sign(second, rep)
    workflow.refuse(second, demo.person("cse2@demo.test"), "Le seuil de masquage doit rester à 5 pour comparer.")
    check(hr, hr_urls)
    check(both)
    employee = demo.person("employee3@demo.test")
    check(employee, only=[u for u in urls if str(second.id) not in u])
    assert client.get(f"/charter/versions/{second.id}").status_code == 404
