"""Is the post a commercial communication for the brand? Asked before any mention is demanded.

A post is commercial when it promotes goods or services, a brand, an offer, a code or a link to a
shop (loi 2023-451 art. 1 "promouvoir … des biens, des services ou une cause quelconque";
16 CFR 255.0 "advertising message"; CAP Code 1.1 "marketing communications"). Recruiting,
personal-life, leaving, industry or regulatory news, public-interest and thank-you posts, and
posts about collective profit-sharing (intéressement, participation: a right of every employee,
not a consideration for one post) are not: they owe no commercial and no relationship mention.

Invariant: a promotional signal always wins over a non-commercial reason ("we're hiring — and
try our new app with code WELCOME10" is commercial). Patterns are over the folded text.
"""
from __future__ import annotations

import re


#: reason → pattern; the order is the order reasons are reported in
REASONS: dict[str, str] = {
    "recruiting": (
        r"on recrute|nous recrutons|je recrute|recrutement|recrute (?:un|une|des)|(?:we're|we are|we're now|now|"
        r"i'm|i am|team is|is) hiring|#hiring|#recrutement|#onrecrute|#jobs?|job (?:opening|offer|alert)|"
        r"open (?:roles?|positions?)|(?:postes?|offres?) (?:a pourvoir|d'emploi|ouverts?)|offre d'emploi|"
        r"(?:join|rejoindre|rejoignez|rejoins) (?:us|nous|our team|the team|l'equipe|notre equipe|mon equipe|"
        r"la team)|rejoignez-nous|postulez|postuler|apply (?:now|here|today|via|on)|candidatures?|"
        r"we're looking for|nous cherchons (?:un|une|des)|on cherche (?:un|une|des)|looking for (?:a|an) "
        r"(?:new )?(?:[a-z\-]+ )?(?:engineer|developer|designer|manager|intern|colleague)|"
        r"(?:cdi|cdd|alternance|alternant|stage|stagiaire|internship|intern) (?:a|en|au|in|at|base|based)|"
        r"on embauche|nous embauchons|we're growing (?:the|our) team|growing our team|hiring for|careers? page|"
        r"page carrieres?|(?:join|rejoindre|rejoins|rejoignez) @?[a-z0-9&\-]+ (?:as|in|at|comme|en tant que|a|en)|"
        r"(?:poste|role|position) (?:ouvert|open|disponible|available)|talent acquisition|#nowhiring|#wearehiring|"
        r"#jobopening|#emploi|#recrute|#job|#careers?"),
    "leaving": (
        r"pot de depart|dernier jour (?:chez|a|au|dans)|last day (?:at|with|in)|(?:je quitte|i'm leaving|"
        r"i am leaving|leaving) (?:[a-z0-9@&'\-]+ )?(?:after|apres)|farewell|au revoir (?:a|aux) (?:mes|toute)|"
        r"nouvelle aventure|new chapter|moving on|retraite|retirement|tournee d'adieux"),
    "thanks": (
        r"merci (?:a|aux) (?:mes|tous mes|toutes mes|toute l'equipe|l'equipe|mon equipe|nos equipes|"
        r"chacun|vous tous|tous ceux)|bravo (?:a|aux) (?:mes|toute l'equipe|l'equipe|nos equipes|tous)|"
        r"(?:thanks|thank you|shout[\s\-]?out|kudos|congrats|congratulations) (?:to )?(?:my|all my|the whole|"
        r"our|everyone|the team|team)|fier(?:e|\.e|s|es)? de (?:mes|mon equipe|notre equipe|nos equipes)|"
        r"proud of (?:my|our|the) (?:team|colleagues|coworkers)|(?:grateful|thankful) (?:to|for) (?:my|our|the|all|this) "
        r"(?:team|colleagues|coworkers|co-workers|crew|people|mentors?|managers?)|(?:huge|big|special) thanks to (?:my|our|"
        r"the|all|everyone|every|each) (?:team|colleagues|coworkers|co-workers|crew|people|mentors?|one)|"
        r"merci (?:infiniment |beaucoup )?(?:a|aux) (?:mes|nos) (?:collegues|equipes?|managers?|mentors?)|"
        r"merci (?:infiniment |beaucoup )?a (?:toute l'equipe|tous|toutes|chacune|chacun)|bravo (?:et merci )?(?:a|aux) "
        r"(?:mes|nos|toute|tous|l'equipe|l'ensemble)|hats off to (?:my|our|the) team|thank you (?:to )?(?:all|everyone|each) "
        r"(?:of you|who|for)"),
    "news": (
        r"(?:nouvelle|new) (?:reglementation|regulation|directive|loi|law|rule)|(?:decret|arrete|ordonnance|"
        r"regulation|directive) (?:n ?°? ?)?\d|(?:selon|d'apres|according to) (?:l'|la |le |les |une |an? |the )?"
        r"(?:etude|study|rapport|report|insee|ademe|anses|survey|barometre)|entre en vigueur|"
        r"comes? into (?:force|effect)|takes? effect|#veille|industry news|"
        r"tendances? du secteur|market update|le secteur (?:de|du|des)"),
    "public_interest": (
        r"don du sang|blood donation|donate blood|prevention|campagne de sensibilisation|sensibilisation|"
        r"awareness (?:day|week|month|campaign)|journee (?:mondiale|internationale|nationale)|"
        r"(?:world|international|national) [a-z\- ]{2,30} day|octobre rose|movember|mois sans tabac|"
        r"numero (?:vert|d'urgence)|helpline|(?:appelez|call) (?:le )?(?:15|112|911|999|3114)|"
        r"benevol(?:e|at|es)|volunteer(?:ing|s)?|collecte (?:de|alimentaire)|fundraiser|"
        r"association (?:caritative|solidaire)|charity|restos du coeur|securite routiere|road safety|depistage|"
        r"screening|vaccination|mental health|sante mentale|canicule|heatwave|don d'organes|organ donation|"
        r"recyclage|recycling|harcelement|bullying|suicide|prevention|sante publique|public health|"
        r"gestes qui sauvent|premiers secours|first aid|cpr|don de moelle|blood drive|food bank|banque alimentaire"),
    "profit_sharing": (
        r"interessement|participation aux (?:benefices|resultats)|prime de (?:partage|participation)|"
        r"epargne salariale|profit[\s\-]sharing|employee share (?:plan|scheme)|actionnariat salarie|"
        r"bonus (?:collectif|d'equipe)|team bonus|prime collective|pee|perco|plan d'epargne (?:entreprise|groupe)"),
    "personal": (
        r"(?:mon|ma|mes) (?:fils|fille|enfants?|bebe|mari|femme|conjoint|chien|chat|famille|parents?|"
        r"grand-mere|grand-pere|anniversaire|mariage|vacances|week-end|weekend|jardin|marathon|course|rando)|"
        r"(?:my|our) (?:son|daughter|kids?|children|baby|husband|wife|partner|dog|cat|family|parents|grandma|"
        r"grandpa|birthday|wedding|holiday|vacation|weekend|garden|marathon|run|hike)|"
        r"(?:j'ai couru|i ran|finished my first|termine mon premier|ma premiere|my first) (?:marathon|semi|"
        r"half|10 ?k|trail|triathlon)|throwback|souvenir de vacances|en famille|with my family"),
}

#: signals that the post promotes something: they make it commercial whatever the reasons
_NOT_PRODUCT = (r"(?! (?:mon |ma |mes |my |our |notre |nos |the |l'|this |these |ces |cette )?(?:equipe|team|collegues|"
                r"colleagues|coworkers|co-workers|job|travail|work|boulot|metier|boss|manager|people|gens|clients|"
                r"customers|community|communaute))")
PROMO = (
    r"(?:code|coupon) (?:promo(?:tionnel)? |de reduction |discount |partenaire )?[a-z]*\d+[a-z0-9]*|"
    r"(?:mon|my|le|the|avec le|with|use|utilise|utilisez|with my|avec mon) code|promo ?code|code promo|"
    r"discount|reduction|remise|soldes|"
    r"(?:en|on) (?:promo|promotion|sale)|black friday|bon plan|"
    r"offre (?:speciale|exclusive|de lancement|limitee|promotionnelle|decouverte|d'essai|de bienvenue)|"
    r"(?:special|exclusive|limited|launch|introductory|welcome) offer|free trial|essai gratuit|"
    r"(?:achetez|acheter|commandez|commander|reservez|abonnez-vous|buy|shop|order) (?:le|la|les|votre|ton|ta|tes|vos|"
    r"it|yours|now|today|here|the|your|one|des|maintenant|sur|on|at|chez)|(?:grab|get) yours|"
    r"en vente|on sale|available (?:now|at|in stores|on|from)|disponibles? (?:des|chez|en magasin|sur|"
    r"maintenant|aujourd'hui)|now available|(?:is|are) out(?![a-z])|(?:is|are) now out|out now(?![a-z])|link in (?:my )?bio|lien en bio|"
    r"lien (?:dans|en) (?:ma )?bio|swipe up|"
    r"(?:j'adore|i love|loving|obsessed|je recommande|je vous recommande|je vous la recommande|"
    r"je vous le recommande|i recommend|i highly recommend|highly recommend|can't live without|coup de coeur)"
    + _NOT_PRODUCT + r"|"
    r"(?:decouvrez|discover|check out|testez|essayez|craquez|foncez|go get)(?![a-z])|"
    r"(?:try|tried|testing|teste|j'ai teste|je teste) (?:it|them|the|our|this|these|out|now|le|la|les|ce|cette|ces|"
    r"notre|nos|leur|leurs)|"
    r"(?:notre|nos|our|leur|leurs|their) (?:nouvelle?s? |nouveaux? |new |latest |dernier |derniere )?(?:offres?|"
    r"produits?|products?|app|appli|application|gamme|range|collection|boutique|store|shop|abonnements?|"
    r"subscriptions?|logiciel|software|plateforme|platform|formule|menu|carte|modele|model|serum|creme|cream|"
    r"casque|headphones|forfait|plan|outil|tool)(?![a-z])|"
    r"(?:notre|nos|our) (?:nouvelle?s?|nouveaux?|new|latest|dernier|derniere|brand new) [a-z]|"
    r"(?:nouveau|nouvelle|nouveaux|nouvelles|new) (?:produit|product|gamme|range|collection|appli|app|"
    r"application|modele|model|formule|saveur|flavou?r|parfum|fragrance|serum|creme|cream|casque|headphones|"
    r"forfait|offre|offer|service)|"
    r"(?:we|nous|on) (?:just |vient de |viens de )?(?:launch(?:ed)?|lanc(?:e|ons)|sort(?:ons)?|release[ds]?)|"
    r"(?:lance|lancent|lancons|launch(?:es|ed|ing)?|sort|sortent|unveil(?:s|ed)?|devoile|devoilent|released?|"
    r"shipped|ships) (?:des|un|une|sa|son|ses|le|la|les|notre|nos|leur|leurs|a|an|the|its|their|our|new|"
    r"nouveaux?|nouvelles?|[a-z]+s(?= [!.,]| ?$))(?! (?:job|jobs|role|roles|poste|postes|offre d'emploi|"
    r"recrutement|recruiting|hiring|rapport|report|study|etude)(?![a-z]))|"
    r"check (?:them|it|this|these|those) out|"
    r"(?:opens?|ouvre|ouvrent|opening|ouverture|inaugure|inaugurons)(?<!job opening) (?:in|a|au|en|its|ses|sa|son|this|"
    r"ce|cette|today|demain|tomorrow|le|la|les|our|notre|nos|new|nouveau|nouvelle|ses portes|its doors|[0-9])|"
    r"(?:lancement|launch) (?:de|du|of|de la|des)|"
    r"https?://\S*(?:shop|store|boutique|product|produit|ref=|utm_|promo|offer|deal|aff)|"
    r"affiliat|sponsori|#ad(?![a-z])|#pub(?![a-z])|publicite|collaboration commerciale|partenariat remunere|"
    r"paid partnership|advert"
)
#: prices and discounts (no literal start: searched on their own, quickly, by their first character)
_NOT_PAY = r"(?![\d.,]*k)(?! ?(?:-|to|a) ?[€$£]?\d)(?! ?(?:a year|per year|/yr|/year|annually|per hour|/hour|an hour|brut|net|par an|/an|k))"
PRICE = (r"[€$£] ?\d++(?:[.,]\d+)*+" + _NOT_PAY + r"|(?<![\d.,])\d++(?:[.,]\d+)*+ ?(?:€|euros?)" + _NOT_PAY + r"|"
         r"-\d+ ?%|\d+ ?% (?:off|de reduction|de remise|offerts?)")

#: a personal code ("use my code ZEST20", "mon code LEA10"): a commission or reward is implied
CODE_RE = re.compile(r"(?<![a-z0-9])(?:(?:mon|my|with my|avec mon|use|utilise|utilisez|using) code|code (?:promo )?"
                     r"[a-z]*\d+[a-z0-9]*|promo ?code|code promo)")
PRICE_RE = re.compile(PRICE)

#: the text itself says the author gets something for the post or for what it brings in (points, a bonus,
#: a commission, a referral reward): a consideration, whatever the context says (loi 2023-451 art. 1 "à titre
#: onéreux"; 16 CFR 255.5; CAP 2.1)
REWARD_RE = re.compile(
    r"(?<![a-z0-9])(?:"
    r"(?:je|j'en|on|nous) (?:gagne|gagnons|touche|touchons|recois|recevons|cumule|empoche)(?:rai|rons)? "
    r"(?:des points|des \d+ points|\d+ points|une prime|des primes|une commission|des commissions|un bonus|un pourcentage|"
    r"une remuneration|une recompense|des recompenses|des cadeaux|\d+ ?(?:€|euros?))|"
    r"(?:prime|commission|bonus|points|recompense|cadeau|pourcentage) (?:pour|par|sur|a) (?:chaque|ce|cette|vos|tes|tout|toute|"
    r"votre|ton|ta) (?:post|publication|partage|inscription|achat|vente|commande|parrainage|filleul|abonnement|"
    r"souscription)|(?:lien|code) de parrainage|(?:mon|ton|votre) parrainage|programme (?:d'|des )?ambassadeurs?|"
    r"i (?:earn|get|receive|make|collect|rack up)(?: a few)? (?:points|a bonus|bonuses|a commission|commissions|a reward|rewards|"
    r"a cut|a percentage|a referral (?:fee|bonus)|[$£€] ?\d+)|"
    r"(?:bonus|commission|reward|points|kickback|referral fee) (?:for|on|per) (?:every|each|this|your|any) (?:post|share|"
    r"sign[\s\-]?up|signup|purchase|sale|order|referral|subscription)|referral (?:link|code|bonus|program(?:me)?)|"
    r"ambassador program(?:me)?|(?:get|gets|got|getting) (?:paid|rewarded|points) (?:for|when|if)"
    r")")
#: every alternative of REWARD_RE holds one of these: most texts are ruled out without the regex
REWARD_WORDS = ("point", "prime", "commission", "bonus", "pourcentage", "remunera", "recompense", "cadeau", "€", "euro",
                "parrain", "ambassad", "reward", "cut", "percentage", "referral", "kickback", "$", "£", "paid")


_REWARD_REACH = 140   # longer than any match of REWARD_RE: one around each trigger word finds them all


def states_reward(folded: str) -> bool:
    """Does the (folded) text say its author gets something for the post or what it brings in?
    Every match holds a trigger word: only the stretches around those words are searched."""
    search = REWARD_RE.search
    for w in REWARD_WORDS:
        i = folded.find(w)
        while i >= 0:
            if search(folded, max(0, i - _REWARD_REACH), i + len(w) + _REWARD_REACH) is not None:
                return True
            i = folded.find(w, i + 1)
    return False
