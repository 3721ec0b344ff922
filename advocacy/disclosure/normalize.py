"""Normalisation before matching: what a reader *sees*, folded for comparison.

``fold(text)`` returns a :class:`Folded` view of the text:

- NFKC compatibility forms (fullwidth, mathematical bold, ligatures) become plain letters;
- accents are dropped (``publicité`` → ``publicite``) and letters are lower-cased;
- look-alike letters (Cyrillic ``а``, Greek ``ο``…) are mapped to the Latin letter a reader
  takes them for, from the Unicode confusables list shipped by ``confusable-homoglyphs``;
- zero-width, bidi, tag and other invisible characters are removed; every blank-looking
  character (no-break spaces, Braille blank, Hangul fillers) becomes a space and every line
  separator a newline;
- typographic apostrophes, quotes and dashes become ASCII.

The folded string starts with one space (so every word has a boundary before it) and keeps a
map back to the original indices, so a finding's span is given in the caller's text. Runs of
removed invisible characters that sit *between* words are kept as "padding": they count toward
the feed cut, because they push what follows down; inside a word they count for nothing.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from confusable_homoglyphs import confusables

__all__ = ["INVISIBLE_CHARS", "Folded", "fold", "is_invisible", "is_disguised", "spaced_runs", "unobfuscated"]

_REMOVED = "\x00"  # placeholder in the one-to-one table for characters that disappear

_BLANKS = "\u2800\u3164\u115f\u1160\uffa0\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\u1680"
_NEWLINES = "\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85"
_TYPO = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'", "\u00b4": "'",
    "`": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u00b7": " ", "\u2022": " ", "\u00df": "ss", "\u0153": "oe", "\u00e6": "ae", "\u0152": "oe", "\u00c6": "ae",
}


def _is_invisible_cp(cp: int) -> bool:
    ch = chr(cp)
    cat = unicodedata.category(ch)
    if ch in "\n\t":
        return False
    if ch in _BLANKS or ch in _NEWLINES:
        return False
    if cat in ("Cf", "Cc", "Mn", "Me", "Cs", "Co"):
        return True
    if 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF or 0xE0000 <= cp <= 0xE007F:
        return True
    return cp in (0x180E, 0x034F, 0x115F, 0x1160) and False


def _confusables() -> dict[str, str]:
    """Non-ASCII look-alikes of ASCII letters and digits → the ASCII character (lower case)."""
    data = confusables.confusables_data
    out: dict[str, str] = {}
    for key, glyphs in data.items():
        if len(key) == 1 and key.isascii() and key.isalnum():
            for glyph in glyphs:
                c = glyph.get("c", "")
                if len(c) == 1 and not c.isascii():
                    out.setdefault(c, key.lower())
        elif len(key) == 1 and not key.isascii():
            for glyph in glyphs:
                c = glyph.get("c", "")
                if len(c) == 1 and c.isascii() and c.isalpha():
                    out.setdefault(key, c.lower())
                    break
    return out


def _small_capitals() -> dict[str, str]:
    """Small-capital letters (ᴘ, ʙ, ʟ, ᴛ…), which NFKC leaves alone, → the lower-case letter."""
    out = {}
    for cp in range(0x80, 0x20000):
        name = unicodedata.name(chr(cp), "")
        for prefix in ("LATIN LETTER SMALL CAPITAL ", "MODIFIER LETTER SMALL CAPITAL "):
            if name.startswith(prefix) and len(name) == len(prefix) + 1:
                out[chr(cp)] = name[-1].lower()
    return out


_SMALL_CAPITAL = _small_capitals()


def _fold_char(ch: str, confusables: dict[str, str]) -> str:
    if ch in _SMALL_CAPITAL:
        return _SMALL_CAPITAL[ch]
    if ch in _TYPO:
        return _TYPO[ch]
    if ch in _BLANKS:
        return " "
    if ch in _NEWLINES:
        return "\n"
    if ch == "\r":
        return ""
    if _is_invisible_cp(ord(ch)):
        return ""
    if ch in confusables and not unicodedata.category(ch).startswith("M"):
        # letters the confusables list and NFKC both know: prefer NFKC when it yields ASCII
        nfkc = unicodedata.normalize("NFKC", ch)
        if nfkc.isascii() and nfkc.isalnum():
            return nfkc.lower()
        return confusables[ch]
    s = unicodedata.normalize("NFKC", ch)
    s = "".join(_SMALL_CAPITAL.get(c, c) for c in s)
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    s = s.lower()
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    out = []
    for c in s:
        if c in _TYPO:
            out.append(_TYPO[c])
        elif c in confusables:
            out.append(confusables[c])
        elif c in _BLANKS:
            out.append(" ")
        else:
            out.append(c)
    return "".join(out)


def _build_tables():
    confusables = _confusables()
    one: dict[int, str] = {}     # one-to-one (or removal placeholder) for str.translate
    multi: dict[str, str] = {}   # characters whose fold is longer than one character
    # CJK ideographs, Hangul syllables and Yi fold to themselves: skip them
    ranges = [(0x80, 0x3400), (0x4DC0, 0x4E00), (0xA000, 0xAC00), (0xD7A4, 0x20000), (0x2F800, 0x2FA20),
              (0xE0000, 0xE0080), (0xE0100, 0xE01F0)]
    for start, end in ranges:
        for cp in range(start, end):
            ch = chr(cp)
            if 0xD800 <= cp <= 0xDFFF:
                one[cp] = _REMOVED
                continue
            if unicodedata.category(ch) == "Cn" and not (0xE0000 <= cp <= 0xE01EF):
                continue
            f = _fold_char(ch, confusables)
            if f == ch:
                continue
            if f == "":
                one[cp] = _REMOVED
            elif len(f) == 1:
                one[cp] = f
            else:
                multi[ch] = f
    for cp in range(0x41, 0x5B):
        one[cp] = chr(cp + 32)
    for cp in list(range(0x09)) + list(range(0x0E, 0x1C)) + [0x7F]:
        one[cp] = _REMOVED
    for ch in "\x0b\x0c\x1c\x1d\x1e":
        one[ord(ch)] = "\n"
    one[ord("\r")] = _REMOVED
    one[ord("`")] = "'"
    one[ord("£")] = "$"  # a currency sign the rules read as the dollar's ([$£€] in a folded pattern): see _latin1_table
    return one, multi


_ONE, _MULTI = _build_tables()
#: every non-identity fold, character → replacement ("" when the character disappears)
_FOLD: dict[str, str] = {chr(cp): ("" if v == _REMOVED else v) for cp, v in _ONE.items()}
_FOLD.update(_MULTI)
_ASCII_ODD = re.compile(r"[\x00-\x08\x0b-\x1f\x7f`]")
_FOLDED_ODD = re.compile(r"[\x00\x01\x03-\x08\x0b-\x1f\x7f`]")
_ODD_RUN = re.compile(r"[^\x09\x0a\x20-\x5f\x61-\x7e]+")   # non-ASCII, controls and ` (folded one by one)
# Fast path for Latin text: typographic characters a French or English post commonly holds
_COMMON = [(a, b) for a, b in _TYPO.items() if len(b) == 1] + [
    ("\u00a0", " "), ("\u202f", " "), ("\u2009", " "), ("\u2026", "."), ("\u00b0", " "), ("\u2122", " "),
    ("\u00ae", " "), ("\u00a9", " "),
]
_COMMON_RE = re.compile("[" + "".join(re.escape(a) for a, _ in _COMMON) + "]")
_COMMON_MAP = dict(_COMMON)
_PICTO = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27bf\u2b00-\u2bff\u2190-\u21ff\u2300-\u23ff\u2190-\u21ff]")
_PICTO_JOIN = re.compile("(?<=\x02)[\ufe0f\u200d](?=\x02|$|[^a-z0-9])")
_NON_LATIN = re.compile("[^\x09\x0a\x20-\x7e\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f\x02]")

_NON_L1 = re.compile("[^\x00-\xff]")


def _latin1_table() -> bytes:
    """Byte → folded ASCII byte for Latin-1 text (0 marks a character that must disappear)."""
    table = bytearray(256)
    for b in range(256):
        ch = chr(b)
        if b == 2:  # the pictograph placeholder
            table[b] = 2
            continue
        if b < 0x80:
            if ch in "\t\n" or 0x20 <= b < 0x7f:
                table[b] = ord(ch.lower()) if ch != "`" else ord("'")
            elif ch in "\x0b\x0c\x1c\x1d\x1e":
                table[b] = ord("\n")
            else:
                table[b] = 0
            continue
        if ch in _BLANKS:
            table[b] = 0x20
            continue
        if ch == "£":  # the pound sign folds to the dollar's: an amount in pounds reads as one (ASCII keeps the fast path)
            table[b] = ord("$")
            continue
        if _is_invisible_cp(b) or 0x80 <= b <= 0x9f:
            table[b] = 0
            continue
        folded = _fold_char(ch, {})
        if len(folded) == 1 and folded.isascii():
            table[b] = ord(folded)
        elif folded == "":
            table[b] = 0
        else:
            table[b] = 0x20 if not ch.isalpha() else 0
    return bytes(table)


_L1 = _latin1_table()

#: every character removed as invisible (zero-width, bidi, tags, controls, marks)
INVISIBLE_CHARS = frozenset(chr(cp) for cp, v in _ONE.items() if v == _REMOVED)


# the usual invisible characters (zero-width, bidi controls, soft hyphen, variation selectors, tags):
# a small class keeps the search fast; rarer ones go through the general path
_INVIS_CLASS = ("[\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufe00-\ufe0f\ufeff"
                "\U000e0000-\U000e007f\U000e0100-\U000e01ef]")
_INVIS_RE = re.compile(_INVIS_CLASS + "+")
_INVIS_CHAR = re.compile(_INVIS_CLASS)  # is there one at all: a third faster than looking for runs


def is_invisible(ch: str) -> bool:
    return ch in INVISIBLE_CHARS


@dataclass(slots=True)
class Folded:
    """Folded text (with one leading space) and the way back to the original."""

    text: str                    # " " + folded
    original: str
    index: list[int] | None      # folded position (without the leading space) → original index
    pad_at: list[int] | None     # folded positions (with the space) where padding runs end
    pad_cum: list[int] | None    # cumulative padding cost at those positions
    hidden: bool = False         # the original holds invisible characters
    odd: bool = False            # the original holds characters beyond Latin-1 letters (look-alikes, styled…)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Folded [start, end) (leading-space coordinates) → original [start, end)."""
        if self.index is None:
            return start - 1, end - 1
        idx = self.index
        n = len(idx)
        s = idx[min(max(start - 1, 0), n - 1)] if n else 0
        e = idx[min(max(end - 2, 0), n - 1)] + 1 if n else 0
        return s, max(e, s)

    def visible_pos(self, pos: int) -> int:
        """Characters a reader scrolls through before folded position ``pos``."""
        base = pos - 1
        if not self.pad_at:
            return base
        i = bisect_right(self.pad_at, pos)
        return base + (self.pad_cum[i - 1] if i else 0)


def _latin1(text: str) -> bytes | None:
    """``text`` in Latin-1, or None when it holds a character beyond (faster than searching for one
    in a text that holds none: the usual case once typographic quotes and dashes are replaced)."""
    try:
        return text.encode("latin-1")
    except UnicodeEncodeError:
        return None


def fold(text: str) -> Folded:
    try:  # ASCII and Latin-1 (French with its accents): one table lookup per byte
        folded_b = text.encode("latin-1").translate(_L1)
    except UnicodeEncodeError:
        pass
    else:
        if 0 not in folded_b:
            return Folded(" " + folded_b.decode("ascii"), text, None, None, None)
    if _INVIS_CHAR.search(text) is not None:
        quick = _fold_without_invisibles(text)
        if quick is not None:
            return quick
    latin = text
    if _NON_L1.search(latin) is not None:
        if _COMMON_RE.search(latin) is not None:
            for ch in set(_COMMON_RE.findall(latin)):
                latin = latin.replace(ch, _COMMON_MAP[ch])
        if _latin1(latin) is None and _PICTO.search(latin) is not None:
            latin = _PICTO.sub("\x02", latin)
            if "\ufe0f" in latin or "\u200d" in latin:
                latin = _PICTO_JOIN.sub("\x02", latin)
    latin_b = _latin1(latin)
    if latin_b is not None:
        folded_b = latin_b.translate(_L1)
        if 0 not in folded_b:
            return Folded(" " + folded_b.decode("ascii"), text, None, None, None)
        return _fold_runs(text)
    low = text.lower()
    if len(low) == len(text):
        if _COMMON_RE.search(low) is not None:
            low = _COMMON_RE.sub(lambda m: _COMMON_MAP[m.group()], low)
        if _PICTO.search(low) is not None:
            low = _PICTO.sub("\x02", low)
            if "\ufe0f" in low or "\u200d" in low:
                low = _PICTO_JOIN.sub("\x02", low)
        if _NON_LATIN.search(low) is None:
            folded = unicodedata.normalize("NFKD", low).encode("ascii", "ignore").decode("ascii")
            if len(folded) == len(text) and _FOLDED_ODD.search(folded) is None:
                return Folded(" " + folded, text, None, None, None)
    return _fold_runs(text)


def _fold_without_invisibles(text: str) -> Folded | None:
    """Fast path for text whose only oddity is invisible characters: fold what remains, then
    map back around the removed runs. None when what remains needs the general path."""
    runs = [(m.start(), m.end()) for m in _INVIS_RE.finditer(text)]
    pieces = []
    index: list[int] = []
    pos = 0
    for a, b in runs:
        pieces.append(text[pos:a])
        index.extend(range(pos, a))
        pos = b
    pieces.append(text[pos:])
    index.extend(range(pos, len(text)))
    inner = fold("".join(pieces))
    if inner.index is not None or len(inner.text) - 1 != len(index):
        return None
    folded = inner.text  # with its leading space
    removed: list[tuple[int, int]] = []
    removed_before = 0
    category = unicodedata.category
    for a, b in runs:
        removed.append((a - removed_before + 1, sum(1 for c in text[a:b] if not category(c).startswith("M"))))
        removed_before += b - a
    pad_at, pad_cum = _padding(folded, removed)
    return Folded(folded, text, index, pad_at, pad_cum, hidden=True, odd=True)


def _padding(folded: str, removed: list[tuple[int, int]]) -> tuple[list[int] | None, list[int] | None]:
    """Where removed characters count as a space: (positions, cumulative counts) in the coordinates
    of ``folded`` (with its leading space); none between two word characters they glued."""
    pad_at: list[int] = []
    pad_cum: list[int] = []
    total = 0
    for fpos, count in removed:
        if not count:
            continue
        before = folded[fpos - 1]
        after = folded[fpos] if fpos < len(folded) else ""
        if after and (before.isalnum() or before in "#@_") and (after.isalnum() or after in "#@_"):
            continue
        total += count
        pad_at.append(fpos)
        pad_cum.append(total)
    return pad_at or None, pad_cum or None


def _fold_runs(text: str) -> Folded:
    """General path: ASCII stretches are lower-cased at once; other characters one by one."""
    pieces: list[str] = []
    index: list[int] = []
    removed: list[tuple[int, int]] = []   # (folded length when removed, padding count)
    flen = 0
    pos = 0
    fold_map = _FOLD
    category = unicodedata.category
    for m in _ODD_RUN.finditer(text):
        a, b = m.span()
        if a > pos:
            pieces.append(text[pos:a].lower())
            index.extend(range(pos, a))
            flen += a - pos
        for i in range(a, b):
            c = text[i]
            r = fold_map.get(c)
            if r is None:
                r = c
            if r == "":
                pad = 0 if c == "\r" or category(c).startswith("M") else 1
                if removed and removed[-1][0] == flen:
                    removed[-1] = (flen, removed[-1][1] + pad)
                else:
                    removed.append((flen, pad))
                continue
            pieces.append(r)
            if len(r) == 1:
                index.append(i)
            else:
                index.extend([i] * len(r))
            flen += len(r)
        pos = b
    if pos < len(text):
        pieces.append(text[pos:].lower())
        index.extend(range(pos, len(text)))
    folded = " " + "".join(pieces)
    pad_at, pad_cum = _padding(folded, [(fpos + 1, count) for fpos, count in removed])  # leading-space coordinates
    return Folded(folded, text, index, pad_at, pad_cum, hidden=bool(removed), odd=True)


_RLO_RUN = re.compile("\u202e([^\u202c\n\u2029]*)")


def visual_order(text: str) -> tuple[str, list[int]]:
    """The text as displayed when a right-to-left override reverses a run (up to PDF or the end
    of the line), with the original index of every displayed character."""
    out: list[str] = []
    index: list[int] = []
    pos = 0
    for m in _RLO_RUN.finditer(text):
        out.append(text[pos:m.start()])
        index.extend(range(pos, m.start()))
        a, b = m.span(1)
        out.append("\u202e" + text[a:b][::-1])
        index.append(m.start())
        index.extend(range(b - 1, a - 1, -1))
        pos = b
    out.append(text[pos:])
    index.extend(range(pos, len(text)))
    return "".join(out), index




_TAG_BASE = 0xE0000


_TAG_RE = re.compile("[\U000E0020-\U000E007E]+")


def decode_tags(text: str) -> str:
    """The ASCII message hidden in Unicode tag characters (U+E0020–E007E), if any."""
    if text.isascii():
        return ""
    # runs apart in the text are words apart: a stray tag letter never glues onto a hidden "#ad"
    return " ".join("".join(chr(ord(c) - _TAG_BASE) for c in run) for run in _TAG_RE.findall(text))


_PLAIN_EXTRA = frozenset("\u00a0\u202f\u2009" + "".join(_TYPO) + "\u20ac\u00a3")  # currency signs a sum is written with (« 30 € », "£20")


def is_disguised(piece: str) -> bool:
    """Does this stretch of the original text spell its letters with anything but plain letters
    (accented or not)? Look-alikes from other scripts, superscript, subscript, small-capital,
    fullwidth or mathematical letters and invisible characters all say yes: a reader may see the
    word, but a hashtag link breaks and a screen reader misreads it."""
    for c in piece:
        if c.isascii() or c in _PLAIN_EXTRA:
            continue
        if "\u0300" <= c <= "\u036f":  # combining accents (decomposed text)
            continue
        d = unicodedata.normalize("NFD", c)
        if len(d) > 1 and d[0].isascii() and all(unicodedata.combining(x) for x in d[1:]):
            continue  # é, è, ç…
        if c in "\u00e6\u0153\u00c6\u0152\u00df":
            continue
        return True
    return False


_REDUCED_TAGS = ("<super>", "<sub>", "<small>")


def is_reduced(piece: str) -> bool:
    """Does this stretch of the original text hold letters a reader cannot read at the text's size
    (superscript, subscript or small-form letters: ᴾᵘᵇ, ₚᵤᵦ) or letters struck through (combining
    overlays: P̶u̶b̶)? Other disguises (look-alikes, styled or fullwidth letters, invisible characters)
    read at full size."""
    for c in piece:
        if c.isascii():
            continue
        if "\u0334" <= c <= "\u0338":
            return True
        if unicodedata.decomposition(c).startswith(_REDUCED_TAGS):
            return True
    return False


# --- words a reader still reads: spaced or dotted letters, digits and signs for letters -------------------
#: four or more single letters apart ("p a i d", "v.a.p.e", "c-a-s-i-n-o"), on the folded text
_SPACED_RUN = re.compile(r"(?<![a-z0-9'])[a-z](?:(?: {1,3}|[.\-] ?)[a-z]){3,}(?![a-z0-9])")
_GAP = re.compile(r"[^a-z]+")


_SPACED_QUICK = (re.compile(r" [a-z] [a-z] [a-z] "), re.compile(r" [a-z] {1,3}[a-z] {1,3}[a-z] "), re.compile(r"\.[a-z]\. ?[a-z]\."),
                 re.compile(r"-[a-z]-[a-z]-"))


_SPACED_LAST: tuple = ("", False)   # (the text last asked about, the answer): one check asks twice


def maybe_spaced(folded: str) -> bool:
    """A quick test before :func:`spaced_runs`: each search starts with a literal, the fast kind."""
    global _SPACED_LAST
    last = _SPACED_LAST  # one tuple, read and written whole: safe across threads
    if last[0] is folded:
        return last[1]
    one, wide, dots, dashes = _SPACED_QUICK
    found = (one.search(folded) is not None or ("  " in folded and wide.search(folded) is not None)
             or ("." in folded and dots.search(folded) is not None) or ("-" in folded and dashes.search(folded) is not None))
    _SPACED_LAST = (folded, found)
    return found


def spaced_runs(folded: str):
    """Words written letter by letter on the folded text → ``(start, end, words)``. The gap met most often
    (the shortest among equals) is the one inside words; any other gap separates words:
    "P A I D  P A R T N E R S H I P" reads "paid partnership", "p.a.i.d p.a.r.t.n.e.r" "paid partner"."""
    for m in _SPACED_RUN.finditer(folded):
        run = m.group()
        counts: dict[str, int] = {}
        for g in _GAP.findall(run):
            counts[g] = counts.get(g, 0) + 1
        inner = max(counts, key=lambda g: (counts[g], -len(g)))
        words = _GAP.sub(lambda g: "" if g.group() == inner else " ", run)
        yield m.start(), m.end(), words


#: digits and signs a reader takes for the letter they resemble (« v@pe », "b3t", "crypt0", "ca$ino", "v4pe", "b€t")
LEET = {"@": "a", "4": "a", "0": "o", "1": "i", "3": "e", "€": "e", "$": "s", "5": "s", "7": "t"}
_LEET_SIGN = re.compile(r"[@$013457€]")


def _has_leet(folded: str) -> bool:
    """Is a look-alike digit or sign glued after a letter ("v@pe", "crypt0")? One fast search for the signs,
    then a look at each one's neighbours."""
    if ("@" not in folded and "$" not in folded and "0" not in folded and "1" not in folded and "3" not in folded
            and "4" not in folded and "5" not in folded and "7" not in folded and "€" not in folded):
        return False  # nine substring tests: faster than one class search
    for m in _LEET_SIGN.finditer(folded):
        i = m.start()
        if folded[i - 1].isalpha() and not folded[i + 1:i + 2].isdigit():
            return True
    return False
_TOKEN = re.compile(r"(?<![a-z0-9@$€])[a-z][a-z0-9@$€]*[a-z0-9@$€](?![a-z0-9@$€])")


#: a hashtag whose head or tail is a trade's own word ("#vapelife", "#cryptotrading", « #parissportifs »,
#: "#naturalwine"): the word is read apart. Words that begin ordinary words are left out ("gin" in "#ginger",
#: "vin" in "#vintage", "bet" in "#betterlife", "crypto" in "#cryptography"), and a tail that denies the word
#: ("#botoxfree"); the rest must be three letters or more
_TAG_HEADS = ("vape|vapes|vaping|ecig|eliquide?|nicotine|casino(?!royale)|betting|poker|crypto(?!graph|log)|bitcoin|wine|wines|"
              "beer|biere|bieres|whisky|whiskey|vodka|champagne|paris|pronos?|botox|lip")
_TAG_TAILS = "wine|wines|beer|beers|vape|vapes|vaping|casino|betting|crypto|bitcoin|poker|champagne|whisky|vodka|botox"
_GLUED_TAG = re.compile(r"#(" + _TAG_HEADS + r")(?!free|libre)(?=[a-z]{3})[a-z0-9_]*(?![a-z0-9_])|#[a-z0-9_]*?[a-z]{3}(" + _TAG_TAILS
                        + r")(?![a-z0-9_])")


def unobfuscated(folded: str) -> tuple[str, list[int]] | None:
    """A copy of the folded text where disguised words read as a reader reads them: letters written apart
    joined ("v a p e" → "vape"), and in a word that is letters but for a few look-alike digits or signs,
    those replaced (« v@pe » → "vape"; "20mg", "u17s", "x10" are left alone: a digit that stands for no
    letter makes the word a figure). Returns (copy, copy position → folded position), or None when the
    text holds no such word. Used to read what the text is about, never to judge a mention's wording."""
    has_leet = _has_leet(folded)
    runs = list(spaced_runs(folded)) if maybe_spaced(folded) else []
    glued = "#" in folded and _GLUED_TAG.search(folded) is not None
    if not has_leet and not runs and not glued:
        return None
    pieces: list[str] = []
    index: list[int] = []
    changed = False
    pos = 0
    for start, end, words in runs:
        pieces.append(folded[pos:start])
        index.extend(range(pos, start))
        letters = [i for i in range(start, end) if folded[i].isalpha()]
        li = 0
        for ch in words:
            if ch == " ":
                pieces.append(" ")
                index.append(letters[li] - 1 if li else start)
            else:
                pieces.append(ch)
                index.append(letters[li])
                li += 1
        changed = True
        pos = end
    pieces.append(folded[pos:])
    index.extend(range(pos, len(folded)))
    text = "".join(pieces)
    if has_leet:
        chars = list(text)
        for m in _TOKEN.finditer(text):
            word = m.group()
            odd = [c for c in word if not c.isalpha()]
            if not odd or any(c not in LEET for c in odd) or len(word) - len(odd) < 2:
                continue
            for i in range(m.start() + 1, m.end()):
                if chars[i] in LEET:
                    chars[i] = LEET[chars[i]]
                    changed = True
        text = "".join(chars)
    if glued:
        # a hashtag runs its words together: the trade's word at its head or its tail is read apart
        out: list[str] = []
        out_index: list[int] = []
        pos = 0
        for m in _GLUED_TAG.finditer(text):
            cut = m.end(1) if m.group(1) else m.start(2)
            out.append(text[pos:cut] + " ")
            out_index.extend(index[pos:cut])
            out_index.append(index[cut])
            pos = cut
            changed = True
        out.append(text[pos:])
        out_index.extend(index[pos:])
        text, index = "".join(out), out_index
    return (text, index) if changed else None
