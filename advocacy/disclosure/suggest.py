"""The smallest edit that passes: state what is owed up front, in the post's language; drop
denials and invisible padding; add the image, age or health mentions; trim to the limit."""
from __future__ import annotations

import re

from advocacy.disclosure.networks import measure
from advocacy.disclosure.normalize import INVISIBLE_CHARS

_PADDING = re.compile(r"\n(?:[ \t]*\n){2,}")
_SPACES = re.compile(r"[ \t\u00a0\u2800\u3164\u115f\u1160\uffa0\u2000-\u200a\u202f\u205f\u3000]{2,}")

PHRASES = {
    "fr": {
        "commercial": "Collaboration commerciale avec {brand}",
        "commercial_nobrand": "Publicité",
        "relationship": "je travaille chez {brand}",
        "relationship_nobrand": "je travaille pour la marque",
        "retouched": "Image retouchée",
        "virtual": "Image virtuelle",
        "age": "Interdit aux moins de 18 ans.",
        "health": "L'abus d'alcool est dangereux pour la santé, à consommer avec modération.",
    },
    "en": {
        "commercial": "Ad: paid partnership with {brand}",
        "commercial_nobrand": "Ad",
        "relationship": "I work at {brand}",
        "relationship_nobrand": "I work for the brand",
        "retouched": "Retouched image",
        "virtual": "AI-generated image",
        "age": "18+ only.",
        "health": "Please drink responsibly.",
    },
}


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


def prefix_for(needs: set[str], lang: str, brand: str | None) -> str:
    p = PHRASES["fr" if lang == "fr" else "en"]
    brand = _clean_brand(brand)
    parts = []
    if "commercial" in needs:
        parts.append(p["commercial"].format(brand=brand) if brand else p["commercial_nobrand"])
    if "relationship" in needs:
        rel = p["relationship"].format(brand=brand) if brand else p["relationship_nobrand"]
        if parts:
            parts[-1] = parts[-1] + " — " + rel
        else:
            parts.append(rel[0].upper() + rel[1:])
    for k in ("retouched", "virtual"):
        if k in needs:
            parts.append(p[k])
    if not parts:
        return ""
    return " · ".join(parts) + ".\n"


def suggest(chk) -> str:
    needs = set(chk.fix_needs)
    if needs & {"commercial", "relationship", "retouched", "virtual", "length"}:
        # a prefix moves everything down and trimming may cut the end: restate what is owed up front
        if chk.commercial_owed:
            needs.add("commercial")
        if chk.employee is True:
            needs.update(("relationship", "commercial"))  # salary alone is ambiguous: say both
        for key, need in (("image_retouched", "retouched"), ("image_virtual", "virtual")):
            if _truthy(chk.ctx.get(key)):
                needs.add(need)
    text = chk.text
    # remove denials (from the end so spans stay valid)
    for s, e in sorted(set(chk.denial_spans), reverse=True):
        tail = re.match(r"[\s,;:.!?\-]*", text[e:])
        text = text[:s] + text[e + (tail.end() if tail else 0):]
    # invisible characters and blank padding go: they only ever hide things
    text = "".join(c for c in text if c not in INVISIBLE_CHARS or c in "\n\t")
    text = _PADDING.sub("\n\n", text)
    text = _SPACES.sub(" ", text)
    text = text.strip()
    lang = chk.lang if chk.lang in ("fr", "en") else ("fr" if chk.jurisdiction == "fr" else "en")
    prefix = prefix_for(needs, lang, chk.brand)
    p = PHRASES["fr" if lang == "fr" else "en"]
    suffix = ""
    if "age" in needs:
        suffix += "\n" + p["age"]
    if "health" in needs:
        suffix += "\n" + p["health"]
    out = prefix + text + suffix
    net = chk.net
    limit = chk.limit
    if net is not None and limit is not None and measure(out, net) > limit:
        out = _trim(prefix, text, suffix, net, limit)
    return out


def _trim(prefix: str, body: str, suffix: str, net, limit: int) -> str:
    lo, hi = 0, len(body)
    best = prefix.rstrip() + suffix
    while lo <= hi:
        mid = (lo + hi) // 2
        candidate = prefix + body[:mid].rstrip() + "…" + suffix
        if measure(candidate, net) <= limit:
            best = candidate
            lo = mid + 1
        else:
            hi = mid - 1
    return best
