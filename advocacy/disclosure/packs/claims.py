"""Misleading absolute claims in a commercial post, whatever its sector and its label (folded text).

A label tells the reader who speaks; it does not make true what the post says the product does. Each rule is read in
every commercial post (``engine._CONTENT_RULES``), gated by its cue (``CUES``: every match of a rule's pattern starts
with one) and, for the safety and sunscreen rules, by what the post is about (``SUBJECT``, ``SUN``); each jurisdiction's
``CONTENT`` names its law:

- ``claim_efficacy``: a result no product can be shown to give, or one that makes a cosmetic or a food a medicine — fat
  melted by a cream, hair regrown by a serum or a shampoo, a disease cured, never ill again, a weight loss guaranteed,
  a multiple of speed or strength over every rival (C. consom. L121-2 and L121-4 17°; règl. (CE) 1223/2009 art. 20 and
  règl. (UE) 655/2013; règl. (UE) 1169/2011 art. 7 §3; CAP 3.1, 3.7, 12.1, 13.1, 15.6; FTC Act §§ 5 and 12, the
  substantiation doctrine; FD&C Act § 201(g)(1): a cosmetic said to regrow hair or melt fat is an unapproved drug);
- ``claim_safety``: a health product, a procedure or money said to carry no risk at all — "completely safe, zero side
  effects", "ZERO risk" liposuction, "take as many as you need", BNPL « sans aucun risque », "no consequences" — in a
  post about the body, a medicine, a procedure or money (``SUBJECT``) (C. consom. L121-2; CAP 3.1, 12.1, 14.1; FTC Act § 5);
- ``claim_sunscreen``: a sunscreen said to protect 100 %, totally, all day, without reapplying, or to be waterproof or
  sweatproof (Commission Recommendation 2006/647/EC pt 10; 21 CFR 201.327(g); CAP 3.1);
- ``claim_deposit_insurance``: crypto-assets said to be covered by the FDIC, the FSCS or the FGDR, which insure bank
  deposits only (12 CFR 328 subpart B; FCA COBS 4.12A and CONC-style fair-and-clear rules; règl. (UE) 2023/1114 art. 7
  and 66; C. consom. L121-2).

Not read as such: "100% cotton", "guaranteed delivery", "risk-free returns" or a « essai sans risque » (a commercial
guarantee, not the product's effect), "waterproof mascara", an authorised health claim ("contributes to the normal
function of the immune system"), a licensed medicine (its sector row sends it to a reviewer), a recall's news (not
commercial), a consumer's own unpaid story (not commercial).
"""

#: serious diseases a product is said to cure (not states of comfort: a licensed medicine within its licence is its
#: sector's business, see ``engine``)
_DISEASE_EN = (r"(?:type (?:1|2|one|two|i|ii) )?diabetes|cancers?|tumou?rs?|arthritis|alzheimer'?s|dementia|autism|"
               r"depression|anxiety|asthma|high blood pressure|hypertension|heart disease|covid(?:-19)?|ibs|crohn'?s|"
               r"psoriasis|eczema|endometriosis|pcos|thyroid|hypothyroidism|herpes|hiv|lupus|ms|multiple sclerosis|"
               r"fibromyalgia|tinnitus|insomnia|parkinson'?s|epilepsy|adhd|migraines?|acid reflux|gout|infertility")
_DISEASE_FR = (r"(?:(?:mon|ma|mes|son|sa|ses|le|la|les|du|de la|de l'|des|d'un|d'une|de mon|de ma|de mes) ?)?"
               r"(?:diabete(?: de type (?:1|2))?|cancers?|tumeurs?|arthrose|arthrite|alzheimer|autisme|depression|anxiete|"
               r"asthme|hypertension|tension|maladies? cardiaques?|covid|psoriasis|eczema|endometriose|thyroide|herpes|"
               r"sida|vih|lupus|sclerose en plaques|fibromyalgie|acouphenes|insomnies?|parkinson|epilepsie|migraines?|"
               r"infertilite|sopk)")

#: the words each rule's matches start with: the scan reads them (``lexicon.CONTENT_CUES``), the rule is tried only then
CUES = {
    "claim_efficacy": (r"melt|dissol|fait fondre|font fondre|faire fondre|fera fondre|dissout|brule|burns? (?:away )?(?:fat|belly|"
                       r"cellulite)|regr|fait repousser|font repousser|faire repousser|fera repousser|cure|curing|revers|gueri|"
                       r"never (?:ever )?(?:get|be|fall|feel) (?:ill|sick)|won't (?:ever )?(?:get|be|fall|feel) (?:ill|sick)|"
                       r"will not (?:ever )?(?:get|be|fall|feel) (?:ill|sick)|will never (?:ever )?(?:get|be|fall|feel) (?:ill|sick)|"
                       r"never (?:ever )?(?:getting|being) (?:ill|sick)|won't ever (?:get|be|fall|feel) (?:ill|sick)|"
                       r"plus jamais malade|jamais plus malade|ne tomber|guaranteed|garanti|faster than|stronger than|"
                       r"more effective than|more powerful than|quicker than|plus rapide que|plus rapides que|plus efficace que|"
                       r"plus efficaces que|plus puissant|erase|remove|eliminat|get rid|gets rid|getting rid|banish|permanently|efface|elimine|"
                       r"supprime|fait disparaitre|font disparaitre|lose |lost |losing |drop|shed|perdre|perdu|perdez|perds|maigri|"
                       r"stop|end|stoppe|arrete|met fin|soign"),
    "claim_safety": (r"100 ?% (?:safe|sur|sans|secur)|completely (?:safe|harmless|risk)|totally (?:safe|harmless|risk)|"
                     r"perfectly (?:safe|harmless|risk)|absolutely (?:safe|harmless|risk)|entirely (?:safe|harmless|risk)|"
                     r"fully (?:safe|harmless|risk)|zero (?:risk|risq|side|downside|danger)|0 (?:risk|risq|side|downside|danger)|"
                     r"no (?:risk|side|real|consequence)|with no (?:side|risk)|without (?:any )?(?:side|risk)|risk[\s\-]free|"
                     r"sans (?:aucun|le moindre|zero|risq|danger|effet|consequence)|aucun (?:risque|danger|effet)|take as many|"
                     r"prends-en|prenez-en|can't overdose|cannot overdose|impossible (?:to overdose|de faire une|de se surdoser)|safe for"),
    "claim_sunscreen": (r"100 ?% (?:de )?(?:protec|proteg|water|sweat|uv|anti|sun|resist|des uv|of uv|cover)|protection (?:solaire )?(?:total|"
                        r"complete|100)|protections (?:solaires? )?(?:total|complete|100)|ecran (?:solaire )?(?:total|complet|100)|"
                        r"ecrans (?:solaires? )?(?:total|complet|100)|total (?:sun |uv )?(?:protection|block|sunblock)|sunblock|"
                        r"sun block|sweatproof|sweat proof|waterproof|water proof|lasts? (?:all|the whole|the entire) day|last all day|"
                        r"all[\s\-]day (?:protection|long|coverage|sun|uv)|plus besoin|pas besoin|aucun besoin|no need to|"
                        r"never need to|no more re|no re-?appl|never re-?appl|no more need|never more|(?:don'?t|do not) need to re|"
                        r"tient (?:toute|tout)|tenue (?:toute|24)|toute la journee sans|une seule application|one coat|one application|"
                        r"one and done"),
    "claim_deposit_insurance": (r"fdic|fscs|sipc|insured by (?:the )?(?:fdic|fscs)|protected by (?:the )?(?:fdic|fscs)|covered by (?:the )?"
                                r"(?:fdic|fscs)|backed by (?:the )?(?:fdic|fscs)|guaranteed by (?:the )?(?:fdic|fscs)|garanti(?:e|s|es)? par|"
                                r"protege(?:e|s|es)? par|couvert(?:e|s|es)? par"),
}

#: what a cosmetic can soften, never erase for good
_BLEMISH = (r"(?:wrinkles|fine lines|cellulite|stretch marks|acne scars|scars|dark spots|age spots|pigmentation|grey hairs?|"
            r"gray hairs?|crow's feet)(?![a-z])")
_TACHE = (r"(?:rides|ridules|cellulite|vergetures|cicatrices|taches|cheveux blancs|capitons|pattes d'oie)(?![a-z])")
#: a health product a speed or a strength is measured against
_REMEDY = (r"(?:pain ?killers?|pain ?relievers?|analgesics?|medicines?|medications?|drugs?|treatments?|remed(?:y|ies)|"
           r"antidouleurs?|antalgiques?|medicaments?|traitements?|remedes?|cremes?|creams?|supplements?|complements?)(?![a-z])")
#: a risk the text sets beside a commercial guarantee (a refund, a trial, free returns): the purchase's risk, not the product's
_NOT_A_GUARANTEE = (r"(?![^.!?\n]{0,30}(?:money[\s\-]?back|refund|rembours|satisfait|satisfaction|guarantee|trial|returns?|retours?|"
                    r"essai|cancel|annul))")
#: a trial, a return or an order said free of risk: a guarantee of the sale
_TRIAL_BEFORE = r"(?<!try it )(?<!try )(?<!shop )(?<!order )(?<!essai )(?<!essayez )(?<!essayer )(?<!testez )(?<!tester )(?<!achat )(?<!commande )"

_FAT = (r"(?:(?:the|your|my|her|his|all|that|those|stubborn|excess|unwanted|belly|tummy|thigh|body|hip|arm|love[\s\-]handle)s? ){0,3}"
        r"(?:fat|fats|cellulite|love handles|inches|pounds|lbs)(?![a-z])")
_GRAISSE = (r"(?:(?:les|la|le|tes|vos|mes|ta|ta|votre|ton|ces|cette|toute|toutes|tous|petites?|gras|kilos?) ){0,3}"
            r"(?:graisses?|gras|cellulite|capitons?|bourrelets?|poignees d'amour|kilos?)(?![a-z])")

PATTERNS = {
    "claim_efficacy": (
        # fat melted, dissolved or burned by the product itself (a cream, a patch, a tea): no cosmetic changes the body's
        # fat (règl. 1223/2009 art. 20 ; FD&C Act § 201(g)(1)); no food or pill does it "while you sleep"
        r"(?:melts?|melting|melted|dissolves?|dissolving|dissolved) (?:away )?" + _FAT + "|"
        r"burns? (?:away )?(?:fat|belly fat|cellulite)(?: [a-z']+){0,3} (?:while you sleep|in your sleep|without (?:diet|dieting|"
        r"exercise|working out|the gym))|"
        r"(?:fait|font|faire|fera) fondre " + _GRAISSE + "|"
        r"(?:dissout|dissolvent|brule|brulent) " + _GRAISSE + r"(?: [a-z']+){0,3} (?:pendant (?:que tu dors|que vous dormez|ton sommeil|"
        r"votre sommeil|la nuit)|sans (?:sport|regime|effort))|"
        # hair regrown by what is not a licensed hair-loss medicine (minoxidil's own licence: ``engine``)
        r"regr(?:ows?|owing|ew|own|owth)(?: [a-z'\-]+){0,3} (?:hair|cheveux)|regr(?:ows?|owing|ew) (?:it|them|bald|on bald)|"
        r"regrowth (?:guaranteed|garantie|in \d+|even)|"
        r"(?:fait|font|faire|fera) repousser (?:[a-z']+ ){0,2}(?:cheveux|cils|sourcils)|"
        # a blemish erased for ever by a cosmetic (règl. 655/2013 annexe, critères communs : véracité, preuves ; CAP 3.7, 12.1;
        # FTC Act § 5): wrinkles, cellulite, stretch marks and scars do not go for good
        r"(?:erases?|removes?|eliminates?|gets? rid of|getting rid of|banish(?:es)?) (?:[a-z']+ ){0,2}?" + _BLEMISH +
        r"(?: [a-z']+){0,3}? (?:forever|permanently|for good|once and for all)(?![a-z])|"
        r"permanently (?:erases?|removes?|eliminates?|gets? rid of|banish(?:es)?) (?:[a-z']+ ){0,2}?" + _BLEMISH + "|"
        r"(?:efface|effacent|elimine|eliminent|supprime|suppriment|fait disparaitre|font disparaitre) (?:definitivement|pour "
        r"toujours|a jamais) (?:[a-z']+ ){0,2}?" + _TACHE + "|"
        r"(?:efface|effacent|elimine|eliminent|supprime|suppriment|fait disparaitre|font disparaitre) (?:[a-z']+ ){0,2}?" + _TACHE +
        r"(?: [a-z']+){0,3}? (?:definitivement|pour toujours|a jamais)(?![a-z])|"
        # weight lost without diet or exercise: the claim the FTC lists as always false ("Gut Check", 2003; FTC Act § 5;
        # CAP 13.1 and 3.7; C. consom. L121-2)
        r"(?:lose|lost|losing|drop|dropped|shed|shedding) (?:weight|\d+ ?(?:kg|kilos?|lbs?|pounds|stone)|(?:the |those )?"
        r"(?:pounds|kilos|inches))(?: [a-z0-9']+){0,4}? without (?:any )?(?:diet|dieting|exercise|exercising|working out|the gym|"
        r"changing (?:what|your|a thing))(?![a-z])|"
        r"(?:perdre|perdu|perdez|perds|maigrir|maigri|maigris) (?:du poids|des kilos|\d+ ?(?:kg|kilos?))(?: [a-z0-9']+){0,4}? sans "
        r"(?:regime|sport|effort|rien changer|faire de sport|faire attention)(?![a-z])|"
        # hair loss stopped for good (FD&C Act § 201(g)(1): a cosmetic may not claim to stop hair loss; CAP 12.1)
        r"(?:stops?|ends?|cures?) (?:[a-z']+ ){0,2}?hair ?loss(?: [a-z']+){0,2}? (?:for good|permanently|forever|once and for "
        r"all)(?![a-z])|(?:stoppe|stoppent|arrete|arretent|met fin a) (?:definitivement |pour toujours )(?:[a-z']+ ){0,2}?"
        r"chute (?:de |des )?cheveux|(?:stoppe|stoppent|arrete|arretent|met fin a) (?:[a-z']+ ){0,2}?chute (?:de |des )?cheveux "
        r"(?:definitivement|pour toujours|a jamais)(?![a-z])|"
        r"soign(?:e|ent|er|era) (?:[a-z']+ ){0,2}?" + _DISEASE_FR + r"(?![a-z])|"
        # a disease cured, reversed or healed (L121-4 17°: falsely claiming a product can cure illnesses; 1169/2011 art. 7
        # §3; FD&C Act § 201(g)(1); CAP 12.1 and 15.6)
        r"(?:cured?|cures|curing|reversed?|reverses|reversing) (?:[a-z']+ ){0,2}?(?:" + _DISEASE_EN + r")(?![a-z])|"
        r"gueri(?:t|s|r|ssent|ra)? (?:[a-z']+ ){0,2}?" + _DISEASE_FR + r"(?![a-z])|"
        # never ill again because of a food or a product (1169/2011 art. 7 §3: no food prevents a disease)
        r"(?:never|won't|will not|won't ever|will never) (?:ever )?(?:get|be|fall|getting|being|feel) (?:ill|sick)(?! of)(?![a-z])|"
        r"(?:plus jamais|jamais plus) malades?|ne tomber(?:ez|as|ont|a|ai)? (?:plus jamais|jamais plus|plus) malades?|"
        # a weight loss guaranteed (CAP 13.1 and 3.7; FTC Act § 5, "Gut Check" (2003); C. consom. L121-2): the guarantee said
        # of a weight figure just before it (``WEIGHT_BEFORE``, read by ``engine``) or of the loss itself
        r"(?:guaranteed|garantie?s?)(?: (?:weight loss|fat loss|to lose|perte de poids|de perdre))?(?![a-z])|"
        # speed or strength over every rival remedy: a measurable claim against all competitors (CAP 3.7 and 3.33, 12.1;
        # FTC substantiation doctrine; C. consom. L121-2 and L122-1)
        r"(?:faster|stronger|more effective|more powerful|quicker) than (?:any|all|every)(?: other)? " + _REMEDY + "|"
        r"plus (?:rapide|efficace|puissant)e?s? que (?:tous les autres|toutes les autres|n'importe quel(?:le)?|les autres) "
        + _REMEDY),
    "claim_safety": (
        # absolute safety said of a health product, a procedure or money (the subject is read by ``SUBJECT``)
        r"100 ?% (?:safe|sur|sure|sans risques?|sans danger|securise)(?![a-z])|"
        r"(?:completely|totally|perfectly|absolutely|entirely|fully) (?:safe|harmless|risk[\s\-]free)(?![a-z])|"
        r"(?:zero|0) (?:risks?|side[\s\-]effects?|downside|danger)(?![a-z])" + _NOT_A_GUARANTEE + r"|(?:zero|0) risque" + _NOT_A_GUARANTEE + "|"
        r"no (?:risks?|side[\s\-]effects?|real risk)(?![a-z])" + _NOT_A_GUARANTEE + "|"
        r"no (?:real )?consequences|with no (?:side[\s\-]effects?|risks?)|"
        r"without (?:any )?(?:side[\s\-]effects?|risks?)(?![a-z])" + _NOT_A_GUARANTEE + "|" + _TRIAL_BEFORE + r"risk[\s\-]free(?![a-z])"
        + _NOT_A_GUARANTEE + "|" + _TRIAL_BEFORE +
        r"sans (?:aucun |le moindre |zero )?(?:risques?|danger)(?! (?:de (?:vous|te) tromper|pour (?:votre|ton) portefeuille))(?![a-z])"
        + _NOT_A_GUARANTEE + r"|aucun (?:risque|danger)" + _NOT_A_GUARANTEE + "|sans (?:aucun |le moindre )?effets? (?:secondaires?|indesirables?)|"
        r"aucun effets? (?:secondaires?|indesirables?)|sans (?:aucune )?consequences?|"
        r"take as many as you (?:need|want|like)|(?:prends|prenez)-en autant que|(?:can't|cannot) overdose|"
        r"impossible (?:to overdose|de faire une overdose|de se surdoser)|safe for (?:everyone|anyone|all)(?![a-z])"),
    "claim_sunscreen": (
        r"100 ?% (?:de )?(?:protection|protected|protege|waterproof|water[\s\-]?proof|sweat ?proof|uv|anti[\s\-]?uv|sun ?proof|"
        r"resistante? a l'eau|des uv|of uv|coverage)|(?:protection|ecran)s? (?:solaire )?(?:totale?|complete|100 ?%)(?![a-z])|"
        r"total (?:sun |uv )?(?:protection|block|sunblock)|sun ?block(?:s|er)?|sweat ?proof|water ?proof|"
        r"lasts? (?:all|the whole|the entire) day|last all day|all[\s\-]day (?:protection|long|coverage|sun|uv)|"
        r"(?:plus|pas|aucun) besoin (?:d'en |de (?:la |le |les )?|d')(?:remettre|reappliquer|renouveler)|"
        r"(?:no|never) (?:more )?(?:need to )?re-?appl(?:y|ying|ication)|no need to (?:re-?apply|top up)|never need to re-?apply|"
        r"(?:don'?t|do not) need to re-?apply|"
        r"tient (?:toute la journee|tout le jour)|tenue (?:toute la journee|24 ?h)|toute la journee sans (?:en )?remettre|"
        r"une seule application (?:pour|suffit|toute)|one (?:coat|application) (?:lasts|is all|for the whole|all day)|one and done"),
    "claim_deposit_insurance": (
        r"fdic[\s\-]?(?:insured|protected|backed|guaranteed|covered)|fscs[\s\-]?(?:protected|covered|insured|backed)|"
        r"(?:insured|protected|covered|backed|guaranteed) by (?:the )?(?:fdic|fscs)|"
        r"garanti(?:e|s|es)? par (?:le )?(?:fgdr|fonds de garantie des depots)|"
        r"(?:protege|couvert)(?:e|s|es)? par (?:le )?(?:fgdr|fonds de garantie des depots)|"
        # the SIPC protects a broker's securities and cash, not crypto-assets (SIPA, 15 U.S.C. 78lll(14))
        r"sipc[\s\-]?(?:insured|protected|covered|backed|guaranteed)|(?:insured|protected|covered|backed|guaranteed) by (?:the )?sipc"),
}

#: a weight figure (a loss, a time) just before a guarantee: "-10 kg en 2 semaines GARANTI", "lose 2 stone, guaranteed"
WEIGHT_BEFORE = r"\d+ ?(?:kg|kilos?|lbs?|pounds|stone|dress sizes?|tailles?)(?![a-z])[^.!?\n]{0,40}$"

#: a post about the body, a health product, a procedure or money: where an absolute safety claim is a claim about the
#: product's risks (L121-2 2°: its risks; CAP 3.1), not about a delivery or a return
SUBJECT = (r"(?<![a-z])(?:pills?|tablets?|capsules?|caps|gummies|gelules?|comprimes?|cachets?|doses?|dosage|side[\s\-]effects?|"
           r"effets? (?:secondaires?|indesirables?)|painkillers?|pain ?relievers?|antidouleurs?|medicines?|medications?|"
           r"medicaments?|drugs?|remed(?:y|ies)|remedes?|supplements?|complements?|treatments?|traitements?|procedures?|"
           r"surgery|surgeries|chirurgie|lipo|liposuction|liposuccion|injections?|injectables?|fillers?|botox|laser|clinic|"
           r"clinique|med ?spa|downtime|anesth|body|corps|skin|peau|weight|poids|kg|slimming|minceur|diet|regime|"
           r"crypto|bitcoin|btc|eth|tokens?|coins?|invest|placement|trading|savings?|epargne|loans?|prets?|credit|"
           r"borrow|emprunt|bnpl|pay in [34]|(?:paie|payez|paye|payer|paiement) en (?:[2-4]|deux|trois|quatre) ?(?:x|fois)|"
           r"[2-4] ?x sans frais|\U0001f48a|\U0001f489)")
#: a sunscreen is what the post promotes
SUN = (r"(?<![a-z])(?:spf ?\d*|fps ?\d*|sun ?screens?|sun ?blocks?|sun ?cream|sun ?lotion|sun ?care|solaires?|anti[\s\-]?uv|uva|uvb|"
       r"uv|ecran total|indice (?:\d+|50|eleve)|\d0 ?\+)(?![a-z])")
#: crypto-assets are what the deposit insurance is said of
CRYPTO = (r"(?<![a-z])(?:crypto|bitcoin|btc|eth|ether|tokens?|coins?|stablecoins?|usdt|usdc|altcoins?|wallets?|portefeuille "
          r"crypto|nft)")

MESSAGES = {
    "claim_efficacy": {
        "severity": "fail",
        "fr": "« {found} » promet un résultat qu'aucune preuve ne peut établir, ou qui ferait du produit un médicament "
              "(graisse fondue, cheveux repoussés, maladie guérie, perte de poids garantie, supériorité chiffrée sur tous).",
        "en": "“{found}” promises a result nothing can substantiate, or one that would make the product a medicine (fat "
              "melted, hair regrown, a disease cured, weight loss guaranteed, a multiple over every rival).",
        "fix_fr": "Retirez cette promesse : ne dites du produit que ce que des preuves établissent, dans les termes autorisés.",
        "fix_en": "Remove the claim: say only what evidence shows the product does, in the terms its rules allow.",
    },
    "claim_safety": {
        "severity": "fail",
        "fr": "« {found} » présente le produit ou le service comme absolument sans risque : aucun ne l'est.",
        "en": "“{found}” presents the product or service as entirely free of risk: none is.",
        "fix_fr": "Retirez cette promesse et dites les risques et les précautions d'emploi tels qu'ils sont.",
        "fix_en": "Remove the claim and state the risks and the precautions of use as they are.",
    },
    "claim_sunscreen": {
        "severity": "fail",
        "fr": "« {found} » : aucun produit solaire ne protège à 100 % ni toute la journée sans être réappliqué, et aucun "
              "n'est « waterproof ».",
        "en": "“{found}”: no sunscreen gives 100% or total protection, lasts all day without reapplying, or is "
              "waterproof or sweatproof.",
        "fix_fr": "Retirez cette allégation ; donnez le facteur de protection et rappelez de réappliquer souvent.",
        "fix_en": "Remove the claim; give the SPF and remind readers to reapply often (water resistance only as tested).",
    },
    "claim_deposit_insurance": {
        "severity": "fail",
        "fr": "« {found} » laisse croire que des crypto-actifs sont garantis comme des dépôts bancaires : ils ne le sont pas.",
        "en": "“{found}” suggests crypto-assets are insured like bank deposits: they are not.",
        "fix_fr": "Retirez toute mention de garantie des dépôts ; dites que les crypto-actifs ne sont pas couverts.",
        "fix_en": "Remove any deposit-insurance claim; say that crypto-assets are not covered.",
    },
}
