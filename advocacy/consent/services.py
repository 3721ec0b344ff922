"""The consent ledger: give, withdraw, check (``has_consent``), verify.

Every processing path asks ``has_consent(person, purpose)``; it reads one indexed row of the
current-state table (``consent_states``) maintained in the same transaction as the ledger, and
caches the person's seven answers for the rest of the web request.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from flask import has_request_context, request
from sqlalchemy import select

from advocacy.core.errors import DomainError
from advocacy.consent.models import (
    EXPIRED,
    GIVEN,
    WITHDRAWN,
    ConsentEvent,
    ConsentState,
)
from advocacy.consent.purposes import (
    CATALOGUE,
    NOTICE_VERSION,
    PURGED_ON_WITHDRAWAL,
    PURPOSES,
    UnknownPurpose,
    get_purpose,
    notice_hash,
    notice_outdated,
)
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
from flask import url_for
from werkzeug.routing import BuildError
from advocacy.charter import services as charter
from advocacy.core.audit import record
from advocacy.core.signals import consent_changed
from advocacy.consent.receipts import build_receipt
from advocacy.consent.purge import purge_after_commit

CHAIN = "consent"
_CACHE_KEY = "advocacy_consent_cache"

__all__ = [
    "CATALOGUE",
    "PURPOSES",
    "Change",
    "ConsentError",
    "UnknownPurpose",
    "consented_person_ids",
    "consents_of",
    "current_states",
    "erase_person_data",
    "events_of",
    "expire",
    "export_person_data",
    "give",
    "has_consent",
    "join_program",
    "needs_confirmation",
    "to_confirm",
    "verify",
    "withdraw",
    "withdraw_all",
]


class ConsentError(DomainError):
    """A consent that cannot be recorded now; ``code`` says why (the API answers 409)."""

    def __init__(self, code: str, message: str, link: str | None = None):
        super().__init__(code, message, "purpose" if code == "program_required" else None,
                         **({"charter_url": link} if link else {}))
        self.link = link


@dataclass(frozen=True)
class Change:
    purpose: str
    given: bool
    changed: bool  # False: nothing recorded (already given / never given)
    event: ConsentEvent | None  # the new event, or the one behind the current state


def _person_id(person_or_id) -> int:
    if isinstance(person_or_id, (int, str)):
        return int(person_or_id)
    return int(person_or_id.id)


# -- reading ------------------------------------------------------------------------------

def _cache() -> dict | None:
    if not has_request_context():
        return None
    return request.environ.setdefault(_CACHE_KEY, {})


def _forget(person_id: int) -> None:
    cache = _cache()
    if cache is not None:
        cache.pop(person_id, None)


def consents_of(person_or_id) -> dict[str, bool]:
    """``{purpose: given}`` for all purposes, in one query (cached for the web request)."""
    person_id = _person_id(person_or_id)
    cache = _cache()
    if cache is not None and person_id in cache:
        return cache[person_id]
    rows = db.session.execute(
        select(ConsentState.purpose, ConsentState.given).where(ConsentState.person_id == person_id)).all()
    answer = {purpose: False for purpose in PURPOSES}
    answer.update({purpose: bool(given) for purpose, given in rows if purpose in answer})
    if cache is not None:
        cache[person_id] = answer
    return answer


def has_consent(person_or_id, purpose: str, at: datetime | None = None) -> bool:
    """Whether the person's consent to ``purpose`` holds now (or held at ``at``)."""
    get_purpose(purpose)
    if person_or_id is None:
        return False
    if getattr(person_or_id, "erased_at", None) is not None:
        return False
    if at is None:
        return consents_of(person_or_id)[purpose]
    last = db.session.scalar(
        select(ConsentEvent.event)
        .where(ConsentEvent.person_id == _person_id(person_or_id), ConsentEvent.purpose == purpose,
               ConsentEvent.at <= at)
        .order_by(ConsentEvent.at.desc(), ConsentEvent.id.desc()).limit(1))
    return last == GIVEN


def to_confirm(person_or_id) -> list[str]:
    """The purposes the person consented to under a notice older than what the purpose now allows
    (``Purpose.reconfirm_from``): the consent holds for what that notice said, and the person is asked
    to confirm the current one (``give`` records the confirmation). Read from the ledger event behind
    each current state: the notice version it was bound to."""
    if person_or_id is None or getattr(person_or_id, "erased_at", None) is not None:
        return []
    candidates = [p for p in PURPOSES if CATALOGUE[p].reconfirm_from is not None]
    if not candidates:
        return []
    rows = db.session.execute(
        select(ConsentState.purpose, ConsentEvent.notice_version)
        .join(ConsentEvent, ConsentEvent.id == ConsentState.event_id)
        .where(ConsentState.person_id == _person_id(person_or_id), ConsentState.given.is_(True),
               ConsentState.purpose.in_(candidates))).all()
    outdated = {purpose for purpose, version in rows if notice_outdated(purpose, version)}
    return [p for p in PURPOSES if p in outdated]


def needs_confirmation(person_or_id, purpose: str) -> bool:
    """Whether the person's consent to ``purpose`` was given under an older notice (see ``to_confirm``)."""
    get_purpose(purpose)
    return purpose in to_confirm(person_or_id)


def consented_person_ids(purpose: str, person_ids=None) -> set[int]:
    """Ids (among ``person_ids`` if given) whose consent to ``purpose`` holds now — one query."""
    get_purpose(purpose)
    stmt = select(ConsentState.person_id).where(ConsentState.purpose == purpose, ConsentState.given.is_(True))
    if person_ids is not None:
        ids = list({int(i) for i in person_ids})
        if not ids:
            return set()
        stmt = stmt.where(ConsentState.person_id.in_(ids))
    return set(db.session.scalars(stmt))


def current_states(person_or_id) -> dict[str, ConsentState | None]:
    person_id = _person_id(person_or_id)
    rows = db.session.scalars(select(ConsentState).where(ConsentState.person_id == person_id)).all()
    states = {purpose: None for purpose in PURPOSES}
    states.update({row.purpose: row for row in rows if row.purpose in states})
    return states


def events_of(person_or_id) -> list[ConsentEvent]:
    return db.session.scalars(select(ConsentEvent).where(ConsentEvent.person_id == _person_id(person_or_id))
                              .order_by(ConsentEvent.id)).all()


# -- charter ------------------------------------------------------------------------------

def charter_link() -> str:
    for endpoint in ("charter.current", "charter.index"):
        try:
            return url_for(endpoint)
        except (BuildError, RuntimeError):  # no charter pages (yet), or outside a request
            pass
    return "/charter"


def _charter_in_force_accepted(person):
    version = charter.version_in_force()
    if version is None:
        raise ConsentError("no_charter_in_force",
                           "No expression charter is in force: nothing can be consented to yet.", charter_link())
    if charter.acceptance_of(person, version) is None:
        raise ConsentError("charter_not_accepted",
                           "Read and accept the charter in force before giving a consent.", charter_link())
    return version


# -- writing ------------------------------------------------------------------------------

def _append(person, purpose: str, event_type: str, state: ConsentState | None, *, method: str, recorded_by,
            version=None, details: dict | None = None, language: str | None = None) -> ConsentEvent:
    """Append one event and update ``state`` (the person's current row for ``purpose``, None if
    none yet; the chain lock is already held)."""
    now = utcnow()
    lang = language or getattr(person, "language", None) or "fr"
    lang = lang if lang in ("fr", "en") else "fr"
    if version is not None:
        version_id, version_label = version.id, str(version.number)
    else:  # a withdrawal stays bound to the version the consent was given under
        version_id, version_label = (state.charter_version_id if state is not None else None), None
    last = db.session.scalar(select(ConsentEvent.hash).order_by(ConsentEvent.id.desc()).limit(1))
    event = ConsentEvent(
        receipt_id=str(uuid.uuid4()), at=now, person_id=person.id, purpose=purpose, event=event_type,
        method=method, recorded_by_id=getattr(recorded_by, "id", None) if recorded_by is not None else person.id,
        charter_version_id=version_id, charter_version_label=version_label, notice_language=lang,
        notice_version=NOTICE_VERSION, notice_hash=notice_hash(purpose, lang), details=details or {},
        prev_hash=last or GENESIS,
    )
    event.hash = link_hash(event.prev_hash, event.payload())
    db.session.add(event)
    db.session.flush()
    if state is None:
        state = ConsentState(person_id=person.id, purpose=purpose)
        db.session.add(state)
    state.given = event_type == GIVEN
    state.since = now
    state.event_id = event.id
    state.charter_version_id = version_id
    if not state.given and purpose in PURGED_ON_WITHDRAWAL:
        state.purge_pending = True
    db.session.flush()
    _forget(person.id)


    record(f"consent.{event_type}", actor=recorded_by if recorded_by is not None else person,
           object_type="consent_event", object_id=event.id,
           details={"purpose": purpose, "method": method, "person_id": person.id})
    return event


def _current_event(state: ConsentState | None) -> ConsentEvent | None:
    return None if state is None else db.session.get(ConsentEvent, state.event_id)


def _emit(person, changes: list[Change]) -> None:
    purged = [c.purpose for c in changes if c.changed and not c.given and c.purpose in PURGED_ON_WITHDRAWAL]
    if purged:
        purge_after_commit(person.id)
    for change in changes:
        if change.changed:
            consent_changed.send(person, purpose=change.purpose, given=change.given)


def give(person, purpose: str, *, method: str = "web", recorded_by=None, language: str | None = None) -> Change:
    """Record a consent. Idempotent: giving what is already given records nothing — unless it was
    given under an older notice than the purpose now needs (``to_confirm``): then a new ``given``
    event binds it to the current notice (a confirmation: ``details.confirms`` names the old
    version; no ``consent_changed`` signal, as nothing starts or stops).

    Raises ``UnknownPurpose`` and ``ConsentError`` (no charter in force, charter not accepted,
    program not joined, person erased). The caller commits.
    """
    item = get_purpose(purpose)
    if getattr(person, "erased_at", None) is not None:
        raise ConsentError("erased", "This person's data were erased.")
    version = _charter_in_force_accepted(person)
    lock_chain(db.session, CHAIN)
    states = current_states(person)
    state = states[purpose]
    if state is not None and state.given:
        current = _current_event(state)
        if current is None or not notice_outdated(purpose, current.notice_version):
            return Change(purpose, True, False, current)
        details = {"confirms": current.notice_version, "confirms_receipt": current.receipt_id}
        charter_hash = getattr(version, "adopted_sha256", None)
        if charter_hash:
            details["charter_sha256"] = charter_hash
        event = _append(person, purpose, GIVEN, state, method=method, recorded_by=recorded_by, version=version,
                        language=language, details=details)
        return Change(purpose, True, True, event)
    if item.requires_program and not (states["program"] is not None and states["program"].given):
        raise ConsentError("program_required", "Join the program before giving this consent.")
    charter_hash = getattr(version, "adopted_sha256", None)
    event = _append(person, purpose, GIVEN, state, method=method, recorded_by=recorded_by, version=version,
                    language=language, details={"charter_sha256": charter_hash} if charter_hash else None)
    change = Change(purpose, True, True, event)
    _emit(person, [change])
    return change


def _withdraw_many(person, purposes, event_type, *, method, recorded_by, reason) -> list[Change]:
    lock_chain(db.session, CHAIN)
    states = current_states(person)
    changes = []
    for purpose in purposes:
        state = states[purpose]
        if state is None or not state.given:
            changes.append(Change(purpose, False, False, _current_event(state)))
            continue
        event = _append(person, purpose, event_type, state, method=method, recorded_by=recorded_by,
                        details={"reason": reason} if reason else None)
        changes.append(Change(purpose, False, True, event))
    _emit(person, changes)
    return changes


def _dependents_first(purposes):
    return sorted(purposes, key=lambda p: p == "program")


def withdraw(person, purpose: str, *, method: str = "web", recorded_by=None, reason: str | None = None) -> Change:
    """Withdraw one consent; withdrawing ``program`` withdraws every purpose (leaving the program).

    Withdrawing what was never given records nothing (``changed`` is False). The caller commits.
    """
    get_purpose(purpose)
    targets = list(PURPOSES) if purpose == "program" else [purpose]
    changes = _withdraw_many(person, _dependents_first(targets), WITHDRAWN, method=method,
                             recorded_by=recorded_by, reason=reason)
    return next(change for change in changes if change.purpose == purpose)


def withdraw_all(person, *, method: str = "web", recorded_by=None, reason: str | None = None) -> list[Change]:
    """Leave the program: withdraw every purpose in one step. Returns one ``Change`` per purpose."""
    return _withdraw_many(person, _dependents_first(PURPOSES), WITHDRAWN, method=method,
                          recorded_by=recorded_by, reason=reason)


def expire(person, purposes=None, *, reason: str, recorded_by=None) -> list[Change]:
    """Record ``expired`` events (e.g. the charter they were bound to was replaced)."""
    targets = [get_purpose(p).key for p in (purposes or PURPOSES)]
    return _withdraw_many(person, _dependents_first(targets), EXPIRED, method="system",
                          recorded_by=recorded_by, reason=reason)


def join_program(person, purposes=("program",), *, method: str = "demo", recorded_by=None) -> list[Change]:
    """Give ``program`` then each of ``purposes`` (accepting the charter in force if needed).

    For the demo seed and fixtures: a real person accepts the charter on its own page.
    """
    if not charter.has_accepted_current(person) and charter.version_in_force() is not None:
        charter.accept(person)
    wanted = ["program"] + [p for p in purposes if p != "program"]
    return [give(person, p, method=method, recorded_by=recorded_by) for p in wanted]


# -- verification -------------------------------------------------------------------------

def verify() -> tuple[int, ChainBreak | None]:
    """Walk the ledger, then check the state table against it; (events checked, first problem)."""
    count = 0
    last_by_key: dict[tuple[int, str], ConsentEvent] = {}

    def rows():
        nonlocal count
        for row in rows_in_order(db.session, ConsentEvent):
            count += 1
            last_by_key[(row.person_id, row.purpose)] = row
            yield row

    broken = verify_chain(rows(), ConsentEvent.payload)
    if broken is not None:
        return count, broken
    states = db.session.scalars(select(ConsentState).order_by(ConsentState.id)).all()
    seen = set()
    for state in states:
        key = (state.person_id, state.purpose)
        seen.add(key)
        last = last_by_key.get(key)
        if last is None or last.id != state.event_id or (last.event == GIVEN) != bool(state.given):
            return count, ChainBreak(f"state {state.id}",
                                     "current state does not match the last ledger event (altered by hand)")
    missing = set(last_by_key) - seen
    if missing:
        person_id, purpose = min(missing)
        return count, ChainBreak(f"person {person_id} / {purpose}", "current state is missing for a ledger entry")
    return count, None


# -- GDPR contract (called by the export/erasure of this domain for every domain) -------------

def export_person_data(person) -> dict:
    events = events_of(person)
    return {
        "consents": {purpose: given for purpose, given in consents_of(person).items()},
        "events": [dict(e.payload(), id=e.id, hash=e.hash) for e in events],
        "receipts": [build_receipt(e) for e in events],
    }


def erase_person_data(person) -> None:
    """Stop every processing (withdraw all); the events stay as proof, keyed by a pseudonymous id."""
    withdraw_all(person, method="system", reason="erasure")


WITHDRAWAL_EVENTS = (WITHDRAWN, EXPIRED)
