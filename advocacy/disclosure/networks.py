"""Networks: post limits, the feed's "see more" cut, and how each one counts characters."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import regex

__all__ = ["NETWORKS", "Network", "measure", "network_for"]


@dataclass(frozen=True, slots=True)
class Network:
    name: str
    label: str
    limit: int | None
    cut_chars: int | None     # visible characters before "see more"
    cut_lines: int | None     # lines before "see more"
    counting: str             # "chars", "x" (weighted), "graphemes", "mastodon"


NETWORKS = {
    "linkedin": Network("linkedin", "LinkedIn", 3000, 210, 3, "chars"),
    "instagram": Network("instagram", "Instagram", 2200, 125, 3, "chars"),
    "facebook": Network("facebook", "Facebook", 63206, 125, None, "chars"),
    "x": Network("x", "X", 280, None, None, "x"),
    "bluesky": Network("bluesky", "Bluesky", 300, None, None, "graphemes"),
    "mastodon": Network("mastodon", "Mastodon", 500, None, None, "mastodon"),
}
ALIASES = {
    "twitter": "x", "x.com": "x", "tweet": "x", "bsky": "bluesky", "bsky.app": "bluesky", "fb": "facebook",
    "ig": "instagram", "insta": "instagram", "li": "linkedin", "linked-in": "linkedin", "toot": "mastodon",
}


def network_for(name) -> Network | None:
    found = NETWORKS.get(name) if isinstance(name, str) else None
    if found is not None:
        return found
    key = str(name or "").strip().lower()
    key = ALIASES.get(key, key)
    return NETWORKS.get(key)


_URL = re.compile(r"https?://[^\s<>\"']+|(?<![\w@.])(?:www\.)[^\s<>\"']+", re.IGNORECASE)
_MASTO_MENTION = re.compile(r"(?<![\w/])@(\w+)@[\w.\-]+\w")
_GRAPHEME = regex.compile(r"\X")
_EMOJI = regex.compile(r"\p{Extended_Pictographic}|\p{Regional_Indicator}")
URL_WEIGHT = 23


_W2 = re.compile("[^\u0000-\u10ff\u2000-\u200d\u2010-\u201f\u2032-\u2037]")
_EMOJI_SEQ = regex.compile(
    r"\p{Regional_Indicator}\p{Regional_Indicator}"
    r"|\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F|\u20E3)*"
    r"(?:\u200D\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F)*)*"
)


def _x_weight(text: str) -> int:
    """twitter-text v3: weight 1 for Latin and common punctuation, 2 otherwise; an emoji
    sequence counts 2 as a whole; a URL counts 23."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    total = 0
    if "http" in text or "www." in text or "WWW." in text or "HTTP" in text:
        urls = _URL.findall(text)
        if urls:
            total += URL_WEIGHT * len(urls)
            text = _URL.sub("", text)
    if text.isascii():
        return total + len(text)
    total += len(text) + len(_W2.findall(text))
    if _EMOJI.search(text) is not None:
        for seq in _EMOJI_SEQ.findall(text):
            total += 2 - (len(seq) + len(_W2.findall(seq)))
    return total


def _cluster_class() -> re.Pattern:
    """Characters that may join the previous one into a single grapheme (marks, joiners,
    variation selectors, Hangul jamo, emoji modifiers, regional indicators, CR)."""
    import unicodedata

    chars = []
    for cp in range(0x80, 0x10000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        if unicodedata.category(chr(cp)) in ("Mn", "Mc", "Me", "Cf"):
            chars.append(re.escape(chr(cp)))
    ranges = "\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\U0001F3FB-\U0001F3FF\U0001F1E6-\U0001F1FF" \
             "\U000E0000-\U000E007F\U000E0100-\U000E01EF\U0001D165-\U0001D1AD\r"
    return re.compile("[" + "".join(chars) + ranges + "]")


_CLUSTERY = _cluster_class()


def graphemes(text: str) -> int:
    if (text.isascii() and "\r" not in text) or _CLUSTERY.search(text) is None:
        return len(text)
    return len(_GRAPHEME.findall(text))


def measure(text: str, network: Network) -> int:
    if network.counting == "x":
        return _x_weight(text)
    if network.counting == "graphemes":
        return graphemes(text)
    if network.counting == "mastodon":
        t = _MASTO_MENTION.sub(lambda m: "@" + m.group(1), text) if "@" in text else text
        if "http" not in t.lower() and "www." not in t.lower():
            return len(t)
        n = 0
        last = 0
        for m in _URL.finditer(t):
            n += len(t[last:m.start()]) + URL_WEIGHT
            last = m.end()
        return n + len(t[last:])
    return len(text)
