"""Compile the rule packs into fast matchers.

One anchor regex per jurisdiction finds the places where a wording may start (the literal
beginning of every pattern, after a non-letter); at each anchor only the wordings sharing its
first letters are tried. ``scan`` wordings are searched on their own. Everything is compiled
once, at import.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

try:  # Python ≥ 3.11
    import re._parser as sre_parse  # type: ignore[import-not-found]
    from re._constants import BRANCH, LITERAL, MAX_REPEAT, MIN_REPEAT, SUBPATTERN  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover
    import sre_parse  # type: ignore[no-redef]
    from sre_constants import BRANCH, LITERAL, MAX_REPEAT, MIN_REPEAT, SUBPATTERN  # type: ignore[no-redef]

from advocacy.disclosure.packs import common, fr, uk, us

PACK_MODULES = {"fr": fr, "us": us, "uk": uk}
SEP = r"[\s_\-.:'/()\[\]]*"
# a negation that ends right before a wording ("not", "pas un", "isn't", "#not")
_NEGATORS = ["not", "no", "never", "non", "pas", "aucun", "aucune", "sans", "ni", "nobody", "jamais", "zero",
             "neither", "nor", "without", "n't"]
_FILLERS = (r"(?:a|an|the|un|une|de|d'|du|des|le|la|l'|ce|cette|this|my|mon|ma|been|being|really|even|actually|"
            r"vraiment|du tout|paid|en|any|une? post|officially|officiellement|forcement|necessarily|ete|been|ai|a)")


def _negation_regex():
    words = "|".join(re.escape(w) for w in sorted(_NEGATORS, key=len, reverse=True))
    return re.compile(r"(?:" + words + r")(?![a-z0-9])[\s\-]*(?:" + _FILLERS + r"[\s']*){0,3}(?:[a-z0-9@&\-]+\s+)?#?$")


NEG_BEFORE = _negation_regex()


def negated(text: str, pos: int) -> int | None:
    """Where the negation before the wording at ``pos`` starts ("not", "pas un", "isn't"), or None."""
    window_start = pos - 40 if pos > 40 else 0
    m = NEG_BEFORE.search(text, window_start, pos)
    while m is not None:
        s = m.start()
        word = text[s]
        if word == "n" and text.startswith("n't", s):
            return s
        if s == 0 or not text[s - 1].isalnum():
            return s
        m = NEG_BEFORE.search(text, s + 1, pos)
    return None


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


@dataclass(slots=True)
class Match:
    wording: Wording
    start: int      # folded coordinates (leading space included)
    end: int
    hashtag: bool
    negated: bool = False
    neg_start: int | None = None


def trie_regex(words) -> str:
    """A regex matching any of ``words``, factored by common prefixes (fast in ``re``)."""
    trie: dict = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            body = "(?:" + body + ")?"
        return body

    return build(trie)


def _spaces(pattern: str) -> str:
    return pattern.replace(" ", SEP)


def _prefixes(pattern: str) -> set[str]:
    """Every literal string a match of ``pattern`` must start with (empty string if unknown)."""
    parsed = sre_parse.parse(pattern)

    def walk(items, start_index=0) -> set[str]:
        prefixes = {""}
        for op, av in list(items)[start_index:]:
            if op is LITERAL and chr(av) != " ":
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
                return {p + s for p in prefixes for s in subs}
            if op in (MAX_REPEAT, MIN_REPEAT) and av[0] >= 1:
                sub = walk(av[2])
                return {p + s for p in prefixes for s in sub}
            return prefixes
        return prefixes

    def _complete(items) -> bool:
        return all(op is LITERAL for op, _ in items)

    return walk(parsed)


def _compile_wording(spec: dict, foreign: dict) -> Wording:
    pattern = _spaces(spec["pattern"])
    if spec["scan"]:
        # the word boundary before it is checked by ``find``; a leading "#" is allowed
        body = pattern + ("" if pattern.endswith(("]", ")")) or "(?!" in pattern[-12:] else r"(?![a-z0-9])")
    else:
        body = ("" if pattern.startswith("#") else "#?") + pattern + r"(?![a-z0-9_])"
    before = re.compile(_spaces(spec["before"])) if spec.get("before") else None
    return Wording(
        id=spec["id"], kind=spec["kind"], strength=spec["strength"], lang=spec["lang"],
        regex=re.compile(body), before=before, start=spec["start"], signal=spec["signal"],
        other_lang=foreign.get(spec["id"], spec.get("other_lang")), example=spec["example"],
        scan=spec["scan"], hashtag_ok=spec["scan"] and not spec["pattern"].startswith("#"),
    )


class CompiledPack:
    def __init__(self, module, others):
        self.module = module
        self.jurisdiction = module.JURISDICTION
        self.lang = module.LANG
        self.rules = {}
        for rule_id, rule in module.RULES.items():
            merged = dict(common.MESSAGES.get(rule_id, {}))
            merged.update(rule)
            self.rules[rule_id] = merged
        self.sectors = module.SECTORS
        foreign = getattr(module, "FOREIGN", {})
        specs = list(module.WORDINGS) + _sector_specs()
        seen = {s["id"] for s in specs}
        for other in others:
            for spec in other.WORDINGS:
                if spec["lang"] != module.LANG and spec["id"] not in seen:
                    specs.append(spec)
                    seen.add(spec["id"])
        self.wordings = [_compile_wording(s, foreign) for s in specs]
        # hashtag-shaped scans (#AcmeEmployee, #SalariéAcme…) are tried at every hashtag the anchors meet
        self.hash_scans = [w for w in self.wordings if w.scan and w.regex.pattern.startswith("#")]
        self.scans = [w for w in self.wordings if w.scan and w not in self.hash_scans]

        by_key: dict[str, list[Wording]] = {}
        prefixes: set[str] = set()
        for wd in self.wordings:
            if wd.scan:
                continue
            for p in _prefixes(next(s for s in specs if s["id"] == wd.id)["pattern"]):
                core = p.removeprefix("#")
                if len(core) < 2:
                    raise ValueError(f"wording {wd.id}: pattern needs a literal start of two letters")
                prefixes.add(p)
                key = p[:3] if p.startswith("#") else p[:2]
                lst = by_key.setdefault(key, [])
                if wd not in lst:
                    lst.append(wd)
        self.by_key = by_key
        words = set(prefixes)
        words |= {"#" + p for p in prefixes if not p.startswith("#")}
        self.anchor = re.compile(r"[^a-z0-9#](" + trie_regex(words) + r"|#(?=[a-z0-9_]))")

    def find(self, text: str, skip: frozenset = frozenset()) -> list[Match]:
        """Every wording found in the folded ``text`` (which starts with a space); wordings whose
        kind is in ``skip`` (e.g. ``relationship`` when the author is not an employee) are not sought."""
        out: list[Match] = []
        by_key = self.by_key
        for m in self.anchor.finditer(text):
            pos = m.start(1)
            hashtag = text[pos] == "#"
            candidates = []
            if hashtag:
                candidates = by_key.get(text[pos:pos + 3], [])
                c2 = by_key.get(text[pos + 1:pos + 3])
                if c2:
                    candidates = candidates + c2
            else:
                candidates = by_key.get(text[pos:pos + 2], ())
            if hashtag:
                candidates = candidates + self.hash_scans
            for wd in candidates:
                if wd.kind in skip:
                    continue
                mm = wd.regex.match(text, pos)
                if mm is None:
                    continue
                if wd.before is not None and wd.before.search(text, max(0, pos - 40), pos) is None:
                    continue
                match = Match(wd, pos, mm.end(), hashtag)
                if wd.kind not in ("denial", "sector_hint"):
                    ns = negated(text, pos)
                    if ns is not None:
                        match.negated, match.neg_start = True, ns
                out.append(match)
        for wd in self.scans:
            if wd.kind in skip:
                continue
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


#: words that suggest a banned or regulated sector when the caller named none (folded text)
SECTOR_WORDS = [
    "vape", "vapes", "vapoteuse", "e-cigarette", "e-cig", "cigarette electronique", "nicotine", "snus", "tobacco",
    "cigarette", "cigarettes", "cfd", "cfds", "forex", "trading a effet de levier", "leveraged trading", "bitcoin",
    "cryptomonnaie", "cryptomonnaies", "cryptocurrency", "crypto-actifs", "crypto-monnaie", "nft", "nfts", "memecoin",
    "rhinoplastie", "liposuccion", "botox", "acide hyaluronique", "lip filler", "lip fillers", "chirurgie esthetique",
    "cosmetic surgery", "pronostics sportifs", "tipster", "paris sportifs", "sports betting", "casino en ligne",
    "online casino", "remplace votre traitement", "remplace ton traitement", "replaces your medication",
]


def _sector_specs() -> list[dict]:
    from advocacy.disclosure.packs import wording

    return [wording(f"sector.{i}", "sector_hint", "none", re.escape(w).replace(r"\ ", " "), lang="any")
            for i, w in enumerate(SECTOR_WORDS)]


def _build() -> dict[str, CompiledPack]:
    packs = {}
    for code, module in PACK_MODULES.items():
        others = [m for c, m in PACK_MODULES.items() if c != code]
        packs[code] = CompiledPack(module, others)
    return packs


PACKS = _build()
AGE_RE = re.compile(common.AGE_MENTION)
HEALTH_RE = re.compile(common.HEALTH_MESSAGE)
