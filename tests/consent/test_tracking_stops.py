"""Done when: giving then withdrawing ``post_metrics`` leaves two ledger events and the next tracking
run, on a real worker against the loopback providers, fetches nothing for that person."""
import os
import subprocess
import sys
from pathlib import Path

import pytest
from redis import Redis
from rq import Queue
from sqlalchemy import select

from advocacy.consent import services
from advocacy.consent.models import ConsentEvent
from tests.conftest import TEST_INSTANCE, TEST_REDIS_URL, test_environ

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def _burst(fake, queues=("default", "tracking")):
    env = dict(os.environ, **test_environ(**fake.env))
    env["ADVOCACY_INSTANCE_PATH"] = TEST_INSTANCE
    result = subprocess.run(
        [str(Path(sys.executable).parent / "rq"), "worker", "--burst", "--url", TEST_REDIS_URL,
         "-w", "advocacy.run.AppWorker", "-P", str(ROOT), *queues],
        check=False, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    return result


def test_after_withdrawing_post_metrics_the_next_tracking_run_fetches_nothing(
        committed, redis_client, fake_providers, make_member, make_share):
    pytest.importorskip("advocacy.tracking.polling")
    from advocacy.tracking.models import MetricSnapshot
    from advocacy.tracking.services import schedule_polls

    keeper = make_member(purposes=("program", "post_metrics"))
    leaver = make_member(purposes=("program", "post_metrics"))
    kept_url = fake_providers.add_status(likes=4, user=f"member{keeper.id}")
    left_url = fake_providers.add_status(likes=9, user=f"member{leaver.id}")
    kept = make_share(person=keeper, network="mastodon", url=kept_url)
    left = make_share(person=leaver, network="mastodon", url=left_url)
    schedule_polls(kept)
    schedule_polls(left)
    committed.commit()
    kept_id, left_id, leaver_id = kept.id, left.id, leaver.id

    services.withdraw(leaver, "post_metrics", method="api")
    committed.commit()
    events = committed.scalars(select(ConsentEvent).where(ConsentEvent.person_id == leaver_id,
                                                          ConsentEvent.purpose == "post_metrics")
                               .order_by(ConsentEvent.id)).all()
    assert [e.event for e in events] == ["given", "withdrawn"]

    Queue("tracking", connection=Redis.from_url(TEST_REDIS_URL)).enqueue("advocacy.tracking.tasks.poll_batch")
    output = _burst(fake_providers)
    left_path = "/api/v1/statuses/" + left_url.rsplit("/", 1)[1]
    kept_path = "/api/v1/statuses/" + kept_url.rsplit("/", 1)[1]
    assert fake_providers.mastodon.hits[kept_path] >= 1, output.stderr[-3000:]  # the run did happen
    assert fake_providers.mastodon.hits[left_path] == 0  # ...and fetched nothing for the leaver
    committed.rollback()
    snapshots = dict(committed.execute(select(MetricSnapshot.share_id, MetricSnapshot.id)).all())
    assert kept_id in snapshots and left_id not in snapshots
