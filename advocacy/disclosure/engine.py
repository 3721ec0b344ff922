"""The checker: what is owed, what was written, where it stands, and what would fix it."""
from __future__ import annotations

import re

from advocacy.disclosure import lexicon
from advocacy.disclosure.context import (  # noqa: F401  (CONTEXT_ALIASES, KNOWN_CONTEXT re-exported)
    _JURISDICTION_ALIASES,
    _SECTOR_NAMES,
    CONTEXT_ALIASES,
    KNOWN_CONTEXT,
    SECTOR_ALIASES,
    _context,
    _flag,
    _norm_lang,
    detect_lang,
)
from advocacy.disclosure.networks import Network, measure, network_for
from advocacy.disclosure.normalize import Folded, decode_tags, fold, visual_order
from advocacy.disclosure.result import FAIL, Finding, Result, verdict_of
from advocacy.disclosure.suggest import suggest

_URL_IN_TEXT = re.compile(r"(?:https?://|www\.)[^\s]+")
_SPACED = re.compile(r"(?<![a-z0-9])(?:[a-z] ){3,}[a-z](?![a-z0-9])")
_SPACED_QUICK = re.compile(r" [a-z] [a-z] [a-z] ")
_WALL = re.compile(r"#[^\s#]+(?:\s+#[^\s#]+){3,}")
_PADDING = re.compile(r"\n(?:[ \t.,\-_*~|]*\n){3,}|[ \t]{12,}")
_RANK = {"ok": 0, "weak": 1, "hidden": 2, "after_cut": 2, "wall": 2, "cw": 2, "mismatch": 3}
_PLACEMENT_RULE = {"hidden": "mention_hidden", "cw": "mention_hidden", "after_cut": "mention_after_cut",
                   "wall": "mention_in_hashtag_wall", "mismatch": "mention_language"}
_TWELVE_SPACES = " " * 12


class _Check:
    """One check: the state shared by the steps below."""

    def __init__(self, text, network_name, lang, context):
        self.text = text if isinstance(text, str) else ("" if text is None else str(text))
        self.ctx = _context(context)
        self.net: Network | None = network_for(network_name)
        self.network_name = self.net.name if self.net else str(network_name or "")
        self.vis_map = None
        if "\u202e" in self.text:  # right-to-left override: the reader sees those letters reversed
            visual, self.vis_map = visual_order(self.text)
            self.f: Folded = fold(visual)
        else:
            self.f = fold(self.text)
        primary, region_j = _norm_lang(lang)
        self.lang = primary or detect_lang(self.f.text, self.text)
        # mentions are judged against French and English only; other languages are not judged
        self.match_lang = self.lang if self.lang in ("fr", "en") else "und"
        j = self.ctx.get("jurisdiction")
        if j:
            j = str(j).strip().lower()
            j = _JURISDICTION_ALIASES.get(j, j)
        if j not in lexicon.PACKS:
            j = region_j or ("us" if self.lang == "en" else "fr")
        self.jurisdiction = j
        self.pack = lexicon.PACKS[j]
        self.rewarded = _flag(self.ctx.get("rewarded"))
        self.employee = _flag(self.ctx.get("employee"))
        brand = self.ctx.get("brand")
        self.brand = str(brand).strip() if brand else None
        self.findings: list[Finding] = []
        self.fix_needs: set[str] = set()
        self.denial_spans: list[tuple[int, int]] = []
        self._walls = None
        self.cw_hides = False
        ft = self.f.text
        self.padding_ends = ([p.end() for p in _PADDING.finditer(ft)]
                             if ft.count("\n") >= 4 or _TWELVE_SPACES in ft or "\t" in ft else [])
        self.commercial_owed = False
        self.length_value = len(self.text)
        self.limit = None

    # -- helpers ------------------------------------------------------------------------------
    def add(self, rule: str, span=None, kind=None, found="", sector="", limit="", length=""):
        spec = self.pack.rules[rule]
        self.findings.append(Finding(rule, spec["severity"], spec["reference"], span, kind=kind, spec=spec,
                                     values=(self, found, sector, limit, length)))

    def format_values(self, found, sector, limit, length):
        """The values a finding's message needs (French, English), computed when it is read."""
        net_label = self.net.label if self.net else (self.network_name or "?")
        fmt = {"network": net_label, "cut": self._cut_label(), "found": found, "lang": self.lang,
               "sector": sector, "limit": limit, "length": length}
        return dict(fmt, brand=self.brand or "la marque"), dict(fmt, brand=self.brand or "the brand")

    def _cut_label(self) -> str:
        n = self.net
        if not n or not n.cut_chars:
            return "—"
        if n.cut_lines:
            return f"{n.cut_chars} / {n.cut_lines}"
        return str(n.cut_chars)

    def span_of(self, m) -> tuple[int, int]:
        return self.span(m.start, m.end)

    def span(self, start, end) -> tuple[int, int]:
        """Folded positions → [start, end) in the caller's text."""
        s, e = self.f.span(start, end)
        if self.vis_map is None:
            return s, e
        if e <= s:
            return s, e
        originals = [self.vis_map[i] for i in range(s, min(e, len(self.vis_map)))]
        return (min(originals), max(originals) + 1) if originals else (s, e)

    def found(self, m) -> str:
        s, e = self.span_of(m)
        return self.text[s:e].strip()[:60]

    def walls(self):
        if self._walls is None:
            self._walls = [(w.start(), w.end()) for w in _WALL.finditer(self.f.text)]
        return self._walls

    # -- status of one mention -------------------------------------------------------------------
    def status(self, m) -> str:
        wd = m.wording
        strength = "ok" if wd.strength == "accepted" else wd.strength
        if self.match_lang not in ("und", wd.lang) and wd.lang != "any":
            other = wd.other_lang
            if other == "weak":
                strength = "weak"
            elif other != "accepted":
                return "mismatch"
        if wd.start and self.f.text[1:m.start].strip():
            return "none"
        ftext = self.f.text
        if m.hashtag:
            for ws, we in self.walls():
                if ws <= m.start < we and not (m.start == ws and not ftext[1:ws].strip()):
                    return "wall"  # only a wall that opens the post leaves its first tag in plain sight
        if self.padding_ends and self.padding_ends[0] <= m.start:
            return "hidden"
        visible = self.f.visible_pos(m.start)
        if visible - (m.start - 1) >= 8:
            return "hidden"
        if self.cw_hides:
            return "cw"
        net = self.net
        if net is not None and net.cut_chars is not None:
            if self.f.visible_pos(m.end) > net.cut_chars:
                return "after_cut"
            if net.cut_lines is not None and ftext.count("\n", 0, m.start) >= net.cut_lines:
                return "after_cut"
        return strength

    # -- the steps ---------------------------------------------------------------------------------
    def run(self) -> Result:
        f = self.f
        ctx = self.ctx
        skip = set()
        if self.employee is not True:
            skip.add("relationship")
        if not ctx.get("image_retouched"):
            skip.add("retouched")
        if not ctx.get("image_virtual"):
            skip.add("virtual")
        self.skip = skip = frozenset(skip)
        matches = self.pack.find(f.text, skip)
        if _SPACED_QUICK.search(f.text) is not None:
            matches.extend(self.spaced_out())
        if "http" in f.text or "www." in f.text:
            urls = [(u.start(), u.end()) for u in _URL_IN_TEXT.finditer(f.text)]
            matches = [m for m in matches if not any(s <= m.start < e for s, e in urls)]
        cw = self.ctx.get("content_warning")
        self.cw_hides = bool(cw and str(cw).strip())
        cw_matches = []
        if self.cw_hides:
            cw_f = fold(str(cw))
            cw_matches = [m for m in self.pack.find(cw_f.text, self.skip) if not m.negated]
        # drop weaker readings inside a stronger wording ("collaboration" in "collaboration commerciale")
        if len(matches) > 1:
            strong = [(m.start, m.end) for m in matches
                      if m.wording.strength in ("accepted", "weak") and not m.negated or m.wording.kind == "denial"]
            if strong:
                kept = []
                for m in matches:
                    if m.wording.kind in ("ambiguous", "word") and not m.negated and any(
                            s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in strong):
                        continue
                    kept.append(m)
                matches = kept

        by_kind: dict[str, list] = {}
        denials = []
        self.sector_hints = []
        for m in matches:
            kind = m.wording.kind
            if kind == "sector_hint":
                self.sector_hints.append(m)
                continue
            if kind == "denial" or (m.negated and kind in ("commercial", "ambiguous", "word")):
                denials.append(m)
                continue
            if m.negated:
                continue
            by_kind.setdefault(kind, []).append(m)
        commercial = by_kind.get("commercial", [])
        ambiguous = by_kind.get("ambiguous", [])
        relationship = by_kind.get("relationship", [])

        rewarded = self.rewarded
        employee = self.employee
        commercial_owed = rewarded is True or (
            rewarded is None and (bool(commercial) or any(m.wording.signal and m.hashtag for m in ambiguous)))
        self.commercial_owed = commercial_owed
        cw_ok = {m.wording.kind for m in cw_matches if m.wording.strength == "accepted"}

        if commercial_owed or employee is True:
            commercial_best = self.evaluate("commercial", commercial, ambiguous, commercial_owed, "commercial" in cw_ok)
        else:
            commercial_best = None
        if employee is True:
            self.evaluate("relationship", relationship, ambiguous, True, "relationship" in cw_ok)
            if rewarded is not True and commercial_best not in ("ok", "weak"):
                self.add("salary_review", kind="commercial")
                self.fix_needs.add("commercial")

        last_end = -1
        for m in sorted(denials, key=lambda d: (d.start, -d.end)):
            if m.start < last_end:
                continue
            last_end = m.end
            span = self.span(m.neg_start if m.neg_start is not None else m.start, m.end)
            found = self.text[span[0]:span[1]].strip()[:60]
            if rewarded is True:
                self.add("denial_while_rewarded", span, kind="commercial", found=found)
                self.denial_spans.append(span)
                self.fix_needs.add("commercial")
            elif employee is True:
                self.add("denial_while_employee", span, kind="commercial", found=found)
                self.denial_spans.append(span)

        self.images(by_kind)
        self.sector()
        self.length()
        if self.net is None:
            self.add("network_unknown")
        verdict = verdict_of(self.findings)
        return Result(
            verdict=verdict, findings=self.findings, text=self.text, network=self.network_name,
            lang=self.lang, jurisdiction=self.jurisdiction, length=self.length_value, limit=self.limit,
            _suggest=(lambda: suggest(self)) if verdict != "pass" else None,
        )

    def spaced_out(self) -> list:
        """Wordings written letter by letter ("P u b l i c i t é"): a reader sees the word."""
        out = []
        for m in _SPACED.finditer(self.f.text):
            collapsed = " " + m.group().replace(" ", "") + " "
            for found in self.pack.find(collapsed, self.skip):
                found.start, found.end = m.start(), m.end()
                out.append(found)
        return out

    def evaluate(self, kind, found, ambiguous, owed, cw_ok) -> str | None:
        """Findings for one owed mention; returns the best status found."""
        if not owed:
            statuses = {self.status(m) for m in found}
            return "ok" if "ok" in statuses else ("weak" if "weak" in statuses else None)
        if cw_ok:
            return "ok"
        best = None
        best_m = None
        for m in found:
            st = self.status(m)
            if st == "none":
                continue
            if best is None or _RANK[st] < _RANK[best]:
                best, best_m = st, m
                if st == "ok":
                    break
        if best == "ok":
            return best
        self.fix_needs.add(kind)
        if best == "weak":
            if kind == "commercial":
                self.add("commercial_weak", self.span_of(best_m), kind=kind, found=self.found(best_m))
            else:
                self.add("relationship_insufficient", self.span_of(best_m), kind=kind, found=self.found(best_m))
            return best
        if best is not None:
            self.add(_PLACEMENT_RULE[best], self.span_of(best_m), kind=kind, found=self.found(best_m))
            return best
        amb = [m for m in ambiguous if self.status(m) != "none"] or ambiguous
        if amb:
            m = amb[0]
            self.add(f"{kind}_insufficient", self.span_of(m), kind=kind, found=self.found(m))
            return "insufficient"
        hidden = decode_tags(self.text) if self.f.hidden else ""
        if hidden:
            hf = fold(hidden)
            if any(m.wording.kind == kind and not m.negated for m in self.pack.find(hf.text)):
                self.add("mention_invisible", None, kind=kind)
                return "invisible"
        self.add(f"{kind}_missing", None, kind=kind)
        return None

    def images(self, by_kind):
        ctx = self.ctx
        if not ctx.get("image_retouched") and not ctx.get("image_virtual"):
            return
        for flag, kind, rule in (("image_retouched", "retouched", "image_retouched_missing"),
                                 ("image_virtual", "virtual", "image_virtual_missing")):
            if _flag(ctx.get(flag)) is not True:
                continue
            ms = by_kind.get(kind, [])
            ok = [m for m in ms if self.match_lang in ("und", m.wording.lang)]
            if ok:
                continue
            if ms:
                m = ms[0]
                self.add("mention_language", self.span_of(m), kind=kind, found=self.found(m))
            else:
                self.add(rule, None, kind=kind)
            self.fix_needs.add(kind)

    def sector(self):
        raw = self.ctx.get("sector")
        sector = str(raw).strip().lower().replace("-", "_").replace(" ", "_") if raw else ""
        if not sector:
            if self.sector_hints:
                m = self.sector_hints[0]
                s, e = self.span(m.start, m.end)
                self.add("sector_suspected", (s, e), found=self.text[s:e])
            return
        sector = SECTOR_ALIASES.get(sector, sector)
        if sector not in self.pack.sectors:
            return  # an ordinary sector (food, fashion…): nothing to say
        names = _SECTOR_NAMES.get(sector, (sector, sector))
        label = names[0] if self.lang == "fr" else names[1]
        status, condition = self.pack.sectors[sector]
        if status == "banned":
            self.add("sector_banned", sector=label)
            return
        self.add("sector_restricted", sector=label)
        if condition == "age" and lexicon.AGE_RE.search(self.f.text) is None:
            self.add("sector_age_missing")
            self.fix_needs.add("age")
        if condition == "health" and lexicon.HEALTH_RE.search(self.f.text) is None:
            self.add("sector_health_missing")
            self.fix_needs.add("health")

    def length(self):
        net = self.net
        if net is None:
            return
        limit = net.limit
        override = self.ctx.get("max_length")
        if override:
            try:
                limit = int(override) if int(override) > 0 else limit
            except (TypeError, ValueError):
                pass
        self.limit = limit
        self.length_value = n = len(self.text) if net.counting == "chars" else measure(self.text, net)
        if limit is not None and n > limit:
            self.add("length_over_limit", None, length=n, limit=limit)
            self.fix_needs.add("length")


def check_impl(text, network, lang=None, context=None) -> Result:
    return _Check(text, network, lang, context).run()


def is_fail(result: Result) -> bool:
    return result.verdict == FAIL
