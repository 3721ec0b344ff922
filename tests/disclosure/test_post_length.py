"""One post-length function (``disclosure.networks.post_length``) for the editor, the API, the checker
and the suggested-text fitter, counting exactly the text sent, per each network's documented rules."""
from __future__ import annotations

import pytest

from advocacy.disclosure import check
from advocacy.disclosure.networks import composed, limit_of, post_length

FAMILY = "👨\u200d👩\u200d👧\u200d👦"  # one emoji ZWJ sequence: 7 code points, one grapheme
ACCENTED = "e\u0301"                  # e + combining acute: 2 code points, one grapheme
LINK = "https://pv.example/l/abcdefghijkl"


def test_x_weighted_counting():
    # X "Counting characters": CJK weighs 2, an emoji sequence 2 as a whole, a URL 23 whatever its length
    assert post_length("x", "日本語のテキスト") == 16
    assert post_length("x", FAMILY) == 2 and post_length("x", "🇫🇷👍🏽") == 4
    assert post_length("x", ACCENTED) == 1  # counted after NFC, like twitter-text
    assert post_length("x", "voir https://example.com/" + "a" * 200) == 5 + 23
    assert post_length("x", "Bonjour", LINK) == 7 + 1 + 23  # the intent appends the url after a space


def test_bluesky_counts_graphemes_of_text_blank_line_and_link():
    assert post_length("bluesky", FAMILY * 10 + ACCENTED * 5) == 15
    assert post_length("bluesky", "Bonjour", LINK) == len(f"Bonjour\n\n{LINK}")
    assert composed("bluesky", "Bonjour", LINK) == f"Bonjour\n\n{LINK}"


def test_mastodon_counts_graphemes_urls_as_23_and_remote_mentions_as_local():
    # Mastodon's StatusLengthValidator: grapheme clusters; URLs with a scheme 23; @user@domain → @user
    assert post_length("mastodon", FAMILY + ACCENTED) == 2
    assert post_length("mastodon", "salut @alice@social.example https://example.com/" + "x" * 80) == \
        len("salut @alice ") + 23
    assert post_length("mastodon", "www.example.com/" + "x" * 30) == len("www.example.com/") + 30  # no scheme: as typed
    assert post_length("mastodon", "Bonjour", LINK) == 7 + 2 + 23


def test_linkedin_counts_the_text_only():
    assert post_length("linkedin", "Bonjour", LINK) == 7  # share-offsite carries the link apart
    assert post_length("linkedin", ACCENTED) == 2


def test_limits_and_a_mastodon_servers_own():
    assert (limit_of("x"), limit_of("bluesky"), limit_of("mastodon"), limit_of("linkedin")) == (280, 300, 500, 3000)
    assert limit_of("mastodon", 5000) == 5000 and limit_of("x", 5000) == 280


@pytest.mark.parametrize("network", ["x", "bluesky", "mastodon", "linkedin"])
def test_checker_counts_the_link_it_is_told_about(network):
    text = "Je travaille chez Exemple. " + "日本 " * 10
    bare = check(text, network, "fr", {"employee": True, "brand": "Exemple"})
    sent = check(text, network, "fr", {"employee": True, "brand": "Exemple", "link": LINK})
    assert bare.length == post_length(network, text)
    assert sent.length == post_length(network, text, LINK)
    assert (sent.length > bare.length) == (network != "linkedin")


def test_checker_uses_a_servers_limit_and_fits_the_suggestion_with_the_link():
    body = "Je travaille chez Exemple et notre nouvelle appli est géniale. " * 9  # ~560 characters
    context = {"employee": True, "brand": "Exemple", "link": LINK}
    over = check(body, "mastodon", "fr", context)
    assert over.limit == 500 and any(f.rule == "length_over_limit" for f in over.findings)
    roomy = check(body, "mastodon", "fr", dict(context, max_length=1000))
    assert roomy.limit == 1000 and not any(f.rule == "length_over_limit" for f in roomy.findings)
    suggested = over.suggested_text
    assert suggested and post_length("mastodon", suggested, LINK) <= 500


def test_graphemes_counted_by_stretches_agree_with_the_whole_text_rules():
    # only the stretches around characters beyond printable Latin-1 go through \X: the count must be
    # the one \X gives on the whole text, whatever joins (marks, ZWJ, flags, Hangul, CR LF, prepend)
    import random

    import regex

    from advocacy.disclosure.networks import graphemes

    special = ["\u0301", "\u200d", "\u200b", "\ufe0f", "\u0600", "\u0903", "\u0915", "\u094d", "\U0001F1EB",
               "\U0001F1F7", "\U0001F469", "\U0001F3FB", "\u1100", "\u1161", "\u11a8", "\uac00", "\r", "\n",
               "\u00ad", "\u2014", "\U000E0061", "\u2764", "\u0085", "\u0308"]
    plain = list("ab #*0 .") + ["\u00a0", "\u00a9", "\u00ae", "\u00e9", "\u00ff"]
    rnd = random.Random(15)
    for _ in range(20000):
        text = "".join(rnd.choice(special if rnd.random() < 0.5 else plain) for _ in range(rnd.randint(1, 16)))
        assert graphemes(text) == len(regex.findall(r"\X", text)), ascii(text)
