"""Tampering with the audit trail or the consent ledger is detected."""
from __future__ import annotations

from sqlalchemy import text

from advocacy.extensions import db


def _disable_guards():
    # Ledgers may be protected by triggers; a tamperer with database superuser rights bypasses them.
    db.session.execute(text("SET LOCAL session_replication_role = replica"))


def test_audit_trail_edit_and_removal_are_detected(app):
    from advocacy.core.audit import record, verify

    entries = [record("proof.test", details={"n": n}) for n in range(5)]
    db.session.flush()
    checked, broken = verify()
    assert broken is None and checked >= 5
    _disable_guards()
    db.session.execute(text("UPDATE audit_entries SET details = :d WHERE id = :id"),
                       {"d": '{"n": 99}', "id": entries[2].id})
    db.session.expire_all()
    checked, broken = verify()
    assert broken is not None and broken.row_id == entries[2].id and "altered" in broken.reason

    db.session.execute(text("UPDATE audit_entries SET details = :d WHERE id = :id"),
                       {"d": '{"n": 2}', "id": entries[2].id})
    db.session.expire_all()
    assert verify()[1] is None  # restored: intact again
    db.session.execute(text("DELETE FROM audit_entries WHERE id = :id"), {"id": entries[1].id})
    db.session.expire_all()
    checked, broken = verify()
    assert broken is not None and broken.row_id == entries[2].id and "removed" in broken.reason


def test_audit_page_reports_a_break(client, make_person, login):
    from advocacy.core.audit import record

    admin = make_person(roles=("admin",))
    entries = [record("proof.page", details={"n": n}) for n in range(3)]
    db.session.flush()
    _disable_guards()
    db.session.execute(text("UPDATE audit_entries SET action = 'proof.forged' WHERE id = :id"),
                       {"id": entries[1].id})
    db.session.expire_all()
    login(client, admin)
    html = client.get("/audit/?verify=1").get_data(as_text=True)
    assert str(entries[1].id) in html


def test_consent_ledger_edit_and_state_forgery_are_detected(app, make_member):
    from advocacy.consent import services as consent
    from advocacy.consent.models import ConsentEvent, ConsentState

    person = make_member(purposes=("program", "link_clicks"))
    db.session.flush()
    assert consent.verify()[1] is None
    event = db.session.scalars(db.select(ConsentEvent).where(ConsentEvent.person_id == person.id)
                               .order_by(ConsentEvent.id)).first()
    event_id, original_method = event.id, event.method
    _disable_guards()
    db.session.execute(text("UPDATE consent_events SET method = 'paper' WHERE id = :id"), {"id": event_id})
    db.session.expire_all()
    broken = consent.verify()[1]
    assert broken is not None and broken.row_id == event_id

    db.session.execute(text("UPDATE consent_events SET method = :m WHERE id = :id"),
                       {"m": original_method, "id": event_id})
    db.session.expire_all()
    assert consent.verify()[1] is None
    # Forging the current-state table (consent "given" without an event) is caught too.
    state = db.session.scalars(db.select(ConsentState).where(ConsentState.person_id == person.id)).first()
    db.session.execute(text("UPDATE consent_states SET given = NOT given WHERE id = :id"), {"id": state.id})
    db.session.expire_all()
    broken = consent.verify()[1]
    assert broken is not None and "state" in broken.reason
