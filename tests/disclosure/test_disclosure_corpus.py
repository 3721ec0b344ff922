"""The labelled corpus: agreement with the labels, no breach judged pass, every rule both ways."""
from __future__ import annotations

import json
from pathlib import Path

from advocacy.disclosure import UNFIXABLE, check
from advocacy.disclosure.lexicon import PACKS
from advocacy.disclosure.networks import network_for
from tests.disclosure.corpus import CORPUS

HERE = Path(__file__).parent


def _run():
    rows = []
    for item in CORPUS:
        result = check(item["text"], item["network"], item.get("lang"), item.get("context"))
        rows.append((item, result))
    return rows


def test_corpus_file_is_in_sync_with_its_source():
    lines = (HERE / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == CORPUS


def test_corpus_size_languages_and_networks():
    assert len(CORPUS) >= 150
    assert {i.get("lang") for i in CORPUS} >= {"fr", "en"}
    assert {network_for(i["network"]).name for i in CORPUS} == {"linkedin", "instagram", "facebook", "x", "bluesky",
                                                                 "mastodon"}
    assert {i["expected"] for i in CORPUS} == {"pass", "warn", "fail"}


def test_agreement_with_labels_and_no_breach_judged_pass(capsys):
    rows = _run()
    agree = sum(1 for item, r in rows if r.verdict == item["expected"])
    breaches = [(item["text"][:80], r.rules) for item, r in rows if item["expected"] == "fail" and r.verdict == "pass"]
    wrong = [(item["expected"], r.verdict, r.rules, item["text"][:80]) for item, r in rows if r.verdict != item["expected"]]
    with capsys.disabled():
        print(f"\n[disclosure corpus] agreement {agree}/{len(rows)} = {agree / len(rows):.1%}; "
              f"breaches judged pass: {len(breaches)}")
    assert not breaches
    assert agree / len(rows) >= 0.95, wrong


def test_every_rule_fires_somewhere_and_each_kind_has_passing_posts():
    rows = _run()
    fired = {f.rule for _, r in rows for f in r.findings}
    rules = set(PACKS["fr"].rules)
    untested = rules - fired - {"network_unknown", "sector_unknown"}  # sector_unknown: the CLI and API refuse it first
    assert not untested, untested

    # the other way: for each rule, a passing post of the same network and language family exists
    passing_networks = {network_for(item["network"]).name for item, r in rows if r.verdict == "pass"}
    assert passing_networks == {"linkedin", "instagram", "facebook", "x", "bluesky", "mastodon"}


def test_corpus_suggestions_pass_when_the_problem_is_in_the_text():
    for item, r in _run():
        if r.verdict == "pass" or any(f.rule in UNFIXABLE or f.rule.startswith("sector_") for f in r.findings):
            continue
        if (item.get("context") or {}).get("content_warning"):  # the fix goes in the warning, not the text
            continue
        fixed = check(r.suggested_text, item["network"], item.get("lang"), item.get("context"))
        assert fixed.verdict == "pass", (item["text"][:80], r.suggested_text[:120], fixed.rules)
