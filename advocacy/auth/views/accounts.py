"""Log in and out; personal API tokens."""
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
from sqlalchemy import select

from advocacy.auth import mfa, oidc, saml, services, sessions, throttle
from advocacy.auth.forms import LoginForm, TokenForm
from advocacy.auth.guards import roles_required
from advocacy.auth.models import ApiToken
from advocacy.core.audit import record
from advocacy.core.timeutil import utcnow
from advocacy.core.urls import safe_next
from advocacy.extensions import db

from ..blueprint import bp


def _throttled(limit):
    """Flask-Limiter's breach answer for the login form: the form again, with when to retry."""
    form = LoginForm()
    wait = max(60, int(limit.reset_at - time.time()))
    form.password.errors = [_("Too many failed attempts. Try again in %(minutes)d minutes.",
                              minutes=(wait + 59) // 60)]
    response = make_response(render_template("auth/login.html", form=form), 429)
    response.headers["Retry-After"] = str(wait)
    return response


@bp.route("/login", methods=["GET", "POST"])
@throttle.login_limits(on_breach=_throttled)
def login():
    if current_user.is_authenticated:
        return redirect(url_for("core.home"))
    form = LoginForm()
    status = 200
    if form.validate_on_submit():
        person = services.authenticate(form.email.data, form.password.data)
        if person is None:
            form.password.errors.append(_("Unknown e-mail or wrong password."))
            status = 401
        elif mfa.enrolled(person):
            # Second step: the code from the authenticator app (or a recovery code).
            db.session.commit()
            session[mfa.LOGIN_PENDING] = {"id": person.id, "remember": bool(form.remember.data), "at": time.time(),
                                      "next": safe_next(request.args.get("next"), "")}
            return redirect(url_for("auth.login_verify"))
        else:
            sessions.log_in(person, remember=form.remember.data)
            db.session.commit()
            return redirect(safe_next(request.args.get("next"), url_for("core.home")))
    elif request.method == "POST":
        status = 400
    return render_template("auth/login.html", form=form, sso=oidc.enabled(), saml=saml.enabled()), status


@bp.route("/logout", methods=["POST"])
@roles_required()
def logout():
    sessions.log_out()
    db.session.commit()
    flash(_("You are logged out."), "info")
    return redirect(url_for("auth.login"))


@bp.route("/me/tokens", methods=["GET", "POST"])
@roles_required()
def tokens():
    form = TokenForm()
    new_token = None
    if form.validate_on_submit():
        new_token = services.issue_token(current_user, form.label.data or "")
        db.session.commit()
    rows = db.session.scalars(select(ApiToken).where(ApiToken.person_id == current_user.id,
                                                     ApiToken.revoked_at.is_(None))).all()
    return render_template("auth/tokens.html", form=form, tokens=rows, new_token=new_token)


@bp.route("/me/tokens/<int:token_id>/revoke", methods=["POST"])
@roles_required()
def revoke_token(token_id: int):
    row = db.session.get(ApiToken, token_id)
    if row is None or row.person_id != current_user.id:
        abort(404)
    if TokenForm().validate_on_submit():
        row.revoked_at = utcnow()
        record("auth.token_revoked", actor=current_user, object_type="api_token", object_id=row.id)
        db.session.commit()
        flash(_("Token revoked."), "success")
    return redirect(safe_next(request.form.get("next"), url_for("auth.tokens")))


@bp.route("/me/sessions")
@roles_required()
def my_sessions():
    rows = sessions.live_sessions(current_user.id)
    current = sessions.current_session()
    tokens = db.session.scalars(select(ApiToken).where(ApiToken.person_id == current_user.id,
                                                       ApiToken.revoked_at.is_(None))
                                .order_by(ApiToken.created_at.desc())).all()
    return render_template("auth/sessions.html", sessions=rows, current_id=current.id if current else None,
                           tokens=tokens, form=TokenForm())


@bp.route("/me/sessions/<int:session_id>/end", methods=["POST"])
@roles_required()
def end_session(session_id: int):
    if TokenForm().validate_on_submit():
        current = sessions.current_session()
        if not sessions.end_session(current_user.id, session_id, actor=current_user):
            abort(404)
        db.session.commit()
        if current is not None and current.id == session_id:
            sessions.log_out_locally()
            flash(_("You are logged out."), "info")
            return redirect(url_for("auth.login"))
        flash(_("Session ended."), "success")
    return redirect(url_for("auth.my_sessions"))
