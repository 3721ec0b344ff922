"""A real `rq worker` process against the real Redis runs our job code."""
import os
import subprocess
import sys
from pathlib import Path

from redis import Redis
from rq import Queue
from sqlalchemy import select

from advocacy.core.models import AuditEntry
from tests.conftest import TEST_INSTANCE, TEST_REDIS_URL, test_environ

ROOT = Path(__file__).resolve().parents[2]


def run_worker_burst(queues=("default",), env_extra=None, timeout=240):
    env = dict(os.environ, **test_environ(), **(env_extra or {}))
    env["ADVOCACY_INSTANCE_PATH"] = TEST_INSTANCE
    rq = Path(sys.executable).parent / "rq"
    return subprocess.run(
        [str(rq), "worker", "--burst", "--url", TEST_REDIS_URL, "-w", "advocacy.run.AppWorker",
         "-P", str(ROOT), *queues],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout)


def test_real_worker_runs_a_job_that_writes_to_the_database(committed, redis_client):
    from tests.fixtures.jobs import record_heartbeat

    queue = Queue("default", connection=Redis.from_url(TEST_REDIS_URL))
    job = queue.enqueue(record_heartbeat, "from the test")
    result = run_worker_burst()
    assert result.returncode == 0, result.stderr[-2000:]
    job.refresh()
    assert job.get_status() == "finished", result.stderr[-2000:]
    entry = committed.scalar(select(AuditEntry).where(AuditEntry.action == "worker.heartbeat"))
    assert entry is not None and entry.details == {"note": "from the test"}
    assert job.return_value() == entry.id
