"""The demo charter: French text (authoritative) and its English translation."""

TITLE = "Charte d'expression des collaborateurs sur les réseaux sociaux"
TITLE_EN = "Employee expression charter for social networks"

CLAUSES = [
    {
        "key": "objet",
        "title": "Objet et esprit du programme",
        "body": (
            "La présente charte encadre le programme par lequel les collaborateurs qui le souhaitent "
            "partagent, sur leurs propres comptes, des contenus relatifs à l'entreprise.\n\n"
            "Elle a été rédigée conjointement par la direction des ressources humaines et les membres du "
            "comité social et économique (CSE), consulté en application de l'article L2312-38 du Code du "
            "travail avant la mise en place de l'outil. Le logiciel Porte-voix applique automatiquement les "
            "règles chiffrées figurant dans la politique du programme annexée à la charte."
        ),
        "title_en": "Purpose and spirit of the program",
        "body_en": (
            "This charter governs the program through which employees who wish to do so share, on their own "
            "accounts, content about the company.\n\n"
            "It was written jointly by the HR department and the members of the works council (CSE), consulted "
            "under article L2312-38 of the French Labour Code before the tool was put in place. The Porte-voix "
            "software automatically applies the figures set in the program policy annexed to the charter."
        ),
    },
    {
        "key": "volontariat",
        "title": "Participation volontaire, sans sanction",
        "body": (
            "La participation est **entièrement libre**. Ne pas participer, participer peu ou quitter le "
            "programme n'a **aucune conséquence** sur l'évaluation, la rémunération, l'évolution de carrière "
            "ou les conditions de travail.\n\n"
            "- aucun manager ne reçoit de liste nominative de qui partage ou ne partage pas ;\n"
            "- aucun objectif individuel de partage n'est fixé ;\n"
            "- aucun indicateur du programme ne sert à évaluer une personne."
        ),
        "title_en": "Voluntary participation, no sanction",
        "body_en": (
            "Taking part is **entirely free**. Not taking part, taking little part or leaving the program has "
            "**no consequence** on appraisal, pay, career or working conditions.\n\n"
            "- no manager receives a list of who shares and who does not;\n"
            "- no individual sharing target is set;\n"
            "- no program indicator is used to evaluate a person."
        ),
    },
    {
        "key": "vie-privee",
        "title": "Frontière entre vie professionnelle et vie privée",
        "body": (
            "Les comptes utilisés restent **personnels** : l'entreprise n'y a aucun accès et ne demande ni "
            "identifiant ni mot de passe. Chacun reste libre de reformuler, de commenter ou de ne pas relayer "
            "un contenu.\n\n"
            "Conformément au droit à la déconnexion (article L2242-17 du Code du travail), aucune sollicitation "
            "du programme (notification, rappel, nouveau kit) n'est envoyée pendant les heures calmes fixées "
            "dans la politique, ni au-delà du nombre maximal de sollicitations par semaine."
        ),
        "title_en": "Boundary between work and private life",
        "body_en": (
            "The accounts used remain **personal**: the company has no access to them and asks for no login or "
            "password. Everyone remains free to rephrase, comment on or not relay a piece of content.\n\n"
            "In line with the right to disconnect (article L2242-17 of the French Labour Code), no program "
            "solicitation (notification, reminder, new kit) is sent during the quiet hours set in the policy, "
            "nor beyond the maximum number of solicitations per week."
        ),
    },
    {
        "key": "reserve",
        "title": "Ce qui ne peut pas être dit",
        "body": (
            "Les collaborateurs s'expriment en leur nom propre et ne parlent pas au nom de l'entreprise. "
            "Ne sont jamais publiés :\n\n"
            "- les informations confidentielles ou non publiques (résultats, projets, appels d'offres, "
            "organisation interne) ;\n"
            "- le nom, les projets ou les données d'un client ou d'un partenaire sans son accord écrit ;\n"
            "- les propos dénigrants envers des collègues, des clients ou des concurrents ;\n"
            "- les données personnelles de tiers.\n\n"
            "La liberté d'expression des salariés et des représentants du personnel, y compris syndicale, "
            "n'est en rien restreinte par cette charte en dehors du programme."
        ),
        "title_en": "What may not be said",
        "body_en": (
            "Employees speak in their own name and do not speak on behalf of the company. The following are "
            "never published:\n\n"
            "- confidential or non-public information (results, projects, tenders, internal organisation);\n"
            "- the name, projects or data of a client or partner without their written consent;\n"
            "- disparaging remarks about colleagues, clients or competitors;\n"
            "- personal data of third parties.\n\n"
            "Outside the program, this charter in no way restricts the freedom of expression of employees and "
            "staff representatives, including trade-union expression."
        ),
    },
    {
        "key": "transparence",
        "title": "Transparence : les mentions obligatoires",
        "body": (
            "Tout partage indique clairement le lien avec l'entreprise, en tête de publication (par exemple "
            "« Je travaille chez … »). Une mention dans la biographie du profil ne suffit pas.\n\n"
            "Si le programme accorde une contrepartie, quelle qu'elle soit (points échangeables, cadeaux, "
            "lots), chaque publication porte en outre la mention « Publicité » ou « Collaboration "
            "commerciale », conformément à la loi n° 2023-451 du 9 juin 2023. Le vérificateur de Porte-voix "
            "signale les mentions manquantes, mal placées ou peu lisibles avant publication."
        ),
        "title_en": "Transparency: mandatory disclosures",
        "body_en": (
            "Every share clearly states the link with the company, at the top of the post (for example "
            "\"I work at …\"). A mention in the profile bio is not enough.\n\n"
            "If the program gives any consideration (redeemable points, gifts, prizes), every post also "
            "carries the mention \"Publicité\" or \"Collaboration commerciale\" (advertising), as required by "
            "French law 2023-451 of 9 June 2023. The Porte-voix checker flags missing, misplaced or illegible "
            "mentions before publication."
        ),
    },
    {
        "key": "donnees",
        "title": "Données traitées et durées de conservation",
        "body": (
            "Conformément à l'article L1222-4 du Code du travail, seules les données listées ici sont "
            "collectées :\n\n"
            "- l'adresse des publications que le collaborateur enregistre lui-même ;\n"
            "- les indicateurs publics de ces publications (réactions, partages, commentaires), s'il y a "
            "consenti ;\n"
            "- le nombre de clics sur ses liens suivis, s'il y a consenti ;\n"
            "- ses consentements et leurs retraits.\n\n"
            "Les données de suivi sont effacées à l'expiration de la durée de conservation fixée dans la "
            "politique, comptée à partir du partage ou du départ du programme. Chacun peut consulter, "
            "exporter ou effacer ses données à tout moment depuis son espace."
        ),
        "title_en": "Data processed and retention periods",
        "body_en": (
            "In line with article L1222-4 of the French Labour Code, only the data listed here are collected:\n\n"
            "- the address of the posts the employee registers themselves;\n"
            "- the public metrics of those posts (reactions, reposts, comments), if they consented;\n"
            "- the number of clicks on their tracked links, if they consented;\n"
            "- their consents and withdrawals.\n\n"
            "Tracking data are erased when the retention period set in the policy expires, counted from the "
            "share or from leaving the program. Everyone can view, export or erase their data at any time from "
            "their own page."
        ),
    },
    {
        "key": "indicateurs",
        "title": "Annexe : indicateurs autorisés",
        "body": (
            "Seuls les indicateurs listés dans l'annexe de la politique sont calculés, à la granularité qui y "
            "est fixée (organisation ou équipe). Tout chiffre portant sur un groupe plus petit que la taille "
            "minimale fixée est masqué. Aucun indicateur n'est calculé par personne, hormis ceux que chacun "
            "voit sur lui-même. Un classement nominatif n'existe que pour les personnes qui l'ont demandé.\n\n"
            "La DRH et les élus du CSE ont accès aux mêmes indicateurs agrégés."
        ),
        "title_en": "Annex: authorised indicators",
        "body_en": (
            "Only the indicators listed in the policy annex are computed, at the granularity set there "
            "(organisation or team). Any figure about a group smaller than the minimum size is suppressed. No "
            "indicator is computed per person, except those everyone sees about themselves. A leaderboard with "
            "names only includes people who asked to appear on it.\n\n"
            "HR and the works council members see the same aggregate indicators."
        ),
    },
    {
        "key": "retrait",
        "title": "Retrait",
        "body": (
            "Chacun peut retirer un consentement ou quitter le programme en un clic, aussi facilement qu'il l'a "
            "rejoint. Le retrait arrête immédiatement tout suivi ; les données de suivi sont effacées selon la "
            "politique. Quitter le programme ne supprime pas les publications déjà faites : elles restent la "
            "propriété de leur auteur, qui peut les retirer s'il le souhaite."
        ),
        "title_en": "Withdrawal",
        "body_en": (
            "Anyone can withdraw a consent or leave the program in one click, as easily as they joined. "
            "Withdrawal immediately stops all tracking; tracking data are erased according to the policy. "
            "Leaving the program does not delete posts already made: they remain their author's, who may "
            "remove them if they wish."
        ),
    },
    {
        "key": "revision",
        "title": "Suivi et révision de la charte",
        "body": (
            "Le programme fait l'objet d'un bilan annuel présenté au CSE. Toute modification de la charte ou de "
            "sa politique suit la même procédure de co-rédaction et de co-signature. Lorsqu'une nouvelle "
            "version entre en vigueur, la participation de chacun est suspendue jusqu'à ce qu'il l'ait lue et "
            "acceptée."
        ),
        "title_en": "Follow-up and revision of the charter",
        "body_en": (
            "The program is reviewed every year before the works council. Any change to the charter or its "
            "policy follows the same co-drafting and co-signature procedure. When a new version comes into "
            "force, everyone's participation is paused until they have read and accepted it."
        ),
    },
]

POLICY = {
    "quiet_hours": {"start": "19:00", "end": "08:00", "weekends": True, "holidays": "FR"},
    "max_solicitations_per_week": 3,
    "rewards": False,
    "allowed_networks": ["linkedin", "bluesky", "mastodon", "x"],
    "retention_days": 365,
    "quorum": {"hr": 1, "staff_rep": 2},
    "kpi_annex": {
        "kpis": ["participation_rate", "active_engagement_rate", "retention", "contribution", "shares", "clicks",
                 "click_rate", "reactions_per_share", "comments", "measured_reach", "potential_reach",
                 "trust_score", "engagement_pyramid", "wellbeing_quiet_hours_share", "wellbeing_solicitations"],
        "granularity": "team",
        "min_group_size": 5,
        "pulse_questions": [
            {"key": "trust_data", "fr": "J'ai confiance dans l'usage qui est fait des données du programme.",
             "en": "I trust how the program's data is used."},
            {"key": "free_choice", "fr": "Je me sens libre de participer ou non, sans conséquence.",
             "en": "I feel free to take part or not, without consequences."},
            {"key": "own_voice", "fr": "Les kits me laissent m'exprimer avec mes propres mots.",
             "en": "The kits let me speak in my own words."},
        ],
    },
}

# Version 2 (in force for the last weeks of the demo): a rewarded program, fewer solicitations,
# a clause on training. Version 3 (in review): earlier quiet hours, a reworded private-life clause,
# shorter retention, a larger k.
V2_POLICY_CHANGES = {
    "max_solicitations_per_week": 2,
    "rewards": True,
}
V2_NEW_CLAUSE = {
    "title": "Formation",
    "body": ("Une formation d'une heure, sur le temps de travail, présente la charte, les mentions obligatoires "
             "et le fonctionnement de l'outil à toute personne qui souhaite rejoindre le programme."),
    "title_en": "Training",
    "body_en": ("A one-hour training session, during working time, presents the charter, the mandatory "
                "disclosures and how the tool works to anyone who wishes to join the program."),
}
V2_SUMMARY = ("Introduction de récompenses (mention « Collaboration commerciale » obligatoire), deux sollicitations "
              "par semaine au plus, nouvelle clause sur la formation.")
V3_CHANGES = {
    "vie-privee": (
        "Les comptes utilisés restent **personnels** : l'entreprise n'y a aucun accès et ne demande ni "
        "identifiant ni mot de passe. Chacun reste libre de reformuler, de commenter ou de ne pas relayer un "
        "contenu, et n'est jamais tenu de le faire pendant son temps de repos.\n\n"
        "Conformément au droit à la déconnexion (article L2242-17 du Code du travail), aucune sollicitation du "
        "programme (notification, rappel, nouveau kit) n'est envoyée pendant les heures calmes fixées dans la "
        "politique, les jours fériés compris, ni au-delà du nombre maximal de sollicitations par semaine.",
        "The accounts used remain **personal**: the company has no access to them and asks for no login or "
        "password. Everyone remains free to rephrase, comment on or not relay a piece of content, and is never "
        "expected to do so during their rest time.\n\n"
        "In line with the right to disconnect (article L2242-17 of the French Labour Code), no program "
        "solicitation (notification, reminder, new kit) is sent during the quiet hours set in the policy, "
        "public holidays included, nor beyond the maximum number of solicitations per week.",
    ),
}
V3_POLICY_CHANGES = {
    "quiet_hours": {"start": "18:30", "end": "08:30", "weekends": True, "holidays": "FR"},
    "retention_days": 180,
    "kpi_annex": {"min_group_size": 6},
}
V3_SUMMARY = ("Heures calmes élargies (18 h 30 – 8 h 30), droit à la déconnexion rappelé, conservation réduite à "
              "180 jours, seuil de masquage porté à 6.")
