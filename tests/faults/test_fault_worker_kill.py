"""SIGKILL a real worker in the middle of a polling batch, then let another worker finish.

Injected: ``kill -9`` of the ``rq worker`` process group (worker + work horse) while the batch is
half done (the fake Mastodon answers slowly). Proved: every post is polled exactly once per slot
(no snapshot lost, none doubled), the dead worker's claimed rows come back when their lease ends,
and a fresh worker finishes the work without anyone touching the database by hand."""
from __future__ import annotations

import pytest
from rq import Queue

from tests.conftest import TEST_DATABASE_URL, TEST_REDIS_URL
from tests.faults.conftest import expire_leases, snapshot_counts
from tests.faults.harness import RqWorker, wait_until, worker_environ

pytestmark = pytest.mark.slow
POLL_JOB = "advocacy.tracking.tasks.poll_batch"


def test_sigkill_mid_batch_loses_nothing_and_counts_nothing_twice(committed, committed_shares, fake_providers,
                                                                    redis_client):
    share_ids = committed_shares(60)
    fake_providers.mastodon.latency = 1.2  # 60 posts, 24 at a time per provider: ~3 slow waves
    env = worker_environ(TEST_DATABASE_URL, TEST_REDIS_URL, **fake_providers.env)
    queue = Queue("tracking", connection=redis_client)
    queue.enqueue(POLL_JOB, 200, job_timeout=600)

    first = RqWorker(env, TEST_REDIS_URL, queues=("tracking",), name="doomed").start()
    try:
        # Kill while requests are in flight: the provider has been asked for part of the batch.
        wait_until(lambda: sum(fake_providers.mastodon.hits.values()) >= 10, 60, what="the batch to be under way")
        first.kill()
    finally:
        first.kill()
    done_before = snapshot_counts(committed)
    assert len(done_before) < len(share_ids), "the kill did not land mid-batch"
    assert all(count == 1 for count in done_before.values())

    # The killed batch's rows stay leased (no one else polls them twice) until the lease ends.
    assert expire_leases(committed) > 0
    fake_providers.mastodon.latency = 0.0
    queue.enqueue(POLL_JOB, 200, job_timeout=600)
    second = RqWorker(env, TEST_REDIS_URL, queues=("tracking",), burst=True, name="survivor").start()
    assert second.wait(timeout=120) == 0, second.log()

    counts = snapshot_counts(committed)
    assert {share for share, slot in counts if slot == 0} == set(share_ids), "a post was never polled"
    doubled = {key: n for key, n in counts.items() if n != 1}
    assert not doubled, f"counted twice: {doubled}"
    assert done_before.items() <= counts.items()  # what was recorded before the crash is kept as is
