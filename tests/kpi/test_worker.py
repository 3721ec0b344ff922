"""A real ``rq worker`` process rolls a day up; ``rq cron`` is configured to drive it."""
from __future__ import annotations

import pytest
from redis import Redis
from rq import Queue
from sqlalchemy import func, select

from advocacy.kpi.models import GroupDay, RollupRun
from advocacy.kpi.sources import local_date
from tests.conftest import TEST_REDIS_URL
from tests.core.test_worker import run_worker_burst


@pytest.mark.slow
def test_a_real_worker_rolls_up_a_day_and_rerunning_changes_nothing(committed, redis_client, kpi_org):
    from advocacy.kpi.tasks import rollup_day, rollup_recent

    org = kpi_org()
    committed.commit()
    day = local_date(org["now"]).isoformat()
    queue = Queue("kpi", connection=Redis.from_url(TEST_REDIS_URL))
    first = queue.enqueue(rollup_day, day)
    result = run_worker_burst(queues=("kpi",))
    assert result.returncode == 0, result.stderr[-2000:]
    first.refresh()
    assert first.get_status() == "finished", result.stderr[-2000:]
    committed.expire_all()
    rows = committed.scalar(select(func.count()).select_from(GroupDay))
    shares = committed.scalar(select(GroupDay.num).where(GroupDay.metric == "shares", GroupDay.team_id == 0,
                                                         GroupDay.campaign_id == 0))
    assert rows > 0 and shares == 8
    again = queue.enqueue(rollup_day, day)
    tick = queue.enqueue(rollup_recent)
    result = run_worker_burst(queues=("kpi",))
    again.refresh()
    tick.refresh()
    assert again.get_status() == "finished" and tick.get_status() == "finished", result.stderr[-2000:]
    committed.expire_all()
    assert committed.scalar(select(func.count()).select_from(GroupDay).where(GroupDay.day == local_date(org["now"]))) \
        == rows
    assert day in tick.return_value()
    assert committed.scalar(select(func.count()).select_from(RollupRun)) >= 15  # two weeks backfilled


def test_rq_cron_drives_the_rollup():
    from pathlib import Path

    from rq.cron import CronScheduler

    scheduler = CronScheduler(connection=Redis.from_url(TEST_REDIS_URL))
    scheduler.load_config_from_file(str(Path(__file__).resolve().parents[2] / "advocacy" / "cron.py"))
    jobs = {job.func_name: job for job in scheduler.get_jobs()}
    job = jobs["advocacy.kpi.tasks.rollup_recent"]
    assert job.queue_name == "kpi" and job.interval and job.interval <= 3600
    scheduler.connection.close()
