"""The ledger: give/withdraw semantics, the charter gate, has_consent, the hash chain."""
from datetime import timedelta
from itertools import pairwise

import pytest
from sqlalchemy import func, select, text

from advocacy.consent import services
from advocacy.consent.models import ConsentEvent, ConsentState
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db


def _events(person, purpose=None):
    stmt = select(ConsentEvent).where(ConsentEvent.person_id == person.id)
    if purpose:
        stmt = stmt.where(ConsentEvent.purpose == purpose)
    return db.session.scalars(stmt.order_by(ConsentEvent.id)).all()


def test_a_new_employee_starts_with_nothing_given(make_member):
    person = make_member(purposes=())
    assert services.consents_of(person) == {p: False for p in services.PURPOSES}
    assert not any(services.has_consent(person, p) for p in services.PURPOSES)
    assert _events(person) == []


def test_give_then_withdraw_post_metrics_leaves_two_events(make_member):
    person = make_member(purposes=("program",))
    services.give(person, "post_metrics")
    assert services.has_consent(person, "post_metrics")
    services.withdraw(person, "post_metrics")
    assert not services.has_consent(person.id, "post_metrics")
    events = _events(person, "post_metrics")
    assert [e.event for e in events] == ["given", "withdrawn"]
    assert events[0].charter_version_id is not None and len(events[0].notice_hash) == 64


def test_giving_twice_is_idempotent_and_withdrawing_nothing_is_a_noop(make_member):
    person = make_member(purposes=("program",))
    first = services.give(person, "leaderboard")
    again = services.give(person, "leaderboard")
    assert first.changed and not again.changed and again.event.id == first.event.id
    assert len(_events(person, "leaderboard")) == 1
    noop = services.withdraw(person, "rewards")
    assert not noop.changed and noop.event is None
    assert _events(person, "rewards") == []


def test_the_charter_in_force_must_be_accepted_first(make_charter_in_force, make_person):
    from advocacy.charter import services as charter

    make_charter_in_force()
    person = make_person()
    with pytest.raises(services.ConsentError) as refused:
        services.give(person, "program")
    assert refused.value.code == "charter_not_accepted" and refused.value.link
    charter.accept(person)
    assert services.give(person, "program").changed


def test_nothing_can_be_given_without_a_charter_in_force(make_person):
    with pytest.raises(services.ConsentError) as refused:
        services.give(make_person(), "program")
    assert refused.value.code == "no_charter_in_force"


def test_other_purposes_need_the_program(make_member):
    person = make_member(purposes=())
    with pytest.raises(services.ConsentError) as refused:
        services.give(person, "post_metrics")
    assert refused.value.code == "program_required"


def test_unknown_purpose_is_refused_everywhere(make_member):
    person = make_member()
    for call in (lambda: services.give(person, "spying"), lambda: services.withdraw(person, "spying"),
                 lambda: services.has_consent(person, "spying")):
        with pytest.raises(services.UnknownPurpose):
            call()


def test_leaving_the_program_withdraws_every_purpose_in_one_step(make_member):
    person = make_member(purposes=("program", "post_metrics", "link_clicks", "notifications"))
    changes = services.withdraw_all(person)
    assert {c.purpose for c in changes if c.changed} == {"program", "post_metrics", "link_clicks", "notifications"}
    assert not any(services.consents_of(person).values())
    assert _events(person)[-1].purpose == "program"  # dependants first, program last
    assert not any(c.changed for c in services.withdraw_all(person))


def test_withdrawing_program_alone_withdraws_the_rest(make_member):
    person = make_member(purposes=("program", "leaderboard"))
    services.withdraw(person, "program")
    assert not services.has_consent(person, "leaderboard")


def test_has_consent_at_a_past_time(make_member):
    from advocacy.core.timeutil import freeze

    start = utcnow()
    try:
        freeze(start)
        person = make_member(purposes=("program", "link_clicks"))
        freeze(start + timedelta(hours=1))
        services.withdraw(person, "link_clicks")
    finally:
        freeze(None)
    assert services.has_consent(person, "link_clicks", at=start + timedelta(minutes=30))
    assert not services.has_consent(person, "link_clicks", at=start + timedelta(hours=2))
    assert not services.has_consent(person, "link_clicks", at=start - timedelta(minutes=1))
    assert not services.has_consent(person, "link_clicks")


def test_consented_person_ids_in_one_query(make_member):
    yes = make_member(purposes=("program", "leaderboard"))
    no = make_member(purposes=("program",))
    assert services.consented_person_ids("leaderboard", [yes.id, no.id]) == {yes.id}
    assert services.consented_person_ids("leaderboard", []) == set()


def test_consent_changes_emit_the_signal(make_member):
    from advocacy.core.signals import consent_changed

    seen = []

    def receiver(sender, **kw):
        seen.append((sender.id, kw["purpose"], kw["given"]))

    person = make_member(purposes=("program",))
    consent_changed.connect(receiver)
    try:
        services.give(person, "post_metrics")
        services.give(person, "post_metrics")  # idempotent: no second signal
        services.withdraw(person, "post_metrics")
        services.withdraw(person, "post_metrics")
    finally:
        consent_changed.disconnect(receiver)
    assert seen == [(person.id, "post_metrics", True), (person.id, "post_metrics", False)]


def test_withdrawing_metrics_marks_a_purge_and_queues_it_after_commit(make_member):
    from advocacy.consent.purge import purge_person_data
    from advocacy.queue import PENDING as _PENDING

    person = make_member(purposes=("program", "post_metrics", "leaderboard"))
    services.withdraw(person, "leaderboard")
    assert not db.session.info.get(_PENDING)
    services.withdraw(person, "post_metrics")
    state = db.session.scalar(select(ConsentState).where(ConsentState.person_id == person.id,
                                                         ConsentState.purpose == "post_metrics"))
    assert state.purge_pending
    assert db.session.info[_PENDING][0][0] is purge_person_data
    db.session.rollback()
    assert not db.session.info.get(_PENDING)


def test_the_chain_verifies_and_events_are_linked(make_member):
    person = make_member(purposes=("program", "post_metrics"))
    services.withdraw(person, "post_metrics")
    count, broken = services.verify()
    assert broken is None and count >= 3
    events = db.session.scalars(select(ConsentEvent).order_by(ConsentEvent.id)).all()
    assert all(b.prev_hash == a.hash for a, b in pairwise(events))


def test_editing_an_event_by_hand_breaks_verify(make_member, runner):
    person = make_member(purposes=("program", "post_metrics"))
    target = _events(person, "post_metrics")[0]
    assert runner.invoke(args=["consent", "verify"]).exit_code == 0
    db.session.execute(text("UPDATE consent_events SET purpose = 'leaderboard' WHERE id = :id"), {"id": target.id})
    db.session.expire_all()
    result = runner.invoke(args=["consent", "verify"])
    assert result.exit_code == 1
    assert f"consent event {target.id}" in result.output and "altered" in result.output


def test_deleting_an_event_by_hand_breaks_verify(make_member):
    person = make_member(purposes=("program", "post_metrics"))
    services.give(person, "leaderboard")
    target = _events(person, "post_metrics")[0]
    db.session.execute(text("DELETE FROM consent_events WHERE id = :id"), {"id": target.id})
    db.session.expire_all()
    broken = services.verify()[1]
    assert broken is not None and "removed" in broken.reason


def test_editing_the_current_state_by_hand_breaks_verify(make_member, runner):
    person = make_member(purposes=("program",))
    db.session.execute(text("UPDATE consent_states SET given = true WHERE person_id = :p AND purpose = 'program'"),
                       {"p": person.id})
    services.withdraw(person, "program")
    db.session.execute(text("UPDATE consent_states SET given = true WHERE person_id = :p AND purpose = 'program'"),
                       {"p": person.id})
    db.session.expire_all()
    result = runner.invoke(args=["consent", "verify"])
    assert result.exit_code == 1 and "current state" in result.output


def test_the_state_table_is_one_row_per_person_and_purpose(make_member):
    person = make_member(purposes=("program",))
    for _ in range(3):
        services.withdraw(person, "program")
        services.give(person, "program")
    rows = db.session.scalar(select(func.count()).select_from(ConsentState).where(ConsentState.person_id == person.id))
    assert rows == 1 and len(_events(person, "program")) == 7


def test_an_erased_person_has_no_consent_and_cannot_give(make_member):
    person = make_member(purposes=("program",))
    person.erased_at = utcnow()
    assert not services.has_consent(person, "program")
    with pytest.raises(services.ConsentError):
        services.give(person, "program")


def test_has_consent_is_cached_per_request_and_refreshed_by_a_change(app, make_member):
    person = make_member(purposes=("program", "leaderboard"))
    with app.test_request_context("/"):
        assert services.has_consent(person, "program")
        db.session.execute(text("UPDATE consent_states SET given = false WHERE person_id = :p AND purpose = 'program'"),
                           {"p": person.id})
        assert services.has_consent(person, "program")  # same request: the cached answer
        services.withdraw(person, "leaderboard")  # a change through the service drops the cache
        assert not services.has_consent(person, "leaderboard")
        assert not services.has_consent(person, "program")
    with app.test_request_context("/"):
        assert not services.has_consent(person, "program")


def test_has_consent_is_one_query_on_the_indexed_state_table(app, make_member):
    from sqlalchemy import event

    person = make_member(purposes=("program",))
    statements = []

    def count(conn, cursor, statement, *args):
        statements.append(statement)

    engine = db.session.get_bind().engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        assert services.has_consent(person.id, "program")
        with app.test_request_context("/"):
            for purpose in services.PURPOSES:
                services.has_consent(person.id, purpose)  # seven answers, one query, then the cache
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert len(statements) == 2 and all("FROM consent_states" in s for s in statements)
    indexes = {ix["name"]: ix["column_names"] for ix in db.inspect(engine).get_unique_constraints("consent_states")}
    assert indexes["uq_consent_states_person_purpose"] == ["person_id", "purpose"]
