"""Writing poll outcomes in bulk: one transaction per group of results.

Each flush inserts the group's snapshots (``ON CONFLICT (share_id, slot) DO NOTHING``) and
moves the group's schedules on (only rows still leased to this batch) in the same
transaction, so a crash between two flushes loses only work that will be redone, never
half of it. Live re-checks run once per distinct text and disclosure context.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import and_, bindparam, update
from sqlalchemy.dialects.postgresql import insert

from advocacy.campaigns import ownership
from advocacy.campaigns.models import SHARE_NOT_YOURS, Share
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db
from advocacy.tracking.models import DONE, FAILED, GONE, OK, PRIVATE, STOPPED, MetricSnapshot, PollSchedule
from advocacy.tracking.providers import BadResponse, ConfigError, Gone, Private, ProviderError, RateLimited, Snapshot
from advocacy.tracking.schedule import MAX_ATTEMPTS, backoff, next_slot_after, slot_due
from advocacy.tracking.live import recheck_many

_SCHEDULE_COLUMNS = ("next_slot", "due_at", "state", "stop_reason", "attempts", "last_error", "last_polled_at",
                     "checked_digest")


@dataclass
class _Row:
    item: object
    snapshot: dict | None
    values: dict
    share_status: tuple | None  # (new status, allowed current statuses)
    text: str | None
    identity: tuple | None = None  # (author id, lasting URI) first learnt by this poll


class Recorder:
    def __init__(self, token: str, summary, flush_every: int = 50):
        self.token = token
        self.summary = summary
        self.flush_every = flush_every
        self.rows: list[_Row] = []

    # -- deciding -----------------------------------------------------------------------------
    def add(self, item, result) -> None:
        now = utcnow()
        summary = self.summary
        keep = dict(next_slot=item.next_slot, due_at=item.due_at, state=item.state, stop_reason=None,
                    attempts=item.attempts, last_error=None, last_polled_at=item.last_polled_at,
                    checked_digest=item.checked_digest)
        snapshot = None
        share_status = None
        text = None
        if isinstance(result, Snapshot) and not self._owned(item, result):
            values = dict(keep, state=STOPPED, stop_reason=SHARE_NOT_YOURS, due_at=None, last_polled_at=now)
            share_status = (SHARE_NOT_YOURS, ("pending", "tracked"))
            summary.not_yours += 1
        elif isinstance(result, Snapshot):
            snapshot = self._snapshot(item, OK, result, now)
            values = self._advance(item, keep, now)
            if result.text is not None:
                digest = hashlib.sha256(result.text.encode("utf-8")).hexdigest()
                if digest != item.checked_digest:
                    text = result.text
                    values["checked_digest"] = digest
            share_status = ("tracked", ("pending",))
            summary.ok += 1
        elif isinstance(result, Gone):
            snapshot = self._snapshot(item, GONE, None, now)
            values = dict(keep, state=DONE, stop_reason="gone", due_at=None, last_polled_at=now,
                          last_error=result.detail[:200])
            share_status = ("gone", ("pending", "tracked"))
            summary.gone += 1
        elif isinstance(result, Private):
            snapshot = self._snapshot(item, PRIVATE, None, now)
            values = dict(self._advance(item, keep, now), last_error=result.detail[:200])
            summary.private += 1
        elif isinstance(result, ConfigError):
            # Our token or API version was refused: no post is at fault; keep the slot for later.
            values = dict(keep, last_error=f"{result.setting}: {result.detail}"[:200])
            summary.config += 1
        elif isinstance(result, RateLimited):
            values = dict(keep, last_error=result.detail[:200])
            summary.rate_limited += 1
        elif isinstance(result, BadResponse) and result.permanent:
            snapshot = self._snapshot(item, FAILED, None, now)
            values = dict(keep, state=STOPPED, stop_reason="refused", due_at=None, last_polled_at=now,
                          last_error=result.detail[:200])
            summary.refused += 1
        else:
            error = result if isinstance(result, ProviderError) else BadResponse(str(result))
            summary.errors[error.kind] = summary.errors.get(error.kind, 0) + 1
            attempts = item.attempts + 1
            if attempts >= MAX_ATTEMPTS:
                snapshot = self._snapshot(item, FAILED, None, now)
                values = dict(self._advance(item, keep, now), last_error=error.detail[:200])
                summary.failed += 1
            else:
                values = dict(keep, attempts=attempts, due_at=now + backoff(attempts), last_error=error.detail[:200])
                summary.transient += 1
        identity = None
        if isinstance(result, Snapshot) and result.uri and result.author and not getattr(item, "at_uri", None):
            identity = (result.author[:300], result.uri[:1000])
        self.rows.append(_Row(item, snapshot, values, share_status, text, identity))

    @staticmethod
    def _owned(item, snap) -> bool:
        """The post's author, when the network names one, must be the sharer's own account."""
        if item.network not in ownership.AUTHOR_CHECKED:
            return True
        account = ownership.author_account(item.network, snap.author, item.post_url)
        return account is None or ownership.account_is_owners(item.person_id, item.network, account)

    @staticmethod
    def _snapshot(item, status, snap, now) -> dict:
        row = dict(share_id=item.share_id, person_id=item.person_id, slot=item.next_slot, taken_at=now,
                   status=status, likes=None, reposts=None, replies=None, quotes=None, impressions=None,
                   followers=None)
        if snap is not None:
            row.update(likes=snap.likes, reposts=snap.reposts, replies=snap.replies, quotes=snap.quotes,
                       impressions=snap.impressions, followers=snap.followers)
        return row

    @staticmethod
    def _advance(item, keep: dict, now) -> dict:
        nxt = next_slot_after(item.registered_at, item.next_slot, now)
        if nxt is None:
            return dict(keep, state=DONE, stop_reason="complete", due_at=None, attempts=0, last_polled_at=now)
        return dict(keep, next_slot=nxt, due_at=slot_due(item.registered_at, nxt), attempts=0, last_polled_at=now)

    # -- writing ------------------------------------------------------------------------------
    def pending(self) -> int:
        return len(self.rows)

    def flush(self) -> None:
        """Write what was decided (the caller commits)."""
        rows, self.rows = self.rows, []
        if not rows:
            return
        snapshots = [r.snapshot for r in rows if r.snapshot is not None]
        if snapshots:
            db.session.execute(insert(MetricSnapshot).on_conflict_do_nothing(index_elements=["share_id", "slot"]),
                               snapshots)
        table = PollSchedule.__table__
        stmt = update(table).where(and_(table.c.id == bindparam("b_id"), table.c.lease_token == self.token)).values(
            {name: bindparam(f"b_{name}") for name in _SCHEDULE_COLUMNS} | {"lease_token": None, "leased_until": None})
        db.session.execute(stmt, [{"b_id": r.item.id, **{f"b_{k}": r.values[k] for k in _SCHEDULE_COLUMNS}}
                                  for r in rows], execution_options={"synchronize_session": False})
        by_status: dict[tuple, list[int]] = {}
        for r in rows:
            if r.share_status is not None:
                by_status.setdefault(r.share_status, []).append(r.item.share_id)
        if by_status:
            for (status, only_from), ids in by_status.items():
                if status == SHARE_NOT_YOURS:
                    ownership.mark_not_yours(ids)
                    continue
                db.session.execute(update(Share).where(Share.id.in_(ids), Share.status.in_(only_from)).values(
                    status=status, updated_at=utcnow()), execution_options={"synchronize_session": False})
        identified = [{"b_share": r.item.share_id, "b_did": r.identity[0], "b_uri": r.identity[1]}
                      for r in rows if r.identity is not None]
        if identified:  # the poller resolved a share registered before (or without) its DID: once
            shares = Share.__table__
            db.session.execute(update(shares).where(shares.c.id == bindparam("b_share"), shares.c.at_uri.is_(None))
                               .values(author_did=bindparam("b_did"), at_uri=bindparam("b_uri")), identified,
                               execution_options={"synchronize_session": False})
        seen = [r.item.share_id for r in rows if r.snapshot is not None and r.snapshot["status"] == OK]
        ownership.confirm_seen(seen)
        checks = [r for r in rows if r.text is not None]
        if checks:
            self.summary.findings += recheck_many([(r.item, r.text) for r in checks])

