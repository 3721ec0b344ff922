"""Log in and out; people administration; personal API tokens."""
from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_user, logout_user
from sqlalchemy import select

from advocacy.auth import services
from advocacy.auth.forms import ImportPeopleForm, LoginForm, TokenForm
from advocacy.auth.models import ApiToken, Person
from advocacy.auth.roles import ADMIN, roles_required
from advocacy.extensions import db

bp = Blueprint("auth", __name__)


def _safe_next(target: str | None) -> str:
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return url_for("core.home")


@bp.route("/login", methods=["GET", "POST"])
def login():
    if current_user.is_authenticated:
        return redirect(url_for("core.home"))
    form = LoginForm()
    status = 200
    if form.validate_on_submit():
        try:
            person = services.authenticate(form.email.data, form.password.data, request.remote_addr or "")
        except services.LoginThrottled as exc:
            form.password.errors.append(
                _("Too many failed attempts. Try again in %(minutes)d minutes.", minutes=exc.retry_after // 60))
            status = 429
        else:
            if person is None:
                form.password.errors.append(_("Unknown e-mail or wrong password."))
                status = 401
            else:
                login_user(person, remember=form.remember.data)
                return redirect(_safe_next(request.args.get("next")))
    elif request.method == "POST":
        status = 400
    return render_template("auth/login.html", form=form), status


@bp.route("/logout", methods=["POST"])
@roles_required()
def logout():
    logout_user()
    flash(_("You are logged out."), "info")
    return redirect(url_for("auth.login"))


@bp.route("/people")
@roles_required(ADMIN)
def people():
    rows = db.session.scalars(select(Person).order_by(Person.email)).all()
    return render_template("auth/people.html", people=rows, form=ImportPeopleForm())


@bp.route("/people/import", methods=["POST"])
@roles_required(ADMIN)
def import_people():
    form = ImportPeopleForm()
    report = None
    if form.validate_on_submit():
        raw = form.file.data.read(5 * 1024 * 1024 + 1)
        if len(raw) > 5 * 1024 * 1024:
            form.file.errors.append(_("The file is larger than 5 MB."))
        else:
            try:
                text = raw.decode("utf-8-sig")
            except UnicodeDecodeError:
                form.file.errors.append(_("The file is not UTF-8 text."))
            else:
                report = services.import_people(text, actor=current_user)
                if report.ok:
                    db.session.commit()
                    flash(_("%(created)d created, %(updated)d updated.", created=report.created,
                            updated=report.updated), "success")
                    return redirect(url_for("auth.people"))
                db.session.rollback()
    rows = db.session.scalars(select(Person).order_by(Person.email)).all()
    return render_template("auth/people.html", people=rows, form=form, report=report), 422


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
    from advocacy.audit.services import record
    from advocacy.core.timeutil import utcnow

    row = db.session.get(ApiToken, token_id)
    if row is None or row.person_id != current_user.id:
        from flask import abort

        abort(404)
    if TokenForm().validate_on_submit():
        row.revoked_at = utcnow()
        record("auth.token_revoked", actor=current_user, object_type="api_token", object_id=row.id)
        db.session.commit()
        flash(_("Token revoked."), "success")
    return redirect(url_for("auth.tokens"))
