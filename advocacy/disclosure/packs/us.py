"""United States — FTC Guides Concerning the Use of Endorsements and Testimonials in
Advertising, 16 CFR Part 255 (2023), in particular § 255.5 (disclosure of material connections,
employment included); FTC "Disclosures 101 for Social Media Influencers" (2019, rev. 2023);
FTC Act § 5 (deception).

The wordings below are the English ones. French wordings (``fr.py``) count in a French post.
"""
from advocacy.disclosure import wordclasses
from advocacy.disclosure.packs import common, sector
from advocacy.disclosure.packs import wording as w

JURISDICTION = "us"
LANG = "en"
NAME = {"fr": "États-Unis", "en": "United States"}

G = "16 CFR 255.5"
D101 = "FTC, Disclosures 101 for Social Media Influencers"
RULES = {
    "broadband_speed": {"severity": "fail", "reference": 'CAP Code 3.7 (UK)'},
    "charity_vague": {"severity": "fail", "reference": 'FTC Act § 5 ; state commercial co-venturer laws (e.g. N.Y. Exec. Law § 171-a, Mass. G.L. c. 68 § 22: the charity and the amount per purchase)'},
    "device_mentions_missing": {"severity": "fail", "reference": 'C. santé publ. L5213-1 and R5213-1 (France)'},
    "sales_restocked": {"severity": "fail", "reference": 'C. com. L310-3 I (France)'},
    "rights_misstated": {"severity": "fail", "reference": 'Magnuson-Moss Warranty Act, 15 U.S.C. 2302(c) and 16 CFR 700.10 (no tie-in to branded parts) ; FTC Act § 5'},
    "delivery_promise_false": {"severity": "fail", "reference": '16 CFR 435.2 (Mail, Internet or Telephone Order Rule: a reasonable basis for the shipment date stated) ; FTC Act § 5'},
    "credit_deferred_interest": {"severity": "fail", "reference": 'Regulation Z, 12 CFR 1026.16(h)(3)-(4) (deferred interest: "if paid in full" beside the statement that interest is charged from the purchase date) ; TILA, 15 U.S.C. 1662'},
    "deposit_insurance_overstated": {"severity": "fail", "reference": '12 U.S.C. 1828(a)(4) and 12 CFR 328.102 (misrepresenting the extent of deposit insurance: $250,000 per depositor, per insured bank, per ownership category) ; 12 U.S.C. 1821(a)(1)(E)'},
    "credit_rent_likened": {"severity": "fail", "reference": 'Regulation Z, 12 CFR 1026.24(i)(3) (misleading comparison of payments) ; FTC Act § 5'},
    "tax_scheme_warning_missing": {"severity": "fail", "reference": 'FTC Act § 5 (material conditions of a tax benefit)'},
    "lease_terms_missing": {"severity": "fail", "reference": 'Regulation M, 12 CFR 1013.7(d)(2) (a lease advertised by its payment or term: that it is a lease, the total due at signing, the number, amount and period of payments, any security deposit) ; CLA, 15 U.S.C. 1667c'},
    "gift_card_expiry": {"severity": "fail", "reference": 'Regulation E, 12 CFR 1005.20(e)(2) (no expiry within five years of issue or last load) ; FTC Act § 5'},
    "medicine_professional": {"severity": "fail", "reference": 'FTC Act §§ 5 and 12 ; 16 CFR 255.3 (expert endorsements)'},
    "crypto_17b": {"severity": "fail", "reference": "Securities Act of 1933 § 17(b) (touting: disclose the consideration's receipt, source "
                   "and amount) ; SEC v. Kim Kardashian (2022) ; FTC Act § 5"},
    "infant_formula": {"severity": "fail", "reference": 'FTC Act §§ 5 and 12 ; 21 U.S.C. 350a'},
    "condition_after_cut": {"severity": "fail", "reference": 'FTC Act § 5 ; FTC, .com Disclosures (2013): qualifying information clear, conspicuous and close to the claim'},
    "sugar_claim_false": {"severity": "fail", "reference": "21 CFR 101.60(c) ('sugar free': under 0.5 g per serving) ; FTC Act § 5"},
    "deposit_terms_missing": {"severity": "fail", "reference": 'Regulation DD, 12 CFR 1030.8(c) (an advertised APY: variable rate, time offered, minimum balance and deposit, fees could reduce earnings) ; TISA, 12 U.S.C. 4302'},
    "housing_familial": {"severity": "fail", "reference": 'Fair Housing Act, 42 U.S.C. 3604(c) ; 24 CFR 100.75(c)'},
    "sweepstakes_purchase": {"severity": "fail", "reference": 'FTC Act § 5 ; state lottery laws (prize, chance and consideration) ; 39 U.S.C. 3001(k) (no purchase necessary)'},
    "result_atypical": {"severity": "fail", "reference": "16 CFR 255.2(b) (an endorser's result is taken as typical: the generally expected results must be disclosed) ; FTC Act § 5"},
    "price_fees_excluded": {"severity": "fail", "reference": '16 CFR 464.2 (live-event tickets and short-term lodging: total price) ; FTC Act § 5'},
    "price_terms_missing": {"severity": "fail", "reference": 'FTC Act § 5 (material terms omitted: net impression)'},
    "urgency_false": {"severity": "fail", "reference": "FTC Act § 5 (deceptive urgency) ; 16 CFR 233.1 (former price comparisons) ; FTC staff report Bringing Dark Patterns to Light (2022)"},
    "endorsement_untried": {"severity": "fail", "reference": "16 CFR 255.1(c) (an endorser must be a bona fide user) ; FTC Act § 5"},
    "price_claim_contradicted": {"severity": "fail", "reference": 'FTC Act § 5 (a disclosure cannot contradict the claim it qualifies) ; FTC .com Disclosures (2013)'},
    "free_government": {"severity": "fail", "reference": 'FTC Act § 5 (cost and government affiliation misrepresented) ; 16 CFR 310.3(a)(2)(vii)'},
    "origin_claim_false": {"severity": "fail", "reference": '16 CFR 323.2 (Made in USA: all or virtually all made in the United States) ; FTC Act § 5'},
    "price_up_to_false": {"severity": "fail", "reference": 'FTC Act § 5 ; 16 CFR 233.1 and 233.5 (savings claims)'},
    "savings_guaranteed": {"severity": "fail", "reference": 'FTC Act § 5 ; FTC Policy Statement Regarding Advertising Substantiation (1984)'},
    "terms_denied": {"severity": "fail", "reference": "FTC Act § 5 (a disclaimer cannot contradict the claim) ; FTC v. AT&T Mobility (\"unlimited\" data throttled)"},
    "review_incentive": {"severity": "fail", "reference": "16 CFR 465.4 (buying reviews conditioned on their sentiment) ; 16 CFR 255.2 ; FTC Act § 5"},
    "free_false": {"severity": "fail", "reference": "16 CFR 251.1 (Guide concerning use of the word \"free\") ; FTC Act § 5 ; "
                                                 "Restore Online Shoppers' Confidence Act, 15 U.S.C. 8403 (negative options)"},
    "price_reference_false": {"severity": "fail", "reference": "16 CFR 233.1 (former price comparisons: a price never offered in good faith is fictitious) ; FTC Act § 5"},
    "minor_appeal": {"en": "“{found}” addresses people under 21 (minors, college students) in a sector closed to them ({sector}).",
                     "fr": "« {found} » s'adresse à des moins de 21 ans (mineurs, étudiants) dans un secteur qui leur est fermé ({sector}).",
                     "fix_en": "Remove anything aimed at minors or college students.",
                     "fix_fr": "Retirez toute référence aux mineurs et aux étudiants."},
    "earnings_claim": {"severity": "fail", "reference": "FTC Act § 5 ; 16 CFR 437 (earnings claims) ; FTC Business Guidance Concerning Multi-Level Marketing (2018)"},
    "commercial_missing": {"severity": "fail", "reference": G + " ; " + D101},
    "commercial_insufficient": {"severity": "fail", "reference": D101 + " (#sp, #spon, #collab, thanks, ambassador alone)"},
    "commercial_weak": {"severity": "warn", "reference": D101},
    "relationship_missing": {"severity": "fail", "reference": G + " (employment is a material connection) ; 255.5 ex. 8"},
    "relationship_insufficient": {"severity": "fail", "reference": G + " ; " + D101},
    "mention_after_cut": {"severity": "fail", "reference": "16 CFR 255.0(f) (clear and conspicuous) ; " + D101 + " (above 'more')"},
    "mention_in_hashtag_wall": {"severity": "fail", "reference": D101 + " (not mixed into a group of hashtags)"},
    "mention_behind_cw": {"severity": "fail", "reference": "16 CFR 255.0(f) (unavoidable: not behind a click)"},
    "mention_in_alt_text": {"severity": "fail", "reference": D101 + " (hard to miss: not in alt text or a link preview)"},
    "mention_hidden": {"severity": "fail", "reference": "16 CFR 255.0(f) (unavoidable)"},
    "mention_language": {"severity": "fail", "reference": "16 CFR 255.0(f) ; " + D101 + " (same language as the endorsement)"},
    "mention_invisible": {"severity": "fail", "reference": "16 CFR 255.0(f)"},
    "denial_while_rewarded": {"severity": "fail", "reference": "FTC Act § 5 ; 16 CFR 255.5"},
    "commercial_other_advertiser": {"severity": "fail", "reference": G + " (every material connection) ; FTC Act § 5"},
    "denial_while_employee": {"severity": "warn", "reference": "16 CFR 255.5"},
    "relationship_denied": {"severity": "fail", "reference": G + " ; FTC Act § 5 (deception)"},
    "image_retouched_missing": {"severity": "fail", "reference": "FTC Act § 5 (misleading depiction) ; kit policy"},
    "image_virtual_missing": {"severity": "fail", "reference": "16 CFR 255.1 ; FTC Act § 5 (virtual endorsers)"},
    "sector_banned": {"severity": "fail", "reference": "Sector regulation"},
    "sector_restricted": {"severity": "warn", "reference": "Sector regulation"},
    "sector_age_missing": {"severity": "fail", "reference": "State gambling advertising rules (21+ in most states)"},
    "sector_health_missing": {"severity": "warn", "reference": "Industry codes (responsible drinking)"},
    "length_over_limit": {"severity": "fail", "reference": "Network limit"},
    "mention_obfuscated": {"reference": "16 CFR 255.0(f) (the disclosure is seen: it counts) ; accessibility good practice"},
    "mention_other_advertiser": {"severity": "fail", "reference": G + " (every material connection, to each advertiser) ; FTC Act § 5"},
    "mention_illegible": {"severity": "fail", "reference": "16 CFR 255.0(f) (by its size and contrast, easily noticed, read and understood)"},
    "relationship_advised": {"reference": G + " (good practice: name the connection) ; " + D101},
    "commercial_advised": {"reference": G + " ; " + D101 + " ('Ad' up front is the clearest)"},
    "image_denied": {"severity": "fail", "reference": "FTC Act § 5 (deceptive claim)"},
    "network_unknown": {"severity": "warn", "reference": "—"},
    "virtual_experience": {"reference": "16 CFR 255.1(c) (an endorser must have been a bona fide user) ; FTC Act § 5"},
    "image_virtual_as_real": {"reference": "FTC Act § 5 ; 16 CFR 255.1(c) and 255.2 (an endorsement reflects real experience)"},
}

SECTORS = {
    "general": sector("allowed", ""),
    # no influencer-specific sector bans: FTC rules apply everywhere, plus each sector's own rules
    "cosmetic_surgery": sector("allowed", "FTC Act § 5 (claims must be substantiated)"),
    "therapeutic": sector("restricted", "FTC Act §§ 5 and 12 ; FTC Health Products Compliance Guidance (2022)"),
    "nicotine": sector("restricted", "21 CFR 1143.3 (nicotine warning statement on advertisements)",
                       condition="fda_warning", review=False),
    # cigarette ads carry a Surgeon General's warning (15 U.S.C. 1333), cigar ads one of the FDA's (21 CFR 1143.5)
    # the warning shown and the age limit said: what a text can show of the rules is shown (21 CFR 1140.14: 21+)
    "tobacco": sector("restricted", "15 U.S.C. 1333 ; 21 CFR 1143.5 (required warning statements)", condition="tobacco_warning",
                      cleared=("tobacco_warning_shown", "age")),
    # big cats cannot be kept privately (Big Cat Public Safety Act 2022); primates and others by state law: a human checks it
    "wild_animals": sector("restricted", "Big Cat Public Safety Act (2022) ; Lacey Act ; state exotic-pet laws", cleared=("wildlife_viewing",)),
    "financial_cfd": sector("banned", "Commodity Exchange Act § 2(c)(2) ; 17 CFR Part 5 (CFDs cannot be offered to US retail customers; retail forex only through CFTC-registered dealers)",
                            exempt="us_forex_dealer"),
    "betting_tips": sector("allowed", "FTC Act § 5 (results claims must be substantiated)"),
    # the risks named beside the drug (fair balance) leave nothing the text can show to review: a disclosed med-spa's
    # Botox post that says "ask your provider about risks like bruising" passes (no US ban on the endorsement itself)
    "prescription_medicine": sector("restricted", "21 CFR 202.1 (prescription drug advertising: fair balance, risk information)",
                                    condition="risk_information", cleared=("risk_information",)),
    # the consideration disclosed up front (the commercial mention) and the risk of loss stated: nothing to review
    "crypto": sector("restricted", "Securities Act § 17(b) (touting: disclose the consideration) ; FTC Act § 5 ; state money-transmitter rules",
                     cleared=("loss_risk",)),
    # 21+ and a problem-gambling helpline: the state rules a text can show are shown. The helpline is prescribed (state
    # sports-wagering advertising rules, e.g. N.J.A.C. 13:69C-14.2, and the AGA Code): missing, it is a failure of its own
    "gambling": sector("restricted", "State gambling advertising rules (21+ in most states ; a problem-gambling helpline on every "
                       "advertisement) ; AGA Responsible Marketing Code for Sports Wagering",
                       condition="age", also="gambling_help", cleared=("age", "gambling_help")),
    "alcohol": sector("allowed", "27 CFR Parts 4, 5 and 7 (TTB advertising rules)"),
    # a supplement's structure/function claim with its DSHEA disclaimer is no drug claim (21 U.S.C. 343(r)(6))
    "medicine": sector("restricted", "FTC Act §§ 5 and 12 (OTC drug advertising)", cleared=("us_otc",)),
    # a member firm's associated person speaks for the firm (FINRA Rule 2210); with the risk stated the communication is fair
    # and balanced (2210(d)(1)); an outside promoter's pay and approval are for a reviewer
    "financial": sector("restricted", "SEC and FINRA Rule 2210 (communications with the public) ; Securities Act § 17(b)",
                        # stop 28: anyone's post with the risk of loss stated is fair and balanced on its face (FINRA 2210(d)(1));
                        # a security touted for pay owes its amount (``crypto_17b``)
                        cleared=("deposit_or_risk",), cleared_employee=("investment_risk",)),
    "cpf_training": sector("allowed", ""),
    # a loan, a card, buy now pay later, credit repair: the rules a text can show (Reg Z trigger terms, CROA, FTC Act § 5)
    "consumer_credit": sector("allowed", "TILA and Regulation Z (12 CFR 1026.24) ; FTC Act § 5 ; CROA (15 U.S.C. 1679b)"),
}

CONTENT = {
    "gambling_income": (("gambling", "betting_tips"),
                        "AGA Responsible Marketing Code for Sports Wagering (no promise of financial success) ; FTC Act § 5"),
    "gambling_urgency": (("gambling",), "AGA Responsible Marketing Code for Sports Wagering ; state gambling advertising rules"),
    "gambling_chasing": (("gambling",), "AGA Responsible Marketing Code for Sports Wagering (socially responsible) ; state "
                                        "gambling advertising rules ; FTC Act § 5 (unfair: chasing losses)"),
    "gambling_risk_free": (("gambling", "betting_tips"),
                           "FTC Act § 5 (deceptive: the refund is bonus credit) ; state sports-wagering advertising rules "
                           "(New York, Ohio, Massachusetts: no \"risk-free\" or \"no risk\" wagers)"),
    "minor_appeal": (("gambling", "alcohol", "nicotine", "tobacco"),
                     "State gambling advertising rules (no appeal to persons under 21 ; no marketing aimed at college students, "
                     "e.g. 205 CMR 256) ; AGA Responsible Marketing Code ; 27 CFR 7.54 ; 21 CFR 1140.34 and FD&C Act §§ 906(d), "
                     "911 (tobacco and e-cigarettes: no youth appeal)"),
    "credit_no_checks": (("financial", "consumer_credit"), "FTC Act § 5 ; CFPA, 12 U.S.C. 5531 and 5536 (deceptive: credit "
                                                           "promised whatever the borrower's record)"),
    "credit_apr_missing": (("consumer_credit",), "TILA, 15 U.S.C. 1664 ; Regulation Z, 12 CFR 1026.24(c) and (d) (a payment, a "
                                                 "term or a down payment advertised: the APR and the terms of repayment too)"),
    "credit_irresponsible": (("consumer_credit",), "FTC Act § 5 (deceptive: credit's cost played down) ; CFPA, 12 U.S.C. 5536"),
    "credit_repair": (("consumer_credit",), "Credit Repair Organizations Act, 15 U.S.C. 1679b(a) (no untrue claim of removing "
                                            "accurate information) and 1679b(b) (no payment before the service is performed)"),
    "crypto_unlicensed": (("crypto",), "31 U.S.C. 5330 and 31 CFR 1022.380 (money transmitters register with FinCEN) ; 31 CFR 1022.210 (customer identification) ; FTC Act § 5"),
    "crypto_performance": (("crypto",), "FTC Act § 5 (a one-sided net impression: the gain without the risk) ; Securities Act "
                                        "§ 17(a)"),
    "crypto_guaranteed": (("crypto", "financial", "financial_cfd"),
                          "FTC Act § 5 ; Securities Act § 17(a) (no untrue statement of a material fact)"),
    "alcohol_irresponsible": (("alcohol",), "DISCUS Code of Responsible Practices ; Beer Institute Advertising and Marketing Code (no "
                                            "excessive or irresponsible drinking, no drinking and driving, no claim of athletic "
                                            "performance) ; FTC Act § 5"),
    "alcohol_health": (("alcohol",), "27 CFR 4.64(i), 5.235 and 7.235 (health-related statements in alcohol advertising) ; FTC Act §§ 5 and 12"),
    "alcohol_young": (("alcohol",), "DISCUS Code of Responsible Practices and Beer Institute Advertising and Marketing Code (models and actors 25 or older)"),
    "safety_claim": (("cosmetic_surgery", "medicine", "prescription_medicine"),
                     "FTC Act §§ 5 and 12 (health and safety claims must be substantiated) ; 21 CFR 202.1(e) (risk information)"),
    "wildlife_unlawful": (("wild_animals",), "Big Cat Public Safety Act (2022), 16 U.S.C. 3372(e) (no public contact with big cats or cubs) ; Endangered Species Act, 50 CFR 17.40(e) (ivory)"),
    "health_claim": (None, "FTC Act §§ 5 and 12 ; FTC Health Products Compliance Guidance (2022)"),
    # read in every commercial post, whatever its sector (``packs.claims``): misleading absolute claims
    "claim_efficacy": (None, "FTC Act §§ 5 and 12 (claims need competent and reliable scientific evidence: the substantiation "
                             "doctrine) ; FD&C Act § 201(g)(1) (a product said to cure a disease, regrow hair or melt fat is a drug)"),
    "claim_safety": (None, "FTC Act §§ 5 and 12 (deceptive safety claims) ; FTC Health Products Compliance Guidance (2022)"),
    "claim_sunscreen": (None, "21 CFR 201.327(g) (no \"sunblock\", \"sweatproof\", \"waterproof\" or protection without "
                              "reapplication) ; FTC Act § 5"),
    "claim_environmental": (None, "16 CFR 260.4 (general environmental benefit claims), 260.5 (carbon offsets) and 260.8 (degradable) ; FTC Act § 5"),
    "claim_deposit_insurance": (None, "12 CFR Part 328, subpart B (misrepresenting deposit insurance: 12 U.S.C. 1828(a)(4)) ; "
                                      "FTC Act § 5"),
    # read in every commercial post, whatever its sector (``Check.child_exhortation``)
    "child_exhortation": (None, "CARU Self-Regulatory Guidelines for Children's Advertising (no urging children to buy or to ask "
                                "their parents to buy) ; FTC Act § 5 (unfair practice)"),
    "nicotine_risk_claim": (("nicotine", "tobacco"), "FD&C Act § 911, 21 U.S.C. 387k (no modified-risk claim without an FDA "
                                                     "order) ; 21 U.S.C. 321(g)(1) (a cessation claim makes the product a drug)"),
    "cosmetic_minor": (("cosmetic_surgery",), "FTC Act § 5 (unfair practice aimed at minors) ; FDA premarket approvals of "
                                              "hyaluronic-acid lip fillers (adults over 21 only)"),
    # read in every commercial post (``engine._CONTENT_RULES``): a food ad spoken to children
    "food_children": (None, "CARU Self-Regulatory Guidelines for Children's Advertising (food: no misleading nutrition claim, no "
                            "excessive consumption) ; FTC Act § 5"),
}

#: dietary supplements (an allowed trade): what the content may not say, whatever the disclosure (a true doctor's
#: endorsement is allowed: 16 CFR 255.3)
CONTENT.update({
    "supplement_disease": (("supplement",), "FD&C Act § 201(g)(1) (a product intended to treat or prevent disease is a drug) ; "
                                            "21 CFR 101.93(g) ; FTC Act §§ 5 and 12"),
    "supplement_claim": (("supplement",), "FTC Act §§ 5 and 12 (health claims need competent and reliable scientific evidence) ; "
                                          "FTC Health Products Compliance Guidance (2022)"),
    "supplement_diet": (("supplement",), "FTC Act §§ 5 and 12 (unsubstantiated claim that food cannot meet nutrient needs) ; "
                                         "FTC Health Products Compliance Guidance (2022)"),
    "supplement_fda": (("supplement",), "FTC Act § 5 (FDA does not approve dietary supplements: a false claim of approval) ; "
                                        "21 U.S.C. 321(ff) and 350b"),
})

#: a weight lost by amount and period is no forbidden claim in the US when the generally expected result is told beside it
#: (16 CFR 255.2(b)); in the EU and the UK the rate itself is banned (règl. 1924/2006 art. 12 b; CAP 13.10)
WEIGHT_RESULTS_CLEARED = "typical_results"

#: the US's own reach of a content rule: gambling, alcohol and nicotine are 21+, and most college students are under 21
CONTENT_EXTRA = {"minor_appeal": wordclasses.COLLEGE}

#: a rewarded employee who states the employment up front has disclosed the material connection
#: (16 CFR 255.5: the employment is the connection the programme's reward comes from)
EMPLOYMENT_DISCLOSES_REWARD = True

IMAGES: tuple = ()            # no federal label for retouched or virtual images (FTC Act § 5 only if misleading)
#: a retouched or filtered picture in a beauty product's ad shows an effect the product does not have
BEAUTY_FILTER = "FTC Act § 5 (deceptive depiction of a product's performance) ; 16 CFR 255.1(c) (honest experience)"
#: … when the text points at the result the picture shows ("look at my skin", "flawless after two weeks")
BEAUTY_FILTER_NEEDS_RESULT = True

PHRASES = {
    "en": {"commercial": "Ad: partnership with {brand}", "commercial_nobrand": "Ad",
           "relationship": "I work at {brand}", "relationship_nobrand": "I work for the brand",
           "retouched": "Retouched image", "virtual": "AI-generated image", "age": "21+ only.",
           "health": "Please drink responsibly.",
           "fda_warning": "WARNING: This product contains nicotine. Nicotine is an addictive chemical.",
           "risk_warning": "Capital at risk.",
           "gambling_help": "If you or someone you know has a gambling problem, call 1-800-GAMBLER.",
           "risk_information": "Side effects may include … Ask your doctor about the risks; see the full Prescribing Information.",
           "tobacco_warning": "SURGEON GENERAL'S WARNING: Smoking Causes Lung Cancer, Heart Disease, Emphysema, And May Complicate Pregnancy.",
           "cigar_warning": "WARNING: Cigar smoking can cause cancers of the mouth and throat, even if you do not inhale."},
}

FOREIGN: dict = {}

#: wording id → strength in this jurisdiction, where it differs from the wording's own
STRENGTH: dict = {}

# a label that points elsewhere ("#ad in the comments") is not a label in the post (16 CFR 255.0(f): in the ad itself)
# … nor is one said to stand in the picture or the profile ("the #ad is on the last slide", "all my ads are disclosed on my
# profile"): a label burnt into an image can be cropped and is read by no screen reader (16 CFR 255.0(f): "unavoidable";
# FTC Disclosures 101: not only in a picture, not in the profile alone)
# … nor one whose details are left to a comment ("Sponsored - see first comment for details", "#ad: details in the
# comments"): the connection itself is what the reader must see in the post (16 CFR 255.0(f); CAP 2.1; CMA, hidden ads)
_ELSEWHERE = (r"(?! (?:is |are |)(?:in|see|check) (?:the |my |)(?:first )?(?:comments?|bio|profile|replies|thread))"
              # … or to a later post of the thread ("(#ad info at the end)", "#ad details in the last tweet"): this post,
              # read and shared alone, carries no label (16 CFR 255.0; CAP 2.1: each post obviously identifiable)
              r"(?! (?:info|details|disclosure|more) (?:is |are )?(?:at|in|on) (?:the )?(?:end|bottom|last (?:post|tweet|reply|"
              r"skeet|toot)|final (?:post|tweet)))"
              r"(?! ?[\-:,(|] ?(?:(?:full |more |all )?(?:details|info) (?:are |is )?(?:in|on|below in) (?:the |my )?(?:first |pinned |top )?"
              r"comments?|(?:see|check|read) (?:the |my )?(?:first |pinned |top )?comments? (?:below )?for (?:the |more |full |all )?"
              r"(?:details|info|more)))"
              r"(?!\s*(?:is\s+|are\s+)?(?:(?:disclosed|shown|marked|labell?ed|written|noted|listed)\s+)?(?:in|on|at)\s+"
              r"(?:the\s+|my\s+|this\s+|that\s+)?(?:bottom\s+of\s+the\s+|top\s+of\s+the\s+|corner\s+of\s+the\s+)?"
              r"(?:first\s+|last\s+|second\s+|next\s+)?(?:image|picture|pic|photo|graphic|slide|carousel|profile)s?(?![a-z]))")

# an employer left to the bio ("who I work for is in my bio") is not stated in the post
_IN_BIO = r"(?!,? (?:is |are )?(?:in|on|see|check) (?:my |the )?(?:bio|profile)(?![a-z]))"

#: the verbs of a trade said of one's own work ("I brew at Acme", "I've been cutting hair at Acme", "I code for Acme"): the
#: work done at or for a business is the employment (or the contract) in plain words (16 CFR 255.5: the connection must be
#: clear, not a formula). Not a customer's verbs ("I shop / eat / train / bank / swim at Acme"), which name no connection.
#: A verb and, if any, the object of the trade (base, third person or -ing form: the simple past may be a former job)
WORK_VERBS = (r"(?:brew(?:s|ing)?|bak(?:e|es|ing)|cook(?:s|ing)?|nurs(?:e|es)|teach(?:es|ing)?|bartend(?:s|ing)?|"
              r"tend(?:s|ing)? bar|wait(?:s|ing)? (?:tables|on tables)|waitress(?:es|ing)?|roast(?:s|ing)?|distil(?:s|ling)?|"
              r"distill(?:s|ing)?|pour(?:s|ing)? (?:pints|drinks|coffee|beer|wine)|"
              r"(?:cut|cuts|cutting|do|does|doing|style|styles|styling|colou?r|colou?rs|colou?ring) (?:hair|nails|brows|lashes)|"
              r"intern(?:s|ing)?|serv(?:e|es|ing)|prescrib(?:e|es|ing)|inject(?:s|ing)?|coach(?:es|ing)?|instruct(?:s|ing)?|"
              r"tutor(?:s|ing)?|lectur(?:e|es|ing)|butcher(?:s|ing)?|tattoo(?:s|ing)?)")
#: work a customer also does at a business (a laptop in a café: "I code at Acme every morning") counts said "for" it only
DESK_VERBS = (r"(?:cod(?:e|es|ing)|program(?:s|ming)?|engineer(?:s|ing)?|design(?:s|ing)?|develop(?:s|ing)?|consult(?:s|ing)?|"
              r"freelanc(?:e|es|ing)|moonlight(?:s|ing)?|writ(?:e|es|ing)|edit(?:s|ing)?|report(?:s|ing)?)")
#: money got, in plain words ("get $50", "earn £10", "make a few bucks", "get paid", "get a small cut"); not a saving. Not
#: "a bonus" alone: the corpus decided (section 20, Zest and Orbe) that "I get a bonus for every sign-up" leaves the label owed
_MONEY = (r"(?:get|gets|earn|earns|make|makes|receive|receives|pocket|pockets)(?: paid(?: (?:a little|a bit|something))?| "
          r"(?:a |an )?(?:[$£€] ?\d[\d,.]*k?|\d[\d,.]* ?(?:dollars|bucks|usd|pounds|quid|gbp|euros|eur)|a few (?:bucks|dollars|quid|"
          r"pounds|euros)|a (?:small |little |tiny )?(?:cut|kickback)|"
          # stop 29 (train21e): points or a bill credit counted out ("we both get 500 points") are the same reward in kind
          r"\d[\d,.]* (?:reward |loyalty |bonus )?points|"
          r"(?:a |one )?(?:free|complimentary) (?!(?:shipping|delivery|"
          r"returns|trial)(?![a-z]))[a-z\-]+))"
          r"(?! off| back| cashback| discount| cash back)")
#: the roles "paid" makes a disclosure of (``en.paid_role``)
_PAID_ROLE = (r"(?:ambassador|partner|spokes(?:person|woman|man)|influencer|creator|promoter|endorser|brand rep)s?"
              r"(?![a-z])")
#: what the reader does that pays the author
_TRIGGER = (r"(?:if|when|whenever|once|each time|every time|for (?:every|each)|per) (?:you|your|someone|anyone|a friend|friends|"
            r"friend|people|they|sign[\s\-]?ups?|referrals?|new|person|order|purchase|booking)(?![a-z])")
WORDINGS = [
    # --- commercial disclosure: accepted -----------------------------------------------------
    w("en.ad_hashtag", "commercial", "accepted", r"#ad(?:vert)?" + _ELSEWHERE, lang="en", example="#ad"),
    w("en.ad_label", "commercial", "accepted", r"ad(?=\s*[:|\]\)\-])(?!-[a-z])" + _ELSEWHERE, lang="en", example="Ad: …"),
    w("en.ad_start", "commercial", "accepted", r"ad(?!['\-])(?! ?\?)" + _ELSEWHERE, lang="en", start=True, example="Ad — …"),
    w("en.is_an_ad", "commercial", "accepted", r"(?:ad|advert)(?!['\-])", lang="en",
      before=r"\b(?:is|'s|s|are|was|this|it|post|video)\s+an?\s+$", example="This post is an ad"),
    w("en.advertisement", "commercial", "accepted", r"advert(?:isement|orial)?s?(?: feature)?", lang="en", example="Advertisement"),
    w("en.advertising", "commercial", "accepted", r"#advertising", lang="en"),
    w("en.sponsored", "commercial", "accepted", r"sponsored(?:post|posts|content|video|ad|by\w*)?" + _ELSEWHERE, lang="en",
      example="Sponsored by Acme"),
    w("en.paid", "commercial", "accepted",
      r"paid (?:partnership|partner|post|promotion|promo|collaboration|collab|content|ad|advertisement|endorsement|review|sponsorship|placement|by|"
      r"for(?! (?:my|your|his|her|our|their|the|a|an|it|itself|them|me|us|everything|all)(?![a-z])))s?",
      lang="en", example="Paid partnership with Acme"),
    # not an invoice settled ("I've been paid 9 days faster", "get paid 3x faster"): the author's clients pay, nobody pays for the post
    w("en.being_paid", "commercial", "accepted", r"paid(?! (?:faster|sooner|quicker|on time|late|early|within|in full|"
      r"\d+x|\d+ days|twice as fast|by (?:clients|customers|your clients|my clients)))", lang="en",
      before=r"\b(?:i'm|i am|i was|i've been|i have been|we're|we are|we were|being|got|get|getting|was|were)\s+(?:being\s+)?$"),
    w("en.compensated", "commercial", "accepted", r"compensat(?:ed|ion)", lang="en", example="I was compensated for this post"),
    # "gifted" says a gift, not the points or pay an advocacy programme gives: a reviewer decides
    # "gifted" says a gift with no strings (CMA); a post rewarded with points or pay needs "#ad"
    # "Gifted tinted moisturiser from X", "PR gift from X": the gift told in more words
    w("en.gifted", "ambiguous", "insufficient",
      r"(?:#gifted|gifted (?:to me|product|item)|gifted(?: [a-z'\-]+){1,4} (?:from|by)|pr (?:gift|package|parcel)s?)",
      lang="en", signal=True,
      example="#gifted"),
    # the giver named in words ("Gifted by @acme —", "gifted from Acme:", "Acme sent me"): the reader is told the brand gave
    # it, the material connection a gift is (FTC FAQ: "Company X gave me this product to try" is usually effective; 16 CFR
    # 255.5); a commission beside it is caught apart (``gift_hides_sale``); a bare "#gifted" names nobody and stays
    # ambiguous; the UK asks for "Ad" unless the brand had no say (STRENGTH in uk.py, GIFT_NO_CONTROL)
    # a brand whose name begins with "the" ("Gifted by The Ordinary", "gifted from the team at Acme") names the giver as
    # well; "the" before a family word, a friend or a season names none ("gifted by the in-laws", "from the heart")
    w("en.gifted_by", "commercial", "accepted", r"gifted (?:by|from) (?!(?:my|our|a|an|family|friends?|mom|mum|dad|me)(?![a-z]))"
      r"(?!the (?:family|fam|in[\s\-]?laws|kids|girls|boys|guys|gang|heart|universe|bestie|hubby|husband|wife|"
      r"boyfriend|girlfriend|parents|grandparents|neighbou?rs?|office|secret santa|best|sweetest|loveliest|kindest)(?![a-z]))"
      r"(?:the )?@?[a-z0-9][a-z0-9._\-]*", lang="en", example="Gifted by @acme"),
    w("en.thanks_free", "commercial", "accepted",
      r"thanks?(?: you)?(?: so much)?(?: to)? \S+(?: \S+){0,3} (?:for|4) (?:the |this |these |my |our |a |an |sending (?:me|us) )?(?:free|complimentary|gifted|gift)",
      lang="en", example="Thanks to Acme for the free product"),
    w("en.thanks_sending", "commercial", "accepted",
      # a loan for free is the same consideration told ("thanks to Acme for lending me the car for a week")
      r"thanks?(?: you)?(?: so much)?(?: to)? \S+(?: \S+){0,3} for (?:sending|gifting|giving|lending|loaning) (?:me|us)|"
      # a stay given ("thanks to @visitaruba for hosting my trip", "for hosting us"): the trip's host named as giver
      r"thanks?(?: you)?(?: so much)?(?: to)? \S+(?: \S+){0,3} for (?:hosting|inviting|flying|comping) (?:me|us|my|our)(?![a-z])",
      lang="en"),
    # a free product received for a review, told up front ("I received this blender free from Harbor in exchange for an
    # honest review"): the FTC's own example of the connection said (16 CFR 255.5; FTC FAQ "free product … in exchange for
    # a review")
    w("en.received_free", "commercial", "accepted",
      r"(?:received|got|was (?:sent|given))(?: (?:this|these|it|them|the|a|an|my))?(?: [a-z'\-]+){0,2} (?:for free|free of charge|"
      r"free|complimentary)(?: from| by| in exchange| to review| for (?:an|my) (?:honest )?review|"
      # the giver's programme named in the same sentence ("received this for free through the Acme review program in
      # exchange for my honest opinion", "via their tester club"): the FTC's "free product … in exchange for a review"
      r" (?:through|via|as part of|in)(?= [^.!?\n]{0,60}?(?:(?:review|reviewer|tester|testing|influencer|creator|ambassador|"
      r"vine|sampling|seeding) (?:program|programme|club|panel|community|scheme)|in exchange for)))",
      lang="en", example="I received this blender free from Acme in exchange for an honest review"),
    w("en.free_from", "commercial", "accepted",
      r"(?:free|complimentary) (?:[a-z]+ )?(?:product|sample|trial|item|gift|stay|trip|night|meal|room|ticket|visit|treatment|service|"
      r"menu|dinner|lunch|spa day|massage|session|class|pass)s? "
      r"(?:from|provided by|courtesy of)|"
      # a trip or stay said to be the brand's gift ("Trip courtesy of Solvia Resorts", "stay hosted by @inn"): the free trip,
      # the material connection, told (FTC Disclosures 101: say so "if a brand paid for your trip"; 16 CFR 255.5)
      r"(?:trip|stay|getaway|holiday|vacation|weekend|flights?|hotel stay|accommodation) (?:courtesy of|comped by|"
      r"paid for by|hosted by|provided by|covered by)|"
      # stop 28: the benefit named, then who gave it ("Trip provided by @airline + @tourism", "Meal covered by the hotel",
      # "Tickets comped by X"): the FTC's "a brand paid for your trip" said with the brand as giver (16 CFR 255.5)
      r"(?:trip|trips|stay|meal|meals|dinner|lunch|brunch|tasting|treatment|tickets?|tour|cruise|visit|room|nights?|experience|"
      r"weekend|flights?|hotel|accommodations?|lodging|spa day|class|pass|product|products|sample|samples) (?:was |were |is |are )?"
      r"(?:kindly |generously )?(?:provided|hosted|covered|comped|gifted|supplied|paid for) (?:by|courtesy of)(?![a-z])",
      lang="en"),
    # stop 28: a label opening the post that names the host ("Hosted by @visitmontana", "Hosted by the Alder Inn —"): a
    # hosted trip or stay is the free travel the FTC asks to be told (Disclosures 101: "if a brand paid for your trip"; 16
    # CFR 255.5); only at the post's start ("a webinar hosted by Acme" is an event's organiser, not a gift)
    w("en.hosted_by", "commercial", "accepted", r"hosted (?:stay |trip |visit |meal |dinner )?(?:by|courtesy of|with|at) "
      r"(?:the )?@?[a-z0-9][a-z0-9._\-]*", lang="en", start=True, example="Hosted by @visitmontana"),
    # stop 28: the benefit said of the thing given, with the giver beside it ("Dinner was on the house at Osteria Bianca",
    # "The meal was complimentary: Ostler's invited me", "Complimentary meal, no strings attached", "GlowMed comped my
    # lip filler"): what a business gave the author, in plain words (16 CFR 255.5; FTC Disclosures 101: "say so"); the UK
    # reads it as a gift (``GIFT_WORDINGS``: with no control told, the gift is what consumer law asks to be said)
    w("en.complimentary", "commercial", "accepted",
      r"(?:(?:meal|dinner|lunch|brunch|breakfast|tasting(?: menu)?|menu|stay|room|night|nights|"
      r"drinks|treatment|facial|massage|tickets?|trip|tour|visit|experience|class|session|bottle|wine|cocktails|food|"
      r"everything) (?:was|were|is|are) (?:(?:all|fully|kindly|entirely) )?(?:complimentary|on the house|comped|free of charge|"
      r"on them|gifted)|complimentary (?:meal|dinner|lunch|brunch|breakfast|tasting|menu|stay|room|night|nights|drinks|"
      r"treatment|facial|massage|tickets?|trip|tour|visit|experience|class|session|product|copy|sample)s?(?![a-z])|"
      r"comped (?:my|our|me|us) (?!(?:time|effort|patience)(?![a-z]))[a-z]+)", lang="en", phrase=True,
      example="Dinner was on the house at Osteria Bianca"),
    # the FTC's plain words for what was given and why ("did our backyard for free in exchange for an honest review", "X
    # flew me out", "I work with X as a paid consultant"): the material connection said (16 CFR 255.5; Disclosures 101)
    w("en.free_for_review", "commercial", "accepted",
      r"(?:for free|free of charge|at no cost|at no charge) in exchange for (?:an? |my )?(?:honest |fair |unbiased )?(?:review|opinion|post)",
      lang="en", example="They did our backyard for free in exchange for an honest review"),
    w("en.flew_me", "commercial", "accepted", r"flew (?:me|us) (?:out|in|over|down|up)(?![a-z])", lang="en",
      before=r"(?<![a-z])(?!(?:i|we|my|our|mom|mum|dad|husband|wife|boyfriend|girlfriend|partner|family|friends?|work|job|"
             r"boss|employer|company|who|that)\s)[a-z0-9@&'._\-]+\s+$",
      example="Acme flew me out for the launch"),
    w("en.paid_consultant", "commercial", "accepted",
      r"paid (?:consultant|advisor|adviser)s?(?![a-z])|as (?:a |their |its )?paid ambassador", lang="en",
      example="I work with Acme as a paid consultant"),
    w("en.sent_free", "commercial", "accepted",
      r"(?:sent|gave|given|provided|gifted|lent|loaned)(?: me| us)?(?: [a-z'\-]+){0,3} (?:for free|free of charge|at no cost|"
      r"free (?:to|for|of) (?:review|test|try|keep|charge))|"
      # the thing given said by its pronoun, "free" after it ("Apex sent it free", "Auralis sent them to me free")
      r"(?:sent|gave|given|provided|gifted|lent|loaned) (?:it|them|this|these|one|me|us)(?: to (?:me|us))? free(?![a-z\-])|"
      # the giver named after the free thing ("ARC provided free by @press", "review copy supplied free of charge by X",
      # "sent to me for free by Acme"): the FTC's "Company X gave me this product" in the passive (16 CFR 255.5)
      r"(?:sent|given|provided|supplied|gifted|lent|loaned)(?: to (?:me|us))? (?:free|for free|free of charge|at no cost|"
      r"complimentary|gratis) (?:by|from|courtesy of)(?![a-z])",
      lang="en", example="Acme sent me these for free"),
    # a contest entry told up front: the FTC's own example (16 CFR 255.5, the sweepstakes entry) and its FAQ accept
    # "#contest" and "#sweepstakes" and a tag naming the brand's sweepstakes ("#AcmeSweepstakes"); "#sweeps" is not
    # understood and stays unread
    w("en.contest", "commercial", "accepted", r"#(?:contest|sweepstakes)(?:entry)?|(?:contest|sweepstakes) entry", lang="en",
      example="Contest entry"),
    w("en.brand_sweepstakes", "commercial", "accepted", r"#[a-z0-9_]+(?:contest|sweepstakes)(?:entry)?(?![a-z0-9])",
      lang="en", scan=True, example="#AcmeSweepstakes"),
    w("en.paid_me", "commercial", "accepted", r"(?:paid|pays|pay|paying|compensated|compensates) (?:me|us)", lang="en",
      example="Acme paid me to post this"),
    # the reward for this very post said in plain words ("I'll get programme points for posting this"): like "I was
    # paid for this post", it tells the reader the post is rewarded (16 CFR 255.5; CAP 2.1: the commercial intent is
    # obvious) — not "I earn a commission" on sales, which the UK pack does not accept
    w("en.rewarded_for_post", "commercial", "accepted",
      r"(?:points|bonus|rewards?|credits?|fee)"
      # the scheme paying them named on the way ("points in our ambassador scheme for sharing this")
      r"(?: (?:in|from|through|via|on|with) (?:our|the|their|its|my|an?|[a-z0-9&'\-]+'s) (?:[a-z0-9&'\-]+ ){0,2}"
      r"(?:scheme|programme|program|platform|app|club|network))?"
      r" for (?:posting|sharing|writing|publishing) (?:this|it|these)(?![a-z])",
      lang="en", before=r"\b(?:get|gets|getting|earn|earns|earning|receive|receives|receiving|got|earned|received)\s+"
                        r"(?:[a-z]+\s+){0,2}$", example="I get programme points for posting this"),
    # the reward for this very post said with the post as subject ("this one earns me ambassador points", "this post gets me
    # programme credits"): the consideration for the post told in plain words (16 CFR 255.5; CAP 2.1)
    w("en.post_earns_me", "commercial", "accepted",
      r"(?:earns?|earned|gets?|got|gives?|will earn|wins?) (?:me|us) (?:[a-z]+ ){0,2}(?:points|rewards?|credits?|bonus|fee|cash|money|pay)"
      r"(?![a-z])", lang="en", before=r"\b(?:this one|this post|this video|this reel|this story|posting this|sharing this)\s+$",
      example="this one earns me ambassador points"),
    # stop 28: the reward for this very post said with the author as the one rewarded ("I'm rewarded through our staff advocacy
    # scheme for sharing this", "I get paid per share of this post", "I'm compensated for posting this"): the consideration
    # for the post told in plain words, like "points for posting this" (16 CFR 255.5; CAP 2.1; loi 2023-451 art. 1)
    w("en.rewarded_for_sharing", "commercial", "accepted",
      r"(?:rewarded|paid|compensated|incentivi[sz]ed|credited|awarded points)(?: (?:in|from|through|via|by|on|with|under) "
      r"(?:our|the|their|its|my|an?|[a-z0-9&'\-]+'s) (?:[a-z0-9&'\-]+ ){0,3}(?:scheme|programme|program|platform|app|club|"
      r"network|plan))? (?:for|per) (?:posting|sharing|writing|publishing|each share of|every share of|each post like) "
      r"(?:this|it|these|this post)(?![a-z])",
      lang="en", before=r"\b(?:i'm|i am|i'll be|i will be|i was|i get|i got|we're|we are|we get|being|get)\s+(?:also\s+)?$",
      example="I'm rewarded through our staff advocacy scheme for sharing this"),
    # stop 28: the referral reward named as what it is ("and I get a referral bonus too", "I earn a finder's fee", "we both get a
    # refer-a-friend credit"): "referral" itself says what triggers it — the reader's purchase through the author (16 CFR
    # 255.5; FTC FAQ: "I get commissions for purchases made through links in this post"); the UK reads it as the others
    w("en.referral_bonus_named", "commercial", "accepted",
      r"(?:referral|refer[\s\-]a[\s\-]friend|finder'?s|sign[\s\-]?up|introduction) (?:bonus|reward|fee|"
      r"credit|commission|kickback|payment|perk)s?(?![a-z])"
      # a hire's referral bonus ("I get a referral bonus if you're hired", "… if you mention my name") rewards a hire, not a
      # purchase: no consumer advertising (as ``en.referral_reward``)
      r"(?![^.!?\n]{0,30}?(?:hired|hire|mention my name|apply|applies|join the team|join us|start with us|refer a friend to work))",
      lang="en", before=r"\b(?:i|we|we both|both of us|and i|i also|we also|i'll|we'll|i do|i may)\s+(?:also\s+)?(?:get|gets|earn|"
                        r"earns|receive|receives|make|collect|pocket)\s+(?:(?:a|an|my|the|some)\s+)?(?:small\s+|little\s+)?$",
      example="and I get a referral bonus too"),
    # stop 28: a financial stake in the brand told of oneself ("I'm a (small) angel investor in Pocketbase Labs", "I own
    # shares in X", "I hold equity in X"): a material connection the FTC names (16 CFR 255.5: "a business or family
    # relationship"; FTC FAQ: owning stock), in plain words
    w("en.investor_in", "commercial", "accepted", r"(?:investor|shareholder|stockholder|backer|stakeholder)s? (?:in|of|at)",
      lang="en", before=r"\b(?:i'm|i am|i've been|as)\s+(?:an?\s+|one of the\s+|one of their\s+)?(?:\(?(?:small|tiny|minor|early|seed|"
                        r"angel|private|personal)\)?\s+)*$", example="Disclosure: I'm an angel investor in Acme"),
    w("en.stake_in", "commercial", "accepted", r"(?:shares?|stock|equity|stake) (?:in|of)", lang="en",
      before=r"\bi\s+(?:own|hold|have)\s+(?:a\s+(?:small\s+|tiny\s+|minority\s+)?|some\s+)?$", example="I own shares in Acme"),
    # the connection is money, which "ambassador" alone does not (FTC Disclosures 101; 16 CFR 255.5)
    # The look-ahead only says a role follows within the words the pattern may pass over (its characters: words and
    # separators): it changes no match, and "paid partnership with …" fails at once instead of trying every way of
    # cutting the next three words into pieces (the separators may be empty)
    w("en.paid_role", "commercial", "accepted",
      r"paid (?=[a-z0-9@&'\-\s_.:/()\[\]]*?" + _PAID_ROLE + ")"
      r"(?!(?:my|his|her|their|our|your|the|a|an|for|off|back|to|in|by|with|it|them|him|me|us|up|out)(?![a-z]))"
      r"(?:[a-z0-9@&'\-]+ ){0,3}" + _PAID_ROLE, lang="en", example="I'm a paid Acme ambassador"),
    # --- weak ------------------------------------------------------------------------------------
    w("en.partnership_with", "commercial", "weak", r"(?:partnership|partnering|partnered) with", lang="en",
      example="In partnership with Acme"),
    w("en.affiliate", "commercial", "insufficient", r"(?:#affiliate|affiliate links?)", lang="en"),
    # the commission said in words, whoever the sentence's subject ("links earn me a small commission", "#CommissionsEarned"):
    # the FTC's own example of an adequate affiliate disclosure ("I get commissions for purchases made through links in
    # this post", Endorsement Guides: What People Are Asking); the UK pack does not accept it (CAP: "Ad")
    w("en.commissions_earned", "commercial", "accepted",
      r"(?:#commissionsearned|commissions? earned|(?:earns?|earned|gets?|makes?|pays?) (?:me|us) (?:a )?(?:small |tiny |little )?commissions?)",
      lang="en", example="Links in this post earn me a small commission"),
    # FTC Endorsement Guides FAQ: "I get commissions for purchases made through links in this post" is adequate;
    # "affiliate link" alone may not be understood (weak above). The UK pack does not accept it (CAP: "Ad")
    w("en.earn_commission", "commercial", "accepted",
      # the rate told ("I earn 20% commission on referrals") is the same commission, more precisely said
      r"(?:earn|get|receive|make|collect)s? (?:a )?(?:small |tiny |little )?(?:\d+(?:\.\d+)? ?(?:%|per ?cent) )?commissions?",
      # the author's own clause joined by "and" ("I'm an independent Lumivie distributor and earn commission on sales")
      lang="en", before=r"\b(?:(?:i|we|i'll|we'll|i may|we may|i might|i do|i will|i'd|author|creator)|(?:i'm|i am|we're|we are|i|we)"
                        r"\b[^.!?\n]{0,60}\band)\s+$",
      example="I earn a commission on purchases through this link"),
    # the seller's role and its commission in one breath ("I'm an independent Lumivie distributor and earn commission on
    # sales", "consultant who gets commission"): the FTC's direct-selling guidance — the business tie stated, as 255.5 asks
    # stop 30 (helper sound30): an insurance agent's appointment with the carrier and the commission in one breath ("I'm
    # appointed with Acme Insurance and earn a commission on policies I write"): the carrier's tie and its pay stated up
    # front, as 16 CFR 255.5 asks (FTC FAQ: "I get commissions …" is adequate); the UK asks for "Ad" (uk.STRENGTH)
    w("en.agent_commission", "commercial", "accepted",
      r"(?:appointed|contracted|licensed) (?:with|by|to sell for) (?:[a-z0-9&'\-]+ ){1,4}(?:and|&) (?:i |we )?(?:earn|get|receive|make|"
      r"collect)s? (?:a )?(?:small )?commissions?", lang="en",
      example="I'm appointed with Acme Insurance and earn a commission on policies I write"),
    w("en.seller_commission", "commercial", "accepted",
      r"(?:distributor|consultant|representative|rep|seller|reseller|stockist|affiliate)s? (?:and|who|that) (?:i |we )?"
      r"(?:earn|get|receive|make|collect)s? (?:a )?(?:small |tiny |little )?commissions?",
      lang="en", example="I'm an independent Lumivie distributor and earn commission on sales"),
    # the referral reward said in plain words, with what triggers it ("I get store credit when you use my code", "we
    # earn points each time a friend signs up"): like the FTC FAQ's "I get commissions for purchases made through links in
    # this post", it tells the reader the author gains from their purchase (16 CFR 255.5); the UK asks for "Ad"
    w("en.referral_reward", "commercial", "accepted",
      r"(?:credits?|bonus|rewards?|points|money off) (?:[a-z]+ ){0,2}"
      r"(?:when|if|each time|every time|whenever|for every|for each) (?:you|someone|anyone|a friend|friends|people|they)(?![a-z])"
      # a hiring referral ("a referral bonus if you're hired") rewards a hire, not a purchase: no consumer advertising
      r"(?!(?:'re|'s| are| is| get| gets| got| were| do get)? hired)",
      lang="en", before=r"\b(?:i|we|i'll|we'll|i also|we also|and)\s+(?:get|gets|earn|earns|receive|receives|make|collect)\s+"
                        r"(?:(?:a|some|store|account|a small|a little)\s+)?(?:[$€£]?\s?\d+\s+)?"
                        # the reward named for what it is ("I get a referral bonus if you buy through me")
                        r"(?:(?:referral|refer[\s\-]a[\s\-]friend|finder'?s?|introduction|sign[\s\-]?up)\s+)?$",
      example="I get store credit when you use my referral code"),
    # the referral payment said in plain words, with what triggers it, after it or before it ("I get $50 if you sign up",
    # "I make a few bucks if you buy through my link", "if you book through my link I get $40", "sign up with my link and
    # we both get $25"): like the FTC FAQ's "I get commissions for purchases made through links in this post", it tells
    # the reader the author gains from their purchase (16 CFR 255.5). Not the reader's own bonus ("you get $50"), nor a
    # discount or cashback the author got ("I got $50 off", "I get $50 back every year"); the UK asks for "Ad"
    w("en.money_if_you", "commercial", "accepted", _MONEY + r"(?:[^.!?\n]{0,40}?)(?<![a-z])" + _TRIGGER,
      lang="en", before=r"\b(?:i|we|we both|both of us|you and i|you and i both|and i|i also|we also|i'll|we'll)\s+$",
      example="I get $50 if you sign up with my link"),
    w("en.if_you_money", "commercial", "accepted", _MONEY, lang="en",
      before=r"\b(?:if|when|whenever|once|sign up|signup|join|subscribe|order|book|buy|register)\b[^.!?\n]{0,60}?"
             r"\b(?:and |, ?)?(?:i|we|we both|both of us)\s+$",
      example="If you sign up with my link I get $50"),
    # the reward said beside the referral instrument it comes from ("Referral link, and yes we both get $500 once your
    # system is installed", "my referral code (I get a free month too)"): the link and the gain in one breath tell the
    # reader the author profits from their purchase, in plain words (16 CFR 255.5; FTC Disclosures 101: "plain words"); the
    # UK asks for "Ad" (STRENGTH there)
    w("en.referral_money", "commercial", "accepted", _MONEY, lang="en",
      before=r"\b(?:referral|invite|refer[\s\-]a[\s\-]friend|affiliate|my)\s+(?:links?|codes?)\b[^.!?\n]{0,30}?"
             r"(?:\b(?:and|yes|so)\b[,\s]*){0,3}(?:i|we|we both|both of us|you and i)\s+$",
      example="My referral link: we both get $50 credit"),
    # a line opening "Disclosure:" that says what the brand did for the author ("Full disclosure: Bella Notte comped our
    # dinner", "Disclosure: the visitors bureau covered my lodging", "Disclosure: Acme loaned me the unit"): the word itself
    # announces the connection and the verb names it, whatever the object (16 CFR 255.5; FTC Disclosures 101: "say so in
    # plain words"); a negation in the line ("Disclosure: nobody paid me") is no disclosure. The UK asks for "Ad"
    w("en.disclosure_says", "commercial", "accepted",
      r"(?:(?:full|fair|quick|honest|brand|transparency|small|usual|standard) disclosure|disclosure) ?[:\-\u2013\u2014] ?"
      r"(?:(?!(?:not|no|nobody|never|nothing|didn't|did not|doesn't|does not|wasn't|was not|isn't|without|bought|paid for it "
      r"myself)(?![a-z]))[^.!?\n]){0,70}?(?<![a-z])(?:paid|pays|pay|covered|covers|comped|comps|gave|gives|gifted|provided|"
      r"provides|loaned|loans|lent|lends|sent|sends|hosted|hosts|invited|sponsored|sponsors|sponsoring|flew|treated|"
      r"(?:i|we) (?:get|earn|receive|got|received|make)|(?:is|are) (?:a )?(?:clients?|sponsors?|partners?) of)(?![a-z])",
      lang="en", example="Full disclosure: Acme comped our dinner"),
    w("en.paid_tag", "commercial", "weak", r"#paid", lang="en", example="#paid"),
    # a promotion at work is no label ("got promoted", "Six months later: promoted, £15k pay rise", "promoted to manager")
    w("en.promoted", "commercial", "weak",
      r"(?<!got\s)(?<!was\s)(?<!been\s)(?<!get\s)(?<!being\s)promoted(?: by)?(?![\s,]+(?:to\s|£|\$|€|\d|and\s|with\s|at\s))",
      lang="en", example="Promoted by Acme"),
    # stop 29 (train21f): the brand said to pay the author for each reader who joins ("Tri-Valley gives me a $50 bill credit for
    # each neighbor who signs up with my code"), or the author's own gain owned in plain words ("so yes, I get something
    # too"): the material connection told (16 CFR 255.5; FTC Disclosures 101: plain words); the UK asks for "Ad"
    w("en.brand_credits_me", "commercial", "accepted",
      r"(?:gives|pays|sends|credits|owes|gave|paid) (?:me|us) (?:a |an )?(?:[$€] ?\d[\d,.]*|\d[\d,.]* ?(?:dollars|bucks|points))"
      r"(?: [a-z\-]+){0,3}? (?:for (?:each|every)|per|when|if|whenever|each time|every time)(?![a-z])",
      lang="en", example="Acme gives me a $50 credit for each friend who signs up"),
    w("en.get_something", "commercial", "accepted",
      r"(?:get|gets|make|earn) something (?:too|as well|also|out of (?:it|this|that)|for (?:it|this|that|referrals?|each|every))(?![a-z])",
      lang="en", before=r"\b(?:i|we|i do|i also|we also)\s+$", example="so yes, I get something too"),
    # the present tense tells the same gift ("Acme sends me their razors", "they give me free cases"); "gives me" alone is
    # what a product does ("it gives me energy") and says no gift
    # the affiliate statement Amazon's programme asks its associates to make ("As an Amazon Associate I earn from qualifying
    # purchases"): it tells the reader the author earns from their purchase, as the FTC FAQ's "I get commissions for
    # purchases made through links in this post" does (16 CFR 255.5); the UK asks for "Ad" (STRENGTH there)
    w("en.earn_from_purchases", "commercial", "accepted",
      r"earn (?:money |a (?:small )?(?:fee|cut) )?from (?:qualifying |your |any )?(?:purchases|sales|orders)|"
      # stop 28: a seller's earnings from what the reader buys ("I earn from what I sell", "I make money on everything you
      # order through me"): the direct seller's tie, told (16 CFR 255.5; FTC guidance on multi-level marketing)
      r"(?:earn|make (?:money|a living|an income|a commission)) (?:from|on) (?:what|everything|anything|whatever) "
      r"(?:i sell|i sold|you buy|you order|people buy|is sold|sells)", lang="en",
      before=r"\b(?:i|we|i may|we may|i might|i do)\s+$", example="As an Amazon Associate I earn from qualifying purchases"),
    # a stay, a meal or a trip given for content, said in plain words ("my stay was comped", "the resort hosted me … in
    # exchange for content"): the free trip the FTC asks the author to say (Disclosures 101; 16 CFR 255.5)
    # the author's trade with the brand said up front ("I'm an independent insurance agent appointed with Harbor Mutual",
    # "authorized dealer for X"): the reader knows the author sells for it (16 CFR 255.5 "say so"); the UK asks for "Ad"
    w("en.agent_for", "commercial", "accepted",
      r"(?:agent|broker|distributor|reseller|dealer|representative)s? (?:appointed |contracted |licensed |authori[sz]ed )?"
      r"(?:with|for|of|by)(?![a-z])", lang="en",
      before=r"\b(?:independent|licensed|authori[sz]ed|appointed|captive|exclusive)\s+(?:(?:insurance|sales|travel|mortgage|"
             r"real estate|health|life|medicare)\s+)?$",
      example="I'm an independent insurance agent appointed with Harbor Mutual"),
    w("en.comped", "commercial", "accepted",
      r"(?:was|were|got|been|is|are) (?:fully |partly |partially )?comped(?![a-z])|(?:hosted|comped) (?:me|us)(?![a-z])"
      r"(?=[^.!?\n]{0,60}?(?:in exchange for|for (?:content|coverage|a post|posts|a review)))|in exchange for (?:content|coverage|"
      r"(?:a |some |my )?(?:posts?|reviews?|videos?|reels?|stories|promotion))(?![a-z])", lang="en",
      example="My stay was comped: the resort hosted me in exchange for content"),
    w("en.sent_me", "commercial", "accepted", r"(?:sent|sends|gave|gifted|provided|loaned|loans|lent|lends) (?:me|us)|gives (?:me|us) (?:free|complimentary)",
      lang="en", example="Acme sent me this serum"),
    # the brand paying for the author's trip or stay, said with the brand as payer ("Aruba Tourism paid for my trip"): the
    # material connection in plain words (FTC Disclosures 101: "say so … if a brand paid for your trip"; 16 CFR 255.5) —
    # not the author's own purchase ("I finally paid for my trip")
    w("en.paid_for_my_trip", "commercial", "accepted",
      r"(?:paid|pays|paying|covered|covers|comped|hosted) (?:for )?(?:my|our) (?:whole |entire |)"
      r"(?:\d+ )?(?:trip|stay|flights?|hotel|travel|visit|holiday|vacation|room|tickets?|getaway|weekend|accommodation|nights?|"
      r"meals?|speaking fee|fee|expenses|dinner|lunch|brunch|breakfast|tasting|drinks|lodging|accommodations|tours?|"
      r"tab|bill|ticket|entry)(?![a-z])",
      lang="en", before=r"(?<![a-z])(?!(?:i|we|i've|we've|just|finally|already|also|actually|literally|even|myself|ourselves|"
                        r"parents|mom|mum|dad|husband|wife|boyfriend|girlfriend|partner|family|friends?|grandma|grandpa|"
                        r"boss|work|job|employer|company|who|that)\s)[a-z0-9@&'._\-]+\s+(?:(?:kindly|generously)\s+)?$",
      example="Acme Tourism paid for my trip"),
    # the business link stated in plain words ("Full disclosure: Harborline is a client of my agency", "they're a
    # longtime client of mine"): the material connection told (16 CFR 255.5; FTC Disclosures 101: "say so"); the UK's
    # "Ad" is still asked (STRENGTH there)
    w("en.client_of_mine", "commercial", "accepted",
      r"(?:is|are|they're|it's|he's|she's|has been|have been) (?:a |an |one of )?(?:(?:paying|longtime|long-time|current|big|key) )?(?:clients?|customers?) of "
      r"(?:mine|ours|my (?:agency|firm|company|studio|consultancy|business)|our (?:agency|firm|company|studio|consultancy))(?![a-z])",
      lang="en", example="Full disclosure: Harborline is a client of my agency"),
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
    # "my friends at X": a connection the words leave unclear, neither a label nor the job (16 CFR 255.5: clear)
    w("en.friends_at", "ambiguous", "insufficient", r"(?:friends|pals|buddies|mates|fam|besties) (?:at|@|over at)(?![a-z0-9])",
      lang="en", before=r"\b(?:my|our)\s+(?:[a-z]+\s+)?$", example="my friends at Acme"),
    w("en.courtesy", "ambiguous", "insufficient", r"courtesy of", lang="en"),
    # --- commercial words: not a disclosure; negated they are a denial ----------------------------
    w("en.word_ad", "word", "none", r"(?:ad|ads)(?!')", lang="en"),
    w("en.word_sponsor", "word", "none", r"sponsor\w*", lang="en"),
    w("en.word_paid", "word", "none", r"paid", lang="en"),
    w("en.word_affiliated", "word", "none", r"affiliat\w*", lang="en"),
    # --- explicit denials -----------------------------------------------------------------------------
    w("en.denial_hashtag", "denial", "none", r"#(?:not|non|no) ?(?:an? )?(?:ad|sponsored|sponsor|spon|paid)", lang="en",
      example="#notsponsored"),
    w("en.unsponsored", "denial", "none", r"unsponsored", lang="en"),
    # "unpaid" beside the gift the text tells denies money, not the gift (engine ``_PAY_WORDS``)
    w("en.unpaid", "denial", "none", r"unpaid", lang="en"),
    # a label taken back in the same breath ("#ad (but not really lol)", "sponsored, jk") makes it confusing: the reader is
    # told it is not really advertising (16 CFR 255.0(f): clear and unambiguous; FTC Act § 5 deception; CAP 2.1)
    w("en.ad_taken_back", "denial", "none",
      r"(?:#ad|ad|#sponsored|sponsored|#spon|paid\s+partnership)\s*[(,\-]?\s*(?:(?:but|well|ok|okay)[\s,]+)?"
      r"(?:not\s+really|kinda\s+not|not\s+actually|just\s+kidding|jk|only\s+technically)(?![a-z])",
      lang="en", example="#ad (but not really)"),
    # … or played down before it is given ("ok technically #ad but honestly they just sent it over"): the reader is told
    # the tie is a formality (16 CFR 255.0(f) and Disclosures 101: clear, not downplayed; CAP 2.1)
    w("en.ad_technically", "denial", "none",
      r"technically\s+(?:an?\s+)?(?:#ad|ad|#sponsored|sponsored|#spon|paid)(?![a-z])\s*[(,\-]?\s*"
      r"(?:but|though|lol|haha|i guess)(?![a-z])",
      lang="en", example="technically #ad but"),
    w("en.bought_myself", "denial", "none",
      r"(?:bought|paid for|purchased) (?:it|this|these|them|my \w+)? ?(?:myself|with my own money|with my own cash|out of my own pocket)",
      lang="en", example="I bought it myself"),
    # "ad?? lol no": the word asked about and answered no is a denial, not a label
    w("en.ad_question_no", "denial", "none", r"(?:#ad|ad|an ad|sponsored|paid) ?\?+ (?:lol |lmao |haha |ha |nah )?(?:no|nope|nah|not)",
      lang="en", example="ad?? lol no"),
    # advertising refused in a phrase ("ads? not my thing", "no ads on this account", "I don't do sponsored posts")
    w("en.ads_refused", "denial", "none",
      r"(?:(?:ads|sponsored posts|sponsorships|brand deals|paid posts|collabs)\s*[,:\-?]?\s*(?:are )?(?:not|never) (?:really )?(?:my|our) "
      r"(?:thing|style|vibe)|(?:no|zero) (?:ads|sponsored posts|sponsorships|brand deals|paid posts) (?:here|on this (?:account|page|feed))|"
      r"(?:don't|do not|never) (?:do|take|accept) (?:ads|sponsored posts|sponsorships|brand deals|paid posts))(?![a-z])",
      lang="en", example="ads? not my thing"),
    w("en.nobody_paid", "denial", "none", r"(?:nobody|noone)(?:'s| is)? (?:paid|pays|paying|sponsor\w*)", lang="en",
      example="Nobody paid me to say this"),
    w("en.no_one_paid", "denial", "none", r"one(?:'s| is)? (?:paid|pays|paying|sponsor\w*)", lang="en", before=r"\bno\s+$"),
    # --- employment relationship ---------------------------------------------------------------------------
    # "there" once the post has named the brand ("Orchid & Vine: 40% off … (I work there, so I'm biased)")
    w("en.i_work", "relationship", "accepted", r"work(?:ed|ing)? (?:at|for|here|there)(?![a-z0-9])" + _IN_BIO, lang="en", scan=True,
      before=r"\b(?:i|i'm|i am|i've|i have|i've been|i have been|i currently|i proudly|i still|i now|(?<!used\s)to|love|loving|enjoy|"
             r"enjoying)\s+$",
      example="I work at Acme"),
    # the employer left to the bio ("who I work for is in my bio"): the post itself does not state it (16 CFR 255.5: in
    # the endorsement; CPUTR Sch. 1 para 22; the ASA/CMA guide: a bio is not the post)
    w("en.work_in_bio", "ambiguous", "insufficient",
      r"(?:who|where|which company|what company|the company) i (?:work|worked) (?:for|at)?,? ?(?:is |are )?(?:in|on|see|check) "
      r"(?:my )?(?:bio|profile)", lang="en", example="Who I work for is in my bio"),
    # an employee who says the job is over ("as someone who used to work at Acme", "a former Acme employee"): a current
    # connection denied, the author posing as an outsider (16 CFR 255.5; directive 2005/29/CE annex I pt 22; CPUTR Sch. 1
    # para 22)
    w("en.used_to_work", "relationship", "none",
      r"used to (?:work|" + WORK_VERBS + "|" + DESK_VERBS + r")(?: (?!at|for|with)[a-z\-]+){0,2} (?:at|for|with)(?![a-z0-9])|"
      r"formerly (?:worked|employed) (?:at|for|with|by)(?![a-z0-9])|"
      r"(?:former|ex-|ex) (?:employee|staffer|team member|insider)s? (?:of|at|from)(?![a-z0-9])", lang="en",
      example="As someone who used to work at Acme"),
    # an employee saying they are not one: a denial of the connection, never a disclosure
    w("en.not_work", "relationship", "none",
      r"(?:don't|do not|didn't|did not|never|no longer) work(?:ed)? (?:at|for|with)(?![a-z0-9])", lang="en",
      before=r"\bi\s+$", phrase=True, example="I don't work for Acme"),
    w("en.i_work_hashtag", "relationship", "accepted", r"#iwork(?:at|for)", lang="en"),
    # not a price's or a policy's unit ("£4 per employee", "for every employee", "your employees' payslips"): someone
    # else's staff, no statement of the author's own job (16 CFR 255.5; CPUTR Sch. 1 para 22 ask for the author's link)
    w("en.employee", "relationship", "accepted", r"employee", lang="en", example="Acme employee",
      before=r"(?<!per\s)(?<!each\s)(?<!every\s)(?<!your\s)(?<!their\s)(?<!any\s)(?<!/)$"),
    w("en.employee_suffix", "relationship", "accepted", r"#[a-z0-9_]+employee(?![a-z0-9])", lang="en", scan=True,
      example="#AcmeEmployee"),
    w("en.employed", "relationship", "accepted", r"employed (?:by|at|with)", lang="en"),
    w("en.staff_member", "relationship", "accepted", r"staff member (?:at|of|@)", lang="en"),
    w("en.been_at", "relationship", "accepted", r"been (?:at|with) [a-z0-9@&'\-]+ (?:for|since)(?![a-z0-9])", lang="en",
      scan=True, before=r"\b(?:i've|i have|i'd)\s+$", example="I've been at Acme for 5 years"),
    w("en.joined_team", "relationship", "accepted", r"joined (?:the )?\S+(?: \S+)? team", lang="en",
      before=r"\b(?:i|i've|i have|since i|when i)\s+$"),
    w("en.lifeat", "ambiguous", "insufficient", r"#(?:lifeat|teamlife|team)[a-z0-9_]*(?![a-z0-9])", lang="en", scan=True,
      example="#LifeAtAcme"),
    w("en.employer", "relationship", "accepted", r"employer", lang="en", before=r"\b(?:my|our)\s+$", example="my employer"),
    w("en.team_at", "relationship", "accepted", r"team (?:at|@)(?![a-z0-9])", lang="en", scan=True,
      before=r"\b(?:my|our)\s+$", example="my team at Acme"),
    w("en.team_member", "relationship", "accepted", r"team member (?:at|of|@)(?![a-z0-9])", lang="en", scan=True,
      example="I am a team member at Acme"),
    w("en.colleagues_at", "relationship", "accepted", r"(?:colleagues|coworkers|co-workers) (?:at|@)", lang="en",
      before=r"\b(?:my|our)\s+$"),
    w("en.part_of", "relationship", "accepted", r"part of (?:the )?\S+(?: \S+)? team", lang="en",
      before=r"\b(?:i'm|i am|proud to be|happy to be)\s+$"),
    w("en.role_at", "relationship", "accepted",
      r"(?:i'm|i am|i've been) (?:a|an|the) (?:[a-z'\-]+ ){0,3}(?:at|@) [a-z0-9@]", lang="en", scan=True,
      example="I'm an engineer at Acme"),
    # employment in natural words (16 CFR 255.5: the connection must be clear, not the formula)
    w("en.on_team", "relationship", "accepted", r"on (?:the |our )?[a-z0-9@&'\-]+(?: [a-z0-9@&'\-]+){0,2} team(?![a-z0-9])",
      lang="en",
      before=r"\b(?:i'm|im|i am|i've been|i have been|i was|i work|i sit|i'm now|i am now|being|i joined)\s+$",
      phrase=True, example="I'm on the Acme team"),
    w("en.part_of_team", "relationship", "accepted",
      r"part of (?:the |our )?\S+(?: \S+){0,3} (?:team|group|crew|family|squad|staff)(?![a-z0-9])", lang="en",
      before=r"\b(?:i'm|im|i am|proud to be|happy to be|i've been|i have been|being|to be)\s+$",
      phrase=True, example="I'm part of Acme's partnerships team"),
    w("en.at_brand_we", "relationship", "accepted",
      r"at @?[a-z0-9&'\-]+(?: [a-z0-9&'\-]+)?,? (?:we|we've|we're|we have|we are|our team|my team)(?![a-z0-9'])", lang="en",
      phrase=True, example="At Acme we just launched…"),
    w("en.we_at", "relationship", "accepted", r"we (?:here )?at @?[a-z0-9][a-z0-9&'\-]*", lang="en", phrase=True, example="We at Acme…"),
    w("en.as_role_at", "relationship", "accepted", r"as (?:a |an |the )?(?:[a-z'\-]+ ){0,3}(?:at|@) @?[a-z0-9][a-z0-9&'\-]*",
      lang="en", before=r"(?:^|[.!?\n,]|\bi work|\bi)\s*$", phrase=True, example="As a designer at Acme, …"),
    w("en.i_lead_at", "relationship", "accepted",
      r"(?:lead|run|manage|head|direct|coordinate)s? (?:[a-z'\-]+ ){0,3}(?:at|@) @?[a-z0-9][a-z0-9&'\-]*",
      lang="en", before=r"\bi\s+$", phrase=True, example="I lead partnerships at Acme"),
    w("en.brand_role", "relationship", "accepted",
      r"(?:i'm|i am|im) @?[a-z0-9&\-]+'s (?:[a-z\-]+ ){0,3}(?:head|lead|director|manager|engineer|designer|ceo|cto|cfo|vp|"
      r"founder|co-founder|intern|employee|chief|officer|developer|marketer|analyst|specialist|team|rep|representative)",
      lang="en", scan=True, phrase=True, example="I'm Acme's head of growth"),
    w("en.founder_of", "relationship", "accepted",
      r"(?:co-?founder|founder|ceo|cto|coo|cfo|cmo|president|managing director|head of [a-z]+) (?:of|at|@) @?[a-z0-9][a-z0-9&'\-]*",
      lang="en", phrase=True, example="CEO of Acme"),
    # the author's own business ("my own paid newsletter", "my own shop"): the owner's connection said plainly (16 CFR 255.5)
    w("en.my_own_business", "relationship", "accepted",
      r"my own (?:[a-z\-]+ ){0,2}(?:newsletter|business|company|firm|brand|shop|store|podcast|channel|agency|studio|clinic|"
      r"practice|label|bakery|brewery|salon|app|course|service)s?(?![a-z])", lang="en", example="my own paid newsletter"),
    # a family tie to the brand told in the post ("my wife owns it", "my brother brews it", "it's my sister's shop"): the
    # connection is the text's own, whatever the context says (16 CFR 255.5: a family relationship is material; DMCC Sch. 20
    # para 22); it counts only where it is seen
    w("en.family_tie", "relationship", "accepted", common.FAMILY_TIE_EN,
      lang="en", example="full disclosure: my wife owns it"),
    w("en.joined_brand", "relationship", "accepted", r"joined @?[a-z0-9&'\-]+ (?:in|last|as|back|this|\d+)(?![a-z0-9])", lang="en",
      before=r"\b(?:i|i've|i have|since i|when i)\s+$", phrase=True, example="Since I joined Acme in 2019"),
    w("en.my_job_at", "relationship", "accepted",
      r"(?:my|our) (?:job|role|work|position|internship|day job|first (?:year|month|week)|[0-9]+ years?) (?:at|with|@) @?[a-z0-9][a-z0-9&'\-]*",
      lang="en", phrase=True, example="My job at Acme"),
    w("en.here_at", "relationship", "accepted", r"here at @?[a-z0-9][a-z0-9&'\-]*", lang="en", phrase=True,
      before=r"(?:^|[.!?\n,]|\bwe|\bus|\bi|\bi'm|\bi work|\bteam)\s*$", example="Here at Acme, we…"),
    w("en.at_brand_i", "relationship", "accepted",
      r"at @?[a-z0-9&'\-]+,? (?:i lead|i run|i manage|i head|i work|i help|i build|i design|i look after|i'm responsible)",
      lang="en", phrase=True, example="At Acme, I lead design"),
    w("en.with_brand", "relationship", "accepted", r"(?:i'm|i am|i've been) (?:now )?with @?[a-z0-9][a-z0-9&'\-]* (?:as|since|for)",
      lang="en", phrase=True, example="I'm with Acme as a designer"),
    w("en.staffer", "relationship", "accepted", r"(?:staffer|team member|teammate|insider|crew member)s?", lang="en",
      before=r"\b(?:[a-z0-9&\-]+|proud|an?|as an?)\s+$", phrase=True, example="Acme staffer here"),
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

#: the employment said around the brand's own name (16 CFR 255.5: the connection must be clear, not the
#: formula). ``{b}`` is the brand as written (folded, a possessive allowed), ``{h}`` the brand squeezed into
#: a hashtag; a third item, if any, is what must end right before the match (the search starts at the brand).
#: Tried only when an employee's post owes the link and no other wording states it.
_ROLES = (r"(?:engineer|developer|designer|employee|staffer|manager|barista|baker|rep|representative|adviser|advisor|"
          r"consultant|nurse|mechanic|technician|intern|analyst|lead|director|chef|cook|driver|pharmacist|associate|"
          r"agent|scientist|researcher|writer|editor|marketer|product manager|pm|founder|ceo|buyer|stylist|trainer|"
          r"coach|teacher|recruiter|accountant|banker|planner|architect|operator|specialist|team member|insider|maintainer|"
          r"core maintainer|contributor|salesperson|account executive|account manager|sales rep|brewer|distiller|winemaker|vintner|"
          r"sommelier|bartender|journalist|reporter|correspondent|columnist|croupier|trader|broker|dentist|hygienist|"
          r"aesthetician|injector|tobacconist|prescriber|nurse prescriber|physio|physiotherapist|therapist|receptionist|"
          r"roaster|cashier|server|waiter|waitress|florist|butcher|optician|optometrist|paralegal|lawyer|attorney|solicitor|"
          r"doctor|surgeon|vet|veterinarian|midwife|carer|caregiver|instructor|tutor|lecturer|librarian|clerk|teller|"
          r"concierge|sous-chef|pastry chef|line cook|barber|hairdresser|colou?rist|nail tech|beautician|tattooist|"
          r"photographer|copywriter|programmer|machinist|electrician|plumber|carpenter|installer|surveyor|paramedic|"
          r"chiropractor|osteopath|dermatologist|cellar master|cheesemaker|maltster|head brewer)s?")
#: the people at a business who are not its staff: its customers and visitors, said in the plural and in the singular
NOT_STAFF = (r"(?:customers|clients|regulars|members|patients|users|fans|subscribers|guests|shoppers|diners|visitors|followers|"
             r"students|pupils|parents|investors|shareholders|winners|people|folks|ones|attendees|participants|tenants|"
             r"residents|passengers|riders|readers|viewers|listeners|players|runners|donors|backers|testers|reviewers|"
             r"influencers|ambassadors|creators|partners|finalists|locals|punters|patrons|owners|buyers|friends|kids|"
             r"families|couples|newbies|beginners|climbers|swimmers|golfers|gymgoers|drinkers|eaters|sellers|vendors|hosts)")
NOT_STAFF_ONE = (r"(?:customer|client|regular|member|patient|user|fan|subscriber|guest|shopper|diner|visitor|follower|student|"
                 r"pupil|parent|mum|mom|dad|investor|shareholder|winner|local|punter|patron|owner|buyer|friend|newbie|"
                 r"beginner|long-time|longtime|loyal|happy|satisfied|proud|former|ex|retired|seller|vendor|host|"
                 r"ambassador|influencer|creator|partner)")
#: who does the work ("I", "we've been", "I'm still") and what the trade works on, if anything ("pints", "hair"), up to "at"
_SUBJECT = (r"(?<![a-z'])(?:i|we|i've been|we've been|i have been|we have been|i'm|we're|i am|we are)"
            r"(?: still| now| currently| also| proudly| mostly| actually| happily| usually)? ")
_TRADE_OBJECT = r"(?: (?!(?:my|our|his|her|their|at|for)(?![a-z]))[a-z\-]+){0,4} "
BRAND_WORDINGS = [
    # the trade's work said "there" after the brand is named ("Copper Kettle will be pouring … (I brew there, so I'm
    # biased.)", "Acme's new menu is out. I cook there, so take it with salt"): the employment in plain words (16 CFR
    # 255.5; CPUTR Sch. 1 para 22); not a customer's verbs ("I shop / eat there")
    ("en.brand_work_there", r"{b}(?=[^\x00]{0,200}?(?<![a-z'])(?:i|we)(?: still| also| actually| now)? (?:" + WORK_VERBS +
     r"|work|worked)(?: (?!(?:my|our)(?![a-z]))[a-z\-]+){0,2} there(?![a-z]))"),
    # a sign-off in the house's name closing the post ("— the Crumb & Co team", "Love, the Acme crew"): the post is the
    # business's own (16 CFR 255.5; CPUTR Sch. 1 para 22)
    ("en.brand_team_signoff", r"(?:the |all of us at |everyone at |love from |love,? the |cheers,? the )?{b} (?:team|crew|staff|family|gang)"
                              r"(?=[^a-z0-9]*$)", r"(?:^|[\n\u2014\u2013~|]|- |xx?,? |love,? |cheers,? |thanks,? )\s*"),
    # not "#AcmeFam" / "#AcmeFamily": a brand's fan community tags itself so, customers included (16 CFR 255.5 asks for
    # a connection the reader understands)
    ("en.brand_hashtag_team", r"#{h}(?:team|employees?|staff|crew|insider|colleagues?)(?![a-z0-9])"),
    ("en.brand_role", r"(?:i'm|i am|im|i've been|as) (?:a|an|the|one of the) (?:[a-z\-]+ )?{b} (?:[a-z\-]+ )?" + _ROLES + r"(?![a-z])"),
    ("en.at_brand_we", r"(?:at|@) ?{b},? (?:we|we've|we're|we have|we are|our team|my team|i)(?![a-z0-9'])"),
    # "At Acme, our new course starts …", "At Acme, this year's harvest of our chardonnay …": the sentence that opens on the
    # brand speaks of its products as "our", the business's own voice (16 CFR 255.5; CPUTR Sch. 1 para 22)
    ("en.at_brand_our", r"at {b},? (?:[a-z0-9'\-]+ ){0,5}?our(?![a-z0-9])", r"(?:^|[.!?\n:\x02|])\s*"),
    ("en.works_at_brand", r"(?:works?|working|worked) (?:at|for|with) {b}"),
    ("en.proud_at_brand", r"(?:proud|happy|lucky|glad|thrilled) to (?:be|work) (?:at|with|for|part of) {b}"),
    ("en.part_of_brand_team", r"part of (?:the )?{b} (?:[a-z\-]+ ){0,2}(?:team|crew|staff|family|squad)(?![a-z])"),
    # "Acme colleague here": a UK retailer's word for its staff, said of the author by "here" (16 CFR 255.5; CPUTR Sch. 1 para 22)
    ("en.brand_team_here", r"{b} (?:[a-z\-]+ )?(?:team|crew|staff|staffer|colleague|" + _ROLES + r")s?(?: member)? here(?![a-z])"),
    # not "the barista at Acme was lovely" (someone else's job)
    # nor a past job ("used to cook at Acme", "former barista at Acme"): the verb "to cook" is no role
    ("en.role_at_brand", r"(?<!the )(?<!a )(?<!an )(?<!their )(?<!this )(?<!that )(?<!her )(?<!his )(?<!your )(?<!one )"
                         r"(?<!to )(?<!former )(?<!ex-)(?<!ex )(?<!retired )"
                         + _ROLES + r" (?:[a-z\-]+ ){0,2}(?:at|@) {b}"),
    ("en.run_brand_team", r"(?:i|we) (?:help |helped )?(?:run|lead|manage|head|joined|am on|work on|work in|sit on|sit in|belong to) "
                          r"(?:the |our )?{b} (?:[a-z\-]+ ){0,2}(?:team|crew|staff|squad|group)(?![a-z])"),
    ("en.from_brand_team", r"from (?:the |all of us (?:at|on) (?:the )?|everyone (?:at|on) (?:the )?|us at )?{b} (?:[a-z\-]+ ){0,2}"
                           r"(?:team|crew|staff|family)(?![a-z])"),
    ("en.rest_of_brand", r"(?:the rest of|of us (?:on|at)|all of us (?:on|at)) (?:the )?{b}(?![a-z])"),
    ("en.me_and_brand_team", r"me and (?:the rest of )?(?:the |my )?{b} (?:[a-z\-]+ ){0,2}(?:team|crew|staff|colleagues)(?![a-z])"),
    # the author runs the brand's own shop or branch ("I manage the Acme on 5th St", "I run the Acme store in Leeds"): a
    # customer manages none; the connection is plain (16 CFR 255.5; CPUTR Sch. 1 para 22)
    ("en.manage_the_brand", r"(?:i|we) (?:help |helped )?(?:manage|run|managed|ran|look after|own|co-own|franchise) (?:the|our|this|a) "
                            r"{b}(?![a-z])"),
    # the author's own work made at the brand ("the wing I helped design at Carver Architects", "the app we built at
    # Acme"): who designs or builds there works there, the connection is plain (16 CFR 255.5; CPUTR Sch. 1 para 22). A
    # work done, not a habit: "I code at Ridgeline Coffee every morning" is a customer at a table
    ("en.made_at_brand", r"(?:i|we) (?:(?:helped|help|got to) (?:to )?(?:design|build|engineer|develop|code|prototype)|designed|built|"
                         r"engineered|developed|prototyped) (?:[a-z\-]+ ){0,2}?(?:at|for) {b}"),
    # the brand's own work called "ours" ("Our 2025 Northbridge Advisory CFO Pulse survey is out", "our Acme engineering
    # team"): a study, a report or a team of the brand that the author calls theirs speaks from inside it (16 CFR 255.5;
    # CPUTR Sch. 1 para 22). Not "our Tesla", "our Acme plan": a customer's family owns a car or a plan
    ("en.our_brand_work", r"(?:our|my company's) (?:(?:19|20)\d\d |new |latest |annual |first |quarterly |yearly )?{b} "
                          r"(?:[a-z0-9\-]+ ){0,3}?(?:survey|report|study|research|index|pulse|benchmark|white ?paper|practice|"
                          r"results|earnings|engineering|engineers|researchers|analysts|interns|graduates|colleagues|offices?|"
                          r"headquarters|hq)(?![a-z])"),
    # a new role at the brand said of oneself ("Kellner & Shaw is launching an ESG practice, and I'm joining it as a
    # director"; "I'm joining Acme as head of data")
    ("en.joining_as", r"(?:i'm|i am|im|i'll be) joining (?:it|them|the team|{b})(?: [a-z\-]+){0,2} as (?:a |an |the |its |their )?"
                      r"(?:[a-z\-]+ ){0,2}" + _ROLES + r"(?![a-z])"),
    ("en.on_staff_at", r"(?:on (?:the )?staff|on the payroll|on the team) (?:at|of|with|for) {b}"),
    ("en.someone_who_at", r"(?:someone|one of the (?:people|folks|engineers|team)) who (?:builds?|makes?|works? on|designs?|writes?|"
                          r"runs?|works?) (?:it |this |them |the [a-z\-]+ )?(?:at|for) {b}"),
    # the job told in a clause on the brand's name ("Harbor Analytics, where I lead data engineering, …", "at Kelpie Labs,
    # where I run the support team"): the connection in plain words (16 CFR 255.5; CPUTR Sch. 1 para 22). Not "where I
    # bank / shop / eat" (a customer's)
    ("en.where_i_work_brand", r"{b},? (?:where|at which) i (?:currently |now |proudly |still )?(?:work|worked|'ve worked|have worked|"
                              r"lead|run|manage|head|intern|interned|started|joined|teach|code|engineer|design|build|"
                              r"look after|spend my (?:days|weekdays|working days)|'m (?:a|an|the|on the|part of)|am (?:a|an|the|on the|part of)|"
                              r"(?:have|'ve) (?:been|spent) (?:the last |the past )?(?:\d+|two|three|four|five|six|ten|a few|several)"
                              r" (?:years|months))(?![a-z])"),
    # "my team from Acme" says the same team at Acme (a customer has no team at a brand)
    ("en.our_team_at_brand", r"(?:my|our) (?:[a-z\-]+ ){0,2}(?:team|colleagues|coworkers|crew)"
                             # stop 28: the team's field between ("my team in device finance at Ridgeline")
                             r"(?: (?:in|on|for)(?: [a-z&\-]+){1,3}?)? (?:at|@|from) ?{b}"),
    # stop 28: a trade said of oneself on the brand's team ("I'm a recruiter on the Ridgeline talent team"): the job and the
    # employer in plain words (16 CFR 255.5; CPUTR Sch. 1 para 22)
    ("en.role_on_brand_team", r"(?:i'm|i am|im|as) (?:a|an|the|one of the) (?:[a-z\-]+ ){0,2}" + _ROLES + r" (?:on|in|with) (?:the |our )?"
                              r"{b} (?:[a-z\-]+ ){0,2}(?:team|crew|staff|squad|department|desk)(?![a-z])"),
    # the staff's own work, scheme or place said "at" the brand ("our 2024 impact report at Acme", "our Sharesave scheme
    # at Acme", "my team's work at Acme"): no customer has a report, a share scheme or a roadmap at a brand (16 CFR
    # 255.5: the connection in plain words). Not "our stay / dinner / order at Acme" (a customer's)
    ("en.our_work_at_brand", r"(?:my|our) (?:team's |teams' )?(?:[a-z0-9\-]+ ){0,3}(?:report|results|project|projects|work|"
                             r"library|codebase|code|roadmap|launch|release|research|lab|department|initiative|mission|"
                             r"programme|program|scheme|plan|pension|benefits|perks|culture|values|engineers|designers|"
                             r"colleagues|managers|interns|apprentices|graduates|offsite|all-hands|hackathon|quarter|"
                             r"targets|pipeline|stores|branches|sites|warehouse|factory|kitchen|office|offices|hq) (?:here )?(?:at|@) ?{b}"),
    # the team, then what it did for the brand ("so proud of my team: we shipped the new Acme dashboard")
    ("en.my_team_we_brand", r"(?:my|our) (?:[a-z\-]+ )?team(?:'s)?(?! (?:is|are|was|were) (?:playing|winning|losing))[^.!?\n]{0,40}?"
                            r"(?<![a-z'])(?:we|we've|we have) (?:just |finally |officially )?(?:shipped|launched|released|built|"
                            r"rebuilt|redesigned|delivered|finished|opened|published|rolled out|put live)(?: [a-z0-9'\-]+){0,7} {b}"),
    ("en.job_at_brand", r"my (?:day |full[\s\-]time |actual )?job (?:is )?(?:at|with) {b}"),
    ("en.years_building_brand", r"(?:i've|i have|i) (?:spent|spend) (?:the (?:last|past) )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
                                r"many|several) (?:years?|months?) (?:building|making|designing|working on|engineering) {b}"),
    # one of the brand's staff, said with "one of" or the team's trade ("I'm one of the maintainers at Trellis",
    # "I'm on the sales team at Acme", "I work in Acme's design studio", "part of the partnerships team at Acme here"): the
    # connection in plain words (16 CFR 255.5)
    ("en.one_of_roles_at", r"(?:i'm|i am|im|as) one of (?:the|our|its|their) (?:[a-z\-]+ )?" + _ROLES + r" (?:at|@|of|for|on) {b}"),
    # any trade in the plural ("I'm one of the nurse prescribers at Acme", "one of the roasters at Acme"): the words of
    # a group the author belongs to at the brand, unless they name its customers ("one of the regulars / patients at Acme")
    ("en.one_of_trade_at", r"(?:i'm|i am|im|as) one of (?:the|our|its|their) (?!(?:[a-z\-]+ ){0,2}" + NOT_STAFF + r"(?![a-z]))"
                           r"(?:[a-z\-]+ ){0,2}[a-z\-]+s (?:at|@|for) {b}"),
    # the trade's own work said at the brand ("I brew at Acme, so I'm biased", "I've been cutting hair at Acme for six
    # years", "full disclosure: I code for Acme"): the employment in plain words (16 CFR 255.5; CPUTR Sch. 1 para 22)
    # (the search starts at "at/for" + the brand, the rare part; the subject and the verb are what must end right before it)
    ("en.work_verb_at_brand", r"(?:at|@) ?{b}", _SUBJECT + WORK_VERBS + _TRADE_OBJECT),
    ("en.work_verb_for_brand", r"for {b}", _SUBJECT + r"(?:" + WORK_VERBS + "|" + DESK_VERBS + ")" + _TRADE_OBJECT),
    # the trade said "for" the brand ("I'm a sales rep for Acme", "I've been a nurse for Acme for 10 years"): the job named,
    # the brand it is done for (16 CFR 255.5); a customer names no trade ("I'm a big fan of Acme", "a regular for Acme")
    ("en.role_for_brand", r"(?:i'm|i am|im|i've been|i have been|i work as|i'm now|i am now) (?:a|an|the|one of the) "
                          r"(?:[a-z\-]+ ){0,2}" + _ROLES + r" for {b}"),
    # a trade, the brand, "here", opening its sentence ("Receptionist at Acme here 👋", "Nurse prescriber at Acme here"):
    # how staff sign a post; not a customer's ("long-time regular at Acme here")
    ("en.trade_at_brand_here", r"(?:at|@) {b} here(?![a-z])",
     r"(?:^|[.!?\n:\x02|\-])\s*(?:one of (?:the|our) (?!(?:[a-z\-]+ ){0,2}" + NOT_STAFF + r"(?![a-z])))?"
     r"(?!(?:[a-z\-]+ ){0,2}" + NOT_STAFF_ONE + r"(?![a-z]))(?:[a-z\-]+ ){0,2}[a-z\-]+ "),
    ("en.on_trade_team_at", r"(?:(?:i'm|i am|im|i work|i sit) (?:on|in|with)|part of) (?:the|our) (?:[a-z\-]+ ){0,2}(?:team|department|crew|"
                            r"studio|group|squad) (?:at|@|of|for) {b}"),
    ("en.work_in_brand_place", r"(?:i|we)(?: (?:work|worked|am working|have worked|have been working|still work)|'ve (?:worked|been working)) "
                               r"(?:in|on) (?:the )?{b} (?:[a-z\-]+ ){0,2}(?:team|studio|"
                               r"department|office|shop|store|lab|kitchen|warehouse|factory|workshop|"
                               # stop 28: the trade's own rooms ("I've worked in the Fenwick Ales brewhouse for nine years")
                               r"brewhouse|bakehouse|cellar|cellars|distillery|winery|roastery|dairy|mill|taproom|bar|cafe|"
                               r"restaurant|bakery|salon|clinic|pharmacy|garage|workshop|yard|depot|plant|site|atelier|"
                               r"showroom|stockroom|dispatch|call centre|call center|contact centre|newsroom)(?![a-z])"),
    # stop 28: the time the author has spent in the brand's work, said with a team, a workplace or the work itself ("Four years
    # on the menu development team at Pippin & Crust", "Three years of playtesting at Hopscotch Games", "six years in the
    # kitchen at Acme"): a tenure told is the employment in plain words (16 CFR 255.5; CPUTR 2008 Sch. 1 para 22; DMCC Act
    # 2024 Sch. 20). Not a customer's years ("two years of shopping at Acme", "five years with them")
    ("en.tenure_at_brand", r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a few|several|many) "
                           r"(?:years?|months?|seasons?|summers?) (?:(?:on|in|with) (?:the |our |a )?(?:[a-z&'\-]+ ){0,3}?(?:team|kitchen|"
                           r"floor|line|crew|studio|lab|brewhouse|bakehouse|cellar|workshop|warehouse|office|department|desk|counter|"
                           r"shop floor|tills?)|of (?!(?:shopping|eating|drinking|banking|ordering|buying|using|training|swimming|"
                           r"climbing|lifting|dining|staying|visiting|going|being|coming|bingeing|reading|listening|watching|"
                           r"playing|wearing|driving|riding|flying|saving|investing|booking)(?![a-z]))[a-z\-]+ing(?: [a-z\-]+){0,3}?) "
                           r"(?:at|@) ?{b}"),
    # stop 28: the house's own thing brought out by the brand ("our new game comes out at Hopscotch", "our range launches at
    # Acme"): no customer calls the brand's product "ours" while it releases it (16 CFR 255.5; CPUTR Sch. 1 para 22)
    ("en.our_thing_out_at", r"our (?:[a-z0-9'\-]+ ){1,4}?(?:is out|comes out|came out|launches|launched|drops|dropped|ships|shipped|"
                            r"lands|landed|releases|is released|goes on sale|hits shelves)(?: [a-z0-9'\-]+){0,3}? (?:at|from|with|by) {b}"),
    # stop 28: the author runs the house, with how long or since when ("I've run the Saltmarsh Deli for six years", "we've
    # been running Acme since 2012"): the owner or manager speaks (16 CFR 255.5; CPUTR Sch. 1 para 22). Not an app run ("I've
    # run Acme app for years")
    ("en.run_the_brand_for", r"(?:i|we)(?:'ve| have)? (?:run|been running|managed|been managing|co-run|ran|managed) (?:the )?{b}"
                             r"(?! app(?![a-z]))(?: [a-z\-]+){0,2}? (?:for (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
                             r"eleven|twelve|fifteen|twenty|a few|several|many|over|nearly|almost|about|more than|the (?:last|past))|"
                             r"since (?:19|20)\d\d)(?![a-z])"),
    ("en.with_brand_team", r"(?:i'm|i am|im) (?:with|on|in) (?:the )?{b} (?:[a-z\-]+ ){0,2}(?:team|crew|staff|squad)(?![a-z])"),
    ("en.work_in_at_brand", r"(?:i|i'm|i am|i've|i have) (?:work|working|worked|been working) (?:in|on) (?:[a-z&\-]+ ){1,3}(?:at|for) {b}"),
    # stop 30 (helper sound30): the employment in other plain words (16 CFR 255.5; CPUTR 2008 Sch. 1 para 22; DMCC Act 2024
    # Sch. 20): a tenure in the brand's own team ("I've been in Acme's analytical chemistry team for 7 years"), a post at
    # its desk ("I'm on reception at Acme Clinic"), a range or programme the author looks after there ("I look after the
    # Christmas range at Acme Cellars"), the trade said "there" once the brand is named ("Acme's new clinic opens … I'm the
    # medical director there"), a signature line with the trade and the brand ("Communications Manager, Acme Water",
    # "— CEO, Acme"), and the brand's shop called "ours" by its street or town ("Our Acme store on Route 9")
    ("en.in_brand_team", r"(?:i've been|i have been|i'm|i am|im|i've worked|i have worked|i work|i worked|i sit) (?:in|on|with|part of) "
                         r"(?:the )?{b} (?:[a-z&\-]+ ){0,3}(?:team|department|lab|labs|group|crew|division|unit)(?![a-z])"),
    ("en.on_desk_at_brand", r"(?:i'm|i am|im|i work|i've been|i have been) on (?:the )?(?:reception|front desk|front of house|tills?|"
                            r"checkouts?|shop floor|switchboard|help ?desk|phones|door|pass|counter) (?:at|@|for|in) {b}"),
    ("en.look_after_at_brand", r"(?:i|we) (?:look after|manage|run|buy|curate|source|plan|put together|oversee|lead) (?:the|our) "
                               r"(?:[a-z0-9'\-]+ ){0,3}(?:range|ranges|collection|collections|list|menu|selection|buying|category|"
                               r"programme|program|offers?|scheme|line-up|lineup) (?:at|for|@) {b}"),
    ("en.brand_role_there", r"{b}(?=[^\x00]{0,300}?(?<![a-z'])(?:i'm|i am|im) (?:the|a|an|one of the) (?:[a-z\-]+ ){0,2}"
                            + _ROLES + r" there(?![a-z]))"),
    ("en.signature_role_brand", r"(?:[a-z\-]+ ){0,3}" + _ROLES + r",? (?:at |@ )?{b}(?=\s*(?:$|\n))",
     r"(?:^|\n)\s*(?:[\-~]+\s*)?"),
    ("en.our_brand_venue_in", r"(?:my|our) {b} (?:store|shop|branch|showroom|boutique|restaurant|salon|bakery|pharmacy|dealership|"
                              r"clinic|office|taproom|cafe) (?:in|on) (?!(?:the|a|an|my|our|town|that|this|there)(?![a-z]))[a-z0-9]"),
    # the author made or runs the business ("I founded Acme", "I run Acme (a paid newsletter)", "we co-founded Acme"): the
    # connection in plain words (16 CFR 255.5; CPUTR 2008 Sch. 1 para 22). Not "I run Acme every morning" (an app in use)
    ("en.founded_brand", r"(?:i|we)(?: (?:founded|co-?founded|cofounded|own|run|built)|'ve (?:run|owned|built|been running)) {b}"
                         r"(?! (?:app|every|each|daily|on|at|in|through|with|for|twice|once)(?![a-z]))"),
    # the business started by the author, told by where or when it began ("I started Acme Tea at my kitchen table in
    # 2019", "we launched Acme from our garage", "I set up Acme back in 2015"): a founder's connection in plain words
    # (16 CFR 255.5; CPUTR 2008 Sch. 1 para 22; CAP 2.1: the commercial nature obvious from the context); not "I started
    # Acme's plan" nor "I started Acme last week" (a customer's start)
    ("en.started_brand", r"(?:i|we)(?: (?:started|launched|set up|co-?founded)|'ve (?:started|launched)) {b}(?!'s)(?= (?:at|on|in|from|out "
                         r"of) (?:my|our|the|a) (?:[a-z\-]+ )?(?:kitchen|garage|bedroom|spare room|living room|front room|flat|"
                         r"apartment|dorm|shed|basement|attic|loft|dining|table)|(?: [a-z]+){0,3} (?:in|back in) (?:19|20)\d\d(?![0-9])|"
                         r" from scratch| as a side)"),
    ("en.brand_pays_me", r"{b} (?:pays|signs) my (?:salary|wages|paycheck|paycheque|pay ?check)"),
    ("en.employed_by_brand", r"(?:i'm |i am |i've been )?employed (?:by|at) {b}|my employer,? {b}"),
    ("en.visit_us_booth", r"(?:visit|find|see|meet|come see) us at (?:the )?{b} (?:booth|stand)"),
    # the team's work said at the brand: "we're hiring at Acme", "we've been baking at Acme since 6am" (no customer
    # hires, builds or bakes at a brand)
    # the product built by the author's own hands ("we've been building Acme for two years", "I design Acme's app")
    ("en.we_build_brand", r"(?:building|built|build|designing|designed|design|developing|developed|develop|engineering|"
                          r"coding|shipping|shipped) {b}",
     r"(?<![a-z'])(?:i|we|i've|we've|i have|we have|i'm|we're|i am|we are)(?: been| now| still| also){0,2} "),
    ("en.we_work_at_brand", r"(?:at|@) ?{b}",
     r"(?<![a-z'])(?:we|we're|we are|we've been|we have been)(?: now| currently| also| busy| still){0,2} "
     r"(?:hiring|recruiting|growing|expanding|building|launching|shipping|baking|brewing|designing|developing|making|"
     r"cooking|working|opening|staffing up)(?: [a-z0-9'\-]+){0,2} "),
    # what the team just did, said at the brand ("we just open-sourced our parser at Acme", "we've finally shipped v2 at
    # Acme"): the author speaks for the brand's staff
    ("en.we_just_did_at_brand", r"(?:at|@) ?{b}",
     r"(?<![a-z'])(?:we|we've|we have)(?: just| finally| officially| recently| now){1,2} "
     r"(?:open[\s\-]?sourced|released|shipped|launched|published|rolled out|opened|announced|rebuilt|rewrote|redesigned|"
     r"migrated|moved|switched|upgraded|hired|onboarded|deployed)(?: [a-z0-9'\-]+){0,5} "),
]
#: the places a brand's staff work in: who runs, manages or staffs one of them works for the brand the post names
VENUES = (r"(?:store|shop|branch|location|outlet|restaurant|bakery|kitchen|counter|franchise|boutique|salon|studio|"
          r"warehouse|depot|taproom|brewery|diner|food truck|dealership|showroom|pharmacy|hotel|front desk|till|checkout)s?")
_VENUE_WORDS = ("store", "shop", "branch", "location", "outlet", "restaurant", "bakery", "kitchen", "counter", "franchise",
                "boutique", "salon", "studio", "warehouse", "depot", "taproom", "brewery", "diner", "truck", "dealership",
                "showroom", "pharmacy", "hotel", "desk", "till", "checkout")
#: the business's own voice about what it makes, serves or runs ("we mashed in our winter porter", "I'll be pouring our new
#: Oatmeal Stout", "our 12-week evening course starts", "we'd love your honest review", "if you shop with us"): no customer
#: speaks of the house's brew, course or counter as theirs, nor asks the reader to shop with them (16 CFR 255.5; CPUTR
#: Sch. 1 para 22; the family's "our" — "our family tried", "we love X" — is no such voice)
_OUR_THING = (r"(?:stout|porter|ale|ipa|lager|beer|brew|cider|wine|vintage|cuvee|roast|blend|bread|loaf|loaves|menu|dish|special|"
              r"course|cohort|programme|program|track|bootcamp|syllabus|curriculum|release|collection|range|line|product|service|"
              r"feature|store|shop|taproom|tasting room|location|restaurant|bakery|pharmacy|clinic|studio|salon|brewery|distillery|"
              r"winery|outcomes|tap list|taps|"
              # stop 28: a studio's or a maker's own goods ("our new co-op board game", "our latest backpack")
              r"game|board game|app|book|novel|album|record|single|film|podcast|pie|tart|cake|sauce|chutney|gin|whisky|"
              r"backpack|bag|jacket|shoe|bike|tent|candle|tea|coffee|recipe)s?(?![a-z])")
VOICE_EN = (r"(?<![a-z'])(?:(?:we|we'll|we're|we've|we will|we are|we have)(?: just| now| also| finally| officially| all)?(?: be)? "
            r"(?:pouring|poured|serving|brewing|brewed|mashed in|mashing in|baking|baked|roasting|roasted|distilling|distilled|"
            r"bottling|bottled|canning|canned|tapping|tapped|stocking|launching|launched|releasing|released|shipping|shipped|"
            r"publishing|published|opening|opened) (?:our|the|a|an|\d)|"
            r"our (?:new|latest|next|first|winter|summer|autumn|fall|spring|seasonal|limited|flagship|signature|house|own|"
            r"(?:\d+|one|two|three|four|six|eight|ten|twelve)[\s\-](?:week|month|day|hour))(?: [a-z0-9'\-]+){0,3}? " + _OUR_THING + "|"
            r"(?:shop|order|book|bank|dine|stay|eat) (?:with|from) us(?![a-z])|(?:leave|give|write) us (?:a|an|your) "
            r"(?:[a-z0-9\-]+ )?review|review us(?![a-z])|we'd love (?:your|an?) (?:honest |quick |real )?reviews?|"
            r"(?:including|like|such as|try|visit|at) ours(?![a-z])|ours (?:on|in|at) [a-z])")
#: a trade said of oneself ("I'm the head brewer", "as one of the nurses", "I'm one of the brewers"): with the business's
#: voice in the same post it says the author works there, without the brand beside it
ROLE_SELF_EN = (r"(?:i'm|i am|im|i've been|i have been|i work as|as) (?:a|an|the|one of the|one of our|our|its|their|head) "
                r"(?!(?:[a-z\-]+ ){0,2}" + NOT_STAFF + r"(?![a-z]))(?:[a-z\-]+ ){0,2}" + _ROLES + r"s?(?![a-z])"
                r"(?! (?:told|said|says|explained|recommended|suggested|gave|who|was|is)(?![a-z]))")
EMPLOYMENT_NEAR_BRAND = [  # (id, pattern, words one of which every match holds)
    # the trade said of oneself and the business's voice in the same post, in either order ("I'm the head brewer, and I'll
    # be pouring our new Oatmeal Stout", "Brew day at Fellside: I'm one of the brewers, and this morning we mashed in our
    # winter porter"): the author speaks from inside the business (16 CFR 255.5; CPUTR 2008 Sch. 1 para 22; DMCC Act 2024
    # Sch. 20). A trade with a customer's "our" ("as a nurse, our family loves X") is no such statement
    ("en.role_with_voice", ROLE_SELF_EN + r"(?=[^\x00]{0,220}?" + VOICE_EN + ")", ("i'm", "i am", "im", "i've", "i have", "i work",
                                                                                 "as")),
    ("en.voice_with_role", VOICE_EN + r"(?=[^\x00]{0,220}?(?<![a-z'])" + ROLE_SELF_EN + ")", ("we", "we'll", "we're", "we've",
                                                                                           "our", "shop", "order", "book",
                                                                                           "leave", "give", "write", "review",
                                                                                           "we'd", "including", "ours")),
    # a trade signed "here" at a sentence's start, with the house called "ours" or "us" ("Community pharmacist here 👋 … walk
    # in at most pharmacies, including ours on Mill Lane … ask us"): a staff member's signature (16 CFR 255.5)
    ("en.role_here_ours", r"(?:(?<=^)|(?<=^ )|(?<=[.!?\n\x02:|] )|(?<=[.!?\n\x02:|]))(?!(?:[a-z\-]+ )?" + NOT_STAFF_ONE + r"(?![a-z]))"
                          r"(?:[a-z\-]+ )?" + _ROLES + r"s? here(?![a-z])(?=[^\x00]{0,300}?(?:(?<![a-z'])(?:including|like|such as|"
                          r"try|visit|at) ours(?![a-z])|ours (?:on|in|at) [a-z]|(?:ask|call|visit|message|email) us(?![a-z])|"
                          r"(?:with|from) us(?![a-z])))", "here"),
    # the house's place said "mine" with its town ("My store in Dayton raised $11,300"): a manager's words, no customer's
    # ("my local store" is not matched: a word between) (16 CFR 255.5)
    ("en.my_venue_in", r"(?:my|our) (?:store|shop|restaurant|bakery|pharmacy|dealership|salon|taproom|showroom|boutique) "
                       r"(?:in|on) (?!(?:the|a|an|my|our|town|that|this|there)(?![a-z]))[a-z]", ("my", "our")),
    # the business's own voice asking for the reader's custom or review ("We'd love your honest review", "if you shop
    # with us", "leave us a review"): the post is plainly the business's (16 CFR 255.5; CPUTR Sch. 1 para 22)
    ("en.house_asks", r"(?:(?:if you |come |please )?(?:shop|order|book|dine|stay) (?:with|from) us(?![a-z])|(?:leave|give|write) us "
                      r"(?:a|an|your) (?:[a-z0-9\-]+ )?review|review us(?![a-z])|we'd love (?:your|an?) (?:honest |quick |real )?reviews?)",
     ("shop", "order", "book", "dine", "stay", "leave", "give", "write", "review", "we'd")),
    # the author founded the house, named by its kind ("I founded the company in 2009", "we started the bakery in 2015")
    ("en.founded_the_house", r"(?:i|we) (?:co-?founded|cofounded|founded|started|set up|opened) (?:the|this) (?:company|business|"
                             r"shop|bakery|brewery|studio|firm|brand|restaurant|cafe|distillery|winery|clinic|practice|agency|"
                             r"startup|store)(?![a-z])|"
                             # stop 28: the founding act told of a house ("I signed the lease on a tiny shop", "we opened the
                             # doors of our bakery", "I opened my own salon"), with the brand named in the post (_NEEDS_NAME)
                             r"(?:i|we) (?:signed (?:the|a|our|my) lease (?:on|for)|opened the doors (?:of|to)|got the keys (?:to|for)) "
                             r"(?:the|this|a|an|my|our) (?:[a-z\-]+ ){0,3}?(?:company|business|shop|bookshop|bookstore|bakery|brewery|"
                             r"studio|restaurant|cafe|distillery|winery|clinic|practice|agency|store|salon|deli|bar|pub|boutique|"
                             r"gallery|florist|taproom|unit|premises|space|storefront|shopfront)(?![a-z])|"
                             r"(?:i|we) (?:co-?founded|cofounded|founded|started|set up|opened) (?:my|our) (?:own |very own |first |little |"
                             r"tiny |small )*(?:company|business|shop|bookshop|bookstore|bakery|brewery|studio|restaurant|cafe|distillery|"
                             r"winery|clinic|practice|agency|store|salon|deli|bar|boutique|gallery|taproom)"
                             r"(?! (?:card|account|credit|app|loyalty|membership|order|basket|cart)(?![a-z]))(?![a-z])",
     ("founded", "cofounded", "co-founded", "started", "set up", "opened", "signed", "got")),
    ("en.visit_us_booth_any", r"(?:visit|find|see|meet|come see) us at (?:the |our )?(?:[a-z0-9&'\-]+ ){0,3}(?:booth|stand)(?![a-z])",
     "us at"),
    # the author runs or staffs one of the brand's places, named by its town or its name ("I manage the Tacoma
    # store", "I run the Acme bakery on Main St", "we staff the Leeds branch"): 16 CFR 255.5 asks that the
    # connection be clear, and a reader who sees the author runs the shop knows who pays them
    ("en.i_run_the_venue", r"(?:i|we|i'm|we're)(?: help| now| still| currently| also){0,2} (?:manage|run|operate|head|supervise|"
                           r"staff|managing|running|operating|heading|supervising|staffing|work (?:at|in)|working (?:at|in)) "
                           r"(?:the|our|a|one of the|one of our|this|that) (?:[a-z0-9&'\-]+ ){0,3}" + VENUES + r"(?![a-z])",
     _VENUE_WORDS),
    # the author waiting for the reader at their post ("come see me at the counter", "pop in and ask for me at the
    # Leeds branch", "I'll be behind the bar"): only staff have a post there, the connection is plain (16 CFR 255.5;
    # CPUTR Sch. 1 para 22)
    ("en.see_me_at_venue", r"(?:come|pop|swing|drop) (?:in |by |down |over |along )?(?:and )?(?:see|visit|find|ask for|say hi to) me "
                           r"(?:in[\s\-]store|in[\s\-]branch|(?:at|in|behind|on) (?:the|our|this|my) (?:[a-z0-9&'\-]+ ){0,2}?"
                           r"(?:store|shop|branch|boutique|salon|showroom|dealership|pharmacy|counter|till|checkout|front desk|"
                           r"register|reception|desk|shop floor|beauty hall|concession)s?)(?![a-z])", ("come", "pop", "swing", "drop")),
    # stop 30: the author's own team called "ours" ("I work in our customer support team") or the job said "here" ("I
    # just work here"), with the brand named in the post (_NEEDS_NAME): the employment in plain words (16 CFR 255.5;
    # CPUTR Sch. 1 para 22)
    ("en.work_in_our_team", r"i(?: (?:work|worked)|'ve worked| have worked) (?:in|on|with) our (?:[a-z&\-]+ ){0,3}(?:team|department|"
                            r"office|shop|store|branch|lab|kitchen|warehouse|call cent(?:re|er)|contact cent(?:re|er))(?![a-z])",
     ("i work", "i worked", "i've", "i have")),
    ("en.work_here", r"i (?:just |only |actually |also |currently )?work here(?![a-z])",
     ("i just", "i work", "i only", "i actually", "i also", "i currently")),
    ("en.behind_the_counter", r"(?:i'll|i will|i'm|i am) (?:be )?(?:behind the (?:counter|bar|till|desk)|on the shop floor|on the "
                              r"tills?)(?![a-z])", ("i'll", "i will", "i'm", "i am")),
    # a role in one of those places said of oneself ("I'm a shift lead at …", "as the store manager", "store
    # manager here"), not someone else's ("the store manager was lovely")
    ("en.venue_role", r"(?:(?:i'm|i am|im|as|i work as|i've been|i have been) (?:a|an|the|one of the) (?:[a-z0-9&'\-]+ ){0,3}"
                      r"|(?<![a-z] )(?<![0-9] ))(?:store|shop|branch|restaurant|bakery|kitchen|assistant|general|shift|floor|duty|department|"
                      r"district|area|regional|outlet|location|franchise) (?:manager|lead|supervisor|director|owner|"
                      r"associate|worker|clerk)s?(?![a-z])(?:(?<=s)|(?! (?:was|is|said|told|gave|helped|asked|who)(?![a-z])))",
     ("store", "shop", "branch", "restaurant", "bakery", "kitchen", "assistant", "general", "shift", "floor", "duty",
      "department", "district", "area", "regional", "outlet", "location", "franchise")),
]

#: a gift the brand has no say over ("no strings attached", "they didn't see this before I posted"): what
#: is owed is to say it was a gift, and "#gifted" or "X sent me" up front says it (FTC FAQ: "Company X
#: gave me free product to try" is usually effective; CMA/ASA influencers' guide: a gift with no control
#: is no ad under the CAP Code, consumer law still asks that it be flagged)
GIFT_NO_CONTROL = (r"no strings(?: attached)?|no obligation(?: to (?:post|share|review))?|(?:no|without any?) request to post|"
                   r"(?:without|never) (?:being )?asked (?:me )?to (?:post|share)|(?:didn't|did not|never) ask(?:ed)? (?:me )?"
                   r"(?:to|for) (?:post|share|a post|anything)|out of the blue|unsolicited|(?:didn't|did not|never) "
                   r"(?:see|saw|approve|review|check) (?:this|it|the post|my post)|no say (?:in|over)|"
                   # the choice to post left to the author ("they sent it, I chose whether to post"; CMA guidance on gifts)
                   r"(?:i|we) (?:chose|choose|decided|decide) (?:whether|if) to (?:post|share)|(?:not|wasn't|was not) "
                   r"(?:required|obliged|asked) to (?:post|share|review)|"
                   # stop 28: no brief, no requirement, no approval ("no payment, no brief", "without asking for a post",
                   # "they had no input", "no conditions"): the brand's control denied in other words (ASA/CMA guide: control
                   # is a requirement to post, a brief, an approval)
                   r"no (?:brief|briefing|script|requirements?|conditions|editorial (?:control|input)|approval)(?![a-z])|"
                   r"without (?:a |any )?(?:brief|script|conditions|requirements?)(?![a-z])|without (?:asking|being asked) (?:me )?"
                   r"(?:for (?:a |any )?(?:post|review|coverage|content)|to (?:post|share|review|write))|"
                   r"(?:had|have|has|got|get) no (?:say|input|control|approval|sign[\s\-]?off) (?:in|over|on)|"
                   r"(?:didn't|did not|never) (?:ask|asked) (?:me )?for (?:anything|a post|coverage|a review|content)")
GIFT_WORDINGS = ("en.gifted", "en.gifted_by", "en.sent_me")
#: the wordings that say a gift and nothing more ("#gifted", "X sent me", "thanks X for the free …"): they disclose a gift,
#: not a commission on sales nor the author's job at the brand (16 CFR 255.5: every material connection)
GIFT_DISCLOSURES = ("en.gifted", "en.gifted_by", "en.sent_me", "en.thanks_free", "en.thanks_sending", "en.free_from", "en.sent_free",
                    "en.received_free", "en.free_for_review", "en.complimentary", "en.hosted_by")
