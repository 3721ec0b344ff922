"""Normalisation, spans, counting and the packs' own consistency."""
from __future__ import annotations

import pytest

from advocacy.disclosure import check, owed
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
    text = "Love it \u202eda#"   # displayed "#ad" through a right-to-left override: seen, and noted
    r = check(text, "x", "en", {"rewarded": True})
    assert r.verdict == "pass" and r.rules == ["mention_obfuscated"] and r.findings[0].severity == "note"


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
            assert rule["severity"] in ("fail", "warn", "note"), rule_id
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
    assert set(data) == {"verdict", "findings", "suggested_text", "network", "lang", "jurisdiction", "length", "limit",
                         "owed", "owed_reason", "owed_reason_text", "sectors", "suggestion_fits"}
    finding = data["findings"][0]
    assert set(finding) == {"rule", "severity", "message", "messages", "fix", "fixes", "span", "reference"}
    assert finding["message"] == finding["messages"]["fr"] and "Acme" in finding["fixes"]["en"]


@pytest.mark.parametrize("text, lang", [
    ("not not commerciale #ad #ad Loving the new Acme headphones", "en"),
    ("not not not an ad. #ad Loving the new Acme headphones", "en"),
    ("no no no, not sponsored #ad Loving the new Acme headphones", "en"),
    ("not #notsponsored #ad Loving the new Acme headphones", "en"),
    ("Pas pas de pub, pas de pub ! J'adore le nouveau casque Acme", "fr"),
    ("Non non, pas sponsorisé, pas pas une pub. J'adore le nouveau casque Acme", "fr"),
])
def test_stacked_negations_leave_no_denial_after_the_fix(text, lang):
    context = {"rewarded": True, "brand": "Acme"}
    result = check(text, "instagram", lang, context)
    assert "denial_while_rewarded" in result.rules
    fixed = check(result.suggested_text, "instagram", lang, context)
    assert fixed.verdict == "pass", (result.suggested_text, fixed.rules)
    assert "Acme" in result.suggested_text and "not" not in result.suggested_text.lower().split()


@pytest.mark.parametrize("text, kept", [
    ("As someone who used to work at Acme, I can tell you the new Acme Trail shoes are the best. Use code TRAIL20!",
     "I can tell you the new Acme Trail shoes are the best. Use code TRAIL20!"),
    ("Not sponsored, I just love the new Acme Trail shoes. Use code TRAIL20!",
     "I just love the new Acme Trail shoes. Use code TRAIL20!"),
])
def test_a_denial_inside_a_lead_in_clause_goes_with_its_clause(text, kept):
    """The fix removes the whole lead-in ("As someone who used to work at Acme,"), not only the denial's words,
    which left "As someone who Acme, I can tell you…" (the prefix states the link instead)."""
    context = {"jurisdiction": "us", "employee": True, "rewarded": True, "brand": "Acme"}
    result = check(text, "instagram", "en", context)
    assert result.verdict == "fail"
    assert result.suggested_text.endswith("\n" + kept), result.suggested_text
    assert check(result.suggested_text, "instagram", "en", context).verdict == "pass"


def test_stacked_negations_are_one_denial():
    result = check("no no no, not sponsored #ad Loving the new Acme headphones", "instagram", "en",
                   {"rewarded": True, "brand": "Acme"})
    assert result.rules.count("denial_while_rewarded") == 1
    (finding,) = [f for f in result.findings if f.rule == "denial_while_rewarded"]
    assert result.text[finding.span[0]:finding.span[1]].startswith("no no no")


@pytest.mark.parametrize("text, said", [
    ("je gagne des points a chaque inscription", True), ("je touche une prime pour chaque vente", True),
    ("mon lien de parrainage est en bio", True), ("i get a bonus for every sign-up", True),
    ("i earn a commission on each order", True), ("referral code inside", True), ("i get $5 per order", True),
    ("je travaille chez zest et j'adore notre appli", False), ("points of view on the new app", False),
    ("the team gets a bonus at year end", False),
])
def test_a_reward_the_text_states_is_read_and_the_quick_gate_never_hides_one(text, said):
    assert owed.states_reward(" " + text) is said
    # the substring gate is only a shortcut: it never disagrees with the pattern itself
    assert owed.states_reward(" " + text) == (owed.REWARD_RE.search(" " + text) is not None)


_NO_CYCLE_PROBE = """
import gc
from advocacy.disclosure import check

posts = [("Loving the new Zest headphones", "x", "en", {"rewarded": True, "brand": "Zest", "jurisdiction": "us"}),
         ("Publicité — la nouvelle appli Zest.", "instagram", "fr", {"employee": True, "brand": "Zest"}),
         ("#\\u0430d the new Zest app", "bluesky", "en", {"rewarded": True})]


def run():
    for text, network, lang, context in posts:
        result = check(text, network, lang, context)
        result.suggested_text
        result.to_dict("fr")


run()  # first calls fill caches (compiled brand patterns, catalogues…)
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
gc.disable()
run()
found = gc.collect()
print(found, sorted({type(o).__name__ for o in gc.garbage}))
"""


def test_a_check_leaves_no_reference_cycle_for_the_garbage_collector():
    """Throughput: a check is freed by reference counting (bench/disclosure.py); a finding that
    pointed back at its check made every check cyclic garbage. Measured in a fresh interpreter:
    in the suite's process, threads left by other tests (servers, pools) make garbage of their own
    while the checks run, and the collector counts theirs too."""
    import subprocess
    import sys
    from pathlib import Path

    out = subprocess.run([sys.executable, "-c", _NO_CYCLE_PROBE], capture_output=True, text=True, timeout=120,
                         cwd=Path(__file__).resolve().parents[2], check=True).stdout.split(maxsplit=1)
    assert out[0] == "0", f"cyclic garbage after warm checks: {out}"


def test_tiktok_is_checked_though_nothing_is_shared_there():
    """A post written for TikTok is judged (caption limit, "more" cut), not warned about as an unknown network."""
    up_front = "Collaboration commerciale avec Acme : je vous montre la nouvelle gourde en 30 secondes."
    assert check(up_front, "tiktok", "fr", {"rewarded": True, "brand": "Acme"}).verdict == "pass"
    late = "Je vous montre la nouvelle gourde en 30 secondes, elle tient le froid toute la journée, " \
           "même en pleine randonnée au soleil. Collaboration commerciale avec Acme."
    assert check(late, "TikTok", "fr", {"rewarded": True, "brand": "Acme"}).rules == ["mention_after_cut"]
    assert check("#ad " + "x" * 4001, "tiktok", "en", {"rewarded": True}).rules == ["length_over_limit"]
    assert "tiktok" not in NETWORKS  # checked only: no share intent, no charter choice


def test_threads_is_checked_though_nothing_is_shared_there():
    """Threads: 500 characters, the whole post shown in the feed (a mention at the end is still seen)."""
    end = "Je vous montre la nouvelle gourde : elle tient le froid toute la journée, même en pleine randonnée " \
          "au soleil, et elle rentre dans le porte-bouteille du vélo. Collaboration commerciale avec Acme."
    assert check(end, "threads", "fr", {"rewarded": True, "brand": "Acme"}).verdict == "pass"
    assert check(end, "Threads.net", "fr", {"rewarded": True, "brand": "Acme"}).verdict == "pass"
    assert check("#ad " + "x" * 501, "threads", "en", {"rewarded": True}).rules == ["length_over_limit"]
    assert "threads" not in NETWORKS


def test_youtube_is_checked_though_nothing_is_shared_there():
    """YouTube: a description of up to 5,000 characters, its first lines shown before "...more"."""
    up_front = "#ad Acme sent me their trail shoes for this video: 200 km later, here is what held up and what did not."
    assert check(up_front, "youtube", "en", {"rewarded": True, "brand": "Acme", "jurisdiction": "us"}).verdict == "pass"
    late = ("Two hundred kilometres of mud, gravel and wet rock later, here is everything I learned about these "
            "trail shoes, the good and the bad, chapter by chapter below. Sponsored by Acme.")
    assert check(late, "YouTube", "en", {"rewarded": True, "brand": "Acme", "jurisdiction": "us"}).rules == \
        ["mention_after_cut"]
    assert check("#ad " + "x" * 5001, "yt", "en", {"rewarded": True}).rules == ["length_over_limit"]
    assert "youtube" not in NETWORKS


@pytest.mark.parametrize("text, verdict", [
    ("#gifted by Acme, no strings attached: they sent me their new kettle and it is quiet and quick.", "pass"),
    ("Acme sent me these earbuds out of the blue, no request to post. Solid noise cancelling.", "pass"),
    ("Acme sent me these earbuds free to review; they did not see this post. Solid noise cancelling.", "pass"),
    ("#gifted by Acme: their new kettle is quiet and quick.", "uk: not pass"),
    ("Acme sent me their new kettle, it is quiet and quick.", "uk: not pass"),
    ("#gifted: their new kettle is quiet and quick.", "not pass"),
])
def test_a_gift_with_no_strings_is_disclosed_by_saying_it_was_a_gift(text, verdict):
    """US: a gift told with its giver named is the connection disclosed (FTC FAQ: "Company X gave me this product to
    try" is usually effective); UK: only when the brand had no say (CMA/ASA guide), else "Ad"; "#gifted" names nobody."""
    for jurisdiction in ("us", "uk"):
        r = check(text, "instagram", "en", {"rewarded": True, "brand": "Acme", "jurisdiction": jurisdiction})
        expected = verdict
        if verdict.startswith("uk: "):
            expected = verdict[4:] if jurisdiction == "uk" else "pass"
        assert (r.verdict != "pass") if expected == "not pass" else (r.verdict == expected), (jurisdiction, r.rules)
