"""France — loi n° 2023-451 du 9 juin 2023 (art. 4 et 5), modifiée par l'ordonnance n° 2024-978
du 6 novembre 2024 (art. 5-2); pratique ARPP (fiche pratique du 29 mai 2024); guide DGCCRF;
directive 2005/29/CE annexe I point 22 (se faire passer pour un consommateur).

Les formulations ci-dessous sont celles de langue française ; les formulations anglaises
(``us.py``) comptent aussi, mais une formulation anglaise dans un post français est « dans une
autre langue » — sauf les exceptions de ``FOREIGN``.
"""
from advocacy.disclosure.packs import common, sector, supplement
from advocacy.disclosure.packs import wording as w

JURISDICTION = "fr"
LANG = "fr"
NAME = {"fr": "France", "en": "France"}

L2023 = "Loi n° 2023-451, art. 5, mod. ord. n° 2024-978 (art. 5-2)"
RULES = {
    "broadband_speed": {"severity": "fail", "reference": 'CAP Code 3.1 et 3.7 ; lignes directrices du CAP sur les vitesses du haut débit (2018) (Royaume-Uni)'},
    "charity_vague": {"severity": "fail", "reference": "C. consom. L121-3 (omission d'une information substantielle : l'association et la part reversée) et L121-2"},
    "device_mentions_missing": {"severity": "fail", "reference": 'C. santé publ. L5213-1 s. et R5213-1 s. (publicité des dispositifs médicaux auprès du public : mentions obligatoires)'},
    "sales_restocked": {"severity": "fail", "reference": 'C. com. L310-3 I (les soldes portent sur des marchandises proposées à la vente et payées depuis au moins un mois) et L310-5'},
    "rights_misstated": {"severity": "fail", "reference": "C. consom. L121-4 10° (présenter les droits que la loi accorde au consommateur comme propres à l'offre) ; L217-3 s. (garantie légale de conformité, deux ans) ; L121-2"},
    "delivery_promise_false": {"severity": "fail", "reference": 'C. consom. L121-2 2° (allégation fausse sur les modalités de livraison) et L216-1'},
    "credit_deferred_interest": {"severity": "fail", "reference": "C. consom. L312-6 (publicité chiffrée d'un crédit : exemple représentatif) ; L121-3"},
    "deposit_insurance_overstated": {"severity": "fail", "reference": 'C. monét. fin. L312-4 et s., arrêté du 27 octobre 2015 (FGDR : 100 000 € par déposant et par établissement) ; C. consom. L121-2'},
    "credit_rent_likened": {"severity": "fail", "reference": "C. consom. L313-5 1° (publicité pour un crédit immobilier : interdit d'assimiler les mensualités de remboursement à des loyers) ; L313-4"},
    "tax_scheme_warning_missing": {"severity": "fail", "reference": "C. consom. L122-23 (publicité pour un investissement locatif ouvrant droit à réduction d'impôt : mention que le non-respect des engagements de location entraîne la perte du bénéfice des incitations fiscales) ; CGI art. 199 novovicies"},
    "lease_terms_missing": {"severity": "fail", "reference": "C. consom. L312-6 et L312-2 (location avec option d'achat : exemple représentatif) ; L121-3"},
    "gift_card_expiry": {"severity": "fail", "reference": 'Regulation E, 12 CFR 1005.20(e)(2) (cartes cadeaux aux États-Unis : cinq ans au moins)'},
    "medicine_professional": {"severity": "fail", "reference": "C. santé publ. L5122-1 s. et R5122-3 ; directive 2001/83/CE art. 90 f) (pas de recommandation d'un professionnel de santé dans la publicité auprès du public)"},
    "sales_out_of_period": {"severity": "fail", "reference": "C. com. L310-3 et D310-15-2 (soldes : deux périodes par an fixées par la loi ; hors de ces périodes, le mot « soldes » est interdit)"},
    "infant_formula": {"severity": "fail", "reference": 'Règl. délégué (UE) 2016/127, art. 10 ; C. santé publ. L5231-1 et s.'},
    "condition_after_cut": {"severity": "fail", "reference": 'C. consom. L121-3 (information substantielle fournie de façon peu claire ou à contretemps)'},
    "sugar_claim_false": {"severity": "fail", "reference": 'Règl. (CE) n° 1924/2006, annexe (« sans sucres » : 0,5 g/100 g au plus) ; C. consom. L121-2'},
    "deposit_terms_missing": {"severity": "fail", "reference": "C. consom. L121-3 (omission d'une information substantielle : conditions du taux) ; C. monét. fin. L312-1-1"},
    "fossil_fuel_ad": {"severity": "fail", "reference": "C. env. L229-61 et R229-102 à R229-104 (décret n° 2022-1252 : publicité en faveur des énergies fossiles interdite) ; loi n° 2021-1104 art. 7"},
    "housing_familial": {"severity": "fail", "reference": 'Loi n° 89-462 du 6 juillet 1989, art. 1er ; C. pén. 225-1 et 225-2'},
    "sweepstakes_purchase": {"severity": "fail", "reference": 'C. consom. L121-20 (loteries publicitaires : pratique déloyale) et L121-1'},
    "result_atypical": {"severity": "fail", "reference": "C. consom. L121-2 2° b) (résultats attendus de l'utilisation) ; loi 2023-451 art. 5"},
    "price_fees_excluded": {"severity": "fail", "reference": 'C. consom. L112-1 ; arrêté du 3 décembre 1987, art. 1er (prix toutes taxes et frais obligatoires compris)'},
    "price_terms_missing": {"severity": "fail", "reference": "C. consom. L121-3 (omission d'une information substantielle) ; L224-27"},
    "urgency_false": {"severity": "fail", "reference": "C. consom. L121-4 7° (déclarer faussement qu'un produit ne sera disponible que pendant une période très limitée) ; directive 2005/29/CE annexe I pt 7"},
    "endorsement_untried": {"severity": "fail", "reference": "C. consom. L121-2 (pratique commerciale trompeuse) ; loi n° 2023-451, art. 5"},
    "price_claim_contradicted": {"severity": "fail", "reference": 'C. consom. L121-2 et L121-3 (indication contredite par les conditions ; information substantielle en renvoi peu lisible)'},
    "free_government": {"severity": "fail", "reference": "C. consom. L121-2 2° (prix, identité du professionnel) et L121-4 4° (se prévaloir faussement d'un agrément ou d'un soutien public)"},
    "origin_claim_false": {"severity": "fail", "reference": "C. consom. L121-2 2° b) (origine du produit) ; code des douanes de l'Union, art. 60 (dernière transformation substantielle)"},
    "price_up_to_false": {"severity": "fail", "reference": 'C. consom. L121-2 2° (prix, rabais) ; L112-1-1'},
    "savings_guaranteed": {"severity": "fail", "reference": "C. consom. L121-2 2° b) (résultats attendus de l'utilisation du produit, non étayés)"},
    "terms_denied": {"severity": "fail", "reference": "C. consom. L121-2 2° b) et L121-3 (caractéristiques essentielles et limites omises)"},
    "review_incentive": {"severity": "fail", "reference": "C. consom. L121-4 28° (faire diffuser de faux avis de consommateurs) et L121-2"},
    "free_false": {"severity": "fail", "reference": "C. consom. L121-4 20° (décrire un produit comme gratuit alors que le consommateur doit payer autre chose que les frais inévitables) et L121-2"},
    "price_reference_false": {"severity": "fail", "reference": "C. consom. L112-1-1 (prix de référence : le plus bas des 30 derniers jours) et L121-2 (pratique commerciale trompeuse)"},
    "earnings_claim": {"severity": "fail", "reference": "C. consom. L121-2 (pratique commerciale trompeuse) et L121-15 (vente « à la boule de neige »)"},
    "commercial_missing": {"severity": "fail", "reference": L2023 + " ; ARPP fiche pratique 29/05/2024"},
    "commercial_insufficient": {"severity": "fail", "reference": L2023 + " ; ARPP : #sp, #collab, « merci à » ne suffisent pas"},
    "commercial_weak": {"severity": "warn", "reference": "ARPP fiche pratique 29/05/2024 (« #ad » faible pour un public français)"},
    "relationship_missing": {"severity": "fail", "reference": "Directive 2005/29/CE annexe I pt 22 ; C. consom. L121-4 22°"},
    "relationship_insufficient": {"severity": "fail", "reference": "Directive 2005/29/CE annexe I pt 22 ; C. consom. L121-4 22°"},
    "mention_after_cut": {"severity": "fail", "reference": L2023 + " (mention claire, lisible, identifiable)"},
    "mention_in_hashtag_wall": {"severity": "fail", "reference": L2023 + " (mention claire, lisible, identifiable)"},
    "mention_behind_cw": {"severity": "fail", "reference": L2023 + " (mention claire, lisible, identifiable : visible sans ouvrir le post)"},
    "mention_in_alt_text": {"severity": "fail", "reference": L2023 + " (mention claire, lisible, identifiable)"},
    "mention_hidden": {"severity": "fail", "reference": L2023 + " (mention claire, lisible, identifiable)"},
    "mention_language": {"severity": "fail", "reference": L2023 + " (mention compréhensible) ; loi n° 94-665 (Toubon)"},
    "mention_invisible": {"severity": "fail", "reference": L2023 + " (mention lisible)"},
    "denial_while_rewarded": {"severity": "fail", "reference": "C. consom. L121-2 et L121-4 11° ; " + L2023},
    "commercial_other_advertiser": {"severity": "fail", "reference": "Loi n° 2023-451, art. 5 (chaque annonceur identifiable) ; C. consom. L121-2"},
    "denial_while_employee": {"severity": "warn", "reference": "C. consom. L121-4 22°"},
    "relationship_denied": {"severity": "fail", "reference": "Directive 2005/29/CE annexe I pt 22 ; C. consom. L121-4 22°"},
    "image_retouched_missing": {"severity": "fail", "reference": "Loi n° 2023-451, art. 5 III 1° (« Image retouchée »)"},
    "image_virtual_missing": {"severity": "fail", "reference": "Loi n° 2023-451, art. 5 III 2° (« Image virtuelle »)"},
    "sector_banned": {"severity": "fail", "reference": "Loi n° 2023-451, art. 4"},
    "sector_restricted": {"severity": "warn", "reference": "Loi n° 2023-451, art. 4"},
    "sector_age_missing": {"severity": "fail", "reference": "Loi n° 2023-451, art. 4 II (jeux d'argent : mineurs exclus, mention)"},
    "sector_health_missing": {"severity": "fail", "reference": "C. santé publ. L3323-4 (message sanitaire)"},
    "length_over_limit": {"severity": "fail", "reference": "Limite du réseau"},
    "mention_obfuscated": {"reference": L2023 + " (la mention se lit : elle compte) ; bonne pratique d'accessibilité"},
    "mention_other_advertiser": {"severity": "fail", "reference": "C. consom. L121-2 3° (la personne pour le compte de laquelle la "
                                 "pratique est mise en œuvre doit être clairement identifiable) ; " + L2023},
    "mention_illegible": {"severity": "fail", "reference": L2023 + " (mention claire, lisible, identifiable)"},
    "relationship_advised": {"reference": "Directive 2005/29/CE annexe I pt 22 (bonne pratique : dire le lien)"},
    "commercial_advised": {"reference": L2023 + " (« mention équivalente ») ; ARPP fiche pratique 29/05/2024"},
    "image_denied": {"severity": "fail", "reference": "C. consom. L121-2 (pratique trompeuse) ; loi n° 2023-451, art. 5 III"},
    "network_unknown": {"severity": "warn", "reference": "—"},
    "virtual_experience": {"reference": "C. consom. L121-2 (témoignage trompeur : un personnage virtuel n'a pas utilisé le produit) ; loi n° 2023-451, art. 5"},
    "image_virtual_as_real": {"reference": "C. consom. L121-2 (pratique trompeuse) ; loi n° 2023-451, art. 5 III (image virtuelle)"},
}

A4 = "Loi n° 2023-451, art. 4"
SECTORS = {
    "general": sector("allowed", ""),
    "cosmetic_surgery": sector("banned", A4 + " I (actes à visée esthétique, C. santé publ. L6322-1)"),
    "therapeutic": sector("banned", A4 + " I (abstention thérapeutique)"),
    "nicotine": sector("banned", A4 + " I (produits contenant de la nicotine) ; C. santé publ. L3513-4"),
    "tobacco": sector("banned", "C. santé publ. L3512-4 (publicité en faveur du tabac) ; " + A4),
    # … « à l'exception des établissements autorisés à détenir ces animaux »: a zoo, an aquarium, a refuge
    "wild_animals": sector("banned", A4 + " I (animaux n'appartenant pas aux espèces autorisées)", exempt="wildlife_establishment"),
    "financial_cfd": sector("banned", A4 + " I ; C. monét. fin. L533-12-7 (CFD, forex, options binaires)"),
    "betting_tips": sector("banned", A4 + " I (abonnements à des pronostics sportifs)"),
    "prescription_medicine": sector("banned", "C. santé publ. L5122-6 (médicaments sur prescription : publicité auprès du public interdite)"),
    # the text can show the provider is registered or licensed (PSAN, MiCA): then nothing is left to review
    "crypto": sector("restricted", A4 + " ; C. monét. fin. L54-10-3 et L54-10-5 (prestataires enregistrés ou agréés seulement)",
                     condition="psan", review=False),
    # the text can show both statements the law asks for (the ban on minors; the warning against excessive gambling
    # with the helpline): then nothing is left to review on the face of the text
    "gambling": sector("restricted", A4 + " II (plateformes excluant les mineurs, mention d'interdiction) ; C. séc. int. L320-12 ; "
                       "décret n° 2010-624, art. 1 (message de mise en garde et numéro 09 74 75 13 13)",
                       condition="age", also="gambling_warning", review=False),
    "alcohol": sector("restricted", "C. santé publ. L3323-2 et L3323-4 (loi Evin : contenu informatif, message sanitaire)",
                      condition="health", review=False),
    # the text can show the statements R5122-3 asks for (« Ceci est un médicament », read the leaflet); the ANSM visa
    # only by its number (« Visa GP n° … », L5122-8): shown, nothing is left to review; missing, a human checks it
    "medicine": sector("restricted", "C. santé publ. L5122-1 et s. (publicité des médicaments, visa ANSM) ; R5122-3 (mentions obligatoires)",
                       condition="medicine_notice", cleared=("ansm_visa",)),
    # a regulated savings account or a bank account carries no investment risk: nothing is left to review
    # an outside promoter may be soliciting without the status L341-3 asks (a human checks it); the provider's own
    # employee with the risk warning (capital not guaranteed, past performance) is the firm's balanced communication
    # (C. monét. fin. L533-12 ; règl. délégué (UE) 2017/565 art. 44): nothing the text can show is missing
    # stop 28: an ordinary investment (an ETF in a PEA, a managed life-insurance contract) is outside art. 4's bans; a post
    # that tells the risk of losing capital (règl. délégué (UE) 2017/565 art. 44; AMF DOC-2011-24: clear, balanced) shows
    # what the text can show, whoever writes it — leverage is ``financial_cfd``'s ban, a guaranteed return ``crypto_guaranteed``
    # stop 30: a credit advertised with the sentence of L312-5 is the credit's regime, shown (``deposit_risk_or_credit``)
    "financial": sector("restricted", "C. monét. fin. L341-1 et s. (démarchage financier) ; L533-12 ; AMF ; C. consom. L312-5 et L313-4",
                        cleared=("deposit_risk_or_credit",),
                        cleared_employee=("investment_risk",)),
    # a general communication may say a course is CPF-eligible; prospecting the holders is what L6323-8-1 bans
    "cpf_training": sector("allowed", "C. trav. L6323-8-1 (prospection des titulaires du CPF)"),
    # every consumer credit advertisement carries the sentence of L312-5; with it nothing is left to review on the face of
    # the text (the figures and their representative example are ``credit_apr_missing``)
    "consumer_credit": sector("restricted", "C. consom. L312-5 (« Un crédit vous engage et doit être remboursé. Vérifiez vos "
                              "capacités de remboursement avant de vous engager. ») ; L312-6 (exemple représentatif)",
                              condition="credit_mention", review=False),
}

CONTENT = {
    "gambling_income": (("gambling", "betting_tips"),
                        "C. séc. int. L320-12 ; décret n° 2020-1349 (le jeu n'est ni une source de revenus ni une solution financière) ; ANJ"),
    "gambling_urgency": (("gambling", "betting_tips"), "C. séc. int. L320-12 ; ANJ, lignes directrices (incitation excessive)"),
    "gambling_risk_free": (("gambling", "betting_tips"),
                           "C. consom. L121-2 (pratique trompeuse sur les risques) ; C. séc. int. L320-12 ; ANJ, lignes directrices"),
    "gambling_chasing": (("gambling", "betting_tips"), "C. séc. int. L320-12 ; ANJ, lignes directrices (ni incitation à se refaire "
                                                       "ni à rejouer pour récupérer ses pertes)"),
    "casino_online": (("gambling",), "Loi n° 2010-476, art. 56 et 57 (aucun agrément pour les jeux de casino en ligne : publicité "
                                     "pour un site non autorisé punie) ; " + A4 + " II"),
    "credit_no_checks": (("financial", "consumer_credit"), "C. consom. L312-5 (publicité interdite pour un prêt octroyé sans élément sur la "
                                         "situation financière de l'emprunteur)"),
    "minor_appeal": (("gambling", "betting_tips", "alcohol"), A4 + " II ; C. séc. int. L320-12 ; C. santé publ. L3342-1 (mineurs)"),
    "crypto_unlicensed": (("crypto",), A4 + " I et II ; C. monét. fin. L54-10-3 et L54-10-5 (seuls les prestataires enregistrés ou agréés, PSAN ou MiCA, peuvent être promus)"),
    "crypto_performance": (("crypto",), "Règl. (UE) 2023/1114 MiCA, art. 66 (communications commerciales loyales, claires, non "
                                        "trompeuses, avec leurs risques) ; C. consom. L121-2 et L121-3 (information substantielle omise)"),
    "crypto_guaranteed": (("crypto", "financial", "financial_cfd"),
                          "C. consom. L121-2 (pratique trompeuse) ; règlement (UE) 2023/1114 MiCA, art. 66 (communications loyales, claires, non trompeuses)"),
    "alcohol_irresponsible": (("alcohol",), "C. santé publ. L3323-4 (contenu objectif et informatif seulement : ni excès, ni "
                                            "performance sportive, ni conduite, ni réussite) ; ARPP, Recommandation Alcool"),
    "alcohol_lifestyle": (("alcohol",), "C. santé publ. L3323-4 (loi Evin : indications objectives seulement, ni fête ni art de vivre) ; ARPP, Recommandation Alcool"),
    "alcohol_health": (("alcohol",), "C. santé publ. L3323-4 (indications objectives seulement : aucune allégation de santé)"),
    "safety_claim": (("cosmetic_surgery", "medicine", "prescription_medicine"),
                     "C. consom. L121-2 (pratique trompeuse) ; C. santé publ. L5122-2 (présentation objective du médicament)"),
    "wildlife_unlawful": (("wild_animals",), A4 + " I ; C. envir. L411-1 et arrêté du 16 août 2016 (commerce de l'ivoire et de la corne de rhinocéros)"),
    "health_claim": (None, A4 + " I (abstention thérapeutique) ; C. consom. L121-2"),
    "credit_apr_missing": (("consumer_credit",), "C. consom. L312-6 (publicité chiffrée : taux débiteur, montant total, TAEG, "
                                                   "durée, montant total dû et échéances, à l'aide d'un exemple représentatif)"),
    "credit_irresponsible": (("consumer_credit",), "C. consom. L312-5 et s. (ni augmentation de ressources suggérée, ni fausses "
                                                   "attentes sur la disponibilité ou le coût du crédit) ; L121-2"),
    "cpf_inducement": (("cpf_training",), "C. trav. L6323-8-1 (loi n° 2022-1587) ; conditions générales de Mon Compte Formation "
                                          "(aucun cadeau ni avantage en contrepartie d'une inscription) ; C. consom. L121-1"),
    "cpf_income": (("cpf_training",), "C. consom. L121-2 et L121-4 (promesse trompeuse de revenus ou d'emploi) ; C. trav. L6323-8-1"),
    "cpf_prospecting": (("cpf_training",), "C. trav. L6323-8-1 (prospection des titulaires du CPF sur les réseaux sociaux interdite)"),
    # read in every commercial post, whatever its sector (``packs.claims``): misleading absolute claims
    "claim_efficacy": (None, "C. consom. L121-2 2° (caractéristiques essentielles, résultats attendus) et L121-4 17° (affirmer "
                             "faussement qu'un produit est de nature à guérir des maladies) ; règl. (CE) 1223/2009 art. 20 et "
                             "règl. (UE) 655/2013 (allégations des cosmétiques) ; règl. (UE) 1169/2011 art. 7 §3"),
    "claim_safety": (None, "C. consom. L121-2 2° (pratique trompeuse sur les risques du produit ou du service)"),
    "claim_sunscreen": (None, "Recommandation 2006/647/CE, pt 10 (ni « protection totale » ou 100 %, ni dispense de "
                              "réapplication) ; règl. (CE) 1223/2009 art. 20 ; C. consom. L121-2"),
    "claim_environmental": (None, "C. consom. L121-2 2° b) et e) ; C. env. L541-9-1 (« biodégradable », « respectueux de l'environnement » interdits) "
                                  "et L229-68 (neutralité carbone) ; directive (UE) 2024/825, annexe I pts 2 bis et 4 bis (allégations génériques)"),
    "whitening_peroxide": (None, "Règl. (CE) 1223/2009, annexe III, entrée 12 (plus de 0,1 % de peroxyde d'hydrogène : vendu aux seuls "
                                 "praticiens de l'art dentaire, première utilisation par eux ; plus de 6 % interdit) ; C. consom. L121-2"),
    "claim_deposit_insurance": (None, "C. consom. L121-2 ; C. monét. fin. L312-4 et s. (le FGDR ne garantit que les dépôts) ; "
                                      "règl. (UE) 2023/1114 MiCA, art. 66 (communications loyales, claires, non trompeuses)"),
    # read in every commercial post, whatever its sector (``Check.child_exhortation``)
    "child_exhortation": (None, "C. consom. L121-7 5° (pratique commerciale agressive : inciter directement les enfants à acheter "
                                "ou à persuader leurs parents de leur acheter le produit) ; directive 2005/29/CE annexe I pt 28"),
    # read in every commercial post (``engine._CONTENT_RULES``): an ad for a processed food or a sweetened drink
    "food_health_message": (None, "C. santé publ. L2133-1 et R2133-1 à R2133-3 (message sanitaire « Pour votre santé, … » et "
                                  "www.mangerbouger.fr ; à défaut, la contribution de l'annonceur à Santé publique France)"),
}

#: food supplements (an allowed trade): what the content may not say, whatever the label
_SUPP = "Règl. (CE) 1924/2006"
CONTENT.update({
    "supplement_disease": (("supplement",), "Règl. (UE) 1169/2011, art. 7 §3 (aucune denrée ne peut prévenir, traiter ou guérir une "
                                            "maladie) ; " + _SUPP + ", art. 10 et 14 ; C. consom. L121-2"),
    "supplement_claim": (("supplement",), _SUPP + ", art. 5, 6 et 10 §1 (seules les allégations autorisées, règl. (UE) 432/2012, "
                                          "dans leurs termes) ; C. consom. L121-2"),
    "supplement_doctor": (("supplement",), _SUPP + ", art. 12 c) (aucune référence aux recommandations d'un médecin ou d'un "
                                           "professionnel de santé)"),
    "supplement_diet": (("supplement",), "Directive 2002/46/CE, art. 7 et décret n° 2006-352, art. 10 (aucune mention affirmant "
                                         "qu'une alimentation équilibrée et variée ne suffit pas) ; " + _SUPP + ", art. 3 d)"),
})

#: France's own reach of a content rule: immunity « renforcée » or "boostée" without a figure is beyond the authorised
#: claims (règl. 1924/2006 art. 10 §1, règl. 432/2012: « contribue au fonctionnement normal du système immunitaire »)
CONTENT_EXTRA = {"supplement_claim": supplement.IMMUNITY_BOOSTED}

#: a slimming product or regime aimed at pupils (« spécial lycéennes », « les filles de 2nde ») : read with
#: ``minor_appeal``'s words where no sector row exists
SLIMMING_MINORS = ("C. consom. L121-1 (pratique déloyale envers un groupe de consommateurs particulièrement vulnérables en raison "
                   "de leur âge ; directive 2005/29/CE art. 5 § 3) ; ARPP, Recommandation Comportements alimentaires")

#: image wordings that describe the picture in running French rather than label it: enough alone, not beside a label
#: written in another language (« AI-generated image » set as the label of a French post: loi 2023-451 art. 5 III asks for
#: « Image virtuelle », loi n° 94-665 art. 2 for French; the description does not make the label understood)
IMAGE_DESCRIPTIONS = frozenset(("fr.personnage_virtuel",))
IMAGES = ("retouched", "virtual")          # art. 5 III : « Image retouchée », « Image virtuelle »
# art. 5 : « Publicité » ou « Collaboration commerciale » en tête suffit, même pour un salarié (le lecteur sait
# que la marque parle : il ne se fait pas passer pour un consommateur, directive 2005/29/CE annexe I pt 22) ;
# dire aussi le lien d'emploi est une bonne pratique (note ``relationship_advised``)
# un salarié qui dit son lien, sans autre contrepartie que son salaire, n'est pas rémunéré pour ce post (art. 1,
# « à titre onéreux ») : le lien dit suffit (C. consom. L121-4 22°), il n'y a rien à faire relire

PHRASES = {
    "fr": {"commercial": "Collaboration commerciale avec {brand}", "commercial_nobrand": "Publicité",
           "relationship": "je travaille chez {brand}", "relationship_nobrand": "je travaille pour la marque",
           "retouched": "Image retouchée", "virtual": "Image virtuelle", "age": "Interdit aux moins de 18 ans.",
           "health": "L'abus d'alcool est dangereux pour la santé, à consommer avec modération.",
           "food_health": "Pour votre santé, évitez de manger trop gras, trop sucré, trop salé. www.mangerbouger.fr",
           "fda_warning": "", "risk_warning": "",
           "credit_mention": "Un crédit vous engage et doit être remboursé. Vérifiez vos capacités de remboursement avant de vous engager.",
           "medicine_notice": "Ceci est un médicament. Lisez attentivement la notice. Demandez conseil à votre pharmacien.",
           "gambling_warning": "Jouer comporte des risques : endettement, isolement, dépendance. Pour être aidé, appelez le 09 74 75 13 13 (appel non surtaxé)."},
}

# The other language's wordings that this jurisdiction treats differently in a French post.
# Art. 5 demands « Publicité » or « Collaboration commerciale » (or an equivalent the audience
# understands) and loi n° 94-665 (Toubon) French in advertising: « #ad » in a French post is a
# mention in another language (``mention_language``), not a weak French one.
FOREIGN: dict = {}

#: wording id → strength in this jurisdiction, where it differs from the wording's own
STRENGTH: dict = {}

# a label that points elsewhere (« Publicité visible en commentaire ») is not a label in the post: art. 5 asks for it in
# the content itself. So is one said to stand in the picture or the profile (« la mention « collaboration commerciale » est
# en bas de l'image », « mes collaborations commerciales sont indiquées sur mon profil »): a mention burnt into an image
# can be cropped in the preview and is read by no screen reader, a profile is not the post (art. 5 « claire, lisible et
# identifiable » sur le contenu ; ARPP, fiche influence : la mention figure dans la légende, pas seulement sur le visuel)
_ELSEWHERE = (r"(?! (?:visible |indiquee |mentionnee |precisee |signalee |)(?:en|dans (?:les?|ma|mon|le)|sur (?:mon|ma|le)) "
              r"(?:1er |premier )?(?:commentaires?|comms?|bio|profil|story|stories))"
              # … ou dont le détail est renvoyé à un commentaire (« Publicité – détails en commentaire », « Collaboration
              # commerciale : voir 1er commentaire ») : le lien lui-même doit se lire dans le post (art. 5)
              r"(?! ?[\-:,(|] ?(?:(?:tous les |plus de )?(?:details|infos?|precisions) (?:en |dans (?:le |les )?|sous (?:le |les )?)"
              r"(?:1er |premier )?(?:commentaires?|comms?)|(?:voir|cf\.?) (?:le |les |mon )?(?:1er |premier )?(?:commentaires?|comms?)))"
              # the label said to stand elsewhere, in words (plain spaces: « Publicité : sur la photo, … » labels the post)
              r'(?!\s*"?\s*(?:(?:est|sont|figure|figurent|apparait|apparaissent|se\s+trouvent?|se\s+situent?)\s+)?'
              r"(?:(?:visible|indiquee?|mentionnee?|precisee?|signalee?|affichee?|ecrite?|inscrite?|notee?)s?\s+)?(?:tout\s+)?"
              r"(?:(?:en|au)\s+(?:bas|haut|dos|coin)(?:\s+(?:a\s+)?(?:droite|gauche))?\s+(?:de\s+|d')|en|dans|sur)\s*"
              r"(?:les?\s+|la\s+|l'|ma\s+|mon\s+|mes\s+|ce\s+|cet\s+|cette\s+)?(?:1er\s+|premiere?\s+|derniere?\s+|deuxieme\s+|"
              r"seconde?\s+)?(?:image|visuel|photo|slide|diapo|carrousel|carousel|legende|profil|bio|commentaire)s?(?![a-z]))")
_SEP_NEG = "(?!(?:alle|passe|venu|retourne|rentre|arrive|reste|tombe|ravie?|fiere?|heureuse|heureux)s?e?s? )"

#: what follows « équipe de » when the team is a club or a circle of friends, not an employer's staff
_LEISURE_TEAM = (r"(?! (?:foot|football|rugby|hand|handball|basket|volley|hockey|tennis|course|running|trail|natation|"
                 r"quartier|copains|copines|potes|amis|coeur|supporters)(?![a-z]))")
# un lien renvoyé au profil ou à la bio (« … où je bosse, cf mon profil ») n'est pas dit dans la publication
_AU_PROFIL = r"(?![\s,:;()\-]{0,6}(?:cf\.?|voir|dans|sur) (?:mon |ma )?(?:profil|bio)(?![a-z]))"

# a trade named, no employer (« je bosse dans l'assurance depuis 12 ans », « je travaille dans la cosmétique »): the reader
# hears an expert of the trade, not the brand's employee (C. consom. L121-4 22°, L121-1: the link must be told, a trade
# does not tell it); unless the employer follows (« dans l'assurance, chez Halden »)
_TRADE_ONLY = (r"(?! (?:dans|en) (?:l'|la |le |les )?(?:assurances?|banques?|finance|tech|informatique|immobilier|retail|commerce|"
               r"distribution|grande distribution|cosmetiques?|beaute|mode|restauration|hotellerie|sante|pharma|pharmacie|"
               r"marketing|communication|pub|publicite|automobile|auto|btp|batiment|energie|telecoms?|logistique|transports?|"
               r"luxe|agroalimentaire|alimentaire|edition|conseil|audit|rh|ressources humaines|industrie|e-commerce|saas|"
               r"fintech|cybersecurite|bio|vin|spiritueux|jeu video|jeux video|le secteur|secteur [a-z\-]+|metier|domaine)"
               r"(?![a-z])(?![^.!?\n]{0,30}?(?:chez|pour|au sein)(?![a-z])))")


#: le verbe du gain (« je touche », « on gagne », « nous recevrons »), la somme ou la récompense, et ce qui la déclenche
_FR_GAIN = (r"(?:touche|touchons|toucherai|toucherons|touchera|percois|percoit|percevons|percevrai|recois|recoit|recevons|recevrai|recevrons|"
            r"gagne|gagnons|gagnerai|gagnerons|empoche|empochons)")
_FR_SUM = (r"(?:(?:chacun|chacune|tous les deux|toutes les deux|aussi|moi aussi|egalement|alors|donc) )?"
           r"(?:\d+(?:[,.]\d+)? ?(?:€|euros?)|€ ?\d+|(?:une|un) (?:petite |petit )?(?:prime|recompense|remuneration|bonus|"
           r"somme|bon d'achat|credit|cagnotte|reduction sur (?:ma|mon) (?:facture|abonnement))(?![a-z]))")
_FR_TRIGGER = (r"(?:(?:si|quand|lorsque|des que|chaque fois que|a chaque fois que) (?:vous|tu|quelqu'un|un ami|une amie|un proche)|"
               r"(?:pour|a) chaque (?:filleul|filleule|inscription|souscription|commande|parrainage|personne|ami)|"
               r"par (?:filleul|filleule|inscription|souscription|parrainage)|(?:avec|via|par) (?:mon|ce) (?:lien|code))(?![a-z])")

WORDINGS = [
    # --- mention commerciale : acceptées ------------------------------------------------
    # a letter dropped from the legal wording (« Colaboration commerciale », « Collaboration comerciale ») leaves it what
    # the reader reads: the mention stays « claire, lisible et identifiable » (loi 2023-451 art. 5, mod. ord. 2024-978)
    w("fr.collaboration_commerciale", "commercial", "accepted", r"co(?:ll|l)aborations? co(?:mm|m)erciales?" + _ELSEWHERE,
      lang="fr", example="Collaboration commerciale avec Acme"),
    # the legal wording abbreviated, its words kept ("Collab. commerciale avec Acme"): the mention adapted to the
    # format stays explicit (loi 2023-451 art. 5 "claire, lisible et identifiable"); "#collab" alone is not
    w("fr.collab_commerciale", "commercial", "accepted", r"co(?:ll|l)abs?\.? co(?:mm|m)erciales?" + _ELSEWHERE, lang="fr",
      example="Collab. commerciale avec Acme"),
    w("fr.collaboration_remuneree", "commercial", "accepted", r"collaborations? (?:remuneree|payee|sponsorisee)s?", lang="fr"),
    # (a letter added, « Publicitée », is the same word misspelt, what the reader reads: art. 5 « claire, lisible et
    # identifiable », as the dropped letters above)
    w("fr.publicite", "commercial", "accepted", r"publicitee?s?" + _ELSEWHERE, lang="fr", example="Publicité"),
    w("fr.partenariat_qualifie", "commercial", "accepted",
      r"partenariats? (?:remunere|commercial|publicitaire|sponsorise|paye)s?", lang="fr",
      example="Partenariat rémunéré avec Acme"),
    # art. 5 accepts « une mention équivalente » adapted to the format; the ARPP's guide (fiche pratique, 29 May 2024)
    # lists « en partenariat avec X » as clear, and three of the four independent labellers who met it passed it
    w("fr.partenariat_avec", "commercial", "accepted", r"partenariats? (?:avec|entre)", lang="fr",
      example="En partenariat avec Acme"),
    w("fr.sponsorise", "commercial", "accepted", r"sponsorise(?:e|s|es)?", lang="fr", example="Sponsorisé par Acme"),
    w("fr.contenu_sponsorise", "commercial", "accepted", r"contenus? (?:publicitaire|commercial|remunere|sponsorise)s?", lang="fr"),
    w("fr.message_publicitaire", "commercial", "accepted", r"(?:message|communication|annonce)s? publicitaires?", lang="fr"),
    w("fr.placement_produit", "commercial", "accepted", r"placements? de produits?", lang="fr"),
    # « une mention équivalente » (art. 5 as amended by ord. 2024-978): the words themselves say advertising
    w("fr.communication_commerciale", "commercial", "accepted", r"communications? commerciales?", lang="fr",
      example="Communication commerciale"),
    w("fr.publireportage", "commercial", "accepted", r"publi[\s\-]?(?:reportage|redactionnel)s?", lang="fr",
      example="Publireportage"),
    w("fr.remunere", "commercial", "accepted", r"remunere(?:e|s|es)?", lang="fr", example="Post rémunéré par Acme"),
    w("fr.paye_par", "commercial", "accepted", r"paye(?:e|s|es)? (?:par|pour)", lang="fr"),
    # « je touche une commission » says the author is paid for what the post sells: an equivalent mention, as « rémunéré »
    w("fr.touche_commission", "commercial", "accepted", r"(?:touche|percois|recois|gagne|empoche)(?:rai)? (?:une |des )?(?:petite |petites )?commissions?",
      lang="fr", before=r"\b(?:je|j'|on|nous)\s*$", example="Je touche une commission sur chaque vente"),
    # le gain du parrainage dit en clair, avec ce qui le déclenche (« je touche 30 € si vous souscrivez avec mon lien », « si
    # vous vous inscrivez, on touche chacun 20 € », « je gagne une prime pour chaque filleul ») : le lecteur apprend que
    # l'auteur est rémunéré par son achat, l'intention commerciale dite en mots clairs, comme « je touche une commission » —
    # une mention équivalente (loi 2023-451 art. 5 modifié par l'ord. 2024-978). Ni le gain du lecteur (« vous gagnez
    # 20 € »), ni une somme sans déclencheur (« j'ai gagné 30 € au loto »)
    w("fr.gain_si_vous", "commercial", "accepted", _FR_GAIN + " " + _FR_SUM + r"(?:[^.!?\n]{0,40}?)(?<![a-z])" + _FR_TRIGGER,
      lang="fr", before=r"\b(?:je|j'|on|nous|et)\s*$", example="Je touche 30 € si vous souscrivez avec mon lien"),
    w("fr.si_vous_gain", "commercial", "accepted", _FR_GAIN + " " + _FR_SUM, lang="fr",
      before=r"\b(?:si|quand|lorsque|des que|chaque fois que)\s+(?:vous|tu)\b[^.!?\n]{0,40}?(?:,\s*)?(?:je|j'|on|nous)\s*$",
      example="Si vous souscrivez avec mon lien, on touche chacun 30 €"),
    # le gain dit à côté du code ou du lien de parrainage qui le déclenche (« Code parrainage Voltéo (on reçoit chacun
    # 30 € : toi en remise, moi en crédit) », « mon lien de parrainage, je touche 20 € ») : le lecteur apprend que
    # l'auteur gagne à son achat, l'intention commerciale dite en clair, comme « je touche une commission » (loi 2023-451
    # art. 5 modifié par l'ord. 2024-978 : mention claire ; C. consom. L121-4 22°)
    w("fr.parrainage_gain", "commercial", "accepted", _FR_GAIN + " " + _FR_SUM, lang="fr",
      before=r"\b(?:codes?|liens?|offres?) (?:de )?parrainage\b[^.!?\n]{0,40}?\b(?:je|j'|on|nous)\s*$",
      example="Mon code de parrainage : on reçoit chacun 30 €"),
    # --- mention commerciale : faibles (avertissement) ------------------------------------
    # « #pub » opening the post is read as « Publicité » itself: the ARPP's recommendation on influencer communication
    # lists it among the accepted equivalents and the loi 2023-451 art. 5 (as amended by ord. 2024-978) asks for a
    # « mention claire, lisible et identifiable » up front, not a single word; at the end or among tags it stays weak
    w("fr.pub_hashtag_start", "commercial", "accepted", r"#pub(?![a-z])", lang="fr", start=True, example="#pub …"),
    w("fr.pub_hashtag", "commercial", "weak", r"#pub", lang="fr", example="#pub"),
    w("fr.pub_label", "commercial", "accepted", r"pub(?=\s*[:|\]\)\-])", lang="fr", example="Pub : …"),
    # « Pub @marque » opening the post: the same label, the advertiser named right after it (ord. 2024-978: a mention
    # « adaptée au format »; the ARPP lists « Pub » with « #pub »)
    w("fr.pub_start", "commercial", "accepted", r"pub(?=\s+(?:pour |avec |x |chez )?@)", lang="fr", start=True,
      example="Pub @marque"),
    w("fr.produit_offert", "commercial", "weak", r"(?:produits?|cadeaux?|echantillons?) offerts? (?:par|gracieusement)", lang="fr"),
    w("fr.offert_par", "commercial", "weak", r"offerte?s? par", lang="fr"),
    w("fr.lien_affilie", "commercial", "insufficient", r"liens? (?:affilie|d'affiliation|commissionne)s?", lang="fr"),
    w("fr.affiliation", "commercial", "insufficient", r"#affiliation", lang="fr"),
    # --- formulations insuffisantes -------------------------------------------------------
    w("fr.partenariat_seul", "ambiguous", "insufficient", r"partenariats?", lang="fr", signal=True, example="#partenariat"),
    w("fr.partenaire", "ambiguous", "insufficient", r"partenaires?", lang="fr", example="#partenaire"),
    w("fr.collaboration_seule", "ambiguous", "insufficient", r"collaborations?", lang="fr", signal=True,
      example="En collaboration avec Acme"),
    w("fr.sponso", "ambiguous", "insufficient", r"#sponso", lang="fr", signal=True),
    w("fr.ambassadeur", "ambiguous", "insufficient", r"ambassad(?:eur|rice)s?", lang="fr", example="#ambassadrice"),
    w("fr.merci", "ambiguous", "insufficient", r"merci", lang="fr", example="Merci à Acme"),
    w("fr.association", "ambiguous", "insufficient", r"association avec", lang="fr", before=r"\ben\s+$"),
    # « mes amis de chez X » : un lien que les mots laissent flou, ni mention ni emploi (art. 5 : mention claire)
    w("fr.amis_chez", "ambiguous", "insufficient", r"(?:amis|amies|potes|copains|copines) (?:de chez|chez)(?![a-z0-9])", lang="fr",
      before=r"\b(?:mes|nos)\s+(?:[a-z]+\s+)?$", example="mes amis de chez Acme"),
    # --- mots commerciaux (ne comptent pas comme mention ; niés, ce sont des démentis) -----
    w("fr.mot_pub", "word", "none", r"pubs?", lang="fr"),
    w("fr.mot_sponsor", "word", "none", r"sponso\w*", lang="fr"),
    w("fr.mot_paye", "word", "none", r"paye(?:e|s|es)?", lang="fr"),
    w("fr.mot_contrepartie", "word", "none", r"contreparties?", lang="fr"),
    w("fr.mot_affiliation", "word", "none", r"affili\w*", lang="fr"),
    # --- démentis explicites ----------------------------------------------------------------
    w("fr.dementi_hashtag", "denial", "none", r"#(?:pas|non) ?(?:de ?)?(?:pub|sponso\w*|partenariat|collab\w*)", lang="fr",
      example="#passponso"),
    w("fr.dementi_question", "denial", "none", r"(?:#pub|pub|une pub|sponso|sponsorise) ?\?+ (?:mdr |lol |ptdr |haha )?(?:non|nan|pas du tout)",
      lang="fr", example="pub ? mdr non"),
    # a label taken back in the same breath (« #pub (mais pas vraiment hein) », « pub mais pas vraiment ») tells the reader
    # the post is not really advertising: the mention is made confusing, a misleading practice (C. consom. L121-2 ;
    # loi 2023-451 art. 5 « claire … et identifiable »)
    w("fr.dementi_pas_vraiment", "denial", "none",
      r"(?:#pub|pub|publicite|#sponso|sponso|sponsorise|collab|collaboration\s*commerciale)\s*[(,\-]?\s*"
      r"(?:(?:mais|enfin|bon|bref|quoique)[\s,]+)?(?:pas\s+vraiment|pas\s+une\s+vraie|c'est\s+pas\s+vraiment|"
      r"pas\s+tout\s+a\s+fait|juste\s+pour\s+la\s+forme|pour\s+la\s+forme)",
      lang="fr", example="#pub (mais pas vraiment)"),
    # advertising refused in a phrase (« La publicité, très peu pour moi », « zéro pub ici », « les partenariats, pas mon
    # truc »): the post tells the reader it is not advertising (C. consom. L121-4 11° et 22°)
    w("fr.dementi_tres_peu", "denial", "none",
      r"(?:(?:pubs?|publicites?|placements? de produits?|partenariats?|sponsos?|collabs?)\s*[,:\-]?\s*"
      r"(?:tres peu pour (?:moi|nous)|(?:c'est |ce n'est )?pas (?:trop |vraiment )?(?:mon|notre) (?:truc|genre|delire))|"
      r"(?:zero|jamais de|pas de|aucune?) (?:pub|publicite|placement de produit|sponso)s? (?:ici|sur ce compte|chez moi|sur mon compte))(?![a-z])",
      lang="fr", example="La publicité, très peu pour moi"),
    w("fr.dementi_personne", "denial", "none", r"personne ne me (?:paie|paye|sponsorise|remunere)", lang="fr"),
    w("fr.dementi_aucun_lien", "denial", "none", r"aucun (?:lien|partenariat|contrat|sponsor)\w*", lang="fr"),
    w("fr.dementi_achete", "denial", "none",
      r"(?:achete|achetee|paye|payee) (?:avec mon propre argent|avec mes propres sous|de ma poche|moi-meme|par moi-meme)",
      lang="fr", example="Acheté avec mon propre argent"),
    # --- lien avec l'employeur ----------------------------------------------------------------
    # not the place one works from (« je travaille depuis un café », « de chez moi »): that names no employer
    w("fr.travaille", "relationship", "accepted", r"travaill(?:e|es|ons|ez|ent|ais|ait)" + _TRADE_ONLY + r"(?! (?:depuis|de|dans|a|sur) "
      r"(?:un|une|chez moi|la maison|mon canape|mon salon|la plage|le train|la terrasse|distance)(?![a-z]))" + _AU_PROFIL +
      r"(?: depuis)?",
      lang="fr", before=r"(?:\bje|\bj'y|\bnous|\bj'ai|\bj'y ai|\bon)\s+$", example="Je travaille chez Acme"),
    w("fr.bosse", "relationship", "accepted", r"bosse" + _TRADE_ONLY + _AU_PROFIL, lang="fr", before=r"\b(?:je|j'y)\s+$"),
    # l'employeur renvoyé au profil (« vous savez où je bosse, cf mon profil », « pour qui je travaille : voir ma bio ») :
    # la publication elle-même ne dit pas le lien (C. consom. L121-4 22° ; loi 2023-451 art. 5 : sur le contenu)
    w("fr.travail_au_profil", "ambiguous", "insufficient",
      r"(?:ou|pour qui|chez qui) (?:je|j'y|j') (?:bosse|travaille)[^.!?\n]{0,25}?(?:cf\.?|voir|dans|sur|en) (?:mon|ma) (?:profil|bio)",
      lang="fr", example="vous savez où je bosse, cf mon profil"),
    # the job named with the brand as « eux » (« avantage d'être barista chez eux », « étant vendeuse chez eux ») once the
    # post has named it: the link stated (C. consom. L121-4 22°); not a customer's « cliente chez eux »
    w("fr.metier_chez_eux", "relationship", "accepted",
      r"(?:d'etre|etant|je suis|j'suis) (?!(?:cliente?s?|abonnee?s?|fideles?|habituee?s?|fan|fans|client fidele) )"
      r"(?:[a-z\-]+ ){1,2}chez (?:eux|elles?)(?![a-z])", lang="fr", example="avantage d'être barista chez eux"),
    w("fr.travailler", "relationship", "accepted", r"(?:travailler|bosser)(?: [a-z'\-]+){0,4}? (?:chez|pour|au sein)", lang="fr",
      before=r"\b(?:de|d'|d)\s*$", example="Fière de travailler chez Acme"),
    w("fr.rejoint", "relationship", "accepted", r"rejoint (?:l'equipe|l'entreprise|la societe|la team|le groupe)", lang="fr",
      before=r"\b(?:j'ai|je viens de|nous avons|avoir)\s+$"),
    w("fr.salarie", "relationship", "accepted", r"salarie(?:e|\(e\))?", lang="fr", example="Salariée d'Acme"),
    # pas l'unité d'un prix ou d'une règle (« 4 € par employé », « chaque employée », "per employee") : le personnel
    # d'un autre, pas le lien de l'auteur (C. consom. L121-4 22°)
    w("fr.employe", "relationship", "accepted", r"employe(?:e|\(e\))?", lang="fr",
      before=r"(?<!par\s)(?<!chaque\s)(?<!vos\s)(?<!tes\s)(?<!leurs\s)(?<!leur\s)(?<!votre\s)(?<!ton\s)(?<!ta\s)(?<!per\s)(?<!each\s)(?<!every\s)(?<!your\s)(?<!their\s)(?<!any\s)(?<!/)$"),
    w("fr.employeur", "relationship", "accepted", r"employeur", lang="fr", before=r"\b(?:mon|notre)\s+$",
      example="mon employeur"),
    w("fr.collaborateur", "relationship", "accepted", r"collaborat(?:eur|rice) (?:de|d'|chez)", lang="fr"),
    # un salarié qui dit ne pas l'être : un démenti du lien, jamais une mention
    w("fr.ne_travaille_pas", "relationship", "none", r"ne (?:travaille|bosse) (?:pas|plus|jamais) (?:chez|pour|a|au)(?![a-z0-9])",
      lang="fr", before=r"\bje\s+$", phrase=True, example="Je ne travaille pas chez Acme"),
    w("fr.fais_partie", "relationship", "accepted", r"fais partie (?:de|d'|du)", lang="fr", before=r"\bje\s+$"),
    w("fr.collegues", "relationship", "accepted", r"collegues (?:de|d'|chez)", lang="fr", before=r"\bmes\s+$"),
    # « mon équipe de foot » is a club, not an employer
    w("fr.equipe_chez", "relationship", "accepted", r"equipes? (?:chez|de" + _LEISURE_TEAM + r"|d'|du)", lang="fr",
      before=r"\b(?:mon|ma|notre|nos|dans l'|dans mon|dans notre)\s*$", scan=True, example="Mon équipe chez Acme"),
    w("fr.je_suis_chez", "relationship", "accepted",
      r"je suis (?:un |une |en poste |le |la |l')?" + _SEP_NEG + r"(?:[a-z'\-]+ ){0,3}chez [a-z0-9@]", lang="fr", scan=True,
      example="Je suis ingénieure chez Acme"),
    w("fr.chez_depuis", "relationship", "accepted",
      r"chez [a-z0-9@&'\-]+ depuis (?:(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plus de \d+) (?:ans?|mois|annees?)|"
      r"(?:19|20)\d\d(?![0-9]))",
      lang="fr", scan=True, example="Chez Acme depuis 5 ans, je vous présente…"),
    w("fr.hashtag_salarie", "relationship", "accepted", r"#[a-z0-9_]+(?:salarie|employe)e?s?(?![a-z0-9])", lang="fr", scan=True),
    w("fr.hashtag_salarie_de", "relationship", "accepted", r"#(?:salarie|employe|collaborat(?:eur|rice))e?s?[a-z0-9_]+", lang="fr",
      scan=True, example="#SalariéAcme"),
    # le lien d'emploi en mots naturels (DPCD annexe I pt 22 : le lien doit être clair, pas la formule)
    w("fr.chez_brand_nous", "relationship", "accepted",
      r"chez @?[a-z0-9&'\-]+(?: [a-z0-9&'\-]+)?,? (?:nous|on|notre equipe|nos equipes)(?![a-z0-9])", lang="fr",
      phrase=True, example="Chez Acme, nous lançons…"),
    w("fr.nous_chez", "relationship", "accepted", r"(?:nous|ici),? chez @?[a-z0-9][a-z0-9&'\-]*", lang="fr", phrase=True, example="Nous, chez Acme…"),
    w("fr.au_sein", "relationship", "accepted", r"au sein (?:de |d'|du |des )@?[a-z0-9][a-z0-9&'\-]*", lang="fr",
      before=r"(?:je suis|j'evolue|je m'epanouis|mon poste|mon role|mon travail|mes missions|je travaille|j'ai rejoint|"
             r"je fais partie|je bosse|(?:ingenieure?|responsable|chargee?|cheffe?|manager|directeur|directrice|"
             r"commerciale?|developpeuse|developpeur|consultante?)(?: [a-z\-]+){0,3})\s+$",
      phrase=True, example="Je suis cheffe de projet au sein d'Acme"),
    w("fr.en_tant_que", "relationship", "accepted",
      r"en tant qu(?:e |')(?!(?:clients?|clientes?|consommat\w*|utilisat\w*|fans?|abonnee?s?|partenaires?|maman|papa|parents?) )"
      r"(?:[a-z'\-]+ ){0,4}(?:chez |de |d'|du )@?[a-z0-9][a-z0-9&'\-]*", lang="fr", phrase=True, example="En tant que designer chez Acme, …"),
    w("fr.depuis_chez", "relationship", "accepted",
      r"(?:depuis|voila|cela fait|ca fait) (?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) (?:ans?|mois|annees?) "
      r"(?:que je suis |que je travaille |que j'ai rejoint )?(?:chez|a|au sein de) @?[a-z0-9][a-z0-9&'\-]*", lang="fr",
      phrase=True, example="Depuis 5 ans chez Acme"),
    # sa propre affaire (« ma propre newsletter », « mon propre cabinet ») : le lien de l'auteur, dit (DPCD annexe I pt 22)
    w("fr.ma_propre_affaire", "relationship", "accepted",
      r"(?:ma propre|mon propre) (?:[a-z\-]+ ){0,2}(?:newsletter|entreprise|societe|marque|boutique|chaine|agence|studio|cabinet|"
      r"salon|brasserie|boulangerie|formation|application|appli|podcast|site|service)s?(?![a-z])", lang="fr",
      example="ma propre newsletter payante"),
    # un lien familial avec la marque dit dans la publication (« c'est mon frère qui la brasse », « ma femme tient la
    # boutique ») : le lien est celui du texte, quoi qu'en dise le contexte (C. consom. L121-4 22°) ; compté là où il se voit
    w("fr.lien_familial", "relationship", "accepted", common.FAMILY_TIE_FR,
      lang="fr", example="c'est mon frère qui la brasse"),
    w("fr.fondateur", "relationship", "accepted",
      r"(?:co-?fondat(?:eur|rice)|fondat(?:eur|rice)|pdg|dg|directeur general|directrice generale|ceo) (?:de |d'|du |chez )@?[a-z0-9][a-z0-9&'\-]*",
      lang="fr", phrase=True, example="Fondatrice d'Acme"),
    w("fr.rejoint_brand", "relationship", "accepted", r"rejoint @?[a-z0-9&'\-]+ (?:en|il y a|depuis|comme|cette|l'an)(?![a-z0-9])",
      lang="fr", before=r"\b(?:j'ai|depuis que j'ai|quand j'ai|avoir)\s+$", phrase=True, example="J'ai rejoint Acme en 2020"),
    w("fr.ma_boite", "relationship", "accepted",
      # the brand must follow, set off ("ma boîte, Acme", "mon entreprise (Acme)"): "mon entreprise qui lance…"
      # names nobody, and "our product" with no brand named is not enough
      r"(?:ma|mon|notre) (?:boite|entreprise|societe|maison|agence|startup|start-up|groupe) ?(?:,|\(|:|-) ?"
      r"@?[a-z0-9][a-z0-9&'\-]*", lang="fr", phrase=True, example="Ma boîte, Acme, lance…"),
    w("fr.mon_poste", "relationship", "accepted",
      r"(?:mon|ma) (?:poste|job|role|travail|mission|alternance|stage|equipe) (?:chez|au sein de|a|dans l'equipe) @?[a-z0-9][a-z0-9&'\-]*",
      lang="fr", phrase=True, example="Mon poste chez Acme"),
    w("fr.ici_chez", "relationship", "accepted", r"ici,? chez @?[a-z0-9][a-z0-9&'\-]*", lang="fr", phrase=True,
      example="Ici, chez Acme, …"),
    # --- images --------------------------------------------------------------------------------
    w("fr.retouchee", "retouched", "accepted", r"retouche(?:e|es|s)?", lang="fr", example="Image retouchée"),
    w("fr.virtuelle", "virtual", "accepted", r"virtuel(?:le)?s?", lang="fr",
      before=r"\b(?:image|photo|visuel)s?\s+$", example="Image virtuelle"),
    # the model described as virtual (« Lola est un personnage virtuel », « notre mannequin virtuelle ») tells a French
    # reader the person is not real: accepted, unless the post's own label is in another language (IMAGE_DESCRIPTIONS)
    w("fr.personnage_virtuel", "virtual", "accepted", r"virtuel(?:le)?s?", lang="fr",
      before=r"\b(?:personnage|avatar|mannequin|modele|influenceuse|influenceur|corps|visage|egerie|ambassadrice|"
             r"ambassadeur)s?\s+$", example="Lola est un personnage virtuel"),
    w("fr.generee_ia", "virtual", "accepted",
      r"(?:generee?s?|creee?s?|realisee?s?|fabriquee?s?) (?:par|avec|grace a) (?:l'|une |un )?(?:ia|intelligence artificielle)",
      lang="fr", example="Image générée par IA"),
    w("fr.hashtag_virtuelle", "virtual", "accepted", r"#imagevirtuelle", lang="fr"),
]

#: the employment said around the brand's own name (issue #15 item 2; DPCD annexe I pt 22: the link must be
#: clear, not the formula). ``{b}`` is the brand as written (folded), ``{h}`` the brand squeezed into a
#: hashtag; a third item, if any, is what must end right before the match (the search starts at the brand).
#: Tried only when an employee's post owes the link and no other wording states it.
_ROLES_FR = (r"(?:designer|ingenieure?|vendeuse|vendeur|conseillere?|responsable|cheffe?|directeur|directrice|technicienne?|"
             r"developpeuse|developpeur|commerciale?|manager|stagiaire|alternante?|assistante?|comptable|juriste|acheteuse|"
             r"acheteur|boulangere?|patissiere?|caissiere?|livreur|livreuse|magasiniere?|infirmiere?|pharmacienne?|coiffeuse|"
             r"coiffeur|cuisiniere?|serveuse|serveur|barista|animatrice|animateur|chargee? (?:de|d')[a-z\-]+|product owner|"
             r"data scientist|consultante?|redactrice|redacteur|graphiste|opticienne?|mecanicienne?|ebeniste|artisane?|"
             r"chercheuse|chercheur|formatrice|formateur|recruteuse|recruteur|team lead|lead dev|dev|developer|engineer|"
             r"maitre de chai|maitre chai|maitre de chais|chef de cave|caviste|sommeliere?|vigneronne?|brasseuse|brasseur|"
             r"oenologue|meuniere?|fleuriste|bouchere?|fromagere?|poissonniere?|torrefactrice|torrefacteur|kine|"
             r"kinesitherapeute|sage-femme|estheticienne?|preparatrice|preparateur|aide-soignante?|medecin|dentiste|"
             r"osteopathe|receptionniste|hotesse|secretaire|ouvriere?|operatrice|operateur|professeure?|prof|enseignante?|"
             r"educatrice|educateur|monitrice|moniteur|coach|barman|barmaid|chef de rang|sous-cheffe?|commis|apprentie?|"
             r"prothesiste|tatoueuse|tatoueur|photographe|menuisiere?|charpentiere?|couturiere?|brodeuse|joailliere?|"
             r"bijoutiere?|ceramiste|potiere?|vendangeuse|vendangeur|glaciere?|chocolatiere?|confiseuse|confiseur)")
_ROLE_NEG = r"(?!(?:allee?s?|passee?s?|venue?s?|retournee?s?|rentree?s?|clients?|clientes?|fans?|abonnee?s?|accro|adepte|ravie?|fiere?) )"
#: after « où je suis » : la visite, la clientèle, une manière d'y être, non un métier
_VISIT_NEG = (r"(?!(?:restee?s?|descendue?s?|arrivee?s?|invitee?s?|inscrite?s?|habituee?s?|adherente?s?|membre|patiente?s?|eleve|"
              r"etudiante?|tombee?|souvent|toujours|deja|bien|tres|si|une|un|fidele|depuis|ne|n'|alle|passe|venu|retourne|"
              r"rentre|client|abonne|nee?|allongee?|assise?|seule?|sortie?|montee?|entree?)(?![a-z]))")
#: les lieux où travaille le personnel d'une marque
VENUES_FR = (r"(?:boutique|magasin|agence|succursale|restaurant|resto|enseigne|point de vente|rayon|comptoir|atelier|usine|"
             r"entrepot|franchise|salon|institut|pharmacie|boulangerie|patisserie|hotel|cave|librairie|concession|caisse|"
             r"drive|accueil|cuisine|fournil)s?")
BRAND_WORDINGS = [
    # « chez nous au Bistrot Camille », « chez nous, à la Maison X » : la maison parle d'elle-même (DPCD annexe I pt 22 ; C.
    # consom. L121-4 22° : nul consommateur ne dit « chez nous » d'un restaurant)
    ("fr.chez_nous_brand", r"chez nous,? (?:au |a la |a l'|aux |chez |a |dans |sur )?{b}"),
    # les lieux de la maison dits siens, comptés ou nommés (« dans nos 18 boulangeries Maison Fournil », « nos ateliers
    # Acme ») : le personnel parle de ses lieux ; pas « notre boulangerie Acme préférée » (un client)
    ("fr.nos_lieux_brand", r"(?:nos|notre) (?:\d+ |deux |trois |quatre |cinq |six |dix )?(?:[a-z\-]+ )?" + VENUES_FR + r" {b}"
                           r"(?! (?:prefere|preferee|preferes|habituel|habituelle|fetiche|favori|favorite|du coin|de quartier)(?![a-z]))"),
    # l'ouvrage de l'auteur fait chez la marque (« l'aile que j'ai aidé à concevoir chez Carver », « l'appli qu'on a développée
    # chez Acme ») : qui conçoit ou construit là y travaille, le lien est dit (C. consom. L121-4 22°)
    ("fr.concu_chez_marque", r"(?:j'ai|nous avons|on a|qu'on a|que j'ai|que nous avons) (?:aide a )?(?:concue?s?|developpee?s?|"
                             r"construite?s?|dessinee?s?|codee?s?) (?:[a-z\-]+ ){0,2}?(?:chez|pour) {b}"),
    # l'auteur tient la boutique ou l'agence de la marque (« je gère le Acme de la rue X », « je dirige l'agence Acme de
    # Lyon ») : aucun client ne la gère, le lien est dit (C. consom. L121-4 22°)
    ("fr.gere_la_marque", r"(?:je|nous) (?:gere|dirige|tiens|tenons|gerons|dirigeons) (?:le |la |l'|notre |cette |ce )"
                          r"(?:(?:boutique|magasin|agence|restaurant|succursale|franchise|point de vente) )?{b}(?![a-z])"),
    # l'emploi dit dans une relative sur le nom de la marque (« Fidalys, où je travaille depuis 4 ans, … », « chez Acme, où
    # j'anime l'équipe support ») : le lien en clair (C. consom. L121-4 22°). Pas « où je fais mes courses » (un client)
    ("fr.ou_je_travaille", r"{b},? (?:ou|dans laquelle|pour laquelle) (?:je|j') ?(?:travaille|bosse|dirige|gere|pilote|anime|code|"
                           r"encadre|manage|suis (?:salariee?|employee?|entree?|arrivee?|en (?:cdi|cdd|alternance|stage))|"
                           r"ai (?:ete embauchee?|commence|fait mes debuts))(?![a-z])"),
    # le lieu de la marque dit sien, nommé par son quartier ou sa ville (« Mon magasin Acme de Bordeaux fait ses soldes »,
    # « notre boutique Acme de Lyon ») : le vendeur parle de son lieu de travail ; pas « mon magasin Acme préféré / habituel »
    # (un client), ni le lieu sans adresse (« mon Acme » d'un habitué) (C. consom. L121-4 22°)
    ("fr.mon_magasin_brand_de", r"(?:mon|ma|notre) (?:magasin|boutique|agence|succursale|restaurant|salon|institut|pharmacie|"
                                r"boulangerie|librairie|concession|point de vente) {b} (?:de|d'|du|a|au) ?(?!(?:prefere|preferee|"
                                r"habituel|habituelle|fetiche|favori|favorite|coeur)(?![a-z]))[a-z]"),
    ("fr.brand_hashtag_team", r"#{h}(?:team|equipe|crew|staff|salariee?s?|employee?s?)(?![a-z0-9])"),
    ("fr.brand_je_suis_role", r"je suis " + _ROLE_NEG + r"(?:[a-z'\-]+ ){1,4}(?:chez|au|a la|a l'|aux|a|de|d'|du) ?{b}"),
    # a job's name with the brand (« Designer chez Acme : … », « technicienne SAV chez Acme »)
    # not « la vendeuse chez Acme était adorable » (someone else's job)
    ("fr.brand_role_chez", r"(?<!la )(?<!le )(?<!une )(?<!un )(?<!les )(?<!des )(?<!cette )(?<!ce )(?<!l')(?<!du )(?<!au )(?<!sa )"
                           r"(?<!son )(?<!ma )(?<!mon )(?<!votre )(?<!ton )(?<!ta )(?<!leur )(?<!notre )" + _ROLES_FR
                           + r" (?:[a-z'\-]+ ){0,3}chez {b}"),
    # the team speaking as « nous » (« Nous, l'équipe design d'Acme, … », « L'équipe d'Acme, on… »)
    ("fr.brand_equipe_nous", r"(?:nous|on),? (?:l'equipe|les equipes|la team) (?:[a-z\-]+ ){0,2}(?:de |d'|du |chez )?{b}"),
    ("fr.brand_equipe_de_nous", r"(?:l'equipe|les equipes|la team) (?:[a-z\-]+ ){0,2}(?:de |d'|du |chez ){b},? (?:nous|on)(?![a-z])"),
    # a role set beside the brand, then « je »: « Conseillère de vente chez Acme à Lyon, je vous attends »; the apposition
    # opens its sentence (not « ce qui arrive chez Acme en mars, je … », « j'ai dîné chez Acme, je … »)
    ("fr.brand_role_apposition", _ROLE_NEG + r"(?!(?:ce|ca|qui|que|j'ai|je|on|nous|il|elle|ils|elles|tu|vous|c'est|ai|suis|"
                                 r"ancienne?|ex|ex-[a-z]+|jadis|autrefois|"
                                 r"vais|passe|passee|dine|dinee|mange|achete|commande|vu|vue|ete)(?![a-z]))"
                                 r"(?:[a-z'\-]+ ){1,3}chez {b}(?: (?:a|au|en|de|sur) [a-z'\-]+(?: [a-z'\-]+)?)?,? "
                                 r"(?:je|j')(?![a-z])", r"(?:^|[.!?\n:\x02|\-])\s*"),
    # « Chez Acme (notre petit studio de 6), on sort … » : une incise entre la marque et le « on » ne change rien ; « Chez
    # Acme, mon équipe vient de sortir … » : l'équipe de l'auteur est celle de la marque
    ("fr.brand_chez_nous", r"(?:chez|au|a la|a l'|aux) ?{b},?(?: ?\((?:notre|nos|mon|ma|la|le|une|un)[^()\n]{0,80}\))?,? "
                           r"(?:nous|on|notre equipe|nos equipes|mon equipe|ma team|mes collegues)(?![a-z0-9])"),
    # l'auteur a fondé ou dirige l'entreprise (« j'ai fondé Acme », « nous avons cofondé Acme », « je dirige Acme ») : le
    # lien est dit en mots naturels (C. consom. L121-4 22° ; loi 2023-451 art. 5, mention équivalente)
    # « Chez Acme, notre nouvelle session … », « Chez Acme, les vendanges de notre chardonnay … » : la phrase qui s'ouvre sur
    # la marque parle de ses produits à la première personne du pluriel, la voix de l'entreprise (DPCD annexe I pt 22 ; C.
    # consom. L121-4 22° : aucun consommateur ne se présente)
    ("fr.chez_brand_notre", r"chez {b},? (?:[a-z0-9'\-]+ ){0,5}?(?:notre|nos)(?![a-z0-9])", r"(?:^|[.!?\n:\x02|])\s*"),
    ("fr.fonde_brand", r"(?:j'ai|nous avons|on a) (?:fonde|co-?fonde|cree) {b}|(?:je|nous|on) (?:dirige|dirigeons|codirige) {b}"),
    # l'entreprise lancée par l'auteur, dite par le lieu ou l'année de ses débuts (« j'ai lancé Acme dans ma cuisine en
    # 2019 ») : le lien du fondateur en clair (C. consom. L121-4 22° ; loi 2023-451 art. 5 : l'intention ressort du contexte)
    ("fr.lance_brand", r"(?:j'ai|nous avons|on a) (?:lance|demarre|monte) {b}(?= (?:dans|depuis|sur) (?:ma|mon|notre|nos|un|une|la|le) "
                       r"(?:[a-z\-]+ )?(?:cuisine|garage|chambre|salon|appartement|studio|table)|(?: [a-z]+){0,3} en (?:19|20)\d\d(?![0-9]))"),
    ("fr.brand_collegues_on", r"collegues (?:de |d')(?:l'equipe [a-z\-]+(?: [a-z\-]+)? (?:de |d'|chez ))?{b},? (?:on|nous)(?![a-z0-9])"),
    # l'unité de travail de l'auteur chez la marque (« mon rayon fruits & légumes chez Marché Plus », « notre atelier de
    # Lyon chez Acme ») : le lien d'emploi en mots naturels (C. consom. L121-4 22°). Pas « mon magasin », « mon agence » :
    # un client les dit aussi
    ("fr.mon_rayon_chez", r"(?:mon|ma|notre|nos) (?:rayon|service|atelier|pole|departement|labo|laboratoire|usine|entrepot|"
                          r"poste|brigade|cuisine centrale)s? (?:[a-z&'\-]+ ){0,3}?(?:chez|de chez) ?{b}"),
    ("fr.brand_equipe_de", r"(?:mon|ma|notre|nos) equipes? (?:[a-z\-]+ ){0,2}(?:chez|de|d'|du) ?{b}"),
    # stop 28 : l'équipe dite du nom de la marque (« Mon équipe Ombelle tient le chalet n° 42 ») : l'auteur en est (C. consom.
    # L121-4 22°) ; pas l'équipe préférée d'un supporter
    ("fr.mon_equipe_brand", r"(?:mon|ma|notre|nos) (?:equipes?|team|brigade) {b}(?! (?:prefere|preferee|favorite?|fetiche|de coeur)(?![a-z]))"),
    # l'équipe, puis ce qu'elle a fait pour la marque (« fière de mon équipe, on a lancé le nouveau site d'Acme ») :
    # l'auteur parle au nom du personnel de la marque (annexe I pt 22 DPCD ; art. 5 loi 2023-451, mention équivalente)
    ("fr.mon_equipe_on_brand", r"(?:mon|ma|notre|nos) (?:equipes?|team)(?! prefere)(?! de" + _LEISURE_TEAM[3:-1] + ")"
                               r"[^.!?\n]{0,40}?(?<![a-z'])(?:on|nous) (?:a |avons |vient d'|venons d')?(?:enfin |tout juste |officiellement )?"
                               r"(?:lance|livre|sorti|mis en ligne|construit|developpe|refait|repense|ouvert|publie|termine|"
                               r"fini|deploye|inaugure)(?: [a-z0-9'\-]+){0,7} (?:de |d'|du |chez |a |au )?{b}"),
    # le métier dit dans une incise après la marque (« Chez Acme, où je suis maître de chai depuis 2016, nous … », « Au
    # Moulin X, où je travaille depuis 2019 ») : le lien d'emploi en mots naturels (C. consom. L121-4 22° ; DPCD annexe I
    # pt 22). Pas la visite ni la clientèle (« où je suis passée samedi », « où je suis cliente depuis 2019 »)
    ("fr.brand_ou_je_suis", r"(?:chez|au|a la|a l'|aux) ?{b},? ou (?:je (?:travaille|bosse|exerce|officie|enseigne)|"
                            r"j'(?:exerce|officie|enseigne)|je suis " + _ROLE_NEG + _VISIT_NEG + r"[a-z'\-]+)"),
    # le métier exercé pour la marque (« je suis vendeuse pour Acme », « je suis commercial terrain pour Acme ») : le
    # nom du métier et l'employeur (C. consom. L121-4 22°) ; pas « je suis fan / cliente » (aucun métier)
    ("fr.metier_pour_brand", r"je suis (?:[a-z'\-]+ ){0,2}" + _ROLES_FR + r"(?: [a-z'\-]+){0,2} pour {b}"),
    # le travail du métier fait chez la marque (« je brasse chez Acme », « je torréfie chez Acme depuis 2018 », « j'enseigne
    # au Studio Acme ») : le lien dit par le geste du métier ; pas celui d'un client (« je mange / je me forme chez Acme »)
    ("fr.je_metier_chez", r"(?:je |j')(?:brasse|vinifie|cuisine|code|coiffe|soigne|enseigne|torrefie|distille|patisse|"
                          r"fabrique|assemble|taille|brode|couds|tatoue|masse|photographie|redige|developpe|sers|vends|"
                          r"prepare|accueille|forme|encadre|livre|recrute|"
                          # stop 28: les métiers de la conception et de l'atelier (« Trois ans que je dessine des sacs à dos
                          # chez Montvert », « je conçois les menus chez X »)
                          r"dessine|concois|imagine|modelise|prototype|teste|programme|repare|soude|monte|conseille|"
                          r"illustre|compose|maquette|ecris|traduis|anime|pilote|gere|entretiens|cultive|elabore|affine|"
                          r"faconne|sculpte|tisse|tricote)"
                          r"(?: (?!(?:mon|ma|mes)(?![a-z]))[a-z'\-]+){0,4}? "
                          r"(?:chez|au|a la|a l'|aux|pour) ?{b}"),
    # stop 28 : la chose de la maison, dite « nôtre », qui sort chez la marque (« notre jeu Ashen Tides sort demain chez
    # Pixelforge », « nos sacs arrivent chez Acme jeudi ») : nul client ne dit « notre » du produit que la marque publie
    # (DPCD annexe I pt 22 ; C. consom. L121-4 22°)
    ("fr.notre_chose_sort_chez", r"(?:notre|nos) (?:[a-z0-9'\-]+ ){1,4}?(?:sort|sortent|sortira|sortiront|arrive|arrivent|arrivera|"
                                 r"debarque|debarquent|est disponible|sont disponibles|est dispo|est en vente|sont en vente|"
                                 r"est publiee?|parait)(?: [a-z0-9'\-]+){0,3}? chez {b}"),
    # un métier apposé à la marque, ouvrant la phrase (« Fleuriste au Jardin d'Ysé depuis 2017, je … », « Maître de chai au
    # Domaine X, je … ») : le nom du métier suffit, quelle que soit la préposition ; pas un métier passé (« ancienne … »)
    ("fr.metier_apposition", r"(?:chez|au|a la|a l'|aux) ?{b}(?: depuis [^,.!?\n]{1,20})?,? (?:je|j')(?![a-z])",
     r"(?:^|[.!?\n:\x02|\-])\s*" + _ROLES_FR + r"(?: [a-z'\-]+){0,2} "),
    # stop 30 (helper sound30) : le métier dit dans un lieu de la marque (« je suis conseillère à la boutique Acme de
    # Toulouse ») et la tâche dite chez elle (« Chez Acme, je m'occupe des offres de financement », « Chez Acme (je
    # m'occupe du programme fidélité) ») : le lien d'emploi en mots clairs (DPCD annexe I pt 22 ; C. consom. L121-4 22°)
    ("fr.role_au_lieu_brand", r"je suis " + _ROLE_NEG + r"(?:[a-z'\-]+ ){1,2}(?:a la |au |a l'|aux |dans la |dans le |dans l'|en )"
                              + VENUES_FR + r" {b}"),
    ("fr.chez_brand_je_tache", r"chez {b}(?: depuis [^,.!?\n]{1,20})?,? \(?(?:je |j')(?:m'occupe|travaille|bosse|gere|dirige|pilote|"
                               r"anime|encadre|coordonne|suis (?:en charge|responsable|charge|chargee))(?![a-z])"),
    ("fr.brand_stand_nous", r"(?:retrouvez|rejoignez|venez)[\s\-]nous (?:voir )?(?:sur|au|a) (?:le |notre )?stand {b}"),
    # le travail de l'équipe dit chez la marque : « on recrute chez Acme », « nous brassons chez Acme depuis 2012 »
    # le produit fait de ses mains : « on développe Acme depuis 2019 », « je code l'appli Acme »
    ("fr.nous_developpons_brand", r"(?:developpe|developpons|construit|construisons|concois|concevons|code|codons|fabrique|"
                                  r"fabriquons) (?:l'appli |l'application |le logiciel |la plateforme )?{b}",
     r"(?<![a-z'])(?:je|j'|on|nous)(?: y)? "),
    ("fr.nous_travail_chez_brand", r"(?:chez|a|au) ?{b}",
     r"(?<![a-z'])(?:on|nous) (?:recrute|recrutons|embauche|embauchons|lance|lancons|travaille|travaillons|bosse|bossons|"
     r"publie|publions|sort|sortons|libere|liberons|annonce|annoncons|met en ligne|mettons en ligne|"
     r"fabrique|fabriquons|construit|construisons|developpe|developpons|brasse|brassons|cuisine|cuisinons|prepare|"
     r"preparons|ouvre|ouvrons)(?: [a-z0-9'\-]+){0,3} "),
]
#: the employment said without the brand, pointing at it (« je suis cheffe de projet là-bas depuis 2021 »):
#: (id, pattern, a word every match holds: the pattern is tried only when the text holds that word)
_VENUE_WORDS_FR = ("boutique", "magasin", "agence", "succursale", "restaurant", "resto", "enseigne", "point de vente", "rayon",
                   "comptoir", "atelier", "usine", "entrepot", "franchise", "salon", "institut", "pharmacie", "boulangerie",
                   "patisserie", "hotel", "cave", "librairie", "concession", "caisse", "drive", "accueil", "cuisine",
                   "fournil")
#: la voix de la maison sur ce qu'elle fait ou sert (« ce matin nous avons brassé notre porter d'hiver », « on lance notre
#: nouvelle carte », « notre prochaine session démarre ») : aucun client ne parle ainsi de la cuvée ou de la session de la
#: maison (DPCD annexe I pt 22 ; C. consom. L121-4 22°) ; le « nous » d'une famille (« on a testé », « notre famille ») n'en est pas
_NOTRE_CHOSE = (r"(?:biere|cuvee|carte|menu|plat|formule|formation|session|parcours|promo|promotion|gamme|collection|produit|soin|"
                r"pain|boutique|boulangerie|restaurant|atelier|moteur|logiciel|appli|application|brasserie|distillerie|cave|"
                r"pharmacie|clinique|salon|institut|magasin|agence|porter|stout|ipa|blonde|ambree|millesime|torrefaction)s?(?![a-z])")
VOICE_FR = (r"(?<![a-z'])(?:(?:nous|on) (?:avons |a |vient d'|venons d'|va |allons )?(?:brasse|brassons|brasser|lance|lancons|lancer|"
            r"sorti|sort|sortons|sortir|publie|publions|publier|ouvre|ouvrons|ouvert|ouvrir|servons|sert|servir|cuit|cuisons|"
            r"torrefie|torrefions|embouteille|mis en bouteille|mis en ligne|mettons en ligne) (?:aujourd'hui |ce matin |enfin )?"
            r"(?:notre|nos|la|le|les|l'|une|un)|"
            r"(?:notre|nos) (?:nouvelle?s? |nouveaux |prochaine?s? |premier |premiere |derniere? |\d+ )(?:[a-z'\-]+ ){0,2}?" + _NOTRE_CHOSE + "|"
            r"chez nous(?![a-z]))")
#: un métier dit de soi (« je suis l'un des brasseurs », « je suis la cheffe », « en tant que pharmacienne ») : avec la voix de
#: la maison dans le même post, l'auteur parle de l'intérieur
ROLE_SELF_FR = (r"(?:je suis|en tant que|comme) (?:l'une? des |un des |une des |la |le |l'|une |un )?(?:[a-z'\-]+ ){0,2}" + _ROLES_FR +
                r"s?(?![a-z])")
EMPLOYMENT_NEAR_BRAND = [
    # le métier dit de soi et la voix de la maison dans le même post, dans un ordre ou l'autre (« Je suis l'une des
    # brasseuses, et ce matin nous avons brassé notre porter d'hiver ») : le lien d'emploi en mots naturels (DPCD annexe I
    # pt 22 ; C. consom. L121-4 22°). Un métier avec le « nous » d'une famille (« infirmière, notre famille adore X ») n'en est pas
    ("fr.metier_et_voix", ROLE_SELF_FR + r"(?=[^\x00]{0,220}?" + VOICE_FR + ")", ("je suis", "en tant que", "comme")),
    ("fr.voix_et_metier", VOICE_FR + r"(?=[^\x00]{0,220}?(?<![a-z'])" + ROLE_SELF_FR + ")", ("nous", "on", "notre", "nos", "chez nous")),
    ("fr.la_bas_depuis", r"je suis " + _ROLE_NEG + r"(?:[a-z'\-]+ ){1,4}(?:la-bas|la bas|ici) depuis(?![a-z0-9])", "depuis"),
    ("fr.stand_nous", r"(?:retrouvez|rejoignez|venez)[\s\-]nous (?:voir )?(?:sur|au|a) (?:le |notre )?stand(?![a-z0-9])", "stand"),
    # l'auteur tient, gère ou fait tourner un lieu de la marque, nommé par sa ville ou son nom (« je gère la
    # boutique de Lyon », « je tiens le magasin Acme de Nantes », « je bosse au rayon frais ») : le lien d'emploi
    # est dit, en mots naturels (annexe I pt 22 DPCD : ne pas se présenter faussement comme consommateur)
    ("fr.je_gere_le_lieu", r"(?:je|j'|on|nous) (?:gere|gerons|dirige|dirigeons|tiens|tenons|m'occupe|nous occupons|travaille|"
                           r"travaillons|bosse|bossons|suis (?:a la tete|responsable|gerante?|manager|directrice|directeur|"
                           r"cheffe?))(?: (?:de|du|des|d'|au|aux|a|dans|en))? ?(?:la |le |l'|les |notre |nos |ma |mon |une |un )?"
                           r"(?:[a-z0-9&'\-]+ ){0,3}?" + VENUES_FR + r"(?![a-z])",
     _VENUE_WORDS_FR),
    ("fr.role_du_lieu", r"(?<![a-z] )(?<!la )(?<!le )(?<!une )(?<!un )(?<!l')(?:gerante?|responsable|directrice|directeur|manager|"
                        r"cheffe?|vendeuse|vendeur|conseillere?|caissiere?|employee?|salariee?) (?:de la |du |de l'|d'une |d'un |"
                        r"en |au |a la )(?:[a-z0-9&'\-]+ ){0,2}?" + VENUES_FR + r"(?![a-z])",
     _VENUE_WORDS_FR),
    # l'auteur attend le lecteur à son poste (« venez me voir au rayon homme », « passez me voir en boutique », « je vous
    # accueille au comptoir ») : seul le personnel y a un poste, le lecteur sait qui parle (DPCD annexe I pt 22 ; C. consom.
    # L121-4 22° : ne pas se présenter faussement comme consommateur)
    ("fr.me_voir_au_lieu", r"(?:venez|passez|viens|passe|venez donc|n'hesitez pas a (?:venir|passer)) me (?:voir|trouver|dire bonjour|"
                           r"faire (?:un )?coucou|rendre visite|demander) (?:au|a la|a l'|aux|en|dans (?:la|le|l'|notre|nos|ma|mon)) ?"
                           r"(?:[a-z0-9&'\-]+ ){0,2}?" + VENUES_FR + r"(?![a-z])", ("venez me", "passez me", "viens me", "passe me",
                                                                                 "passer me", "venir me")),
    ("fr.je_vous_accueille_au_lieu", r"je vous (?:accueille|attends|recois|conseille|sers|servirai|accueillerai|attendrai) "
                                     r"(?:avec plaisir )?(?:au|a la|a l'|aux|en|dans (?:la|le|l'|notre|nos|ma|mon)) ?"
                                     r"(?:[a-z0-9&'\-]+ ){0,2}?" + VENUES_FR + r"(?![a-z])", "je vous"),
    # l'auteur a fondé la maison, nommée par son genre (« J'ai fondé la maison en 2009 », « nous avons créé l'entreprise en
    # 2015 ») : le lien du fondateur en clair (C. consom. L121-4 22° ; loi 2023-451 art. 5 : l'intention ressort du contexte)
    ("fr.fonde_la_maison", r"(?:j'ai|nous avons|on a) (?:co-?fonde|fonde|cree|monte|lance) (?:la maison|l'entreprise|la societe|"
                           r"la boite|le restaurant|la boulangerie|l'atelier|la marque|le studio|le cabinet|l'agence|la brasserie|"
                           r"le domaine|la start-?up)(?![a-z])", ("fonde", "co-fonde", "cofonde", "cree", "monte", "lance")),
    ("fr.ma_boite_depuis", r"(?:ma|mon|notre) (?:boite|entreprise|employeur|societe|maison) depuis (?:\d+|un|une|deux|trois|quatre|"
                           r"cinq|six|sept|huit|neuf|dix|plus de \d+) (?:ans?|mois|annees?)(?![a-z0-9])", "depuis"),
]

#: les mentions qui disent un cadeau et rien d'autre (« produit offert par X », "#gifted") : ni la commission sur les
#: ventes ni l'emploi chez la marque (art. 5 : « Publicité » ou « Collaboration commerciale » ; C. consom. L121-4 22°)
GIFT_DISCLOSURES = ("fr.produit_offert", "fr.offert_par", "en.gifted", "en.sent_me", "en.thanks_free", "en.thanks_sending",
                    "en.free_from", "en.sent_free")
