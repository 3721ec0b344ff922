"""Is the post a commercial communication for the brand? Asked before any mention is demanded.

A post is commercial when it promotes goods or services, a brand, an offer, a code or a link to a
shop (loi 2023-451 art. 1 "promouvoir … des biens, des services ou une cause quelconque";
16 CFR 255.0 "advertising message"; CAP Code 1.1 "marketing communications"). Recruiting,
personal-life, leaving, industry or regulatory news, public-interest and thank-you posts, and
posts about collective profit-sharing (intéressement, participation: a right of every employee,
not a consideration for one post) are not: they owe no commercial and no relationship mention.

Cues are weighed, not counted (C. consom. L121-1 and art. 1 loi 2023-451 ask what the communication
promotes; 16 CFR 255.0 "advertising message"; CAP 1.1): a strong promotional signal (``PROMO``: an offer,
a code, a shop link, a call to buy, a launch, the price of the brand's product, praise aimed at the
brand's products) always wins over a stated non-commercial purpose ("we're hiring — and try our new app
with code WELCOME10" is commercial); a weak cue (``HINT``, a consumer's phrase about something else, an
amount in news) gives way to a strong purpose (``STRONG_REASONS``: a job ad, news, a collective bonus, a
public-interest message, a leaving post, a post that says it is not about the products). Patterns are
over the folded text.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .normalize import INVISIBLE_CHARS
from .trie import WordStartSearch, found_test, trie_regex


_MONTHS = (r"(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|"
           r"april|may|june|july|august|september|october|november|december)(?![a-z])")

#: "my friends at X", « mes potes de chez X »: a brand's people called friends, a connection the words leave unclear
#: (16 CFR 255.5: the connection must be clear; C. consom. L121-4 22°) — thanks to them are no thanks to one's team
_FRIENDS_AT = (r"(?! (?:[a-z\-]+ )?(?:friends?|pals?|buddies|mates|fam|besties|amis?|amies?|potes?|copains?|copines?) "
               r"(?:at|@|over at|de chez|chez)(?![a-z]))")

#: "thanks to our sponsor X", « merci à nos partenaires »: the sponsor thanked is the post's advertiser named, a sponsored
#: post's own (weak) label, not thanks to one's team: a paid post is not excused by it (16 CFR 255.5; FTC Disclosures 101:
#: up front, not at the end; CAP 2.1; loi 2023-451 art. 5)
_NOT_SPONSOR = (r"(?! (?:[a-z\-]+ )?(?:sponsors?|sponsoring|partners?|partenaires?|brand partners?|paid partners?|mecenes?|"
                r"annonceurs?|advertisers?)(?![a-z]))")

#: reason → pattern; the order is the order reasons are reported in
REASONS: dict[str, str] = {
    "recruiting": (
        r"on recrute|nous recrutons|je recrute|recrutement|recrute (?:un|une|des)|(?:we're|we are|we're now|now|"
        r"i'm|i am|team is|is) hiring|#hiring|#recrutement|#onrecrute|#jobs?|job (?:opening|offer|alert)|"
        r"open (?:roles?|positions?)|(?:postes?|offres?) (?:a pourvoir|d'emploi|ouverts?)|offre d'emploi|"
        r"(?:join|rejoindre|rejoignez|rejoins) (?:us|nous|our team|the team|l'equipe|notre equipe|mon equipe|"
        r"la team)|rejoignez-nous|postulez|postuler|apply (?:now|here|today|via|on)|candidatures?|"
        r"we're looking for|nous cherchons (?:un|une|des)|on cherche (?:un|une|des)|looking for (?:a|an) "
        r"(?:new )?(?:[a-z\-]+ )?(?:engineer|developer|designer|manager|intern|colleague|trainee|solicitor|lawyer|paralegal|"
        r"accountant|analyst|consultant|nurse|teacher|driver|chef|technician|assistant|coordinator|officer|specialist|associate|"
        r"apprentice|graduate|barista|cashier|electrician|carer|receptionist|architect|scientist|researcher|"
        r"head of [a-z]+)s?(?![a-z])|"
        # a vacancy in plain words: "we're recruiting", "2026 intake", "September intake"
        r"(?:we're|we are|we're now|now|currently|is|are) recruiting(?![a-z])|(?:20\d\d|september|january|autumn|spring|fall|summer) "
        r"(?:20\d\d )?intake(?![a-z])|"
        r"(?:cdi|cdd|alternance|alternant|stage|stagiaire|internship|intern) (?:a|en|au|in|at|base|based)|"
        r"recrute \d+|(?:cherche|cherchons|recherche|recrute) (?:deux|trois|quatre|cinq|\d+)|cooptation|on manque de bras|(?:cherche|cherchons|recherche|recherchons) (?:son|sa|ses|notre|nos|un|une|des|son/sa|son sa|ses)? ?(?:futur|future|futurs|futures|prochain|prochaine|nouveau|nouvelle|nouveaux|nouvelles)|(?:en|un|des) (?:cdi|cdd)(?![a-z])|(?:staffing|scaling|building) up (?:its|our|the|my)|taking on \d+|(?:graduate|apprenticeship|internship) (?:scheme|programme|program)|apprentices(?![a-z])|applications? (?:close|open)|transmettre (?:vos|ton|votre|les) cv|(?:send|envoyez|envoie) (?:me |moi )?(?:your|vos|ton|votre) (?:cv|resume)|"
        r"(?:ouvre|ouvrons|ouvrent|open|opens|opening|opened) (?:\d+|deux|trois|quatre|cinq|six|dix|des|de nouveaux|new|several|"
        r"two|three|four|five|ten) (?:[a-z\-]+ )?(?:postes|poste|roles|role|positions|position|jobs|vacancies|places en "
        r"(?:alternance|stage))(?![a-z])|on embauche|nous embauchons|we're growing (?:the|our) team|growing our team|hiring for|careers? page|"
        r"page carrieres?|(?:join|rejoindre|rejoins|rejoignez) @?[a-z0-9&\-]+ (?:as|in|at|comme|en tant que|a|en)|"
        r"(?:poste|role|position) (?:ouvert|open|disponible|available)|talent acquisition|#nowhiring|#wearehiring|"
        # the vacancies said open after their count ("3 graduate roles open", « 2 postes d'alternance ouverts »)
        r"(?:roles|positions|vacancies|postes) (?:open|available|to fill|ouverts|disponibles|a pourvoir)(?![a-z])|"
        r"#jobopening|#emploi|#recrute|#job|#careers?|"
        # a hire the author's referral leads to (« si la personne est embauchée », "if someone I recommend gets hired")
        r"(?:gets?|is|are|getting) hired|(?:est|soit|sont|soient) (?:embauchee?s?|recrutee?s?)|prime de cooptation|"
        r"(?:we|nous) (?:need|are looking for|cherchons|avons besoin d')(?: [a-z0-9\-]+){0,2} (?:engineers?|developers?|designers?|"
        r"staff|team members|vendeu(?:r|se)s?|equipiers?|equipieres?|caissier(?:e|s|es)?|"
        r"drivers?|nurses?|technicians?|electricians?|welders?|chefs?|ingenieure?s?|developpeu(?:r|se)s?|techniciens?|"
        r"infirmier(?:e|s|es)?|chauffeurs?|conducteurs?|cuisiniers?)(?![a-z])"),
    "leaving": (
        r"pot de depart|dernier jour (?:chez|a|au|dans)|last day (?:at|with|in)|(?:je quitte|i'm leaving|"
        r"i am leaving|leaving) (?:[a-z0-9@&'\-]+ )?(?:after|apres)|farewell|au revoir (?:a|aux) (?:mes|toute)|"
        r"nouvelle aventure|new chapter|moving on|retraite|retirement|tournee d'adieux|(?:rendu|rends|returned|handed in) mon badge|(?:rendu|rends) (?:mon|ma) (?:badge|ordinateur|pc)|(?:handed|turned) in my (?:badge|laptop)|leaving do|prochaine etape annoncee|next step(?:s)? (?:announced|soon)|(?:conge|leave) (?:maternite|paternite|parental|maternity|paternity)|(?:maternity|paternity|parental) leave|"
        # the last week or days at the job (« ma dernière semaine chez X », "my last week at X"): a leaving post
        r"(?:ma|mes) (?:derniere semaine|derniers jours) (?:chez|a|au|dans|avec)|my (?:last|final) (?:week|days|shift) (?:at|with|in)(?![a-z])"),
    # a step of the author's career: a work anniversary, a promotion, a new role (the post is about the job)
    "career": (
        # a talk, a panel, a keynote the author gives (« je serai sur la scène de X », « j'interviens au Y », "I'll be speaking
        # at Z", "come say hi after my talk"): the author's work shown to peers, nothing offered (loi 2023-451 art. 1
        # « promouvoir des biens, des services »; 16 CFR 255.0 "advertising message"; CAP 1.1)
        r"(?:je serai|je monte|on sera|nous serons) sur (?:la|une) scene|(?:j'interviens|j'interviendrai|je parlerai|je parle) (?:au|a la|"
        r"a l'|aux|lors d|pendant|sur la scene|demain|lundi|mardi|mercredi|jeudi|vendredi|samedi)|(?:je donne|je donnerai|"
        r"je presenterai|j'anime|j'animerai) (?:un talk|une conference|une keynote|une table ronde|un panel)|"
        r"(?:mon|ma) (?:talk|keynote|conference|table ronde)(?![a-z])|(?:apres|avant) (?:le|mon|ce) talk(?![a-z])|"
        r"(?:i'll|i will|i'm|i am) (?:be )?(?:speaking|giving a talk|on stage|on a panel|keynoting)(?![a-z])|"
        r"(?:my|our) (?:talk|keynote|panel) (?:at|on|about|is|tomorrow|today)(?![a-z])|"
        # the talk announced without its subject ("Speaking at Open Banking Expo next week about …", « Je parle au salon X
        # jeudi »): a date follows the event named
        r"(?:speaking|presenting|on a panel|on stage) (?:at|@) (?:[a-z0-9&'\-]+ ){1,6}(?:next|this|tomorrow|today|on|in)(?![a-z])|"
        r"(?:after|before) (?:the|my) (?:talk|keynote|panel)(?![a-z])|"
        # a new job (« je rejoins l'équipe produit de X », "today I'm joining X", « premier jour chez X »)
        r"(?:je rejoins|i'm joining|i am joining|i've joined|i have joined|i joined|today i join) (?:officiellement |officially |"
        r"aujourd'hui |today )?(?:l'equipe|la team|les equipes|the [a-z\-]+ team|[a-z0-9&'\-]+(?: [a-z0-9&'\-]+)? (?:team|as))|"
        r"(?:premier|1er) jour (?:chez|a|au|dans)|(?:first|1st) day (?:at|with|in)(?![a-z])|(?:nouveau|new) (?:job|poste|role)(?![a-z])|"
        r"(?:years?|yrs) (?:at|with) (?!the )(?:[a-z0-9@&'\-]+ ){0,3}(?:today|this week|this month|yesterday|and counting|"
        r"already|now)(?![a-z])|work(?:iversary| anniversary)|anniversaire (?:d'entree|professionnel)|"
        # the years counted ("today marks 5 years at X", "celebrating ten years with X", « je fête mes 10 ans chez X ») and a
        # transfer inside the company ("I'm transferring to our Denver store", « je suis mutée à Lyon »): the job's own steps
        r"(?:marks|marking|celebrating|celebrate|hit|hits|hitting) (?:my )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|"
        r"ten|fifteen|twenty)(?:th)? (?:years?|yrs) (?:at|with|of)(?![a-z])|(?:fete|fetes|souffle) (?:mes|ses) (?:\d+|dix|cinq|vingt) ans "
        r"(?:chez|au sein d)|(?:i'm|i am|i'll be|i will be|i've been|i have been|i'm being|i am being) (?:transferring|"
        r"transferred|relocating|relocated) to(?![a-z])|(?:je suis|j'ai ete|je serai) mutee? (?:a|au|dans|vers)(?![a-z])|"
        r"ans (?:chez|au sein de) (?:[a-z0-9@&'\-]+ ){0,3}(?:aujourd'hui|cette semaine|ce mois|deja)(?![a-z])|"
        r"(?:i've been|i was|i got|just got) promoted|(?:i'm|i am) (?:thrilled|excited|happy|proud) to (?:announce|share) "
        r"(?:that )?(?:i'm|i am|i've) (?:starting|joining|taking on|stepping into)|starting a new (?:position|role|job)|"
        r"(?:j'ai ete|je viens d'etre) promue?|je prends (?:un nouveau poste|de nouvelles fonctions)|nouveau poste|new role as|"
        # a doctorate defended (« thèse soutenue ! », "I defended my PhD"): a step of the author's research career, the
        # employer thanked (a CIFRE host) sells nothing by it (loi 2023-451 art. 1; 16 CFR 255.0; CAP 1.1)
        r"(?:these|doctorat|phd) (?:enfin )?soutenue?|soutenu (?:ma|sa) these|soutenance de (?:ma |sa )?these|"
        r"defended (?:my|her|his|their) (?:phd|thesis|dissertation|doctorate)|(?:phd|thesis|viva) (?:defen[cs]e )?(?:passed|done|defended)|"
        # a qualification the author passed (« j'ai enfin passé ma certification », "I finally passed my exam")
        # what years in the job taught the author (« ce que 5 ans chez X m'ont appris », "what 3 years at X taught me",
        # "lessons learned"): a reflection on the trade, the post sells nothing (loi 2023-451 art. 1; 16 CFR 255.0; CAP 1.1)
        r"ce que (?:[a-z0-9\-]+ ){0,3}(?:ans|annees|mois) (?:chez|a|au|dans|en|avec|de) (?:[a-z0-9@&'\-]+ ){0,4}"
        r"(?:m'ont|m'a|nous ont) (?:appris|enseigne)|what (?:[a-z0-9\-]+ ){0,3}(?:years?|months) (?:at|with|in|of) "
        r"(?:[a-z0-9@&'\-]+ ){0,4}(?:taught|have taught|has taught) (?:me|us)|lessons? (?:i've |i have |i |we've |we )?"
        r"learn(?:ed|t)(?![a-z])|(?:lecons|enseignements) (?:tirees?|tires|apprises?)(?![a-z])|"
        # how the author got into the trade ("how I got into product marketing", "I took a pay cut to switch", « ma
        # reconversion », « comment je suis devenue UX designer »): career advice, the employer named in passing
        r"how i (?:got|broke|switched|moved|transitioned) into (?:[a-z\-]+ ){0,2}[a-z\-]+|(?:took|take|taking) a pay cut|"
        r"career (?:switch|change|changer|pivot)|how i became (?:a|an) |break into (?:tech|the industry|the field|[a-z\-]+ing)|"
        r"ma reconversion|reconversion professionnelle|comment (?:je suis|j'ai) (?:devenue?|atterrie?|entree?|bascule) |"
        r"(?:j'ai|je viens d') (?:enfin |finalement )?(?:passe|obtenu|valide|decroche|reussi) (?:ma|mon) (?:[a-z\-]+ )?(?:certification|"
        r"diplome|examen|titre|master|licence|bts|cap|habilitation)|(?:i|i've|i have|just) (?:finally |just )?(?:passed|earned|"
        r"got|completed|finished) my (?:[a-z\-]+ )?(?:certification|certificate|degree|exam|diploma|qualification|accreditation)"),
    "thanks": (
        r"merci (?:a|aux) (?:mes|tous mes|toutes mes|toute l'equipe|l'equipe|mon equipe|nos equipes|"
        r"chacun|vous tous|tous ceux)" + _FRIENDS_AT + _NOT_SPONSOR + r"|bravo (?:a|aux) (?:mes|toute l'equipe|l'equipe|nos equipes|tous)|"
        r"(?:thanks|thank you|thank-you|shout[\s\-]?out|kudos|congrats|congratulations|well done|big up|props) (?:to )?(?:the |our |my )(?:[a-z0-9&'\-]+ ){1,4}(?:team|teams|crew|colleagues|coworkers|co-workers|staff|folks|squad)(?![a-z])|"
        r"merci (?:a|aux) (?:l'equipe|les equipes|toute l'equipe|nos|mes)" + _NOT_SPONSOR + r" (?:[a-z0-9&'\-]+ ){0,4}(?:qui|pour)(?![a-z])|"
        r"(?:thanks|thank you|shout[\s\-]?out|kudos|congrats|congratulations|well done|big up|props) (?:to )?(?:my|all my|the whole|"
        r"our|everyone|the team|team)" + _FRIENDS_AT + _NOT_SPONSOR + r"|fier(?:e|\.e|s|es)? de (?:mes|mon equipe|notre equipe|nos equipes)|"
        r"proud of (?:my|our|the) (?:team|colleagues|coworkers)|(?:grateful|thankful) (?:to|for) (?:my|our|the|all|this) "
        r"(?:team|colleagues|coworkers|co-workers|crew|people|mentors?|managers?)|(?:huge|big|special) thanks to (?:my|our|"
        r"the|all|everyone|every|each) (?:team|colleagues|coworkers|co-workers|crew|people|mentors?|one)|"
        r"merci (?:infiniment |beaucoup )?(?:a|aux) (?:mes|nos) (?:collegues|equipes?|managers?|mentors?)|"
        r"merci (?:infiniment |beaucoup )?a (?:toute l'equipe|tous|toutes|chacune|chacun)|bravo (?:et merci )?(?:a|aux) "
        r"(?:mes|nos|toute|tous|l'equipe|l'ensemble)|hats off to (?:my|our|the) team|thank you (?:to )?(?:all|everyone|each) "
        r"(?:of you|who|for)"),
    "news": (
        # a public act named with what happens to it, in any words between: « le décret sur X est paru », "the
        # FCA's new rules on X were published", « la réforme du CPF »: the author reports the State's act
        r"(?:decret|arrete|ordonnance|loi|reforme|directive|reglement|reglementation|circulaire|regulation|rules|bill|act|"
        r"law|reform|price cap|plafond|norme|guidance|consultation|calendrier|echeancier|timeline|obligations?)(?: [a-z0-9'\-]+){0,8},? (?:est |a ete |sont |ont ete |is |are |"
        r"was |were |has been |have been |vient d'etre |just )?(?:paru|parue|parus|publiee?s?|adoptee?s?|votee?s?|promulguee?s?|"
        r"signee?s?|out|published|adopted|passed|signed|enacted|finali[sz]ed|confirmed|approved|in force|en vigueur|"
        r"confirmee?s?|fixee?s?|reportee?s?|repoussee?s?|delayed|postponed)(?![a-z])|"
        # a directive to transpose, a text that comes into application (« la directive … doit être transposée d'ici le 20
        # novembre 2025 », "must be transposed by", « entre en application le ») : the State's act reported (CAP 1.1)
        r"(?:doit|devra|doivent|devront) etre transposee?s?|(?:must|to) be transposed|transposition (?:de la|des|d'une|of the)|"
        r"(?:entre|entrent|entrera|entreront) en application(?![a-z])|"
                # a text said out in the State's own gazette, whatever its title's length (« le décret fixant les nouveaux tarifs de
        # rachat de l'électricité photovoltaïque est paru ce matin au Journal officiel », "published in the Federal
        # Register"): the State's act reported (loi 2023-451 art. 1; CAP 1.1)
        r"(?:paru|parue|parus|parues|publiee?s?|published|printed|out)(?: [a-z]+){0,3}? (?:au|in the|dans le) (?:journal officiel|"
        r"jorf|federal register|official journal|gazette officielle)(?![a-z])|"
        # a duty the State lays on everyone ("toutes les entreprises devront…", "all employers must…") and a
        # regulator's own guidance named ("the FCA's finfluencer guidance"): the author reports the rule (loi
        # 2023-451 art. 1 asks what is promoted; CAP 1.1: news and regulatory comment are no marketing)
        r"(?:toutes les|tous les|all|every) (?:entreprises|societes|companies|businesses|firms|employers|employeurs|particuliers|"
        r"households|menages|vendeurs|sellers|landlords|bailleurs)(?: [a-z'\-]+){0,3} (?:devront|doivent|must|will have to|"
        r"will need to|need to)(?![a-z])|"
        r"(?:fca|asa|cma|amf|arpp|dgccrf|ftc|sec|anj|cnil|arcom|ofcom|acpr|esma|ico|mhra|fda|finra|cftc|pra|"
        r"gambling commission)(?:'s|')? (?:[a-z\-]+ ){0,2}"
        # its rulings, consultations and statements too ("the ASA's latest rulings", "the FCA's consultation papers", "the
        # SEC's staff statement", « la consultation de l'AMF »): the regulator's acts reported, no product promoted
        r"(?:guidance|guidelines|rules?|rulings?|adjudications?|consultations?|consultation papers?|discussion papers?|"
        r"policy statements?|staff statements?|recommandations|lignes directrices|doctrine|fg ?\d+|cp ?\d+)(?![a-z])|"
        # the same acts said published ("the FCA has published its consultation on …", « l'AMF a publié ses lignes
        # directrices »): the regulator's paper reported, whoever shares it, no product promoted (CAP 1.1; loi 2023-451 art. 1)
        r"(?:fca|asa|cma|amf|l'amf|arpp|l'arpp|dgccrf|ftc|sec|anj|l'anj|cnil|arcom|l'arcom|ofcom|acpr|l'acpr|esma|ico|mhra|fda|"
        r"finra|cftc|pra|gambling commission) (?:has |have |just |a |vient d'|vient de )?(?:published|publishes|released|releases|"
        r"issued|issues|opened|opens|publie|publier|lance|lancer|ouvert|ouvre) (?:its|their|a|an|the|new|sa|ses|une|un|de "
        r"nouvelles|la|le|les)(?: [a-z\-]+){0,2} (?:consultations?|consultation papers?|discussion papers?|guidance|guidelines|"
        r"policy statements?|recommandations|lignes directrices)(?![a-z])|"
        # its published findings (« la DGCCRF vient de publier le bilan de ses contrôles », "the ASA released its findings on",
        # "the FTC published the results of its sweep"): the regulator's work reported, no product promoted (loi 2023-451
        # art. 1; CAP 1.1; 16 CFR 255.0)
        r"(?:fca|asa|cma|amf|arpp|l'arpp|dgccrf|ftc|sec|anj|l'anj|cnil|arcom|l'arcom|ofcom|acpr|l'acpr|esma|ico|mhra|fda|finra|cftc|pra|"
        r"ansm|l'ansm|gambling commission|cpsc|cfpb)(?:'s|')? (?:[a-z']+ ){0,3}(?:publie|publier|publiait|published|publishes|publish|"
        r"released?|releases|issued|issues|put out|puts out|sorti|sort|devoile|unveiled)(?: [a-z0-9'\-]+){0,4}? (?:bilan|rapport|report|"
        r"findings|results|resultats|enquete|investigation|sweep|controles|audit|review|study|etude|survey|barometre|"
        # a regulator's consultation or policy paper put out (CAP 1.1: regulatory comment is no marketing)
        r"consultation|consultation paper|discussion paper|policy statement|call for evidence|guidance|proposals|"
        r"data|donnees|chiffres|figures|statistics|statistiques)(?![a-z])|"
        r"bilan (?:annuel )?(?:de ses|des|de leurs) (?:controles|enquetes|investigations|inspections)(?![a-z])|"
        r"(?:consultation|decision|deliberation|recommandation)s? (?:de l'|de la |du )(?:amf|arpp|dgccrf|anj|cnil|arcom|acpr|"
        r"ansm|autorite)(?![a-z])|"
        r"(?:reforme|reform) (?:du|de la|des|de l'|of the|to the|of|to)(?![a-z])|"
        # a public consultation's deadline, a reform's postponement (« le report de la facturation électronique à
        # septembre 2026 », "the consultation closes on Friday"): the State's calendar reported
        r"(?:consultation|call for evidence|appel a contributions?|enquete publique)(?: [a-z0-9'\-]+){0,6} (?:closes|ends|se termine|"
        r"ferme|cloture|se clot)(?![a-z])|"
        r"report (?:de|du|des|de la|de l')(?: [a-z'\-]+){1,6} (?:a|au|en|jusqu'en|jusqu'a) (?:\d+ )?(?:" + _MONTHS + r"|20\d{2})(?![a-z0-9])|"
        # a public consultation answered ("our response to the disposables consultation", « notre contribution à la
        # consultation »): the author's part in rule-making, no product offered (CAP 1.1; loi 2023-451 art. 1)
        r"(?:response|responses|reponse|reponses|contribution|submission) (?:to|a) (?:the |la |le |l'|cette |this )?(?:[a-z\-]+ ){0,3}"
        r"consultation(?![a-z])|"
        r"(?:nouvelle|new) (?:reglementation|regulation|directive|loi|law|rule)|(?:decret|arrete|ordonnance|"
        r"regulation|directive) (?:n ?°? ?)?\d+|(?:selon|d'apres|according to) (?:l'|la |le |les |une |an? |the )?"
        r"(?:etude|study|rapport|report|insee|ademe|anses|survey|barometre)|entre en vigueur|"
        r"comes? into (?:force|effect)|takes? effect|#veille|industry news|comes? in (?:next|this|from|on)(?![a-z])|"
        r"price cap|plafond (?:des|du|de)|entree en vigueur|(?:apply|applies|applied) from|s'appliquen?t? (?:a partir|des|au|le)|"
        r"(?:nouveau|nouvel|nouvelle|new) (?:decret|arrete|loi|law|act|reglement|cahier des charges|norme|standard)(?![a-z])|"
        r"bilan (?:carbone|rse|extra-financier)|rapport (?:rse|extra-financier|d'impact|"
        r"de durabilite)|(?:impact|sustainability|esg|csr|diversity) report|(?:carbon|ghg) (?:footprint|emissions)|"
        r"certification (?:iso|b corp|bcorp)|(?:iso|bcorp|b corp) certifi|(?:new|nouvelles?|nouveaux) (?:[a-z\-]+ ){0,2}(?:limits|rules|rule|regles|regle|plafonds|caps|thresholds|seuils|"
        r"regulations|reglementation|requirements|obligations)(?![a-z])|"
        r"(?:update|report|figures|results|statistics|survey|rapport|chiffres|resultats) (?:is|are|est|sont) (?:out|sorti|sortis|publie|publies|tombes|parus|in)(?![a-z])|"
        r"tendances? du secteur|market update|le secteur (?:de|du|des)|"
        # a trade's own body as the source, the law cited by its date or its amendment, the change a rule brings and
        # its transition, a licence the law makes mandatory: the author explains a rule or reports a trade's figures
        # (loi 2023-451 art. 1 asks what is promoted; 16 CFR 255.0 "advertising message"; CAP 1.1 excludes news and
        # regulatory comment)
        r"(?:rappel|point|synthese|explainer|recap|reminder|refresher|summary) (?:des|sur les|sur la|de la|of the|on the) "
        r"(?:regles|obligations|rules|requirements|loi|law)(?![a-z])|"
        # an explainer of a rule ("what you need to know about the FDA's new rule", « décryptage du règlement »)
        r"(?:explainer|decryptage|ce qu'il faut (?:savoir|retenir)|what you need to know|key takeaways|(?:les|the) (?:points|key "
        r"points|points cles))(?: [a-z0-9'\-]+){0,5}?,? (?:de la |du |des |de l'|sur la |sur le |sur les |about the |on the |"
        r"of the |from the |for the )?(?:[a-z0-9'\-]+ ){0,3}(?:loi|decret|reglement|reforme|directive|regles?|rules?|law|act|"
        r"regulation|reglementation|guidance|reform|requirements|obligations)(?![a-z])|"
        r"(?:selon|d'apres|according to) (?:l'|la |le |les |the )?(?:interprofession|federation|trade body|industry body|"
        r"trade association|syndicat professionnel)(?![a-z])|"
        r"(?:loi|decret|arrete|ordonnance|directive|reglement) du \d+|(?:depuis|since|under) (?:la loi|le decret|l'ordonnance|"
        r"la directive|le reglement|the (?:law|act|rules|regulation|directive|cap code))(?![a-z])|"
        r"(?:modifiee?s?|amended) (?:par|by) (?:la |le |l'|the )?(?:loi|ordonnance|decret|act|law|regulation)(?![a-z])|"
        # what a rule changes on a date (« ce qui change au 1er janvier », "what changes from April"), not what a product
        # changes for its users
        r"ce qui change (?:au |le |des |en |a partir du |a compter du |a partir de |dans )?(?:\d+|1er|premier|" + _MONTHS + r")|"
        r"what(?:'s| is)? chang(?:es|ing) (?:on |from |in |this |next )?(?:\d+|1st|" + _MONTHS + r")|"
        r"periode (?:transitoire|de transition)|transition(?:al)? period|"
        r"(?:agrement|autorisation|enregistrement|immatriculation|licence|declaration) (?:[a-z]+ )?obligatoire|"
        r"mandatory (?:registration|licen[cs]ing|licen[cs]e|authori[sz]ation)|"
        # a report put online, the reporter's own article, an HR or legal reminder to the staff: the author informs, the
        # post sells nothing (loi 2023-451 art. 1 « promouvoir des biens, des services » ; 16 CFR 255.0(a) ; CAP 1.1,
        # which excludes editorial content and corporate reports)
        r"(?:rapport|report|bilan|update|results|resultats)(?: [a-z0-9'\-]+){0,5} (?:is|are|est|sont) (?:en ligne|online|live|disponibles?)(?![a-z])|"
        r"(?:l'article|mon article|notre article|mon papier|le papier|mon reportage|le reportage|mon enquete|l'enquete|la chronique|"
        r"ma chronique)(?: complet(?:e)?| integral(?:e)?)? (?:est |sera |sort |parait )?(?:dans|a lire|en kiosque)(?![a-z])|"
        r"(?:my|our|the)(?: full| latest| new)? (?:article|piece|story|column|feature|report) (?:is |runs |will run |goes )?(?:in|on|out in) (?:the|tomorrow's|today's|this week's) [a-z]+|"
        r"(?:rappel|info|note|point) (?:rh|paie|juridique|reglementaire)(?![a-z])|hr (?:reminder|update|note|notice)(?![a-z])|"
        # the company's own results and sites (annual results, a plant opened, jobs created): corporate news, no product
        r"(?:publie|publient|publishes|published|announces|announced|annonce) (?:ses|its|our|nos|leurs|their) (?:[a-z\-]+ )?"
        r"(?:resultats|results|earnings|comptes)|"
        # stop 30 (helper sound30): the year's results headed by their year ("X's 2024 results: customer assets up 52%",
        # « résultats 2024 : ») and the annual report pointed to on the investor pages: corporate reporting (CAP 1.1 excludes
        # investor relations material; loi 2023-451 art. 1; 16 CFR 255.0(a))
        r"(?:fy|h1|h2|q1|q2|q3|q4|19|20) ?\d\d(?:\d\d)?(?:/\d\d)? (?:annual |full[\s\-]year |half[\s\-]year |interim |preliminary )?"
        r"(?:results|earnings) ?(?::|are (?:in|out)|at a glance)|(?:resultats|comptes) (?:annuels |semestriels )?(?:19|20)\d\d ?:|"
        r"(?:annual report|rapport annuel|document d'enregistrement universel)(?: [a-z'\-]+){0,4} (?:on|in|sur|dans) (?:the |our |notre |la |l')?"
        r"(?:investor|investors'|investisseurs)|investor relations (?:page|site|section)|"
        # the results themselves said out or shared (« nos résultats du T1 sont publiés », "proud to share our FY24 results"):
        # financial information, institutional communication (CAP 1.1 excludes corporate reports; loi 2023-451 art. 1)
        r"(?:nos|our|ses|its|leurs|their) (?:[a-z0-9\-]+ ){0,2}(?:resultats|results|earnings)(?: [a-z0-9'\-]+){0,4} (?:sont |are |were |"
        r"have been |ont ete )?(?:publies|out|published|in)(?![a-z])|(?:share|partager|presenter|present) (?:our|nos|ses|its) "
        r"(?:[a-z0-9\-]+ ){0,2}(?:resultats|results)(?![a-z])|"
        r"(?:production site|plant|factory|usine|site de production|unite de production|site industriel|warehouse|entrepot|"
        r"distribution centre|distribution center|headquarters|siege)(?: [a-z\-]+){0,3} (?:open|opens|opened|inaugure|inauguree|"
        r"ouvre|ouvert|ouverte|is open|est ouverte?)(?![a-z])|(?:jobs|emplois|postes) (?:created|crees|a la cle)"),
    # the market's figures and the regulators' acts in the reporter's words: news when nobody pays for the post
    "market": (
        # a regulator named with its act or decision a few words on, whatever the sector ("the CFTC letting prediction
        # markets list sports contracts", "the Gambling Commission's new online slot stake limits", « la CRE a publié hier sa
        # délibération sur le TURPE 7 », "Ofgem's price cap"): the author comments on the trade's public rules, which
        # promotes no offer; like the market's other news, only when nobody pays and the reader is not addressed
        # (loi 2023-451 art. 1 « promouvoir … des biens, des services » ; 16 CFR 255.0(a) ; CAP 1.1: regulatory comment is
        # no marketing). A promotion beside it is still read as one (a strong cue wins)
        # (not a decision awaited as a trade's catalyst: "loading up before the FDA decision next week")
        r"(?<!before )(?<!before the )(?<!ahead of )(?<!ahead of the )(?<!pending )(?<!awaiting )(?<!awaiting the )(?<!avant )"
        r"(?<!avant la )(?<!avant le )(?<!upcoming )(?<!coming )(?<!next )"
        r"(?:fca|asa|cma|amf|l'amf|arpp|dgccrf|ftc|(?:the|la|l'|a) sec|sec's|anj|l'anj|cnil|arcom|l'arcom|ofcom|acpr|l'acpr|esma|mhra|"
        r"fda|finra|cftc|ansm|l'ansm|gambling commission|cpsc|cfpb|cre|la cre|ofgem|ofwat|arcep|l'arcep|fcc|ferc|cpuc|"
        r"(?:state|federal|national|local|european|eu|uk|us|financial|energy|gambling|gaming) regulators?|regulators|"
        r"le regulateur|les regulateurs|the regulator|l'autorite de regulation|commission de regulation de l'energie|"
        r"autorite de la concurrence|l'autorite de la concurrence|competition authority)(?:'s|')?(?: [a-z0-9'\-]+){0,6}? "
        r"(?:deliberation|decision|decided|a decide|ruling|ruled|rules?|limits?|caps?|plafonds?|plafonne|tarifs?|tariffs?|"
        r"consultation|guidance|approval|letting|allowing|lets|allows|allowed|approved|publie|published|vote|voted|fixe|"
        r"set|sets|banned|bans|interdit|autorise|authori[sz]ed|authori[sz]ing|requires|required|impose|imposes|imposed|"
        r"haven't caught up|have not caught up|is cracking down|cracks down)(?![a-z])|"
        r"(?:anj|l'anj|amf|l'amf|arpp|l'arpp|dgccrf|ansm|l'ansm|cnil|arcom|l'arcom|fca|asa|cma|ofcom|fda|ftc|sec|cftc|mhra|ons|insee|"
        r"gambling commission|treasury|hmrc|regulator|regulateur|gouvernement|government|ministere|commission europeenne|"
        r"european commission|parlement|parliament|congress|senat|senate) (?:a |has |have |just |vient d'|vient de )?"
        r"(?:inflige|sanctionne|publie|annonce|autorise|interdit|fine[ds]?|ban(?:s|ned)?|authori[sz]ed|approved|published|announced|"
        r"warned|warns|says|said|ruled|rules|issued|released|proposes|proposed|propose|vote|voted|passed|adopte|adopted|"
        r"opened|ouvert|launched a|lance une (?:consultation|enquete)|cracks? down|is cracking down|confirm(?:s|ed)?|confirme|"
        # a case brought or dropped (« l'AMF a classé l'affaire », "the SEC dropped its case against …"): enforcement news
        r"dropped|drops|sued|sues|charged|settled|settles|classe|abandonne|poursuit|"
        r"rappelle|reminds|reminded|clarifie|clarifies|clarified|precise)(?![a-z])|"

        r"amendes? (?:record|historique)s?|record (?:fines?|penalt(?:y|ies))|(?:was|were|been|a ete|ont ete) (?:sanctionnee?s?|condamnee?s?|fined|sanctioned)|"
        r"(?:amende|fine|fined|penalty|sanction) (?:de |of )?(?:[a-z]+ )?[€$£]? ?\d+(?:[.,]\d+)*(?:k|m|bn)?|"
        r"(?:ventes|sales|volumes?|chiffre d'affaires|revenues?|market|marche|handle|turnover|exports|exportations|imports|"
        r"importations|prix|prices|cours|consommation|consumption|demand|demande)(?: [a-z'\-]+){0,3} (?:ont |a |has |have |had |est |is )?"
        r"(?:chute|chutent|recule|reculent|progresse|progressent|augmente|augmentent|bondi|baisse|baissent|grimpe|perdu|fell|dropped|rose|"
        r"grew|jumped|hit|reached|surged|plunged|declined|slumped|soared|climbed|lost|gained|shrank|doubled|halved)(?![a-z])|"
        r"(?:passed|crossed|hit|topped|fell below|dropped below|depasse|franchi|franchit) (?:the )?[€$£]? ?\d+(?:[.,]\d+)*(?:k|m|bn)?|"
        r"(?:penuries?|shortages?|ruptures? de stock) (?:de|of|d'|continue|persist|en|in|across)|"
        r"(?:duty|duties|tax|taxes|taxe|taxes|droits d'accise|accises?) (?:on|sur|goes up|go up|rises?|increase|augmente|hausse)|"
        r"(?:un|new|nouveau|all[\s\-]time|state|historic|historique) record(?![a-z])|record (?:annuel|historique|year|month|quarter)"),
    "public_interest": (
        # the authorities' acts on a product (a seizure, a recall, a health alert) in the reporter's words: a safety
        # message of the State, not a promotion of what it seized or withdrew (loi 2023-451 art. 1; CAP 1.1; 16 CFR 255.0(a))
        r"(?:border force|customs|douanes?|les douanes|la douane|police|gendarmerie|trading standards|ars|l'ars|l'has|dgs|"
        r"anses|l'anses|ansm|l'ansm|mhra|fda|nhs|cdc|oms|l'oms|ukhsa|fsa|ema|l'ema)(?: [a-z\-]+)? (?:a |has |have |just |ont |"
        r"vient d'|vient de )?"
        r"(?:saisi|saisit|seized|seizes|confisque|confiscated|raided|demantele|alerte|alerted|met en garde|mettent en garde|"
        r"demande le retrait|retire|recalled|recalls|suspend|suspended|suspendu)(?![a-z])|"
        r"(?:rappel|retrait) (?:de|des|d'un|d'une) (?:lots?|produits?|boites|flacons)|(?:recalled|recalls?|withdr[ae]wn?) "
        r"(?:[a-z0-9\-]+ ){0,3}(?:batch|batches|lots?)(?![a-z])|(?:saisie|seizure) (?:de|record|of) (?:[a-z0-9\-]+ ){0,3}"
        r"(?:tonnes?|kg|cartouches?|vapes?|cigarettes?|tabac|tobacco|produits?)|"
        r"don du sang|blood donation|donate blood|prevention|campagne de sensibilisation|sensibilisation|"
        # blood given in the verb's words (« toute l'équipe donne son sang avec l'EFS », "we gave blood"): the same public
        # health act (loi 2023-451 art. 1; CAP 1.1)
        r"(?:donne|donnent|donnons|donnez|donner|donnera|donneront|ai donne|a donne|ont donne|avons donne) (?:son|leur|notre|"
        r"votre|mon|ton|du|de son|de leur|de notre) sang|(?:give|gives|gave|giving|given) blood|"
        # a public warning of the weather (a heat advisory, a flood alert, « vigilance canicule »): safety information
        # (CAP 1.1; 16 CFR 255.0(a) asks for an advertising message)
        r"(?:heat|weather|storm|flood|wildfire|fire|air quality|smoke|winter storm|hurricane|tornado) (?:advisory|advisories|"
        r"warnings?|alerts?|watch)(?![a-z])|vigilance (?:orange|rouge|canicule|crues?|orages?)|alerte (?:canicule|meteo|orages?|"
        r"crues?|inondations?)|cooling (?:centers|centres|center|centre)|"
        # a product recall told by its maker ("Acme is recalling the X", « Acme procède au rappel de … »): a safety notice
        # the law requires (GPSR art. 36; CPSA § 15; C. consom. L423-3), not an offer of the product
        r"(?:is|are|we're|we are|has been|have been|we've|we have|now|voluntarily) recalling|voluntary recall|recall notice|"
        r"safety recall|(?:procede|procedons|procedent) (?:au|a un) rappel|rappel (?:volontaire|de securite|conso)|"
        # (and the donors, the drives, the plasma: « donneurs de sang », « collecte de sang », "donating plasma")
        r"dons? de (?:sang|plasma|plaquettes)|donneu(?:r|rs|se|ses) de sang|collectes? de sang|"
        r"(?:donating|donated|donate) (?:blood|plasma|platelets)(?![a-z])|blood donors?|"
        r"awareness (?:day|week|month|campaign)|journee (?:mondiale|internationale|nationale)|"
        r"(?:world|international|national) [a-z\- ]{2,30} day|octobre rose|movember|mois sans tabac|"
        r"numero (?:vert|d'urgence)|helpline|(?:appelez|call) (?:le )?(?:15|112|911|999|3114)|"
        r"benevol(?:e|at|es)|volunteer(?:ing|s)?|collecte (?:de|alimentaire)|fundraiser|"
        r"association (?:caritative|solidaire)|charity|restos du coeur|securite routiere|road safety|depistage|"
        r"screening|vaccination|mental health|sante mentale|canicule|heatwave|don d'organes|organ donation|"
        r"recyclage|recycling|harcelement|bullying|suicide|prevention|sante publique|public health|"
        r"arnaques?|escroquerie|tentatives? de fraude|phishing|hameconnage|scam(?:s|mers)? (?:alert|warning)|fraud alert|faux (?:conseillers|sms|mails|emails|messages)|fake (?:texts|calls|emails|advisers|advisors)|(?:ne (?:vous )?(?:demandons|demanderons|demandera) jamais)|(?:will|we) never ask (?:you )?for|(?:au profit de|pour) (?:l'association|une association|les restos|le telethon)|telethon|(?:recoltes?|collectes?|leves?) (?:pour|au profit)|raised for|charity (?:run|walk|ride)|"
        r"(?:raised|collected|donated|recolte|recoltes|recoltee|recoltees|leve|leves) (?:over |more than |nearly |almost |plus de |pres de )?"
        r"[^a-z]{0,4}\d+|bake[\s\-]?off|sponsored (?:walk|run|swim|cycle)|"
        # the total told first and closing its clause ("£4,300 raised!", « 2 300 € récoltés pour … »): the same fundraiser
        r"(?<![^ ])(?<![^0-9k€] )(?:raised|collected|donated|recoltee?s|collectee?s|levee?s)"
        r"(?= ?(?:[!.,;]|for |pour |so far|au profit|$))|"
        # a fundraiser by its giving page or its call for gifts ("JustGiving link below", "every quid helps", « chaque euro
        # compte »): money asked for a charity, not for a product (CAP 1.1; loi 2023-451 art. 1)
        r"justgiving|just giving (?:page|link)|gofundme|go fund me|virgin money giving|helloasso|"
        r"(?:every|each) (?:quid|penny|pound|dollar|euro|donation|gift) (?:helps|counts)|chaque (?:euro|don|centime) compte|"
        r"fundraising (?:target|goal|page|total)|"
        r"gestes qui sauvent|premiers secours|first aid|cpr|don de moelle|blood drive|food bank|banque alimentaire|"
        # stop 30 (helper sound30): a solidarity day and the charity's own grocery (« journée de solidarité », « épicerie
        # solidaire », "toy drive"), burnout told to urge help, the ride home planned before a drink ("designate a driver",
        # « capitaine de soirée »): solidarity and safety messages, no product promoted (loi 2023-451 art. 1; CAP 1.1; 16 CFR
        # 255.0(a)); an offer beside them is still a strong cue and wins
        r"journee de solidarite|epiceries? solidaires?|toy drive|coat drive|food drive|burn[\s\-]?out|"
        r"designated? (?:a )?drivers?|plan (?:your|a|the) (?:safe )?(?:ride|way|lift) home|drink[\s\-]?driv(?:e|ing)|"
        r"drunk[\s\-]driving|(?<![a-z])dui(?![a-z])|capitaine de soiree|"
        # a warning against an unlawful or dangerous practice and a medicine's overdose: a health or safety message
        # promotes nothing (loi 2023-451 art. 1; C. santé publ. L5122-1 covers what promotes a medicine, not a
        # reminder of its limits; CAP 1.1)
        r"(?:illegale?s?|illicites?|illegal|unlawful) (?:et|and) (?:dangereu(?:x|se|ses)|dangerous)|(?:dangereu(?:x|se|ses)|"
        r"dangerous) (?:et|and) (?:illegale?s?|illicites?|illegal|unlawful)|"
        # not "no risk of overdose", « aucun risque de surdosage »: a selling point
        r"(?<!risque de )(?<!risk of )(?<!no )(?<!zero )(?<!sans )(?<!without )(?<!pas de )(?:surdosages?|overdoses?)|"
        r"associations? (?:de|des) (?:patients|malades|victimes|usagers)|patients'? (?:association|group|charity)|"
        # public health and harm prevention in the words of the services that give them (a flu jab, antibiotics that
        # do not work on a cold, a stop-smoking service, help for gamblers): information, not advertising of a
        # product (CSP L5122-1 excludes health information; CAP 1.1 and 12.1; 21 CFR 202.1 concerns a named drug)
        r"(?:flu|covid|grippe) (?:shots?|jabs?|vaccines?|vaccinations?)|vaccins? (?:contre la )?(?:grippe|covid)|"
        r"antibiotic resistance|antimicrobial resistance|antibioresistance|"
        r"(?:don't|do not|won't|will not|ne marchent pas|ne servent a rien|n'agissent pas) (?:work |contre |sur )?(?:on )?(?:les )?(?:colds?|flu|viruses|rhumes?|virus)|"
        r"stop smoking (?:service|clinic|support)|quit smoking (?:service|support)|swap to stop|"
        # (not the safer-gambling lines every gambling advert must carry: « Joueurs Info Service », BeGambleAware)
        r"gambling harms?|aide aux joueurs|addiction (?:aux jeux|au jeu)|gamblers anonymous|"
        # the industry's own harm-prevention week (NCPG/AGA "Responsible Gaming Education Week", the UK's "Safer Gambling
        # Week", « semaine du jeu responsable »): staff training and a helpline told, no bet invited (CAP 16.1 binds
        # marketing communications for gambling, loi 2010-476 art. 7 « communications commerciales »; US state rules bind
        # wagering advertisements); an offer beside it is still a strong cue and wins
        r"(?:responsible|safer) (?:gaming|gambling) (?:education |awareness )?(?:week|month|day)(?![a-z])|"
        r"semaine (?:du|de la|pour le) jeu (?:responsable|raisonnable)|"
        r"ne (?:vous |te )?(?:appellera|appellerons|appelleront|contactera|contacterons|demandera|demanderons) jamais|"
        r"(?:will|we'll|we will) never (?:call|text|email|contact|ask) you|"
        # quitting and cutting down, the means the health services give, a scam named as one, a procedure gone wrong
        # told as a warning (CSP L3511-3 and L3323-2 leave health information free; CAP 1.1, 12.1)
        r"substituts? nicotiniques?|nicotine replacement|tabacologue|sevrage tabagique|aides? (?:a l'|au )(?:arret|sevrage)|"
        r"dry january|sober (?:october|curious)|mois sans alcool|tournee minerale|"
        r"(?:c'est|it's|it is|that's) (?:a|une) (?:scam|arnaque)|scams? (?:cost|costs|robbed|took)|(?:victims?|victimes) (?:of|lost|de|ont perdu)|"
        r"(?:injection|injections|chirurgie|operation|lifting|botox|filler|procedure|surgery|rhinoplastie)s? (?:ratee?s?|botched|gone wrong|"
        r"went wrong)|botched|(?:choisissez|choose|pick) (?:un medecin|a doctor|a qualified|a registered)|"
        # wildlife trafficking named as the harm it is; a practitioner's qualification to check (CAP 12.1; CSP L1151-2)
        r"trafic (?:d'animaux|d'especes|d'ivoire|illegal|de faune)|ce trafic|wildlife (?:trade|trafficking|crime)|braconnage|poaching|"
        r"(?:check|make sure|ask whether|ask if) (?:that )?(?:your|the) (?:practitioner|injector|clinic|provider|surgeon) is "
        r"(?:qualified|registered|insured|a doctor|medically)|(?:verifiez|assurez-vous) que (?:votre|le|la) (?:praticien|praticienne|"
        r"injecteur|injectrice|medecin|clinique) (?:est|soit) (?:medecin|qualifiee?|diplomee?|inscrite? a l'ordre)"),
    "profit_sharing": (
        r"interessement|participation aux (?:benefices|resultats)|prime de (?:partage|participation)|"
        r"epargne salariale|profit[\s\-]sharing|employee share (?:plan|scheme)|actionnariat salarie|"
        r"bonus (?:collectif|d'equipe)|team bonus|prime collective|pee|perco|plan d'epargne (?:entreprise|groupe)|"
        # a bonus, a share or a dividend paid alike to every employee: a right of the staff, not a consideration for
        # one post (C. trav. L3312-4: the intéressement is collective; 16 CFR 255.5 asks for a connection to the post)
        r"(?:bonus|prime|primes|dividende?s?|dividends?|payout|share|shares|actions|profit share|participation)"
        r"(?: [a-z0-9%'\-]+){0,8},? (?:for|to|pour|a|aux|de|paid to|versee? a|across) (?:every|each|all|all of (?:the|our)|"
        r"tous les|toutes les|chaque|chacun des|l'ensemble des|the whole) (?:[a-z\-]+ )?(?:employees?|partners?|staff|"
        r"colleagues?|salariee?s?|collaborat(?:eur|rice)s?|members?|workers?|co-owners?|employee-owners?|associates?|"
        r"team members?)(?![a-z])|(?:same|equal|identical|meme|egal) (?:%|percentage|pourcentage|share|part|bonus|prime)"
        r"(?: [a-z\-]+){0,2} (?:of|du|de|d') (?:salary|pay|wages|salaire|remuneration)|"
        r"employee[\s\-]?owner(?:ship|s|ed)?|co-owned|detenue? par (?:ses|les) salaries|"
        # stop 30: the share day itself and the same rate for everyone ("Profit share day", "same % for everyone")
        r"profit[\s\-]share (?:day|week|payout|payment|letter|email)|(?:same|equal|identical|meme) (?:%|percentage|pourcentage|share|"
        r"bonus|prime|payout) (?:for|pour) (?:everyone|everybody|all of us|all staff|tout le monde|tous|chacun)(?![a-z])|"
        # the same bonus said to reach everyone (« tout le monde touche la même prime », "everyone at X is getting the same
        # bonus"): collective, not a consideration for this post
        r"(?:everyone|everybody|all of us|all staff|every one of us|tout le monde|chacune?|tous les salaries|toute l'equipe) "
        r"(?:[a-z0-9&'\-]+ ){0,4}(?:is |are |will be |va |vont )?(?:getting|gets|get|receiving|receives|receive|touche|toucher|"
        r"touchera|recoit|recevoir|recevra|a droit a) (?:the |a |la |une |le )?(?:same|meme|identical|identique) +"
        r"(?:[^\s]+ +){0,3}?(?:bonus|prime|payout|share)(?![a-z])|"
        # an all-employee share plan (UK Sharesave / SAYE and the share incentive plan, ITEPA 2003 Sch. 2-3, offered to
        # every employee on the same terms; US ESPP, 26 U.S.C. 423(b)(4); the French employer's top-up, C. trav. L3332-11)
        r"sharesave|save[\s\-]as[\s\-]you[\s\-]earn|saye|share incentive plan|employee stock purchase plan|espp|abondement"),
    # the post says it is not about the employer's products: the author draws the line the law draws
    "not_promoting": (
        # advice given whatever the reader's supplier (« quel que soit votre fournisseur (y compris le mien) », "whichever
        # bank you're with"): the author promotes no offer of the employer (loi 2023-451 art. 1; CAP 1.1; 16 CFR 255.0(a))
        r"(?:quel que soit|quelle que soit|peu importe) (?:votre|ton|ta|vos|tes) (?:fournisseur|operateur|banque|assureur|"
        r"mutuelle|courtier|prestataire|marque|enseigne|opticien|pharmacie|energeticien)|(?:whatever|whichever|no matter (?:what|which)) "
        r"(?:your )?(?:supplier|provider|bank|insurer|broker|carrier|network|brand|retailer|lender)(?: you(?:'re| are)? (?:with|use|"
        r"using|on|pick|choose))?|(?:whoever|whomever) you (?:bank|insure|are|buy) with|"
        # what the business changed to comply with a rule, told to its peers ("here's what we changed in our product to
        # comply", « ce que nous avons modifié dans notre appli pour nous conformer »): compliance shared, no offer made to
        # consumers (CAP 1.1; loi 2023-451 art. 1; 16 CFR 255.0(a))
        r"(?:we|i|nous|on) (?:have |had to |'ve |avons |a |avons du |a du )?(?:changed|change|adapted|adapt|updated|update|"
        r"modified|reworked|modifie|change|adapte|revu|mis a jour)[^.!?\n]{0,50}? (?:to comply|to be compliant|to stay compliant|"
        r"pour (?:nous )?(?:y )?conformer|pour etre conformes?|pour rester conformes?)(?![a-z])|"
        r"(?:parle|parlons) (?:juste |seulement |uniquement |ici |pas )?(?:du|de la|des|de l') "
        r"(?:texte|loi|decret|reforme|reglementation|sujet|fond|secteur|marche)(?![a-z])|"
        r"(?:pas|rien) (?:de|d'|sur|a voir avec) (?:nos|notre|mes|ses|leurs) (?:produits?|offres?|services?|solutions?|outils?)|"
        r"(?:not|nothing) (?:about|to do with|a pitch for|a plug for|plugging|selling) (?:our|my employer's|my company's|"
        r"the company's|any of our|my team's) (?:products?|services?|offers?|tools?|solutions?|apps?)|"
        r"no (?:product|sales) pitch|(?:isn't|is not|not) a (?:sales pitch|plug|product post|product pitch|pitch|sales post)|"
        r"(?:ce n'est|c'est) pas (?:un post produit|une pub|un argumentaire commercial|du demarchage)|"
        r"sans (?:parler de|pub pour|promo(?:tion)? (?:de|pour)|vendre) (?:nos|notre|mes|ses)"),
    # software given away under an open licence: anyone may use, copy and change it for nothing, so no good or
    # service is sold by the post (loi 2023-451 art. 1 "promouvoir … des biens, des services"; 16 CFR 255.0)
    "free_release": (
        r"open[\s\-]?sourc(?:ed|ing|e)|(?:mit|apache|gpl|bsd|mpl|agpl|lgpl)(?:[\s\-]?\d(?:\.\d)?)?[\s\-]licen[cs](?:ed|e)|"
        r"sous licence (?:mit|apache|gpl|bsd|libre|ouverte)|logiciels? libres?|code source (?:ouvert|libre)"),
    # a loss told (« il a perdu 6 000 € », "I lost £9,000"): a warning from experience, not an advertisement of the trade
    # that took the money (loi 2023-451 art. 1; CAP 1.1). Read only for an author with no stated link or reward: a
    # promoter's "I lost yesterday, won today" stays the promotion it is (engine: purposes)
    "loss": (
        r"perdu (?:plus de |pres de |environ |un peu plus de |quasiment |presque |au moins )? ?(?:\d[\d.,]*|tout(?![a-z])|l'equivalent|"
        r"(?:mes|ses|nos|leurs|toutes mes|toutes ses) economies|(?:mon|son) (?:salaire|appart|epargne))|"
        r"(?:portfolio|portefeuille|wallet|account|compte|position) (?:is |are |est |was |etait )?(?:down|en baisse de|a -|at -) ?\d[\d.,]*|"
        r"lost (?:over |nearly |about |around |almost |more than |at least )? ?(?:\d[\d.,]*|[$£€] ?\d[\d.,]*|everything|it all|(?:my|his|her|our|their) "
        r"(?:savings|house|deposit|salary))|wiped (?:me |him |her |us |them )?out|(?:il|ne) (?:me |lui |nous )?restait (?:que )?\d[\d.,]*"),
    "personal": (
        r"(?:mon|ma|mes) (?:fils|fille|enfants?|bebe|mari|femme|conjoint|chien|chat|famille|parents?|"
        r"grand-mere|grand-pere|anniversaire|mariage|vacances|week-end|weekend|jardin|marathon|course|rando)|"
        r"(?:my|our) (?:son|daughter|kids?|children|baby|husband|wife|partner|dog|cat|family|parents|grandma|"
        r"grandpa|birthday|wedding|holiday|vacation|weekend|garden|marathon|run|hike)|"
        r"(?:premier|premiere|first) (?:semi|marathon|half|trail|triathlon|10 ?k)(?![a-z])|"
        r"(?:j'ai couru|i ran|finished my first|termine mon premier|ma premiere|my first) (?:marathon|semi|"
        r"half|10 ?k|trail|triathlon)|throwback|souvenir de vacances|en famille|with my family|"
        # the team's own life at work (a seminar, an offsite, pizza Friday, a bake-off): colleagues, not a product
        r"seminaire (?:d'equipe |annuel |de rentree )?(?:a|au|en|avec)|team offsite|offsite|off-site|away ?day|team[\s\-]?building|"
        r"afterwork|after-work|(?:pot|repas|dejeuner|soiree|sortie) d'equipe|team (?:lunch|dinner|drinks|outing|retreat|day out)|"
        r"(?:pizza|taco|bagel|donut|doughnut|cake|bake[\s\-]?off) (?:friday|thursday|day|lunch)|"
        r"(?:summer|christmas|holiday|end-of-year) party|fete de fin d'annee|soiree de noel"),
}

#: a win told beside the loss ("lost £20, then won £400", « +300 € aujourd'hui »): the story sells the game again
WIN_RE = re.compile(r"(?<![a-z])(?:won(?!'t)|gagne(?:s|r|z)? +\d|remporte|jackpot|cashed out|encaisse)(?![a-z])|\+ ?\d")


#: purposes strong enough to outweigh a weak promotional cue (``HINT``, a verdict aimed at nothing of the brand's,
#: an amount); thanks and personal life are not: "thanks team — check out the app" still invites the reader
STRONG_REASONS = frozenset(("recruiting", "leaving", "career", "news", "market", "public_interest", "profit_sharing",
                            "free_release", "not_promoting", "loss"))

#: goods a post may name ("our new bottle", « nouvelles gourdes »): singular or plural
_GOODS = (r"(?:bottle|gourde|bouteille|thermos|watch|montre|shoe|sneaker|trainer|chaussure|basket|jacket|veste|coat|manteau|"
          r"bike|velo|phone|smartphone|laptop|ordinateur|desk|chair|chaise|mattress|matelas|sofa|canape|bag|sac|tent|tente|"
          r"kettle|bouilloire|blender|mixeur|earbud|ecouteur|speaker|enceinte|shampoo|shampoing|lipstick|mascara|perfume|"
          r"stroller|poussette|recipe|recette|wine|vin|beer|biere|coffee|cafe|tea|the|lamp|lampe|table|skillet|poele|"
          r"boots?|bottes|jeans|robe|dress|candle|bougie|planner|agenda|carnet|notebook|kit|box|pack|edition|version|"
          r"feature|fonctionnalite|integration|update|mise a jour)s?")
#: what "our new …" may name that is no product: people, places, the company's own life
_NOT_NEWS = (r"(?!(?:[a-z0-9\-]+ )?(?:cfo|ceo|cto|coo|cmo|chro|director|directrice|directeur|head|manager|colleague|collegue|hires?|"
             r"recrues?|team|equipe|members?|office|offices|bureau|bureaux|locaux|hq|headquarters|siege|interns?|stagiaires?|"
             r"alternante?s?|boss|chef|cheffe|president|presidente|vp|lead|joiners?|starters?|cohorte?|colleagues|collegues|"
             r"collaborat(?:eur|rice)s?|salariee?s?|employees?|arrivals?|arrivees?|campus|factory|usine|warehouse|entrepot|unite de production|unites de production|site de production|site industriel|ligne de production|lignes de production|production (?:site|line|unit)|"
             r"plant|(?:manufacturing|production|research|distribution|logistics) (?:site|centre|center|facility|hub)|facilit(?:y|ies)|"
             r"chapter|roles?|postes?|jobs?|mentors?|mentorat|policy|politique|charter|charte|accords?|agreements?|conventions?|baby|bebe|puppy|chiot|"
             r"grads?|graduates?|apprentices?|recruits?|partners? in|board|conseil|comite|committee)(?![a-z]))")
_NOT_PRODUCT = (r"(?! (?:mon |ma |mes |my |our |notre |nos |the |l'|this |these |ces |cette )?(?:equipe|team|collegues|"
                r"colleagues|coworkers|co-workers|job|travail|work|boulot|metier|boss|manager|people|gens|clients|"
                r"customers|community|communaute))")
#: a multi-buy offer's figures end there ("3 for 2 this week", "3 for 2!"), not inside a score or a ratio
_MULTIBUY_END = r"(?= (?:this|today|on|at|offer|deal|until|all|across|in|sur|cette|ce|en)(?![a-z])|[!.]| ?$)"
#: strong promotional signals (an offer, a code, a call to buy, a launch, a shop link, a label): they make the
#: post commercial whatever purpose it also states ("we're hiring, and code WELCOME10 gets you 10 % off")
PROMO = (
    # a quote offered as the sale's first step, like a demo ("took me 8 minutes to get a quote", « demandez votre devis
    # gratuit »): not a quote from someone ("got a quote from the CEO") (C. consom. L121-1; 16 CFR 255.0; CAP 1.1)
    r"(?:get|got|getting|request|requested|grab) (?:a |an |your |my )?(?:free |quick |instant |online |no-obligation )?quote(?![a-z])"
    r"(?! (?:from|by|of|for (?:the|my|our) (?:article|piece|story|book)))|(?:demandez|obtenez|demander|obtenir) (?:un|votre|ton) devis|"
    r"devis (?:gratuit|en ligne|en \d+ ?min)|"
    r"(?:code|coupon) (?:promo(?:tionnel)? |de reduction |discount |partenaire )?[a-z]*\d+[a-z0-9]*|"
    # a gambling operator's sign-up offer (a bet or a deposit matched, refunded or given): an offer, whatever purpose
    # the post states beside it (loi 2010-476 art. 7 ; CAP 16.3 ; loi 2023-451 art. 1)
    r"(?:offerts?|offertes?|rembourses?|remboursee?|free|matched) (?:sur|pour|au|on|with|des) (?:votre|ton|le|your|the|un|a) "
    r"(?:1er|premier|first) (?:pari|depot|bet|deposit)|bonus de bienvenue|welcome bonus|"
    # a free bet handed to the reader ("grab a £20 free bet", « 100 € de freebets ») is the operator's inducement, whatever
    # awareness week the post also names (CAP 16.3.x; loi 2010-476 art. 7; US state rules on free-bet offers)
    r"(?:grab|get|claim|enjoy|receive|bag|unlock|take) (?:a |an |your |up to )?(?:\$?\d+ )?(?:in )?free[\s\-]?bets?(?![a-z])|"
    r"freebets?(?![a-z])|paris? (?:offerts?|gratuits?) (?:pour|a|des|de)(?![a-z])|"
    r"(?:mon|my|avec le|with|use|utilise|utilisez|with my|avec mon) code|"
    # « le code de tous les fruits », "the code of conduct": a code of something, no discount handed over
    r"(?:le|the) code(?! (?:du|des|of|civil|penal|postal|pin|source|de la route|de conduite|d'acces|d'entree)(?![a-z]))"
    r"(?! de (?!reduction|promo|parrainage|remise|reduc|bienvenue))|promo ?code|code promo|"
    # not a job's perk ("a 30% staff discount", « remise salarié »): a term of employment offered to applicants, no offer
    # to consumers (CAP 1.1; loi 2023-451 art. 1; 16 CFR 255.0)
    r"(?<!staff )(?<!employee )(?<!colleague )(?<!team member )(?<!staff-)(?<!employee-)discount|"
    r"remise(?! (?:salariee?s?|collaborateurs?|du personnel|personnel|employee?s?)(?![a-z]))|soldes|"
    # a call to buy before the stock runs out ("grab one before they sell out", "snag one before they're gone", « foncez
    # avant la rupture »): the sale urged on the reader (loi 2023-451 art. 1; 16 CFR 255.0; CAP 1.1)
    r"before (?:they|it|stock|stocks|supplies)(?: all)?(?:'re| are|'s| is)? (?:sell out|sells out|sold out|gone|run out|runs out)(?![a-z])|"
    r"(?:grab|snag|get|buy|order|pick up|snap up) (?:one|yours|a pair|one of these)(?: [a-z']+){0,2} (?:before|while) (?:they|it|stocks?|supplies)(?![a-z])|"
    r"avant (?:la )?rupture(?: de stock)?(?![a-z])|avant qu'il n'y en ait plus|"
    r"(?:en|on) (?:promo|promotion|sale)|black friday (?:deals?|sales?|offers?|offres?|promos?|prices?|prix|discounts?|only|exclusive|special)|(?:deals?|offres?|promos?|prix) (?:du |de |for |this )?black friday|bon plan|"
    # not an offer said withdrawn (« plus aucune offre promotionnelle envoyée aux joueurs »)
    r"(?<!aucune )(?<!pas d')(?<!plus d')(?<!sans )(?<!zero )"
    r"offre (?:speciale|exclusive|de lancement|limitee|promotionnelle|decouverte|d'essai|de bienvenue)|"
    r"(?:special|exclusive|limited|launch|introductory|welcome) offer|free trial|essai gratuit|"
    r"(?:achetez|acheter|commandez|commander|reservez|abonnez-vous|buy|shop|order) (?:le|la|les|votre|ton|ta|tes|vos|"
    r"it|yours|now|today|here|the|your|one|des|maintenant|sur|on|at|chez)|(?:grab|get|open|claim|book|start) yours|"
    # an invitation to come and taste or try, a drop announced ("venez la goûter", "just dropped")
    r"(?:venez|come) (?:la |le |les |l'|and |to )?(?:gouter|tester|essayer|deguster|try|taste)(?![a-z])|"
    r"just dropped|"
    # the genuine article urged on the reader ("get the genuine one", « achetez l'original »): a call to buy
    r"(?:get|buy|grab|order|choose|pick) (?:the |a |an |your )?(?:genuine|real|official|original|authentic)(?![a-z])|"
    r"(?:achetez|prenez|choisissez|commandez) (?:l'|le |la |les |du |de l')?(?:originale?s?|authentiques?|vraie?s?|officiel(?:le)?s?)(?![a-z])|"
    # a prize promotion (CAP Code 8; C. consom. L121-20: loteries publicitaires)
    r"giveaways?|jeux?[\s\-]concours|(?:enter|join) (?:our|the|my) (?:competition|contest|prize draw)|(?:to|and) win (?:a|an|one of)(?![a-z])|"
    r"(?:pour|et) gagner (?:un|une|des|l'un|l'une)(?![a-z])|"
    # a booking or an order urged ("réservez vite", "just book them")
    r"(?:reservez|reserve|commandez|book|order) (?:vite|des maintenant|sans attendre|them|now|today|direct)(?![a-z])|"
    r"(?:with|via|using|through|avec) (?:my|mon) (?:referral |affiliate |personal |de parrainage |d'affiliation )?(?:link|lien)|"
    # a demo of the brand's service offered to the reader, a trial said free in any order (« l'essai est gratuit 30 jours »,
    # "worth a demo", « si vous voulez une démo »): the sale's first step (C. consom. L121-1; 16 CFR 255.0)
    r"(?:book|request|get|want|like|need|schedule|grab|ask for|worth|dm me for|message me for) (?:a |an )?(?:free |quick |live |"
    r"personal |\d+[\s\-]min(?:ute)? )?demo(?![a-z])|"
    r"(?:voulez|veux|voulez-vous|veux-tu|demandez|demander|reservez|reserver|planifiez|planifier|prenez|organiser) (?:une |un )?"
    r"(?:demo|demonstration)(?![a-z])|"
    r"(?:essai|trial)s? (?:est |is |reste |stays |sont |are )(?:totalement |completely |entierement )?(?:gratuite?s?|free|offerte?s?)(?![a-z])|"
    r"(?:gratuite?s?|offerte?s?) (?:pendant )?(?:\d+|un|deux|trois) (?:jours|semaines|mois)(?![a-z])|free for (?:\d+|a|one|two|three) "
    r"(?:days?|weeks?|months?)(?![a-z])|"
    # a code named by a word, no figure ("code BISCUIT gets you a free box", « le code LOU te donne -10 % »)
    r"code [a-z]{3,} (?:gets|gives|saves|unlocks) (?:you|u)(?![a-z])|code [a-z]{3,} (?:te|vous) (?:donne|offre|fait gagner)(?![a-z])|"
    r"(?:use|utilise|utilisez|enter|entrez|tape|tapez) [a-z]{2,}\d+[a-z0-9]* (?:at checkout|au paiement|pour|for|to get)|"
    # a sale or a pre-order opened to the reader ("Autumn sale now on", "pre-orders open", « précommandes ouvertes »)
    r"(?:summer|winter|autumn|fall|spring|january|new year|boxing day|clearance|flash|mid-season|end of season|"
    r"seasonal|annual|big|warehouse) sale(?![a-z])|sale (?:now )?(?:on|live|starts|ends)(?![a-z])|"
    r"pre-?orders? (?:are )?(?:now )?(?:open|live|available)|pre-?order (?:now|today|yours|it|here|yours)(?![a-z])|"
    r"precommandes? (?:sont )?(?:ouvertes?|disponibles?)|precommandez|"
    # the product on the shelves from a date ("it's at FreshWay stores starting this week", "in stores nationwide", « en
    # magasin dès lundi »): its release announced to buyers (C. consom. L121-1; 16 CFR 255.0)
    r"(?:in|at) (?:[a-z0-9&'\-]+ ){0,2}(?:stores|supermarkets|shops) (?:starting|from|nationwide|near you|now|today|this week|"
    r"across)(?![a-z])|en (?:magasins?|rayons?|grandes? surfaces?|supermarches?) (?:des|a partir|partout|cette semaine|"
    r"aujourd'hui|maintenant)(?![a-z])|"
    # a multi-buy offer ("3 for 2 this week", "buy one get one free", « 3 achetés, 1 offert »)
    + "|".join(n + _MULTIBUY_END for n in ("2 for 1", "3 for 2", "4 for 3", "2 pour 1", "3 pour 2")) + "|"
    r"buy one,? get one|bogof?(?![a-z])|3 pour le prix de 2|2 pour le prix d'1|2 achetes?,? 1 offerte?|"
    r"2 achetees?,? 1 offerte?|"
    r"en vente|on sale|available (?:now|at|in stores|on|from)|disponibles? (?:des|chez|en magasin|sur|"
    r"maintenant|aujourd'hui)|now available|"
    r"(?:notre|nos|our) (?:nouvelle?s?|nouveaux?|new|latest|dernier|derniere|brand new) " + _NOT_NEWS + r"[a-z]|"
    r"(?:nouveau|nouvelle|nouveaux|nouvelles|new) (?:produit|product|gamme|range|collection|appli|app|"
    r"application|modele|model|formule|saveur|flavou?r|parfum|fragrance|serum|creme|cream|casque|headphones|"
    r"forfait|offre|offer|service|" + _GOODS + r")s?(?![a-z])|"
    r"(?:we|nous|on) (?:just |vient de |viens de )?(?:launch(?:ed)?|lanc(?:e|ons)|sort(?:ons)?|release[ds]?)"
    r"(?! (?:en interne|internally|(?:an?|our|un|une|notre) (?:new |nouveau |nouvelle )?(?:internal|employee|staff|mentoring|"
    r"mentorat|programme|program|initiative|erg|network|reseau|club|challenge|defi|hackathon|appel|collecte|fundraiser|"
    r"campaign for|survey|enquete)))|"
    # not the reflexive « qui se lance avec moi ? », « je me lance » (taking up a challenge), nor « a » read into « avec »
    r"(?<!se )(?<!me )(?<!te )(?:lance|lancent|lancons|launch(?:es|ed|ing)?|sort|sortent|unveil(?:s|ed)?|devoile|devoilent|released?|"
    r"shipped|ships) (?:des|un|une|sa|son|ses|le|la|les|notre|nos|leur|leurs|a|an|the|its|their|our|new|"
    r"nouveaux?|nouvelles?|[a-z]+s(?= [!.,]| ?$))(?! (?:job|jobs|role|roles|poste|postes|offre d'emploi|"
    r"recrutement|recruiting|hiring|rapport|report|study|etude|findings|results|resultats|bilan|survey|enquete|data|donnees|figures|chiffres|statistics|statistiques)(?![a-z]))|"
    r"(?:lancement|launch) (?:de|du|of|de la|des)|"
    r"(?:nouvelle|new) version|"
    r"sur notre (?:site (?:web|internet)|e-?shop|boutique en ligne)(?![a-z])|on our (?:web ?site|e-?shop|online store|app)(?![a-z])|"
    r"(?:now|desormais|maintenant) (?:supports|offers|includes|comes with|available|propose|disponible)|"
    r"dispo(?:nibles?)? (?:en|sur|chez|des|dans|partout|aujourd'hui|maintenant|today)(?![a-z])|"
    r"https?://\S*(?:shop|store|boutique|product|produit|ref=|utm_|promo|offer|deal|aff)|"
    # an offer's own urgency: "limited-time offer", "while stocks last", « dans la limite des stocks » ("this week
    # only" is URGENCY_RE: its common first words would slow the scan of every post)
    r"limited[\s\-]time (?:offer|only|deal|price)|for a limited time|while stocks? lasts?|"
    r"dans la limite des stocks|jusqu'a epuisement des stocks|"
    # the label « sponsorisé », not a brand "sponsoring" a charity run (that is the brand's news)
    # affiliate links as the topic of a rule ("that includes affiliate links", "rules on affiliate links") label nothing
    r"(?<!includes )(?<!including )(?<!include )(?<!such as )(?<!rules on )(?<!ban on )(?<!banning )(?<!about )"
    r"affiliat|sponsoris|#ad(?![a-z])|#pub(?![a-z])|"
    # advertising as the topic of news ("une amende pour publicité ciblant les jeunes") labels nothing
    # nor does a label spoken of as a word, in quotation marks (« la mention "Publicité" », "the label 'Ad'"), or
    # advertising named with an article (« la publicité pour l'alcool », « les publicités en ligne »): a label takes none;
    # the post speaks of advertising, it does not carry the label
    r"(?<!\" )(?<!la )(?<!une )(?<!les )(?<!des )publicite(?!s? (?:ciblant|visant|pour les|en faveur|mensongere|trompeuse|comparative|illegale|illicite|interdite|aupres))"
    r"(?! \")|(?<!\" )collaboration commerciale(?! \")|partenariat remunere|"
    r"paid partnership|advert"
)
#: weak promotional cues: a word a promotion uses, but also a news item, a job ad or a talk ("the report is out",
#: "check out the thread", "link in bio" to apply, « réduction des émissions », "our products" in a disclaimer).
#: They make a post commercial only when no strong non-commercial purpose is stated (``STRONG_REASONS``)
HINT = (
    # the author's own product offered as the fix for the reader's problem ("we built something that fixes it", « on a créé
    # un outil qui règle ça »): a pitch, weak beside a stated purpose (16 CFR 255.0; loi 2023-451 art. 1)
    r"(?:we|i) (?:built|made|created|designed|developed|shipped) (?:something|a tool|an app|a product|a platform|the fix|the tool) "
    r"(?:that|which|to) (?:actually )?(?:fix|fixes|solve|solves|ends|kills|takes care of|handles)(?![a-z])|"
    r"(?:on a|nous avons|j'ai) (?:cree|construit|concu|developpe|fait) (?:un outil|une appli|une solution|un produit|quelque chose) "
    r"(?:qui|pour) (?:regle|resout|regler|resoudre|corrige)(?![a-z])|"
    r"reduction(?! (?:salariee?s?|collaborateurs?|du personnel|personnel|employee?s?)(?![a-z]))"
    # not a reduction of what the company emits or spends (« réduction de nos déplacements en avion », "reduction in our
    # emissions"): its own footprint, no price cut offered
    r"(?! (?:de|des|du|d'|of|in) (?:nos |notre |our |its |ses |leur |their |la |le |les |l'|the )?(?:[a-z\-]+ )?(?:deplacements|"
    r"emissions|empreinte|consommation|dechets|waste|footprint|carbone?|co2|plastiques?|energie|energy|travel|vols|flights|"
    r"trajets|absenteisme|accidents|turnover|inegalites|ecarts?|gap)(?![a-z]))|"
    # the reader told to buy themself the thing ("treat yourself 💜" under a product): a call, weak ("treat yourself to an
    # early night" is advice, not a sale)
    r"(?:treat|spoil) (?:yourself|yourselves|urself)(?! to)(?![a-z])|"
    # where to buy it told ("Waitrose has them", "grab them at Tesco", « dispo chez Monoprix » is PROMO): the reader sent to
    # a named shop's shelf, a weak cue (16 CFR 255.0; CAP 1.1; loi 2023-451 art. 1)
    r"(?:waitrose|tesco|sainsbury'?s|asda|morrisons|aldi|lidl|m&s|marks (?:&|and) spencer|ocado|co-op|boots|superdrug|"
    r"target|walmart|costco|whole foods|trader joe'?s|kroger|safeway|publix|wegmans|cvs|walgreens|sephora|ulta|"
    r"carrefour|monoprix|franprix|leclerc|auchan|intermarche|picard|naturalia|biocoop|fnac|darty|decathlon) "
    r"(?:now )?(?:has|have|stocks?|sells?|carries|carry) (?:them|it|these|those|the [a-z\-]+s?)(?![a-z])|"
    r"(?:get|grab|buy|find|pick up|pick them up|snap up) (?:them|it|these|those|one|some|a pack|a box) (?:at|from|in) (?:your local )?"
    r"(?:waitrose|tesco|sainsbury'?s|asda|morrisons|aldi|lidl|m&s|ocado|co-op|boots|superdrug|target|walmart|costco|"
    r"whole foods|trader joe'?s|kroger|safeway|sephora|ulta|carrefour|monoprix|franprix|leclerc|auchan|intermarche)(?![a-z])|"
    r"(?:vient|viennent) (?:tout juste )?de sortir|go (?:have|take) a look|allez (?:y )?jeter un (?:oeil|coup d'oeil)|"
    r"(?<!report )(?<!update )(?<!results )(?<!study )(?<!figures )(?<!data )(?<!statistics )(?<!stats )(?<!survey )(?:is|are) out(?![a-z])|(?:is|are) now out|out now(?![a-z])|"
    # a link the reader is sent to in the bio or a story ("link to the serum in my story", « lien du sérum dans ma
    # story »): the product one tap away, a weak cue (a job ad sends there too)
    r"links? (?:to (?:the |my |our |it |them )?(?:[a-z\-]+ ){0,2})?in (?:my |the |our )?(?:bio|story|stories|highlights?)(?![a-z])|"
    r"liens? (?:en|dans) (?:ma |mes |la |les )?(?:bio|story|stories)(?![a-z])|"
    r"liens? (?:du |de la |des |de l'|d'|vers (?:le |la |les |l'))(?:[a-z\-]+ ){1,3}?(?:en|dans) (?:ma |mes |la |les )?"
    r"(?:bio|story|stories)(?![a-z])|swipe up|"
    r"(?:j'adore|i love|loving|obsessed|je recommande|je vous recommande|je vous la recommande|"
    r"je vous le recommande|i recommend|i highly recommend|highly recommend|can't live without|coup de coeur)"
    + _NOT_PRODUCT + r"|"
    r"(?:decouvrez|discover|check out|testez|essayez|craquez|foncez|go get)(?![a-z])|"
    r"(?:try|tried|testing|teste|j'ai teste|je teste) (?:it|them|the|our|this|these|out|now|le|la|les|ce|cette|ces|"
    r"notre|nos|leur|leurs)|"
    r"(?:notre|nos|our|leur|leurs|their) (?:nouvelle?s? |nouveaux? |new |latest |dernier |derniere )?(?:offres?|"
    r"produits?|products?|app|appli|application|gamme|range|collection|boutique|store|shop|abonnements?|"
    r"subscriptions?|logiciel|software|plateforme|platform|formule|menu|carte|modele|model|serum|creme|cream|"
    r"casque|headphones|forfait|plan|outil|tool|" + _GOODS + r")s?(?![a-z])|"
    r"check (?:them|it|this|these|those) out|"
    # a sign-up urged on the reader ("sign up today", « ouvrez votre compte dès maintenant »): weak, for a blood drive or a
    # charity run asks the same
    r"(?:sign up|signup|subscribe|open an account|open your account|ouvrez (?:un|votre) compte|inscrivez-vous|abonnez-vous) "
    r"(?:today|now|here|online|in minutes|aujourd'hui|maintenant|des maintenant|en ligne|en quelques minutes)(?![a-z])|"
    r"(?<!scheme )(?<!programme )(?<!program )(?<!applications )(?<!application )(?<!candidatures )(?<!recrutement )"
    r"(?<!not )(?<!were )(?<!eyes )(?<!office )(?<!offices )(?<!bureau )(?<!bureaux )(?<!campus )(?<!hq )(?<!headquarters )"
    r"(?<!usine )(?<!factory )(?<!warehouse )(?<!entrepot )(?:opens?|ouvre|ouvrent|opening|ouverture|inaugure|inaugurons)(?<!job opening) (?:in|a|au|en|its|ses|sa|son|this|"
    r"ce|cette|today|demain|tomorrow|le|la|les|our|notre|nos|new|nouveau|nouvelle|ses portes|its doors|[0-9]|bientot|soon|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"next|this)(?![a-z])"
)
#: a consumer's verdict on a product ("best … I've ever", "would recommend", « de loin le meilleur », a
#: review): read only when no promotion was found, and as strong as one (an employee posing as a customer)
#: a span a product is tried over (« pendant un mois », "for two weeks"): a trial, not a career ("for ten years")
_TRIAL_SPAN = (r"(?:\d+|un|une|deux|trois|quatre|cinq|six|huit|dix|quinze|a|one|two|three|four|five|six|ten|a couple of|a few) "
               r"(?:jours?|semaines?|mois|days?|weeks?|months?)(?![a-z])")
#: the customer's posture (C. consom. L121-4 22° « se présenter faussement comme un consommateur »; 16 CFR 255.5; CPUTR
#: Sch. 1 para 22): a product tried over a span of time (« j'ai testé l'appli X pendant un mois », "been using X for two
#: weeks"), a review's verdict ("verdict:", « mon verdict »), a keeper (« je la garde », "it's a keeper"), a find ("found
#: this app called X", « pourquoi personne ne m'en a parlé »). Read like ``ENDORSEMENT`` but only when said of the brand (a
#: clause naming it, see ``aimed``): "found this old photo called…" or « je la garde » alone say nothing of a product.
#: The span of a trial is looked at, not matched: "a month" is said of the trial, not of a day one praises
POSTURE = (
    r"(?:testee?s?|essayee?s?|utilisee?s?|adoptee?s?)(?: [a-z0-9'\-]+){1,6}(?= (?:pendant|durant|depuis) " + _TRIAL_SPAN + ")|"
    r"(?:tried|tested|trialled|trialed|used|using|been using|road[\s\-]tested)(?: [a-z0-9'\-]+){1,6}(?= (?:for|over) "
    r"(?:the (?:last|past) )?" + _TRIAL_SPAN + ")|"
    r"(?:mon|my|final|honest|quick) verdict(?![a-z])|verdict ?:|"
    r"je (?:la|le|les) garde(?:rai)?(?![a-z])|(?:i'm|i am|im) keeping (?:it|them|this|these)(?![a-z])|(?:it's|its|a|definitely a) keeper(?![a-z])|"
    r"(?:found|discovered|stumbled (?:up)?on|came across|ran into) (?:this|an?) (?:[a-z\-]+ ){0,3}(?:called|named)(?![a-z])|"
    r"(?:decouvert|trouve|tombee? sur) (?:cette|cet|ce|une|un) (?:[a-z\-]+ ){0,3}(?:qui s'appelle|appelee?|nommee?)(?![a-z])|"
    r"why (?:did|didn't|has|hasn't|had) (?:no ?one|any ?one|nobody|anybody) (?:ever )?(?:tell|told) me|"
    r"where (?:has|have) (?:this|these|it|they|you) been all my life|"
    r"pourquoi (?:personne ne m'en a|on ne m'en a) (?:jamais |pas )?(?:parle|dit)|"
    r"ou (?:etait|etais|etaient)[\s\-](?:tu|elle|il|ils|elles) (?:pendant )?toute ma vie"
)
#: the author says they are a customer or an ordinary user ("just a regular user here", "as a longtime customer", "switched
#: to X last month", "been using X for months", « simple utilisatrice », « cliente depuis 2019 »): said by an employee, a
#: consumer's identity the advertising label does not undo: "Ad" tells the reader the brand pays, not that the voice is
#: the brand's own staff posing as its customer (directive 2005/29/CE annex I pt 22 and C. consom. L121-4 22°: « se
#: présenter faussement comme un consommateur » ; CPUTR 2008 Sch. 1 para 22 ; 16 CFR 255.5 and its example of an
#: employee's consumer-style review)
CUSTOMER_POSE_RE = WordStartSearch.compile(
    r"(?<![a-z])(?:"
    # (one customer, the author: "just a regular user here", "a real customer"; "real customers" are the brand's clientele)
    r"(?:(?:just |only )(?:a |an )?|(?:a|an) )(?:regular|ordinary|normal|everyday|average|real|longtime|long-time|long time|"
    r"loyal|happy|satisfied|paying|genuine) (?:user|customer|client|buyer|shopper|consumer)|"
    r"as an? (?:[a-z0-9&\-]+ ){0,4}(?:customer|user|client|buyer|shopper|consumer)(?! (?:success|support|service|care|experience|relations|insights?|journey|data|team|facing)(?![a-z]))|"
    r"(?<!we )(?<!they )(?:switched|made the switch) (?:over )?to|since i switched|"
    r"(?:been|i've been|i have been) using (?:[a-z0-9'\-]+ ){0,6}(?:for|over) (?:the (?:last|past) )?(?:months|years|weeks|a year|"
    r"ages|\d+|two|three|four|five|six|several|many)|"
    r"(?:simple|fidele|vraie?) (?:utilisat(?:rice|eur)|cliente?|consommat(?:rice|eur))s?|"
    r"(?:en tant que|comme) (?:simple |fidele )?(?:cliente?|utilisat(?:rice|eur)|consommat(?:rice|eur))|"
    r"cliente? (?:fidele|depuis)|(?:je suis|suis) passee? (?:a|au|chez|sur)|"
    # a customer's years told ("been a Marrow Bank customer for years", « cliente de la Banque X depuis 10 ans ») or the
    # product just found ("a mom of 3 who just discovered X", « je viens de découvrir X »): a consumer's identity
    r"(?:been|i've been|i have been|i'm|i am|je suis) (?:an? )?(?:[a-z0-9&'\-]+ ){0,3}(?:customer|client|member|user)s? (?:for|since)|"
    r"cliente? (?:de|d'|chez) (?:[a-z0-9&'\-]+ ){0,3}depuis|"
    r"(?:who|i|we) (?:just|finally|recently) (?:discovered|started using)|"
    r"(?:je viens|qui vient|on vient|nous venons) de (?:decouvrir|commencer a utiliser)|"
    r"j'utilise (?:[a-z0-9'\-]+ ){0,6}depuis (?:des mois|des annees|\d+|deux|trois|plusieurs|un an|six)|"
    # a shopper who has tried the whole shelf ("as a mom who's tried everything", « j'ai tout essayé »)
    r"(?:who's|who has|who've|who have|i've|i have) (?:tried|tested) (?:everything|it all|them all)|"
    r"(?:j'ai|qui a|qui ont) (?:tout|toutes les marques|tous les produits) (?:essaye|teste)"
    r")(?![a-z])")

ENDORSEMENT = (
    # a product (not a person: "our new hire is the real deal") called the genuine article, or said to have changed how the author lives a moment ("is the real deal",
    # « la lampe qui m'a réconciliée avec le réveil », "made me love mornings again"): a consumer's verdict
    r"(?:product|app|tool|software|platform|service|system|device|feature|it|this|these|this one|stuff|formula|range|kit|thing)s?"
    r"(?:'s| is| are| really is| truly is) (?:the |a )?real deal(?![a-z])|(?:m'a|m'ont|nous a|nous ont) reconcilie(?:e|s|es)? avec(?![a-z])|"
    r"reconciled (?:me|us) with|(?:made|makes) (?:me|us) (?:love|like|enjoy) (?:[a-z']+ ){1,3}again(?![a-z])|"
    r"would recommend|recommande(?:rais)? (?:les yeux fermes|a 100|vivement|chaudement|a tous|a toutes)|"
    r"(?:change|changera|a change) (?:tout|la vie|ma vie|mon quotidien|la donne)|(?:changes|changed) (?:everything|my life|the game)|"
    r"life[\s\-]changing|(?:testee?s?|essayee?s?) (?:toute|tout|pendant|depuis|durant)(?![a-z])|tested (?:it )?(?:for|all|over|since)(?![a-z])|"
    r"(?:tried|tested) (?:every|all the|a dozen|dozens of|loads of) |(?:teste|essaye) (?:tous les|toutes les|une dizaine de) |"
    r"in (?:your|ta|votre) (?:life|vie)(?![a-z])|dans (?:ta|votre) vie(?![a-z])|(?:cheaper|better|moins cher|moins chere) (?:than|que)(?![a-z])|"
    r"i've (?:ever )?(?:had|tasted|owned|bought)(?![a-z])|i've (?:ever )?(?:tried|used)(?= *[.,!]| *$| (?:so far|yet|in years|this year))|"
    r"game[\s\-]?changer|must[\s\-]have|thank me later|you won't regret|(?:vous ne le|tu ne le) regretter|"
    r"best (?:[a-z\-]+ ){0,2}(?:i've|i have|i ever|i'd|ever|on the market|out there|in town|around|money)(?![a-z])|"
    # the verdict closed by "period" ("best leggings for hot yoga, period", « la meilleure crème, point final »): no debate left
    r"best (?:[a-z\-]+ ){0,5}?[a-z\-]+(?:, ?|\. ?| - | )period(?![a-z])|"
    r"(?:le meilleur|la meilleure|les meilleur(?:e)?s) (?:[a-z\-]+ ){0,5}?[a-z\-]+(?:, ?|\. ?| - | )point (?:final|barre)(?![a-z])|"
    # the shopper's comparison and the friend's advice ("best rate I found", "go to them", « allez-y les yeux fermés »): a
    # consumer's verdict on the provider, a testimonial when an employee gives it (C. consom. L121-4 22°; CPUTR Sch. 1
    # para 22; 16 CFR 255.5)
    r"best (?:[a-z\-]+ ){0,2}(?:i (?:found|could find|got|saw)|i've (?:found|seen|got))(?![a-z])|"
    r"go (?:to|with) (?:them|these guys|this lot)(?= *[.,!]| *$)|"
    r"(?:allez|foncez|fonce|vas|va|achetez|prenez|courez)[\s\-]?(?:y |-y )?les yeux fermes|"
    r"best (?:[a-z\-]+ ){0,2}of my (?:life|year)(?![a-z])|(?:est|sont|c'est) (?:une |vraiment une |juste une )?(?:tuerie|dinguerie|pepite)(?![a-z])|"
    r"(?:comfiest|softest|warmest|best|nicest|coolest|favourite|favorite|lightest|tastiest|easiest)(?: [a-z\-]+){0,2} i (?:own|wear|use|have)(?= *[.,!]| *$| right now| hands down)|"
    r"(?:a|ont) change (?:ma|mes|mon) (?:peau|cheveux|nuits|sommeil|routine|quotidien|matinees)|changed my (?:skin|hair|sleep|mornings|routine)|"
    r"(?:je ne peux|j'peux|je peux) plus (?:m'en passer|vivre sans)|can't stop using|highly rate|rate (?:it|them|this) highly|"
    r"(?:by far|hands down) the best|the only (?:one|ones|[a-z\-]+) (?:i'd|i would|i'll|i will|that|which|i) "
    r"(?:pay|buy|use|trust|recommend|survive|works?|lasts?|stuck)|de loin (?:le |la )?meilleur|"
    r"meilleur(?:e|s|es)? (?:[a-z\-]+ ){0,2}(?:du marche|de france|de loin|que j'ai|qui soit|au monde|de ma vie|du moment)|"
    # the best of a season's trials (« la meilleure crème solaire testée cet été », "best sunscreen I've tried this summer"):
    # a consumer's verdict, as a review gives it (C. consom. L121-4 22°; 16 CFR 255.5; CPUTR Sch. 1 para 22)
    r"meilleur(?:e|s|es)? (?:[a-z\-]+ ){0,3}(?:testee?s?|essayee?s?|goutee?s?|utilisee?s?) (?:cet ete|cet hiver|cet automne|ce printemps|"
    r"cette annee|cette saison|ce mois-ci|depuis (?:des annees|longtemps))|"
    r"meilleur(?:e|s|es)? (?:[a-z\-]+ ){1,3}(?:de l'ete|de l'hiver|de l'annee|de la saison)(?![a-z])|"
    r"best (?:[a-z\-]+ ){1,3}(?:i've |i have |i )?(?:tested|tried|used|had) (?:this|all) (?:summer|winter|year|season|spring|autumn|fall)(?![a-z])|"
    r"ce qu'il y a de mieux|verified (?:buyer|purchase|customer)|achat verifie|"
    r"(?:depuis que je suis passee?|since i switched) (?:chez|to)|"
    r"(?:my|our|mon|ma|notre) (?:full |honest |complete |quick )?(?:review|avis complet|test complet)(?![a-z])|voici mon avis|"
    r"(?:parfait|parfaite|parfaits|parfaites|ideal|ideale|perfect) pour(?![a-z])|perfect for(?![a-z])|"
    r"allez (?:voir|tester|essayer)|go (?:see|check|try)(?![a-z])|"
    r"(?:can't|cannot|couldn't) recommend (?:it|them|this|these|enough)|recommend (?:it|them|this|these)(?![a-z])|"
    r"(?:je|on) (?:vous )?(?:la|le|les) (?:conseille|recommande)|je (?:vous )?conseille (?:vivement |fortement )?(?:cette|ce|ces|la|le|les)|"
    r"(?:i'm|i am|im) (?:a |such a )?(?:big|huge|massive|total|die-hard|diehard) (?:[a-z0-9&'\-]+ ){0,3}fan(?![a-z])|"
    r"(?:je suis|suis) (?:fan|fane|accro|une inconditionnelle|un inconditionnel) (?:absolue? |totale? )?(?:de|d'|du|des)(?![a-z])|"
    r"ne (?:jure|jurent|jurons) (?:plus )?que par|swear by|rien a redire|nothing to fault|no regrets|aucun regret|"
    r"saves? (?:me|us) (?:\d+|hours|time|so much|a ton|a lot)|(?:me|nous) fait gagner (?:\d+|du temps|des heures)|"
    r"never looked better|n'a jamais ete aussi|worth every (?:penny|cent)|(?:vaut|valent) (?:vraiment |largement )?le coup|"
    r"a adopter(?![a-z])|get (?:it|one|yours)(?= *[,.!]| *$| now| today| here)|"
    r"(?<!equipe )(?<!team )(?<!collegues )(?<!colleagues )(?<!ambiance )(?<!people )(?<!gens )(?<!crew )(?<!boss )"
    r"(?<!manager )(?<!vibe )(?<!everyone )(?<!everybody )(?<!you )(?<!y'all )(?<!folks )(?<!guys )(?<!vous )(?<!monde )"
    r"(?<!staff )(?<!tous )(?<!toutes )(?:est|sont|is|are) (?:vraiment |trop |juste |so |really |absolutely |just )?"
    r"(?:parfaite?s?|perfect|superbes?|gorgeous|geniale?s?|geniaux|brilliant|incroyables?|amazing|awesome|top|"
    r"fantastic|excellente?s?|stunning|unreal)(?![a-z])|"
    r"(?:" + _GOODS + r"|lampe|lamp|app|appli|application|dashboard|card|carte|editor|tool|outil|produit|product|"
    r"gamme|range|service|formule|abonnement|subscription)(?: [a-z\-]+){0,2} (?:incroyables?|parfaite?s?|superbes?|"
    r"geniale?s?|gorgeous|brilliant|amazing|magnifiques?)(?![a-z])|"
    r"the only (?:one|ones|[a-z\-]+(?: [a-z\-]+)?) (?:my|i|we|that) (?:[a-z]+ ){0,2}(?:can|will|would|actually|ever)(?![a-z])|"
    r"(?:can't|cannot|can not) believe how|hard to believe how|je n'en reviens pas|bluffant|"
    # a friend's tip to shortlist the product ("worth a look", "give them a look", "put it on your shortlist", « c'est le
    # moment de tester »): a consumer's recommendation, an employee's testimonial when the link is not told (C. consom.
    # L121-4 22°; CPUTR Sch. 1 para 22; 16 CFR 255.5)
    r"(?:is|are|it's|they're|definitely|well|really) worth a (?:look|try|shot|punt)(?![a-z])|"
    r"give (?:it|them|this|these) a (?:look|try|go|whirl|shot|spin)(?![a-z])|"
    r"(?:put|add) (?:it|them|this|these) (?:on|to) your (?:short ?list|radar)(?![a-z])|"
    # (« c'est le moment de tester le vélo en ville » names a thing, not the product: the call must be about it)
    r"(?:c'est le moment|c'est l'occasion) de (?:l'essayer|la tester|le tester|les tester|l'adopter|(?:tester|essayer)"
    r"(?= *(?:[,.!?\n]|$)))|"
    r"(?:now's|now is) the (?:time|moment) to (?:try|test) (?:it|them)(?![a-z])"
)

#: prices and discounts (no literal start: searched on their own, quickly, by their first character); not a pay range's
#: first figure, whatever its dash ("£38–45k": a salary, not a price)
_NOT_PAY = (r"(?![\d.,]*k)(?! ?(?:-|\u2013|\u2014|to|a) ?[€$£]?\d)(?! ?(?:a year|per year|/yr|/year|annually|per hour|/hour|an hour|brut|net|par an|"
            r"/an|k|(?:ont ete |have been |were )?(?:recoltes|collectes|leves|reunis|donnes|raised|collected|donated|pour l'association|for charity|de dons|in donations)))")
PRICE = (r"[€$£] ?\d++(?:[.,]\d+)*+" + _NOT_PAY + r"|(?<![\d.,])\d++(?:[.,]\d+)*+ ?(?:€|euros?(?![a-z]))" + _NOT_PAY + r"|"
         r"-\d+ ?%|\d+ ?% (?:off|de reduction|de remise|offerts?)")

#: a personal code ("use my code ZEST20", "mon code LEA10"): a commission or reward is implied
CODE_RE = re.compile(r"(?<![a-z0-9])(?:(?:mon|my|with my|avec mon|use|utilise|utilisez|using) code|code (?:promo )?"
                     r"[a-z]*\d+[a-z0-9]*|promo ?code|code promo|"
                     # a code given bare ("use SAM22 at checkout", « avec SAM22 c'est -20 % ») or a link tagged to the author
                     r"(?:use|utilise|utilisez|enter|entrez|tape|tapez|avec|with) [a-z]{2,}\d+[a-z0-9]*(?= (?:at checkout|au paiement|"
                     r"pour|for|to get|c'est|=|and get|et)|\s*[!.,=]|\s*$)|"
                     r"code [a-z]{3,} (?:gets|gives|saves|unlocks) (?:you|u)(?![a-z])|code [a-z]{3,} (?:te|vous) (?:donne|offre|fait gagner)(?![a-z])|"
                     # a code named beside its discount ("Code DANI = 12% off", "10% off with code HIKEJO")
                     r"code [a-z]{3,} ?(?:[=:]|for|pour)? ?-?\d+ ?%|\d+ ?% (?:off|de reduction|de remise),? (?:with|using|avec) (?:the |le )?code [a-z]{3,})"
                     r"|[?&](?:ref|aff|affiliate|tag|via)=[a-z0-9_\-]+")
PRICE_RE = re.compile(PRICE)
#: a link or a sign-up the author earns from ("with my link", « via mon lien », "we both get £20"): a referral,
#: a consideration the text states whatever the context says (loi 2023-451 art. 1; 16 CFR 255.5; CAP 2.1)
OWN_LINK_RE = re.compile(r"(?<![a-z])(?:(?:with|via|through|thru|use|using|from) my (?:link|referral|invite)|"
                         r"(?:avec|via|par|sur) mon lien|we both (?:get|earn|receive)|(?:on|nous) (?:gagne|gagnons|recoit|"
                         r"recevons|touche|touchons) (?:tous|toutes) (?:les )?deux)(?![a-z])")
#: a sale that pays the author: a discount through "my link" or the bio's link ("link in bio for $300 off", « -15 % avec
#: mon lien »); with a personal code, a tagged link or an affiliate link it says a commission (``pays_per_sale``)
_DISCOUNT = r"(?:[$€£] ?\d[\d,.]* off|\d+ ?% off|-\d+ ?%|\d+ ?% de (?:reduction|remise)|discount|reduction|remise)"
_SALES_LINK = (r"(?:links? in (?:my )?bio|linked in (?:my )?bio|lien (?:en|dans (?:ma|la)) bio|(?:my|mon) (?:link|lien)|"
               r"swipe up)(?![a-z])")
SALES_LINK_RE = re.compile(r"(?<![a-z])(?:" + _SALES_LINK + r"[^.!?\n]{0,40}" + _DISCOUNT + "|" + _DISCOUNT + r"[^.!?\n]{0,40}"
                           + _SALES_LINK + ")")

#: ``CODE_RE.search(folded) is not None`` and ``OWN_LINK_RE``'s, each searched from the character before a word
has_code = found_test(CODE_RE)
has_own_link = found_test(OWN_LINK_RE)


def pays_per_sale(folded: str, text: str) -> bool:
    """Does the text show that what it sells pays its author (a personal code, a link tagged to them, an affiliate link, a
    discount through their link, a reward said)? A gift disclosed beside it tells one connection and hides the other
    (16 CFR 255.5: every material connection; loi 2023-451 art. 5; CAP 2.1). Pound signs are read in the raw text."""
    return (has_code(folded) or SALES_LINK_RE.search(folded) is not None or "affiliat" in folded
            or has_own_link(folded)
            or ("£" in text and SALES_LINK_RE.search(text.lower()) is not None) or states_reward(folded))
#: a series of posts agreed with the brand (« épisode 2/4 de notre série avec X », "part 2 of my series with X"): a
#: partnership the brand pays for, not a gift sent to try (loi 2023-451 art. 1 and 5; 16 CFR 255.5; CAP 2.1)
PAID_SERIES_RE = re.compile(r"(?<![a-z])(?:(?:episode|ep|part|partie|volet|chapitre|chapter) ?\d+ ?(?:/|sur|of|de) ?\d+(?![\d])|"
                            # "our third video together", « notre troisième vidéo ensemble »: a run of posts agreed with the brand
                            r"(?:our|notre) (?:second|third|fourth|fifth|sixth|\d+(?:nd|rd|th|e|eme)|deuxieme|"
                            r"troisieme|quatrieme|cinquieme) (?:video|post|reel|collab|collaboration|publication|campaign|"
                            r"campagne)s? (?:together|ensemble)|"
                            r"(?:notre|ma|our|my) (?:mini-)?(?:serie|series)(?: [^.!?\n]{0,40}?)? (?:avec|with|x) )")


#: a paid engagement told in words beside a gift (« dans le cadre de mon contrat d'ambassadrice », "they booked me as one of
#: their paid campaign creators", "my year-long ambassador deal", « partenariat rémunéré »): the brand pays for the posts,
#: which "#gifted" or « produit offert » understates (16 CFR 255.5 and FTC Disclosures 101: "#ad" or "paid partnership"
#: when paid; loi 2023-451 art. 5: « Publicité » ou « Collaboration commerciale »; CAP 2.1 and the CMA/ASA guide: "Ad")
PAID_TIE_RE = WordStartSearch.compile(
    r"(?<![a-z])(?<!not a )(?<!n't a )(?<!no )(?<!non )(?<!not )(?:"
    r"paid (?:[a-z\-]+ ){0,2}?(?:campaigns?|partnerships?|partners?|collabs?|collaborations?|creators?|ambassadors?|"
    r"ambassadorships?|contracts?|deals?|gigs?|retainers?)|"
    r"(?:ambassador|ambassadorship|brand|partnership|creator|influencer) (?:contract|deal|retainer|agreement)s?|"
    r"(?:year[\s\-]long|annual|yearly|12[\s\-]month|six[\s\-]month|multi[\s\-]year|long[\s\-]term) (?:paid )?(?:ambassador(?:ship)?|"
    r"partnership|contract|deal|retainer)|on (?:a |an )?(?:monthly |annual |paid )?retainer|(?:under|on) (?:a )?contract (?:with|for)|"
    r"(?:they|she|he|the brand|who) (?:pay|pays|paid|are paying|is paying|have paid|has paid) me(?![a-z])|"
    r"contrats? d'(?:ambassad[a-z]*|egerie|image|influence[a-z]*)|contrats? (?:de partenariat|de collaboration|annuel|avec)|"
    r"sous contrat (?:avec|chez)|(?:partenariat|collaboration|campagne|mission)s? (?:remuneree?s?|payante?s?|payee?s?)|"
    r"ambassadrice (?:remuneree|payee)|ambassadeur (?:remunere|paye)|"
    r"(?:ils|elles|la marque) me (?:paient|payent|paie|paye|remunerent|remunere)(?![a-z])|"
    # the payment thanked for beside the gift (« merci pour le virement », "thanks for the payment")
    r"(?:merci|thanks?|thank you) (?:aussi |also |too )?(?:pour|for) (?:le|the|ton|votre|your) (?:virement|paiement|cachet|"
    r"cheque|payment|transfer|wire|paycheck|check(?![\-\s]?in)|fee)"
    r")(?![a-z])")
#: every match of PAID_TIE_RE holds one of these
PAID_TIE_WORDS = ("paid", "contract", "contrat", "deal", "retainer", "remunere", "payant", "paye", "pay", "agreement", "paient",
                  "virement", "paiement", "cachet", "cheque", "transfer", "wire", "check", "fee")


def paid_tie(folded: str) -> bool:
    """Does the text tell, in words, an engagement the brand pays for (``PAID_TIE_RE``)?"""
    return any(w in folded for w in PAID_TIE_WORDS) and PAID_TIE_RE.search(folded) is not None


def gift_hides_pay(folded: str, text: str) -> bool:
    """Does the text show a connection stronger than the gift it tells: a commission per sale (``pays_per_sale``), a
    series of posts agreed with the brand or a paid engagement told in words (``paid_tie``) (16 CFR 255.5: every material
    connection; loi 2023-451 art. 5; CAP 2.1)?"""
    return pays_per_sale(folded, text) or (("serie" in folded or "/" in folded or " of " in folded or " sur " in folded
                                             or "together" in folded or "ensemble" in folded)
                                            and PAID_SERIES_RE.search(folded) is not None) or paid_tie(folded)


#: an offer's own urgency ("this week only", « aujourd'hui seulement »): read when no other strong signal was found
URGENCY_RE = re.compile(r"(?<![a-z])(?:this week|this weekend|today|tonight|this month|48 ?h|24 ?h|ce week-end|"
                        r"aujourd'hui|cette semaine|ce soir) (?:only|seulement|uniquement)(?![a-z])")
URGENCY_WORDS = ("only", "seulement", "uniquement")
#: a link to a shop written without its scheme ("acme.com/shop", « acme.fr/boutique »): a strong signal too
SHOP_LINK_RE = re.compile(r"(?<![a-z0-9\-.])[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.(?:com|co\.uk|fr|io|shop|store|net|eu|uk|us)/"
                          r"(?:shop|store|boutique|products?|produits?|offers?|offres?|deals?|promo|pricing|tarifs|buy|"
                          r"acheter)(?![a-z])")
#: folding drops "£" (a Latin-1 symbol): pound prices are read in the raw, lower-cased text
POUND_RE = re.compile(r"£ ?\d++(?:[.,]\d+)*+" + _NOT_PAY)  # possessive, as ``PRICE``: "£38–45k" is no "£3"
#: a consumer review's stars or score, in the raw text (folding maps every pictograph to one mark)
STARS_RE = re.compile("(?:[\u2b50\u2605\U0001f31f]\ufe0f?){3,}")

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
    r"ambassador program(?:me)?|(?:get|gets|got|getting) (?:paid|rewarded|points) (?:for|when|if)|"
    # a sum per friend, sign-up or sale, the sign dropped by folding ("I get £10 for every friend who signs up")
    r"(?:i|je|on|nous) (?:earn|get|receive|make|touche|gagne|recois|empoche)(?:rai)? [$£€]? ?\d+ ?(?:€|euros?|\$|£)? "
    r"(?:for|per|pour|par|on|sur|a) (?:every|each|chaque|tout|toute) ?(?:new )?(?:friend|referral|sign[\s\-]?up|signup|person|"
    r"order|sale|ami|amie|filleul|filleule|inscription|commande|vente|nouveau|nouvelle)"
    r")")
#: every alternative of REWARD_RE holds one of these: most texts are ruled out without the regex
REWARD_WORDS = ("point", "prime", "commission", "bonus", "pourcentage", "remunera", "recompense", "cadeau", "€", "euro",
                "parrain", "ambassad", "reward", "cut", "percentage", "referral", "kickback", "$", "£", "paid",
                "every", "each", "chaque")


_REWARD_REACH = 140   # longer than any match of REWARD_RE: one around each trigger word finds them all
#: REWARD_RE found from the separator before its first word: a search that starts with a character class skips to its
#: candidates in C, one that starts with a look-behind tries every position
_REWARD_SCAN = re.compile(r"[^a-z0-9](?=" + REWARD_RE.pattern.removeprefix(r"(?<![a-z0-9])") + ")")


#: where a trigger word of REWARD_RE starts (one search skips in C to the letters they start with)
_REWARD_TRIGGER = re.compile(trie_regex(REWARD_WORDS))


def states_reward(folded: str) -> bool:
    """Does the (folded) text say its author gets something for the post or what it brings in?
    Every match holds a trigger word: only the stretches around those words are searched."""
    search = _REWARD_SCAN.search
    at = _REWARD_TRIGGER.search(folded)
    while at is not None:
        i = at.start()
        for w in REWARD_WORDS:  # every trigger word that starts here
            if not folded.startswith(w, i):
                continue
            lo, hi = i - _REWARD_REACH, i + len(w) + _REWARD_REACH
            # a match starting at ``lo`` or later: its separator is at ``lo - 1`` or later (at 0, none is needed)
            if lo > 0:
                if search(folded, lo - 1, hi) is not None:
                    return True
            elif search(folded, 0, hi) is not None or REWARD_RE.match(folded, 0, hi) is not None:
                return True
        at = _REWARD_TRIGGER.search(folded, i + 1)
    return False


#: a referral mechanism the text runs: a referral code or link, sponsorship of a friend, a reward per sign-up
#: (« parrainage », "refer a friend"): an affiliate's consideration for what the post brings in, not the employment's
REFERRAL_RE = re.compile(r"(?<![a-z])(?:referral (?:codes?|links?|bonus(?:es)?|credits?|program(?:me)?s?|fees?|rewards?)|"
                         r"refer[\s\-]a[\s\-]friend|(?:codes?|liens?|offres?|programme) (?:de )?parrainage|parrain(?:e|er|ez)|"
                         r"filleule?s?|(?:per|for every|for each|pour chaque|par) (?:new )?(?:friend|referral|sign[\s\-]?up|"
                         r"signup|filleul|ami|amie|inscription)s?(?![a-z]))")


def states_referral(folded: str) -> bool:
    """Does the (folded) text run a referral mechanism and say the author gets something from it (``REFERRAL_RE``
    and ``states_reward``)? A reward per sign-up is an affiliate's consideration: the advertising label is owed
    even where the employment stated up front discloses the employer's own programme (16 CFR 255.5; README)."""
    return ("ferr" in folded or "parrain" in folded or "filleul" in folded or "per " in folded or "pour chaque" in folded
            or "par " in folded or "every" in folded or "each" in folded) and REFERRAL_RE.search(folded) is not None \
        and states_reward(folded)


#: the post speaks of competitors or the market's other players: promotional words there may be their news
OTHERS_RE = re.compile(r"(?<![a-z])(?:concurren(?:ts?|tes?|ce|tiel(?:le)?s?)|competitors?|rivals?|rivaux|"
                       r"other (?:players|brands|firms|companies)|autres (?:acteurs|enseignes|marques))(?![a-z])")
_OTHERS_SCAN = re.compile(r"[^a-z](?=" + OTHERS_RE.pattern.removeprefix(r"(?<![a-z])") + ")")


def speaks_of_others(folded: str) -> bool:
    """Does the text speak of competitors or the market's other players (``OTHERS_RE``)? Searched from the
    separator before the word: a leading character class is found in C, a leading look-behind is not."""
    return _OTHERS_SCAN.search(folded) is not None or OTHERS_RE.match(folded) is not None


#: the author's own voice ("our", « nous », "I") or a code, a link, a label: a promotion of one's own
_OWN_RE = re.compile(r"(?<![a-z])(?:notre|nos|our|ours|we|we're|we've|us|nous|on|mon|ma|mes|my|i|i'm|je|j'|chez nous|"
                     r"code|link|lien|http|#ad|#pub|sponsor\w*|publicite|collaboration|partenariat|ad)(?![a-z])")
_PROMO_RE = None
_HINT_RE = None
#: the post turns to the reader
ADDRESSED_RE = re.compile(r"(?<![a-z'])(?:you|your|yours|you're|you'll|tu|toi|ton|ta|tes|vous|votre|vos|t'|te)(?![a-z])")
#: the reader named only in a turn of phrase ("whatever you think of crypto", "what do you think?", "as you may know", « qu'en
#: pensez-vous ? »): an opinion asked or granted, no offer turned to them
_ASIDE_RE = re.compile(r"(?<![a-z'])(?:whatever you (?:think|feel|make) (?:of|about)|what do you (?:think|make of)|if you ask me|"
                       r"as you (?:may |might |probably |all )?know|you may have (?:seen|heard|read)|"
                       r"comme vous le savez|qu'en pensez-vous|vous en pensez quoi|tu en penses quoi|"
                       r"que vous (?:soyez|pensiez) (?:pour|contre)|que tu sois (?:pour|contre))(?![a-z])")


def addressed(folded: str) -> bool:
    """Does the text turn to the reader ("your boosted odds tonight")? An aside that only grants or asks an opinion
    ("whatever you think of crypto") does not."""
    if ADDRESSED_RE.search(folded) is None:
        return False
    return ADDRESSED_RE.search(_ASIDE_RE.sub(" ", folded)) is not None
#: "our competitor", « nos concurrents »: the possessive names the others
_COMPETITORS_RE = re.compile(r"(?<![a-z])(?:notre|nos|our|my|mon|mes|ma) (?:[a-z]+ )?(?:concurren(?:ts?|tes?|ce)|competitors?|"
                             r"competition|rivals?|rivaux)(?![a-z])")
#: a dot inside a handle or a domain ("@soline.cosmetique", "acme.com") ends no sentence
_SENTENCE_END = re.compile(r"[!?\n]|\.(?![a-z0-9])")


def about_others(folded: str, start: int, end: int, brand: str | None) -> bool:
    """Is the stretch [start, end) in a sentence with no first person, no code or link and not naming
    the brand? In a post that speaks of competitors, such a launch, opening, offer or price is theirs."""
    s = max((e.end() for e in _SENTENCE_END.finditer(folded, 0, start)), default=0)
    end_m = _SENTENCE_END.search(folded, end)
    sentence = _COMPETITORS_RE.sub(" ", folded[s:end_m.start() if end_m else len(folded)])
    return _OWN_RE.search(sentence) is None and not (brand and brand in sentence)


#: what "our …" names when it is no product: people, places and the company's life ("our team", "our
#: office", « notre séminaire »): praise of them praises the workplace, not what the brand sells
_NOT_OURS = (r"(?:team|teams|equipes?|people|gens|colleagues?|collegues?|coworkers?|co-workers?|staff|crew|customers?|"
             r"clients?|community|communaute|partners?|partenaires?|family|famille|office|offices|bureaux?|locaux|culture|"
             r"values|valeurs|mission|ceo|boss|interns?|stagiaires?|kids|enfants|day|journee|year|annee|week|"
             r"semaine|party|fete|event|evenement|offsite|seminaire|hackathon|meetup|conference|talk|jobs?|workplace|"
             r"employer|employeur|perks?|careers?|hires?|recrues?|candidates?|candidats?|city|ville|region|country|pays)")
#: the author's own thing ("our new glaze", « notre token maison »), not their people or workplace
OWN_THING_RE = re.compile(r"(?<![a-z])(?:notre|nos|our) (?!(?:[a-z\-]+ )?" + _NOT_OURS + r"(?![a-z]))[a-z]")


def sentence_of(folded: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding [start, end) in the folded text."""
    s = max((e.end() for e in _SENTENCE_END.finditer(folded, 0, start)), default=0)
    end_m = _SENTENCE_END.search(folded, end)
    return s, end_m.start() if end_m else len(folded)


_CLAUSE_END = re.compile(r"[.!?\n;:,()\u2014\u2013]| - ")


def aimed(folded: str, start: int, end: int, brand: str | None) -> bool:
    """Is the verdict at [start, end) said of the brand or the author's own product: in a clause that names the
    brand or "our"/« notre » thing? "Acme is hiring — best taco Tuesday in town" is not."""
    s = max((e.end() for e in _CLAUSE_END.finditer(folded, 0, start)), default=0)
    end_m = _CLAUSE_END.search(folded, end)
    clause = folded[s:end_m.start() if end_m else len(folded)]
    return bool(brand and brand in clause) or OWN_THING_RE.search(clause) is not None



# -- praise aimed at the brand (an employee posing as a satisfied customer) ---------------------------------
#
# An employee who praises the employer's product as a neutral third party hides the connection the reader
# would weigh (C. consom. L121-4 22°: "se présenter faussement comme un consommateur"; 16 CFR 255.5; CPUTR
# Sch. 1 para 22). No list of phrases can hold every way of saying "it's the best"; what they share is
# evaluative or recommending words of a few classes said of the brand or the author's own product. A post
# praises when, around a sentence naming the brand (or "our"/« notre » thing), words of two classes meet,
# one of them more than bare praise: a superlative and a comparison with the market, a call to the reader
# and a quality, an arrival ("new at X", "is here") and enthusiasm. Words said of people, the workplace or a
# day ("best team in town", "amazing people", "best quarter ever") praise no product. Two classes are a weak
# cue (a job ad may boast), three or more a verdict on the product, as strong as an offer.
_PRAISE_CLASSES = {
    # superlatives, English and French
    "superlative": (
        r"best|finest|greatest|cleanest|fastest|quickest|smoothest|easiest|simplest|cheapest|comfiest|cosiest|cosiest|"
        r"softest|tastiest|freshest|lightest|strongest|safest|smartest|sharpest|clearest|nicest|coolest|tightest|"
        r"most (?:accurate|reliable|precise|intuitive|powerful|comfortable|delicious|affordable|beautiful|elegant|robust|competitive|"
        r"complete|advanced|efficient|secure|flexible|innovative|useful|stylish|durable|generous)|"
        # "the only one that …" said of a product sets it above all others (16 CFR 255.5: an employee's verdict)
        r"the only (?:one|ones) (?:that|which)|"
        # "the first one I can fold with one hand", "the first one that doesn't leak", « la première qui ne pique pas »: the
        # product set above every other the author tried (an employee's consumer verdict, 16 CFR 255.5; C. consom. L121-4 22°)
        r"(?:the|my) first (?:one|ones) (?:that|which|i|i've|i'd|i can|i could|we)|(?:le|la) premiere? (?:[a-z\-]+ )?(?:qui|que j'ai)|"
        r"top[\s\-]?(?:notch|tier|rated|quality)|number one|no ?1|#1|n ?1|10 ?/ ?10|11 ?/ ?10|10 out of 10|dix sur dix|unbeatable|"
        r"(?:can't|cannot|couldn't) recommend (?:[a-z0-9&'\-]+ ){0,4}(?:enough|more highly|highly enough)|"
        r"unmatched|unrivall?ed|"
        r"second to none|like no other|in a (?:league|class) of (?:its|their) own|gold standard|best[\s\-]in[\s\-]class|"
        r"world[\s\-]class|industry[\s\-]leading|meilleure?s?|le top|au top|imbattables?|inegalee?s?|sans egal|hors pair|"
        r"incomparables?|numero (?:un|1)|(?:le|la|les) plus (?:precise?s?|rapides?|fiables?|simples?|efficaces?|complete?s?|"
        r"abordables?|confortables?|delicieu(?:x|ses?)|beaux?|belles?|puissante?s?|pratiques?|intuiti(?:f|fs|ve|ves)|"
        r"innovante?s?|sure?s?|legere?s?|jolie?s?|douce?s?|gourmande?s?)"),
    # a comparison with the rest of the market ("on the market", « du moment », "by far")
    "market": (
        r"on the market|in the market|du marche|sur le marche|out there|in town|du moment|de loin|by far|hands down|"
        r"bar none|no contest|not even close|nothing (?:else )?comes close|(?:nobody|no one) (?:else )?(?:comes close|does|makes|beats)|"
        r"personne ne (?:fait|bat)|rien ne vaut|miles (?:ahead|better)|ahead of (?:everything|everyone|the rest|the pack|the "
        r"competition)|head and shoulders|(?:than|que) (?:any|all|the|tous les|toutes les|"
        r"les|la) ?(?:other|others|rest|competition|competitors|autres|concurrence|concurrents)|beats (?:every|all|the)|"
        r"bat (?:tous|toutes|la concurrence)|in the world|au monde|en france|in the uk|in the us|of the year|de l'annee|"
        r"(?:i've|i have) ever (?:seen|found|used|tried|tasted|had)|(?:que|qu') j'ai (?:jamais )?(?:vue?s?|testee?s?|goutee?s?|"
        r"essayee?s?|eue?s?)|ever made|"
        # a share said to be worth more than the market prices it ("massively undervalued", « sous-évaluée »)
        r"undervalued|under-valued|sous-evaluee?s?|decotee?s?|"
        # the product set against what the reader had before: "night and day", « c'est le jour et la nuit » (not "worked
        # night and day": effort; not « jour et nuit » without its article: a schedule)
        r"(?<!worked )(?<!working )(?<!work )(?<!works )(?<!open )(?<!running )(?<!runs )night and day|"
        r"(?:a|the) world of difference|le jour et la nuit|"
        # every other product spoilt for the author ("has ruined all other tea for me", « plus jamais d'autre »)
        r"(?:ruined|spoiled|spoilt) (?:all |every |any )?other [a-z]+ for me|(?:ruined|spoiled|spoilt) me for (?:all |any )?other|"
        r"plus jamais (?:d'autres?|un autre|une autre)"),
    # a call or advice to the reader about what to choose or do
    "call": (
        r"allez[\s\-]y|foncez|fonce|go for it|go (?:tonight|today|now|there|before|early|while)|"
        # the product urged on the reader ("get this one", "grab one at Tesco", "get it before your race")
        r"(?:get|buy|grab|order|pick up) (?:this|that|these) (?:one|ones)|(?:grab|pick up) (?:one|some|a pack|a box)|"
        r"(?:get|grab|buy|order) (?:it|them|one|yours) (?:before|while|now|today)|(?:get|grab|buy|find|pick up) (?:it|them|one|"
        r"yours|some) (?:at|from|in)|(?:you'll|you will|tu me|vous me) (?:thank|remercier)|"
        r"looking for (?:a|an|the best|a new|a better)|vous cherchez (?:un|une|le|la)|take a (?:hard |close |good |long |proper )?look at|have a look at|look no further|"
        r"please (?:look at|look into|consider|try)|"
        r"check (?:it|them|this|these) out|don't sleep on|run,? don't walk|give (?:it|them|this|us) a (?:try|go|shot|spin)|"
        r"you (?:need|have|want|gotta|got|should|must|will|'ll|'re going) (?:to )?(?:try|get|check|see|taste|grab|switch|"
        r"love|thank|order|buy|book|visit)|you should (?:too|as well|also)|trust me|(?:faites|fais|croyez|crois)[\s\-]moi(?: confiance)?|thank me later|les yeux fermes|sans hesiter|n'hesitez (?:pas|plus)|faites[\s\-]vous plaisir|"
        r"your future self will thank you|(?:please )?move (?:them|your (?:money|savings|cash))(?: over)?(?![a-z])|"
        r"treat yourself|switch to|(?:it's |is |well )?worth a (?:look|try|shot|go)|(?:vaut|merite) le (?:detour|coup d'oeil)|passez (?:a|chez)|c'est le moment (?:de [a-z]+|d'[a-z]+)|(?:now's|now is|it's) the (?:time|moment) to|"
        r"get in (?:now|early|while)|(?:il est )?encore temps (?:de [a-z]+|d'[a-z]+)|still time to [a-z]+|don't miss (?:out|it|this)|ne (?:ratez|manquez) pas|a ne pas (?:rater|manquer)|"
        r"must[\s\-]try|a tester absolument|(?:il|vous) faut (?:le |la |les |l')?(?:tester|essayer|gouter|adopter)|"
        r"if you're (?:looking|evaluating|shopping|in the market|searching)|si (?:vous cherchez|tu cherches)|"
        r"(?:essayez|testez|goutez|adoptez|craquez|courez|filez|jetez un (?:oeil|coup d'oeil)|venez)(?![a-z])|"
        # a meeting offered to the reader, a switch urged on them ("grab a slot on my calendar", "if you still do it by
        # hand, stop", « c'est vraiment le moment de »)
        r"(?:grab|book|pick|schedule) (?:a|some) (?:slot|spot|time|demo|call|walkthrough)|(?:want|like|need) a (?:demo|"
        r"walkthrough|free trial)|(?:prenez|reservez|bookez) (?:un|une) (?:creneau|rdv|rendez-vous|demo)|"
        r"(?:if|si) (?:you|vous|tu) [a-z0-9' \-]{3,60}, (?:stop|arretez|arrete)(?![a-z])|"
        r"c'est (?:vraiment |donc |clairement )le moment (?:de [a-z]+|d'[a-z]+)|"
        # the reader asked why they keep the old way ("if you're still on paper forms, what are you doing?", "why is
        # anyone still paying for X", « si vous êtes encore sur Excel, pourquoi ? »): a switch urged on them
        r"(?:if|si) (?:you're|you are|youre|you|tu es|t'es|vous etes|tu|vous) (?:still|encore|toujours) [^.!?\n]{1,50}"
        r"(?:what are you doing|why|pourquoi|qu'est-ce que (?:tu fais|vous faites)|(?:tu |vous )?attend(?:s|ez) quoi)|"
        r"why (?:are|is|do|does) (?:you|anyone|anybody|everyone) still (?:on|using|doing|paying|stuck|putting up)|"
        r"pourquoi (?:tu es|vous etes|t'es|etes-vous|es-tu|tu restes|vous restez) (?:encore|toujours)"),
    # a choice the author says they make for the reader ("X is what I'd pick", "my go-to", « mon choix »)
    "choice": (
        r"(?:is|are|'s) (?:what|who|the one|the ones) (?:i'd|i would|i'll|i will|i) (?:pick|choose|go with|use|recommend|buy)|"
        r"(?:my|our) (?:top |first )?(?:pick|choice|go-to)|i'd (?:pick|go with|choose)|(?:c'est|ce serait) (?:mon|ma) "
        r"(?:choix|reference|premier choix)|(?:je|j') (?:prendrais|choisirais|opterais)|"
        # a customer's find or switch ("you finally found an urgent care that…", "just switched my whole practice to X",
        # « j'ai enfin trouvé », « on est passés à X »): the choice made, told as a customer's (16 CFR 255.5; C. consom.
        # L121-4 22°), not a switch of career, team or job
        r"(?:finally|at last) found (?:a|an|the|my|our)|(?:enfin|finalement) trouve (?:un|une|le|la|mon|ma|notre)|"
        r"(?:switched|moved) (?:my|our) (?!(?:[a-z\-]+ )?(?:careers?|jobs?|roles?|teams?|focus|desks?|hours|shifts?|office|"
        r"offices)(?![a-z]))(?:[a-z\-]+ ){0,3}(?:over )?to(?![a-z])|"
        r"(?:j'ai|on a|nous avons) (?:bascule|migre) (?:tout|toute|mon|ma|mes|notre|nos) (?:[a-z\-]+ ){0,3}(?:sur|vers|chez)(?![a-z])"),
    # what the product costs the reader in effort or money, said as a selling point
    "offer": (
        r"free (?:tier|plan|version|quote|estimate|trial|shipping|delivery)|(?:devis|estimation|livraison|version|"
        r"formule) gratuite?|(?:took|takes|take) (?:me |us )?(?:\d+|a few|two|five|ten|fifteen) (?:minutes|mins|seconds|"
        r"clicks) to (?:switch|set up|setup|install|migrate|move)|in (?:\d+|two|three) clicks|en (?:\d+|deux|trois) clics|"
        r"out of the box|(?:easiest|simplest|smoothest|quickest) (?:[a-z]+ )?(?:switch|move|upgrade|migration|decision)|"
        # a feature given with every plan, an offer that runs until a date ("included in every plan", « la migration
        # est offerte jusqu'en juin »): a selling point of the brand's offer (C. consom. L121-1; 16 CFR 255.0)
        r"included (?:in|with) (?:every|all|each|any|your) (?:plans?|tiers?|subscriptions?|accounts?)|free until|"
        r"inclus (?:dans|avec) (?:tous les|toutes les|chaque) (?:forfaits?|abonnements?|offres?|formules?)|"
        r"(?:offerte?s?|gratuite?s?) jusqu'(?:au|en|a|fin|le)(?![a-z])|"
        r"garantie?s? (?:\d+|a vie)|(?:\d+|lifetime)[\s\-](?:year|yr) (?:warranty|guarantee)|"
        # time the product gives back to the reader ("your front desk gets an hour back every day")
        r"(?:gets?|get|gives?|give|saves?) (?:you |your [a-z]+(?: [a-z]+)? )?(?:about |nearly |almost |over |at least )?"
        r"(?:an hour|\d+ hours?|hours|half a day|a day) (?:back|a (?:day|week))|"
        # money the switch saved the author, told as a customer's gain ("saved $412 a year", "my bill's lower than last
        # year", « j'économise 30 € par mois »): the offer's price argument (16 CFR 255.5; C. consom. L121-4 22°)
        r"(?:saved|saving|save|saves) (?:me |us )?(?:over |nearly |almost |about )?[$€]? ?\d[\d,.]* ?(?:€|euros?|dollars|bucks|"
        r"quid|pounds)? ?(?:a|per|every|each|on|off|this|in|last) |"
        r"(?:my|our) (?:[a-z]+ )?(?:bills?|premiums?)(?:'s| is| are| has| have)? (?:now |already |way |much |a lot )?(?:lower|cheaper|"
        r"down|smaller|halved|cut)(?![a-z])|"
        # a savings or current account's selling points ("paying 4.6% right now", "no fees, withdraw any time", « sans
        # frais »): the financial product's offer (FCA COBS 4.2 fair, clear; 16 CFR 255.5; C. consom. L121-1)
        r"no (?:monthly |annual |hidden |account |transfer |exit )?fees|sans frais(?: de tenue| caches)?|"
        r"(?:paying|pays|earns?|earning|offering|offers|rapporte|rapportent) (?:up to |jusqu'a )?\d+(?:[.,]\d+)? ?%|"
        r"withdraw (?:any ?time|whenever)|"
        r"(?:j'economise|on economise|nous economisons|economise) (?:deja |plus de |pres de )?\d[\d ,.]* ?(?:€|euros?) ?(?:par|sur|chaque|"
        r"cette|l')|(?:ma|notre) (?:facture|cotisation|prime)(?: [a-z]+)? (?:a|est) (?:baisse|diminue|divisee?|moins chere)"),
    # recommending and loving verbs
    "recommend": (
        r"recommend|recommande|conseille|swear by|ne jure que par|je valide|valide a 100|(?:i|we) (?:fully )?(?:approve|endorse)|"
        r"(?:(?:my|mon|ma|our|notre) (?:new |nouvelle |latest |current |derniere )?|new |nouvelle |latest )(?:[a-z\-]+ ){0,2}obsession|(?:i|we) (?:love|adore)|j'adore|on adore|je kiffe|"
        # nothing to fault, the regret of having waited ("can't fault X", "why did I wait so long?", « rien à redire »,
        # « pourquoi j'ai attendu si longtemps »): a customer's verdict on the product
        r"(?:can't|cannot|couldn't|could not) (?:fault|knock)|rien a (?:redire|reprocher)|"
        r"why did(?:n't)? (?:i|we) (?:wait|switch|do this|do it)(?: [a-z]+){0,2} (?:so long|sooner|earlier|before)|"
        r"should(?:'ve| have) (?:switched|done (?:this|it)|moved)(?: [a-z]+){0,2} (?:years ago|sooner|ages ago|earlier)|"
        r"pourquoi (?:j'ai|on a|nous avons) attendu (?:si|aussi) longtemps|(?:j'aurais|on aurait) du (?:le faire|changer|passer)"
        r"(?: [a-z]+){0,2} (?:avant|plus tot)|"
        r"obsessed with|fan (?:de|of|du|des)|can't get enough|can't live without|hooked on|accro (?:a|au|aux)|"
        r"(?:je suis|suis|i'm|i am) (?:devenue? |now |totally |completely )?(?:accro|addicted|hooked)"),
    # a product that arrives: "new at X", "is here", « est là », "is back"
    "arrival": (
        r"new at|now at|nouveau chez|nouvelle chez|nouveaux chez|nouvelles chez|just landed|(?:is|are) (?:finally )?here|"
        r"(?:is|are) back|(?:est|sont) (?:enfin )?la|(?:est|sont) de retour|(?:has|have) (?:just )?arrived|fresh out|"
        r"(?:vient|viennent) d'arriver|debarquee?s?|hits? (?:the )?shelves|en rayon|"
        r"(?:finally|just|enfin) (?:dropped|launched|released|shipped|out|sorti|sortie|lance|lancee)(?![a-z])|"
        # on every shop's shelf ("in every Target now", "now in all Tesco stores")
        r"in every [a-z]+ now|now in (?:every|all) [a-z]+"),
    # the author speaking as the product's customer: a find, a habit, a craving, a purchase repeated ("just discovered X",
    # "the only snack I buy", "I need it", « je suis devenue accro », « j'en ai déjà commandé 3 paquets »): said of the
    # employer's product by its employee, a consumer's pose (C. consom. L121-4 22°; CPUTR Sch. 1 para 22; 16 CFR 255.5)
    "customer": (
        r"(?:just |finally |recently )?discovered|j'ai (?:enfin )?decouvert|(?:petite |belle |vraie )?pepite|"
        r"(?:une |ma |belle |petite )decouverte (?:du|de la|de ce|ce|cette|d'hier|hier|du jour)|new (?:fave|favourite|favorite|find)|"
        r"the only (?:[a-z\-]+ ){0,3}(?:i|i'll|i'd|i will|we) (?:ever |now |still )?(?:buy|drink|eat|use|wear|trust|order)|"
        r"(?:le |la |les )?seule?s? (?:[a-z\-]+ ){0,3}que (?:je|j') (?:achete|bois|mange|utilise|porte|commande)|"
        r"i need (?:it|this|one|them|these|that)|(?:it's|its) in my (?:cart|basket)|added (?:it )?to (?:my )?(?:cart|basket)|"
        r"(?:j'en ai|i've|i have|i) (?:deja |already |just )?(?:commande|ordered|bought|rachete|reordered|re-ordered) (?:\d+|two|three|"
        r"deux|trois|another)"),
    # a promised gain or a rush to buy in (crypto, shares, a product's price)
    "hype": (
        # stock said to go fast ("la collection part vite", "selling out fast", "won't last"): a rush to buy
        r"(?:part|partent|s'arrache|s'arrachent|file|filent) (?:tres |super )?vite|(?:selling|sells|going|goes) (?:out )?fast|"
        r"won't last|flying off (?:the )?shelves|"
        r"x\d{1,3}|\d{1,3}x|to the moon|va (?:faire|exploser|decoller|flamber|s'envoler)|vont (?:exploser|decoller|s'envoler)|"
        r"(?:will|gonna|going to) (?:explode|moon|skyrocket|pump|fly)|rentrer (?:maintenant|avant)|buy the dip|"
        r"(?:last|derniere) (?:chance|occasion) (?:to|de [a-z]+|d'[a-z]+)|"
        # a rush to buy a share before its results ("be in before earnings", « rentrer avant les résultats »)
        r"(?:be|get|getting|buy|buying|load up|loading up|loaded up|rentrez|rentre|achetez|achete) (?:in |up )?(?:before|ahead of|early|avant)"
        r"(?![a-z])|rentr(?:er|ez|e) (?:maintenant|avant)|(?:before|ahead of|avant) (?:the |les |la )?(?:q[1-4] |quarterly |annual |"
        r"trimestriels? |annuels? )?(?:earnings|results|numbers|chiffres|"
        r"resultats|publication des resultats)(?![a-z])"),
    # a product presented as new ("the new loaf", « leur nouveau latte »)
    "novelty": (
        r"(?:the|our|their|this|these|my|le|la|les|notre|nos|leur|leurs|ce|cette|ces|mon|ma|mes) (?:brand[\s\-]new|new|latest|nouvel|nouvelle|"
        r"nouvelles|nouveau|nouveaux|dernier|derniere) [a-z]{3,}"),
    # a quality said with enthusiasm
    "praise": (
        r"amazing|awesome|incredible|brilliant|excellent|fantastic|phenomenal|outstanding|superb|stunning|gorgeous|"
        r"delicious|tasty|yummy|insane|unreal|epic|legendary|flawless|impeccable|seamless|slick|sleek|rock[\s\-]solid|"
        r"blazing(?:ly)? fast|lightning fast|super fast|next[\s\-]level|chef's kiss|a mood|a vibe|fire|slaps|hits different|"
        r"game[\s\-]?changer|killing it|crushing it|nailed it|smashing it|addictive|irresistible|dreamy|heavenly|divine|"
        r"perfection|comfy|cosy|cozy|elite|so cute|(?:trop|tellement|si) (?:mignon(?:ne)?s?|beaux?|belles?)|genial|geniale|geniaux|incroyables?|parfaite?s?|superbes?|magnifiques?|"
        r"delicieu(?:x|ses?)|succulente?s?|sublimes?|bluffante?s?|dingues?|une tuerie|une merveille|un regal|trop bonn?e?s?|"
        r"nickel|efficaces?|redoutables?|fiables?|reliable|accurate|precise|precise?s?|rapides?|fast|quick|cheap|affordable|"
        r"pas chere?s?|abordables?|(?:actually|really|just) (?:works|answers|delivers)|qui (?:marche|tient ses promesses)|"
        # a product that meets what was promised of it ("lives up to the hype", « à la hauteur »)
        r"lives? up to (?:the |its |all the )?(?:hype|promise|promises|billing|reviews)|(?:exceeds?|exceeded|beat|beats) "
        r"(?:my |all |every )?expectations|(?:a|est|sont) (?:a la hauteur|au rendez-vous)|tient (?:toutes )?ses promesses|bone dry"),
}
#: classes that say more than bare praise: one of them must be among the two that meet
_PRAISE_ANCHORS = frozenset(("superlative", "market", "call", "recommend", "arrival", "hype", "novelty", "choice", "offer",
                             "customer"))
_PRAISE_RES = tuple((name, WordStartSearch.compile(r"(?<![a-z0-9])(?:" + p + r")(?![a-z0-9])")) for name, p in _PRAISE_CLASSES.items())
#: what praise may be said of that is no product: people, the workplace, the calendar
_NOT_PRODUCT_OBJECT = re.compile(r"(?<![a-z])(?:" + _NOT_OURS + r"|quarter|trimestre|month|mois|results|resultats|"
                                 r"milestone|company|entreprise|boite|startup|start-up|scale-?up|place|employer|"
                                 r"growing|vibes?|ambiance|atmosphere|memories|souvenirs|years|ans|annees|times|moments?|"
                                 r"night|soiree|evening|weekend|week-end|tuesday|monday|wednesday|thursday|friday|"
                                 r"saturday|sunday|lunch|dejeuner|coffee break|people|humans|folks|bunch|group|groupe|"
                                 r"leaders?|leadership|mentors?|interns?|roles?|positions?|postes?|chapters?|chapitres?|"
                                 r"adventures?|aventures?|baby|bebe)(?![a-z])")
_WORD = re.compile(r"[a-z0-9'\-]+")


_COPULA = frozenset(("is", "are", "was", "were", "est", "sont", "etait", "etaient", "'s"))


#: the author's own job stated in the sentence before a praise ("Now I'm at X and I love it", « je bosse chez X depuis
#: deux ans et j'adore »): the praise is said of the job, not of a product the brand sells
_JOB_BEFORE_RE = WordStartSearch.compile(
    r"(?<![a-z])(?:(?:now )?(?:i'm|i am) (?:now )?(?:at|with)|i (?:now )?work (?:at|for|with)|i've (?:been|worked) (?:at|with)|"
    r"je (?:suis|travaille|bosse) (?:maintenant |desormais |depuis [a-z0-9 ]{1,20} )?(?:chez|a|au)|j'ai rejoint) |"
    # the duties of the role a job ad offers ("You'd own our product notifications", « vous piloterez nos dossiers
    # produits »): the job is described, nothing is sold
    r"(?<![a-z])(?:you(?:'d| would|'ll| will) (?:own|lead|run|manage|handle|look after|work on|be (?:responsible|in charge|"
    r"working))|in this role|the role (?:covers|involves|includes)|(?:vous|tu) (?:piloterez|gererez|suivrez|piloteras|"
    r"gereras|suivras|serez (?:responsable|en charge)|seras (?:responsable|en charge))|dans ce (?:poste|role)|"
    r"(?:le poste|les missions?) (?:comprend|consiste|couvre)) ")


def said_of_the_job(folded: str, start: int) -> bool:
    """Is a praise at ``start`` said in a sentence that first states the author's job ("Now I'm at X and I love it")?
    The job is what is praised (loi 2023-451 art. 1 « promouvoir des biens ou services »; 16 CFR 255.0; CAP 1.1)."""
    s, _ = sentence_of(folded, start, start)
    return _JOB_BEFORE_RE.search(folded, s, start) is not None


#: a team's day at the brand named in the post's opening line (« réunion d'équipe chez X », "team offsite at X"): who
#: speaks is plain before any offer. A bare "our shop" is not: whose shop, the reader cannot tell (an employee posing as a
#: shop-owner customer says « notre boutique » too)
_THIRD_TEAM_RE = re.compile(r"(?<![a-z])(?:the|their|a|an|la|le|les|l'|leur|leurs|une?|cette|this|that) (?:[a-z\-]+ ){0,3}$")
_TEAM_AT = (r"(?<![a-z])(?:equipe|team|collegues|colleagues|bureau|office|reunion|meeting|seminaire|offsite|stand-up) "
            r"(?:[a-z'\-]+ ){0,2}(?:chez|at|with) ")


def team_at_brand(folded: str, brand: str | None) -> bool:
    """Does the post's opening line speak as a team at the business it names (« réunion d'équipe chez X », "team
    offsite at X")? An employee given nothing who says so has made the link plain: no consumer's pose (directive 2005/29/CE
    annex I pt 22), the FTC's connection "clear" to the reader (16 CFR 255.5), and loi 2023-451 art. 5's label is owed
    by rewarded influence only."""
    nl = folded.find("\n", 1)
    head = folded[:nl if 0 < nl < 200 else 200]
    if not brand or brand not in head:
        return False
    for m in re.finditer(_TEAM_AT + re.escape(brand) + r"(?![a-z])", head):
        if _THIRD_TEAM_RE.search(head, max(0, m.start() - 40), m.start()) is None:
            return True  # not "the customer success team at X": a team named as a third party
    return False


def said_of_people(sentence: str, start: int, end: int) -> bool:
    """Is the evaluative words at [start, end) said of people, the workplace or a day: they, or the two words
    after them, name such a thing ("best team I've ever…", "amazing people"), or it is the subject of "is"
    right before ("the crew is incredible")? Such praise promotes nothing the brand sells."""
    # "now is the time to try it", « c'est le moment de tester »: the time named is the call's, no day praised
    words = _WORD.findall(_CALL_TIME.sub(" ", sentence[start:end])) + _WORD.findall(sentence, end, end + 30)[:2]
    before = _WORD.findall(sentence, max(0, start - 30), start)[-3:]
    if tuple(before[-2:]) in _YOU_PEOPLE or (before[-1:] and before[-1] in _COPULA and tuple(before[-3:-1]) in _YOU_PEOPLE):
        return True  # "you lot are brilliant", "you guys, amazing": the readers addressed are the people praised
    if before[-1:] and (before[-1] in _SOMEONE or before[-2:] == ["quelqu'un", "que"]):
        return True  # "if someone I recommend gets hired": a person recommended for a job, no product

    if len(before) >= 2 and before[-1] in _COPULA:
        words.append(before[-2])
    if (len(words) >= 2 and words[1] in _ROLES) or (before[-1:] and before[-1] in _ROLES and (
            len(before) < 2 or before[-2] in _PRAISED_ROLE)):
        # "best manager I've ever had", « meilleure cheffe que j'aie eue »: a person, not a password manager
        return True
    return any(_NOT_PRODUCT_OBJECT.fullmatch(w) for w in words)


_PRAISED_ROLE = frozenset(("best", "greatest", "finest", "nicest", "kindest", "favourite", "favorite", "meilleur",
                           "meilleure", "super", "great", "amazing", "incredible", "brilliant"))
#: the people a verdict's first word may be said of, right after it ("best manager", « meilleure collègue »); a role
#: after another noun ("password manager") is a product's name
_ROLES = frozenset(("manager", "managers", "boss", "bosses", "mentor", "mentors", "lead", "leader", "coach", "teammate",
                    "teammates", "colleague", "colleagues", "coworker", "coworkers", "supervisor", "teacher", "chef",
                    "cheffe", "manageuse", "manageur", "collegue", "collegues", "responsable", "prof", "patron", "patronne"))


_CALL_TIME = re.compile(r"(?<![a-z])(?:moment|time|l'occasion) (?=(?:de|to) (?:tester|essayer|try|test)(?![a-z]))")


#: a person the verdict's relative clause is about ("someone I recommend", « quelqu'un que je recommande »)
_SOMEONE = frozenset(("someone", "somebody", "anyone", "anybody", "whoever", "candidates", "candidate", "quelqu'un"))


#: the people addressed in the second person plural ("you lot", "you guys", « vous tous »): praise said to them is
#: said of people, not of a product
_YOU_PEOPLE = frozenset((("you", "lot"), ("you", "guys"), ("you", "all"), ("you", "two"), ("you", "folks"), ("you", "legends"),
                         ("vous", "tous"), ("vous", "toutes")))


#: first words of a brand's name that are no name of it: articles, trades, places ("Les Jardins d'Arlette",
#: "Fromagerie Guéret", "Salon Maison & Bois"): the brand is never called by them alone
_GENERIC_FIRST = frozenset((
    "les", "le", "la", "the", "aux", "des", "chez", "maison", "salon", "fromagerie", "boulangerie", "patisserie",
    "cafe", "hotel", "restaurant", "banque", "bank", "groupe", "group", "studio", "atelier", "domaine", "chateau",
    "brasserie", "librairie", "pharmacie", "garage", "clinique", "cabinet", "agence", "institut", "ecole", "school",
    "club", "team", "super", "grand", "petit", "petite", "saint", "new", "first", "united", "royal", "national",
    "global", "green", "blue", "north", "south", "west", "east", "city", "home", "food", "mon", "ma", "mes", "my", "our",
    "editions", "studios", "labs", "lab", "house", "casa", "bistro", "ferme", "marche", "market", "mutuelle", "credit"))


@lru_cache(maxsize=512)
def brand_names(brand: str) -> tuple[str, ...]:
    """The names a post calls the brand by: as written, squeezed (a handle, a domain), and its own first word
    when the name has more ("Kestrel" for "Kestrel Analytics", "Cadence" for "Cadence Payroll"): people shorten
    a brand to the word that is its name, not to an article or a trade ("Fromagerie Guéret" is not "fromagerie")."""
    names = [brand, brand.replace(" ", "")]
    words = re.findall(r"[a-z0-9]+", brand)
    if len(words) > 1 and len(words[0]) >= 4 and words[0] not in _GENERIC_FIRST:
        names.append(words[0])
    return tuple(dict.fromkeys(n for n in names if len(n) >= 2))


def short_name(brand: str) -> str | None:
    """The brand's first word when a post may call it by that word alone (see ``brand_names``)."""
    names = brand_names(brand)
    return names[-1] if len(names) > 1 and " " not in names[-1] and names[-1] != brand.replace(" ", "") else None


_WORDS_RE = re.compile(r"[^\W\d_]+")
_DROP_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE_CHARS))


def called_by_short_name(text: str, brand: str | None, fold_word) -> bool:
    """Does the raw ``text`` call the brand by its first word, written as a name (capitalised: "Cadence handles
    payroll", not "a steady cadence of runs")? ``fold_word`` folds one word as the checker folds the text."""
    short = short_name(brand) if brand else None
    if not short:
        return False
    n = len(short)
    # characters the reader does not see do not split the name ("Vel\u200bmar's" reads "Velmar's")
    return any(w[0].isupper() and fold_word(w) == short for w in _WORDS_RE.findall(text.translate(_DROP_INVISIBLE))
               if len(w) == n)


def _targets(folded: str, brand: str | None, short_ok: bool = False) -> list[int]:
    """Where the brand (as written, squeezed in a handle or a domain, or by its first word when the text writes
    it as a name) or the author's own thing is named."""
    out = []
    if brand:
        short = short_name(brand)
        for name in brand_names(brand):
            if name == short and not short_ok:
                continue
            i = folded.find(name)
            while i >= 0:
                # the first word alone must be a whole word ("kestrel", not "#kestrelemployee")
                if not folded[i - 1].isalnum() and (name != short or not folded[i + len(name):i + len(name) + 1].isalnum()):
                    out.append(i)
                i = folded.find(name, i + 1)
    out.extend(m.start() for m in OWN_THING_RE.finditer(folded))
    if brand and "$" in folded:
        out.extend(m.start() for m in _CASHTAG.finditer(folded) if is_ticker(m[1], brand))
    return out


#: a share named by its ticker ("$ACME")
_CASHTAG = re.compile(r"(?<![a-z0-9])\$([a-z]{2,5})(?![a-z0-9])")


def is_ticker(tag: str, brand: str) -> bool:
    """Does the ticker spell the brand: its letters in the name's order, from its first letter ("PLSR" for Pulsar Pay,
    "ACME" for Acme)? An employee touting the employer's shares promotes the employer (16 CFR 255.5; Securities Act
    § 17(b) for paid touting; règl. (UE) 596/2014 art. 20, UK MAR art. 20: a recommendation states its author's
    interest)."""
    name = re.sub(r"[^a-z]", "", brand)
    if not name or tag[0] != name[0]:
        return False
    it = iter(name)
    return all(ch in it for ch in tag)


#: a pointer to the profile's bio ("yes, it's in my bio", « pour ceux qui lisent ma bio »): no disclosure, for the
#: reader must look elsewhere (directive 2005/29/CE annex I pt 22; FTC "Disclosures 101": not in the bio alone), and
#: a sign the author knows the connection: beside praise of the brand it makes the post an endorsement
BIO_POINTER_RE = WordStartSearch.compile(r"(?<![a-z])(?:(?:it's|its|it is|that's|all) in (?:my|the) (?:bio|profile)|(?:see|check|read) "
                            r"my (?:bio|profile)|(?:lisent|lire|voir|lisez|regardez|consultez) (?:ma|la) bio|c'est dans (?:ma|la) bio|"
                            # the bio said to hold the reason ("my bio explains why I get early access", « ma bio explique »)
                            r"(?:my|the|ma|la) bio (?:explains|says|tells you|will tell you|explique|dit tout))(?![a-z])")


#: what a post offers the reader beside any name: a call to get or try, an offer, an arrival, a rush to buy (the four
#: classes in one regex: one search, not four)
_PRODUCT_SIGN_RE = WordStartSearch.compile(r"(?<![a-z0-9])(?:" + "|".join(
    p for name, p in _PRAISE_CLASSES.items() if name in ("call", "offer", "arrival", "hype")) + r")(?![a-z0-9])")
#: every character that is no letter or digit of a folded text (a brand squeezed: "Wren & Moss" → "wrenmoss")
_NOT_ALNUM = re.compile(r"[^a-z0-9]")


def of_a_product(folded: str, brand: str | None) -> bool:
    """Does the post speak of something sold: the brand called by any of its words or squeezed in a handle or a tag
    ("sablés Dorane" for Biscuiterie Dorane, "@wrenandmoss", "#TeamDatacime"), "our"/« notre » thing, the bio pointed at,
    or a call, an offer, an arrival, a rush to buy ("get it at Target", « foncez »)? A post with none of them (a quilt
    finished, a colleague thanked, a thought on remote work) speaks of the author's life."""
    if brand:
        squeezed_text = _NOT_ALNUM.sub("", folded)
        if _NOT_ALNUM.sub("", brand) in squeezed_text:
            return True
        if "&" in brand and _NOT_ALNUM.sub("", brand.replace("&", "and")) in squeezed_text:
            return True
        words = [w for w in re.findall(r"[a-z0-9]+", brand) if len(w) >= 4 and w not in _GENERIC_FIRST]
        if any(re.search(r"(?<![a-z0-9])" + re.escape(w) + r"(?![a-z0-9])", folded) for w in words):
            return True
    if OWN_THING_RE.search(folded) is not None or points_to_bio(folded) or _OWN_BUSINESS_RE.search(folded) is not None:
        return True
    if _THIS_PRODUCT_RE.search(folded) is not None:
        return True
    return _PRODUCT_SIGN_RE.search(folded) is not None


#: the author's business as such ("my company opens…", « ma boîte », "we built something that fixes it"): the employer speaks
_OWN_BUSINESS_RE = WordStartSearch.compile(
    r"(?<![a-z])(?:my (?:company|employer|firm|business|shop|store|startup|brand)|(?:ma|notre) (?:boite|entreprise|societe|marque|"
    r"startup)|mon (?:employeur|entreprise|magasin)|where i work|(?:la|la) ou je (?:bosse|travaille)|(?:we|we've|we just|nous|on) "
    r"(?:built|build|make|made|sell|launched|launch|ship|shipped|created|designed|developed)|(?:nous|on) (?:fabriquons|vendons|"
    r"lancons|avons (?:cree|concu|lance|developpe))|on a (?:cree|concu|lance|developpe))(?![a-z])")
#: a product pointed at ("this cream changed my skin", « cette crème », "these earbuds"): the picture shows it
_THIS_PRODUCT_RE = WordStartSearch.compile(
    r"(?<![a-z])(?:this|these|cette|ces|cet) (?:[a-z\-]+ )?(?:" + _GOODS + r"|cream|creme|serum|moisturi[sz]er|spf|sunscreen|"
    r"oil|huile|balm|baume|app|appli|product|produit|snack|drink|boisson|milk|lait|jam|confiture|cheese|fromage|chocolate|"
    r"chocolat|sauce|bread|pain|biscuit|cookie|crisps|chips|pizza|yogurt|yaourt|gel|soap|savon|cleanser|nettoyant|toner|"
    r"lotion|foundation|palette|razor|rasoir|vacuum|aspirateur|toy|jouet|headphones|casque|charger|chargeur|snacks?|bars?|"
    r"shorts|leggings|hoodie|sweat|pull|jumper|sweater)s?(?![a-z])")


_HYPE_RE = dict(_PRAISE_RES)["hype"]


def touted_ticker(folded: str, brand: str | None):
    """The brand's own ticker ("$GLOW" for Glowchain) with a promised gain or a rush to buy in its sentence ("is about to
    100x", "get in before the listing"): a forecast of the employer's own asset's price is touting it, a promotion on its
    own (16 CFR 255.5; Securities Act § 17(b); règl. (UE) 596/2014 art. 20, UK MAR art. 20). The hype's span, or None."""
    if not brand or "$" not in folded:
        return None
    for m in _CASHTAG.finditer(folded):
        if not is_ticker(m[1], brand):
            continue
        s, e = sentence_of(folded, m.start(), m.end())
        h = _HYPE_RE.search(folded, s, e)
        if h is not None:
            return h
    return None


#: the connection itself left to the bio or the profile ("see bio for who I work for", "where I work is in my bio",
#: "employer in bio", « Qui je suis ? Tout est dans ma bio », « pour qui je bosse ? c'est dans ma bio », « mon employeur :
#: voir profil »): the author knows the link and keeps it out of the post, which is where it is owed (C. consom. L121-4 22°
#: and directive 2005/29/CE annex I pt 22; 16 CFR 255.5 and FTC "Disclosures 101": not in the bio alone; CPUTR Sch. 1
#: para 22). Any employment wording inside it states nothing
_BIO = r"(?:my |the |ma |la |mon |le )?(?:bio|profile|profil)(?![a-z])"
_BIO_LEAD = r"[ ?:!.,\-]{0,4}(?:(?:it's |its |all |tout est |c'est |voir |cf\.? |see |check )?(?:in |on |dans |sur |en )?)"
CONNECTION_BIO_RE = re.compile(
    r"(?<![a-z])(?:"
    r"(?:who|where|what company|which company|the company) i (?:work|worked|am)(?: for| at| with)?,?(?: is| are|'s)? (?:in|on) " + _BIO + "|"
    r"(?:see|check|read|look at|in) " + _BIO + r" (?:for|to see|to find out|to know) (?:who|where|what|which)(?![a-z])|"
    r"(?:employer|day job|workplace|affiliation|disclosure|who i work for|where i work)(?:'s| is)?" + _BIO_LEAD + _BIO + "|"
    r"qui je suis" + _BIO_LEAD + _BIO + "|"
    r"(?:pour qui|chez qui|ou) (?:je |j')(?:bosse|travaille)" + _BIO_LEAD + _BIO + "|"
    r"(?:mon employeur|mon job|mon boulot|mon taf|ma boite)(?: est| se trouve)?" + _BIO_LEAD + _BIO + "|"
    r"(?:voir|cf\.?|lisez|consultez|regardez) " + _BIO + r" pour (?:savoir )?(?:qui|ou|pour qui|chez qui)(?![a-z])"
    r")")


def connection_in_bio(folded: str):
    """The stretch that leaves the author's connection to the bio or the profile (``CONNECTION_BIO_RE``), or None."""
    if "bio" not in folded and "profil" not in folded:
        return None
    return CONNECTION_BIO_RE.search(folded)


def points_to_bio(folded: str) -> bool:
    """Does the text send the reader to the author's bio (``BIO_POINTER_RE``, ``CONNECTION_BIO_RE``)? Gated on the
    word "bio"."""
    return ("bio" in folded and BIO_POINTER_RE.search(folded) is not None) or connection_in_bio(folded) is not None


#: a claim of what the product does, costs or when it is there (performance with a measure, a price, an availability):
#: the brand's product named as the clause's subject, then one of these, is its promotion by whoever is paid or employed
#: by the brand ("X's lipstick lasts 12 hours", "X's transfers are free and 24/7", « le virement de X est gratuit »)
_COUNT = (r"(?:\d+(?:[.,]\d+)?|un|une|deux|trois|quatre|cinq|six|sept|huit|dix|douze|quinze|vingt|trente|quarante|cinquante|cent|"
          r"a|an|one|two|three|four|five|six|seven|eight|ten|twelve|fifteen|twenty|thirty|forty|fifty|hundred)")
_UNIT = (r"(?:h|heures?|hours?|hrs?|jours?|days?|nuits?|nights?|semaines?|weeks?|mois|months?|ans|years?|yrs?|minutes?|mins?|"
         r"secondes?|seconds?|secs?|km|kilometres?|kilometers?|miles?|lavages?|washes?|cycles?)")
CLAIM_RE = WordStartSearch.compile(
    r"(?<![a-z0-9])(?:"
    # performance with a measure: « tient 12 heures », "lasts 800 miles", "charges in 40 minutes", « tient toute la journée »
    r"(?:tient|tiennent|dure|durent|resiste|resistent|hydrate|hydratent|protege|protegent|garde|gardent|conserve|conservent|"
    r"tourne|tournent|roule|roulent|fonctionne|fonctionnent|se recharge|se rechargent|seche|sechent|nettoie|nettoient|lave|lavent|"
    r"cuit|cuisent|chauffe|chauffent|livre|livrent|arrive|arrivent|prend|prennent|lasts?|holds?|keeps?|runs?|stays?|charges?|"
    r"recharges?|dries|protects?|hydrates?|cleans?|washes|cooks?|heats?|delivers?|arrives?|takes?|ships?|boots?|loads?)"
    r"(?: [a-z'\-]+){0,5}? (?:(?:jusqu'a|up to|pendant|durant|for|en|in|over|under|moins de|less than|plus de|more than|only|"
    r"seulement|just) )?(?:" + _COUNT + r" ?" + _UNIT + r"|toute la (?:journee|nuit|soiree)|all (?:day|night)|toute une journee)|"
    # a flaw it is said never to have (« ne coule pas », "doesn't smudge", "never leaks")
    r"(?:ne |n')(?:coule|coulent|bouge|bougent|file|filent|tache|tachent|transfere|transferent|fuit|fuient|craque|craquent|"
    r"bouloche|boulochent|deteint|deteignent|rouille|rouillent|casse|cassent|plante|plantent) (?:pas|jamais|plus)|"
    r"(?:doesn't|does not|don't|do not|won't|will not|never) (?:smudge|budge|leak|fade|crack|streak|transfer|pill|shrink|rust|"
    r"break|crash|lag|drop)s?|"
    # its price or its rate (« est à 19,99 € », "costs £4", "pays 4.5%", « rapporte 3 % »)
    r"(?:est|sont|is|are|costs?|coute|coutent) (?:a |only |seulement |just |now |desormais )?[€$£]? ?\d+(?:[.,]\d+)? ?(?:€|euros?|"
    r"\$|£|p|pence|cents?)|(?:pays|paid|rapporte|rapportent|offers?|offre|offrent|earns?) (?:up to |jusqu'a |you |vous )?\d+(?:[.,]\d+)? ?%|"
    # a price or a property said of it: free, reimbursed, no fees, no commitment, instant, waterproof
    r"(?:is|are|'s|est|sont|reste|restent|stays?|remains?) (?:(?:now|desormais|enfin|totalement|entierement|completement|"
    r"toujours|finally|always|completely|totally|still|actually|vraiment|really|100 ?%) )?(?:free|gratuite?s?|remboursee?s?|"
    r"reimbursed|covered|pris en charge|prises? en charge|sans (?:frais|engagement|abonnement|commission)|no[\s\-]fee|"
    r"fee[\s\-]free|commission[\s\-]free|moins chere?s?|cheaper|half[\s\-]price|a moitie prix|instant|instantanee?s?|"
    r"illimitee?s?|unlimited|waterproof|etanches?)|"
    # there whenever and wherever the reader wants it; a warranty
    r"24 ?/ ?7|24 ?h ?/ ?24|7 ?j ?/ ?7|7 ?jours sur 7|(?:available|dispo|disponibles?|incluse?s?|included) (?:everywhere|partout|"
    r"anywhere|dans toute la france|in every)|(?:guaranteed|garantie?s?) (?:for |pendant )?(?:" + _COUNT + r" ?" + _UNIT
    + r"|a vie|for life)"
    r")(?![a-z])")
_CLAIM_CLAUSE_END = re.compile(r"[.!?\n;:,()\u2014\u2013\x02]| - ")
#: who speaks in the subject: the author or the team, not a product ("I lasted 12 hours", « on tient 24 h »)
_PERSON_SUBJECT = re.compile(r"(?<![a-z])(?:i|i'm|i've|je|j'|j'ai|we|we're|we've|nous|on|you|vous|tu)(?![a-z])")
#: the brand named as a place or an employer in the subject ("at X", « chez X », "joined X"): no product of X
_BARE_WORD = re.compile(r"[a-z0-9\-]+")
_AT_BRAND = re.compile(r"(?:at|chez|with|au sein de|de chez|for|pour|joined|joining|rejoint|rejoins|rejoindre) @?$")


def product_claim(folded: str, brand: str | None, short_ok: bool = False):
    """A claim of performance, price or availability (``CLAIM_RE``) whose clause opens on the brand's product: the brand
    or the author's own thing ("our inhaler") named before it, no person, team or workplace among the subject's words
    (« l'équipe R&D de X tient le rythme », "X's platform team worked 24/7", "at X, lunch is free" are not). Said by an
    employee or a paid author, the product's promotion (loi 2023-451 art. 1; C. consom. L121-4 22°; 16 CFR 255.5;
    CPUTR Sch. 1 para 22). The claim's match, or None."""
    m = CLAIM_RE.search(folded)
    if m is None:
        return None
    targets = _targets(folded, brand, short_ok)
    if not targets:
        return None
    while m is not None:
        start = max((e.end() for e in _CLAIM_CLAUSE_END.finditer(folded, max(0, m.start() - 160), m.start())),
                    default=max(0, m.start() - 160))
        subject = folded[start:m.start()]
        words = _BARE_WORD.findall(subject)  # « l'équipe » is « équipe »
        for t in targets:
            if start <= t < m.start() and len(words) <= 10 and _PERSON_SUBJECT.search(subject) is None \
                    and not any(_NOT_PRODUCT_OBJECT.fullmatch(w) for w in words) \
                    and _AT_BRAND.search(folded, start, t) is None:
                return m
        m = CLAIM_RE.search(folded, m.end())
    return None


#: a call to the reader as the product's customer or patient: to ask their doctor or pharmacist, their adviser, to go to
#: a branch, a pharmacy or a shop (« parlez-en à votre médecin », "ask your doctor if X is right for you", « passez en
#: agence »): beside the brand's product, its promotion (CSP L5122-1 « incitation à la prescription … ou à la
#: consommation »; loi 2023-451 art. 1; 16 CFR 255.5; 21 CFR 202.1). Said alone, a public-health message
CUSTOMER_CALL_RE = WordStartSearch.compile(
    r"(?<![a-z])(?:"
    r"(?:parlez|parles|demandez|demande|renseignez-vous|informez-vous)(?:[\s\-]en)? (?:conseil )?(?:a|aupres de) (?:votre|ton|ta) "
    r"(?:medecin|pharmacien(?:ne)?|docteur|dermatologue|dentiste|opticien(?:ne)?|conseill(?:er|ere)|banquier|banquiere|"
    r"veterinaire|kine|kinesitherapeute|sage-femme)|"
    r"(?:ask|talk to|speak to|speak with|talk with|check with|consult) (?:your|a) (?:doctor|gp|pharmacist|dermatologist|dentist|"
    r"optician|vet|adviser|advisor|banker|midwife|physio|nurse)|(?:is|are) (?:right|suitable) for you(?![a-z])|"
    r"(?:passez|rendez-vous|venez) (?:en|dans (?:votre|nos|l'une de nos|une de nos)) (?:agence|pharmacie|magasin|boutique)s?|"
    r"(?:visit|pop into|drop into|drop by|head to) (?:your |our )?(?:nearest|local) (?:branch|store|pharmacy|shop|stockist)|"
    r"(?:demandez|reclamez)[\s\-](?:le|la|les) (?:en|a votre|chez votre|dans votre) (?:pharmacie|pharmacien|magasin|agence)|"
    r"ask for (?:it|them) (?:at|in) (?:your |the )?(?:pharmacy|chemist|store|shop|branch)"
    r")(?![a-z])")


def customer_call(folded: str, brand: str | None, short_ok: bool = False):
    """A call to the reader as customer or patient (``CUSTOMER_CALL_RE``) in a post that names the brand or the author's
    own product, or None (a weak cue: a public-health day's « parlez-en à votre médecin » outweighs it)."""
    if "vo" not in folded and "you" not in folded and "ton " not in folded and "ta " not in folded and "nos " not in folded:
        return None
    m = CUSTOMER_CALL_RE.search(folded)
    if m is None or not _targets(folded, brand, short_ok):
        return None
    return m


def _names_alternation(brand: str, squeezed: bool = False) -> str:
    """The brand's names (``brand_names``; without their spaces if ``squeezed``: a domain) as one alternation, longest first."""
    names = {n.replace(" ", "") for n in brand_names(brand)} if squeezed else set(brand_names(brand))
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


@lru_cache(maxsize=256)
def _brand_domain_re(brand: str) -> re.Pattern:
    names = _names_alternation(brand, squeezed=True)
    return re.compile(r"(?<![a-z0-9@._\-/])(?:https?://)?(?:www\.)?" + _NOT_SHOP_HOST + r"(?:" + names + r")"
                      r"\.(?:com|fr|co\.uk|io|shop|store|net|eu|uk|us|app|co|be|ch|de)(?![a-z0-9\-]|\.[a-z]|/[a-z0-9])")


def brand_domain(folded: str, brand: str | None):
    """The brand's bare domain ("quillio.com", « depanlo.fr »): its shop one tap away, a weak cue (a job ad, a report,
    a press release send there too and outweigh it); an e-mail address is none (C. consom. L121-1; 16 CFR 255.0)."""
    if not brand or "." not in folded or not any(n.replace(" ", "") + "." in folded for n in brand_names(brand)):
        return None
    return _brand_domain_re(brand).search(folded)


def praise(folded: str, brand: str | None, short_ok: bool = False, bio: bool = False) -> tuple[int, tuple[int, int]] | None:
    """Praise aimed at the brand or the author's own product (see above): (how many classes meet, the span of
    the first word), or None. Two classes are a cue a stated purpose outweighs ("Acme is hiring — best pub quiz
    in town"); three or more are a verdict no purpose hides. A pointer to the bio (``bio``) counts as one class:
    the author knows the connection and leaves it out of the post."""
    best = (0, (0, 0))
    targets = _targets(folded, brand, short_ok)
    if not targets:
        return None
    bounds = []
    s = 0
    for m in _SENTENCE_END.finditer(folded):
        if folded[s:m.start()].strip():  # a blank line between paragraphs is no sentence of the window
            bounds.append((s, m.start()))
        s = m.end()
    bounds.append((s, len(folded)))
    seen = set()
    for t in targets:
        i = next(k for k, (a, b) in enumerate(bounds) if t <= b)
        if i in seen:
            continue
        seen.add(i)
        lo, hi = bounds[max(0, i - 1)][0], bounds[min(len(bounds) - 1, i + 1)][1]
        window = folded[lo:hi]
        classes = {"bio": (0, 0)} if bio else {}
        for name, rx in _PRAISE_RES:
            for m in rx.finditer(window):
                if name in ("superlative", "praise", "novelty") and said_of_people(window, m.start(), m.end()):
                    continue
                classes.setdefault(name, (lo + m.start(), lo + m.end()))
                break
        if len(classes) >= 2 and not _PRAISE_ANCHORS.isdisjoint(classes) and len(classes) > best[0]:
            best = (len(classes), min(v for k, v in classes.items() if k != "bio"))
    return best if best[0] else None


#: what is new at a brand that is no product: its reports, figures, talks and logo
_NOT_LAUNCH = (r"(?! ?(?:[a-z0-9\-]+ ){0,2}(?:reports?|rapports?|study|studies|etudes?|results|resultats|figures|chiffres|survey|"
               r"enquetes?|paper|whitepaper|articles?|blog|podcast|episodes?|webinars?|talks?|logo|strategy|strategie|"
               r"bilan|index|barometre|barometer)(?![a-z]))")


#: a version number ("4.0", "2.1.3"): the only launch of ``_launch_re`` without a word for "new"
_VERSION = re.compile(r"\d\.\d")


#: « nouvelle » as the noun (« belle nouvelle ce matin chez X », « bonne nouvelle chez X »): news told, no product launched
_GOOD_NEWS = "".join(f"(?<!{w} )" for w in ("bonne", "belle", "grande", "super", "excellente", "heureuse", "triste", "mauvaise",
                                              "derniere"))


@lru_cache(maxsize=256)
def _launch_re(brand: str) -> re.Pattern:
    b = re.escape(brand).replace(r"\ ", r"[\s_\-]?")
    new = r"(?:brand[\s\-]new|new|latest|nouvel|nouvelle|nouvelles|nouveau|nouveaux)" + _NOT_LAUNCH
    return re.compile(
        r"(?<![a-z0-9])(?:" + _GOOD_NEWS + new + r" " + _NOT_NEWS + r"(?:[a-z'\-]+ ){1,3}(?:at|chez|from|by|de chez|signee?s? |par) ?@?" + b
        + r"|@?" + b + r"(?:'s|')? " + new + r" " + _NOT_NEWS + r"(?:[a-z][a-z0-9\-]{2,}|\d[a-z0-9\-]*)"
        # a version of the brand's product that "is live" or "is out" ("Acme 4.0 is live", « Acme 2.1 est dispo »):
        # the release of what it sells (16 CFR 255.0; loi 2023-451 art. 1 "promouvoir … des biens, des services")
        + r"|@?" + b + r" v?\d+(?:\.\d+)+ (?:is|est) (?:now |finally |enfin )?(?:live|out|here|available|en ligne|dispo|disponible|sortie?|la)"
        + r"|(?:le|la|les) " + new + r" " + _NOT_NEWS
        + r"(?:[a-z'\-]+ ){1,2}(?:de |d'|du |de chez )@?" + b
        # the brand's name opening the new product's own name ("the new Corvane Ridgeline trail shoe", "our new Acme kettle",
        # « la nouvelle Acme Trail »): not its office, its report or its hires
        + r"|(?:the|our|this|le|la|les|notre|nos|cette|ce) " + new + r" @?" + b + r" " + _NOT_NEWS + _NOT_LAUNCH
        + r"[a-z0-9][a-z0-9\-]*"
        + r")(?![a-z0-9])")


#: pages of a brand's site that sell nothing: its jobs, its press room, its story, its blog
_NOT_SHOP_PATH = (r"(?!(?:careers?|jobs?|join(?:-us)?|hiring|recrutement|recrute|emplois?|carrieres?|candidature|press|presse|"
                  r"newsroom|media|medias|about(?:-us)?|a-propos|qui-sommes-nous|blog|news|actualites?|impact|rse|esg|"
                  r"investors?|investisseurs|alternance|apprentissage|apprenticeships?|apprentices?|stages?|internships?|graduates?|"
                  r"offres?-d-emploi|vacancies|vacancy|talents?|trainees?|traineeships?|early-careers?|recruitment|"
                  r"work-with-us|nous-rejoindre|rejoignez-nous|students?|campus|"
                  # a free talk's sign-up page (a webinar on the law, an open workshop): the event, not a product; what the
                  # post says of the brand's offer still decides (loi 2023-451 art. 1; 16 CFR 255.0; CAP 1.1)
                  r"webinars?|webinaires?|events?|evenements?|conferences?|meetups?|ateliers?|workshops?|"
                  # a recall's notice page (GPSR art. 36; CPSA § 15; C. consom. L423-3): a safety notice, not the shop
                  r"recalls?|rappels?|rappel-conso|product-safety|safety-notice|securite-produit|"
                  # the company's certification or commitments page (B Corp, « société à mission », sustainability): the
                  # company's own news, nothing sold there (loi 2023-451 art. 1; 16 CFR 255.0; CAP 1.1)
                  r"b-?corp|sustainability|durabilite|developpement-durable|engagements?|societe-a-mission|raison-d-etre)(?![a-z0-9]))")


_NOT_SHOP_HOST = (r"(?!(?:careers?|jobs?|emplois?|carrieres?|recrutement|talents?|join|hiring|press|presse|newsroom|"
                  r"investors?|investisseurs)\.)")


@lru_cache(maxsize=256)
def _brand_link_re(brand: str) -> re.Pattern:
    names = _names_alternation(brand, squeezed=True)
    # a jobs subdomain ("careers.acme.com/…", « carrieres.acme.fr/alternance ») sells nothing either
    return re.compile(r"(?<![a-z0-9@._\-])(?:https?://)?(?:www\.)?" + _NOT_SHOP_HOST + r"(?:[a-z0-9\-]+\.)*[a-z0-9\-]*(?:" + names
                      + r")[a-z0-9\-]*(?:\.[a-z]{2,6}){1,2}/" + _NOT_SHOP_PATH + r"[a-z0-9]")


_SWITCH_WORDS = ("pass", "switch", "opte", "choisi", "choose", "go with", "move to", "moved to", "change")


@lru_cache(maxsize=256)
def _switch_re(brand: str) -> re.Pattern:
    names = _names_alternation(brand)
    return re.compile(r"(?<![a-z])(?:passez|passe|passer|switchez|switche|optez pour|opte pour|choisissez|choisis|changez pour|"
                      r"switch(?:ed)? (?:over )?to|make the switch to|go with|choose|move to|moved to)"
                      r" (?:chez |a |au |sur |over to )?@?(?:" + names + r")(?![a-z0-9])")


def _brand_phrase(folded: str, brand: str | None, words: tuple[str, ...], pattern) -> re.Match | None:
    """A phrase built on the brand's names: a quick test for one of its ``words``, then the brand's cached ``pattern``."""
    if not brand or not any(w in folded for w in words):
        return None
    return pattern(brand).search(folded)


def switch_call(folded: str, brand: str | None):
    """The reader told to switch to the brand or to choose it (« fuyez… passez chez Fibrenet », "switch to Cartly",
    "go with Acme"): a call to buy the brand's service, a strong signal beside any tale of a rival's failure (16 CFR 255.5;
    C. consom. L121-4 22° and L122-1; CPUTR Sch. 1 para 22). Read only for an author with a link to a brand."""
    return _brand_phrase(folded, brand, _SWITCH_WORDS, _switch_re)


_ACT_WORDS = ("renew", "moved", "migrat", "took out", "bought", "ordered", "insured", "opened", "upgraded", "signed up", "renouvel",
              "souscrit", "migre", "bascule", "assure", "ouvert", "commande", "achete")


@lru_cache(maxsize=256)
def _customer_act_re(brand: str) -> re.Pattern:
    names = _names_alternation(brand)
    return re.compile(r"(?<![a-z])(?:renewed|moved|migrated|took out|bought|ordered|insured|opened|upgraded|signed up|renouvele|souscrit|"
                      r"migre|bascule|assure|ouvert|commande|achete)(?: (?:all |toute |tout |tous )?(?:our|my|notre|nos|mon|ma|mes)"
                      r"(?! (?:[a-z\-]+ )?(?:jobs?|roles?|positions?|careers?|internships?|desks?|offices? move|poste|stage|carriere)(?![a-z])))"
                      r"(?: [a-z0-9'\-]+){1,6}? (?:with|onto|on to|to|from|through|chez|avec|sur|vers|aupres de) (?:the |le |la |l')?@?"
                      r"(?:" + names + r")(?![a-z0-9])")


def customer_act(folded: str, brand: str | None):
    """The author's purchase from the brand told as a customer's ("just renewed our office insurance with Northgate", "we moved
    our whole team onto CloudNest's workspaces", « on a souscrit notre assurance flotte chez Harmonie »): said by the brand's
    employee, a customer's testimonial (C. consom. L121-4 22°; CPUTR Sch. 1 para 22; 16 CFR 255.5)."""
    return _brand_phrase(folded, brand, _ACT_WORDS, _customer_act_re)


_RESULT_WORDS = ("redui", "divis", "double", "economis", "gagne", "cut ", "reduc", "halv", "saved", "boost", "slash", "tripl")


@lru_cache(maxsize=256)
def _customer_result_re(brand: str) -> re.Pattern:
    names = _names_alternation(brand)
    return re.compile(r"(?<![a-z])(?:a |ont |have |has |)(?:reduit|divise|double|triple|economise|gagne|cut|reduced|halved|doubled|"
                      r"tripled|saved|boosted|slashed)(?: [a-z0-9%'\-]+){1,10}? (?:avec|grace a|with|using|thanks to|on|sur) "
                      r"(?:le |la |l'|les |the )?(?:[a-z0-9\-]+ ){0,2}@?(?:" + names + r")(?![a-z0-9])")


def customer_result(folded: str, brand: str | None):
    """A customer's result credited to the brand's product (« Comment X a réduit ses ruptures de 30 % avec le WMS Logistiq »,
    "how Acme cut churn by 20% with Cadence"): a case study, the brand's testimonial — said by its employee, a promotion
    whatever market figures it quotes (C. consom. L121-4 22° and L121-3; 16 CFR 255.5; CPUTR Sch. 1 para 22)."""
    return _brand_phrase(folded, brand, _RESULT_WORDS, _customer_result_re)


def brand_link(folded: str, brand: str | None):
    """A link to a page of the brand's own site ("heliade.fr/devis", "velto.com/airo2"): the brand's offer one click
    away, a strong promotional signal (C. consom. L121-1; 16 CFR 255.0), unless the page is its jobs, press or
    blog (a job ad, news)."""
    if not brand or "/" not in folded:
        return None
    return _brand_link_re(brand).search(folded)


#: the words ``_on_sale_re`` cannot match without (a cheap test first)
_ON_SALE_WORDS = ("concession", "magasin", "boutique", "rayon", "librairie", "pharmacie", "kiosque", "points de vente",
                  "store", "shop", "shelves", "dealer", "showroom", "retailer", "on sale")


@lru_cache(maxsize=256)
def _on_sale_re(brand: str) -> re.Pattern:
    """The brand's product said to reach the shops or the dealers, or to go on sale (« Le Vélorie E3 arrive en concession
    le 14 mars », "the Acme Trail 2 hits stores Friday", "X goes on sale June 3"): its release to buyers, a launch whether
    or not the post says "new" (loi 2023-451 art. 1; C. consom. L121-1; 16 CFR 255.0)."""
    b = re.escape(brand).replace(r"\ ", r"[\s_\-]?")
    return re.compile(
        r"(?<![a-z0-9#])@?" + b + r"(?:'s)?(?: [a-z0-9\-]+){0,3} (?:"
        r"(?:arrive|arrivent|debarque|debarquent|sort|sortent|sera|seront|est|sont)(?: (?:enfin|aussi|bientot|desormais))?"
        r"(?: disponibles?)? (?:en |dans les |dans nos |dans vos |chez (?:les |nos |vos )?)(?:concessions?|magasins?|boutiques?|"
        r"rayons?|pharmacies?|librairies?|kiosques?|points de vente)|"
        r"(?:arrives?|lands?|hits?|reach(?:es)?|(?:is|are) (?:coming|arriving)|(?:will|'ll) (?:be|arrive|land)|comes?)"
        r"(?: (?:in|at|on))?(?: the)? (?:stores|shops|shelves|dealerships?|dealers|showrooms?|retailers)|"
        r"(?:goes|go|is going|will go|(?:is|are) on) on sale)(?![a-z])")


def launch(folded: str, brand: str | None, short_ok: bool = False):
    """A new product said with the brand's name ("new tarts at Acme", "Acme's new planner", « les nouvelles
    tartes de Acme ») or a version of it released ("Acme 4.0 is live"): the launch of a product, a strong signal
    (not "our new office at Acme", "new joiners"). When the post writes the brand's first word as a name, that word
    names it too ("Kestrel's new seats" for Kestrel Air): the possessive of the brand's own name."""
    if not brand or len(brand) < 2:
        return None
    short = short_name(brand) if short_ok else None
    # the full name and the first word may both be written ("the new Ardent purifier … I work at Ardent Labs")
    names = [n for n in (brand, short) if n and n in folded]
    if not names:
        return None
    if any(w in folded for w in _ON_SALE_WORDS):
        for name in names:
            found = _on_sale_re(name).search(folded)
            if found is not None:
                return found
    if not ("new" in folded or "nouv" in folded or "latest" in folded or _VERSION.search(folded) is not None):
        return None
    for name in names:
        found = _launch_re(name).search(folded)
        if found is not None:
            return found
    return None


#: a coming release hinted at without its name: something on its way, a guess asked of the reader, a secret kept, a
#: date to wait for ("something big is coming on Friday", « devinez ce qui arrive lundi », "can't say more", #teaser)
TEASER_RE = WordStartSearch.compile(
    r"(?<![a-z0-9])(?:something (?:(?:big|huge|new|special|exciting|massive|major|sweet|tasty|cool|fun) )?(?:is |'s )?"
    r"(?:coming|dropping|landing|brewing|cooking|arriving)|guess what(?:'s| is) (?:coming|dropping|landing|next)|"
    r"(?:coming|dropping|landing) soon(?![a-z])|"
    r"(?:can't|cannot|won't) say (?:more|much|anything)|not saying (?:more|anything)|(?:my )?lips are sealed|sneak peek|"
    r"(?:devinez|devine|devinette)(?: [a-z']+){0,2} (?:ce qui|qui|quoi)|ce qui (?:arrive|se prepare|debarque|sort)(?![a-z])|"
    r"quelque chose (?:de )?(?:(?:gros|grand|enorme|nouveau|fou|beau) )?(?:arrive|se prepare|approche|debarque)|"
    r"(?:un truc|du lourd|du nouveau|une surprise|une nouveaute) (?:arrive|se prepare|approche|debarque)|"
    r"(?:je|on) ne (?:peux|peut) (?:rien|pas) (?:en )?(?:dire|vous dire|reveler)|"
    r"#(?:teaser|comingsoon|newdrop|sneakpeek))(?![a-z0-9])")


def teaser(folded: str, brand: str | None, short_ok: bool = False):
    """A teaser of a coming release in a post that names the brand or the author's own thing ("something big is
    coming from Acme", « devinez ce qui arrive lundi … #Acme »): already the launch's promotion, a weak cue a stated
    purpose outweighs (C. consom. L121-4 22°; 16 CFR 255.5; CAP 2.4, CPUTR Sch. 1 para 22)."""
    m = TEASER_RE.search(folded)
    if m is None or not _targets(folded, brand, short_ok):
        return None
    return m


# -- an employee speaking as the employer's customer or judge (16 CFR 255.5; DMCC Sch. 20 para 22; L121-4 21° and 22°) -----
#
# The law does not list phrases: an employee's praise or use of the employer's product told as a customer's or a fan's is an
# endorsement that owes the connection (16 CFR 255.5 and its example of an employee's review; DMCC Act 2024 Sch. 20 para 22
# / CPUTR Sch. 1 para 22: "falsely representing oneself as a consumer"; C. consom. L121-4 21° and 22°). What such posts
# share is a testimony's shape around the brand's name: the author's own experience of the thing (acquired, used, tried,
# set up: "I got a X last year", "we did it in 10 minutes", « j'ai pris … »), a verdict on it ("10/10", "honestly works",
# "no brainer", "never going back", a superlative or a market comparison) and a word to fellow consumers ("fellow moms",
# "PSA", "mom tip", "if anyone's looking", "go show them some love", a call). Two of the three classes around the brand,
# named as a thing (not as the author's workplace: "at X", "the X team", "my company, X"), make a testimony; with one of
# them in the brand's own sentence it is as strong as an offer, otherwise a weak cue a stated purpose outweighs (a job ad's
# "I did the scheme and it changed my life").

#: the brand named as the author's workplace or people just before its name ("at the X in Portland", « chez X », "my
#: company, X", "I'm with X")
_WORKPLACE_BEFORE = re.compile(
    r"(?:(?:my|our|mon|ma|notre) (?:company|employer|firm|workplace|entreprise|boite|employeur|societe),? |"
    r"(?<![a-z])(?:(?:coworkers|co-workers|colleagues|collegues|teammates|friends|amis|amies|potes) (?:from|at|of|de|d'|chez)|"
    r"at|chez|joined|joining|join|joins|rejoint|rejoins|rejoindre|au sein d[e']|de chez|i'm with|i am with|"
    r"work(?:s|ed|ing)? (?:for|with)|years? (?:for|with)|(?:bosse|travaille) (?:pour|avec))(?: the| la| le| les| l')? ?@?)$")
#: … or just after it ("X team", "X's people", "the X store in Leeds")
_WORKPLACE_AFTER = re.compile(
    r"(?:'s|')? ?(?:team|teams|staff|crew|colleagues|coworkers|co-workers|family|fam|people|folks|employees?|office|offices|hq|"
    r"headquarters|equipes?|collegues|salariee?s|famille|squad|campus|store|stores|branch|plant|warehouse|factory|usine|"
    r"magasin|agence|bureaux?)(?![a-z])")
#: the author (or the author's household) as the subject of a verb of acquiring or using; a subjectless verb opening a
#: sentence ("Got the X set up", "Ran speed tests", "Found my new favourite …"); the French « j'ai pris », « je suis passée à »
_EXPERIENCE_RE = re.compile(
    r"(?<![a-z'])(?:i|we|i've|we've|i'd|we'd|i have|we have|i'll|we'll|me and my [a-z]+|my (?:wife|husband|partner|son|"
    r"daughter|kids?|family|mum|mom|dad|friend|friend's [a-z]+(?: [a-z]+)?|little one|boy|girl|toddler|[0-9a-z]+ grader)) "
    r"(?:just |finally |recently |also |then |already |actually |first |even )?(?:got|bought|ordered|tried|tested|used|"
    r"using|switched|moved|signed up|set up|installed|downloaded|started (?:using|with|on)|booked|opened|picked up|wore|drove|"
    r"ate|drank|ran|did|took|found|discovered|subscribed|renewed|upgraded|shopped|stayed|flew|played|finished)(?![a-z])|"
    r"(?:^ ?|(?<=[.!?\n:\u2014\u2013\x02])|(?<=[.!?\n:\u2014\u2013\x02] )|(?<=[.!?\n:\u2014\u2013\x02]  ))"
    r"(?:just |finally |so |ok |okay )?(?:got|bought|ordered|tried|tested|switched|moved|signed up|set up|installed|booked|"
    r"opened|picked up|ran|did|took|found|discovered|finished|downloaded|upgraded)(?![a-z])|"
    r"(?<![a-z])(?:j'ai|on a|nous avons|je l'ai|on l'a|je les ai|j'en ai|mon fils a|ma fille a|mes enfants ont) "
    r"(?:enfin |deja |aussi |meme )?(?:pris|achete|commande|teste|essaye|utilise|installe|ouvert|souscrit|adopte|decouvert|"
    r"trouve|choisi|reserve|fait|mis|bascule|migre|demarre|commence)(?![a-z])|"
    r"(?<![a-z])(?:(?:je suis|on est|nous sommes) passee?s? (?:a|au|chez|sur)|j'utilise|je teste|on utilise|je porte|"
    r"je roule|j'ai craque)(?![a-z])")
#: a verdict in the author's voice: an opinion adverb, a score, a regret of having waited, a convert's word
_VERDICT_RE = re.compile(
    r"(?<![a-z])(?:honestly|genuinely|literally|seriously|truly|franchement|sincerement|no[\s\-]?brainer|never going back|"
    r"(?:won't|will never|not|never) (?:be )?go(?:ing)? back|wish (?:i|we)(?:'d| had) (?:done|switched|found|started|known|"
    r"moved|bought|tried|joined|signed)|converted|game[\s\-]?changer|underrated|under-rated|favou?rite|fave|go-to|"
    r"saved (?:us|me|my|our)|changed (?:my|our) (?:life|lives|mornings|routine|game)|worth (?:it|every)|"
    r"(?:not|no) (?:even )?(?:a |really a )?(?:contest|close)|(?:won|wins) (?:every|each) (?:round|time|test|race)|beat (?:everyone|everybody|everything|every|all|the rest|them all)|absurd|"
    r"(?:zero|no) (?:soreness|regrets?|complaints?|hassle|stress|pain|issues)|(?:can't|cannot) stop (?:talking|thinking) about|"
    r"impressed|blown away|life[\s\-]?saver|aucun regret|plus jamais sans|coup de coeur|bluffee?|conquise?|by far|hands down|"
    r"de loin|(?:mon|ma|mes) (?:[a-z]+ )?preferee?s?|"
    r"\d{1,2} ?/ ?10|(?:5|five) stars?)(?![a-z])")
#: a word to fellow consumers: a tip, a public-service note, the reader's own situation, an offer to answer, a shout-out
_PEER_RE = re.compile(
    r"(?<![a-z])(?:fellow [a-z]+|psa|(?:mom|mum|dad|parent|pro|quick|hot|top|money|savings|budget|life) tip|tip for "
    r"(?:anyone|all|you)|anyone else|if (?:anyone|anybody|you)(?:'s| is| are|'re)? (?:looking|after|thinking|wondering|"
    r"struggling|panicking|in the market|shopping|considering|on the fence)|for anyone (?:whose|who|looking|struggling|"
    r"thinking)|happy to answer|go show (?:them|her|him)|shout[\s\-]?out to|gatekeeping|you'll (?:ever|thank|love|never)|"
    r"your future self|link (?:below|in bio|in (?:the )?comments)|(?:if|when) your [a-z]+ (?:is|are) (?:still|stuck)|"
    r"petit conseil|mon conseil|pour (?:celles et )?ceux qui (?:cherchent|hesitent)|si vous (?:cherchez|hesitez)|avis aux|"
    r"je vous (?:le |la |les )?(?:conseille|recommande))(?![a-z])")
#: the praise classes (above) that are a verdict, and the one that is a word to the reader (a bare quality or a place
#: compared, "fast", "in France", says too little alone)
_VERDICT_CLASSES = frozenset(("superlative", "recommend", "customer", "choice"))
#: a date on a label, no verdict ("best before 14 March")
_BEST_BY = re.compile(r"best[\s\-](?:before|by)(?![a-z])")
_PEER_CLASSES = frozenset(("call",))


def brand_spots(folded: str, brand: str, short_ok: bool = False) -> list[tuple[int, int]]:
    """Where the brand is named as a word, a handle or a domain (as written, squeezed, with "and" for "&", by its first
    word when the text writes it as a name); not inside a hashtag (#XTeam, #fiersdeX: the employment's own tags)."""
    names = set(brand_names(brand))
    names.add(_NOT_ALNUM.sub("", brand))
    if "&" in brand:
        names.add(_NOT_ALNUM.sub("", brand.replace("&", "and")))
    short = short_name(brand)
    out = set()
    for name in names:
        if len(name) < 3 or (name == short and not short_ok):
            continue
        i = folded.find(name)
        while i >= 0:
            before = folded[i - 1] if i else " "
            if not before.isalnum() and before != "#" and not folded[i + len(name):i + len(name) + 1].isalnum():
                out.add((i, i + len(name)))
            i = folded.find(name, i + 1)
    return sorted(out)


#: what a trader sells under its own name: a course, a shop, a brand, a book… (« ma formation », "my 8-week cohort course")
_OWN_OFFER_NOUN = (r"(?:course|courses|class|classes|programme|program|cohort|bootcamp|coaching|workshop|masterclass|membership|"
                   r"newsletter|book|ebook|e-book|shop|store|brand|label|business|studio|bakery|salon|podcast|app|agency|"
                   r"practice|clinic|academy|school|formation|boutique|marque|atelier|cours|livre|entreprise|cabinet|ecole|"
                   r"programme|accompagnement|methode|method|system)")


@lru_cache(maxsize=256)
def _own_offer_re(brand: str) -> re.Pattern:
    b = _names_alternation(brand)
    own = r"(?:my|our|ma|mon|notre) (?:[a-z0-9\-]+ ){0,3}" + _OWN_OFFER_NOUN + r"(?![a-z])"
    return re.compile(r"(?<![a-z0-9])@?(?:" + b + r")(?:,| -|:|\u2014|\u2013)? (?:is |c'est |est )?" + own + r"|"
                      + own + r"(?:,| -|:|\u2014|\u2013)? (?:called |named |appelee? )?@?(?:" + b + r")(?![a-z0-9])")


def own_offer(folded: str, brand: str) -> bool:
    """Is the brand named as the author's own offer ("Doors open Monday for X, my 8-week cohort course", "my shop, X",
    « X, ma formation en ligne »)? The trader speaks of what it sells: its own advertisement, no consideration needed."""
    return ("my " in folded or "our " in folded or "ma " in folded or "mon " in folded or "notre " in folded) and \
        _own_offer_re(brand).search(folded) is not None


def as_workplace(folded: str, start: int, end: int) -> bool:
    """Is the brand named at [start, end) as the author's workplace or people ("at X", "the X team", "my company, X")?"""
    return _WORKPLACE_BEFORE.search(folded, max(0, start - 30), start) is not None or \
        _WORKPLACE_AFTER.match(folded, end) is not None


def consumer_voice(folded: str, brand: str | None, short_ok: bool = False) -> tuple[bool, tuple[int, int]] | None:
    """An employee's testimony on the employer's product (see above): (strong, the brand's span), or None. Strong when two
    classes meet around the brand named as a thing and one of them is in its own sentence."""
    if not brand:
        return None
    spots = [(s, e) for s, e in brand_spots(folded, brand, short_ok) if not as_workplace(folded, s, e)]
    if not spots:
        return None
    bounds = []
    s = 0
    for m in _SENTENCE_END.finditer(folded):
        if folded[s:m.start()].strip():
            bounds.append((s, m.start()))
        s = m.end()
    bounds.append((s, len(folded)))
    found = None
    for start, end in spots:
        i = next(k for k, (a, b) in enumerate(bounds) if start <= b)
        lo, hi = bounds[max(0, i - 2)][0], bounds[min(len(bounds) - 1, i + 2)][1]
        window = folded[lo:hi]
        classes: dict[str, tuple[int, int]] = {}
        for name, rx in (("experience", _EXPERIENCE_RE), ("verdict", _VERDICT_RE), ("peer", _PEER_RE)):
            m = rx.search(window)
            if m is not None:
                classes[name] = m.span()
        for name, rx in _PRAISE_RES:
            cls = "verdict" if name in _VERDICT_CLASSES else "peer" if name in _PEER_CLASSES else None
            if cls is None or cls in classes:
                continue
            for m in rx.finditer(window):
                if (name == "superlative" and (said_of_people(window, m.start(), m.end()) or _BEST_BY.match(window, m.start()))) \
                        or any(a < m.end() and m.start() < b for a, b in classes.values()):
                    continue  # a person praised, a label's date; one word is one class ("je vous conseille")
                classes[cls] = m.span()
                break
        if len(classes) < 2:
            continue
        # strong: the author's use or verdict said in the brand's own sentence
        own = bounds[i][0] - lo, bounds[i][1] - lo
        strong = any(own[0] <= a < own[1] for name, (a, _) in classes.items() if name != "peer")
        if found is None or (strong and not found[0]):
            found = (strong, (start, end))
    return found


def own_hints(folded: str, brand: str | None) -> list:
    """The weak cues that are the author's own, in a post that speaks of competitors."""
    global _HINT_RE
    if _HINT_RE is None:
        _HINT_RE = re.compile(r"(?<![a-z0-9])(?:" + HINT + r")")
    return [m for m in _HINT_RE.finditer(folded) if not about_others(folded, m.start(), m.end(), brand)]


def strong_promotion(folded: str, outside: list[tuple[int, int]] | None = None):
    """The first strong promotional signal anywhere in the text (the scan stops at the first cue of either
    strength: a post whose first cue is weak and that states a strong purpose is searched again), none of the
    ``outside`` stretches (a free release's own sentence)."""
    global _PROMO_RE
    if _PROMO_RE is None:
        _PROMO_RE = re.compile(r"(?<![a-z0-9])(?:" + PROMO + r")")
    if not outside:
        return _PROMO_RE.search(folded)
    return next((m for m in _PROMO_RE.finditer(folded) if not any(s <= m.start() < e for s, e in outside)), None)


def own_promotion(folded: str, brand: str | None):
    """The first promotional signal that is the author's own, in a post that speaks of competitors
    (industry news promotes nothing of the author's)."""
    global _PROMO_RE
    if _PROMO_RE is None:
        _PROMO_RE = re.compile(r"(?<![a-z0-9])(?:" + PROMO + r")")
    for m in _PROMO_RE.finditer(folded):
        if not about_others(folded, m.start(), m.end(), brand):
            return m
    return None


# --- a second advertiser ------------------------------------------------------------------------------------------
#: the advertiser a label names right after it ("Collaboration commerciale avec X", "Paid partnership with X", "Sponsored
#: by X", "#ad X"), read in the raw text: a name is capitalised
#: (a hidden character inside a name is still the name: "S\u200btockia" reads as "Stockia", folded away later)
_NAME = (r"[A-ZÀ-ÖØ-Þ][\w'’&\-\u00ad\u200b-\u200f\u2060\ufeff]*(?:,?[ \t]+(?:(?:&|and|et|\+)[ \t]+)?[A-ZÀ-ÖØ-Þ]"
         r"[\w'’&\-\u00ad\u200b-\u200f\u2060\ufeff]*){0,4}")
_HANDLE = r"@[\w.]*\w"
#: one advertiser or several, each a name or an @handle ("avec @a et @b", "with Acme & Tisse", "x @acme")
_NAMES_RE = r"(?:" + _HANDLE + "|" + _NAME + r")(?:,?[ \t]+(?:&|and|et|\+|x|×)[ \t]+(?:" + _HANDLE + "|" + _NAME + r"))*"
#: (an article between the link and a partner's name — « avec la Pharmacie du Port », « avec l'Atelier Brun », "with the
#: Corner Shop" — still names it as the partner: C. consom. L121-1 I 3°, the advertiser identifiable)
_LABEL_NAME_RE = re.compile(r"[ \t]*((?:avec|with|by|par|for|pour|x|×)[ \t]+(?:(?:la|le|les|the)[ \t]+|l['’])?)?(?:[:|\-–—][ \t]*)?("
                            + _NAMES_RE + ")")
#: a discount code handed to the reader (an upper-case token with a digit) or an affiliate link: a consideration per sale
_SALE_ANCHOR_RE = re.compile(r"(?i:(?<![\w])(?:code|use|with|avec|utilise[zr]?|enter|entrez|tape[zr]?)[ \t]+)"
                             r"([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9]*\d[A-ZÀ-ÖØ-Þ0-9]*)(?![\w])|(?i:(?<![\w])(?:affiliate links?|"
                             r"liens? affili[ée]s?|lien d'affiliation))|(?i:(?<![\w])code[ \t]+)([A-ZÀ-ÖØ-Þ]{4,}[A-ZÀ-ÖØ-Þ0-9]*)(?![\w])|"
                             # a bare code said to give the discount ("SITWELL10 gets you 10% off")
                             r"(?<![\w])([A-Z]{3,}\d+)(?=[ \t]+(?:gets|gives|saves|te donne|vous donne|vous offre))")
#: the code said to be the last-named party's ("code X10 chez eux aussi", "at theirs too")
_THEIRS_RE = re.compile(r"[ \t]*(?:pour [^.!?\n]{0,30}?)?(?:chez (?:eux|elles?|lui)|(?:at|from|with) (?:theirs|them))(?![\w])")
#: the names before a code in its own sentence: an @handle, or a name said to be the product ("the blush is @x",
#: "shake is Oatmo vanilla", « le plaid, c'est Tissé », « les baskets, ce sont les Pasoa ») — a capitalised word elsewhere may be the labelled brand's product
_IS_NAME_RE = re.compile(r"(?i:(?<![\w])(?:is|are|c'est|est|ce sont(?:[ \t]+les)?))[ \t]+@?(" + _NAME + ")")
_HANDLE_RE = re.compile(_HANDLE)
#: the shop a code or a link belongs to ("… de chez X (code X15)", "20% off at X with X20", "affiliate link for X")
_SHOP_BEFORE_RE = re.compile(r"(?i:(?<![\w])(?:de chez|chez|from|at))[ \t]+@?(" + _NAME + ")")
_SHOP_AFTER_RE = re.compile(r"(?i:[ \t]+(?:is |are )?(?:(?:still |also |too )?(?:works?|is valid|valid|marche|fonctionne|"
                            r"est valable|valable)(?: toujours| encore| aussi| still| too| also)?[ \t]+)?"
                            r"(?:for|pour|de|chez|to|vers|at|on|sur)[ \t]+)@?(" + _NAME
                            + r"|[a-z0-9\-]{3,}\.(?:com|co\.uk|fr|co|shop|store|io|net|org|eu|de|be|ch|ca|uk))")
#: a retailer that sells the labelled advertiser's goods ("dispo chez Sephora", "available at Boots"), not a second brand
_RETAILER_RE = re.compile(r"(?<![a-z])(?:dispo|disponibles?|en vente|vendue?s?|en magasin|en pharmacie|available|sold|stocked|"
                          r"in stores?|in store|stockists?|retailers?|bought|buy|purchased|achetee?s?|acheter)(?![a-z])")
_SEGMENT_END = re.compile(r"[!?\n]|\.(?![A-Za-z0-9])")  # "tisse.com" ends no sentence
#: the code's own shop named before the word "code" ("my Fennick code FEN20", « mon code Fennick », "your Orbit code")
_CODE_OWNER_RE = re.compile(r"(?i:(?<![\w])(?:my|mon|ma|your|ton|votre))[ \t]+@?(" + _NAME + r")[ \t]+"
                            r"(?i:(?:promo[ \t]+|discount[ \t]+|affiliate[ \t]+|referral[ \t]+)?code)[ \t]*$")
#: the author's own code ("my code SAM20", « mon code CLÉMENCE15 »): the shop it "works at" is the one that pays for it
_MY_CODE_RE = re.compile(r"(?i:(?<![\w])(?:my|mon)[ \t]+(?:(?:promo|discount|personal|perso|affiliate)[ \t]+)?code[ \t]+"
                         r"(?:promo[ \t]+)?)$")
#: a sentence that turns to another thing than the labelled one ("Also, my favourite watch …", « Et pour la récup', … »,
#: "Oh and", « Au passage »): the names before its code are that other thing's, not the labelled advertiser's product
_TURN_RE = re.compile(r"[^\w@]*(?i:also|and also|oh and|and|plus|bonus|btw|by the way|side note|p\.?s\.?|et|et aussi|"
                      r"aussi|en plus|au passage|sinon|d'ailleurs)(?![\w'’])")
#: a name said as the labelled brand's own ("their Trek 2", « leur plaid Nuage », "its Pro line")
_THEIR_BEFORE = frozenset(("their", "its", "leur", "leurs", "son", "sa", "ses"))
_GENERIC_NAME_WORDS = frozenset(("the", "les", "la", "le", "maison", "cafe", "shop", "store", "paris", "london", "co", "and",
                                 "et", "de", "du", "des", "my", "mon", "ma", "official", "studio", "labs", "christmas",
                                 "noel", "black", "friday", "cyber", "monday", "checkout", "home", "this", "that", "all",
                                 "amazon", "ebay", "etsy", "instagram", "tiktok", "linkedin", "facebook", "youtube"))


def _name_words(name: str, fold_word) -> set[str]:
    """The words that name an advertiser (an @handle's parts too: "@maison_ardoise" is Ardoise), the generic ones left out."""
    return {w for w in (fold_word(x) for x in re.split(r"[\s&'’\-@._]+", name)) if len(w) >= 3 and w not in _GENERIC_NAME_WORDS}


def _words_of(run: str, fold_word) -> set[str]:
    """The folded words of a run of text (a sentence's)."""
    return set(re.findall(r"[a-z0-9]+", fold_word(run)))


def labelled_advertiser(text: str, label_end: int) -> tuple[str | None, bool]:
    """The advertiser a label names right after it, in the raw text (None: the label names none), and whether it is
    named as the partner ("avec X", "with X", "by X") rather than a capitalised word that may begin the sentence."""
    m = _LABEL_NAME_RE.match(text, label_end)
    return (m.group(2), m.group(1) is not None) if m is not None else (None, False)


_HANDLE_OR_NAME = r"(@[\w.]+|" + _NAME + ")"
#: a second brand's own connection told in words: a gift from it, a role for it, a partnership "too" (« le plaid offert par
#: Tissé », "Tisse sent it over too", « dont je suis aussi ambassadrice », "I'm also a Tisse ambassador", « Tissé
#: (partenaire aussi) »): raw text, the name capitalised or an @handle (group 1, 2, 3, 4 or 5)
_CONNECTION_RE = re.compile(
    r"(?i:(?:offerte?s?|envoyee?s?|prete?e?s?|gifted|sent|provided|lent|loaned)[ \t]+(?:par|by|from|de la part de)[ \t]+)"
    + _HANDLE_OR_NAME +
    r"|(?i:(?:merci|thanks?|thank you|big thanks|un grand merci)[ \t]+(?:aussi[ \t]+|also[ \t]+|too[ \t]+)?(?:a|à|to)?[ \t]*)"
    + _HANDLE_OR_NAME + r"(?i:[ \t]+(?:aussi[ \t]+|also[ \t]+|too[ \t]+)?(?:pour|for)[ \t]+(?:[\w'’]+[ \t]+){0,4}?"
    r"(?:offert|offerte|offerts|offertes|cadeau|free|gift|gifted|sending|sent|envoi))"
    r"|" + _HANDLE_OR_NAME + r"(?i:[ \t]+(?:also[ \t]+|too[ \t]+)?(?:sent|gave|gifted|gifts|lent)[ \t]+(?:me|us|it|this|these|them)"
    r"|[ \t]+(?:m'a|nous a|m'ont|nous ont)[ \t]+(?:aussi[ \t]+)?(?:offert|envoye|envoyee|prete))"
    r"|(?i:(?:ambassadeur|ambassadrice|ambassador|egerie|égérie|partenaire|partner)s?[ \t]+(?:aussi[ \t]+|also[ \t]+)?"
    r"(?:de|d'|du|for|of|with|avec|chez)[ \t]*)" + _HANDLE_OR_NAME +
    r"|(?i:(?:also|aussi|egalement|également)[ \t]+(?:a|an|un|une)?[ \t]*)" + _HANDLE_OR_NAME
    + r"(?i:[ \t]+(?:ambassador|partner|affiliate|ambassadeur|ambassadrice|partenaire))"
    r"|" + _HANDLE_OR_NAME + r"[ \t]*\((?i:(?:partenaire|partner|sponsor|ambassad\w*|collab\w*|gifted|offert\w*)[ \t]+"
    r"(?:aussi|too|also|egalement|également)|(?:aussi|also)[ \t]+(?:partenaire|partner|sponsor|gifted|offert\w*))\)"
    # « le thé de Théodore, dont je suis aussi ambassadrice », "Tisse, who also sponsor me"
    r"|" + _HANDLE_OR_NAME + r"(?i:[ \t]*,?[ \t]+(?:dont|qui|who|which|whose)[ \t]+[^.!?\n]{0,30}?"
    r"(?:ambassad|partenai|partner|sponsor|offert|envoy|paid|pays|paie|remun|rémun))"
    # a stay given: "thanks @inn for having us", « merci à X pour l'accueil », « Nuit au @chalet — merci pour l'accueil »
    r"|(?i:(?:merci|thanks?|thank you|un grand merci|big thanks)[ \t]+(?:à|a|to)?[ \t]*)" + _HANDLE_OR_NAME
    + r"(?i:[ \t]+(?:pour|for)[ \t]+(?:l['’]accueil|having (?:us|me)|hosting (?:us|me)))"
    r"|" + _HANDLE_OR_NAME + r"[ \t]*[—–\-:,][ \t]*(?i:merci pour l['’]accueil|thanks? (?:you )?for (?:having|hosting) (?:us|me))"
    # a gift told in a parenthesis after the second brand's @handle, the brand said again by a pronoun or not at all
    # ("my @keswin aviators (obsessed, they just sent me the whole line)", « mon mixeur @olane (cadeau de la marque) »)
    r"|(@[\w.]*\w)[^()\n.!?]{0,40}\((?=[^()\n]{0,40}?(?i:(?:they|ils|elles|the brand|la marque)[ \t]+(?:\w+[ \t]+){0,2}?"
    r"(?:sent|gave|gifted|m'ont|nous ont|offert|envoy)|cadeau|gifted|offert|c/o(?![\w])))[^()\n]{0,60}\)"
    # the second brand's collaboration told only in its tag ("Mugs by @clayhouse 🤍 #clayhousecollab")
    # (a generic tag names no one: "#brandambassador", "#paidpartner", « #marquepartenaire »)
    r"|#(?!(?i:brand|marque|paid|official|officiel|proud|team|my|our|the|insta|ig|student|campus|global|local)"
    r"(?:collab|partner|ambassad|partenaire))([A-Za-z]\w{2,}?)(?i:collab|partner|ambassador|ambassadeur|ambassadrice|"
    r"partenaire)(?![\w])")
#: a capitalised word that opens a sentence and names no one: a pronoun, an article, a determiner
_NOT_A_BRAND = frozenset(("they", "she", "he", "we", "it", "you", "i", "il", "elle", "ils", "elles", "on", "nous", "vous",
                          "l", "la", "le", "les", "d", "de", "du", "des", "this", "that", "these", "those", "my", "mon",
                          "ma", "mes", "our", "notre", "nos", "their", "leur", "leurs", "the", "ce", "cette", "ces", "who",
                          "qui", "everyone", "everybody", "tout", "tous", "toute", "toutes", "all", "both", "someone",
                          "quelqu", "et", "and", "also", "aussi", "merci", "thanks", "so", "alors", "then", "puis",
                          # a call to the reader after an emoji or a dash ("🙋 Use my referral code")
                          "use", "utilise", "utilisez", "sign", "join", "get", "grab", "tap", "click", "clique",
                          "cliquez", "inscris", "inscrivez", "rejoins", "rejoignez"))
#: stop 28: the calendar's capitalised words name a date, never a party ("on stage on March 14 … Code MARCUS": the code
#: spells no month; « le 3 Mars »)
_CALENDAR = frozenset(("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                       "november", "december", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
                       "septembre", "octobre", "novembre", "decembre", "février", "août", "décembre", "monday", "tuesday", "wednesday", "thursday", "friday",
                       "saturday", "sunday", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"))
#: stop 28: a partner word said of a company, not of the author: its clause opens on a noun phrase with no first person (« Voltéa,
#: le fournisseur d'électricité partenaire de Nestora », "Acme, the official partner of the Open") — the advertiser's own
#: partnership told, not a second connection of the author (loi 2023-451 art. 5 and 16 CFR 255.5 ask for the author's ties)
_THIRD_PARTY_PARTNER = re.compile(r"(?i)(?:^|[,;:(\u2014\u2013]|\s[\-|]\s)[ \t]*(?:le|la|l['’]|les|the|its|their|son|sa|ses|leur|leurs|"
                                  r"an?|une?)[ \t]*(?![\w'’ \t]*(?<![\w])(?:je|j['’]|i|i['’]m|me|moi|my|mon|ma|mes)"
                                  r"(?![\w]))[\w'’\-]+(?:[ \t]+[\w'’\-]+){0,5}[ \t]+$")
#: a person named before a gift or a thanks is family or a friend, not a second brand
_KIN_BEFORE = re.compile(r"(?i:(?:sister|brother|mom|mum|dad|mother|father|friend|wife|husband|boyfriend|girlfriend|son|"
                         r"daughter|aunt|uncle|grandma|grandpa|nan|soeur|sœur|frere|frère|mere|mère|pere|père|ami|amie|"
                         r"copine|copain|mari|femme|fils|fille|tante|oncle|mamie|papi|cousine?)[ \t]+)$")
#: a word the readings of ``_CONNECTION_RE`` hold, sought first (one scan) — not the label's own words: "paid partnership",
#: "sponsored", « collaboration » open most labelled posts
_CONNECTION_CUE = re.compile(r"offert|envoy|pret|prêt|gift|sent(?![a-z])|provided|lent(?![a-z])|loaned|gave|ambassad|egerie|"
                             r"égérie|partenai|partner(?!ship)|affiliate|accueil|having (?:us|me)|hosting|\wcollab(?![a-z])|cadeau")
#: a referral for a brand: its link or code, a credit to whoever signs up through the author ("my referral link",
#: « mon lien de parrainage », "sign up with my link … $50 credit")
_REFERRAL_RE = re.compile(r"(?i:(?:lien|code) (?:de )?parrain(?:age)?|referral (?:link|code)|(?:sign up|join|register|"
                          r"inscri\w*)[^.!?\n]{0,25}?(?:with|via|through|avec|par) (?:my|mon) (?:link|lien|code))")


def offer_to_its_customers(text: str, name: str) -> bool:
    """Is the labelled party shown as the one whose customers get the offer ("Paid partnership with Nestora 🥗 Nestora
    cardholders get 40% off a first Kilna box", « Publicité avec Nestora : -20 % pour les clients Nestora »)? Its perk on
    another brand's goods is its own promotion: the label names an advertiser of this very offer (loi 2023-451 art. 5; 16
    CFR 255.5; CAP 2.1)."""
    n = re.escape(name.lstrip("@")).replace(r"\ ", r"[ \t]+")
    return re.search(r"(?i)(?<![\w])" + n + r"(?:['’]s)?[ \t]+(?:card[ \t]?holders|card[ \t]?members|customers|clients|members|"
                     r"subscribers|account[ \t]?holders|policy[ \t]?holders|users|app users|abonnés|abonnes|adhérents|adherents)"
                     r"(?![\w])|(?<![\w])(?:clients|clientes|abonnés|abonnes|membres|adhérents|adherents|porteurs de (?:la )?carte|"
                     r"détenteurs de (?:la )?carte)[ \t]+(?:de[ \t]+|d['’])?" + n + r"(?![\w])", text) is not None


def connected_other(text: str, named: set[str], fold_word) -> tuple[int, int] | None:
    """A brand other than the labelled advertiser with its own connection told in words (a gift, a role, a partnership
    "too"): the span of its name in the raw text, or None (loi 2023-451 art. 5: each advertiser identifiable; 16 CFR
    255.5: every material connection; CAP 2.1; CPUTR Sch. 1 para 22)."""
    # the full reading runs only around the words that tell a connection (a scan of every capitalised word is costly)
    lower = text.lower()
    for cue in _CONNECTION_CUE.finditer(lower):
        span = _connected_near(text, max(0, cue.start() - 90), min(len(text), cue.end() + 90), named, fold_word)
        if span is not None:
            return span
    if "parrain" in lower or "referral" in lower or "my link" in lower or "mon lien" in lower:
        for m in _REFERRAL_RE.finditer(text):
            # the brand the referral is for: named right after it (« lien de parrainage Notabene »), else the last one
            # named before it in its sentence or the one before ("… is Calendo. Sign up with my link")
            after = re.compile(r"[ \t]+(?:for |pour |de |d'|chez )?@?(" + _NAME + ")").match(text, m.end())
            # (a code in capitals after "referral code" is the code, not its brand: "my referral code ORVJO")
            shop = after if after is not None and fold_first(after.group(1)) not in _NOT_A_BRAND and not (
                after.group(1).split()[0].isupper()) else None
            if shop is None:
                lo = max((e.end() for e in _SEGMENT_END.finditer(text, 0, m.start())), default=0)
                lo = max((e.end() for e in _SEGMENT_END.finditer(text, 0, max(0, lo - 1))), default=0)
                shop = _last_name(text, lo, m.start())
            if shop is None:
                continue
            words = _name_words(shop.group(1), fold_word)
            if words and not (words & named):
                return shop.start(1), shop.end(1)
    return None


def _connected_near(text: str, lo: int, hi: int, named: set[str], fold_word) -> tuple[int, int] | None:
    for m in _CONNECTION_RE.finditer(text, lo, hi):
        i = next(k for k in range(1, 12) if m.group(k))
        name = m.group(i)
        if _KIN_BEFORE.search(text, max(0, m.start(i) - 20), m.start(i)) is not None:
            continue
        if i == 4 and _THIRD_PARTY_PARTNER.search(text, max(0, m.start() - 80), m.start()) is not None:
            continue  # « Voltéa, le fournisseur partenaire de Nestora », "Acme, the official partner of X": the brand's tie
        first = fold_word(name.lstrip("@").split()[0].split("'")[0].split("’")[0])
        if first in _NOT_A_BRAND:
            continue  # "They sent me", « L'agence nous a offert »: the brand itself, said again
        words = _name_words(name.lstrip("@"), fold_word)
        handle = fold_word(name.lstrip("@").replace(".", "").replace("_", ""))
        if not words or words & named or any(w in handle or handle in w for w in named if len(w) >= 4):
            continue
        return m.start(i), m.end(i)
    return None


def other_advertiser(text: str, named: set[str], fold_word, parties: set[str] = frozenset()) -> tuple[int, int] | None:
    """A brand other than the labelled advertiser that the post pushes with a code or an affiliate link: the span of its
    name in the raw text, or None. Each advertiser's connection must be identifiable (loi 2023-451 art. 5; 16 CFR 255.5:
    every material connection; CAP 2.1): a label naming one advertiser does not disclose the commission another pays.
    The code's shop is the one its sentence says ("de chez X", "from X", "at x.com", "chez eux" after X's name); failing
    that, the brand its letters spell, or the @handle or the product's name before it in its sentence ("the blush is
    @pinchrose, code ELLA15"). A code that spells the labelled advertiser's name is theirs unless its sentence says
    otherwise; a retailer that sells the labelled goods is no advertiser."""
    for a in _SALE_ANCHOR_RE.finditer(text):
        token = a.group(1) or a.group(2) or a.group(3)
        seg_start = max((e.end() for e in _SEGMENT_END.finditer(text, 0, a.start())), default=0)
        seg_end_m = _SEGMENT_END.search(text, a.end())
        seg_end = seg_end_m.start() if seg_end_m else len(text)
        spelled = False
        letters = ""
        if token:
            letters = fold_word(re.sub(r"\d.*", "", token))
            spelled = len(letters) >= 4 and any(w.startswith(letters[:4]) or letters.startswith(w[:4]) for w in named)
        shop = None
        for b in _SHOP_BEFORE_RE.finditer(text, max(seg_start, a.start() - 90), a.start()):
            shop = b
        if shop is None and token:
            # the shop named before the word "code" ("my Fennick code FEN20"): the code is that shop's
            shop = _CODE_OWNER_RE.search(text, max(seg_start, a.start() - 60), a.start() + 5)
        if shop is None:
            # "affiliate link for Tisse", and after a code its shop's own site ("use LEA15 at tisse.com"; a retailer named
            # after a code, "at Target", may sell the labelled goods — unless the code is the author's own and its
            # sentence names neither the labelled brand nor a sale of its goods: "my code SAM20 still works at Fennick
            # for their candles", « mon code CLÉMENCE15 chez Fennick marche toujours »)
            shop = _SHOP_AFTER_RE.match(text, a.end(), seg_end)
            if shop is not None and token and "." not in shop.group(1) and not (
                    _MY_CODE_RE.search(text, max(seg_start, a.start() - 30), a.start() + 5) is not None
                    and not (_words_of(text[max(seg_start, a.start() - 30):seg_end], fold_word) & named)
                    and _RETAILER_RE.search(fold_word(text[max(seg_start, a.start() - 30):seg_end])) is None):
                shop = None
        if shop is None and token and _THEIRS_RE.match(text, a.end(), seg_end) is not None:
            # « Merci à Kayak Tarn pour la descente, code LUMEN10 chez eux aussi »: the code is the named party's
            shop = _last_name(text, seg_start, a.start())
        if shop is None:
            if spelled or not token:
                continue
            shop = _spelled(text, letters, token, fold_word, named, parties) if len(letters) >= 4 else None
            if shop is None:
                shop = _last_name(text, seg_start, a.start(), loose=False)
            if shop is None and _TURN_RE.match(text, seg_start) is not None and not (
                    _words_of(text[seg_start:seg_end], fold_word) & named):
                # a sentence that turns to something else ("Also, my favourite watch is the Pacelab Trek: code RUN20",
                # « Et pour la récup', la boisson Musclaïa : -15 % avec le code GRANDRAID »), the labelled brand not
                # named in it: the last name before the code is the other thing's maker (not "their Trek 2")
                shop = _last_name(text, seg_start, a.start())
                if shop is not None:
                    before = text[max(seg_start, shop.start(1) - 30):shop.start(1)].split()
                    if before and fold_word(before[-1]) in _THEIR_BEFORE:
                        shop = None
        if shop is None:
            continue
        between = fold_word(text[seg_start:shop.start(1)])
        if _RETAILER_RE.search(between) is not None:
            continue
        words = _name_words(shop.group(1), fold_word)
        flat = fold_word(shop.group(1).replace(".", " ").replace("-", "").replace("_", "").replace(" ", ""))
        if words and not (words & named) and not any(w in flat for w in named if len(w) >= 4):
            return shop.start(1), shop.end(1)
    return None


# --- the employer the post names ----------------------------------------------------------------------------------
#: the name after an employment wording ("I work at Marrow Foods", « je travaille chez Halvard »), read in the raw text: a
#: name is capitalised (or a handle)
_EMPLOYER_AFTER_RE = re.compile(r"[ \t]*(?:(?i:at|for|with|by|of|chez|pour|au sein de|de chez|du|de)[ \t]+)?"
                                r"(?:(?i:the|l'|la|le)[ \t]*)?(@[\w.]+|" + _NAME + ")")
#: a common noun after the name: the place is named ("the Bristol shop", "our Leeds office"), not the employer
_PLACE_AFTER_RE = re.compile(r"[ \t]+(?i:shops?|stores?|branch(?:es)?|offices?|sites?|locations?|factory|warehouse|plant|"
                             r"depot|cafe|café|restaurant|hotel|boutique|magasin|agence|usine|bureau|team|studio|hub|campus)"
                             r"(?![\w])")
#: the name before "employee", "staffer" ("Proud Halvard employee here", "Acme staffer")
_EMPLOYER_BEFORE_RE = re.compile(r"(@[\w.]+|" + _NAME + r")(?:['’]s)?[ \t]+$")
#: the wordings that name the employer before them
_NAME_BEFORE_WORDS = re.compile(r"employee|staffer|team member|teammate|insider|crew member")
#: capitalised words that open a sentence or qualify the author, not an employer's name
_NOT_EMPLOYER_WORDS = frozenset((
    "proud", "proudly", "happy", "full", "disclosure", "disclaimer", "as", "a", "an", "the", "i", "i'm", "im", "former",
    "current", "longtime", "long-time", "senior", "junior", "fellow", "new", "honest", "honestly", "yes", "also", "ps",
    "fyi", "note", "just", "another", "one", "your", "my", "our", "every", "each", "real", "actual", "official", "hi",
    "hey", "hello", "here", "and", "but", "so", "ok", "okay", "fier", "fiere", "salarie", "salariee", "je", "moi", "en",
    "tant", "que", "une", "un", "le", "la", "les", "nous", "on"))


def named_employer(text: str, start: int, end: int, wording: str) -> str | None:
    """The employer an employment wording at [start, end) of the raw ``text`` names: the capitalised name or the handle
    right after it ("I work at Marrow Foods"), or before "employee" ("Proud Halvard employee"), or inside the tag
    ("#CorvaneEmployee"); None when it names none ("I work here", "my employer")."""
    if wording.startswith("#") and wording.endswith("employee"):
        return wording[1:-len("employee")] or None
    if end < len(text) and text[end].isalnum() and text[end - 1:end].isalnum():
        cut = max(text.rfind(" ", start, end), text.rfind("@", start, end) - 1)
        if cut >= start:  # the wording ends inside the name ("I'm an engineer at G|oogle")
            end = cut + 1
    found = _EMPLOYER_AFTER_RE.match(text, end)
    name = found.group(1) if found is not None else None
    if name is not None and _PLACE_AFTER_RE.match(text, found.end()) is not None:
        return None  # "a partner at the Bristol shop", « à l'agence de Lyon »: one of the employer's places, not its name
    if name is None and _NAME_BEFORE_WORDS.match(wording):
        before = _EMPLOYER_BEFORE_RE.search(text, max(0, start - 40), start)
        name = before.group(1) if before is not None else None
    if name is None:
        return None
    words = name.split()
    while words and words[0].lower().strip("’'") in _NOT_EMPLOYER_WORDS:
        words.pop(0)
    return " ".join(words) or None


@lru_cache(maxsize=256)
def _tie_re(employer: str, brand: str) -> re.Pattern:
    e = re.escape(employer).replace(r"\ ", r"[\s\-]?")
    b = "(?:" + "|".join(re.escape(n) for n in sorted(brand_names(brand), key=len, reverse=True)) + ")"
    w = r"(?:[a-z0-9&'\-]+ )"
    return re.compile(
        r"(?<![a-z0-9])(?:" + e + r"(?:'s|') " + w + r"{0,2}?" + b + "|" + e + " " + b
        + "|" + b + r"(?: [a-z0-9&'\-]+){0,4}?,? (?:by|from|de|de chez|par|chez|at|of|du groupe|a|an|une?|part of|owned by|"
        r"filiale de|marque de) " + w + r"{0,2}?" + e
        + r"|(?:our|notre|nos|we make|we brew|we bake|on fabrique|nous fabriquons) " + w + r"{0,3}?" + b
        + "|" + b + r"(?:'s)? (?:brand )?(?:team|equipe)|(?:equipe|team) " + b
        + r"|(?:behind|makes?|makers? of|owns?|owner of|parent (?:company )?of|qui fabrique|qui produit|proprietaire de|"
        r"maison mere de) " + w + r"{0,3}?" + b + r")(?![a-z0-9])")


def ties_brand(folded: str, employer: str, brand: str) -> bool:
    """Does the folded text tie the brand to the employer it names ("Halvard's Fizzo", "Fizzo, a Halvard brand", "our
    Fizzo seltzer", "the Fizzo team at Halvard")? Naming an employer does not tell the reader it makes the brand the post
    praises (16 CFR 255.5: the connection to the endorsed product must be clear)."""
    return _tie_re(employer, brand).search(folded) is not None


class _Span:
    """A name found in the raw text, read like a match's group 1."""
    __slots__ = ("s", "e", "text")

    def __init__(self, text, s, e):
        self.text, self.s, self.e = text, s, e

    def start(self, _=1):
        return self.s

    def end(self, _=1):
        return self.e

    def group(self, _=1):
        return self.text[self.s:self.e]


def _last_name(text: str, lo: int, hi: int, loose: bool = True):
    """The last party named in [lo, hi): an @handle, a name said to be the product ("is Oatmo"), and when ``loose`` any
    capitalised name that does not open the sentence (« Merci à Kayak Tarn pour la descente »)."""
    best = None
    for m in _HANDLE_RE.finditer(text, lo, hi):
        best = _Span(text, m.start(), m.end())
    for m in _IS_NAME_RE.finditer(text, lo, hi):
        if best is None or m.start(1) > best.s:
            best = _Span(text, m.start(1), m.end(1))
    if loose:
        for m in re.finditer(_NAME, text[lo:hi]):
            s, e = lo + m.start(), lo + m.end()
            if not text[lo:s].strip() or fold_first(m.group()) in _NOT_A_BRAND or fold_first(m.group()) in _CALENDAR:
                continue
            if best is None or s > best.s:
                best = _Span(text, s, e)
    return best


def fold_first(name: str) -> str:
    return name.split()[0].split("'")[0].split("’")[0].lower()


#: a word before a name that makes it a thing, not a party ("the Cloud", « les Cloud », « notre Potager »)
_PRODUCT_DETERMINERS = frozenset(("the", "my", "our", "your", "their", "les", "le", "la", "l", "mon", "ma", "mes", "notre",
                                  "nos", "votre", "vos", "leur", "leurs", "du", "des", "de", "un", "une", "a", "an"))
_CAPITAL_WORD_RE = re.compile(r"(?<![\w@.])[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ][\w'’\-]+")


def _spelled(text: str, letters: str, token: str, fold_word, named: set[str] = frozenset(),
             parties: set[str] = frozenset()):
    """The @handle or capitalised name a code's letters spell ("@maison_ardoise … code ARDOISE10", "Sitwell sent me this
    chair … SITWELL10"); a name quoted or after an article is the labelled brand's product (« Potager du mois » … POTAGER1,
    "les Cloud … CLOUD20"), and a name right after the labelled brand's is its product line ("Acme Trail … TRAIL20")."""
    for rx in (_HANDLE_RE, _CAPITAL_WORD_RE):
        for m in rx.finditer(text):
            if m.group() == token:
                continue
            before = text[max(0, m.start() - 40):m.start()].split()
            if before and fold_word(before[-1].lstrip("@")) in named:
                continue
            if rx is _CAPITAL_WORD_RE and _names_a_thing(text, m.start(), before, fold_word) and (
                    fold_word(m.group()) not in parties):
                continue  # (a known advertiser the label does not name is a party, not a product: "the Orbit Sun mousse")
            if rx is _CAPITAL_WORD_RE and fold_word(m.group()) in _CALENDAR:
                continue  # a month or a day names a date, not a shop

            for w in _name_words(m.group(), fold_word):
                if len(w) >= 4 and (w.startswith(letters[:4]) or letters.startswith(w[:4])):
                    return _Span(text, m.start(), m.end())
    return None


_OPENING_QUOTES = "«“\"'‘"


def _names_a_thing(text: str, start: int, before: list[str], fold_word) -> bool:
    """Is the capitalised name at ``start`` a thing rather than a party: quoted (« Potager du mois ») or after an
    article or determiner ("les Cloud")?"""
    opening = text[max(0, start - 2):start].strip()
    return bool(opening and opening[-1] in _OPENING_QUOTES) or bool(before and fold_word(before[-1]) in
                                                                    _PRODUCT_DETERMINERS)


_PLATFORM_NAME = re.compile(r"(?i)(?:instagram|facebook|meta|tiktok|youtube|linkedin|twitter|x|threads|snapchat|pinterest|bluesky|"
                            r"mastodon)(?![\w])")
#: the party a denial names right after it ("Not affiliated with Instagram", "no connection to Keswin", « aucun lien avec Notabene »)
_DENIED_PARTY = re.compile(r"[ \t]*(?:(?:with|to|by|avec|a|à|de)[ \t]+)?(@[\w.]+|" + _NAME + ")")


#: the name right after a parenthesis, a common noun or two allowed before it ("(not sponsored) Velora eye mask",
#: "(not an ad) old Velora mask")
_NAMED_AFTER_RE = re.compile(r"[ \t]*(?:[a-zà-ÿ]+[ \t]+){0,2}?(@[\w.]+|" + _NAME + ")")


def denial_about_other(text: str, span: tuple[int, int], brand: str, fold_word) -> bool:
    """Does a denial speak of another brand than the one paying: it names another party right after it ("Not
    affiliated with Instagram", a giveaway's platform disclaimer), or its sentence — its parenthesis, when it stands in
    one ("(the Keswin aviators I bought myself, no connection)") — names another party before it and not the brand
    (« je l'ai couplé à Notabene, que je paie de ma poche : aucun lien avec eux »)?"""
    brand_words = _name_words(brand, fold_word)
    named = _DENIED_PARTY.match(text, span[1])
    if named is not None:
        words = _name_words(named.group(1).split(",")[0], fold_word)
        if words:
            return not (words & brand_words)
        # a network's own name, kept out of the advertisers' words: a giveaway's disclaimer ("not affiliated with Instagram")
        return _PLATFORM_NAME.match(named.group(1)) is not None
    lo, hi = sentence_of(text, span[0], span[1])
    # an emoji ends the clause a denial stands in ("… is a dream 😴 The Velora mask is not sponsored")
    lo = max([lo] + [i + 1 for i in range(lo, span[0]) if unicodedata.category(text[i]) == "So"])
    opened = text.rfind("(", lo, span[0])
    if opened != -1 and text.find(")", opened, span[0]) == -1:
        closed = text.find(")", span[1], hi + 1)
        if closed != -1:
            if not text[opened + 1:span[0]].strip() and not text[span[1]:closed].strip(" ,.;:!"):
                # the parenthesis holds the denial alone: it qualifies the thing named right after it ("my (not
                # sponsored) Velora eye mask", « mon (non sponsorisé) gilet Ardent »)
                after = _NAMED_AFTER_RE.match(text, closed + 1)
                if after is not None:
                    words = _name_words(after.group(1), fold_word)
                    if words:
                        return not (words & brand_words)
            lo, hi = opened + 1, closed
    other = _last_name(text, lo, span[0])
    if other is None and opened != -1 and lo == opened + 1:
        # a parenthesis that names nobody qualifies the sentence it closes ("The jacket is an old Carhartt I've had for
        # years (not sponsored, bought it myself)"): the party that sentence names is the one the denial speaks of
        s_lo = max((e.end() for e in _SENTENCE_END.finditer(text, 0, opened)), default=0)
        if brand_words & _name_words(text[s_lo:hi], fold_word):
            return False
        other = _last_name(text, s_lo, opened)
    if other is None:
        return False
    if brand_words & _name_words(text[lo:hi], fold_word):
        return False
    words = _name_words(other.group(1), fold_word)
    return bool(words) and not (words & brand_words)
