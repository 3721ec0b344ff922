"""Webhook secrets and channel URLs are encrypted with the core's MultiFernet (rotated by ``flask keys
rotate``); a value still in the pre-#18 form (a Fernet key derived from SECRET_KEY) is read, then
written in the current form by the first delivery that uses it, or by the rotation."""
from __future__ import annotations

import pytest
from cryptography.fernet import Fernet, InvalidToken
from standardwebhooks import Webhook

from advocacy.core import crypto as core_crypto
from advocacy.extensions import db
from advocacy.integrations import crypto, services
from tests.integrations.helpers import run


def former(value: str) -> str:
    """The value as the integrations domain encrypted it before #18."""
    return core_crypto.legacy_fernet(crypto.LEGACY_LABEL).encrypt(value.encode()).decode()


def test_new_secrets_and_urls_are_in_the_current_form(app, admin, receiver, slack, allow):
    server = receiver()
    allow(server, slack)
    endpoint, secret = services.create_endpoint(admin, url=server.url, events=["kit.approved"])
    channel = services.create_channel(admin, kind="slack", url=slack.url, events=["kit.approved"])
    assert core_crypto.decrypt(endpoint.secret_encrypted) == secret
    assert core_crypto.decrypt(channel.url_encrypted) == slack.url
    with pytest.raises(InvalidToken):
        core_crypto.legacy_fernet(crypto.LEGACY_LABEL).decrypt(endpoint.secret_encrypted.encode())


def test_a_secret_in_the_former_form_still_signs_and_is_written_again_once(app, admin, receiver):
    server = receiver()
    endpoint, secret = services.create_endpoint(admin, url=server.url, events=["kit.approved"])
    endpoint.secret_encrypted = former(secret)
    db.session.flush()
    assert run(services.send_test(endpoint, admin)) == "succeeded"
    [request] = server.requests
    Webhook(secret).verify(request["body"], request["headers"])
    db.session.refresh(endpoint)
    assert core_crypto.decrypt(endpoint.secret_encrypted) == secret  # the current form from now on


def test_a_channel_url_in_the_former_form_still_posts_and_is_written_again(app, admin, slack):
    channel = services.create_channel(admin, kind="slack", url=slack.url, events=["kit.approved"])
    channel.url_encrypted = former(slack.url)
    db.session.flush()
    assert run(services.send_test(channel, admin)) == "succeeded"
    assert len(slack.requests) == 1
    db.session.refresh(channel)
    assert core_crypto.decrypt(channel.url_encrypted) == slack.url


def test_keys_rotate_re_encrypts_every_secret_with_the_first_key(app, runner, admin, receiver, slack, allow,
                                                                  monkeypatch):
    server = receiver()
    allow(server, slack)
    endpoint, secret = services.create_endpoint(admin, url=server.url, events=["kit.approved"])
    previous = services.rotate_secret(endpoint, admin)
    endpoint.previous_secret_encrypted = former(secret)  # rotated before #18: still the old form
    channel = services.create_channel(admin, kind="slack", url=slack.url, events=["kit.approved"])
    unreadable = Fernet(Fernet.generate_key()).encrypt(b"lost").decode()
    other = services.create_channel(admin, kind="slack", url=slack.url, events=["kit.approved"])
    other.url_encrypted = unreadable
    db.session.commit()
    new = Fernet.generate_key().decode()
    monkeypatch.setitem(app.config, "ENCRYPTION_KEYS", (new, *app.config["ENCRYPTION_KEYS"]))
    result = runner.invoke(args=["keys", "rotate"])
    # three integration rows, and the admin's TOTP secret (auth's receiver)
    assert result.exit_code == 0 and "re-encrypted=4" in result.output, result.output
    monkeypatch.setitem(app.config, "ENCRYPTION_KEYS", (new,))  # the old key is gone
    monkeypatch.setitem(app.config, "SECRET_KEY", "another-secret-key-0123456789-0123456789")
    for row in (endpoint, channel, other):
        db.session.refresh(row)
    assert crypto.decrypt(endpoint.secret_encrypted) == previous
    assert crypto.decrypt(endpoint.previous_secret_encrypted) == secret
    assert crypto.decrypt(channel.url_encrypted) == slack.url
    assert other.url_encrypted == unreadable and crypto.decrypt(other.url_encrypted) is None


def test_accounts_rotate_keys_is_the_same_command(app, runner, admin, receiver, monkeypatch):
    endpoint, secret = services.create_endpoint(admin, url=receiver().url, events=["kit.approved"])
    db.session.commit()
    new = Fernet.generate_key().decode()
    monkeypatch.setitem(app.config, "ENCRYPTION_KEYS", (new, *app.config["ENCRYPTION_KEYS"]))
    result = runner.invoke(args=["accounts", "rotate-keys"])
    assert result.exit_code == 0 and "re-encrypted=2" in result.output, result.output  # + the admin's TOTP
    monkeypatch.setitem(app.config, "ENCRYPTION_KEYS", (new,))
    db.session.refresh(endpoint)
    assert crypto.decrypt(endpoint.secret_encrypted) == secret
