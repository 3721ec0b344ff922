"""Consent jobs: purges after withdrawal, GDPR export and erasure (RQ, ids only)."""
from __future__ import annotations

from datetime import timedelta

from rq.job import Job
from sqlalchemy import select

from advocacy.consent.expiry import expire_stale
from advocacy.consent.leavers import erase_due_leavers
from advocacy.consent.gdpr import expire_old_exports, job_id, run_data_request
from advocacy.consent.models import ConsentState, DataRequest
from advocacy.consent.purge import purge_person_data
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db
from advocacy.jobs import job
from advocacy.queue import enqueue, get_redis


@job
def reconcile_purges() -> int:
    """Cron: re-queue what a lost Redis dropped (the database says what is due); returns jobs queued.

    Purges for every withdrawal not purged yet, and GDPR requests still ``queued`` whose job is gone.
    """
    ids = sorted(set(db.session.scalars(select(ConsentState.person_id).where(ConsentState.purge_pending.is_(True)))))
    for person_id in ids:
        enqueue(purge_person_data, person_id, queue="default")
    queued = len(ids)
    stale = db.session.scalars(select(DataRequest).where(
        DataRequest.status == "queued", DataRequest.created_at < utcnow() - timedelta(minutes=5))).all()
    for request in stale:
        if not Job.exists(job_id(request), connection=get_redis()):
            enqueue(run_data_request, request.id, queue="default",
                    job_id=job_id(request), job_timeout=1800)
            queued += 1
    return queued


@job
def daily_housekeeping() -> dict:
    """Cron: expire consents bound to a replaced charter (after the grace period); delete old exports;
    erase the leavers whose retention period is over."""
    expired = expire_stale()
    exports = expire_old_exports()
    leavers = erase_due_leavers()
    db.session.commit()
    return {"people_expired": expired, "exports_deleted": exports, "leavers_erased": leavers}
