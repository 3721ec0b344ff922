"""Redis loses everything in the middle of a run.

Injected: while a real worker is polling (slow fake Mastodon), ``FLUSHALL`` wipes every queued job,
then the Redis server is SIGKILLed; posts registered meanwhile exist only in the database; Redis is
started again empty on the same port. Proved: the worker
process is replaced only if it died (observed: RQ 3.0's worker quits — "found an unhandled exception,
quitting" — when Redis is down as a job ends, so a process supervisor must restart it); the cron
``reconcile`` job rebuilds the
lost work from the database; every post ends with exactly one snapshot per slot (nothing lost,
nothing counted twice); the live web app answers 503 on /healthz while Redis is down, keeps serving
tracked-link redirects, and is healthy again afterwards without a restart."""
from __future__ import annotations

import time

import pytest
import requests
from rq import Queue

from tests.conftest import TEST_DATABASE_URL
from tests.e2e.server import LiveServer
from tests.faults.conftest import expire_leases, snapshot_counts
from tests.faults.harness import RqWorker, wait_until, worker_environ

pytestmark = pytest.mark.slow
POLL_JOB = "advocacy.tracking.tasks.poll_batch"
RECONCILE_JOB = "advocacy.tracking.tasks.reconcile"


def test_flushall_and_redis_restart_mid_run(committed, committed_shares, fake_providers, private_redis):
    from advocacy.tracking.models import TrackedLink

    share_ids = committed_shares(40)
    link = committed.query(TrackedLink).filter(TrackedLink.share_id == share_ids[0]).one()
    code = link.code
    fake_providers.mastodon.latency = 0.8
    redis_url = private_redis.url(0)
    env = worker_environ(TEST_DATABASE_URL, redis_url, **fake_providers.env)
    # Small batches so that several jobs are waiting in Redis when it is wiped.
    queue = Queue("tracking", connection=private_redis.client())
    for _ in range(4):
        queue.enqueue(POLL_JOB, 10, job_timeout=600)

    web = LiveServer(TEST_DATABASE_URL, redis_url, workers=1, threads=4).start()
    worker = RqWorker(env, redis_url, queues=("default", "tracking"), name="steady").start()
    try:
        wait_until(lambda: len(snapshot_counts(committed)) >= 1, 60, what="the first snapshots")
        private_redis.flushall()
        assert len(queue) == 0
        private_redis.stop()
        health = requests.get(web.url + "/healthz", timeout=15)
        assert health.status_code == 503 and health.json()["queue"] != "ok"
        redirect = requests.get(f"{web.url}/l/{code}", allow_redirects=False, timeout=15,
                                headers={"User-Agent": "Mozilla/5.0 (proof)"})
        assert redirect.status_code == 302  # links do not depend on Redis
        # Work that arrives while Redis is gone exists only in the database.
        share_ids += committed_shares(10)
        time.sleep(1)
        private_redis.start()  # same port, empty
        wait_until(lambda: requests.get(web.url + "/healthz", timeout=5).status_code == 200, 30,
                   what="the web app to see Redis again")

        fake_providers.mastodon.latency = 0.0
        if not worker.alive():  # what systemd/honcho's restart policy would do
            expire_leases(committed)  # the dead worker's claimed rows: fast-forward their 5-minute lease
            worker = RqWorker(env, redis_url, queues=("default", "tracking"), name="replacement").start()
        Queue("default", connection=private_redis.client()).enqueue(RECONCILE_JOB)  # what cron does
        wait_until(lambda: {s for s, slot in snapshot_counts(committed) if slot == 0} >= set(share_ids),
                   45, interval=0.5, what=f"every post to be polled; worker log:\n{worker.log()}")
        assert web.proc.poll() is None, "the web app had to be restarted"
    finally:
        worker.stop()
        web.stop()
    counts = snapshot_counts(committed)
    doubled = {key: n for key, n in counts.items() if n != 1}
    assert not doubled, f"counted twice: {doubled}"

