"""A scheduled publication goes out through a real ``rq worker`` process: the cron's dispatcher job
finds the due share in the database and queues its publish job, which posts through the linked
account to the loopback fake Mastodon and records the server's answer. And across worker processes,
a LinkedIn post whose answer was lost is found, not posted twice."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import secrets

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


def _burst(env) -> subprocess.CompletedProcess:
    connection = Redis.from_url(TEST_REDIS_URL)
    Queue("default", connection=connection).enqueue("advocacy.campaigns.tasks.dispatch_publications")
    connection.close()
    return subprocess.run([str(Path(sys.executable).parent / "rq"), "worker", "--burst", "--url", TEST_REDIS_URL,
                           "-w", "advocacy.run.AppWorker", "-P", str(ROOT), "default"],
                          env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_a_lost_linkedin_answer_is_found_by_the_next_worker_not_posted_twice(
        committed, redis_client, fake_linkedin, make_charter_in_force, member, make_live_kit):
    from advocacy.accounts.models import LinkedAccount
    from advocacy.campaigns import publishing
    from advocacy.core import crypto
    from advocacy.core.timeutil import utcnow

    make_charter_in_force(quiet_hours=_quiet_window_away_from_now())
    person = member()
    sub = fake_linkedin.member("wendy.worker")["sub"]
    token = secrets.token_urlsafe(24)
    fake_linkedin.tokens[token] = {"sub": sub, "scope": "openid profile w_member_social r_member_social"}
    author = f"urn:li:person:{sub}"
    committed.add(LinkedAccount(person_id=person.id, network="linkedin", server="https://www.linkedin.com",
                                account_id=author, handle="Wendy Worker", token_ciphertext=crypto.encrypt(token),
                                expires_at=utcnow() + timedelta(days=50)))
    committed.flush()
    variant = make_live_kit(networks=("linkedin",)).variants[0]
    share = publishing.request(person, variant, variant.text + PERSONAL, publish_at=utcnow() + timedelta(hours=1))
    share_id = share.id
    committed.execute(update(Share).where(Share.id == share_id).values(publish_at=utcnow() - timedelta(seconds=1)))
    committed.commit()
    env = dict(os.environ, **test_environ(
        ADVOCACY_OUTBOUND_ALLOW=fake_linkedin.hostport, ADVOCACY_LINKEDIN_CLIENT_ID=fake_linkedin.client_id,
        ADVOCACY_LINKEDIN_CLIENT_SECRET=fake_linkedin.client_secret, ADVOCACY_LINKEDIN_AUTH_URL=fake_linkedin.base,
        ADVOCACY_LINKEDIN_API_URL=fake_linkedin.base))
    env["ADVOCACY_INSTANCE_PATH"] = str(ROOT / "instance" / "test")
    fake_linkedin.drop_answer("/rest/posts")
    first = _burst(env)
    assert first.returncode == 0, first.stdout[-2000:] + first.stderr[-2000:]
    committed.rollback()
    row = committed.scalar(select(Share).where(Share.id == share_id))
    assert row.publish_state == "scheduled" and row.publish_sent_at is not None, (row.publish_state, row.publish_error)
    assert len(fake_linkedin.posts_by(author)) == 1  # LinkedIn made it; the worker never heard
    committed.execute(update(Share).where(Share.id == share_id).values(publish_at=utcnow() - timedelta(seconds=1)))
    committed.commit()
    second = _burst(env)  # another worker process: it knows only what the database says
    assert second.returncode == 0, second.stdout[-2000:] + second.stderr[-2000:]
    committed.rollback()
    row = committed.scalar(select(Share).where(Share.id == share_id))
    [post] = fake_linkedin.posts_by(author)
    assert row.publish_state == "published" and row.post_id == post["urn"], (row.publish_state, row.publish_error)
