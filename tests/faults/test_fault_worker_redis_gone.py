"""Redis vanishes while a job runs.

Injected: a private Redis is stopped while a real ``rq worker`` (our ``AppWorker``) runs a job, so
the worker cannot record the job's end; Redis comes back (empty) a little later. Proved: the worker
process does not quit (RQ 3.0's own loop would: "found an unhandled exception, quitting"), waits
for Redis, and then takes and finishes new work without a restart."""
from __future__ import annotations

import time

import pytest
from rq import Queue

from tests.conftest import TEST_DATABASE_URL
from tests.faults.harness import RqWorker, wait_until, worker_environ

pytestmark = pytest.mark.slow


def test_worker_survives_redis_vanishing_while_a_job_runs(private_redis):
    redis_url = private_redis.url(0)
    worker = RqWorker(worker_environ(TEST_DATABASE_URL, redis_url), redis_url, queues=("default",),
                      name="survivor").start()
    try:
        Queue("default", connection=private_redis.client()).enqueue("time.sleep", 3, job_timeout=60)
        wait_until(lambda: "time.sleep(3)" in worker.log(), 30, what=f"the job to start\n{worker.log()}")
        private_redis.stop()
        time.sleep(5)  # the job ends while Redis is down: recording its end fails
        assert worker.alive(), worker.log()
        private_redis.start()  # same port, empty
        wait_until(lambda: "Redis is back" in worker.log(), 45, what=f"the worker to reconnect\n{worker.log()}")
        job = Queue("default", connection=private_redis.client()).enqueue("advocacy.jobs.ping", "after")
        wait_until(lambda: job.get_status(refresh=True) == "finished", 45,
                   what=f"a new job to run after the outage\n{worker.log()}")
        assert job.return_value() == "after"
        assert worker.alive()
    finally:
        worker.stop()
