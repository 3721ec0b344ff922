"""United Kingdom — CAP Code (UK Code of Non-broadcast Advertising) rules 2.1–2.4 (marketing
communications must be obviously identifiable) and 3.1–3.3; ASA/CMA "Influencers' guide to
making clear that ads are ads" (2020, updated 2023); Consumer Protection from Unfair Trading
Regulations 2008, Sch. 1 para 11 and 22 (now DMCC Act 2024, Sch. 20).

Same English wordings as the US pack (``us.py``); only the references differ, and the age
mention for gambling follows CAP 16 (18+).
"""
from advocacy.disclosure import wordclasses
from advocacy.disclosure.packs import sector, supplement, us

JURISDICTION = "uk"
LANG = "en"
NAME = {"fr": "Royaume-Uni", "en": "United Kingdom"}

CAP = "CAP Code 2.1–2.4"
GUIDE = "ASA/CMA Influencers' guide (2023)"
RULES = {
    "broadband_speed": {"severity": "fail", "reference": 'CAP Code 3.1 and 3.7 ; CAP guidance on numerical speed claims in broadband advertising (2018: median peak-time speed)'},
    "charity_vague": {"severity": "fail", "reference": 'CAP Code section 8 (charity-linked promotions: the charity named, what it receives) and 3.1'},
    "device_mentions_missing": {"severity": "fail", "reference": 'C. santé publ. L5213-1 and R5213-1 (France)'},
    "sales_restocked": {"severity": "fail", "reference": 'C. com. L310-3 I (France)'},
    "rights_misstated": {"severity": "fail", "reference": "DMCC Act 2024 Sch. 20 para 10 (presenting consumers' legal rights as a distinctive feature of the offer) and s. 226 ; Consumer Rights Act 2015 ss. 19–24 ; CAP Code 3.1"},
    "delivery_promise_false": {"severity": "fail", "reference": 'CAP Code 3.1 and 3.7 (substantiation) ; DMCC Act 2024 s. 226 (misleading action)'},
    "credit_deferred_interest": {"severity": "fail", "reference": 'FCA CONC 3.3.1R (clear, fair and not misleading) ; CONC 3.5.7R ; CAP Code 3.9'},
    "deposit_insurance_overstated": {"severity": "fail", "reference": 'FSCS: £85,000 per eligible depositor per authorised institution (PRA Rulebook, Depositor Protection 2 and 16) ; CAP Code 3.1'},
    "credit_rent_likened": {"severity": "fail", "reference": 'FCA MCOB 3A.2.1R (clear, fair and not misleading) ; CAP Code 3.1'},
    "tax_scheme_warning_missing": {"severity": "fail", "reference": 'CAP Code 3.1 and 3.3 (material information) ; FSMA 2000 s. 21'},
    "lease_terms_missing": {"severity": "fail", "reference": 'FCA CONC 3.5.7R and CONC 3.5.5R (hire: the representative example) ; CAP Code 3.3'},
    "gift_card_expiry": {"severity": "fail", "reference": 'Regulation E, 12 CFR 1005.20(e)(2) (US gift cards)'},
    "medicine_professional": {"severity": "fail", "reference": "CAP Code 12.18 (no health professional's endorsement of a medicine) ; Human Medicines Regulations 2012 Part 14"},
    "medicine_endorsement": {"severity": "fail", "reference": "CAP Code 12.17 (no endorsement of medicines by celebrities) ; "
                             "Human Medicines Regulations 2012 reg. 300 (the indication and an invitation to read the label)"},
    "medicine_label_missing": {"severity": "fail", "reference": "Human Medicines Regulations 2012 reg. 300 (the indication and "
                               "an invitation to read the instructions on the label or leaflet) ; CAP Code 12.1"},
    "infant_formula": {"severity": "fail", "reference": 'Infant Formula and Follow-on Formula (England) Regulations 2007 reg. 21 ; CAP Code 15.1'},
    "condition_after_cut": {"severity": "fail", "reference": 'CAP Code 3.9–3.10 (qualifications presented clearly, not contradicting the claim) ; CPUTR 2008 reg. 6'},
    "sugar_claim_false": {"severity": "fail", "reference": 'Retained Regulation (EC) 1924/2006, Annex ; CAP Code 15.1.1 and 3.1'},
    "deposit_terms_missing": {"severity": "fail", "reference": 'FCA BCOBS 2.2.1R (savings promotions clear, fair and not misleading) ; CAP Code 3.3 and 3.9'},
    "prize_terms_missing": {"severity": "fail", "reference": "CAP Code 8.17 (significant conditions of a promotion: closing date, eligibility, how winners are chosen) ; CAP Code 8.26 and 18.14 (no alcohol prize for under-18s)"},
    "sweepstakes_purchase": {"severity": "fail", "reference": 'Gambling Act 2005 s. 14 and Sch. 2 (a prize draw with a payment to enter and no free route is a lottery) ; CAP Code 8'},
    "result_atypical": {"severity": "fail", "reference": 'CAP Code 3.7 and 3.45 (testimonials: substantiation, no impression of typical results) ; DMCC Act 2024 s. 226'},
    "price_fees_excluded": {"severity": "fail", "reference": 'DMCC Act 2024 s. 230 ; CAP Code 3.18 (quoted prices include non-optional charges)'},
    "price_terms_missing": {"severity": "fail", "reference": 'CAP Code 3.3 and 3.17 (material information: the contract term) ; DMCC Act 2024 s. 226'},
    "urgency_false": {"severity": "fail", "reference": "DMCC Act 2024 Sch. 20 para 7 (falsely stating a product will only be available for a very limited time) ; CAP Code 3.31"},
    "endorsement_untried": {"severity": "fail", "reference": "CAP Code 3.45 (testimonials must be genuine) and 3.1 ; CPUTR 2008 reg. 5"},
    "price_claim_contradicted": {"severity": "fail", "reference": 'CAP Code 3.1, 3.9, 3.10 and 3.18 (a qualification may clarify a claim, not contradict it) ; DMCC Act 2024 ss. 226 and 230'},
    "free_government": {"severity": "fail", "reference": 'CAP Code 3.1 and 3.50 ; DMCC Act 2024 Sch. 20 para 4 (falsely claiming approval or endorsement by a public body)'},
    "origin_claim_false": {"severity": "fail", "reference": 'CAP Code 3.1 and 3.37 ; DMCC Act 2024 s. 226 (geographical or commercial origin)'},
    "price_up_to_false": {"severity": "fail", "reference": "CAP Code 3.17 and 3.39 ; CMA Pricing Practices Guidance ('up to' savings: a significant proportion of the range) ; DMCC Act 2024 s. 226"},
    "savings_guaranteed": {"severity": "fail", "reference": 'CAP Code 3.1, 3.7 and 11.3 (objective claims must be substantiated) ; DMCC Act 2024 s. 226'},
    "terms_denied": {"severity": "fail", "reference": "CAP Code 3.1, 3.9 and 3.10 (qualifications must not contradict the claim) ; ASA rulings on \"unlimited\" with fair-use caps"},
    "review_incentive": {"severity": "fail", "reference": "DMCC Act 2024 Sch. 20 para 13 (commissioning or incentivising fake consumer reviews) ; CAP Code 3.45"},
    "free_false": {"severity": "fail", "reference": "CPUTR 2008 Sch. 1 para 20 (DMCC Act 2024 Sch. 20) ; CAP Code 3.23 (\"free\": nothing to pay but the unavoidable cost of responding and delivery)"},
    "price_reference_false": {"severity": "fail", "reference": "CAP Code 3.39 and 3.40 (price comparisons) ; CMA Pricing Practices Guidance (2016)"},
    "earnings_claim": {"severity": "fail", "reference": "CPUTR 2008 reg. 5 and Sch. 1 para 14 ; CAP Code 3.1 and 3.7 (substantiation)"},
    "commercial_missing": {"severity": "fail", "reference": CAP + " ; " + GUIDE},
    "commercial_insufficient": {"severity": "fail", "reference": GUIDE + " (#sp, #spon, #collab, 'in association with', 'thanks to')"},
    "commercial_weak": {"severity": "warn", "reference": GUIDE},
    "relationship_missing": {"severity": "fail", "reference": "CPUTR 2008 Sch. 1 para 22 ; " + CAP + " 2.4"},
    "relationship_insufficient": {"severity": "fail", "reference": "CPUTR 2008 Sch. 1 para 22"},
    "mention_after_cut": {"severity": "fail", "reference": GUIDE + " (upfront, before 'see more')"},
    "mention_in_hashtag_wall": {"severity": "fail", "reference": GUIDE + " (not hidden among hashtags)"},
    "mention_behind_cw": {"severity": "fail", "reference": CAP + " (obviously identifiable before the reader opens the post)"},
    "mention_in_alt_text": {"severity": "fail", "reference": CAP + " (obviously identifiable)"},
    "mention_hidden": {"severity": "fail", "reference": CAP + " (obviously identifiable)"},
    "mention_language": {"severity": "fail", "reference": CAP + " (obviously identifiable to the audience)"},
    "mention_invisible": {"severity": "fail", "reference": CAP},
    "denial_while_rewarded": {"severity": "fail", "reference": "CPUTR 2008 Sch. 1 para 11 and 22 ; CAP 3.1"},
    "commercial_other_advertiser": {"severity": "fail", "reference": CAP + " ; CPUTR 2008 Sch. 1 para 22 ; " + GUIDE + " (every brand relationship)"},
    "denial_while_employee": {"severity": "warn", "reference": "CPUTR 2008 Sch. 1 para 22"},
    "relationship_denied": {"severity": "fail", "reference": "CPUTR 2008 Sch. 1 para 22 (falsely representing oneself as a consumer)"},
    "image_retouched_missing": {"severity": "fail", "reference": "CAP 3.1 and 3.11 (misleading filters and retouching)"},
    "image_virtual_missing": {"severity": "fail", "reference": "CAP 3.1 (misleading depiction)"},
    "sector_banned": {"severity": "fail", "reference": "CAP 12 (medicines, cosmetic interventions), 22 (e-cigarettes), TAPA 2002"},
    "sector_restricted": {"severity": "warn", "reference": "CAP 14 (financial), 16 (gambling), 18 (alcohol)"},
    "sector_age_missing": {"severity": "fail", "reference": "CAP 16.3 (18+ only)"},
    "sector_health_missing": {"severity": "warn", "reference": "CAP 18"},
    "length_over_limit": {"severity": "fail", "reference": "Network limit"},
    "mention_obfuscated": {"reference": CAP + " (the label is seen: it counts) ; accessibility good practice"},
    "mention_other_advertiser": {"severity": "fail", "reference": CAP + " ; CPUTR 2008 reg. 6(4)(b) (the identity of the trader)"},
    "mention_illegible": {"severity": "fail", "reference": CAP + " (obviously identifiable) ; " + GUIDE + " (clear and prominent)"},
    "relationship_advised": {"reference": "CPUTR 2008 Sch. 1 para 22 (good practice: state the connection)"},
    "commercial_advised": {"reference": CAP + " ; " + GUIDE + " ('#ad' up front is the clearest label)"},
    "image_denied": {"severity": "fail", "reference": "CAP Code 3.1 (misleading) ; CPUTR 2008 reg. 5"},
    "network_unknown": {"severity": "warn", "reference": "—"},
    "virtual_experience": {"reference": "CAP Code 3.1 and 3.45 (testimonials must be genuine: a virtual influencer cannot have used the product)"},
    "image_virtual_as_real": {"reference": "CAP Code 3.1, 3.7 and 3.11 (misleading; a generated image shown as a real result)"},
}

FSMA = "FSMA 2000 s. 21 (financial promotions: authorised or approved only)"
SECTORS = {
    "general": sector("allowed", ""),
    "cosmetic_surgery": sector("allowed", "CAP Code 12 (cosmetic interventions: not directed at under-18s)"),
    "therapeutic": sector("restricted", "CAP Code 12.1 and 12.2 (substantiation; not discouraging essential treatment)"),
    "nicotine": sector("banned", "Tobacco and Related Products Regulations 2016 reg. 43 ; CAP Code 22.12 (no e-cigarette ads in online media)"),
    "tobacco": sector("banned", "Tobacco Advertising and Promotion Act 2002"),
    # selling wild or exotic animals as pets (primates need a licence from April 2026): a human checks it
    "wild_animals": sector("restricted", "Animal Welfare Act 2006 ; Animal Welfare (Primate Licences) (England) Regulations 2024", cleared=("wildlife_viewing",)),
    # an authorised firm's own promotion with the provider's own loss percentage (COBS 22.5.9) and its FCA status:
    # the rules a text can show are shown, nothing to review. The firm's own staff with that warning make the firm's own
    # promotion (no outside promoter's s21 approval in question), as for crypto below. Stop 26: the warning owed is the
    # prescribed one with its percentage (COBS 22.5.9R–22.5.11R); "Capital at risk" alone is not it
    "financial_cfd": sector("restricted", FSMA + " ; FCA COBS 22.5.9R (CFD risk warning with the retail-loss percentage)",
                            condition="cfd_risk_warning", cleared=("cfd_risk_warning", "fca_status"),
                            cleared_employee=("cfd_risk_warning",)),
    "betting_tips": sector("restricted", "CAP Code 16 (gambling marketing: 18+)", condition="age", review=False),
    "prescription_medicine": sector("banned", "Human Medicines Regulations 2012 reg. 284 ; CAP Code 12.12 (no prescription-only medicine ads to the public)"),
    # the prescribed risk warning and the firm's FCA status (or the s21 approval) shown: nothing to review. The firm's
    # own staff with the prescribed warning (its second sentence is the row's condition) make the firm's own promotion,
    # which a registered cryptoasset business may communicate (FPO art. 73ZA; FCA PS23/6): no outside promoter's s21
    # approval is in question; an incentive (COBS 4.12A.7R) and an unregistered firm the text admits are their own rules
    "crypto": sector("restricted", FSMA + " ; FCA COBS 4.12A (cryptoasset promotions ; the prescribed risk warning in full, "
                     "COBS 4.12A.10R–11R)", condition="fca_crypto_warning",
                     cleared=("fca_risk_warning", "fca_status"), cleared_employee=("fca_risk_warning",)),
    "gambling": sector("restricted", "CAP Code 16 (gambling: 18+, socially responsible)", condition="age", review=False),
    "alcohol": sector("allowed", "CAP Code 18 (alcohol)"),
    # an over-the-counter medicine's ad with its indication and "Always read the label" (reg. 300; MHRA Blue Guide):
    # nothing the text can show is missing
    "medicine": sector("restricted", "CAP Code 12 ; Human Medicines Regulations 2012 Part 14", cleared=("otc_label",)),
    # a deposit the FSCS protects, or the firm's FCA status shown: an authorised firm's own promotion
    # an authorised firm's own staff with the risk warning (COBS 4.5A, 4.6.2: the value can fall, capital at risk) make the
    # firm's promotion; an outside promoter needs the s21 approval a text cannot show (FCA FG24/1)
    # an outside promoter's post that tells the authorised firm's approval beside the risk warning (FSMA s. 21(2)(b))
    "financial": sector("restricted", FSMA, cleared=("deposit_or_s21",), cleared_employee=("investment_risk",)),
    "cpf_training": sector("allowed", ""),
    # a lender's or broker's promotion: the content rules of CONC 3 the text can show (the representative APR beside a
    # cost, the HCSTC risk warning, no credit regardless of status)
    "consumer_credit": sector("allowed", "FCA CONC 3 (financial promotions of credit) ; CAP Code 14"),
}

CONTENT = {
    "gambling_income": (("gambling", "betting_tips"),
                        "CAP Code 16.3.4 (not a solution to financial concerns, an alternative to employment or a way to financial security)"),
    "gambling_urgency": (("gambling", "betting_tips"), "CAP Code 16.3 (socially responsible; no undue pressure to gamble)"),
    "gambling_chasing": (("gambling", "betting_tips"), "CAP Code 16.3.1 (no gambling behaviour that could lead to financial harm: "
                                                       "chasing losses)"),
    "credit_no_checks": (("financial", "consumer_credit"), "FCA CONC 3.3.10R (no claim that credit is available regardless of financial "
                                         "circumstances) ; CONC 3.5.5R (representative APR) ; FSMA 2000 s. 21"),
    "credit_apr_missing": (("consumer_credit",), "FCA CONC 3.5.5R and 3.5.7R (a rate or a cost figure: the representative "
                                                 "APR and representative example)"),
    "credit_risk_warning_missing": (("consumer_credit",), "FCA CONC 3.4.1R (high-cost short-term credit: \"Late repayment can "
                                                          "cause you serious money problems. For help, go to moneyhelper.org.uk\")"),
    "credit_irresponsible": (("consumer_credit",), "FCA CONC 3.3.1R (clear, fair and not misleading) ; CAP Code 1.3 and 3.1 "
                                                   "(ASA rulings on buy-now-pay-later: no credit as a mood fix, its cost not played down)"),
    "cosmetic_pressure": (("cosmetic_surgery",), "CAP Code 1.3 (social responsibility) ; CAP and BCAP guidance on cosmetic "
                                                 "interventions (no time-limited deals or incentives that rush the decision)"),
    "gambling_risk_free": (("gambling", "betting_tips"),
                           "CAP Code 3.1 and 3.9 (misleading ; significant conditions of a free or refunded bet) ; CAP Code 16.1"),
    "minor_appeal": (("gambling", "betting_tips", "alcohol", "cosmetic_surgery"),
                     "CAP Code 16.3.12 (gambling: no sports star of strong appeal to under-18s), 18.14 (alcohol), 12.25 (cosmetic "
                     "interventions): nothing directed at or appealing to under-18s"),
    "crypto_unlicensed": (("crypto",), "FSMA 2000 s. 21 ; Money Laundering Regulations 2017 reg. 56 (cryptoasset firms must be FCA-registered) ; FCA COBS 4.12A"),
    "crypto_performance": (("crypto",), "FCA COBS 4.6.2R (past performance: not the most prominent feature, with its warning) "
                                        "and COBS 4.12A (cryptoasset promotions) ; CAP Code 14.1 and 3.1"),
    "crypto_guaranteed": (("crypto", "financial", "financial_cfd"),
                          "FCA COBS 4.12A and 4.2 (fair, clear and not misleading) ; CAP Code 3.1 and 14"),
    "crypto_incentive": (("crypto",), "FCA COBS 4.12A.7R (no monetary or non-monetary incentive to invest: refer-a-friend, "
                                      "sign-up or deposit bonuses)"),
    "alcohol_irresponsible": (("alcohol",), "CAP Code 18.1–18.7 and 18.10–18.12 (no excess, strength, social or sexual success, performance, driving)"),
    "alcohol_health": (("alcohol",), "CAP Code 18.5 and 18.6 (no therapeutic quality ; no change of mood or physical condition)"),
    "alcohol_young": (("alcohol",), "CAP Code 18.16 (people shown drinking must be, and look, 25 or over)"),
    "gambling_young": (("gambling",), "CAP Code 16.3.14 (no one who is, or seems to be, under 25 in a significant role)"),
    "gambling_conditions": (("gambling",), "CAP Code 3.9 and 3.10 (significant conditions of a free bet, free spins or a "
                                           "bonus stated in the ad) ; ASA guidance on gambling promotions"),
    "safety_claim": (("cosmetic_surgery", "medicine", "prescription_medicine"),
                     "CAP Code 12.1 and 3.1 (objective substantiation) ; CAP and BCAP guidance on cosmetic interventions (no claim of no risk or of permanence)"),
    "wildlife_unlawful": (("wild_animals",), "Ivory Act 2018 s. 1 ; Dangerous Wild Animals Act 1976 ; CAP Code 1.1 (marketing must be legal)"),
    "health_claim": (None, "CAP Code 12.2 (must not discourage essential treatment) ; CAP Code 12.1"),
    # read in every commercial post, whatever its sector (``packs.claims``): misleading absolute claims
    "claim_efficacy": (None, "CAP Code 3.1 and 3.7 (objective claims need evidence) ; CAP Code 12.1 (medical and beauty claims) "
                             "and 13.1 (weight control) ; CAP Code 15.6 (no food prevents, treats or cures disease) ; DMCC Act "
                             "2024 Sch. 20 para 17 (falsely claiming a product can cure illnesses)"),
    "claim_safety": (None, "CAP Code 3.1 and 3.7 ; CAP Code 12.1 (medicines: no claim of safety beyond the evidence) ; DMCC Act "
                           "2024 s. 226 (misleading actions)"),
    "claim_sunscreen": (None, "Commission Recommendation 2006/647/EC pt 10 (no \"100% protection\", \"total protection\" or "
                              "no need to reapply) ; CAP Code 3.1 and 12.1"),
    "claim_environmental": (None, "CAP Code 11.1, 11.3 and 11.4 (environmental claims: clear basis, full life cycle) ; CMA Green Claims Code (2021) ; "
                                  "DMCC Act 2024 s. 226 (misleading actions)"),
    "whitening_peroxide": (None, "Cosmetic Products Regulation (retained EU 1223/2009) Annex III entry 12 (over 0.1% hydrogen peroxide: "
                                 "supplied to dental practitioners only, first use by them ; over 6% prohibited) ; CAP Code 1.1 and 12.1"),
    "claim_deposit_insurance": (None, "FCA COBS 4.12A (cryptoasset promotions: fair, clear and not misleading) ; CAP Code 3.1 ; "
                                      "DMCC Act 2024 s. 226 (the FSCS protects deposits, not cryptoassets)"),
    # read in every commercial post, whatever its sector (``Check.child_exhortation``)
    "child_exhortation": (None, "DMCC Act 2024 Sch. 20 para 28 (direct exhortation to children to buy or to persuade their "
                                "parents: unfair in all circumstances) ; CAP Code 5.9"),
    # read in every commercial post (``engine._CONTENT_RULES``): an HFSS food ad directed at children
    "food_children": (None, "CAP Code 15.18 (HFSS product ads not directed at under-16s through the selection of media or the "
                            "context) ; CAP Code 15.14–15.15 (no promotions or licensed characters in HFSS ads aimed at children) ; "
                            "CAP Code 15.11 (no excessive consumption)"),
}

#: food supplements (an allowed trade): what the content may not say, whatever the label
CONTENT.update({
    "supplement_disease": (("supplement",), "CAP Code 15.6 (no claim that a food prevents, treats or cures human disease) ; "
                                            "retained Reg. (EU) 1169/2011 art. 7(3)"),
    "supplement_claim": (("supplement",), "CAP Code 15.1 and 15.1.1 (only authorised claims on the GB NHC Register, without "
                                          "exaggeration) ; CAP Code 3.7 (substantiation)"),
    "supplement_doctor": (("supplement",), "CAP Code 15.6 (no reference to the recommendation of an individual doctor or health "
                                           "professional) ; retained Reg. (EC) 1924/2006 art. 12(c)"),
    "supplement_diet": (("supplement",), "CAP Code 15.7 (a balanced and varied diet must not be said unable to provide adequate "
                                         "nutrients) ; Food Supplements (England) Regulations 2003"),
    "supplement_pom": (("supplement",), "Human Medicines Regulations 2012, reg. 284 (no advertisement of a prescription-only "
                                        "medicine to the public) ; CAP Code 12.12"),
})

#: the UK's own reach of a content rule: a professional footballer speaking as one is a sports star of strong appeal to
#: under-18s in a gambling ad (CAP 16.3.12); immunity "boosted" without a figure (GB NHC register, CAP 15.1.1)
CONTENT_EXTRA = {"minor_appeal": wordclasses.STAR_PLAYER, "supplement_claim": supplement.IMMUNITY_BOOSTED,
                 # stop 28: credit on better terms than elsewhere or open to restricted access (CONC 3.5.5R)
                 "credit_apr_missing": wordclasses.CREDIT_FAVOURABLE}
#: a slimming product aimed at under-18s (CAP 13.3): read with ``minor_appeal``'s words where no sector row exists
SLIMMING_MINORS = "CAP Code 13.3 (weight control: not directed at or appealing to under-18s)"
IMAGES: tuple = ()            # no label in law: CAP 3.1 forbids misleading filters, it does not prescribe a mention
#: a retouched or filtered picture in a beauty product's ad misleads about its effect
BEAUTY_FILTER = "CAP Code 3.1 and 3.11 ; ASA rulings on filters in cosmetics ads (2021)"

PHRASES = {
    "en": {"commercial": "#ad", "commercial_nobrand": "#ad",
           "relationship": "I work at {brand}", "relationship_nobrand": "I work for the brand",
           "retouched": "Retouched image", "virtual": "AI-generated image", "age": "18+ only.",
           "health": "Please drink responsibly.", "fda_warning": "",
           "risk_warning": "Don't invest unless you're prepared to lose all the money you invest. This is a high-risk investment.",
           "cfd_risk_warning": "CFDs are complex instruments and come with a high risk of losing money rapidly due to leverage. "
                               "[XX]% of retail investor accounts lose money when trading CFDs with this provider. You should "
                               "consider whether you understand how CFDs work and whether you can afford to take the high risk "
                               "of losing your money.",
           "fca_crypto_warning": "Don't invest unless you're prepared to lose all the money you invest. This is a high-risk investment "
                                 "and you should not expect to be protected if something goes wrong."},
}

FOREIGN = dict(us.FOREIGN)
#: the CMA and ASA: "in partnership with" and "#gifted" alone do not say "advertising"
# ASA/CMA guide: "#affiliate", "affiliate link" or "I earn a commission" alone do not say the post is an ad: "#ad" up front
STRENGTH = {"en.partnership_with": "insufficient", "en.affiliate": "insufficient", "en.earn_commission": "insufficient",
            "en.agent_commission": "insufficient",
            "en.commissions_earned": "insufficient", "en.referral_reward": "insufficient",
            "en.money_if_you": "insufficient", "en.if_you_money": "insufficient", "en.brand_credits_me": "insufficient", "en.get_something": "insufficient",
            "en.sent_me": "insufficient", "en.gifted_by": "insufficient", "en.paid_for_my_trip": "insufficient", "en.received_free": "insufficient",
            # "they're paying me for three posts" said in the caption is no label: the ASA asks for "Ad" up front (two
            # writers failed "#gifted … paying me" in the UK)
            "en.paid_me": "insufficient", "en.client_of_mine": "insufficient", "en.earn_from_purchases": "insufficient",
            "en.comped": "insufficient", "en.agent_for": "insufficient",
            "en.referral_money": "insufficient", "en.disclosure_says": "insufficient",
            # a contest entry's tag is the FTC's reading; the CMA and ASA ask for "#ad" on an entry made for a prize
            "en.contest": "insufficient", "en.brand_sweepstakes": "insufficient",
            # stop 28: a gift or a hosted meal/stay told in words is a gift like "Gifted by" (GIFT_WORDINGS: enough once the
            # text says the brand had no say); a referral reward or a stake told in words is payment (PLAIN_OPENING)
            "en.complimentary": "insufficient", "en.hosted_by": "insufficient", "en.referral_bonus_named": "insufficient",
            "en.investor_in": "insufficient", "en.stake_in": "insufficient"}
#: stop 28 — a payment stated in plain words that opens the post ("Uber Eats paid me to post this", "Referral link, so I get
#: £50 if you switch", "Full disclosure: Kalindra pays me for this post", "As a Quillstack Partner (I earn 20% commission …)"):
#: before anything is promoted the reader is told the brand pays, which makes the post "obviously identifiable" as marketing
#: (CAP 2.1: the test is identifiability, "Ad" is the ASA's recommended label, not the only one; CAP 2.4; the ASA/CMA guide:
#: "upfront", clear to the audience; DMCC Act 2024 Sch. 20 para 11 and 22). Said later, after the pitch ("the lamp is 🔥 link
#: in bio, I get a little commission"), or behind a gift's words, it is not up front and "Ad" stays owed. A gift is not
#: payment for this purpose: it says nothing of the brand's control, which decides whether the post is an ad at all
#: (``GIFT_NO_CONTROL``). Read by ``engine._opens_post``
#: An affiliate's commission on sales ("Affiliate link below: I earn a small commission") stays out: the ASA's affiliate
#: guidance asks affiliate content for "Ad" itself, and the stop-26 decision keeps it (h13b-uk-029 failed, 16c-uk-048 passed)
PLAIN_OPENING = ("en.paid_me", "en.referral_reward", "en.money_if_you", "en.if_you_money", "en.referral_money",
                 "en.client_of_mine", "en.agent_for", "en.referral_bonus_named", "en.investor_in", "en.stake_in",
                 "en.disclosure_says")
WORDINGS = list(us.WORDINGS)

BRAND_WORDINGS = list(us.BRAND_WORDINGS)
EMPLOYMENT_NEAR_BRAND = list(us.EMPLOYMENT_NEAR_BRAND)
GIFT_NO_CONTROL = us.GIFT_NO_CONTROL
#: stop 28: a meal, a stay or a treatment given, told in words ("Complimentary meal, no strings attached", "Hosted by @inn —
#: no obligation to post", "my stay was comped, no brief"), is a gift like "Gifted by": no ad under CAP once the text says the
#: brand had no say, and the gift told is what consumer law asks (CMA guidance on gifts)
GIFT_WORDINGS = us.GIFT_WORDINGS + ("en.complimentary", "en.hosted_by", "en.comped", "en.paid_for_my_trip", "en.received_free")
GIFT_DISCLOSURES = us.GIFT_DISCLOSURES
