"""The KPI catalogue: every indicator the software knows how to compute.

The co-signed charter's KPI annex picks from these ids; nothing outside the annex in
force is computed, stored or shown. Names and definitions are given in French and in
English here (they are part of the register the staff representatives sign, so they
are data, not UI strings). ``kind`` says whether a figure is measured or estimated;
``finest`` is the finest granularity the figure may ever be broken down to (the annex
may cap it further): ``organisation`` < ``team`` < ``person`` (a person's own figures,
shown to that person only).
"""
from __future__ import annotations

from dataclasses import dataclass, field

MEASURED = "measured"
ESTIMATED = "estimated"

ORGANISATION = "organisation"
TEAM = "team"
PERSON = "person"
GRANULARITIES = (ORGANISATION, TEAM, PERSON)

#: Units: how a value is formatted.
UNITS = ("percent", "count", "ratio", "score", "currency", "per_person_week", "people")


@dataclass(frozen=True)
class Kpi:
    id: str
    name_fr: str
    name_en: str
    definition_fr: str
    definition_en: str
    #: The formula in English (the API's and the CLI's ``formula``); ``formula_fr`` says the same in French.
    formula: str
    formula_fr: str
    inputs: tuple[str, ...]
    unit: str
    kind: str = MEASURED
    finest: str = TEAM
    by_campaign: bool = False
    #: Fact columns of the per-person daily rollup this KPI needs (only these are stored).
    facts: tuple[str, ...] = field(default_factory=tuple)

    def name(self, lang: str | None = "fr") -> str:
        return self.name_en if (lang or "fr").startswith("en") else self.name_fr

    def definition(self, lang: str | None = "fr") -> str:
        return self.definition_en if (lang or "fr").startswith("en") else self.definition_fr

    def formula_in(self, lang: str | None = "fr") -> str:
        return self.formula if (lang or "fr").startswith("en") else self.formula_fr

    def as_dict(self, lang: str | None = "fr") -> dict:
        return {
            "id": self.id, "name": self.name(lang), "definition": self.definition(lang),
            "name_fr": self.name_fr, "name_en": self.name_en,
            "definition_fr": self.definition_fr, "definition_en": self.definition_en,
            "formula": self.formula, "formula_fr": self.formula_fr, "inputs": list(self.inputs), "unit": self.unit,
            "kind": self.kind, "finest_granularity": self.finest, "by_campaign": self.by_campaign,
        }


#: Inputs named by the formulas, in French and English.
INPUTS: dict[str, tuple[str, str]] = {
    "members": ("membres du programme (consentement « programme » donné)",
                "program members (\"program\" consent given)"),
    "active_members": ("membres ayant agi dans la période (partage enregistré ou idée proposée)",
                       "members who acted in the period (registered share or idea proposed)"),
    "shares": ("partages enregistrés", "registered shares"),
    "personalised_shares": ("partages avec texte personnel ajouté", "shares with the member's own added text"),
    "authenticity": ("part des mots propres de l'employé dans le partage (0 à 1)",
                     "share of the employee's own words in the post (0 to 1)"),
    "ideas_proposed": ("idées proposées", "ideas proposed"),
    "ideas_adopted": ("idées adoptées", "ideas adopted"),
    "clicks": ("clics sur les liens suivis (consentement « clics »)", "clicks on tracked links (\"link clicks\" consent)"),
    "reactions": ("réactions publiques (j'aime, partages) relevées", "public reactions (likes, reposts) read"),
    "comments": ("commentaires / réponses relevés", "comments / replies read"),
    "impressions": ("impressions communiquées par le réseau", "impressions reported by the network"),
    "followers": ("abonnés des comptes ayant partagé", "followers of the sharing accounts"),
    "points_earned": ("points gagnés", "points earned"),
    "points_redeemed": ("points échangés contre une récompense", "points redeemed for a reward"),
    "conversion_value": ("conversions attribuées × valeur unitaire (saisies par le marketing)",
                         "attributed conversions × unit value (entered by marketing)"),
    "program_costs": ("coûts du programme (saisis par le marketing)", "program costs (entered by marketing)"),
    "pulse_answers": ("réponses anonymes au baromètre de confiance (1 à 5)", "anonymous trust pulse answers (1 to 5)"),
    "quiet_hour_shares": ("partages faits pendant les heures de repos de la charte",
                          "shares made during the charter's quiet hours"),
    "solicitations": ("sollicitations envoyées (notifications, relances)", "solicitations sent (notifications, reminders)"),
    "cpm": ("coût pour mille impressions (saisi)", "cost per thousand impressions (entered)"),
    "cpc": ("coût par clic (saisi)", "cost per click (entered)"),
    "cpe": ("coût par engagement (saisi)", "cost per engagement (entered)"),
    "levels": ("niveau de chaque membre sur 30 jours glissants", "each member's level over a trailing 30 days"),
    "cohorts": ("cohortes de membres par date d'adhésion", "member cohorts by joining date"),
}


#: Each formula in French, by KPI id (the English one is the definition's ``formula``).
FORMULAS_FR: dict[str, str] = {
    "participation_rate": "membres actifs ÷ membres × 100",
    "active_engagement_rate": "(partages personnalisés + idées proposées + commentaires) ÷ membres actifs",
    "retention": "membres de la cohorte actifs sur les 30 derniers jours ÷ taille de la cohorte × 100 "
                 "(1 mois affiché ; 3 et 6 mois sur le tableau de bord)",
    "contribution": "partages personnalisés + idées proposées",
    "authenticity_index": "Σ authenticité ÷ partages × 100",
    "shares": "Σ partages",
    "clicks": "Σ clics",
    "click_rate": "clics ÷ partages",
    "reactions_per_share": "réactions ÷ partages",
    "comments": "Σ commentaires",
    "measured_reach": "Σ impressions",
    "potential_reach": "Σ abonnés",
    "reward_redemption_rate": "points échangés ÷ points gagnés × 100",
    "roi": "(Σ conversions × valeur unitaire − Σ coûts) ÷ Σ coûts × 100",
    "trust_score": "(réponse moyenne − 1) ÷ 4 × 100",
    "engagement_pyramid": "ambassadeurs ÷ membres × 100 (niveaux sur 30 jours glissants)",
    "wellbeing_quiet_hours_share": "partages en heures de repos ÷ partages × 100",
    "wellbeing_solicitations": "sollicitations ÷ membres ÷ (jours ÷ 7)",
    "earned_media_value": "impressions ÷ 1000 × CPM + clics × CPC + (réactions + commentaires) × CPE",
}


def _k(**kw) -> Kpi:
    return Kpi(formula_fr=FORMULAS_FR[kw["id"]], **kw)


_DEFS = [
    _k(id="participation_rate", name_fr="Taux de participation", name_en="Participation rate",
       definition_fr="Part des membres du programme qui ont réellement agi dans la période (pas les simples inscrits).",
       definition_en="Share of program members who actually acted in the period (not mere sign-ups).",
       formula="active_members ÷ members × 100", inputs=("active_members", "members"), unit="percent",
       facts=("shares", "ideas_proposed")),
    _k(id="active_engagement_rate", name_fr="Taux d'engagement actif", name_en="Active engagement rate",
       definition_fr="Interactions significatives (partages avec texte propre, idées, commentaires suscités) par membre actif.",
       definition_en="Meaningful interactions (shares with own text, ideas, comments drawn) per active member.",
       formula="(personalised_shares + ideas_proposed + comments) ÷ active_members",
       inputs=("personalised_shares", "ideas_proposed", "comments", "active_members"), unit="ratio",
       facts=("shares", "personalised_shares", "ideas_proposed", "comments")),
    _k(id="retention", name_fr="Rétention", name_en="Retention",
       definition_fr="Part d'une cohorte de membres encore active (au moins une action sur 30 jours) 1, 3 et 6 mois après l'adhésion.",
       definition_en="Share of a member cohort still active (an action within 30 days) 1, 3 and 6 months after joining.",
       formula="members of the cohort active in the last 30 days ÷ cohort size × 100 (1 month shown; 3 and 6 months on the dashboard)",
       inputs=("cohorts", "active_members"), unit="percent", facts=("shares", "ideas_proposed")),
    _k(id="contribution", name_fr="Contribution", name_en="Contribution",
       definition_fr="Contenus propres : partages personnalisés et idées proposées (les idées adoptées sont montrées à part).",
       definition_en="Own content: personalised shares and ideas proposed (ideas adopted are shown apart).",
       formula="personalised_shares + ideas_proposed", inputs=("personalised_shares", "ideas_proposed", "ideas_adopted"),
       unit="count", finest=PERSON, facts=("personalised_shares", "ideas_proposed", "ideas_adopted")),
    _k(id="authenticity_index", name_fr="Indice d'authenticité", name_en="Authenticity index",
       definition_fr="Part moyenne des mots propres de l'employé dans ses partages.",
       definition_en="Mean share of the employee's own words in their shares.",
       formula="Σ authenticity ÷ shares × 100", inputs=("authenticity", "shares"), unit="percent", finest=PERSON,
       by_campaign=True, facts=("shares", "authenticity_sum")),
    _k(id="shares", name_fr="Partages", name_en="Shares",
       definition_fr="Nombre de partages enregistrés.", definition_en="Number of registered shares.",
       formula="Σ shares", inputs=("shares",), unit="count", finest=PERSON, by_campaign=True, facts=("shares",)),
    _k(id="clicks", name_fr="Clics", name_en="Clicks",
       definition_fr="Clics sur les liens suivis des partages (seulement pour qui y a consenti).",
       definition_en="Clicks on the shares' tracked links (only for those who consented).",
       formula="Σ clicks", inputs=("clicks",), unit="count", finest=PERSON, by_campaign=True, facts=("clicks",)),
    _k(id="click_rate", name_fr="Taux de clic", name_en="Click rate",
       definition_fr="Clics par partage.", definition_en="Clicks per share.",
       formula="clicks ÷ shares", inputs=("clicks", "shares"), unit="ratio", finest=PERSON, by_campaign=True,
       facts=("clicks", "shares")),
    _k(id="reactions_per_share", name_fr="Réactions par partage", name_en="Reactions per share",
       definition_fr="Réactions publiques relevées dans la période par partage de la période.",
       definition_en="Public reactions read in the period per share of the period.",
       formula="reactions ÷ shares", inputs=("reactions", "shares"), unit="ratio", finest=PERSON, by_campaign=True,
       facts=("reactions", "shares")),
    _k(id="comments", name_fr="Commentaires", name_en="Comments",
       definition_fr="Commentaires et réponses relevés, comptés à part des réactions.",
       definition_en="Comments and replies read, counted apart from reactions.",
       formula="Σ comments", inputs=("comments",), unit="count", finest=PERSON, by_campaign=True, facts=("comments",)),
    _k(id="measured_reach", name_fr="Portée mesurée", name_en="Measured reach",
       definition_fr="Impressions communiquées par les réseaux qui les donnent (sinon absentes, jamais extrapolées).",
       definition_en="Impressions reported by the networks that give them (otherwise absent, never extrapolated).",
       formula="Σ impressions", inputs=("impressions",), unit="count", finest=PERSON, by_campaign=True,
       facts=("impressions",)),
    _k(id="potential_reach", name_fr="Portée potentielle", name_en="Potential reach",
       definition_fr="Somme des abonnés des comptes ayant partagé : une estimation haute, montrée à part de la portée mesurée.",
       definition_en="Sum of the sharing accounts' followers: an upper estimate, shown apart from measured reach.",
       formula="Σ followers", inputs=("followers",), unit="count", kind=ESTIMATED, finest=PERSON, by_campaign=True,
       facts=("followers",)),
    _k(id="reward_redemption_rate", name_fr="Taux d'utilisation des récompenses", name_en="Reward redemption rate",
       definition_fr="Part des points gagnés qui ont été échangés contre une récompense.",
       definition_en="Share of the points earned that were redeemed for a reward.",
       formula="points_redeemed ÷ points_earned × 100", inputs=("points_redeemed", "points_earned"), unit="percent",
       facts=("points_earned", "points_redeemed")),
    _k(id="roi", name_fr="Retour sur investissement", name_en="Return on investment",
       definition_fr="Valeur des conversions attribuées, diminuée des coûts du programme, rapportée à ces coûts (valeurs saisies par le marketing).",
       definition_en="Value of attributed conversions minus the program's costs, over those costs (values entered by marketing).",
       formula="(Σ conversions × unit value − Σ costs) ÷ Σ costs × 100", inputs=("conversion_value", "program_costs"),
       unit="percent", kind=ESTIMATED, finest=ORGANISATION, by_campaign=True),
    _k(id="trust_score", name_fr="Score de confiance", name_en="Trust score",
       definition_fr="Moyenne des réponses au baromètre anonyme de confiance, ramenée sur 100 ; affichée seulement au-dessus de la taille minimale de groupe.",
       definition_en="Mean of the anonymous trust pulse answers, scaled to 100; shown only above the minimum group size.",
       formula="(mean answer − 1) ÷ 4 × 100", inputs=("pulse_answers",), unit="score", finest=ORGANISATION),
    _k(id="engagement_pyramid", name_fr="Pyramide d'engagement", name_en="Engagement pyramid",
       definition_fr="Répartition des membres en passifs, contributeurs (au moins une action sur 30 jours) et ambassadeurs (au moins 3 contributions personnelles sur 30 jours), et passages d'un niveau à l'autre ; la valeur est la part d'ambassadeurs.",
       definition_en="Members split into passive, contributors (an action within 30 days) and ambassadors (3+ own contributions within 30 days), and the moves between levels; the value is the share of ambassadors.",
       formula="ambassadors ÷ members × 100 (levels over a trailing 30 days)", inputs=("levels", "members"),
       unit="percent", facts=("shares", "personalised_shares", "ideas_proposed")),
    _k(id="wellbeing_quiet_hours_share", name_fr="Partages en heures de repos", name_en="Shares in quiet hours",
       definition_fr="Garde-fou : part des partages faits pendant les heures de repos fixées par la charte.",
       definition_en="Guardrail: share of shares made during the quiet hours set by the charter.",
       formula="quiet_hour_shares ÷ shares × 100", inputs=("quiet_hour_shares", "shares"), unit="percent",
       facts=("shares", "quiet_hour_shares")),
    _k(id="wellbeing_solicitations", name_fr="Sollicitations par personne et par semaine",
       name_en="Solicitations per person per week",
       definition_fr="Garde-fou : nombre moyen de sollicitations reçues par membre et par semaine (plafond de la charte).",
       definition_en="Guardrail: mean number of solicitations a member received per week (capped by the charter).",
       formula="solicitations ÷ members ÷ (days ÷ 7)", inputs=("solicitations", "members"), unit="per_person_week",
       facts=("solicitations",)),
    _k(id="earned_media_value", name_fr="Valeur média acquise", name_en="Earned media value",
       definition_fr="Estimation conventionnelle : ce qu'aurait coûté la même audience en achat média. Tient à des multiplicateurs saisis ; montrée à part des chiffres mesurés, avec sa formule.",
       definition_en="Conventional estimate: what the same audience would have cost in paid media. Rests on entered multipliers; shown apart from measured figures, with its formula.",
       formula="impressions ÷ 1000 × CPM + clicks × CPC + (reactions + comments) × CPE",
       inputs=("impressions", "clicks", "reactions", "comments", "cpm", "cpc", "cpe"), unit="currency",
       kind=ESTIMATED, by_campaign=True, facts=("impressions", "clicks", "reactions", "comments")),
]

#: id → definition, in display order.
KPIS: dict[str, Kpi] = {kpi.id: kpi for kpi in _DEFS}

#: Every fact column of the per-person daily rollup.
FACTS = ("shares", "personalised_shares", "authenticity_sum", "ideas_proposed", "ideas_adopted", "clicks",
         "reactions", "comments", "impressions", "followers", "points_earned", "points_redeemed",
         "quiet_hour_shares", "solicitations")


def get(kpi_id: str) -> Kpi:
    return KPIS[kpi_id]


def granularity_rank(level: str) -> int:
    return GRANULARITIES.index(level)


def effective_granularity(kpi: Kpi, annex_granularity: str) -> str:
    """The coarser of the KPI's finest granularity and the annex's cap (never ``person`` for groups)."""
    cap = annex_granularity if annex_granularity in GRANULARITIES else ORGANISATION
    level = min(granularity_rank(kpi.finest), granularity_rank(cap), granularity_rank(TEAM))
    return GRANULARITIES[level]


def facts_needed(kpi_ids) -> set[str]:
    needed: set[str] = set()
    for kpi_id in kpi_ids:
        if kpi_id in KPIS:
            needed.update(KPIS[kpi_id].facts)
    return needed
