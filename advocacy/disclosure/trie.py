"""One regex for a list of words, factored by common prefixes: apart from the lexicon (which takes
about a second to build at import) so that light modules (the context reader) can use it."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache


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
