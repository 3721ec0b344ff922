import base64
import pytest

from advocacy.core.settings import SettingsError, load
from tests.conftest import CONTROLLER_ENVIRON, TEST_ENCRYPTION_KEYS, TEST_VAPID_PRIVATE_KEY


def test_embedded_defaults(tmp_path):
    settings = load({}, tmp_path)
    socket_dir = (tmp_path / "postgres").resolve()
    assert settings.embedded_database and settings.database_url.startswith("postgresql+psycopg://postgres@/porte_voix?host=/")
    assert str(socket_dir) in settings.database_url or "porte-voix-pg-" in settings.database_url
    assert settings.embedded_redis and settings.redis_url == f"unix://{(tmp_path / 'redis.sock').resolve()}"
    assert settings.timezone == "Europe/Paris" and settings.default_language == "fr"
    # the generated secret key is kept and reused
    assert (tmp_path / "secret_key").read_text() == settings.secret_key == load({}, tmp_path).secret_key


def test_real_database_requires_a_secret(tmp_path):
    with pytest.raises(SettingsError, match="ADVOCACY_SECRET_KEY is required"):
        load({"ADVOCACY_DATABASE_URL": "postgresql://db/x"}, tmp_path)


def test_postgres_urls_use_psycopg3(tmp_path):
    settings = load({"ADVOCACY_DATABASE_URL": "postgres://u@db/x", "ADVOCACY_SECRET_KEY": "k" * 40,
                     "ADVOCACY_ENCRYPTION_KEYS": TEST_ENCRYPTION_KEYS, "ADVOCACY_VAPID_PRIVATE_KEY": TEST_VAPID_PRIVATE_KEY,
                     **CONTROLLER_ENVIRON}, tmp_path)
    assert settings.database_url == "postgresql+psycopg://u@db/x"


def test_real_database_requires_the_controller_identity(tmp_path):
    base = {"ADVOCACY_DATABASE_URL": "postgresql://db/x", "ADVOCACY_SECRET_KEY": "k" * 40,
            "ADVOCACY_ENCRYPTION_KEYS": TEST_ENCRYPTION_KEYS, "ADVOCACY_VAPID_PRIVATE_KEY": TEST_VAPID_PRIVATE_KEY}
    with pytest.raises(SettingsError) as caught:
        load(base, tmp_path)
    for name in CONTROLLER_ENVIRON:
        assert name in str(caught.value)
    partial = {**base, **CONTROLLER_ENVIRON}
    del partial["ADVOCACY_CONTROLLER_ADDRESS"]
    with pytest.raises(SettingsError, match="^ADVOCACY_CONTROLLER_ADDRESS is required"):
        load(partial, tmp_path)
    settings = load({**base, **CONTROLLER_ENVIRON}, tmp_path)
    assert (settings.controller_name, settings.controller_dpo_email) == ("Exemple SAS", "dpo@exemple.test")


def test_embedded_demo_names_a_demo_controller(tmp_path):
    settings = load({}, tmp_path)
    assert "demo" in settings.controller_name.lower() and settings.controller_dpo_email.endswith(".invalid")


@pytest.mark.parametrize("name, value, message", [
    ("ADVOCACY_CONTROLLER_DPO_EMAIL", "not-an-address", "must be an e-mail address"),
    ("ADVOCACY_CONTROLLER_NAME", "x" * 201, "at most 200 characters"),
    ("ADVOCACY_CONTROLLER_ADDRESS", "line\nbreak", "one line"),
])
def test_bad_controller_values_name_the_setting(tmp_path, name, value, message):
    with pytest.raises(SettingsError, match=f"{name} must .*{message}|{name} {message}"):
        load({**CONTROLLER_ENVIRON, name: value}, tmp_path)


@pytest.mark.parametrize("name, value, message", [
    ("ADVOCACY_SMTP_PORT", "abc", "ADVOCACY_SMTP_PORT must be a whole number"),
    ("ADVOCACY_SMTP_PORT", "70000", "at most 65535"),
    ("ADVOCACY_TIMEZONE", "Mars/Olympus", "not a known time zone"),
    ("ADVOCACY_DEFAULT_LANGUAGE", "de", "must be one of fr, en"),
    ("ADVOCACY_REDIS_URL", "http://x", "ADVOCACY_REDIS_URL must be a URL"),
    ("ADVOCACY_DATABASE_URL", "sqlite:///porte-voix.db", "must be a postgresql:// URL"),
    ("ADVOCACY_PUBLIC_BASE_URL", "ftp://x", "ADVOCACY_PUBLIC_BASE_URL must be a URL"),
    ("ADVOCACY_SMTP_STARTTLS", "maybe", "true or false"),
    ("ADVOCACY_SECRET_KEY", "short", "at least 32 characters"),
])
def test_bad_values_fail_fast_naming_the_variable(tmp_path, name, value, message):
    with pytest.raises(SettingsError, match=message):
        load({name: value}, tmp_path)


def test_create_app_fails_fast(tmp_path):
    from advocacy import create_app

    with pytest.raises(SettingsError):
        create_app({"INSTANCE_PATH": str(tmp_path), "ENVIRON": {"ADVOCACY_TIMEZONE": "nowhere"}})


def test_encryption_keys_required_with_a_real_database_and_generated_once_when_embedded(tmp_path):
    base = {"ADVOCACY_DATABASE_URL": "postgresql://db/x", "ADVOCACY_SECRET_KEY": "k" * 40,
            "ADVOCACY_VAPID_PRIVATE_KEY": TEST_VAPID_PRIVATE_KEY, **CONTROLLER_ENVIRON}
    with pytest.raises(SettingsError, match="^ADVOCACY_ENCRYPTION_KEYS is required"):
        load(base, tmp_path)
    with pytest.raises(SettingsError, match="Fernet keys"):
        load({**base, "ADVOCACY_ENCRYPTION_KEYS": "not-a-key"}, tmp_path)
    two = f"{TEST_ENCRYPTION_KEYS}, {'a' * 43}="
    assert load({**base, "ADVOCACY_ENCRYPTION_KEYS": two}, tmp_path).encryption_keys == (TEST_ENCRYPTION_KEYS,
                                                                                          "a" * 43 + "=")
    embedded = load({}, tmp_path / "embedded")
    assert (tmp_path / "embedded" / "encryption_keys").read_text() == embedded.encryption_keys[0]
    assert load({}, tmp_path / "embedded").encryption_keys == embedded.encryption_keys


def test_vapid_key_required_with_a_real_database_and_generated_once_when_embedded(tmp_path):
    from cryptography.hazmat.primitives.asymmetric import ec

    from advocacy.core.settings import vapid_public_key

    base = {"ADVOCACY_DATABASE_URL": "postgresql://db/x", "ADVOCACY_SECRET_KEY": "k" * 40,
            "ADVOCACY_ENCRYPTION_KEYS": TEST_ENCRYPTION_KEYS, **CONTROLLER_ENVIRON}
    with pytest.raises(SettingsError, match="^ADVOCACY_VAPID_PRIVATE_KEY is required"):
        load(base, tmp_path)
    for bad in ("not-a-key", "A" * 43, "_" * 43):  # not base64 / zero scalar / above the curve's order
        with pytest.raises(SettingsError, match="P-256 private key"):
            load({**base, "ADVOCACY_VAPID_PRIVATE_KEY": bad}, tmp_path)
    with pytest.raises(SettingsError, match="ADVOCACY_VAPID_SUBJECT"):
        load({**base, "ADVOCACY_VAPID_PRIVATE_KEY": TEST_VAPID_PRIVATE_KEY, "ADVOCACY_VAPID_SUBJECT": "admin"}, tmp_path)
    real = load({**base, "ADVOCACY_VAPID_PRIVATE_KEY": TEST_VAPID_PRIVATE_KEY,
                 "ADVOCACY_PUBLIC_BASE_URL": "https://advocacy.example.com"}, tmp_path)
    assert real.vapid_subject == "https://advocacy.example.com"
    point = base64.urlsafe_b64decode(real.vapid_public_key + "=")
    assert len(point) == 65 and point[0] == 4  # uncompressed P-256 point
    ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), point)
    embedded = load({}, tmp_path / "embedded")
    assert (tmp_path / "embedded" / "vapid_private_key").read_text() == embedded.vapid_private_key
    assert (tmp_path / "embedded" / "vapid_private_key").stat().st_mode & 0o777 == 0o600
    again = load({}, tmp_path / "embedded")
    assert again.vapid_public_key == embedded.vapid_public_key == vapid_public_key(embedded.vapid_private_key)
    assert embedded.vapid_subject.startswith("mailto:")
