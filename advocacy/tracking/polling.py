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

from advocacy.campaigns.models import Share
from advocacy.core.timeutil import utcnow
from advocacy.consent.services import consented_person_ids
from advocacy.extensions import db
from advocacy.accounts.services import tracking_tokens
from advocacy.tracking.models import ACTIVE, STOPPED, PollSchedule, ProviderThrottle
from advocacy.tracking.providers import ConfigError, PollContext, RateLimited, batch_size, poll, poll_many
from advocacy.tracking.providers.base import ProviderError, take_exhaustion
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
    #: The post's lasting URI when the share has one (Bluesky ``at://`` with the DID): polled by it.
    at_uri: str | None = None

    @property
    def poll_url(self) -> str:
        return self.at_uri or self.post_url


@dataclass
class Summary:
    claimed: int = 0
    ok: int = 0
    gone: int = 0
    private: int = 0
    rate_limited: int = 0
    config: int = 0
    transient: int = 0
    failed: int = 0
    refused: int = 0
    not_yours: int = 0
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
                 ("claimed", "ok", "gone", "private", "rate_limited", "config", "transient", "failed", "refused",
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
        PollSchedule.last_polled_at, Share.at_uri).join(Share, Share.id == PollSchedule.share_id)
        .where(PollSchedule.lease_token == token)).all()
    db.session.commit()
    return [Item(*row) for row in rows]


def _consented(person_ids, purpose: str) -> set[int]:
    return set(consented_person_ids(purpose, list(person_ids)))


def _tokens(items) -> dict:
    wanted = {i.person_id for i in items if i.network == "linkedin"}
    if not wanted:
        return {}
    allowed = _consented(wanted, "account_token")
    if not allowed:
        return {}
    tokens = tracking_tokens(allowed, "linkedin")  # the linked accounts' tokens, decrypted (refreshed if due)
    db.session.commit()  # a refreshed token, or one marked as ended, is kept
    return tokens


class _Gate:
    """Per-provider concurrency and the Retry-After seen during this batch."""

    def __init__(self, per_provider: int):
        self.per_provider = per_provider
        self.lock = threading.Lock()
        self.semaphores: dict[str, threading.Semaphore] = {}
        self.blocked: dict[str, float] = {}
        #: provider key → the ConfigError that paused it during this batch
        self.config: dict[str, ConfigError] = {}

    def run(self, item: Item, ctx: PollContext):
        with self.lock:
            sem = self.semaphores.setdefault(item.provider_key, threading.Semaphore(self.per_provider))
        with sem:
            if item.provider_key in self.config:
                return self.config[item.provider_key]
            if item.provider_key in self.blocked:
                return RateLimited(self.blocked[item.provider_key], "provider asked us to wait")
            take_exhaustion()
            result = poll(item.network, item.poll_url, ctx, item.person_id)
            wait = result.retry_after if isinstance(result, RateLimited) else take_exhaustion()
            if wait:  # a 429, or the provider's published quota is used up: stop asking until it resets
                with self.lock:
                    self.blocked[item.provider_key] = max(wait, self.blocked.get(item.provider_key, 0))
            return result

    def run_many(self, items: list[Item], ctx: PollContext) -> list:
        """Several posts of one provider in one batched lookup (one slot of the provider's gate)."""
        key = items[0].provider_key
        with self.lock:
            sem = self.semaphores.setdefault(key, threading.Semaphore(self.per_provider))
        with sem:
            if key in self.config:
                return [self.config[key]] * len(items)
            if key in self.blocked:
                return [RateLimited(self.blocked[key], "provider asked us to wait")] * len(items)
            take_exhaustion()
            results = poll_many(items[0].network, [(i.poll_url, i.person_id, i.last_polled_at is None)
                                                   for i in items], ctx)
            limited = [r.retry_after for r in results if isinstance(r, RateLimited)]
            wait = max(limited) if limited else take_exhaustion()
            config = next((r for r in results if isinstance(r, ConfigError)), None)
            with self.lock:
                if config is not None:
                    self.config[key] = config
                if wait:
                    self.blocked[key] = max(wait, self.blocked.get(key, 0))
            return results

    def note(self, key: str, result) -> None:
        if isinstance(result, ConfigError):
            with self.lock:
                self.config.setdefault(key, result)


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
            singles, groups = [], {}
            for item in todo:
                if batch_size(item.network) > 1:
                    groups.setdefault(item.provider_key, []).append(item)
                else:
                    singles.append(item)
            futures = {self.pool.submit(gate.run, item, ctx): [item] for item in singles}
            for members in groups.values():
                size = batch_size(members[0].network)
                for start in range(0, len(members), size):
                    chunk = members[start:start + size]
                    futures[self.pool.submit(gate.run_many, chunk, ctx)] = chunk
            ok_keys = set()
            for future in as_completed(futures):
                chunk = futures[future]
                results = future.result()
                for item, result in zip(chunk, results if isinstance(results, list) else [results]):
                    gate.note(item.provider_key, result)
                    if not isinstance(result, ProviderError):
                        ok_keys.add(item.provider_key)
                    recorder.add(item, result)
                if recorder.pending() >= self.flush_every:
                    recorder.flush()
                    db.session.commit()
            recorder.flush()
            db.session.commit()
            for key, seconds in gate.blocked.items():
                throttle(key, seconds)
            for key, error in gate.config.items():
                pause(key, error)
            clear_config_errors(ok_keys - set(gate.config))
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


def pause(key: str, error: ConfigError) -> None:
    """The provider refused our configuration: pause it (slots kept) and tell the admins which setting."""
    throttle(key, error.retry_after)
    row = db.session.get(ProviderThrottle, key)
    if row.config_setting is None:
        row.config_since = utcnow()
    row.config_setting, row.config_detail = error.setting[:60], error.detail[:200]
    db.session.flush()
    log.warning("provider %s paused: %s refused (%s)", key, error.setting, error.detail)


def clear_config_errors(keys) -> None:
    """A provider answered normally again: its configuration error is over."""
    if keys:
        db.session.execute(update(ProviderThrottle).where(
            ProviderThrottle.key.in_(list(keys)), ProviderThrottle.config_setting.is_not(None)).values(
            config_setting=None, config_detail=None, config_since=None))


def configuration_errors() -> list[ProviderThrottle]:
    """Providers paused for a configuration error (what the admins must fix), oldest first."""
    return list(db.session.scalars(select(ProviderThrottle).where(ProviderThrottle.config_setting.is_not(None))
                                   .order_by(ProviderThrottle.config_since)))


def _stop(item: Item, token: str, reason: str, state: str = STOPPED, **extra) -> None:
    db.session.execute(update(PollSchedule).where(
        PollSchedule.id == item.id, PollSchedule.lease_token == token).values(
        state=state, stop_reason=reason, due_at=None, lease_token=None, leased_until=None, **extra))


def record(item: Item, result, token: str, summary: Summary) -> None:
    """Write one poll's outcome (the caller commits)."""
    recorder = Recorder(token, summary)
    recorder.add(item, result)
    recorder.flush()
