"""Personal voice: the disclosure check in the campaign's context, and the authenticity score."""
from __future__ import annotations

import dataclasses
import difflib
import unicodedata
from dataclasses import dataclass, field

import regex

import advocacy.disclosure as disclosure
from advocacy.campaigns import networks
from advocacy.campaigns.authoring import rewards_in_charter
from advocacy.core.i18n import page_language
from flask_babel import gettext as _

_TOKEN = regex.compile(r"[\p{L}\p{N}_#@'’]+", regex.UNICODE)


def tokens(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return _TOKEN.findall(text)


def authenticity(final_text: str, variant_text: str) -> float:
    """Share of the final text's tokens that are the author's own (0 = verbatim copy, 1 = all new).

    Tokens matched, in order, against the kit's variant (longest common blocks) are not counted as
    the author's own; reordering or rewriting a sentence counts as own words.
    """
    mine = tokens(final_text)
    if not mine:
        return 0.0
    theirs = tokens(variant_text)
    matcher = difflib.SequenceMatcher(a=theirs, b=mine, autojunk=False)
    copied = sum(block.size for block in matcher.get_matching_blocks())
    return round(1.0 - copied / len(mine), 3)


@dataclass
class CheckOutcome:
    verdict: str  # pass | warn | fail
    findings: list[dict] = field(default_factory=list)
    suggested_text: str | None = None
    over_limit: int = 0

    @property
    def blocks(self) -> bool:
        return self.verdict == "fail"

    def to_dict(self) -> dict:
        return {"verdict": self.verdict, "findings": self.findings, "suggested_text": self.suggested_text}


def _plain(value):
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, (str, int, float, bool, type(None), list, dict)):
        return value
    return str(value)


def _as_dict(finding) -> dict:
    if isinstance(finding, dict):
        return dict(finding)
    if hasattr(finding, "to_dict"):
        try:
            return finding.to_dict(page_language())
        except TypeError:
            return finding.to_dict()
    if dataclasses.is_dataclass(finding):
        return {k: _plain(v) for k, v in dataclasses.asdict(finding).items()}
    return {k: _plain(v) for k, v in vars(finding).items() if not k.startswith("_")}


def context_for(campaign, *, employee: bool = True, images=()) -> dict:
    """The disclosure context (``advocacy.disclosure.check``) of a text written for ``campaign``."""
    images = list(images)
    return {
        "employee": employee,
        # Points redeemable for rewards are a consideration: forced on while the charter has rewards.
        "rewarded": bool(campaign.consideration) or rewards_in_charter(),
        "brand": campaign.brand or None,
        "image_retouched": any(img.retouched for img in images),
        "image_virtual": any(img.virtual for img in images),
    }


def check_text(text: str, network: str, lang: str, context: dict, link: str | None = None,
               limit: int | None = None) -> CheckOutcome:
    """Run the disclosure checker; a text over the network's limit fails too. The length is the
    checker's (``disclosure.networks.post_length``: the text with ``link`` as the network adds it);
    ``limit``: a Mastodon server's own."""
    context = dict(context or {})
    if link:
        context["link"] = link
    if limit:
        context["max_length"] = limit
    result = disclosure.check(text, network, lang, context)
    verdict = getattr(result, "verdict", "fail")
    verdict = str(getattr(verdict, "value", verdict)).lower()
    findings = [_as_dict(f) for f in getattr(result, "findings", ()) or ()]
    suggested = getattr(result, "suggested_text", None)
    outcome = CheckOutcome(verdict=verdict, findings=findings,
                           suggested_text=suggested if suggested and suggested != text else None)
    cap = getattr(result, "limit", None) or limit or networks.LIMITS.get(network)
    length = getattr(result, "length", None)
    if length is None and network in networks.LIMITS:
        length = networks.text_length(network, text, link)
    excess = max(0, length - cap) if cap and length is not None else 0
    if excess:
        outcome.over_limit = excess
        outcome.verdict = "fail"
    if excess and not any("length" in str(f.get("rule", "")) for f in outcome.findings):
        outcome.findings.append({
            "rule": "length", "severity": "fail",
            "message": _("%(excess)d characters over the %(network)s limit of %(limit)d.", excess=excess,
                         network=networks.LABELS.get(network, network), limit=cap),
            "fix": _("Shorten the text."),
        })
    return outcome
