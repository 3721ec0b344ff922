"""Tracking jobs (RQ). Cron (``advocacy/cron.py``) runs ``dispatch`` every minute,
``reconcile`` every 10 minutes and ``purge_expired`` every hour; ``dispatch`` queues
``poll_batch`` jobs for what the database says is due (a flushed Redis loses nothing)."""
from __future__ import annotations

import math

from advocacy.jobs import job, job_logger
from rq import Retry
import time
from rq import get_current_job
from advocacy.tracking.polling import BATCH_SIZE
from advocacy.tracking.polling import Poller
from advocacy.queue import get_queue
from advocacy.tracking.polling import count_due
from advocacy.extensions import db
from advocacy.tracking.retention import reconcile as rebuild
from advocacy.core.audit import record
from advocacy.tracking.retention import purge_expired as purge

#: How RQ names the ``poll_batch`` job (to count those already waiting).
POLL_JOB = "advocacy.tracking.tasks.poll_batch"
#: Never queue more poll jobs than this at once (each polls up to BATCH_SIZE posts).
MAX_QUEUED_BATCHES = 20
#: Due posts per queued job (a job claims batch after batch for up to JOB_BUDGET_SECONDS).
POSTS_PER_JOB = 2000
RETRY_INTERVALS = [30, 120, 600]


def _retry():
    return Retry(max=len(RETRY_INTERVALS), interval=RETRY_INTERVALS)


#: A poll job keeps claiming batches while work is due, up to this many seconds (then the next
#: dispatch queues another): the work horse's start-up is paid once for many posts.
JOB_BUDGET_SECONDS = 120


@job
def poll_batch(limit: int | None = None, budget: float | None = None) -> dict:
    """Claim batches of up to ``limit`` due polls and run them with bounded concurrency, until
    nothing is due or the time budget is spent."""
    deadline = time.monotonic() + (JOB_BUDGET_SECONDS if budget is None else budget)
    with Poller() as poller:
        summary = poller.run(limit or BATCH_SIZE, deadline=deadline)
    job_logger("poll_batch").info(summary.line())
    current = get_current_job()
    return dict(summary.as_dict(), worker=current.worker_name if current is not None else None)


def queue_batches(due: int, batch_size: int | None = None) -> int:
    size = batch_size or BATCH_SIZE
    queue = get_queue("tracking")
    waiting = sum(1 for j in queue.get_jobs() if j is not None and j.func_name == POLL_JOB)
    # A job loops over batches: one job per POSTS_PER_JOB due posts is enough (more workers share it).
    wanted = min(math.ceil(due / max(size, POSTS_PER_JOB)), MAX_QUEUED_BATCHES) - waiting
    for _ in range(max(0, wanted)):
        queue.enqueue(poll_batch, size, retry=_retry(), job_timeout=900, result_ttl=3600, failure_ttl=7 * 86400)
    return max(0, wanted)


@job
def dispatch() -> int:
    """Queue as many poll batches as the database says are due (bounded)."""
    return queue_batches(count_due())


@job
def reconcile() -> dict:
    """Rebuild due work from the database, fix consent mirrors, then dispatch."""
    result = rebuild()
    db.session.commit()
    result["queued"] = queue_batches(count_due())
    return result


@job
def purge_expired() -> dict:
    done = purge()
    if any(done.get(k) for k in ("snapshots", "clicks", "findings")):
        record("tracking.retention_purge", details=done)
    db.session.commit()
    return done
