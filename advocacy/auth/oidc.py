"""OpenID Connect single sign-on (authorization code flow with PKCE), as a relying party.

Invariants a reader must not break:
- every request to the provider (discovery, JWKS, token) goes through the guarded outbound client
  (``advocacy.core.outbound``); ``ADVOCACY_OUTBOUND_ALLOW`` is what lets a provider on a private
  or loopback address through;
- ``state``, ``nonce`` and the PKCE verifier are made here, kept in the signed session for at most
  ``FLOW_MAX_AGE`` seconds and used once (``finish`` pops them before anything else);
- the ID token is accepted only when its signature verifies against the provider's JWKS (one
  refetch on an unknown key id), with one of the algorithms the provider announces (never
  ``none`` nor an HMAC keyed by our secret), and when ``iss``, ``aud``, ``azp``, ``exp``, ``iat``,
  ``nonce`` and ``at_hash`` check out (Authlib's ``CodeIDToken`` rules, OIDC Core §3.1.3.7);
- who the verified claims sign in is decided by ``advocacy.auth.sso.sign_in_person``.
"""
from __future__ import annotations

import base64
import threading
import time
from dataclasses import dataclass
from urllib.parse import quote

from authlib.common.security import generate_token
from authlib.common.urls import add_params_to_uri
from authlib.oauth2.rfc7636 import create_s256_code_challenge
from authlib.oidc.core import CodeIDToken
from flask import current_app, session
from joserfc import jwt
from joserfc.errors import InvalidKeyIdError, JoseError
from joserfc.jwk import KeySet
from joserfc.jws import JWSRegistry

from advocacy.auth.sso import SsoError, fetch_document
from advocacy.core import outbound

FLOW_MAX_AGE = 600          # seconds between the redirect to the provider and its answer
METADATA_TTL = 3600         # discovery document and JWKS are refreshed at least hourly
CLOCK_LEEWAY = 60           # seconds of clock skew tolerated on exp / iat
_SESSION_KEY = "oidc_flow"
_ASYMMETRIC = ("RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA")


def enabled() -> bool:
    return bool(current_app.config.get("OIDC_ISSUER"))


# -- provider metadata (discovery and keys), cached per process ---------------------------

@dataclass
class _Cached:
    value: dict
    at: float


_cache: dict[tuple[str, str], _Cached] = {}
_cache_lock = threading.Lock()


def _get_json(url: str, what: str) -> dict:
    response = fetch_document(url, what, "application/json")
    try:
        data = response.json()
    except ValueError:
        raise SsoError("provider_error", f"{what} at {url} is not JSON") from None
    if not isinstance(data, dict):
        raise SsoError("provider_error", f"{what} at {url} is not a JSON object")
    return data


def _cached(kind: str, url: str, loader, force: bool = False) -> dict:
    key = (kind, url)
    with _cache_lock:
        hit = _cache.get(key)
    if hit is not None and not force and time.monotonic() - hit.at < METADATA_TTL:
        return hit.value
    value = loader()
    with _cache_lock:
        _cache[key] = _Cached(value, time.monotonic())
    return value


def forget_provider_cache() -> None:
    with _cache_lock:
        _cache.clear()


def metadata() -> dict:
    """The provider's discovery document (OIDC Discovery 1.0 §4), checked."""
    issuer = current_app.config["OIDC_ISSUER"]

    def load():
        doc = _get_json(issuer.rstrip("/") + "/.well-known/openid-configuration", "discovery document")
        if doc.get("issuer", "").rstrip("/") != issuer.rstrip("/"):
            raise SsoError("provider_error", f"discovery issuer {doc.get('issuer')!r} is not {issuer!r}")
        for name in ("authorization_endpoint", "token_endpoint", "jwks_uri"):
            if not isinstance(doc.get(name), str) or not doc[name].startswith(("https://", "http://")):
                raise SsoError("provider_error", f"discovery document lacks a usable {name}")
        return doc

    return _cached("discovery", issuer, load)


def _key_set(force: bool = False) -> KeySet:
    uri = metadata()["jwks_uri"]
    data = _cached("jwks", uri, lambda: _get_json(uri, "JWKS"), force=force)
    try:
        return KeySet.import_key_set(data)
    except (JoseError, ValueError, KeyError, TypeError) as exc:
        raise SsoError("provider_error", f"JWKS at {uri} is not usable: {exc}") from None


# -- the flow -------------------------------------------------------------------------------

def begin(redirect_uri: str, next_url: str | None = None) -> str:
    """Remember a fresh state, nonce and PKCE verifier; return the provider's authorization URL."""
    doc = metadata()
    state, nonce, verifier = generate_token(32), generate_token(32), generate_token(64)
    session[_SESSION_KEY] = {"state": state, "nonce": nonce, "verifier": verifier, "at": int(time.time()),
                             "redirect_uri": redirect_uri, "next": next_url}
    return add_params_to_uri(doc["authorization_endpoint"], [
        ("response_type", "code"),
        ("client_id", current_app.config["OIDC_CLIENT_ID"]),
        ("redirect_uri", redirect_uri),
        ("scope", "openid email profile"),
        ("state", state),
        ("nonce", nonce),
        ("code_challenge", create_s256_code_challenge(verifier)),
        ("code_challenge_method", "S256"),
    ])


@dataclass
class Result:
    claims: dict
    next_url: str | None


def finish(args) -> Result:
    """Check the provider's answer (query ``args``), redeem the code, verify the ID token."""
    flow = session.pop(_SESSION_KEY, None)
    if not flow:
        raise SsoError("no_flow", "no sign-in in progress in this browser session")
    if time.time() - flow.get("at", 0) > FLOW_MAX_AGE:
        raise SsoError("expired_flow", "the sign-in took longer than allowed")
    if args.get("state") != flow["state"]:
        raise SsoError("bad_state", "state does not match")
    if args.get("error"):
        raise SsoError("denied", f"provider answered error={args.get('error')!r}")
    code = args.get("code")
    if not code:
        raise SsoError("bad_response", "no authorization code in the answer")
    token = _redeem(code, flow)
    claims = verify_id_token(token.get("id_token"), nonce=flow["nonce"], access_token=token.get("access_token"))
    return Result(claims=claims, next_url=flow.get("next"))


def _redeem(code: str, flow: dict) -> dict:
    doc = metadata()
    client_id, secret = current_app.config["OIDC_CLIENT_ID"], current_app.config["OIDC_CLIENT_SECRET"]
    form = {"grant_type": "authorization_code", "code": code, "redirect_uri": flow["redirect_uri"],
            "code_verifier": flow["verifier"]}
    headers = {"Accept": "application/json"}
    methods = doc.get("token_endpoint_auth_methods_supported") or ["client_secret_basic"]
    if "client_secret_basic" in methods:
        # RFC 6749 §2.3.1: form-urlencode each part before joining them.
        pair = f"{quote(client_id, safe='')}:{quote(secret, safe='')}".encode()
        headers["Authorization"] = "Basic " + base64.b64encode(pair).decode()
    else:
        form.update(client_id=client_id, client_secret=secret)
    try:
        response = outbound.fetch(doc["token_endpoint"], method="POST", data=form, headers=headers)
    except outbound.OutboundError as exc:
        raise SsoError("provider_unreachable", f"token endpoint: {exc}") from None
    try:
        token = response.json()
    except ValueError:
        token = None
    if response.status != 200 or not isinstance(token, dict):
        detail = token.get("error") if isinstance(token, dict) else None
        raise SsoError("token_refused", f"token endpoint answered HTTP {response.status} ({detail})")
    return token


def verify_id_token(id_token, *, nonce: str, access_token: str | None = None) -> dict:
    """The ID token's claims, once signature and claims are verified; ``SsoError`` otherwise."""
    if not isinstance(id_token, str) or not id_token:
        raise SsoError("bad_token", "the token answer has no id_token")
    doc = metadata()
    algorithms = [a for a in doc.get("id_token_signing_alg_values_supported") or ["RS256"] if a in _ASYMMETRIC]
    if not algorithms:
        raise SsoError("provider_error", "the provider announces no asymmetric ID token algorithm")
    registry = JWSRegistry(algorithms=algorithms)
    try:
        try:
            decoded = jwt.decode(id_token, _key_set(), registry=registry)
        except InvalidKeyIdError:  # the provider rotated its keys: fetch them once more
            decoded = jwt.decode(id_token, _key_set(force=True), registry=registry)
    except (JoseError, ValueError) as exc:
        raise SsoError("bad_token", f"ID token signature: {exc.__class__.__name__}: {exc}") from None
    params = {"nonce": nonce, "client_id": current_app.config["OIDC_CLIENT_ID"]}
    if access_token:
        params["access_token"] = access_token
    options = {"iss": {"essential": True, "values": [doc["issuer"]]}, "sub": {"essential": True},
               "exp": {"essential": True}, "iat": {"essential": True}}
    claims = CodeIDToken(decoded.claims, decoded.header, options, params)
    try:
        claims.validate(now=int(time.time()), leeway=CLOCK_LEEWAY)
    except (JoseError, ValueError) as exc:
        raise SsoError("bad_token", f"ID token claims: {exc}") from None
    if not isinstance(claims.get("sub"), str) or not claims["sub"]:
        raise SsoError("bad_token", "ID token has no subject")
    return dict(claims)
