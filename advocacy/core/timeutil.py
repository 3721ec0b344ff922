"""Time helpers: aware UTC everywhere, and one place to freeze the clock in tests."""
from datetime import datetime, timezone

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
    """Treat naive datetimes read from SQLite as UTC."""
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)
