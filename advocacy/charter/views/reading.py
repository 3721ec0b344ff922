"""Charter pages: the charter in force (everyone), versions, print view, diff, acceptance."""
from __future__ import annotations


from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select
from wtforms.fields.choices import SelectChoice

from advocacy.auth.roles import STAFF_REP
from advocacy.auth.guards import roles_required
from advocacy.charter import services, workflow
from advocacy.charter.diff import diff_versions
from advocacy.charter.forms import (
    AcceptForm,
    ActionForm,
    DiffForm,
)
from advocacy.charter.labels import STATE_LABELS
from advocacy.charter.markdown import render as render_markdown
from advocacy.charter.pages import (
    can_draft,
    get_version,
    render_version,
    version_context,
    visible_versions,
)
from advocacy.core.urls import safe_next
from advocacy.extensions import db

from ..blueprint import bp
from advocacy.charter.models import CharterAcceptance
from advocacy.charter.diff import word_ops
from advocacy.charter.markdown import plain
from advocacy.core.i18n import is_english


@bp.app_template_filter("charter_md")
def charter_md(text):
    return render_markdown(text)


@bp.app_template_global()
def charter_status() -> dict:
    """For the home page banner: must the person (re)accept? Is a version waiting for HR / staff reps?"""
    status = {"version": None, "needs_acceptance": False, "accepted_before": False, "review_waiting": None,
              "review_state": ""}
    if not current_user.is_authenticated:
        return status
    version = services.version_in_force()
    status["version"] = version
    if version is not None and current_user.has_role("employee", STAFF_REP) and \
            services.acceptance_of(current_user, version) is None:
        status["needs_acceptance"] = True
        status["accepted_before"] = db.session.scalar(select(CharterAcceptance.id).where(
            CharterAcceptance.person_id == current_user.id).limit(1)) is not None
    if can_draft():
        waiting = workflow.open_version()
        if waiting is not None and waiting.status != "draft":
            status["review_waiting"] = waiting
            status["review_state"] = str(STATE_LABELS.get(waiting.status, waiting.status))
    return status


@bp.app_template_global()
def charter_word_ops(old, new):
    return word_ops(plain(old), plain(new))


@bp.route("/")
@roles_required()
def current():
    version = services.version_in_force()
    accepted = services.acceptance_of(current_user, version) if version else None
    context = version_context(version) if version else {"version": None}
    return render_template("charter/current.html", accepted=accepted, accept_form=AcceptForm(formdata=None),
                           open_version=workflow.open_version() if can_draft() else None, **context)


@bp.route("/accept", methods=["POST"])
@roles_required()
def accept():
    version = services.version_in_force()
    if version is None:
        abort(404)
    form = AcceptForm()
    if not form.validate_on_submit():
        context = version_context(version)
        return render_template("charter/current.html", accepted=None, accept_form=form, open_version=None,
                               **context), 422
    services.accept(current_user, version)
    db.session.commit()
    flash(_("Thank you: you accepted the charter in force."), "success")
    return redirect(safe_next(request.args.get("next"), url_for("charter.current")))


@bp.route("/versions")
@roles_required()
def versions():
    rows = visible_versions()
    form = DiffForm(request.args)
    choices = [SelectChoice(v.id, _("Version %(n)d", n=v.number)) for v in rows]
    form.a.choices = form.b.choices = choices
    if len(rows) >= 2 and not request.args:
        form.a.data, form.b.data = rows[1].id, rows[0].id
    in_force = services.version_in_force()
    states = {v.id: services.version_state(v, in_force=in_force) for v in rows}
    return render_template("charter/versions.html", versions=rows, states=states, diff_form=form,
                           state_labels=STATE_LABELS,
                           open_version=workflow.open_version() if can_draft() else None,
                           action_form=ActionForm(formdata=None))


@bp.route("/diff")
@roles_required()
def diff_picker():
    try:
        a, b = int(request.args.get("a", "")), int(request.args.get("b", ""))
    except ValueError:
        abort(404)
    return redirect(url_for("charter.diff", a=a, b=b))


@bp.route("/versions/<int:version_id>")
@roles_required()
def version(version_id: int):
    return render_version(get_version(version_id))


@bp.route("/versions/<int:version_id>/print")
@roles_required()
def print_view(version_id: int):
    version = get_version(version_id)
    return render_template("charter/print.html", **version_context(version))


@bp.route("/versions/<int:a>/diff/<int:b>")
@roles_required()
def diff(a: int, b: int):
    old, new = get_version(a), get_version(b)
    return render_template("charter/diff.html", diff=diff_versions(old, new, readable=True), old=old, new=new,
                           english=is_english(), state_labels=STATE_LABELS)
