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


def test_every_french_catalogue_has_the_same_plural_rule():
    """The catalogues are merged at run time with a single plural rule (the last one loaded): a catalogue
    written with another rule (Babel's CLDR one, three forms) made every plural of the others English
    for 2 and more ("2 new kits since your last visit" on a French home page)."""
    rules = {str(po.relative_to(ROOT)): catalogue.plural_forms for po, catalogue in _french_catalogues()}
    assert set(rules.values()) == {"nplurals=2; plural=(n > 1);"}, rules


def test_plural_messages_of_every_catalogue_are_french_for_two_and_more(app):
    from flask_babel import force_locale, get_translations

    plurals = [(message.id, message.string) for _po, catalogue in _french_catalogues() for message in catalogue
               if message.id and not isinstance(message.id, str) and message.string and message.string[-1]]
    assert plurals
    with app.test_request_context(), force_locale("fr"):
        merged = get_translations()
        english = [singular for (singular, plural), forms in plurals
                   if merged.ngettext(singular, plural, 2) != forms[-1]]
    assert not english, f"shown in English for 2 on French pages: {english}"
