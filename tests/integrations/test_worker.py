"""A real ``rq worker`` delivers: the receiver answers 500, 500, then 200 and gets the same
webhook-id three times, each signature verifying with the endpoint's secret."""
from __future__ import annotations

import pytest
from redis import Redis
from rq import Queue
from sqlalchemy import select, update
from standardwebhooks import Webhook

from advocacy.core.timeutil import utcnow
from advocacy.integrations import services, tasks
from advocacy.integrations.models import SUCCEEDED, Attempt, Delivery
from tests.conftest import TEST_REDIS_URL
from tests.core.test_worker import run_worker_burst
from tests.integrations.helpers import approved_kit
from tests.integrations.receivers import Receiver


@pytest.mark.slow
def test_a_real_worker_retries_with_the_same_webhook_id(app, monkeypatch, committed, redis_client, make_person,
                                                        make_live_kit):
    server = Receiver([500, 200])
    monkeypatch.setitem(app.config, "OUTBOUND_ALLOW", server.allow)
    try:
        admin = make_person(roles=("admin",))
        endpoint, secret = services.create_endpoint(admin, url=server.url, events=["kit.approved"])
        committed.commit()
        approved_kit(make_live_kit, make_person)
        committed.commit()  # queues the delivery job
        queue = Queue("default", connection=Redis.from_url(TEST_REDIS_URL))
        env = {"ADVOCACY_OUTBOUND_ALLOW": server.allow}
        for tick in range(2):
            if tick:  # the retry's wait is over: the cron sweep queues it again
                committed.execute(update(Delivery).values(next_attempt_at=utcnow()))
                committed.commit()
                queue.enqueue(tasks.sweep)
            result = run_worker_burst(queues=("default",), env_extra=env, timeout=400)
            assert result.returncode == 0, result.stderr[-2000:]
            assert len(server.requests) == tick + 1, result.stderr[-3000:]
        committed.expire_all()
        row = committed.scalar(select(Delivery).where(Delivery.endpoint_id == endpoint.id))
        assert row.status == SUCCEEDED and row.attempts == 2
        assert [r["headers"]["webhook-id"] for r in server.requests] == [row.message_id] * 2
        for request in server.requests:
            assert Webhook(secret).verify(request["body"], request["headers"])["type"] == "kit.approved"
        codes = committed.scalars(select(Attempt.status_code).where(Attempt.delivery_id == row.id)
                                  .order_by(Attempt.number)).all()
        assert codes == [500, 200]
    finally:
        server.close()


def test_rq_cron_sweeps_deliveries_and_announces_dates():
    from pathlib import Path

    from rq.cron import CronScheduler

    scheduler = CronScheduler(connection=Redis.from_url(TEST_REDIS_URL))
    scheduler.load_config_from_file(str(Path(__file__).resolve().parents[2] / "advocacy" / "cron.py"))
    jobs = {job.func_name: job for job in scheduler.get_jobs()}
    assert jobs["advocacy.integrations.tasks.sweep"].interval <= 60
    assert jobs["advocacy.integrations.tasks.announce_due"].interval <= 60
    scheduler.connection.close()
