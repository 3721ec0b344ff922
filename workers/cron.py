"""The single ``rq cron`` configuration (``rq cron workers/cron.py``).

Each domain adds its recurring jobs here. Jobs must be idempotent: the database
says what is due, so a missed or doubled tick is harmless.
"""
from rq import cron

from workers import tasks

# A heartbeat every 10 minutes: shows in `rq info` that cron and workers are alive.
cron.register(tasks.ping, queue_name="default", interval=600)

# Campaigns: notify members of live kits (inside quiet hours and caps), then send the mail outbox.
from advocacy.campaigns import tasks as campaign_tasks  # noqa: E402

cron.register(campaign_tasks.dispatch_notifications, queue_name="default", interval=600)
cron.register(campaign_tasks.send_mail_outbox, queue_name="mail", interval=60)

# KPI: roll up today and the last days every 15 minutes (idempotent; fills missed days too).
from advocacy.kpi import tasks as kpi_tasks  # noqa: E402

cron.register(kpi_tasks.rollup_recent, queue_name="kpi", interval=900)

# Consent: re-queue purges a lost Redis dropped, expire stale consents, delete old exports (all idempotent).
from advocacy.consent import tasks as consent_tasks  # noqa: E402

cron.register(consent_tasks.reconcile_purges, queue_name="default", interval=3600)
cron.register(consent_tasks.daily_housekeeping, queue_name="default", interval=86400)

# Tracking: queue due polls every minute, rebuild due work from the database every 10 minutes,
# purge data past the charter's retention every hour (all idempotent).
from advocacy.tracking import tasks as tracking_tasks  # noqa: E402

cron.register(tracking_tasks.dispatch, queue_name="tracking", interval=60)
cron.register(tracking_tasks.reconcile, queue_name="tracking", interval=600)
cron.register(tracking_tasks.purge_expired, queue_name="tracking", interval=3600)
