"""The ``account_token`` notice says what the token is for since linked accounts publish (#19): reading
metrics and, when the person asks, publishing only the text they approved. A wording change is a new
notice version, hashed into each consent event."""
import json

import pytest

from advocacy.consent import purposes, services
from advocacy.core.chain import sha256_hex


@pytest.mark.parametrize("language, words", [
    ("en", ("when I ask, to publish only the text I approved", "read the metrics", "revoked at the network")),
    ("fr", ("quand je le demande, à publier uniquement le texte que j'ai approuvé", "lire les statistiques",
            "révoqués auprès du réseau")),
])
def test_the_notice_says_the_token_also_publishes_the_approved_text(app, language, words):
    notice = json.loads(purposes.notice_text("account_token", language))
    text = " ".join((notice["description"], notice["withdrawal"]))
    assert all(w in text for w in words), text
    assert "only to read the metrics" not in text and "uniquement pour lire" not in text
    assert notice["version"] == purposes.NOTICE_VERSION != "2026-11-1"


def test_consent_events_record_the_new_notice_and_its_hash(make_member):
    person = make_member(purposes=("program", "account_token"), language="fr")
    event = services.events_of(person)[-1]
    assert event.purpose == "account_token" and event.notice_version == purposes.NOTICE_VERSION
    shown = purposes.notice_text("account_token", "fr")
    assert event.notice_hash == sha256_hex(shown) and "publier uniquement le texte" in shown
