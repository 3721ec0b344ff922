"""Consent receipts: one JSON document per ledger event.

Carries the Kantara Consent Receipt v1.1 fields and an ISO/IEC TS 27560:2023 consent record
(record id, schema version, PII principal, processing, events), plus the ledger proof
(event hash and the hash of the exact notice shown).
"""
from __future__ import annotations

from flask import current_app, has_app_context
from flask_babel import force_locale
from flask_babel import gettext as _

from advocacy.consent.models import GIVEN, ConsentEvent
from advocacy.consent.purposes import get_purpose
from advocacy.core.settings import Settings

KANTARA_VERSION = "KI-CR-v1.1.0"
ISO_SCHEMA_VERSION = "ISO/IEC TS 27560:2023"
RECEIPT_SCHEMA = "porte-voix-consent-receipt/1"

# Kantara piiCategory labels for our data categories.
_PII_CATEGORY = {
    "identity": "Biographical",
    "organisation": "Employment",
    "online_activity": "Online activity",
    "usage_statistics": "Usage statistics",
    "transactions": "Transactional",
    "contact": "Contact",
    "credentials": "Credentials",
}


def principal_id(person_id: int) -> str:
    """Pseudonymous PII principal id (stays meaningless once the person is erased)."""
    return f"urn:porte-voix:person:{person_id}"


def _base_url() -> str:
    if has_app_context():
        return current_app.config.get("PUBLIC_BASE_URL") or "http://127.0.0.1:5000"
    return "http://127.0.0.1:5000"


def controller() -> dict:
    """The controller named in receipts and notices (settings ``ADVOCACY_CONTROLLER_*``), its contact
    label in the current locale (the receipt's notice language)."""
    settings = current_app.config["SETTINGS"] if has_app_context() else Settings
    return {
        "piiController": settings.controller_name,
        "onBehalf": False,
        "contact": _("Data protection officer"),
        "address": settings.controller_address,
        "email": settings.controller_dpo_email,
        "phone": "",
        "piiControllerUrl": _base_url(),
    }


def build_receipt(event: ConsentEvent) -> dict:
    """The JSON receipt of one consent event (JSON-serialisable)."""
    item = get_purpose(event.purpose)
    base = _base_url().rstrip("/")
    policy_url = f"{base}/charter"
    withdrawal_url = f"{base}/consent"
    with force_locale(event.notice_language):
        label, description = str(item.label), str(item.description)
        retention, termination = str(item.retention), str(item.on_withdrawal)
        identity, service = controller(), _("Porte-voix employee advocacy program")
    pii_categories = [_PII_CATEGORY.get(c, c) for c in item.data_categories]
    timestamp = int(event.at.timestamp())
    principal = principal_id(event.person_id)
    state = "active" if event.event == GIVEN else "withdrawn" if event.event == "withdrawn" else "expired"
    return {
        "receiptSchema": RECEIPT_SCHEMA,
        # -- Kantara Consent Receipt v1.1 ------------------------------------------------
        "version": KANTARA_VERSION,
        "jurisdiction": "FR",
        "consentTimestamp": timestamp,
        "collectionMethod": event.method,
        "consentReceiptID": event.receipt_id,
        "language": event.notice_language,
        "piiPrincipalId": principal,
        "piiControllers": [identity],
        "policyUrl": policy_url,
        "services": [{
            "service": service,
            "purposes": [{
                "purpose": label,
                "purposeKey": item.key,
                "purposeCategory": [item.purpose_category],
                "consentType": "EXPLICIT",
                "piiCategory": pii_categories,
                "primaryPurpose": item.primary,
                "termination": termination,
                "thirdPartyDisclosure": False,
                "thirdPartyName": "",
            }],
        }],
        "sensitive": False,
        "spiCat": [],
        # -- ISO/IEC TS 27560:2023 consent record ----------------------------------------
        "consentRecord": {
            "recordId": event.receipt_id,
            "schemaVersion": ISO_SCHEMA_VERSION,
            "piiPrincipalId": principal,
            "processing": [{
                "privacyNotice": policy_url,
                "privacyNoticeHash": event.notice_hash,
                "noticeVersion": event.notice_version,
                "charterVersion": event.charter_version_label or (
                    None if event.charter_version_id is None else str(event.charter_version_id)),
                "charterHash": (event.details or {}).get("charter_sha256"),
                "language": event.notice_language,
                "purposes": [item.key],
                "purposeDescription": description,
                "piiCategories": list(item.data_categories),
                "controllers": [identity["piiController"]],
                "storageLocations": ["EU (self-hosted by the employer)"],
                "retentionPeriod": retention,
                "jurisdictions": ["FR", "EU"],
                "recipients": [identity["piiController"]],
                "withdrawalMethod": withdrawal_url,
                "lawfulBasis": "GDPR Art. 6(1)(a) consent",
                "collectionMethod": event.method,
            }],
            "events": [{
                "eventTime": event.at.isoformat(),
                "validityDuration": "until withdrawn or until the charter it is bound to is replaced",
                "entityId": principal if event.recorded_by_id in (None, event.person_id)
                else f"urn:porte-voix:person:{event.recorded_by_id}",
                "eventType": event.event,
                "eventState": state,
            }],
        },
        # -- proof in the hash-chained ledger ----------------------------------------------
        "ledger": {"eventId": event.id, "hash": event.hash, "prevHash": event.prev_hash},
    }
