"""Rule packs, one per jurisdiction, written as data a lawyer can review.

Each pack module (``fr``, ``us``, ``uk``) defines:

- ``JURISDICTION``, ``LANG`` (the language of its own wordings), ``NAME``;
- ``RULES``: rule id → severity (``fail``/``warn``), legal reference, message and fix in
  French and English (``{brand}``, ``{network}``, ``{cut}``, ``{found}``… are filled in);
- ``WORDINGS``: the wordings the checker looks for, each with a ``kind`` (``commercial``,
  ``relationship``, ``retouched``, ``virtual``, ``ambiguous``, ``word``, ``denial``) and a
  ``strength`` (``accepted``, ``weak``, ``insufficient``);
- ``FOREIGN``: how this jurisdiction treats the *other* language's wordings (by id);
- ``SECTORS``: sector → :func:`sector` (``banned``, ``restricted`` with a condition the text
  can show, or ``allowed``) with its own legal reference; a sector a pack does not list is allowed;
- ``CONTENT``: content rule → (sectors it applies to, legal reference): what a text can show to
  be unlawful inside a sector (gambling as income, guaranteed crypto returns…);
- ``IMAGES``: which image mentions the jurisdiction requires (``retouched``, ``virtual``);
- ``PHRASES``: the mentions a fix proposes in this jurisdiction, per language.

Patterns are regular expressions over the *folded* text (lower case, no accents, look-alike
letters mapped, invisible characters removed — see ``normalize.py``). In a pattern, a space
means "any separator or none" (so ``collaboration commerciale`` also matches
``#CollaborationCommerciale``), ``{brand}`` means one name-like token and ``#`` at the start
means the wording only counts as a hashtag. ``before`` is a pattern that must end right before
the wording (e.g. ``je`` before ``travaille``). ``scan`` wordings are searched anywhere (they do
not start with a fixed word). ``signal`` marks wordings that show the author claims a
commercial link (``#sp``): the commercial mention is then owed even if the caller did not say
the author was rewarded.
"""


def wording(id, kind, strength, pattern, *, lang, before=None, scan=False, start=False,
            signal=False, other_lang=None, example="", phrase=False):
    """``phrase``: spaces in the pattern are plain spaces (a sentence, never a hashtag): faster."""
    return {
        "id": id, "kind": kind, "strength": strength, "pattern": pattern, "lang": lang,
        "before": before, "scan": scan, "start": start, "signal": signal,
        "other_lang": other_lang, "example": example, "literal_spaces": phrase,
    }


def sector(status, reference, condition=None, review=None, also=None, cleared=(), exempt=None, cleared_employee=()):
    """One row of a jurisdiction's sector table. ``review``: a restricted sector still needs a
    human (``warn``) once its condition is shown (default: yes for ``restricted``). ``also``: a
    second statement the text must carry (a warning beside the age mention). ``cleared``: the
    statements (names in ``common.CLEARANCES``) that, all shown by the text, leave nothing to review. ``exempt``: a
    statement (in ``common.CLEARANCES``) that puts the post in the ban's own exception (a zoo for wild animals).
    ``cleared_employee``: statements that leave nothing to review when the author is the provider's employee (the
    provider, a regulated firm, speaks through its staff; an outside promoter's approval is what the text cannot show)."""
    assert status in ("banned", "restricted", "allowed"), status
    return {"status": status, "reference": reference, "condition": condition, "also": also,
            "review": (status == "restricted") if review is None else review, "cleared": tuple(cleared),
            "exempt": exempt, "cleared_employee": tuple(cleared_employee)}
