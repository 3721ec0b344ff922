"""SAML 2.0 as a service provider with pysaml2 (about half a second to import: loaded by
:mod:`advocacy.auth.saml` at the first SAML request, never at app creation). The invariants are
listed in :mod:`advocacy.auth.saml`."""
from __future__ import annotations

import shutil
from datetime import datetime, timedelta, timezone

from flask import current_app
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from saml2 import BINDING_HTTP_POST, BINDING_HTTP_REDIRECT
from saml2.client import Saml2Client
from saml2.config import SPConfig
from saml2.metadata import create_metadata_string
from saml2.s_utils import sid
from saml2.saml import NAMEID_FORMAT_EMAILADDRESS, NAMEID_FORMAT_PERSISTENT
from saml2.xmldsig import SIG_RSA_SHA256
from sqlalchemy import delete
from sqlalchemy.dialects.postgresql import insert

from advocacy.auth.models import SamlAssertionId
from advocacy.auth.saml_config import CLOCK_SKEW, FLOW_MAX_AGE, acs_url, idp_metadata_xml, sp_entity_id, sp_key_pair
from advocacy.auth.sso import SsoError
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db

_EMAIL_ATTRIBUTES = ("email", "mail", "emailaddress", "urn:oid:0.9.2342.19200300.100.1.3",
                     "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress")
_NAME_ATTRIBUTES = ("displayname", "name", "cn", "urn:oid:2.16.840.1.113730.3.1.241",
                    "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name")


def _config(with_idp: bool = True) -> SPConfig:
    settings = {
        "entityid": sp_entity_id(),
        "xmlsec_binary": shutil.which("xmlsec1"),
        "accepted_time_diff": CLOCK_SKEW,
        "allow_unknown_attributes": True,
        "service": {"sp": {
            "endpoints": {"assertion_consumer_service": [(acs_url(), BINDING_HTTP_POST)]},
            "want_assertions_signed": True,
            "want_response_signed": False,
            "authn_requests_signed": False,
            "allow_unsolicited": False,
            "name_id_format": [NAMEID_FORMAT_EMAILADDRESS, NAMEID_FORMAT_PERSISTENT],
        }},
    }
    pair = sp_key_pair()
    if pair is not None:
        settings["key_file"], settings["cert_file"] = pair
    if with_idp:
        settings["metadata"] = {"inline": [idp_metadata_xml()]}
    config = SPConfig()
    config.load(settings)
    return config


def sp_metadata() -> str:
    """Our SP metadata (entity id, ACS, NameID formats): what the IdP administrator imports."""
    return create_metadata_string(None, config=_config(with_idp=False), valid=None, sign=False).decode()


def _client() -> Saml2Client:
    try:
        return Saml2Client(config=_config())
    except SsoError:
        raise
    except Exception as exc:  # noqa: BLE001 - pysaml2 raises many kinds on bad metadata
        raise SsoError("provider_error", f"IdP metadata is not usable: {exc.__class__.__name__}: {exc}") from None


def wants_signed_requests(client: Saml2Client, idp: str) -> bool:
    """Does the IdP's metadata say ``WantAuthnRequestsSigned="true"``?"""
    descriptors = client.metadata[idp].get("idpsso_descriptor") or []
    return any(str(d.get("want_authn_requests_signed", "")).lower() in ("true", "1") for d in descriptors)


def begin(next_url: str | None = None) -> str:
    """The IdP URL (HTTP-Redirect binding) carrying a fresh AuthnRequest, signed when the IdP wants
    it; the request id travels in the signed RelayState."""
    client = _client()
    idps = list(client.metadata.identity_providers())
    if len(idps) != 1:
        raise SsoError("provider_error", f"the IdP metadata describes {len(idps)} identity providers, not one")
    sign = wants_signed_requests(client, idps[0])
    if sign and sp_key_pair() is None:
        raise SsoError("provider_error", "the IdP wants signed AuthnRequests: set ADVOCACY_SAML_SP_KEY and "
                                         "ADVOCACY_SAML_SP_CERT (and give the IdP our metadata again)")
    request_id = sid()
    relay = _relay_signer().dumps({"id": request_id, "next": next_url})
    try:
        _id, info = client.prepare_for_authenticate(entityid=idps[0], binding=BINDING_HTTP_REDIRECT,
                                                    relay_state=relay, message_id=request_id, sign=sign,
                                                    sigalg=SIG_RSA_SHA256 if sign else None)
    except Exception as exc:  # noqa: BLE001 - pysaml2: no redirect endpoint, xmlsec failure…
        raise SsoError("provider_error", f"AuthnRequest not made: {exc.__class__.__name__}: {exc}") from None
    return dict(info["headers"])["Location"]


def _relay_signer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="saml-relay-state")


def finish(saml_response: str | None, relay_state: str | None) -> tuple[dict, str, str | None]:
    """Verify a posted SAMLResponse; returns (claims, IdP entity id, next URL)."""
    try:
        flow = _relay_signer().loads(relay_state or "", max_age=FLOW_MAX_AGE)
    except SignatureExpired:
        raise SsoError("expired_flow", "the sign-in took longer than allowed") from None
    except BadSignature:
        raise SsoError("no_flow", "the RelayState is not one of ours") from None
    if not saml_response or len(saml_response) > 512 * 1024:
        raise SsoError("bad_response", "no SAMLResponse")
    return verify(saml_response, {flow["id"]: "/"}) + (flow.get("next"),)


def verify(saml_response: str, outstanding: dict) -> tuple[dict, str]:
    client = _client()
    try:
        response = client.parse_authn_request_response(saml_response, BINDING_HTTP_POST, outstanding=outstanding)
    except Exception as exc:  # noqa: BLE001 - pysaml2's errors: bad signature, audience, time, unsolicited…
        raise SsoError("bad_assertion", f"{exc.__class__.__name__}: {exc}") from None
    if response is None or response.assertion is None:
        raise SsoError("bad_assertion", "no assertion in the response")
    assertion = response.assertion
    if not getattr(response, "require_signature", True) and assertion.signature is None:
        raise SsoError("bad_assertion", "the assertion is not signed")
    _remember_once(assertion)
    issuer = response.issuer() or ""
    name_id = response.name_id
    attributes = {key.lower(): value for key, value in (response.ava or {}).items()}
    email = next((values[0] for key in _EMAIL_ATTRIBUTES for values in [attributes.get(key)] if values), None)
    if email is None and name_id is not None and name_id.format == NAMEID_FORMAT_EMAILADDRESS:
        email = name_id.text
    name = next((values[0] for key in _NAME_ATTRIBUTES for values in [attributes.get(key)] if values), None)
    subject = (name_id.text or "").strip() if name_id is not None else ""
    if not subject:
        raise SsoError("bad_assertion", "the assertion has no NameID")
    claims = {"sub": subject[:255], "email": email, "name": name}
    return claims, issuer


def _expiry(assertion) -> datetime:
    ends = []
    if assertion.conditions is not None and assertion.conditions.not_on_or_after:
        ends.append(assertion.conditions.not_on_or_after)
    for confirmation in (assertion.subject.subject_confirmation if assertion.subject else []) or []:
        data = confirmation.subject_confirmation_data
        if data is not None and data.not_on_or_after:
            ends.append(data.not_on_or_after)
    parsed = []
    for value in ends:
        try:
            parsed.append(datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(timezone.utc))
        except ValueError:
            continue
    latest = max(parsed) if parsed else utcnow() + timedelta(hours=1)
    return latest + timedelta(seconds=CLOCK_SKEW)


def _remember_once(assertion) -> None:
    """Refuse an assertion id seen before; keep it until it could no longer be accepted anyway."""
    now = utcnow()
    db.session.execute(delete(SamlAssertionId).where(SamlAssertionId.expires_at < now))
    inserted = db.session.execute(
        insert(SamlAssertionId).values(assertion_id=assertion.id[:255], expires_at=_expiry(assertion))
        .on_conflict_do_nothing(index_elements=["assertion_id"]).returning(SamlAssertionId.assertion_id)).scalar()
    if inserted is None:
        raise SsoError("replayed", f"assertion {assertion.id} was already used")
