"""GDPR rights as RQ jobs with visible progress: "download my data" and "erase me".

Each domain holding personal data connects its ``export_person_data(person) -> dict`` and
``erase_person_data(person)`` to the signals of the same names (``core.signals``) in its
``setup.init_app``; both are called here, so consent never imports a higher domain.
"""
from __future__ import annotations

import json
import logging
import secrets
import zipfile
from datetime import timedelta
from pathlib import Path

from blinker import ANY
from flask import current_app
from sqlalchemy import or_, select

from advocacy.core.errors import DomainError
from advocacy.consent.models import ConsentEvent, DataRequest
from advocacy.core import csv, signals
from advocacy.core.audit import record
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db
from advocacy.jobs import job
from advocacy.queue import enqueue_after_commit
from advocacy.auth.models import Person
from advocacy.core.models import AuditEntry
from advocacy.consent.receipts import build_receipt
from advocacy.consent.services import consents_of
from advocacy.auth.models import ApiToken
from advocacy.consent.services import erase_person_data

EXPORT, ERASE = "export", "erase"
log = logging.getLogger(__name__)
EXPORT_TTL = timedelta(days=7)


class RequestRefused(DomainError):
    def __init__(self, code: str, message: str):
        super().__init__(code, message)


def job_id(request: DataRequest) -> str:
    return f"consent-data-request-{request.id}"


def start(person, kind: str) -> DataRequest:
    """Create a request and queue its job once committed; one open request per person and kind."""
    if kind not in (EXPORT, ERASE):
        raise ValueError(kind)
    if person.erased_at is not None:
        raise RequestRefused("erased", "This person's data were already erased.")
    open_request = db.session.scalar(select(DataRequest).where(
        DataRequest.person_id == person.id, DataRequest.kind == kind,
        DataRequest.status.in_(("queued", "running"))))
    if open_request is not None:
        return open_request
    request = DataRequest(token=secrets.token_urlsafe(32), person_id=person.id, kind=kind, status="queued",
                          progress=0, step="queued")
    db.session.add(request)
    db.session.flush()
    record(f"consent.{kind}_requested", actor=person, object_type="data_request", object_id=request.id)
    enqueue_after_commit(run_data_request, request.id, job_id=job_id(request), job_timeout=1800)
    return request


def requests_of(person, limit: int = 10) -> list[DataRequest]:
    return db.session.scalars(select(DataRequest).where(DataRequest.person_id == person.id)
                              .order_by(DataRequest.id.desc()).limit(limit)).all()


def export_dir() -> Path:
    path = Path(current_app.instance_path) / "exports"
    path.mkdir(parents=True, exist_ok=True)
    return path


def export_path(request: DataRequest) -> Path | None:
    if request.kind != EXPORT or request.status != "done" or not request.file_name:
        return None
    if request.finished_at is not None and utcnow() - request.finished_at > EXPORT_TTL:
        return None
    path = export_dir() / request.file_name
    return path if path.is_file() else None


# -- running ------------------------------------------------------------------------------

def _progress(request: DataRequest, progress: int, step: str) -> None:
    request.progress, request.step = progress, step[:80]
    db.session.commit()


#: The GDPR hooks every domain connects its ``export_person_data``/``erase_person_data`` to.
HOOKS = {"export_person_data": signals.export_person_data, "erase_person_data": signals.erase_person_data}


def domain_hooks(name: str, person=None):
    """``[(domain, function)]`` connected to a GDPR hook, in connection order (the app factory's
    domain order); consent's own data is handled here, not through the hook."""
    return [(receiver.__module__.split(".")[1], receiver)
            for receiver in HOOKS[name].receivers_for(person if person is not None else ANY)]


def run_request(request_id: int) -> str:
    request = db.session.get(DataRequest, request_id)
    if request is None or request.status in ("done", "expired"):
        return "nothing to do"

    person = db.session.get(Person, request.person_id)
    if person is None or (request.kind == EXPORT and person.erased_at is not None):
        request.status, request.error, request.finished_at = "failed", "the person no longer exists", utcnow()
        db.session.commit()
        return request.status
    request.status, request.error = "running", None
    _progress(request, 1, "started")
    try:
        if request.kind == EXPORT:
            request.file_name = build_export(person, request)
        else:
            erase(person, request)
    except Exception as exc:
        db.session.rollback()
        request = db.session.get(DataRequest, request_id)
        request.status, request.error = "failed", str(exc)[:500]
        db.session.commit()
        raise
    request.status, request.progress, request.step = "done", 100, "done"
    request.finished_at = utcnow()
    db.session.commit()
    return request.status


def _json(data) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True, default=str).encode("utf-8")


def to_csv(rows: list[dict]) -> bytes:
    """The rows as a UTF-8 CSV file (with BOM) from the one CSV writer (``core.csv``)."""
    return csv.records(rows).encode("utf-8")


def _audit_about(person) -> list[dict]:
    rows = db.session.scalars(select(AuditEntry).where(or_(
        AuditEntry.actor_id == person.id,
        (AuditEntry.object_type == "person") & (AuditEntry.object_id == str(person.id)),
    )).order_by(AuditEntry.id)).all()
    return [dict(row.payload(), id=row.id) for row in rows]


def _profile(person) -> dict:
    return {
        "id": person.id, "email": person.email, "display_name": person.display_name,
        "language": person.language, "timezone": person.timezone, "roles": sorted(person.roles),
        "team": person.team.name if person.team else None,
        "created_at": person.created_at.isoformat() if person.created_at else None,
    }


def _write_domain(archive: zipfile.ZipFile, domain: str, data) -> None:
    archive.writestr(f"{domain}/{domain}.json", _json(data))
    if isinstance(data, dict):
        for key, value in data.items():
            if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
                archive.writestr(f"{domain}/{key}.csv", to_csv(value))


def build_export(person, request: DataRequest) -> str:
    """Write the zip under ``instance/exports`` and return its file name."""
    name = f"export-{request.token}.zip"
    target = export_dir() / name
    partial = target.with_suffix(".part")
    hooks = domain_hooks("export_person_data", person)
    contents = {"profile": "profile.json", "consents": "consents/", "audit": "audit/"}
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("profile.json", _json(_profile(person)))
        _progress(request, 10, "profile")
        events = db.session.scalars(select(ConsentEvent).where(ConsentEvent.person_id == person.id)
                                    .order_by(ConsentEvent.id)).all()
        event_rows = [dict(e.payload(), id=e.id, hash=e.hash, prev_hash=e.prev_hash) for e in events]
        archive.writestr("consents/current.json", _json(consents_of(person)))
        archive.writestr("consents/events.json", _json(event_rows))
        archive.writestr("consents/events.csv", to_csv(event_rows))
        for event in events:
            archive.writestr(f"consents/receipts/{event.receipt_id}.json", _json(build_receipt(event)))
        _progress(request, 30, "consents")
        for index, (domain, function) in enumerate(hooks):
            data = function(person)
            _write_domain(archive, domain, data)
            contents[domain] = f"{domain}/"
            _progress(request, 30 + int(60 * (index + 1) / max(len(hooks), 1)), domain)
        audit_rows = _audit_about(person)
        archive.writestr("audit/entries.json", _json(audit_rows))
        archive.writestr("audit/entries.csv", to_csv(audit_rows))
        archive.writestr("README.json", _json({
            "what": "Personal data held about you by Porte-voix (GDPR Art. 15 and 20)",
            "generated_at": utcnow().isoformat(), "person_id": person.id, "contents": contents,
        }))
    partial.replace(target)

    record("consent.exported", actor=person, object_type="data_request", object_id=request.id)
    return name


def erase(person, request: DataRequest | None = None) -> None:
    """Erase a person: every domain drops their identity; consent proofs stay, pseudonymous."""
    erase_person_data(person)  # withdraw everything first: processing stops at once
    db.session.flush()
    hooks = domain_hooks("erase_person_data", person)
    for index, (domain, function) in enumerate(hooks):
        function(person)
        db.session.flush()
        if request is not None:
            request.progress, request.step = 10 + int(80 * (index + 1) / max(len(hooks), 1)), domain
    for previous in db.session.scalars(select(DataRequest).where(
            DataRequest.person_id == person.id, DataRequest.kind == EXPORT)).all():
        if previous.file_name:
            (export_dir() / previous.file_name).unlink(missing_ok=True)
        previous.file_name, previous.status = None, "expired" if previous.status == "done" else previous.status
    now = utcnow()
    for token in db.session.scalars(select(ApiToken).where(ApiToken.person_id == person.id,
                                                           ApiToken.revoked_at.is_(None))).all():
        token.revoked_at = now
    person.email = f"erased-{person.id}@erased.invalid"
    person.display_name = "—"
    person.password_hash = None
    person.active = False
    person.left_at = person.left_at or now
    person.erased_at = now
    record("consent.erased", object_type="person", object_id=person.id,
           details={"domains": [domain for domain, _ in hooks]})
    db.session.flush()


def expire_old_exports() -> int:
    """Delete export files past their time to live; returns how many."""
    cutoff = utcnow() - EXPORT_TTL
    count = 0
    for request in db.session.scalars(select(DataRequest).where(
            DataRequest.kind == EXPORT, DataRequest.status == "done", DataRequest.finished_at < cutoff)).all():
        if request.file_name:
            (export_dir() / request.file_name).unlink(missing_ok=True)
        request.status, request.file_name = "expired", None
        count += 1
    return count


@job
def run_data_request(request_id: int) -> str:
    """Job: run a GDPR export or erasure, updating its visible progress."""
    return run_request(request_id)
