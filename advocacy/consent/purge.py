"""Purging personal data after a withdrawal of ``post_metrics`` / ``link_clicks``.

The database says what is due (``ConsentState.purge_pending``); the job is queued once the
withdrawal is committed, and ``reconcile_purges`` (cron) re-queues anything a lost Redis dropped.
"""
from __future__ import annotations

from sqlalchemy import select

from advocacy.consent.models import ConsentState
from advocacy.core import signals
from advocacy.core.audit import record
from advocacy.extensions import db
from advocacy.jobs import job
from advocacy.queue import enqueue_after_commit


def purge_after_commit(person_id: int) -> None:
    """Queue the purge of ``person_id`` once the withdrawal is committed (once per transaction)."""
    enqueue_after_commit(purge_person_data, int(person_id))


def run_purge(person_id: int) -> list[str]:
    """Purge what is pending for one person; returns the purposes purged (the caller commits)."""
    states = db.session.scalars(select(ConsentState).where(
        ConsentState.person_id == person_id, ConsentState.purge_pending.is_(True)).with_for_update()).all()
    purposes = sorted(state.purpose for state in states if not state.given)
    if purposes:
        signals.personal_data_purge.send(person_id, purposes=purposes)  # tracking deletes its data
    for state in states:
        state.purge_pending = False
    if purposes:
        record("consent.purged", object_type="person", object_id=person_id, details={"purposes": purposes})
    return purposes


@job
def purge_person_data(person_id: int) -> list[str]:
    """Job: purge the personal data of purposes withdrawn by ``person_id`` (idempotent)."""
    purposes = run_purge(person_id)
    db.session.commit()
    return purposes
