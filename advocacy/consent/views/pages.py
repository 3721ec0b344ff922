"""The employee's consent page, receipts, GDPR requests; aggregates for HR and staff reps."""
from __future__ import annotations

import json

from flask import (Response,
    abort,
    flash,
    redirect,
    render_template,
    send_file,
    url_for,
)
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select

from advocacy.auth.roles import ADMIN, HR, STAFF_REP
from advocacy.auth.guards import roles_required
from advocacy.consent import gdpr, services
from advocacy.consent.forms import ActionForm, EraseForm
from advocacy.consent.models import ConsentEvent, DataRequest
from advocacy.consent.purposes import CATALOGUE, PURPOSES
from advocacy.consent.receipts import build_receipt
from advocacy.extensions import db

from ..blueprint import bp
from flask import request
from advocacy.charter import services as charter
from advocacy.consent.reports import aggregates as compute
from advocacy.core.audit import record
from advocacy.core.urls import safe_next
from advocacy.auth.models import Person



def _me():
    return current_user._get_current_object()


def _charter_status(person):
    """(version in force, accepted by ``person``, its retention days) — the version looked up once."""
    version = charter.version_in_force()
    if version is None:
        return None, False, None
    policy = charter.policy_of(version)
    return (version, charter.acceptance_of(person, version) is not None,
            policy.retention_days if policy is not None else None)


def _page(person, erase_form=None, status=200):
    version, accepted, retention_days = _charter_status(person)
    events = services.events_of(person)
    return render_template(
        "consent/index.html", purposes=[CATALOGUE[p] for p in PURPOSES], states=services.current_states(person),
        outdated=services.to_confirm(person),
        version=version, accepted=accepted, charter_url=services.charter_link(), events=list(reversed(events)),
        form=ActionForm(), erase_form=erase_form or EraseForm(), requests=gdpr.requests_of(person),
        any_given=any(services.consents_of(person).values()), retention_days=retention_days), status


@bp.route("/")
@roles_required()
def index():
    return _page(_me())


@bp.route("/<purpose>", methods=["POST"])
@roles_required()
def change(purpose):
    if purpose not in CATALOGUE:
        abort(404)
    form = ActionForm()
    if not form.validate_on_submit():
        abort(400)
    person = _me()
    action = request.form.get("action")
    label = str(CATALOGUE[purpose].label)
    try:
        if action == "give":
            result = services.give(person, purpose, method="web")
            if result.changed and (result.event.details or {}).get("confirms"):
                message = _("Thank you: you confirmed the current notice of “%(purpose)s”.", purpose=label)
            elif result.changed:
                message = _("Consent given: %(purpose)s.", purpose=label)
            else:
                message = _("You had already given this consent: %(purpose)s.", purpose=label)
        elif action == "withdraw":
            result = services.withdraw(person, purpose, method="web")
            message = _("Consent withdrawn: %(purpose)s.", purpose=label) if result.changed else \
                _("There was no consent to withdraw: %(purpose)s.", purpose=label)
        else:
            abort(400)
    except services.ConsentError as exc:
        db.session.rollback()
        flash(_consent_error_message(exc), "error")
        return redirect(url_for("consent.index"))
    db.session.commit()
    flash(message, "success" if result.changed else "info")
    return redirect(safe_next(request.form.get("next"), url_for("consent.index") + f"#purpose-{purpose}"))


@bp.app_template_global()
def consents_to_confirm(only=None) -> list:
    """For the banners (home, My accounts): the purposes the signed-in person must confirm again
    because their notice now allows more (``only``: the purpose keys a page cares about)."""
    if not current_user.is_authenticated:
        return []
    keys = services.to_confirm(current_user.id)
    return [CATALOGUE[key] for key in keys if only is None or key in only]


def _consent_error_message(exc) -> str:
    return {
        "no_charter_in_force": _("No expression charter is in force yet: nothing can be consented to."),
        "charter_not_accepted": _("Read and accept the charter in force first."),
        "program_required": _("Join the program first."),
        "erased": _("Your data were erased."),
    }.get(exc.code, exc.message)


@bp.route("/leave", methods=["POST"])
@roles_required()
def leave():
    form = ActionForm()
    if not form.validate_on_submit():
        abort(400)
    changes = services.withdraw_all(_me(), method="web")
    db.session.commit()
    if any(change.changed for change in changes):
        flash(_("You left the program. Every consent is withdrawn: nothing new is collected about you, and "
                "the metrics and click counts linked to you are being deleted."), "success")
    else:
        flash(_("You had no consent to withdraw."), "info")
    return redirect(url_for("consent.index"))


@bp.route("/receipts/<receipt_id>.json")
@roles_required()
def receipt(receipt_id):
    event = db.session.scalar(select(ConsentEvent).where(ConsentEvent.receipt_id == receipt_id,
                                                         ConsentEvent.person_id == current_user.id))
    if event is None:
        abort(404)
    body = json.dumps(build_receipt(event), ensure_ascii=False, indent=2)
    return Response(body, mimetype="application/json", headers={
        "Content-Disposition": f'attachment; filename="consent-receipt-{event.receipt_id}.json"'})


@bp.route("/export", methods=["POST"])
@roles_required()
def export():
    form = ActionForm()
    if not form.validate_on_submit():
        abort(400)
    request_row = gdpr.start(_me(), gdpr.EXPORT)
    db.session.commit()
    flash(_("Your export is being prepared; this page shows its progress."), "info")
    return redirect(url_for("consent.data_request", request_id=request_row.id))


@bp.route("/erase", methods=["POST"])
@roles_required()
def erase():
    form = EraseForm()
    if not form.validate_on_submit():
        return _page(_me(), erase_form=form, status=400)
    request_row = gdpr.start(_me(), gdpr.ERASE)
    db.session.commit()
    return redirect(url_for("consent.data_request", request_id=request_row.id))


def _own_request(request_id) -> DataRequest:
    row = db.session.get(DataRequest, request_id)
    if row is None or row.person_id != current_user.id:
        abort(404)
    return row


@bp.route("/requests/<int:request_id>")
@roles_required()
def data_request(request_id):
    row = _own_request(request_id)
    return render_template("consent/request.html", req=row, ready=gdpr.export_path(row) is not None)


@bp.route("/requests/<int:request_id>/download")
@roles_required()
def download(request_id):
    row = _own_request(request_id)
    path = gdpr.export_path(row)
    if path is None:
        abort(404)
    return send_file(path, mimetype="application/zip", as_attachment=True,
                     download_name=f"porte-voix-my-data-{row.id}.zip")


@bp.route("/aggregates")
@roles_required(HR, STAFF_REP, ADMIN)
def aggregates():
    data = compute()
    db.session.commit()  # the week's release, made by its first reader
    return render_template("consent/aggregates.html", data=data)


@bp.route("/people/<int:person_id>")
@roles_required(ADMIN)
def person_ledger(person_id):
    """One person's consents, for the administrator only; every look is audited."""
    person = db.session.get(Person, person_id)
    if person is None:
        abort(404)
    record("consent.viewed_by_admin", actor=_me(), object_type="person", object_id=person.id)
    db.session.commit()
    return render_template("consent/person.html", person=person, states=services.current_states(person),
                           events=services.events_of(person), purposes=[CATALOGUE[p] for p in PURPOSES])
