"""Worker class for ``rq worker -w workers.worker.AppWorker``: builds the app once, before forking.

RQ 3.0's work loop quits on any unexpected exception, including Redis vanishing while
the worker records a finished job. Redis only carries work here (the database is the
truth and reconcile jobs rebuild what was queued), so the worker waits for Redis to
come back and goes on instead of dying.
"""
from __future__ import annotations

import time

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from rq import Worker

from workers.jobs import get_app

REDIS_ERRORS = (RedisConnectionError, RedisTimeoutError)


class AppWorker(Worker):
    #: Seconds between two attempts to reach a Redis that went away (capped backoff).
    redis_retry_max = 30.0

    def __init__(self, *args, **kwargs):
        get_app()
        super().__init__(*args, **kwargs)

    def execute_job(self, job, queue):
        try:
            return super().execute_job(job, queue)
        except REDIS_ERRORS as exc:
            # The job itself ran (or was cut off) in the work horse; only the bookkeeping in
            # Redis failed. Its effects are in the database, and jobs are idempotent.
            self.log.warning("Worker %s: Redis went away around job %s (%s); waiting for it",
                             self.name, job.id, exc)
            self.wait_for_redis()
            return None

    def wait_for_redis(self) -> None:
        delay = 0.5
        while True:
            try:
                self.connection.ping()
            except REDIS_ERRORS:
                time.sleep(delay)
                delay = min(delay * 2, self.redis_retry_max)
                continue
            self.log.info("Worker %s: Redis is back", self.name)
            try:
                self.register_birth()
            except Exception:  # noqa: BLE001 - the old registration may survive if Redis kept its data
                pass
            return
