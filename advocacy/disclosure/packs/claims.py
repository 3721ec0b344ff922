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
- ``claim_environmental``: a generic, unqualified environmental claim — "eco-friendly", "better for the planet", "reef-safe",
  "carbon neutral", "100% sustainable", "biodegradable", « respectueux de l'environnement », « neutre en carbone » — with
  nothing in the post that gives its basis (a certification, an offset, a life-cycle figure, a recycled share): no label
  cures it (16 CFR 260.4, 260.5, 260.8; CAP 11.1, 11.3, 11.4 and the CMA Green Claims Code; C. consom. L121-2, C. env.
  L229-68 and L541-9-1, directive (UE) 2024/825);
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
               r"fibromyalgia|tinnitus|insomnia|parkinson'?s|epilepsy|adhd|migraines?|acid reflux|gout|infertility|"
               # stop 30 (holdout21a): conditions of the joints and tendons a band or a brace is sold against
               r"tendonitis|tendinitis|sciatica|osteoarthritis|plantar fasciitis|carpal tunnel(?: syndrome)?|rheumatism")
_DISEASE_FR = (r"(?:(?:mon|ma|mes|son|sa|ses|le|la|les|du|de la|de l'|des|d'un|d'une|de mon|de ma|de mes) ?)?"
               r"(?:diabete(?: de type (?:1|2))?|cancers?|tumeurs?|arthrose|arthrite|alzheimer|autisme|depression|anxiete|"
               r"asthme|hypertension|tension|maladies? cardiaques?|covid|psoriasis|eczema|endometriose|thyroide|herpes|"
               r"sida|vih|lupus|sclerose en plaques|fibromyalgie|acouphenes|insomnies?|parkinson|epilepsie|migraines?|"
               r"infertilite|sopk)")

#: the words each rule's matches start with: the scan reads them (``lexicon.CONTENT_CUES``), the rule is tried only then
CUES = {
    "claim_efficacy": (r"melt|dissol|fait fondre|font fondre|faire fondre|fera fondre|fait (?:litteralement|vraiment|carrement|reellement|completement|meme) fondre|font (?:litteralement|vraiment|carrement|reellement|completement|meme) fondre|dissout|brule|burns? (?:away )?(?:fat|belly|"
                       r"cellulite)|regr|fait repousser|font repousser|faire repousser|fera repousser|cure|curing|revers|gueri|heal|"
                       r"never (?:ever )?(?:get|be|fall|feel) (?:ill|sick)|won't (?:ever )?(?:get|be|fall|feel) (?:ill|sick)|"
                       r"will not (?:ever )?(?:get|be|fall|feel) (?:ill|sick)|will never (?:ever )?(?:get|be|fall|feel) (?:ill|sick)|"
                       r"never (?:ever )?(?:getting|being) (?:ill|sick)|won't ever (?:get|be|fall|feel) (?:ill|sick)|"
                       r"plus jamais malade|jamais plus malade|ne tomber|guaranteed|garanti|faster than|stronger than|"
                       r"more effective than|more powerful than|quicker than|plus rapide que|plus rapides que|plus efficace que|"
                       r"plus efficaces que|plus puissant|erase|remove|eliminat|get rid|gets rid|getting rid|banish|permanently|efface|elimine|"
                       r"supprime|fait disparaitre|font disparaitre|lose |lost |losing |drop|shed|perdre|perdu|perdez|perds|maigri|"
                       r"stop|end|stoppe|arrete|met fin|soign|"
                       # stop 23 (train14h): a body's result given a date, a multiple over every rival, an expert share,
                       # a security no product has, a result guaranteed, a child's IQ, a winter without colds, a weight
                       # lost per week
                       r"wrinkles|fine lines|lines|crow's feet|dark spots|age spots|eye bags|taken|took|takes|knocked|dress size|"
                       r"jean size|jeans size|clothes size|taille|no gym|no diet|no exercise|no workout|zero gym|zero diet|"
                       r"zero exercise|zero workout|without gym|without diet|without exercise|without workout|sans sport|sans regime|"
                       r"knocks|taking|rides|ridules|pattes d'oie|taches|cernes|"
                       r"fixed|fixes|healed|heals|straighten|vanish|disappear|cleared|clears|got rid|effac|repar|redress|than any|"
                       r"than every|than all|over every|over any|over all|que tous|que toutes|que n'importe|as fast as|"
                       r"as quick as|as effective as|as strong as|dentists|doctors|dermatologists|dentistes|medecins|"
                       r"dermatologues|100 ?% (?:untrac|unhack|hack|undetect|anonym|intrac|inviol|indetect)|untraceable|"
                       r"unhackable|hackproof|hack proof|hack-proof|undetectable|inviolable|indetectable|guarantee|"
                       r"boost|improve|raise|increase|ameliore|augmente|no cold|no flu|no rhume|no grippe|zero cold|zero flu|"
                       r"zero rhume|zero grippe|not a single|not one single|pas un|plus un|plus aucun|plus de rhume|"
                       r"plus de grippe|plus de cold|plus de flu|never caught|never got|never get|never catch|kg|lb|pounds|"
                       r"stone|kilo|back to|got back|retrouve|keep|protect|"
                       r"permanent|filler in|botox in|cheapest|lowest|purest|cleanest|safest|voted|elu|cheaper|less expensive|moins cher|le moins|la moins|les moins|healthy|better than sun|"
                       r"fastest|quickest|most reliable|largest|biggest|prix|des prix|les prix|le plus|la plus|les plus|plus rapide|"
                       r"moins cher|plus fiable|100 ?% (?:pass|success|placement|approval|first|de|of)|one hundred|taux de reussite|"
                       r"every single|every student|every one|every candidate|every learner|every trainee|tous nos|tous mes|tous les|"
                       r"toutes nos|toutes mes|toutes les|"
                       r"better than spf|bronzage|"
                       # stop 24: energy free for life, bills gone for ever
                       r"electricite|energie|chauffage|courant|electricity|energy|power|heating|free electricity|free energy|"
                       r"free power|free heating|plus jamais|jamais plus|plus de facture|plus aucune facture|never pay|never see|never get|"
                       r"no more energy|no more electric|no more power|no more heating|pompe|pompes|isolation|chaudiere|"
                       r"panneaux|combles|fenetres|poele|heat pump|boiler|insulation|aide|aides"),
    "claim_safety": (r"as safe as|aussi sur|aussi sure|aussi surs|aussi sures|aussi securise|safe while|safe during|safe when|sans danger pendant|sans danger pour|100 ?% (?:safe|sur|sans|secur)|completely (?:safe|harmless|risk)|totally (?:safe|harmless|risk)|"
                     r"perfectly (?:safe|harmless|risk)|absolutely (?:safe|harmless|risk)|entirely (?:safe|harmless|risk)|"
                     r"fully (?:safe|harmless|risk)|zero (?:risk|risq|side|downside|danger)|0 (?:risk|risq|side|downside|danger)|"
                     r"no (?:risk|side|real|consequence|sensitiv|tooth sensitiv|teeth sensitiv)|zero sensitiv|sans sensibilite|aucune sensibilite|with no (?:side|risk)|without (?:any )?(?:side|risk)|risk[\s\-]free|"
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
    "claim_environmental": (r"eco|environment|planet|earth|ocean|reef|nature|better for|better to|good for|good to|kind for|"
                            r"kind to|kinder for|kinder to|gentle for|gentle to|gentler for|gentler to|carbon|climate|net zero|"
                            r"net-zero|netzero|sustainable|biodegrad|zero impact|zero environmental|zero carbon|zero footprint|"
                            r"no impact|respectueu|bon pour|bons pour|bonne pour|neutre|aucun impact|sans impact|durable|recyclab|0 emission|0 co2|zero[\s\-]?carbon"),
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

#: a condition of the body a product is said to have fixed by a date (« ma cellulite en 10 jours »)
_CONDITION = (r"(?:wrinkles|fine lines|lines|crow's feet|teeth|smile|bite|tendon|knee|back|shoulder|joints?|cellulite|acne|breakouts|spots|"
              r"scars?|stretch marks|eczema|psoriasis|rosacea|pain|injury|bald spots?|hair ?loss|dark circles|pigmentation|"
              r"melasma|varicose veins|double chin|belly|tummy|skin)(?![a-z])")
_CONDITION_FR = (r"(?:rides|ridules|dents|tendon|genou|dos|cellulite|acne|boutons|cicatrices?|vergetures|eczema|psoriasis|"
                 r"douleurs?|taches|cernes|calvitie|chute de cheveux|ventre|double menton|varices|peau)(?![a-z])")
_DAYS = (r"(?:just |only |under |less than |moins de |seulement |a peine )?(?:\d+|one|two|three|four|five|six|seven|ten|a few|"
         r"a couple of|quelques|deux|trois|quatre|dix|une|un)?(?: ?)(?:days?|weeks?|hours?|nights?|jours?|semaines?|heures?|nuits?)(?![a-z])")

#: a make-up product named after a blemish said gone: it covers, the effect is what the reader sees (« mes cernes ont
#: disparu grâce au correcteur »), not a result claimed on the skin
_MAKEUP_AFTER = (r"(?![^.!?\n]{0,40}(?:correcteur|concealer|fond de teint|foundation|maquillage|make[\s\-]?up|anti[\s\-]?cernes|"
                 r"colour corrector|color corrector|primer|blur|effet bonne mine))")

#: stop 23, claims a label does not cure, read on a law-only writer's labelled ads (train14h; C. consom. L121-2; CAP 3.1,
#: 3.7, 3.33, 12.1, 13.10, 15.1; FTC Act §§ 5 and 12 and the substantiation doctrine; 16 CFR 255.2(b)):
#: stop 29 (train21e/f): a first place on price or purity said of a whole market, a vote or a guarantee, with nothing to
#: check it by ("the lowest car insurance rates in Ohio, GUARANTEED", "Lowest price on the internet, period", « les moins
#: chers du marché, c'est garanti », "voted the UK's No.1 optician", "the purest in Britain", « 30 % moins cher que X sur TOUT
#: le rayon »): an objective claim the advertiser must hold proof of before it is made (CAP 3.7, 3.33, 3.35; FTC Act § 5 and
#: the FTC's substantiation policy; C. consom. L121-2 2° b and L122-1). Read in the business's own post too (``engine``)
PRICE_SUPERIORITY = (
    r"(?:lowest|cheapest)(?: [a-z0-9'\-]+){0,6}?[ ,!.:\-]{1,4}(?:guaranteed|period|hands down|full stop|no contest)(?![a-z])|"
    r"(?:lowest|cheapest)(?: [a-z0-9'\-]+){0,3}? (?:on the internet|online|on the web|in town|in the state|in (?:the )?city)(?![a-z])|"
    r"(?:purest|cleanest|safest)(?: [a-z0-9'\-]+){0,3}? (?:in britain|in the uk|in the us|in america|in the country|in france|"
    r"in the world|de france|du pays|au monde)(?![a-z])|"
    r"moins chere?s? (?:[a-z']+ ){0,2}?(?:du marche|de france|du pays)[^.!?\n]{0,40}?(?:c'est )?garanti(?:e|s|es)?(?![a-z])|"
    r"voted (?:the )?(?:[a-z]+'s |the )?(?:no\.? ?1|number one|#1|n°1)(?![a-z0-9])|"
    r"elue? (?:le |la )?(?:n°1|numero 1|no ?1|meilleure?)(?: [a-z']+){0,3}? (?:de france|du pays)|"
    r"(?:moins chere?s?|cheaper|less expensive) (?:que|than) [@a-z0-9'\-]+(?: [a-z0-9'\-]+){0,2}? (?:sur|on|across) (?:tout|toute|tous|"
    r"toutes|everything|every|all|the whole|l'ensemble)(?![a-z])")

#: stop 30 (holdout21a): a disease cured, reversed or healed in a stated time, or surgery or medication said done away with,
#: read in the business's own post too (a recruiting or a milestone post of its staff): FTC Act §§ 5 and 12; FD&C Act
#: §§ 201(g)(1) and 502(a); CAP 12.1; C. consom. L121-4 17°
DISEASE_CURE = (
    r"(?:cured?|cures|curing|reversed?|reverses|reversing) (?:[a-z']+ ){0,2}?(?:" + _DISEASE_EN + r")(?![a-z])|"
    r"(?:heals|healed|healing) (?:[a-z']+ ){0,2}?(?:" + _DISEASE_EN + r") (?:in|within) (?:just |only )?(?:a|one|\d+|two|three|"
    r"a few) (?:days?|weeks?|months?)(?![a-z])|eliminat(?:es|e|ed|ing) the need for (?:[a-z\-]+ ){0,3}?(?:surgery|surgeries|"
    r"an operation|operations|insulin|medications?|meds|dialysis)(?![a-z])|"
    r"gueri(?:t|s|r|ssent|ra)? (?:[a-z']+ ){0,2}?" + _DISEASE_FR + r"(?![a-z])")

#: stop 29 (train21f): objective claims a provider's own staff make of what it sells, none of which a post can stand behind — a
#: device "FDA approved" after a 510(k) clearance, which is no approval (21 CFR 807.97); a payback guaranteed on solar panels
#: or a heat pump, which turns on usage, tariffs and the roof; a ban on gas boilers "from next year", which no UK law sets; a
#: hearing aid said to restore perfect hearing (CAP 3.1, 3.7, 12.1; FTC Act §§ 5 and 12; C. consom. L121-2). Read in the
#: business's own post too (``engine``)
OBJECTIVE_CLAIMS = (
    r"(?:fda[\s\-]approved|approved by (?:the )?fda)(?=[^\n]{0,120}?(?:510 ?\(?k\)?|clearance|cleared))|"
    # stop 30 (holdout21c): the clearance told first ("just got its 510(k) clearance, so it's officially FDA approved")
    r"(?:510 ?\(?k\)?|fda[\s\-]cleared|cleared by (?:the )?fda)(?:(?!not |n't |never |no |rather than |instead of |vs|versus |differ|"
    r"same as|confus|mistak|myth|mean|call)[^\n]){0,80}?(?:fda[\s\-]approved|approved by (?:the )?fda)|"
    r"pays? (?:for )?(?:itself|themselves)(?: off)? (?:in|within) (?:just |only )?\d+ (?:years?|months?)[^.!?\n]{0,15}?guaranteed|"
    r"guaranteed (?:payback|pay[\s\-]back|return on investment|roi)(?![a-z])|"
    r"rentabilise(?:e|s|es)? en \d+ ans?[^.!?\n]{0,15}?garanti|"
    r"gas boilers? (?:are|is|will be|get|gets) (?:being )?banned (?:from |in )?(?:next year|this year|january)|"
    r"restores? (?:perfect|full|normal|100 ?%) (?:hearing|vision|sight|eyesight)(?![a-z])|"
    r"(?:retrouve|retrouvez|retrouver|rend|rendent) une (?:audition|vue|vision) parfaite")

_STOP23 = (
    # a condition of the body erased, fixed or healed by a date ("ERASED my wrinkles in 7 days", "fixed my crooked teeth in
    # 3 WEEKS", « a fait disparaître ma cellulite en 10 jours »): an objective result, rarely typical, no label proves it
    r"(?:erased?|erases|fixed|fixes|healed|heals|cured|cures|cleared|clears|reversed|reverses|straightened|straightens|"
    r"got rid of|gets rid of|vanished|disappeared)(?: [a-z'\-]+){0,3}? " + _CONDITION + r"(?: [@a-z0-9'\-.]+){0,5}? in " + _DAYS + "|"
    r"(?:fait disparaitre|efface|gueri|repare|redresse)(?: [a-z'\-]+){0,3}? "
    + _CONDITION_FR + r"(?: [a-z'\-]+){0,3}? en " + _DAYS + "|"
    # a multiple over every rival ("2x more muscle than ANY other protein", "3x faster than every other charger"): the
    # comparison read before it (``COMPARED_BEFORE``, by ``engine``), a source named nowhere (``SOURCE``)
    r"(?P<compared>(?:than|over) (?:any|every|all)(?: (?:other|the other|single|of the other|others))? (?!(?:time|times|before|"
    r"year|day|month|season|night|week|summer|winter)(?![a-z]))[a-z][a-z'\-]*|"
    r"que (?:tous les|toutes les|n'importe quel(?:le)?)(?: autres?)? [a-z][a-z'\-]*)|"
    r"(?P<multiple>as (?:fast|quick|effective|strong) as (?:real|regular|normal|ordinary|standard|traditional|any|whole|other) "
    r"[a-z]+)|"
    # an expert share ("9 out of 10 dentists recommend"): the figure read before it, a survey named nowhere
    r"(?P<expert>(?:dentists|doctors|dermatologists|dentistes|medecins|dermatologues) (?:recommend|prefer|agree|trust|choose|"
    r"recommandent|preferent|approuvent|conseillent))|"
    # a blemish said gone for good, the years said taken off ("the lines round my eyes are GONE", "taken 10 years off me"):
    # an objective anti-ageing result nothing substantiates, a medicinal one for a food (CAP 3.7, 12.1, 15.1; règl.
    # 1924/2006 art. 10; FTC Act §§ 5 and 12)
    r"(?:wrinkles|fine lines|lines|crow's feet|dark spots|age spots|eye bags)(?: (?:round|around|under|on|by|near|"
    r"between) (?:my|your|her|the) (?:eyes|mouth|forehead|face|brows))? (?:are|is|have|has|were|was) (?:completely |totally |"
    r"literally |just |all |now |actually |basically )?(?:gone|vanished|disappeared)(?![a-z])" + _MAKEUP_AFTER + "|"
    r"(?:taken|took|takes|knocked|knocks|taking) (?:\d+|five|ten|fifteen|twenty|a few) years off(?![a-z])|"
    r"(?:rides|ridules|pattes d'oie|taches|cernes)(?: [a-z'\-]+){0,3}? (?:ont|a|sont|est) (?:completement |totalement |"
    r"litteralement |)(?:disparu|disparues|parti|parties)(?![a-z])" + _MAKEUP_AFTER + "|"
    # a security no product has ("100% untraceable and unhackable", "100% undetectable by AI checkers")
    r"100 ?% (?:untraceable|unhackable|hack[\s\-]?proof|undetectable|anonymous|anonyme|intracable|inviolable|indetectable)(?![a-z])|"
    r"(?:untraceable|unhackable|hack[\s\-]?proof|inviolable)(?![a-z])|"
    r"undetectable (?:by|to) (?:ai|any|all|detectors?|checkers?|turnitin|plagiarism)|indetectables? (?:par|aux) (?:l'ia|les detecteurs)|"
    # a result guaranteed to the reader ("guarantee you an A", "guarantees results")
    r"guarantees? (?:you |u )?(?:an? a(?![a-z])|a job|(?:a |the )?(?:results?|pass|grade|place|income|returns?|profits?|weight "
    r"loss)(?![a-z])|to (?:pass|lose|earn|make|land|win|get))|"
    # a food or a drink said to raise a child's IQ or brain development (an art. 14 claim, authorised or not at all:
    # règl. (CE) 1924/2006; CAP 15.1; FTC Act § 12)
    r"(?:boost|boosts|boosting|improve|improves|raise|raises|increase|increases|booste|boostent|ameliore|ameliorent|augmente|"
    r"augmentent)(?: [a-z']+){0,3}? (?:iq|qi|intelligence|brain development|cognitive development|developpement (?:du )?cerveau|"
    r"developpement cerebral)(?![a-z])|"
    # a winter without colds: a food said to prevent a disease (règl. (UE) 1169/2011 art. 7 §3; CAP 15.6.2)
    r"(?:no|zero|not a single|not one single|pas un(?: seul)?|plus un(?: seul)?|plus aucun|plus de) (?:colds?|flu|rhumes?|grippe)"
    r"(?: [a-z']+){0,2}? (?:all|this|the whole|de tout|cet|cette|de l')(?: [a-z]+)? ?(?:winter|year|season|hiver|annee)(?![a-z])|"
    r"never (?:caught|got|get|catch) (?:a )?(?:cold|flu)(?![a-z])|"
    # a weight lost per week (CAP 13.10 and règl. (CE) 1924/2006 art. 12 b: no rate or amount of weight loss for a food;
    # 16 CFR 255.2(b)): the figure read before it by ``engine``
    # stop 25: the weight taken "off" the author ("melted 15 pounds off me in 2 weeks") and clothes sizes lost by a date
    # ("down two dress sizes in 3 weeks", « deux tailles en 3 semaines »): the same rate of loss (CAP 13.10)
    r"(?P<weight>(?:kgs?|lbs?|pounds|stone|kilos?|(?:dress |jeans? |clothes |jean )sizes?|tailles?)"
    r"(?: (?:off|down|de moins|en moins)(?: (?:me|my [a-z]+|her|him|my body|mon corps))?)? (?:in|en) " + _DAYS + ")|"
    # stop 25: "no diet, no gym" said of a slimming product's result ("14 days on the detox tea … before vs after, no gym, no
    # diet changes", « sans régime ni sport »): the weight loss without diet or exercise the FTC lists as always false
    # ("Gut Check"; FTC Act § 5; CAP 13.1; C. consom. L121-2): read only where a slimming product or a weight stands (``engine``)
    r"(?P<nodiet>(?:no|zero|without) (?:gym|exercise|workouts?|dieting|diet(?: changes?)?),? (?:and |or |nor |& )?(?:no|zero|without) "
    r"(?:gym|exercise|workouts?|dieting|diet(?: changes?)?)(?![a-z])|sans (?:sport|regime),? (?:et |ni )?(?:sans )?(?:sport|regime)(?![a-z]))|"
    r"(?:back to|got back to|retrouve|retrouver) (?:my |mon )?(?:pre[\s\-]?(?:baby|pregnancy) weight|poids d'avant (?:grossesse|bebe))"
    r" (?:in|en) " + _DAYS + "|"
    # a device said to keep a family safe from covid (CAP 12.1 and 3.7; FTC Act § 12): a medicinal claim
    r"(?:keeps?|keeping) (?:[a-z']+ ){0,2}safe from (?:covid|coronavirus)(?![a-z])|protects? (?:you |your family |my family |us )?"
    r"(?:from|against) (?:covid|coronavirus)(?![a-z])|"
    # a cosmetic said to do a filler's or a toxin's work, for good (CAP 12.1 and 3.7; règl. (CE) 1223/2009 art. 20)
    r"permanent(?:ly)? (?:plump|plumper|fuller|lip|lips|filler|lift|lifted)|(?:filler|botox) in a (?:tube|bottle|jar|pot)|"
    # the cheapest in a whole market, said without a source (CAP 3.7, 3.33 and 3.35: verifiable; C. consom. L121-2 and
    # L122-1): read only where no source is named (``engine``)
    r"(?P<sourced>" + PRICE_SUPERIORITY + "|"
    r"(?:cheapest|lowest[\s\-]priced?)(?: [a-z'\-]+){0,3}? (?:in the uk|in the us|in america|in britain|in france|"
    r"on the market|anywhere|in the country)(?![a-z])|(?:le|la|les) moins chere?s? (?:[a-z']+ ){0,2}?(?:du marche|de france|"
    r"du pays)(?![a-z])|"
    # stop 27: the family widened — a measurable first place over a whole market ("officially the fastest 5G network in
    # America", "the most reliable broadband in the UK", « les prix les plus bas de France, garantis », « le réseau le plus
    # rapide de France »), and a result said of every customer ("every single student passes", "100% pass rate", « 100 %
    # de réussite », « tous nos élèves réussissent »): objective claims no one can hold without proof (CAP 3.7, 3.33; FTC
    # Act § 5 and 16 CFR 255.1(c): the endorser may not say what the advertiser could not; C. consom. L121-2 2° b, L122-1)
    r"(?:fastest|quickest|most reliable|lowest[\s\-]priced?|lowest prices?|lowest (?:rates?|premiums?|fees)|largest|biggest|cheapest)"
    r"(?: [a-z0-9'\-]+){0,3}? "
    r"(?:in america|in the us|in the usa|in the uk|in britain|in the country|in the world|in france|on the market|nationwide)(?![a-z])|"
    r"(?:les |des )?prix (?:les )?plus bas (?:de france|du marche|du pays|garantis?)(?![a-z])|"
    r"(?:le |la |les )?(?:plus rapides?|moins chere?s?|plus fiables?) (?:[a-z']+ ){0,2}?(?:de france|du marche|du pays|au monde)(?![a-z])|"
    r"(?:100 ?%|one hundred percent) (?:pass|success|placement|approval|first[\s\-]time pass) rate|100 ?% de (?:reussite|taux de reussite|"
    r"reussite)|taux de reussite (?:de )?100 ?%|(?:100 ?%|one hundred percent) of (?:our |my )?(?:students|candidates|learners|"
    r"clients|trainees) (?:pass|passed|get|got|land|landed)|every (?:single )?(?:one of (?:our|my) )?(?:students?|candidates?|"
    r"learners?|trainees?) (?:passes|passed|gets|got|lands|landed|succeeds)(?![a-z])|(?:tous|toutes) (?:nos|mes|les) (?:eleves|etudiants?|"
    r"candidats?|stagiaires|apprenants?) (?:reussissent|ont reussi|obtiennent|decrochent)(?![a-z]))|"
    # a sunbed's tan said healthy or better than sunscreen (CAP 12.1 and 1.3; ASA guidance on sunbeds)
    r"healthy (?:base )?tan|better than (?:sunscreen|suncream|sun cream|spf)|bronzage (?:sain|en bonne sante)")

#: stop 24 (train15f): energy said free for life or bills said gone for ever by a solar panel, a heat pump or insulation
#: (« votre électricité devient gratuite à vie », « plus jamais de facture d'électricité », "never pay an energy bill again"):
#: the installation costs money, the grid and its subscription remain, the tariffs change — a false claim about the
#: price and the benefits (C. consom. L121-2 2° b and c; CAP 3.1, 3.7 and 3.17; FTC Act § 5). Its payback told guaranteed
#: (« remboursée en 2 ans, c'est garanti ») is read by ``engine`` beside the bare guarantee
_ENERGY_FREE = (
    r"(?:electricite|energie|chauffage|courant|electricity|energy|power|heating)(?: [a-z']+){0,2}? (?:gratuite?s?|free|offerte?s?) "
    r"(?:a vie|pour toujours|a jamais|pour la vie|for life|forever|for ever)(?![a-z])|"
    r"free (?:electricity|energy|power|heating) (?:for life|forever|for ever)(?![a-z])|"
    r"(?:plus jamais|jamais plus) (?:de |aucune )?factures?(?: (?:d'electricite|d'energie|edf|de chauffage|d'elec|de courant|"
    r"energetiques?)(?![a-z])| ?(?=[.!,\n]))|plus (?:de |aucune )factures? (?:d'electricite|d'energie|edf|de chauffage|d'elec|de courant|"
    r"energetiques?),? (?:jamais|a vie|pour toujours)(?![a-z])|"
    r"never (?:pay|see|get) (?:an? |your |another )?(?:energy |electricity |electric |power |heating |gas )?bills? (?:again|ever)(?![a-z])|"
    r"no more (?:energy|electricity|electric|power|heating) bills?,? (?:ever|for life|forever)(?![a-z])|"
    # stop 27: a renovation said to cost a token euro thanks to public aid, or that aid said open to all incomes (« pompe à
    # chaleur installée pour 1 € grâce aux aides de l'État, sans condition de ressources »): the « 1 € » schemes ended and
    # MaPrimeRénov' and the CEE bonuses depend on income — a false claim on the price and on the aid (C. consom. L121-2 2° b
    # and c)
    r"(?:pompes? a chaleur|isolation|chaudieres?|panneaux solaires|combles|fenetres|poele|heat pumps?|boilers?|insulation)"
    r"(?: [a-z'\-]+){0,3}? (?:pour|a|for) (?:seulement |only |just )?1 ?(?:€|euros?|\$)(?![0-9,.])|"
    r"aides?(?: de l'etat| publiques?| de l'anah)?[^.!?\n]{0,50}?sans conditions? de ressources")

#: a comparison that can be measured, just before "than any …" (folded text, up to the start of the match)
COMPARED_BEFORE = (r"(?:\d+(?:[.,]\d+)? ?(?:x|times|fois|%)|twice|two times|three times|four times|double|deux fois|trois fois|"
                   r"faster|quicker|stronger|cheaper|lower|longer[\s\-]lasting|lasts? longer|more effective|more powerful|more|"
                   r"plus (?:rapides?|efficaces?|puissants?|forts?|durables?)|moins chers?|recommend(?:ed|s)?|prefer(?:red|s)?)"
                   r"(?:(?! (?:than|que|over|as) )[^.!?\n]){0,45}$")
#: the multiple before "as fast as …", and the expert share before "dentists recommend"
MULTIPLE_BEFORE = r"(?:\d+ ?(?:x|times)|twice|two times|three times|deux fois|trois fois) ?$"
SHARE_BEFORE = r"\d+ ?(?:%|out of (?:10|ten|100)|in (?:10|ten)|of (?:10|ten)|sur (?:10|dix|100)) (?:of )?(?:uk |us |french |les )?$"
#: a source or a survey named (a footnote, a lab, a study): the comparison may be substantiated, a reviewer decides
SOURCE = (r"(?<![a-z])(?:according to|source ?:|\(source|independent (?:lab|test|study|testing|survey)|(?:lab|clinical) (?:test|"
          r"study|trial)s? (?:by|of|with|on|in) |(?:study|trial|survey) of \d+|surveyed|survey(?:ed)? by|selon (?:une|l'|le|les|un)|"
          r"d'apres (?:une|l'|un)|etude (?:independante|clinique|menee)|sondage)")

PATTERNS = {
    "claim_efficacy": (
        # fat melted, dissolved or burned by the product itself (a cream, a patch, a tea): no cosmetic changes the body's
        # fat (règl. 1223/2009 art. 20 ; FD&C Act § 201(g)(1)); no food or pill does it "while you sleep"
        r"(?:melts?|melting|melted|dissolves?|dissolving|dissolved) (?:away )?" + _FAT + "|"
        r"burns? (?:away )?(?:fat|belly fat|cellulite)(?: [a-z']+){0,3} (?:while you sleep|in your sleep|without (?:diet|dieting|"
        r"exercise|working out|the gym))|"
        r"(?:fait|font|faire|fera) (?:litteralement |vraiment |carrement |reellement |completement |meme )?fondre " + _GRAISSE + "|"
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
        # stop 30 (holdout21a/c): a disease healed in a stated time ("heals tendonitis in a week"), or a product said to do
        # away with surgery or medication ("eliminates the need for knee replacement surgery", "no meds needed"): a claim to
        # treat a disease no evidence holds (FTC Act §§ 5 and 12; FD&C Act §§ 201(g)(1), 502(a); CAP 12.1; C. consom. L121-4 17°)
        r"(?:heals|healed|healing) (?:[a-z']+ ){0,2}?(?:" + _DISEASE_EN + r") (?:in|within) (?:just |only )?(?:a|one|\d+|two|three|"
        r"a few) (?:days?|weeks?|months?)(?![a-z])|eliminat(?:es|e|ed|ing) the need for (?:[a-z\-]+ ){0,3}?(?:surgery|surgeries|"
        r"an operation|operations|insulin|medications?|meds|dialysis)(?![a-z])|"
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
        + _REMEDY + "|" + _STOP23 + "|" + _ENERGY_FREE),
    "claim_safety": (
        # absolute safety said of a health product, a procedure or money (the subject is read by ``SUBJECT``)
        # an investment likened to an insured deposit ("as safe as a bank deposit", « aussi sûr qu'un livret A »): it
        # carries a risk of loss and no deposit guarantee (FCA COBS 4.2.1 and 4.12A; CAP 3.1 and 14.1; SEC Rule 10b-5 and
        # FTC Act § 5; C. monét. fin. L533-12, C. consom. L121-2)
        r"as safe as (?:a |an |your |the |in (?:a |the |your )?|money in (?:a |the )?|cash in (?:a |the )?|keeping (?:it|cash|money) in (?:a |the )?)?"
        r"(?:bank|savings|deposit|cash|isa|government bonds?|gilts?|treasur(?:y|ies)|fdic)(?![a-z])|"
        r"aussi s[uû]re?s? (?:qu'un|qu'une|que le|que la|que les|que) (?:livret|compte|depot|epargne|banque|fonds euros?)(?![a-z])|"
        r"aussi securises? (?:qu'un|qu'une|que le|que la|que les|que) (?:livret|compte|depot|epargne|banque|fonds euros?)(?![a-z])|"
        r"100 ?% (?:safe|sur|sure|sans risques?|sans danger|securise)(?![a-z])|"
        r"(?:completely|totally|perfectly|absolutely|entirely|fully) (?:safe|harmless|risk[\s\-]free)(?![a-z])|"
        r"(?:zero|0) (?:risks?|side[\s\-]effects?|downside|danger)(?![a-z])" + _NOT_A_GUARANTEE + r"|(?:zero|0) risque" + _NOT_A_GUARANTEE + "|"
        r"no (?:risks?|side[\s\-]effects?|real risk)(?![a-z])" + _NOT_A_GUARANTEE + "|"
        r"no (?:real )?consequences|with no (?:side[\s\-]effects?|risks?)|"
        # no sensitivity at all from a whitening peroxide (its known effect: règl. 1223/2009 annex III entry 12, the warning due)
        r"no (?:tooth |teeth )?sensitivity(?: (?:ever|at all|whatsoever))?(?![a-z])|zero sensitivity|"
        r"(?:sans|aucune) (?:aucune )?sensibilite(?: dentaire)?(?![a-z])|"
        r"without (?:any )?(?:side[\s\-]effects?|risks?)(?![a-z])" + _NOT_A_GUARANTEE + "|" + _TRIAL_BEFORE + r"risk[\s\-]free(?![a-z])"
        + _NOT_A_GUARANTEE + "|" + _TRIAL_BEFORE +
        r"sans (?:aucun |le moindre |zero )?(?:risques?|danger)(?! (?:de (?:vous|te) tromper|pour (?:votre|ton) portefeuille))(?![a-z])"
        + _NOT_A_GUARANTEE + r"|aucun (?:risque|danger)" + _NOT_A_GUARANTEE + "|sans (?:aucun |le moindre )?effets? (?:secondaires?|indesirables?)|"
        r"aucun effets? (?:secondaires?|indesirables?)|sans (?:aucune )?consequences?|"
        r"take as many as you (?:need|want|like)|(?:prends|prenez)-en autant que|(?:can't|cannot) overdose|"
        r"impossible (?:to overdose|de faire une overdose|de se surdoser)|safe for (?:everyone|anyone|all)(?![a-z])|"
        # a slimming shake or a pill said safe for a pregnant or nursing mother (CAP 13.1 and 3.7; FTC Act § 12)
        r"safe (?:while|during|when|for) (?:breast[\s\-]?feeding|pregnan(?:cy|t)|nursing)|sans danger (?:pendant|pour) "
        r"(?:la grossesse|l'allaitement|les femmes enceintes|la femme enceinte)"),
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
    "claim_environmental": (
        # a general environmental benefit (16 CFR 260.4(b); CAP 11.3; directive 2024/825 annex I pt 4a; C. env. L541-9-1)
        r"eco[\s\-]?(?:friendly|conscious|responsables?)(?![a-z])|environment(?:ally)?[\s\-]?(?:friendly|safe|kind|positive)|"
        r"(?:planet|earth|ocean|reef|nature)[\s\-]?(?:friendly|safe|positive)(?![a-z])|"
        r"(?:better|good|kind|kinder|gentle|gentler) (?:for|to) (?:the |our )?(?:planet|environment|earth|oceans?)(?![a-z])|"
        # a carbon or climate claim with nothing said of offsets or of the footprint measured (16 CFR 260.5; CAP 11.4 and the
        # ASA's 2023 carbon-neutral rulings; C. env. L229-68)
        r"carbon[\s\-]?(?:neutral|negative|positive|free)|climate[\s\-]?(?:neutral|positive)|net[\s\-]?zero (?:product|shoes?|"
        r"trainers?|sneakers?|brand|clothing|fashion)|"
        # sustainability told absolutely ("100% sustainable", "sustainable everything", « 100 % durable »)
        r"(?:(?<=100% )|(?<=100 % )|(?<=totally )|(?<=fully )|(?<=completely )|(?<=entirely )|(?<=truly ))sustainable(?![a-z])|"
        r"sustainable (?:everything|through and through)|(?:(?<=100% )|(?<=100 % )|(?<=totalement )|(?<=entierement ))durables?(?![a-z])|"
        # degradable with no time nor place of disposal (16 CFR 260.8(b)-(c); C. env. L541-9-1 bans it on a product)
        r"biodegradables?(?![a-z])|"
        # recyclable said absolutely, wherever it is thrown (16 CFR 260.12: a substantial majority of facilities; CAP 11.3)
        r"(?:(?<=100% )|(?<=100 % )|(?<=fully )|(?<=totally )|(?<=completely )|(?<=infinitely )|(?<=entierement )|"
        r"(?<=totalement ))recyclables?(?![a-z])|recyclables? a 100 ?%|"
        r"zero (?:environmental |carbon )?(?:impact|footprint)|no impact on (?:the )?(?:planet|environment)|"
        # stop 29 (train21f): a home or a supply said to emit nothing ("zero-carbon home", « 0 émission de CO2 »): absolute,
        # while the grid and the product's life cycle emit (CAP 11.4; 16 CFR 260.4; C. consom. L121-2, C. env. L229-68)
        r"zero[\s\-]?carbon (?:home|house|homes|houses|living|lifestyle|energy|electricity|heating|tariff|power)(?![a-z])|"
        r"(?:0|zero) (?:emissions? (?:de )?(?:co2|carbone)|co2)(?![a-z])|"
        r"respectueu(?:x|se|ses) (?:de l'environnement|de la planete|de la nature)|bon(?:ne)?s? pour la planete|"
        r"neutres? en carbone|aucun impact (?:sur|pour) (?:la planete|l'environnement)|sans impact sur (?:la planete|l'environnement)"),
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
           # teeth whitening: peroxide on teeth and gums (cosmetics reg. 1223/2009 annex III entry 12; CAP 12.1)
           r"teeth|tooth|dents|dentaires?|gums|gencives|whitening|blanchiment|"
           r"crypto|bitcoin|btc|eth|tokens?|coins?|invest|placement|trading|savings?|epargne|loans?|prets?|credit|returns?|"
           r"rendements?|yields?|apy|breast[\s\-]?feeding|pregnan|nursing|allaitement|enceinte|shakes?|"
           r"borrow|emprunt|bnpl|pay in [34]|(?:paie|payez|paye|payer|paiement) en (?:[2-4]|deux|trois|quatre) ?(?:x|fois)|"
           r"[2-4] ?x sans frais|\U0001f48a|\U0001f489)")
#: a sunscreen is what the post promotes
SUN = (r"(?<![a-z])(?:spf ?\d*|fps ?\d*|sun ?screens?|sun ?blocks?|sun ?cream|sun ?lotion|sun ?care|solaires?|anti[\s\-]?uv|uva|uvb|"
       r"uv|ecran total|indice (?:\d+|50|eleve)|\d0 ?\+)(?![a-z])")
#: the basis of an environmental claim told in the post: a certification or a label, offsets, a life-cycle or measured
#: figure, a recycled share, a time and place of degradation (16 CFR 260.3(b), 260.4(c), 260.8(c); CAP 11.3; CMA Green Claims
#: Code principle 1)
GREEN_BASIS = (r"(?<![a-z])(?:certifi|verified|verifie|third[\s\-]party|life[\s\-]?cycle|cycle de vie|offset|compensation carbone|"
               r"compense|ecolabel|fsc|b corp|oeko|gots|methodolog|footprint report|bilan carbone|within \d+ (?:days|weeks|months|years)|"
               r"en \d+ (?:jours|semaines|mois)|industrial compost|compost industriel|\d+ ?% (?:recycled|recycle|less|fewer|moins|lower|"
               r"plant|organic|bio)(?![a-z]))")
#: crypto-assets are what the deposit insurance is said of
CRYPTO = (r"(?<![a-z])(?:crypto|bitcoin|btc|eth|ether|tokens?|coins?|stablecoins?|usdt|usdc|altcoins?|wallets?|portefeuille "
          r"crypto|nft)")

MESSAGES = {
    "claim_efficacy": {
        "severity": "fail",
        "fr": "« {found} » promet un résultat qu'aucune preuve ne peut établir, ou qui ferait du produit un médicament "
              "(graisse fondue, cheveux repoussés, maladie guérie, perte de poids garantie, supériorité chiffrée sur tous, "
              "énergie gratuite à vie).",
        "en": "“{found}” promises a result nothing can substantiate, or one that would make the product a medicine (fat "
              "melted, hair regrown, a disease cured, weight loss guaranteed, a multiple over every rival, free energy for "
              "life).",
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
    "claim_environmental": {
        "severity": "fail",
        "fr": "« {found} » est une allégation environnementale générale que le post ne justifie ni ne précise : « #pub » ne la "
              "rend pas vraie.",
        "en": "“{found}” is a general environmental claim the post neither qualifies nor substantiates: “#ad” does not make it "
              "true.",
        "fix_fr": "Retirez l'allégation générale ou remplacez-la par un fait précis et vérifiable (ex. « semelle en 60 % de "
                  "caoutchouc recyclé »), avec sa source ; ne dites « neutre en carbone » qu'avec la compensation expliquée.",
        "fix_en": "Remove the general claim or replace it with a specific, checkable fact (e.g. “upper made from 60% recycled "
                  "polyester”) and its basis; say “carbon neutral” only with how it is achieved (offsets) explained.",
    },
    "claim_deposit_insurance": {
        "severity": "fail",
        "fr": "« {found} » laisse croire que des crypto-actifs sont garantis comme des dépôts bancaires : ils ne le sont pas.",
        "en": "“{found}” suggests crypto-assets are insured like bank deposits: they are not.",
        "fix_fr": "Retirez toute mention de garantie des dépôts ; dites que les crypto-actifs ne sont pas couverts.",
        "fix_en": "Remove any deposit-insurance claim; say that crypto-assets are not covered.",
    },
}
