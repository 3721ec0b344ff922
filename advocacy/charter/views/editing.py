"""HR pages: create a version, edit its title, policy and clauses, open the review, ask for signatures."""
from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from advocacy.auth.roles import HR
from advocacy.auth.guards import roles_required
from advocacy.auth.mfa import mfa_required
from advocacy.charter import workflow
from advocacy.charter.forms import ActionForm, ClauseForm, ScheduleForm, VersionForm
from advocacy.charter.models import CharterClause
from advocacy.charter.services import announce_in_force
from advocacy.core.errors import back_to, form_action
from advocacy.charter.pages import get_version, local_midnight, render_version, run
from advocacy.extensions import db

from ..blueprint import bp


def _require_open(version) -> None:
    """An adopted (or frozen) version is read-only: its edit pages answer 409, inside the layout."""
    if version.status not in workflow.OPEN_STATUSES:
        abort(409, description=_("Version %(n)d is adopted: its text and policy are read-only. Start a new "
                                 "version to change them.", n=version.number))


@bp.route("/versions/new", methods=["POST"])
@roles_required(HR)
@mfa_required
@back_to("charter.versions")
def new_version():
    if not ActionForm().validate_on_submit():
        abort(400)
    version = run(workflow.create_version, current_user)
    db.session.commit()
    flash(_("Version %(n)d created as a draft.", n=version.number), "success")
    return redirect(url_for("charter.edit_version", version_id=version.id))


@bp.route("/versions/<int:version_id>/edit", methods=["GET", "POST"])
@roles_required(HR)
@mfa_required
def edit_version(version_id: int):
    version = get_version(version_id)
    _require_open(version)
    form = VersionForm()
    status = 200
    if form.is_submitted():
        if form.validate() and form.validate_policy():
            with form_action(form, rename=form.field_for, fallback="title") as failed:
                workflow.update_version(version, current_user, title=form.title.data,
                                        title_en=form.title_en.data or "", policy=form.policy_dict(base=version.policy),
                                        change_summary=form.change_summary.data or "")
            if not failed:
                db.session.commit()
                flash(_("Saved."), "success")
                return redirect(url_for("charter.version", version_id=version.id))
        status = 422
    else:
        form.fill(version)
    return render_template("charter/edit_version.html", form=form, version=version,
                           signed=bool(version.live_signatures)), status


def _clause_page(version, form, clause=None, status=200):
    return render_template("charter/edit_clause.html", form=form, version=version, clause=clause,
                           signed=bool(version.live_signatures)), status


def _save_clause(version, form, clause=None):
    values = dict(title=form.title.data, body=form.body.data, title_en=form.title_en.data or "",
                  body_en=form.body_en.data or "")
    with form_action(form, fallback="title") as failed:
        if clause is None:
            workflow.add_clause(version, current_user, **values)
        else:
            workflow.update_clause(clause, current_user, **values,
                                   translation_current=bool(form.translation_current.data))
    if failed:
        return _clause_page(version, form, clause, 422)
    db.session.commit()
    flash(_("Clause saved."), "success")
    return redirect(url_for("charter.version", version_id=version.id))


@bp.route("/versions/<int:version_id>/clauses/new", methods=["GET", "POST"])
@roles_required(HR)
@mfa_required
def new_clause(version_id: int):
    version = get_version(version_id)
    _require_open(version)
    form = ClauseForm()
    if form.is_submitted():
        if form.validate():
            return _save_clause(version, form)
        return _clause_page(version, form, status=422)
    return _clause_page(version, form)


def _clause(version, clause_id) -> CharterClause:
    clause = db.session.get(CharterClause, clause_id)
    if clause is None or clause.version_id != version.id:
        abort(404)
    return clause


@bp.route("/versions/<int:version_id>/clauses/<int:clause_id>/edit", methods=["GET", "POST"])
@roles_required(HR)
@mfa_required
def edit_clause(version_id: int, clause_id: int):
    version = get_version(version_id)
    clause = _clause(version, clause_id)
    _require_open(version)
    form = ClauseForm(obj=clause)
    if form.is_submitted():
        if form.validate():
            return _save_clause(version, form, clause)
        return _clause_page(version, form, clause, 422)
    return _clause_page(version, form, clause)


@bp.route("/versions/<int:version_id>/clauses/<int:clause_id>/delete", methods=["POST"])
@roles_required(HR)
@mfa_required
@back_to("charter.version", "version_id")
def delete_clause(version_id: int, clause_id: int):
    version = get_version(version_id)
    clause = _clause(version, clause_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    run(workflow.delete_clause, clause, current_user)
    db.session.commit()
    flash(_("Clause removed."), "success")
    return redirect(url_for("charter.version", version_id=version.id))


@bp.route("/versions/<int:version_id>/clauses/<int:clause_id>/move/<any(up,down):direction>", methods=["POST"])
@roles_required(HR)
@mfa_required
@back_to("charter.version", "version_id")
def move_clause(version_id: int, clause_id: int, direction: str):
    version = get_version(version_id)
    clause = _clause(version, clause_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    run(workflow.move_clause, clause, current_user, 1 if direction == "down" else -1)
    db.session.commit()
    return redirect(url_for("charter.version", version_id=version.id, _anchor=f"clause-{clause.key}"))


@bp.route("/versions/<int:version_id>/submit", methods=["POST"])
@roles_required(HR)
@mfa_required
@back_to("charter.version", "version_id")
def submit(version_id: int):
    version = get_version(version_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    run(workflow.submit_for_review, version, current_user)
    db.session.commit()
    flash(_("The review is open: staff representatives can now comment and propose amendments."), "success")
    return redirect(url_for("charter.version", version_id=version.id))


@bp.route("/versions/<int:version_id>/request-signatures", methods=["POST"])
@roles_required(HR)
@mfa_required
@back_to("charter.version", "version_id")
def request_signatures(version_id: int):
    version = get_version(version_id)
    form = ScheduleForm()
    if not form.validate_on_submit():
        return render_version(version, 422, schedule_form=form, failed="schedule")
    run(workflow.request_signatures, version, current_user, local_midnight(form.effective_date.data))
    db.session.commit()
    flash(_("The text is frozen for signature: any change now voids the signatures."), "success")
    return redirect(url_for("charter.version", version_id=version.id))


@bp.route("/versions/<int:version_id>/bring-into-force", methods=["POST"])
@roles_required(HR)
@mfa_required
def bring_into_force(version_id: int):
    version = get_version(version_id)
    form = ScheduleForm()
    if not form.validate_on_submit():
        return render_version(version, 422, schedule_form=form, failed="schedule")
    with form_action(form, fallback="effective_date") as failed:
        workflow.bring_into_force(version, current_user, local_midnight(form.effective_date.data))
    if failed:
        return render_version(version, 409, schedule_form=form, failed="schedule")
    db.session.commit()
    if announce_in_force() is not None:  # in force now: what depends on the rules is re-checked
        db.session.commit()
    flash(_("Version %(n)d is adopted. Employees will be asked to accept it.", n=version.number), "success")
    return redirect(url_for("charter.version", version_id=version.id))
