"""Choosing a password from an e-mailed link, and "forgot password"."""
from flask import current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from redis.exceptions import RedisError

from advocacy.auth import passwords, tasks, throttle
from advocacy.auth.forms import ChoosePasswordForm, ForgotPasswordForm
from advocacy.extensions import db, limiter
from advocacy.queue import enqueue

from ..blueprint import bp


def _email_key() -> str:
    return throttle.hashed_key("reset-account", (request.form.get("email") or "").strip().lower()[:254])


@bp.route("/password/forgot", methods=["GET", "POST"])
@limiter.limit("20 per hour", key_func=throttle.client_key, methods=["POST"], scope="password-reset-client")
@limiter.limit("3 per hour", key_func=_email_key, methods=["POST"], scope="password-reset-account")
def forgot_password():
    form = ForgotPasswordForm()
    if form.validate_on_submit():
        # The same work whether the address is known or not (a look-up and a queued job), so the
        # same answer in the same time; the link and its e-mail are made by the worker.
        person_id = passwords.reset_target(form.email.data)
        try:
            enqueue(tasks.send_reset_link, person_id, queue="mail")
        except (RedisError, OSError) as exc:  # no queue: do it now rather than lose the request
            current_app.logger.warning("reset link made in the request (queue unavailable: %s)", exc)
            passwords.reset_requested(person_id)
            db.session.commit()
        # The same answer whether the address is known or not.
        return render_template("auth/forgot_password.html", form=None, sent=True)
    status = 400 if request.method == "POST" else 200
    return render_template("auth/forgot_password.html", form=form, sent=False), status


@bp.route("/password/<token>", methods=["GET", "POST"])
@limiter.limit("30 per hour", key_func=throttle.client_key, methods=["POST"], scope="password-link")
def choose_password(token: str):
    row, state = passwords.find_link(token)
    if state != "valid":
        status = 404 if state == "unknown" else 410
        return render_template("auth/link_invalid.html", state=state,
                               purpose=row.purpose if row is not None else None), status
    form = ChoosePasswordForm()
    status = 200
    if form.validate_on_submit():
        problem = passwords.password_problem(form.password.data, row.person)
        if problem:
            form.password.errors.append(problem)
            status = 422
        else:
            try:
                passwords.use_link(row, form.password.data)
            except passwords.LinkUsed:
                db.session.rollback()
                return render_template("auth/link_invalid.html", state="used", purpose=row.purpose), 410
            db.session.commit()
            flash(_("Your password is set. Sign in with it now."), "success")
            return redirect(url_for("auth.login"))
    elif request.method == "POST":
        status = 422
    return render_template("auth/choose_password.html", form=form, person=row.person, purpose=row.purpose,
                           min_length=passwords.MIN_LENGTH), status
