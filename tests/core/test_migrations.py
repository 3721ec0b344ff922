"""Alembic: a single head, and on PostgreSQL the migrated schema matches the models."""
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from tests.conftest import TEST_DATABASE_URL

ROOT = Path(__file__).resolve().parents[2]


def test_single_alembic_head():
    config = Config(str(ROOT / "migrations" / "alembic.ini"))
    config.set_main_option("script_location", str(ROOT / "migrations"))
    heads = ScriptDirectory.from_config(config).get_heads()
    assert len(heads) == 1, f"several Alembic heads: {heads}"


def test_migrations_are_named_after_what_they_do():
    for path in (ROOT / "migrations" / "versions").glob("*.py"):
        slug = path.stem.split("_", 2)[-1]
        assert len(slug) >= 8 and not slug.startswith("auto"), path.name


def test_migrated_schema_matches_models(_app):
    """Upgrade a scratch PostgreSQL database with the migrations only, then diff against the models."""
    from flask_migrate import upgrade

    from advocacy.extensions import db
    from advocacy.core.settings import normalise_database_url

    base = normalise_database_url(TEST_DATABASE_URL)
    scratch_name = base.rsplit("/", 1)[1] + "_migrations"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{scratch_name}"'))
        conn.execute(text(f'CREATE DATABASE "{scratch_name}"'))
    admin.dispose()
    scratch_url = base.rsplit("/", 1)[0] + "/" + scratch_name
    from tests.conftest import dispose_app, make_app

    app = make_app(ENVIRON={"ADVOCACY_DATABASE_URL": scratch_url})
    try:
        with app.app_context():
            upgrade(directory=str(ROOT / "migrations"))
            with db.engine.connect() as conn:
                context = MigrationContext.configure(conn, opts={"compare_type": True})
                diff = compare_metadata(context, db.metadata)
        dispose_app(app)
        assert diff == [], f"models and migrations differ: {diff}"
    finally:
        admin = create_engine(base, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{scratch_name}" WITH (FORCE)'))
        admin.dispose()
