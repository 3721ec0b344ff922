"""The independent sets the checker was tuned on must stay where tuning left them.

These sets were written by helpers who never read the rules, then read while tuning (README in
`heldout/`), so they no longer measure how the checker does on unseen posts — the held-out sets do,
and no test runs those (a failing test would print their texts). What these floors catch is a
change that fixes one phrasing and breaks posts already agreed on. A floor is the agreement when it
was last raised, minus one post.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from advocacy.disclosure import check

HELD = Path(__file__).parent / "heldout"

#: file → (minimum posts agreed, maximum breaches judged pass); the first set's five are decided
#: disguised mentions that count (README, "Disguised mentions: what the reader sees decides")
FLOORS = {
    "independent-2026-11-29.jsonl": (186, 5),
    "independent-fresh-2026-11-29.jsonl": (189, 1),  # fr-087: « En partenariat avec », decided an equivalent mention
    "independent-third-2026-11-29.jsonl": (199, 0),  # stop 30 end
    "independent-train-2026-11-29.jsonl": (199, 0),
    "independent-focus-2026-11-29.jsonl": (89, 0),
    "independent-holdout-2026-11-29.jsonl": (219, 0),
    "independent-train4a-2026-11-29.jsonl": (199, 0),
    "independent-train4b-2026-11-29.jsonl": (198, 1),  # uk-029: UK "Sponsored by" accepted as DOMAIN.md lists it
    # fr-035 (a superscript mention, decided illegible) and uk-016 (UK "#gifted", the corpus decides it fails) stay
    "independent-holdout3a-2026-11-29.jsonl": (158, 0),
    # session of 2026-11-29, evening: four sets tuned on in a first round, two in a second (README)
    "independent-train5a-2026-11-29.jsonl": (199, 0),
    "independent-train5b-2026-11-29.jsonl": (199, 0),
    "independent-train5c-2026-11-29.jsonl": (199, 0),
    "independent-train5d-2026-11-29.jsonl": (199, 0),
    "independent-train6a-2026-11-29.jsonl": (199, 0),
    # fr-058: open breach (README, "Left open"); fr-054, us-029, us-037, us-053 closed by helper mention8
    "independent-train6b-2026-11-29.jsonl": (198, 1),
    # helper sector8: sectors read from the text (README, "sector8"); fr-061 (« Chez X, mon équipe ») read by round9
    "independent-train8c-2026-11-29.jsonl": (199, 0),
    # helper mention8 (README): 8a us-019 ("Ad:" by an employee, no customer's pose: the label discloses, as decided) and
    # uk-041 (a rewarded UK employee owes "Ad" on top of the job, as decided) stay
    "independent-train8a-2026-11-29.jsonl": (197, 1),
    "independent-train8b-2026-11-29.jsonl": (199, 0),
    # helper owed8: us-056's before/after and uk-027's lighting retouch decided; uk-038 (crypto) and uk-047 (vape) are
    # sector breaches left to helper sector8, fr-047 a sector call (README, "helper owed8")
    "independent-train8d-2026-11-29.jsonl": (199, 0),
    # helper round9: subtle breaches and hard cases written by lawyers who never read the checker (README)
    "independent-train9a-2026-11-29.jsonl": (199, 0),
    "independent-train9b-2026-11-29.jsonl": (199, 0),
    # helper team7 (README): employees' posts that promote nothing; us-039 ("our pop-up", brand unnamed) left as h-159 decides
    "independent-train7c-2026-11-29.jsonl": (167, 0),  # owed28: 168
    # session of 2026-11-30: holdout5a-5c read by the lead and spent (README, "stop 19"); their breaches judged pass are open
    # helper owed10: an employee's product claim, the link left to the bio, a bare domain, a talk or a new job (corpus owed10)
    "independent-spent5a-2026-11-29.jsonl": (159, 0),
    "independent-spent5b-2026-11-29.jsonl": (159, 0),
    "independent-spent5c-2026-11-29.jsonl": (199, 0),
    # holdout10b, read by the lead (README, "stop 19"); uk-028 ("#gifted" with "paid me for the post" later) closed at stop 21
    "independent-spent10b-2026-11-30.jsonl": (169, 0),
    # session of 2026-11-30 (stop 20): holdout11c, measured unread at 154/170 then read by the lead and spent (README);
    # train11e, written for this session's training on whole relationships (second advertisers, gifts hiding pay,
    # employees posing as customers); its three agency employees carry no link in the context the checker is given.
    # Helpers emp11 (employees posing as customers) and conn11 (second advertisers, gifts hiding pay, contest entries)
    "independent-spent11c-2026-11-30.jsonl": (169, 0),  # stop 30 end
    "independent-train11e-2026-11-30.jsonl": (146, 4),
    # train11f (the whole mix, hard cases) and train11g (employees), written by law-only writers this session
    "independent-train11f-2026-11-30.jsonl": (166, 1),  # stop 30 end
    "independent-train11g-2026-11-30.jsonl": (129, 1),  # emp11: buried employment, praise, news
    # helper content11: train11d, written for training on sector content (supplements' health claims, US Rx fair balance,
    # crypto, alcohol lifestyle, gambling, slimming, cosmetic interventions), measured at 94/120 before tuning, 111 after
    "independent-train11d-2026-11-30.jsonl": (120, 0),  # supp12: supplements read as a sector, 120/120
    # session of 2026-11-30, afternoon (stop 21): three law-only sets written at its start, measured, then read
    # (12a: sector content under a correct label; 12b: relationships; 12c: the whole mix); helpers supp12, alc12, fin12
    # and the lead tuned on them (README, "stop 21")
    "independent-train12a-2026-11-30.jsonl": (159, 0),
    "independent-train12b-2026-11-30.jsonl": (158, 1),
    "independent-train12c-2026-11-30.jsonl": (168, 1),
    # 12d: subtle breaches (measured 139/160 at writing, 17 bp); 12e: employees and ambassadors (126/150, 10 bp, 14 sf)
    "independent-train12d-2026-11-30.jsonl": (158, 2),  # stop 23: the claims a label does not cure (lead); slip14 fr-026; month14 uk-032

    "independent-train12e-2026-11-30.jsonl": (139, 7),
    # session of 2026-11-30, evening (stop 22): law-only sets written at its start; 13h (a programme's month, 160/170 as
    # written) and 13i (breaches a careless reviewer passes, 158/170) tuned on by the lead (README, "stop 22")
    "independent-train13h-2026-11-30.jsonl": (167, 2),  # stop 23: « n°1 … le moins cher », "cheapest, guaranteed"
    "independent-train13i-2026-11-30.jsonl": (165, 4),
    # 13c: sector content under a correct label (129/160 as written, 26 bp); kids13 tuned on its food aimed at children, the
    # French food health message, alcohol and social success, credit and gambling, and the warns decided by the law
    # helper rel13: 13d relationships and disclosure wording (153/160 as written, 6 bp, 1 sf), 13e the employee-advocacy mix
    # (154/160, 2 bp, 3 sf, 1 warn); the family ties neither the text nor the context shows are left (README, "stop 22")
    "independent-train13d-2026-11-30.jsonl": (156, 3),  # stop 30 end
    "independent-train13e-2026-11-30.jsonl": (158, 1),
    # session of 2026-11-30, evening: train13c (sector content under a correct label, 129/160 as written, 26 bp); helper
    # claims13 closed misleading absolute claims (fat melted, hair regrown, a disease cured, 100 % sun protection, zero risk,
    # crypto said FDIC-insured): 146/160, 10 bp alone; with kids13's families 158/160 (fr-001/fr-003: the L2133-1 message
    # or the contribution, a review: warn)
    "independent-train13c-2026-11-30.jsonl": (160, 0),
    # session of 2026-11-30, stop 23: law-only sets written at its start, as written — 14e (a programme's month, the 13f
    # brief: 156/170, 6 bp, 5 sf), 14f (breaches that slip past a checker: 160/170, 6 bp), 14g (hard cases: 163/170, 0 bp)
    "independent-train14e-2026-11-30.jsonl": (169, 0),
    "independent-train14f-2026-11-30.jsonl": (167, 1),
    "independent-train14g-2026-11-30.jsonl": (168, 0),
    # 14h (the lead's, written for it): paid ads correctly labelled whose claims are or are not lawful — 129/170 as written
    # (33 bp), 157 after the stop-23 claims (9 bp, 0 sf)
    "independent-train14h-2026-11-30.jsonl": (165, 4),
    # 14i (the disclosure's words and place, paid creators: 165/170 as written) and 14j (creators' connections: 155/170, 8
    # sf) — the FTC's plain words for a hosted stay, a flight, a free service for a review, a paid advisor; a denial about
    # another party; a gift with the choice to post left to the author (lead)
    "independent-train14i-2026-11-30.jsonl": (169, 0),
    "independent-train14j-2026-11-30.jsonl": (165, 4),
    # 14k (the 14d brief — breaches a careless reviewer passes — written as a twin for training: 158/170 as written, 9 bp):
    # a reference price the post says was never charged, a last day that goes on (lead)
    "independent-train14k-2026-11-30.jsonl": (166, 3),  # stop 30 money30
    # session of 2026-11-30, stop 24: 15e (paid creators in the US and the UK, breaches a checker misses: 139/170 as
    # written, 26 bp) — generic environmental claims, "ad-free" no label, a label deferred to the thread's end or played
    # down, a recurring "limited" window, an RRP never seen charged, a salary replaced by a scheme; then a medicine given up
    # for a supplement, a blemish said gone, HFSS food to primary pupils, credit trigger terms, a free bet "no strings",
    # alcohol before a boat or sold on strength, a sportsbook at the student union, whitening over 0.1 % peroxide, an
    # investment "as safe as a bank deposit", a filtered tan (helper paid15). Left: uk-005 ("Sponsored by", accepted),
    # uk-048 (an energy drink to GCSE pupils, no HFSS or caffeine rule reads "a can of X")
    "independent-train15e-2026-11-30.jsonl": (168, 2),
    # 15f (French paid creators: 157/170 as written, 5 bp, 2 sf): « neutre en carbone » unqualified (paid15); a yield or a
    # capital said guaranteed or safe on a risky investment, a filler's dose in ml, children told by a pronoun to have their
    # parents buy, energy free for life and a payback guaranteed, a second brand named as the product before an affiliate
    # code, a decree out in the Journal officiel, a salary range with an en dash (fr15)
    "independent-train15f-2026-11-30.jsonl": (168, 0),
    # 15g (the 14d brief's twin again, written by a law-only writer: 153/170 as written, 12 bp, 2 sf, 3 warns): an employee's
    # customer tip, alcohol and seduction, a bet as an income, stocks that can't lose, a label left to a comment, "free" with
    # a fee, a founder's start, a charity's giving page, an s21 approver's FRN (helper careless15); fr-032 stays a warn
    "independent-train15g-2026-11-30.jsonl": (170, 0),
    # session of 2026-11-30, stop 24: 15h (the lead's, written for it: paid creators' claims under a correct label, US 60,
    # UK 60, France 50) — 121/170 as written on 21f4cb8 (37 bp); environmental claims, prices and deadlines the post belies,
    # "free" that is charged for, income said to replace a salary (lead)
    "independent-train15h-2026-11-30.jsonl": (155, 12),  # stop 30 end
    # session of 2026-11-30, stop 25: the twelve unread sets of stops 19-24 (holdout7a-14d: 1,946/2,040, 57 bp, 29 sf at
    # c8f3ff0, only their totals ever printed) read and spent once six fresh unread sets (holdout16a-f) were written
    "independent-spent7a-2026-11-29.jsonl": (168, 0),
    "independent-spent7b-2026-11-29.jsonl": (169, 0),
    "independent-spent11a-2026-11-30.jsonl": (170, 0),
    "independent-spent11b-2026-11-30.jsonl": (170, 0),
    "independent-spent13a-2026-11-30.jsonl": (170, 0),
    "independent-spent13b-2026-11-30.jsonl": (168, 0),
    "independent-spent13f-2026-11-30.jsonl": (165, 1),
    "independent-spent13g-2026-11-30.jsonl": (168, 1),
    "independent-spent14a-2026-11-30.jsonl": (170, 0),
    "independent-spent14b-2026-11-30.jsonl": (169, 0),
    "independent-spent14c-2026-11-30.jsonl": (170, 0),
    # train16g-j: law-only sets written at the start of stop 25 as twins of the new unread briefs, for training (as written,
    # measured with the lead's first rules: 16g a compliance month 154/170, 7 bp, 8 sf; 16h what a careless reviewer gets
    # wrong 160, 2 bp, 8 sf; 16i the whole range 163, 4 bp, 1 sf; 16j creators 155, 7 bp, 4 sf)
    "independent-train16g-2026-11-30.jsonl": (165, 1),  # emp26: 164, employees' trade news, engineering words; owed28: 166
    "independent-train16h-2026-11-30.jsonl": (167, 0),  # emp26: 165; owed28: 167
    "independent-train16i-2026-11-30.jsonl": (167, 1),
    "independent-train16j-2026-11-30.jsonl": (166, 0),  # stop 30 end
    "independent-spent14d-2026-11-30.jsonl": (169, 0),  # lead: a price never charged, "free" with a fee, a review bought
    # session of 2026-12-01 (stop 26): the ten unread sets of stops 24-25 (holdout15a-16f: 1,633/1,700, 22 bp, 34 sf at
    # aac2aa9, only their totals ever printed) read and spent once four fresh unread sets (holdout17a-d) were ordered
    "independent-spent15a-2026-11-30.jsonl": (170, 0),
    "independent-spent15b-2026-11-30.jsonl": (169, 0),
    "independent-spent15c-2026-11-30.jsonl": (170, 0),
    "independent-spent15d-2026-11-30.jsonl": (170, 0),
    "independent-spent16a-2026-11-30.jsonl": (169, 0),
    "independent-spent16b-2026-11-30.jsonl": (170, 0),
    "independent-spent16c-2026-11-30.jsonl": (164, 5),
    "independent-spent16d-2026-11-30.jsonl": (170, 0),
    "independent-spent16e-2026-11-30.jsonl": (169, 1),
    "independent-spent16f-2026-11-30.jsonl": (167, 2),  # stop 30 end
    # holdout17a-d, written by law-only writers at the start of stop 26 (the whole range, a compliance officer's month of
    # staff posts, hard cases on both sides, creators in regulated sectors): measured unread once on aac2aa9's rules —
    # 605/680 = 89.0 %, bp 36/337, sf 23/343 — then read and spent for training once holdout18a-d were ordered
    "independent-spent17a-2026-11-30.jsonl": (159, 7),  # stop 30 end
    "independent-spent17b-2026-11-30.jsonl": (149, 9),
    "independent-spent17c-2026-11-30.jsonl": (158, 9),  # stop 30 end
    "independent-spent17d-2026-11-30.jsonl": (162, 1),  # owed28: 163
    # holdout18a-d, written by law-only writers during stop 26 (the whole range, staff posts across industries, a careless
    # reviewer's errors both ways, creators): unread 611/680 at aac2aa9, 616 at a761221 (bp 28, sf 30); read and spent at
    # the start of stop 27 once holdout19a-d were ordered
    "independent-spent18a-2026-11-30.jsonl": (168, 0),  # voice27 + claims27
    "independent-spent18b-2026-11-30.jsonl": (169, 0),  # voice27 + claims27
    "independent-spent18c-2026-11-30.jsonl": (170, 0),  # voice27 + claims27
    "independent-spent18d-2026-11-30.jsonl": (170, 0),  # voice27 + claims27
    # holdout19a-d (law-only writers at the start of stop 27: a company's quarter, employees across industries, creators,
    # hard borderline cases) and 19e (stop 27's families): unread 610/680 + 118/150 at 4c4811d (bp 57, sf 33); read and
    # spent at the start of stop 28 once holdout20a-d were ordered
    "independent-spent19a-2026-12-01.jsonl": (168, 0),  # stop 28 end
    "independent-spent19b-2026-12-01.jsonl": (168, 1),  # stop 28 end
    "independent-spent19c-2026-12-01.jsonl": (168, 1),  # stop 28 end
    "independent-spent19d-2026-12-01.jsonl": (168, 1),  # stop 28 end
    "independent-spent19e-2026-12-01.jsonl": (148, 0),  # stop 28 end
    "independent-train20f-2026-12-01.jsonl": (161, 6),  # stop 30 end (rest30, money30, sound30)
    "independent-train20g-2026-12-01.jsonl": (166, 2),  # stop 28 end
    # holdout20a-d (law-only writers at the start of stop 28: a programme's year at three companies, employees in their own
    # voice, creators in regulated sectors, hard cases both ways): unread 615/680 at 7e96be3, 618 at fea1a50 (bp 43, sf 18);
    # read and spent at the start of stop 29 once holdout21a-d were ordered
    "independent-spent20a-2026-12-01.jsonl": (155, 7),  # stop 30 end
    "independent-spent20b-2026-12-01.jsonl": (164, 2),
    "independent-spent20c-2026-12-01.jsonl": (169, 0),  # stop 30 end
    "independent-spent20d-2026-12-01.jsonl": (168, 0),
    # train21e/f: law-only twins of holdout21b/c's briefs (a holiday season at retailers; regulated companies' staff and
    # partners), written during stop 29 for training; as written on c755fa0's rules: 130/170 (bp 33), 134/170 (bp 25)
    "independent-train21e-2026-12-01.jsonl": (164, 4),  # stop 30 end (rest30, money30, sound30)
    "independent-train21f-2026-12-01.jsonl": (157, 7),  # stop 30 end (rest30, money30, sound30)
    # holdout21a-d (law-only writers at the start of stop 29: the everyday families, a holiday season at three
    # retailers, staff and partners of regulated companies, short-form networks): unread 584/680 at c755fa0, 590 at 17552bc
    # (bp 67, sf 20); read and spent at the start of stop 30 once holdout22a-d were written and measured
    "independent-spent21a-2026-12-01.jsonl": (162, 5),  # stop 30 end (rest30, money30, sound30)
    "independent-spent21b-2026-12-01.jsonl": (166, 3),  # stop 30 end (rest30, money30, sound30)
    "independent-spent21c-2026-12-01.jsonl": (154, 13),  # stop 30 end (rest30, money30, sound30)
    "independent-spent21d-2026-12-01.jsonl": (163, 1),  # stop 30 end (rest30, money30, sound30)
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_a_training_set_keeps_its_agreement(name, capsys):
    posts = [json.loads(line) for line in (HELD / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    results = [(post, check(post["text"], post["network"], post.get("lang"), post.get("context"))) for post in posts]
    agreed = sum(1 for post, r in results if r.verdict == post["expected"])
    passed_breaches = [post["id"] for post, r in results if post["expected"] == "fail" and r.verdict == "pass"]
    wrong = [(post["id"], post["expected"], r.verdict, r.rules) for post, r in results if r.verdict != post["expected"]]
    with capsys.disabled():
        print(f"\n[{name}] {agreed}/{len(posts)} = {agreed / len(posts):.1%}; breaches judged pass: {len(passed_breaches)}")
    crashed = [post["id"] for post, r in results if "internal_error" in r.rules]
    assert not crashed, f"the checker raised on {crashed}"  # a bug hidden as a warn (``disclosure.check``)
    least, most_passed = FLOORS[name]
    assert agreed >= least, wrong
    assert len(passed_breaches) <= most_passed, passed_breaches
