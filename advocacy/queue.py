"""Redis and RQ queues. Connections are made on first use, never at import.

Jobs are enqueued by callable (``enqueue(tasks.rollup_day, day)``), never by dotted path.
``enqueue_after_commit`` queues a job once the current transaction commits (dropped on
rollback); if Redis is down then, the database still says what is due and a reconcile job
queues it again.
"""
from __future__ import annotations

import logging

from flask import current_app, g, has_app_context
from redis import Redis
from redis.exceptions import RedisError
from rq import Queue
from sqlalchemy import event
from sqlalchemy.orm import Session

from advocacy.extensions import db

log = logging.getLogger(__name__)
#: ``session.info`` key of the jobs waiting for the commit.
PENDING = "advocacy_after_commit_jobs"

QUEUES = ("default", "tracking", "kpi", "mail")


def redis_from_url(url: str, **kwargs) -> Redis:
    kwargs.setdefault("socket_connect_timeout", 2)
    kwargs.setdefault("socket_timeout", 10)
    return Redis.from_url(url, **kwargs)


def get_redis() -> Redis:
    if has_app_context():
        if "advocacy_redis" not in g:
            g.advocacy_redis = redis_from_url(current_app.config["REDIS_URL"])
        return g.advocacy_redis
    raise RuntimeError("get_redis() needs an application context")


def get_queue(name: str = "default") -> Queue:
    if name not in QUEUES:
        raise ValueError(f"unknown queue {name!r}; known: {', '.join(QUEUES)}")
    return Queue(name, connection=get_redis())


def enqueue(func, *args, queue: str = "default", **job_kwargs):
    """Enqueue the job ``func`` (a callable decorated with ``advocacy.jobs.job``) on one of our queues."""
    if not callable(func):
        raise TypeError(f"enqueue a job by callable, not {func!r}")
    return get_queue(queue).enqueue(func, *args, **job_kwargs)


def enqueue_after_commit(func, *args, queue: str = "default", **job_kwargs) -> None:
    """Queue ``func(*args)`` once the current transaction commits; the same job is queued once."""
    if not callable(func):
        raise TypeError(f"enqueue a job by callable, not {func!r}")
    entry = (func, args, queue, job_kwargs)
    pending = db.session.info.setdefault(PENDING, [])
    if entry not in pending:
        pending.append(entry)


def _after_commit(session) -> None:
    pending = session.info.pop(PENDING, None)
    for func, args, queue, job_kwargs in pending or ():
        try:
            enqueue(func, *args, queue=queue, **job_kwargs)
        except (RedisError, OSError) as exc:  # Redis down: expected, the database keeps what is due
            log.warning("could not queue %s%r (%s); the reconcile job will", func.__name__, args, exc)
        except Exception:
            log.warning("could not queue %s%r; the reconcile job will", func.__name__, args, exc_info=True)


def _after_rollback(session) -> None:
    session.info.pop(PENDING, None)


def _after_soft_rollback(session, previous_transaction) -> None:
    if previous_transaction.parent is None:
        _after_rollback(session)


def install_after_commit() -> None:
    """Listen to every session's commits and rollbacks (idempotent)."""
    if not event.contains(Session, "after_commit", _after_commit):
        event.listen(Session, "after_commit", _after_commit)
        event.listen(Session, "after_soft_rollback", _after_soft_rollback)
