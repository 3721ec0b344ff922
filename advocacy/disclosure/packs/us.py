"""United States — FTC Guides Concerning the Use of Endorsements and Testimonials in
Advertising, 16 CFR Part 255 (2023), in particular § 255.5 (disclosure of material connections,
employment included); FTC "Disclosures 101 for Social Media Influencers" (2019, rev. 2023);
FTC Act § 5 (deception).

The wordings below are the English ones. French wordings (``fr.py``) count in a French post.
"""
from advocacy.disclosure.packs import wording as w

JURISDICTION = "us"
LANG = "en"
NAME = {"fr": "États-Unis", "en": "United States"}

G = "16 CFR 255.5"
D101 = "FTC, Disclosures 101 for Social Media Influencers"
RULES = {
    "commercial_missing": {"severity": "fail", "reference": G + " ; " + D101},
    "commercial_insufficient": {"severity": "fail", "reference": D101 + " (#sp, #spon, #collab, thanks, ambassador alone)"},
    "commercial_weak": {"severity": "warn", "reference": D101},
    "relationship_missing": {"severity": "fail", "reference": G + " (employment is a material connection) ; 255.5 ex. 8"},
    "relationship_insufficient": {"severity": "fail", "reference": G + " ; " + D101},
    "salary_review": {"severity": "warn", "reference": G + " (employee incentives)"},
    "mention_after_cut": {"severity": "fail", "reference": "16 CFR 255.0(f) (clear and conspicuous) ; " + D101 + " (above 'more')"},
    "mention_in_hashtag_wall": {"severity": "fail", "reference": D101 + " (not mixed into a group of hashtags)"},
    "mention_hidden": {"severity": "fail", "reference": "16 CFR 255.0(f) (unavoidable)"},
    "mention_language": {"severity": "fail", "reference": "16 CFR 255.0(f) ; " + D101 + " (same language as the endorsement)"},
    "mention_invisible": {"severity": "fail", "reference": "16 CFR 255.0(f)"},
    "denial_while_rewarded": {"severity": "fail", "reference": "FTC Act § 5 ; 16 CFR 255.5"},
    "denial_while_employee": {"severity": "warn", "reference": "16 CFR 255.5"},
    "image_retouched_missing": {"severity": "fail", "reference": "FTC Act § 5 (misleading depiction) ; kit policy"},
    "image_virtual_missing": {"severity": "fail", "reference": "16 CFR 255.1 ; FTC Act § 5 (virtual endorsers)"},
    "sector_banned": {"severity": "fail", "reference": "Program policy (loi 2023-451 art. 4 where French users are reached) ; FDA 21 CFR 1140 (tobacco)"},
    "sector_restricted": {"severity": "warn", "reference": "Sector regulation (SEC/CFTC, state gambling law, TTB)"},
    "sector_age_missing": {"severity": "fail", "reference": "State gambling advertising codes (21+/18+)"},
    "sector_health_missing": {"severity": "warn", "reference": "Industry codes (responsible drinking)"},
    "sector_suspected": {"severity": "warn", "reference": "Sector regulation"},
    "length_over_limit": {"severity": "fail", "reference": "Network limit"},
    "network_unknown": {"severity": "warn", "reference": "—"},
}

SECTORS = {
    "cosmetic_surgery": ("banned", None),
    "therapeutic": ("banned", None),
    "nicotine": ("banned", None),
    "tobacco": ("banned", None),
    "wild_animals": ("banned", None),
    "financial_cfd": ("banned", None),
    "betting_tips": ("banned", None),
    "crypto": ("restricted", None),
    "gambling": ("restricted", "age"),
    "alcohol": ("restricted", None),
    "medicine": ("restricted", None),
    "financial": ("restricted", None),
}

FOREIGN = {
    "en.ad_hashtag": "weak",
    "en.ad_label": "weak",
}

WORDINGS = [
    # --- commercial disclosure: accepted -----------------------------------------------------
    w("en.ad_hashtag", "commercial", "accepted", r"#ad(?:vert)?", lang="en", example="#ad"),
    w("en.ad_label", "commercial", "accepted", r"ad(?=\s*[:|\]\)\-])", lang="en", example="Ad: …"),
    w("en.ad_start", "commercial", "accepted", r"ad(?!['\-])", lang="en", start=True, example="Ad — …"),
    w("en.is_an_ad", "commercial", "accepted", r"(?:ad|advert)(?!['\-])", lang="en",
      before=r"\b(?:is|'s|s|are|was|this|it|post|video)\s+an?\s+$", example="This post is an ad"),
    w("en.advertisement", "commercial", "accepted", r"advert(?:isement|orial)?s?(?: feature)?", lang="en", example="Advertisement"),
    w("en.advertising", "commercial", "accepted", r"#advertising", lang="en"),
    w("en.sponsored", "commercial", "accepted", r"sponsored(?:post|posts|content|video|ad|by\w*)?", lang="en",
      example="Sponsored by Acme"),
    w("en.paid", "commercial", "accepted",
      r"paid (?:partnership|partner|post|promotion|promo|collaboration|collab|content|ad|advertisement|endorsement|review|sponsorship|placement|by|for)s?",
      lang="en", example="Paid partnership with Acme"),
    w("en.being_paid", "commercial", "accepted", r"paid", lang="en",
      before=r"\b(?:i'm|i am|i was|i've been|i have been|we're|we are|we were|being|got|get|getting|was|were)\s+(?:being\s+)?$"),
    w("en.compensated", "commercial", "accepted", r"compensat(?:ed|ion)", lang="en", example="I was compensated for this post"),
    w("en.gifted", "commercial", "accepted", r"(?:#gifted|gifted (?:by|to me|from|product|item))", lang="en", example="#gifted"),
    w("en.thanks_free", "commercial", "accepted",
      r"thanks?(?: you)?(?: so much)?(?: to)? \S+(?: \S+){0,3} (?:for|4) (?:the |this |these |my |a |an |sending (?:me|us) )?(?:free|complimentary|gifted|gift)",
      lang="en", example="Thanks to Acme for the free product"),
    w("en.thanks_sending", "commercial", "accepted",
      r"thanks?(?: you)?(?: so much)?(?: to)? \S+(?: \S+){0,3} for (?:sending|gifting|giving) (?:me|us)", lang="en"),
    w("en.free_from", "commercial", "accepted", r"free (?:product|sample|trial|item|gift|stay|trip)s? (?:from|provided by|courtesy of)",
      lang="en"),
    w("en.sent_free", "commercial", "accepted",
      r"(?:sent|gave|given|provided|gifted)(?: me| us)?(?: [a-z'\-]+){0,3} (?:for free|free of charge|at no cost)", lang="en",
      example="Acme sent me these for free"),
    w("en.paid_me", "commercial", "accepted", r"(?:paid|pays|paying|compensated|compensates) (?:me|us)", lang="en",
      example="Acme paid me to post this"),
    # --- weak ------------------------------------------------------------------------------------
    w("en.partnership_with", "commercial", "weak", r"(?:partnership|partnering|partnered) with", lang="en",
      example="In partnership with Acme"),
    w("en.affiliate", "commercial", "weak", r"(?:#affiliate|affiliate links?|#commissionsearned|commissions? earned)", lang="en"),
    w("en.earn_commission", "commercial", "weak", r"earn (?:a )?(?:small )?commission", lang="en"),
    w("en.paid_tag", "commercial", "weak", r"#paid", lang="en", example="#paid"),
    w("en.promoted", "commercial", "weak", r"promoted(?: by)?", lang="en", example="Promoted by Acme"),
    w("en.sent_me", "commercial", "weak", r"(?:sent|gave|gifted|provided) (?:me|us)", lang="en", example="Acme sent me this serum"),
    # --- insufficient ------------------------------------------------------------------------------
    w("en.sp", "ambiguous", "insufficient", r"#(?:sp|spon|spons|sponsor|sponsors|sponsorship)", lang="en", signal=True, example="#sp"),
    w("en.collab", "ambiguous", "insufficient", r"#collabs?", lang="en", signal=True, example="#collab"),
    w("en.collaboration", "ambiguous", "insufficient", r"collaboration", lang="en", signal=True, example="In collaboration with Acme"),
    w("en.partner", "ambiguous", "insufficient", r"#(?:partner|partners|partnership|brandpartner)", lang="en", signal=True,
      example="#partner"),
    w("en.brand_partner", "ambiguous", "insufficient", r"brand (?:partner|ambassador)s?", lang="en"),
    w("en.partner_suffix", "ambiguous", "insufficient", r"#[a-z0-9_]+partner(?:ship)?s?(?![a-z0-9])", lang="en", scan=True,
      signal=True, example="#AcmePartner"),
    w("en.ambassador", "ambiguous", "insufficient", r"ambassadors?", lang="en", example="#ambassador"),
    w("en.ambassador_suffix", "ambiguous", "insufficient", r"#[a-z0-9_]+ambassadors?(?![a-z0-9])", lang="en", scan=True,
      example="#AcmeAmbassador"),
    w("en.thanks", "ambiguous", "insufficient", r"(?:thanks?|thx|ty)(?: you)?", lang="en", example="Thanks @Acme!"),
    w("en.association", "ambiguous", "insufficient", r"in association with", lang="en"),
    w("en.courtesy", "ambiguous", "insufficient", r"courtesy of", lang="en"),
    # --- commercial words: not a disclosure; negated they are a denial ----------------------------
    w("en.word_ad", "word", "none", r"(?:ad|ads)(?!')", lang="en"),
    w("en.word_sponsor", "word", "none", r"sponsor\w*", lang="en"),
    w("en.word_paid", "word", "none", r"paid", lang="en"),
    w("en.word_affiliated", "word", "none", r"affiliat\w*", lang="en"),
    # --- explicit denials -----------------------------------------------------------------------------
    w("en.denial_hashtag", "denial", "none", r"#(?:not|non|no) ?(?:an? )?(?:ad|sponsored|sponsor|spon|paid)", lang="en",
      example="#notsponsored"),
    w("en.unsponsored", "denial", "none", r"unsponsored|unpaid", lang="en"),
    w("en.bought_myself", "denial", "none",
      r"(?:bought|paid for|purchased) (?:it|this|these|them|my \w+)? ?(?:myself|with my own money|with my own cash|out of my own pocket)",
      lang="en", example="I bought it myself"),
    w("en.nobody_paid", "denial", "none", r"(?:nobody|noone) (?:is )?(?:paid|pays|paying|sponsor\w*)", lang="en",
      example="Nobody paid me to say this"),
    w("en.no_one_paid", "denial", "none", r"one (?:is )?(?:paid|pays|paying|sponsor\w*)", lang="en", before=r"\bno\s+$"),
    # --- employment relationship ---------------------------------------------------------------------------
    w("en.i_work", "relationship", "accepted", r"work(?:ed|ing)? (?:at|for|here)(?![a-z0-9])", lang="en", scan=True,
      before=r"\b(?:i|i'm|i am|i've|i have|i've been|i have been|i currently|i proudly|i still|i now|to|love|loving|enjoy|enjoying)\s+$",
      example="I work at Acme"),
    w("en.i_work_hashtag", "relationship", "accepted", r"#iwork(?:at|for)", lang="en"),
    w("en.employee", "relationship", "accepted", r"employee", lang="en", example="Acme employee"),
    w("en.employee_suffix", "relationship", "accepted", r"#[a-z0-9_]+employee(?![a-z0-9])", lang="en", scan=True,
      example="#AcmeEmployee"),
    w("en.employed", "relationship", "accepted", r"employed (?:by|at|with)", lang="en"),
    w("en.team_member", "relationship", "accepted", r"(?:team member|staff member) (?:at|of|@)", lang="en"),
    w("en.joined_team", "relationship", "accepted", r"joined (?:the )?\S+(?: \S+)? team", lang="en",
      before=r"\b(?:i|i've|i have|since i|when i)\s+$"),
    w("en.lifeat", "ambiguous", "insufficient", r"#(?:lifeat|teamlife|team)", lang="en", example="#LifeAtAcme"),
    w("en.employer", "relationship", "accepted", r"employer", lang="en", before=r"\b(?:my|our)\s+$", example="my employer"),
    w("en.team_at", "relationship", "accepted", r"(?:team|colleagues|coworkers|co-workers) (?:at|@)(?![a-z0-9])", lang="en",
      scan=True,
      before=r"\b(?:my|our)\s+$"),
    w("en.part_of", "relationship", "accepted", r"part of (?:the )?\S+(?: \S+)? team", lang="en",
      before=r"\b(?:i'm|i am|proud to be|happy to be)\s+$"),
    w("en.role_at", "relationship", "accepted",
      r"(?:i'm|i am|i've been) (?:a|an|the) (?:[a-z'\-]+ ){0,3}(?:at|@) [a-z0-9@]", lang="en", scan=True,
      example="I'm an engineer at Acme"),
    # --- images ----------------------------------------------------------------------------------------------
    w("en.retouched", "retouched", "accepted", r"retouch(?:ed|ing)?", lang="en", example="Retouched image"),
    w("en.altered", "retouched", "accepted", r"(?:edited|altered|enhanced|photoshopped|airbrushed)", lang="en",
      before=r"\b(?:image|photo|picture|pic|digitally|been|is|was|are|were)\s+$"),
    w("en.photoshopped", "retouched", "accepted", r"(?:photoshopped|airbrushed)", lang="en"),
    w("en.ai_generated", "virtual", "accepted", r"ai[\s\-]?gen(?:erated)?(?![a-z0-9])", lang="en", scan=True,
      example="AI-generated image"),
    w("en.generated_by_ai", "virtual", "accepted",
      r"(?:generated|created|made|produced) (?:by|with|using) (?:an? )?(?:ai|artificial intelligence)", lang="en"),
    w("en.virtual", "virtual", "accepted", r"virtual (?:image|model|influencer|person|human|avatar|face|body)", lang="en",
      example="Virtual image"),
    w("en.synthetic", "virtual", "accepted", r"synthetic (?:image|photo|face|model)", lang="en"),
]
