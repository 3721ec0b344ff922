"""Messages and fixes shared by every pack (a pack may override any of them).

Placeholders: ``{brand}``, ``{network}``, ``{cut}``, ``{found}``, ``{lang}``, ``{limit}``,
``{length}``, ``{sector}``.
"""

MESSAGES = {
    "commercial_missing": {
        "fr": "Vous êtes rémunéré·e (argent, produit, points, cadeau…) : la mention commerciale manque.",
        "en": "You receive something for this post (money, product, points, gift…): the commercial disclosure is missing.",
        "fix_fr": "Commencez le post par « Collaboration commerciale avec {brand} » ou « Publicité ».",
        "fix_en": "Start the post with “Ad: paid partnership with {brand}”.",
    },
    "commercial_insufficient": {
        "fr": "« {found} » n'est pas une mention commerciale claire : le lecteur ne comprend pas qu'il s'agit de publicité.",
        "en": "“{found}” is not a clear disclosure: readers cannot tell this is advertising.",
        "fix_fr": "Remplacez-la par « Collaboration commerciale avec {brand} » ou « Publicité », en début de post.",
        "fix_en": "Replace it with “Ad” or “Paid partnership with {brand}” at the start of the post.",
    },
    "commercial_weak": {
        "fr": "« {found} » est une mention faible : elle peut ne pas être comprise par ce public.",
        "en": "“{found}” is a weak disclosure: this audience may not understand it.",
        "fix_fr": "Préférez « Publicité » ou « Collaboration commerciale avec {brand} ».",
        "fix_en": "Prefer “Ad” or “Paid partnership with {brand}”.",
    },
    "relationship_missing": {
        "fr": "Vous travaillez pour {brand} : dites-le dans le post (une bio ne suffit pas).",
        "en": "You work for {brand}: say so in the post itself (a profile bio is not enough).",
        "fix_fr": "Ajoutez en début de post « Je travaille chez {brand} ».",
        "fix_en": "Add “I work at {brand}” at the start of the post.",
    },
    "relationship_insufficient": {
        "fr": "« {found} » ne dit pas clairement que vous êtes salarié·e de {brand}.",
        "en": "“{found}” does not clearly say that you are employed by {brand}.",
        "fix_fr": "Écrivez « Je travaille chez {brand} ».",
        "fix_en": "Write “I work at {brand}” or use #{brand}Employee.",
    },
    "salary_review": {
        "fr": "Salarié·e sans autre contrepartie : le salaire seul est un cas ambigu, un relecteur doit valider.",
        "en": "Employee with no other reward: salary alone is an ambiguous case, a reviewer must confirm.",
        "fix_fr": "Ajoutez « Collaboration commerciale » pour lever le doute, ou faites relire le post.",
        "fix_en": "Add “Ad” to remove the doubt, or have the post reviewed.",
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
    "denial_while_employee": {
        "fr": "« {found} » nie tout lien commercial alors que vous êtes salarié·e de la marque.",
        "en": "“{found}” denies any commercial link although you work for the brand.",
        "fix_fr": "Supprimez ce démenti et indiquez votre lien avec {brand}.",
        "fix_en": "Remove the denial and state your connection to {brand}.",
    },
    "image_retouched_missing": {
        "fr": "L'image a été retouchée (corps ou visage) : la mention « Image retouchée » est obligatoire.",
        "en": "The image was retouched (body or face): a “Retouched image” label is required.",
        "fix_fr": "Ajoutez « Image retouchée ».",
        "fix_en": "Add “Retouched image”.",
    },
    "image_virtual_missing": {
        "fr": "L'image est générée (visage ou corps virtuel) : la mention « Image virtuelle » est obligatoire.",
        "en": "The image is generated (virtual face or body): a “Virtual image” label is required.",
        "fix_fr": "Ajoutez « Image virtuelle ».",
        "fix_en": "Add “Virtual image (AI-generated)”.",
    },
    "sector_banned": {
        "fr": "La promotion de ce secteur ({sector}) est interdite.",
        "en": "Promoting this sector ({sector}) is prohibited.",
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
        "fr": "Jeux d'argent : la mention d'interdiction aux mineurs manque.",
        "en": "Gambling: the age restriction (18+) is missing.",
        "fix_fr": "Ajoutez « Interdit aux moins de 18 ans ».",
        "fix_en": "Add “18+ only”.",
    },
    "sector_health_missing": {
        "fr": "Alcool : le message sanitaire obligatoire manque.",
        "en": "Alcohol: the mandatory health message is missing.",
        "fix_fr": "Ajoutez « L'abus d'alcool est dangereux pour la santé, à consommer avec modération. »",
        "fix_en": "Add a responsible-drinking message.",
    },
    "sector_suspected": {
        "fr": "Le texte évoque un secteur interdit ou réglementé (« {found} ») : un relecteur doit valider.",
        "en": "The text mentions a banned or regulated sector (“{found}”): a reviewer must confirm.",
        "fix_fr": "Faites relire le post par la conformité.",
        "fix_en": "Have the post reviewed by compliance.",
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
}

#: the age mention a gambling post needs, and the alcohol health message (folded text)
AGE_MENTION = r"18 ?\+|\+ ?18|-18\b|\b(?:moins de|under|over|plus de) 18|\b18 (?:ans|and over|or over|years)|\bmineurs\b|\b21 ?\+"
HEALTH_MESSAGE = r"abus d'alcool est dangereux|a consommer avec moderation|drink ?aware|drink responsibly|please enjoy responsibly"
