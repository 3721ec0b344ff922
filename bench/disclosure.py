"""Disclosure checker throughput on 500-character posts, beside a naive baseline.

    .venv/bin/python bench/disclosure.py [--seconds 3]

The baseline is today's incumbent approach: lower-case the text and look for the same accepted
words anywhere (substring search), nothing else. Both run in this process, on one core, over
the same posts (French and English, every network, a fifth with accents, look-alikes or
invisible characters), in turns (short slices, alternated): the ratio of the two is measured in
the same window of the machine's load, and is the figure to compare across runs.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from advocacy.disclosure import NETWORKS, check

FR = ("Cette semaine j'ai testé la nouvelle application et franchement elle change la vie : tout est plus simple, "
      "plus rapide, et l'équipe support répond en quelques minutes. Je vous la recommande si vous voyagez souvent. ")
EN = ("This week I tried the new booking app and honestly it is a game changer: everything is simpler, faster, "
      "and the support team answers within minutes. I really recommend it if you travel a lot for work. ")
MENTIONS_FR = ["Collaboration commerciale avec Acme — ", "Publicité · ", "#sp ", "", "Je travaille chez Acme. ",
               "Ｐｕｂｌｉｃｉｔé : ", "Pub\u200blicité : "]
MENTIONS_EN = ["#ad ", "Ad: paid partnership with Acme. ", "#collab ", "", "I work at Acme. ", "Sроnsоrеd: ",
               "Not sponsored! "]
NAIVE_WORDS = ["collaboration commerciale", "publicité", "#ad", "sponsored", "sponsorisé", "paid partnership",
               "partenariat", "i work at", "je travaille chez", "#sp", "#collab", "advertisement"]


def make_posts(n: int, seed: int = 7, obfuscated: bool = True) -> list[tuple[str, str, str, dict]]:
    rnd = random.Random(seed)
    posts = []
    for i in range(n):
        fr = i % 2 == 0
        body, mentions = (FR, MENTIONS_FR) if fr else (EN, MENTIONS_EN)
        if not obfuscated:
            mentions = [m for m in mentions if m.isascii() or m in ("Publicité · ",
                                                                   "Collaboration commerciale avec Acme — ")]
        mention = rnd.choice(mentions)
        text = body * 3
        if rnd.random() < 0.5:
            text = mention + text
        else:
            text = text + " " + mention
        text = text[:500]
        if len(text) < 500:
            text = text + "x" * (500 - len(text))
        context = {"rewarded": rnd.random() < 0.7, "employee": rnd.random() < 0.3, "brand": "Acme"}
        posts.append((text, rnd.choice(NETWORKS), "fr" if fr else "en", context))
    return posts


def naive(text: str, network: str, lang, context) -> str:
    low = text.lower()
    owed = context.get("rewarded") or context.get("employee")
    if not owed:
        return "pass"
    return "pass" if any(w in low for w in NAIVE_WORDS) else "fail"


def rate(func, posts, seconds: float) -> float:
    """Calls per second of this process's CPU time (one core; steadier than wall-clock time on
    a shared machine)."""
    n = 0
    start = time.process_time()
    end = start + seconds
    while True:
        for text, network, lang, context in posts:
            func(text, network, lang, context)
        n += len(posts)
        now = time.process_time()
        if now >= end:
            return n / (now - start)


def interleaved(funcs, posts, seconds: float, rounds: int = 10) -> list[float]:
    """Calls per second of CPU time for each of ``funcs``, measured in turns (``rounds`` slices each, the order
    flipped every round) so that all of them run in the same window of the machine's load: their ratio holds on a
    shared machine where each one's own rate drifts. Each rate is the median of its slices."""
    slices: list[list[float]] = [[] for _ in funcs]
    per_slice = seconds / rounds
    for r in range(rounds):
        order = range(len(funcs)) if r % 2 == 0 else reversed(range(len(funcs)))
        for i in order:
            slices[i].append(rate(funcs[i], posts, per_slice))
    return [statistics.median(s) for s in slices]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--posts", type=int, default=1000)
    args = parser.parse_args(argv)
    posts = make_posts(args.posts)
    for p in posts[:200]:  # warm up
        check(*p)
    # the checker and the baseline in turns, in the same window: the ratio is what compares across runs and machines
    checker, baseline = interleaved((check, naive), posts, 2 * args.seconds)
    with_fix = rate(lambda *a: check(*a).suggested_text, posts, args.seconds)
    plain = make_posts(args.posts, obfuscated=False)
    plain_rate = rate(check, plain, args.seconds)
    verdicts = {}
    for p in posts:
        v = check(*p).verdict
        verdicts[v] = verdicts.get(v, 0) + 1
    print(f"posts: {len(posts)} × 500 characters (verdicts {verdicts})")
    print(f"disclosure.check                 : {checker:>10,.0f} checks/s  ({1e6 / checker:.1f} µs per check;"
          f" goal ≥ 20,000/s)")
    print(f"disclosure.check, no obfuscation : {plain_rate:>10,.0f} checks/s  (same posts without look-alikes,"
          f" invisible characters or fullwidth letters)")
    print(f"disclosure.check + suggested_text: {with_fix:>10,.0f} checks/s")
    print(f"naive lower-case substring search: {baseline:>10,.0f} checks/s  ({1e6 / baseline:.2f} µs per check;"
          f" ratio {baseline / checker:.1f}×, measured in turns with disclosure.check)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
