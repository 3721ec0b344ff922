import re

from babel.messages.pofile import read_po

from advocacy.core.catalogs import ROOT, extracted_ids, po_files, translated_ids


def test_every_ui_string_has_a_french_translation():
    translated = translated_ids()  # once: every catalogue read per message took minutes
    missing = {key: where[0] for key, where in extracted_ids().items() if key not in translated}
    assert not missing, "untranslated (run `python -m advocacy.core.catalogs update <domain>`): " + repr(missing)


def test_french_by_default_english_on_request(client, make_person, login):
    page = client.get("/login").get_data(as_text=True)
    assert "Se connecter" in page and 'lang="fr"' in page
    client.post("/lang", data={"lang": "en", "next": "/login"})
    page = client.get("/login").get_data(as_text=True)
    assert "Log in" in page and 'lang="en"' in page


def test_unsafe_next_is_ignored(client):
    response = client.post("/lang", data={"lang": "fr", "next": "//evil.example/"})
    assert response.headers["Location"] == "/"


def _french_catalogues():
    for po in po_files():
        if "/fr/" in str(po):
            with po.open("rb") as handle:
                yield po, read_po(handle)


def test_no_message_is_fuzzy_and_each_has_one_french_translation():
    """The domains' catalogues are merged at run time: an id translated two ways in two catalogues
    shows one of them everywhere (a verb where a noun was meant): give it a more precise id."""
    fuzzy, seen = [], {}
    for po, catalogue in _french_catalogues():
        for message in catalogue:
            if not message.id:
                continue
            key = message.id if isinstance(message.id, str) else message.id[0]
            if message.fuzzy:
                fuzzy.append(f"{po.relative_to(ROOT)}: {key!r}")
            if message.string:
                text = message.string if isinstance(message.string, str) else message.string[0]
                seen.setdefault(key, {}).setdefault(text, []).append(str(po.relative_to(ROOT)))
    assert not fuzzy, "fuzzy (check the translation, then remove the flag): " + "; ".join(fuzzy)
    twice = {key: texts for key, texts in seen.items() if len(texts) > 1}
    assert not twice, f"translated differently in different catalogues: {twice}"


FRENCH_IN_ID = re.compile(r"[éèêàâçùûôîœ]|\b(le|la|les|des|une|vous|votre|est|pour|avec|dans)\b", re.I)


def test_message_ids_are_english():
    """English pages show the ids themselves: an id written in French is French on an English page."""
    french = {key: where[0] for key, where in extracted_ids().items() if FRENCH_IN_ID.search(key)}
    assert not french, f"message ids in French (write them in English, translate in the .po): {french}"
