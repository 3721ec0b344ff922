"""Hash chains for append-only ledgers (audit trail, consent events).

Each row stores ``prev_hash`` and ``hash = sha256(prev_hash || canonical(payload))``.
Verification walks the rows in order and names the first one whose content or
link does not match.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy import select

GENESIS = "0" * 64


def canonical_json(payload: Any) -> str:
    def default(value):
        if isinstance(value, (datetime, date)):
            return value.isoformat()
        raise TypeError(f"not serialisable: {type(value).__name__}")

    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=default)


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def link_hash(prev_hash: str, payload: Any) -> str:
    return sha256_hex(prev_hash + "\n" + canonical_json(payload))


@dataclass(frozen=True)
class ChainBreak:
    row_id: Any
    reason: str


def verify_chain(rows: Iterable, payload_of: Callable[[Any], Any]) -> ChainBreak | None:
    """Return the first break in ``rows`` (ordered), or None when intact."""
    expected_prev = GENESIS
    for row in rows:
        if row.prev_hash != expected_prev:
            return ChainBreak(row.id, "link to the previous entry is broken (an entry was removed or reordered)")
        if link_hash(row.prev_hash, payload_of(row)) != row.hash:
            return ChainBreak(row.id, "content does not match its hash (the entry was altered)")
        expected_prev = row.hash
    return None


def lock_chain(session, name: str) -> None:
    """Serialise appends to one chain (a transaction-scoped PostgreSQL advisory lock)."""
    key = int(hashlib.sha256(name.encode()).hexdigest()[:15], 16)
    session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def rows_in_order(session, model, batch_size: int = 1000):
    """Every row of ``model`` by ascending id, read in batches (keyset pagination)."""
    last_id = None
    while True:
        stmt = select(model).order_by(model.id).limit(batch_size)
        if last_id is not None:
            stmt = stmt.where(model.id > last_id)
        batch = session.scalars(stmt).all()
        if not batch:
            return
        yield from batch
        last_id = batch[-1].id
