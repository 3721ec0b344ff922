import pytest

from advocacy.settings import SettingsError, load


def test_embedded_defaults(tmp_path):
    settings = load({}, tmp_path)
    assert settings.embedded_database and settings.database_url.startswith("sqlite:///")
    assert settings.embedded_redis and settings.redis_url == f"unix://{(tmp_path / 'redis.sock').resolve()}"
    assert settings.timezone == "Europe/Paris" and settings.default_language == "fr"
    # the generated secret key is kept and reused
    assert (tmp_path / "secret_key").read_text() == settings.secret_key == load({}, tmp_path).secret_key


def test_real_database_requires_a_secret(tmp_path):
    with pytest.raises(SettingsError, match="ADVOCACY_SECRET_KEY is required"):
        load({"ADVOCACY_DATABASE_URL": "postgresql://db/x"}, tmp_path)


def test_postgres_urls_use_psycopg3(tmp_path):
    settings = load({"ADVOCACY_DATABASE_URL": "postgres://u@db/x", "ADVOCACY_SECRET_KEY": "k" * 40}, tmp_path)
    assert settings.database_url == "postgresql+psycopg://u@db/x"


@pytest.mark.parametrize("name, value, message", [
    ("ADVOCACY_SMTP_PORT", "abc", "ADVOCACY_SMTP_PORT must be a whole number"),
    ("ADVOCACY_SMTP_PORT", "70000", "at most 65535"),
    ("ADVOCACY_TIMEZONE", "Mars/Olympus", "not a known time zone"),
    ("ADVOCACY_DEFAULT_LANGUAGE", "de", "must be one of fr, en"),
    ("ADVOCACY_REDIS_URL", "http://x", "ADVOCACY_REDIS_URL must be a URL"),
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
