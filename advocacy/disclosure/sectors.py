"""Sectors: the known values, their names, and how each one is read from a post's text.

Invariant: ``SECTORS`` is the one list of sector values the checker, the API (422 on anything
else) and the CLI accept; each jurisdiction's pack says what it does with each of them
(``banned``, ``restricted`` with a condition, or ``allowed``). Text detection runs on every post,
whatever the context says: the context only adds a sector, it never hides one the text shows.

Patterns are over the folded text (lower case, no accents, look-alikes mapped; see
``normalize.py``) and name the goods or services being promoted, not the words one meets in
any corporate post: "investissement" or "cocktail" alone do not make a sector.
"""
from __future__ import annotations

import re
from advocacy.disclosure import wordclasses
from advocacy.disclosure.normalize import INVISIBLE_CHARS
from advocacy.disclosure.packs import fr
from advocacy.disclosure.packs import uk
from advocacy.disclosure.packs import us


#: value → (French name, English name)
SECTORS: dict[str, tuple[str, str]] = {
    "general": ("secteur ordinaire", "ordinary sector"),
    "cosmetic_surgery": ("chirurgie et médecine esthétiques", "cosmetic surgery and interventions"),
    "therapeutic": ("allégations thérapeutiques", "therapeutic claims"),
    "nicotine": ("produits nicotinés", "nicotine products"),
    "tobacco": ("tabac", "tobacco"),
    "wild_animals": ("animaux sauvages", "wild animals"),
    "financial_cfd": ("CFD, forex et options binaires", "leveraged CFDs, forex and binary options"),
    "betting_tips": ("pronostics sportifs", "betting tips"),
    "crypto": ("crypto-actifs", "crypto-assets"),
    "gambling": ("jeux d'argent", "gambling"),
    "alcohol": ("alcool", "alcohol"),
    "medicine": ("médicaments", "medicines"),
    "prescription_medicine": ("médicaments sur prescription", "prescription-only medicines"),
    "financial": ("produits financiers", "financial products"),
    "cpf_training": ("formations financées par le CPF", "training funded by the French CPF"),
    # an allowed trade with content rules of its own (health claims, a doctor's word, the diet said insufficient): read from
    # the text of a commercial post, it makes no post commercial by itself
    "supplement": ("compléments alimentaires", "food supplements"),
    "consumer_credit": ("crédit à la consommation", "consumer credit"),
}

#: other spellings callers use → the value
ALIASES: dict[str, str] = {
    "none": "general", "other": "general", "ordinary": "general", "food": "general", "fashion": "general",
    "tech": "general", "technology": "general", "software": "general", "travel": "general", "retail": "general",
    "beauty": "general", "cosmetics": "general", "services": "general", "sport": "general", "sports": "general",
    "sportswear": "general", "clothing": "general", "apparel": "general", "footwear": "general", "shoes": "general",
    "electronics": "general", "consumer_electronics": "general", "home": "general", "furniture": "general",
    "automotive": "general", "cars": "general", "education": "general", "training": "general", "courses": "general",
    "online_courses": "general", "coaching": "general", "e_learning": "general", "formation": "general",
    "vocational_training": "general", "professional_training": "general", "elearning": "general", "media": "general", "telecom": "general",
    "energy": "general", "hospitality": "general", "restaurants": "general", "entertainment": "general",
    "games": "general", "video_games": "general", "toys": "general", "pets": "general", "b2b": "general",
    "saas": "general", "banking": "financial", "insurance": "financial", "supplements": "supplement",
    "food_supplements": "supplement", "dietary_supplements": "supplement",
    "dietary_supplement": "supplement", "food_supplement": "supplement", "nutrition": "general", "nutraceuticals": "supplement",
    "complements_alimentaires": "supplement", "complement_alimentaire": "supplement", "vitamins": "supplement", "fitness": "general", "gaming": "general", "jewellery": "general",
    "jewelry": "general", "luxury": "general", "real_estate": "general", "immobilier": "general", "health": "general", "wellness": "general", "mode": "general",
    "alimentation": "general", "voyage": "general", "beaute": "general", "cosmetique": "general",
    "cosmetic": "cosmetic_surgery", "aesthetic_surgery": "cosmetic_surgery", "aesthetic": "cosmetic_surgery",
    "cosmetic_surgery_acts": "cosmetic_surgery", "plastic_surgery": "cosmetic_surgery",
    "chirurgie_esthetique": "cosmetic_surgery", "medecine_esthetique": "cosmetic_surgery",
    "aesthetic_medicine": "cosmetic_surgery", "cosmetic_interventions": "cosmetic_surgery",
    "therapeutic_abstention": "therapeutic", "health_claims": "therapeutic",
    "vape": "nicotine", "vaping": "nicotine", "e_cigarette": "nicotine", "e_cigarettes": "nicotine",
    "ecig": "nicotine", "vapes": "nicotine", "snus": "nicotine", "puff": "nicotine",
    "cfd": "financial_cfd", "cfds": "financial_cfd", "leveraged_cfd": "financial_cfd", "forex": "financial_cfd",
    "binary_options": "financial_cfd", "options_binaires": "financial_cfd",
    "crypto_assets": "crypto", "cryptocurrency": "crypto", "crypto_asset": "crypto", "nft": "crypto",
    "nfts": "crypto", "bitcoin": "crypto",
    "betting": "gambling", "sports_betting": "gambling", "casino": "gambling", "lottery": "gambling",
    "poker": "gambling", "online_gambling": "gambling", "jeux_d_argent": "gambling", "paris_sportifs": "gambling",
    "betting_tip": "betting_tips", "tipster": "betting_tips", "sports_tips": "betting_tips",
    "pronostics": "betting_tips", "tips": "betting_tips",
    "wild_animal": "wild_animals", "wildlife": "wild_animals", "animals": "wild_animals", "exotic_pets": "wild_animals",
    "exotic_animals": "wild_animals",
    "medicines": "medicine", "drugs": "medicine", "drug": "medicine", "pharma": "medicine",
    "pharmaceutical": "medicine", "pharmaceuticals": "medicine", "medication": "medicine",
    "medications": "medicine", "prescription_drugs": "prescription_medicine", "pom": "prescription_medicine",
    "prescription_only": "prescription_medicine",
    "alcool": "alcohol", "wine": "alcohol", "beer": "alcohol", "spirits": "alcohol",
    "finance": "financial", "investment": "financial", "investments": "financial",
    "cpf": "cpf_training", "formation_cpf": "cpf_training",
    "credit": "consumer_credit", "loans": "consumer_credit", "loan": "consumer_credit", "lending": "consumer_credit",
    "lender": "consumer_credit", "bnpl": "consumer_credit", "buy_now_pay_later": "consumer_credit",
    "payday_loans": "consumer_credit", "credit_conso": "consumer_credit", "credit_consommation": "consumer_credit",
    "pret": "consumer_credit", "credit_repair": "consumer_credit",
}


class UnknownSector(ValueError):
    """A ``sector`` value that is neither a known sector nor one of its aliases."""

    def __init__(self, value):
        self.value = value
        super().__init__(f"unknown sector {value!r}; known values: {', '.join(SECTORS)}")


def normalize(value) -> str | None:
    """The sector value for what a caller wrote (``None`` when empty); raises :class:`UnknownSector`."""
    if value is None:
        return None
    raw = str(value).strip().lower().replace("-", "_").replace(" ", "_").replace("'", "_")
    if not raw:
        return None
    key = ALIASES.get(raw, raw)
    if key not in SECTORS:
        raise UnknownSector(value)
    return key


def catalogue(lang: str = "en") -> list[dict]:
    """What ``GET /api/v1/disclosure/sectors`` lists: value, name, aliases, status per jurisdiction."""
    out = []
    for value, (name_fr, name_en) in SECTORS.items():
        out.append({
            "value": value, "name": name_fr if lang == "fr" else name_en,
            "names": {"fr": name_fr, "en": name_en},
            "aliases": sorted(a for a, v in ALIASES.items() if v == value),
            "jurisdictions": {
                code: {"status": pack.SECTORS.get(value, {"status": "allowed"})["status"],
                       "condition": pack.SECTORS.get(value, {}).get("condition"),
                       "reference": pack.SECTORS.get(value, {}).get("reference", "")}
                for code, pack in (("fr", fr), ("us", us), ("uk", uk))},
        })
    return out


# --- reading sectors from the text ---------------------------------------------------------------
_S = r"[\s\-]?"
#: diseases (not states of comfort or beauty): what only a medicine may claim to cure, treat or prevent
_DISEASE_FR = (r"(?:eczema|psoriasis|acne|asthme|diabete|depression|anxiete|insomnie|migraines?|arthrose|arthrite|cancers?|"
               r"hypertension|rhumes?|grippes?|herpes|mycoses?|acouphenes?|apnees? du sommeil|fibrillation auriculaire|cystites?|endometriose|alzheimer|parkinson|rosacee|dermatites?|"
               r"allergies?|rhume des foins|covid|(?<!informatiques )virus(?! (?:et|ou) (?:malwares?|logiciels|ransomwares?|spywares?)| informatiques?)|infections?|otites?|angines?|bronchites?|sinusites?|cholesterol)(?![a-z])")
_DISEASE_EN = (r"(?:eczema|psoriasis|acne|asthma|diabetes|depression|anxiety|insomnia|migraines?|arthritis|cancers?|"
               r"hypertension|tinnitus|sleep apnea|sleep apnoea|afib|a-fib|atrial fibrillation|colds|(?:a|the common) cold|flu|influenza|herpes|cold sores|infections?|utis?|rosacea|dermatitis|allergies|covid|"
               r"hay ?fever|(?<!computer )(?<!email )(?<!pc )viruses(?! (?:and|&|or) (?:malware|spyware|ransomware|phishing|hackers))|adhd|ibs|alzheimer'?s|parkinson'?s|high blood pressure|cholesterol|sinusitis|bronchitis)(?![a-z])")
#: stop 29: drug classes said done with (« plus d'anti-inflammatoires pour moi »)
_DROPPED_DRUGS_FR = (r"(?:anti-?inflammatoires|antidouleurs|somniferes|anxiolytiques|antidepresseurs|corticoides|cortisone|"
                     r"antihistaminiques|medicaments|medocs|cachets|traitements|ventoline|insuline|statines|betabloquants)"
                     r"(?: pour (?:moi|elle|lui|nous|eux))?(?![a-z])")
#: the adjectives that make "medicine" a discipline of care, not a product (each its own fixed-width look-behind)
_DISCIPLINE = "".join(f"(?<!{w} )" for w in (
    "sports", "sport", "family", "internal", "emergency", "integrative", "functional", "lifestyle", "preventive", "preventative",
    "veterinary", "sleep", "nuclear", "travel", "occupational", "physical", "rehabilitation", "regenerative", "of", "in",
    "tropical", "respiratory", "urgent care", "academic", "general", "musculoskeletal", "osteopathic"))
#: the active substances of common non-prescription medicines, English and French spellings (folded)
_OTC_INN = (r"(?:diclofenac|ketoprofene?|naproxene?|aspirine?|acide acetylsalicylique|loratadine|desloratadine|cetirizine|"
            r"levocetirizine|fexofenadine|omeprazole|esomeprazole|pantoprazole|lansoprazole|loperamide|dextromethorphane?|"
            r"pseudoephedrine|phenylephrine|hydrocortisone|miconazole|clotrimazole|terbinafine|aciclovir|acyclovir|famotidine|"
            r"diphenhydramine|doxylamine|guaifenesine?|ambroxol|carbocisteine|acetylcysteine|simeticone|simethicone|mebeverine|"
            r"chlorphenamine|chlorpheniramine|cetylpyridinium|flurbiprofene?|benzocaine|lidocaine)(?![a-z])")
#: a pair of the major currencies ("eur/usd", "gbp / jpy"): the forex trader's instrument
_FX_PAIR = "(?:eur|usd|gbp|jpy|chf|aud|cad|nzd) ?/ ?(?:eur|usd|gbp|jpy|chf|aud|cad|nzd)(?![a-z])"
DETECT: dict[str, str] = {
    "financial_cfd": (
        # "forex" is also the travel-money counter ("the airport forex booth"): that is currency exchange, no leverage
        r"cfds?|forex(?! (?:booths?|counters?|desks?|kiosks?|bureaus?|bureaux|shops?|cards?|rates? at))|fx trading|"
        r"trading (?:de devises|forex|a effet de levier|sur marge)|effet de levier|"
        # « le levier x10 de ma productivité » is a figure of speech: a leverage of something one owns is no product
        r"levier (?:de )?(?:x ?)?\d+(?! (?:de|d'|sur) (?:ma|mon|mes|ta|ton|tes|sa|son|ses|notre|nos|votre|vos|leur|leurs) )|leverag(?:e|ed)(?: trading| x?\d+| up to)?|"
        r"options? binaires?|binary options?|prop ?firm|copy[\s\-]?trading|(?:fx|forex) (?:signals?|groups?|mentors?|academy)|"
        r"signaux (?:fx|forex)|"
        # stop 28: a position by its multiplier (« une position x30 sur l'EUR/USD », "a 50x long on GBP/JPY"): leverage said
        # by its figure, the product art. 4 I of loi 2023-451 and C. monét. fin. L533-12-7 ban (ESMA product intervention)
        r"positions? (?:a |de |en )?(?:x ?\d{1,3}|\d{1,3} ?x)(?![a-z0-9])|(?:long|short) (?:x ?\d{1,3}|\d{1,3} ?x)(?![a-z0-9])|"
        # weak: a currency pair (a bureau's rate is one too): it counts beside another leverage word
        + _FX_PAIR),
    "crypto": (
        # « crypto post-quantique », "crypto agility": cryptography, not crypto-assets
        r"bitcoins?|btc|ethereum|eth|solana|dogecoin|shiba|crypto(?![\s\-](?:post[\s\-]?quanti|quanti|agil|symetri|asymetri|symmetri|asymmetri))"
        r"(?:s|monnaies?|[\s\-]?actifs?|currenc(?:y|ies)|"
        r"[\s\-]?assets?| wallet| exchange| trading)?|nfts?|memecoins?|altcoins?|stablecoins?|staking (?:vaults?|pools?|rewards?|yields?|apy|apr)|staking|airdrops?|"
        r"(?:token|jeton)s? (?:x ?\d+|presale|pre-sale|sale|launch)|presale|ico|"
        r"(?:token|jeton|coin)s? [a-z0-9$]{2,10} (?:est |sera |is |gets |will be )?(?:liste|listed|listing)|"
        # weak: a portfolio's multiple in the trader's words
        r"(?:a fait|made|did|went) x ?\d+(?![\d,.])|portefeuilles?|"
        r"(?:token|jeton|coin)s? [a-z0-9$]{2,10} (?:va|vont|will|is going|to) |avant (?:le )?listing|before (?:the )?listing|"
        # stop 26: a listing on an exchange ahead ("before the CEX listing", « avant le listing sur Binance »), a launch's
        # liquidity locked, its developers "doxxed": a token sold in its promoters' own words
        r"(?:before|ahead of|avant) (?:the |our |its |le |son )?(?:cex|dex|exchange|tier[\s\-]?1) listing|"
        r"(?:liquidity|lp) (?:is |are )?(?:locked|burned|burnt)|locked liquidity|(?:dev|devs|team|dev team) (?:is |are )?doxx?ed|doxx?ed (?:dev|devs|team)|"
        r"pre-?sale|whitelist|(?:on|sur) (?:binance|coinbase|kraken|bybit)|binance|coinbase|kraken|bybit|"
        r"usdt|usdc|defi|web3 (?:token|wallet)|seed phrase|cold wallet|hodl|"
        # weak: a price call in the trader's words (beside a cashtag or another weak word)
        r"going (?:x ?\d+|\d+ ?x)|loaded up on|"
        # stop 29, weak: a multiple forecast (« qui va faire x20 », "will do 20x") and identity checks said not needed (« pas
        # besoin de KYC », "no KYC"): a token's promoter's words, each beside another
        r"(?:va|vont|will|gonna|could|pourrait) (?:faire|do|go|make) (?:x ?\d+|\d+ ?x)(?![a-z0-9])|"
        r"(?:pas besoin de|pas de|sans|no need for|no|without)[\s\-]kyc|kyc[\s\-]free|to the moon|tokens?|jetons?|early investors?|get in (?:now|early)|apy|"
        # weak: a call to buy now (« c'est le moment de rentrer »)
        + wordclasses.BUY_NOW + "|" + wordclasses.CRYPTO_WORDS + "|" + wordclasses.CRYPTO_TALK + "|"
        # weak: an asset said to only ever rise
        + wordclasses.ONLY_UP),
    "betting_tips": (
        r"pronos?|pronostics?(?: sportifs?)?|tipsters?|(?:betting|sports|nba|nfl|nhl|mlb|football|soccer|"
        r"premier league|ligue 1|vip|daily|expert|premium|racing|horse racing|greyhound|turf) (?:picks|tips|selections)|paid picks|"
        r"naps? of the day|(?:tips|selections|picks) (?:for|from) (?:the )?(?:races|racing|cheltenham|aintree|ascot|the derby)|"
        r"picks? (?:premium |vip |paid )?(?:newsletter|subscription|channel|service|package|group|club|discord|telegram)|tipping (?:service|channel)|"
        r"abonnement (?:vip |premium )?(?:aux )?pronos?|"
        # paid tips by their tier (« mes pronos premium », « pronostics VIP ») or sold by the month (art. 4 I bans both)
        r"pronos?(?:tics?)? (?:premium|vip|payants?|prives?|exclusifs?)|(?:tickets?|pronos?|pronostics?) (?:a|pour) \d+(?:[.,]\d+)? ?(?:€|euros?) ?(?:/|par) ?mois"),
    "gambling": (
        r"casinos?(?: en ligne| online)?|paris? sportifs?|paris en ligne|sports? ?(?:betting|book|wagering)|"
        r"mise(?:s)? (?:de |minimum )?\d+|cotes? (?:a |de |@ ?)?x? ?\d+(?:[.,]\d+)?|cotes? (?:majoree|boostee|amelioree)s?|"
        r"boost(?:ez|e|er)? (?:vos|tes|ses|mes|nos|les) (?:combines|paris|cotes|gains)|combines? (?:a|de) \d+ (?:matchs|selections|paris)|"
        r"fold (?:accas?|accumulators?|parlays?|bets?)|bet[\s\-]?builders?|same[\s\-]game (?:multi|parlay)s?|"
        r"(?:gagne|won|win) [\d\s.,]+ ?(?:€|euros?|\$|£|k) (?:au|a la|aux|at|on|playing) (?:poker|casino|roulette|blackjack|loto|paris|slots|bingo)|"
        r"(?:deposit|depose|deposez) ?[£$€]? ?\d+ (?:on|sur|chez)(?![a-z])|(?:tente|tentez|tenter) (?:ta|votre|sa) chance|(?:premier|1er) paris?|"
        r"(?:premier|1er) depots?|paris? rembourses?|bingo (?:online|en ligne|sites?|apps?|bonus|rooms?|tickets?)|online bingo|"
        r"to play with|18 ?\+|21 ?\+|spin (?:the |our |a )?wheels?|(?:deposit|depose|deposez) ?[£$€]? ?\d+ ?[£$€]? (?:and|et|&) (?:get|play|bet|spin|recois|joue|parie)|"
        r"(?:rembourses?|offerts?) sur (?:ton|votre|le) (?:premier |1er )?pari|(?:first|1st) deposits?|deposit (?:bonus|match)(?:es)?|"
        r"pari combine|paris combines|combine du (?:week-end|weekend|soir|jour)|tickets? gagnants?|pronostics? turf|"
        r"loto|euromillions?|keno|bookmaker|winamax|betclic|unibet|zebet|pmu|parions sport|bwin|pokerstars|bet365|"
        r"draftkings|fanduel|betmgm|paddy power|william hill|ladbrokes|sky bet|betfair|sportsbet|acca of the|"
        r"wager(?:s|ing)?|odds (?:of|at) \d+|odds[\s\-]on|odds boost|"
        r"sportsbook|bookmakers?|bookies?|accumulators?|accas?|parlays?|combines?|free ?bets?|freebets?|"
        r"paris? gratuits?|de paris (?:offerts|gratuits|rembourses)|en paris (?:offerts|gratuits)|mises? rembourse(?:e|es)?|"
        r"cotes? boostees?|boosted odds|jackpots?|machines? a sous|slots?|roulette|blackjack|"
        r"poker|bingo|loteries?|lotter(?:y|ies)|scratch ?cards?|jeux a gratter|bet\s+[£$€]?\s*\d+|paris? combines?|cotes? (?:a |de )?\d+(?:[.,]\d+)?|"
        r"tours? (?:gratuits|offerts)|free spins|mise(?:z)? \d+|parie(?:z|r)? "
        r"(?:sur|\d+)|bet on|"
        # a bet on a fixture ("bet on tonight's game", "bet on the Super Bowl"): the wager itself, a strong word
        r"bet on (?:tonight's|tonights|today's|todays|this weekend's|sunday's|saturday's|the|this|every|your) (?:[a-z']+ ){0,2}"
        r"(?:game|games|match|matches|fight|race|races|final|finals|super bowl|derby|fixture|fixtures)(?![a-z])|"
        # a bet slip in the bettor's words (ticket, accumulator, total odds, potential winnings, bankroll)
        r"tickets? (?:du jour|du soir|du week-end|du weekend|combine|safe)|accumulateurs?|cote totale|gains? potentiels?|"
        r"bankroll|(?:je|j'ai|on|j') ?parie (?:sur|\d+|tout|gros)|j'ai mise|bet slip|betslip|same[\s\-]game parlay|"
        r"(?:potential|total) (?:returns?|payout|odds)|(?:bonus|offre) de bienvenue (?:de |jusqu'a )?\d+|"
        r"odds boosted|price boosts?|enhanced odds|bet builder|first bet|bonus bets?|in-play betting|"
        r"(?:mes|tes|vos|nos|ses|des|les|aux|premiers?) paris (?:sur|chez|en ligne|du|de la|des)|"
        # the bets as the subject of what they brought in (« les paris m'ont payé le loyer », « mes paris me rapportent »):
        # Paris the city takes no article or possessive
        r"(?:mes|tes|vos|nos|ses|les) paris (?:m'ont|t'ont|nous ont|vous ont|ont (?:paye|rembourse|regle|rapporte|finance)|"
        r"me |te |nous |vous |rapportent|paient|payent|remboursent|financent)|grace (?:a mes|aux|a tes|a vos) paris|"
        # a bettor's common words, weak alone ("boosts", "winnings", a "flutter"): one counts beside another
        r"winnings|boosts|punters?|flutters?|each[\s\-]way|parieurs?|turfistes?|"
        # a boost on winnings by the bet slip's own words (strong: « combiné boosté », « dès 4 sélections », "profit boost",
        # "acca boost"); the boost said of the gains alone is weak (« +50 % sur vos gains »: a tax is levied on gains too)
        r"combines? boostes?|(?:des|a partir de|from|with) \d+ (?:selections|legs|folds)(?![a-z])|(?:profit|winnings|acca|parlay|multi) boosts?|"
        r"sur (?:vos|tes|les|ses|nos) gains|gains? boostes?|bonus (?:de|sur) (?:vos |tes |les )?gains|"
        # weak: bets given away (« paris offerts »), a match to forecast for a bonus, cash to be won
        r"paris offerts|pronostiqu(?:e|ez|er) (?:le|la|les|ton|votre|un|une) (?:[a-z'\-]+ ){0,2}?(?:match|score|vainqueur|resultat|"
        r"finale|course|gagnant)s?|(?:win|won|winning)(?: [a-z]+){0,3} real (?:cash|money)|"
        # bet types and markets by name (strong), a bettor's words ordinary speech shares (weak)
        + wordclasses.BET_TYPES + "|" + wordclasses.BET_TALK + "|"
        r"(?:begamble|gamble)aware|when the fun stops|1-800-gambler|gamstop|joueurs-info-service|jouer comporte des risques|"
        r"09 74 75 13 13|09-74-75-13-13|interdit aux (?:moins de 18 ans|mineurs)|"
        r"(?:sign up|join|register|deposit)(?: (?:to|with|at|on))? [a-z0-9]+ ?bet(?![a-z])|bet(?:ting)? (?:app|account)|bet (?:is|has|gives|offers|makes) (?:the|you|a|an|your)(?![a-z])"),
    "nicotine": (
        r"nicotine|vapes?|vaping|vapoteuses?|vapot(?:e|er|age)|ecig(?:arette)?s?|e-cig(?:arette)?s?|e cig(?:arette)?s?|"
        r"cigarettes? electroniques?|"
        r"eliquides?|e-liquides?|e liquides?|e-liquids?|eliquids?|vape juice|(?:nic|nicotine) salts?|mg salts?|puff (?:bar|jetable|\d+)|puffs? jetables?|"
        r"(?:une|la|ma|ta|les|mes|nouvelle|nouvelles|new) puffs?|taffes|disposable vapes?|"
        r"vapoteur|vapote|puffs?|snus|heets|iqos|pods? (?:a|de) nicotine|nicotine pouches?|sachets? de nicotine|"
        # (weak) "pouch" written so that its own start is listed: "pouches?" lists only "pouche", and a single pouch was never read
        r"zyn|velo pouches?|pouches? (?:\d+ ?mg|of nicotine)|pouch(?:es)?|pods?|disposables|"
        # an oral pouch by its form and strength (« sachets Ice Mint 6 mg », "pouches in Cool Mint 10mg"): no food, tea
        # or supplement sachet is sold by its milligrams beside a flavour name alone
        r"(?:sachets?|pouches?|portions?) (?:(?!de |d'|of |vitamin|magnes|melaton|cbd|cafe|coffee|zinc|fer |iron|proteine?|"
        r"electroly|collag|sucre|sugar|the |tea |energy |energie )[a-z'\-]+ ){1,3}\d{1,2} ?mg(?![a-z0-9/])"
        r"(?! ?(?:of |de |d')?(?:caf|vit|magn|melat|cbd|zinc|iron|fer|prot|b12|d3|taurin|ginseng))|"
        # weak: what a pouch or a vape promises over a cigarette (« zéro fumée », "smoke-free"): a fire pit says it too
        r"(?:zero|sans|pas de|aucune) fumee|smoke[\s\-]?free|"
        # weak: pouches by their flavour (« mes sachets menthe polaire »): a tea's sachets are « de thé »
        r"(?:mes|tes|ces|nos|vos|leurs|ses) sachets (?:menthe|mint|ice|glace|glacee|polaire|frost|freeze|cool|citrus)(?![a-z])|"
        # stop 25, weak: sachets by their brand, not by what they hold (« les sachets Snöka débarquent … zéro fumée »): a tea's or
        # a spice's sachets are « de thé », « d'épices »; read only beside another nicotine word
        r"(?:les|nos|vos|tes|ces|leurs|ses|nouveaux) sachets(?= (?!(?:de|d'|du|des|a|au|aux|pour|en|et|individuels?|fraicheur|"
        r"biodegradables?|compostables?|refermables?|recyclables?|sont|ont)(?![a-z]))[a-z])|"
        # weak: the user's shorthand (« #nic ») and what an oral pouch promises over snuff (no spit)
        r"nic|no spit(?:ting)?|spit[\s\-]?free|sans crachat|disposable(?= ?(?:\x02|[.!?,;:)]|$))|"
        # weak: a candy flavour iced, the way vapes and pouches are named ("blue razz ice"; a slushie's too)
        + wordclasses.VAPE_CANDY_ICE + "|" + wordclasses.VAPE_FRUIT_ICE + "|" + wordclasses.VAPE_BRANDS + "|"
        + wordclasses.VAPE_WORDS + "|" + wordclasses.VAPE_TALK + "|"
        # a format named with its flavour or counted in puffs (strong); the draw in the vaper's words (weak)
        + wordclasses.VAPE_FLAVOURED + "|" + wordclasses.VAPE_HIT),
    "tobacco": r"tabac|tobacco|cigarettes?|cigares?|cigars?|cigarillos?|chicha|shisha|hookah|rolling papers",
    "cosmetic_surgery": (
        r"chirurgie (?:esthetique|plastique)|cosmetic (?:surgery|procedures?|interventions?)|plastic surgery|"
        r"medecine esthetique|aesthetic (?:clinic|medicine|treatments?)|rhinoplast(?:ies?|y)|liposuc(?:cions?|tions?)|"
        # stop 29: a hair transplant (grafts taken and implanted: a surgical act, C. santé publ. L6322-1; CAP 12 and the
        # cosmetic interventions guidance): « greffe de cheveux », « 4 000 greffons », "FUE hair transplant"
        r"greffes? (?:de cheveux|capillaires?|de barbe|de sourcils)|greffons|implants? capillaires?|"
        r"hair (?:transplants?|grafts?|implants?)|(?:fue|dhi) (?:hair|technique|transplants?|procedure)|"
        r"(?:beard|eyebrow) transplants?|grafts (?:implanted|transplanted|harvested)|"
        r"botox|baby[\s\-]?tox|(?:my|some|her|his|their|your|ma|mon) (?:baby )?tox(?![a-z])|"
        # stop 27: the toxin by its nickname with its apostrophe or its measure ("a little 'tox", "a bit of tox")
        r"(?:a little|a bit of|little bit of|a touch of|fresh|some|my|her|his|the|more) '(?:baby )?tox(?![a-z])|"
        r"(?:a little|a bit of|little bit of|a touch of|fresh) (?:baby )?tox(?![a-z])|tox (?:appointments?|top[\s\-]?ups?|sessions?)|"
        r"(?:get|got|getting|have|had) (?:your|my|her|their) lips (?:done|plumped|filled|enhanced|refreshed|[a-z]+-ready) (?:at|with|chez)|"
        # hyaluronic acid is injected as a filler (an aesthetic act, CSP L1151-2) or sold in a cream (a cosmetic, règl.
        # 1223/2009): only the injection, the syringe or the part of the face filled says the act
        r"acide hyaluronique (?:injecte|en injection|en seringue|dans les (?:levres|rides|cernes|pommettes))|"
        r"(?:levres|rides|cernes|pommettes|lips|wrinkles|cheeks)(?: [a-z0-9'.,\-]+){0,4} (?:a l'|au |with |filled with |d'|of )?(?:acide hyaluronique|hyaluronic)|"
        r"(?:ml|cc|seringues?|syringes?) (?:d'|of )(?:acide hyaluronique|hyaluronic)|"
        r"acide hyaluronique(?=[^.!?\n]{0,120}injections?)|"
        r"hyaluronic (?:acid )?(?:injections?|injected|syringes?)|(?:lip|dermal|cheek|jaw|jawline|chin|tear trough|under[\s\-]eye|nose|temple) ?fillers?|fillers?|"
        # the filler priced or put on offer ("20% off filler", "£50 off lip filler", "2-for-1 filler"): the act sold
        r"off (?:[a-z]+ )?fillers?(?![a-z])|deals? on (?:[a-z]+ )?fillers?(?![a-z])|offers? on (?:[a-z]+ )?fillers?(?![a-z])|"
        r"for[\s\-](?:1|one) (?:[a-z]+ )?fillers?(?![a-z])|"
        r"(?:nurse|aesthetic) injectors?|inject(?:eur|rice)s? (?:esthetique|agreee?)s?|chirurgiens? (?:esthetiques?|plastiques?)|"
        r"injections? "
        r"(?:des|de|dans les|aux) levres|lip (?:injections?|flip|job)|augmentation mammaire|breast (?:augmentation|"
        r"implants?)|bbl|brazilian butt lift|blepharoplast(?:ie|y)|facelift|lifting du visage|tummy tuck|"
        r"abdominoplast(?:ie|y)|nose job|boob jobs?|breast (?:enlargement|lift|reduction)s?|greffe de cheveux|hair transplant|"
        # the filler booked or done ("get your filler sorted at", « faire mes injections »): the act sold, not a DIY filler
        r"(?:get|gets|got|getting|book|books|booked|booking|have|had|having) (?:your|my|her|his|their|some|a|the|new) "
        r"(?:(?!wood|wall|gap|crack|grout|caulk|decorat|foam|cushion)[a-z]+ )?fillers?(?! (?:episodes?|arcs?|words?|tracks?|content|posts?|text|material|cap))(?![a-z])|"
        # non-surgical aesthetic acts with a health risk (C. santé publ. L1151-2 and its décrets)
        r"epilation (?:definitive )?(?:au |a la )?laser|laser hair removal|cryolipolys(?:e|is)|lipolaser|microneedling|"
        r"peelings? (?:chimiques?|medicaux|medical)|chemical peels?|hifu|mesotherapie|skin ?boosters?|fils tenseurs|"
        r"thread lift|injections? (?:de botox|d'acide|anti-?rides)|anti-?wrinkle injections?|tattoo removal|"
        r"detatouage|laser (?:[a-z']+ ){0,6}(?:rides|taches|cicatrices|wrinkles|scars)|(?:got|get|getting|had|have) (?:my|your|her|their) (?:lips|nose|boobs) done|lips? done|"
        r"(?:mes|tes|ses|vos|de) nouvelles levres|levres (?:refaites|repulpees)|nez refait"),
    "therapeutic": (
        r"(?:arrete|stoppe|abandonne|lache|laisse tomber|jete|arreter|arretez|arretent|stopper) (?:mon|ton|votre|son|sa|ses|ma|mes|tes|vos|leur|leurs|notre|nos|la|le|les) "
        r"(?:[a-z\-]+ ){0,2}(?:traitements?|medicaments?|medocs?|insuline|chimio|antidepresseurs?|anxiolytiques?|somniferes?|betabloquants?|antihypertenseurs?|pilules?|comprimes|inhalateurs?|ventoline|statines|"
        r"levothyrox|corticoides)|"
        r"(?:stopped|quit|ditched|dropped|came off|stop|quit taking|stopped taking|ditch|ditching|dumped|got off|come off|coming off|"
        r"stopping|quitting|threw out|threw away|tossed|binned|flushed|gave up|give up|no longer need|don't need|never needed) "
        r"(?:taking )?(?:my|your|the|her|his|their|our) "
        # tablets are a medicine by their form ("came off my blood pressure tablets": CAP 12.2, 15.1)
        r"(?:[a-z\-]+ ){0,2}(?:medications?|medicines?|meds|pills|tablets|treatments?|insulin|chemo|prescriptions?|"
        r"antidepressants?|inhalers?|statins?|steroids?|epipen)|"
        r"remplacer?a? (?:votre|ton|mon|vos|tes|mes|les|le) (?:traitements?|medicaments?)" + wordclasses.NOT_MEDICAL + "|"
        r"(?:replaces?|replaced|replacing) (?:your|my|the|their|our|his|her) (?:[a-z\-]+ ){0,2}(?:medications?|meds|medicines?|treatments?|"
        r"prescriptions?|inhalers?|insulin|chemo|antidepressants?|pills|statins?|steroids?)|"
        r"no need to (?:bother|see|visit|call|go to|book) (?:the|your|a|my) (?:gp|doctor|doc|dr|physician)|"
        r"(?:plus|pas) besoin (?:d'aller chez|de voir|de consulter) (?:le|un|ton|votre|mon) (?:medecin|docteur|generaliste)|"
        r"pas besoin de (?:medicaments?|traitements?|medocs?)|"
        r"plus besoin de (?:medicaments?|traitements?|medecin)|plus besoin de (?:mon|ma|mes|ton|ta|tes|votre|vos|son|sa|ses) "
        r"(?:[a-z\-]+ )?(?:ventoline|insuline|inhalateurs?|traitements?|medicaments?|medocs?|pilules?|antidepresseurs?|anxiolytiques?|"
        r"somniferes?|statines|levothyrox|chimio)|no (?:more|need for) (?:meds|medications?|"
        r"medicines?|pills|doctors?)|instead of (?:your |my )?(?:medications?|meds|chemo|treatment)|"
        r"a la place (?:de|du|des) (?:votre |ton |mon )?(?:traitements?|medicaments?|chimio)|"
        r"gueri(?:t|r|ssez|ssent) (?:le |du |les |l'|la |de la |votre |ton |mon )?(?:cancer|diabete|depression|autisme|sclerose|arthrose|"
        r"hypertension|tension|asthme|eczema|psoriasis|migraines?|insomnie|anxiete|endometriose|alzheimer|parkinson|acne|arthrite)|"
        r"cures? (?:your |my |her |his |their )?(?:cancer|diabetes|depression|autism|arthritis|insomnia|anxiety|asthma|eczema|"
        r"psoriasis|migraines?|adhd|hypertension)|"
        # a product set against a treatment ("remplace vos somnifères", "better than antidepressants")
        r"(?:remplace|remplacent|remplacez) (?:vos |tes |mes |les |votre |ton |mon )?(?:somniferes|antidepresseurs|"
        r"anxiolytiques|anti-?inflammatoires|antidouleurs|medicaments|medocs|traitements?|insuline|chimio)" + wordclasses.NOT_MEDICAL + "|"
        r"mieux qu'(?:un|une|des|les) (?:antidepresseurs?|medicaments?|traitements?|somniferes?|anxiolytiques?)|"
        r"soigne(?:nt|z|r)? (?:l'|le |la |les |votre |ton |vos |tes )?(?:anxiete|depression|cancer|diabete|"
        r"hypertension|tension|insomnie|arthrose|migraines?|asthme|eczema|psoriasis|endometriose)|"
        r"(?:replaces?|better than|instead of) (?:your |my |the |any |an |a )?(?:antidepressants?|sleeping pills?|painkillers?|"
        r"anti-?inflammatories|inhalers?|insulin|blood[\s\-]pressure (?:meds|medication|pills)|statins)|"
        r"(?:treats?|heals?|reverses?) (?:your |my )?(?:anxiety|depression|cancer|diabetes|hypertension|insomnia|"
        r"arthritis|asthma|eczema|psoriasis)|"
        # a disease said cured, healed or prevented by a product (a cosmetic, a food or a supplement may not claim it:
        # règl. 1223/2009 art. 20, règl. 1924/2006 and 1169/2011 art. 7 §3; 21 U.S.C. 343(r)(6); CAP 15.6.2)
        r"(?:gueri|guerit|gueris|guerie|soigne|soigné|fait disparaitre|vient a bout|venu a bout|previent|previennent|"
        r"protege (?:contre|de la|du|des)|protegent (?:contre|de la|du|des)|bloque|bloquent|elimine|eliminent|traite|traitent|"
        # relieving a disease is treating it (règl. 1169/2011 art. 7 §3: no food may claim to treat or relieve one)
        r"soulage|soulagent|soulager) "
        r"(?:[a-z'\-]+ ){0,3}(?:l'|d')?" + _DISEASE_FR + r"|"
        r"(?:treats|treated) (?:my|your|her|his|their|our) (?:[a-z'\-]+ )?" + _DISEASE_EN + r"|"
        # stop 28: a disease's risk said reduced as a proven fact ("clinically proven to reduce the risk of your baby developing
        # allergies", « réduit le risque d'allergies »): a risk-reduction claim only an authorised wording may make, and then
        # qualified ("may reduce"): règl. (CE) 1924/2006 art. 14; 21 CFR 101.14; FTC Act §§ 5, 12 (FTC v. Nestlé, 2014)
        r"(?:proven|shown|guaranteed|clinically proven) to (?:reduce|lower|cut) (?:the |your |their )?risks? of (?:[a-z'\-]+ ){0,4}?"
        + _DISEASE_EN + r"|(?<!peut )(?<!pourrait )(?:reduit|diminue) (?:prouve |cliniquement )?(?:le|les) risques? (?:de |d')(?:[a-z'\-]+ ){0,3}?"
        + _DISEASE_FR + r"|"
        r"(?:cured?|cures|healed|heals|got rid of|cleared up|clears up|cleared|clears|reversed|prevents?|stops?|stopped|fights? off|fought off|"
        r"relieves?|relieved|relieving|eases|eased|easing|"
        r"wards? off|kills?|blocks?|protects? (?:you |me |us |them )?(?:against|from)|beat|beats) (?:[a-z'\-]+ ){0,3}" + _DISEASE_EN + r"|"
        r"(?:i'm|i am|im|now|got|get|came|come|getting|coming|all) off (?:my|all my|the|her|his|their) (?:meds|medications?|pills|"
        r"inhalers?|insulin|antidepressants?|prescriptions?)|"
        r"better than (?:any |my |the |your )?(?:pills|meds|medications?|medicines?|drugs|prescriptions?)|"
        r"mieux que (?:les |mes |tes |vos )?(?:medicaments|medocs|cachets|pilules)|"
        # a disease said gone (« mon psoriasis a disparu », "my eczema is gone"): the product is credited with a cure
        + _DISEASE_FR + r"(?: (?:du|de la|des|de l'|d'|au|aux|aux deux) ?[a-z]+)? (?:a |ont |est |sont )?(?:completement |totalement |enfin |vite |quasiment |presque )?"
        r"(?:disparue?s?|partie?s?|envolee?s?|guerie?s?)(?![a-z])|"
        + _DISEASE_EN + r"(?: [a-z]+){0,2} (?:is |are |has |have |was |were )?(?:completely |totally |finally |all |now )?"
        r"(?:pretty much |basically |practically |virtually |almost |nearly )?(?:gone|vanished|disappeared|cleared(?: up)?|cured|healed)(?![a-z])|"
        # stop 29: a drug class said done with (« plus d'anti-inflammatoires pour moi », « fini les somnifères », "no more
        # painkillers for me"): the product credited with ending a treatment (loi 2023-451 art. 4 I: therapeutic abstention;
        # CAP 12.2; FTC Act §§ 5, 12)
        r"(?<![a-z] )plus (?:de |d')" + _DROPPED_DRUGS_FR + "|"
        r"(?:fini|finis|finies|adieu|bye bye) (?:les |le |la |l'|aux |mes |mon |ma )?" + _DROPPED_DRUGS_FR + "|"
        # stop 29: a device or a product said to detect or diagnose a disease, or to stand in for the medical test
        # ("detects AFib and sleep apnea while you sleep", "I skipped the $3,000 sleep study"): a diagnostic claim only an
        # authorised medical device may make (FTC Act §§ 5, 12; FD&C Act § 201(h); règl. (UE) 2017/745; CAP 12.1)
        r"(?:detects?|detecting|diagnos(?:es?|ing)|screens? for|detecte(?:nt)?|diagnostique(?:nt)?|depiste(?:nt)?) "
        r"(?:[a-z'\-]+ ){0,3}?(?:" + _DISEASE_EN + "|" + _DISEASE_FR + r")|"
        r"(?:skipped|skip|skipping|instead of|no need for|replaces?|replaced|cancell?ed) (?:a |the |my |your |that |an |any )?"
        r"(?:[$£€] ?[\d,]+ |expensive |pricey )?(?:sleep stud(?:y|ies)|mammograms?|colonoscop(?:y|ies)|biops(?:y|ies)|blood tests?|"
        r"ecgs?|ekgs?|holter|cardiologist|medical tests?|screenings?)(?![a-z])|"
        r"(?:a la place (?:de la |d'une |du |de l')|au lieu (?:de la |d'une |du |de l')|plus besoin (?:de la |d'une |du |de l'))"
        r"(?:polysomnographie|mammographie|coloscopie|biopsie|prise de sang|electrocardiogramme|holter)|"
        # stop 29: the cure doctors are said to hide ("the fix doctors don't tell you about"): the quack's claim
        r"(?:doctors?|docs|big pharma|pharma) (?:don't|won't|do not|will not|never) (?:want you to know|tell you)|"
        r"(?:les medecins|medecins) (?:ne )?(?:vous )?(?:cachent|(?:veulent|disent) pas)|"
        r"(?:my|his|her|their|our) " + _DISEASE_EN + r" (?:is|are|has been|have been) (?:so much|much|way|a lot|loads) (?:better|calmer|milder)|"
        # a disease's marker brought back to normal ("my blood sugar is finally normal")
        r"(?:blood sugar|a1c|blood pressure|cholesterol|glycemie) (?:levels? )?(?:is |are |est |sont )?"
        r"(?:finally |enfin |now |back to |revenue? a la |redevenue? )?(?:normale?s?|normal)(?![a-z])|"
        # a disease kept away from the reader or the family (« m'empêche d'attraper la grippe », "keeps my kids from catching
        # colds"): prevention is a medicine's claim (règl. 1924/2006 art. 14 allows only authorised risk-reduction claims;
        # 21 U.S.C. 343(r)(6); CAP 15.6.2)
        r"(?:keeps?|kept|keeping|stops?|stopped|stopping|prevents?|prevented|protects?|protected) (?:[a-z'\-]+ ){0,3}from "
        r"(?:catching|getting|coming down with|picking up) (?:a |an |the |any )?" + _DISEASE_EN + r"|"
        r"(?:keeps?|kept|keeping) (?:the |my |your |those |any |all )?(?:" + _DISEASE_EN + r"|germs|bugs|sniffles|winter bugs) "
        r"(?:away|at bay)|(?:eloigne|eloignent|tient|tiennent|garde|gardent) (?:a distance |a l'ecart )?(?:les |le |la |l'|tous les )?"
        r"(?:" + _DISEASE_FR + r"|microbes)(?: (?:a distance|a l'ecart))?|"
        r"(?:not|never|no|zero) (?:one|a|a single|one single|even a|even one) (?:sniffle|cold|cough|bug|" + _DISEASE_EN + r")s? "
        r"(?:since|all (?:winter|year|season))|(?:pas|plus|jamais|aucun|aucune) (?:un seul |une seule |le moindre |la moindre |un |une )"
        r"(?:petit )?(?:" + _DISEASE_FR + r")s? depuis|"
        r"(?:empeche|empechent|evite|evitent|m'evite|nous evite) (?:[a-z'\-]+ ){0,3}(?:d'attraper|de (?:choper|tomber malade)|d'avoir) "
        r"(?:le |la |les |un |une |des |l')?" + _DISEASE_FR + r"|"
        # no illness since the product (« pas eu un seul rhume depuis », "haven't had a cold since"): prevention, said as a
        # record (same laws)
        r"(?:haven't|have not|hasn't|has not|never|not once|didn't|did not) (?:caught|had|got|gotten|catch|get|have) (?:a |the |one |any )?"
        r"(?:single )?(?:cold|" + _DISEASE_EN + r") (?:since|all (?:winter|year|season)|this (?:winter|year|season)|in (?:\d+|two|three|four|five|"
        r"several) (?:years|months|winters))|"
        # a vaccine set against the product ("better than the flu shot", « mieux que le vaccin »): abstention from prevention
        r"(?:better than|works better than|instead of|replaces?|skip|skipping|no need for|ditch) (?:the |a |your |my |any )?"
        r"(?:(?:flu|covid|covid-19) (?:shots?|jabs?|vaccines?)|vaccines?|vaccinations?)(?![a-z])|"
        r"(?:mieux que|a la place du|au lieu du|remplace|pas besoin du) (?:le |un |ton |votre )?vaccin(?![a-z])|"
        r"(?:pas|jamais|plus) (?:eu|attrape|chope) (?:un seul |une seule |de |d'|le |la |un |une )?" + _DISEASE_FR + r" depuis|"
        # weight lost by amount and time (règl. 1924/2006 art. 12 b); CAP 13.10; FTC "gut check")
        r"(?:perdre|perdu|perdez|perds|fondre|lose|lost|drop|dropped|shed|melt|melted|down|moins) (?:[a-z'\-]+ ){0,2}"
        r"(?:\d+(?:[.,]\d+)? ?|(?:half |a half |one and a half )?(?:a|one|two|three|four|five|un|une|deux|trois|quatre|cinq) )"
        r"(?:kg|kilos?|lbs?|pounds|livres|stones?|st)(?![a-z]) "
        r"(?:en|in) (?:\d+ |une |un |one |a |two |deux |trois |three )?(?:jours?|semaines?|mois|days?|weeks?|months?)|"
        # … or by clothes sizes and time ("drop a dress size in 7 days", « perdre une taille en 2 semaines »; CAP 13.10)
        r"(?:perdre|perdu|perdez|perds|lose|lost|drop|dropped|dropping|shed|go down|went down|gone down|descendre|descendu) "
        r"(?:a|one|two|three|\d+|une|deux|trois) (?:full )?(?:dress |jeans? |clothes |clothing |jean )?(?:sizes?|tailles?) "
        r"(?:en|in) (?:\d+ |une |un |one |a |two |deux |trois |three |just |only |seulement )?(?:jours?|semaines?|mois|days?|weeks?|months?)|"
        # a food or drink said to rid the body of toxins: no authorised health claim says it (règl. 1924/2006 art. 10; CAP
        # 15.1.1; FTC Act § 12, the detox-tea cases)
        r"(?:flush(?:es|ed|ing)?|clears?|draws?|eliminat(?:es?|ed|ing)|removes?|gets? rid of|detoxif(?:y|ies|ied)) (?:out )?(?:all )?"
        r"(?:the |your |my |those |body |harmful )*toxins|detox(?:es|ifies|ify|ified)? (?:your |the |my )?(?:liver|kidneys|blood|lymph|organs)|(?:elimine|eliminent|draine(?:nt|r)?|evacue(?:nt)?|chasse(?:nt)?|nettoie(?:nt)?) "
        r"(?:[a-z'\-]+ ){0,2}toxines|"
        # weight lost without diet or exercise (FTC "Gut Check" claims, false on their face; règl. 1924/2006 art. 12 b)
        r"(?:lose|lost|losing|drop|dropped|shed|melt|melted|down|perdre|perdu|maigri[rs]?|fondre|fondu) (?:[a-z0-9'\-]+[,.!]? ){0,6}"
        r"(?:without|no|sans|zero) (?:any )?(?:diet|dieting|exercise|exercising|gym|workouts?|regime|sport|effort|calorie counting|"
        r"counting calories|compter (?:les|ses|tes) calories)(?![a-z])|"
        # … or without ever counting (« sans compter une seule calorie », "never counted a single calorie")
        r"(?:never|didn't|did not|without|no need to|sans|jamais) (?:count|counted|counting|compter|compte) (?:a single |one |une seule |les |ses |tes )?calories?|"
        # fat said to be lost from one part of the body ("targets belly fat", « fait fondre la graisse du ventre »): spot
        # reduction, which no food and no device can claim (CAP 13.4 ; FTC "gut check" claims ; règl. 1924/2006 art. 12 b)
        r"(?:burns?|burning|melts?|melting|blasts?|blasting|targets?|targeting|zaps?|shifts?|torches?|goes straight for|attacks?|"
        r"cible|ciblent|brule|brulent|fait fondre|font fondre|elimine|eliminent) (?:[a-z'\-]+ ){0,2}?(?:(?:belly|tummy|stomach|"
        r"thigh|arm|hip|back|chin|face|lower[\s\-]belly)[\s\-]fat|love handles|muffin tops?|bingo wings|double chin|"
        r"graisse (?:du|des|de la) (?:ventre|cuisses|bras|hanches|culotte)|bourrelets|poignees d'amour|culotte de cheval)|"
        r"(?:plus|pas) besoin (?:de|d') ?(?:mes |ma |mon |ses |son |sa |tes |ton |ta |vos |votre |leur |leurs )?(?:corticoides|cortisone|"
        r"antihistaminiques|antibiotiques|ventoline|insuline|anti-?inflammatoires|antidouleurs|somniferes|anxiolytiques)|"
        # any verb of replacing or stopping, any drug class, French and English (see ``wordclasses``)
        + wordclasses.SET_AGAINST_TREATMENT),
    "wild_animals": (
        r"animaux (?:sauvages|exotiques)|exotic (?:pets?|animals?)|wild animals?|bebes? (?:singes?|tigres?|lions?)|"
        r"(?:baby|pet) (?:monkeys?|tigers?|lions?|sloths?|otters?)|(?:tiger|lion) cubs?|lionceaux?|fennecs?|"
        r"servals?|ouistitis?|capucins?|marmosets?|loutres? domestiques?|gris du gabon|perroquets? gris|cacatoes?|"
        r"(?:singes?|suricates?|fennecs?|renards? polaires?) (?:a adopter|a vendre|for sale|livres?)|"
        # exotic pets and the trade in them (reptiles, primates, big cats; species no household keeps by default)
        r"pogonas?|pythons? (?:royal|royaux|regius)|ball pythons?|bearded dragons?|iguanes?|iguanas?|cameleons?|chameleons?|"
        r"mygales?|tarantulas?|sugar gliders?|petauristes?|kinkajous?|slow loris|ratons? laveurs?|axolotls?|"
        r"(?:pet|pets|exotic) (?:snakes?|lizards?|reptiles?|primates?|monkeys?|foxes?|owls?|raccoons?)|nac (?:exotiques?|reptiles?)|"
        # contact with big cats and their cubs (Big Cat Public Safety Act 2022: no public contact)
        r"(?:tiger|lion|leopard|cheetah|jaguar|big[\s\-]cat) (?:cubs?|encounters?|petting|selfies?|experiences?)|"
        r"cub (?:encounters?|petting|cuddles?|cuddling|experiences?|selfies?|photos?|play ?dates?)|baby (?:tigers?|lions?|leopards?|cheetahs?)|"
        # wildlife products whose trade is banned (Ivory Act 2018; 50 CFR 17.40(e); arrêté du 16 août 2016)
        r"ivory (?:netsukes?|carvings?|figurines?|tusks?|pieces?|collection|jewell?ery|bangles?|keys|sculptures?|chess)|(?:objets?|sculptures?|bijoux|statuettes?|netsukes?|defenses?|pieces?) en ivoire|ivoire (?:ancien|veritable|sculpte)|rhino horns?|cornes? de rhinoceros|pangolin scales|ecailles de pangolin|shahtoosh|"
        # wild animals watched where they live: weak words (a safari and a species together)
        r"safaris?|game drives?|(?:gorilla|chimp|chimpanzee) (?:treks?|trekking|permits?)|treks? (?:des |aux )?(?:gorilles|chimpanzes)|"
        r"guepards?|cheetahs?|elephants?|girafes?|giraffes?|gorill(?:es|as?)|rhinoceros|rhinos?|zebres?|zebras?|hippopotames?|"
        r"hippos?|leopards?|lions?|lionnes?|lionesses?|tigres?|tigers?|ours polaires?|polar bears?|orques?|orcas?"),
    "alcohol": (
        r"alcool(?:s|ise)?|alcohol(?:ic)?|vins?|wines?|bieres?|beers?|ipa|ales?|pilsners?|hazy pale|abv|alc\.? ?vol|"
        # stop 30 (train21e): sparkling wine by its common name ("English fizz", "a magnum of fizz"), a mixed case
        r"english fizz|french fizz|italian fizz|pink fizz|festive fizz|christmas fizz|xmas fizz|welsh fizz|cornish fizz|"
        r"magnums? of (?:[a-z&'.]+ ){0,4}?(?:fizz|red|white|rose|bubbly|champagne|prosecco|cremant|cava)|mixed (?:wine )?cases?|"
        r"trinqu(?:er|ons|ez|e)|bulles|pre[\s\-]?drinks?|alcopops?|hard lemonades?|spiked (?:seltzers?|lemonades?|teas?)|vendanges?|vinification|oenolog[a-z]*|(?:blanc|rouge)s? (?:sec|secs|tannique|charpente)|"
        r"(?:une |petite |bonne )mousse (?:[a-z0-9&'\-]+ )?(?:bien fraiche|entre potes|entre amis|apres le (?:foot|match|boulot|taf))|g&ts?|g & ts?|gin (?:and|&) tonics?|pints?|aperos?|"
        r"(?:rose|rouge|blanc|cuvee)s? (?:du |de |d')?(?:chateau|domaine|clos|mas)|verres? (?:de |d')?(?:vin|rose|rouge|blanc|biere|champagne)|"
        r"whisk(?:e)?y|vodka|gin tonic|rhums?|"
        r"tequila|liqueurs?|spiritueux|champagnes?|prosecco|cidres?|ciders?|cremant|cuvees?|degustation de vins|"
        r"wine tasting|happy hour|brewery|brasserie artisanale|biere artisanale|craft beer|spritz|pastis|aperitifs?|"
        r"sangria|mojitos?|margaritas?|cognac|armagnac|calvados|rose (?:bien )?frais|vin (?:rouge|blanc|rose)|"
        r"beaujolais|chablis|sancerre|pinot noir|merlot|cabernet|chardonnay|sauvignon|syrah|muscadet|bourbon|"
        r"scotch|rum|gin|lagers?|stouts?|pale ale|distillerie|distillery|vignoble|vineyard|sommelier|"
        # grapes and wines by their own names; shots sold by the night (« shots à volonté »); weak: a brasserie (a
        # brewery or a café), a shot (a photo too), the wine region of Rioja
        r"malbec|shiraz|zinfandel|riesling|tempranillo|grenache|viognier|gewurztraminer|pinot (?:grigio|gris)|primitivo|rioja|"
        r"shots? (?:all night|till|until|a volonte|a gogo|of (?:tequila|vodka|sambuca|jager|rum|gin|whisky|whiskey))|"
        r"jager ?bombs?|tequila shots?|vodka shots?|shots?|brasseries?|"
        # weak: a seltzer (hard or plain water), drinking before an event ("pregame": a sports show too)
        r"seltzers?|pre[\s\-]?gam(?:e|es|ing)|"
        # weak: cans or bottles cracked open ("cracked these at her party", "cracked a cold one"; eggs and nuts are cracked too)
        r"(?:cracked|cracking|crack) (?:open )?(?:these|a few|some|a couple|a cold one|cold ones|one|a can|cans|a tinny|tinnies)(?![a-z])|"
        # weak: a dram (whisky's measure; an Armenian coin too)
        r"drams?|"
        # stop 29, weak: a month off drink named ("Dry January", « Dry January », « le Défi de janvier »: the drink is its
        # subject, whether kept or mocked), a glass by the night ("a glass a night"), a toast ("cheers to that", « santé ! »)
        # and a pack of cans ("a 4-pack"): each counts beside another word or sign of drink
        r"dry ?(?:january|janvier|july|jan)|sober (?:october|september)|defi de janvier|mois sans alcool|tournee minerale|"
        r"(?:a|one|another|un|une) (?:glass|verre) (?:a|per|every|each|par|chaque) (?:night|day|evening|soir|jour)|"
        r"cheers to (?:that|friday|the weekend|the week)(?![a-z])|(?:4-pack|4 pack|4pack|6-pack|6 pack|6pack|four-pack|four pack|six-pack)s?(?![a-z])|"
        # weak: a beer by its style after the brewer's or the seller's determiner (« notre nouvelle blanche », « leur ambrée »:
        # a colour or a person too), and the shops that sell drink (« chez les cavistes », "off-licence": they sell more)
        r"(?:notre|nos|leur|leurs|votre|vos|sa|ses|la|une) (?:nouvelle |nouvelles |derniere |fameuse |petite |premiere )?"
        r"(?:blanche|blonde|brune|ambree|rousse|triple|tripel|quadruple|neipa|pils|weizen)s?(?![a-z])|"
        r"cavistes?|caveau|bottle ?shops?|off[\s\-]licen[cs]es?|liquor stores?|"
        r"(?:nouveau|notre|votre|un bon|ce|du|mon) rose (?:de|du|des|bien|frais|d'ete|est|sec)|cotes? (?:de provence|du rhone)|"
        r"grands? crus?|millesimes?|vins? (?:naturels?|bio)|hard seltzers?|biere (?:blonde|brune|ambree|blanche)|"
        # the drinker's statements name the sector themselves; so does a bottle or glass of red
        r"drink responsibly|enjoy responsibly|drinkaware|a consommer avec moderation|abus d'alcool|"
        r"(?:bottles?|glass|glasses|bouteilles?|verres?) (?:of|de|d') ?(?:[a-z0-9&'\-]+ )?(?:red|white|rose|bubbly|fizz|rouge|blanc|"
        r"bulles|wine|beer|biere|whisky|whiskey|rum|rhum|vodka|cider|cidre|prosecco|port|porto)(?![a-z])"),
    "prescription_medicine": (
        r"ozempic|wegovy|mounjaro|saxenda|semaglutide|tirzepatide|antibiotiques?|antibiotics?|sur ordonnance|"
        # prescription-only drugs influencers are paid to talk about (stimulants, acne and hair-loss drugs)
        r"adderall|vyvanse|ritalin|modafinil|phentermine|finasteride|dutasteride|tretinoine?|isotretinoine?|accutane|spironolactone|"
        # what only a prescription drug's advertisement says: the drug named as one, its Prescribing Information and
        # Medication Guide, FDA's MedWatch line (21 CFR 202.1(e); FD&C Act § 502(n)), the prescriber's act
        r"prescription (?:medicines?|medications?|drugs?|creams?|treatments?)|prescribing information|medication guide|fda\.gov/medwatch|"
        r"(?:my|a|her|his|our|the) (?:[a-z\-]+ )?(?:doctor|derm|dermatologist|neurologist|psychiatrist|rheumatologist|gp|provider|physician|prescriber) "
        r"(?:[a-z\-]+ )?(?:prescribed|prescribes|prescrit|m'a prescrit)|"
        r"(?:ask|asked|asking) (?:your|my|a) (?:doctor|derm|dermatologist|provider|physician|gp) (?:for (?:it|them|a prescription|a script)|"
        r"to prescribe)|(?:got|get|getting) (?:my|a|your) (?:[a-z]+ )?(?:script|prescription) (?:in|from|online|via|after)|"
        r"prescription[\s\-]only|prescription drugs?|roaccutane|isotretinoin|viagra|cialis|"
        # controlled stimulants, sedatives and opioids by name (Schedule II–IV: prescription only everywhere)
        r"adderall|ritalin|vyvanse|concerta|modafinil|provigil|xanax|valium|oxycodone|oxycontin|percocet|"
        # the formula of a prescription drug's advertising: the doctor decides whether the reader may have it
        # stop 27: a named drug the reader is sent to the prescriber for, or said FDA-approved to treat a disease ("Ask your
        # dermatologist about Lumidra", "the FDA just approved X for adults with …"): a prescription drug's promotion
        r"ask (?:your|a) (?:doctor|dr|physician|dermatologist|derm|rheumatologist|neurologist|psychiatrist|cardiologist|"
        r"oncologist|endocrinologist|gastroenterologist|healthcare provider|health care provider|provider|prescriber) about "
        r"(?!it |this |that |them |your |my |the |a |an |any |whether |if |how |what |which |side |options |treatment)[a-z0-9][a-z0-9\-]+"
        r"(?= ?[.!?\x02]| ?$| today| now)|"
        r"fda (?:just |has |recently |officially )?(?:approved|approves|approval of) [a-z0-9][a-z0-9\-]+ (?:for|to treat|in) "
        r"(?:adults?|children|kids|patients|people|moderate|severe|the treatment)|"
        r"ask (?:your|a) (?:doctor|dr|physician|healthcare provider|health care provider|provider|prescriber) (?:if|whether|about) "
        r"(?:it'?s|it is|[a-z0-9\-]+ (?:is|may be|might be|could be)) right for you|"
        r"demandez (?:a|conseil a) votre medecin si [a-z0-9\-]+ (?:vous )?(?:convient|est fait pour vous)|"
        r"perte de poids (?:sur|par) injection|weight[\s\-]loss (?:jabs?|injections?)|"
        # a drug the text says is prescribed, or that the reader is told to ask the doctor for (« injections X prescrites en
        # 10 min », « demandez-les à votre médecin », "ask your doctor for them"): prescription only (C. santé publ. L5122-6)
        r"(?:injections?|piqures?|comprimes?|pilules?|gelules?|stylos?|traitements?|injections?|jabs?|pills?|tablets?) "
        r"(?:(?!your |my |his |her |their |our |the |any |votre |ton |mon |son |leur |vos |tes |mes |ses )[a-z0-9\-]+ ){0,2}?"
        r"(?:prescrite?s?|sur prescription|prescribed)(?![a-z])|"
        r"demandez[\s\-](?:les|le|la)[\s\-]a votre (?:medecin|docteur)|"
        # stop 29: a biologic by its class (« anticorps anti-CGRP », "monoclonal antibody"): prescription only, injected
        # (C. santé publ. L5122-6; HMR 2012 reg. 284; 21 CFR 202.1); the reader sent to the doctor to ask for it
        r"anticorps (?:monoclonaux?|anti-?[a-z0-9]{2,})|monoclonal antibod(?:y|ies)|anti-?cgrp|"
        r"(?:parlez|parlez-en|parlez en|voyez|consultez) [^.!?\n]{0,30}(?:medecin|docteur|neurologue|dermatologue|specialiste)"
        r"[^.!?\n]{0,10}(?:et|puis|,) (?:demandez|reclamez)[\s\-](?:le|la|les)(?![a-z])|"
        r"ask your (?:doctor|gp|dr|physician) for (?:it|them)(?![a-z])|"
        # the GLP-1 weight-loss injection by its nickname (« la piqûre pour maigrir », « séma », "skinny jab")
        r"(?:piqures?|injections?|stylos?) (?:pour|pour te|pour vous|qui fait) maigrir|(?:la|de la|sous|ma|ta|sa|du) sema(?![a-z])|sema\)|skinny jabs?|fat[\s\-]loss jabs?"),
    "medicine": (
        # stop 27: a medicine's form beside the pain, the fever or the allergy it treats, in either order, or dosed by the
        # tablet with a strength (« contre les migraines : deux comprimés au premier signe », « 2 comprimés d'X 400 »,
        # "hay fever tablets", "allergy tablets"): a medicine by presentation (C. santé publ. L5111-1; HMR 2012
        # reg. 2; 21 U.S.C. 321(g)(1)) — a capsule of a food supplement is not read (no « gélules » here)
        r"(?:contre|pour) (?:les |la |le |l'|mes |vos |tes |ses )?(?:[a-z'\-]+ (?:et|ou) (?:les |la |le |l')?)?(?:migraines?|maux de tete|"
        r"mal de tete|douleurs?|regles douloureuses|fievre|courbatures|maux de dos|mal de dos|allergies?|rhume des foins)"
        r"(?![a-z])[^.!?\n]{0,60}?(?:comprimes?|cachets?|pastilles?|sachets?)(?![a-z])|"
        r"(?:comprimes?|cachets?) (?:d'|de )?[a-z][a-z\-]+ \d{2,4}(?: ?mg)?(?![0-9])|"
        r"(?:deux|trois|quatre|un) (?:comprimes?|cachets?)(?![a-z])[^.!?\n]{0,40}?(?:et c'est reparti|au premier signe|"
        r"des les premiers|et hop|toutes les \d+ ?h(?:eures)?|par jour|matin et soir)|"
        r"(?:hay[\s\-]?fever|allergy|allergies|pain ?relief|period pain|migraine|headache|cold (?:and|&) flu|flu|sinus) "
        r"(?:relief )?(?:tablets|caplets|pills|capsules|liquid ?caps|meds)(?![a-z])|"
        # stop 28: "medicine" the discipline (a hospital's "Sports Medicine" department, a "Doctor of Medicine", "family
        # medicine"): a field of care, no medicinal product presented (C. santé publ. L5111-1; HMR 2012 reg. 2; 21 U.S.C. 321(g))
        r"medicaments?|medications?|" + _DISCIPLINE + r"medicines?(?! (?:department|clinic|centre|center|practice|physicians?|"
        r"doctors?|residency|rotation|specialists?|team|service|unit|program(?:me)?|fellowship|consultants?)(?![a-z]))|"
        r"doliprane|paracetamol|ibuprofen(?:e)?|antidouleurs?|painkillers?|"
        # stop 28, weak: a medicine named by its active substance (« gel Flexigel (diclofénac 1 %) … pharmacie en ligne »): the
        # non-proprietary names of the medicines sold without prescription (C. santé publ. L5111-1 and L5121-1; HMR 2012
        # reg. 2; 21 U.S.C. 321(g)(1))
        + _OTC_INN + "|"
        r"sirops? (?:[a-z]+ )?(?:contre|pour) la toux|cough (?:syrups?|medicines?|mixtures?)|antitussifs?|"
        # stop 25: a syrup named after the cough it treats (« sirop Toux Sèche », "Dry Cough syrup"): a medicine by
        # presentation (C. santé publ. L5111-1; HMR 2012 reg. 2; 21 U.S.C. 321(g)(1))
        r"sirops? (?:[a-z]+ )?(?:toux|anti-?toux|gorge|rhume)(?![a-z])|(?:dry|chesty|tickly) cough (?:[a-z]+ )?syrups?|cough (?:[a-z]+ )?syrups?|"
        # weak: where medicines are sold (« pharmacie en ligne », « parapharmacie ») and the symptom a medicine treats (« migraine
        # ? »): read only beside one another
        r"(?:pharmacie|parapharmacie|online pharmacy|pharmacy)(?![a-z])|migraines?(?![\s\-]free)|maux de tete|mal de tete|headaches?(?![\s\-]free)|"
        # nicotine replacement: a licensed medicine, not a nicotine product (TRPR 2016 reg. 2: e-cigarettes exclude
        # medicinal products; C. santé publ. L5121-1)
        r"nicotine replacement(?: therapy)?|nrt|substituts? nicotiniques?|traitements? nicotiniques? de substitution|"
        r"patchs? (?:nicotiniques?|anti-?tabac)|nicotine patch(?:es)?|gommes? nicotiniques?|nicorette|niquitin|"
        # the other licensed forms by name (gum, lozenge, inhalator, mouth spray) and a stop-smoking aid by its use
        r"nicotine (?:gums?|lozenges?|inhalators?|mouth ?sprays?|mini ?lozenges?)|(?:stop|quit)[\s\-]smoking (?:patch(?:es)?|gums?|aids?|lozenges?)|"
        # helping smokers stop is a medicinal claim (HMR 2012 reg. 2; C. santé publ. L5111-1), whatever the product
        r"(?:helped|helps?|helping) (?:me|you|people|smokers) (?:to )?(?:quit|stop) smoking|"
        r"sans ordonnance|over[\s\-]the[\s\-]counter|"
        # a product presented as relieving a symptom of illness is a medicine by presentation (C. santé publ. L5111-1; HMR
        # 2012 reg. 2; 21 U.S.C. 321(g)(1)): a blocked nose cleared, a cough or a sore throat soothed, a fever brought down
        r"sprays? (?:nasal|nasaux|pour le nez)|nasal sprays?|decongestionnants?|decongestants?|"
        r"nez (?:debouche|degage|libere)s?|(?:debouche|debouchent|degage|degagent|libere|liberent|deboucher|degager) (?:le|ton|votre|mon|son|les) "
        r"(?:nez|sinus|voies respiratoires)|(?:unblocks?|unblocked|clears?|cleared|decongests?) (?:your |my |a |the )?(?:blocked |stuffy |runny )?"
        r"(?:nose|sinuses)|(?:soulage|soulagent|calme|calment|apaise|apaisent|fait (?:baisser|tomber)|fait passer) (?:[a-z'\-]+ ){0,2}?"
        r"(?:toux|mal de gorge|maux de gorge|mal de tete|maux de tete|fievre|nez bouche|brulures d'estomac)|"
        r"(?:relieves?|relieved|soothes?|soothed|eases?|eased|calms?|stops?|brings? down|knocks? out) (?:[a-z'\-]+ ){0,2}?"
        r"(?:coughs?|sore throats?|headaches?|fever|blocked nose|stuffy nose|heartburn|hay fever symptoms)|"
        # a medicine's form set against a symptom (« comprimés contre le mal de tête », "lozenges for sore throats")
        r"(?:comprimes?|gelules?|pastilles?|sirops?|sprays?|gouttes|cachets?) (?:[a-z0-9'\-]+ ){0,2}?(?:contre|pour) (?:le |la |les |l'|vos |tes |mes )?"
        r"(?:mal de tete|maux de tete|toux|mal de gorge|maux de gorge|fievre|nez bouche|rhumes?|migraines?|brulures d'estomac)(?![a-z])|"
        r"(?:tablets|capsules|lozenges|syrup|spray|drops|caplets|gel caps) (?:[a-z0-9'\-]+ ){0,2}?for (?:your |my |a |the )?"
        r"(?:headaches?|coughs?|sore throats?|colds?|fever|hay fever|migraines?|heartburn|blocked nose|stuffy nose)(?![a-z])"),
    "financial": (
        # a crowdfunding that is an investment (equity, property, lending: règl. (UE) 2020/1503), not a launch's backers
        # (« merci à ceux qui nous suivent depuis le crowdfunding », a Kickstarter: rewards, no financial product)
        r"assurances?[\s\-]vie|scpi|crowdfunding (?:immobilier|immo|en capital|equity|invest[a-z]*|platforms?|plateformes?)|"
        r"(?:invest[a-z]*|placer|place|placed) (?:[a-z0-9€$£,.]+ ){0,3}(?:en|dans le|dans du|via|in|through|via le) (?:equity |real estate |property )?crowdfunding|crowdlending|crowdequity|financement participatif|"
        r"(?:pret|prets|plateforme|plateformes) (?:de |en )?financement participatif|pea|per (?:individuel|retraite)|livrets? (?:a|d'epargne)|"
        r"day ?trading|stock picks|"
        # stop 28: a listed share by its market and ticker ("(OTC: CPLR)", "NASDAQ: ZNTL", "Ticker: CPLR"): a security
        # offered (Securities Act § 17(b); FINRA 2210; FSMA s. 21; C. monét. fin. L341-1)
        r"(?:otc|otcqb|otcqx|otc markets|nasdaq|nyse|nyse american|tsx|tsxv|tsx-v|asx): ?\$?[a-z]{1,5}(?![a-z])|"
        r"ticker(?: symbol)?:? \$?[a-z]{2,5}(?![a-z])|"
        # stop 26: a share by its market-capitalisation class or its price band ("my top small-cap pick", "penny stocks"):
        # a security offered to the reader (Securities Act § 17(b); FINRA 2210; FSMA s. 21)
        # (a firm's "mid-cap clients" are its customers' size: only the share, the pick or the call counts)
        r"(?:small|micro|nano|mid)[\s\-]?caps?(?= (?:stocks?|picks?|shares|names|plays?|gems?|runners?|to watch)(?![a-z])|[.!?]| ?$)|"
        r"penny stocks?|"
        # a bond sold to the public by its issuer's trade ("property bonds", "mini-bonds"; a bank's fixed-rate bond is a
        # deposit) and a fixed return offered on it ("10% fixed returns"): a non-mainstream investment (COBS 4.14; FSMA s. 21)
        r"(?:property|mini|corporate|high[\s\-]yield|retail|development|loan[\s\-]note)[\s\-]?bonds?(?![a-z])|"
        r"fixed (?:annual )?returns?(?![a-z])|"
        # stop 25: a brokerage account and a property or private fund by their names ("my Greenstone brokerage account",
        # "their multifamily real estate fund", « un fonds immobilier »): an investment offered (an index fund alone is
        # the ordinary saver's word, read with its provider's other words) (FSMA s. 21; FINRA 2210; C. monét.
        # fin. L341-1)
        r"brokerage (?:accounts?|apps?|platforms?)|(?:real estate|property|multifamily|hedge|private equity) funds?(?![a-z])|"
        r"fonds (?:immobiliers?|de private equity)(?![a-z])|"
        # shares picked or bought for the reader ("their AI picks stocks", "buy fractional shares"): an investment offered
        r"(?:picks?|picking|buy|buys|buying) (?:winning |fractional |the best |the right )?(?:stocks|shares|equities)(?![a-z])|trading (?:course|formation)|formation (?:en |au )?trading|"
        r"rendements? (?:de|garanti|annuel)|investi(?:r|ssez) (?:dans|en)|invest(?:ing)? in (?:stocks|etfs?|gold)|"
        r"etfs?|placements? financiers?|credits? (?:immo|immobiliers?)|prets? immo|"
        r"(?:robot|bot|signaux|algo) de trading|trading (?:bots?|robots?|signals?|algos?)|"
        r"(?:ai|automated|algorithmic|algo) trading|"
        # UK tax wrappers and a firm's named portfolio (FSMA s.21: an invitation to invest)
        # (a cash ISA is a deposit account: a bank's savings product, no investment, BCOBS and FPO art. 22, not s. 21)
        r"(?:stocks? (?:and|&) shares|lifetime|junior|innovative finance) isas?|isa (?:picks|portfolios?|allowance|funds?)|"
        r"(?:growth|income|balanced|cautious|adventurous|managed|model) portfolios?|"
        # stop 29: an automated investment adviser ("AutoVest's robo-advisor") and a French retirement savings plan by its
        # acronym (« avec un PER »): an investment offered (Advisers Act; FINRA 2210; C. monét. fin. L224-1 and L341-1)
        r"robo[\s\-]?advis[eo]rs?|(?:un|le|ton|votre|mon|son|ouvre ton|ouvrez votre) per(?![a-z])"),
    # food supplements by their name, their ingested forms and their typical ingredients (directive 2002/46/CE art. 2;
    # 21 U.S.C. 321(ff)); a form alone (capsules, drops, a shot, a powder) or a nutrient alone is weak: coffee comes in
    # capsules, a vitamin C serum is a cosmetic, a shot is a drink or a photo
    "supplement": (
        r"complements? alimentaires?|food supplements?|dietary supplements?|supplements|nutraceutiques?|nutraceuticals?|"
        r"multi[\s\-]?vitamin(?:e)?s?|gelules?|gummies|gommes? (?:a la |aux |au |de |d')?(?:vitamines?|echinacee|melatonine|collagene|"
        r"magnesium|sureau|zinc|probiotiques|biotine|omega)|probiotiques?|probiotics?|prebiotiques?|prebiotics?|"
        r"collagen(?:e)?(?! (?:cream|creme|serum|mask|masque|lotion|moisturi[sz]er|eye|face|sheet|boosting|banking|induction))|"
        r"melatonin(?:e)?|echinac(?:ee|ea)|omega[\s\-]?3s?|spiruline|spirulina|ashwagandha|propolis|elderberry|sureau|"
        r"red yeast rice|levure de riz rouge|plant sterols?|phytosterols?|sterols vegetaux|(?:test|testosterone) boosters?|"
        r"(?:ginger|gingembre|immunity|immune|wellness|turmeric|curcuma|vitamin|vitamine|wheatgrass|zinc) shots?|"
        r"(?:greens?|superfood|super[\s\-]?greens|protein|whey) powders?|poudres? (?:de |d')?(?:proteines?|superaliments|collagene)|"
        r"(?:boost|booste|boostent|boosts|renforce|renforcent|stimule|stimulent) (?:(?:your|ton|ta|tes|vos|votre|the|le|les|my|mes|"
        r"leur|leurs|his|her|their|our) (?:[a-z]+(?:'s|s') )?|l')(?:immunity|immune system|immunite|defenses|systeme immunitaire)|"
        r"magnesium (?:marin|glycinate|bisglycinate|citrate|b6)|vitamines? (?:d3?|b12|b6|k2)(?![a-z0-9])|"
        r"vitamin (?:d3?|b12|b6|k2)(?![a-z0-9])|biotine?|"
        # weak: a form or a nutrient alone
        r"capsules|comprimes|tablets|powders?|poudres?|shots?|drops|gouttes|sachets?|cures?|nutriments|nutrients|scoops?|"
        r"vitamines|vitamins|zinc|magnesium|curcuma|turmeric"),
    # consumer credit read from its offer: a loan, a credit line, a payday advance, buy now pay later, credit repair
    # (C. consom. L312-1 et s.; CCA 1974 and FCA CONC; TILA and Reg Z, CROA). A mortgage is a financial product's row
    "consumer_credit": (
        r"credits? (?:conso|a la consommation|renouvelables?|rapides?|express|affectes?|auto|travaux|revolving)|"
        r"prets? (?:perso|personnels?|rapides?|express|flash|auto|travaux|a la consommation|conso)|(?:rachat|regroupement) de (?:credits?|prets?|dettes?)|location avec option d'achat|loa(?![a-z])|mini[\s\-]?credits?|mini[\s\-]?prets?|mensualites (?:de|a) \d(?:[\d ,.]*\d)? ?(?:€|euros?)|"
        r"(?:instant|quick|fast|same[\s\-]day|easy|cash|personal|payday|short[\s\-]term|car|auto|home improvement|debt consolidation|"
        r"installment|instalment|guarantor|bad credit|title) loans?|loans? (?:approved|approval|decision|up to|of up to|from [$£€])|"
        # the author's own loan approved ("approved my loan in 4 minutes"); a deposit of nothing, a monthly payment from a
        # figure ("$0 down", "payments as low as $199/mo"): financing offered (weak: they count beside another credit word)
        r"approved (?:my|your|his|her|our|their) (?:[a-z]+ )?(?:loan|credit|finance) ?(?:application)?|"
        r"(?:\$0|£0|€0|zero|nothing|no money) down(?![a-z])|payments? (?:as low as|from|starting at) [$£€] ?\d[\d,.]*|"
        r"borrow(?:ed|ing)? (?:up to )?[$£€] ?\d[\d,.]*|loa|location avec option d'achat|"
        # stop 28: interest said absent for a term ("ZERO interest for over a year", "0% on it for 20 months"): a card's
        # or a loan's promotional rate (12 CFR 1026.16(g); CONC 3.5.5R)
        r"(?:zero|no) interest (?:for|until|till|on)|cash advances?|paycheck advances?|approved (?:me |us |you )?in (?:minutes|seconds|\d+ ?(?:minutes|mins|seconds|hours))|"
        r"(?:pay|paying) (?:it |us )?back (?:when|on|after) (?:you|your) (?:get paid|payday|next pay)|"
        # money short of payday lent in minutes ("skint before payday? X sorted me £300 in 10 mins", « à sec avant la fin
        # du mois ? X m'a avancé 300 € en 10 min »): high-cost short-term credit in its borrower's words (CONC 3.4.1R;
        # C. consom. L312-6 and L312-8 for the French credit ad)
        r"(?:skint|broke|short|strapped|cash[\s\-]strapped|struggling|a sec|fauche|fauchee|dans le rouge) (?:before|until|till|til|avant|jusqu'a) "
        r"(?:payday|pay day|the end of the month|month end|la fin du mois|la paie|le salaire|la paye)|"
        r"(?:sorted|lent|loaned|advanced|fronted|m'a avance|m'a prete|m'ont avance|m'ont prete) (?:me )?[$£€]? ?\d[\d,.]* ?(?:€|euros?)? "
        r"(?:in|within|en) (?:\d+|ten|five|two) ?(?:mins?|minutes|hours?|heures?|h)(?![a-z])|"
        r"buy now,? pay later|bnpl|pay in (?:3|4|three|four|30 days)|split (?:it|the cost|your purchase)s? (?:in|into) (?:3|4|three|four)|"
        # stop 30: buy now pay later in its user's words ("split your shop into 3", "not even think about paying till the new
        # year"): credit offered (CONC 3.3.1R; CAP 1.3 and the ASA's BNPL rulings)
        r"split (?:your|my|the) (?:shop|order|basket|purchases?|payments?|bill)s? (?:in|into) (?:3|4|three|four)|"
        r"paying (?:nothing )?(?:till|until|til) (?:the new year|january|february|next month|next year|payday)|"
        r"paiement en (?:3|4|trois|quatre) fois|payer en (?:3|4|trois|quatre) fois|"
        # stop 30: a price paid in more than four instalments, or in instalments with fees (« payable en 10 fois avec frais »,
        # « tout régler en 10 fois »), and a revolving « réserve d'argent »: consumer credit (C. consom. L312-1, L312-4 4°:
        # only three months without fees is left out)
        r"payables? (?:tout |le tout )?en (?:[5-9]|[1-9]\d|cinq|six|dix|douze|vingt) fois|"
        r"payer (?:tout |le tout )?en (?:[5-9]|[1-9]\d|cinq|six|dix|douze|vingt) fois|"
        r"regler (?:tout |le tout |vos achats |vos cadeaux )?en (?:[5-9]|[1-9]\d|cinq|six|dix|douze|vingt) fois|"
        r"paiement en (?:[5-9]|[1-9]\d|cinq|six|dix|douze|vingt) fois|reserves? d'argent|credit repair|(?:fix|repair|boost) (?:your|my) credit (?:score|report)|"
        r"credit (?:report|score) (?:repair|fix|boost|cleanup)|(?:no|without (?:a |any )?|soft) credit checks?|bad credit|poor credit|"
        r"ccjs?|negative (?:items|marks|entries)|credit (?:report|score|file|history|rating)s?|"
        # a credit card by its introductory rate (an interest-rate incentive: CONC 3.5.5R; 12 CFR 1026.16): a card's 0 % "on
        # purchases" or "on balance transfers", a balance-transfer card, interest-free credit
        r"on (?:purchases|balance transfers?|money transfers?|card spending) (?:for (?:up to )?\d+ ?(?:months|mths)|until|till)|"
        r"balance[\s\-]transfers?|interest[\s\-]free (?:credit|finance)|"
        # stop 25: a loan by its amount (« prêt de 3 000 € en 24 h », "a loan of £2,000") and a rate held for a term ("0% for 12
        # months", « 0 % pendant 10 mois »): credit offered (C. consom. L312-5 and L312-6; CONC 3.5; 12 CFR 1026.24)
        r"prets? (?:de |jusqu'a )\d[\d\s.,]*(?:k ?)?(?:€|euros?)|loans? of (?:up to )?[$£€] ?\d[\d,.]*|"
        # (the rate held for a term begins with its figure: ``_CREDIT_RATE``, read by ``from_hits``)
        r"zero ?% (?:finance|apr|interest)|"
        # stop 26: a home loan offered with its figures ("mortgages with rates as low as 5.99%", "just 3% down"): closed-end
        # credit whose rate and down payment are the trigger terms of Reg Z (12 CFR 1026.24(c) and (d); MCOB 3A.5 in the UK)
        r"(?:mortgages?|home loans?|refinanc(?:e|ing)) (?:with )?(?:rates? )?(?:as low as|from|starting at|at|of) (?:just |only )?\d[\d.,]*|"
        r"(?:just|only|as little as|with|put) \d+(?:[.,]\d+)? ?% down(?: payments?)?(?![a-z])|"
        r"down payments? (?:of |as low as |from )(?:just |only )?(?:\d+(?:[.,]\d+)? ?%|[$£€] ?\d[\d.,]*)|"
        # stop 29 (weak: together, or beside another credit word): a sum needed by a date ("Need $5,000 by Friday?"), a rate
        # "as low as" ("Rates as low as 5.49%"), the loan officer or broker who arranges it: a loan offered in its borrower's
        # or its seller's words (12 CFR 1026.24; CONC 3.5; C. consom. L312-6)
        r"need (?:an? )?(?:extra |quick |fast )?[$£€] ?\d[\d,.]*k? (?:by|before|until|today|tonight|fast|now|asap|quick(?:ly)?)|"
        r"(?:rates?|aprs?) (?:as low as|starting at|from) \d+(?:[.,]\d+)? ?%|loan officers?|"
        # stop 30: a lender's rate offered on a home ("our partner lender is offering 4.1% fixed for 5 years"): a mortgage
        # promotion with its rate, owing the representative example (MCOB 3A.5.5R; 12 CFR 1026.24(c)-(d))
        r"lenders? (?:is |are )?(?:offering|offers) (?:a |rates? (?:of |from )?)?\d+(?:[.,]\d+)? ?%|mortgage (?:brokers?|advis[eo]rs?|lenders?)|"
        # … and a purchase put off to a payday weeks away, its bill left to "future me" (buy now, pay later in its user's words)
        r"payday'?s? (?:is )?(?:\d+|one|two|three|four|a|an) (?:weeks?|days?) away|future (?:me|you|self)'?s? (?:problem|issue)"),
    "cpf_training": (
        r"cpf|compte personnel (?:de )?formation|(?:tes|vos|ses|mes) droits (?:a la )?formation|mon ?compte ?formation|(?:ton|votre|mon|son|le) compte (?:de )?formation|financables? (?:par|avec|via) (?:le |ton |votre )?cpf|"
        r"eligibles? (?:au )?cpf"),
}
#: wild animals watched where they live: a safari or a trek beside a species (weak words)
_WILD_VIEWING = re.compile(r"^(?:safaris?|game drives?|(?:gorilla|chimp|chimpanzee) .*|treks? .*)$")
_WILD_WEAK = re.compile(r"^(?:safaris?|game drives?|(?:gorilla|chimp|chimpanzee) (?:treks?|trekking|permits?)|treks? .*|guepards?|"
                        r"cheetahs?|elephants?|girafes?|giraffes?|gorill(?:es|as?)|rhinoceros|rhinos?|zebres?|zebras?|hippopotames?|"
                        r"hippos?|leopards?|lions?|lionnes?|lionesses?|tigres?|tigers?|ours polaires?|polar bears?|orques?|orcas?)$")
# "mise" and "pari" are also ordinary words; "combine(s)" and "slot(s)" too: only count them beside another
# gambling word (see detect())
_WEAK = {"gambling": re.compile(r"^(?:combines?|slots?|poker|bingo|accas?|mise(?:z)? \d+|bet on|parie(?:z|r)? .*|tente[rz]? .*|interdit aux .*|"
                         r"winnings|boosts|punters?|flutters?|each[\s\-]way|parieurs?|turfistes?|" + wordclasses.BET_TALK + "|"
                         r"sur (?:vos|tes|les|ses|nos) gains|gains? boostes?|bonus (?:de|sur) (?:vos |tes |les )?gains|"
                         r"paris offerts|pronostiqu.*|(?:win|won|winning) .*|"
                         r"(?:deposit|depose|deposez) .*|(?:premier|1er) depots?|(?:first|1st) deposits?|deposit (?:bonus|match).*|to play with|18 ?\+|21 ?\+|"
                         r"spin .*|"
                         # the warning and the helpline alone are a prevention message (« Semaine du jeu responsable »):
                         # no operator, no offer (décret n° 2010-624 art. 1 asks them *beside* a promotion)
                         r"(?:begamble|gamble)aware|when the fun stops|1-800-gambler|gamstop|joueurs-info-service|"
                         r"jouer comporte des risques|09 74 75 13 13|09-74-75-13-13|interdit aux (?:moins de 18 ans|mineurs))$"),
         "financial": re.compile(r"^(?:pea|etfs?|investi(?:r|ssez) (?:dans|en)|rendements? .*)$"),
         "financial_cfd": re.compile("^" + _FX_PAIR + "$"),
         # « paiement en 3 fois » at a shop's till is no credit the rules reach (C. consom. L312-4 4°: three months, no
         # interest); an approval in minutes may be a visa's: they count beside another credit word
         "consumer_credit": re.compile(r"^(?:(?:paiement|payer) en .*|approved (?:me |us |you )?in .*|(?:\$0|£0|€0|zero|nothing|no money) down|"
                                       r"payments? (?:as low as|from|starting at) .*|[$£€] ?\d.* for \d+ ?months|"
                                       # short of money before payday is a budgeting app's word too; lent in minutes, a
                                       # friend's: together, or beside another credit word, they are a payday loan
                                       r"(?:skint|broke|short|strapped|cash[\s\-]strapped|struggling|a sec|fauchee?|dans le rouge) .*|"
                                       r"(?:sorted|lent|loaned|advanced|fronted|m'a|m'ont) .*|"
                                       r"need .*|(?:rates?|aprs?) (?:as low as|starting at|from) .*|loan officers?|mortgage .*|"
                                       r"payday.*|future .*)$"),
         # stop 28: an active substance named (« diclofénac », "loratadine") counts beside where it is sold or what it treats: a
         # pharmacist's advice or an OTC label's contents name them too, and the UK and US rows read the indication instead
         "medicine": re.compile(r"^(?:pharmacie|parapharmacie|online pharmacy|pharmacy|migraines?|maux de tete|mal de tete|headaches?|"
                                + _OTC_INN + ")$"),
         "cosmetic_surgery": re.compile(r"^fillers?$"), "crypto": re.compile(r"^(?:solana|eth|ico|apy|defi|staking|airdrops?|going .*|"
                                                                              r"(?:va|vont|will|gonna|could|pourrait) .*|.*kyc.*|loaded up on|to the moon|tokens?|jetons?|early investors?|get in .*|(?:a fait|made|did|went) .*|portefeuilles?|"
                                                                              r"(?:" + wordclasses.BUY_NOW + "|" + wordclasses.CRYPTO_TALK + "|" + wordclasses.ONLY_UP + "))$"),
         "alcohol": re.compile(r"^(?:ipa|champagnes?|happy hour|pints?|aperos?|trinqu.*|bulles|shots?|brasseries?|rioja|seltzers?|drams?|"
                               r"pre[\s\-]?gam(?:e|es|ing)|(?:notre|nos|leur|leurs|votre|vos|sa|ses|la|une) .*|cavistes?|caveau|crack.*|"
                               r"bottle ?shops?|off[\s\-]licen[cs]es?|liquor stores?|dry ?(?:january|janvier|july|jan)|sober .*|"
                               r"defi de janvier|mois sans alcool|tournee minerale|(?:a|one|another|un|une) (?:glass|verre) .*|cheers.*|"
                               r"(?:4|6|four|six)[\s\-]?packs?)$"), "tobacco": re.compile(r"^cigarettes?$"),
         # (a single "pouch" is weak as "pouches" is: a running pouch, a tobacco-free phone pouch; the weak list read
         # "pouches?", which is "pouche"/"pouches", and a lone "Stride Pouch" was read as a nicotine pouch)
         "nicotine": re.compile(r"^(?:puffs?|pods?|pouch(?:es)?|disposables?|nic|no spit(?:ting)?|spit[\s\-]?free|sans crachat|"
                                + wordclasses.VAPE_CANDY_ICE + "|" + wordclasses.VAPE_FRUIT_ICE + "|"
                                r"(?:zero|sans|pas de|aucune) fumee|smoke[\s\-]?free|(?:mes|tes|ces|nos|vos|leurs|ses) sachets .*|"
                                r"(?:les|nos|vos|tes|ces|leurs|ses|nouveaux) sachets|"
                                + wordclasses.VAPE_TALK + "|" + wordclasses.VAPE_HIT + ")$"),
         # « pronostic » (« prono ») is also a forecast of anything (a market, a year, the Six Nations among friends):
         # it counts beside sport-betting words
         "betting_tips": re.compile(r"^(?:pronostics?|pronos?)$"), "wild_animals": _WILD_WEAK,
         "supplement": re.compile(r"^(?:capsules|comprimes|tablets|powders?|poudres?|shots?|drops|gouttes|sachets?|cures?|"
                                  r"nutriments|nutrients|scoops?|vitamines|vitamins|zinc|magnesium|curcuma|turmeric)$")}
#: a brand whose name says it sells supplements ("Kinfolk Vitamins", "SleepWell Botanics", "Océlia Nutrition"): the brand the
#: context names tells what its post promotes (the context only adds sectors)
_SUPPLEMENT_BRAND = re.compile(r"(?<![a-z0-9])(?:vitamins?|vits|supplements?|nutrition|botanics|herbals?|nutraceuticals?)(?![a-z0-9])")
# "defi" (decentralised finance) is also French « défi » once accents are folded (« mon défi gainage »): a weak crypto word
#: nicotine replacement therapy, by name (see ``DETECT["medicine"]``)
_NRT = re.compile(r"#?(?:nicotine replacement|nrt|substitut|traitement|patch|nicotine patch|nicotine (?:gum|lozenge|inhalator|mouth|mini)|(?:stop|quit)[\s\-]smoking|gomme|nicorette|niquitin)")
#: what only an operator offers: a place to bet (a casino, a sportsbook, a bookmaker by name), money to deposit,
#: a bonus or free bets; beside tips, it makes the post an operator's promotion too
_OPERATOR = re.compile(r"casino|sportsbook|bookmaker|bookie|bet365|draftkings|fanduel|betmgm|caesars|paddy|william hill|ladbrokes|"
                       r"sky bet|betfair|winamax|betclic|unibet|zebet|pmu|parions|bwin|pokerstars|deposit|depo|bonus|free ?bet|"
                       r"freebet|gratuit|offert|free spins|spin|slot|roulette|blackjack|poker|bingo|loto|lotter|loteri|jackpot|"
                       r"scratch|gratter|boost|sign up|register|(?<![a-z])app(?![a-z])|account|rembourse|machines? a sous|"
                       r"bet (?:is|has|gives|offers|makes)|bet[\s\-]?builder|same[\s\-]game|price boost|enhanced odds|acca of the")
#: tips said not sold (« sans pronostic payant », "no paid tips"): a licensed operator's lawful post says so (loi 2023-451 art. 4 I)
_TIPS_DENIED = re.compile(r"(?<![a-z'])(?:sans|aucun|aucune|pas de|ni|no|without|not) (?:de |d')?$")
#: tips sold: a subscription, a tier, a price, a paid channel (loi 2023-451 art. 4 I: « abonnements à des pronostics »)
_TIPS_SOLD = re.compile(r"(?<![a-z])(?:abonn|vip|premium|payant|prive|exclusi|(?:€|euros?) ?(?:/|par) ?(?:mois|semaine|an)|par mois|/ ?mois|telegram|discord|canal|groupe|"
                        r"tipster|ticket|lien|link|code|inscri|rejoins|rejoignez|join|dm|mp|bankroll)")
#: sport or betting around a bare « pronostic »
_TIPS_CONTEXT = re.compile(r"(?<![a-z])(?:match(?:s|es)?|foot(?:ball)?|ligue ?1?|ldc|champions league|premier league|nba|nfl|"
                           r"tennis|rugby|basket|turf|hippiques?|quinte|tierce|buteurs?|cotes?|paris|parier|pari|mises?|"
                           r"bankroll|abonnement|abonnes|vip|telegram|discord|tipster|gagnants?|win|score)(?![a-z])")


#: pictographs that hint at a sector: weak words (one counts beside another weak word of the sector)
EMOJI = {"alcohol": "\U0001f37a\U0001f37b\U0001f377\U0001f942\U0001f378\U0001f379\U0001f37e\U0001f943",
         "gambling": "\U0001f3b0\U0001f3b2", "cosmetic_surgery": "\U0001f489",
         # stop 28: a puff of vapour ("restocked my mango pods 💨"): a sign beside a nicotine word, never alone
         "nicotine": "\U0001f4a8"}
#: botulinum toxin, by name or by the trade's euphemism ("anti-wrinkle injections"): a prescription-only medicine too
_TOXIN = re.compile(r"botox|baby[\s\-]?tox|(?:[a-z]+ ){0,3}'?(?:baby )?tox(?![a-z])|anti-?wrinkle injections?|injections? (?:de botox|anti-?rides)")
#: botulinum toxin said not to be given ("No botox or fillers here, just a peel", « sans botox »): no medicine promoted
_TOXIN_DENIED = re.compile(r"(?<![a-z])(?:no|not|without|zero|never|sans|pas de|aucun|ni) (?:any |de )?$")
#: « rosé » / "rosé" with its accent in the original text: the wine (a flower or a colour is "rose"); a weak word, since
#: « teint rosé » is a colour too
_ROSE_WINE = re.compile(r"(?<![^\W\d_])ros[ée]s?(?![^\W\d_])".replace("[ée]", "[éÉ]"), re.IGNORECASE)
#: the statements only a medicine's advertisement carries (C. santé publ. R5122-3; HMR 2012 reg. 300)
#: (English: the leaflet's reminder, which food supplements print too, beside a word only a medicine's ad carries)
_MEDICINE_NOTICE = re.compile(r"ceci est un medicament|(?:lisez|lire) attentivement la notice|"
                              r"\A(?=[\s\S]*read the (?:label|leaflet|patient information))[\s\S]*(?<![a-z])(?:medicines?|medication|"
                              r"pharmacists?|pharmacy|pharmacies|chemists?|tablets|capsules|antihistamines?|licensed|pl \d{4,5}/\d{4})(?![a-z])")
#: a medicine's indication in its own verbs: relieving or treating (a cure, a prevention, treatment replaced are not)
_INDICATION = re.compile(r"(?:soulage|soulagent|soulager|traite|traitent|relieves?|relieved|relieving|eases|eased|easing|"
                         r"treats?|treated) ")
#: a drink said to hold no alcohol (folded text): 0.0 %, « sans alcool », "alcohol-free", « désalcoolisé »
_ALCOHOL_FREE = re.compile(r"(?<![a-z0-9.,])(?:0[.,]0+ ?%?(?: (?:abv|vol|alc\.?))?|0 ?% (?:d'|d )?(?:alcool|alcohol|abv|vol)|"
                           r"(?:sans|zero|0) alcool|alcool ?free|alcohol[\s\-]free|zero[\s\-]alcohol|non[\s\-]?alcoholic|"
                           r"(?:de|des)alcoolisee?s?|de-?alcoholi[sz]ed|zero (?:degre|proof)s?|no[\s\-]alcohol|alcohol[\s\-]removed)(?![a-z0-9])")
_SENTENCE_END = re.compile(r"[.!?\n]\s")
#: weight lost by amount and period, the figure first ("9lbs down in 10 days", "6kg lost in 3 weeks", « 5 kilos en moins en 2
#: semaines »): a claim of the rate of loss (règl. 1924/2006 art. 12 b; CAP 13.10; FTC "gut check"), read like the therapeutic
#: words of ``DETECT`` (a scanned wording cannot start with a digit); the look-behind comes after the first digit (a
#: search that starts with a digit skips to the digits in C, one that starts with a look-behind tries every position)
#: a filler's dose, the figure first ("1ml of hyaluronic acid", « 0,5 ml d'acide hyaluronique », « 2 seringues d'AH »): a
#: syringe holds 0.5 to 2 ml, an injected dose up to a few; a serum's bottle (15–50 ml) is no dose (C. santé publ. L1151-2;
#: loi 2023-451 art. 4 I); read like ``_WEIGHT_RATE`` (a scanned wording cannot start with a digit)
_FILLER_DOSE = re.compile(r"\d(?<![0-9.,]\d)(?:[.,]\d+)? ?(?:ml|cc|seringues?|syringes?) (?:d'|de |of )(?:l'|la )?"
                          r"(?:acide hyaluronique|hyaluronic|ah(?![a-z])|ha(?![a-z])|filler)")
_WEIGHT_RATE = re.compile(r"\d(?<![0-9.,]\d)\d*(?:[.,]\d+)? ?(?:kg|kilos?|lbs?|pounds|livres|stones?|st)(?![a-z]) (?:down|lost|off|gone|"
                          r"de moins|en moins|perdus?|envoles?) (?:en|in) (?:just |only |seulement |a peine )?(?:\d+|une|un|one|a|two|"
                          r"deux|trois|three) (?:jours?|semaines?|mois|days?|weeks?|months?)(?![a-z])")
#: a therapeutic reading that is a weight figure (kilos, pounds, sizes), not a disease or a treatment
WEIGHT_FIGURE = re.compile(r"(?<![a-z])(?:kg|kilos?|lbs?|pounds|livres|stones?|st|sizes?|tailles?)(?![a-z])")
#: a rate of nothing held for a term ("0% for 12 months", « 0 % pendant 10 mois ») or 0 % finance: credit offered, whose
#: figure starts the words (so the scan cannot list it): read by ``from_hits`` (CONC 3.5.5R; C. consom. L312-6; 12 CFR 1026.24)
#: stop 29: a yearly return said guaranteed (``from_hits``), and the deposit that may lawfully guarantee its rate
_GUARANTEED_YIELD = re.compile(r"(?<![0-9.,])\d+(?:[.,]\d+)? ?% (?:(?:a|per|par|each|every) |l'|net par |brut par )?(?:year|an|annum|annee|yr)"
                               r"(?![a-z])[^.!?\n]{0,25}?(?:guaranteed|garantie?s?)(?![a-z])|(?<![a-z])(?:guaranteed|garantie?s?)"
                               r"(?: me| you| vous| te| moi)? (?:a |un )?\d+(?:[.,]\d+)? ?% (?:(?:a|per|par|each|every) |l')?(?:year|an|annum|annee|yr)(?![a-z])")
_DEPOSIT_SAID = re.compile(r"(?<![a-z])(?:savings? accounts?|fixed[\s\-]rate (?:bonds?|savings|isas?|accounts?)|cash isas?|fscs|fdic|"
                           r"livrets?|comptes? (?:a terme|epargne)|certificates? of deposit|cds?|deposits?|depots? a terme|fonds (?:en )?euros?)(?![a-z])")
_CREDIT_RATE = re.compile(r"(?<![0-9.,])0 ?% (?:interest )?on (?:it|them|my [a-z]+|your [a-z]+|balance transfers?) for \d+ ?(?:months|mths)|"
                          # stop 28: a monthly payment for a number of months ("$22.20/mo for 36 months"): an instalment plan,
                          # a weak word (a contract's price too) that counts beside another ("$0 down")
                          r"(?<![a-z0-9])[$€] ?\d[\d,.]* ?(?:/ ?mo|/ ?month|a month|per month) for \d+ ?months(?![a-z])|"
                          r"(?<![0-9.,])0 ?% (?:finance|apr|interest(?! on (?:savings|your savings))|for (?:the first )?\d+ ?(?:months|mths|years)|"
                          r"over \d+ ?(?:months|mths|years)|pendant \d+ ?(?:mois|ans)|sur \d+ ?(?:mois|ans))(?![a-z])")
#: stop 28: a car told with its monthly payment ("drove home my new Kia Sportage … only $299/month", « ma nouvelle Clio pour
#: 199 €/mois »): the payment of a financing or a lease, whose trigger terms call for the rest (12 CFR 1026.24(d) and
#: 1013.7 (Reg M); CONC 3.5.7R; C. consom. L312-6) — not an insurance, a subscription, a wash or a charger paid by the month
_VEHICLE = (r"(?:cars?|trucks?|suvs?|vehicles?|sedans?|pickups?|minivans?|hatchbacks?|crossovers?|voitures?|vehicules?|citadines?|"
            r"kia|toyota|honda|ford|chevy|chevrolet|nissan|hyundai|mazda|subaru|jeep|dodge|bmw|audi|mercedes|tesla|volkswagen|vw|"
            r"volvo|lexus|gmc|buick|cadillac|peugeot|renault|citroen|dacia|skoda|seat|fiat|mini cooper|sportage|rav4|civic|"
            r"camry|corolla|model (?:3|y)|clio|208|3008|dealership|dealer|concession(?:naire)?)")
_MONTHLY_PAID = r"(?:[$€] ?\d[\d,.]* ?(?:/ ?(?:mo|month|mois)|a month|per month|par mois)|\d[\d,.]* ?(?:€|euros?) ?(?:/ ?mois|par mois))(?![a-z])"
_CAR_PAYMENT = re.compile(r"(?<![a-z])" + _VEHICLE + r"(?![a-z])[^.?\n]{0,80}?" + _MONTHLY_PAID + "|" + _MONTHLY_PAID
                          + r"[^.?\n]{0,40}?(?<![a-z])" + _VEHICLE + r"(?![a-z])")
_NOT_CAR_CREDIT = re.compile(r"(?<![a-z])(?:insur\w*|assuranc\w*|subscri\w*|abonnement|rental|rent|location courte|wash|lavage|"
                             r"charg(?:ing|er|e)|recharge|parking|membership|warranty|garantie|roadside|cover|plan|forfait)(?![a-z])")
#: stop 30: a good offered for a payment a month over a number of months, or financing offered by name ("Get the X smart bike
#: for just $39/mo for 36 months", "as low as $29/mo for 24 months with X Monthly financing", "$49/mo for 36 months with X
#: Financing"): an instalment credit whose payment and number of payments are trigger terms (12 CFR 1026.24(d)(1); CONC
#: 3.5.7R; C. consom. L312-6) — not a plan, a membership, a subscription or a lease paid by the month (``_NOT_INSTALMENT``)
_INSTALMENT_BUY = re.compile(r"(?<![a-z])(?:for|at|from|only|just|as low as|starting at) (?:just |only )?[$€] ?\d[\d,.]* ?(?:/ ?mo|/ ?month|"
                             r"a month|per month)(?![a-z]) (?:for|over) \d+ ?(?:months|mos|monthly payments|payments)(?![a-z])|"
                             r"(?<![a-z])(?:with|through|via|using) (?:[a-z]+ ){0,3}?(?:monthly |easy |flexible |special |promotional )?"
                             r"financing(?![a-z])(?! (?:round|rounds|deal for (?:the|our) (?:company|startup)))")
_NOT_INSTALMENT = re.compile(r"(?<![a-z])(?:lease[ds]?|leasing|subscri\w*|membership|plan|plans|sim|broadband|tariff|contract|rent|rental|"
                             r"hire|insur\w*|unlimited|streaming|service|round|startup|series [a-e]|seed|investors?|raised?)(?![a-z])")
#: a cashtag ("$PEPE"): a weak crypto word (prices are "$" and digits)
_CASHTAG = re.compile(r"(?<![a-z0-9])\$[a-z]{3,6}(?![a-z0-9])")
#: words in a brand's name that say its trade ("X Bet", "X Nicotine", "X Ales", "X Distillery"): the brand
#: the context names is read like the text (the context only adds sectors). A trade word glued into one word of
#: the name ("Coinwise", "Vaporetto") is no such statement: it is a weak cue, read beside others (``_GLUED``)
_BRAND_TRADE = re.compile(
    r"(?<![a-z0-9])(?:(bet|bets|betting|casinos?|poker|bingo|slots|sportsbook)|(nicotine|vapes?|vaping|vapou?rs?|vapor|vapot|"
    + wordclasses.VAPE_BRANDS + r")|"
    r"(ales|brewery|brewing|brewers|brasseurs?|distillery|distillers|distilling|distillerie|winery|wines|vins|vineyards?|"
    r"vignobles?|cidrerie|ciders?|gin|spirits|spiritueux|whisky|whiskey|vodka|rum|rhum|tequila|cognac|"
    r"liqueurs?|lager|cidre|bourbons?|mezcal|calvados|armagnac)|(crypto|cryptos|bitcoin|coins?|tokens?))(?![a-z0-9])")
_BRAND_SECTORS = ("gambling", "nicotine", "alcohol", "crypto")


def from_brand(folded_brand: str) -> list[str]:
    """Sectors a brand's own name shows (folded name)."""
    out = []
    for m in _BRAND_TRADE.finditer(folded_brand):
        name = _BRAND_SECTORS[m.lastindex - 1]
        if name not in out:
            out.append(name)
    return out


#: a sector word the text says the thing is not: « une tisane, pas un médicament », "I'm not a sportsbook".
#: Only an identity denial counts (not / pas + an article): "no nicotine" or « sans alcool » still name the sector
_DENIED = re.compile(r"(?<![a-z'])(?:pas|not|ni|nor|never|jamais|isn't|aren't|wasn't|n'est pas|ne sont pas) "
                     r"(?:(?:un|une|des|de|d'|du|a|an|some|any)(?: |(?<=')))?$")
#: a product of the trade said absent (« pas de produit à la nicotine ici », "no products containing nicotine"): the trade is denied
_DENIED_PRODUCT = re.compile(r"(?<![a-z'])(?:(?:pas de|aucun|no|not a|without any|sans|zero) (?:produits?|products?) (?:a la |a base de |"
                             r"contenant de la |avec de la |with |containing |made with )|(?:no|zero|sans|aucun|aucune|without) )$")
#: leverage said absent (« sans effet de levier », « aucun levier », "no leverage", "zero leverage", "without margin"): a
#: spot purchase, no contract for difference or margin product (ESMA product intervention, AMF DOC-2019-04 are about leverage)
_LEVERAGE_DENIED = re.compile(r"(?<![a-z'])(?:sans|aucun|aucune|pas d'|pas de|jamais d'|jamais de|no|zero|without|never any|never) $")
#: stop 29: a sector word in an offer's exclusions (« hors alcools, livres et carburant », "excluding alcohol, tobacco and
#: gift cards", « sauf tabac »): the offer leaves that trade out, it does not promote it (C. santé publ. L3323-2 reaches the
#: promotion of a drink; a grocery's promo code that excludes drink promotes none)
_EXCLUDED = re.compile(r"(?<![a-z])(?:hors|sauf|excluding|excludes?|except(?: for)?|excl\.?|exclusions?:?|not valid on|"
                       r"ne s'applique pas aux?|non valable sur(?: les)?)(?: (?:les|des|le|la|l'|the|all|any))? "
                       r"(?:[a-z'\-]+,? (?:et |and |ou |or )?){0,3}$")
#: a sector word used as a likeness ("casino-style", "lottery-like", « façon casino »): a décor or a format, not the trade
_LIKENED = re.compile(r"-(?:style|like|inspired|esque|themed)(?![a-z])")
_LIKENED_FR = re.compile(r"(?<![a-z\-])(?:facon|style|esprit|fausse?|faux) $")
#: a brand whose name is glued to its trade ("Betmarlin", "Vapora", "Cryptonix", "CoinHarbor", "Spinbet"): a
#: capitalised, camel-case or tagged word that starts or ends with the trade's stem. A weak word: it counts beside
#: another word of the sector, never alone ("Better", "Alphabet", "Coincidence" start or end the same way)
_BRAND_WORD = re.compile(r"(?<![\w])(?:[#@]([a-z][a-z0-9]{4,})|([A-Z][A-Za-z0-9]{4,}|[a-z]+[A-Z][A-Za-z0-9]*))")
_GLUED = {
    # "spin" and "turf" (a slot's spins, the racecourse) too: "Spinvale", "LootSpin", "Turfino" ("Spinach", "Backspin" are
    # ordinary words: the glued word is one weak cue, read beside another)
    "gambling": re.compile(r"^(?:bet(?!ter|ween|a|ray|h|ty|sy|tin|on)|casino|slots?|poker|bingo|lotto|jackpot|wager|"
                           r"spin(?!n|a|e|dl|ach|ster|off)|turf(?!s))[a-z0-9]{3,}$"
                           r"|^[a-z0-9]{3,}(?<!alpha)(?<!back)(?<!top)(?<!tail)(?:bets?|casinos?|slots|poker|bingo|lotto|spins?)$"),
    # "puff" (a disposable vape's draw): "Fluffpuff"; "stake" (staking): "Stakewell" ("Stakeholder" is a word)
    # and "vap" glued to any ending ("Vaplo", "Vapzen"): "Vapiano" reads as one too, and counts only beside another nicotine word
    "nicotine": re.compile(r"^(?:vap(?!eurs?$|ou?rs?$|id)|nicotin|ecig|snus)[a-z0-9]{2,}$|^[a-z0-9]{3,}(?:vapes?|vapou?r|nicotine|puffs?|pouch(?:es)?|snus)$|"
                           r"^pouch(?:y|ie|ies|ly|it|o)$"),
    "crypto": re.compile(r"^(?:crypt|coin|token|bitcoin|stak(?:e|ing)(?!holder|out))[a-z0-9]{3,}$|^[a-z0-9]{3,}(?:coins?|crypto|token|chain)$"),
    # a seltzer in the brand's own name ("Fizzy Peach Seltzer"): hard or plain, one weak cue beside another
    "alcohol": re.compile(r"^(?:brew|wine|beer|distil)[a-z0-9]{3,}$|^[a-z0-9]{3,}(?:brew|brewing|wines?|beers?|distillery|whisky|whiskey|vodka)$|"
                          r"^(?:hard)?seltzers?$"),
}
#: a nicotine strength ("20mg", "18 mg/ml"): a weak nicotine word, unless the milligrams are of something else
_NICOTINE_MG = re.compile(r"(?<![a-z0-9.,])\d{1,2} ?mg(?:/ml)?(?![a-z0-9])(?! (?:of |de |d')?(?:caf|cbd|vit|magn|zinc|iron|fer|"
                          r"melat|omega|fibre|fiber|protein|prot|sodium|sucre|sugar|calci|coll|iod|b12|d3))")
#: a disposable counted in puffs ("6000-puff", « 600 taffes »): a weak nicotine word with no span of its own
_PUFF_COUNT = re.compile(wordclasses.VAPE_PUFF_COUNT)


_GLUE_FREE = frozenset(_GLUED)
#: a camel-case name's halves ("BetHaven": "Bet", "Haven")
_CAMEL = re.compile(r"(?<![A-Za-z0-9])([A-Z][a-z]{2,})([A-Z][a-z]{2,})(?![A-Za-z0-9])")
_CAMEL_TRADES = {**dict.fromkeys(("bet", "bets", "casino", "slots", "poker", "bingo", "lotto", "jackpot", "wager"), "gambling"),
                 **dict.fromkeys(("vape", "vapes", "vapor", "vapour", "puff", "puffs", "nicotine"), "nicotine"),
                 **dict.fromkeys(("coin", "coins", "crypto", "token", "tokens", "chain"), "crypto"),
                 **dict.fromkeys(("brew", "brewing", "wine", "wines", "beer", "beers", "ale", "ales", "distillery"), "alcohol")}
#: "tobacco-free", "tobacco free": what a nicotine pouch says it is not
_TOBACCO_FREE = re.compile(r"[\s\-]free(?![a-z])")
#: a cessation campaign or service named with the word: prevention, not promotion
_TOBACCO_PREVENTION = re.compile(r"(?:sans ?|anti-?|without |quit )(?:tabac|tobacco)|(?:tabac|tobacco) ?info ?service|"
                                 r"stoptober|(?:tabac|tobacco)[\s\-]?(?:cessation|sevrage)|"
                                 # stop 25: a programme to stop smoking (« programme d'arrêt du tabac », "quit tobacco for good")
                                 r"(?:arret|arreter|sevrage|stop|quitter|lacher|decrocher|sortir) (?:du |le |de |au )?(?:tabac|tobacco)|"
                                 r"(?:quit|quitting|stop|stopping|give up|giving up|kick|kicking) (?:the )?(?:tobacco|cigarettes)|"
                                 r"(?:sans|without|no|zero|pas une|not a) (?:une |a |single |seule )?cigarettes?")
#: the word as the flavour of a nicotine product ("Classic Tobacco pods", "tobacco flavour", « saveur tabac »)
_TOBACCO_FLAVOUR = re.compile(r"(?: [a-z]+)? (?:pods?|e-?liquids?|flavou?rs?|cartridges?|cartouches?|vapes?|pouches?|"
                              r"sachets?|puffs?|saveur)(?![a-z])")
_FLAVOUR_BEFORE = ("saveur ", "arome ", "gout ", "flavour ", "flavor ")
#: a generic name by the stems the INN gives only to prescription biologics and targeted drugs (-mab, -tinib, -glutide,
#: -gliflozin, -gliptin, -kinra): "Dermavix (velbrutinib)" names a prescription-only medicine (21 CFR 202.1; CSP L5122-6)
_INN_RX = re.compile(r"(?<![a-z])[a-z]{3,}(?:mab|tinib|glutide|gliflozin|gliptin|kinra)(?![a-z])")
#: crypto custody words only (a wallet, its seed phrase): the safe, not the asset
_CUSTODY = re.compile(r"(?:hardware |cold |hot )?wallets?|seed phrase|portefeuilles?")
#: crypto named as what a tax return reports (gains worked out, the exchange history imported): a tax tool, no invitation
#: to invest (FSMA s. 21 and FPO art. 4: an invitation or inducement to engage in investment activity; MiCA art. 3)
_TAX_REPORT = re.compile(r"tax (?:return|report|season|forms?)|self[\s\-]assessment|capital gains|hmrc|form 8949|"
                         r"declaration (?:d'impots|de revenus|fiscale)|formulaire 2086|(?:calcul|declarer) (?:des|mes|tes|vos) plus-values")
_INVEST_CALL = re.compile(r"(?<!way to )(?<!pas pour )(?:buy|invest in|start trading|stake|achete[rz]?|investi(?:r|ssez) (?:dans|en))"
                          r"(?: [a-z]+){0,2} (?:crypto|bitcoin|btc|eth|tokens?|coins?|jetons?)|get in (?:now|early)|to the moon")
#: the gambling warning statements, helplines and self-exclusion schemes
_PREVENTION = re.compile(r"(?:begamble|gamble)aware|when the fun stops|1-800-gambler|gamstop|joueurs-info-service|"
                         r"jouer comporte des risques|09 74 75 13 13|09-74-75-13-13")
#: a loto or a raffle (and its classic wording) …
_LOTO = re.compile(r"loto|lotos|tombola|quine|lotter(?:y|ies)|loteries?|raffle")
#: … run by an association, a school's parents or a parish, for its cause
_CHARITY_LOTO = re.compile(r"(?<![a-z])(?:ape|apel|fcpe|association|asso|amicale|comite des fetes|kermesse|paroisse|"
                           r"sou des ecoles|foyer rural|club du 3e age|parents d'eleves|pta|school fete|church|"
                           r"(?:les )?(?:benefices|profits|recettes) (?:financent|iront|vont|serviront)|au profit de|"
                           r"proceeds (?:go|will go) to)(?![a-z])")
#: a free way to enter a prize draw, said so
_FREE_ENTRY = re.compile(r"(?<![a-z])(?:no purchase (?:necessary|required|needed)|free (?:entry|to enter)(?: route)?|"
                         r"free prize draw|sans obligation d'achat|jeu gratuit|participation gratuite|gratuit et sans obligation)"
                         r"(?![a-z])")
#: a regulator or a ban reported (regulatory watch, a warning, a black list)
_REGULATORY_NEWS = re.compile(r"veille reglementaire|regulatory (?:update|watch|news)|mise en garde|liste noire|blacklist|"
                              r"(?:amf|acpr|anj|arcom|dgccrf|ansm|fca|asa|cftc|sec|ftc|fda|mhra|gambling commission) "
                              r"(?:rappelle|alerte|met en garde|publie|warns|has warned|reminds|publishes|has published|fined)")
#: what only a promotion carries: a link, a code, a discount, a sign-up
_CALL_TO_ACT = re.compile(r"lien en bio|link in (?:bio|comments)|code promo|promo code|(?<![a-z])code [a-z0-9]{3,}|"
                          r"\d+ ?% (?:off|de reduction|offerts?)|-\d+ ?%|inscris|inscrivez|sign up|register now|dm (?:me|moi)|"
                          r"en mp|bonus de|welcome bonus|free bets?")
#: the trade words that are also an engineer's: CFD (computational fluid dynamics), a token (an access token), leverage
#: (the verb of every slide deck), « levier »
_TECH_WORD = re.compile(r"cfds?|tokens?|jetons?|leverag(?:e|ed|ing)|levier")
#: an engineering or software setting that gives those words their technical sense: a simulation, a mesh, a flow, a wind
#: tunnel; an access token, an identity provider, dependency injection (CFD as a contract for difference, a token as a
#: crypto-asset are what the rules reach: COBS 22.5, ESMA product intervention, MiCA art. 3, loi 2023-451 art. 4)
_TECH_SENSE = re.compile(r"(?<![a-z])(?:simulations?|simulat(?:ing|ed)|turbulen[a-z]*|maillage|mesh(?:ing|es)?|fluides?|fluid|"
                         r"ecoulements?|wind tunnel|soufflerie|aerodynami[a-z]*|heat exchangers?|echangeurs?|pressure drop|"
                         r"pertes? de charge|solvers?|solveurs?|converged|convergence|computational|navier|openfoam|ansys|"
                         r"(?:access|refresh|auth|bearer|session|csrf|api|id|jwt|short-lived|long-lived) tokens?|"
                         r"tokens? (?:refresh|rotation|validator|validation|expiry|endpoint)|oauth|jwt|sso|scim|idp|"
                         r"identity providers?|dependency injection|injection de dependances?|auth service)(?![a-z])")
#: what a trader's post says beside those words: trading, a broker, margin, a position, a buy call
_TRADING = re.compile(r"(?<![a-z])(?:trad(?:e|es|ing|er|ers)|broker|courtier|margin|marge|positions?|forex|invest[a-z]*|"
                      r"rendements?|returns?|profits?|gains?|buy|achete[rz]?|wallet|portefeuille|exchange listing|listed)(?![a-z])")
#: the trades a regulatory post names without promoting them
_REPORTED = frozenset({"financial_cfd", "crypto", "gambling", "betting_tips", "financial"})


def is_toxin(word: str) -> bool:
    """Is this word (original or folded) botulinum toxin by its name or the trade's euphemism?"""
    return _TOXIN.fullmatch(word.strip().lower().lstrip("#")) is not None


_DROP_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE_CHARS))


def glued_trades(text: str, brand: str | None = None) -> dict[str, set[str]]:
    """Sectors a brand-like word of the original text, or a word of the brand the context names (the
    advertiser, whether or not the text names it), is glued to → the words (weak cues)."""
    out: dict[str, set[str]] = {}
    if not text.isascii():
        text = text.translate(_DROP_INVISIBLE)  # "@ormeau\u200bpuff" is the "@ormeaupuff" the reader sees
    words = [(m.group(1) or m.group(2)).lower() for m in _BRAND_WORD.finditer(text)]
    if brand:
        words.extend(w for w in re.findall(r"[a-z0-9]{5,}", brand.lower()))
    # a name in two capitalised halves whose first or last is the trade's word ("BetHaven", "VapeCloud", "HarborCoin"): the
    # capital says where the trade's word ends (the glued patterns leave out "Beth…" for Bethany)
    for m in _CAMEL.finditer(text):
        for part in (m.group(1), m.group(2)):
            name = _CAMEL_TRADES.get(part.lower())
            if name is not None:
                out.setdefault(name, set()).add("brand:" + m.group().lower())
    for word in words:
        if not word.isascii():
            continue
        for name, pattern in _GLUED.items():
            if pattern.match(word):
                out.setdefault(name, set()).add("brand:" + word)
    return out


def _singular(word: str) -> str:
    """A weak word and its plural count once ("pouches" and "pouch", "pods" and "pod")."""
    if word.endswith("ches") or word.endswith("shes") or word.endswith("xes"):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _as_is(word: str) -> str:
    return word


def from_hits(folded: str, hits, text: str | None = None, brand: str | None = None) -> dict[str, tuple[int, int] | None]:
    """Sectors shown by the text, from the pack scan's hits ``(sector, start, end)`` in text order
    (or ``(sector, start, end, word)`` when the word was read on a de-obfuscated copy: « v@pe »)
    → the span (folded coordinates) of the first word that shows each one (``None`` when only
    pictographs, cashtags or glued brand names, weak words with no span of their own, show it)."""
    by_name: dict[str, list[tuple[int, int]]] = {}
    words: dict[tuple[int, int], str] = {}
    for hit in hits:
        name, start, end = hit[0], hit[1], hit[2]
        if (start, end) in words and (start, end) in by_name.get(name, ()):
            continue  # read twice (on the text and on its de-obfuscated copy)
        if _DENIED.search(folded, max(0, start - 24), start) is not None or (
                name in ("nicotine", "tobacco") and _DENIED_PRODUCT.search(folded, max(0, start - 40), start) is not None):
            continue  # « pas un médicament », "not a sportsbook", « pas de produit à la nicotine »
        if name == "financial_cfd" and _LEVERAGE_DENIED.search(folded, max(0, start - 16), start) is not None:
            continue  # « sans effet de levier », "no leverage", "without margin": the leverage the post says it does not use
        if name == "betting_tips" and _TIPS_DENIED.search(folded, max(0, start - 12), start) is not None:
            continue  # « sans pronostic payant »: the tips the post says it does not sell
        if _EXCLUDED.search(folded, max(0, start - 24), start) is not None:
            continue  # « hors alcools, livres et carburant », "excludes alcohol and tobacco": what an offer leaves out is not sold by it
        if _LIKENED.match(folded, end) is not None or _LIKENED_FR.search(folded, max(0, start - 12), start) is not None:
            continue  # "casino-style lighting", « déco façon casino »: the trade is a look, not what is sold
        by_name.setdefault(name, []).append((start, end))
        words[(start, end)] = hit[3] if len(hit) > 3 else folded[start:end]
    if "alcohol" in by_name and ("alco" in folded or "0" in folded or "zero" in folded):
        # a drink said to hold no alcohol (« bière 0,0 % », "alcohol-free lager", « zéro alcool »): at 1.2 % or less it is no
        # alcoholic drink (C. santé publ. L3321-1: « boissons sans alcool »; CAP 18 covers drinks above 0.5 % ABV; 27 CFR 7.1
        # and 25.11: under 0.5 %): the word is the free drink's. A word not said of it ("our IPA … and the 0.0") still counts
        frees = [m.span() for m in _ALCOHOL_FREE.finditer(folded)]
        if frees:
            kept = [(a, b) for a, b in by_name["alcohol"] if not any(
                (fa <= a and b <= fb) or (0 <= fa - b <= 15 and _SENTENCE_END.search(folded, b, fa) is None) or
                (0 <= a - fb <= 15 and _SENTENCE_END.search(folded, fb, a) is None) for fa, fb in frees)]
            if kept:
                by_name["alcohol"] = kept
            else:
                del by_name["alcohol"]
    if "mab" in folded or "tinib" in folded or "gli" in folded or "glutide" in folded or "kinra" in folded:
        for m in _INN_RX.finditer(folded):
            by_name.setdefault("prescription_medicine", []).append(m.span())
            words[m.span()] = m.group()
    if "hyaluron" in folded or "seringue" in folded or "syringe" in folded or "filler" in folded:
        for m in _FILLER_DOSE.finditer(folded):
            by_name.setdefault("cosmetic_surgery", []).append(m.span())
            words[m.span()] = m.group()
    if " in " in folded or " en " in folded:
        for m in _WEIGHT_RATE.finditer(folded):
            by_name.setdefault("therapeutic", []).append(m.span())
            words[m.span()] = m.group()
    if "%" in folded or " months" in folded:
        for m in _CREDIT_RATE.finditer(folded):
            if _DENIED.search(folded, max(0, m.start() - 24), m.start()) is None:
                by_name.setdefault("consumer_credit", []).append(m.span())
                words[m.span()] = m.group()
    if "%" in folded and ("guarant" in folded or "garanti" in folded) and "financial" not in by_name \
            and _DEPOSIT_SAID.search(folded) is None:
        # stop 29: a yearly return said guaranteed ("10% a year GUARANTEED, secured on UK property", "GUARANTEED me 15% a
        # year, every year"): an investment offered, whatever its wrapper (FSMA s. 21 and COBS 4.2; FTC Act § 5; C. monét.
        # fin. L341-1); a bank deposit's fixed rate is no such promise
        m = _GUARANTEED_YIELD.search(folded)
        if m is not None:
            by_name.setdefault("financial", []).append(m.span())
            words[m.span()] = m.group()
    if ("$" in folded or "€" in folded) and ("/mo" in folded or "/ mo" in folded or "month" in folded or "mois" in folded) \
            and "consumer_credit" not in by_name:
        for m in _CAR_PAYMENT.finditer(folded):
            if _NOT_CAR_CREDIT.search(folded, max(0, m.start() - 40), m.end() + 40) is None:
                by_name.setdefault("consumer_credit", []).append(m.span())
                words[m.span()] = m.group()
                break
    if ((("$" in folded or "€" in folded) and " for " in folded and " months" in folded)
                                              or "financing" in folded):
        for m in _INSTALMENT_BUY.finditer(folded):
            if _NOT_INSTALMENT.search(folded, max(0, m.start() - 80), m.end() + 80) is None:
                by_name.setdefault("consumer_credit", []).append(m.span())
                words[m.span()] = m.group()
                break
    extra: dict[str, set[str]] = {}
    if "mg" in folded:
        strengths = {m.group() for m in _NICOTINE_MG.finditer(folded)}
        if strengths:
            extra.setdefault("nicotine", set()).update(strengths)
    if "puff" in folded or "taffe" in folded:
        counts = {m.group() for m in _PUFF_COUNT.finditer(folded)}
        if counts:
            extra.setdefault("nicotine", set()).update(counts)
    if text is not None and "\x02" in folded:
        for name, chars in EMOJI.items():
            seen = {c for c in chars if c in text}
            if seen:
                extra.setdefault(name, set()).update(seen)
    if text is not None and "ros" in folded:
        rose = _ROSE_WINE.search(text)
        if rose is not None:
            extra.setdefault("alcohol", set()).add("rosé")
    if "$" in folded:
        tags = set(_CASHTAG.findall(folded))
        if tags:
            extra.setdefault("crypto", set()).update(tags)
    if text is not None and (by_name or extra) and not _GLUE_FREE.isdisjoint(by_name.keys() | extra.keys()):
        # a glued brand name is one weak cue: read only beside another word or sign of the same sector
        for name, seen in glued_trades(text, brand).items():
            if name in by_name or name in extra:
                # "#pokernight" beside "poker" repeats the word, it adds no second cue
                said = {words[sp].lstrip("#") for sp in by_name.get(name, ())}
                seen = {w for w in seen if not any(x in w for x in said)}
                if seen:
                    extra.setdefault(name, set()).update(seen)
    if "tobacco" in by_name and all(_TOBACCO_FREE.match(folded, b) for a, b in by_name["tobacco"]):
        # "tobacco-free pouches" said of a nicotine product: the product is not tobacco, and saying so is what a
        # nicotine pouch says of itself (a weak nicotine cue; the nicotine row decides)
        del by_name["tobacco"]
        extra.setdefault("nicotine", set()).add("tobacco-free")
    if "tobacco" in by_name and all(_TOBACCO_PREVENTION.search(folded, max(0, a - 12), b + 14) for a, b in by_name["tobacco"]):
        # the word inside a cessation campaign or service's name (#MoisSansTabac, Tabac Info Service, "anti-tobacco"):
        # public-health prevention promotes no tobacco (C. santé publ. L3512-4 bans promotion, not prevention)
        del by_name["tobacco"]
    if "tobacco" in by_name and "nicotine" in by_name and all(
            _TOBACCO_FLAVOUR.match(folded, b) or folded[max(0, a - 8):a].endswith(_FLAVOUR_BEFORE) for a, b in by_name["tobacco"]):
        # "Classic Tobacco pods", « saveur tabac »: the flavour of a nicotine product, which the nicotine row rules
        # (21 CFR 1143.3); no tobacco product is advertised, and the flavour is one more nicotine cue
        del by_name["tobacco"]
        extra.setdefault("nicotine", set()).add("tobacco flavour")
    found: dict[str, tuple[int, int] | None] = {}
    for name in (by_name.keys() | extra.keys()) if extra else by_name:
        spans = by_name.get(name, [])
        w = _WEAK.get(name)
        strong = [sp for sp in spans if w is None or not w.match(words[sp].lstrip("#"))]
        # a weak word ("poker", "slots", "fillers", "🍺") counts beside a strong one, or with another weak one; a
        # hashtag repeating the word ("acca … #acca", "poker … #pokernight") is the same word said twice
        # a nicotine product's form and its singular ("pouches … every pouch", "pods … one pod") are the same word twice:
        # yoghurt pouches are no nicotine (a bet's type said twice, « combinés … #combiné », stays a bettor's talk)
        same = _singular if name == "nicotine" else _as_is
        if strong or len({same(words[sp].lstrip("#")) for sp in spans} | extra.get(name, set())) >= 2:
            found[name] = (strong or spans or [None])[0]
    if "crypto" in found and extra.get("crypto") is None and all(
            _CUSTODY.fullmatch(words[sp].lstrip("#")) for sp in by_name.get("crypto", ())):
        # a wallet, a seed phrase, keys kept offline: a device reviewed, not a crypto-asset offered (no asset, no
        # return, no buy call; MiCA art. 3 (1)(5) and Securities Act § 2(a)(1) are about the asset, not its safe)
        del found["crypto"]
    if "crypto" in found and _TAX_REPORT.search(folded) is not None and _INVEST_CALL.search(folded) is None and \
            not extra.get("crypto"):
        # the gains worked out for the tax return: a tax tool reviewed, not a crypto-asset offered
        del found["crypto"]
    if "gambling" in found and all(_PREVENTION.fullmatch(words[sp].lstrip("#")) for sp in by_name.get("gambling", ())) and \
            not extra.get("gambling"):
        # the helpline, the warning, a self-exclusion scheme and nothing else: a prevention message, no operator and
        # no offer (the statements décret n° 2010-624 art. 1 and CAP 16 ask *beside* a promotion make none)
        del found["gambling"]
    if "gambling" in found and _CHARITY_LOTO.search(folded) is not None and all(
            _LOTO.fullmatch(words[sp].lstrip("#")) for sp in by_name.get("gambling", ())):
        # an association's traditional loto or raffle (prizes in kind, proceeds to the school trip): the law's own
        # exception (C. séc. int. L322-3 and L322-4), no operator's promotion
        del found["gambling"]
    if "gambling" in found and _FREE_ENTRY.search(folded) is not None and not extra.get("gambling") and all(
            _WEAK["gambling"].match(words[sp].lstrip("#")) for sp in by_name.get("gambling", ())):
        # a giveaway with a free way in ("NO PURCHASE NECESSARY … 18+ … odds depend on the number of entries", « jeu
        # gratuit sans obligation d'achat »): no stake, no lottery (C. séc. int. L322-2 asks a financial sacrifice; the UK
        # Gambling Act 2005 Sch. 2 para 8 exempts a prize draw with a free entry route; a US sweepstakes without
        # consideration is no lottery) — its own fairness is the contest's rule, not gambling's
        del found["gambling"]
    if ("financial_cfd" in found or "crypto" in found) and ("cfd" in folded or "token" in folded or "leverag" in folded or
                                                            "jeton" in folded) and _TECH_SENSE.search(folded) is not None \
            and _TRADING.search(folded) is None and _INVEST_CALL.search(folded) is None:
        # an engineer's words in their engineering sense (« simulation CFD des écoulements », "short-lived access tokens",
        # "leverage your identity provider"): no contract for difference, no crypto-asset is offered
        for name in ("financial_cfd", "crypto"):
            if name in found and not extra.get(name) and all(
                    _TECH_WORD.fullmatch(words[sp].lstrip("#")) for sp in by_name.get(name, ())):
                del found[name]
    if not _REPORTED.isdisjoint(found) and _REGULATORY_NEWS.search(folded) is not None and _CALL_TO_ACT.search(folded) is None:
        # regulatory news (« l'AMF rappelle que … reste interdite », "the FCA warns …") names a trade to say it is
        # restricted, and offers nothing: no promotion of that trade (loi 2023-451 art. 4 bans the promotion)
        for name in [n for n in found if n in _REPORTED]:
            del found[name]
    if "supplement" not in found and brand and _SUPPLEMENT_BRAND.search(brand.lower()) is not None:
        found["supplement"] = None
    wild = found.get("wild_animals", False)
    if wild is not False and (wild is None or _WILD_WEAK.match(words[wild])):
        # species named beside a safari or a trek: watched in the wild; species alone (a team, a film) say nothing
        if not any(_WILD_VIEWING.match(words[sp]) for sp in by_name.get("wild_animals", ())):
            del found["wild_animals"]
    if "betting_tips" not in found and "betting_tips" in by_name and ("gambling" in found or
                                                                      _TIPS_CONTEXT.search(folded) is not None):
        found["betting_tips"] = by_name["betting_tips"][0]
    if "betting_tips" in found and all(_WEAK["betting_tips"].match(words[sp].lstrip("#")) for sp in by_name.get("betting_tips", ())) \
            and _TIPS_SOLD.search(folded) is None:
        # a forecast given away (« mon prono pour le Classique : nul 1-1 », colleagues' « pronos de l'open space »): no tips
        # are sold, and art. 4 I of loi 2023-451 bans the sale of tips (« abonnements à des pronostics »), not a forecast
        del found["betting_tips"]
    if "betting_tips" in found and "gambling" in found and not any(
            _OPERATOR.search(words[sp]) for sp in by_name.get("gambling", ())):
        # a tipster's own bet talk (spreads, parlays, odds, "21+") is the tips' subject, not an operator's promotion:
        # the post sells advice, each jurisdiction's tips row decides (US: no ban on paid picks; France: art. 4 ban)
        del found["gambling"]
    if "nicotine" in found and "medicine" in found and any(
            _NRT.match(words[sp]) for sp in by_name.get("medicine", ())):
        # nicotine replacement is a medicine's promotion (its own rules), not a nicotine product's
        del found["nicotine"]
    if "therapeutic" in found and ("medicament" in folded or "read the" in folded) and \
            _MEDICINE_NOTICE.search(folded) is not None and all(
            _INDICATION.match(words[sp]) for sp in by_name.get("therapeutic", ())):
        # a medicine's advertisement that says it is one (« Ceci est un médicament », "Always read the label") and claims
        # to relieve or treat the disease it is licensed for: its indication, which the medicine's own rules govern
        # (C. santé publ. L5122-2 ; Human Medicines Regulations 2012 reg. 281), not a product usurping a medicine's claim
        del found["therapeutic"]
        found.setdefault("medicine", None)
    if "therapeutic" in found:
        found.pop("medicine", None)
        # a prescription drug named only as what the product is set against (« plus efficace que les antibiotiques »)
        # is no promotion of that drug
        ther = by_name.get("therapeutic", ())
        if "prescription_medicine" in found and all(any(ts <= a and b <= te for ts, te in ther)
                                                    for a, b in by_name.get("prescription_medicine", ())):
            del found["prescription_medicine"]
    for a, b in by_name.get("cosmetic_surgery", ()):
        if "cosmetic_surgery" in found and _TOXIN.match(words[(a, b)].lstrip("#")) and \
                _TOXIN_DENIED.search(folded, max(0, a - 20), a) is None:
            # botulinum toxin: a prescription-only medicine too
            found.setdefault("prescription_medicine", (a, b))
            break
    return found
