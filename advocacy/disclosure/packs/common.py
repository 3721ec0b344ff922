"""Messages and fixes shared by every pack (a pack may override any of them).

Placeholders: ``{brand}``, ``{network}``, ``{cut}``, ``{found}``, ``{lang}``, ``{limit}``,
``{length}``, ``{sector}``.
"""
from advocacy.disclosure import wordclasses
from advocacy.disclosure.packs import claims, supplement

MESSAGES = {
    "commercial_missing": {
        "fr": "Vous êtes rémunéré·e (argent, produit, points, cadeau…) : la mention commerciale manque.",
        "en": "You receive something for this post (money, product, points, gift…): the commercial disclosure is missing.",
        "fix_fr": "Commencez le post par « {m_commercial} ».",
        "fix_en": "Start the post with “{m_commercial}”.",
    },
    "commercial_insufficient": {
        "fr": "« {found} » n'est pas une mention commerciale claire : le lecteur ne comprend pas qu'il s'agit de publicité.",
        "en": "“{found}” is not a clear disclosure: readers cannot tell this is advertising.",
        "fix_fr": "Remplacez-la par « {m_commercial} », en début de post.",
        "fix_en": "Replace it with “{m_commercial}” at the start of the post.",
    },
    "commercial_weak": {
        "fr": "« {found} » est une mention faible : elle peut ne pas être comprise par ce public.",
        "en": "“{found}” is a weak disclosure: this audience may not understand it.",
        "fix_fr": "Préférez « {m_commercial} ».",
        "fix_en": "Prefer “{m_commercial}”.",
    },
    "relationship_missing": {
        "fr": "Vous travaillez pour {brand} : dites-le dans le post (une bio ne suffit pas).",
        "en": "You work for {brand}: say so in the post itself (a profile bio is not enough).",
        "fix_fr": "Ajoutez en début de post « {m_relationship} ».",
        "fix_en": "Add “{m_relationship}” at the start of the post.",
    },
    "relationship_insufficient": {
        "fr": "« {found} » ne dit pas clairement que vous êtes salarié·e de {brand}.",
        "en": "“{found}” does not clearly say that you are employed by {brand}.",
        "fix_fr": "Écrivez « {m_relationship} ».",
        "fix_en": "Write “{m_relationship}”.",
    },
    "mention_after_cut": {
        "fr": "La mention « {found} » arrive après la coupure « voir plus » de {network} ({cut}) : elle n'est pas vue.",
        "en": "The disclosure “{found}” comes after {network}'s “see more” cut ({cut}): readers will not see it.",
        "fix_fr": "Placez la mention au tout début du post.",
        "fix_en": "Move the disclosure to the very start of the post.",
    },
    "mention_in_hashtag_wall": {
        "fr": "La mention « {found} » est noyée dans une suite de hashtags.",
        "en": "The disclosure “{found}” is buried in a wall of hashtags.",
        "fix_fr": "Sortez la mention des hashtags et placez-la en début de post.",
        "fix_en": "Take the disclosure out of the hashtags and put it at the start of the post.",
    },
    "mention_hidden": {
        "fr": "La mention « {found} » est repoussée hors de vue par des lignes vides, des espaces ou des caractères invisibles.",
        "en": "The disclosure “{found}” is pushed out of sight by blank lines, spaces or invisible characters.",
        "fix_fr": "Supprimez le remplissage et placez la mention en début de post.",
        "fix_en": "Remove the padding and put the disclosure at the start of the post.",
    },
    "mention_in_alt_text": {
        "fr": "La mention « {found} » n'est que dans le texte alternatif de l'image ou l'aperçu du lien, que la plupart des "
              "lecteurs ne voient pas.",
        "en": "The disclosure “{found}” is only in the image's alt text or the link preview, which most readers never see.",
        "fix_fr": "Placez la mention dans le texte du post lui-même, en début de post.",
        "fix_en": "Put the disclosure in the post's own text, at its start.",
    },
    "mention_behind_cw": {
        "fr": "La mention « {found} » est dans le texte que l'avertissement de contenu (CW) masque : le lecteur ne voit que le CW.",
        "en": "The disclosure “{found}” is in the text the content warning (CW) hides: readers see only the CW.",
        "fix_fr": "Mettez la mention dans l'avertissement de contenu lui-même (par exemple « CW : Publicité »).",
        "fix_en": "Put the disclosure in the content warning itself (for example “CW: Ad”).",
    },
    "mention_language": {
        "fr": "La mention « {found} » n'est pas dans la langue du post ({lang}) : le public ne la comprend pas.",
        "en": "The disclosure “{found}” is not in the post's language ({lang}): the audience cannot understand it.",
        "fix_fr": "Écrivez la mention dans la langue du post.",
        "fix_en": "Write the disclosure in the post's language.",
    },
    "mention_invisible": {
        "fr": "Une mention est écrite en caractères invisibles : elle ne compte pas.",
        "en": "A disclosure is written in invisible characters: it does not count.",
        "fix_fr": "Écrivez la mention en clair.",
        "fix_en": "Write the disclosure in plain, visible text.",
    },
    "denial_while_rewarded": {
        "fr": "« {found} » nie le caractère commercial alors que vous êtes rémunéré·e : c'est une pratique trompeuse.",
        "en": "“{found}” denies the commercial nature of a rewarded post: this is misleading.",
        "fix_fr": "Supprimez ce démenti et indiquez la collaboration commerciale.",
        "fix_en": "Remove the denial and disclose the paid relationship.",
    },
    "commercial_other_advertiser": {
        "fr": "Le post fait aussi la promotion de « {found} », qui vous rémunère, vous offre des produits ou dont vous êtes "
              "partenaire, mais la mention ne désigne qu'un autre annonceur : chaque relation commerciale doit être signalée.",
        "en": "The post also promotes “{found}”, which pays you, gives you products or has you as a partner, but the "
              "disclosure names another advertiser only: every commercial relationship must be disclosed.",
        "fix_fr": "Nommez chaque annonceur dans la mention, en début de post (« Collaboration commerciale avec … et {found} »).",
        "fix_en": "Name every advertiser in the disclosure at the start of the post (“Paid partnership with … and {found}”).",
    },
    "denial_while_employee": {
        "fr": "« {found} » nie tout lien commercial alors que vous êtes salarié·e de la marque.",
        "en": "“{found}” denies any commercial link although you work for the brand.",
        "fix_fr": "Supprimez ce démenti et indiquez votre lien avec {brand}.",
        "fix_en": "Remove the denial and state your connection to {brand}.",
    },
    "relationship_denied": {
        "severity": "fail",
        "fr": "« {found} » nie votre lien avec {brand} alors que vous y travaillez : le lecteur est trompé.",
        "en": "“{found}” denies your connection with {brand} although you work there: this misleads readers.",
        "fix_fr": "Supprimez ce démenti et écrivez « {m_relationship} ».",
        "fix_en": "Remove the denial and write “{m_relationship}”.",
    },
    "image_retouched_missing": {
        "fr": "L'image a été retouchée (corps ou visage) : la mention « Image retouchée » est obligatoire.",
        "en": "The image was retouched (body or face): a “Retouched image” label is required.",
        "fix_fr": "Ajoutez « {m_retouched} ».",
        "fix_en": "Add “{m_retouched}”.",
    },
    "image_virtual_missing": {
        "fr": "L'image est générée (visage ou corps virtuel) : la mention « Image virtuelle » est obligatoire.",
        "en": "The image is generated (virtual face or body): a “Virtual image” label is required.",
        "fix_fr": "Ajoutez « {m_virtual} ».",
        "fix_en": "Add “{m_virtual}”.",
    },
    "sector_banned": {
        "fr": "La promotion de ce secteur ({sector}) est interdite dans cette juridiction.",
        "en": "Promoting this sector ({sector}) is prohibited in this jurisdiction.",
        "fix_fr": "Ne publiez pas ce contenu.",
        "fix_en": "Do not publish this content.",
    },
    "sector_restricted": {
        "fr": "Secteur réglementé ({sector}) : des conditions que le texte ne prouve pas s'appliquent, un relecteur doit valider.",
        "en": "Regulated sector ({sector}): conditions the text cannot prove apply, a reviewer must confirm.",
        "fix_fr": "Faites relire le post par la conformité.",
        "fix_en": "Have the post reviewed by compliance.",
    },
    "sector_age_missing": {
        "fr": "{sector} : la mention d'interdiction aux mineurs manque.",
        "en": "{sector}: the age restriction is missing.",
        "fix_fr": "Ajoutez « {m_age} ».",
        "fix_en": "Add “{m_age}”.",
    },
    "sector_health_missing": {
        "fr": "Alcool : le message sanitaire obligatoire manque.",
        "en": "Alcohol: the mandatory health message is missing.",
        "fix_fr": "Ajoutez « {m_health} ».",
        "fix_en": "Add “{m_health}”.",
    },
    "length_over_limit": {
        "fr": "Le post fait {length} caractères pour une limite de {limit} sur {network}.",
        "en": "The post is {length} characters long; {network} allows {limit}.",
        "fix_fr": "Raccourcissez le texte.",
        "fix_en": "Shorten the text.",
    },
    "network_unknown": {
        "fr": "Réseau inconnu ({network}) : placement et longueur non vérifiés.",
        "en": "Unknown network ({network}): placement and length were not checked.",
        "fix_fr": "Choisissez un réseau pris en charge.",
        "fix_en": "Choose a supported network.",
    },
    "image_denied": {
        "severity": "fail",
        "fr": "« {found} » nie une retouche ou une image générée alors que l'image l'est : c'est trompeur.",
        "en": "“{found}” denies retouching or generation although the image is retouched or generated: this misleads.",
        "fix_fr": "Supprimez ce démenti.",
        "fix_en": "Remove this denial.",
    },
    "image_retouched_beauty": {
        "severity": "fail",
        "fr": "L'image retouchée promeut un produit de beauté ou de silhouette : elle exagère l'effet du produit, aucune mention ne corrige cela.",
        "en": "The retouched image promotes a beauty or body product: it exaggerates what the product does, and no label cures that.",
        "fix_fr": "Utilisez une image non retouchée (ni filtre) pour ce produit.",
        "fix_en": "Use an image with no retouching or filter for this product.",
    },
    "mention_obfuscated": {
        "severity": "note",
        "fr": "La mention « {found} » se lit et compte, mais elle est écrite avec des caractères déguisés (lettres d'un autre alphabet, lettres stylisées, caractères invisibles, lettres espacées) : le lien du hashtag peut casser et un lecteur d'écran la lire mal.",
        "en": "The disclosure “{found}” reads fine and counts, but it is spelt with disguised characters (other scripts, styled letters, invisible characters, spaced letters): the hashtag link may break and screen readers may misread it.",
        "fix_fr": "Retapez la mention en lettres ordinaires.",
        "fix_en": "Retype the disclosure in ordinary letters.",
    },
    "mention_other_advertiser": {
        "severity": "fail",
        "fr": "La mention « {found} » nomme un autre annonceur que {brand}, dont le post fait la promotion : le lecteur se trompe "
              "sur qui paie.",
        "en": "The disclosure “{found}” names another advertiser than {brand}, whose product the post promotes: readers are "
              "misled about who pays.",
        "fix_fr": "Nommez {brand} dans la mention : « {m_commercial} ».",
        "fix_en": "Name {brand} in the disclosure: “{m_commercial}”.",
    },
    "mention_illegible": {
        "severity": "fail",
        "fr": "La mention « {found} » est écrite en petits caractères (exposants, indices) ou barrée : elle n'est pas lisible.",
        "en": "The disclosure “{found}” is written in tiny raised or lowered letters, or struck through: it is not legible.",
        "fix_fr": "Retapez la mention en lettres ordinaires, à la taille du texte.",
        "fix_en": "Retype the disclosure in ordinary letters, the size of the text.",
    },
    "relationship_advised": {
        "severity": "note",
        "fr": "La mention publicitaire suffit ; dire aussi que vous travaillez pour {brand} est une bonne pratique.",
        "en": "The advertising label is enough; saying that you work for {brand} as well is good practice.",
        "fix_fr": "Vous pouvez ajouter « {m_relationship} ».",
        "fix_en": "You may add “{m_relationship}”.",
    },
    "commercial_advised": {
        "severity": "note",
        "fr": "Vous dites travailler pour {brand} en tête du post : l'intention commerciale est explicite ; « {m_commercial_short} » en plus est une bonne pratique.",
        "en": "You say up front that you work for {brand}: the commercial intent is explicit; “{m_commercial_short}” as well is good practice.",
        "fix_fr": "Vous pouvez ajouter « {m_commercial_short} ».",
        "fix_en": "You may add “{m_commercial_short}”.",
    },
    "sector_unknown": {
        "severity": "warn", "reference": "—",
        "fr": "Secteur inconnu ({found}) : valeurs connues : {known}.",
        "en": "Unknown sector ({found}); known values: {known}.",
        "fix_fr": "Choisissez un secteur connu.",
        "fix_en": "Choose a known sector.",
    },
    "sector_warning_missing": {
        "severity": "fail",
        "fr": "Secteur {sector} : l'avertissement obligatoire manque.",
        "en": "{sector}: the mandatory warning statement is missing.",
        "fix_fr": "Ajoutez « {m_warning} ».",
        "fix_en": "Add “{m_warning}”.",
    },
    "sector_warning_placement": {
        "severity": "fail",
        "fr": "Secteur {sector} : l'avertissement obligatoire est présent mais pas en haut du message (sous la coupure de la légende).",
        "en": "{sector}: the mandatory warning is there but not in the upper portion of the post (below the caption's cut).",
        "fix_fr": "Placez « {m_warning} » en tête du message.",
        "fix_en": "Move “{m_warning}” to the top of the post.",
    },
    "earnings_claim": {
        "severity": "fail",
        "fr": "« {found} » promet des gains à qui rejoint l'activité : une promesse de revenus sans preuve ni chiffres typiques trompe.",
        "en": "“{found}” promises earnings to whoever joins: an income claim with no proof and no typical figures misleads.",
        "fix_fr": "Retirez la promesse de revenus (ou donnez les gains typiques, preuves à l'appui).",
        "fix_en": "Remove the income claim (or state typical earnings, with evidence).",
    },
    "gambling_income": {
        "severity": "fail",
        "fr": "« {found} » présente le jeu comme une source de revenus ou une solution à des soucis d'argent.",
        "en": "“{found}” presents gambling as a source of income or a way out of money worries.",
        "fix_fr": "Retirez toute promesse de gain ou de revenu.",
        "fix_en": "Remove any promise of winnings or income.",
    },
    "gambling_risk_free": {
        "severity": "fail",
        "fr": "« {found} » présente le pari comme sans risque : la mise peut être perdue, le remboursement n'est souvent qu'un bonus.",
        "en": "“{found}” presents the bet as free of risk: the stake can be lost, and the refund is often only bonus credit.",
        "fix_fr": "Retirez « sans risque » : décrivez l'offre et ses conditions telles qu'elles sont.",
        "fix_en": "Remove the risk-free claim: describe the offer and its conditions as they are.",
    },
    "gambling_urgency": {
        "severity": "fail",
        "fr": "« {found} » pousse à jouer dans l'urgence.",
        "en": "“{found}” pushes people to gamble urgently.",
        "fix_fr": "Retirez l'incitation pressante.",
        "fix_en": "Remove the pressure to act now.",
    },
    "minor_appeal": {
        "severity": "fail",
        "fr": "« {found} » s'adresse aux mineurs dans un secteur qui leur est interdit ({sector}).",
        "en": "“{found}” addresses under-18s in a sector closed to them ({sector}).",
        "fix_fr": "Retirez toute référence aux mineurs.",
        "fix_en": "Remove anything aimed at under-18s.",
    },
    "crypto_17b": {
        "severity": "fail",
        "fr": "« {found} » : un titre ou un jeton vanté contre rémunération, sans le montant perçu.",
        "en": "“{found}”: a security or token touted for pay, without the amount received.",
        "fix_fr": "Indiquez qui vous a payé et combien (« X m'a payé 1 500 $ pour ce post »).",
        "fix_en": "Say who paid you and how much (“X paid me $1,500 for this post”).",
    },
    "urgency_false": {
        "severity": "fail",
        "fr": "« {found} » présente l'offre comme finissante ou définitive, alors que la publication dit elle-même qu'elle "
              "continue ou revient : fausse urgence.",
        "en": "“{found}” presents the offer as ending or final, yet the post itself says it goes on or comes back: false urgency.",
        "fix_fr": "Retirez la fausse urgence (ou la présentation de l'offre comme définitive).",
        "fix_en": "Remove the false urgency (or stop presenting the offer as final).",
    },
    "free_false": {
        "severity": "fail",
        "fr": "« {found} » : le produit est dit gratuit alors que la publication fait payer autre chose que le coût "
              "inévitable de la livraison (frais de dossier ou de traitement, abonnement présenté comme sans engagement).",
        "en": "“{found}”: the item is called free, yet the post makes the reader pay more than the unavoidable cost of "
              "delivery (a handling or processing fee, a subscription said to carry no strings).",
        "fix_fr": "Ne dites « gratuit » que si rien d'autre que la livraison n'est dû ; sinon donnez le prix et les conditions.",
        "fix_en": "Say “free” only if nothing but delivery is paid; otherwise give the price and the terms.",
    },
    "endorsement_untried": {
        "severity": "fail",
        "fr": "« {found} » : l'auteur dit ne pas avoir essayé ce qu'il recommande ; une recommandation doit refléter un usage réel.",
        "en": "“{found}”: the author says they have not tried what they recommend; an endorsement must reflect real use.",
        "fix_fr": "Ne recommandez que ce que vous avez utilisé ; sinon présentez le produit sans avis d'usage.",
        "fix_en": "Endorse only what you have used; otherwise present the product without a user's verdict.",
    },
    "price_claim_contradicted": {
        "severity": "fail",
        "fr": "« {found} » : la publication dit que le prix est tout ce qu'il y a à payer, mais ses propres conditions le contredisent (frais, prix plus élevé ensuite, hausse en cours de contrat, période plus courte).",
        "en": '“{found}”: the post says the price is all there is to pay, yet its own small print contradicts it (a fee, a higher price later, a rise during the contract, a shorter period).',
        "fix_fr": "Retirez l'affirmation, ou intégrez les frais et le prix après l'offre au prix annoncé, en clair et à côté.",
        "fix_en": 'Drop the claim, or state the fees and the price after the offer plainly, next to the headline price.',
    },
    "free_government": {
        "severity": "fail",
        "fr": "« {found} » : le produit est dit gratuit ou payé par l'État ; aucun dispositif public ne l'offre, et l'annonce trompe sur son prix et sur qui le propose.",
        "en": '“{found}”: the product is said to be free or paid for by the government; no public scheme gives it away, and the claim misstates its cost and who offers it.',
        "fix_fr": "Retirez « gratuit » et la référence à l'État ; donnez le prix, le financement et les aides auxquelles le client peut prétendre, sous conditions.",
        "fix_en": 'Drop “free” and the government claim; give the price, the financing and any incentive the buyer may qualify for, with its conditions.',
    },
    "origin_claim_false": {
        "severity": "fail",
        "fr": "« {found} » : l'origine revendiquée repose, selon la publication elle-même, sur la seule conception du produit, pas sur sa fabrication.",
        "en": "“{found}”: by the post's own account the origin claimed rests on where the product was designed, not where it was made.",
        "fix_fr": 'Dites où le produit est conçu et où il est fabriqué (« Conçu en France, fabriqué au Portugal »).',
        "fix_en": 'Say where it is designed and where it is made (“Designed in Austin, made in Vietnam”).',
    },
    "price_up_to_false": {
        "severity": "fail",
        "fr": "« {found} » : la remise maximale annoncée ne s'applique, selon la publication elle-même, qu'à quelques articles ; l'essentiel est bien moins remisé.",
        "en": "“{found}”: by the post's own account the maximum saving applies to a handful of items only; most of the range is cut far less.",
        "fix_fr": "N'annoncez « jusqu'à » que pour une remise offerte sur une part significative des articles, ou donnez la remise courante.",
        "fix_en": 'Use “up to” only for a saving offered on a significant share of the range, or state the typical saving.',
    },
    "savings_guaranteed": {
        "severity": "fail",
        "fr": "« {found} » : une baisse de facture chiffrée promise à tous les logements ou garantie ; l'économie dépend du logement, de son usage et du tarif, et rien n'étaye ce chiffre pour tous.",
        "en": '“{found}”: a cut in bills in figures promised to every home or guaranteed; savings depend on the home, its use and the tariff, and nothing substantiates the figure for all.',
        "fix_fr": "Donnez l'économie habituellement constatée et ce dont elle dépend (« en moyenne 20 % selon le logement »), sans garantie générale.",
        "fix_en": 'Give the saving customers typically see and what it depends on (“20% on average, depending on your home”), with no blanket guarantee.',
    },
    "terms_denied": {
        "severity": "fail",
        "fr": "« {found} » : l'offre est dite sans limite (illimitée, sans exclusion) alors que ses conditions en ont.",
        "en": "“{found}”: the offer is called limitless (unlimited, no exclusions) although its terms set limits.",
        "fix_fr": "Retirez « illimité » ou « sans exclusion » et donnez la limite ou les exclusions en clair.",
        "fix_en": "Drop “unlimited” or “no exclusions” and state the cap or the exclusions plainly.",
    },
    "review_incentive": {
        "severity": "fail",
        "fr": "« {found} » : une récompense est promise contre un avis positif ; un avis acheté selon sa teneur est un faux avis.",
        "en": "“{found}”: a reward is offered for a positive review; a review bought for its sentiment is a fake review.",
        "fix_fr": "Ne récompensez pas un avis selon sa note ; au plus, une récompense pour tout avis honnête, signalée comme telle.",
        "fix_en": "Never reward a review for its rating; at most, reward any honest review and say it was rewarded.",
    },
    "price_reference_false": {
        "severity": "fail",
        "fr": "« {found} » : la publication dit elle-même que le prix de référence n'a jamais été pratiqué ; la réduction "
              "annoncée est trompeuse.",
        "en": "“{found}”: the post itself says the reference price was never charged, so the reduction it shows is misleading.",
        "fix_fr": "Ne comparez qu'au prix réellement pratiqué (le plus bas des 30 derniers jours), ou retirez la réduction.",
        "fix_en": "Compare only with a price genuinely charged before, or drop the reduction.",
    },
    "gambling_chasing": {
        "severity": "fail",
        "fr": "« {found} » pousse à se refaire : rejouer pour récupérer ses pertes.",
        "en": "“{found}” encourages chasing losses: gambling again to win back what was lost.",
        "fix_fr": "Retirez l'incitation à se refaire.",
        "fix_en": "Remove the encouragement to win losses back.",
    },
    "casino_online": {
        "severity": "fail",
        "fr": "« {found} » : les jeux de casino en ligne ne peuvent pas être autorisés ici ; les promouvoir, c'est promouvoir une offre illégale.",
        "en": "“{found}”: online casino games cannot be licensed here; promoting them promotes an unlawful offer.",
        "fix_fr": "Ne publiez pas ce contenu.",
        "fix_en": "Do not publish this post.",
    },
    "credit_no_checks": {
        "severity": "fail",
        "fr": "« {found} » présente le crédit comme accordé sans examen de la situation de l'emprunteur.",
        "en": "“{found}” presents credit as available whatever the borrower's means, with no affordability check.",
        "fix_fr": "Retirez cette promesse ; un crédit n'est accordé qu'après examen de la solvabilité.",
        "fix_en": "Remove the claim; credit is granted only after a creditworthiness check (and give the representative APR).",
    },
    "credit_apr_missing": {
        "severity": "fail",
        "fr": "« {found} » chiffre le coût ou les échéances du crédit sans son exemple représentatif (TAEG, montant total dû).",
        "en": "“{found}” states the cost or the repayments of credit without the APR and the representative example.",
        "fix_fr": "Ajoutez l'exemple représentatif : taux débiteur, TAEG, durée, montant total dû, montant des échéances.",
        "fix_en": "Add the APR and the representative example (amount, term, repayments, total payable) beside the figure.",
    },
    "credit_risk_warning_missing": {
        "severity": "fail",
        "fr": "« {found} » promeut un crédit à court terme et coût élevé sans l'avertissement obligatoire.",
        "en": "“{found}” promotes high-cost short-term credit without the mandatory risk warning.",
        "fix_fr": "Ajoutez « Late repayment can cause you serious money problems. For help, go to moneyhelper.org.uk » et le TAEG représentatif.",
        "fix_en": "Add “Late repayment can cause you serious money problems. For help, go to moneyhelper.org.uk.” and the representative APR.",
    },
    "credit_irresponsible": {
        "severity": "fail",
        "fr": "« {found} » pousse au crédit pour se remonter le moral ou en minimise le coût.",
        "en": "“{found}” pushes credit as a mood fix or plays down what it costs.",
        "fix_fr": "Retirez cet argument : un crédit doit être remboursé, présentez-le tel qu'il est.",
        "fix_en": "Remove that pitch: credit has to be repaid; present it as it is.",
    },
    "credit_repair": {
        "severity": "fail",
        "fr": "« {found} » promet d'effacer des informations exactes du dossier de crédit, garantit un résultat ou demande un paiement d'avance.",
        "en": "“{found}” promises to remove accurate credit history, guarantees a result or asks for payment before the work is done.",
        "fix_fr": "Retirez la promesse et le paiement d'avance.",
        "fix_en": "Remove the promise and the upfront fee: only inaccurate items can be disputed, and fees follow the work.",
    },
    "cpf_inducement": {
        "severity": "fail",
        "fr": "« {found} » offre un cadeau ou un avantage pour une inscription financée par le CPF : c'est interdit.",
        "en": "“{found}” offers a gift or an advantage for a CPF-funded enrolment, which is prohibited.",
        "fix_fr": "Retirez le cadeau : aucune contrepartie ne peut être offerte pour mobiliser le CPF.",
        "fix_en": "Remove the gift: nothing may be offered in return for using the CPF.",
    },
    "cpf_income": {
        "severity": "fail",
        "fr": "« {found} » promet un revenu ou un emploi garanti à l'issue de la formation : une promesse trompeuse.",
        "en": "“{found}” promises a guaranteed income or job after the training: a misleading promise.",
        "fix_fr": "Retirez la promesse ; donnez, s'il existe, le taux d'insertion publié.",
        "fix_en": "Remove the promise; give the published placement rate if there is one.",
    },
    "virtual_experience": {
        "severity": "fail",
        "fr": "« {found} » : un personnage virtuel ne peut pas avoir utilisé le produit ; ce résultat « personnel » est inventé.",
        "en": "“{found}”: a virtual influencer cannot have used the product; this “personal” result is made up.",
        "fix_fr": "Retirez le témoignage personnel : présentez le produit et ses résultats prouvés, sans prétendre l'avoir essayé.",
        "fix_en": "Remove the personal testimonial: present the product and its substantiated results without claiming to have used it.",
    },
    "image_virtual_as_real": {
        "severity": "fail",
        "fr": "« {found} » présente une image générée comme la photo d'une vraie personne ou d'un vrai résultat : c'est trompeur.",
        "en": "“{found}” presents a generated image as a real person or a real result: this misleads.",
        "fix_fr": "Ne présentez pas l'image comme un résultat réel : montrez une vraie photo, ou dites qu'il s'agit d'une illustration.",
        "fix_en": "Do not present the image as a real result: show a real photo, or say it is an illustration.",
    },
    "cosmetic_pressure": {
        "severity": "fail",
        "fr": "« {found} » presse la décision d'un acte esthétique (offre limitée dans le temps, venez à deux).",
        "en": "“{found}” rushes a decision on a cosmetic intervention (a time-limited deal, bring a friend).",
        "fix_fr": "Retirez l'offre limitée et l'incitation : laissez le temps de la consultation.",
        "fix_en": "Remove the time-limited deal and the incentive: leave time for a consultation.",
    },
    "crypto_guaranteed": {
        "severity": "fail",
        "fr": "« {found} » promet un gain garanti ou démesuré sur un placement risqué ({sector}).",
        "en": "“{found}” promises guaranteed or outsized returns on a risky investment ({sector}).",
        "fix_fr": "Retirez la promesse de rendement et mentionnez le risque de perte.",
        "fix_en": "Remove the promise of returns and state the risk of loss.",
    },
    "crypto_performance": {
        "severity": "fail",
        "fr": "« {found} » met en avant un gain passé sur un placement risqué ({sector}) sans dire qu'on peut perdre sa mise.",
        "en": "“{found}” shows a past gain on a risky investment ({sector}) without saying the money can be lost.",
        "fix_fr": "Retirez la performance passée ou ajoutez le risque de perte en capital (les performances passées ne préjugent pas des performances futures).",
        "fix_en": "Remove the past performance or state the risk of losing the capital (past performance is no guide to the future).",
    },
    "crypto_unlicensed": {
        "severity": "fail",
        "fr": "« {found} » : le texte dit que le prestataire n'est ni enregistré ni agréé ({sector}) ; sa promotion est interdite.",
        "en": "“{found}”: the text says the provider is neither registered nor authorised ({sector}); it may not be promoted.",
        "fix_fr": "Ne publiez pas ce contenu : seul un prestataire enregistré ou agréé (PSAN, MiCA) peut être promu.",
        "fix_en": "Do not publish this post: only a registered or authorised provider may be promoted.",
    },
    "cpf_prospecting": {
        "severity": "fail",
        "fr": "« {found} » démarche les titulaires du CPF sur un réseau social : c'est interdit.",
        "en": "“{found}” solicits holders of the French training account (CPF) on a social network: this is banned.",
        "fix_fr": "Retirez la sollicitation (message privé, dossier, solde CPF) : une information générale reste possible.",
        "fix_en": "Remove the solicitation (DM, file, CPF balance): general information is still allowed.",
    },
    "alcohol_irresponsible": {
        "severity": "fail",
        "fr": "« {found} » associe l'alcool à l'excès, à l'ivresse, à la réussite sociale ou à la performance.",
        "en": "“{found}” links alcohol with excess, drunkenness, social success or performance.",
        "fix_fr": "Retirez cette association : ne gardez que des informations objectives sur le produit.",
        "fix_en": "Remove that association: keep to factual information about the drink.",
    },
    "crypto_incentive": {
        "severity": "fail",
        "fr": "« {found} » offre un avantage pour investir dans des crypto-actifs (bonus, parrainage) : c'est interdit.",
        "en": "“{found}” offers an incentive to invest in cryptoassets (a bonus, a referral reward), which the rules ban.",
        "fix_fr": "Retirez le bonus ou la récompense de parrainage.",
        "fix_en": "Remove the bonus or the referral reward.",
    },
    "alcohol_health": {
        "severity": "fail",
        "fr": "« {found} » prête à une boisson alcoolisée un bienfait pour la santé : c'est interdit.",
        "en": "“{found}” claims a health benefit for an alcoholic drink, which the rules forbid.",
        "fix_fr": "Retirez toute allégation de santé : ne gardez que des informations objectives sur la boisson.",
        "fix_en": "Remove any health claim: keep to factual information about the drink.",
    },
    "alcohol_young": {
        "severity": "fail",
        "fr": "« {found} » : une publicité pour l'alcool ne montre pas de buveurs de moins de 25 ans.",
        "en": "“{found}”: alcohol marketing must not show people under 25 drinking.",
        "fix_fr": "Ne montrez que des adultes de 25 ans et plus.",
        "fix_en": "Only feature people who are, and look, 25 or over.",
    },
    "medicine_endorsement": {
        "severity": "fail",
        "fr": "Un médicament vanté par une personne rémunérée, sans son indication ni l'invitation à lire la notice : une "
              "recommandation que le droit du médicament interdit.",
        "en": "A medicine endorsed by a paid promoter, without its indication and the invitation to read the label: an "
              "endorsement medicines advertising does not allow.",
        "fix_fr": "Retirez le témoignage ; une publicité pour un médicament donne son indication et « Lire attentivement la notice ».",
        "fix_en": "Drop the testimonial; a medicine's advertisement states its indication and “Always read the label”.",
    },
    "medicine_label_missing": {
        "severity": "fail",
        "fr": "« {found} » : une publicité pour un médicament auprès du public donne son indication et invite clairement à lire "
              "la notice ou l'étiquette.",
        "en": "“{found}”: an advertisement for a medicine to the public states what it is for and clearly invites readers to "
              "read the label or the leaflet.",
        "fix_fr": "Indiquez à quoi sert le médicament et ajoutez « Lire attentivement la notice » (Always read the label).",
        "fix_en": "State what the medicine is for and add “Always read the label”.",
    },
    "condition_after_cut": {
        "severity": "fail",
        "fr": "« {found} » : cette condition de l'offre n'apparaît qu'après la coupure « voir plus » ; le lecteur voit le taux "
              "ou le prix sans ce qui le limite.",
        "en": "“{found}”: this condition of the offer only appears after the “see more” cut; readers see the rate or the "
              "price without what limits it.",
        "fix_fr": "Placez la condition à côté du chiffre, avant la coupure.",
        "fix_en": "Put the condition next to the figure, before the cut.",
    },
    "sugar_claim_false": {
        "severity": "fail",
        "fr": "« {found} » : le produit est dit sans sucre alors que la publication nomme le sucre qui le sucre (miel, dattes, "
              "sirop…) ; l'allégation est fausse.",
        "en": "“{found}”: the product is called sugar-free, yet the post names the sugar that sweetens it (honey, dates, a "
              "syrup…): the claim is false.",
        "fix_fr": "Retirez « sans sucre » ; indiquez la teneur réelle en sucres.",
        "fix_en": "Drop the sugar-free claim; state the real sugar content.",
    },
    "infant_formula": {
        "severity": "fail",
        "fr": "« {found} » : le lait pour nourrissons ne fait pas l'objet de publicité auprès du public, et aucun lait n'est "
              "présenté comme l'égal du lait maternel.",
        "en": "“{found}”: infant formula is not advertised to the public, and no formula may be presented as equal to "
              "breast milk.",
        "fix_fr": "Ne publiez pas de publicité pour un lait 1er âge ; ne le comparez jamais au lait maternel.",
        "fix_en": "Do not advertise infant formula; never liken a formula to breast milk.",
    },
    "deposit_terms_missing": {
        "severity": "fail",
        "fr": "« {found} » : un taux de rendement annoncé sans ses conditions (taux variable, date, solde minimum, frais qui "
              "réduisent le gain).",
        "en": "“{found}”: an advertised yield (APY) without its terms: whether the rate is variable, the date it applies, the "
              "minimum balance or deposit, and that fees could reduce earnings.",
        "fix_fr": "Donnez les conditions du taux : variable ou fixe, date, dépôt minimum, frais éventuels.",
        "fix_en": "State the APY's terms beside it (“4.10% APY as of 5/1; variable, may change after opening; $100 minimum "
                  "to open; fees could reduce earnings”).",
    },
    "housing_familial": {
        "severity": "fail",
        "fr": "« {found} » : une annonce de logement ne peut écarter les familles avec enfants ; refuser un locataire pour sa "
              "situation de famille est une discrimination.",
        "en": "“{found}”: a housing advertisement may not state a preference against families with children (familial "
              "status), whatever the disclosure.",
        "fix_fr": "Retirez toute mention qui écarte les enfants ou les familles ; décrivez le logement, pas les occupants "
                  "souhaités.",
        "fix_en": "Remove the words that turn away children or families; describe the home and its amenities, not who should "
                  "live there.",
    },
    "prize_terms_missing": {
        "severity": "fail",
        "fr": "« {found} » : un jeu-concours sans ses conditions essentielles (date de clôture, qui peut participer, "
              "règlement), et sans limite d'âge pour un lot d'alcool.",
        "en": "“{found}”: a prize promotion without its significant conditions (closing date, who may enter, terms), and "
              "with no age limit where the prize is alcohol.",
        "fix_fr": "Indiquez la date de clôture, les conditions de participation (18 ans et plus pour un lot d'alcool) et le "
                  "lien vers le règlement.",
        "fix_en": "State the closing date, who may enter (18+ for an alcohol prize) and where the full terms are "
                  "(“18+, UK only. Closes 30/6. T&Cs in bio”).",
    },
    "fossil_fuel_ad": {
        "severity": "fail",
        "fr": "« {found} » : la publicité en faveur de la vente d'énergies fossiles (fioul, charbon, produits pétroliers, gaz fossile) est "
              "interdite en France, quelle que soit la mention.",
        "en": "“{found}”: advertising the sale of fossil fuels (heating oil, coal, petroleum products, fossil gas) is banned in France, "
              "whatever the label.",
        "fix_fr": "Ne publiez pas cette promotion : aucune mention ne la rend licite (C. env. L229-61).",
        "fix_en": "Do not publish this promotion: no label makes it lawful (C. env. L229-61).",
    },
    "sweepstakes_purchase": {
        "severity": "fail",
        "fr": "« {found} » : un tirage au sort dont la participation passe par un achat ou l'ouverture d'un compte, sans "
              "participation gratuite indiquée.",
        "en": "“{found}”: a prize draw entered only by buying or opening an account, with no free way to enter stated.",
        "fix_fr": "Indiquez une participation gratuite et sans obligation d'achat, avec le lien vers le règlement.",
        "fix_en": "State the free way to enter (“No purchase necessary; free entry at …”) and link the official rules.",
    },
    "result_atypical": {
        "severity": "fail",
        "fr": "« {found} » : un résultat personnel chiffré présenté comme celui que chacun obtiendra, sans le résultat "
              "habituellement constaté.",
        "en": "“{found}”: a personal result in figures presented as what the reader will get, without the results people "
              "generally achieve.",
        "fix_fr": "Retirez la promesse (« vous aussi ») ou indiquez clairement le résultat que les clients obtiennent en "
                  "général.",
        "fix_en": "Remove the promise (“you can too”) or state clearly the results people generally achieve.",
    },
    "price_fees_excluded": {
        "severity": "fail",
        "fr": "« {found} » : un frais obligatoire est ajouté à part au prix annoncé ; le prix affiché doit être le prix total, "
              "tous frais obligatoires compris.",
        "en": "“{found}”: a mandatory fee is added apart from the headline price; the price shown must be the total, every "
              "mandatory fee included.",
        "fix_fr": "Annoncez le prix total, frais obligatoires compris (« 31,50 € frais de réservation inclus »).",
        "fix_en": "Quote the total price with every mandatory fee included (“£31.50 including the booking fee”).",
    },
    "price_terms_missing": {
        "severity": "fail",
        "fr": "« {found} » : un prix mensuel d'abonnement sans sa durée, l'engagement ni le prix ensuite : une information "
              "substantielle manque.",
        "en": "“{found}”: a monthly contract price without its term, the commitment or the price after the offer: material "
              "information is missing.",
        "fix_fr": "Précisez la durée du prix et de l'engagement et le prix ensuite (« 19,99 €/mois pendant 12 mois, puis 39,99 €/mois, "
                  "engagement 12 mois »).",
        "fix_en": "State the term and what follows (“£10/month on a 24-month contract, rising £1.50 each April”).",
    },
    "gambling_conditions": {
        "severity": "fail",
        "fr": "« {found} » : une offre de jeu (pari gratuit, tours offerts, bonus) sans ses conditions essentielles.",
        "en": "“{found}”: a gambling offer (free bet, free spins, bonus) without its significant conditions.",
        "fix_fr": "Indiquez les conditions essentielles de l'offre (nouveaux clients, cote minimale, expiration, « conditions "
                  "générales applicables » avec le lien).",
        "fix_en": "State the offer's significant conditions (new customers only, minimum odds, expiry, stake not returned, "
                  "“T&Cs apply” with the link).",
    },
    "gambling_young": {
        "severity": "fail",
        "fr": "« {found} » : une publicité pour les jeux d'argent ne donne pas de rôle important à une personne de moins de 25 ans.",
        "en": "“{found}”: gambling marketing must not feature anyone under 25 in a significant role.",
        "fix_fr": "Ne mettez en avant que des personnes de 25 ans et plus.",
        "fix_en": "Only feature people who are, and look, 25 or over.",
    },
    "alcohol_lifestyle": {
        "severity": "fail",
        "fr": "« {found} » associe l'alcool à la fête, à un art de vivre ou au bonheur : la publicité pour l'alcool se limite à des informations objectives.",
        "en": "“{found}” links alcohol with partying, a lifestyle or happiness: alcohol advertising in France is limited to factual information.",
        "fix_fr": "Retirez cette association : ne gardez que des informations objectives (degré, origine, composition, mode d'élaboration, goût).",
        "fix_en": "Remove that association: keep to factual information (strength, origin, ingredients, how it is made, taste).",
    },
    "safety_claim": {
        "severity": "fail",
        "fr": "« {found} » présente un acte ou un produit de santé comme sans risque ou aux effets définitifs ({sector}).",
        "en": "“{found}” presents a medical or cosmetic procedure or product as risk-free or permanent ({sector}).",
        "fix_fr": "Retirez cette promesse : tout acte ou produit de santé comporte des risques.",
        "fix_en": "Remove that promise: every procedure or medical product carries risks.",
    },
    "wildlife_unlawful": {
        "severity": "fail",
        "fr": "« {found} » promeut un contact avec un fauve ou le commerce d'un produit d'espèce protégée, interdits.",
        "en": "“{found}” promotes contact with a big cat or trade in a protected species' product, which the law forbids.",
        "fix_fr": "Ne publiez pas ce contenu : ni le contact ni ce commerce ne peuvent être promus.",
        "fix_en": "Do not publish this post: neither the contact nor this trade may be promoted.",
    },
    "sales_out_of_period": {
        "severity": "fail",
        "fr": "« {found} » : le mot « soldes » n'est permis que pendant les deux périodes légales (hiver et été) ; la "
              "publication le donne à une autre occasion.",
        "en": "“{found}”: in France “soldes” may be used only during the two legal sales periods (winter and summer); the "
              "post gives it another occasion.",
        "fix_fr": "Dites « promotion » ou « offre », pas « soldes », hors des périodes légales.",
        "fix_en": "Say « promotion » or « offre », not « soldes », outside the legal periods.",
    },
    "whitening_peroxide": {
        "severity": "fail",
        "fr": "« {found} » : un produit de blanchiment dentaire à plus de 0,1 % de peroxyde d'hydrogène n'est délivré qu'aux "
              "dentistes, sa première utilisation se fait chez eux ; il ne peut être promu pour un usage à domicile.",
        "en": "“{found}”: a tooth-whitening product with more than 0.1% hydrogen peroxide may be supplied only to dentists, "
              "first used under their care; it cannot be promoted for use at home.",
        "fix_fr": "Ne promouvez pas ce produit auprès du public ; seul un produit à 0,1 % au plus peut l'être.",
        "fix_en": "Do not promote this product to the public; only a product at 0.1% or less may be.",
    },
    "child_exhortation": {
        "severity": "fail",
        "fr": "« {found} » incite directement les enfants à acheter le produit ou à le faire acheter par leurs parents.",
        "en": "“{found}” directly urges children to buy the product or to get their parents to buy it.",
        "fix_fr": "Retirez l'incitation : adressez-vous aux parents, sans pousser les enfants à réclamer le produit.",
        "fix_en": "Remove the exhortation: speak to parents, without urging children to ask for the product.",
    },
    "food_health_message": {
        # stop 27: a failure — the advertiser may pay the contribution of L2133-1 al. 3 instead of the message, but the
        # message is what the ad itself must carry (R2133-1: « les messages publicitaires … contiennent »), and every writer
        # of the readable sets reads the ad without it as unlawful (50 of the 55 posts it reads are labelled fail)
        "severity": "fail",
        "fr": "« {found} » : la publicité pour un aliment manufacturé ou une boisson sucrée, salée ou édulcorée porte le message sanitaire (« Pour votre santé, … » et www.mangerbouger.fr) ; il manque.",
        "en": "“{found}”: in France an ad for a processed food or a drink with added sugar, salt or sweeteners carries the health message (« Pour votre santé, … » and www.mangerbouger.fr); it is missing.",
        "fix_fr": "Ajoutez « Pour votre santé, évitez de manger trop gras, trop sucré, trop salé. www.mangerbouger.fr » (sauf si l'annonceur verse la contribution prévue par la loi).",
        "fix_en": "Add « Pour votre santé, évitez de manger trop gras, trop sucré, trop salé. www.mangerbouger.fr » (unless the advertiser pays the contribution the law offers instead).",
    },
    "food_children": {
        "severity": "fail",
        "fr": "« {found} » : la publicité pour un aliment gras, sucré ou salé s'adresse aux enfants (ou les trompe sur sa valeur nutritionnelle, les pousse à l'excès).",
        "en": "“{found}”: an ad for a food high in fat, sugar or salt is directed at children (or misleads them about its nutrition, or urges excess).",
        "fix_fr": "Adressez-vous aux adultes : retirez l'interpellation des enfants, l'école, les objets à collectionner, les comparaisons nutritionnelles.",
        "fix_en": "Speak to adults: remove the call to children, the school setting, the collectables and any nutrition comparison.",
    },
    "nicotine_risk_claim": {
        "severity": "fail",
        "fr": "« {found} » présente le produit nicotiné comme moins nocif que le tabac ou comme un moyen d'arrêter de fumer ({sector}).",
        "en": "“{found}” presents the nicotine product as less harmful than smoking or as a way to quit ({sector}), a claim that needs an FDA order.",
        "fix_fr": "Retirez l'allégation de risque réduit ou de sevrage.",
        "fix_en": "Remove the reduced-risk or quit-smoking claim.",
    },
    "cosmetic_minor": {
        "severity": "fail",
        "fr": "« {found} » propose un acte esthétique à un ou une mineure ({sector}).",
        "en": "“{found}” offers a cosmetic intervention to a minor ({sector}).",
        "fix_fr": "Retirez toute référence aux mineurs : l'acte est réservé aux adultes.",
        "fix_en": "Remove anything aimed at minors: the procedure is for adults.",
    },
    "health_claim": {
        "severity": "fail",
        "fr": "« {found} » prête au produit un effet sur la santé interdit (remplacer un traitement, guérir ou prévenir une maladie, perte de poids chiffrée).",
        "en": "“{found}” claims a forbidden health effect for the product (replacing treatment, curing or preventing a disease, a stated weight loss).",
        "fix_fr": "Retirez cette allégation : ne publiez pas ce contenu en l'état.",
        "fix_en": "Remove this claim: do not publish the post as it is.",
    },
}
MESSAGES.update(supplement.MESSAGES)
MESSAGES.update(claims.MESSAGES)

#: the age mention a gambling post needs, and the alcohol health message (folded text)
AGE_MENTION = (r"18 ?\+|\+ ?18|-18\b|\b(?:moins de|under|over|plus de) (?:18|21)\b|\b(?:18|21) (?:ans|and over|or over|and older|"
               r"or older|years|yrs)|\bmineurs\b|\b21 ?\+|\bmust be (?:at least )?(?:18|21)\b|\b(?:ages?|aged) (?:18|21)\b")
#: France: the statutory message is « L'abus d'alcool est dangereux pour la santé » (C. santé publ. L3323-4 al. 3,
#: arrêté du 2 octobre 1997); « à consommer avec modération » is only its usual tail, alone it is no health message
HEALTH_MESSAGE = (r"(?:abus|exces) d'alcool (?:est|sont) dangereux|drink ?aware|drink responsibly|please enjoy responsibly")

#: a problem-gambling helpline or responsible-gaming message (US state rules; AGA Responsible Marketing Code)
GAMBLING_HELP = (r"1[\s\-.]?800[\s\-.]?gambler|1[\s\-.]?800[\s\-.]?522[\s\-.]?4700|gambling problem|problem gambling|"
                 r"ncpgambling|(?:gamble|bet|play) responsibly|responsible gaming|begambleaware|gamcare|when the fun stops")

#: a bank deposit named by its kind (« Livret Orvale+ », « compte à terme », a PEL, "Everyday Checking", "easy-access savings
#: account", a cash ISA, a certificate of deposit) in a post that offers no investment beside it: a deposit is no financial
#: instrument (C. monét. fin. L211-1; L533-12 binds investment services) nor a security (FINRA Rule 2210 binds broker-
#: dealers; the deposit is insured, 12 U.S.C. 1821), a UK deposit's promotion is BCOBS 2.2's "fair, clear and not
#: misleading", not COBS 4's risk warning: nothing is left for a reviewer that the text could show. Read only when the
#: text names no investment (a fund, shares, crypto, « assurance vie »: "beats your savings account" sells those)
_DEPOSIT_NAMED = (r"^(?![\s\S]*(?<![a-z])(?:invest|funds?(?![a-z])|stocks?(?![a-z])|shares(?![a-z])|etfs?(?![a-z])|bourse|"
                  r"actions(?![a-z])|assurance[\s\-]vie|crypto|bitcoin|tokens?(?![a-z])|portfolio|portefeuille|trading|scpi|"
                  r"obligations(?![a-z])|bonds?(?![a-z])|pea(?![a-z])|annuit|pension|retraite))[\s\S]*?(?<![a-z])(?:livrets?(?![a-z])|compte (?:a terme|epargne)|depots? a terme|"
                  r"plan d'epargne logement|pel(?![a-z])|(?:everyday |free |basic |student |premier |high[\s\-]yield |"
                  r"interest )?checking(?: accounts?)?(?![a-z])|(?:savings?|current|easy[\s\-]access|instant[\s\-]access|"
                  r"notice|fixed[\s\-]rate|regular|high[\s\-]yield) (?:savings )?(?:accounts?|saver|pots?)(?![a-z])|"
                  # stop 25: a bank app's savings pot fed by rounded-up spending ("Round-Up Saver … an easy-access pot")
                  r"(?:round[\s\-]?ups?|spare change) (?:savers?|savings|pots?)(?![a-z])|"
                  r"certificates? of deposit|cash isa|money market (?:deposit )?account)")
#: statements that, shown together as a sector row's ``cleared`` asks, leave nothing for a reviewer (folded text)
CLEARANCES = {
    # the result a weight-loss testimonial's readers can generally expect, told beside it ("in the company's study people
    # lost about 5 lbs in 12 weeks on average"): 16 CFR 255.2(b). "Results may vary" alone is not it
    "typical_results": (r"on average|(?:the )?average (?:participants?|users?|customers?|members?|person|loss|weight loss|results?)|"
                        r"(?:people|participants|users|customers|members|most people|dieters) (?:typically|generally|usually|on average) "
                        r"(?:lose|lost|see|saw|dropped)|generally expected (?:results?|loss)|typical (?:results?|loss) (?:is|are|was|were)"),
    # the age limit, in the jurisdiction's own words
    "age": AGE_MENTION,
    # a problem-gambling helpline or message (US state rules; AGA Responsible Marketing Code)
    "gambling_help": GAMBLING_HELP,
    # the risk of loss stated plainly (FTC Act § 5: no one-sided claims)
    "loss_risk": (r"(?:can|could|may|might|will) lose (?:money|some|all|everything|part|your|value|principal)|afford to lose|volatile|"
                  r"high[\s\-]risk|capital (?:is )?at risk|not (?:investment|financial) advice|risque de perte|perte en capital|"
                  r"(?:crypto|investing|this|it|trading) is (?:very |highly |extremely |super )?(?:risky|volatile)"),
    # wild animals watched where they live (a safari, a trek, a sanctuary, a zoo) with nothing sold, kept, touched or traded
    "wildlife_viewing": (r"^(?![\s\S]*(?:for sale|a vendre|a adopter|adopt|as a pet|exotic pet|pet (?:snake|lizard|monkey|primate)|"
                         r"deliver|livr|ships? (?:to|anywhere|nationwide)|cuddl|bottle[\s\-]?feed|petting|hold (?:a|the|baby)|"
                         r"selfies? with (?:a|the|baby)|ivory|ivoire|horn|pangolin|cub))"
                         r"(?=[\s\S]*(?:safari|game drive|trek|sanctuar|wildlife (?:park|reserve|trust|rescue|centre|center|hospital)|"
                         r"national park|zoo|(?:nature|game|private) reserve|rescued?|parc animalier|observ))"),
    # France: an establishment allowed to keep wild animals (a zoo, an aquarium, a refuge) is the law's exception
    # (loi 2023-451 art. 4 I: « à l'exception des établissements autorisés à détenir ces animaux »)
    "wildlife_establishment": (r"^(?![\s\S]*(?:a vendre|a adopter|adoptez|livr|expedi|en dm|en mp|dispo))"
                               r"(?=[\s\S]*(?:zoo|parc zoologique|parc animalier|aquarium|refuge|sanctuaire|centre de soins|"
                               r"reserve (?:zoologique|africaine)|bioparc|biopark|vivarium|menagerie|soigneu(?:rs?|ses?)(?: animaliers?)?|"
                               r"nourrissages?|programmes? (?:de conservation|d'elevage)|eep))"),
    # a prescription drug's risks named beside it (21 CFR 202.1(e)(5): fair balance): "ask your provider about risks
    # like bruising", « effets indésirables possibles : … »
    "risk_information": (r"(?:important|full) safety info(?:rmation)?(?! (?:is )?(?:in|on|at|via) (?:my |the |our )?(?:bio|profile|"
                         r"link|stories|story|comments|highlights))|informations? (?:importantes? )?de (?:securite|tolerance)|"
                         # FDA's MedWatch statement (FD&C Act § 502(n), FDAAA 2007 § 906): said beside the risks in a DTC ad
                         r"report (?:negative )?side effects to (?:the )?fda|"
                         r"(?:don'?t|do not) (?:use|take|apply) (?:it|this|[a-z\-]+) (?:if|with|while|on (?:the|your|broken|large)|for more than)(?![a-z])|"
                         # the drug's major side effects and contraindications said in the label's own verbs
                         r"may cause (?:[a-z\-]+,? ){0,3}(?:dizziness|nausea|drowsiness|headaches?|diarrh(?:o)?ea|vomiting|"
                         r"bruising|swelling|fatigue|insomnia|dry mouth|rash|constipation|blurred vision|low blood sugar|"
                         r"(?:serious |severe |allergic )?(?:reactions?|side effects?))|do not (?:use|take) (?:[a-z\-]+ )?(?:with|if)(?![a-z])|"
                         r"(?:risks?|side[\s\-]effects?|effets (?:indesirables|secondaires)) ?(?:like|such as|include|including|"
                         r"may include|can include|incl\.|:|comme|possibles?)|(?:ask|talk to|consult) your (?:provider|doctor|"
                         r"physician|injector|pharmacist) about (?:the )?(?:risks?|side[\s\-]effects?)|"
                         # stop 28: the provider the reader is sent to, whoever ("talk to a licensed provider about the risks")
                         r"(?:ask|talk to|talk with|speak to|speak with|consult) (?:a|an|your) (?:licensed |qualified |medical )?"
                         r"(?:provider|doctor|physician|injector|prescriber|clinician|nurse) about (?:the )?(?:risks?|side[\s\-]effects?)|"
                         # a side effect the author had, told plainly ("mild bruising for 2 days")
                         r"(?:mild|some|minor|slight|light|temporary|a little|a bit of|a touch of) (?:bruising|swelling|redness|soreness|tenderness|headaches?)|"
                         r"(?:bruising|swelling|redness|soreness|headaches?) (?:for|lasting|that lasted) (?:\d+|a|one|two|three) "
                         r"(?:days?|hours?|weeks?)|"
                         # the prescriber decides at a medical consultation before any treatment, and the result is not
                         # promised ("results vary", "not permanent"): the balance 21 CFR 202.1(e)(5) asks, in a clinic's words
                         r"(?=[\s\S]*(?:starts?|begins?|starting|beginning|after|following) (?:with )?an? (?:full |free |medical |in-person )*"
                         r"(?:medical )?(?:consult(?:ation)?|assessment)(?![a-z]))"
                         r"(?=[\s\S]*results (?:vary|may vary|differ|aren't permanent|are not permanent))"),
    # the FCA's cryptoasset risk warning (COBS 4.12A) and the firm's authorisation or the s21 approval
    "fca_risk_warning": r"prepared to lose all (?:the )?money you invest",
    "fca_status": (r"(?:authori[sz]ed|registered|regulated|approved)(?: and regulated)? (?:by|with) (?:the )?(?:fca|financial conduct "
                   r"authority|pra)|fca[\s\-](?:registered|authori[sz]ed|regulated)|"
                   # the s21 approver named with its FCA register number ("approved by Fenwick Capital Ltd (FRN 123456) on 2 June
                   # 2025"): the approval FSMA 2000 s. 21(2)(b) asks, told as COBS 4.10 has approvers say it (name, date)
                   r"approved by (?!the fca|fca|the financial conduct)[a-z0-9&.,'\- ]{2,60}?\(?(?:fca )?(?:frn|firm reference number|"
                   r"fca number|fca reg(?:istration)? no\.?)[:\s]*\d{6,7}"),
    # the FCA's CFD risk warning with the provider's own percentage (COBS 22.5.9): only an authorised firm has that figure
    "cfd_risk_warning": r"\d+(?:[.,]\d+)? ?% of retail investor accounts lose money",
    # a retail forex dealer registered with the CFTC and a member of the NFA (CEA § 2(c)(2)(B); 17 CFR 5.5: the risk of
    # loss stated): the one lawful way to offer forex to US retail customers; CFDs stay closed to them
    # (stop 26: the dealer's registration may also be shown by what only a registered dealer's promotion carries, the
    # CFTC's own risk statement, "not suitable for everyone … you can lose more than your deposit" (17 CFR 5.5; NFA Rule
    # 2-29(b)), with no leverage above the 50:1 that 17 CFR 5.9 allows on major currencies)
    "us_forex_dealer": (r"^(?![\s\S]*(?:cfds?|contracts? for difference|binary options?))"
                        r"(?![\s\S]*(?:(?<![0-9.,])(?:5[1-9]|[6-9]\d|[1-9]\d{2,}) ?: ?1(?![0-9])|(?<![0-9.,])1 ?: ?(?:5[1-9]|[6-9]\d|[1-9]\d{2,})"
                        r"|(?<![0-9.,])(?:5[1-9]|[6-9]\d|[1-9]\d{2,}) ?x leverage))"
                        r"(?=[\s\S]*(?:cftc[\s\-](?:registered|regulated)|registered with the cftc|nfa member|member of the nfa|"
                        r"not suitable for (?:all investors|everyone|every investor|all)[\s\S]{0,80}lose more than (?:your|the|their) "
                        r"(?:initial )?(?:deposit|investment)))"
                        r"(?=[\s\S]*(?:risk of loss|lose money|not suitable for all investors|lose more than (?:your|the|their)))"),
    # UK: an over-the-counter medicine's advertisement with its indication and "Always read the label/leaflet" (Human
    # Medicines Regulations 2012 reg. 300; MHRA Blue Guide): what the law asks of the text is there
    "otc_label": (r"^(?=[\s\S]*(?:always )?read (?:and follow )?the (?:drug facts )?(?:label|leaflet|patient information))"
                  r"(?=[\s\S]*(?:for (?:the )?(?:short[\s\-]term )?(?:relief|treatment|symptomatic relief) of|relieves?|"
                  r"helps? (?:to )?relieve|indicated for|"
                  # a nicotine replacement medicine's indication: smoking cessation ("helps you stop smoking")
                  r"(?:helped|helps?|helping) (?:me|you|people|smokers) (?:to )?(?:quit|stop) smoking|(?:quit|stop)[\s\-]smoking aids?|"
                  # stop 29: "a licensed stop-smoking medicine", "to help you stop smoking" (the licence's own words)
                  r"(?:quit|stop)[\s\-]smoking (?:medicines?|treatments?|lozenges?|gum|patch(?:es)?|sprays?)|"
                  r"(?:licensed|licenced) (?:[a-z\-]+ )?medicines? (?:to help (?:you |adult smokers )?)?(?:quit|stop)(?: smoking)?|"
                  # stop 27: the indication said by the symptom the medicine is for ("hay fever tablets", "for sneezing and
                  # itchy eyes", "allergy relief"); a season named ("for hay fever season") says none
                  r"(?:hay[\s\-]?fever|allergy) (?:tablets|caplets|relief)|"
                  # stop 30: the Drug Facts' "Purpose" line, the drug's class naming its use ("a once-daily non-drowsy
                  # antihistamine", "pain reliever/fever reducer"; 21 CFR 201.66(c)(3))
                  r"(?<![a-z])(?:antihistamines?|decongestants?|antacids?|pain relievers?|fever reducers?|cough suppressants?|"
                  r"expectorants?|laxatives?|anti-?diarrh(?:o)?eals?)(?![a-z])|(?:for|against|of|treats?|eases?) (?:[a-z'\-]+ ){0,3}?(?:sneez|itch|pain|ache|headache|"
                  r"migraine|cough|sore throat|(?<!hay )(?<!hay-)fever|heartburn|indigestion|congestion|colds?(?![a-z]))))"),
    # a dietary supplement's own disclaimer (21 U.S.C. 343(r)(6)): a structure/function claim, not a drug's
    "dshea_disclaimer": (r"(?:these statements have|this statement has) not been evaluated by the (?:fda|food and drug "
                         r"administration)"),
    # the US tobacco and nicotine warnings a text can show (15 U.S.C. 1333; 21 CFR 1143.3 and 1143.5)
    "tobacco_warning_shown": (r"surgeon general'?s? warning|warning: (?:cigar|cigarette|smoking|tobacco|this product)|"
                              r"contains nicotine\.? nicotine is an addictive chemical|cigar smoking can cause"),
    # an investment's risk warning in the regulators' standard words: the capital may be lost or is not guaranteed, past
    # performance is no guide (COBS 4.5A.10 and 4.6.2; AMF DOC-2011-24 and règl. délégué (UE) 2017/565 art. 44; FINRA
    # Rule 2210(d)(1): fair and balanced). Enough for the provider's own staff (``cleared_employee``), not for a promoter
    "investment_risk": (r"capital (?:is )?(?:at risk|not guaranteed|n'est pas garanti)|(?:le )?capital (?:n'est )?(?:pas|non) garanti|"
                        r"risque (?:de )?perte (?:en|de|du) capital|perte (?:totale |partielle )?(?:en|du|de) capital|"
                        r"performances? passees? ne (?:prejuge(?:nt)?|presage(?:nt)?|garanti(?:t|ssent)) pas|"
                        r"past performance (?:is not|isn't|is no|does not|doesn't) (?:a )?(?:reliable )?(?:guide|indicat|guarantee)|"
                        r"(?:the )?value of (?:your |an )?investments? (?:and any income from (?:it|them) )?(?:can|may|could) "
                        r"(?:go down|fall|rise or fall|go up or down)|(?:may|might|could) get back less than (?:you|was) invest|"
                        r"(?:can|could|may|might) lose (?:money|some|all|part|value|principal)|investing involves risks?|"
                        # stop 28: the whole stake said at risk ("you can lose your entire investment")
                        r"(?:can|could|may|might) lose (?:your |the |their )?(?:entire|whole) investment|"
                        r"investir (?:comporte|presente|implique) des risques|not fdic[\s\-]insured"),
    # France: the ANSM's advertising visa shown (C. santé publ. L5122-8; its number on the advertisement, « Visa GP n° »):
    # with R5122-3's statements, nothing a reader of the text can check is left
    "ansm_visa": r"visa (?:gp|ansm|publicitaire)|\d{2}/\d{2}/\d{5,}/gp/\d",
    # a deposit the compensation scheme protects, or a regulated savings account: no investment risk
    "deposit": (r"fscs|fdic|livret (?:a|jeune|bleu|d'epargne|ldds)|ldds|(?:compte|livret) d'epargne reglemente|lep(?![a-z])|"
                # stop 26: a bank's own savings book by its name (« notre nouveau Livret Horizon », « compte sur livret »)
                r"(?:compte sur|notre|nos|nouveau|nouveaux|votre|vos|son|ses|leur|leurs|un|le) livrets?(?! (?:de famille|d'accueil|de "
                r"recettes|scolaire|de l'eleve|de jeu|photo))|"
                r"compte (?:courant|bancaire|joint)|" + _DEPOSIT_NAMED),
}

# UK: an outside promoter's investment post whose content an authorised firm approved, said so ("This promotion is
# approved by X Ltd, authorised and regulated by the FCA"), beside the risk warning (COBS 4.5A, 4.6.2): the s. 21
# approval is told (FSMA 2000 s. 21(2)(b); FCA FG24/1), nothing left that a reader of the text could check. "Approved
# by the FCA" is no approval (the FCA approves no promotion), a deposit the FSCS protects has no investment risk. A
# promotion communicated on behalf of the authorised firm itself, said so ("Promoted on behalf of X (authorised and
# regulated by the FCA)"), is that firm's own communication (FSMA 2000 s. 21(2)(a); FCA FG24/1 on firms using finfluencers)
_S21_APPROVED = (r"^(?=[\s\S]*(?:approved by|(?:promoted|issued|communicated|published|posted) on behalf of) (?!the fca|fca|the financial conduct)[a-z0-9&.,'\-( ]{2,60}?(?:(?:which is |who (?:is|are) |"
                 r"that is |an? |firm )?(?:authori[sz]ed|regulated)(?: and regulated)? by the (?:fca|financial conduct authority)|"
                 # the approving firm identified by its FCA register number ("approved by Carrow Invest Ltd (FCA FRN 912345)")
                 r"\(?(?:fca )?(?:frn|firm reference number|fca number|fca reg(?:istration)? no\.?)[:\s]*\d{6,7}))"
                 r"(?=[\s\S]*(?:capital (?:is )?at risk|(?:value of (?:your |an )?investments? (?:and any income from (?:it|them) )?"
                 r"(?:can|may|could) (?:go down|fall|rise or fall|go up or down))|(?:may|might|could) get back less than|"
                 r"(?:can|could|may|might) lose (?:money|some|all|part|value)))")
CLEARANCES["deposit_or_s21"] = CLEARANCES["deposit"] + "|" + _S21_APPROVED
# stop 28 (France, US): a deposit, or an investment told with the regulators' risk warning — no approval regime for a
# promoter's post there (unlike FSMA s. 21): what the text can show of a balanced communication is shown
CLEARANCES["deposit_or_risk"] = CLEARANCES["deposit"] + "|" + CLEARANCES["investment_risk"]
# stop 30 (helper sound30), France: a credit offered, not an investment, with the sentence every credit advertisement owes
# (C. consom. L312-5; for a property loan L313-4 and the ten-day reflection period of L313-34): the credit's own regime, shown
# on the face of the text; the démarchage financier of CMF L341-1 concerns investments
CLEARANCES["deposit_risk_or_credit"] = (CLEARANCES["deposit_or_risk"] + "|un credit vous engage et doit etre rembourse|"
                                        r"un credit immobilier vous engage")
# US: an over-the-counter drug advertised with its labelled indication and the label's own direction to read it: claims the
# FDA-approved labeling makes are substantiated for the FTC (FTC Act §§ 5, 12; FTC Enforcement Policy Statement on OTC drug
# advertising), nothing left to review; a supplement's own disclaimer (21 U.S.C. 343(r)(6)) stays the other way out
CLEARANCES["us_otc"] = (CLEARANCES["dshea_disclaimer"] + "|" + CLEARANCES["otc_label"] + "|"
                        # US: the Drug Facts' own instruction ("use only as directed") beside the indication (21 CFR 201.66)
                        + CLEARANCES["otc_label"].replace("(?:always )?read (?:and follow )?the (?:drug facts )?(?:label|leaflet|patient information)",
                                                          "(?:use (?:only )?as directed|read and follow (?:the )?(?:label|directions))"))

#: content rules that a statement shown anywhere in the text answers (the figure beside its representative APR, the
#: short-term loan beside its risk warning): content rule → pattern (folded text)
CONTENT_ANSWERED = {"credit_apr_missing": wordclasses.CREDIT_APR, "credit_risk_warning_missing": wordclasses.HCSTC_WARNING,
                    # stop 28: a past gain beside the risk of loss (COBS 4.6.2R; MiCA art. 66; règl. délégué 2017/565 art. 44)
                    "crypto_performance": CLEARANCES["loss_risk"] + "|" + CLEARANCES["investment_risk"],
                    # stop 26: a free bet's significant conditions, or the pointer to them beside the offer (CAP 3.9–3.10:
                    # who may claim it, the minimum odds or deposit, its expiry, the stake kept, "T&Cs apply")
                    "gambling_conditions": (r"new (?:uk |eligible |verified )?(?:customers?|players?|members?|sign[\s\-]?ups?|accounts?)|"
                                            r"t ?& ?cs?(?![a-z])|ts ?& ?cs|terms (?:and conditions |& conditions )?apply|full terms|"
                                            r"min(?:imum)?\.? (?:odds|deposit|stake|bet)|expir|stakes? not (?:returned|included)|"
                                            r"wagering|first (?:bet|deposit) only|opt[\s\-]?in required|nouveaux clients|"
                                            r"conditions (?:generales )?(?:applicables|s'appliquent)|voir conditions")}

#: the warning statements a sector's condition asks for (folded text)
WARNINGS = {
    # (stop 30: MiCA's French acronym, « PSCA agréé AMF », and the approval said without « par » — MiCA art. 59; CMF L54-10-5)
    "psan": (r"(?:enregistre|agree|immatricule)e? (?:aupres de|par) l'amf|(?:enregistre|agree|immatricule)e? amf(?![a-z])|psan|casp|"
             r"psca(?![a-z])|prestataire (?:de services sur "
             r"(?:actifs numeriques|crypto-actifs) )?(?:enregistre|agree)|agrement mica|mica|(?:numero|n°) "
             r"(?:d'enregistrement|d'agrement) (?:amf|psan|e\d)"),
    "fda_warning": r"contains nicotine\.? nicotine is an addictive chemical",
    # C. consom. L312-5: every consumer credit advertisement carries this sentence
    "credit_mention": r"un credit vous engage et doit etre rembourse",
    # US tobacco: the Surgeon General's warnings (15 U.S.C. 1333) or the FDA's cigar warnings (21 CFR 1143.5)
    "tobacco_warning": (r"surgeon general'?s? warning|warning: (?:cigar|cigarette|smoking|tobacco|this product)|"
                        r"cigar smoking can cause|smoking causes|cigars are not a safe alternative"),
    # C. santé publ. R5122-3: an advertisement for a medicine to the public says it is one and invites reading the leaflet
    "medicine_notice": (r"ceci est un medicament|lire attentivement la notice|lisez attentivement la notice|"
                        r"demandez conseil a votre pharmacien|si les symptomes persistent"),
    # décret n° 2010-624 art. 1: a warning against excessive gambling and the helpline (any of the official wordings)
    "gambling_warning": (r"jouer comporte des risques|(?:les )?jeux d'argent (?:et de hasard )?peuvent etre dangereux|"
                         r"09[\s\-.]?74[\s\-.]?75[\s\-.]?13[\s\-.]?13|joueurs[\s\-]?info[\s\-]?service|"
                         r"jeu excessif|jeu pathologique|(?:le jeu|jouer) (?:peut|peuvent) (?:etre|devenir) (?:dangereux|addictif)"),
    # US state rules: a problem-gambling helpline or responsible-gaming message on every sports-wagering ad
    "gambling_help": GAMBLING_HELP,
    # 21 CFR 202.1(e): a prescription drug's advertisement gives its risks in fair balance with its benefits (prescribed)
    "risk_information": CLEARANCES["risk_information"],
    # COBS 4.12A.10R–11R: the prescribed cryptoasset risk warning, both its sentences (the first alone is incomplete)
    "fca_crypto_warning": (r"prepared to lose all (?:the )?money you invest[\s\S]{0,80}?high[\s\-]risk investment|"
                           r"high[\s\-]risk investment and you should not expect to be protected"),
    # COBS 22.5.9R: a CFD promotion's prescribed warning, with the provider's retail-loss percentage (its own figure)
    "cfd_risk_warning": r"retail investor accounts lose money",
    "risk_warning": (r"prepared to lose all (?:the )?money you invest|high[\s\-]risk investment|capital (?:is )?at risk|"
                     r"retail investor accounts lose money|you (?:could|may|might) lose (?:all|some) of your"),
}

#: content rules a text can show (folded text); the packs say where each applies and why
#: a business the reader is asked to join or start (network marketing, a "side hustle" sold as a way to earn): where an
#: income claim is the pitch (16 CFR 437; FTC Business Guidance Concerning Multi-Level Marketing, 2018)
BUSINESS_OPPORTUNITY = (
    r"(?:join|joining) (?:my|our) (?:team|squad|tribe|business)|(?:rejoins|rejoignez|rejoindre) (?:mon|ma|notre) (?:equipe|team|"
    r"business)|(?:business|income|earning) opportunit(?:y|ies)|opportunite (?:business|de revenus?|unique)|"
    r"(?:be|become) your own boss|(?:deviens|devenez|sois|soyez) (?:ton|votre) propre (?:patron|boss)|network marketing|"
    r"marketing de reseau|\bmlm\b|side hustle|(?:working|work) from (?:my|your|the) (?:phone|couch|sofa|beach|laptop|kitchen table)|"
    r"(?:depuis|de) (?:mon|ton|votre) (?:telephone|canape|portable)|anyone can do (?:this|it)|tout le monde peut le faire|"
    r"(?:comment|type|dm|message|envoie|ecris)(?:[\s\-]?moi)? [\"'«“]?[a-z]{3,}[\"'»”]? (?:and|et) (?:i'll|i will|je)|"
    r"(?:quit|quitte|quitted|left|lache|quitter|quittez|lacher) (?:my|your|mon|ton|votre) (?:9[\s\-]?(?:to[\s\-]?)?5|day job|job|cdi|boulot|taf)|"
    # a keyword to send in a message ("DM me 'FREEDOM'"), the reader's way into the business; trade alerts or signals to
    # copy; applications opening (a course sold on its graduates' pay)
    r"(?:dm|message|comment|envoie|ecris)(?:[\s\-]?(?:moi|me|us))? [\"'«“][a-z]{3,}[\"'»”]|"
    r"(?:dm|message|comment)(?: me| us)? [a-z]{3,} (?:to hear|to learn|to find out|to join|for (?:the |all the )?(?:details|info)|"
    r"and i'll|pour (?:en )?savoir)|"
    r"(?:copy|copying|copie|copier) (?:the|my|our|this|their|his|her|ses|mes|leurs) (?:trades?|trade alerts|alerts|signals|portfolio|"
    r"positions|trades)|(?:trading |forex |crypto )?signals? (?:group|service|channel)|(?:trade|trading) alerts|win rate|"
    r"(?:applications|enrol(?:l)?ment|registration|doors|inscriptions) (?:are |is )?(?:now )?(?:open|opens|reopen|ouvrent|ouvertes)|"
    # every graduate said able to do the same as the author ("every grad can do the same within 6 months")
    r"(?:every|any|each) (?:single )?(?:grad|graduate|student|member|client|trainee)s? (?:can|could|will) (?:do|achieve|make) "
    r"(?:the same|this|it)(?![a-z])|"
    r"(?:financial|time) freedom|liberte financiere|passive income|revenus? passifs?|"
    # a paid course sold on what its customers earn, enrolment about to close (FTC Act § 5; 16 CFR 255.2(b))
    r"(?:enrol(?:l)?ment|registration|admissions?|doors|the cart|applications) (?:for [a-z ]+ )?(?:closes?|closing|shuts?|ends?) "
    r"(?:on |this |next |at |tonight|today|friday|monday|tuesday|wednesday|thursday|saturday|sunday|soon|in)|"
    r"(?:inscriptions?|candidatures?) (?:fermen?t?|closes?|se terminent?) (?:le |ce |vendredi|lundi|dimanche|ce soir|demain|bientot)|"
    # the author's result promised to the reader ("you will too", "you can too, no experience needed", « toi aussi tu peux »):
    # a typical result claimed for an atypical one (16 CFR 255.2(b); CAP 3.1 and 3.7; C. consom. L121-2)
    r"(?:you|u) (?:will|can|could|'ll) (?:do (?:it|this) )?too(?![a-z])|so (?:can|will|could) you(?![a-z])|"
    # … or to every graduate ("every grad can do the same within 6 months", « chaque élève peut en faire autant »)
    r"(?:every|any|each|all)(?: single)? (?:grads?|graduates?|students?|members?|clients?|trainees?|learners?|one of you)"
    r" (?:can|will|could|is able to|are able to) (?:do|achieve|get|make|hit|replicate|copy) (?:the same|this|it|that)(?![a-z])|"
    r"(?:anyone|everyone|anybody|everybody) can (?:do|achieve|get|make|hit|replicate) the same(?![a-z])|"
    r"(?:chaque|tout|tous les|toutes les) (?:eleves?|etudiante?s?|diplomee?s?|membres?|apprenante?s?) (?:peut|peuvent|pourra|pourront) "
    r"(?:en faire autant|faire (?:la meme chose|pareil|de meme))|"
    r"(?:toi|vous) aussi,? (?:tu peux|vous pouvez|tu vas|vous allez|c'est possible)|no (?:prior )?experience (?:needed|required|necessary)|"
    r"(?:sans|aucune) experience (?:requise|necessaire|prealable)|guaranteed (?:income|results|returns|earnings|profits?)(?![a-z])|"
    # the author's method sold with the result ("if you follow the system", « suivez la méthode »): 16 CFR 255.2(b)
    r"(?:if you |just |simply )?(?:follow|stick to|copy) (?:the|my|our|this|their|his|her) (?:system|method|strategy|blueprint|"
    r"formula|playbook|steps)(?![a-z])|(?:toi|vous) aussi,? (?:tu y arriveras|vous y arriverez)|"
    r"(?:suis|suivez|suivre|applique|appliquez) (?:la|ma|notre|leur|cette) (?:methode|strategie|formule)(?![a-z])|"
    # stop 29: a course sold on what it earns, its seats said few or its outcome insured ("even with zero experience", "Only
    # 5 spots left", « GARANTI ou remboursé », « Places limitées à 20, il en reste 3 », « aucune compétence requise »)
    r"(?:even )?with (?:zero|no) (?:prior )?(?:experience|skills?)(?![a-z])|(?:aucune|sans) competences? (?:requises?|necessaires?)|"
    r"only \d+ (?:spots?|seats?|places?) (?:left|remaining)|plus que \d+ places|il (?:en )?reste (?:\d+|que \d+) places?|"
    r"places? limitees?|(?:garanti|garantis|garantie) ou rembourse|(?:guaranteed|or your money back)(?: or (?:your money back|refunded))?"
    r"(?= )|(?:deviens|devenez|become) (?:un |une |a )?(?:trader|dropshipper|e-?commer\w*) (?:rentable|profitable|a succes|successful)")
#: money said to be made by the author or promised to the reader ("I made $8,400 last month", "six figures", « j'ai
#: gagné 3 000 € ce mois-ci »)
EARNINGS_CLAIM = (
    # stop 28: a share of the customers said to reach an income ("94% of students hit $10k/month within 90 days", « 80 % de
    # mes élèves atteignent 5 000 €/mois »): a typical result claimed, the FTC's own example (16 CFR 255.2(b); FTC Act § 5;
    # CPUTR Sch. 1 para 14; C. consom. L121-2)
    r"\d{1,3} ?% (?:of |de |d')?(?:our |my |the |his |her |their |mes |nos |ses |des |les )?(?:students|graduates|grads|members|"
    r"clients|alumni|trainees|learners|customers|coaching clients|eleves|etudiants|membres|apprenants|diplomes|clientes?)"
    r"(?: [a-z'\-]+){0,3}? (?:hit|hits|reach|reached|reaches|make|made|makes|earn|earned|earns|land|landed|lands|get|got|achieve|"
    r"achieved|are making|are earning|bring in|pull in|gagnent|atteignent|touchent|ont atteint|ont gagne|depassent) "
    r"(?:over |more than |at least |up to |plus de |au moins |jusqu'a )?(?:[$£€]\s?\d[\d.,]*k?|\d[\d.,]*k? ?(?:[$£€]|dollars|pounds|"
    r"euros|grand))|"
    # what the brand's customers are said to make ("our students make $10K a month", « nos élèves gagnent 5 000 € »): the
    # same claim, of results that are rarely typical (16 CFR 255.2(b); FTC Act § 5; CPUTR Sch. 1 para 14; C. consom. L121-2)
    r"(?:our|my|nos|mes) (?:students|clients|members|graduates|customers|coaching clients|eleves|clients|membres|etudiants) "
    r"(?:[a-z]+ )?(?:make|made|earn|earned|are making|are earning|bring in|pull in|gagnent|ont gagne|touchent|font|se font|"
    r"generent|encaissent|degagent|sortent) "
    r"(?:over |more than |up to |jusqu'a |plus de )?(?:[$£€]\s?\d[\d.,]*k?|\d[\d.,]*k? ?(?:[$£€]|dollars|pounds|euros|grand)|"
    r"\d{1,3}(?: \d{3})+ ?(?:€|euros?))|"
    r"(?:went|gone|go|going|grew|scaled) from [$£€]?\s?0 to (?:[$£€]\s?\d[\d.,]*k?|\d[\d.,]*k? ?(?:[$£€]|dollars|pounds|euros))|"
    r"(?:passe|passee) de 0 ?€? a \d[\d .,]*(?:k ?)?(?:€|euros?)|"
    # every graduate said to land a salary ("every single graduate … lands a $150k job within 90 days"): a placement claim
    # of the same kind (FTC Act § 5; 16 CFR 255.2(b))
    r"(?:every|each|all)(?: single| one)?(?: of)?(?: (?:their|our|my|the|his|her))? (?:[a-z]+ )?(?:graduates?|students?|members?|"
    r"clients?|alumni|trainees?)(?: [a-z'\-]+){0,5}? (?:lands?|landed|gets?|got|makes?|made|earns?|earned|secures?|secured) "
    r"(?:a |an )?(?:[$£€]\s?\d[\d.,]*k?|\d[\d.,]*k? ?(?:[$£€]|dollars|pounds|euros))|"
    r"(?:made|making|make|earned|earning|earn|pulled in|pulling in|brought in|bringing in|cleared|clearing|netted|netting|"
    # what the author's new business billed ("last month my consultancy billed £12,400"): the same income, told as turnover
    r"billed|billing|invoiced|invoicing|grossed|turned over|took home|taking home) "
    r"(?:over |more than |almost |nearly |about )?"
    r"(?:[$£€]\s?\d[\d.,]*k?|\d[\d.,]*k? ?(?:[$£€]|dollars|pounds|euros|grand))|"
    r"(?:five|six|seven|5|6|7)[\s\-]figures? (?:a |per |in |months?|years?|income|salary|business)|"
    # a salary replaced by the scheme ("has replaced my nursing salary in 9 months", « a remplacé mon salaire »): an income
    # claim of the same kind, with or without its figure (CPUTR Sch. 1 para 14; 16 CFR 255.2(b))
    r"replaced (?:my|her|his|their|our) (?:[a-z]+ )?(?:full[\s\-]time )?(?:salary|income|wage|wages|paycheck|pay)(?![a-z])|"
    r"remplace (?:mon|son|leur|notre) (?:salaire|revenu)(?![a-z])|"
    # a first million or a first six figures made ("I made my first million day trading", « mon premier million »)
    r"(?:made|earned|making|earning|hit|reached|cleared) (?:my |our |his |her |their )?(?:first |1st )?(?:million|(?:five|six|seven|5|6|7)"
    r"[\s\-]figures?)(?![a-z])|(?:gagne|fait|touche|encaisse|atteint) (?:mon|mes|son|ses|notre|nos) (?:premier|1er|premiers) "
    r"(?:million|100 ?k|100 000)|"
    r"(?:j'ai|on a|elle a|il a|je me fais|je gagne|je touche) (?:gagne |fait |touche |encaisse )?(?:plus de |pres de |environ )?"
    r"\d[\d .,]*(?:k ?)?(?:€|euros?)|"
    # an income said to replace a salary or to beat a year's pay ("my Auralux income replaced his salary", "I make more in a
    # month than my old salary in a year", « je gagne plus en un mois qu'en un an de salaire »)
    r"(?:income|earnings|commissions?|business|side hustle|revenus?|commissions?) (?:has |have |now |already )?(?:replaced|replaces|"
    r"beats|beat|is more than|remplace|a remplace|depasse|a depasse) (?:my|his|her|our|their|your|mon|son|ton|leur|votre) "
    r"(?:(?:husband|wife|partner|dad|mum|mom|hubby)'s )?(?:full[\s\-]time |old |former |ancien |whole )?(?:salary|salaries|income|wage|paycheck|job|salaire|smic|cdi)|"
    r"(?:replaced|replace|remplace|a remplace) (?:my|his|her|their|your|mon|son|leur|votre) (?:full[\s\-]time |old |entire |whole )?"
    r"(?:salary|salaries|income|wage|paycheck|salaire)|"
    r"(?:make|made|earn|earned|making|earning|bring in|gagne|touche) more (?:in a (?:week|month)|per month|a month|monthly|each month) "
    r"than (?:my|his|her|i|their|your) (?:old |previous |former |whole )?(?:salary|job|wage|income|did|used)|"
    r"(?:gagne|touche|fais) plus en un mois (?:qu'en|que (?:mon|ton|son)) |"
    # a profit figure from a course or a shop ("First month dropshipping: £6,000 profit", « aujourd'hui : 8 000 €/mois »)
    r"(?:[$£€] ?\d[\d.,]*k?|\d[\d.,]*k? ?(?:€|euros?)) (?:profit|in profit|net profit|de (?:benefice|profit|chiffre))|"
    r"(?:aujourd'hui|maintenant|now|today|desormais) ?:? (?:je suis a |i'm at |i make |je fais )?(?:[$£€] ?\d[\d .,]*k?|\d[\d .,]*k? ?(?:€|euros?))"
    r" ?(?:/|par |a |per )(?:mois|month|mo(?![a-z]))")

#: a family tie to the brand told in the post ("my wife owns it", "it's my sister's shop", « c'est mon frère qui la brasse »,
#: « ma femme tient la boutique »): the text's own connection, read whatever the context says (engine)
FAMILY_TIE_EN = (
    r"(?:my|our) (?:wife|husband|partner|brother|sister|mum|mom|dad|father|mother|son|daughter|cousin|uncle|aunt|best friend|"
    r"bestie|girlfriend|boyfriend|fiance|fiancee|in-laws|parents|family) (?:owns|own|runs|run|brews|makes|bakes|founded|started|"
    r"co-owns|designs|roasts|distills|grows) (?:it|this|them|these|the (?:place|shop|business|brand|company|bakery|brewery|cafe|"
    r"restaurant|salon|farm|studio))(?![a-z])|"
    r"(?:it's|it is|this is|they're|that's) my (?:wife|husband|partner|brother|sister|mum|mom|dad|cousin|uncle|aunt|best friend|"
    r"family)'s (?:business|shop|brand|company|place|bakery|brewery|cafe|restaurant|salon|farm|studio)(?![a-z])")
FAMILY_TIE_FR = (
    r"(?:mon|ma) (?:mari|femme|frere|soeur|mere|pere|fils|fille|conjointe?|compagnon|compagne|cousine?|oncle|tante|meilleure? amie?|"
    r"famille|belle-soeur|beau-frere) (?:qui )?(?:la |le |les |l')?(?:tient|possede|dirige|brasse|fabrique|a creee?|a fondee?|"
    r"a lancee?|cultive|torrefie|produit)(?![a-z])|c'est (?:mon|ma) (?:mari|femme|frere|soeur|mere|pere|fils|fille|cousine?|famille) "
    r"qui (?:la |le |les |l')?(?:tient|possede|dirige|brasse|fabrique|a creee?|a fondee?|cultive|torrefie|produit)(?![a-z])|"
    r"c'est (?:la boutique|l'entreprise|la marque|le restaurant|la brasserie|la boulangerie|le salon|la ferme|l'atelier) de "
    r"(?:mon|ma) (?:mari|femme|frere|soeur|mere|pere|fils|fille|cousine?|famille)(?![a-z])")

#: an offer said to be final or about to end for good ("never coming back", "won't be back", « fini pour toujours », « plus
#: jamais »)…
FINAL_OFFER = (r"never (?:coming|to come) back|won't (?:be|come) back|will never (?:be|come) back|gone (?:for good|forever)|"
               r"last chance ever|(?:ends|over) (?:tonight|today|sunday|at midnight)(?: [a-z ]{0,20})?(?:and|,) (?:won't|never|will not)|"
               r"fini(?:e|s|es)? pour toujours|plus jamais (?:dispo|disponible|en vente|a ce prix)|ne reviendra (?:plus|jamais)|reviendra (?:plus|jamais)|"
               r"derni[eè]res? pieces?|dernier(?:e|s|es)? (?:stock|exemplaires?)|jamais reconduite?|"
               # the offer said to end today ("LAST DAY for 40% off", « DERNIER JOUR »): the same false limit when the post
               # says it goes on (DPCD annex I pt 7)
               r"last day|final day|today only|ends (?:tonight|today|at midnight)|dernier jour|derniere chance|"
               # stop 29 (train21e): "LAST CHANCE", "prices end TONIGHT", « plus que 3 en stock »
               r"last chance|(?:end|finish|close|expire)s? (?:tonight|today|at midnight)|plus que \d+ en stock|"
               # a window said to be the only one ("24 HOURS ONLY", "this week only", « 48 h seulement »)
               r"(?:this|next) (?:week|weekend) only|hours? only|hrs only|heures seulement|"
               r"aujourd'hui seulement|se termine (?:ce soir|aujourd'hui|a minuit)|"
               # stop 27: a window given in hours or said to be the only one ("48-HOUR FLASH SALE", "ONLY until Sunday",
               # « UNIQUEMENT jusqu'à ce soir minuit », « après c'est fini »)
               r"hours? (?:flash )?(?:sale|deal|offer|window)|hrs? (?:flash )?(?:sale|deal|offer)|flash sale|vente flash|"
               r"only (?:until|till|til|through) (?:tonight|midnight|today|tomorrow|sunday|monday|friday|saturday|the weekend)|"
               r"(?:uniquement|seulement) (?:jusqu'a|jusqu'au|ce soir|aujourd'hui|ce week-end|ce weekend)|"
               r"jusqu'a ce soir minuit|apres c'est fini|apres ce sera trop tard|"
               # stock said to run out for good ("once they're gone they're GONE", "only 3 left", « plus que 2 heures »)
               r"once (?:they're|they are|it's|it is|theyre|its) gone|only \d+ (?:[a-z]+ ){0,4}?(?:left|remaining|ever made)|"
               r"plus que \d+ (?:heures?|h|jours?|pieces?|exemplaires?)(?![a-z])|"
               # a countdown shown to the reader ("countdown says 2 hours left", « le compte à rebours affiche 3 h »)
               r"(?:countdown|timer|compte a rebours|chrono)(?: [a-z']+){0,3}? (?:\d+ ?(?:h|hrs?|hours?|mins?|minutes?|days?|heures?|jours?)"
               r"(?![a-z])|(?:says|shows|affiche|indique) )|"
               # stop 28: the window said to be the last one in any words ("FINAL 48 HOURS", "last 3 days", « dernières 24 h »,
               # "LAST CHANCE")
               r"(?:final|last|only) (?:\d+|few|two|three|24|48|72) ?(?:hours?|hrs?|days?|h)(?![a-z])|derni[eè]res? (?:\d+ ?)?(?:heures|jours|h)(?![a-z])|"
               r"last chance|ends (?:tomorrow|sunday|monday|friday|saturday|this weekend)|se termine (?:demain|dimanche|ce week-end)")
#: a reference price the post admits was never charged ("nobody has ever paid that", « il n'a jamais coûté ça », "it's never
#: actually been sold at £1,200"): the reduction shown from it misleads (C. consom. L112-1-1 and L121-2; CAP 3.39–3.40 and the
#: CMA's pricing practices guidance; 16 CFR 233.1)
PRICE_NEVER_CHARGED = (r"never (?:actually |really |once |ever |literally |truly )?(?:been )?(?:sold|cost|charged|priced|retailed) (?:at|for|it|that)|"
                       # stop 27: the sale price said to have been the price for months ("lowkey it's been $99 since March",
                       # « en vrai il est à 59 € depuis janvier »): the reference price was not charged in the recent period
                       r"(?:it's|its|it has|it is|they've|they have) been (?:at |on sale (?:at|for) )?[$€]? ?\d[\d,.]* (?:since|for (?:months|ages)|all year)|"
                       r"(?:il|elle|ils|elles) (?:est|sont|etait|etaient) (?:a|affichee?s? a) \d[\d.,]* ?(?:€|euros?) depuis (?:des mois|janvier|fevrier|"
                       r"mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|le debut|toujours|l'an)|"
                       # the reference price itself said never to have been the price ("it's literally never been $199", "was
                       # never actually £149")
                       r"never (?:actually |really |once |ever |literally |truly )?(?:been |cost |sold (?:at|for) |priced at )?"
                       r"(?:[$£€] ?\d|\d[\d.,]* ?(?:€|euros?))|"
                       # the author never saw it at the reference price ("I've never seen it at full price anywhere", « jamais
                       # vu à ce prix-là »)
                       r"never (?:ever )?(?:seen|saw|found) (?:it|them|one|this) (?:at|for|sold at|sell for) (?:full|that|the full|the rrp|"
                       r"the original|the normal|the usual|the regular|rrp|retail)(?: price)?|jamais vue? (?:a|au) (?:ce prix|plein tarif|prix plein)|"
                       r"(?:nobody|no one|no-one) (?:has )?(?:ever )?(?:paid|pays|paid that)|"
                       r"(?:jamais|pas une seule fois) (?:ete )?(?:vendue?|coute|pratique|facture)|"
                       r"n'a jamais (?:vraiment |reellement |ete |vraiment ete |reellement ete |ete vraiment )*(?:vendue?|coute|pratique|facture)|"
                       r"(?:jamais|pas) (?:vraiment |reellement )?(?:ete )?(?:vendue? |affichee? )?a \d[\d.,]* ?(?:€|euros?)|personne (?:ne l'a|n'a) jamais (?:paye|achete)|"
                       # the reduced price said to be the usual one ("it's been $45 every time I've checked since last spring",
                       # « elle est à 39 € depuis cet été »)
                       r"(?:it's|its|it has|it is|has|they've|they have|they're|c'est|elle est|il est|elles sont|ils sont|"
                       r"etait|a toujours ete|est) (?:been |always been |toujours )?(?:at |a )?(?:[$£€] ?\d[\d.,]*|\d[\d.,]* ?(?:€|euros?))"
                       r" (?:every (?:single )?time|since|for (?:months|ages|weeks|a year|the last)|all year|depuis|toute l'annee|"
                       r"tout le temps|chaque fois)|"
                       # stop 28: a lower price said held for long in any words ("it's been £260 pretty much ever since", "it's
                       # been £39 on their site since last summer", "it's been $99-109 most of this year", « depuis janvier il
                       # était déjà à 649 € », "it's basically always $59"): the reference price was not the recent price
                       # (``engine`` keeps it only when the price held is below the reference shown)
                       r"(?:it's|its|it has|it is|it was|has|they've|they have|they're|been|c'est|il est|elle est|il etait|elle etait|"
                       r"etait|est reste|a toujours ete)(?: [a-z']+){0,3}? (?:at |a )?(?:[$£€] ?\d[\d.,]*|\d[\d.,]* ?(?:€|euros?))"
                       r"(?: ?(?:-|–|to|a) ?[$£€]?\d[\d.,]*(?: ?(?:€|euros?))?)?(?! (?:off|de moins|de remise|de reduction|d'economie|"
                       r"cheaper|less|saving|savings|saved|discount))(?: [a-z']+){0,5}? (?:ever since|since|for (?:months|ages|weeks|"
                       r"a year|most of)|most of (?:this|the|last) year|all (?:year|summer|spring|autumn|winter)|depuis|toute l'annee)(?![a-z])|"
                       r"depuis(?: [a-z']+){0,4}? (?:deja |toujours )?(?:a|au prix de) \d[\d.,]* ?(?:€|euros?)|"
                       # stop 30: a lower price since a recent date, told after the reference (« il était à 89 € à la rentrée,
                       # puis à 59 € depuis le 1er novembre »): the lowest price of the last 30 days is the reference (L112-1-1)
                       r"(?:puis|ensuite|mais|and then|then) (?:a |au prix de |at |down to |passe a )?(?:[$£€] ?\d[\d.,]*|\d[\d.,]* ?(?:€|euros?)) "
                       r"(?:depuis|since) (?:le |the |early |mid |debut |mi-?|fin )?(?:\d|janvier|fevrier|mars|avril|mai|juin|juillet|aout|"
                       r"septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|"
                       r"november|december|last (?:week|month)|la semaine|le mois)|"
                       # stop 30: the reference price said held only briefly ("it was $399 for like two days in October", "it was
                       # £249 for a week in November"): not offered for a reasonably substantial period (16 CFR 233.1(a); CAP
                       # 3.40; C. consom. L112-1-1) — ``engine`` keeps it whatever its figure
                       r"(?:it|they|that|il|elle|ils|elles) (?:was|were|'s been|has been|had been|etait|etaient|a ete|n'a ete|est reste)"
                       r"(?: only| just| seulement| que)? (?:at |a |on at )?(?:[$£€] ?\d[\d.,]*|\d[\d.,]* ?(?:€|euros?)) (?:for|during|pendant|over|durant)"
                       r" (?:like |only |just |about |maybe |literally |barely |genre |a peine |seulement |tout juste )?(?:a|one|two|three|"
                       r"four|five|a few|a couple(?: of)?|\d+|un|une|deux|trois|quatre|cinq|quelques) (?:days?|weeks?|hours?|jours?|"
                       r"semaines?|heures?)(?![a-z])|"
                       r"(?:basically|pretty much|practically|almost|literally|honestly|quasiment|presque|en gros|limite) (?:always|toujours) "
                       r"(?:at |a )?(?:[$£€] ?\d|\d[\d.,]* ?(?:€|euros?))|"
                       # the reference price said to be a launch price of long ago ("$299 was the MSRP at launch in 2023", « le
                       # prix barré, c'est le prix conseillé à son lancement »): not a price charged in the recent period
                       r"(?:msrp|rrp|list price|retail price|prix (?:public )?conseille|prix de lancement|launch price)(?: [a-z']+){0,3}? "
                       r"(?:at|when it|when they|on|a son|au|lors de son|de son|a sa) ?(?:launch|launched|lancement|sortie|release|came out)|"
                       # stop 29: the reference price said to be last year's or a catalogue's (« le 799 €, c'est le prix du
                       # catalogue de l'an dernier »), or the lower price said held through a season (« elle était déjà à 429 €
                       # tout l'été »): not the lowest price of the last 30 days (C. consom. L112-1-1; CAP 3.39; 16 CFR 233.1)
                       r"(?:c'est|c'etait|that's|that was|it's|its) (?:le|un|the|a|an|just) (?:vieux |ancien |old )?(?:prix|price|rrp|list price)"
                       r"(?: [a-z']+){0,3}? (?:de l'an(?:nee)? (?:dernier|derniere|passee?)|from last year|(?:of )?last year'?s?|d'il y a "
                       r"(?:un|deux|\d+) ans?|from (?:a|two|\d+) years? ago)|"
                       r"(?:etait|etaient|est|sont|was|were|has been|have been) (?:deja |already )?(?:a |at )?(?:[$£€] ?\d[\d.,]*|\d[\d.,]* ?(?:€|euros?))"
                       r" (?:tout l'ete|tout l'hiver|tout le printemps|tout l'automne|toute la saison|tout le mois|all season|all month)|"
                       # the reference price said raised just before the sale so the cut looks bigger ("marketing bumped the 'list
                       # price' to $279 on Monday so the Prime Day $179 looks like a huge discount", « ils ont gonflé le prix
                       # barré la veille »): a fictitious former price (16 CFR 233.1(a); CAP 3.40; C. consom. L112-1-1)
                       r"(?:bumped|raised|jacked|hiked|inflated|upped|pumped|increased|put) (?:up )?(?:the )?(?:[a-z0-9]+ ){0,3}?['\"]?(?:list |retail |"
                       r"original |regular |reference |full |rrp |was )?price['\"]?[^.!?\n]{0,40}?(?:so|to make|just so|so that)(?![a-z])"
                       r"[^.!?\n]{0,60}?(?:looks?|seems?|appears?|feels?)|(?:gonfle|augmente|remonte) (?:le |les )?prix(?: barres?| de reference| "
                       r"catalogue)?[^.!?\n]{0,60}?(?:pour que|histoire que|pour faire)")
#: an offer called free ("Totally FREE broadband for 6 months", « box GRATUITE »): not "sugar-free", "free from", "feel free", nor
#: a free delivery, return, quote or trial beside a paid product (the free thing is then the delivery, not the product)
FREE_CLAIM = (r"(?<![\-])(?:(?:totally|completely|entirely|absolutely|100 ?%|fully|genuinely|really|totalement|entierement|"
              r"completement|100 ?%) )?(?:free|gratuite?s?)(?![\-a-z])(?! (?:from|of (?!charge)|to |delivery|shipping|returns?|"
              r"p&p|postage|quotes?|consultation|cancellation|la livraison|les retours|le retour|le devis))")
#: … and a fee the post says is paid for it, with its amount ("*£60 set-up fee … apply", « 49 € de frais de mise en service »): the
#: item is not free (directive 2005/29/CE annex I pt 20: C. consom. L121-4 20° ; CPUTR 2008 Sch. 1 para 20 and CAP 3.23; 16 CFR
#: 251.1: the "free" item must be free, its conditions stated up front)
_FEE_KIND = (r"(?:set[\s\-]?up|activation|installation|connection|admin(?:istration)?|joining|sign[\s\-]?up|membership|registration|"
             r"processing|booking|onboarding|line rental|equipment|router|delivery and set[\s\-]?up)")
_FEE_KIND_FR = (r"(?:mise en service|activation|installation|dossier|inscription|adhesion|ouverture|raccordement|gestion|"
                r"mise en place|location (?:du|de la) (?:box|materiel|routeur))")
FREE_FEE = (r"[£$€] ?\d[\d.,]* (?:one[\s\-]?off |one[\s\-]?time |upfront |up-front )?" + _FEE_KIND + r" (?:fee|charge|cost)s?|"
            # stop 28: any fee with its amount for the "free" thing ("FREE design service … *£150 design fee"), not a
            # delivery, a late or a cancellation fee
            r"[£$€] ?\d[\d,]*(?:\.\d+)? (?!(?:no|zero|delivery|shipping|postage|p ?& ?p|late|cancellation|cancel|exit|termination)(?![a-z]))"
            r"(?:[a-z\-]+ ){1,2}(?:fee|charge)s?(?![a-z])|"
            + _FEE_KIND + r" (?:fee|charge|cost)s? (?:of |: ?|is |are )?[£$€] ?\d|"
            r"\d[\d.,]* ?(?:€|euros?) (?:de )?frais (?:de |d')" + _FEE_KIND_FR + "|"
            r"frais (?:de |d')" + _FEE_KIND_FR + r" (?:de |: ?|a )?\d[\d.,]* ?(?:€|euros?)")
#: "free" said of what the post itself charges for beyond delivery: a handling or processing fee, or a subscription the
#: post says has no strings (directive 2005/29/CE annex I pt 20: C. consom. L121-4 20°, DMCC Sch. 20 para 20; CAP 3.23
#: and 3.25; 16 CFR 251.1 and ROSCA, 15 U.S.C. 8403) — read beside "free" / « gratuit » (``engine``)
FREE_CHARGED = (r"(?:postage|shipping|delivery|p ?& ?p|post)? ?(?:and|&|\+) ?handling|handling (?:fee|charge|cost)|"
                # stop 28: the "free" element said to be part of the paid plan ("the service is part of your plan", « inclus dans
                # votre abonnement »): its price is in the package price (CAP 3.24; C. consom. L121-4 20°; 16 CFR 251.1(b))
                r"(?:part of|included in|built into|baked into|covered by) (?:your|the|our|this|their) (?:[a-z+]+ ){0,2}?(?:plan|package|"
                r"membership|subscription|bundle|contract|policy)(?![a-z])|(?:inclus|incluse|compris|comprise)e?s? dans (?:votre|ton|l'|le|"
                r"la|notre|ce|cet|cette) ?(?:[a-z]+ )?(?:abonnement|forfait|offre|formule|contrat|pack)(?![a-z])|"
                # stop 27: the "free" item had only by subscribing to a paid plan (« GRATUIT ! Il suffit de souscrire
                # l'abonnement à 39 €/mois pendant 36 mois »): its price is in the subscription (C. consom. L121-4 20°)
                r"(?:il suffit de|suffit de|il faut|en echange d'|contre|moyennant|a condition de|sous reserve de) (?:juste |simplement )?"
                r"(?:souscrire|s'abonner|prendre|signer|vous abonner|t'abonner|un abonnement|l'abonnement|une souscription)"
                r"[^.!?\n]{0,80}?\d[\d.,]* ?(?:€|euros?) ?(?:/ ?mois|par mois|mensuel)|"
                r"(?:processing|admin|administration|activation|booking) fee|frais de (?:dossier|traitement|gestion|activation)|"
                # stop 30: a charge for the "free" item's own wrapping or handling, paid to get it ("just pay £3 for the festive
                # packaging", "you just cover $14.99 'holiday handling'"): its cost is recovered in the charge (CAP 3.23–3.24;
                # 16 CFR 251.1(b); C. consom. L121-4 20°)
                r"(?:pay|paying|cover|covering|payez|payer|reglez) (?:just |only |simplement |seulement )?(?:the |les |le |la )?[$€]? ?\d[\d.,]*"
                r"(?: ?(?:€|euros?))? (?:for |in |de |pour )?(?:the |les |le |la |l')?'?(?:[a-z]+ ){0,2}?(?:packaging|wrapping|handling|gift box|"
                r"box|processing|emballage|conditionnement|coffret|frais)(?![a-z])|"
                # … or only by signing up to a paid membership or plan ("just sign up to the £45/month membership for 24
                # months"): the item's price is in the subscription (CAP 3.23; 16 CFR 251.1(b); C. consom. L121-4 20°)
                r"(?:sign(?:ing)? up|subscrib\w*|join\w*|commit\w*) (?:to|for) (?:the |a |our |my |their )?[^.!?\n]{0,40}?[$€] ?\d[\d,.]* ?"
                r"(?:/ ?(?:mo|month)|a month|per month)(?![a-z])[^.!?\n]{0,40}?(?:membership|subscription|plan|contract)|"
                r"(?:sign(?:ing)? up|subscrib\w*|join\w*) (?:to|for) (?:the |a |our |my |their )?[$€] ?\d[\d,.]* ?(?:/ ?(?:mo|month)|a month|"
                r"per month) (?:membership|subscription|plan|contract)|"
                r"(?:no (?:catch|strings)|nothing to cancel|sans engagement|sans abonnement|aucun engagement|zero engagement)"
                r"(?=[\s\S]{0,200}?(?:unless you cancel|every month|/month|per month|/mo(?![a-z])|subscription|par mois|/mois|"
                r"chaque mois|abonnement|sauf resiliation))|"
                # an amount the reader pays beside the "free" thing, and the subscription it rolls into ("you just pay $12.99
                # shipping and it auto-renews at $69/week", « il faut juste payer 14,90 € … l'abonnement repart à 49 € »)
                r"(?:just|only|simply|juste|seulement|il suffit de|il faut) (?:juste |seulement )?(?:pay |payer |regler |cover )?"
                r"(?:[$£€] ?\d|\d[\d.,]* ?(?:€|euros?))[^!?\n]{0,80}?(?:auto[\s\-]?renews?|rolls? (?:into|over)|renews? at|"
                r"converts? (?:to|into)|repart a|se renouvelle|reconduit|then [$£€] ?\d)|"
                # a fee the post names in quotation marks or with its amount, other than delivery (« 14,90 € de « frais de
                # préparation » », "a £9.99 'admin fee'")
                r"\d[\d.,]* ?(?:€|euros?) (?:de )?[«\"' ]*frais (?:de |d')(?!livraison|port|envoi|expedition)[a-z]+|"
                r"(?:just|only|simply|il suffit de|juste|seulement) (?:pay|payer|regler|cover)[^.!?\n]{0,40}?(?:et|and) "
                r"(?:de )?(?:t'abonner|vous abonner|s'abonner|subscribe|sign up for (?:a|their|the) [a-z ]{0,20}subscription)")
#: « soldes » said of an occasion outside the two legal periods (Black Friday, a bank holiday's bridge, Mother's Day, a
#: named month outside January–February and June–August): C. com. L310-3 and D310-15-2 (read in France only, ``engine``)
SALES_OUT_OF_PERIOD = (r"soldes?(?: [a-z']+){0,4}? (?:du |de la |de |pour (?:le |la )?|speciale?s? )?(?:black ?friday|cyber ?monday|"
                       r"pont de l'ascension|pont du \d|ascension|paques|fete des (?:meres|peres)|saint[\s\-]valentin|"
                       r"halloween|rentree|printemps|automne)(?![a-z])|(?:black ?friday|cyber ?monday|pont de l'ascension|"
                       r"ascension|paques|fete des (?:meres|peres)|saint[\s\-]valentin|halloween|rentree)(?: [a-z'=:]+){0,3}? ?"
                       r"=? ?soldes?(?![a-z])|soldes? (?:d'|de |en )(?:avril|mai|octobre|novembre|decembre|mars|septembre)(?![a-z])|"
                       # stop 29 (train21e): « pré-soldes », « soldes dès le 26 décembre »: the word before the period opens
                       r"pre[\s\-]?soldes?(?![a-z])|soldes?(?: (?!jusqu)[a-z'@]+){0,4}? \d{1,2}(?:er)? "
                       r"(?:decembre|novembre|octobre|septembre|avril|mai|mars)(?![a-z])")
#: goods brought in for the sales (« réassort spécial soldes », « arrivage pour les soldes »): a sale bears only on goods
#: offered and paid for at least a month before it opens (C. com. L310-3 I)
SALES_RESTOCKED = (r"(?:reassort|arrivage|reapprovisionnement|livraison|stock|collection)s? (?:[a-z]+ )?(?:special|speciale|speciaux|"
                   r"specialement|expres|rien que|uniquement) (?:pour )?(?:les )?soldes(?![a-z])|(?:reassort|arrivage|reapprovisionnement)s? "
                   r"(?:de |des |pour (?:les )?)soldes(?![a-z])|(?:achete|commande|fabrique|produit|recu)e?s? (?:specialement |expres )?"
                   r"pour les soldes(?![a-z])")
#: … and the post's own admission that it comes back ("they do this every other Friday", « réassort prévu lundi »)
OFFER_RETURNS = (
                 # stop 29 (train21e): the offer said extended or back soon ("psst, they'll be back on the 2nd, they always
                 # are", « entre nous l'offre est prolongée jusqu'à dimanche »), or the scarcity said to be a banner shown on
                 # every item while the warehouse is full ("that banner's on basically every SKU", « l'entrepôt en a des palettes »)
                 r"(?:est|sera|a ete|va etre) (?:deja )?prolonge(?:e|s|es)?|prolongee? jusqu|(?:is|being|gets|was|will be|'ll be|been) "
                 r"(?:secretly |quietly |already )?extended|(?:they'll|they will|it'll|it will|prices will|deals? will|they're) "
                 r"(?:be |come )?back (?:on|in|next|the|after|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d)|they always (?:are|do|come back)|"
                 r"(?:banner|bandeau|badge|pop[\s\-]?up|message)(?:'s| is| est)? (?:on |sur )?(?:basically |literally |pretty much |quasiment |presque |"
                 r"genre )?(?:every|all|each|tous|toutes|chaque)|bandeau automatique|automatic banner|(?:entrepot|warehouse|stockroom|reserve)"
                 r"[^.!?\n]{0,25}?(?:palettes|pallets|plein|full|tons of|loads of|des milliers|thousands)|"
                 r"(?:do|does|run|runs|have|has) (?:this|it|one|these|them) (?:every|most) (?:other )?(?:weeks?|months?|fridays?|mondays?|"
                 r"weekends?|few weeks|quarter|season)|"
                 # the "limited" price told as the usual one ("it's been $99 every time I've checked since summer")
                 r"(?:it's|its|it has|it is|they've|they have) been (?:at |on sale (?:at|for) )?[$€]? ?\d[\d,.]* (?:every time|each time|since|"
                 r"for (?:months|weeks|ages)|all (?:year|summer|month))|(?:it's|its|it is|they're|they are) on every (?:other )?(?:week|month|weekend|friday)|"
                 r"every (?:single )?month (?:anyway|lol|haha)|restock(?:ing|ed)? (?:is )?(?:due|planned|coming|next|on)|back in stock "
                 r"(?:next|on|monday|tuesday|soon)|r[eé]assort (?:prevu|pr[eé]vu|arrive|lundi|la semaine|dans)|reviennent? (?:chaque|tous les)|"
                 r"(?:chaque|tous les) mois (?:de toute facon|de toute façon|en vrai|lol|mdr)|(?:ils|elles|on) (?:le |la |les )?(?:font|refont|refait|fait) "
                 r"(?:chaque|tous les) (?:mois|semaines?|vendredis?|week-ends?)|"
                 # … or that it goes on ("ok it actually runs all month", « en vrai l'offre tourne jusqu'à fin du mois »)
                 r"(?:actually|really|secretly) (?:runs|goes on|lasts|continues|is on) (?:all|until|till|through|for)|"
                 r"(?:runs|goes on|lasts) (?:all|the whole) (?:month|week)|"
                 # stop 27: the code said to work past the deadline ("the code works all month", « le code marche en fait
                 # tout le mois », « valable jusqu'à la fin du mois en vrai »)
                 r"(?:works?|is valid|valid|runs|lasts|stays live|marche|fonctionne|vaut|valable|tourne|dure|reste actif)"
                 r"(?: (?:actually|really|still|anyway|en fait|en vrai|encore|aussi|quand meme|de toute facon))? "
                 r"(?:all|the whole|for the whole|tout le|toute la|jusqu'a la fin du|jusqu'a fin) (?:month|week|mois|semaine)|"
                 # the "limited" price said to be the usual one for months ("lowkey it's been $99 since March")
                 r"(?:it's|its|it has|it is|they've|they have) been (?:at |on sale (?:at|for) )?[$€]? ?\d[\d,.]* (?:since|for (?:months|weeks|ages)|"
                 r"all (?:year|summer|month))|"
                 # … or that its own terms run on past the deadline ("Code valid through 12/31", "Offer runs until 31
                 # January", « code valable jusqu'au 30 novembre »), or that the stock comes back ("they restock this exact
                 # one every week", "2,000 more pairs land Monday")
                 r"(?:valid|runs|available|good|on) (?:through|thru|until|till|to) (?:the )?(?:\d|end of|jan|feb|mar|apr|may|jun|"
                 r"jul|aug|sep|oct|nov|dec)|valable jusqu'(?:au|a|à) (?:\d|fin|la fin)|(?:court|dure|valable) jusqu'(?:au|a) \d|"
                 r"restock(?:s|ed|ing)? (?:[a-z]+ ){0,3}?every|\d[\d,.]* more (?:[a-z]+ )?(?:land|arrive|coming|drop)|"
                 # … or a countdown that starts again ("it resets every day lmao", « il repart à zéro chaque matin »)
                 r"(?:it |timer |countdown |clock )?resets? (?:every|each|daily|at midnight)|(?:se )?(?:remet|repart|relance|reinitialise)"
                 r"(?: a zero)? (?:chaque|tous les) (?:jours?|matins?|soirs?)|(?:en vrai|en fait|en realite),? (?:l'offre|la promo|ca|elle) "
                 r"(?:tourne|dure|court|continue|va) (?:jusqu'a|jusqu'au|encore|tout le)|"
                 # stop 28: the same offer said to recur ("they do this same drop every Friday", "they run it every month",
                 # « ils refont la même promo chaque mois ») or to come back ("the same discount is back next weekend", « la
                 # même remise revient le week-end prochain »): the deadline is not the last chance it says it is
                 r"(?:do|does|run|runs|drop|drops|repeat|repeats|hold|holds|bring|brings|refont|refait|relancent|relance|font|fait) "
                 r"(?:this|it|that|these|them|the same|the exact same|la meme|le meme|les memes|cette|ce|ca)(?: (?:same|exact|meme))?"
                 r"(?: [a-z']+){0,2}? (?:every|each|chaque|tous les|toutes les) (?:other |single )?(?:day|week|weekend|month|year|season|"
                 r"quarter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jour|semaine|week-end|weekend|mois|an|lundi|mardi|"
                 r"mercredi|jeudi|vendredi|samedi|dimanche)s?|"
                 r"(?:the same|this|that|the|la meme|le meme|cette|la|le)(?: [a-z']+){0,2}? (?:sale|deal|discount|offer|promo|drop|code|price|"
                 r"remise|reduction|offre|vente|prix|soldes) (?:(?:comes?|is coming|will come|'ll come|will be|'ll be|is) back|returns?|will return|"
                 r"revient|reviendra|sera de retour|recommence|repart)(?: (?:next|every|again|soon|in \d|on|for|le|la|dans|bientot|chaque|"
                 r"tous|pour))|"
                 r"(?:it|they|it'll|they'll|it's|they're) (?:comes?|will come|will be|is|are|be|coming) back (?:next|every|again|soon|in \d|on )|"
                 r"(?:la|le|les|l') ?(?:relancent|relance|refont|refait|remettent|remet|repassent|reproposent|ressortent|refont) "
                 r"(?:[a-z']+ )?(?:chaque|tous les|toutes les)(?![a-z])|"
                 r"(?:running|doing|bringing|having|run|runs|do|does|bring|brings) (?:it|this|the sale|the deal|that|the same deal) "
                 r"(?:back )?again (?:next|every|on |in |from)|"
                 r"(?:it's|it is|it'll be|it will be|they're|the sale is|sale's|the deal is) (?:on |running |live )?again (?:next|every|on |in |"
                 r"from)|restock(?:s|ed|ing)? (?:it |them |this |these )?(?:weekly|monthly|daily|all the time|constantly|regularly)|"
                 r"(?:revient|reviendra|reviennent|reviendront) (?:le|la|les|dans|bientot|des|chaque|tous|en|a la|pour)(?![a-z])|"
                 # stop 30 (holdout21b): the deal said back on a date ("it's back on the 27th, shh"), or to go on past its
                 # « dernier jour » (« entre nous, ça continue jusqu'à dimanche »): the last day is not the last (directive
                 # 2005/29/CE annex I pt 7: C. consom. L121-4 7°; CAP 3.31 and DMCC Act 2024 Sch. 20 para 7; FTC Act § 5)
                 r"(?:it's|its|they're|theyre|the deal's|the offer's|the sale's|prices are) back (?:on the \d+(?:st|nd|rd|th)?|on \d+(?:st|nd|rd|th)?|next|in \d+|after|"
                 r"from the \d+(?:st|nd|rd|th)?|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)|"
                 r"(?:ca|elle|l'offre|la promo|la remise|les prix|la vente) (?:continue|continuent|dure|durent|court) (?:en fait |en vrai )?"
                 r"(?:jusqu'a|jusqu'au|encore|toute la|tout le)(?![a-z])|"
                 # … or the stock said low admitted plentiful ("ok there's a whole pallet in the back", « des cartons en
                 # réserve »), the same "only 3 left" shown for days (« ça fait 10 jours que le site affiche "plus que 3" »),
                 # or a national shortage that is one shop's ("only 5 left in the whole country (well, 5 at my local store)")
                 r"(?:a |one |two |\d )?(?:whole |full |entire )?(?:pallets?|crates?|boxes|cases) (?:of (?:them|these|those|it) )?"
                 r"(?:in the back|out the back|out back|in the stockroom|in storage|in the warehouse)|(?:des|plein de|une) (?:palettes?|cartons) "
                 r"(?:entieres? )?en reserve|(?:ca fait|depuis) \d+ (?:jours|semaines|mois)(?: que)? (?:le site |l'appli |la page |le bandeau |ca )?"
                 r"(?:affiche|indique|marque|dit)|(?:site|website|app|page|banner) (?:has )?(?:said|been saying|shown|been showing) [^.!?\n]{0,25}?"
                 r"(?:for (?:days|weeks|months|ages|\d+ (?:days|weeks))|since)|(?:well|ok|okay|actually|technically|i mean),? (?:just |only )?"
                 r"(?:\d+|a few|some) (?:at|in) (?:my|our|this|the|one) (?:local )?(?:store|shop|branch|supermarket)")

CONTENT_PATTERNS = {
    "gambling_chasing": wordclasses.CHASING,
    "casino_online": wordclasses.ONLINE_CASINO,
    "credit_no_checks": wordclasses.NO_CREDIT_CHECK,
    "credit_apr_missing": wordclasses.CREDIT_COST,
    "credit_risk_warning_missing": wordclasses.HCSTC,
    "credit_irresponsible": wordclasses.CREDIT_IRRESPONSIBLE,
    "credit_repair": wordclasses.CREDIT_REPAIR,
    "cpf_inducement": wordclasses.CPF_GIFT,
    "cpf_income": wordclasses.CPF_INCOME,
    "cosmetic_pressure": wordclasses.COSMETIC_PRESSURE,
    "gambling_income": (
        # the takings as an income of their own (« un vrai complément de revenu », "a source of income")
        r"(?:vrai |petit |bon |beau )?complement de revenus?|(?:une )?source de revenus?|"
        # « un vrai revenu d'appoint », « un deuxième salaire », "my side hustle", "a second paycheck": the same income
        # (ANJ, lignes directrices 2022 et décret 2020-1349 art. 8 : le jeu jamais présenté comme une source de revenus)
        r"(?:revenus?|salaires?|argent|boulot|job) (?:d'appoint|supplementaires?|en plus)(?![a-z])|(?:deuxieme|second|2e) (?:revenu|salaire|paie)s?|"
        r"(?:my|your|a|real|nice|little) side[\s\-]hustle|(?:second|extra|another) pay ?(?:check|cheque|packet|day)s?|(?:a |an )?(?:source of|second) income|"
        r"(?:knock|knocks|knocking|wipe|wipes|wiping|clear|clears|clearing|pay off|paying off|pays off) (?:out |off )?(?:my|your|the|those) "
        r"(?:student )?(?:loans?|debts?|overdraft|credit cards?)(?![a-z])|"
        r"(?:pay|payer|paye|paie|payé) (?:my|your|the|mon|ton|votre|le|mes|tes|vos|les) (?:rent|loyer|bills|factures|"
        r"debts?|dettes?|vacances|courses|voyages?|vacations?|holidays?|groceries|mortgage|credit|car|voiture)|revenus? (?:complementaires?|passifs?|reguliers?|stables?)|(?:side|passive|extra|steady) "
        r"income|(?:quit|quitte|quittez|lache) (?:your|my|ton|mon|votre) (?:job|taf|boulot|travail|day job)|"
        r"arrondir (?:mes|tes|vos|ses) fins de mois|fins de mois difficiles|money worries|soucis d'argent|"
        r"(?:get|getting|devenir|devenez) riches?|(?:vivre|live|living) (?:du|des|de|off|from) (?:paris|betting|"
        r"poker|jeu|gambling|bets)|(?:salaire|salary|second income|deuxieme salaire|2e salaire)|"
        r"(?:financial|financiere) (?:freedom|security|liberte|securite)|liberte financiere|make money (?:betting|"
        r"from)|make (?:real|serious|extra|good|proper) money|(?:paid|pays|paying|covered|covers) (?:for )?(?:my|your|the|our) "
        r"(?:car|rent|bills?|repairs?|car repairs|holiday|vacation|groceries|mortgage|tuition)|gagner (?:sa|ta|votre|ma) vie|earn a living|argent facile|easy money|(?:gagner|gagne|gagnez|se faire) "
        r"de l'argent|make money|rembourser (?:mes|tes|vos|ses) (?:dettes|credits)|pay off (?:my|your) debts?|"
        r"(?:\d+ ?(?:€|euros?|\$|£)|\d+ ?k) (?:par|per|a) (?:mois|month|semaine|week|jour|day)|"
        r"(?:plus besoin de|no need for a) (?:travailler|job|boulot)|"
        r"make (?:your|my|the) (?:money|student loan|loan|wages?|pay ?check|salary|pension) go further|"
        r"(?:guaranteed|garantis?|assures?) (?:winners?|wins?|gains?|picks|profits?|benefices)|lock of the (?:day|week|night|weekend|season)|"
        # a win said certain (FTC Act § 5; CAP 16.3.2 misleading about the chance of winning): "can't lose"
        r"(?:can't|cannot|can not|won't|you won't) (?:lose|miss)|(?:ne )?peu(?:t|x|vent) pas perdre|impossible de perdre|"
        r"sure (?:bet|thing|win)|\d+ ?% (?:strike|win|hit|success) rate(?![^.!?\n]{0,60}(?:more )?losing (?:weeks|months|days|runs|bets|streaks)|[^.!?\n]{0,60}(?:losses|lost money|we lose|you will lose|you'll lose))|taux de reussite (?:de )?\d+|\d+ ?% de reussite|"
        r"never lose|ne (?:perdez|perds) plus|jamais perdant|"
        # « un pari sûr » (a sure bet) folds to the preposition's spelling (« ses paris sur tous les matchs »): the adjective
        # is read where it ends the phrase or takes its own complement, never before what a bet is placed on
        r"paris surs(?![a-z])|paris? sur(?= *(?:[.!?,;:)(\x02]|$|et |a 100|a coup sur|du (?:jour|soir|week-?end|siecle|moment)|"
        r"de la (?:semaine|journee|soiree)|pour (?:arrondir|payer|gagner|doubler|se refaire)|qui (?:rapporte|paie|paye)|garanti|absolu))|(?:me|te|se|nous|vous) fai(?:s|t|re|tes) \d+ ?(?:€|euros?)|"
        r"en plus de (?:mon|ton|votre) salaire|complement de (?:revenus?|salaire)|"
        r"(?:extra|spare|quick|fast|easy) (?:cash|money|income|quid)|(?:boost|top up|supplement) (?:your|my) (?:income|wages?|salary|pay)|"
        r"(?:beat|beating) (?:the )?(?:cost of living|inflation)|cost of living|(?:in|out of) debt|bills? (?:piling|to pay)|"
        r"(?:quit|ditch) (?:the|your|my) (?:9|nine)[\s\-]?(?:to|-)[\s\-]?5|(?:make|made|making) (?:rent|bank)|"
        r"beurre dans les epinards|(?:rembourser|rembourse|rembourses) (?:mon|ton|votre|mes|tes|vos) (?:credit|pret|dettes?|decouvert)|"
        r"(?:payer|paye|paie) (?:mes|tes|vos) (?:factures|dettes|courses)|(?:plus|mieux) que (?:mon|ton|votre) salaire|"
        r"(?:vivre|vis|vit) (?:de|du) (?:mes|tes|ses) (?:paris|gains)|(?:solution|remede) (?:a|aux|to) (?:tes|vos|mes|your|my|money)|"
        r"(?:se|me|te) refaire|(?:ca|et ca|cela) rapporte|it pays (?:off|out|well)|overdrafts?|(?:could|will|would|can) cover (?:them|it|the)|"
        r"fed up with (?:your|the|my) (?:boss|job|9)|one (?:big )?win and (?:you'?re|you are|i'?m) out|tell your boss|"
        r"retirement (?:plan|fund)|pension (?:plan|pot)|(?:plan|ma|ta) retraite|"
        r"the more you (?:bet|play|spin|wager),? the more you win|plus tu (?:paries|joues|mises),? plus tu gagnes|(?:j'ai |i |i've |i just )(?:gagne|won|made|empoche|encaisse|cashed out) (?:[a-z]+ )?[€$£]?\d+|"
        # money worries in the gambler's own words (CAP 16.3.4; décret n° 2020-1349 art. 8)
        r"arrondi[a-z]* (?:mes|tes|vos|ses|nos|les) fins de mois|(?:paid|pays|paying|covered|covers|cover) (?:my|your|the|our) "
        r"(?:rent|bills|mortgage|debts?|groceries)|(?:stuck|short|strapped) (?:for|on) (?:cash|money)|cash[\s\-]strapped|"
        r"side hustle|money (?:worries|troubles|problems)|skint|(?:clear|clearing|pay off|paying off|paid off) (?:my|your) "
        r"(?:debts?|overdraft|credit cards?|loans?)|second (?:job|salary|paycheck)|(?:paye|payer|paie|paient) (?:mon|ton|votre|le) "
        r"loyer|(?:a|ont|m'a|t'a) paye (?:mon|ton|votre|mes|tes|vos) (?:loyer|factures|courses|vacances|dettes)|"
        r"(?:fin|fins) de mois (?:difficiles?|serrees?)|(?:probleme|soucis|galere)s? d'argent|"
        r"(?:make|makes|making|made|earn|earning|earned) (?:some |real |serious |good |easy |extra |big |proper |quick )?"
        r"(?:money|cash|dough|bank)|(?:paid|pays|paying|covered|covers|cover|covering|sorted|sorting) (?:for )?(?:my|your|the|our) "
        r"(?:[a-z]+ )?(?:rent|bills?|car|repairs?|mortgage|holidays?|vacations?|groceries|tuition|debts?|loans?|overdraft)|"
        r"who needs (?:a |the |your )?(?:job|day job|boss|salary|payslip|paycheck|9|nine)|"
        r"(?:t'es|tu es|vous etes|si t'es|t'es un peu|je suis|j'etais) (?:un peu |trop )?(?:serree?s?|juste|a sec|fauchee?s?|dans le rouge|a decouvert)|"
        r"(?:before|till|until|avant) (?:payday|la paie|la paye)|sort (?:you|your money|your finances) out|"
        # any verb of paying, any household bill, paid with the takings; a living made from them (word classes)
        + wordclasses.GAMBLING_PAYS + "|" + wordclasses.GAMBLING_JOB + "|" + wordclasses.MONEY_WORRY + "|"
        # the bet offered as the way out ("could be your way out", « ta porte de sortie »)
        r"(?:could|might|may|will|would|is|be|c'est|est|sera|serait) (?:be |peut-etre |sans doute )?(?:your|the|a|ta|la|votre|une) "
        r"(?:way out|lifeline|ticket out|escape route|porte de sortie|bouee de sauvetage|planche de salut)(?![a-z])"),
    # a bet said to carry no risk: a stake "risk-free", « sans risque » (misleading about the chance of losing: the
    # refund comes as bonus credit, the stake is lost; the packs cite each jurisdiction's rule)
    "gambling_risk_free": (
        r"risk[\s\-]free|no[\s\-]risk|zero[\s\-]risk|without (?:any )?risk|(?:sans|zero) (?:aucun )?risques?|aucun risque|"
        r"(?:paris?|mises?) (?:100 ?% )?(?:securises?|assures?)|(?:bets?|wagers?|stakes?) (?:is |are )?(?:100 ?% )?(?:insured|safe)|"
        # a bonus said to come with no condition ("FREE £20 bet … no strings!", « sans condition »): a free bet is always
        # tied to a deposit or a qualifying stake, a significant condition the phrase denies (CAP 3.9–3.10; 16 CFR 251.1)
        r"no strings(?: attached)?|no catch(?![a-z])|nothing to lose|no (?:conditions|t ?& ?cs|terms) (?:attached|at all)|"
        r"sans (?:aucune )?conditions?(?! de ressources)|aucune condition|rien a perdre"),
    "gambling_urgency": (
        r"ce soir seulement|tonight only|derniere chance|last chance|(?:vite|hurry|quick)[ ,!]|depeche[sz]?[\s\-]toi|"
        r"depechez[\s\-]vous|avant minuit|before midnight|now or never|maintenant ou jamais|don't miss (?:out|it)|"
        r"ne (?:le |la )?rate[sz]? pas|limited time|temps limite|expires? (?:tonight|today|soon)|plus que \d+ ?h|"
        r"only \d+ ?h(?:ours)? left|fomo|all[\s\-]in|(?:ends|finishes|expires|se termine|finit) (?:at |by |before |a |ce )?(?:midnight|tonight|today|minuit|soir)|"
        r"(?:dispo|valable|available|valid) (?:ce soir|tonight|today|aujourd'hui) (?:seulement|only)|before it'?s too late|"
        r"avant qu'il (?:ne )?soit trop tard|lock (?:it |them )?in (?:now|today|tonight|before)|while (?:you can|it lasts|stocks last)|"
        # a countdown in minutes or hours ("offer ends in 10 minutes", « se termine dans 2 h »), the offer about to vanish
        # ("before it's gone"): pressure to gamble now (CAP 16.3; ANJ guidelines on excessive incitement)
        r"(?:ends?|ending|expires?|expiring|closes?|closing|over|gone|finishes|finishing) in (?:\d+|one|two|three|five|ten|fifteen|a few) ?"
        r"(?:minutes?|mins?|hours?|hrs?|h|seconds?|secs?)(?![a-z])|before (?:it'?s|it is|they'?re|they are) gone|"
        r"(?:se termine|termine|finit|expire|s'arrete|disparait) dans (?:\d+|quelques) ?(?:minutes?|min|h|heures?|secondes?)(?![a-z])|"
        r"avant qu'(?:elle|il|elles|ils) ne (?:disparaisse|disparaissent|parte|partent)"),
    "minor_appeal": (
        r"(?:pour|for) (?:les |the )?(?:ados|adolescents?|teens?|teenagers?|lyceens?|collegiens?|kids|enfants|"
        r"students? under)|back to school|rentree des classes|bal de promo|prom (?:night|season|szn|pout|look|glam|ready|makeup|make-up|hair|lips|dress|date|queen|king|photos?|pics?)(?![a-z])|sixth[\s\-]?form(?:ers?)?|"
        r"(?:before|for|after|to) (?:the |my |your |our |her |his )?(?:school |sixth[\s\-]?form |year 1[1-3] )?prom(?![a-z])|"
        # a school's prom by its parts (the UK's Proms are concerts: "prom" alone is not read)
        r"(?:senior|junior|school|high school|year 11|y11) proms?|proms? (?:after[\s\-]?party|limo|dress|date|king|queen|pre[\s\-]?game|photos)|"
        r"homecoming (?:dance|court|king|queen)|prom (?:glow[\s\-]?ups?|prep|countdown)(?![a-z])|"
        # stop 27: the prom set as the occasion ("Prom is 6 weeks away", "prom's in a month", "code PROM")
        r"(?<![a-z])prom(?:'s| is| in) (?:\d+|a|an|one|two|three|four|five|six|only|just|nearly|almost|coming|around|so|next|this|"
        r"tomorrow|tonight)(?![a-z])|code prom(?:\d+)?(?![a-z])|"
        # under-18s let in by name ("16+ welcome", "with parental consent", « avec autorisation parentale »): the offer is
        # made to minors (CAP 12.25, 16.3.13, 18.14; UK Botulinum Toxin and Cosmetic Fillers (Children) Act 2021: no filler
        # for under-18s, consent or none; C. séc. int. L320-12; C. santé publ. L3342-1)
        r"(?<![\d+])1[0-7] ?\+ (?:welcome|allowed|ok|okay|can (?:book|come|join|play)|accepted|bienvenue?s?|acceptee?s?|autorisee?s?)(?![a-z])|"
        r"(?:with|avec) (?:a |l'|une )?(?:parent(?:al|s'?)?|mum's|mom's|dad's) (?:consent|permission|approval|sign[\s\-]?off)|"
        r"(?:with|avec) (?:l'|une )?(?:autorisation|accord) (?:parentale?|des parents|d'un parent)|"
        r"(?<![\d+])1[3-7] ?(?:ans|yo|year[\s\-]olds?)|#ados|#teens?|au lycee|in high school|at school|"
        # stop 28: "on a school night" is an adult's weeknight (a working day tomorrow), no pupil's
        r"school(?![\s\-]nights?(?![a-z]))|"
        # (stop 28: « la bande s'anime » is the French verb, not the cartoons)
        r"gamers?|fortnite|minecraft|roblox|cartoons?|(?<!s')anime|dessins animes|freshers|gen ?z|young (?:lads|people|ones)|"
        r"kids|ados|youngsters|teen|teenagers?|under[\s\-]?1[0-8]s?|u1[0-8]s?|moins de 1[0-7] ans|"
        r"(?:youth|junior|academy) (?:team|squad|players?|league)|video ?games?|jeux? video|playground|cour de recre|"
        r"(?:finished|done|after|apres) (?:your |my |the |tes |les |mes )?(?:homework|devoirs)|homework (?:done|finished)|devoirs (?:finis|termines)|"
        r"post[\s\-]exams?|exam season|lyceen(?:ne)?s|collegien(?:ne)?s|des (?:1[0-7]) ans|1[0-7](?:th|e|eme) (?:birthday|anniversaire)|"
        r"sweet sixteen|spring break|college (?:crew|kids|students|party|parties)|frat (?:party|parties|house)|freshm[ae]n|"
        r"cotton candy|barbe a papa|gummy bears?|bubble ?gum|candy flavou?rs?|unicorn|school holidays?|vacances scolaires|"
        # youth sport's age groups and school years, as a class ("U9s", « les U15 », « cadets du club », "Year 10s")
        + wordclasses.YOUTH + "|" + wordclasses.VIDEO_GAME + "|"
        # a minor by the age the text gives, a young relative said to love it, the sweet shop as a flavour (word classes)
        + wordclasses.MINOR_AGE + "|" + wordclasses.YOUNG_FAN + "|" + wordclasses.SWEETS),
    "cpf_prospecting": (
        r"(?:envoie|envoyez|donne|donnez|partage|partagez)[\s\-]?(?:moi|nous) (?:ton|votre|tes|vos) (?:numero|solde|"
        r"identifiants?|dossier|mail|email|coordonnees|droits)|(?:ton|votre) solde (?:cpf|formation)|"
        r"(?:je|on|nous) (?:m'occupe|s'occupe|nous occupons|t'inscri[st]|vous inscri(?:s|vons)) (?:de )?(?:tout|ton|votre|"
        r"l'inscription|ton dossier|votre dossier)|(?:ecris|ecrivez)[\s\-]moi en (?:mp|dm|prive)|"
        r"(?:en|par) (?:mp|dm|message prive)|dm (?:me|moi)|(?:lien|inscription) (?:en|dans la) bio|"
        r"(?:verifie|verifiez|consulte|consultez) (?:tes|vos) droits|sans (?:rien )?(?:payer|debourser)|"
        # nothing left to pay: false since the holder's mandatory participation (décret n° 2024-394, C. trav. L6323-4 ;
        # C. consom. L121-2), and the bait of CPF prospecting (« zéro euro de ta poche », « aucun reste à charge »)
        r"(?:0|zero) ?(?:€|euros?|centimes?) (?:de (?:ta|votre) poche|a (?:payer|sortir|avancer)|de reste a charge)|"
        r"(?:sans|aucun|zero|0 ?(?:€|euros?)? de) reste a charge|(?:100 ?%|entierement|totalement|integralement) (?:gratuite?s?|"
        r"pris(?:e|es)? en charge|financee?s?)(?: (?:par|avec|grace a) (?:ton|votre|le) cpf)?|"
        r"gratuit(?:e)? (?:grace|avec) (?:au|le|ton|votre) cpf|"
        # a call to enrol or the seller's own enrolment channel, unless enrolment is said to go through the
        # official portal (moncompteformation.gouv.fr), the one lawful channel the text can name
        r"(?:" + wordclasses.ENROL_CALL + r")(?![\s\S]*moncompteformation)"),
    # excess, drunkenness, strength, social or sexual success, performance, driving (CAP 18.2–18.7, 18.10–18.12;
    # C. santé publ. L3323-4: objective information only; industry codes in the US)
    "alcohol_irresponsible": (
        # stop 30 (holdout21b/d, train21e): the strength as the reason to choose ("the strongest we've ever done, 47%", "the
        # strongest red they sell, which makes it the best value"): CAP 18.9, no preference for higher alcohol content; 27 CFR
        # 7.65; C. santé publ. L3323-4 (the degree may be told, not sold). The drink as what makes a gathering a success ("made
        # the party last night … instant legend status", "No Christmas party is complete without …", "one G&T and the party's
        # started"): CAP 18.2–18.4 (no social success or popularity); DISCUS Code
        r"strongest (?:[a-z'&]+ ){0,3}?(?:we've|we have|we|they've|they|i've) (?:ever )?(?:done|made|brewed|distilled|sell|sold|"
        r"released|produced|stock|bottled)(?![a-z])|strongest (?:red|white|rose|wine|cider|ale|ipa|stout|spirit|whisky|whiskey|rum|"
        r"bottle|brew|pour)s?(?![a-z])|(?:made|makes|make|making) the (?:party|night|evening|celebration|bbq|barbecue|do)(?![a-z])"
        r"(?! (?:special|memorable|even))|what makes (?:the|a|any|every) (?:party|night|evening|celebration|gathering)|"
        r"(?:no|every|any) (?:[a-z]+ ){0,2}?(?:party|night|celebration|gathering|bbq|barbecue|dinner|christmas|get[\s\-]together)"
        r"(?: [a-z]+)? is (?:ever )?complete without|(?:instant )?legend status|(?:everyone|everybody) (?:was |kept |kept on )?"
        r"(?:asking|asked) who brought|(?:one|a|single|first) (?:g&t|drink|glass|pint|shot|cocktail|sip|bottle)s? (?:in )?and the "
        r"(?:party|night|fun|evening)(?:'s| is| has)? (?:started|begun|on|going|sorted)|"
        # the drink as a sport's fuel, its warm-up or its recovery ("my secret pre-workout", "one shot before the gym", "my
        # post-run recovery drink", « la meilleure récup' », « le carburant des vrais finishers »): a change of physical
        # condition and a link with performance (CAP 18.5, 18.10; C. santé publ. L3323-4; DISCUS Code, Beer Institute Code:
        # no claim of athletic performance). A drink after a walk that says nothing of the body is not read
        r"pre[\s\-]?workouts?|(?:before|ahead of) (?:my |the |a |every |each |your )?(?:gym|workout|training session|leg day|lifting|"
        r"long run|race|marathon|spin class|crossfit)(?![a-z])|(?:i |you )?(?:pr|pb) every time|(?:hit|hitting|set|setting|smash(?:ed)?|"
        r"smashing) (?:a |my |new |another )*(?:prs?|pbs?|personal bests?)(?![a-z])|"
        r"(?:post[\s\-]?(?:run|workout|race|ride|gym|training|marathon)|recovery) (?:drinks?|fuel|beers?|pints?|shots?|ritual|bevvy)|"
        r"(?:best|ultimate|perfect|my|secret|fastest) recovery(?! (?:week|day|position))|(?:gets?|got|helps?|brings?) (?:my|your|the) "
        r"(?:legs|muscles|body) (?:back|recover)|(?:race|training|workout|gym|running|marathon) fuel|"
        r"fuel(?:s|ed|led|ing|ling)? (?:my|your|the|every) (?:runs?|races?|workouts?|training|gains|performance|reps)|"
        r"(?:meilleure|parfaite|ideale|vraie|bonne|petite) recup(?:eration)?(?![a-z])|boissons? de (?:recuperation|recup|l'effort)(?![a-z])|"
        r"recup(?:eration)? (?:apres|d'apres|post) (?:l'effort|la course|le match|l'entrainement|le trail|la seance|la sortie)|"
        r"carburant (?:des|du|de mes|de tes|de nos|pour (?:les|mes|tes|la|le|ma|mon)) (?:vrais? |vraies? )?(?:finishers?|sportifs?|sportives?|"
        r"champions?|coureurs?|coureuses?|traileurs?|athletes?|cyclistes?|runners?|entrainements?|courses?|seances?|sorties?|"
        r"marathoniens?)(?![a-z])|"
        # the drink at the wheel ("cracked one at the wheel", "sip it behind the wheel", « ouverte au volant »): alcohol linked
        # with driving (CAP 18.11; C. santé publ. L3323-4; state open-container laws, DISCUS and Beer Institute codes)
        r"(?:at|behind) the wheel|(?:while|whilst) (?:i'?m |you'?re |we'?re |i was |we were |he'?s |she'?s )?driving|driver'?s seat|"
        r"cup ?holders?|au volant|en conduisant|"
        # the drink credited with loosening up and with a professional win ("loosen up … walked out with three new clients",
        # "funny what the right drink does"; CAP 18.2 and 18.4: no confidence, no social or professional success)
        r"loosen(?:s|ed|ing)? (?:me |you |us |them |him |her )?up|(?:what|the difference) (?:the right|a good|one|a single) "
        r"(?:drink|gin|glass|pint|cocktail|dram|beer) (?:does|makes|can do)|(?:walked|came|went|left) (?:out|away|home) with "
        r"(?:[a-z0-9]+ )?(?:new |signed )?(?:clients|contracts|deals|investors)|(?:signed|landed|won|bagged) (?:[a-z0-9]+ )?"
        r"(?:new )?(?:clients|contracts|deals|investors)(?![a-z])|(?:decroche|decrocher|signe|signer|remporte|remporter)s? "
        r"(?:[a-z0-9]+ ){0,2}?(?:nouveaux |nouvelles )?(?:clients|contrats|marches|deals)(?![a-z])|"
        # the drink as the key to seduction or a night of romance ("the secret to pulling on a Friday night", « l'arme secrète
        # de mes dîners en amoureux … la soirée prend une tout autre tournure »): CAP 18.4 (no link with seduction or sexual
        # success); C. santé publ. L3323-4 (objective content only); DISCUS Code (no sexual prowess)
        r"(?:secret|key|trick|tips?|help|shortcut)s? (?:to|for) (?:pulling|scoring|getting lucky|getting laid|seduction|seducing|"
        r"romance|getting the (?:girl|guy)|a hook-?up)(?![a-z])|pulling (?:on )?(?:a |every |this |last )?(?:friday|saturday|night|weekend)|"
        r"(?:arme|botte) secrete|(?:diners?|soirees?|week-?ends?|tete-a-tete|nuits?|rendez-vous|moments?) (?:en amoureux|romantiques?|"
        r"coquine?s?)(?![a-z])|(?:prend|prendra|prennent|a pris) une (?:tout |toute )?autre tournure|"
        r"binge|bottomless|(?:get|getting|got) (?:wasted|drunk|hammered|smashed|plastered|trashed|tipsy|lit|sloshed)|"
        r"down (?:it|them|in one)|chug(?:ging)?|drinking games?|beer pong|shots? (?:all night|till|until|on me)|"
        r"drink (?:all night|till|until|like)|(?:all you can|unlimited) drink|open bar|happy hour (?:all|illimite)|"
        r"boire (?:jusqu'a|sans (?:moderation|limite|fin)|toute la nuit)|cul[\s\-]sec|(?:se|me|te|on se) (?:mettre|met|mettre une) "
        r"(?:une )?(?:mine|race|cuite)|prendre une (?:cuite|murge)|bourres?|ivres?|ivresse|a volonte|a gogo|"
        r"(?:liquid|instant) courage|(?:more|extra) confiden(?:t|ce)|"
        # the nerve the drink gives for a social or romantic step ("the guts to talk to her", "work up the nerve to text
        # him", "Dutch courage", « le courage de l'aborder », « plus sûr de soi »; CAP 18.3 and 18.5; C. santé publ. L3323-4)
        r"dutch courage|(?:liquid|bottled|instant|dutch) (?:bravery|nerve|guts)|"
        r"(?:guts|nerve|courage|balls|confidence|bottle|bravery) (?:[a-z]+ )?to (?:talk|speak|ask|approach|chat|text|message|dm|"
        r"kiss|dance|sing|flirt|make (?:a|the first) move|say hi|slide|propose|hit on|chat up|(?:go|walk) (?:up|over) to)(?![a-z])|"
        r"(?:work|worked|working) up the (?:nerve|courage|guts|bottle)|(?:ask|asked|asking) (?:her|him|them) out|"
        r"(?:girlfriend|boyfriend|wife|husband|gf|bf) now(?![a-z])|(?:pulled|pulling|got lucky|scored) (?:last night|tonight|at the bar|"
        r"every time|guaranteed)|"
        r"(?:me|te|lui|nous|vous|m'|t'|l') ?(?:donne|donner|donnent|donnait|a donne|filer|file) (?:le |du |un peu de |assez de )"
        r"(?:courage|cran|confiance|audace)|"
        r"(?:le|du|assez de) (?:courage|cran) (?:de|d') ?(?:l'|la |le |les |lui |leur |aller )?(?:aborder|parler|draguer|embrasser|inviter|danser|chanter)|"
        r"(?:ose|oser|osee|j'ai ose|enfin ose) (?:aller )?(?:lui |leur |l')?(?:parler|aborder|embrasser|inviter|draguer|danser|chanter)|"
        r"(?:plus |enfin |trop )?(?:sur|sure|surs|sures) de (?:moi|soi|toi)(?![a-z])|confiance en (?:moi|soi|toi)|"
        r"courage liquide|desinhibe(?:e|s)?|desinhibition|pecho|pechot|(?:l'ame|le roi|la reine|la star) de la (?:soiree|fete)|"
        # the drinker made the room's star, or able to dance or talk only after it ("the funniest guy at the party", "can't
        # dance sober", "own the dancefloor"; CAP 18.3 social success, 18.5 confidence)
        r"(?:funniest|coolest|most popular|most confident|loudest|hottest|best dancer) (?:guy|girl|person|one|man|woman|lad|lass)? ?"
        r"(?:in the room|at the party|in the bar|in the club|on the dance ?floor|in the group chat|in town)|"
        r"(?:can't|cannot|couldn't|never) (?:dance|talk|flirt|sing|socialise|socialize|chat|party|speak up) (?:[a-z]+ )?(?:sober|without (?:a|one|it|my))|"
        r"(?:own|owned|owning|rule|ruled|ruling) the (?:dance ?floor|room|party|night|bar|club)|"
        r"(?:je danse|je parle|je chante|on danse) (?:enfin |plus )?(?:sans complexe|sans gene)|(?:jamais|pas) (?:danse|parle|chante) sans|"
        r"life (?:and soul )?of (?:the|every|any|each|your|my) (?:party|parties|night|room)|"
        # stop 28: the drink as what makes the gathering ("lads' night isn't a lads' night without a crate of X", "watch the
        # whole group come alive", « une soirée sans X n'est pas une soirée »): alcohol as the key to a group's social success
        # (CAP 18.2 and 18.4; DISCUS Code: no depiction of alcohol as necessary to social success; C. santé publ. L3323-4)
        r"(?:night|party|weekend|bbq|barbecue|gathering|get[\s\-]together|celebration|match ?day|game ?day|do)(?:'s)? "
        r"(?:isn'?t|is not|ain'?t|is never|never feels like) (?:a |an |the |really )?(?:[a-z']+ ){0,2}?(?:night|party|weekend|bbq|barbecue|"
        r"gathering|get[\s\-]together|celebration|match ?day|game ?day|do)(?:'s)? without|"
        r"(?:the )?(?:whole |entire )?(?:group|room|party|crew|gang|squad|table|crowd|lads|girls|place) (?:come|comes|came|coming) alive|"
        r"(?:soiree|fete|apero|teuf|week-end)s? (?:sans [a-z0-9' ]{2,30} )?(?:n'est|ne sont|n'est jamais|n'est vraiment) pas (?:une |un )?"
        r"(?:vraie |vrai )?(?:soiree|fete|apero|teuf|week-end)|"
        r"(?:la |les )?(?:bande|soiree|fete|salle|tablee|equipe) (?:s'anime|s'animent|prend vie|se reveille|se lache)|"
        # the drink poured without end (« le crémant coule à flots », "free-flowing prosecco"): an incitement to excess
        # (CAP 18.7; C. santé publ. L3323-4: objective information only)
        r"(?:coule|coulent|coulait|coulaient|coulera|couler) a flots?|free[\s\-]flowing|flowing (?:all night|freely|till|until)|get the girls?|pull (?:tonight|the)|"
        r"(?:strongest|stronger|extra[\s\-]strong) (?:beer|lager|cider|drink|gin|vodka)|(?:le|la|notre) plus forte?s? en (?:alcool|degres)|"
        r"(?:before|then) (?:driving|the drive|hitting the road)|one for the road|(?:avant de|puis) (?:conduire|prendre (?:le volant|la route))|"
        # the drink before taking a boat or a jet ski out ("a Copperline on ice before I take the boat out"): alcohol linked
        # with operating a vessel (CAP 18.11: no drinking before operating machinery or driving; 46 U.S.C. 2302 and 33 CFR
        # 95; DISCUS Code: no drinking before operating a vehicle)
        r"(?:before|then) (?:i |we |you |he |she )?(?:take|taking|drive|driving|head|heading|get|getting) (?:the |my |our )?"
        r"(?:boat|jet ?ski|wave ?runner|sea[\s\-]?doo|speedboat|pontoon)s? (?:out|back)|(?:at|behind) the helm|"
        r"(?:avant de|puis) (?:prendre|piloter|sortir) (?:le |mon |notre )?(?:bateau|jet[\s\-]?ski|zodiac)|"
        # the strength offered as a merit ("dangerously drinkable", "puts weaker beers to shame"): CAP 18.9, no preference
        # for higher alcohol content; FAA Act 27 CFR 7.64 (no statement of strength as a claim)
        r"dangerously (?:drinkable|smashable|sessionable|easy(?: to (?:drink|sip))?|moreish|quaffable)|"
        r"puts? (?:weaker|lesser|lighter|other|normal|regular|ordinary) (?:beers?|lagers?|ciders?|ones|brews|ales|ipas|wines?|"
        r"spirits|gins?|vodkas?) to shame|"
        r"(?:boosts?|improves?|ameliore) (?:your |ta |votre )?(?:performance|energy|energie|mood|humeur)|"
        r"(?:succes|reussite) (?:assure|garanti)e?|seduire|impress (?:your|the) (?:date|girls?|boys?)|"
        # being wanted after the drink: numbers asked for, a wingman in a glass (CAP 18.3 and 18.4: no sexual or social success)
        r"(?:best|ultimate|perfect|secret|liquid|only) wingm(?:a|e)n|(?:instant|bottled|liquid) rizz|"
        r"(?:everyone|everybody|every (?:guy|girl|man|woman)|all the (?:guys|girls|boys)|the (?:guys|girls|boys)|people|they|"
        r"tout le monde|toutes? les (?:filles|mecs)) (?:[a-z]+ )?(?:wants?|asks? for|asking for|asked for|veut|demande|demandent|veulent) "
        r"(?:your|my|ton|mon|votre) (?:number|digits|numero|06)|(?:get|got|gets|getting|grab|bagged) (?:his|her|their|everyone'?s|"
        r"all the) (?:numbers?|digits)|"
        # a count of drinks (a bottling's run, « 1 800 bouteilles », "3,000 bottles", is a production figure, not a night's drinking)
        # (stop 30: not a case's or a multibuy's count: "a mixed case of 12 bottles", "12 bottles from three estates", "mix any
        # 6 bottles", « carton de 6 bouteilles » — what the merchant sells by the case, CAP 18.1 not engaged)
        r"(?<!any )(?<!mix )(?<!case of )(?<!box of )(?<!pack of )(?<!carton de )(?<!caisse de )(?<!coffret de )"
        r"(?:two|three|four|five|six|seven|eight|nine|ten|(?<![0-9][ .,])(?<![0-9])\d{1,2}) (?:pints|doubles|shots|bottles|glasses|rounds|cans|verres|bouteilles|pintes)"
        r"(?! (?:from|de (?:trois|deux|quatre|\d+) (?:domaines|chateaux|producteurs))(?![a-z]))|"
        # the drink credited with the attention or the date won ("got me ALL the attention", "ended up with a date for Saturday";
        # CAP 18.2–18.4: no popularity, social or sexual success)
        r"(?:got|gets|get|getting) (?:me|you|us|her|him) (?:all |so much |all of )?(?:the )?attention|"
        # the drinker liked, sought out, befriended by the room ("everyone came over to talk to me", "went home with 10 new
        # mates", « tout le monde veut être mon ami », « fini la soirée avec 12 nouveaux potes et un date »): popularity and
        # social success owed to the drink (CAP 18.3; C. santé publ. L3323-4: objective information only; DISCUS Code)
        r"(?:tout le monde|everyone|everybody|all the (?:guys|girls)) (?:[a-z']+ ){0,4}?(?:me parler|m'aborder|me voir|"
        r"etre (?:mon|ma) (?:ami|amie|pote|copain|copine)|talk to me|chat to me|meet me|be my (?:friend|mate|bestie))(?![a-z])|"
        r"(?:everyone|everybody|tout le monde) (?:loves|adores|t'aime|m'aime|vous aime|t'adore|m'adore|vous adore) ?(?:you|me)?(?![a-z])|"
        r"(?:\d+|dix|douze|vingt|ten|twelve|twenty|a dozen|une dizaine de|plein de|loads of|a bunch of) (?:nouveaux |nouvelles |new )"
        r"(?:potes|amis|amies|copains|copines|mates|friends|besties)(?![a-z])|"
        r"(?:fini|termine|reparti|rentre)e?s? (?:la soiree |la nuit |la fete )?avec (?:[a-z0-9]+ ){0,4}?(?:un|une|mon|son) (?:date|rencard|numero|06)(?![a-z])|"
        r"(?:ended up with|walked away with|went home with|left with|scored|landed|bagged) (?:a |her |his |their |a hot )?(?:date|number|phone number|digits)(?![a-z])|"
        r"(?:the |more |extra |my |your |with |a bit of |instant |bottled |pure |total |liquid )confidence|"
        # the night (the party) said to begin only with the drink (CAP 18.2: not key to social success)
        r"(?:the |la |ta |your )?(?:night|party|weekend|fun|soiree|fete) (?:doesn't|does not|don't|won't|never|ne) ?"
        r"(?:start|starts|begin|begins|commence) (?:pas )?(?:until|till|without|sans|avant)|confidence (?:boost|to)|"
        r"(?:feel|felt|feeling|walk in|walked in|be|was|were|get|got) (?:so |more |super |extra )?(?:confident|unstoppable|invincible)|"
        r"unstoppable|invincible|secret weapon|stronger than ever|strongest (?:on|in) the|(?:play|perform|run|drive) like a pro|"
        r"(?:improves?|boosts?) (?:your )?(?:game|performance)|dutch courage|talk to anyone|(?:everyone's|everybody's|the) (?:favourite|favorite) "
        r"(?:person|guy|girl)|life and soul|(?:more )?popular(?:ity)?|closed? the deal|nail(?:ed)? the (?:pitch|interview|date)|"
        r"(?:plus|pour avoir|donne) (?:d'assurance|confiance en (?:toi|moi|soi|vous))|confiance en soi|"
        r"secret (?:to|de) (?:a |an |your |my |une |un |ta |votre )?(?:great |perfect |successful |good |reussie? |bonne? )?(?:date|first date|night out|party|"
        r"soiree|rencard|seduction)|(?:first|great|perfect|hot) date|"
        r"forget (?:the week|your (?:problems|worries|troubles|week)|about (?:it|work|your)|everything)|drown (?:your|my) sorrows|"
        r"(?:got|get|gets) (?:me|you) through (?:the|my|your|a) (?:breakup|divorce|week|day|exams?)|"
        r"oublier (?:tes|vos|mes|ses) (?:soucis|problemes)|noyer (?:son|ton|mon) chagrin|sink (?:a few|some|a couple|\d+)|"
        r"(?:makes?|make) (?:mondays?|life|work|the week|it all|everything) (?:bearable|better|worth it)|only thing that (?:makes|gets)|"
        r"(?:perfect|best|ideal|only|great|easiest) way to (?:unwind|relax|de-?stress|switch off|decompress)|(?:perfect|ideal|made|great) "
        r"(?:to|for) (?:unwind|unwinding|de-?stress|de-?stressing|decompress|decompressing|switching off)(?![a-z])|"
        r"to cope|coping|(?:relieve|beat|kill|forget) (?:the )?stress|pre[\s\-]?(?:drinks?|drinking|gaming)|before the club|get the party started|"
        # a drink to steady the nerves before a test of skill (CAP 18.2 confidence, 18.6 performance) …
        r"(?:calm|calms|calmed|calming|steady|steadies|steadied|settle|settles|settled|soothe|soothes|soothed) (?:my|your|the|his|her|their|our) "
        r"nerves|(?:before|ahead of) (?:my|a|the|your|his|her|their|our) (?:big )?(?:pitch|interview|exam|presentation|speech|audition|"
        r"job interview|driving test)|(?:best|perfect|ultimate) (?:prep|preparation|pre-game)|"
        # … the night or the party said to start with the drink, friends made by it (CAP 18.2, 18.4) …
        r"(?:night|night out|party|weekend|fun|soiree|fete)s? (?:[a-z]+ )?(?:only |really |actually |properly |officially )?"
        r"(?:starts?|begins?|kicks? off|commence) (?:with|when|once|the moment|avec|quand|des que)(?![a-z])|"
        r"(?:everyone'?s|everybody'?s|everyone is|everybody is) (?:your|my) (?:mate|friend|best friend|bestie|new best friend)|"
        r"(?:make|makes|made) (?:you|me|us) (?:instant )?(?:friends|mates|popular)|"
        # … a drink as a therapy, an unwinding, a way through a hard time (CAP 18.5–18.6: no therapeutic quality, no change
        # of mood; C. santé publ. L3323-4)
        r"(?:my|liquid|bottled|cheaper|cheap|wine|beer|gin) therapy|therapy in a (?:bottle|glass|can|pint)|(?:ma|une) therapie|"
        r"(?:unwinds?|unwinding|de-?stresses|relaxes) (?:me|you|us)(?![a-z])|helps? (?:me|you|us) (?:unwind|relax|switch off|de-?stress|decompress)|"
        r"(?:got|get|gets|getting|keeps?|keeping) (?:me|you|us) (?:through|going through) (?:this|these|the|my|your|a) "
        r"(?:[a-z]+ )?(?:week|day|month|breakup|divorce|exams?|shift|winter|semester|term)|"
        r"(?:stressful|stressed|rough|tough|awful|horrible) (?:week|day|month)\?|"
        r"(?:only thing|the one thing) (?:getting|keeping|that keeps|that's getting|that is getting|that gets|that got|that kept)|"
        # stop 29: a month off drink mocked or refused ("Dry January? Never heard of her", "Sober October is cancelled",
        # « Dry January ? Très peu pour moi »): moderation and abstinence belittled (CAP 18.1 and 18.7: not encourage
        # excessive drinking; C. santé publ. L3323-4: objective content only; DISCUS Code: no disparagement of abstention)
        r"(?:dry ?(?:january|janvier|july|jan)|sober (?:october|september)|defi de janvier|mois sans alcool|tournee minerale)"
        r"(?:\?|!|,|\.|:)* ?(?:(?:\?|!|,|\.) ?)?(?:never heard|not for me|not me|nah|no thanks|no chance|not a chance|not happening|"
        r"who(?:'s| is)? (?:she|he|that|her)|what'?s that|lol|haha|is for quitters|is cancell?ed|cancell?ed|is over|over already|"
        r"skip|skipped|forget|failed|ruined|tres peu pour moi|tres peu pour nous|jamais entendu|connais pas|non merci|"
        r"c'est pour les faibles|annule|rate|fini)(?![a-z])|"
        r"(?:secret to |key to )?surviv(?:e|es|ing|ed) (?:the |this |my |your |another )?(?:exam |work |school |long )?"
        r"(?:week|exams?|mondays?|shift|day|kids|holidays|in-laws|deadline)s?(?![a-z])|"
        # attractiveness given by the drink (CAP 18.3; C. santé publ. L3323-4)
        r"(?:makes?|made) (?:you|me|her|him|us) (?:feel |look )?(?:more |so |instantly )?(?:irresistible|attractive|sexier|hotter|sexy)|"
        r"(?:feel|feels|feeling) (?:so |more |instantly )?(?:irresistible|attractive|sexier|hotter|sexy)|(?:you'?ll be|you are|you're|i'm|i am|i feel|you feel|become|becomes) (?:totally |so |instantly )?irresistible|"
        # the drink as the ice-breaker, the confidence bottled, the worries that melt, the lift after a hard week (CAP 18.2–18.6:
        # no confidence, no social success, no change of mood; C. santé publ. L3323-4; DISCUS Code)
        r"(?:instant |an |the |my |a |perfect |ultimate )ice[\s\-]?breaker|confiden(?:ce|t) in a (?:bottle|glass|can|pint|tin)|"
        r"life of the (?:room|party|table)|(?:only|best|cheapest|real) therapy (?:i|you|we) (?:need|have|get)|"
        r"(?:stress|nerves|worries|troubles|problems|anxiety|week) (?:just |simply |all |instantly )?(?:melts?|melted|vanish(?:es|ed)?|"
        r"disappears?|disappeared|evaporates?|fades?)(?: away)?(?![a-z])|pick[\s\-]me[\s\-]ups?(?![a-z])|"
        # popularity and social success credited to the drink (word classes)
        + wordclasses.ALCOHOL_POPULAR),
    # an incentive to invest in cryptoassets: free coins or money for signing up, depositing or referring (FCA COBS 4.12A.7R)
    "crypto_incentive": (
        r"(?:get|gets|getting|got|earn|earns|receive|claim|bag|grab|we both get|you both get|both get) (?:a |an |your )?(?:free )?"
        r"(?:[£$€] ?| )?\d[\d,.]*(?: ?(?:[£$€]|pounds|quid))? (?:(?:in|of|worth of) )?(?:free )?(?:bitcoin|btc|eth|ether|crypto|"
        r"sats|tokens?|coins?|[a-z]{3,5}(?= (?:free|bonus|when|if|for|on)))|free (?:bitcoin|btc|eth|ether|crypto|sats|tokens?|coins?)|"
        r"(?:sign[\s\-]?up|welcome|deposit|referral|joining|new joiner|first trade) (?:bonus|reward|cashback)|"
        r"refer (?:a|your) (?:friend|mate)s?(?: and| to)|(?:bonus|cashback|reward) (?:when|if|once) you (?:deposit|invest|buy|trade|sign up)|"
        r"when you (?:deposit|invest|buy|trade) (?:[£$€] ?| )?\d+"),
    # a health benefit claimed for an alcoholic drink: immunity, the heart, antioxidants (27 CFR 4.64(i), 5.235 and 7.235;
    # CAP 18.5: no therapeutic quality; C. santé publ. L3323-4: objective information only)
    "alcohol_health": (
        # stop 30 (holdout21d, train21e): the drink as what calms, relaxes or gets one through a problem ("the only thing that
        # calms me down after a brutal shift", "Surviving Christmas with the in-laws? … You'll need every bottle"): CAP 18.5
        # and 18.6 (no change of mood, no relief of stress, no overcoming of problems); 27 CFR 7.235; C. santé publ. L3323-4
        r"calms? (?:me|you|us|him|her|my nerves|your nerves|the nerves)(?: down)?(?![a-z])|calm(?:s|ed|ing)? (?:me |you |us )?down|"
        r"(?:the )?only thing that (?:calms|relaxes|settles|gets me through|helps me)|takes? the edge off|(?:melts?|washes?) "
        r"(?:the |my |your |all (?:the |your |my )?)?(?:stress|anxiety|worries) away|(?:surviv(?:e|ing)|get(?:ting)? through|cop(?:e|ing) "
        r"with) (?:christmas |the holidays |the weekend |dinner |lunch )?(?:with )?(?:the |your |my )?(?:in-?laws|relatives|family|"
        r"mondays?|the boss)|you'll need (?:every|all|each) (?:bottle|drop|glass|can|one)|sanity (?:savers?|saving)|"
        r"(?:keeps?|kept|saves?|saved) (?:me |my |your |our )?sanity|"
        r"(?:boost|boosts|boosting|support|supports|supporting|strengthen|strengthens|renforce|renforcent|booste|boostent|"
        r"stimule|stimulent) (?:your |the |my |our |ton |votre |le |les |vos |tes |mes |ses |nos )?(?:immun(?:e|ity|ite|itaire)|"
        r"defenses? immunitaires?|health|sante)|immune (?:system|boost|support)|systeme immunitaire|"
        r"(?:good|great) for (?:your |the )?(?:heart|health|gut|digestion|immunity)|(?:bon|bonne|excellent) pour (?:la sante|le coeur|"
        r"la digestion|l'immunite)|(?:stay|staying|keep|keeps|keeping) (?:you |me |us )?healthy|(?:keeps?|keep) (?:the )?(?:doctor|flu|colds?) away|"
        r"anti-?oxidants?|anti-?oxydants?|(?:fights?|fight off|beats?) (?:the )?(?:flu|colds?|germs)|"
        # a drink said healthy, free of hangovers or slimming (27 CFR 7.235; CAP 18.5 and 18.6; C. santé publ. L3323-4)
        r"health drink|healthy (?:drink|beer|wine|cocktail|choice|option)|(?:zero|no) hangovers?|hangover[\s\-]free|"
        r"sans gueule de bois|(?:helps?|help) (?:you )?(?:to )?lose weight|fat loss|weight loss|perte de poids|fait maigrir|"
        r"(?:post|after)[\s\-](?:workout|gym|run) (?:hydration|recovery|drink|refuel)|hydrat(?:ion|ing|es|e)(?![a-z])|"
        # a drink said guilt-free, healthy, doctor-approved, a medicine or a cure; a hangover it spares (27 CFR 5.235 and
        # 7.235; CAP 18.5 and 18.6; C. santé publ. L3323-4)
        r"guilt[\s\-]free|(?:the |a )healthy way to|gut[\s\-]health(?:y)?|(?:doc|doctor|dr)[\s\-]?(?:approved|recommended)|"
        r"(?:never|don't|do not|won't|doesn't|does not) (?:get |give (?:you |me )?|leave (?:you |me )?(?:with )?)(?:a |any )?hangovers?|"
        r"(?:heart|cold|flu|basically|liquid|like) medicine|cures? (?:my|your|a|the|any) (?:cold|colds|flu|cough|sore throat|headache)|"
        r"(?:bon|bonne|excellent) pour (?:le moral|la forme)|(?:soigne|guerit) (?:le|la|les|mon|ma|mes|ton|ta|tes) (?:rhume|toux|grippe)|"
        # stop 29: the drink as a remedy or a supplement ("my cold & flu remedy", "better than any Lemsip", "basically a heart
        # supplement", "a glass a night keeps the cardiologist away", « mon remède anti-rhume », « meilleur qu'un Doliprane »):
        # a therapeutic quality (CAP 18.5; 27 CFR 4.64(i), 5.235 and 7.235; C. santé publ. L3323-4)
        r"(?:cold|flu|cough|winter|hangover|sleep|throat|my|your|the best|best|ultimate|natural|grandma'?s|nan'?s|old) (?:(?:&|and) "
        r"(?:flu|cold|cough) )?(?:remed(?:y|ies)|cure|fix|medicine)(?![a-z])|remedes? (?:de grand-mere |anti-?)?(?:rhume|grippe|toux|"
        r"mal de gorge)|(?:mon|ton|le meilleur|un) remede(?![a-z])|"
        r"(?:better|works better|more effective) than (?:any |a |an |my |your |the )?(?:lemsip|paracetamol|ibuprofen|aspirin|"
        r"cough (?:syrup|medicine|mixture)|cold (?:and|&) flu (?:tablets|capsules|sachets)|night ?nurse|benylin|medicine|"
        r"meds|pills|tablets)(?![a-z])|(?:mieux|plus efficace) qu'(?:un|une) (?:doliprane|dafalgan|efferalgan|aspirine|sirop|"
        r"medicament|cachet)|"
        r"(?:heart|health|immune|liver|brain|gut|sleep) (?:supplements?|tonics?|vitamins?)(?![a-z])|"
        r"(?:keeps?|keeping) (?:the )?(?:cardiologist|gp|physician|dentist|doc|pharmacist|medecin|cardiologue) away"),
    # people shown drinking who are, or say they are, under 25 (CAP 18.16; DISCUS Code and Beer Institute Advertising
    # and Marketing Code: models and actors 25 or older)
    "alcohol_young": (
        # a person's age, not a spirit's ("an 18-year-old single malt" is the whisky's)
        r"(?:1[89]|2[0-4])[\s\-]?(?:year[\s\-]old|yr[\s\-]old|yo) (?:little |younger |baby |kid |big |uni |student )?(?:sisters?|"
        r"brothers?|sis|bro|daughters?|sons?|cousins?|friends?|flatmates?|housemates?|roommates?|mates?|nieces?|nephews?|"
        r"girlfriends?|boyfriends?|students?|lads|girls|guys|me|self)(?![a-z])|(?:my|her|his|our) (?:1[89]|2[0-4])(?:th|st|nd|rd) "
        r"(?:birthday|bday)|(?:i'?m|i am|she'?s|he'?s|they'?re|we'?re|who'?s|who is|just turned|only turned) (?:1[89]|2[0-4])(?![0-9%.,])|"
        # the birthday said by its ordinal alone ("celebrating my 21st", "toasting her 23rd") or the age just reached ("turned
        # 22 last week"); a stake turned into winnings ("turned £20 into") is no age
        r"(?:celebrat(?:e|es|ed|ing)|toast(?:s|ed|ing)?|for|at|on|marking|marked|mark) (?:my|her|his|our|their) (?:1[89]|2[0-4])(?:th|st|nd|rd)"
        r"(?![a-z0-9])|(?<![a-z])(?:turned|turning|turns) (?:1[89]|2[0-4])(?![0-9%.,:/])(?! ?(?:quid|pounds|bucks|into|in(?:to)? a|"
        r"mins?|minutes|hours|k|x|times|fold|legs|%)(?![a-z]))"),
    # a person aged 18 to 24 by the text's own words (an age in years, "Ellie, 22,", an under-21 or under-23 side): in a
    # gambling ad, someone under 25 given a significant role (CAP 16.3.14). A company's years ("19 years of X") are no age
    # stop 26: a gambling operator's offer (a free bet, free spins, a bonus, the stake "matched"): its significant
    # conditions are owed in the ad itself (CAP 3.9 and 3.10; ASA guidance on gambling promotions); answered anywhere
    # in the text by ``CONTENT_ANSWERED``
    "gambling_conditions": (
        r"free ?bets?|free spins|bet [£$€]? ?\d+,? (?:and |& )?get|bonus (?:bets?|spins|funds|cash)|deposit (?:bonus|match)|"
        r"(?:welcome|sign[\s\-]?up) (?:bonus|offer)|money back as (?:a )?(?:free )?bets?|matched (?:free )?bets?"),
    "gambling_young": (
        r"(?<![0-9.,£$€])(?<![0-9][\-–])(?<![0-9] [\-–] )(?<![0-9] to )(?:1[89]|2[0-4])[\s\-]?(?:years?[\s\-]olds?|yrs?[\s\-]olds?|yo|y/o)(?![a-z])"
        r"(?! ?\+| (?:and|or|&) (?:over|above|older|up))"
        r"(?! (?:tradition|company|business|brand|bookmaker|firm|partnership|record|rivalry|stadium|ground|course|race|event|"
        r"festival|single malt|whisk(?:e)?y|scotch|bottle|rum|port)s?(?![a-z]))|"
        r"(?:aged|age) (?:1[89]|2[0-4])(?![0-9+]| ?\+| (?:and|or|&) (?:over|above|older|up)| (?:or|and) (?:over|older))|(?:i'?m|i am|he'?s|he is|she'?s|she is|who'?s|who is|just turned|only|(?<![a-z])turned|(?<![a-z])turning|"
        # stop 28: the group's age ("we're all 19", "they're both 21")
        r"(?<![a-z])(?:we'?re|we are|they'?re|they are)(?: all| both)?) (?:1[89]|2[0-4])"
        r"(?![0-9%.,:/]|[\s\-]?(?:years? (?:of|in|at|with|since|ago)|times?|goals|wins|points|k|m|mins?|minutes|hours|days|months|pm|am|quid|pounds|bucks|into|legs|fold|x)(?![a-z]))|"
        r"(?<![a-z0-9])(?:[a-z]+), (?:1[89]|2[0-4]),? (?:who|from|has|had|is|just|won|wins|scored|scores|backed|backs|bet|bets|took|takes)(?![a-z])|"
        r"(?:england|scotland|wales|ireland|gb|team|club|our|the|their|his|her) (?:u|under[\s\-]?)(?:19|20|21|23)s?(?![0-9a-z])|"
        r"(?:under[\s\-]?)(?:19|20|21|23)s? (?:side|squad|team|international|star|striker|winger|keeper|player)s?(?![a-z])|"
        # stop 25: an age said at the start of a boast ("22 and already on a winning streak") and student life, whose
        # members are mostly under 25 ("my uni mates", "freshers' week", "student loan"): someone who is or seems under 25
        r"(?<![0-9.,£$€%])(?<!be )(?<!over )(?<!aged )(?<!age )(?:1[89]|2[0-4]) and (?:already|still|just|only|i'm|im|i've|ive|i|"
        # stop 26: the age beside the new role it opens ("19 and officially a @X ambassador", "21 and finally signed")
        r"officially|finally|proudly|newly)(?![a-z])|"
        r"(?:me|i|myself|i'm|im) \((?:1[89]|2[0-4])\)|"
        # stop 27: a person's age in brackets after the name or the tie ("my little cousin Jake (19!)", "Mia (21)"), a
        # birthday told ("22 today 🎂", "my 21st", "celebrating her 23rd birthday", « mes 20 ans »): someone under 25
        r"(?:cousin|brother|sister|bro|sis|son|daughter|nephew|niece|mate|pal|friend|flatmate|housemate|girlfriend|boyfriend|"
        r"lad|[a-z]{3,}) \((?:aged |age )?(?:1[89]|2[0-4])(?: ?[!?]+)?\)|"
        r"(?<![0-9.,£$€%:/])(?<![0-9] )(?<!odds )(?<!at )(?<!priced )(?<!race )(?<!no\. )(?:1[89]|2[0-4]) (?:today|this week|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?![a-z])|"
        r"(?:my|her|his|our|their|your) (?:1[89]|2[0-4])(?:th|st|nd|rd)(?= ?(?:birthday|bday|b-day|party|celebrations?|weekend|"
        r"with|at|and|[!.,\x02]|$))|"
        r"(?:happy|celebrating|celebrate) (?:1[89]|2[0-4])(?:th|st|nd|rd)(?![a-z0-9])|(?:1[89]|2[0-4])(?:th|st|nd|rd) (?:birthday|bday|b-day)|"
        r"(?:uni|university|college|student|halls|freshers'?) (?:mates|friends|flatmates|housemates|crew|squad|lads|girls|pals)(?![a-z])|"
        r"freshers(?:'? week)?(?![a-z])|student loans?(?![a-z])|"
        r"wonderkids?|wunderkinds?|teenage (?:star|sensation|striker|winger|prodigy|talent|keeper|goalkeeper|midfielder|defender|"
        r"forward|player|boxer|jockey|champion)s?(?![a-z])"),
    # children told to buy, or to get their parents to buy (« demandez à papa et maman de vous l'acheter », "ask your mum and
    # dad to get it for you", "tell your parents to grab a bottle"): directive 2005/29 annex I pt 28, C. consom. L121-7 5°,
    # DMCC Act 2024 Sch. 20 para 28 and CAP 5.9, CARU Guidelines. A post telling parents about a toy is not read
    # a tooth-whitening product by its peroxide figure ("6% peroxide home whitening kit", « 16 % de peroxyde d'hydrogène »):
    # the figure is read beside it by ``engine``
    "whitening_peroxide": (
        r"(?:hydrogen |carbamide )?peroxides?(?: (?:d'hydrogene|de carbamide))?(?![a-z])|peroxydes?(?: (?:d'hydrogene|de carbamide))?(?![a-z])"),
    "child_exhortation": (
        r"(?:ask|tell|get|beg|nag|remind|go and ask|go ask|run and ask|make) (?:your|ur) (?:mum|mom|mummy|mommy|mam|dad|daddy|"
        r"parents?|folks|grown[\s\-]?ups?|grandparents?|nan|gran|grandma|grandpa)(?: (?:and|or|&) (?:your )?(?:mum|mom|mummy|mommy|"
        r"dad|daddy))? (?:to (?:buy|get|order|grab|pick up|treat)|for (?:one|it|this|them|these|a |an |the |some )|if (?:you|they) can (?:have|get|buy))|"
        r"(?:ask|tell) (?:your|ur) (?:mum|mom|dad|parents?) (?:that )?you (?:need|want|deserve|have to have) (?:it|this|one|them|the|a|an|that)(?![a-z])|"
        r"(?:(?:va|allez|cours|courez|file|filez) )?(?:vite )?(?:demande|demandez|demander|dis|dites|dire|reclame|reclamez|reclamer) "
        r"(?:vite |tout de suite |maintenant |des maintenant |des ce soir )?(?:a|au|aux) (?:papa|maman|tes parents|vos parents|ta mere|"
        r"ton pere|ta maman|ton papa|papi|mamie|papy|tes grands-parents|vos grands-parents)(?: (?:et|ou) (?:a )?(?:papa|maman))? "
        r"(?:[a-z'\-]+ ){0,2}?(?:de (?:te |vous )?(?:l'|le |la |les |en )?|qu'(?:ils|il|elle|elles) (?:te |vous )?(?:l'|le |la |les |en )?)"
        r"(?:acheter|achete|achetent|offrir|offre|offrent|commander|commande|commandent|prendre|prennent)(?![a-z])|"
        r"(?:demande|demandez|reclame|reclamez)[\s\-]l[ea][\s\-](?:a|aux) (?:tes|vos) parents|"
        # the parents named first, then the child told to ask them by a pronoun (« montrez cette vidéo à papa et maman et
        # dites-leur de vous l'acheter », "show this to your mum and dad and tell them to get it for you")
        r"(?:papa|maman|parents|papi|mamie|papy|grands-parents|mum|mom|mummy|mommy|dad|daddy|grown[\s\-]?ups|grandparents)"
        r"(?: (?:et|ou|and|or|&) (?:a |your )?(?:papa|maman|mum|mom|dad|daddy|mummy|mommy))?[^.!?\n]{0,40}? "
        r"(?:(?:dites|dis|demandez|demande|reclamez|reclame|suppliez|supplie)[\s\-](?:leur|lui) (?:de )?(?:te |vous )?(?:l'|le |la |les |en )?"
        r"(?:acheter|offrir|commander|prendre)(?![a-z])|(?:ask|tell|beg|get) (?:them|him|her) to (?:buy|get|order|grab) "
        r"(?:it|one|this|these|them|the [a-z]+) for (?:you|u)(?![a-z]))|"
        # stop 30 (holdout21b, train21e): the children hailed, then sent to their parents with the ad (« les enfants, montrez
        # vite cette vidéo à papa et maman », "Kids!! Go tell Mum and Dad"): the child is told to persuade the adult to buy
        # (directive 2005/29/CE annex I pt 28: C. consom. L121-7 5°, DMCC Act 2024 Sch. 20 para 28 and CAP 5.9; CARU)
        r"(?<!my )(?<!our )(?<!the )(?<!your )(?<!their )(?<!his )(?<!her )(?:kids|children|boys and girls|les enfants|les petits|"
        r"les loulous|les kids|les copains)[,!:]+[^a-z\n]{0,8}(?:go (?:and )?|run (?:and )?|vite,? |allez |courez |filez )?(?:show|tell|ask|"
        r"montrez|montre|dites|dis|demandez|demande)(?: vite)? (?:(?:this|that|the|cette|ce|cet)(?: [a-z]+)? )?(?:to |a |au |aux )?"
        r"(?:your |ur |tes |vos )?(?:mum|mom|mummy|mommy|dad|daddy|parents|papa|maman|grown[\s\-]?ups|grandparents|papi|mamie)(?![a-z])|"
        r"(?:kids|boys and girls|children|les enfants|les petits|les loulous|les kids)[,!]? (?:[a-z'!,]+ ){0,8}?(?:buy|grab|order) "
        r"(?:it|one|yours|them|this)(?: (?:now|today|right now))|(?:les enfants|les petits|les loulous)[,!]? (?:[a-z'!,]+ ){0,8}?"
        r"(?:achetez|achete|commandez|commande)[\s\-](?:le|la|les)(?![a-z])"),
    # a nicotine product said less harmful than smoking, or a way to quit: a modified-risk claim needs an FDA order (FD&C Act
    # § 911, 21 U.S.C. 387k); a cessation claim makes it a drug (21 U.S.C. 321(g)(1)). The FDA's own warning is no claim
    "nicotine_risk_claim": (
        r"(?:\d+ ?% )?(?:safer|healthier|cleaner|less (?:harmful|toxic|risky|dangerous|damaging|bad)|better for (?:you|your (?:health|lungs|body))"
        r"|(?:way|far|much|a lot|so much) (?:safer|healthier|less harmful|better for you)) (?:than|vs\.?|versus|compared to|compared with) "
        r"(?:smoking|cigarettes?|cigs|tobacco|combustibles?|a cigarette)|"
        r"(?:helped|helps|help|got|gets|getting) (?:me|you|people|smokers|him|her|them|my (?:dad|mom|mum|husband|wife)) (?:finally )?(?:to )?"
        r"(?:quit|stop|give up|kick|off)(?: (?:smoking|cigarettes|cigs|tobacco|the habit))?(?![a-z])|"
        r"(?:best|easiest|only|fastest) way to (?:quit|stop) (?:smoking|cigarettes|cigs)|(?:healthier|safer|better|cleaner) "
        r"(?:alternative|option|choice) (?:to|than) (?:smoking|cigarettes|cigs|tobacco)|tar[\s\-]free|"
        r"(?:quit|stop|stopped|quitting) smoking (?:for good|with|thanks to)|"
        r"smoking cessation|harm[\s\-]reduction|reduced[\s\-](?:risk|harm)|modified[\s\-]risk|(?:no|zero|without) (?:tar|health risks?|harmful chemicals)"),
    # a cosmetic intervention offered for a minor ("my 16 yr old's lip filler", "bring your teen in", "before homecoming"): HA
    # lip fillers are approved for adults over 21, and an offer aimed at minors is unfair (FTC Act § 5); CAP 12.25 in the UK
    "cosmetic_minor": (
        wordclasses.MINOR_AGE + r"|(?<![0-9.,])1[3-7][\s\-]?(?:yrs?|years?|y/?o)(?:[\s\-]?olds?)?(?![a-z0-9])|sweet (?:sixteen|16)|"
        r"(?:bring|book|take|treat) (?:in )?(?:your|ur) (?:teens?|teenagers?|daughters?|sons?|kids?)(?![a-z])|"
        r"(?:my|your|our|her|his) (?:teen|teenage|teenaged) (?:daughters?|sons?|girls?|boys?|kids?)|for teens|teen (?:filler|botox|discount|"
        r"special|deal|package)s?|(?:before|for) (?:her |his |my |your )?(?:prom|homecoming|junior prom|senior prom)(?![a-z])|"
        r"(?:still )?in (?:high school|junior high|middle school)|high schoolers?|(?:high school|middle school) (?:students?|girls?|boys?|"
        r"seniors?|juniors?|sophomores?|freshm[ae]n|kids)|(?:her|his|my) 1[3-7]th (?:birthday|bday)|under[\s\-]?(?:18|21)s(?![a-z])"),
    # France: alcohol advertising limited to factual content (C. santé publ. L3323-4): partying, a lifestyle, happiness
    "alcohol_lifestyle": (
        r"soirees? (?:de folie|d'enfer|arrosees?|endiablees?|de l'annee|du siecle|de reve)|faire la fete|fait la fete|party|"
        r"la (?:vraie )?vie (?:est|commence)|(?:vie|journee|soiree)s? (?:est |sont )?plus belles?|"
        r"(?:un|le|mon|ton|votre) verre a la main|bonne humeur|joie de vivre|art de vivre|(?:apero|aperos|verre|terrasse)s? au soleil|"
        r"vibes?|good vibes|ambiance (?:de folie|garantie|assuree)|(?:mettre|met|mettent) l'ambiance|ca (?:detend|decompresse)|"
        r"decompresser|apres (?:le boulot|le taf|une longue journee)|seduction|sexy|"
        # the night out with the drink: the crowd letting go, a night that ends at sunrise, the drink that makes one feel alive
        # (L3323-4: none of these is objective information)
        r"se lach(?:e|ent|er)(?![a-z])|(?:jusqu'au|au) (?:lever du (?:soleil|jour)|bout de la nuit|petit matin)|(?:coule|coulait) a flots|"
        r"se sentir (?:vivante?s?|libres?)|(?:y a|il n'y a) pas mieux pour|"
        r"(?:le |mon |ton )?moment prefere|meilleurs? moments?|"
        # sport and its reward (L3323-4 lists no sport among what an alcohol ad may show): the race by its distance or its
        # finish (« 42 km de trail ce matin », « semi-marathon bouclé »)
        r"\d+ ?km (?:de )?(?:trail|course|velo|rando|randonnee|footing|running|marche|natation|ski)(?![a-z])|apres l'effort|"
        r"(?:semi-marathon|marathon|trail|triathlon|ultra|10 ?km|course|sortie velo)s? (?:[a-z']+ )?(?:boucle|termine|fini|avale|couru|"
        r"valide)e?s?(?![a-z])|"
        r"apres (?:(?:le|la|un|une|mon|ma|ton|ta|notre|votre) |l')(?:[a-z\-]+ ){0,2}?(?:match|semi-marathon|semi|marathon|course|footing|"
        r"entrainement|seance|sport|rando|randonnee|trail|sortie velo|foot|rugby|muscu|tournoi)(?![a-z])|"
        r"recompense (?:des|du|de la) (?:champions?|sportifs?|vainqueurs?|coureurs?)|(?:feter|celebrer|arroser) (?:la|ta|votre|cette|une) "
        r"(?:victoire|perf|performance|medaille)|"
        # a night or a date said to succeed thanks to the drink (L3323-4: no success, no seduction)
        r"(?:soiree|fete|rencard|rendez-vous|date|week-end)s? (?:est |sont |sera |seront )?(?:forcement |toujours |a coup sur |"
        r"assuree?s? |garantie?s? )?reussie?s?|rendez-vous (?:galants?|amoureux)|(?:pour |de )?(?:draguer|seduire)|"
        r"(?:tu deviens|vous devenez|devenir|rend|rendent) (?:irresistible|seduisante?s?|sexy|populaires?)|"
        r"les rendez-vous aussi|"
        # a drink to unwind (a change of mood is no objective content: L3323-4)
        r"(?:parfaite?s?|ideale?s?|ideaux|top|faite?s?) pour (?:decompresser|se detendre|te detendre|vous detendre|deconnecter|"
        r"souffler|relacher la pression|lacher prise|se relaxer)|moments? de detente|"
        # a student party: the integration night, the student union's gala, the campus afterwork (L3323-4 lists no party
        # among what an alcohol ad may show; the young adults it courts are the loi Evin's first concern)
        r"soirees? (?:etudiantes?|d'integration|de promo|du bde|bde|de gala)|(?:galas?|week-?ends?|wei|afterworks?|fetes?|soirees?) "
        r"(?:etudiants?|etudiantes?|de (?:la )?fac|de l'ecole|du campus|de promo)|(?:assos?|associations?|tous les|toutes les|"
        r"pour les|aux|des|du|le|les) (?:bde|bds|wei)(?![a-z])|integration etudiante"),
    # contact with big cats or their cubs (Big Cat Public Safety Act 2022, 16 U.S.C. 3372(e)); trade in ivory, rhino
    # horn and the like (Ivory Act 2018 s. 1; 50 CFR 17.40(e); arrêté du 16 août 2016)
    "wildlife_unlawful": (
        r"(?:cuddl[a-z]*|bottle[\s\-]?f[a-z]+|pet(?:ting)?|hold(?:ing)?|play(?:ing)? with|selfies? with|photos? with|swim(?:ming)? with|"
        r"caliner|calin(?:s|er)? (?:avec|a)|biberon(?:ner)?|nourrir au biberon|(?:tenir|porter) dans (?:mes|tes|ses|vos) bras) "
        r"(?:[a-z'\-]+ ){0,3}(?:tigers?|lions?|leopards?|cheetahs?|jaguars?|cougars?|big cats?|cubs?|tigres?|lionceaux?|bebes? tigres?)|"
        r"(?:tiger|lion|leopard|cheetah|jaguar|big[\s\-]cat)s? (?:cubs? )?(?:encounters?|petting|selfies?|cuddles?)|"
        r"cub (?:encounters?|petting|cuddles?|cuddling|experiences?|selfies?|photos?|play ?dates?)|"
        r"(?:(?:antique |real |genuine |carved |old )?ivory (?:netsukes?|carvings?|figurines?|tusks?|pieces?|collection|jewell?ery|bangles?|keys|sculptures?|chess)|(?:objets?|sculptures?|bijoux|statuettes?|netsukes?|defenses?|pieces?) en ivoire|ivoire (?:ancien|veritable|sculpte)|rhino horns?|cornes? de rhinoceros|pangolin scales|ecailles de pangolin|shahtoosh)(?![a-z])"),
    # a procedure or medical product presented as free of risk or as permanent (CAP 12.1; FTC Act §§ 5, 12)
    "safety_claim": (
        r"100 ?% (?:safe|sur|sure|sans risque|securise)|(?:completely|totally|perfectly|absolutely|entirely) (?:safe|harmless)|"
        r"zero risque|zero risk|risk[\s\-]free|no risks?|without (?:any )?risks?|sans (?:aucun )?risques?|aucun risque|"
        r"(?:no|zero|0) side[\s\-]effects?|sans (?:aucun )?effets? (?:secondaires?|indesirables?)|(?:aucun|zero) effets? (?:secondaires?|indesirables?)|(?:just |basically |honestly )?like (?:a|taking a) vitamin|lasts? forever|(?:dure|durent) (?:a vie|pour toujours)|"
        r"permanent (?:results?|fix)|resultats? (?:definitifs?|permanents?|garantis?)|guaranteed results?|painless and safe"),
    # a crypto provider the text itself says is unregistered or skips identity checks (« pas de KYC », "no FCA
    # paperwork", "unlicensed exchange"): the law lets only registered or authorised providers be promoted
    "crypto_unlicensed": wordclasses.UNLICENSED,
    # stop 28: a past gain shown as the reason to buy ("+150 % sur un an", "up 300% this year", « a pris 80 % depuis janvier »):
    # a one-sided picture unless the risk of loss is told beside it (``CONTENT_ANSWERED``)
    "crypto_performance": (
        r"\+ ?\d{2,4}(?:[.,]\d+)? ?% (?:(?:sur|en|in|over|this|cette|depuis|since|ytd|cet|on the|last|l'an|the past)(?![a-z])[^.!?\n]{0,24})|"
        r"(?:a pris|a fait|took|gained|returned|is up|was up|went up|grimpe de|a grimpe de|a bondi de|bondi de|jumped|soared|rose|"
        r"en hausse de) \+?\d{2,4}(?:[.,]\d+)? ?%(?! (?:apy|apr|taeg|par an garanti))"),
    "crypto_guaranteed": (
        r"(?:rendements?|gains?|profits?|returns?|benefices?|revenus?)(?: [a-z]+){0,2} garanti(?:e|s|es)?|"
        # a yield with its rate's own words guaranteed (« 18 % APY garantis », « 8 % net par an garantis »), and the capital
        # of a risky investment said protected or the investment said safe (« capital protégé », « mon placement sûr »):
        # crowdfunding, crypto-assets, SCPI and shares may lose the capital (C. consom. L121-2 ; règl. (UE) 2020/1503 art. 27 ;
        # MiCA art. 66 ; CAP 14.1 ; FTC Act § 5). A bank deposit names no investment and is not read here (its row)
        r"\d+(?:[.,]\d+)? ?% (?:d'|de )?(?:apy|apr|taeg|net|nets|brut|bruts|rendement|interets?|par an|l'an|annuels?|par mois)"
        r"(?: (?:net|nets|brut|bruts|par an|l'an|annuels?|par mois))? garanti(?:e|s|es)?|"
        r"capital (?:est |reste )?(?:100 ?% |totalement |entierement |integralement |toujours )?(?:protege|garanti|securise)(?![a-z])(?![^.!?\n]{0,60}(?:fonds (?:en )?euros?|livret|"
        r"a l'echeance|a echeance|a terme))|"
        r"(?:mon|ton|votre|un|le|notre) placement (?:100 ?% )?(?:sur|sure|securise|sans risques?)(?![a-z])(?![^.!?\n]{0,60}"
        r"(?:fonds (?:en )?euros?|livret))|"
        r"(?:your|my|the) capital is (?:100 ?% )?(?:protected|safe|secure)|capital[\s\-](?:protected|guaranteed)(?![a-z])|"
        # stop 26: the capital said wholly protected, the investment the safest ("capital fully protected", "the safest way
        # I know to beat inflation"): a risky investment made out riskless (COBS 4.2.1R; CAP 3.1 and 14.1; FTC Act § 5)
        r"capital (?:is |stays |remains )?(?:fully|completely|totally|entirely|always) (?:protected|guaranteed|safe|secure)(?![a-z])|"
        r"(?:the )?safest (?:way|investment|place|home|bet)s? (?:i know |there is |around )?(?:to|for) (?:invest|grow|beat|park|put|protect)|"
        r"garanti(?:e|s|es)? (?:\d+|de |a |sans)|guaranteed(?: [a-z]+){0,2} (?:returns?|profits?|gains?|income|"
        r"x ?\d+)|guaranteed|sans (?:aucun )?risque|risk[\s\-]free|no risk|zero risque|"
        # a multiple of the money ("x10", "5x"), not a CFD's leverage (« levier x30 », "30x leverage"): leverage is what
        # the product is, told in a loss or a risk warning, not a promised return (COBS 4.2; AMF position DOC-2019-01)
        r"(?<!levier )(?<!leverage )(?<!levier de )(?<!leverage of )(?<!margin )(?<!marge )x ?\d{1,3}(?!\d|[,.]\d)"
        r"(?! ?(?:leverage|levier|de levier|margin|€|euros?(?![a-z])|eur(?![a-z])))|"
        r"(?<!en )(?<!in )(?<!payable )(?<!payables )\d{1,3} ?x(?![a-z0-9])(?! ?(?:leverage|levier|de levier|margin))"
        # stop 30: a price paid in instalments (« payable en 3x sans frais », "pay in 4x"): a split payment, no multiple
        # of the money (C. consom. L312-4: instalments under three months without fees are no credit)
        r"(?! ?(?:sans frais|without fees|fee-free|interest-free|\(\d|[€$£] ?\d|\d[\d.,]* ?(?:€|euros?(?![a-z])|eur(?![a-z]))))|to the moon|100 ?% (?:de )?(?:rendement|gain|returns?|profit)|"
        r"(?:double|triple|doubler|tripler) (?:your|my|ton|votre|mon|son) (?:money|investment|capital|argent|"
        r"mise|investissement|portefeuille)|(?:get|getting) rich|(?:revenu|income) passi(?:f|ve)|passive income|"
        r"can't lose|impossible de perdre|easy money|argent facile|(?:literally |basically |litteralement |carrement )?free money(?![\-a-z])|"
        r"(?:de l'|l')argent gratuit|(?:money|earn|earning|gains?) while you sleep|en dormant|"
        r"pendant que (?:tu dors|vous dormez)|early investors (?:are|were) up|(?:up|gained|returned) \d{3,} ?%|"
        r"(?:made|earned|makes|earns) me [$£€]? ?\d+|avant l'envolee|va s'envoler|before (?:it|the price) (?:moons|pumps|explodes)|(?:va|vont|will|is going to|are going to|going to) (?:doubler|tripler|exploser|double|triple|explode|moon|pump)|\d+ ?% garanti(?:e|s|es)?|\d+ ?% (?:par|per|a|each|every) (?:mois|month|semaine|week|jour|day)|"
        # any verb of multiplying money, with the money it multiplies or the time it takes (word classes)
        + wordclasses.QUANTIFIED_RETURN + "|"
        # the listing price set against the entry price: the reader left to work out the multiple
        + wordclasses.LISTING_MATHS),
}
CONTENT_PATTERNS.update(supplement.PATTERNS)
CONTENT_PATTERNS.update(claims.PATTERNS)

#: the text points at the visible result of a beauty product (folded text)
BEAUTY_RESULT = (r"look (?:at|how) (?:my|this|her|his|the) (?:skin|face|lashes|hair|teeth|lips|glow|complexion)|flawless|poreless|"
                 # the result pointed at: "look at the length", "4 weeks in", "never looked this even"
                 r"look at (?:the|these|those|my|that|this) (?:length|volume|lash|lashes|glow|shine|difference|results?|curls|"
                 r"brows|finish|texture|skin|coverage|pigment|pigmentation|payoff|colou?r payoff|definition|hold)|"
                 # one application said to give what the picture shows ("just ONE coat", "no lash extensions", « une seule
                 # couche »): the picture is offered as the product's result (FTC Act § 5; CAP 3.1 and 3.11)
                 r"(?:just|only) (?:one|1|a single) (?:coat|swipe|layer)(?![a-z])|no (?:lash )?extensions|no falsies|"
                 # stop 28: a foundation's coverage shown with no concealer under it (one pump alone is how it is used)
                 r"no concealer(?![a-z])|"
                 r"(?:juste|seulement) (?:une|un|1) (?:seule? )?(?:couche|passage)(?![a-z])|sans (?:extensions?|faux cils)|"
                 r"day \d+ (?:of|with|on) (?:the|this|my|their)(?![a-z])|jour \d+ (?:de|avec|du|sous)(?![a-z])|(?:\d+|one|two|three|four|six|a few) (?:days?|weeks?|months?) in(?![a-z])|"
                 r"(?:my|her|his) (?:teeth|skin|lashes|hair|face|brows|smile) after|(?:has|have|had) never "
                 r"(?:looked|felt) (?:this|so|better)|n'a jamais ete aussi (?:belle|lisse|eclatante|douce)|"
                 r"before (?:and|&|/) after|after (?:\d+|one|two|three|four|a few) (?:days?|weeks?|months?)|(?:the |real |visible )results?|"
                 r"(?:wrinkles?|spots|acne|dark circles|pores) (?:gone|vanished|disappeared)|no more (?:wrinkles|acne|spots|dark circles)|"
                 r"regardez (?:ma|mon|mes) (?:peau|visage|cils|cheveux|dents)|resultats? (?:visibles?|bluffants?)|"
                 r"apres (?:\d+|une|deux|trois|quatre) (?:jours|semaines?|mois)|(?:peau|teint) parfaite?|"
                 # a before-and-after however it is written, a flaw said to be gone, a span of use of the product: the
                 # picture is offered as the product's result (FTC Act § 5; 16 CFR 255.2 typical results; CAP 3.1, 3.11)
                 r"before ?(?:and|&|/|vs\.?|-|\+) ?after|avant ?(?:et|&|/|-) ?apres|"
                 r"(?:wrinkles?|fine lines|spots|dark spots|acne|breakouts|blemishes|dark circles|pores|redness|pigmentation|"
                 r"rides|ridules|boutons|taches|cernes|rougeurs) (?:(?:are|is|have|has|been|literally|completely|totally|all|"
                 r"just|ont|sont|completement|totalement) )*(?:gone|vanished|disappeared|faded|erased|disparue?s?|effacee?s?|"
                 r"envolee?s?|estompee?s?)(?![a-z])|"
                 r"(?:\d+|one|two|three|four|six|a few) (?:days?|weeks?|months?) (?:of|on|using) (?:the|this|my|their|your|these)"
                 r"(?![a-z])|(?:\d+|une|deux|trois|quatre|six) (?:jours|semaines?|mois) (?:de|d'|avec|sous) ?(?:ce|cette|ces|la|le|"
                 r"les|leur|mon|ma|mes)(?![a-z])|"
                 # the body's result: weight lost, sizes dropped, "results speak for themselves" (16 CFR 255.2; CAP 13.1)
                 r"(?:lost|down|dropped|minus|perdu|moins|-) ?\d+(?:[.,]\d+)? ?(?:kg|kilos?|lbs?|pounds|stone|st|dress sizes?|"
                 r"sizes?|tailles?|inches|cm)(?![a-z])|results? speaks? for (?:themselves|itself)|(?:les )?resultats? parlent? "
                 r"d'eux-memes|no gym,? no diet|sans sport,? sans regime")
#: the retouch the text confines to what is not the product's effect: the lighting, the background, the sky, the crop
#: ("photo retouched for lighting", "edited the background", « retouchée pour la lumière »): it shows no effect of the
#: product it was not asked to show (CAP 3.1 and 3.11; ASA 2021 guidance: a filter misleads when it exaggerates the
#: product's effect; FTC Act § 5) — unless the text points at the result (``BEAUTY_RESULT``)
_SCOPE = (r"(?:the |la |le |l'|my |ma |mon )?(?:lighting|light|brightness|exposure|background|backdrop|sky|colou?r balance|"
          r"white balance|crop(?:ping)?|lumiere|eclairage|luminosite|exposition|fond|arriere-plan|decor|ciel|cadrage|"
          r"balance des blancs)(?![a-z])")
RETOUCH_SCOPE = (r"(?:retouch(?:ed|ing)?|edited|filtered|adjusted|tweaked|fixed|retouchee?s?|modifiee?s?|retravaillee?s?|"
                 r"corrigee?s?) (?:only |just |juste |uniquement |seulement )?(?:for|on|in|pour|sur|a) " + _SCOPE + r"|"
                 r"(?:retouched|edited|adjusted|tweaked|fixed|brightened|retouche|modifie|corrige|ajuste|eclairci) " + _SCOPE +
                 r"|(?:only|just|seulement|juste|uniquement) " + _SCOPE + r" (?:was |is |has been |a ete |est )?(?:retouch|edit|"
                 r"adjust|tweak|fix|retouche|modifie|corrige|ajuste)|"
                 # the scope first, the edit after it ("background edited", « fond retouché », "sky swapped")
                 + _SCOPE + r",? (?:only |just |seulement |uniquement )?(?:was |is |has been |a ete |est )?(?:edited|retouched|"
                 r"adjusted|tweaked|fixed|brightened|blurred|swapped|replaced|cleaned up|retouchee?s?|modifiee?s?|corrigee?s?|"
                 r"ajustee?s?|floutee?s?|remplacee?s?|eclaircie?s?)(?![a-z])")
#: a beauty or cosmetic product is promoted (folded text): a retouched picture then shows an effect
BEAUTY_PRODUCT = (r"foundation|mascara|serum|s[eé]rum|creme|cream|moisturi[sz]er|skin ?care|soins? (?:du visage|de la peau)|"
                  r"make[\s\-]?up|maquillage|(?:skin|face|cheek|lip|brow) tints?|(?:creme|soin|fluide|hydratant|base) teintee?|lipstick|lip (?:tint|gloss|oil|liner|stain|balm|plumper)s?|rouge a levres|concealer|anticernes|fond de teint|self[\s\-]?tan|"
                  # a tan out of a bottle ("tan express mousse", "fake tan", « mousse bronzante »)
                  r"(?:tan|tanning|bronzing) (?:[a-z]+ )?(?:mousse|foam|mist|drops|water|gel|spray)s?(?![a-z])|fake tan|faux tan|"
                  r"mousse bronzante|"
                  r"autobronzant|lashes|cils|brows|sourcils|wrinkles?|rides|anti[\s\-]?(?:age|ageing|aging|rides)|"
                  r"complexion|teint|teeth whitening|blanchiment|highlighter|blush|primer|contour(?:ing)?|"
                  r"hair (?:dye|colour|color|oil|serum|mask|spray|growth)|coloration|shampoo(?:ing)?|lotion|beauty(?! (?:filters?|mode|apps?|effects?))|beaute|"
                  r"cosmetics?|cosmetiques?|spf ?\d*|sunscreen|sun ?cream|creme solaire|tinted|glow drops|toner|"
                  r"cleanser|retinol|niacinamide|whitening|hyaluronic|acide hyaluronique|eye cream|contour des yeux|face mask|masque "
                  r"(?:visage|cheveux)|brow gel|nail (?:polish|varnish)|vernis|huile (?:capillaire|pour (?:les )?cheveux)|"
                  # a product sold for its effect on the body (slimming, weight, muscle, cellulite): a retouched body shown
                  # as its result exaggerates it the same way (FTC Act § 5 and 16 CFR 255.2 typical results; CAP 3.1 and
                  # 13.1 weight control; C. consom. L121-2)
                  r"(?:slimming|diet|detox|protein|meal[\s\-]?replacement|weight[\s\-]?loss) (?:shakes?|teas?|drinks?|gummies|pills?|"
                  r"powders?|bars?|plans?|programmes?|programs?|supplements?)|shakes?|fat[\s\-]?burners?|appetite suppressants?|"
                  r"waist (?:trainers?|cinchers?)|slimming|weight[\s\-]?loss|cellulite|tummy tea|flat tummy|"
                  r"minceur|amincissante?s?|bruleurs? de graisse|coupe[\s\-]faim|(?:the|tisane) detox|gaine amincissante|"
                  r"substituts? de repas|perte de poids|ventre plat")


# stop 29 (train21e/f): what a retailer's or a provider's own people say of the consumer's rights, of a delivery date, of a
# gift card, and a health professional's word in a medicine's advertisement

#: the consumer's rights in law said to come only with a paid cover ("add CareCover: without it, if it dies after 30 days
#: that's on you", « prenez l'extension, sinon vous n'êtes pas protégé »), or a written warranty said to be lost with
#: another brand's parts ("the warranty is void the second you use a non-brand filter"): the legal guarantee of conformity
#: runs without it (C. consom. L217-3 s., L121-4 10°; Consumer Rights Act 2015 ss. 19–24, DMCC Act 2024 Sch. 20 para 10;
#: Magnuson-Moss Warranty Act, 15 U.S.C. 2302(c), 16 CFR 700.10)
RIGHTS_MISSTATED = (
    r"without (?:it|one|them|this|cover|protection)[,;:]?[^.!?\n]{0,50}?(?:that's on you|that is on you|you're on your own|"
    r"you are on your own|no refunds?|no repairs?|(?:you're |you are |you aren't |you're not )?(?:not )?covered|tough luck|"
    r"out of luck|you're stuck|you pay (?:for )?(?:it|everything|the lot))|"
    r"(?:warranty|guarantee) (?:is|gets|becomes|will be|'s|would be) (?:void|voided|invalid|invalidated|cancelled)(?![a-z])"
    r"(?=[^.!?\n]{0,60}?(?:non[\s\-]?(?:brand|branded|genuine|oem|official)|third[\s\-]party|generic|another brand|other brand|"
    r"aftermarket|off[\s\-]brand|any other))|"
    r"sinon,? (?:vous n'etes|vous etes|tu n'es|tu es|t'es|on n'est|on est)(?: pas| plus)? (?:du tout )?(?:protege|couvert)(?:e|s|es)?(?![a-z])|"
    r"sans (?:elle|lui|l'extension|cette extension|extension|cette garantie|cette assurance|cette protection)[,;:]?[^.!?\n]{0,40}?"
    r"(?:pas (?:protege|couvert)|aucun recours|pour votre pomme|a vos frais|de votre poche|rien du tout)|"
    r"garantie (?:constructeur |fabricant |legale )?(?:est |sera |saute|tombe)?(?:annulee|caduque|perdue)?(?:[^.!?\n]{0,40}?)"
    r"(?:(?:filtre|piece|cartouche|accessoire)s? (?:d'une autre marque|generique|non d'origine|non officiel))")
#: a paid cover the post sells beside it (an extension, a care plan, a protection plan)
PAID_COVER = (r"(?:extension|extended warranty|cover|guard|protect|care|assurance|garantie|warranty|insurance|plan)")
#: a delivery date guaranteed ("Christmas delivery GUARANTEED", "Guaranteed by Christmas", « livraison garantie avant Noël »)…
DELIVERY_PROMISE = (r"(?:christmas|xmas|holiday|noel) delivery (?:is )?(?:guaranteed|garantie)|guaranteed (?:delivery |under the tree |"
                    r"to arrive |delivered |on your doorstep )?(?:by|for|before|"
                    r"in time for|on time for) (?:christmas|xmas|the holidays|the 2\dth|12/2\d|\d{1,2}(?:st|nd|rd|th)? dec)|"
                    r"livraison (?:garantie|assuree) (?:avant|pour) (?:noel|le 2\d)|livre(?:e|s|es)? (?:avant|pour) noel,? (?:c'est )?garanti|"
                    # stop 30 (holdout21b): "Guaranteed Christmas Eve delivery"
                    r"guaranteed (?:christmas|xmas|holiday|pre[\s\-]christmas)(?: eve| day)? delivery")
#: … that the post itself says will be missed ("the warehouse is drowning", "a week behind", « l'entrepôt est débordé »)
DELIVERY_BEHIND = (r"(?<![a-z])(?:(?:a |one |two |\d )?weeks? behind|days behind|drowning|backlog|won't (?:make|arrive|get there)|"
                   r"turns? up on the \d|turns? up after|arrives? (?:late|after christmas|on the 2\d)|shows? up (?:late|after)|"
                   r"nobody's saying|no one's saying|en retard|deborde|submerge|ne (?:sera|seront) pas livre|arrivera apres noel|"
                   # stop 30 (holdout21b): the guarantee taken back by its own small print (« *Délais indicatifs … aucune
                   # garantie de livraison avant le 25/12 », "*Delivery slots on 24 Dec are not guaranteed"), or shown
                   # impossible (orders taken after the warehouse closes): a qualification may not contradict the claim
                   # (CAP 3.9–3.10; C. consom. L121-2; 16 CFR 435.2(a): a shipping promise needs a reasonable basis)
                   r"(?:aucune|pas de|sans) garantie (?:de|sur la|sur les) (?:livraison|delais?|date)|delais? (?:de livraison )?(?:sont |donnes )?"
                   r"(?:a titre )?indicatifs?|(?:^|\n) ?\*[^\n]{0,40}?(?:delivery|deliveries|slots?|dates?|arrival)[^\n]{0,30}? (?:are|is) not guaranteed|"
                   r"(?:warehouse|depot|dispatch|fulfil?ment cent(?:er|re))(?: [a-z]+){0,2}? (?:closes|shuts|stops)(?![a-z]))")
#: a US gift card said to expire within five years of its issue ("our gift cards expire 12 months after purchase"):
#: Regulation E, 12 CFR 1005.20(e)(2) (the Credit CARD Act 2009)
GIFT_CARD_EXPIRY = (# stop 30: the card named first, its expiry told later in the sentence by a pronoun ("gift cards make the
                    # easiest stocking stuffer, just remember they expire 12 months after purchase")
                    r"gift ?cards?[^.!?\n]{0,80}?(?<![a-z])(?:they|these|which|that|those) (?:all )?(?:expire|run out|are only valid|"
                    r"are valid|only last|last)(?: [a-z]+){0,2}? (?:\d{1,2} (?:months?|weeks?|days?)|(?:one|two|three|four|a|1|2|3|4) "
                    r"years?)(?![a-z])|"
                    r"gift ?cards?(?: [a-z']+){0,4}? (?:expire|expires|expiring|run out|are only valid|are valid|only valid|valid|"
                    r"are good|good|last)(?: [a-z]+){0,2}? (?:\d{1,2} (?:months?|weeks?|days?)|(?:one|two|three|four|a|1|2|3|4) years?)(?![a-z])")
#: the author says they are a health professional ("I'm a pharmacist at X", « en tant que pharmacienne »)…
HEALTH_PROFESSIONAL = (r"(?<![a-z])(?:(?:i'm|i am|as) an? (?:(?:senior|practising|practicing|qualified|registered|community|"
                       r"lead) )?(?:pharmacist|doctor|gp|nurse|dentist|physician|midwife)|(?:en tant que|comme|je suis|moi,?) "
                       r"(?:pharmacien(?:ne)?|medecin|docteure?|infirmi(?:er|ere)|dentiste|sage-femme)|^pharmacien(?:ne)? (?:chez|a|au|de|d')|"
                       r"pharmacien(?:ne)? chez)")
#: … and recommends the product in their own voice ("I'd personally recommend", « je vous le recommande »)
PROFESSIONAL_RECOMMENDS = (r"(?<![a-z])(?:i(?:'d| would)? (?:personally |highly |really |strongly |always )?recommend|je (?:vous |te )?"
                           r"(?:le |la |les )?(?:recommande|conseille)|je ne (?:jure|conseille) que)(?![a-z])")
#: … in a post about a medicine (its sector read, or the medicine named by its form or its substance)
MEDICINE_NAMED = (r"(?<![a-z])(?:medicament|medicine|\d+ ?mg|nasal spray|spray nasal|comprimes?|gelules?|tablets?|capsules?|"
                  r"ibuprofen|ibuprofene|paracetamol|xylometazoline|loratadine|cetirizine|antihistamine|decongestant|sirop|syrup|"
                  r"this is a medicine|ceci est un medicament)")

MESSAGES.update({
    "sales_restocked": {
        "severity": "fail",
        "fr": "« {found} » : des soldes ne portent que sur des marchandises proposées à la vente et payées depuis au moins un "
              "mois ; un réassort fait pour les soldes n'en est pas.",
        "en": "“{found}”: French sales may bear only on goods offered for sale and paid for at least a month before they "
              "open; stock brought in for the sales is not such goods.",
        "fix_fr": "Ne présentez pas comme soldées des marchandises reçues pour les soldes.",
        "fix_en": "Do not present goods brought in for the sales as sale goods.",
    },
    "rights_misstated": {
        "severity": "fail",
        "fr": "« {found} » : la publication présente comme acquis grâce à une offre payante des droits que la loi donne déjà "
              "(garantie légale de conformité, garantie écrite), ou dit perdus des droits qui ne le sont pas.",
        "en": "“{found}”: the post presents rights the law already gives (the statutory guarantee, a written warranty) as "
              "coming only with a paid cover, or says they are lost when they are not.",
        "fix_fr": "Présentez l'extension pour ce qu'elle ajoute, sans dire que l'acheteur n'est pas protégé sans elle.",
        "fix_en": "Present the cover for what it adds, without saying the buyer is unprotected without it.",
    },
    "delivery_promise_false": {
        "severity": "fail",
        "fr": "« {found} » : une date de livraison garantie que la publication dit elle-même ne pas pouvoir tenir.",
        "en": "“{found}”: a delivery date guaranteed while the post itself says it will not be met.",
        "fix_fr": "Ne garantissez une date que si elle peut être tenue ; sinon donnez le délai réel.",
        "fix_en": "Guarantee a date only if it can be met; otherwise give the real delivery time.",
    },
    "credit_deferred_interest": {
        "severity": "fail",
        "fr": "« {found} » : une offre sans intérêts « si payé en totalité » qui ne dit pas que les intérêts courent depuis "
              "l'achat quand le solde n'est pas réglé à temps.",
        "en": "“{found}”: a deferred-interest offer (“no interest if paid in full”) that does not say interest will be "
              "charged from the purchase date if the balance is not paid in full within the period.",
        "fix_fr": "Ajoutez près de l'offre : « les intérêts seront facturés depuis la date d'achat si le solde n'est pas "
                  "réglé en totalité dans les N mois ».",
        "fix_en": "Add, close to the offer: “Interest will be charged to your account from the purchase date if the "
                  "promotional balance is not paid in full within 12 months.”",
    },
    "deposit_insurance_overstated": {
        "severity": "fail",
        "fr": "« {found} » : la garantie des dépôts annoncée dépasse le plafond légal (250 000 $ par déposant et par banque "
              "aux États-Unis, 85 000 £ au Royaume-Uni, 100 000 € en France).",
        "en": "“{found}”: the deposit insurance claimed exceeds the legal cap ($250,000 per depositor, per bank, per "
              "ownership category in the US; £85,000 in the UK; €100,000 in France).",
        "fix_fr": "Donnez le plafond légal de la garantie des dépôts.",
        "fix_en": "State the actual coverage limit (FDIC: $250,000 per depositor, per insured bank, per ownership category).",
    },
    "credit_rent_likened": {
        "severity": "fail",
        "fr": "« {found} » : la publicité d'un crédit immobilier ne peut assimiler les mensualités de remboursement à un loyer.",
        "en": "“{found}”: a home-loan advertisement may not liken its repayments to a rent.",
        "fix_fr": "Retirez la comparaison avec le loyer et donnez l'exemple représentatif du crédit (prêteur, TAEG, coût total).",
        "fix_en": "Remove the comparison with rent and give the loan's representative example.",
    },
    "tax_scheme_warning_missing": {
        "severity": "fail",
        "fr": "« {found} » : une publicité pour un investissement locatif défiscalisé doit dire que le non-respect des "
              "engagements de location entraîne la perte du bénéfice des incitations fiscales.",
        "en": "“{found}”: an advertisement for a tax-relief rental investment must say that failing the letting "
              "commitments loses the tax benefit.",
        "fix_fr": "Ajoutez : « Le non-respect des engagements de location entraîne la perte du bénéfice des incitations "
                  "fiscales. »",
        "fix_en": "Add: “Failing to meet the letting commitments means losing the tax benefit.”",
    },
    "lease_terms_missing": {
        "severity": "fail",
        "fr": "« {found} » : une location (leasing) annoncée par sa mensualité et sa durée doit dire qu'il s'agit d'une "
              "location et donner le montant dû à la signature, le nombre et la périodicité des loyers et le dépôt de garantie.",
        "en": "“{found}”: a lease advertised by its payment or its term must say it is a lease and give the total due at "
              "signing, the number, amount and timing of payments, and any security deposit.",
        "fix_fr": "Ajoutez : montant dû à la signature, nombre de loyers, dépôt de garantie éventuel.",
        "fix_en": "Add: “$X due at signing; 36 monthly payments of $329; no security deposit required.”",
    },
    "gift_card_expiry": {
        "severity": "fail",
        "fr": "« {found} » : aux États-Unis une carte cadeau ne peut expirer moins de cinq ans après son émission ou son "
              "dernier chargement.",
        "en": "“{found}”: in the US a store gift card may not expire less than five years after it was issued or last loaded.",
        "fix_fr": "Donnez la vraie durée de validité (cinq ans au moins).",
        "fix_en": "State the card's lawful validity (five years at least).",
    },
    "medicine_professional": {
        "severity": "fail",
        "fr": "« {found} » : une publicité pour un médicament auprès du public ne peut comporter la recommandation d'un "
              "professionnel de santé, même salarié du laboratoire et même avec les mentions obligatoires.",
        "en": "“{found}”: an advertisement for a medicine to the public may not carry a health professional's "
              "recommendation, even the maker's own employee's and even with the mandatory statements.",
        "fix_fr": "Présentez le médicament et ses mentions sans recommandation personnelle du professionnel de santé.",
        "fix_en": "Present the medicine and its statements without the health professional's personal recommendation.",
    },
})

#: UK: a broadband speed headlined "up to" a figure with nothing on the speed most users get at peak time (CAP 3.1 and 3.7;
#: CAP guidance on numerical speed claims in broadband advertising, 2018: the median download speed at peak time)
BROADBAND_UP_TO = (r"up to \d[\d,.]* ?(?:mbps|mb/s|mbit/s|gbps|gb/s|gbit/s|gig|meg)(?![a-z])|(?:speeds?|download) (?:of )?up to \d[\d,.]* ?"
                   r"(?:mb|gb)(?![a-z])")
BROADBAND_AVERAGE = r"(?<![a-z])(?:average|median|peak[\s\-]?time|typical|at peak|moyenne)(?![a-z])"
#: a purchase said to help an unnamed charity ("every purchase helps a children's charity", « une partie reversée à une
#: association »): the charity and what it gets from each sale must be said (CAP Code section 8, charity-linked promotions,
#: and 3.1; FTC Act § 5 and the states' commercial co-venturer laws; C. consom. L121-3)
CHARITY_VAGUE = (r"(?:helps?|supports?|benefits?|goes? to|go to|donated? to|gives? back to|reverse(?:e|s|es)? a|profite(?:nt)? a|"
                 r"soutien(?:t|nent)?) (?:a|an|une?|des|our|local|(?:a|an|une?) (?:[a-z'\-]+ ){0,2}?)(?:[a-z'\-]+ ){0,2}?(?:charity|charities|"
                 r"good cause|association|associations|oeuvre caritative|cause)(?![a-z])")
CHARITY_PURCHASE = (r"(?<![a-z])(?:every|each|any) (?:purchase|order|sale|item|box|basket)|per (?:purchase|order|sale)|through my link|"
                    r"(?:chaque|tout) (?:achat|commande|article)|portion of|part of (?:the )?(?:proceeds|profits|sales)|"
                    r"(?:une )?partie (?:des|du) (?:benefices|ventes|prix)")
CHARITY_TERMS = (r"(?<![a-z])(?:\d+ ?(?:%|p|pence|cents?|centimes)|[$€] ?\d|\d+ ?€|registered charity|charity (?:no|number)|"
                 r"reconnue d'utilite publique)")
#: France: a medical device advertised to the public (hearing aids, prescription glasses, contact lenses)…
DEVICE_FR = (r"(?<![a-z])(?:aides? auditives?|appareils? auditifs?|appareillage auditif|audioprothes\w*|lunettes de vue|verres? "
             r"(?:correcteurs?|progressifs?|unifocaux|de vue)|lentilles de contact)")
#: … without the statement its advertisement carries (C. santé publ. L5213-1 s. and R5213-1 s.: a medical device, CE marking,
#: read the instructions, ask a health professional)
DEVICE_FR_MENTION = (r"(?<![a-z])(?:dispositifs? medicaux?|marquage ce|lisez attentivement (?:la notice|les instructions)|notice d'utilisation|"
                     r"demandez conseil a (?:un|votre) (?:professionnel|opticien|audioprothesiste))")

MESSAGES.update({
    "broadband_speed": {
        "severity": "fail",
        "fr": "« {found} » : au Royaume-Uni une vitesse de connexion se présente par le débit médian aux heures de pointe, "
              "pas par un « jusqu'à ».",
        "en": "“{found}”: in the UK a broadband speed claim must be based on the median download speed at peak time, not an "
              "“up to” figure.",
        "fix_fr": "Donnez le débit médian aux heures de pointe (« débit moyen de 900 Mb/s aux heures de pointe »).",
        "fix_en": "Give the median peak-time speed (“average download speed of 900Mbps at peak time”).",
    },
    "charity_vague": {
        "severity": "fail",
        "fr": "« {found} » : une offre liée à une œuvre caritative doit nommer l'association et dire ce qu'elle reçoit de "
              "chaque achat.",
        "en": "“{found}”: a charity-linked promotion must name the charity and say how much of each purchase it receives.",
        "fix_fr": "Nommez l'association et la part reversée (« 2 € par commande reversés à X »).",
        "fix_en": "Name the charity and its share (“£2 from every order goes to X, registered charity no. …”).",
    },
    "device_mentions_missing": {
        "severity": "fail",
        "fr": "« {found} » : une publicité pour un dispositif médical (aides auditives, verres correcteurs, lentilles) "
              "auprès du public porte la mention « dispositif médical, marquage CE, lisez attentivement la notice, demandez "
              "conseil à un professionnel de santé ».",
        "en": "“{found}”: in France an advertisement for a medical device (hearing aids, prescription lenses) to the public "
              "carries its statement: a medical device bearing the CE mark, read the instructions, ask a health professional.",
        "fix_fr": "Ajoutez : « Ce dispositif médical est un produit de santé réglementé portant le marquage CE. Lisez "
                  "attentivement la notice. Demandez conseil à un professionnel de santé. »",
        "fix_en": "Add the French statement: « Ce dispositif médical … marquage CE. Lisez attentivement la notice. Demandez "
                  "conseil à un professionnel de santé. »",
    },
})
