"""Two-step verification pages: set up TOTP, verify this session, the sign-in's second step."""
import time

from flask import (
    abort,
    flash,
    make_response,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_babel import gettext as _
from flask_login import current_user

from advocacy.auth import mfa, sessions, throttle
from advocacy.auth.forms import ActionForm, CodeForm
from advocacy.auth.guards import roles_required
from advocacy.auth.models import Person
from advocacy.auth.roles import ADMIN
from advocacy.core.urls import safe_next
from advocacy.extensions import db, limiter

from ..blueprint import bp

PENDING = "mfa_pending_secret"
#: How long the sign-in's second step waits for the code.
LOGIN_STEP_SECONDS = 300


def _next(default: str) -> str:
    return safe_next(request.values.get("next"), default)


def _wrong_code(limit):
    form = CodeForm()
    form.code.errors = [_("Too many wrong codes. Wait a few minutes and try again.")]
    wait = max(60, int(limit.reset_at - time.time()))
    response = make_response(render_template("auth/mfa_verify.html", form=form, signing_in=True), 429)
    response.headers["Retry-After"] = str(wait)
    return response


def _failed(response) -> bool:
    return response.status_code == 422  # a wrong or missing code


def _code_key() -> str:
    pending = session.get(mfa.LOGIN_PENDING) or {}
    who = pending.get("id") or (current_user.get_id() if current_user.is_authenticated else "?")
    return throttle.hashed_key("mfa", f"{who}")


_code_limit = limiter.limit("5 per 15 minutes", key_func=_code_key, methods=["POST"], deduct_when=_failed,
                            on_breach=_wrong_code, scope="mfa-code")


def _status_page(person, status: int = 200, error: str | None = None):
    form = CodeForm()
    if error:
        form.code.errors = [error]
    return render_template("auth/mfa_status.html", form=form, action_form=ActionForm(),
                           remaining=mfa.remaining_recovery_codes(person), needed=mfa.needs_mfa(person)), status


@bp.route("/me/mfa", methods=["GET", "POST"])
@roles_required()
@_code_limit
def mfa_setup():
    person = current_user._get_current_object()
    form = CodeForm()
    if mfa.enrolled(person):
        return _status_page(person)
    secret = session.get(PENDING)
    if not secret or request.method == "GET":
        secret = session[PENDING] = mfa.new_secret()
    status = 200
    if request.method == "POST":
        if form.validate_on_submit():
            codes = mfa.confirm_enrolment(person, secret, form.code.data)
            if codes is not None:
                db.session.commit()
                session.pop(PENDING, None)
                return render_template("auth/mfa_codes.html", codes=codes, next=_next(url_for("core.home")),
                                       first=True)
            form.code.errors.append(_("This code does not match. Check the time on your phone and try again."))
            status = 422
        else:
            status = 422
    uri = mfa.provisioning_uri(person, secret)
    return render_template("auth/mfa_setup.html", form=form, qr=mfa.qr_svg_data_uri(uri),
                           secret=" ".join(secret[i:i + 4] for i in range(0, len(secret), 4)),
                           needed=mfa.needs_mfa(person)), status


@bp.route("/me/mfa/verify", methods=["GET", "POST"])
@roles_required()
@_code_limit
def mfa_verify():
    person = current_user._get_current_object()
    if not mfa.enrolled(person):
        return redirect(url_for("auth.mfa_setup", next=request.values.get("next")))
    form = CodeForm()
    status = 200
    if form.validate_on_submit():
        if mfa.step_up(person, form.code.data):
            db.session.commit()
            return redirect(_next(url_for("core.home")))
        form.code.errors.append(_("This code is not valid (or was already used)."))
        status = 422
    elif request.method == "POST":
        status = 422
    return render_template("auth/mfa_verify.html", form=form, signing_in=False), status


@bp.route("/login/verify", methods=["GET", "POST"])
@_code_limit
def login_verify():
    pending = session.get(mfa.LOGIN_PENDING)
    if not pending or time.time() - pending.get("at", 0) > LOGIN_STEP_SECONDS:
        session.pop(mfa.LOGIN_PENDING, None)
        flash(_("Sign in again: the second step waits five minutes at most."), "info")
        return redirect(url_for("auth.login"))
    person = db.session.get(Person, pending["id"])
    if person is None or not person.is_active:
        session.pop(mfa.LOGIN_PENDING, None)
        return redirect(url_for("auth.login"))
    form = CodeForm()
    status = 200
    if form.validate_on_submit():
        how = mfa.verify(person, form.code.data)
        if how:
            target = safe_next(pending.get("next"), url_for("core.home"))
            sessions.log_in(person, remember=bool(pending.get("remember")), mfa=True)
            db.session.commit()
            if how == "recovery":
                flash(_("You used a recovery code: %(n)d left. Create new ones on your two-step verification page.",
                        n=mfa.remaining_recovery_codes(person)), "info")
            return redirect(target)
        db.session.commit()
        form.code.errors.append(_("This code is not valid (or was already used)."))
        status = 422
    elif request.method == "POST":
        status = 422
    return render_template("auth/mfa_verify.html", form=form, signing_in=True), status


@bp.route("/me/mfa/recovery-codes", methods=["POST"])
@roles_required()
@_code_limit
def mfa_recovery_codes():
    person = current_user._get_current_object()
    form = CodeForm()
    if not mfa.enrolled(person):
        abort(404)
    if form.validate_on_submit() and mfa.step_up(person, form.code.data):
        codes = mfa.regenerate_recovery_codes(person)
        db.session.commit()
        return render_template("auth/mfa_codes.html", codes=codes, next=url_for("auth.mfa_setup"), first=False)
    db.session.commit()
    return _status_page(person, 422, _("This code is not valid (or was already used)."))


@bp.route("/me/mfa/disable", methods=["POST"])
@roles_required()
@_code_limit
def mfa_disable():
    person = current_user._get_current_object()
    form = CodeForm()
    if not mfa.enrolled(person):
        abort(404)
    if form.validate_on_submit() and mfa.verify(person, form.code.data):
        mfa.disable(person)
        db.session.commit()
        flash(_("Two-step verification is off."), "info")
        return redirect(url_for("auth.mfa_setup"))
    db.session.commit()
    return _status_page(person, 422, _("This code is not valid (or was already used)."))


@bp.route("/people/<int:person_id>/mfa-reset", methods=["POST"])
@roles_required(ADMIN)
@mfa.mfa_required
def mfa_reset(person_id: int):
    person = db.session.get(Person, person_id)
    if person is None:
        abort(404)
    if ActionForm().validate_on_submit() and mfa.enrolled(person):
        mfa.disable(person, actor=current_user)
        sessions.end_all_sessions(person.id, actor=current_user, reason="mfa_reset", revoke_tokens=False)
        db.session.commit()
        flash(_("Two-step verification of %(email)s is reset: they set it up again at their next sensitive "
                "action.", email=person.email), "success")
    return redirect(url_for("auth.people"))
