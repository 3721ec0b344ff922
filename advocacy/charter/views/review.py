"""Review pages: comment threads, amendments, signatures and refusals."""
from __future__ import annotations

from flask import abort, flash, redirect, url_for
from flask_babel import gettext as _
from flask_login import current_user

from advocacy.auth import mfa
from advocacy.auth.roles import HR, STAFF_REP
from advocacy.auth.guards import roles_required
from advocacy.auth.mfa import mfa_required
from advocacy.charter import workflow
from advocacy.charter.forms import AmendmentForm, AnswerForm, CommentForm, RefuseForm, SignForm
from advocacy.charter.models import CharterAmendment, CharterComment
from advocacy.charter.pages import get_version, render_version
from advocacy.core.errors import form_action
from advocacy.extensions import db

from ..blueprint import bp


def _back(version, anchor=None):
    return redirect(url_for("charter.version", version_id=version.id, _anchor=anchor))


#: Inputs people do not see: a message about one goes under the first field they do see.
HIDDEN = ("csrf_token", "clause_key", "parent_id")


def _on(form):
    """:func:`form_action` for a review form (a message about a hidden input goes under the first
    visible field)."""
    visible = next(f.short_name for f in form if f.short_name not in HIDDEN)
    return form_action(form, rename=lambda key: visible if key in HIDDEN else key, fallback=visible)


def _error(version, form, failed, name: str, key=None):
    return render_version(version, failed.status, **{f"{name}_form": form}, failed=(name, key))


@bp.route("/versions/<int:version_id>/comments", methods=["POST"])
@roles_required(HR, STAFF_REP)
def comment(version_id: int):
    version = get_version(version_id)
    form = CommentForm()
    if not form.validate_on_submit():
        return render_version(version, 422, comment_form=form, failed=("comment", form.clause_key.data))
    parent = None
    if form.parent_id.data:
        try:
            parent = db.session.get(CharterComment, int(form.parent_id.data))
        except ValueError:
            parent = None
        if parent is None:
            abort(404)
    with _on(form) as failed:
        created = workflow.add_comment(version, current_user, form.clause_key.data, form.body.data, parent)
    if failed:
        return _error(version, form, failed, "comment", form.clause_key.data)
    db.session.commit()
    flash(_("Comment posted."), "success")
    return _back(version, f"thread-{created.clause_key}")


@bp.route("/versions/<int:version_id>/amendments", methods=["POST"])
@roles_required(STAFF_REP)
@mfa_required
def propose(version_id: int):
    version = get_version(version_id)
    form = AmendmentForm()
    if not form.validate_on_submit():
        return render_version(version, 422, amendment_form=form, failed=("amendment", form.clause_key.data))
    with _on(form) as failed:
        workflow.propose_amendment(version, current_user, form.clause_key.data, title=form.title.data,
                                   body=form.body.data, rationale=form.rationale.data or "")
    if failed:
        return _error(version, form, failed, "amendment", form.clause_key.data)
    db.session.commit()
    flash(_("Amendment proposed: HR will accept it or answer it."), "success")
    return _back(version, f"clause-{form.clause_key.data}")


def _amendment(amendment_id):
    amendment = db.session.get(CharterAmendment, amendment_id)
    if amendment is None:
        abort(404)
    return amendment, get_version(amendment.version_id)


@bp.route("/amendments/<int:amendment_id>/accept", methods=["POST"])
@roles_required(HR)
@mfa_required
def accept_amendment(amendment_id: int):
    amendment, version = _amendment(amendment_id)
    form = AnswerForm()
    if not form.validate_on_submit():
        return render_version(version, 422, answer_form=form, failed=("answer", amendment.id))
    with _on(form) as failed:
        workflow.accept_amendment(amendment, current_user, form.answer.data or "")
    if failed:
        return _error(version, form, failed, "answer", amendment.id)
    db.session.commit()
    flash(_("Amendment accepted into revision %(r)d.", r=version.revision), "success")
    return _back(version, f"clause-{amendment.clause_key}")


@bp.route("/amendments/<int:amendment_id>/answer", methods=["POST"])
@roles_required(HR)
@mfa_required
def answer_amendment(amendment_id: int):
    amendment, version = _amendment(amendment_id)
    form = AnswerForm()
    if not form.validate_on_submit():
        return render_version(version, 422, answer_form=form, failed=("answer", amendment.id))
    with _on(form) as failed:
        workflow.answer_amendment(amendment, current_user, form.answer.data or "")
    if failed:
        return _error(version, form, failed, "answer", amendment.id)
    db.session.commit()
    flash(_("Answer recorded."), "success")
    return _back(version, f"amendment-{amendment.id}")


@bp.route("/versions/<int:version_id>/sign", methods=["POST"])
@roles_required(HR, STAFF_REP)
@mfa_required
def sign(version_id: int):
    version = get_version(version_id)
    form = SignForm()
    if not form.validate_on_submit():
        return render_version(version, 422, sign_form=form, failed="sign")
    # Step-up: a second factor checked within the last minutes, or the code given with the form.
    verified_at = mfa.fresh_mfa() or (mfa.step_up(current_user, form.code.data) if form.code.data else None)
    if verified_at is None:
        db.session.commit()  # a wrong code still counts as used
        form.code.errors.append(_("Enter the current code from your authenticator app to sign."))
        return render_version(version, 422, sign_form=form, failed="sign")
    with _on(form) as failed:
        workflow.sign(version, current_user, form.role.data or None, mfa_verified_at=verified_at)
    if failed:
        return _error(version, form, failed, "sign")
    db.session.commit()
    flash(_("Signed. Your signature is bound to the fingerprint of this exact text."), "success")
    return _back(version, "manifest")


@bp.route("/versions/<int:version_id>/refuse", methods=["POST"])
@roles_required(HR, STAFF_REP)
@mfa_required
def refuse(version_id: int):
    version = get_version(version_id)
    form = RefuseForm()
    if not form.validate_on_submit():
        return render_version(version, 422, refuse_form=form, failed="refuse")
    with _on(form) as failed:
        workflow.refuse(version, current_user, form.reason.data, form.role.data or None)
    if failed:
        return _error(version, form, failed, "refuse")
    db.session.commit()
    flash(_("Your refusal and its reason are recorded and visible to both sides."), "success")
    return _back(version, "refusals")
