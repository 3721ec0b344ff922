"""Consent jobs: purges after withdrawal, GDPR export and erasure (RQ, ids only)."""
from __future__ import annotations

from sqlalchemy import select

from workers.jobs import job


@job
def purge_person_data(person_id: int) -> list[str]:
    """Purge the personal data of purposes withdrawn by ``person_id`` (idempotent)."""
    from advocacy.consent.purge import run_purge
    from advocacy.extensions import db

    purposes = run_purge(person_id)
    db.session.commit()
    return purposes


@job
def reconcile_purges() -> int:
    """Cron: re-queue what a lost Redis dropped (the database says what is due); returns jobs queued.

    Purges for every withdrawal not purged yet, and GDPR requests still ``queued`` whose job is gone.
    """
    from datetime import timedelta

    from rq.job import Job

    from advocacy.consent.gdpr import job_id
    from advocacy.consent.models import ConsentState, DataRequest
    from advocacy.core.timeutil import utcnow
    from advocacy.extensions import db
    from advocacy.queue import enqueue, get_redis

    ids = sorted(set(db.session.scalars(select(ConsentState.person_id).where(ConsentState.purge_pending.is_(True)))))
    for person_id in ids:
        enqueue("advocacy.consent.tasks.purge_person_data", person_id, queue="default")
    queued = len(ids)
    stale = db.session.scalars(select(DataRequest).where(
        DataRequest.status == "queued", DataRequest.created_at < utcnow() - timedelta(minutes=5))).all()
    for request in stale:
        if not Job.exists(job_id(request), connection=get_redis()):
            enqueue("advocacy.consent.tasks.run_data_request", request.id, queue="default",
                    job_id=job_id(request), job_timeout=1800)
            queued += 1
    return queued


@job
def run_data_request(request_id: int) -> str:
    """Run a GDPR export or erasure, updating its visible progress."""
    from advocacy.consent.gdpr import run_request

    return run_request(request_id)


@job
def daily_housekeeping() -> dict:
    """Cron: expire consents bound to a replaced charter (after the grace period); delete old exports."""
    from advocacy.consent.expiry import expire_stale
    from advocacy.consent.gdpr import expire_old_exports
    from advocacy.extensions import db

    expired = expire_stale()
    exports = expire_old_exports()
    db.session.commit()
    return {"people_expired": expired, "exports_deleted": exports}
