"""The demo's calendar: "so many days ago at HH:MM" on the organisation's clock.

The demo seed writes about :data:`HISTORY_DAYS` days of history through the ordinary services with
``timeutil.clock`` set to each moment, so every row carries the date it would have had.
"""
from __future__ import annotations

from contextlib import contextmanager
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from advocacy.core.timeutil import default_timezone, utcnow

HISTORY_DAYS = 120


def zone() -> ZoneInfo:
    return ZoneInfo(default_timezone())


_anchor: date | None = None


@contextmanager
def anchored():
    """Within the block, "today" stays the date it was when the block began, whatever moment
    ``timeutil.clock`` sets for the steps written in the past."""
    global _anchor
    previous, _anchor = _anchor, today()
    try:
        yield _anchor
    finally:
        _anchor = previous


def today() -> date:
    """The organisation's date today (the frozen clock's, when one is frozen), or the anchor's."""
    return _anchor if _anchor is not None else utcnow().astimezone(zone()).date()


def moment(days_ago: int, hour: int = 10, minute: int = 0) -> datetime:
    """Aware UTC datetime of ``HH:MM`` local time, ``days_ago`` days before today."""
    day = today() - timedelta(days=days_ago)
    return datetime.combine(day, time(hour, minute), tzinfo=zone()).astimezone(timezone.utc)


def working_moment(days_ago: int, hour: int = 10, minute: int = 0, *, later: bool = False) -> datetime:
    """Like :func:`moment`, moved to the previous weekday (the next one with ``later``) when it falls
    on a weekend: the demo's people act on working days."""
    day = today() - timedelta(days=days_ago)
    while day.weekday() >= 5:
        day += timedelta(days=1) if later else -timedelta(days=1)
    return datetime.combine(day, time(hour, minute), tzinfo=zone()).astimezone(timezone.utc)
