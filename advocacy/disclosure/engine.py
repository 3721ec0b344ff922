"""The checker: what is owed, what was written, where it stands, and what would fix it."""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

import ahocorasick

from advocacy.disclosure import lexicon, owed, sectors, wordclasses
from advocacy.disclosure.context import (  # noqa: F401  (CONTEXT_ALIASES, KNOWN_CONTEXT re-exported)
    _JURISDICTION_ALIASES,
    CONTEXT_ALIASES,
    KNOWN_CONTEXT,
    _context,
    _flag,
    _norm_lang,
    detect_lang,
)
from advocacy.disclosure.networks import Network, checked_network, post_length
from advocacy.disclosure.packs import claims
from advocacy.disclosure.normalize import (
    INVISIBLE_CHARS,
    Folded,
    decode_tags,
    fold,
    is_disguised,
    is_reduced,
    maybe_spaced,
    spaced_runs,
    visual_order,
)
from advocacy.disclosure.result import FAIL, NOTE, Finding, Result, verdict_of
from advocacy.disclosure.suggest import mention_values, suggest

_EARNINGS_RE = lexicon.WordStartSearch.compile(r"(?<![a-z0-9])(?:" + lexicon.common.EARNINGS_CLAIM + ")")
_SLIMMING_RE = lexicon.WordStartSearch.compile(r"(?<![a-z0-9])(?:" + wordclasses.SLIMMING + ")")
_FINAL_OFFER_RE = re.compile(r"(?<![a-z0-9])(?:" + lexicon.common.FINAL_OFFER + ")(?![a-z])")
#: a processed food or a sweetened drink (cue ``food``), read where no flavour or colour word says it is only a scent or a
#: shade (« bougie parfum chocolat », "chocolate brown boots" stay apart by the product read below)
_FOOD_RE = lexicon.WordStartSearch.compile(r"(?<![a-z0-9])(?<!parfum )(?<!senteur )(?<!odeur )(?<!arome )(?<!couleur )(?<!coloris )(?<!teinte )"
                      r"(?<!notes de )(?<!note de )(?<!notes of )(?<!scent )(?<!scented )(?<!pate a )(?<!pate de )"
                      # a food named only as what the advertised one replaces (« ça remplace mon soda », "instead of a soda")
                      r"(?<!remplace mon )(?<!remplace le )(?<!remplace ton )(?<!remplace vos )(?<!au lieu du )(?<!au lieu d'un )"
                      r"(?<!instead of )(?<!instead of a )(?<!swap your )(?<!replaces my )(?:" + wordclasses.FOOD + ")")
_CHILD_DIRECTED_RE = lexicon.WordStartSearch.compile(r"(?<![a-z0-9])(?:" + wordclasses.CHILD_DIRECTED + ")")
_CHILD_FOOD_CLAIM_RE = lexicon.WordStartSearch.compile(r"(?<![a-z0-9])(?:" + wordclasses.CHILD_FOOD_CLAIM + ")")
#: the health message already given (C. santé publ. L2133-1; arrêté du 27 février 2007: « Pour votre santé, … » and the site)
_FOOD_MESSAGE_RE = re.compile(r"pour votre sante|manger ?bouger")
#: what is not eaten: a scented candle, a cosmetic, a colour (the food word is its scent or its shade)
_NOT_FOOD_RE = lexicon.WordStartSearch.compile(r"(?<![a-z])(?:bougies?|candles?|diffuseurs?|parfum d'ambiance|gommages?|scrubs?|baumes?|lip ?(?:balm|gloss|"
                          r"tint)s?|gloss|rouge a levres|savons?|soaps?|gel douche|body wash|shampo|vernis|nail|lotions?|"
                          r"(?:dog|cat|pet|chien|chat)s? (?:treats?|biscuits?|friandises?)|croquettes|kibble|patees?|"
                         # stop 27: coffee beans and their tasting notes (« espresso … chocolat noir, cerise »: no sugar is
                         # added), a meal served where it is cooked (a brunch, a menu, a bistro: L2133-1 reaches manufactured
                         # foods and drinks, not the plates of a restaurant)
                         r"espresso|torrefie?s?|cafe de specialite|grains? de cafe|restaurant|bistrot?|brasserie|"
                         r"(?:la |notre |une |a la )formule(?: midi| du midi| du jour)?|menu du jour|plat du jour|"
                          # a kitchen appliance, however many dishes it makes
                          r"robots?(?: de)? cuisine|robot culinaire|blender|mixeur|airfryer|air fryer|friteuse)(?![a-z])")
#: France: a baker's, a pastry cook's or a chocolatier's own goods, made on the premises: L2133-1 reaches manufactured foods
#: and drinks with added sugar, salt or sweeteners; what the artisan makes and sells is not read as one
_ARTISAN_RE = re.compile(r"boulangeri|patisseri|chocolateri|chocolatiers?(?![a-z])|fai(?:t|te|ts|tes) maison|homemade|home-made|"
                         r"artisana")
#: not high in sugar: a drink or a sweet said sugar-free (CAP 15.18 reaches HFSS products only)
_NO_SUGAR_RE = re.compile(r"(?:zero|no|sans|0 ?g?) (?:sugar|sucres?)|sugar[\s\-]free|no added sugar|diet (?:cola|soda|coke|pop)")
#: sectors with content rules of their own (alcohol's message, supplements' claims, medicines): no food message is read there
_NOT_FOOD_SECTORS = frozenset(("alcohol", "nicotine", "tobacco", "medicine", "prescription_medicine", "supplement", "therapeutic"))


def _food_ad(check, ft: str) -> bool:
    """Is a food or a drink advertised (no other sector's content, no candle or cosmetic named by its scent)?"""
    return not (_NOT_FOOD_SECTORS & check.sectors.keys()) and _NOT_FOOD_RE.search(ft) is None
_OFFER_RETURNS_RE = lexicon.WordStartSearch.compile(r"(?<![a-z0-9])(?:" + lexicon.common.OFFER_RETURNS + ")(?![a-z])")
#: a job or an income guaranteed to the reader (folded text; the pound and the dollar are folded alike): "guaranteed $100k
#: tech job", "£60k a year guaranteed", "job guaranteed", « emploi garanti », « 3 000 € par mois garantis »
_PAY_FIGURE = r"[$€]? ?\d[\d,. ]*(?:k|000)? ?(?:€|euros?)?"
_GUARANTEED_INCOME_RE = re.compile(
    r"(?<![a-z])(?:guaranteed|garantie?s?) (?:a |an |you |your |un |une |ton |votre )?(?:" + _PAY_FIGURE + r" ?(?:a year |per year |"
    r"a month |per month |/yr |/year |par an |par mois |/an |/mois )?)?(?:[a-z\-]+ ){0,2}(?:jobs?|income|salary|salaries|"
    r"placement|career|earnings|emploi|salaire|revenus?|cdi)(?![a-z])|"
    r"(?<![a-z0-9])(?:[$€] ?\d[\d,.]*k?|\d[\d,. ]*(?:k ?)?(?:€|euros?))(?: (?:a|per|/|par) ?(?:year|yr|month|an|annee|mois))"
    r"[^.!?\n]{0,12}?(?:guaranteed|garantie?s?)(?![a-z])|"
    r"(?<![a-z0-9])[$€] ?\d[\d,.]*k[^.!?\n]{0,12}?(?:guaranteed|garantie?s?)(?![a-z])|"
    # stop 29: an income by the month said "guaranteed or refunded" (« 10 000 €/mois en 3 mois GARANTI ou remboursé »)
    r"(?<![a-z0-9])(?:[$€] ?\d[\d,.]*k?|\d[\d,. ]*(?:k ?)?(?:€|euros?)) ?/ ?(?:month|mois|mo|an|year)[^.!?\n]{0,25}?"
    r"(?:guaranteed|garantie?s?) (?:ou rembourse|or (?:your )?money back|or refunded|or we refund)|"
    r"(?<![a-z])(?:jobs?|income|salary|placement|emploi|salaire|revenus?) (?:is |are |est |sont )?(?:guaranteed|garantie?s?)(?![a-z])|"
    # the guarantee said after a pause ("Land a $120k tech job in 12 weeks — GUARANTEED", « un CDI en 3 mois : garanti »)
    r"(?<![a-z])(?:jobs?|income|salary|placement|career|emploi|salaire|revenus?|cdi)(?![a-z])[^.!?\n]{0,25}?[\-\u2014\u2013:,] ?"
    r"(?:guaranteed|garantie?s?)(?![a-z])")
_GUARANTEED_INCOME_LAW = {
    "fr": "C. consom. L121-2 2° b) (résultats attendus : pratique commerciale trompeuse)",
    "uk": "CPUTR 2008 reg. 5 ; CAP Code 3.1 and 3.7 (substantiation)",
    "us": "FTC Act § 5 ; FTC Notice of Penalty Offenses Concerning Money-Making Opportunities (2021) ; 16 CFR 255.2",
}
_FREE_CLAIM_RE = lexicon.WordStartSearch.compile(r"(?<![a-z0-9])(?:" + lexicon.common.FREE_CLAIM + ")")
#: a fee with its amount, or a charge beyond delivery or a subscription said to have no strings (``common.FREE_CHARGED``)
_FREE_FEE_RE = re.compile(r"(?<![a-z0-9])(?:" + lexicon.common.FREE_FEE + "|" + lexicon.common.FREE_CHARGED + ")")
_PRICE_NEVER_CHARGED_RE = re.compile(r"(?<![a-z0-9])(?:" + lexicon.common.PRICE_NEVER_CHARGED + ")")
#: a reduction shown from a reference price ("was £1,200 now £399", « 399 € au lieu de 999 € », "70% OFF", « -60 % »)
_REDUCTION_RE = re.compile(r"(?<![a-z])(?:was|au lieu de|instead of|prix barre|barre|now|maintenant|rrp|normally|usually|reg|regular(?:ly)?|"
                           r"(?:huge |big |massive |great )?discount|(?:grosse |belle |enorme )?(?:remise|reduction)|"
                           r"retails? (?:for|at))(?![a-z])|\d ?% (?:off|de remise|de reduction)|-\s?\d+ ?%|"
                           r"\d ?(?:€|euros?)? ?(?:➡️?|→|->|=>) ?[$£€]?\d")
#: a review asked for with its rating set ("leave a 5-star review", « laissez un avis 5 étoiles ») and a reward for it
#: ("DM me the screenshot for a $10 gift card", « recevez un bon d'achat de 10 € »), in either order (folded text)
_REVIEW_RATED = (r"(?:5|five|cinq)[\s\-]?(?:stars?|etoiles?)(?: [a-z]+)? (?:review|rating|avis|note)|"
                 # the stars drawn ("a 5★ review", "⭐⭐⭐⭐⭐ review": fold reads every symbol as \x02)
                 r"(?:5 ?\x02|\x02{5}) ?(?:review|rating|avis|note)|(?:review|avis|note)s? (?:de )?(?:5 ?\x02|\x02{5})|"
                 r"(?:give|leave|rate|donnez[\s\-]nous|donne[\s\-]nous|mettez[\s\-]nous|mets[\s\-]nous|notez[\s\-]nous|"
                 # stop 28: the stars asked for someone else (« laissez-leur 5 étoiles », « mettez-lui 5 étoiles »)
                 r"(?:laissez|laisse|mettez|mets|donnez|donne)[\s\-](?:leur|lui|moi|nous)|laissez|mettez) "
                 r"(?:us |me |it |them )?(?:5|five|cinq)[\s\-]?(?:stars?|etoiles?|\x02)|(?:notez|note)[\s\-]nous 5/5|(?:your|tes|vos|ses|their) (?:5|five|cinq) (?:stars?|etoiles?)|(?:top|maximum|max) rating|(?:note|avis) maximale?|(?:review|rating|avis|note)s? "
                 r"(?:a |de |en )?(?:5|five|cinq)[\s\-]?(?:stars?|etoiles?)|(?:positive|glowing|good|great|positif|positive|"
                 r"elogieux) (?:review|rating|avis)|(?:review|avis|note) (?:positif|positive|elogieux|5/5|de 5/5)|5/5 (?:review|avis|sur)")
_REVIEW_REWARD = (r"(?:is|are|'s|'re|be|'ll be) on (?:us|the house)|on the house|(?:get|gets|grab|earn|enjoy|win) (?:a |an |one |your )?"
                  r"(?:free|complimentary)|complimentary|gratuite?s?|on (?:t'|vous )?offre|nous (?:t'|vous )?offrons|gift ?card|voucher|[$£€] ?\d|\d ?(?:€|euros?)|(?:a |your )?refund|cashback|free [a-z]+|(?:send|give|gift)s? (?:you|u) (?:a|an|some|one)(?![a-z])|discount|\d+ ?(?:%|per ?cent) off|bon d'achat|carte cadeau|rembourse|remboursement|reduction|offert|"
                  r"cadeau|(?:chance|entry|entries) (?:to win|into)|tirage au sort|concours|points|"
                  # stop 28: the reward sent by the author in French (« je vous envoie un échantillon »)
                  r"(?:je|on|nous) (?:vous|te|t') ?(?:envoie|envoyons|offre|offrons|donne|donnons|rembourse)|echantillons?")
_REVIEW_INCENTIVE_RE = lexicon.WordStartSearch.compile(r"(?<![a-z0-9])(?<![0-9] )(?<![0-9],)(?:(?:" + _REVIEW_RATED + r")[^\n]{0,120}?(?:" + _REVIEW_REWARD + r")|(?:"
                                  + _REVIEW_REWARD + r")[^\n]{0,80}?(?:for|pour|contre|against|in exchange for|en echange d'?) "
                                  r"(?:a |an |un |une |your |votre |ton |ta )?(?:" + _REVIEW_RATED + r"))")
#: the reward said to go to every review, whatever its rating ("whatever you write", « quelle que soit votre note »): a
#: disclosed incentive for an honest review is lawful (16 CFR 465.4 reaches only an incentive tied to the sentiment)
_ANY_REVIEW_RE = re.compile(r"(?<![a-z])(?:whatever (?:you|they) (?:write|say|think|rate|give)|good or bad|positive or negative|"
                            r"(?:any|every) (?:honest )?review|honest (?:review|feedback|opinion)|no matter (?:what|the rating|how many)|"
                            r"stars? (?:are |is )?not (?:required|necessary|needed)|quel(?:le)?s? que soi(?:en)?t|positif ou negatif|"
                            r"positive ou negative|bon ou mauvais|meme (?:negatif|critique|mitige)|avis (?:sincere|honnete)s?|"
                            r"tout avis|chaque avis)")
#: a disease named, then said cured by the product a few words on (folded text; ``sectors`` holds the diseases)
_CURED_IT_CUE = re.compile(r"(?:cured|healed|reversed|got rid of|gueri|soigne|fait disparaitre) (?:it|them|my|l'a|les a)|"
                           r"(?:l'a|les a|l'ont|les ont) (?:gueri|soigne|fait disparaitre)")
#: the words ``_CURED_IT_CUE`` cannot match without (a cheap test first)
_CURED_IT_WORDS = ("cured", "healed", "reversed", "got rid of", "gueri", "soigne", "fait disparaitre")
_CURED_IT_RE = lexicon.WordStartSearch.compile(r"(?<![a-z])" + sectors._DISEASE_EN + r"(?![a-z])[^.!?\n]{0,80}?(?:cured|healed|reversed|got rid of) "
                          r"(?:it|them)(?![a-z])|(?<![a-z])" + sectors._DISEASE_FR + r"(?![a-z])[^.!?\n]{0,80}?(?:l'a|les a|l'ont|"
                          r"les ont) (?:gueri|soigne|fait disparaitre)")
#: the author saying they have not used what they go on to recommend ("I haven't actually tried it yet but trust me", « je ne
#: l'ai pas encore testé mais foncez »)
_UNTRIED_RE = lexicon.WordStartSearch.compile(r"(?<![a-z])(?:(?:haven't|havent|have not|never|not) (?:actually |even |really |personally )?(?:tried|used|tested|"
                         r"worn|tasted|opened) (?:it|them|this|these)(?: (?:yet|myself|out))?|(?:ne l'ai|ne les ai|l'ai|les ai) "
                         r"(?:pas|jamais) (?:encore )?(?:teste|essaye|utilise|goute|porte)e?s?|pas encore (?:teste|essaye|utilise)e?s?)"
                         r"[^.!?\n]{0,12}?(?:,? ?but|,? ?mais)(?![a-z])[^.!?\n]{0,60}?(?:trust me|best|love|recommend|grab|go for it|"
                         r"foncez|fonce|meilleure?s?|recommande|must|obsessed|amazing|you need|need this|incroyable|genial|top|"
                         r"game ?changer|holy grail|will change|va changer|glowing|parfaite?)")
#: a reduction confined to a selection by the post's small print ("*selected lines only", "exclusions apply", « sur une
#: sélection d'articles »)
_SELECTION = (r"selected (?:lines|items|styles|products|ranges?|stock)|selection (?:of|d'articles|de produits)|"
              r"sur (?:une )?selection|(?:certain|some) (?:lines|items|products|styles)|exclusions? apply|"
              r"articles (?:selectionnes|signales|concernes)|produits (?:selectionnes|signales|concernes)|"
              r"hors (?:nouveautes|promotions?|articles)|excluding (?:new|sale|selected)")
_SELECTION_RE = re.compile(r"(?<![a-z])(?:" + _SELECTION + ")")
_EVERYTHING_CUT = ("everything", "tout", "wide", "whole", "entire")


def _limit_denied(ft: str, found: str) -> bool:
    """Is this limitless wording one the post's own terms deny? An unlimited plan by its cap; a policy excluding nothing
    only where a policy is spoken of; a reduction on everything only by a selection."""
    if "unlimit" in found or "illimit" in found:
        return True
    if any(w in found for w in _EVERYTHING_CUT) and "cover" not in found and "couvert" not in found:
        return _SELECTION_RE.search(ft) is not None
    return _INSURANCE_SAID.search(ft) is not None
#: an offer said to have no limit ("TRULY unlimited data, no caps, ever", "covered for EVERYTHING … no exclusions", « forfait
#: illimité ») …
_LIMITLESS_RE = lexicon.WordStartSearch.compile(r"(?<![a-z])(?:(?:truly|really|totally|completely|genuinely|actually|vraiment|totalement|reellement) "
                           r"(?:unlimited|illimitee?s?)|(?:unlimited|illimitee?s?)[^.!?\n]{0,40}?(?:no caps?|no limits?|no throttling|"
                           r"ever|sans (?:aucune )?limite|sans plafond|jamais bride)"
                           r"|covered for everything|covers everything|no exclusions|zero exclusions|sans (?:aucune )?exclusions?|"
                           r"aucune exclusion|tout est couvert|couverte? pour tout|"
                           # stop 27: a reduction said of everything ("EVERYTHING HALF PRICE", "40% off everything", « -70 %
                           # sur TOUT le magasin ») that the small print confines to a selection (CAP 3.10: a qualification
                           # may clarify a claim, not contradict it)
                           r"everything (?:is |at |now )?(?:half[\s\-]price|half off|\d+ ?% off|on sale|reduced)|(?:half|\d+ ?%) off "
                           r"(?:everything|the (?:whole|entire) (?:store|shop|site|range))|(?:storewide|sitewide|site-wide|store-wide) "
                           r"(?:sale|\d+ ?% off|half price)|-?\d+ ?% sur (?:tout|toute) (?:le magasin|la boutique|le site|la collection|"
                           r"le rayon|l'enseigne)|tout (?:le magasin|la boutique) (?:a|en) (?:-?\d+ ?%|moitie prix))(?![a-z])")
#: the words ``_LIMITLESS_RE`` cannot match without when it says neither "unlimited" nor « illimité » (a cheap test first)
_LIMITLESS_WORDS = ("covered for everything", "covers everything", "exclusion", "tout est couvert", "couvert pour tout",
                    "couverte pour tout")
#: … that its own small print limits ("speeds may be reduced after 50GB", "fair use policy applies", « débit réduit au-delà de
#: 100 Go »), or a policy said to exclude nothing (every insurance contract has exclusions: C. assur. L112-4, L113-1)
_LIMIT_TOLD_RE = lexicon.WordStartSearch.compile(r"(?<![a-z])(?:speeds? (?:may|will|can|might) be (?:reduced|slowed|throttled|limited)|throttl|deprioriti[sz]|"
                            # stop 28: a policy said to cover everything (every policy has exclusions: C. assur. L113-1;
                            # FTC Act § 5), not "covers everything from X to Y", a scope listed
                            r"covers? everything(?! from)|covers (?:it all|all of it)|"
                            r"fair (?:use|usage)|after \d+ ?gb|over \d+ ?gb|au-?dela de \d+ ?go|debit reduit|usage raisonnable|"
                            r"no exclusions|zero exclusions|sans (?:aucune )?exclusions?|aucune exclusion|covered for everything|"
                            r"tout est couvert|" + _SELECTION + ")")
#: an insurance contract spoken of (the "no exclusions" reading needs one: « pour tous, sans exclusion » is no policy)
_INSURANCE_SAID = lexicon.WordStartSearch.compile(r"(?<![a-z])(?:insur\w*|assur\w*|polic(?:y|ies)|mutuelle|coverage|premiums?|deductible|franchise|"
                             r"(?:flood|fire|theft|earthquake|storm|water damage|degats des eaux|incendie|vol)(?![a-z]))")
_SALES_OUT_RE = re.compile(r"(?<![a-z0-9])(?:" + lexicon.common.SALES_OUT_OF_PERIOD + ")")
_SALES_RESTOCKED_RE = re.compile(r"(?<![a-z0-9])(?:" + lexicon.common.SALES_RESTOCKED + ")")
_RIGHTS_MISSTATED_RE = re.compile(r"(?<![a-z0-9])(?:" + lexicon.common.RIGHTS_MISSTATED + ")")
_PAID_COVER_RE = re.compile(lexicon.common.PAID_COVER)
_DELIVERY_PROMISE_RE = re.compile(r"(?<![a-z0-9])(?:" + lexicon.common.DELIVERY_PROMISE + ")")
_DELIVERY_BEHIND_RE = re.compile(lexicon.common.DELIVERY_BEHIND)
_GIFT_CARD_EXPIRY_RE = re.compile(r"(?<![a-z0-9])(?:" + lexicon.common.GIFT_CARD_EXPIRY + ")")
_HEALTH_PROFESSIONAL_RE = re.compile(lexicon.common.HEALTH_PROFESSIONAL, re.M)
_PROFESSIONAL_RECOMMENDS_RE = re.compile(lexicon.common.PROFESSIONAL_RECOMMENDS)
_MEDICINE_NAMED_RE = lexicon.WordStartSearch.compile(lexicon.common.MEDICINE_NAMED)
_BROADBAND_UP_TO_RE = re.compile(r"(?<![a-z])(?:" + lexicon.common.BROADBAND_UP_TO + ")")
_BROADBAND_AVERAGE_RE = re.compile(lexicon.common.BROADBAND_AVERAGE)
_CHARITY_VAGUE_RE = re.compile(r"(?<![a-z])(?:" + lexicon.common.CHARITY_VAGUE + ")")
_CHARITY_PURCHASE_RE = re.compile(lexicon.common.CHARITY_PURCHASE)
_CHARITY_TERMS_RE = re.compile(lexicon.common.CHARITY_TERMS)
_DEVICE_FR_RE = lexicon.WordStartSearch.compile(lexicon.common.DEVICE_FR)
_DEVICE_FR_MENTION_RE = lexicon.WordStartSearch.compile(lexicon.common.DEVICE_FR_MENTION)
_PRICE_SUPERIORITY_RE = lexicon.WordStartSearch.compile(r"(?<![a-z0-9])(?:" + claims.PRICE_SUPERIORITY + ")")
_OBJECTIVE_CLAIM_RE = re.compile(r"(?<![a-z0-9])(?:" + claims.OBJECTIVE_CLAIMS + ")")
_DISEASE_CURE_RE = re.compile(r"(?<![a-z0-9])(?:" + claims.DISEASE_CURE + ")")
#: the words ``_FREE_FEE_RE`` cannot match without (a cheap test first)
_FREE_FEE_CUES = ("fee", "frais", "charge", "cost", "handling", "strings", "catch", "cancel", "abonn", "subscri", "engagement",
                  "part of", "included in", "built into", "baked into", "covered by", "inclus", "compris",
                  "renew", "roll", "repart", "reconduit", "then",
                  # stop 30: the "free" item's packaging or a paid membership to sign up to
                  "packaging", "wrapping", "emballage", "box", "coffret", "membership", "sign up", "join")
#: the words ``_PRICE_NEVER_CHARGED_RE`` cannot match without (a cheap test first)
_PRICE_NEVER_CUES = ("never", "jamais", "ever paid", "every time", "every single time", "since", "depuis", "for months",
                     "most of", "always", "toujours", "all summer", "all spring", "launch", "lancement", "msrp", "rrp",
                     "conseille", "list price", "retail price",
                     "for ages", "for weeks", "a year", "the last", "all year", "toute l'annee", "tout le temps", "chaque fois",
                     "last year", "l'an", "tout l'", "toute la saison", "tout le ", "all season", "all month", "bump", "raised",
                     "jacked", "hiked", "inflated", "upped", "pumped", "increased", "put up", "gonfl", "augment", "remont",
                     # stop 30: a reference price held for days or a week
                     " day", " week", " hour", " jour", " semaine", " heure")
_OPPORTUNITY_RE = lexicon.WordStartSearch.compile(r"(?<![a-z0-9])(?:" + lexicon.common.BUSINESS_OPPORTUNITY + ")")
#: a content warning written as the post's first line: "CW: …", "[CW : …]", "TW - …", "Content warning: …"
_CW_LINE = re.compile(r"[ \t]*[\[(]?[ \t]*(?:cw|tw|c\.w\.|t\.w\.|content warning|trigger warning)"
                      r"[ \t]*[:\-\u2013\u2014][ \t]*([^\n]*?)[ \t]*[\])]?[ \t]*(?:\n|$)", re.IGNORECASE)
#: the author saying the picture is filtered or retouched (folded text); a water, coffee or UV filter is no picture's
_FILTER_SAID = lexicon.WordStartSearch.compile(
    r"(?<![a-z])(?:(?:valencia|clarendon|juno|lark|gingham|ludwig|beauty|glow|smooth(?:ing)?|skin|face|bold glamour|glamour|"
    r"tiktok|snapchat|snap|instagram|insta|beaute|visage|peau|lissant)[\s\-]filter|filter (?:on|used|applied)(?![a-z])|"
    r"(?:used|using|added|wearing|with) (?:the |a |my |this |that )?(?!(?:water|coffee|air|oil|fuel|pool|fish|tank|hepa|uv|"
    r"blue[\s\-]light|light|sun|dust)[\s\-])(?:[a-z]+ )?filter(?:s)?(?![a-z])|facetuned?|airbrush(?:ed)?|photoshopped|"
    r"retouched (?:my|the|this) (?:face|skin|body|waist|pic|photo|selfie)|edited (?:with|in|on) (?:facetune|photoshop|lightroom|"
    r"snapseed|meitu|beautyplus)|filtre (?:beaute|glow|visage|peau|lissant|snap|snapchat|insta|instagram|tiktok)|"
    r"(?:avec|sous) (?:le |un |ce )?filtre (?!(?:a|uv|solaire|solaires|anti)(?![a-z]))[a-z]+|filtre (?:active|mis|utilise|applique)|"
    r"photoshopee?|retouchee? (?:avec|sur) (?:facetune|photoshop|lightroom))")
_NO_FILTER = re.compile(r"(?:\bno|#no|sans|without|pas de|aucun|zero|zéro|un|not using|never use) ?(?:a |any |le |de )?filt|"
                        r"unfiltered|nofilter")
#: the picture said untouched: no edit, no filter, no retouch (folded text)
_EDIT_DENIED = re.compile(r"(?<![a-z])(?:(?:no|zero|without|sans|pas de|aucune?|0) (?:edits?|editing|retouch(?:ing|es)?|retouches?|"
                          r"photoshop|facetune|filters?|filtres?)(?![a-z])|unedited|unretouched|non retouchee?s?|#?nofilter|"
                          r"#?noedits?|not (?:edited|retouched|photoshopped|filtered)|(?:pas|jamais) (?:retouchee?s?|modifiee?s?))")
#: a denial's object right after it, the body a beauty product works on ("no filter on my skin", « sans retouche sur
#: la peau »): read beside a retouch the text confines to the background or the light (common.RETOUCH_SCOPE)
_DENIAL_OF_BODY = re.compile(r",? ?(?:on|of|to|for|over|sur|de|du|des|a) (?:my|the|her|his|your|ma|mon|mes|la|le|les|l'|sa|son|ses)? ?"
                             r"(?:[a-z\-]+ )?(?:skin|face|lashes|lips|hair|brows|eyebrows|nails|eyes|teeth|body|complexion|peau|visage|"
                             r"cils|levres|cheveux|sourcils|ongles|yeux|dents|corps|teint)(?![a-z])")
#: a denial said after the thing it is of ("bag unedited", "skin unedited", « sac non retouché »): beside a retouch confined to
#: the background or the light, what the text denies was edited is the product or the body, told as shot (as
#: ``_DENIAL_OF_BODY`` reads "no filter on my skin")
_DENIAL_AFTER_THING = re.compile(r"unedited|unretouched|not (?:edited|retouched)|non retouchee?s?|pas retouchee?s?")
_THING_BEFORE = re.compile(r"[a-z]{2,} (?:is |are |was |est |sont )?$")
#: an edit of the author's own face or skin told by the text ("a skin-smoothing filter on my face", « un filtre sur mon visage »)
_BODY_EDIT_SAID = re.compile(r"(?<![a-z])(?:(?:skin[\s\-]smoothing|beauty|face|smoothing) filter|(?:filter|filtre|facetune|"
                             r"retouche|smoothed|smoothing|edited|retouched)(?: [a-z\-]+){0,2} (?:on|of|sur|de) (?:my|ma|mon|mes) "
                             r"(?:face|skin|visage|peau|teint))(?![a-z])")
#: a digit anywhere (a scan in C: a generator over a 500-character post costs more than the rules it gates)
_DIGIT = re.compile(r"\d")
#: the words an environmental claim cannot be made without (a cheap test first)
_GREEN_WORDS = ("carbon", "climat", "eco", "planet", "footprint", "empreinte", "guilt", "neutr", "net zero", "net-zero",
                "sustainab", "durable", "biodegrad", "environment", "environnement")
_URL_IN_TEXT = re.compile(r"(?:https?://|www\.)[^\s]+")
_WALL = re.compile(r"#[^\s#]+(?:\s+#[^\s#]+){3,}")
_PADDING = re.compile(r"\n(?:[ \t.,\-_*~|]*\n){3,}|[ \t]{12,}")
_RANK = {"ok": 0, "weak": 1, "hidden": 2, "after_cut": 2, "wall": 2, "cw": 2, "alt": 2, "insufficient": 3, "mismatch": 3}
_PLACEMENT_RULE = {"hidden": "mention_hidden", "cw": "mention_behind_cw", "after_cut": "mention_after_cut",
                   "wall": "mention_in_hashtag_wall", "mismatch": "mention_language", "alt": "mention_in_alt_text"}
#: stop 30 (holdout21d): a block the text gives as the image's alternative text or the link's preview card ("[Alt text: …]",
#: « [ALT : …] », "[Card: …]", "[Link preview: …]"): a label only there is not seen by most readers (the card may be cropped
#: or not rendered): loi 2023-451 art. 5 (claire, lisible, identifiable); 16 CFR 255.5 and Disclosures 101; CAP 2.1
_ALT_BLOCK = re.compile(r"\[ ?(?:alt(?:[\s\-]?text)?|texte alternatif|image description|description de l'image|description|"
                        r"link preview|link card|preview|card|carte|apercu(?: du lien)?|vignette|thumbnail) ?:[^\]\n]*\]?")
_TWELVE_SPACES = " " * 12
#: placements a reader does not see at all (not the feed's "… more" cut, which a reader may open)
_OUT_OF_SIGHT = frozenset(("hidden", "cw", "wall", "alt"))
_READINGS = frozenset(("sector", "reason", "promo", "hint", "endorse"))
_WEAKER = frozenset(("ambiguous", "word"))
# the wordings nobody owes are not sought: (not an employee, image not retouched, not virtual) → kinds skipped
_SKIPS = {(rel, ret, vir): frozenset(k for k, on in (("relationship", rel), ("retouched", ret), ("virtual", vir)) if on)
          for rel in (True, False) for ret in (True, False) for vir in (True, False)}


#: the trades whose public rules and rates an employee may comment on (a savings rate, a stake limit, a regulator's
#: regime): money, crypto-assets, gambling
_TRADE_NEWS_SECTORS = frozenset(("financial", "crypto", "gambling", "financial_cfd", "betting_tips", "consumer_credit"))
#: what makes such a post the trade's public matter: a regulator or a public authority named, the rules themselves
_PUBLIC_MATTER = re.compile(r"(?<![a-z])(?:sec|cftc|finra|fca|amf|acpr|anj|esma|mica|gambling commission|bercy|banque de france|"
                            r"service-public|regulat[a-z]*|reglement[a-z]*|regimes?|compliance|conformite|en vigueur|in force)"
                            r"(?![a-z])")

class _Facts:
    """What a finding's message needs, kept apart from the check: a finding that pointed back at the
    check holding it would make every check a reference cycle, left for the cyclic garbage collector
    (a third of the checker's time)."""

    __slots__ = ("brand", "fix_needs", "jurisdiction", "lang", "net", "network_name", "pack")

    def __init__(self, chk):
        self.net, self.network_name, self.lang = chk.net, chk.network_name, chk.lang
        self.jurisdiction, self.pack, self.brand = chk.jurisdiction, chk.pack, chk.brand
        self.fix_needs = chk.fix_needs   # the same set: the check adds to it until it ends

    def format_values(self, found, sector, limit, length):
        """The values a finding's message needs (French, English), computed when it is read."""
        net_label = self.net.label if self.net else (self.network_name or "?")
        fmt = {"network": net_label, "cut": self._cut_label(), "found": found, "lang": self.lang,
               "sector": sector, "limit": limit, "length": length, "known": ", ".join(sectors.SECTORS)}
        # the mentions a fix proposes are in the post's language and jurisdiction, whatever the
        # language the message itself is shown in
        fmt.update(mention_values(self))
        return dict(fmt, brand=self.brand or "la marque"), dict(fmt, brand=self.brand or "the brand")

    def _cut_label(self) -> str:
        n = self.net
        if not n or not n.cut_chars:
            return "—"
        if n.cut_lines:
            return f"{n.cut_chars} / {n.cut_lines}"
        return str(n.cut_chars)


class _Check:
    """One check: the state shared by the steps below. Nothing it creates points back at it (see
    :class:`_Facts`): a check is freed by reference counting, never by the cyclic collector."""

    def __init__(self, text, network_name, lang, context):
        self.text = text if isinstance(text, str) else ("" if text is None else str(text))
        self.ctx = _context(context)
        self.net: Network | None = checked_network(network_name)
        self.network_name = self.net.name if self.net else str(network_name or "")
        self.vis_map = None
        if "\u202e" in self.text:  # right-to-left override: the reader sees those letters reversed
            visual, self.vis_map = visual_order(self.text)
            self.f: Folded = fold(visual)
        else:
            self.f = fold(self.text)
        primary, region_j = _norm_lang(lang)
        self.lang = primary or detect_lang(self.f.text, self.text)
        # mentions are judged against French and English only; other languages are not judged
        self.match_lang = self.lang if self.lang in ("fr", "en") else "und"
        j = self.ctx.get("jurisdiction")
        if j:
            j = str(j).strip().lower()
            j = _JURISDICTION_ALIASES.get(j, j)
        if j not in lexicon.PACKS:
            j = region_j or ("us" if self.lang == "en" else "fr")
        self.jurisdiction = j
        self.pack = lexicon.PACKS[j]
        self.rewarded = _flag(self.ctx.get("rewarded"))
        self.employee = _flag(self.ctx.get("employee"))
        brand = self.ctx.get("brand")
        self.brand = str(brand).strip() if brand else None
        self.findings: list[Finding] = []
        self._fired: set[str] = set()
        self._facts: _Facts | None = None
        self.fix_needs: set[str] = set()
        self.denial_spans: list[tuple[int, int]] = []
        self.disguised_spans: list[tuple[int, int]] = []
        self.spaced_spans: set[tuple[int, int]] = set()
        self._walls = None
        self.cw_hides = False
        ft = self.f.text
        self.padding_ends = ([p.end() for p in _PADDING.finditer(ft)]
                             if ft.count("\n") >= 4 or _TWELVE_SPACES in ft or "\t" in ft else [])
        self.commercial_owed = False
        self.gift_hides_sale = False
        self.owed_kinds: set[str] = set()
        self.owed: bool = True
        self.owed_reason: str | None = None
        self.owed_cue = ""
        self._purposes: list[str] | None = None
        self._of_product: bool | None = None
        self._names_brand: bool | None = None
        self.sectors: dict[str, tuple[int, int] | None] = {}
        #: the span of the first word that shows a food supplement (None: the context or a weak cue), False: none
        self.supplement: tuple[int, int] | None | bool = False
        self.length_value = len(self.text)
        self.limit = None
        link = self.ctx.get("link")
        #: The link the post will carry where the network puts it in the text (counted in its length).
        self.link = link.strip()[:2000] if isinstance(link, str) and link.strip() else None

    # -- helpers ------------------------------------------------------------------------------
    def add(self, rule: str, span=None, kind=None, found="", sector="", limit="", length="", reference=None,
            severity=None):
        spec = self.pack.rules[rule]
        facts = self._facts
        if facts is None:
            facts = self._facts = _Facts(self)
        self.findings.append(Finding(rule, severity or spec["severity"], reference or spec["reference"], span, kind=kind,
                                     spec=spec, values=(facts, found, sector, limit, length)))
        self._fired.add(rule)

    def span_of(self, m) -> tuple[int, int]:
        return self.span(m.start, m.end)

    def span(self, start, end) -> tuple[int, int]:
        """Folded positions → [start, end) in the caller's text."""
        s, e = self.f.span(start, end)
        if self.vis_map is None:
            return s, e
        if e <= s:
            return s, e
        originals = [self.vis_map[i] for i in range(s, min(e, len(self.vis_map)))]
        return (min(originals), max(originals) + 1) if originals else (s, e)

    def found(self, m) -> str:
        s, e = self.span_of(m)
        return self.text[s:e].strip()[:60]

    def walls(self):
        if self._walls is None:
            self._walls = [(w.start(), w.end()) for w in _WALL.finditer(self.f.text)]
        return self._walls

    # -- status of one mention -------------------------------------------------------------------
    def status(self, m) -> str:
        wd = m.wording
        strength = "ok" if wd.strength == "accepted" else wd.strength
        if self.match_lang not in ("und", wd.lang) and wd.lang != "any":
            other = wd.other_lang
            if other == "weak":
                strength = "weak"
            elif other != "accepted":
                return "mismatch"
        if wd.start and self.f.text[1:m.start].strip():
            return "none"
        ftext = self.f.text
        if m.hashtag:
            for ws, we in self.walls():
                if ws <= m.start < we and not (m.start == ws and not ftext[1:ws].strip()):
                    return "wall"  # only a wall that opens the post leaves its first tag in plain sight
        if self.padding_ends and self.padding_ends[0] <= m.start:
            return "hidden"
        if "[" in ftext and any(b.start() < m.start < b.end() for b in _ALT_BLOCK.finditer(ftext)):
            return "alt"
        visible = self.f.visible_pos(m.start)
        if visible - (m.start - 1) >= 8:
            return "hidden"
        if self.cw_hides:
            return "cw"
        if self.past_cut(m.start, m.end):
            return "after_cut"
        return strength

    def past_cut(self, start: int, end: int) -> bool:
        """Does the folded stretch [start, end) reach past the network's "see more" cut (its visible characters, or
        the lines it shows)?"""
        net = self.net
        if net is None or net.cut_chars is None:
            return False
        return self.f.visible_pos(end) > net.cut_chars or (
            net.cut_lines is not None and self.f.text.count("\n", 0, start) >= net.cut_lines)

    def cut_at(self) -> int:
        """The folded position of the cut: the first character past the visible characters, or the newline that ends
        the last line shown, whichever comes first (the text's length when the network has no cut)."""
        ft, net = self.f.text, self.net
        if net is None or net.cut_chars is None:
            return len(ft)
        cut = bisect.bisect_right(range(len(ft)), net.cut_chars, key=self.f.visible_pos)
        if net.cut_lines is not None:
            nl = -1
            for _ in range(net.cut_lines):
                nl = ft.find("\n", nl + 1)
                if nl < 0:
                    break
            if 0 <= nl < cut:
                cut = nl
        return cut

    # -- the steps ---------------------------------------------------------------------------------
    def run(self) -> Result:
        f = self.f
        ctx = self.ctx
        self.skip = skip = _SKIPS[(self.employee is not True, not ctx.get("image_retouched"),
                                   not ctx.get("image_virtual"))]
        # what the post is about (sectors, reasons, promotion) comes from the same scan, kept apart
        self.readings = []
        matches = self.pack.find(f.text, skip, self.readings)
        self.cues = {m.wording.name for m in self.readings if m.wording.kind == "content"}
        if self.employee is not True and "family_tie" in self.cues and _FAMILY_TIE_RE.search(f.text) is not None:
            # the text tells a family tie to the brand ("full disclosure: my wife owns it"): a connection whatever the
            # context says, owed where it is seen (16 CFR 255.5; DMCC Sch. 20 para 22; C. consom. L121-4 22°); the
            # text is read again with the employment wordings an employee's post is read with
            self.employee = True
            self.skip = skip = _SKIPS[(False, not ctx.get("image_retouched"), not ctx.get("image_virtual"))]
            self.readings = []
            matches = self.pack.find(f.text, skip, self.readings)
        if maybe_spaced(f.text):
            matches.extend(self.spaced_out())
        if "http" in f.text or "www." in f.text:
            urls = [(u.start(), u.end()) for u in _URL_IN_TEXT.finditer(f.text)]
            matches = [m for m in matches if not any(s <= m.start < e for s, e in urls)]
        if '"' in f.text or "'" in f.text:
            # a label word quoted inside a sentence (« la mention « Publicité » reste exigée », 'the word "#ad"', "it's
            # '#ad', up front") is the word spoken of, not a label used: a post about the rules labels nothing (loi 2023-451
            # art. 5 asks for a mention that identifies the post's own commercial intent; CAP 2.1). A quoted label opening
            # the post still labels
            quoted = {(m.start, m.end) for m in matches if m.wording.kind in _LABEL_KINDS and _quoted(f.text, m.start, m.end)}
            if quoted:  # the word's promotional reading goes with it
                matches = [m for m in matches if (m.start, m.end) not in quoted]
                readings = [m for m in self.readings if (m.start, m.end) not in quoted]
                if any(m.wording.kind == "reason" and m.wording.name in ("news", "market") for m in readings):
                    # the labels spoken of in a post reporting the rules ("the ASA's rulings say 'gifted' … if there's an
                    # affiliate link, it's '#ad'"): the label's vocabulary there is the rule's topic, not this post's
                    # promotion (CAP 1.1: regulatory comment is no marketing; loi 2023-451 art. 1)
                    readings = [m for m in readings if not (m.wording.kind == "promo" and _LABEL_TOPIC.match(f.text, m.start))]
                self.readings[:] = readings
        if "#" in f.text and (" are " in f.text or " is " in f.text or " sont " in f.text or " like " in f.text or " comme " in f.text
                              or "such as" in f.text):
            # label hashtags listed as the subject of a sentence, or as examples ("#spon and #collab are still everywhere",
            # "tags like #ad or #sp", « des mentions comme #pub ou #collab »): the words spoken of, not a label used — a
            # post on the labelling rules labels nothing (loi 2023-451 art. 5; CAP 2.1)
            spoken = [m.span(1) if m.group(1) else m.span(2) for m in _LABELS_SPOKEN.finditer(f.text)]
            spoken = [(s, e) for s, e in spoken if f.text[:s].strip()]
            if spoken:
                inside = {(m.start, m.end) for m in matches if m.wording.kind in _LABEL_KINDS and m.hashtag
                          and any(s <= m.start < e for s, e in spoken)}
                if inside:
                    matches = [m for m in matches if (m.start, m.end) not in inside]
                    self.readings[:] = [m for m in self.readings if (m.start, m.end) not in inside and not (
                        m.wording.kind == "promo" and any(s <= m.start < e for s, e in spoken))]
        cw = self.ctx.get("content_warning")
        if not cw and self.net is not None and self.net.name == "mastodon" and "w" in self.text[:24].lower():
            # a Mastodon post written with its content warning as its first line ("CW: Ad / I work at Sitka", « [CW :
            # annonce] »): the reader sees that line and opens the rest, as with the field (``content_warning``)
            # "C\u200bW:" is the same line to the reader: read without the characters fold drops (``INVISIBLE_CHARS``)
            head = _CW_LINE.match("".join(c for c in self.text[:400] if c not in INVISIBLE_CHARS))
            if head is not None:
                cw = head.group(1)
        self.cw_hides = bool(cw and str(cw).strip())
        cw_matches = []
        if self.cw_hides:
            cw_f = fold(str(cw))
            cw_matches = [m for m in self.pack.find(cw_f.text, self.skip)
                          if not m.negated and m.wording.kind not in _READINGS]
        # drop weaker readings inside a stronger wording ("collaboration" in "collaboration commerciale")
        if len(matches) > 1 and any(m.wording.kind in _WEAKER for m in matches):
            strong = [(m.start, m.end) for m in matches
                      if m.wording.strength in ("accepted", "weak") and not m.negated or m.wording.kind == "denial"]
            if strong:
                kept = []
                for m in matches:
                    if m.wording.kind in ("ambiguous", "word") and not m.negated and any(
                            s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in strong):
                        continue
                    kept.append(m)
                matches = kept

        by_kind: dict[str, list] = {}
        denials = []
        employment_denials = []
        self.image_denials = []
        for m in matches:
            kind = m.wording.kind
            if m.negated and kind in ("commercial", "ambiguous", "word") and _ads_of_product(f.text, m):
                continue  # "no ads, no tracking", « sans pub ni abonnement », "Good: no ads": the product's feature
            if m.negated and kind == "word" and m.wording.id in _PAY_WORDS and _BILL_SETTLED.match(f.text, m.end):
                continue  # stop 30: "if the balance is not paid in full", « non payé à l'échéance »: a debt, not the post
            if kind == "denial" or (m.negated and kind in ("commercial", "ambiguous", "word")):
                denials.append(m)
                continue
            if kind == "relationship" and (m.negated or m.wording.strength == "none"):
                employment_denials.append(m)  # "I don't work for Acme", "je ne suis pas salarié"
                continue
            if m.negated:
                if kind in ("retouched", "virtual"):
                    self.image_denials.append(m)
                continue
            by_kind.setdefault(kind, []).append(m)
        commercial = by_kind.get("commercial", [])
        ambiguous = by_kind.get("ambiguous", [])
        relationship = by_kind.get("relationship", [])
        bio_pointer = owed.connection_in_bio(f.text)
        if bio_pointer is not None and relationship:
            # "see bio for who I work for", « pour qui je bosse ? c'est dans ma bio »: the employment words point at the bio,
            # they state nothing in the post (C. consom. L121-4 22°; 16 CFR 255.5; FTC "Disclosures 101")
            s0, e0 = bio_pointer.start(), bio_pointer.end()
            end = _CLAUSE_END.search(f.text, e0)
            e0 = end.start() if end is not None else len(f.text)
            relationship = by_kind["relationship"] = [m for m in relationship if not s0 <= m.start < e0]
        pack = self.pack
        if pack.gift_no_control is not None and (ambiguous or commercial):
            gifts = [m for m in ambiguous + commercial if m.wording.id in pack.gift_wordings]
            if gifts and pack.gift_no_control.search(f.text) is not None:
                # a gift the brand has no say over: saying it was a gift is the disclosure owed
                upgraded = [lexicon.Match(replace(m.wording, kind="commercial", strength="accepted"), m.start, m.end,
                                          m.hashtag) for m in gifts]
                ambiguous = by_kind["ambiguous"] = [m for m in ambiguous if m not in gifts]
                commercial = by_kind["commercial"] = [m for m in commercial if m not in gifts] + upgraded
        if pack.plain_opening and commercial:
            # a payment stated in plain words that opens the post ("Uber Eats paid me to post this", "Referral link, so I get
            # £50 if you switch"): the reader knows the brand pays before anything is promoted (CAP 2.1 and 2.4; ASA/CMA
            # guide: upfront; uk.PLAIN_OPENING)
            opening = [m for m in commercial if m.wording.id in pack.plain_opening and m.wording.strength != "accepted"
                       and _opens_post(f.text, m.start) and not (m.wording.id == "en.disclosure_says"
                                                                 and _GIFT_VERB.search(f.text, m.start, m.end) is not None)]
            if opening:
                commercial = by_kind["commercial"] = [
                    lexicon.Match(replace(m.wording, strength="accepted"), m.start, m.end, m.hashtag) if m in opening else m
                    for m in commercial]
        if not commercial and (" by me" in f.text or "par moi" in f.text or "je fabrique" in f.text or "je les " in f.text):
            own = _OWN_BUSINESS.search(f.text)
            if own is not None and _MADE_BY_ME.search(f.text) is not None:
                # the author's own business and goods made by the author's hand ("my little candle business … hand-poured by
                # me", « ma petite savonnerie … savons faits main par moi »): the trader speaks of its own goods, the commercial
                # intent is plain to the reader (CAP 2.1 "obviously identifiable"; 16 CFR 255.5, the owner's tie told;
                # loi 2023-451 art. 5 « mention équivalente »; C. consom. L121-4 22°: no consumer posed as)
                commercial = by_kind["commercial"] = [lexicon.Match(_OWN_BUSINESS_WORDING, own.start(), own.end(), False)]

        rewarded = self.rewarded
        employee = self.employee
        self.read_sectors()
        # 1. owed first: is this a commercial communication for the brand at all? The cues are weighed (owed.py):
        # a strong promotional signal wins over any stated purpose; a weak cue gives way to a strong purpose
        ft = f.text
        readings = self.readings
        # a promotional word the author denies (« ce n'est pas un post sponsorisé », "this isn't an ad") promotes nothing:
        # the denial is weighed on its own below (loi 2023-451 art. 1; 16 CFR 255.0)
        promo = next((m for m in readings if m.wording.kind == "promo"), None)
        if promo is not None and denials:
            denied = [(d.start if d.neg_start is None else d.neg_start, d.end) for d in denials]
            if any(s <= promo.start < e for s, e in denied):
                # the scan keeps only the first cue: past a denied one, the post's own promotion is sought again
                # (« ce n'est pas sponsorisé : notre nouveau service sort, découvrez-le » still promotes it)
                promo = owed.strong_promotion(ft, denied)
        hints = [m for m in readings if m.wording.kind == "hint"]
        # software released under an open licence: the release's own words ("we released X under the MIT licence",
        # "now on GitHub, MIT-licensed") launch nothing that is sold (loi 2023-451 art. 1; 16 CFR 255.0)
        free = [owed.sentence_of(ft, m.start, m.end) for m in readings if m.wording.name == "free_release"]
        if free and promo is not None and any(s <= promo.start < e for s, e in free) and _RELEASE_CUE.match(ft, promo.start):
            hints.insert(0, promo)
            promo = owed.strong_promotion(ft, free)
        if promo is not None and employee is True:
            promo = _past_vacancy(ft, promo, free, hints)
        others = rewarded is not True and owed.speaks_of_others(ft)
        brand_f = _folded_brand(self.brand).strip() if self.brand else None
        if others and (promo is not None or hints):
            # a post about competitors or the market: their launches and offers are news, not the author's promotion
            # (the scan keeps only the first cue: the author's own are sought again)
            promo = owed.own_promotion(ft, brand_f)
            hints = [_span_match(m.start(), m.end()) for m in owed.own_hints(ft, brand_f)
                     if lexicon.negated(ft, m.start()) is None]
        # strong signals the scan does not read (they need the brand's name, or the raw text)
        short_ok = bool(brand_f) and owed.called_by_short_name(self.text, brand_f, _fold_word)
        if employee is True and rewarded is not True and hints:
            hints = self.owed_of_employee(ft, hints, brand_f, short_ok)
        if promo is None and hints:
            if not self.strong_purpose(ft, rewarded):
                promo = hints[0]  # a weak cue, and no strong purpose to weigh against it
            elif not others:
                # a strong purpose: is there a strong signal past the first, weak cue?
                promo = owed.strong_promotion(ft, free)
                if promo is not None and employee is True:
                    promo = _past_vacancy(ft, promo, free, hints)
            if promo is None and hints and owed.aimed(ft, hints[0].start, hints[0].end, brand_f) and not owed.said_of_people(
                    ft, hints[0].start, hints[0].end) and not any(m.wording.name == "not_promoting" for m in self.readings) \
                    and not self.purpose_beside(ft, hints[0]) and not owed.said_of_the_job(ft, hints[0].start):
                # « découvrez la gamme Acme »: a weak word, but said of the brand's own product (unless the post says
                # it is not about the products: "nothing to do with our products", or the cue is the stated purpose's
                # own sentence: « notre boutique de Rennes recrute », "our impact report is out")
                promo = hints[0]
        if promo is None and brand_f:
            promo = owed.launch(ft, brand_f, short_ok)  # "new tarts at Acme", « le nouveau carnet de Acme »: a launch
            if promo is not None and rewarded is not True and _PEOPLE_BEHIND_RE.search(ft, max(0, promo.start() - 30),
                                                                                promo.start()) is not None:
                # "meet the team behind Acme's new app", « l'équipe derrière la nouvelle appli de Acme »: the launch names
                # what the people presented made; the post is about them (loi 2023-451 art. 1; 16 CFR 255.0; CAP 1.1)
                promo = None
        if promo is None and "/" in ft:
            promo = owed.SHOP_LINK_RE.search(ft)  # "acme.com/shop": a link to the brand's shop
            if promo is None and brand_f:
                promo = owed.brand_link(ft, brand_f)  # "acme.fr/devis": a page of the brand's own site
        if promo is None and brand_f and (domain := owed.brand_domain(ft, brand_f)) is not None:
            hints.append(_span_match(domain.start(), domain.end()))  # "quillio.com": the shop one tap away, a weak cue
        if promo is None and any(w in ft for w in owed.URGENCY_WORDS):
            promo = owed.URGENCY_RE.search(ft)  # "this week only": an offer's urgency
        if promo is None and owed.STARS_RE.search(self.text) is not None:
            promo = True  # a review's stars: a consumer's verdict on a product
        if promo is None:
            # a consumer's verdict ("best … I've ever", "would recommend"): as strong as a promotion when it is said
            # of the brand or the author's own product (an employee posing as a customer), a weak cue otherwise
            # "best team I've ever worked with": the workplace, not a product; the next verdict may still be a product's.
            # A customer's posture (a trial over weeks, "verdict:", "found this app called …", owed.POSTURE) counts only
            # when said of the brand
            verdicts = [v for v in self.pack.find(ft, lexicon.ENDORSEMENTS) if not owed.said_of_people(ft, v.start, v.end)]
            verdict = next((v for v in verdicts if owed.aimed(ft, v.start, v.end, brand_f)), None)
            if verdict is not None:
                promo = verdict
            else:
                verdict = next((v for v in verdicts if not v.wording.id.startswith(lexicon.POSTURE_PREFIX)), None)
                if verdict is not None:
                    hints.append(verdict)
        if promo is None and employee is True and brand_f and self.names_brand() \
                and (pose := owed.CUSTOMER_POSE_RE.search(ft)) is not None:
            # an employee who speaks as the brand's customer ("as a mom of 3 who's tried everything … X's nuggets",
            # "been using X for months") gives a consumer's testimonial: an endorsement, whatever family story
            # surrounds it (directive 2005/29/CE annex I pt 22; C. consom. L121-4 22°; 16 CFR 255.5; CPUTR Sch. 1 para 22)
            promo = _span_match(pose.start(), pose.end())
        if promo is None and employee is True and rewarded is not True and brand_f \
                and (voice := owed.consumer_voice(ft, brand_f, short_ok)) is not None:
            # the employer's product told in a customer's or a fan's voice, whatever the words: the author's own use of it,
            # a verdict, a word to fellow consumers, two of them around its name ("I got a X last year and it honestly
            # saved us", "X 5G beat everyone … not really a contest", "Got the X set up — 10/10"): an endorsement that owes
            # the connection (16 CFR 255.5; DMCC Act 2024 Sch. 20 para 22; C. consom. L121-4 21° and 22°). Said in the
            # brand's own sentence, as strong as an offer; otherwise a weak cue a stated purpose outweighs
            cue = _span_match(*voice[1])
            if voice[0]:
                promo = cue
            else:
                hints.append(cue)
        if promo is None and (employee is True or rewarded is True) and "$" in ft:
            promo = owed.touted_ticker(ft, brand_f)  # "$GLOW is about to 100x": the employer's token touted
        if promo is None and (employee is True or rewarded is True) and (switch := owed.switch_call(ft, brand_f)) is not None:
            promo = _span_match(switch.start(), switch.end())  # « passez chez Fibrenet », "switch to Cartly": a call to buy
        if promo is None and employee is True and (result := owed.customer_result(ft, brand_f)) is not None:
            promo = _span_match(result.start(), result.end())  # "how X cut its stockouts by 30% with Logistiq": a case study
        if promo is None and employee is True and (act := owed.customer_act(ft, brand_f)) is not None:
            promo = _span_match(act.start(), act.end())  # "just renewed our office insurance with X": a customer's testimonial
        if promo is None and (employee is True or rewarded is True):
            # praise aimed at the brand or the author's own product: "Cleanest integration on the market — take a
            # hard look at X", « notre token va faire x10, c'est le moment de rentrer » (owed.praise); two
            # classes of words are a weak cue, three a verdict
            found = owed.praise(ft, brand_f, short_ok, owed.points_to_bio(ft))
            if found is not None:
                score, (ps, pe) = found
                cue = lexicon.Match(_CUE_WORDING, ps, pe, False)
                if score >= 3:
                    promo = cue
                else:
                    hints.append(cue)
            if promo is None and (claim := owed.product_claim(ft, brand_f, short_ok)) is not None:
                # the brand's product as the subject of a claim of performance, price or availability ("X's lipstick lasts
                # 12 hours", « le virement de X est gratuit et 7j/7 »): its promotion, a weak cue a stated purpose may
                # outweigh; with the connection left to the bio, the author knows the link and hides it: a promotion
                # (loi 2023-451 art. 1; C. consom. L121-4 22°; 16 CFR 255.5; CPUTR Sch. 1 para 22)
                cue = _span_match(claim.start(), claim.end())
                if bio_pointer is not None:
                    promo = cue
                else:
                    hints.append(cue)
            if promo is None and (call := owed.customer_call(ft, brand_f, short_ok)) is not None:
                # the reader called as the product's customer or patient (« parlez-en à votre médecin », "ask your doctor
                # if X is right for you"): beside the brand's product, a weak cue (CSP L5122-1; 16 CFR 255.5)
                hints.append(_span_match(call.start(), call.end()))
            if promo is None:
                # a teaser of the brand's coming release ("something big is coming from Acme"): a weak cue
                tease = owed.teaser(ft, brand_f, short_ok)
                if tease is not None:
                    hints.append(_span_match(tease.start(), tease.end()))
        if promo is None and (rewarded is True or employee is True) and ("code" in ft or "=" in ft or "use " in ft or
                                                                          "avec " in ft or "with " in ft):
            # a discount code handed to the reader ("use TRAIL25", « code LEA10 ») by a rewarded author or an employee is
            # the sale's own instrument: a promotion, whatever thanks or story surround it (loi 2023-451 art. 1; 16 CFR
            # 255.5; CAP 1.1). "my code" in a developer's post is no code: a token with a digit must follow
            code = owed.CODE_RE.search(ft)
            if code is not None and any(ch.isdigit() for ch in ft[code.start():code.end() + 16]):
                promo = code
        reasons = []
        outweighed = None
        if promo is None and employee is True and rewarded is not True and hints:
            hints = self.owed_of_employee(ft, hints, brand_f, short_ok)
        if promo is None and employee is True and rewarded is not True and any(w in ft for w in _GREEN_WORDS) and (
                self.names_brand() or short_ok) and (owed.addressed(ft) or (
                    _GREEN_BASIS_RE.search(ft) is None and not self.strong_purpose(ft, rewarded))) and self.green_claim(ft):
            # stop 28: the employer named, the reader told what its product does for the planet ("switching to X makes
            # your whole house carbon neutral", "X's plans are carbon neutral, so switching erases your home's
            # footprint"): the claim promotes the product, whatever report or news words it uses (CAP 1.1; 16 CFR
            # 255.0(a) and 255.5; loi 2023-451 art. 1); told to nobody and with no basis only outside a stated purpose
            # (the year's results' "first carbon-neutral depot" is news)
            promo = True
        if promo is None:
            price = owed.PRICE_RE.search(ft)
            if price is not None and others and owed.about_others(ft, price.start(), price.end(), brand_f):
                price = None  # a competitor's price is market news
            elif price is None and "£" in self.text:
                price = owed.POUND_RE.search(self.text.lower())
            if price is not None and rewarded is True and not self.job_pay_only(ft, rewarded):
                promo = price
            else:
                reasons = self.purposes(ft, rewarded)
                if hints:
                    strong = [name for name in reasons if name in owed.STRONG_REASONS]
                    if strong:  # a job ad's "best taco Tuesday in town", the report that "is out"
                        reasons, outweighed = strong, hints[0]
                    else:
                        promo = hints[0]
                elif price is not None:
                    # an amount alone is a weak sign: news of a price cap, a charity's total, a stake limit
                    if reasons:
                        outweighed = price
                    elif not (employee is True and rewarded is False and (self.trade_only(ft, short_ok) or not (
                            self.names_brand() or short_ok or self.of_a_product(ft, brand_f) or any(
                                (_PRICE_SAID.match(ft, p.end()) or _PRICE_BEFORE.search(ft, max(0, p.start() - 12), p.start()))
                                and _ANY_SELLER.search(ft, *owed.sentence_of(ft, p.start(), p.end())) is None
                                for p in owed.PRICE_RE.finditer(ft))))):
                        # (an employee given nothing whose post names neither the employer, nor its site, nor "our" thing,
                        # nor any offer, and states no amount as a price — salary advice's "3 000 € left on the table" —
                        # prices nothing the employer sells: loi 2023-451 art. 1; 16 CFR 255.0(a) and 255.5; CAP 1.1.
                        # "only $49/wk" is a price, whoever's)
                        promo = price
        # a wording that counts only at the start ("Ad — …") is a word like another elsewhere ("an ad campaign")
        # an employee's "sent us" / "gave us" is a gift to the team (a customer's thank-you box), not to the author
        signalled = (any((not m.wording.start or not ft[1:m.start].strip()) and not (
            employee is True and m.wording.id in pack.gift_disclosures and ft[m.end - 3:m.end] == " us") for m in commercial)
                     or any(m.wording.signal and m.hashtag for m in ambiguous))
        if promo is None and reasons and rewarded is True and signalled and not (
                "recruiting" in reasons and all(m.wording.id in _REWARD_TALK for m in commercial)):
            # (a job ad whose only "label" is the referral bonus for a hire — "I get a referral bonus if you mention my
            # name" — is no advertisement labelled: no consumer is sold anything, 16 CFR 255.0(a); CAP 1.1; loi 2023-451
            # art. 1)
            # a rewarded author who labels the post ("This post is sponsored by X", "#ad") says it is the brand's
            # advertisement, whatever thanks or story it tells: the label must then be seen (loi 2023-451 art. 1 and 5;
            # 16 CFR 255.0(f) and 255.5; CAP 2.1)
            promo = True
        if promo is not None:
            is_commercial = True
        elif reasons and not (rewarded is True and employee is not True and set(reasons) <= {"personal", "public_interest"} and (
                self.names_brand() or short_ok)) and not (employee is True and reasons == ["personal"] and self.trade_told()):
            # a rewarded author who names the brand in a post about family life, a jab or a charity still speaks of the
            # brand it is paid by (loi 2023-451 art. 1; 16 CFR 255.5): only a job ad, news or a career step excuse.
            # The brand's first word written as its name ("my Pinecrest pack" for Pinecrest Outdoors) names it too
            is_commercial, self.owed_reason = False, reasons[0]
            if outweighed is not None:  # say which cue the purpose outweighed
                span = self.span(*outweighed.span()) if isinstance(outweighed, re.Match) else self.span_of(outweighed)
                self.owed_cue = self.text[span[0]:span[1]].strip()[:60]
        elif rewarded is True or signalled:
            is_commercial = True
        elif employee is True:
            # an employee's post with no promotion and no reward: naming the employer (a talk, a team's
            # news, a farewell, a charity run) promotes nothing (loi 2023-451 art. 1 "promouvoir … des
            # biens, des services"; 16 CFR 255.0 "advertising message"; CAP 1.1); a sector the text
            # itself shows still makes it commercial (a sector named only in the context does not)
            is_commercial = (any(span is not None for span in self.sectors.values()) and not (
                rewarded is False and self.trade_only(ft, short_ok))) or (
                _DIGIT.search(ft) is not None and _EARNINGS_RE.search(ft) is not None and _OPPORTUNITY_RE.search(ft) is not None)
            if is_commercial and rewarded is False and self.sector_hits and all(
                    _TRADE_SETTING_RE.fullmatch(ft[hit[1]:hit[2]].lstrip("#")) for hit in self.sector_hits
                    if hit[0] in self.sectors):  # (a word whose sector the text's reading dropped — a "filler bowl" — is none)
                # an employee given nothing, no promotion, and the trade shown only as the workplace or the work (the
                # harvest, the distillery, the vineyard): no drink is advertised (CSP L3323-3 « propagande ou publicité
                # … en faveur » of a drink; loi 2023-451 art. 1; CAP 1.1 and 18.1)
                is_commercial = False
            if not is_commercial:
                self.owed_reason = "no_promotion"
        else:
            # a sector the text shows makes a post by someone whose link is unknown commercial; an author with no
            # link to any brand and given nothing advertises nothing, whatever the sector (a loss told as a warning,
            # a seizure in the news, a quit story): loi 2023-451 art. 1 « en contrepartie d'un avantage » ;
            # 16 CFR 255.0(a) (an advertising message) ; CAP Code 1.1 (marketing communications)
            is_commercial = bool(self.sectors) and not (rewarded is False and employee is False)
            if not is_commercial:
                self.owed_reason = "no_promotion"
        said = None  # the text says a reward (read once)
        own_offer = False  # the brand is the author's own offer (read only where the context says no link)
        if is_commercial and rewarded is False and employee is False and not (
                (said := owed.states_reward(ft)) or owed.has_code(ft) or owed.has_own_link(ft)) and not (
                own_offer := bool(brand_f) and owed.own_offer(ft, brand_f)):
            # (the brand named as the author's own offer — "Doors open Monday for X, my 8-week cohort course" — is the
            # trader's own advertisement: no consideration is needed for it to be one, and its content answers to the
            # trader's law: FTC Act § 5, 16 CFR 255.2; CPUTR/DMCC Sch. 20; C. consom. L121-1. Nothing is to disclose: the
            # advertiser speaks in its own name)
            # the context says the author has no link to any brand and is given nothing, and the text says no
            # reward either (no pay, no commission, no personal code or link): what reads like a promotion (a sum lost, an
            # anecdote's "they gave me", a service recommended) is a consumer's own speech, not an advertisement
            # (loi 2023-451 art. 1: « en contrepartie d'un avantage … ou d'une rémunération » ; 16 CFR 255.0(a)
            # and 255.5: no material connection ; CAP Code 1.1 and ASA guidance: no payment, no control)
            is_commercial, self.owed_reason = False, "no_consideration"
        if is_commercial and self.brand:
            # the brand's own name may say its trade ("X Bet", "X Nicotine", "X Ales"): its promotion is that sector's
            for name in _brand_sectors(self.brand):
                self.sectors.setdefault(name, None)
        # the text may say what the context does not: a reward for the post or what it brings in
        reward_said = rewarded is not True and is_commercial and (said if said is not None else owed.states_reward(ft))
        # a personal code implies a commission: read only when the context leaves the reward open
        commercial_owed = is_commercial and (rewarded is True or reward_said or (
            rewarded is None and (signalled or (promo is not None and owed.has_code(ft)))))
        self.commercial_owed = commercial_owed
        gift_ids = pack.gift_disclosures
        gifts = [m for m in commercial if m.wording.id in gift_ids] if gift_ids else []
        if commercial_owed and not gifts and gift_ids and any(m.wording.id in gift_ids for m in ambiguous) and \
                owed.gift_hides_pay(ft, self.text):
            self.gift_hides_sale = True  # "PR gift from X" told, the commission only in a weak word (``evaluate``)
        if gifts and commercial_owed and owed.gift_hides_pay(ft, self.text):
            # a gift told, a commission hidden ("#gifted … link in bio for $300 off", « produit offert … code LOU10 »):
            # every material connection is owed, and the gift is the lesser one (16 CFR 255.5; loi 2023-451 art. 5
            # « Publicité » ou « Collaboration commerciale »; CAP 2.1 "Ad"): the gift's words no longer count as the label
            commercial = [m for m in commercial if m not in gifts]
            ambiguous = sorted(gifts + ambiguous, key=lambda m: m.start)
            gifts = []
            self.gift_hides_sale = True
        relationship_owed = is_commercial and employee is True
        self.owed = commercial_owed or relationship_owed or (is_commercial and bool(self.sectors))
        if not self.owed and self.owed_reason is None:
            self.owed_reason = "own_offer" if own_offer or (
                is_commercial and employee is False and brand_f and owed.own_offer(ft, brand_f)) else "no_consideration"
        cw_ok = {m.wording.kind for m in cw_matches if m.wording.strength == "accepted"}

        commercial_best = None
        employment_shown = False
        if relationship_owed and employment_denials and any(m.wording.id in _PAST_JOB for m in employment_denials):
            # a past job ("I used to work at a bakery") denies nothing when the current one is stated elsewhere in the post
            # ("… now I'm a baker at Acme"): only a past job said of the brand itself poses as an outsider (16 CFR 255.5)
            past = [m for m in employment_denials if m.wording.id in _PAST_JOB]
            current = relationship + (lexicon.find_brand_employment(ft, brand_f) if brand_f else [])
            if any(not any(d.start <= c.start < d.end + 2 for d in past) for c in current):
                employment_denials = [m for m in employment_denials if m not in past]
        if relationship_owed and employment_denials:
            # an employee who says they are not one misleads, whatever label the post carries
            # (directive 2005/29/CE annex I pt 22; 16 CFR 255.5; CPUTR Sch. 1 para 22)
            m = employment_denials[0]
            span = self.span(m.start if m.neg_start is None else m.neg_start, m.end)
            self.add("relationship_denied", span, kind="relationship", found=self.text[span[0]:span[1]].strip()[:60])
            self.denial_spans.append(span)
            self.fix_needs.add("relationship")
            self.owed_kinds.add("relationship")
        elif relationship_owed:
            if relationship and brand_f and (short_ok or self.names_brand()):
                relationship = by_kind["relationship"] = self.other_employer(relationship, brand_f)
            # the employment stated up front, in plain sight (quietly: not owed yet)
            employment_shown = self.evaluate("relationship", relationship, ambiguous, False, False) == "ok"
            if not employment_shown:
                # or said around the brand's own name ("At Acme we…", "#AcmeTeam here", « je suis boulangère
                # au Fournil »): the brand comes from the context or the kit
                found = lexicon.find_brand_employment(ft, _folded_brand(self.brand) if self.brand else None)
                if found:
                    relationship = relationship + found
                    employment_shown = self.evaluate("relationship", relationship, ambiguous, False, False) == "ok"
        if relationship_owed and not employment_shown and rewarded is False and not employment_denials and \
                owed.team_at_brand(ft, brand_f):
            # an employee given nothing whose opening line speaks as the business ("our pop-up", « réunion d'équipe chez
            # X ») poses as no consumer: the link is plain (16 CFR 255.5 "clear"; loi 2023-451 art. 5 asks its label of
            # rewarded influence; directive 2005/29/CE annex I pt 22)
            employment_shown = True
        if commercial_owed and employment_shown and not reward_said and self.pack.employment_discloses_reward and not (
                rewarded is True and owed.states_referral(ft)):
            # US: an employee rewarded by the employer's programme who says up front that they work for
            # the brand has disclosed the material connection the reward comes from (16 CFR 255.5);
            # "#ad" on top is good practice, a note. France and the UK ask for the advertising label
            # itself: points per post are a consideration for that post, which the employment alone
            # does not tell the reader (loi 2023-451 art. 1 and 5; CAP Code 2.1 and 2.3). A text that itself
            # runs a referral code or a reward per sign-up ("my referral code … I get a credit too") adds an
            # affiliate's consideration, not the employment's, even when the context already says the author is
            # rewarded: that reward is disclosed in its own words, up front (16 CFR 255.5; README "An employee's
            # post with an advertising label, or with the employment stated")
            commercial_best = self.evaluate("commercial", commercial, ambiguous, False, False)
            if commercial_best != "ok":
                self.add("commercial_advised", severity=NOTE, kind="commercial")
        elif commercial_owed or relationship_owed:
            commercial_best = self.evaluate("commercial", commercial, ambiguous, commercial_owed, "commercial" in cw_ok)
        if commercial_best == "ok" and commercial_owed and commercial:
            # the label's own advertiser first (an @handle named after it, not the brand): then the reading of a second one
            if self.brand:
                self.label_names_other(commercial)
            if not any(f.rule == "mention_other_advertiser" for f in self.findings):
                self.other_advertiser(commercial)
        if relationship_owed and not employment_shown and not employment_denials:
            if commercial_best == "ok" and gifts and "commercial" not in cw_ok and not any(
                    self.status(m) == "ok" for m in commercial if m.wording.id not in gift_ids):
                # an employee who says only that the brand gave them the product ("thanks X for sending me", "#gifted")
                # poses as an outside creator: the gift hides the stronger connection, the employment (16 CFR 255.5;
                # directive 2005/29/CE annex I pt 22; C. consom. L121-4 22°; CPUTR Sch. 1 para 22)
                self.owed_kinds.add("relationship")
                self.evaluate("relationship", relationship, sorted(gifts + ambiguous, key=lambda m: m.start), True,
                              "relationship" in cw_ok)
            elif commercial_best == "ok" and (oks := [m for m in commercial if self.status(m) == "ok"]) and all(
                    m.wording.id in _REWARD_TALK for m in oks):
                # an employee who tells only the referral reward ("sign up with my link and we both get $25"): the reader
                # learns of a referral, not that the author works for the brand (16 CFR 255.5: every material connection;
                # directive 2005/29/CE annex I pt 22; C. consom. L121-4 22°): the employment is still owed
                self.owed_kinds.add("relationship")
                self.evaluate("relationship", relationship, ambiguous, True, "relationship" in cw_ok)
            elif commercial_best == "ok" and (pose := owed.CUSTOMER_POSE_RE.search(ft)) is not None:
                # the label tells the reader the brand pays; the text still makes its employee a customer ("as a longtime
                # customer", "switched to X last month", "just a regular user here"): a false consumer's identity the
                # label does not undo (directive 2005/29/CE annex I pt 22; C. consom. L121-4 22°; CPUTR Sch. 1 para 22;
                # 16 CFR 255.5): the employment is owed (README, helper mention8)
                self.owed_kinds.add("relationship")
                self.fix_needs.add("relationship")
                span = self.span(pose.start(), pose.end())
                self.add("relationship_insufficient", span, kind="relationship", found=self.text[span[0]:span[1]].strip()[:60])
            elif commercial_best == "ok":
                # an accepted advertising label up front tells the reader the brand speaks: the author poses
                # as no consumer (directive 2005/29/CE annex I pt 22; CPUTR Sch. 1 para 22) and "Ad" is a
                # disclosure of any material connection, employment included (FTC, Disclosures 101);
                # stating the employment as well is good practice, a note
                self.add("relationship_advised", severity=NOTE, kind="relationship")
            else:
                self.owed_kinds.add("relationship")
                self.evaluate("relationship", relationship, ambiguous, True, "relationship" in cw_ok)
        if is_commercial and (self.f.odd or self.spaced_spans):
            self.disguised(by_kind)

        last_end = -1
        gift_told = bool(pack.gift_disclosures) and any(
            m.wording.id in pack.gift_disclosures and not m.negated for m in matches)
        for m in sorted(denials, key=lambda d: (d.start if d.neg_start is None else d.neg_start, -d.end)):
            if gift_told and m.wording.id in _PAY_WORDS:
                # "not paid" beside the gift the text tells (« Pas payée, mais produit offert ») denies money, not the
                # consideration: the in-kind one is what the reader is told (loi 2023-451 art. 1 « avantage en nature »;
                # 16 CFR 255.5; CAP 2.1): no denial of the commercial intent
                continue
            start = m.start if m.neg_start is None else m.neg_start
            if m.wording.kind == "denial" and _ELSE_BOUGHT.search(ft, max(0, start - 30), start) is not None:
                # "Sponsored by X — the mic is theirs, everything else I bought myself": the purchase denied is of the
                # other things, the sponsor stays told (16 CFR 255.5; loi 2023-451 art. 5)
                continue
            if start < last_end:  # one denial, however many words it negates ("not sponsored, not an ad")
                last_end = max(last_end, m.end)
                continue
            last_end = m.end
            span = self.span(start, m.end)
            found = self.text[span[0]:span[1]].strip()[:60]
            if commercial_best == "ok" and self.brand and owed.denial_about_other(self.text, span, self.brand, _fold_word):
                # « Notabene, que je paie de ma poche : aucun lien avec eux » under « Collaboration commerciale avec
                # Fintello »: the denial speaks of another brand, the paying one is labelled (loi 2023-451 art. 5;
                # 16 CFR 255.5)
                continue
            if employee is True and rewarded is False and employment_shown and _pay_denied(m, ft):
                # « je suis salariée, personne ne me paie pour ce post », "I work at X, nobody pays me for this": the
                # employment is told and the extra pay truly denied, the disclosure owed, not a denial of the link (16 CFR
                # 255.5; C. consom. L121-4 22°). "Not sponsored" still says the post is no advertising (README)
                continue
            if rewarded is True and is_commercial:
                self.add("denial_while_rewarded", span, kind="commercial", found=found)
                self.denial_spans.append(span)
                self.fix_needs.add("commercial")
            elif employee is True and is_commercial:
                self.add("denial_while_employee", span, kind="commercial", found=found)
                self.denial_spans.append(span)

        if is_commercial:
            if not _flag(ctx.get("image_retouched")) and ("filt" in ft or "tune" in ft or "brush" in ft or "shop" in ft) \
                    and (said := _FILTER_SAID.search(ft)) is not None and not _NO_FILTER.search(ft, max(0, said.start() - 14),
                                                                                                 said.end()):
                # the text says the picture was filtered or retouched ("Valencia filter on", "edited with FaceTune", « avec
                # le filtre Glow »): it is, whatever the context says (loi 2023-451 art. 5 III; CAP 3.1 and 3.11; FTC Act § 5)
                self.ctx = ctx = {**ctx, "image_retouched": True}
            if ctx.get("image_retouched") or ctx.get("image_virtual"):
                self.images(by_kind)
            if self.supplement is not False:
                self.sectors["supplement"] = self.supplement
            if self.sectors or self.sector_unknown:
                self.sector()
            self.content_rules(ft)
        else:
            if self.sector_unknown:
                self.add("sector_unknown", found=self.sector_unknown)
            if employee is True:
                # the business's own post, with nothing to disclose ("Leave us a 5★ review and your next latte is on us —
                # the Crumb & Co team"): a reward for a review of a set rating still buys a fake review (16 CFR 465.4 and
                # 465.2; DMCC Act 2024 Sch. 20 para 13 and the CMA's fake-review guidance; directive 2005/29/CE annex I
                # pt 23c: C. consom. L121-4 28°)
                self.content_rules(ft, only=_BUSINESS_CONDUCT)
            elif _flag(ctx.get("rewarded")) is not True:
                # stop 28: the seller's own ad for a course or a scheme, which owes no label, still may not sell it on an
                # income its customers are said to make ("94% of students hit $10k/month"): the claim is the seller's
                # own (FTC Act § 5 and 16 CFR 255.2(b); CPUTR 2008 reg. 5 and Sch. 1 para 14; C. consom. L121-2)
                self.content_rules(ft, only=_SELLER_CONDUCT)
        self.length()
        if self.net is None:
            self.add("network_unknown")
        verdict = verdict_of(self.findings)
        return Result(
            verdict=verdict, findings=self.findings, text=self.text, network=self.network_name,
            lang=self.lang, jurisdiction=self.jurisdiction, length=self.length_value, limit=self.limit,
            owed=self.owed, owed_reason=self.owed_reason, owed_cue=self.owed_cue, sectors=sorted(self.sectors),
            _suggest=(lambda: suggest(self)) if self.findings else None,
        )

    def other_advertiser(self, commercial):
        """A label that names one advertiser while the post pushes another brand with a code or an affiliate link: the
        second connection is undisclosed (loi 2023-451 art. 5: each advertiser identifiable; 16 CFR 255.5: every material
        connection; CAP 2.1, CPUTR Sch. 1 para 22). The labelled advertiser is the one named after an accepted label (« avec
        X », "with X", "by X"); with none named there, the brand of the context."""
        text = self.text
        named: set[str] = set()
        labels = []  # the labels that name the advertiser(s)
        handle_named = False  # the label names an @handle right after it ("#ad @glowtan sent me …")
        for m in commercial:
            if self.status(m) != "ok":
                continue
            name, as_partner = owed.labelled_advertiser(text, self.span_of(m)[1])
            if name:
                named |= owed._name_words(name, _fold_word)
                labels.append(m)
                handle_named = handle_named or name.startswith("@")
                if as_partner:
                    break
        else:
            if self.brand and not (handle_named and named):
                # (a label that names a party's @handle names that party: "#ad @GlowTan sent me their drops … but my
                # holy grail is the Orbit Sun mousse, code ORBIT25" discloses GlowTan's tie, not Orbit Sun's)
                named |= owed._name_words(self.brand, _fold_word)
        # a context of several advertisers ("Sport Atlas / Whey Nordik"): each is covered only where a label names it
        for part in _brand_parts(self.brand):
            if not named >= owed._name_words(part, _fold_word) and self.label_names_brand(commercial, part):
                named |= owed._name_words(part, _fold_word)  # "Ad: partnership with Acme Trail" names the brand too
        if not named:
            return
        parties = {w for part in _brand_parts(self.brand) for w in owed._name_words(part, _fold_word)} - named
        span = owed.other_advertiser(text, named, _fold_word, parties) if (
            _DIGIT.search(text) is not None or "ffili" in text or "code" in self.f.text) else None
        if span is None:
            span = owed.connected_other(text, named, _fold_word)  # a gift, a role, a partnership "too"
            if span is not None:
                # the second connection labelled in its own sentence: an accepted label there ("Deskly sent me this chair
                # for free", "blush gifted by @pinchrose, no obligation to post" in the UK, "(also an ad)") tells it
                # (16 CFR 255.5, FTC FAQ "Company X gave me this product"; CMA guidance on gifts; CAP 2.1)
                s0, e0 = owed.sentence_of(text, *span)
                if _ALSO_AD.search(text, s0, e0) is not None or any(
                        m not in labels and self.status(m) == "ok" and s0 <= self.span_of(m)[0] < e0 for m in commercial) or (
                        self.jurisdiction == "us" and _REWARD_TOLD.search(text, s0, e0) is not None):
                    # the US: the reward stated in plain words beside the second brand ("the Calendo link is a referral
                    # link (we each get $50 credit)") discloses that connection (16 CFR 255.5; FTC FAQ); France and the UK
                    # ask for the advertising label (loi 2023-451 art. 5; CAP 2.1)
                    span = None
        if span is not None and _LENDER_NAMED.search(text, max(0, span[0] - 40), span[0]) is not None:
            # stop 29: the lender a credit broker must name ("finance provided by Northcote Finance Ltd", « prêteur : … »):
            # a statement the credit promotion owes (CONC 3.5.7R(5) and 3.7.4R; C. consom. L312-6 and L314-1), not a
            # second advertiser promoted
            span = None
        if span is not None:
            self.add("commercial_other_advertiser", span, kind="commercial", found=text[span[0]:span[1]].strip()[:60])

    def other_employer(self, relationship, brand_f: str) -> list:
        """The employment wordings, those that name an employer other than the brand the post names ("Proud Corvane employee
        here … Brisa sparkling water", "I work at Marrow Foods … Pippin oat bars") made insufficient, unless the text ties
        the brand to that employer ("Corvane's Brisa", "our Brisa", "the Brisa team at Corvane"): the reader is told of a
        job, not of the connection to the product praised (16 CFR 255.5; CPUTR Sch. 1 para 22; C. consom. L121-4 22°)."""
        out = []
        other = set()
        for m in relationship:
            if m.wording.strength == "accepted":
                s, e = self.span(m.start, m.end)
                name = owed.named_employer(self.text, s, e, self.f.text[m.start:m.end])
                if name and not _names(fold(name).text, self.brand) and not owed.ties_brand(
                        self.f.text, fold(name).text.strip(), brand_f):
                    if (m.start, m.end) in other:
                        continue  # the same words read by another language's wording ("employee", « employé »)
                    other.add((m.start, m.end))
                    m = lexicon.Match(replace(m.wording, strength="insufficient", lang="any"), m.start, m.end, m.hashtag)
            out.append(m)
        return out

    def purposes(self, ft: str, rewarded) -> list[str]:
        """The non-commercial purposes the text states (owed.REASONS, in their order), read once."""
        reasons = self._purposes
        if reasons is None:
            ids = {m.wording.name for m in self.pack.find(ft, lexicon.REASONS)}
            reasons = [name for name in owed.REASONS if name in ids]
            if "market" in reasons:
                # the market's figures and the regulators' acts are news only when nobody pays for the post and
                # the post does not turn to the reader ("record handle this weekend — your boosted odds tonight")
                reasons = [name for name in reasons if name != "market"] if (
                    rewarded is True or owed.addressed(ft)) else [
                    "news" if name == "market" else name for name in reasons]
            if "loss" in reasons and (rewarded is True or self.employee is True or owed.WIN_RE.search(ft) is not None):
                reasons = [name for name in reasons if name != "loss"]  # a paid or employed author's loss is a story told
            self._purposes = reasons
        return reasons

    def strong_purpose(self, ft: str, rewarded) -> bool:
        """Does the text state a purpose that outweighs a weak cue (owed.STRONG_REASONS)? The scan reads those
        purposes with the cues: the full list of purposes (personal life, thanks) is not needed then."""
        if self._purposes is not None:
            return any(name in owed.STRONG_REASONS for name in self._purposes)
        ids = {m.wording.name for m in self.readings if m.wording.kind == "reason"}
        if "loss" in ids and (rewarded is True or self.employee is True or owed.WIN_RE.search(ft) is not None):
            ids.discard("loss")
        if ids == {"market"}:  # the market's figures are news only as purposes() reads them
            return rewarded is not True and not owed.addressed(ft)
        return bool(ids)

    def owed_of_employee(self, ft: str, hints: list, brand_f: str | None, short_ok: bool) -> list:
        """The weak cues that may make an employee's post (given nothing for it) a promotion of the employer: only those
        said of the employer or of "our"/« notre » thing. The employment owes a disclosure when the employee promotes the
        employer's goods or services (16 CFR 255.5: an endorsement of the employer's product; C. consom. L121-4 22° and
        CPUTR Sch. 1 para 22: posing as a consumer of the trader's product; loi 2023-451 art. 1 « promouvoir … des biens,
        des services »; CAP 1.1). A post that names neither the employer, nor its site, nor "our" product, nor points to
        the bio, speaks of the author's own life ("finished the quilt … i love it", « c'est génial pour se concentrer »);
        and praise said of people ("best manager I've ever had") praises no product, wherever it stands."""
        if not (self.names_brand() or short_ok or self.of_a_product(ft, brand_f)):
            return []
        return [m for m in hints if m.wording.kind != "endorse" or not owed.said_of_people(ft, m.start, m.end)]

    def of_a_product(self, ft: str, brand_f: str | None) -> bool:
        """``owed.of_a_product`` of the check's text and brand, read once (an employee's weak cues are weighed twice)."""
        found = self._of_product
        if found is None:
            found = self._of_product = owed.of_a_product(ft, brand_f)
        return found

    def purpose_beside(self, ft: str, cue) -> bool:
        """Is a strong purpose (a job ad, news, a collective scheme, a free release…) stated in the weak cue's own
        sentence? "Our shop in Leeds is hiring", "our impact report at Acme is out", « nous publions notre
        bibliothèque en open source »: the brand's shop, report or code is what the purpose is about, not a
        product offered to the reader (loi 2023-451 art. 1; 16 CFR 255.0; CAP 1.1)."""
        if _CALL_CUE.match(ft, cue.start) is not None:
            return False  # « découvrez la gamme Acme » on a world day: a call to the reader, not the purpose's subject
        s, e = owed.sentence_of(ft, cue.start, cue.end)
        # the market's figures are a purpose only as ``purposes`` reads them (nobody paid, the reader not addressed)
        market = self.rewarded is not True and not owed.addressed(ft)
        return any(m.wording.kind == "reason" and s <= m.start < e and (market or m.wording.name != "market")
                   for m in self.readings)

    def label_names_brand(self, commercial, brand: str | None = None) -> bool:
        """Does an accepted label's own clause name the brand ("Ad: partnership with Acme", « Publicité pour Acme »)?"""
        ft = self.f.text
        brand = brand or self.brand
        for m in commercial:
            if self.status(m) == "ok":
                clause = _CLAUSE_END.search(ft, m.end, m.end + 80)
                if _names(ft[m.end:clause.start() if clause is not None else m.end + 80], brand):
                    return True
        return False

    def label_names_other(self, commercial) -> None:
        """A label that names someone else than the brand the post promotes (« Collaboration commerciale avec @agence »
        or « … avec @cafeX » above the brand's own product, "#ad for @teaY" beside the brand's code): the reader is told
        another advertiser pays. Read only for a label followed by an @handle (« avec », "with", "for", "by", « pour »,
        « l'agence » between), and only when the brand itself is named in the post (C. consom. L121-2 3° : celui pour
        le compte duquel la pratique est mise en œuvre doit être clairement identifiable ; 16 CFR 255.5: every material
        connection; CPUTR 2008 reg. 6(4)(b): the identity of the trader; CAP 2.1)."""
        ft = self.f.text
        if self.label_names_brand(commercial):
            return  # "Ad: partnership with Acme", « Publicité pour Acme »: the label's own clause names the brand
        other = None
        in_words = False  # the other party named in words as the partner ("Paid partnership with Koru Outdoors")
        for m in commercial:
            if self.status(m) != "ok":
                continue
            link = _LABEL_LINK.match(ft, m.end)
            run = _NAME_RUN.match(ft, link.end()) if link is not None else None
            handles = _HANDLE.findall(run.group()) if run is not None else []
            if not handles:
                # a partner named in words (« Partenariat avec Nordisk Café », "Paid partnership with Fjell Coffee"): the
                # advertiser the label names as the partner, in the raw text
                name, as_partner = owed.labelled_advertiser(self.text, self.span_of(m)[1])
                if not name or not (as_partner or ft[m.start:m.end].endswith(_PARTNER_LINKS)):
                    continue
                if owed.offer_to_its_customers(self.text, name):
                    return  # "Paid partnership with Nestora … Nestora cardholders get 40% off a Kilna box": its own offer
                named = re.sub(r"[^a-z0-9]", "", fold(name).text)
                if _names(fold(name).text, self.brand) or re.sub(r"[^a-z0-9]", "", fold(self.brand).text).startswith(named):
                    return  # the label names the brand ("sponsored by Dr. Amara Lin Plastic Surgery": its first word read)
                if other is None:
                    end = self.text.find(name, self.span_of(m)[1]) + len(name)
                    other = (m.start, m.start + end - self.span_of(m)[0])
                    in_words = as_partner and not name.startswith("@")
                continue
            if any(_names(h, self.brand) for h in handles) or _names(run.group(), self.brand):
                return  # a label that names the brand discloses it, whoever else it names
            if other is None:
                other = (m.start, run.end())
        if other is not None and (self.names_brand() or in_words):
            # (a label that names its partner in words names the advertiser: when the brand that pays is another, the
            # reader is told the wrong one, whether or not the post names the payer — "Paid partnership with Koru
            # Outdoors" over Ridgeway's tent; an @handle may be an agency's or a shop's, read only beside the brand)
            span = self.span(*other)
            self.add("mention_other_advertiser", span, kind="commercial", found=self.text[span[0]:span[1]].strip()[:60])
            self.fix_needs.update(("commercial", "commercial_named"))

    def trade_only(self, ft: str, short_ok: bool) -> bool:
        """Does an employee's post speak of the trade only: the employer not named (nor by its first word, a handle or a
        hashtag), nothing called "our"/« notre », no call to invest or sign up? A public rate (« le taux du Livret A est
        le même dans toutes les banques »), a stake limit or a regulator's regime commented on by someone who works in
        the trade promotes no product of the employer (loi 2023-451 art. 1 « promouvoir … des biens, des services » ;
        16 CFR 255.0(a) "advertising message"; CAP 1.1 marketing communications): the sector's own rules are engaged by
        a promotion, not by the trade's news (an employee posing as a customer names the product, and is read above)"""
        if not (_TRADE_NEWS_SECTORS.issuperset(self.sectors) and _PUBLIC_MATTER.search(ft) is not None) and not (
                _PEER_TRADE_SECTORS.issuperset(self.sectors) and _TRADE_AUDIENCE.search(ft) is not None):
            return False
        if short_ok or self.names_brand():
            # the employer named only as the author's workplace or people ("great few days with the X team", "at X"): the
            # post still names none of its products (the brand's name there says who speaks, not what is sold)
            brand_f = _folded_brand(self.brand).strip()
            spots = owed.brand_spots(ft, brand_f, short_ok)
            if not spots or not all(owed.as_workplace(ft, s, e) for s, e in spots):
                return False
            for s, e in spots:
                ft = ft[:s] + " " * (e - s) + ft[e:]
        if self.brand:
            # no word of the employer's name either ("Cap Basque" for Distillerie Cap Basque, "#capbasque")
            tokens = set(re.findall(r"[a-z0-9]+", ft))
            tags = re.findall(r"#([a-z0-9_]+)", ft)
            # (a word of the name that is the trade's own — "Brewing" in Northwind Brewing — names the trade in a peer's
            # "#brewing", not the employer)
            if any(w in tokens or any(w in tag for tag in tags) for w in owed._name_words(self.brand, _fold_word)
                   if w not in _TRADE_NAME_WORDS):
                return False
        return owed.OWN_THING_RE.search(ft) is None and sectors._INVEST_CALL.search(ft) is None and \
            sectors._CALL_TO_ACT.search(ft) is None

    def names_brand(self) -> bool:
        """Does the text name the brand (from the context or kit)?"""
        found = self._names_brand
        if found is None:  # read once: several rules ask
            if not self.brand:
                found = False
            else:
                pattern = _brand_pattern(self.brand)
                found = pattern is not None and pattern.search(self.f.text) is not None
            self._names_brand = found
        return found

    def disguised(self, by_kind):
        """A mention a reader sees at the text's size but spelt with look-alikes, styled letters,
        invisible characters or spaced letters counts, with a note (a hashtag link breaks, a screen
        reader misreads it); one in superscript, subscript or struck through is not legible: it fails."""
        for kind in ("commercial", "relationship", "retouched", "virtual", "ambiguous"):
            for m in by_kind.get(kind, []):
                s, e = self.span_of(m)
                piece = self.text[s:e]
                spaced = (s, e) in self.spaced_spans
                reversed_run = self.vis_map is not None and "\u202e" in self.text[max(0, s - 1):e]
                if not (spaced or reversed_run or (self.f.odd and (is_disguised(piece) or is_reduced(piece)))):
                    continue
                if kind != "ambiguous":
                    if is_reduced(piece) and any(o is not m and self.status(o) == "ok" and self._plain(o) for o in by_kind[kind]):
                        # "ᴬᴰ Acme paid me to …": the plain sentence up front discloses; the superscript adds nothing
                        # the reader needs (16 CFR 255.5 asks for a clear disclosure, not for every mark to be one)
                        pass
                    elif is_reduced(piece):
                        if not any(f.rule == "mention_illegible" for f in self.findings):
                            self.add("mention_illegible", (s, e), kind=kind, found=piece.strip()[:60])
                            self.fix_needs.add("illegible")
                    elif not self.disguised_spans:
                        self.add("mention_obfuscated", (s, e), kind=kind, found=piece.strip()[:60])
                self.disguised_spans.append((s, e))

    def _plain(self, m) -> bool:
        """Is the mention written in plain letters: none reduced, disguised, spaced out or hidden?"""
        s, e = self.span_of(m)
        piece = self.text[s:e]
        return not ((s, e) in self.spaced_spans or is_disguised(piece) or is_reduced(piece) or any(
            not (ch.isprintable() or ch.isspace()) or ch in "\u200b\u200c\u200d\u2060\ufeff\u00ad" for ch in piece))

    def read_sectors(self):
        """Sectors the context names (an unknown value is reported) and those the text shows."""
        self.sector_unknown = None
        raw = self.ctx.get("sector")
        value = None
        if raw:
            try:
                value = sectors.normalize(raw)
            except sectors.UnknownSector:
                self.sector_unknown = str(raw)[:60]
        hits = [(m.wording.name, m.start, m.end) for m in self.readings if m.wording.kind == "sector"]
        self.sector_hits = hits
        hits.extend(self.pack.disguised_sector_hits(self.f.text))  # « v@pe », "c a s i n o"
        found = sectors.from_hits(self.f.text, hits, self.text, self.brand)
        # food supplements are an allowed trade whose content rules apply to a commercial post (``sector``): read apart,
        # they make no post commercial and leave the trades the other rules weigh alone
        self.supplement = found.pop("supplement", False)
        if value == "supplement" and self.supplement is False:
            self.supplement = None
        if self.supplement is not False:
            self.sector_hits = hits = [h for h in hits if h[0] != "supplement"]
        out: dict[str, tuple[int, int] | None] = {k: v for k, v in found.items()}
        if value and value not in ("general", "supplement"):
            out.setdefault(value, None)
        if "prescription_medicine" in out and "medicine" in out:
            # a prescription drug is a medicine whose row is the prescription one ("prescription medicine", its "Medication
            # Guide" name the drug's status, not a second, non-prescription product): 21 CFR 202.1 ; CSP L5122-6 ; HMR reg. 284
            del out["medicine"]
        self.sectors = out

    def spaced_out(self) -> list:
        """Wordings written letter by letter ("P u b l i c i t é", "P A I D  P A R T N E R S H I P", one gap
        inside words and another between them): a reader sees the words."""
        out = []
        for start, end, words in spaced_runs(self.f.text):
            collapsed = " " + words + " "
            for found in self.pack.find(collapsed, self.skip):
                if found.wording.kind in _READINGS:
                    continue
                found.start, found.end = start, end
                out.append(found)
                self.spaced_spans.add(self.span(start, end))
        return out

    def job_pay_only(self, ft: str, rewarded) -> bool:
        """Is every amount in the post the pay or a perk of the job the post recruits for ("$10k sign-on bonus", « prime
        d'installation de 3 000 € »)? A job ad sells no consumer anything, whatever the author is given for sharing it:
        the amount is the offer of employment, not a price (16 CFR 255.0(a) "advertising message" for a product; CAP 1.1;
        loi 2023-451 art. 1 « promouvoir … des biens, des services »)."""
        if "recruiting" not in self.purposes(ft, rewarded):
            return False
        raw = self.text.lower()
        amounts = [(ft, m) for m in owed.PRICE_RE.finditer(ft)] + ([(raw, m) for m in owed.POUND_RE.finditer(raw)] if "£" in raw else [])
        for text, m in amounts:
            if _DISCOUNT_AFTER.match(text, m.end()) is not None or _JOB_PAY_RE.search(
                    text, max(0, m.start() - 40), m.end() + 40) is None:
                return False  # "£200 off" is a discount, whatever job words stand near
        return bool(amounts)

    def evaluate(self, kind, found, ambiguous, owed, cw_ok) -> str | None:
        """Findings for one owed mention; returns the best status found."""
        if not owed:
            statuses = {self.status(m) for m in found}
            return "ok" if "ok" in statuses else ("weak" if "weak" in statuses else None)
        if cw_ok:
            return "ok"
        best = None
        best_m = None
        for m in found:
            st = self.status(m)
            if st == "none":
                continue
            if best is None or _RANK[st] < _RANK[best]:
                best, best_m = st, m
                if st == "ok":
                    break
        if best == "ok":
            return best
        self.fix_needs.add(kind)
        if best == "weak":
            if kind == "commercial" and self.gift_hides_sale:
                # the post tells a gift up front and its commission only in a weak word ("PR gift from X … my affiliate
                # link is in bio"): the reader takes the gift for the whole connection (16 CFR 255.5: every material
                # connection; FTC FAQ: "affiliate link" alone may not be understood; loi 2023-451 art. 5; CAP 2.1)
                self.add("commercial_insufficient", self.span_of(best_m), kind=kind, found=self.found(best_m))
            elif kind == "commercial":
                self.add("commercial_weak", self.span_of(best_m), kind=kind, found=self.found(best_m))
            else:
                self.add("relationship_insufficient", self.span_of(best_m), kind=kind, found=self.found(best_m))
            return best
        if best == "insufficient":  # a wording this jurisdiction does not accept ("in partnership with", UK)
            self.add(f"{kind}_insufficient", self.span_of(best_m), kind=kind, found=self.found(best_m))
            return best
        if best is not None:
            self.add(_PLACEMENT_RULE[best], self.span_of(best_m), kind=kind, found=self.found(best_m))
            return best
        amb = [m for m in ambiguous if self.status(m) != "none"] or ambiguous
        if amb:
            m = amb[0]
            self.add(f"{kind}_insufficient", self.span_of(m), kind=kind, found=self.found(m))
            return "insufficient"
        hidden = decode_tags(self.text) if self.f.hidden else ""
        if hidden:
            hf = fold(hidden)
            if any(m.wording.kind == kind and not m.negated for m in self.pack.find(hf.text)):
                self.add("mention_invisible", None, kind=kind)
                return "invisible"
        self.add(f"{kind}_missing", None, kind=kind)
        return None

    def images(self, by_kind):
        """Image mentions: owed only in commercial content, and only where the law asks for them
        (France, loi 2023-451 art. 5 III)."""
        ctx = self.ctx
        if not ctx.get("image_retouched") and not ctx.get("image_virtual"):
            return
        for flag, kind, rule in (("image_retouched", "retouched", "image_retouched_missing"),
                                 ("image_virtual", "virtual", "image_virtual_missing")):
            if _flag(ctx.get(flag)) is not True:
                continue
            denied = [m for m in self.image_denials if m.wording.kind == kind]
            if not denied and kind == "retouched" and (said := _EDIT_DENIED.search(self.f.text)) is not None:
                # "no edits", "zero filter", « aucune retouche » said of a retouched picture: the text vouches for what the
                # picture shows as the product's real effect, and it is false (FTC Act § 5 and 16 CFR 255.1(c); CAP 3.1;
                # C. consom. L121-2 and loi 2023-451 art. 5 III), in every jurisdiction, label or none
                denied = [lexicon.Match(_CUE_WORDING, said.start(), said.end(), False)]
            if denied and kind == "retouched" and lexicon.RETOUCH_SCOPE_RE.search(self.f.text) is not None and all(
                    _DENIAL_OF_BODY.match(self.f.text, m.end) is not None or (
                        _DENIAL_AFTER_THING.match(self.f.text, m.start, m.end) is not None
                        and _THING_BEFORE.search(self.f.text, 0, m.start) is not None) for m in denied):
                # "Background edited, no filter on my skin or lashes": the text confines the retouch to what is not the
                # product's effect and denies it only of the body the product works on; it says what was edited, the
                # picture exaggerates nothing it is told not to (CAP 3.1 and 3.11, ASA 2021 guidance on filters; FTC Act
                # § 5; C. consom. L121-2): no false denial
                denied = []
            if denied and kind == "retouched" and _BODY_EDIT_SAID.search(self.f.text) is not None and not self.beauty_product() \
                    and all(_DENIAL_AFTER_THING.match(self.f.text, m.start, m.end) is not None
                            and _THING_BEFORE.search(self.f.text, 0, m.start) is not None for m in denied):
                # the inverse scope: "I used a skin-smoothing filter on my face, but the paint is unedited" — the edit is told
                # and confined to the author's face, the product (no beauty product) denied edited is what the reader
                # judges; the text hides no edit of the thing sold (CAP 3.1 and 3.11; FTC Act § 5; C. consom. L121-2)
                denied = []
            if denied:  # "No retouching!" on a retouched image misleads, wherever the label is not owed
                s, e = self.span(denied[0].neg_start or denied[0].start, denied[0].end)
                self.add("image_denied", (s, e), kind=kind, found=self.text[s:e].strip()[:60])
                for m in denied:  # the fix removes every denial, not only the one reported
                    self.denial_spans.append(self.span(m.neg_start or m.start, m.end))
            if kind == "retouched" and self.pack.beauty_filter and self.beauty_product():
                result = lexicon.BEAUTY_RESULT_RE.search(self.f.text)
                if result is not None or not (self.pack.beauty_needs_result
                                              or lexicon.RETOUCH_SCOPE_RE.search(self.f.text) is not None):
                    # a filter or retouch on a beauty product's ad exaggerates what the product does: no label can cure
                    # it (UK: CAP 3.1, ASA rulings on filters, 2021; US: FTC Act § 5 when the text points at the
                    # result). A retouch the text confines to the lighting or the background shows no effect of the
                    # product, unless the text offers the picture as its result (common.RETOUCH_SCOPE)
                    self.add("image_retouched_beauty", None, kind=kind, reference=self.pack.beauty_filter)
            if kind not in self.pack.images:
                if denied:
                    self.fix_needs.add("image_denied")
                continue
            ms = [m for m in self.pack.find(self.f.text, frozenset(("relationship",)))
                  if m.wording.kind == kind and not m.negated] if kind in self.skip else by_kind.get(kind, [])
            ok = [m for m in ms if self.match_lang in ("und", m.wording.lang)]
            if ok and all(self.status(m) in _OUT_OF_SIGHT for m in ok):
                # « Image retouchée » pushed out of sight (padding lines, a content warning, a wall of tags): the mention
                # must be « claire, lisible et identifiable » where the image is seen (loi 2023-451 art. 5 III), as the
                # advertising label's own placement
                m = ok[0]
                self.add(_PLACEMENT_RULE[self.status(m)], self.span_of(m), kind=kind, found=self.found(m))
                self.fix_needs.add(kind)
                continue
            if ok and (len(ok) == len(ms) or any(m.wording.id not in self.pack.image_descriptions for m in ok)):
                continue
            # a label in another language beside a mere description in the post's own (« AI-generated image … notre
            # mannequin virtuelle »): the label the reader is given is not in their language (loi 2023-451 art. 5 III;
            # loi n° 94-665 art. 2)
            ms = [m for m in ms if m not in ok] or ms
            if ms:
                m = ms[0]
                self.add("mention_language", self.span_of(m), kind=kind, found=self.found(m))
            else:
                self.add(rule, None, kind=kind)
            self.fix_needs.add(kind)

    def content_rules(self, ft: str, only: tuple[str, ...] | None = None) -> None:
        """The content rules read in every commercial post, whatever its sector (``_CONTENT_RULES``): each is tried only
        when its cue was read by the scan (or, with no cue, when its own gate holds), and reports the first match of its
        pattern that the text does not negate."""
        cues = self.cues
        present = _gate_words(ft)
        for rule in _CONTENT_RULES:
            if only is not None and rule.code not in only and not (only is _BUSINESS_CONDUCT and rule.business):
                continue
            if rule.gate is not None and present.isdisjoint(rule.gate):
                continue
            if rule.cue is not None and rule.cue not in cues or not rule.applies(self, ft):
                continue
            if any(needed.search(ft) is None for needed in rule.needs) or any(
                    excluded.search(ft) is not None for excluded in rule.unless):
                continue
            pattern = rule.pattern(self.pack) if callable(rule.pattern) else rule.pattern
            m = next((c for c in pattern.finditer(ft) if (not rule.negatable or lexicon.negated(ft, c.start()) is None)
                      and (rule.keep is None or rule.keep(self, ft, c))), None)
            if m is None:
                continue
            s, e = self.span(m.start(), m.end())
            self.add(rule.code, (s, e), found=self.text[s:e].strip()[:60], **rule.details(self))
            if rule.fix:
                self.fix_needs.add(rule.fix)

    def green_claim(self, ft: str) -> bool:
        """Does the text make an environmental claim (``claim_environmental``'s words, or an absolute one), not negated?"""
        return any(lexicon.negated(ft, m.start()) is None for m in self.pack.content_re["claim_environmental"].finditer(ft)) or (
            _GREEN_ABSOLUTE_RE.search(ft) is not None)

    def trade_told(self) -> bool:
        """Does an employee's post name the employer and show, in its own words, a trade the law restricts? A holiday or a
        family story told beside the employer's trade then promotes it (loi 2023-451 art. 1; 16 CFR 255.5; CAP 1.1)."""
        table = self.pack.sectors
        return any(span is not None and table.get(name, {}).get("status", "allowed") != "allowed"
                   for name, span in self.sectors.items()) and self.names_brand()

    def fired_rules(self) -> set[str]:
        """The rules found so far (kept by ``add``, the only way a finding is made; read-only)."""
        return self._fired

    def in_brand(self, start: int, end: int) -> bool:
        """Is [start, end) of the folded text inside the brand's own name as the text writes it? Stop 29: a charity's
        "Coastal Kids Lottery" names its cause, it does not speak to children (CAP 16.3.12 and 18.14 read the ad's appeal)."""
        pattern = _brand_pattern(self.brand) if self.brand else None
        return pattern is not None and any(s <= start and end <= e for s, e in (b.span() for b in pattern.finditer(self.f.text)))

    def beauty_product(self) -> bool:
        """Does the text promote a beauty product? A word inside the brand's own name ("X Skincare"
        selling candles) does not say what this post promotes."""
        ft = self.f.text
        brand_spans = None
        for m in lexicon.BEAUTY_RE.finditer(ft):
            if brand_spans is None:
                pattern = _brand_pattern(self.brand) if self.brand else None
                brand_spans = [b.span() for b in pattern.finditer(ft)] if pattern is not None else []
            if not any(s <= m.start() and m.end() <= e for s, e in brand_spans):
                return True
        return False

    def sector(self):
        """Each sector the post shows or the context names, by this jurisdiction's table."""
        if self.sector_unknown:
            self.add("sector_unknown", found=self.sector_unknown)
        ft = self.f.text
        table = self.pack.sectors
        fired: set[str] = set()
        for name, span in sorted(self.sectors.items(), key=lambda kv: (kv[1] is None, kv[1] or (0, 0))):
            row = table.get(name)
            label = sectors.SECTORS[name][0 if self.lang == "fr" else 1]
            orig = self.span(*span) if span else None
            found = self.text[orig[0]:orig[1]] if orig else ""
            for rule, (applies, reference) in self.pack.content.items():
                if applies is None or name not in applies or rule in fired:
                    continue
                if rule == "crypto_guaranteed" and name == "financial" and span is None and _INVESTMENT_CUE.search(ft) is None \
                        and lexicon.CLEARANCE_RE["deposit"].search(ft) is not None:
                    # stop 26: the context says "finance", the text a savings account and no investment: a rate guaranteed
                    # on a bank deposit is its lawful term (C. monét. fin. L221-1 and s.; no capital at risk), not a promise
                    continue
                fired.add(rule)
                # a claim the text denies ("No guaranteed winners", « aucun gain garanti ») is the opposite claim
                answered = lexicon.CONTENT_ANSWERED_RE.get(rule)
                if answered is not None and answered.search(ft) is not None and not (
                        rule == "credit_apr_missing" and self.jurisdiction == "uk" and ("representative" not in ft or (
                            _UK_INTEREST_STATED.search(ft) is not None and _REP_EXAMPLE_TOLD.search(ft) is None))) and not (
                        rule == "credit_apr_missing" and self.jurisdiction == "us" and "%" in ft and _intro_rate_alone(ft)):
                    # stop 27: in the UK a rate of charge ("0% APR finance") is itself what calls for the representative
                    # example, the APR alone does not answer it (FCA CONC 3.5.5R and 3.5.7R); stop 28: in the US an
                    # introductory rate asks for the rate that follows it, close by (12 CFR 1026.16(g))
                    continue  # the figure beside its representative APR, the short-term loan beside its risk warning
                if rule == "credit_apr_missing" and _few_instalments_free(ft):
                    # stop 29: "pay in 4", "3 payments of £30, 0% interest": four instalments or fewer with no interest is
                    # no credit the rules reach (12 CFR 1026.1(c) and 1026.2(a)(17); RAO art. 60F(2); C. consom. L312-4 4°)
                    continue
                m = next((c for c in self.pack.content_re[rule].finditer(ft) if lexicon.negated(ft, c.start()) is None and not (
                    rule == "credit_apr_missing" and _CREDIT_FAVOURABLE_RE.fullmatch(c.group()) is not None
                    and _CREDIT_PRODUCT_RE.search(ft) is None) and not (
                    rule == "gambling_income" and (_NOT_THE_ANSWER.search(ft, max(0, c.start() - 80), c.start()) or
                                                   _NOT_THE_ANSWER_AFTER.match(ft, c.end(), c.end() + 80))) and not (
                    rule == "crypto_guaranteed" and _SAFE_CAPITAL.match(ft, c.start()) is not None
                    and lexicon.CLEARANCE_RE["deposit"].search(ft) is not None) and not (
                    rule == "minor_appeal" and self.in_brand(c.start(), c.end()))), None)
                if m is not None:
                    s, e = self.span(m.start(), m.end())
                    self.add(rule, (s, e), found=self.text[s:e].strip()[:60], sector=label, reference=reference)
            if name == "therapeutic" and span is not None and self.pack.weight_results_cleared and lexicon.CLEARANCE_RE[
                    self.pack.weight_results_cleared].search(ft) is not None and sectors.WEIGHT_FIGURE.search(ft, *span) and all(
                    sectors.WEIGHT_FIGURE.search(ft, h[1], h[2]) for h in self.sector_hits if h[0] == "therapeutic"):
                # weight figures only, the generally expected result told beside them (US: 16 CFR 255.2(b))
                continue
            if name == "therapeutic" and span is not None:
                # the text itself claims a product replaces treatment
                self.add("health_claim", orig, found=found.strip()[:60], reference=self.pack.content["health_claim"][1])
                continue
            if row is None or row["status"] == "allowed":
                continue
            if row["status"] == "banned":
                exempt = row.get("exempt")
                if exempt and lexicon.CLEARANCE_RE[exempt].search(ft) is not None:
                    continue  # the ban's own exception (a zoo, for wild animals)
                self.add("sector_banned", orig, sector=label, found=found, reference=row["reference"])
                continue
            if name == "financial" and span is None and self.context_finance_settled(ft):
                continue
            cleared = row.get("cleared")
            done = bool(cleared) and all(lexicon.CLEARANCE_RE[c].search(ft) is not None for c in cleared)
            if not done and name == "prescription_medicine" and self.jurisdiction == "us" and span is not None and \
                    sectors.is_toxin(ft[span[0]:span[1]]) and _LICENSED_ACT.search(ft) is not None and (
                    _RESULTS_QUALIFIED.search(ft) is not None or lexicon.CLEARANCE_RE["risk_information"].search(ft) is not None):
                done = True  # stop 28: a clinic's toxin by licensed hands, the result qualified or the risks told
            if not done and name == "financial" and self.jurisdiction == "uk" and _CAPITAL_AT_RISK.search(ft) is not None \
                    and _VALUE_FALLS.search(ft) is not None and _COST_TOLD.search(ft) is not None:
                # stop 29: an ISA or a fund told with its cost and both risk warnings ("Capital at risk. The value … can go down
                # … you may get back less"): fair, clear and not misleading on its face (COBS 4.2.1R, 4.5A); nothing left for
                # a reviewer the text could show
                done = True
            if not done and name == "medicine" and self.jurisdiction == "us" and _CLINICIAN_DECIDES.search(ft) is not None:
                # stop 29: a telehealth programme whose medication a licensed clinician decides, and not for everyone: the
                # service is promoted, no drug (FTC Act § 5; 16 CFR 255.2: no typical result promised)
                done = True
            by_staff = row.get("cleared_employee")
            if not done and by_staff and self.employee is True:
                # the provider's own employee with what the law asks of the provider's promotion (a risk warning): the
                # firm itself speaks; an outside promoter's approval (FSMA s. 21, CMF L341-3) is what a text cannot show
                done = all(lexicon.CLEARANCE_RE[c].search(ft) is not None for c in by_staff)
            if not done and name == "medicine" and self.jurisdiction == "uk" and self.rewarded is True and self.employee is not True:
                # stop 26: a paid promoter's testimonial for a licensed medicine without what reg. 300 asks of its
                # advertisement (the indication, "Always read the label"): the endorsement CAP 12.17 forbids, nothing to review
                self.add("medicine_endorsement", orig)
                continue
            if not done and name == "medicine" and self.jurisdiction == "uk" and self.employee is True and span is not None:
                # stop 27: the maker's or the seller's own staff advertising a licensed medicine shown in the text without
                # what every medicine advertisement to the public carries: its indication and a clear invitation to read the
                # label or the leaflet (Human Medicines Regulations 2012 reg. 300; CAP Code 12.1 and 12.12)
                self.add("medicine_label_missing", orig, found=found.strip()[:60])
                continue
            if row["review"] and not done:
                self.add("sector_restricted", orig, sector=label, found=found, reference=row["reference"])
            also = row.get("also")
            if also and lexicon.CONDITION_RE[also].search(ft) is None:
                self.add("sector_warning_missing", sector=label, reference=row["reference"])
                self.fix_needs.add(also)
            condition = row["condition"]
            if condition == "risk_information" and span and sectors.is_toxin(ft[span[0]:span[1]]):
                # botulinum toxin given at a clinic: the clinic sells its service, 21 CFR 202.1 binds the drug's maker,
                # packer or distributor; the fair balance is for a reviewer to weigh (``review``), not a prescribed mention
                # (the word read folded: "B\u200botox" is the "Botox" the reader sees)
                condition = None
            if condition == "fda_warning":
                warning = lexicon.CONDITION_RE[condition].search(ft)
                if warning is not None and (warning.start() > max(_UPPER_PORTION, len(ft) // 5) or
                                            self.warning_below_body(warning.start(), name)):
                    # 21 CFR 1143.3(b): the warning sits in the upper portion of the ad; one under the caption's cut is
                    # not there, nor one set apart under the body that shows the product (the ad's bottom, however short)
                    self.add("sector_warning_placement", sector=label, reference=row["reference"])
                    self.fix_needs.add(condition)
                    continue
            if condition and lexicon.CONDITION_RE[condition].search(ft) is None:
                if condition == "psan":  # the provider's registration is not shown: a human checks it
                    self.add("sector_restricted", orig, sector=label, found=found, reference=row["reference"])
                    continue
                if condition == "age":
                    self.add("sector_age_missing", sector=label, reference=row["reference"])
                elif condition == "health":
                    self.add("sector_health_missing", sector=label, reference=row["reference"])
                else:
                    self.add("sector_warning_missing", sector=label, reference=row["reference"])
                if condition == "tobacco_warning" and "cigar" in ft:
                    condition = "cigar_warning"
                self.fix_needs.add(condition)

    def context_finance_settled(self, ft: str) -> bool:
        """The context says "finance" and the text shows no financial product of its own (the row's span is ``None``): is
        there nothing of the investment regime left for a reviewer? The row is the law of investments (FSMA s. 21 and COBS 4;
        C. monét. fin. L341-1 and L533-12; FINRA 2210 and the SEC Marketing Rule). It is not, when the text shows the trade
        whose own row rules it (consumer credit with its representative example and L312-5's sentence, a CFD with its
        warning, a crypto-asset), or shows no investment at all (home insurance, a business or current account, a payment
        or a budgeting app: no capital risked, nothing those laws ask the text to show), or, in the US, when the investment
        is shown with the risk of loss stated beside the pay disclosed up front (FINRA 2210(d)(1); SEC rule 206(4)-1(b))."""
        if any(self.sectors.get(other) is not None for other in ("consumer_credit", "financial_cfd", "crypto")):
            return True
        if _INVESTMENT_CUE.search(ft) is None:
            return True
        return self.jurisdiction == "us" and lexicon.CLEARANCE_RE["investment_risk"].search(ft) is not None

    def warning_below_body(self, start: int, name: str) -> bool:
        """Does a paragraph break (a blank line, a line of dots or dashes) stand between the body that shows the
        sector's product and its warning at ``start``? Then the warning is the ad's bottom block, not its upper portion
        (21 CFR 1143.3(b)(2)); under a label line alone ("#ad", blank line, warning) it still opens the ad."""
        ft = self.f.text
        if "\n" not in ft[:start]:
            return False
        cut = None
        for m in _PARAGRAPH_BREAK.finditer(ft, 0, start):
            cut = m.start()
        return cut is not None and any(hit[0] == name and hit[1] < cut for hit in self.sector_hits)

    def length(self):
        net = self.net
        if net is None:
            return
        limit = net.limit
        override = self.ctx.get("max_length")
        if override:
            try:
                limit = int(override) if int(override) > 0 else limit
            except (TypeError, ValueError):
                pass
        self.limit = limit
        self.length_value = n = post_length(net, self.text, self.link)
        if limit is not None and n > limit:
            self.add("length_over_limit", None, length=n, limit=limit)
            self.fix_needs.add("length")


#: a weak cue that turns to the reader (« découvrez », "check out", "try it"): a call, never a purpose's own words
_CALL_CUE = re.compile(r"#?(?:decouvr|discover|check|test|essa|try|tried|craqu|fonc|go |allez|swipe|link|lien|j'adore|i love|"
                       r"loving|obsessed|je recommande|je vous|i recommend|i highly|highly|can't live|coup de coeur)")


#: the launch wording of the brand's own novelty ("our new", « notre nouvelle », « nos nouveaux »)
_OUR_NEW = re.compile(r"#?(?:our|notre|nos) (?:brand )?(?:new|nouvelle?s?|nouveaux?)(?![a-z])")
#: a vacancy said just before it: "is hiring night-shift RNs for", « recrute deux vendeurs pour », "staffing up at"
_HIRING_FOR = re.compile(r"(?<![a-z])(?:hiring|recruiting|staffing(?: up)?|recrute|recrutons|embauche|embauchons|cherchons|"
                         r"looking for)(?: [a-z0-9'\-/+]+){0,6} (?:for|at|in|to (?:staff|run|open)|pour|dans|a|au sein de) $")
#: an amount said as a price: what it is per ("$49/wk", « 9,90 € par mois », "£12 each", "$5 off") or after the words of an
#: offer ("only $49", « à partir de 9 € », "from £12", "for just $5")
_PRICE_SAID = re.compile(r" ?(?:/ ?(?:wk|week|mo|month|yr|year|day|night|h|hr|an|mois|nuit|jour)|per |a (?:week|month|year|night|day)"
                         r"(?![a-z])|par (?:mois|an|semaine|nuit|jour|personne)|off(?![a-z])|de (?:reduction|remise)|ttc|ht(?![a-z])|each|"
                         r"chacune?|la piece|the lot)")
_PRICE_BEFORE = re.compile(r"(?<![a-z])(?:only|just|from|for|at|now|seulement|que|a partir de|des|pour|a|price[sd]?|prix|tarifs?|"
                           r"costs?|coute|coutent)[ :]*$")


#: the amount said to be had from any seller ("$9.25/mo off with ANY participating carrier", « quel que soit votre
#: fournisseur »): a public scheme's or the market's, not the employer's price
_ANY_SELLER = re.compile(r"(?<![a-z])(?:(?:with|from|at|through) (?:any|every) (?:participating |eligible )?(?:carrier|provider|"
                         r"supplier|bank|lender|insurer|network|retailer|store|shop)|quel que soit (?:votre|ton) (?:fournisseur|"
                         r"operateur|banque|assureur|magasin))(?![a-z])")


#: the author's own move to the place just before it ("I'm transferring to our new Denver store", « je suis mutée dans
#: notre nouvelle agence »): the new place is the author's workplace, a career step, no launch offered
_MOVING_TO = re.compile(r"(?<![a-z])(?:transferring|transferred|transfer|relocating|relocated|relocate|moving|moved|"
                        r"being sent|mutee?|mutee?s) (?:over |back )?(?:to|a|au|dans|vers) $")


#: the words before a payment statement that still leave it opening the post: at most one clause before it ("Referral link,
#: so I get …", "As a Quillstack Partner (I earn …", "I work at X, and I'm rewarded …"), no sentence ended, a few words
_OPENING_BREAK = re.compile(r"[,;:(\u2014\u2013\x02|]| - ")
_SENTENCE_BREAK = re.compile(r"[.!?\n]")
#: a "Disclosure:" line whose verb tells a gift ("Disclosure: X sent me", "… hosted us"): a gift, read as the others are
_GIFT_VERB = re.compile(r"(?<![a-z])(?:covered|covers|comped|comps|gave|gives|gifted|provided|provides|loaned|loans|lent|lends|"
                        r"sent|sends|hosted|hosts|invited|flew|treated)(?![a-z])")


#: the ad word alone ("ads", « pub », "publicité"), the word a product's feature list uses
_AD_WORD = re.compile(r"#?(?:ads?|adverts?|advertising|advertisements?|pubs?|publicites?|reclames?)")
#: what else a product is said to be without, beside its ads ("no ads, no tracking", « sans pub ni abonnement », "no ads or
#: trackers"): the list of a product's features, not the post's nature
_FEATURE_AFTER = re.compile(
    r"[ \t]*(?:,|;|/|&|\+|and|or|nor|ni|et|ou)?[ \t]*(?:(?:no|zero|without|sans|pas de|aucun|aucune|nor|ni|or|and no|et sans|"
    r"ni de)[ \t]+)?(?:[a-z\-]+[ \t]+)?(?:tracking|trackers?|tracker|subscriptions?|paywalls?|pop[\s\-]?ups?|upsells?|in[\s\-]app|"
    r"microtransactions?|algorithms?|cookies|data (?:collection|selling|harvesting)|fees|hidden (?:fees|costs|charges)|"
    r"sign[\s\-]?up|account|login|spam|clutter|bloat\w*|notifications|distractions|premium|limits?|"
    r"abonnements?|frais|traqueurs?|pistage|inscription|compte|achats? integres|algorithme|notifications|"
    r"donnees|collecte|pop-?ups?|seo|filler)(?![a-z])")
#: the negation a feature list uses ("no ads", "zero ads", "without ads", « sans pub », « pas de pub », « aucune pub »), not the
#: post's own denial ("not an ad", "this isn't an ad", « ce n'est pas une pub »)
_FEATURE_NEG = re.compile(r"(?:no|zero|without|sans|pas de|aucune|ni|nor|or)[ \t]+#?$")
#: a feature list's own heading before the ad word ("Good: no ads", "Pros: no ads", « Les + : sans pub »), or the product it
#: is said of ("an app with no ads", "the free tier has no ads", « une appli sans pub »)
_FEATURE_BEFORE = re.compile(
    r"(?:(?:^ ?|[\n.!?\x02] ?)(?:the )?(?:good|pros?|plus(?:es)?|upsides?|likes?|what i (?:like|love)|what's good|the good|"
    r"highlights?|features?|avantages?|les \+|points? forts?|ce que j'aime|le bon)[ \t]*[:\-\u2014][ \t]*|"
    r"(?<![a-z])(?:app|apps|appli|application|site|website|browser|search engine|moteur(?: de recherche)?|feed|platform|plateforme|"
    r"version|plan|tier|player|podcast|newsletter|service|interface|game|jeu|stream|streaming|radio|reader|lecteur|"
    r"experience|extension|inbox|timeline|tool|outil|logiciel|software|network|reseau)s?(?: [a-z\-]+){0,2} "
    r"(?:with|that has|has|have|shows?|serves?|runs?|avec|qui n'a|n'a|sans|without))[ \t]*$")


def _ads_of_product(ft: str, m) -> bool:
    """Is this negated ad word a product's feature ("no ads, no tracking", « sans pub ni abonnement », "Good: no ads, …",
    "an app with no ads") rather than the post's nature denied? A feature is no denial of the post's commercial intent
    (16 CFR 255.0; loi 2023-451 art. 1; CAP 2.1): the post's own disclosure is then read as it stands."""
    if _AD_WORD.fullmatch(ft, m.start, m.end) is None or ft[m.start:m.end].lstrip("#") in ("ad", "advert"):
        return False
    ns = m.neg_start if m.neg_start is not None else m.start
    if _FEATURE_NEG.search(ft, max(0, ns - 2), m.start) is None:
        return False
    if _FEATURE_AFTER.match(ft, m.end) is not None:
        return True
    return _FEATURE_BEFORE.search(ft, max(0, ns - 60), ns) is not None


def _opens_post(ft: str, start: int) -> bool:
    """Does the wording at ``start`` of the folded text open the post: in its first sentence, after at most one short clause
    (eight words, one break)? A payment said there is read before anything is promoted (CAP 2.1: "obviously identifiable",
    the ASA/CMA guide's "upfront"); said after the pitch ("the lamp is 🔥 link in bio, I get a little commission") it is not."""
    before = ft[:start]
    if _SENTENCE_BREAK.search(before.strip()) is not None:
        return False
    return len(_OPENING_BREAK.findall(before.strip())) <= 1 and len(before.split()) <= 8


def _past_vacancy(ft: str, promo, free: list, hints: list):
    """The promotional cue, unless it is the new place a job ad hires for: "Acme is hiring nurses for our new step-down
    unit", « on recrute deux vendeurs pour notre nouvelle boutique »: the new place is where the vacancy is, the job ad's
    object, not a launch offered to the reader (loi 2023-451 art. 1; 16 CFR 255.0(a) "advertising message"; CAP 1.1).
    The author's own transfer there is the same ("I'm transferring to our new Denver store": ``_MOVING_TO``).
    It becomes a weak cue the job ad outweighs, its sentence is set aside (``free``, in place) and an offer elsewhere in
    the post is still sought."""
    while promo is not None and not isinstance(promo, bool):
        start = promo.start() if isinstance(promo, re.Match) else promo.start
        end = promo.end() if isinstance(promo, re.Match) else promo.end
        if _OUR_NEW.match(ft, start) is None or (_HIRING_FOR.search(ft, max(0, start - 80), start) is None and
                                                 _MOVING_TO.search(ft, max(0, start - 40), start) is None):
            break
        hints.insert(0, promo if not isinstance(promo, re.Match) else _span_match(start, end))
        free.append(owed.sentence_of(ft, start, end))
        promo = owed.strong_promotion(ft, free)
    return promo


#: a promotional cue that says a release and nothing more ("we released", "now available", "our new …"): in a free
#: release's own sentence it is that release; an offer, a price or a code there still promotes
#: the wordings that say a reward for what the post brings in, no label: in a job ad, the bonus for a hire; in an
#: employee's post, a referral's gain, which tells no employment
_REWARD_TALK = frozenset(("en.referral_reward", "en.money_if_you", "en.if_you_money", "en.referral_money", "fr.gain_si_vous",
                               "fr.si_vous_gain", "fr.parrainage_gain", "en.referral_bonus_named"))
#: the pay or the perks a job offers, said beside an amount ("$10k sign-on bonus", « prime d'installation de 3 000 € »,
#: "£2,000 welcome payment", "up to £38k salary")
_JOB_PAY_RE = re.compile(r"(?<![a-z])(?:bonus|bonuses|prime|primes|salary|salaries|salaire|salaires|pay|paid|payment|wages?|"
                         r"remuneration|package|relocation|allowance|indemnite|tuition|stipend|sign[\s\-]?on|signing|welcome|"
                         r"installation|demenagement|per hour|an hour|de l'heure|brut|bruts|net|nets|annual|annuel|compensation|"
                         r"reimbursement|retention|hr|hrs|hourly|per hr|to start|starting)(?![a-z])")
_DISCOUNT_AFTER = re.compile(r"[\s\w]{0,3}(?:off|de (?:reduction|remise)|discount|de moins)(?![a-z])")


_RELEASE_CUE = re.compile(r"#?(?:(?:we|nous|on) |lanc|launch|releas|sort|ship|unveil|devoil|available|disponible|dispo|"
                          r"now |maintenant |desormais |(?:nouvelle|new) version|(?:notre|nos|our) )")


#: a word that says money was paid (« payé », "paid"): denied beside a gift told, it is no denial of the consideration
def _pay_denied(m, folded: str) -> bool:
    """Does the denial ``m`` deny pay (« personne ne me paie », "nobody pays me", "not paid"), not sponsorship or
    advertising?"""
    if m.wording.id in _PAY_WORDS:
        return True
    if m.wording.id == "en.paid" and folded.startswith("paid for", m.start):
        return True  # stop 30: "Not paid for this, I just work here": the pay for the post denied, not the link
    return m.wording.id in _NOBODY_PAYS and "spons" not in folded[m.start:m.end]


#: a payment of a bill or a balance after "not paid" ("not paid in full", "not paid on time", « pas payé à l'échéance »): the
#: reader's debt (12 CFR 1026.16(h): the deferred-interest terms), no denial of a paid post (16 CFR 255.5)
_BILL_SETTLED = re.compile(r" (?:in full|off|on time|by the (?:due|end)|within \d|before the|a l'echeance|integralement|"
                           r"en totalite|dans les delais)(?![a-z])")


#: "nobody pays me", « personne ne me paie »: a denial of pay (or, with "sponsors", of sponsorship)
_NOBODY_PAYS = frozenset(("fr.dementi_personne", "en.nobody_paid", "en.no_one_paid"))
_PAY_WORDS = frozenset(("fr.mot_paye", "fr.paye_par", "fr.remunere", "en.word_paid", "en.being_paid", "en.paid_me", "en.unpaid"))


#: a responsible-gambling message denies the frame before it names the worry ("gambling is never a way out of money
#: worries", « pas une solution pour payer le loyer », "don't bet to cover the bills"): the opposite of presenting
#: gambling as a solution to financial concerns (CAP 16.3.4; décret n° 2020-1349 art. 8)
#: a word of the investment trade (a capital placed to earn): beside a context that says "finance", the text may show an
#: investment its detector did not name ("property bonds", "my index portfolio", « un placement à 6 % »)
_INVESTMENT_CUE = re.compile(r"(?<![a-z])(?:invest|placement|portfolio|portefeuille|funds?(?![a-z])|fonds(?! de (?:commerce|roulement|"
                             r"solidarite))|bonds?(?![a-z])|obligations? (?:d'etat|corporate|verte|vertes|convertibles?)|stocks?(?![a-z])|"
                             r"shares(?![a-z])|actions (?:cotees|de|en bourse)|bourse|dividend|yield|rendement|returns?(?! (?:policy|label|window|"
                             r"shipping))|trading|trader|broker|courtier|pension|retraite|pea(?![a-z])|isas?(?![a-z])|"
                             r"assurance[\s\-]vie|scpi|crowd|options?(?= (?:trading|course|basics|contracts?))|options[\s\-]basics|"
                             r"securities|titres|capital)")
_NOT_THE_ANSWER = re.compile(r"(?<![a-z'])(?:(?:never|not|isn't|is not|don't|do not|pas|jamais|ni)(?: [a-z']+){0,3} "
                             r"(?:a |an |the |une |un |la |le )?(?:way(?: out)?|solution|answer|fix|remedy|means|moyen|source|"
                             r"porte de sortie|lifeline|plan)|(?:never|don't|do not|ne|n')(?: [a-z']+)? ?(?:gamble|bet|play|jouez|joue|"
                             r"jouer|pariez|parie|parier)(?: jamais| pas)? (?:to|pour|in order to|afin de))(?![a-z])[^.!?\n]*$")
#: … or after it, in the same sentence ("if you can't pay the rent, gambling isn't the answer")
_NOT_THE_ANSWER_AFTER = re.compile(r"[^.!?\n]*?(?<![a-z'])(?:isn't|is not|n'est pas|n'est jamais|is never|are not|aren't|"
                                   r"ne sont pas|never|jamais|pas) (?:a |an |the |une |un |la |le )?(?:way out|solution|answer|"
                                   r"fix|remedy|moyen|porte de sortie)(?![a-z])")
#: a virtual author said by the text; a result told on the author's own body (virtual_experience)
_VIRTUAL_SAID = lexicon.WordStartSearch.compile(r"(?<![a-z0-9])(?:" + wordclasses.VIRTUAL_SAID + r")")
#: the picture vouched for as a real person or a real result (image_virtual_as_real)
_REAL_RESULT_RE = lexicon.WordStartSearch.compile(
    r"(?<![a-z])(?:(?:clinical |real |actual |genuine )?(?:trial|study) (?:participants?|volunteers?|subjects?|patients?)|"
    r"real (?:customers?|clients?|patients?|people|users?|results?|photos?|person|skin|faces?|lashes|lips|hair)|before (?:and|&|/) after|"
    r"(?:customer|client|patient)'?s? (?:own )?(?:results?|photos?|before)|participante?s? (?:a|de) (?:l'|notre |nos |cet |cette )?"
    r"(?:essai|etude)|vraie?s? (?:clientes?|patiente?s?|resultats?|photos?|personnes?|peau|visages?|cils|levres|cheveux)|avant ?(?:/|et|-|&) ?apres|photo reelle|"
    r"resultats? reels?|"
    # the picture offered as the author's own skin or as the "after" of a swipe ("my actual skin", "swipe for the before",
    # « ma vraie peau »)
    r"(?:my|mine|her|his) (?:actual|real|own|genuine|unfiltered) (?:skin|face|lashes|lips|hair|body|results?)|"
    r"(?:swipe|scroll) (?:for|to see|to) (?:the|my) (?:before|after)|(?:ma|mon|mes) (?:vraie?s?|propres?) (?:peau|visage|cils|"
    r"levres|cheveux|corps|resultats?)|"
    # stop 28: the days compared ("swipe to see day 1 vs day 28", « jour 1 vs jour 28 »), the picture vouched for as the
    # result itself ("no filter, just results", « sans filtre, que des résultats »)
    r"(?:day|jour|week|semaine) \d+ (?:vs\.?|v\.?|versus|/|and|to|et|contre) (?:day|jour|week|semaine) \d+|"
    r"(?:no filters?|unfiltered|nofilter|sans filtres?)[,.!: \-]+(?:just|only|pure|100 ?%|que des|juste des|rien que des|seulement des) "
    r"(?:real )?(?:results?|resultats?))")
_SHOWN_ELSEWHERE = re.compile(r"(?<![a-z])(?:(?:dans|en|sur) (?:la |ma |mes |les |nos |notre |le |mon )?(?:stor(?:y|ies)|"
                              r"lien|site|commentaires?|video|reel|carrousel suivant|post suivant|slides?|diapos?|photos? suivantes?)|(?:in|on) (?:my |the |our |their |[a-z0-9&\-]+'s )?"
                              r"(?:stor(?:y|ies)|link|site|website|comments?|next (?:post|slide)|video|reel|highlights?|slides?|next (?:photos?|pics?)))(?![a-z])")


def _clause_end(ft: str, pos: int) -> int:
    end = _CLAUSE_END.search(ft, pos)
    return end.start() if end is not None else len(ft)


_USE_LASTED = re.compile(r"(?<![a-z0-9])(?:" + wordclasses.USE_LASTED + r")")
_PERSONAL_RESULT = re.compile(r"(?<![a-z0-9])(?:" + wordclasses.PERSONAL_RESULT + r")")
#: the upper portion of a caption (folded characters): what a feed shows before "… more"
_UPPER_PORTION = 125
#: stop 28 (US): botulinum toxin given by licensed hands — a nurse injector, licensed RNs or NPs, a physician's supervision,
#: a medical consult first …
_LICENSED_ACT = re.compile(r"(?<![a-z])(?:licen[cs]ed (?:[a-z]+ ){0,2}(?:rns?|nps?|nurses?|injectors?|providers?|physicians?|"
                           r"practitioners?|professionals?|clinicians?|doctors?|medical)|nurse injectors?|nurse practitioners?|"
                           r"(?:physician|medical|doctor)[\s\-]?(?:supervision|supervised|directed|led|consult(?:ation)?s?)|"
                           r"(?:board[\s\-]certified|registered nurses?)|after a (?:medical |full |proper )?(?:consult(?:ation)?|assessment))(?![a-z])")
#: … and its result qualified or its risks named ("results vary", "usually last 3–4 months", "not for everyone"): a clinic's
#: service told with what the FTC Act § 5 asks of it (no unqualified result, the risks not hidden); 21 CFR 202.1 binds the
#: drug's maker, not the clinic, and the US has no influencer ban on aesthetic acts
_RESULTS_QUALIFIED = re.compile(r"(?<![a-z])(?:results? (?:may |can |will )?var(?:y|ies)|individual results|results are not guaranteed|"
                                r"not for everyone|(?:usually|typically|generally) lasts? (?:about |around )?\d)(?![a-z])")
#: a paragraph break: a blank line, or a line of nothing but dots, dashes or bullets (the fillers that push text down)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*(?:[.\-_*~=\u2022\u00b7\u2013\u2014]+[ \t]*)?\n")


#: the author's own business said as such ("my little candle business", "my own brand", « ma petite entreprise de bougies »)
_OWN_BUSINESS = re.compile(r"(?<![a-z])(?:my (?:own |little |small |tiny |new )*(?:[a-z\-]+ ){0,2}(?:business|brand|shop|label|studio|"
                           r"bakery|company|boutique)|(?:ma|mon) (?:propre |petite? |nouvelle? )*(?:entreprise|marque|boutique|"
                           r"atelier|savonnerie|biscuiterie|brasserie|patisserie|fromagerie|societe|label)(?: (?:de|d')[a-z ]{0,20})?)"
                           r"(?![a-z])")
#: … and its goods made by the author's hand ("hand-poured by me", "made by me", « faits main par moi », « que je fabrique »)
_MADE_BY_ME = lexicon.WordStartSearch.compile(r"(?<![a-z])(?:(?:hand[\s\-]?)?(?:made|poured|sewn|painted|knitted|knit|thrown|dyed|stitched|baked|"
                         r"roasted|brewed|crafted|designed|printed|built|mixed|blended) by me|(?:fabrique|faite?s?|coulee?s?|cousue?s?|"
                         r"tricotee?s?|peinte?s?|cuite?s?|torrefiee?s?|brassee?s?|concue?s?|creee?s?)(?: a la main| main)? par moi|"
                         r"je (?:les )?(?:fabrique|coule|couds|tricote|brasse|torrefie))(?![a-z])")
_OWN_BUSINESS_WORDING = lexicon.Wording(id="own_business", kind="commercial", strength="accepted", lang="any",
                                        regex=re.compile(""), before=None, start=False, signal=False, other_lang=None,
                                        example="", scan=False, name="own_business")


def _span_match(start: int, end: int) -> lexicon.Match:
    """A weak cue found by a regex of owed.py rather than by the scan."""
    return lexicon.Match(_CUE_WORDING, start, end, False)


#: the wording a cue found outside the scan is reported as (praise found by word classes, a competitor post's own cues)
_CUE_WORDING = lexicon.Wording(id="cue", kind="hint", strength="none", lang="any", regex=re.compile(""), before=None,
                                  start=False, signal=False, other_lang=None, example="", scan=False, name="cue")


#: the author's own reward told in plain words ("we each get $50 credit", "I earn a commission")
_REWARD_TOLD = re.compile(r"(?i)(?<![\w])(?:we|i) (?:each |both )?(?:get|earn|receive|make)(?: a)? (?:[$£€]?\d|commission|credit|"
                          r"a cut|a referral)")
#: a second connection said to be advertising too, in its own sentence ("(also an ad)", « (aussi une publicité) »)
_ALSO_AD = re.compile(r"(?i)\((?:also |too |aussi |[ée]galement )?(?:an? |une )?(?:ad|advert|advertisement|advertising|pub|"
                      r"publicit[ée]|collaboration commerciale|paid partnership)(?: too| also| aussi)?\)")


@lru_cache(maxsize=4096)
def _fold_word(word: str) -> str:
    """One word folded as the text is (accents, case)."""
    return fold(word).text.strip()


#: the trade's own people addressed ("heads-up for fellow craft brewers", « chers confrères », « aux autres vignerons »): a
#: note to the author's peers on the trade's matters (a harvest, a supply, a rule), not to its customers
_TRADE_AUDIENCE = re.compile(
    r"(?<![a-z])(?:(?:fellow|other|all (?:the )?|to all) (?:[a-z\-]+ ){0,2}(?:brewers|distillers|winemakers|vintners|growers|"
    r"cider ?makers|bakers|farmers|producers|retailers|publicans|bartenders|bankers|advisers|advisors|brokers|planners|"
    r"traders|lenders|underwriters|operators|compliance (?:folks|people|teams|officers))|(?:chers |cheres |mes |nos )?"
    r"(?:confreres|consoeurs)|(?:aux|pour les|chers|cheres) (?:autres |collegues )?(?:brasseurs|brasseuses|vignerons|"
    r"vigneronnes|distillateurs|cavistes|producteurs|conseillers|courtiers|banquiers))(?![a-z])")
#: the words of a business's name that name its trade, not the business ("Northwind Brewing", "Kestrel Bank")
_TRADE_NAME_WORDS = frozenset(("brewing", "brewery", "brewers", "distillery", "distilling", "distillerie", "winery", "wines",
                               "cellars", "brasserie", "cider", "ciders", "cidery", "ales", "beer", "beers", "spirits",
                               "vineyards", "bank", "banque", "capital", "finance", "lending", "credit", "invest",
                               "investments", "markets", "trading", "energy"))
#: the trades whose peers an employee may brief without promoting the employer: money's, and drink's (the harvest, the
#: supply): a trade note names no product, no call
_PEER_TRADE_SECTORS = _TRADE_NEWS_SECTORS | {"alcohol"}


#: the people a post presents, named by what they made ("the team behind", « l'équipe derrière »)
_PEOPLE_BEHIND_RE = re.compile(r"(?<![a-z])(?:team|people|crew|faces|minds|humans|folks|engineers|equipe|personnes|visages) "
                               r"(?:behind|derriere) (?:the |l'|la |le |les )?$")


#: a trade's workplace or work, not its product: the harvest, the cellar work, the distillery, the vineyard
_TRADE_SETTING_RE = re.compile(r"vendanges?|vinification|distilleries?|distillery|breweries|brewery|winery|wineries|"
                               r"vineyards?|vignobles?")


@lru_cache(maxsize=512)
def _folded_brand(brand: str) -> str:
    """The brand as the folded text spells it (leading space included), folded once per brand."""
    return fold(brand).text


@lru_cache(maxsize=256)
def _brand_sectors(brand: str) -> tuple[str, ...]:
    """Sectors the brand's own name shows, read once per brand."""
    found = sectors.from_brand(_folded_brand(brand))
    # stop 29: a brand written in two capitalised halves, one the trade's word ("GoalBet", "PokerStars", "VapeCloud"): the
    # advertiser's own name says its trade, as "X Bet" does (a "Brew" or a "Coin" half may be a café's or a shop's)
    for m in sectors._CAMEL.finditer(brand):
        for part in (m.group(1), m.group(2)):
            name = sectors._CAMEL_TRADES.get(part.lower())
            if name in ("gambling", "nicotine") and name not in found:
                found.append(name)
    return tuple(found)


@lru_cache(maxsize=256)
def _brand_pattern(brand: str):
    b = fold(brand).text.strip()
    if len(b) < 2:
        return None
    # a handle may join the words with a dot ("@exotica.pets" for "Exotica Pets")
    return re.compile(r"(?<![a-z0-9])#?" + re.escape(b).replace(r"\ ", r"[\s_.\-]?"))


#: after a label, the word that introduces who it is for (« avec », "with", "for", "by", « pour », « par », "x"), then an
#: optional « l'agence », "the brand"…
_LABEL_LINK = re.compile(r"[ \t]*(?:[:|\-\u2013\u2014][ \t]*(?:(?:avec|with|for|by|par|pour|x)[ \t]+)?|(?:avec|with|for|by|par|pour|x)[ \t]+)"
                         r"(?:(?:l'|la |le |les |the |notre |our |my |mon |ma )?(?:agence|agency|marque|brand|maison|friends at|amis de)"
                         r"[ \t]+)?(?=@)")
#: the names that follow, up to punctuation, an emoji or the line's end
_NAME_RUN = re.compile(r"[a-z0-9@&'._\- ]{2,60}")
_HANDLE = re.compile(r"@[a-z0-9_.]+")
#: the wordings that tell a past job ("used to work at", "a former employee of")
_PAST_JOB = frozenset(("en.used_to_work",))
#: the rest of the things shown, said bought by the author ("everything else I bought myself", « le reste, je l'ai payé »)
_ELSE_BOUGHT = re.compile(r"(?:(?:everything|anything|all) else|the rest|the others|the other (?:stuff|things|gear|items|products)|"
                          r"le reste|tout le reste|les autres (?:produits|articles)),? (?:i|we|je l'ai|je les ai|on l'a|on les a) $")
#: a crypto token touted: a cashtag, a token or coin named, its sale or listing ("$NEBULA", "the SOLS token", "presale")
_TOKEN_TOUT_RE = re.compile(r"(?<![a-z0-9])(?:\$[a-z][a-z0-9]{1,9}(?![a-z0-9])|(?:[a-z0-9]+ )?(?:token|coin|memecoin|altcoin)s?(?![a-z])|"
                            # stop 28: a share by its market and ticker ("(OTC: CPLR)", "Ticker: CPLR")
                            r"(?:otc|otcqb|otcqx|otc markets|nasdaq|nyse|nyse american|tsx|tsxv|asx): ?\$?[a-z]{1,5}(?![a-z])|"
                            r"ticker(?: symbol)?:? \$?[a-z]{2,5}(?![a-z])|"
                            r"pre-?sales?(?![a-z])|airdrops?(?![a-z])|ico(?![a-z])|(?:cex|dex) listing)")
_CUSTODY_COINS = re.compile(r"(?:move|moving|moved|transfer|transferring|transferred|send|sending|sent|withdraw|withdrawing|"
                            r"store|storing|stored|your|my|their|our|own) (?:coins|tokens)$")
#: the amount of the consideration told ("paid me $1,500 in USDC to post", "I received 20,000 $SOLS for this post")
_COMPENSATION_AMOUNT_RE = re.compile(
    r"(?<![a-z])(?:paid|pays|paying|compensated|compensation|received|receive|receiving|got|get|getting|earned|earn|given)"
    r"(?: me| us)?[^.!?\n]{0,40}?(?:\$\s?\d|\d[\d,.]*\s?k?\s?(?:[a-z]{2,10}\s)?(?:usd|usdc|usdt|dollars|tokens?|eth|btc|sol|"
    r"\$[a-z]+))|"  # (the token's own ticker between: "paid me 5,000 ZORA tokens")
    r"(?:\$\s?\d[\d,.]*k?|\d[\d,.]*k? ?(?:usd|usdc|usdt|dollars|tokens|eth|sol)) (?:in [a-z$]+ )?(?:to (?:post|promote|share|tweet|talk)|"
    r"for (?:this|the|my) (?:post|tweet|video|thread|promotion))")
#: a label's own last word that links it to the partner it names (« partenariat avec », "paid partnership with")
_PARTNER_LINKS = (" avec", " with", " by", " par", " pour", " for", " x")
#: a family tie to the brand told in the text (the text's connection, whatever the context says); cue ``family_tie``
_FAMILY_TIE_RE = re.compile(r"(?<![a-z])(?:" + lexicon.common.FAMILY_TIE_EN + "|" + lexicon.common.FAMILY_TIE_FR + ")")


#: what the misleading-claims rules (``packs.claims``) read around a claim
_CLAIM_SUBJECT_RE = re.compile(claims.SUBJECT)
_SUN_RE = re.compile(claims.SUN)
_CRYPTO_RE = re.compile(claims.CRYPTO)
_GREEN_BASIS_RE = re.compile(claims.GREEN_BASIS)
#: the sector rules that already report the same claim
_CLAIM_SAID = frozenset(("supplement_disease", "health_claim"))
_SAFETY_SAID = frozenset(("safety_claim", "gambling_risk_free", "crypto_guaranteed", "credit_irresponsible"))
#: a licensed medicine (its sector row sends it to a reviewer) may claim, within its licence, to treat a disease or
#: regrow hair (minoxidil: "regrows hair"); a cosmetic or a food may not
_LICENSED = frozenset(("medicine", "prescription_medicine"))
_HAIR_MEDICINE = re.compile(r"minoxidil|rogaine|regaine|finasteride|propecia")


_WEIGHT_BEFORE_RE = re.compile(claims.WEIGHT_BEFORE)
#: the capital said guaranteed or the investment safe (``crypto_guaranteed``): beside a bank deposit the text names (« livret
#: d'épargne … capital garanti »), the deposit's own guarantee (C. monét. fin. L312-4: the FGDR), not a false claim
_SAFE_CAPITAL = re.compile(r"capital|(?:mon|ton|votre|un|le|notre) placement|(?:your|my|the) capital")
#: a denial shared by two schemes ("isn't FDIC- or SIPC-insured", « ni garantis par le FGDR »): the disclosure itself
_NOT_INSURED = re.compile(r"(?<![a-z])(?:isn't|is not|aren't|are not|not|never|neither|nor|n'est pas|ne sont pas|ni|non|"
                          r"jamais)(?![a-z])")


_COMPARED_BEFORE = re.compile(claims.COMPARED_BEFORE)
_MULTIPLE_BEFORE = re.compile(claims.MULTIPLE_BEFORE)
_SHARE_BEFORE = re.compile(claims.SHARE_BEFORE)
_SOURCE = lexicon.WordStartSearch.compile(claims.SOURCE)
#: a result or a bill of nothing just before a bare guarantee ("résultat garanti à 100 %", "your bill to $0. Guaranteed.")
_RESULT_GUARANTEED = re.compile(r"(?:(?<![a-z])(?:results?|resultats?)(?: [a-z%0-9]+){0,2} ?|bills? to \$? ?0[.!]? ?|"
                                # a payback period (« remboursée en 2 ans, c'est garanti », "pays for itself in 3 years,
                                # guaranteed"): savings no seller can promise (C. consom. L121-2 2° c; CAP 3.7)
                                r"(?<![a-z])(?:rembourse|rentabilise|amorti|pays? (?:for )?itself(?: back)?|paid back|pays back)"
                                r"e?s? (?:en|in|within|under|sous) (?:\d+|un|une|deux|trois|quatre|cinq|one|two|three|four|five) "
                                r"(?:ans?|annees?|years?|mois|months)[.,!]? ?(?:c'est |it's |its |c est )?)$")
_MONEY_BACK = re.compile(r"money[\s\-]?back|refund|rembours|satisfait|satisfaction")
#: the figure just before a weight or a size lost by a date, in digits or in words ("15 pounds", "two dress sizes")
_WEIGHT_FIGURE_BEFORE = re.compile(r"(?:\d|(?<![a-z])(?:one|two|three|four|five|six|a|une|deux|trois|quatre|cinq)) ?$")
#: a weight, a size or a slimming result named anywhere in the post (beside "no diet, no gym")
_WEIGHT_WORD = re.compile(r"(?<![a-z])(?:kg|kilos?|lbs?|pounds|stone|dress sizes?|tailles?|weight|poids|fat|graisse|slim|mincir|maigrir|"
                          r"belly|ventre|waist|taille fine|before (?:vs|and|&|/) after|avant ?/ ?apres|detox)(?![a-z])")
#: the generally expected result told beside the author's (16 CFR 255.2(b)): a weight per week is then qualified
_TYPICAL = re.compile(r"typical|on average|average (?:loss|result|person|customer|user)|en moyenne|resultats? (?:non )?typiques?")
#: the stop-23 claims read only with what the text holds beside them (``claims._STOP23``'s named groups): a comparison
#: over every rival after a measurable comparison and no source, a multiple just before "as fast as …", an expert share
#: after its figure and no source, the cheapest with no source, a weight per week after its figure and no typical result
_READ_BESIDE = {
    "compared": lambda ft, m: _COMPARED_BEFORE.search(_clause_before(ft, m.start())) is not None and _SOURCE.search(ft) is None,
    "multiple": lambda ft, m: _MULTIPLE_BEFORE.search(ft, max(0, m.start() - 20), m.start()) is not None
                              and _SOURCE.search(ft) is None,
    "expert": lambda ft, m: _SHARE_BEFORE.search(ft, max(0, m.start() - 30), m.start()) is not None and _SOURCE.search(ft) is None,
    "sourced": lambda ft, m: _SOURCE.search(ft) is None,
    "nodiet": lambda ft, m: _SLIMMING_RE.search(ft) is not None or _WEIGHT_WORD.search(ft) is not None,
    "weight": lambda ft, m: _WEIGHT_FIGURE_BEFORE.search(ft, max(0, m.start() - 7), m.start()) is not None
                            and _TYPICAL.search(ft) is None,
}


_WHITENING_RE = re.compile(r"(?<![a-z])(?:whiten|whitening|whiter|blanchi|blanches|teeth|tooth|dents|dentaire|smile|sourire|shades?)")
_DENTIST_SUPERVISED_RE = re.compile(
    r"(?<![a-z])(?:(?:prescribed|supplied|fitted|applied|provided|given|done|started|sold|available) (?:only )?(?:by|through|at|from|via) "
    r"(?:your |a |the |my )?dentists?|dentist[\s\-](?:supervised|prescribed|fitted|led|only)|see (?:your|a) dentist|"
    r"(?:chez|par) (?:votre |ton |le |un |mon )?(?:dentiste|chirurgien[\s\-]dentiste)|sous (?:le )?controle (?:de votre |du |d'un )?dentiste)")
_PEROXIDE_FIGURE_BEFORE = re.compile(r"(\d+(?:[.,]\d+)?) ?% ?(?:of |d'|de |hp |h2o2 )?$")
_PEROXIDE_FIGURE_AFTER = re.compile(r" ?(?:\(|at |a |:)? ?(\d+(?:[.,]\d+)?) ?%")


def _peroxide_over_limit(ft: str, m: re.Match) -> bool:
    """Is the peroxide's figure, just before or just after it, over what the public may be sold (0.1 % hydrogen peroxide,
    0.35 % carbamide peroxide)?"""
    figure = _PEROXIDE_FIGURE_BEFORE.search(ft, max(0, m.start() - 12), m.start()) or \
        _PEROXIDE_FIGURE_AFTER.match(ft, m.end(), m.end() + 12)
    if figure is None:
        return False
    value = float(figure.group(1).replace(",", "."))
    return value > (0.35 if "carbamide" in m.group() else 0.1)


def _clause_before(ft: str, start: int, width: int = 70) -> str:
    before = ft[max(0, start - width):start]
    return before[max(before.rfind("."), before.rfind("!"), before.rfind("?"), before.rfind("\n")) + 1:]


_WARRANTY_AFTER = re.compile(r" ?(?:a vie|(?:de |pendant |sur )?\d+ ?(?:ans?|years?)|for (?:life|\d+ years?)|(?:pieces|parts)"
                             r"(?: et| and| &)|constructeur|commerciale|legale|manufacturer|satisfait ou rembourse)(?![a-z])")


def _licence_allows(check: _Check, ft: str, m: re.Match) -> bool:
    """Keep a claim unless a licensed medicine makes it within what a licence can say (a cure, hair regrown); a bare
    guarantee is a weight loss's or a result's only when a weight figure or the result stands just before it ("-10 kg
    en 2 semaines GARANTI", « résultat garanti »), not a delivery's or a refund's. A comparison over every rival counts
    only after a measurable comparison ("2x more … than any other"), an expert share after its figure ("9 out of 10
    dentists recommend"), and neither where the post names a source; a weight per week only after its figure."""
    word = m.group()
    if word.startswith(("guarant", "garanti")):
        if " " not in word and _WARRANTY_AFTER.match(ft, m.end()) is not None:
            # a warranty on the goods (« garantie à vie », « garantie 2 ans », "guaranteed for life"): the seller's promise
            # to repair or replace (C. consom. L217-21, the commercial guarantee; CRA 2015 s.30), no result promised
            return False
        if " " in word or _WEIGHT_BEFORE_RE.search(ft[max(0, m.start() - 60):m.start()]) is not None:
            return True
        return (_RESULT_GUARANTEED.search(ft[max(0, m.start() - 40):m.start()]) is not None
                and _MONEY_BACK.search(ft, m.start(), m.end() + 60) is None)
    group = m.lastgroup
    if group is not None:
        return _READ_BESIDE[group](ft, m)
    if not (word.startswith(("cur", "revers", "gueri", "regr")) or "repousser" in word):
        return True
    if _LICENSED.intersection(check.sectors):
        return False
    return not (word.startswith("regr") or "repousser" in word) or _HAIR_MEDICINE.search(ft) is None


_CREDIT_FAVOURABLE_RE = re.compile(wordclasses.CREDIT_FAVOURABLE)
#: stop 29: a purchase split in four instalments or fewer ("Pay in 4", "3 payments of £30", « en 3 fois ») …
_FEW_INSTALMENTS_RE = re.compile(
    r"(?<![a-z])(?:pay|paying|split|splitting|spread|spreading|paiement|payer|payez|regler|reglez)(?![a-z])[^.!?\n]{0,40}?"
    r"(?<![a-z])(?:in|into|en) (?:2|3|4|two|three|four|deux|trois|quatre) ?(?:x|fois|payments|instal(?:l)?ments|parts)?(?![a-z0-9])|"
    r"(?<![0-9.,])(?:2|3|4|two|three|four|deux|trois|quatre) (?:interest[\s\-]free |equal |fortnightly |monthly )?(?:payments|"
    r"instal(?:l)?ments|mensualites|versements|echeances) (?:of|de)(?![a-z])")
#: … without interest said ("0% interest", "interest-free", « sans frais »)
_NO_INTEREST_RE = re.compile(r"(?<![0-9.,])0 ?% (?:interest|apr|d'interets?|de frais)|interest[\s\-]free|(?:no|zero|without) interest|"
                             r"sans (?:frais|interets?)(?![a-z])")
#: … and no longer schedule beside it ("10 mensualités", "12 monthly payments", « en 10x »)
_MORE_INSTALMENTS_RE = re.compile(r"(?<![0-9.,])(?:[5-9]|[1-9]\d) (?:monthly |equal )?(?:payments|instal(?:l)?ments|mensualites|"
                                  r"versements|echeances|months|mois)(?![a-z])|(?<![a-z])(?:en|in) (?:[5-9]|[1-9]\d) ?(?:x|fois)(?![a-z])")


def _few_instalments_free(ft: str) -> bool:
    """Is the post's credit a purchase split in four interest-free instalments or fewer, and nothing longer?"""
    return (_FEW_INSTALMENTS_RE.search(ft) is not None and _NO_INTEREST_RE.search(ft) is not None
            and _MORE_INSTALMENTS_RE.search(ft) is None)
_CREDIT_PRODUCT_RE = re.compile(wordclasses.CREDIT_PRODUCT)
_INTRO_RATE_RE = re.compile(wordclasses.INTRO_RATE)
_GO_TO_RATE_RE = re.compile(wordclasses.GO_TO_RATE)


def _intro_rate_alone(ft: str) -> bool:
    """An introductory rate held for a term with no rate said to follow it (12 CFR 1026.16(g)(2): the rate that applies
    after the introductory period, close to the introductory rate)."""
    return _INTRO_RATE_RE.search(ft) is not None and not any(
        _INTRO_RATE_RE.match(ft, g.start()) is None or g.group().startswith(("then", "after", "there", "revert", "goes", "variable"))
        for g in _GO_TO_RATE_RE.finditer(ft))


#: stop 30, UK: a rate of interest stated ("0% interest over 12 months", "4.1% fixed") calls for the representative
#: example, not only the representative APR (CONC 3.5.7R(1)); the example told by its figures
_UK_INTEREST_STATED = re.compile(r"(?<![0-9.,])\d+(?:[.,]\d+)? ?% (?:interest|fixed|variable)(?![a-z])|(?<![a-z])interest (?:rate )?(?:of |at )"
                                 r"\d+(?:[.,]\d+)? ?%")
_REP_EXAMPLE_TOLD = re.compile(r"representative example|total (?:amount )?(?:payable|repayable|to pay)|total cost of credit|"
                               r"(?:amount|credit|borrowing|borrow) (?:of )?[$€] ?\d[\d,.]*[^.!?\n]{0,60}?(?:over|for) \d+ ?(?:months|years)")
#: stop 29: the lender named in a credit promotion's required statements (``other_advertiser``)
_LENDER_NAMED = re.compile(r"(?:(?:finance|credit|loans?|financing|lending) (?:is )?(?:provided|offered|arranged|supplied|underwritten|"
                           r"issued) by|(?:lender|lent by|issued by|underwritten by|provided by)\s?:?|pr[eê]teur\s?:?|(?:cr[eé]dit|"
                           r"financement|pr[eê]t) (?:consenti|accord[eé]|propos[eé]|octroy[eé]) par|sous r[eé]serve d'acceptation par)"
                           r"\s*(?:the\s+)?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _ContentRule:
    """A content rule read in every commercial post (``_Check.content_rules``): its finding ``code``; the ``cue`` the scan
    must have read (``lexicon.CONTENT_CUES``; None: ``applies`` is the only gate); a cheap test on the check and the
    text; patterns the text must also hold; the ``pattern`` whose first match the text does not negate (if
    ``negatable``) is reported (a regex, or the pack's own); patterns that, any found, rule it out; the finding's other
    details."""
    code: str
    cue: str | None
    pattern: re.Pattern | Callable[[lexicon.CompiledPack], re.Pattern]
    applies: Callable[[_Check, str], bool] = lambda check, ft: True
    needs: tuple[re.Pattern, ...] = ()
    unless: tuple[re.Pattern, ...] = ()
    negatable: bool = False
    details: Callable[[_Check], dict] = lambda check: {}
    #: the statement a fix adds (``suggest``), when the text can be fixed by adding one
    fix: str | None = None
    keep: Callable[[_Check, str, re.Match], bool] | None = None
    #: read in the business's own post too, where no disclosure is owed (``_BUSINESS_CONDUCT``)
    business: bool = False
    #: strings of the folded text one of which ``applies`` needs (a necessary condition, never a sufficient one): a rule
    #: whose strings are all absent is passed over without calling it. One scan of the text finds them all
    #: (``_gate_words``); None: ``applies`` alone decides
    gate: tuple[str, ...] | None = None


#: a price with its currency (folded text: the pound is read as the dollar)
_AMOUNT = r"(?:[$€] ?\d[\d,.]*|\d[\d,.]* ?(?:€|euros?))"
#: a mandatory fee the post itself adds to its headline price, with its amount ("(+£6.50 booking fee per ticket)", "$85
#: cleaning fee + $30/night resort fee", « + 3 € de frais de service »): delivery, a tip or an option is no such fee
_FEE_NAME = (r"(?:booking|service|cleaning|resort|facility|facilities|processing|admin|administration|handling|venue|destination|"
             r"amenity|convenience|transaction|order|platform|ticketing|reservation|check[\s\-]?out|per[\s\-]ticket|"
             r"per[\s\-]night)")
_FEE_ADDED_RE = re.compile(
    r"(?<![a-z0-9])(?:(?:\+ ?|plus |and |& )?" + _AMOUNT + r"(?:/night|/ticket|pp|pppn|/pp|/person| per (?:night|ticket|person|booking))? (?:[a-z\-]+ )?"
    + _FEE_NAME + r" (?:fee|charge|surcharge)s?|" + _FEE_NAME + r" (?:fee|charge|surcharge)s? (?:of |: ?|is |are |\+ ?)" + _AMOUNT + r"|"
    r"(?:\+ ?|plus )?" + _AMOUNT + r" (?:de )?frais (?:de |d')(?:service|reservation|dossier|menage|gestion|billetterie|location|"
    r"plateforme|traitement)|frais (?:de |d')(?:service|reservation|dossier|menage|gestion|billetterie|plateforme|traitement) "
    r"(?:de |: ?|\+ ?)?" + _AMOUNT + r")")
#: … beside a headline price that leaves it out, no total given ("tickets just £25", "Cabins from $129/night", « dès 19 € »)
_HEADLINE_PRICE_RE = re.compile(r"(?<![a-z0-9+])(?:just|only|from|starting at|dès|des|a partir de|seulement|are|is|at|for|a|:)? ?"
                                + _AMOUNT + r"(?:/night| a night| per night| each| per ticket| la nuit| par nuit| le billet)?")
_TOTAL_GIVEN_RE = lexicon.WordStartSearch.compile(r"(?<![a-z])(?:total|all[\s\-]in(?![a-z])|in all|including (?:all )?(?:the )?(?:[a-z]+ ){0,2}?(?:fees|charges|taxes|tax|vat)|"
                             r"incl\.? (?:fees|charges|taxes|tax|vat)|(?:taxes|fees|tax|vat) (?:and (?:fees|charges) )?included|ttc|"
                             r"toutes taxes comprises|taxes comprises|"
                             r"(?:fees?|charges?) (?:are |is )?(?:included|incl)|(?<!all-)(?<!all )inclusive|tout compris|frais (?:compris|inclus)|"
                             r"(?:optional|en option|facultati\w*|if you want|si vous le souhaitez))")
_TERMS_LAW = {
    "fr": "C. consom. L121-3 (omission d'une information substantielle : durée du prix et de l'engagement, prix ensuite) ; L224-27",
    "uk": "CAP Code 3.3 and 3.17 (material information: the contract term, the price after the offer) ; DMCC Act 2024 s. 226",
    "us": "FTC Act § 5 (material terms left out: the net impression) ; 16 CFR 425 (negative option)",
}
_FEE_LAW = {
    "fr": "C. consom. L112-1 ; arrêté du 3 décembre 1987, art. 1er (prix toutes taxes et tous frais obligatoires compris) ; L121-3 ; "
          "règl. (CE) 1008/2008 art. 23 (vols : prix définitif, taxes et frais inévitables compris)",
    "uk": "DMCC Act 2024 s. 230 (the total price including mandatory fees) ; CAP Code 3.18 (quoted prices include non-optional charges) ; "
          "Air Services Regulation 1008/2008 art. 23 (retained: air fares)",
    "us": "16 CFR 464.2 (live-event tickets and short-term lodging: the total price, mandatory fees included, shown more prominently) ; FTC Act § 5",
}
#: a live event or a short-term stay (16 CFR 464 reaches those two in the United States)
_TICKET_OR_STAY_RE = lexicon.WordStartSearch.compile(r"(?<![a-z])(?:tickets?|gigs?|concerts?|shows?|festival|fest|match|game|seats?|cabins?|hotels?|rooms?|"
                                r"suites?|stays?|nights?|lodges?|lodging|resort|rentals?|airbnb|vrbo|villa|chalet|glamping)(?![a-z])")


#: stop 28: a mandatory charge the headline price is said to leave out, with no amount ("*Excludes taxes and airport charges",
#: "*Plus taxes and fees", "(service + facility fees added at checkout)", « frais de service en sus »): a bag, a seat, delivery
#: or an option is no such charge
_CHARGE = (r"(?:taxes? (?:d')?aeroport|airport (?:taxes?|fees|charges)|(?:taxes?|vat|tva)(?:,? (?:and|&|\+|et) (?:(?:airport |government |govt |booking |service |mandatory )?"
           # stop 29: « hors taxes et frais de réservation »
           r"(?:fees|charges|surcharges)|frais(?: (?:de |d')(?:service|dossier|reservation|gestion|billetterie|plateforme|traitement))?))?|"
           r"(?:service|booking|facility|facilities|processing|resort|cleaning|admin|handling|convenience|mandatory|ticketing|venue|"
           r"airport|destination|amenity)(?: (?:\+|and|&) (?:service|booking|facility|processing|resort|cleaning|admin|handling|"
           r"convenience|ticketing|venue|airport))? (?:fees?|charges?|taxes|surcharges?)|(?:mandatory )?fees|"
           r"frais(?: (?:de |d')(?:service|dossier|reservation|gestion|billetterie|menage|plateforme|traitement))?|taxes? (?:d')?aeroport)")
_FEES_LEFT_OUT_RE = re.compile(
    r"(?<![a-z])(?:excludes?|excluding|excl\.?|plus|\+|before|not including|(?:doesn'?t|does not|don'?t|do not) include|on top of|"
    r"hors|en sus de|non compris|sans compter)\s?(?:all |the |applicable |government |govt |local |mandatory )?" + _CHARGE
    + r"(?![a-z])|(?<![a-z])" + _CHARGE + r"(?: not included| extra| en sus| en plus| non compris| appl(?:y|ies)| will apply|"
    r"(?: are| is| will be| get| sont| seront)?"
    r" (?:added|applied|charged|payable|ajoutes?|factures?)(?: at (?:checkout|booking|payment|the door|the venue)| on top| separately|"
    r" au paiement| a la commande)?)(?![a-z])|"
    # stop 28: a fee the post itself calls mandatory ("*Plus mandatory £395 survey & design fee", « frais obligatoires »)
    r"(?<![a-z])(?:mandatory|compulsory|non-optional|obligatory) (?:[$€] ?\d[\d,.]* )?(?:[a-z&\-]+ ){0,5}?(?:fees?|charges?|surcharges?)"
    r"(?![a-z])|(?<![a-z])frais (?:[a-z']+ ){0,3}?obligatoires?|"
    # stop 30: a charge the post says every item carries ("plus the £2.50 gift box that every calendar ships in", « + 3 € de
    # coffret dans lequel chaque colis est livré »): compulsory, so part of the price (DMCC Act 2024 s. 230; CAP 3.18)
    r"(?<![a-z])(?:plus|\+|en plus de|\+ ?le|\+ ?la) (?:the |a |le |la )?(?:[$€] ?\d[\d,.]*|\d[\d,.]* ?(?:€|euros?)) [^.!?\n()]{0,40}?"
    r"(?:(?:that|which|dans lequel|dans laquelle|avec lequel) )?(?:every|each|all|chaque|tous les|toutes les) (?:[a-z]+ ){0,2}?(?:ships?|comes?|"
    r"is sent|are sent|arrives?|is delivered|are delivered|est livree?|sont livree?s|arrive)(?: in| with)?(?![a-z])")
#: US: air fares, which must be advertised at the total price, taxes included (14 CFR 399.84)
_AIR_FARE_RE = re.compile(r"(?<![a-z])(?:flights?|fares?|one[\s\-]way|round[\s\-]?trip|airlines?|airfares?|fly|flying)(?![a-z])")


_LEFT_OUT_WORD = re.compile(r"^(?:excludes?|excluding|excl\.?|plus|\+|before|not including|(?:doesn'?t|does not|don'?t|do not) "
                            r"include|on top of|hors|en sus de|non compris|sans compter)\s?(?:all |the |applicable |government |"
                            r"govt |local |mandatory )?")


_CONSUMER_HIRE_RE = re.compile(r"(?<![a-z])(?:personal (?:contract hire|contract purchase|lease|leasing|loan)|pch)(?![a-z])")


def _charge_counts(check, ft: str, m) -> bool:
    """Does this charge said left out count? Taxes alone only for an air fare in the UK or the US (14 CFR 399.84; DMCC
    s. 230): a US ticket's or stay's total may leave out government charges (16 CFR 464.1), and "£950 + VAT" or « hors
    taxes » is a trade price addressed to businesses (CAP 3.18)."""
    charge = _LEFT_OUT_WORD.sub("", m.group()).split(" ")[0]
    if charge in ("vat", "tva") and check.jurisdiction == "uk" and _CONSUMER_HIRE_RE.search(ft) is not None:
        return True  # stop 30: a personal contract hire is sold to consumers: its price includes VAT (CAP 3.18)
    if "aeroport" in m.group() or "airport" in m.group():
        return True  # stop 30: airport taxes are no trade price's VAT: part of the final fare (règl. 1008/2008 art. 23)
    return not (charge in ("tax", "taxes", "vat", "tva") and " and " not in m.group() and " et " not in m.group() and "&" not in m.group()
                and "+" not in m.group()[1:]) or (check.jurisdiction in ("uk", "us") and _AIR_FARE_RE.search(ft) is not None)


def _fees_left_out(check, ft: str):
    """A mandatory charge said to be left out of the headline price (``_charge_counts``)."""
    return next((m for m in _FEES_LEFT_OUT_RE.finditer(ft) if _charge_counts(check, ft, m)), None)


def _fees_dripped(check, ft: str) -> bool:
    """Does the post give a headline price, and apart from it a mandatory fee with its amount (or a mandatory charge said
    left out of it), and no total?"""
    if "$" not in ft and "€" not in ft and "euro" not in ft:
        return False  # no amount at all (``_AMOUNT``; the folded text writes the pound as the dollar): no price to drip onto
    if _TOTAL_GIVEN_RE.search(ft) is not None:
        return False
    if check.jurisdiction == "us" and _TICKET_OR_STAY_RE.search(ft) is None and _AIR_FARE_RE.search(ft) is None:
        return False
    fee = _FEE_ADDED_RE.search(ft) or _fees_left_out(check, ft)
    if fee is None:
        return False
    return any(not (fee.start() <= m.start() < fee.end()) for m in re.finditer(_AMOUNT, ft))


#: a monthly price for a contract (telecom, broadband, energy) …
_MONTHLY_RE = re.compile(r"(?<![a-z0-9])" + _AMOUNT + r" ?(?:/ ?(?:mo|month|mois)|a month|per month|par mois|pm|p/m)(?![a-z])")
_CONTRACT_GOODS_RE = re.compile(r"(?<![a-z])(?:forfait|fibre|fiber|broadband|box (?:internet|fibre|wi-?fi)|5g|4g|sim|data|unlimited|illimitee?s?|"
                                r"\d+ ?(?:gb|go|mb|mbps|gb/s|gbit/s|mb/s)|mobile|"
                                r"wi-?fi|internet|electricite|electricity|energy|energie|gaz|gas|tariff|tarif)(?![a-z])")
#: … with nothing on its term or what follows it (FR: the commitment, the duration, the price after; UK/US: the contract,
#: the months, a rolling plan)
_TERM_TOLD_RE = re.compile(r"(?<![a-z])(?:engagement|engage|resiliable|sans abonnement|pendant|la (?:1re|1ere|premiere) annee|puis|ensuite|"
                           r"a vie|duree|prix (?:garanti|bloque|fixe)|contract|contrat|rolling|cancel|\d+[\s\-]?(?:months?|mois)|(?:first|premiers?) "
                           r"(?:\d+ |three |six |twelve |trois |six |douze )?(?:months?|mois)|(?:months?|mois) (?:free|offerts?|gratuits?)|"
                           r"then|after|rises?|increase|fixed|locked|for (?:life|good|ever)|forever|no annual|annual|yearly|year|"
                           r"autopay|terms|t&cs?|conditions|details|detail|voir|see |(?:par|un|1|2|deux) ans?(?![a-z])|\d+ ans(?![a-z]))")
#: UK and US: the price said to be all there is ("$25/mo, that's it", "just £10 a month!!", "only $15/mo")
_PRICE_ALL_SAID_RE = re.compile(r"(?<![a-z])(?:that'?s it|thats it|that is it|nothing else|no catch|c'est tout|(?:just|only|seulement) "
                                r"(?:for |a |de )?" + _AMOUNT + ")")


def _monthly_terms_missing(check, ft: str) -> bool:
    """A monthly price for a contract, with nothing on the term (UK/US: and said to be all there is)?"""
    if _CONTRACT_GOODS_RE.search(ft) is None:
        return False
    if _TERM_TOLD_RE.search(ft) is not None:
        return False
    if _INSURANCE_SAID.search(ft) is not None and all(g.group() in ("tarif", "tariff") for g in _CONTRACT_GOODS_RE.finditer(ft)):
        return False  # stop 29: an insurance premium's « tarif » is no telecom or energy contract (L224-27 is not its law)
    return check.jurisdiction == "fr" or _PRICE_ALL_SAID_RE.search(ft) is not None


#: infant formula by its name (« lait 1er âge », « préparation pour nourrissons », "first infant milk", "infant formula"): in
#: France and the UK it is advertised only in baby-care and scientific publications (règl. délégué (UE) 2016/127 art. 10;
#: C. santé publ. L5231-1 ff.; Infant Formula and Follow-on Formula (England) Regulations 2007 reg. 21)
_INFANT_FORMULA_RE = re.compile(r"(?<![a-z])(?:laits? (?:infantiles? )?(?:1er|1ere|premier|premiere|1) ?age|laits? (?:pour|de) nourrissons?|"
                                # stop 28: the age band said of the product a milk is named beside (« Tillou 1er âge, le lait qu'on a
                                # choisi dès la maternité »): the band for the first months is infant formula's own
                                r"(?:1er|1ere|premier|premiere) ?age(?=[^.!?\n]{0,60}(?<![a-z])lait(?![a-z]))|"
                                r"preparations? pour nourrissons|infant formulas?|first (?:infant )?milks?|stage (?:1|one) (?:formula|milk)|"
                                r"newborn formulas?|baby formulas?)(?![a-z])")
#: … and formula likened to breast milk ("just like breast milk", « la plus proche du lait maternel »): an idealising claim the
#: same rules ban, and a deceptive one everywhere (FTC Act §§ 5 and 12; 21 U.S.C. 350a)
_LIKE_BREAST_MILK_RE = lexicon.WordStartSearch.compile(r"(?<![a-z])(?:(?:just|exactly|nearly|almost) like|(?:the )?same as|identical to|equivalent to|as good as|"
                                  r"closest (?:thing )?to|as close as (?:it gets|you can get) to|(?:le |la )?plus proche du|comme le|"
                                  r"aussi bon que le|equivalent au|identique au|aussi bien que le) (?:mum's |mom's |mother's |maternal )?"
                                  r"(?:breast ?milk|breastmilk|lait maternel)(?![a-z])")
_INFANT_FORMULA_LAW = {
    "fr": "Règl. délégué (UE) 2016/127, art. 10 (publicité des préparations pour nourrissons réservée aux publications "
          "spécialisées en puériculture et scientifiques ; aucune idéalisation) ; C. santé publ. L5231-1 et s.",
    "uk": "Infant Formula and Follow-on Formula (England) Regulations 2007 reg. 21 (no advertising of infant formula except in "
          "scientific and baby-care publications ; no idealising) ; CAP Code 15.1",
    "us": "FTC Act §§ 5 and 12 (a formula said equal to breast milk: unsubstantiated and deceptive) ; 21 U.S.C. 350a",
}


def _formula_found(check, ft: str):
    """Infant formula advertised where its advertising is closed (FR, UK), or likened to breast milk (anywhere)."""
    if check.jurisdiction in ("fr", "uk"):
        m = _INFANT_FORMULA_RE.search(ft)
        if m is not None and lexicon.negated(ft, m.start()) is None:
            return m
    return _LIKE_BREAST_MILK_RE.search(ft)


#: a food said to have no sugar at all ("ZERO SUGAR", "sugar-free", « sans sucre », « 0 % de sucre ») …
#: stop 27: a footnote line ("*Taux promotionnel de 4 % les 2 premiers mois, puis 1,25 %", "*new customers only, then
#: £45/mo") that carries a material condition of the figure the post shows up front …
_FOOTNOTE_RE = re.compile(r"(?:^|\n)[ \t]*(?:\*{1,3}|\(\*\)|\(1\))[ \t]*[a-z0-9][^\n]*")
_CONDITION_WORDS_RE = re.compile(r"(?<![a-z])(?:promotion(?:nel|nelle|al)?|introductory|teaser|puis|then|reverts?|ensuite|"
                                 r"(?:premiers?|first) (?:\d+ |deux |trois |six |douze |two |three |six |twelve )?(?:mois|months?|jours|days)|"
                                 r"\d+ (?:premiers? )?(?:mois|months?)|pendant \d|for (?:the first )?\d+ (?:months?|days|weeks)|"
                                 r"sous (?:reserve|conditions?)|subject to|minimum (?:spend|d'achat|deposit|depot)|new customers? only|"
                                 r"nouveaux clients|selected (?:lines|items|products)|(?:sur une |hors )selection|hors (?:promotions?|soldes)|"
                                 r"excluding|engagement de \d+|minimum term|contract of \d+|offre valable|offer (?:ends|valid))(?![a-z])")
#: … a figure (a rate, a price, a reduction) the reader sees before the cut
_SHOWN_FIGURE_RE = re.compile(r"\d[\d,.]* ?(?:%|€|£|\$|eur(?:os?)?)(?![a-z])|[€£$] ?\d")


def _condition_after_cut(check, ft: str, m) -> bool:
    """The footnote ``m`` holds a condition and sits after the network's cut, while a figure stands before it: the reader
    of the feed sees the rate or price without what limits it (C. consom. L121-3: substantial information given in an
    unclear or untimely way; CAP 3.9–3.10: a qualification presented clearly; FTC .com Disclosures: proximity)."""
    if _CONDITION_WORDS_RE.search(ft, m.start(), m.end()) is None:
        return False
    start = m.start() + (1 if ft[m.start()] == "\n" else 0)
    if not check.past_cut(start, start):
        return False
    cut = check.cut_at()
    # the figure shown before the cut, and no condition of it told there ("4 % the first 2 months, then 1.25 %")
    return _SHOWN_FIGURE_RE.search(ft, 0, cut) is not None and _CONDITION_WORDS_RE.search(ft, 0, cut) is None


_NO_SUGAR_CLAIM_RE = re.compile(r"(?<![a-z])(?:zero sugars?|no sugars?(?! added)|sugar[\s\-]free|0 ?g (?:of )?sugars?|"
                                r"sans sucres?(?! ajoutes?)|zero sucres?|0 ?% (?:de )?sucres?|0 ?g de sucres?)(?![a-z])")
#: … by a post that names the sugar in it: honey, dates, a syrup, a cane or coconut sugar (règl. (CE) 1924/2006 annexe:
#: « sans sucres » only at 0.5 g per 100 g at most; 21 CFR 101.60(c); CAP 15.1.1; FTC Act § 5, a claim its own post belies)
_SUGAR_NAMED_RE = re.compile(r"(?<![a-z])(?:honey|dates|date syrup|date paste|maple syrup|agave|rice syrup|golden syrup|coconut sugar|"
                             r"cane sugar|brown sugar|molasses|miel|dattes|sirop (?:d'erable|d'agave|de riz|de dattes)|sucre (?:de coco|de "
                             r"canne|complet|roux)|rapadura|panela)(?![a-z])")
_NO_SUGAR_LAW = {
    "fr": "Règl. (CE) n° 1924/2006, annexe (« sans sucres » : 0,5 g de sucres pour 100 g au plus) ; C. consom. L121-2",
    "uk": "Retained Regulation (EC) 1924/2006, Annex ('sugar-free': no more than 0.5 g of sugars per 100 g) ; CAP Code 15.1.1 and 3.1",
    "us": "21 CFR 101.60(c) ('sugar free': less than 0.5 g of sugars per serving) ; FTC Act § 5",
}


_AMOUNT_VALUE = re.compile(r"[$€] ?(\d[\d,.]*)|(\d[\d .,]*\d|\d) ?(?:€|euros?)")


def _amount_value(text: str) -> float | None:
    m = _AMOUNT_VALUE.search(text)
    if m is None:
        return None
    raw = (m.group(1) or m.group(2)).replace(" ", "").rstrip(".,")
    raw = raw.replace(",", "") if re.search(r",\d{3}(?!\d)", raw) or "," not in raw else raw.replace(".", "").replace(",", ".")
    try:
        return float(raw)
    except ValueError:
        return None


_BRIEF_HELD_RE = re.compile(r"(?:for|during|pendant|over|durant) [a-z ]{0,14}?(?:days?|weeks?|hours?|jours?|semaines?|heures?)$")
_RAISED_RE = re.compile(r"(?<![a-z])(?:bumped|raised|jacked|hiked|inflated|upped|pumped|increased|put up|gonfle|augmente|remonte)(?![a-z])")


def _held_below_reference(check, ft: str, m) -> bool:
    """A price said held for long is a false reference only when it is below the reference price the post shows (the
    highest amount): "it's been $199 since launch, now $99" says the reference was charged (16 CFR 233.1; CAP 3.39)."""
    if _RAISED_RE.search(m.group()) is not None:
        return True
    if _BRIEF_HELD_RE.search(m.group()) is not None:
        return True  # stop 30: the reference price held for days or a week: not a substantial period (16 CFR 233.1(a))  # stop 29: the reference price said raised for the sale: fictitious whatever its figure
    held = _amount_value(m.group())
    if held is None:
        return True
    values = [v for v in (_amount_value(a.group()) for a in _AMOUNT_VALUE.finditer(ft)) if v is not None]
    return bool(values) and held < max(values)


#: stop 28, US: a deposit's yield (12 CFR 1030.8(c): an advertised APY brings its terms: a variable rate said so, the date
#: it is offered, the minimum balance and opening deposit, fees that could reduce earnings)
_APY_RE = re.compile(r"(?<![0-9.,])\d+(?:[.,]\d+)? ?% apy(?![a-z])|(?<![a-z])apy of \d+(?:[.,]\d+)? ?%")
_DEPOSIT_SAID = re.compile(r"(?<![a-z])(?:savings|account|cds?|certificates? of deposit|money market|checking|high[\s\-]yield|hysa|"
                           r"deposits?)(?![a-z])")
_DEPOSIT_TERMS_RE = re.compile(r"(?<![a-z])(?:variable|(?:may|can|could|might|will|subject to) (?:change|vary)|as of|fixed|"
                               r"guaranteed (?:for|until)|minimums?|min\.|(?:opening|initial) deposit|fees (?:may|could|can|might) "
                               r"reduce)(?![a-z])")
_NOT_DEPOSIT = re.compile(r"(?<![a-z])(?:stak\w*|tokens?|crypto\w*|coins?|usdc|usdt|eth|btc|bitcoin|defi|vault|yield farm\w*)(?![a-z])")
#: stop 28, US: a prize draw entered only by a purchase or an account ("Open an account by July 31 and you're automatically
#: entered to win $5,000"): prize, chance and consideration make it a lottery under state law, unless a free way in is
#: told ("No purchase necessary"): FTC Act § 5; 39 U.S.C. 3001(k)
_SWEEP_ENTRY_RE = re.compile(
    r"(?<![a-z])(?:open|opening|buy|buying|purchase|purchasing|spend|spending|subscribe|order|book|deposit|fund|apply for|sign up for|"
    r"switch to)(?![a-z])[^.!?\n]{0,80}?(?<![a-z])(?:entered|entry|entries|enter(?! (?:the |your |my |a |our )?(?:code|promo|coupon|"
    r"discount|email|e-mail|details|address|postcode|zip)))(?![a-z])[^.!?\n]{0,40}?(?:to win|for a chance|draw|sweepstakes|giveaway|"
    r"raffle|prize|competition|contest)|(?<![a-z])(?:every|each|any) (?:purchase|order|new account|account opened|deposit|booking)"
    r"[^.!?\n]{0,40}?(?:entry|entries|entered|chance to win)|"
    # stop 30 (holdout21b, train21e): the entry told as a purchase ("To enter: buy any set and post your receipt")
    r"(?<![a-z])(?:to enter|how to enter|to be entered|enter by|entry)[:,]? (?:simply |just |all you have to do is )?(?:buy|purchase|spend|"
    r"order|shop)(?![a-z])")
#: stop 30 (holdout21c): a home to let or sell said to be for people without children ("no kids screaming in the hallway",
#: "adults only", "child-free building", « pas d'enfants », « couple sans enfant exigé ») …
_FAMILIAL_PREF_RE = re.compile(
    r"(?<![a-z])(?:no (?:kids|children|families|toddlers|strollers|prams)(?! (?:needed|required|necessary|left out|excluded|forgotten))|"
    r"adults? only|adult[\s\-]only|child[\s\-]?free|kid[\s\-]?free|without (?:kids|children) (?:only|preferred|please)|"
    r"(?:not|isn't|aren't) (?:suitable|meant|made|intended|ideal) for (?:kids|children|families)|no place for (?:kids|children|families)|"
    r"pas d'enfants|pas de (?:familles|bebes|poussettes)|sans enfants? (?:exige|obligatoire|uniquement|de preference|svp|merci)|"
    r"(?:enfants|familles) (?:non acceptes|non admis|pas acceptes|pas admis|s'abstenir)|interdit aux enfants|"
    r"(?:reserve|reservee|reserves|reservees) aux (?:adultes|couples sans enfants?|celibataires))(?![a-z])")
#: … in an advertisement for housing
_HOUSING_AD_RE = re.compile(
    r"(?<![a-z])(?:apartments?|apts?|townhomes?|townhouses?|condos?|lofts?|flats?|duplex(?:es)?|rentals?|for rent|to let|"
    r"leasing|tenants?|bedrooms?|\dbr|\d ?bed|floor ?plans?|move[\s\-]in|open house|homes for sale|new homes|"
    r"appartements?|logements?|a louer|locataires?|colocation|t[1-5]|f[1-5]|emmenag\w*)(?![a-z])")
_FAMILIAL_WORDS = ("kid", "child", "famil", "adult", "toddler", "stroller", "pram", "enfant", "bebe", "poussette", "celibataire")
_FAMILIAL_LAW = {"us": "Fair Housing Act, 42 U.S.C. 3604(c) (no housing advertisement indicating a preference or limitation "
                       "based on familial status) ; 24 CFR 100.75(c)",
                 "fr": "Loi n° 89-462 du 6 juillet 1989, art. 1er (nul ne peut se voir refuser la location d'un logement en raison "
                       "de sa situation de famille) ; C. pén. 225-1 et 225-2"}

#: stop 29: the two UK investment risk warnings and a cost told
_CAPITAL_AT_RISK = re.compile(r"capital (?:is )?at risk")
_VALUE_FALLS = re.compile(r"(?:go|goes) down as well as up|(?:can|may|could) (?:fall|go down)|get back less than")
_COST_TOLD = re.compile(r"(?<![0-9.,])\d+(?:[.,]\d+)? ?% (?:[a-z]+ )?(?:fee|charge|ongoing charge|platform fee|annual fee)|"
                        r"(?:fees?|charges?)(?: of| is| are|:)? \d")
#: stop 29, US: a clinician said to decide on any medication, which not everyone gets
_CLINICIAN_DECIDES = re.compile(r"not everyone (?:is|will be|gets|qualifies|is eligible|is prescribed)[^.!?\n]{0,30}?"
                                r"(?:prescribed|medication|for medication)")
#: stop 29, UK: an alcohol prize promotion and its entry by a social act; its conditions told rule it out
_PRIZE_OPEN_RE = re.compile(r"(?<![a-z])(?:win|winning|won't want to miss winning|giveaway|give away|giving away|prize|"
                            r"competition|comp|up for grabs)(?![a-z])")
_ENTRY_ACT_RE = re.compile(r"(?<![a-z])(?:like|share|tag|follow|comment|retweet|repost|enter)(?![a-z])")
_PRIZE_TERMS_RE = re.compile(r"(?<![a-z])(?:t ?& ?cs?|t and cs|terms|conditions|rules|closes|closing|ends|ending|deadline|"
                             r"18 ?\+|over[\s\-]18s?|aged 18|18 (?:or|and) over|adults? only|uk (?:residents|only)|"
                             r"(?:by|until|before|on) (?:\d|mon|tue|wed|thu|fri|sat|sun|midnight|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
                             r"nov|dec))")
#: stop 29: a snack said to count towards the five a day
_SNACK = (r"(?:crisps|chips|crackers|biscuits|cookies|sweets|candy|chocolates?|cakes?|pizzas?|ice cream|puffs|bars|gummies|"
          r"sodas?|fizzy|gateaux|bonbons|glaces?|barres)")
_FIVE_A_DAY_RE = re.compile(
    r"(?<![a-z])" + _SNACK + r"(?![a-z])[^.!?\n]{0,60}?(?:counts?|count|counting|comptent|compte|valent|vaut) (?:as|towards|comme|pour) "
    r"(?:one of |1 of |part of |une de |l'une de |un de |une des )?(?:your|my|the|vos|tes|les|nos) (?:5|five|cinq)(?:[\s\-]a[\s\-]day| "
    r"(?:fruits et legumes|portions))|(?:5|five)[\s\-]a[\s\-]day[^.!?\n]{0,40}?(?<![a-z])" + _SNACK + r"(?![a-z])")
_FIVE_A_DAY_LAW = {"uk": "CAP Code 15.1 and 15.2 (only authorised nutrition and health claims; \"5 a day\" only under the "
                         "DHSC criteria for fruit and vegetables) ; retained Reg. (EC) 1924/2006 art. 10",
                   "us": "FTC Act §§ 5 and 12 ; 21 CFR 101.14 (health claims)",
                   "fr": "Règl. (CE) n° 1924/2006, art. 10 (allégations de santé autorisées seulement) ; C. consom. L121-2"}
#: stop 29: heating oil or heating coal offered for sale (ordered, delivered, priced, discounted), C. env. L229-61
_FOSSIL_SALE_RE = re.compile(
    r"(?<![a-z])(?:(?:commande[rz]?|livraison|livre|livres|achete[rz]?|remplissez|remplir|plein de|cuve de|prix du|tarif du|"
    r"promo(?:tion)? sur (?:le|votre)|remise sur (?:le|votre)|code)[^.!?\n]{0,40}?(?:fioul|fuel domestique|mazout|charbon de chauffage|"
    r"anthracite|boulets de charbon)|(?:fioul|fuel domestique|mazout|anthracite)(?![a-z])(?: domestique| de chauffage)?[^.!?\n]{0,60}?"
    r"(?:livraison|livre en|\d+ ?(?:centimes|cts|€|euros?)(?: ?/ ?| (?:par|le) )(?:litre|l)|par litre|le litre|/ ?l(?![a-z])|code|"
    r"commandez|commande))(?![a-z])")
_FOSSIL_EXIT_RE = re.compile(r"(?<![a-z])(?:remplace[rz]? (?:votre |ta |sa |la |une |mon |ma )?(?:vieille )?(?:chaudiere|cuve)|"
                             r"sortir du fioul|sortie du fioul|adieu (?:le|au) fioul|fin du fioul|pompe a chaleur|pac(?![a-z])|"
                             r"coup de pouce chauffage|maprimerenov)")
_FREE_ENTRY_RE = re.compile(r"(?<![a-z])(?:no purchase (?:or [a-z ]+ )?(?:necessary|required|needed)|free (?:method of )?entry|free to "
                            r"enter|amoe|alternat(?:e|ive) (?:method|means|way) (?:of|to) ent|enter (?:for )?free|without (?:a )?purchase|"
                            r"mail[\s\-]in|nopurchasenecessary|official rules)")
#: stop 28: a personal result in figures (a score's points, a weight, a size) told as the reader's too ("I raised my credit
#: score 120 points in 2 months … You can too!", « j'ai perdu 8 kg, vous aussi vous pouvez »): the endorser's result is
#: taken as typical, so the generally expected one must be told (16 CFR 255.2(b); CAP 3.7 and 3.45; C. consom. L121-2 2° b)
_PERSONAL_FIGURE_RE = re.compile(
    r"(?<![a-z])(?:i|i've|i have|we|my|mon|ma|j'ai|nous avons|on a)(?: [a-z']+){0,4}? (?:raised|boosted|increased|improved|grew|added|"
    r"gained|lost|dropped|shed|went up|jumped|rose|climbed|augmente|booste|ameliore|gagne|perdu|pris|grimpe|monte)(?![a-z])"
    r"[^.!?\n]{0,40}?(?<![0-9.,])\d[\d,.]* ?(?:points?|pts|lbs?|pounds|kgs?|kilos?|inches|cm|dress sizes?|sizes?|tailles?|"
    r"stone)(?![a-z])|"
    # a sum saved or a bill cut, said of oneself ("I went from paying $240 a month to $60")
    r"(?<![a-z])(?:i|i've|i have|we|my)(?: [a-z']+){0,3}? (?:saved|went from paying|cut|slashed|paid off)(?![a-z])[^.!?\n]{0,40}?[$€] ?\d")
_YOU_TOO_RE = re.compile(r"(?<![a-z])(?:you can (?:too|do it too|do the same)|you could too|so can you|you will too|"
                         r"(?:everyone|everybody|anyone|you) (?:will|can|could|'ll) (?:save|get|see|lose|earn) (?:the same|that|this|it)|"
                         r"(?:that's|that is) what (?:everyone|everybody|you) (?:will|can|'ll) (?:save|get)|you'll (?:see|get) "
                         r"(?:the same|similar)|anyone can (?:do (?:it|this|the same)|too)|same results|vous aussi|toi aussi|"
                         r"(?:tu peux|vous pouvez) (?:le faire )?(?:aussi|pareil)|pareil pour (?:vous|toi))(?![a-z])")
_RESULTS_VARY_RE = re.compile(r"(?<![a-z])(?:results? (?:may |will )?vary|not typical|atypical|typical (?:results?|customers?|members?|"
                              r"users?)|on average|average (?:results?|customers?|members?|users?|increase|gain|loss)|"
                              r"resultats? (?:variables|non garantis|individuels)|en moyenne)")
#: stop 28: cancelling said free ("cancel whenever you like", "no contract", « sans engagement ») by a post whose own terms
#: bind for a minimum term ("*Minimum 12-month membership term applies", « engagement 12 mois »): the qualification
#: contradicts the claim (CAP 3.9–3.10; FTC Act § 5; C. consom. L121-2 and L121-3)
_CANCEL_FREE_RE = re.compile(r"(?<![a-z])(?:cancel (?:any ?time|at any time|whenever|when(?:ever)? you (?:like|want|wish)|any day|"
                             r"with no (?:penalty|fee))|(?:no|zero) (?:contract|commitment|minimum term|lock[\s\-]?in|tie[\s\-]?in)s?"
                             r"(?![a-z])|leave (?:any ?time|whenever you (?:like|want))|sans engagement|resiliables? (?:a tout moment|"
                             r"quand (?:vous|tu) (?:voulez|veux))|sans duree minimale|arretez quand vous voulez)")
_MIN_TERM_RE = re.compile(r"(?<![a-z])(?:minimum (?:\d+|twelve|six|three|one)[\s\-]?(?:months?|years?)|(?:\d+|twelve|six|three|"
                          r"eighteen|twenty-four)[\s\-]?months? (?:minimum|min\.?|contract|commitment|membership|term|tie[\s\-]?in)|"
                          r"minimum (?:membership |contract |initial )?(?:term|period|commitment)|early (?:termination|cancellation|exit) "
                          r"(?:fee|charge)|cancellation (?:fee|charge)|engagement (?:minimum )?(?:de )?\d+ ?(?:mois|ans?)|duree "
                          r"(?:minimale|minimum) (?:d'engagement|de \d+)|frais de resiliation)")
#: stop 28: an environmental claim no basis can make true: a flight or a drive "guilt-free", a footprint "erased" (CAP 11.1
#: and 11.3 and the ASA's aviation rulings; 16 CFR 260.4(b); directive (UE) 2024/825 annex I pt 4a and 4c: an offset
#: makes no product neutral; C. consom. L121-2, C. env. L229-68)
_GREEN_ABSOLUTE_RE = re.compile(
    r"(?<![a-z])(?:(?:fly|flying|flights?|travel|drive|driving|miles|holidays?|trips?|shopping) (?:is |are )?(?:now |totally |"
    r"completely |100 ?% )?guilt[\s\-]?free|guilt[\s\-]?free (?:flying|flights?|fly|flies|travel|driving|miles|holidays?|trips?|"
    r"fashion|shopping|energy|heating|electricity|power)|(?:erases?|erasing|wipes? out|wiping out|eliminates?|cancels? out|"
    r"neutrali[sz]es?|deletes?|zeroe?s? out) (?:[a-z']+ ){0,3}?(?:carbon|climate|environmental|co2|ecological) (?:footprint|impact|"
    r"emissions)|(?:efface[rz]?|annule[rz]?|supprime[rz]?|neutralise[rz]?) (?:[a-z']+ ){0,3}?(?:empreinte|impact) (?:carbone|"
    r"ecologique|environnemental)|(?:voyager|voler|prendre l'avion|rouler) sans culpabilit|zero culpabilite|"
    r"(?:zero|no) (?:environmental |carbon |climate )?impact (?:on|for) (?:the )?(?:planet|environment|climate|earth)|"
    r"greenest (?:[a-z]+ ){0,2}?(?:in|on) (?:america|the us|the uk|britain|france|the market|the world)|"
    r"(?:aucun|zero) impact (?:sur|pour) (?:la planete|l'environnement|le climat))(?![a-z])")
#: stop 30: a product made carbon neutral by offsets (« devient neutre en carbone », « climatiquement neutre », « nous compensons
#: 100 % de vos émissions »)
_NEUTRAL_PRODUCT_RE = re.compile(
    r"(?<![a-z])(?:neutres? en carbone|(?:climatiquement|carbone) neutres?|zero carbone|compens(?:e|ons|ent|ee|ees|ez|er) "
    r"(?:a )?(?:100 ?%|l'integralite|la totalite|toutes?) (?:de |des )?(?:vos |tes |les |ses |leurs )?emissions)(?![a-z])")
#: stop 28: an employee's post whose only promotion is an environmental claim about the employer's product ("switching
#: to X makes your whole house carbon neutral", "X's plans are carbon neutral"): the claim promotes the product (CAP 1.1
#: and 2.1; 16 CFR 255.0(a); loi 2023-451 art. 1)


#: stop 29: a price said to be all there is ("no hidden fees", "NO fees, ever", « c'est tout, pas de piège », "a whole year for
#: just £1") …
_NOTHING_MORE_RE = re.compile(
    r"(?<![a-z])(?:no (?:hidden|extra|additional|surprise|sneaky) (?:fees|charges|costs|extras|catch(?:es)?)|(?:no|zero|0) "
    r"(?:fees|charges)(?:,? (?:ever|at all|whatsoever|none))?|fee[\s\-]free|no catch|no strings(?: attached)?|that'?s (?:it|all)|"
    r"nothing (?:else|more|extra) to pay|no surprises|(?:pas de|aucuns?|zero|sans) frais (?:caches|supplementaires|en plus|surprises?)|"
    r"(?:pas de|aucuns?|zero) frais(?! de)|(?:pas de|sans|aucun) (?:piege|arnaque|entourloupe)|c'est tout|un point c'est tout|"
    r"rien (?:d'autre|de plus) a payer|sans (?:mauvaise )?surprise|aucune surprise|"
    # stop 30: a price said locked for a term ("price locked for 24 months", « prix bloqué pendant 2 ans ») that a rise in the
    # small print belies (CAP 3.9, 3.10 and 3.17; Ofcom's ban on inflation-linked mid-contract rises; C. consom. L121-2)
    r"(?:price|prices|prix) (?:locked|frozen|fixed|guaranteed|bloques?|garantis?|fixes?|geles?) (?:for|until|pendant|sur|jusqu'(?:a|en|au)) "
    r"(?:the |la |le |l'|\d+|one|two|three|deux|trois)[a-z ]{0,12}?(?:months?|years?|contract|mois|ans?|annees?|contrat)|"
    r"(?:locked|frozen|fixed)[\s\-]price (?:for|until) (?:the |\d+|one|two|three)[a-z ]{0,12}?(?:months?|years?|contract))(?![a-z])|"
    # … or a period at a price ("for a whole year for just £1", « un an pour 1 € »)
    r"(?<![a-z])(?:for |pendant )?(?:a |one |un |une |1 |the )(?:whole |full |entire |toute )?(?:year|an|annee)(?: entiere)?"
    r"[^.!?\n]{0,20}?(?:for|pour|a) (?:just |only |seulement |juste )?(?:[$€] ?\d|\d[\d,.]* ?(?:€|euros?))")
#: … said emphatically (then no small print is needed to contradict it)
_NOTHING_EVER_RE = re.compile(r"(?:,? (?:ever|at all|whatsoever|none))$|^(?:zero|0|aucuns?) ")
#: … that its own terms contradict: a named fee, a fee's amount, a higher price later, a rise during the contract
_MORE_TO_PAY_RE = re.compile(
    r"(?<![a-z])(?:late|activation|set[\s\-]?up|setup|installation|connection|admin|booking|service|exit|cancellation|termination|"
    r"router|arrangement|annual|account|inactivity|processing|missed[\s\-]payment|early (?:termination|exit|repayment)) "
    r"(?:fees?|charges?)(?![a-z])|[$€] ?\d[\d,.]*(?:pp)? (?:[a-z\-]+ ){0,2}(?:fees?|charges?|activation|set[\s\-]?up)(?![a-z])|"
    r"(?<![a-z])(?:fees?|charges?) (?:of |up to |from )?[$€] ?\d|(?<![a-z])frais (?:de |d')[a-z]+(?: [a-z]+)? (?:de |: ?)?\d|"
    r"\d[\d,.]* ?(?:€|euros?) de frais|"
    r"(?<![a-z])(?:then|after (?:that|which)|thereafter|rising to|goes up to|reverts to|puis|ensuite|passe a) [^.!?\n]{0,25}?"
    r"(?:[$€] ?\d|\d[\d,.]* ?(?:€|euros?))|\+ ?[$€] ?\d[\d,.]* ?(?:/ ?mo|a month|per month|/ ?month)|(?:each|every) april|"
    r"(?<![a-z])price (?:rises?|increases?)|hausse (?:annuelle|de prix)")
#: … the period a year's price holds for, cut short by the small print ("*£1 for the first 3 months")
_SHORTER_PERIOD_RE = re.compile(r"(?<![a-z])(?:first|premiers?|les) (?:[1-9]|1[01]|one|two|three|four|five|six|deux|trois|quatre|cinq) "
                                r"(?:premiers )?(?:months|mois)(?![a-z])")
#: the post's small print: a footnote line, or a parenthesis of terms
_SMALL_PRINT_RE = re.compile(r"(?:^|\n)[ \t]*[(*\u2020][^\n]*|\([^)\n]{10,}\)")


def _claim_contradicted(check, ft: str, m) -> bool:
    """Does the post's own small print (or, for an emphatic "NO fees, ever", the rest of the post) belie the price said to
    be all there is?"""
    said = m.group()
    period = said[-1].isdigit() or "€" in said or "euro" in said
    evidence = _SHORTER_PERIOD_RE if period else _MORE_TO_PAY_RE
    if not period and _NOTHING_EVER_RE.search(said) is not None:
        return any(lexicon.negated(ft, e.start()) is None for e in evidence.finditer(ft, m.end()))
    for sp in _SMALL_PRINT_RE.finditer(ft, m.end()):
        if any(lexicon.negated(ft, e.start()) is None for e in evidence.finditer(ft, sp.start(), sp.end())):
            return True
    return False


#: stop 29: a free allowance counted ("the first 3 free", "3 free transfers a month", « 3 gratuits par mois »)
_FREE_QUOTA_BEFORE = re.compile(r"(?<![0-9.,])(?:\d+|one|two|three|four|five|ten|un|une|deux|trois|quatre|cinq|dix)(?: [a-z]+)? $")
_FREE_QUOTA_AFTER = re.compile(r"(?: [a-z]+){0,2}? (?:par mois|per month|a month|each month|chaque mois|par an|per year|a year|puis|then)"
                               r"(?![a-z])")
#: stop 29: a cut in the reader's bills in figures ("your energy bill drops by 50%", « votre facture baisse de 40 % ») …
_BILL_CUT_RE = re.compile(
    r"(?<![a-z])(?:bills?|factures?|energy costs?|heating costs?)(?![a-z])[^.!?\n]{0,20}?(?:drops?|dropped|falls?|fell|cut|go(?:es)? down|"
    r"went down|reduced?|shrinks?|halved?|baisse(?:nt|ra)?|diminue(?:nt|ra)?|chute(?:nt|ra)?)(?: by| de)? (?:up to |jusqu'a )?-?\d+ ?%|"
    r"(?<![a-z])(?:cut|cuts|slash(?:es|ed)?|halve[sd]?|reduce[sd]?|lower(?:s|ed)?|drop(?:s|ped)?|divise[zr]?|reduis(?:ez)?|baisse[zr]?) "
    r"(?:their|your|the|my|our|leur|votre|ta|sa|vos|leurs|la|les) (?:[a-z]+ ){0,2}?(?:bills?|factures?|costs?)(?: [a-z]+)? (?:by|de) "
    r"(?:up to |jusqu'a )?-?\d+ ?%")
#: … promised to every home or guaranteed ("Guaranteed, for every home, every climate", « garanti pour tous les logements »)
_FOR_EVERY_HOME_RE = re.compile(r"(?<![a-z])(?:guaranteed?|garantie?s?|every (?:home|house|household|customer|climate|property)|"
                                r"all (?:homes|households|customers)|for everyone|whatever your (?:home|house)|tous les (?:logements|foyers)|"
                                r"chaque (?:logement|foyer|maison)|quel que soit (?:votre|ton) logement)(?![a-z])")
#: … not qualified by what it depends on ("savings depend on your home", "on average", « en moyenne »)
_SAVING_QUALIFIED_RE = re.compile(r"(?<![a-z])(?:depend\w*|vary|varies|results? (?:may )?vary|typical|typically|on average|average|"
                                  r"en moyenne|moyenne|selon|varie\w*|estimat\w*|simulation)(?![a-z])")
#: stop 29: a maximum saving ("UP TO 70% OFF", « jusqu'à -70 % ») …
_UP_TO_RE = re.compile(r"(?<![a-z])(?:up to|jusqu'a) -? ?\d+ ?%")
#: … that the post says reaches a handful of items only ("the 70% is on like two doorknobs", "most stuff is 10-20%", « la
#: plupart des articles sont à -10 % »)
_UP_TO_FEW_RE = re.compile(
    r"(?<![a-z])(?:only|just|like|literally|seulement|juste|genre|que) (?:on |sur )?(?:one|two|three|a few|a couple(?: of)?|a handful(?: of)?|"
    r"\d|un|une|deux|trois|quelques) (?:[a-z\-]+ ){0,2}?(?:items?|things|products?|pieces?|lines?|doorknobs?|articles?|produits?|"
    r"references?|trucs?|pieces?)(?![a-z])|"
    r"(?<![a-z])(?:most|the rest|everything else|most of (?:the|it|the range|the stuff)|la plupart|le reste|tout le reste)"
    r"(?: [a-z']+){0,3}? (?:is|are|only|just|est|sont|a|au|at|around|about|seulement|genre)(?: [a-z']+){0,2}? -? ?\d+ ?(?:%|(?:-|to|a) ?\d+ ?%)")
#: stop 29: an origin claim ("Made in USA", « fabriqué en France ») …
_MADE_IN_RE = re.compile(r"(?<![a-z])(?:made in (?:the )?(?:usa|u\.s\.a\.?|us|america|united states|britain|great britain|the uk|uk|england|"
                         r"scotland|wales|france)|american[\s\-]made|british[\s\-]made|(?:fabrique|fabriquee|fabriques|made) en france|"
                         r"(?:100 ?% )?(?:francais|francaise))(?![a-z])")
#: … the post grounds on the design alone ("Designed in Austin, so yes — … Made in USA", « conçu à Lyon, donc made in France »)
_DESIGNED_ONLY_RE = re.compile(r"(?<![a-z])(?:designed|engineered|conceived|concue?s?|dessinee?s?|imaginee?s?|pense(?:e|s|es)?) "
                               r"(?:in|en|a|au|here)(?![a-z])(?! (?:and|et) )")
_MADE_TOO_RE = re.compile(r"(?<![a-z])(?:designed and (?:made|built|manufactured|assembled)|(?:made|built|manufactured|assembled) and "
                          r"designed|concue? et (?:fabriquee?|produite?|assemblee?)|fabriquee? et concue?|(?:made|built|manufactured|"
                          r"assembled|fabriquee?|produite?|assemblee?|cousue?|tricotee?) (?:entirely |right |here |entierement |ici )?(?:in|en|a|au)"
                          r" (?![a-z]* ?(?:usa|u\.s\.|us|america|britain|uk|england|france)))")
#: stop 29: a product said free, or paid for by the government (« panneaux solaires gratuits financés par l'État », "the
#: government will install solar panels for FREE"): no public scheme gives home energy kit away
_GOVERNMENT_FREE_RE = re.compile(
    r"(?<![a-z])(?:government|govt|federal|the state|l'etat|le gouvernement|gouvernement)(?![a-z])[^.!?\n]{0,30}?(?:pay|paying|pays|"
    r"install|installing|installs|give|giving|gives|provide|providing|fund|funding|funds|cover|covering|covers|paie|paye|finance|"
    r"offre|installe|rembourse)(?![a-z])[^.!?\n]{0,50}?(?:free|gratuite?s?|gratuitement|for nothing|no cost|zero cost|a 1 ?(?:€|euro)|"
    r"100 ?%)(?![a-z])|(?<![a-z])(?:free|gratuite?s?|no cost|for nothing)(?![a-z])"
    r"[^.!?\n]{0,60}?(?:paid (?:for )?by|funded by|courtesy of|thanks to|financee?s? par|offerte?s? par|pris en charge par|grace a) "
    r"(?:the )?(?:government|govt|federal|l'etat|le gouvernement)")
_HOME_ENERGY_RE = re.compile(r"(?<![a-z])(?:solar|panels?|heat pumps?|insulation|boilers?|windows|roof|solaires?|panneaux|pompes? a chaleur|"
                             r"isolation|chaudieres?|fenetres|toiture|photovoltai\w*|batter(?:y|ies)|ev chargers?|bornes?)(?![a-z])")
#: stop 29: a trial called free that takes the reader's card ("FREE … just pop your card in", « gratuit, il suffit de
#: renseigner ta carte ») with nothing on what it costs after: the renewal's price and how to cancel (ROSCA, 15 U.S.C.
#: 8403; 16 CFR 251.1; DMCC Act 2024 Part 4 ch. 2 and CAP 3.23; C. consom. L121-4 20° and L215-1)
_CARD_ASKED_RE = re.compile(
    r"(?<![a-z])(?:(?:pop|put|enter|add|drop|give|type|link|stick|plug)(?: in)? (?:your|ur|a) (?:credit |debit |bank )?card(?: (?:in|details|"
    r"number|info))?|(?<!no )(?<!zero )(?<!without )(?<!without a )(?<!without any )(?:credit |debit )?card (?:details |info )?"
    r"(?:required|needed|necessary)|(?:renseigne|entre|ajoute|donne|mets|"
    r"enregistre)[rz]? (?:ta|votre|une) carte(?: bancaire| bleue)?|(?<!sans )(?<!pas de )(?<!aucune )carte (?:bancaire |bleue )?(?:requise|obligatoire|demandee|necessaire))"
    r"(?![a-z])")
_RENEWAL_TOLD_RE = re.compile(r"(?<![a-z])(?:then|after(?:wards)?|renews?|renewal|auto[\s\-]?renew\w*|recurring|cancel\w*|billed|charged|"
                              r"puis|ensuite|apres|renouvel\w*|reconduct\w*|resili\w*|preleve\w*|factur\w*)(?![a-z])|[$€] ?\d|\d ?(?:€|euros?)")


#: stop 30, US: deferred interest ("pay NO interest for 12 months if paid in full", "no interest if paid in full within 6
#: months") without the statement that interest is charged from the purchase date (12 CFR 1026.16(h)(3)-(4))
_DEFERRED_RE = re.compile(r"(?<![a-z])(?:(?:no|zero|0 ?%?) (?:interest|apr)|interest[\s\-]free)(?![a-z])[^.!?\n]{0,60}?(?<![a-z])if "
                          r"(?:it'?s |it is |the balance is |your balance is |you )?(?:paid|pay(?: it| (?:the|your) balance)?) (?:off )?in full"
                          r"(?![a-z])|(?<![a-z])deferred interest(?![a-z])")
_DEFERRED_TOLD_RE = re.compile(r"(?<![a-z])(?:from the (?:original )?(?:purchase date|date of (?:the )?purchase)|interest (?:will be|is|gets?) "
                               r"charged|accrued interest|retroactive\w*|back[\s\-]?dated interest)(?![a-z])")
#: stop 30, US: a deposit account's rate of return said without "annual percentage yield" ("High-Yield Savings pays
#: 4.75%!!"): a rate of return in a deposit advertisement is stated as the APY (12 CFR 1030.8(b)); a loan's rate is no
#: yield (``_NOT_DEPOSIT`` and the loan words rule it out)
_DEPOSIT_RATE_RE = re.compile(r"(?<![a-z])(?:savings|saver|savings account|cds?|certificates? of deposit|money market(?: account)?|hysa|"
                              r"high[\s\-]yield(?: savings)?(?: account)?|checking)(?![a-z])[^.!?\n]{0,40}?(?<![a-z])(?:pays?|paying|earns?|"
                              r"earning|yields?|yielding|offers?|offering|gives? you|returns?|at)(?: you| an?| up to| a whopping| a solid)? "
                              r"(?<![0-9.,])\d+(?:[.,]\d+)? ?%(?! ?(?:cash ?back|back|off|rewards?|points|discount|on (?:purchases|spend|"
                              r"debit|card)))")
_APY_SAID_RE = re.compile(r"(?<![a-z])(?:apy|annual percentage yield|apys)(?![a-z])")
_LOAN_SAID_RE = re.compile(r"(?<![a-z])(?:loans?|mortgages?|apr|borrow\w*|credit cards?|financing|interest rate on (?:your|the) loan)(?![a-z])")
#: stop 30: deposit insurance said to reach an amount beyond its cap ("FDIC insured up to $5 million"), with no multi-bank
#: network that spreads the deposit (12 U.S.C. 1828(a)(4); 12 CFR 328.102; FSCS £85,000; FGDR 100 000 €)
_INSURED_UP_TO_RE = re.compile(r"(?<![a-z])(?:fdic|ncua|fscs|fgdr)(?:[\s\-](?:insured|insurance|protected|protection|covered|coverage|"
                               r"backed|guaranteed))?(?: [a-z]+){0,3}? (?:up to|to|for|jusqu'a) (?:[$€] ?\d[\d,.]*(?: ?(?:million|mil|m|k|billion))?|"
                               r"\d[\d ,.]*(?: ?(?:million|millions|m|k))? ?(?:€|euros?))(?![a-z0-9])|(?<![a-z])(?:deposits?|savings|money|"
                               r"accounts?|depots|epargne)(?: [a-z]+){0,4}? (?:are |is |sont |est )?(?:fully |entirely |totalement )?(?:insured|"
                               r"protected|covered|garantie?s?|proteges?) (?:by (?:the )?(?:fdic|ncua|fscs)|par (?:le )?fgdr)?(?: [a-z]+){0,2}? "
                               r"(?:up to|jusqu'a) [$€]? ?\d[\d ,.]*(?: ?(?:million|millions|m|k))?(?: ?(?:€|euros?))?(?![a-z0-9])")
_INSURANCE_NETWORK_RE = re.compile(r"(?<![a-z])(?:network|networks|multiple (?:banks|institutions)|program(?:me)?s?|sweep|ics|cdars|intrafi|"
                                   r"partner banks|several banks|reciprocal|per depositor)(?![a-z])")
_INSURANCE_CAP = {"us": 250_000, "uk": 85_000, "fr": 100_000}
_INSURED_GATE = ("fdic", "ncua", "fscs", "fgdr", "insured", "protected", "covered", "garanti", "protege")
_TAX_SCHEME_GATE = ("pinel", "denormandie", "malraux", "bouvard", "avantages")


def _insured_beyond_cap(check, ft: str, m) -> bool:
    """Does the amount said insured exceed the jurisdiction's deposit-insurance cap?"""
    g = m.group()
    num = re.search(r"\d[\d ,.]*", g[g.rfind("up to") if "up to" in g else 0:] if "up to" in g else g)
    if num is None:
        return False
    digits = num.group().strip().replace(" ", "").replace(",", "")
    try:
        value = float(digits) if digits.count(".") <= 1 else float(digits.replace(".", ""))
    except ValueError:
        return False
    tail = g[num.end() + (g.rfind("up to") if "up to" in g else 0):]
    if re.match(r" ?(?:million|millions|mil|m)(?![a-z])", tail):
        value *= 1_000_000
    elif re.match(r" ?(?:billion)(?![a-z])", tail):
        value *= 1_000_000_000
    elif re.match(r" ?k(?![a-z])", tail):
        value *= 1_000
    cap = _INSURANCE_CAP.get(check.jurisdiction, 250_000)
    if "fdic" in g or "ncua" in g:
        cap = 250_000
    elif "fscs" in g:
        cap = 85_000
    elif "fgdr" in g:
        cap = 100_000
    return value > cap
#: stop 30, France: a home loan's repayments likened to a rent (« devenez propriétaire pour le prix d'un loyer »,
#: « mensualités moins chères que votre loyer »): banned in a property-credit advertisement (C. consom. L313-5 1°)
_RENT_LIKENED_RE = re.compile(r"(?<![a-z])(?:proprietaires? (?:pour|au) (?:le )?prix d'un loyer|(?:pour|au) (?:le )?prix (?:de |d')(?:votre|ton|un) "
                              r"loyer|(?:mensualites?|remboursements?|echeances?)(?![a-z])[^.!?\n]{0,60}?(?<![a-z])(?:moins (?:cheres? |elevees? )?"
                              r"que|inferieures? a|equivalentes? a|comme|au lieu de|a la place de|remplacent|remplace) (?:votre|ton|un|le|leur|vos) "
                              r"(?:actuel )?loyers?|(?:remplace[rz]?|transforme[rz]?) (?:votre|ton) loyer en (?:mensualites?|remboursements?|"
                              r"credit|pret)|(?:arretez|arrete|arreter|stop) de (?:payer|jeter) (?:un |votre |ton |des )?loyers?)(?![a-z])")
_PROPERTY_SAID_RE = re.compile(r"(?<![a-z])(?:proprietaires?|t[1-6]|appartements?|maisons?|logements?|immobili\w*|residence|neuf|pret|credit|"
                               r"mensualites?|primo[\s\-]?accedants?)(?![a-z])")
#: stop 30, France: a rental investment sold on its income-tax reduction (Pinel, Denormandie, Malraux, Censi-Bouvard,
#: Loc'Avantages) without L122-23's statement that failing the letting commitments loses the tax benefit
_TAX_SCHEME_RE = re.compile(r"(?<![a-z])(?:(?:loi |dispositif |en |investi\w* (?:en |dans (?:le |un )?)?|regime )?(?:pinel|denormandie|"
                            r"malraux|censi[\s\-]?bouvard|loc'?avantages)(?:\+| plus)?)(?![a-z])")
_TAX_BENEFIT_RE = re.compile(r"(?<![a-z])(?:reductions? d'impots?|defiscalis\w*|avantages? fisca\w*|reduisez (?:vos|votre) impots?|"
                             r"reduire (?:vos|votre|ses|son) impots?|impots? en moins|economies? d'impots?|incitations? fiscales?|"
                             r"\d+ ?% (?:du prix|de reduction))(?![a-z])")
_TAX_LOSS_TOLD_RE = re.compile(r"(?:perte du benefice|perdre le benefice|perte de (?:l'avantage|la reduction|l'incitation)|"
                               r"remise en cause (?:de l'avantage|de la reduction|du benefice)|engagements? de location)")
#: stop 30, France: natural gas of fossil origin offered for sale (an offer, a contract, a locked price of the kWh):
#: advertising it is banned since 1 July 2023 unless at least half the gas offered is renewable (C. env. L229-61;
#: R229-102 to R229-104, décret n° 2022-1252)
_GAS_SALE_RE = re.compile(r"(?<![a-z])(?:(?:offres?|contrats?|fourniture|abonnements?|souscri\w*) (?:de |d'|en |au |du )?(?:[a-z']+ ){0,3}?"
                          r"gaz(?: naturel)?|kwh (?:de |du )?gaz(?: naturel)?|gaz naturel(?![a-z])[^.!?\n]{0,60}?(?:prix|tarif|kwh|offre|"
                          r"souscri\w*|bloque|fixe|remise|-\s?\d+ ?%))(?![a-z])")
_GAS_RENEWABLE_RE = re.compile(r"(?<![a-z])(?:biomethane|biogaz|gaz vert|gaz renouvelable|(?:100|[5-9]\d) ?% (?:de )?(?:biomethane|biogaz|gaz "
                               r"vert|renouvelable|d'origine renouvelable)|pompes? a chaleur|pac(?![a-z])|sortir du gaz|remplace[rz]? "
                               r"(?:votre |ta |sa |la )?chaudiere)")

#: stop 30, US: a consumer lease advertised by its payment and its term ("Lease it for just $329/mo for 36 months") owes
#: that it is a lease, the total due at signing, the number and timing of payments and any security deposit (Regulation M,
#: 12 CFR 1013.7(d)(2))
_LEASE_TRIGGER_RE = re.compile(r"(?<![a-z])leas(?:e|ing)(?![a-z])[^.!?\n]{0,60}?[$] ?\d[\d,.]* ?(?:/ ?mo|/ ?month|a month|per month)(?![a-z])"
                               r"|[$] ?\d[\d,.]* ?(?:/ ?mo|/ ?month|a month|per month)(?![a-z])[^.!?\n]{0,40}?(?<![a-z])leas(?:e|ing)(?![a-z])")
_LEASE_TOLD_RE = re.compile(r"(?<![a-z])(?:due at (?:lease )?signing|at signing|drive[\s\-]?off|security deposit|amount due|"
                            r"down payment|cap(?:italized)? cost reduction)(?![a-z])")

#: stop 30, France: a life-insurance euro fund's rate served, given alone ("notre fonds euros a servi 4,5 % (taux boosté)"):
#: whether it is net of fees and gross of social levies, the bonus's conditions and that past returns do not foretell future
#: ones are owed (C. assur. L132-27 and recommandation ACPR 2019-R-01; C. consom. L121-3)
_EURO_FUND_RATE_RE = re.compile(r"(?<![a-z])fonds (?:en )?euros?(?![a-z])[^.!?\n]{0,80}?(?<![0-9.,])\d+(?:[.,]\d+)? ?%|(?<![0-9.,])\d+(?:[.,]\d+)? ?%"
                                r"[^.!?\n]{0,40}?(?<![a-z])(?:sur (?:le|notre|votre|son) )?fonds (?:en )?euros?(?![a-z])")
_EURO_FUND_TERMS_RE = re.compile(r"(?<![a-z])(?:nets? de frais|bruts? de (?:prelevements|ps|csg)|avant prelevements|performances passees|"
                                 r"ne prejugent|sous (?:reserve|conditions)|conditions (?:du|de|d'|sur)|selon (?:les )?conditions|"
                                 r"(?:bonus|bonification) (?:reserve|accorde|soumis|de \d|si |pour )|voir conditions)")

#: the content rules read in a business's own post even where no disclosure is owed: what it asks of its customers
_BUSINESS_CONDUCT = ("review_incentive",
                     # stop 29 (train21e/f): what the business itself tells its customers — an offer's false end, the word
                     # « soldes » out of its period, rights said to come with a paid cover, a delivery date it says it will
                     # miss, a gift card's unlawful expiry — is its own commercial practice, whoever of its staff says it
                     "urgency_false", "sales_out_of_period", "sales_restocked", "rights_misstated", "delivery_promise_false",
                     "gift_card_expiry")
#: … and in the seller's own post: what it says its customers earn
_SELLER_CONDUCT = ("earnings_claim",)

_CONTENT_RULES = (
    # money the author says they made, in a post that asks the reader to join a business ("I made $8,400 last month …
    # anyone can do this, comment FREEDOM"): an income claim a reader cannot check and that is rarely typical (FTC Act
    # § 5, 16 CFR 437; CPUTR Sch. 1 para 14; C. consom. L121-2 and L121-15). Gambling's own promise of winnings is
    # ``gambling_income``
    _ContentRule("earnings_claim", None, _EARNINGS_RE, needs=(_OPPORTUNITY_RE,),
                 gate=("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "figure", "million", "salar", "salaire", "paycheck"),
                 applies=lambda check, ft: ("gambling" not in check.sectors and "betting_tips" not in check.sectors
                                            and (_DIGIT.search(ft) is not None or "figure" in ft or "million" in ft
                                                 or "salar" in ft or "salaire" in ft or "paycheck" in ft))),
    # a job or an income the reader is guaranteed by a course or a scheme ("a GUARANTEED $100k tech job", "£60k a year
    # GUARANTEED", « emploi garanti »): no provider can substantiate it, and the outcome is not typical (FTC Act § 5 and the
    # FTC Notice of Penalty Offenses Concerning Money-Making Opportunities, 2021; 16 CFR 255.2; CAP 3.1 and 3.7; C. consom.
    # L121-2 2° b). Read only where the scan saw "guaranteed" or « garanti »; a CPF course's own rule says it in France
    _ContentRule("earnings_claim", "claim_efficacy", _GUARANTEED_INCOME_RE, negatable=True,
                 gate=("guarant", "garanti"),
                 applies=lambda check, ft: ("guarant" in ft or "garanti" in ft) and "cpf_income" not in check.fired_rules(),
                 details=lambda check: {"reference": _GUARANTEED_INCOME_LAW.get(check.jurisdiction, _GUARANTEED_INCOME_LAW["us"])}),
    # an offer said to be final ("never coming back", « fini pour toujours ») in a post that says itself it comes back
    # ("they do this every other Friday", « réassort prévu lundi »): the banned false claim that a product is available
    # only for a very limited time (directive 2005/29/CE annex I pt 7: C. consom. L121-4 7°, DMCC Sch. 20 para 7; FTC Act § 5)
    _ContentRule("urgency_false", "final_offer", _FINAL_OFFER_RE, needs=(_OFFER_RETURNS_RE,)),
    # an offer called free in a post that says itself a fee is paid for it ("Totally FREE broadband … *£60 set-up fee
    # applies", « box gratuite … 49 € de frais de mise en service »), a handling charge, or a subscription it says has no
    # strings: the banned "free" claim (directive 2005/29/CE annex I pt 20: C. consom. L121-4 20°, CPUTR 2008 Sch. 1 para 20
    # and CAP 3.23; 16 CFR 251.1; ROSCA)
    _ContentRule("free_false", None, _FREE_CLAIM_RE, needs=(_FREE_FEE_RE,), negatable=True,
                 gate=("free", "gratuit"),
                 applies=lambda check, ft: ("free" in ft or "gratuit" in ft) and any(w in ft for w in _FREE_FEE_CUES),
                 # stop 29: a free allowance counted ("3 free withdrawals a month", « 3 gratuits par mois puis 2 % »): what is
                 # free is told with its limit, no product is called free
                 keep=lambda check, ft, m: _FREE_QUOTA_BEFORE.search(ft, max(0, m.start() - 30), m.start()) is None
                 or _FREE_QUOTA_AFTER.match(ft, m.end()) is None),
    # stop 29: a price said to be all there is ("no hidden fees", "NO fees, ever", « c'est tout, pas de piège ») or a year's
    # price that the post's own small print belies (an activation fee, a late fee, a higher price after the first months, a
    # rise each April): a qualification may clarify a claim, never contradict it (CAP 3.9–3.10 and 3.18; DMCC Act 2024 s.
    # 226; FTC Act § 5 and the FTC's .com Disclosures; C. consom. L121-2 and L121-3)
    _ContentRule("price_claim_contradicted", None, _NOTHING_MORE_RE, keep=_claim_contradicted,
                 gate=("*", "(", "ever", "zero", "aucun"),
                 applies=lambda check, ft: ("*" in ft or "(" in ft or "ever" in ft or "zero" in ft or "aucun" in ft)
                 and ("fee" in ft or "frais" in ft or "charge" in ft or "catch" in ft or "that" in ft or "tout" in ft
                      or "piege" in ft or "surprise" in ft or "string" in ft or "nothing" in ft or "rien" in ft or "year" in ft
                      or "an " in ft or "annee" in ft or "lock" in ft or "bloqu" in ft or "frozen" in ft or "fixe" in ft
                      or "guarant" in ft or "garanti" in ft or "gele" in ft)),
    # stop 29: a cut in bills in figures promised to every home or guaranteed: savings depend on the home, its use and its
    # tariff, and no evidence holds the figure for all (FTC Act § 5 and the Policy Statement Regarding Advertising
    # Substantiation; CAP 3.7 and 11.3; C. consom. L121-2 2° b)
    _ContentRule("savings_guaranteed", None, _BILL_CUT_RE, needs=(_FOR_EVERY_HOME_RE,), unless=(_SAVING_QUALIFIED_RE,), negatable=True,
                 gate=("%",),
                 applies=lambda check, ft: ("bill" in ft or "factur" in ft or "cost" in ft) and "%" in ft),
    # stop 29: "up to 70% off" by a post that says the maximum reaches two items, most of the range 10–20 %: an "up to" saving
    # must be available on a significant proportion of what it covers (CAP 3.17; CMA Pricing Practices Guidance; C. consom.
    # L121-2; FTC Act § 5)
    _ContentRule("price_up_to_false", None, _UP_TO_RE, needs=(_UP_TO_FEW_RE,),
                 gate=("up to", "jusqu'a"),
                 applies=lambda check, ft: "up to" in ft or "jusqu'a" in ft),
    # stop 29: "Made in USA" (« fabriqué en France ») that the post grounds on where the product was designed (16 CFR 323;
    # CAP 3.1; C. consom. L121-2 2° b): made nowhere said, designed somewhere said, and the origin claimed
    _ContentRule("origin_claim_false", None, _MADE_IN_RE, needs=(_DESIGNED_ONLY_RE,), unless=(_MADE_TOO_RE,), negatable=True,
                 gate=("made", "fabriqu", "francais"),
                 applies=lambda check, ft: ("made" in ft or "fabriqu" in ft or "francais" in ft) and (
                     "design" in ft or "engineer" in ft or "conc" in ft or "dessin" in ft or "imagin" in ft or "pense" in ft)),
    # stop 29: home energy kit said free or paid for by the government (FTC Act § 5 and 16 CFR 310.3(a)(2)(vii); DMCC Act
    # 2024 Sch. 20 para 4; C. consom. L121-2 and L121-4 4°)
    _ContentRule("free_government", None, _GOVERNMENT_FREE_RE, needs=(_HOME_ENERGY_RE,), negatable=True,
                 gate=("govern", "govt", "federal", "etat", "the state"),
                 applies=lambda check, ft: ("govern" in ft or "govt" in ft or "federal" in ft or "etat" in ft or "the state" in ft)
                 and ("free" in ft or "gratuit" in ft or "cost" in ft or "nothing" in ft or "pay" in ft or "pai" in ft
                      or "financ" in ft or "1 €" in ft)),
    # stop 29: a trial called free that takes the reader's card, with nothing on what follows (ROSCA; 16 CFR 251.1)
    _ContentRule("free_false", None, _FREE_CLAIM_RE, needs=(_CARD_ASKED_RE,), unless=(_RENEWAL_TOLD_RE,), negatable=True,
                 gate=("card", "carte"),
                 applies=lambda check, ft: ("card" in ft or "carte" in ft) and ("free" in ft or "gratuit" in ft)
                 and "free_false" not in check.fired_rules()),
    # France: « soldes » given to an occasion outside the two legal periods (C. com. L310-3)
    _ContentRule("sales_out_of_period", None, _SALES_OUT_RE, negatable=True,
                 gate=("solde",),
                 applies=lambda check, ft: "solde" in ft and check.jurisdiction == "fr"),
    # stop 29 (train21e): France — goods brought in for the sales (« réassort spécial soldes »): a sale bears only on goods
    # offered and paid for at least a month before it opens (C. com. L310-3 I)
    _ContentRule("sales_restocked", None, _SALES_RESTOCKED_RE, negatable=True,
                 gate=("solde",),
                 applies=lambda check, ft: "solde" in ft and check.jurisdiction == "fr"),
    # stop 29 (train21e): the consumer's rights in law said to come only with a paid cover, or a written warranty said lost
    # with another brand's parts (C. consom. L121-4 10° and L217-3; DMCC Act 2024 Sch. 20 para 10, CRA 2015; 15 U.S.C.
    # 2302(c)), in a post that sells a cover or names a warranty
    _ContentRule("rights_misstated", None, _RIGHTS_MISSTATED_RE, needs=(_PAID_COVER_RE,),
                 gate=("without", "sinon", "sans", "void", "garantie"),
                 applies=lambda check, ft: "without" in ft or "sinon" in ft or "sans" in ft or "void" in ft or "garantie" in ft),
    # stop 29 (train21e): a delivery date guaranteed that the post itself says will be missed (16 CFR 435.2; CAP 3.1, 3.7;
    # C. consom. L121-2)
    _ContentRule("delivery_promise_false", None, _DELIVERY_PROMISE_RE, needs=(_DELIVERY_BEHIND_RE,),
                 gate=("guarant", "garanti"),
                 applies=lambda check, ft: "guarant" in ft or "garanti" in ft),
    # stop 29 (train21f): UK — a broadband speed headlined "up to" with no median peak-time speed (CAP 3.7; CAP guidance, 2018)
    _ContentRule("broadband_speed", None, _BROADBAND_UP_TO_RE, unless=(_BROADBAND_AVERAGE_RE,),
                 gate=("up to",),
                 applies=lambda check, ft: check.jurisdiction == "uk" and "up to" in ft),
    # stop 29 (train21e): a purchase said to help a charity left unnamed, with no share told (CAP section 8; FTC Act § 5 and
    # the co-venturer laws; C. consom. L121-3)
    _ContentRule("charity_vague", None, _CHARITY_VAGUE_RE, needs=(_CHARITY_PURCHASE_RE,), unless=(_CHARITY_TERMS_RE,),
                 negatable=True, gate=("charit", "association", "cause"),
                 applies=lambda check, ft: "charit" in ft or "association" in ft or "cause" in ft),
    # stop 29 (train21f): France — a medical device advertised without its statement (C. santé publ. L5213-1, R5213-1)
    _ContentRule("device_mentions_missing", None, _DEVICE_FR_RE, unless=(_DEVICE_FR_MENTION_RE,),
                 applies=lambda check, ft: check.jurisdiction == "fr"),
    # stop 29 (train21e): a US gift card said to expire within five years (12 CFR 1005.20(e)(2))
    _ContentRule("gift_card_expiry", None, _GIFT_CARD_EXPIRY_RE,
                 gate=("gift",),
                 applies=lambda check, ft: check.jurisdiction == "us" and "gift" in ft and "card" in ft),
    # stop 30 (errs21): a US consumer lease's trigger terms without Reg M's statements (12 CFR 1013.7(d))
    _ContentRule("lease_terms_missing", None, _LEASE_TRIGGER_RE, unless=(_LEASE_TOLD_RE,), business=True,
                 gate=("leas",),
                 applies=lambda check, ft: check.jurisdiction == "us" and "leas" in ft),
    # stop 30 (errs21): France — a euro fund's served rate without its terms (C. assur. L132-27; ACPR 2019-R-01; L121-3)
    _ContentRule("deposit_terms_missing", None, _EURO_FUND_RATE_RE, unless=(_EURO_FUND_TERMS_RE,), business=True,
                 gate=("fonds",),
                 applies=lambda check, ft: check.jurisdiction == "fr" and "fonds" in ft and "euro" in ft and "%" in ft,
                 details=lambda check: {"reference": "C. assur. L132-27 (information exacte, claire et non trompeuse) ; "
                                                     "recommandation ACPR 2019-R-01 (taux net de frais, brut de prélèvements, "
                                                     "conditions du bonus, performances passées) ; C. consom. L121-3"}),
    # stop 30 (errs21): the US deferred-interest offer with its cost left out (12 CFR 1026.16(h)(3)-(4)); the lender's own
    # staff telling it is the lender's advertising too
    _ContentRule("credit_deferred_interest", None, _DEFERRED_RE, unless=(_DEFERRED_TOLD_RE,), business=True,
                 gate=("full", "deferred"),
                 applies=lambda check, ft: check.jurisdiction == "us" and ("full" in ft or "deferred" in ft)),
    # stop 30 (errs21): a US deposit's rate of return stated without "annual percentage yield" (12 CFR 1030.8(b))
    _ContentRule("deposit_terms_missing", None, _DEPOSIT_RATE_RE, unless=(_APY_SAID_RE, _NOT_DEPOSIT, _LOAN_SAID_RE), business=True,
                 gate=("%",),
                 applies=lambda check, ft: check.jurisdiction == "us" and "%" in ft and "crypto" not in check.sectors
                 and "deposit_terms_missing" not in check.fired_rules(),
                 details=lambda check: {"reference": "Regulation DD, 12 CFR 1030.8(b) (a rate of return stated as the "
                                                     "\"annual percentage yield\") and 1030.8(c) ; TISA, 12 U.S.C. 4302"}),
    # stop 30 (errs21): deposit insurance claimed beyond its cap (12 U.S.C. 1828(a)(4); 12 CFR 328.102)
    _ContentRule("deposit_insurance_overstated", None, _INSURED_UP_TO_RE, unless=(_INSURANCE_NETWORK_RE,), business=True,
                 keep=_insured_beyond_cap,
                 gate=_INSURED_GATE,
                 applies=lambda check, ft: ("up to" in ft or "jusqu'a" in ft or " to $" in ft or " for $" in ft)
                 and any(w in ft for w in _INSURED_GATE)),
    # stop 30 (errs21): France — a property loan's repayments likened to a rent (C. consom. L313-5 1°)
    _ContentRule("credit_rent_likened", None, _RENT_LIKENED_RE, needs=(_PROPERTY_SAID_RE,), business=True,
                 gate=("loyer",),
                 applies=lambda check, ft: check.jurisdiction == "fr" and "loyer" in ft),
    # stop 30 (errs21): France — a tax-relief rental investment without L122-23's warning
    _ContentRule("tax_scheme_warning_missing", None, _TAX_SCHEME_RE, needs=(_TAX_BENEFIT_RE,), unless=(_TAX_LOSS_TOLD_RE,),
                 business=True, gate=_TAX_SCHEME_GATE,
                 applies=lambda check, ft: check.jurisdiction == "fr" and any(w in ft for w in _TAX_SCHEME_GATE)),
    # stop 30 (errs21): France — fossil natural gas offered for sale (C. env. L229-61; décret n° 2022-1252)
    _ContentRule("fossil_fuel_ad", None, _GAS_SALE_RE, unless=(_GAS_RENEWABLE_RE,), business=True,
                 gate=("gaz",),
                 applies=lambda check, ft: check.jurisdiction == "fr" and "gaz" in ft and "fossil_fuel_ad" not in check.fired_rules()),
    # stop 29 (train21f): a health professional's own recommendation in a medicine's advertisement to the public (directive
    # 2001/83/CE art. 90 f), CSP R5122-3; CAP 12.18 and HMR 2012 Part 14); US law asks only that it be truthful (16 CFR 255.3)
    _ContentRule("medicine_professional", None, _PROFESSIONAL_RECOMMENDS_RE, needs=(_HEALTH_PROFESSIONAL_RE,),
                 gate=("recommend", "recommand", "conseill", "jure"),
                 applies=lambda check, ft: check.jurisdiction in ("fr", "uk") and ("recommend" in ft or "recommand" in ft
                                                                            or "conseill" in ft or "jure" in ft)
                 # the rule's own pattern first (a few µs): the medicine's name is costlier to seek, and needed only then
                 and _PROFESSIONAL_RECOMMENDS_RE.search(ft) is not None
                 and ("medicine" in check.sectors or _MEDICINE_NAMED_RE.search(ft) is not None)),
    # a reference price the post itself says was never charged, beside the reduction shown from it (C. consom. L112-1-1 and
    # L121-2; CAP 3.39–3.40; 16 CFR 233.1)
    # a reward for a review whose rating is set in advance ("leave a 5-star review … for a $10 gift card", « un avis 5 étoiles
    # contre un bon d'achat »): a review bought for its sentiment is a fake one (16 CFR 465.4; DMCC Act 2024 Sch. 20 para 13;
    # directive 2005/29/CE annex I pt 23c: C. consom. L121-4 28°), whatever the label
    _ContentRule("review_incentive", None, _REVIEW_INCENTIVE_RE, unless=(_ANY_REVIEW_RE,),
                 gate=("review", "avis", "rating", "note", "star", "etoile"),
                 applies=lambda check, ft: ("star" in ft or "etoile" in ft or "5/5" in ft or "positi" in ft or "glowing" in ft
                                            or "good review" in ft or "great review" in ft or "elogieux" in ft or "\x02" in ft
                                            or "top rating" in ft or "max" in ft)
                 and ("review" in ft or "avis" in ft or "rating" in ft or "note" in ft or "star" in ft or "etoile" in ft)),
    # stop 27: a headline price that leaves out a mandatory fee the post adds apart ("tickets just £25!! (+£6.50 booking fee
    # per ticket)", "Cabins from $129/night … $85 cleaning fee + $30/night resort fee"), no total given: the price must
    # include every fee the consumer cannot avoid (DMCC Act 2024 s. 230 and CAP 3.18; 16 CFR 464.2 for live-event tickets
    # and short-term lodging; C. consom. L112-1 and arrêté du 3 décembre 1987)
    _ContentRule("price_fees_excluded", None, re.compile(_FEE_ADDED_RE.pattern + "|" + _FEES_LEFT_OUT_RE.pattern),
                 gate=("fee", "frais", "charge", "tax", "vat", "every", "each", "chaque", "tous les", "toutes les"),
                 applies=lambda check, ft: ("fee" in ft or "frais" in ft or "charge" in ft or "tax" in ft or "vat" in ft
                                            or "every" in ft or "each" in ft or "chaque" in ft or "tous les" in ft
                                            or "toutes les" in ft)
                 and _fees_dripped(check, ft),
                 keep=lambda check, ft, m: _FEE_ADDED_RE.fullmatch(m.group()) is not None or _charge_counts(check, ft, m),
                 details=lambda check: {"reference": _FEE_LAW.get(check.jurisdiction, _FEE_LAW["us"])}),
    # stop 27: a monthly price for a contract (a mobile plan, broadband, energy) with nothing on its term or the price after
    # it — France: the commitment or the duration, a substantial information (C. consom. L121-3, L224-27 and arrêté du 3
    # décembre 1987); UK and US: only where the post says the price is all there is ("$25/mo, that's it", "just £10 a
    # month!!") — a material term left out (CAP 3.3 and 3.17; FTC Act § 5, the net impression)
    _ContentRule("price_terms_missing", None, _MONTHLY_RE,
                 gate=("mo", "pm"),
                 applies=lambda check, ft: ("mo" in ft or "month" in ft or "pm" in ft) and _monthly_terms_missing(check, ft),
                 details=lambda check: {"reference": _TERMS_LAW.get(check.jurisdiction, _TERMS_LAW["us"])}),
    # stop 27: a food said to hold no sugar by a post that names the sugar sweetening it ("ZERO SUGAR … sweetened with honey
    # and dates", « sans sucre, juste du miel »): a nutrition claim its own post contradicts
    # stop 27: a figure's material condition left in a footnote below the "see more" cut (h17c-fr-048: « notre Livret Boost
    # rapporte 4 % » … after the hashtags « *Taux promotionnel de 4 % brut les 2 premiers mois, puis 1,25 % brut »)
    _ContentRule("condition_after_cut", None, _FOOTNOTE_RE,
                 gate=("*", "(1)"),
                 applies=lambda check, ft: ("*" in ft or "(1)" in ft) and check.net is not None and check.net.cut_chars is not None,
                 keep=_condition_after_cut),
    _ContentRule("sugar_claim_false", None, _NO_SUGAR_CLAIM_RE, needs=(_SUGAR_NAMED_RE,), negatable=True,
                 gate=("sugar", "sucre"),
                 applies=lambda check, ft: "sugar" in ft or "sucre" in ft,
                 details=lambda check: {"reference": _NO_SUGAR_LAW.get(check.jurisdiction, _NO_SUGAR_LAW["us"])}),
    # stop 27: infant formula advertised to the public (FR, UK) or likened to breast milk (everywhere)
    _ContentRule("infant_formula", None, re.compile(r"(?:lait|prepar|infant|first|stage|newborn|baby|just|exact|nearly|almost|same|1er|premier|"
                                                   r"ident|equiv|as good|closest|as close|le plus|la plus|plus proche|comme|aussi)"),
                 gate=("milk", "lait", "formula", "nourrisson"),
                 applies=lambda check, ft: ("milk" in ft or "lait" in ft or "formula" in ft or "nourrisson" in ft)
                 and _formula_found(check, ft) is not None,
                 keep=lambda check, ft, m: m.start() == _formula_found(check, ft).start(),
                 details=lambda check: {"reference": _INFANT_FORMULA_LAW.get(check.jurisdiction, _INFANT_FORMULA_LAW["us"])}),
    # an endorser who says they have not used the product and recommends it anyway (16 CFR 255.1(c); CAP 3.45; C. consom.
    # L121-2): read for a rewarded author only
    _ContentRule("endorsement_untried", None, _UNTRIED_RE,
                 gate=("tried", "used", "tested", "worn", "tasted", "opened", "teste", "essaye", "utilise", "goute", "porte"),
                 applies=lambda check, ft: ("but" in ft or "mais" in ft) and _flag(check.ctx.get("rewarded")) is True and ("tried" in ft or "used" in ft
                                           or "tested" in ft or "worn" in ft or "tasted" in ft or "opened" in ft or "teste" in ft
                                           or "essaye" in ft or "utilise" in ft or "goute" in ft or "porte" in ft)),
    # an offer said to have no limit that the post's own terms limit, or a policy said to exclude nothing (FTC Act § 5 and
    # FTC v. AT&T Mobility; CAP 3.1, 3.9, 3.10; C. consom. L121-2 and L121-3)
    _ContentRule("terms_denied", None, _LIMITLESS_RE, needs=(_LIMIT_TOLD_RE,), negatable=True,
                 # a reduction on everything is denied by a selection only, not by "no exclusions" (its honest twin)
                 keep=lambda check, ft, m: _limit_denied(ft, m.group(0)),
                 gate=("unlimited", "illimit", "everything", "tout", "wide", "whole", "entire") + _LIMITLESS_WORDS,
                 applies=lambda check, ft: "unlimited" in ft or "illimit" in ft or (
                     ("everything" in ft or "tout" in ft or "wide" in ft or "whole" in ft or "entire" in ft)
                     and ("select" in ft or "certain" in ft or "some " in ft or "exclu" in ft or "hors" in ft
                          or "concern" in ft or "signal" in ft)) or (
                     any(w in ft for w in _LIMITLESS_WORDS) and _INSURANCE_SAID.search(ft) is not None)),
    _ContentRule("deposit_terms_missing", None, _APY_RE, needs=(_DEPOSIT_SAID,), unless=(_DEPOSIT_TERMS_RE, _NOT_DEPOSIT), business=True,
                 gate=("apy",),
                 applies=lambda check, ft: check.jurisdiction == "us" and "apy" in ft and "crypto" not in check.sectors),
    # stop 29, France: fossil fuels' sale promoted (heating oil ordered, delivered, its price cut; coal for heating):
    # banned whatever the label (C. env. L229-61, décret n° 2022-1252: coal, petroleum products, fossil gas). Its
    # phase-out told (« remplacez votre chaudière fioul », a heat pump's offer) promotes no fuel
    _ContentRule("fossil_fuel_ad", None, _FOSSIL_SALE_RE, unless=(_FOSSIL_EXIT_RE,),
                 gate=("fioul", "fuel", "mazout", "charbon", "anthracite"),
                 applies=lambda check, ft: check.jurisdiction == "fr" and ("fioul" in ft or "fuel" in ft or "mazout" in ft
                                                                           or "charbon" in ft or "anthracite" in ft)),
    # stop 29, UK: an alcohol prize offered to whoever likes, shares or tags, with no closing date, no age limit, no terms
    # ("WIN A YEAR OF X GIN!! Like, share and tag 3 friends"): the promotion's significant conditions are owed in the ad
    # (CAP 8.17) and an alcohol prize is for adults only (CAP 8.26, 18.14)
    # stop 30 (train21e): … and any UK giveaway entered by a social act ("To enter: like, follow and tag 3 mates") with no
    # closing date, no eligibility, no terms (CAP 8.17, 8.17.1–8.17.4)
    _ContentRule("prize_terms_missing", None, _PRIZE_OPEN_RE, needs=(_ENTRY_ACT_RE,), unless=(_PRIZE_TERMS_RE,),
                 applies=lambda check, ft: check.jurisdiction == "uk" and (
                     "alcohol" in check.sectors and ("win" in ft or "giveaway" in ft or "prize" in ft or "competition" in ft
                                                     or "grabs" in ft)
                     or ("giveaway" in ft or "competition" in ft or "prize draw" in ft) and "to enter" in ft)),
    _ContentRule("sweepstakes_purchase", None, _SWEEP_ENTRY_RE, unless=(_FREE_ENTRY_RE,),
                 gate=("win", "sweep", "draw", "prize", "giveaway"),
                 applies=lambda check, ft: check.jurisdiction == "us" and ("enter" in ft or "entr" in ft) and (
                     "win" in ft or "sweep" in ft or "draw" in ft or "prize" in ft or "giveaway" in ft)),
    # stop 30 (holdout21c): a housing advertisement that states a preference against families with children ("no kids
    # screaming in the hallway", "adults only", « pas d'enfants »): US Fair Housing Act 42 U.S.C. 3604(c) and 24 CFR 100.75;
    # France, loi n° 89-462 art. 1er and C. pén. 225-1/225-2 (situation de famille). Housing for older persons is exempt in
    # the US (42 U.S.C. 3607(b)): "55+" or "senior" takes the rule off
    _ContentRule("housing_familial", None, _FAMILIAL_PREF_RE, needs=(_HOUSING_AD_RE,), negatable=True,
                 gate=_FAMILIAL_WORDS,
                 applies=lambda check, ft: check.jurisdiction in ("us", "fr") and any(w in ft for w in _FAMILIAL_WORDS)
                 and "55+" not in ft and "senior" not in ft
                 and "62+" not in ft and "retire" not in ft,
                 details=lambda check: {"reference": _FAMILIAL_LAW[check.jurisdiction]}),
    _ContentRule("result_atypical", None, _PERSONAL_FIGURE_RE, needs=(_YOU_TOO_RE,), unless=(_RESULTS_VARY_RE,),
                 gate=("too", "aussi", "same", "pareil", "anyone", "can you", "everyone", "everybody"),
                 applies=lambda check, ft: ("too" in ft or "aussi" in ft or "same" in ft or "pareil" in ft or "anyone" in ft
                                            or "can you" in ft or "everyone" in ft or "everybody" in ft)
                 and _DIGIT.search(ft) is not None and "claim_efficacy" not in check.fired_rules()),
    _ContentRule("terms_denied", None, _CANCEL_FREE_RE, needs=(_MIN_TERM_RE,), negatable=True,
                 gate=("cancel", "contract", "commitment", "engagement", "resiliable", "leave", "lock", "tie"),
                 applies=lambda check, ft: ("cancel" in ft or "contract" in ft or "commitment" in ft or "engagement" in ft
                                            or "resiliable" in ft or "leave" in ft or "lock" in ft or "tie" in ft)
                 and "terms_denied" not in check.fired_rules()),
    _ContentRule("price_reference_false", None, _PRICE_NEVER_CHARGED_RE, needs=(_REDUCTION_RE,), keep=_held_below_reference,
                 gate=_PRICE_NEVER_CUES,
                 applies=lambda check, ft: ("$" in ft or "£" in ft or "€" in ft or "euro" in ft)
                 and any(w in ft for w in _PRICE_NEVER_CUES)),
    # a virtual influencer (the context says the image is virtual, or the text says its author is) telling a result on
    # its own body ("my dark circles vanished", « mes taches ont disparu »): it cannot have used the product, the
    # testimonial is made up, whatever the label (16 CFR 255.1(c); CAP 3.1 and 3.45; C. consom. L121-2, loi 2023-451 art. 5)
    _ContentRule("virtual_experience", None, _PERSONAL_RESULT,
                 applies=lambda check, ft: _flag(check.ctx.get("image_virtual")) is True or (
                     ("virtu" in ft or "cgi" in ft or "generated" in ft) and _VIRTUAL_SAID.search(ft) is not None)),
    # … or a use it says lasted ("I've worn them every day for 6 months"), where the context says the persona is generated
    _ContentRule("virtual_experience", None, _USE_LASTED,
                 applies=lambda check, ft: _flag(check.ctx.get("image_virtual")) is True
                 and "virtual_experience" not in check.fired_rules()),
    # a generated image (the context says so) offered as a real person or a real result ("one of our clinical trial
    # participants after 8 weeks", "real customer", « avant/après », « vraie cliente »; not "no filter", which may be said of
    # another, real photo of the same post): the
    # picture shows an effect nobody had, whatever the label (CAP 3.1, 3.7, 3.11; FTC Act § 5 and 16 CFR 255.1(c), 255.2;
    # C. consom. L121-2; loi 2023-451 art. 5 III asks « Image virtuelle » precisely so that none is taken for real)
    _ContentRule("image_virtual_as_real", None, _REAL_RESULT_RE, negatable=True,
                 applies=lambda check, ft: _flag(check.ctx.get("image_virtual")) is True
                 and "virtual_experience" not in check.fired_rules(),
                 # real skins or real customers shown elsewhere (« teintes swatchées sur de vraies peaux dans la story »,
                 # "real customer photos on our site"): the text sends the reader to real pictures, it does not offer the
                 # generated one as real (loi 2023-451 art. 5 III is met by « Image virtuelle »)
                 keep=lambda check, ft, m: _SHOWN_ELSEWHERE.search(ft, m.end(), _clause_end(ft, m.end())) is None),
    # a generated face or body shown with a beauty product's result ("look at this skin after one week", "Day 7 of the serum"):
    # the picture shows an effect nobody had (FTC Act § 5 and 16 CFR 255.1(c); CAP 3.1 and 3.11; C. consom. L121-2)
    _ContentRule("image_virtual_as_real", None, lexicon.BEAUTY_RESULT_RE,
                 applies=lambda check, ft: _flag(check.ctx.get("image_virtual")) is True
                 and "virtual_experience" not in check.fired_rules() and "image_virtual_as_real" not in check.fired_rules()
                 and check.beauty_product()),
    # a slimming product or regime pitched to pupils ("Year 11 squad … skinny tea"): weight control has no sector row,
    # its youth rule is read here where the pack has one (CAP 13.3)
    _ContentRule("minor_appeal", "slimming", lambda pack: pack.content_re["minor_appeal"], needs=(_SLIMMING_RE,),
                 negatable=True,
                 applies=lambda check, ft: bool(check.pack.slimming_minors) and "minor_appeal" not in check.fired_rules(),
                 details=lambda check: {"sector": "minceur" if check.lang == "fr" else "slimming products",
                                        "reference": check.pack.slimming_minors}),
    # a paid promoter touting a crypto token in the US without the amount of what they were paid: Securities Act § 17(b)
    # asks for the consideration's nature, source and amount (SEC v. Kardashian, 2022); "#ad" tells it is paid, not how much
    # (stop 26: a share touted under its cashtag, "$QBIO is my top small-cap pick", is the security § 17(b) was written for:
    # the stock shown by the text itself, the cashtag beside it)
    # stop 29: coins or tokens as what one moves, sends or keeps ("how to move coins to your own wallet") name no token touted:
    # an exchange's walkthrough tells custody, not a security (``_CUSTODY_COINS``)
    _ContentRule("crypto_17b", None, _TOKEN_TOUT_RE, unless=(_COMPENSATION_AMOUNT_RE,),
                 keep=lambda check, ft, m: _CUSTODY_COINS.match(m.group()) is None,
                 applies=lambda check, ft: check.jurisdiction == "us" and check.rewarded is True and (
                     "crypto" in check.sectors or ("$" in ft and check.sectors.get("financial") is not None)
                     # stop 28: a share named by its market and ticker, the context saying "finance" or the text a security
                     or ("financial" in check.sectors and ("ticker" in ft or ": " in ft)))),
    # children told to buy the product or to get their parents to buy it (« demandez à papa et maman de vous
    # l'acheter », "ask your mum and dad to get it for you"): banned in any advertisement, whatever the product or the
    # label (directive 2005/29 annex I pt 28; C. consom. L121-7; DMCC Act 2024 Sch. 20; CARU Guidelines)
    _ContentRule("child_exhortation", "child", lambda pack: pack.content_re["child_exhortation"], negatable=True,
                 applies=lambda check, ft: "child_exhortation" in check.pack.content,
                 details=lambda check: {"reference": check.pack.content["child_exhortation"][1]}),
    # France: an ad for a processed food or a drink with added sugar, salt or sweeteners carries the health message
    # (« Pour votre santé, … » and www.mangerbouger.fr: C. santé publ. L2133-1, R2133-1 to R2133-3), whatever the medium; the
    # advertiser may instead pay the contribution L2133-1 al. 3 sets, which the author must then be told (the fix adds it)
    _ContentRule("food_health_message", "food", _FOOD_RE, fix="food_health",
                 negatable=True,
                 applies=lambda check, ft: (check.jurisdiction == "fr" and _FOOD_MESSAGE_RE.search(ft) is None
                                            and _food_ad(check, ft) and _ARTISAN_RE.search(ft) is None),
                 details=lambda check: {"reference": check.pack.content["food_health_message"][1]}),
    # UK: a food high in fat, sugar or salt advertised to children — spoken to ("Hey kids!"), set in their school day ("after
    # school", "tag your school mates"), a collectable for them — breaks CAP 15.18 (not directed at under-16s through the
    # context) and, with a promotion or a licensed character, CAP 15.14–15.15
    _ContentRule("food_children", "food", _FOOD_RE, needs=(_CHILD_DIRECTED_RE,), negatable=True,
                 applies=lambda check, ft: check.jurisdiction == "uk" and _food_ad(check, ft) and _NO_SUGAR_RE.search(ft) is None,
                 details=lambda check: {"reference": check.pack.content["food_children"][1]}),
    # US: a food ad spoken to children that likens a sweet food to fruit or vegetables or urges excess ("eat it all day"):
    # CARU Guidelines (no misleading nutrition claim, no excessive consumption); FTC Act § 5
    _ContentRule("food_children", "food", _FOOD_RE, needs=(_CHILD_DIRECTED_RE, _CHILD_FOOD_CLAIM_RE), negatable=True,
                 applies=lambda check, ft: check.jurisdiction == "us" and _food_ad(check, ft),
                 details=lambda check: {"reference": check.pack.content["food_children"][1]}),
    # misleading absolute claims (``packs.claims``), whatever the label: a result nothing can substantiate or one that makes a
    # cosmetic or a food a medicine (C. consom. L121-2 and L121-4 17°; CAP 3.7, 12.1, 15.6; FTC Act §§ 5 and 12, FD&C Act
    # § 201(g)(1)); a sector rule that already read the same claim (a supplement's disease, a therapeutic claim) says it
    _ContentRule("claim_efficacy", "claim_efficacy", lambda pack: pack.content_re["claim_efficacy"], negatable=True,
                 applies=lambda check, ft: not _CLAIM_SAID.intersection(check.fired_rules()),
                 keep=lambda check, ft, m: _licence_allows(check, ft, m),
                 details=lambda check: {"reference": check.pack.content["claim_efficacy"][1]}),
    # the disease named first, then the product said to have cured it ("I've battled eczema for 10 years and X's serum cured it
    # in 3 weeks", « mon psoriasis … ce baume l'a guéri »): the same claim to cure (C. consom. L121-4 17°; CAP 12.1 and 12.2;
    # FD&C Act § 201(g)(1); FTC Act § 5)
    _ContentRule("claim_efficacy", None, _CURED_IT_RE, negatable=True,
                 gate=_CURED_IT_WORDS,
                 applies=lambda check, ft: ("it" in ft or "them" in ft or "l'a" in ft or "les a" in ft)
                 and any(w in ft for w in _CURED_IT_WORDS) and _CURED_IT_CUE.search(ft) is not None and not _CLAIM_SAID.intersection(check.fired_rules())
                 and "claim_efficacy" not in check.fired_rules(),
                 keep=lambda check, ft, m: _licence_allows(check, ft, m),
                 details=lambda check: {"reference": check.pack.content["claim_efficacy"][1]}),
    # stop 29 (train21e/f): a first place on price or purity said of a whole market, with nothing to check it by, read in
    # the business's own post too (claims.PRICE_SUPERIORITY: CAP 3.7, 3.33; FTC Act § 5; C. consom. L121-2 and L122-1)
    _ContentRule("claim_efficacy", "claim_efficacy", _PRICE_SUPERIORITY_RE, negatable=True, business=True,
                 applies=lambda check, ft: "claim_efficacy" not in check.fired_rules() and _SOURCE.search(ft) is None,
                 details=lambda check: {"reference": check.pack.content["claim_efficacy"][1]}),
    # stop 30 (holdout21a): a disease cure claimed in the business's own post (a recruiting post's "best part of the job: …
    # reverses type 2 diabetes", a new hire's "it heals tendonitis in a week"): the same claim, whoever makes it
    _ContentRule("claim_efficacy", None, _DISEASE_CURE_RE, negatable=True, business=True,
                 gate=("cur", "revers", "heal", "eliminat", "gueri"),
                 applies=lambda check, ft: ("cur" in ft or "revers" in ft or "heal" in ft or "eliminat" in ft or "gueri" in ft)
                 and "claim_efficacy" not in check.fired_rules(),
                 keep=lambda check, ft, m: _licence_allows(check, ft, m),
                 details=lambda check: {"reference": check.pack.content["claim_efficacy"][1]}),
    _ContentRule("claim_efficacy", None, _OBJECTIVE_CLAIM_RE, negatable=True, business=True,
                 gate=("fda", "pay", "rentabilis", "banned", "restor", "parfaite"),
                 applies=lambda check, ft: ("fda" in ft or "pay" in ft or "rentabilis" in ft or "banned" in ft or "restor" in ft
                                            or "parfaite" in ft) and "claim_efficacy" not in check.fired_rules(),
                 details=lambda check: {"reference": check.pack.content["claim_efficacy"][1]}),
    # stop 29: a snack said to count as one of the five fruit and vegetables a day ("crisps count as one of your 5 a day",
    # « ces chips comptent comme une de vos 5 portions »): a health claim no authorised wording allows (règl. (CE)
    # 1924/2006 art. 10 ; CAP 15.1 and 15.2 ; FTC Act §§ 5 and 12)
    _ContentRule("claim_efficacy", None, _FIVE_A_DAY_RE, negatable=True,
                 gate=("a day", "a-day", "par jour", "portions"),
                 applies=lambda check, ft: ("a day" in ft or "a-day" in ft or "par jour" in ft or "portions" in ft)
                 and "claim_efficacy" not in check.fired_rules(),
                 details=lambda check: {"reference": _FIVE_A_DAY_LAW.get(check.jurisdiction, _FIVE_A_DAY_LAW["us"])}),
    # a health product, a procedure or money said to carry no risk at all (C. consom. L121-2 2°; CAP 3.1, 12.1; FTC Act § 5)
    _ContentRule("claim_safety", "claim_safety", lambda pack: pack.content_re["claim_safety"], needs=(_CLAIM_SUBJECT_RE,),
                 negatable=True, applies=lambda check, ft: not _SAFETY_SAID.intersection(check.fired_rules()),
                 details=lambda check: {"reference": check.pack.content["claim_safety"][1]}),
    # a sunscreen's banned claims (Recommendation 2006/647/EC pt 10; 21 CFR 201.327(g))
    _ContentRule("claim_sunscreen", "claim_sunscreen", lambda pack: pack.content_re["claim_sunscreen"], needs=(_SUN_RE,),
                 negatable=True, details=lambda check: {"reference": check.pack.content["claim_sunscreen"][1]}),
    # a generic environmental claim the post does not qualify (16 CFR 260.4, 260.5, 260.8; CAP 11.1, 11.3, 11.4 and the
    # CMA Green Claims Code; C. consom. L121-2, C. env. L541-9-1 and L229-68): its basis told anywhere in the post rules it out
    _ContentRule("claim_environmental", "claim_environmental", lambda pack: pack.content_re["claim_environmental"],
                 unless=(_GREEN_BASIS_RE,), negatable=True,
                 details=lambda check: {"reference": check.pack.content["claim_environmental"][1]}),
    # stop 28: a footprint "erased", a flight "guilt-free": absolute, whatever basis (offsets) the post gives
    _ContentRule("claim_environmental", None, _GREEN_ABSOLUTE_RE, negatable=True,
                 gate=("guilt", "footprint", "empreinte", "culpabilit", "impact", "emission", "greenest"),
                 applies=lambda check, ft: ("guilt" in ft or "footprint" in ft or "empreinte" in ft or "culpabilit" in ft
                                            or "impact" in ft or "emission" in ft or "greenest" in ft)
                 and "claim_environmental" not in check.fired_rules(),
                 details=lambda check: {"reference": check.pack.content["claim_environmental"][1]}),
    # stop 30 (holdout21c), France: a product or an offer said carbon neutral (« votre électricité devient neutre en carbone :
    # nous compensons 100 % des émissions »): since 27 September 2026 a claim that a product has a neutral impact on the
    # climate because emissions are offset is unfair in all circumstances (directive (UE) 2024/825, annexe I pt 4 quater,
    # C. consom. L121-4), and before it only with the footprint, the path of reduction and the offsets published (C. env.
    # L229-68, décret n° 2022-539): the offsets told are no basis
    _ContentRule("claim_environmental", None, _NEUTRAL_PRODUCT_RE, negatable=True,
                 gate=("neutre", "zero carbone", "compens"),
                 applies=lambda check, ft: check.jurisdiction == "fr" and ("neutre" in ft or "zero carbone" in ft or "compens" in ft)
                 and "claim_environmental" not in check.fired_rules(),
                 details=lambda check: {"reference": check.pack.content["claim_environmental"][1]}),
    # UK and EU: a tooth-whitening product over 0.1 % hydrogen peroxide (0.35 % carbamide peroxide) promoted to the public:
    # it may be supplied only to dentists, first used under their care, and over 6 % not at all (règl. 1223/2009 annex III
    # entry 12, retained in the UK; CAP 1.1): no label makes it lawful. A dentist's supervision told rules it out
    _ContentRule("whitening_peroxide", "peroxide", lambda pack: pack.content_re["whitening_peroxide"],
                 needs=(_WHITENING_RE,), unless=(_DENTIST_SUPERVISED_RE,),
                 applies=lambda check, ft: "whitening_peroxide" in check.pack.content,
                 keep=lambda check, ft, m: _peroxide_over_limit(ft, m),
                 details=lambda check: {"reference": check.pack.content["whitening_peroxide"][1]}),
    # crypto-assets said to be covered by a deposit guarantee (12 CFR 328 subpart B; FCA COBS 4.12A; C. consom. L121-2)
    _ContentRule("claim_deposit_insurance", "claim_deposit_insurance", lambda pack: pack.content_re["claim_deposit_insurance"],
                 needs=(_CRYPTO_RE,), negatable=True,
                 keep=lambda check, ft, m: _NOT_INSURED.search(ft, max(0, m.start() - 30), m.start()) is None,
                 details=lambda check: {"reference": check.pack.content["claim_deposit_insurance"][1]}),
)


def _gate_automaton():
    """One Aho-Corasick automaton of every content rule's gate strings (``_ContentRule.gate``), built once."""
    automaton = ahocorasick.Automaton()
    for rule in _CONTENT_RULES:
        for word in rule.gate or ():
            automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


_GATES = _gate_automaton()


def _gate_words(ft: str) -> set[str]:
    """The gate strings the folded text holds, found in one pass (the same answer as ``word in ft`` for each). A digit
    other than 0–9 (``\\d`` reads every decimal digit: ``earnings_claim``) counts as "0"."""
    found = {word for _, word in _GATES.iter(ft)} if ft else set()
    if not ft.isascii() and _DIGIT.search(ft) is not None:
        found.add("0")
    return found
_CLAUSE_END = re.compile(r"[.!?\n\x02]")


@lru_cache(maxsize=512)
def _brand_parts(brand: str | None) -> list[str]:
    """The advertisers a context's brand holds: one, or several written "A / B" (a post for two advertisers)."""
    return [p for p in re.split(r"[ \t]+/[ \t]+", brand) if p.strip()] if brand else []


def _names(run: str, brand: str) -> bool:
    """Does a handle or a run of names (folded) name the brand: its letters squeezed hold the brand's, or one of the
    brand's words of four letters or more ("@cafesmorin" for Cafés Morin, "@kodapet_us" for Koda Pet)?"""
    b = fold(brand).text
    squeezed = re.sub(r"[^a-z0-9]", "", run)
    whole = re.sub(r"[^a-z0-9]", "", b)
    if whole and whole in squeezed:
        return True
    return any(len(w) >= 4 and w in squeezed for w in re.findall(r"[a-z0-9]+", b))


#: the kinds of wording that label a post (quoted inside a sentence, they are only spoken of)
_LABEL_KINDS = frozenset(("commercial", "ambiguous", "relationship", "retouched", "virtual"))


#: the label's own vocabulary read as a promotional signal (owed.PROMO): spoken of when the post quotes the labels
_LABEL_TOPIC = re.compile(r"affiliat|sponsoris|#ad(?![a-z])|#pub(?![a-z])|publicite|collaboration commerciale|"
                          r"partenariat remunere|paid partnership|advert")


_TAG_LIST = r"(#[a-z]+(?:[ \t]*(?:,|and|or|et|ou|/)[ \t]*#[a-z]+)+)"
_LABELS_SPOKEN = re.compile(_TAG_LIST + r"[ \t]+(?:are|is|remain|were|sont|restent)(?![a-z])|"
                            r"(?<![a-z])(?:like|such as|comme|tels? que|e\.g\.)[ \t]+(#[a-z]+(?:[ \t]*(?:,|and|or|et|ou|/)[ \t]*#[a-z]+)*)")


def _quoted(text: str, start: int, end: int) -> bool:
    """Is [start, end) of the folded text a whole quotation ('"…"', or "'…'" hugging the word: not an apostrophe) with
    words before it: a word spoken of?"""
    before = text[:start].rstrip()
    if before.endswith('"'):
        return bool(before[:-1].strip()) and text[end:].lstrip().startswith('"')
    if text[start - 1:start] == "'" and not text[start - 2:start - 1].isalnum() and text[:start - 1].strip():
        return text[end:end + 1] == "'" and not text[end + 1:end + 2].isalnum()
    return False


def check_impl(text, network, lang=None, context=None) -> Result:
    return _Check(text, network, lang, context).run()


def is_fail(result: Result) -> bool:
    return result.verdict == FAIL

