"""One regex for a list of words, factored by common prefixes: apart from the lexicon (which takes
about a second to build at import) so that light modules (the context reader) can use it."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

import re._parser as sre_parse  # Python ≥ 3.11 (pyproject's requires-python)
from re._constants import (ASSERT, ASSERT_NOT, AT, BRANCH, CATEGORY, CATEGORY_DIGIT, IN, LITERAL, MAX_REPEAT,
                           MIN_REPEAT, RANGE, SUBPATTERN)


#: one character written as a regex (``re.escape``), computed once per character: a trie escapes every character of
#: every word, and the lexicon builds thousands of tries before its first check
_escape_char = lru_cache(maxsize=None)(re.escape)


def trie_regex(words, ends: dict[str, str] | None = None, escape=_escape_char) -> str:
    """A regex matching any of ``words``, factored by common prefixes (fast in ``re``).

    With ``ends`` (word → regex), a word counts only where its regex matches right after it (an empty regex: always);
    a word without an entry is not sought. ``escape`` writes one character of a word as a regex."""
    trie: dict = {}
    for word in set(words):
        if ends is not None and word not in ends:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node, path) -> str:
        end = "" in node
        branches = [escape(ch) + build(child, path + ch) for ch, child in sorted(node.items()) if ch]
        tail = ends[path] if end and ends is not None else ""
        if end and tail:  # a condition after the word: an alternative of its own, tried after the longer words
            branches.append(tail)
            end = False
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            # an empty alternative, not "?": same greedy choice, but sre's branch is much cheaper
            # than its repeat machinery (the anchor runs at every word of every post)
            body = "(?:" + body + "|)"
        return body

    return build(trie, "")


def outside(pattern: str, start: int = 0):
    """(index, character, open groups after it) for each character of ``pattern`` from ``start`` that stands
    outside an escape and a character class: the one walk over a regular expression's structure."""
    depth, i, in_class = 0, start, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "]":
                i += 1
        else:
            if c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
            yield i, c, depth
        i += 1


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression (``a|b(c|d)`` → ``a``, ``b(c|d)``)."""
    out, start = [], 0
    for i, c, depth in outside(pattern):
        if c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    out.append(pattern[start:])
    return out


#: a top-level alternative that starts with a look-behind of one character class: ``(?<![a-z0-9])…``
_LOOKBEHIND_START = re.compile(r"\(\?<!(\[[^\]\^\\]+\])\)(.*)", re.DOTALL)


def found_test(pattern: re.Pattern) -> Callable[[str], bool]:
    """A test equal to ``pattern.search(text) is not None``, faster: a top-level alternative that starts with a
    look-behind of one character class (``(?<![a-z0-9])X``, what a word's start is written as) is sought from the
    character before it (``[^a-z0-9](?=X)``: a search that starts with a character class skips to its candidates in
    C, one that starts with a look-behind tries every position), and ``X`` alone at the text's start."""
    if pattern.flags & ~re.UNICODE or re.search(r"\\[1-9]|\(\?P=", pattern.pattern):
        return lambda text: pattern.search(text) is not None
    by_class: dict[str, list[str]] = {}
    others: list[str] = []
    for alt in split_alternatives(pattern.pattern):
        m = _LOOKBEHIND_START.fullmatch(alt)
        if m is None:
            others.append(alt)
        else:
            by_class.setdefault(m[1], []).append(m[2])
    tests = []
    for cls, bodies in by_class.items():
        body = "|".join("(?:" + b + ")" for b in bodies)
        tests.append(re.compile("[^" + cls[1:] + "(?=" + body + ")").search)
        tests.append(re.compile(body).match)
    if others:
        tests.append(re.compile("|".join("(?:" + b + ")" for b in others)).search)
    if len(tests) == 3:
        scan, at_start, rest = tests
        return lambda text: scan(text) is not None or at_start(text) is not None or rest(text) is not None
    if len(tests) == 2:
        first, second = tests
        return lambda text: first(text) is not None or second(text) is not None
    return lambda text: any(t(text) is not None for t in tests)


#: at most this many literal starts are followed through a pattern (``_literal_starts``), each at most this long
_LITERALS_MAX, _LITERAL_LEN = 400, 16


def _class_chars(items) -> list[str] | None:
    """The characters a small character class matches ("[ab]", "\\d", "[0-9]"), or None (negated, wide, or a
    category other than the digits)."""
    chars: list[str] = []
    for op, av in items:
        if op is LITERAL:
            chars.append(chr(av))
        elif op is RANGE and av[1] - av[0] < 12:
            chars.extend(chr(c) for c in range(av[0], av[1] + 1))
        elif op is CATEGORY and av is CATEGORY_DIGIT:
            chars.extend("0123456789")
        else:
            return None
    return chars if len(chars) <= 12 else None


@lru_cache(maxsize=None)
def _literal_starts(pattern: str) -> frozenset[str]:
    """The literal strings (spaces included) one of which every match of ``pattern`` starts with, followed through
    optional groups ("team (?:is |are )?doxxed" → "team is doxxed", "team are doxxed", "team doxxed"), alternatives
    that end in something else ("(?:new|all[\\s-]time) record" → "new record", "all"), and small classes ("\\d" → ten
    digits): what a listed start must be followed by for the wording to match (``_tails``). Sharper than
    ``_prefixes``, which stops at the first optional part; read only by the gate, never for the anchor's words."""
    parsed = sre_parse.parse(pattern)
    if parsed.state.flags & re.IGNORECASE:
        return frozenset({""})

    def close(opened: set[str], closed: set[str]):
        return set(), closed | opened

    def walk(items, opened: set[str], closed: set[str]):
        for op, av in items:
            if not opened:
                break
            if op in (ASSERT, ASSERT_NOT, AT):
                continue  # looks around, consumes nothing
            if op is LITERAL:
                opened = {p + chr(av) for p in opened}
            elif op is IN:
                chars = _class_chars(av)
                if chars is None or len(opened) * len(chars) > _LITERALS_MAX:
                    return close(opened, closed)
                opened = {p + c for p in opened for c in chars}
            elif op is SUBPATTERN:
                if av[1] or av[2]:  # a group with its own flags
                    return close(opened, closed)
                opened, closed = walk(av[-1], opened, closed)
            elif op is BRANCH:
                out: set[str] = set()
                for branch in av[1]:
                    o, closed = walk(branch, set(opened), closed)
                    out |= o
                opened = out
            elif op in (MAX_REPEAT, MIN_REPEAT):
                lo, hi, sub = av
                if lo == 0:
                    through, closed = walk(sub, set(opened), closed)
                    if hi == 1:
                        opened = opened | through
                    else:  # it may repeat: what went through it once ends there
                        closed = closed | through
                elif lo == 1 and hi == 1:
                    opened, closed = walk(sub, opened, closed)
                else:
                    opened, closed = walk(sub, opened, closed)
                    return close(opened, closed)
            else:
                return close(opened, closed)
            long = {p for p in opened if len(p) >= _LITERAL_LEN}
            if long:
                opened, closed = opened - long, closed | long
            if len(opened) + len(closed) > _LITERALS_MAX:
                return close(opened, closed)
        return opened, closed

    opened, closed = walk(parsed, {""}, set())
    return frozenset(opened | closed)


def _group_end(pattern: str, i: int) -> int:
    """The index past the group that opens at ``pattern[i]`` (escapes and classes skipped)."""
    for j, c, depth in outside(pattern, i):
        if c == ")" and depth == 0:
            return j + 1
    return len(pattern)


#: how far a ``WordStartSearch`` reads the literal starts of its alternatives (a few letters rule most words out)
_GATE_LEN = 8
#: a look-around that opens an alternative (it consumes nothing: the alternative's starts are those of what follows)
_LOOKAROUND_OPENS = ("(?<!", "(?<=", "(?!", "(?=")


def _gate_parts(alt: str, literal: set[str], loose: list[str]) -> None:
    """Add to ``literal`` the strings, cut to ``_GATE_LEN``, one of which every match of the alternative ``alt`` starts
    with, or, where a match may start with anything (or one letter), the alternative itself to ``loose``. The
    look-arounds that open it are passed over; a group that opens it, not repeated, is read alternative by alternative
    (the limit on ``_literal_starts`` is then met in each, and only the alternatives that need it are sought as they
    are: what follows the group is left out of them, which finds more candidates, never fewer)."""
    while alt.startswith(_LOOKAROUND_OPENS):
        alt = alt[_group_end(alt, 0):]
    starts = _literal_starts(alt)
    if all(len(s) >= 2 or (s and not s.isalpha()) for s in starts):
        literal |= {s[:_GATE_LEN] for s in starts}
        return
    group = re.match(r"\(\?(?::|P<\w+>)", alt)
    end = _group_end(alt, 0) if group is not None else 0
    if group is None or alt[end:end + 1] in ("?", "*", "+", "{"):  # a repeated group: what follows may start a match
        loose.append("(?:" + alt + ")")
        return
    for inner in split_alternatives(alt[group.end():end - 1]):
        _gate_parts(inner, literal, loose)


@lru_cache(maxsize=None)  # the packs share most content patterns: one search of candidates each
def _word_start_candidates(body: str, letters: str) -> Callable | None:
    """The search of ``WordStartSearch``'s candidates in ``body`` (its alternatives, the look-behind taken off each),
    from the character before them (not one of ``letters``); None: the pattern is searched as it is."""
    if re.search(r"\\[1-9]|\(\?P=", body) or sre_parse.parse(body).getwidth()[0] == 0:
        return None  # a back-reference, or an empty match
    literal: set[str] = set()
    loose: list[str] = []
    for alt in split_alternatives(body):
        _gate_parts(alt, literal, loose)
    # a digit in a literal start may come from ``\d`` (``_class_chars``), which matches every decimal digit: the trie reads
    # each digit as ``\d`` (a few more candidates, never fewer)
    trie = trie_regex(literal, escape=_gate_char) if literal else None
    return re.compile("[^" + letters + "](?=" + "|".join(([trie] if trie else []) + loose) + ")").search


def _gate_char(ch: str) -> str:
    return r"\d" if ch in "0123456789" else _escape_char(ch)


#: the look-behind that writes a word's start (``(?<![a-z0-9])``, ``(?<![a-z])``) opening an alternative
_WORD_START_OPENS = re.compile(r"\(\?<!\[([a-z0-9\-]+)\]\)")


class WordStartSearch:
    """A compiled pattern whose every top-level alternative starts at a word (``(?<![a-z0-9])…``, ``(?<![a-z])…``), with
    the same ``search`` and ``finditer`` (the same matches, in the same order), sought only where one of its
    alternatives can begin. A look-behind first makes ``re`` try every alternative at every word, a cost that grows
    with the alternatives (``claim_efficacy``: 61 of them, 13,400 characters, ~100 µs a post). The alternatives whose
    matches all start with known literals (``_gate_parts``) are tried only where one of those literals starts a word,
    found by one small trie searched from the character before it (a search that starts with a character class skips
    to its candidates in C); the others are sought there as they are; the pattern itself is then matched at each
    candidate, and where the search starts. Exact: every position where the pattern matches is a candidate (a match
    begins with one of its alternative's literal starts, or is a match of an alternative sought as it is), and
    ``finditer`` takes the first match at or after the last one's end. The candidates' search is built at the first
    use (a worker's start compiles only the pattern). Other methods are the pattern's own."""

    __slots__ = ("_body", "_gate", "_letters", "regex")

    def __init__(self, regex: re.Pattern):
        self.regex = regex
        self._gate = None
        self._body = self._letters = ""
        if regex.flags & ~re.UNICODE:
            return
        bodies, letters = [], set()
        for alt in split_alternatives(regex.pattern):
            m = _WORD_START_OPENS.match(alt)
            if m is None:
                return
            letters.add(m[1])
            bodies.append(alt[m.end():])
        if len(letters) == 1:
            self._body, self._letters, self._gate = "|".join(bodies), letters.pop(), False

    @classmethod
    def compile(cls, pattern: str) -> WordStartSearch:
        return cls(re.compile(pattern))

    def __getattr__(self, name):
        if name.startswith("__") or name in WordStartSearch.__slots__:  # copy and pickle ask before the slots are set
            raise AttributeError(name)
        return getattr(self.regex, name)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        gate = self._gate
        if gate is False:
            gate = self._gate = _word_start_candidates(self._body, self._letters)
        if gate is None:
            yield from self.regex.finditer(text, pos, len(text) if endpos is None else endpos)
            return
        if endpos is None:
            endpos = len(text)
        match = self.regex.match
        m = match(text, pos, endpos)
        at = pos
        if m is not None:
            yield m
            at = m.end() - 1
        while (g := gate(text, at, endpos)) is not None:
            at = g.end()
            m = match(text, at, endpos)
            if m is not None:
                yield m
                at = m.end() - 1

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        return next(self.finditer(text, pos, endpos), None)
