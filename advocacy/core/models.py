"""Column helpers shared by every domain's models."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, TypeDecorator

from advocacy.core.timeutil import as_utc


class UTCDateTime(TypeDecorator):
    """Timezone-aware datetimes stored as UTC (SQLite returns naive values)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return as_utc(value)

    def process_result_value(self, value, dialect):
        return as_utc(value)
