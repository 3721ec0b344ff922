"""Networks: post limits, the feed's "see more" cut, and how each one counts characters."""
from __future__ import annotations

import re
from dataclasses import dataclass

import regex

__all__ = ["Network", "NETWORKS", "network_for", "measure"]


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
    key = str(name or "").strip().lower()
    key = ALIASES.get(key, key)
    return NETWORKS.get(key)


_URL = re.compile(r"https?://[^\s<>\"']+|(?<![\w@.])(?:www\.)[^\s<>\"']+", re.IGNORECASE)
_MASTO_MENTION = re.compile(r"(?<![\w/])@(\w+)@[\w.\-]+\w")
_GRAPHEME = regex.compile(r"\X")
_EMOJI = regex.compile(r"\p{Extended_Pictographic}|\p{Regional_Indicator}")
URL_WEIGHT = 23


def _x_weight(text: str) -> int:
    """twitter-text v3: weight 1 for Latin and common punctuation, 2 otherwise; an emoji
    sequence counts 2; a URL counts 23."""
    import unicodedata

    text = unicodedata.normalize("NFC", text)
    total = 0
    last = 0
    parts = []
    for m in _URL.finditer(text):
        parts.append(text[last:m.start()])
        total += URL_WEIGHT
        last = m.end()
    parts.append(text[last:])
    for part in parts:
        if part.isascii():
            total += len(part)
            continue
        for g in _GRAPHEME.findall(part):
            if _EMOJI.search(g):
                total += 2
                continue
            for ch in g:
                cp = ord(ch)
                if cp <= 4351 or 8192 <= cp <= 8205 or 8208 <= cp <= 8223 or 8242 <= cp <= 8247:
                    total += 1
                else:
                    total += 2
    return total


def measure(text: str, network: Network) -> int:
    if network.counting == "x":
        return _x_weight(text)
    if network.counting == "graphemes":
        if text.isascii() and "\r\n" not in text:
            return len(text)
        return len(_GRAPHEME.findall(text))
    if network.counting == "mastodon":
        t = _MASTO_MENTION.sub(lambda m: "@" + m.group(1), text)
        n = 0
        last = 0
        for m in _URL.finditer(t):
            n += len(t[last:m.start()]) + URL_WEIGHT
            last = m.end()
        return n + len(t[last:])
    return len(text)
