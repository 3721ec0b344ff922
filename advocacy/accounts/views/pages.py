"""My accounts: link a Mastodon account (OAuth with PKCE) or a LinkedIn account (OAuth), unlink any account."""
from __future__ import annotations

from urllib.parse import urlsplit

from flask import abort, current_app, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user

from advocacy.accounts import demo, services
from advocacy.accounts.errors import AccountError
from advocacy.accounts.forms import BlueskyForm, ButtonForm, MastodonServerForm
from advocacy.auth.guards import roles_required
from advocacy.auth.roles import EMPLOYEE
from advocacy.consent.services import has_consent
from advocacy.core.errors import form_action
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db, limiter

from ..blueprint import bp

#: Session key of the links started in this browser (state → pending link), at most ``KEEP``.
PENDING = "accounts_pending"
KEEP = 3


def _render(form=None, status=200, bluesky_form=None):
    fakes = demo.servers() if current_app.config.get("DEMO_FAKE_NETWORKS") else None
    if form is None:
        form = MastodonServerForm()
        if fakes and not form.server.data:
            form.server.data = fakes["mastodon"]
    if bluesky_form is None:
        bluesky_form = BlueskyForm(prefix="bluesky")
        if fakes and not bluesky_form.server.data:
            bluesky_form.server.data = fakes["bluesky"]
    return render_template("accounts/index.html", accounts=services.accounts_of(current_user.id),
                           form=form, button=ButtonForm(), bluesky_form=bluesky_form, demo_fakes=fakes,
                           demo_app_password=demo.BLUESKY_APP_PASSWORD,
                           linkedin_ready=services.linkedin_configured(), now=utcnow(),
                           relink_soon=services.REFRESH_AHEAD * 14,
                           consented=has_consent(current_user.id, services.PURPOSE)), status


def _leave_for(url: str):
    """The page that goes on to the network's authorisation page. Not a redirect: browsers block a
    form whose answer redirects to another site under our CSP (``form-action 'self'``)."""
    return render_template("accounts/continue.html", url=url, host=urlsplit(url).netloc)


def _keep_pending(pending: dict) -> None:
    started = dict(session.get(PENDING) or {})
    started[pending["state"]] = pending
    session[PENDING] = dict(sorted(started.items(), key=lambda kv: kv[1]["until"])[-KEEP:])


@bp.route("/me/accounts")
@roles_required(EMPLOYEE)
def index():
    return _render()


@bp.route("/me/accounts/mastodon", methods=["POST"])
@roles_required(EMPLOYEE)
@limiter.limit("10 per minute", scope="accounts-link")
def link_mastodon():
    form = MastodonServerForm()
    if not form.validate_on_submit():
        return _render(form, 422)
    with form_action(form) as failed:
        url, pending = services.start_mastodon_link(current_user, form.server.data)
    if failed:
        return _render(form, 422)
    db.session.commit()  # our client registration on that server is kept for everyone
    _keep_pending(pending)
    return _leave_for(url)


@bp.route("/me/accounts/linkedin", methods=["POST"])
@roles_required(EMPLOYEE)
@limiter.limit("10 per minute", scope="accounts-link")
def link_linkedin():
    if not ButtonForm().validate_on_submit():
        abort(400)
    with form_action(None) as failed:
        url, pending = services.start_linkedin_link(current_user)
    if failed:
        return _render(status=422)
    _keep_pending(pending)
    return _leave_for(url)


@bp.route("/me/accounts/bluesky", methods=["POST"])
@roles_required(EMPLOYEE)
@limiter.limit("10 per minute", scope="accounts-link")
def link_bluesky():
    form = BlueskyForm(prefix="bluesky")
    if not form.validate_on_submit():
        return _render(status=422, bluesky_form=form)
    with form_action(form) as failed:
        account = services.link_bluesky(current_user, form.handle.data, form.app_password.data, form.server.data)
    if failed:
        return _render(status=422, bluesky_form=form)
    db.session.commit()
    flash(_("Your account %(handle)s is linked.", handle=account.label), "success")
    return redirect(url_for("accounts.index"))


FINISH = {"mastodon": services.finish_mastodon_link, "linkedin": services.finish_linkedin_link}


@bp.route("/me/accounts/<network>/callback")
@roles_required(EMPLOYEE)
def callback(network: str):
    if network not in FINISH:
        abort(404)
    state = request.args.get("state", "")
    started = dict(session.get(PENDING) or {})
    pending = started.pop(state, None)
    session[PENDING] = started
    try:
        with db.session.begin_nested():
            account = FINISH[network](current_user, pending, state, request.args.get("code"),
                                      request.args.get("error"))
    except AccountError as exc:
        db.session.commit()  # the pending link is spent
        flash(exc.message, "error")
        return redirect(url_for("accounts.index"))
    db.session.commit()
    flash(_("Your account %(handle)s is linked.", handle=account.label), "success")
    return redirect(url_for("accounts.index"))


@bp.route("/me/accounts/<int:account_id>/unlink", methods=["POST"])
@roles_required(EMPLOYEE)
def unlink(account_id: int):
    if not ButtonForm().validate_on_submit():
        abort(400)
    try:
        row = services.unlink(current_user, account_id)
    except AccountError as exc:
        if exc.status == 404:
            abort(404)
        raise
    db.session.commit()
    flash(_("%(handle)s is unlinked: its access was revoked and deleted.", handle=row.label), "success")
    return redirect(url_for("accounts.index"))
