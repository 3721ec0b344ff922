"""Polling engine: claim due rows, fetch with bounded concurrency, record idempotently.

Crash safety: a batch *leases* the rows it claims (``lease_token``/``leased_until``,
taken under ``FOR UPDATE SKIP LOCKED``), so two workers never fetch the same post.
Each result is committed on its own: the snapshot (unique per share and slot,
inserted with ``ON CONFLICT DO NOTHING``) and the schedule's move to the next slot
go together. A worker killed mid-batch leaves committed rows done and the rest
leased until the lease expires, when another batch polls them: no duplicate, no gap.
"""
from __future__ import annotations

import logging
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field, fields, replace
from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import and_, func, or_, select, update

from advocacy.core.timeutil import utcnow
from advocacy.extensions import db
from advocacy.tracking.models import ACTIVE, STOPPED, AccountToken, PollSchedule, ProviderThrottle
from advocacy.tracking.providers import PollContext, RateLimited, poll
from advocacy.tracking.providers.base import take_exhaustion
from advocacy.tracking.recording import Recorder
from advocacy.tracking.schedule import LEASE

log = logging.getLogger(__name__)

BATCH_SIZE = 200
CONCURRENCY = 32
PER_PROVIDER = 24
#: Results written per transaction (a crash loses at most this many fetches, redone later).
FLUSH_EVERY = 50


@dataclass
class Item:
    id: int
    share_id: int
    person_id: int
    network: str
    post_url: str
    provider_key: str
    registered_at: datetime
    next_slot: int
    attempts: int
    checked_digest: str | None
    due_at: datetime | None = None
    state: str = ACTIVE
    last_polled_at: datetime | None = None


@dataclass
class Summary:
    claimed: int = 0
    ok: int = 0
    gone: int = 0
    private: int = 0
    rate_limited: int = 0
    transient: int = 0
    failed: int = 0
    refused: int = 0
    no_consent: int = 0
    findings: int = 0
    errors: dict = field(default_factory=dict)

    def add(self, other: "Summary") -> None:
        for f in fields(self):
            if f.name == "errors":
                for k, v in other.errors.items():
                    self.errors[k] = self.errors.get(k, 0) + v
            else:
                setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def as_dict(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def line(self) -> str:
        parts = [f"{name}={getattr(self, name)}" for name in
                 ("claimed", "ok", "gone", "private", "rate_limited", "transient", "failed", "refused",
                  "no_consent", "findings")]
        return "polled " + " ".join(parts)


def _claimable(now):
    blocked = select(ProviderThrottle.key).where(ProviderThrottle.blocked_until > now)
    return and_(PollSchedule.state == ACTIVE, PollSchedule.due_at <= now,
                or_(PollSchedule.leased_until.is_(None), PollSchedule.leased_until < now),
                PollSchedule.provider_key.not_in(blocked))


def count_due(now=None) -> int:
    now = now or utcnow()
    return db.session.scalar(select(func.count()).select_from(PollSchedule).where(_claimable(now))) or 0


def claim(limit: int, token: str, now=None) -> list[Item]:
    """Lease up to ``limit`` due rows to ``token`` (committed); rows leased elsewhere are skipped."""
    now = now or utcnow()
    ids = db.session.scalars(select(PollSchedule.id).where(_claimable(now)).order_by(PollSchedule.due_at)
                             .limit(limit).with_for_update(skip_locked=True)).all()
    if not ids:
        db.session.commit()
        return []
    db.session.execute(update(PollSchedule).where(
        PollSchedule.id.in_(ids),
        or_(PollSchedule.leased_until.is_(None), PollSchedule.leased_until < now)).values(
        lease_token=token, leased_until=now + LEASE))
    db.session.commit()
    rows = db.session.execute(select(
        PollSchedule.id, PollSchedule.share_id, PollSchedule.person_id, PollSchedule.network,
        PollSchedule.post_url, PollSchedule.provider_key, PollSchedule.registered_at, PollSchedule.next_slot,
        PollSchedule.attempts, PollSchedule.checked_digest, PollSchedule.due_at, PollSchedule.state,
        PollSchedule.last_polled_at).where(PollSchedule.lease_token == token)).all()
    db.session.commit()
    return [Item(*row) for row in rows]


def _consented(person_ids, purpose: str) -> set[int]:
    from advocacy.consent import services as consent

    finder = getattr(consent, "consented_person_ids", None)
    if finder is not None:
        return set(finder(purpose, list(person_ids)))
    return {pid for pid in person_ids if consent.has_consent(pid, purpose)}


def _tokens(items) -> dict:
    wanted = {i.person_id for i in items if i.network == "linkedin"}
    if not wanted:
        return {}
    allowed = _consented(wanted, "account_token")
    now = utcnow()
    rows = db.session.scalars(select(AccountToken).where(
        AccountToken.person_id.in_(allowed), AccountToken.network == "linkedin")).all()
    return {(t.person_id, t.network): t.token for t in rows if t.expires_at is None or t.expires_at > now}


class _Gate:
    """Per-provider concurrency and the Retry-After seen during this batch."""

    def __init__(self, per_provider: int):
        self.per_provider = per_provider
        self.lock = threading.Lock()
        self.semaphores: dict[str, threading.Semaphore] = {}
        self.blocked: dict[str, float] = {}

    def run(self, item: Item, ctx: PollContext):
        with self.lock:
            sem = self.semaphores.setdefault(item.provider_key, threading.Semaphore(self.per_provider))
        with sem:
            if item.provider_key in self.blocked:
                return RateLimited(self.blocked[item.provider_key], "provider asked us to wait")
            take_exhaustion()
            result = poll(item.network, item.post_url, ctx, item.person_id)
            wait = result.retry_after if isinstance(result, RateLimited) else take_exhaustion()
            if wait:  # a 429, or the provider's published quota is used up: stop asking until it resets
                with self.lock:
                    self.blocked[item.provider_key] = max(wait, self.blocked.get(item.provider_key, 0))
            return result


class Poller:
    """Polls batch after batch with one HTTP client and one thread pool (set up once)."""

    def __init__(self, *, concurrency: int = CONCURRENCY, per_provider: int = PER_PROVIDER,
                 ctx: PollContext | None = None, flush_every: int = FLUSH_EVERY):
        self.concurrency, self.per_provider, self.flush_every = concurrency, per_provider, flush_every
        self.own_ctx = ctx is None
        self.ctx = ctx if ctx is not None else PollContext.from_app(current_app)
        self.pool = ThreadPoolExecutor(max_workers=max(1, concurrency), thread_name_prefix="poll")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self) -> None:
        self.pool.shutdown(wait=True)
        if self.own_ctx:
            self.ctx.client.close()

    def batch(self, limit: int = BATCH_SIZE) -> Summary:
        """Claim and poll one batch; returns what happened."""
        summary = Summary()
        token = uuid.uuid4().hex
        items = claim(limit, token)
        summary.claimed = len(items)
        if not items:
            return summary
        try:
            consented = _consented({i.person_id for i in items}, "post_metrics")
            todo = []
            for item in items:
                if item.person_id in consented:
                    todo.append(item)
                else:
                    _stop(item, token, "no_consent")
                    summary.no_consent += 1
            db.session.commit()
            if not todo:
                return summary
            tokens = _tokens(todo)
            ctx = replace(self.ctx, tokens=tokens) if tokens else self.ctx
            gate = _Gate(self.per_provider)
            recorder = Recorder(token, summary, flush_every=self.flush_every)
            futures = {self.pool.submit(gate.run, item, ctx): item for item in todo}
            for future in as_completed(futures):
                recorder.add(futures[future], future.result())
                if recorder.pending() >= self.flush_every:
                    recorder.flush()
                    db.session.commit()
            recorder.flush()
            db.session.commit()
            for key, seconds in gate.blocked.items():
                throttle(key, seconds)
            db.session.commit()
        finally:
            db.session.rollback()
            db.session.execute(update(PollSchedule).where(PollSchedule.lease_token == token).values(
                lease_token=None, leased_until=None))
            db.session.commit()
        return summary

    def run(self, limit: int = BATCH_SIZE, *, max_batches: int = 10_000, deadline: float | None = None) -> Summary:
        """Batch after batch while work is due (and until ``deadline``, a ``time.monotonic()``)."""
        total = Summary()
        for _ in range(max_batches):
            summary = self.batch(limit)
            total.add(summary)
            if summary.claimed == 0 or summary.claimed == summary.rate_limited:
                break
            if deadline is not None and time.monotonic() >= deadline:
                break
        return total


def run_batch(limit: int = BATCH_SIZE, **kwargs) -> Summary:
    """Claim and poll one batch."""
    with Poller(**kwargs) as poller:
        return poller.batch(limit)


def run_due(limit: int = BATCH_SIZE, max_batches: int = 10_000, **kwargs) -> Summary:
    """Poll everything due now, batch after batch (``flask tracking poll --now``)."""
    with Poller(**kwargs) as poller:
        return poller.run(limit, max_batches=max_batches)


def throttle(key: str, seconds: float) -> None:
    until = utcnow() + timedelta(seconds=seconds)
    row = db.session.get(ProviderThrottle, key)
    if row is None:
        db.session.add(ProviderThrottle(key=key, blocked_until=until))
    elif row.blocked_until < until:
        row.blocked_until = until
    db.session.flush()


def _stop(item: Item, token: str, reason: str, state: str = STOPPED, **extra) -> None:
    db.session.execute(update(PollSchedule).where(
        PollSchedule.id == item.id, PollSchedule.lease_token == token).values(
        state=state, stop_reason=reason, due_at=None, lease_token=None, leased_until=None, **extra))


def record(item: Item, result, token: str, summary: Summary) -> None:
    """Write one poll's outcome (the caller commits)."""
    recorder = Recorder(token, summary)
    recorder.add(item, result)
    recorder.flush()
