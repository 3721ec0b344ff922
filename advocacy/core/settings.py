"""Settings: one flat module of typed ``ADVOCACY_*`` environment reads.

Every value is read and checked once, when the application is created; a bad
value stops the process with a message naming the variable (fail fast).
Nothing here opens a connection.
"""
from __future__ import annotations

import base64
import hashlib
import os
import re
import secrets
import shutil
import tempfile
from dataclasses import dataclass, field, fields
from pathlib import Path
from urllib.parse import quote, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

LANGUAGES = ("fr", "en")
#: Who is responsible for the processing (GDPR controller): named in consent receipts and notices.
CONTROLLER_SETTINGS = ("ADVOCACY_CONTROLLER_NAME", "ADVOCACY_CONTROLLER_ADDRESS", "ADVOCACY_CONTROLLER_DPO_EMAIL")
#: What the embedded demo names as controller (never a real organisation).
EMBEDDED_CONTROLLER = ("Porte-voix demo (embedded database)", "Demo only: no real controller",
                       "dpo@demo.invalid")
_EMAIL = re.compile(r"^[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;]+$")
LOG_FORMATS = ("text", "json")
#: The organisation's time zone unless ``ADVOCACY_TIMEZONE`` says otherwise (the only place it is written).
DEFAULT_TIMEZONE = "Europe/Paris"


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


#: A LinkedIn Marketing API version LinkedIn documents as current (Microsoft Learn, "Member Post
#: Statistics", view li-lms-2026-03). LinkedIn sunsets each version about a year after it ships.
LINKEDIN_VERSION = "202603"


def _yyyymm(env, name, default):
    value = _str(env, name, default)
    if not (len(value) == 6 and value.isdigit() and 1 <= int(value[4:]) <= 12 and value >= "202301"):
        raise SettingsError(f"{name} must be a LinkedIn API version YYYYMM (e.g. {default}), got {value!r}")
    return value


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


def host_key(host: str) -> str:
    return (host or "").strip("[]").rstrip(".").lower()


def parse_allow(value) -> frozenset[tuple[str, int]]:
    """``"host:port,[::1]:8080"`` → {("host", port), ("::1", 8080)}."""
    if isinstance(value, (set, frozenset, list, tuple)):
        return frozenset((h.lower(), int(p)) for h, p in value)
    allowed = set()
    for item in (value or "").split(","):
        item = item.strip()
        if not item:
            continue
        host, sep, port = item.rpartition(":")
        if not sep or not port.isdigit() or not host:
            raise ValueError(f"ADVOCACY_OUTBOUND_ALLOW entries are host:port, got {item!r}")
        allowed.add((host.strip("[]").lower(), int(port)))
    return frozenset(allowed)


def normalise_database_url(url: str) -> str:
    """Use the psycopg 3 driver for PostgreSQL URLs written the usual way."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return url


# The embedded PostgreSQL (advocacy.core.pgembedded runs it): where it lives and how to reach it.
EMBEDDED_DATABASE = "porte_voix"
EMBEDDED_SUPERUSER = "postgres"
EMBEDDED_PORT = 5432  # no TCP listener: this only names the socket file (.s.PGSQL.5432)
_SOCKET_MAX = 100  # sun_path is 104–108 bytes depending on the system


def embedded_data_dir(instance: str | os.PathLike) -> Path:
    return Path(instance).resolve() / "postgres"


def embedded_socket_dir(data: Path) -> Path:
    """The data directory itself, or a short private directory when its path is too long for a socket."""
    if len(str(data / f".s.PGSQL.{EMBEDDED_PORT}")) <= _SOCKET_MAX:
        return data
    digest = hashlib.sha256(str(data).encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"porte-voix-pg-{digest}"


def embedded_database_url(instance: str | os.PathLike, database: str = EMBEDDED_DATABASE) -> str:
    """The SQLAlchemy URL of the embedded database (psycopg 3 over the unix socket)."""
    host = quote(str(embedded_socket_dir(embedded_data_dir(instance))), safe="/")
    return f"postgresql+psycopg://{EMBEDDED_SUPERUSER}@/{database}?host={host}"


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
    linkedin_version: str
    tracking_click_sync_commit: bool
    log_level: str
    log_format: str
    oidc_issuer: str | None = None
    oidc_client_id: str | None = None
    oidc_client_secret: str | None = None
    oidc_role_claim: str | None = None
    oidc_team_claim: str | None = None
    oidc_create_people: bool = False
    saml_idp_metadata: str | None = None
    saml_sp_entity_id: str | None = None
    saml_create_people: bool = False
    #: Our SP key pair (PEM files) for signing AuthnRequests when the IdP metadata asks for it
    #: (``WantAuthnRequestsSigned``); unset in the embedded mode, one is generated into ``instance/``.
    saml_sp_key: str | None = None
    saml_sp_cert: str | None = None
    controller_name: str = EMBEDDED_CONTROLLER[0]
    controller_address: str = EMBEDDED_CONTROLLER[1]
    controller_dpo_email: str = EMBEDDED_CONTROLLER[2]
    trusted_proxies: int = 0
    #: Fernet keys (urlsafe base64, 32 bytes) for the linked accounts' tokens; the first encrypts,
    #: every one decrypts (``flask accounts rotate-keys`` re-encrypts with the first).
    encryption_keys: tuple = ()
    #: LinkedIn app (Sign In with LinkedIn using OpenID Connect + Share on LinkedIn) for linking members'
    #: accounts: both or neither; the sign-in pages live under ``linkedin_auth_url``.
    linkedin_client_id: str | None = None
    linkedin_client_secret: str | None = None
    linkedin_auth_url: str = "https://www.linkedin.com"
    linkedin_scopes: str = "openid profile w_member_social"
    #: Demo only: ``make run`` starts a loopback fake Mastodon and links employee2 to it.
    demo_fake_networks: bool = False
    #: The demo's fake Mastodon, LinkedIn and Bluesky ports on 127.0.0.1 (``ADVOCACY_DEMO_FAKE_PORTS``).
    demo_fake_ports: tuple = (8765, 8767, 8770)
    #: Web Push (RFC 8292 VAPID): the application server's P-256 private key (urlsafe base64 of the
    #: 32-byte scalar, never shown), its public key (what browsers subscribe with, served to pages)
    #: and the contact the push services may write to (``mailto:`` or ``https:``).
    vapid_private_key: str = ""
    vapid_public_key: str = ""
    vapid_subject: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def controller_is_demo(self) -> bool:
        """The embedded demo's placeholder controller (pages name it in the reader's language)."""
        return (self.controller_name, self.controller_address, self.controller_dpo_email) == EMBEDDED_CONTROLLER

    def flask_config(self) -> dict:
        """The settings as Flask config keys (upper-case names)."""
        config = {f.name.upper(): getattr(self, f.name) for f in fields(self) if f.name != "extra"}
        config["SQLALCHEMY_DATABASE_URI"] = self.database_url
        config["SECRET_KEY"] = self.secret_key
        config["BABEL_DEFAULT_LOCALE"] = self.default_language
        config["BABEL_DEFAULT_TIMEZONE"] = self.timezone
        return config


#: The ports of the demo's fake Mastodon, LinkedIn and Bluesky (``ADVOCACY_DEMO_FAKE_NETWORKS``;
#: 8766, 8768 and 8769 are left for a reviewer's own Mastodon, OIDC provider and webhook receiver); ``ADVOCACY_DEMO_FAKE_PORTS`` moves them.
DEMO_FAKE_PORTS = (8765, 8767, 8770)
DEMO_FAKE_MASTODON_PORT = DEMO_FAKE_PORTS[0]
#: The LinkedIn app the demo's fake LinkedIn knows (demo only, never a real secret).
DEMO_LINKEDIN_CLIENT = ("porte-voix-demo-linkedin", "porte-voix-demo-linkedin-secret")
#: Where the embedded mode keeps its generated token-encryption key.
ENCRYPTION_KEYS_FILE = "encryption_keys"


def _fernet_key_ok(key: str) -> bool:
    try:
        return len(base64.urlsafe_b64decode(key.encode("ascii"))) == 32 and len(key) == 44
    except (ValueError, UnicodeEncodeError):
        return False


def instance_secret(path: Path, generate) -> str:
    """The embedded mode's secret in ``path``: read if there, else ``generate()``-d and written once,
    readable by the owner only (created exclusively: two processes starting together cannot both write)."""
    if path.exists():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    value = generate()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(value)
    return value


def _encryption_keys(env, instance: Path, embedded_database: bool) -> tuple:
    """``ADVOCACY_ENCRYPTION_KEYS``: comma-separated Fernet keys, newest first. Required with a real
    database; the embedded mode generates one into ``instance/encryption_keys`` once."""
    raw = _str(env, "ADVOCACY_ENCRYPTION_KEYS")
    if raw is None:
        if not embedded_database:
            raise SettingsError(
                "ADVOCACY_ENCRYPTION_KEYS is required when ADVOCACY_DATABASE_URL is set: it encrypts the tokens of "
                "linked network accounts (generate one with: python -c 'from cryptography.fernet import Fernet; "
                "print(Fernet.generate_key().decode())')")
        raw = instance_secret(instance / ENCRYPTION_KEYS_FILE,
                              lambda: base64.urlsafe_b64encode(secrets.token_bytes(32)).decode("ascii"))
    keys = tuple(k.strip() for k in raw.split(",") if k.strip())
    if not keys or not all(_fernet_key_ok(k) for k in keys):
        raise SettingsError("ADVOCACY_ENCRYPTION_KEYS must be comma-separated Fernet keys (44 characters of "
                            "urlsafe base64 each)")
    return keys


#: Where the embedded mode keeps its generated Web Push (VAPID) private key.
VAPID_KEY_FILE = "vapid_private_key"


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def vapid_public_key(private_key: str) -> str:
    """The uncompressed P-256 public point (65 bytes, urlsafe base64 without padding) of a VAPID
    private key: the ``applicationServerKey`` browsers subscribe with. ``ValueError`` if malformed."""
    try:
        raw = base64.urlsafe_b64decode(private_key + "=" * (-len(private_key) % 4))
    except (ValueError, UnicodeEncodeError):
        raise ValueError("not urlsafe base64") from None
    if len(raw) != 32:
        raise ValueError("not 32 bytes")
    key = ec.derive_private_key(int.from_bytes(raw, "big"), ec.SECP256R1())  # ValueError out of range
    return _b64url(key.public_key().public_bytes(Encoding.X962, PublicFormat.UncompressedPoint))


def generate_vapid_private_key() -> str:
    """A new VAPID private key in the form ``ADVOCACY_VAPID_PRIVATE_KEY`` takes."""
    key = ec.generate_private_key(ec.SECP256R1())
    return _b64url(key.private_numbers().private_value.to_bytes(32, "big"))


def _vapid(env, instance: Path, embedded_database: bool, public_base_url: str, smtp_from: str) -> dict:
    """``ADVOCACY_VAPID_PRIVATE_KEY`` (required with a real database; the embedded mode generates one
    into ``instance/vapid_private_key`` once) and ``ADVOCACY_VAPID_SUBJECT``."""
    raw = _str(env, "ADVOCACY_VAPID_PRIVATE_KEY")
    if raw is None:
        if not embedded_database:
            raise SettingsError(
                "ADVOCACY_VAPID_PRIVATE_KEY is required when ADVOCACY_DATABASE_URL is set: it signs Web Push "
                "notifications (generate one with: python -m advocacy.core.settings vapid)")
        raw = instance_secret(instance / VAPID_KEY_FILE, generate_vapid_private_key)
    try:
        public = vapid_public_key(raw)
    except ValueError:
        raise SettingsError("ADVOCACY_VAPID_PRIVATE_KEY must be a P-256 private key: the urlsafe base64 of its "
                            "32-byte secret (python -m advocacy.core.settings vapid prints a new one)") from None
    subject = _str(env, "ADVOCACY_VAPID_SUBJECT")
    if subject is None:
        subject = public_base_url if public_base_url.startswith("https://") else f"mailto:{smtp_from}"
    elif not (subject.startswith("https://") or (subject.startswith("mailto:") and _EMAIL.match(subject[7:]))):
        raise SettingsError(f"ADVOCACY_VAPID_SUBJECT must be a mailto: address or an https:// URL, got {subject!r}")
    return {"vapid_private_key": raw, "vapid_public_key": public, "vapid_subject": subject}


def _embedded_secret(instance: Path) -> str:
    return instance_secret(instance / "secret_key", lambda: secrets.token_urlsafe(48))


#: Written by ``python -m advocacy.run web``: the address it serves, for commands run beside it.
WEB_URL_FILE = "web-url"


def default_public_base_url(env, instance: Path | None = None) -> str:
    """Where ``make run`` serves: ``HOST`` and ``WEB_PORT``/``PORT`` (a wildcard host becomes the
    loopback); without them, the address the running web process recorded; else port 5000."""
    port = _int(env, "WEB_PORT", None, minimum=1, maximum=65535)
    if port is None:
        port = _int(env, "PORT", None, minimum=1, maximum=65535)
    if port is None and instance is not None and (instance / WEB_URL_FILE).is_file():
        recorded = (instance / WEB_URL_FILE).read_text().strip()
        if urlsplit(recorded).scheme in ("http", "https"):
            return recorded
    port = port or 5000
    host = _str(env, "HOST", "127.0.0.1")
    if host in ("0.0.0.0", "::", "[::]", "*"):
        host = "127.0.0.1"
    elif ":" in host and not host.startswith("["):
        host = f"[{host}]"
    return f"http://{host}:{port}"


def load(environ=None, instance_path: str | os.PathLike = "instance") -> Settings:
    env = os.environ if environ is None else environ
    instance = Path(instance_path)

    database_url = _str(env, "ADVOCACY_DATABASE_URL")
    embedded_database = database_url is None
    if embedded_database:
        database_url = embedded_database_url(instance)
    else:
        if not database_url.startswith(("postgres://", "postgresql://", "postgresql+psycopg://")):
            raise SettingsError(
                "ADVOCACY_DATABASE_URL must be a postgresql:// URL, "
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

    timezone = _str(env, "ADVOCACY_TIMEZONE", DEFAULT_TIMEZONE)
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
    log_format = _str(env, "ADVOCACY_LOG_FORMAT", "text").lower()
    if log_format not in LOG_FORMATS:
        raise SettingsError(f"ADVOCACY_LOG_FORMAT must be text or json, got {log_format!r}")

    outbound_allow = _str(env, "ADVOCACY_OUTBOUND_ALLOW", "")
    demo_fake_networks = _bool(env, "ADVOCACY_DEMO_FAKE_NETWORKS", False)
    demo_fake_ports = _demo_fake_ports(env)
    linkedin_app = _linkedin_app(env)
    linkedin_api_url = _url(env, "ADVOCACY_LINKEDIN_API_URL", "https://api.linkedin.com")
    if demo_fake_networks:
        if not embedded_database:
            raise SettingsError("ADVOCACY_DEMO_FAKE_NETWORKS is for the embedded demo only (unset ADVOCACY_DATABASE_URL)")
        for port in demo_fake_ports:
            demo_host = f"127.0.0.1:{port}"
            if demo_host not in outbound_allow.split(","):
                outbound_allow = ",".join(x for x in (outbound_allow, demo_host) if x)
        if not linkedin_app["linkedin_client_id"]:  # no LinkedIn app of yours: the demo's fake LinkedIn
            fake_linkedin = f"http://127.0.0.1:{demo_fake_ports[1]}"
            linkedin_app.update(linkedin_client_id=DEMO_LINKEDIN_CLIENT[0], linkedin_client_secret=DEMO_LINKEDIN_CLIENT[1],
                                linkedin_auth_url=fake_linkedin)
            linkedin_api_url = fake_linkedin
    oidc = _oidc(env, outbound_allow)
    controller = _controller(env, embedded_database)
    public_base_url = _url(env, "ADVOCACY_PUBLIC_BASE_URL", None) or default_public_base_url(env, instance)
    smtp_from = _str(env, "ADVOCACY_SMTP_FROM", "porte-voix@localhost")

    return Settings(
        instance_path=str(instance),
        database_url=database_url,
        embedded_database=embedded_database,
        redis_url=redis_url,
        embedded_redis=embedded_redis,
        secret_key=secret_key,
        public_base_url=public_base_url,
        timezone=timezone,
        default_language=language,
        smtp_host=_str(env, "ADVOCACY_SMTP_HOST"),
        smtp_port=_int(env, "ADVOCACY_SMTP_PORT", 587, minimum=1, maximum=65535),
        smtp_user=_str(env, "ADVOCACY_SMTP_USER"),
        smtp_password=_str(env, "ADVOCACY_SMTP_PASSWORD"),
        smtp_from=smtp_from,
        smtp_starttls=_bool(env, "ADVOCACY_SMTP_STARTTLS", True),
        outbound_allow=outbound_allow,
        bluesky_appview_url=_url(env, "ADVOCACY_BLUESKY_APPVIEW_URL", "https://public.api.bsky.app"),
        x_api_url=_url(env, "ADVOCACY_X_API_URL", "https://api.x.com"),
        x_bearer_token=_str(env, "ADVOCACY_X_BEARER_TOKEN"),
        linkedin_api_url=linkedin_api_url,
        linkedin_version=_yyyymm(env, "ADVOCACY_LINKEDIN_VERSION", LINKEDIN_VERSION),
        tracking_click_sync_commit=_bool(env, "ADVOCACY_TRACKING_CLICK_SYNC_COMMIT", True),
        log_level=log_level,
        log_format=log_format,
        controller_name=controller[0],
        controller_address=controller[1],
        controller_dpo_email=controller[2],
        **oidc,
        **_saml(env),
        **linkedin_app,
        trusted_proxies=_int(env, "ADVOCACY_TRUSTED_PROXIES", 0, minimum=0, maximum=10),
        encryption_keys=_encryption_keys(env, instance, embedded_database),
        demo_fake_networks=demo_fake_networks,
        demo_fake_ports=demo_fake_ports,
        **_vapid(env, instance, embedded_database, public_base_url, smtp_from),
    )


#: What linking a LinkedIn account asks for: OpenID Connect sign-in (the member's id, ``sub``) and posting.
LINKEDIN_SCOPES = ("openid", "profile", "w_member_social")


def _demo_fake_ports(env) -> tuple:
    raw = _str(env, "ADVOCACY_DEMO_FAKE_PORTS")
    if raw is None:
        return DEMO_FAKE_PORTS
    try:
        ports = tuple(int(p) for p in raw.split(","))
    except ValueError:
        ports = ()
    if len(ports) != 3 or len(set(ports)) != 3 or not all(1024 <= p <= 65535 for p in ports):
        raise SettingsError("ADVOCACY_DEMO_FAKE_PORTS is three distinct ports (Mastodon, LinkedIn, Bluesky), e.g. "
                            f"8765,8767,8770; got {raw!r}")
    return ports


def _linkedin_app(env) -> dict:
    """``ADVOCACY_LINKEDIN_CLIENT_ID``/``_CLIENT_SECRET`` (both or neither), ``_AUTH_URL``, ``_SCOPES``."""
    client_id = _str(env, "ADVOCACY_LINKEDIN_CLIENT_ID")
    secret = _str(env, "ADVOCACY_LINKEDIN_CLIENT_SECRET")
    if bool(client_id) != bool(secret):
        raise SettingsError("ADVOCACY_LINKEDIN_CLIENT_ID and ADVOCACY_LINKEDIN_CLIENT_SECRET go together "
                            "(the LinkedIn app that links members' accounts)")
    scopes = _str(env, "ADVOCACY_LINKEDIN_SCOPES", " ".join(LINKEDIN_SCOPES))
    words = scopes.replace(",", " ").split()
    missing = [s for s in LINKEDIN_SCOPES if s not in words]
    if missing or any(not re.fullmatch(r"[A-Za-z_]{1,60}", w) for w in words):
        raise SettingsError("ADVOCACY_LINKEDIN_SCOPES must be space-separated LinkedIn scopes including "
                            f"{' '.join(LINKEDIN_SCOPES)} (add r_member_postAnalytics for post metrics), got {scopes!r}")
    return {"linkedin_client_id": client_id, "linkedin_client_secret": secret,
            "linkedin_auth_url": _url(env, "ADVOCACY_LINKEDIN_AUTH_URL", "https://www.linkedin.com").rstrip("/"),
            "linkedin_scopes": " ".join(dict.fromkeys(words))}


def _saml(env) -> dict:
    """``ADVOCACY_SAML_IDP_METADATA``: the IdP's metadata XML, a file path or an http(s) URL."""
    source = _str(env, "ADVOCACY_SAML_IDP_METADATA")
    entity = _str(env, "ADVOCACY_SAML_SP_ENTITY_ID")
    create = _bool(env, "ADVOCACY_SAML_CREATE_PEOPLE", False)
    if source is None:
        if entity or create or _str(env, "ADVOCACY_SAML_SP_KEY") or _str(env, "ADVOCACY_SAML_SP_CERT"):
            raise SettingsError("ADVOCACY_SAML_IDP_METADATA is required with ADVOCACY_SAML_SP_ENTITY_ID, "
                                "ADVOCACY_SAML_SP_KEY/_CERT or ADVOCACY_SAML_CREATE_PEOPLE")
        return {}
    if not source.startswith(("https://", "http://")):
        path = Path(source)
        if not path.is_file():
            raise SettingsError(f"ADVOCACY_SAML_IDP_METADATA is neither an http(s) URL nor a readable file: {source!r}")
        source = str(path.resolve())
    if shutil.which("xmlsec1") is None:
        raise SettingsError("ADVOCACY_SAML_IDP_METADATA needs the xmlsec1 program to check signatures "
                            "(Debian/Ubuntu: apt-get install xmlsec1)")
    key, cert = _str(env, "ADVOCACY_SAML_SP_KEY"), _str(env, "ADVOCACY_SAML_SP_CERT")
    if (key is None) != (cert is None):
        raise SettingsError("ADVOCACY_SAML_SP_KEY and ADVOCACY_SAML_SP_CERT go together (PEM files of our "
                            "signing key and its certificate)")
    if key is not None:
        key, cert = _saml_key_pair(key, cert)
    return {"saml_idp_metadata": source, "saml_sp_entity_id": entity, "saml_create_people": create,
            "saml_sp_key": key, "saml_sp_cert": cert}


def _saml_key_pair(key_path: str, cert_path: str) -> tuple[str, str]:
    """The SP's signing key and certificate: readable PEM files whose public keys match."""
    try:
        key = serialization.load_pem_private_key(Path(key_path).read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise SettingsError(f"ADVOCACY_SAML_SP_KEY is not a readable unencrypted PEM private key: {key_path!r} "
                            f"({exc.__class__.__name__})") from None
    try:
        cert = x509.load_pem_x509_certificate(Path(cert_path).read_bytes())
    except (OSError, ValueError) as exc:
        raise SettingsError(f"ADVOCACY_SAML_SP_CERT is not a readable PEM certificate: {cert_path!r} "
                            f"({exc.__class__.__name__})") from None
    raw = serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    if key.public_key().public_bytes(*raw) != cert.public_key().public_bytes(*raw):
        raise SettingsError("ADVOCACY_SAML_SP_CERT is not the certificate of ADVOCACY_SAML_SP_KEY")
    return str(Path(key_path).resolve()), str(Path(cert_path).resolve())


def _oidc(env, outbound_allow: str) -> dict:
    """``ADVOCACY_OIDC_*``: all three of issuer, client id and secret, or none of them."""
    issuer = _url(env, "ADVOCACY_OIDC_ISSUER")
    client_id = _str(env, "ADVOCACY_OIDC_CLIENT_ID")
    secret = _str(env, "ADVOCACY_OIDC_CLIENT_SECRET")
    extra = {name: _str(env, f"ADVOCACY_OIDC_{name.upper()}")
             for name in ("role_claim", "team_claim")}
    create = _bool(env, "ADVOCACY_OIDC_CREATE_PEOPLE", False)
    if issuer is None:
        given = [n for n, v in (("CLIENT_ID", client_id), ("CLIENT_SECRET", secret), ("ROLE_CLAIM", extra["role_claim"]),
                                ("TEAM_CLAIM", extra["team_claim"])) if v]
        if given or create:
            raise SettingsError("ADVOCACY_OIDC_ISSUER is required when any ADVOCACY_OIDC_* setting is given "
                                f"(got {', '.join('ADVOCACY_OIDC_' + n for n in given) or 'ADVOCACY_OIDC_CREATE_PEOPLE'})")
        return {}
    if client_id is None or secret is None:
        raise SettingsError("ADVOCACY_OIDC_CLIENT_ID and ADVOCACY_OIDC_CLIENT_SECRET are required with ADVOCACY_OIDC_ISSUER")
    parts = urlsplit(issuer)
    if parts.query or parts.fragment:
        raise SettingsError(f"ADVOCACY_OIDC_ISSUER must be the issuer URL without query or fragment, got {issuer!r}")
    if parts.scheme == "http":
        try:
            allowed = parse_allow(outbound_allow)
        except ValueError as exc:
            raise SettingsError(str(exc)) from None
        if (host_key(parts.hostname or ""), parts.port or 80) not in allowed:
            raise SettingsError("ADVOCACY_OIDC_ISSUER must use https:// unless its host:port is named in "
                                f"ADVOCACY_OUTBOUND_ALLOW (got {issuer!r})")
    return {"oidc_issuer": issuer, "oidc_client_id": client_id, "oidc_client_secret": secret,
            "oidc_create_people": create, **{f"oidc_{k}": v for k, v in extra.items()}}


def _controller(env, embedded_database: bool) -> tuple[str, str, str]:
    """The controller's name, postal address and DPO e-mail; required with a real database."""
    values = [_str(env, name) for name in CONTROLLER_SETTINGS]
    missing = [name for name, value in zip(CONTROLLER_SETTINGS, values) if value is None]
    if missing and not embedded_database:
        raise SettingsError(
            f"{', '.join(missing)} {'is' if len(missing) == 1 else 'are'} required when ADVOCACY_DATABASE_URL is set: "
            "consent receipts and notices must name the controller (the employer), its address and its "
            "data protection officer's e-mail")
    name, address, email = (value if value is not None else default
                            for value, default in zip(values, EMBEDDED_CONTROLLER))
    for setting, value, limit in zip(CONTROLLER_SETTINGS, (name, address, email), (200, 500, 254)):
        if len(value) > limit or any(ord(c) < 32 for c in value):
            raise SettingsError(f"{setting} must be one line of at most {limit} characters")
    if not _EMAIL.match(email):
        raise SettingsError(f"ADVOCACY_CONTROLLER_DPO_EMAIL must be an e-mail address, got {email!r}")
    return name, address, email


if __name__ == "__main__":  # python -m advocacy.core.settings vapid
    import sys

    if sys.argv[1:] == ["vapid"]:
        private = generate_vapid_private_key()
        print(f"ADVOCACY_VAPID_PRIVATE_KEY={private}")
        print(f"# public key (served to browsers): {vapid_public_key(private)}")
    else:
        sys.exit("usage: python -m advocacy.core.settings vapid")
