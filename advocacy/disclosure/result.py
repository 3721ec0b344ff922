"""What ``check`` returns."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

PASS, WARN, FAIL = "pass", "warn", "fail"
#: a finding that leaves the verdict alone: good practice, or something a reader sees fine but a
#: screen reader or a hashtag link may not
NOTE = "note"
_ORDER = {NOTE: 0, PASS: 0, WARN: 1, FAIL: 2}

#: rules a text edit cannot fix (the suggestion may still leave them)
UNFIXABLE = frozenset({"sector_banned", "sector_restricted", "sector_unknown", "health_claim", "network_unknown",
                       "gambling_income", "gambling_urgency", "minor_appeal", "crypto_guaranteed", "crypto_performance", "cpf_prospecting",
                       "image_retouched_beauty", "alcohol_irresponsible", "alcohol_lifestyle", "safety_claim",
                       "wildlife_unlawful", "gambling_risk_free", "alcohol_health", "crypto_unlicensed",
                       "alcohol_young", "crypto_incentive", "earnings_claim", "gambling_young", "gambling_conditions", "medicine_endorsement", "medicine_label_missing", "price_fees_excluded", "deposit_terms_missing", "sweepstakes_purchase", "result_atypical", "infant_formula", "sugar_claim_false", "price_terms_missing", "condition_after_cut",
                       "gambling_chasing", "casino_online", "credit_no_checks", "cosmetic_pressure", "urgency_false", "price_reference_false", "free_false", "sales_out_of_period", "sales_restocked", "broadband_speed", "charity_vague", "device_mentions_missing", "rights_misstated", "delivery_promise_false", "gift_card_expiry", "medicine_professional", "review_incentive", "endorsement_untried", "terms_denied", "prize_terms_missing", "fossil_fuel_ad", "housing_familial", "deposit_insurance_overstated", "credit_rent_likened", "credit_deferred_interest", "tax_scheme_warning_missing", "lease_terms_missing",
                       "price_claim_contradicted", "free_government", "origin_claim_false", "price_up_to_false", "savings_guaranteed",
                       "supplement_disease", "supplement_claim", "supplement_doctor", "supplement_diet", "supplement_fda",
                       "supplement_pom",
                       "credit_apr_missing", "credit_risk_warning_missing", "credit_irresponsible", "credit_repair",
                       "cpf_inducement", "cpf_income", "virtual_experience", "image_virtual_as_real",
                       "child_exhortation", "nicotine_risk_claim", "cosmetic_minor", "crypto_17b", "food_children",
                       "claim_efficacy", "claim_safety", "claim_sunscreen", "claim_deposit_insurance", "claim_environmental", "whitening_peroxide",
                       # the second advertiser's name is the author's to add to the label (engine.other_advertiser)
                       "commercial_other_advertiser"})

#: why nothing is owed, in French and English (``owed_reason``)
OWED_REASONS = {
    "recruiting": ("publication de recrutement", "recruiting post"),
    "leaving": ("départ ou fin de poste", "leaving post"),
    "career": ("étape de carrière (anniversaire, promotion, nouveau poste, intervention en conférence)",
               "career milestone (anniversary, promotion, new role, conference talk)"),
    "thanks": ("remerciements à des collègues", "thanks to colleagues"),
    "news": ("actualité du secteur ou réglementaire", "industry or regulatory news"),
    "public_interest": ("message d'intérêt général", "public-interest message"),
    "profit_sharing": ("intéressement ou participation collective : pas une contrepartie de ce post",
                       "collective profit-sharing: not a consideration for this post"),
    "free_release": ("logiciel publié sous licence libre : rien n'est vendu", "free open-source release: nothing is sold"),
    "personal": ("publication personnelle", "personal post"),
    "no_promotion": ("ne promeut ni produit, ni service, ni marque", "promotes no product, service or brand"),
    "no_consideration": ("aucune contrepartie ni lien avec la marque", "no consideration and no link with the brand"),
    "own_offer": ("la marque est l'offre de l'auteur lui-même : sa publicité se présente pour ce qu'elle est, son contenu "
                  "reste vérifié", "the brand is the author's own offer: the advertisement speaks in its own name, its "
                  "content is still checked"),
    "not_promoting": ("la publication dit ne pas parler des produits de la marque",
                      "the post says it is not about the brand's products"),
}
#: added to the reason when a weak promotional cue was outweighed by it (``owed_cue``)
OWED_CUE = ("; « {cue} » n'y promeut pas les produits de la marque", "; “{cue}” promotes none of the brand's products there")


class Finding:
    """One problem: rule id, severity (``fail``/``warn``/``note``), legal reference, span in the original
    text (or ``None``), message and fix in French and English (formatted on first use)."""

    __slots__ = ("_cache", "_spec", "_values", "kind", "reference", "rule", "severity", "span")

    def __init__(self, rule, severity, reference, span, message_fr=None, message_en=None, fix_fr=None, fix_en=None,
                 kind=None, spec=None, values=None):
        self.rule, self.severity, self.reference, self.span, self.kind = rule, severity, reference, span, kind
        self._spec = spec or {"fr": message_fr or "", "en": message_en or "", "fix_fr": fix_fr or "",
                              "fix_en": fix_en or ""}
        self._values = values
        self._cache = None

    def _texts(self) -> dict:
        if self._cache is None:
            spec, values = self._spec, self._values
            if values is None:
                self._cache = {k: spec[k] for k in ("fr", "en", "fix_fr", "fix_en")}
            else:
                if len(values) == 5:  # (check, found, sector, limit, length): format now
                    values = values[0].format_values(*values[1:])
                fr_values, en_values = values
                self._cache = {"fr": spec["fr"].format(**fr_values), "en": spec["en"].format(**en_values),
                               "fix_fr": spec["fix_fr"].format(**fr_values),
                               "fix_en": spec["fix_en"].format(**en_values)}
        return self._cache

    @property
    def message_fr(self) -> str:
        return self._texts()["fr"]

    @property
    def message_en(self) -> str:
        return self._texts()["en"]

    @property
    def fix_fr(self) -> str:
        return self._texts()["fix_fr"]

    @property
    def fix_en(self) -> str:
        return self._texts()["fix_en"]

    def message(self, lang: str = "en") -> str:
        return self.message_fr if lang == "fr" else self.message_en

    def fix(self, lang: str = "en") -> str:
        return self.fix_fr if lang == "fr" else self.fix_en

    def __repr__(self) -> str:
        return f"Finding({self.rule!r}, {self.severity!r}, span={self.span!r})"

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
    owed: bool = True
    owed_reason: str | None = None
    owed_cue: str = ""       # a weak promotional cue the reason outweighed, as written
    sectors: list[str] = field(default_factory=list)
    _suggest: Callable[[], tuple[str, bool]] | None = field(default=None, repr=False)
    _suggested: str | None = field(default=None, repr=False)
    _fits: bool = field(default=True, repr=False)

    @property
    def suggested_text(self) -> str:
        """The smallest edit of the text that passes (the text itself when nothing needs fixing).

        Computed on first access."""
        if self._suggested is None:
            if self._suggest is not None:
                self._suggested, self._fits = self._suggest()
            else:
                self._suggested = self.text
        return self._suggested

    @property
    def suggestion_fits(self) -> bool:
        """False when no text that states what is owed fits the network's limit (the suggested
        text is then the post itself, and a finding says why)."""
        self.suggested_text  # noqa: B018  (computes it)
        return self._fits

    @property
    def rules(self) -> list[str]:
        return [f.rule for f in self.findings]

    def owed_reason_text(self, ui: str) -> str | None:
        """Why nothing is owed, in ``ui``'s language (and which weak cue the reason outweighed)."""
        if self.owed_reason not in OWED_REASONS:
            return None
        i = 0 if ui == "fr" else 1
        text = OWED_REASONS[self.owed_reason][i]
        return text + OWED_CUE[i].format(cue=self.owed_cue) if self.owed_cue else text

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
            "owed": self.owed,
            "owed_reason": self.owed_reason,
            "owed_reason_text": self.owed_reason_text(ui),
            "sectors": list(self.sectors),
            "suggestion_fits": self.suggestion_fits,
        }


def verdict_of(findings) -> str:
    worst = PASS
    for f in findings:
        if _ORDER[f.severity] > _ORDER[worst]:
            worst = f.severity
    return worst
