"""A real ``rq worker`` process dispatches notifications and sends the outbox to a loopback SMTP server."""
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from redis import Redis
from rq import Queue
from sqlalchemy import select

from advocacy.campaigns.models import MAIL_SENT, Notification, OutboxMail
from tests.fixtures.members import TEAM
from tests.campaigns.smtp_sink import SmtpSink
from tests.conftest import TEST_REDIS_URL
from tests.core.test_worker import run_worker_burst


@pytest.mark.slow
def test_real_worker_dispatches_then_sends_mail(committed, redis_client, make_charter_in_force, make_member,
                                                 make_live_kit):
    from advocacy.campaigns import tasks

    # Real time in the worker: quiet hours set away from now, no weekend rule.
    hour = datetime.now(ZoneInfo("Europe/Paris")).hour
    make_charter_in_force(quiet_hours={"start": f"{(hour + 2) % 24:02d}:00", "end": f"{(hour + 3) % 24:02d}:00",
                                       "weekends": False})
    person = make_member(purposes=("program", "notifications"), team=TEAM, email="worker-mail@example.test")
    make_live_kit(title="Kit du worker")
    committed.commit()
    with SmtpSink() as sink:
        env = {"ADVOCACY_SMTP_HOST": "127.0.0.1", "ADVOCACY_SMTP_PORT": str(sink.port),
               "ADVOCACY_SMTP_STARTTLS": "false"}
        redis = Redis.from_url(TEST_REDIS_URL)
        dispatch = Queue("default", connection=redis).enqueue(tasks.dispatch_notifications)
        send = Queue("mail", connection=redis).enqueue(tasks.send_mail_outbox)
        result = run_worker_burst(("default", "mail"), env)  # queue order: dispatch first, then the outbox
        assert result.returncode == 0, result.stderr[-2000:]
        assert dispatch.get_status() == "finished", result.stderr[-3000:]
        assert send.get_status() == "finished", result.stderr[-3000:]
        redis.close()
    committed.expire_all()
    assert committed.scalar(select(Notification).where(Notification.person_id == person.id)) is not None
    mail = committed.scalar(select(OutboxMail).where(OutboxMail.person_id == person.id))
    assert mail.status == MAIL_SENT
    [received] = sink.messages
    assert received["to"] == ["worker-mail@example.test"] and "Kit du worker" in received["message"]["Subject"]


def test_rq_cron_drives_notifications_and_the_outbox():
    from pathlib import Path

    from rq.cron import CronScheduler

    scheduler = CronScheduler(connection=Redis.from_url(TEST_REDIS_URL))
    scheduler.load_config_from_file(str(Path(__file__).resolve().parents[2] / "advocacy" / "cron.py"))
    jobs = {job.func_name: job for job in scheduler.get_jobs()}
    dispatch = jobs["advocacy.campaigns.tasks.dispatch_notifications"]
    send = jobs["advocacy.campaigns.tasks.send_mail_outbox"]
    assert dispatch.queue_name == "default" and dispatch.interval <= 600
    assert send.queue_name == "mail" and send.interval <= 60
    scheduler.connection.close()
