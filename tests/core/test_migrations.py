"""Alembic: a single head, and on PostgreSQL the migrated schema matches the models."""
from contextlib import contextmanager
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from flask_migrate import downgrade, upgrade
from sqlalchemy import create_engine, select, text

from advocacy.extensions import db
from tests.conftest import TEST_DATABASE_URL, dispose_app, make_app

ROOT = Path(__file__).resolve().parents[2]
MIGRATIONS = str(ROOT / "migrations")
#: The last revision where push subscriptions were stored in clear.
PUSH_IN_CLEAR = "d3f5a7c9e1b2"


def test_single_alembic_head():
    config = Config(str(ROOT / "migrations" / "alembic.ini"))
    config.set_main_option("script_location", str(ROOT / "migrations"))
    heads = ScriptDirectory.from_config(config).get_heads()
    assert len(heads) == 1, f"several Alembic heads: {heads}"


def test_migrations_are_named_after_what_they_do():
    for path in (ROOT / "migrations" / "versions").glob("*.py"):
        slug = path.stem.split("_", 2)[-1]
        assert len(slug) >= 8 and not slug.startswith("auto"), path.name


@contextmanager
def scratch_app(name: str):
    """An app on a new, empty PostgreSQL database (dropped afterwards), for running migrations."""
    from advocacy.core.settings import normalise_database_url

    base = normalise_database_url(TEST_DATABASE_URL)
    scratch_name = base.rsplit("/", 1)[1] + "_" + name
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{scratch_name}"'))
        conn.execute(text(f'CREATE DATABASE "{scratch_name}"'))
    admin.dispose()
    app = make_app(ENVIRON={"ADVOCACY_DATABASE_URL": base.rsplit("/", 1)[0] + "/" + scratch_name})
    try:
        yield app
    finally:
        dispose_app(app)
        admin = create_engine(base, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{scratch_name}" WITH (FORCE)'))
        admin.dispose()


def test_migrated_schema_matches_models(_app):
    """Upgrade a scratch PostgreSQL database with the migrations only, then diff against the models."""
    with scratch_app("migrations") as app, app.app_context():
        upgrade(directory=MIGRATIONS)
        with db.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            diff = compare_metadata(context, db.metadata)
    assert diff == [], f"models and migrations differ: {diff}"


def test_push_subscriptions_in_clear_are_encrypted_by_the_migration(_app):
    """Rows written before the push columns were encrypted: encrypted in place, found by their hash,
    and back in clear after a downgrade."""
    from advocacy.campaigns.models import PushSubscription
    from advocacy.core import crypto

    endpoint, p256dh, auth = "https://push.example.test/send/abc", "B" + "A" * 85, "A" * 22
    with scratch_app("push_migration") as app, app.app_context():
        upgrade(directory=MIGRATIONS, revision=PUSH_IN_CLEAR)
        with db.engine.begin() as conn:
            conn.execute(text("SET session_replication_role = replica"))  # no person row needed
            conn.execute(text("INSERT INTO push_subscriptions (person_id, endpoint, p256dh, auth, label, created_at) "
                              "VALUES (1, :e, :p, :a, '', now())"), {"e": endpoint, "p": p256dh, "a": auth})
        upgrade(directory=MIGRATIONS)
        row = db.session.scalar(select(PushSubscription))
        assert endpoint not in row.endpoint_encrypted and crypto.decrypt(row.endpoint_encrypted) == endpoint
        assert (row.endpoint, row.p256dh, row.auth) == (endpoint, p256dh, auth)
        assert row.endpoint_hash == crypto.lookup_hash(endpoint)
        db.session.rollback()
        downgrade(directory=MIGRATIONS, revision=PUSH_IN_CLEAR)
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT endpoint, p256dh, auth FROM push_subscriptions")).one() == (
                endpoint, p256dh, auth)
