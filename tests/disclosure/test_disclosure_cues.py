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
