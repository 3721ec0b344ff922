"""Normalisation, spans, counting and the packs' own consistency."""
from __future__ import annotations

import pytest

from advocacy.disclosure import check
from advocacy.disclosure.lexicon import PACKS
from advocacy.disclosure.networks import NETWORKS, graphemes, measure
from advocacy.disclosure.normalize import fold
from advocacy.disclosure.packs import common, fr, uk, us


@pytest.mark.parametrize("raw, folded", [
    ("Publicité", "publicite"), ("ＰＵＢＬＩＣＩＴÉ", "publicite"), ("Pub\u200blicité", "publicite"),
    ("Соllаb", "collab"), ("𝐀𝐝", "ad"), ("Publicite\u0301", "publicite"), ("J’adore « ça »", "j'adore \" ca \""),
    ("Colla\u00adboration", "collaboration"),
])
def test_fold_shows_what_a_reader_sees(raw, folded):
    assert fold(raw).text == " " + folded


def test_spans_point_into_the_original_text():
    text = "Super\u200b crème 🎉 #s\u200bp"
    r = check(text, "instagram", "fr", {"rewarded": True})
    (finding,) = r.findings
    s, e = finding.span
    assert text[s:e] == "#s\u200bp"
    text = "Love it \u202eda#"   # displayed "#ad" through a right-to-left override
    r = check(text, "x", "en", {"rewarded": True})
    assert r.verdict == "pass"


def test_invisible_padding_between_words_counts_inside_a_word_does_not():
    assert check("Great" + "\u200b" * 200 + " #ad", "facebook", "en", {"rewarded": True}).rules == ["mention_hidden"]
    assert check("Gre" + "\u200b" * 200 + "at #ad", "facebook", "en", {"rewarded": True}).verdict == "pass"


def test_network_counting():
    x, bsky, masto = NETWORKS["x"], NETWORKS["bluesky"], NETWORKS["mastodon"]
    assert measure("a" * 10 + " https://example.com/" + "b" * 100, x) == 10 + 1 + 23
    assert measure("すごい", x) == 6 and measure("👍🏽", x) == 2 and measure("🇫🇷", x) == 2
    assert graphemes("👍🏽e\u0301") == 2 and measure("👨‍👩‍👧", bsky) == 1
    assert measure("hi @alice@example.social https://example.com/" + "x" * 100, masto) == len("hi @alice ") + 23


def test_language_and_jurisdiction_defaults():
    assert check("Nouvelle offre, découvrez-la", "x").jurisdiction == "fr"
    r = check("Our new offer is out, check it out", "x")
    assert (r.lang, r.jurisdiction) == ("en", "us")
    assert check("Our new offer", "x", "en-GB").jurisdiction == "uk"
    assert check("Our new offer", "x", "en", {"jurisdiction": "fr"}).jurisdiction == "fr"


def test_every_rule_has_severity_reference_and_both_languages():
    for pack in PACKS.values():
        for rule_id, rule in pack.rules.items():
            assert rule["severity"] in ("fail", "warn"), rule_id
            assert rule["reference"], rule_id
            for key in ("fr", "en", "fix_fr", "fix_en"):
                assert rule[key], (pack.jurisdiction, rule_id, key)
        assert set(pack.rules) == set(common.MESSAGES)


def test_each_wordings_example_is_found_by_its_own_pattern():
    for module in (fr, us, uk):
        pack = PACKS[module.JURISDICTION]
        for spec in module.WORDINGS:
            if not spec["example"]:
                continue
            found = {m.wording.id for m in pack.find(fold(spec["example"]).text)}
            assert spec["id"] in found, (spec["id"], spec["example"], found)


def test_result_to_dict_shape():
    data = check("Great #sp", "x", "en", {"rewarded": True, "brand": "Acme"}).to_dict("fr")
    assert set(data) == {"verdict", "findings", "suggested_text", "network", "lang", "jurisdiction", "length", "limit"}
    finding = data["findings"][0]
    assert set(finding) == {"rule", "severity", "message", "messages", "fix", "fixes", "span", "reference"}
    assert finding["message"] == finding["messages"]["fr"] and "Acme" in finding["fixes"]["en"]
