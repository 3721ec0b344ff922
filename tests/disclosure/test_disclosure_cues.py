"""The content rules' cues (``lexicon.CONTENT_CUES``) gate their rules: a rule is tried only where the scan read its cue.
A cue that missed one of its rule's matches would silently switch the rule off for that post, so this holds, on every
labelled post the project may read, that each match of a rule's own pattern comes with its cue."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from advocacy.disclosure import engine, lexicon
from advocacy.disclosure.packs import claims
from advocacy.disclosure.normalize import fold

HERE = Path(__file__).parent
#: the held-out sets are never read by a test (a failure would print their texts)
UNREAD = ("holdout22",)

#: cue → the patterns whose every match needs it (the pack's own, for the pack-read rules)
RULE_PATTERNS = {
    "final_offer": [engine._FINAL_OFFER_RE],
    "family_tie": [engine._FAMILY_TIE_RE],
    "slimming": [engine._SLIMMING_RE],
    "child": [pack.content_re["child_exhortation"] for pack in lexicon.PACKS.values()],
    "food": [engine._FOOD_RE],
    "peroxide": [pack.content_re["whitening_peroxide"] for pack in lexicon.PACKS.values()],
    **{code: [pack.content_re[code] for pack in lexicon.PACKS.values()] for code in claims.CUES},
}


def _texts():
    for line in (HERE / "corpus.jsonl").read_text(encoding="utf-8").splitlines():
        yield json.loads(line)["text"]
    for path in sorted((HERE / "heldout").glob("independent-*.jsonl")):
        if any(name in path.name for name in UNREAD):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line)["text"]
    # wordings written for this test: a cue at a hashtag, after punctuation, inside a longer word
    yield from ("#mywifeownsit? no: my wife owns it, full disclosure", "Kids, ask your mum to buy it!",
                "(demande à tes parents de te l'acheter)", "#skinnytea for the Year 9 squad", "never coming back… restock is due")


def _cues(text: str) -> set[str]:
    readings: list = []
    ft = fold(text).text
    lexicon.PACKS["fr"].find(ft, frozenset(), readings)
    return {m.wording.name for m in readings if m.wording.kind == "content"}


def test_every_cue_is_a_rule_cue():
    assert set(lexicon.CONTENT_CUES) == set(RULE_PATTERNS)
    assert {rule.cue for rule in engine._CONTENT_RULES if rule.cue is not None} <= set(lexicon.CONTENT_CUES) | {"family_tie"}


@pytest.mark.parametrize("cue", sorted(RULE_PATTERNS))
def test_a_rule_match_comes_with_its_cue(cue):
    missed, matched = [], 0
    for text in _texts():
        ft = fold(text).text
        if any(p.search(ft) is not None for p in RULE_PATTERNS[cue]):
            matched += 1
            if cue not in _cues(text):
                missed.append(text[:80])
    assert matched, f"no labelled post holds a match of {cue}: the test would prove nothing"
    assert not missed, missed


def _posts(every: int = 1):
    """The corpus, and every ``every``-th post of the read sets."""
    for line in (HERE / "corpus.jsonl").read_text(encoding="utf-8").splitlines():
        yield json.loads(line)
    n = 0
    for path in sorted((HERE / "heldout").glob("independent-*.jsonl")):
        if not any(name in path.name for name in UNREAD):
            for line in path.read_text(encoding="utf-8").splitlines():
                n += 1
                if line.strip() and n % every == 0:
                    yield json.loads(line)


_GATED = [rule for rule in engine._CONTENT_RULES if rule.gate is not None]
_GATE_TEXTS = ("cardio card carte", "guaranteed garantie", "everything tout", "(1) * 5/5", "prix : ٣٠ €", "#gifted no fee",
               "up to jusqu'a", "a-day portions")


def test_the_gate_scan_finds_every_gate_string_the_text_holds():
    words = {word for rule in _GATED for word in rule.gate}
    assert len(_GATED) >= 20 and words
    for text in [*_GATE_TEXTS, *(p["text"] for p in _posts())]:
        ft = fold(text).text
        held = {word for word in words if word in ft}
        found = engine._gate_words(ft)
        other_digit = not ft.isascii() and engine._DIGIT.search(ft) is not None
        assert found == held | ({"0"} if other_digit else set()), text[:80]


def test_a_gated_rule_applies_only_where_its_gate_is_held():
    """The gate is a necessary condition of ``applies``: with the gates off, every post of the corpus and the read sets
    whose ``applies`` holds holds a gate string (else the gate would skip a rule that applies). One read post in five:
    the corpus and the whole read sets were compared once, gates on and off, with the same results (README, stop 30)."""
    originals = {id(rule): (rule.gate, rule.applies) for rule in _GATED}
    broken, applied = [], 0

    def watched(rule, applies):
        def inner(check, ft):
            nonlocal applied
            result = applies(check, ft)
            if result:
                applied += 1
                if engine._gate_words(ft).isdisjoint(originals[id(rule)][0]):
                    broken.append((rule.code, ft[:80]))
            return result
        return inner

    try:
        for rule in _GATED:
            object.__setattr__(rule, "gate", None)
            object.__setattr__(rule, "applies", watched(rule, rule.applies))
        for post in _posts(every=5):
            engine.check_impl(post["text"], post["network"], post.get("lang"), post.get("context"))
    finally:
        for rule in _GATED:
            gate, applies = originals[id(rule)]
            object.__setattr__(rule, "gate", gate)
            object.__setattr__(rule, "applies", applies)
    assert applied > 100, "too few posts reach a gated rule: the test would prove little"
    assert not broken, broken[:5]


def test_a_brand_template_left_out_could_not_have_matched():
    """A brand's wordings are compiled only where the text holds one of their starts (``lexicon._brand_templates_held``):
    every template left out has no match, on the corpus and one read post in 300 (each brand's templates compiled
    all, as before stop 30)."""
    checked = matched = 0
    for post in _posts(every=300):
        brand = (post.get("context") or {}).get("brand")
        if not brand:
            continue
        folded = engine._folded_brand(brand)
        if lexicon._brand_parts(folded) is None:
            continue
        ft = fold(post["text"]).text
        held = set(lexicon._brand_templates_held(ft))
        for i in range(len(lexicon._BRAND_TEMPLATES)):
            if i in held:
                continue
            checked += 1
            assert lexicon._brand_wording_for(folded, i).regex.search(ft) is None, (lexicon._BRAND_TEMPLATES[i][0], ft[:80])
        matched += any(lexicon._brand_wording_for(folded, i).regex.search(ft) for i in held)
    assert checked > 10000 and matched > 20, (checked, matched)
