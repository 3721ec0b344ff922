"""No English on a French page, no French on an English page.

Signed in as each demo role (and anonymous), every page reachable from the URL map
(``tests/site_walk.py``) is rendered in French and in English on the demo company; the visible
text must hold none of the other language's common interface words. What the demo's people typed
(campaign names, kit texts, charter clauses, team and person names) is their content, not the
interface: the text of every content column of the database is taken out before looking. Proper
nouns (networks, standards) are allowed; an element marked ``translate="no"`` is not read.
"""
from __future__ import annotations

import re

import pytest
from flask import g
from sqlalchemy import String, Text, select, text

from advocacy.auth.models import Person
from advocacy.auth.sessions import start_session
from advocacy.extensions import db
from tests.site_walk import Walk, is_page_endpoint, may_see, visible_text, words

pytestmark = pytest.mark.slow

ACCOUNTS = (None, "employee1@demo.test", "cse1@demo.test", "marketer@demo.test", "compliance@demo.test",
            "hr@demo.test", "admin@demo.test")

#: Common English interface words that are not French words.
ENGLISH = set("""
the and your you with from this that these those there their they them what which when where who
how why will would should could can't cannot must please here than only also about after before
into out over its our we he she his her my yes none not has have had are is was were been being
for to at by it if all any new show view edit delete save cancel submit back next previous search
sign signed password settings people review reviewed share shared shares figures rewards ideas
privacy pending approved rejected draft closed send add remove update updated created create
enter choose select upload download export click clicks likes reposts replies week weeks month
months day days year years today yesterday never always warn pass fail failed employee marketer
staff_rep hr found error errors invalid required missing allowed denied forbidden unknown
agree accept accepted withdraw withdrawn granted given since until average rate per
members member campaign campaigns network networks findings finding queue tracked
tracking open opened close more less see read sent received yet still token tokens bearer unauthorized
enough access
""".split())

#: Common French interface words (and any accented letter) that an English page should not show.
FRENCH = set("""
le la les des du une et vous votre vos est sont pour avec dans sur pas ne aucun aucune enregistrer
annuler modifier supprimer retour suivant rechercher connexion mot passe paramètres personnes
campagne campagnes chiffres récompenses idées oui non été être au aux ce cette ces qui que quand
jours mois semaine semaines publié publiés envoyer ajouter voir lire valider refuser signer
partager partages publications réseau réseaux trouvé erreur obligatoire accès interdit
""".split())
FRENCH_LETTERS = re.compile(r"[éèêàâçùûôîœ]", re.IGNORECASE)

#: Proper nouns and technical names the same in both languages.
ALLOWED = {"linkedin", "x", "bluesky", "mastodon", "porte", "voix", "csv", "sso", "saml", "oidc", "scim",
           "api", "totp", "rgpd", "gdpr", "cse", "ftc", "demo", "test", "url", "qr", "otp", "ok",
           # the French disclosure label, quoted on purpose in English advice about a French post
           "publicité"}

#: Columns holding what people typed (names, titles, texts): their words are content, not interface.
CONTENT_COLUMN = re.compile(r"(name|title|body|text|label|question|description|summary|address|comment|note|answer|"
                            r"goal|prompt|rationale|brand|^reason$|hashtags|slug)", re.I)


def content_strings() -> list[str]:
    """Every value of the database's content columns, longest first (so sentences go before words)."""
    found: set[str] = set()
    for table in db.metadata.sorted_tables:
        columns = [c for c in table.columns if isinstance(c.type, (String, Text)) and CONTENT_COLUMN.search(c.name)]
        for column in columns:
            for value in db.session.execute(select(column).distinct().limit(2000)).scalars():
                if value and len(value) > 1:
                    found.add(value)
                    found.update(line.strip(" -*#>") for line in value.splitlines() if line.strip(" -*#>"))
    return sorted(found, key=len, reverse=True)


def without_content(text: str, content: list[str]) -> str:
    for value in content:
        if value in text:
            text = text.replace(value, " ")
    return text


#: Numbers written the other language's way: "71.5", "1,234" on a French page; "71,5" on an English one.
NUMBER = {"fr": re.compile(r"(?<![\w.,/:-])\d+\.\d+(?![\w.]*[\w/])|(?<![\w.,])\d{1,3},\d{3}\b"),
          "en": re.compile(r"(?<![\w.,])\d+,\d{1,2}(?![\d,])")}


#: A date as a machine writes it ("2026-11-24", "2026-11-24T10:00"): people read dates in their language.
ISO_DATE = re.compile(r"(?<![\w/-])\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?(?![\w-])")


def offending(text: str, lang: str) -> set[str]:
    found = set(NUMBER[lang].findall(text)) | set(ISO_DATE.findall(text))
    for word in words(text):
        lower = word.lower()
        if lower in ALLOWED:
            continue
        if lang == "fr" and lower in ENGLISH:
            found.add(word)
        elif lang == "en" and (lower in FRENCH or FRENCH_LETTERS.search(word)):
            found.add(word)
    return found


def around(text: str, word: str, width: int = 60) -> str:
    """The text around the first ``word`` standing alone (so a failure says where it was seen)."""
    match = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text)
    start = match.start() if match else 0
    return " ".join(text[max(0, start - width):start + len(word) + width].split())


def _client(app, person, lang):
    client = app.test_client()
    g.pop("_login_user", None)
    with client.session_transaction() as session:
        session["lang"] = lang
        if person is not None:
            session["_user_id"] = start_session(person, mfa=True)
            session["_fresh"] = True
    return client


#: Page routes no walk reaches, and why (every other page route of the URL map must be walked).
UNREACHED = {"consent.data_request": "exists only once a person has asked for a copy or erasure of their data",
             "integrations.endpoint": "exists only once an admin has added a webhook endpoint (the demo adds none)",
             "integrations.channel": "exists only once an admin has added a Slack or Teams channel (the demo adds none)",
             "accounts.callback": "the network's OAuth redirect back to us, never a link on a page"}


def walk_pages(app, email, lang):
    person = db.session.scalar(select(Person).where(Person.email == email)) if email else None
    client = _client(app, person, lang)
    # The administrator's look at one person's consent ledger has no link: open it directly.
    employee = db.session.scalar(select(Person.id).where(Person.email == "employee1@demo.test"))

    def fetch(url):
        g.pop("_login_user", None)
        response = client.get(url, follow_redirects=True)
        return response.status_code, response.content_type, response.get_data(as_text=True), response.request.path

    return Walk(app, fetch, may_see(set(person.roles) if person else set()),
                extra_urls=(f"/consent/people/{employee}",)).pages()


@pytest.fixture
def demo_company(app):
    from advocacy import demo

    demo.seed()
    db.session.flush()
    return content_strings()


def test_no_page_shows_the_other_language(app, demo_company):
    problems = []
    walked = set()
    for email in ACCOUNTS:
        for lang in ("fr", "en"):
            for url, endpoint, status, html in walk_pages(app, email, lang):
                walked.add(endpoint)
                assert status < 500, f"{url} as {email}: {status}"
                shown = without_content(visible_text(html), demo_company)
                found = offending(shown, lang)
                if found:
                    problems.append(f"{lang} {url} ({email or 'anonymous'}): {sorted(found)} in "
                                    f"{[around(shown, word) for word in sorted(found)[:3]]}")
    pages = {rule.endpoint for rule in app.url_map.iter_rules()
             if "GET" in rule.methods and is_page_endpoint(rule.endpoint, rule.rule)}
    missed = sorted(pages - walked - set(UNREACHED))
    assert not missed, f"page routes no walk reached (link them from a page, or say why in UNREACHED): {missed}"
    versions = db.session.execute(text("SELECT number, status, title FROM charter_versions ORDER BY number")).all()
    assert not problems, (f"{len(problems)} page(s) in the wrong language (charter versions: {versions}):\n"
                          + "\n".join(problems))


def test_paused_networks_are_explained_in_the_page_language(app, make_person, login, client):
    """The demo pauses no network: the admin's Network connections page with two paused ones."""
    from datetime import timedelta

    from advocacy.core.timeutil import utcnow
    from advocacy.tracking.models import ProviderThrottle

    now = utcnow()
    db.session.add_all([
        ProviderThrottle(key="x", blocked_until=now + timedelta(hours=1), config_setting="ADVOCACY_X_BEARER_TOKEN",
                         config_detail="HTTP 401 Unauthorized", config_since=now),
        ProviderThrottle(key="linkedin", blocked_until=now + timedelta(hours=1), config_since=now,
                         config_setting="LinkedIn app permission r_member_postAnalytics",
                         config_detail="HTTP 403 Not enough permissions to access: memberCreatorPostAnalytics")])
    db.session.flush()
    login(client, make_person(roles=("admin",)))
    for lang in ("fr", "en"):
        client.post("/lang", data={"lang": lang})
        page = client.get("/tracking/providers").get_data(as_text=True)
        assert "r_member_postAnalytics" in page and "ADVOCACY_X_BEARER_TOKEN" in page and "HTTP 401" in page
        assert not offending(visible_text(page), lang), (lang, offending(visible_text(page), lang))


def test_the_embedded_demo_controller_is_named_in_the_page_language(app, make_person, login, client, monkeypatch):
    """``make run`` without ADVOCACY_CONTROLLER_* names a placeholder controller: in words of the page."""
    import dataclasses

    from advocacy.core.settings import EMBEDDED_CONTROLLER

    demo = dataclasses.replace(app.config["SETTINGS"], controller_name=EMBEDDED_CONTROLLER[0],
                               controller_address=EMBEDDED_CONTROLLER[1], controller_dpo_email=EMBEDDED_CONTROLLER[2])
    monkeypatch.setitem(app.config, "SETTINGS", demo)
    login(client, make_person())
    page = client.get("/consent/").get_data(as_text=True)
    assert "Démonstration seulement" in page and not offending(visible_text(page), "fr")
    client.post("/lang", data={"lang": "en"})
    page = client.get("/consent/").get_data(as_text=True)
    assert "Demo only: no real controller" in page and not offending(visible_text(page), "en")


def test_a_fingerprint_is_no_word():
    """A charter's SHA-256 fingerprint is shown on its page: "…03ce17…" holds no French "ce"."""
    assert offending("You sign the text whose fingerprint is 9a03ce17f0b2de", "en") == set()
    assert offending("Ce texte", "en") == {"Ce"}
