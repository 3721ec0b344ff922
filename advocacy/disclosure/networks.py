"""Networks: post limits, the feed's "see more" cut, and how each one counts characters.

The one place post length is computed (the share editor, the API, the checker and the suggested-text
fitter all call :func:`post_length` or :func:`measure`), counting exactly the text that will be sent:

- X ("Counting characters", twitter-text v3): weighted, 1 for Latin and common punctuation, 2 for
  other characters, an emoji sequence 2 as a whole, any URL 23 (t.co). The share intent appends the
  link after a space.
- Bluesky (lexicon ``app.bsky.feed.post``: ``text`` maxGraphemes 300): extended grapheme clusters,
  links in full. We prefill the text, a blank line and the link.
- Mastodon (``StatusLengthValidator``: ``each_grapheme_cluster.size`` after replacing each URL
  with a scheme by 23 characters and each ``@user@domain`` by ``@user``): the limit is the server's
  own (``configuration.statuses.max_characters`` of ``/api/v2/instance``, 500 by default). We
  prefill the text, a blank line and the link.
- LinkedIn (3,000 characters): the share-offsite link carries only the URL, the text is the post.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import regex

__all__ = ["CHECKED_NAMES", "LINK_SEPARATORS", "NETWORKS", "Network", "composed", "limit_of", "measure", "network_for",
           "post_length"]


@dataclass(frozen=True, slots=True)
class Network:
    name: str
    label: str
    limit: int | None
    cut_chars: int | None     # visible characters before "see more"
    cut_lines: int | None     # lines before "see more"
    counting: str             # "chars", "x" (weighted), "graphemes", "mastodon"


#: The one list of networks (``advocacy.disclosure.NETWORKS`` is its names). Its order is the one
#: people see and the order of ``allowed_networks`` in a charter's signed canonical form: keep it.
NETWORKS = {
    "linkedin": Network("linkedin", "LinkedIn", 3000, 210, 3, "chars"),
    "x": Network("x", "X", 280, None, None, "x"),
    "bluesky": Network("bluesky", "Bluesky", 300, None, None, "graphemes"),
    "mastodon": Network("mastodon", "Mastodon", 500, None, None, "mastodon"),
    "facebook": Network("facebook", "Facebook", 63206, 125, None, "chars"),
    "instagram": Network("instagram", "Instagram", 2200, 125, 3, "chars"),
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


#: Networks the checker knows (length and "see more" cut) though nothing is shared to them from here: a post
#: written for them is judged, not refused as unknown. TikTok: captions up to 4,000 characters (TikTok
#: newsroom, 2023); the feed shows about two lines of caption before "more" (~100 characters on a phone).
#: Threads: posts up to 500 characters (Meta, Threads Help Center, "Create a post on Threads"), shown whole
#: in the feed: no "more" cut. YouTube: a video's description holds up to 5,000 characters (YouTube Help,
#: "Add video details"); the watch page shows its first lines before "...more" (about 150 characters, 3 lines).
CHECKED_ONLY = {
    "tiktok": Network("tiktok", "TikTok", 4000, 100, 2, "chars"),
    "threads": Network("threads", "Threads", 500, None, None, "chars"),
    "youtube": Network("youtube", "YouTube", 5000, 150, 3, "chars"),
}
_CHECKED_ALIASES = {"tik tok": "tiktok", "tik-tok": "tiktok", "tt": "tiktok", "threads.net": "threads",
                    "threads.com": "threads", "yt": "youtube", "youtube shorts": "youtube", "youtube.com": "youtube"}


#: Every name the checker accepts for a network: shared ones, checked-only ones and their aliases.
CHECKED_NAMES: tuple[str, ...] = tuple(sorted(set(NETWORKS) | set(ALIASES) | set(CHECKED_ONLY) | set(_CHECKED_ALIASES)))


def checked_network(name) -> Network | None:
    """A network the checker can judge a post for: a shared one, or one only checked (TikTok)."""
    found = network_for(name)
    if found is not None:
        return found
    key = str(name or "").strip().lower()
    return CHECKED_ONLY.get(_CHECKED_ALIASES.get(key, key))


_URL = re.compile(r"https?://[^\s<>\"']+|(?<![\w@.])(?:www\.)[^\s<>\"']+", re.IGNORECASE)
#: Mastodon shortens only URLs with a scheme (twitter-text extraction, ``extract_url_without_protocol: false``).
_SCHEME_URL = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)
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
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    total = 0
    if "http" in text or "www." in text or "WWW." in text or "HTTP" in text:
        urls = _URL.findall(text)
        if urls:
            total += URL_WEIGHT * len(urls)
            text = _URL.sub("", text)
    if text.isascii():
        return total + len(text)
    wide = len(_W2.findall(text))
    if not wide:  # Latin, accents and common punctuation only: no emoji either
        return total + len(text)
    total += len(text) + wide
    if _EMOJI.search(text) is not None:
        for seq in _EMOJI_SEQ.findall(text):
            total += 2 - (len(seq) + len(_W2.findall(seq)))
    return total


def _cluster_class() -> re.Pattern:
    """Characters that may join the previous one into a single grapheme (marks, joiners,
    variation selectors, Hangul jamo, emoji modifiers, regional indicators, CR)."""
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


def runs(codepoints):
    """(first, last) of each run of consecutive code points."""
    runs: list[list[int]] = []
    for cp in codepoints:
        if runs and runs[-1][1] == cp - 1:
            runs[-1][1] = cp
        else:
            runs.append([cp, cp])
    return runs


#: characters above U+02FF that are no mark, joiner or other character _CLUSTERY holds (Greek, Cyrillic, general
#: punctuation such as "…" and typographic quotes, symbols, fullwidth forms): beside Latin-1 they join nothing either
_LONE = "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" if b > a else re.escape(chr(a)) for a, b in runs(
    cp for lo, hi in ((0x300, 0x52F), (0x1E00, 0x1FFF), (0x2000, 0x2BFF), (0xFF00, 0xFFEF)) for cp in range(lo, hi + 1)
    if _CLUSTERY.match(chr(cp)) is None))
_ABOVE_2FF = re.compile("[^\x00-\u02ff" + _LONE + "]")


def graphemes(text: str) -> int:
    if text.isascii() or _ABOVE_2FF.search(text) is None:  # nothing below U+0300 (nor in _LONE) joins its neighbour but CR and
        # soft hyphen
        if "\r" not in text and "\u00ad" not in text:
            return len(text)
    if _CLUSTERY.search(text) is None:
        return len(text)
    # two printable Latin-1 characters side by side always break (UAX #29 GB999) and no rule looks back
    # across them: only the stretches around the other characters, with their neighbours, need the rules
    n = len(text)
    for m in _JOINABLE.finditer(text):
        piece = text[max(0, m.start() - 1):m.end() + 1]
        n -= len(piece) - len(_GRAPHEME.findall(piece))
    return n


#: characters outside printable Latin-1 (soft hyphen, CR and LF included) and the printable ones alone
#: between two of them
_PLAIN = "\x20-\x7e\xa0-\xac\xae-\xff"
_JOINABLE = re.compile(f"[^{_PLAIN}]+(?:[{_PLAIN}][^{_PLAIN}]+)*")


def measure(text: str, network: Network) -> int:
    """The length of ``text`` as ``network`` counts it (the text as sent: see :func:`post_length`)."""
    if network.counting == "x":
        return _x_weight(text)
    if network.counting == "graphemes":
        return graphemes(text)
    if network.counting == "mastodon":
        t = _MASTO_MENTION.sub(lambda m: "@" + m.group(1), text) if "@" in text else text
        if "http" not in t.lower():
            return graphemes(t)
        n = 0
        last = 0
        for m in _SCHEME_URL.finditer(t):
            n += graphemes(t[last:m.start()]) + URL_WEIGHT
            last = m.end()
        return n + graphemes(t[last:])
    return len(text)


#: How the composer we open joins the text and the link (``campaigns.networks.share_link``): X's
#: intent appends its ``url`` after a space; on Bluesky and Mastodon we prefill one text with a blank
#: line before the link. LinkedIn's share-offsite carries only the link, outside the text.
LINK_SEPARATORS = {"x": " ", "bluesky": "\n\n", "mastodon": "\n\n"}


def composed(network, text: str, link: str | None = None) -> str:
    """The text exactly as it will be sent: ``text`` and, where the network puts it in the text, ``link``."""
    net = network_for(network) if not isinstance(network, Network) else network
    separator = LINK_SEPARATORS.get(net.name) if net is not None else None
    if not link or separator is None:
        return text
    return f"{text}{separator}{link}" if text else link


def limit_of(network, server_limit: int | None = None) -> int | None:
    """The post limit: a Mastodon server's own (``max_characters``) when known, else the network's."""
    net = network_for(network) if not isinstance(network, Network) else network
    if net is None:
        return None
    if server_limit and net.counting == "mastodon" and int(server_limit) > 0:
        return int(server_limit)
    return net.limit


def post_length(network, text: str, link: str | None = None) -> int:
    """Length of the post as sent (text and link joined as the composer joins them), counted the
    network's way; plain characters for a network we do not know."""
    net = network_for(network) if not isinstance(network, Network) else network
    full = composed(net, text or "", link) if net is not None else (text or "")
    return measure(full, net) if net is not None else len(full)
