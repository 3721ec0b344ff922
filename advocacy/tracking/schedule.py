"""Poll slots: decaying intervals after registration, then stop."""
from __future__ import annotations

from datetime import datetime, timedelta

#: Offsets of the poll slots from the registration of the post URL. Slot 0 is immediate
#: (it confirms the post exists and re-checks its live text); the last one ends tracking.
SLOTS = (timedelta(0), timedelta(hours=1), timedelta(hours=6), timedelta(hours=24),
         timedelta(days=3), timedelta(days=7), timedelta(days=30))
#: How long a batch owns the rows it claimed (a killed worker's rows come back after this).
LEASE = timedelta(minutes=5)
#: Attempts of one slot before it is closed with a ``failed`` snapshot (no gap, no loop).
MAX_ATTEMPTS = 5
#: Backoff after a transient failure of one post: attempt n waits BACKOFF[n-1].
BACKOFF = (timedelta(minutes=2), timedelta(minutes=10), timedelta(minutes=30), timedelta(hours=2))


def slot_due(registered_at: datetime, slot: int) -> datetime | None:
    if slot < 0 or slot >= len(SLOTS):
        return None
    return registered_at + SLOTS[slot]


def next_slot_after(registered_at: datetime, done_slot: int, now: datetime) -> int | None:
    """The slot to poll after ``done_slot``: the next one, skipping slots already long past
    (a worker that was down for days polls once, not once per missed slot)."""
    slot = done_slot + 1
    while slot < len(SLOTS) - 1 and registered_at + SLOTS[slot + 1] <= now:
        slot += 1
    return slot if slot < len(SLOTS) else None


def backoff(attempts: int) -> timedelta:
    return BACKOFF[min(max(attempts, 1), len(BACKOFF)) - 1]
