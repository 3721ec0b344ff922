"""Health of the two things the service needs: the database and Redis."""
from __future__ import annotations

from redis.exceptions import RedisError
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, OperationalError

from advocacy.extensions import db
from advocacy.queue import get_redis


def is_infrastructure_error(exc: BaseException) -> bool:
    if isinstance(exc, (OperationalError, RedisError, ConnectionError)):
        return True
    return isinstance(exc, DBAPIError) and bool(getattr(exc, "connection_invalidated", False))


def check_database() -> str:
    try:
        db.session.execute(text("SELECT 1"))
        return "ok"
    except Exception:  # noqa: BLE001 - any failure means "down"
        db.session.rollback()
        return "unavailable"


def check_queue() -> str:
    try:
        get_redis().ping()
        return "ok"
    except (RedisError, OSError):
        return "unavailable"


def status() -> tuple[dict, int]:
    parts = {"database": check_database(), "queue": check_queue()}
    healthy = all(value == "ok" for value in parts.values())
    body = {"status": "ok" if healthy else "unavailable", **parts}
    return body, 200 if healthy else 503
