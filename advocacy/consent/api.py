"""``/api/v1/me/consents``, receipts and GDPR requests — always about the caller only."""
from __future__ import annotations

from flask import g, send_file, url_for
from flask_babel import gettext as _
from flask_smorest import Blueprint
from marshmallow import Schema, fields, validate
from sqlalchemy import select

from advocacy.core.errors import ApiError
from advocacy.auth.roles import ADMIN, HR, STAFF_REP
from advocacy.auth.guards import api_roles
from advocacy.consent import gdpr, services
from advocacy.consent.models import ConsentEvent, DataRequest
from advocacy.consent.purposes import PURPOSES
from advocacy.consent.receipts import build_receipt
from advocacy.extensions import db
from advocacy.consent.reports import aggregates as compute

blp = Blueprint("consent_api", __name__, description="My consents, receipts, export and erasure.")


class PurposeStateSchema(Schema):
    purpose = fields.Str(required=True)
    given = fields.Bool(required=True)
    since = fields.DateTime(allow_none=True)
    charter_version = fields.Str(allow_none=True)
    event_id = fields.Int(allow_none=True)
    notice_version = fields.Str(allow_none=True)
    #: Given under an older notice than the purpose now needs: ``{"given": true}`` confirms the current one.
    to_confirm = fields.Bool()


class ConsentsSchema(Schema):
    purposes = fields.List(fields.Nested(PurposeStateSchema), required=True)


class ConsentChangeSchema(Schema):
    purpose = fields.Str(required=True, validate=validate.OneOf(PURPOSES, error="Unknown purpose."))
    given = fields.Bool(required=True)


class ChangeResultSchema(Schema):
    purpose = fields.Str()
    given = fields.Bool()
    changed = fields.Bool()
    message = fields.Str()
    event_id = fields.Int(allow_none=True)
    receipt_url = fields.Str(allow_none=True)


class WithdrawAllSchema(Schema):
    withdrawn = fields.List(fields.Str())
    changed = fields.Bool()
    message = fields.Str()


class DataRequestSchema(Schema):
    request_id = fields.Int()
    job_id = fields.Str()
    kind = fields.Str()
    status = fields.Str()
    progress = fields.Int()
    step = fields.Str()
    status_url = fields.Str()
    download_url = fields.Str(allow_none=True)


class EraseSchema(Schema):
    confirm = fields.Bool(required=True, validate=validate.Equal(True, error="Send true to confirm the erasure."))


def _states_payload(person) -> dict:
    states = services.current_states(person)
    event_ids = [s.event_id for s in states.values() if s is not None]
    events = {e.id: e for e in db.session.scalars(select(ConsentEvent).where(ConsentEvent.id.in_(event_ids)))} \
        if event_ids else {}
    rows = []
    outdated = set(services.to_confirm(person))
    for purpose in PURPOSES:
        state = states[purpose]
        event = events.get(state.event_id) if state is not None else None
        version = None
        if event is not None and (event.charter_version_label or event.charter_version_id is not None):
            version = event.charter_version_label or str(event.charter_version_id)
        rows.append({"purpose": purpose, "given": bool(state and state.given),
                     "since": state.since if state is not None else None,
                     "charter_version": version, "event_id": state.event_id if state is not None else None,
                     "notice_version": event.notice_version if event is not None else None,
                     "to_confirm": purpose in outdated})
    return {"purposes": rows}


def _receipt_url(event) -> str | None:
    return url_for("consent_api.receipt", event_id=event.id) if event is not None else None


@blp.route("/me/consents", methods=["GET"])
@blp.response(200, ConsentsSchema)
@api_roles()
def my_consents():
    """My consent, purpose by purpose (nothing is given until I give it)."""
    return _states_payload(g.person)


@blp.route("/me/consents", methods=["POST"])
@api_roles()  # outside the body parsing: anonymous callers get 401 before any 422
@blp.arguments(ConsentChangeSchema)
@blp.response(200, ChangeResultSchema)
@blp.alt_response(201, schema=ChangeResultSchema, description="A consent event was recorded.")
@blp.alt_response(409, description="The charter in force is not accepted yet (link in `charter_url`).")
def change_consent(body):
    """Give or withdraw one consent. Giving twice is idempotent; withdrawing what was never given is a no-op."""
    person, purpose = g.person, body["purpose"]
    change = services.give(person, purpose, method="api") if body["given"] else \
        services.withdraw(person, purpose, method="api")
    db.session.commit()
    if change.given:
        message = "Consent given." if change.changed else "Consent was already given; nothing recorded."
    else:
        message = "Consent withdrawn." if change.changed else "There was no consent to withdraw; nothing recorded."
    result = {"purpose": purpose, "given": change.given, "changed": change.changed, "message": message,
              "event_id": change.event.id if change.event is not None and change.changed else None,
              "receipt_url": _receipt_url(change.event) if change.changed else None}
    return result, 201 if change.changed else 200


@blp.route("/me/consents/withdraw-all", methods=["POST"])
@blp.response(200, WithdrawAllSchema)
@api_roles()
def withdraw_all():
    """Leave the program: withdraw every consent in one step."""
    changes = services.withdraw_all(g.person, method="api")
    db.session.commit()
    withdrawn = [c.purpose for c in changes if c.changed]
    return {"withdrawn": withdrawn, "changed": bool(withdrawn),
            "message": "Every consent is withdrawn; the personal metrics and click counts are being purged."
            if withdrawn else "There was no consent to withdraw; nothing recorded."}


@blp.route("/me/consents/<int:event_id>/receipt", methods=["GET"])
@blp.response(200)
@api_roles()
def receipt(event_id):
    """The JSON consent receipt (Kantara CR v1.1 + ISO/IEC TS 27560) of one of my consent events."""
    event = db.session.get(ConsentEvent, event_id)
    if event is None or event.person_id != g.person.id:
        raise ApiError(404, "not_found", _("No such consent event of yours."))
    return build_receipt(event)


def _request_payload(row: DataRequest) -> dict:
    ready = gdpr.export_path(row) is not None
    return {"request_id": row.id, "job_id": gdpr.job_id(row), "kind": row.kind, "status": row.status,
            "progress": row.progress, "step": row.step,
            "status_url": url_for("consent_api.data_request", request_id=row.id),
            "download_url": url_for("consent_api.download", request_id=row.id) if ready else None}


@blp.route("/me/export", methods=["POST"])
@blp.response(202, DataRequestSchema)
@api_roles()
def export():
    """Start "download my data": returns the request (and job) to poll at ``status_url``."""
    row = gdpr.start(g.person, gdpr.EXPORT)
    db.session.commit()
    return _request_payload(row)


@blp.route("/me/erase", methods=["POST"])
@api_roles()
@blp.arguments(EraseSchema)
@blp.response(202, DataRequestSchema)
def erase(body):
    """Start "erase me" (send ``{"confirm": true}``): identity removed, consent proofs kept without it."""
    row = gdpr.start(g.person, gdpr.ERASE)
    db.session.commit()
    return _request_payload(row)


def _own(request_id) -> DataRequest:
    row = db.session.get(DataRequest, request_id)
    if row is None or row.person_id != g.person.id:
        raise ApiError(404, "not_found", _("No such request of yours."))
    return row


@blp.route("/me/requests/<int:request_id>", methods=["GET"])
@blp.response(200, DataRequestSchema)
@api_roles()
def data_request(request_id):
    """Progress of one of my export/erasure requests."""
    return _request_payload(_own(request_id))


@blp.route("/me/requests/<int:request_id>/download", methods=["GET"])
@blp.response(200, description="The zip of my data.")
@api_roles()
def download(request_id):
    """The zip, once the export is done (kept 7 days)."""
    path = gdpr.export_path(_own(request_id))
    if path is None:
        raise ApiError(404, "not_ready", _("The export is not ready (or has expired)."))
    return send_file(path, mimetype="application/zip", as_attachment=True, download_name=f"my-data-{request_id}.zip")


class AggregateCellSchema(Schema):
    given = fields.Int(allow_none=True, metadata={"description": "null when hidden (group too small)"})
    population = fields.Int(allow_none=True)


class AggregateRowSchema(Schema):
    team = fields.Str(allow_none=True)
    cells = fields.Dict(keys=fields.Str(), values=fields.Nested(AggregateCellSchema))


class AggregatesSchema(Schema):
    min_group_size = fields.Int()
    as_of = fields.Date(metadata={"description": "the figures are the state at the end of this day (the last "
                                                 "Sunday); they never move during the week"})
    rows = fields.List(fields.Nested(AggregateRowSchema))
    total = fields.Dict(keys=fields.Str(), values=fields.Nested(AggregateCellSchema))


def _cell(cell) -> dict:
    return {"given": cell.given, "population": cell.population}


@blp.route("/consents/aggregates", methods=["GET"])
@blp.response(200, AggregatesSchema)
@api_roles(HR, STAFF_REP, ADMIN)
def aggregates():
    """Consents per purpose and team for HR and staff representatives; small groups hidden."""
    data = compute()
    db.session.commit()  # the week's release, made by its first reader
    return {"min_group_size": data["k"], "as_of": data["as_of"],
            "rows": [{"team": row["team"], "cells": {p: _cell(c) for p, c in row["cells"].items()}}
                     for row in data["rows"]],
            "total": {p: _cell(c) for p, c in data["total"].items()}}
