"""Fixtures: a real PostgreSQL and a real Redis; each test in a rolled-back transaction.

Servers (``tests/services.py``): ``ADVOCACY_TEST_DATABASE_URL`` / ``ADVOCACY_TEST_REDIS_URL`` when
set, else the machine's PostgreSQL (database ``test`` on 127.0.0.1:5432) and Redis (127.0.0.1:6379)
when they answer, else embedded ones started for the session; ``ADVOCACY_TEST_SERVICES=embedded``
forces the embedded servers.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import services  # noqa: E402 - needs the repository on sys.path

pytest_plugins = [
    "tests.fixtures.charter", "tests.fixtures.consent", "tests.fixtures.campaigns", "tests.fixtures.tracking",
    "tests.fixtures.queries", "tests.fixtures.members",
]

TEST_DATABASE_URL, TEST_REDIS_URL = services.resolve()
TEST_INSTANCE = str(services.instance_path(ROOT))  # instance/test (instance/test-gwN per xdist worker)
TEST_SECRET = "test-secret-key-that-is-long-enough-0123456789"
#: The Fernet key of linked accounts' tokens in tests (ADVOCACY_ENCRYPTION_KEYS).
TEST_ENCRYPTION_KEYS = "dGVzdC1lbmNyeXB0aW9uLWtleS0wMTIzNDU2Nzg5YWI="
#: The Web Push (VAPID) private key in tests (ADVOCACY_VAPID_PRIVATE_KEY).
TEST_VAPID_PRIVATE_KEY = "VfkGiw6xIb0W5I4LaRNiCCr8hL-qCcftdENxGmgz3aw"
MFA_ROLES = ("admin", "hr", "staff_rep", "compliance")  # advocacy.auth.mfa.MFA_ROLES (checked in tests/auth)
CONTROLLER_ENVIRON = {
    "ADVOCACY_CONTROLLER_NAME": "Exemple SAS",
    "ADVOCACY_CONTROLLER_ADDRESS": "1 rue de l'Exemple, 75001 Paris",
    "ADVOCACY_CONTROLLER_DPO_EMAIL": "dpo@exemple.test",
}


def test_environ(**overrides) -> dict:
    """Environment for the app (and for worker subprocesses) in tests."""
    env = {
        "ADVOCACY_DATABASE_URL": TEST_DATABASE_URL,
        "ADVOCACY_REDIS_URL": TEST_REDIS_URL,
        "ADVOCACY_SECRET_KEY": TEST_SECRET,
        "ADVOCACY_ENCRYPTION_KEYS": TEST_ENCRYPTION_KEYS,
        "ADVOCACY_VAPID_PRIVATE_KEY": TEST_VAPID_PRIVATE_KEY,
        "ADVOCACY_PUBLIC_BASE_URL": "http://localhost",
        # Registering a Bluesky post resolves its handle: never on the real AppView from a test
        # (a .invalid name never resolves, RFC 2606); tests that poll use the loopback fake.
        "ADVOCACY_BLUESKY_APPVIEW_URL": "https://appview.invalid",
        **CONTROLLER_ENVIRON,
    }
    env.update(overrides)
    return env


test_environ.__test__ = False  # a helper, not a test


def pytest_unconfigure(config):
    services.stop()  # the embedded servers this session started, if any


def make_app(tmp_path_factory=None, **config):
    from advocacy import create_app

    instance = config.pop("INSTANCE_PATH", None) or TEST_INSTANCE
    environ = test_environ(**config.pop("ENVIRON", {}))
    base = {
        "TESTING": True,
        "INSTANCE_PATH": instance,
        "ENVIRON": environ,
        "PASSWORD_HASH_PROFILE": "fast",
        "WTF_CSRF_ENABLED": False,
        "SERVER_NAME": None,
    }
    base.update(config)
    return create_app(base)


def reset_schema(app) -> None:
    """Drop everything, run the migrations, then create any table the migrations lack."""
    from flask_migrate import upgrade

    from advocacy.extensions import db

    with app.app_context():
        with db.engine.begin() as conn:
            conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        upgrade(directory=str(ROOT / "migrations"))
        db.create_all()


@pytest.fixture(scope="session")
def _app():
    app = make_app()
    reset_schema(app)
    from advocacy.jobs import set_app

    set_app(app)
    return app


@pytest.fixture
def app(_app):
    return _app


@pytest.fixture(autouse=True)
def db_session(request):
    """Each test runs inside one outer transaction that is rolled back at the end."""
    if "committed" in request.fixturenames or not _uses_app(request):
        yield None
        return
    app = request.getfixturevalue("_app")
    from advocacy.extensions import db

    with app.app_context():
        engines = db.engines
        engine = engines[None]
        connection = engine.connect()
        outer = connection.begin()
        engines[None] = connection
        db.session.remove()
        db.session.session_factory.configure(join_transaction_mode="create_savepoint")
        try:
            yield db.session
        finally:
            db.session.remove()
            engines[None] = engine
            outer.rollback()
            connection.close()


@pytest.fixture(autouse=True)
def _fresh_rate_limits(request):
    """Rate-limit counters live in Redis: each test starts with none (a fuzz test's failed logins
    must not throttle the next test's)."""
    if _uses_app(request) or "committed" in request.fixturenames:
        from advocacy.extensions import limiter

        app = request.getfixturevalue("_app")
        limiter.init_app(app)  # the limiter is one object: an extra app (app_factory) may have rebound it
        with app.app_context():
            limiter.reset()
    yield


def _uses_app(request) -> bool:
    return any(name in request.fixturenames for name in ("_app", "app", "client", "runner", "make_person", "api_headers"))


@pytest.fixture
def committed(_app):
    """For tests whose data must be visible to other processes: truncate everything afterwards."""
    from advocacy.extensions import db

    with _app.app_context():
        yield db.session
        db.session.remove()
        names = ", ".join(f'"{t.name}"' for t in db.metadata.sorted_tables)
        with db.engine.begin() as conn:
            conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


def dispose_app(app) -> None:
    """Close an extra app's pooled connections (avoids ResourceWarnings at exit)."""
    from advocacy.extensions import db

    with app.app_context():
        for engine in db.engines.values():
            engine.dispose()


@pytest.fixture
def app_factory():
    """Create extra apps with other settings; their connections are closed afterwards."""
    created = []

    def factory(**config):
        new_app = make_app(**config)
        created.append(new_app)
        return new_app

    yield factory
    for extra in created:
        dispose_app(extra)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def redis_client():
    from redis import Redis

    client = Redis.from_url(TEST_REDIS_URL)
    client.flushdb()
    yield client
    client.flushdb()
    client.close()


# -- factories ----------------------------------------------------------------------------

@pytest.fixture
def make_team(app):
    from advocacy.auth.services import get_or_create_team

    def factory(name="Équipe test"):
        return get_or_create_team(name)

    return factory


@pytest.fixture
def make_person(app):
    from advocacy.auth.models import Person
    from advocacy.auth.services import get_or_create_team, hash_password
    from advocacy.extensions import db

    counter = {"n": 0}

    def factory(email=None, roles=("employee",), team=None, password="secret-password", mfa=None, **kw):
        counter["n"] += 1
        if isinstance(team, str):
            team = get_or_create_team(team)
        person = Person(
            email=email or f"person{counter['n']}-{os.getpid()}@example.test",
            display_name=kw.pop("display_name", f"Person {counter['n']}"),
            language=kw.pop("language", "fr"),
            timezone=kw.pop("timezone", "Europe/Paris"),
            password_hash=hash_password(password),
            team=team,
            **kw,
        )
        person.set_roles(roles)
        db.session.add(person)
        db.session.flush()
        if mfa if mfa is not None else person.has_role(*MFA_ROLES):
            enrol_totp(person)
        return person

    return factory


@pytest.fixture
def login():
    """Sign in through the pages; people with two-step verification give their code too."""

    def do_login(client, person, password="secret-password"):
        response = client.post("/login", data={"email": person.email, "password": password})
        assert response.status_code == 302, response.get_data(as_text=True)[:500]
        if response.headers["Location"].startswith("/login/verify"):
            response = client.post("/login/verify", data={"code": totp_code(person)})
            assert response.status_code == 302, response.get_data(as_text=True)[:500]
        return response

    return do_login


# -- two-step verification in tests ---------------------------------------------------------

#: The TOTP secret of every person ``make_person`` enrols (people with admin, hr, staff_rep or
#: compliance roles, unless ``mfa=False``).
TEST_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def enrol_totp(person, secret: str = TEST_TOTP_SECRET) -> str:
    """Turn TOTP on for ``person`` with a known secret (flushes). Returns the secret."""
    from advocacy.core import crypto
    from advocacy.core.timeutil import utcnow
    from advocacy.extensions import db

    person.totp_secret = crypto.encrypt(secret)
    person.totp_enabled_at = utcnow()
    person.totp_last_step = None
    db.session.flush()
    return secret


def totp_code(person, secret: str = TEST_TOTP_SECRET) -> str:
    """A code that ``person`` may use now. Codes are single-use: tests may sign in several times in
    one 30-second step, so the last accepted step is forgotten first (a test-only shortcut)."""
    import pyotp

    from advocacy.auth import mfa
    from advocacy.core.timeutil import utcnow
    from advocacy.extensions import db

    person.totp_last_step = None
    db.session.flush()
    return pyotp.TOTP(secret, interval=mfa.INTERVAL).at(utcnow())


enrol_totp.__test__ = totp_code.__test__ = False


@pytest.fixture
def api_headers(app):
    from advocacy.auth.services import issue_token

    def factory(person):
        return {"Authorization": f"Bearer {issue_token(person, 'test')}"}

    return factory
