"""What ``check`` returns."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

PASS, WARN, FAIL = "pass", "warn", "fail"
_ORDER = {PASS: 0, WARN: 1, FAIL: 2}

#: rules a text edit cannot fix (the suggestion may still leave them)
UNFIXABLE = frozenset({"sector_banned", "sector_restricted", "sector_suspected", "network_unknown"})


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    severity: str                      # "fail" or "warn"
    reference: str
    span: tuple[int, int] | None       # [start, end) in the original text
    message_fr: str
    message_en: str
    fix_fr: str
    fix_en: str
    kind: str | None = None            # "commercial", "relationship", … when the rule is about one

    def message(self, lang: str = "en") -> str:
        return self.message_fr if lang == "fr" else self.message_en

    def fix(self, lang: str = "en") -> str:
        return self.fix_fr if lang == "fr" else self.fix_en

    def to_dict(self, lang: str = "en") -> dict:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message(lang),
            "messages": {"fr": self.message_fr, "en": self.message_en},
            "fix": self.fix(lang),
            "fixes": {"fr": self.fix_fr, "en": self.fix_en},
            "span": list(self.span) if self.span is not None else None,
            "reference": self.reference,
        }


@dataclass(slots=True)
class Result:
    verdict: str
    findings: list[Finding]
    text: str
    network: str
    lang: str
    jurisdiction: str
    length: int
    limit: int | None
    _suggest: Callable[[], str] | None = field(default=None, repr=False)
    _suggested: str | None = field(default=None, repr=False)

    @property
    def suggested_text(self) -> str:
        """The smallest edit of the text that passes (the text itself when nothing needs fixing).

        Computed on first access."""
        if self._suggested is None:
            self._suggested = self._suggest() if self._suggest is not None else self.text
        return self._suggested

    @property
    def rules(self) -> list[str]:
        return [f.rule for f in self.findings]

    def to_dict(self, lang: str | None = None) -> dict:
        ui = lang or (self.lang if self.lang in ("fr", "en") else "en")
        return {
            "verdict": self.verdict,
            "findings": [f.to_dict(ui) for f in self.findings],
            "suggested_text": self.suggested_text,
            "network": self.network,
            "lang": self.lang,
            "jurisdiction": self.jurisdiction,
            "length": self.length,
            "limit": self.limit,
        }


def verdict_of(findings) -> str:
    worst = PASS
    for f in findings:
        if _ORDER[f.severity] > _ORDER[worst]:
            worst = f.severity
    return worst
