"""Receipts: Kantara CR v1.1 + ISO/IEC TS 27560 fields, validated by the JSON Schema kept here."""
import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from advocacy.consent import services
from advocacy.consent.receipts import build_receipt

SCHEMA = json.loads((Path(__file__).parent / "consent_receipt.schema.json").read_text())


def validate(receipt):
    validator = Draft202012Validator(SCHEMA, format_checker=FormatChecker())
    errors = sorted(validator.iter_errors(receipt), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors]


def test_the_schema_itself_is_valid_and_rejects_a_bad_receipt(make_member):
    Draft202012Validator.check_schema(SCHEMA)
    person = make_member(purposes=("program",))
    receipt = build_receipt(services.events_of(person)[0])
    del receipt["piiControllers"]
    with pytest.raises(AssertionError):
        validate(receipt)


@pytest.mark.parametrize("purpose", services.PURPOSES)
def test_every_purpose_gives_a_valid_receipt(make_member, purpose):
    person = make_member(purposes=("program", purpose))
    event = services.events_of(person)[-1]
    receipt = build_receipt(event)
    validate(receipt)
    assert receipt["consentReceiptID"] == event.receipt_id
    assert receipt["services"][0]["purposes"][0]["purposeKey"] == purpose
    assert receipt["consentRecord"]["processing"][0]["privacyNoticeHash"] == event.notice_hash
    assert receipt["ledger"]["hash"] == event.hash
    assert len(receipt["consentRecord"]["processing"][0]["charterHash"]) == 64  # bound to the charter text
    assert person.email not in json.dumps(receipt)  # a pseudonymous principal id only


def test_withdrawal_receipts_say_so_in_the_persons_language(make_member):
    person = make_member(purposes=("program",), language="en")
    services.withdraw(person, "program")
    receipt = build_receipt(services.events_of(person)[-1])
    validate(receipt)
    assert receipt["language"] == "en"
    assert receipt["services"][0]["purposes"][0]["purpose"] == "Join the advocacy program"
    assert receipt["services"][0]["service"] == "Porte-voix employee advocacy program"
    assert receipt["piiControllers"][0]["contact"] == "Data protection officer"
    assert receipt["consentRecord"]["events"][0]["eventState"] == "withdrawn"


def test_french_receipts_carry_the_french_notice(make_member):
    person = make_member(purposes=("program",), language="fr")
    receipt = build_receipt(services.events_of(person)[-1])
    assert receipt["services"][0]["purposes"][0]["purpose"] == "Rejoindre le programme ambassadeurs"
    # every human-readable field in the notice's language, the controller's contact and the service too
    assert receipt["services"][0]["service"] == "Programme ambassadeurs Porte-voix"
    assert receipt["piiControllers"][0]["contact"] == "Délégué·e à la protection des données"


def test_receipts_name_the_configured_controller(make_member):
    """``ADVOCACY_CONTROLLER_*`` (tests/conftest.CONTROLLER_ENVIRON) replace the old placeholders."""
    person = make_member(purposes=("program",))
    receipt = build_receipt(services.events_of(person)[-1])
    validate(receipt)
    [controller] = receipt["piiControllers"]
    assert controller["piiController"] == "Exemple SAS"
    assert controller["address"] == "1 rue de l'Exemple, 75001 Paris"
    assert controller["email"] == "dpo@exemple.test"
    processing = receipt["consentRecord"]["processing"][0]
    assert processing["controllers"] == ["Exemple SAS"]
    assert "dpo@localhost" not in json.dumps(receipt) and "Porte-voix operator" not in json.dumps(receipt)


def test_receipts_follow_other_controller_settings(app_factory):
    from tests.conftest import CONTROLLER_ENVIRON

    other = app_factory(ENVIRON={**CONTROLLER_ENVIRON, "ADVOCACY_CONTROLLER_NAME": "Autre Employeur SA",
                                 "ADVOCACY_CONTROLLER_DPO_EMAIL": "rgpd@autre.test"})
    from advocacy.consent.receipts import controller

    with other.app_context():
        assert controller()["piiController"] == "Autre Employeur SA"
        assert controller()["email"] == "rgpd@autre.test"
