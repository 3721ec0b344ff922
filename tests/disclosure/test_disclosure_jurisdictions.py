"""Issue #15: owed first, natural employment words, each jurisdiction its own tables, sectors from
the text, content rules, disguised mentions, and fixes in the post's language that fit."""
from __future__ import annotations

import pytest

from advocacy.disclosure import check, sectors
from advocacy.disclosure.lexicon import PACKS
from advocacy.disclosure.networks import NETWORKS, measure

EMP = {"employee": True, "rewarded": False, "brand": "Zest"}
PAID = {"rewarded": True, "brand": "Zest"}


@pytest.mark.parametrize("text, lang, reason", [
    ("On recrute chez Zest : trois postes de comptable à Rennes.", "fr", "recruiting"),
    ("We're hiring at Zest! Two engineers in Bristol, apply now.", "en", "recruiting"),
    ("Dernier jour chez Zest demain, pot de départ à 18 h.", "fr", "leaving"),
    ("Thanks to my whole team for a wonderful quarter!", "en", "thanks"),
    ("Journée mondiale du don du sang : l'EFS manque de donneurs O-.", "fr", "public_interest"),
    ("L'ordonnance n° 2024-978 entre en vigueur : ce qui change pour les influenceurs.", "fr", "news"),
    ("Notre intéressement sera versé en avril, une belle année collective.", "fr", "profit_sharing"),
])
def test_nothing_is_owed_by_posts_that_promote_nothing(text, lang, reason):
    for context in (EMP, dict(EMP, rewarded=True), dict(EMP, image_retouched=True)):
        r = check(text, "linkedin", lang, context)
        assert r.verdict == "pass", (text, context, r.rules)
        assert r.owed is False and r.owed_reason == reason
        assert r.to_dict("fr")["owed_reason_text"]


def test_a_promotion_wins_over_a_non_commercial_reason():
    r = check("On recrute ! Et testez notre nouvelle appli avec le code RECRUE10.", "linkedin", "fr", EMP)
    assert r.owed is True and r.verdict == "fail"


def test_a_weak_cue_gives_way_to_a_strong_purpose_and_the_reason_says_which():
    # a perk in a job ad is no promotion of what the brand sells: the reason names the cue it outweighed
    r = check("Zest is hiring two bakers in Leeds — best pub quiz in town on Fridays. Apply on our careers page.",
              "linkedin", "en", dict(EMP, jurisdiction="uk"))
    assert r.verdict == "pass" and r.owed is False and r.owed_reason == "recruiting"
    assert "best pub quiz in town" in r.to_dict("en")["owed_reason_text"]
    assert "best pub quiz in town" in r.to_dict("fr")["owed_reason_text"]
    # the same cue with no stated purpose is the employee's praise of the employer
    r = check("Best pub quiz in town at Zest on Fridays, you have to try it.", "linkedin", "en", dict(EMP, jurisdiction="uk"))
    assert r.owed is True and r.verdict == "fail"


def test_a_post_that_says_it_is_not_about_the_products_owes_nothing():
    r = check("Ce fil parle du texte, pas de nos produits : le nouveau règlement sur les emballages s'applique en août.",
              "linkedin", "fr", EMP)
    assert r.verdict == "pass" and r.owed is False


@pytest.mark.parametrize("text, lang, jurisdiction", [
    ("Zest's new planner is the cleanest I've ever used, nothing on the market comes close. Go for it.", "en", "us"),
    ("La meilleure gourde du marché, et de loin : Zest. Foncez les yeux fermés.", "fr", "fr"),
    ("New at Zest: the rhubarb tart is here and it's a dream, you lot need to try it!", "en", "uk"),
])
def test_an_employee_praising_the_employers_product_as_a_customer_owes_the_link(text, lang, jurisdiction):
    r = check(text, "instagram", lang, dict(EMP, jurisdiction=jurisdiction))
    assert r.owed is True and "relationship_missing" in r.rules, (text, r.rules, r.owed_reason)


@pytest.mark.parametrize("text, lang", [
    ("New tarts at Zest this week (I manage the Leeds store, so I've tried them all): rhubarb, plum, fig.", "en"),
    ("Nouvelles tartes chez Zest cette semaine (je gère la boutique de Lille, donc j'ai tout goûté).", "fr"),
    ("We're hiring at Zest, and our new tarts are in every shop from Monday!", "en"),
])
def test_the_place_one_runs_or_the_teams_work_states_the_employment(text, lang):
    r = check(text, "facebook", lang, dict(EMP, jurisdiction="us" if lang == "en" else "fr"))
    assert r.owed is True and r.verdict == "pass", (text, r.rules)


def test_a_personal_code_with_no_context_owes_the_commercial_mention():
    r = check("Use my code ZEST20 for 20% off", "instagram", None, {})
    assert r.rules == ["commercial_missing"]


@pytest.mark.parametrize("text, lang", [
    ("I'm on the Zest team: our new planner app is out now!", "en"),
    ("I'm part of Zest's partnerships team, check out our new app.", "en"),
    ("At Zest we just launched our new planner app.", "en"),
    ("#ZestEmployee Our new planner app is out now!", "en"),
    ("Chez Zest, nous lançons notre nouvelle appli.", "fr"),
    ("Avec mon équipe chez Zest, on lance notre nouvelle appli !", "fr"),
    ("Zest, dont je suis salarié·e, lance sa nouvelle appli : découvrez-la !", "fr"),
])
def test_employment_in_natural_words_is_recognised(text, lang):
    r = check(text, "linkedin", lang, EMP)
    assert "relationship_missing" not in r.rules and "relationship_insufficient" not in r.rules, r.rules
    # stated employment is the whole disclosure an unrewarded employee owes, in every jurisdiction:
    # a salary is no consideration for one post (loi 2023-451 art. 1; 16 CFR 255.5 ex. 8; CPUTR para 22)
    assert r.verdict == "pass", r.rules
    # without the stated link, the same promotion fails
    bare = check("Notre nouvelle appli Zest est sortie : découvrez-la !" if lang == "fr"
                 else "Our new Zest planner app is out now, check it out!", "linkedin", lang, EMP)
    assert bare.verdict == "fail" and "relationship_missing" in bare.rules, bare.rules


def test_an_advertising_label_is_the_employees_disclosure_and_the_employment_a_note():
    text = "Collaboration commerciale avec Zest : découvrez leur nouvelle appli."
    fr = check(text, "linkedin", "fr", dict(EMP, rewarded=True))
    assert fr.verdict == "pass" and fr.rules == ["relationship_advised"] and fr.owed
    us = check("Ad: partnership with Zest. Check out their new app.", "linkedin", "en", dict(EMP, rewarded=True))
    assert us.verdict == "pass" and us.rules == ["relationship_advised"]
    # a weak label is no disclosure of the employment
    us = check("In partnership with Zest: check out their new app.", "linkedin", "en", dict(EMP, rewarded=True))
    assert us.verdict == "fail" and "relationship_missing" in us.rules


@pytest.mark.parametrize("text, lang, jurisdiction, verdict, rule", [
    ("#ad My NBA picks newsletter is $15 a month.", "en", "us", "pass", None),
    ("Publicité — mes pronos foot en abonnement VIP, 15 € par mois.", "fr", "fr", "fail", "sector_banned"),
    ("#ad Booked my lip filler touch-up at Zest Aesthetics.", "en", "us", "pass", None),
    ("Publicité — Mes injections d'acide hyaluronique chez Zest Clinic.", "fr", "fr", "fail", "sector_banned"),
    ("#ad Free cosmetic surgery consultation at Zest Clinic.", "en", "uk", "pass", None),
    ("#ad Zest nicotine pouches. WARNING: This product contains nicotine. Nicotine is an addictive chemical.", "en",
     "us", "pass", None),
    ("#ad Zest nicotine pouches, fresh mint.", "en", "us", "fail", "sector_warning_missing"),
    ("#ad Zest vape pens, fresh mint.", "en", "uk", "fail", "sector_banned"),
    ("#ad Trade forex with 1:500 leverage at Zest Markets.", "en", "us", "fail", "sector_banned"),
    ("Publicité — un casino en ligne pour tous, bonus de bienvenue.", "fr", "fr", "fail", "sector_age_missing"),
    ("Publicité — La nouvelle bière blonde Zest.", "fr", "fr", "fail", "sector_health_missing"),
    ("Publicité : formation Excel finançable CPF chez Zest.", "fr", "fr", "pass", None),
    ("Publicité : formation finançable CPF, donne-moi ton solde CPF en MP.", "fr", "fr", "fail", "cpf_prospecting"),
    ("Publicité — Compte crypto chez Zest, prestataire enregistré auprès de l'AMF.", "fr", "fr", "pass", None),
    ("Publicité — Compte crypto chez Zest.", "fr", "fr", "warn", "sector_restricted"),
])
def test_sectors_are_read_from_the_text_and_judged_by_each_jurisdiction(text, lang, jurisdiction, verdict, rule):
    r = check(text, "instagram", lang, dict(PAID, jurisdiction=jurisdiction))
    assert r.verdict == verdict, r.rules
    if rule:
        assert rule in r.rules


@pytest.mark.parametrize("text, lang, jurisdiction, rule", [
    ("Publicité — Mes paris sportifs sur Zest m'ont payé le loyer ! Interdit aux moins de 18 ans.", "fr", "fr",
     "gambling_income"),
    ("#ad Last chance! Bet £10 at Zest Casino tonight only. 18+", "en", "uk", "gambling_urgency"),
    ("#ad Zest token x20 before summer!", "en", "us", "crypto_guaranteed"),
    ("Publicité — Bitcoin : rendement garanti de 10 % par mois chez Zest.", "fr", "fr", "crypto_guaranteed"),
    ("#ad I stopped my blood-pressure medication thanks to Zest tea.", "en", "uk", "health_claim"),
    ("Publicité — J'ai arrêté mon traitement grâce aux tisanes Zest.", "fr", "fr", "health_claim"),
])
def test_content_rules_inside_restricted_sectors_fail_with_their_own_reference(text, lang, jurisdiction, rule):
    r = check(text, "instagram", lang, dict(PAID, jurisdiction=jurisdiction))
    assert r.verdict == "fail" and rule in r.rules, r.rules
    finding = next(f for f in r.findings if f.rule == rule)
    assert finding.reference == PACKS[jurisdiction].content[rule][1]


def test_every_sector_reference_belongs_to_its_sector_and_crypto_never_cites_evin():
    for code, pack in PACKS.items():
        for name, row in pack.sectors.items():
            assert row["status"] in ("banned", "restricted", "allowed")
            if name != "alcohol":
                assert "L3323" not in row["reference"] and "Evin" not in row["reference"], (code, name)
    r = check("Publicité — Ouvrez un compte crypto chez Zest.", "x", "fr", PAID)
    (finding,) = [f for f in r.findings if f.rule == "sector_restricted"]
    assert "Evin" not in finding.reference and "L54-10" in finding.reference
    assert set(sectors.SECTORS) >= {s for pack in PACKS.values() for s in pack.sectors}


def test_image_mentions_are_french_and_owed_only_in_commercial_content():
    assert check("#ad My new Zest cream.", "instagram", "en", dict(PAID, image_retouched=True, jurisdiction="us")).verdict == "pass"
    fr = check("Publicité · Ma nouvelle crème Zest.", "instagram", "fr", dict(PAID, image_retouched=True))
    assert fr.rules == ["image_retouched_missing"]
    english = check("Publicité · Retouched image · Ma nouvelle crème Zest.", "instagram", "fr",
                    dict(PAID, image_retouched=True))
    assert english.rules == ["mention_language"]
    personal = check("Ma fille à son premier spectacle de danse !", "instagram", "fr", dict(EMP, image_retouched=True))
    assert personal.verdict == "pass"
    denied = check("#ad No filter, no retouching! My new Zest jacket.", "instagram", "en",
                   dict(PAID, image_retouched=True, jurisdiction="uk"))
    assert denied.rules == ["image_denied"]
    # a retouched picture in a beauty product's ad exaggerates its effect (UK: CAP 3.1, ASA on filters)
    beauty = check("#ad Glowing skin with the new Zest serum.", "instagram", "en",
                   dict(PAID, image_retouched=True, jurisdiction="uk"))
    assert beauty.rules == ["image_retouched_beauty"]


@pytest.mark.parametrize("text", ["ᴘᴜʙʟɪᴄɪᴛé · la nouvelle appli Zest.", "#\u0430d the new Zest app.",
                                  "#a\u200bd the new Zest app.", "P u b l i c i t é : la nouvelle appli Zest."])
def test_a_disguised_mention_a_reader_sees_counts_with_a_note_and_the_fix_retypes_it(text):
    r = check(text, "instagram", None, PAID)
    # seen at the text's size: the disclosure is made (art. 5, 16 CFR 255.0(f), CAP 2.1); a note says why to retype it
    assert r.verdict == "pass" and r.rules == ["mention_obfuscated"] and r.findings[0].severity == "note"
    finding = r.findings[0]
    assert finding.span is not None and text[finding.span[0]:finding.span[1]].strip()
    fixed = check(r.suggested_text, "instagram", None, PAID)
    assert fixed.verdict == "pass" and fixed.rules == [], (r.suggested_text, fixed.rules)


@pytest.mark.parametrize("text", ["ᴾᵘᵇˡᶦᶜᶦᵗᵉ́ : la nouvelle appli Zest.", "#ₐd the new Zest app.",
                                  "P\u0336u\u0336b\u0336l\u0336i\u0336c\u0336i\u0336t\u0336é : la nouvelle appli Zest."])
def test_a_mention_in_tiny_or_struck_letters_is_not_legible_and_the_fix_retypes_it(text):
    r = check(text, "instagram", None, PAID)
    assert r.verdict == "fail" and r.rules == ["mention_illegible"]
    fixed = check(r.suggested_text, "instagram", None, PAID)
    assert fixed.verdict == "pass" and fixed.rules == [], (r.suggested_text, fixed.rules)


def test_an_employee_post_with_an_ad_label_up_front_passes_and_a_denied_employment_fails():
    for jurisdiction, text in (("fr", "Publicité — découvrez la nouvelle appli."), ("us", "#ad Check out the new app."),
                               ("uk", "Ad: check out the new app.")):
        r = check(text, "linkedin", None, dict(EMP, rewarded=True, jurisdiction=jurisdiction))
        assert r.verdict == "pass" and r.rules == ["relationship_advised"], (jurisdiction, r.rules)
        r = check(text + " (I don't work for Zest.)" if jurisdiction != "fr" else text + " Je ne travaille pas chez Zest.",
                  "linkedin", None, dict(EMP, rewarded=True, jurisdiction=jurisdiction))
        assert r.verdict == "fail" and "relationship_denied" in r.rules, (jurisdiction, r.rules)
        assert check(r.suggested_text, "linkedin", None, dict(EMP, rewarded=True, jurisdiction=jurisdiction)).verdict == "pass"


def test_fixes_are_in_the_posts_language_whatever_the_interface_language():
    r = check("Loving the new Zest headphones", "x", "en", dict(PAID, jurisdiction="us"))
    fix_fr = r.findings[0].fix_fr
    assert "Ad: partnership with Zest" in fix_fr and "Collaboration commerciale" not in fix_fr
    r = check("J'adore le nouveau casque Zest", "x", "fr", PAID)
    assert "Collaboration commerciale avec Zest" in r.findings[0].fix_en
    assert r.suggested_text.startswith("Collaboration commerciale avec Zest")


def test_a_fix_never_says_paid():
    for lang, text in (("en", "Check out our new planner app!"), ("fr", "Découvrez notre nouvelle appli !")):
        for jurisdiction in ("us", "uk", "fr"):
            for context in (EMP, PAID, dict(EMP, rewarded=True)):
                r = check(text, "linkedin", lang, dict(context, jurisdiction=jurisdiction))
                texts = [r.suggested_text] + [f.fix_fr for f in r.findings] + [f.fix_en for f in r.findings]
                assert not any("paid" in t.lower() or "rémunér" in t.lower() for t in texts), (lang, jurisdiction, texts)


@pytest.mark.parametrize("network", list(NETWORKS))
def test_a_suggested_text_always_fits_the_networks_limit(network):
    net = NETWORKS[network]
    for length in (net.limit - 5, net.limit - 1, net.limit, net.limit + 40):
        if length > 4000:
            continue
        text = ("Loving my new Zest bottle, coffee hot all day. " * 100)[:length]
        r = check(text, network, "en", dict(PAID, brand="Zest Lifestyle Company International"))
        if r.suggestion_fits:
            assert measure(r.suggested_text, net) <= net.limit, (network, length)
            assert check(r.suggested_text, network, "en", PAID).verdict == "pass"
    r = check("x" * 10, "x", "en", dict(PAID, max_length=2))
    assert r.suggestion_fits is False and r.suggested_text == r.text
