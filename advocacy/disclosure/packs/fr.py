"""France — loi n° 2023-451 du 9 juin 2023 (art. 4 et 5), modifiée par l'ordonnance n° 2024-978
du 6 novembre 2024 (art. 5-2); pratique ARPP (fiche pratique du 29 mai 2024); guide DGCCRF;
directive 2005/29/CE annexe I point 22 (se faire passer pour un consommateur).

Les formulations ci-dessous sont celles de langue française ; les formulations anglaises
(``us.py``) comptent aussi, mais une formulation anglaise dans un post français est « dans une
autre langue » — sauf les exceptions de ``FOREIGN``.
"""
from advocacy.disclosure.packs import wording as w

JURISDICTION = "fr"
LANG = "fr"
NAME = {"fr": "France", "en": "France"}

L2023 = "Loi n° 2023-451, art. 5, mod. ord. n° 2024-978 (art. 5-2)"
RULES = {
    "commercial_missing": {"severity": "fail", "reference": L2023 + " ; ARPP fiche pratique 29/05/2024"},
    "commercial_insufficient": {"severity": "fail", "reference": L2023 + " ; ARPP : #sp, #collab, « merci à » ne suffisent pas"},
    "commercial_weak": {"severity": "warn", "reference": "ARPP fiche pratique 29/05/2024 (« #ad » faible pour un public français)"},
    "relationship_missing": {"severity": "fail", "reference": "Directive 2005/29/CE annexe I pt 22 ; C. consom. L121-4 22°"},
    "relationship_insufficient": {"severity": "fail", "reference": "Directive 2005/29/CE annexe I pt 22 ; C. consom. L121-4 22°"},
    "salary_review": {"severity": "warn", "reference": "DGCCRF : toute contrepartie ; salaire seul = cas ambigu"},
    "mention_after_cut": {"severity": "fail", "reference": L2023 + " (mention claire, lisible, identifiable)"},
    "mention_in_hashtag_wall": {"severity": "fail", "reference": L2023 + " (mention claire, lisible, identifiable)"},
    "mention_hidden": {"severity": "fail", "reference": L2023 + " (mention claire, lisible, identifiable)"},
    "mention_language": {"severity": "fail", "reference": L2023 + " (mention compréhensible) ; loi n° 94-665 (Toubon)"},
    "mention_invisible": {"severity": "fail", "reference": L2023 + " (mention lisible)"},
    "denial_while_rewarded": {"severity": "fail", "reference": "C. consom. L121-2 et L121-4 11° ; " + L2023},
    "denial_while_employee": {"severity": "warn", "reference": "C. consom. L121-4 22°"},
    "image_retouched_missing": {"severity": "fail", "reference": "Loi n° 2023-451, art. 5 III 1° (« Image retouchée »)"},
    "image_virtual_missing": {"severity": "fail", "reference": "Loi n° 2023-451, art. 5 III 2° (« Image virtuelle »)"},
    "sector_banned": {"severity": "fail", "reference": "Loi n° 2023-451, art. 4"},
    "sector_restricted": {"severity": "warn", "reference": "Loi n° 2023-451, art. 4 ; C. santé publ. L3323-2 (Evin)"},
    "sector_age_missing": {"severity": "fail", "reference": "Loi n° 2023-451, art. 4 II (jeux d'argent : mineurs exclus, mention)"},
    "sector_health_missing": {"severity": "fail", "reference": "C. santé publ. L3323-4 (message sanitaire)"},
    "sector_suspected": {"severity": "warn", "reference": "Loi n° 2023-451, art. 4"},
    "length_over_limit": {"severity": "fail", "reference": "Limite du réseau"},
    "network_unknown": {"severity": "warn", "reference": "—"},
}

# Sector → (status, condition). Conditions: "age" (a mention that minors are excluded),
# "health" (the alcohol health message).
SECTORS = {
    "cosmetic_surgery": ("banned", None),      # art. 4 I : actes à visée esthétique
    "therapeutic": ("banned", None),           # art. 4 I : abstention thérapeutique
    "nicotine": ("banned", None),              # art. 4 I : produits contenant de la nicotine
    "tobacco": ("banned", None),
    "wild_animals": ("banned", None),          # art. 4 I : animaux hors liste autorisée
    "financial_cfd": ("banned", None),         # art. 4 I : contrats financiers (CFD à effet de levier)
    "betting_tips": ("banned", None),          # art. 4 I : abonnements à des pronostics sportifs
    "crypto": ("restricted", None),            # art. 4 : prestataires enregistrés/agréés AMF seulement
    "gambling": ("restricted", "age"),         # art. 4 II : plateformes excluant les mineurs
    "alcohol": ("restricted", "health"),       # loi Evin
    "medicine": ("restricted", None),
    "financial": ("restricted", None),
}

# The other language's wordings that this jurisdiction treats differently in a French post.
FOREIGN = {
    "en.ad_hashtag": "weak",   # ARPP : « #ad » est faible pour un public français
    "en.ad_label": "weak",
}

_SEP_NEG = "(?!(?:alle|passe|venu|retourne|rentre|arrive|reste|tombe|ravie?|fiere?|heureuse|heureux)s?e?s? )"

WORDINGS = [
    # --- mention commerciale : acceptées ------------------------------------------------
    w("fr.collaboration_commerciale", "commercial", "accepted", r"collaborations? commerciales?", lang="fr",
      example="Collaboration commerciale avec Acme"),
    w("fr.collaboration_remuneree", "commercial", "accepted", r"collaborations? (?:remuneree|payee|sponsorisee)s?", lang="fr"),
    w("fr.publicite", "commercial", "accepted", r"publicites?", lang="fr", example="Publicité"),
    w("fr.partenariat_qualifie", "commercial", "accepted",
      r"partenariats? (?:remunere|commercial|publicitaire|sponsorise|paye|avec|entre)s?", lang="fr",
      example="En partenariat avec Acme / Partenariat rémunéré"),
    w("fr.sponsorise", "commercial", "accepted", r"sponsorise(?:e|s|es)?", lang="fr", example="Sponsorisé par Acme"),
    w("fr.contenu_sponsorise", "commercial", "accepted", r"contenus? (?:publicitaire|commercial|remunere|sponsorise)s?", lang="fr"),
    w("fr.message_publicitaire", "commercial", "accepted", r"(?:message|communication|annonce)s? publicitaires?", lang="fr"),
    w("fr.placement_produit", "commercial", "accepted", r"placements? de produits?", lang="fr"),
    w("fr.remunere", "commercial", "accepted", r"remunere(?:e|s|es)?", lang="fr", example="Post rémunéré par Acme"),
    w("fr.paye_par", "commercial", "accepted", r"paye(?:e|s|es)? (?:par|pour)", lang="fr"),
    # --- mention commerciale : faibles (avertissement) ------------------------------------
    w("fr.pub_hashtag", "commercial", "weak", r"#pub", lang="fr", example="#pub"),
    w("fr.pub_label", "commercial", "accepted", r"pub(?=\s*[:|\]\)\-])", lang="fr", example="Pub : …"),
    w("fr.produit_offert", "commercial", "weak", r"(?:produits?|cadeaux?|echantillons?) offerts? (?:par|gracieusement)", lang="fr"),
    w("fr.offert_par", "commercial", "weak", r"offerte?s? par", lang="fr"),
    w("fr.lien_affilie", "commercial", "weak", r"liens? (?:affilie|d'affiliation|commissionne)s?", lang="fr"),
    w("fr.affiliation", "commercial", "weak", r"#affiliation", lang="fr"),
    # --- formulations insuffisantes -------------------------------------------------------
    w("fr.partenariat_seul", "ambiguous", "insufficient", r"partenariats?", lang="fr", signal=True, example="#partenariat"),
    w("fr.partenaire", "ambiguous", "insufficient", r"partenaires?", lang="fr", example="#partenaire"),
    w("fr.collaboration_seule", "ambiguous", "insufficient", r"collaborations?", lang="fr", signal=True,
      example="En collaboration avec Acme"),
    w("fr.sponso", "ambiguous", "insufficient", r"#sponso", lang="fr", signal=True),
    w("fr.ambassadeur", "ambiguous", "insufficient", r"ambassad(?:eur|rice)s?", lang="fr", example="#ambassadrice"),
    w("fr.merci", "ambiguous", "insufficient", r"merci", lang="fr", example="Merci à Acme"),
    w("fr.association", "ambiguous", "insufficient", r"association avec", lang="fr", before=r"\ben\s+$"),
    # --- mots commerciaux (ne comptent pas comme mention ; niés, ce sont des démentis) -----
    w("fr.mot_pub", "word", "none", r"pubs?", lang="fr"),
    w("fr.mot_sponsor", "word", "none", r"sponso\w*", lang="fr"),
    w("fr.mot_paye", "word", "none", r"paye(?:e|s|es)?", lang="fr"),
    w("fr.mot_contrepartie", "word", "none", r"contreparties?", lang="fr"),
    w("fr.mot_affiliation", "word", "none", r"affili\w*", lang="fr"),
    # --- démentis explicites ----------------------------------------------------------------
    w("fr.dementi_hashtag", "denial", "none", r"#(?:pas|non) ?(?:de ?)?(?:pub|sponso\w*|partenariat|collab\w*)", lang="fr",
      example="#passponso"),
    w("fr.dementi_personne", "denial", "none", r"personne ne me (?:paie|paye|sponsorise|remunere)", lang="fr"),
    w("fr.dementi_aucun_lien", "denial", "none", r"aucun (?:lien|partenariat|contrat|sponsor)\w*", lang="fr"),
    w("fr.dementi_achete", "denial", "none",
      r"(?:achete|achetee|paye|payee) (?:avec mon propre argent|avec mes propres sous|de ma poche|moi-meme|par moi-meme)",
      lang="fr", example="Acheté avec mon propre argent"),
    # --- lien avec l'employeur ----------------------------------------------------------------
    w("fr.travaille", "relationship", "accepted", r"travaill(?:e|es|ons|ez|ent|ais|ait|e depuis)",
      lang="fr", before=r"(?:\bje|\bj'y|\bnous|\bj'ai|\bj'y ai|\bon)\s+$", example="Je travaille chez Acme"),
    w("fr.bosse", "relationship", "accepted", r"bosse", lang="fr", before=r"\b(?:je|j'y)\s+$"),
    w("fr.travailler", "relationship", "accepted", r"travailler (?:chez|pour|au sein)", lang="fr",
      before=r"\b(?:de|d'|d)\s*$", example="Fière de travailler chez Acme"),
    w("fr.rejoint", "relationship", "accepted", r"rejoint (?:l'equipe|l'entreprise|la societe|la team|le groupe)", lang="fr",
      before=r"\b(?:j'ai|je viens de|nous avons|avoir)\s+$"),
    w("fr.salarie", "relationship", "accepted", r"salarie(?:e|\(e\))?", lang="fr", example="Salariée d'Acme"),
    w("fr.employe", "relationship", "accepted", r"employe(?:e|\(e\))?", lang="fr"),
    w("fr.employeur", "relationship", "accepted", r"employeur", lang="fr", before=r"\b(?:mon|notre)\s+$",
      example="mon employeur"),
    w("fr.collaborateur", "relationship", "accepted", r"collaborat(?:eur|rice) (?:de|d'|chez)", lang="fr"),
    w("fr.fais_partie", "relationship", "accepted", r"fais partie (?:de|d'|du)", lang="fr", before=r"\bje\s+$"),
    w("fr.collegues", "relationship", "accepted", r"collegues (?:de|d'|chez)", lang="fr", before=r"\bmes\s+$"),
    w("fr.equipe_chez", "relationship", "accepted", r"equipe (?:chez|de|d')", lang="fr", before=r"\bmon\s+$", scan=True),
    w("fr.je_suis_chez", "relationship", "accepted",
      r"je suis (?:un |une |en poste |le |la |l')?" + _SEP_NEG + r"(?:[a-z'\-]+ ){0,3}chez [a-z0-9@]", lang="fr", scan=True,
      example="Je suis ingénieure chez Acme"),
    w("fr.chez_depuis", "relationship", "accepted",
      r"chez [a-z0-9@&'\-]+ depuis (?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plus de \d+) (?:ans?|mois|annees?)",
      lang="fr", scan=True, example="Chez Acme depuis 5 ans, je vous présente…"),
    w("fr.hashtag_salarie", "relationship", "accepted", r"#[a-z0-9_]+(?:salarie|employe)e?s?(?![a-z0-9])", lang="fr", scan=True),
    w("fr.hashtag_salarie_de", "relationship", "accepted", r"#(?:salarie|employe|collaborat(?:eur|rice))e?s?[a-z0-9_]+", lang="fr",
      scan=True, example="#SalariéAcme"),
    # --- images --------------------------------------------------------------------------------
    w("fr.retouchee", "retouched", "accepted", r"retouch\w*", lang="fr", example="Image retouchée"),
    w("fr.virtuelle", "virtual", "accepted", r"virtuel(?:le)?s?", lang="fr",
      before=r"\b(?:image|photo|visuel|personnage|avatar|mannequin|modele|influenceuse|influenceur|corps|visage)s?\s+$",
      example="Image virtuelle"),
    w("fr.generee_ia", "virtual", "accepted",
      r"(?:generee?s?|creee?s?|realisee?s?|fabriquee?s?) (?:par|avec|grace a) (?:l'|une |un )?(?:ia|intelligence artificielle)",
      lang="fr", example="Image générée par IA"),
    w("fr.hashtag_virtuelle", "virtual", "accepted", r"#imagevirtuelle", lang="fr"),
]
