from sqlalchemy import text

from advocacy.core.audit import record, verify
from advocacy.extensions import db


def test_chain_verifies_and_detects_an_altered_entry(app, make_person):
    actor = make_person(roles=("admin",))
    entries = [record("test.action", actor=actor, object_type="thing", object_id=i, details={"n": i})
               for i in range(3)]
    count, broken = verify()
    assert broken is None and count >= 3
    db.session.execute(text("UPDATE audit_entries SET details = :d WHERE id = :id"),
                       {"d": '{"n": 99}', "id": entries[1].id})
    db.session.expire_all()
    _, broken = verify()
    assert broken is not None and broken.row_id == entries[1].id
    assert "altered" in broken.reason


def test_chain_detects_a_removed_entry(app):
    entries = [record("test.action", details={"n": i}) for i in range(3)]
    db.session.execute(text("DELETE FROM audit_entries WHERE id = :id"), {"id": entries[1].id})
    db.session.expire_all()
    _, broken = verify()
    assert broken is not None and broken.row_id == entries[2].id
    assert "removed" in broken.reason


def test_flask_audit_verify_exit_codes(committed, _app):
    runner = _app.test_cli_runner()
    record("test.one")
    record("test.two")
    committed.commit()
    ok = runner.invoke(args=["audit", "verify"])
    assert ok.exit_code == 0, ok.output
    assert "chain intact" in ok.output
    committed.execute(text("UPDATE audit_entries SET actor_label = 'mallory' WHERE action = 'test.one'"))
    committed.commit()
    bad = runner.invoke(args=["audit", "verify"])
    assert bad.exit_code == 1
    first = committed.scalar(text("SELECT id FROM audit_entries WHERE action = 'test.one'"))
    assert f"BROKEN at audit entry {first}" in bad.output


def test_entries_name_the_actor_by_a_pseudonymous_id_never_by_email(app, make_person):
    from advocacy.core.audit import record

    person = make_person(email="someone.private@example.test")
    entry = record("test.pseudonym", actor=person)
    assert entry.actor_label == f"person:{person.id}"
    assert "someone.private" not in str(entry.payload())
