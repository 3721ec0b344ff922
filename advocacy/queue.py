"""Redis and RQ queues. Connections are made on first use, never at import."""
from __future__ import annotations

from flask import current_app, g, has_app_context
from redis import Redis
from rq import Queue

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
    """Enqueue ``func`` (a callable or its dotted path) on one of our queues."""
    return get_queue(queue).enqueue(func, *args, **job_kwargs)
