"""SAML 2.0 single sign-on as a service provider (pysaml2; signatures checked by xmlsec1).

Invariants a reader must not break:
- only signed assertions are accepted (``want_assertions_signed``), signed by a key of the IdP
  metadata configured in ``ADVOCACY_SAML_IDP_METADATA`` (a file, or a URL fetched through the
  guarded outbound client);
- a response must answer an AuthnRequest we sent less than ``FLOW_MAX_AGE`` ago (its id travels in
  the RelayState, signed with our secret: the IdP's cross-site POST carries no SameSite=Lax
  cookie), no unsolicited responses; its audience must be our entity id and its time conditions
  hold (pysaml2, 60 s of clock skew);
- an assertion id is accepted once: ids are kept (``saml_assertion_ids``) until the assertion
  expires, so a captured response replayed later is refused;
- when the IdP metadata says ``WantAuthnRequestsSigned="true"`` our AuthnRequests are signed
  (HTTP-Redirect binding: ``SigAlg`` and ``Signature`` over the query, RelayState included, so the
  RelayState is final before signing) with our key pair (``ADVOCACY_SAML_SP_KEY``/``_CERT``; the
  embedded mode generates one into ``instance/``), whose certificate our SP metadata publishes.
  Without a key pair such an IdP is refused rather than sent an unsigned request.
"""
from __future__ import annotations

import importlib
from functools import cache

from advocacy.auth.saml_config import (enabled, forget_metadata_cache, idp_metadata_xml,
                                       sp_entity_id, sp_key_pair)

__all__ = ["enabled", "sp_entity_id", "idp_metadata_xml", "forget_metadata_cache", "sp_key_pair", "sp_metadata",
           "begin", "finish"]


@cache
def _protocol():
    """pysaml2 takes about half a second to import: every process (web, worker, cron, CLI) creates
    the app, few ever serve SAML, so it loads at the first SAML request (as SCIM does)."""
    return importlib.import_module("advocacy.auth.saml_protocol")


def sp_metadata() -> str:
    """Our SP metadata (entity id, ACS, NameID formats): what the IdP administrator imports."""
    return _protocol().sp_metadata()


def begin(next_url: str | None = None) -> str:
    """The IdP URL carrying a fresh AuthnRequest (signed when the IdP wants it)."""
    return _protocol().begin(next_url)


def finish(saml_response: str | None, relay_state: str | None) -> tuple[dict, str, str | None]:
    """Verify a posted SAMLResponse; returns (claims, IdP entity id, next URL)."""
    return _protocol().finish(saml_response, relay_state)
