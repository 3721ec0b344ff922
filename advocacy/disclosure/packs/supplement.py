"""Food supplements: what a commercial post may not say of one, whatever its label (folded text).

The sector is read from the text (``sectors.DETECT["supplement"]``) and allowed everywhere; each jurisdiction's
``CONTENT`` says which of these rules it applies and under which law:

- ``supplement_disease``: a disease prevented, treated or cured (règl. (UE) 1169/2011 art. 7 §3 and règl. (CE)
  1924/2006; CAP 15.6; FD&C Act § 201(g)(1): a supplement that claims it is an unapproved drug);
- ``supplement_claim``: a health effect no authorised claim says, or said beyond it (règl. 1924/2006 art. 5, 6 and 10;
  CAP 15.1; FTC Act §§ 5 and 12): immunity multiplied, ageing reversed, skin rebuilt, an IQ raised;
- ``supplement_doctor``: a doctor's or a health professional's recommendation (règl. 1924/2006 art. 12 c); CAP 15.6);
  not in the US, where a true endorsement is allowed;
- ``supplement_diet``: a balanced and varied diet said unable to provide enough nutrients (directive 2002/46/CE art. 7;
  règl. 1924/2006 art. 3 d); CAP 15.7), or food said empty (FTC Act §§ 5 and 12);
- ``supplement_fda``: a supplement said approved by the FDA, which approves none (FTC Act § 5);
- ``supplement_pom``: melatonin promoted in the UK, where it is a prescription-only medicine (HMR 2012 reg. 284).

The authorised claims (« la vitamine C contribue au fonctionnement normal du système immunitaire », "vitamin D
contributes to the maintenance of normal bones"), "a supplement shouldn't replace a varied diet", "talk to your
doctor if you're pregnant" and a doctor quoted about sleep rather than the product say none of this.
"""

#: diseases (not states of comfort): a food may not claim to prevent, treat or cure them
_ILL_FR = (r"(?:rhumes?|gastros?|gastro-enterites?|grippes?|angines?|otites?|bronchites?|sinusites?|cystites?|virus|"
           r"infections?|migraines?|mycoses?|herpes|eczema|psoriasis|acne|asthme|allergies?|crises? d'(?:asthme|angoisse))")
_ILL_EN = (r"(?:colds?|flu|sniffles|winter bugs|viruses|infections?|migraines?|eczema(?: flare[\s\-]?ups?)?|"
           r"psoriasis|acne|utis?|cold sores)")

#: France and the UK (the EU and GB registers of authorised claims): immunity "boosted" or « renforcée » at all, without a
#: figure, is beyond the authorised claims, which say only that a nutrient "contributes to the normal function of the
#: immune system" (règl. (CE) 1924/2006 art. 5, 6 and 10 §1, règl. (UE) 432/2012; CAP 15.1.1 and the ASA's rulings on
#: "immune-boosting" claims); the US allows such a structure-function statement (21 U.S.C. 343(r)(6)) — ``CONTENT_EXTRA``
IMMUNITY_BOOSTED = (r"(?:boost|boosts|boosting|booste|boostent|boostera|renforce|renforcent|renforcer|renforcera|stimule|stimulent|"
                    r"stimuler|strengthens?|strengthening|supercharges?) (?:[a-z'\-]+ ){0,2}?(?:l')?(?:immunit[ey]|immune (?:system|defen[cs]es)|"
                    r"systemes? immunitaires?|defenses? (?:naturelles|immunitaires))(?![a-z])")

PATTERNS = {
    "supplement_disease": (
        # none caught, none left (« zéro rhume, zéro virus », « fini les gastros de l'hiver », "no more colds")
        r"(?:zero|0|fini|finis|finies|adieu|plus de|plus jamais de|bye bye) (?:les |le |la |l'|de |d'|aux )?" + _ILL_FR
        + r"(?![a-z])|(?:no more|say goodbye to|bye bye|goodbye|zero) " + _ILL_EN + r"(?![a-z])|"
        # never ill again (« plus jamais malade », "haven't been sick once since"), a remedy by its name (« gommes anti-rhume »)
        r"(?:plus jamais|jamais plus|pas une seule fois|pas ete|pas tombee?) malades?|"
        r"(?:never|haven't|have not|hasn't|not once|won't|will not) (?:been |get |got |gotten |getting |be |fallen |fell )?sick"
        r"(?: once)? (?:since|again|anymore|all (?:winter|year|season)|this (?:winter|year|season))|"
        r"anti[\s\-]?(?:rhumes?|grippes?|gastros?|microbes?|colds?|flu)(?![a-z])|"
        # a shield against germs (« bouclier anti-microbes », "a force field against viruses")
        r"(?:bouclier|rempart|barriere|armure|carapace)s? (?:anti[\s\-]?|contre (?:les |la |le )?)(?:microbes?|virus|"
        r"bacteries|rhumes?|grippes?|gastros?|infections?|maladies?)|"
        r"(?:shield|force field|armou?r|barrier)s? (?:against|from) (?:germs|bugs|viruses|colds?|(?:the )?flu|infections?|"
        r"illness|disease)|"
        # none to catch ("you will NOT catch a cold", « tu n'attraperas plus de rhume »)
        r"(?:will not|won't|wont|will never|shall not) (?:ever )?(?:catch|get|pick up|come down with) (?:(?:a|any|another|one|"
        r"a single) (?:cold|bug|virus|sniffle|cough|infection)(?![a-z])(?! (?:feet|brew|drink|shower|plunge|water))|(?:the )?flu"
        r"(?![a-z])|colds|bugs|viruses|infections)|"
        r"n'attraper(?:as|ez|a|ont)? (?:plus|pas|jamais|aucun) (?:de |d'|le |la |un |une )?(?:rhumes?|grippes?|virus|gastros?|"
        r"microbes?)|"
        # a disease named, then said gone by a pronoun (« Après 10 ans d'eczéma, leurs gélules l'ont fait disparaître »)
        + _ILL_FR + r"[^.!?\n]{0,80}?(?:l'ont|l'a|les ont|les a|m'en ont|m'en a) (?:completement |totalement |enfin |vite )?"
        r"(?:fait disparaitre|fait partir|gueri|soigne|eradique|debarrasse)|"
        # the medicine put away (« j'ai rangé ma crème à la cortisone », "binned my steroid cream")
        r"(?:range|jete|oublie|abandonne|lache|remis au placard|mis de cote|dit adieu a) (?:ma|mon|mes|la|le|les) "
        r"(?:[a-z'\-]+ ){0,3}?(?:cortisone|corticoides|antihistaminiques|ventoline|antibiotiques|statines|inhalateur|minoxidil)|"
        r"(?:put away|ditched|binned|threw out|tossed|shelved|said goodbye to) (?:my|the|her|his|their) (?:[a-z\-]+ ){0,2}?"
        r"(?:steroid|hydrocortisone|cortisone|antihistamines?|inhaler|statins?|minoxidil)|"
        # a pain or an inflammation cured, the painkiller given up ("cured my knee pain", "no more ibuprofen", « a guéri mes
        # douleurs au genou », « plus besoin de Doliprane »): to treat a pain is a drug's use, not a food's (FD&C Act
        # § 201(g)(1) and 21 CFR 101.93(g); règl. (UE) 1169/2011 art. 7 §3; CAP 15.6.2)
        r"(?:cured?|cures|curing|healed|fixed|got rid of) (?:my |your |her |his |their |the )?(?:[a-z\-]+ ){0,2}?(?:pain|aches?|"
        r"arthritis|inflammation|tendinitis|sciatica)(?![a-z])|"
        r"(?:no more|bye bye|goodbye to|ditched|binned|off) (?:my |the |all )?(?:ibuprofen|paracetamol|acetaminophen|tylenol|advil|"
        r"aspirin|naproxen|painkillers?|pain ?meds|pain relievers?|anti[\s\-]?inflammatories)(?![a-z])|"
        r"(?:gueri|soigne|fait disparaitre|fait partir) (?:mes |ma |mon |les |la |le )?(?:[a-z\-]+ ){0,2}?(?:douleurs?|tendinite|"
        r"arthrose|sciatique|inflammations?)(?![a-z])|(?:plus besoin d'|plus besoin de |plus de |fini l'|fini le |adieu (?:l'|le |les ))"
        r"(?:ibuprofene|paracetamol|doliprane|dafalgan|advil|anti-inflammatoires?|antidouleurs?)(?![a-z])|"
        # a prescribed medicine given up for the supplement or outdone by it ("on two anxiety meds, today I'm on zero", "did
        # what my meds never could", « j'ai arrêté mes antidépresseurs »): a disease treated, and treatment discouraged
        # (FD&C Act § 201(g)(1); FTC Health Products Compliance Guidance; règl. (UE) 1169/2011 art. 7 §3; CAP 12.2, 15.6.2)
        r"(?:did|does|do|doing) what (?:my|the|her|his|their) (?:meds|medications?|prescriptions?|pills|antidepressants?) "
        r"(?:never|couldn't|could not|didn't|did not|can't|cannot)(?![a-z])|"
        r"(?:on|taking|down to) (?:zero|no|0) (?:meds|medications?|prescriptions?|pills|antidepressants?)(?![a-z])|"
        r"(?:off|ditched|quit|dropped|binned|replaced|stopped|came off|weaned off|ditching|quitting|replacing|stopping) "
        r"(?:all |both )?(?:of )?(?:my |the |her |his |their )?(?:[a-z\-]+ ){0,2}?(?:meds|medications?|prescriptions?|"
        r"antidepressants?|ssris?|pills)(?![a-z])|"
        r"(?:arrete|stoppe|lache|remplace|abandonne) (?:mes|mon|ma|les|le|la|tous mes) (?:[a-z'\-]+ ){0,2}?(?:medicaments?|"
        r"antidepresseurs?|anxiolytiques?|traitements?)(?![a-z])|"
        # hair loss as a disease cured ("my alopecia patches grew back")
        r"(?:alopecia|bald (?:patches|spots)|bald patch|bald spot)(?: [a-z]+){0,2} (?:grew|grow|grown|growing|filled|fill|"
        r"filling) (?:back|in)|(?:cured?|reversed?|fixed|healed) (?:my |your |her |his )?(?:alopecia|hair loss|balding)|"
        r"(?:alopecie|pelade)[^.!?\n]{0,40}?(?:repousse|gueri|disparu)|"
        # a disease's marker lowered by a figure, patients taken off their drug, a drug bettered
        r"(?:lowered|lowers|lowering|dropped|drops|reduced|reduces|cut|cuts|brought down|brings down|slashed) (?:my |your |his |"
        r"her |their |our )?(?:ldl |bad |total )?(?:cholesterol|blood pressure|blood sugar|a1c|glucose)(?: levels?)?(?: by)? \d+|"
        r"(?:fait baisser|baisse|reduit|diminue|fait chuter|fait tomber) (?:mon |ma |ton |ta |votre |le |la |son |sa )?"
        r"(?:cholesterol|tension|glycemie|taux de cholesterol)(?: de)? \d+|"
        r"(?:switch(?:ing|ed)?|tak(?:e|es|ing)|took|get(?:ting)?|got) (?:patients|people|clients|me|them|him|her|you) off "
        r"(?:their |my |your |his |her )?(?:statins?|meds|medications?|insulin|antidepressants?|blood pressure (?:meds|pills|tablets))|"
        r"(?:better than|works better than|beats|instead of|replaces?|replaced) (?:minoxidil|finasteride|metformin|statins?|"
        r"antibiotics?|antihistamines?|ssris?)(?![a-z])|"
        r"(?:mieux que|plus efficace que|remplace|a la place de) (?:le |la |les |du |des |mon |ma |mes )?(?:minoxidil|metformine|"
        r"statines?|antibiotiques?|antihistaminiques?|cortisone|corticoides)(?![a-z])"),
    "supplement_claim": (
        # immunity multiplied by a figure (« boostent tes défenses x3 », "boost your immunity by 300%")
        r"(?:boost|booste|boostent|boostes|boosts|boosting|renforce|renforcent|multiplie|multiplient|triple|triplent|double|"
        r"doublent|stimule|stimulent|increases?|raises?|supercharges?) (?:[a-z'\-]+ ){0,3}?(?:immunit[ey]|immune(?: system| function"
        r"| response)?|defenses?(?: naturelles| immunitaires)?|systeme immunitaire)(?: [a-z]+){0,2}? (?:(?:by|de|par) )?"
        r"(?:x ?\d+|\d+ ?(?:%|x(?![a-z])|fois|times))|"
        # ageing reversed, skin rebuilt, wrinkles gone (no authorised claim says it: règl. 432/2012; the GB NHC register)
        r"(?:reverses?|reversed|reversing) (?:the )?(?:signs of )?(?:ageing|aging)|(?:inverse|inversent|inverser|stoppe|stoppent) "
        r"(?:le )?(?:processus de )?vieillissement|(?:on lui en donne|on m'en donne) \d+|"
        r"(?:reconstrui(?:t|sent|re)|regenere(?:nt)?|repare(?:nt)?) (?:la peau|ta peau|votre peau|les cartilages?|le cartilage|"
        r"tes articulations|les articulations)|(?:rebuilds?|regenerates?) (?:your |my |the )?(?:skin|cartilage|joints)|"
        r"(?:rides|ridules|wrinkles|fine lines|pattes d'oie)(?: du front| [a-z]+)? (?:(?:are|is|have|has|ont|sont|literally|"
        r"completely|totally|all|just|completement|totalement) )*(?:gone|vanished|disappeared|disparue?s?|envolee?s?|effacee?s?)"
        r"(?![a-z])|effet lifting|lifting sans bistouri|"
        # the mind or the hormones multiplied ("make you SMARTER and boost your IQ", "double your testosterone")
        r"(?:boost|boosts|raise|raises|increase|increases|augmente|augmentent|booste|boostent) (?:your |their |his |her |my |"
        r"ton |leur |son |votre |le |la )?(?:iq|qi)(?![a-z])|(?:make|makes|made|rend|rendent) (?:you|them|kids|your kids|"
        r"children|les enfants|tes enfants|vos enfants) (?:smarter|cleverer|plus intelligents?)|"
        r"(?:double|doubles|triple|triples|doubler|tripler) (?:your |ta |votre |my |his )?(?:testosterone|t levels)|"
        r"(?:regrow|regrows|regrew|fait repousser) (?:your |my |her |his |les |tes |vos |mes )?(?:hair|cheveux)|"
        # a health effect given as a proven multiple ("clinically proven … by 300%")
        r"(?:clinically|scientifically|medically|cliniquement|scientifiquement) (?:proven|prouvee?s?|demontree?s?) "
        r"(?:[a-z'\-]+ ){0,5}?(?:\d{3,} ?%|x ?\d+(?![\d,.]))"),
    "supplement_doctor": (
        # the doctor recommended it (« mon médecin me l'a conseillé », "my GP told me to try these"); a doctor's advice about
        # something else (« m'a conseillé de dormir plus », "told me to cut screens") is no recommendation of the product
        r"(?:medecin|docteur|doc|generaliste|gyneco|gynecologue|dermato|dermatologue|pediatre|nutritionniste|dieteticienne?|"
        r"pharmacienne?|sage-femme|endocrinologue|cardiologue|rhumatologue|psychiatre|naturopathe)(?: [a-z\-]+){0,2}? "
        r"(?:me l'a|me les a|nous l'a|nous les a|m'en a|m'a|nous a|me l'avait|me les avait)(?: [a-z\-]+)? "
        r"(?:conseille|recommande|suggere|preconise)e?s?(?! d'| de (?!prendre|tester|essayer|faire une cure))|"
        r"(?:conseille|recommande|preconise)e?s? par (?:mon |ma |un |une |des |les |le |la |nos |mes )?(?:[a-z\-]+ )?(?:medecins?|"
        r"docteurs?|generalistes?|pharmacien(?:ne)?s?|dermatologues?|dermatos?|nutritionnistes?|dieteticien(?:ne)?s?|"
        r"professionnels? de (?:la )?sante|pediatres?|gynecologues?|sages-femmes)(?![a-z])|"
        r"(?:conseille|recommande|prescris|prescrit|donne|recommend|recommends|prescribe|prescribes|suggest|suggests) (?:a |aux |to )?"
        r"(?:tous |toutes |all )?(?:mes|ses|leurs|nos|les|my|her|his|our|their) (?:patients|patientes)(?![a-z])|"
        r"(?:medecins|docteurs|pharmaciens|dermatologues|nutritionnistes) (?:le |la |les |l')?(?:conseillent|recommandent|"
        r"prescrivent)|(?:doctors|gps|pharmacists|dermatologists|nutritionists|dietitians) (?:recommend|swear by|prescribe)"
        r" (?:it|them|these|this)(?![a-z])|"
        r"(?:gp|doctor|doc|dr|physician|dermatologist|derm|nutritionist|dietitian|dietician|pharmacist|consultant|midwife|"
        r"health visitor|nurse|naturopath)(?: [a-z\-]+){0,2}? (?:told|recommended|suggested|advised|put|prescribed|recommends|"
        r"suggests|advises) (?:me |us |her |him )?(?:to (?:try|take|start|buy|use|add)|onto|on (?:these|them|this|it)|these|them|"
        r"this|it)(?![a-z])|(?:doctor|gp|dr|pharmacist|dermatologist|nutritionist)[\s\-](?:recommended|approved|endorsed)|"
        r"recommended by (?:my |a |an |the |our )?(?:[a-z\-]+ )?(?:doctors?|gps?|pharmacists?|dermatologists?|nutritionists?|"
        r"dietitians?|health professionals?|nhs)(?![a-z])"),
    "supplement_diet": (
        # the diet said not enough (« une alimentation équilibrée ne suffit plus », "a balanced diet just can't cover it")
        r"(?:alimentation|assiette|nourriture)(?: [a-z]+){0,2}? (?:ne (?:suffit|suffisent|couvre|couvrent|peut|peuvent|apporte|"
        r"apportent) (?:plus|pas(?! toujours)|jamais)|n'(?:apporte|apportent|est|suffit|suffisent) (?:plus|pas(?! toujours)|jamais))|"
        r"(?:impossible|plus possible) (?:d'avoir|de trouver|de couvrir|d'obtenir) (?:[a-z']+ ){0,4}?(?:par|avec|dans) (?:l'|ton |"
        r"votre |son |notre )?(?:alimentation|assiette)|(?:sols?|terres?) (?:sont |est )?(?:epuise|appauvri)e?s?|"
        r"(?:aliments|fruits et legumes|legumes) (?:sont )?(?:vides|n'ont plus (?:aucun|de) (?:nutriments|vitamines))|"
        r"tout le monde (?:est carence|a besoin d'un complement)|alimentation (?:moderne |actuelle |d'aujourd'hui )?(?:est )?carencee|"
        r"(?:diets?|food) (?:is|are) (?:so |now )?(?:nutrient[\s\-]?(?:deficient|poor|depleted)|deficient in everything)|"
        r"(?:balanced|varied|healthy|good|clean|best|perfect) diet(?: [a-z]+){0,2}? (?:just |simply |alone |still |really )?"
        r"(?:can't|cannot|can not|doesn't|does not|won't|will not|isn't enough|is not enough|isn't sufficient|no longer)"
        r"(?![^.!?\n]{0,60}vitamin d)(?! (?:replace|substitute|need))|"
        r"(?:no one|nobody|no-one|none of us) (?:gets?|can get) (?:what (?:they|you|we) need|everything|enough)(?: [a-z]+){0,3}? "
        r"from (?:food|their diet|diet|meals)|(?:can't|cannot|impossible to) get (?:everything|enough|all the nutrients|what you need)"
        r"(?: [a-z]+){0,2}? from (?:food|your diet|diet)(?! alone[^.!?\n]{0,40}vitamin d)|"
        r"soil(?:'s|s| is| are)? (?:so |completely |totally )?depleted|depleted soils?|"
        r"(?:vegetables|veggies|food|fruit|produce)(?: [a-z]+){0,2}? (?:have|has|contain|contains) (?:basically |almost |literally )?"
        r"(?:zero|no) (?:nutrients|nutrition|vitamins)|food(?:'s| is) (?:empty|dead|nutrient[\s\-]?empty)|"
        r"everyone needs a (?:multivitamin|supplement)|starving your cells"),
    "supplement_fda": (
        r"fda[\s\-]?(?:approved|approval|certified|cleared|endorsed)|approved by (?:the )?fda|(?:the )?fda (?:approves|approved|"
        r"has approved|certified)|approuvee?s? par la fda"),
    # melatonin by name, unless the text says it is prescription-only or left out
    "supplement_pom": r"melatonin(?:e)?(?![a-z])(?![\s\-]free)(?![^.!?\n]{0,60}prescription)",
}

MESSAGES = {
    "supplement_disease": {
        "severity": "fail",
        "fr": "« {found} » prête à un complément alimentaire le pouvoir de prévenir, traiter ou guérir une maladie, ce que seul un médicament peut revendiquer.",
        "en": "“{found}” claims a food supplement prevents, treats or cures a disease, which only a medicine may claim.",
        "fix_fr": "Retirez cette allégation ; seules les allégations de santé autorisées peuvent être utilisées.",
        "fix_en": "Remove this claim; use only an authorised health claim.",
    },
    "supplement_claim": {
        "severity": "fail",
        "fr": "« {found} » : allégation de santé non autorisée ou exagérée pour un complément alimentaire.",
        "en": "“{found}”: an unauthorised or exaggerated health claim for a food supplement.",
        "fix_fr": "Remplacez-la par une allégation autorisée, dans ses propres termes (ex. « la vitamine C contribue au fonctionnement normal du système immunitaire »).",
        "fix_en": "Replace it with an authorised claim in its own terms (e.g. “vitamin C contributes to the normal function of the immune system”).",
    },
    "supplement_doctor": {
        "severity": "fail",
        "fr": "« {found} » : une allégation de santé ne peut pas s'appuyer sur la recommandation d'un médecin ou d'un professionnel de santé.",
        "en": "“{found}”: a health claim may not refer to the recommendation of a doctor or health professional.",
        "fix_fr": "Retirez la référence au médecin ou au professionnel de santé.",
        "fix_en": "Remove the reference to the doctor or health professional.",
    },
    "supplement_diet": {
        "severity": "fail",
        "fr": "« {found} » laisse entendre qu'une alimentation équilibrée et variée ne suffit pas : c'est interdit pour un complément alimentaire.",
        "en": "“{found}” implies a balanced, varied diet cannot provide enough nutrients, which food supplement marketing must not say.",
        "fix_fr": "Retirez cette affirmation ; vous pouvez rappeler qu'un complément ne remplace pas une alimentation variée et équilibrée.",
        "fix_en": "Remove this statement; you may say a supplement does not replace a varied, balanced diet.",
    },
    "supplement_fda": {
        "severity": "fail",
        "fr": "« {found} » : la FDA n'approuve pas les compléments alimentaires ; l'affirmer est trompeur.",
        "en": "“{found}”: the FDA does not approve dietary supplements; saying so is deceptive.",
        "fix_fr": "Retirez la mention d'une approbation par la FDA.",
        "fix_en": "Remove the claim of FDA approval.",
    },
    "supplement_pom": {
        "severity": "fail",
        "fr": "« {found} » : au Royaume-Uni, la mélatonine est un médicament sur prescription, dont la publicité auprès du public est interdite.",
        "en": "“{found}”: in the UK melatonin is a prescription-only medicine, which may not be advertised to the public.",
        "fix_fr": "Ne publiez pas cette promotion au Royaume-Uni.",
        "fix_en": "Do not publish this promotion in the UK.",
    },
}
