"""People administration (admin): the list, CSV import, invitations, signing someone out everywhere."""
from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select

from advocacy.auth import passwords, services, sessions
from advocacy.auth.forms import ActionForm, ImportPeopleForm, InviteForm
from advocacy.auth.guards import roles_required
from advocacy.auth.mfa import mfa_required
from advocacy.auth.models import Person
from advocacy.auth.roles import ADMIN
from advocacy.core.errors import form_action
from advocacy.extensions import db

from ..blueprint import bp


def _page(status: int = 200, **extra):
    rows = db.session.scalars(select(Person).order_by(Person.email)).all()
    waiting = {p.id for p in db.session.scalars(passwords.without_access())}
    context = {"people": rows, "form": ImportPeopleForm(), "invite_form": InviteForm(), "action_form": ActionForm(),
               "without_access": waiting}
    context.update(extra)
    return render_template("auth/people.html", **context), status


@bp.route("/people")
@roles_required(ADMIN)
def people():
    return _page()


@bp.route("/people/import", methods=["POST"])
@roles_required(ADMIN)
@mfa_required
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
    return _page(422, form=form, report=report)


@bp.route("/people/invite", methods=["POST"])
@roles_required(ADMIN)
@mfa_required
def invite():
    form = InviteForm()
    if form.validate_on_submit():
        with form_action(form, fallback="email") as failed:
            person, _link, _created = passwords.invite_address(form.email.data, roles=form.roles.data or (),
                                                              display_name=form.display_name.data,
                                                              actor=current_user)
        if not failed:
            db.session.commit()
            flash(_("Invitation sent to %(email)s.", email=person.email), "success")
            return redirect(url_for("auth.people"))
    return _page(422, invite_form=form)


@bp.route("/people/<int:person_id>/invite", methods=["POST"])
@roles_required(ADMIN)
@mfa_required
def invite_person(person_id: int):
    person = db.session.get(Person, person_id)
    if person is None:
        abort(404)
    if ActionForm().validate_on_submit():
        try:
            passwords.invite_address(person.email, actor=current_user)
        except passwords.InviteError as exc:
            db.session.rollback()
            flash(exc.message, "error")
        else:
            db.session.commit()
            flash(_("Invitation sent to %(email)s.", email=person.email), "success")
    return redirect(url_for("auth.people"))


@bp.route("/people/invite-all", methods=["POST"])
@roles_required(ADMIN)
@mfa_required
def invite_all():
    if ActionForm().validate_on_submit():
        people = db.session.scalars(passwords.without_access()).all()
        for person in people:
            passwords.invite(person, actor=current_user)
        db.session.commit()
        flash(_("%(count)d invitation(s) sent.", count=len(people)), "success")
    return redirect(url_for("auth.people"))


@bp.route("/people/<int:person_id>/sign-out", methods=["POST"])
@roles_required(ADMIN)
@mfa_required
def sign_out_everywhere(person_id: int):
    person = db.session.get(Person, person_id)
    if person is None:
        abort(404)
    if ActionForm().validate_on_submit():
        ended = sessions.end_all_sessions(person.id, actor=current_user, reason="ended_by_admin")
        db.session.commit()
        flash(_("%(email)s is signed out everywhere: %(sessions)d session(s) ended, %(tokens)d API token(s) "
                "revoked.", email=person.email, sessions=ended["sessions"], tokens=ended["tokens"]), "success")
    return redirect(url_for("auth.people"))
