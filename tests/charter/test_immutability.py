"""A signed or adopted version cannot change in the database; verification recomputes hashes."""
import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from advocacy.charter import workflow
from advocacy.charter.canonical import verify_version
from advocacy.extensions import db
from tests.fixtures.charter import open_for_signatures


def test_updating_a_signed_clause_fails_in_postgresql(make_charter_in_force):
    version = make_charter_in_force()
    clause_id = version.clauses[0].id
    with pytest.raises(IntegrityError, match="immutable"):
        with db.session.begin_nested():
            db.session.execute(text("UPDATE charter_clauses SET body = 'Participation obligatoire.' WHERE id = :id"),
                               {"id": clause_id})
    for statement in ("UPDATE charter_versions SET policy = '{}' WHERE id = :id",
                      "DELETE FROM charter_versions WHERE id = :id",
                      "UPDATE charter_versions SET status = 'review' WHERE id = :id",
                      "UPDATE charter_signatures SET content_sha256 = repeat('0', 64) WHERE version_id = :id",
                      "UPDATE charter_signatures SET voided_at = now() WHERE version_id = :id",
                      "DELETE FROM charter_signatures WHERE version_id = :id",
                      "DELETE FROM charter_clauses WHERE version_id = :id",
                      "INSERT INTO charter_clauses (version_id, key, position, title, body, title_en, body_en) "
                      "VALUES (:id, 'c-new', 9, 'Ajout', 'Texte', '', '')"):
        with pytest.raises(IntegrityError):
            with db.session.begin_nested():
                db.session.execute(text(statement), {"id": version.id})
    assert verify_version(version).ok


def test_verification_flags_text_altered_behind_the_triggers(make_charter_in_force):
    version = make_charter_in_force()
    assert verify_version(version).ok
    # Someone with superuser rights disables the guard and rewrites a clause.
    db.session.execute(text("ALTER TABLE charter_clauses DISABLE TRIGGER charter_clauses_guard"))
    db.session.execute(text("UPDATE charter_clauses SET body = 'Participation obligatoire.' WHERE id = :id"),
                       {"id": version.clauses[0].id})
    db.session.execute(text("ALTER TABLE charter_clauses ENABLE TRIGGER charter_clauses_guard"))
    check = verify_version(version)
    assert not check.ok
    assert not any(c.verified for c in check.checks)
    assert check.adopted_ok is False


def test_a_signed_draft_is_locked_until_its_signatures_are_voided(make_person):
    hr, rep = make_person(roles=("hr",)), make_person(roles=("staff_rep",))
    version = workflow.create_version(hr, title="Charte", clauses=[{"title": "A", "body": "B"}])
    workflow.submit_for_review(version, hr)
    open_for_signatures(version)
    workflow.request_signatures(version, hr)
    workflow.sign(version, rep)
    with pytest.raises(IntegrityError):
        with db.session.begin_nested():
            db.session.execute(text("UPDATE charter_clauses SET body = 'C' WHERE version_id = :id"),
                               {"id": version.id})
    workflow.update_clause(version.clauses[0], hr, title="A", body="C")  # voids first, then edits
    assert version.clauses[0].body == "C"


def test_statements_for_the_migration_install_the_guards(make_charter_in_force):
    """What a migration runs (``op.execute(s)`` for each): downgrade, upgrade, and the guard holds again."""
    from advocacy.charter.immutability import DOWNGRADE_STATEMENTS, STATEMENTS

    version = make_charter_in_force()
    for statement in DOWNGRADE_STATEMENTS:
        db.session.execute(text(statement))
    db.session.execute(text("UPDATE charter_clauses SET title = title WHERE version_id = :id"), {"id": version.id})
    for statement in STATEMENTS:
        db.session.execute(text(statement))
    with pytest.raises(IntegrityError), db.session.begin_nested():
        db.session.execute(text("UPDATE charter_clauses SET title = 'x' WHERE version_id = :id"), {"id": version.id})
