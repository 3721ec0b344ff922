"""Purging personal data after a withdrawal of ``post_metrics`` / ``link_clicks``.

The database says what is due (``ConsentState.purge_pending``); the job is queued once the
withdrawal is committed, and ``reconcile_purges`` (cron) re-queues anything a lost Redis dropped.
"""
from __future__ import annotations

import logging

from redis.exceptions import RedisError
from sqlalchemy import event
from sqlalchemy.orm import Session

from advocacy.extensions import db

_PENDING = "advocacy_consent_purges"
log = logging.getLogger(__name__)


def enqueue_after_commit(func_path: str, *args, **job_kwargs) -> None:
    """Queue a job once the current transaction commits (dropped on rollback)."""
    db.session.info.setdefault(_PENDING, []).append((func_path, args, job_kwargs))


def purge_after_commit(person_id: int) -> None:
    pending = db.session.info.get(_PENDING, [])
    entry = ("advocacy.consent.tasks.purge_person_data", (int(person_id),), {})
    if entry not in pending:
        enqueue_after_commit(entry[0], *entry[1])


def _after_commit(session) -> None:
    pending = session.info.pop(_PENDING, None)
    if not pending:
        return
    from advocacy.queue import enqueue

    for func_path, args, job_kwargs in pending:
        try:
            enqueue(func_path, *args, queue="default", **job_kwargs)
        except (RedisError, OSError) as exc:  # Redis down: expected, the database keeps the request
            log.warning("could not queue %s%r (%s); the reconcile job will", func_path, args, exc)
        except Exception:
            log.warning("could not queue %s%r; the reconcile job will", func_path, args, exc_info=True)


def _after_rollback(session) -> None:
    session.info.pop(_PENDING, None)


def _after_soft_rollback(session, previous_transaction) -> None:
    if previous_transaction.parent is None:
        _after_rollback(session)


def install() -> None:
    if not event.contains(Session, "after_commit", _after_commit):
        event.listen(Session, "after_commit", _after_commit)
        event.listen(Session, "after_soft_rollback", _after_soft_rollback)


def run_purge(person_id: int) -> list[str]:
    """Purge what is pending for one person; returns the purposes purged (the caller commits)."""
    from sqlalchemy import select

    from advocacy.consent.models import ConsentState

    states = db.session.scalars(select(ConsentState).where(
        ConsentState.person_id == person_id, ConsentState.purge_pending.is_(True)).with_for_update()).all()
    purposes = sorted(state.purpose for state in states if not state.given)
    if purposes:
        from advocacy.tracking.services import purge_person

        purge_person(person_id, purposes)
    for state in states:
        state.purge_pending = False
    if purposes:
        from advocacy.audit.services import record

        record("consent.purged", object_type="person", object_id=person_id, details={"purposes": purposes})
    return purposes
