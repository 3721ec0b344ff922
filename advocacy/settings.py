"""Settings: one flat module of typed ``ADVOCACY_*`` environment reads.

Every value is read and checked once, when the application is created; a bad
value stops the process with a message naming the variable (fail fast).
Nothing here opens a connection.
"""
from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field, fields
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

LANGUAGES = ("fr", "en")


class SettingsError(RuntimeError):
    """A configuration value is missing or malformed."""


def _str(env, name, default=None):
    value = env.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip()


def _int(env, name, default, *, minimum=None, maximum=None):
    raw = _str(env, name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SettingsError(f"{name} must be a whole number, got {raw!r}") from None
    if minimum is not None and value < minimum:
        raise SettingsError(f"{name} must be at least {minimum}, got {value}")
    if maximum is not None and value > maximum:
        raise SettingsError(f"{name} must be at most {maximum}, got {value}")
    return value


def _bool(env, name, default):
    raw = _str(env, name)
    if raw is None:
        return default
    lowered = raw.lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise SettingsError(f"{name} must be true or false, got {raw!r}")


def _url(env, name, default=None, *, schemes=("http", "https")):
    raw = _str(env, name)
    if raw is None:
        return default
    parts = urlsplit(raw)
    if parts.scheme not in schemes or not (parts.netloc or parts.path):
        raise SettingsError(
            f"{name} must be a URL starting with {' or '.join(s + '://' for s in schemes)}, got {raw!r}"
        )
    return raw.rstrip("/") if parts.scheme in ("http", "https") else raw


def normalise_database_url(url: str) -> str:
    """Use the psycopg 3 driver for PostgreSQL URLs written the usual way."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return url


@dataclass(frozen=True)
class Settings:
    instance_path: str
    database_url: str
    embedded_database: bool
    redis_url: str
    embedded_redis: bool
    secret_key: str
    public_base_url: str
    timezone: str
    default_language: str
    smtp_host: str | None
    smtp_port: int
    smtp_user: str | None
    smtp_password: str | None
    smtp_from: str
    smtp_starttls: bool
    outbound_allow: str
    bluesky_appview_url: str
    x_api_url: str
    x_bearer_token: str | None
    linkedin_api_url: str
    tracking_click_sync_commit: bool
    log_level: str
    extra: dict = field(default_factory=dict)

    def flask_config(self) -> dict:
        """The settings as Flask config keys (upper-case names)."""
        config = {f.name.upper(): getattr(self, f.name) for f in fields(self) if f.name != "extra"}
        config["SQLALCHEMY_DATABASE_URI"] = self.database_url
        config["SECRET_KEY"] = self.secret_key
        config["BABEL_DEFAULT_LOCALE"] = self.default_language
        config["BABEL_DEFAULT_TIMEZONE"] = self.timezone
        return config


def _embedded_secret(instance: Path) -> str:
    path = instance / "secret_key"
    if path.exists():
        return path.read_text().strip()
    instance.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(key)
    return key


def load(environ=None, instance_path: str | os.PathLike = "instance") -> Settings:
    env = os.environ if environ is None else environ
    instance = Path(instance_path)

    database_url = _str(env, "ADVOCACY_DATABASE_URL")
    embedded_database = database_url is None
    if embedded_database:
        database_url = f"sqlite:///{(instance / 'porte-voix.sqlite3').resolve()}"
    else:
        if not database_url.startswith(("postgres://", "postgresql://", "postgresql+", "sqlite:")):
            raise SettingsError(
                "ADVOCACY_DATABASE_URL must be a postgresql:// (or sqlite://) URL, "
                f"got {database_url.split('@')[-1]!r}"
            )
        database_url = normalise_database_url(database_url)

    redis_url = _url(env, "ADVOCACY_REDIS_URL", schemes=("redis", "rediss", "unix"))
    embedded_redis = redis_url is None
    if embedded_redis:
        redis_url = f"unix://{(instance / 'redis.sock').resolve()}"

    secret_key = _str(env, "ADVOCACY_SECRET_KEY")
    if secret_key is None:
        if not embedded_database:
            raise SettingsError(
                "ADVOCACY_SECRET_KEY is required when ADVOCACY_DATABASE_URL is set "
                "(generate one with: python -c 'import secrets; print(secrets.token_urlsafe(48))')"
            )
        secret_key = _embedded_secret(instance)
    elif len(secret_key) < 32:
        raise SettingsError("ADVOCACY_SECRET_KEY must be at least 32 characters long")

    timezone = _str(env, "ADVOCACY_TIMEZONE", "Europe/Paris")
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise SettingsError(f"ADVOCACY_TIMEZONE is not a known time zone: {timezone!r}") from None

    language = _str(env, "ADVOCACY_DEFAULT_LANGUAGE", "fr")
    if language not in LANGUAGES:
        raise SettingsError(f"ADVOCACY_DEFAULT_LANGUAGE must be one of {', '.join(LANGUAGES)}, got {language!r}")

    log_level = _str(env, "ADVOCACY_LOG_LEVEL", "INFO").upper()
    if log_level not in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
        raise SettingsError(f"ADVOCACY_LOG_LEVEL must be DEBUG, INFO, WARNING, ERROR or CRITICAL, got {log_level!r}")

    return Settings(
        instance_path=str(instance),
        database_url=database_url,
        embedded_database=embedded_database,
        redis_url=redis_url,
        embedded_redis=embedded_redis,
        secret_key=secret_key,
        public_base_url=_url(env, "ADVOCACY_PUBLIC_BASE_URL", "http://127.0.0.1:5000"),
        timezone=timezone,
        default_language=language,
        smtp_host=_str(env, "ADVOCACY_SMTP_HOST"),
        smtp_port=_int(env, "ADVOCACY_SMTP_PORT", 587, minimum=1, maximum=65535),
        smtp_user=_str(env, "ADVOCACY_SMTP_USER"),
        smtp_password=_str(env, "ADVOCACY_SMTP_PASSWORD"),
        smtp_from=_str(env, "ADVOCACY_SMTP_FROM", "porte-voix@localhost"),
        smtp_starttls=_bool(env, "ADVOCACY_SMTP_STARTTLS", True),
        outbound_allow=_str(env, "ADVOCACY_OUTBOUND_ALLOW", ""),
        bluesky_appview_url=_url(env, "ADVOCACY_BLUESKY_APPVIEW_URL", "https://public.api.bsky.app"),
        x_api_url=_url(env, "ADVOCACY_X_API_URL", "https://api.x.com"),
        x_bearer_token=_str(env, "ADVOCACY_X_BEARER_TOKEN"),
        linkedin_api_url=_url(env, "ADVOCACY_LINKEDIN_API_URL", "https://api.linkedin.com"),
        tracking_click_sync_commit=_bool(env, "ADVOCACY_TRACKING_CLICK_SYNC_COMMIT", True),
        log_level=log_level,
    )
