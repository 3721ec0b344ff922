"""Social networks misbehave: 429 with Retry-After, 500/503, garbage JSON, slow answers.

Injected: the fake Mastodon (tests/fixtures/tracking.py) answers a real worker's polling batch with a
script of 429, 503, 500 and malformed bodies, slowly. Proved: nothing wrong is stored (no snapshot
carries garbage; failed polls leave no half-written row), the failing posts are retried later
rather than dropped, the provider is throttled after a 429, and once it answers again (time
fast-forwarded past backoff and throttle) every post has exactly one snapshot for the slot with the
provider's true figures — nothing lost, nothing counted twice — without restarting anything."""
from __future__ import annotations

import pytest
from rq import Queue
from sqlalchemy import delete, select, update

from tests.conftest import TEST_DATABASE_URL, TEST_REDIS_URL
from tests.faults.conftest import snapshot_counts
from tests.faults.harness import RqWorker, worker_environ

pytestmark = pytest.mark.slow
POLL_JOB = "advocacy.tracking.tasks.poll_batch"


def _burst(env, redis_client):
    Queue("tracking", connection=redis_client).enqueue(POLL_JOB, 200, job_timeout=600)
    worker = RqWorker(env, TEST_REDIS_URL, queues=("tracking",), burst=True, name="providers").start()
    assert worker.wait(timeout=120) == 0, worker.log()
    return worker


def test_provider_errors_are_retried_never_stored_wrong_nor_twice(committed, committed_shares, fake_providers,
                                                                 redis_client):
    from advocacy.core.timeutil import utcnow
    from advocacy.tracking.models import MetricSnapshot, PollSchedule, ProviderThrottle

    share_ids = committed_shares(12)
    fake_providers.mastodon.latency = 0.3
    fake_providers.mastodon.script(("garbage",), ("status", 503), ("status", 500), ("garbage",),
                                   ("status", 502), ("status", 429, {"Retry-After": "120"}))
    env = worker_environ(TEST_DATABASE_URL, TEST_REDIS_URL, **fake_providers.env)
    _burst(env, redis_client)

    committed.rollback()
    ok = committed.scalars(select(MetricSnapshot).where(MetricSnapshot.status == "ok")).all()
    assert all((s.likes, s.reposts, s.replies) == (7, 2, 1) for s in ok), "a garbage answer was stored"
    polled = {s.share_id for s in ok}
    assert len(polled) < len(share_ids), "the faults did not reach any poll"
    waiting = committed.scalars(select(PollSchedule).where(PollSchedule.share_id.not_in(polled))).all()
    assert waiting and all(row.state == "active" and row.next_slot == 0 for row in waiting)
    assert any(row.attempts > 0 for row in waiting)  # retried later, with backoff
    assert committed.scalars(select(ProviderThrottle)).first() is not None  # 429 throttles the provider

    # Time passes: backoffs and the provider throttle run out; the provider is healthy again.
    fake_providers.mastodon.reset()
    committed.execute(update(PollSchedule).where(PollSchedule.state == "active", PollSchedule.next_slot == 0)
                      .values(due_at=utcnow()))
    committed.execute(delete(ProviderThrottle))
    committed.commit()
    _burst(env, redis_client)

    counts = snapshot_counts(committed)
    assert {share for share, slot in counts if slot == 0} == set(share_ids), "a post was lost"
    doubled = {key: n for key, n in counts.items() if n != 1}
    assert not doubled, f"counted twice: {doubled}"
    ok = committed.scalars(select(MetricSnapshot).where(MetricSnapshot.slot == 0)).all()
    assert all(s.status == "ok" and s.likes == 7 for s in ok)
