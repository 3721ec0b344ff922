"""Real ``rq worker`` processes on the test Redis, polling the loopback fake providers."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from redis import Redis
from rq import Queue, Worker
from sqlalchemy import func, select, update

from advocacy.tracking.models import MetricSnapshot, PollSchedule
from tests.conftest import TEST_INSTANCE, TEST_REDIS_URL, test_environ

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow
POLL = "advocacy.tracking.tasks.poll_batch"
N_KILL = 150  # results are committed 50 at a time: the kill lands after the first group


def _worker(fake, *, burst=True, name=None):
    env = dict(os.environ, **test_environ(**fake.env))
    env["ADVOCACY_INSTANCE_PATH"] = TEST_INSTANCE
    args = [str(Path(sys.executable).parent / "rq"), "worker", "--url", TEST_REDIS_URL,
            "-w", "advocacy.run.AppWorker", "-P", str(ROOT), "tracking"]
    if burst:
        args.insert(2, "--burst")
    if name:
        args += ["--name", name]
    return subprocess.Popen(args, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry))
    return found


def _wait(predicate, timeout=240.0, step=0.05):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return False


@pytest.fixture
def shares(committed, make_member, make_share, fake_providers, redis_client):
    from advocacy.extensions import db
    from advocacy.tracking.services import schedule_polls

    def factory(n):
        person = make_member(purposes=("program", "post_metrics", "link_clicks"))
        made = []
        for i in range(n):
            share = make_share(person=person, network="mastodon", url=fake_providers.add_status(likes=i, reblogs=1))
            schedule_polls(share)
            made.append(share)
        db.session.commit()
        return made

    return factory


def _snapshot_counts(session):
    session.rollback()
    return session.execute(select(MetricSnapshot.share_id, func.count()).group_by(MetricSnapshot.share_id)).all()


def _api_hits(fake):
    return {path: n for path, n in fake.mastodon.hits.items() if path.startswith("/api/v1/statuses/")}


def test_two_workers_share_the_work_without_double_fetches(shares, committed, fake_providers, redis_client):
    made = shares(60)
    fake_providers.mastodon.latency = 0.15
    connection = Redis.from_url(TEST_REDIS_URL)
    workers = [_worker(fake_providers, burst=False, name=f"tracking-test-{i}-{os.getpid()}") for i in range(2)]
    try:
        assert _wait(lambda: len(Worker.all(connection=connection)) == 2, timeout=240), "workers did not start"
        queue = Queue("tracking", connection=connection)
        jobs = [queue.enqueue(POLL, 15) for _ in range(6)]  # 90 slots of work for 60 due posts
        assert _wait(lambda: all(j.get_status(refresh=True) in ("finished", "failed") for j in jobs), timeout=90)
    finally:
        for proc in workers:
            proc.send_signal(signal.SIGTERM)
        for proc in workers:
            proc.communicate(timeout=30)
        connection.close()
    assert all(j.get_status() == "finished" for j in jobs), "\n".join((j.latest_result().exc_string or "") if j.latest_result() else j.get_status() for j in jobs)
    hits = _api_hits(fake_providers)
    assert len(hits) == 60 and set(hits.values()) == {1}  # every post fetched exactly once
    counts = _snapshot_counts(committed)
    assert len(counts) == 60 and {n for _id, n in counts} == {1}
    claimed_by = {j.return_value()["worker"] for j in jobs if j.return_value()["claimed"]}
    assert len(claimed_by) == 2, claimed_by  # both processes did part of the work
    assert sum(j.return_value()["ok"] for j in jobs) == 60
    assert {s.id for s in made} == {share_id for share_id, _n in counts}


def test_sigkill_mid_batch_leaves_no_duplicate_and_no_gap(shares, committed, fake_providers, redis_client):
    made = {s.id for s in shares(N_KILL)}
    fake_providers.mastodon.latency = 0.5
    connection = Redis.from_url(TEST_REDIS_URL)
    Queue("tracking", connection=connection).enqueue(POLL, N_KILL)
    proc = _worker(fake_providers)
    try:
        assert _wait(lambda: 0 < sum(n for _i, n in _snapshot_counts(committed)) < N_KILL, timeout=240, step=0.02), \
            "the batch never started"
        for child in _children(proc.pid):  # the work horse runs the job in its own process group
            os.kill(child, signal.SIGKILL)
        proc.kill()
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=30)
        connection.close()
    done_before = sum(n for _i, n in _snapshot_counts(committed))
    assert 0 < done_before < N_KILL
    leased = committed.scalar(select(func.count()).select_from(PollSchedule).where(PollSchedule.lease_token.is_not(None)))
    assert leased == N_KILL - done_before  # the dead batch still holds the rest
    # Time passes: the dead batch's lease runs out (5 minutes); then a new worker picks the rest up.
    committed.execute(update(PollSchedule).where(PollSchedule.lease_token.is_not(None)).values(
        leased_until=func.now() - func.make_interval(0, 0, 0, 0, 0, 0, 1)))
    committed.commit()
    fake_providers.mastodon.latency = 0.0
    redis_client.flushdb()  # and Redis lost the queue: the cron's dispatch rebuilds it from the database
    from advocacy.tracking.tasks import dispatch

    assert dispatch() == 1
    finished = _worker(fake_providers)
    out, _ = finished.communicate(timeout=120)
    assert finished.returncode == 0, out[-2000:]
    counts = dict(_snapshot_counts(committed))
    assert set(counts) == made and set(counts.values()) == {1}
    slots = committed.execute(select(PollSchedule.next_slot, PollSchedule.lease_token)).all()
    assert {row[0] for row in slots} == {1} and {row[1] for row in slots} == {None}
