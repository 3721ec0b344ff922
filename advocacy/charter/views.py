"""Charter pages: the charter in force (everyone), versions, print view, diff, acceptance."""
from __future__ import annotations

from datetime import datetime, time

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select
from wtforms.fields.choices import SelectChoice

from advocacy.auth.roles import HR, STAFF_REP, roles_required
from advocacy.charter import services, workflow
from advocacy.charter.canonical import verify_version
from advocacy.charter.diff import describe_policy, diff_versions
from advocacy.charter.forms import (
    AcceptForm,
    ActionForm,
    AmendmentForm,
    AnswerForm,
    CommentForm,
    DiffForm,
    RefuseForm,
    ScheduleForm,
    SignForm,
)
from advocacy.charter.labels import AMENDMENT_LABELS, ROLE_LABELS, STATE_LABELS
from advocacy.charter.markdown import render as render_markdown
from advocacy.charter.models import ADOPTED, CharterVersion
from advocacy.extensions import db

bp = Blueprint("charter", __name__, url_prefix="/charter", static_folder="static")


@bp.app_template_filter("charter_md")
def charter_md(text):
    return render_markdown(text)


@bp.app_template_global()
def charter_status() -> dict:
    """For the home page banner: must the person (re)accept? Is a version waiting for HR / staff reps?"""
    from advocacy.charter.models import CharterAcceptance

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
    from advocacy.charter.diff import word_ops
    from advocacy.charter.markdown import plain

    return word_ops(plain(old), plain(new))


def run(func, *args, **kwargs):
    """Call a workflow function in a savepoint: on CharterError nothing of it is kept."""
    with db.session.begin_nested():
        return func(*args, **kwargs)


def english() -> bool:
    return str(get_locale() or "fr").startswith("en")


def can_draft() -> bool:
    return current_user.has_role(HR, STAFF_REP)


def visible_versions():
    stmt = select(CharterVersion).order_by(CharterVersion.number.desc())
    if not can_draft():
        stmt = stmt.where(CharterVersion.status == ADOPTED)
    return db.session.scalars(stmt).all()


def get_version(version_id: int) -> CharterVersion:
    version = db.session.get(CharterVersion, version_id)
    if version is None or (version.status != ADOPTED and not can_draft()):
        abort(404)
    return version


def local_midnight(day) -> datetime | None:
    if day is None:
        return None
    return datetime.combine(day, time(0, 0), tzinfo=services._zone(current_user))


def manifest(version):
    check = verify_version(version, fresh=False)
    rows = [{"signature": c.signature, "verified": c.verified, "current": c.current,
             "role": ROLE_LABELS.get(c.signature.role, c.signature.role)} for c in check.checks]
    return check, rows


def version_context(version, **forms) -> dict:
    check, rows = manifest(version)
    previous = db.session.scalar(select(CharterVersion).where(CharterVersion.number < version.number)
                                 .order_by(CharterVersion.number.desc()).limit(1))
    context = {
        "version": version, "state": version.state(), "state_labels": STATE_LABELS, "check": check,
        "manifest": rows, "policy_rows": describe_policy(version.policy), "english": english(),
        "previous": previous, "refusals": version.refusals, "amendment_labels": AMENDMENT_LABELS,
        "role_labels": ROLE_LABELS,
    }
    if can_draft():
        context.update(
            threads=workflow.threads(version), amendments=workflow.amendments(version),
            quorum=workflow.quorum_status(version) if version.status != ADOPTED else None,
            i_signed=any(s.signer_id == current_user.id for s in version.live_signatures),
            comment_form=forms.get("comment_form") or CommentForm(formdata=None),
            amendment_form=forms.get("amendment_form") or AmendmentForm(formdata=None),
            answer_form=forms.get("answer_form") or AnswerForm(formdata=None),
            sign_form=forms.get("sign_form") or SignForm(formdata=None),
            refuse_form=forms.get("refuse_form") or RefuseForm(formdata=None),
            schedule_form=forms.get("schedule_form") or ScheduleForm(formdata=None),
            action_form=ActionForm(formdata=None), failed=forms.get("failed"),
        )
    return context


def render_version(version, status=200, **forms):
    return render_template("charter/version.html", **version_context(version, **forms)), status


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
    target = request.args.get("next") or ""
    if not target.startswith("/") or target.startswith("//") or "\\" in target:  # same rule as the login's next
        target = url_for("charter.current")
    return redirect(target)


@bp.route("/versions")
@roles_required()
def versions():
    rows = visible_versions()
    form = DiffForm(request.args)
    choices = [SelectChoice(v.id, _("Version %(n)d", n=v.number)) for v in rows]
    form.a.choices = form.b.choices = choices
    if len(rows) >= 2 and not request.args:
        form.a.data, form.b.data = rows[1].id, rows[0].id
    return render_template("charter/versions.html", versions=rows, diff_form=form, state_labels=STATE_LABELS,
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
                           english=english(), state_labels=STATE_LABELS)


from advocacy.charter import views_edit, views_review  # noqa: E402,F401  (routes on bp)
