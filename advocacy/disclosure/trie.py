"""One regex for a list of words, factored by common prefixes: apart from the lexicon (which takes
about a second to build at import) so that light modules (the context reader) can use it."""
from __future__ import annotations

import re


def trie_regex(words, ends: dict[str, str] | None = None, escape=re.escape) -> str:
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
