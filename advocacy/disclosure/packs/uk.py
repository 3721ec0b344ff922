"""United Kingdom — CAP Code (UK Code of Non-broadcast Advertising) rules 2.1–2.4 (marketing
communications must be obviously identifiable) and 3.1–3.3; ASA/CMA "Influencers' guide to
making clear that ads are ads" (2020, updated 2023); Consumer Protection from Unfair Trading
Regulations 2008, Sch. 1 para 11 and 22 (now DMCC Act 2024, Sch. 20).

Same English wordings as the US pack (``us.py``); only the references differ, and the age
mention for gambling follows CAP 16 (18+).
"""
from advocacy.disclosure.packs import us

JURISDICTION = "uk"
LANG = "en"
NAME = {"fr": "Royaume-Uni", "en": "United Kingdom"}

CAP = "CAP Code 2.1–2.4"
GUIDE = "ASA/CMA Influencers' guide (2023)"
RULES = {
    "commercial_missing": {"severity": "fail", "reference": CAP + " ; " + GUIDE},
    "commercial_insufficient": {"severity": "fail", "reference": GUIDE + " (#sp, #spon, #collab, 'in association with', 'thanks to')"},
    "commercial_weak": {"severity": "warn", "reference": GUIDE},
    "relationship_missing": {"severity": "fail", "reference": "CPUTR 2008 Sch. 1 para 22 ; " + CAP + " 2.4"},
    "relationship_insufficient": {"severity": "fail", "reference": "CPUTR 2008 Sch. 1 para 22"},
    "salary_review": {"severity": "warn", "reference": CAP + " (employee content)"},
    "mention_after_cut": {"severity": "fail", "reference": GUIDE + " (upfront, before 'see more')"},
    "mention_in_hashtag_wall": {"severity": "fail", "reference": GUIDE + " (not hidden among hashtags)"},
    "mention_hidden": {"severity": "fail", "reference": CAP + " (obviously identifiable)"},
    "mention_language": {"severity": "fail", "reference": CAP + " (obviously identifiable to the audience)"},
    "mention_invisible": {"severity": "fail", "reference": CAP},
    "denial_while_rewarded": {"severity": "fail", "reference": "CPUTR 2008 Sch. 1 para 11 and 22 ; CAP 3.1"},
    "denial_while_employee": {"severity": "warn", "reference": "CPUTR 2008 Sch. 1 para 22"},
    "image_retouched_missing": {"severity": "fail", "reference": "CAP 3.1 and 3.11 (misleading filters and retouching)"},
    "image_virtual_missing": {"severity": "fail", "reference": "CAP 3.1 (misleading depiction)"},
    "sector_banned": {"severity": "fail", "reference": "CAP 12 (medicines, cosmetic interventions), 22 (e-cigarettes), TAPA 2002"},
    "sector_restricted": {"severity": "warn", "reference": "CAP 14 (financial), 16 (gambling), 18 (alcohol)"},
    "sector_age_missing": {"severity": "fail", "reference": "CAP 16.3 (18+ only)"},
    "sector_health_missing": {"severity": "warn", "reference": "CAP 18"},
    "sector_suspected": {"severity": "warn", "reference": "CAP Code"},
    "length_over_limit": {"severity": "fail", "reference": "Network limit"},
    "network_unknown": {"severity": "warn", "reference": "—"},
}

SECTORS = dict(us.SECTORS)
FOREIGN = dict(us.FOREIGN)
WORDINGS = list(us.WORDINGS)
