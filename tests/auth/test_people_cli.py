import re

from sqlalchemy import func, select

from advocacy.auth.models import Person, Team
from advocacy.extensions import db
from tests.site_walk import visible_text

GOOD = """email,display_name,team,roles,language,timezone
ana@example.test,Ana,Ventes,employee,fr,Europe/Paris
bob@example.test,Bob,Ingénierie,employee;staff_rep,en,America/New_York
"""


def _count():
    return db.session.scalar(select(func.count()).select_from(Person))


def test_import_with_one_bad_row_imports_nothing_and_names_it(runner, tmp_path):
    before = _count()
    path = tmp_path / "people.csv"
    path.write_text(GOOD + "carl-at-example,Carl,Ventes,employee,fr,Europe/Paris\n")
    result = runner.invoke(args=["people", "import", str(path)])
    assert result.exit_code == 1
    assert "line 4: invalid email 'carl-at-example'" in result.output
    assert "Nothing imported" in result.output
    assert _count() == before


def test_import_reports_every_bad_row(runner, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text(GOOD + "dan@example.test,Dan,X,wizard,fr,Europe/Paris\neve@example.test,,X,employee,xx,Nowhere\n")
    result = runner.invoke(args=["people", "import", str(path)])
    assert "line 4: unknown role(s) wizard" in result.output
    assert "line 5: display_name is empty" in result.output


def test_import_good_file(runner, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text(GOOD)
    result = runner.invoke(args=["people", "import", str(path)])
    assert result.exit_code == 0, result.output
    bob = db.session.scalar(select(Person).where(Person.email == "bob@example.test"))
    assert bob.roles == {"employee", "staff_rep"} and bob.team.name == "Ingénierie"
    assert bob.timezone == "America/New_York" and bob.language == "en"
    assert db.session.scalar(select(Team).where(Team.slug == "ingenierie")) is not None


def test_token_command_prints_token_last(runner, make_person, client):
    person = make_person(roles=("marketer",))
    result = runner.invoke(args=["people", "token", person.email])
    assert result.exit_code == 0
    token = result.output.strip().splitlines()[-1]
    assert token.startswith("pv_")
    assert client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"}).json["email"] == person.email
    from advocacy.auth.models import ApiToken

    stored = db.session.scalars(select(ApiToken.token_hash)).all()
    assert token not in stored  # hashed at rest


def test_import_via_the_admin_page_is_all_or_nothing(client, make_person, login):
    import io

    admin = make_person(roles=("admin",))
    login(client, admin)
    before = _count()
    data = {"file": (io.BytesIO((GOOD + "bad,,,,\n").encode()), "people.csv")}
    response = client.post("/people/import", data=data, content_type="multipart/form-data")
    assert response.status_code == 422
    assert "Ligne 4" in response.get_data(as_text=True)
    assert _count() == before


def test_the_admin_page_lists_every_problem_of_every_row_in_the_page_language(client, make_person, login):
    import io

    admin = make_person(roles=("admin",))
    login(client, admin)
    bad = GOOD + "not-an-address,,X,wizard,xx,Nowhere/City\nana@example.test,Ana bis,X,employee,fr,Europe/Paris\n"
    response = client.post("/people/import", data={"file": (io.BytesIO(bad.encode()), "people.csv")},
                           content_type="multipart/form-data")
    page = response.get_data(as_text=True).replace("&#39;", "'")
    assert response.status_code == 422
    for problem in ("Ligne 4 : adresse e-mail invalide 'not-an-address'", "Ligne 4 : display_name (le nom affiché) est vide",
                    "Ligne 4 : rôle(s) inconnu(s) : wizard", "Ligne 4 : la langue doit être fr, en, pas 'xx'",
                    "Ligne 4 : fuseau horaire inconnu : 'Nowhere/City'",
                    "Ligne 5 : adresse e-mail ana@example.test en double dans le fichier"):
        assert problem in page, problem
    shown = visible_text(page)
    assert not re.search(r"\b(invalid|unknown|duplicate)\b", shown)
    client.post("/lang", data={"lang": "en", "next": "/people"})
    response = client.post("/people/import", data={"file": (io.BytesIO(bad.encode()), "people.csv")},
                           content_type="multipart/form-data")
    page = response.get_data(as_text=True).replace("&#39;", "'")
    assert "Line 4: invalid email 'not-an-address'" in page and "Line 4: unknown time zone 'Nowhere/City'" in page
