"""What the caller tells the checker (context flags, language, jurisdiction, sector), read
leniently, and the post's language when nobody says it."""
from __future__ import annotations

import re

from advocacy.disclosure.trie import trie_regex

KNOWN_CONTEXT = ("rewarded", "employee", "brand", "image_retouched", "image_virtual", "sector",
                 "jurisdiction", "content_warning", "max_length", "link")

_FR_LIST = ["le", "la", "les", "des", "une", "et", "est", "pour", "avec", "dans", "sur", "je", "nous", "vous", "c'est", "pas", "que", "qui", "du", "au", "aux", "ce", "cette", "mon", "ma", "mes", "notre", "nos", "tres", "plus", "nouveau", "nouvelle", "decouvrez", "chez", "aujourd'hui", "fier", "fiere", "equipe", "j'ai", "j'adore", "merci", "bien", "tout", "tous", "sont", "mais", "ou", "son", "sa", "ses", "leur", "leurs", "en", "un", "il", "elle", "on", "ne", "d'un", "d'une", "produit", "produits", "journee", "appli", "entreprise", "bravo", "grace", "depuis", "avant", "apres", "encore", "toujours", "vraiment", "genial", "nouveaute", "adore", "decouvrir", "essayez", "essaye", "lancement", "voici", "enfin", "vos", "votre", "ton", "tes", "tu", "moi", "aussi", "comme", "quand", "sans", "chaque", "semaine"]
_EN_LIST = ["the", "and", "is", "are", "for", "with", "on", "in", "i", "we", "you", "it's", "not", "that", "who", "of", "to", "this", "my", "our", "very", "more", "new", "love", "just", "great", "check", "out", "so", "get", "now", "today", "your", "can", "have", "has", "was", "be", "at", "by", "from", "what", "how", "i'm", "it", "team", "proud", "thanks", "about", "all", "will", "their", "they", "its", "an", "here", "loving", "product", "products", "day", "app", "company", "amazing", "awesome", "launch", "launched", "try", "week", "finally", "really", "every", "always", "me", "also", "like", "when", "without", "best", "work", "working", "excited", "happy", "ever", "must"]
_FR_WORDS = re.compile(r"[^a-z'](" + trie_regex(_FR_LIST) + r")(?![a-z'])")
_EN_WORDS = re.compile(r"[^a-z'](" + trie_regex(_EN_LIST) + r")(?![a-z'])")
def _flag(value):
    """Context flags: True, False or None (unknown)."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        v = value.strip().lower()
        if v in ("1", "true", "yes", "y", "oui", "vrai", "on"):
            return True
        if v in ("0", "false", "no", "n", "non", "faux", "off"):
            return False
        return None
    return bool(value)


CONTEXT_ALIASES = {
    "paid": "rewarded", "sponsored": "rewarded", "compensated": "rewarded", "incentivized": "rewarded",
    "incentivised": "rewarded", "reward": "rewarded", "consideration": "rewarded", "remunere": "rewarded",
    "is_employee": "employee", "works_for_brand": "employee", "staff": "employee", "salarie": "employee",
    "retouched": "image_retouched", "image_edited": "image_retouched", "virtual": "image_virtual",
    "ai_generated": "image_virtual", "image_ai": "image_virtual", "cw": "content_warning",
    "spoiler_text": "content_warning", "country": "jurisdiction",
}


_ALIAS_KEYS = frozenset(CONTEXT_ALIASES)


def _context(context) -> dict:
    if context is None:
        return {}
    if not isinstance(context, dict):
        return {k: getattr(context, k, None) for k in KNOWN_CONTEXT}
    if not _ALIAS_KEYS.isdisjoint(context):
        merged = dict(context)
        for alias, key in CONTEXT_ALIASES.items():
            if alias in context and merged.get(key) in (None, ""):
                merged[key] = context[alias]
        return merged
    return context


_ACCENTED = re.compile("[éèêàçùâîôûëïÉÈÊÀÇ]")


def detect_lang(folded: str, original: str = "") -> str:
    fr_n = len(_FR_WORDS.findall(folded)) + len(_ACCENTED.findall(original)) // 2
    en_n = len(_EN_WORDS.findall(folded))
    if fr_n == en_n == 0:
        return "und"
    if fr_n > en_n:
        return "fr"
    if en_n > fr_n:
        return "en"
    return "und"


def _norm_lang(lang) -> tuple[str | None, str | None]:
    """'fr-FR' → ('fr', None); 'en-GB' → ('en', 'uk'); 'en_US' → ('en', 'us')."""
    if not lang:
        return None, None
    if lang == "fr" or lang == "en":
        return lang, None
    raw = str(lang).strip().lower().replace("_", "-")
    raw = {"french": "fr", "francais": "fr", "français": "fr", "english": "en", "anglais": "en",
           "fra": "fr", "fre": "fr", "eng": "en"}.get(raw, raw)
    primary, _, region = raw.partition("-")
    region_j = {"gb": "uk", "uk": "uk", "us": "us", "fr": "fr", "be": "fr", "ch": "fr", "ca": None}.get(region)
    return (primary or None), region_j



_JURISDICTION_ALIASES = {"gb": "uk", "en": "us", "usa": "us", "france": "fr", "united kingdom": "uk",
                         "united states": "us"}
