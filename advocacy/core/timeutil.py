"""Time helpers: aware UTC everywhere, and one place to freeze the clock in tests."""
from contextlib import contextmanager
from datetime import datetime, timezone

from flask import current_app

_frozen: datetime | None = None


def utcnow() -> datetime:
    return _frozen if _frozen is not None else datetime.now(timezone.utc)


def freeze(at: datetime | None) -> None:
    """Freeze ``utcnow()`` (tests and the demo); ``None`` unfreezes."""
    global _frozen
    if at is not None and at.tzinfo is None:
        raise ValueError("freeze() needs an aware datetime")
    _frozen = at


def as_utc(value: datetime | None) -> datetime | None:
    """Aware UTC; a naive datetime (from a ``timestamp without time zone`` expression) is taken as UTC."""
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)


def default_timezone() -> str:
    """The organisation's time zone name (``ADVOCACY_TIMEZONE``, checked by the settings)."""
    return current_app.config["TIMEZONE"]


@contextmanager
def clock(at: datetime):
    """``utcnow()`` reads ``at`` inside the block (the demo's history is written in the past)."""
    previous = _frozen
    freeze(at)
    try:
        yield at
    finally:
        freeze(previous)
