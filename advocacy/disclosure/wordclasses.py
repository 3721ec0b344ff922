"""Word classes: the vocabulary a sector or a content rule is read with, as stems and their
inflections in French and English, not as phrases.

A rule is written once over classes ("a verb of replacing or stopping, a possessive, a drug
class") and meets every sentence built from them, the ones nobody wrote down included. Every
class is a regular-expression alternation over the *folded* text (lower case, no accents, see
``normalize.py``), with no boundary of its own: the rule using it puts the boundaries.

Invariant: a class names words, never a whole claim; a rule says which classes must meet.
"""
from __future__ import annotations


def alt(*words: str) -> str:
    """One non-capturing alternation, longest first (a regex tries alternatives in order)."""
    return "(?:" + "|".join(sorted(set(words), key=len, reverse=True)) + ")"


def nouns(*stems: str) -> str:
    """Nouns with their plural (``s``; ``x`` after ``eau``/``al``→``aux`` left to the caller)."""
    return alt(*(s + "s?" for s in stems))


# --- determiners -----------------------------------------------------------------------------------
#: possessives and articles before a noun, French and English ("ton", "vos", "your", "the")
DET_FR = alt("mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos", "leur", "leurs",
             "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "ce", "cet", "cette", "ces")
DET_EN = alt("my", "your", "his", "her", "their", "our", "the", "a", "an", "any", "all", "all my", "all your", "those",
             "these", "that", "this")
DET = alt(DET_FR, DET_EN)

# --- medicines: every drug class a text can set a product against ---------------------------------------
#: a treatment or a drug class (French): « médicament », « antidépresseur », « insuline », « chimio »…
DRUG_FR = alt(nouns("medicament", "medoc", "traitement", "antidepresseur", "anxiolytique", "somnifere", "antidouleur",
                    "anti-inflammatoire", "anti-douleur", "antibiotique", "antihistaminique", "corticoide", "statine",
                    "betabloquant", "beta-bloquant", "antihypertenseur", "anticoagulant", "neuroleptique", "antipsychotique",
                    "regulateur d'humeur", "inhalateur", "comprime", "cachet", "vaccin"),
              "insuline", "chimio", "chimiotherapie", "radiotherapie", "cortisone", "ventoline", "levothyrox", "metformine",
              "ritaline", "pilule", "pilules", "methotrexate", "dialyse")
#: the same in English: "medication", "antidepressants", "SSRIs", "insulin", "chemo"…
DRUG_EN = alt(nouns("medication", "medicine", "pill", "prescription", "treatment",
                    "antidepressant", "ssri", "anxiolytic", "sleeping pill", "painkiller", "anti-inflammatory",
                    "antibiotic", "antihistamine", "steroid", "statin", "beta blocker", "beta-blocker", "blood thinner",
                    "inhaler", "vaccine", "antipsychotic", "mood stabilizer", "mood stabiliser", "epipen"),
              "meds", "anti-inflammatories", "insulin", "chemo", "chemotherapy", "radiotherapy", "cortisone", "metformin",
              "ritalin", "adderall", "levothyroxine", "methotrexate", "dialysis")
#: a drug by its international name's stem (the WHO INN stems: -pril, -sartan, -olol, -statin, -oxetine, -pram,
#: -azepam, -prazole, -gliptin, -triptan…) or by a household brand: "my sertraline", « mon Lexomil »
NAMED_DRUG = (r"(?:[a-z]{2,}(?:pril|sartan|olol|statine?|oxetine|pram|azepam|azolam|prazole|gliptine?|formine?|triptan|dronate)|"
              r"sertraline|venlafaxine|mirtazapine|bupropion|prozac|zoloft|xanax|lexomil|valium|ventoline?|salbutamol|"
              r"levothyrox(?:ine)?|doliprane|dafalgan|efferalgan|ibuprofene?|paracetamol|aspirine?|tramadol|codeine|"
              r"humira|ozempic)")
DRUG_FR = alt(DRUG_FR, NAMED_DRUG)
DRUG_EN = alt(DRUG_EN, NAMED_DRUG)
#: what follows « traitement » / "treatment" when it is no medical treatment (« traitement de texte », "VIP treatment")
NOT_MEDICAL = r"(?! (?:de (?:texte|faveur|l'eau|donnees|surface|choc)|des (?:donnees|eaux|dechets|demandes|commandes)|du (?:bois|linge|signal)|anti-?(?:calcaire|termites)))"

#: a verb of replacing, stopping or doing without (French), every common inflection and the infinitive
REPLACE_FR = alt("remplace", "remplacent", "remplacez", "remplacer", "remplacera", "remplaceront", "remplacant", "a remplace",
                 "ont remplace", "j'ai remplace", "remplacerait", "arrete", "arretent", "arretez", "arreter", "j'ai arrete",
                 "a arrete", "stoppe", "stoppez", "stopper", "abandonne", "abandonnez", "abandonner", "lache", "lachez",
                 "lacher", "jette", "jetez", "jeter", "laisse tomber", "laissez tomber",
                 "dis adieu a", "dites adieu a", "dire adieu a", "dis stop a", "dites stop a", "se passer de", "te passer de",
                 "vous passer de", "me passer de", "passe-toi de", "passez-vous de", "plus besoin de", "plus besoin d'",
                 "plus jamais besoin de", "je me passe de", "on se passe de", "a la place de", "a la place des", "a la place du", "mieux que", "mieux qu'",
                 "plus efficace que", "plus efficaces que", "aussi efficace que", "aussi efficaces que")
#: the same in English
REPLACE_EN = alt("replace", "replaces", "replaced", "replacing", "stop", "stops", "stopped", "stopping", "stop taking",
                 "stopped taking", "quit", "quitting", "quit taking", "ditch", "ditched", "ditching", "drop", "dropped",
                 "dump", "dumped", "come off", "came off", "coming off", "get off", "got off", "getting off", "throw out",
                 "threw out", "throw away", "threw away", "bin", "binned", "toss", "tossed", "swap", "swapped", "swapping",
                 "say goodbye to", "said goodbye to", "no longer need", "haven't needed", "have not needed",
                 "hasn't needed", "haven't used", "haven't touched", "haven't reached for", "no need for",
                 "don't need", "do not need", "never need", "won't need", "wean off", "weaned off", "instead of",
                 "a substitute for", "an alternative to", "the alternative to", "better than", "more effective than",
                 "works better than", "work better than", "as effective as",
                 # stop 28: the treatment said left ("she's off her anti-inflammatories", "Dad is now off his statins")
                 "she's off", "he's off", "they're off", "i'm off", "im off", "we're off", "is off", "are off", "been off",
                 "now off", "completely off", "totally off", "fully off")

#: a word between the verb and the drug that turns the sentence around (« ne remplace pas un traitement »), or a
#: connector that makes the drug another noun's complement ("no more forgotten doses of …", « oublis de pilule »)
_NOT_NEGATION = r"(?!(?:pas|plus|jamais|point|not|never|without|sans|de|d'|du|des|of|for|with|avec|pour)(?![a-z]))"
#: words before the verb that deny or caution ("does not replace", "never stop … without your doctor",
#: « avant d'arrêter »): the sentence then says the opposite of the claim
_NO_DENIAL = "".join(f"(?<!{w} )" for w in ("not", "n't", "never", "ne", "jamais", "sans", "without", "need to", "have to",
                                              "before you", "avant de", "ever")) + "(?<!n')(?<!d')"
#: a product or method set against a treatment: verb of replacing or stopping, optional determiner, up to two
#: words (« ton petit antidépresseur », "your daily blood pressure pills"), a drug class (loi 2023-451 art. 4 I:
#: promotion of therapeutic abstention; CAP 12.2: must not discourage essential treatment; FTC Act §§ 5, 12).
#: A generic « traitement » / "treatment" counts only right after the determiner ("your salon treatment" is no
#: medical one).
_BETWEEN = "(?:" + _NOT_NEGATION + r"[a-z\-]+ ){0,2}"
#: a form the drug comes in (« crème à la cortisone », « spray au salbutamol »): the drug still is what is dropped
_FORM_OF = r"(?:(?:creme|pommade|spray|sirop|gel|gouttes|patch)s? (?:a la |a l'|au |aux ))?"
SET_AGAINST_TREATMENT = (_NO_DENIAL + REPLACE_FR + " (?:" + DET_FR + r" ?)?" + _BETWEEN + "(?!traitement)" + _FORM_OF + DRUG_FR + NOT_MEDICAL
                         + r"(?![a-z])|" + _NO_DENIAL + REPLACE_FR + " (?:" + DET_FR + r" ?)?traitements?" + NOT_MEDICAL
                         + r"(?![a-z])|"
                         + _NO_DENIAL + REPLACE_EN + " (?:" + DET_EN + r" )?" + _BETWEEN + "(?!treatment)" + DRUG_EN
                         + r"(?![a-z])(?! (?:glasses|lenses|sunglasses|specs|eyewear|goggles|frames))|" + _NO_DENIAL + REPLACE_EN + " (?:" + DET_EN + r" )?treatments?(?![a-z])")

# --- returns: an investment said to multiply, by how much and by when ------------------------------------
#: a verb of multiplying money (French, English)
MULTIPLY = alt("double", "doubler", "doubles", "doubled", "doubling", "doublera", "doubleront", "doublent", "doublez",
               "triple", "tripler", "triples", "tripled", "tripling", "triplera", "quadruple", "quadrupler", "quadrupled",
               "decuple", "decupler", "decuplera", "multiplie", "multiplier", "multiplies", "multiplied", "multiplying",
               "multipliera", "multiplie par \\d+", "multiplied by \\d+", "x ?\\d{1,3}", "\\d{1,3} ?x")
#: money one puts in or keeps (French, English)
MONEY = alt(nouns("epargne", "economie", "investissement", "placement", "portefeuille", "capital", "mise", "apport",
                  "saving", "investment", "portfolio", "stake", "deposit", "bag", "stack", "wallet", "pot", "fund"),
            "argent", "thune", "capitaux", "money", "cash", "capital", "pea", "livret a", "livret")
#: a short time span ("en 3 mois", "in six weeks", "d'ici l'été", "by summer", "avant Noël")
NUMBER = r"(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|dix|douze|one|a|two|three|four|five|six|seven|eight|ten|twelve)"
UNIT = nouns("jour", "semaine", "mois", "an", "annee", "day", "week", "month", "year")
SEASON = alt("l'ete", "l'hiver", "l'automne", "le printemps", "noel", "la fin de l'annee", "fin d'annee", "la rentree", "2026",
             "2027", "summer", "winter", "autumn", "fall", "spring", "christmas", "year end", "the end of the year", "next year",
             "l'an prochain", "demain", "tomorrow", "next month", "le mois prochain", "next week", "la semaine prochaine",
             "the end of the month", "la fin du mois", "fin du mois", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
             "samedi", "dimanche", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "l'ete prochain",
             "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
             "decembre", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december", "the weekend", "le week-end", "ce soir", "tonight")
TIMEFRAME = (r"(?:en|in|within|dans|sous|under|d'ici|avant|by|before) (?:(?:seulement|only|just|a peine|moins de|less than) )?"
             "(?:" + NUMBER + " " + UNIT + "|" + SEASON + r")(?![a-z])")
#: a sum of money as written ("$200", "5 000 €", "£1.2k", "500 euros")
AMOUNT = r"(?:[$€£] ?\d[\d,.]*(?: ?k)?|\d[\d,.]*(?: \d{3})*(?: ?k)? ?(?:[$€£]|euros?|dollars?|quid))"
#: an asset said to only ever rise ("can only go up", « ne peut que monter »)
ONLY_UP = (r"(?:can|could|will) only go up|only (?:goes|going) (?:up|one way)|(?:can't|cannot|won't|never) go(?:es)? down|"
           r"ne (?:peut|peuvent|fait|font|va|vont) (?:que|qu') ?(?:monter|grimper|augmenter)|"
           r"ne (?:peut|peuvent|va|vont) pas (?:baisser|descendre|chuter)")
#: a price target with its date ("$NOX hits $1 by Friday", « objectif 1 $ d'ici vendredi »)
PRICE_TARGET = (alt("hit", "hits", "reach", "reaches", "to", "at", "will be", "will be at", "sera a", "atteindre", "atteint",
                    "atteindra", "objectif", "target", "price target", "vise", "going to", "va toucher", "va atteindre")
                + " " + AMOUNT + r"(?: [a-z']+){0,2} ")
#: money turned into more money ("turned $200 into $5,000", « transformé 500 € en 8 000 € »)
MONEY_GROWTH = (alt("turned", "turn", "turning", "grew", "grow", "grown", "flipped", "flip", "transforme", "transformer",
                    "transformes", "fait passer", "passe de")
                + " (?:" + DET + " )?" + AMOUNT + " (?:into|to|en|a) " + AMOUNT)
#: a rate of return per day, week or month (no lawful product pays that: a red flag of every regulator)
RATE_PER_PERIOD = (r"\d+(?:[.,]\d+)? ?% (?:daily|weekly|monthly|a day|a week|a month|per day|per week|per month|every day|"
                   r"every week|par jour|par semaine|par mois|chaque jour|chaque semaine|chaque mois|quotidiens?|hebdomadaires?|"
                   r"mensuels?)(?![a-z])")
#: a return stated as a figure or a multiple with the money it applies to or the time it takes (C. consom. L121-2;
#: MiCA art. 66 § 3 fair, clear, not misleading; FCA COBS 4.12A; FTC Act § 5): « j'ai doublé mon épargne en 3 mois »,
#: "tripled my savings", "x10 d'ici l'été", "+40 % in two weeks"
QUANTIFIED_RETURN = (MULTIPLY + " (?:" + DET + " )?(?:[a-z]+ )?" + MONEY + r"(?![a-z])|"
                     + MULTIPLY + r"(?: [a-z']+){0,3} " + TIMEFRAME + "|"
                     r"\+ ?\d{2,4} ?% (?:[a-z']+ ){0,3}" + TIMEFRAME + "|"
                     + ONLY_UP + "|" + PRICE_TARGET + TIMEFRAME + "|" + MONEY_GROWTH + "|" + RATE_PER_PERIOD)

# --- gambling as income ---------------------------------------------------------------------------
#: a bet by its name, as the subject that pays ("that acca paid my bill", « ce combiné m'a payé le loyer »)
BET_NOUN = alt("acca", "accas", "accumulator", "bet", "bets", "parlay", "parlays", "punt", "flutter", "jackpot", "scratchcard",
               "scratch card", "spin", "spins", "pari", "paris", "combine", "ticket", "grattage", "mise", "win", "winner", "treble",
               "lucky 15", "each way", "each-way", "boost", "slot", "slots", "pokies", "roulette", "casino", "bingo", "scratchies")
#: what a household pays (French, English)
BILLS = alt(nouns("loyer", "facture", "dette", "credit", "pret", "course", "traite", "rent", "bill", "mortgage", "debt",
                  "loan", "grocery", "overdraft", "tuition", "tax", "impot", "taxe"),
            "groceries", "decouvert", "fins de mois", "fin de mois", "student loan", "credit card", "electric", "electricity",
            "gas bill", "energy bill", "council tax", "car payment", "phone bill", "water bill", "heating", "electricite",
            # the household's energy by its supply ("paid my gas off", "the electric's sorted", « l'électricité »)
            "gas", "electric", "energy bills", "gas bills", "electric bills", "heating bill", "essence", "facture d'electricite",
            "factures d'electricite", "facture de gaz", "factures de gaz", "facture d'energie", "factures d'energie")
#: what a household pays, without the words a bettor shares (« course » is a race too, « crédit » a bonus credit)
HOUSEHOLD_BILLS = alt(nouns("loyer", "facture", "dette", "rent", "bill", "mortgage", "debt", "loan", "overdraft", "impot"),
                      "decouvert", "fins de mois", "fin de mois", "student loan", "credit card", "credit cards", "electric",
                      "electricity", "gas", "gas bill", "gas bills", "energy bill", "energy bills", "council tax", "car payment",
                      "phone bill", "water bill", "heating", "heating bill", "electricite", "essence", "facture d'electricite",
                      "factures d'electricite", "facture de gaz", "factures de gaz", "facture d'energie", "factures d'energie")
#: the bills a reader is asked about ("Rent due?", "Student loan?"; not "heating up?", "electric atmosphere?")
_ASKED_BILLS = alt(nouns("loyer", "facture", "dette", "rent", "bill", "mortgage", "debt", "loan", "overdraft"), "decouvert",
                   "fins de mois", "fin de mois", "student loan", "credit card", "credit cards", "council tax", "energy bill",
                   "energy bills", "gas bill", "gas bills", "electric bill", "electric bills", "phone bill")
#: a gambler's takings (French, English)
WINNINGS = alt("winnings", "wins", "my wins", "payouts", "gains", "mes gains", "gains au", "gains aux")
#: gambling presented as income or as the way to pay one's bills (CAP 16.3.4 and 16.3.5; décret n° 2020-1349
#: art. 8; AGA Responsible Marketing Code): a verb of paying + a bill with the takings, or a living made from them
GAMBLING_PAYS = (alt("pay", "pays", "paid", "paying", "cover", "covers", "covered", "covering", "sort", "sorted",
                     "payer", "paye", "paie", "paient", "payons", "regle", "regler", "rembourse", "rembourser")
                 + " (?:" + DET + " )?(?:[a-z]+ )?" + BILLS + r"(?: [a-z']+){0,3} (?:with|avec|grace a) (?:" + DET + " )?(?:[a-z]+ )?"
                 + WINNINGS + "|"
                 # the operator may sit between the bet and its verb ("a few spins on X Casino sorted my council tax")
                 + BET_NOUN + r"(?: (?:on|at|with|sur|chez|avec) [a-z0-9&'\-]+(?: [a-z0-9&'\-]+){0,2})? " + alt("paid", "pays", "paid for", "covered", "covers", "sorted", "cleared", "a paye", "m'a paye",
                                        "a rembourse", "paie", "a regle")
                 + " (?:" + DET + " )?(?:[a-z]+ ){0,2}" + BILLS + "|"
                 + alt("live off", "living off", "lives off", "live on", "living on", "vivre de", "vis de", "vit de", "vivre avec")
                 + " (?:" + DET + " )?(?:[a-z]+ ){0,2}" + WINNINGS + "|"
                 # the bets as the payer, in the plural French takes (« mes paris m'ont remboursé le découvert »)
                 + alt("paris", "combines", "gains", "mises") + " " + alt("m'ont paye", "m'ont rembourse", "m'ont regle", "ont paye",
                                                                           "ont rembourse", "ont regle", "paient", "payent",
                                                                           "remboursent", "me paient", "me payent")
                 + " (?:" + DET + " )?(?:[a-z]+ ){0,2}" + BILLS + "|"
                 # a bill said settled beside the win ("won £400 and my electric bill is sorted", « facture réglée »)
                 + "(?:" + DET + " )?" + HOUSEHOLD_BILLS + r"(?:'s| is| are| was| were| now| all| est| sont| a ete| ont ete){0,2} "
                 r"(?:sorted|paid(?: off)?|covered|cleared|taken care of|reglee?s?|payee?s?|epongee?s?)(?![a-z])|"
                 # a bill paid off: the supply or the debt named, "off" after it ("won £650, paid my gas off")
                 + alt("paid", "pay", "pays", "paying", "cleared", "clear", "clears") + " (?:" + DET + " )?(?:[a-z]+ )?" + HOUSEHOLD_BILLS
                 + " off(?![a-z])")

#: money worries in the gambler's own words: a sum short, money tight, a bill due (CAP 16.3.4; décret n° 2020-1349
#: art. 8; AGA Responsible Marketing Code: gambling is no way out of them)
MONEY_WORRY = (r"(?:money|cash|funds|things)(?:'s| is| are| was| were|s)? (?:(?:a bit|so|really|super|very) )?(?:tight|short|low)|"
               r"(?:[$€£] ?\d[\d,.]*|\d[\d,.]* ?(?:[$€£]|euros?|dollars?|quid)) short|"
               r"(?:rent|bills?|mortgage|loyer|factures?) (?:was |is |were |are |were all |est |etait |sont )?(?:due|overdue|late|en retard)|"
               # a household bill told as a fright (« facture qui fait peur », "bill looking scary"): the worry gambling is
               # offered to end
               r"(?:[a-z]+ )?" + BILLS + r" (?:(?:is|are|was|looking|looks|feeling|qui fait|qui font|fait|font) )?"
               r"(?:(?:a bit|so|really|pretty|proper|un peu|trop) )?(?:scary|terrifying|frightening|peur|flipper|salee?s?)(?![a-z])|"
               r"(?:short|behind) (?:on|with) (?:the |my |your )?(?:rent|bills|mortgage|payments)|"
               r"(?:argent|budget|thunes?) (?:est |c'est )?(?:un peu |trop )?(?:juste|serre)|(?:il me|il te|il vous) manqu(?:e|ait) "
               r"\d[\d\s.,]* ?(?:€|euros?)|(?:a|en) decouvert|(?:mon|ton|votre|mes|tes|vos) decouverts?|"
               r"bills? (?:stacking|piling|mounting) up|(?:overdraft|debts?|arrears) (?:is |are |was |were )?(?:cleared|paid off|gone|wiped)|"
               r"(?:dettes?|credits?) (?:est |sont |a ete |ont ete )?(?:epongee?s?|effacee?s?|soldee?s?)|eponge[rz]? (?:mon|ton|votre|mes|tes|vos|le|les)|"
               # a bill told as a burden that grows ("energy bill through the roof?", "bills killing you", « facture qui
               # explose »): in a gambling post the bet is offered as the relief
               + HOUSEHOLD_BILLS + r" (?:(?:is|are|was|were|have|has|just|all|qui|est|sont|a|ont) )?(?:gone |going |went )?"
               r"(?:through the roof|sky[\s\-]?high|killing (?:me|you|us)|crippling|up again|doubled|tripled|out of control|"
               r"explose(?:nt)?|flambe(?:nt)?|grimpe(?:nt)?|a double|ont double|s'envole(?:nt)?)(?![a-z])|"
               r"(?:struggling|struggle|struggled|battling|drowning) (?:with|to pay|to cover|under) (?:" + DET + " )?(?:[a-z]+ )?" + HOUSEHOLD_BILLS + "|"
               r"(?:can't|cannot|couldn't|can not) (?:afford|pay|cover) (?:" + DET + " )?(?:[a-z]+ )?" + HOUSEHOLD_BILLS + "|"
               r"(?:du mal|galere|galerer|galeres) (?:a|pour) (?:payer|regler|boucler) (?:" + DET + " )?(?:[a-z]+ )?" + HOUSEHOLD_BILLS + "|"
               # a household bill asked as the reader's question ("Student loan? What student loan", "Rent due Friday?",
               # « Fin de mois compliquée ? »): in a gambling post the bet is the answer
               r"(?<![a-z'])" + _ASKED_BILLS + r"(?: [a-z']+){0,3} ?\?|(?:fin|fins) de mois (?:compliquee?s?|dures?|galere|tendues?|rudes?)|"
               # the lights kept on: the household paid
               r"(?:keep|keeps|keeping|kept) the lights on|(?:paye|payer|payent|paient) (?:l'|mon |ton |votre )?electricite")

#: work and its pay (French, English)
_JOB_WORDS = ("job", "day job", "jobs", "cdi", "taf", "boulot", "travail", "salaire", "salary", "wage", "wages", "paycheck",
              "pay cheque", "payslip", "9-5", "9 to 5", "9-to-5", "nine to five", "nine-to-five", "career", "carriere")
JOB = alt(*_JOB_WORDS)
#: work or the one it is done for
BOSS_OR_JOB = alt(*_JOB_WORDS, "patron", "patrons", "boss", "chef", "manager", "open space", "office", "bureau")
#: gambling set against work: a job quit thanks to it, takings that pay better than a salary (CAP 16.3.5:
#: not an alternative to employment; décret n° 2020-1349 art. 8)
GAMBLING_JOB = (alt("quit", "quitting", "ditched", "ditch", "left", "leave", "leaving", "quitte", "quitter", "lache",
                    "lacher", "plaque", "plaquer", "demissionne", "demissionner", "j'ai quitte", "j'ai lache")
                + " (?:" + DET + " )?" + JOB + r"(?![a-z])|"
                + alt("pays", "paid", "pay", "rapporte", "rapportent", "earns me", "makes me", "me rapporte")
                + " (?:better|more|plus|mieux) (?:than|que|qu') ?(?:" + DET + " )?(?:[a-z]+ )?" + JOB + r"(?![a-z])|"
                # work waved goodbye or called needless (« adieu le patron », « qui a encore besoin d'un patron ? », "bye bye
                # boss", "who still needs a 9-5")
                + alt("adieu", "bye bye", "bye-bye", "goodbye", "au revoir", "ciao", "so long") + " (?:" + DET + " )?" + BOSS_OR_JOB
                + r"(?![a-z])|(?:qui a|qui aurait|on a|t'as|tu as|vous avez|who|who'?d|who would|who still|who even) "
                r"(?:encore |vraiment |toujours |still |even |really )?(?:besoin|needs?) (?:d'un |d'une |de |du |a |an |the |your )?"
                + BOSS_OR_JOB + r"(?![a-z])|(?:plus|pas) besoin (?:d'un |d'une |de |du )" + BOSS_OR_JOB + r"(?![a-z])|"
                # work lost, the bets in its place ("laid off … but X has been keeping me going", « viré, mais mes paris … »)
                r"(?:laid off|made redundant|lost my job|(?:i|i've|i was|i got|got|just got|been) (?:sacked|fired))(?![a-z])(?! up)|"
                # (« licencié » is also a club's registered player: only the first person's dismissal is read)
                r"(?:au chomage|j'ai ete viree?|je me suis fait virer|j'ai pose ma dem|j'ai demissionne)(?![a-z])")

# --- youth: who gambling, alcohol and nicotine marketing may not feature or address ------------------------
#: an age group of youth sport ("U17s", « les U15 », "under-16s", « moins de 15 ans ») and school years
#: (CAP 16.3.12 and 16.3.14; loi 2023-451 art. 4 II; C. santé publ. L3342-1)
YOUTH = (r"u(?:[6-9]|1[0-8])s?(?![0-9a-z])|under[\s\-]?(?:[6-9]|1[0-8])s?(?![0-9])|moins de (?:[6-9]|1[0-7]) ans|"
         r"(?:cadets?|cadettes?|minimes|benjamins?|benjamines?|poussins?|pupilles|juniors?) (?:du club|de l'|du |en |a l')|"
         r"(?:youth|junior|juniors|academy|school|schoolboy|schoolgirl|under-age|kids'?) "
         r"(?:team|side|squad|league|cup|club|match|game|fixture|players?|lads|tournament)s?|"
         r"(?:equipe|ecole|club|tournoi|championnat) (?:des )?(?:jeunes|juniors|minimes|cadets|benjamins)|"
         r"(?:year|yr) (?:[7-9]|1[0-3])s?(?![0-9])|"
         # primary-school years named as the audience ("year 6 and 7 shoutout", "Year 5s!"): pupils of 9 to 11
         r"(?:year|yr) [1-6] ?(?:and|&|/|or) ?(?:year |yr )?[2-7](?![0-9])|(?:year|yr) [1-6]s(?![0-9a-z])|"
         # exams only pupils sit (GCSEs, mocks for them, the brevet, the bac blanc): the author or reader is at school
         r"gcses?|(?:gcse|a[\s\-]level|school|year \d+) (?:mocks?|exams?|revision|results)|mock exams?|brevet des colleges|bac blanc|"
         r"(?:revising|revision) for (?:my|the|your) (?:gcses?|a[\s\-]levels?|mocks?|exams?)|(?:en |au )(?:college|lycee|seconde|troisieme|quatrieme|terminale)(?![a-z])|"
         r"(?:school|college|lycee) (?:mates|friends|run|bus|gates|playground|lunch)|"
         r"(?:potes?|copains?|copines?|classe|amis?|eleves?|camarades?|promos?|filles|garcons|mecs) (?:de|du|en) (?:terminale|premiere|"
         r"seconde|2nde|1ere|1re|troisieme|3e|4e|college|lycee)(?![a-z])|(?:bal|fete|soiree) (?:du|de fin d'annee du) lycee")

#: a person said to be under 18 by the age the text gives them ("my little bro (he's 16)", "my cousin, 15,", "she's only
#: 17"): a minor featured in the ad (CAP 16.3.12 and 16.3.14, 18.14 and 18.16; loi 2023-451 art. 4 II; C. santé
#: publ. L3342-1). A whisky's, a car's or a shirt's age is no person's ("12-year-old single malt")
_KIN = alt("brother", "brothers", "bro", "sister", "sisters", "sis", "son", "daughter", "cousin", "nephew", "niece", "kid", "kids",
           "mate", "friend", "girlfriend", "boyfriend", "frere", "soeur", "fils", "fille", "cousine", "neveu", "niece", "pote",
           "copain", "copine", "petit frere", "petite soeur", "little one", "youngest", "eldest")
MINOR_AGE = (r"(?:i'?m|i am|she'?s|he'?s|who'?s|who is|(?:i|she|he) (?:just |only just )?turned) (?:only |just |barely )?"
             r"(?:1[0-7]|[6-9])(?![0-9%.,:])(?! ?(?:hours?|hrs?|h|mins?|minutes?|days?|weeks?|months?|points?|goals?|games?|"
             r"matches|quid|pounds|k|m|%|times|odds|fold|pints?|units?|degrees?)(?![a-z]))|"
             + _KIN + r" ?(?:\(|, |- )(?:he'?s |she'?s |il a |elle a |aged |age )?(?:1[0-7]|[6-9])(?: ?(?:ans|yo|y/o|years?(?: old)?))?"
             r" ?(?:\)|,|!|\x02| -)|"
             # « il a 16 ans », not a spirit's « il a 12 ans d'âge »
             r"(?:il|elle) (?:n'a que |a |a seulement )(?:1[0-7]|[6-9]) ans(?! (?:d'age|de fut|en fut|de vieillissement|de garde))")
#: a young relative said to love the product or its taste ("even my little sister loves it", « mon petit frère adore »)
_IT = r"(?:it|this|these|them|that|the taste|the flavou?rs?|le gout|ca|les|la|le)(?![a-z])"
YOUNG_FAN = (alt("little", "kid", "baby", "younger", "lil", "wee", "petit", "petite") + " " + _KIN
             + r" (?:[a-z']+ ){0,2}?(?:(?:loves?|adores?|likes?|is obsessed with|obsessed with|can't get enough of|keeps? asking for|"
             r"wants?|steals?|adore|kiffe|aime|me pique|me vole) " + _IT + r"|can't get enough|en raffole|en redemande|me les pique)|"
             r"(?:the |my |your |les |mes |nos )?(?:kids|children|enfants|little ones|les petits) (?:all |too |aussi )?(?:love|adore|"
             r"adorent|aiment|kiffent) " + _IT + r"|(?:kids|children|enfants|little ones|les petits) (?:en raffolent|can't get enough)")
#: the sweet shop: confectionery named as a drink's flavour or likeness (a flavour or an image of strong appeal to
#: under-18s: CAP 18.14; ASA rulings on alcopops in sweet flavours; loi Evin, C. santé publ. L3323-4). A fruit
#: ("sour cherry", « fraise ») and the tasting note « bonbon anglais » are a drink's own
SWEETS = (r"gumm(?:y|ies)(?: (?:worms?|bears?|sweets|sharks?|rings))?|jelly (?:beans?|babies|sweets|worms?)|sour (?:worms?|sweets|candy|patch)|"
          r"pick ?(?:n|'n'|and|&) ?mix|sweet ?shop|candy (?:shop|store|flavou?rs?)|sherbet(?: (?:lemons?|dips?|fountains?))?|"
          r"cola bottles?|fizzy (?:sweets|cola|worms|bottles|laces)|lollipops?|lollies|candy ?floss|cotton candy|"
          r"rainbow (?:drops|sweets|candy)|skittles|haribo|bubble ?gum|chewing[\s\-]?gum|"
          r"fraises? tagada|tagada|dragibus|carambar|sucettes?|barbe a papa|"
          # « bonbon acidulé », « bonbon anglais » are tasting notes of a rosé or a beaujolais (objective, L3323-4): the
          # sweet itself is read as the likeness or the flavour
          r"(?:comme|tel|telle|on dirait|goute?) (?:des|les|un|une|du) bonbons?|bonbons? (?:de (?:notre|mon|ton|votre|leur) enfance|haribo)|"
          r"(?:gout|saveur|parfum) (?:bonbon|chewing|sucette|barbe)|sour (?:belts|straws|sweets|candy|cola)|"
          # the drink said to be a sweet ("it's literally candy", "liquid sweets", "tastes like being 12 again")
          r"(?:literally|basically|pure|liquid|like) (?:candy|sweets)|candy in a (?:can|glass|bottle|cup)|"
          r"(?:tastes|feels) like (?:being )?(?:1[0-7]|[6-9]|a kid|a child|childhood|school) ?(?:again|years)?")

# --- crypto: the invitation to buy now ------------------------------------------------------------------
#: « c'est le moment de rentrer », "now's the time to get in": a weak crypto word (a buy call on an asset)
BUY_NOW = (r"(?:c'est le|le bon|le) moment (?:de rentrer|d'entrer|d'investir|de se positionner)|"
           r"(?:now'?s|now is) the time to (?:get in|invest|ape in|load up)|time to (?:ape|load up)|buy(?:ing)? the dips?|"
           r"achete[rz]? (?:le|les) dips?")

# --- crypto: a provider said to be outside the registration regime -----------------------------------------
#: identity checks skipped (« pas de KYC », "no-KYC exchange") or the registration denied (« non enregistrée auprès
#: de l'AMF », "no FCA paperwork", "unlicensed platform"): CMF L54-10-3 and L54-10-5, MiCA art. 59; MLR 2017 reg. 56
UNLICENSED = (r"(?:pas de|sans|aucun|zero|no|without)[\s\-]kyc|no[\s\-]kyc|kyc[\s\-]free|"
              r"(?:pas|non|jamais|ni|not|never) (?:encore )?(?:enregistree?s?|agreee?s?|immatriculee?s?|registered|licensed|"
              r"authori[sz]ed|regulated) (?:aupres de |par |a |en |with |by |in )?(?:l'|the )?(?:amf|fca|psan|casp|mica|france|uk)|"
              r"(?:pas|sans|aucune?|no|without|zero) (?:de |d')?(?:paperasse|enregistrement|agrement|licence|license|registration|"
              r"paperwork|red tape) (?:de l'|a l'|aupres de l'|with the |from the |de la )?(?:amf|fca|psan|casp|mica)|"
              # registration or a licence still awaited is none yet (« en cours d'enregistrement », "pending FCA approval")
              r"(?:en cours|en attente) (?:d'enregistrement|d'agrement|d'immatriculation)(?: (?:aupres de |par |a )?l'amf)?|"
              r"(?:pending|awaiting|applied for|waiting (?:on|for)) (?:(?:our|its|their|the) )?(?:(?:fca|sec|amf|finra|fincen|state) "
              r"(?:approval|registration|authori[sz]ation|licen[cs]e)|registration|authori[sz]ation|licen[cs]e|licensing)|"
              r"(?:unregistered|unlicensed|unregulated|non (?:enregistree?|agreee?|regulee?)) (?:exchange|platform|provider|broker|"
              r"app|plateforme|prestataire|courtier)|(?:exchange|platform|plateforme|prestataire|broker|courtier) "
              r"(?:unregistered|unlicensed|unregulated|non (?:enregistree?|agreee?|regulee?))|"
              # identity checks skipped, the regulator said out of reach (« pas de vérification d'identité », « zéro prise
              # de tête avec l'AMF », "no ID checks", "out of the FCA's reach"): a provider the law lets no one promote
              # stop 29: identity checks said not needed (« pas besoin de KYC », "no need for KYC"): no registered
              # provider may skip them (C. monét. fin. L561-2 and L54-10-3; MLR 2017 reg. 56; règl. (UE) 2023/1114)
              r"(?:pas|plus|aucun|no|without any|never any) (?:besoin|need) (?:de |d'|for |of |to do )?(?:kyc|verification d'identite|"
              r"id checks?|identity checks?)|"
              r"(?:pas de|sans|aucune?|zero|no|without) (?:verifications? |controles? )?(?:d'identite|identity (?:checks?|"
              r"verification)|id (?:checks?|verification))|"
              r"(?:zero|pas de|aucune?|sans|no|without) (?:prise de tete|soucis?|problemes?|controles?|hassle|trouble|headaches?|"
              r"worries) (?:avec|with|from) (?:l'|la |the )?(?:amf|fca|sec|regulat[a-z]*)|"
              r"(?:echapp[a-z]* a|hors de portee de|out of (?:the )?reach of|dodg[a-z]*|escap[a-z]*) (?:l'|la |the )?(?:amf|fca|sec)(?![a-z])")

# --- CPF: enrolment through anything but the official portal -------------------------------------------
#: a call to enrol, or an enrolment channel of the seller's (a link in the comments or the bio, "my link", DMs);
#: with a CPF-eligible course it is the prospecting C. trav. L6323-8-1 bans. Enrolment said to go through
#: moncompteformation.gouv.fr only is the lawful channel: the rule reads the text for it (see ``common``)
ENROL_CALL = (r"(?:inscris|inscrivez|inscrivons)[\s\-](?:toi|vous|nous)|(?:reserve|reservez) (?:ta|votre) place|"
              r"(?:lien|liens|formulaire|inscriptions?) (?:d'inscription |pour (?:s'inscrire|t'inscrire|vous inscrire) )?"
              r"(?:en|dans (?:les?|la|ma|mon)|sous (?:le|ce)) (?:commentaires?|bio|description|story|stories|post|premier commentaire)|"
              r"(?:lien|inscription)s? (?:en|dans la|via (?:le|mon)) (?:bio|lien|mp|dm)|(?:via|avec) mon lien|"
              # the seller's own inbox: « écris-moi », « contacte-moi », « envoie-moi un message »
              r"(?:ecris|ecrivez|contacte|contactez|envoie|envoyez)[\s\-]moi(?![a-z])")

# --- gambling: how bets are named -----------------------------------------------------------------------
#: a bet type or a betting market by its own name (strong): "lucky 15", "BTTS", "over 2.5 goals", « paris hippiques »
BET_TYPES = (r"lucky (?:15|31|63)|btts|both teams to score|(?:over|under) \d[.,]5 goals|anytime (?:goal ?)?scorers?|"
             r"first goal ?scorers?|correct score bets?|paris? hippiques?|no wagering|no-wagering|wagering requirements?|"
             r"(?:in-play|in play) (?:markets?|bets?|odds)|coupons? de paris")
#: a bettor's words that ordinary speech shares (weak): "odds", "cash out", « tiercé », « quinté », « cotes »; a
#: welcome bonus (banks offer one too) and "place your bets" (an idiom)
BET_TALK = (r"odds|cash[\s\-]?outs?|in-play|in play|tierce|quarte|quinte|hippodromes?|cotes|bonus de bienvenue|"
            r"(?:place|placed|placing) (?:a|your|my|our|their) bets?")

# --- crypto and nicotine: the trade's own words -------------------------------------------------------------
#: strong: units and slang no other trade uses
CRYPTO_WORDS = r"satoshis?|shitcoins?"
#: weak: "ETH", "sats", "wallet", "aped in" ("blockchain" is said of invoices and supply chains too)
CRYPTO_TALK = (r"eth|ether|xrp|sats|wallets?|aped (?:in|into)|ape (?:in|into)|buy(?:ing)? the dip|"
               # stop 25: a multiple called on a coin ("the next 100x", "easiest 10x of my life", "I've 5x'd", « le prochain x100 »),
               # a coin before it "moons", a new coin: the trader's words, read beside a cashtag or another one
               r"(?:the|my|our|your|le|mon|notre|ton) (?:next|prochain|nouveau) (?:\d{1,4} ?x|x ?\d{1,4})(?![a-z0-9])|"
               r"(?:easiest|easy|quick|quickest|fastest|another|first|second|third) \d{1,4} ?x(?![a-z0-9])|(?:i've|ive|i have|we've|we have|just|already|it|has|have) \d{1,4} ?x'd(?![a-z])|"
               r"(?:bag|bags|coin|token|portfolio|position) (?:did|made|went|has done|just did|pulled) (?:a )?\d{1,4} ?x(?![a-z0-9])|"
               r"(?:before|till|until|when) (?:it|this|they) moons?|(?:new|this|that|next) (?:meme ?)?coin(?![a-z])(?! (?:purse|collection|set|album|cell|battery|holder|tray|toss|flip|machine|op))|"
               r"(?:nouveau|nouvelle|ce|cette) (?:meme ?)?(?:coin|crypto|jeton)(?![a-z])")
#: a vaping device's parts and the e-liquid trade's formats (strong: sub-ohm, a pod kit, the UK's shortfills and the nicotine
#: shot added to them; coils weak)
VAPE_WORDS = r"sub-ohm|sub ohm|subohm|shortfills?|nic(?:otine)? shots?(?![a-z])|pod (?:kits?|systems?|mods?)(?![a-z])"
VAPE_TALK = r"coils?"
#: a flavour a vape, a pod or a pouch is sold in: fruit and the trade's candy names (weak alone: sweets, ice cream and
#: coffee pods come in them too). Read only beside a format below (``VAPE_FLAVOURED``)
_FRUIT = alt("mango", "watermelon", "strawberry", "blueberry", "raspberry", "blackberry", "grape", "peach", "pineapple",
             "lemon", "lime", "cherry", "apple", "banana", "kiwi", "lychee", "litchi", "guava", "passion ?fruit", "berry",
             "mixed berry", "triple berry", "cola", "menthol", "spearmint", "peppermint", "mint", "citrus", "melon",
             "pomegranate", "cranberry", "tropical", "fraise", "framboise", "myrtille", "pasteque", "mangue", "peche",
             "ananas", "citron", "cerise", "pomme", "raisin", "fruits rouges", "menthe", "fruit de la passion")
_FROST = alt("ice", "iced", "chill", "frost", "freeze", "glace", "glacee", "givre", "givree")
_CANDY = alt("cotton candy", "candy floss", "blue razz", "bubble ?gum", "gummy bears?", "pink lemonade", "sour apple",
             "rainbow candy", "barbe a papa", "chewing[\\s\\-]?gum", "fraise tagada", "bonbons?")
#: weak: a candy flavour iced ("blue razz ice", "cotton candy ice"), a vape's or a pouch's name for it (a slushie's too)
VAPE_CANDY_ICE = _CANDY + " " + _FROST + r"(?![a-z])"
#: stop 28, weak: a fruit iced ("mango ice", « mangue glacée », "watermelon chill"): how disposables and pouches are named,
#: a sorbet's or an iced tea's name too, so it counts only beside another nicotine word or sign
VAPE_FRUIT_ICE = _FRUIT + " " + _FROST + r"(?![a-z])"
#: stop 28: the vape and pouch makers' own names (Vuse, Lost Mary, Elf Bar …): the product is named by its brand rather than
#: by "vape" or "nicotine" (loi 2023-451 art. 4 and C. santé publ. L3513-4; TRPR 2016 reg. 43; 21 CFR 1143.3 all reach
#: the product whatever it is called). Only names that mean nothing else ("Lyft", "Blu", "Glo" are left out)
VAPE_BRANDS = alt("vuse", "vype", "juul", "elf ?bars?", "elfbars?", "lost mary", "geek ?bars?", "vaporesso", "voopoo", "hqd",
                  "ske crystal", "crystal bars?", "hayati", "elux", "uwell", "caliburn", "innokin", "nasty juice", "puff ?bars?",
                  "myblu", "relx", "oxva", "nordic spirit", "randm", "flum float")
#: what a nicotine product is sold as (coffee, tea and laundry pods are not: ``VAPE_FLAVOURED`` skips them)
_FORMAT_WORDS = (r"(?:disposables?|pods?|puffs?|vapes?|e-liquids?|eliquids?|e-juices?|ejuices?|nic(?:otine)? salts?|salt[\s\-]?nics?|pouches|"
                 r"cartridges?|cartouches?|jetables?)(?![a-z])")
_FORMAT = r"(?<!coffee )(?<!tea )(?<!laundry )(?<!dishwasher )(?<!cafe )(?<!the )(?<!lessive )" + _FORMAT_WORDS
#: strong: a format named with its vape flavour ("mango ice pods", "disposables in cotton candy", « puffs goût fraise
#: glacée », "watermelon disposable")
VAPE_FLAVOURED = (_FRUIT + " " + _FROST + r" (?:[a-z0-9\-]+ )?" + _FORMAT + "|" + _CANDY + r" (?:[a-z0-9\-]+ )?" + _FORMAT + "|" +
                  _FORMAT_WORDS + r" (?:in|en|au gout(?: de)?|gout|saveur|flavou?r|parfum|arome) (?:[a-z]+ ){0,2}?(?:" + _FRUIT +
                  "|" + _CANDY + r")(?![a-z])|" + _FRUIT + r" (?:[a-z]+ )?(?:disposables?|e-liquids?|eliquids?|vapes?|puffs? jetables?)(?![a-z])")
#: a disposable counted in puffs ("6000-puff", "10k puffs", « 600 taffes »): two puffs of an inhaler are not
VAPE_PUFF_COUNT = r"(?<![0-9.,])(?:\d{3,}|\d{1,2}(?:[.,]\d)?k)[\s\-]?(?:puffs?|taffes)(?![a-z])"
#: weak: the draw described the way vapers do ("smooth hit", "throat hit"): a song is a smooth hit too
VAPE_HIT = r"(?:smooth|smoothest|smoother|harsh|strong|nice|clean) (?:throat )?hit|throat hit"

# --- youth: students under the US's 21 and a sports star of youth appeal (pack-specific readings) -----------------
#: college life: freshmen, the dorm, campus, finals, classes (US: gambling, alcohol and nicotine are 21+; most college
#: students are under 21: state sports-wagering rules, e.g. 205 CMR 256, bar marketing aimed at them; AGA Responsible
#: Marketing Code; FD&C Act § 906(d), 21 U.S.C. 387f(d)(5): youth-directed tobacco marketing). Alumni are adults
COLLEGE = (r"freshm[ae]n|freshers?|first[\s\-]years? (?:students?|at (?:college|uni))|sophomores?|dorms?(?![a-z])|dorm (?:room|floor|life)s?|"
           r"(?:welcome to|on|around|across|all over) campus|campus (?:life|crew|parties|party|bars?|ambassadors?)|"
           r"finals week|between classes|student (?:union|center|centre|lounge|bar|section)s?|"
           r"(?:student|college|campus|uni|university) (?:watch|game[\s\-]?day|tailgate) part(?:y|ies)|study (?:sessions?|group|break) (?:essentials|snacks?|fuel|hack)s?|"
           r"(?:frat|sorority|greek life|rush week|spring break|move[\s\-]in day|college (?:crew|kids|students|freshmen|party|parties|homies|"
           r"buddies|bros|squad|fam))"
           r"(?![a-z])|(?:all my|shoutout to (?:all )?(?:my )?)(?:[a-z]+ )?(?:freshmen|students|classmates)")
#: a professional footballer speaking as one: walking out at the ground, the dressing room (CAP 16.3.12: a sports star of
#: strong appeal to under-18s; ASA rulings on Premier League players in betting ads). A fan heads to the ground
STAR_PLAYER = (r"(?:before|when|as|after) (?:i|we) (?:run|walk|head|ran|walked) out (?:at|onto|on to)|(?:i|we) (?:run|walk) out (?:at|onto) "
               r"(?:[a-z']+ ){0,2}(?:on|this|next)|(?:my|our) (?:premier league|championship|first[\s\-]team|england|international) "
               r"(?:debut|squad|teammates)|(?:in|from) (?:the|our) dressing room")
#: a slimming product or regime (CAP 13: weight control; 13.3: not directed at or appealing to under-18s)
SLIMMING = (r"(?:slimming|skinny|slim|diet|detox|weight[\s\-]?loss) ?(?:teas?|sips?|shakes?|drinks?|gummies|pills?|powders?|plans?|"
            r"programmes?|programs?|supplements?|patches)|fat[\s\-]?burners?|appetite suppressants?|tummy teas?|flat tummy|"
            r"minceur|amincissante?s?|bruleurs? de graisse|brule[\s\-]graisses?|coupe[\s\-]faim|(?:the|tisane) detox|skip (?:lunch|breakfast|dinner|meals)")
#: a gambler told to win back a loss (CAP 16.3.1: chasing losses; ANJ guidelines: « se refaire »)
CHASING = (r"win (?:it|them|that|your (?:money|losses|stake)|the money) (?:all )?back|(?:chase|chasing) (?:your |the |those )?loss(?:es)?|"
           r"(?:get|getting|make|making|claw|clawing) (?:it|your money|your losses|that) (?:all )?back|recoup (?:your |those )?loss(?:es)?|"
           r"(?:don'?t|never) (?:walk|go) (?:away|home) (?:down|empty[\s\-]handed|on a loss)|(?:se|te|vous|me) refaire(?! (?:une|un|la|le|les|des|sa|ta|son|ton|votre|mon|ma)(?![a-z]))|refais[\s\-]toi|"
           r"(?:recuperer|rattraper|effacer) (?:tes|vos|ses|mes) pertes|"
           # « ce soir on se refait » conjugated; "spin your way back into profit" (the loss won back by playing again)
           r"(?:on se|je me|tu te|nous nous|vous vous) refai(?:t|s|sons|tes)(?! (?:une|un|la|le|les|des|sa|ta|son|ton|votre|mon|ma)(?![a-z]))|"
           r"(?:spin|bet|play|punt|win)(?:ning)? (?:your|my|our) way back|back (?:into|in) (?:profit|the black|the green)|"
           r"(?:get|getting|got) back to (?:even|break[\s\-]?even)|(?:perdu|perdus|pertes?)[^.!?\n]{0,40}(?:rejoue|rejouer|redepose|redeposer)")
#: a video game of a youth audience's culture set beside the bet ("carry your squad in FIFA", « les rois de FIFA »): FIFA as the
#: game (played in, on, at), not the federation's World Cup (CAP 16.3.12: strong appeal to under-18s; loi 2023-451 art. 4 II)
VIDEO_GAME = (r"(?:in|on|at|play|playing|plays|played|a|sur|joue|jouer|jouez|de|rois? de|this|my|our|the|your|ce|mon|notre) fifa(?! (?:world|club|women'?s|u-?\d|ranking|rankings|president|congress|"
              r"coupe|classement|president))|fifa ?(?:1\d|2\d|ultimate team)(?![0-9a-z])|ultimate team|(?:ea sports|ea) fc|"
              # stop 25: a pack opening (the loot boxes of football video games) and the reader's favourite mobile game ("like
              # your fave mobile game", « comme ton jeu mobile préféré »): content of strong appeal to under-18s (CAP 16.3.12)
              r"pack[\s\-]?openings?|(?:fut|fifa|ultimate team) packs?|(?:fave|favourite|favorite|fav) (?:mobile |video |console |phone )?games?|"
              r"mobile games?|jeux? (?:mobiles?|sur (?:mobile|telephone|portable))|(?:ton|ta|votre|tes|vos) jeux? (?:mobiles? )?(?:prefere|favori)s?|"
              r"call of duty|(?:carry|carried|carrying) (?:your|my|the|our) squad|(?:your|my|ta|ma) (?:ps5|xbox|console|manette)")
#: an online casino's games (loi 2010-476 art. 56 and 57: no online casino licence exists in France, a land casino is
#: lawful on its own premises: CSI L321-1; online poker is licensed by the ANJ and is not read)
ONLINE_CASINO = (r"casinos? (?:en ligne|online|live)|(?:live|online) casinos?|(?:machines? a sous|roulette|blackjack|slots?) "
                 r"(?:en ligne|online|live)|(?:roulette|blackjack) en direct|"
                 # stop 29: the slot machines or the table games of an account named by its handle (« les machines à sous
                 # de @lucky.spin.casino »): a site's games, not a casino's hall (the land casinos' groups are left out)
                 r"(?:machines? a sous|roulette|blackjack|slots?|free spins|tours gratuits|jackpots?) (?:[a-z']+ ){0,3}?"
                 r"@(?!casinos?barriere|barriere|partouche|groupe ?partouche|joa|casinojoa|tranchant|vikings)"
                 r"[a-z0-9._]*(?:casino|slot|spin|jackpot)[a-z0-9._]*")
#: credit offered whatever the borrower's means (CONC 3.3.10R; C. consom. L312-5; FTC Act § 5 and 12 U.S.C. 5536)
NO_CREDIT_CHECK = (r"no credit checks?|without (?:a |any )?credit checks?|bad credit (?:ok|accepted|welcome|no problem)|"
                   r"guaranteed (?:approval|loans?)|approved (?:regardless|whatever your)|no questions asked|"
                   r"bad credit\?? (?:no credit\?? )?(?:no (?:problem|worries|issue)|we don'?t care|doesn'?t matter)|"
                   r"(?:everyone|everybody|all applicants|anyone) (?:is |gets |will be )?(?:accepted|approved)|"
                   r"(?:100 ?%|instant|automatic) approval|even with (?:ccjs?|bad credit|defaults?|arrears|an iva|a bankruptcy)|"
                   r"(?:tout le monde|tous les dossiers) (?:est |sont )?acceptes?|accord garanti|"
                   r"sans (?:justificatifs?|etude (?:de|du) dossier|verification|enquete|condition de revenus?)|"
                   r"meme (?:fiche|interdit|fiche banque de france)")
#: pressure on a cosmetic intervention: a flash sale, a deal for days, a friend brought along (CAP 1.3; CAP and BCAP
#: guidance on cosmetic interventions: no time-limited offers or promotions that rush a medical decision)
COSMETIC_PRESSURE = (r"flash sale|(?:this|today|tonight|weekend|week) only|(?:first|only) \d+ (?:bookings|slots|clients|spots|places)|"
                     r"slots (?:going|selling) fast|2[\s\-]for[\s\-]1|two for one|bogof|bring (?:a|your) (?:friend|bestie|bff|mate)|"
                     r"limited (?:time|slots)|ends (?:tonight|today|sunday|midnight)|book now before")
#: the entry price set against the listing price, the reader asked to work out the multiple (MiCA art. 66; COBS 4.12A;
#: C. consom. L121-2)
LISTING_MATHS = (r"(?:prevente|presale|pre-sale|ico)[^.!?\n]{0,120}?(?:(?:fais|faites|faisons) le calcul|do the maths?)|"
                 r"listing (?:prevu |attendu |expected |planned |target |price )*(?:a|at|@) ?[$€]? ?\d[\d.,]*")
# --- alcohol: popularity and social success ----------------------------------------------------------------
#: the drinker made the room's favourite by the drink: a star or a centre of attention, people drawn to them, invited
#: back, the night set off by the bottle (C. santé publ. L3323-4: objective information only; CAP 18.4: no link with
#: social success or popularity; DISCUS Code: not necessary to obtain social success or status). Read only where an
#: alcohol sector is shown: « la star de la soirée » alone is a party's, not a drink's
_GATHERING = nouns("soiree", "fete", "diner", "apero", "repas", "table", "party", "parties", "night", "dinner", "room", "bar",
                   "club", "barbecue", "bbq", "gathering", "evening", "brunch")
_YOU = alt("te", "vous", "t'", "you")
ALCOHOL_POPULAR = (
    # a star, a king, the centre of attention of the gathering (« la star de chaque soirée », "the star of every party")
    r"(?:la star|la vedette|le roi|la reine|le heros|l'heroine|le centre|l'ame|the star|the king|the queen|the hero|the centre|"
    r"the center|the talk) (?:de |du |des |d'|of )(?:la |le |l'|chaque |toutes les |tous les |ta |ton |tes |votre |vos |cette |the |"
    r"every |any |each |your |this )?" + _GATHERING + r"(?![a-z])|(?:centre|center) of attention|centre de l'attention|"
    r"tous les regards (?:sont |seront )?(?:sur (?:toi|vous)|se tournent)|all eyes (?:are |will be )?on you|"
    # everyone drawn to the drinker (« tout le monde vient te parler », "watch the whole room warm up to you")
    r"(?:tout le monde|toute la (?:salle|soiree|table|piece)|tous tes (?:amis|potes|invites)|everyone|everybody|the (?:whole |entire )?"
    r"(?:room|party|table|crowd|bar)) (?:[a-z']+ ){0,2}?(?:" + _YOU + r" ?(?:regarde|remarque|adore|aime|ecoute|veut|"
    r"aborde|invite|reinvite)|(?:vient|viennent|venir|viendra|va venir|vont venir) " + _YOU + r" ?(?:parler|voir|aborder)|"
    r"(?:warms?|warmed|warming) (?:up )?to you|(?:wants?|want) to (?:talk to|be around|sit (?:next to|with)|know|hang out with) you|"
    r"(?:loves?|notices?|flocks? to|gravitates? to|comes? over to) you)|"
    # invited back, on every guest list (« on te réinvite partout », "gets you invited back")
    r"(?:gets?|got|getting|get) you (?:invited|asked) (?:back|again|everywhere|to everything)|(?:you'?ll|you will) (?:always )?(?:get|be) "
    r"(?:invited|asked) back|(?:on|ils|elles) (?:te|vous) (?:reinvite|reinvitent|reinvitera|reinviteront)|"
    # the night set off by the bottle (« quand la bouteille sort, la soirée décolle », « avec elle c'est une fête »)
    r"(?:la soiree|la fete|le diner|l'ambiance|les conversations|la discussion|l'ete|le week-end) (?:[a-z']+ )?"
    r"(?:decolle|decollent|s'anime|s'animent|s'enflamme|demarre|commence vraiment|devient (?:memorable|inoubliable|une fete))|"
    r"sans (?:elle|lui|ca|cette bouteille),? c'est (?:juste )?un (?:simple )?(?:diner|repas|apero)|avec (?:elle|lui|ca),? c'est (?:une|la) fete|"
    # stop 25: the party said to start once the drink is out ("the moment the cider comes out, the party actually starts"),
    # the drinkers made more fun by it ("everyone's more fun after the first pint", « le rosé qui rend l'été plus fun »),
    # nobody noticed without one in hand: sociability and social success owed to the drink (CAP 18.2–18.4; C. santé publ.
    # L3323-4: objective information only; DISCUS Code)
    r"(?:the|la|ta|your) (?:party|night|fun|soiree|fete) (?:only |really |actually |properly |officially |finally )?(?:starts|begins|"
    r"kicks off|commence|demarre)(?= ?(?:[.!,\n\x02]|$))|"
    r"(?:everyone|everybody|people|we|you|i|tout le monde|on)(?:'s|'re|'m| is| are| am| est)? (?:so |way |much |a lot |bien |tellement )?"
    r"(?:more fun|funnier|more interesting|more charming|plus fun|plus droles?|plus marrants?|plus sympas?) "
    r"(?:after|with|once|when|apres|avec|des|quand)(?![a-z])|"
    r"(?:rend|rendent|makes?|made) (?:l'ete|la soiree|les soirees|la fete|les fetes|la vie|le week-end|tes soirees|vos soirees|the summer|"
    r"summer|the party|parties|the night|nights|life|the weekend|every (?:party|night|weekend|summer)|your (?:parties|nights|summer|weekend)) "
    r"(?:so |way |much |tellement |bien )?(?:plus fun|plus festi(?:f|ve)s?|plus droles?|plus marrante?s?|more fun|funnier|more festive)|"
    r"(?:le roi|la reine|la star|the king|the queen) (?:du dance ?floor|de la piste|of the dance ?floor)|"
    r"(?:pour |de )?reussir (?:ta|votre|sa|ma|la|une) soiree|(?:et |pour |de )faire des rencontres|"
    r"(?:nobody|no one|no-one|you won't|you will not|you don't|you never|personne ne) (?:gets?|get|be|is|se fait) (?:noticed|invited|asked out|"
    r"remarquee?)(?: [a-z]+){0,3} (?:without|sans)(?![a-z])")


# --- consumer credit: what a credit advertisement says (consumer_credit sector) -------------------------------------
#: a cost or a repayment figure of credit (a rate, an amount a month, a down payment): the figures that make the
#: advertisement owe its representative APR or example (12 CFR 1026.24(c)-(d) trigger terms; CONC 3.5.5R and 3.5.7R;
#: C. consom. L312-6). "Pay in 3" interest-free is no credit the rules reach (12 CFR 1026.1(c): four instalments or
#: fewer without a finance charge; CCA 1974 s. 16A and art. 60F; C. consom. L312-4 4°: three months, no interest)
CREDIT_COST = (r"(?:for|at|from) (?:just |only )?[$£€] ?\d[\d,.]* (?:a|per|/) ?(?:month|mo|week|wk)(?![a-z])|"
               # an introductory rate on a card ("0% on purchases for 20 months"): an interest-rate incentive (CONC 3.5.5R(2))
               r"\d+(?:[.,]\d+)? ?% (?:interest[\s\-]free |apr )?(?:on|for) (?:purchases|balance transfers?|money transfers?|card spending)|"
               r"interest[\s\-]free (?:credit|finance|for \d+)|0 ?% (?:finance|apr)(?![a-z])|"
               # a rate held for a term ("0% for 12 months", « 0 % pendant 10 mois »): a rate of interest stated (CONC 3.5.5R)
               r"\d+(?:[.,]\d+)? ?% (?:for|over|pendant|sur) \d+ ?(?:months|mths|mois)(?![a-z])|"
               r"[$£€] ?\d[\d,.]* (?:a|per|/) ?(?:month|mo)(?![a-z])|\d[\d ,.]* ?(?:€|euros?) ?(?:par|/) ?mois|"
               r"(?:monthly )?(?:payments?|repayments?|instal(?:l)?ments?) of (?:just |only )?[$£€] ?\d|mensualites? de \d|"
               # stop 28: the payment told in any words ("my monthly payment is only $189", "repayments are just £92",
               # « ma mensualité est de 189 € ») and a monthly figure written without a space ("$299/month for 60 months"): a
               # trigger term (12 CFR 1026.24(d)(1)(iii)), an amount relating to the cost of credit (CONC 3.5.7R; L312-6)
               r"(?:monthly |my |your |the |our )?(?:payments?|repayments?|instal(?:l)?ments?) (?:is |are |was |will be |would be |"
               r"comes? to |works? out (?:at|to) |: ?)(?:only |just |as low as |around |about |under )?[$£€] ?\d|"
               r"mensualites? (?:est |sont |seront |sera )?(?:de |a )?(?:seulement |juste |que )?\d[\d ,.]* ?(?:€|euros?)|"
               r"[$£€] ?\d[\d,.]* ?/ ?(?:month|mo|week|wk)(?![a-z])|[$£€] ?\d[\d,.]* (?:a|per) (?:week|wk)(?![a-z])|"
               r"\d+(?:[.,]\d+)? ?% intro(?:ductory)? (?:apr|rate)(?![a-z])|"
               r"\d+(?:[.,]\d+)? ?% (?:apr |interest )?(?:for|over) the first \d+ ?(?:months|mths)(?![a-z])|"
               r"0 ?% (?:interest |apr )?on (?:it|them|my [a-z]+|your [a-z]+) for \d+ ?(?:months|mths)(?![a-z])|"
               r"(?:zero|no) (?:interest|apr) (?:for|until|till) (?:over |more than )?(?:a year|\d+ ?(?:months|mths)|[a-z]+ (?:months|years))|"
               r"(?:pay|paying|repay|repaying) (?:it )?back (?:just |only )?[$£€] ?\d|"
               r"(?:\$0|zero|nothing|no money) down|"
               r"(?:taux|rate|interest|interets?|credit|pret|loan|loans|borrow)[a-z ]{0,25}? (?:a|at|de|of|from|des|only|just|"
               r"as low as|starting at) \d+(?:[.,]\d+)? ?%|\d+(?:[.,]\d+)? ?% (?:d'interets?|interest|de taux|fixed|fixe|variable)(?![a-z])|"
               # stop 26: a down payment by its percentage, a trigger term of Reg Z (12 CFR 1026.24(d)(1)(i))
               r"\d+(?:[.,]\d+)? ?% down(?: payments?)?(?![a-z])|down payments? (?:of |as low as |from )(?:just |only )?\d|"
               # stop 30: a price split into more than four instalments or with fees (« payable en 10 fois avec frais (2,9 %) »,
               # « tout régler en 10 fois »): the number and the cost of the repayments (C. consom. L312-6)
               r"en (?:[5-9]|[1-9]\d|cinq|six|dix|douze|vingt) fois(?![a-z])|\d+ fois avec frais|"
               # … and a revolving reserve offered by its amount (« jusqu'à 3 000 € disponibles »): L312-6
               r"reserves? d'argent[^.!?\n]{0,60}?\d[\d .,]* ?(?:€|euros?)")
#: stop 28, UK: credit said to be on better terms than elsewhere ("some of the lowest rates on the market", "rates lower than
#: your bank's") or open to those whose access to credit is restricted ("perfect if you're trying to build your credit
#: score", "bad credit welcome"): either calls for the representative APR (CONC 3.5.5R(2)–(3))
CREDIT_FAVOURABLE = (r"(?:lowest|cheapest|best|lower|better|unbeatable|market[\s\-]leading|most competitive) (?:[a-z]+ ){0,2}?"
                     r"(?:rates?|aprs?|interest rates?)(?![a-z])|(?:rates?|interest|aprs?) (?:lower|cheaper|better) than(?![a-z])|"
                     r"(?:build|rebuild|improve|boost|repair)(?:ing)? (?:up )?(?:your|my|their) credit(?: (?:score|history|rating|file|"
                     r"profile))?(?![a-z])|(?:bad|poor|low|limited|thin) credit(?: (?:history|score|rating|file))?(?![a-z])|"
                     r"no credit (?:history|score|file)(?![a-z])|ccjs? (?:welcome|considered|accepted|ok)(?![a-z])")
#: … said of a credit product the post offers (a card, a loan, a limit): a score-checking app is no credit
CREDIT_PRODUCT = r"(?<![a-z])(?:card|loans?|borrow\w*|lend\w*|finance|overdraft|approved|credit (?:line|limit)|apply|application)(?![a-z])"
#: stop 28, US: an introductory rate held for a term ("0% intro APR on purchases for 15 months") …
INTRO_RATE = (r"(?<![0-9.,])\d+(?:[.,]\d+)? ?% (?:intro(?:ductory)?|promo(?:tional)?) (?:apr|rate)|"
              # (a 0 % held for a term, or a rate on a card's purchases or transfers: a closed-end loan's "5.99% APR for 36
              # months" is its rate for the whole term, no introductory one)
              r"(?<![0-9.,])0 ?% (?:apr |interest )?(?:on [a-z ]{3,30}? )?(?:for|over) (?:the first )?\d+ ?(?:months|mths|billing cycles)"
              r"(?![a-z])|(?<![0-9.,])\d+(?:[.,]\d+)? ?% (?:apr )?on (?:purchases|balance transfers?|money transfers?)[a-z ]{0,20}? "
              r"(?:for|over) (?:the first )?\d+ ?(?:months|mths)(?![a-z])|(?<![0-9.,])0 ?% (?:interest |apr )?on (?:it|them|my [a-z]+|"
              r"your [a-z]+) for \d+ ?(?:months|mths)|(?:zero|no) (?:interest|apr) (?:for|until|till) (?:over |more than )?(?:a year|"
              r"\d+ ?(?:months|mths)|[a-z]+ (?:months|years))")
#: … and the rate that applies after it, close by ("then 19.99%–29.99% variable APR"): 12 CFR 1026.16(g)(2)
GO_TO_RATE = (r"(?:then|after(?:wards?| that)?|thereafter|reverts? to|goes (?:up )?to|variable|standard|ongoing|regular)"
              r"[^.!?\n]{0,30}?\d+(?:[.,]\d+)? ?%|(?<![0-9.,])(?!0 ?%)\d+(?:[.,]\d+)? ?%(?: ?(?:-|–|to) ?\d+(?:[.,]\d+)? ?%)? "
              r"(?:variable |standard |ongoing |purchase )?apr(?![a-z])")
#: a consumer credit's decisive statements shown: the representative APR or example (12 CFR 1026.24(d)(2); CONC 3.5.7R;
#: C. consom. L312-6): the figures are given in full
CREDIT_APR = r"(?<![a-z])apr(?![a-z])|annual percentage rate|taeg|exemple representatif|representative example"
#: high-cost short-term credit read from its offer: money until payday, repaid when paid (FCA CONC 3.4.1R; CONC App 1)
HCSTC = (r"payday loans?|(?:before|till|until|til) payday|(?:pay|paying) (?:it |us )?back (?:when|on|after) (?:you|your) "
         r"(?:get paid|payday|next pay)|short[\s\-]term loans?|cash advances?|paycheck advances?")
#: the HCSTC risk warning (CONC 3.4.1R)
HCSTC_WARNING = r"late repayment can cause you serious money problems"
#: credit pushed to the sad or the low, or its cost played down ("feeling low? treat yourself, don't think about the
#: money … basically free"): CONC 3.3.1R (clear, fair, not misleading), CAP 1.3 (social responsibility) and ASA rulings
#: on buy-now-pay-later; FTC Act § 5; C. consom. L312-8 2° (no false expectation of the cost or availability of credit)
CREDIT_IRRESPONSIBLE = (r"(?:feeling|feel|felt) (?:a bit |so |really )?(?:low|down|blue|sad|rubbish|meh)(?![a-z])|bad day\?|"
                        r"retail therapy|cheer (?:yourself|you) up|(?:don'?t|never|not) (?:even )?(?:think|thinking|worry|worrying) about (?:the )?"
                        r"(?:money|cost|paying|bill)|"
                        # stop 30: credit said to carry no risk ("zero risk, nothing happens if you're late"): its cost and
                        # its consequences denied (CONC 3.3.1R; CAP 3.1 and 3.9)
                        r"(?:zero|no) risk(?![a-z])|risk[\s\-]free|nothing happens if (?:you'?re|you are|you pay) late|(?:basically|practically|pretty much|almost|like it'?s) free|free money|"
                        r"(?:c'est )?(?:presque|quasi|comme) gratuit|(?:coup de )?(?:blues|deprime|cafard)\b|"
                        r"(?:sans|ne) (?:meme )?(?:y )?penser (?:a|au) (?:l'argent|rembourser|remboursement)|"
                        r"(?:fait du bien|coup de pouce|bouffee d'oxygene) (?:au|a ton|a votre|pour ton|pour votre) (?:compte|budget|pouvoir d'achat)|"
                        r"(?:augmente|booste|ameliore) (?:ton|votre) (?:pouvoir d'achat|budget)|"
                        # purchasing power said regained by borrowing (« vous retrouvez du pouvoir d'achat », "free up cash
                        # every month"): an increase of resources suggested (C. consom. L312-8; CONC 3.3.1R)
                        r"(?:retrouve[rz]?|retrouves|regagne[rz]?|gagne[rz]?|recupere[rz]?|liberez|liberer) (?:du|de|plus de|un peu de) "
                        r"(?:pouvoir d'achat|budget|marge)|"
                        # credit said not to be credit (« ce n'est pas vraiment un crédit », "isn't really borrowing")
                        r"(?:isn'?t|is not|it's not|not|n'est pas|c'est pas) (?:really|actually|even|technically|vraiment|"
                        r"meme|techniquement) (?:borrowing|a loan|debt|credit|un credit|un pret|de l'emprunt|emprunter|une dette)"
                        r"(?![a-z])|(?:comme de l'|c'est de l')argent gratuit")
#: credit repair sold on removing accurate negative items, a guaranteed result, or a fee before the work (Credit Repair
#: Organizations Act, 15 U.S.C. 1679b(a) and (b); Telemarketing Sales Rule, 16 CFR 310.4(a)(2))
CREDIT_REPAIR = (r"(?:delete|remove|erase|wipe|clear)(?:s|d|ed)? (?:all|every|any) (?:[a-z]+ )?(?:negative|bad|derogatory)|"
                 r"(?:delete|remove|erase|wipe)s? (?:your )?(?:bankruptcies|bankruptcy|late payments|charge[\s\-]?offs|collections)|"
                 r"(?:credit|score)[a-z ]{0,40}guaranteed|guaranteed[a-z ]{0,30}(?:credit|score|removal|deletion|in \d+ days)|"
                 # stop 26: accurate items said removed, in the past ("wiped a bankruptcy, two collections and a repo off my
                 # credit report"), a score promised ("they guarantee a 700+ score"): 15 U.S.C. 1679b(a)(3)
                 r"(?:deleted|removed|erased|wiped|cleared|scrubbed) (?:a |my |the |all |two |three |\d+ )?(?:[a-z]+ )?"
                 r"(?:bankruptc(?:y|ies)|collections?|late payments?|charge[\s\-]?offs?|repos?|repossessions?|judgm?ents?|"
                 r"foreclosures?|evictions?)(?![a-z])|guarantee[sd]? (?:you )?(?:a |an )?\d{3} ?\+? ?(?:credit )?scores?|"
                 r"(?:pay|fee of|costs?) [$]\d[\d,.]* (?:upfront|up front|in advance|before)|upfront fee")
#: a training the CPF pays for, sold with a gift for signing up (C. trav. L6323-8-1, loi n° 2022-1587; conditions générales
#: de Mon Compte Formation: no gift or advantage for an enrolment)
CPF_GIFT = (r"(?:ipad|iphone|tablette|ordinateur|pc|macbook|airpods|console|smartphone|telephone|cadeau|bon d'achat|carte cadeau|"
            r"\d+ ?(?:€|euros?)|prime)s? (?:[a-z]+ )?(?:offert|offerte|offerts|offertes|gratuit|gratuite|gratuits|en cadeau|garanti)e?s? "
            r"(?:a|pour|des|avec|apres|lors de) (?:l'|ton |votre |chaque |toute |ta |la )?(?:inscription|inscrit|souscription|commande)|"
            r"(?:inscris|inscrivez)[\s\-](?:toi|vous)[^.!?\n]{0,40}(?:offert|offerte|en cadeau|gratuit)")
#: a training sold on a guaranteed income or job (C. consom. L121-2 and L121-4; C. trav. L6323-8-1)
CPF_INCOME = (r"\d[\d .,]*(?:k ?)?(?:€|euros?) ?(?:/|par |a )?(?:mois|month|an|annee)[^.!?\n]{0,10}garanti|"
              r"(?:revenus?|salaire|emploi|job|poste|cdi|embauche)s? (?:[a-z]+ )?garanti|garanti[a-z]* (?:un |ton |votre )?(?:emploi|job|poste|cdi|salaire|revenu)|"
              r"(?:tu gagnes|vous gagnez|tu gagneras|vous gagnerez|tu vas gagner)[^.!?\n]{0,30}(?:€|euros?)")

# --- virtual influencers: a result only a body could have had ------------------------------------------------------
#: the text says its author is a virtual or computer-generated persona (loi 2023-451 art. 5 III « Image virtuelle »)
VIRTUAL_SAID = (r"virtual (?:creator|influencer|model|ambassador|persona|human|avatar|girl|character)|cgi (?:creator|influencer|model|avatar)|"
                r"(?:ai|computer)[\s\-]generated (?:creator|influencer|model|persona|avatar)|image virtuelle|"
                r"(?:influenceu(?:r|se)|creat(?:eur|rice)|personnage|mannequin|avatar) virtuel(?:le)?")
_BODY_EN = (r"skin|face|wrinkles|fine lines|lines|dark circles|circles|spots|dark spots|pigmentation|pores|acne|breakouts|"
            r"lashes|hair|brows|teeth|smile|lips|complexion|eczema|cellulite|stretch marks|scars?|redness|puffiness|joints|sleep|"
            r"digestion|bloating|energy|nails|pain|aches?|stiffness|feet|knees?|back")
_BODY_FR = (r"taches|tache|rides|ridules|peau|teint|cernes|boutons|pores|acne|cheveux|cils|sourcils|levres|dents|cicatrices?|"
            r"rougeurs|cellulite|vergetures|ongles|sommeil|digestion|ventre|douleurs?|genoux?|dos")
#: a result the author says the product had on their own body ("my dark circles vanished", « mes taches ont disparu »,
#: "after 4 weeks my fine lines are softer"): a testimonial of use (16 CFR 255.1(c); CAP 3.45; C. consom. L121-2)
PERSONAL_RESULT = (r"(?:my|mine) (?:[a-z]+ ){0,2}(?:" + _BODY_EN + r")(?![a-z])[^.!?\n]{0,40}?(?:vanished|gone|disappeared|cleared|"
                   r"faded|softer|smoother|brighter|firmer|plumper|fuller|longer|thicker|whiter|clearer|better|transformed|improved|"
                   r"glowing|never looked|has never|have never|is so|are so|looks? (?:so |\d+ )?(?:much )?(?:younger|better|smoother))|"
                   r"(?:changed|transformed|saved|fixed) my (?:face|skin|complexion|hair|life)|my (?:own )?(?:before ?(?:and|&|/) ?after|results)|"
                   r"(?:mes|ma|mon) (?:[a-z]+ ){0,2}(?:" + _BODY_FR + r")(?![a-z])[^.!?\n]{0,40}?(?:disparu|disparaissent|lisse|eclatant|"
                   r"attenue|estompe|reduit|transforme|jamais ete|plus belle|repousse|blanches|resserre|unifie|rajeuni)|"
                   r"mon (?:propre )?avant ?(?:/|et|-) ?apres|(?:depuis que j'applique|depuis que j'utilise|depuis que je prends)|"
                   # the author shown after a time of use ("this is ME after 3 weeks", "my stretch marks after 30 days … real
                   # pic"), « moi après 3 semaines »
                   r"(?:this is|that's|here's|heres|thats) me after|me after \d+ (?:days|weeks|months)|"
                   r"(?:my|mine) (?:[a-z]+ ){0,2}(?:" + _BODY_EN + r")(?![a-z]) after \d+ (?:days|weeks|months)|"
                   r"(?<!no )(?<!not )(?<!any )(?:real|unedited|unfiltered) (?:pic|photo|picture|selfie)s?(?! (?:yet|soon|coming))|(?:c'est )?moi apres \d+ (?:jours|semaines|mois)|"
                   r"(?:mes|ma|mon) (?:[a-z]+ ){0,2}(?:" + _BODY_FR + r")(?![a-z]) apres \d+ (?:jours|semaines|mois)")
#: a use the author says lasted ("I've worn them every day for 6 months", « je le porte depuis 3 mois »): read for a persona the context says is generated (engine, ``virtual_experience``)
USE_LASTED = (r"(?:i've|i have|ive) (?:been )?(?:worn|wearing|used|using|tried|taken|taking|applied|applying|tested|testing) "
                   r"[^.!?\n]{0,40}?(?:every (?:day|night|morning)|daily|for (?:\d+|a few|two|three|six) (?:days|weeks|months|years))(?![a-z])|"
                   r"(?:je (?:le |la |les )?(?:porte|utilise|prends|applique|teste)|j'(?:utilise|applique)) [^.!?\n]{0,30}?(?:tous les jours|"
                   r"depuis (?:\d+|deux|trois|six) (?:jours|semaines|mois|ans))")


# --- children and parents: the words every ``child_exhortation`` wording holds at a word's start (its cue) ------------------
CHILD_WORDS = ("mum", "mom", "mam", "dad", "parent", "folks", "grown", "gran", "nan", "papa", "maman", "mere", "pere", "papi",
               "mamie", "papy", "kids", "children", "boys and girls", "enfants", "petits", "loulous")


# --- food: what France's health message is owed on, and the child an HFSS ad must not be spoken to ----------------------
#: a processed food or a sweetened drink named by its kind (folded text; every alternative a word's start: the scan's cue
#: ``food``): what France's health message is owed on (C. santé publ. L2133-1: « boissons avec ajout de sucres, de sel ou
#: d'édulcorants de synthèse et produits alimentaires manufacturés ») and, most of them, high in fat, sugar or salt by the
#: UK's nutrient profile (CAP 15.18). A fresh, unprocessed food (fruit, vegetables, plain water) is not listed
FOOD = (r"chocolat(?:e|es|s|ee|ees)?(?![a-z])|choco[a-z]*|choc bars?|choc[\s\-]?(?:chip|chunk) (?:bars?|cookies?|muffins?)|cereal bars?|candy|candies|sweets(?![a-z])|sweeties|lollipops?|lollies|"
        r"jelly (?:beans|babies|sweets)|gummy (?:bears|worms|sweets|sharks)|marshmallows?|toffees?|fudge(?![a-z])|confectionery|"
        r"bonbons?|confiseries?|sucettes?|guimauves?|galettes? (?:pur beurre|bretonnes?|au beurre|sablees?)|palets? bretons?|cereals?(?![a-z])|cereales?(?![a-z])|crisps(?![a-z])|chips(?![a-z])|"
        r"fries(?![a-z])|frites(?![a-z])|burgers?|cheeseburgers?|hamburgers?|nuggets|pizzas?(?![a-z])|hot[\s\-]?dogs?|doughnuts?|"
        r"donuts?|cookies(?! (?:policy|settings|banner|consent|tiers))|biscuits?(?![a-z])|gateaux|gateau(?![a-z])|cakes?(?![a-z])|"
        r"cupcakes?|muffins?|brownies?|ice[\s\-]?creams?|ice lolly|creme glacee|glaces? (?:a la|au|aux|a l')|milkshakes?|"
        r"sodas?(?![a-z])|soft drinks?|fizzy (?:drinks?|pop)|colas?(?![a-z])|energy drinks?|boissons? (?:gazeuses?|sucrees?|"
        r"energisantes?|rafraichissantes?|aromatisees?)|limonades?|pate a tartiner|pates a tartiner|barres? chocolatees?|"
        r"barres? de cereales|fast[\s\-]?foods?|happy meals?|kids'? meals?|menus? enfants?|slushies|slushy")
#: an ad spoken to children, or set in their school day (folded text): "Hey kids!", a vocative "Kids!", "boys and girls",
#: "after school", "tag your school mates", « salut les enfants » (CAP 15.14–15.18: HFSS ads not directed at under-16s
#: through their context; CARU Guidelines: advertising directed to children). An ad to parents about their children is not
CHILD_DIRECTED = (r"(?:hey|hi|hello|yo|calling all|attention|ok|okay) (?:kids|kiddos|children)(?![a-z])|"
                  r"(?:^|[.!?\n\x02]) *(?:kids|kiddos)(?: ?[,!])|boys and girls|(?:after|before) school(?![a-z])|"
                  r"(?:school|class) ?(?:mates|friends|pals)|(?:your|ur) (?:mates|friends|pals|besties) at school|"
                  r"at (?:break ?time|playtime|recess)(?![a-z])|playground|#schoollife|#backtoschool|#kids(?![a-z])|"
                  r"(?:secret|collectable|collectible|mystery) (?:stickers?|toys?|figures?)|toy unboxing|"
                  # a premium for children packed with the food ("free sticker inside", "a toy in every box", « un jouet
                  # dans chaque paquet »): a promotion aimed at them (CAP 15.15 for HFSS products; CARU)
                  r"free (?:[a-z]+ )?(?:stickers?|toys?|tattoos?|figurines?)(?: [a-z]+)? (?:inside|in (?:every|each|the) (?:box|pack|packet|bag|tub))|"
                  r"(?:stickers?|toys?|tattoos?|figurines?) (?:inside )?(?:in )?(?:every|each) (?:box|pack|packet|bag|tub)(?![a-z])|"
                  r"(?:jouets?|autocollants?|stickers?|figurines?|tatouages?)(?: offerts?| surprise)? dans (?:chaque|chacun des|tous les|le|la) "
                  r"(?:boite|boites|paquets?|sachets?|pots?)|"
                  r"(?:salut|coucou|hey) les (?:enfants|loulous|petits|kids)(?![a-z])|copains de classe|cour de recre|a la recre|"
                  r"(?:who'?s|who is|who else is) (?:taking|bringing|getting|having|grabbing) (?:[a-z]+ ){0,2}?(?:to|for|at|after) "
                  r"(?:school|break|lunch ?time|the school)(?![a-z])|"
                  # stop 25: a children's channel or genre by its own words ("subscribe for more kids' slime fun", "Slime
                  # Saturday", « ma chaîne pour enfants »): the video is placed before under-16s (CAP 15.18, context of placement)
                  r"kids'? (?:slime|channel|show|fun|videos?|content|crafts?|club|corner|zone|tv)(?![a-z])|"
                  r"kids (?:go|are going) (?:crazy|wild|mad|nuts|bananas) (?:for|over)|tag (?:a|your) mini[\s\-]?mes?(?![a-z])|"
                  r"slime (?:videos?|saturday|sunday|challenge|jar|time|fun|party|session)s?(?![a-z])|"
                  r"(?:chaine|videos?|emission|contenu)s? (?:pour|des) (?:les )?(?:enfants|petits|kids)(?![a-z])|"
                  # youth teams, school years and pupils' exams (the context of under-16s: CAP 15.18)
                  + YOUTH)
#: what a children's food ad may not say (CARU Guidelines: no misleading nutrition claim, no excessive consumption; CAP
#: 15.11): a sweet food likened to fruit or vegetables, excess urged ("eat it all day", "whoever eats the most wins")
CHILD_FOOD_CLAIM = (r"(?:as|just as|so) (?:healthy|good for you|nutritious) as|(?:basically|just like|same as|like eating|counts as|"
                    r"as good as|as good for you as) (?:a |an |your |eating |a plate of |a bowl of |a whole bowl of |(?:a |one )?(?:serving|"
                    r"portion|helping)s? of )?(?:fruit|fruits|"
                    r"veggies|vegetables|veg|salad|apples?)(?![a-z])|eat (?:it|them|these) all day|all day long|as (?:many|much) as "
                    r"you (?:want|like|can)|(?:whoever|who) (?:eats|drinks|downs|scoffs) the most|(?:the )?(?:whole|entire) (?:box|bag|"
                    r"pack|tub)|(?:two|three|four|five|2|3|4|5) bowls|(?:at )?every meal(?![a-z])|(?:pour|have|grab|eat|get) (?:another|a "
                    r"second|a third|more|seconds|thirds)(?: bowls?| bags?| packs?)?(?![a-z])")
