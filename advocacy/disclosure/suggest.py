"""The smallest edit that passes: state what is owed up front, in the post's language and with
the mentions its jurisdiction expects; drop denials and invisible padding; retype disguised
mentions; add the image, age, health or warning statements; trim to the network's limit.

Invariants: a fix never says "paid" (nobody can tell from the text that money changed hands;
"Publicité", "Collaboration commerciale", "Ad" and "#ad" are right for every consideration), and a
suggested text always fits the network's limit — when nothing that states what is owed can fit,
the suggestion is the post itself and ``fits`` is false.
"""
from __future__ import annotations

import re
import unicodedata

from advocacy.disclosure import lexicon
from advocacy.disclosure.networks import post_length, runs
from advocacy.disclosure.normalize import INVISIBLE_CHARS, fold, is_disguised

_PADDING = re.compile(r"\n(?:[ \t]*\n){2,}")
_TAIL = re.compile(r"[\s,;:.!?\-]*")
#: where a clause ends; a lead-in clause ("As someone who used to work at X, …") ends at a comma or a dash
_CLAUSE_MARKS = ",;:.!?\n—–"
_CLAUSE_END = re.compile("[" + re.escape(_CLAUSE_MARKS) + "]")
_LEAD_IN_END = ",—–"
_SPACES = re.compile(r"[ \t\u00a0\u2800\u3164\u115f\u1160\uffa0\u2000-\u200a\u202f\u205f\u3000]{2,}")
#: the invisible characters a fix removes (line breaks and tabs stay) below U+10000: one class, removed in C (a class
#: that also lists the thousand above is read one by one for every character); the others where the text has any
_INVISIBLE_BMP = re.compile("[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" if b > a else re.escape(chr(a)) for a, b in runs(
    sorted(ord(c) for c in INVISIBLE_CHARS - {"\n", "\t"} if c <= "\uffff"))) + "]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _truthy(value) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "y", "oui", "vrai", "on")
    return bool(value)


def _clean_brand(brand: str | None) -> str | None:
    if not brand:
        return None
    brand = "".join(c for c in brand if c not in INVISIBLE_CHARS).strip()
    brand = re.sub(r"\s+", " ", brand)
    return brand[:60] or None


def phrases(chk) -> tuple[str, dict]:
    """(language, phrases) for the mentions a fix proposes: the post's language; the
    jurisdiction's own statements (age, warnings) where the post's language pack has none."""
    lang = chk.lang if chk.lang in ("fr", "en") else ("fr" if chk.jurisdiction == "fr" else "en")
    own = chk.pack.phrases.get(lang)
    if own is None:
        own = lexicon.PACKS["fr" if lang == "fr" else "us"].phrases[lang]
    merged = dict(own)
    for key, value in next(iter(chk.pack.phrases.values())).items():
        if not merged.get(key):
            merged[key] = value
    if chk.jurisdiction != "us" and lang == "en":
        merged["age"] = lexicon.PACKS[chk.jurisdiction].phrases.get("en", merged).get("age", merged["age"])
    return lang, merged


def mention_values(chk) -> dict:
    """``{m_commercial}``, ``{m_relationship}``… for the findings' fixes."""
    _, p = phrases(chk)
    brand = _clean_brand(chk.brand)
    warning = next((p.get(k) for k in ("fda_warning", "gambling_warning", "gambling_help", "medicine_notice", "tobacco_warning",
                                             "cigar_warning", "risk_information", "fca_crypto_warning", "cfd_risk_warning", "credit_mention")
                    if k in chk.fix_needs),
                   None) or p.get("risk_warning")
    return {
        "m_commercial": p["commercial"].format(brand=brand) if brand else p["commercial_nobrand"],
        "m_commercial_short": p["commercial_nobrand"],
        "m_relationship": _cap(p["relationship"].format(brand=brand) if brand else p["relationship_nobrand"]),
        "m_retouched": p["retouched"], "m_virtual": p["virtual"], "m_age": p["age"], "m_health": p["health"],
        "m_warning": warning or "",
    }


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def prefix_for(needs: set[str], p: dict, brand: str | None) -> str:
    brand = _clean_brand(brand)
    parts = []
    if "commercial" in needs:
        label = p["commercial"].format(brand=brand) if brand else p["commercial_nobrand"]
        if "commercial_named" in needs and brand and brand not in label:
            label = f"{label} {brand}"  # the post's label names another advertiser: this one names the brand ("#ad Acme")
        parts.append(label)
    if "relationship" in needs:
        rel = p["relationship"].format(brand=brand) if brand else p["relationship_nobrand"]
        if parts:
            parts[-1] = parts[-1] + " — " + rel
        else:
            parts.append(_cap(rel))
    for k in ("retouched", "virtual"):
        if k in needs:
            parts.append(p[k])
    if not parts:
        return ""
    return " · ".join(parts) + ".\n"


def _plain(piece: str) -> str:
    """A disguised mention retyped in ordinary letters."""
    out = []
    tokens = piece.split()
    if len(tokens) >= 4 and all(len(t) == 1 or (len(t) == 2 and unicodedata.combining(t[1])) for t in tokens):
        piece = "".join(tokens)  # spaced out: "P u b l i c i t é"
    for ch in piece:
        if "\u0334" <= ch <= "\u0338":  # strike-through overlays
            continue
        if is_disguised(ch):
            out.append(fold(ch).text[1:])
        else:
            out.append(ch)
    plain = unicodedata.normalize("NFC", "".join(out))
    first = piece[:1]
    if plain and not plain.startswith("#") and first and (first.isupper() or "CAPITAL" in unicodedata.name(first, "")):
        plain = plain[:1].upper() + plain[1:]
    return plain


def suggest(chk) -> tuple[str, bool]:
    needs = set(chk.fix_needs)
    if needs & {"commercial", "relationship", "retouched", "virtual", "length"}:
        # a prefix moves everything down and trimming may cut the end: restate what is owed up front
        if chk.commercial_owed:
            needs.add("commercial")
        if chk.employee is True and chk.owed and "relationship" in chk.owed_kinds:
            needs.add("relationship")  # salary alone is no consideration for the post: the link is what is owed
        for key, need in (("image_retouched", "retouched"), ("image_virtual", "virtual")):
            if _truthy(chk.ctx.get(key)) and need in chk.pack.images and chk.owed:
                needs.add(need)
    text = chk.text
    edits = [(*_lead_in(text, s, e), "") for s, e in set(chk.denial_spans)]
    if any(f.rule in ("mention_obfuscated", "mention_illegible") for f in chk.findings):
        edits += [(s, e, _plain(text[s:e])) for s, e in set(chk.disguised_spans)
                  if not any(ds <= s < de for ds, de in chk.denial_spans)]
    text = _apply(text, edits)
    if chk.denial_spans:
        # removing one denial can bare another ("not not #ad #ad" → "not #ad"): remove until none is left
        for _ in range(4):
            left = _denials(chk, text)
            if not left:
                break
            text = _apply(text, [(s, e, "") for s, e in left])
    # invisible characters and blank padding go: they only ever hide things
    text = unicodedata.normalize("NFC", text)  # decomposed accents stay accents
    text = _INVISIBLE_BMP.sub("", text)
    if _ASTRAL.search(text) is not None:
        text = "".join(c for c in text if c not in INVISIBLE_CHARS or c in "\n\t")
    text = _PADDING.sub("\n\n", text)
    text = _SPACES.sub(" ", text)
    text = text.strip()
    _, p = phrases(chk)
    net = chk.net
    limit = chk.limit
    for brand in (chk.brand, None):  # the brand's name is dropped from the mention before the post is cut
        prefix = prefix_for(needs, p, brand)
        suffix = ""
        for need in ("age", "health", "fda_warning", "risk_warning", "fca_crypto_warning", "cfd_risk_warning", "gambling_warning", "gambling_help",
                     "medicine_notice", "tobacco_warning", "cigar_warning", "risk_information", "credit_mention", "food_health"):
            if need in needs and p.get(need):
                suffix += "\n" + p[need]
        out = prefix + text + suffix
        if net is None or limit is None or post_length(net, out, chk.link) <= limit:
            return out, True
        out = _trim(prefix, text, suffix, net, limit, chk.link)
        if post_length(net, out, chk.link) <= limit:
            return out, True
    return chk.text, False


def _lead_in(text: str, s: int, e: int) -> tuple[int, int]:
    """The span to remove for a denial at ``s:e``: the whole lead-in clause when the denial sits inside one
    ("As someone who used to work at Acme, I …" → "I …"; the prefix states the link), so that no dangling
    words are left ("As someone who Acme, I …"); else the denial alone."""
    start = max(text.rfind(c, 0, s) for c in _CLAUSE_MARKS) + 1
    while start < s and text[start].isspace():
        start += 1
    end = _CLAUSE_END.search(text, e)
    if end is None or text[end.start()] not in _LEAD_IN_END or not text[end.end():].strip():
        return s, e
    rest = (text[start:s] + " " + text[e:end.start()]).split()
    if not 0 < len(rest) <= 8 or any(ch.isdigit() or ch in "#@/" for word in rest for ch in word):
        return s, e  # nothing around the denial, or something worth keeping (a code, a tag, a link)
    return start, end.start()


def _apply(text: str, edits) -> str:
    """``text`` with each (start, end, replacement) applied; a removal takes the punctuation after it."""
    cuts: list[list[int]] = []
    for s, e in sorted((s, e) for s, e, repl in edits if not repl):
        if cuts and s <= cuts[-1][1]:  # overlapping removals ("not not sponsored #ad") become one
            cuts[-1][1] = max(cuts[-1][1], e)
        else:
            cuts.append([s, e])
    edits = [(s, e, "") for s, e in cuts] + [(s, e, r) for s, e, r in set(edits)
                                             if r and not any(a <= s < b for a, b in cuts)]
    for s, e, repl in sorted(edits, reverse=True):
        if repl:
            text = text[:s] + repl + text[e:]
        else:
            tail = _TAIL.match(text, e)
            text = text[:s] + text[tail.end():]
    return text


def _denials(chk, text: str) -> list[tuple[int, int]]:
    """The denials still in ``text`` (spans in ``text``), read as the check read the post."""
    f = fold(text)
    out = []
    for m in chk.pack.find(f.text, chk.skip):
        kind = m.wording.kind
        if kind == "denial" or (m.negated and kind in ("commercial", "ambiguous", "word")):
            out.append(f.span(m.neg_start if m.neg_start is not None else m.start, m.end))
    return out


def _trim(prefix: str, body: str, suffix: str, net, limit: int, link: str | None = None) -> str:
    lo, hi = 0, len(body)
    best = prefix.rstrip() + suffix
    while lo <= hi:
        mid = (lo + hi) // 2
        candidate = prefix + body[:mid].rstrip() + "…" + suffix
        if post_length(net, candidate, link) <= limit:
            best = candidate
            lo = mid + 1
        else:
            hi = mid - 1
    return best
