"""SAML settings that need no pysaml2: whether SAML is on, our entity id and ACS URL, the IdP
metadata (a file, or a URL fetched through the guarded outbound client and cached), and the key
pair that signs our AuthnRequests (the embedded mode generates one into ``instance/``).
The protocol itself is :mod:`advocacy.auth.saml_protocol`, loaded at the first SAML request."""
from __future__ import annotations

import fcntl
import os
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from flask import current_app

from advocacy.auth.sso import fetch_document

CLOCK_SKEW = 60
FLOW_MAX_AGE = 600
METADATA_TTL = 3600
#: The key pair the embedded mode generates for signing AuthnRequests (in the instance folder).
EMBEDDED_KEY, EMBEDDED_CERT = "saml-sp.key", "saml-sp.crt"

_metadata_cache: dict[str, tuple[str, float]] = {}
_lock = threading.Lock()


def enabled() -> bool:
    return bool(current_app.config.get("SAML_IDP_METADATA"))


def sp_entity_id() -> str:
    return current_app.config.get("SAML_SP_ENTITY_ID") or (current_app.config["PUBLIC_BASE_URL"]
                                                           + "/auth/saml/metadata")


def acs_url() -> str:
    return current_app.config["PUBLIC_BASE_URL"] + "/auth/saml/acs"


def idp_metadata_xml() -> str:
    source = current_app.config["SAML_IDP_METADATA"]
    if not source.startswith(("https://", "http://")):
        return Path(source).read_text(encoding="utf-8")
    with _lock:
        hit = _metadata_cache.get(source)
    if hit is not None and time.monotonic() - hit[1] < METADATA_TTL:
        return hit[0]
    response = fetch_document(source, "IdP metadata", "application/samlmetadata+xml, application/xml")
    with _lock:
        _metadata_cache[source] = (response.text, time.monotonic())
    return response.text


def forget_metadata_cache() -> None:
    with _lock:
        _metadata_cache.clear()


def sp_key_pair() -> tuple[str, str] | None:
    """(key file, certificate file) that sign our AuthnRequests, or ``None`` when there is none:
    the configured ones, else (embedded database only) one generated once into the instance folder."""
    key, cert = current_app.config.get("SAML_SP_KEY"), current_app.config.get("SAML_SP_CERT")
    if key and cert:
        return key, cert
    if not current_app.config.get("EMBEDDED_DATABASE"):
        return None
    folder = Path(current_app.instance_path)
    key_path, cert_path = folder / EMBEDDED_KEY, folder / EMBEDDED_CERT
    if not (key_path.is_file() and cert_path.is_file()):
        folder.mkdir(parents=True, exist_ok=True)
        with open(folder / "saml-sp.lock", "w") as lock:  # gunicorn workers: one generates, the others wait
            fcntl.flock(lock, fcntl.LOCK_EX)
            if not (key_path.is_file() and cert_path.is_file()):
                _generate_key_pair(key_path, cert_path)
    return str(key_path), str(cert_path)


def _generate_key_pair(key_path: Path, cert_path: Path) -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Porte-voix SAML SP")])
    now = datetime.now(timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=3650)).sign(key, hashes.SHA256()))
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                       serialization.NoEncryption()))
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
