"""A wording that ends in a digit must read the whole number.

Each wording is compiled with a guard after it (``(?![a-z0-9_])``: the match ends at a word's end), so a pattern whose
last token is a single ``\\d`` matches only one-digit numbers: « décret n° 2024-978 », "won £650", "guaranteed 20%"
never matched (found on a regulatory-news post failed as an advertisement, 2026-11-30). This walks every compiled
wording's regular expression and fails on any way a match can end on a lone digit before the guard.
"""
from __future__ import annotations

import re._constants as c  # Python ≥ 3.11, as lexicon.py
import re._parser as sre_parse

import pytest

from advocacy.disclosure import lexicon

_ZERO_WIDTH = (c.AT, c.ASSERT, c.ASSERT_NOT)


def _is_digit_class(item) -> bool:
    op, av = item
    if op is not c.IN:
        return False
    # digits only: a class with letters ("[a-z0-9]") ends a word, not a number
    return all(o is c.CATEGORY and a is c.CATEGORY_DIGIT or o is c.RANGE and 48 <= a[0] <= a[1] <= 57 or
               o is c.LITERAL and 48 <= a <= 57 for o, a in av)


def _takes_digits(item) -> bool:
    op, av = item
    return op is c.IN and any(o is c.CATEGORY and a is c.CATEGORY_DIGIT or o is c.RANGE and a[0] <= 48 and 57 <= a[1]
                              for o, a in av)


def _ends(seq) -> list:
    """The atoms a match of ``seq`` can end on: (atom, repeated)."""
    out = []
    items = list(seq)
    while items:
        op, av = items.pop()
        if op in _ZERO_WIDTH:
            continue
        if op is c.SUBPATTERN:
            out += _ends(av[-1])
            if not _can_be_empty(av[-1]):
                return out
            continue
        if op is c.BRANCH:
            out += [e for branch in av[1] for e in _ends(branch)]
            if not any(_can_be_empty(b) for b in av[1]):
                return out
            continue
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            lo, hi, sub = av
            ends = _ends(sub)
            out += [(atom, rep or hi > 1) for atom, rep in ends]
            if lo > 0 and not _can_be_empty(sub) or hi > 1 and any(_takes_digits(atom) for atom, _ in ends):
                return out  # "\d[\d.,]*": the repeat reads the rest of the number
            continue
        out.append(((op, av), False))
        return out
    return out


def _can_be_empty(seq) -> bool:
    for op, av in seq:
        if op in _ZERO_WIDTH:
            continue
        if op is c.SUBPATTERN and _can_be_empty(av[-1]):
            continue
        if op is c.BRANCH and any(_can_be_empty(b) for b in av[1]):
            continue
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and (av[0] == 0 or _can_be_empty(av[2])):
            continue
        return False
    return True


def _guarded_lone_digit(pattern: str) -> bool:
    if not pattern.endswith(("(?![a-z0-9_])", "(?![a-z0-9])")):
        return False  # no guard against a following digit
    parsed = list(sre_parse.parse(pattern))
    return any(_is_digit_class(atom) and not rep for atom, rep in _ends(parsed[:-1]))


def test_the_walk_sees_the_trap():
    assert _guarded_lone_digit(r"won \d(?![a-z0-9_])")
    assert _guarded_lone_digit(r"(?:du \d|1er)(?![a-z0-9_])")
    assert not _guarded_lone_digit(r"won \d+(?![a-z0-9_])")
    assert not _guarded_lone_digit(r"x\d(?:\.\d+)?%(?![a-z0-9_])")
    assert not _guarded_lone_digit(r"down \d[\d.,]*(?![a-z0-9_])")


@pytest.mark.parametrize("jurisdiction", ["fr", "us", "uk"])
def test_no_wording_ends_on_a_lone_digit(jurisdiction):
    pack = lexicon.PACKS[jurisdiction]
    trapped = sorted({w.id for w in pack.wordings if _guarded_lone_digit(w.regex.pattern)})
    assert not trapped, trapped
