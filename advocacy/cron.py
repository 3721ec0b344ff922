"""The single ``rq cron`` schedule (``rq cron advocacy.cron``; ``python -m advocacy.run cron``).

Each domain adds its recurring jobs here. Jobs must be idempotent: the database says what is due,
so a missed or doubled tick is harmless. Importing this module registers the schedule (rq's cron
loads it as its configuration); nothing else imports it.
"""
from rq import cron

from advocacy import jobs
from advocacy.campaigns import tasks as campaign_tasks
from advocacy.charter import tasks as charter_tasks
from advocacy.consent import tasks as consent_tasks
from advocacy.integrations import tasks as integration_tasks
from advocacy.kpi import tasks as kpi_tasks
from advocacy.tracking import tasks as tracking_tasks

# A heartbeat every 10 minutes: shows in `rq info` that cron and workers are alive.
cron.register(jobs.ping, queue_name="default", interval=600)

# Charter: a version scheduled for a later date comes into force: announce it (once) so what
# depends on the rules (kits) is re-checked.
cron.register(charter_tasks.announce_in_force, queue_name="default", interval=60)

# Campaigns: notify members of live kits (inside quiet hours and caps), then send the mail outbox.
cron.register(campaign_tasks.dispatch_notifications, queue_name="default", interval=600)
cron.register(campaign_tasks.send_mail_outbox, queue_name="mail", interval=60)
# Web Push: what was held through the quiet hours, and retries (each new notification also asks at once).
cron.register(campaign_tasks.send_push, queue_name="mail", interval=60)
# Re-check live kits whose check predates the charter in force or the checker's rule packs.
cron.register(campaign_tasks.recheck_live_kits, queue_name="default", interval=3600)
# Publish the shares whose time came through the linked accounts (outside quiet hours; idempotent).
cron.register(campaign_tasks.dispatch_publications, queue_name="default", interval=60)

# KPI: roll up today and the last days every 15 minutes (idempotent; fills missed days too).
cron.register(kpi_tasks.rollup_recent, queue_name="kpi", interval=900)

# Consent: re-queue purges a lost Redis dropped, expire stale consents, delete old exports (all idempotent).
cron.register(consent_tasks.reconcile_purges, queue_name="default", interval=3600)
cron.register(consent_tasks.daily_housekeeping, queue_name="default", interval=86400)

# Tracking: queue due polls every minute, rebuild due work from the database every 10 minutes,
# purge data past the charter's retention every hour (all idempotent).
cron.register(tracking_tasks.dispatch, queue_name="tracking", interval=60)
cron.register(tracking_tasks.reconcile, queue_name="tracking", interval=600)
cron.register(tracking_tasks.purge_expired, queue_name="tracking", interval=3600)

# Integrations: queue due webhook / chat deliveries (retries, messages held for the quiet hours) and
# announce what dates made happen (campaigns starting and ending, kits going live, survey rounds
# closing); both idempotent.
cron.register(integration_tasks.sweep, queue_name="default", interval=60)
cron.register(integration_tasks.announce_due, queue_name="default", interval=60)
