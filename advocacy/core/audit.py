"""The audit trail: append-only, hash-chained entries (table in ``core.models``). Every domain
records here in its own transaction; the trail is only read by the `audit` pages and CLI."""
from __future__ import annotations

from sqlalchemy import select

from advocacy.core.models import AuditEntry
from advocacy.core.chain import (
    GENESIS,
    ChainBreak,
    link_hash,
    lock_chain,
    rows_in_order,
    verify_chain,
)
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db

CHAIN = "audit"


def record(action: str, *, actor=None, object_type: str | None = None, object_id=None,
           details: dict | None = None) -> AuditEntry:
    """Append an entry in the current transaction; the caller commits."""
    lock_chain(db.session, CHAIN)
    last = db.session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    entry = AuditEntry(
        at=utcnow(),
        actor_id=getattr(actor, "id", None),
        # A pseudonymous label, never the e-mail: the chain cannot be rewritten when a person
        # is erased, so it must not hold their identity (pages show the current name by id).
        actor_label=f"person:{actor.id}" if getattr(actor, "id", None) is not None else "system",
        action=action,
        object_type=object_type,
        object_id=None if object_id is None else str(object_id),
        details=details or {},
        prev_hash=last or GENESIS,
    )
    entry.hash = link_hash(entry.prev_hash, entry.payload())
    db.session.add(entry)
    db.session.flush()
    return entry


def verify() -> tuple[int, ChainBreak | None]:
    """Walk the whole trail; return (entries checked, first break or None)."""
    count = 0

    def rows():
        nonlocal count
        for row in rows_in_order(db.session, AuditEntry):
            count += 1
            yield row

    broken = verify_chain(rows(), AuditEntry.payload)
    return count, broken

