"""SAML 2.0 single sign-on against a real identity provider built with pysaml2 (``saml2.server``),
with its own key and certificate generated here; xmlsec1 signs and checks like in production."""
from __future__ import annotations

import base64
import datetime
import os
import shutil
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from sqlalchemy import select

from advocacy.auth import saml
from advocacy.auth.models import ExternalIdentity

pytestmark = pytest.mark.skipif(shutil.which("xmlsec1") is None,
                                reason="xmlsec1 is not installed (Debian/Ubuntu: apt-get install xmlsec1)")

IDP_ENTITY = "https://idp.example.test/metadata"
IDP_SSO = "https://idp.example.test/sso"


def _key_pair(directory, name):
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=30)).sign(key, hashes.SHA256()))
    key_path, cert_path = directory / f"{name}.key", directory / f"{name}.crt"
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return str(key_path), str(cert_path)


def _idp(directory, sp_metadata: str, name="idp", lifetime_minutes=15, want_signed_requests=False):
    from saml2 import BINDING_HTTP_REDIRECT
    from saml2.config import IdPConfig
    from saml2.saml import NAME_FORMAT_URI, NAMEID_FORMAT_EMAILADDRESS
    from saml2.server import Server

    key_file, cert_file = _key_pair(directory, name)
    config = IdPConfig()
    config.load({
        "entityid": IDP_ENTITY,
        "xmlsec_binary": shutil.which("xmlsec1"),
        "key_file": key_file, "cert_file": cert_file,
        "accepted_time_diff": 60,
        "service": {"idp": {
            "endpoints": {"single_sign_on_service": [(IDP_SSO, BINDING_HTTP_REDIRECT)]},
            "policy": {"default": {"lifetime": {"minutes": lifetime_minutes}, "name_form": NAME_FORMAT_URI}},
            "name_id_format": [NAMEID_FORMAT_EMAILADDRESS],
            "want_authn_requests_signed": want_signed_requests,
        }},
        "metadata": {"inline": [sp_metadata]},
    })
    return Server(config=config)


@pytest.fixture
def idp(app, monkeypatch, tmp_path):
    """Our SP configured with the IdP's metadata file; returns the IdP server object."""
    from saml2.metadata import create_metadata_string

    monkeypatch.setitem(app.config, "SAML_SP_ENTITY_ID", None)
    monkeypatch.setitem(app.config, "SAML_CREATE_PEOPLE", False)
    with app.test_request_context():
        sp_metadata = saml.sp_metadata()
    server = _idp(tmp_path, sp_metadata)
    metadata_file = tmp_path / "idp-metadata.xml"
    metadata_file.write_bytes(create_metadata_string(None, config=server.config, sign=False))
    monkeypatch.setitem(app.config, "SAML_IDP_METADATA", str(metadata_file))
    server.sp_metadata = sp_metadata
    server.tmp = tmp_path
    return server


def start(client):
    response = client.get("/auth/saml/login")
    assert response.status_code == 302
    location = response.headers["Location"]
    assert location.startswith(IDP_SSO + "?")
    query = parse_qs(urlsplit(location).query)
    return query["SAMLRequest"][0], query["RelayState"][0]


def answer(idp_server, saml_request, email="ada@example.test", audience=None, sign=True, name="Ada Lovelace",
           **redirect_signature):
    """What the IdP posts back: a (signed) response to the request (``relay_state``, ``sigalg`` and
    ``signature`` of a signed HTTP-Redirect request go in ``redirect_signature``)."""
    from saml2 import BINDING_HTTP_REDIRECT
    from saml2.saml import NAMEID_FORMAT_EMAILADDRESS, NameID

    request = idp_server.parse_authn_request(saml_request, BINDING_HTTP_REDIRECT, **redirect_signature).message
    response = idp_server.create_authn_response(
        identity={"mail": [email], "displayName": [name]},
        in_response_to=request.id,
        destination=request.assertion_consumer_service_url,
        sp_entity_id=audience or request.issuer.text,
        name_id=NameID(format=NAMEID_FORMAT_EMAILADDRESS, text=email),
        authn={"class_ref": "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport"},
        sign_assertion=sign, sign_response=False)
    return base64.b64encode(str(response).encode()).decode()


def signed_in(client) -> bool:
    from flask import g

    g.pop("_login_user", None)  # the test's app context outlives each request
    return client.get("/me/tokens").status_code == 200


def post(client, saml_response, relay):
    return client.post("/auth/saml/acs", data={"SAMLResponse": saml_response, "RelayState": relay})


def test_metadata_names_our_entity_and_acs(app, client, idp):
    response = client.get("/auth/saml/metadata")
    assert response.status_code == 200 and response.mimetype == "application/samlmetadata+xml"
    body = response.get_data(as_text=True)
    assert 'entityID="http://localhost/auth/saml/metadata"' in body
    assert "http://localhost/auth/saml/acs" in body and "WantAssertionsSigned=\"true\"" in body


def test_signed_assertion_signs_in_and_links_the_name_id(app, client, idp, make_person, db_session):
    person = make_person(email="ada@example.test")
    saml_request, relay = start(client)
    response = post(client, answer(idp, saml_request), relay)
    assert response.status_code == 302, response.get_data(as_text=True)[:400]
    assert signed_in(client) is True
    link = db_session.scalar(select(ExternalIdentity).where(ExternalIdentity.person_id == person.id))
    assert link.protocol == "saml" and link.issuer == IDP_ENTITY and link.subject == "ada@example.test"


def test_replayed_assertion_is_refused(app, client, idp, make_person, caplog):
    make_person(email="ada@example.test")
    saml_request, relay = start(client)
    saml_response = answer(idp, saml_request)
    assert post(client, saml_response, relay).status_code == 302
    other = app.test_client()
    assert post(other, saml_response, relay).status_code == 400
    assert "replayed" in caplog.text
    assert signed_in(other) is False


def test_unsigned_assertion_is_refused(app, client, idp, make_person):
    make_person(email="ada@example.test")
    saml_request, relay = start(client)
    assert post(client, answer(idp, saml_request, sign=False), relay).status_code == 400
    assert signed_in(client) is False


def test_assertion_signed_by_another_key_is_refused(app, client, idp, make_person):
    make_person(email="ada@example.test")
    impostor = _idp(idp.tmp, idp.sp_metadata, name="impostor")  # same entity id, its own key
    saml_request, relay = start(client)
    assert post(client, answer(impostor, saml_request), relay).status_code == 400
    assert signed_in(client) is False


def test_wrong_audience_is_refused(app, client, idp, make_person):
    make_person(email="ada@example.test")
    saml_request, relay = start(client)
    response = post(client, answer(idp, saml_request, audience="https://another-sp.example.test/metadata"), relay)
    assert response.status_code == 400


def test_expired_assertion_is_refused(app, client, idp, make_person):
    make_person(email="ada@example.test")
    late = _idp(idp.tmp, idp.sp_metadata, name="late", lifetime_minutes=-30)
    # Same key as the configured IdP so that only the time conditions are wrong.
    late.config.key_file, late.config.cert_file = idp.config.key_file, idp.config.cert_file
    late.sec = idp.sec
    saml_request, relay = start(client)
    assert post(client, answer(late, saml_request), relay).status_code == 400
    assert signed_in(client) is False


def test_forged_relay_state_and_unknown_person_are_refused(app, client, idp, make_person):
    saml_request, relay = start(client)
    assert post(client, answer(idp, saml_request, email="stranger@example.test"), relay).status_code == 403
    saml_request, relay = start(client)
    assert post(client, answer(idp, saml_request), relay + "x").status_code == 400


@pytest.fixture
def signing_idp(app, monkeypatch, tmp_path):
    """An IdP whose metadata says WantAuthnRequestsSigned="true" (and which checks it: pysaml2's
    ``Server`` refuses an unsigned or wrongly signed request when ``want_authn_requests_signed``)."""
    from saml2.metadata import create_metadata_string

    key_file, cert_file = _key_pair(tmp_path, "sp")
    monkeypatch.setitem(app.config, "SAML_SP_ENTITY_ID", None)
    monkeypatch.setitem(app.config, "SAML_CREATE_PEOPLE", False)
    monkeypatch.setitem(app.config, "SAML_SP_KEY", key_file)
    monkeypatch.setitem(app.config, "SAML_SP_CERT", cert_file)
    with app.test_request_context():
        sp_metadata = saml.sp_metadata()
    server = _idp(tmp_path, sp_metadata, want_signed_requests=True)
    metadata_file = tmp_path / "idp-metadata.xml"
    metadata_file.write_bytes(create_metadata_string(None, config=server.config, sign=False))
    assert b'WantAuthnRequestsSigned="true"' in metadata_file.read_bytes()
    monkeypatch.setitem(app.config, "SAML_IDP_METADATA", str(metadata_file))
    return server


def _redirect_query(client):
    response = client.get("/auth/saml/login")
    assert response.status_code == 302, response.get_data(as_text=True)[:300]
    return {key: values[0] for key, values in parse_qs(urlsplit(response.headers["Location"]).query).items()}


def test_idp_wanting_signed_requests_gets_them_and_signs_in(app, client, signing_idp, make_person):
    from saml2 import BINDING_HTTP_REDIRECT
    from saml2.response import IncorrectlySigned

    make_person(email="ada@example.test")
    metadata = client.get("/auth/saml/metadata").get_data(as_text=True).replace("\n", "")
    certificate = Path(app.config["SAML_SP_CERT"]).read_text().split("-----")[2].replace("\n", "")
    assert 'use="signing"' in metadata and certificate[:64] in metadata  # how the IdP checks our signature
    query = _redirect_query(client)
    assert query["SigAlg"].endswith("rsa-sha256") and query["Signature"]
    request = signing_idp.parse_authn_request(query["SAMLRequest"], BINDING_HTTP_REDIRECT,
                                              relay_state=query["RelayState"], sigalg=query["SigAlg"],
                                              signature=query["Signature"])
    assert request is not None and request.message.issuer.text == "http://localhost/auth/saml/metadata"
    # The signature covers the RelayState too: another one (or none) does not verify.
    with pytest.raises(IncorrectlySigned):
        signing_idp.parse_authn_request(query["SAMLRequest"], BINDING_HTTP_REDIRECT, relay_state="other",
                                        sigalg=query["SigAlg"], signature=query["Signature"])
    with pytest.raises(IncorrectlySigned):
        signing_idp.parse_authn_request(query["SAMLRequest"], BINDING_HTTP_REDIRECT,
                                        relay_state=query["RelayState"])
    signed = {"relay_state": query["RelayState"], "sigalg": query["SigAlg"], "signature": query["Signature"]}
    assert post(client, answer(signing_idp, query["SAMLRequest"], **signed), query["RelayState"]).status_code == 302
    assert signed_in(client) is True


def test_requests_stay_unsigned_for_an_idp_that_does_not_ask(app, client, idp):
    query = _redirect_query(client)
    assert "Signature" not in query and "SigAlg" not in query


def test_idp_wanting_signed_requests_without_a_key_is_refused(app, client, signing_idp, monkeypatch, caplog):
    monkeypatch.setitem(app.config, "SAML_SP_KEY", None)
    monkeypatch.setitem(app.config, "SAML_SP_CERT", None)
    monkeypatch.setitem(app.config, "EMBEDDED_DATABASE", False)
    response = client.get("/auth/saml/login")
    assert response.status_code == 302 and response.headers["Location"].endswith("/login")
    assert "ADVOCACY_SAML_SP_KEY" in caplog.text


def test_embedded_mode_generates_one_key_pair_and_keeps_it(app, monkeypatch, tmp_path):
    monkeypatch.setitem(app.config, "SAML_SP_KEY", None)
    monkeypatch.setitem(app.config, "SAML_SP_CERT", None)
    monkeypatch.setitem(app.config, "EMBEDDED_DATABASE", True)
    monkeypatch.setattr(app, "instance_path", str(tmp_path))
    with app.app_context():
        first = saml.sp_key_pair()
        key = Path(first[0]).read_bytes()
        assert saml.sp_key_pair() == first and Path(first[0]).read_bytes() == key
    assert first[0].startswith(str(tmp_path)) and oct(os.stat(first[0]).st_mode & 0o777) == "0o600"


def test_settings_fail_fast(tmp_path):
    from advocacy.core.settings import SettingsError, load

    base = {"ADVOCACY_DATABASE_URL": "postgresql://x@127.0.0.1/y", "ADVOCACY_SECRET_KEY": "s" * 40,
            "ADVOCACY_ENCRYPTION_KEYS": "dGVzdC1lbmNyeXB0aW9uLWtleS0wMTIzNDU2Nzg5YWI=",
            "ADVOCACY_VAPID_PRIVATE_KEY": "VfkGiw6xIb0W5I4LaRNiCCr8hL-qCcftdENxGmgz3aw",
            "ADVOCACY_CONTROLLER_NAME": "Demo SA", "ADVOCACY_CONTROLLER_ADDRESS": "1 rue de la Paix, Paris",
            "ADVOCACY_CONTROLLER_DPO_EMAIL": "dpo@demo.test"}
    with pytest.raises(SettingsError, match="ADVOCACY_SAML_IDP_METADATA"):
        load({**base, "ADVOCACY_SAML_IDP_METADATA": str(tmp_path / "missing.xml")}, tmp_path)
    with pytest.raises(SettingsError, match="ADVOCACY_SAML_IDP_METADATA is required"):
        load({**base, "ADVOCACY_SAML_CREATE_PEOPLE": "true"}, tmp_path)
    metadata = tmp_path / "idp.xml"
    metadata.write_text("<EntityDescriptor/>")
    settings = load({**base, "ADVOCACY_SAML_IDP_METADATA": str(metadata)}, tmp_path)
    assert settings.saml_idp_metadata == str(metadata.resolve()) and settings.saml_create_people is False
    assert settings.saml_sp_key is None
    key, cert = _key_pair(tmp_path, "sp")
    other_key, _other_cert = _key_pair(tmp_path, "other")
    with_idp = {**base, "ADVOCACY_SAML_IDP_METADATA": str(metadata)}
    settings = load({**with_idp, "ADVOCACY_SAML_SP_KEY": key, "ADVOCACY_SAML_SP_CERT": cert}, tmp_path)
    assert (settings.saml_sp_key, settings.saml_sp_cert) == (key, cert)
    with pytest.raises(SettingsError, match="go together"):
        load({**with_idp, "ADVOCACY_SAML_SP_KEY": key}, tmp_path)
    with pytest.raises(SettingsError, match="is not the certificate of"):
        load({**with_idp, "ADVOCACY_SAML_SP_KEY": other_key, "ADVOCACY_SAML_SP_CERT": cert}, tmp_path)
    with pytest.raises(SettingsError, match="ADVOCACY_SAML_SP_KEY is not a readable"):
        load({**with_idp, "ADVOCACY_SAML_SP_KEY": cert, "ADVOCACY_SAML_SP_CERT": cert}, tmp_path)
