"""The labelled corpus (source of ``corpus.jsonl``): French and English posts, every network,
every rule both ways, tricky Unicode. Labels are what the law requires (DOMAIN.md §4), written
before looking at the checker's answer.

``python tests/disclosure/corpus.py`` rewrites ``corpus.jsonl`` (used by the CLI test and by
``flask disclosure check tests/disclosure/corpus.jsonl``).
"""
from __future__ import annotations

import json
from pathlib import Path

CORPUS: list[dict] = []
ZW = "\u200b"
PAD = "\u2800"


def P(expected, network, text, lang=None, note="", **context):
    item = {"text": text, "network": network}
    if lang:
        item["lang"] = lang
    item["context"] = context
    item["expected"] = expected
    if note:
        item["note"] = note
    CORPUS.append(item)


def add(section, prefix: str | None = None) -> None:
    """One section of labelled rows: ``(expected, network, lang, text, context)``, or with the legal reason last
    (kept as the row's note, after ``prefix`` if given: the helper's name)."""
    for row in section:
        expected, network, lang, text, context, *why = row
        note = (prefix + (": " + why[0] if why else "")) if prefix else (why[0] if why else "")
        P(expected, network, text, lang, note=note, **context)


R = dict(rewarded=True, brand="Acme")
E = dict(employee=True, rewarded=False, brand="Acme")
ER = dict(employee=True, rewarded=True, brand="Acme")
N = dict(rewarded=False, employee=False)

LONG_FR = ("Cette semaine j'ai testé la nouvelle application de réservation et franchement elle change la vie : "
           "tout est plus simple, plus rapide, et l'équipe support répond en quelques minutes. Je vous la recommande "
           "vivement si vous voyagez souvent pour le travail.")
LONG_EN = ("This week I tried the new booking app and honestly it is a game changer: everything is simpler, faster, "
           "and the support team answers within minutes. I really recommend it if you travel a lot for work and "
           "hate wasting time on forms.")

# 1. commercial mention owed (rewarded) — present / missing, French
P("pass", "linkedin", "Collaboration commerciale avec Acme — " + LONG_FR, "fr", **R)
P("fail", "linkedin", LONG_FR, "fr", **R)
P("pass", "instagram", "Publicité · J'adore ma nouvelle gourde, elle garde l'eau fraîche toute la journée !", "fr", **R)
P("fail", "instagram", "J'adore ma nouvelle gourde, elle garde l'eau fraîche toute la journée !", "fr", **R)
P("pass", "facebook", "Partenariat rémunéré avec Acme : découvrez leur nouvelle gamme de vélos.", "fr", **R)
P("pass", "x", "En partenariat avec Acme, je teste leur nouveau casque. Verdict dans une semaine !", "fr", **R)
P("pass", "bluesky", "Sponsorisé par Acme : leur nouveau clavier est vraiment agréable.", "fr", **R)
P("fail", "bluesky", "Leur nouveau clavier est vraiment agréable, foncez !", "fr", **R)
P("pass", "mastodon", "#CollaborationCommerciale avec Acme : le nouveau thermos est top.", "fr", **R)
P("fail", "mastodon", "Le nouveau thermos d'Acme est top, je l'emmène partout.", "fr", **R)
P("pass", "x", "#Publicité Le nouveau forfait mobile d'Acme est enfin sans engagement.", "fr", **R)
P("pass", "x", "Publicite : le nouveau forfait mobile est enfin sans engagement.", "fr", note="no accent", **R)
P("pass", "linkedin", "PUBLICITÉ — Nous lançons notre offre de formation en ligne.", "fr", **R)
P("fail", "facebook", "Nous lançons notre offre de formation en ligne, inscrivez-vous !", "fr", **R)
# English
P("pass", "x", "#ad Loving the new Acme headphones, the noise cancelling is unreal.", "en", **R)
P("fail", "x", "Loving the new Acme headphones, the noise cancelling is unreal.", "en", **R)
P("pass", "instagram", "Ad: my morning routine with the new Acme blender, smoothies in 30 seconds.", "en", **R)
P("fail", "instagram", "My morning routine with the new Acme blender, smoothies in 30 seconds.", "en", **R)
P("pass", "linkedin", "Sponsored: " + LONG_EN, "en", **R)
P("fail", "linkedin", LONG_EN, "en", **R)
P("pass", "facebook", "Paid partnership with Acme. Their new running shoes are so light!", "en", **R)
P("pass", "bluesky", "Advertisement: the Acme e-reader now lasts six weeks on a charge.", "en", **R)
P("pass", "mastodon", "Thanks to Acme for the free product! The tent survived a storm.", "en", **R)
P("fail", "mastodon", "The Acme tent survived a storm, I am impressed.", "en", **R)
P("pass", "x", "Loving the new Acme headphones, the noise cancelling is unreal. #ad", "en", note="end of a short X post", **R)
P("pass", "bluesky", "The Acme e-reader now lasts six weeks on a charge. Sponsored by Acme.", "en", **R)

# 2. not owed
P("pass", "linkedin", LONG_FR, "fr", **N)
P("pass", "x", "Loving the new headphones I bought, the noise cancelling is unreal.", "en", **N)
P("pass", "instagram", "Coucher de soleil sur la baie ce soir 🌅", "fr")
P("pass", "facebook", "Not sponsored, I just love this café.", "en", **N)
P("pass", "x", "Ce n'est pas un placement de produit, j'aime juste ce café.", "fr", **N)
P("pass", "mastodon", "Thanks everyone for coming to the meetup last night!", "en", **N)
P("pass", "bluesky", "Merci à tous pour vos messages ❤️", "fr", **N)

# 3. employees
P("fail", "linkedin", "Découvrez la nouvelle application d'Acme, elle simplifie vraiment la vie des équipes.", "fr", **E)
P("warn", "linkedin", "Je travaille chez Acme et je suis fière de notre nouvelle application.", "fr", **E)
P("pass", "linkedin", "Collaboration commerciale — je travaille chez Acme. Notre nouvelle application est sortie !", "fr", **E)
P("fail", "x", "Check out the new Acme app, it makes team life so much easier.", "en", **E)
P("warn", "x", "I work at Acme and I'm proud of the new app we shipped.", "en", **E)
P("pass", "x", "#ad I work at Acme and I'm proud of the new app we shipped.", "en", **E)
P("warn", "linkedin", "#AcmeEmployee here: our new app is out and it is great.", "en", **E)
P("warn", "mastodon", "As an Acme employee I am biased, but our new app is great.", "en", **E)
P("warn", "instagram", "Salariée d'Acme, je vous présente notre nouvelle collection.", "fr", **E)
P("fail", "instagram", "Je vous présente la nouvelle collection d'Acme, elle est superbe.", "fr", **E)
P("fail", "facebook", "Acme's new collection is out, go and see it.", "en", **E)
P("warn", "facebook", "I'm a product designer at Acme: our new collection is out.", "en", **E)
P("pass", "x", "Ad: I work at Acme and I earn points for sharing. The new app is out!", "en", **ER)
P("fail", "x", "I work at Acme. The new app is out!", "en", note="rewarded: commercial mention owed", **ER)
P("fail", "x", "#ad The new Acme app is out!", "en", note="employee: relationship owed", **ER)
P("pass", "linkedin", "Publicité — je travaille chez Acme : notre nouvelle offre est disponible.", "fr", **ER)
P("fail", "linkedin", "Publicité — notre nouvelle offre est disponible, foncez.", "fr", **ER)
P("fail", "bluesky", "I don't work for Acme but I love their new app. #ad", "en", **ER)
P("warn", "bluesky", "Mon employeur, Acme, lance une nouvelle offre.", "fr", **E)
P("fail", "x", "#AcmeAmbassador Love the new app!", "en", note="ambassador alone", **E)

# 4. insufficient wordings
P("fail", "instagram", "Ma nouvelle crème préférée #sp", "fr", **R)
P("fail", "instagram", "My new favourite cream #sp", "en", **R)
P("fail", "x", "My new favourite cream #spon", "en", **R)
P("fail", "x", "Ma nouvelle crème préférée #sponso", "fr", **R)
P("fail", "instagram", "Great hike today with my new boots #collab", "en", **R)
P("fail", "instagram", "Super rando avec mes nouvelles chaussures #collab", "fr", **R)
P("fail", "facebook", "#partner New boots for the trail season!", "en", **R)
P("fail", "mastodon", "Thanks @Acme! New boots for the trail season.", "en", **R)
P("fail", "mastodon", "Merci à Acme ! Nouvelles chaussures pour la saison.", "fr", **R)
P("fail", "linkedin", "#ambassador Proud to represent Acme this year.", "en", **R)
P("fail", "linkedin", "#ambassadrice Fière de représenter Acme cette année.", "fr", **R)
P("fail", "x", "#partenariat Nouvelle saison, nouvelles chaussures !", "fr", **R)
P("fail", "facebook", "In association with Acme: new boots for the trail season.", "en", **R)
P("fail", "x", "En collaboration avec Acme : nouvelles chaussures pour la saison.", "fr", **R)
P("fail", "instagram", "#AcmePartner New boots for the trail season!", "en", **R)
P("pass", "instagram", "Partenariat avec Acme : nouvelles chaussures pour la saison.", "fr", **R)
P("pass", "x", "Merci à Acme pour ce partenariat rémunéré : nouvelles chaussures !", "fr", **R)
P("pass", "x", "#ad #partner New boots for the trail season!", "en", **R)
P("fail", "x", "Love my new cream #sp", "en", note="#sp signals sponsorship even without context")
P("pass", "x", "Love my new cream #sp", "en", note="explicitly not rewarded", **N)

# 5. weak: #ad for a French audience
P("warn", "instagram", "#ad Ma nouvelle crème préférée, texture légère et parfum discret.", "fr", **R)
P("warn", "x", "Ad: ma nouvelle crème préférée, texture légère.", "fr", **R)
P("pass", "instagram", "#ad My new favourite cream, light texture and subtle scent.", "en", **R)

# 6. placement: feed cut
CUT_FILLER_FR = ("J'ai passé trois semaines avec la nouvelle montre connectée et voici mon avis complet : "
                 "l'autonomie tient cinq jours, l'écran reste lisible en plein soleil et le suivi du sommeil est "
                 "précis. Le bracelet est confortable même la nuit. ")
CUT_FILLER_EN = ("I spent three weeks with the new smartwatch and here is my full review: the battery lasts five days, "
                 "the screen stays readable in full sunlight and sleep tracking is accurate. The strap is comfy "
                 "even at night. ")
P("fail", "linkedin", CUT_FILLER_FR + "Collaboration commerciale avec Acme.", "fr", **R)
P("pass", "linkedin", "Collaboration commerciale avec Acme. " + CUT_FILLER_FR, "fr", **R)
P("fail", "instagram", CUT_FILLER_EN + "#ad", "en", **R)
P("pass", "instagram", "#ad " + CUT_FILLER_EN, "en", **R)
P("fail", "facebook", CUT_FILLER_EN + "Sponsored by Acme.", "en", **R)
P("pass", "facebook", "Sponsored by Acme. " + CUT_FILLER_EN, "en", **R)
P("fail", "linkedin", "Grande nouvelle !\n\nNous ouvrons un bureau à Lyon.\n\nVenez nous voir.\n\nPublicité", "fr", **R)
P("pass", "linkedin", "Publicité\nGrande nouvelle !\n\nNous ouvrons un bureau à Lyon.", "fr", **R)
P("fail", "instagram", "Big news!\nNew store.\nOpening Friday.\nCome by.\n#ad", "en", **R)
P("pass", "instagram", "Big news! #ad\nNew store.\nOpening Friday.\nCome by.", "en", **R)
P("pass", "mastodon", CUT_FILLER_FR + "Collaboration commerciale avec Acme.", "fr", note="no feed cut on Mastodon", **R)
P("pass", "bluesky", "L'autonomie tient cinq jours et l'écran reste lisible en plein soleil. Publicité pour Acme.", "fr", **R)
P("fail", "linkedin", CUT_FILLER_EN + "I work at Acme.", "en", **E)
P("warn", "linkedin", "I work at Acme. " + CUT_FILLER_EN, "en", **E)
P("fail", "mastodon", "Collaboration commerciale avec Acme. Le nouveau thermos est top.", "fr",
  content_warning="Thermos", note="content warning hides the body", **R)
P("pass", "mastodon", "Le nouveau thermos est top.", "fr", content_warning="Collaboration commerciale avec Acme", **R)

# 7. hashtag walls
P("fail", "instagram", "Summer vibes #sun #beach #ad #summer #holiday #travel", "en", **R)
P("pass", "instagram", "#ad Summer vibes #sun #beach #summer", "en", **R)
P("fail", "x", "Vacances au top #soleil #plage #mer #publicité #été #voyage", "fr", **R)
P("pass", "x", "Publicité · Vacances au top #soleil #plage #été", "fr", **R)
P("fail", "bluesky", "Great run today #running #fitness #health #sponsored #motivation", "en", **R)

# 8. language of the mention
P("fail", "instagram", "Sponsored · Ma nouvelle crème préférée, texture légère.", "fr", **R)
P("fail", "instagram", "Publicité · My new favourite cream, light texture.", "en", **R)
P("fail", "x", "Paid partnership with Acme : leur nouvelle appli est géniale, je l'utilise tous les jours.", "fr", **R)
P("pass", "x", "Partenariat rémunéré avec Acme : leur nouvelle appli est géniale, je l'utilise tous les jours.", "fr", **R)
P("fail", "linkedin", "Je travaille chez Acme. Our new app is live and it is great, go and try it now!", "en", **E)

# 9. hidden / invisible / obfuscated
P("pass", "x", "Pub" + ZW + "licité : le nouveau forfait est sans engagement.", "fr", note="zero-width inside", **R)
P("pass", "x", "#a" + ZW + "d Loving the new Acme headphones.", "en", **R)
P("pass", "instagram", "Ｐｕｂｌｉｃｉｔé · Ma nouvelle crème préférée.", "fr", note="fullwidth", **R)
P("pass", "instagram", "#аd My new favourite cream.", "en", note="Cyrillic a", **R)
P("pass", "linkedin", "𝐂𝐨𝐥𝐥𝐚𝐛𝐨𝐫𝐚𝐭𝐢𝐨𝐧 𝐜𝐨𝐦𝐦𝐞𝐫𝐜𝐢𝐚𝐥𝐞 avec Acme — notre nouvelle offre.", "fr", note="math bold", **R)
P("pass", "facebook", "Publicite\u0301 : nouvelle offre.", "fr", note="combining accent", **R)
P("pass", "x", "Ｓｐｏｎｓｏｒｅｄ: the new Acme headphones.", "en", **R)
P("pass", "bluesky", "\u202aSponsored\u202c: the new Acme headphones.", "en", note="bidi embedding", **R)
P("fail", "x", "Loving the new Acme headphones \U000e0023\U000e0061\U000e0064", "en", note="tag characters", **R)
P("fail", "instagram", "Ma crème préférée" + "\n" * 8 + "Publicité", "fr", note="blank-line padding", **R)
P("fail", "facebook", "Loving the new cream" + ZW * 200 + " #ad", "en", note="invisible padding", **R)
P("fail", "facebook", "Loving the new cream" + PAD * 150 + "#ad", "en", note="braille blank padding", **R)
P("fail", "x", "Loving the new cream\n\n\n\n\n\n\n\n#ad", "en", note="blank lines on X", **R)
P("pass", "x", "Love\u200d the new cream. Ad" + "\u200b" + ": Acme.", "en", **R)
P("fail", "instagram", "Ma crème préférée #\u200b\u200b", "fr", note="empty hashtag", **R)
P("pass", "linkedin", "Colla\u00adboration commerciale avec Acme : notre nouvelle offre.", "fr", note="soft hyphen", **R)
P("fail", "linkedin", "Ma nouvelle offre préférée 🎉 " + "\u3164" * 250 + " Collaboration commerciale", "fr", **R)
P("pass", "instagram", "Ⓟⓤⓑⓛⓘⓒⓘⓣⓔ · ma nouvelle crème.", "fr", note="circled letters", **R)
P("pass", "x", "Sроnsоrеd by Acme: great headphones.", "en", note="Cyrillic o, p, e", **R)

# 10. denials
P("fail", "instagram", "Not sponsored, I just love this cream! #ad", "en", **R)
P("fail", "instagram", "Ceci n'est pas un placement de produit, j'adore juste cette crème.", "fr", **R)
P("fail", "x", "Pas sponsorisé, j'adore juste cette crème.", "fr", **R)
P("fail", "x", "#notsponsored just love this cream", "en", **R)
P("fail", "facebook", "Nobody paid me to say this: Acme's cream is the best.", "en", **R)
P("fail", "bluesky", "This is not an ad, just a great cream.", "en", **R)
P("pass", "bluesky", "This is not an ad, just a great cream.", "en", **N)
P("pass", "instagram", "#ad This is a paid post, and yes I love this cream.", "en", **R)
P("warn", "linkedin", "Je travaille chez Acme mais ce n'est pas sponsorisé : notre crème est top.", "fr", **E)

# 11. images
P("fail", "instagram", "Collaboration commerciale avec Acme · Mon nouveau look pour l'été.", "fr", image_retouched=True, **R)
P("pass", "instagram", "Collaboration commerciale avec Acme · Image retouchée · Mon nouveau look pour l'été.", "fr",
  image_retouched=True, **R)
P("fail", "instagram", "Collaboration commerciale avec Acme · Découvrez notre égérie.", "fr", image_virtual=True, **R)
P("pass", "instagram", "Collaboration commerciale avec Acme · Image virtuelle · Découvrez notre égérie.", "fr",
  image_virtual=True, **R)
P("fail", "instagram", "#ad My new summer look.", "en", image_retouched=True, **R)
P("pass", "instagram", "#ad Retouched image. My new summer look.", "en", image_retouched=True, **R)
P("pass", "facebook", "#ad Meet our new face (AI-generated image).", "en", image_virtual=True, **R)
P("fail", "facebook", "#ad Meet our new face.", "en", image_virtual=True, **R)
P("fail", "instagram", "Publicité · Photo non retouchée, promis !", "fr", image_retouched=True, **R)
P("pass", "x", "Image retouchée. Mon nouveau look pour l'été.", "fr", image_retouched=True, **N)

# 12. sectors
P("fail", "instagram", "Publicité · Ma rhinoplastie avec le Dr Martin, je recommande !", "fr", sector="cosmetic_surgery", **R)
P("fail", "x", "#ad The new Acme vape flavours are out!", "en", sector="nicotine", **R)
P("fail", "linkedin", "Publicité — Tradez les CFD avec un effet de levier x100.", "fr", sector="financial_cfd", **R)
P("fail", "x", "Publicité — Abonnez-vous à mes pronostics foot, 90 % de réussite.", "fr", sector="betting_tips", **R)
P("fail", "instagram", "Publicité — Adoptez un bébé singe !", "fr", sector="wild_animals", **R)
P("fail", "facebook", "Publicité — Ce complément remplace votre traitement contre le diabète.", "fr", sector="therapeutic", **R)
P("warn", "linkedin", "Publicité — Ouvrez un compte sur la plateforme crypto Acme.", "fr", sector="crypto", **R)
P("warn", "x", "#ad Open an account on the Acme crypto exchange.", "en", sector="crypto", **R)
P("warn", "instagram", "Publicité — Pariez sur la finale avec Acme Paris. Interdit aux moins de 18 ans.", "fr",
  sector="gambling", **R)
P("fail", "instagram", "Publicité — Pariez sur la finale avec Acme Paris.", "fr", sector="gambling", **R)
P("warn", "x", "#ad Bet on the final with Acme. 18+ only.", "en", sector="gambling", **R)
P("warn", "x", "Publicité — Découvrez nos nouvelles cuvées. L'abus d'alcool est dangereux pour la santé.", "fr",
  sector="alcohol", **R)
P("fail", "x", "Publicité — Découvrez nos nouvelles cuvées, à déguster cet été.", "fr", sector="alcohol", **R)
P("warn", "x", "Just bought my first bitcoin, wish me luck!", "en", note="sector suspected from the text; who wrote it is not known")
# the author has no link to any brand and is given nothing: a personal post about a sector advertises nothing
# (loi 2023-451 art. 1: « en contrepartie d'un avantage » ; 16 CFR 255.0(a): an advertising message; CAP 1.1)
P("pass", "x", "Just bought my first bitcoin, wish me luck!", "en", note="no link, no reward: not advertising", **N)
P("pass", "x", "Ma cousine a tout misé sur un casino en ligne et a perdu son appart. Jouer comporte des risques.", "fr",
  note="a warning by someone with no link: not advertising", **N)

# 13. length limits
P("fail", "x", "#ad " + "Great headphones. " * 17, "en", **R)
P("pass", "x", "#ad " + "Great headphones. " * 15, "en", **R)
P("fail", "x", "#ad " + "すごい" * 50, "en", note="CJK counts 2", **R)
P("pass", "x", "#ad " + "すごい" * 40, "en", **R)
P("fail", "x", "#ad " + "🎉" * 140, "en", note="emoji count 2", **R)
P("pass", "x", "#ad " + "Read the review https://example.com/" + "a" * 200, "en", note="URL counts 23", **R)
P("fail", "bluesky", "#ad " + "Great day. " * 30, "en", **R)
P("pass", "bluesky", "#ad " + "👍🏽" * 290, "en", note="graphemes, not code points", **R)
P("fail", "bluesky", "#ad " + "👍🏽" * 300, "en", **R)
P("fail", "mastodon", "#ad " + "Great day. " * 50, "en", **R)
P("pass", "mastodon", "#ad " + "Great day. " * 45, "en", **R)
P("fail", "instagram", "#ad " + "Great day. " * 210, "en", **R)
P("pass", "linkedin", "Publicité — " + "Une belle journée. " * 150, "fr", **R)
P("fail", "linkedin", "Publicité — " + "Une belle journée. " * 170, "fr", **R)

# 14. more wording variants both ways (UK, affiliate, gifted, relationship phrases)
P("pass", "instagram", "#ad Gifted by Acme: the new serum.", "en", jurisdiction="uk", **R)
P("pass", "x", "Ad | My new Acme trainers.", "en", jurisdiction="uk", **R)
P("fail", "x", "My new Acme trainers #spon", "en", jurisdiction="uk", **R)
P("warn", "x", "Affiliate link: my new Acme trainers.", "en", **R)
P("warn", "linkedin", "In partnership with Acme: our new sustainability report.", "en", **R)
P("pass", "linkedin", "Paid partnership with Acme: our new sustainability report.", "en", **R)
P("warn", "x", "I'm employed by Acme, and our new report is out.", "en", **E)
P("warn", "x", "Je suis ingénieure chez Acme : notre rapport est sorti.", "fr", **E)
P("fail", "x", "Je suis allée chez Acme : leur rapport est sorti.", "fr", **E)
P("warn", "x", "My employer Acme just published its report.", "en", **E)
P("fail", "x", "Acme just published its report, worth a read.", "en", jurisdiction="uk", **E)
P("warn", "linkedin", "Fier de faire partie de l'équipe Acme ! Je travaille ici depuis 5 ans.", "fr", **E)
P("fail", "linkedin", "Fier de l'équipe Acme ! Bravo pour ce lancement.", "fr", **E)
P("pass", "instagram", "#ad #gifted Thanks Acme for the free serum!", "en", **R)
P("fail", "instagram", "#gifted #sp Thanks Acme!", "en", jurisdiction="us", note="#gifted ok, but", **R) if False else None
P("pass", "x", "Post rémunéré par Acme : leur nouvelle appli.", "fr", **R)
P("pass", "facebook", "Produit offert par Acme — Publicité. Mon avis sur leur nouvelle crème.", "fr", **R)
P("warn", "facebook", "Produit offert par Acme. Mon avis sur leur nouvelle crème.", "fr", **R)

# 15. a second batch, written in another voice (short social posts, odd wordings, more obfuscation)
SECOND = [
 ("pass","linkedin","fr","[Collaboration commerciale] Ravie de vous présenter la nouvelle gamme Acme !",R),
 ("pass","linkedin","fr","Collaboration commerciale | Acme lance sa gamme solaire.",R),
 ("pass","instagram","fr","Post sponsorisé par Acme ✨ Ma routine du matin avec leur sérum.",R),
 ("pass","instagram","fr","#sponsorisé Ma routine du matin avec le sérum Acme.",R),
 ("fail","instagram","fr","Ma routine du matin avec le sérum Acme ✨ #skincare #routine #beauty #glow #lumen #ad",R),
 ("fail","instagram","fr","Ma routine du matin avec le sérum Acme ✨ #sérum #lumen #collab",R),
 ("fail","facebook","fr","Un grand merci à Acme pour ce sérum, je l'adore !",R),
 ("fail","x","en","Huge thanks to @Acme for this serum, obsessed!",R),
 ("pass","x","en","Huge thanks to @Acme for the free serum, obsessed! #gifted",R),
 ("pass","x","en","AD | Obsessed with the new Acme serum",R),
 ("pass","x","en","[AD] Obsessed with the new Acme serum",R),
 ("pass","bluesky","en","#Ad: Obsessed with the new Acme serum",R),
 ("pass","bluesky","en","#sponsored Obsessed with the new Acme serum",R),
 ("fail","bluesky","en","Obsessed with the new Acme serum #spon",R),
 ("fail","mastodon","en","Obsessed with the new Acme serum (partner)",R),
 ("fail","mastodon","en","Obsessed with the new Acme serum. Acme ambassador.",R),
 ("pass","mastodon","en","Obsessed with the new Acme serum. Paid ad.",R),
 ("pass","linkedin","en","Advertisement — Acme is hiring engineers in Paris!",R),
 ("fail","linkedin","en","Acme is hiring engineers in Paris! Come join us.",E),
 ("warn","linkedin","en","I work at Acme and we are hiring engineers in Paris!",E),
 ("warn","linkedin","en","We're hiring! Disclosure: I'm a Acme employee.",E),
 ("warn","linkedin","en","Proud Acme employee here. We're hiring!",E),
 ("fail","linkedin","en","Proud to be part of this amazing company. We're hiring!",E),
 ("warn","linkedin","fr","Je travaille chez Acme : on recrute des ingénieurs à Paris !",E),
 ("fail","linkedin","fr","On recrute des ingénieurs à Paris ! Rejoignez Acme.",E),
 ("warn","linkedin","fr","Salarié chez Acme, je relaie : on recrute !",E),
 ("pass","linkedin","fr","Publicité — je suis salariée de Acme : on recrute !",E),
 ("fail","x","en","I love my job! Check out Acme's new app.",E),
 ("warn","x","en","Full disclosure: I work for Acme. Check out our new app.",E),
 ("pass","x","en","#ad #AcmeEmployee Check out our new app.",ER),
 ("fail","x","en","#AcmeEmployee Check out our new app.",ER),
 ("fail","x","en","#ad Check out Acme's new app.",ER),
 ("pass","instagram","en","Sponsored by Acme. " + "Long paragraph about the serum and how it changed my skin routine completely. " * 4,R),
 ("fail","instagram","en","Long paragraph about the serum and how it changed my skin routine completely. " * 3 + "Sponsored by Acme.",R),
 ("fail","facebook","fr","Voici mon avis détaillé sur le nouveau sérum, après un mois d'utilisation quotidienne matin et soir, sans exception. Publicité.",R),
 ("pass","facebook","fr","Publicité. Voici mon avis détaillé sur le nouveau sérum, après un mois d'utilisation quotidienne matin et soir.",R),
 ("pass","x","fr","Voici mon avis sur le nouveau sérum après un mois. #publicité",R),
 ("warn","x","fr","Voici mon avis sur le nouveau sérum après un mois. #ad #sp",R),
 ("warn","x","fr","Voici mon avis sur le nouveau sérum après un mois. #ad",R),
 ("fail","x","en","Here's my review of the new serum after a month. #publicité",R),
 ("fail","instagram","en","Not an ad, I just genuinely love it! #ad",R),
 ("fail","instagram","en","This isn't sponsored, I just love Acme.",R),
 ("pass","instagram","en","This isn't sponsored, I just love Acme.",N),
 ("fail","instagram","fr","Non sponsorisé, j'aime juste Acme !",R),
 ("fail","instagram","fr","Aucun partenariat, j'aime juste Acme !",R),
 ("pass","instagram","fr","Aucun partenariat, j'aime juste Acme !",N),
 ("fail","instagram","fr","Publicité · Nouveau shooting pour Acme 📸",dict(R, image_retouched=True)),
 ("pass","instagram","fr","Publicité · Photo retouchée · Nouveau shooting pour Acme 📸",dict(R, image_retouched=True)),
 ("pass","instagram","fr","Publicité · Image générée par IA · Notre nouvelle égérie",dict(R, image_virtual=True)),
 ("fail","instagram","fr","Publicité · Image retouchée · Notre nouvelle égérie",dict(R, image_virtual=True)),
 ("fail","x","fr","Publicité — Essayez la puff Acme saveur mangue !",dict(R, sector="nicotine")),
 ("fail","x","en","#ad Try the Acme disposable vape!",dict(R, sector="nicotine")),
 ("warn","x","en","#ad Acme, the crypto wallet I trust.",dict(R, sector="crypto")),
 ("pass","linkedin","en","Great panel on AI ethics today, thanks to everyone who came!",N),
 ("pass","linkedin","fr","Super table ronde sur l'éthique de l'IA aujourd'hui, merci à tous !",N),
 ("pass","x","en","Just finished a 10k run. Personal best!",{}),
 ("fail","x","en","🎉 New drop from Acme! Link in bio 👇",R),
 ("pass","x","en","🎉 #ad New drop from Acme! Link in bio 👇",R),
 ("pass","mastodon","fr","💡 Publicité : Acme sort une nouvelle lampe.",R),
 ("fail","bluesky","fr","💡 Acme sort une nouvelle lampe. #partenaire",R),
 ("pass","linkedin","en","Ad 👉 Acme launches its solar lamp.",R),
 ("fail","linkedin","en","Acme launches its solar lamp.\n\n\n\n\n\n\n\n\n\n#ad",R),
 ("fail","x","en","Acme launches its solar lamp " + "\u200b"*50 + "#ad",R),
 ("pass","x","en","Acme launches its s\u200bolar lamp #ad",R),
 ("pass","instagram","en","#ａｄ Acme launches its solar lamp",R),
 ("pass","instagram","fr","ᴾᵘᵇˡⁱᶜⁱᵗᵉ́ Acme lance sa lampe",R),
 ("pass","linkedin","fr","P u b l i c i t é — Acme lance sa lampe",R),
 ("fail","x","en","Acme's new earbuds are 🔥 #sp #orbit",R),
 ("fail","x","en","Acme's new earbuds are 🔥 #Spon",R),
 ("fail","instagram","en","Acme's new earbuds are 🔥 #AcmePartner",R),
 ("fail","instagram","en","Acme's new earbuds are 🔥 #brandambassador",R),
 ("fail","instagram","en","In collaboration with Acme: new earbuds 🔥",R),
 ("fail","facebook","en","Thank you Acme! New earbuds 🔥",R),
 ("fail","facebook","en","Shoutout to Acme for these earbuds 🔥",R),
 ("pass","facebook","en","Thanks to Acme for sending me these earbuds for free 🔥",R),
 ("pass","facebook","en","Acme sent me these earbuds for free. 🔥",R),
 ("pass","x","en","Acme paid me to post about their earbuds, and honestly they're great.",R),
 ("pass","x","en","I'm being paid by Acme to share this: the earbuds are great.",R),
 ("pass","linkedin","en","#Sponsored | Acme launches earbuds for runners.",R),
 ("pass","linkedin","en","Sponsored post: Acme launches earbuds for runners.",R),
 ("fail","linkedin","en","Acme launches earbuds for runners. Not sponsored btw.",R),
 ("pass","linkedin","en","Acme launches earbuds for runners. Not sponsored btw.",N),
 ("fail","linkedin","en","Acme launches earbuds for runners. Nobody is paying me for this!",R),
 ("fail","linkedin","en","Acme launches earbuds for runners. I bought them myself!",R),
 ("fail","mastodon","fr","Acme lance des écouteurs pour coureurs. Merci Acme !",R),
 ("fail","mastodon","fr","Acme lance des écouteurs. #partenariat #orbit",R),
 ("pass","mastodon","fr","Acme lance des écouteurs. Partenariat rémunéré.",R),
 ("pass","mastodon","fr","Partenariat commercial avec Acme : des écouteurs pour coureurs.",R),
 ("fail","bluesky","fr","Acme lance des écouteurs pour coureurs, je suis ambassadrice !",R),
 ("fail","bluesky","fr","En association avec Acme : des écouteurs pour coureurs.",R),
 ("pass","bluesky","fr","Contenu sponsorisé : Acme lance des écouteurs.",R),
 ("fail","x","fr","Acme lance des écouteurs (pas de pub, je les ai achetés moi-même).",R),
 ("pass","x","fr","Acme lance des écouteurs (pas de pub, je les ai achetés moi-même).",N),
 ("fail","x","fr","Acme lance des écouteurs, avis 100 % sincère et non rémunéré.",R),
 ("fail","linkedin","fr","Je suis fier de mon entreprise qui lance des écouteurs !",E),
 ("warn","linkedin","fr","Fier de travailler chez Acme, qui lance des écouteurs !",E),
 ("warn","linkedin","fr","Chez Acme, où je travaille depuis 3 ans, on lance des écouteurs !",E),
 ("fail","linkedin","fr","Chez Acme, on lance des écouteurs !",E),
 ("warn","linkedin","en","Proud to work at Acme, we just launched earbuds!",E),
 ("fail","linkedin","en","Acme just launched earbuds, go check them out!",E),
 ("fail","linkedin","en","Our team just launched earbuds, go check them out!",E),
 ("warn","x","en","(I'm an Acme employee) We just launched earbuds!",E),
 ("warn","x","en","Employee of Acme here — we just launched earbuds!",E),
 ("fail","x","en","#TeamAcme we just launched earbuds!",E),
 ("pass","x","en","Ad — I work at Acme. We just launched earbuds!",E),
 ("fail","x","en","Ad — we just launched earbuds!",E),
 ("fail","x","en","I'm not an Acme employee, but I love these earbuds! #ad",ER),
 ("pass","instagram","fr","Publicité" + " " * 130 + "Nouveaux écouteurs Acme",R),
 ("pass","instagram","fr","Publicité — Nouveaux écouteurs Acme" + "\n" * 2 + "Super son.",R),
 ("fail","instagram","en","New Acme earbuds\n.\n.\n.\n.\n.\n#ad",R),
 ("fail","facebook","en","New Acme earbuds" + "\u2800\n" * 6 + "#ad",R),
 ("pass","x","en","New Acme earbuds #ad #running #tech",R),
 ("fail","x","en","New Acme earbuds #running #tech #music #sport #ad #fitness #gym",R),
 ("pass","x","en","#ad #running #tech #music #sport New Acme earbuds",R),
 ("pass","instagram","fr","Nouveaux écouteurs Acme ! Publicité",dict(R, jurisdiction="fr"), ),
 ("pass","x","fr","Nouveaux écouteurs Acme ! Publicité",R),
 ("fail","x","en","New Acme earbuds! " + "https://orbit.example/p?x=" + "a"*30 + " " + "Love them. " * 24 + "#ad",R),
 ("pass","x","en","#ad New Acme earbuds! https://orbit.example/" + "a"*300,R),
 ("fail","bluesky","en","#ad " + "New Acme earbuds! " * 17,R),
 ("pass","bluesky","en","#ad " + "Nouveaux écouteurs ! " * 14,R),
 ("fail","linkedin","fr","Collaboration commerciale avec Acme · Découvrez Lola, notre nouvelle égérie.",dict(R, image_virtual=True)),
 ("pass","linkedin","fr","Collaboration commerciale avec Acme · Lola est un personnage virtuel · Découvrez notre égérie.",dict(R, image_virtual=True)),
 ("pass","linkedin","en","Ad: paid partnership with Acme · This image was digitally altered · New campaign.",dict(R, image_retouched=True)),
 ("fail","linkedin","en","Ad: paid partnership with Acme · No retouching! · New campaign.",dict(R, image_retouched=True)),
 ("fail","x","fr","Publicité — Venez parier sur la Ligue 1 avec Acme Bet !",dict(R, sector="gambling")),
 ("warn","x","fr","Publicité — Venez parier sur la Ligue 1 avec Acme Bet ! 18+",dict(R, sector="gambling")),
 ("fail","x","en","#ad Get my weekly betting tips subscription!",dict(R, sector="betting_tips")),
 ("fail","x","fr","Publicité — Ma nouvelle injection d'acide hyaluronique chez Acme Clinic",dict(R, sector="cosmetic_surgery")),
 ("pass","x","en","#ad New Acme running shoes!",dict(R, sector="sportswear")),
 ("pass","linkedin","en","We are betting on AI to transform our workflow this year.",N),
 ("pass","instagram","en","Puff pastry recipe for the weekend 🥐",N),
 ("pass","x","en","Ｎｅｗ Ｏｒｂｉｔ ｅａｒｂｕｄｓ ＃ａｄ",R),
 ("pass","x","en","New Acme earbuds #\u0430d",R),
 ("pass","x","fr","Nouveaux écouteurs Acme — Рublicité",R),
 ("fail","x","en","New Acme earbuds \u200b#\u200b",R),
 ("pass","x","en","Ad\ufe0f: New Acme earbuds",R),
 ("pass","x","en","A\u0301d: New Acme earbuds",R),
]
add(SECOND)

# 16. third batch: no language given, network spelt as people write it, no context at all, UK
THIRD = [
 ("pass","LinkedIn",None,"[Publicité] Acme ouvre ses portes à Lyon ce samedi.",R),
 ("pass","Twitter",None,"Pub : Acme ouvre ses portes à Lyon ce samedi.",R),
 ("warn","x",None,"Acme ouvre ses portes à Lyon ce samedi. #pub",R),
 ("fail","x",None,"Partenariat : Acme ouvre ses portes à Lyon ce samedi.",R),
 ("pass","x",None,"En partenariat avec @acme : portes ouvertes à Lyon ce samedi.",R),
 ("pass","x",None,"Collaboration rémunérée avec Acme : portes ouvertes samedi.",R),
 ("fail","x",None,"Annonce : Acme ouvre ses portes à Lyon ce samedi.",R),
 ("pass","x",None,"Acme opens its doors in London this Saturday. #ad",dict(R, jurisdiction="uk")),
 ("fail","x",None,"Acme opens its doors in London this Saturday. #spon",dict(R, jurisdiction="uk")),
 ("pass","x",None,"Advert: Acme opens its doors in London this Saturday.",dict(R, jurisdiction="uk")),
 ("fail","x",None,"Acme opens its doors in London this Saturday, in association with Acme.",dict(R, jurisdiction="uk")),
 ("warn","x",None,"I work here at Acme, and we open in London this Saturday!",E),
 ("fail","x",None,"My company opens in London this Saturday!",E),
 ("fail","x",None,"Our company opens in London this Saturday!",E),
 ("warn","x",None,"Acme (my employer) opens in London this Saturday!",E),
 ("warn","x","en","#ProudEmployee Acme opens in London this Saturday!",E),
 ("warn","instagram","fr","Salarié·e de Acme, je vous invite samedi !",E),
 ("pass","instagram","fr","#CollaborationCommerciale #SalariéAcme Je vous invite samedi !",E),
 ("warn","instagram","fr","Acme, la boîte où je bosse, ouvre samedi !",E),
 ("fail","instagram","fr","Acme, une super boîte, ouvre samedi !",E),
 ("pass","facebook","en","Acme opens Saturday!",N),
 ("pass","facebook","en","Acme opens Saturday!",{}),
 ("pass","facebook","fr","Acme ouvre samedi !",{}),
 ("fail","facebook","en","Acme opens Saturday! #sp",{}),
 ("warn","facebook","en","Acme gave me this lamp to try. Love it!",R),
 ("pass","facebook","en","Acme gave me this lamp for free to try. Love it!",R),
 ("warn","instagram","en","Promoted by Acme: the new lamp.",R),
 ("pass","mastodon","en","Paid post: the new Acme lamp is out.",R),
 ("fail","mastodon","en","The new Acme lamp is out. Check it out!!! #acme #lamp #design #home #decor #interior #ad",R),
 ("pass","mastodon","en","The new Acme lamp is out. #ad #acme",R),
 ("fail","bluesky","en","the new acme lamp is out",R),
 ("pass","bluesky","en","AD the new acme lamp is out",R),
 ("pass","bluesky","en","ad - the new acme lamp is out",R),
 ("fail","linkedin","en","I'm thrilled to share that Acme, a company I admire, launched a lamp.",R),
 ("pass","linkedin","en","Thrilled to share (sponsored): Acme launched a lamp.",R),
 ("fail","linkedin","fr","Je suis ravie de partager le lancement de la lampe Acme ! #AcmeAmbassadrice",R),
 ("fail","linkedin","fr","Lampe Acme : mon avis honnête (pas sponsorisé !)",R),
 ("pass","linkedin","fr","Lampe Acme : mon avis honnête (pas sponsorisé !)",N),
 ("fail","linkedin","fr","Lampe Acme : mon avis honnête, je n'ai reçu aucune contrepartie.",R),
 ("fail","instagram","fr","Ma lampe Acme " + "😍"*5 + "\n.\n.\n.\n.\n.\n#publicité",R),
 ("pass","instagram","fr","#publicité Ma lampe Acme " + "😍"*5,R),
 ("fail","x","fr","#publicité",dict(R, sector="nicotine")),
 ("warn","x","fr","#publicité Misez sur Acme Poker. Interdit aux mineurs.",dict(R, sector="gambling")),
 ("fail","linkedin","fr","Publicité — Acme Trading : CFD sur indices avec levier.",dict(R, sector="financial_cfd")),
]
add(THIRD)

# 17. fourth batch: pass controls, a wall led by the mention (still a wall), length of service as a relationship
FOURTH = [
 ("fail","instagram","en","Great serum! #ad #skincare #beauty #glow",R),
 ("fail","instagram","en","Great serum! #skincare #beauty #glow #ad #selfcare",R),
 ("warn","linkedin","fr","Chez Acme depuis 5 ans, je suis fière de vous présenter notre nouvelle appli.",E),
 ("warn","linkedin","en","I've been at Acme for 5 years and I'm proud of our new app.",E),
 ("pass","linkedin","en","Big milestone for our community: 10,000 members! Thank you all.",N),
 ("pass","linkedin","fr","Merci à toutes et à tous pour cette belle conférence !",N),
 ("pass","x","en","Reading a great book on habits this weekend.",{}),
 ("pass","instagram","fr","Balade en forêt ce matin 🍂🌲",{}),
 ("pass","facebook","fr","Collaboration commerciale avec Acme : je teste leur nouvelle gourde isotherme.",R),
 ("pass","bluesky","fr","Publicité pour Acme — leur gourde garde le café chaud 12 h.",R),
 ("pass","mastodon","en","Sponsored by Acme: their bottle keeps coffee hot for 12 hours.",R),
 ("pass","x","en","Ad: Acme's bottle keeps coffee hot for 12 hours ☕",R),
 ("fail","x","en","Acme's bottle keeps coffee hot for 12 hours ☕",R),
 ("fail","facebook","fr","La gourde Acme garde le café chaud 12 h ☕ Merci Acme !",R),
 ("warn","facebook","fr","#ad La gourde Acme garde le café chaud 12 h ☕",R),
 ("fail","facebook","fr","La gourde Acme garde le café chaud 12 h ☕ #sponsored",R),
 ("pass","linkedin","en","Paid partnership with Acme — " + "Their bottle kept my coffee hot all day during the conference. " * 3,R),
 ("fail","linkedin","en","Their bottle kept my coffee hot all day during the conference. " * 4 + "Paid partnership with Acme.",R),
 ("warn","linkedin","en","I work at Acme. " + "Our bottle kept my coffee hot all day during the conference. " * 3,E),
 ("fail","linkedin","en","Our bottle kept my coffee hot all day during the conference. " * 4 + "I work at Acme.",E),
 ("pass","linkedin","en","Ad — I work at Acme. Our bottle kept my coffee hot all day.",E),
 ("pass","linkedin","en","#ad #AcmeEmployee Our bottle kept my coffee hot all day.",ER),
 ("fail","instagram","fr","Publicité · Photo de notre nouvelle égérie.",dict(R, image_retouched=True, image_virtual=True)),
 ("pass","instagram","fr","Publicité · Image retouchée · Image virtuelle · Notre nouvelle égérie.",dict(R, image_retouched=True, image_virtual=True)),
 ("fail","x","fr","Publicité — Découvrez notre nouveau CBD à vapoter !",dict(R, sector="nicotine")),
 ("warn","x","fr","Publicité — Ouvrez votre compte crypto chez Acme, prestataire enregistré auprès de l'AMF.",dict(R, sector="crypto")),
 ("fail","x","en","I'm not paid by Acme, I just love it. #ad",R),
 ("pass","x","en","I'm not paid by Acme, I just love it.",N),
 ("fail","instagram","en","Acme bottle" + "\u200b" * 20 + "\n" * 3 + "#ad",R),
 ("pass","instagram","en","Z\u200be\u200bs\u200bt bottle #ad",R),
 ("fail","x","en","#\U000e0061\U000e0064 Acme bottle",R),
 ("pass","x","en","#ad Acme bottle " + "🔥" * 100,R),
 ("fail","x","en","#ad Acme bottle " + "🔥" * 140,R),
]
add(FOURTH)


# 18. issue #15 regression cases, one or more per category fixed (own texts, brand "Zest")
ZR = dict(rewarded=True, brand="Zest")
ZE = dict(employee=True, rewarded=False, brand="Zest")
ZER = dict(employee=True, rewarded=True, brand="Zest")
FIFTH = [
 # nothing owed: not a commercial communication for the brand
 ("pass","linkedin","fr","On recrute chez Zest ! Deux postes de data analyst à Nantes, postulez via le lien.",ZE),
 ("pass","linkedin","en","We're hiring at Zest: two data analyst roles in Leeds. Apply via the careers page.",dict(ZER, jurisdiction="uk")),
 ("pass","linkedin","fr","Pot de départ ce soir après 8 ans : merci pour tout, je garde de super souvenirs.",ZE),
 ("pass","instagram","en","My daughter's first swim meet this weekend, so proud of her!",dict(ZE, image_retouched=True)),
 ("pass","linkedin","fr","Le décret n° 2025-112 entre en vigueur le 1er mars : ce qui change pour la facturation électronique.",ZE),
 ("pass","linkedin","en","World Blood Donor Day: our local centre needs O-negative donors this week.",ZER),
 ("pass","linkedin","fr","Merci à toute l'équipe pour ces six mois de travail, bravo à tous !",ZE),
 ("pass","linkedin","fr","Notre accord d'intéressement a été signé : chaque salarié en bénéficie dès cette année.",ZER),
 ("fail","linkedin","en","We're hiring! Also: try our new planner app with code HIRE10.",ZE),
 # employment in natural words: enough everywhere (salary alone is no consideration for the post)
 ("pass","linkedin","en","I'm on the Zest team and our new planner app is out now!",ZE),
 ("pass","linkedin","en","I'm part of Zest's partnerships team: check out our new planner app.",ZE),
 ("pass","linkedin","en","At Zest we just launched a planner app for busy parents.",ZE),
 ("pass","x","en","#ZestEmployee Our new planner app is out now!",dict(ZE, jurisdiction="uk")),
 ("pass","linkedin","fr","Chez Zest, nous lançons une appli de budget pour les étudiants.",ZE),
 ("pass","linkedin","fr","Avec mon équipe chez Zest, on sort une appli de budget : découvrez-la !",ZE),
 ("pass","linkedin","fr","Zest lance son appli de budget et, salarié·e de Zest, j'en suis fière : découvrez-la !",ZE),
 ("fail","linkedin","en","Check out our new planner app, it is out now!",ZE),
 # France: the commercial mention names the advertiser; elsewhere the employment is owed too
 ("pass","linkedin","fr","Collaboration commerciale avec Zest : découvrez leur nouvelle appli de budget.",ZER),
 ("fail","linkedin","en","Ad: partnership with Zest. Check out their new planner app.",ZER),
 # sectors read from the text, each jurisdiction its own table
 ("fail","instagram","fr","Publicité — Trade le forex avec un levier x100 sur Zest Markets.",ZR),
 ("fail","instagram","fr","Publicité : abonnement VIP à mes pronos foot, 20 € par mois.",ZR),
 ("warn","instagram","fr","Publicité — Casino en ligne Zest : 100 tours offerts. Interdit aux moins de 18 ans.",ZR),
 ("fail","instagram","fr","Publicité — La nouvelle bière blonde Zest est arrivée !",ZR),
 ("fail","instagram","fr","Publicité — Nouvelle puff 600 taffes goût mangue chez Zest.",ZR),
 ("pass","linkedin","fr","Publicité : formation Excel 100 % finançable CPF chez Zest Academy.",ZR),
 ("fail","linkedin","fr","Publicité : formation Excel finançable CPF, envoie-moi ton numéro en MP et je m'occupe de ton dossier !",ZR),
 ("pass","instagram","fr","Publicité — Le nouveau rosé de la maison Zest. L'abus d'alcool est dangereux pour la santé, à consommer avec modération.",ZR),
 ("pass","x","fr","Publicité — Ouvrez un compte crypto chez Zest, prestataire enregistré auprès de l'AMF (PSAN).",ZR),
 ("warn","x","fr","Publicité — Ouvrez un compte crypto chez Zest.",ZR),
 ("warn","instagram","fr","Publicité — Mon combiné du week-end chez Zest Paris : cote 12 ! Interdit aux moins de 18 ans.",ZR),
 ("fail","instagram","fr","Publicité — Avec les paris Winamax j'ai trouvé un revenu complémentaire. Interdit aux moins de 18 ans.",ZR),
 ("fail","instagram","en","#ad Flawless skin in a week with the new Zest serum!",dict(ZR, image_retouched=True, jurisdiction="uk")),
 ("pass","linkedin","en","We're hiring a senior engineer at Zest, $140,000–$160,000 a year. Apply on our careers page.",dict(ZER, jurisdiction="us")),
 ("fail","instagram","en","#ad I stopped my blood-pressure medication since I drink Zest tea every morning.",ZR),
 ("pass","x","en","#ad My NBA picks newsletter is $15 a month, first week free.",dict(ZR, jurisdiction="us")),
 ("pass","instagram","en","#ad Booked my lip filler touch-up at Zest Aesthetics today.",dict(ZR, jurisdiction="us")),
 ("pass","instagram","en","#ad Free consultation for cosmetic surgery at Zest Clinic, over-18s only.",dict(ZR, jurisdiction="uk")),
 ("pass","instagram","en","#ad Zest nicotine pouches, now in mint. WARNING: This product contains nicotine. Nicotine is an addictive chemical.",
  dict(ZR, jurisdiction="us")),
 ("fail","instagram","en","#ad Zest nicotine pouches, now in mint.",dict(ZR, jurisdiction="us")),
 ("fail","instagram","en","#ad Zest vapes, now in mint.",dict(ZR, jurisdiction="uk")),
 # content rules inside restricted sectors
 ("fail","instagram","fr","Publicité — Grâce à mes paris sportifs sur Zest j'ai payé mon loyer ce mois-ci ! Interdit aux moins de 18 ans.",ZR),
 ("fail","x","en","#ad Last chance! Bet £10 get £40 at Zest Bet, tonight only. 18+",dict(ZR, jurisdiction="uk")),
 ("fail","x","en","#ad Zest token x20 before summer, guaranteed.",dict(ZR, jurisdiction="us")),
 ("fail","x","en","#ad Refer a friend to Zest and get £10 in bitcoin.",dict(ZR, jurisdiction="uk")),
 ("fail","x","en","#ad Back to school? Zest Casino has a welcome bonus for students under 18s too. 18+",dict(ZR, jurisdiction="uk")),
 # wording, each jurisdiction its own reading
 ("fail","instagram","en","#gifted Loving my Zest planner.",dict(ZR, jurisdiction="uk")),
 ("fail","instagram","en","In partnership with Zest: loving my new planner.",dict(ZR, jurisdiction="uk")),
 ("warn","instagram","en","In partnership with Zest: loving my new planner.",dict(ZR, jurisdiction="us")),
 ("fail","instagram","fr","#ad Mon nouvel agenda Zest est parfait pour la rentrée.",ZR),
 ("fail","instagram","fr","Publicité · Retouched image · Ma nouvelle crème Zest.",dict(ZR, image_retouched=True)),
 ("pass","instagram","en","#ad My new Zest jacket.",dict(ZR, image_retouched=True, jurisdiction="uk")),
 # disguised mentions: seen, so they count (see section 21: only letters a reader cannot read fail)
 ("fail","instagram","fr","ᴾᵘᵇˡᶦᶜᶦᵗᵉ́ : la nouvelle appli Zest.",ZR),
 ("fail","instagram","fr","ᴘᴜʙʟɪᴄɪᴛé · la nouvelle appli Zest.",ZR),
 ("fail","x","en","#\u0430d Zest planner, new colours.",ZR),
 ("fail","x","en","#a\u200bd Zest planner, new colours.",ZR),
 ("fail","instagram","en","Use my code ZEST20 for 20% off the new planner.",{}),
 ("pass","instagram","en","Soft light this morning in the garden.",{}),
]
add(FIFTH)

# 20. issue #15, third pass: what the law says, decided where the text is enough
ZE3 = dict(employee=True, rewarded=False, brand="Zest")
ZER3 = dict(employee=True, rewarded=True, brand="Zest")
ZR3 = dict(rewarded=True, brand="Zest")
SIXTH = [
 # the text says the author is rewarded for what the post brings in: a consideration, whatever the context says
 ("fail","linkedin","fr","Je travaille chez Zest et je gagne des points à chaque inscription avec mon lien : découvrez notre appli !",ZE3),
 ("fail","linkedin","en","I work at Zest and I get a bonus for every sign-up through my referral link. Try our app!",dict(ZE3, jurisdiction="us")),
 ("pass","linkedin","fr","Je travaille chez Zest : découvrez notre nouvelle appli !",ZE3),
 # France: the mention must name the advertiser for the employment link to be left out
 ("pass","linkedin","fr","Publicité pour Zest : leur nouvelle appli de budget est sortie.",ZER3),
 ("fail","instagram","fr","Publicité — J'adore ma nouvelle appli de budget Zest, je la recommande à tous !",ZER3),
 # stacked negations: one denial, and the fix removes it whole
 ("fail","instagram","en","not not commerciale #ad #ad Loving the new Zest planner",dict(ZR3, jurisdiction="us")),
 ("fail","instagram","fr","Pas pas de pub, pas de pub ! J'adore le nouvel agenda Zest",ZR3),
 # sectors the text shows (France)
 ("fail","instagram","fr","Publicité — Épilation définitive au laser chez Zest Clinic, résultat parfait.",ZR3),
 ("fail","instagram","fr","Publicité — Les paris sportifs m'ont permis de payer mes vacances. Interdit aux moins de 18 ans.",ZR3),
 ("fail","instagram","fr","Publicité — Depuis que je parie sur Zest, je me fais 300 € par mois en plus de mon salaire. Interdit aux moins de 18 ans.",ZR3),
 ("warn","instagram","fr","Publicité — Mon ticket du jour sur Zest Bet : triple à 6,2. Interdit aux moins de 18 ans.",ZR3),
 ("fail","instagram","fr","Publicité — Mon accumulateur du week-end chez Zest : gain potentiel 450 € !",ZR3),
 ("fail","linkedin","fr","Je travaille chez Zest : notre tisane remplace vos somnifères, essayez-la !",ZE3),
 ("fail","instagram","fr","Publicité — Le complément Zest soigne l'anxiété mieux qu'un antidépresseur.",ZR3),
 ("fail","linkedin","fr","Je travaille chez Zest : le token ZST va faire x10, achetez-en avant le listing !",ZE3),
 ("fail","linkedin","fr","Je travaille chez Zest : notre nouveau rosé est enfin disponible en magasin, foncez !",ZE3),
 # sectors the text shows (US, UK)
 ("fail","instagram","en","#ad I ditched my inhaler since I started the Zest breathing drops.",dict(ZR3, jurisdiction="us")),
 ("fail","instagram","en","#ad Zest Casino: spin the wheel like in your favourite video game! 18+",dict(ZR3, jurisdiction="uk")),
 ("fail","instagram","en","#ad Freshers! Zest Bet is the perfect way to make your student loan go further. 18+",dict(ZR3, jurisdiction="uk")),
 ("fail","instagram","en","#ad My premium football tips on Zest Tips: 85% strike rate, £20 a month. 18+",dict(ZR3, jurisdiction="uk")),
 ("pass","instagram","en","#ad Get your first bet on Zest Bet, odds boosted on the derby. 18+ BeGambleAware.org",dict(ZR3, jurisdiction="uk")),
 ("pass","linkedin","en","I work at Zest and our new tequila is finally here! Please drink responsibly.",dict(ZE3, jurisdiction="us")),
]
add(SIXTH)


_US_EMPLOYEE = 'US/UK: an employee who states the employment has made the connection clear (16 CFR 255.5 ex. 8; CPUTR Sch. 1 para 22); the salary review is a French reading (DGCCRF)'
_AD_IN_FRENCH = 'France: art. 5 loi 2023-451 asks for « Publicité » or « Collaboration commerciale » and loi 94-665 French in advertising: an English mention in a French post is not understood'
_DISGUISED = ('Issue #15 item 6: a mention spelt with look-alikes, superscripts or hidden characters is seen but is not '
              '« claire, lisible, identifiable » (loi 2023-451 art. 5) nor "clear and conspicuous" (16 CFR 255.0(f)): '
              'the hashtag link breaks and screen readers misread it; the text decides it (mention_obfuscated, fail; '
              'the fix retypes it)')
_IMAGES_US = 'US: no federal label for retouched or virtual images (FTC Act § 5 only when misleading); the French art. 5 III mention is French law'
_RECRUITING = 'A recruiting post is not a commercial communication for goods or services: nothing is owed (DOMAIN §4, issue #15 item 1)'
_CHEZ_NOUS = '« Chez Acme, on … » states the employment in natural words (issue #15 item 2)'
_SALARY = ('An employee who states the employment, with no reward beyond the salary, has made the connection clear '
           '(C. consom. L121-4 22°; directive 2005/29/CE annex I pt 22); a salary is no consideration for one post '
           '(loi 2023-451 art. 1, « à titre onéreux »): the text decides it, nothing is left for a reviewer')
_NAMED_ADVERTISER = ('France: « Collaboration commerciale avec X » names the advertiser as art. 5 loi 2023-451 asks; the '
                     'reader knows whose communication it is, so the employment link is not owed on top (US/UK: it is)')
_CONDITION_SHOWN = 'France: the condition the text can show is shown (the Evin health message; the provider registered with the AMF), nothing is left to review'
_NO_PROMOTION = ('An employee who names the employer without promoting goods, services or an offer (its report is out, '
                 'pride in a team) makes no commercial communication (loi 2023-451 art. 1; 16 CFR 255.0; CAP 1.1): '
                 'nothing is owed, issue #15 item 1')
_TIPS_US = 'US: tipster subscriptions are not banned; the ban on betting-tips promotion is French (loi 2023-451 art. 4)'

# 18. relabelled for issue #15: these labels encoded readings the law does not support. Each keeps
#     its old label in the note with the reason (text → (new label, reason)).
RELABELLED = {
    "Publicité — Découvrez nos nouvelles cuvées. L'abus d'alcool est dangereux pour la santé.": ('pass', _CONDITION_SHOWN),
    "Publicité — Ouvrez votre compte crypto chez Acme, prestataire enregistré auprès de l'AMF.": ('pass', _CONDITION_SHOWN),
    "I work at Acme and I'm proud of the new app we shipped.": ('pass', _US_EMPLOYEE),
    '#AcmeEmployee here: our new app is out and it is great.': ('pass', _US_EMPLOYEE),
    'As an Acme employee I am biased, but our new app is great.': ('pass', _US_EMPLOYEE),
    "I'm a product designer at Acme: our new collection is out.": ('pass', _US_EMPLOYEE),
    '#ad Ma nouvelle crème préférée, texture légère et parfum discret.': ('fail', _AD_IN_FRENCH),
    'Ad: ma nouvelle crème préférée, texture légère.': ('fail', _AD_IN_FRENCH),
    'I work at Acme. I spent three weeks with the new smartwatch and here is my full review: the battery lasts five days, the screen stays readable in full sunlight and sleep tracking is accurate. The strap is comfy even at night. ': ('pass', _US_EMPLOYEE),
    'Pub\u200blicité : le nouveau forfait est sans engagement.': ('fail', _DISGUISED),
    '#a\u200bd Loving the new Acme headphones.': ('fail', _DISGUISED),
    'Ｐｕｂｌｉｃｉｔé · Ma nouvelle crème préférée.': ('fail', _DISGUISED),
    '#аd My new favourite cream.': ('fail', _DISGUISED),
    '𝐂𝐨𝐥𝐥𝐚𝐛𝐨𝐫𝐚𝐭𝐢𝐨𝐧 𝐜𝐨𝐦𝐦𝐞𝐫𝐜𝐢𝐚𝐥𝐞 avec Acme — notre nouvelle offre.': ('fail', _DISGUISED),
    'Ｓｐｏｎｓｏｒｅｄ: the new Acme headphones.': ('fail', _DISGUISED),
    'Colla\xadboration commerciale avec Acme : notre nouvelle offre.': ('fail', _DISGUISED),
    'Ⓟⓤⓑⓛⓘⓒⓘⓣⓔ · ma nouvelle crème.': ('fail', _DISGUISED),
    'Sроnsоrеd by Acme: great headphones.': ('fail', _DISGUISED),
    '#ad My new summer look.': ('pass', _IMAGES_US),
    '#ad Meet our new face.': ('pass', _IMAGES_US),
    "I'm employed by Acme, and our new report is out.": ('pass', _US_EMPLOYEE),
    'My employer Acme just published its report.': ('pass', _US_EMPLOYEE),
    'Acme is hiring engineers in Paris! Come join us.': ('pass', _RECRUITING),
    'Je suis allée chez Acme : leur rapport est sorti.': ('pass', _NO_PROMOTION),
    'Acme just published its report, worth a read.': ('pass', _NO_PROMOTION),
    "Fier de l'équipe Acme ! Bravo pour ce lancement.": ('pass', _NO_PROMOTION),
    'I work at Acme and we are hiring engineers in Paris!': ('pass', _US_EMPLOYEE),
    "We're hiring! Disclosure: I'm a Acme employee.": ('pass', _US_EMPLOYEE),
    "Proud Acme employee here. We're hiring!": ('pass', _US_EMPLOYEE),
    "Proud to be part of this amazing company. We're hiring!": ('pass', _RECRUITING),
    'Je travaille chez Acme : on recrute des ingénieurs à Paris !': ('pass', _US_EMPLOYEE),
    'On recrute des ingénieurs à Paris ! Rejoignez Acme.': ('pass', _RECRUITING),
    'Salarié chez Acme, je relaie : on recrute !': ('pass', _US_EMPLOYEE),
    'Full disclosure: I work for Acme. Check out our new app.': ('pass', _US_EMPLOYEE),
    'Voici mon avis sur le nouveau sérum après un mois. #ad #sp': ('fail', _AD_IN_FRENCH),
    'Voici mon avis sur le nouveau sérum après un mois. #ad': ('fail', _AD_IN_FRENCH),
    '#ａｄ Acme launches its solar lamp': ('fail', _DISGUISED),
    'ᴾᵘᵇˡⁱᶜⁱᵗᵉ́ Acme lance sa lampe': ('fail', _DISGUISED),
    'Chez Acme, on lance des écouteurs !': ('pass', _CHEZ_NOUS),
    'Proud to work at Acme, we just launched earbuds!': ('pass', _US_EMPLOYEE),
    "(I'm an Acme employee) We just launched earbuds!": ('pass', _US_EMPLOYEE),
    'Employee of Acme here — we just launched earbuds!': ('pass', _US_EMPLOYEE),
    '#ad Get my weekly betting tips subscription!': ('pass', _TIPS_US),
    'Ｎｅｗ Ｏｒｂｉｔ ｅａｒｂｕｄｓ ＃ａｄ': ('fail', _DISGUISED),
    'New Acme earbuds #аd': ('fail', _DISGUISED),
    'Nouveaux écouteurs Acme — Рublicité': ('fail', _DISGUISED),
    'I work here at Acme, and we open in London this Saturday!': ('pass', _US_EMPLOYEE),
    'Acme (my employer) opens in London this Saturday!': ('pass', _US_EMPLOYEE),
    '#ProudEmployee Acme opens in London this Saturday!': ('pass', _US_EMPLOYEE),
    "I've been at Acme for 5 years and I'm proud of our new app.": ('pass', _US_EMPLOYEE),
    '#ad La gourde Acme garde le café chaud 12 h ☕': ('fail', _AD_IN_FRENCH),
    'I work at Acme. Our bottle kept my coffee hot all day during the conference. Our bottle kept my coffee hot all day during the conference. Our bottle kept my coffee hot all day during the conference. ': ('pass', _US_EMPLOYEE),
}
# 19. relabelled for issue #15 (third pass): a French employee who states the employment owes nothing more
RELABELLED.update({
    'Je travaille chez Acme et je suis fière de notre nouvelle application.': ('pass', _SALARY),
    "Salariée d'Acme, je vous présente notre nouvelle collection.": ('pass', _SALARY),
    'Mon employeur, Acme, lance une nouvelle offre.': ('pass', _SALARY),
    'Je suis ingénieure chez Acme : notre rapport est sorti.': ('pass', _SALARY),
    "Fier de faire partie de l'équipe Acme ! Je travaille ici depuis 5 ans.": ('pass', _SALARY),
    'Fier de travailler chez Acme, qui lance des écouteurs !': ('pass', _SALARY),
    'Chez Acme, où je travaille depuis 3 ans, on lance des écouteurs !': ('pass', _SALARY),
    'Salarié·e de Acme, je vous invite samedi !': ('pass', _SALARY),
    'Acme, la boîte où je bosse, ouvre samedi !': ('pass', _SALARY),
    'Chez Acme depuis 5 ans, je suis fière de vous présenter notre nouvelle appli.': ('pass', _SALARY),
})
# 21. issue #15, fourth pass: what the law asks of an employee's post, and what a reader sees.
_LABEL_ENOUGH = ('An accepted advertising label up front tells the reader the brand speaks: the author poses as no '
                 'consumer (directive 2005/29/CE annex I pt 22; CPUTR Sch. 1 para 22), "Ad" discloses any material '
                 'connection, employment included (FTC, Disclosures 101), and art. 5 loi 2023-451 asks for « Publicité » '
                 'or « Collaboration commerciale », not for the advertiser\'s name; stating the employment too is a note')
_EMPLOYMENT_ENOUGH = ('An employee rewarded by the employer\'s programme who says up front that they work for the brand has '
                      'made the commercial intent explicit: the reward comes from the connection stated (art. 5 loi '
                      '2023-451 as amended by ord. 2024-978: « une mention équivalente »; 16 CFR 255.5; CPUTR Sch. 1 '
                      'para 22); "Publicité" / "#ad" on top is a note')
_VISIBLE = ('What the reader sees decides (art. 5 « claire, lisible et compréhensible »; 16 CFR 255.0(f) "easily '
            'noticed, read and understood"; CAP 2.1): look-alike, styled, fullwidth or small-capital letters and '
            'invisible characters inside a word read at the text\'s size, so the mention counts, with a '
            'mention_obfuscated note (hashtag link, screen readers); superscript, subscript and struck-through '
            'letters are not legible: mention_illegible, fail')
RELABELLED.update({t: ('pass', _VISIBLE) for t in (
    'Pub\u200blicité : le nouveau forfait est sans engagement.', '#a\u200bd Loving the new Acme headphones.',
    'Ｐｕｂｌｉｃｉｔé · Ma nouvelle crème préférée.', '#аd My new favourite cream.',
    '𝐂𝐨𝐥𝐥𝐚𝐛𝐨𝐫𝐚𝐭𝐢𝐨𝐧 𝐜𝐨𝐦𝐦𝐞𝐫𝐜𝐢𝐚𝐥𝐞 avec Acme — notre nouvelle offre.', 'Ｓｐｏｎｓｏｒｅｄ: the new Acme headphones.',
    'Colla\xadboration commerciale avec Acme : notre nouvelle offre.', 'Ⓟⓤⓑⓛⓘⓒⓘⓣⓔ · ma nouvelle crème.',
    'Sроnsоrеd by Acme: great headphones.', '#ａｄ Acme launches its solar lamp', 'Ｎｅｗ Ｏｒｂｉｔ ｅａｒｂｕｄｓ ＃ａｄ',
    'New Acme earbuds #аd', 'Nouveaux écouteurs Acme — Рublicité', 'ᴘᴜʙʟɪᴄɪᴛé · la nouvelle appli Zest.',
    '#аd Zest planner, new colours.', '#a\u200bd Zest planner, new colours.')})
RELABELLED.update({t: ('pass', _LABEL_ENOUGH) for t in (
    '#ad The new Acme app is out!', 'Publicité — notre nouvelle offre est disponible, foncez.',
    "#ad Check out Acme's new app.", 'Ad — we just launched earbuds!',
    'Ad: partnership with Zest. Check out their new planner app.',
    "Publicité — J'adore ma nouvelle appli de budget Zest, je la recommande à tous !")})
RELABELLED.update({t: ('pass', _EMPLOYMENT_ENOUGH) for t in (
    'I work at Acme. The new app is out!', '#AcmeEmployee Check out our new app.')})

ZE4 = dict(employee=True, rewarded=False, brand="Orbe")
ZER4 = dict(employee=True, rewarded=True, brand="Orbe")
ZR4 = dict(rewarded=True, brand="Orbe")
_US, _UK = dict(jurisdiction="us"), dict(jurisdiction="uk")
SEVENTH = [
 # an employee's post with an advertising label up front: the label is the disclosure, in every jurisdiction
 ("pass","linkedin","fr","Publicité — la nouvelle gourde isotherme garde le café chaud douze heures.",ZER4),
 ("pass","linkedin","fr","Publicité — la nouvelle gourde isotherme garde le café chaud douze heures.",ZE4),
 ("pass","instagram","fr","Sponsorisé · La gourde Orbe tient le café chaud toute la journée.",ZER4),
 ("pass","linkedin","fr","Collaboration commerciale — notre nouvelle gourde isotherme arrive en boutique.",ZER4),
 ("pass","linkedin","fr","[Publicité] Notre gourde isotherme arrive en boutique samedi.",ZER4),
 ("pass","instagram","en","#ad The new Orbe bottle keeps coffee hot for twelve hours.",dict(ZER4, **_US)),
 ("pass","instagram","en","#ad The new Orbe bottle keeps coffee hot for twelve hours.",dict(ZER4, **_UK)),
 ("pass","linkedin","en","Paid partnership with Orbe: the new bottle keeps coffee hot all day.",dict(ZER4, **_US)),
 ("pass","linkedin","en","Paid partnership with Orbe: the new bottle keeps coffee hot all day.",dict(ZER4, **_UK)),
 ("pass","x","en","Sponsored | Orbe's new bottle keeps coffee hot all day.",dict(ZE4, **_US)),
 ("pass","x","en","Ad: Orbe's new bottle keeps coffee hot all day.",dict(ZER4, **_UK)),
 # the employment stated up front by an employee the programme rewards: in the US that discloses the
 # material connection (16 CFR 255.5); France and the UK want the advertising label as well, since points
 # per post are a consideration the employment does not tell (loi 2023-451 art. 1 et 5; CAP 2.1)
 ("fail","linkedin","fr","Je suis cheffe de produit chez Orbe : notre nouvelle gourde garde le café chaud, découvrez-la.",ZER4),
 ("fail","linkedin","fr","Salariée d'Orbe : notre nouvelle gourde sort aujourd'hui.",ZER4),
 ("pass","linkedin","fr","Publicité — je suis cheffe de produit chez Orbe : notre nouvelle gourde garde le café chaud.",ZER4),
 ("pass","linkedin","en","I'm a product manager at Orbe: our new bottle keeps coffee hot all day, check it out.",dict(ZER4, **_US)),
 ("fail","linkedin","en","I work at Orbe — our new bottle keeps coffee hot all day. Available now.",dict(ZER4, **_UK)),
 ("pass","linkedin","en","#ad I work at Orbe — our new bottle keeps coffee hot all day. Available now.",dict(ZER4, **_UK)),
 # … but not a text that says the author earns per sign-up: that is an affiliate's consideration
 ("fail","linkedin","en","I work at Orbe and I earn a referral bonus for every sign-up through my link. Try our app!",dict(ZE4, **_US)),
 # breaches stay breaches: the label after the cut, in a wall, too weak, in another language; a denied employment
 ("fail","instagram","en","The new Orbe bottle keeps coffee hot for twelve hours, even on the longest commute of the week, and it fits every cup holder I tried this month. #ad",dict(ZER4, **_US)),
 ("fail","instagram","fr","La nouvelle gourde Orbe garde le café chaud. #sport #cafe #bureau #pub #gourde #matin",ZER4),
 ("fail","x","en","#sp The new Orbe bottle keeps coffee hot all day.",dict(ZER4, **_UK)),
 ("fail","linkedin","fr","#ad Notre nouvelle gourde garde le café chaud toute la journée.",ZER4),
 ("fail","x","en","I don't work for Orbe, I just love their new bottle. #ad",dict(ZER4, **_US)),
 ("fail","linkedin","fr","Je ne travaille pas chez Orbe, mais leur gourde est géniale. Publicité.",ZER4),
 ("fail","linkedin","en","I work at Orbe. Our new nicotine pouches are out in three flavors.",dict(ZER4, **_US)),
 # image mentions: French law only (art. 5 III); the US has no label, the UK a misleading-filter rule
 ("pass","instagram","fr","Publicité · Image retouchée — le nouveau sac en cuir recyclé est en boutique.",dict(ZER4, image_retouched=True)),
 ("pass","instagram","fr","Photo retouchée. Je travaille chez Orbe : notre nouveau sac est en boutique.",dict(ZE4, image_retouched=True)),
 ("pass","instagram","fr","Image virtuelle · Collaboration commerciale avec Orbe : la veste d'hiver sur notre mannequin.",dict(ZR4, image_virtual=True)),
 ("pass","instagram","fr","Image générée par IA — Publicité : la nouvelle veste Orbe.",dict(ZER4, image_virtual=True)),
 ("fail","instagram","fr","Publicité — le nouveau sac Orbe en cuir recyclé est en boutique.",dict(ZER4, image_retouched=True)),
 ("fail","instagram","fr","Publicité — la nouvelle veste Orbe, portée par notre mannequin.",dict(ZER4, image_virtual=True)),
 ("pass","instagram","en","#ad The new Orbe leather bag, made from recycled hides.",dict(ZER4, image_retouched=True, **_US)),
 ("pass","instagram","en","#ad The new Orbe jacket on our model.",dict(ZER4, image_virtual=True, **_US)),
 ("pass","instagram","en","Ad · The new Orbe jacket on our model.",dict(ZER4, image_virtual=True, **_UK)),
 ("pass","instagram","en","Ad | Orbe's new leather bag. Retouched image.",dict(ZR4, image_retouched=True, **_UK)),
 ("fail","instagram","en","#ad Orbe's new moisturiser leaves skin glowing.",dict(ZR4, image_retouched=True, **_UK)),
 # what a reader sees: look-alikes, styled letters and hidden characters count (a note); tiny or struck letters fail
 ("pass","instagram","en","#\u0430d The new Orbe bottle keeps coffee hot.",dict(ZR4, **_US)),
 ("pass","instagram","en","#a\u200bd The new Orbe bottle keeps coffee hot.",dict(ZR4, **_UK)),
 ("pass","instagram","fr","P u b l i c i t é — la nouvelle gourde Orbe garde le café chaud.",ZR4),
 ("pass","instagram","fr","𝐏𝐮𝐛𝐥𝐢𝐜𝐢𝐭é — la nouvelle gourde Orbe garde le café chaud.",ZR4),
 ("fail","instagram","fr","ᴾᵘᵇˡᶦᶜᶦᵗᵉ́ — la nouvelle gourde Orbe garde le café chaud.",ZR4),
 ("fail","instagram","en","ₐd — the new Orbe bottle keeps coffee hot.",dict(ZR4, **_US)),
 ("fail","instagram","fr","P\u0336u\u0336b\u0336l\u0336i\u0336c\u0336i\u0336t\u0336é\u0336 — la nouvelle gourde Orbe.",ZR4),
 ("fail","instagram","en","Loving the new Orbe bottle" + "\u200b" * 300 + " #ad",dict(ZR4, **_US)),
 # a label up front no longer hides the sector rules behind a missing employment link: they decide on their own
 ("fail","instagram","fr","Publicité — Grâce aux paris sur Orbe Bet, j'arrondis mes fins de mois. Interdit aux moins de 18 ans.",ZER4),
 ("fail","instagram","en","#ad Orbe Bet paid my rent this month! 18+ BeGambleAware.org",dict(ZER4, **_UK)),
 ("fail","instagram","en","#ad Stuck for cash? Orbe Casino could be your side hustle. 18+",dict(ZR4, **_UK)),
 ("fail","instagram","en","#ad Orbe zyn-style pouches, 6mg, berry.",dict(ZER4, **_US)),
 ("pass","instagram","en","#ad Orbe nicotine pouches, 6mg, berry. WARNING: This product contains nicotine. Nicotine is an addictive chemical.",dict(ZER4, **_US)),
 # alcohol: factual content only (L3323-4), nothing on excess, strength, success or driving (CAP 18; US industry codes)
 ("fail","instagram","fr","Publicité — Le rosé Orbe, parfait pour se mettre une mine entre amis ! L'abus d'alcool est dangereux pour la santé, à consommer avec modération.",ZR4),
 ("fail","instagram","en","#ad Orbe lager: the strongest beer in the shop. Get the lads round!",dict(ZR4, **_UK)),
 ("fail","instagram","en","#ad Bottomless Orbe margaritas all weekend, let's get wasted!",dict(ZR4, **_US)),
 ("pass","instagram","fr","Publicité — Le crémant Orbe, élevé 24 mois sur lattes. L'abus d'alcool est dangereux pour la santé, à consommer avec modération.",ZR4),
 ("pass","instagram","en","#ad Orbe gin, distilled with Scottish juniper. Please drink responsibly.",dict(ZR4, **_UK)),
 ("fail","instagram","en","#ad Free bets on Orbe Sportsbook: easy money to beat the cost of living! 18+",dict(ZR4, **_UK)),
 ("fail","instagram","fr","Publicité — Avec mes paris sur Orbe, j'ai remboursé mon crédit. Interdit aux moins de 18 ans.",ZR4),
]
add(SEVENTH)

# 22. issue #15, owed first for an employee: naming the employer promotes nothing by itself (a talk, a farewell,
#     a charity run, a team's news, a scheme for graduates); a consumer's verdict on the employer's product does
ZE5 = dict(employee=True, rewarded=False, brand="Brio")
ZER5 = dict(employee=True, rewarded=True, brand="Brio")
ZR5 = dict(rewarded=True, brand="Brio")
EIGHTH = [
 ("pass","linkedin","en","Giving a talk at a database meetup in Leeds on Thursday about how Brio moved its logs to object storage. Slides after.",dict(ZE5, **_UK)),
 ("pass","linkedin","fr","Après huit ans chez Brio, j'ai rendu mon badge ce matin. Merci pour tout, on se recroise vite.",ZE5),
 ("pass","facebook","fr","Les collègues de Brio ont pédalé 80 km pour la recherche contre la mucoviscidose : 3 100 € récoltés !",ZE5),
 ("pass","x","en","Brio's apprenticeship programme opens today: two years, paid, in Bristol or Leeds. Applications close 12 Dec.",dict(ZE5, **_UK)),
 ("pass","linkedin","en","The regulator's new price cap comes in next month: £1,650 a year for a typical home. Worth a look.",dict(ZE5, **_UK)),
 ("pass","linkedin","en","Speaking at Money 20/20 Europe next week about fraud nudges that worked for us.",dict(ZE5, **_UK)),
 ("pass","x","en","Heads up: people are texting our customers pretending to be Brio. We will never ask for your PIN. Please share.",dict(ZE5, **_US)),
 ("pass","x","en","Wrapped up a great quarter with the Brio support crew. Thanks to the whole support team for the late nights.",dict(ZE5, **_US)),
 ("pass","x","fr","Le brief du jour : ma fille a perdu sa première dent, j'ai les yeux pas ouverts à 7h. Bonne journée.",ZE5),
 ("fail","x","en","Switched my whole team to Brio notebooks this spring. Best planner I've ever used, would recommend.",dict(ZE5, **_US)),
 ("fail","instagram","en","\u2b50\u2b50\u2b50\u2b50\u2b50 Sturdy, light and quiet. Brio's desk lamp is the one to get.",dict(ZE5, **_US)),
 ("fail","x","en","Brio's winter tune-up is on: £45 for a full service, till the end of March.",dict(ZE5, **_UK)),
 ("fail","x","fr","Franchement, depuis que je suis passée chez Brio pour ma box, zéro coupure. De loin le meilleur.",ZE5),
 ("fail","x","en","You need Brio's oat latte in your life. Creamier than anything else in town.",dict(ZE5, **_US)),
 ("pass","x","en","Disclosure: I work at Brio. Best planner I've ever used, would recommend.",dict(ZE5, **_US)),
 ("fail","linkedin","en","An ad campaign I loved this year: Brio's rainy-day billboards. Go see them, then try their new planner.",dict(ZER5, **_US)),
 # the employment said around the brand's own name (issue #15 item 2), and what is not a statement of it
 ("pass","x","en","At Brio & Co we just launched our new planner range, made in Leeds.",dict(ZE5, brand="Brio & Co", **_US)),
 ("pass","bluesky","fr","#BrioTeam ici 👋 La nouvelle lampe de bureau est dispo en trois couleurs.",ZE5),
 ("pass","linkedin","en","As part of Brio's design team, I'm happy to show you our new planner.",dict(ZE5, **_US)),
 ("pass","mastodon","en","Disclosure: I'm a Brio engineer. Our new sync feature is out today.",dict(ZE5, **_US)),
 ("pass","facebook","fr","Je suis pâtissière à la Maison Brio et ce samedi on lance la nouvelle galette, offerte dès 20 € d'achat.",dict(ZE5, brand="Maison Brio")),
 ("pass","linkedin","fr","Retrouvez-nous sur le stand Brio au salon du meuble : la nouvelle collection est là !",ZE5),
 ("pass","linkedin","fr","Avec les collègues de l'équipe data de Brio, on a livré la nouvelle version de l'appli.",ZE5),
 ("pass","x","en","PSA from someone who works at Brio: our winter sale starts at midnight, planners 30% off.",dict(ZE5, **_US)),
 ("fail","x","fr","Je suis allée chez Brio : leur nouvelle lampe est top, foncez !",ZE5),
 ("fail","x","en","I'm a Brio fan: the new planner is the best I've ever used.",dict(ZE5, **_US)),
 ("fail","x","en","#TeamBrio the new planner is out now!",dict(ZE5, **_US)),
 ("fail","x","en","I don't work at Brio, I just love their new planner.",dict(ZE5, **_US)),
 # a content claim the text denies is not made
 ("pass","x","en","#ad Brio Tips: my weekly football analysis, £5 a month. No guaranteed winners. 18+ BeGambleAware.org",dict(ZER5, **_UK)),
 ("fail","x","en","#ad Brio Tips: guaranteed winners every weekend, £5 a month. 18+ BeGambleAware.org",dict(ZER5, **_UK)),
 # restricted sectors whose conditions the text shows in full: nothing is left for a reviewer (issue #15)
 ("pass","x","en","#ad Brio Sportsbook: live odds on every playoff game, in NJ and PA only. 21+. Gambling problem? Call 1-800-GAMBLER.",dict(ZER5, **_US)),
 ("warn","x","en","#ad Brio Sportsbook: live odds on every playoff game, in NJ and PA only. 21+.",dict(ZER5, **_US)),
 ("pass","linkedin","en","Ad: I work at Brio. Our app now lets you buy bitcoin weekly from $5. Crypto is volatile and you can lose money.",dict(ZER5, sector="crypto", **_US)),
 ("warn","linkedin","en","Ad: I work at Brio. Our app now lets you buy bitcoin weekly from $5.",dict(ZER5, sector="crypto", **_US)),
 ("pass","linkedin","en","Ad | Brio, registered with the FCA as a cryptoasset firm. Don't invest unless you're prepared to lose all the money you invest. This is a high-risk investment.",dict(ZR5, sector="crypto", **_UK)),
 ("pass","linkedin","en","Ad: I work at Brio Bank. Our new easy-access saver pays 4% AER variable; deposits are FSCS protected.",dict(ZER5, brand="Brio Bank", sector="financial", **_UK)),
 ("pass","instagram","fr","Publicité · Brio Paris : cotes boostées sur la finale ce week-end. Interdit aux moins de 18 ans. Jouer comporte des risques : endettement, dépendance. Appelez le 09 74 75 13 13.",dict(ZR5, sector="gambling")),
 ("fail","instagram","fr","Publicité · Brio Paris : cotes boostées sur la finale ce week-end. Interdit aux moins de 18 ans.",dict(ZR5, sector="gambling")),
 ("pass","linkedin","fr","Publicité | Conseillère chez Brio Banque : notre livret jeune rapporte 3 %, sans frais, de 12 à 25 ans.",dict(ZER5, brand="Brio Banque", sector="financial")),
 ("fail","x","en","#ad Brio Sportsbook: my parlays covered my rent this month, that's how you make real money. 21+ 1-800-GAMBLER",dict(ZER5, **_US)),
 # a rewarded author naming the brand in a family post still speaks of the brand; "tried every …" compares products
 ("fail","facebook","en","Our family has been on a lot of road trips and Brio's travel mugs are what we grab every time.",dict(ZR5, **_US)),
 ("pass","facebook","en","Our family had a lovely weekend in the hills, pictures to follow.",dict(ZR5, **_US)),
 ("fail","x","en","Tried every planner app out there and Brio is what stuck for our household.",dict(ZE5, **_US)),
 ("pass","instagram","fr","En partenariat avec Brio (ma boîte depuis 8 ans) : la nouvelle brioche est en boutique tout le mois.",ZER5),
 # an employee's post: natural statements of the job, non-commercial news, and a consumer's verdict in more words
 ("pass","x","fr","Attention aux faux SMS qui utilisent le nom de Lumeo pour réclamer des frais de livraison. Ne cliquez pas, signalez au 33700.",dict(ZE5, brand='Lumeo')),
 ("pass","linkedin","en","Thrilled to share that I've been promoted to Senior Data Engineer at Corvid Labs! Grateful to my manager and the platform team.",dict(ZE5, brand='Corvid Labs', **_US)),
 ("pass","mastodon","en","Corvid Labs engineer here: our CLI now supports Windows natively. Release notes linked below.",dict(ZE5, brand='Corvid Labs', **_US)),
 ("pass","linkedin","en","Thornbury Bank colleagues raised £12,400 for Macmillan with our bake-off week. Proud of every soggy bottom.",dict(ZE5, brand='Thornbury Bank', **_UK)),
 ("pass","instagram","fr","Fière de bosser pour Lumeo : notre nouvelle lampe solaire est enfin en vente sur le site.",dict(ZE5, brand='Lumeo')),
 ("pass","facebook","fr","Chez Lumeo depuis 2019, je suis ravie de vous présenter la nouvelle gamme de lampes de chevet.",dict(ZE5, brand='Lumeo')),
 ("pass","facebook","fr","Conseillère de vente chez Lumeo à Lyon, je vous attends samedi pour la journée portes ouvertes : -20 % sur les abat-jours.",dict(ZE5, brand='Lumeo')),
 ("pass","x","en","Full disclosure, I'm on staff at Corvid Labs: our new pricing tier starts at $9 a month for solo devs.",dict(ZE5, brand='Corvid Labs', **_US)),
 ("pass","linkedin","en","Speaking as someone who builds it at Corvid Labs, the new sync engine is the thing I'm proudest of this year. Try the beta.",dict(ZE5, brand='Corvid Labs', **_US)),
 ("pass","x","en","Quick one from the Corvid Labs booth at re:Invent: come by booth 1142 and say hi, we have stickers.",dict(ZE5, brand='Corvid Labs', **_US)),
 ("pass","linkedin","fr","Bilan carbone 2025 de Lumeo publié : -18 % d'émissions sur le scope 1 et 2. Le détail est dans le rapport RSE.",dict(ZE5, brand='Lumeo')),
 ("fail","instagram","fr","Merci à l'équipe Lumeo pour cette lampe solaire incroyable, elle a tenu toute la nuit au camping. Je la conseille à tout le monde !",dict(ZE5, brand='Lumeo')),
 ("fail","x","en","Thanks to the Corvid Labs crew for building the only password manager my parents can actually use. Get it, seriously.",dict(ZE5, brand='Corvid Labs', **_US)),
 ("fail","facebook","en","Switched my whole family to Thornbury Bank last month and honestly wish I'd done it years ago. Their app is brilliant.",dict(ZE5, brand='Thornbury Bank', **_UK)),
 ("fail","facebook","fr","Mon mari ne jure plus que par sa lampe frontale Lumeo pour ses trails. 10 heures d'autonomie, rien à redire.",dict(ZE5, brand='Lumeo')),
 ("fail","facebook","fr","Vous cherchez une lampe pour la chambre des enfants ? Celle de Lumeo avec veilleuse est parfaite, on l'a depuis 6 mois.",dict(ZE5, brand='Lumeo')),
 ("fail","x","en","Happy Monday! Corvid Labs' dashboard saves me two hours every week, can't recommend it enough.",dict(ZE5, brand='Corvid Labs', **_US)),
 ("fail","x","en","I'm a big Thornbury Bank fan: their cashback card paid for my train tickets this year.",dict(ZE5, brand='Thornbury Bank', **_UK)),
 ("fail","instagram","en","Lumeo's lamps are gorgeous and the customer service is lovely. My living room has never looked better.",dict(ZE5, brand='Lumeo', **_UK)),
 # equivalent French labels (art. 5 as amended: « une mention équivalente »); the age limit in more words
 ("pass","instagram","fr","Communication commerciale : la nouvelle lampe Brio tient toute la soirée sur le balcon.",ZR5),
 ("pass","instagram","fr","Publireportage — la nouvelle lampe Brio tient toute la soirée sur le balcon.",ZR5),
 ("pass","x","en","#ad Brio Sportsbook: parlays live for Sunday's games in NJ. Must be 21 or older. Gambling problem? Call or text 1-800-GAMBLER.",dict(ZR5, **_US)),
 ("pass","instagram","en","#ad Brio Casino is live in Michigan. 21 and over only. If you have a gambling problem, call 1-800-GAMBLER.",dict(ZR5, **_US)),
 ("fail","instagram","en","#ad Brio Casino is live in Michigan, 500 free spins tonight! If you have a gambling problem, call 1-800-GAMBLER.",dict(ZR5, **_US)),
 # "our new …" that names a person, an office or the company's own life is no product
 ("pass","linkedin","en","Please welcome our new CFO, Dana Whitfield, who joins Corvid Labs from the Fed. Thrilled to learn from her.",dict(ZE5, brand='Corvid Labs', **_US)),
 ("pass","linkedin","fr","Bienvenue à notre nouvelle directrice R&D chez Lumeo, Inès Barka ! Hâte de travailler avec toi.",dict(ZE5, brand='Lumeo')),
 ("pass","linkedin","en","Our new Manchester office opens its doors next week. 120 desks, a roof terrace, and finally decent coffee for the Thornbury Bank tech team.",dict(ZE5, brand='Thornbury Bank', **_UK)),
 ("pass","linkedin","fr","On lance en interne chez Lumeo un programme de mentorat pour les alternants. Inscriptions ouvertes jusqu'au 15.",dict(ZE5, brand='Lumeo')),
 ("pass","linkedin","fr","Nouveau record pour l'équipe logistique de Lumeo : 12 000 colis expédiés en une journée pendant le Black Friday. Bravo à tous !",dict(ZE5, brand='Lumeo')),
 ("pass","x","en","Our new hire cohort at Corvid Labs starts Monday: 40 new grads. Say hi if you see them lost near the elevators.",dict(ZE5, brand='Corvid Labs', **_US)),
 ("pass","facebook","fr","Rappel produit : certaines lampes Lumeo de la série T2 fabriquées en mars doivent être rapportées en magasin pour remplacement gratuit.",dict(ZE5, brand='Lumeo')),
 ("fail","linkedin","en","Our new Lumeo desk lamp is out today, and it is gorgeous.",dict(ZE5, brand="Lumeo", **_US)),
 ("fail","linkedin","fr","On lance notre nouvelle lampe de chevet, dispo dès aujourd'hui !",dict(ZE5, brand="Lumeo")),
 # a law's news shared for points: no promotion (issue #15 item 1)
 ("pass","linkedin","fr","Nouveau décret sur l'étiquetage des meubles : entrée en vigueur le 1er mars. Récap en commentaire.",ZER5),
 ("pass","linkedin","en","The new accessibility rules apply from June. Good explainer from the regulator linked below.",dict(ZER5, **_UK)),
 # a job's name with the brand, the team speaking; someone else's job is no statement of one's own
 ("pass","linkedin","fr","Nous, l'équipe design de Lumeo, sommes ravis de vous montrer la nouvelle lampe nomade.",dict(ZE5, brand='Lumeo')),
 ("pass","instagram","fr","Designer chez Lumeo : voici les coulisses de notre nouvelle lampe nomade, du croquis au prototype.",dict(ZE5, brand='Lumeo')),
 ("pass","linkedin","en","I help run the Thornbury Bank app team, and our new savings pots feature goes live today for everyone.",dict(ZE5, brand='Thornbury Bank', **_UK)),
 ("pass","facebook","en","From the Thornbury Bank branch team in Leeds: our new Saturday opening hours start this week, 9 to 1.",dict(ZE5, brand='Thornbury Bank', **_UK)),
 ("pass","x","en","Me and the rest of the Corvid Labs crew spent the summer on this: the new dashboard is out now.",dict(ZE5, brand='Corvid Labs', **_US)),
 ("pass","bluesky","en","Corvid Labs PM here 👋 our new API rate limits are live, docs updated.",dict(ZE5, brand='Corvid Labs', **_US)),
 ("fail","instagram","fr","La vendeuse chez Lumeo était adorable et la nouvelle lampe est superbe, je recommande !",dict(ZE5, brand='Lumeo')),
 ("fail","x","en","The barista at Corvid Coffee remembered my order and the new oat latte is the best I've had.",dict(ZE5, brand='Corvid Coffee', **_US)),
 ("fail","x","en","Me and my Corvid Labs watch ran 10k this morning, best gadget I've ever owned.",dict(ZE5, brand='Corvid Labs', **_US)),
 ("fail","instagram","fr","Shopping chez Lumeo ce week-end : la nouvelle lampe nomade est parfaite pour le jardin.",dict(ZE5, brand='Lumeo')),
 ("fail","facebook","fr","Mon conseiller chez Thornbury Bank m'a trouvé un prêt à 3 %, franchement la meilleure banque du marché.",dict(ZE5, brand='Thornbury Bank')),
]
add(EIGHTH)
# 23. issue #15, breaches judged pass: sectors read from the text and from the brand's own name, the statements
#     each sector's law asks for, content rules, labels that point elsewhere (own texts, brand "Vey")
ZV = dict(rewarded=True, brand="Vey")
ZEV = dict(employee=True, rewarded=True, brand="Vey")
_FR_GAMBLING_WARNING = ('France: a gambling communication carries, besides the ban on minors, the warning against excessive '
                        'gambling and the helpline (décret n° 2010-624, art. 1; C. séc. int. L320-12): without it, fail')
NINTH = [
 # gambling: odds written the bettor's way, accumulators by their folds, bet builders; the French warning statement
 ("fail","instagram","fr","Publicité — Cote majorée sur le derby ce week-end chez Vey. Interdit aux moins de 18 ans.",ZV),
 ("pass","instagram","fr","Publicité — Cote majorée sur le derby ce week-end chez Vey. Interdit aux moins de 18 ans. Jouer comporte des risques : endettement, isolement, dépendance. Appelez le 09 74 75 13 13.",ZV),
 ("fail","instagram","fr","Publicité — Un combiné à 3 matchs chez Vey et j'ai payé mes factures du mois. Interdit aux moins de 18 ans. Jouer comporte des risques : endettement, dépendance. 09 74 75 13 13.",ZV),
 ("fail","instagram","en","#ad Three-fold acca on Vey tonight, who needs a payslip? 18+ BeGambleAware.org",dict(ZV, **_UK)),
 ("fail","instagram","en","#ad Vey's bet-builder is open for the cup final, the lads from our under-15s team love it! 18+",dict(ZV, **_UK)),
 ("fail","instagram","en","#ad My same game parlay on Vey covered my car payment, this is how you make real money. 21+",dict(ZV, **_US)),
 # the brand's own name says its trade: its promotion is that sector's
 ("fail","instagram","en","#ad Big football weekend on Vey, grab your welcome offer!",dict(ZV, brand="Vey Bet", **_UK)),
 ("fail","instagram","en","#ad Vey berry pouches, grab a tin this weekend!",dict(ZV, brand="Vey Nicotine", **_US)),
 ("pass","instagram","en","#ad Vey berry pouches, grab a tin this weekend! WARNING: This product contains nicotine. Nicotine is an addictive chemical.",dict(ZV, brand="Vey Nicotine", **_US)),
 ("fail","instagram","fr","Publicité — La nouvelle cuvée Vey arrive chez les cavistes samedi.",dict(ZV, brand="Vignobles Vey")),
 # alcohol: France allows factual content only; the UK forbids confidence, popularity and excess
 ("fail","instagram","fr","Collaboration commerciale — Le blanc du Domaine Vey, c'est la joie de vivre en terrasse ! L'abus d'alcool est dangereux pour la santé, à consommer avec modération.",ZV),
 ("pass","instagram","fr","Collaboration commerciale — Le blanc du Domaine Vey : chardonnay, 12,5 % vol., élevé en fût. L'abus d'alcool est dangereux pour la santé, à consommer avec modération.",ZV),
 ("fail","instagram","fr","Publicité — L'apéro avec la pale ale Vey 🍻",ZV),
 ("fail","instagram","en","#ad Four pints of Vey lager and you'll be the most popular one at the wedding.",dict(ZV, **_UK)),
 ("fail","instagram","en","#ad A Vey G&T before the interview and I felt unstoppable.",dict(ZV, **_UK)),
 ("pass","instagram","en","#ad Vey G&T: London dry gin, 40% ABV, served with a slice of lime. drinkaware.co.uk",dict(ZV, **_UK)),
 # cosmetic acts and health claims
 ("fail","instagram","fr","Je travaille chez Vey : nos injectrices esthétiques font des merveilles, prenez rendez-vous !",dict(ZEV, rewarded=False)),
 ("fail","instagram","en","#ad Our new Vey chin filler is totally safe and the results are permanent.",dict(ZV, **_US)),
 ("pass","instagram","en","#ad Vey lip filler appointments are open in Austin. Results vary; ask your provider about the risks.",dict(ZV, **_US)),
 ("fail","instagram","en","#ad Vey drops replaced my daughter's asthma inhaler, no need to see the GP.",dict(ZV, **_UK)),
 ("fail","instagram","fr","Publicité — Ma mère a arrêté ses anxiolytiques grâce aux gélules Vey.",ZV),
 ("fail","instagram","en","#ad Vey sleep gummies cure your insomnia for good.",dict(ZV, **_US)),
 # crypto: a cashtag and a price call; a guaranteed percentage
 ("fail","x","en","#ad Bought $VEYX on Vey today, it is going x10 by spring 🚀",dict(ZV, **_UK)),
 ("fail","x","fr","Publicité — J'achète du $VEYX chaque semaine sur Vey Crypto, +300 % garantis d'ici l'été.",dict(ZV, brand="Vey Crypto")),
 # a rewarded employee: France and the UK ask for the advertising label, the US for the connection
 ("fail","linkedin","fr","Chez Vey, nous sortons la nouvelle lampe solaire. (Mes partages me rapportent des points.)",ZEV),
 ("fail","linkedin","en","My team at Vey has just launched the new solar lamp. Available now.",dict(ZEV, **_UK)),
 ("pass","linkedin","en","I work at Vey and earn points for sharing: our new solar lamp is out now.",dict(ZEV, **_US)),
 ("pass","linkedin","fr","Publicité — Chez Vey, nous sortons la nouvelle lampe solaire.",ZEV),
 # the word asked about and answered no; a label that points elsewhere
 ("fail","instagram","en","ad?? nope, I just love Vey's bagels. $4 at every shop",dict(ZEV, **_US)),
 ("fail","facebook","fr","Publicité visible en commentaire 👇 Le nouveau robot aspirateur Vey est redoutable.",ZV),
 ("fail","facebook","en","#ad in the comments — the new Vey robot vacuum is brilliant.",dict(ZV, **_US)),
 # « en partenariat avec » : an equivalent mention (ARPP)
 ("pass","instagram","fr","En partenariat avec Vey : la nouvelle lampe solaire tient toute la nuit.",ZV),
 # more of each sector's words, and its statements
 ("fail","x","fr","Publicité — Ta formation d'anglais payée par ton compte formation, je m'occupe de ton dossier.",ZV),
 ("fail","instagram","en","#ad Vey e-liquid, 20mg nic salts, tastes like sweets.",dict(ZV, **_UK)),
 ("fail","instagram","en","#ad Vey Casino: I won 300 on the roulette last night, your turn!",dict(ZV, **_UK)),
 ("fail","instagram","en","#ad Deposit £10 on Vey before kick-off, offer ends at midnight! 18+",dict(ZV, **_UK)),
 ("fail","instagram","en","#ad Vey cider is the secret to a perfect first date.",dict(ZV, **_UK)),
 ("fail","instagram","en","#ad A bottle of Vey red got me through the breakup. 21+ Drink responsibly.",dict(ZV, **_US)),
 ("fail","instagram","fr","Publicité — Grâce aux tisanes Vey, mon oncle a arrêté la chimio.",ZV),
 ("fail","instagram","en","#ad I threw out my sleeping pills after a month of Vey magnesium.",dict(ZV, **_US)),
 ("warn","instagram","en","#ad Baby marmosets at Vey Exotics, reserve yours now.",dict(ZV, **_US)),
 ("fail","instagram","fr","Publicité — Contre le rhume, je prends Vey Rhino, en pharmacie sans ordonnance.",ZV),
 ("warn","instagram","fr","Publicité — Contre le rhume, Vey Rhino, en pharmacie sans ordonnance. Ceci est un médicament : lisez attentivement la notice.",ZV),
 ("fail","x","en","I get £10 for every friend who signs up to Vey with my link!",dict(brand="Vey", **_UK)),
 ("fail","x","fr","Publicité — Ce bitcoin va doubler d'ici l'été, achète-le sur Vey.",ZV),
 # drinks named by their style, strength or a toast; drinking to cope; bingo; lips done; trading bots; a referral link
 ("fail","instagram","fr","Publicité — Les bulles Vey, parfaites pour trinquer entre amis 🥂",ZV),
 ("fail","instagram","en","#ad Vey bourbon: the only thing that makes Mondays bearable.",dict(ZV, **_US)),
 ("fail","instagram","en","#ad Vey hard seltzer, perfect for pre-drinks before the club!",dict(ZV, **_UK)),
 ("pass","instagram","en","#ad Vey pale ale, 4.5% ABV, brewed with Kentish hops. drinkaware.co.uk",dict(ZV, **_UK)),
 ("fail","instagram","en","#ad Vey Bingo: £5 gets you £20 to play with, the easiest side income ever. 18+",dict(ZV, **_UK)),
 ("fail","instagram","en","#ad Lock in your playoff parlay on Vey before it's too late! 21+",dict(ZV, **_US)),
 ("fail","instagram","fr","Publicité — La gelée royale Vey guérit l'arthrose, testée et approuvée.",ZV),
 ("fail","instagram","en","#ad Vey mushroom drops: better than any antidepressant I've tried.",dict(ZV, **_US)),
 ("fail","instagram","fr","Publicité — Mes nouvelles lèvres grâce à la clinique Vey, prenez rendez-vous !",ZV),
 ("fail","instagram","en","#ad Get your lips done at Vey Clinic before prom, 20% off for under-18s!",dict(ZV, **_UK)),
 ("fail","instagram","fr","Publicité — Je double mon capital chaque mois avec le robot de trading Vey.",ZV),
 ("fail","linkedin","en","Working at Vey means I get a cut of every new account, so open yours with my link!",dict(ZEV, rewarded=False, **_US)),
 # a code given bare or a link tagged to the author: a commission is implied; UK affiliate wording alone is no "Ad"
 ("fail","x","en","Vey headphones 🔥 use MAYA15 at checkout",dict(brand="Vey", **_UK)),
 ("fail","x","fr","Casque Vey 🔥 avec MAYA15 c'est -15 %",dict(brand="Vey")),
 ("fail","x","en","Vey headphones, $30 off this week: vey.example/shop?ref=maya",dict(brand="Vey", **_US)),
 ("fail","instagram","en","Vey headphones, love them. (affiliate link, I earn a small commission)",dict(ZV, **_UK)),
 ("pass","instagram","en","#ad Vey headphones, love them. Affiliate link: I earn a small commission.",dict(ZV, **_UK)),
 # UK: "X sent me" on a post the author is rewarded for says a gift, not an ad; US tobacco ads carry their warning
 ("fail","instagram","en","Vey Books sent me their new thriller and I read it in one night 📚",dict(ZV, **_UK)),
 ("fail","instagram","en","#ad Vey cigarillos, sweet cherry, so smooth by the lake.",dict(ZV, **_US)),
 ("warn","instagram","en","#ad Vey cigarillos, sweet cherry. WARNING: Cigar smoking can cause cancers of the mouth and throat, even if you do not inhale.",dict(ZV, **_US)),
 # France, sectors said indirectly: the harvest, a dry white, a portfolio's multiple, a listing, training rights,
 # a bet and the age ban, a laser on wrinkles, an inhaler no longer needed, pets of protected species, quick credit
 ("fail","instagram","fr","Publicité — Vendanges finies au domaine Vey, la nouvelle récolte arrive en bouteille !",ZV),
 ("fail","instagram","fr","Publicité — Mon portefeuille Vey a fait x4 en un mois, rejoins-moi 🚀",ZV),
 ("fail","instagram","fr","Publicité — Le jeton VEYX est listé demain, dernière chance d'entrer avant l'envolée.",ZV),
 ("fail","instagram","fr","Publicité — Vérifie tes droits formation en deux minutes, je m'occupe de ton dossier.",ZV),
 ("fail","instagram","fr","Publicité — Parie sur Vey, c'est simple et ça rapporte ! Interdit aux moins de 18 ans.",ZV),
 ("fail","instagram","fr","Publicité — Avec Vey, les lycéens parient dès 1 € ! Interdit aux moins de 18 ans. Jouer comporte des risques : endettement, isolement, dépendance. Appelez le 09 74 75 13 13.",ZV),
 ("fail","instagram","fr","Publicité — Le laser Vey a effacé mes rides en une séance.",ZV),
 ("fail","instagram","fr","Publicité — Grâce aux infusions Vey, plus besoin de ma Ventoline.",ZV),
 ("fail","instagram","fr","Publicité — Un perroquet gris du Gabon de chez Vey, livré chez vous.",ZV),
 ("warn","instagram","fr","Publicité — Les crédits rapides Vey : 3 000 € en 24 h sans justificatif.",ZV),
 # ordinary words that only look like a sector: they stay ordinary
 ("pass","instagram","fr","Publicité — La robe Vey à porter pour l'apéro ou au bureau, en lin bio.",ZV),
 ("pass","instagram","fr","Publicité — Le rouge à lèvres Vey, un rouge fruité qui tient huit heures.",ZV),
 ("pass","instagram","fr","Publicité — La petite mousse au chocolat Vey, sans sucre ajouté.",ZV),
 ("pass","instagram","fr","Publicité — Le livret Vey : 50 € offerts au premier dépôt.",ZV),
 ("pass","linkedin","fr","Publicité — Notre chiffre d'affaires a fait x3 cette année 🚀 merci à nos clients Vey !",ZV),
 ("pass","instagram","en","#ad Bingo! The Vey planner finally sorted my to-do list.",dict(ZV, **_UK)),
 ("pass","instagram","fr","Publicité — Médaille d'or pour notre cuvée Vey, une belle victoire ! L'abus d'alcool est dangereux pour la santé, à consommer avec modération.",ZV),
 # UK and US: youth appeal (a games-style wheel, a 16th birthday, spring break, candy flavours), money worries and
 # jobs, strength and performance, signals groups, touted token gains, anti-wrinkle injections (botulinum toxin)
 ("fail","instagram","en","#ad Vey Bet's arcade-style spin wheel is back for the school holidays! 18+",dict(ZV, **_UK)),
 ("fail","instagram","en","#ad Vey alcopops in bubblegum flavour, perfect for your 16th birthday party!",dict(ZV, **_UK)),
 ("fail","instagram","en","#ad Vey hard lemonade, the drink for spring break with your college crew. 21+",dict(ZV, **_US)),
 ("fail","instagram","en","#ad Overdraft looking grim? A tenner on Vey Casino tonight could cover it. 18+ BeGambleAware.org",dict(ZV, **_UK)),
 ("fail","instagram","en","#ad Fed up with your boss? One big win on Vey and you're out. 18+ BeGambleAware.org",dict(ZV, **_UK)),
 ("fail","instagram","en","#ad Parlays on Vey are basically my retirement plan. 21+ 1-800-GAMBLER",dict(ZV, **_US)),
 ("fail","instagram","en","#ad Vey vapes in cotton candy and gummy bear. WARNING: This product contains nicotine. Nicotine is an addictive chemical.",dict(ZV, **_US)),
 ("fail","instagram","en","#ad My Vey FX signals group made me $3k this month, join via my link!",dict(ZV, **_US)),
 ("fail","instagram","en","#ad Vey tokens: early investors are up 400%, get in now!",dict(ZV, **_UK)),
 ("fail","instagram","en","#ad Anti-wrinkle injections at Vey Aesthetics, two for one this weekend!",dict(ZV, **_UK)),
 ("fail","instagram","en","#ad Vey Sportsbook: the more you bet, the more you win! 18+ BeGambleAware.org",dict(ZV, **_UK)),
 ("fail","instagram","en","#ad Vey whiskey, stronger than ever: the strongest on the shelf.",dict(ZV, **_US)),
 ("fail","instagram","en","#ad A few Vey lagers before the match and you'll play like a pro.",dict(ZV, **_UK)),
]
add(NINTH)
# tfocus: news of the others, diseases said cured, wild animals by what the law forbids, a commission said in words
ZVE = dict(employee=True, rewarded=False, brand="Vey")
TENTH = [
    # an employee's market news: a competitor's launch, opening or price promotes nothing of the author's
    ("pass","linkedin","fr","Un concurrent ouvre trois entrepôts dans l'Ouest et casse ses prix à 4,90 € la livraison. Le secteur bouge, à suivre.",ZVE),
    ("pass","linkedin","en","Our main rival just launched a new budget tier at $5 a month. Competition is heating up in payroll software.",dict(ZVE, **_US)),
    ("fail","linkedin","en","Competitors keep raising prices, but our new Vey plan is still $5 a month. Try it today!",dict(ZVE, **_US)),
    # « pronostic » is a forecast of anything; beside sport or odds it is a tip
    ("pass","linkedin","fr","Mes pronostics pour l'immobilier en 2027 : des taux stables et des prix qui se tassent.",dict(brand="Vey", employee=True, rewarded=False)),
    ("fail","instagram","fr","Publicité — Mes pronostics foot du week-end chez Vey, abonnement à 9 € le mois.",ZV),
    # a disease said cured, healed or prevented by a cosmetic, a food or a supplement; off one's medicines
    ("fail","instagram","fr","Publicité — Le baume Vey a guéri le psoriasis de ma fille en deux semaines.",ZV),
    ("fail","instagram","en","#ad Vey elderberry gummies stop colds before they start, my kids haven't been sick all winter.",dict(ZV, **_UK)),
    ("fail","instagram","en","#ad Two months of Vey turmeric and I'm off my meds for good.",dict(ZV, **_US)),
    ("pass","instagram","en","#ad Vey vitamin D gummies: vitamin D contributes to the normal function of the immune system.",dict(ZV, **_UK)),
    # wild animals: contact with big cats and ivory trade are unlawful; a safari or a sanctuary visit in the US or the
    # UK owes nothing more; France bans their promotion save for the establishments allowed to keep them (art. 4 I)
    ("fail","instagram","en","#ad Hold a lion cub and get your photo at Vey Ranch, weekends only!",dict(ZV, **_US)),
    ("fail","instagram","en","#ad Carved ivory figurines at Vey Antiques this Saturday, prices from £90.",dict(ZV, **_UK)),
    ("pass","instagram","en","#ad Dawn game drive with Vey Safaris: two cheetahs and a herd of elephants.",dict(ZV, **_UK)),
    ("pass","instagram","en","#ad A morning at the Vey wildlife sanctuary, where rescued bears roam big enclosures.",dict(ZV, **_US)),
    ("fail","instagram","fr","Publicité — Safari en Tanzanie avec Vey : lions et girafes au coucher du soleil, -10 % avec mon lien.",ZV),
    ("pass","instagram","fr","Publicité — Une journée au parc zoologique Vey avec les enfants, les girafes étaient adorables.",ZV),
    ("fail","instagram","fr","Publicité — Mon nouveau pogona vient de chez Vey, livraison partout en France.",ZV),
    ("pass","instagram","en","#ad The Vey ivory dress and tortoiseshell sunglasses, my wedding guest look.",dict(ZV, **_UK)),
    # US: "I earn a commission" is the FTC's own example of a clear disclosure; the UK still asks for "Ad"
    ("pass","instagram","en","I earn a commission if you buy through this link: Vey headphones, code LIA10 for 10% off.",dict(ZV, **_US)),
    ("fail","instagram","en","I earn a commission if you buy through this link: Vey headphones, code LIA10 for 10% off.",dict(ZV, **_UK)),
    # an employee's news of the market or the regulator, in a restricted sector, promotes nothing
    ("pass","linkedin","fr","L'AMF a sanctionné une plateforme crypto non enregistrée. Rappel utile pour tout le secteur.",ZVE),
    ("pass","linkedin","en","Cider sales fell 8% this summer, the trade body says. Rough season for every orchard.",dict(ZVE, **_UK)),
    ("pass","linkedin","en","Ethereum crossed $5,000 this morning. Volatile week ahead, nothing more to say.",dict(ZVE, **_US)),
    ("warn","instagram","en","#ad Ethereum crossed $5,000 this morning, buy yours on Vey now!",dict(ZV, **_US)),
    # a treatment, a disease's marker back to normal, weight lost by amount and time
    ("fail","instagram","en","#ad Vey cinnamon capsules and my blood sugar is finally normal.",dict(ZV, **_US)),
    ("fail","instagram","fr","Publicité — Avec le thé Vey j'ai perdu 4 kg en une semaine !",ZV),
    ("fail","instagram","en","#ad Vey's red light mask treats my rosacea better than any prescription.",dict(ZV, **_UK)),
    # an employee speaking as a customer promotes ("the comfiest … I own", « a changé ma peau », "just dropped",
    # « venez la goûter »); the job said in more words states the employment
    ("fail","instagram","en","Easily the warmest coat I own. Three winters and still like new. #Vey",dict(ZVE, **_US)),
    ("fail","instagram","fr","Cette crème a changé ma peau, je ne peux plus m'en passer.",ZVE),
    ("fail","instagram","en","New season boots just dropped at Vey, go have a look 👀",dict(ZVE, **_UK)),
    ("fail","instagram","fr","La tarte du mois est arrivée, venez la goûter samedi !",ZVE),
    ("pass","instagram","en","I'm with the Vey footwear team and our new boots are out today!",dict(ZVE, **_UK)),
    ("pass","instagram","en","I work in customer care for Vey: our new app lets you track every order.",dict(ZVE, **_US)),
    ("pass","instagram","en","Vey pays my salary, so I'm biased, but the new boots are the warmest I own.",dict(ZVE, **_US)),
    # staking with a yield told as money while you sleep
    ("fail","instagram","en","#ad Vey staking pays 11% APY, easy money while you sleep. Crypto can lose value.",dict(ZV, **_US)),
    # look-alikes that stay ordinary: treats for pets, the cold outside, computer viruses, a leopard print, a team
    ("pass","instagram","en","#ad Vey salmon dog treats, gentle on pups with allergies.",dict(ZV, **_US)),
    ("pass","instagram","en","#ad The Vey shell jacket stops the cold wind, warm all winter.",dict(ZV, **_UK)),
    ("pass","instagram","en","#ad Vey Guard blocks viruses and malware on every laptop at home.",dict(ZV, **_US)),
    ("pass","instagram","fr","Publicité — L'antivirus Vey bloque les virus informatiques en temps réel.",ZV),
    ("pass","instagram","fr","Publicité — Les baskets Vey motif léopard, en édition limitée.",ZV),
    ("pass","linkedin","en","Big night for the Lions, what a comeback in the fourth quarter!",dict(ZVE, **_US)),
    # a prize promotion by an employee promotes the brand
    ("fail","instagram","en","Enter our competition to win a Vey rucksack, closes Sunday!",dict(ZVE, **_UK)),
    # France: « je touche une commission » says the author is paid for what the post sells, as « rémunéré » does
    ("pass","instagram","fr","Code LIA10 : -10 % sur le casque Vey, je touche une commission sur chaque vente.",ZV),
    ("fail","instagram","fr","Code LIA10 : -10 % sur le casque Vey, foncez !",ZV),
    # advertising as the topic of the news labels nothing; the job in more words
    ("pass","linkedin","fr","Amende record pour publicité ciblant les mineurs chez un opérateur de paris sportifs : tout le secteur est prévenu.",ZVE),
    ("pass","instagram","en","My day job is at Vey, and our new trail shoe is out today!",dict(ZVE, **_US)),
    ("pass","instagram","en","I've spent three years building Vey's budgeting app, and version 2 is out now!",dict(ZVE, **_US)),
    # market figures that turn to the reader are no longer news: the sector's words make the post commercial
    ("fail","x","en","Record bets placed on Vey this weekend, and your boosted odds for the final are live tonight!",dict(ZVE, **_US)),
    # an employee who urges a booking or calls it the best of their life promotes
    ("fail","instagram","fr","La nouvelle carte d'hiver est là, réservez vite, les tables partent en deux jours ! #Vey",ZVE),
    ("fail","instagram","en","Best cruise of my life with Vey, the crew is amazing. Just book them!",dict(ZVE, **_US)),
]
add(TENTH)

# tsect2: sectors and content rules read over word classes, not phrases (see ``advocacy/disclosure/wordclasses.py``);
#         each rule both ways, with look-alikes that must stay sound. Brands invented for the cases.
def _TB(brand, **kw):
    return dict(rewarded=True, brand=brand, **kw)


ELEVENTH = [
    # a sector word in disguise is read as the reader reads it (« v@pe », "c.a.s.i.n.o"); figures stay figures ("v1.3", "10x")
    ("fail","x","en","#ad Lumo's new c.a.s.i.n.o app just launched, come play",_TB("Lumo",**_UK)),
    ("fail","instagram","fr","Publicité · Ma nouvelle v@poteuse Lumo, goût fraise 🍓",_TB("Lumo")),
    ("fail","x","en","#ad Lumo is the b3tting app my group chat swears by, link in bio",_TB("Lumo",**_US)),
    ("fail","instagram","en","#ad The new Lumo v a p e kit comes in mint and berry",_TB("Lumo",**_UK)),
    ("pass","x","en","#ad The new Lumo h0odie drop is here, three colours",_TB("Lumo",**_UK)),
    ("pass","linkedin","en","#ad Meet the Lumo t e a m at VivaTech, booth 12, all week",_TB("Lumo",**_US)),
    ("pass","x","en","#ad Lumo v1.3 is out: 10x faster sync and a 2-in-1 travel mode",_TB("Lumo",**_US)),
    # a brand glued to its trade ("Spinbet", "Vapelune") is one weak cue: it needs a second one ("Bettina", "Coinwise" alone say nothing)
    ("fail","x","en","#ad Cheeky acca on Spinbet this weekend, get on lads",_TB("Spinbet",**_UK)),
    ("fail","instagram","fr","Publicité — Les pods Vapelune sont arrivés, 12 saveurs fruitées",_TB("Vapelune")),
    ("fail","x","en","#ad Cryptara's new token will 10x before summer, don't sleep on it",_TB("Cryptara",**_US)),
    ("pass","instagram","en","#ad Better sleep starts with the Bettina linen range, now in sage green",_TB("Bettina",**_UK)),
    ("pass","instagram","en","#ad The Coinwise budgeting app rounds up card payments into a savings pot",_TB("Coinwise",**_UK)),
    ("pass","instagram","en","#ad Brewlab coffee pods: 80 mg caffeine per cup, fully compostable",_TB("Brewlab",**_UK)),
    # what the text says the thing is not (« pas un médicament », "not a sportsbook") names no sector; other words still do
    ("pass","instagram","fr","Publicité — La tisane Vey m'aide à décrocher le soir : c'est une infusion, pas un médicament.",ZV),
    ("pass","x","en","#ad Vey Picks: my $10/mo NBA picks newsletter. Not a sportsbook, just my reads. 21+",dict(ZV,**_US)),
    ("fail","instagram","fr","Publicité — Ce n'est pas un médicament mais la tisane Vey guérit l'insomnie en une semaine.",ZV),
    ("fail","x","en","#ad It's not a casino, it's Vey Bingo night! Deposit £10 and play",dict(ZV,**_UK)),
    ("pass","instagram","en","#ad Vey sleep spray is a pillow mist, not a medicine: lavender and chamomile for bedtime",dict(ZV,**_UK)),
    ("pass","instagram","en","#ad Not a wine person? The Vey kombucha range has three new flavours",dict(ZV,**_UK)),
    # a trade's common words, weak alone: "boosts", "winnings", "pods", a nicotine strength (not caffeine's milligrams)
    ("fail","x","en","#ad Vey boosts are back for the derby, and my winnings from Saturday went straight back in",dict(ZV,**_UK)),
    ("fail","x","en","#ad New Vey pods just dropped, 20mg, watermelon chill",dict(ZV,**_UK)),
    ("pass","x","en","#ad Vey energy boosts: 80mg of caffeine in a slim can",dict(ZV,**_UK)),
    ("pass","instagram","en","#ad Vey laundry pods, 40 washes per pack and a refill box",dict(ZV,**_UK)),
    ("pass","instagram","en","#ad My quiz night winnings went on a Vey weekend bag",dict(ZV,**_UK)),
    # any verb of replacing or stopping + any drug class (loi 2023-451 art. 4 I; CAP 12.2; FTC Act §§ 5, 12); the denial is sound
    ("fail","instagram","fr","Publicité — Avec la méthode Vey, dis adieu à tes anxiolytiques 🌿",ZV),
    ("fail","instagram","en","#ad Swapped my beta blockers for Vey breathing sessions and never looked back",dict(ZV,**_UK)),
    ("fail","instagram","en","#ad Vey mushroom coffee is the alternative to your ADHD meds you've been waiting for",dict(ZV,**_US)),
    ("pass","instagram","fr","Publicité — Le complément Vey ne remplace pas un traitement médical : demandez conseil à votre médecin.",ZV),
    ("pass","instagram","en","#ad Vey calm gummies are a food supplement and not a substitute for treatment.",dict(ZV,**_US)),
    ("pass","instagram","en","#ad Swap your salon treatment for the Vey at-home gloss kit",dict(ZV,**_UK)),
    ("pass","linkedin","fr","Publicité — Remplace ton traitement de texte par l'éditeur collaboratif Vey",ZV),
    # a return as a multiple with the money or the time it takes (C. consom. L121-2; MiCA art. 66; COBS 4.12A; FTC Act § 5)
    ("fail","instagram","fr","Publicité — Grâce au staking de cryptos sur Vey, j'ai triplé mes économies en six mois",ZV),
    ("fail","x","en","#ad My Vey bitcoin wallet doubled in 8 weeks. Capital at risk.",dict(ZV,**_UK)),
    ("fail","x","en","#ad Put $500 into the Vey crypto vault and watch it 5x by Christmas",dict(ZV,**_US)),
    ("pass","linkedin","fr","Publicité — Vey, prestataire enregistré auprès de l'AMF (PSAN). Les cryptos sont volatiles : vous pouvez perdre tout votre capital.",ZV),
    ("pass","linkedin","fr","Publicité — Vey (PSAN enregistré AMF) double le nombre de cryptos disponibles dès lundi. Risque de perte en capital.",ZV),
    # gambling paying the bills or a living (CAP 16.3.4–16.3.5; décret n° 2020-1349 art. 8)
    ("fail","instagram","fr","Publicité — Je règle mes factures avec mes gains aux paris sportifs sur Vey 😎 Interdit aux moins de 18 ans.",ZV),
    ("fail","instagram","en","#ad Living off my Vey casino winnings this summer 18+ BeGambleAware.org",dict(ZV,**_UK)),
    ("fail","x","en","#ad Covered the car repairs with last night's Vey slots payouts, 18+",dict(ZV,**_UK)),
    ("pass","instagram","en","#ad Vey bingo night for the hospice: every penny of the winnings goes to charity. 18+ BeGambleAware.org",dict(ZV,**_UK)),
    ("pass","instagram","en","#ad Paid my gym membership with my Vey cashback card, love the app",dict(ZV,**_UK)),
    # youth sport's age groups and school years in gambling or alcohol (CAP 16.3.12, 16.3.14, 18.14; art. 4 II); "18+" is no youth
    ("fail","x","en","#ad Bet on the U16s cup final with Vey, 18+ BeGambleAware.org",dict(ZV,**_UK)),
    ("fail","instagram","fr","Publicité — Pariez sur le match des cadets du club avec Vey ! Interdit aux moins de 18 ans. Jouer comporte des risques : 09 74 75 13 13",ZV),
    ("fail","instagram","en","#ad Vey cider for the Year 11s after the match, cheers lads",dict(ZV,**_UK)),
    ("pass","instagram","fr","Publicité — Le Vey Poker Tour passe par Lyon : tournoi réservé aux majeurs. Interdit aux moins de 18 ans. Jouer comporte des risques : 09 74 75 13 13",ZV),
    ("pass","instagram","en","#ad Vey x my niece's U9 football team: new kits for the whole squad",dict(ZV,**_UK)),
    # a CPF-eligible course with a call to enrol outside moncompteformation.gouv.fr is prospecting (C. trav. L6323-8-1)
    ("fail","linkedin","fr","Chez Vey on lance une formation Excel éligible au CPF, réserve ta place via le lien en bio !",ZVE),
    ("fail","linkedin","fr","Publicité — Formation anglais Vey finançable par le CPF 🇬🇧 Inscrivez-vous avant le 15 !",ZV),
    ("fail","instagram","fr","Publicité — Bilan de compétences Vey éligible CPF, liens d'inscription en commentaire 👇",ZV),
    ("pass","linkedin","fr","Publicité — Formation anglais Vey (Qualiopi), éligible au CPF. Inscrivez-vous uniquement sur moncompteformation.gouv.fr.",ZV),
    ("pass","linkedin","fr","Publicité — Vey ouvre une nouvelle session de sa formation data en avril, inscriptions via le lien en bio.",ZV),
    # a mention written letter by letter, one gap inside words and a wider one between them, is read (with a note)
    ("pass","linkedin","fr","C O L L A B O R A T I O N   C O M M E R C I A L E avec Vey : la nouvelle gourde isotherme",ZV),
    ("pass","x","en","P A I D   P A R T N E R S H I P with Vey, their new headphones are unreal",dict(ZV,**_US)),
    ("pass","instagram","fr","P.U.B.L.I.C.I.T.E — la nouvelle crème Vey, texture fondante",ZV),
    ("fail","x","en","L O V E  T H E S E  new Vey trainers, so comfy",dict(ZV,**_UK)),
    ("fail","x","en","P A R T N E R S H I P  W I T H  Vey: new trainers for spring",dict(ZV,**_UK)),
    # US: the commission said in words, whoever the subject, is the FTC's own example; the UK asks for "Ad"
    ("pass","x","en","My desk setup from Vey, all in my storefront. Purchases through these links earn me a commission.",dict(ZV,**_US)),
    ("pass","x","en","#CommissionsEarned Vey's new travel pillow saved my red-eye flight",dict(ZV,**_US)),
    ("fail","x","en","Vey's new travel pillow saved my flight. Links earn me a small commission.",dict(ZV,**_UK)),
    ("fail","x","en","Vey's new pillow is great and no, these links don't earn me a commission",dict(ZV,**_US)),
    ("pass","x","en","Links in my bio get me a small commission 💸 Vey's spring drop is here",dict(ZV,**_US)),
]
add(ELEVENTH)

# tsect2, second round: the trades' own vocabulary as word classes (``wordclasses``), both sides
TWELFTH = [
    # bet types and markets by name are strong (« paris hippiques », "BTTS", "lucky 15"); a bettor's everyday words are weak
    ("fail","x","en","#ad Lucky 15 on the Cheltenham card with Vey, each way on all four",dict(ZV,**_UK)),
    ("fail","x","en","#ad BTTS in all three games tonight, my Vey slip is in",dict(ZV,**_UK)),
    ("fail","instagram","fr","Publicité — Les parieurs, Vey vous offre 100 € de bonus de bienvenue",ZV),
    ("fail","instagram","fr","Publicité — Mon tiercé du dimanche sur Vey, les cotes sont top",ZV),
    ("pass","x","en","#ad 18+ Lucky 15 on the Cheltenham card with Vey, each way on all four. BeGambleAware.org",dict(ZV,**_UK)),
    ("pass","linkedin","en","#ad Against the odds, the Vey team cashed out of the old office and moved to Leeds",dict(ZV,**_UK)),
    ("pass","instagram","fr","Publicité — Le miel Vey adoucit la gorge quand une quinte de toux vous réveille",ZV),
    ("pass","linkedin","fr","Publicité — Vey ne partage jamais vos données avec une tierce personne",ZV),
    ("pass","x","en","#ad Vey's in-play stats app for Sunday league coaches, track every pass",dict(ZV,**_UK)),
    # the crypto trader's units and slang ("sats", « satoshis »), a vaping device's parts ("sub-ohm", "coils" weak)
    ("warn","x","en","#ad Just aped into $VEYX on the Vey exchange, sats stacking season",dict(ZV,**_US)),
    ("warn","instagram","fr","Publicité — J'ai acheté mes premiers satoshis sur Vey, appli simple",ZV),
    ("fail","x","en","#ad Vey sub-ohm kit + 3 coils for the price of one",dict(ZV,**_UK)),
    ("pass","x","en","#ad Pay with your Vey wallet at checkout and cash out your rewards monthly",dict(ZV,**_UK)),
    ("pass","linkedin","en","#ad Vey blockchain-free invoicing for freelancers, wallet included",dict(ZV,**_UK)),
    ("pass","instagram","en","#ad The Vey heated airer has two coils and folds flat",dict(ZV,**_UK)),
    # a drug by its INN stem or household name, and efficacy set against it (« plus efficace que », "works better than")
    ("fail","instagram","en","#ad Vey adaptogens helped me come off my sertraline",dict(ZV,**_UK)),
    ("fail","instagram","fr","Publicité — Les huiles essentielles Vey, bien plus efficaces que les antibiotiques",ZV),
    ("fail","instagram","en","#ad Vey magnesium spray works better than ibuprofen for my headaches",dict(ZV,**_US)),
    ("pass","instagram","en","#ad Remember to take your atorvastatin with the Vey pill organiser, it beeps at 8pm",dict(ZV,**_US)),
    ("pass","instagram","fr","Publicité — Le pilulier Vey me rappelle de prendre mon Levothyrox chaque matin",ZV),
    ("pass","instagram","en","#ad The Vey electric toothbrush is as effective as a dentist polish, honestly",dict(ZV,**_UK)),
    ("fail","instagram","fr","Publicité — Le sirop Vey contre la toux, en pharmacie dès demain",ZV),
    # a CPF-eligible course and the seller's own inbox (« écris-moi », « contacte-moi »): prospecting (C. trav. L6323-8-1)
    ("fail","instagram","fr","Publicité — Formation Vey 100 % prise en charge par Mon Compte Formation, écris-moi",ZV),
    ("fail","instagram","fr","Publicité — Ton CPF peut financer ton permis avec Vey, contacte-moi !",ZV),
    ("pass","instagram","fr","Publicité — Vey, l'appli de covoiturage, écris-moi si tu veux un code parrain",ZV),
    ("pass","linkedin","fr","Publicité — Formation Vey éligible au CPF. Toutes les infos et l'inscription sur moncompteformation.gouv.fr",ZV),
    ("pass","linkedin","fr","Publicité — Vey forme au secourisme en entreprise : écris-moi pour un devis pour ton équipe.",ZV),
]
add(TWELFTH)

# tsect2, third round: content rules over word classes (``wordclasses``: JOB, ONLY_UP, PRICE_TARGET, MONEY_GROWTH,
#         RATE_PER_PERIOD), both sides
_FRG = " Interdit aux moins de 18 ans. Jouer comporte des risques : 09 74 75 13 13"
THIRTEENTH = [
    # gambling set against work: a job quit thanks to it, takings that pay better than a salary (CAP 16.3.5; décret 2020-1349)
    ("fail","x","en","#ad 18+ Betting on Vey pays better than my day job tbh. BeGambleAware.org",dict(ZV,**_UK)),
    ("fail","instagram","fr","Publicité — J'ai quitté mon CDI grâce à mes paris sportifs sur Vey." + _FRG,ZV),
    ("fail","x","en","#ad 21+ Ditched the 9-to-5, Vey parlays all day now. 1-800-GAMBLER",dict(ZV,**_US)),
    ("pass","x","en","#ad 18+ Vey bingo with the girls after work, the perfect end to the week. BeGambleAware.org",dict(ZV,**_UK)),
    ("pass","instagram","fr","Publicité — Après le boulot, un petit tournoi de poker entre amis sur Vey." + _FRG,ZV),
    # crypto returns: an asset that can only rise, a daily rate, a price target with its date, money turned into more
    ("fail","x","en","#ad The Vey token can only go up from here. Capital at risk.",dict(ZV,**_UK)),
    ("fail","instagram","fr","Publicité — Le jeton Vey (PSAN enregistré AMF) ne peut que monter 📈",ZV),
    ("fail","x","en","#ad Vey crypto staking: 2% daily, paid every morning",dict(ZV,**_US)),
    ("fail","x","en","#ad $VEY hits $1 by Friday, mark my words, crypto season",dict(ZV,**_US)),
    ("fail","instagram","fr","Publicité — Avec Vey (PSAN enregistré AMF) j'ai transformé 500 € en 8 000 € en crypto",ZV),
    ("pass","instagram","en","#ad Prices can only go up from here, lock in your Vey gym rate now",dict(ZV,**_UK)),
    ("pass","linkedin","fr","Publicité — Vey (PSAN enregistré AMF) : 1 % de frais par transaction. Les cryptos sont volatiles, risque de perte en capital.",ZV),
    # a disease said gone thanks to a product is a cure claim; a beauty concern gone is not; « without X » negates X only
    ("fail","instagram","fr","Publicité — Mon psoriasis a disparu grâce à la crème Vey",ZV),
    ("fail","instagram","en","#ad Cleared my eczema without steroids thanks to Vey balm",dict(ZV,**_UK)),
    ("pass","instagram","en","#ad A week without sugar thanks to Vey recipes, feeling great",dict(ZV,**_UK)),
    ("pass","instagram","fr","Publicité — Mes cernes ont disparu grâce au correcteur Vey, effet bonne mine",ZV),
    # school years in French (« potes de terminale ») beside gambling (art. 4 II loi 2023-451)
    ("fail","instagram","fr","Publicité — Avec mes potes de terminale on parie sur Vey le week-end." + _FRG,ZV),
]
add(THIRTEENTH)

# tsect2: a tipster's own bet talk (spreads, parlays, bankroll) is the tips' subject, not an operator's promotion;
#         an operator signal (a bookmaker, a bonus, "sign up") keeps gambling. US: no ban on paid picks
FOURTEENTH = [
    ("pass","x","en","#ad My NFL picks newsletter, $20/mo: 58% against the spread on parlays last season. 21+",dict(ZV,**_US)),
    ("pass","x","en","#ad Vey Picks: daily MLB picks and my bankroll plan, $9/mo. 21+",dict(ZV,**_US)),
    ("warn","x","en","#ad My NFL picks newsletter, $20/mo, and sign up at DraftKings with my code for a $200 bonus. 21+",dict(ZV,**_US)),
    ("fail","instagram","fr","Publicité — Mes pronos foot VIP chez Vey, combinés du week-end et gestion de bankroll, 15 €/mois",ZV),
    ("fail","x","en","#ad Vey racing tips, £5 a month, each-way selections every Saturday",dict(ZV,**_UK)),
    ("pass","x","en","#ad 18+ Vey racing tips, £5 a month, each-way selections every Saturday",dict(ZV,**_UK)),
    ("pass","instagram","en","#ad Vey golf tips: fix your slice in five minutes, new video every Sunday",dict(ZV,**_US)),
]
add(FOURTEENTH)

# tsect2: a hashtag runs its words together; a trade's word at its head or tail is read apart ("#vapelife",
#         « #vinnaturel »); words that begin ordinary words are not ("#cryptography", "#vintage", "#ginger", "#botoxfree")
FIFTEENTH = [
    ("fail","x","en","#ad New flavour drop from Vey 🍉 #vapelife #vapecommunity",dict(ZV,**_UK)),
    ("fail","instagram","fr","Publicité — Soirée dégustation chez Vey #vinnaturel #winelover",ZV),
    ("warn","x","en","#ad The Vey app is my go-to #cryptotrading",dict(ZV,**_US)),
    ("fail","instagram","fr","Publicité — Glow-up à la clinique Vey #lipfiller",ZV),
    ("pass","linkedin","en","#ad Vey cybersecurity course, module 3 is out #cryptography #infosec",dict(ZV,**_UK)),
    ("pass","instagram","en","#ad Vey skincare that actually works #botoxfree #cleanbeauty",dict(ZV,**_UK)),
    ("pass","instagram","fr","Publicité — Nouvelle collection Vey #parisfashionweek #vintage #ginger",ZV),
]
add(FIFTEENTH)

# tsect2: more look-alike digits and signs (4→a, 5→s, 7→t, €→e) read in sector words; a figure stays a figure
#         ("PS5", "A4", "CR7", "U17s")
SIXTEENTH = [
    ("fail","instagram","fr","Publicité — Les nouvelles v4poteuses Vey, goût menthe glaciale",ZV),
    ("fail","x","en","#ad Vey is the b€tting app my mates swear by",dict(ZV,**_UK)),
    ("fail","x","en","#ad Friday night ca5ino session on Vey, who's in?",dict(ZV,**_US)),
    ("pass","x","en","#ad Vey PS5 controller skins in 4 colours, A4 posters included",dict(ZV,**_UK)),
    ("pass","x","en","#ad CR7 fans, the Vey boots from the U17s final are finally here",dict(ZV,**_US)),
]
add(SIXTEENTH)

# tsect2: sound look-alikes of the word classes — a bank's welcome bonus, "place your bets" as an idiom, prescription
#         glasses, a pill organiser, a sale on leather wallets, dishwasher pods
SEVENTEENTH = [
    ("pass","instagram","fr","Publicité — Ouvre ton compte Vey et reçois 100 € de bonus de bienvenue",ZV),
    ("pass","x","en","#ad Place your bets: who takes the Vey bake-off crown this Sunday?",dict(ZV,**_UK)),
    ("pass","instagram","en","#ad Swap your prescription glasses for Vey daily contacts",dict(ZV,**_US)),
    ("pass","instagram","en","#ad No more forgotten doses of your pills with the Vey smart organiser",dict(ZV,**_UK)),
    ("pass","instagram","fr","Publicité — Dis adieu à tes oublis de pilule avec l'appli Vey",ZV),
    ("pass","instagram","fr","Publicité — Soldes Vey : c'est le moment d'acheter ton portefeuille en cuir",ZV),
    ("pass","instagram","en","#ad Vey dishwasher pods in a plastic-free box, no disposable scoops",dict(ZV,**_UK)),
]
add(SEVENTEENTH)

# tsect2: nicotine replacement is a licensed medicine (TRPR 2016 reg. 2 excludes medicinal products; C. santé publ.
#         L5121-1): a medicine's rules, not a nicotine product's ban; a vape beside patches is still a vape
EIGHTEENTH = [
    ("warn","instagram","en","#ad Vey nicotine replacement gum: a licensed medicine that helps you stop smoking. Always read the label.",dict(ZV,**_UK)),
    ("warn","instagram","fr","Publicité — Les patchs nicotiniques Vey pour arrêter de fumer. Ceci est un médicament, lisez attentivement la notice.",ZV),
    ("fail","instagram","fr","Publicité — Les patchs nicotiniques Vey pour arrêter de fumer, en pharmacie",ZV),
    ("fail","x","en","#ad Vey vape with nicotine salts, way nicer than patches",dict(ZV,**_UK)),
    ("fail","instagram","fr","Publicité — Oublie les patchs, passe à la vapoteuse Vey",ZV),
]
add(EIGHTEENTH)

# towed2: issue #15, owed decided by structure, not by listed phrases (own texts, brands "Tessel", "Brisa", "Kelda"):
#     (a) praise aimed at the employer's product, told as a neutral third party, hides the employment (C. consom.
#     L121-4 22°; 16 CFR 255.5; CPUTR Sch. 1 para 22), while praise of people, the workplace or a day does not;
#     (b) a strong non-commercial purpose outweighs a weak cue, never an offer, a code or a launch; (c) the job
#     said by the place one runs or staffs, not by someone else's job
ZT = dict(employee=True, rewarded=False, brand="Tessel", jurisdiction="us")
ZB = dict(employee=True, rewarded=False, brand="Brisa", jurisdiction="fr")
ZK = dict(employee=True, rewarded=False, brand="Kelda", jurisdiction="uk")
OWED_STRUCTURE = [
    # (a) praise aimed at the brand: a superlative, the market, a call, an arrival, a promised gain
    ("fail","linkedin","en","Honestly the smoothest checkout flow I've seen anywhere: Tessel. If you run an online shop, give it a try.",ZT),
    ("fail","x","fr","Franchement, la meilleure mutuelle pour les indépendants en ce moment, c'est Brisa. Foncez.",ZB),
    ("fail","instagram","en","Kelda's winter stout is back and it's unreal 🍺 you lot need to try it",ZK),
    ("fail","instagram","fr","Nouveau chez Brisa : la brioche au sarrasin. Une tuerie, courez-y !",ZB),
    ("fail","linkedin","en","Nothing else on the market comes close to Tessel for invoicing. Switch and thank me later.",ZT),
    ("fail","x","fr","Notre jeton va exploser avant Noël, c'est le moment d'entrer.",ZB),
    ("fail","instagram","en","We had lunch at Kelda yesterday, the new burger is amazing!",ZK),
    # praise of people, a day, a place to work, or a company's growth promotes no product
    ("pass","linkedin","en","Best team I've ever worked with at Tessel. Grateful for these five years.",ZT),
    ("pass","linkedin","fr","Journée incroyable au séminaire Brisa, merci à toute l'équipe !",ZB),
    ("pass","linkedin","en","Tessel is the fastest-growing company in Ohio and we're hiring engineers.",ZT),
    ("pass","instagram","en","Amazing people, amazing energy at the Brisa hackathon this weekend!",dict(ZB, jurisdiction="us")),
    ("pass","linkedin","en","Our office in Leeds is the nicest place I've ever worked.",ZK),
    # (b) a strong purpose outweighs a weak cue: a perk in a job ad, "is out", "check out the thread", a bonus for all
    ("pass","linkedin","en","Kelda is hiring two brewers in Bristol — best pub quiz in town on Thursdays too. Apply via the careers page.",ZK),
    ("pass","linkedin","en","Kelda's new sustainability report is out: emissions down 12% since 2022.",ZK),
    ("pass","linkedin","fr","Le nouvel arrêté sur les emballages est publié : -30 % de plastique d'ici 2030. Je travaille chez Brisa mais ce fil parle du texte, pas de nos produits.",ZB),
    ("pass","bluesky","en","The FCA's new rules on buy-now-pay-later were published today. Key points below, nothing to do with our products.",ZK),
    ("pass","linkedin","fr","Prime de partage de la valeur : 800 € pour chaque salarié de Brisa cette année, du magasin au siège.",ZB),
    ("pass","x","en","Check out the thread on the new EU packaging rules, they apply from August.",ZT),
    ("pass","instagram","en","We're recruiting store staff at Kelda for the summer, link in bio to apply!",ZK),
    # … never an offer, a code, a launch, a shop link or an offer's urgency
    ("fail","x","en","Big news: the price cap is out. Meanwhile Kelda's winter tariff is 10% off with code WARM10, switch today!",ZK),
    ("fail","linkedin","fr","Le décret est paru ! Profitez-en : notre offre de lancement à -20 % avec le code DECRET20.",ZB),
    ("fail","linkedin","en","Thanks to the whole team for the launch: the new Tessel app is out today, download it from the App Store!",ZT),
    ("fail","x","en","Awareness week: our helpline is free. Also, our premium plan is $5/month this week only, sign up at tessel.com/shop",ZT),
    # (c) the job said by the place one runs or staffs, or the team's work at the brand
    ("pass","instagram","fr","Fournée de pain au levain chez Brisa aujourd'hui 🥖 (je gère la boutique de Rennes, donc je goûte tout) : nouvelle recette au seigle.",ZB),
    ("pass","instagram","en","Store manager at Tessel Hoboken here: our new espresso blend lands Friday, $12 a bag.",ZT),
    ("pass","facebook","en","We've been baking at Kelda since 5am: the new cardamom buns are in every shop today.",ZK),
    ("pass","instagram","en","I'm a shift lead at the Tessel on 5th Ave, and yes, the new pumpkin loaf is back.",ZT),
    ("pass","facebook","fr","Je suis responsable du rayon frais chez Brisa Nantes : les nouvelles salades arrivent lundi !",ZB),
    # someone else's job, or the place one works from, says nothing of the author's
    ("fail","instagram","en","The store manager at Tessel was so kind to me today, and the new loaf is incredible!",ZT),
    ("fail","instagram","fr","Je travaille depuis un café Brisa ce matin, leur nouveau latte est une tuerie.",ZB),
    ("fail","instagram","fr","Ma voisine gère la boutique Brisa du quartier, la nouvelle collection est superbe !",ZB),
    ("fail","x","en","Shout out to the Tessel store manager who found my size 🙌 the new boots are 20% off.",ZT),
    # a second batch in other words: the market compared, a question to the reader, a work anniversary, a brand's
    # charity sponsorship, the product built by the author's own hands
    # hidden endorsements (fail)
    ("fail","x","en","Hands down the most reliable VPN I've tested this year is Corvo. Not even close.",dict(employee=True, rewarded=False, brand="Corvo", jurisdiction="us")),
    ("fail","instagram","en","If you need a new mattress, Lunio is the one. Slept like a baby, trust me.",dict(employee=True, rewarded=False, brand="Lunio", jurisdiction="uk")),
    ("fail","linkedin","fr","Pour vos notes de frais, rien ne vaut Spendo. Testé et approuvé, foncez !",dict(employee=True, rewarded=False, brand="Spendo", jurisdiction="fr")),
    ("fail","instagram","fr","Le burger du mois chez Grillo est une dinguerie 🍔 allez-y avant qu'il disparaisse",dict(employee=True, rewarded=False, brand="Grillo", jurisdiction="fr")),
    ("fail","x","en","Pro tip: switch your team to Taskly. Best $8 you'll spend this month.",dict(employee=True, rewarded=False, brand="Taskly", jurisdiction="us")),
    ("fail","instagram","en","Obsessed with the new Velora serum, my skin has never been this smooth 😍",dict(employee=True, rewarded=False, brand="Velora", jurisdiction="us")),
    ("fail","facebook","fr","Franchement la box apéro de Terroir & Co est la meilleure que j'aie goûtée, commandez-la les yeux fermés",dict(employee=True, rewarded=False, brand="Terroir & Co", jurisdiction="fr")),
    ("fail","x","en","Nobody does pizza like Forno Rosso. Go tonight, thank me tomorrow.",dict(employee=True, rewarded=False, brand="Forno Rosso", jurisdiction="uk")),
    ("fail","linkedin","en","Looking for a payroll tool? Paywise is miles ahead of everything else out there.",dict(employee=True, rewarded=False, brand="Paywise", jurisdiction="us")),
    ("fail","instagram","fr","Les nouvelles baskets Runa sont incroyables, confort de dingue. Je recommande à 100 %.",dict(employee=True, rewarded=False, brand="Runa", jurisdiction="fr")),
    # sound employee posts (pass)
    ("pass","linkedin","en","Ten years at Corvo today. Best decision I ever made, and the most generous colleagues anyone could ask for.",dict(employee=True, rewarded=False, brand="Corvo", jurisdiction="us")),
    ("pass","linkedin","fr","Spendo recrute 3 développeurs à Nantes ! Super ambiance, équipe au top. Postulez via le lien.",dict(employee=True, rewarded=False, brand="Spendo", jurisdiction="fr")),
    ("pass","linkedin","en","Proud that Paywise was named one of the best places to work in Ohio this year.",dict(employee=True, rewarded=False, brand="Paywise", jurisdiction="us")),
    ("pass","linkedin","fr","Très fière de mon équipe chez Runa : quelle énergie incroyable pendant ce séminaire !",dict(employee=True, rewarded=False, brand="Runa", jurisdiction="fr")),
    ("pass","linkedin","en","The new EU AI Act obligations apply from August. Here's a short thread on what changes for SaaS vendors.",dict(employee=True, rewarded=False, brand="Taskly", jurisdiction="uk")),
    ("pass","linkedin","fr","La loi Climat et résilience impose de nouvelles règles d'affichage à partir de janvier. Petit résumé ci-dessous.",dict(employee=True, rewarded=False, brand="Terroir & Co", jurisdiction="fr")),
    ("pass","x","en","Our intern cohort just wrapped up their final demos. Amazing work, all of you!",dict(employee=True, rewarded=False, brand="Lunio", jurisdiction="us")),
    ("pass","linkedin","en","Lunio is sponsoring the city half-marathon for the children's hospital on Sunday. Come cheer us on!",dict(employee=True, rewarded=False, brand="Lunio", jurisdiction="uk")),
    ("pass","facebook","fr","Collecte de sang dans nos locaux jeudi : 40 collègues de Grillo ont donné, bravo à tous !",dict(employee=True, rewarded=False, brand="Grillo", jurisdiction="fr")),
    ("pass","linkedin","en","Every Velora employee gets the same year-end bonus this year, from the warehouse to the boardroom.",dict(employee=True, rewarded=False, brand="Velora", jurisdiction="uk")),
    # employment in natural words + promotion (pass)
    ("pass","instagram","en","I run the Forno Rosso kitchen in Leeds, and our new truffle pizza lands Friday!",dict(employee=True, rewarded=False, brand="Forno Rosso", jurisdiction="uk")),
    ("pass","instagram","fr","Je tiens la boutique Runa de Bordeaux : les nouvelles baskets arrivent samedi, passez les essayer !",dict(employee=True, rewarded=False, brand="Runa", jurisdiction="fr")),
    ("pass","facebook","en","Assistant manager at the Grillo on Main St here, the new smash burger is on the menu from today.",dict(employee=True, rewarded=False, brand="Grillo", jurisdiction="us")),
    ("pass","instagram","fr","Vendeuse à la boutique Velora de Lille depuis 3 ans : le nouveau sérum est enfin en rayon.",dict(employee=True, rewarded=False, brand="Velora", jurisdiction="fr")),
    ("pass","x","en","We've been building Taskly for two years, and version 3 ships today. Try it free for 30 days.",dict(employee=True, rewarded=False, brand="Taskly", jurisdiction="us")),
    # a weak word said of the brand's own product is no longer weak, whatever purpose the post states
    ("fail","instagram","fr","Journée mondiale du recyclage ♻️ Découvrez la gamme Brisa en magasin, lien en bio.",dict(rewarded=True, brand="Brisa", jurisdiction="fr")),
    ("fail","instagram","en","Road safety week: check out the Kelda dashcam range, link in bio.",ZK),
    ("pass","instagram","fr","Journée mondiale du recyclage ♻️ Découvrez les gestes simples sur le site de l'ADEME.",ZB),
    ("pass","linkedin","en","We're hiring at Kelda! Check out the careers page for the two brewer roles.",ZK),
]
add(OWED_STRUCTURE)

# tsect2: the advertiser the context names is read for a glued trade too, as one weak cue, whether or not the text
#         names it ("Spinbet", "Vapelune", "Cryptara"); "Bettina" and "Coinwise" with no second cue say nothing
NINETEENTH = [
    ("fail","x","en","#ad cheeky acca this weekend, get on lads",_TB("Spinbet",**_UK)),
    ("fail","instagram","fr","Publicité — Les nouveaux pods sont arrivés, 12 saveurs fruitées",_TB("Vapelune")),
    ("warn","x","en","#ad My first tokens are in, let's go",_TB("Cryptara",**_US)),
    ("pass","instagram","en","#ad A cheeky acca of cupcakes for the school bake sale",_TB("Bettina",**_UK)),
    ("pass","instagram","en","#ad The app rounds up my card payments into savings",_TB("Coinwise",**_UK)),
]
add(NINETEENTH)

# tsect2: a sector word used as a likeness ("casino-style", "lottery-style", « façon casino ») names a look, not the
#         trade; the trade's other words still count
TWENTIETH = [
    ("pass","instagram","en","#ad Vey lottery-style advent calendar: a surprise beauty product every day",dict(ZV,**_UK)),
    ("pass","instagram","en","#ad Casino-style lighting for your Vey games room, dimmable and warm",dict(ZV,**_UK)),
    ("pass","instagram","fr","Publicité — Une déco façon casino pour ta soirée d'anniversaire, signée Vey",ZV),
    ("pass","instagram","en","#ad Vey's cocktail-inspired candles: no alcohol, just the scent",dict(ZV,**_US)),
    ("fail","x","en","#ad Casino-style slots on Vey, deposit £10 and play",dict(ZV,**_UK)),
    ("fail","x","en","#ad Vey-style casino bonuses: 50 free spins on sign-up",dict(ZV,**_UK)),
]
add(TWENTIETH)
# --- 21st: a sector needs the trade's context, not its word; compliant posts whose conditions are shown pass; content
# rules read over word classes (the trade word in another sense, prevention and regulatory news, a loto for the school,
# custody devices, nicknames of prescription drugs, therapeutic abstention, gambling as income, alcohol and confidence,
# the zoo's exception, the US risk information and the FDA warning's place) (#15)
_NIC_FILLER = ("Honestly the smoothest flavour they have made, the tin is tiny and fits any pocket, and the mint is not too "
               "sharp either. Lasts me the whole shift and then some, and the new lid clicks shut properly now.")
TWENTY_FIRST = [
    # the trade's word in another sense: currency at the counter, leverage as a figure, cryptography, forecasts among
    # friends, an accountancy exam, a family card game; the trade's own context still counts
    ("pass","x","en","Tip for the trip: the forex counter at the station took 9% on the spread. A fee-free card is cheaper.",dict(N,**_US)),
    ("pass","linkedin","fr","Le levier x3 de notre équipe cette année ? Des réunions plus courtes, rien d'autre.",N),
    ("fail","instagram","fr","Publicité — Trade le forex avec Vey, levier x30 sur tes positions !",ZV),
    ("fail","x","en","#ad Vey forex signals, leverage up to 1:500, join now",dict(ZV,**_US)),
    ("pass","mastodon","fr","Conférence sur la crypto post-quantique demain à l'INRIA : migration des clés, rien à vendre.",N),
    ("pass","mastodon","en","Our team rolled out crypto agility across the API last quarter: swapping algorithms without a redeploy.",dict(N,**_US)),
    ("pass","instagram","fr","Mes pronos pour la finale de Coupe Davis entre copains : la France en 4 sets, un café en jeu 😄",N),
    ("fail","instagram","fr","Publicité — Mes pronos foot du week-end sur le Telegram VIP de Vey, cote 3,5 !",ZV),
    ("pass","instagram","en","studying for my ACCA audit paper all weekend, send snacks #acca #exams",dict(N,**_UK)),
    ("pass","instagram","en","poker night with the cousins, stakes were crisps #pokernight",dict(N,**_US)),
    ("fail","x","en","#ad Vey 5-fold acca boost this Saturday #acca",dict(ZV,**_UK)),
    # prevention messages and regulatory news name a trade to warn about it; an association's loto is the law's exception
    ("pass","mastodon","fr","Rappel prévention : Joueurs Info Service répond au 09 74 75 13 13, gratuit et anonyme. Aucun site à promouvoir.",N),
    ("pass","x","en","Safer Gambling Week reminder: GamStop lets you self-exclude from every site at once. BeGambleAware.org for support.",dict(N,**_UK)),
    ("pass","x","en","#ad Spin the Vey wheel tonight, 18+ BeGambleAware.org",dict(ZV,**_UK)),
    ("fail","instagram","fr","Publicité — Parie sur la Ligue 1 avec Vey ! Joueurs Info Service : 09 74 75 13 13",ZV),
    ("pass","linkedin","fr","Veille réglementaire : l'AMF met en garde contre les plateformes de forex non autorisées et publie sa liste noire du mois.",E),
    ("pass","linkedin","en","Regulatory update: the FCA warns that promoting CFDs to retail clients through finfluencers breaches s.21. Worth a read.",dict(N,**_UK)),
    ("fail","instagram","fr","Publicité — L'AMF met en garde ? Moi je trade le forex avec Vey, levier x50, lien en bio !",ZV),
    ("fail","x","en","#ad The FCA warns about scams, but Vey forex signals are legit: sign up today",dict(ZV,**_US)),
    ("pass","facebook","fr","Grand loto du comité des fêtes dimanche 14h ! Lots : un vélo, des paniers garnis. Les bénéfices financent le feu d'artifice.",N),
    ("pass","facebook","en","School fete lottery on Saturday: tickets £1, a bike and hampers to win, proceeds go to the PTA.",dict(N,**_UK)),
    ("fail","facebook","fr","Publicité — Le loto de Vey : 2 millions au jackpot vendredi, joue dès 2 € !",ZV),
    ("fail","facebook","fr","Publicité — Super loto de l'association Vey, cartons en ligne, 100 € offerts au premier dépôt !",ZV),
    # a wallet reviewed is a device; the asset and its return still make the sector
    ("pass","x","en","Ad: Vey sent me their hardware wallet. Seed phrase backup on a metal card, keys stay offline. Solid build.",dict(ZV,**_US)),
    ("pass","instagram","fr","Publicité — Test du portefeuille matériel Vey : la seed phrase se sauvegarde sur une plaque en acier.",ZV),
    ("fail","x","en","#ad Store your $VEY in the Vey wallet, it can only go up",dict(ZV,**_US)),
    # "tobacco-free" says what a nicotine pouch is not; the nicotine row decides (US: the FDA warning, at the top)
    ("pass","instagram","en","#ad WARNING: This product contains nicotine. Nicotine is an addictive chemical. Vey mint pouches, tobacco-free, 21+ only.",dict(ZV,**_US)),
    ("fail","instagram","en","#ad Vey tobacco-free pouches, fresh mint, 21+",dict(ZV,**_US)),
    ("fail","instagram","en","#ad Vey hand-rolling tobacco, smooth and slow-burning",dict(ZV,**_US)),
    ("pass","instagram","en","WARNING: This product contains nicotine. Nicotine is an addictive chemical.\n#ad Vey mango pouches, 6mg, 21+ only. Code VEY10.",dict(ZV,**_US)),
    ("fail","instagram","en","#ad Vey mango pouches, 6mg, 21+ only. Code VEY10.\n\n" + _NIC_FILLER + "\n\nWARNING: This product contains nicotine. Nicotine is an addictive chemical.",dict(ZV,**_US)),
    ("fail","instagram","en","#ad Vey mint vape, 21+",dict(ZV,**_US)),
    ("fail","instagram","en","#ad Vey citrus pouches on shift, no spit needed, 21+ #nic",dict(ZV,**_US)),
    ("pass","instagram","en","Happy birthday Nic! 🎂",dict(N,**_UK)),
    # prescription drugs by their nicknames (botulinum toxin, the GLP-1 jab); a named investment portfolio
    ("fail","instagram","en","#ad Topped up my tox at Vey Aesthetics today, forehead smooth. 15% off with VEY15",dict(ZV,**_UK)),
    ("pass","instagram","en","Detox week: green juices and long walks, feeling great",dict(N,**_UK)),
    ("fail","instagram","fr","Publicité — La piqûre pour maigrir chez Vey, -6 kg en un mois !",ZV),
    ("fail","x","en","#ad Skinny jab delivered to your door by Vey, no GP visit needed",dict(ZV,**_UK)),
    ("pass","facebook","fr","Séma, ma collègue, fête ses 40 ans ce soir !",N),
    ("fail","instagram","en","#ad My Vey Growth portfolio is a guaranteed 9% a year, link in bio",dict(ZV,**_UK)),
    ("fail","instagram","en","#ad Get your lips plumped at Vey Studio before the school formal, student prices",dict(ZV,**_UK)),
    ("pass","instagram","en","#ad Got my lips plumped at Vey Aesthetics, 25 and loving it. Consultation first, adults only.",dict(ZV,**_UK)),
    # therapeutic abstention over word classes: « plus besoin de », "haven't needed", the drug in a cream
    ("fail","instagram","fr","Publicité — Plus besoin de ma pommade à la cortisone depuis le baume Vey !",ZV),
    ("fail","instagram","en","#ad Haven't needed my migraine pills since I started Vey drops",dict(ZV,**_UK)),
    ("fail","instagram","en","#ad No need for your inhaler once you try Vey breathing salts",dict(ZV,**_UK)),
    ("pass","instagram","fr","Publicité — Le baume Vey ne remplace pas ta crème à la cortisone : demande à ton médecin.",ZV),
    ("pass","instagram","en","#ad Haven't needed a taxi since my Vey bike arrived",dict(ZV,**_UK)),
    ("pass","facebook","fr","Plus besoin de ma crème solaire en novembre, on ressort les pulls",N),
    # gambling as income (the bet pays the bill) and a win said certain, with every label present
    ("fail","x","en","#ad 18+ My Saturday treble on Vey covered the car insurance bill. BeGambleAware.org",dict(ZV,**_UK)),
    ("fail","instagram","fr","Publicité — Ce combiné Vey m'a payé le loyer ! Interdit aux moins de 18 ans. Jouer comporte des risques : 09 74 75 13 13",ZV),
    ("pass","x","en","#ad 18+ Vey price boosts on the Grand National this weekend. BeGambleAware.org",dict(ZV,**_UK)),
    ("fail","x","en","#ad Lakers -3, can't lose, bet it on Vey. 21+ 1-800-GAMBLER",dict(ZV,**_US)),
    ("fail","x","fr","Publicité — Pari sûr ce soir, impossible de perdre : PSG gagnant sur Vey. Interdit aux moins de 18 ans. Jouer comporte des risques : 09 74 75 13 13",ZV),
    ("pass","x","en","#ad 21+ Vey Sportsbook: you can lose, so set limits in the app. 1-800-GAMBLER",dict(ZV,**_US)),
    # alcohol and confidence, the night that starts with the drink (CAP 18.2; C. santé publ. L3323-4)
    ("fail","instagram","en","#ad Vey gin: instant confidence in a glass 🍸",dict(ZV,**_UK)),
    ("fail","instagram","en","#ad The party doesn't start until the Vey prosecco is open",dict(ZV,**_UK)),
    ("pass","instagram","en","#ad Vey gin: juniper, pink grapefruit, 40% ABV. Drink responsibly.",dict(ZV,**_UK)),
    ("pass","instagram","en","#ad The night doesn't start until my Vey running lights are on",dict(ZV,**_UK)),
    ("fail","instagram","fr","Publicité — La soirée ne commence pas sans le rosé Vey ! L'abus d'alcool est dangereux pour la santé, à consommer avec modération.",ZV),
    # France: an establishment allowed to keep wild animals (its keepers, its feeding, its conservation programme)
    ("pass","facebook","fr","Publicité — Journée au parc Vey : les soigneurs nous ont présenté les pandas roux et leur programme de conservation.",dict(ZV,sector="wild_animals")),
    ("pass","facebook","fr","Publicité — Atelier nourrissage des loutres au Vey Park cet été, billets en ligne",dict(ZV,sector="wild_animals")),
    ("fail","instagram","fr","Publicité — Bébé singe à adopter chez Vey, livré chez toi !",dict(ZV,sector="wild_animals")),
    ("fail","instagram","fr","Publicité — Un fennec comme animal de compagnie ? Les soigneurs de Vey te le livrent !",dict(ZV,sector="wild_animals")),
    # US: a prescription drug's risks named beside it (21 CFR 202.1(e)); the UK bans the promotion whatever it says
    ("pass","instagram","en","#ad Got lip filler and Botox at Vey Med Spa, done by a licensed NP. Possible side effects include swelling and bruising.",dict(ZV,**_US)),
    ("warn","instagram","en","#ad Got Botox at Vey Med Spa, best decision ever!",dict(ZV,**_US)),
    ("fail","instagram","en","#ad Got Botox at Vey Med Spa, 100% safe, no side effects!",dict(ZV,**_US)),
    ("fail","instagram","en","#ad Botox at Vey Clinic, risks like bruising are rare, 10% off",dict(ZV,**_UK)),
]
add(TWENTY_FIRST)
RELABELLED.update({t: ('fail', _FR_GAMBLING_WARNING) for t in (
    'Publicité — Pariez sur la finale avec Acme Paris. Interdit aux moins de 18 ans.',
    'Publicité — Venez parier sur la Ligue 1 avec Acme Bet ! 18+',
    '#publicité Misez sur Acme Poker. Interdit aux mineurs.',
    'Publicité — Casino en ligne Zest : 100 tours offerts. Interdit aux moins de 18 ans.',
    'Publicité — Mon combiné du week-end chez Zest Paris : cote 12 ! Interdit aux moins de 18 ans.',
    'Publicité — Mon ticket du jour sur Zest Bet : triple à 6,2. Interdit aux moins de 18 ans.')})

# towed3: the brand called by its own first word ("Tallyo" for "Tallyo Finance"), a page of the brand's own site, a
#         choice made for the reader ("X is what I'd pick"), a product that "lives up to the hype", a switch urged
#         ("if you still …, stop"), a demo offered; the employment said by "one of the maintainers at X" or "on the
#         support team at X" (too late after the cut); a plain "X paid me" beside an illegible superscript; « Collab.
#         commerciale » abridged. Look-alikes: the brand's careers page, a common word that opens the brand's name
_TF = dict(employee=True, rewarded=False, brand="Tallyo Finance", jurisdiction="us")
_LK = dict(employee=True, rewarded=False, brand="Larkspur Notes", jurisdiction="us")
_QR = dict(employee=True, rewarded=False, brand="Quorra", jurisdiction="uk")
OWED_SHORT_NAME = [
    ("fail","mastodon","en","Moving off spreadsheets? Larkspur is what I'd pick: shared views, offline mode, and the free plan is generous.",_LK),
    ("fail","x","en","Wore the new Brisa Trail shoe for a wet 20k on Sunday, not a blister. It lives up to the hype.",dict(employee=True, rewarded=False, brand="Brisa Running", jurisdiction="uk")),
    ("fail","linkedin","en","If you still reconcile invoices by hand, stop. Tallyo matches them in 3 clicks and the free tier covers 50 a month.",_TF),
    ("fail","x","en","Fresh batch of guides up: everything about the kettle range at quorra.com/kettles",_QR),
    ("fail","linkedin","fr","Les fenêtres Ombelle sont garanties 20 ans. Si vous rénovez, c'est vraiment le moment d'en parler. Devis : ombelle.fr/devis",dict(employee=True, rewarded=False, brand="Ombelle", jurisdiction="fr")),
    ("fail","linkedin","en","Tallyo matches invoices in 3 clicks and the free tier covers small teams. Want a demo? Grab a slot on my calendar.\n\n" + CUT_FILLER_EN + "\n\n(I'm on the support team at Tallyo.)",_TF),
    ("pass","linkedin","en","I'm on the support team at Tallyo Finance. If you still reconcile invoices by hand, stop: Tallyo matches them in 3 clicks.",_TF),
    ("pass","mastodon","en","I'm one of the maintainers at Larkspur Notes. We just released 2.0: sync is 3x faster. Notes: larkspur.dev/2.0",_LK),
    ("pass","linkedin","en","We're hiring two support engineers in Leeds. Details on quorra.com/careers",_QR),
    ("pass","linkedin","en","Keeping a steady cadence of long runs this month: amazing how fast the legs adapt, best block in years.",dict(employee=True, rewarded=False, brand="Cadence Payroll", jurisdiction="us")),
    ("pass","instagram","en","I work in Oakridge's design studio, so yes, biased: the new wool throw is the cosiest thing we've made. Online now.",dict(employee=True, rewarded=False, brand="Oakridge Home", jurisdiction="uk")),
    ("pass","x","en","ᴬᴰ Acme paid me to try their new trail bar on today's long run. Solid, not chalky.",dict(R, jurisdiction="us")),
    ("fail","x","en","Acme's new trail bar, tried on today's long run ᵖᵃⁱᵈ ᵃᵈ",dict(R, jurisdiction="us")),
    ("pass","bluesky","fr","Collab. commerciale avec Acme : leur nouveau pain au levain est sorti ce matin.",dict(R, jurisdiction="fr")),
    ("fail","bluesky","fr","#collab Acme : leur nouveau pain au levain est sorti ce matin.",dict(R, jurisdiction="fr")),
    ("pass","instagram","fr","Collab commerciale avec Acme — leur nouvelle tarte aux figues est en vitrine.",dict(R, jurisdiction="fr")),
    ("pass","linkedin","en","Wrote up how we cut our build times in half: quorra.com/blog/build-times",_QR),
    ("fail","linkedin","en","Lots of people ask what we use for notes. Honestly? Quorra. Setup guide at quorra.com/start",_QR),
    ("pass","instagram","en","I'm one of the bakers at Quorra, and our new rye loaf is out today!",_QR),
]
add(OWED_SHORT_NAME)

# towed3: the State's timetable or a duty laid on every business, a regulator's guidance named: news a rewarded
#         employee may share (recommending the official guide recommends no product); affiliate links as the topic
#         of a rule label nothing; the reward for this very post said in plain words discloses it (US and UK).
#         Look-alikes: the same news with the brand's offer and a code, an affiliate link of one's own in the UK
_FC = dict(employee=True, rewarded=True, brand="Factura", jurisdiction="fr")
_BR = dict(employee=True, rewarded=True, brand="Brisa", jurisdiction="uk")
OWED_NEWS_REWARD = [
    ("pass","linkedin","fr","Facturation électronique : l'échéancier est confirmé. Toutes les entreprises devront recevoir des factures dès 2026. Le guide officiel de la DGFiP est clair, je vous le recommande.",_FC),
    ("fail","linkedin","fr","L'échéancier est confirmé : toutes les entreprises devront facturer en ligne. Notre nouvelle offre Factura s'en charge, code FACT20 pour -20 %.",_FC),
    ("pass","linkedin","en","The ASA's influencer guidance is worth a read: hidden ads, including affiliate links, can breach the CAP Code.",dict(employee=True, rewarded=False, brand="Cobalt Wealth", jurisdiction="uk")),
    ("fail","x","en","Switch through my affiliate link for £20 off the Cobalt ISA.",dict(rewarded=True, brand="Cobalt Wealth", jurisdiction="uk")),
    ("pass","linkedin","en","All employers must file the new W-2 format from January. The IRS guide is clear, I recommend it.",dict(employee=True, rewarded=False, brand="Cadence Payroll", jurisdiction="us")),
    ("pass","x","en","#BrisaTeam here – our new trail shoe is out today. I get programme points for posting this.",_BR),
    ("fail","x","en","#BrisaTeam here – our new trail shoe is out today. I get programme points when I post.",_BR),
    ("pass","x","en","Acme's spring menu is live. Full honesty: I earn a bonus for sharing this.",dict(R, jurisdiction="us")),
]
add(OWED_NEWS_REWARD)

# t3a: an employee's undisclosed endorsement read as one: a version "is live", the brand's first word in the
#      possessive ("Velmar's new …"), "the only one that", "not even close", "worth a look", a feature "included in
#      every plan", an offer « offerte jusqu'en mars »; a pointer to the bio is no disclosure and marks the post an
#      endorsement (16 CFR 255.5; directive 2005/29/CE annex I pt 22); the employee hashtag after the cut; « #pub »
#      up front accepted (ARPP; loi 2023-451 art. 5), at the end still weak. Look-alikes: the employment said up front,
#      a tool's version on build servers, the team's news, a museum "worth a look", a new role "in my bio", a city's
#      free shuttle, a job ad pointing to the bio
_VM = dict(employee=True, rewarded=False, brand="Velmar Maps", jurisdiction="us")
_HF = dict(employee=True, rewarded=False, brand="Halden Foods", jurisdiction="uk")
_LD = dict(employee=True, rewarded=False, brand="Ledgerly", jurisdiction="us")
_AS = dict(employee=True, rewarded=False, brand="Alcyon Stockage", jurisdiction="fr")
OWED_T3A = [
    ("fail","x","en","Velmar Maps 3.2 is live: offline routes and shared lists. Free on iOS and Android. velmar.app",_VM),
    ("fail","x","en","Velmar's new hiking layer is the best in outdoor apps right now.",_VM),
    ("fail","instagram","en","Tried every oat milk in two supermarkets and Halden's Barista is the only one that foams properly. Not even close.",_HF),
    ("fail","linkedin","en","Ledgerly now reconciles bank feeds automatically, and it's included in every plan. If you run a small shop, it's worth a look before year end.",_LD),
    ("fail","linkedin","fr","Alcyon Stockage est certifié ISO 27001 et l'installation est offerte jusqu'en mars. C'est le moment de changer.",_AS),
    ("fail","linkedin","fr","Alcyon Stockage est certifié ISO 27001. Franchement, c'est le moment de changer. (pour ceux qui lisent ma bio 😉)",_AS),
    ("fail","x","en","Velmar has the cleanest trail maps I've seen. Switch to it. (yes, it's in my bio)",_VM),
    ("fail","linkedin","en",CUT_FILLER_EN + "\n\nLedgerly now reconciles bank feeds automatically, and it's included in every plan. If you run a small shop, it's worth a look before year end.\n\n#accounting #LedgerlyEmployee",_LD),
    ("pass","x","fr","#pub Le nouveau pain au levain de Acme est sorti ce matin.",dict(R, jurisdiction="fr")),
    ("pass","x","fr","#pub Je bosse chez Ferlin et je touche des points pour ce post. Le nouveau vélo Ferlin tient la route.",dict(employee=True, rewarded=True, brand="Ferlin", jurisdiction="fr")),
    ("warn","x","fr","Le nouveau pain au levain de Acme est sorti ce matin. #pub",dict(R, jurisdiction="fr")),
    ("pass","x","en","I'm on the Velmar team, so biased: Velmar Maps 3.2 is live with offline routes. Free on iOS.",_VM),
    ("pass","mastodon","en","Python 3.13 is live on our build servers, upgrade your venvs before Friday.",_VM),
    ("pass","linkedin","en","Velmar's new intern cohort starts Monday, say hi if you see them in the kitchen.",_VM),
    ("pass","linkedin","en","Velmar's quarterly report is out: we grew 20% this year.",_VM),
    ("pass","x","en","The city museum is free until June and worth a look if you're in Lyon this winter.",_LD),
    ("pass","linkedin","en","New role at Ledgerly starting Monday! Details are in my bio.",_LD),
    ("pass","linkedin","fr","La mairie offre la navette gratuite jusqu'en juin, c'est le moment de tester le vélo en ville.",_AS),
    ("pass","linkedin","fr","Alcyon Stockage recrute deux technicien·nes à Rennes. C'est le moment de postuler, tout est dans ma bio.",_AS),
]
add(OWED_T3A)

# t3a: gambling as the way to pay a household's bills with the operator between the bet and its verb ("a few spins on
#      X Casino sorted my council tax"), a tax as a bill (CAP 16.3.5). Look-alikes: the tax named beside no win, a
#      budget urged, the brand's offer alone
_ZC = dict(employee=False, rewarded=True, brand="Zest Casino", jurisdiction="uk")
OWED_T3A_GAMBLING = [
    ("fail","facebook","en","#ad Behind on bills? A few spins on Zest Casino sorted my council tax last time. 100 free spins, 18+ begambleaware.org",_ZC),
    ("fail","facebook","en","#ad Two spins at Zest Bingo covered our energy bill 🙌 18+ begambleaware.org",_ZC),
    ("fail","x","en","#ad That spin on Zest Slots sorted the council tax. 18+ begambleaware.org",_ZC),
    ("fail","instagram","en","#ad One bet with Zest Casino paid my rent this month. 18+ begambleaware.org",_ZC),
    ("pass","facebook","en","#ad New slots at Zest Casino this week. 18+ begambleaware.org",_ZC),
    ("pass","facebook","en","#ad Council tax is due Friday, so no spins at Zest Casino for me this month. 18+ begambleaware.org",_ZC),
    ("pass","x","en","#ad Zest Casino: 100 free spins for new players. Never gamble with bill money. 18+ begambleaware.org",_ZC),
    ("pass","instagram","en","#ad Spins on Zest Casino this weekend: set a budget and stick to it. 18+ begambleaware.org",_ZC),
]
add(OWED_T3A_GAMBLING)

# t3a: a supplement said to have replaced a medicine named by its form ("came off my blood pressure tablets", « arrêté
#      mes comprimés »): discourages essential treatment (CAP 12.2, 15.1; C. santé publ. L5122-15). Look-alikes: the
#      product's own tablets, a GP's prescription kept
_NB = dict(employee=False, rewarded=True, brand="Ortie & Baie", jurisdiction="uk")
OWED_T3A_THERAPEUTIC = [
    ("fail","facebook","en","#ad Since taking Ortie & Baie's garlic capsules I've come off my blood pressure tablets completely!",_NB),
    ("fail","instagram","en","#ad Three weeks on Ortie & Baie's magnesium and I stopped my sleeping tablets.",_NB),
    ("fail","facebook","en","#ad With Ortie & Baie's turmeric I ditched my arthritis tablets for good.",_NB),
    ("fail","instagram","fr","Publicité — Depuis les gélules Ortie & Baie, j'ai arrêté mes comprimés pour la tension.",dict(_NB, jurisdiction="fr")),
    ("pass","facebook","en","#ad Ortie & Baie's garlic capsules are in my morning routine now. Keep taking any tablets your GP prescribed.",_NB),
    ("pass","instagram","en","#ad Ortie & Baie's effervescent vitamin C tablets taste like orange squash.",_NB),
    ("pass","facebook","en","#ad Ortie & Baie's magnesium: two tablets with dinner, that's it.",_NB),
    ("pass","instagram","fr","Publicité — Les comprimés effervescents Ortie & Baie ont un goût d'orange.",dict(_NB, jurisdiction="fr")),
]
add(OWED_T3A_THERAPEUTIC)

# t3a: tobacco as the flavour of a nicotine product ("Classic Tobacco pods", "tobacco flavour"): the nicotine row
#      rules it (21 CFR 1143.3); the word inside a cessation campaign or service (#MoisSansTabac, Tabac Info Service,
#      « anti-tabac »): prevention, not promotion (C. santé publ. L3512-4). Look-alikes: the pods without the FDA
#      warning, rolling tobacco sold at the counter, the campaign's end announced beside a tobacco offer
_VX = dict(employee=False, rewarded=True, brand="Vapex", jurisdiction="us")
_PT = dict(employee=True, rewarded=False, brand="Pharmacie du Lavoir", jurisdiction="fr")
_FDA = "WARNING: This product contains nicotine. Nicotine is an addictive chemical.\n"
OWED_T3A_TOBACCO = [
    ("pass","instagram","en",_FDA + "#ad @vapex Classic Tobacco pods. 21+ only, not for non-smokers.",_VX),
    ("pass","instagram","en",_FDA + "#ad Vapex e-liquid, tobacco flavour, 21+ only.",_VX),
    ("pass","mastodon","fr","Novembre = #MoisSansTabac. Pour arrêter, le 39 89 (Tabac Info Service) est gratuit et vous oriente vers un·e tabacologue.",_PT),
    ("pass","linkedin","fr","Atelier anti-tabac jeudi à la pharmacie, gratuit, avec une tabacologue de l'hôpital.",_PT),
    ("fail","instagram","en","#ad @vapex Classic Tobacco pods. 21+ only, not for non-smokers.",_VX),
    ("fail","instagram","en","#ad Vapex e-liquid, tobacco flavour, 21+ only.",_VX),
    ("fail","linkedin","fr","Nouveau à la pharmacie : le tabac à rouler bio, 12 € le paquet.",_PT),
    ("fail","mastodon","fr","#MoisSansTabac c'est fini : retour du tabac à rouler en promo à la pharmacie, 10 € le paquet.",_PT),
]
add(OWED_T3A_TOBACCO)

# owed5 (issue #15): a stated purpose in a weak cue's own sentence, more purposes (a trade's figures and a rule
#      explained, a warning against an unlawful practice or an overdose, all-employee share plans, an open-source
#      release, a careers site), more promotions (a teaser of the brand's release, a link in a story, a figure-led
#      launch, the employer's ticker touted), a referral reward stated beside the employment (US), and the employment
#      in more words ("our … at X", "we just … at X", « mon équipe, on a lancé … X »). Brand "Orvane", our own wording.
_OE = dict(employee=True, rewarded=False, brand="Orvane")
_OER = dict(employee=True, rewarded=True, brand="Orvane")
_ON = dict(employee=False, rewarded=False)
_OR = dict(employee=False, rewarded=True, brand="Orvane")
OWED_OWED5 = [
    # the purpose's own sentence names the shop or the report (loi 2023-451 art. 1; 16 CFR 255.0; CAP 1.1) ...
    ("pass", "linkedin", "en", "Our store in Bristol is hiring weekend staff, pop your CV in at the till.", dict(_OE, jurisdiction="uk")),
    ("pass", "linkedin", "fr", "Notre boutique de Lille recrute un préparateur de commandes en CDD de six mois, candidatures par message.", dict(_OE, jurisdiction="fr")),
    ("pass", "linkedin", "en", "Our sustainability report at Orvane is out: emissions down 12% on 2023.", dict(_OE, jurisdiction="us")),
    # ... a call to the reader or a strong offer elsewhere still promotes
    ("fail", "linkedin", "en", "Our store in Bristol is hiring! And check out our new autumn range while you're in.", dict(_OE, jurisdiction="uk")),
    ("fail", "instagram", "fr", "Semaine européenne du recyclage : découvrez la gamme Orvane en magasin, lien en bio.", dict(_OR, jurisdiction="fr")),
    # a rule explained, a trade's figures (CAP 1.1: regulatory comment and news are no marketing)
    ("pass", "linkedin", "fr", "Règlement MiCA, ce qui change en 2026 pour les émetteurs de stablecoins : un livre blanc notifié à l'AMF et des réserves séparées. Juriste chez Orvane, je résume en trois points.", dict(_OE, jurisdiction="fr")),
    ("fail", "linkedin", "fr", "Ce qui change chez Orvane cette semaine : notre nouvelle carte crypto avec 2 % de cashback, commandez-la dans l'appli.", dict(_OE, jurisdiction="fr")),
    ("pass", "linkedin", "en", "According to the trade body, cider volumes are -8% across the South West this season. A tough year for orchards.", dict(_OE, jurisdiction="uk")),
    ("fail", "linkedin", "en", "According to the trade body cider is booming, so grab our new Orvane dry cider, 20% off this weekend.", dict(_OE, jurisdiction="uk")),
    ("pass", "linkedin", "fr", "Depuis la loi influence, la mention \"Publicité\" doit rester visible pendant toute la durée d'une story ; \"#sp\" ne suffit pas.", dict(_OE, brand=None, jurisdiction="fr")),
    ("pass", "instagram", "fr", "\"Publicité\" : Orvane m'a offert son nouveau sérum, code LEA10 pour -10 %.", dict(_OR, jurisdiction="fr")),
    # warnings: an unlawful and dangerous practice, an overdose (C. santé publ. L5122-1 covers what promotes a medicine)
    ("pass", "facebook", "fr", "Les fausses cliniques de greffe de cheveux à l'étranger qui démarchent sur TikTok : c'est dangereux et illégal, signalez-les.", dict(_OE, brand=None, jurisdiction="fr")),
    ("fail", "instagram", "fr", "Ces injections low-cost sont dangereuses et illégales ; chez Orvane Clinic, lèvres à 250 €, réservez vite.", dict(_OE, brand="Orvane Clinic", jurisdiction="fr")),
    ("pass", "linkedin", "en", "Pharmacist's reminder: an overdose of paracetamol harms the liver, and many cold remedies already contain it. Ask us, it's free.", dict(_ON, jurisdiction="uk")),
    ("fail", "instagram", "en", "Overdose of stress this week? Orvane Calm gummies got me through, 20% off with code CALM20.", dict(_OR, jurisdiction="uk")),
    # all-employee share plans (ITEPA 2003 Sch. 2-3; 26 U.S.C. 423; C. trav. L3332-11): a right of the staff ...
    ("pass", "linkedin", "en", "My SAYE options from five years ago finally vested at Orvane, a nice cushion for the kids' uni fees.", dict(_OE, jurisdiction="uk")),
    ("pass", "linkedin", "en", "Our ESPP purchase window at Orvane closed today, 15% off the share price for every employee. Worth enrolling if you haven't.", dict(_OE, jurisdiction="us")),
    ("pass", "linkedin", "fr", "L'abondement de l'entreprise sur le PEE tombe ce mois-ci, merci Orvane !", dict(_OE, jurisdiction="fr")),
    # ... an offer beside it still promotes
    ("fail", "linkedin", "en", "Sharesave matured, so I treated myself to the new Orvane e-bike, and it's 15% off for you too with code STAFF15!", dict(_OE, jurisdiction="uk")),
    ("fail", "instagram", "fr", "Grâce à l'abondement, je me suis offert le nouveau robot Orvane : -20 % avec mon code ROBOT20 !", dict(_OE, jurisdiction="fr")),
    # software under an open licence sells nothing; a paid tier on offer does
    ("pass", "bluesky", "en", "Today we released our date-parsing toolkit under the Apache 2.0 licence. Issues and PRs welcome.", dict(_OE, jurisdiction="us")),
    ("pass", "mastodon", "fr", "On publie notre moteur de recherche interne en logiciel libre, sous licence MIT. Les contributions sont bienvenues !", dict(_OE, jurisdiction="fr")),
    ("fail", "bluesky", "en", "Our SDK is open source, and the Pro tier is 30% off this week, grab it at orvane.dev/pricing.", dict(_OE, jurisdiction="us")),
    # a careers site sells nothing; the brand's shop page does
    ("pass", "linkedin", "fr", "Trois stages de data analyst à Lyon pour la rentrée : https://jobs.orvane.fr/stages", dict(_OE, jurisdiction="fr")),
    ("fail", "linkedin", "fr", "On recrute ! Et la boutique fait -30 % ce week-end : https://orvane.fr/soldes", dict(_OE, jurisdiction="fr")),
    # a teaser of the brand's coming release is its promotion (C. consom. L121-4 22°; CAP 2.4; 16 CFR 255.5) ...
    ("fail", "x", "en", "Big week ahead 👀 something new is landing from Orvane on Thursday and I genuinely can't say more", dict(_OE, jurisdiction="uk")),
    ("fail", "instagram", "fr", "Restez connectés… jeudi, quelque chose de gros arrive 🤫 #Orvane #teaser", dict(_OE, jurisdiction="fr")),
    # ... unless a purpose is stated or nothing of the brand's is named
    ("pass", "linkedin", "en", "Something big is coming at Orvane: we're hiring 40 engineers in Leeds next month. Stay tuned for the job posts!", dict(_OE, jurisdiction="uk")),
    ("pass", "x", "en", "Stay tuned, my marathon recap is coming this week", dict(_OE, jurisdiction="us")),
    # a product one tap away in a story: a weak cue, outweighed by a job ad
    ("fail", "instagram", "fr", "Mon fond de teint Orvane tient toute la journée, même sous la pluie. Lien vers la teinte dans mes stories !", dict(_OE, jurisdiction="fr")),
    ("fail", "instagram", "en", "This Orvane blush lasted through a 12-hour shift. Link to the shade in my stories.", dict(_OE, jurisdiction="us")),
    ("pass", "instagram", "fr", "On recrute deux alternants en logistique à Tours, lien de l'offre dans ma story.", dict(_OE, jurisdiction="fr")),
    # a launch whose name starts with a figure; a report's year is no launch
    ("fail", "linkedin", "en", "Orvane's new 5G home plan sets up in ten minutes. Ask me anything in DMs.", dict(_OE, jurisdiction="us")),
    ("pass", "linkedin", "en", "Orvane's new 2025 diversity report shows 44% women in engineering. Proud of the progress.", dict(_OE, jurisdiction="us")),
    # the employer's ticker touted by an employee (16 CFR 255.5; MAR art. 20: a recommendation states its author's interest)
    ("fail", "x", "en", "$NVX reports Tuesday. Get in before the results, trust me 📈", dict(_OE, brand="Norvex Labs", jurisdiction="us")),
    ("pass", "x", "en", "$NVX reports Tuesday. I can't comment on the numbers, the call details are on the IR site.", dict(_OE, brand="Norvex Labs", jurisdiction="us")),
    # US: a referral reward stated beside the employment is disclosed in its own words, up front, or it is owed
    ("pass", "instagram", "en", "Orvane team member here 🙋 New customers: code ORVJO gets you a free first month, and I get account credit for every friend who joins.", dict(_OER, jurisdiction="us")),
    ("fail", "instagram", "en", "Orvane team member here 🙋 Use my referral code ORVJO for a free first month (bonus for me too!)", dict(_OER, jurisdiction="us")),
    ("fail", "instagram", "en", "Orvane team member here. Use my referral code ORVJO, I get credit when you sign up.", dict(_OER, jurisdiction="uk")),
    # the employment in natural words (16 CFR 255.5; art. 5 loi 2023-451 « mention équivalente »; CPUTR Sch. 1 para 22)
    ("pass", "linkedin", "en", "So proud of my team, we finally shipped the redesigned Orvane checkout after six months.", dict(_OE, jurisdiction="us")),
    ("fail", "linkedin", "en", "So proud of my team! The redesigned Orvane checkout is live, try it tonight.", dict(_OE, jurisdiction="us")),
    ("pass", "linkedin", "fr", "Fier de notre équipe : on a mis en ligne la nouvelle appli Orvane hier soir, zéro bug pour l'instant.", dict(_OE, jurisdiction="fr")),
    ("fail", "facebook", "fr", "Mon équipe de foot a gagné dimanche, et la nouvelle appli Orvane nous a servi pour les covoiturages !", dict(_OE, jurisdiction="fr")),
    ("pass", "linkedin", "en", "Our engineers at Orvane spent a year on our new budgeting app, try it today.", dict(_OE, jurisdiction="us")),
    ("fail", "instagram", "en", "Our stay at Orvane Hotel was dreamy, book the sea-view suite, you won't regret it!", dict(_OE, brand="Orvane Hotel", jurisdiction="us")),
    ("pass", "bluesky", "en", "We just moved billing to Rust at Orvane and cut our new checkout's latency in half.", dict(_OE, jurisdiction="us")),
    # second round: a fan community's hashtag is no job; a job's hashtag is
    ("fail", "instagram", "en", "Best moisturiser for dry winter skin, link in my bio 🌙 #skincare #OrvaneFam", dict(_OE, jurisdiction="us")),
    ("pass", "instagram", "en", "#OrvaneStaff | my pick for dry winter skin is our new overnight balm, link in bio.", dict(_OE, jurisdiction="us")),
    # positions opened by number are a job ad; shops opened with an offer are not
    ("pass", "linkedin", "fr", "Orvane ouvre 6 postes de techniciens à Grenoble : https://orvane.fr/carrieres", dict(_OE, jurisdiction="fr")),
    ("fail", "linkedin", "fr", "Orvane ouvre 3 nouvelles boutiques et lance sa gamme d'hiver : -20 % cette semaine !", dict(_OE, jurisdiction="fr")),
    # the ticker in more words, both languages; an employee who says they cannot trade touts nothing
    ("fail", "x", "en", "$NVX reports Friday, loading up before the call, you should too", dict(_OE, brand="Norvex Labs", jurisdiction="us")),
    ("fail", "x", "fr", "$NVX publie jeudi, achetez avant, croyez-moi.", dict(_OE, brand="Norvex Labs", jurisdiction="fr")),
    ("pass", "x", "en", "$NVX reports Friday; I am in a blackout period and cannot trade or comment.", dict(_OE, brand="Norvex Labs", jurisdiction="us")),
    # a referral credit with its amount: US accepted, UK asks for "Ad"
    ("pass", "instagram", "en", "Orvane employee here: I get a $15 credit when you join with my referral code ORV15.", dict(_OER, jurisdiction="us")),
    ("fail", "instagram", "en", "Orvane employee here: I get a £15 credit when you join with my referral code ORV15.", dict(_OER, jurisdiction="uk")),
    # the rules recalled; advertising named with an article is the topic, not a label
    ("pass", "linkedin", "fr", "Petit rappel des règles sur la publicité des jeux d'argent : pas de mineurs, message de prévention obligatoire. Je suis juriste chez Orvane.", dict(_OE, jurisdiction="fr")),
    ("pass", "linkedin", "fr", "Avec mon équipe, on a mis en ligne hier la toute nouvelle version de l'appli Orvane : essayez-la !", dict(_OE, jurisdiction="fr")),
    # third round: a role set beside the brand opens its sentence (a diner's « chez X …, je » is no job)
    ("fail", "facebook", "fr", "J'ai dîné chez Orvane à Lyon, je recommande le menu du midi à 18 € !", dict(_OE, jurisdiction="fr")),
    ("fail", "instagram", "fr", "Un avant-goût de ce qui arrive chez Orvane en avril, je n'en dis pas plus 🤫", dict(_OE, jurisdiction="fr")),
    # "stay tuned" for one's talk teases no release
    ("pass", "linkedin", "en", "Stay tuned: I'm giving a talk at the Orvane developer day next week about screen readers.", dict(_OE, jurisdiction="us")),
    # a warning that ends on the genuine article to buy is an advertisement
    ("fail", "instagram", "en", "Fake chargers are dangerous and illegal, get the genuine one at Orvane.", dict(_OR, jurisdiction="uk")),
    ("pass", "facebook", "en", "Fake chargers are dangerous and illegal: check for the UKCA mark and buy from a registered seller.", dict(_OE, jurisdiction="uk")),
    # what a rule changes on a date is news; what a product changes, or "the figures" said of it, is not
    ("fail", "instagram", "fr", "Ce qui change avec notre appli : le virement instantané en un geste.", dict(_OE, jurisdiction="fr")),
    ("pass", "linkedin", "fr", "Ce qui change au 1er juillet pour les bailleurs : le DPE G interdit à la location. Juriste chez Orvane, je détaille en commentaire.", dict(_OE, jurisdiction="fr")),
    ("fail", "instagram", "fr", "Selon les chiffres, notre appli est la plus utilisée par les étudiants.", dict(_OE, jurisdiction="fr")),
    # fourth round: a rule explained by an employee in a restricted sector, the employment below the cut (CAP 1.1) ...
    ("pass", "linkedin", "en", "Explainer: the FDA's new rule on flavoured e-liquids and what a shop must check at the till (photo ID for anyone under 30).\n\nI look after store compliance at Orvane.", dict(_OE, jurisdiction="us")),
    ("pass", "linkedin", "fr", "L'AMF rappelle que les prestataires sur crypto-actifs doivent séparer les avoirs de leurs clients des leurs.\n\nJe travaille au contrôle interne d'Orvane et la question revient souvent, donc je partage.", dict(_OE, jurisdiction="fr")),
    # ... an "explainer" of the brand's own product is its promotion
    ("fail", "linkedin", "fr", "Ce qu'il faut savoir sur le nouveau portefeuille crypto Orvane : frais réduits et 10 € offerts à l'ouverture !", dict(_OE, jurisdiction="fr")),
    ("fail", "linkedin", "en", "Key takeaways from our Orvane trading app launch: zero fees on your first ten trades, sign up today.", dict(_OE, jurisdiction="uk")),
    # a sign-up urged is a weak cue: a blood drive asks the same
    ("pass", "facebook", "en", "Blood drive at the Orvane depot on Friday, sign up today and give an hour.", dict(_OE, jurisdiction="uk")),
    # a share called cheap before its numbers, by an employee, touts it; its price reported after them does not
    ("fail", "x", "en", "Not advice, but $NVX looks hugely undervalued ahead of the Q3 numbers. Just saying.", dict(_OE, brand="Norvex Labs", jurisdiction="us")),
    ("fail", "x", "fr", "$NVX est complètement sous-évaluée avant les résultats trimestriels, je dis ça je dis rien.", dict(_OE, brand="Norvex Labs", jurisdiction="fr")),
    ("pass", "x", "en", "$NVX closed 4% lower after the Q3 numbers. Long week for the finance team, well done all.", dict(_OE, brand="Norvex Labs", jurisdiction="us")),
]
add(OWED_OWED5)

# 30. issue #15 (helper `sectors`): sound posts about a restricted sector. An author the context says has no link
# and no reward advertises nothing (loi 2023-451 art. 1; 16 CFR 255.0(a), 255.5; CAP 1.1), unless the text itself
# says what the author earns (a code, "my link", "we both get").
SECTOR_SOUND = [
    ("pass", "facebook", "fr", "Ma voisine a laissé 2 500 € dans des options binaires en un mois. Ne jouez pas l'argent du loyer.", N),
    ("pass", "facebook", "en", "Eighteen months since my last slot session. Lost about £9,000 before I asked GamCare for help. "
     "Talk to someone.", dict(N, jurisdiction="uk")),
    ("pass", "facebook", "en", "The clinic handed me free nicotine patches when I stopped smoking; three weeks in and no cigarettes.",
     dict(N, jurisdiction="uk")),
    ("pass", "instagram", "fr", "Mon premier pari sportif chez Parigo : 10 € misés sur Lens, 35 € gagnés !", N),
    ("fail", "instagram", "en", "Sign up at SpinPlay with my link and we both get £20 in free spins!", dict(N, jurisdiction="uk")),
    ("fail", "instagram", "fr", "Inscris-toi sur Parigo via mon lien pour ton premier pari sportif, on gagne tous les deux 10 €.", N),
    ("fail", "instagram", "fr", "Avec mon code MISE30, 30 € offerts sur ton premier pari chez Parigo !", N),
]
add(SECTOR_SOUND)
# sectorb: gambling read in more of its words and rules (issue #15): bets given away (« 50 € de paris offerts »), a stake
#      refunded (« mise remboursée »), a match to forecast for a bonus, real money to win, a brand glued to "spin"; paid
#      tips sold by tier or by the month (loi 2023-451 art. 4 I); money worries as a reason to bet (CAP 16.3.4; AGA Code);
#      a "risk-free" bet (FTC Act § 5; state rules; CAP 3.1; C. consom. L121-2); the US problem-gambling helpline is
#      prescribed (state rules): missing, it fails. Look-alikes: a week-end in Paris, a son forecasting scores, a bake-off
#      with cash prizes, a spinach pie, a compliant stake refund
_OR = dict(employee=False, rewarded=True, brand="Ormeau Paris", jurisdiction="fr")
_OS = dict(employee=False, rewarded=True, brand="Ormeau Sportsbook", jurisdiction="us")
_OK = dict(employee=False, rewarded=True, brand="Ormeauspin", jurisdiction="uk")
_GAMB_FR = "Interdit aux moins de 18 ans. Jouer comporte des risques : endettement, dépendance. Appelez le 09 74 75 13 13 (appel non surtaxé)."
SECTORB_GAMBLING = [
    ("fail", "instagram", "fr", "Publicité · Ormeau Paris : 50 € de paris offerts pour la finale 🏆", _OR),
    ("fail", "x", "fr", "Publicité · Ormeau Paris\nTa mise remboursée jusqu'à 30 € si ton cheval ne gagne pas 🐎", _OR),
    ("pass", "x", "fr", "Publicité · Ormeau Paris\nTa mise remboursée jusqu'à 30 € si ton cheval ne gagne pas 🐎\n" + _GAMB_FR, _OR),
    ("fail", "instagram", "fr", "Publicité · Ormeau Paris : pronostique le score de la finale, 10 € offerts avec mon code 🏉 "
     "Jouer comporte des risques, appelez le 09 74 75 13 13.", _OR),
    ("fail", "x", "fr", "Publicité · Ormeau Tips : mes pronos VIP du week-end, 9,90 €/mois, premier mois offert ⚽", dict(_OR, brand="Ormeau Tips")),
    ("pass", "instagram", "fr", "Un week-end à Paris offert par mon chéri pour mes 30 ans 😍 #paris", dict(rewarded=False, employee=False)),
    ("pass", "facebook", "fr", "Mon fils pronostique le score de chaque match depuis le canapé, il a 9 ans et se trompe toujours 😂",
     dict(rewarded=False, employee=False)),
    ("fail", "x", "en", "#ad Car payment due Monday and I was $200 short 😬 one parlay on Ormeau Sportsbook fixed that. 21+ | 1-800-GAMBLER", _OS),
    ("pass", "x", "en", "#ad Sunday parlays are open on Ormeau Sportsbook 🏈 21+ | Gambling problem? Call 1-800-GAMBLER.", _OS),
    ("fail", "x", "en", "#ad Sunday parlays are open on Ormeau Sportsbook 🏈 21+ only", _OS),
    ("fail", "instagram", "en", "#ad Your opening wager on Ormeau Sportsbook is 100% risk free: lose it, we refund it ✅ 21+ | 1-800-GAMBLER", _OS),
    ("fail", "instagram", "en", "#ad Money a bit tight this month? Ormeauspin's wheel could sort that 🎰 spin to win real cash", _OK),
    ("pass", "facebook", "en", "#ad Spin the reels on Ormeauspin 🎰 18+ only. BeGambleAware.org", _OK),
    ("pass", "instagram", "en", "#ad Enter the Ormeau bake-off and win real cash prizes for your best sourdough 🍞",
     dict(employee=False, rewarded=True, brand="Ormeau Bakery", jurisdiction="uk")),
    ("pass", "instagram", "en", "Spinach and feta pie from the new Spinvale deli, my favourite lunch this week 🥧", dict(rewarded=False, employee=False, jurisdiction="uk")),
]
add(SECTORB_GAMBLING)
_US_GAMBLING_HELPLINE = ("US: the state rules prescribe a problem-gambling helpline on every sports-wagering advertisement (e.g. "
                         "N.J.A.C. 13:69C-14.2; AGA Responsible Marketing Code): with the age shown and no helpline, the "
                         "prescribed element is plainly missing, a failure, not a reviewer's question")
RELABELLED.update({t: ("fail", _US_GAMBLING_HELPLINE) for t in (
    "#ad Bet on the final with Acme. 18+ only.",
    "#ad Brio Sportsbook: live odds on every playoff game, in NJ and PA only. 21+.",
    "#ad My NFL picks newsletter, $20/mo, and sign up at DraftKings with my code for a $200 bonus. 21+",
)})
# mention5: partial disclosures and a customer's posture. A gift told while a commission on sales is hidden (16 CFR
#      255.5: every material connection; loi 2023-451 art. 5; CAP 2.1) and an employee's gift told while the job is
#      hidden; an employee posing as a tester, a reviewer or a finder (C. consom. L121-4 22°; 16 CFR 255.5; CPUTR Sch. 1
#      para 22), counted only when said of the brand; a demo offered or a trial said free; "my friends at X" (unclear); a
#      code written as a word; « défi » is no DeFi and « Sponsorisé par X » is a French label (DOMAIN.md §4).
#      Look-alikes: the label up front, the gift with no strings, the job stated, a trial or a find of something else
_LU = dict(employee=False, rewarded=True, brand="Lumora", jurisdiction="us")
_LUK = dict(employee=False, rewarded=True, brand="Lumora", jurisdiction="uk")
_LF = dict(employee=False, rewarded=True, brand="Lumora", jurisdiction="fr")
_SE = dict(employee=True, rewarded=False, brand="Serac", jurisdiction="us")
_SF = dict(employee=True, rewarded=False, brand="Serac", jurisdiction="fr")
_SER = dict(employee=True, rewarded=True, brand="Serac", jurisdiction="us")
_NF = dict(employee=True, rewarded=False, brand="Nivéa Compta", jurisdiction="fr")
_NU = dict(employee=True, rewarded=False, brand="Quillby", jurisdiction="us")
_KR = dict(employee=False, rewarded=True, brand="Kalio", jurisdiction="fr")
OWED_MENTIONS = [
    # a gift told, a commission hidden
    ("fail","instagram","en","#gifted Lumora sent me their linen sheets last week, coolest sleep I've had in ages. 20% off through the link in my bio!",_LU),
    ("fail","instagram","en","Thanks to Lumora for the free duvet 🤍 so light and still warm. Use code DREAMY15 for 15% off.",_LU),
    ("fail","instagram","en","Thanks to Lumora for the free duvet 🤍 so light and still warm. Use code DREAMY15 for 15% off.",_LUK),
    ("fail","instagram","fr","Produit offert par Lumora 🎁 les draps en lin sont d'une douceur folle. -20 % avec mon lien en bio !",_LF),
    ("pass","instagram","en","#ad #gifted Lumora sent me their linen sheets, coolest sleep in ages. 20% off through the link in my bio!",_LU),
    ("pass","instagram","en","#gifted Lumora sent me their linen sheets, no strings attached and they never asked for a post. Coolest sleep in ages.",_LU),
    ("pass","instagram","fr","Collaboration commerciale avec Lumora (produit offert) : draps en lin tout doux, -20 % avec mon lien en bio.",_LF),
    ("pass","instagram","en","Thanks to Lumora for the free duvet 🤍 so light and still warm, perfect for the autumn.",_LU),
    # was warn until 2026-11-30: the giver named ("Lumora sent me") discloses the gift in the US (FTC FAQ; _GIFT_TOLD below)
    ("pass","instagram","en","#gifted Lumora sent me their linen sheets and it's the coolest sleep I've had in ages.",_LU),
    # an employee's gift told, the job hidden
    ("fail","x","en","Thanks to Serac for sending me the new trail shoes! Grip on wet rock is unreal.",_SE),
    ("fail","instagram","en","Free sample from Serac 🎁 their trail shoes gripped every wet rock on Saturday's loop. Best pair I've worn.",_SER),
    ("fail","instagram","fr","Produit offert par Serac : les nouvelles chaussures de trail, une accroche bluffante sur le rocher mouillé.",_SF),
    ("pass","x","en","I work at Serac and they sent me the new trail shoes to try. Grip on wet rock is unreal.",_SE),
    ("pass","x","en","#ad Serac sent me the new trail shoes to try, grip on wet rock is unreal.",_SE),
    ("pass","instagram","fr","Je travaille chez Serac : produit offert par la marque, les nouvelles chaussures de trail accrochent partout.",_SF),
    # an employee posing as a tester or a neutral reviewer
    ("fail","facebook","fr","J'ai essayé le logiciel Nivéa Compta durant deux semaines. Points forts : les rapprochements bancaires. Point faible : l'export PDF.",_NF),
    ("fail","x","en","Been using the Quillby notes app for three weeks now, honest verdict: the search is scary good and sync never breaks.",_NU),
    ("fail","bluesky","en","Came across a note-taking tool called Quillby this weekend and it quietly fixed my messy reading list.",_NU),
    ("fail","x","fr","Je suis tombée sur une appli de compta qui s'appelle Nivéa Compta et franchement elle range tout toute seule.",_NF),
    ("pass","x","en","I'm on the Quillby team: been using the new tags for three weeks and the search is scary good.",_NU),
    ("pass","linkedin","en","Came across an old photo called 'offsite 2019' in the shared drive. We were so young.",_NU),
    ("pass","facebook","fr","Un mois de bloc à la salle d'escalade du quartier, verdict : mes avant-bras me détestent.",_NF),
    ("pass","x","en","Been using a standing desk at home for two weeks, and my back is grateful.",_NU),
    ("pass","x","en","Why did no one tell me that toddlers wake up at 5am? Send coffee.",_NU),
    # a demo offered, a trial said free: the sale's first step (then the job after the cut fails)
    ("fail","linkedin","fr","Vous passez vos vendredis à relancer les impayés ? Nivéa Compta envoie les relances toute seule, et l'essai reste gratuit un mois. Si vous voulez une démo, écrivez-moi.",_NF),
    ("fail","linkedin","en","Month-end close still in spreadsheets? Quillby Ledger pulls every bank feed for you. Book a demo and see it on your own numbers.",_NU),
    ("pass","linkedin","fr","Je travaille chez Nivéa Compta. Nos relances d'impayés partent toutes seules, et l'essai est gratuit un mois. Si vous voulez une démo, écrivez-moi.",_NF),
    ("pass","linkedin","en","Gave a demo of our internal deploy dashboard at the all-hands, thanks to everyone who asked questions.",_NU),
    # my friends at the brand
    ("fail","instagram","en","big hugs to my friends at Quillby 💛 their new reading tracker is the best I've tried.",_NU),
    ("fail","instagram","fr","Merci à mes potes de chez Serac 🙌 les nouvelles chaussures de trail sont une tuerie. Code TRAIL10 pour -10 %.",dict(employee=True, rewarded=True, brand="Serac", jurisdiction="fr")),
    ("pass","instagram","en","#ad big hugs to my friends at Quillby 💛 their new reading tracker is the only app I open before coffee.",dict(employee=False, rewarded=True, brand="Quillby", jurisdiction="us")),
    ("pass","linkedin","en","Thanks to my friends at the food bank for a great volunteering morning.",_NU),
    # a code written as a word
    ("fail","instagram","en","My cat has not left the Quillby scratch tower since Friday. code MISO gets you the first month free!",dict(employee=False, rewarded=True, brand="Quillby", jurisdiction="us")),
    ("pass","instagram","en","#ad My cat has not left the Quillby scratch tower since Friday. code MISO gets you the first month free!",dict(employee=False, rewarded=True, brand="Quillby", jurisdiction="us")),
    # « défi » is no DeFi; « sponsorisé par » is a French label
    ("pass","bluesky","fr","Sponsorisé par Kalio : jour 12 de mon défi course à pied, 5 km sans marcher ce matin. L'appli me coache gratuitement le premier mois.",_KR),
    ("fail","bluesky","fr","Jour 12 de mon défi course à pied avec l'appli Kalio, 5 km sans marcher ce matin. Le premier mois est gratuit, foncez.",_KR),
    ("warn","x","en","#ad Earn 12% APY on stablecoin deposits with Kalio's DeFi vault.",dict(employee=False, rewarded=True, brand="Kalio", jurisdiction="us")),
]
add(OWED_MENTIONS)

# an employee's post that informs (public health, a report put online, an HR reminder, the reporter's own article), a
# qualification passed, a production site opened: no promotion of a product (loi 2023-451 art. 1; CSP L5122-1; 16 CFR
# 255.0(a); CAP 1.1). Guards: the same trade promoted, and a rewarded author's jab at the brand's pharmacy.
_SE_US = dict(employee=True, rewarded=False, jurisdiction="us")
_SE_UK = dict(employee=True, rewarded=False, jurisdiction="uk")
_SE_FR = dict(employee=True, rewarded=False, jurisdiction="fr")
SECTOR_SOUND_PURPOSE = [
    ("pass", "linkedin", "en", "Covid vaccines are in at our clinic this week. Walk-ins welcome, and most plans cover it.", _SE_US),
    ("pass", "linkedin", "en", "Reminder from a GP: antibiotics won't work on colds or most sore throats. Rest, fluids, and ask "
     "your pharmacist.", _SE_UK),
    ("fail", "linkedin", "en", "Our new Acme cold and flu capsules are on the shelves now, £4.99 a pack.", dict(_SE_UK, brand="Acme")),
    ("fail", "instagram", "en", "Got my flu shot at Acme Pharmacy today, quick and easy, no wait at all!",
     dict(rewarded=True, brand="Acme Pharmacy", jurisdiction="us")),
    ("fail", "instagram", "fr", "Vaccin contre la grippe fait à la pharmacie Acme ce matin, super accueil et zéro attente !",
     dict(rewarded=True, brand="Acme", jurisdiction="fr")),
    ("pass", "linkedin", "fr", "Notre bilan carbone 2024 est en ligne : -18 % d'émissions par hectolitre. Fière de bosser sur ce "
     "sujet chez Brasserie Acme.", dict(_SE_FR, brand="Brasserie Acme")),
    ("fail", "linkedin", "fr", "Notre nouvelle bière ambrée est en ligne sur la boutique, 4,50 € la bouteille !",
     dict(_SE_FR, brand="Brasserie Acme")),
    ("pass", "linkedin", "fr", "Info RH : vos droits CPF se consultent uniquement sur le site officiel. Personne ne vous appellera "
     "jamais pour les débloquer.", _SE_FR),
    ("fail", "linkedin", "fr", "Formation CPF éligible : inscrivez-vous vite, places limitées, 0 € de reste à charge !", _SE_FR),
    ("pass", "linkedin", "fr", "J'ai enfin obtenu mon diplôme de sommelier grâce à mon CPF ! Merci à mon manager chez Acme pour "
     "la souplesse.", dict(_SE_FR, brand="Acme")),
    ("pass", "linkedin", "fr", "Fiers de notre nouvelle unité de production Acme Labs à Orléans : 80 emplois créés et une "
     "chaudière biomasse.", dict(_SE_FR, brand="Acme Labs")),
    ("pass", "linkedin", "en", "I'm a cider maker at Acme Cider and our dry cider is back on tap at the farm from Friday. 5.5% ABV. "
     "Please drink responsibly.", dict(_SE_UK, brand="Acme Cider")),
    ("fail", "linkedin", "en", "Our new apple brandy is out on Friday, 40% ABV. Enjoy responsibly.", dict(_SE_UK, brand="Acme Cider")),
    ("pass", "linkedin", "fr", "Derby ce soir : j'ai épluché pour Le Courrier vingt ans de confrontations. Aucun pronostic, aucune "
     "cote. Mon papier est dans l'édition de demain.", dict(_SE_FR, brand="Le Courrier")),
    ("fail", "linkedin", "fr", "Derby ce soir : mon prono, victoire à domicile, cote à 2,10 chez Parigo. Le détail est dans "
     "l'édition de demain.", dict(_SE_FR, brand="Le Courrier")),
]
add(SECTOR_SOUND_PURPOSE)

# a restricted sector's promotion that shows, in its text, what the law asks (UK: the firm's FCA status and its own CFD
# loss percentage, COBS 22.5.9; US: a CFTC-registered forex dealer, CEA § 2(c)(2)(B); a supplement's DSHEA disclaimer,
# 21 U.S.C. 343(r)(6); the FDA nicotine warning, 21 CFR 1143.3; a Botox post's side effects, 21 CFR 202.1(e)(5));
# hyaluronic acid in a cream is a cosmetic, injected it is an aesthetic act (CSP L1151-2); an owner says "my own …"
_AT = dict(employee=True, rewarded=False, brand="Acme Trade", jurisdiction="uk")
_AH = dict(employee=True, rewarded=False, brand="Acme Health", jurisdiction="us")
_AN = dict(employee=True, rewarded=False, brand="Acme", jurisdiction="us")
_AM = dict(rewarded=True, brand="Acme Med Spa", jurisdiction="us")
_AC = dict(rewarded=True, brand="Acme", jurisdiction="fr")
_PD = dict(employee=True, rewarded=False, brand="Parlay Desk", jurisdiction="us")
SECTOR_SOUND_SHOWN = [
    ("pass", "linkedin", "en", "#ad | I run the research desk at Acme Trade (authorised and regulated by the FCA). New: index CFDs on "
     "the DAX. CFDs are complex instruments and come with a high risk of losing money rapidly due to leverage. 68% of retail "
     "investor accounts lose money when trading CFDs with this provider.", _AT),
    ("warn", "linkedin", "en", "#ad | I run the research desk at Acme Trade. New: index CFDs on the DAX. 68% of retail investor "
     "accounts lose money when trading CFDs with this provider.", _AT),
    ("fail", "linkedin", "en", "#ad | I run the research desk at Acme Trade. New: index CFDs on the DAX, with leverage up to 1:20.", _AT),
    ("pass", "linkedin", "en", "Ad: I'm a paid affiliate of Acme FX, a CFTC-registered retail forex dealer and NFA member. Forex "
     "trading involves substantial risk of loss and is not suitable for all investors.", dict(rewarded=True, brand="Acme FX", jurisdiction="us")),
    ("fail", "linkedin", "en", "Ad: I'm a paid affiliate of Acme FX, an NFA member. Trade CFDs on gold and forex pairs, substantial "
     "risk of loss.", dict(rewarded=True, brand="Acme FX", jurisdiction="us")),
    ("pass", "instagram", "en", "#ad I work at Acme Health. Our new zinc lozenges support normal immune function.* Ask your doctor "
     "if you take other medication. *These statements have not been evaluated by the Food and Drug Administration. This "
     "product is not intended to diagnose, treat, cure, or prevent any disease.", _AH),
    ("warn", "instagram", "en", "#ad I work at Acme Health. Our new nighttime cough medicine is back in stock.", _AH),
    ("pass", "instagram", "en", "WARNING: This product contains nicotine. Nicotine is an addictive chemical. #ad I'm on the Acme "
     "team: our Smooth Tobacco pouches are back, adults 21+ only.", _AN),
    ("fail", "instagram", "en", "#ad I'm on the Acme team: our Smooth Tobacco pouches are back, adults 21+ only.", _AN),
    ("pass", "instagram", "en", "#ad Acme Med Spa gave me free Botox for this post. 16 units between the brows, slight swelling "
     "for a day. Results vary.", _AM),
    ("warn", "instagram", "en", "#ad Acme Med Spa gave me free Botox for this post, 16 units between the brows.", _AM),
    ("pass", "instagram", "fr", "Publicité — Le sérum à l'acide hyaluronique d'Acme, ma peau est toute douce.", _AC),
    ("fail", "instagram", "fr", "Publicité — Mes lèvres à l'acide hyaluronique chez Acme, résultat naturel !", _AC),
    ("fail", "instagram", "fr", "Publicité — 1 ml d'acide hyaluronique dans les pommettes chez Acme, je suis fan.", _AC),
    ("pass", "x", "en", "Sunday's three picks are up in Parlay Desk (my own paid newsletter, $12/mo). 21+. Gambling problem? "
     "Call 1-800-GAMBLER.", _PD),
    ("fail", "x", "en", "Sunday's three picks are up in Parlay Desk, $12/mo. 21+. Gambling problem? Call 1-800-GAMBLER.", _PD),
]
add(SECTOR_SOUND_SHOWN)

# sectorb: alcohol, what its codes forbid, read in word classes (issue #15): a drink to steady the nerves before a test
#      (CAP 18.2, 18.6), a party that starts with it, friends made by it (CAP 18.2, 18.4), a therapy or a way through a
#      hard week (CAP 18.5–18.6), a health benefit (27 CFR 4.64(i), 5.235, 7.235), a drinker under 25 (CAP 18.16; DISCUS
#      Code), sport and a successful date in France (C. santé publ. L3323-4); grapes, shots and « rosé » with its accent
#      read as the trade. Look-alikes: the facts of the drink, a brand's 20 years, a blush's « teint rosé », a race and soup
_AU = dict(employee=False, rewarded=True, brand="Ormeau Ales", jurisdiction="uk")
_AS = dict(employee=False, rewarded=True, brand="Ormeau Distilling", jurisdiction="us")
_AF = dict(employee=False, rewarded=True, brand="Brasserie Ormeau", jurisdiction="fr")
SECTORB_ALCOHOL = [
    ("fail", "instagram", "en", "#ad Job interview at 9, so a quick Ormeau pale ale first to steady the nerves 🍺 got the offer!", _AU),
    ("pass", "instagram", "en", "#ad Ormeau pale ale: 4.2% ABV, brewed with Kentish hops, citrus on the nose 🍺 Please drink responsibly.", _AU),
    ("fail", "facebook", "en", "#ad The barbecue only really kicks off when the Ormeau cider comes out 🍏 everyone's your best friend after that", _AU),
    ("fail", "instagram", "en", "#ad Rough week? A glass of Ormeau malbec is my bottled therapy 🍷", _AU),
    ("pass", "instagram", "en", "#ad A glass of Ormeau malbec with the Sunday roast: plum, pepper, soft tannins 🍷 drinkaware.co.uk", _AU),
    ("fail", "facebook", "en", "#ad My 20-year-old cousin's first taste of Ormeau cider at the family picnic 🍏", _AU),
    ("pass", "facebook", "en", "#ad Ormeau cider: 20 years of pressing Somerset apples 🍏 Please drink responsibly.", _AU),
    ("fail", "x", "en", "#ad Tequila shots till 2am at the Ormeau bar, £1 each 🥃", _AU),
    ("fail", "instagram", "en", "#ad Ormeau gin with elderflower and vitamin C supports your immune system all winter 🍸", _AS),
    ("pass", "instagram", "en", "#ad Ormeau gin, distilled with elderflower and lemon peel, 40% ABV 🍸 Enjoy responsibly.", _AS),
    ("fail", "instagram", "en", "#ad Ormeau rosé is the only thing keeping me going through this week 😅🍷", _AS),
    ("pass", "instagram", "en", "#ad Ormeau rosé 🍷 dry, pale, strawberry notes, 12.5% ABV.", _AS),
    ("pass", "instagram", "fr", "Publicité · Ormeau : un teint rosé en cinq minutes avec notre blush crème 💄",
     dict(employee=False, rewarded=True, brand="Ormeau Beauté", jurisdiction="fr")),
    ("fail", "facebook", "fr", "Publicité · Brasserie Ormeau\nAprès l'entraînement du jeudi, la Blonde Ormeau 🍺 "
     "L'abus d'alcool est dangereux pour la santé, à consommer avec modération.", _AF),
    ("pass", "facebook", "fr", "Publicité · Brasserie Ormeau\nBlonde Ormeau : 5,2 %, houblons d'Alsace, notes de miel 🍺 "
     "L'abus d'alcool est dangereux pour la santé, à consommer avec modération.", _AF),
    ("fail", "instagram", "fr", "Collaboration commerciale avec Domaine Ormeau 🍷 Un verre de leur pinot noir et le rencard est forcément "
     "réussi 😏 L'abus d'alcool est dangereux pour la santé.", dict(_AF, brand="Domaine Ormeau")),
    ("pass", "facebook", "fr", "Semi-marathon de Nantes bouclé ! Après la course, une bonne soupe et au lit 😅", dict(rewarded=False, employee=False, jurisdiction="fr")),
]
add(SECTORB_ALCOHOL)

# a loss told as a warning by an author whose link is not known, and leverage named as what the product is, promise
# no return (loi 2023-451 art. 1; CAP 1.1; COBS 4.2); a win told beside the loss, or a promised multiple, still sells
SECTOR_SOUND_LOSS = [
    ("pass", "facebook", "fr", "Mon oncle a perdu près de 9 000 € en options binaires, avec un levier x50. Ne faites pas comme lui.", {}),
    ("pass", "facebook", "en", "I lost £9,000 on roulette apps last year. If you're struggling, talk to someone.", {}),
    ("fail", "instagram", "en", "Lost £20 on the slots at SpinPlay but won £400 on the next spin!", {}),
    ("fail", "instagram", "en", "#ad Acme Coin will do x10 this year, get in now. Capital at risk.",
     dict(rewarded=True, brand="Acme", jurisdiction="uk", sector="crypto")),
]
add(SECTOR_SOUND_LOSS)

# sectorb: health, medicines, nicotine, crypto and wild animals read in more words (issue #15): a food that relieves a
#      disease (règl. 1169/2011 art. 7 §3), weight lost with no diet (FTC "Gut Check"), the prescription drug's formula
#      "ask your doctor if X is right for you" with no risk information (21 CFR 202.1(e): fair balance prescribed), a vape
#      called a "disposable" (21 CFR 1143.3), crypto incentives and the FCA warning in full (COBS 4.12A.7R, 4.12A.10R),
#      a brand glued to "stake", a handle that joins the brand's words with a dot. Look-alikes: heavy legs, disposable
#      cameras, the FCA's rules told as news, a refuge's kittens
_HN = dict(employee=False, rewarded=True, brand="Ormeau Nature", jurisdiction="fr")
_HU = dict(employee=False, rewarded=True, brand="Ormeau Labs", jurisdiction="us")
_CU = dict(employee=False, rewarded=True, brand="Ormeau Coin", jurisdiction="uk")
_FCA_FULL = ("Don't invest unless you're prepared to lose all the money you invest. This is a high-risk investment and you should "
             "not expect to be protected if something goes wrong. Approved by Ormeau Capital Ltd (FCA authorised).")
SECTORB_HEALTH = [
    ("fail", "facebook", "fr", "Publicité · Ormeau Nature\nNos gélules de griffe du diable soulagent l'arthrite en deux semaines 🌿", _HN),
    ("pass", "facebook", "fr", "Publicité · Ormeau Nature\nNos gélules de griffe du diable : 2 par jour au dîner, enveloppe végétale 🌿", _HN),
    ("pass", "facebook", "fr", "Publicité · Ormeau Nature : notre gel menthe soulage les jambes lourdes après une journée debout 🌿", _HN),
    ("fail", "instagram", "en", "#ad Dropped a dress size with Ormeau drops, no diet, no gym 😍", _HU),
    ("pass", "instagram", "en", "#ad Ormeau protein drops go in my smoothie after the gym, vanilla flavour 💪", _HU),
    ("fail", "instagram", "en", "#ad My psoriasis flares are finally calm thanks to Ormeazol 🙌 ask your doctor if Ormeazol is right for you", _HU),
    ("pass", "instagram", "en", "#ad My psoriasis flares are finally calm thanks to Ormeazol 🙌 Ask your doctor if Ormeazol is right for "
     "you. Side effects may include infections and headache; see full Prescribing Information at ormeazol.com", _HU),
    ("fail", "instagram", "en", "so obsessed with the mango disposable 🥭 from @ormeaupuff #ad", dict(_HU, brand="Ormeau Puff")),
    ("pass", "instagram", "en", "WARNING: This product contains nicotine. Nicotine is an addictive chemical.\n#ad The mango disposable 🥭 "
     "from @ormeaupuff, 21+ only.", dict(_HU, brand="Ormeau Puff")),
    ("pass", "instagram", "en", "#ad Ormeau disposable cameras are back for wedding season 📸", dict(_HU, brand="Ormeau Film")),
    ("fail", "instagram", "en", "#ad Open an Ormeau Coin account and claim £25 of free ETH when you buy your first £100 🪙 " + _FCA_FULL, _CU),
    ("pass", "instagram", "en", "#ad Ormeau Coin now lets you set up recurring buys 🪙 " + _FCA_FULL, _CU),
    ("fail", "instagram", "en", "#ad Ormeau Coin recurring buys are live 🪙 Don't invest unless you're prepared to lose all the money you "
     "invest. Approved by Ormeau Capital Ltd (FCA authorised).", _CU),
    ("pass", "linkedin", "en", "The FCA's crypto rules still ban sign-up bonuses and refer-a-friend rewards: worth remembering before "
     "you share a link.", dict(rewarded=False, employee=False, jurisdiction="uk")),
    ("fail", "instagram", "en", "#ad Stakeormeau pays 6% guaranteed on your ETH, better than a savings account 💷", dict(_CU, brand="Stakeormeau")),
    ("fail", "instagram", "fr", "Mon petit fennec adoré 🦊 Il en reste deux chez @ormeau.exotic, écrivez-leur de ma part 😍",
     dict(employee=False, rewarded=True, brand="Ormeau Exotic", jurisdiction="fr")),
    ("pass", "instagram", "fr", "Collaboration commerciale avec @ormeau.refuge 🐱 nos chatons cherchent une famille, adoption au refuge",
     dict(employee=False, rewarded=True, brand="Ormeau Refuge", jurisdiction="fr")),
]
add(SECTORB_HEALTH)

# sectorb: the same classes in more words — slots that covered a household bill, debts « épongées » (CAP 16.3.4; décret
#      n° 2020-1349 art. 8), a drink that makes one irresistible or gets one through Mondays (CAP 18.3, 18.5; C. santé
#      publ. L3323-4), a supplement that eased a disease (CAP 15.6.2). Look-alikes: a slots launch with its statements,
#      ginger shots with no alcohol
_MU = dict(employee=False, rewarded=True, brand="Ormeau Casino", jurisdiction="uk")
SECTORB_MORE = [
    ("fail", "facebook", "en", "#ad Ormeau slots covered my heating bill this month 🎰 18+ BeGambleAware.org", _MU),
    ("pass", "facebook", "en", "#ad Ormeau slots: new jackpot games every Friday this month 🎰 18+ BeGambleAware.org", _MU),
    ("fail", "instagram", "fr", "Publicité · Ormeau Paris\nUn combiné gagnant et mes dettes sont épongées 😎 " + _GAMB_FR, _OR),
    ("fail", "instagram", "fr", "Publicité · Ormeau Gin\nAvec un gin Ormeau, vous devenez irrésistible 😏🍸 L'abus d'alcool est dangereux "
     "pour la santé.", dict(_AF, brand="Ormeau Gin")),
    ("fail", "instagram", "en", "#ad The key to surviving Mondays: an Ormeau lager at 6pm sharp 🍺", _AU),
    ("fail", "instagram", "en", "#ad Ormeau ginger shots eased my IBS within a week 🌿", dict(_AU, brand="Ormeau Juice")),
    ("pass", "instagram", "en", "#ad Ormeau ginger shots: ginger, lemon and a pinch of cayenne 🌿", dict(_AU, brand="Ormeau Juice")),
    ("pass", "instagram", "en", "#ad The Ormeau 18-year-old single malt: sherry casks, dried fruit, a long finish 🥃 Please drink "
     "responsibly.", dict(_AU, brand="Ormeau Distillery")),
    ("fail", "instagram", "en", "#ad My flatmate just turned 19 so obviously we cracked open the Ormeau cider 🍏", _AU),    ("pass", "instagram", "fr", "Publicité · Domaine Ormeau\nNotre pinot noir 2022 : un nez irrésistible de cerise et de sous-bois 🍷 "
     "L'abus d'alcool est dangereux pour la santé, à consommer avec modération.", dict(_AF, brand="Domaine Ormeau")),
    ("pass", "instagram", "en", "#ad The new Ormeau cider can looks so sexy in matte black 🍏 4.5% ABV. Please drink responsibly.", _AU),
]
add(SECTORB_MORE)

# round6 (sectors): the statutory French alcohol message in full (C. santé publ. L3323-4); a bill told as a fright or
# due, then gambling (CAP 16.3.4; AGA Code); exams only pupils sit (CAP 16.3.12, 16.3.14; loi 2023-451 art. 4 II); a crypto
# provider the text says is unregistered or skips identity checks (CMF L54-10-3; MLR 2017 reg. 56; 31 CFR 1022.380);
# UK over-the-counter medicine with its indication and the leaflet (HMR 2012 reg. 300); US injectables after a medical
# consultation with results not promised (21 CFR 202.1(e)(5))
_R6_FR = dict(employee=False, rewarded=True, brand="Vey", jurisdiction="fr")
_R6_UK = dict(employee=False, rewarded=True, brand="Vey", jurisdiction="uk")
_R6_US = dict(employee=False, rewarded=True, brand="Vey", jurisdiction="us")
ROUND6_SECTORS = [
    ("fail", "instagram", "fr", "Publicité – Brasserie Vey. Blonde de Flandre 4,5 % vol., houblon local, brassée à Lille. "
     "À consommer avec modération.", _R6_FR),
    ("pass", "instagram", "fr", "Publicité – Brasserie Vey. Blonde de Flandre 4,5 % vol., houblon local, brassée à Lille. "
     "L'abus d'alcool est dangereux pour la santé.", _R6_FR),
    ("fail", "instagram", "en", "#ad 18+ Electric bill feeling scary this winter? My jackpot on Vey Bingo says relax 😎 BeGambleAware.org", _R6_UK),
    ("fail", "x", "en", "#ad Mortgage due Monday 😬 one same game parlay on Vey tonight and we're good. 21+ 1-800-GAMBLER", _R6_US),
    ("pass", "instagram", "en", "#ad 18+ Grown-ups' bingo night on Vey Bingo: 10 free tickets for new players, set a limit "
     "before you play. BeGambleAware.org", _R6_UK),
    ("fail", "instagram", "en", "#ad 18+ Revising for my A-levels with a quick break on the new Vey Casino slot 🎰 BeGambleAware.org", _R6_UK),
    ("fail", "instagram", "fr", "Publicité. Bac blanc terminé, on fête ça avec un pari sur le match de ce soir chez Vey Paris ! "
     "Interdit aux moins de 18 ans. Jouer comporte des risques : endettement, isolement, dépendance. Appelez le 09 74 75 13 13.", _R6_FR),
    ("fail", "x", "fr", "Collaboration commerciale avec Vey Swap : échanges instantanés de bitcoin, pas de KYC 🔥 Lien en bio.", _R6_FR),
    ("fail", "x", "en", "#ad Vey Exchange pays 12% on stablecoins, not registered with the FCA but who cares 😅 Don't invest unless "
     "you're prepared to lose all the money you invest.", _R6_UK),
    ("pass", "x", "fr", "Collaboration commerciale avec Vey Swap, prestataire enregistré auprès de l'AMF (PSAN) : achat de bitcoin "
     "dès 10 €, vérification d'identité à l'ouverture.", _R6_FR),
    ("pass", "facebook", "en", "I work at Vey Chemists 💊 Our own ibuprofen tablets (16 for £1.10) are back on the shelf. For the "
     "relief of headaches and period pain. Always read the leaflet.", dict(employee=True, rewarded=False, brand="Vey Chemists", jurisdiction="uk")),
    ("warn", "facebook", "en", "I work at Vey Chemists 💊 Our own ibuprofen tablets (16 for £1.10) are back on the shelf, grab "
     "some before the weekend!", dict(employee=True, rewarded=False, brand="Vey Chemists", jurisdiction="uk")),
    ("pass", "instagram", "en", "I'm an aesthetic nurse at Vey Aesthetics. Botox appointments now open on Saturdays; each one "
     "begins with a medical consultation, and results vary from person to person.", dict(employee=True, rewarded=False, brand="Vey Aesthetics", jurisdiction="us")),
    ("warn", "instagram", "en", "I'm an aesthetic nurse at Vey Aesthetics. Botox appointments now open on Saturdays, book yours!",
     dict(employee=True, rewarded=False, brand="Vey Aesthetics", jurisdiction="us")),
]
add(ROUND6_SECTORS)

# the authorities' acts on a product (a recall, a seizure, a health alert), a practitioner to check, wildlife trafficking
# named as a harm, a portfolio's fall: safety messages and news, not promotions (loi 2023-451 art. 1; CSP L5122-1; CAP
# 1.1 and 12.1). Guards: a code or a link beside them, a rewarded author's praise of the brand's injector
SECTOR_SOUND_ALERTS = [
    ("pass", "linkedin", "fr", "Rappel de lots : l'ANSM demande le retrait de deux lots d'un sirop contre la toux pour un défaut "
     "d'étiquetage. Vérifiez vos armoires à pharmacie.", _SE_FR),
    ("pass", "linkedin", "en", "The MHRA has recalled three batches of a hay fever tablet after a labelling error. Check the batch "
     "number on your pack.", _SE_UK),
    ("pass", "linkedin", "en", "Border Force seized 2 tonnes of illegal vapes at Dover this week, most of them well over the 2ml "
     "limit.", _SE_UK),
    ("pass", "linkedin", "fr", "Les douanes ont saisi 3 tonnes de tabac de contrebande au Havre cette semaine, selon le ministère.", _SE_FR),
    ("pass", "linkedin", "fr", "Injections de botox par des non-médecins : l'ARS Île-de-France alerte après trois hospitalisations. "
     "Ces actes sont réservés aux médecins.", _SE_FR),
    ("pass", "linkedin", "en", "Warning from our clinic: we've treated four patients this month for infections after cheap lip "
     "filler at house parties. Please check your practitioner is qualified.", _SE_UK),
    ("pass", "linkedin", "fr", "Un bébé singe vendu sur les réseaux, c'est une mère tuée dans la forêt. Avec WildAid France, nous "
     "rappelons que ce trafic est illégal.", dict(_SE_FR, brand="WildAid France")),
    ("pass", "x", "en", "My bitcoin portfolio is down 40% so I'm now a long-term investor 🙃", {}),
    ("fail", "instagram", "fr", "Les douanes ont saisi des tonnes de fausses puffs : prenez les vraies chez Vapo&Co, -10 % avec mon "
     "code VAPO10 !", dict(rewarded=True, brand="Vapo&Co", jurisdiction="fr")),
    ("fail", "instagram", "en", "My portfolio was down 40% in May, Acme Trade's copy-trading got it all back. Join with my link!", {}),
    ("fail", "instagram", "en", "Check your injector is qualified! Mine at Acme Clinic is, and my new lips look amazing.",
     dict(rewarded=True, brand="Acme Clinic", jurisdiction="uk")),
]
add(SECTOR_SOUND_ALERTS)

# round6 (owed): the job said in long or natural words — years in the brand's team, the founder, « Chez X (notre atelier),
# on … » (C. consom. L121-4 22°; CPUTR 2008 Sch. 1 para 22; 16 CFR 255.5); the same bonus for everyone is no consideration
# for a post (C. trav. L3312-4); "not paid" beside a gift told denies money, not the consideration, and a free loan told
# with thanks is the gift's disclosure (loi 2023-451 art. 1; 16 CFR 255.5; CAP 2.1)
_R6E = dict(employee=True, rewarded=False)
_R6G = dict(employee=False, rewarded=True)
ROUND6_OWED = [
    ("pass", "linkedin", "en", "I've worked in Vey Kitchens' bakery team for six years, so I'm biased: our new sourdough range lands "
     "in shops on Monday.", dict(_R6E, brand="Vey Kitchens", jurisdiction="uk")),
    ("fail", "linkedin", "en", "The new sourdough range from Vey Kitchens lands in shops on Monday, the best loaf I've ever had.",
     dict(_R6E, brand="Vey Kitchens", jurisdiction="uk")),
    ("pass", "linkedin", "en", "We co-founded Vey Studio three years ago and our first board game is out today, $35 on our site.",
     dict(_R6E, brand="Vey Studio", jurisdiction="us")),
    ("fail", "x", "en", "I run Vey every morning before work, and the new route map is the best update yet. $4.99 a month.",
     dict(_R6E, brand="Vey", jurisdiction="us")),
    ("pass", "linkedin", "fr", "J'ai fondé Vey il y a cinq ans : notre nouvelle gamme de bougies sort samedi, 24 € pièce.",
     dict(_R6E, brand="Vey", jurisdiction="fr")),
    ("fail", "linkedin", "fr", "J'ai découvert Vey il y a cinq ans : leur nouvelle gamme de bougies sort samedi, 24 € pièce.",
     dict(_R6E, brand="Vey", jurisdiction="fr")),
    ("pass", "bluesky", "fr", "Chez Vey (notre atelier de 8 personnes à Lyon), on sort la nouvelle lampe jeudi, 89 € !",
     dict(_R6E, brand="Vey", jurisdiction="fr")),
    ("fail", "bluesky", "fr", "Chez Vey (mon magasin préféré à Lyon), ils sortent la nouvelle lampe jeudi, 89 € !",
     dict(_R6E, brand="Vey", jurisdiction="fr")),
    ("pass", "linkedin", "en", "Everyone at Vey is getting the same £500 end-of-year bonus, cleaners and directors alike. Nice touch.",
     dict(_R6E, brand="Vey", jurisdiction="uk")),
    ("pass", "linkedin", "fr", "Tout le monde chez Vey touche la même prime de 800 € cette année, de l'atelier à la direction.",
     dict(_R6E, brand="Vey", jurisdiction="fr")),
    ("pass", "instagram", "fr", "Publicité – coffret offert par Vey. Pas payée pour ce post, mais voici mon avis : texture légère, "
     "odeur discrète, 7/10.", dict(_R6G, brand="Vey", jurisdiction="fr")),
    ("fail", "instagram", "fr", "Pas payée pour ce post, juste fan de Vey : texture légère, odeur discrète, 7/10.",
     dict(_R6G, brand="Vey", jurisdiction="fr")),
    ("pass", "facebook", "en", "Thanks to Vey Cycles for lending me their new e-bike for a fortnight (a free loan, nothing else). "
     "Hills are gone.", dict(_R6G, brand="Vey Cycles", jurisdiction="uk")),
    ("fail", "facebook", "en", "Vey Cycles let me ride their new e-bike for a fortnight. Hills are gone.",
     dict(_R6G, brand="Vey Cycles", jurisdiction="uk")),
]
add(ROUND6_OWED)

# helper owed8 (set 8d): a rewarded author's personal post that calls the brand by its first word ("my Pinecrest pack" for
# Pinecrest Outdoors) still speaks of the brand (loi 2023-451 art. 1; 16 CFR 255.5); an employee who tells a customer's find
# or switch ("you finally found…", "switched our whole bakery to X. Night and day.", « si vous êtes encore sur Excel, vous
# attendez quoi ? ») poses as a customer (C. consom. L121-4 22°; 16 CFR 255.5; CPUTR Sch. 1 para 22), not one who switched
# careers; a retouched beauty picture offered as the product's result ("before & after", "dark spots are gone") misleads in
# the US too (FTC Act § 5; 16 CFR 255.2), and a retouch the text confines to the lighting or the background, with no result
# pointed at, shows no effect of the product (CAP 3.1, 3.11; ASA 2021 guidance on filters)
_O8E = dict(employee=True, rewarded=False)
_O8R = dict(employee=False, rewarded=True)
OWED8 = [
    ("fail", "instagram", "en", "Sunday at the lake with my kids and my Corvane cooler, ice still solid at 6pm. #CorvaneAmbassador",
     dict(_O8R, brand="Corvane Gear", jurisdiction="us")),
    ("pass", "instagram", "en", "#ad Sunday at the lake with my kids and my Corvane cooler, ice still solid at 6pm.",
     dict(_O8R, brand="Corvane Gear", jurisdiction="us")),
    ("fail", "instagram", "en", "POV: you finally found a dentist who picks up on Sundays 🦷 Corvane Dental, trust me.",
     dict(_O8E, brand="Corvane Dental", jurisdiction="us")),
    ("pass", "instagram", "en", "I work at Corvane Dental, so I'm biased. POV: you finally found a dentist who picks up on Sundays 🦷 "
     "trust me.", dict(_O8E, brand="Corvane Dental", jurisdiction="us")),
    ("fail", "x", "en", "Switched our whole bakery to Corvane Pay for card payments last month. Night and day.",
     dict(_O8E, brand="Corvane Pay", jurisdiction="us")),
    ("pass", "x", "en", "Corvane Pay employee here, so I'm biased: switched my own side business to Corvane Pay last month. "
     "Night and day.", dict(_O8E, brand="Corvane Pay", jurisdiction="us")),
    ("pass", "linkedin", "en", "Switched my career to data engineering and joined Corvane's platform team this week. Night and day "
     "from agency life.", dict(_O8E, brand="Corvane", jurisdiction="us")),
    ("fail", "linkedin", "fr", "On a basculé toute notre compta sur Corvane il y a un mois. Si vous êtes encore sur Excel, vous "
     "attendez quoi ?", dict(_O8E, brand="Corvane", jurisdiction="fr")),
    ("pass", "linkedin", "fr", "Je travaille chez Corvane : on a basculé toute notre compta sur Corvane il y a un mois. Si vous "
     "êtes encore sur Excel, vous attendez quoi ?", dict(_O8E, brand="Corvane", jurisdiction="fr")),
    ("fail", "instagram", "en", "#ad Corvane Skin's vitamin C serum, my dark spots are GONE, before/after 👀",
     dict(_O8R, brand="Corvane Skin", jurisdiction="us", image_retouched=True)),
    ("pass", "instagram", "en", "#ad Corvane Skin's vitamin C serum, light and it layers under SPF. Photo edited for lighting.",
     dict(_O8R, brand="Corvane Skin", jurisdiction="us", image_retouched=True)),
    ("pass", "instagram", "en", "Ad | Corvane lip tint in Fig. Photo retouched for the background only, the colour is untouched.",
     dict(_O8R, brand="Corvane", jurisdiction="uk", image_retouched=True)),
    ("fail", "instagram", "en", "Ad | Corvane lip tint in Fig. Photo retouched for lighting, look how flawless my lips are.",
     dict(_O8R, brand="Corvane", jurisdiction="uk", image_retouched=True)),
]
add(OWED8)

# quitting and cutting down (nicotine replacement, a month without alcohol), a scam named as one, a procedure gone wrong,
# a company's results and a plant opened: health information and corporate news (CSP L3511-3, L3323-2; CAP 1.1, 12.1);
# guards: a drink promoted after the month off, a sign-up bonus beside the results, a code beside the quit story
SECTOR_SOUND_HEALTH_NEWS = [
    ("pass", "linkedin", "fr", "Les substituts nicotiniques (patchs, gommes) sont remboursés sur prescription. Parlez-en à votre "
     "médecin ou à un tabacologue.", _SE_FR),
    ("pass", "linkedin", "fr", "Dry January : un mois sans alcool, c'est du sommeil en plus et une tension qui baisse. Qui se lance "
     "avec moi ?", _SE_FR),
    ("fail", "instagram", "fr", "Dry January terminé ! Je fête ça avec la nouvelle IPA de Brasserie Acme, 6,5 %, une merveille.",
     dict(rewarded=True, brand="Brasserie Acme", jurisdiction="fr")),
    ("pass", "linkedin", "en", "Crypto scams cost UK victims £300m last year. If someone on Instagram promises you 5% a week, it's "
     "a scam.", _SE_UK),
    ("pass", "linkedin", "fr", "Mon injection de botox ratée il y a deux ans m'a laissé une paupière tombante pendant trois mois. "
     "Choisissez un médecin, pas un tarif.", _SE_FR),
    ("pass", "linkedin", "fr", "Casinos Acme publie ses résultats annuels : chiffre d'affaires en hausse de 3 %, et 40 recrutements "
     "prévus en 2025.", dict(_SE_FR, brand="Casinos Acme")),
    ("fail", "linkedin", "fr", "Casinos Acme publie ses résultats : et pour fêter ça, 50 € offerts sur votre premier pari ce "
     "week-end !", dict(_SE_FR, brand="Casinos Acme")),
    ("pass", "linkedin", "en", "Proud to see Acme Pharma's new Leeds production site open today, 200 jobs and solar on every roof.",
     dict(_SE_UK, brand="Acme Pharma")),
    ("fail", "instagram", "en", "Nicotine replacement never worked for me, but the Acme Vape mango pod did. Get 20% off with my "
     "code ACME20.", dict(rewarded=True, brand="Acme Vape", jurisdiction="uk")),
]
add(SECTOR_SOUND_HEALTH_NEWS)

# round6: "employee" as the unit of a price or a rule ("£3 per employee", « 4 € par employé ») is someone else's staff, not
# the author's link (16 CFR 255.5; CPUTR 2008 Sch. 1 para 22; C. consom. L121-4 22°); said of oneself it still is
ROUND6_UNIT = [
    ("fail", "linkedin", "en", "Still running timesheets by hand? Try Vey Hours: overtime worked out for you, £3 per employee a month.",
     dict(employee=True, rewarded=False, brand="Vey Hours", jurisdiction="uk")),
    ("pass", "linkedin", "en", "Vey Hours employee here, so I'm biased: overtime worked out for you, £3 per employee a month.",
     dict(employee=True, rewarded=False, brand="Vey Hours", jurisdiction="uk")),
    ("fail", "linkedin", "fr", "Vous gérez encore les congés sur Excel ? Essayez Vey Congés : 2 € par employée et par mois, le meilleur rapport qualité-prix.",
     dict(employee=True, rewarded=False, brand="Vey Congés", jurisdiction="fr")),
    ("pass", "linkedin", "fr", "Employée de Vey Congés depuis 2021 : notre outil de congés passe à 2 € par employé et par mois.",
     dict(employee=True, rewarded=False, brand="Vey Congés", jurisdiction="fr")),
]
add(ROUND6_UNIT)

# sector8 (issue #15): sectors read from the text and decided where the text shows what the law asks. A provider saying
# it is unregistered; the ANSM visa number; a medicine by presentation (symptom relief); a 0.0 % drink; an investment
# firm's own staff with the risk warning; Rx fair balance in the label's words; a disease kept away, a cure for good,
# sizes lost by a date, detox; a boob job, a filler booked; being wanted after a gin. Each with its law in the note.
SECTOR8 = [
    ('fail', 'instagram', 'fr', "Publicité : VeyCoin, la plateforme crypto pas encore enregistrée à l'AMF, mais mon portefeuille a pris 40 %.",
     {'rewarded': True, 'brand': 'VeyCoin', 'jurisdiction': 'fr'}, 'a provider that says it is not registered with the AMF may not be promoted (loi 2023-451 art. 4; CMF L54-10-3, L54-10-5)'),
    ('pass', 'instagram', 'fr', "Publicité : VeyCoin, plateforme crypto enregistrée auprès de l'AMF comme PSAN. Les crypto-actifs présentent un risque de perte en capital.",
     {'rewarded': True, 'brand': 'VeyCoin', 'jurisdiction': 'fr'}, 'registration and the loss warning shown: nothing left (loi 2023-451 art. 4; CMF L54-10-3)'),
    ('pass', 'instagram', 'fr', 'Publicité – Laboratoires Vey. Veyrinal soulage les maux de tête. Ceci est un médicament. Lisez attentivement la notice. Visa GP n° 25/01/61234567/GP/002.',
     {'rewarded': True, 'brand': 'Laboratoires Vey', 'jurisdiction': 'fr'}, "R5122-3 statements and the ANSM visa number shown (CSP L5122-8): nothing a reader of the text can check is missing; relieving headaches is the medicine's indication (CSP L5122-2)"),
    ('warn', 'instagram', 'fr', 'Publicité – Laboratoires Vey. Veyrinal soulage les maux de tête. Ceci est un médicament. Lisez attentivement la notice.',
     {'rewarded': True, 'brand': 'Laboratoires Vey', 'jurisdiction': 'fr'}, 'R5122-3 statements without the visa: a human checks the ANSM visa (CSP L5122-8)'),
    ('fail', 'facebook', 'fr', 'Publicité. Le spray Veynasal, nez débouché en cinq minutes, dispo en pharmacie !',
     {'rewarded': True, 'brand': 'Vey', 'jurisdiction': 'fr'}, 'a nasal decongestant presented as such is a medicine (CSP L5111-1): R5122-3 statements owed'),
    ('pass', 'instagram', 'fr', 'Publicité – Collaboration commerciale avec Vey. Leur bière 0,0 % à la pêche, parfaite après le foot ! Sans alcool, 20 kcal.',
     {'rewarded': True, 'brand': 'Vey', 'jurisdiction': 'fr'}, '0.0 % is no alcoholic drink (CSP L3321-1): loi Evin does not apply'),
    ('fail', 'instagram', 'fr', 'Publicité – Collaboration commerciale avec Vey. Leur bière ambrée à 6,5 %, et pour ceux qui conduisent la version 0,0 %, parfaites après le foot !',
     {'rewarded': True, 'brand': 'Vey', 'jurisdiction': 'fr'}, 'an alcoholic beer beside the 0.0 % one: loi Evin applies, and sport is no objective content (CSP L3323-4)'),
    ('pass', 'linkedin', 'fr', "Chez Vey Banque, nous lançons une assurance-vie en unités de compte dès 30 € par mois. Le capital n'est pas garanti ; les performances passées ne préjugent pas des performances futures.",
     {'employee': True, 'rewarded': False, 'brand': 'Vey Banque', 'jurisdiction': 'fr'}, "the provider's employee with the risk warning: the firm's balanced communication (CMF L533-12; règl. délégué 2017/565 art. 44)"),
    ('warn', 'instagram', 'fr', "Publicité – Vey Banque : une assurance-vie en unités de compte dès 30 € par mois. Le capital n'est pas garanti ; les performances passées ne préjugent pas des performances futures.",
     {'rewarded': True, 'brand': 'Vey Banque', 'jurisdiction': 'fr'}, 'an outside promoter of an investment: démarchage status (CMF L341-3) is for a reviewer'),
    ('pass', 'linkedin', 'en', 'I work at Vey Invest: our stocks and shares ISA now has a global tracker from £20 a month. The value of investments can fall as well as rise and you may get back less than you invest.',
     {'employee': True, 'rewarded': False, 'brand': 'Vey Invest', 'jurisdiction': 'uk'}, "an authorised firm's staff with the COBS 4 risk warning: the firm's own promotion (FSMA s. 21; COBS 4.5A)"),
    ('warn', 'linkedin', 'en', 'I work at Vey Invest: our stocks and shares ISA now has a global tracker from £20 a month, the best way to grow your savings.',
     {'employee': True, 'rewarded': False, 'brand': 'Vey Invest', 'jurisdiction': 'uk'}, 'no risk warning on an investment promotion: a reviewer checks it (FSMA s. 21; COBS 4.5A)'),
    ('pass', 'x', 'en', 'Vey Coin employee here: our SOL staking just launched. Rewards change daily and you can lose value.',
     {'employee': True, 'rewarded': False, 'brand': 'Vey Coin', 'jurisdiction': 'us'}, "US crypto with the risk of loss stated by the provider's employee (FTC Act § 5; Securities Act § 17(b))"),
    ('pass', 'instagram', 'en', '#ad Paid partnership with Vey Pharma. Veyzolin (prescription) keeps my psoriasis in check. Important safety information: may cause headache and nausea; do not use if you are pregnant. Ask your doctor if Veyzolin is right for you.',
     {'rewarded': True, 'brand': 'Vey Pharma', 'jurisdiction': 'us'}, 'Rx drug with its major risks and contraindications (21 CFR 202.1(e)(5): fair balance)'),
    ('fail', 'instagram', 'en', '#ad Paid partnership with Vey Pharma. Veyzolin (prescription) keeps my psoriasis in check. Ask your doctor if Veyzolin is right for you.',
     {'rewarded': True, 'brand': 'Vey Pharma', 'jurisdiction': 'us'}, 'Rx drug without any risk information (21 CFR 202.1(e)(5))'),
    ('fail', 'instagram', 'en', '#ad spring formal pregame 🥂 Vey seltzer for the whole prom night crew',
     {'rewarded': True, 'brand': 'Vey', 'jurisdiction': 'us'}, 'an alcoholic drink tied to prom: youth appeal (27 CFR 7.54; DISCUS and Beer Institute codes)'),
    ('pass', 'instagram', 'en', '#ad backyard pregame before the concert 🥂 Vey hard seltzer, lime and salt. 21+ only, drink responsibly.',
     {'rewarded': True, 'brand': 'Vey', 'jurisdiction': 'us'}, "hard seltzer at an adults' event, 21+: nothing the industry codes forbid (27 CFR Part 7)"),
    ('fail', 'instagram', 'en', '#ad Vey Defence gummies keep my kids from catching colds all winter',
     {'rewarded': True, 'brand': 'Vey Defence', 'jurisdiction': 'uk'}, 'preventing colds is a medicinal claim no food may make (Reg. 1924/2006 art. 14 as retained; CAP 15.6.2)'),
    ('pass', 'instagram', 'en', '#ad Vey Defence gummies: vitamin C contributes to the normal function of the immune system.',
     {'rewarded': True, 'brand': 'Vey Defence', 'jurisdiction': 'uk'}, 'an authorised health claim (Reg. 432/2012; CAP 15.1)'),
    ('fail', 'instagram', 'en', '#ad Vey tablets cure hay fever for good, one a day and pollen season is over',
     {'rewarded': True, 'brand': 'Vey', 'jurisdiction': 'uk'}, 'a cure said permanent: beyond any licence (HMR 2012 reg. 279; CAP 12.11)'),
    ('pass', 'instagram', 'en', '#ad Vey tablets relieve hay fever symptoms for 24 hours. Always read the label.',
     {'rewarded': True, 'brand': 'Vey', 'jurisdiction': 'uk'}, "an OTC medicine's indication with 'Always read the label' (HMR 2012 reg. 300)"),
    ('fail', 'instagram', 'en', '#ad Vey tea helped me drop a dress size in two weeks',
     {'rewarded': True, 'brand': 'Vey', 'jurisdiction': 'uk'}, 'a rate of weight loss (CAP 13.10)'),
    ('pass', 'instagram', 'en', '#ad Vey tea is my evening ritual: peppermint and fennel, caffeine-free, lovely after dinner',
     {'rewarded': True, 'brand': 'Vey', 'jurisdiction': 'uk'}, 'a herbal tea described, no health claim (CAP 15)'),
    ('fail', 'instagram', 'en', '#ad Vey tea flushes toxins out of your body, I feel brand new',
     {'rewarded': True, 'brand': 'Vey', 'jurisdiction': 'uk'}, 'detox claims are unauthorised health claims (Reg. 1924/2006 art. 10 as retained; CAP 15.1.1)'),
    ('fail', 'instagram', 'en', '#ad boob job at Vey Clinic, totally risk-free and back at work in two days!',
     {'rewarded': True, 'brand': 'Vey Clinic', 'jurisdiction': 'uk'}, 'surgery said risk-free (CAP 3.1, 12.1)'),
    ('pass', 'instagram', 'en', "#ad my breast augmentation at Vey Clinic: a surgeon's consultation first, every risk explained, six weeks to recover.",
     {'rewarded': True, 'brand': 'Vey Clinic', 'jurisdiction': 'uk'}, 'breast surgery with consultation and risks explained: no claim the code forbids (CAP 12)'),
    ('fail', 'instagram', 'en', '#ad sixth form ball next week? get your filler sorted at Vey Aesthetics with code BALL10',
     {'rewarded': True, 'brand': 'Vey Aesthetics', 'jurisdiction': 'uk'}, 'a cosmetic filler aimed at sixth-formers (CAP 12.25: not directed at under-18s)'),
    ('pass', 'instagram', 'en', '#ad wood filler for the hallway cracks: I got some Vey filler and it sanded smooth in an hour',
     {'rewarded': True, 'brand': 'Vey', 'jurisdiction': 'uk'}, 'wood filler is DIY, not a cosmetic intervention'),
    ('fail', 'instagram', 'en', '#ad one glass of Vey Gin and suddenly everyone wants your number 😏',
     {'rewarded': True, 'brand': 'Vey Gin', 'jurisdiction': 'uk'}, 'alcohol linked to sexual success (CAP 18.3, 18.4)'),
    ('pass', 'instagram', 'en', '#ad Vey Gin: juniper and pink pepper, lovely with a light tonic. Please drink responsibly.',
     {'rewarded': True, 'brand': 'Vey Gin', 'jurisdiction': 'uk'}, "a gin's taste and a responsible-drinking line (CAP 18)"),
    ('fail', 'instagram', 'en', '#ad VeyCoin exchange: FCA registration pending, but the app is slick and my ETH is up 30%',
     {'rewarded': True, 'brand': 'VeyCoin', 'jurisdiction': 'uk'}, 'a registration still pending is none (FSMA s21, COBS 4.12A; MLR 2017 reg. 56)'),
    ('fail', 'instagram', 'fr', "Publicité : VeyCoin, plateforme crypto en cours d'enregistrement auprès de l'AMF, déjà 10 000 inscrits !",
     {'rewarded': True, 'brand': 'VeyCoin', 'jurisdiction': 'fr'}, "« en cours d'enregistrement » is not registered (loi 2023-451 art. 4; CMF L54-10-3)"),
    ('pass', 'instagram', 'en', '#ad this candle from Vey cured my Sunday scaries for good, fig and cedar',
     {'rewarded': True, 'brand': 'Vey', 'jurisdiction': 'uk'}, 'a mood cured by a candle names no disease: no health claim'),
    ('fail', 'instagram', 'en', '#ad Vey Detox drops detox your liver in 3 days',
     {'rewarded': True, 'brand': 'Vey Detox', 'jurisdiction': 'us'}, 'detoxing an organ: an unsubstantiated health claim (FTC Act § 12; FTC Health Products Compliance Guidance)'),
    ('pass', 'linkedin', 'en', 'At Vey Brokerage we just launched fractional ETFs from $5. Investing involves risk, including possible loss of principal.',
     {'employee': True, 'rewarded': False, 'brand': 'Vey Brokerage', 'jurisdiction': 'us'}, "a broker's staff with the FINRA 2210(d)(1) risk statement"),
    ('fail', 'instagram', 'fr', 'Publicité : avec Vey Gin, tout le monde te demande ton numéro en soirée 😏',
     {'rewarded': True, 'brand': 'Vey Gin', 'jurisdiction': 'fr'}, 'alcohol and seduction (CSP L3323-4: objective content only)'),
    ('pass', 'instagram', 'en', '#ad Vey Zero, the alcohol free lager, crisp and cold after my Sunday run',
     {'rewarded': True, 'brand': 'Vey Zero', 'jurisdiction': 'uk'}, 'an alcohol-free lager is no alcoholic drink (CAP 18 scope: above 0.5 % ABV)'),
    ('fail', 'instagram', 'en', '#ad Vey Calm gummies relieve anxiety in minutes. Always read the label.',
     {'rewarded': True, 'brand': 'Vey Calm', 'jurisdiction': 'uk'}, "a supplement claiming to relieve anxiety: 'Always read the label' does not make it a licensed medicine (HMR 2012 reg. 2; CAP 15.6.2)"),
    ('fail', 'instagram', 'fr', 'Publicité : les comprimés Veydol contre le mal de tête, efficaces en 15 minutes !',
     {'rewarded': True, 'brand': 'Vey', 'jurisdiction': 'fr'}, 'tablets set against a headache: a medicine by presentation, R5122-3 statements owed (CSP L5111-1, R5122-3)'),
    ('pass', 'instagram', 'fr', 'Publicité : la tisane Vey au thym, douce et parfumée, mon rituel du soir.',
     {'rewarded': True, 'brand': 'Vey', 'jurisdiction': 'fr'}, 'a herbal tea described, no symptom claimed'),
    ('fail', 'instagram', 'en', "#ad haven't had a single cold since I started Vey Shield shots every morning",
     {'rewarded': True, 'brand': 'Vey Shield', 'jurisdiction': 'uk'}, 'no cold since the product: a prevention claim (Reg. 1924/2006 art. 14 as retained; CAP 15.6.2)'),
    ('fail', 'instagram', 'en', '#ad senior prom afterparty sorted: Vey hard seltzer for everyone 🥂',
     {'rewarded': True, 'brand': 'Vey', 'jurisdiction': 'us'}, 'alcohol for a high-school prom (27 CFR 7.54; DISCUS and Beer Institute codes)'),
    ('pass', 'instagram', 'en', '#ad Last Night of the Proms with a Vey Gin and tonic in the park. Please drink responsibly.',
     {'rewarded': True, 'brand': 'Vey Gin', 'jurisdiction': 'uk'}, 'the Proms are concerts for adults: no youth appeal (CAP 18.14-18.16)'),
    ('fail', 'instagram', 'en', '#ad Vey Gin, the ultimate wingman for a Friday night 😉',
     {'rewarded': True, 'brand': 'Vey Gin', 'jurisdiction': 'uk'}, 'a drink as a seduction aid (CAP 18.3, 18.4)'),
]
add(SECTOR8)

# mention8: what a sufficient-looking label leaves undisclosed. A second advertiser pushed with a code or an affiliate link
#      while the label names one (loi 2023-451 art. 5: each advertiser identifiable; 16 CFR 255.5: every material
#      connection; CAP 2.1); an employee posing as a customer behind "#ad" (directive 2005/29/CE annex I pt 22, C. consom.
#      L121-4 22°, CPUTR Sch. 1 para 22, 16 CFR 255.5); a label said to stand in the picture or the profile (art. 5; 16 CFR
#      255.0(f)); a label taken back (« mais pas vraiment »: C. consom. L121-2); a gift told and the commission only in a
#      weak word (16 CFR 255.5); a discount code is a promotion; what years in the job taught is no promotion.
#      Look-alikes: the code spelling the labelled brand, a retailer, both advertisers named, the job stated, no pose
_VR = dict(employee=False, rewarded=True, brand="Veyra", jurisdiction="us")
_VRK = dict(employee=False, rewarded=True, brand="Veyra", jurisdiction="uk")
_VRF = dict(employee=False, rewarded=True, brand="Veyra", jurisdiction="fr")
_VE = dict(employee=True, rewarded=True, brand="Veyra", jurisdiction="us")
_VEK = dict(employee=True, rewarded=True, brand="Veyra", jurisdiction="uk")
_VEF = dict(employee=True, rewarded=True, brand="Veyra", jurisdiction="fr")
_VEN = dict(employee=True, rewarded=False, brand="Veyra", jurisdiction="fr")
MENTION8 = [
    # a second advertiser
    ("fail", "instagram", "fr", "Collaboration commerciale avec Veyra\nMes indispensables du matin : la théière Veyra et le miel de chez Ruchelle (code RUCHE12 -12 %) 🍯", _VRF, "a second brand pushed with a code while the label names one advertiser: each advertiser identifiable (loi 2023-451 art. 5; 16 CFR 255.5; CAP 2.1)"),
    ("fail", "instagram", "en", "Paid partnership with Veyra\nWeekend kit: Veyra rain shell + the trail socks from Mossbury (code MOSS15 15% off)", _VR, "a second brand pushed with a code while the label names one advertiser: each advertiser identifiable (loi 2023-451 art. 5; 16 CFR 255.5; CAP 2.1)"),
    ("fail", "x", "en", "#ad Veyra rain shell for the hills, and for the evenings the Tallis lantern, affiliate link for Tallis in bio!", _VRK, "a second brand pushed with a code while the label names one advertiser: each advertiser identifiable (loi 2023-451 art. 5; 16 CFR 255.5; CAP 2.1)"),
    ("fail", "instagram", "fr", "Collaboration commerciale avec Ombrine 🌿 leur nouvelle gourde. Et la veste, c'est la Brume de chez Veyra, -15 % avec mon code NINA15", _VRF, "a second brand pushed with a code while the label names one advertiser: each advertiser identifiable (loi 2023-451 art. 5; 16 CFR 255.5; CAP 2.1)"),
    ("pass", "instagram", "fr", "Collaboration commerciale avec Veyra\nLa théière Veyra, dispo chez Ruchelle avec le code MATIN12 🍵", _VRF, "the code spells the labelled advertiser or a retailer sells its goods: one advertiser, disclosed (loi 2023-451 art. 5; 16 CFR 255.5)"),
    ("pass", "instagram", "en", "Paid partnership with Veyra\nWeekend kit: the Veyra rain shell, 15% off at Veyra with VEYRA15", _VR, "the code spells the labelled advertiser or a retailer sells its goods: one advertiser, disclosed (loi 2023-451 art. 5; 16 CFR 255.5)"),
    ("pass", "instagram", "en", "Paid partnership with Veyra and Mossbury\nWeekend kit: Veyra rain shell + the socks from Mossbury (code MOSS15 15% off)", _VR, "both advertisers named in the label (16 CFR 255.5: every material connection disclosed)"),
    ("pass", "instagram", "fr", "Publicité — la théière Veyra, -10 % avec le code MATIN10 ce week-end", _VRF, "the code spells the labelled advertiser or a retailer sells its goods: one advertiser, disclosed (loi 2023-451 art. 5; 16 CFR 255.5)"),
    # an employee posing as a customer behind the label
    ("fail", "instagram", "en", "#ad As a happy customer of five years, the Veyra rain shell is the only one I'd buy. Code SHELL10 🙌", _VE, "an employee posing as a customer behind the label: a false consumer's identity the label does not undo (dir. 2005/29/CE annex I pt 22; C. consom. L121-4 22°; CPUTR Sch. 1 para 22; 16 CFR 255.5)"),
    ("fail", "x", "en", "Ad | Been using the Veyra rain shell for months and nothing else keeps me this dry.", _VEK, "an employee posing as a customer behind the label: a false consumer's identity the label does not undo (dir. 2005/29/CE annex I pt 22; C. consom. L121-4 22°; CPUTR Sch. 1 para 22; 16 CFR 255.5)"),
    ("fail", "instagram", "fr", "Publicité — simple utilisatrice ici, mais la théière Veyra a changé mes matins. Foncez !", _VEF, "an employee posing as a customer behind the label: a false consumer's identity the label does not undo (dir. 2005/29/CE annex I pt 22; C. consom. L121-4 22°; CPUTR Sch. 1 para 22; 16 CFR 255.5)"),
    ("pass", "instagram", "en", "#ad I work at Veyra and I've been using the rain shell for months: nothing else keeps me this dry.", _VE, "the job stated up front, or no customer's pose: the label discloses the employee's connection (FTC Disclosures 101; dir. 2005/29/CE annex I pt 22)"),
    ("pass", "instagram", "en", "#ad The Veyra rain shell is back in stock, grab one before the autumn storms.", _VE, "the job stated up front, or no customer's pose: the label discloses the employee's connection (FTC Disclosures 101; dir. 2005/29/CE annex I pt 22)"),
    # a label said to stand elsewhere
    ("fail", "instagram", "fr", "Nouvelle vidéo avec Veyra ! La mention « publicité » est écrite sur la dernière slide 👉", _VRF, "the label said to stand in the picture or the profile is no label in the post (loi 2023-451 art. 5; 16 CFR 255.0(f); FTC Disclosures 101)"),
    ("fail", "facebook", "fr", "Ravie de vous montrer ma théière Veyra ! Mes collaborations commerciales sont signalées sur mon profil.", _VRF, "the label said to stand in the picture or the profile is no label in the post (loi 2023-451 art. 5; 16 CFR 255.0(f); FTC Disclosures 101)"),
    ("fail", "instagram", "en", "Loving my Veyra rain shell! The #ad is on the last slide 👉", _VR, "the label said to stand in the picture or the profile is no label in the post (loi 2023-451 art. 5; 16 CFR 255.0(f); FTC Disclosures 101)"),
    ("pass", "instagram", "fr", "Publicité : sur la photo, la théière Veyra en fonte émaillée, prête pour l'hiver.", _VRF, "« Publicité : » up front labels the post; the photo is what it describes (loi 2023-451 art. 5)"),
    # a label taken back
    ("fail", "instagram", "fr", "#pub (bon, pas vraiment, je l'aurais achetée de toute façon) la théière Veyra, code MATIN10", _VRF, "a label taken back in the same breath misleads (C. consom. L121-2; FTC Act § 5; 16 CFR 255.0(f))"),
    ("fail", "instagram", "en", "#ad (but not really lol, I'd buy it anyway) the Veyra rain shell, code SHELL10", _VR, "a label taken back in the same breath misleads (C. consom. L121-2; FTC Act § 5; 16 CFR 255.0(f))"),
    ("pass", "instagram", "fr", "Publicité. Pas vraiment fan de l'hiver, mais la théière Veyra rend les soirées plus douces.", _VRF, "« pas vraiment » in the next sentence says nothing of the label (loi 2023-451 art. 5)"),
    # a gift told, the commission only in a weak word; a gift with no obligation
    ("fail", "instagram", "en", "PR package from Veyra 🎁 the rain shell is perfect. My affiliate link is in bio for 10% off.", _VR, "a gift told, the commission only in a weak word (16 CFR 255.5: every material connection; FTC FAQ on 'affiliate link')"),
    ("pass", "instagram", "en", "#ad PR package from Veyra 🎁 the rain shell is perfect. My affiliate link is in bio for 10% off.", _VR, "'#ad' up front discloses the commission too (16 CFR 255.5)"),
    ("pass", "facebook", "en", "Gifted rain shell from Veyra (unpaid, no obligation to post). First impressions: properly waterproof.", _VRK, "a gift with no obligation to post, flagged as gifted: the disclosure owed (CMA/ASA influencer guide); 'unpaid' denies money, not the gift"),
    # a discount code is a promotion
    ("fail", "instagram", "en", "People keep asking about my jacket: it's the Veyra rain shell. Big thanks to the Veyra team 🙏\n👉 use SHELL10", _VR, "a discount code handed out by a rewarded author promotes; thanks to a team disclose nothing (16 CFR 255.5; FTC Disclosures 101)"),
    ("pass", "instagram", "en", "#ad People keep asking about my jacket: it's the Veyra rain shell. Big thanks to the Veyra team 🙏\n👉 use SHELL10", _VR, "'#ad' up front discloses the paid post (16 CFR 255.5)"),
    # what years in the job taught
    ("pass", "linkedin", "fr", "Ce que 4 ans chez Veyra m'ont appris sur la supply chain : 1) les délais mentent, 2) testez vos hypothèses sur le terrain. Et vous ?", _VEN, "what years in the job taught: a reflection, no promotion (loi 2023-451 art. 1; 16 CFR 255.0)"),
    ("fail", "linkedin", "fr", "Ce que 4 ans chez Veyra m'ont appris : notre nouvelle théière est la meilleure du marché, -20 % ce mois-ci !", _VEN, "a reflection that turns to the employer's new product and its offer promotes it: the employment is owed (C. consom. L121-4 22°)"),
]
add(MENTION8)
_VEU = dict(employee=True, rewarded=False, brand="Veyra", jurisdiction="us")
MENTION8_OWED = [
    ("fail", "facebook", "en", "As a dad of two who's tried everything for fussy eaters: Veyra's fish fingers are the only thing my boys finish. Stocking up this week!", _VEU, "an employee speaking as the brand's customer gives a consumer's testimonial: the employment is owed (16 CFR 255.5; dir. 2005/29/CE annex I pt 22)"),
    ("pass", "facebook", "en", "As a dad of two who's tried everything for fussy eaters, I'm giving up: tonight it's toast again.", _VEU, "a parent's story that names no brand promotes nothing (16 CFR 255.0)"),
    ("fail", "linkedin", "en", "If your team still books rooms by email, please look at Veyra Rooms. Your office manager gets about an hour back every day, and setup is one afternoon.\\n#facilities #workplace #proptech #office #VeyraEmployee", _VEU, "a call to the reader and the time the product gives back, said of the employer's product: a promotion, the employee tag buried in a wall of hashtags (16 CFR 255.5; FTC Disclosures 101)"),
    ("pass", "linkedin", "en", "I work at Veyra Rooms. If your team still books rooms by email, please look at Veyra Rooms: your office manager gets about an hour back every day.", _VEU, "the employment stated up front (16 CFR 255.5)"),
    ("fail", "x", "en", "$VEYR is about to 50x 🚀 get in before the listing. NFA", _VEU, "an employee touting the employer's own token with a promised gain: a promotion that owes the connection (16 CFR 255.5; Securities Act § 17(b))"),
    ("pass", "x", "en", "I work at Veyra. $VEYR listing is scheduled for Monday; nothing here is investment advice and tokens can lose all their value.", _VEU, "the employment stated, no gain promised; the loss stated (16 CFR 255.5; FTC Act § 5)"),
]
add(MENTION8_OWED)

# round9: the label names another advertiser than the brand the post promotes (C. consom. L121-2 3°; 16 CFR 255.5; CPUTR 2008
# reg. 6(4)(b)); the employment in natural words (« Chez X, mon équipe », "part of the … team at X here"); a paid role and the
# reward for this post said in words (FTC Disclosures 101; 16 CFR 255.5; CAP 2.1); a job ad's roles are not the author's;
# "used to work at X" by a current employee denies the connection; the employer left to the bio; a rewarded author's own
# label makes the post an ad (directive 2005/29/CE annex I pt 22; loi 2023-451 art. 1 and 5; 16 CFR 255.0(f))
_R9E = dict(employee=True, rewarded=False)
ROUND9 = [
    ("fail", "instagram", "fr", "Collaboration commerciale avec @lamaisondubeurre 🧈 mes crêpes du dimanche dans la nouvelle poêle "
     "@acmecuisine (code ACME15 pour -15 %)", dict(rewarded=True, brand="Acme Cuisine", jurisdiction="fr"),
     "C. consom. L121-2 3° : la mention nomme un autre annonceur que celui dont le produit et le code sont promus"),
    ("pass", "instagram", "fr", "Collaboration commerciale avec @acmecuisine et @lamaisondubeurre 🧈 mes crêpes du dimanche dans la "
     "nouvelle poêle Acme Cuisine (code ACME15 pour -15 %)", dict(rewarded=True, brand="Acme Cuisine", jurisdiction="fr"),
     "loi 2023-451 art. 5 : la mention nomme l'annonceur (et un second)"),
    ("fail", "instagram", "en", "Sponsored by @northpeakcoffee ☕ long run this morning in the new Acme Trail shoes, code TRAIL20 gets "
     "you 20% off Acme Trail", dict(rewarded=True, brand="Acme Trail", jurisdiction="us"),
     "16 CFR 255.5: the connection to the advertiser whose code is given is not disclosed"),
    ("pass", "instagram", "en", "#ad for @acmetrail via @bigagency ☕ long run this morning in the new Acme Trail shoes, code TRAIL20 "
     "for 20% off", dict(rewarded=True, brand="Acme Trail", jurisdiction="us"), "16 CFR 255.5: the advertiser is named"),
    ("pass", "instagram", "en", "Ad | Paid partnership with @acme.trail 🏃 long run this morning in the new Acme Trail shoes, code "
     "TRAIL20 for 20% off", dict(rewarded=True, brand="Acme Trail", jurisdiction="uk"), "CAP 2.1: 'Ad' up front, the brand's handle"),
    ("pass", "linkedin", "fr", "Chez Acme, mon équipe a passé l'hiver sur la nouvelle appli de caisse : elle sort aujourd'hui, "
     "essayez-la et dites-moi ce que vous en pensez !", dict(_R9E, brand="Acme", jurisdiction="fr"),
     "C. consom. L121-4 22° : « Chez Acme, mon équipe » dit le lien d'emploi"),
    ("fail", "linkedin", "fr", "Chez Acme, la nouvelle appli de caisse sort aujourd'hui : essayez-la et dites-moi ce que vous en "
     "pensez !", dict(_R9E, brand="Acme", jurisdiction="fr"), "C. consom. L121-4 22° : le salarié ne dit pas son lien"),
    ("pass", "linkedin", "en", "Part of the customer success team at Acme here 👋 our new onboarding checklist is free for every "
     "account this month, grab it!", dict(_R9E, brand="Acme", jurisdiction="uk"), "CPUTR 2008 Sch. 1 para 22: the job said first"),
    ("fail", "linkedin", "en", "The customer success team at Acme just launched a free onboarding checklist, grab it this month!",
     dict(_R9E, brand="Acme", jurisdiction="uk"), "CPUTR 2008 Sch. 1 para 22: the team named as a third party"),
    ("pass", "instagram", "en", "Paid Acme Fitness ambassador here 💸 the spin classes are still my favourite hour of the week, first "
     "class free this month", dict(rewarded=True, brand="Acme Fitness", jurisdiction="us"),
     "16 CFR 255.5: 'paid' says the connection that 'ambassador' alone does not"),
    ("fail", "instagram", "en", "Acme Fitness ambassador here! the spin classes are still my favourite hour of the week, first class "
     "free this month", dict(rewarded=True, brand="Acme Fitness", jurisdiction="us"), "FTC Disclosures 101: 'ambassador' alone"),
    ("fail", "instagram", "en", "Paid subscriber to Acme Fitness for 3 years 💪 the spin classes are still my favourite hour of the "
     "week, first class free this month", dict(rewarded=True, brand="Acme Fitness", jurisdiction="us"),
     "16 CFR 255.5: a paid subscription is the author's purchase, not the brand's payment"),
    ("pass", "linkedin", "en", "#AcmeEmployee, and this post earns me programme points: our refill pens land in shops today, half "
     "the plastic.", dict(employee=True, rewarded=True, brand="Acme", jurisdiction="uk"),
     "CAP 2.1: the reward for this post said up front beside the job"),
    ("fail", "linkedin", "en", "#AcmeEmployee: our refill pens land in shops today, half the plastic.",
     dict(employee=True, rewarded=True, brand="Acme", jurisdiction="uk"), "CAP 2.1: the post is rewarded and no label says it"),
    ("fail", "linkedin", "en", "We're hiring 2 shift leads in Denver! Also the new Acme cold brew is back, 20% off with code TEAMACME",
     dict(employee=True, rewarded=True, brand="Acme", jurisdiction="us"),
     "16 CFR 255.5: the roles hired for are not the author's; Acme is named as a third party"),
    ("pass", "linkedin", "en", "Store manager at Acme Denver here: we're hiring 2 shift leads! Also our new cold brew is back, 20% "
     "off with code TEAMACME", dict(employee=True, rewarded=True, brand="Acme", jurisdiction="us"),
     "16 CFR 255.5: the employment stated up front (US)"),
    ("fail", "linkedin", "en", "As someone who used to work at Acme, trust me: their new payroll app is the best on the market. Book "
     "a demo.", dict(_R9E, brand="Acme", jurisdiction="us"), "16 CFR 255.5: a current employee posing as a former one"),
    ("pass", "linkedin", "en", "As someone who used to work at Acme, trust me: their new payroll app is the best on the market. Book "
     "a demo.", dict(employee=False, rewarded=False, brand="Acme", jurisdiction="us"), "16 CFR 255.0: no connection, no ad"),
    ("fail", "instagram", "en", "Love the new Acme SIM deal, £6 a month for 30GB. Where I work is on my profile 😉",
     dict(_R9E, brand="Acme", jurisdiction="uk"), "CPUTR 2008 Sch. 1 para 22: the employer left to the profile"),
    ("pass", "instagram", "en", "I work for Acme (it's on my profile too): the new SIM deal is £6 a month for 30GB.",
     dict(_R9E, brand="Acme", jurisdiction="uk"), "CPUTR 2008 Sch. 1 para 22: the employer named in the post"),
    ("fail", "instagram", "fr", "Le nouveau forfait Acme à 6 € par mois est top. Vous savez où je travaille, voir ma bio 😉",
     dict(_R9E, brand="Acme", jurisdiction="fr"), "C. consom. L121-4 22° : le lien renvoyé à la bio"),
    ("pass", "instagram", "fr", "Je travaille chez Acme (c'est aussi dans ma bio) : le nouveau forfait à 6 € par mois, sans engagement, est top.",
     dict(_R9E, brand="Acme", jurisdiction="fr"), "C. consom. L121-4 22° : le lien dit dans le post"),
    ("fail", "facebook", "en", "Six weeks ago I couldn't swim a length. Yesterday I swam a full kilometre without stopping, and I'm "
     "still grinning. Huge thanks to the lifeguards at my local pool and to my sister for the 6am lifts.\n\nThis post is sponsored "
     "by Acme Swim, whose beginner plan I followed.", dict(rewarded=True, brand="Acme Swim", jurisdiction="us"),
     "16 CFR 255.0(f): the author's own label, past Facebook's cut"),
    ("pass", "facebook", "en", "Sponsored by Acme Swim: six weeks ago I couldn't swim a length. Yesterday I swam a full kilometre "
     "without stopping, and I'm still grinning. Huge thanks to the lifeguards at my local pool and to my sister for the 6am lifts.",
     dict(rewarded=True, brand="Acme Swim", jurisdiction="us"), "16 CFR 255.0(f): the label up front"),    # a brand glued to "vap" ("Vapzen") beside puffs or pods: a nicotine product (21 CFR 1143.3 warning; TRPR 2016 reg. 43 and
    # CAP 22.12: no e-cigarette ads in online media); alone, a glued name is no sector ("Vapiano")
    ("fail", "instagram", "en", "#ad Vapzen Go in mango ice, 6000 puffs and still going. Link in bio!",
     dict(rewarded=True, brand="Vapzen", jurisdiction="us"), "21 CFR 1143.3: a nicotine vape without the FDA warning"),
    ("fail", "instagram", "en", "#ad Vapzen Go pods in mango ice, the longest-lasting I've tried. 20% off through my link",
     dict(rewarded=True, brand="Vapzen", jurisdiction="uk"), "TRPR 2016 reg. 43; CAP 22.12: no e-cigarette ads on social media"),
    ("pass", "instagram", "en", "#ad Vapiano's truffle pasta is back for the autumn, lunch with the team today!",
     dict(rewarded=True, brand="Vapiano", jurisdiction="us"), "16 CFR 255.5: a restaurant's ad, labelled"),    # alcohol: the life of every party, a drink poured « à flots », « la soirée de l'année »; a bookmaker named in camel case
    # beside 18+; a cosmetic intervention offered for a school prom
    ('fail', 'instagram', 'en', 'Ad | Acme prosecco 🥂 makes you the life of every party, trust me.',
     {'rewarded': True, 'brand': 'Acme', 'jurisdiction': 'uk'}, 'CAP 18.4: the drink linked to popularity, social success'),
    ('pass', 'instagram', 'en', 'Ad | Acme prosecco 🥂 crisp, with pear and white peach notes, lovely with a light lunch. Please drink responsibly.',
     {'rewarded': True, 'brand': 'Acme', 'jurisdiction': 'uk'}, "CAP 18: the drink's taste and a responsible-drinking line"),
    ('fail', 'instagram', 'fr', "Publicité pour Maison Acme 🥂 notre crémant coule à flots pour les fêtes ! L'abus d'alcool est dangereux pour la santé, à consommer avec modération.",
     {'rewarded': True, 'brand': 'Maison Acme', 'jurisdiction': 'fr'}, 'C. santé publ. L3323-4; CAP 18.7: a drink poured without end, an incitement to excess'),
    ('fail', 'instagram', 'fr', "Publicité — Maison Acme : la soirée de l'année avec notre crémant rosé. L'abus d'alcool est dangereux pour la santé, à consommer avec modération.",
     {'rewarded': True, 'brand': 'Maison Acme', 'jurisdiction': 'fr'}, 'C. santé publ. L3323-4: a party, not objective information'),
    ('pass', 'instagram', 'fr', "Publicité — Maison Acme : crémant rosé, 12 % vol., pinot noir, élevé 18 mois sur lattes. L'abus d'alcool est dangereux pour la santé, à consommer avec modération.",
     {'rewarded': True, 'brand': 'Maison Acme', 'jurisdiction': 'fr'}, 'C. santé publ. L3323-4: degree, grape, ageing and the health message'),
    ('fail', 'instagram', 'en', "#ad BetHollow's Saturday tournament is open: level up like in a video game and climb the table! 18+ BeGambleAware.org",
     {'rewarded': True, 'brand': 'BetHollow', 'jurisdiction': 'uk'}, 'CAP 16.3.12: a bookmaker (camel-case name, 18+) likened to a video game'),
    ('pass', 'instagram', 'en', "#ad BetHollow's Saturday tournament is open: three home wins at odds of 5/1 to start the weekend. 18+ BeGambleAware.org",
     {'rewarded': True, 'brand': 'BetHollow', 'jurisdiction': 'uk'}, "CAP 16: a bookmaker's offer with 18+ and nothing aimed at minors"),
    ('fail', 'instagram', 'en', '#ad lip filler for your school prom? Acme Clinic does 1ml for £150, book now',
     {'rewarded': True, 'brand': 'Acme Clinic', 'jurisdiction': 'uk', 'sector': 'cosmetic_surgery'}, 'CAP 12.25 (cosmetic interventions): a school prom targets under-18s'),
    ('pass', 'instagram', 'en', '#ad lip filler at Acme Clinic: 1ml for £150, consultation with a nurse prescriber first, over-18s only.',
     {'rewarded': True, 'brand': 'Acme Clinic', 'jurisdiction': 'uk', 'sector': 'cosmetic_surgery'}, "CAP 12.25: an adult offer with a prescriber's consultation"),
    # owed: a product called "the real deal", « m'a réconciliée avec », a quote offered, "we built something that fixes it"
    ('fail', 'linkedin', 'en', "Acme's new invoicing app is the real deal, invoices out in minutes instead of days.",
     {'employee': True, 'rewarded': False, 'brand': 'Acme', 'jurisdiction': 'us'}, "16 CFR 255.5: an employee's verdict on the employer's product, the job unsaid"),
    ('pass', 'linkedin', 'en', 'I work at Acme: our new invoicing app is the real deal, invoices out in minutes instead of days.',
     {'employee': True, 'rewarded': False, 'brand': 'Acme', 'jurisdiction': 'us'}, '16 CFR 255.5: the job said first'),
    ('pass', 'linkedin', 'en', 'Our new hire Sam is the real deal, welcome to the team!',
     {'employee': True, 'rewarded': False, 'brand': 'Acme', 'jurisdiction': 'us'}, '16 CFR 255.0: a colleague praised, no product'),
    ('fail', 'instagram', 'fr', "Le réveil lumineux Acme m'a réconciliée avec les matins, 20 minutes de lever de soleil.",
     {'employee': True, 'rewarded': False, 'brand': 'Acme', 'jurisdiction': 'fr'}, 'C. consom. L121-4 22° : une salariée en posture de cliente'),
    ('pass', 'instagram', 'fr', "Salariée d'Acme : notre réveil lumineux m'a réconciliée avec les matins, 20 minutes de lever de soleil.",
     {'employee': True, 'rewarded': False, 'brand': 'Acme', 'jurisdiction': 'fr'}, 'C. consom. L121-4 22° : le lien dit'),
    ('fail', 'linkedin', 'en', "Sorting your car insurance? Acme's cover starts same day and it took me 5 minutes to get a quote.",
     {'employee': True, 'rewarded': False, 'brand': 'Acme', 'jurisdiction': 'uk'}, "CPUTR Sch. 1 para 22: the employer's product urged as a customer would"),
    ('pass', 'linkedin', 'en', 'I work at Acme: cover starts same day, and it takes 5 minutes to get a quote.',
     {'employee': True, 'rewarded': False, 'brand': 'Acme', 'jurisdiction': 'uk'}, 'CPUTR Sch. 1 para 22: the job said'),
    ('pass', 'linkedin', 'en', "Got a quote from our CEO for the staff newsletter: we ship when it's ready.",
     {'employee': True, 'rewarded': False, 'brand': 'Acme', 'jurisdiction': 'uk'}, 'CAP 1.1: a quotation, not a price quote'),
    ('fail', 'linkedin', 'en', 'Every finance lead says month-end is a mess. We built something that fixes it: reconciliation in one click.',
     {'employee': True, 'rewarded': False, 'brand': 'Acme', 'jurisdiction': 'us'}, "16 CFR 255.5: the employer's product pitched, the job unsaid"),
    ('pass', 'linkedin', 'en', 'Every finance lead says month-end is a mess. At Acme we built something that fixes it: reconciliation in one click.',
     {'employee': True, 'rewarded': False, 'brand': 'Acme', 'jurisdiction': 'us'}, "16 CFR 255.5: 'At Acme we' says the job"),
    # guards: a past job beside the current one, a payment made by the author, a card's points
    ('pass', 'linkedin', 'en', "I used to work at a bakery; now I'm a baker at Acme. Our new sourdough is out today, come taste it!",
     {'employee': True, 'rewarded': False, 'brand': 'Acme', 'jurisdiction': 'us'}, '16 CFR 255.5: a past job elsewhere, the current one stated'),
    ('fail', 'linkedin', 'en', 'I used to work at Acme, and honestly their new sourdough is the best in town. Come taste it!',
     {'employee': True, 'rewarded': False, 'brand': 'Acme', 'jurisdiction': 'us'}, '16 CFR 255.5: a current employee posing as a former one'),
    ('fail', 'instagram', 'en', "Paid my partner's share of our Acme Fitness membership 💪 first class free this month",
     {'rewarded': True, 'brand': 'Acme Fitness', 'jurisdiction': 'us'}, '16 CFR 255.5: a payment the author made, no disclosure'),
    ('fail', 'instagram', 'en', 'This card gives me bonus points at every Acme store, get yours now 💳',
     {'rewarded': True, 'brand': 'Acme', 'jurisdiction': 'us'}, "16 CFR 255.5: a card's perks, not the reward for the post"),
]
add(ROUND9, "round9")

# team7: an employee's post that promotes nothing owes nothing (loi 2023-451 art. 1 « promouvoir des biens ou services »;
#      16 CFR 255.0; CAP 1.1): a promotional word the author denies, a gift "sent us" (to the team), career advice whose
#      praise is said of the job; an employee given nothing whose opening line speaks as the business it names poses as no
#      consumer (dir. 2005/29/CE annex I pt 22; 16 CFR 255.5; art. 5's label is owed by rewarded influence). Look-alikes fail.
# --- session of 2026-11-30, lead (spent10b): a giver named, « Pub @marque », labels spoken of, numbers read whole -------
LEAD10 = [
    # the giver named in words up front is a gift disclosed (FTC FAQ: "Company X gave me this product to try"; 16 CFR
    # 255.5; four law-only writers of 2026-11-29/30 read it so); a bare "#gifted" fails; a code beside the gift hides a
    # commission; the UK asks for "Ad" unless the brand had no say (CAP 2.1; CMA/ASA guide)
    ('pass', 'x', 'en', "Gifted by @vireo.outdoor — their new 2-person tent. Set it up in the rain in under 5 min. Still dry at 6am.", dict(rewarded=True, brand='Vireo Outdoor', jurisdiction='us')),
    ('pass', 'instagram', 'en', "Gifted from Marlow Kitchen: the cast-iron skillet I've been eyeing for months. First steak tonight, crust was perfect.", dict(rewarded=True, brand='Marlow Kitchen', jurisdiction='us')),
    ('fail', 'instagram', 'en', "Gifted by @vireo.outdoor — their new tent kept me dry all night. Use code VIREO15 for 15% off!", dict(rewarded=True, brand='Vireo Outdoor', jurisdiction='us')),
    ('fail', 'instagram', 'en', "Gifted by @vireo.outdoor — their new tent kept me dry all night on the Pennine Way.", dict(rewarded=True, brand='Vireo Outdoor', jurisdiction='uk')),
    ('fail', 'instagram', 'en', "Gifted by my mum: a Vireo Outdoor tent, best one I've owned, grab yours at vireo.com/tents", dict(rewarded=True, brand='Vireo Outdoor', jurisdiction='us')),
    # « Pub @marque » opening the post labels it (ord. 2024-978: a mention adapted to the format; the ARPP lists « Pub »)
    ('pass', 'instagram', 'fr', "Pub @nectaretco 🍯 Le miel de lavande de Valensole, cristallisé juste comme il faut.", dict(rewarded=True, brand='Nectar & Co', jurisdiction='fr')),
    ('pass', 'instagram', 'fr', "Pub @maisonlyre : la nouvelle bougie figue-cèdre tient 60 heures, je l'ai testée tout l'hiver.", dict(rewarded=True, brand='Maison Lyre', jurisdiction='fr')),
    ('fail', 'instagram', 'fr', "Le miel de lavande de Valensole, cristallisé juste comme il faut 🍯 un délice sur une tartine. Pub @nectaretco", dict(rewarded=True, brand='Nectar & Co', jurisdiction='fr')),
    # a label word quoted inside a sentence is the word spoken of: a post explaining the rules labels nothing and
    # promotes nothing (loi 2023-451 art. 1 and 5; CAP 2.1); the law cited by its number is news however many digits
    ('pass', 'linkedin', 'fr', "L'ordonnance n° 2024-978 du 6 novembre 2024 a ajusté la loi influence.\n\nCe qui change :\n• la mention « Publicité » ou « Collaboration commerciale » reste exigée, adaptée au format\n• les interdictions sectorielles (chirurgie esthétique, nicotine…) demeurent\n\nDes questions ? On en parle en commentaire.", dict(employee=True, rewarded=False, brand='Cabinet Aubrac Conseil', jurisdiction='fr')),
    ('pass', 'linkedin', 'en', 'Quick explainer for our clients: the CMA says a post paid for by a brand must carry "#ad" up front, and "#gifted" alone is not enough when the brand had a say.', dict(employee=True, rewarded=False, brand='Harlow Legal', jurisdiction='uk')),
    ('fail', 'instagram', 'fr', "Je dois écrire « Publicité », paraît-il 🙄 bref : la crème Kalio est la meilleure du moment, -20 % avec KALIO20 !", dict(rewarded=True, brand='Kalio', jurisdiction='fr')),
    # a Mastodon post whose first line is its content warning ("CW: …", "[CW : …]"): the reader sees that line only until
    # they open the post, so the label belongs in it (loi 2023-451 art. 5 « identifiable »; 16 CFR 255.0(f); CAP 2.1)
    ('fail', 'mastodon', 'fr', "[CW : annonce]\n\nKerlab sort la v3 de son outil de sauvegarde, offre hébergée à 4 €/mois !\n\nCollaboration commerciale avec Kerlab.", dict(rewarded=True, brand='Kerlab', jurisdiction='fr')),
    ('pass', 'mastodon', 'fr', "CW : Publicité, collaboration commerciale avec Kerlab\n\nKerlab sort la v3 de son outil de sauvegarde, offre hébergée à 4 €/mois !", dict(rewarded=True, brand='Kerlab', jurisdiction='fr')),
    ('fail', 'mastodon', 'en', "CW: food\n\nOur new oat latte at Brimble is out, $4 all week! #ad", dict(rewarded=True, brand='Brimble', jurisdiction='us')),
    ('pass', 'mastodon', 'en', "CW: Ad / I work at Sitka\n\nThe Sitka e-reader now supports EPUB3 footnotes. 20% off the base model until Sunday.", dict(employee=True, rewarded=True, brand='Sitka', jurisdiction='uk')),
    ('pass', 'mastodon', 'en', "#ad CW: spoilers are not my thing, so here's just the Brimble oat latte: $4 all week.", dict(rewarded=True, brand='Brimble', jurisdiction='us')),
    # a second brand's own connection told in words (a gift from it, a role for it, a partnership "too", a code on its site)
    # under a label naming only the first: every advertiser identifiable (loi 2023-451 art. 5; 16 CFR 255.5; CAP 2.1)
    ('fail', 'instagram', 'fr', "Collaboration commerciale avec Maison Lyre 🕯️ La bougie figue-cèdre tient 60 h. Merci aussi à Tissé pour le plaid en lin offert 💛", dict(rewarded=True, brand='Maison Lyre', jurisdiction='fr')),
    ('fail', 'instagram', 'fr', "Collaboration commerciale avec Maison Lyre 🕯️ La bougie figue-cèdre tient 60 h, et le plaid Tissé (partenaire aussi) est parfait avec.", dict(rewarded=True, brand='Maison Lyre', jurisdiction='fr')),
    ('fail', 'instagram', 'fr', "Collaboration commerciale avec Maison Lyre : ma routine cocooning avec leur bougie et le thé Nuit Calme de Théodore, dont je suis aussi ambassadrice 🍵", dict(rewarded=True, brand='Maison Lyre', jurisdiction='fr')),
    ('fail', 'instagram', 'en', "Paid partnership with Lyre Home. Their fig candle lasts forever. P.S. I'm also a Tisse ambassador, their throws are on sale this week!", dict(rewarded=True, brand='Lyre Home', jurisdiction='us')),
    ('fail', 'instagram', 'en', "#ad for Lyre Home 🕯️ fig & cedar candle lasts 60 hours. Also loving my new Tisse linen throw — use LEA15 at tisse.com for 15% off!", dict(rewarded=True, brand='Lyre Home', jurisdiction='uk')),
    ('pass', 'instagram', 'fr', "Publicité pour Maison Lyre et Tissé ✨ la bougie figue-cèdre et le plaid en lin, mon combo du soir.", dict(rewarded=True, brand='Maison Lyre', jurisdiction='fr')),
    ('pass', 'instagram', 'fr', "Collaboration commerciale avec Maison Lyre 🕯️ Merci à Julie pour les photos !", dict(rewarded=True, brand='Maison Lyre', jurisdiction='fr')),
    ('pass', 'instagram', 'en', "#ad Lyre Home sent me their fig candle; my sister Anna gave me the holder years ago.", dict(rewarded=True, brand='Lyre Home', jurisdiction='us')),
    ('pass', 'instagram', 'fr', "Publicité · la bougie Maison Lyre, -15 % avec LEA15 sur maisonlyre.fr", dict(rewarded=True, brand='Maison Lyre', jurisdiction='fr')),
    ('pass', 'instagram', 'en', "#ad Lyre Home fig candle, use code SUNDAY15 at Target for 15% off!", dict(rewarded=True, brand='Lyre Home', jurisdiction='us')),
    # the text says the picture is filtered or retouched: it is, whatever the context says (loi 2023-451 art. 5 III; CAP 3.1
    # and 3.11; FTC Act § 5); "no filter", a water filter, a UV filter say nothing of the picture; more beauty products and
    # results pointed at (« 4 weeks in », "look at the length", "never looked this even")
    ('fail', 'instagram', 'en', "#ad Obsessed with the new Glowlab foundation ✨ flawless skin all day (Valencia filter on, obvs)", dict(rewarded=True, brand='Glowlab', jurisdiction='uk')),
    ('fail', 'instagram', 'en', "#ad Glowlab lash serum, 4 weeks in. Used the Paris filter for the pic 💅", dict(rewarded=True, brand='Glowlab', jurisdiction='us')),
    ('fail', 'instagram', 'en', "#ad My teeth after Glowlab whitening strips 😁 (edited with FaceTune)", dict(rewarded=True, brand='Glowlab', jurisdiction='us')),
    ('fail', 'instagram', 'fr', "Publicité · Le nouveau fond de teint Glowlab, avec le filtre Glow parce que lundi 😅", dict(rewarded=True, brand='Glowlab', jurisdiction='fr')),
    ('fail', 'instagram', 'en', "Ad | @glowlab tinted SPF, my skin has never looked this even 🌞", dict(rewarded=True, brand='Glowlab', jurisdiction='uk', image_retouched=True)),
    ('fail', 'instagram', 'en', "#ad Glowlab lash serum, 4 weeks in and look at the length!", dict(rewarded=True, brand='Glowlab', jurisdiction='us', image_retouched=True)),
    ('pass', 'instagram', 'en', "#ad Glowlab foundation, no filter needed ✨", dict(rewarded=True, brand='Glowlab', jurisdiction='uk')),
    ('pass', 'instagram', 'en', "#ad My new Glowlab water filter jug, tastes so clean!", dict(rewarded=True, brand='Glowlab', jurisdiction='uk')),
    ('pass', 'instagram', 'fr', "Publicité · La crème solaire Glowlab SPF50, filtre UV minéral, zéro filtre sur la photo.", dict(rewarded=True, brand='Glowlab', jurisdiction='fr')),
    # money the author says they made, in a post that asks the reader to join the business: an income claim nobody can check
    # (FTC Act § 5, 16 CFR 437, FTC MLM guidance 2018; CPUTR Sch. 1 para 14, CAP 3.7; C. consom. L121-2 and L121-15)
    ('fail', 'facebook', 'en', "#ad I made $8,400 last month with Radiant Collective working from my phone 📱💰 Quit my 9–5 in March. Anyone can do this. Comment 'FREEDOM' and I'll send you the details!!", dict(rewarded=True, brand='Radiant Collective', jurisdiction='us')),
    ('fail', 'instagram', 'fr', "Publicité · J'ai gagné 3 200 € ce mois-ci avec Radiant, depuis mon canapé. Rejoins mon équipe, tout le monde peut le faire !", dict(rewarded=True, brand='Radiant Collective', jurisdiction='fr')),
    ('fail', 'instagram', 'en', "#ad Made $2k a month on the side with Radiant — DM me 'GLOW' and I'll show you how. Be your own boss!", dict(rewarded=True, brand='Radiant Collective', jurisdiction='uk')),
    ('pass', 'facebook', 'en', "#ad Our team raised $8,400 for the food bank last month with Radiant Collective. Thank you all!", dict(rewarded=True, brand='Radiant Collective', jurisdiction='us')),
    ('pass', 'instagram', 'en', "#ad Radiant's planner finally got my side hustle organised, and it's $20 off this week.", dict(rewarded=True, brand='Radiant Collective', jurisdiction='us')),
    # a retouched body shown as a slimming product's result exaggerates it like a beauty filter (FTC Act § 5, 16 CFR 255.2;
    # CAP 3.1 and 13.1); a retouch confined to the light, or no result claimed in the US, is left alone
    ('fail', 'instagram', 'en', "#ad Before vs after 6 weeks of @slimtide shakes 😱 no gym, no diet, just 2 shakes a day. Results speak for themselves!!", dict(rewarded=True, brand='Slimtide Shakes', jurisdiction='us', image_retouched=True)),
    ('fail', 'instagram', 'en', "#ad Down 2 dress sizes since January with my Slimtide meal replacement plan 💪", dict(rewarded=True, brand='Slimtide', jurisdiction='uk', image_retouched=True)),
    ('pass', 'instagram', 'en', "#ad My post-run Slimtide protein shake, chocolate flavour, photo edited for lighting only.", dict(rewarded=True, brand='Slimtide', jurisdiction='us', image_retouched=True)),
    ('pass', 'instagram', 'en', "#ad Before vs after 6 weeks of @slimtide shakes, lost 6 kg and kept it off.", dict(rewarded=True, brand='Slimtide Shakes', jurisdiction='us')),
    ('pass', 'linkedin', 'fr', "Le décret n° 2025-1204 est paru ce matin : les plafonds de frais bancaires baissent au 1er mars. On vous explique ce que ça change pour les PME.", dict(employee=True, rewarded=False, brand='Banque Orsay', jurisdiction='fr')),
]
add(LEAD10)

TEAM7 = [
    # a promotional word the author denies promotes nothing; an employee's post on work practice, no product (loi 2023-451 art. 1)
    ('pass', 'linkedin', 'fr', "Retour sur 3 ans de télétravail chez Brunelle (oui, j'y travaille, et non, ce n'est pas un post sponsorisé) : ce qui a marché, c'est la confiance ; ce qui n'a pas marché, les réunions à 8 h.", dict(employee=True, rewarded=False, brand='Brunelle', jurisdiction='fr')),
    # the denial does not undo the offer; an employee posing as a fan owes the link (C. consom. L121-4 22°; dir. 2005/29/CE annex I pt 22)
    ('fail', 'instagram', 'fr', "Ce n'est pas un post sponsorisé, juste un coup de cœur : la nouvelle théière Brunelle est à -20 % cette semaine, foncez !", dict(employee=True, rewarded=False, brand='Brunelle', jurisdiction='fr')),
    # 'sent us' in an employee's post is a gift to the team, no consideration for the author; no offer (16 CFR 255.0)
    ('pass', 'linkedin', 'en', "Last week a customer's café lost power before a big catering order. Our night shift stayed on the phone with her until it was fixed. She sent us a box of muffins. This is why I love working at Brunelle.", dict(employee=True, rewarded=False, brand='Brunelle', jurisdiction='us')),
    # an employee praising the brand's product as if sent it as an outsider: the employment is owed (16 CFR 255.5)
    ('fail', 'instagram', 'en', "Brunelle sent me their new kettle to try and honestly, obsessed. Best kettle on the market, link in bio!", dict(employee=True, rewarded=False, brand='Brunelle', jurisdiction='us')),
    # career advice; 'I love it' said of the job the sentence names: no product endorsed (16 CFR 255.0)
    ('pass', 'linkedin', 'en', "People ask how I got into product design without a degree. 1) I shipped side projects. 2) I asked for feedback. 3) I took a pay cut to switch. Now I'm at Brunelle and I love it.", dict(employee=True, rewarded=False, brand='Brunelle', jurisdiction='us')),
    # a career opening does not excuse the employer's product pushed without the link (16 CFR 255.5)
    ('fail', 'instagram', 'en', "People ask how I got into product design. Honestly? Use Brunelle's new planner app, it's the best on the market, link in bio!", dict(employee=True, rewarded=False, brand='Brunelle', jurisdiction='us')),
    # a rewarded employee owes « Publicité » or « Collaboration commerciale » on top of the business's voice (loi 2023-451 art. 5)
    ('fail', 'instagram', 'fr', "Notre pop-up Brunelle de Noël ouvre samedi ! Bougies artisanales, -20 % sur tout, 10 h-18 h rue de la Paix.", dict(employee=True, rewarded=True, brand='Brunelle', jurisdiction='fr')),
    # an unrewarded employee whose opening line speaks as the business it names: no consumer's pose, the art. 5 label is owed by rewarded influence (loi 2023-451 art. 1 and 5; dir. 2005/29/CE annex I pt 22)
    ('pass', 'linkedin', 'fr', "Ce matin, réunion d'équipe chez Brunelle : comment faire des bougies qui brûlent 80 heures.\n\nNotre nouvelle collection sort le 3 mars, précommandes ouvertes sur le site.", dict(employee=True, rewarded=False, brand='Brunelle', jurisdiction='fr')),
    # an employee given nothing shows the work (the harvest, the distillery): no drink advertised (CSP L3323-3; CAP 18.1)
    ('pass', 'instagram', 'fr', "Journée vendanges avec toute l'équipe 🍇 levés à 5 h, 35 °C, des courbatures partout mais quelle ambiance !", dict(employee=True, rewarded=False, brand='Domaine Brunelle', jurisdiction='fr')),
    ('fail', 'instagram', 'fr', "Vendanges finies ! Notre rosé 2024 est arrivé au caveau, venez le goûter ce week-end 🍷", dict(employee=True, rewarded=False, brand='Domaine Brunelle', jurisdiction='fr')),
    ('pass', 'instagram', 'en', "Our distillery team after a long week of audits 🥇 three years, one very grumpy still. Proud of this lot.", dict(employee=True, rewarded=False, brand='Brunelle Distilling', jurisdiction='uk')),
    ('fail', 'instagram', 'en', "Our distillery team is proud of the new small-batch gin: smooth, citrusy, perfect for your Friday, grab a bottle!", dict(employee=True, rewarded=False, brand='Brunelle Distilling', jurisdiction='uk')),
    # the launch names what the people presented made: a team post (16 CFR 255.0); an offer beside it is a promotion
    ('pass', 'instagram', 'en', "Meet the team behind Brunelle's new mobile app 👋 five engineers, one very patient designer, and a lot of coffee.", dict(employee=True, rewarded=False, brand='Brunelle', jurisdiction='us')),
    ('fail', 'instagram', 'en', "Meet the team behind Brunelle's new mobile app 👋 download it today, 20% off the first year!", dict(employee=True, rewarded=False, brand='Brunelle', jurisdiction='us')),
]
add(TEAM7)


# content10: content rules inside restricted sectors, read from the text, each as a family of wordings with near-twins
# that keep the other verdict: gambling as the way out of money worries or instead of a job (CAP 16.3.4; décret
# n° 2020-1349 art. 8), a minor or the sweet shop in a gambling or drink ad (CAP 16.3.12, 16.3.14, 18.14, 18.16;
# loi 2023-451 art. 4 II), a drink credited with courage (CAP 18.3, 18.5; C. santé publ. L3323-4), a nicotine pouch
# in its own words (loi 2023-451 art. 4 I; 21 CFR 1143.3), a cash ISA (a deposit) and a crypto firm's own risk summary
def _uk(brand, **kw):
    return dict(rewarded=True, employee=False, brand=brand, jurisdiction="uk", **kw)


def _fr(brand, **kw):
    return dict(rewarded=True, employee=False, brand=brand, jurisdiction="fr", **kw)


def _us(brand, **kw):
    return dict(rewarded=True, employee=False, brand=brand, jurisdiction="us", **kw)


_GI_UK = "CAP 16.3.4: gambling is no solution to financial concerns, no alternative to employment"
_GI_FR = "C. séc. int. L320-12 ; décret n° 2020-1349 art. 8 ; loi 2023-451 art. 4: le jeu n'est ni une source de revenus ni une solution financière"
_GI_OK = "a responsible-gambling message names the worry to say gambling is no answer to it (CAP 16.1, 16.3.4 read as a whole)"
_YO_UK = "CAP 16.3.12 and 16.3.14 (gambling: nothing appealing to under-18s, no one under 25 in a significant role); CAP 18.14 and 18.16 (alcohol)"
_YO_FR = "loi 2023-451 art. 4 II ; C. santé publ. L3342-1 et L3323-4 (rien qui vise ou attire les mineurs)"
_CF_UK = "CAP 18.3 and 18.5: alcohol linked to social or sexual success, to courage or enhanced confidence"
_CF_FR = "C. santé publ. L3323-4: indications objectives seulement, ni séduction ni assurance prêtée à la boisson"
_NI_FR = "loi 2023-451 art. 4 I: toute promotion de produits contenant de la nicotine par un influenceur est interdite (C. santé publ. L3513-4)"
_NI_US = "21 CFR 1143.3: a nicotine pouch's ad carries the nicotine warning in its upper portion"
CONTENT10 = [
    # A. gambling as the way out of money worries, or instead of a job
    ('fail', 'facebook', 'en', "#ad Gas and electric bills killing you this winter? A few spins at Reelhouse might be the answer 🎰 18+ BeGambleAware", _uk("Reelhouse Casino"), _GI_UK),
    ('fail', 'instagram', 'en', "#ad Struggling with the council tax this month? Grab 50 free spins at Reelhouse and let lady luck help out 🍀 18+ | BeGambleAware", _uk("Reelhouse Casino"), _GI_UK),
    ('fail', 'x', 'en', "#ad Won £400 on the Reelhouse slots and my electric bill is sorted ⚡ 18+ BeGambleAware", _uk("Reelhouse Casino"), _GI_UK),
    ('fail', 'bluesky', 'en', "#ad Skint till payday? Kingsbet's £20 free bet could tide you over 💷 18+ | BeGambleAware", _uk("Kingsbet"), _GI_UK),
    ('fail', 'instagram', 'en', "#ad Phone bill due and the Kingsbet acca came in just in time 🙏 way out of the red! 18+ BeGambleAware", _uk("Kingsbet"), _GI_UK),
    ('fail', 'mastodon', 'fr', "Publicité @turfo 💡 Facture d'électricité qui explose ? Un combiné bien placé et c'est réglé. Interdit aux mineurs. Jouer comporte des risques : 09 74 75 13 13", _fr("Turfo"), _GI_FR),
    ('fail', 'instagram', 'fr', "Publicité @parisvert Mes paris m'ont remboursé le découvert ce mois-ci 🙌 Adieu le patron ! Interdit aux moins de 18 ans. Jouer comporte des risques : 09 74 75 13 13", _fr("ParisVert"), _GI_FR),
    ('fail', 'x', 'fr', "Publicité Les paris sportifs me rapportent plus que mon ancien taf, qui a encore besoin d'un patron ? Code LUCA sur @betsolo. Interdit aux mineurs. Jouer comporte des risques : 09 74 75 13 13", _fr("Betsolo"), _GI_FR),
    ('fail', 'bluesky', 'fr', "Publicité @parionsvert Grâce aux paris j'ai payé les courses et l'essence ce mois-ci 💸 Inscris-toi avec mon code ! Interdit aux mineurs. Jouer comporte des risques : 09 74 75 13 13", _fr("Parions Vert"), _GI_FR),
    ('pass', 'facebook', 'en', "#ad Spinrush: 100 free spins on Fire Reels this weekend 🎰 Play for fun, never to pay the bills. 18+ BeGambleAware", _uk("Spinrush Casino"), _GI_OK),
    ('pass', 'instagram', 'en', "#ad Gambling is never a way out of money worries. Set a deposit limit on Kingsbet and only bet what you can afford to lose. 18+ BeGambleAware", _uk("Kingsbet"), _GI_OK),
    ('pass', 'instagram', 'fr', "Publicité Les paris, c'est un loisir, pas une solution pour payer le loyer. Fixe-toi des limites sur @parisvert. Interdit aux mineurs. Jouer comporte des risques : 09 74 75 13 13", _fr("ParisVert"), _GI_OK),
    ('pass', 'instagram', 'en', "#ad Energy bill through the roof? Switch to Brightside Energy's fixed tariff and save £120 a year 💡", _uk("Brightside Energy"), "no gambling: an energy supplier's offer (CAP 3.1 only)"),
    # B. youth: a minor shown or addressed, sweets and cartoons for a drink
    ('fail', 'instagram', 'en', "#ad Taught my little brother (15) how to build a Kingsbet bet builder 😂 18+ BeGambleAware", _uk("Kingsbet"), _YO_UK),
    ('fail', 'instagram', 'en', "#ad Me and my cousin (she's 17!) doing our Grand National picks on Kingsbet 🐎 18+ | BeGambleAware", _uk("Kingsbet"), _YO_UK),
    ('fail', 'instagram', 'en', "#ad Fizzbang's new 4% alcopop in Sherbet Lemon 🍋 tastes like the sweet shop, my kid sister can't get enough", _uk("Fizzbang Drinks"), _YO_UK),
    ('fail', 'mastodon', 'en', "#ad @frostlinevodka Bubblegum and Cola Bottle vodka shots 🍬 basically pick n mix in a glass", _uk("Frostline Vodka"), _YO_UK),
    ('fail', 'instagram', 'fr', "Publicité Le nouveau rhum arrangé Fraise Tagada de @rhumsoleil 🍬 comme les bonbons de notre enfance ! L'abus d'alcool est dangereux pour la santé, à consommer avec modération.", _fr("Rhum Soleil"), _YO_FR),
    ('fail', 'instagram', 'fr', "Publicité Mon petit frère (16 ans) m'aide à faire mon combiné Winamax du week-end ⚽ Interdit aux moins de 18 ans. Jouer comporte des risques : 09 74 75 13 13", _fr("Winamax"), _YO_FR),
    ('pass', 'instagram', 'en', "#ad Me and my brother picking our Kingsbet acca for the derby ⚽ 18+ | BeGambleAware", _uk("Kingsbet"), "an adult relative, no age given: nothing aimed at or featuring under-18s"),
    ('pass', 'instagram', 'en', "#ad Carrick Whisky 12-year-old single malt: toffee, oak and a long peaty finish, 43% ABV. Please drink responsibly 🥃", _uk("Carrick Whisky"), "a whisky's age and its tasting notes: factual (CAP 18.1)"),
    ('pass', 'instagram', 'en', "#ad Our Sour Cherry cider: 4.5% ABV, Kentish cherries, 500ml cans. Please drink responsibly.", _uk("Orchard Lane Cider"), "a fruit named as the drink's fruit: no sweet-shop flavour (CAP 18.14)"),
    ('pass', 'instagram', 'en', "#ad Happy 30th to my little bro! We celebrated with a Carrick Whisky tasting 🥃 Please drink responsibly", _uk("Carrick Whisky"), "an adult relative's birthday: no one under 25 shown (CAP 18.16)"),
    ('pass', 'instagram', 'fr', "Publicité Notre liqueur de fraise, 18 % vol., fraises de Plougastel. L'abus d'alcool est dangereux pour la santé, à consommer avec modération.", _fr("Liqueurs Kerlan"), "fruit et degré : information objective (C. santé publ. L3323-4)"),
    # C. alcohol and confidence, courage, pulling
    ('fail', 'instagram', 'en', "#ad One @carrickwhisky and I finally had the guts to ask her out 🥃", _uk("Carrick Whisky"), _CF_UK),
    ('fail', 'instagram', 'en', "#ad Dutch courage courtesy of Brightwater Gin 🍸 walked straight up to him and got his number", _uk("Brightwater Gin"), _CF_UK),
    ('fail', 'x', 'en', "#ad Two pints of Harbour Lager and suddenly I'm the funniest guy in the room 😎", _uk("Harbour Brewing"), _CF_UK),
    ('fail', 'instagram', 'en', "#ad Needed a glass of Fernhill rosé to work up the nerve to text him back 🍷 worked a charm", _uk("Fernhill Wines"), _CF_UK),
    ('fail', 'instagram', 'fr', "Publicité Deux verres de @ginsoleil et j'ai enfin osé lui parler 😏 plus sûr de soi, tu meurs. L'abus d'alcool est dangereux pour la santé, à consommer avec modération.", _fr("Gin Soleil"), _CF_FR),
    ('fail', 'instagram', 'fr', "Publicité Un petit rhum @rhumsoleil pour me donner du courage avant d'aller l'aborder 🥃 L'abus d'alcool est dangereux pour la santé.", _fr("Rhum Soleil"), _CF_FR),
    ('pass', 'instagram', 'en', "#ad It took guts to quit my job and start a distillery, and Carrick's first single malt is finally out 🥃 43% ABV. Please drink responsibly", _uk("Carrick Whisky"), "the courage is the founder's, not the drink's (CAP 18.3)"),
    ('pass', 'instagram', 'fr', "Publicité Notre gin @ginsoleil, 40 % vol., genièvre et citron de Menton : j'en suis sûre, vous allez aimer. L'abus d'alcool est dangereux pour la santé, à consommer avec modération.", _fr("Gin Soleil"), "assurance sur le goût, pas prêtée au buveur (C. santé publ. L3323-4)"),
    # D. nicotine pouches in their own words
    ('fail', 'instagram', 'fr', "Publicité @nordpouch Sachets Cool Mint 10 mg, sans tabac, zéro fumée, parfaits en réunion. Code LEA -10 %", _fr("Nordpouch"), _NI_FR),
    ('fail', 'instagram', 'fr', "Collaboration commerciale avec Snusia : mes petits sachets Berry Frost 4 mg, sans fumée et sans odeur 🧊 lien en bio", _fr("Snusia"), _NI_FR),
    ('fail', 'x', 'fr', "Publicité Mes pouches Ice Cool 6mg de @frostnic, discrètes au bureau 🧊", _fr("Frostnic"), _NI_FR),
    ('fail', 'instagram', 'en', "#ad Frostnic tobacco-free nicotine pouches in Arctic Mint 6mg, smoke-free and office-friendly", _us("Frostnic"), _NI_US),
    ('pass', 'instagram', 'fr', "Publicité Mes sachets de thé Ice Mint de @infusia, zéro sucre, parfaits pour le bureau 🍵", _fr("Infusia"), "des sachets de thé : aucun produit nicotiné"),
    ('pass', 'instagram', 'fr', "Mois sans tabac : j'ai arrêté de fumer il y a 6 mois, zéro fumée, zéro regret 💪", dict(rewarded=False, employee=False, jurisdiction="fr"), "prévention, personne ne promeut rien"),
    ('pass', 'instagram', 'en', "#ad Emberline's smoke-free fire pit: 6 mm steel, no smoke in your eyes 🔥", _uk("Emberline"), "a smoke-free fire pit: no nicotine product"),
    # F. deposits and the firm's own risk summary
    ('pass', 'x', 'en', "I work at Ferncastle (so biased!) but our easy-access Cash ISA now pays 4.1% AER variable, opened mine in the app in a minute.", dict(employee=True, rewarded=False, brand="Ferncastle Bank", jurisdiction="uk"), "a cash ISA is a deposit (BCOBS; FPO art. 22): no investment promotion, the employment is stated"),
    ('pass', 'instagram', 'en', "#ad Moved my rainy-day pot into the Brightbank Cash ISA 🌧️ 4% AER, takes two minutes in the app.", _uk("Brightbank"), "a deposit promotion labelled as an ad (CAP 2.1); no s. 21 investment"),
    ('warn', 'x', 'en', "I work at Ferncastle: our Stocks & Shares ISA lets you invest from £1, one of our funds returned 12% last year!", dict(employee=True, rewarded=False, brand="Ferncastle Bank", jurisdiction="uk"), "an investment with no risk warning: the firm's approval and balance for a reviewer (FSMA s. 21; COBS 4.5A)"),
    ('pass', 'linkedin', 'en', "I'm on the compliance team at Harborcoin and we just rewrote our cryptoasset risk summary so anyone can follow it.\n\nDon't invest unless you're prepared to lose all the money you invest. This is a high-risk investment and you should not expect to be protected if something goes wrong. Take 2 mins to learn more.", dict(employee=True, rewarded=False, brand="Harborcoin", jurisdiction="uk"), "the firm's own staff share its risk summary with the prescribed warning in full (COBS 4.12A.10R-11R), no incentive, no call to buy"),
    ('fail', 'linkedin', 'en', "I work at Harborcoin and our app now gives you £10 of free BTC when you sign up!\n\nDon't invest unless you're prepared to lose all the money you invest. This is a high-risk investment and you should not expect to be protected if something goes wrong.", dict(employee=True, rewarded=False, brand="Harborcoin", jurisdiction="uk"), "COBS 4.12A.7R: no incentive to invest, whoever speaks"),
    ('warn', 'instagram', 'en', "#ad Harborcoin's new app makes buying bitcoin easy.\n\nDon't invest unless you're prepared to lose all the money you invest. This is a high-risk investment and you should not expect to be protected if something goes wrong.", _uk("Harborcoin"), "an outside promoter: the s. 21 approval or the firm's registration is for a reviewer (FCA FG24/1)"),
    # second batch, other writers: A. the worry or the job in other words: the worry or the job in other words
    ('fail', 'facebook', 'en', "#ad Can't afford the rent this month? A lucky spin at Reelhouse could sort it 🎰 18+ BeGambleAware", _uk("Reelhouse Casino"), _GI_UK),
    ('fail', 'x', 'en', "#ad bye bye 9-5 👋 Kingsbet accas pay better than my old job ever did. 18+ | BeGambleAware", _uk("Kingsbet"), _GI_UK),
    ('fail', 'instagram', 'fr', "Publicité Galère à payer le loyer ? Tente ta chance sur @turfo, un bon pari et c'est bouclé 💸 Interdit aux mineurs. Jouer comporte des risques : 09 74 75 13 13", _fr("Turfo"), _GI_FR),
    ('pass', 'facebook', 'en', "#ad If you can't pay your bills, gambling isn't the answer. Kingsbet: set limits, take breaks. 18+ BeGambleAware", _uk("Kingsbet"), _GI_OK),
    ('pass', 'instagram', 'fr', "Publicité Ne jouez jamais pour payer vos factures. Sur @turfo, fixez vos limites de dépôt. Interdit aux mineurs. Jouer comporte des risques : 09 74 75 13 13", _fr("Turfo"), _GI_OK),
    ('pass', 'instagram', 'fr', "Publicité Une course de folie à Longchamp dimanche 🐎 mon pari chez @turfo pour le Prix de l'Arc. Interdit aux mineurs. Jouer comporte des risques : 09 74 75 13 13", _fr("Turfo"), "une course est une course : aucun souci d'argent"),
    # B. youth, more writers
    ('fail', 'instagram', 'en', "#ad My nephew's 14 and already asking to try Fizzbang's Candy Floss cider 😂🍭", _uk("Fizzbang Drinks"), _YO_UK),
    ('fail', 'instagram', 'fr', "Publicité La nouvelle bière aromatisée Barbe à Papa de @brasseriesoleil 🍭 ma petite sœur l'adore ! L'abus d'alcool est dangereux pour la santé, à consommer avec modération.", _fr("Brasserie Soleil"), _YO_FR),
    ('pass', 'instagram', 'en', "#ad Carrick single malt, aged 12 years in sherry casks 🥃 43% ABV. Please drink responsibly", _uk("Carrick Whisky"), "a whisky's age: no person's (CAP 18.16)"),
    ('pass', 'instagram', 'fr', "Publicité Notre rosé 2024 : robe pâle, notes de bonbon acidulé et de pamplemousse, 12,5 % vol. L'abus d'alcool est dangereux pour la santé, à consommer avec modération.", _fr("Domaine Kerlan"), "une note de dégustation : information objective (C. santé publ. L3323-4)"),
    ('pass', 'instagram', 'en', "#ad Our distillery just turned 10 🎉 and Carrick's anniversary single malt is out. 46% ABV, please drink responsibly", _uk("Carrick Whisky"), "a distillery's age: no minor (CAP 18.16)"),
    ('pass', 'instagram', 'fr', "Publicité Notre rhum ? Il a 12 ans d'âge et 42 % vol. L'abus d'alcool est dangereux pour la santé, à consommer avec modération.", _fr("Rhum Soleil"), "l'âge d'un rhum : information objective"),
    # C. confidence, more writers
    ('fail', 'x', 'en', "#ad a couple of Harbour Lagers and I actually went up to her. reader, she's my wife now 🍺", _uk("Harbour Brewing"), _CF_UK),
    ('fail', 'instagram', 'fr', "Publicité Un verre de @ginsoleil et je suis devenue la reine de la soirée 💃 L'abus d'alcool est dangereux pour la santé.", _fr("Gin Soleil"), _CF_FR),
    ('pass', 'linkedin', 'en', "#ad Ten years ago our founders had the courage to go it alone. Today Carrick Whisky ships to 30 countries 🥃 Please drink responsibly", _uk("Carrick Whisky"), "the founders' courage, not the drink's (CAP 18.3)"),
    ('pass', 'instagram', 'fr', "Publicité Chez @domainekerlan, la traçabilité de chaque bouteille nous donne confiance dans nos vins. 13 % vol. L'abus d'alcool est dangereux pour la santé, à consommer avec modération.", _fr("Domaine Kerlan"), "confiance du producteur dans sa traçabilité : information objective"),
    ('pass', 'instagram', 'en', "#ad Pulling pints at the Harbour Lager taproom this weekend 🍺 4.2% ABV. Please drink responsibly", _uk("Harbour Brewing"), "pulling pints: a bar's work, not a conquest (CAP 18.3)"),
    # D. nicotine, more writers; caffeine pouches stay out
    ('fail', 'instagram', 'fr', "Publicité Snus blanc @frostnic, portions Arctic 8 mg, zéro fumée 🧊 -20 % avec le code ZOE", _fr("Frostnic"), _NI_FR),
    ('pass', 'instagram', 'en', "#ad Thunderbolt energy pouches Citrus 50 mg caffeine, zero sugar ⚡", _us("Thunderbolt"), "caffeine pouches: no nicotine (21 CFR 1143 does not apply)"),
    # F. deposits
    ('pass', 'instagram', 'fr', "Publicité Mon Livret A chez @banqueloire, simple et sans frais 🏦", _fr("Banque Loire"), "un livret réglementé : aucun risque d'investissement"),
    # third batch: a bill asked as a question, a job lost, candy as likeness, the room's star; twins that keep their verdict
    ('fail', 'x', 'en', "#ad Student loan? What student loan 😂 Kingsbet acca landed again. 18+ BeGambleAware", _uk("Kingsbet"), _GI_UK),
    ('fail', 'mastodon', 'fr', "Publicité Fin de mois compliquée ? Moi je compte sur mes paris @turfo 😎 Interdit aux mineurs. Jouer comporte des risques : 09 74 75 13 13", _fr("Turfo"), _GI_FR),
    ('fail', 'facebook', 'en', "#ad Got laid off last month but BetRiver has been keeping the lights on 💡 21+ 1-800-GAMBLER", _us("BetRiver"), "AGA Responsible Marketing Code: no gambling as an alternative to employment or a way to pay bills"),
    ('pass', 'instagram', 'en', "#ad Title race heating up? Back your team with Kingsbet price boosts ⚽ 18+ BeGambleAware", _uk("Kingsbet"), "a title race heating up: no household bill"),
    ('pass', 'instagram', 'en', "#ad Spurs sacked their manager, back the new boss bounce with Kingsbet 18+ BeGambleAware", _uk("Kingsbet"), "a manager sacked is football news, not the author's job given up for gambling"),
    ('pass', 'facebook', 'en', "#ad Kingsbet: set a deposit limit before you play. Gambling is entertainment, not a way to make money. 18+ BeGambleAware", _uk("Kingsbet"), _GI_OK),
    ('fail', 'instagram', 'en', "#ad Frostline vodka in Rainbow Sour Belts flavour 🌈 it's literally candy", _uk("Frostline Vodka"), _YO_UK),
    ('fail', 'x', 'en', "#ad Three Harbour Lagers in and I'm the funniest person at the party 🍺", _uk("Harbour Brewing"), _CF_UK),
    ('fail', 'bluesky', 'en', "#ad Can't dance sober but after a Velvet Rum I own the dancefloor 💃", _uk("Velvet Rum"), _CF_UK),
    ('pass', 'instagram', 'en', "#ad Brightwater Gin: confidence in every batch, distilled in small runs. 40% ABV. Please drink responsibly", _uk("Brightwater Gin"), "the distiller's confidence in the batch, not the drinker's (CAP 18.5)"),
    ('pass', 'instagram', 'en', "#ad Carrick Whisky's new 16-year-old expression: rich, smoky, 46% ABV. Please drink responsibly 🥃", _uk("Carrick Whisky"), "a whisky's age: no person's (CAP 18.16)"),
]
add(CONTENT10, "content10")

# owed10: when an employee's post owes the link (issue #15). An employee given nothing owes it when the post promotes the
#      employer's goods or services (loi 2023-451 art. 1 « promouvoir des biens, des services »; C. consom. L121-4 22° and dir.
#      2005/29/CE annex I pt 22: no posing as a consumer; 16 CFR 255.5; CPUTR Sch. 1 para 22). Families: a claim of
#      performance, price or availability whose subject is the brand's product; a bio or profile pointed at instead of
#      the link; a bare brand domain; a call to the reader as customer or patient; a talk, a new job, a last week as the
#      purpose; a salaried author who says nobody pays for the post. Near-twins keep the other verdict.
_OE = lambda brand, j: dict(employee=True, rewarded=False, brand=brand, jurisdiction=j)  # noqa: E731
OWED10 = [
    # (1) the brand's product is the subject of a claim of performance, price or availability: the employee promotes it
    ('fail', 'instagram', 'fr', "Le sérum hydratant d'Aubelle tient 48 heures, même sous la clim du train ✨", _OE('Aubelle', 'fr'),
     "C. consom. L121-4 22° : une salariée vante la tenue du produit de sa marque sans dire le lien"),
    ('fail', 'facebook', 'fr', "Le virement instantané de Banque Orée est gratuit et marche 7j/7 😎 Fini d'attendre trois jours.",
     _OE('Banque Orée', 'fr'), "C. consom. L121-4 22° : prix et disponibilité du service de l'employeur, lien tu"),
    ('fail', 'x', 'fr', "Les forfaits d'Ondine sont sans engagement et la 5G est incluse partout. Toute la famille y est passée.",
     _OE('Ondine', 'fr'), "loi 2023-451 art. 1 ; C. consom. L121-4 22° : l'offre de l'employeur présentée en cliente"),
    ('fail', 'instagram', 'en', "Corvane's new trail shoe lasts 800 miles before the foam goes flat. Ran two ultras in mine.",
     _OE('Corvane', 'us'), "16 CFR 255.5: an employee's performance claim for the employer's shoe, connection undisclosed"),
    ('fail', 'linkedin', 'en', "Brisa Energy's home batteries are free to install this winter and keep the lights on for 10 hours in a blackout.",
     _OE('Brisa Energy', 'uk'), "CPUTR Sch. 1 para 22; CAP 2.1: the employer's offer and performance, the link left out"),
    ('fail', 'x', 'en', "Lumo's e-bike charges in 40 minutes and the battery is guaranteed for 5 years. Best commute upgrade.",
     _OE('Lumo', 'us'), "16 CFR 255.5: the product's charge time and warranty praised by its maker's employee"),
    # near-twins: the team, the job, the work are the subject; nothing of the brand's is sold (loi 2023-451 art. 1; 16 CFR 255.0)
    ('pass', 'linkedin', 'fr', "L'équipe R&D d'Aubelle tient le rythme depuis 14 mois sur ce projet, chapeau à elles 💪", _OE('Aubelle', 'fr'),
     "loi 2023-451 art. 1 : l'équipe est le sujet, aucun produit vanté"),
    ('pass', 'linkedin', 'en', "Corvane's platform team worked 24/7 through the migration weekend. Proud of this crew.", _OE('Corvane', 'us'),
     "16 CFR 255.0: the team's effort, no product offered"),
    ('pass', 'linkedin', 'en', "My first year at Brisa Energy: the hours are flexible, the coffee is free and the people are kind.",
     _OE('Brisa Energy', 'uk'), "CAP 1.1: the workplace described, no marketing communication"),
    # (2) the bio or the profile pointed at instead of the link: the connection withheld from the post
    ('fail', 'instagram', 'fr', "Le nouveau parfum de Maison Ilys tient toute la journée 🌸 Pour qui je bosse ? C'est dans ma bio 😉",
     _OE('Maison Ilys', 'fr'), "C. consom. L121-4 22° : la bio ne dit pas le lien dans la publication"),
    ('fail', 'x', 'en', "Have you tried Halden Coffee's cold brew yet? Smoothest cup in town. (Check my profile for where I work.)",
     _OE('Halden Coffee', 'uk'), "CPUTR Sch. 1 para 22; CMA/ASA guide: a profile is not the post"),
    ('fail', 'linkedin', 'en', "If you're still printing return labels, stop. Parcelo's returns are free and take 30 seconds. (See my bio for who I work for.)",
     _OE('Parcelo', 'us'), "16 CFR 255.5; FTC Disclosures 101: not in the bio alone"),
    ('fail', 'instagram', 'fr', "Qui je suis ? Tout est dans ma bio 😇 En attendant, la nouvelle gourde Ondine garde l'eau fraîche 24 heures.",
     _OE('Ondine', 'fr'), "C. consom. L121-4 22° : renvoi à la bio, lien absent du post"),
    # near-twin: a team's milestone with the same pointer promotes nothing, nothing is owed (loi 2023-451 art. 1)
    ('pass', 'linkedin', 'en', "1,000 days without an accident for the Halden Coffee roastery crew 🎉 (Where I work is in my bio, but you guessed it.)",
     _OE('Halden Coffee', 'uk'), "CAP 1.1: a safety milestone, no product promoted"),
    ('pass', 'instagram', 'en', "Link in bio to apply: Halden Coffee is hiring baristas in Leeds!", _OE('Halden Coffee', 'uk'),
     "a job ad: no commercial communication"),
    # (3) a bare brand domain is the shop one tap away; a job ad or a report sends there too
    ('fail', 'linkedin', 'en', "Spent the weekend sorting my garage with Stowly's stackable tubs. Honestly never going back. stowly.com",
     _OE('Stowly', 'us'), "16 CFR 255.5: the employer's site handed to the reader as a customer's tip"),
    ('fail', 'facebook', 'fr', "Encore une fuite un dimanche soir ? Un plombier en moins d'une heure, tout est sur depanlo.fr 😉",
     _OE('Depanlo', 'fr'), "C. consom. L121-4 22° : le site de l'employeur proposé au lecteur"),
    ('pass', 'linkedin', 'en', "We're hiring three backend engineers in Lisbon! Details at stowly.com", _OE('Stowly', 'us'),
     "a job ad: no commercial communication"),
    ('pass', 'linkedin', 'fr', "Notre rapport d'impact 2025 est en ligne sur depanlo.fr : 12 000 interventions, 40 % d'artisans en plus.",
     _OE('Depanlo', 'fr'), "loi 2023-451 art. 1 : un rapport d'entreprise, rien de vendu"),
    ('pass', 'linkedin', 'en', "Thank you all for the kind messages this week! You can reach me at maria@stowly.com", _OE('Stowly', 'us'),
     "an e-mail address is no shop link"),
    # (4) a call to the reader as customer or patient turns a team's pride into the product's promotion
    ('fail', 'linkedin', 'en', "So proud of my team at Veridia Health 💙 our inhaler Breathra is now covered by most insurers. Ask your doctor if it's right for you.",
     _OE('Veridia Health', 'us'), "16 CFR 255.5: a consumer call about the employer's drug, connection unclear"),
    ('fail', 'facebook', 'fr', "Fière de mon équipe ! Notre spray Nasoline est désormais en pharmacie, demandez conseil à votre pharmacien 👩‍⚕️",
     _OE('Laboratoires Ombrine', 'fr'), "C. consom. L121-4 22° ; loi 2023-451 art. 1 : un appel au lecteur-patient"),
    ('pass', 'linkedin', 'fr', "Journée mondiale de la migraine : si vous souffrez de migraines, parlez-en à votre médecin. Fière de travailler chez Ombrine.",
     _OE('Laboratoires Ombrine', 'fr'), "CSP L5122-1 : information de santé publique, aucun produit nommé"),
    # (5) a talk, a new job, a last week: the purpose is the author's career, not a sale (loi 2023-451 art. 1; 16 CFR 255.0)
    ('pass', 'linkedin', 'en', "I'll be speaking at DevOpsDays Leeds on Thursday about how we rebuilt our app's release pipeline (spoiler: lots of "
     "rollbacks, one very long night). I'm a staff engineer at Parcelo, come say hi after the talk!", _OE('Parcelo', 'uk'),
     "CAP 1.1: a conference talk, nothing offered"),
    ('pass', 'linkedin', 'fr', "Mardi 10 h, j'interviens au Web2Day pour raconter la refonte de notre appli de réservation, ratés compris. "
     "Je suis product manager chez Trivela, on se retrouve après la conférence ?", _OE('Trivela', 'fr'),
     "loi 2023-451 art. 1 : une intervention en conférence"),
    ('pass', 'linkedin', 'en', "Personal news: today I'm joining the design team at Halden Coffee ☕ After 8 years agency-side, back to making "
     "things people hold in their hands.", _OE('Halden Coffee', 'uk'), "a new job announced, nothing sold"),
    ('pass', 'linkedin', 'fr', "Ma dernière semaine chez Depanlo. Quatre ans, trois déménagements, une appli qui a bien grandi. Merci à tous.",
     _OE('Depanlo', 'fr'), "un départ, rien de vendu"),
    ('fail', 'linkedin', 'en', "I'll be speaking at SaaStr about Parcelo's returns API. Book a demo at our booth for 20% off your first year!",
     _OE('Parcelo', 'us'), "16 CFR 255.5: an offer beside the talk, the link unstated"),
    # (6) a salaried author who says nobody pays for the post tells the connection truly (16 CFR 255.5; C. trav. L3312-4)
    ('pass', 'linkedin', 'fr', "Chez Budgeto, on vient de sortir le mode hors-ligne 🎉 Pour être clair : je suis salarié, personne ne me paie pour ce post.",
     _OE('Budgeto', 'fr'), "C. consom. L121-4 22° : le lien est dit, le démenti porte sur une contrepartie qui n'existe pas"),
    ('pass', 'linkedin', 'en', "I work at Halden Coffee and our oat flat white is back today. To be clear, I'm an employee and nobody pays me extra for posting this.",
     _OE('Halden Coffee', 'us'), "16 CFR 255.5: the employment stated, the denial is true"),
    ('fail', 'x', 'fr', "Personne ne me paie pour dire ça : l'appli Budgeto est la meilleure du marché.", _OE('Budgeto', 'fr'),
     "C. consom. L121-4 22° : le démenti cache le lien d'emploi"),
]
# owed10, second round: the same families in other words, other brands and networks
OWED10 += [
    ('fail', 'instagram', 'fr', "Le mascara Velvéa ne coule pas, même après 10 heures de danse 💃", _OE('Velvéa', 'fr'),
     "C. consom. L121-4 22° : une qualité du produit vantée par une salariée, lien tu"),
    ('fail', 'x', 'en', "Nobody talks about how Ferro's dishwasher tablets clean in 20 minutes flat. Game over for scrubbing.", _OE('Ferro', 'us'),
     "16 CFR 255.5: the employer's product's performance, connection undisclosed"),
    ('fail', 'facebook', 'fr', "La box Fibrex est à 19,99 €/mois sans engagement, j'ai convaincu mes parents 😄", _OE('Fibrex', 'fr'),
     "loi 2023-451 art. 1 ; C. consom. L121-4 22° : le prix de l'offre de l'employeur, une histoire de famille autour"),
    ('fail', 'linkedin', 'en', "Heads up: Arlo Bank's savings account pays 4.5% and there are zero fees. Moved all my savings.", _OE('Arlo Bank', 'uk'),
     "CPUTR Sch. 1 para 22: the employer's rate praised as a customer's tip"),
    ('fail', 'x', 'en', "Delivery from Pantri now takes 15 minutes in most of London. Ordered dinner last night, still warm 🔥", _OE('Pantri', 'uk'),
     "CPUTR Sch. 1 para 22: the service's speed, the link left out"),
    ('pass', 'linkedin', 'en', "Our support team at Pantri now covers 24/7 in three languages. Proud of how far they've come.", _OE('Pantri', 'uk'),
     "the team is the subject; its link stated (16 CFR 255.0)"),
    ('pass', 'linkedin', 'en', "Ferro's Leeds plant runs 24/7 and today our night shift hit 1,000 days without an injury.", _OE('Ferro', 'uk'),
     "a site's safety milestone: no product promoted (CAP 1.1)"),
    ('fail', 'instagram', 'fr', "Ce fond de teint Velvéa tient 16 heures, je vous jure. (Mon employeur ? Voir bio.)", _OE('Velvéa', 'fr'),
     "C. consom. L121-4 22° : l'employeur renvoyé à la bio"),
    ('fail', 'x', 'en', "Koru's bottle is the only one that survived my toddler. Disclosure in bio.", _OE('Koru', 'us'),
     "FTC Disclosures 101: a disclosure in the bio is not in the endorsement"),
    ('fail', 'x', 'en', "Stop overpaying for broadband. fibrex.co.uk, thank me later.", _OE('Fibrex', 'uk'),
     "CPUTR Sch. 1 para 22: the employer's site handed to the reader"),
    ('fail', 'instagram', 'fr', "Mes cadeaux de Noël sont tous venus de www.bambi.fr cette année 🎁", _OE('Bambi', 'fr'),
     "C. consom. L121-4 22° : le site de l'employeur, en cliente"),
    ('pass', 'linkedin', 'en', "Our annual results are out. Full report at ferro.com", _OE('Ferro', 'uk'), "corporate results: no promotion"),
    ('pass', 'linkedin', 'en', "Excited to share I'll be on a panel at Web Summit next week talking about how Pantri built its delivery network. I lead "
     "logistics at Pantri, find me after!", _OE('Pantri', 'uk'), "a panel: the author's work shown to peers (CAP 1.1)"),
    ('pass', 'linkedin', 'fr', "Premier jour chez Fibrex aujourd'hui ! Hâte de découvrir l'équipe réseau et nos futures box 📦", _OE('Fibrex', 'fr'),
     "un nouveau poste, rien de vendu (loi 2023-451 art. 1)"),
    ('pass', 'linkedin', 'fr', "Je donnerai une conférence au Salon de l'Agriculture sur nos couches compostables, je suis ingénieure chez Bambi.",
     _OE('Bambi', 'fr'), "une conférence donnée, rien de vendu (loi 2023-451 art. 1)"),
    ('pass', 'linkedin', 'fr', "Je bosse chez Fibrex (personne ne me paie pour ce post, hein) et on vient de passer la fibre à 8 Gb/s.", _OE('Fibrex', 'fr'),
     "le lien dit, la paie du post niée à bon droit (C. consom. L121-4 22°)"),
]
# the author runs the brand's shop or branch: the connection is said (16 CFR 255.5; C. consom. L121-4 22°); a customer's
# love of the same shop says none
OWED10 += [
    ('pass', 'facebook', 'en', "I run the Pantri store on Kings Road, so I'm biased, but our weekend bake sale is back: 2 loaves for £5, see you there!",
     _OE('Pantri', 'uk'), "CPUTR Sch. 1 para 22: the author's link said up front"),
    ('pass', 'facebook', 'fr', "Je gère la boutique Fibrex de Rennes : la box est à 19,99 € ce mois-ci, passez nous voir !", _OE('Fibrex', 'fr'),
     "C. consom. L121-4 22° : le lien est dit ; salarié sans contrepartie, pas de mention « Publicité » (loi 2023-451 art. 5)"),
    ('fail', 'facebook', 'en', "I love the Pantri store on Kings Road, best bake sale in town, 20% off with code BAKE20!", _OE('Pantri', 'uk'),
     "CPUTR Sch. 1 para 22: an employee as a fan, the link unsaid"),
]
add(OWED10, "owed10")
# words10: the employment and the payment said in natural words, and the image label's language (issue #15).
# - A connection said by the job's work or name ("I brew at X", "I'm one of the nurse prescribers at X", "receptionist at X
#   here", « Chez X, où je suis maître de chai depuis 2016, nous … », « je torréfie chez X ») is the employment in plain
#   words: 16 CFR 255.5 (the connection must be clear, not a formula); CPUTR 2008 Sch. 1 para 22 and directive 2005/29/CE
#   annex I pt 22 (not posing as a consumer); C. consom. L121-4 22°. Near-twins keep failing: a customer "at X" ("one of
#   the regulars", "I shop / train at X", « où je suis cliente / passée »), a former job ("I used to cook at"), "so I'm
#   biased" with no connection named, the role told far below the fold.
# - A referral payment said plainly ("if you sign up I get $50", "I make a few bucks if you buy through my link") is the
#   FTC's adequate disclosure (Endorsement Guides FAQ: "I get commissions for purchases made through links in this post");
#   not the reader's own bonus ("you get $50"), a discount or a card's cashback the author got. The UK asks "Ad" (CAP 2.1;
#   ASA/CMA influencers' guide), France « Publicité » / « Collaboration commerciale » (loi 2023-451 art. 5).
# - On a French post the image label owed is French (loi 2023-451 art. 5 III « Image virtuelle »; loi Toubon n° 94-665
#   art. 2): an English label set as the label ("AI-generated image") fails even beside a French description of the model;
#   a French label, or a French description alone (decided above: « Lola est un personnage virtuel »), passes.
_W10E = dict(employee=True, rewarded=False)
_W10R = dict(employee=False, rewarded=True)
WORDS10 = [
    # --- the work or the job's name said at the brand (16 CFR 255.5; CPUTR Sch. 1 para 22) ---
    ('pass', 'instagram', 'en', "I bake at Crumb & Co, so I'm biased 🥐 but the cardamom buns are back this Saturday, best in town, pre-order yours now!",
     dict(_W10E, brand='Crumb & Co', jurisdiction='us')),
    ('pass', 'x', 'en', "Full disclosure: I cook at Hearth Kitchen. Our winter menu starts Thursday: braised short rib, celeriac mash and a proper sticky toffee pudding. Book now!",
     dict(_W10E, brand='Hearth Kitchen', jurisdiction='uk')),
    ('pass', 'x', 'en', "I code for Tallyhub (yes, I'm biased): the new invoice export ships today, CSV and PDF, no more copy-paste. Try it free today!",
     dict(_W10E, brand='Tallyhub', jurisdiction='us')),
    ('pass', 'facebook', 'en', "I'm one of the physiotherapists at Kinetic Clinic in Glasgow. We've added evening appointments for sports injuries, Tuesdays and Thursdays. Book now!",
     dict(_W10E, brand='Kinetic Clinic', jurisdiction='uk')),
    ('pass', 'instagram', 'en', "I'm one of the roasters at Ridgeline Coffee, so take this with a grain of salt: our new Ethiopia Guji lot is the best we've had in years.",
     dict(_W10E, brand='Ridgeline Coffee', jurisdiction='us')),
    ('pass', 'instagram', 'en', "Receptionist at Brightwell Dental here 👋 we now have Saturday morning cleanings, 20% off your first visit. Book now!",
     dict(_W10E, brand='Brightwell Dental', jurisdiction='us')),
    ('pass', 'instagram', 'en', "I've been cutting hair at Fade Room for six years and our new Sunday hours start this week, book now!",
     dict(_W10E, brand='Fade Room', jurisdiction='uk')),
    ('pass', 'bluesky', 'en', "I teach at Summit Climbing Gym, so I'm biased: our beginner bouldering course starts Monday, 4 weeks, all gear included, sign up now!",
     dict(_W10E, brand='Summit Climbing Gym', jurisdiction='us')),
    ('pass', 'linkedin', 'en', "I'm one of the line cooks at Juniper Table and our summer menu starts Friday: best fish tacos in town, book now!",
     dict(_W10E, brand='Juniper Table', jurisdiction='us')),
    # a customer at the brand, a former job, a bias with no connection, the job told below the fold: the link is not said
    ('fail', 'instagram', 'en', "I'm one of the regulars at Crumb & Co, so I'm biased 🥐 but these are the best cardamom buns in town, pre-order yours now!",
     dict(_W10E, brand='Crumb & Co', jurisdiction='us')),
    ('fail', 'instagram', 'en', "So I'm biased 🥐 but the cardamom buns at Crumb & Co are back this Saturday, best in town, pre-order yours now!",
     dict(_W10E, brand='Crumb & Co', jurisdiction='us')),
    ('fail', 'x', 'en', "I used to cook at Hearth Kitchen, so I'm biased: the winter menu starts Thursday, best short rib in Leeds, book now!",
     dict(_W10E, brand='Hearth Kitchen', jurisdiction='uk')),
    ('fail', 'instagram', 'en', "I shop at Ridgeline Coffee every week, so I'm biased: the new Ethiopia Guji lot is the best they've had in years, grab a bag!",
     dict(_W10E, brand='Ridgeline Coffee', jurisdiction='us')),
    ('fail', 'facebook', 'en', "I'm one of the patients at Kinetic Clinic in Glasgow. They've added evening appointments for sports injuries, book now!",
     dict(_W10E, brand='Kinetic Clinic', jurisdiction='uk')),
    ('fail', 'bluesky', 'en', "I train at Summit Climbing Gym, so I'm biased: best beginner course in town, starts Monday, sign up now!",
     dict(_W10E, brand='Summit Climbing Gym', jurisdiction='us')),
    ('fail', 'instagram', 'en', "Cardamom buns are back this Saturday 🥐 best in town, pre-order yours now: last time the line went round the block "
                                "and they were gone by nine. Bring a friend, bring a tote bag, bring cash for the coffee cart. (I bake at Crumb & Co.)",
     dict(_W10E, brand='Crumb & Co', jurisdiction='us')),
    # --- the referral payment said plainly (16 CFR 255.5; FTC Endorsement Guides FAQ) ---
    ('pass', 'x', 'en', "Sign up with my link and we both get $25: I've used Ledgerly for my freelance invoices since 2023. ledgerly.app/r/ana",
     dict(_W10R, brand='Ledgerly', jurisdiction='us')),
    ('pass', 'instagram', 'en', "If you book through my link I get $40 in travel credit (and you get $40 off your first stay). Casa Verde was dreamy.",
     dict(_W10R, brand='Casa Verde', jurisdiction='us')),
    ('pass', 'x', 'en', "Heads up: I earn $10 for every friend who joins Pennant with my code, and you get $10 too.",
     dict(_W10R, brand='Pennant', jurisdiction='us')),
    ('pass', 'facebook', 'en', "Quick disclosure: I make a few bucks if you buy through my link. The Fernwood blanket is genuinely the coziest thing I own.",
     dict(_W10R, brand='Fernwood', jurisdiction='us')),
    ('pass', 'mastodon', 'en', "I get paid a little if you sign up through this link, but I'd recommend Pennant even if I didn't.",
     dict(_W10R, brand='Pennant', jurisdiction='us')),
    ('pass', 'x', 'en', "Brightcart pays me $5 per sign-up through this link. Their grocery delivery saved my Sundays.",
     dict(_W10R, brand='Brightcart', jurisdiction='us')),
    # the reader's bonus, the author's own discount or cashback: no reward for the post told
    ('fail', 'x', 'en', "You get $50 when you sign up with my link! Pennant is the only budgeting app that stuck for me.",
     dict(_W10R, brand='Pennant', jurisdiction='us')),
    ('fail', 'x', 'en', "I got $50 off my first order with this code, use it too! Brightcart grocery delivery saved my Sundays.",
     dict(_W10R, brand='Brightcart', jurisdiction='us')),
    ('fail', 'instagram', 'en', "I get $50 back every year with the Fernwood card's cashback. Apply today!",
     dict(_W10R, brand='Fernwood', jurisdiction='us')),
    # the UK asks "Ad" (CAP 2.1; ASA/CMA guide: a reward told in words alone is not the label)
    ('fail', 'x', 'en', "If you sign up with my link I get £50 and so do you. Pennant is the only budgeting app that stuck.",
     dict(_W10R, brand='Pennant', jurisdiction='uk')),
    ('pass', 'x', 'en', "#ad If you sign up with my link I get £50 and so do you. Pennant is the only budgeting app that stuck.",
     dict(_W10R, brand='Pennant', jurisdiction='uk')),
    # --- le métier dit chez la marque (C. consom. L121-4 22° ; DPCD annexe I pt 22) ---
    ('pass', 'linkedin', 'fr', "Au Moulin de Lérac, où je suis meunière depuis 2019, nous lançons cette semaine une farine de petit épeautre bio, moulue sur meule de pierre.",
     dict(_W10E, brand='Moulin de Lérac', jurisdiction='fr')),
    ('pass', 'instagram', 'fr', "Chez Atelier Sorne, où je suis ébéniste depuis six ans, on sort enfin la table basse en chêne massif : 3 finitions, fabriquée à Nantes.",
     dict(_W10E, brand='Atelier Sorne', jurisdiction='fr')),
    ('pass', 'instagram', 'fr', "Je torréfie chez Café Ardent depuis 2018 : notre nouveau moka d'Éthiopie arrive vendredi, notes de bergamote et de pêche.",
     dict(_W10E, brand='Café Ardent', jurisdiction='fr')),
    ('pass', 'instagram', 'fr', "J'enseigne chez Studio Prana depuis 2020 : le nouveau cours de yoga prénatal commence lundi, 18 h 30, inscrivez-vous vite !",
     dict(_W10E, brand='Studio Prana', jurisdiction='fr')),
    ('pass', 'facebook', 'fr', "Fleuriste au Jardin d'Ysé depuis 2017, je vous présente nos bouquets de la fête des mères : pivoines, renoncules et eucalyptus, commandez vite !",
     dict(_W10E, brand="Jardin d'Ysé", jurisdiction='fr')),
    # la cliente, la visite, l'ancienne, le repas : le lien n'est pas dit
    ('fail', 'instagram', 'fr', "Chez Atelier Sorne, où je suis passée samedi, la table basse en chêne massif est enfin sortie : foncez !",
     dict(_W10E, brand='Atelier Sorne', jurisdiction='fr')),
    ('fail', 'linkedin', 'fr', "Au Moulin de Lérac, où je suis cliente depuis 2019, la nouvelle farine de petit épeautre est arrivée, foncez !",
     dict(_W10E, brand='Moulin de Lérac', jurisdiction='fr')),
    ('fail', 'instagram', 'fr', "Je mange chez Café Ardent tous les samedis : leur nouveau moka d'Éthiopie arrive vendredi, foncez !",
     dict(_W10E, brand='Café Ardent', jurisdiction='fr')),
    ('fail', 'instagram', 'fr', "Ancienne barista chez Café Ardent, je vous le dis : leur nouveau moka d'Éthiopie arrive vendredi, foncez !",
     dict(_W10E, brand='Café Ardent', jurisdiction='fr')),
    # a second round of variants: a customer's work at a café ("I code at …", "I'm nursing at …", "I practice yoga at …"), a
    # signature "<trade> at X here", a former barista, a payment told before its trigger, a hairdresser's « je coiffe chez »
    ('fail', 'instagram', 'en', "I code at Ridgeline Coffee every morning, best flat white in town, grab one now!",
     dict(_W10E, brand='Ridgeline Coffee', jurisdiction='us')),
    ('fail', 'instagram', 'en', "I'm nursing at Ridgeline Coffee again, best flat white in town, grab one now!",
     dict(_W10E, brand='Ridgeline Coffee', jurisdiction='us')),
    ('fail', 'instagram', 'en', "I practice yoga at Studio Prana, best classes in town, sign up now!",
     dict(_W10E, brand='Studio Prana', jurisdiction='us')),
    ('fail', 'instagram', 'en', "Long-time regular at Crumb & Co here: best buns in town, pre-order now!",
     dict(_W10E, brand='Crumb & Co', jurisdiction='us')),
    ('fail', 'instagram', 'en', "Former barista at Ridgeline Coffee: best flat white in town, grab one now!",
     dict(_W10E, brand='Ridgeline Coffee', jurisdiction='us')),
    ('pass', 'instagram', 'en', "Pastry chef at Crumb & Co here: best buns in town, pre-order now!",
     dict(_W10E, brand='Crumb & Co', jurisdiction='us')),
    ('pass', 'facebook', 'en', "I pour pints at The Copper Still most nights: our new winter ale is the best in town, come try it now!",
     dict(_W10E, brand='The Copper Still', jurisdiction='uk')),
    ('pass', 'instagram', 'en', "One of the stylists at Fade Room here: 20% off cuts this week, book now!",
     dict(_W10E, brand='Fade Room', jurisdiction='uk')),
    ('pass', 'x', 'en', "If you order through my link I make $5, and Brightcart is honestly great.",
     dict(_W10R, brand='Brightcart', jurisdiction='us')),
    ('fail', 'x', 'en', "When I signed up I got $20 free! Pennant is great, try it.",
     dict(_W10R, brand='Pennant', jurisdiction='us')),
    ('pass', 'instagram', 'fr', "Je coiffe chez Studio Mèche depuis 5 ans : -20 % sur les colorations cette semaine, réservez vite !",
     dict(_W10E, brand='Studio Mèche', jurisdiction='fr')),
    ('fail', 'instagram', 'fr', "Je me coiffe toujours chez Studio Mèche : -20 % sur les colorations cette semaine, réservez vite !",
     dict(_W10E, brand='Studio Mèche', jurisdiction='fr')),
    ('fail', 'instagram', 'fr', "Collaboration commerciale avec Orée · Virtual influencer\nNotre ambassadrice virtuelle Lila porte la robe de lin, 3 coloris.",
     dict(_W10R, brand='Orée', jurisdiction='fr', image_virtual=True)),
    # the trade said "for" the brand; a fan or a regular "for" it names no trade
    ('pass', 'instagram', 'en', "I'm a sales rep for Brightcart: best grocery delivery in town, 20% off your first order now!",
     dict(_W10E, brand='Brightcart', jurisdiction='us')),
    ('pass', 'facebook', 'en', "I've been a nurse for Harbourside Clinic for 10 years: our new walk-in clinic opens Monday, book now!",
     dict(_W10E, brand='Harbourside Clinic', jurisdiction='uk')),
    ('fail', 'instagram', 'en', "I'm a regular for Summit Gym: 20% off memberships this week, sign up now!",
     dict(_W10E, brand='Summit Gym', jurisdiction='us')),
    ('pass', 'instagram', 'fr', "Je suis vendeuse pour Maison Ardent : -20 % sur toute la collection cette semaine, foncez !",
     dict(_W10E, brand='Maison Ardent', jurisdiction='fr')),
    ('fail', 'instagram', 'fr', "Je suis fan pour toujours de Maison Ardent : -20 % sur toute la collection cette semaine, foncez !",
     dict(_W10E, brand='Maison Ardent', jurisdiction='fr')),
    # --- la mention d'image en français (loi 2023-451 art. 5 III ; loi n° 94-665 art. 2) ---
    ('fail', 'instagram', 'fr', "Collaboration commerciale avec Orée · AI-generated image\nNotre égérie virtuelle porte la nouvelle robe de lin, 3 coloris.",
     dict(_W10R, brand='Orée', jurisdiction='fr', image_virtual=True)),
    ('fail', 'instagram', 'fr', "Publicité · Virtual model ✨ Notre mannequin virtuelle porte le nouveau trench Orée, dispo le 2 mai.",
     dict(_W10R, brand='Orée', jurisdiction='fr', image_virtual=True)),
    ('pass', 'instagram', 'fr', "Collaboration commerciale avec Orée · Image virtuelle · AI-generated\nNotre égérie porte la nouvelle robe de lin, 3 coloris.",
     dict(_W10R, brand='Orée', jurisdiction='fr', image_virtual=True)),
    ('pass', 'instagram', 'fr', "Collaboration commerciale avec Orée · Image générée par IA\nNotre mannequin virtuelle porte la nouvelle robe de lin.",
     dict(_W10R, brand='Orée', jurisdiction='fr', image_virtual=True)),
    ('pass', 'instagram', 'fr', "Collaboration commerciale avec Orée · Lila est une mannequin virtuelle · Elle porte la nouvelle robe de lin.",
     dict(_W10R, brand='Orée', jurisdiction='fr', image_virtual=True)),
]
add(WORDS10, "words10")

# 2026-11-30 (lead): in the US a gift told with its giver named ("Acme gave me this lamp to try", "Lumora sent me …") is the
# disclosure the FTC's own FAQ calls usually effective (16 CFR 255.5), as four law-only writers labelled it; a reviewer is
# no longer asked. A commission beside the gift still fails (``gift_hides_sale``); the UK is unchanged (CAP 2.1)
_GIFT_TOLD = "US: a gift told with its giver named is the material connection disclosed (FTC FAQ; 16 CFR 255.5)"
RELABELLED.update({
    "Acme gave me this lamp to try. Love it!": ('pass', _GIFT_TOLD),
})

# sector10: restricted sectors read from the trade's own words, and each jurisdiction's content rules. A vape sold by
#      its format and its flavour ("mango ice pods", "disposables in cotton candy", « puffs goût fraise glacée ») is a
#      nicotine product (TRPR 2016 reg. 43 and CAP 22.12: no online ads in the UK; loi 2023-451 art. 4: none in France;
#      21 CFR 1143.3: the FDA warning in the US, in the upper portion of the ad, not under the body); a beer by its style
#      and where it is sold (« notre nouvelle blanche … chez les cavistes ») is alcohol (CSP L3323-4: objective content and
#      the health message; no student party); a boost on winnings by its bet slip's words (« +50 % sur vos gains dès 4
#      sélections ») is gambling (loi 2023-451 art. 4 II; CSI L320-12); a gambling ad may not give a significant role to
#      anyone under 25 in the UK (CAP 16.3.14). Look-alikes that keep their verdict: sweets, coffee pods and ice cream in
#      the same flavours; a brasserie that is a restaurant; factual wine and beer with the health message; US beer 21+;
#      « pariez sur … » with the responsible-gambling wording; a player's age of 25 or more; "19 years" of a company
_S10_UK = dict(employee=False, rewarded=True, jurisdiction="uk")
_S10_US = dict(employee=False, rewarded=True, jurisdiction="us")
_S10_FR = dict(employee=False, rewarded=True, jurisdiction="fr")
_S10_USE = dict(employee=True, rewarded=False, jurisdiction="us")
_S10_FRE = dict(employee=True, rewarded=False, jurisdiction="fr")
SECTOR10 = [
    # --- a vape by its format and its flavour -----------------------------------------------------------------------
    ('fail', 'facebook', 'en', "#ad New Vaprly Haze disposables in candy floss & blue razz 🍭 only £4.99 at your local off-licence!",
     dict(_S10_UK, brand="Vaprly Haze"), 'e-cigarette ads are banned in online media (TRPR 2016 reg. 43; CAP 22.12)'),
    ('fail', 'instagram', 'en', "#ad Grab the new Fogline strawberry kiwi bars & watermelon ice pods, 2 for £10 this weekend 🍓",
     dict(_S10_UK, brand="Fogline"), 'flavoured pods are e-cigarettes: no online ads (TRPR 2016 reg. 43; CAP 22.12)'),
    ('fail', 'facebook', 'en', "#ad Mistr's new 6000-puff disposable in gummy bear 🐻 smoothest hit ever, grab it in store",
     dict(_S10_UK, brand="Mistr"), 'a disposable by its puffs and flavour (TRPR 2016 reg. 43; CAP 22.12)'),
    ('fail', 'instagram', 'en', "Sponsored: Halo Drift blueberry ice pods just dropped 🫐🧊 smooth hit, huge flavour. Link in bio!",
     dict(_S10_US, brand="Halo Drift"), 'a nicotine pod ad without the FDA warning (21 CFR 1143.3)'),
    ('fail', 'x', 'en', "I work at Skyvale and our pineapple ice pods are finally back in stock 🍍 smooth hit, all day flavour. 21+",
     dict(_S10_USE, brand="Skyvale"), "the employee's product ad still owes the FDA warning (21 CFR 1143.3)"),
    ('fail', 'instagram', 'fr', "Collaboration commerciale avec Brumo 💨 les nouvelles puffs goût fraise glacée et barbe à papa sont dispo chez votre buraliste !",
     dict(_S10_FR, brand="Brumo"), 'no promotion of nicotine products by influencers (loi 2023-451 art. 4 I; CSP L3513-4)'),
    ('fail', 'instagram', 'en', "#ad New 100ml shortfills from Drip Theory in strawberry laces & cola bottles, free nic shot with every bottle!",
     dict(_S10_UK, brand="Drip Theory"), 'shortfills and a nic shot are e-cigarette refills: no online ads (TRPR 2016 reg. 43; CAP 22.12)'),
    ('pass', 'instagram', 'en', "#ad 10 packs of grape ice lollies for the school holidays 🍇 at every corner shop",
     dict(_S10_UK, brand="Orbit"), 'ice lollies in a vape-like flavour: no nicotine product'),
    ('pass', 'facebook', 'en', "#ad New Sweet Haze pick 'n' mix in candy floss & blue raspberry 🍭 only £4.99 a bag at your local corner shop!",
     dict(_S10_UK, brand="Sweet Haze"), 'sweets in the same flavours: no nicotine product (CAP 22 does not apply)'),
    ('pass', 'instagram', 'en', "#ad Our new coffee pods in hazelnut & vanilla ☕ smooth, rich, 2 boxes for £10 at Brewpod.",
     dict(_S10_UK, brand="Brewpod"), 'coffee pods: no nicotine product'),
    ('pass', 'instagram', 'en', "#ad Mango ice lollies and bubblegum ice cream are back at Scoopy's for the heatwave 🍦 3 for £5!",
     dict(_S10_UK, brand="Scoopy's"), 'ice cream in vape-like flavours: no nicotine product'),
    ('pass', 'instagram', 'en', "WARNING: This product contains nicotine. Nicotine is an addictive chemical.\n\n#ad Halo Drift blueberry ice pods, for adult smokers 21+ only.",
     dict(_S10_US, brand="Halo Drift"), 'the FDA warning opens the ad (21 CFR 1143.3), adults 21+'),
    # --- the US warning under the body ----------------------------------------------------------------------------------
    ('fail', 'instagram', 'en', "#ad Pocketa Frost pouches now in Ohio ❄️ 6 mg, no spit, lasts all afternoon.\n\nWARNING: This product contains nicotine. Nicotine is an addictive chemical.",
     dict(_S10_US, brand="Pocketa"), 'the warning set apart under the body is not in the upper portion (21 CFR 1143.3(b)(2))'),
    ('fail', 'instagram', 'en', "I'm on the Veloura team 👋 our new peach pouches are out, 3 mg, discreet.\n—\nWARNING: This product contains nicotine. Nicotine is an addictive chemical.",
     dict(_S10_USE, brand="Veloura"), 'the warning below a rule line, after the body (21 CFR 1143.3(b)(2))'),
    ('pass', 'instagram', 'en', "#ad Pocketa Frost pouches now in Ohio.\nWARNING: This product contains nicotine. Nicotine is an addictive chemical.\n6 mg, 21+ only.",
     dict(_S10_US, brand="Pocketa"), 'the warning on the second line, under a one-line label: the upper portion (21 CFR 1143.3)'),
    ('pass', 'instagram', 'en', "#ad\n\nWARNING: This product contains nicotine. Nicotine is an addictive chemical.\n\nPocketa Frost pouches now in Ohio, 6 mg, 21+ only.",
     dict(_S10_US, brand="Pocketa"), 'the warning right under the label, above the body (21 CFR 1143.3)'),
    # --- beer and wine by their style and their sellers (France) ----------------------------------------------------------
    ('fail', 'facebook', 'fr', "Je travaille à la Brasserie des Fontaines et franchement notre nouvelle ambrée est parfaite pour décompresser le soir 😌 Chez tous les cavistes de Lorraine !",
     dict(_S10_FRE, brand="Brasserie des Fontaines"), 'no health message, and unwinding is no objective content (CSP L3323-4)'),
    ('fail', 'instagram', 'fr', "Je bosse chez Brasserie Kerlann 🍺 notre nouvelle triple vient de sortir de cuve, parfaite pour se détendre après une longue semaine, dispo à la cave de la brasserie.",
     dict(_S10_FRE, brand="Brasserie Kerlann"), 'no health message; relaxing is no objective content (CSP L3323-4)'),
    ('fail', 'linkedin', 'fr', "Fier de mon équipe chez Brasserie Kerlann : notre nouvelle IPA est en rayon chez les cavistes de Bretagne, 6,5 %, houblonnée à froid !",
     dict(_S10_FRE, brand="Brasserie Kerlann"), 'factual, but without the health message (CSP L3323-4 al. 3)'),
    ('pass', 'linkedin', 'fr', "Je travaille à la Brasserie des Fontaines : notre nouvelle ambrée, 6 %, brassée avec de l'orge de Lorraine, est chez les cavistes de la région.\nL'abus d'alcool est dangereux pour la santé, à consommer avec modération.",
     dict(_S10_FRE, brand="Brasserie des Fontaines"), 'objective information with the health message (CSP L3323-4)'),
    ('pass', 'instagram', 'fr', "Publicité – Domaine des Aubiers. Notre nouvelle cuvée de blanc, 100 % chardonnay, 12,5 %, élevée neuf mois en fût.\nL'abus d'alcool est dangereux pour la santé, à consommer avec modération.",
     dict(_S10_FR, brand="Domaine des Aubiers"), 'factual wine information with the health message (CSP L3323-4)'),
    ('pass', 'facebook', 'fr', "Je bosse à la Brasserie du Parvis, le resto de la place : notre nouvelle carte d'hiver arrive, blanquette et tarte fine, réservez !",
     dict(_S10_FRE, brand="Brasserie du Parvis"), 'a brasserie that is a restaurant, its menu: no drink'),
    ('fail', 'instagram', 'en', "I work at Kestrel Brewing and our new hazy pale is the perfect way to unwind after a long shift 🍺",
     dict(employee=True, rewarded=False, jurisdiction="uk", brand="Kestrel Brewing"), 'a drink to change one\'s mood (CAP 18.5)'),
    ('pass', 'instagram', 'en', "I work at Kestrel Brewing: our new hazy pale, 4.8% ABV, brewed with Kentish hops, is in bottle shops from Friday. Drink responsibly.",
     dict(employee=True, rewarded=False, jurisdiction="uk", brand="Kestrel Brewing"), 'factual beer information, the link stated (CAP 18)'),
    ('pass', 'instagram', 'en', "#ad Hollow Oak Brewing's new hazy IPA, 6.2% ABV, brewed with Citra hops. 21+ only. Please enjoy responsibly.",
     dict(_S10_US, brand="Hollow Oak Brewing"), 'factual beer ad, 21+: TTB rules met (27 CFR Part 7)'),
    # --- alcohol and the student party (France) --------------------------------------------------------------------------
    ('fail', 'facebook', 'fr', "Publicité · La Kerlann Blonde, LA bière officielle des soirées d'intégration 🎓🍻 -20 % pour tous les BDE !\nL'abus d'alcool est dangereux pour la santé, à consommer avec modération.",
     dict(_S10_FR, brand="Brasserie Kerlann"), 'a student party is no objective content; the health message does not cure it (CSP L3323-4)'),
    ('fail', 'instagram', 'fr', "Collaboration commerciale avec Domaine des Aubiers : le rosé officiel du gala étudiant et des afterworks de la fac 🎉\nL'abus d'alcool est dangereux pour la santé, à consommer avec modération.",
     dict(_S10_FR, brand="Domaine des Aubiers"), 'a student party is no objective content (CSP L3323-4)'),
    ('pass', 'facebook', 'fr', "Publicité · Le Campus Café lance sa formule soirées étudiantes : sodas et pizzas à -30 % pour tous les BDE !",
     dict(_S10_FR, brand="Campus Café"), 'a student night with soft drinks: no alcohol'),
    # --- a boost on winnings (France) -----------------------------------------------------------------------------------
    ('fail', 'linkedin', 'fr', "Chez Betora on vient de lancer les gains boostés : jusqu'à +30 % sur vos combinés dès 3 sélections 🚀 Bravo à toute l'équipe !",
     dict(_S10_FRE, brand="Betora"), 'a betting offer without the under-18 notice or the warning (loi 2023-451 art. 4 II; décret 2010-624)'),
    ('fail', 'instagram', 'fr', "Publicité · Avec Parolix, ton combiné du week-end prend +25 % de bonus sur les gains à partir de 4 sélections ⚽",
     dict(_S10_FR, brand="Parolix"), 'gambling: the under-18 notice and the warning are owed (loi 2023-451 art. 4 II; CSI L320-12)'),
    ('pass', 'instagram', 'fr', "Publicité · Chez Parolix, le combiné boosté : +30 % sur vos gains dès 4 sélections.\nInterdit aux moins de 18 ans. Jouer comporte des risques : endettement, isolement, dépendance. Pour être aidé, appelez le 09 74 75 13 13 (appel non surtaxé).",
     dict(_S10_FR, brand="Parolix"), 'both statements shown (loi 2023-451 art. 4 II; décret 2010-624 art. 1)'),
    ('pass', 'linkedin', 'fr', "Chez Vendora on a lancé la sélection de la semaine : +50 % de visibilité sur vos annonces dès 4 photos. Bravo à l'équipe produit !",
     dict(_S10_FRE, brand="Vendora"), 'a marketplace feature: no gambling'),
    # --- responsible-gambling wording is no promise of income ------------------------------------------------------------
    ('pass', 'instagram', 'fr', "Publicité pour Parolix, opérateur agréé par l'ANJ. Le Tournoi des Six Nations arrive : Parolix ouvre ses paris sur tous les matchs. Pariez pour le plaisir, jamais pour payer vos factures.\nInterdit aux moins de 18 ans. Jouer comporte des risques : endettement, isolement, dépendance. Pour être aidé, appelez le 09 74 75 13 13 (appel non surtaxé).",
     dict(_S10_FR, brand="Parolix"), 'responsible-gambling wording says the opposite of income (décret 2020-1349; CSI L320-12)'),
    ('pass', 'instagram', 'en', "#ad Kingsbury Bet's Six Nations markets are open. Only bet what you can afford to lose, and never bet money you need for rent or bills. 18+ BeGambleAware.org",
     dict(_S10_UK, brand="Kingsbury Bet"), 'responsible-gambling wording (CAP 16.3.4 is about presenting gambling as income)'),
    ('fail', 'instagram', 'fr', "Publicité · Avec Parolix, le pari sûr du week-end pour arrondir tes fins de mois 💸\nInterdit aux moins de 18 ans. Jouer comporte des risques : endettement, isolement, dépendance. Appelez le 09 74 75 13 13.",
     dict(_S10_FR, brand="Parolix"), 'a sure bet and money worries (décret 2020-1349; CSI L320-12)'),
    # --- nobody under 25 in a significant role (UK gambling) ------------------------------------------------------------
    ('fail', 'instagram', 'en', "#ad Our 20-year-old winger Tyler is on fire 🔥 back him to score anytime with Redcastle Bet. 18+ BeGambleAware.org",
     dict(_S10_UK, brand="Redcastle Bet"), 'a player under 25 in a significant role (CAP 16.3.14)'),
    ('fail', 'facebook', 'en', "#ad Meet Ellie, 22, who just won £2,000 on the Fortune Spins slots at Lumen Casino 🎰 18+ BeGambleAware.org",
     dict(_S10_UK, brand="Lumen Casino"), 'a 22-year-old winner featured (CAP 16.3.14)'),
    ('fail', 'instagram', 'en', "#ad Our academy's teenage striker is the man in form 🙌 price him up for first goalscorer with Redcastle Bet. 18+ BeGambleAware.org",
     dict(_S10_UK, brand="Redcastle Bet"), 'a teenage player in a significant role (CAP 16.3.14)'),
    ('pass', 'instagram', 'en', "#ad Our 31-year-old captain Marcus is on fire 🔥 back him to score anytime with Redcastle Bet. 18+ BeGambleAware.org",
     dict(_S10_UK, brand="Redcastle Bet"), 'a player over 25 (CAP 16.3.14 met); 18+ and the message shown'),
    ('pass', 'instagram', 'en', "#ad 19 years of Redcastle Bet 🎉 thanks to every punter who's backed us since 2007. 18+ BeGambleAware.org",
     dict(_S10_UK, brand="Redcastle Bet"), "a company's age, not a person's (CAP 16.3.14)"),
]
add(SECTOR10)


# --- youth11: content rules of restricted sectors the label does not cure -------------------------------------------
# Minors and students addressed (CAP 16.3.12, 12.25, 13.3, 18.14; state rules and the AGA code: nobody under 21, no college
# marketing; FD&C Act § 906(d) youth-directed tobacco marketing; loi 2023-451 art. 4), gambling's own content (CAP 16.3.1
# chasing losses, 16.3.12 sports stars of youth appeal; loi 2010-476 art. 57 unlicensed online casino), finance (FCA COBS
# 4.12A, CONC 3.3.10 and 3.5; C. consom. L312-5), cosmetic time pressure (CAP 1.3 and the ASA cosmetic-interventions
# guidance), earnings claimed for a brand's customers (16 CFR 255.2(b); FTC Act § 5)
_Y11_UK = dict(employee=False, rewarded=True, jurisdiction="uk")
_Y11_US = dict(employee=False, rewarded=True, jurisdiction="us")
_Y11_FR = dict(employee=False, rewarded=True, jurisdiction="fr")
YOUTH11 = [
    # --- pupils and students addressed in a restricted sector ---------------------------------------------------------
    ('fail', 'instagram', 'en', "#ad Bellmore Aesthetics 💋 Year 12s and 13s, get formal-ready lips with 15% off filler before results day! Bring a mate.",
     dict(_Y11_UK, brand="Bellmore Aesthetics"), 'cosmetic filler offered to sixth-form pupils, many 16-17 (CAP 12.25; Botulinum Toxin and Cosmetic Fillers (Children) Act 2021)'),
    ('pass', 'instagram', 'en', "#ad Bellmore Aesthetics 💋 Wedding season: 15% off lip filler for brides-to-be this June, consultation first. Over-18s only.",
     dict(_Y11_UK, brand="Bellmore Aesthetics"), 'filler offered to adults with a consultation: nothing aimed at minors (CAP 12.25)'),
    ('fail', 'instagram', 'en', "#ad Slimbrew x me 💃 Year 10 girlies, leavers' disco is in 4 weeks! Skinny tea every morning and you'll fit the dress 🥰",
     dict(_Y11_UK, brand="Slimbrew"), 'a slimming product pitched to 14-15-year-olds (CAP 13.3)'),
    ('pass', 'instagram', 'en', "#ad Slimbrew x me 💃 Wedding in 4 weeks! I'm having a cup of this skinny tea with breakfast alongside my usual meals 🥰",
     dict(_Y11_UK, brand="Slimbrew"), 'an adult occasion, no minors addressed (CAP 13.3 met)'),
    ('fail', 'instagram', 'en', "#ad Courtline Sportsbook partner 🎓 Freshmen, welcome to campus! Sign up between classes and your first parlay's on us. 21+ and present in MA. Gambling problem? Call 1-800-GAMBLER.",
     dict(_Y11_US, brand="Courtline Sportsbook"), 'sports wagering marketed to college freshmen, mostly under 21 (205 CMR 256; AGA code), the 21+ line notwithstanding'),
    ('fail', 'instagram', 'en', "#ad Pickly DFS is how our whole dorm does Sundays 🏈 $5 entry, win up to $500. 21+ in eligible states. Gambling problem? 1-800-GAMBLER",
     dict(_Y11_US, brand="Pickly"), 'fantasy contests pitched to a college dorm (AGA code; state rules: no college marketing)'),
    ('pass', 'instagram', 'en', "#ad Pickly DFS is how our fantasy league of dads does Sundays 🏈 $5 entry, win up to $500. 21+ in eligible states. Gambling problem? 1-800-GAMBLER",
     dict(_Y11_US, brand="Pickly"), '21+, the helpline, an adult audience: the state rules a text can show are met'),
    ('pass', 'instagram', 'en', "#ad Courtline Sportsbook partner 🏀 Alumni weekend is the best time to bet on the old team. 21+ and present in MA. Gambling problem? Call 1-800-GAMBLER.",
     dict(_Y11_US, brand="Courtline Sportsbook"), 'university alumni are adults: no college student is targeted'),
    ('fail', 'instagram', 'en', "WARNING: This product contains nicotine. Nicotine is an addictive chemical.\n#ad dorm room essentials 📚 Glacier mint pouches get me through finals week. link in bio",
     dict(_Y11_US, brand="Glacier Pouches"), 'nicotine pitched to students, many under 21 (FD&C Act § 906(d); 21 U.S.C. 387f(d)(5))'),
    ('pass', 'instagram', 'en', "WARNING: This product contains nicotine. Nicotine is an addictive chemical.\n#ad long-haul essentials 🚚 Glacier mint pouches get me through the night shift. 21+ only. link in bio",
     dict(_Y11_US, brand="Glacier Pouches"), 'the FDA warning up top, an adult worker, 21+: no youth appeal'),
    ('fail', 'x', 'en', "#ad @StudyRx finals week hack 📚 got my Adderall script in a 10-min video call, now I can study all night. Link in bio.",
     dict(_Y11_US, brand="StudyRx"), 'a Schedule II stimulant promoted as a study aid with no risk information (21 CFR 202.1(e))'),
    ('fail', 'instagram', 'fr', "Publicité · Parolix 🎓 Spécial lycéens de terminale : ton premier pari remboursé pour le bac ! Interdit aux moins de 18 ans. Jouer comporte des risques : endettement, isolement, dépendance. Appelez le 09 74 75 13 13.",
     dict(_Y11_FR, brand="Parolix"), 'des lycéens visés par une publicité de paris (loi 2023-451 art. 4 II ; CSI L320-12)'),
    # --- gambling's own content ---------------------------------------------------------------------------------------
    ('fail', 'x', 'en', "#ad Redcastle Bet: bad day on the slips? Don't walk away down, one more acca and you'll win it back by the late kick-off 💪 18+ BeGambleAware.org",
     dict(_Y11_UK, brand="Redcastle Bet"), 'encourages chasing losses (CAP 16.3.1)'),
    ('fail', 'instagram', 'fr', "Publicité · Parolix : mauvais week-end ? Refais-toi dimanche avec un combiné, tu vas te refaire en un match 💪 Interdit aux moins de 18 ans. Jouer comporte des risques : endettement, isolement, dépendance. Appelez le 09 74 75 13 13.",
     dict(_Y11_FR, brand="Parolix"), "inciter à « se refaire » : le jeu présenté comme moyen de récupérer ses pertes (CSI L320-12 ; ANJ, lignes directrices)"),
    ('pass', 'x', 'en', "#ad Redcastle Bet: set a deposit limit before the weekend, and if it's a bad day, walk away. Never chase your losses. 18+ BeGambleAware.org",
     dict(_Y11_UK, brand="Redcastle Bet"), 'responsible-gambling advice names chasing to warn against it (CAP 16.3.1 met)'),
    ('fail', 'instagram', 'en', "#ad Before I walk out at Anfield on Sunday, my pre-match bet goes on with Redcastle Bet 🔥⚽ New customers get a £20 free bet. 18+ | BeGambleAware.org",
     dict(_Y11_UK, brand="Redcastle Bet"), 'a Premier League player of strong appeal to under-18s (CAP 16.3.12)'),
    ('pass', 'instagram', 'en', "#ad Heading to Anfield on Sunday with my dad, our pre-match bet goes on with Redcastle Bet 🔥⚽ New customers get a £20 free bet. 18+ | BeGambleAware.org",
     dict(_Y11_UK, brand="Redcastle Bet"), 'a fan going to the match: no player, 18+ and the message shown'),
    ('fail', 'instagram', 'fr', "Collaboration commerciale avec LuckyNile 🎰 x300 sur la machine à sous Anubis hier soir, 900 € en 15 minutes ! Roulette en ligne, blackjack live, tout est dispo depuis la France avec mon lien.\nInterdit aux -18 ans. Jouer comporte des risques : endettement, dépendance… appelez le 09 74 75 13 13.",
     dict(_Y11_FR, brand="LuckyNile"), 'le casino en ligne ne peut être agréé en France : publicité pour un site non autorisé (loi 2010-476 art. 56 et 57)'),
    ('pass', 'instagram', 'fr', "Publicité · Week-end au Casino de Deauville : dîner face à la mer, spectacle et machines à sous au casino, sur place uniquement.\nInterdit aux moins de 18 ans. Jouer comporte des risques : endettement, isolement, dépendance. Appelez le 09 74 75 13 13.",
     dict(_Y11_FR, brand="Casino de Deauville"), 'un casino terrestre autorisé (CSI L321-1), mentions présentes'),
    ('fail', 'facebook', 'fr', "Je bosse chez Parolix depuis 3 ans et honnêtement les paris sportifs m'ont payé mon week-end à Lisbonne 💶 Avec de la méthode c'est un vrai complément de revenu ! 18+",
     dict(employee=True, rewarded=False, jurisdiction="fr", brand="Parolix"), 'le pari présenté comme une source de revenus (loi 2023-451 art. 4 ; décret 2020-1349 ; CSI L320-12)'),
    ('pass', 'instagram', 'fr', "Publicité · Tournoi de poker en ligne ce dimanche sur Flopia, opérateur agréé par l'ANJ ♠️\nInterdit aux moins de 18 ans. Jouer comporte des risques : endettement, isolement, dépendance. Appelez le 09 74 75 13 13.",
     dict(_Y11_FR, brand="Flopia"), "le poker en ligne est agréé par l'ANJ (loi 2010-476 art. 14), mentions présentes"),
    # --- crypto and credit --------------------------------------------------------------------------------------------
    ('fail', 'x', 'fr', "Publicité – NOVA-Z\nPrévente du jeton $NVZ ouverte 72 h seulement ⏳ Entrée à 0,001 $, listing prévu à 0,03 $ : faites le calcul 📈 Lien en bio.",
     dict(_Y11_FR, brand="NOVA-Z"), 'gain implicite x30 et urgence : promotion trompeuse (C. consom. L121-2 ; loi 2023-451 art. 4)'),
    ('fail', 'instagram', 'en', "#ad Tallystone partner\nDon't invest unless you're prepared to lose all the money you invest. This is a high-risk investment and you should not expect to be protected if something goes wrong.\nThat's the legal bit 🙄 BTC only goes one way long term, you literally can't lose.",
     dict(_Y11_UK, brand="Tallystone"), 'the warning undermined by a promise of no loss (COBS 4.2.1R, 4.12A)'),
    ('pass', 'mastodon', 'en', "#ad Ledgerly x me\nTax return season and I sold some crypto this year, so Ledgerly pulled my exchange history and worked out my capital gains.\nNot a way to buy crypto, not advice, just spreadsheets I no longer make.",
     dict(_Y11_UK, brand="Ledgerly"), 'a tax-reporting tool invites no investment (FSMA s21 not engaged)'),
    ('fail', 'instagram', 'en', "#ad Skint before payday? 😩 Cashloop loans approved in minutes, no credit checks, money in your account today 💸 link in bio",
     dict(_Y11_UK, brand="Cashloop", sector="financial"), 'credit said to be available regardless of status, no representative APR (CONC 3.3.10R, 3.5.5R; FSMA s21)'),
    ('fail', 'instagram', 'fr', "Publicité · Prêt Flash 💸 jusqu'à 3 000 € sur ton compte en 24 h, sans justificatif et sans étude de dossier ! Lien en bio.",
     dict(_Y11_FR, brand="Prêt Flash"), "un crédit présenté comme octroyé sans élément sur la situation de l'emprunteur (C. consom. L312-5)"),
    # --- cosmetic pressure, earnings claimed for customers -----------------------------------------------------------
    ('fail', 'instagram', 'en', "#ad | Paid partnership with Plump Studio\n⚡ FLASH SALE ⚡ 2-for-1 cheek filler, THIS WEEKEND ONLY, first 10 bookings. Bring a friend!",
     dict(_Y11_UK, brand="Plump Studio"), 'time-limited, bring-a-friend deals press a medical decision (CAP 1.3; ASA cosmetic-interventions guidance)'),
    ('pass', 'instagram', 'en', "#ad | Paid partnership with Plump Studio\nCheek filler with a registered nurse prescriber, a full consultation and a two-week cooling-off before treatment. Over-18s only.",
     dict(_Y11_UK, brand="Plump Studio"), 'no pressure, consultation and cooling-off: nothing CAP 1.3 forbids'),
    ('fail', 'instagram', 'en', "I work at Apexly Academy and I see it every week: our members make $8K a month within 60 days of the course 💰 Enrollment closes Sunday!",
     dict(employee=True, rewarded=False, jurisdiction="us", brand="Apexly Academy"), "an atypical earnings claim for the brand's customers with urgency (16 CFR 255.2(b); FTC Act § 5)"),
    ('pass', 'instagram', 'en', "I work at Apexly Academy: our spring cohort just finished the bookkeeping course, 40 members, and three have already started new jobs. Enrollment for autumn is open.",
     dict(employee=True, rewarded=False, jurisdiction="us", brand="Apexly Academy"), 'employment disclosed, outcomes stated without earnings figures'),
    # --- a medicine endorsed by a paid influencer (UK) ----------------------------------------------------------------
    # CAP 12.18 bars celebrities from endorsing medicines and the ASA counted a 32,000-follower influencer as one (Sanofi,
    # 2019); a text cannot tell a following's size, and two labellers split on it (t11f-uk-075 fail, h11c-uk-041 pass):
    # without the indication the ad is not cleared and a reviewer decides
    ('warn', 'instagram', 'en', "#ad I've teamed up with Sneezeaway this spring 🤧 One tablet and I can finally enjoy the park. Sneezeaway contains loratadine. Always read the label.",
     dict(_Y11_UK, brand="Sneezeaway", sector="medicine"), 'a paid influencer endorsing a medicine: whether the author counts as a celebrity (CAP 12.18) is for a reviewer'),
    ('pass', 'instagram', 'en', "Sneezeaway tablets for the relief of hay fever symptoms. Contains loratadine. Always read the label. #ad",
     dict(employee=True, rewarded=False, jurisdiction="uk", brand="Sneezeaway", sector="medicine"), "the brand's own advertisement with its indication and the label line (HMR 2012 Part 14; CAP 12.18 not engaged)"),
]
add(YOUTH11)

# --- session of 2026-11-30, content11: what the content itself says in a sector, whatever the label -------------------
CONTENT11 = [
    # --- alcohol tied to popularity or social success (CSP L3323-4 ; CAP 18.4 ; DISCUS Code) -------------------------
    ('fail', 'instagram', 'fr', "Publicité · Domaine Sauvelle\nCe gamay, c'est la bouteille qui fait de toi la reine de toutes les soirées 🍷 Tout le monde va venir te parler.\nL'abus d'alcool est dangereux pour la santé, à consommer avec modération.",
     dict(_S10_FR, brand="Domaine Sauvelle"), 'the wine made the key to popularity: no objective information (CSP L3323-4)'),
    ('fail', 'facebook', 'fr', "Collaboration commerciale avec Rhum Caliso 🌴 Dès que la bouteille sort, la soirée décolle et tous les regards sont sur toi.\nL'abus d'alcool est dangereux pour la santé, à consommer avec modération.",
     dict(_S10_FR, brand="Rhum Caliso"), 'the party said to start with the drink, the drinker admired (CSP L3323-4)'),
    ('pass', 'instagram', 'fr', "Publicité · Domaine Sauvelle\nCe gamay 2023 : robe rubis, nez de griotte et de poivre, 12,5 % vol., vendangé à la main sur nos coteaux du Beaujolais 🍷\nL'abus d'alcool est dangereux pour la santé, à consommer avec modération.",
     dict(_S10_FR, brand="Domaine Sauvelle"), 'tasting notes, origin and degree: objective information (CSP L3323-4)'),
    ('fail', 'instagram', 'en', "#ad Tallis Vodka: pour a round and watch everyone warm up to you 😉 The guest list just got longer. drinkaware.co.uk",
     dict(_S10_UK, brand="Tallis Vodka"), 'the vodka presented as the key to popularity (CAP 18.4)'),
    ('fail', 'instagram', 'en', "#ad The bottle that makes you the star of every party 🥂 Bring Marlow Fizz and you'll get invited back every time. drinkaware.co.uk",
     dict(_S10_UK, brand="Marlow Fizz"), 'social success credited to the drink (CAP 18.4)'),
    ('fail', 'instagram', 'en', "#ad Bring a bottle of Hartfield Bourbon and you'll be the center of attention all night 🥃 21+ Please enjoy responsibly.",
     dict(_S10_US, brand="Hartfield Bourbon"), 'drink shown as the way to social status (DISCUS Code of Responsible Practices)'),
    ('pass', 'instagram', 'en', "#ad Tallis Vodka: triple-distilled from Norfolk wheat, 40% ABV, clean with a hint of black pepper. drinkaware.co.uk",
     dict(_S10_UK, brand="Tallis Vodka"), 'origin, method, strength and taste: factual (CAP 18)'),
    # --- under 25 in a UK alcohol or gambling ad (CAP 18.16 ; CAP 16.3.14) ------------------------------------------------
    ('fail', 'instagram', 'en', "#ad Toasting my 23rd with Marlow Fizz tonight 🎂🥂 crisp green apple, 11% ABV. drinkaware.co.uk",
     dict(_S10_UK, brand="Marlow Fizz"), 'the author shown drinking at 23 (CAP 18.16)'),
    ('fail', 'instagram', 'en', "#ad 18+ | I turned 20 in March and I've been backing the Saturday accas on Redcastle Bet ever since ⚽ BeGambleAware.org",
     dict(_S10_UK, brand="Redcastle Bet"), 'a 20-year-old in a significant role in a gambling ad (CAP 16.3.14)'),
    ('pass', 'instagram', 'en', "#ad Toasting my 30th with Marlow Fizz tonight 🎂🥂 crisp green apple, 11% ABV. drinkaware.co.uk",
     dict(_S10_UK, brand="Marlow Fizz"), 'the author is over 25 (CAP 18.16 met)'),
    ('pass', 'instagram', 'en', "#ad 18+ | Turned 34 last week and marked it with a Saturday acca on Redcastle Bet ⚽ BeGambleAware.org",
     dict(_S10_UK, brand="Redcastle Bet"), 'the author is over 25 (CAP 16.3.14 met)'),
    ('pass', 'instagram', 'en', "#ad 18+ | Turned £20 into a four-fold on Redcastle Bet this Saturday ⚽ BeGambleAware.org",
     dict(_S10_UK, brand="Redcastle Bet"), 'a stake, not an age'),
    # --- UK weight control and food supplements' disease claims (CAP 13, CAP 15.1 and 15.6 ; Reg. 1924/2006 art. 13-14) --
    ('fail', 'instagram', 'en', "#ad Down half a stone in 10 days on the Leanly plan 💪 and I never counted a single calorie!",
     dict(_S10_UK, brand="Leanly"), 'a specific rate of weight loss (CAP 13.10 ; Reg. 1924/2006 art. 12(b))'),
    ('pass', 'instagram', 'en', "#ad Leanly meal-replacement shakes: 200 kcal, 20 g protein. Substituting two daily meals with a meal replacement contributes to weight loss.",
     dict(_S10_UK, brand="Leanly"), 'the authorised claim for meal replacements (Reg. 432/2012): no rate, no amount'),
    ('fail', 'facebook', 'en', "#ad My Brookwell Echinacea gummies keep the flu away: not a single sniffle since October 🤧🚫",
     dict(_S10_UK, brand="Brookwell"), 'a food supplement said to prevent a disease (CAP 15.6.2 ; Reg. 1924/2006 art. 14)'),
    ('fail', 'instagram', 'fr', "Publicité · Mes gélules Vitalis Sureau éloignent les rhumes : pas un seul rhume depuis que j'en prends 🤧",
     dict(_S10_FR, brand="Vitalis"), "prévention d'une maladie prêtée à un complément (règl. 1924/2006 art. 14 ; règl. 1169/2011 art. 7 §3)"),
    ('pass', 'instagram', 'fr', "Publicité · Vitalis Sureau + vitamine C : la vitamine C contribue au fonctionnement normal du système immunitaire. Une gélule par jour.",
     dict(_S10_FR, brand="Vitalis"), 'allégation de santé autorisée (règl. 432/2012)'),
    ('pass', 'facebook', 'en', "#ad Brookwell Vitamin D gummies: vitamin D contributes to the normal function of the immune system. One a day with food.",
     dict(_S10_UK, brand="Brookwell"), 'an authorised health claim (retained Reg. 432/2012 ; CAP 15.1)'),
    ('fail', 'instagram', 'en', "#ad Sculptwell tea burns belly fat specifically 🔥 it goes straight for the love handles.",
     dict(_S10_UK, brand="Sculptwell"), 'fat said to be lost from one part of the body (CAP 13.4)'),
    # --- CPF: nothing to pay since décret 2024-394 (C. trav. L6323-8-1 ; C. consom. L121-1) --------------------------------
    ('fail', 'facebook', 'fr', "Publicité · Formation anglais pro chez Linguéo : entièrement financée par ton CPF, 0 euro de ta poche 🇬🇧 Inscription via le lien !",
     dict(_S10_FR, brand="Linguéo"), 'participation obligatoire depuis le décret 2024-394 : « 0 euro » est trompeur, et les titulaires sont démarchés (L6323-8-1)'),
    ('fail', 'instagram', 'fr', "Publicité · Permis B avec ton CPF, sans rien débourser 🚗 Inscris-toi en 2 minutes via mon lien.",
     dict(_S10_FR, brand="Autoécole Prima"), 'prospection des titulaires du CPF et gratuité trompeuse'),
    ('pass', 'facebook', 'fr', "Publicité · Formation anglais pro chez Linguéo, éligible au CPF (reste à charge de 100 €). Inscription uniquement sur moncompteformation.gouv.fr.",
     dict(_S10_FR, brand="Linguéo"), "l'éligibilité dite, la participation dite, le portail officiel : aucune prospection"),
    # --- a prescription drug's ad with fair balance (21 CFR 202.1(e)) --------------------------------------------------
    ('pass', 'instagram', 'en', "#ad Paid partnership with Orlena. A year on Kalvera (ruxalimab) for my Crohn's disease and I'm back at work. My results, not a promise.\nImportant Safety Information: Kalvera can cause serious infections and allergic reactions. Do not use it if you have an active infection. Most common side effects: injection-site reactions, headache, joint pain.\nSee full Prescribing Information and the Medication Guide: kalvera.com/pi",
     dict(_S10_US, brand="Orlena"), 'benefit and major risks side by side, full PI linked (21 CFR 202.1(e)(5))'),
    ('fail', 'instagram', 'en', "#ad Paid partnership with Orlena. A year on Kalvera (ruxalimab) for my Crohn's and I'm back at work 🙌 Zero side effects for me. Ask your doctor about Kalvera!",
     dict(_S10_US, brand="Orlena"), 'benefit with no risk information, and risk denied (21 CFR 202.1(e)(5)-(6))'),
    ('fail', 'instagram', 'en', "#ad Paid partnership with Orlena. Clear skin at last thanks to Kalvera (ruxalimab) 🥹 Safety info in my bio.",
     dict(_S10_US, brand="Orlena"), 'the risks only behind a link: no fair balance in the ad (21 CFR 202.1(e)(5))'),
    ('pass', 'instagram', 'en', "#ad My derm prescribed tretinoin cream, a prescription medicine, for my acne. Side effects include redness, peeling and sun sensitivity, so SPF daily; talk to your doctor if you're pregnant. Full safety information: lumiderm.com/safety",
     dict(_S10_US, brand="LumiDerm"), 'the prescription drug with its main risks in the post (21 CFR 202.1(e)(5))'),
    # --- a self-tan is no crypto-asset, and a retouch contradicting the text misleads -----------------------------------
    ('pass', 'instagram', 'en', "#ad Solana Bay fake tan foam: one coat, no streaks, dry in two minutes 😍",
     dict(_S10_UK, brand="Solana Bay"), 'a self-tan product: no crypto-asset, no tanning service'),
    ('fail', 'instagram', 'en', "#ad Solana is going x10 before the listing 🚀 loaded up on SOL this morning",
     dict(_S10_UK, brand="Acme"), 'a crypto-asset promoted without the FCA risk warning (COBS 4.12A)'),
    ('fail', 'instagram', 'en', "#ad This volume? Two swipes of Orla Lash mascara. Zero editing, I swear 🖤",
     dict(_S10_US, brand="Orla", image_retouched=True), 'the edited image denied in the caption (FTC Act § 5 ; 16 CFR 255.1)'),
    ('fail', 'instagram', 'en', "#ad These brows are just Orla Brow gel. Unedited photo, promise!",
     dict(_S10_UK, brand="Orla", image_retouched=True), 'the retouch denied (CAP 3.1)'),
    ('fail', 'instagram', 'fr', "Publicité · Ces cils ? Juste deux couches du mascara Orla. Aucune retouche, promis 🖤",
     dict(_S10_FR, brand="Orla", image_retouched=True), 'retouche niée alors que l’image est retouchée (loi 2023-451 art. 5 III ; C. consom. L121-2)'),
    ('pass', 'instagram', 'en', "#ad These lashes? Just two coats of Orla Lash mascara. No falsies, no edits, I promise 🖤",
     dict(_S10_US, brand="Orla", image_retouched=False), 'the same words on an unedited picture: true'),
    # --- train11d's families: the content in health, gambling and cosmetic ads --------------------------------------------
    ('fail', 'instagram', 'en', "#ad Got my Vyvanse script online in ten minutes, now I can work all night 💊 Link in bio.",
     dict(_S10_US, brand="Zenquil Health"), 'a prescription stimulant promoted with no risk information (21 CFR 202.1(e)(5))'),
    ('fail', 'instagram', 'en', "#ad My Brookwell Zinc shots: I haven't had the flu in three years, way better than the flu shot 💪",
     dict(_S10_US, brand="Brookwell"), 'disease prevention claimed for a supplement, a vaccine set aside (FD&C Act 201(g)(1) ; FTC Act §§ 5, 12)'),
    ('fail', 'instagram', 'en', "#ad Lost at the weekend? One more acca on Redcastle Bet and you'll win it all back 💪 18+ BeGambleAware.org",
     dict(_S10_UK, brand="Redcastle Bet"), 'chasing losses (CAP 16.3.1 and 16.3.4)'),
    ('pass', 'instagram', 'en', "#ad Redcastle Bet: set a deposit limit before kick-off and never chase losses. 18+ BeGambleAware.org",
     dict(_S10_UK, brand="Redcastle Bet"), 'a responsible-gambling message (CAP 16)'),
    ('fail', 'instagram', 'en', "#ad Shoutout to the freshmen: your first parlay's on us at Lineup Sportsbook 🎓 21+ 1-800-GAMBLER",
     dict(_S10_US, brand="Lineup Sportsbook"), 'a sportsbook ad aimed at college freshmen, mostly under 21 (state rules ; AGA Code)'),
    ('fail', 'instagram', 'en', "#ad | Paid partnership with Velour Clinic: lip filler 2-for-1, this weekend only, bring your bestie 💋",
     dict(_S10_UK, brand="Velour Clinic"), 'a cosmetic intervention sold under time pressure (CAP 12.1, 1.3 ; ASA guidance)'),
    ('pass', 'instagram', 'en', "#ad | Paid partnership with Velour Clinic: lip filler starts with a medical consultation; results vary and last 6-12 months. Over-18s only.",
     dict(_S10_UK, brand="Velour Clinic"), 'a cosmetic intervention presented responsibly (CAP 12)'),
]
add(CONTENT11)

# --- session of 2026-11-30, emp11: employees' posts — the customer's pose, where the employment is told, whose employee ---
_EMP11_FR = dict(employee=True, rewarded=False, jurisdiction="fr")
_EMP11_US = dict(employee=True, rewarded=False, jurisdiction="us")
_EMP11_UK = dict(employee=True, rewarded=False, jurisdiction="uk")
EMP11 = [
    # an employee who recommends the employer's product or place as a customer would ("enfin trouvé", "get this one",
    # "the best … is at X, go before …", « je valide ») gives a consumer's testimonial: the employment is owed
    # (C. consom. L121-4 22° « se présenter faussement comme un consommateur »; 16 CFR 255.5; CPUTR Sch. 1 para 22)
    ('fail', 'instagram', 'fr', "Enfin trouvé LE sérum qui ne tiraille pas après la douche ✨ @maisonorlane, je valide à 100 %. #peausensible",
     dict(_EMP11_FR, brand="Maison Orlane"), "an employee's customer pose: « enfin trouvé », « je valide » (C. consom. L121-4 22°)"),
    ('fail', 'facebook', 'fr', "Franchement, les meilleures viennoiseries du quartier sont au Fournil de Léa 🥐 Courez-y avant 9 h, après il n'y a plus rien !",
     dict(_EMP11_FR, brand="Fournil de Léa"), "an employee sends readers to the shop as a regular would (C. consom. L121-4 22°)"),
    ('fail', 'facebook', 'en', "As a dad of two, I've packed a LOT of lunchboxes. The Brightbox Duo is the first one that doesn't leak in a backpack. If you've got kids, get this one.",
     dict(_EMP11_US, brand="Brightbox"), "an employee's first-person verdict and call to buy (16 CFR 255.5)"),
    ('fail', 'facebook', 'en', "Honestly the best sourdough in Bristol is at Crumb & Co on Gloucester Road 🍞 and their cinnamon knots are dangerous. Go before it sells out!",
     dict(_EMP11_UK, brand="Crumb & Co"), "the manager recommends the bakery as if a customer (CPUTR Sch. 1 para 22)"),
    ('fail', 'x', 'en', "New running app obsession: Stridely. The first one I've used that actually adapts my plan after a bad week. Get it before your spring race.",
     dict(_EMP11_US, brand="Stridely"), "an employee's verdict and call to get the product (16 CFR 255.5)"),
    ('fail', 'facebook', 'en', "Anniversary weekend 🥂 still smiling. Our families, our dog, and the tasting menu at Ember & Oak 😍 best dinner in Denver, you need to book them for your big night!",
     dict(_EMP11_US, brand="Ember & Oak"), "a personal post that turns into a recommendation of the employer (16 CFR 255.5)"),
    ('fail', 'instagram', 'en', "This Acme oolong has ruined all other tea for me 🫖 so smooth. 3 for 2 this week!",
     dict(_EMP11_UK, brand="Acme"), "an employee's verdict and a multi-buy offer (CPUTR Sch. 1 para 22)"),
    ('fail', 'instagram', 'fr', "Mes nouvelles lunettes Acme en acétate écaille 😍 elles vont avec tout. Courez en boutique, la collection part vite !\n.\n#lunettes #optique #monture #eyewear #style #ootd #salarieeAcme #mode #lookdujour",
     dict(_EMP11_FR, brand="Acme"), "le lien d'emploi noyé dans les hashtags, la salariée se présente en cliente (C. consom. L121-4 22°)"),
    ('pass', 'linkedin', 'en', "Acme broke ground today on our new distribution centre in Reno: 200 jobs over the next three years. I'm proud to lead the site's opening team.",
     dict(_EMP11_US, brand="Acme"), "corporate and jobs news: no product (16 CFR 255.0)"),
    # near-twins: a personal post naming the employer, thanks, a talk, a farewell promote nothing (loi 2023-451 art. 1; 16 CFR
    # 255.0; CAP 1.1)
    ('pass', 'instagram', 'fr', "Dernier jour chez Maison Orlane aujourd'hui 🥲 Merci à toute l'équipe pour ces cinq années, je vous aime.",
     dict(_EMP11_FR, brand="Maison Orlane"), "a farewell with love for the team: no product"),
    ('pass', 'linkedin', 'en', "Ten years at Brightbox today. Thank you to the best team I've ever worked with, and to everyone who believed in a tiny lunchbox startup.",
     dict(_EMP11_US, brand="Brightbox"), "a work anniversary and thanks: no product promoted"),
    ('pass', 'linkedin', 'en', "I'll be speaking at Bristol Food Connect on Thursday about how Crumb & Co cut its flour waste by a third. Come say hi after my talk!",
     dict(_EMP11_UK, brand="Crumb & Co"), "a talk about the work (CAP 1.1: no marketing communication)"),
    ('pass', 'facebook', 'fr', "Le Fournil de Léa recrute un·e boulanger·e en CDI à Nantes 🥖 La meilleure équipe du quartier, je vous le garantis. Candidatures en message privé.",
     dict(_EMP11_FR, brand="Fournil de Léa"), "a job ad praising the team (loi 2023-451 art. 1: no good or service promoted)"),
    # the employment told at the end of a long post, past the feed's cut or inside a wall of hashtags, is not clear and
    # conspicuous (16 CFR 255.5; FTC Disclosures 101; CAP 2.1; C. consom. L121-4 22°)
    ('fail', 'linkedin', 'en', "The new Acme Trailhead pack is the first one I've carried that doesn't dig into my shoulders on long climbs. I put 200 miles on a pre-release sample across the Cascades this summer and the hip belt never slipped once. It launches today in four colors.\n\n#hiking #outdoors #gear #backpacking #AcmeEmployee #camping #trails",
     dict(_EMP11_US, brand="Acme"), "the employment tag buried in a wall of hashtags (FTC Disclosures 101)"),
    ('fail', 'facebook', 'en', "The new Acme kettle is the first one quiet enough to boil before the baby wakes up, and the lid finally doesn't drip. First orders get 15% off this week. (Full disclosure: I work at Acme.)",
     dict(_EMP11_US, brand="Acme"), "the employment told last, past Facebook's mobile cut (16 CFR 255.5)"),
    ('fail', 'facebook', 'en', "The new Acme kettle is the first one quiet enough to boil before the baby wakes up, and the lid finally doesn't drip. First orders get 15% off this week. (Disclosure: I work for Acme.)",
     dict(_EMP11_UK, brand="Acme"), "the employment told past the cut (CPUTR Sch. 1 para 22; CAP 2.1)"),
    ('fail', 'instagram', 'fr', "La nouvelle bouilloire Acme est la première assez silencieuse pour chauffer l'eau sans réveiller bébé, et le couvercle ne goutte plus. -15 % cette semaine sur le site. (Je travaille chez Acme.)",
     dict(_EMP11_FR, brand="Acme"), "l'emploi dit après la coupure d'Instagram (C. consom. L121-4 22°)"),
    ('pass', 'facebook', 'en', "Full disclosure: I work at Acme. The new Acme kettle is the first one quiet enough to boil before the baby wakes up. First orders get 15% off this week.",
     dict(_EMP11_US, brand="Acme"), "the employment up front (16 CFR 255.5)"),
    ('pass', 'facebook', 'en', "The new Acme kettle is whisper quiet. 15% off this week. (Full disclosure: I work at Acme.)",
     dict(_EMP11_US, brand="Acme"), "a short post: the employment is seen before any cut (16 CFR 255.5)"),
    ('pass', 'x', 'en', "The new Acme kettle boils in 90 seconds and the lid finally doesn't drip. I work at Acme, so yes, I'm biased!",
     dict(_EMP11_US, brand="Acme"), "a short post with no cut: the employment is seen (16 CFR 255.5)"),
    ('pass', 'linkedin', 'en', "#AcmeEmployee here: the new Acme Trailhead pack launches today in four colors, and it's the first one I've carried that doesn't dig into my shoulders.\n\n#hiking #outdoors #gear #backpacking",
     dict(_EMP11_US, brand="Acme"), "the employment tag opens the post (FTC Disclosures 101)"),
    # an employer named that is not the brand promoted: the reader cannot see the tie to that brand (16 CFR 255.5; CPUTR
    # Sch. 1 para 22; C. consom. L121-4 22°)
    ('fail', 'linkedin', 'en', "Proud Halvard employee here 👋 but today I just want to talk about my new afternoon obsession: Fizzo lime seltzer. Zero sugar, actually tastes like lime. It's at Kroger stores starting this week.",
     dict(_EMP11_US, brand="Fizzo"), "Halvard owns Fizzo; the post does not say so (16 CFR 255.5)"),
    ('fail', 'instagram', 'en', "I work at Marrow Foods, but off the clock I'm hooked on Pippin oat bars. Best snack bar in the shop, honestly. Grab one at Tesco!",
     dict(_EMP11_UK, brand="Pippin"), "the employer named is not the brand promoted (CPUTR Sch. 1 para 22)"),
    ('pass', 'linkedin', 'en', "Proud Halvard employee here 👋 Halvard's Fizzo lime seltzer is in stores this week: zero sugar, actually tastes like lime.",
     dict(_EMP11_US, brand="Fizzo"), "the brand named as the employer's own product (16 CFR 255.5)"),
    ('pass', 'linkedin', 'en', "I work on the Fizzo team at Halvard, and our new lime seltzer is in stores this week: zero sugar, actually tastes like lime.",
     dict(_EMP11_US, brand="Fizzo"), "the employment is with the brand's own team (16 CFR 255.5)"),
    # an employee's post that promotes nothing: regulatory news quoting the label words, a job ad, a regulator's consultation
    # (loi 2023-451 art. 1; 16 CFR 255.0; CAP 1.1; FSMA s.21: no invitation to engage in investment activity)
    ('pass', 'linkedin', 'en', "For anyone running influencer campaigns: the ASA's latest rulings again say 'gifted' is only enough when the brand controls nothing. If there's a brief or an affiliate link, it's '#ad', up front.",
     dict(_EMP11_UK, brand="Larkspur PR"), "regulatory news quoting label words (CAP 1.1)"),
    ('pass', 'linkedin', 'en', "Vapeline is hiring a Quality Manager (Leeds, hybrid). You'd own our product compliance files for the MHRA and work with me on labelling. Details in the comments.",
     dict(_EMP11_UK, brand="Vapeline"), "a job ad: no vape promoted (CAP 22; CAP 1.1)"),
    ('pass', 'linkedin', 'en', "Worth reading for anyone in crypto compliance: the FCA's new consultation paper on stablecoin custody. I've spent two years on Coinbridge's compliance team; chapter 3 is the one to read first.",
     dict(_EMP11_UK, brand="Coinbridge"), "a regulator's consultation pointed to: no financial promotion (FSMA s.21)"),
    ('pass', 'linkedin', 'en', "Worth reading: the SEC's latest staff statement on crypto custody. Three years on Coinvale's compliance team taught me that the custody chapter is where the real questions are.",
     dict(_EMP11_US, brand="Coinvale"), "a regulator's statement pointed to: no promotion (16 CFR 255.0)"),
    ('fail', 'linkedin', 'en', "Vapeline is hiring! And while you're here: our new Mango Ice disposable is out now, 20% off this week.",
     dict(_EMP11_UK, brand="Vapeline"), "a job ad that also sells a vape: promoted by an employee without the link (CPUTR Sch. 1 para 22)"),
    ('fail', 'linkedin', 'en', "The FCA consultation is out. Meanwhile, our new Coinbridge staking account pays 6% a year: open yours today.",
     dict(_EMP11_UK, brand="Coinbridge"), "an invitation to invest by an employee (FSMA s.21; CPUTR Sch. 1 para 22)"),
]
add(EMP11)

# --- session of 2026-11-30, conn11 (train11e, spent11c): whole relationships. A second advertiser whose connection the
# text tells (a thanks for a stay or a gift beside its code, a code after its name, its referral link, "#xcollab") under a
# label naming only the first, or the paying brand left out of a label naming another: each advertiser identifiable (loi
# 2023-451 art. 5; C. consom. L121-1; 16 CFR 255.5 every material connection; CAP 2.1, CMA guidance). Twins: both named in
# the label, the second's gift told in plain words where the gift is the whole connection (FTC FAQ "Company X gave me this
# product"; CMA: "gifted" when the brand had no say), "(also an ad)", a denial that speaks of the second brand only. A gift
# label hiding pay (a series agreed with the brand, a code earning commission: 16 CFR 255.5; loi 2023-451 art. 5); a US
# contest entry labelled "#contest"/"#sweepstakes" or a brand-named sweepstakes tag (16 CFR 255.5 ex.; FTC FAQ), not "#sweeps"
_C11F = dict(employee=False, rewarded=True, jurisdiction="fr")
_C11U = dict(employee=False, rewarded=True, jurisdiction="us")
_C11K = dict(employee=False, rewarded=True, jurisdiction="uk")
_C11_ART5 = "each advertiser identifiable: the label names one, the text tells a second brand's gift, code or referral (loi 2023-451 art. 5; C. consom. L121-1)"
_C11_255 = "every material connection: the label names one advertiser, the text shows a second brand's commission, gift or referral (16 CFR 255.5)"
_C11_CAP = "the second brand's code or hosting makes its mention an ad too, and the label names only the first (CAP 2.1; CMA influencer guidance)"
CONN11 = [
    ('fail', 'instagram', 'fr', "Collaboration commerciale avec @verdelune 🌿\nMon rituel du dimanche : le masque à l'argile Verdelune.\n\nEt le peignoir ? Merci @atelier_linon 🤍 Avec le code LINON15, -15 % sur tout le site.", dict(_C11F, brand="Verdelune"), _C11_ART5),
    ('pass', 'instagram', 'fr', "Collaboration commerciale avec @verdelune et @atelier_linon 🌿\nMon rituel du dimanche : le masque à l'argile Verdelune.\n\nLe peignoir vient d'Atelier Linon, qui me l'a offert : code LINON15 pour -15 % sur tout le site.", dict(_C11F, brand="Verdelune"), "both advertisers named in the label up front (loi 2023-451 art. 5)"),
    ('fail', 'instagram', 'fr', "Collaboration commerciale avec Gîtes Brume 🏡 Deux jours dans le Vercors, feu de bois et silence. Merci à Spéléo Vercors pour la sortie grotte 🔦 code BRUME10 chez eux aussi !", dict(_C11F, brand="Gîtes Brume"), _C11_ART5),
    ('fail', 'instagram', 'fr', "Collaboration commerciale avec @aubrac_tourisme 🏔\nDeux jours sur le plateau : burons, aligot, et le silence.\nNuit au @buron_des_cimes — merci pour l'accueil 🙏", dict(_C11F, brand="Aubrac Tourisme"), _C11_ART5),
    ('fail', 'linkedin', 'fr', "Collaboration commerciale avec Comptaly.\n\nMa facturation est enfin automatisée, et mon comptable ne me relance plus.\n\nPour les rendez-vous clients, j'utilise Agendo. Mon lien de parrainage Agendo est en commentaire 😉", dict(_C11F, brand="Comptaly"), _C11_ART5),
    ('pass', 'linkedin', 'fr', "Collaboration commerciale avec Comptaly.\n\nMa facturation est enfin automatisée, et mon comptable ne me relance plus.\n\nPour les rendez-vous clients, j'utilise Agendo, que je paie de ma poche : aucun lien avec eux, pas de parrainage.", dict(_C11F, brand="Comptaly"), "the denial speaks of the second brand only; the paying one is labelled (loi 2023-451 art. 5)"),
    ('fail', 'linkedin', 'fr', "Collaboration commerciale avec Comptaly.\n\nMa facturation est enfin automatisée. Et non, ce n'est pas sponsorisé : j'adore l'outil, c'est tout.", dict(_C11F, brand="Comptaly"), "a paid author who denies the sponsorship of the labelled brand misleads (C. consom. L121-2)"),
    ('fail', 'instagram', 'en', "Sponsored by Tallo Fitness 💪 Leg day on the Tallo app, no kit needed. Recovery drink is Brisk Oat chocolate, code SAMFIT gets you 15% off 🫶", dict(_C11U, brand="Tallo Fitness"), _C11_255),
    ('pass', 'instagram', 'en', "Sponsored by Tallo Fitness 💪 Leg day on the Tallo app, no kit needed. Code SAM15 gets you 15% off the annual plan 🫶", dict(_C11U, brand="Tallo Fitness"), "the code is the labelled advertiser's own (16 CFR 255.5)"),
    ('fail', 'linkedin', 'en', "Paid partnership with Taxwise.\n\nFiling took me twenty minutes this year instead of a weekend.\n\nFor invoices I use Billro. Sign up with my link in the comments and you get $40 credit 👇", dict(_C11U, brand="Taxwise"), _C11_255),
    ('pass', 'linkedin', 'en', "Paid partnership with Taxwise, and the Billro link below is a referral link (we each get $40 credit if you sign up).\n\nFiling took me twenty minutes this year instead of a weekend.\n\nFor invoices I use Billro. Link in the comments 👇", dict(_C11U, brand="Taxwise"), "the second connection, a referral credit, told in plain words up front (16 CFR 255.5; FTC FAQ)"),
    ('pass', 'linkedin', 'en', "Paid partnership with Taxwise.\n\nFiling took me twenty minutes this year instead of a weekend. Sign up to Taxwise with my link in the comments and you get $40 credit 👇", dict(_C11U, brand="Taxwise"), "the referral is the labelled advertiser's (16 CFR 255.5)"),
    ('fail', 'instagram', 'en', "#ad for @brewhaus ☕ my Sunday cold brew: coarse grind, twelve hours, done.\n\nGlasses by @tumble.glassworks 🤍 #tumblecollab", dict(_C11U, brand="Brewhaus"), "the second brand's connection told only by '#collab', which is not clear (16 CFR 255.5; FTC Disclosures 101)"),
    ('pass', 'instagram', 'en', "#ad for @brewhaus ☕ my Sunday cold brew: coarse grind, twelve hours, done. #brewhauscollab", dict(_C11U, brand="Brewhaus"), "the labelled advertiser's own collab tag (16 CFR 255.5)"),
    ('fail', 'instagram', 'en', "#ad | @harrowskin 💄 Morning face: Harrow's tinted balm and a swipe of brow gel. The lipstick is @rougeandco Velvet Fig, code MIA20 for 20% off 💗", dict(_C11K, brand="Harrow Skin"), _C11_CAP),
    ('pass', 'instagram', 'en', "#ad | @harrowskin 💄 (lipstick gifted by @rougeandco, no obligation to post)\nMorning face: Harrow's tinted balm and Rouge & Co Velvet Fig, done.", dict(_C11K, brand="Harrow Skin"), "the paid content labelled '#ad', the unconditional gift labelled 'gifted' up front (CAP 2.1; CMA guidance on gifts)"),
    ('fail', 'instagram', 'en', "Ad: paid partnership with Kestrel Rail 🚆 Two days in York: the Minster at dawn, the Shambles at night. Thanks @theoldmill_york for having us 🙏 the comfiest room in town", dict(_C11K, brand="Kestrel Rail"), _C11_CAP),
    ('pass', 'instagram', 'en', "Ad: paid partnership with Kestrel Rail, and @theoldmill_york gave us a free night in return for this video (also an ad) 🚆 Two days in York, the Minster at dawn.", dict(_C11K, brand="Kestrel Rail"), "both relationships labelled as advertising up front (CAP 2.1)"),
    ('fail', 'instagram', 'en', "#ad for Solvane SPF 30, no white cast even on my kids 🌞 And yes, the hat: 15% off at Brimwell with code ZOE15 👒", dict(_C11U, brand="Brimwell"), "the label names another advertiser than the brand paying for the code (16 CFR 255.5)"),
    ('fail', 'instagram', 'en', "#ad with Fellside Outdoor for this fleece 🧥 And for everyone asking about my gloves: they're from Knitmoor, 10% off with code KNITJO 🧤", dict(_C11K, brand="Knitmoor"), "the label names another advertiser than the brand paying for the code (CAP 2.1; CPUTR)"),
    ('pass', 'x', 'en', "#ad for @lumenworks: the Arc desk lamp finally fixed my 4pm eye strain.\nAlso, Sitwell sent me this chair for free to review. Full thoughts next week 🪑", dict(_C11U, brand="Lumenworks"), "the second brand's gift told in plain words, naming the giver (16 CFR 255.5; FTC FAQ 'Company X gave me this product')"),
    ('fail', 'x', 'en', "#ad for @lumenworks: the Arc desk lamp finally fixed my 4pm eye strain.\nAlso, Sitwell sent me this chair for free, and SITWELL10 gets you 10% off 🪑", dict(_C11U, brand="Lumenworks"), "the gift is told, the commission on the second brand's code is not (16 CFR 255.5)"),
    ('fail', 'instagram', 'fr', "#produitoffert par @solenne.bio 🌿\nÉpisode 3/5 de notre série « zéro déchet » avec Solenne ! Cette semaine : la cuisine, bocaux et éponges lavables.", dict(_C11F, brand="Solenne"), "a series agreed with the brand is a paid partnership: « produit offert » hides it (loi 2023-451 art. 5)"),
    ('pass', 'instagram', 'fr', "Collaboration commerciale avec @solenne.bio 🌿\nÉpisode 3/5 de notre série « zéro déchet » avec Solenne ! Cette semaine : la cuisine, bocaux et éponges lavables.", dict(_C11F, brand="Solenne"), "the series labelled « Collaboration commerciale » up front (loi 2023-451 art. 5)"),
    ('fail', 'instagram', 'en', "#gifted by @ventogaming 🎮 the Arc headset's mic is crisp, zero hiss in voice chat. Code RILEY = 10% off 👀", dict(_C11U, brand="Vento"), "'#gifted' tells the gift, not the commission on the code (16 CFR 255.5)"),
    ('pass', 'instagram', 'en', "#ad #gifted by @ventogaming 🎮 the Arc headset's mic is crisp, zero hiss in voice chat. Code RILEY = 10% off 👀", dict(_C11U, brand="Vento"), "'#ad' up front covers the commission too (16 CFR 255.5)"),
    ('pass', 'instagram', 'en', "Contest entry 🏆 #MapleridgeSweepstakes\nFive winters in my Mapleridge parka and still the warmest thing I own ❄️", dict(_C11U, brand="Mapleridge"), "a contest entry labelled as such up front (16 CFR 255.5 example; FTC FAQ: #contest, #sweepstakes)"),
    ('pass', 'instagram', 'en', "#sweepstakes Five winters in my Mapleridge parka and still the warmest thing I own ❄️ entering to win a new one!", dict(_C11U, brand="Mapleridge"), "'#sweepstakes' up front (FTC FAQ)"),
    ('fail', 'instagram', 'en', "#sweeps Five winters in my Mapleridge parka and still the warmest thing I own ❄️", dict(_C11U, brand="Mapleridge"), "'#sweeps' is not understood (FTC FAQ)"),
    ('fail', 'instagram', 'en', "Five winters in my Mapleridge parka and still the warmest thing I own ❄️ Tag a friend!", dict(_C11U, brand="Mapleridge"), "a rewarded entry with no label (16 CFR 255.5)"),
]
add(CONN11)

# lead, stop 21: the material connection in the author's plain words, US (FTC Disclosures 101; 16 CFR 255.5); the UK asks
# for "Ad" (CAP 2.1); the author's own purchase or a product "giving" a result says nothing
_L12U = dict(jurisdiction="us", rewarded=True, employee=False)
LEAD12 = [
    ('pass', 'instagram', 'en', "Visit Tallin paid for my trip 🌴 here's what I loved: the old town at dawn, the saunas, too much rye bread.", dict(_L12U, brand="Visit Tallin"), "the payer of the trip named up front (FTC Disclosures 101)"),
    ('fail', 'instagram', 'en', "I finally paid for my trip to Tallin 🌴 the old town at dawn, the saunas, too much rye bread. Thanks Visit Tallin!", dict(_L12U, brand="Visit Tallin"), "the author's own purchase; the brand's reward untold (16 CFR 255.5)"),
    ('fail', 'instagram', 'en', "Visit Tallin paid for my trip 🌴 the old town at dawn, the saunas, too much rye bread.", dict(_L12U, brand="Visit Tallin", jurisdiction="uk"), "the UK asks for 'Ad' (CAP 2.1; ASA influencers' guide)"),
    ('pass', 'x', 'en', "Heads up: Harlow Blades sends me free razors for life. With that on the table, my 30-day shave test vs the drugstore brands.", dict(_L12U, brand="Harlow Blades"), "the free supply told up front (16 CFR 255.5)"),
    ('fail', 'x', 'en', "The Harlow Blades razor gives me the closest shave I've had in years. 30-day test vs the drugstore brands below.", dict(_L12U, brand="Harlow Blades"), "a product 'giving' a result tells no gift (16 CFR 255.5)"),
    ('fail', 'instagram', 'en', "#gifted 🎁 my new merino beanie from @kestrelknits, and they're paying me for three posts this month so expect more! Code ANNA10", dict(_L12U, brand="Kestrel Knits", jurisdiction="uk"), "pay said in the caption under '#gifted' is no label: 'Ad' up front (CAP 2.1; ASA influencers' guide)"),
    ('pass', 'instagram', 'en', "#ad 🎁 my new merino beanie from @kestrelknits, and they're paying me for three posts this month so expect more! Code ANNA10", dict(_L12U, brand="Kestrel Knits", jurisdiction="uk"), "'#ad' up front (CAP 2.1)"),
    ('pass', 'instagram', 'en', "#gifted 🎁 my new merino beanie from @kestrelknits, and they're paying me for three posts this month so expect more! Code ANNA10", dict(_L12U, brand="Kestrel Knits"), "the pay told in plain words beside the gift, early (16 CFR 255.5)"),
]
# employees speaking as customers of the employer's service: the switch, the money saved, nothing to fault, the regret of
# waiting (16 CFR 255.5; CPUTR Sch. 1 para 22 / DMCC Sch. 20; C. consom. L121-4 22°) — the job told, or no link, passes
_L12E = dict(employee=True, rewarded=False)
LEAD12 += [
    ('fail', 'facebook', 'en', "Just moved my home insurance to Quaystone and saved $380 a year 🤯 whole thing done on my phone. Why didn't I do it sooner?", dict(_L12E, jurisdiction="us", brand="Quaystone Insurance"), "an employee posing as a customer (16 CFR 255.5)"),
    ('pass', 'facebook', 'en', "I work at Quaystone, so take this with a pinch of salt: just moved my own home insurance to us and saved $380 a year 🤯", dict(_L12E, jurisdiction="us", brand="Quaystone Insurance"), "the job told up front (16 CFR 255.5)"),
    ('pass', 'facebook', 'en', "Just moved my home insurance to Quaystone and saved $380 a year 🤯 whole thing done on my phone. Why didn't I do it sooner?", dict(jurisdiction="us", brand="Quaystone Insurance", employee=False, rewarded=False), "a customer with no link speaks for themself (16 CFR 255.0)"),
    ('fail', 'facebook', 'en', "Honestly can't fault Larchmere Water. Leak reported at 9pm, fixed by breakfast, and my bill's lower than last year.", dict(_L12E, jurisdiction="uk", brand="Larchmere Water"), "an employee posing as a customer (DMCC Sch. 20 para 22; CAP 2.4)"),
    ('pass', 'facebook', 'en', "Honestly can't fault my Larchmere Water colleagues: a leak reported at 9pm on our street, fixed by breakfast. Proud of this crew.", dict(_L12E, jurisdiction="uk", brand="Larchmere Water"), "praise of colleagues, the job plain; no service sold (CAP 1.1)"),
    ('fail', 'facebook', 'fr', "Franchement rien à redire sur Ondine Énergie : compteur changé en 48 h et ma facture a baissé de 20 % cette année. Pourquoi j'ai attendu si longtemps ?", dict(_L12E, jurisdiction="fr", brand="Ondine Énergie"), "un salarié qui se présente en client (C. consom. L121-4 22°)"),
]
_SAVER = ("If you've got savings sitting in a current account, please move them 🙏 Thornbury's easy access saver is paying "
          "4.2% right now, no fees, withdraw any time. Your future self will thank you.")
LEAD12 += [
    ('fail', 'instagram', 'en', _SAVER + "\n\n#savings #money #TeamThornbury", dict(_L12E, jurisdiction="uk", brand="Thornbury Bank"), "the job only in the closing hashtags, after the cut (CAP 2.4; DMCC Sch. 20 para 22)"),
    ('pass', 'instagram', 'en', "I work at Thornbury Bank. " + _SAVER, dict(_L12E, jurisdiction="uk", brand="Thornbury Bank"), "the job told first (CAP 2.4)"),
    ('pass', 'instagram', 'en', "If you've got savings sitting in a current account, please move them 🙏 rates have been up for a year and easy access accounts pay 4% or more almost everywhere now.", dict(_L12E, jurisdiction="uk", brand="Thornbury Bank"), "a money tip that names no product of the employer (CAP 1.1)"),
]
# a regulator's act reported by an employee: an aside granting the reader an opinion ("whatever you think of crypto") turns
# no offer to them (16 CFR 255.0(a); CAP 1.1; loi 2023-451 art. 1)
LEAD12 += [
    ('pass', 'linkedin', 'en', "Big news: the SEC approved spot solana ETFs this morning. Whatever you think of crypto, this changes custody and reporting for a lot of funds.", dict(_L12E, jurisdiction="us", brand="Coinvale"), "regulatory news; the aside asks nothing of the reader"),
    ('fail', 'linkedin', 'en', "Big news: the SEC approved spot solana ETFs this morning. Your Coinvale account can hold them from today, get in before the rush!", dict(_L12E, jurisdiction="us", brand="Coinvale"), "the news turned into the employer's offer to the reader (16 CFR 255.5)"),
    ('pass', 'linkedin', 'fr', "L'AMF a publié ce matin sa doctrine sur les prestataires de crypto-actifs. Que vous soyez pour ou contre les cryptos, la conservation va changer pour beaucoup d'acteurs.", dict(_L12E, jurisdiction="fr", brand="Coinvale"), "une actualité réglementaire ; l'incise ne propose rien au lecteur"),
]
# a label that names its advertiser by a bare @handle after a bar or a colon ("Ad | @teahouse"): the reader is told who pays;
# another brand's code beside it is the brand's connection left unlabelled (CPUTR reg. 6(4)(b); CAP 2.1; 16 CFR 255.5)
_L12K = dict(jurisdiction="uk", rewarded=True, employee=False, brand="Fernhill Pottery")
LEAD12 += [
    ('fail', 'instagram', 'en', "Ad | @kettleandleaf 🍵 my Sunday Assam ritual. The teapot's from @fernhillpottery and you get 15% off there with NINA15.", _L12K, "the label names another advertiser; the brand's code unlabelled (CAP 2.1)"),
    ('pass', 'instagram', 'en', "Ad | @fernhillpottery 🍵 my Sunday Assam ritual in their new teapot, 15% off with NINA15.", _L12K, "the label names the brand (CAP 2.1)"),
    ('pass', 'instagram', 'en', "Ad | @kettleandleaf x @fernhillpottery 🍵 my Sunday Assam ritual, 15% off the teapot with NINA15.", _L12K, "the label names both (CAP 2.1)"),
]
# an employee rewarded by the programme who tells the team's life or a personal milestone, naming the employer, promotes
# nothing (loi 2023-451 art. 1 « promouvoir … des biens, des services »; 16 CFR 255.0; CAP 1.1); a product pushed beside
# it still is promoted; a hire the author's referral pays for is a job ad
_L12R = dict(employee=True, rewarded=True)
LEAD12 += [
    ('pass', 'linkedin', 'fr', "Dernier jour de séminaire à Annecy avec l'équipe Finance de Groupe Lavandin 🏔️ Deux jours à prendre du recul, une rando sous la pluie. Merci Inès pour l'organisation !", dict(_L12R, jurisdiction="fr", brand="Groupe Lavandin"), "la vie d'équipe, aucun produit promu"),
    ('pass', 'instagram', 'en', "Pizza Friday with the Harrow Freight night dispatch crew 🍕 14 trucks out on time this week. You all are the best.", dict(_L12R, jurisdiction="us", brand="Harrow Freight"), "team life, no product (16 CFR 255.0)"),
    ('fail', 'instagram', 'en', "Pizza Friday with the Harrow Freight crew 🍕 and a reminder: our new same-day freight service is the fastest in the state, book it today!", dict(_L12R, jurisdiction="us", brand="Harrow Freight"), "the employer's service pushed beside the team's life (16 CFR 255.5)"),
    ('pass', 'linkedin', 'en', "Harrow Freight is growing in Yorkshire: we need diesel technicians in Leeds, message me!", dict(_L12R, jurisdiction="uk", brand="Harrow Freight"), "a job ad (CAP 1.1)"),
]
# the host of a trip thanked for hosting, a free product received for a review, told up front (16 CFR 255.5; FTC FAQ); an
# employee's "can't recommend X enough … 10/10" as a customer (DMCC Sch. 20 paras 13 and 22)
LEAD12 += [
    ('pass', 'instagram', 'en', "Thanks to @visitmadeira for hosting my trip ✈️🌊 Porto Moniz pools at 7am were empty and unreal. Full itinerary in stories!", dict(_L12U, brand="Visit Madeira"), "the host named as giver, up front (16 CFR 255.5)"),
    ('pass', 'facebook', 'en', "I received this air fryer free from Cindra in exchange for an honest review. ⭐⭐⭐ Crisps well, loud fan, basket is a pain to clean.", dict(_L12U, brand="Cindra"), "the free product for a review told first (FTC FAQ)"),
    ('fail', 'facebook', 'en', "This Cindra air fryer crisps like nothing else, best gadget in my kitchen, grab one before Black Friday ends!", dict(_L12U, brand="Cindra"), "a rewarded post with no disclosure (16 CFR 255.5)"),
    ('fail', 'facebook', 'en', "Can't recommend Ashby Roofing enough! Storm took half the tiles and they had a crew up by lunch. 10/10 from start to finish 👏", dict(employee=True, rewarded=False, jurisdiction="uk", brand="Ashby Roofing"), "an employee posing as a customer (DMCC Sch. 20 para 22)"),
    ('pass', 'facebook', 'en', "Can't recommend Ashby Roofing enough! Storm took half the tiles and they had a crew up by lunch. 10/10 from start to finish 👏", dict(employee=False, rewarded=False, jurisdiction="uk", brand="Ashby Roofing"), "a customer with no link (CAP 1.1)"),
]
# the job told as "I work there" / « barista chez eux » once the brand is named (16 CFR 255.5; C. consom. L121-4 22°); a
# customer « cliente chez eux » tells no job; regulatory news told by a rewarded employee (a rule, a consultation's
# deadline, a reform postponed) promotes nothing (CAP 1.1; loi 2023-451 art. 1)
LEAD12 += [
    ('pass', 'x', 'en', "Cyber Monday at Wren & Sable: 30% off sitewide, the wool coats too 🖤 (I work there, so yes I'm biased)", dict(employee=True, rewarded=False, jurisdiction="us", brand="Wren & Sable"), "the job told beside the offer (16 CFR 255.5)"),
    ('fail', 'x', 'en', "Cyber Monday at Wren & Sable: 30% off sitewide, the wool coats too 🖤 (I shop there, so yes I'm biased)", dict(employee=True, rewarded=False, jurisdiction="us", brand="Wren & Sable"), "a customer's words hide the job (16 CFR 255.5)"),
    ('pass', 'instagram', 'fr', "Le nouveau chaï vanille de chez Brûlerie Sorel 😍 goûté en avant-première ce matin, avantage d'être barista chez eux 😉 Dispo dès lundi !", dict(employee=True, rewarded=False, jurisdiction="fr", brand="Brûlerie Sorel"), "le lien dit dans la publication"),
    ('fail', 'instagram', 'fr', "Le nouveau chaï vanille de chez Brûlerie Sorel 😍 goûté en avant-première ce matin, avantage d'être cliente fidèle chez eux 😉 Dispo dès lundi !", dict(employee=True, rewarded=False, jurisdiction="fr", brand="Brûlerie Sorel"), "une salariée qui se dit cliente (L121-4 22°)"),
    ('pass', 'linkedin', 'en', "The FTC's negative-option rule is good news for subscription businesses that actually deliver value. If retention depends on hiding the cancel button, that's not a strategy.", dict(_L12R, jurisdiction="us", brand="Subtly"), "an opinion on a rule, no product (16 CFR 255.0)"),
    ('pass', 'linkedin', 'en', "The Future Homes consultation closes on Friday. Whatever your view on heat pumps, installers need stable grant rules. Worth responding.", dict(_L12R, jurisdiction="uk", brand="Solwick"), "a consultation's deadline (CAP 1.1)"),
    ('pass', 'linkedin', 'fr', "Le report de la facturation électronique obligatoire à septembre 2027 pour les TPE est une bonne nouvelle, à condition de ne pas attendre le dernier moment. Mon conseil : cartographiez vos flux dès maintenant.", dict(_L12R, jurisdiction="fr", brand="Facturo"), "une actualité réglementaire commentée, aucun produit"),
]
# an offer said to be final in a post that says itself it comes back: the banned false limited-time claim (directive
# 2005/29/CE annex I pt 7; C. consom. L121-4 7°; DMCC Sch. 20 para 7; FTC Act § 5) — a real end date, or a restock
# told without a "never again", is lawful
LEAD12 += [
    ('fail', 'instagram', 'fr', "Publicité – Atelier Sorbier 🧶 DERNIÈRES PIÈCES du gilet Iroise, après c'est fini pour toujours !! (bon, réassort prévu jeudi mais chut 🤫) Code SORBIER15", dict(jurisdiction="fr", rewarded=True, employee=False, brand="Atelier Sorbier"), "fausse urgence avouée (L121-4 7°)"),
    ('pass', 'instagram', 'fr', "Publicité – Atelier Sorbier 🧶 le gilet Iroise est en rupture, réassort prévu jeudi ! Code SORBIER15", dict(jurisdiction="fr", rewarded=True, employee=False, brand="Atelier Sorbier"), "un réassort annoncé, sans fausse urgence"),
    ('fail', 'instagram', 'en', "#ad ⏰ LAST CHANCE! Marlow's 40% off ends TONIGHT at midnight and it's never coming back! (They do this every other Friday, don't stress 😂)", dict(_L12U, brand="Marlow"), "false urgency admitted (FTC Act § 5)"),
    ('pass', 'instagram', 'en', "#ad ⏰ Marlow's 40% off ends tonight at midnight, last chance for this round!", dict(_L12U, brand="Marlow"), "a real end date (FTC Act § 5)"),
    ('fail', 'instagram', 'en', "Ad | Tidewell's 48-hour flash sale, 50% off everything, ends Sunday and won't be back! 🕯️ (Psst, it's on every month 🤫)", dict(_L12U, brand="Tidewell", jurisdiction="uk"), "false urgency admitted (DMCC Sch. 20 para 7)"),
]
# a family tie told by the text itself: owed where it is seen, whatever the context says (16 CFR 255.5; DMCC Sch. 20
# para 22; C. consom. L121-4 22°)
_L12N = dict(employee=False, rewarded=False)
LEAD12 += [
    ('fail', 'instagram', 'en', "If you need a gift for literally anyone, Alder & Pine's leather notebooks are it 📓 Hand-stitched, personalised, and they ship in 2 days. Best small business in Leeds, trust me. (Okay, full disclosure: my husband owns it 😅)", dict(_L12N, jurisdiction="uk", brand="Alder & Pine"), "the tie told only after the cut (DMCC Sch. 20 para 22)"),
    ('pass', 'instagram', 'en', "Full disclosure: my husband owns it 😅 but Alder & Pine's leather notebooks are hand-stitched, personalised, and they ship in 2 days.", dict(_L12N, jurisdiction="uk", brand="Alder & Pine"), "the tie told first (CAP 2.1)"),
    ('fail', 'instagram', 'fr', "Meilleure bière blonde du Jura, sans discussion 🍺 La Combe Claire est fraîche, citronnée, à 4,5 % seulement. Dispo à l'épicerie du village ce week-end ! L'abus d'alcool est dangereux pour la santé. (Fière petite sœur : c'est mon frère qui la brasse 🥹)", dict(_L12N, jurisdiction="fr", brand="Brasserie Combe Claire"), "le lien familial dit après la coupure (L121-4 22°)"),
]
add(LEAD12)

# --- session of 2026-11-30, supp12: food supplements, an allowed trade with content rules of its own (règl. 1924/2006 and
# 1169/2011 art. 7 §3; directive 2002/46/CE art. 7; CAP 15; FD&C Act 201(g)(1); FTC Act §§ 5 and 12; HMR 2012 reg. 284) ---
_SP_FR = dict(employee=False, rewarded=True, jurisdiction="fr")
_SP_UK = dict(employee=False, rewarded=True, jurisdiction="uk")
_SP_US = dict(employee=False, rewarded=True, jurisdiction="us")
SUPP12 = [
    # --- a disease prevented, treated or cured ---
    ('fail', 'instagram', 'fr', "Publicité · Sorbéa 🍊 Leurs gélules sureau + zinc, c'est mon armure de l'hiver : zéro grippe, zéro angine chez nous depuis octobre.",
     dict(_SP_FR, brand="Sorbéa"), "prévention d'une maladie prêtée à un complément (règl. 1169/2011 art. 7 §3)"),
    ('pass', 'instagram', 'fr', "Publicité · Sorbéa 🍊 Leurs gélules sureau + zinc : le zinc contribue au fonctionnement normal du système immunitaire. Une par jour au petit-déjeuner.",
     dict(_SP_FR, brand="Sorbéa"), "allégation autorisée (règl. 432/2012)"),
    ('fail', 'facebook', 'fr', "Collaboration commerciale avec Ondélia 🌿 Trois ans de psoriasis sur les coudes, et leurs gélules d'huile de bourrache l'ont fait disparaître en deux mois.",
     dict(_SP_FR, brand="Ondélia"), "guérison d'une maladie prêtée à un complément (règl. 1169/2011 art. 7 §3)"),
    ('fail', 'instagram', 'fr', "Publicité · Probiora 🦠 Mes probiotiques du matin : fini les gastros et les cystites, toute la famille est protégée.",
     dict(_SP_FR, brand="Probiora"), "prévention de maladies (règl. 1169/2011 art. 7 §3 ; aucune allégation autorisée pour les probiotiques)"),
    ('pass', 'instagram', 'fr', "Publicité · Probiora 🦠 Mes probiotiques du matin, avec un grand verre d'eau. Ils ne remplacent pas une alimentation variée et équilibrée.",
     dict(_SP_FR, brand="Probiora"), "aucune allégation, rappel de l'alimentation variée"),
    ('fail', 'instagram', 'en', "#ad Kettleby turmeric shots 🧡 take one daily and you won't catch the flu this season, promise.",
     dict(_SP_UK, brand="Kettleby"), "a food said to prevent a disease (CAP 15.6 ; retained Reg. 1169/2011 art. 7(3))"),
    ('pass', 'instagram', 'en', "#ad Kettleby turmeric shots 🧡 with added vitamin C, which contributes to the normal function of the immune system. Zingy!",
     dict(_SP_UK, brand="Kettleby"), "an authorised claim (retained Reg. 432/2012 ; CAP 15.1)"),
    ('fail', 'instagram', 'en', "Sponsored by Lochmere — their hair gummies made my alopecia bald spots fill back in within two months 😭",
     dict(_SP_US, brand="Lochmere"), "treating a disease claimed for a supplement (FD&C Act 201(g)(1) ; 21 CFR 101.93(g))"),
    ('fail', 'instagram', 'en', "#ad Heartwell plant sterol capsules lowered my LDL cholesterol by 45 points, my cardiologist is taking patients off statins for these.",
     dict(_SP_US, brand="Heartwell"), "lowering cholesterol and replacing a drug: a disease claim (21 CFR 101.93(g) ; FTC Act § 12)"),
    ('pass', 'instagram', 'en', "#ad Lochmere biotin gummies support healthy hair, skin and nails.* One a day with breakfast.\n*These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease.",
     dict(_SP_US, brand="Lochmere"), "a structure/function claim with the DSHEA disclaimer (21 U.S.C. 343(r)(6))"),
    # --- an unauthorised or exaggerated health claim ---
    ('fail', 'instagram', 'fr', "Publicité · Immunéa 💪 Leurs gommes à la vitamine C renforcent tes défenses immunitaires de 200 % en une semaine.",
     dict(_SP_FR, brand="Immunéa"), "allégation chiffrée non autorisée (règl. 1924/2006 art. 5, 6 et 10)"),
    ('fail', 'instagram', 'fr', "Collaboration commerciale avec Nacréa ✨ Leur collagène marin en poudre régénère la peau en profondeur, on me donne 10 ans de moins.",
     dict(_SP_FR, brand="Nacréa"), "aucune allégation autorisée pour le collagène (règl. 1924/2006 art. 10)"),
    ('pass', 'instagram', 'fr', "Collaboration commerciale avec Nacréa ✨ Leur collagène marin en poudre contient de la vitamine C, qui contribue à la formation normale de collagène pour assurer la fonction normale de la peau.",
     dict(_SP_FR, brand="Nacréa"), "l'allégation autorisée de la vitamine C (règl. 432/2012)"),
    ('fail', 'instagram', 'en', "#ad Velvara collagen sachets are clinically proven to reverse ageing, my crow's feet have vanished.",
     dict(_SP_UK, brand="Velvara"), "unauthorised health claims (CAP 15.1 ; CAP 3.7)"),
    ('fail', 'instagram', 'en', "#ad Brightmind omega-3 chews for kids 🐟 they boost your child's IQ and make them smarter at school!",
     dict(_SP_US, brand="Brightmind"), "an unsubstantiated cognitive claim (FTC Act §§ 5 and 12)"),
    ('pass', 'instagram', 'en', "#ad Brightmind omega-3 chews 🐟 DHA supports brain health.* Two a day for ages 4+.\n*These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease.",
     dict(_SP_US, brand="Brightmind"), "a structure/function claim with its disclaimer (21 U.S.C. 343(r)(6))"),
    # --- a doctor's or health professional's recommendation (not in the US when true) ---
    ('fail', 'instagram', 'fr', "Publicité · Sérénis 🌙 Ma pharmacienne me les a recommandées pour mes nuits agitées et elle avait raison : leurs gélules de mélisse sont dans ma table de nuit.",
     dict(_SP_FR, brand="Sérénis"), "recommandation d'un professionnel de santé (règl. 1924/2006 art. 12 c))"),
    ('pass', 'instagram', 'fr', "Publicité · Sérénis 🌙 Mon médecin m'a conseillé de couper les écrans une heure avant le coucher ; depuis, leurs gélules de mélisse font partie de mon rituel du soir.",
     dict(_SP_FR, brand="Sérénis"), "le conseil du médecin porte sur l'hygiène du sommeil, pas sur le produit"),
    ('fail', 'instagram', 'en', "#ad Hollin magnesium capsules: my doctor recommended them for my restless legs and I'm finally sleeping 💤",
     dict(_SP_UK, brand="Hollin"), "reference to a doctor's recommendation (retained Reg. 1924/2006 art. 12(c) ; CAP 15.6)"),
    ('pass', 'instagram', 'en', "#ad Hollin magnesium capsules. Magnesium contributes to a reduction of tiredness and fatigue. My GP told me to cut caffeine after 2pm too, which helped more than anything.",
     dict(_SP_UK, brand="Hollin"), "an authorised claim; the GP's advice is about caffeine, not the product"),
    ('pass', 'instagram', 'en', "#ad Hollin magnesium glycinate: my doctor recommended it for my muscle cramps and it's helped.* \n*These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease.",
     dict(_SP_US, brand="Hollin"), "US: a doctor's true recommendation is no breach (16 CFR 255.3)"),
    # --- a balanced diet said not to be enough ---
    ('fail', 'instagram', 'fr', "Publicité · Vitalane 🥗 Soyons honnêtes : aujourd'hui, l'alimentation ne suffit plus, les sols sont épuisés. D'où mon multivitamines tous les matins.",
     dict(_SP_FR, brand="Vitalane"), "l'alimentation dite insuffisante (directive 2002/46/CE art. 7 ; décret 2006-352 art. 10)"),
    ('pass', 'instagram', 'fr', "Publicité · Vitalane 🥗 L'alimentation variée d'abord ! Mon multivitamines vient en complément l'hiver. Un complément alimentaire ne remplace pas une alimentation variée et équilibrée.",
     dict(_SP_FR, brand="Vitalane"), "le rappel obligatoire, aucune affirmation d'insuffisance"),
    ('fail', 'instagram', 'en', "#ad Harrow Greens powder 🥬 truth is, you can't get everything you need from food these days, so a scoop of this every morning.",
     dict(_SP_UK, brand="Harrow Greens"), "a balanced diet implied insufficient (CAP 15.7)"),
    ('pass', 'instagram', 'en', "#ad Harrow Greens 🥬 a balanced diet comes first; a scoop of this is just an extra on busy mornings. Food supplements shouldn't replace a varied diet.",
     dict(_SP_UK, brand="Harrow Greens"), "balanced diet first (CAP 15.7 met)"),
    ('fail', 'instagram', 'en', "#ad Fieldroot superfood powder: farm soil is so depleted that your veggies have almost no nutrients left. This fills the gap.",
     dict(_SP_US, brand="Fieldroot"), "food said empty of nutrients: unsubstantiated (FTC Act §§ 5 and 12)"),
    ('fail', 'instagram', 'fr', "Publicité · Sorbéa 🍊 Mes gommes anti-rhume au sureau : pas tombée malade une seule fois cet hiver !",
     dict(_SP_FR, brand="Sorbéa"), "prévention d'une maladie (règl. 1169/2011 art. 7 §3)"),
    ('fail', 'instagram', 'en', "#ad Hollin elderberry gummies 🫐 haven't been sick once since I started, and GPs recommend them too.",
     dict(_SP_UK, brand="Hollin"), "prevention of illness and health professionals' recommendation (CAP 15.6)"),
    ('pass', 'instagram', 'en', "#ad Hollin elderberry gummies 🫐 with vitamin C, which contributes to the normal function of the immune system. I was sick last week, so I asked my GP first.",
     dict(_SP_UK, brand="Hollin"), "an authorised claim; the GP consulted, no recommendation of the product"),
    ('fail', 'instagram', 'en', "#ad Kinley multivitamins 💊 modern diets are nutrient-deficient, so this is my daily top-up.",
     dict(_SP_UK, brand="Kinley"), "diets said unable to provide enough nutrients (CAP 15.7)"),
    # --- "FDA-approved" (US) and melatonin (UK) ---
    ('fail', 'instagram', 'en', "#ad Marisol collagen peptides, the first FDA approved collagen I've found 💫 code MARI15",
     dict(_SP_US, brand="Marisol"), "FDA does not approve dietary supplements (FTC Act § 5)"),
    ('pass', 'instagram', 'en', "#ad Marisol collagen peptides, third-party tested for heavy metals 💫 Dietary supplements are not FDA-approved, so I look for independent testing. Code MARI15",
     dict(_SP_US, brand="Marisol"), "the truth about FDA approval"),
    ('fail', 'instagram', 'en', "#ad Lullwell melatonin gummies 😴 asleep in 10 minutes flat, use my code for the US store",
     dict(_SP_UK, brand="Lullwell"), "melatonin is prescription-only in the UK: no advertising to the public (HMR 2012 reg. 284)"),
    ('pass', 'instagram', 'en', "#ad Lullwell melatonin gummies, 1 mg before bed: melatonin contributes to the reduction of time taken to fall asleep.",
     dict(_SP_FR, brand="Lullwell"), "France: an authorised claim for melatonin as a food supplement (règl. 432/2012)"),
    ('pass', 'instagram', 'en', "#ad Lullwell magnesium & chamomile gummies 😴 a melatonin-free wind-down blend. Magnesium contributes to normal psychological function.",
     dict(_SP_UK, brand="Lullwell"), "no melatonin promoted; an authorised claim"),
]
add(SUPP12)

# --- session of 2026-11-30, fin12 (train12a): content breaches under a correct label in consumer credit, gambling, CPF
# training and virtual influencers. Credit read from its offer (a loan, a payday advance, buy now pay later, credit
# repair): no credit whatever the borrower's record (CONC 3.3.10R; FTC Act § 5; C. consom. L312-5), a cost or a repayment
# without the representative APR (12 CFR 1026.24(d); CONC 3.5.5R; C. consom. L312-6), the HCSTC risk warning (CONC
# 3.4.1R), credit as a mood fix or "basically free" (CONC 3.3.1R; CAP 1.3), credit repair's guarantee and upfront fee
# (15 U.S.C. 1679b), France's mandatory sentence (L312-5). Gambling: chasing losses in new words (CAP 16.3.1; ANJ « se
# refaire »), students and video-game culture (state rules on college marketing; CAP 16.3.12); an honest tipster's record
# with its losing weeks is no income claim. CPF: a gift for enrolling (C. trav. L6323-8-1; Mon Compte Formation) and a
# guaranteed income (L121-2). A virtual influencer's result on a body it does not have (16 CFR 255.1(c); CAP 3.45; L121-2).
# Twins: each post lawful — the APR and representative example, the risk warning, a plain BNPL with its terms, a dispute
# service that bills after the work, a compliant tipster, a CPF course with no promise, a virtual creator who says it
# cannot try the product, a human's own result
_F12_FR = dict(employee=False, rewarded=True, jurisdiction="fr")
_F12_UK = dict(employee=False, rewarded=True, jurisdiction="uk")
_F12_US = dict(employee=False, rewarded=True, jurisdiction="us")
FIN12 = [
    # --- consumer credit ------------------------------------------------------------------------------------------------
    ('fail', 'facebook', 'en', "Ad | Fundrly 💷 NO credit checks, everybody approved, even with CCJs! Up to £1,500 in your account today.",
     dict(_F12_UK, brand="Fundrly"), 'credit said to be available whatever the borrower\'s record (CONC 3.3.10R)'),
    ('pass', 'facebook', 'en', "#ad A Fundrly personal loan paid for our new boiler. Representative example: borrow £3,000 over 36 months at 9.9% APR representative (fixed), monthly repayment £96.12, total amount payable £3,460.32. Credit subject to status and affordability.",
     dict(_F12_UK, brand="Fundrly"), 'the representative APR and example beside the figures (CONC 3.5.5R, 3.5.7R)'),
    ('fail', 'instagram', 'en', "#ad Quidsy 🤑 £250 before payday, approved in minutes, pay it back when you get paid!",
     dict(_F12_UK, brand="Quidsy"), 'high-cost short-term credit without its risk warning (CONC 3.4.1R)'),
    ('pass', 'instagram', 'en', "#ad Quidsy short-term loans: borrow £250 over 3 months. Representative 1,270% APR. Late repayment can cause you serious money problems. For help, go to moneyhelper.org.uk.",
     dict(_F12_UK, brand="Quidsy"), 'the HCSTC risk warning and the representative APR shown (CONC 3.4.1R, 3.5.5R)'),
    ('fail', 'instagram', 'en', "#ad Payzo 🛍️ Bad day? Treat yourself and never worry about the money, split it into 3, it's practically free 🥰",
     dict(_F12_UK, brand="Payzo"), 'credit as a mood fix and its cost played down (CONC 3.3.1R; CAP 1.3; ASA BNPL rulings)'),
    ('pass', 'instagram', 'en', "#ad Payzo 🛍️ I split the cost of my new trainers into 3 payments, no interest if paid on time. Missed payments may affect your credit score. 18+, UK residents, T&Cs apply.",
     dict(_F12_UK, brand="Payzo"), 'buy now pay later with its terms, no pressure (CAP 1.3 and 3.1 met)'),
    ('fail', 'facebook', 'en', "#ad LoanJet 💵 Bad credit? No problem! Everyone approved, cash tomorrow.",
     dict(_F12_US, brand="LoanJet"), 'approval promised whatever the record (FTC Act § 5; 12 U.S.C. 5536)'),
    ('fail', 'instagram', 'en', "#ad Fundwell 💸 Borrow $8,000 for only $179 a month! Apply in minutes.",
     dict(_F12_US, brand="Fundwell"), 'a payment amount, a Reg Z trigger term, without the APR and terms (12 CFR 1026.24(d))'),
    ('pass', 'instagram', 'en', "#ad Fundwell personal loans: borrow $8,000 over 60 months, $179 a month at 12.9% APR. APRs from 8.9% to 35.9% based on creditworthiness; subject to credit approval.",
     dict(_F12_US, brand="Fundwell"), 'the trigger term with the APR and the terms of repayment (12 CFR 1026.24(d)(2))'),
    ('fail', 'facebook', 'en', "#ad CleanSlate Credit 📈 We erase every negative mark from your credit report, bankruptcies included, guaranteed in 45 days. Pay $399 upfront to get started!",
     dict(_F12_US, brand="CleanSlate Credit"), 'removal of accurate items promised and a fee before the service (15 U.S.C. 1679b(a), (b))'),
    ('pass', 'facebook', 'en', "#ad CleanSlate Credit helped me dispute two errors on my credit report. They can't remove accurate information, and they only bill after each month's work is done.",
     dict(_F12_US, brand="CleanSlate Credit"), 'a dispute service with no promise and fees after the work (CROA met)'),
    ('fail', 'instagram', 'fr', "Publicité Mobelia ✨ Crédit conso à 3,5 % pour ton nouveau lit, réponse immédiate. Lien en bio 🛏️",
     dict(_F12_FR, brand="Mobelia"), "un taux sans exemple représentatif ni la mention « Un crédit vous engage… » (C. consom. L312-5, L312-6)"),
    ('pass', 'instagram', 'fr', "Publicité – Collaboration commerciale avec Mobelia. Crédit affecté pour mon nouveau lit : exemple représentatif, pour 1 500 € sur 12 mois, taux débiteur fixe 3,44 %, TAEG fixe 3,5 %, 12 mensualités de 127,38 €, montant total dû 1 528,56 €. Un crédit vous engage et doit être remboursé. Vérifiez vos capacités de remboursement avant de vous engager.",
     dict(_F12_FR, brand="Mobelia"), "l'exemple représentatif et la mention obligatoire (C. consom. L312-5, L312-6)"),
    ('fail', 'instagram', 'fr', "Publicité – Collaboration commerciale avec Mobelia. Leur crédit renouvelable m'a permis de m'offrir le canapé tout de suite 🛋️",
     dict(_F12_FR, brand="Mobelia"), "publicité pour un crédit sans la mention « Un crédit vous engage et doit être remboursé… » (C. consom. L312-5)"),
    ('pass', 'instagram', 'fr', "Publicité – Collaboration commerciale avec Mobelia. Leur crédit renouvelable m'a permis de m'offrir le canapé tout de suite 🛋️ Un crédit vous engage et doit être remboursé. Vérifiez vos capacités de remboursement avant de vous engager.",
     dict(_F12_FR, brand="Mobelia"), "sans chiffre, la mention obligatoire suffit (C. consom. L312-5)"),
    ('pass', 'instagram', 'fr', "Publicité – Collaboration commerciale avec Maison Orme 🛋️ Mon canapé en lin lavé, livré en 3 semaines. Paiement en 3 fois sans frais à la caisse.",
     dict(_F12_FR, brand="Maison Orme"), "un paiement en 3 fois sans frais n'est pas un crédit à la consommation (C. consom. L312-4 4°)"),
    # --- gambling -------------------------------------------------------------------------------------------------------
    ('fail', 'x', 'fr', "Publicité BetNova : grosse semaine de pertes ? Ce soir on se refait 🔥 mise doublée sur ton dépôt. Interdit aux moins de 18 ans. Jouer comporte des risques : endettement, isolement, dépendance. Appelez le 09 74 75 13 13.",
     dict(_F12_FR, brand="BetNova"), "incitation à se refaire après des pertes (C. séc. int. L320-12 ; ANJ)"),
    ('pass', 'x', 'fr', "Publicité BetNova : ce soir on se refait le classique PSG–OM au bar avec les potes ⚽ Cote boostée sur le vainqueur. Interdit aux moins de 18 ans. Jouer comporte des risques : endettement, isolement, dépendance. Appelez le 09 74 75 13 13.",
     dict(_F12_FR, brand="BetNova"), "« se refaire un match » : revoir une affiche, pas récupérer des pertes (mentions présentes)"),
    ('fail', 'x', 'en', "#ad Reelhouse: rough week at the tables? Deposit again tonight and spin your way back into profit 🔁 18+ BeGambleAware.org",
     dict(_F12_UK, brand="Reelhouse"), 'chasing losses encouraged (CAP 16.3.1)'),
    ('pass', 'x', 'en', "#ad Reelhouse: 20 free spins on the new Pharaoh slot for new players, no deposit needed. Set a deposit limit before you play. 18+ BeGambleAware.org T&Cs apply.",
     dict(_F12_UK, brand="Reelhouse"), 'an offer with its age line and safer-gambling message (CAP 16)'),
    ('fail', 'instagram', 'en', "#ad 📣 yo my college bros — Parlayz is live in Ohio!! Bet on our big game Saturday, $50 first bet bonus. 21+ 1-800-GAMBLER",
     dict(_F12_US, brand="Parlayz"), 'sports wagering marketed to college students (Ohio Adm. Code 3775-16; AGA code)'),
    ('pass', 'instagram', 'en', "#ad Reunion weekend with my college roommates, 15 years on 🍻 Parlayz is live in Ohio: we each put $20 on the homecoming game. 21+ only. Gambling problem? Call 1-800-GAMBLER.",
     dict(_F12_US, brand="Parlayz"), 'alumni, adults long after college: no student targeted (state rules met)'),
    ('pass', 'instagram', 'en', "#ad Parlayz is live in Ohio. Bet on Saturday's game with a $50 first bet bonus. 21+ only. Gambling problem? Call 1-800-GAMBLER.",
     dict(_F12_US, brand="Parlayz"), 'the same offer to adults, 21+ and the helpline (state rules met)'),
    ('fail', 'instagram', 'en', "#ad Strikr Bet 🎮 if you dominate your mates at FIFA you'll smash it on Strikr too, same skills 🕹️ 18+ BeGambleAware.org",
     dict(_F12_UK, brand="Strikr Bet"), 'betting tied to a video game of strong appeal to under-18s (CAP 16.3.12)'),
    ('pass', 'instagram', 'en', "#ad Strikr Bet ⚽ FIFA World Cup qualifiers this week: price boosts on every England match. 18+ BeGambleAware.org",
     dict(_F12_UK, brand="Strikr Bet"), "FIFA's World Cup is football, not the video game (CAP 16.3.12 not engaged)"),
    ('pass', 'x', 'en', "#ad Form Guide Pro tips (I'm 41, a member since March). Their full record is on their site: 38% strike rate, and more losing months than winning ones. Only bet what you can afford to lose. 18+ BeGambleAware.org",
     dict(_F12_UK, brand="Form Guide Pro"), 'an honest, verifiable record with its losses: no income claim (CAP 16.3.4 met)'),
    ('fail', 'x', 'en', "#ad Form Guide Pro tips 🏇 92% strike rate last month, honestly the easiest money I've made. 18+ BeGambleAware.org",
     dict(_F12_UK, brand="Form Guide Pro"), 'a strike rate sold as easy money (CAP 16.3.4; 3.1)'),
    # --- CPF training ---------------------------------------------------------------------------------------------------
    ('fail', 'instagram', 'fr', "Publicité Formapro 📚 Éligible CPF ! En 4 semaines tu deviens coach certifié et tu gagnes 4 000 €/mois garanti 💸",
     dict(_F12_FR, brand="Formapro"), "revenu garanti promis à l'issue d'une formation CPF (C. consom. L121-2)"),
    ('fail', 'instagram', 'fr', "Publicité Formapro 📚 Formation bureautique finançable CPF, et des AirPods offerts à l'inscription 🎁",
     dict(_F12_FR, brand="Formapro"), "un cadeau pour mobiliser le CPF (C. trav. L6323-8-1 ; Mon Compte Formation)"),
    ('pass', 'instagram', 'fr', "Publicité – Collaboration commerciale avec Formapro. Leur formation de développeur web (6 mois) est éligible au CPF, avec un reste à charge de 100 €. Programme, prérequis et taux d'insertion publiés sur leur site.",
     dict(_F12_FR, brand="Formapro"), "une formation éligible au CPF présentée sans promesse ni cadeau"),
    # --- virtual influencers --------------------------------------------------------------------------------------------
    ('fail', 'instagram', 'en', "#ad Lumi Serum x Nova (virtual creator) 💜 My pores basically vanished in ten days, my skin has never looked this smooth!",
     dict(_F12_UK, brand="Lumi Serum", image_virtual=True), 'a virtual influencer claims a result on its own skin (CAP 3.1, 3.45)'),
    ('pass', 'instagram', 'en', "#ad Lumi Serum x Nova (virtual creator) 💜 I'm CGI so I can't try it myself, but Lumi's serum has 10% niacinamide and their 4-week trial with 60 people is on their site.",
     dict(_F12_UK, brand="Lumi Serum", image_virtual=True), 'the product presented without a claim of use (CAP 3.45 met)'),
    ('fail', 'instagram', 'fr', "Publicité – Collaboration commerciale avec Peau Neuve · Image virtuelle 🤖 Depuis que j'applique leur crème, mes rides se sont estompées et mon teint est parfait ✨",
     dict(_F12_FR, brand="Peau Neuve", image_virtual=True), "un personnage virtuel prétend à un résultat sur sa peau (C. consom. L121-2)"),
    ('pass', 'instagram', 'fr', "Publicité – Collaboration commerciale avec Peau Neuve · Image virtuelle 🤖 Je suis une créatrice virtuelle : je ne peux pas tester leur crème, mais voici sa composition : 5 % de niacinamide, sans parfum ✨",
     dict(_F12_FR, brand="Peau Neuve", image_virtual=True), "le produit présenté sans prétendre l'avoir utilisé (C. consom. L121-2 respecté)"),
    ('fail', 'instagram', 'en', "#ad Hey loves, it's Kira 💫 Three weeks of Dewly's night cream and my fine lines look so much smoother!",
     dict(_F12_US, brand="Dewly", image_virtual=True), 'a computer-generated endorser cannot be a bona fide user (16 CFR 255.1(c))'),
    ('pass', 'instagram', 'en', "#ad Hey loves 💫 Three weeks of Dewly's night cream and my fine lines look so much smoother!",
     dict(_F12_US, brand="Dewly"), "a person's own honest result, labelled (16 CFR 255.1(c) met)"),
]
add(FIN12)

# --- session of 2026-11-30, alc12 (train12a, train11f): content the label does not cure in alcohol, children's products,
# slimming, nicotine and cosmetic posts. Alcohol credited with sporting performance or recovery, drunk at the wheel, pitched
# to pupils or to an 18-year-old's first year of college, credited with professional success (C. santé publ. L3323-4; CAP
# 18; DISCUS Code, Beer Institute Code); children told to buy or to ask their parents (directive 2005/29 annex I pt 28,
# C. consom. L121-7; CAP 5.9 and DMCC Act 2024 Sch. 20 para 28; CARU Guidelines); slimming aimed at pupils, weight lost by
# rate (CAP 13.3, 13.10); nicotine pouches in France (loi 2023-451 art. 4), US modified-risk claims (21 U.S.C. 387k); a
# cosmetic filler offered to a teenager (FTC Act § 5; HA lip fillers approved for adults). Twins: a beer after a hike that
# says nothing of performance, a drive ended before the drink, a gin by its botanicals, a toy post addressed to parents,
# a nicotine ad with the FDA warning and no claim, slimming for adults without a rate, filler for an adult with her kids
_A12F = dict(employee=False, rewarded=True, jurisdiction="fr")
_A12U = dict(employee=False, rewarded=True, jurisdiction="us")
_A12K = dict(employee=False, rewarded=True, jurisdiction="uk")
_A12_EVIN = "L'abus d'alcool est dangereux pour la santé, à consommer avec modération."
ALC12 = [
    # --- alcohol and sport: performance, recovery, fuel ------------------------------------------------------------------
    ('fail', 'instagram', 'fr', "Partenariat rémunéré avec la Brasserie du Col 🏔️\nSemi-marathon bouclé ce matin, et ma boisson de récupération, c'est leur ambrée bien fraîche. Le carburant des vrais coureurs 🍺💪\n" + _A12_EVIN,
     dict(_A12F, brand="Brasserie du Col"), "beer as a runner's recovery drink and fuel: no objective information (C. santé publ. L3323-4)"),
    ('fail', 'facebook', 'fr', "Publicité · Brasserie du Col\n25 km de trail dans les jambes : la meilleure récup' du monde, c'est une blonde du Col à l'arrivée 🍺\n" + _A12_EVIN,
     dict(_A12F, brand="Brasserie du Col"), "beer associated with a trail race and recovery (C. santé publ. L3323-4)"),
    ('pass', 'facebook', 'fr', "Publicité · Brasserie du Col\nNotre blonde : malt d'orge du plateau, houblon Saaz, 5,2 % vol., brassée à 1 200 m. Commandes à récupérer à la brasserie le samedi matin 🍺\n" + _A12_EVIN,
     dict(_A12F, brand="Brasserie du Col"), "origin, ingredients, degree and where to collect it: objective information (C. santé publ. L3323-4)"),
    ('fail', 'instagram', 'en', "#ad Ironpine Bourbon 🥃 my new pre-workout: one shot before leg day and I crush every set 💪",
     dict(_A12U, brand="Ironpine Bourbon"), "a spirit credited with athletic performance (DISCUS Code; Beer Institute Code; 27 CFR 5.235 misleading statements)"),
    ('fail', 'instagram', 'en', "#ad Harbour Lager is my post-run recovery drink after every 10k 🍺 gets my legs back faster. drinkaware.co.uk",
     dict(_A12K, brand="Harbour Lager"), "a lager credited with physical recovery after sport (CAP 18.5, 18.10)"),
    ('pass', 'instagram', 'en', "#ad Summit Ridge IPA 🍺 Six hours up and down the ridge today, then a cold Summit Ridge on the tailgate watching the sunset. 6.5% ABV, piney and bright. Please enjoy responsibly.",
     dict(_A12U, brand="Summit Ridge IPA"), "a beer after a hike, nothing said of performance or recovery (industry codes met)"),
    ('pass', 'instagram', 'en', "#ad Harbour Lager 🍺 Long coastal walk with the dog, then a pint of Harbour at the pub by the harbour wall. Crisp, 4.2% ABV. drinkaware.co.uk",
     dict(_A12K, brand="Harbour Lager"), "a pint after a walk, no link with performance (CAP 18 met)"),
    # --- alcohol and driving ------------------------------------------------------------------------------------------------
    ('fail', 'instagram', 'en', "#ad Pinecrest Hard Cider 🚗 Long drive home, so I keep a cold can in the cupholder and sip it behind the wheel 🍏",
     dict(_A12U, brand="Pinecrest Hard Cider"), "drinking while driving (state open-container and DUI laws; DISCUS and Beer Institute codes; FTC Act § 5)"),
    ('fail', 'instagram', 'en', "#ad Thornbury Cider 🍏 Windows down on the A30, a Thornbury in hand at the wheel, perfect summer. drinkaware.co.uk",
     dict(_A12K, brand="Thornbury Cider"), "alcohol linked with driving (CAP 18.11)"),
    ('fail', 'instagram', 'fr', "Collaboration commerciale avec Cidre de Pleumeur 🚗 Route des vacances, une bouteille de leur brut ouverte au volant, le bonheur 🍏\n" + _A12_EVIN,
     dict(_A12F, brand="Cidre de Pleumeur"), "le cidre associé à la conduite (C. santé publ. L3323-4)"),
    ('pass', 'instagram', 'en', "#ad Lakeside Lager 🍺 Road trip's over, car parked at the cabin, and the first cold Lakeside on the porch. Crisp, 4.6% ABV. Please enjoy responsibly.",
     dict(_A12U, brand="Lakeside Lager"), "the drive is over before the drink: nothing links alcohol with driving"),
    # --- alcohol and youth ---------------------------------------------------------------------------------------------------
    ('fail', 'instagram', 'fr', "Publicité – Collaboration commerciale avec Rosé des Aiguilles 🌸\nLe bac en poche, on a trinqué avec toute ma promo de terminale autour de leur rosé pamplemousse 🎉\n" + _A12_EVIN,
     dict(_A12F, brand="Rosé des Aiguilles"), "une fête de lycéens autour de l'alcool (C. santé publ. L3342-1 et L3323-4 ; loi 2023-451 art. 4)"),
    ('pass', 'instagram', 'fr', "Publicité – Collaboration commerciale avec Rosé des Aiguilles 🌸\nLeur rosé pamplemousse : vin rosé aromatisé, 10,5 % vol., à servir à 8 °C.\n" + _A12_EVIN,
     dict(_A12F, brand="Rosé des Aiguilles"), "informations objectives (C. santé publ. L3323-4)"),
    ('fail', 'instagram', 'en', "#ad Orchard Fizz 🍑 My little bro just turned 18 so we cracked these at his grad party 😂 perfect starter drink for freshman year!",
     dict(_A12U, brand="Orchard Fizz Hard Seltzer"), "drinking by an 18-year-old and pitched to college freshmen, under 21 (state law; DISCUS Code; FTC Act § 5)"),
    # --- alcohol and social or professional success -------------------------------------------------------------------------
    ('fail', 'linkedin', 'en', "#ad Honestly I used to dread client dinners. Now I order an Ashcombe gin and tonic, loosen up, and last month I walked out with two signed contracts. Funny what the right drink does 🍸",
     dict(_A12K, brand="Ashcombe Gin"), "confidence and professional success credited to the gin (CAP 18.2, 18.4)"),
    ('pass', 'linkedin', 'en', "#ad Ashcombe Dry Gin 🍸 juniper-forward, with pink grapefruit peel, 41.3% ABV. Best with a light tonic and plenty of ice after a long week of client dinners. drinkaware.co.uk",
     dict(_A12K, brand="Ashcombe Gin"), "the gin by its botanicals and strength, no success claimed (CAP 18 met)"),
    ('fail', 'instagram', 'en', "#ad Marlow Rum 🥃 took a bottle to the barbecue and went home with a date for Friday 😏 drinkaware.co.uk",
     dict(_A12K, brand="Marlow Rum"), "the rum credited with a date won (CAP 18.3, 18.4)"),
    ('fail', 'instagram', 'en', "#ad Arden Gin 🍸 one glass at the wedding and it got me all the attention 😏 drinkaware.co.uk",
     dict(_A12K, brand="Arden Gin"), "the gin credited with popularity (CAP 18.2, 18.4)"),
    ('pass', 'instagram', 'en', "#ad Arden Gin 🍸 took a bottle to the wedding: juniper and orange peel, 40% ABV, lovely with soda. drinkaware.co.uk",
     dict(_A12K, brand="Arden Gin"), "the gin by its botanicals and strength (CAP 18 met)"),
    ('pass', 'facebook', 'fr', "Publicité · Domaine des Lauzes\nNotre cuvée 2022 : 100 % syrah, 13,5 % vol., élevage 12 mois en demi-muids. 2 400 bouteilles, 21 € au caveau.\n" + _A12_EVIN,
     dict(_A12F, brand="Domaine des Lauzes"), "a bottling's run and its price: objective information (C. santé publ. L3323-4)"),
    # --- children told to buy or to ask their parents -------------------------------------------------------------------------
    ('fail', 'facebook', 'fr', "Publicité – Collaboration commerciale avec Jouets Galipette 🧸\nLes enfants, cette poupée parle et chante ! Demandez vite à vos parents de vous l'offrir pour Noël !",
     dict(_A12F, brand="Jouets Galipette"), "incitation directe des enfants à faire acheter leurs parents (C. consom. L121-7 ; directive 2005/29 annexe I pt 28)"),
    ('pass', 'facebook', 'fr', "Publicité – Collaboration commerciale avec Jouets Galipette 🧸\nParents, cette poupée parle et chante : ma fille de 5 ans ne la quitte plus. Une idée pour Noël !",
     dict(_A12F, brand="Jouets Galipette"), "un jouet présenté aux parents : aucune incitation directe des enfants"),
    ('fail', 'facebook', 'en', "#ad Kids! Zoomster scooters light up when you ride 🛴 Ask your mum or dad to buy you one today!",
     dict(_A12K, brand="Zoomster"), "a direct exhortation to children to have their parents buy (CAP 5.9; DMCC Act 2024 Sch. 20 para 28)"),
    ('pass', 'facebook', 'en', "#ad Parents: the Zoomster scooter lights up as it rolls, and my two have ridden it to school every day since half-term 🛴",
     dict(_A12K, brand="Zoomster"), "the toy presented to parents: no exhortation to children"),
    ('fail', 'facebook', 'en', "#ad Hey kids, the new Blastbot kit is here! 🤖 Tell your parents to get it for you this weekend before it's gone!",
     dict(_A12U, brand="Blastbot"), "children urged to make their parents buy (CARU Guidelines; FTC Act § 5)"),
    ('pass', 'facebook', 'en', "#ad Parents, the Blastbot kit kept my 8-year-old busy all weekend 🤖 a great birthday gift idea.",
     dict(_A12U, brand="Blastbot"), "a toy recommended to parents (CARU Guidelines met)"),
    # --- slimming aimed at pupils; weight lost by rate ------------------------------------------------------------------------
    ('fail', 'instagram', 'fr', "Publicité Minceo 🍵 Les filles de 2nde, 10 jours de thé détox avant le bal du lycée et la robe vous ira parfaitement 💃 Code BAL10",
     dict(_A12F, brand="Minceo"), "un thé amaigrissant proposé à des lycéennes (C. consom. L121-1 ; directive 2005/29 art. 5 §3)"),
    ('pass', 'instagram', 'fr', "Publicité Minceo 🍵 Pour préparer mon mariage, un programme minceur suivi avec une diététicienne : repas équilibrés, marche tous les jours. Code MINCEO10",
     dict(_A12F, brand="Minceo"), "un programme pour adultes, sans promesse de rythme"),
    ('fail', 'instagram', 'en', "#ad TrimSip 🍵 Year 10 girls, the leavers' disco is in a month: one skinny sip tea a day and you're dress-ready!",
     dict(_A12K, brand="TrimSip"), "a slimming tea aimed at 14–15-year-olds (CAP 13.3)"),
    ('fail', 'instagram', 'en', "#ad 6kg down in 3 weeks with ShapeShake 😱 swapped breakfast and lunch, kept my usual dinner. Code JO10",
     dict(_A12K, brand="ShapeShake"), "weight lost stated by amount and period (CAP 13.10)"),
    ('pass', 'instagram', 'en', "#ad My ShapeShake breakfast keeps me full till lunch 🍫 I pair it with a balanced dinner and my Saturday parkrun. Code JO10",
     dict(_A12K, brand="ShapeShake"), "a meal replacement for an adult, no rate of loss (CAP 13 met)"),
    ('pass', 'facebook', 'en', "#ad Paid by Trimly. I lost 9 lbs in 8 weeks swapping dinner for a Trimly bowl and walking daily. Not typical: in Trimly's 12-week study, people lost about 4 lbs on average.",
     dict(_A12U, brand="Trimly"), "an atypical result told beside the generally expected one (16 CFR 255.2(b))"),
    ('fail', 'facebook', 'en', "#ad Lost 9 lbs in 8 weeks with Trimly shakes, so easy!",
     dict(_A12U, brand="Trimly"), "an atypical result with no generally expected result (16 CFR 255.2(b); FTC Act § 5)"),
    ('fail', 'facebook', 'en', "#ad Paid by Trimly. I lost 9 lbs in 8 weeks swapping dinner for a Trimly bowl. In Trimly's 12-week study, people lost about 4 lbs on average.",
     dict(_A12K, brand="Trimly"), "a rate of weight loss is banned in the UK whatever the average told (CAP 13.10)"),
    # --- nicotine: pouches in France, modified-risk claims in the US ----------------------------------------------------------
    ('fail', 'instagram', 'fr', "Publicité · Collaboration commerciale avec Glacesnus\nPour les longues journées au bureau, mes sachets menthe glaciale : discrets, pas de fumée, pas d'odeur 🧊 Réservé aux majeurs.",
     dict(_A12F, brand="Glacesnus"), "sachets de nicotine : promotion interdite (loi 2023-451 art. 4 I)"),
    ('pass', 'instagram', 'fr', "Publicité · Collaboration commerciale avec Braséro Nord 🔥\nLeur nouveau brasero à granulés : pas de fumée, pas d'odeur, parfait pour les soirées en terrasse.",
     dict(_A12F, brand="Braséro Nord"), "un brasero sans fumée : aucun produit nicotiné"),
    ('fail', 'facebook', 'en', "WARNING: This product contains nicotine. Nicotine is an addictive chemical.\n#ad Cloudline pods are way less harmful than cigarettes and they finally got me to quit smoking 🙌",
     dict(_A12U, brand="Cloudline"), "a reduced-harm and cessation claim without an FDA order (21 U.S.C. 387k; FD&C Act § 911)"),
    ('pass', 'facebook', 'en', "WARNING: This product contains nicotine. Nicotine is an addictive chemical.\n#ad Cloudline's new Mango Ice pods are here, 5% nicotine salt. 21+ only.",
     dict(_A12U, brand="Cloudline"), "the required warning, no health claim (21 CFR 1143.3)"),
    ('fail', 'instagram', 'en', "#ad Swapped my afternoon coffee for a Brindle mint pouch 🌿 no spitting, lasts about 40 minutes.",
     dict(_A12U, brand="Brindle"), "a nicotine pouch by its form, without the FDA warning (21 CFR 1143.3)"),
    ('pass', 'instagram', 'en', "WARNING: This product contains nicotine. Nicotine is an addictive chemical.\n#ad Swapped my afternoon coffee for a Brindle mint pouch 🌿 no spitting, lasts about 40 minutes. 21+",
     dict(_A12U, brand="Brindle"), "the FDA warning first, no health claim (21 CFR 1143.3)"),
    ('fail', 'instagram', 'en', "#ad Cotton candy ice 🍭 my fave PuffCloud flavour for study breaks",
     dict(_A12K, brand="PuffCloud"), "a vape by its flavour and its maker's name: no e-cigarette ads online (TRPR 2016 reg. 43; CAP 22.12)"),
    ('pass', 'instagram', 'en', "#ad Blue razz ice 🧊 my fave Slushco flavour this summer, the big cup is £2 at the seafront kiosk",
     dict(_A12K, brand="Slushco"), "a slushie's flavour: no nicotine product"),
    # --- cosmetic interventions for minors (US) -------------------------------------------------------------------------------
    ('fail', 'instagram', 'en', "#ad GlowLab Aesthetics 💋 Took my 15 yr old for her first lip filler before homecoming and she's obsessed! Bring your teen in for 15% off",
     dict(_A12U, brand="GlowLab Aesthetics"), "lip filler promoted for a 15-year-old (HA lip fillers approved for adults; FTC Act § 5)"),
    ('pass', 'instagram', 'en', "#ad GlowLab Aesthetics 💋 Between school pickups for my kids I finally booked my subtle lip filler. Consultation first, natural results.",
     dict(_A12U, brand="GlowLab Aesthetics"), "an adult's filler; her children are mentioned, not addressed (FTC Act § 5 met)"),
]
add(ALC12)


# --- lead, stop 22 (train13h): a vacancy in plain words and a careers page; praise said to the people; a result promised
# to the reader; an amount in pounds ------------------------------------------------------------------------------------
_L13E = dict(jurisdiction="uk", employee=True, rewarded=False)
_L13R = dict(employee=False, rewarded=True)
LEAD13 = [
    ('pass', 'linkedin', 'en', "We're recruiting! Oakbridge Legal is looking for a paralegal for our Leeds office. Applications close 14 March: oakbridgelegal.co.uk/early-careers",
     dict(_L13E, brand="Oakbridge Legal"), "a vacancy: no goods or services promoted (CAP 1.1); the careers page is no shop"),
    ('pass', 'linkedin', 'en', "Our 2027 graduate intake at Oakbridge Legal is open. Six places, Leeds and York.",
     dict(_L13E, brand="Oakbridge Legal"), "a graduate intake: a vacancy (CAP 1.1)"),
    ('fail', 'linkedin', 'en', "Fixed-fee wills at Oakbridge Legal from £99 this month: oakbridgelegal.co.uk/wills",
     dict(_L13E, brand="Oakbridge Legal"), "the employer's offer on its own page, the job untold (CPUTR Sch. 1 para 22; CAP 2.1)"),
    ('fail', 'linkedin', 'en', "We're recruiting new clients! Fixed-fee wills at Oakbridge Legal from £99: oakbridgelegal.co.uk/wills",
     dict(_L13E, brand="Oakbridge Legal"), "'recruiting' said of clients: the offer is promoted, the job untold (CPUTR Sch. 1 para 22)"),
    ('pass', 'linkedin', 'en', "Huge thanks to the Platform team at Corvane for the all-nighter on the cutover. You lot are brilliant. 🙌",
     dict(_L13E, brand="Corvane"), "thanks to colleagues: the praise is said to them (CAP 1.1)"),
    ('pass', 'linkedin', 'en', "Shout-out to the night shift at Corvane's Bristol depot: you guys are legends.",
     dict(_L13E, brand="Corvane"), "praise said to the people addressed (CAP 1.1)"),
    ('fail', 'instagram', 'en', "#ad I went from £0 to £6k a month with the Shopwise Academy course 💷 you can too, no experience needed! Link in bio",
     dict(_L13R, jurisdiction="uk", brand="Shopwise Academy"), "an atypical income promised to the reader (CAP 3.1 and 3.7)"),
    ('fail', 'instagram', 'en', "#ad Made $12K my first month after the Launchpath course. You will too 💸 enroll with my link",
     dict(_L13R, jurisdiction="us", brand="Launchpath"), "an atypical income promised to the reader (FTC Act § 5; 16 CFR 255.2(b))"),
    ('pass', 'instagram', 'en', "#ad Ran my first 10k on the Stridely plan after 12 weeks. You can too: the beginner plan is free for a month.",
     dict(_L13R, jurisdiction="us", brand="Stridely"), "a training result, not an income; labelled (16 CFR 255.5)"),
    ('pass', 'instagram', 'en', "Ad | Sold £300 of old kids' clothes on Resello this spring 🧺 listing takes two minutes, the app does the photos.",
     dict(_L13R, jurisdiction="uk", brand="Resello"), "money from selling one's own things, no income promised to the reader; 'Ad' up front (CAP 2.1)"),
    ('fail', 'instagram', 'fr', "Publicité | Je suis passée de 0 € à 5 000 € par mois grâce à la formation Boutikpro 💶 toi aussi tu peux, lien en bio",
     dict(_L13R, jurisdiction="fr", brand="Boutikpro"), "un revenu atypique promis au lecteur (C. consom. L121-2)"),
]
add(LEAD13)

# --- lead, stop 22 (train13i): « belle nouvelle » is news; "everything else I bought myself" denies no sponsor; a client of
# the author's agency; a bet on tonight's game; prom; a partner named in words who is not the brand ---------------------------
LEAD13 += [
    ('pass', 'linkedin', 'fr', "Belle nouvelle chez Ardelis ce matin : l'accord de participation est signé avec les élus du CSE. Merci aux équipes RH et aux élus !",
     dict(jurisdiction="fr", employee=True, rewarded=False, brand="Ardelis"), "une nouvelle sociale, rien n'est promu (loi 2023-451 art. 1)"),
    ('fail', 'linkedin', 'fr', "La nouvelle gamme de coffrets arrive chez Ardelis ce matin : -20 % pour les 100 premières commandes sur ardelis.fr",
     dict(jurisdiction="fr", employee=True, rewarded=False, brand="Ardelis"), "le lancement de l'employeur, le lien d'emploi tu (C. consom. L121-4 22°)"),
    ('pass', 'instagram', 'en', "Sponsored by Lumeo 🎥 — building a budget vlog kit under $400. Lumeo's light is in it; the rest I bought myself. Links below.",
     dict(jurisdiction="us", employee=False, rewarded=True, brand="Lumeo"), "the sponsor told up front; the purchase said of the other items (16 CFR 255.5)"),
    ('fail', 'instagram', 'en', "Building a budget vlog kit under $400 with Lumeo's ring light, which I bought myself. Links below.",
     dict(jurisdiction="us", employee=False, rewarded=True, brand="Lumeo"), "a rewarded author says the brand's product was bought (16 CFR 255.5; FTC Act § 5)"),
    ('pass', 'linkedin', 'en', "Full disclosure: Tidewell is a client of my agency. Their new route planner cut our test fleet's empty miles by a fifth.",
     dict(jurisdiction="us", employee=False, rewarded=True, brand="Tidewell"), "the business link told up front in plain words (16 CFR 255.5)"),
    ('fail', 'linkedin', 'en', "Full disclosure: Tidewell is a client of my agency. Their new route planner cut our test fleet's empty miles by a fifth.",
     dict(jurisdiction="uk", employee=False, rewarded=True, brand="Tidewell"), "the UK asks for 'Ad' (CAP 2.1; ASA/CMA influencer guide)"),
    ('fail', 'instagram', 'en', "#ad 21+ all my freshmen in the dorm 🏈 bet on tonight's game with Oddsly, code FROSH25. Gambling problem? Call 1-800-GAMBLER",
     dict(jurisdiction="us", employee=False, rewarded=True, brand="Oddsly"), "a sports-betting ad aimed at college students (state rules; AGA Responsible Marketing Code)"),
    ('fail', 'instagram', 'en', "#ad prom season glow-up 💋 lip filler at Lush Lips Clinic for that prom pout, from £129",
     dict(jurisdiction="uk", employee=False, rewarded=True, brand="Lush Lips Clinic"), "a cosmetic filler aimed at school-age readers (CAP 12.25)"),
    ('fail', 'instagram', 'fr', "Partenariat avec Maison Corbel ☕ Mes grains du mois viennent de la Torréfaction Aubier : -10 % avec le code AUBIER10 sur leur site.",
     dict(jurisdiction="fr", employee=False, rewarded=True, brand="Torréfaction Aubier"), "la mention nomme un autre annonceur que la marque qui rémunère (loi 2023-451 art. 5)"),
    ('pass', 'instagram', 'fr', "Partenariat avec la Torréfaction Aubier ☕ Mes grains du mois : un kenya lumineux. -10 % avec le code AUBIER10 sur leur site.",
     dict(jurisdiction="fr", employee=False, rewarded=True, brand="Torréfaction Aubier"), "la mention nomme l'annonceur (loi 2023-451 art. 5)"),
]
add(LEAD13[11:])


# a paid promoter touting a token in the US without the amount received (Securities Act § 17(b); SEC v. Kardashian, 2022): two
# law-only writers failed it (train13i us-011; 12d us-025), the amount told passes (13i us-046): no human review left
_US_17B = "Securities Act § 17(b): the consideration's amount untold"
RELABELLED.update({t: ("fail", _US_17B) for t in (
    "#ad Just aped into $VEYX on the Vey exchange, sats stacking season", "#ad My first tokens are in, let's go")})
LEAD13 += [
    ('pass', 'x', 'en', "Paid promotion: Kovra Labs paid me $2,000 in USDC to post about the $KOVR token launch. Crypto is risky, DYOR.",
     dict(jurisdiction="us", employee=False, rewarded=True, brand="Kovra Labs"), "the consideration's source and amount told (Securities Act § 17(b))"),
    ('fail', 'x', 'en', "#ad Kovra Labs' $KOVR token launches Friday, staking at 30% APY 🚀 not financial advice, DYOR",
     dict(jurisdiction="us", employee=False, rewarded=True, brand="Kovra Labs"), "a paid tout without the amount received (Securities Act § 17(b))"),
]
add(LEAD13[21:])

# --- kids13 (#15): food aimed at children, France's food health message, alcohol and social success, a card's 0 %, ------
# --- gambling as a way to pay the bills, and warns decided by the law -------------------------------------------------
_K13F = dict(employee=False, rewarded=True, jurisdiction="fr")
_K13U = dict(employee=False, rewarded=True, jurisdiction="us")
_K13K = dict(employee=False, rewarded=True, jurisdiction="uk")
_K13_EVIN = "L'abus d'alcool est dangereux pour la santé, à consommer avec modération."
_K13_PNNS = "Pour votre santé, évitez de manger trop gras, trop sucré, trop salé. www.mangerbouger.fr"
KIDS13 = [
    # --- HFSS food aimed at children (UK: CAP 15.14–15.18) and children's food claims (US: CARU) --------------------------
    ('fail', 'facebook', 'en', "Ad | Paid partnership with CrunchyBears 🐻🍫\nHey kids! There's a secret sticker in every CrunchyBears chocolate bar, collect all 8 and show your mates at school 🎒",
     dict(_K13K, brand="CrunchyBears"), "an HFSS chocolate bar promoted to children with a collect-the-set promotion (CAP 15.14, 15.15, 15.18)"),
    ('pass', 'instagram', 'en', "Ad | @CrunchyBears 🍫 Our new 70% dark chocolate bar has 30% less sugar than the classic. £2 at Tesco this week.",
     dict(_K13K, brand="CrunchyBears"), "a chocolate bar advertised to adults: nothing directed at under-16s (CAP 15.18 not engaged)"),
    ('fail', 'instagram', 'en', "Ad | @BurgerBarn 🍔\nKids! Grab your free Space Squad toy with every Cheesy Meal these Easter holidays 🚀",
     dict(_K13K, brand="BurgerBarn"), "an HFSS meal promoted to children with a licensed toy (CAP 15.14, 15.15, 15.18)"),
    ('pass', 'facebook', 'en', "Ad | @BurgerBarn 🍔 Parents, the Kids Meal now comes with a fruit bag and water as standard. Easter holidays sorted.",
     dict(_K13K, brand="BurgerBarn"), "a meal advertised to parents, nothing said to children (CAP 15.18 not engaged)"),
    ('fail', 'instagram', 'en', "Ad | @FizzBlast 🥤 Tag your school mates, whoever downs the most FizzBlast cola at break wins a crate 😂 #schoollife",
     dict(_K13K, brand="FizzBlast"), "a sugary drink pushed to pupils, with a drinking contest (CAP 15.11, 15.18)"),
    ('pass', 'instagram', 'en', "Ad | @FizzBlast 🥤 Tag the mate you'd share a cold FizzBlast with after Sunday league 🙌",
     dict(_K13K, brand="FizzBlast"), "a soft drink advertised to adults: nothing aimed at under-16s"),
    ('fail', 'facebook', 'en', "#ad This video is sponsored by Frostie Puffs 🥣\nHey kids! Frostie Puffs cereal is just as good for you as a plate of veggies, so have three bowls!",
     dict(_K13U, brand="Frostie Puffs"), "a sugary cereal likened to vegetables for children, and excess urged (CARU Guidelines; FTC Act § 5)"),
    ('pass', 'instagram', 'en', "#ad @FrostiePuffs Moms, Frostie Puffs now have 6g of sugar per serving and whole grain as the first ingredient.",
     dict(_K13U, brand="Frostie Puffs"), "a cereal's facts told to parents (CARU not engaged; FTC Act § 5 met)"),
    ('fail', 'instagram', 'en', "#sponsored @GummoWorms Hey boys and girls, eat as many Gummo Worms candy as you want, they're basically fruit! 🍬",
     dict(_K13U, brand="Gummo Worms"), "candy likened to fruit for children, excess urged (CARU Guidelines; FTC Act § 5)"),
    # --- France: the food health message (C. santé publ. L2133-1) ----------------------------------------------------------
    ('warn', 'instagram', 'fr', "Publicité | Collaboration commerciale avec @Choconuts\nLa pâte à tartiner Choconuts, ma nouvelle obsession sur les crêpes du dimanche 🥞🍫 Code CHOCO10",
     dict(_K13F, brand="Choconuts"), "a manufactured spread advertised without « Pour votre santé… www.mangerbouger.fr » (C. santé publ. L2133-1)"),
    ('pass', 'instagram', 'fr', "Publicité | Collaboration commerciale avec @Choconuts\nLa pâte à tartiner Choconuts, ma nouvelle obsession sur les crêpes du dimanche 🥞🍫 Code CHOCO10\n" + _K13_PNNS,
     dict(_K13F, brand="Choconuts"), "the same spread with the health message (C. santé publ. L2133-1 met)"),
    ('warn', 'instagram', 'fr', "Collaboration commerciale avec BuzzCola 🥤 La nouvelle BuzzCola zéro sucre, mon soda pour réviser ! -15% avec BUZZ15",
     dict(_K13F, brand="BuzzCola"), "a sweetened soft drink (sweeteners count) advertised without the health message (C. santé publ. L2133-1)"),
    ('pass', 'instagram', 'fr', "Collaboration commerciale avec BuzzCola 🥤 La nouvelle BuzzCola zéro sucre, mon soda pour réviser ! -15% avec BUZZ15\nPour votre santé, pratiquez une activité physique régulière. www.mangerbouger.fr",
     dict(_K13F, brand="BuzzCola"), "the same drink with the health message (C. santé publ. L2133-1 met)"),
    ('pass', 'instagram', 'fr', "Collaboration commerciale avec Maison Cire 🕯️ La bougie parfum chocolat-noisette, parfaite pour les soirées d'hiver. Code CIRE10",
     dict(_K13F, brand="Maison Cire"), "a candle scented like chocolate: no food advertised (L2133-1 not engaged)"),
    # --- alcohol and social success -----------------------------------------------------------------------------------------
    ('fail', 'instagram', 'fr', "Collaboration commerciale avec Gin Marelle 🍸 Depuis que je sers du Marelle à mes soirées, tout le monde veut être mon ami et j'ai fini la soirée avec 5 nouveaux potes 😏\n" + _K13_EVIN,
     dict(_K13F, brand="Gin Marelle"), "gin credited with friends made and popularity (C. santé publ. L3323-4: objective information only)"),
    ('pass', 'instagram', 'fr', "Collaboration commerciale avec Gin Marelle 🍸 Gin distillé à Cognac, 41,5 % vol., genièvre et baies roses, bouteille de 70 cl.\n" + _K13_EVIN,
     dict(_K13F, brand="Gin Marelle"), "degree, origin and ingredients: objective information (C. santé publ. L3323-4)"),
    ('fail', 'instagram', 'en', "Ad | @KalabaRum 🥃 Brought a bottle of Kalaba to the party and suddenly everyone came over to talk to me, went home with 10 new mates 😏 drinkaware.co.uk",
     dict(_K13K, brand="Kalaba Rum"), "rum credited with social success (CAP 18.3)"),
    ('pass', 'instagram', 'en', "Ad | @KalabaRum 🥃 Spiced Caribbean rum, 40% ABV, aged three years in bourbon casks. Lovely with ginger beer. drinkaware.co.uk",
     dict(_K13K, brand="Kalaba Rum"), "the rum's facts (CAP 18 met)"),
    # --- consumer credit: a rate with no representative APR; gambling as a way to pay the bills -----------------------------
    ('fail', 'instagram', 'en', "Ad | @HarbourCard 💳 0% on balance transfers for 24 months! Apply in minutes, link in bio",
     dict(_K13K, brand="Harbour Card"), "an interest-rate incentive with no representative APR (CONC 3.5.5R, 3.5.7R)"),
    ('pass', 'instagram', 'en', "Ad | @HarbourCard 💳 0% on balance transfers for 24 months (3.5% fee), then 24.9% APR representative (variable). Apply in minutes, link in bio",
     dict(_K13K, brand="Harbour Card"), "the incentive beside its representative APR (CONC 3.5.5R met)"),
    ('fail', 'instagram', 'en', "Ad | @LuckyReel Casino 🎰 Welcome bonus ENDS IN 5 MINUTES, spin now before it's gone! Covering my rent with it this month 💸 18+",
     dict(_K13K, brand="LuckyReel Casino"), "urgency to gamble and gambling as a way to pay the rent (CAP 16.3.4, 16.3)"),
    ('pass', 'instagram', 'en', "Ad | @LuckyReel Casino 🎰 The new slots lobby is live. 18+ only, set a deposit limit before you play. BeGambleAware.org",
     dict(_K13K, brand="LuckyReel Casino"), "an adult casino ad with the age limit and a safer-gambling message (CAP 16 met)"),
    # --- warns decided by the law ---------------------------------------------------------------------------------------------
    ('fail', 'facebook', 'fr', "Publicité | Partenariat avec CoinNova 🚀 Je vous montre comment j'achète de l'ETH sur CoinNova. Ils ne sont pas enregistrés en France mais l'appli est top !",
     dict(_K13F, brand="CoinNova"), "a crypto provider the text says is unregistered (loi 2023-451 art. 4; CMF L54-10-3)"),
    ('fail', 'facebook', 'en', "#ad Sponsored by Pivot Trading School\nI made my first six figures trading options in a year with their course, and you will too if you follow the system 💰",
     dict(_K13U, brand="Pivot Trading School"), "an atypical income told as what viewers will make (16 CFR 255.2; FTC Act § 5)"),
    ('fail', 'facebook', 'en', "#ad Sponsored by Apex Day Trading\nI made my first million day trading with their course, and you can too if you stick to the method",
     dict(_K13U, brand="Apex Day Trading"), "a million made, promised to viewers (16 CFR 255.2; FTC Act § 5)"),
    ('pass', 'instagram', 'en', "Ad | Paid partnership with StopNow 🩹 StopNow nicotine gum helps you stop smoking by reducing cravings. Always read the label.",
     dict(_K13K, brand="StopNow"), "a licensed nicotine replacement medicine with its indication and 'Always read the label' (HMR 2012 Part 14; CAP 12)"),
    ('fail', 'instagram', 'en', "Ad | StopNow patches helped me quit smoking in a week, totally safe, zero side effects! Always read the label.",
     dict(_K13K, brand="StopNow"), "a medicine said to have no side effects (CAP 12.1; HMR 2012 Sch. 30)"),
    ('pass', 'instagram', 'en', "Ad | Paid partnership with Oakvest. This promotion is approved by Oakvest Ltd, authorised and regulated by the Financial Conduct Authority.\nI use Oakvest's stocks and shares ISA for long-term saving. Capital at risk.",
     dict(_K13K, brand="Oakvest"), "an investment promotion approved by an authorised firm with its risk warning (FSMA s. 21(2)(b); COBS 4)"),
    ('warn', 'instagram', 'en', "Ad | Paid partnership with Oakvest.\nI use Oakvest's stocks and shares ISA for long-term saving. Capital at risk.",
     dict(_K13K, brand="Oakvest"), "an outside promoter's investment post with no approval shown: a human checks the s. 21 approval"),
    # --- a prescription drug told as prescribed or to ask the doctor for (France: L5122-6) --------------------------------------
    ('fail', 'instagram', 'fr', "Publicité – partenariat avec Medilia 💉 Mes injections Fynor prescrites en 5 minutes en téléconsultation, -8 kg en un mois, demandez-les à votre médecin !",
     dict(_K13F, brand="Medilia"), "a prescription drug promoted to the public (C. santé publ. L5122-6)"),
    ('pass', 'instagram', 'fr', "Publicité – partenariat avec Medilia 🩺 La téléconsultation Medilia m'a permis de voir un médecin en 10 minutes un dimanche pour l'otite de ma fille.",
     dict(_K13F, brand="Medilia"), "a telehealth service, no medicine promoted"),
    # --- food aimed at children: their teams, their school years, a serving of fruit --------------------------------------------
    ('fail', 'instagram', 'en', "Ad | @SnackAttack crisps 🥔 Year 7s, who's taking these to school tomorrow?",
     dict(_K13K, brand="SnackAttack"), "HFSS crisps pushed to pupils of eleven (CAP 15.18)"),
    ('fail', 'facebook', 'en', "Ad | @Munchos crisps, proud sponsor of the Millbrook U10s: a free bag for every player after the match 🥔",
     dict(_K13K, brand="Munchos"), "HFSS crisps promoted to an under-10s team (CAP 15.14, 15.18)"),
    ('pass', 'facebook', 'en', "Ad | @Munchos crisps: the new sea salt flavour is £1.25 at the Co-op this week 🥔",
     dict(_K13K, brand="Munchos"), "crisps advertised to adults (CAP 15.18 not engaged)"),
    ('fail', 'instagram', 'en', "#ad Hey kids, SprinkleOs cereal counts as a serving of fruit, so pour another bowl! @SprinkleOs",
     dict(_K13U, brand="SprinkleOs"), "a sugary cereal sold to children as fruit, with a second bowl urged (CARU; FTC Act § 5)"),
    ('pass', 'instagram', 'en', "#ad Hey kids, SprinkleOs cereal comes in a new rainbow box this spring! @SprinkleOs",
     dict(_K13U, brand="SprinkleOs"), "a cereal's new box told to children: no nutrition claim, no excess (CARU met)"),
    ('pass', 'instagram', 'en', "#ad Ortie & Baie's nettle tea is part of my evening now. Keep taking any pills your doctor prescribed.",
     dict(_K13U, brand="Ortie & Baie"), "a tea with the reader told to keep their own prescribed treatment: no prescription drug promoted"),
]
_K13_L2133 = ("kids13: an ad for a manufactured food or a sweetened drink owes the health message « Pour votre santé, … "
              "www.mangerbouger.fr » (C. santé publ. L2133-1, R2133-1 à R2133-3), or the advertiser's contribution (al. 3), which "
              "the text cannot show: a reviewer asks (lead, stop 22)")
RELABELLED.update({
    "Publicité — La petite mousse au chocolat Vey, sans sucre ajouté.": ('warn', _K13_L2133),
    "Publicité · Le Campus Café lance sa formule soirées étudiantes : sodas et pizzas à -30 % pour tous les BDE !": ('warn', _K13_L2133),
    "#ad Vey nicotine replacement gum: a licensed medicine that helps you stop smoking. Always read the label.": (
        'pass', "kids13: a licensed NRT medicine with its indication (helps you stop smoking) and 'Always read the label': what "
                "HMR 2012 reg. 300 and CAP 12 ask of the text is there (the otc_label row), nothing for a reviewer"),
})
add(KIDS13)

# --- rel13 (#15): relationships and the employee-advocacy mix (train13d, train13e) --------------------------------------
_R13E = dict(employee=True, rewarded=False)
_R13R = dict(employee=True, rewarded=True)
_R13N = dict(employee=False, rewarded=False)
_R13P = dict(employee=False, rewarded=True)
REL13 = [
    # --- a job ad's perks: a staff discount is a term of employment, not an offer to consumers (CAP 1.1; loi 2023-451 art. 1;
    # 16 CFR 255.0) -- an offer to customers beside it still promotes
    ('pass', 'instagram', 'en', "We're hiring baristas in Leeds ☕ £11.90/hr, free lunch on shift and a 30% staff discount. Apply via the link in bio!",
     dict(_R13E, jurisdiction="uk", brand="Copperkettle"), "a job ad's perks (CAP 1.1: no marketing communication to consumers)"),
    ('fail', 'instagram', 'en', "We're hiring baristas in Leeds ☕ and this weekend only, 30% discount on all our beans for everyone. Come by!",
     dict(_R13E, jurisdiction="uk", brand="Copperkettle"), "an offer to customers beside the job ad (CAP 2.1; CPUTR Sch. 1 para 22)"),
    ('pass', 'instagram', 'en', "Now hiring line cooks at our Austin kitchen! $18/hr, health insurance and an employee discount. Apply today, link in bio.",
     dict(_R13E, jurisdiction="us", brand="Mesa Verde Grill"), "a job ad's perks (16 CFR 255.0: no advertising message for a product)"),
    ('pass', 'linkedin', 'fr', "On recrute des vendeurs et vendeuses à Lyon 🛍️ CDI, 35 h, remise salarié de 25 % sur toute la collection. Postulez via le lien en bio !",
     dict(_R13E, jurisdiction="fr", brand="Maison Olga"), "une offre d'emploi et ses avantages (loi 2023-451 art. 1)"),
    ('fail', 'instagram', 'fr', "On recrute à Lyon 🛍️ et ce week-end, remise de 25 % sur toute la collection pour tout le monde. Venez nous voir !",
     dict(_R13E, jurisdiction="fr", brand="Maison Olga"), "une remise aux clients à côté de l'offre d'emploi (C. consom. L121-4 22°)"),
    # --- a regulator's published findings reported: news, no product promoted (loi 2023-451 art. 1; CAP 1.1; 16 CFR 255.0)
    ('pass', 'linkedin', 'fr', "L'ARPP a publié son bilan annuel de l'influence responsable : 1 contenu sur 4 sans mention claire. Lecture utile pour nos équipes com.",
     dict(_R13R, jurisdiction="fr", brand="Nexaro"), "le bilan d'une autorité rapporté (loi 2023-451 art. 1)"),
    ('pass', 'linkedin', 'en', "The ASA just released its findings on influencer ad labelling: only a third of the posts it checked were clearly marked. Worth a read for every comms team.",
     dict(_R13R, jurisdiction="uk", brand="Brightwell"), "a regulator's findings reported (CAP 1.1)"),
    ('pass', 'linkedin', 'en', "The FTC has published the results of its sweep of health influencers: most posts buried the disclosure below the fold.",
     dict(_R13R, jurisdiction="us", brand="Brightwell"), "a regulator's findings reported (16 CFR 255.0)"),
    ('fail', 'linkedin', 'fr', "La DGCCRF vient de publier le bilan de ses contrôles 👀 Avec Nexaro, vos mentions sont vérifiées avant publication : essai gratuit 30 jours.",
     dict(_R13R, jurisdiction="fr", brand="Nexaro"), "la même actualité, puis l'offre de l'employeur (loi 2023-451 art. 5)"),
    # --- a call to buy said to the reader by the brand's employee: a promotion, owed its link (16 CFR 255.5; CAP 2.1-2.4;
    # C. consom. L121-4 22°)
    ('fail', 'instagram', 'en', "Road trip must-haves: snacks, a good playlist and my Tidewell bottle. Grab one before they sell out!",
     dict(_R13E, jurisdiction="us", brand="Tidewell"), "an employee's call to buy, the job untold (16 CFR 255.5)"),
    ('pass', 'instagram', 'en', "I work at Tidewell, so bias alert: road trip must-haves are snacks, a good playlist and my Tidewell bottle. Grab one before they sell out!",
     dict(_R13E, jurisdiction="us", brand="Tidewell"), "the job told up front (16 CFR 255.5)"),
    ('pass', 'instagram', 'en', "Road trip must-haves: snacks, a good playlist and my Tidewell bottle. Grab one before they sell out!",
     dict(_R13N, jurisdiction="us", brand="Tidewell"), "a customer with no link (16 CFR 255.0)"),
    ('fail', 'instagram', 'en', "My new favourite mug 🍵 @clayandkiln Moss glaze, keeps my tea hot for an hour. Treat yourself 💜",
     dict(_R13E, jurisdiction="uk", brand="Clay & Kiln"), "an employee's endorsement with a call to buy, the job untold (CAP 2.4; CPUTR Sch. 1 para 22)"),
    ('pass', 'instagram', 'en', "Long week. Treat yourself to an early night and a hot bath, you've earned it 💜 #selfcare",
     dict(_R13E, jurisdiction="uk", brand="Clay & Kiln"), "self-care advice, no product of the employer (CAP 1.1)"),
    ('fail', 'instagram', 'fr', "Ma nouvelle gourde Tidewell 💧 l'eau reste fraîche toute la journée. Foncez avant la rupture !",
     dict(_R13E, jurisdiction="fr", brand="Tidewell"), "un salarié qui appelle à acheter sans dire son lien (C. consom. L121-4 22°)"),
    ('fail', 'instagram', 'en', "Summer's sorted: my Tidewell bottle, ice cold for 8 hours straight. Snag one before they're gone!",
     dict(_R13E, jurisdiction="uk", brand="Tidewell"), "an employee's call to buy, the job untold (CAP 2.4)"),
    # --- the employment told in a relative clause ("X, where I lead data engineering", « X, où je travaille »): the
    # connection in plain words (16 CFR 255.5; C. consom. L121-4 22°)
    ('pass', 'linkedin', 'en', "Big news: Harbor Analytics, where I lead data engineering, just launched its new forecasting app. Try it free for 30 days!",
     dict(_R13E, jurisdiction="us", brand="Harbor Analytics"), "the job told in the clause naming the brand (16 CFR 255.5)"),
    ('fail', 'linkedin', 'en', "Big news: Harbor Analytics, where I bank, just launched its new forecasting app. Try it free for 30 days!",
     dict(_R13E, jurisdiction="us", brand="Harbor Analytics"), "a customer's clause, the job untold (16 CFR 255.5)"),
    ('pass', 'linkedin', 'fr', "Grande nouvelle : Fidalys, où je travaille depuis 4 ans, lance son nouvel outil de paie. Démo gratuite sur demande.",
     dict(_R13E, jurisdiction="fr", brand="Fidalys"), "l'emploi dit dans la relative (C. consom. L121-4 22°)"),
    ('pass', 'linkedin', 'en', "Big news at Kelpie Labs, where I run the support team: our new app is out today. Grab it on the App Store!",
     dict(_R13E, jurisdiction="uk", brand="Kelpie Labs"), "the job told in the clause naming the brand (CAP 2.4)"),
]
# --- the sponsor thanked at the end of a paid video: the thanks to one's team excuse nothing here, the sponsored post is
# an advertisement and its disclosure comes first (16 CFR 255.5; FTC Disclosures 101: up front; CAP 2.1; loi 2023-451 art. 5)
REL13 += [
    ('fail', 'facebook', 'en', "Five budget mechanical keyboards, ranked ⌨️\n\n0:00 Intro\n2:10 The winners\n9:30 Avoid these\n\nAnd a big thank you to our sponsor Keyloft for making this video possible!",
     dict(_R13P, jurisdiction="us", brand="Keyloft"), "the sponsor named only at the end (16 CFR 255.5; Disclosures 101)"),
    ('pass', 'facebook', 'en', "Sponsored by Keyloft. Five budget mechanical keyboards, ranked ⌨️\n\n0:00 Intro\n2:10 The winners\n9:30 Avoid these",
     dict(_R13P, jurisdiction="us", brand="Keyloft"), "the sponsorship told first (16 CFR 255.5)"),
    ('fail', 'facebook', 'fr', "Cinq claviers mécaniques à petit prix, classés ⌨️\n\n0:00 Intro\n2:10 Les gagnants\n9:30 À éviter\n\nMerci à nos partenaires de Keyloft pour leur soutien !",
     dict(_R13P, jurisdiction="fr", brand="Keyloft"), "le partenaire remercié à la fin, sans mention (loi 2023-451 art. 5)"),
    ('pass', 'linkedin', 'en', "Launch week done 🚀 huge thanks to our support team for answering 3,000 tickets in five days. Proud of this crew.",
     dict(_R13R, jurisdiction="us", brand="Keyloft"), "thanks to the team, no product (16 CFR 255.0)"),
]
# --- UK: an outside promoter's investment post that names the authorised firm approving it, with the risk warning: what
# FSMA s. 21(2)(b) and FCA FG24/1 ask is on the text; without the approval (or the warning) a reviewer must confirm
REL13 += [
    ('pass', 'instagram', 'en', "Ad | Paid promotion for @harlowfunds 📈 their global tracker fund, from £50 a month. Capital at risk. This promotion has been approved by Harlow Funds Ltd, authorised and regulated by the FCA (FRN 654321).",
     dict(_R13P, jurisdiction="uk", brand="Harlow Funds", sector="financial"), "the approver named, the risk warning given (FSMA s. 21(2)(b); FCA FG24/1)"),
    ('warn', 'instagram', 'en', "Ad | Paid promotion for @harlowfunds 📈 their global tracker fund, from £50 a month. Capital at risk.",
     dict(_R13P, jurisdiction="uk", brand="Harlow Funds", sector="financial"), "no approval stated: a reviewer confirms the s. 21 approval (FSMA s. 21)"),
    ('warn', 'instagram', 'en', "Ad | Paid promotion for @harlowfunds 📈 their global tracker fund, from £50 a month. Approved by Harlow Funds Ltd (FCA FRN 654321).",
     dict(_R13P, jurisdiction="uk", brand="Harlow Funds", sector="financial"), "approved, but no risk warning (COBS 4.5A; FG24/1)"),
]
# --- a free talk on the law or the trade, organised by the employer, its sign-up page linked: the event is no product
# (loi 2023-451 art. 1; 16 CFR 255.0; CAP 1.1); the same webinar selling the employer's module still promotes it
REL13 += [
    ('pass', 'linkedin', 'fr', "📅 Atelier gratuit le 3 octobre à 14 h : « Congés payés et arrêts maladie, ce qui a changé » avec Me Paul Roux. Ouvert à tous.\nInscription : paylio.fr/evenements",
     dict(_R13E, jurisdiction="fr", brand="Paylio"), "un atelier d'information ouvert à tous (loi 2023-451 art. 1)"),
    ('fail', 'linkedin', 'fr', "📅 Webinaire gratuit le 3 octobre à 14 h : découvrez notre nouveau module de paie et ses tarifs de lancement.\nInscription : paylio.fr/webinaire",
     dict(_R13E, jurisdiction="fr", brand="Paylio"), "le webinaire vend le produit de l'employeur : le lien est dû (C. consom. L121-4 22°)"),
    ('pass', 'linkedin', 'en', "Free webinar on 3 October, 2pm: 'Right to disconnect: what the new law actually says', with employment lawyer Sam Reid. Open to all.\nSign up: paylio.com/webinars",
     dict(_R13E, jurisdiction="uk", brand="Paylio"), "a talk on the law, open to all (CAP 1.1)"),
]
# --- an employee's "tip" for the brand's product with where to buy it ("Waitrose has them"): a promotion, the job owed
# (CAP 2.4; CPUTR Sch. 1 para 22; 16 CFR 255.5; C. consom. L121-4 22°); a customer with no link speaks for themself
REL13 += [
    ('fail', 'facebook', 'en', "Weekend tip: Millbrook Dairy salted butter on hot toast, unreal. Tesco has them now.",
     dict(_R13E, jurisdiction="uk", brand="Millbrook Dairy"), "the employer's product pushed as a tip, the job untold (CPUTR Sch. 1 para 22)"),
    ('pass', 'facebook', 'en', "Weekend tip: Millbrook Dairy salted butter on hot toast, unreal. Tesco has them now.",
     dict(_R13N, jurisdiction="uk", brand="Millbrook Dairy"), "a customer with no link (CAP 1.1)"),
    ('pass', 'facebook', 'en', "Full disclosure, I work at Millbrook Dairy: our salted butter on hot toast, unreal. Tesco has them now.",
     dict(_R13E, jurisdiction="uk", brand="Millbrook Dairy"), "the job told first (CAP 2.4)"),
    ('fail', 'instagram', 'en', "Lunchbox hack: Pico Pantry hummus cups, the kids inhale them. Grab them at Target!",
     dict(_R13E, jurisdiction="us", brand="Pico Pantry"), "an employee's endorsement, the job untold (16 CFR 255.5)"),
]
# --- a trade named is no employer told (« je bosse dans l'assurance depuis 12 ans »): the reader hears an expert, not the
# brand's employee (C. consom. L121-4 22°; L121-1) — the employer named passes
REL13 += [
    ('fail', 'linkedin', 'fr', "Je bosse dans la cosmétique depuis 10 ans et je vais être franche : la crème Nuit Velours de Maison Ysa est la meilleure du marché. Comparez, vous verrez.",
     dict(_R13E, jurisdiction="fr", brand="Maison Ysa"), "un métier dit, pas l'employeur (C. consom. L121-4 22°)"),
    ('pass', 'linkedin', 'fr', "Je bosse chez Maison Ysa depuis 10 ans et je vais être franche : notre crème Nuit Velours est la meilleure du marché. Comparez, vous verrez.",
     dict(_R13E, jurisdiction="fr", brand="Maison Ysa"), "l'employeur dit d'entrée (C. consom. L121-4 22°)"),
    ('pass', 'linkedin', 'fr', "Je travaille dans la cosmétique, chez Maison Ysa, depuis 10 ans : notre crème Nuit Velours est la meilleure du marché. Comparez, vous verrez.",
     dict(_R13E, jurisdiction="fr", brand="Maison Ysa"), "le métier puis l'employeur (C. consom. L121-4 22°)"),
    ('pass', 'linkedin', 'fr', "Je bosse dans la cosmétique depuis 10 ans et je vais être franche : la crème Nuit Velours de Maison Ysa est la meilleure du marché. Comparez, vous verrez.",
     dict(_R13N, jurisdiction="fr", brand="Maison Ysa"), "une professionnelle sans lien avec la marque (loi 2023-451 art. 1)"),
]
# --- a rival's failure told, then the reader sent to the brand (« fuyez… passez chez X », "switch to X"): a call to buy by
# its employee, the job owed (16 CFR 255.5; C. consom. L121-4 22°; CPUTR Sch. 1 para 22)
REL13 += [
    ('fail', 'x', 'fr', "Encore une semaine sans réseau chez Orvel pour ma sœur 🙄 fuyez. Passez chez Cimaphone, moi aucune coupure en trois ans.",
     dict(_R13E, jurisdiction="fr", brand="Cimaphone"), "un salarié qui dénigre et appelle à passer chez l'employeur (C. consom. L121-4 22°)"),
    ('pass', 'x', 'fr', "Je travaille chez Cimaphone, donc je prêche pour ma paroisse : encore une semaine sans réseau chez Orvel pour ma sœur 🙄 Passez chez Cimaphone.",
     dict(_R13E, jurisdiction="fr", brand="Cimaphone"), "l'emploi dit d'entrée (C. consom. L121-4 22°)"),
    ('fail', 'x', 'en', "Third outage this month with Brightline for my neighbours 🙄 honestly, just switch to Vantor. Zero downtime for me in four years.",
     dict(_R13E, jurisdiction="us", brand="Vantor"), "an employee's call to switch, the job untold (16 CFR 255.5)"),
    ('pass', 'x', 'en', "Third outage this month with Brightline for my neighbours 🙄 honestly, just switch to Vantor. Zero downtime for me in four years.",
     dict(_R13N, jurisdiction="us", brand="Vantor"), "a customer with no link (16 CFR 255.0)"),
]
# --- the best of a season's trials (« la meilleure crème testée cet hiver », "best sunscreen I've tried this summer"): a
# consumer's verdict; said by the brand's employee with the job untold, a false consumer's voice (C. consom. L121-4 22°;
# 16 CFR 255.5; CPUTR Sch. 1 para 22)
REL13 += [
    ('fail', 'instagram', 'fr', "Sans hésiter la meilleure crème mains testée cet hiver ❄️ non grasse, ultra réparatrice. @ysa_paris bravo 👏",
     dict(_R13E, jurisdiction="fr", brand="Ysa"), "une salariée qui parle en cliente (C. consom. L121-4 22°)"),
    ('pass', 'instagram', 'fr', "Sans hésiter la meilleure crème mains testée cet hiver ❄️ non grasse, ultra réparatrice. @ysa_paris bravo 👏",
     dict(_R13N, jurisdiction="fr", brand="Ysa"), "une cliente sans lien (loi 2023-451 art. 1)"),
    ('pass', 'instagram', 'fr', "Je travaille chez Ysa, donc avis de l'intérieur : la meilleure crème mains testée cet hiver ❄️ non grasse, ultra réparatrice.",
     dict(_R13E, jurisdiction="fr", brand="Ysa"), "l'emploi dit d'entrée (C. consom. L121-4 22°)"),
    ('fail', 'instagram', 'en', "Hands down the best sunscreen I've tried this summer ☀️ no white cast, even after swimming. @solanesun you nailed it",
     dict(_R13E, jurisdiction="us", brand="Solane"), "an employee's consumer verdict, the job untold (16 CFR 255.5)"),
    ('fail', 'instagram', 'fr', "Franchement la meilleure crème mains testée cet hiver ❄️ texture légère, même après la vaisselle. @ysa_paris vous avez tout compris 👏 #mains #hiver",
     dict(_R13E, jurisdiction="fr", brand="Ysa"), "une salariée qui parle en cliente (C. consom. L121-4 22°)"),
    ('fail', 'instagram', 'en', "Honestly the best lip balm I've tested this winter ❄️ no sticky feel, lasts all morning. @ysabeauty you get it 👏",
     dict(_R13E, jurisdiction="uk", brand="Ysa"), "an employee's consumer verdict, the job untold (CPUTR Sch. 1 para 22)"),
    ('pass', 'linkedin', 'fr', "Meilleure équipe de l'année, sans hésiter 🏆 merci à toutes et à tous pour ce trimestre de folie.",
     dict(_R13E, jurisdiction="fr", brand="Ysa"), "l'équipe louée, aucun produit (loi 2023-451 art. 1)"),
]
# --- a customer's result credited to the brand's product (a case study) shared by its employee: the brand's testimonial,
# the job owed (C. consom. L121-4 22° and L121-3; 16 CFR 255.5; CPUTR Sch. 1 para 22); the market's figures alone are news
REL13 += [
    ('fail', 'linkedin', 'fr', "Comment la Fromagerie Vassal a réduit ses pertes de 25 % en un an avec le logiciel Stockia 🧀 Prévisions, inventaires : une étude de cas à lire si vous gérez un commerce.",
     dict(_R13E, jurisdiction="fr", brand="Stockia"), "l'étude de cas du produit de l'employeur, le lien tu (C. consom. L121-4 22°)"),
    ('pass', 'linkedin', 'fr', "Je travaille chez Stockia : comment la Fromagerie Vassal a réduit ses pertes de 25 % en un an avec notre logiciel 🧀 une étude de cas à lire.",
     dict(_R13E, jurisdiction="fr", brand="Stockia"), "l'emploi dit d'entrée (C. consom. L121-4 22°)"),
    ('fail', 'linkedin', 'en', "How Pell & Co cut their month-end close from 9 days to 3 with Ledgerly 📊 a case study worth reading if you run finance.",
     dict(_R13E, jurisdiction="uk", brand="Ledgerly"), "the employer's case study, the job untold (CPUTR Sch. 1 para 22)"),
    ('pass', 'linkedin', 'en', "Retail stockouts fell 12% across the UK this year, says the ONS. Worth a read if you run a warehouse.",
     dict(_R13E, jurisdiction="uk", brand="Ledgerly"), "the market's figures, no product (CAP 1.1)"),
]
add(REL13)

_C13F = dict(employee=False, rewarded=True, jurisdiction="fr")
_C13U = dict(employee=False, rewarded=True, jurisdiction="us")
_C13K = dict(employee=False, rewarded=True, jurisdiction="uk")
CLAIMS13 = [
    # --- fat melted, hair regrown: a cosmetic said to do what only a medicine could -------------------------------------
    ('fail', 'instagram', 'fr', "Publicité | @Sveltia 💫\nCe gel dissout les graisses pendant que tu dors, -3 cm au ventre en une semaine 😍 Code SVELTE",
     dict(_C13F, brand="Sveltia"), "a gel said to dissolve fat in one's sleep (C. consom. L121-2 ; règl. 1223/2009 art. 20)"),
    ('fail', 'instagram', 'en', "#ad @TrimWrap this body wrap dissolves belly fat while you binge Netflix 😂 code TRIM20",
     dict(_C13U, brand="TrimWrap"), "a wrap said to dissolve fat (FTC Act §§ 5, 12; FD&C Act § 201(g)(1))"),
    ('fail', 'instagram', 'en', "Ad | @Lipolush 🍑 This gel melts away stubborn belly fat, no gym needed 💅",
     dict(_C13K, brand="Lipolush"), "a gel said to melt fat (CAP 3.7, 12.1, 13.1)"),
    ('fail', 'instagram', 'fr', "Collaboration commerciale avec Capillor\nCette lotion fait repousser les cheveux sur les golfes, mon mari n'en revient pas !",
     dict(_C13F, brand="Capillor"), "a lotion said to regrow hair (C. consom. L121-2 ; règl. 655/2013)"),
    ('fail', 'instagram', 'en', "#ad @Follix gummies regrow thinning hair in 4 weeks, no Rx needed 💇‍♀️",
     dict(_C13U, brand="Follix"), "gummies said to regrow hair: an unapproved drug claim (FD&C Act § 201(g)(1); FTC Act § 12)"),
    ('pass', 'instagram', 'en', "Ad | @Glowra waterproof mascara that survived a rainy festival 🌧️ Code GLOW10",
     dict(_C13K, brand="Glowra"), "a waterproof mascara: no sunscreen, no protection claimed"),
    ('pass', 'instagram', 'en', "Ad | @Lipolush body lotion that smells like peaches and leaves my legs soft 🍑 no miracles, just moisture",
     dict(_C13K, brand="Lipolush"), "a body lotion sold for what a cosmetic does (CAP 12.1 met)"),
    # --- a disease cured, never ill again ----------------------------------------------------------------------------------
    ('fail', 'instagram', 'fr', "Publicité · Glycémia 🌿\nCette tisane a guéri le diabète de ma mère en un mois, elle n'en revenait pas. Code GLY10",
     dict(_C13F, brand="Glycémia"), "a herbal tea said to cure diabetes (C. consom. L121-4 17° ; règl. 1169/2011 art. 7 §3)"),
    ('fail', 'x', 'en', "#sponsored @ArthriEase turmeric blend reversed my arthritis in a month 🙌 link in bio",
     dict(_C13U, brand="ArthriEase"), "a blend said to reverse arthritis (FD&C Act § 201(g)(1); FTC Act § 12)"),
    ('fail', 'instagram', 'en', "Ad | @Imunix cereal bars mean my kids won't get sick all winter ❄️",
     dict(_C13K, brand="Imunix"), "a food said to prevent illness (CAP 15.6; retained Reg. 1169/2011 art. 7(3))"),
    ('pass', 'instagram', 'en', "Ad | @Imunix cereal bars with vitamin D, which contributes to the normal function of the immune system. Enjoy as part of a varied, balanced diet.",
     dict(_C13K, brand="Imunix"), "an authorised claim in its terms (Reg. 432/2012 as retained)"),
    ('pass', 'instagram', 'en', "#ad @Trailmix snack packs in the new maple flavor: I will never get sick of this one 😋",
     dict(_C13U, brand="Trailmix"), "'sick of' a flavour: no illness prevented"),
    ('pass', 'facebook', 'en', "Not sponsored, I bought it myself: after two years of flare-ups my eczema finally calmed down with the cream my dermatologist prescribed. Ask yours.",
     dict(employee=False, rewarded=False, jurisdiction="uk"), "an unpaid consumer's own story: not a commercial practice"),
    ('pass', 'facebook', 'en', "Recall notice shared from the regulator: Paracleen 500 mg tablets, batch 22B, are being recalled. Stop taking them and return them to your pharmacy.",
     dict(employee=False, rewarded=False, jurisdiction="uk"), "news of a recall: promotes nothing"),
    # --- weight lost, guaranteed; speed over every rival ----------------------------------------------------------------
    ('fail', 'instagram', 'fr', "Publicité · Minceur Express\nPerdez 8 kilos en un mois, résultat garanti sans régime ! Lien en bio",
     dict(_C13F, brand="Minceur Express"), "a weight loss guaranteed (C. consom. L121-2)"),
    ('fail', 'instagram', 'en', "Ad | @Migrafast works faster than any other painkiller on the shelf 💊",
     dict(_C13K, brand="Migrafast"), "speed over every rival medicine (CAP 3.7, 3.33, 12.1)"),
    ('pass', 'instagram', 'fr', "Publicité | @Lin&Co\nT-shirt 100 % coton bio, livraison garantie avant Noël, retours sans risque sous 30 jours 🎄",
     dict(_C13F, brand="Lin&Co"), "a guaranteed delivery and risk-free returns: the sale's terms, not the product's effect"),
    ('pass', 'instagram', 'en', "#ad @Comfy 100% cotton sheets, guaranteed delivery by Friday and risk-free returns 🛏️",
     dict(_C13U, brand="Comfy"), "100% cotton, guaranteed delivery, risk-free returns: no claim about the product's effect"),
    # --- absolute safety ----------------------------------------------------------------------------------------------------
    ('fail', 'instagram', 'fr', "Collaboration commerciale avec Dolorex 💊\nAucun effet secondaire, tu peux en prendre autant que tu veux !",
     dict(_C13F, brand="Dolorex"), "a pill said to have no side effects (C. consom. L121-2 2°)"),
    ('fail', 'x', 'en', "#ad @NoPainX 100% safe, no side effects, even for kids 💊",
     dict(_C13U, brand="NoPainX"), "a pill said to be entirely safe (FTC Act §§ 5, 12)"),
    ('fail', 'instagram', 'en', "Ad | @Splitz Pay in 4 isn't actually borrowing, so spend away 🛍️",
     dict(_C13K, brand="Splitz"), "BNPL said not to be credit (FCA CONC 3.3.1R)"),
    ('pass', 'instagram', 'fr', "Publicité | @Dermalis\nNotre crème hydratante pour peaux sèches : essai sans risque, satisfait ou remboursé 30 jours.",
     dict(_C13F, brand="Dermalis"), "a risk-free trial is a commercial guarantee, not a safety claim"),
    # --- sunscreen -----------------------------------------------------------------------------------------------------------
    ('fail', 'instagram', 'fr', "Collaboration commerciale avec SoleilPur ☀️\nÉcran total 100 % : une seule application pour toute la journée à la plage !",
     dict(_C13F, brand="SoleilPur"), "total protection and one application for the day (Recommandation 2006/647/CE pt 10)"),
    ('fail', 'instagram', 'en', "#ad SunGuard Kids SPF 70 is a total sunblock, one coat lasts all day at the pool ☀️",
     dict(_C13U, brand="SunGuard"), "'sunblock' and all-day protection (21 CFR 201.327(g))"),
    ('pass', 'instagram', 'fr', "Collaboration commerciale avec Solaria ☀️\nSPF 50+, résistante à l'eau. Pensez à en remettre toutes les deux heures et après chaque baignade 🏖️",
     dict(_C13F, brand="Solaria"), "the factor and the reminder to reapply (Recommandation 2006/647/CE met)"),
    ('pass', 'instagram', 'en', "#ad @SunGuard SPF 50 broad spectrum, water resistant (80 minutes). Reapply at least every 2 hours and after swimming.",
     dict(_C13U, brand="SunGuard"), "water resistance as tested, with the reapplication direction (21 CFR 201.327 met)"),
    ('pass', 'instagram', 'en', "Ad | @Sunella SPF 30 sun cream, water resistant. Reapply generously and often, especially after swimming ☀️",
     dict(_C13K, brand="Sunella"), "the factor and the reapplication advice (Recommendation 2006/647/EC met)"),
    # --- deposit insurance said of crypto -----------------------------------------------------------------------------------
    ('fail', 'instagram', 'fr', "Publicité | @Coinix 🔒\nTes cryptos sont garanties par le FGDR, tu dors tranquille.",
     dict(_C13F, brand="Coinix"), "crypto-assets said covered by the deposit guarantee (C. consom. L121-2 ; MiCA art. 66)"),
    ('fail', 'instagram', 'en', "#ad @VaultX your crypto is protected by the FDIC, so you literally can't lose 🔒",
     dict(_C13U, brand="VaultX"), "crypto said FDIC-insured (12 CFR 328 subpart B)"),
    ('pass', 'instagram', 'en', "#ad @Harbor Bank savings accounts are FDIC insured up to $250,000 per depositor 🏦",
     dict(_C13U, brand="Harbor Bank"), "a bank deposit that is FDIC insured: true"),
    # --- second pass: blemishes erased for good, weight lost without diet, hair loss stopped, crypto said SIPC-covered ----
    ('fail', 'instagram', 'en', "Ad | @Smoothé retinol night cream erases wrinkles for good, my crow's feet are gone 😍 code SMOOTH",
     dict(_C13K, brand="Smoothé"), "a cream said to erase wrinkles for ever (CAP 3.7, 12.1)"),
    ('fail', 'instagram', 'fr', "Publicité | @Vergéa\nCette huile efface définitivement les vergetures, même les anciennes ✨ Code VERGEA",
     dict(_C13F, brand="Vergéa"), "une huile qui effacerait les vergetures pour toujours (C. consom. L121-2 ; règl. 655/2013)"),
    ('pass', 'instagram', 'en', "Ad | @Smoothé retinol night cream: after 8 weeks my fine lines look softer and my skin feels smoother 🌙",
     dict(_C13K, brand="Smoothé"), "a cosmetic's effect on appearance, no promise of a permanent result"),
    ('fail', 'x', 'en', "#ad @LeanDrops lose 20 lbs without dieting or exercise, just 10 drops a day 💧",
     dict(_C13U, brand="LeanDrops"), "weight lost without diet or exercise (FTC Act § 5; FTC Gut Check)"),
    ('pass', 'instagram', 'en', "Ad | @FitBox three classes a week and home cooking: I feel stronger and sleep better than in years 💪 first class free",
     dict(_C13K, brand="FitBox"), "a gym's classes, no weight promise"),
    ('fail', 'instagram', 'en', "#ad @Thickr shampoo stops hair loss for good, my hairline is back 🙌",
     dict(_C13U, brand="Thickr"), "a shampoo said to stop hair loss for good: a drug claim (FD&C Act § 201(g)(1))"),
    ('fail', 'facebook', 'fr', "Publicité · Capillor\nNotre shampooing stoppe définitivement la chute de cheveux, même chez les hommes 💪",
     dict(_C13F, brand="Capillor"), "un shampooing qui arrêterait la chute pour toujours (C. consom. L121-2)"),
    ('pass', 'facebook', 'fr', "Publicité · Capillor\nNotre shampooing fortifiant réduit la casse au brossage et laisse les cheveux plus brillants 💇",
     dict(_C13F, brand="Capillor"), "un effet cosmétique mesuré, sans promesse absolue"),
    ('fail', 'instagram', 'en', "#ad @Tokenly your crypto is SIPC protected, so nothing can go wrong 🔐",
     dict(_C13U, brand="Tokenly"), "crypto said covered by the SIPC, which protects securities and cash only (FTC Act § 5)"),
    ('pass', 'instagram', 'en', "#ad @Tokenly buy a little crypto each week in the app. Prices swing hard, you can lose money, and crypto isn't FDIC- or SIPC-insured.",
     dict(_C13U, brand="Tokenly"), "the disclosure that crypto is not insured: the opposite claim"),
]
add(CLAIMS13)


# --- lead, stop 22: a UK financial promotion's approver identified by its FCA register number (FSMA s. 21(2)(b)) -----------
FIN22 = [
    ('pass', 'instagram', 'en', "Ad | Paid promotion for @lowmoorinvest: their stocks & shares ISA from £25 a month. Capital at risk. This financial promotion was approved by Lowmoor Invest Ltd (FCA FRN 734512).",
     dict(jurisdiction="uk", employee=False, rewarded=True, brand="Lowmoor Invest", sector="financial"), "approved by an authorised firm named with its FRN, the risk warning given (FSMA s. 21(2)(b); COBS 4)"),
    ('warn', 'instagram', 'en', "Ad | Paid promotion for @lowmoorinvest: their stocks & shares ISA from £25 a month. Capital at risk. This financial promotion was approved by the FCA (FRN 734512).",
     dict(jurisdiction="uk", employee=False, rewarded=True, brand="Lowmoor Invest", sector="financial"), "the FCA approves no promotion: who approved it is left to a reviewer (FSMA s. 21)"),
]
add(FIN22)

# --- helper month14, stop 23: an employee-advocacy month (train14e): staff who say where they wait for the reader, a job ad's
# new place, a harm-prevention week, praise of the team, bank deposits, a retouch confined to the background ------------------


def _E14(j, b, **k):
    return dict(dict(jurisdiction=j, employee=True, rewarded=False, brand=b), **k)


def _R14(j, b, **k):
    return dict(dict(jurisdiction=j, employee=False, rewarded=True, brand=b), **k)


MONTH14 = [
    ('pass', 'facebook', 'fr', "Ma boutique Dalbret Sport de Rennes-Colombier lance ses soldes samedi 9h ⛷️ -40 % sur les skis de l'an dernier.\nPassez me voir au rayon glisse, je vous aide à choisir la bonne taille !",
     _E14("fr", "Dalbret Sport"), "le lieu dit sien, nommé par son quartier, et le lecteur attendu au rayon : le lien d'emploi est clair (C. consom. L121-4 22°), aucune contrepartie"),
    ('pass', 'instagram', 'fr', "Soldes d'hiver dès demain chez Dalbret Sport : -30 % sur les doudounes. Je vous accueille au comptoir location toute la semaine 😊",
     _E14("fr", "Dalbret Sport"), "l'auteur attend le lecteur à son poste : seul le personnel y est (DPCD annexe I pt 22)"),
    ('fail', 'facebook', 'fr', "Mon magasin Dalbret Sport préféré fait ses soldes dès samedi : -40 % sur les skis, foncez !",
     _E14("fr", "Dalbret Sport"), "« mon magasin préféré » : le salarié parle en client, le lien n'est pas dit (C. consom. L121-4 22°)"),
    ('pass', 'facebook', 'en', "Harlow & Finch winter sale starts Saturday: 50% off all wool coats. Come and see me at the Leeds store, I'll help you find your size!",
     _E14("uk", "Harlow & Finch"), "the author waits for the reader at their post in the store: the connection is plain (CPUTR Sch. 1 para 22)"),
    ('pass', 'x', 'en', "Harlow & Finch winter sale starts Saturday, 50% off all wool coats. I'll be behind the counter all weekend 🧥",
     _E14("us", "Harlow & Finch"), "behind the counter: staff, the connection clear (16 CFR 255.5)"),
    ('pass', 'linkedin', 'en', "Westbrook Dental is hiring two hygienists for our new clinic in Leith 🦷 Four-day week, CPD budget, and a very friendly team. Apply through our careers page.",
     _E14("uk", "Westbrook Dental"), "a job ad: the new clinic is where the vacancies are, no service offered to the reader (CAP 1.1)"),
    ('pass', 'linkedin', 'fr', "On recrute trois préparateurs pour notre nouvelle pharmacie de Villeurbanne ! CDI, 35 h, équipe au top. Candidatures en MP 📩",
     _E14("fr", "Pharmacie Vauban"), "une offre d'emploi : la nouvelle pharmacie est le lieu du poste, rien n'est promu (loi 2023-451 art. 1)"),
    ('fail', 'linkedin', 'en', "Westbrook Dental is hiring hygienists! And our new whitening service is 30% off this month, book now.",
     _E14("us", "Westbrook Dental"), "an offer beside the job ad: a promotion by an employee who does not say the job (16 CFR 255.5)"),
    ('pass', 'linkedin', 'en', "It's Safer Gambling Week, and our customer care team at Spinwell spent today on harm-spotting training. Worried about your gambling? GamCare is free on 0808 8020 133.",
     _E14("uk", "Spinwell", sector="gambling"), "a harm-prevention week, no bet invited: no gambling marketing communication (CAP 16.1)"),
    ('fail', 'x', 'en', "It's Safer Gambling Week! Grab a £20 free bet at Spinwell when you stake £10. 18+ BeGambleAware.org",
     _E14("uk", "Spinwell", sector="gambling"), "a free bet offered: the operator's inducement, by an employee who does not say the job (CAP 16; CPUTR Sch. 1 para 22)"),
    ('pass', 'x', 'en', "Buzzing: our Holloway Cider Dry Reserve just won silver at the Taunton Cider Awards 🥈 Well done to the whole cellar team, two harvests on that blend.",
     _E14("uk", "Holloway Cider", sector="alcohol"), "an award shared with the team praised, no offer, nothing aimed at under-18s (CAP 18.1)"),
    ('pass', 'linkedin', 'en', "Ad | I work at Fenwick Building Society: our one-year fixed-rate saver pays 4.1% AER from £500. Full terms on our website.",
     _R14("uk", "Fenwick Building Society", employee=True, sector="financial"), "a deposit, not an investment: no COBS 4 risk warning or s. 21 approval owed (BCOBS 2.2)"),
    ('pass', 'linkedin', 'fr', "Publicité | Je suis conseillère chez Banque Sauval : notre compte à terme 12 mois rapporte 3,1 % brut, sans frais. Conditions en agence.",
     _R14("fr", "Banque Sauval", employee=True, sector="financial"), "un dépôt à terme, aucun instrument financier (C. monét. fin. L211-1) : rien à faire valider"),
    ('warn', 'linkedin', 'en', "Ad | I work at Fenwick Building Society: our easy-access saver pays 3.2%, or move it into our stocks & shares ISA for more.",
     _R14("uk", "Fenwick Building Society", employee=True, sector="financial"), "an investment offered beside the deposit: the risk warning and approval are for a reviewer (COBS 4; FSMA s. 21)"),
    ('pass', 'instagram', 'en', "#ad Orlaine tinted SPF 30 🌞 Only the sky was swapped in the edit, no filter on my face at all. £22.",
     _R14("uk", "Orlaine", image_retouched=True), "the edit confined to the sky, the face said unfiltered: the product's effect is not exaggerated (CAP 3.1, 3.11)"),
    ('fail', 'instagram', 'en', "#ad Orlaine tinted SPF 30 🌞 Background edited, no filter at all. £22.",
     _R14("uk", "Orlaine", image_retouched=True), "\"no filter at all\" denies the retouch the post itself admits: misleading (CAP 3.1)"),
]
add(MONTH14)

# --- hard14, stop 23: a letter dropped from the legal label, a charity's total told first, vacancies "open", a person
# recommended for a job, a regulator's case dropped or paper published (loi 2023-451 art. 1 and 5; CAP 1.1; 16 CFR 255.0)
_H14F = dict(jurisdiction="fr", employee=False, rewarded=True)
_H14E = dict(jurisdiction="uk", employee=True, rewarded=False)
_H14R = dict(jurisdiction="uk", employee=True, rewarded=True)
H14 = [
    ('pass', 'instagram', 'fr', "Colaboration commerciale avec Mirelle 🌸 le nouveau sérum éclat, trois semaines d'essai et ma peau respire.",
     dict(_H14F, brand="Mirelle"), "« Colaboration » mal orthographiée : la mention reste lisible et comprise (loi 2023-451 art. 5)"),
    ('pass', 'facebook', 'fr', "Collaboration comerciale avec Ondine ☀️ leur crème solaire SPF50, testée tout l'été à Biarritz.",
     dict(_H14F, brand="Ondine"), "« comerciale » : une lettre manque, la mention reste claire (art. 5)"),
    ('fail', 'instagram', 'fr', "Colaboration avec Mirelle 🌸 le nouveau sérum éclat, trois semaines d'essai et ma peau respire.",
     dict(_H14F, brand="Mirelle"), "« collaboration » seule, même mal écrite, ne dit pas la publicité (art. 5 ; ARPP)"),
    ('pass', 'linkedin', 'en', "The Larchfield crew walked 20 miles along the Thames for Mind last Saturday. £2,150 raised! The page stays open until Sunday.",
     dict(_H14E, brand="Larchfield"), "a staff charity walk and its total: a public-interest post, no product (CAP 1.1)"),
    ('pass', 'facebook', 'fr', "L'équipe Ravel a couru le semi de Lyon pour les Restos du cœur : 2 300 € récoltés ! La cagnotte reste ouverte jusqu'à vendredi.",
     dict(_H14E, jurisdiction="fr", brand="Ravel"), "une course solidaire et sa collecte : rien n'est promu (loi 2023-451 art. 1)"),
    ('fail', 'facebook', 'en', "Our Larchfield savings app: £4,300 raised by users in round-ups last month! Download it today and get £20 off.",
     dict(_H14E, brand="Larchfield"), "the total is the product's own figure beside an offer: an employee's promotion (CPUTR Sch. 1 para 22)"),
    ('pass', 'linkedin', 'en', "Our analytics team at Quarrow has two junior data roles open in Leeds 📊 There's a referral bonus if you come via me, full transparency. Applications close 30 May.",
     dict(_H14R, brand="Quarrow"), "a job post; a hiring referral bonus pays for a recruit, not for promoting goods (CAP 1.1; CPUTR reg. 2)"),
    ('pass', 'linkedin', 'en', "Fenmoor pays a referral bonus when someone I recommend is hired, so you know. We need two site electricians in Hull, DM me.",
     dict(_H14R, brand="Fenmoor"), "the person recommended for a job is no product endorsed (16 CFR 255.0)"),
    ('fail', 'linkedin', 'en', "Fenmoor has 2 new roles open! Also our new smart meter is the best on the market, try it free today at fenmoor.co.uk/try",
     dict(_H14R, brand="Fenmoor"), "a product pitched beside the vacancies by a rewarded employee: the ad label is owed (CAP 2.1)"),
    ('pass', 'linkedin', 'en', "The SEC dropped its enforcement case against another token issuer this week. Compliance teams still face state money-transmitter rules either way. Thread below.",
     dict(jurisdiction="us", employee=True, rewarded=False, brand="Coinvale", sector="crypto"), "a regulator's case reported: news, no crypto promoted (16 CFR 255.0)"),
    ('pass', 'linkedin', 'en', "Worth a read: the FCA has published its discussion paper on buy-now-pay-later disclosures. Comments are open until June.",
     dict(_H14R, brand="Paysmith"), "a regulator's paper reported by a rewarded employee: no product promoted (CAP 1.1)"),
    ('fail', 'linkedin', 'en', "The FCA has published its consultation on safeguarding. Our Paysmith app already meets it: try it free today at paysmith.co.uk/try",
     dict(_H14R, brand="Paysmith"), "the news turned into the product's pitch with a trial link: the ad label is owed (CAP 2.1)"),
]
add(H14)
# --- stop 23 (lead, train14h): claims a correct label does not cure — near-twins written for the rules, not the set's posts
CLAIMS23 = [
    # a condition of the body fixed by a date
    ('fail', 'instagram', 'en', "#ad @lumaskin this cream wiped out... no wait, it literally ERASED my crow's feet and fine lines in 10 days 😳 code LUMA",
     dict(_C13U, brand="Lumaskin"), "fine lines erased in 10 days: an objective result no label substantiates (FTC Act § 5; 16 CFR 255.2(b))"),
    ('fail', 'instagram', 'en', "Ad | @alignly clear aligners straightened my teeth in 5 weeks flat, I'm obsessed 😁",
     dict(_C13K, brand="Alignly"), "teeth straightened in 5 weeks (CAP 3.7, 12.1)"),
    ('fail', 'instagram', 'fr', "Publicité @Dermoline ✨ ce sérum a fait disparaître mon acné en 2 semaines, je n'y croyais pas",
     dict(_C13F, brand="Dermoline"), "l'acné disparue en deux semaines (C. consom. L121-2 ; règl. 655/2013)"),
    ('pass', 'instagram', 'en', "#ad @lumaskin my skin felt softer within a week and my makeup sits better. Results vary, it's a moisturiser not magic 💧",
     dict(_C13U, brand="Lumaskin"), "a feel and a look, qualified: no objective result claimed"),
    # a multiple over every rival, an expert share
    ('fail', 'instagram', 'en', "#ad @voltra power bank charges 3x faster than every other power bank out there ⚡",
     dict(_C13U, brand="Voltra"), "three times faster than every rival: a comparison no source supports (FTC Act § 5)"),
    ('fail', 'facebook', 'en', "Ad • @crunchgrain oats fill you up twice as fast as regular breakfast cereal 🥣",
     dict(_C13K, brand="Crunchgrain"), "twice as filling as ordinary cereal, measured against all (CAP 3.7, 15.1)"),
    ('fail', 'instagram', 'en', "#ad 8 out of 10 dermatologists recommend @purelle over any other cleanser 🧴",
     dict(_C13U, brand="Purelle"), "an expert share with no survey named (FTC Act § 5, establishment claims)"),
    ('pass', 'instagram', 'en', "#ad @voltra power bank charged my phone twice as fast as my old one in my own (very unscientific) kitchen test ⚡",
     dict(_C13U, brand="Voltra"), "a comparison with the author's own old charger, said as such: no claim over every rival"),
    ('pass', 'instagram', 'en', "#ad @purelle: recommended by 8 out of 10 dermatologists (survey of 212 UK dermatologists, Purelle 2026) 🧴",
     dict(_C13K, brand="Purelle"), "the survey named: substantiation a reviewer can check (CAP 3.7)"),
    ('pass', 'instagram', 'en', "Ad | @beanhaus is better than any coffee I've had this year, honestly ☕",
     dict(_C13U, brand="Beanhaus"), "taste said better than any other: subjective puffery, no measure"),
    # a security no product has, a result guaranteed
    ('fail', 'x', 'en', "#ad @shroudvpn keeps you 100% untraceable online, no matter what 🔒",
     dict(_C13U, brand="Shroud VPN"), "absolute untraceability (FTC Act § 5)"),
    ('fail', 'instagram', 'en', "#ad @tutorly's exam pack guarantees you an A* or I'll eat my hat 📚",
     dict(_C13K, brand="Tutorly"), "a grade guaranteed (CAP 3.7)"),
    ('fail', 'facebook', 'fr', "Publicité – Collaboration commerciale avec Silhouétik : résultat garanti sur la culotte de cheval dès la première cure !",
     dict(_C13F, brand="Silhouétik"), "un résultat garanti (C. consom. L121-2)"),
    ('pass', 'instagram', 'en', "#ad @tutorly exam pack: results guaranteed or your money back within 30 days 📚",
     dict(_C13U, brand="Tutorly"), "a money-back guarantee: a commercial guarantee, not a claim of effect"),
    # a child's IQ, a winter without colds, a weight per week
    ('fail', 'instagram', 'en', "#ad @smartsip juice boxes boost your little one's IQ 🧠🧃",
     dict(_C13U, brand="SmartSip"), "a drink said to raise a child's IQ (FTC Act § 12; CARU)"),
    ('fail', 'facebook', 'en', "Ad | @elderleaf syrup every morning and not a single cold this winter for the whole family 🍯",
     dict(_C13K, brand="Elderleaf"), "a food said to prevent colds (CAP 15.6.2)"),
    ('fail', 'instagram', 'fr', "Collaboration commerciale avec Minceo 🍵 j'ai perdu 4 kg en 10 jours avec leur thé, trop contente",
     dict(_C13F, brand="Minceo"), "une perte de poids chiffrée par durée (règl. 1924/2006 art. 12 b)"),
    ('pass', 'instagram', 'en', "Ad: @shapeshake sponsored this. I lost 9 lbs in 10 weeks with the shakes plus walking; the company's study found people lost about 4 lbs in 12 weeks on average.",
     dict(_C13U, brand="ShapeShake"), "the generally expected result told beside the author's (16 CFR 255.2(b))"),
    # covid, fillers, the cheapest, a sunbed
    ('fail', 'facebook', 'en', "#ad the @aerapure purifier keeps my kids safe from covid all winter 🦠",
     dict(_C13K, brand="Aerapure"), "a device said to protect from covid (CAP 12.1)"),
    ('fail', 'instagram', 'en', "#ad @pouty gloss = filler in a tube, bye bye injections 💋",
     dict(_C13K, brand="Pouty"), "a gloss said to do a filler's work (CAP 12.1, 3.7)"),
    ('fail', 'instagram', 'en', "#ad @brightbill broadband, cheapest fibre in the UK, don't @ me 📶",
     dict(_C13K, brand="Brightbill"), "cheapest in the UK without a source (CAP 3.33, 3.35)"),
    ('pass', 'instagram', 'en', "#ad @brightbill broadband: cheapest full-fibre deal in the UK according to Ofcom's Nov 2026 price table 📶",
     dict(_C13K, brand="Brightbill"), "a source named: verifiable (CAP 3.35)"),
    ('fail', 'instagram', 'en', "#ad @sunhaus sunbed course before my holiday = healthy base tan, no burning 🌞",
     dict(_C13K, brand="Sunhaus"), "a sunbed tan said healthy (CAP 12.1)"),
    # earnings told with a way in; an AI face shown as the author's result
    ('fail', 'x', 'en', "#ad 4 months as a @glowpath brand partner and I'm netting $6k a month from my phone. Comment 'GLOW' 👇",
     dict(_C13U, brand="Glowpath"), "an income told with a keyword to send (FTC Act § 5; 16 CFR 255.2(b))"),
    ('fail', 'instagram', 'en', "#ad copying their trade alerts I made £9,300 in October 🤑 @pipstream",
     dict(_C13K, brand="Pipstream"), "earnings from copying trade alerts (CAP 3.7; FSMA s. 21)"),
    ('fail', 'instagram', 'en', "#ad this is me after 4 weeks of the @firmora body cream ✨",
     dict(_C13U, brand="Firmora", image_virtual=True), "an AI image shown as the author's own result (16 CFR 255.1(c))"),
    ('pass', 'instagram', 'en', "#ad the @firmora body cream, a new drop. The picture is AI-generated (no real photos yet), the cream is real 🧴",
     dict(_C13U, brand="Firmora", image_virtual=True), "the AI image said to be one, no result told"),
    # a drink said healthy, hangover-free
    ('fail', 'instagram', 'en', "#ad @fizzwell hard seltzer: no hangover, basically a health drink 💪",
     dict(_C13U, brand="Fizzwell", sector="alcohol"), "health claims for an alcoholic drink (27 CFR 7.235)"),
]
add(CLAIMS23)

# --- hard14, stop 23 (2): public-safety posts (blood given, a weather warning, a maker's recall), a consultation answered,
# "X colleague here", "my team from X" (loi 2023-451 art. 1; CAP 1.1; 16 CFR 255.0 and 255.5; GPSR art. 36; CPSA § 15)
H14B = [
    ('pass', 'linkedin', 'fr', "Jeudi, l'équipe Garance a donné son sang à la maison du don de Nantes 🩸 45 minutes, et trois patients aidés. Prenez rendez-vous sur le site de l'EFS.",
     dict(jurisdiction="fr", employee=True, rewarded=True, brand="Garance"), "un don du sang d'équipe : message de santé publique, rien n'est promu (loi 2023-451 art. 1)"),
    ('pass', 'facebook', 'en', "Flood warning for the Severn valley until Friday 🌧️ move valuables upstairs, don't drive through water, and check on older neighbours.",
     dict(jurisdiction="uk", employee=True, rewarded=False, brand="Hartwell"), "a weather warning relayed by staff: safety information, no product (CAP 1.1)"),
    ('fail', 'facebook', 'en', "Heat advisory through Thursday! Stay cool with the Brisa fan, 20% off today only at brisa.com/fans",
     dict(jurisdiction="us", employee=True, rewarded=True, brand="Brisa"), "the warning turned into an offer by a rewarded employee: the connection and the ad are owed (16 CFR 255.5)"),
    ('pass', 'facebook', 'en', "Please share: Larkbay is recalling its Tide 3 kayak seat (sold April–July) because the strap buckle can snap. Stop using it and get a free replacement at larkbay.com/recall. I'm on Larkbay's support team.",
     dict(jurisdiction="us", employee=True, rewarded=False, brand="Larkbay"), "a maker's recall notice and its page: a safety notice the law requires (CPSA § 15), not an ad"),
    ('fail', 'facebook', 'en', "Larkbay is recalling the old Tide seat, so upgrade now: the new Tide 4 is 30% off this week at larkbay.com/shop",
     dict(jurisdiction="us", employee=True, rewarded=True, brand="Larkbay"), "the recall used to sell the new model with a discount: an employee's ad (16 CFR 255.5)"),
    ('pass', 'linkedin', 'en', "New figures out this week: youth vaping is down for the first time in three years. I'm in policy at Vapoura and will post our response to the flavours consultation on Monday.",
     dict(jurisdiction="uk", employee=True, rewarded=False, brand="Vapoura"), "the author's part in a public consultation: regulatory comment, no nicotine product promoted (CAP 1.1)"),
    ('pass', 'facebook', 'en', "Our new self-checkout is live in all 25 Pellow Market stores 🛒 Pellow Market colleague here, so yes, I'm biased!",
     dict(jurisdiction="uk", employee=True, rewarded=False, brand="Pellow Market"), "'X colleague here': the employment said up front (CPUTR Sch. 1 para 22)"),
    ('fail', 'facebook', 'en', "My Pellow colleague swears by the new own-brand coffee, £2 off this week, best value in town.",
     dict(jurisdiction="uk", employee=True, rewarded=False, brand="Pellow Market"), "someone else's colleague: the author's employment is not said (CPUTR Sch. 1 para 22)"),
    ('pass', 'instagram', 'en', "Saturday flea market with my team from Studio Vey after launch week 🧺 best lemonade of my life at the corner stall. Back to the drawing board Monday.",
     dict(jurisdiction="us", employee=True, rewarded=False, brand="Studio Vey"), "'my team from X' says the employment; the praise is a market stall's (16 CFR 255.5)"),
]
add(H14B)
# --- stop 23 (lead, train14i/14j): a connection said in the FTC's plain words, a denial about another party -----------------
CONN23 = [
    ('pass', 'instagram', 'en', "Hosted: Driftpine Inn covered my 2 nights and breakfast 🌲 the sauna was great, the walls are thin. #maine",
     dict(_C13U, brand="Driftpine Inn"), "the host and what it paid for, up front (16 CFR 255.5; Disclosures 101)"),
    ('pass', 'instagram', 'en', "Corvane flew me out for their e-bike launch, so grain of salt 🚲 the torque is silly, the app less so.",
     dict(_C13U, brand="Corvane"), "the trip paid by the brand, said first (Disclosures 101)"),
    ('pass', 'facebook', 'en', "Brightwell Pools cleaned our pool for free in exchange for an honest review. It sparkles; they were 40 min late.",
     dict(_C13U, brand="Brightwell Pools"), "a free service for a review, said first (FTC FAQ)"),
    ('pass', 'linkedin', 'en', "I'm a paid advisor to Ledgerly, so weigh this accordingly.\n\nTheir reconciliation engine is the first I'd put in front of a mid-size finance team.",
     dict(_C13U, brand="Ledgerly"), "the paid role told before the praise (16 CFR 255.5)"),
    ('pass', 'instagram', 'en', "Complimentary tasting menu from @olivetreebistro 🍽️ the lamb was the star, dessert forgettable.",
     dict(_C13U, brand="Olive Tree Bistro"), "a complimentary meal from the brand, up front"),
    ('fail', 'instagram', 'en', "My dad flew me out to Denver and we hit @peakhousegrill twice 🥩 best ribs of my life",
     dict(_C13U, brand="Peakhouse Grill"), "a relative paid the trip; the rewarded post tells no connection to the grill"),
    ('pass', 'instagram', 'en', "#ad GIVEAWAY with @thornbakery (paid partnership) 🎂 win a cake a month for a year. UK 18+, closes Sunday 8pm, T&Cs in bio. Not affiliated with Instagram.",
     dict(_C13K, brand="Thorn Bakery"), "a platform disclaimer, not a denial of the paid partnership (CAP 2.1, 8.17)"),
    ('fail', 'instagram', 'en', "Giveaway with @thornbakery 🎂 win a cake a month! Not affiliated with Thorn Bakery, just a fan.",
     dict(_C13K, brand="Thorn Bakery"), "the rewarded post denies the link with the brand itself (CPUTR Sch. 1 para 11)"),
    ('pass', 'instagram', 'en', "#ad Marlow Swim's new set 🌊 (the Tidewell straw hat I bought myself years ago, no connection) #beachday",
     dict(_C13U, brand="Marlow Swim"), "the denial is about another thing, bought by the author; the paying brand is labelled"),
    ('pass', 'instagram', 'en', "Gifted by Wickworth Candles: they sent it, I chose whether to post 🕯️ The cedar one is lovely.",
     dict(_C13K, brand="Wickworth Candles"), "a gift with no say over the post, said (CMA guidance: 'gifted' then suffices)"),
    ('warn', 'instagram', 'fr', "Publicité 🍪 Les galettes pur beurre de la Biscuiterie Penmarc'h, croustillantes à souhait.",
     dict(_C13F, brand="Biscuiterie Penmarc'h"), "biscuits au beurre : le message sanitaire ou la contribution (L2133-1 ; décidé : warn)"),
    # France names its two mentions: « lien affilié » alone is neither (loi 2023-451 art. 5)
    ('fail', 'x', 'fr', "Le meilleur casque à moins de 80 €, le Korrigan Air 🎧 lien affilié : korrigan.example/a/lea",
     dict(_C13F, brand="Korrigan"), "« lien affilié » n'est ni « Publicité » ni « Collaboration commerciale » (art. 5)"),
    ('pass', 'x', 'fr', "Publicité — le meilleur casque à moins de 80 €, le Korrigan Air 🎧 lien affilié : korrigan.example/a/lea",
     dict(_C13F, brand="Korrigan"), "la mention légale en tête, le lien affilié dit en plus"),
    # a reference price the post says was never charged; an offer's last day that goes on (train14h/14k)
    ('fail', 'facebook', 'en', "#ad @oakandrow armchair WAS £899 NOW £299 😍 (between us it's never actually been sold at £899, but still)",
     dict(_C13K, brand="Oak & Row"), "a 'was' price never charged (CAP 3.39–3.40)"),
    ('fail', 'instagram', 'fr', "Publicité — le fauteuil Oslo de @maisonbrume à 249 € au lieu de 699 € (bon, il n'a jamais été vendu à 699 € mais chut)",
     dict(_C13F, brand="Maison Brume"), "un prix de référence jamais pratiqué (C. consom. L112-1-1)"),
    ('pass', 'facebook', 'en', "#ad @oakandrow armchair was £899, now £599 until Sunday — it sold at £899 all autumn, I checked 😍",
     dict(_C13K, brand="Oak & Row"), "a former price genuinely charged"),
    ('fail', 'instagram', 'en', "Ad | @lumenjar ⏰ LAST DAY for 25% off candles!! (it actually runs all month but don't tell them)",
     dict(_C13U, brand="Lumenjar"), "a last day that goes on (FTC Act § 5; DPCD annex I pt 7)"),
    ('fail', 'instagram', 'fr', "Publicité avec @savonnerieore ⏰ DERNIER JOUR pour -20 % (en fait la promo dure tout le mois, chut)",
     dict(_C13F, brand="Savonnerie Oré"), "un dernier jour qui dure tout le mois (C. consom. L121-4 7°)"),
    ('pass', 'instagram', 'en', "Ad | @lumenjar ⏰ last day for 25% off candles, it ends at midnight tonight 🕯️",
     dict(_C13U, brand="Lumenjar"), "a last day told as such"),
]
add(CONN23)


# --- slip14, stop 23: train14f's families — a label naming another partner after an article, a gift label over a paid
# engagement, whitening said free of sensitivity, immunity "boosted" (EU/GB), a premium in an HFSS box, blood given, a
# regulator's consultation --------------------------------------------------------------------------------------------------
_S14F = dict(jurisdiction="fr", employee=False, rewarded=True)
_S14U = dict(jurisdiction="us", employee=False, rewarded=True)
_S14K = dict(jurisdiction="uk", employee=False, rewarded=True)
SLIP14 = [
    ('fail', 'instagram', 'fr', "Collaboration commerciale avec la Boutique Verte 🌿 Le sérum Oriane a calmé ma peau en deux semaines, je l'adore",
     dict(_S14F, brand="Oriane"), "le label nomme la boutique, pas Oriane qui paie (C. consom. L121-1 I 3° ; loi 2023-451 art. 5)"),
    ('pass', 'instagram', 'fr', "Collaboration commerciale avec la maison Oriane 🌿 Leur sérum a calmé ma peau en deux semaines, je l'adore",
     dict(_S14F, brand="Oriane"), "le label nomme l'annonceur"),
    ('fail', 'instagram', 'en', "Paid partnership with the Corner Store ✨ Lumo's lip oil has lived in my bag all month",
     dict(_S14K, brand="Lumo"), "the label names the shop, not Lumo who pays (CPUTR reg. 6(4)(b); CAP 2.1)"),
    ('fail', 'instagram', 'fr', "Soin offert par Marée 🎁 dans le cadre de mon contrat d'égérie pour toute l'année : leur gommage au sel est une merveille",
     dict(_S14F, brand="Marée"), "un contrat d'égérie est une collaboration rémunérée : « offert » la minimise (loi 2023-451 art. 5)"),
    ('pass', 'instagram', 'fr', "Collaboration commerciale avec Marée 🌊 mon contrat d'égérie court toute l'année : leur gommage au sel est une merveille",
     dict(_S14F, brand="Marée"), "le label dû, le contrat dit en plus"),
    ('fail', 'instagram', 'en', "Gifted by @loomwear 🧶 part of my year-long ambassador deal with them, this knit is so cosy",
     dict(_S14K, brand="Loomwear"), "a paid ambassadorship under a gift label: 'Ad' is owed (CAP 2.1; CMA/ASA influencers' guide)"),
    ('fail', 'instagram', 'en', "#ad Glint whitening pen ✨ my smile is brighter already and no sensitivity at all!",
     dict(_S14U, brand="Glint"), "a peroxide whitener said to cause no sensitivity at all (FTC Act § 5)"),
    ('fail', 'instagram', 'fr', "Publicité | Kit de blanchiment Émaïa 🦷 sans aucune sensibilité, même pour les dents fragiles",
     dict(_S14F, brand="Émaïa"), "un blanchiment sans aucune sensibilité promise (C. consom. L121-2 ; règl. 1223/2009 annexe III)"),
    ('fail', 'instagram', 'en', "Ad | @pearlbright teeth whitening strips, completely safe for every smile 😁",
     dict(_S14K, brand="Pearlbright"), "whitening strips said completely safe (CAP 3.7, 12.1)"),
    ('pass', 'instagram', 'en', "#ad Glint whitening pen: my smile looks brighter after two weeks. Some people get mild sensitivity, so take a break if you do",
     dict(_S14U, brand="Glint"), "a whitening result with its known effect told"),
    ('fail', 'instagram', 'fr', "Publicité 🍓 Les gourdes de compote Mimo, le goûter de mes loulous : elles renforcent leurs défenses naturelles pour l'hiver",
     dict(_S14F, brand="Mimo", sector="food"), "des défenses « renforcées » : allégation non autorisée (règl. 1924/2006 art. 10 et 14)"),
    ('fail', 'instagram', 'en', "Ad | @sunnyoats porridge pots, a warm start that boosts your kids' immunity all winter 🥣",
     dict(_S14K, brand="Sunny Oats", sector="food"), "immunity 'boosted': beyond the authorised claims (GB NHC register; CAP 15.1.1)"),
    ('fail', 'instagram', 'en', "Ad | @chocopops cereal now comes with a free toy in every box 🎁 my two can't get enough",
     dict(_S14K, brand="Chocopops", sector="food"), "an HFSS cereal with a premium for children (CAP 15.15, 15.18)"),
    ('pass', 'instagram', 'en', "Ad | @oatcrunch granola for grown-up breakfasts, now with a recipe card in every box 🥣",
     dict(_S14K, brand="Oatcrunch", sector="food"), "no child is addressed, no children's premium"),
    ('pass', 'linkedin', 'fr', "Ce matin, la moitié de l'équipe Brindille a donné son sang à la collecte de l'EFS ❤️ Prenez rendez-vous sur dondesang.efs.sante.fr",
     dict(jurisdiction="fr", employee=True, rewarded=True, brand="Brindille"), "un appel au don du sang : rien de l'employeur n'est promu"),
    ('pass', 'linkedin', 'en', "Half our office gave blood at the NHS session today 🩸 Book your own slot at blood.co.uk",
     dict(jurisdiction="uk", employee=True, rewarded=True, brand="Ledgerly"), "a call to give blood promotes nothing of the employer's"),
    ('pass', 'linkedin', 'en', "The FCA has just published a consultation paper on consumer credit reporting. Worth a read if you work in lending 👇",
     dict(jurisdiction="uk", employee=True, rewarded=True, brand="Lendwise"), "a regulator's consultation reported: no product (CAP 1.1)"),
    ('fail', 'instagram', 'fr', "Publicité | Sveltéa 🍑 ce gel fait carrément fondre la graisse du ventre, -2 cm en trois semaines sans sport",
     dict(_S14F, brand="Sveltéa"), "un gel qui ferait fondre la graisse, l'adverbe n'y change rien (règl. 1223/2009 art. 20 ; L121-2)"),
]
add(SLIP14)


# month14, second round: breaches of the same month passed with no finding (an employee's customer verdict, a job or a
# salary guaranteed by a course, fillers for under-18s with a parent's consent, a generated image shown as a real result,
# a supplement said to cure a pain)
MONTH14B = [
    ('fail', 'instagram', 'fr', "Coup de cœur de la semaine 💚 la crème mains « Velours d'Avoine » de Prairelle. Mes mains sont enfin douces malgré le froid. Foncez les yeux fermés !",
     _E14("fr", "Prairelle"), "une salariée parle en cliente conquise sans dire son emploi (C. consom. L121-4 22°)"),
    ('fail', 'facebook', 'en', "Switched my car insurance to Halden Mutual last week, took ten minutes online. Best price I found by miles. Renewal coming up? Go with them.",
     _E14("uk", "Halden Mutual"), "an employee gives a customer's comparison and advice without saying the job (CPUTR Sch. 1 para 22)"),
    ('fail', 'instagram', 'en', "#ad Codewell bootcamp: land a guaranteed junior developer job in 16 weeks 🚀 Applications close Sunday!",
     _R14("us", "Codewell"), "a job guaranteed by a course: an earnings outcome no provider can substantiate (FTC Act § 5)"),
    ('pass', 'instagram', 'en', "#ad Codewell bootcamp: 16 weeks, real projects, career coaching. No job is guaranteed, but 71% of our 2025 grads were hired within 6 months.",
     _R14("us", "Codewell"), "the job said not guaranteed, a typical figure given (16 CFR 255.2)"),
    ('fail', 'instagram', 'fr', "Publicité · Formavia : devenez développeur web en 6 mois, 35 000 € par an garantis à la sortie !",
     _R14("fr", "Formavia"), "un salaire garanti à la sortie d'une formation : promesse trompeuse (C. consom. L121-2)"),
    ('fail', 'instagram', 'en', "#ad Lumière Aesthetics: 1ml lip filler £150 this month, with parental consent from 16. Book in my bio!",
     _R14("uk", "Lumière Aesthetics", sector="cosmetic_surgery"), "fillers offered to under-18s with a parent's consent: unlawful and barred from ads (CAP 12.25; Botulinum Toxin and Cosmetic Fillers (Children) Act 2021)"),
    ('pass', 'instagram', 'en', "#ad Lumière Aesthetics: 1ml lip filler £150 this month, over-18s only, consultation with a prescriber first. Book in my bio!",
     _R14("uk", "Lumière Aesthetics", sector="cosmetic_surgery"), "adults only, a consultation first (CAP 12.25)"),
    ('fail', 'instagram', 'en', "#ad Orlaine night cream: a real customer after 30 days 🌙 £38.",
     _R14("us", "Orlaine", image_virtual=True), "a generated image offered as a real customer's result (FTC Act § 5; 16 CFR 255.1(c))"),
    ('pass', 'instagram', 'en', "#ad Orlaine night cream 🌙 AI-generated image, for illustration only, not a real customer. £38.",
     _R14("us", "Orlaine", image_virtual=True), "the image said generated and illustrative: no real result claimed"),
    ('fail', 'instagram', 'en', "#ad Jointa turmeric capsules fixed my back pain for good 🙏 link in bio",
     _R14("uk", "Jointa", sector="supplements"), "a supplement said to treat a pain: a medicinal claim (CAP 15.6.2)"),
    ('fail', 'instagram', 'fr', "Publicité · Articea : ses gélules au curcuma ont guéri mes douleurs au genou, plus besoin de Doliprane !",
     _R14("fr", "Articea", sector="supplements"), "un complément qui soignerait une douleur et remplacerait un médicament (règl. (UE) 1169/2011 art. 7 §3)"),
]
add(MONTH14B)

# stop 24 (lead): a keyword to send by message after "DM me", a second brand's gift told in a parenthesis after its
# @handle, advertising refused in a phrase while rewarded
LEAD24 = [
    ('fail', 'instagram', 'en', "#ad six months with Orvana as a partner and I'm netting $6k a month from my phone. DM me 'READY'",
     _C13U, "an income claim with a way into the business (FTC Act § 5; 16 CFR 437)"),
    ('pass', 'instagram', 'en', "#ad the Orvana serum is on my shelf for good. DM me 'SERUM' and I'll send you the link",
     _C13U, "a keyword for a link, no income told: nothing to substantiate"),
    ('fail', 'instagram', 'en', "#ad Marisol's linen shirt for the lake 🌊 with my @tidewell shades (they kindly sent these over, love them)",
     dict(_C13K, brand="Marisol"), "a second brand's gift told only in a parenthesis, no label for it (CAP 2.1; CMA guidance on gifts)"),
    ('pass', 'instagram', 'en', "#ad Marisol's linen shirt for the lake 🌊 with my @tidewell shades (they sent me the new pair, love them)",
     dict(_C13U, brand="Marisol"), "the US: the gift told in plain words before the cut discloses it (FTC Disclosures 101)"),
    ('fail', 'instagram', 'fr', "Collaboration commerciale avec @lumette 🍓 ma confiture sur des crêpes faites dans ma poêle @fontevrac (cadeau de la marque !)",
     dict(_C13F, brand="Lumette"), "la seconde marque a offert la poêle ; rien ne l'annonce (loi 2023-451 art. 5)"),
    ('pass', 'instagram', 'en', "#ad Marisol's linen shirt for the lake 🌊 with my @tidewell shades (bought them last summer, still love them)",
     dict(_C13U, brand="Marisol"), "the second brand's item bought by the author: no connection"),
    ('fail', 'instagram', 'fr', "Les placements de produits, pas mon truc : je ne montre que ce que j'aime. La lampe Orsel ne quitte plus mon bureau, -15 % avec JADE15",
     dict(_C13F, brand="Orsel"), "récompensée, l'autrice dit ne pas faire de publicité (C. consom. L121-4 11° et 22°)"),
    ('fail', 'instagram', 'en', "I don't do brand deals, I just share what I love: the Orsel desk lamp, 15% off with JADE15",
     dict(_C13K, brand="Orsel"), "rewarded, the author says no brand deal (CPUTR Sch. 1 para 11 and 22)"),
    ('fail', 'x', 'en', "#ad the Pillowry sale timer shows 3 hrs left… it resets every morning btw 😅 king duvet was £180 now £60",
     _C13K, "a countdown the post says starts again: false urgency (DMCC Sch. 20 para 7; CAP 3.31)"),
    ('fail', 'instagram', 'fr', "Publicité · Duvelia : le chrono affiche 2 h restantes (il se remet à zéro tous les jours mdr) couette 59 € au lieu de 189 €",
     _C13F, "un compte à rebours qui repart chaque jour : urgence fausse (C. consom. L121-4 7°)"),
    ('pass', 'x', 'en', "#ad the Pillowry sale timer shows 3 hrs left and then it's over, king duvet £60 (was £90 for the last 3 months)",
     _C13K, "a countdown that ends, with a genuine reference price"),
]
add(LEAD24)
_P15US = dict(employee=False, rewarded=True, jurisdiction="us")
_P15UK = dict(employee=False, rewarded=True, jurisdiction="uk")
_P15FR = dict(employee=False, rewarded=True, jurisdiction="fr")
PAID15 = [
    # a generic environmental claim no label cures (16 CFR 260.4, 260.5, 260.8; CAP 11.1, 11.3; C. env. L541-9-1)
    ('fail', 'instagram', 'en', "#ad my new go-to backpack 🎒 the Ridgeway Daypack is fully eco-friendly and carbon-neutral, so no guilt on the trail.",
     dict(_P15US, brand="Ridgeway"), "unqualified eco-friendly and carbon-neutral claims (16 CFR 260.4, 260.5)"),
    ('fail', 'x', 'en', "#ad Fernleaf's new bin bags are biodegradable 🌱 so bin day feels a bit better now",
     dict(_P15US, brand="Fernleaf"), "biodegradable with no time nor place of disposal, for bags sent to landfill (16 CFR 260.8)"),
    ('fail', 'instagram', 'en', "Ad | Saltmarsh's new swim shorts are so much kinder to the planet 🌊 and they dry in minutes.",
     dict(_P15UK, brand="Saltmarsh"), "a vague environmental benefit with no basis (CAP 11.1, 11.3; CMA Green Claims Code)"),
    ('fail', 'instagram', 'fr', "Publicité – Les baskets Alizé sont 100 % durables et respectueuses de l'environnement 🌍 je les adore.",
     dict(_P15FR, brand="Alizé"), "allégation environnementale générique (C. env. L541-9-1 ; directive 2024/825)"),
    ('pass', 'instagram', 'en', "#ad Ridgeway paid for this post 🎒 the Daypack's shell is 70% recycled nylon; the straps are still virgin polyester. Fits a 15in laptop.",
     dict(_P15US, brand="Ridgeway"), "a specific, qualified recycled share, no general claim"),
    ('pass', 'instagram', 'en', "Ad | Saltmarsh swim shorts, certified B Corp brand, and the fabric is 80% recycled. They dry in minutes.",
     dict(_P15UK, brand="Saltmarsh"), "the environmental facts given with their basis"),
    # "ad-free" is the product's feature, not a label (16 CFR 255.0; CAP 2.1)
    ('fail', 'x', 'en', "ad-free streaming at last 📺 Reelbox Plus has every season of the good stuff. code MAYA = 2 months free",
     dict(_P15US, brand="Reelbox"), "'ad-free' names the product's feature; the paid tie is not disclosed"),
    ('pass', 'x', 'en', "Ad: Reelbox paid for this post 📺 ad-free streaming and every season of the good stuff. code MAYA = 2 months free",
     dict(_P15US, brand="Reelbox"), "a real label first; 'ad-free' beside it is the feature"),
    # the label left to a later post of the thread (CAP 2.1: each post identifiable)
    ('fail', 'x', 'en', "1/4 I tried every budgeting app so you don't have to. Tallypot wins, easily 🧵 (#ad details in the last tweet)",
     dict(_P15UK, brand="Tallypot"), "the first post endorses and defers its label to the thread's end"),
    # a label played down ("technically #ad but …": 16 CFR 255.0(f), clear and not contradicted)
    ('fail', 'instagram', 'en', "so technically an ad but honestly they just gave me the blender lol. the Whirlon Pro crushes ice in 5 seconds",
     dict(_P15US, brand="Whirlon"), "the paid tie played down as a formality"),
    # "thanks to X for our free stay" is the FTC's own example of a plain disclosure
    ('pass', 'facebook', 'en', "Thanks to Cedarbay Resort for our free weekend (they covered the cabin and breakfasts) 🌲 the lake was freezing, the kids loved it.",
     dict(_P15US, brand="Cedarbay Resort"), "the free stay thanked for up front (Disclosures 101)"),
    # a limited window the post says recurs, a reference price never seen (DMCC Sch. 20 para 7; CAP 3.39; 16 CFR 233.1)
    ('fail', 'instagram', 'en', "#ad 48 HOURS ONLY ⏰ 30% off every Lindenhall candle (they do this most weekends tbh)",
     dict(_P15UK, brand="Lindenhall"), "a 'limited' window the post says comes back"),
    ('fail', 'instagram', 'en', "#ad the Corvo air fryer is £49 today, RRP £160!! honestly never seen it at full price anywhere but grab it",
     dict(_P15UK, brand="Corvo"), "a reference price the author never saw charged"),
    ('fail', 'facebook', 'en', "#ad Brightnest's robot vacuum: normally $399, just $149 this weekend only! (it's been $149 every time I've looked lol)",
     dict(_P15US, brand="Brightnest"), "a 'this weekend only' price the post says is the usual one"),
    # botulinum toxin denied is no medicine promoted (HMR 2012 reg. 284 reads a promotion)
    ('pass', 'instagram', 'en', "#ad Harlow Skin Clinic paid for my microneedling session 🌿 red for two days, then smoother. 18+ only, results vary. No botox here.",
     dict(_P15UK, brand="Harlow Skin Clinic", sector="cosmetic_surgery"), "the toxin named only to say it was not used"),
]
add(PAID15)

# stop 24 (paid15), second round: claims and sector rules a correct label does not cure
PAID15B = [
    ('fail', 'instagram', 'en', "#ad Three months on Serenwood magnesium drops and I'm off my sleeping pills completely 🌙 nothing else did what these did.",
     dict(_P15US, brand="Serenwood", sector="supplements"), "a supplement said to replace a medicine (FD&C Act § 201(g)(1))"),
    ('fail', 'instagram', 'en', "#ad Six weeks of Dewdrop marine collagen and the fine lines on my forehead are completely gone ✨",
     dict(_P15UK, brand="Dewdrop"), "an anti-ageing result for a food supplement (CAP 15.1, 3.7)"),
    ('fail', 'x', 'en', "#ad year 5 and 6 crew!! 🍪 Biscotto choc chunk cookies are the best thing in your lunchbox, who's having one at break?",
     dict(_P15UK, brand="Biscotto"), "an HFSS food aimed at primary pupils (CAP 15.18)"),
    ('fail', 'facebook', 'en', "#ad Drove home my new SUV today 🚙 Crestline Motor Credit sorted me with $0 down and payments as low as $249/mo. Apply through my link!",
     dict(_P15US, brand="Crestline Motor Credit"), "credit trigger terms without the APR (12 CFR 1026.24(d))"),
    ('fail', 'instagram', 'en', "#ad Kestrel Bet are giving new players a £10 free bet, no strings attached! Just stake a fiver first. 18+ BeGambleAware",
     dict(_P15UK, brand="Kestrel Bet"), "a free bet said unconditional beside its qualifying stake (CAP 3.9)"),
    ('fail', 'instagram', 'en', "#ad Sunday plan: a Blackwater bourbon and ginger, then we take the jet ski out 🌊",
     dict(_P15US, brand="Blackwater Bourbon"), "alcohol before operating a vessel"),
    ('fail', 'x', 'en', "#ad Ironhill's 8.5% imperial stout puts other stouts to shame and it's dangerously easy to drink 🍺",
     dict(_P15UK, brand="Ironhill Brewing", sector="alcohol"), "strength offered as a merit (CAP 18.9)"),
    ('fail', 'instagram', 'en', "#ad Tailgate party at the student center Saturday 🏈 join BetRally with code QUAD for $150 in bonus bets. 21+ Gambling problem? Call 1-800-GAMBLER",
     dict(_P15US, brand="BetRally Sportsbook"), "sportsbook marketing aimed at a college crowd (205 CMR 256)"),
    ('fail', 'instagram', 'en', "#ad Glintwhite 10% hydrogen peroxide gel trays 🦷 three shades whiter at home in 5 days!",
     dict(_P15UK, brand="Glintwhite"), "a whitening product over 0.1% peroxide sold for home use (Cosmetic Products Regulation Annex III)"),
    ('pass', 'instagram', 'en', "#ad Glintwhite enamel-safe toothpaste (0.1% hydrogen peroxide) 🦷 a shade brighter after a month; anything stronger, see your dentist.",
     dict(_P15UK, brand="Glintwhite"), "a whitening toothpaste at the public limit"),
    ('fail', 'linkedin', 'en', "Ad | Paid partnership with Harrowgate Invest.\n\nTheir property notes pay 11% a year and are as safe as money in the bank. Minimum £5,000.",
     dict(_P15UK, brand="Harrowgate Invest"), "an investment likened to an insured deposit (FCA COBS 4.2.1; CAP 3.1)"),
    ('fail', 'instagram', 'en', "#ad Sunkissed fake tan, one coat and look at that colour 🌞",
     dict(_P15UK, brand="Sunkissed", image_retouched=True), "a filtered picture of a tan product's result (CAP 3.1; ASA filter rulings)"),
]
add(PAID15B)
CARELESS15 = [
    # an employee's customer tip: "worth a look", "give them a try", "put it on your shortlist", « c'est le moment de tester »
    # (C. consom. L121-4 22°; CPUTR Sch. 1 para 22; 16 CFR 255.5)
    ('fail', 'linkedin', 'en', "Our agency switched its payroll to Tallyway in March.\n\nRuns on time, the exports are clean. If you're comparing tools, Tallyway is worth a look.",
     dict(employee=True, rewarded=False, brand="Tallyway", jurisdiction="uk"), "an employee's customer tip about the employer's tool, the job untold"),
    ('fail', 'linkedin', 'en', "We renewed our fleet cover with Harrowgate this spring and the claims line answered in two rings.\n\nRunning vans? Give them a try.",
     dict(employee=True, rewarded=False, brand="Harrowgate Insurance", jurisdiction="us"), "an employee posing as a customer of the employer"),
    ('fail', 'linkedin', 'en', "As a long-time Marlow Savings customer I can say the app finally makes sense. Put it on your shortlist if you're moving banks.",
     dict(employee=True, rewarded=False, brand="Marlow Savings", jurisdiction="us"), "'as a long-time <brand> customer' said by its employee"),
    ('fail', 'linkedin', 'fr', "Notre outil de planning vient de passer la certification RGAA.\n\nBravo à l'équipe ! Si vous cherchez un planning accessible, c'est le moment de tester.\n\n#rh #planning #accessibilite #saas #teamplanora #france",
     dict(employee=True, rewarded=False, brand="Planora", jurisdiction="fr"), "« notre outil … c'est le moment de tester », le lien noyé dans les hashtags"),
    ('pass', 'linkedin', 'en', "I'm a product lead at Tallyway. Our payroll exports are now one click, worth a look if you run a small agency.",
     dict(employee=True, rewarded=False, brand="Tallyway", jurisdiction="us"), "the same tip with the job told first"),
    # the purchase told as a customer's, with no tip at all (owed.customer_act)
    ('fail', 'linkedin', 'en', "We migrated our whole 60-person studio onto Brightdesk's booking system in May.\n\nDesk clashes: gone. Visitor sign-in: two taps.",
     dict(employee=True, rewarded=False, brand="Brightdesk", jurisdiction="us"), "an employee tells the team's purchase as a customer's"),
    ('fail', 'linkedin', 'fr', "On a souscrit notre mutuelle d'entreprise chez Oriane Santé en janvier : remboursements en 48 h, zéro paperasse.",
     dict(employee=True, rewarded=False, brand="Oriane Santé", jurisdiction="fr"), "un salarié raconte l'achat comme un client"),
    ('pass', 'linkedin', 'en', "I work at Brightdesk, and yes, we migrated our own studio onto Brightdesk's booking system in May. Desk clashes: gone.",
     dict(employee=True, rewarded=False, brand="Brightdesk", jurisdiction="us"), "the same purchase, the job told first"),
    # a course sold on a graduate's turnover, promised to every graduate (CAP 3.1, 3.7; 16 CFR 255.2(b); FTC Act § 5)
    ('fail', 'linkedin', 'en', "Ad | I've partnered with Northpoint School.\n\nA year ago I was a receptionist. Last quarter my bookkeeping firm invoiced £18,000.\n\nEvery student can do the same within a year. Applications close Friday.",
     dict(rewarded=True, brand="Northpoint School", jurisdiction="uk", sector="training"), "a graduate's turnover promised to every student"),
    ('pass', 'linkedin', 'en', "Ad | Northpoint School paid me to share my experience. Their bookkeeping course gave me a method; what you earn after depends on you and your market.",
     dict(rewarded=True, brand="Northpoint School", jurisdiction="uk", sector="training"), "a course told without a promised income"),
    # a founder's own company, told by where or when it began (CAP 2.1; 16 CFR 255.5; L121-4 22°)
    ('pass', 'linkedin', 'en', "I started Fernhill Candles in my spare room in 2020. Our autumn range, Ember, ships from Monday.",
     dict(employee=True, rewarded=False, brand="Fernhill Candles", jurisdiction="uk"), "the founder says she started the brand"),
    ('pass', 'linkedin', 'fr', "J'ai lancé Savons Carvel dans ma cuisine en 2017. Notre nouveau savon au miel sort cette semaine.",
     dict(employee=True, rewarded=False, brand="Savons Carvel", jurisdiction="fr"), "la fondatrice dit avoir lancé la marque"),
    ('fail', 'linkedin', 'en', "I started Fernhill Candles last week and honestly the Ember one is lovely. Give it a try.",
     dict(employee=True, rewarded=False, brand="Fernhill Candles", jurisdiction="uk"), "'started <brand> last week' is a customer's start: the job untold"),
    # a fundraiser by its giving page: no advertising (CAP 1.1; loi 2023-451 art. 1)
    ('pass', 'facebook', 'en', "Half our team is walking the Peak District 20 miles for Macmillan on Saturday. £2,100 of £3,000 so far, every penny helps. GoFundMe in the comments.",
     dict(employee=True, rewarded=False, brand="Calder Logistics", jurisdiction="uk"), "a charity walk and its giving page"),
    # alcohol and seduction (CAP 18.4; C. santé publ. L3323-4)
    ('fail', 'instagram', 'en', "#ad Millbrook Cider 🍏 the key to pulling every Saturday night 😉",
     dict(rewarded=True, brand="Millbrook Cider", jurisdiction="uk", sector="alcohol"), "a cider as the key to seduction"),
    ('fail', 'instagram', 'fr', "Publicité 🍾 Le crémant Lavergne pour nos soirées en amoureux… la suite prend une autre tournure 😏\nL'abus d'alcool est dangereux pour la santé, à consommer avec modération.",
     dict(rewarded=True, brand="Lavergne", jurisdiction="fr", sector="alcohol"), "un vin associé à la séduction (loi Evin)"),
    # gambling as an income (ANJ; CAP 16.3.4)
    ('fail', 'instagram', 'fr', "Publicité ⚽ Les paris sur @betnova_fr c'est mon petit salaire d'appoint du week-end 💸 18+ Jouer comporte des risques : endettement, dépendance… Appelez le 09 74 75 13 13.",
     dict(rewarded=True, brand="Betnova", jurisdiction="fr", sector="gambling"), "le pari présenté comme un revenu d'appoint"),
    # an investment that "can't lose" (FINRA 2210(d)(1); FTC Act § 5)
    ('fail', 'x', 'en', "#ad The Quillet app buys fractional shares for me every week and its picks can't lose. Start with $10!",
     dict(rewarded=True, brand="Quillet", jurisdiction="us"), "stocks picked that cannot lose"),
    # a body fixed by a date, the brand named in between (FTC Act §§ 5, 12)
    ('fail', 'instagram', 'en', "#ad Fixed my crooked teeth at home with @alignly in only 3 weeks, no orthodontist needed.",
     dict(rewarded=True, brand="Alignly", jurisdiction="us"), "an orthodontic result by a date"),
    # a label whose details are left to a comment (CAP 2.1; 16 CFR 255.0(f))
    ('fail', 'facebook', 'en', "New season, new Ridgeline boots 🥾 grippy and warm. Ad - see first comment for details",
     dict(rewarded=True, brand="Ridgeline", jurisdiction="uk"), "the label points to a comment for the connection"),
    ('pass', 'facebook', 'en', "Ad - new season, new Ridgeline boots 🥾 grippy and warm. My code is in the first comment.",
     dict(rewarded=True, brand="Ridgeline", jurisdiction="uk"), "the label up front, only the code in a comment"),
    ('fail', 'facebook', 'fr', "Nouvelles chaussures Ridgeline, confort top. Publicité - détails en commentaire",
     dict(rewarded=True, brand="Ridgeline", jurisdiction="fr"), "la mention renvoie le lien à un commentaire (art. 5)"),
    ('pass', 'facebook', 'fr', "Publicité - nouvelles chaussures Ridgeline, confort top. Mon code promo est en commentaire.",
     dict(rewarded=True, brand="Ridgeline", jurisdiction="fr"), "la mention en tête, seul le code en commentaire"),
    ('pass', 'linkedin', 'fr', "Je suis formatrice chez Campus Orme : notre parcours data ouvre en octobre, finançable par le CPF (hors participation forfaitaire).",
     dict(employee=True, rewarded=False, brand="Campus Orme", jurisdiction="fr", sector="training"), "« training » est un secteur ordinaire"),
    # "free" with a fee the post admits (UCPD annex I pt 20; CAP 3.23; 16 CFR 251.1)
    ('fail', 'x', 'en', "#ad FREE home security kit from @guardlyhome, no strings! *£79 installation fee applies",
     dict(rewarded=True, brand="Guardly", jurisdiction="uk"), "a free kit with an installation fee"),
    ('fail', 'instagram', 'fr', "Publicité 📺 Le décodeur Visio+ est totalement gratuit ! Frais d'activation : 39 €.",
     dict(rewarded=True, brand="Visio+", jurisdiction="fr"), "un décodeur « gratuit » avec des frais d'activation"),
    ('pass', 'x', 'en', "#ad Free delivery on the Guardly doorbell this week, £89 and no installation fee.",
     dict(rewarded=True, brand="Guardly", jurisdiction="uk"), "free delivery on a priced product, no fee"),
    # an FSMA s. 21 approval told with the approver's register number, and the crypto risk warning (COBS 4.12A)
    ('pass', 'instagram', 'en', "#ad Approved by Harcourt Capital Ltd (FRN 654321) on 3 March 2025.\nI buy a little ether each month with @coinharbour.\nDon't invest unless you're prepared to lose all the money you invest. This is a high-risk investment and you should not expect to be protected if something goes wrong.",
     dict(rewarded=True, brand="CoinHarbour", jurisdiction="uk", sector="crypto"), "the s21 approver named with its FRN, and the prescribed warning"),
]
add(CARELESS15)

# fr15 (stop 24, train15f: French paid posts by a law-only writer): a yield or a capital said guaranteed or safe on a risky
# investment, a filler's dose in ml, children told to have their parents buy by a pronoun, an environmental claim no
# product can hold, energy said free for life and a payback guaranteed, a second brand named as the product before an
# affiliate code, a decree said out in the Journal officiel, a salary range with an en dash
FR15 = [
    ('fail', 'instagram', 'fr', "Publicité · Staking ETH chez Stakora : 9 % APY garantis, retrait quand vous voulez 🔐 lien en bio",
     dict(_C13F, brand="Stakora"), "un rendement garanti sur un crypto-actif (C. consom. L121-2 ; MiCA art. 66)"),
    ('fail', 'linkedin', 'fr', "Collaboration commerciale avec Bastide Invest\n\nLe financement participatif immobilier, c'est mon placement sûr : 9 % par an, capital protégé, 24 mois.",
     dict(_C13F, brand="Bastide Invest"), "un placement participatif présenté sûr, capital protégé (C. consom. L121-2 ; règl. (UE) 2020/1503 art. 27)"),
    ('warn', 'linkedin', 'fr', "Collaboration commerciale avec Bastide Invest\n\nLe financement participatif immobilier : 9 % visés par an, mais le capital n'est pas garanti et l'argent reste bloqué 24 mois.",
     dict(_C13F, brand="Bastide Invest"), "le risque de perte et l'illiquidité dits : rien de trompeur, le placement reste à faire relire (produits financiers)"),
    ('pass', 'facebook', 'fr', "Je travaille chez Banque Ardoise : notre nouveau livret d'épargne rapporte 2,4 % brut, capital garanti, retrait quand vous voulez. Détails en agence.",
     dict(employee=True, rewarded=False, jurisdiction="fr", brand="Banque Ardoise"), "un dépôt bancaire : son capital est garanti (C. monét. fin. L312-4), rien de trompeur"),
    ('fail', 'instagram', 'fr', "Collaboration commerciale avec @dr.lueur 💉 Mes pommettes après 2 ml d'acide hyaluronique, zéro éviction sociale. Créneaux à Lyon en DM",
     dict(_C13F, brand="Dr Lueur"), "injections d'acide hyaluronique : acte esthétique dont la promotion est interdite (loi 2023-451 art. 4 ; CSP L1151-2)"),
    ('pass', 'instagram', 'fr', "Collaboration commerciale avec @hydrelle : leur sérum 30 ml à l'acide hyaluronique, trois gouttes matin et soir, peau moins tiraillée.",
     dict(_C13F, brand="Hydrelle"), "un sérum cosmétique, pas une injection (règl. (CE) 1223/2009)"),
    ('fail', 'instagram', 'fr', "Collaboration commerciale avec @lesptitscubes 🧱 Les enfants, le château se monte en 10 minutes ! Montrez ce post à maman et demandez-lui de vous l'offrir pour votre anniversaire 🎂",
     dict(_C13F, brand="Les P'tits Cubes"), "les enfants incités à faire acheter leurs parents (C. consom. L121-7 5° ; directive 2005/29 annexe I pt 28)"),
    ('fail', 'instagram', 'en', "#ad Kids, the glitter slime is here! Show this to your mum and dad and ask them to get it for you this weekend 💖",
     dict(_C13K, brand="Slimery"), "children told to get their parents to buy (DMCC Act 2024 Sch. 20 para 28; CAP 5.9)"),
    ('pass', 'instagram', 'fr', "Collaboration commerciale avec @lesptitscubes 🧱 Parents, le château se monte en 10 minutes avec les enfants, idéal pour un anniversaire.",
     dict(_C13F, brand="Les P'tits Cubes"), "un message aux parents, aucun enfant incité à acheter"),
    ('fail', 'facebook', 'fr', "Collaboration commerciale avec Linéa 🌿 Leurs baskets sont neutres en carbone, on peut courir sans culpabiliser.",
     dict(_C13F, brand="Linéa"), "un produit dit neutre en carbone (C. envir. L229-68 ; directive (UE) 2024/825 annexe I pt 4 quater)"),
    ('fail', 'instagram', 'en', "#ad Leafway's new bottles have zero impact on the planet 🌍 refill, repeat, relax.",
     dict(_C13U, brand="Leafway"), "an absolute environmental claim (16 CFR 260.4(b))"),
    ('pass', 'facebook', 'fr', "Collaboration commerciale avec Linéa 🌿 Leurs baskets sont faites à 60 % de coton recyclé ; la semelle, elle, reste en caoutchouc neuf.",
     dict(_C13F, brand="Linéa"), "un bénéfice environnemental précis et limité (C. consom. L121-2)"),
    ('fail', 'linkedin', 'fr', "Publicité — je travaille chez Héliade ☀️ Avec notre pompe à chaleur, le chauffage devient gratuit à vie et l'installation est rentabilisée en 3 ans, c'est garanti.",
     dict(employee=True, rewarded=True, jurisdiction="fr", brand="Héliade"), "une énergie dite gratuite à vie et un amortissement garanti (C. consom. L121-2 2° b et c)"),
    ('fail', 'facebook', 'en', "Ad | Sunward solar: pays for itself in 4 years, guaranteed, and you'll never pay an energy bill again.",
     dict(_C13K, brand="Sunward"), "a payback guaranteed, bills gone for ever (CAP 3.1, 3.7)"),
    ('pass', 'linkedin', 'fr', "Publicité — je travaille chez Héliade ☀️ Notre pompe à chaleur réduit la facture de chauffage d'environ 40 % dans une maison isolée ; étude gratuite, sans engagement.",
     dict(employee=True, rewarded=True, jurisdiction="fr", brand="Héliade"), "une économie chiffrée et située, aucune gratuité promise"),
    ('fail', 'instagram', 'fr', "Collaboration commerciale avec @maisonvelin pour le manteau 🧥\n\nEt pour le sac, ce sont les Orba Mini, lien affilié en bio avec mon code JULIE15 👜",
     dict(_C13F, brand="Maison Velin"), "un second annonceur poussé par un code affilié, sans mention propre (loi 2023-451 art. 5)"),
    ('pass', 'linkedin', 'fr', "L'arrêté fixant les nouveaux plafonds d'aide à la rénovation énergétique des copropriétés est paru hier au Journal officiel. Ce qui change : deux nouveaux seuils de revenus.",
     dict(employee=True, rewarded=True, jurisdiction="fr", brand="Héliade"), "actualité réglementaire, rien de l'employeur promu (loi 2023-451 art. 1)"),
    ('pass', 'x', 'en', "We're hiring at Fenwick Payroll 🎉 two payroll analysts in Bristol (hybrid, £34–40k). fenwickpayroll.co.uk/careers",
     dict(employee=True, rewarded=True, jurisdiction="uk", brand="Fenwick Payroll"), "a vacancy and its salary range promote no product (CAP 1.1)"),
    ('fail', 'linkedin', 'en', "Ad | I've partnered with Keystone School.\n\nA year ago I was a barista on £18k. Last month my agency invoiced £9,800.\n\nEvery student can do the same within a year. Next intake opens Friday.",
     dict(_C13K, brand="Keystone School", sector="training"), "the author's takings promised to every student: an unrepresentative earnings claim (CAP 3.1, 3.7)"),
    ('pass', 'linkedin', 'en', "Ad | Keystone School paid me to share my experience.\n\nThe 10-week course gave me a way to price projects. Results depend on your experience and market. Next intake opens Friday.",
     dict(_C13K, brand="Keystone School", sector="training"), "a course described, no earnings promised, results said to vary"),
]
add(FR15)
# stop 24 (lead): environmental claims a label does not cure, read by paid15's claim_environmental — general, neutral for
# the climate, biodegradable — unless their basis is told (directive (UE) 2024/825; C. env. L229-68, L541-9-1; CAP 11;
# 16 CFR 260); "100 % biodégradable" is no recycled or organic share
GREEN24 = [
    ('fail', 'instagram', 'en', "#ad my Lunetta yoga mat is fully eco-friendly 🌿 grippy even in hot class",
     _C13U, "a general environmental benefit, unqualified (16 CFR 260.4(b))"),
    ('pass', 'instagram', 'en', "#ad my Lunetta yoga mat: natural tree rubber top, 70% recycled foam base 🌿 grippy even in hot class",
     _C13U, "specific, measurable environmental attributes"),
    ('fail', 'instagram', 'en', "#ad Braemor's new trainers are climate neutral 🌍 zero emissions from factory to your door",
     _C13K, "neutrality and zero emissions claimed absolutely (CAP 11.1, 11.3; CMA Green Claims Code)"),
    ('pass', 'instagram', 'en', "#ad Braemor's trainers: emissions from shipping offset through a certified forestry scheme, details on their site",
     _C13K, "the offsetting told and certified: a qualified claim"),
    ('fail', 'instagram', 'fr', "Publicité · Ma brosse à dents Nacre est 100 % biodégradable, bien plus respectueuse de l'environnement 🌱",
     _C13F, "« biodégradable » et « respectueux de l'environnement » interdits sur un produit (C. env. L541-9-1)"),
    ('fail', 'linkedin', 'fr', "Collaboration commerciale avec Verdalis ☁️ Leur hébergement cloud est neutre en carbone : zéro impact sur la planète.",
     _C13F, "neutralité carbone et absence d'impact affirmées (directive (UE) 2024/825 ; C. env. L229-68)"),
    ('pass', 'linkedin', 'fr', "Collaboration commerciale avec Verdalis ☁️ Leur objectif : la neutralité carbone d'ici 2035, avec un bilan carbone publié chaque année.",
     _C13F, "un objectif daté et un bilan publié, pas une allégation de résultat"),
    ('pass', 'instagram', 'en', "#ad honestly this SUV is not eco-friendly in the slightest, but the Vantor V6 is a riot on back roads",
     _C13U, "the claim denied, not made"),
]
add(GREEN24)

# stop 24 (lead, train15h): price and urgency the post itself belies, "free" that is charged for, income said to replace
# a salary
PRICE24 = [
    ('fail', 'instagram', 'en', "#ad Lumo desk lamp \"retails for $120\" but it's $39 on their site, honestly it's been $39 every time I look lol",
     _C13U, "the reduced price said to be the usual one: a fictitious former price (16 CFR 233.1)"),
    ('fail', 'instagram', 'fr', "Publicité · @brume.maison la bougie XL : 59 € ➡️ 19 € !! (bon, elle est à 19 € depuis la rentrée 🤫)",
     _C13F, "le prix barré n'a pas été pratiqué (C. consom. L112-1-1, L121-2)"),
    ('pass', 'instagram', 'fr', "Publicité · @brume.maison la bougie XL : 59 € ➡️ 39 € jusqu'à dimanche, elle était à 59 € tout l'été",
     _C13F, "une réduction depuis le prix réellement pratiqué"),
    ('fail', 'x', 'en', "#ad Ferro pans: 40% off ENDS TONIGHT, gone forever after midnight! (code valid through 31 March)",
     _C13K, "a deadline its own terms belie (DMCC Sch. 20 para 7)"),
    ('fail', 'instagram', 'en', "#ad @tallowboots only 2 pairs left in my size, grab them!! (they told me 500 more pairs arrive Friday)",
     _C13K, "scarcity belied by a restock the post announces (DMCC Sch. 20 para 7; CAP 3.31)"),
    ('fail', 'instagram', 'en', "#ad FREE Nuvia sunglasses 😎 just pay £19.99 postage & handling",
     _C13K, "free while a handling charge is paid (DMCC Sch. 20 para 20; CAP 3.23)"),
    ('pass', 'instagram', 'en', "#ad Nuvia sunglasses are free with any order over £50 this week, you only pay standard delivery",
     _C13K, "a free item with a purchase, only delivery paid (CAP 3.24)"),
    ('fail', 'instagram', 'fr', "Publicité · Le kit Pétale est GRATUIT 😍 il suffit de payer 14,90 € de frais de dossier",
     _C13F, "« gratuit » avec des frais de dossier (C. consom. L121-4 20°)"),
    ('fail', 'facebook', 'en', "#ad I'm a Velora partner 💎 two years in and my Velora income has replaced my husband's salary. Comment GROW to hear how!",
     _C13U, "an income said to replace a salary, in a recruitment post (FTC Act § 5; 16 CFR 255.2(b))"),
]
add(PRICE24)

# stop 24 (lead): « soldes » outside the two legal periods (C. com. L310-3)
SOLDES24 = [
    ('fail', 'instagram', 'fr', "Publicité · Week-end de Pâques = SOLDES chez Ardoise Maison 🐣 -30 % sur le linge de lit",
     _C13F, "« soldes » hors des périodes légales (C. com. L310-3)"),
    ('fail', 'facebook', 'fr', "Collaboration commerciale avec Lumette ✨ Les soldes Black Friday sont là : -40 % sur tout le site !",
     _C13F, "le Black Friday n'est pas une période de soldes (C. com. L310-3)"),
    ('pass', 'facebook', 'fr', "Collaboration commerciale avec Lumette ✨ Black Friday : -40 % sur tout le site jusqu'à lundi !",
     _C13F, "une promotion, sans le mot « soldes »"),
    ('pass', 'instagram', 'fr', "Publicité · Les soldes d'été commencent mercredi chez Ardoise Maison : -30 % sur le linge de lit",
     _C13F, "les soldes d'été, période légale"),
]
add(SOLDES24)

# stop 25 (lead): a retouched or generated picture offered as a beauty product's result; a reference price the post says was
# never charged, however it is said; "free" with a fee or a subscription it rolls into; a review bought for its rating
_R25U = dict(employee=False, rewarded=True, jurisdiction="us", image_retouched=True)
_R25K = dict(employee=False, rewarded=True, jurisdiction="uk", image_retouched=True)
_V25U = dict(employee=False, rewarded=True, jurisdiction="us", image_virtual=True)
LEAD25 = [
    ("fail", "instagram", "en", "#ad Dewlane skin tint gives me this glassy, poreless finish, one pump and I'm out the door", _R25K,
     "a skin tint's finish on a retouched face: the filter exaggerates the product's effect (CAP 3.1, 3.11)"),
    ("pass", "instagram", "en", "#ad Dewlane skin tint, one pump mixed into my moisturiser. Background edited, skin unedited.", _R25K,
     "the retouch confined to the background, the skin said as shot: nothing exaggerated"),
    ("fail", "instagram", "en", "No falsies, just ONE coat of Brightlash mascara 😍 #ad", _R25U,
     "one coat offered as what a retouched picture shows: a deceptive demonstration (FTC Act § 5)"),
    ("fail", "instagram", "en", "Paid partnership with Lunessa ✨ Day 10 of the brow serum, look at this volume!!", _R25U,
     "a span of use and the result pointed at on a retouched photo (FTC Act § 5)"),
    ("pass", "instagram", "en", "Paid partnership with Lunessa ✨ the brow serum comes in a cute little tube, $32", _R25U,
     "US: a retouched photo with no result pointed at owes no label"),
    ("fail", "instagram", "en", "#ad Serelle serum, look at this skin after two weeks 😍", _V25U,
     "a generated face shown with a beauty product's result after a span of use (FTC Act § 5; 16 CFR 255.1(c))"),
    ("fail", "instagram", "en", "#ad 6 weeks of @serelle peptide cream, my actual skin 💫", _V25U,
     "a generated face offered as the author's own skin"),
    ("pass", "instagram", "en", "#ad Serelle's new cream tube in 3D, my favourite packaging of the year", _V25U,
     "a generated picture of the packaging, no result offered"),
    ("fail", "facebook", "en", "#ad Tarrow rucksack now $59, was $149!! honestly it's never been $149 lol", _C13U,
     "the post says the was-price was never the price: a fictitious former price (16 CFR 233.1)"),
    ("fail", "instagram", "en", "#ad Tarrow rucksack £49 (was £120, though it was never really £120 haha)", _C13K,
     "a was-price never charged (CAP 3.39; CMA Pricing Practices Guidance)"),
    ("fail", "instagram", "fr", "Publicité | Tarrow : sac à dos à 49 € au lieu de 120 € (en vrai il n'a jamais vraiment été vendu 120 €)", _C13F,
     "prix de référence jamais pratiqué (C. consom. L112-1-1, L121-2)"),
    ("pass", "instagram", "en", "#ad Tarrow rucksack now $59, was $149 all of last month, I checked 🙃", _C13U,
     "a former price the author saw charged"),
    ("fail", "instagram", "en", "#ad Pellio box FREE this week! (you only pay $9.99 shipping and it auto-renews at $59/week)", _C13U,
     "free with a charge and a negative option rolled in (16 CFR 251.1; ROSCA)"),
    ("fail", "instagram", "fr", "Publicité — box Pellio GRATUITE ce mois-ci (juste 12,90 € de « frais de préparation »)", _C13F,
     "gratuit avec des frais autres que la livraison (C. consom. L121-4 20°)"),
    ("pass", "instagram", "en", "#ad Pellio's first box is on me: free, just pay $4.99 shipping, nothing to renew", _C13U,
     "free with only the unavoidable delivery cost, no subscription"),
    ("fail", "instagram", "en", "#ad Leave Corvel a 5-star review and DM me the screenshot for a $15 gift card ⭐", _C13U,
     "a reward conditioned on a 5-star review (16 CFR 465.4)"),
    ("fail", "x", "en", "Ad: get 20% off your next Corvel order for a five star review on Trustpilot", _C13K,
     "a discount for a five-star review: an incentivised fake review (DMCC Act 2024 Sch. 20 para 13)"),
    ("fail", "instagram", "fr", "Publicité — Corvel : laissez un avis 5 étoiles et recevez un bon d'achat de 10 €", _C13F,
     "un avis 5 étoiles contre un bon d'achat : faux avis (C. consom. L121-4 28°)"),
    ("pass", "instagram", "en", "#ad Corvel's kettles have 4.8 stars from 2,000 reviews, code SAM20 for 20% off", _C13U,
     "a rating reported, no reward for a review"),
]
add(LEAD25)
# helper conn25 (stop 25): a second advertiser's own code beside a label naming one (any code or affiliate link for a
# brand the label does not cover), a gift told while a commission or a paid series is hidden, a label naming another
# payer; their sound twins (the labelled brand's own code, a competitor named, a "not sponsored" thing with no code)
def _c25(j, brand):
    return dict(employee=False, rewarded=True, jurisdiction=j, brand=brand)


CONN25 = [
    ('fail', 'instagram', 'en', "#ad for Trailnest 🏕️ their stove boiled water in 3 minutes.\nAnd for snacks, the Crunchly bars: "
     "code CAMP15 for 15% off", _c25("us", "Trailnest"), "a second brand's code in a sentence that turns to it (16 CFR 255.5)"),
    ('fail', 'instagram', 'en', "Ad | Loomwell's linen duvet is a dream 😴 oh and my Velora code VEL10 still gets you 10% off "
     "their eye masks", _c25("uk", "Loomwell"), "the code's shop named before it: Velora's code (CAP 2.1)"),
    ('fail', 'instagram', 'fr', "Collaboration commerciale avec Cafetto ☕ leur moulin est silencieux.\nEt au passage, mon code "
     "JULIE10 chez Pâtissia marche encore pour les macarons", _c25("fr", "Cafetto"),
     "le code personnel d'un second annonceur (loi 2023-451 art. 5)"),
    ('fail', 'instagram', 'fr', "Publicité pour Veloz 🚲 le vélo pliant tient dans mon coffre.\nEt pour la route, mon casque "
     "Casko : -20 % avec le code ROUTE20", _c25("fr", "Veloz"), "le code d'une autre marque que celle désignée"),
    ('fail', 'instagram', 'en', "Sponsored by Brewly ☕ the cold brew kit is foolproof. Also my code MIA25 works at Sweetcrate "
     "for their cookies too 🍪", _c25("us", "Brewly"), "the author's own code at another shop (16 CFR 255.5)"),
    ('fail', 'instagram', 'en', "#ad with Hikeo 🥾 these boots survived the Rockies.\nFuel was Nuttro trail mix, use NUTTRO20 "
     "for 20% off", _c25("us", "Hikeo / Nuttro"), "two advertisers, the label names one"),
    ('fail', 'instagram', 'en', "#ad @glowtan sent me their drops 🌞 but my favourite is the Orbit Sun mousse, code ORBIT25",
     _c25("us", "Orbit Sun"), "the label names GlowTan's gift; Orbit Sun's code is undisclosed"),
    ('fail', 'instagram', 'en', "Thanks @lumo for the free lamp!! Love it. Shop it thru my link lumo.co/r/kate", _c25("us", "Lumo"),
     "a gift told, the referral commission hidden (16 CFR 255.5)"),
    ('fail', 'instagram', 'en', "Thanks @lumo for the free lamp 💡 our 4th post together and more to come", _c25("us", "Lumo"),
     "a paid series presented as a gift"),
    ('fail', 'instagram', 'fr', "Produit offert par Lumo 💡 (et merci pour le paiement 😇)", _c25("fr", "Lumo"),
     "un paiement sous un « produit offert » (loi 2023-451 art. 5)"),
    ('fail', 'instagram', 'en', "Paid partnership with Fjordline 🏕️ the Arc 2 tent pitched in four minutes.", _c25("us", "Ridgeway Gear"),
     "the label names another payer than the one who pays (16 CFR 255.5)"),
    ('pass', 'instagram', 'en', "#ad for Trailnest 🏕️ their stove boiled water in 3 minutes.\nAlso their Ember lantern is on sale: "
     "code CAMP15 for 15% off", _c25("us", "Trailnest"), "the labelled brand's own product line"),
    ('pass', 'instagram', 'en', "#ad for Trailnest 🏕️ their stove boiled faster than my old Jetboil. Code CAMP15 for 15% off",
     _c25("us", "Trailnest"), "a competitor merely named"),
    ('pass', 'instagram', 'fr', "Publicité pour Veloz 🚲 le vélo pliant tient dans mon coffre, mieux que mon ancien Brompton.\n"
     "Code VELOZ20 pour -20 %", _c25("fr", "Veloz"), "un concurrent cité, le code est celui de Veloz"),
    ('pass', 'instagram', 'en', "Ad | Loomwell's linen duvet is a dream 😴 Also wearing my (not sponsored) Velora eye mask, I "
     "bought it years ago", _c25("uk", "Loomwell"), "another brand said not sponsored, no code"),
    ('pass', 'instagram', 'fr', "Collaboration commerciale avec Cafetto ☕ leur moulin est silencieux.\nEt mon code CAFETTO10 "
     "marche sur tout le site", _c25("fr", "Cafetto"), "le code de la marque désignée"),
    ('pass', 'instagram', 'en', "Sponsored by Brewly ☕ the cold brew kit is foolproof. Use my code MIA25 at Target, it's stocked "
     "there now", _c25("us", "Brewly"), "a retailer selling the labelled goods"),
    ('pass', 'instagram', 'en', "#ad with Hikeo and Nuttro 🥾 these boots survived the Rockies.\nFuel was Nuttro trail mix, use "
     "NUTTRO20 for 20% off", _c25("us", "Hikeo / Nuttro"), "both advertisers labelled"),
    ('pass', 'instagram', 'en', "Lumo sent me this lamp for free 💡 thanks for the fast shipping", _c25("us", "Lumo"),
     "a gift told, nothing else"),
    ('pass', 'facebook', 'en', "Apex sent it free, but they didn't see this review first: the robot vacuum handles rugs well.",
     _c25("us", "Apex"), "the gift in plain words (16 CFR 255.5)"),
    ('pass', 'instagram', 'en', "Trip courtesy of Solvia Resorts 🌴 five days in Tulum, all on them. What was worth it 👇",
     _c25("us", "Solvia Resorts"), "the hosted trip in plain words"),
    ('pass', 'instagram', 'fr', "Publicitée avec Pétale & Co 🌸 leur bouquet a tenu 9 jours", _c25("fr", "Pétale & Co"),
     "« Publicité » mal orthographiée, toujours lisible"),
    ('pass', 'bluesky', 'en', "Ad — Pacerline gave me their Stride Pouch and paid for this review 🏃 no bounce on a 10k.",
     _c25("uk", "Pacerline"), "a running pouch, no nicotine"),
]
add(CONN25)

# stop 25 (helper content25): content a label does not cure — crypto multiples, guaranteed fund returns, weight and sizes
# lost by a date, gambling to under-25s and gamers, alcohol and sociability, loans by amount and 0 % by term, medicines by
# presentation, nicotine sachets by brand, a children's channel; their sound twins
_U25 = dict(employee=False, rewarded=True, jurisdiction="uk")
_US25 = dict(employee=False, rewarded=True, jurisdiction="us")
_F25 = dict(employee=False, rewarded=True, jurisdiction="fr")
CONTENT25 = [
    ('fail', 'instagram', 'en', "#ad $MOGZ is the next 50x, get in on Quidly before it's too late 🚀", _U25,
     "a coin's multiple called by an unauthorised promoter, no FCA warning (FSMA s. 21; COBS 4.12A)"),
    ('fail', 'x', 'en', "Ad: my easiest 20x ever was $FLOKX on Orbitex. Link in bio", _U25, "a past multiple as a lure (COBS 4.12A)"),
    ('fail', 'instagram', 'en', "#ad this new coin on Cryptonest has already 3x'd, don't sleep on it", _US25,
     "returns promised on a coin (FTC Act § 5; Securities Act § 17(b))"),
    ('pass', 'instagram', 'en', "#ad My new coin purse from Leatherly fits in my wallet perfectly 👛", _U25, "a purse, no coin offered"),
    ('pass', 'x', 'en', "#ad The next 10x productivity boost for your team: Notely's AI notes", _US25, "a figure of speech, no asset"),
    ('fail', 'linkedin', 'en', "Sponsored by Oakridge: their property fund returns a guaranteed 12% a year, no risk at all. DM me.", _US25,
     "a guaranteed return on a fund (FTC Act § 5; Rule 10b-5)"),
    ('fail', 'instagram', 'fr', "Publicité – Le fonds immobilier de Pierrevive rapporte 10 % par an garantis, sans aucun risque !", _F25,
     "rendement garanti d'un fonds (C. consom. L121-2)"),
    ('fail', 'instagram', 'en', "#ad TrimTea took 9 lbs off me in ten days, zero effort. Code TRIM", _US25,
     "a weight lost by a date (FTC Act § 5, gut-check claims)"),
    ('fail', 'instagram', 'en', "#ad down 2 jeans sizes in 3 weeks with Leanly bars 😍", _U25, "sizes lost by a date (CAP 13.10)"),
    ('pass', 'instagram', 'en', "#ad Bloomline's new dress comes in sizes 6 to 20, delivered in 3 days", _U25, "sizes of a dress"),
    ('pass', 'instagram', 'fr', "Publicité – La robe Lisea existe en trois tailles, livrée en 48 heures", _F25, "tailles d'une robe"),
    ('fail', 'instagram', 'en', "#ad 21 and I've already hit three jackpots on Reelhall slots 🎰 18+ BeGambleAware.org", _U25,
     "a gambler under 25 in a significant role (CAP 16.3.14)"),
    ('fail', 'instagram', 'en', "#ad Me and my uni mates bet every Saturday with Kickbet, join us! 18+ BeGambleAware.org", _U25,
     "students, who seem under 25 (CAP 16.3.14)"),
    ('fail', 'instagram', 'en', "Ad: Opening FUT packs live with Goalbet's free bet tonight! 18+ BeGambleAware.org", _U25,
     "pack openings, of strong appeal to under-18s (CAP 16.3.12)"),
    ('fail', 'x', 'en', "#ad Reelhall slots feel just like your favourite phone game but with real cash 🎮 18+", _U25,
     "a mobile game's appeal (CAP 16.3.12)"),
    ('fail', 'x', 'en', "#ad College crew! Kickbet lets you bet on this weekend's big campus game, $50 bonus with code DORM. 21+ "
     "1-800-GAMBLER", _US25, "college students, many under 21"),
    ('pass', 'instagram', 'en', "#ad Must be 18 and over to play at Reelhall. Our new slots lobby is live. 18+ BeGambleAware.org", _U25,
     "an age limit, no young gambler"),
    ('pass', 'instagram', 'en', "#ad Playing the new Galactic Run mobile game from Pixelforge all weekend, it's brilliant", _U25,
     "a mobile game, no gambling"),
    ('fail', 'instagram', 'en', "#ad When the Brackley gin comes out, the night officially begins! Everyone is funnier after one.",
     dict(_U25, sector="alcohol"), "sociability owed to the drink (CAP 18.2–18.4)"),
    ('fail', 'instagram', 'en', "#ad You won't get noticed at the bar without a Redhill lager in your hand 😏", dict(_U25, sector="alcohol"),
     "social success owed to the drink (CAP 18.3)"),
    ('fail', 'instagram', 'fr', "Publicité – La bière Brévine rend tes soirées plus fun 🍻 L'abus d'alcool est dangereux pour la santé, "
     "à consommer avec modération.", dict(_F25, sector="alcohol"), "la fête par l'alcool (C. santé publ. L3323-4)"),
    ('pass', 'instagram', 'en', "#ad Hatch & Hound cider: pressed from Somerset apples, 4.5% ABV, best served chilled. The party starts "
     "at 8 at our taproom. Please drink responsibly.", dict(_U25, sector="alcohol"), "objective facts and a time"),
    ('pass', 'instagram', 'en', "#ad This board game makes every party more fun! Grab it at Playcraft", _U25, "no drink"),
    ('fail', 'facebook', 'en', "Ad | Dream kitchen from Oakworth, 0% for 24 months on orders over £1,000. Shop now!", _U25,
     "a rate without its representative APR (CONC 3.5.5R)"),
    ('fail', 'instagram', 'fr', "Publicité – Prêt de 5 000 € accordé en 48 h, même fiché Banque de France ! Lien en bio", _F25,
     "crédit sans examen de solvabilité (C. consom. L312-5)"),
    ('pass', 'instagram', 'en', "#ad Lumo yoghurt: 0% fat for 12 months of smoothies, haha. Code LUMO", _U25, "no credit"),
    ('fail', 'instagram', 'fr', "Publicité – Le sirop Gorge Douce de Pharmaxa me sauve chaque hiver, -10 % avec PHX10 !", _F25,
     "un médicament par présentation, sans les mentions (C. santé publ. L5122-2, R5122-3)"),
    ('pass', 'instagram', 'fr', "Publicité – Le sirop d'érable Canadou sur mes pancakes, un délice 🥞", _F25, "un sirop d'érable"),
    ('pass', 'instagram', 'fr', "Publicité – Ma crème Hydralis, trouvée en parapharmacie, parfaite pour ma peau sèche", _F25,
     "un cosmétique vendu en parapharmacie"),
    ('fail', 'instagram', 'fr', "Publicité : les sachets Nordik arrivent enfin chez nous, goût menthe glacée, zéro fumée ! Code NOR10", _F25,
     "sachets de nicotine (loi 2023-451 art. 4)"),
    ('pass', 'instagram', 'fr', "Publicité – Les sachets Kusmi de thé vert, parfaits pour la pause. Code KUS10", _F25, "sachets de thé"),
    ('pass', 'instagram', 'en', "#ad Quit tobacco with the Breathe app's 12-week plan and your GP's support. No nicotine products "
     "involved.", _U25, "a cessation programme, no nicotine product"),
    ('fail', 'instagram', 'en', "#ad Crisps taste test on our kids' channel with Crunchle 🥔 subscribe!", _U25,
     "an HFSS food on a children's channel (CAP 15.18)"),
    ('pass', 'instagram', 'en', "#ad Slime Saturday with Glitterglue's new slime kit! 🌈 Subscribe for more kids' slime fun!", _U25,
     "a toy, no food"),
    ('pass', 'linkedin', 'en', "#ad Fenwick Bank's new easy-access savings pot pays 4.1% AER. FSCS protected.",
     dict(_U25, sector="financial"), "a protected deposit"),
    ('fail', 'instagram', 'en', "#ad Three weeks on FitSip slim tea: my waist is tiny now, no diet, no exercise! Code FIT20", _US25,
     "a slimming result without diet or exercise (FTC gut-check claims)"),
    ('fail', 'instagram', 'fr', "Publicité – Mon ventre plat grâce au thé Svelto, sans régime ni sport 😍", _F25,
     "minceur sans régime ni sport (C. consom. L121-2)"),
    ('pass', 'instagram', 'en', "#ad Weekend at Larkhill Spa: no gym, no diet, just massages and long baths 🛁", _U25, "no slimming"),
    ('pass', 'instagram', 'fr', "Publicité – Mon prono pour PSG-OM : victoire de Paris 2-1, cote boostée à 3,5 sur Winamax ! Interdit "
     "aux moins de 18 ans. Jouer comporte des risques : endettement, isolement, dépendance. Appelez le 09 74 75 13 13.", _F25,
     "un pronostic donné dans la publicité d'un opérateur agréé, aucun abonnement vendu"),
    ('fail', 'instagram', 'fr', "Pub – Mes pronostics foot chaque jour, 15 € le mois, paiement en DM 🔥", _F25,
     "pronostics vendus (loi 2023-451 art. 4 I)"),
    ('fail', 'x', 'en', "#ad Get on @moonswap before it moons 🚀 my $LUNE bag did 20x this month. Link in bio", _U25,
     "a coin's multiple, no FCA warning (COBS 4.12A)"),
    ('fail', 'instagram', 'en', "Ad — me (21) and the lads on our Betharbour bet builders before the derby ⚽ 18+ BeGambleAware.org", _U25,
     "a 21-year-old gambling (CAP 16.3.14)"),
]
add(CONTENT25)
# stop 25 (lead, train16g-j): plain words that say the connection (the affiliate statement, a comped stay, an appointed agent,
# « Pub pour @marque »); a disease named and then said cured; a guarantee said after a pause; a generated persona's use
LEAD25B = [
    ("pass", "instagram", "en", "As an Amazon Associate I earn from qualifying purchases. My 4 desk upgrades under $40, all linked in my storefront.",
     dict(employee=False, rewarded=True, jurisdiction="us"), "the affiliate statement up front: the FTC FAQ's plain commission words (16 CFR 255.5)"),
    ("fail", "instagram", "en", "As an Amazon Associate I earn from qualifying purchases. My 4 desk upgrades under £40, all linked in my storefront.",
     dict(employee=False, rewarded=True, jurisdiction="uk"), "UK: a commission statement is no 'Ad' (CAP 2.1; the ASA's affiliate rulings)"),
    ("pass", "instagram", "en", "My stay at Solvia was comped, they hosted me two nights in exchange for content 🌴 honest notes below",
     dict(employee=False, rewarded=True, jurisdiction="us"), "the free stay said in plain words before the cut (FTC Disclosures 101)"),
    ("pass", "facebook", "en", "I'm an independent insurance agent appointed with Harbor Mutual: open enrollment closes Dec 7, call me for a quote.",
     dict(employee=False, rewarded=True, jurisdiction="us"), "the author's trade for the brand said first (16 CFR 255.5)"),
    ("pass", "x", "fr", "Pub pour @NomadBag : le sac cabine que je trimballe depuis un mois. -10% avec NOMAD10 👉 nomadbag.fr/lea",
     dict(employee=False, rewarded=True, jurisdiction="fr"), "« Pub pour @marque » en tête sur X : mention adaptée au format (art. 5)"),
    ("fail", "instagram", "en", "#ad Ten years of eczema and the Dermia calming serum cured it in 3 weeks 🙌 code HANNAH15",
     dict(employee=False, rewarded=True, jurisdiction="uk"), "a disease named, then said cured by a cosmetic (CAP 12.1, 12.2)"),
    ("fail", "instagram", "fr", "Publicité — mon psoriasis me gâchait la vie, le baume Dermia l'a guéri en 15 jours",
     dict(employee=False, rewarded=True, jurisdiction="fr"), "guérir une maladie (C. consom. L121-4 17°)"),
    ("pass", "instagram", "en", "#ad My eczema flares every winter; Dermia cream soothes the dryness. It won't cure it, see your GP.",
     dict(employee=False, rewarded=True, jurisdiction="uk"), "comfort claimed, the cure denied"),
    ("fail", "linkedin", "en", "#ad A $95k data job in 16 weeks — GUARANTEED. Apply with my link for $300 off",
     dict(employee=False, rewarded=True, jurisdiction="us"), "a guaranteed income from a course (FTC Act § 5)"),
    ("fail", "bluesky", "en", "#ad I've worn @stridelab trainers every day for 6 months, best shoe ever",
     dict(employee=False, rewarded=True, jurisdiction="us", image_virtual=True), "a generated persona cannot have worn them (16 CFR 255.1(c))"),
    ("pass", "instagram", "fr", "Collaboration commerciale avec Lumessence – Image virtuelle ✨ Je porte leur parfum depuis 2 semaines, il tient 5 h.",
     dict(employee=False, rewarded=True, jurisdiction="fr"), "une mise en scène virtuelle, une autrice réelle : l'usage dit est le sien"),
]
add(LEAD25B)


def _e25(j, brand, rewarded=False):
    return dict(employee=True, rewarded=rewarded, jurisdiction=j, brand=brand)


# helper owed25 (stop 25): an employee's post owes the employment only when it promotes the employer's goods or services
# (16 CFR 255.5; C. consom. L121-4 22°; CPUTR Sch. 1 para 22; loi 2023-451 art. 1); an employee who speaks as the
# product's customer (a find, a habit, a craving, a repeat purchase) or leaves the job to the bio poses as a consumer
OWED25 = [
    ('pass', 'bluesky', 'en', "Finally finished painting the spare room. Took three weekends. I love it.", _e25("us", "Harbor & Pine"),
     "personal life: no brand, no product, no offer"),
    ('pass', 'instagram', 'en', "Ran my first half marathon this morning 🏃 legs are jelly, heart is full. Obsessed with this sport now.",
     _e25("uk", "Tamar Water"), "personal life"),
    ('pass', 'linkedin', 'en', "Congrats to Priya on her promotion to Head of Ops! Best mentor I've ever had 🎉", _e25("us", "Cloudnest"),
     "congratulations: the praise is of a person"),
    ('pass', 'linkedin', 'en', "Big shoutout to Sam and Ana for staying late to fix the outage. You two are the best.",
     _e25("uk", "Brightpath Software"), "thanks to colleagues"),
    ('pass', 'linkedin', 'en', "Sad to say goodbye to Tom after 9 years at Northbeam. Best boss I've had. Leaving drinks Thursday 🍻",
     _e25("uk", "Northbeam Logistics"), "a farewell: 'best boss I've had' is said of a person"),
    ('pass', 'bluesky', 'fr', "petite pensée du lundi : j'adore les matins calmes avant que tout le monde arrive. et vous ?",
     _e25("fr", "Tavrix"), "réflexion personnelle"),
    ('pass', 'linkedin', 'fr', "Félicitations à Inès pour sa nomination, la meilleure manageuse que j'aie eue 🎉", _e25("fr", "Arvéa"),
     "félicitations : l'éloge vise une personne"),
    ('pass', 'bluesky', 'fr', "J'ai enfin fini mon premier pull tricoté main, il est de travers mais je l'adore 🧶", _e25("fr", "Kaplo"),
     "vie personnelle"),
    ('pass', 'linkedin', 'en', "Speaking at DevOpsDays London next week about how we rebuilt our app's release pipeline. Come say hi!",
     _e25("uk", "Penmore Bank"), "a talk announced: nothing offered"),
    ('pass', 'linkedin', 'fr', "Je parle au salon VivaTech jeudi de ce que nous avons appris en rendant notre appli accessible. Venez dire bonjour !",
     _e25("fr", "Banque Orsenne"), "une intervention annoncée"),
    ('pass', 'bluesky', 'en', "The FCA's new guidance on buy-now-pay-later is out. Worth a read for anyone in consumer credit.",
     _e25("uk", "Quillon Bank"), "regulatory news"),
    ('fail', 'instagram', 'en', "The only oat milk I buy now 🥛 Fennmoor barista edition, so creamy. In every Tesco now!",
     _e25("uk", "Fennmoor"), "an employee's customer habit (CPUTR Sch. 1 para 22)"),
    ('fail', 'instagram', 'en', "omg the Brewhaus holiday tin is so cute ☕ I need it", _e25("us", "Brewhaus"),
     "an employee's craving for the employer's product (16 CFR 255.5)"),
    ('fail', 'facebook', 'en', "Just discovered Copperleaf's chilli jam at the farmers market - best in Devon! 🌶️", _e25("uk", "Copperleaf"),
     "an owner or employee posing as a customer who discovered it"),
    ('fail', 'instagram', 'fr', "Petite pépite découverte hier : le thé Maison Ardent « Brume », je suis devenue accro 😍",
     _e25("fr", "Maison Ardent"), "salariée se présentant en cliente (C. consom. L121-4 22°)"),
    ('fail', 'instagram', 'fr', "J'en ai déjà commandé 4 boîtes : les biscuits Dorane au sarrasin sont une tuerie 🍪", _e25("fr", "Dorane"),
     "achat répété de cliente par une salariée"),
    ('fail', 'instagram', 'en', "These are the only trail shoes I'll wear now 👟 Summit Ridge 3, grippy and light. (Employer in bio.)",
     _e25("us", "Summit Outdoor"), "the employment left to the bio (FTC Disclosures 101)"),
    ('fail', 'linkedin', 'fr', "Vous cherchez une assurance auto pas chère ? Assurimo Auto+ est de loin la meilleure. Devis : assurimo.fr "
     "(mon employeur est dans ma bio)", _e25("fr", "Assurimo"), "l'emploi renvoyé à la bio"),
    ('fail', 'linkedin', 'fr', "Super soirée d'équipe chez Zorvia 🥂 Et oui notre token ZRV a fait x15 cette année, il est encore temps "
     "d'en acheter 🚀", dict(employee=True, rewarded=True, jurisdiction="fr", brand="Zorvia", sector="crypto"),
     "promesse de gain glissée dans un post convivial (loi 2023-451 art. 4)"),
    ('fail', 'x', 'en', "Honestly the best oat milk I've tried 😍 Get it at Target!", _e25("us", "Fennmoor"),
     "a verdict and a call to buy"),
    ('pass', 'facebook', 'en', "I'm an independent Lumivie distributor and earn commission on sales. Their night cream is lovely, "
     "samples on Saturday.", dict(employee=False, rewarded=True, jurisdiction="us", brand="Lumivie"),
     "the commission stated up front (16 CFR 255.5)"),
]
add(OWED25, "owed25")
# stop 25 (lead): an endorser who says they have not tried it; an offer said limitless that its terms limit; "#affiliate" alone (US)
LEAD25C = [
    ("fail", "instagram", "en", "Ad. Haven't actually tried it yet but trust me, the @glowly serum is the best on the market. Code GLOW20",
     dict(employee=False, rewarded=True, jurisdiction="uk"), "an endorsement without use (CAP 3.45)"),
    ("pass", "instagram", "en", "#ad Haven't tried it yet, but I'll report back next week with an honest review of the Zesto blender",
     dict(employee=False, rewarded=True, jurisdiction="us"), "no verdict given before use"),
    ("fail", "instagram", "fr", "Publicité — je ne l'ai pas encore testé mais foncez, le sérum Aurora est le meilleur du marché",
     dict(employee=False, rewarded=True, jurisdiction="fr"), "une recommandation sans usage (C. consom. L121-2)"),
    ("fail", "facebook", "en", "I work at Vantel: our plan is TRULY unlimited, no caps ever, $50/mo. *Speeds may be reduced after 40GB.",
     dict(employee=True, rewarded=False, jurisdiction="us", brand="Vantel"), "small print contradicting 'unlimited' (FTC v. AT&T Mobility)"),
    ("pass", "instagram", "en", "#ad Unlimited data on Vantel. Fair use policy: speeds may be reduced after 100GB at busy times.",
     dict(employee=False, rewarded=True, jurisdiction="uk"), "'unlimited' beside a stated fair-use policy, not denied"),
    ("fail", "x", "en", "#HarborMutualEmployee Our new home plan covers you for flood, fire, theft: covered for everything, no exclusions!",
     dict(employee=True, rewarded=False, jurisdiction="us", brand="Harbor Mutual"), "a policy said to exclude nothing (FTC Act § 5)"),
    ("pass", "instagram", "fr", "Collaboration commerciale avec Inclusia : des ateliers ouverts à tous, sans exclusion 💛",
     dict(employee=False, rewarded=True, jurisdiction="fr"), "« sans exclusion » dit des personnes, pas d'un contrat"),
    ("fail", "instagram", "en", "#affiliatelink My 5 travel gadgets ✈️ packing cubes, neck pillow, adapter... links in bio",
     dict(employee=False, rewarded=True, jurisdiction="us"), "'#affiliatelink' alone may not be understood (FTC Endorsement Guides FAQ)"),
]
add(LEAD25C)

# stop 25: "#affiliate" / "affiliate link" alone is not understood as a paid link in the US either (FTC Endorsement Guides FAQ;
# law-only writers of t14i and t16i failed it): a fail, as the UK already had it
RELABELLED.update({"Affiliate link: my new Acme trainers.": ("fail", "US: 'affiliate link' alone is no disclosure (FTC FAQ)")})

def _w26(j, brand=None, employee=False, **kw):
    d = dict(employee=employee, rewarded=True, jurisdiction=j)
    if brand:
        d["brand"] = brand
    d.update(kw)
    return d


# stop 26 (helper words26): plain-word disclosures up front and where a mention must be seen — a referral's gain told in
# French (loi 2023-451 art. 5 « mention équivalente »), a giver named "The X", a free copy "provided free by", a free
# product "through the X review program", a referral bonus, points "in our scheme for sharing this" (16 CFR 255.5; CAP 2.1);
# a second brand truthfully said unsponsored; a warranty is no result; « Image retouchée » out of sight; real pictures
# said to be elsewhere; the author's own business and own hand-made goods
WORDS26 = [
    # the referral gain told in French, with what triggers it
    ("pass", "facebook", "fr", "Lien de parrainage Voltéo ⚡ je touche 25 € si vous ouvrez un contrat avec, et vous aussi.\n"
     "Client depuis 2 ans, factures claires, rien à redire.", _w26("fr", "Voltéo"), "le gain du parrainage dit d'emblée (art. 5)"),
    ("pass", "instagram", "fr", "Si tu t'abonnes avec mon lien, on touche chacune 15 € 🙌 Les box Cuisto m'ont sauvé la semaine.",
     _w26("fr", "Cuisto"), "« on touche chacune 15 € » : l'intérêt de l'autrice dit"),
    ("pass", "facebook", "fr", "Je reçois une prime pour chaque filleul qui s'abonne à Popote, je préfère le dire 🙂 leurs plats "
     "végé sont vraiment bons.", _w26("fr", "Popote"), "une prime par filleul dite en clair"),
    ("pass", "instagram", "fr", "Code parrain PAUL-7 chez Ridéo 🚲 : quand vous louez avec, je gagne 10 € (et vous 10 € de réduc).",
     _w26("fr", "Ridéo"), "le gain de l'auteur et son déclencheur"),
    ("pass", "facebook", "fr", "Si vous commandez via mon lien, je touche 5 €, voilà c'est dit. Les draps Linéo sont les plus "
     "doux que j'ai eus.", _w26("fr", "Linéo"), "« si vous commandez …, je touche 5 € »"),
    ("fail", "facebook", "fr", "Lien de parrainage Voltéo ⚡ client depuis 2 ans, factures claires, rien à redire.",
     _w26("fr", "Voltéo"), "« lien de parrainage » seul ne dit pas le gain de l'auteur (art. 5)"),
    ("fail", "instagram", "fr", "Avec mon lien, vous gagnez 20 € sur votre première location Ridéo 🚲 foncez !",
     _w26("fr", "Ridéo"), "le gain du lecteur, pas celui de l'auteur"),
    ("fail", "instagram", "fr", "J'ai gagné 30 € au quiz Cuisto ce week-end 😄 leurs box végé sont top, testez-les.",
     _w26("fr", "Cuisto"), "une somme gagnée sans lien avec l'achat du lecteur"),
    # a giver whose name begins with "The"
    ("pass", "instagram", "en", "Gifted by The Body Edit (no obligation to post) 💄 the cream blush has lasted all day twice now.",
     _w26("uk", "The Body Edit"), "a gift with no control, told up front (CMA; CAP 2.1)"),
    ("pass", "instagram", "en", "Gifted by The Folding Co. 🚲 thoughts are my own: it fits in the boot of a Fiesta.",
     _w26("us", "The Folding Co."), "the giver named (16 CFR 255.5)"),
    ("fail", "instagram", "en", "Gifted by the in-laws 😂 but honestly this Blendo blender is the best thing in our kitchen. Code BLEND10",
     _w26("us", "Blendo"), "a family gift: the brand's reward untold"),
    ("fail", "instagram", "en", "Gifted by The Body Edit 💄 the cream blush has lasted all day twice now.",
     _w26("uk", "The Body Edit"), "UK: a gift the brand may control needs 'Ad' (CAP 2.1)"),
    # a free copy "provided free by"
    ("pass", "bluesky", "en", "Review copy provided free by @penguinhollow 📚 a tense locked-room mystery with a soggy middle. 3 stars.",
     _w26("us", "Penguin Hollow"), "'provided free by' the publisher (16 CFR 255.5)"),
    ("pass", "instagram", "en", "Beans supplied free of charge by Ardent Coffee ☕ fruity, bright, a bit thin as espresso.",
     _w26("us", "Ardent Coffee"), "'supplied free of charge by'"),
    ("pass", "facebook", "en", "This tent was sent to me for free by Trailnest. Two nights of rain on Dartmoor, dry inside.",
     _w26("us", "Trailnest"), "'sent to me for free by'"),
    ("fail", "bluesky", "en", "Thanks @penguinhollow 📚 a tense locked-room mystery, out Friday. 3 stars.",
     _w26("us", "Penguin Hollow"), "a vague thanks is no disclosure (FTC Disclosures 101)"),
    # a free product through the brand's review programme
    ("pass", "facebook", "en", "I got this vacuum free through the Homely tester program in exchange for an honest review. "
     "Strong suction, weak battery.", _w26("us", "Homely"), "the free product and its programme told up front"),
    ("pass", "facebook", "en", "Received these earbuds for free via the Sonik creator program, in exchange for my honest opinion: "
     "great fit, average mic.", _w26("us", "Sonik"), "'via the … creator program'"),
    ("fail", "facebook", "en", "I got this vacuum free through work 😅 honestly the best one I've owned, grab it with code HOME15",
     _w26("us", "Homely"), "no giver or exchange said"),
    # a referral bonus said in plain words
    ("pass", "facebook", "en", "Coastline Bikes employee here, and I get a referral bonus when you order through my link. "
     "The Drift 2 is our best commuter yet.", _w26("us", "Coastline Bikes", employee=True), "employment and bonus told up front"),
    ("pass", "instagram", "en", "Full disclosure: I get a $40 referral bonus if you sign up with my code. Greenly's meal kits "
     "fixed my weeknights.", _w26("us", "Greenly"), "the bonus told (16 CFR 255.5)"),
    ("fail", "instagram", "en", "Use my referral code for a bonus when you sign up! Greenly's meal kits fixed my weeknights.",
     _w26("us", "Greenly"), "the reader's bonus, the author's gain untold"),
    # points in the employer's scheme for sharing this
    ("pass", "linkedin", "en", "I work at Harlow Homes and I get points through our advocacy app for sharing this. Our new "
     "shared-ownership flats in Bristol open for viewings on Saturday.", _w26("uk", "Harlow Homes", employee=True),
     "employment and the reward for this post told up front (CAP 2.1)"),
    ("fail", "linkedin", "en", "I work at Harlow Homes and I love sharing this 🙂 Our new shared-ownership flats in Bristol open "
     "for viewings on Saturday.", _w26("uk", "Harlow Homes", employee=True), "UK: the reward for posting untold"),
    # a second brand said unsponsored beside the disclosed paid one
    ("pass", "instagram", "en", "#ad with @trailnest ⛺ the new two-person tent, 1.4 kg. The boots are old Salomons I've had "
     "for years (not sponsored, paid for them myself).", _w26("us", "Trailnest"), "the denial is of the second brand (255.5)"),
    ("pass", "instagram", "fr", "Collaboration commerciale avec Cafetto ☕ leur moulin est silencieux. La tasse est une Tassou "
     "que j'ai depuis des années (pas sponsorisé, achetée moi-même).", _w26("fr", "Cafetto"), "le démenti vise l'autre marque"),
    ("fail", "instagram", "en", "#ad with @trailnest ⛺ the new two-person tent, 1.4 kg, packs small (not sponsored, bought it myself).",
     _w26("us", "Trailnest"), "the paid brand itself denied (16 CFR 255.5)"),
    # a warranty is no promised result
    ("pass", "instagram", "fr", "Publicité · Gourdo 💧 3 tailles, 12 couleurs, garantie à vie.", _w26("fr", "Gourdo"),
     "une garantie commerciale, pas un résultat"),
    ("pass", "instagram", "en", "#ad Stitchly backpacks, 3 sizes, guaranteed for life 🎒", _w26("us", "Stitchly"),
     "a lifetime warranty"),
    ("fail", "instagram", "fr", "Publicité · Minceo : -3 tailles en un mois, garanti !", _w26("fr", "Minceo"),
     "une perte de poids garantie (C. consom. L121-2)"),
    # « Image retouchée » out of sight
    ("fail", "instagram", "fr", "Publicité – @lumenparis ✨ ma robe pour le baptême, coupe droite, lin lavé.\n.\n.\n.\n.\n"
     "Image retouchée", _w26("fr", "Lumen Paris", image_retouched=True), "la mention repoussée hors de vue (art. 5 III)"),
    ("pass", "instagram", "fr", "Publicité – @lumenparis · Image retouchée ✨ ma robe pour le baptême, coupe droite, lin lavé.",
     _w26("fr", "Lumen Paris", image_retouched=True), "la mention en tête"),
    # real pictures said to be elsewhere
    ("pass", "instagram", "fr", "Collaboration commerciale avec Glowé · Image virtuelle 🤖 je suis Nova, créatrice numérique : "
     "le nouveau blush, testé sur de vraies peaux dans ma story.", _w26("fr", "Glowé", image_virtual=True),
     "les vraies peaux sont ailleurs"),
    ("fail", "instagram", "fr", "Collaboration commerciale avec Glowé · Image virtuelle 🤖 regardez ma vraie peau après 7 jours "
     "de sérum !", _w26("fr", "Glowé", image_virtual=True), "l'image virtuelle présentée comme un résultat réel"),
    # the author's own business and hand-made goods
    ("pass", "instagram", "en", "New drop in my little ceramics studio 🏺 40 mugs, thrown by me, glazed in sea green. Saturday 9am.",
     _w26("uk", "Kiln & Co"), "the author's own business (CAP 2.1)"),
    ("pass", "instagram", "fr", "Réassort dans ma petite savonnerie 🧼 savons faits main par moi, 100 pièces, samedi 10 h.",
     _w26("fr", "Savons Lou"), "sa propre entreprise, ses produits"),
    ("pass", "instagram", "en", "My own brand is restocking! Every scarf knitted by me, 30 this month.", _w26("us", "Purl Loop"),
     "the owner's tie told (16 CFR 255.5)"),
    ("fail", "instagram", "en", "This app keeps my small business organised 🙌 Quillstack for the win, code Q20",
     _w26("uk", "Quillstack"), "a customer's business: the reward untold"),
    # more paraphrases and twins
    ("pass", "instagram", "en", "Gifted from the lovely team at Nuvo (no strings attached) 🌿 the body oil sinks in fast, "
     "smells of fig.", _w26("uk", "Nuvo"), "a gift with no control, the giver named (CMA)"),
    ("pass", "instagram", "en", "Gifted by The Cocoa Club ☕ the hazelnut one is dangerously good.", _w26("us", "The Cocoa Club"),
     "the giver named (16 CFR 255.5)"),
    ("fail", "instagram", "en", "Gifted from the universe ✨ Bramble's new palette is everything, code AMY10 for 10% off",
     _w26("us", "Bramble"), "no giver named: the reward untold"),
    ("pass", "bluesky", "en", "Advance copy provided free by Harrow Press, opinions my own 📚 a quiet, aching debut. 4 stars.",
     _w26("us", "Harrow Press"), "'provided free by'"),
    ("pass", "facebook", "en", "I received this kettle free as part of the Brewly reviewer club. Boils fast, lid is flimsy. 3/5.",
     _w26("us", "Brewly"), "'free as part of the … reviewer club'"),
    ("pass", "facebook", "en", "Heads up, I get a referral bonus if you switch through my link. Tidal Energy has been solid "
     "for us for a year.", _w26("us", "Tidal Energy"), "the bonus told up front"),
    ("pass", "linkedin", "en", "I earn points from the Kestrel ambassador programme for sharing this: their heat pump survey "
     "is free until March.", _w26("uk", "Kestrel"), "the reward for this post told (CAP 2.1)"),
    ("fail", "instagram", "fr", "Publicité @lumenparis ✨ ma robe pour le baptême, coupe droite, lin lavé.\n\n\n\n\n\n"
     "Photo retouchée", _w26("fr", "Lumen Paris", image_retouched=True), "la mention repoussée par des lignes vides"),
    ("pass", "instagram", "en", "#ad · AI-generated image 🤖 I'm Nova, a virtual creator: see real customer photos on "
     "Glowly's site.", _w26("us", "Glowly", image_virtual=True), "real photos said to be elsewhere"),
    ("pass", "x", "en", "Harbour Foods is hiring warehouse leads in Leeds. Great team. (I get a referral bonus if you're hired, "
     "just so you know.) harbourfoods.co.uk/careers", _w26("uk", "Harbour Foods", employee=True),
     "a hiring referral rewards a hire, no consumer advertising (CAP 1.1)"),
    # the commission's rate
    ("pass", "linkedin", "en", "I earn a 10% commission on sales through this link: Ledgerly has been the simplest bookkeeping "
     "app for my freelance work.", _w26("us", "Ledgerly"), "the commission told (FTC FAQ)"),
]
add(WORDS26, "words26")
# stop 26 (lead): alcohol — the drink as the ice-breaker, confidence bottled, worries that melt, a therapy, a medicine, a
# cure, guilt-free or healthy, sparing hangovers (CAP 18.2-18.6; 27 CFR 5.235/7.235; C. santé publ. L3323-4); France: the
# crowd letting go, a night to sunrise, feeling alive. Sound twins: facts, a dry January, a wine's tasting notes
_UA26 = dict(employee=False, rewarded=True, jurisdiction="uk", sector="alcohol")
_USA26 = dict(employee=False, rewarded=True, jurisdiction="us", sector="alcohol")
_FA26 = dict(employee=False, rewarded=True, jurisdiction="fr", sector="alcohol")
ALC26 = [
    ('fail', 'instagram', 'en', "#ad Bring a bottle of Harefield gin to the party: the perfect ice-breaker 🍸", _UA26, "CAP 18.3 social success"),
    ('fail', 'instagram', 'en', "#ad Ridgeback rum is confidence in a bottle. Trust me.", _UA26, "CAP 18.2 confidence"),
    ('fail', 'instagram', 'en', "#ad One pint of Coldwater IPA and the stress of the week just melts away 🍺", _UA26, "CAP 18.6 mood"),
    ('fail', 'x', 'en', "Ad | Our new amber ale: the pick-me-up you need after a rotten Monday", _UA26, "CAP 18.6 mood"),
    ('fail', 'instagram', 'en', "#ad Pour a Linden vodka tonic and the nerves vanish. Best first-date move.", _UA26, "CAP 18.2 and 18.3"),
    ('fail', 'instagram', 'en', "#ad A dram of Kilbride 10 is the only therapy I need on a Friday", _UA26, "CAP 18.5 therapeutic quality"),
    ('fail', 'instagram', 'en', "#ad Walk in with a Halton Lager and you're the life of the party", _UA26, "CAP 18.3 popularity"),
    ('fail', 'instagram', 'en', "#ad Skyline Light: 90 calories, so it's guilt-free 💪", _UA26, "CAP 18.5 health"),
    ('fail', 'instagram', 'en', "#ad Mesa Blanca tequila is so clean I never get a hangover 🙌", _USA26, "27 CFR 5.235 health-related statement"),
    ('fail', 'instagram', 'en', "#ad Pinecrest red: basically heart medicine in a glass 🍷 21+", _USA26, "27 CFR 4.39(h) health claim"),
    ('fail', 'instagram', 'en', "#ad Hot toddy with Copperpot bourbon cures my cold every time 21+", _USA26, "27 CFR 5.235 curative claim"),
    ('fail', 'instagram', 'en', "#ad Doctor-approved? Basically. Oakmere whiskey for the win 21+", _USA26, "27 CFR 5.235 implied health"),
    ('fail', 'instagram', 'fr', "Publicité – Avec le pastis Lavandou, toute la bande se lâche jusqu'au bout de la nuit ! L'abus d'alcool est dangereux pour la santé, à consommer avec modération.", _FA26, "L3323-4 : ni fête ni désinhibition"),
    ('fail', 'instagram', 'fr', "Collaboration commerciale avec Brasserie Orne : une blonde bien fraîche, y a pas mieux pour se sentir vivant. L'abus d'alcool est dangereux pour la santé, à consommer avec modération.", _FA26, "L3323-4 : art de vivre"),
    ('fail', 'instagram', 'fr', "Publicité – Le rhum Caraïbe Noire, c'est nos soirées qui finissent au lever du soleil. L'abus d'alcool est dangereux pour la santé, à consommer avec modération.", _FA26, "L3323-4 : fête"),
    ('pass', 'instagram', 'en', "#ad Harefield gin: juniper, coriander and orange peel, 41.5% ABV. Enjoy responsibly. drinkaware.co.uk", _UA26, "facts only"),
    ('pass', 'instagram', 'en', "#ad Coldwater IPA is back: 5.2% ABV, citrus and pine hops, in cans from Friday. #drinkaware", _UA26, "facts only"),
    ('pass', 'instagram', 'en', "#ad Skyline Light: 90 calories and 3.5% ABV per 330ml bottle. Please drink responsibly.", _UA26, "a factual calorie statement"),
    ('pass', 'instagram', 'en', "#ad Pinecrest red: cherry, cedar and a soft finish. Pairs with roast lamb. 21+ Please enjoy responsibly.", _USA26, "tasting notes"),
    ('pass', 'instagram', 'fr', "Publicité – Le pastis Lavandou : anis étoilé, réglisse, 45 % vol. L'abus d'alcool est dangereux pour la santé, à consommer avec modération.", _FA26, "indications objectives"),
]
add(ALC26)
# stop 26 (sector26): the regulated sectors by what their law asks the text to show. A context that says "finance" over a
# text with no investment (insurance, an account, a payment or budgeting app, credit with its own row's mentions) leaves
# nothing for a reviewer; a US mortgage's rate or down payment without the APR (Reg Z 1026.24); credit repair said done on
# accurate items (CROA); a UK CFD without the retail-loss percentage (COBS 22.5.9R) and the firm's own staff with it; a UK
# free bet without its significant conditions (CAP 3.9–3.10); an age beside a gambling role (CAP 16.3.14); a capital said
# fully protected (COBS 4.2; CAP 14.1); a share touted for pay without the amount (s. 17(b)); a token's listing and locked
# liquidity; a rate guaranteed on a savings book (a deposit); US retail forex with the CFTC's risk statement and 50:1
def _s26(j, brand, sector=None, employee=False, rewarded=True):
    d = dict(employee=employee, rewarded=rewarded, jurisdiction=j, brand=brand)
    if sector:
        d["sector"] = sector
    return d


SECTOR26 = [
    ("pass", "linkedin", "fr", "Je travaille chez Assurances Mirabel : notre nouvelle offre habitation sort aujourd'hui, franchise "
     "réduite en cas de bris de glace et devis en ligne en 3 minutes.", _s26("fr", "Assurances Mirabel", "finance", True, False),
     "une assurance habitation : aucun placement, le lien d'emploi en tête"),
    ("pass", "instagram", "fr", "Publicité pour Paylo 💸 Partager l'addition entre amis en un clic, j'adore. Fini les calculs au resto.",
     _s26("fr", "Paylo", "finance"), "une application de paiement n'est pas un produit financier de placement"),
    ("pass", "linkedin", "fr", "Publicité pour Banque Lisière : leur compte professionnel m'est offert un an. Virements instantanés, "
     "export comptable automatique, carte incluse.", _s26("fr", "Banque Lisière", "banking"), "un compte pro : ni placement ni crédit"),
    ("pass", "x", "en", "I work at Tallyo 👋 we just shipped shared budgets for housemates: one view of the bills, who paid what, "
     "no awkward texts. tallyo.app", _s26("us", "Tallyo", "finance", True, False), "a budgeting app: no investment promoted"),
    ("pass", "instagram", "en", "#ad Paid partnership with Coverly 🐶 their pet insurance paid the vet bill within a week, claims "
     "in the app.", _s26("uk", "Coverly", "insurance"), "pet insurance: no investment, labelled"),
    ("pass", "instagram", "en", "#ad Partnering with Sendwise: I pay my sister back in seconds when we split the groceries 🛒",
     _s26("us", "Sendwise", "finance"), "a payment app is no regulated investment"),
    ("fail", "instagram", "en", "Sponsored by Oakline Bank 🏡 Oakline 30-year fixed mortgages with rates as low as 6.1% and only 5% "
     "down! Apply today.", _s26("us", "Oakline Bank"), "a rate not stated as an APR, a down payment without the terms (12 CFR 1026.24)"),
    ("fail", "facebook", "en", "#ad Buying your first home? Brookfield home loans from 5.75% with just 3.5% down 🔑",
     _s26("us", "Brookfield"), "trigger terms without the APR and the repayment terms (Reg Z 1026.24(d))"),
    ("fail", "instagram", "en", "#sponsored Put just 3% down on your first home with Harlow Lending and close in 30 days!",
     _s26("us", "Harlow Lending"), "a down payment is a trigger term (12 CFR 1026.24(d)(1)(i))"),
    ("pass", "instagram", "en", "#ad Oakline 30-year fixed mortgage: 6.1% interest rate, 6.32% APR, 20% down, 360 monthly payments "
     "of $1,818 per $300,000 borrowed.", _s26("us", "Oakline Bank"), "the rate beside its APR and the repayment terms"),
    ("fail", "instagram", "en", "#ad CleanSlate paid me to share this: they removed two late payments and a charge-off from my "
     "credit report in 3 weeks 🙌", _s26("us", "CleanSlate"), "accurate items said removed (15 U.S.C. 1679b(a))"),
    ("fail", "x", "en", "#ad ScoreUp guarantees a 720 credit score in 60 days or your money back. Link in bio",
     _s26("us", "ScoreUp"), "a credit score guaranteed (CROA)"),
    ("fail", "instagram", "en", "Ad | Trading oil CFDs on @pipvault with 1:30 leverage, up £900 this week 📈 Capital at risk.",
     _s26("uk", "Pipvault"), "a CFD promotion without the retail-loss percentage (COBS 22.5.9R)"),
    ("fail", "instagram", "en", "#ad I trade index CFDs with Marketly, simple app, tight spreads. CFDs are high risk, capital at risk.",
     _s26("uk", "Marketly"), "the prescribed warning's percentage missing"),
    ("pass", "linkedin", "en", "Ad | I work on the platform team at Tradewell: weekend index trading is now live for CFD clients.\n"
     "CFDs are complex instruments and come with a high risk of losing money rapidly due to leverage. 74% of retail investor "
     "accounts lose money when trading CFDs with this provider.", _s26("uk", "Tradewell", "finance", True, True),
     "the firm's own staff with the prescribed warning and its percentage"),
    ("fail", "instagram", "en", "#ad Stakeline Grand National special 🐎 Bet £5 get £20 in free bets! 18+ BeGambleAware.org",
     _s26("uk", "Stakeline"), "a free bet with none of its significant conditions (CAP 3.9–3.10)"),
    ("fail", "instagram", "en", "#ad 18+ Spinmoor: 50 free spins waiting for you this weekend 🎰 BeGambleAware.org",
     _s26("uk", "Spinmoor"), "free spins without their conditions (CAP 3.10)"),
    ("pass", "instagram", "en", "#ad Stakeline Grand National: new customers bet £5 get £20 in free bets. 18+. T&Cs apply. "
     "BeGambleAware.org", _s26("uk", "Stakeline"), "the offer with who may claim it and the pointer to its terms"),
    ("pass", "instagram", "en", "#ad 18+ Spinmoor: 50 free spins for new players, min deposit £10, spins expire after 7 days, full "
     "terms at spinmoor.co.uk. BeGambleAware.org", _s26("uk", "Spinmoor"), "the significant conditions stated"),
    ("fail", "instagram", "en", "#ad 20 and officially part of the @Betcrest family 🙌 my acca for Saturday is up, copy it! 18+ "
     "BeGambleAware.org", _s26("uk", "Betcrest"), "someone under 25 in a significant role (CAP 16.3.14)"),
    ("fail", "x", "en", "#ad 21 and finally a @Kickbet ambassador ⚽ boosted odds every weekend. 18+ BeGambleAware.org",
     _s26("uk", "Kickbet"), "a 21-year-old fronts the gambling ad (CAP 16.3.14)"),
    ("fail", "instagram", "en", "#ad Teaming up with Harbour Property Bonds 🏠 9% fixed returns, capital fully protected. Minimum £500.",
     _s26("uk", "Harbour Property Bonds"), "a risky bond said fully protected (COBS 4.2; CAP 14.1)"),
    ("fail", "instagram", "en", "#ad Greystone mini-bonds are honestly the safest way to grow your savings 💷 8% a year, link in bio",
     _s26("uk", "Greystone"), "a mini-bond said the safest (COBS 4.2; CAP 3.1)"),
    ("fail", "instagram", "fr", "Publicité — avec Pierre & Rente, 7 % par an et votre capital est totalement protégé 🏠",
     _s26("fr", "Pierre & Rente", "investment"), "un capital dit totalement protégé (C. consom. L121-2)"),
    ("fail", "x", "en", "#sponsored $VRDX is my favourite micro-cap pick right now, earnings next week, could run hard 📈",
     _s26("us", "Veridex"), "a share touted for pay without the amount (Securities Act § 17(b))"),
    ("fail", "x", "en", "#ad $KELP is the small-cap to watch this quarter, loading up before the news 🚀",
     _s26("us", "Kelpworks"), "a paid stock tout without the consideration's amount"),
    ("fail", "x", "en", "#ad $GRAVY is the next 50x, guaranteed 🚀 liquidity locked, buy before the CEX listing",
     _s26("us", "Gravy"), "a guaranteed multiple on a token (FTC Act § 5)"),
    ("fail", "x", "en", "#ad Dev team is doxxed and the LP is locked 🔒 $PUPR only goes up from here", _s26("us", "Pupr"),
     "a token's launch told in its promoters' words, its rise promised"),
    ("pass", "linkedin", "fr", "Publicité · Collaboration commerciale avec Banque Saule, mon employeur\nNotre Livret Azur : taux "
     "de 3,5 % brut garanti jusqu'au 30 juin, puis taux en vigueur. Versements libres dès 10 €.",
     _s26("fr", "Banque Saule", "finance", True, True), "un taux garanti sur un livret (un dépôt) : aucun risque en capital"),
    ("pass", "x", "en", "#ad Paid partner of Fenmark FX. I trade GBP/USD at 20:1. Forex trading on margin carries a high level of "
     "risk and is not suitable for everyone; you can lose more than your deposit.", _s26("us", "Fenmark FX"),
     "retail forex within 50:1 with the CFTC's risk statement (17 CFR 5.5, 5.9)"),
    ("fail", "x", "en", "#ad Paid partner of Fenmark FX. I trade GBP/USD at 200:1. Forex trading on margin is not suitable for "
     "everyone; you can lose more than your deposit.", _s26("us", "Fenmark FX"), "leverage above the 50:1 of 17 CFR 5.9"),
    ("fail", "instagram", "en", "#ad Paid partnership with Pollenoff 🌼 their antihistamine tablets got me through a whole festival "
     "weekend, not a single sneeze!", _s26("uk", "Pollenoff", "medicine"), "a paid endorsement of a medicine without its indication (CAP 12.17)"),
    ("fail", "instagram", "en", "#ad Ibuflex painkillers are my go-to after leg day 💪 honestly the only thing that works for me",
     _s26("uk", "Ibuflex"), "a paid influencer's testimonial for a medicine (CAP 12.17; HMR reg. 300)"),
    ("pass", "instagram", "en", "#ad Paid partnership with Pollenoff 🌼 one-a-day antihistamine tablets for the relief of hay fever "
     "symptoms. Always read the label.", _s26("uk", "Pollenoff"), "the indication and the invitation to read the label (reg. 300)"),
]
add(SECTOR26, "sector26")
# stop 26 (helper emp26): posts by the brand's own employees. The employment told up front in natural words (« Chez X,
# notre … », "At X, our …"); the trade's news commented on by someone who works in it (a public rate, a stake limit, a
# regulator's regime) with the employer unnamed; engineering words in their engineering sense (CFD, access tokens,
# "leverage"); a thesis defended, an intéressement agreement, a B Corp page, « le code » of the fruit at the till; and the
# employee who poses as a customer ("been a X customer for years", "who just discovered X"), whose "get paid faster" is
# an invoice paid, not a disclosure (C. consom. L121-4 22°; DPCD annexe I pt 22; 16 CFR 255.5; CPUTR Sch. 1 para 22)
EMP26 = [
    # the employment told up front, in the business's own voice
    ("pass", "linkedin", "fr", "Chez Tisseo Formation, notre parcours « Power BI pour débutants » rouvre le 3 mars 🎯 Six modules à distance, "
     "exercices sur de vraies données. J'ai écrit le module sur les mesures DAX, posez-moi vos questions.",
     dict(employee=True, rewarded=False, jurisdiction="fr", brand="Tisseo Formation"), "« Chez X, notre … » : la voix de l'entreprise, le lien est dit"),
    ("pass", "facebook", "fr", "Chez Brasserie Morvan, nos fûts de la cuvée d'hiver sont enfin tirés 🍂 Ambrée, 6,5 % vol., houblons d'Alsace.\n"
     "L'abus d'alcool est dangereux pour la santé, à consommer avec modération.",
     dict(employee=True, rewarded=False, jurisdiction="fr", brand="Brasserie Morvan"), "information objective, lien d'emploi dit en tête"),
    ("pass", "linkedin", "fr", "Chez Atelier Cassin, la nouvelle saison de notre gamme de bottines arrive en boutique jeudi 👢 Je suis passée "
     "par toutes les étapes du prototypage, j'ai hâte de vous les montrer.",
     dict(employee=True, rewarded=False, jurisdiction="fr", brand="Atelier Cassin"), "« Chez X, … notre gamme » : la marque parle"),
    ("pass", "linkedin", "en", "At Corbel Learning, our spring cohort of the SQL bootcamp starts April 8 📊 Eight evenings, real datasets. "
     "I wrote the window-functions module, so ask me anything.",
     dict(employee=True, rewarded=False, jurisdiction="us", brand="Corbel Learning"), "'At X, our …': the business's own voice (16 CFR 255.5)"),
    ("pass", "linkedin", "en", "At Halden Cider, this year's pressing of our dry cider is done 🍏 6% ABV, Dabinett and Kingston Black apples, "
     "bottled in May. Please enjoy responsibly.",
     dict(employee=True, rewarded=False, jurisdiction="uk", brand="Halden Cider"), "'At X, … our cider': the connection is plain"),
    ("fail", "facebook", "fr", "Franchement, nos bottines Atelier Cassin sont les plus confortables du marché, foncez en boutique jeudi 👢",
     dict(employee=True, rewarded=False, jurisdiction="fr", brand="Atelier Cassin"), "« nos bottines » sans dire l'emploi : le lien n'est pas clair"),
    ("fail", "x", "en", "Honestly the Corbel Learning SQL bootcamp is the best course on the market, sign up before April 8!",
     dict(employee=True, rewarded=False, jurisdiction="us", brand="Corbel Learning"), "an employee's verdict with no connection told (16 CFR 255.5)"),
    # the trade's news by someone who works in it, the employer unnamed
    ("pass", "linkedin", "fr", "Rappel : le plafond du LDDS est de 12 000 € et son taux suit celui du Livret A, dans toutes les banques. "
     "Inutile de changer d'établissement pour ça. Tout est sur service-public.fr",
     dict(employee=True, rewarded=False, jurisdiction="fr", brand="Banque Orsel"), "information publique sur un produit réglementé, employeur non promu"),
    ("pass", "linkedin", "en", "The new UK stake limits on online slots are now in force: £5 a spin, £2 for under-25s. As someone who works in "
     "compliance, I think the hard part is affordability checks. How are others handling it? #gambling #regulation",
     dict(employee=True, rewarded=False, jurisdiction="uk", brand="Spinhall", sector="gambling"), "regulatory commentary, no operator or offer (CAP 16)"),
    ("pass", "linkedin", "en", "Another week of the SEC and CFTC arguing over jurisdiction. Having worked on custody rules at an exchange, I'd "
     "take clear disclosure standards over another enforcement headline. #crypto #policy",
     dict(employee=True, rewarded=False, jurisdiction="us", brand="Ledgerline", sector="crypto"), "policy commentary, no token or platform touted"),
    ("pass", "linkedin", "fr", "Depuis l'entrée en vigueur du régime MiCA, je vois surtout un changement de ton dans le secteur crypto : "
     "avertissements sur les risques partout, plus de parrainages agressifs. Je travaille en conformité, et c'est une bonne nouvelle.",
     dict(employee=True, rewarded=False, jurisdiction="fr", brand="Cryptalis", sector="crypto"), "commentaire réglementaire, aucune offre"),
    ("fail", "x", "en", "Honestly, Ledgerline's staking yields are the best in crypto, get in now before the rates drop! 🚀",
     dict(employee=True, rewarded=False, jurisdiction="us", brand="Ledgerline", sector="crypto"), "the employer's product touted, the employment untold"),
    ("fail", "instagram", "fr", "Ouvrez votre Livret A chez Banque Orsel, c'est la meilleure banque du quartier, promis 😉",
     dict(employee=True, rewarded=False, jurisdiction="fr", brand="Banque Orsel"), "l'employeur promu sans que l'emploi soit dit"),
    # engineering words in their engineering sense
    ("pass", "linkedin", "en", "CFD week on the new intake manifold 🌀 mesh refinement finally converged, pressure drop down 12% against the "
     "baseline. Writing it up for the SAE congress.",
     dict(employee=True, rewarded=False, jurisdiction="us", brand="Varro Engineering"), "CFD is computational fluid dynamics here"),
    ("pass", "linkedin", "fr", "Simulation CFD de l'écoulement autour du nouveau mât d'éolienne : la turbulence en sillage est enfin bien "
     "captée, et le maillage adaptatif divise le temps de calcul par trois. #CFD #mécaniquedesfluides",
     dict(employee=True, rewarded=False, jurisdiction="fr", brand="Ventelia"), "la CFD est un calcul d'ingénieur, pas un contrat financier"),
    ("pass", "mastodon", "en", "Postmortem notes: our refresh tokens expired silently because the retry loop swallowed the error. Lesson: "
     "short-lived access tokens, loud failures, and leverage the identity provider's expiry events. #sre",
     dict(employee=True, rewarded=False, jurisdiction="uk", brand="Pellmark"), "tokens and leverage in their software sense"),
    ("pass", "linkedin", "en", "Wind tunnel results came in within 2% of our CFD predictions for the new front wing 🏎️ Back on the "
     "simulation cluster on Monday.",
     dict(employee=True, rewarded=False, jurisdiction="uk", brand="Kestle Racing"), "an engineering update, no CFD product"),
    ("pass", "linkedin", "en", "Three lessons from moving our auth service to OAuth: rotate refresh tokens, keep access tokens short-lived, "
     "and use dependency injection for the validator. What would you add?",
     dict(employee=True, rewarded=False, jurisdiction="us", brand="Quorra"), "software tokens, no crypto-asset"),
    ("fail", "x", "en", "Trade CFDs on gold with leverage up to 1:30 on Kestle Markets 📈 Sign up now!",
     dict(employee=True, rewarded=False, jurisdiction="uk", brand="Kestle Markets"), "a CFD promotion: the product the rules reach"),
    # a career step, the company's life, a tribute
    ("pass", "linkedin", "fr", "Thèse soutenue hier ! 🎓 Trois ans sur la simulation des écoulements diphasiques, et une méthode qui rend nos "
     "calculs x10 plus rapides. Merci à l'équipe R&D de Hydrona qui m'a accueilli en CIFRE.",
     dict(employee=True, rewarded=False, jurisdiction="fr", brand="Hydrona"), "une soutenance de thèse, rien de vendu"),
    ("pass", "linkedin", "en", "I defended my PhD yesterday 🎓 Four years on battery degradation models, and a method that makes our "
     "simulations 5x faster. Thank you to the Volten R&D team for hosting me.",
     dict(employee=True, rewarded=False, jurisdiction="uk", brand="Volten"), "a thesis defended, nothing sold"),
    ("pass", "linkedin", "fr", "Signature du nouvel accord d'intéressement chez Pravia avec le CSE 🤝 Une formule plus simple, et un critère "
     "sur la réduction de nos émissions de CO2. #dialoguesocial",
     dict(employee=True, rewarded=False, jurisdiction="fr", brand="Pravia"), "un accord collectif, ni produit ni offre"),
    ("pass", "linkedin", "en", "Proud moment: Fenwick & Lowe is now a certified B Corp 🌍 Two years of work from our team. "
     "https://fenwicklowe.com/bcorp",
     dict(employee=True, rewarded=False, jurisdiction="uk", brand="Fenwick & Lowe"), "corporate news, a certification page"),
    ("pass", "facebook", "fr", "Dernier jour de Gérard au rayon boucherie après 28 ans chez Primalis 💐 Il connaissait le code de toutes les "
     "découpes par cœur. Bonne retraite Gégé !",
     dict(employee=True, rewarded=False, jurisdiction="fr", brand="Primalis"), "hommage à un collègue, « le code » n'est pas un code promo"),
    ("pass", "linkedin", "fr", "Fière du dispositif de prévention déployé chez Jouetto : plus aucune offre promotionnelle envoyée aux "
     "joueurs qui relèvent leurs limites. Besoin d'aide ? Joueurs Info Service : 09 74 75 13 13.",
     dict(employee=True, rewarded=False, jurisdiction="fr", brand="Jouetto", sector="gambling"), "prévention, aucune offre"),
    ("pass", "x", "en", "April is Financial Literacy Month: build an emergency fund before you invest, even $20 a payday. "
     "(I work at Brightwater Credit Union, but this isn't a product pitch.)",
     dict(employee=True, rewarded=False, jurisdiction="us", brand="Brightwater Credit Union"), "general advice, the employer told anyway"),
    ("pass", "linkedin", "en", "Rowan Shoes is opening a new store in Leeds and we need 6 retail staff 👟 referrals welcome!",
     dict(employee=True, rewarded=True, jurisdiction="uk", brand="Rowan Shoes"), "a vacancy, referral points do not make it an ad"),
    # the employee posing as a customer
    ("fail", "facebook", "en", "Been a Calder Bank customer for years and their new travel card is a no-brainer, no fees abroad. Just apply in the app!",
     dict(employee=True, rewarded=False, jurisdiction="uk", brand="Calder Bank"), "an employee posing as a customer (CPUTR Sch. 1 para 22)"),
    ("fail", "instagram", "en", "As a dad of two who just discovered Pennywise, I can't believe we ever budgeted without it!! Every parent needs this app",
     dict(employee=True, rewarded=False, jurisdiction="us", brand="Pennywise"), "an employee posing as a new user (16 CFR 255.5)"),
    ("fail", "facebook", "fr", "Cliente de la Banque Orsel depuis des années, et leur nouvelle carte sans frais à l'étranger est top. "
     "Ouverture en 5 minutes dans l'appli !",
     dict(employee=True, rewarded=False, jurisdiction="fr", brand="Banque Orsel"), "une salariée se présente en cliente (L121-4 22°)"),
    ("fail", "instagram", "fr", "Je viens de découvrir Kalo et je ne comprends pas comment je faisais mes comptes avant 😭 Toutes les mamans "
     "devraient avoir cette appli",
     dict(employee=True, rewarded=False, jurisdiction="fr", brand="Kalo"), "une salariée se présente en nouvelle utilisatrice"),
    ("fail", "linkedin", "en", "Been using Ledgerly for a month for my freelance invoicing and I've been paid 8 days faster on average. "
     "Worth a look if you're self-employed 👉 ledgerly.co.uk",
     dict(employee=True, rewarded=False, jurisdiction="uk", brand="Ledgerly"), "'paid faster' is an invoice paid, no disclosure"),
    ("fail", "linkedin", "en", "Proud of what we shipped this week 🚀 Our new payroll tool lets small shops get paid 2x faster. Free for 3 months, "
     "link in comments.",
     dict(employee=True, rewarded=False, jurisdiction="uk", brand="Paysly"), "'our new tool' with the company unnamed: the connection is unclear"),
    ("pass", "linkedin", "en", "I work at Ledgerly, so I'm biased: our invoicing tool gets freelancers paid 8 days faster on average. "
     "Worth a look if you're self-employed 👉 ledgerly.co.uk",
     dict(employee=True, rewarded=False, jurisdiction="uk", brand="Ledgerly"), "the employment told up front (CAP 2.1)"),
    ("pass", "facebook", "en", "Calder Bank employee here 👋 our new travel card has no fees abroad. Apply in the app!",
     dict(employee=True, rewarded=False, jurisdiction="uk", brand="Calder Bank"), "the employment told up front"),
    # a verdict closed by "period", the employment hashtag buried in a wall of hashtags (16 CFR 255.5; Disclosures 101)
    ("fail", "instagram", "en", "Best trail socks for long runs, period. No blisters, no slipping 🏃 #trail #running #ultra #socks #gear "
     "#outdoors #fitfam #runnersofinstagram #trailrunning #mountains #training #miles #TrekfootEmployee #adventure",
     dict(employee=True, rewarded=False, jurisdiction="us", brand="Trekfoot"), "employment hashtag buried 13th in a wall"),
    ("fail", "instagram", "en", "Best SPF for oily skin. Period. No white cast, no shine ☀️ #skincare #spf #sunscreen #oilyskin #glow #beauty "
     "#skincareroutine #summer #selfcare #beautytips #sunsafe #MirelleStaff #nomakeup",
     dict(employee=True, rewarded=False, jurisdiction="uk", brand="Mirelle"), "employment hashtag lost among a dozen others"),
    ("pass", "instagram", "en", "#TrekfootEmployee here: best trail socks for long runs, period. No blisters, no slipping 🏃 #trail #running",
     dict(employee=True, rewarded=False, jurisdiction="us", brand="Trekfoot"), "the employment told first"),
]
add(EMP26, "emp26")

LEAD27 = [
    # leverage said absent: a spot purchase, no CFD or margin product (ESMA product intervention; AMF on leverage)
    ("pass", "linkedin", "fr", "Publicité | Partenariat rémunéré avec Ornis. Ornis est un prestataire agréé par l'AMF (MiCA). "
     "J'achète un peu d'ether chaque mois sur leur appli, sans effet de levier. Les crypto-actifs sont très volatils : vous "
     "pouvez perdre tout ou partie du capital investi.",
     dict(rewarded=True, jurisdiction="fr", brand="Ornis", sector="crypto"), "levier nié : pas un produit à effet de levier"),
    ("pass", "instagram", "en", "#ad with @ornis: I buy a little ether every month on their app. No leverage, no margin, no "
     "promises. Crypto prices swing hard and you could lose everything you put in.",
     dict(rewarded=True, jurisdiction="us", brand="Ornis", sector="crypto"), "leverage denied: a spot purchase"),
    ("fail", "instagram", "en", "#ad Trade gold on Vantix with leverage up to 1:30 🚀 Link in bio.",
     dict(rewarded=True, jurisdiction="uk", brand="Vantix"), "a leveraged CFD without its retail-loss warning"),
    # a launch's crowdfunding backers thanked: rewards, no investment offered (règl. (UE) 2020/1503 is about investment)
    ("pass", "linkedin", "fr", "Je suis cofondateur de Papyre et nous lançons aujourd'hui notre premier carnet rechargeable. "
     "Merci à celles et ceux qui nous suivent depuis le crowdfunding !",
     dict(employee=True, rewarded=False, jurisdiction="fr", brand="Papyre"), "campagne de dons avec contreparties, pas un placement"),
    ("fail", "instagram", "fr", "Publicité. J'ai placé 1 000 € via le crowdfunding immobilier de Briqo : 9 % par an, "
     "sans aucun risque !",
     dict(rewarded=True, jurisdiction="fr", brand="Briqo"), "placement présenté sans risque (L121-2)"),
    # a payday loan in its borrower's words: short before payday, lent in minutes (CONC 3.4.1R; C. consom. L312-5)
    ("fail", "instagram", "en", "Broke till payday again 🙃 @Quidly fronted me £250 in 5 minutes, honestly a lifesaver #ad",
     dict(rewarded=True, jurisdiction="uk", brand="Quidly", sector="finance"), "HCSTC without its risk warning"),
    ("pass", "instagram", "en", "Broke till payday again 🙃 @Quidly fronted me £250 in 5 minutes #ad Representative 49.9% APR. "
     "Late repayment can cause you serious money problems. For help, go to moneyhelper.org.uk",
     dict(rewarded=True, jurisdiction="uk", brand="Quidly", sector="finance"), "the warning and the APR are there"),
    ("pass", "instagram", "en", "#ad Skint before payday? The Pocketly app's envelopes helped me plan the month, no loans involved.",
     dict(rewarded=True, jurisdiction="uk", brand="Pocketly", sector="finance"), "a budgeting app: no credit offered"),
    ("fail", "instagram", "fr", "Publicité. Fauchée avant la fin du mois ? Avanzo m'a prêté 300 € en 10 min 🙌",
     dict(rewarded=True, jurisdiction="fr", brand="Avanzo", sector="finance"), "publicité de crédit sans la mention L312-5"),
    # a figure's condition left in a footnote below the "see more" cut (C. consom. L121-3; CAP 3.9-3.10; FTC .com Disclosures)
    ("fail", "linkedin", "fr", "Chez Banque Mirabel, notre Livret Plus rapporte 3,5 % 🚀 Ouverture en 5 minutes depuis l'appli, "
     "sans frais. À ce taux, votre épargne travaille enfin pour vous.\n\nParlez-en autour de vous !\n\n#épargne #banque\n"
     "*Taux promotionnel les 3 premiers mois, puis 1 % brut.",
     dict(employee=True, rewarded=False, jurisdiction="fr", brand="Banque Mirabel"), "condition du taux après la coupure"),
    ("pass", "linkedin", "fr", "Chez Banque Mirabel, notre Livret Plus rapporte 3,5 % les 3 premiers mois, puis 1 % brut. "
     "Ouverture en 5 minutes depuis l'appli.\n\n#épargne\n*Taux promotionnel brut.",
     dict(employee=True, rewarded=False, jurisdiction="fr", brand="Banque Mirabel"), "la condition est dite avant la coupure"),
    ("fail", "instagram", "en", "Ad | I work at Kestrel Mobile 📱 Unlimited data for £12 a month, honestly the best value around. "
     "Switch in two minutes and keep your number.\n\n#mobile #deal\n*New customers only, 24-month contract, then £2 annual rise.",
     dict(employee=True, rewarded=True, jurisdiction="uk", brand="Kestrel Mobile"), "the term and rises below the cut (CAP 3.10)"),
]
add(LEAD27)
# stop 27: three older rows whose label later rules decided (each rule's law in its comment)
RELABELLED.update({
    "Publicité — Les crédits rapides Vey : 3 000 € en 24 h sans justificatif.":
        ("fail", "credit said available without proof of means (credit_no_checks; C. consom. L312-6, L312-8) and the "
                 "mandatory notice « Un crédit vous engage … » missing (L312-5)"),
    "#ad Spinrush: 100 free spins on Fire Reels this weekend 🎰 Play for fun, never to pay the bills. 18+ BeGambleAware":
        ("fail", "free spins without their significant conditions (CAP 3.9–3.10, gambling_conditions, stop 26)"),
    # stop 27 (claims27): the French food ad carries the health message (R2133-1: any manufactured food or sweetened drink,
    # the advertiser's contribution aside), and a UK medicine ad its indication and "read the label" (HMR reg. 300)
    "Publicité — La petite mousse au chocolat Vey, sans sucre ajouté.":
        ("fail", "a manufactured food advertised without the health message (C. santé publ. L2133-1, R2133-1)"),
    "Publicité · Le Campus Café lance sa formule soirées étudiantes : sodas et pizzas à -30 % pour tous les BDE !":
        ("fail", "sweetened drinks advertised without the health message (C. santé publ. L2133-1)"),
    "Publicité | Collaboration commerciale avec @Choconuts\nLa pâte à tartiner Choconuts, ma nouvelle obsession sur les crêpes "
    "du dimanche 🥞🍫 Code CHOCO10":
        ("fail", "a manufactured spread advertised without the health message (C. santé publ. L2133-1)"),
    "Collaboration commerciale avec BuzzCola 🥤 La nouvelle BuzzCola zéro sucre, mon soda pour réviser ! -15% avec BUZZ15":
        ("fail", "a drink with sweeteners advertised without the health message (C. santé publ. L2133-1)"),
    "Publicité 🍪 Les galettes pur beurre de la Biscuiterie Penmarc'h, croustillantes à souhait.":
        ("fail", "manufactured biscuits advertised without the health message (C. santé publ. L2133-1)"),
    "I work at Vey Chemists 💊 Our own ibuprofen tablets (16 for £1.10) are back on the shelf, grab some before the weekend!":
        ("fail", "a medicine advertised by its maker's staff without its indication or 'read the label' (HMR 2012 reg. 300)"),
    "#ad I've teamed up with Sneezeaway this spring 🤧 One tablet and I can finally enjoy the park. Sneezeaway contains "
    "loratadine. Always read the label.":
        ("fail", "a paid endorsement of a medicine without its indication (HMR 2012 reg. 300; CAP 12.17, "
                 "medicine_endorsement, stop 26)"),
})

# helper voice27 (stop 27): the author's voice from inside the business, a benefit told in plain words, a job ad's pay and
# a regulator's act commented (16 CFR 255.0(a) and 255.5; CPUTR 2008 Sch. 1 para 22; C. consom. L121-4 22°; loi 2023-451
# art. 1 and 5; CAP 1.1 and 2.1)
_V = lambda j, b, emp=True, rew=False: dict(employee=emp, rewarded=rew, jurisdiction=j, brand=b)  # noqa: E731
VOICE27 = [
    # 1. employment in natural words: a trade said of oneself with the house's voice, "there", "ours", « chez nous »
    ("pass", "facebook", "en", "Trivia night is back at the Copper Kettle taproom this Thursday. I'm the head brewer, and I'll be "
     "pouring our new Oatmeal Stout (5.9% ABV). 21+ only.", _V("us", "Copper Kettle Brewing"), "trade + the house's 'our new stout'"),
    ("pass", "instagram", "en", "Sourdough Saturday at Oakline Bakery 🍞 I'm one of the bakers, and this morning we baked our new rye "
     "loaf. Come early.", _V("uk", "Oakline Bakery"), "one of the bakers + 'we baked our new rye loaf'"),
    ("pass", "bluesky", "en", "Copper Kettle will be pouring at the festival, booth 12 (I work there, so I'm biased.) Come try the porter, "
     "10.5% ABV. 21+ event.", _V("us", "Copper Kettle Brewing"), "'I work there' after the brand"),
    ("pass", "facebook", "en", "Stonegate Brewing has a new sour on tap (I brew there, so grain of salt). 6.1% ABV, 21+ only.",
     _V("us", "Stonegate Brewing"), "'I brew there' after the brand"),
    ("pass", "linkedin", "en", "I teach the data track at Acme in Leeds. Our 10-week evening course starts in May, £1,200, syllabus online.",
     _V("uk", "Acme"), "the trade's work at the brand, a longer object"),
    ("pass", "facebook", "en", "Pharmacist here. Free NHS blood pressure checks for over-40s this month at most pharmacies, including ours "
     "on Hill Street.", _V("uk", "Hill Pharmacy"), "a trade signed 'here' with 'ours'"),
    ("pass", "linkedin", "en", "Kestrel Grocers is matching food bank donations this month. My store in Tulsa raised $4,000 so far. If you "
     "shop with us, round up at the register.", _V("us", "Kestrel Grocers"), "'my store in <town>', 'shop with us'"),
    ("pass", "facebook", "en", "Harbor Books friends! We'd love your honest review on Google, good or bad. Thanks for reading with us.",
     _V("us", "Harbor Books"), "the house asks for reviews"),
    ("pass", "facebook", "fr", "Chez nous, au Café Lune, la carte change lundi : soupe de potiron et tarte aux poires. On vous attend !",
     _V("fr", "Café Lune"), "« chez nous au X »"),
    ("pass", "facebook", "fr", "Dans nos 6 boutiques Lunetterie Rive, les soldes commencent mercredi : -30 % sur les montures solaires.",
     _V("fr", "Lunetterie Rive"), "« nos 6 boutiques X »"),
    ("pass", "instagram", "fr", "Jour de brassage chez Brasserie Ours 🌾 Je suis l'une des brasseuses, et ce matin nous avons brassé notre "
     "porter d'hiver. L'abus d'alcool est dangereux pour la santé, à consommer avec modération.", _V("fr", "Brasserie Ours"),
     "métier dit de soi + voix de la maison"),
    ("pass", "facebook", "fr", "La fougasse aux olives revient chez Boulangerie Milo samedi. J'ai fondé la maison en 2012, c'est ma recette "
     "préférée.", _V("fr", "Boulangerie Milo"), "« j'ai fondé la maison »"),
    ("fail", "instagram", "en", "As a nurse, I recommend Acme Vitamins to everyone. Our family takes them daily and we love them!",
     _V("us", "Acme Vitamins"), "a trade with the family's 'our': a customer's pose"),
    ("fail", "instagram", "en", "We love Acme Bistro's new winter menu! Our family tried it last night, best meal ever, go try it.",
     _V("us", "Acme Bistro"), "'we love', 'our family tried': a customer's pose"),
    ("fail", "facebook", "en", "Nurse here 👋 I recommend Acme Vitamins to all my friends, the best you can buy, try them!",
     _V("uk", "Acme Vitamins"), "a trade signed 'here' with no 'ours': someone else's trade"),
    ("fail", "instagram", "en", "As a barista I can tell you Acme Coffee's new roast is the best in town, go get some!",
     _V("uk", "Acme Coffee"), "a trade and a verdict, no house voice"),
    ("fail", "instagram", "fr", "En tant qu'infirmière, je recommande les vitamines Acmé à tout le monde, notre famille les adore, foncez !",
     _V("fr", "Acmé"), "métier + « notre famille » : pose de cliente"),
    # 2. a benefit told in plain words (16 CFR 255.5; the UK asks for "Ad", CAP 2.1)
    ("pass", "facebook", "en", "Referral link (we both get $250 when your panels go live): sunpath.com/r/jo. Our bills dropped a lot this "
     "summer.", _V("us", "Sunpath", False, True), "the reward beside the referral link"),
    ("pass", "x", "en", "Kestrel lent me the K2 speakers for two weeks, they go back Monday. Bass is huge, app is clunky, $499 is a lot.",
     _V("us", "Kestrel Audio", False, True), "'lent me'"),
    ("pass", "instagram", "en", "Disclosure: Maple Inn hosted us for two nights. The breakfast was lovely and the rooms a bit small.",
     _V("us", "Maple Inn", False, True), "'Disclosure:' naming what the brand did"),
    ("pass", "facebook", "en", "Full disclosure: Trattoria Nove covered our tasting menu last night. The risotto was perfect, dessert "
     "forgettable.", _V("us", "Trattoria Nove", False, True), "'Full disclosure: X covered our …'"),
    ("pass", "linkedin", "en", "Quick disclosure: Orbit pays me to write about their product. That said, the pipeline view saved my team "
     "hours.", _V("us", "Orbit CRM", False, True), "'Quick disclosure: X pays me'"),
    ("pass", "bluesky", "en", "Trailhead Co ambassador here, they pay me and send me shoes. The Ridge 3 held up on 40 miles of scree.",
     _V("us", "Trailhead Co", False, True), "'they pay me and send me'"),
    ("pass", "linkedin", "en", "I sell cars at Halden Motors and earn commission on each one, keep that in mind. The new H5 is in the "
     "showroom.", _V("us", "Halden Motors", False, True), "'I sell … and earn commission'"),
    ("pass", "facebook", "fr", "Mon lien de parrainage Voltéo (je touche 20 € et toi aussi) : volteo.fr/p/jul. Contente de la borne.",
     _V("fr", "Voltéo", False, True), "le gain dit à côté du lien de parrainage"),
    ("fail", "instagram", "en", "Disclosure: I bought this serum myself. Glowa's serum cleared my skin in a week, run and get it!",
     _V("us", "Glowa", False, True), "'Disclosure:' naming no connection"),
    ("fail", "instagram", "en", "Full disclosure: nobody paid me to say this. Glowa's serum cleared my skin in a week, link in bio!",
     _V("us", "Glowa", False, True), "a denial is no disclosure"),
    ("fail", "instagram", "en", "Disclosure: Glowa sent me this serum. It cleared my skin in a week, use my code GLOW20!",
     _V("uk", "Glowa", False, True), "UK: 'Ad' is asked (CAP 2.1)"),
    # 3. owed nothing: a job ad's pay, a regulator's act commented
    ("pass", "linkedin", "en", "We're hiring respiratory therapists at Harbor Health in Reno! $7,500 sign-on bonus and relocation help. "
     "I've worked nights here for 6 years, ask me anything. Apply: harborhealth.org/careers", _V("us", "Harbor Health", True, True),
     "a job ad's pay is no price"),
    ("pass", "linkedin", "fr", "La Clinique du Parc recrute 12 aides-soignant·es en CDI 🩺 Prime d'embauche de 1 500 €, planning sur 12 h. "
     "Je suis infirmière coordinatrice là-bas, écrivez-moi. clinique-parc.fr/emplois", _V("fr", "Clinique du Parc", True, True),
     "une offre d'emploi n'est pas une publicité"),
    ("pass", "x", "en", "Someone who builds pricing models at a sportsbook (Stakehouse) here: state regulators allowing in-game prop "
     "limits is going to reshape the whole market.", _V("us", "Stakehouse"), "a regulator's act commented"),
    ("pass", "linkedin", "fr", "La CRE a publié sa délibération sur les tarifs réglementés : +3 % au 1er août. Quel que soit votre "
     "fournisseur (je travaille chez Elecfrance), relisez votre option tarifaire.", _V("fr", "Elecfrance"), "la délibération de la CRE"),
    ("fail", "x", "en", "The CFTC letting prediction markets list sports is huge. Bet tonight's game on LineDrive, boosted odds 5/1 with "
     "code LD50!", _V("us", "LineDrive", True, True), "the regulator named beside a promotion: still a promotion"),
    ("fail", "x", "en", "Loading up on $VRTX (Vertexa) before the FDA decision next week. Most undervalued stock in the sector, easy "
     "double.", _V("us", "Vertexa", False, True), "a decision awaited is a tout's catalyst, no news"),
]
add(VOICE27, "voice27")

# --- helper claims27 (stop 27): what the content breaks under a right label — a review bought for its stars (also in a
# business's own post), an age under 25 in a gambling ad, a medicine by its presentation, infant formula, a price with its
# fees dripped or its term left out, a deadline or a former price the post itself belies, a market-wide first place or a
# pass rate said of everyone, a reduction on everything confined by its small print, "zero sugar" beside honey; each with
# its lawful twin
CLAIMS27 = [
    ('fail', "instagram", 'en', 'Leave us a 5-star review on Yelp and your next cappuccino is on the house! ☕',
     dict(jurisdiction='us', brand='Acme', employee=True, rewarded=False)),
    ('fail', "instagram", 'en', "Give us 5 stars on Tripadvisor, show the staff, and dessert's on us 🍰",
     dict(jurisdiction='uk', brand='Acme', employee=True, rewarded=False)),
    ('fail', "instagram", 'fr', 'Laissez-nous un avis 5 étoiles sur Google et on vous offre le café 😊',
     dict(jurisdiction='fr', brand='Acme', employee=True, rewarded=False)),
    ('fail', "instagram", 'fr', 'Un avis 5★ sur Google = un croissant offert à votre prochain passage 🥐',
     dict(jurisdiction='fr', brand='Acme', employee=True, rewarded=False)),
    ('fail', "instagram", 'en', 'Drop us a ⭐⭐⭐⭐⭐ review and get 15% off your next order!',
     dict(jurisdiction='us', brand='Acme', employee=True, rewarded=False)),
    ('fail', "instagram", 'en', '5-star reviews get entered into our monthly draw for a £50 voucher! Leave yours on Trustpilot',
     dict(jurisdiction='uk', brand='Acme', employee=True, rewarded=False)),
    ('pass', "instagram", 'en', 'Leave us an honest review on Google, good or bad, and get a free coffee on your next visit. Every review counts!',
     dict(jurisdiction='us', brand='Acme', employee=True, rewarded=False)),
    ('pass', "instagram", 'fr', 'Laissez-nous un avis sur Google, quelle que soit votre note, et le café vous est offert 😊',
     dict(jurisdiction='fr', brand='Acme', employee=True, rewarded=False)),
    ('pass', "instagram", 'en', 'Thanks for all the lovely 5-star reviews this month 💛 See you at the counter!',
     dict(jurisdiction='uk', brand='Acme', employee=True, rewarded=False)),
    ('pass', "instagram", 'en', 'We hit 500 five-star reviews on Google! Thank you all. Free cookie Friday is back this week 🍪',
     dict(jurisdiction='us', brand='Acme', employee=True, rewarded=False)),
    ('fail', "instagram", 'en', '#ad Derby day with my little cousin Jake (19!) picking our Kingsbet bets together 🐎 18+ BeGambleAware.org',
     dict(jurisdiction='uk', brand='Acme', employee=False, rewarded=True, sector='gambling')),
    ('fail', "instagram", 'en', '#ad Big birthday weekend — 22 today 🎂 — celebrating with the @racebet app 🐎 18+ BeGambleAware.org',
     dict(jurisdiction='uk', brand='Acme', employee=False, rewarded=True, sector='gambling')),
    ('fail', "instagram", 'en', '#ad Celebrating my 21st with a flutter on the @racebet app 🎉 18+ BeGambleAware.org',
     dict(jurisdiction='uk', brand='Acme', employee=False, rewarded=True, sector='gambling')),
    ('fail', "instagram", 'en', '#ad Took my brother Sam (20) to the races, his first bet on @racebet landed 🐎 18+ BeGambleAware.org',
     dict(jurisdiction='uk', brand='Acme', employee=False, rewarded=True, sector='gambling')),
    ('fail', "instagram", 'en', '#ad Happy 23rd to me! Treating myself to a few spins on @racebet 🎰 18+ BeGambleAware.org',
     dict(jurisdiction='uk', brand='Acme', employee=False, rewarded=True, sector='gambling')),
    ('pass', "instagram", 'en', "#ad Grand National day 🐎 I've had a flutter on @racebet, 18+ BeGambleAware.org. Odds 22 today on my pick!",
     dict(jurisdiction='uk', brand='Acme', employee=False, rewarded=True, sector='gambling')),
    ('pass', "instagram", 'en', '#ad Our 25th anniversary weekend at the races with @racebet 🐎 18+ BeGambleAware.org',
     dict(jurisdiction='uk', brand='Acme', employee=False, rewarded=True, sector='gambling')),
    ('pass', "instagram", 'en', "#ad Race 7 (19:45) at Kempton: I'm on @racebet for this one 🐎 18+ BeGambleAware.org",
     dict(jurisdiction='uk', brand='Acme', employee=False, rewarded=True, sector='gambling')),
    ('pass', "instagram", 'en', '#ad 40 today 🎂 and celebrating with a flutter on @racebet 🐎 18+ BeGambleAware.org',
     dict(jurisdiction='uk', brand='Acme', employee=False, rewarded=True, sector='gambling')),
    ('fail', "instagram", 'fr', 'Collaboration commerciale avec @doloflex 💊 Mon allié contre les migraines : deux comprimés au premier signe et je suis repartie !',
     dict(jurisdiction='fr', brand='Acme', employee=False, rewarded=True, sector='health')),
    ('fail', "instagram", 'fr', "Collaboration commerciale avec @ibuflash Mon secret pour les lendemains de soirée et les règles douloureuses : 2 comprimés d'Ibuflash 400 et c'est reparti 💊",
     dict(jurisdiction='fr', brand='Acme', employee=False, rewarded=True)),
    ('fail', "instagram", 'fr', "Publicité · Pour les maux de tête de fin de journée, deux cachets de Calmidol et hop, on n'en parle plus !",
     dict(jurisdiction='fr', brand='Acme', employee=False, rewarded=True)),
    ('fail', "instagram", 'fr', 'Collaboration commerciale avec @pollenex 🌼 Rhume des foins ? Un comprimé par jour de Pollenex et je revis au printemps.',
     dict(jurisdiction='fr', brand='Acme', employee=False, rewarded=True)),
    ('pass', "instagram", 'fr', "Collaboration commerciale avec @vitalis 🌿 Deux gélules de magnésium marin par jour pendant l'hiver, c'est ma routine.",
     dict(jurisdiction='fr', brand='Acme', employee=False, rewarded=True)),
    ('pass', "instagram", 'fr', 'Collaboration commerciale avec @lavande.co 🌸 Mon huile de massage pour le dos après le sport, un vrai moment de détente.',
     dict(jurisdiction='fr', brand='Acme', employee=False, rewarded=True)),
    ('fail', "instagram", 'en', 'I work at Pollenguard and our one-a-day hay fever tablets are back in stock in Boots just in time for the pollen bomb 🌼',
     dict(jurisdiction='uk', brand='Acme', employee=True, rewarded=False)),
    ('fail', "instagram", 'en', "#ad My go-to migraine tablets from @calmora: two at the first twinge and I'm back at my desk.",
     dict(jurisdiction='uk', brand='Acme', employee=False, rewarded=True)),
    ('pass', "instagram", 'en', '#ad Pollen season survival kit from @calmora 🌼 hay fever tablets, always read the label. Contains cetirizine, for the relief of hay fever symptoms.',
     dict(jurisdiction='uk', brand='Acme', employee=False, rewarded=True)),
    ('fail', "instagram", 'en', "#ad Treated myself to a little 'tox at @glowroom.clinic before the wedding 💉 Forehead lines gone. £199 for three areas!",
     dict(jurisdiction='uk', brand='Acme', employee=False, rewarded=True)),
    ('fail', "instagram", 'en', "#ad Prom is 6 weeks away 💃 and @curvelab's lip filler package is the perfect glow-up! £150 with my code PROM",
     dict(jurisdiction='uk', brand='Acme', employee=False, rewarded=True, sector='cosmetic_surgery')),
    ('fail', "instagram", 'en', 'Proud to be part of Aventrix: the FDA just approved Lumidra for adults with moderate-to-severe plaque psoriasis! 8 in 10 patients saw clear skin. Ask your dermatologist about Lumidra.',
     dict(jurisdiction='us', brand='Acme', employee=True, rewarded=False)),
    ('fail', "instagram", 'en', '#ad My skin has never been clearer thanks to Dermavia 🙌 Ask your dermatologist about Dermavia.',
     dict(jurisdiction='us', brand='Acme', employee=False, rewarded=True)),
    ('pass', "instagram", 'en', '#ad Ask your dermatologist about sunscreen that suits your skin type! Mine recommended @solara SPF 50.',
     dict(jurisdiction='us', brand='Acme', employee=False, rewarded=True)),
    ('pass', "instagram", 'en', 'Just had my detox week at @glowroom.clinic spa, I feel brand new #ad',
     dict(jurisdiction='uk', brand='Acme', employee=False, rewarded=True)),
    ('fail', "instagram", 'en', "#ad 🚨 48-HOUR FLASH SALE 🚨 The @velora weighted blanket is $99 (reg. $179) but ONLY until Sunday!! (lowkey it's been $99 since March but shh 🤫)",
     dict(jurisdiction='us', brand='Acme', employee=False, rewarded=True)),
    ('fail', "instagram", 'fr', "Collaboration commerciale avec @klara.mode ⏰ -40 % sur TOUTE la collection UNIQUEMENT jusqu'à ce soir minuit ! Après c'est fini, vraiment. (Psst : si vous la ratez, le code KLARA40 marche en fait tout le mois 😉)",
     dict(jurisdiction='fr', brand='Acme', employee=False, rewarded=True)),
    ('fail', "instagram", 'en', '#ad Today only: 30% off @lumo lamps! (honestly the code works all month, but act fast 😉)',
     dict(jurisdiction='uk', brand='Acme', employee=False, rewarded=True)),
    ('fail', "instagram", 'fr', 'Publicité · Vente flash 24 h sur @kalia : 59 € au lieu de 99 € ! (entre nous, il est à 59 € depuis janvier)',
     dict(jurisdiction='fr', brand='Acme', employee=False, rewarded=True)),
    ('pass', "instagram", 'en', '#ad 48-hour flash sale at @velora: the weighted blanket is $99 (reg. $179) until Sunday midnight.',
     dict(jurisdiction='us', brand='Acme', employee=False, rewarded=True)),
    ('pass', "instagram", 'fr', "Collaboration commerciale avec @klara.mode : -40 % sur la collection jusqu'à ce soir minuit avec KLARA40.",
     dict(jurisdiction='fr', brand='Acme', employee=False, rewarded=True)),
    ('fail', "instagram", 'en', '#ad Gig of the summer alert 🎸 @acme tickets for the Leeds show are just £25!! (+£6.50 booking fee per ticket) Link in bio',
     dict(jurisdiction='uk', brand='Acme', employee=False, rewarded=True)),
    ('fail', "instagram", 'en', "#ad Our cabin weekend at @acme was magical 🌲 Cabins from $129/night!! (Heads up: there's an $85 cleaning fee + $30/night resort fee at checkout.)",
     dict(jurisdiction='us', brand='Acme', employee=False, rewarded=True)),
    ('fail', "instagram", 'fr', 'Publicité · Les places pour le concert @acme à Lyon sont à 35 € ! (+ 4,50 € de frais de service par billet)',
     dict(jurisdiction='fr', brand='Acme', employee=False, rewarded=True)),
    ('fail', "instagram", 'en', '#ad Summer series tickets from JUST £9.99 at @acme!! (+£4 booking fee and £2.50 service charge per ticket)',
     dict(jurisdiction='uk', brand='Acme', employee=False, rewarded=True)),
    ('fail', "instagram", 'fr', 'Collaboration commerciale avec @acme : le studio à Annecy dès 79 € la nuit, frais de ménage 60 € en plus 🏔️',
     dict(jurisdiction='fr', brand='Acme', employee=False, rewarded=True)),
    ('pass', "instagram", 'en', '#ad @acme Leeds, 14 June: tickets £31.50 each, booking fee included, no extra charges at checkout.',
     dict(jurisdiction='uk', brand='Acme', employee=False, rewarded=True)),
    ('pass', "instagram", 'en', "#ad Two nights in @acme's A-frame cabin: $356 total, cleaning and resort fees included (taxes extra).",
     dict(jurisdiction='us', brand='Acme', employee=False, rewarded=True)),
    ('pass', "instagram", 'fr', 'Publicité · Concert @acme à Lyon : 39,50 € la place, frais de service compris 🎶',
     dict(jurisdiction='fr', brand='Acme', employee=False, rewarded=True)),
    ('pass', "instagram", 'en', '#ad @acme sneakers are $89, and shipping is $6 😍',
     dict(jurisdiction='us', brand='Acme', employee=False, rewarded=True)),
    ('fail', "instagram", 'fr', "Collaboration commerciale avec Acme, mon employeur 📶 La fibre 2 Gb/s à 19,99 €/mois, box Wi-Fi 7 incluse, c'est maintenant !",
     dict(jurisdiction='fr', brand='Acme', employee=True, rewarded=True)),
    ('fail', "instagram", 'en', "I work at Acme 📶 Unlimited 5G for $25/mo, that's it, that's the tweet. Switch at acme.com",
     dict(jurisdiction='us', brand='Acme', employee=True, rewarded=True)),
    ('fail', "instagram", 'en', 'Ad | I work at Acme 📱 UNLIMITED data for just £10 a month!! Honestly the best deal out there right now, link in bio 🔥',
     dict(jurisdiction='uk', brand='Acme', employee=True, rewarded=True)),
    ('fail', "instagram", 'fr', 'Publicité · Je bosse chez Acme : le forfait 5G 200 Go à 12,99 €/mois, foncez 📱',
     dict(jurisdiction='fr', brand='Acme', employee=True, rewarded=True)),
    ('pass', "instagram", 'fr', 'Publicité · Je bosse chez Acme : forfait 100 Go à 9,99 €/mois pendant 1 an puis 15,99 €/mois, sans engagement.',
     dict(jurisdiction='fr', brand='Acme', employee=True, rewarded=True)),
    ('pass', "instagram", 'en', '#ad I work at Acme: SIM-only 50GB for £10/month on a 24-month plan. Price goes up by £1.50/month each April.',
     dict(jurisdiction='uk', brand='Acme', employee=True, rewarded=True)),
    ('pass', "instagram", 'en', '#AcmeEmployee Our new 5G Home Internet plan is live: $40/mo with autopay, no annual contract, no data caps.',
     dict(jurisdiction='us', brand='Acme', employee=True, rewarded=True)),
    ('fail', "instagram", 'en', "#ad Kestrel Academy's PMP bootcamp is the real deal 📚 Every single student passes on the first try, a 100% pass rate since 2015! Enroll with my code PM50.",
     dict(jurisdiction='us', brand='Acme', employee=False, rewarded=True)),
    ('fail', "instagram", 'en', '#AcmeEmployee Acme is officially the fastest 5G network in America 🚀 Faster than everyone, everywhere. Switch today.',
     dict(jurisdiction='us', brand='Acme', employee=True, rewarded=True)),
    ('fail', "instagram", 'fr', 'Publicité · Je travaille chez Acme : ce week-end, -70 % et les prix les plus bas de France, garantis ! 🔥',
     dict(jurisdiction='fr', brand='Acme', employee=True, rewarded=True)),
    ('fail', "instagram", 'fr', 'Collaboration commerciale avec @acme.formation : 100 % de réussite au code dès le premier passage 🚗',
     dict(jurisdiction='fr', brand='Acme', employee=False, rewarded=True)),
    ('fail', "instagram", 'en', '#ad Acme driving school: every one of our students passes first time! Book with code DRIVE10',
     dict(jurisdiction='uk', brand='Acme', employee=False, rewarded=True)),
    ('fail', "instagram", 'fr', 'Publicité · Acme Fibre, le réseau le plus rapide de France 🚀 Abonnez-vous !',
     dict(jurisdiction='fr', brand='Acme', employee=True, rewarded=True)),
    ('pass', "instagram", 'en', "#ad Acme's bootcamp: 87% of the 2024 cohort passed on the first try (audited results, acme.com/results).",
     dict(jurisdiction='us', brand='Acme', employee=False, rewarded=True)),
    ('pass', "instagram", 'en', '#ad Acme: rated fastest network in the UK by Opensignal, according to its January 2025 report.',
     dict(jurisdiction='uk', brand='Acme', employee=False, rewarded=True)),
    ('pass', "instagram", 'fr', 'Publicité · Acme baisse ses prix ce week-end : -20 % sur les pâtes et le riz 🍝',
     dict(jurisdiction='fr', brand='Acme', employee=True, rewarded=True)),
    ('pass', "instagram", 'fr', "Collaboration commerciale avec @acme : les prix ont baissé, j'ai pris le plus rapide des deux modèles 🚲",
     dict(jurisdiction='fr', brand='Acme', employee=False, rewarded=True)),
    ('fail', "instagram", 'en', '#ad #AcmeEmployee EVERYTHING HALF PRICE this weekend at Acme!!! 🎉🎉*\n\n*selected lines only, while stocks last',
     dict(jurisdiction='uk', brand='Acme', employee=True, rewarded=True)),
    ('fail', "instagram", 'en', '#ad 40% off everything at @acme this weekend!! (exclusions apply, selected styles only)',
     dict(jurisdiction='us', brand='Acme', employee=False, rewarded=True)),
    ('fail', "instagram", 'fr', "Publicité · -50 % sur TOUT le magasin ce week-end chez Acme ! *sur une sélection d'articles signalés en magasin",
     dict(jurisdiction='fr', brand='Acme', employee=True, rewarded=True)),
    ('pass', "instagram", 'en', '#ad Half price on selected lines at Acme this weekend 🎉 Look for the red tickets in store.',
     dict(jurisdiction='uk', brand='Acme', employee=True, rewarded=True)),
    ('pass', "instagram", 'fr', "Publicité · -15 % sur tout le site Acme avec le code LEA15 jusqu'à dimanche 🛍️",
     dict(jurisdiction='fr', brand='Acme', employee=False, rewarded=True)),
    ('pass', "instagram", 'en', '#ad 20% off everything at @acme with code SAM20, no exclusions, through Sunday!',
     dict(jurisdiction='us', brand='Acme', employee=False, rewarded=True)),
    ('fail', "instagram", 'fr', 'Collaboration commerciale avec @acme 🍼 On est passés au lait 1er âge Doux Début à la maternité et Léon le digère super bien. Code BEBE15 pour -15 %.',
     dict(jurisdiction='fr', brand='Acme', employee=False, rewarded=True)),
    ('fail', "instagram", 'en', '#ad Partnering with @acme 🍼 Acme Gold is just like breast milk — same nutrition, same immunity benefits!',
     dict(jurisdiction='us', brand='Acme', employee=False, rewarded=True)),
    ('fail', "instagram", 'en', "Ad | We've been using @acme First Infant Milk since day one and Arlo is thriving 🍼 20% off with ARLO20!",
     dict(jurisdiction='uk', brand='Acme', employee=False, rewarded=True)),
    ('fail', "instagram", 'fr', 'Publicité · Le lait infantile Acme, la formule la plus proche du lait maternel 🍼',
     dict(jurisdiction='fr', brand='Acme', employee=False, rewarded=True)),
    ('fail', "instagram", 'en', '#sponsored @acme baby formula is as close as you can get to breast milk 💛',
     dict(jurisdiction='us', brand='Acme', employee=False, rewarded=True)),
    ('pass', "instagram", 'en', "#ad @acme infant formula got us through the shortage 🍼 Talk to your pediatrician about what's right for your baby.",
     dict(jurisdiction='us', brand='Acme', employee=False, rewarded=True)),
    ('pass', "instagram", 'fr', "Collaboration commerciale avec @acme 🍼 Leur tire-lait m'a sauvé les nuits d'allaitement, silencieux et léger.",
     dict(jurisdiction='fr', brand='Acme', employee=False, rewarded=True)),
    ('pass', "instagram", 'en', "#ad @acme's breast pump made feeding so much easier 🍼 Breastmilk on tap, even on nights out.",
     dict(jurisdiction='uk', brand='Acme', employee=False, rewarded=True)),
    ('fail', "instagram", 'en', "#ad New @acme protein cookies are ZERO SUGAR 🍪🙌 and keto-friendly! Sweetened with just a touch of real honey and dates, so it's all natural.",
     dict(jurisdiction='us', brand='Acme', employee=False, rewarded=True)),
    ('fail', "instagram", 'fr', 'Collaboration commerciale avec @acme : leurs granolas sans sucre, juste du miel de lavande et des dattes 🍯',
     dict(jurisdiction='fr', brand='Acme', employee=False, rewarded=True)),
    ('fail', "instagram", 'en', "#ad @acme's sugar-free energy balls, made with maple syrup and oats 💪",
     dict(jurisdiction='uk', brand='Acme', employee=False, rewarded=True)),
    ('pass', "instagram", 'en', '#ad @acme cookies: no added sugar, 2 g of sugars from the oats. Tastes like a treat.',
     dict(jurisdiction='us', brand='Acme', employee=False, rewarded=True)),
    ('pass', "instagram", 'fr', 'Collaboration commerciale avec @acme : leur miel de lavande est une merveille sur les tartines 🍯',
     dict(jurisdiction='fr', brand='Acme', employee=False, rewarded=True)),
    ('pass', "instagram", 'en', "#ad @acme's zero sugar cola is my desk staple 🥤 Sweetened with stevia.",
     dict(jurisdiction='uk', brand='Acme', employee=False, rewarded=True)),
]
add(CLAIMS27, "claims27")

# stop 28, helper sector28: restricted sectors read from the text (a vape by its maker's name, a share by its ticker, forex by
# its multiplier, a medicine by its active substance, formula by its age band) and a restricted post whose conditions the text
# shows (a clinic's toxin by licensed hands, an investment with its risk of loss), each with a sound or unlawful twin
SECTOR28 = [
    # nicotine named by its maker's brand, no word "vape" or "nicotine" (loi 2023-451 art. 4; TRPR 2016 reg. 43; 21 CFR 1143.3)
    ('fail', "instagram", 'fr', "Collaboration commerciale avec Elf Bar 🍉 Leur nouvelle saveur pastèque glacée tient tout le week-end, dispo chez votre buraliste !",
     dict(jurisdiction='fr', brand='Elf Bar', rewarded=True), "a disposable named by its maker: nicotine promotion banned (art. 4 I, CSP L3513-4)"),
    ('fail', "x", 'en', "#ad Geek Bar Pulse in blue razz ice is back in stock at the corner shop, grab yours before the weekend",
     dict(jurisdiction='uk', brand='Geek Bar', rewarded=True), "paid promotion of an e-cigarette online (TRPR 2016 reg. 43; CAP 22.12)"),
    ('fail', "x", 'en', "#ad restocked my watermelon ice pods 💨 15% off with code CLOUD15",
     dict(jurisdiction='us', brand='Acme', rewarded=True), "nicotine pods without the FDA warning (21 CFR 1143.3)"),
    ('pass', "facebook", 'en', "Three years since my last cigarette today. A Vuse pod got me through the first months and I've been off everything since. Not selling anything, just proud.",
     dict(jurisdiction='uk', rewarded=False, employee=False), "a personal milestone, nothing promoted"),
    # "medicine" the discipline, not a product
    ('pass', "facebook", 'en', "I'm a nurse at Harbourside Family Medicine and we're hosting a free blood-pressure check in the lobby this Thursday, 10am–2pm. No appointment needed.",
     dict(jurisdiction='us', brand='Harbourside Health', employee=True, rewarded=False), "a clinic's free community service told by its nurse"),
    # "school night" is an adult's weeknight
    ('pass', "instagram", 'en', "Ad: paid partnership with Acme Gin. Their navy strength is punchy, lots of citrus peel. Two small ones and home by ten, it's a school night. Please drink responsibly. drinkaware.co.uk",
     dict(jurisdiction='uk', brand='Acme Gin', rewarded=True, sector='alcohol'), "factual tasting note with moderation (CAP 18)"),
    # toxin by licensed hands, balanced (US)
    ('pass', "instagram", 'en', "#ad Partnered with Acme Med Spa: my first tox appointment, done by a board-certified nurse practitioner after a full consult. Results typically last 3 months and results vary; ask your provider about side effects like bruising.",
     dict(jurisdiction='us', brand='Acme Med Spa', rewarded=True), "disclosed, licensed provider, qualified results and risks (FTC Act s5)"),
    ('fail', "instagram", 'fr', "Publicité · Acme Clinique 💉 Mon botox fait par une infirmière diplômée, résultat naturel garanti !",
     dict(jurisdiction='fr', brand='Acme Clinique', rewarded=True), "aesthetic acts banned from influence in France (loi 2023-451 art. 4 I)"),
    # a share touted by its market and ticker
    ('fail', "x", 'en', "#ad Lithium is the trade of the decade and Borealis Metals (NASDAQ: BRLM) is my top pick right now. Not financial advice.",
     dict(jurisdiction='us', brand='Borealis Metals', rewarded=True, sector='finance'), "paid touting without the amount (Securities Act s17(b))"),
    ('pass', "x", 'en', "Paid promotion: Borealis Metals (NASDAQ: BRLM) paid me $1,200 for this post. I hold no shares. Small caps are volatile and you could lose your entire investment; read the 10-K.",
     dict(jurisdiction='us', brand='Borealis Metals', rewarded=True, sector='finance'), "payment and amount disclosed, risk stated (s17(b))"),
    # ordinary investing, balanced, by an outside promoter
    ('pass', "linkedin", 'fr', "Partenariat rémunéré avec Acme Invest. J'investis 100 € par mois sur un fonds indiciel dans mon assurance-vie, sans levier. Les frais sont de 0,5 % par an. Le capital n'est pas garanti : risque de perte en capital.",
     dict(jurisdiction='fr', brand='Acme Invest', rewarded=True), "ordinary investment with the risk of loss told (règl. 2017/565 art. 44)"),
    ('pass', "linkedin", 'en', "#ad Sponsored by Acme Brokerage. I put $150 a month into a total-market index fund in my IRA and leave it alone. Investing involves risk, including loss of principal.",
     dict(jurisdiction='us', brand='Acme Brokerage', rewarded=True), "balanced with the risk of loss (FINRA 2210(d)(1))"),
    # forex by its multiplier
    ('fail', "instagram", 'fr', "Publicité · Acme FX 📈 Petite position x50 sur le GBP/JPY ce matin, +420 € avant le café. Lien en bio pour ouvrir ton compte.",
     dict(jurisdiction='fr', brand='Acme FX', rewarded=True), "leveraged forex promoted by an influencer (loi 2023-451 art. 4 I; CMF L533-12-7)"),
    ('pass', "instagram", 'en', "Heading to Lisbon next week, swapped my pounds at the post office. The GBP/EUR rate was better than the airport, no fee.",
     dict(jurisdiction='uk', rewarded=False, employee=False), "travel money, no leverage, nothing promoted"),
    # a medicine by its active substance
    ('fail', "instagram", 'fr', "Publicité · Mon indispensable après le sport : la crème Acme au kétoprofène, et mes genoux disent merci 🙏 Dispo en pharmacie !",
     dict(jurisdiction='fr', brand='Acme', rewarded=True), "a medicine advertised without R5122-3's statements"),
    # infant formula
    ('fail', "instagram", 'fr', "Publicité 🍼 On est passés au Acme premier âge dès la sortie de la maternité, le lait qui lui convient le mieux. Code BEBE10 !",
     dict(jurisdiction='fr', brand='Acme', rewarded=True), "infant formula advertised to the public (règl. 2016/127 art. 10)"),
    ('fail', "facebook", 'en', "#ad We switched to Acme Comfort formula and it's proven to reduce the risk of eczema in babies, total peace of mind.",
     dict(jurisdiction='us', brand='Acme', rewarded=True), "unsubstantiated disease-risk claim (FTC Act ss5, 12)"),
    # a treatment said left
    ('fail', "instagram", 'en', "#ad Dad's been taking Acme turmeric shots for a month and he's off his painkillers already. Natural wins!",
     dict(jurisdiction='us', brand='Acme', rewarded=True), "a product set against treatment (FTC Act ss5, 12)"),
    # gambling and under-25s
    ('fail', "instagram", 'en', "Ad | Cheltenham with the lads 🏇 we're both 20 and it's our first proper festival, each-way on the favourite. 18+ BeGambleAware.org",
     dict(jurisdiction='uk', brand='Acme Bet', rewarded=True, sector='gambling'), "under-25s in a significant role (CAP 16.3.14)"),
    ('pass', "instagram", 'en', "Ad | Cheltenham with my brother, we're both in our forties and still argue about the going. Each-way on the favourite. 18+ BeGambleAware.org",
     dict(jurisdiction='uk', brand='Acme Bet', rewarded=True, sector='gambling'), "adults over 25, the safer-gambling message"),
    # alcohol and social success
    ('fail', "instagram", 'en', "#ad A barbecue isn't a proper barbecue without a bucket of Acme Lager on ice. Crack a few and watch the party come alive 🔥",
     dict(jurisdiction='uk', brand='Acme Lager', rewarded=True), "alcohol as the key to social success (CAP 18.2, 18.4)"),
    ('fail', "instagram", 'fr', "Collaboration commerciale avec Acme Rhum 🍹 Une soirée sans Acme n'est pas une vraie soirée, toute la bande s'anime !",
     dict(jurisdiction='fr', brand='Acme Rhum', rewarded=True), "ni fête ni réussite sociale (CSP L3323-4)"),
    # crypto past performance
    ('fail', "x", 'en', "#ad Acme Exchange now lists Bitcoin 🚀 up 210% this year, don't sit this cycle out. Buy from $10.",
     dict(jurisdiction='uk', brand='Acme Exchange', rewarded=True), "past performance without the risk warning (COBS 4.6.2R, 4.12A)"),
    ('fail', "x", 'fr', "Publicité · Acme Crypto : l'ether a pris 90 % depuis janvier, c'est le moment de rentrer 😉",
     dict(jurisdiction='fr', brand='Acme Crypto', rewarded=True), "performance passée sans risque de perte (MiCA art. 66)"),
    # images
    ('fail', "instagram", 'en', "#ad @acmebeauty Skin Tint, one pump and no concealer 😍 look at that coverage (beauty filter on, obviously)",
     dict(jurisdiction='us', brand='Acme', rewarded=True, image_retouched=True), "a filter on the effect demonstrated (FTC Act s5)"),
    ('fail', "instagram", 'en', "#ad Week 1 vs week 8 on @acmeskin vitamin C serum. Unfiltered, just results ✨",
     dict(jurisdiction='us', brand='Acme', rewarded=True, image_virtual=True), "a generated image presented as a real result (FTC Act s5)"),
    # earnings claims in a seller's own ad
    ('fail', "linkedin", 'en', "Enrolment is open for my 6-week copywriting bootcamp. 87% of my students land $5k+ retainers within two months. Link in comments.",
     dict(jurisdiction='us', brand='Acme Academy', rewarded=False), "a typical-earnings claim for an atypical result (16 CFR 255.2(b))"),
    ('pass', "linkedin", 'en', "Enrolment is open for my 6-week copywriting bootcamp. Eight live sessions, weekly feedback on your drafts, and a portfolio review at the end. Link in comments.",
     dict(jurisdiction='us', brand='Acme Academy', rewarded=False), "the seller's own ad, no earnings claim"),
]
add(SECTOR28, "sector28")


# stop 28, lead: a promotion at work is no label; a generated picture beside real ones shown on other slides; a crypto
# provider said to skip identity checks or escape the regulator; a UK promotion made on behalf of the authorised firm
# itself, with its risk warning; consolidation credit that "gives back purchasing power"
LEAD28 = [
    ("fail", "linkedin", "en", "A year ago I froze in every meeting. Then I took the Spoke Studio public-speaking course on "
     "weekends.\n\nLast month: promoted, with a £9k raise. Use my code SPOKE30 for 30% off.",
     dict(rewarded=True, jurisdiction="uk", brand="Spoke Studio", sector="training"),
     "a job promotion is no label: the affiliate code owes 'Ad' (CAP 2.1)"),
    ("warn", "instagram", "en", "Promoted by Spoke Studio: their public-speaking course changed my year. Code SPOKE30.",
     dict(rewarded=True, jurisdiction="uk", brand="Spoke Studio"), "'Promoted by' is a weak label: a reviewer decides"),
    ("pass", "instagram", "fr", "Publicité · Image virtuelle. Le mannequin de la photo 1 a été généré par IA avec @maisonverre "
     "pour montrer les montures ; les vraies photos portées, sur moi, sont dans les slides suivantes.",
     dict(rewarded=True, image_virtual=True, jurisdiction="fr", brand="Maison Verre"),
     "les vraies photos sont ailleurs : l'image générée n'est pas présentée comme réelle"),
    ("fail", "instagram", "fr", "Publicité · Image virtuelle. Regardez ce résultat : vraie peau, zéro retouche, 3 semaines de sérum "
     "@maisonverre.", dict(rewarded=True, image_virtual=True, jurisdiction="fr", brand="Maison Verre"),
     "une image générée donnée pour un vrai résultat (L121-2)"),
    ("fail", "instagram", "fr", "Publicité. J'achète mes tokens sur @coinvale : pas de vérification d'identité, inscription en une "
     "minute. Code JADE pour 20 USDT offerts.", dict(rewarded=True, jurisdiction="fr", brand="Coinvale", sector="crypto"),
     "prestataire qui se dit sans KYC : pas un PSAN/CASP promouvable (loi 2023-451 art. 4)"),
    ("fail", "x", "en", "#ad Trading on @coinvale since spring, no ID checks and zero hassle from the FCA 😎 code JADE",
     dict(rewarded=True, jurisdiction="uk", brand="Coinvale", sector="crypto"), "a provider said to escape the FCA (FSMA s. 21)"),
    ("pass", "instagram", "en", "Ad | Posted on behalf of Larchfield Investments (authorised and regulated by the FCA). Why I put "
     "£100 a month into a global tracker in my ISA. Capital at risk: the value of investments can fall and you may get back "
     "less than you put in.", dict(rewarded=True, jurisdiction="uk", brand="Larchfield Investments", sector="finance"),
     "the authorised firm's own promotion, with its risk warning (FSMA s. 21(2)(a))"),
    ("fail", "facebook", "fr", "Partenariat rémunéré avec Crédalys 🤝 Trop de prêts en cours ? Le regroupement de crédits Crédalys "
     "vous fait retrouver du pouvoir d'achat tout de suite. Simulation en lien.",
     dict(rewarded=True, jurisdiction="fr", brand="Crédalys"), "crédit présenté comme une hausse de ressources, sans la mention L312-5"),
    # a weak word and its singular are one word: yoghurt pouches are no nicotine; a giveaway with a free way in is no lottery
    ("pass", "instagram", "en", "#ad with Bramble Kitchen 🍓 their fruit purée pouches (no added sugar) live in my son's lunch "
     "bag; one pouch is 90 g and they're £2.40 for five.", dict(rewarded=True, jurisdiction="uk", brand="Bramble Kitchen"),
     "food pouches: no nicotine product"),
    ("pass", "instagram", "en", "#ad Bramble Kitchen is giving away 5 hampers 🧺 To enter, follow them and tag a friend. No "
     "purchase necessary, 18+, UK only, closes 30 June; winners picked at random, odds depend on entries. Full rules in bio.",
     dict(rewarded=True, jurisdiction="uk", brand="Bramble Kitchen"), "a free prize draw (Gambling Act 2005 Sch. 2 para 8)"),
    ("fail", "instagram", "fr", "Publicité · Ce soir je joue au casino en ligne Récif Royal, 18+, les meilleures cotes du web 🎰",
     dict(rewarded=True, jurisdiction="fr", brand="Récif Royal"), "casino en ligne : illégal en France (CSI L320-1 et s.)"),
    ("fail", "x", "en", "#ad FixScore wiped ALL the bad marks off my credit report in three weeks, they removed every "
     "negative item. $79 upfront!", dict(rewarded=True, jurisdiction="us", brand="FixScore"),
     "credit repair promising accurate items removed, paid upfront (CROA 15 U.S.C. 1679b)"),
    ("fail", "instagram", "fr", "Collaboration commerciale avec Autolia 🚙 Ma citadine neuve en LOA pour 159 €/mois sans apport, "
     "dossier validé en 24 h. Lien en bio !", dict(rewarded=True, jurisdiction="fr", brand="Autolia"),
     "LOA = opération de crédit (L312-2) : mention L312-5 et exemple représentatif manquants"),
    ("pass", "facebook", "en", "#ad Paid partnership with Pollenix 🌼 Pollenix (cetirizine 10 mg) is the antihistamine I take for "
     "hay fever sneezing and itchy eyes, one tablet a day. Read and follow the Drug Facts label.",
     dict(rewarded=True, jurisdiction="us", brand="Pollenix"), "OTC drug with its labelled use and the label's direction"),
    ("pass", "instagram", "en", "#ad New kitchen tiles from Carrow & Co! I put a beauty filter on my face for this selfie, but "
     "the tiles are unedited, daylight only.", dict(rewarded=True, image_retouched=True, jurisdiction="uk", brand="Carrow & Co"),
     "the edit is told and confined to the face; the product is not edited"),
]
add(LEAD28)

# --- helper owed28 (stop 28): an employee's testimony on the employer's product told in a customer's or a fan's voice —
# the author's use, a verdict, a word to fellow consumers, two of them around the brand named as a thing (16 CFR 255.5;
# DMCC Act 2024 Sch. 20 para 22; C. consom. L121-4 21° et 22°); a launch said by the product reaching the shops; and
# employees' posts that promote nothing: an anniversary "marked", a transfer to "our new" branch, a trade note to peers, a
# job ad's hourly pay, an amount in career advice, event notes on the rules, a directive's transposition
OWED28 = [
    # an employee's testimony on the employer's product told as a customer's or a fan's (16 CFR 255.5; DMCC Act 2024 Sch. 20
    # para 22; C. consom. L121-4 21° et 22°): the author's use, a verdict, a word to fellow consumers, two of them
    ("fail", "facebook", "en", "Quick tip for the new parents in the group: we got the Dozy Swaddle from Lullaby Lane in March and "
     "honestly the night wakings halved. Happy to lend ours if you want to try before buying.",
     dict(employee=True, rewarded=False, jurisdiction="us", brand="Lullaby Lane"), "a staff member's baby tip, the employment untold"),
    ("fail", "instagram", "en", "Finally sorted my commute: picked up a Kestrel Fold in May and I'm never going back to the bus 🚲 "
     "If anyone's on the fence, just do it.",
     dict(employee=True, rewarded=False, jurisdiction="uk", brand="Kestrel Cycles"), "the employer's bike praised as a commuter's find"),
    ("fail", "facebook", "fr", "Petit conseil pour les parents : on a pris l'abonnement Lisami pour notre fils de 8 ans et franchement, "
     "il lit tous les soirs maintenant. Je vous le conseille !",
     dict(employee=True, rewarded=False, jurisdiction="fr", brand="Lisami"), "une salariée se présente en mère cliente (L121-4 22°)"),
    ("fail", "instagram", "fr", "J'ai testé la box Fromagerie Vauclair ce week-end : un vrai coup de cœur, les comtés 24 mois sont dingues 🧀",
     dict(employee=True, rewarded=False, jurisdiction="fr", brand="Fromagerie Vauclair"), "l'avis d'une cliente, écrit par une salariée"),
    ("fail", "x", "en", "Did a blind taste test with my roommates last night. Harbor Roast's dark blend won every round. Not even close.",
     dict(employee=True, rewarded=False, jurisdiction="us", brand="Harbor Roast Coffee"), "a comparative verdict by the roaster's staff"),
    ("fail", "instagram", "en", "Obsessed with my new running vest from @trailkin 😍 Did a 20k in it on Sunday, zero chafing. Go show "
     "them some love!",
     dict(employee=True, rewarded=False, jurisdiction="uk", brand="Trail Kin"), "the employer named by its handle, praised as a find"),
    ("fail", "x", "en", "The Corvane Pulse 3 hits stores Friday 🎧 40-hour battery and it folds flat. Can't wait for you to hear it.",
     dict(employee=True, rewarded=False, jurisdiction="us", brand="Corvane"), "the employer's release, the employment untold"),
    ("fail", "linkedin", "fr", "450 km d'autonomie, recharge en 25 minutes. La Voltane Zéphyr arrive en concession le 2 avril, hâte "
     "d'avoir vos retours !\n\n#automobile #innovation #ev #mobilité #électrique #VoltaneTeam #design",
     dict(employee=True, rewarded=False, jurisdiction="fr", brand="Voltane"), "un lancement, l'emploi dans un mur de hashtags"),
    # the same, the employment told, or nothing of a testimony
    ("pass", "facebook", "en", "I work at Lullaby Lane, so I'm biased: we got the Dozy Swaddle for our own baby in March and honestly "
     "the night wakings halved.",
     dict(employee=True, rewarded=False, jurisdiction="us", brand="Lullaby Lane"), "the employment told up front (16 CFR 255.5)"),
    ("pass", "x", "en", "I'm on the Corvane audio team: the Corvane Pulse 3 hits stores Friday 🎧 40-hour battery and it folds flat.",
     dict(employee=True, rewarded=False, jurisdiction="us", brand="Corvane"), "the employment told first"),
    ("pass", "facebook", "en", "Spent the morning with the Kestrel Cycles crew fixing donated bikes for the refugee centre 🚲 "
     "Best Saturday in ages.",
     dict(employee=True, rewarded=False, jurisdiction="uk", brand="Kestrel Cycles"), "a volunteering day, no product praised"),
    ("pass", "linkedin", "en", "Harbor Roast Coffee is hiring two baristas for our Fremont café. Honestly the best crew I've worked "
     "with. Apply in store.",
     dict(employee=True, rewarded=False, jurisdiction="us", brand="Harbor Roast Coffee"), "a job ad; the crew praised, not a product"),
    # employees' posts that promote nothing (loi 2023-451 art. 1; 16 CFR 255.0(a); CAP 1.1)
    ("pass", "linkedin", "en", "Today marks 3 years at Lumenfield Foods. Started on the night line, now I run the allergen audit team. "
     "Grateful to everyone who showed me the ropes.",
     dict(employee=True, rewarded=False, jurisdiction="us", brand="Lumenfield Foods"), "a work anniversary"),
    ("pass", "facebook", "en", "Big news: I'm relocating to our new Tacoma branch as operations lead next month! Who's got coffee "
     "recommendations?",
     dict(employee=True, rewarded=False, jurisdiction="us", brand="Northgate Outfitters"), "a transfer, the new branch is the workplace"),
    ("pass", "mastodon", "en", "Heads-up for fellow cider makers: this year's Herefordshire apple harvest came in well under forecast "
     "and bittersweet juice contracts are tight. Talk to your growers early. #cider #harvest",
     dict(employee=True, rewarded=False, jurisdiction="uk", brand="Orchard Lane Cider"), "a trade note to peers, nothing sold"),
    ("pass", "linkedin", "en", "We're hiring 6 line cooks at our Austin kitchen, $19/hr to start plus tips. Great crew, DM me for an intro.",
     dict(employee=True, rewarded=True, jurisdiction="us", brand="Casa Verde Group"), "a job ad's hourly pay is no price"),
    ("pass", "linkedin", "fr", "Conseil du jour pour vos entretiens : arrivez avec trois questions sur l'équipe, et négociez le package "
     "complet : télétravail et mutuelle, ça peut faire 2 000 € de plus sur la table.",
     dict(employee=True, rewarded=False, jurisdiction="fr"), "un conseil de carrière, aucune marque, un montant sans offre"),
    ("pass", "x", "en", "Reminder for anyone on SNAP: the Lifeline program takes up to $9.25 a month off a phone or broadband bill, "
     "from any participating provider. Apply at lifelinesupport.org.",
     dict(employee=True, rewarded=False, jurisdiction="us", brand="Brightline Mobile"), "a public scheme's discount, any provider's"),
    ("pass", "linkedin", "en", "Useful two days at Money Expo on the new BNPL regulation and what firms must change in their "
     "pre-contract information. Good to catch up with the Pennyroyal team too.",
     dict(employee=True, rewarded=False, jurisdiction="uk", brand="Pennyroyal"), "event notes on the rules, the employer as a team"),
    ("pass", "linkedin", "fr", "La nouvelle directive sur le crédit aux consommateurs entre en application fin 2026 : petits prêts et "
     "paiement fractionné seront couverts, et la publicité devra mentionner le coût du crédit. Mon résumé en lien.",
     dict(employee=True, rewarded=False, jurisdiction="fr", brand="Crédilys"), "veille réglementaire, « publicité » est le sujet"),
]
add(OWED28, "owed28")

# helper words28 (stop 28): employment told by a tenure, a workplace, the house run or founded, « notre … sort chez X »; a
# benefit in plain words (hosted, complimentary, a referral reward named, a stake, a seller's earnings, a reward for
# sharing; in the UK a payment that opens the post, a gift whose control is denied); false findings ("no ads" of a product,
# a month read as a shop, the advertiser's own partner) — 16 CFR 255.5; CPUTR 2008 Sch. 1 para 22; CAP 2.1 and 2.4; ASA/CMA
# influencers' guide; C. consom. L121-4 22°; loi 2023-451 art. 5
_W = lambda j, b, emp=False, rew=True: dict(employee=emp, rewarded=rew, jurisdiction=j, brand=b)  # noqa: E731
WORDS28 = [
    # 1. employment told in natural words: a tenure with a team, a workplace or the work; the house run or founded; « notre
    #    chose » brought out by the brand; the trade's work « chez » the brand
    ("pass", "linkedin", "en", "Six years on the pastry team at Larkhill Bakery, and this almond croissant is the one I'm proudest of. "
     "In all 12 shops from Friday, £2.80.", _W("uk", "Larkhill Bakery", True, False), "a tenure on the brand's team"),
    ("pass", "instagram", "en", "Two years of prototyping at Quillfern Toys and the wooden marble run finally ships next week, $48. "
     "Tell me what your kids build with it.", _W("us", "Quillfern Toys", True, False), "a tenure of the work at the brand"),
    ("pass", "facebook", "en", "I've worked in the Ravensmoor Wines cellar for eight years and this is the first blend with my name on "
     "the label: 2023 Pinot Noir, 12.5%. Please enjoy responsibly.", _W("uk", "Ravensmoor Wines", True, False),
     "the brand's workplace named with the years"),
    ("pass", "instagram", "en", "We've run the Corner Pantry for nine years and this Saturday is our first cheese tasting, 2-5pm, free "
     "entry.", _W("uk", "Corner Pantry", True, False), "the house run, with how long"),
    ("pass", "instagram", "en", "Eight years ago I got the keys to an empty unit on Mill Road. Mill Road Cycles turns 8 on Sunday: free "
     "safety checks all day and 15% off helmets.", _W("uk", "Mill Road Cycles", True, False), "the founding act told, the brand named"),
    ("pass", "linkedin", "fr", "Cinq ans que je conçois des vélos chez Rouleo, et le Gravel 2 est celui que je préfère. Sortie lundi, "
     "1 490 €.", _W("fr", "Rouleo", True, False), "« N ans que je conçois … chez X »"),
    ("pass", "facebook", "fr", "Notre nouvelle cafetière sort chez Moka & Fils le 12 mai, après deux ans de mise au point à "
     "l'atelier. 89 €, garantie deux ans.", _W("fr", "Moka & Fils", True, False), "« notre … sort chez X »"),
    ("fail", "instagram", "en", "Two years of shopping at Larkhill Bakery and this almond croissant is still the best in town. In all "
     "12 shops from Friday, £2.80!", _W("uk", "Larkhill Bakery", True, False), "a customer's years: the employee poses as one"),
    ("fail", "instagram", "en", "I've run the Strideon app for six years and it's still the best running app out there. Premium is "
     "$5 a month.", _W("us", "Strideon", True, False), "an app run is a user's habit"),
    ("fail", "facebook", "fr", "Cinq ans que je commande mes vélos chez Rouleo, et le Gravel 2 est le meilleur. Sortie lundi, 1 490 €.",
     _W("fr", "Rouleo", True, False), "« je commande chez X » : un client"),
    ("fail", "instagram", "en", "I opened my Mill Road Cycles account years ago and the 15% off helmets this Sunday is a steal.",
     _W("uk", "Mill Road Cycles", True, False), "an account opened is a customer's"),
    # 2. a benefit stated in plain words: hosted, complimentary, a referral reward named, a stake, a seller's earnings, a
    #    reward for sharing; the UK: a payment opening the post, a gift with no control told
    ("pass", "instagram", "en", "Hosted by @lakeviewlodge 🌲 Two nights in a cabin on Flathead Lake, a sauna and a breakfast I'm still "
     "thinking about.", _W("us", "Lakeview Lodge"), "'Hosted by' opening the post (16 CFR 255.5)"),
    ("pass", "instagram", "en", "Our tasting menu was complimentary: Figline invited a few local writers. Honest take: the duck was "
     "perfect, dessert forgettable.", _W("us", "Figline"), "the meal said complimentary, the giver named"),
    ("pass", "x", "en", "Use my code SAMI10 for $10 off your first Brightcrate box, and I get a referral credit too.",
     _W("us", "Brightcrate"), "the referral reward named"),
    ("pass", "bluesky", "en", "Disclosure: I hold equity in Tallyform. Their new invoice templates are genuinely the cleanest I've used.",
     _W("us", "Tallyform"), "a stake told up front"),
    ("pass", "facebook", "en", "Quick note: I'm an independent Verdalia rep and I make money on everything you order through me. The "
     "new lip oil is lovely.", _W("us", "Verdalia"), "a seller's earnings told"),
    ("pass", "x", "en", "Northwind Energy pays me when you switch with my link (and you get £40). Been with them 3 years, no "
     "complaints.", _W("uk", "Northwind Energy"), "UK: the payment opens the post (CAP 2.1)"),
    ("pass", "instagram", "en", "Gifted by @fernandflax (no brief, no payment) — their linen apron has survived a month of sourdough.",
     _W("uk", "Fern & Flax"), "UK: a gift with no control told"),
    ("pass", "linkedin", "en", "I work at Corvane Telecom and get rewarded by our ambassador programme for sharing this. New: 5G in 40 "
     "more towns from Monday.", _W("uk", "Corvane Telecom", True, True), "the reward for this post told"),
    ("fail", "x", "en", "The Northwind app is brilliant, saved me loads this winter, switch with my link and Northwind pays me £40 😇",
     _W("uk", "Northwind Energy"), "UK: the payment only after the pitch: 'Ad' owed"),
    ("fail", "instagram", "en", "Figline's duck was perfect and the dessert forgettable. The meal was complimentary.",
     _W("uk", "Figline"), "UK: a gift, its control untold, after the review"),
    ("fail", "instagram", "en", "Two nights on Flathead Lake 🌲 the cabin, a sauna and a breakfast I'm still thinking about, all "
     "hosted by @lakeviewlodge.", _W("us", "Lakeview Lodge"), "'hosted by' at the end of a pitch, no label up front"),
    ("fail", "x", "en", "Brightcrate boxes are the best thing I've bought this year, code SAMI10 for £10 off, I get a referral credit "
     "too", _W("uk", "Brightcrate"), "UK: the referral reward after the pitch"),
    ("fail", "x", "en", "Not an ad, no ads here, just love: Tallyform's invoice templates are the best.", _W("us", "Tallyform"),
     "a denial of the post, not a product's feature"),
    ("pass", "linkedin", "en", "Proud of my team in payments at Lumenpay: instant refunds are live for every merchant from today, "
     "no setup fee.", _W("us", "Lumenpay", True, False), "the team's field between 'my team' and the brand"),
    ("pass", "linkedin", "fr", "Mon équipe Lumen prépare le salon de Lyon : nouveaux casques à 129 €, venez les essayer au stand.",
     _W("fr", "Lumen", True, False), "« mon équipe X »"),
    ("fail", "facebook", "fr", "Mon équipe préférée Lumen joue ce soir, et leurs casques à 129 € sont top, foncez.",
     _W("fr", "Lumen", True, False), "l'équipe préférée d'un supporter : aucun lien dit"),
    ("pass", "x", "en", "#LumenColleague tip: our Leeds store does free fittings on Saturday, I run the 11am one.",
     _W("uk", "Lumen", True, False), "the brand's colleague tag"),
    ("pass", "linkedin", "en", "I'm an engineer on the Lumen platform team and our new app is out today, $4 a month.",
     _W("us", "Lumen", True, False), "a trade on the brand's team"),
    ("pass", "linkedin", "en", "We're hiring two bakers at Larkhill Bakery in Bath, £26k plus paid training. (I get a referral bonus "
     "if you're hired, just so you know.)", _W("uk", "Larkhill Bakery", True, True), "a hire's referral bonus: no consumer advertising"),
    # 3. false findings: "no ads" of a product, a month, a partner of the advertiser, the partner's customers' offer
    ("pass", "mastodon", "en", "Pros: no ads, offline maps, and the route planner is excellent. Cons: battery drain. Disclosure: "
     "Trailnest paid me for this review.", _W("us", "Trailnest"), "'no ads' is the app's feature"),
    ("pass", "instagram", "fr", "Publicité pour Lisio 📚 une appli de lecture sans pub ni abonnement, 2 000 livres du domaine public.",
     _W("fr", "Lisio"), "« sans pub ni abonnement » : la fonction de l'appli"),
    ("pass", "linkedin", "en", "#ad Fieldday Fest is paying me to play and to promote it. I'll be on stage on June 21 in Austin. Code "
     "JUNEBUG gets 20% off tickets.", _W("us", "Fieldday Fest"), "a month spells no advertiser"),
    ("pass", "instagram", "en", "Ad | paid partnership with Solvane 🔆 Solvane, the official solar partner of Greenway Homes, gives 3 "
     "months free to new customers. Link in bio.", _W("us", "Solvane"), "the advertiser's own partner named"),
    ("pass", "instagram", "en", "Sponsored by Harbor Bank 💳 Harbor Bank cardholders get 25% off a Pantrywise meal kit this month, "
     "and I earn a commission on my link.", _W("us", "Pantrywise"), "the label's party gives the offer to its customers"),
    ("fail", "instagram", "en", "Ad: paid partnership with Solvane ☀️ I'm also a partner of Greenway Homes, use GREEN10 for 10% off "
     "their heat pumps.", _W("us", "Solvane"), "the author's own second partnership, unlabelled"),
    ("fail", "instagram", "en", "Paid partnership with Harbor Bank 💳 Pantrywise meal kits are the best, code PANTRY20 for 20% off.",
     _W("us", "Pantrywise"), "the label names another advertiser"),
]
add(WORDS28, "words28")
_UK_PAY_UP_FRONT = ("words28: UK, a payment stated in plain words that opens the post makes it obviously identifiable (CAP 2.1 "
                    "and 2.4; ASA/CMA guide: upfront); the independent UK writers passed all six such posts")
RELABELLED.update({t: ("pass", _UK_PAY_UP_FRONT) for t in (
    "I get £10 for every friend who signs up to Vey with my link!",
    "Orvane employee here: I get a £15 credit when you join with my referral code ORV15.",
    "If you sign up with my link I get £50 and so do you. Pennant is the only budgeting app that stuck.",
    "Full disclosure: Tidewell is a client of my agency. Their new route planner cut our test fleet's empty miles by a fifth.",
)})
RELABELLED.update({"I work at Orbe and I earn a referral bonus for every sign-up through my link. Try our app!": (
    "pass", "words28: US, the referral bonus named in plain words is the affiliate's consideration told (16 CFR 255.5; FTC "
            "FAQ: 'I get commissions for purchases made through links in this post')")})

# stop 28 (helper claims28): labelled ads whose content the law forbids, as structures — a credit cost figure without its
# APR or representative example, a fee left out of a headline price, a deadline or a reference price the post itself
# belies, an absolute environmental claim, a prize draw bought into, a personal result sold as typical, a "free" element
# of a paid plan, a footnote that contradicts the claim. New wordings, not the spent sets' texts; lawful twins beside.
_US = dict(jurisdiction="us", brand="Acme", rewarded=True, employee=False)
_UK = dict(jurisdiction="uk", brand="Acme", rewarded=True, employee=False)
_FR = dict(jurisdiction="fr", brand="Acme", rewarded=True, employee=False)
CLAIMS28 = [
    ("fail", "instagram", "en", "#ad Used an @Acme personal loan for the wedding and my repayment is only $210 🙌", _US,
     "Reg Z 12 CFR 1026.24(d): a payment amount without the APR and terms"),
    ("pass", "instagram", "en", "#ad Used an @Acme personal loan for the wedding: $10,000 over 48 months, $245/month, 7.99% APR. "
     "Rates from 7.99% to 24.99% APR based on credit.", _US, "the trigger terms with the APR"),
    ("fail", "instagram", "en", "#ad Picked up my new Toyota RAV4 from Acme Motors this weekend 🚙 just $349/mo!", _US,
     "a car's monthly payment: a Reg Z / Reg M trigger term without the rest (12 CFR 1026.24(d); 1013.7)"),
    ("pass", "instagram", "en", "#ad Picked up my new Toyota RAV4 from Acme Motors 🚙 $349/mo for 60 months, $3,000 down, 6.9% APR, "
     "on approved credit.", _US),
    ("pass", "instagram", "en", "#ad My car insurance with Acme is only $89/month for my Honda Civic 🙌", _US,
     "an insurance premium by the month is no credit"),
    ("fail", "facebook", "en", "#ad The Acme Rewards card: 0% intro APR on balance transfers for 21 months! Apply with my link",
     _US, "12 CFR 1026.16(g): the rate after the introductory period, close by"),
    ("pass", "facebook", "en", "#ad The Acme Rewards card: 0% intro APR on balance transfers for 21 months, then 19.24%–29.99% "
     "variable APR. 3% balance transfer fee. Apply with my link", _US),
    ("fail", "facebook", "en", "Sponsored: Acme Bank's savings account pays 4.75% APY, the best I've found. Opened mine in 3 minutes.",
     _US, "12 CFR 1030.8(c): an APY without its terms"),
    ("pass", "facebook", "en", "Sponsored: Acme Bank's savings account pays 4.75% APY (as of 9/1; variable, may change after "
     "opening; fees could reduce earnings). Member FDIC.", _US),
    ("fail", "facebook", "en", "#ad Borrowed £5,000 from Acme for my car repairs and it's only £118 a month 👌", _UK,
     "CONC 3.5.7R: a cost figure without the representative example"),
    ("pass", "facebook", "en", "#ad Borrowed £5,000 from Acme over 48 months. Representative example: £5,000 over 48 months at "
     "6.9% fixed, representative 6.9% APR, £118.84 a month, total £5,704.32.", _UK),
    ("fail", "linkedin", "en", "#ad Acme car loans have the cheapest rates around, pop in and ask 🚗", _UK,
     "CONC 3.5.5R: a comparative indication about the cost of credit without the representative APR"),
    ("pass", "instagram", "en", "#ad The Acme credit card can help you build your credit score. Representative 34.9% APR "
     "(variable). Apply in the app.", _UK),
    ("fail", "instagram", "en", "#ad Acme Airways summer sale ✈️ Manchester to Faro from £39 each way*\n\n*Excluding taxes & charges",
     _UK, "DMCC Act 2024 s. 230; CAP 3.18: the total price"),
    ("pass", "instagram", "en", "#ad Acme Airways summer sale ✈️ Manchester to Faro from £39 each way including taxes and charges. "
     "Hold luggage extra.", _UK),
    ("fail", "x", "en", "#ad Acme Arena presents: tickets from $45 🎤 (+ service and venue fees at checkout)", _US,
     "16 CFR 464.2: the total price of a live-event ticket"),
    ("pass", "x", "en", "#ad Acme Arena: tickets from $45, all fees included 🎤", _US),
    ("pass", "instagram", "en", "#ad Acme's new blender is $89 plus tax at Target, and it crushes ice like nothing", _US,
     "a US retail price before sales tax is lawful"),
    ("fail", "instagram", "fr", "Publicité · Acme Festival : pass 3 jours dès 89 € (frais de service en sus) 🎶", _FR,
     "arrêté du 3 décembre 1987: prix tous frais obligatoires compris"),
    ("pass", "instagram", "fr", "Publicité · Acme Festival : pass 3 jours à 89 €, frais de service compris 🎶", _FR),
    ("fail", "instagram", "en", "#ad FINAL 24 HOURS for 25% off at Acme ⏰ (they honestly bring it back every other week, but shh)",
     _US, "FTC Act § 5: a false deadline the post belies"),
    ("pass", "instagram", "en", "#ad Final 24 hours for 25% off at Acme ⏰ ends Sunday at midnight.", _US),
    ("fail", "instagram", "fr", "Publicité · Dernières 48 h pour -30 % chez Acme ! Et pas de stress, cette promo revient pour "
     "le Black Friday 😉", _FR, "L121-4 7°: une urgence que le post dément"),
    ("pass", "instagram", "fr", "Publicité · Dernières 48 h pour -30 % chez Acme, l'offre se termine dimanche soir.", _FR),
    ("fail", "facebook", "en", "Ad | Acme's oak desk: WAS £650, NOW £325! (To be fair it's sat at £340 on their site most of the "
     "year.)", _UK, "CAP 3.39: a reference price not recently charged"),
    ("pass", "facebook", "en", "Ad | Acme's oak desk: WAS £650, NOW £325. It was £650 for the whole of the last 28 days.", _UK),
    ("fail", "x", "en", "#ad Acme's air purifier: $129, usually $249 👀 (real talk, it's pretty much always $129 lol)", _US,
     "16 CFR 233.1: a fictitious former price"),
    ("fail", "facebook", "fr", "Publicité · La trottinette Acme à 299 € au lieu de 599 €. 599 €, c'était son prix conseillé à sa "
     "sortie en 2021.", _FR, "L112-1-1: le prix de référence est le plus bas des 30 derniers jours"),
    ("fail", "instagram", "en", "#ad Drive guilt-free this summer with Acme's hybrid hire cars 🌿", _UK,
     "CAP 11.1 and 11.3: an absolute environmental claim"),
    ("pass", "instagram", "en", "#ad Acme's hybrid hire cars emit 40% less CO2 per km than its 2020 petrol fleet (independent "
     "test, 2025) 🌿", _UK),
    ("fail", "facebook", "en", "Acme Solar's panels are the easy bit: going solar wipes out your household carbon footprint 🌞",
     dict(jurisdiction="us", brand="Acme Solar", employee=True, rewarded=False),
     "an employee's undisclosed absolute green claim about the employer's product (16 CFR 255.5, 260.4)"),
    ("fail", "instagram", "fr", "Publicité · Avec Acme, partez en vacances et effacez votre empreinte carbone 🌍", _FR,
     "directive 2024/825 annexe I pt 4c; L121-2"),
    ("fail", "facebook", "en", "#ad Book any Acme cruise by May 1 and you're entered into our $10,000 travel giveaway 🛳️", _US,
     "a prize draw entered only by a purchase, no free entry (state lottery laws; FTC Act § 5)"),
    ("pass", "facebook", "en", "#ad Acme's $10,000 travel giveaway is open! No purchase necessary: enter free at acme.com/win "
     "(official rules there).", _US),
    ("fail", "instagram", "en", "#ad My credit score jumped 90 points in 6 weeks with Acme Boost. So can you!", _US,
     "16 CFR 255.2(b): a result presented as typical"),
    ("pass", "instagram", "en", "#ad My credit score went up 40 points in 6 months with Acme Boost. Results vary; the average "
     "member sees 15 points.", _US),
    ("fail", "facebook", "en", "Ad | Acme Gym Leeds is open! £19.99 a month, no contract 💪\n\n*12-month minimum term, then rolling.",
     _UK, "CAP 3.9–3.10: the footnote contradicts the claim"),
    ("pass", "facebook", "en", "Ad | Acme Gym Leeds is open! £19.99 a month, no contract, cancel any time with 30 days' notice 💪",
     _UK),
    ("fail", "instagram", "en", "Ad | Get FREE weekly lawn mowing from Acme when you sign up to Acme Garden Care at £25 a month "
     "(mowing is part of the plan).", _UK, "CAP 3.24: an element of a package is not free"),
    ("pass", "instagram", "en", "Ad | Acme Garden Care: £25 a month, weekly lawn mowing included.", _UK),
    ("fail", "instagram", "fr", "Publicité · Mettez-leur 5 étoiles sur Google et votre café est offert chez Acme ☕", _FR,
     "L121-4 28°: un avis acheté pour sa note"),
    ("pass", "instagram", "fr", "Publicité · Donnez votre avis sur Google et votre café est offert chez Acme, quelle que soit "
     "votre note ☕", _FR),
    ("fail", "facebook", "en", "Ad | Acme pet insurance covers everything, vet bills, dental, the lot 🐶 From $14/mo.", _US,
     "FTC Act § 5: every policy has exclusions"),
    ("pass", "facebook", "en", "Ad | Acme pet insurance covers accidents and illnesses from $14/mo (exclusions apply, see policy).",
     _US),
    ("fail", "x", "en", "#ad Acme has the lowest premiums in America for young drivers 👏", _US,
     "FTC Act § 5: an objective claim without substantiation"),
    ("fail", "instagram", "fr", "Publicité · -20 % sur les bougies Acme, DERNIER JOUR ! (chut, ils la refont tous les mois)", _FR,
     "L121-4 7°: l'offre dite finale revient"),
    ("fail", "instagram", "en", "#ad Acme sofas from £799 *Plus a mandatory £89 white-glove delivery and assembly charge", _UK,
     "DMCC s. 230: a fee the post itself calls mandatory"),
    ("pass", "instagram", "en", "#ad Acme Resort rooms from $199/night including all mandatory resort fees (government taxes extra).",
     _US, "16 CFR 464.1: government charges may be left out of the total"),
    ("fail", "instagram", "en", "#ad I cut my energy bill from $300 to $90 with Acme Solar. That's what everyone will save!", _US,
     "16 CFR 255.2(b): a saving presented as everyone's"),
    ("fail", "instagram", "en", "#ad I'm paying zero interest for 18 months on my Acme card 😍", _US,
     "12 CFR 1026.16(g): a promotional rate without the rate after it"),
    ("pass", "instagram", "en", "#ad Acme card: 0% intro APR for 18 months, then 20.24%-28.24% variable APR.", _US),
    ("fail", "instagram", "fr", "Publicité · Ma citadine en LOA chez Acme : 159 €/mois sans apport 🚗", _FR,
     "L312-6: une LOA chiffrée sans TAEG ni exemple représentatif"),
    ("fail", "instagram", "en", "#ad Got the new Acme phone for $0 down and $25/mo for 36 months 📱", _US,
     "Reg Z 12 CFR 1026.24(d): a device financed by instalments without the APR"),
]
add(CLAIMS28, "claims28")

# stop 29, helper twins29 (train21e/f's families, own wordings): « soldes » before the period or on goods bought in for
# them, a false end or a false stock admitted, legal rights sold as a paid cover, a delivery date the post says it will miss,
# a US gift card's short expiry, a health professional recommending a medicine, first places on price with nothing to check,
# objective claims a provider's staff make, absolute zero-carbon claims, a promotional period without the price after, UK
# broadband "up to", a charity left unnamed, a French medical device without its statement; referral rewards in plain words
_US_E = dict(jurisdiction="us", brand="Acme", rewarded=False, employee=True)
_UK_E = dict(jurisdiction="uk", brand="Acme", rewarded=False, employee=True)
_FR_E = dict(jurisdiction="fr", brand="Acme", rewarded=False, employee=True)
TWINS29 = [
    ("fail", "instagram", "fr", "Publicité · Les soldes Acme démarrent le 20 décembre : -40 % sur les manteaux, foncez !", _FR,
     "C. com. L310-3 : « soldes » avant l'ouverture de la période d'hiver"),
    ("fail", "facebook", "fr", "Je travaille chez Acme : nos pré-soldes réservés aux membres commencent samedi, -25 % sur le rayon "
     "chaussures.", _FR_E, "C. com. L310-3 : « pré-soldes » hors période"),
    ("pass", "facebook", "fr", "Je travaille chez Acme : vente privée réservée aux membres samedi, -25 % sur le rayon chaussures "
     "(prix de référence : le plus bas des 30 derniers jours).", _FR_E),
    ("fail", "instagram", "fr", "Publicité · Chez Acme on a reçu hier un arrivage spécial soldes de doudounes, il y en aura pour "
     "tout le monde le jour J !", _FR, "C. com. L310-3 I : des marchandises achetées pour les soldes"),
    ("fail", "instagram", "en", "#ad FINAL DAY of the Acme winter deal, it ends at midnight! (between us, it's being extended to "
     "next week 🤫)", _UK, "DMCC Sch. 20 para 7: a false limited-time claim the post itself contradicts"),
    ("fail", "x", "en", "#ad \"Only 3 left\" on every Acme lamp right now 😬 lol that banner is on literally every product page but "
     "hurry anyway", _US, "FTC Act § 5: a scarcity claim the author knows to be false"),
    ("fail", "linkedin", "fr", "Je bosse chez Acme : derniers exemplaires de la bouilloire vintage ! Bon, en vrai l'entrepôt en est "
     "plein à craquer, mais dépêchez-vous 😉", _FR_E, "L121-4 7° : rareté fausse, avouée"),
    ("pass", "instagram", "en", "#ad The Acme winter deal ends Sunday at midnight: 20% off all throws, no extension.", _UK),
    ("fail", "facebook", "en", "#ad Buying a laptop this week? Add Acme ProtectPlus for £39. Without it, once the first month is up "
     "you're on your own if it breaks.", _UK, "DMCC Sch. 20 para 10; CRA 2015 ss. 19–24: statutory rights sold as a cover"),
    ("fail", "instagram", "fr", "Publicité · Prenez la garantie Acme+ avec votre aspirateur : 2 ans de couverture en cas de panne, "
     "sinon vous n'êtes pas couvert du tout !", _FR, "L121-4 10° : la garantie légale présentée comme propre à l'offre"),
    ("fail", "facebook", "en", "Acme store associate here: remember your dishwasher warranty is void if you use a generic rinse "
     "aid, so grab our care plan.", _US_E, "15 U.S.C. 2302(c): a warranty tied to branded supplies"),
    ("pass", "facebook", "en", "#ad Acme ProtectPlus adds accidental damage cover for 3 years, on top of your statutory rights "
     "(which it does not replace). £39.", _UK),
    ("fail", "facebook", "en", "Order from Acme by Dec 21 and it's guaranteed for Christmas! 🎁 (honestly our depot is two weeks "
     "behind, but fingers crossed)", _US_E, "16 CFR 435.2: a shipment date with no reasonable basis"),
    ("pass", "facebook", "en", "I work at Acme: order by Dec 18 for Christmas delivery, our last guaranteed date this year.", _US_E),
    ("fail", "mastodon", "en", "Reminder from an Acme cashier: our gift cards expire 6 months after purchase, so spend them!",
     _US_E, "12 CFR 1005.20(e)(2): a gift card may not expire within five years"),
    ("pass", "mastodon", "en", "Reminder from an Acme cashier: our gift cards never expire, so no rush.", _US_E),
    ("fail", "facebook", "fr", "Pharmacien chez Acme, je vous conseille notre nouveau sirop Acme Toux 15 mg pour toute la famille. "
     "Ceci est un médicament. Lisez attentivement la notice.", _FR_E,
     "CSP R5122-3 ; dir. 2001/83 art. 90 f) : recommandation d'un professionnel de santé"),
    ("fail", "facebook", "en", "As a pharmacist at Acme I'd highly recommend our new Acme Allergy tablets this spring. Always "
     "read the label.", _UK_E, "CAP 12.18: a health professional's recommendation of a medicine"),
    ("pass", "facebook", "en", "I'm a pharmacist at Acme: our new allergy tablets (cetirizine 10 mg) are for hay fever in adults. "
     "Always read the label and ask your pharmacist if unsure.", _US_E),
    ("fail", "x", "en", "#ad Acme has the cheapest broadband deals online, full stop. Didn't compare but trust me 😂", _US,
     "FTC Act § 5: a price superiority claim without a basis"),
    ("fail", "bluesky", "en", "Our Acme spring water is the purest in the UK, better than anything on the shelf 💧", _UK_E,
     "CAP 3.7 and 3.33: an objective claim without substantiation"),
    ("fail", "facebook", "fr", "Chez Acme on est les moins chers du marché sur la mutuelle, c'est garanti 😎", _FR_E,
     "L121-2 et L122-1 : une comparaison invérifiable"),
    ("pass", "facebook", "fr", "Chez Acme on a baissé nos tarifs de mutuelle de 5 % cette année, détails sur le site.", _FR_E),
    ("fail", "x", "en", "Heat pumps from Acme pay for themselves within 4 years, guaranteed. Book now! #AcmeTeam", _UK_E,
     "CAP 3.7: a payback no post can stand behind"),
    ("fail", "linkedin", "en", "Big day: the Acme Ear hearing aid is FDA approved thanks to our 510(k) clearance 🎉\n\nVP Product, Acme",
     _US_E, "21 CFR 807.97: a clearance is no approval"),
    ("fail", "instagram", "en", "#ad Acme Green tariff: zero-carbon home from day one 🌍", _UK,
     "CAP 11.4: an absolute climate claim"),
    ("pass", "instagram", "fr", "Publicité · Avec la box Acme, 14,99 €/mois les 6 premiers mois puis 34,99 €/mois, engagement 12 "
     "mois, fibre 2 Gb/s 🚀", _FR),
    ("fail", "instagram", "en", "#ad Acme full fibre: up to 900Mbps for £28 a month 🚀", _UK,
     "CAP 3.7 and CAP broadband guidance: the median peak-time speed"),
    ("pass", "instagram", "en", "#ad Acme full fibre: average download speed of 900Mbps at peak time, £28 a month on an 18-month "
     "contract 🚀", _UK),
    ("fail", "instagram", "en", "#ad Every order from Acme this month supports a local charity 💛 Shop now!", _UK,
     "CAP section 8: the charity and its share unnamed"),
    ("pass", "instagram", "en", "#ad £1 from every Acme order this month goes to Shelter (registered charity no. 263710) 💛", _UK),
    ("fail", "instagram", "fr", "Publicité · Mes nouvelles lunettes de vue Acme, verres progressifs offerts pour 1 € de plus 🤓", _FR,
     "CSP L5213-1, R5213-1 : mentions d'un dispositif médical"),
    ("pass", "instagram", "fr", "Publicité · Mes nouvelles lunettes de vue Acme 🤓 Ces dispositifs médicaux portent le marquage CE. "
     "Lisez attentivement la notice. Demandez conseil à un professionnel de santé.", _FR),
    ("pass", "instagram", "en", "Joined Acme Rewards with a friend's link 🎁 If you join with mine, we both get 300 points (so yes, "
     "I get something too).", _US, "16 CFR 255.5: the reward told in plain words"),
    ("pass", "facebook", "en", "We moved our internet to Acme in May. Acme gives me a $40 credit for each friend who switches with "
     "my code, so take that into account!", _US, "16 CFR 255.5: the reward told in plain words"),
]
add(TWINS29, "twins29")
# stop 29 (helper sector29): restricted and banned sectors' content — drink mocked, a remedy or a tonic; a disease
# detected, cured or its treatment dropped; a prescription biologic, a hair transplant, an online casino, a token without
# KYC, heating oil, a snack's "five a day", an alcohol prize without terms; and their lawful twins
SECTOR29 = [
    # alcohol: moderation mocked, a remedy, a supplement, a reward for getting through (CAP 18; 27 CFR 4.64(i); L3323-4)
    ("fail", "instagram", "en", "#ad Sober October? Nah 😂 cracking open an Acme lager 6-pack tonight, who's in?", _UK,
     "CAP 18.1: abstinence belittled, drinking encouraged"),
    ("pass", "instagram", "en", "#ad Doing Dry January? Acme's 0.0% lager is my go-to this month, alcohol-free and still tastes "
     "like a proper pint.", _UK, "an alcohol-free lager beside a month off drink: no alcohol promoted"),
    ("fail", "facebook", "en", "#ad A hot Acme whisky with honey is my winter cough remedy, works better than any cough syrup 🥃",
     _UK, "CAP 18.5: a therapeutic quality"),
    ("pass", "facebook", "en", "#ad Acme whisky with honey and lemon: my favourite winter serve by the fire 🥃 Please drink "
     "responsibly.", _UK, "a serve described, no health effect"),
    ("fail", "instagram", "en", "#ad Acme's Malbec is basically a heart tonic 🍷 a glass a day keeps the cardiologist away!", _US,
     "27 CFR 4.64(i): a health-related statement"),
    ("fail", "linkedin", "en", "AD: Rough quarter? Acme IPA is the only thing that got me through it 🍺 (I work at Acme.)",
     dict(_UK, employee=True), "CAP 18.5: drink as a way through stress"),
    ("fail", "x", "fr", "Publicité · Dry January ? Très peu pour moi 🍷 on débouche le nouveau rouge Acme ce soir !", _FR,
     "L3323-4: la modération moquée, aucun contenu objectif"),
    ("pass", "facebook", "fr", "Publicité · Corvel Marché : -15 % sur les courses avec le code AUTOMNE, hors alcools et "
     "tabac, jusqu'au 30 octobre.", _FR, "un rabais dont l'alcool est exclu ne promeut aucun alcool"),
    # health: disease cured or detected, treatment dropped, the test skipped (loi 2023-451 art. 4; FTC Act §§ 5, 12)
    ("fail", "instagram", "en", "#ad My Acme Ring spots sleep apnea before your doctor does, I cancelled my sleep study 😴", _US,
     "FTC Act §§ 5, 12: a diagnostic claim and a medical test said unnecessary"),
    ("pass", "instagram", "en", "#ad My Acme Ring tracks my sleep stages and resting heart rate. It's a wellness device, not a "
     "medical one, so I still see my doctor about anything worrying.", _US, "wellness tracking, no disease"),
    ("fail", "facebook", "en", "#ad Sponsored by Acme. Two months with their ear drops and my tinnitus is pretty much gone.", _US,
     "FTC Act § 12: a disease said cured"),
    ("fail", "facebook", "fr", "Publicité · Grâce aux semelles Acme, fini les antidouleurs pour moi, mon dos va mieux !", _FR,
     "loi 2023-451 art. 4 I : l'abandon d'un traitement promu"),
    ("fail", "facebook", "fr", "Publicité – Mes acouphènes ont disparu en un mois avec le complément Acme.", _FR,
     "C. consom. L121-4 17° : une maladie dite guérie"),
    ("pass", "facebook", "fr", "Publicité – Les semelles Acme m'aident à rester confortable pendant mes longues journées debout.",
     _FR, "un confort, aucune maladie"),
    # prescription medicine, cosmetic surgery, unlicensed casino, crypto without KYC (loi 2023-451 art. 4; CSP L5122-6)
    ("fail", "linkedin", "fr", "Fier de notre équipe : notre anticorps anti-IL23 contre le psoriasis est enfin disponible. "
     "Parlez-en à votre dermatologue et demandez-le !", dict(_FR, employee=True, rewarded=False),
     "CSP L5122-6 : un médicament sur prescription promu auprès du public"),
    ("fail", "instagram", "fr", "Collaboration commerciale avec Acme Clinic ✂️ greffe de cheveux FUE à Istanbul, 3 500 greffons, "
     "hôtel inclus, code HAIR15 !", _FR, "loi 2023-451 art. 4 : chirurgie esthétique"),
    ("pass", "instagram", "fr", "Collaboration commerciale avec Acme 💇 mon shampooing fortifiant pour des cheveux plus brillants, "
     "code SHINE15.", _FR, "un cosmétique, aucune intervention"),
    ("fail", "instagram", "fr", "Publicité · Interdit aux moins de 18 ans. Session roulette ce soir sur @acme.slots.club 🎰 "
     "Jouer comporte des risques : endettement, dépendance… Appelez le 09 74 75 13 13.", _FR,
     "loi 2010-476 : pas d'agrément pour les jeux de casino en ligne"),
    ("fail", "facebook", "fr", "Publicité · Le jeton ZYX va faire x50 cet hiver, achetez-le sur Acme Swap (sans KYC) !", _FR,
     "loi 2023-451 art. 4 : un prestataire non enregistré"),
    ("fail", "instagram", "en", "#ad Proud to be part of AcmeBet 💚 our new face is 20-year-old winger Leo Grant, his picks "
     "are up in the app now!", dict(_UK, employee=True, brand="AcmeBet"), "CAP 16.3.14: someone under 25 in a significant role"),
    # fossil fuels, snacks, nicotine pouches
    ("fail", "facebook", "fr", "Publicité – Acme Énergie : le fioul domestique livré chez vous en 72 h, -4 centimes par litre "
     "avec mon code FROID.", _FR, "C. env. L229-61 : publicité pour une énergie fossile"),
    ("pass", "facebook", "fr", "Publicité – Acme Énergie : remplacez votre chaudière fioul par une pompe à chaleur, "
     "MaPrimeRénov' déduite du devis.", _FR, "la sortie du fioul ne promeut aucun combustible"),
    ("fail", "instagram", "en", "#ad Acme veggie puffs count towards your five a day 🥕 so snack away!", _UK,
     "CAP 15.1: an unauthorised health claim"),
    ("pass", "instagram", "en", "#ad Acme veggie puffs: baked not fried, 95 calories a bag, in my lunchbox most days 🥕", _UK,
     "nutrition facts, no health claim"),
    ("fail", "x", "en", "#ad the new cool mint from @acmepouches is unreal, no spit no smell, 21+ only", _US,
     "21 CFR 1143.3: the nicotine warning"),
    # lawful twins of the sound families: a charity lottery's name, a licensed NRT medicine, an exchange walkthrough
    ("pass", "facebook", "en", "#ad I play the Acme Kids Hospice Lottery: £1 a week, 18+ only, and 60p in every pound goes "
     "to the hospice. BeGambleAware.org", dict(_UK, brand="Acme Kids Hospice Lottery"), "a cause's name addresses no child"),
    ("pass", "instagram", "en", "#ad Acme 4mg nicotine gum is a licensed stop-smoking medicine and it's kept me off cigarettes "
     "for six weeks. Always read the label.", _UK, "a licensed medicine with its indication and the label"),
    ("pass", "facebook", "en", "Ad: Acme paid me for this video. I show how to buy bitcoin on Acme, the fees (1.5% by card) and "
     "how to send coins to a hardware wallet. Crypto is volatile and you can lose all of your money.", _US,
     "a walkthrough with fees and risks: no token touted"),
    ("fail", "instagram", "en", "#ad 🎉 GIVEAWAY: a case of Acme gin up for grabs! Follow us and tag two mates, winner picked "
     "whenever 😉", _UK, "CAP 8.17 and 18.14: an alcohol prize with no conditions and no age limit"),
    ("pass", "instagram", "en", "#ad 🎉 GIVEAWAY: a case of Acme gin up for grabs! Follow us and tag two mates. 18+, UK only, "
     "closes Sunday 23:59. T&Cs in bio.", _UK, "its conditions and the age limit told"),
    ("pass", "instagram", "en", "#ad My Acme Invest pension pot: global index fund, 0.3% annual fee. Capital at risk: the value "
     "of your investments can fall and you may get back less than you put in.", _UK, "a fund with its cost and its warnings"),
    ("pass", "instagram", "en", "#ad Acme Health's weight programme: a licensed doctor reviews your labs and decides what fits, "
     "$129/month plus labs. Not everyone is prescribed medication, and my results aren't typical.", _US,
     "a telehealth service, the prescribing left to the clinician"),
]
add(SECTOR29, "sector29")
MONEY29 = [
    # consumer credit read from its own words (C. consom. L312-5 to L312-8; 12 CFR 1026.24; CONC 3.5)
    ("fail", "instagram", "fr", "Collaboration commerciale avec Acme : le mini-prêt qui dépanne, 800 € versés dans la journée 💸", _FR,
     "L312-5 et L312-8 : un crédit sans la mention « Un crédit vous engage… »"),
    ("fail", "facebook", "fr", "Publicité · Mon canapé Acme réglé en 12 mensualités de 74,90 €, tranquille 🛋️", _FR,
     "L312-6 : des échéances sans TAEG ni exemple représentatif"),
    ("fail", "instagram", "en", "#ad Need $2,000 before rent is due? Acme approved me in minutes, only $89/month 🙌", _US,
     "Reg Z 1026.24(d): a payment amount without the APR"),
    ("fail", "instagram", "en", "#ad Home loan rates from 4.9% with Acme, ask my loan officer 🏠", _US,
     "Reg Z 1026.24(c): a rate not stated as an APR"),
    ("pass", "instagram", "en", "#ad Paid partnership with Acme Pay: my headphones split into 4 payments of $22.50, 0% interest. Late "
     "fees may apply and approval isn't guaranteed.", _US, "12 CFR 1026.1(c): four instalments or fewer, no finance charge"),
    ("pass", "instagram", "en", "#ad Acme Pay let me spread my £120 boots over 3 payments of £40, interest-free. "
     "Missing a payment can mean a late fee and may affect your credit. 18+, T&Cs apply.", _UK,
     "RAO art. 60F(2): interest-free instalments within 12 months"),
    ("fail", "instagram", "en", "#ad payday's two weeks away but I wanted the jacket now, so Acme Pay it is. free money tbh, future "
     "me's problem 😂", _UK, "CONC 3.3.1R; CAP 1.3: credit trivialised"),
    # a price said to be all there is, belied by its own small print (CAP 3.9–3.10; FTC Act § 5; C. consom. L121-2, L121-3)
    ("fail", "instagram", "en", "#ad Acme Mobile, £12 a month and no hidden charges ✨\n*£25 connection charge; price goes up £2 each "
     "April", _UK, "CAP 3.10: the qualification contradicts the claim"),
    ("fail", "instagram", "en", "#ad Acme Pay: zero fees, ever 💳\n\n*Missed payment fee of $7 may apply.", _US,
     "FTC Act § 5: a footnote cannot contradict the headline"),
    ("fail", "instagram", "fr", "Publicité · La box Acme à 19,99 €/mois, rien d'autre à payer 😎\n*pendant 6 mois, puis 39,99 €/mois, "
     "engagement 12 mois", _FR, "L121-2 et L121-3 : le renvoi contredit l'accroche"),
    ("fail", "facebook", "en", "#ad A full year of Acme+ streaming for just $2 🎬\n*$2 for the first two months, then $11.99/month.",
     _US, "FTC Act § 5: the period claimed is cut short by the small print"),
    ("pass", "instagram", "en", "#ad Acme Mobile: £12 a month on a 24-month plan, rising by £2 each April. £25 connection charge.",
     _UK, "the fees told plainly, no claim that there are none"),
    # drip pricing (règl. 1008/2008 art. 23; DMCC Act 2024 s. 230; CAP 3.18)
    ("fail", "facebook", "fr", "Collaboration commerciale avec Acme Air ✈️ Lyon ⇄ Lisbonne dès 39 € (hors taxes et frais de dossier)",
     _FR, "règl. 1008/2008 art. 23 : le prix du vol taxes et frais inévitables compris"),
    ("fail", "instagram", "en", "#ad Acme Holidays: a week all-inclusive in Corfu from £349pp *plus £39pp booking fee", _UK,
     "CAP 3.18: a compulsory fee dripped in a footnote"),
    ("pass", "instagram", "en", "#ad Acme Holidays: a week all-inclusive in Corfu, £388pp total including the booking fee", _UK),
    # reference prices and "up to" savings (C. consom. L112-1-1; 16 CFR 233.1; CAP 3.17, 3.39)
    ("fail", "instagram", "en", "#ad Acme speaker now $89 (was $199) lol they raised the price to $199 last week so the deal looks "
     "bigger", _US, "16 CFR 233.1: a former price inflated for the sale"),
    ("fail", "instagram", "fr", "Publicité · La machine Acme à 249 € au lieu de 499 € ! Perso, elle était déjà à 259 € tout l'hiver 🤫",
     _FR, "L112-1-1 : le prix de référence n'est pas le plus bas des 30 derniers jours"),
    ("fail", "instagram", "en", "#ad Acme winter sale: up to 80% off 🔥 (80% is only on two lamps, the rest is about 10%)", _UK,
     "CAP 3.17: an 'up to' saving on a handful of items"),
    ("pass", "instagram", "en", "#ad Acme winter sale: up to 50% off across the homeware range, most lines 30-50% off.", _UK),
    # free claims (ROSCA; 16 CFR 251; FTC Act § 5)
    ("fail", "instagram", "en", "#ad Acme Cloud is totally FREE, just add your card and you're in 🚀", _US,
     "ROSCA: a card taken for a 'free' plan with no renewal terms"),
    ("pass", "instagram", "en", "#ad Acme Cloud: 30-day free trial, card required, then $8/month unless you cancel in settings.", _US),
    ("fail", "facebook", "en", "#ad The government now pays for heat pumps, Acme installs yours for FREE 🏡 check your zip!", _US,
     "FTC Act § 5: cost and government affiliation misstated"),
    ("fail", "facebook", "fr", "Publicité · Des panneaux solaires gratuits, financés par l'État ☀️ Acme s'occupe de tout !", _FR,
     "L121-4 4° : un soutien public faussement revendiqué"),
    ("pass", "facebook", "en", "#ad Acme heat pumps from $9,800 installed; you may qualify for the federal tax credit, ask your adviser.",
     _US),
    # guaranteed returns, income and savings (COBS 4.2; FTC Act § 5; C. consom. L121-2)
    ("fail", "instagram", "en", "#ad Acme Notes pay 9% a year guaranteed, backed by property 🏢 Better than a bank.", _UK,
     "FSMA s. 21 and COBS 4.2.1R: a return said guaranteed"),
    ("fail", "instagram", "fr", "Publicité · Ouvre ton PER chez Acme, c'est littéralement de l'argent gratuit 💸", _FR,
     "L121-2 : l'avantage fiscal présenté comme de l'argent gratuit"),
    ("fail", "instagram", "fr", "Publicité · Ma formation Acme : mes élèves se font 4 000 €/mois, places limitées 🔥", _FR,
     "L121-2 : un revenu promis par une formation"),
    ("fail", "linkedin", "en", "I work at Acme: fit our smart thermostat and your heating bill drops by 40%. Guaranteed, every home.",
     dict(jurisdiction="us", brand="Acme", rewarded=True, employee=True), "FTC substantiation: a saving promised to all"),
    ("pass", "linkedin", "en", "I work at Acme: our smart thermostat cut customers' heating bills by 12% on average in last winter's "
     "trial; savings depend on your home.", dict(jurisdiction="us", brand="Acme", rewarded=True, employee=True)),
    ("fail", "facebook", "en", "#ad Engineered in Ohio, so the Acme blender is proudly Made in USA 🇺🇸", _US,
     "16 CFR 323: origin from design only"),
    ("pass", "facebook", "en", "#ad The Acme blender: designed in Ohio, made in Vietnam. $89 this week.", _US),
    # sound posts read as breaches before
    ("pass", "instagram", "fr", "Publicité · Mon assurance habitation Acme : 7,50 €/mois pour un studio, franchise 100 €. Le tarif "
     "dépend du logement et des garanties.", _FR, "une prime d'assurance, pas un contrat de communications (L224-27)"),
    ("pass", "instagram", "fr", "Publicité · Compte Acme : 0 €/mois, retraits à l'étranger 2 gratuits par mois puis 1,5 % ; 4 € de "
     "frais si la carte ne sert pas du mois.", _FR, "un quota gratuit annoncé avec sa limite"),
    ("pass", "instagram", "en", "#ad Our new bathroom on finance from Acme: representative example cash price £4,000, 36 monthly "
     "payments of £111.11, total payable £4,000, 0% APR representative. Acme is a credit broker; finance provided by Brookvale "
     "Lending Ltd.", _UK, "CONC 3.7.4R: the lender a broker names is no second advertiser"),
]
add(MONEY29, "money29")

# stop 30, helper rest30 (holdout21a–d, train21e/f's remaining families, own wordings): children sent to their parents,
# a last day or a low stock the post itself belies, a delivery guarantee its small print takes back, a draw entered by a
# purchase, a UK giveaway without its conditions, a 510(k) called approval, a housing ad that turns families away, a label
# only in alt text or a link card, the UK alcohol rules (strength, social success, mood), a disease cure in a staff post,
# a product made carbon neutral by offsets (France), « rien de sponsorisé »
REST30 = [
    ("fail", "instagram", "fr", "Publicité 🎠 Les enfants, montrez vite ce post à maman : le château Acme, c'est LE cadeau !", _FR,
     "L121-7 5° : l'enfant incité à persuader ses parents"),
    ("pass", "instagram", "fr", "Publicité 🎠 Parents, le château Acme est à 49 € cette semaine, dès 3 ans.", _FR),
    ("fail", "instagram", "en", "#ad Kids! Go ask your mum and dad about the Acme robot, it's the coolest toy this year!!", _UK,
     "CAP 5.9: direct exhortation of children"),
    ("pass", "instagram", "en", "#ad Mums and dads: the Acme robot is £25 this week, ages 6+.", _UK),
    ("fail", "x", "en", "#ad LAST DAY for 30% off Acme boots! (psst, it's back on the 3rd 🤫)", _UK,
     "CAP 3.31: a false last day"),
    ("pass", "x", "en", "#ad Last day for 30% off Acme boots, the offer ends at midnight.", _UK),
    ("fail", "x", "fr", "Publicité · DERNIER JOUR pour -25 % chez Acme ! (entre nous, ça continue jusqu'à mardi)", _FR,
     "L121-4 7° : fausse limite de temps"),
    ("fail", "x", "en", "#ad Only 3 Acme kettles left!! (ok there's a whole pallet in the stockroom 😂)", _US,
     "FTC Act s.5: false scarcity admitted"),
    ("pass", "x", "en", "#ad Only 3 Acme kettles left at my store, more due next month.", _US),
    ("fail", "instagram", "fr", "Publicité · Livraison garantie avant Noël chez Acme !\n*Délais indicatifs, non contractuels.", _FR,
     "L121-2 : la garantie démentie par l'astérisque"),
    ("pass", "instagram", "fr", "Publicité · Livraison garantie avant Noël chez Acme pour toute commande avant le 18/12.", _FR),
    ("fail", "instagram", "en", "#ad Guaranteed Christmas delivery from Acme!\n*Delivery dates are not guaranteed.", _UK,
     "CAP 3.9–3.10: small print contradicting the claim"),
    ("fail", "instagram", "en", "#ad WIN a $300 Acme bundle! To enter: purchase any Acme mug and comment your order number. "
     "Winner drawn at random Friday.", _US, "state lottery laws: prize, chance and consideration"),
    ("pass", "instagram", "en", "#ad WIN a $300 Acme bundle! To enter: follow @acme and comment. No purchase necessary. Winner "
     "drawn at random Friday, US 18+, official rules in bio.", _US),
    ("fail", "instagram", "en", "#ad COMPETITION 🎁 Win an Acme hamper! To enter: follow @acme and tag a friend 👇", _UK,
     "CAP 8.17: closing date and eligibility missing"),
    ("pass", "instagram", "en", "#ad COMPETITION 🎁 Win an Acme hamper! To enter: follow @acme and tag a friend. UK 18+, closes "
     "20/12, T&Cs in bio.", _UK),
    ("fail", "instagram", "en", "#ad The Acme glucose patch 510(k) clearance came through, so yes, it's FDA approved now!", _US,
     "21 CFR 807.97: clearance is no approval"),
    ("pass", "instagram", "en", "#ad The Acme glucose patch is FDA cleared (510(k)), which is not the same as FDA approved.", _US),
    ("fail", "instagram", "en", "#ad Acme Lofts: studio and 1-bed apartments downtown, adults only, no kids 🙅 Book your "
     "viewing!", _US, "42 USC 3604(c): familial status"),
    ("pass", "instagram", "en", "#ad Acme Lofts: studio and 1-bed apartments downtown, rooftop garden, pets welcome. Book your "
     "viewing!", _US),
    ("fail", "bluesky", "en", "New blender, new smoothies 🍓 Code JO10 at acme.com\n\n[Alt text: a red Acme blender on a "
     "counter, paid partnership]", _US, "Disclosures 101: a label only in alt text"),
    ("pass", "bluesky", "en", "Paid partnership with Acme: new blender, new smoothies 🍓 Code JO10 at acme.com\n\n[Alt text: a "
     "red Acme blender on a counter]", _US),
    ("fail", "x", "en", "#ad Acme's winter ale is the strongest we've ever brewed, 9%! Two pints and you're sorted 😎",
     dict(jurisdiction="uk", brand="Acme Brewing", rewarded=True), "CAP 18.9: strength as a reason to choose"),
    ("fail", "x", "en", "#ad Honestly an Acme gin is the only thing that calms me down after a long week 🍸",
     dict(jurisdiction="uk", brand="Acme Gin", rewarded=True), "CAP 18.5–18.6: a change of mood"),
    ("fail", "instagram", "en", "#ad No birthday party is complete without a case of Acme English fizz 🥂",
     dict(jurisdiction="uk", brand="Acme", rewarded=True), "CAP 18.3: key to a social event's success"),
    ("pass", "instagram", "en", "#ad Acme English fizz, crisp and dry, £18 a bottle. Please drink responsibly. 18+",
     dict(jurisdiction="uk", brand="Acme", rewarded=True)),
    ("fail", "linkedin", "en", "We're hiring at Acme! Sales reps wanted. Our joint balm heals arthritis in two weeks, so the "
     "product sells itself.", dict(jurisdiction="us", brand="Acme", employee=True, rewarded=False),
     "FTC Act ss.5 and 12: a disease cure, in a recruiting post"),
    ("pass", "linkedin", "en", "We're hiring at Acme! Sales reps wanted for our joint-care range, remote, full time.",
     dict(jurisdiction="us", brand="Acme", employee=True, rewarded=False)),
    ("fail", "linkedin", "fr", "Publicité · Avec l'offre Acme Gaz Vert, votre chauffage devient neutre en carbone : nous "
     "compensons toutes vos émissions.", _FR, "directive 2024/825 annexe I pt 4 quater ; C. env. L229-68"),
    ("fail", "instagram", "fr", "Rien de sponsorisé ici, juste mon avis sur la crème Acme 💛 Lien en bio.", _FR,
     "loi 2023-451 art. 5 : une contrepartie niée"),
]
add(REST30, "rest30")
# stop 30, helper money30 (errs21's money families, own wordings): credit trigger terms, deferred interest, deposit yields
# and insurance, French property and tax-scheme ads, fossil gas, former prices held briefly, "free" paid for, drip pricing
_USE = dict(jurisdiction="us", brand="Acme", rewarded=False, employee=True)
MONEY30 = [
    ("fail", "instagram", "en", "#ad The Acme rowing machine can be yours for only $45/mo for 24 months 🚣 Link in bio", _US,
     "12 CFR 1026.24(d): a payment and a number of payments without the APR"),
    ("pass", "instagram", "en", "#ad The Acme rowing machine can be yours for only $45/mo for 24 months 🚣 0% APR, $0 down, 24 "
     "monthly payments; subject to credit approval. Link in bio", _US),
    ("pass", "instagram", "en", "#ad My Acme gym membership is $45/mo for 12 months, then rolling monthly. Cancel any time after.", _US,
     "a membership paid by the month is no credit"),
    ("fail", "x", "en", "Proud Acme team member: use your Acme store card on the new sofa and pay zero interest for 18 months if "
     "paid in full!", _USE, "12 CFR 1026.16(h)(4): deferred interest without its cost"),
    ("pass", "x", "en", "Proud Acme team member: use your Acme store card on the new sofa, no interest if paid in full within 18 "
     "months. Interest will be charged from the purchase date if the balance is not paid in full within 18 months.", _USE),
    ("fail", "linkedin", "en", "I work at Acme Bank, savings team: our Everyday Saver account earns 4.20% on every dollar. Open "
     "one today!", _USE, "12 CFR 1030.8(b): a deposit's rate of return not stated as the APY"),
    ("pass", "linkedin", "en", "I work at Acme Bank, savings team: our Everyday Saver earns 4.20% APY as of 3/1, variable and "
     "may change; $100 minimum to open; fees could reduce earnings.", _USE),
    ("fail", "linkedin", "en", "Reminder from the Acme Bank team: your deposits here are FDIC insured up to $2 million, no need "
     "for a second bank.", _USE, "12 U.S.C. 1828(a)(4): deposit insurance overstated"),
    ("pass", "linkedin", "en", "Reminder from the Acme Bank team: deposits are FDIC insured up to $250,000 per depositor, per "
     "ownership category.", _USE),
    ("fail", "instagram", "fr", "Publicité · Avec Acme Immo, achetez votre T2 neuf : des mensualités moins chères que votre loyer "
     "actuel 🏠", _FR, "L313-5 1° : mensualités assimilées à un loyer"),
    ("pass", "instagram", "fr", "Publicité · Avec Acme Immo, achetez votre T2 neuf à Tours. Prix, plans et frais de notaire sur "
     "le site, visite sur rendez-vous.", _FR),
    ("fail", "facebook", "fr", "Publicité · Acme Immo : investissez en Pinel à Lyon et profitez d'une réduction d'impôt jusqu'à "
     "12 % du prix !", _FR, "L122-23 : la perte de l'avantage fiscal non dite"),
    ("pass", "facebook", "fr", "Publicité · Acme Immo : investissez en Pinel à Lyon, réduction d'impôt jusqu'à 12 % du prix. Le "
     "non-respect des engagements de location entraîne la perte du bénéfice des incitations fiscales.", _FR),
    ("fail", "facebook", "fr", "Publicité · Acme Énergie lance son contrat gaz naturel à prix fixe pendant 3 ans, souscription "
     "en ligne 🔥", _FR, "C. env. L229-61 : publicité pour le gaz fossile"),
    ("pass", "facebook", "fr", "Publicité · Acme Énergie : remplacez votre chaudière gaz par une pompe à chaleur, devis gratuit "
     "en ligne.", _FR, "la sortie du gaz ne vend pas de gaz"),
    ("fail", "x", "en", "#ad Acme kettle was $120, now $60!! (tbh it was $120 for about three days last month)", _US,
     "16 CFR 233.1: a former price held only days"),
    ("pass", "x", "en", "#ad Acme kettle was $120 all autumn, now $60 for the weekend sale.", _US),
    ("fail", "facebook", "en", "#ad FREE Acme tote 🎁 you only pay $9.95 for the gift wrapping, this week only", _US,
     "16 CFR 251.1: a free item paid for in its wrapping"),
    ("pass", "facebook", "en", "#ad FREE Acme tote with any order over $50 this week, delivered with your order.", _US),
    ("fail", "instagram", "fr", "Publicité · Le canapé Acme à 1 490 €, à régler en 12 fois 🛋️ lien en bio", _FR,
     "L312-5 et L312-6 : un paiement en 12 fois est un crédit"),
    ("fail", "instagram", "en", "#ad Acme's Pay Later: split your basket into 3 and honestly, zero risk, treat yourself 🛍️", _UK,
     "CONC 3.3.1R and CAP 1.3: BNPL said to carry no risk"),
    ("fail", "facebook", "en", "#ad Acme's hamper is £30 (plus the £4 wicker basket each hamper is sent in) 🧺", _UK,
     "DMCC Act 2024 s. 230: a compulsory charge outside the headline price"),
    ("fail", "x", "en", "#ad Acme Fibre 500 at £30 a month, price locked for 18 months 🔒\n*£3.50/month rise each April.", _UK,
     "CAP 3.9-3.10: the small print contradicts the lock"),
    ("pass", "x", "en", "#ad Acme Fibre 500 at £30 a month, price locked for 18 months 🔒 18-month contract, no mid-contract "
     "rises.", _UK),
    ("fail", "linkedin", "fr", "Conseillère chez Acme Vie : notre fonds euros a rapporté 4,2 % l'an dernier 🚀 ouvrez votre "
     "contrat !", dict(jurisdiction="fr", brand="Acme Vie", rewarded=False, employee=True),
     "C. assur. L132-27 : un taux de fonds euros sans ses conditions"),
    ("pass", "linkedin", "fr", "Conseillère chez Acme Vie : notre fonds euros a rapporté 2,6 % l'an dernier, net de frais de "
     "gestion et brut de prélèvements sociaux. Les performances passées ne préjugent pas des performances futures.",
     dict(jurisdiction="fr", brand="Acme Vie", rewarded=False, employee=True)),
    ("fail", "instagram", "en", "#ad Leasing my new Acme hatchback for $289/mo for 36 months 🚗 link in bio", _US,
     "12 CFR 1013.7(d): a lease's payment without the due-at-signing amount"),
    ("pass", "instagram", "en", "#ad Leasing my new Acme hatchback: $289/mo for 36 months, $2,999 due at signing, no security "
     "deposit. Link in bio", _US),
]
add(MONEY30, "money30")
# stop 30 (helper sound30): sound posts read as breaches — the employment in other plain words (a team's tenure, a desk, a
# range looked after, the trade "there", a signature line, « je suis vendeuse au magasin X », « Chez X, je m'occupe »), no
# promotion (a drive, burnout, a designated driver, a profit share day, the year's results), a bill "not paid in full", a
# case's bottles, « 3x sans frais », « PSCA agréé AMF », an OTC drug's class, a credit's L312-5 sentence, an agent's commission
_EUS = dict(jurisdiction="us", brand="Acme", employee=True, rewarded=False)
_EUK = dict(jurisdiction="uk", brand="Acme", employee=True, rewarded=False)
_EFR = dict(jurisdiction="fr", brand="Acme", employee=True, rewarded=False)
_RUS = dict(jurisdiction="us", brand="Acme", rewarded=True, employee=False)
_RUK = dict(jurisdiction="uk", brand="Acme", rewarded=True, employee=False)
_RFR = dict(jurisdiction="fr", brand="Acme", rewarded=True, employee=False)
SOUND30 = [
    # the employment in other plain words: a tenure in the brand's team, a post at its desk, a range looked after there, the
    # trade said "there", a signature line, "our Acme store on …", "our team" or "I just work here" with the brand named
    ("pass", "linkedin", "en", "I've been in Acme's materials team for four years, and our new test bench ships next month: "
     "calibration in half the time.", _EUK, "CPUTR Sch. 1 para 22: the employment told"),
    ("fail", "linkedin", "en", "Acme's new test bench ships next month: calibration in half the time. Honestly the best kit "
     "on the market.", _EUK, "CPUTR Sch. 1 para 22: an employee's praise with no employment told"),
    ("pass", "facebook", "en", "I'm on the front desk at Acme Dental, and we now do evening check-ups: £55, Tuesdays and "
     "Thursdays until 8pm.", dict(_EUK, brand="Acme Dental"), "CAP 2.1: the connection told first"),
    ("pass", "instagram", "en", "I look after the summer menu at Acme Kitchen, and the grilled halloumi wrap is £7.50 from "
     "Monday 🌯", dict(_EUK, brand="Acme Kitchen"), "CPUTR Sch. 1 para 22"),
    ("pass", "x", "en", "Acme Physio's new studio opens in Leeds on 3 March, sessions from £45. I'm the lead physiotherapist "
     "there, come and say hello.", dict(_EUK, brand="Acme Physio"), "16 CFR 255.5 / CPUTR: the trade said there"),
    ("pass", "x", "en", "Winter boots are back in stock in every size, from £89.\n\nCustomer Service Manager, Acme Outdoors",
     dict(_EUK, brand="Acme Outdoors"), "a signature line with the trade and the brand"),
    ("pass", "facebook", "en", "Our Acme store on King Street now services bikes while you wait: $25 for a full tune-up. "
     "Message me to book!", _EUS, "16 CFR 255.5: the brand's shop called ours"),
    ("pass", "bluesky", "en", "Acme's broadband now comes with free installation this month. I work in our installations "
     "team, ask me anything.", _EUK, "the employment told, the brand named"),
    ("pass", "bluesky", "en", "Not paid for this, I just work here 🙂 Acme's app now lets you freeze your card in one tap, and plans start at £4/month.",
     _EUK, "the pay for the post denied, the employment told"),
    ("fail", "bluesky", "en", "Not paid for this, just a happy customer 🙂 Acme's app now lets you freeze your card in one "
     "tap. Best bank app out there.", _EUK, "an employee posing as a customer"),
    ("pass", "facebook", "fr", "Je suis vendeuse au magasin Acme de Rennes : la nouvelle collection de vestes arrive samedi, "
     "à partir de 79 €.", _EFR, "C. consom. L121-4 22° : le lien d'emploi dit"),
    ("pass", "linkedin", "fr", "Chez Acme, je m'occupe des abonnements : l'offre fibre passe à 24,99 €/mois pendant un an.",
     _EFR, "C. consom. L121-4 22° : le lien d'emploi dit"),
    ("fail", "linkedin", "fr", "L'offre fibre Acme passe à 24,99 €/mois pendant un an : franchement la meilleure du marché.",
     _EFR, "C. consom. L121-4 22° : un salarié qui se tait"),
    # a bill's payment is no denial; pay for the post denied beside the employment
    ("pass", "linkedin", "en", "Ad | Acme Card: no interest if paid in full within 6 months on purchases of $299+. Interest "
     "is charged from the purchase date if the balance is not paid in full within 6 months.",
     _EUS, "12 CFR 1026.16(h): the deferred-interest terms"),
    # no promotion: a toy drive, burnout, a designated driver, the same share for all, the year's results
    ("pass", "facebook", "en", "Our Acme branch is collecting for the county coat drive until Friday: clean winter coats, any "
     "size. I'm organising it, message me if your school wants to join.", _EUS, "a charity drive, nothing promoted"),
    ("pass", "linkedin", "en", "Two years ago I burned out badly and kept going anyway. Burnout doesn't announce itself: if you "
     "snap at the people I love, tell someone today.", _EUK, "a personal health testimony"),
    ("pass", "facebook", "en", "Working in the wine trade, one plea for New Year's Eve: designate a driver or book a cab "
     "before the first glass. No toast is worth a crash.", dict(_EUS, brand=None), "a road-safety message"),
    ("pass", "x", "en", "Profit share day at Acme: same % for everyone, warehouse to boardroom. Best email of the year.", _EUK,
     "a collective profit share"),
    ("pass", "linkedin", "en", "Acme's 2025 results: revenue up 18% to £410m and 2,300 new customers a month.\n\nThe annual "
     "report is on our investor page.\n\nCFO, Acme", _EUK, "corporate reporting"),
    ("pass", "instagram", "fr", "Hier, l'équipe Acme a passé sa journée de solidarité à trier des dons pour l'épicerie "
     "solidaire du quartier. Merci à Lina pour l'organisation 💚", dict(_EFR, brand="Maison Acme"), "une action solidaire"),
    # an alcohol case's count, an instalment's count
    ("pass", "instagram", "en", "#ad Acme Cellars' mixed case of 6 bottles from two Rioja estates, £72, delivered from "
     "Monday. 18+, Challenge 25 on delivery.", dict(_RUK, brand="Acme Cellars", sector="alcohol"), "CAP 18: a case sold"),
    ("fail", "instagram", "en", "#ad We got through 6 bottles of Acme rosé between two of us last night and danced till 4am 🍷",
     dict(_RUK, sector="alcohol"), "CAP 18.1: excess"),
    ("pass", "instagram", "fr", "Publicité Acme 🚲 Le vélo cargo à 1 800 €, payable en 3x sans frais (3 x 600 € sur 60 "
     "jours, sans intérêts ni frais).", dict(_RFR, sector="finance"), "C. consom. L312-4 : paiement fractionné"),
    ("fail", "instagram", "fr", "Publicité · Avec Acme mon placement a fait x3 en un an, capital garanti 🚀",
     dict(_RFR, sector="finance"), "rendement garanti promis"),
    # the provider's approval shown; an OTC drug's class; a credit's sentence; an agent's commission
    ("pass", "instagram", "fr", "Publicité · Collaboration commerciale avec Acme (PSCA agréé AMF). Crypto-actifs : perte totale "
     "du capital possible. J'achète 20 € d'ether chaque mois.", dict(_RFR, sector="crypto"), "MiCA art. 59 ; loi 2023-451 art. 4"),
    ("pass", "facebook", "en", "I'm a pharmacist on Acme's medical team. Our new Acme Allergy (cetirizine 10 mg) is a once-daily "
     "antihistamine for adults. Like any medicine, use only as directed and read the Drug Facts label.", _EUS, "21 CFR 201.66"),
    ("pass", "linkedin", "fr", "Publicité | Courtier, je suis partenaire rémunéré d'Acme (ORIAS 12 345 678). Acme, prêteur, "
     "ouvre une enveloppe de prêts immobiliers à taux fixe pour la résidence principale ; délai de réflexion de dix jours. Un crédit vous engage et "
     "doit être remboursé. Vérifiez vos capacités de remboursement avant de vous engager.", _RFR, "C. consom. L313-4, L312-5"),
    ("pass", "facebook", "en", "Independent agent here: I'm contracted with Acme Mutual Insurance Company and earn a commission on the "
     "policies I sell. Bundle home and auto for up to 10% off; discounts vary by state.", _RUS, "16 CFR 255.5"),
    ("fail", "facebook", "en", "Independent broker: I'm appointed with Acme Insurance and earn a commission on the policies I "
     "arrange. Car cover from £199 for over-25s; your price depends on your circumstances.", _RUK, "CAP 2.1: 'Ad' owed"),
]
add(SOUND30, "sound30")

_relabelled = 0
for _item in CORPUS:
    if _item["text"] in RELABELLED:
        _new, _why = RELABELLED[_item["text"]]
        if _item["expected"] != _new:
            _item["note"] = (_item.get("note", "") + " " if _item.get("note") else "") + f"was {_item['expected']}: {_why}"
            _item["expected"] = _new
            _relabelled += 1


def write(path: Path | None = None) -> Path:
    path = path or Path(__file__).with_name("corpus.jsonl")
    with path.open("w", encoding="utf-8") as fh:
        for item in CORPUS:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    return path


if __name__ == "__main__":
    print(write(), len(CORPUS))
