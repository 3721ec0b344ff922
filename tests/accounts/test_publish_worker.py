"""A scheduled publication goes out through a real ``rq worker`` process: the cron's dispatcher job
finds the due share in the database and queues its publish job, which posts through the linked
account to the loopback fake Mastodon and records the server's answer."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from redis import Redis
from rq import Queue
from sqlalchemy import select, update

from advocacy.campaigns.models import Share
from tests.accounts.conftest import PERSONAL
from tests.conftest import TEST_REDIS_URL, test_environ

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def _quiet_window_away_from_now() -> dict:
    """Quiet hours that cannot cover the next minutes, and no quiet weekend: the worker runs on the real clock."""
    start = datetime.now(ZoneInfo("Europe/Paris")) + timedelta(hours=6)
    return {"start": start.strftime("%H:00"), "end": (start + timedelta(hours=1)).strftime("%H:00"), "weekends": False}


def test_a_scheduled_share_is_published_by_a_real_worker(committed, redis_client, fake_mastodon, make_charter_in_force,
                                                         member, make_live_kit):
    from advocacy.accounts.models import LinkedAccount
    from advocacy.campaigns import publishing
    from advocacy.core import crypto
    from advocacy.core.timeutil import utcnow

    make_charter_in_force(quiet_hours=_quiet_window_away_from_now())
    person = member()
    token = fake_mastodon.issue_token("wanda")
    account = LinkedAccount(person_id=person.id, network="mastodon", server=fake_mastodon.base, account_id="w1",
                            handle=f"wanda@{fake_mastodon.hostport}", token_ciphertext=crypto.encrypt(token))
    committed.add(account)
    committed.flush()
    variant = make_live_kit(networks=("mastodon",)).variants[0]
    share = publishing.request(person, variant, variant.text + PERSONAL, publish_at=utcnow() + timedelta(hours=1))
    assert share.publish_state == "scheduled"
    share_id = share.id
    committed.commit()
    received = len(fake_mastodon.received)
    # The hour passes: the share is due.
    committed.execute(update(Share).where(Share.id == share_id).values(publish_at=utcnow() - timedelta(seconds=1)))
    committed.commit()
    connection = Redis.from_url(TEST_REDIS_URL)
    Queue("default", connection=connection).enqueue("advocacy.campaigns.tasks.dispatch_publications")
    env = dict(os.environ, **test_environ(ADVOCACY_OUTBOUND_ALLOW=fake_mastodon.hostport))
    env["ADVOCACY_INSTANCE_PATH"] = str(ROOT / "instance" / "test")
    started = time.monotonic()
    proc = subprocess.run([str(Path(sys.executable).parent / "rq"), "worker", "--burst", "--url", TEST_REDIS_URL,
                           "-w", "advocacy.run.AppWorker", "-P", str(ROOT), "default"],
                          env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    took = time.monotonic() - started
    connection.close()
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    committed.rollback()
    row = committed.scalar(select(Share).where(Share.id == share_id))
    assert row.publish_state == "published", (row.publish_state, row.publish_error, proc.stderr[-2000:])
    [sent] = fake_mastodon.received[received:]
    assert sent["username"] == "wanda" and sent["text"].startswith(variant.text + PERSONAL)
    assert row.url == fake_mastodon.statuses[row.post_id]["url"] and row.status == "pending"
    print(f"worker burst (dispatch + publish) took {took:.1f} s")
