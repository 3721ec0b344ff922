"""Compile the rule packs into fast matchers.

One anchor regex per jurisdiction finds the places where a wording may start (the literal
beginning of every pattern, after a non-letter); at each anchor only the wordings sharing its
first letters are tried. ``scan`` wordings are searched on their own. Everything is compiled
once, at import.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import re._parser as sre_parse  # Python ≥ 3.11 (pyproject's requires-python)
from re._constants import ASSERT_NOT, BRANCH, LITERAL, MAX_REPEAT, MIN_REPEAT, SUBPATTERN

from advocacy.disclosure import owed, sectors, wordclasses
from advocacy.disclosure.normalize import unobfuscated
from advocacy.disclosure.packs import claims, common, fr, uk, us
from advocacy.disclosure.packs import wording
from advocacy.disclosure.trie import (  # noqa: F401  (split_alternatives, WordStartSearch re-exported)
    WordStartSearch, _escape_char, _group_end, _literal_starts, outside, split_alternatives, trie_regex)

PACK_MODULES = {"fr": fr, "us": us, "uk": uk}
SEP = r"[\s_\-.:'/()\[\]]*"
# a negation that ends right before a wording ("not", "pas un", "isn't", "#not")
_NEGATORS = ["not", "no", "never", "non", "pas", "aucun", "aucune", "sans", "ni", "nobody", "jamais", "zero",
             "neither", "nor", "without", "n't",
             # stop 30 (holdout21b): « rien de sponsorisé », "nothing sponsored": the label's word denied
             "rien", "nothing"]
_FILLERS = (r"(?:a|an|the|un|une|de|d'|du|des|le|la|l'|ce|cette|this|my|mon|ma|been|being|really|even|actually|"
            r"vraiment|du tout|paid|en|any|une? post|officially|officiellement|forcement|necessarily|ete|been|ai|a)")


#: "without" and « sans » take a complement: the word after it is what is done without ("without steroids thanks to
#: Acme" denies the steroids, not the thanks), so no free word may stand between them and the wording
_PREPOSITIONS = ("sans", "without")


def _negation_regex():
    words = "|".join(re.escape(w) for w in sorted(set(_NEGATORS) - set(_PREPOSITIONS), key=len, reverse=True))
    preps = "|".join(_PREPOSITIONS)
    return re.compile(r"(?:(?:" + words + r")(?![a-z0-9])[\s\-]*(?:" + _FILLERS + r"[\s']*){0,3}(?:[a-z0-9@&\-]+\s+)?"
                      r"|(?:" + preps + r")(?![a-z0-9])[\s\-]*(?:" + _FILLERS + r"[\s']*){0,3})#?$")


NEG_BEFORE = _negation_regex()


# negations stacked before a negation ("not not", "pas, pas", "no no no"): part of the same denial
_STACKED = re.compile(r"(?:(?<![a-z0-9'])(?:not|no|never|non|pas|jamais|ni|nor|neither|nope)[\s,!\-]*)+$")


def negated(text: str, pos: int) -> int | None:
    """Where the negation before the wording at ``pos`` starts ("not", "pas un", "isn't", and any
    negation stacked before it: "not not"), or None."""
    window_start = pos - 40 if pos > 40 else 0
    m = NEG_BEFORE.search(text, window_start, pos)
    while m is not None:
        s = m.start()
        word = text[s]
        if word == "n" and text.startswith("n't", s):
            return s
        if s == 0 or not text[s - 1].isalnum():
            return stacked_start(text, s)
        m = NEG_BEFORE.search(text, s + 1, pos)
    return None


def stacked_start(text: str, s: int) -> int:
    """``s`` moved back over the negations stacked right before it ("not not …")."""
    lo = s - 60 if s > 60 else 0
    m = _STACKED.search(text, lo, s)
    return m.start() if m is not None else s


@dataclass(frozen=True, slots=True)
class Wording:
    id: str
    kind: str
    strength: str
    lang: str
    regex: re.Pattern
    before: re.Pattern | None
    start: bool
    signal: bool
    other_lang: str | None
    example: str
    scan: bool
    hashtag_ok: bool = False
    name: str = ""          # the second part of the id: the sector, reason or wording name


@dataclass(slots=True)
class Match:
    wording: Wording
    start: int      # folded coordinates (leading space included)
    end: int
    hashtag: bool
    negated: bool = False
    neg_start: int | None = None


def _spaces(pattern: str) -> str:
    return pattern.replace(" ", SEP)


@lru_cache(maxsize=None)  # the three packs and their indexes share most wordings: each is parsed once
def _prefixes(pattern: str, spaces: bool = False) -> frozenset[str]:
    """Every literal string a match of ``pattern`` must start with (empty string if unknown).
    A space ends the prefix unless ``spaces`` (in pack wordings a space means any separator)."""
    parsed = sre_parse.parse(pattern)

    def walk(items, start_index=0) -> set[str]:
        prefixes = {""}
        for op, av in list(items)[start_index:]:
            if op is ASSERT_NOT and av[0] == -1 and prefixes == {""}:
                continue  # a negative lookbehind before the start looks at text before the anchor
            if op is LITERAL and (spaces or chr(av) != " "):
                prefixes = {p + chr(av) for p in prefixes}
                continue
            if op is SUBPATTERN:
                sub = walk(av[-1])
                prefixes = {p + s for p in prefixes for s in sub}
                if any(s == "" or not _complete(av[-1]) for s in sub):
                    return prefixes
                continue
            if op is BRANCH:
                subs = set()
                for branch in av[1]:
                    subs |= walk(branch)
                prefixes = {p + s for p in prefixes for s in subs}
                if "" in subs or not all(_complete(b) for b in av[1]) or len(prefixes) > 400:
                    return prefixes
                continue
            if op in (MAX_REPEAT, MIN_REPEAT) and av[0] >= 1:
                sub = walk(av[2])
                return {p + s for p in prefixes for s in sub}
            return prefixes
        return prefixes

    def _complete(items) -> bool:
        """Does every match of ``items`` consist of literals only (alternatives allowed)?"""
        for op, av in items:
            if op is LITERAL and (spaces or chr(av) != " "):
                continue
            if op is BRANCH and all(_complete(b) for b in av[1]):
                continue
            if op is SUBPATTERN and _complete(av[-1]):
                continue
            return False
        return True

    return frozenset(walk(parsed))


def _compile_wording(spec: dict, foreign: dict, strength: dict) -> Wording:
    pattern = spec["pattern"] if spec.get("literal_spaces") else _spaces(spec["pattern"])
    if spec.get("open_end"):
        body = "#?" + pattern
    elif spec["scan"]:
        # the word boundary before it is checked by ``find``; a leading "#" is allowed
        body = pattern + ("" if pattern.endswith(("]", ")")) or "(?!" in pattern[-12:] else r"(?![a-z0-9])")
    elif not spec.get("open_end"):
        body = ("" if pattern.startswith("#") else "#?") + pattern + r"(?![a-z0-9_])"
    before = (re.compile(spec["before"] if spec.get("literal_spaces") else _spaces(spec["before"]))
              if spec.get("before") else None)
    return Wording(
        id=spec["id"], kind=spec["kind"], strength=strength.get(spec["id"], spec["strength"]), lang=spec["lang"],
        regex=re.compile(body), before=before, start=spec["start"], signal=spec["signal"],
        other_lang=foreign.get(spec["id"], spec.get("other_lang")), example=spec["example"],
        scan=spec["scan"], hashtag_ok=spec["scan"] and not spec["pattern"].startswith("#"),
        name=spec["id"].split(".")[1] if "." in spec["id"] else spec["id"],
    )


#: what a listed start must be followed by is read this far (the gate needs only the next word's first letters;
#: a longer tail makes a larger gated anchor, slower to compile at a worker's first check)
_TAIL_LEN = 3
class _Candidates(tuple):
    """The wordings tried at one anchor word, and (built at its first use) one regex that matches where any of
    them matches: one failed match costs less than one per wording."""

    gate: re.Pattern | None = None


#: no kind left out (the skip of an index that holds only what it is searched for)
_ALL = frozenset()
#: a separator between words in a pack's wording (its spaces are ``SEP``), in a wording's literal start
_SEP_MARK = "\0"


@lru_cache(maxsize=None)  # the same wording is indexed under the same start in every pack and index
def _tails(start: str, literals: frozenset[str], sep: bool) -> frozenset[str] | None:
    """What a wording's match holds right after ``start`` (one of its listed starts), from the literal strings every
    match begins with (``literals``; with ``sep``, a space stands for ``SEP``): the rest of each literal that goes on
    from ``start``; None when a match may go on with anything."""
    out = set()
    for lit in literals:
        if lit.startswith(start):
            rest = lit[len(start):len(start) + _TAIL_LEN]
            if not rest:
                return None
            out.add(rest.replace(" ", _SEP_MARK) if sep else rest)
            continue
        head = lit.split(" ", 1)[0] if sep else lit
        if start.startswith(head):  # a shorter literal (or one whose separator may be empty): anything may follow
            return None
        # otherwise the literal and the start differ: a match that begins with this literal does not begin here
    return frozenset(out) or None


def _tail_char(ch: str) -> str:
    return SEP if ch == _SEP_MARK else _escape_char(ch)


#: a wording whose start may be followed by anything is tried inside the gated anchor itself when it is this short
#: (a longer one lets its start through, and Python tries it). 0: compiling the wordings into the anchors made the
#: first check of each jurisdiction cost ~4.8 s of CPU (0.4 s before the gate, 1.5 s at 0), long enough for a fresh
#: web worker's first share-time check to time out under load; the gate keeps only the literal starts.
_EXACT_MAX = 0


@lru_cache(maxsize=None)
def _tails_regex(tails: frozenset) -> str:
    """The trie of what may follow a listed start (the same tails recur in every pack and index): built once."""
    return trie_regex(tails, escape=_tail_char)


def _gate(start: str, listed, skip: frozenset) -> str | None:
    """The regex a listed start must be followed by for one of its wordings (kinds not in ``skip``) to match there:
    what their literal starts hold after it, or the wordings themselves seen from the start's end (a look-behind of
    the start's fixed width); "" lets every occurrence through; None: no wording sought there."""
    tails: set[str] = set()
    exact: list[str] = []
    any_kept = False
    for wd, wd_tails in listed:
        if wd.kind in skip:
            continue
        any_kept = True
        if wd_tails is not None:
            tails |= wd_tails
        elif len(wd.regex.pattern) <= _EXACT_MAX:
            exact.append("(?:" + wd.regex.pattern + ")")
        else:
            return ""
    if not any_kept:
        return None
    alternatives = []
    if tails:
        alternatives.append("(?=" + _tails_regex(frozenset(tails)) + ")")
    if exact:
        alternatives.append("(?<=(?=" + "|".join(exact) + ")" + re.escape(start) + ")")
    return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"


def _gated_anchor(starts: dict[str, tuple], skip: frozenset) -> re.Pattern:
    """The regex finding, after a separator, a listed start followed by what one of its wordings (of a kind not in
    ``skip``) must hold after it ("an" only before "ad", « nouvelle » only before a product's word or a law's): the
    common words that start a wording now and then are passed over inside one search, not one by one in Python.
    A start that is not a hashtag's is sought once, after an optional "#" (its wordings allow one)."""
    plain, tagged = {}, {}
    for word, listed in starts.items():
        gate = _gate(word, listed, skip)
        if gate is not None:
            (tagged if word.startswith("#") else plain)[word] = gate
    parts = []
    if tagged:
        parts.append(trie_regex(tagged, tagged))
    if plain:
        parts.append("(?:#|)" + trie_regex(plain, plain))
    pattern = r"[^a-z0-9#](?:" + "|".join(parts) + ")"
    found = _GATED.get(pattern)
    if found is None:  # the packs share some of their indexes: compiled once
        found = _GATED[pattern] = re.compile(pattern)
    return found


_GATED: dict[str, re.Pattern] = {}


class CompiledPack:
    def __init__(self, module, others):
        self.module = module
        self.jurisdiction = module.JURISDICTION
        self.lang = module.LANG
        self.rules = {}
        for rule_id in {**common.MESSAGES, **module.RULES}:
            merged = {"reference": "—"}
            merged.update(common.MESSAGES.get(rule_id, {}))
            merged.update(module.RULES.get(rule_id, {}))
            self.rules[rule_id] = merged
        self.sectors = module.SECTORS
        self.content = module.CONTENT
        # a content rule's words: the common reading, widened by the jurisdiction's own law where it reaches further
        # (``CONTENT_EXTRA``: US college students, under 21 in a 21+ trade; a UK sports star of youth appeal)
        extra = getattr(module, "CONTENT_EXTRA", {})
        self.content_re = {k: WordStartSearch.compile(r"(?<![a-z0-9])(?:" + v + ("|" + extra[k] if k in extra else "") + r")")
                           for k, v in common.CONTENT_PATTERNS.items()} if extra else CONTENT_RE
        self.images = module.IMAGES
        self.slimming_minors = getattr(module, "SLIMMING_MINORS", None)
        self.image_descriptions = getattr(module, "IMAGE_DESCRIPTIONS", frozenset())
        self.beauty_filter = getattr(module, "BEAUTY_FILTER", None)
        self.employment_discloses_reward = getattr(module, "EMPLOYMENT_DISCLOSES_REWARD", False)
        self.beauty_needs_result = getattr(module, "BEAUTY_FILTER_NEEDS_RESULT", False)
        self.weight_results_cleared = getattr(module, "WEIGHT_RESULTS_CLEARED", None)
        self.phrases = module.PHRASES
        foreign = getattr(module, "FOREIGN", {})
        strength = getattr(module, "STRENGTH", {})
        specs = list(module.WORDINGS) + _READING_SPECS
        seen = {s["id"] for s in specs}
        for other in others:
            for spec in other.WORDINGS:
                if spec["lang"] != module.LANG and spec["id"] not in seen:
                    specs.append(spec)
                    seen.add(spec["id"])
        self.wordings = [_compile_wording(s, foreign, strength) for s in specs]
        # hashtag-shaped scans (#AcmeEmployee, #SalariéAcme…) are tried at every hashtag the anchors meet
        self.hash_scans = [w for w in self.wordings if w.scan and w.regex.pattern.startswith("#")]
        self.scans = [w for w in self.wordings if w.scan and w not in self.hash_scans]

        # two indexes: with the employment wordings, and without them (most checks: not an employee);
        # the non-commercial reasons have their own, read only when no promotion was found
        # the purposes that outweigh a weak cue (owed.STRONG_REASONS) are read by the same scan: a post whose
        # first cue is weak is weighed without a second pass
        self.by_key, self.anchor, self.starts = self._index(specs, lambda wd: wd.kind != "endorse" and (
            wd.kind != "reason" or wd.name in owed.STRONG_REASONS))
        self.by_key_norel, self.anchor_norel, self.starts_norel = self._index(
            specs, lambda wd: wd.kind not in ("relationship", "endorse") and (
                wd.kind != "reason" or wd.name in owed.STRONG_REASONS))
        by_key, anchor, starts = self._index(specs, lambda wd: wd.kind == "reason")
        self.reasons_index = (by_key, anchor, _gated_anchor(starts, _ALL))
        # a consumer's verdict is read only when no promotion was found: its own index
        by_key, anchor, starts = self._index(specs, lambda wd: wd.kind == "endorse")
        self.endorse_index = (by_key, anchor, _gated_anchor(starts, _ALL))
        self._skip_cache: dict = {}
        self._no_promo: dict = {}
        gift = getattr(module, "GIFT_NO_CONTROL", None)
        self.gift_no_control = re.compile(r"(?<![a-z0-9])(?:" + gift + ")") if gift else None
        self.gift_wordings = frozenset(getattr(module, "GIFT_WORDINGS", ()))
        #: the wordings that tell a gift and nothing more (a commission or the employment stays untold)
        self.gift_disclosures = frozenset(getattr(module, "GIFT_DISCLOSURES", ()))
        #: wordings this jurisdiction accepts only when they open the post (``engine._opens_post``; uk.PLAIN_OPENING)
        self.plain_opening = frozenset(getattr(module, "PLAIN_OPENING", ()))

    def _index(self, specs, keep):
        """(anchor word → wordings to try there, anchor regex, listed start → the wordings listed under it). The
        anchor matches the longest listed start at a word boundary; its wordings are those of every listed start it
        begins with."""
        by_prefix: dict[str, list[Wording]] = {}
        tails: dict[str, dict[str, set[str] | None]] = {}   # start → wording id → what follows the start
        hash_only: set[str] = set()   # starts of wordings written as hashtags
        first_spec: dict[str, dict] = {}   # id → the first spec that has it
        for spec in specs:
            first_spec.setdefault(spec["id"], spec)
        for wd in self.wordings:
            if wd.scan or not keep(wd):
                continue
            spec = first_spec[wd.id]
            literal_spaces = bool(spec.get("literal_spaces"))
            # the literal strings a match begins with, spaces included (a pack's spaces are separators): what a
            # listed start must be followed by for the wording to match there
            literals = _literal_starts(spec["pattern"])
            for p in _short(_prefixes(spec["pattern"], spaces=literal_spaces)):
                core = p.removeprefix("#")
                if len(core) < 2:
                    raise ValueError(f"wording {wd.id}: pattern needs a literal start of two letters")
                after = _tails(p, literals, not literal_spaces)
                if p.startswith("#"):
                    hash_only.add(p)
                for word in ((p,) if p.startswith("#") else (p, "#" + p)):
                    lst = by_prefix.setdefault(word, [])
                    if wd not in lst:
                        lst.append(wd)
                    known = tails.setdefault(word, {})
                    if wd.id in known and (known[wd.id] is None or after is None):
                        known[wd.id] = None
                    elif wd.id in known:
                        known[wd.id] = known[wd.id] | after
                    else:
                        known[wd.id] = after
        words = sorted(by_prefix)
        closure: dict[str, tuple[Wording, ...]] = {}
        for word in words:
            found: list[Wording] = []
            for i in range(2, len(word) + 1):
                for wd in by_prefix.get(word[:i], ()):
                    if wd not in found:
                        found.append(wd)
            if word.startswith("#"):
                found.extend(w for w in self.hash_scans if w not in found and keep(w))
            closure[word] = _Candidates(found)
        # the hashtag scans (#AcmeEmployee…) are wordings: an index of reasons or verdicts holds none
        closure["#"] = _Candidates(w for w in self.hash_scans if keep(w))
        # listed start → (wording, what follows the start in its matches or None) for the gated anchor; a start is
        # listed once, without the "#" its wordings allow (that anchor finds "#" before any start)
        starts = {word: tuple((wd, tails[word][wd.id]) for wd in lst) for word, lst in by_prefix.items()
                  if not word.startswith("#") or word in hash_only}
        starts["#"] = tuple((wd, _tails("#", _prefixes(wd.regex.pattern), False)) for wd in closure["#"])
        return closure, _anchor(words), starts

    def _for_skip(self, skip: frozenset):
        """(anchor word → wordings not skipped, anchor, the same two once a promotional cue was found, scans
        not skipped, one regex that finds whether any of those scans can match at all), built once per ``skip``."""
        found = self._skip_cache.get(skip)
        if found is None:
            rel = "relationship" in skip
            base, anchor, starts = ((self.by_key_norel, self.anchor_norel, self.starts_norel) if rel
                                    else (self.by_key, self.anchor, self.starts))
            scans = tuple(wd for wd in self.scans if wd.kind not in skip)
            # most texts hold none of the scans: one search of their union rules them all out
            quick = re.compile("|".join("(?:" + wd.regex.pattern + ")" for wd in scans)) if scans else None
            by_key, later_anchor = self._without_index(rel, _NO_CUES)
            later = ({w: _Candidates(wd for wd in lst if wd.kind not in skip) for w, lst in by_key.items()}, later_anchor,
                     _gated_anchor(starts, skip | _NO_CUES))
            found = ({w: _Candidates(wd for wd in lst if wd.kind not in skip) for w, lst in base.items()}, anchor,
                     _gated_anchor(starts, skip), later, scans, quick)
            self._skip_cache[skip] = found
        return found

    def _without_index(self, rel: bool, dropped: frozenset):
        """The index read once the ``dropped`` kinds are no longer sought (a promotional cue was found: only the
        first counts): the words that still have wordings to try there, and their anchor; built once."""
        found = self._no_promo.get((rel, dropped))
        if found is None:
            base = self.by_key_norel if rel else self.by_key
            by_key = {w: _Candidates(wd for wd in lst if wd.kind not in dropped) for w, lst in base.items()}
            by_key = {w: lst for w, lst in by_key.items() if lst}
            found = self._no_promo[(rel, dropped)] = by_key, _anchor([w for w in by_key if w != "#"])
        return found

    def find(self, text: str, skip: frozenset = frozenset(), readings: list | None = None) -> list[Match]:
        """Every wording found in the folded ``text`` (which starts with a space); wordings whose
        kind is in ``skip`` (e.g. ``relationship`` when the author is not an employee) are not sought.
        With ``readings``, what the text is about (sector, reason, promo) goes there, not in the result."""
        out: list[Match] = []
        read = out if readings is None else readings
        if skip is REASONS:  # these two hold no promotional signal
            (by_key, anchor, gated), scans, quick = self.reasons_index, (), None
            later = None
        elif skip is ENDORSEMENTS:
            (by_key, anchor, gated), scans, quick = self.endorse_index, (), None
            later = None
        else:
            by_key, anchor, gated, later, scans, quick = self._for_skip(skip)
        cue_found = False
        # the gated anchor stops only where one of the wordings sought matches (most listed starts start none):
        # there the plain anchor tells the longest listed start, whose wordings are tried in their order
        search, start_at = gated.search, anchor.match
        at = 0
        while (m := search(text, at)) is not None:
            sep = m.start()
            pos = at = sep + 1  # the anchor consumes the one separator before the word
            m = start_at(text, sep)
            if m is None:
                continue
            candidates = by_key.get(m[1])
            if not candidates:
                continue
            if len(candidates) > 1:
                gate = candidates.gate
                if gate is None:
                    gate = candidates.gate = re.compile("|".join("(?:" + wd.regex.pattern + ")" for wd in candidates))
                if gate.match(text, pos) is None:
                    continue  # none of them starts here: one failed match, not one per wording
            hashtag = text[pos] == "#"
            for wd in candidates:
                kind = wd.kind
                if cue_found and (kind == "promo" or kind == "hint"):
                    continue
                mm = wd.regex.match(text, pos)
                if mm is None:
                    continue
                if kind in _READINGS:  # no negation, no "before": what the text is about
                    if kind == "hint" and negated(text, pos) is not None:
                        continue  # "pas de nos produits": a cue the text negates is none
                    read.append(Match(wd, pos, mm.end(), hashtag))
                    if (kind == "promo" or kind == "hint") and not cue_found:
                        # the first promotional cue, strong or weak, is read; the rest of the text is read without
                        # them (a post with a weak cue and a strong purpose is searched again for a strong one)
                        cue_found = True
                        by_key, start_at, search = later[0], later[1].match, later[2].search
                    continue
                if wd.before is not None and wd.before.search(text, max(0, pos - 40), pos) is None:
                    continue
                match = Match(wd, pos, mm.end(), hashtag)
                if wd.kind not in _NOT_NEGATED:
                    ns = negated(text, pos)
                    if ns is not None:
                        match.negated, match.neg_start = True, ns
                out.append(match)
        if quick is None or quick.search(text) is None:
            return out
        for wd in scans:
            for mm in wd.regex.finditer(text):
                pos = mm.start()
                prev = text[pos - 1]
                if prev == "#" and wd.hashtag_ok:
                    pos -= 1
                elif prev.isalnum() or prev == "#":
                    continue
                if wd.before is not None and wd.before.search(text, max(0, pos - 40), pos) is None:
                    continue
                match = Match(wd, pos, mm.end(), text[pos] == "#")
                if wd.kind != "denial":
                    ns = negated(text, pos)
                    if ns is not None:
                        match.negated, match.neg_start = True, ns
                out.append(match)
        return out


    def disguised_sector_hits(self, text: str) -> list[tuple[str, int, int, str]]:
        """Sector words the folded ``text`` spells in disguise (« v@pe », "c a s i n o", "b3t"), read on
        its de-obfuscated copy (``normalize.unobfuscated``) → ``(sector, start, end, word)`` in the text's
        coordinates. A reader reads the word; so does the checker, for what the post is about."""
        copy = unobfuscated(text)
        if copy is None:
            return []
        clean, index = copy
        readings: list[Match] = []
        self.find(clean, _SECTORS_ONLY, readings)
        out = []
        for m in readings:
            if m.wording.kind != "sector":
                continue
            # a word the text spells plainly is read twice, at the same span: ``sectors.from_hits`` counts it once
            out.append((m.wording.name, index[m.start], index[m.end - 1] + 1, clean[m.start:m.end]))
        return out


def _anchor(words) -> re.Pattern:
    """The regex finding where one of ``words`` (or a hashtag) starts, after a separator: group 1
    is the longest of them there. The separator is consumed, the start only looked at: a start that
    spans several words never hides the next word's own start."""
    return re.compile(r"[^a-z0-9#](?=(" + trie_regex(words) + r"|#(?=[a-z0-9_])))")


def _short(prefixes: set[str]) -> set[str]:
    """Prefixes cut after their first word, or their second when the first is a short, common one
    ("the code", "is out", "je teste"): a small anchor that rarely fires is a fast one."""
    out = set()
    for p in prefixes:
        cut = p.find(" ", 2)
        if 0 <= cut < 5:
            second = p.find(" ", cut + 2)
            cut = second if second > 0 else -1
        out.add(p if cut < 0 else p[:cut])
    return out


#: the id prefix of the verdicts counted only when said of the brand (``owed.POSTURE``)
POSTURE_PREFIX = "posture."


def _reading_specs() -> list[dict]:
    """What the text is about, found by the same scan as the wordings: sectors (kind ``sector``),
    non-commercial reasons (``reason``) and promotional signals (``promo``). Spaces are literal."""
    specs = []
    # one small wording per alternative: at each anchor only the alternatives sharing its first
    # letters are tried
    for name, pattern in sectors.DETECT.items():
        for i, alt in enumerate(split_alternatives(pattern)):
            specs.append(wording(f"sector.{name}.{i}", "sector", "none", alt, lang="any"))
    for name, pattern in owed.REASONS.items():
        for i, alt in enumerate(split_alternatives(pattern)):
            specs.append(wording(f"reason.{name}.{i}", "reason", "none", alt, lang="any"))
    for i, alt in enumerate(split_alternatives(owed.PROMO)):
        specs.append(wording(f"promo.{i}", "promo", "none", alt, lang="any"))
    for i, alt in enumerate(split_alternatives(owed.HINT)):
        specs.append(wording(f"hint.{i}", "hint", "none", alt, lang="any"))
    for i, alt in enumerate(split_alternatives(owed.ENDORSEMENT)):
        specs.append(wording(f"endorse.{i}", "endorse", "none", alt, lang="any"))
    # a customer's posture: a verdict too, counted only when said of the brand (``owed.POSTURE``)
    for i, alt in enumerate(split_alternatives(owed.POSTURE)):
        specs.append(wording(f"{POSTURE_PREFIX}{i}", "endorse", "none", alt, lang="any"))
    for name, pattern in CONTENT_CUES.items():
        for i, alt in enumerate(split_alternatives(pattern)):
            specs.append(wording(f"content.{name}.{i}", "content", "none", alt, lang="any"))
    for spec in specs:
        spec["literal_spaces"] = True
        spec["open_end"] = spec["kind"] in ("promo", "hint", "endorse", "content")
    return specs


#: the cues of the content rules that run on every commercial post (``engine._CONTENT_RULES``), read by the same scan as
#: the wordings (kind ``content``): a rule is tried only where its cue is in the text, and most posts hold none. Every
#: match of the rule's own pattern starts with a match of its cue (a test holds this on every labelled post)
CONTENT_CUES = {
    "final_offer": common.FINAL_OFFER,
    "peroxide": "hydrogen|carbamide|peroxide|peroxyde",
    "family_tie": common.FAMILY_TIE_EN + "|" + common.FAMILY_TIE_FR,
    "slimming": wordclasses.SLIMMING,
    "child": "|".join(wordclasses.CHILD_WORDS),
    "food": wordclasses.FOOD,
    **claims.CUES,
}


_READING_SPECS = _reading_specs()
_NO_CUES = frozenset(("promo", "hint"))
_NOT_NEGATED = frozenset(("denial", "sector", "reason", "promo", "hint", "endorse", "content"))
_READINGS = frozenset(("sector", "reason", "promo", "hint", "endorse", "content"))
#: the mention kinds not sought when only what the text is about is read
_SECTORS_ONLY = frozenset(("relationship", "retouched", "virtual"))
#: pass as ``skip`` to :meth:`CompiledPack.find` to read only the non-commercial reasons
REASONS = frozenset(("reasons-only",))
#: pass as ``skip`` to :meth:`CompiledPack.find` to read only a consumer's verdicts (``owed.ENDORSEMENT``)
ENDORSEMENTS = frozenset(("endorsements-only",))


_WORD_START = r"(?<![a-z0-9])"


def _brand_wording(id: str, pattern: str, before: str | None = None) -> Wording:
    """An employment wording around the brand's name; ``pattern`` matches at a word's start, ``before`` (if
    any) must end right before it ("we're " before "hiring at Acme": the rare word starts the search)."""
    return Wording(id=id, kind="relationship", strength="accepted", lang=id.split(".")[0],
                   regex=re.compile(_WORD_START + pattern),
                   before=re.compile(before + "$") if before else None, start=False, signal=False, other_lang=None,
                   example="", scan=True, name=id.split(".")[1])


#: employment wordings that point at the brand without naming it (every pack tries them all: a wording
#: in the other language is judged by the post's language like any other), each with a word its matches hold
_NEAR_BRAND = tuple((_brand_wording(id, p), frozenset((needs,) if isinstance(needs, str) else needs))
                    for module in (fr, us) for id, p, needs in module.EMPLOYMENT_NEAR_BRAND)
#: one search finds which of those words a text holds (at a word's start)
_NEAR_NEEDS = re.compile(r"(?<![a-z0-9])(" + trie_regex({n for _, needs in _NEAR_BRAND for n in needs}) + ")")
#: the same words, found from the separator before them: a search that starts with a character class skips to its
#: candidates in C, one that starts with a look-behind tries every position
_NEAR_SCAN = re.compile(r"[^a-z0-9](?=" + _NEAR_NEEDS.pattern.removeprefix(r"(?<![a-z0-9])") + ")")


def _near_needs(text: str) -> set[str]:
    """The words ``_NEAR_NEEDS.findall`` returns, found as fast as ``_NEAR_SCAN`` finds them: a word starting
    inside the last one found is skipped, as ``findall`` skips it."""
    m = _NEAR_NEEDS.match(text)
    held = {m[1]} if m is not None else set()
    end = m.end() if m is not None else 0
    for m in _NEAR_SCAN.finditer(text):
        start = m.start(1)
        if start >= end:
            word = m[1]
            held.add(word)
            end = start + len(word)
    return held


def _lookarounds_last(pattern: str) -> str:
    """A pattern with the same matches' existence at each position: the look-arounds that open a top-level alternative
    (``(?<!the )(?<!a )engineer …``) are tried once the rest matched there (``(?=engineer …)(?<!the )(?<!a )``): they look
    from the same position either way, and a word's first letters rule most positions out sooner."""
    out = []
    for alt in split_alternatives(pattern):
        k = 0
        while alt.startswith(("(?<!", "(?<=", "(?!", "(?="), k):
            k = _group_end(alt, k)
        out.append("(?=" + alt[k:] + ")" + alt[:k] if 0 < k < len(alt) else alt)
    return "|".join(out)


def _word_start_gate(bodies) -> Callable[[str], bool]:
    """A test, true when ``(?<![a-z0-9])(?:body)`` matches somewhere in the text for one of ``bodies``. A body whose
    matches start with a known literal (``_prefixes``: "i'm", "at", « je »…) is tried only where one of those literals
    starts a word, found by one small trie; the others are sought from the character before them (a search that starts
    with a character class skips to its candidates in C, one that starts with a look-behind tries every position), and
    at the text's start."""
    known, others = [], []
    for body in bodies:
        starts = _prefixes.__wrapped__(body)  # not kept in ``_prefixes``' cache: one per brand
        (others if "" in starts else known).append((body, starts))
    tests = []
    if known:
        union = re.compile("|".join("(?:" + _lookarounds_last(body) + ")" for body, _ in known)).match
        starts = re.compile(r"[^a-z0-9](?=" + trie_regex(set().union(*(s for _, s in known))) + ")").finditer
        tests.append(lambda text: union(text) is not None or any(union(text, m.end()) is not None for m in starts(text)))
    if others:
        body = "|".join("(?:" + _lookarounds_last(body) + ")" for body, _ in others)
        scan, at_start = re.compile(r"[^a-z0-9](?=" + body + ")").search, re.compile(body).match
        tests.append(lambda text: scan(text) is not None or at_start(text) is not None)
    return lambda text: any(test(text) for test in tests)



#: the employment wordings written around the brand's name (``{b}``, ``{h}`` in a hashtag), in their order
_BRAND_TEMPLATES = tuple((id, pattern, tuple(before)) for module in (fr, us) for id, pattern, *before in module.BRAND_WORDINGS)
#: stands for the brand in a template while its starts are read (no text holds it)
_BRAND_MARK = "\x01"


def _template_index() -> tuple[re.Pattern, dict[str, tuple[int, ...]], tuple[int, ...]]:
    """Which brand templates may match where, read once for every brand: a search for the literal starts of the templates
    whose matches start before the brand's name (``_prefixes``, cut at the name), the templates each start found may
    begin (every listed start it begins with), and the templates that may start with the name itself (or anywhere)."""
    by_start: dict[str, set[int]] = {}
    anywhere = []
    for i, (_, pattern, _) in enumerate(_BRAND_TEMPLATES):
        starts = {start.split(_BRAND_MARK)[0] for start in
                  _prefixes.__wrapped__(pattern.replace("{b}", _BRAND_MARK).replace("{h}", _BRAND_MARK))}
        if "" in starts:
            anywhere.append(i)
            continue
        for start in starts:
            by_start.setdefault(start, set()).add(i)
    closure = {found: tuple(sorted(set().union(*(ids for start, ids in by_start.items() if found.startswith(start)))))
               for found in by_start}
    scan = re.compile(r"(?:^|[^a-z0-9])(?=(" + trie_regex(by_start) + "))")
    return scan, closure, tuple(anywhere)


_TEMPLATE_SCAN, _TEMPLATES_AT, _TEMPLATES_ANYWHERE = _template_index()


@lru_cache(maxsize=512)
def _brand_parts(brand: str) -> tuple[str, str, str] | None:
    """The (folded) brand's first word, which every match of its wordings holds, and what ``{b}`` and ``{h}`` stand for;
    None for a name too short to look for."""
    name = brand.strip().lstrip("@#")
    squeezed = re.sub(r"[^a-z0-9]", "", name)
    if len(squeezed) < 2:
        return None
    first = re.search(r"[a-z0-9]+", name).group()
    b = re.escape(name).replace(r"\ ", r"[\s_\-]*")
    short = owed.short_name(name)
    if short:  # "I work in Oakridge's studio" for "Oakridge Home": the brand called by its own first word
        b = "(?:" + b + "|" + re.escape(short) + ")"
    b = r"[@#]?" + b + r"(?:'s|')?(?![a-z0-9])"
    h = "(?:" + re.escape(squeezed) + "|" + re.escape(short or squeezed) + ")"
    return first, b, h


@lru_cache(maxsize=4096)
def _brand_wording_for(brand: str, index: int) -> Wording:
    """The template ``index`` written around this (folded) brand, compiled at its first use: a brand's first post
    compiles only the wordings whose starts it holds (all of them took ~0.3 s a brand)."""
    _, b, h = _brand_parts(brand)
    id, pattern, before = _BRAND_TEMPLATES[index]
    return _brand_wording(id, pattern.replace("{b}", b).replace("{h}", h), *before)


#: the checks of each brand so far (``find_brand_employment``): a brand seen again is a programme's own, worth its full gate
_BRAND_SEEN: dict[str, int] = {}


@lru_cache(maxsize=512)
def _brand_gate(brand: str) -> Callable[[str], bool]:
    """One test, true when one of this brand's wordings matches somewhere (``_word_start_gate``): built for a brand met
    again (~0.3 s once), it rules out most texts in one search where the templates held cost one search each."""
    return _word_start_gate([_brand_wording_for(brand, i).regex.pattern.removeprefix(_WORD_START)
                             for i in range(len(_BRAND_TEMPLATES))])


def _brand_templates_held(text: str) -> list[int]:
    """The templates that may match in the folded ``text``: those starting with the name, and those one of whose literal
    starts begins a word there (a template none of whose starts does cannot match: its matches start at a word)."""
    held = set(_TEMPLATES_ANYWHERE)
    for m in _TEMPLATE_SCAN.finditer(text):
        held.update(_TEMPLATES_AT.get(m[1], ()))
    return sorted(held)


#: employment wordings that start at a job's name: a job preceded by "the", "her", « la »… is someone else's
_ROLE_WORDINGS = frozenset(("role_at_brand", "venue_role", "brand_role_chez", "role_du_lieu"))
_OTHER_PERSON = re.compile(r"(?<![a-z'])(?:the|a|an|their|this|that|her|his|your|one|our|la|le|une|un|sa|son|leur|cette|ce|"
                           r"votre|ta|ton|l') ?(?:[a-z\-]+ )?$")


#: the employment wordings without the brand that count only when the post names the brand somewhere
_NEEDS_NAME = frozenset(("en.role_with_voice", "en.voice_with_role", "en.role_here_ours", "en.my_venue_in", "en.house_asks",
                         "en.founded_the_house", "en.work_in_our_team", "en.work_here", "fr.metier_et_voix", "fr.voix_et_metier", "fr.fonde_la_maison"))
#: the words those wordings' matches hold
_NAMED_NEEDS = frozenset(n for wd, needs in _NEAR_BRAND if wd.id in _NEEDS_NAME for n in needs)


def find_brand_employment(text: str, brand: str | None) -> list[Match]:
    """Employment stated around the brand's name, or pointing at it, in the folded ``text``. A wording is
    searched only when the text holds a word every match of it holds (the brand's first word; "depuis"; one of a
    few verbs)."""
    parts = _brand_parts(brand or "")
    first = parts[0] if parts is not None else ""
    held = _near_needs(text)
    candidates = [wd for wd, needs in _NEAR_BRAND if not held.isdisjoint(needs)] if held else []
    if parts is not None and first in text:
        seen = _BRAND_SEEN[brand] = _BRAND_SEEN.get(brand, 0) + 1
        if len(_BRAND_SEEN) > 10_000:
            _BRAND_SEEN.clear()
        if seen <= 3:  # a brand's first posts: only the wordings whose starts the text holds are compiled
            candidates.extend(_brand_wording_for(brand, i) for i in _brand_templates_held(text))
        elif _brand_gate(brand)(text):  # then one search rules most texts out
            candidates.extend(_brand_wording_for(brand, i) for i in range(len(_BRAND_TEMPLATES)))
    if first and not held.isdisjoint(_NAMED_NEEDS) and re.search(r"(?<![a-z0-9])" + re.escape(first), text) is None:
        # the house's voice or a trade said of oneself, with the brand nowhere named: the reader cannot tell which
        # business the author speaks for ("our new tool", "our store in Bristol" alone; 16 CFR 255.5 "clear")
        candidates = [wd for wd in candidates if wd.id not in _NEEDS_NAME]
    out = []
    for wd in candidates:
        for mm in wd.regex.finditer(text):
            pos = mm.start()
            if negated(text, pos) is not None:
                continue
            if wd.before is not None and wd.before.search(text, max(0, pos - 40), pos) is None:
                continue
            if wd.name in _ROLE_WORDINGS and _OTHER_PERSON.search(text, max(0, pos - 30), pos) is not None:
                continue  # "the store manager at Acme was lovely": someone else's job
            out.append(Match(wd, pos, mm.end(), text[pos] == "#"))
    return out


def _build() -> dict[str, CompiledPack]:
    packs = {}
    for code, module in PACK_MODULES.items():
        others = [m for c, m in PACK_MODULES.items() if c != code]
        packs[code] = CompiledPack(module, others)
    return packs


CONTENT_RE = {k: WordStartSearch.compile(r"(?<![a-z0-9])(?:" + v + r")") for k, v in common.CONTENT_PATTERNS.items()}
PACKS = _build()
AGE_RE = re.compile(common.AGE_MENTION)
HEALTH_RE = re.compile(common.HEALTH_MESSAGE)
CLEARANCE_RE = {k: re.compile(r"(?<![a-z0-9])(?:" + v + r")") for k, v in common.CLEARANCES.items()}
CONTENT_ANSWERED_RE = {k: re.compile(r"(?<![a-z0-9])(?:" + v + r")") for k, v in common.CONTENT_ANSWERED.items()}
CONDITION_RE = {"age": AGE_RE, "health": HEALTH_RE, **{k: re.compile(v) for k, v in common.WARNINGS.items()}}
BEAUTY_RE = WordStartSearch.compile(r"(?<![a-z0-9])(?:" + common.BEAUTY_PRODUCT + r")")
BEAUTY_RESULT_RE = re.compile(r"(?<![a-z0-9])(?:" + common.BEAUTY_RESULT + r")")
RETOUCH_SCOPE_RE = WordStartSearch.compile(r"(?<![a-z0-9])(?:" + common.RETOUCH_SCOPE + r")")
