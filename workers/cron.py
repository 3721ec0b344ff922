"""The single ``rq cron`` configuration (``rq cron workers/cron.py``).

Each domain adds its recurring jobs here. Jobs must be idempotent: the database
says what is due, so a missed or doubled tick is harmless.
"""
from rq import cron

from workers import tasks

# A heartbeat every 10 minutes: shows in `rq info` that cron and workers are alive.
cron.register(tasks.ping, queue_name="default", interval=600)
