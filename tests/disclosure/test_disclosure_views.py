"""The stand-alone checker page and the embeddable editor (no-JS path)."""
from __future__ import annotations


def test_page_checks_on_submit_and_marks_spans(client, make_person, login):
    login(client, make_person())
    resp = client.get("/disclosure/")
    html = resp.get_data(as_text=True)
    assert resp.status_code == 200
    assert "data-dc-editor" in html and "js/disclosure.js" in html and "<script>" not in html
    resp = client.post("/disclosure/", data={"text": "Super crème <b>#sp</b>", "network": "instagram", "lang": "fr",
                                             "rewarded": "y", "brand": "Acme"})
    html = resp.get_data(as_text=True)
    assert resp.status_code == 200
    assert 'class="badge fail"' in html
    assert '<mark class="dc-fail" title="commercial_insufficient">#sp</mark>' in html
    assert "&lt;b&gt;" in html and "<b>#sp" not in html
    assert "Collaboration commerciale avec Acme" in html  # the suggestion
    assert 'name="disclosure_apply"' in html


def test_apply_suggestion_without_javascript(client, make_person, login):
    login(client, make_person())
    resp = client.post("/disclosure/", data={"text": "Super crème", "network": "x", "lang": "fr", "rewarded": "y",
                                             "brand": "Acme", "disclosure_apply": "1"})
    html = resp.get_data(as_text=True)
    assert "Collaboration commerciale avec Acme" in html and 'class="badge pass"' in html


def test_page_requires_login_and_validates(client, make_person, login):
    assert client.get("/disclosure/").status_code == 302
    login(client, make_person())
    resp = client.post("/disclosure/", data={"text": "", "network": "x"})
    assert resp.status_code == 200 and 'class="errors"' in resp.get_data(as_text=True)


def test_static_script_is_served(client):
    resp = client.get("/static/js/disclosure.js")
    assert resp.status_code == 200 and b"data-dc-editor" in resp.data
    resp.close()


def test_page_offers_every_network_and_sector_the_checker_knows(client, make_person, login):
    """The page's lists come from networks.py and sectors.py: nothing the CLI and API judge is missing here."""
    from advocacy.disclosure import sectors
    from advocacy.disclosure.networks import CHECKED_ONLY, NETWORKS

    login(client, make_person())
    html = client.get("/disclosure/").get_data(as_text=True)
    for name in (*NETWORKS, *CHECKED_ONLY):
        assert f'value="{name}"' in html
    for value in sectors.SECTORS:
        assert (f'value="{value}"' in html) == (value != "general")
    assert "Formations financées par le CPF" in html  # named in the page's language (French by default)
    resp = client.post("/disclosure/", data={"text": "Formation finançable CPF, inscris-toi vite !", "network": "threads",
                                             "lang": "fr", "rewarded": "y", "brand": "Acme", "sector": "cpf_training"})
    assert resp.status_code == 200 and 'class="badge fail"' in resp.get_data(as_text=True)


def test_findings_are_written_in_the_page_language_without_javascript(client, make_person, login):
    """The editor macro reads the page's language: a French page explains in French, an English one in English."""
    login(client, make_person())
    data = {"text": "Le nouveau sérum Acme est incroyable, lien en bio", "network": "instagram", "lang": "fr",
            "employee": "y", "brand": "Acme"}
    html = client.post("/disclosure/", data=data).get_data(as_text=True)
    assert "Vous travaillez pour Acme" in html and "You work for Acme" not in html
    client.post("/lang", data={"lang": "en", "next": "/disclosure/"})
    html = client.post("/disclosure/", data=data).get_data(as_text=True)
    assert "You work for Acme" in html and "Vous travaillez pour Acme" not in html


def test_a_post_that_owes_nothing_says_why(client, make_person, login):
    """Item 1 of #15: a recruiting post by an employee passes and the page says no disclosure is owed, and why."""
    login(client, make_person())
    data = {"text": "On recrute chez Acme ! Trois postes de développeurs à Lyon, CDI. Écrivez-moi.", "network": "linkedin",
            "lang": "fr", "employee": "y", "brand": "Acme"}
    html = client.post("/disclosure/", data=data).get_data(as_text=True).replace("&#39;", "'")
    assert 'class="badge pass"' in html and "Aucune mention n'est due : publication de recrutement." in html
    client.post("/lang", data={"lang": "en", "next": "/disclosure/"})
    html = client.post("/disclosure/", data=data).get_data(as_text=True)
    assert "No disclosure is owed: recruiting post." in html
    # a post that owes a disclosure and has it says nothing of the kind
    data["text"] = "Publicité — le nouveau sérum Acme est incroyable, lien en bio"
    data["rewarded"] = "y"
    assert "data-dc-owed" not in client.post("/disclosure/", data=data).get_data(as_text=True)
